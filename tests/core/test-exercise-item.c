/* test-exercise-item.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "regimen-core.h"

static RegimenExercise *
lookup (const char *id)
{
  RegimenExercise *exercise = regimen_library_lookup (regimen_library_get_default (), id);

  g_assert_nonnull (exercise);
  return exercise;
}

static void
test_item_takes_the_prescription (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new_for_exercise (lookup ("narrow-stance-squat"));
  const RegimenPrescription *p = regimen_exercise_get_prescription (lookup ("narrow-stance-squat"));

  g_assert_cmpstr (regimen_item_get_exercise (item), ==, "narrow-stance-squat");
  /* The seed: 3 × 10–12, lowering for 3 s. */
  g_assert_cmpuint (regimen_item_get_sets (item), ==, 3);
  g_assert_cmpuint (regimen_item_get_reps (item), ==, 10);
  g_assert_cmpuint (regimen_item_get_reps (item), ==, p->reps_min);
  g_assert_nonnull (regimen_item_get_tempo (item));
  g_assert_cmpint (regimen_item_get_tempo (item)[0], ==, '3');
  g_assert_null (regimen_item_get_interval (item));
}

static void
test_interval_exercise_makes_hiit (void)
{
  RegimenExercise *burpee = lookup ("burpee");
  g_autoptr(RegimenSession) session = regimen_session_new_for_exercise (burpee);
  RegimenItem *item;

  g_assert_true (regimen_exercise_get_hiit_fit (burpee));
  g_assert_cmpint (regimen_session_get_kind (session), ==, REGIMEN_SESSION_KIND_HIIT);
  g_assert_cmpuint (regimen_session_get_n_items (session), ==, 1);
  g_assert_cmpuint (regimen_session_get_rpe (session), >=, 7);

  item = regimen_session_get_item (session, 0);
  g_assert_nonnull (regimen_item_get_interval (item));
  g_assert_cmpuint (regimen_item_get_interval (item)->rounds, >, 0);
}

static void
test_session_kinds (void)
{
  g_assert_cmpint (regimen_session_kind_for_exercise (lookup ("easy-run")), ==, REGIMEN_SESSION_KIND_CARDIO);
  g_assert_cmpint (regimen_session_kind_for_exercise (lookup ("barbell-back-squat")), ==, REGIMEN_SESSION_KIND_STRENGTH);
  g_assert_cmpint (regimen_session_kind_for_exercise (lookup ("band-hurdle-hold")), !=, REGIMEN_SESSION_KIND_HIIT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/exercise-item/prescription", test_item_takes_the_prescription);
  g_test_add_func ("/core/exercise-item/interval-makes-hiit", test_interval_exercise_makes_hiit);
  g_test_add_func ("/core/exercise-item/session-kinds", test_session_kinds);

  return g_test_run ();
}
