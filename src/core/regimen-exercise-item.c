/* regimen-exercise-item.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What an exercise becomes when it is put on a day: an item with the
 * prescription the library gives it, and, on a free day, a session of the
 * kind that suits it. */

#define G_LOG_DOMAIN "regimen-exercise-item"

#include "config.h"


#include "regimen-exercise-item.h"

/* The planned session RPE a new session starts from, by kind: hard enough
 * for what the kind is for, so the load figures mean something at once. */
static const guint default_rpe[REGIMEN_N_SESSION_KINDS] = {
  [REGIMEN_SESSION_KIND_STRENGTH] = 7,
  [REGIMEN_SESSION_KIND_HIIT] = 8,
  [REGIMEN_SESSION_KIND_CARDIO] = 5,
  [REGIMEN_SESSION_KIND_MOBILITY] = 3,
  [REGIMEN_SESSION_KIND_SKILL] = 4,
  [REGIMEN_SESSION_KIND_COMPETITION] = 9,
};

/**
 * regimen_item_new_for_exercise:
 * @exercise: a #RegimenExercise
 *
 * Returns: (transfer full): an item for @exercise with its default
 *   prescription: the lower end of a rep range, the hold, tempo, rest,
 *   load and intervals the library gives
 */
RegimenItem *
regimen_item_new_for_exercise (RegimenExercise *exercise)
{
  const RegimenPrescription *p;
  RegimenItem *item;

  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), NULL);

  item = regimen_item_new (regimen_exercise_get_id (exercise));
  p = regimen_exercise_get_prescription (exercise);

  if (p == NULL)
    return item;

  if (regimen_prescription_has_interval (p))
    {
      g_autoptr(RegimenInterval) interval = regimen_interval_new (p->interval_work_seconds,
                                                                  p->interval_rest_seconds,
                                                                  p->interval_rounds);

      regimen_item_set_interval (item, interval);
      return item;
    }

  regimen_item_set_sets (item, p->sets);
  if (p->hold_seconds > 0)
    regimen_item_set_hold_seconds (item, p->hold_seconds);
  else
    regimen_item_set_reps (item, p->reps_min);
  regimen_item_set_per_side (item, p->per_side);
  if (p->tempo[0] != '\0')
    regimen_item_set_tempo (item, p->tempo);
  regimen_item_set_rest_seconds (item, p->rest_seconds);
  if (p->load_percent_1rm > 0)
    regimen_item_set_load_percent_1rm (item, p->load_percent_1rm);

  return item;
}

/**
 * regimen_session_kind_for_exercise:
 * @exercise: a #RegimenExercise
 *
 * Returns: the kind of session @exercise belongs in when it starts one
 */
RegimenSessionKind
regimen_session_kind_for_exercise (RegimenExercise *exercise)
{
  const RegimenPrescription *p;

  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), REGIMEN_SESSION_KIND_STRENGTH);

  p = regimen_exercise_get_prescription (exercise);

  switch (regimen_exercise_get_category (exercise))
    {
    case REGIMEN_EXERCISE_CATEGORY_MOBILITY:
      return REGIMEN_SESSION_KIND_MOBILITY;

    case REGIMEN_EXERCISE_CATEGORY_CONDITIONING:
      /* Prescribed as work and rest intervals, conditioning is HIIT;
       * otherwise steady work such as an easy run. */
      if (p != NULL && regimen_prescription_has_interval (p) && regimen_exercise_get_hiit_fit (exercise))
        return REGIMEN_SESSION_KIND_HIIT;
      return REGIMEN_SESSION_KIND_CARDIO;

    case REGIMEN_EXERCISE_CATEGORY_CORE:
    case REGIMEN_EXERCISE_CATEGORY_STRENGTH:
    case REGIMEN_EXERCISE_CATEGORY_POWER:
    default:
      return REGIMEN_SESSION_KIND_STRENGTH;
    }
}

/**
 * regimen_session_new_for_exercise:
 * @exercise: a #RegimenExercise
 *
 * Returns: (transfer full): a session of the kind that suits @exercise,
 *   titled after the kind, with a default RPE, holding one item for
 *   @exercise
 */
RegimenSession *
regimen_session_new_for_exercise (RegimenExercise *exercise)
{
  g_autoptr(RegimenItem) item = NULL;
  RegimenSessionKind kind;
  RegimenSession *session;

  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), NULL);

  kind = regimen_session_kind_for_exercise (exercise);
  session = regimen_session_new (kind, regimen_session_kind_get_label (kind));
  regimen_session_set_rpe (session, default_rpe[kind]);

  item = regimen_item_new_for_exercise (exercise);
  regimen_session_append_item (session, item);

  return session;
}
