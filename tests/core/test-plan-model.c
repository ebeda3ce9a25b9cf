/* test-plan-model.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "regimen-core.h"
#include "regimen-plan-private.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  ItemsChanged change = { position, removed, added };

  g_array_append_val (log, change);
}

static void
on_changed (RegimenPlan *plan,
            guint       *count)
{
  (*count)++;
}

static const char *
exercise_at (RegimenPlan *plan,
             guint        week,
             guint        day,
             guint        session,
             guint        item)
{
  RegimenItem *it = regimen_plan_get_item (plan, week, day, session, item);

  return it != NULL ? regimen_item_get_exercise (it) : NULL;
}

/* A plan of two weeks; Monday of week 0 has one session with items a, b, c, d. */
static RegimenPlan *
make_plan (void)
{
  RegimenPlan *plan = regimen_plan_new ();
  g_autoptr(RegimenWeek) week1 = regimen_week_new ("Week 1");
  g_autoptr(RegimenWeek) week2 = regimen_week_new ("Week 2");
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, "Lower");
  const char *ids[] = { "a", "b", "c", "d" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(RegimenItem) item = regimen_item_new (ids[i]);

      regimen_session_append_item (session, item);
    }

  regimen_day_append_session (regimen_week_get_day (week1, 0), session);

  g_assert_true (regimen_plan_add_week (plan, G_MAXUINT, week1));
  g_assert_true (regimen_plan_add_week (plan, G_MAXUINT, week2));
  regimen_plan_mark_saved (plan);

  return plan;
}

/* A session's items live in an array until a view or a command asks for
 * their store: the store is then made with them, and from then on the
 * array follows every change of the store; a store a view keeps holds its
 * items after the session is gone. */
static void
test_store_made_later (void)
{
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, "Lower");
  g_autoptr(RegimenItem) a = regimen_item_new ("a");
  g_autoptr(RegimenItem) b = regimen_item_new ("b");
  g_autoptr(RegimenItem) c = regimen_item_new ("c");
  g_autoptr(RegimenWeek) week = regimen_week_new (NULL);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(GListModel) kept = NULL;
  RegimenItem *both[] = { a, b };
  GListModel *items;
  GListModel *days;
  guint64 revision;

  revision = regimen_session_get_revision (session);
  regimen_session_append_items (session, both, G_N_ELEMENTS (both));
  g_assert_cmpuint (regimen_session_get_revision (session), !=, revision);
  g_assert_cmpuint (regimen_session_get_n_items (session), ==, 2);

  items = regimen_session_get_items (session);
  g_assert_true (items == regimen_session_get_items (session));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RegimenItem) item = g_list_model_get_item (items, i);

      g_assert_true (item == both[i]);
      g_assert_true (regimen_session_peek_item (session, i) == both[i]);
    }

  g_signal_connect (items, "items-changed", G_CALLBACK (on_items_changed), log);
  revision = regimen_session_get_revision (session);
  regimen_session_append_item (session, c);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).position, ==, 2);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 0).added, ==, 1);
  g_assert_cmpuint (regimen_session_get_revision (session), !=, revision);
  g_assert_true (regimen_session_peek_item (session, 2) == c);

  revision = regimen_session_get_revision (session);
  g_list_store_remove (G_LIST_STORE (items), 0);
  g_assert_cmpuint (regimen_session_get_revision (session), !=, revision);
  g_assert_cmpuint (regimen_session_get_n_items (session), ==, 2);
  g_assert_true (regimen_session_peek_item (session, 0) == b);
  g_assert_true (regimen_session_peek_item (session, 1) == c);

  kept = g_object_ref (items);
  g_signal_handlers_disconnect_by_func (kept, on_items_changed, log);
  g_clear_object (&session);
  g_clear_object (&b);
  g_assert_cmpuint (g_list_model_get_n_items (kept), ==, 2);
  {
    g_autoptr(RegimenItem) first = g_list_model_get_item (kept, 0);

    g_assert_cmpstr (regimen_item_get_exercise (first), ==, "b");
  }

  g_assert_cmpuint (regimen_week_get_n_days (week), ==, REGIMEN_DAYS_PER_WEEK);
  days = regimen_week_get_days (week);
  g_assert_cmpuint (g_list_model_get_n_items (days), ==, REGIMEN_DAYS_PER_WEEK);
  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    {
      g_autoptr(RegimenDay) day = g_list_model_get_item (days, i);

      g_assert_true (day == regimen_week_peek_day (week, i));
      g_assert_cmpuint (regimen_day_get_weekday (day), ==, i);
    }
}

/* The items of one exercise share its id, however they were made (read,
 * made, copied, changed), so the check finds each exercise once by the
 * id's address. */
static void
test_exercise_ids_shared (void)
{
  static const char json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Ids\",\"weeks\":[{\"label\":\"W\",\"days\":["
    "{\"sessions\":[{\"kind\":\"strength\",\"rpe\":6,\"minutes\":30,\"items\":["
    "{\"exercise\":\"deadlift\"},{\"exercise\":\"deadlift\"}]}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, &error);
  g_autofree char *other = g_strdup ("deadlift");
  g_autoptr(RegimenItem) made = regimen_item_new (other);
  g_autoptr(RegimenItem) copy = NULL;
  g_autoptr(RegimenItem) changed = regimen_item_new ("squat");
  RegimenSession *session;
  const char *read;

  g_assert_no_error (error);
  session = regimen_plan_get_session (plan, 0, 0, 0);
  read = regimen_item_get_exercise (regimen_session_peek_item (session, 0));
  g_assert_cmpstr (read, ==, "deadlift");
  g_assert_true (regimen_item_get_exercise (regimen_session_peek_item (session, 1)) == read);

  g_assert_true (regimen_item_get_exercise (made) == read);
  copy = regimen_item_copy (made);
  g_assert_true (regimen_item_get_exercise (copy) == read);
  regimen_item_set_exercise (changed, other);
  g_assert_true (regimen_item_get_exercise (changed) == read);
}

static void
test_enums (void)
{
  RegimenSessionKind kind;
  RegimenLevel level;
  RegimenLifeStress stress;

  g_assert_cmpstr (regimen_session_kind_to_string (REGIMEN_SESSION_KIND_HIIT), ==, "hiit");
  g_assert_cmpstr (regimen_session_kind_to_string (REGIMEN_SESSION_KIND_SKILL), ==, "skill");
  g_assert_true (regimen_session_kind_from_string ("mobility", &kind));
  g_assert_cmpint (kind, ==, REGIMEN_SESSION_KIND_MOBILITY);
  g_assert_false (regimen_session_kind_from_string ("HIIT", &kind));
  g_assert_false (regimen_session_kind_from_string (NULL, &kind));
  g_assert_cmpint (kind, ==, REGIMEN_SESSION_KIND_MOBILITY);

  g_assert_cmpstr (regimen_level_to_string (REGIMEN_LEVEL_BEGINNER), ==, "beginner");
  g_assert_true (regimen_level_from_string ("advanced", &level));
  g_assert_cmpint (level, ==, REGIMEN_LEVEL_ADVANCED);
  g_assert_cmpstr (regimen_life_stress_to_string (REGIMEN_LIFE_STRESS_HIGH), ==, "high");
  g_assert_true (regimen_life_stress_from_string ("low", &stress));
  g_assert_cmpint (stress, ==, REGIMEN_LIFE_STRESS_LOW);
  g_assert_cmpstr (regimen_session_kind_get_label (REGIMEN_SESSION_KIND_CARDIO), ==, "Cardio");

  g_assert_true (regimen_tempo_is_valid ("3010"));
  g_assert_true (regimen_tempo_is_valid ("X0X0"));
  g_assert_false (regimen_tempo_is_valid ("30x0"));
  g_assert_false (regimen_tempo_is_valid ("301"));
  g_assert_false (regimen_tempo_is_valid ("30100"));
  g_assert_false (regimen_tempo_is_valid (NULL));
}

/* The HIIT limit the check applies to the athlete, as the checker reads it. */
static guint
hiit_limit_of (RegimenAthlete *athlete)
{
  RegimenThresholds thresholds;

  regimen_thresholds_init (&thresholds,
                           regimen_athlete_get_level (athlete),
                           regimen_athlete_get_life_stress (athlete),
                           regimen_athlete_get_baseline_weekly_load (athlete),
                           regimen_athlete_get_max_hiit_per_week (athlete));
  return thresholds.hiit_limit;
}

static void
test_athlete_defaults (void)
{
  g_autoptr(RegimenAthlete) athlete = regimen_athlete_new ();

  g_assert_cmpint (regimen_athlete_get_level (athlete), ==, REGIMEN_LEVEL_BEGINNER);
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, REGIMEN_ATHLETE_NO_HIIT_LIMIT);
  /* ACSM: a beginner starts with one interval day a week. */
  g_assert_cmpuint (hiit_limit_of (athlete), ==, 1);
  regimen_athlete_set_level (athlete, REGIMEN_LEVEL_INTERMEDIATE);
  g_assert_cmpuint (hiit_limit_of (athlete), ==, 2);
  regimen_athlete_set_life_stress (athlete, REGIMEN_LIFE_STRESS_HIGH);
  g_assert_cmpuint (hiit_limit_of (athlete), ==, 1);
  regimen_athlete_set_max_hiit_per_week (athlete, 3);
  g_assert_cmpuint (hiit_limit_of (athlete), ==, 3);
}

static void
test_week_shape (void)
{
  g_autoptr(RegimenWeek) week = regimen_week_new ("Deload");
  g_autoptr(RegimenWeek) copy = NULL;
  GListModel *days = regimen_week_get_days (week);
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_CARDIO, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (days), ==, REGIMEN_DAYS_PER_WEEK);
  g_assert_cmpstr (regimen_day_get_name (regimen_week_get_day (week, 0)), ==, "Monday");
  g_assert_cmpuint (regimen_day_get_weekday (regimen_week_get_day (week, 6)), ==, 6);

  regimen_day_append_session (regimen_week_get_day (week, 2), session);
  copy = regimen_week_copy (week);
  g_assert_cmpstr (regimen_week_get_label (copy), ==, "Deload");
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_week_get_day (copy, 2)), ==, 1);
  /* A deep copy: the session is a new object. */
  g_assert_true (regimen_day_get_session (regimen_week_get_day (copy, 2), 0) != session);
  g_assert_cmpuint (regimen_day_get_weekday (regimen_week_get_day (copy, 2)), ==, 2);
}

static void
test_move_item_same_session (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(RegimenItem) stranger = regimen_item_new ("e");
  g_autoptr(RegimenSession) elsewhere = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  GListModel *items = regimen_session_get_items (session);
  ItemsChanged *change;
  guint changed = 0;

  g_signal_connect (items, "items-changed", G_CALLBACK (on_items_changed), log);
  g_signal_connect (plan, "changed", G_CALLBACK (on_changed), &changed);

  /* a b c d → b c a d: a goes to the gap before d */
  g_assert_true (regimen_plan_move_item_to (plan, regimen_plan_get_item (plan, 0, 0, 0, 0),
                                            session, 3));
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 0), ==, "b");
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 1), ==, "c");
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 2), ==, "a");
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 3), ==, "d");

  /* One precise signal over the range the item crossed, not a reset. */
  g_assert_cmpuint (log->len, ==, 1);
  change = &g_array_index (log, ItemsChanged, 0);
  g_assert_cmpuint (change->position, ==, 0);
  g_assert_cmpuint (change->removed, ==, 3);
  g_assert_cmpuint (change->added, ==, 3);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (regimen_plan_get_modified (plan));

  /* Backwards: b c a d → d b c a */
  g_array_set_size (log, 0);
  g_assert_true (regimen_plan_move_item_to (plan, regimen_plan_get_item (plan, 0, 0, 0, 3),
                                            session, 0));
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 0), ==, "d");
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 3), ==, "a");
  g_assert_cmpuint (log->len, ==, 1);

  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 0), ==, "a");
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 3), ==, "d");
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_cmpuint (changed, ==, 4);

  g_assert_true (regimen_plan_redo (plan));
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 2), ==, "a");
  g_assert_true (regimen_plan_get_modified (plan));

  /* Past the end, or an item or session not in the plan: refused,
   * nothing changes. */
  g_assert_false (regimen_plan_move_item_to (plan, regimen_plan_get_item (plan, 0, 0, 0, 0),
                                             session, 5));
  g_assert_false (regimen_plan_move_item_to (plan, stranger, session, 0));
  g_assert_false (regimen_plan_move_item_to (plan, regimen_plan_get_item (plan, 0, 0, 0, 0),
                                             elsewhere, 0));
  g_assert_cmpuint (changed, ==, 5);
}

static void
test_move_item_between_days (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_HIIT, "Intervals");
  g_autoptr(GArray) from_log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(GArray) to_log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  RegimenItem *moved = regimen_plan_get_item (plan, 0, 0, 0, 1);
  guint week, day, s, position;

  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 1, 2), G_MAXUINT,
                                              session));
  g_signal_connect (regimen_session_get_items (regimen_plan_get_session (plan, 0, 0, 0)),
                    "items-changed", G_CALLBACK (on_items_changed), from_log);
  g_signal_connect (regimen_session_get_items (session),
                    "items-changed", G_CALLBACK (on_items_changed), to_log);

  g_assert_true (regimen_plan_move_item_to (plan, regimen_plan_get_item (plan, 0, 0, 0, 1),
                                            regimen_plan_get_session (plan, 1, 2, 0), 0));
  g_assert_cmpuint (regimen_session_get_n_items (regimen_plan_get_session (plan, 0, 0, 0)), ==, 3);
  g_assert_true (regimen_session_get_item (session, 0) == moved);
  g_assert_cmpuint (from_log->len, ==, 1);
  g_assert_cmpuint (g_array_index (from_log, ItemsChanged, 0).removed, ==, 1);
  g_assert_cmpuint (to_log->len, ==, 1);
  g_assert_cmpuint (g_array_index (to_log, ItemsChanged, 0).added, ==, 1);

  g_assert_true (regimen_plan_find_item (plan, moved, &week, &day, &s, &position));
  g_assert_cmpuint (week, ==, 1);
  g_assert_cmpuint (day, ==, 2);
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (position, ==, 0);

  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_get_item (plan, 0, 0, 0, 1) == moved);
  g_assert_cmpuint (regimen_session_get_n_items (session), ==, 0);
}

static void
test_sessions_and_weeks (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenSession) extra = regimen_session_new (REGIMEN_SESSION_KIND_MOBILITY, "Trunk");
  RegimenSession *lower = regimen_plan_get_session (plan, 0, 0, 0);
  RegimenWeek *first = regimen_plan_get_week (plan, 0);
  guint week, day, position;

  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 0), 0, extra));
  g_assert_true (regimen_plan_get_session (plan, 0, 0, 1) == lower);

  g_assert_true (regimen_plan_move_session_to (plan, regimen_plan_get_session (plan, 0, 0, 1),
                                               regimen_plan_get_day (plan, 0, 3), 0));
  g_assert_true (regimen_plan_find_session (plan, lower, &week, &day, &position));
  g_assert_cmpuint (day, ==, 3);
  g_assert_cmpuint (position, ==, 0);

  g_assert_true (regimen_plan_delete_session (plan, regimen_plan_get_session (plan, 0, 0, 0)));
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (plan, 0, 0)), ==, 0);

  g_assert_true (regimen_plan_duplicate_week (plan, 0));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 3);
  g_assert_cmpstr (regimen_week_get_label (regimen_plan_get_week (plan, 1)), ==, "Week 1");
  g_assert_true (regimen_plan_get_session (plan, 1, 3, 0) != lower);

  g_assert_true (regimen_plan_move_week (plan, 0, 2, NULL));
  g_assert_true (regimen_plan_get_week (plan, 2) == first);
  g_assert_true (regimen_plan_set_week_label (plan, 2, "Test week"));
  g_assert_cmpstr (regimen_week_get_label (first), ==, "Test week");
  g_assert_true (regimen_plan_remove_week (plan, 2));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 2);
  g_assert_false (regimen_plan_remove_week (plan, 5));

  /* Undo the seven steps, in order, back to the saved plan. */
  for (guint i = 0; i < 7; i++)
    g_assert_true (regimen_plan_undo (plan));

  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 2);
  g_assert_true (regimen_plan_get_week (plan, 0) == first);
  g_assert_cmpstr (regimen_week_get_label (first), ==, "Week 1");
  g_assert_true (regimen_plan_get_session (plan, 0, 0, 0) == lower);
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (plan, 0, 0)), ==, 1);
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (plan, 0, 3)), ==, 0);
}

/* What a drop asks before it takes a session, an item or a week: whether
 * this plan holds it. Another plan's, even one read from the same file,
 * is not this plan's (a drag from another window), nor is one removed. */
static void
test_holds (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenPlan) other = make_plan ();
  g_autoptr(RegimenSession) loose = regimen_session_new (REGIMEN_SESSION_KIND_MOBILITY, "Trunk");
  g_autoptr(RegimenSession) removed = g_object_ref (regimen_plan_get_session (plan, 0, 0, 0));

  g_assert_true (regimen_plan_holds (plan, regimen_plan_get_session (plan, 0, 0, 0)));
  g_assert_true (regimen_plan_holds (plan, regimen_plan_get_item (plan, 0, 0, 0, 2)));
  g_assert_true (regimen_plan_holds (plan, regimen_plan_get_week (plan, 1)));

  g_assert_false (regimen_plan_holds (plan, regimen_plan_get_session (other, 0, 0, 0)));
  g_assert_false (regimen_plan_holds (plan, regimen_plan_get_item (other, 0, 0, 0, 2)));
  g_assert_false (regimen_plan_holds (plan, regimen_plan_get_week (other, 1)));
  g_assert_false (regimen_plan_holds (plan, loose));

  g_assert_true (regimen_plan_delete_session (plan, removed));
  g_assert_false (regimen_plan_holds (plan, removed));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_holds (plan, removed));
}

static void
test_edit_merge (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  RegimenItem *item = regimen_plan_get_item (plan, 0, 0, 0, 0);
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (on_changed), &changed);

  /* Typing "30 s rest, no, 45 s": one undo step per field. */
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_REST_SECONDS, 3));
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_REST_SECONDS, 30));
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_REST_SECONDS, 45));
  g_assert_cmpuint (regimen_item_get_rest_seconds (item), ==, 45);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Change Rest");

  /* Another field starts a new step. */
  g_assert_true (regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_TEMPO, "3"));
  g_assert_true (regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_TEMPO, "3010"));
  g_assert_cmpstr (regimen_item_get_tempo (item), ==, "3010");

  g_assert_true (regimen_plan_undo (plan));
  g_assert_null (regimen_item_get_tempo (item));
  g_assert_cmpuint (regimen_item_get_rest_seconds (item), ==, 45);
  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpuint (regimen_item_get_rest_seconds (item), ==, 0);
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Add Week");
  g_assert_false (regimen_plan_get_modified (plan));

  /* A seal ends the merging: two steps for the same field. */
  g_assert_true (regimen_plan_redo (plan));
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_SETS, 3));
  regimen_plan_seal_edit (plan);
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_SETS, 4));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpuint (regimen_item_get_sets (item), ==, 3);

  /* Same field of another item does not merge either. */
  g_assert_true (regimen_plan_edit_item_uint (plan, regimen_plan_get_item (plan, 0, 0, 0, 1),
                                              REGIMEN_ITEM_FIELD_SETS, 2));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpuint (regimen_item_get_sets (item), ==, 3);
  g_assert_cmpuint (regimen_item_get_sets (regimen_plan_get_item (plan, 0, 0, 0, 1)), ==, 0);

  /* Setting the current value records nothing. */
  changed = 0;
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_SETS, 3));
  g_assert_cmpuint (changed, ==, 0);

  /* An empty exercise id is refused. */
  g_assert_false (regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_EXERCISE, ""));
  g_assert_cmpstr (regimen_item_get_exercise (item), ==, "a");
}

static void
test_edit_fields (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenInterval) interval = regimen_interval_new (20, 40, 6);
  RegimenItem *item = regimen_plan_get_item (plan, 0, 0, 0, 2);
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  RegimenAthlete *athlete = regimen_plan_get_athlete (plan);
  g_autoptr(GDate) monday = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) tuesday = g_date_new_dmy (24, G_DATE_NOVEMBER, 2026);

  g_assert_true (regimen_plan_edit_item_interval (plan, item, interval));
  g_assert_true (regimen_interval_equal (regimen_item_get_interval (item), interval));
  g_assert_true (regimen_plan_edit_item_load_percent_1rm (plan, item, 62.5));
  g_assert_cmpfloat (regimen_item_get_load_percent_1rm (item), ==, 62.5);
  g_assert_true (regimen_plan_edit_item_per_side (plan, item, TRUE));
  g_assert_true (regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_GROUP, "1a"));
  g_assert_true (regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_NOTES, "slow"));
  g_assert_true (regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_EXERCISE, "burpee"));
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_HOLD_SECONDS, 20));
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_REPS, 8));
  g_assert_true (regimen_item_get_per_side (item));
  g_assert_cmpstr (regimen_item_get_group (item), ==, "1a");
  g_assert_cmpstr (regimen_item_get_notes (item), ==, "slow");
  g_assert_cmpstr (regimen_item_get_exercise (item), ==, "burpee");
  g_assert_cmpuint (regimen_item_get_hold_seconds (item), ==, 20);
  g_assert_cmpuint (regimen_item_get_reps (item), ==, 8);

  g_assert_true (regimen_plan_edit_session_kind (plan, session, REGIMEN_SESSION_KIND_HIIT));
  g_assert_true (regimen_plan_edit_session_rpe (plan, session, 8));
  g_assert_true (regimen_plan_edit_session_minutes (plan, session, 30));
  g_assert_true (regimen_plan_edit_session_title (plan, session, "Intervals"));
  g_assert_cmpint (regimen_session_get_kind (session), ==, REGIMEN_SESSION_KIND_HIIT);
  g_assert_cmpuint (regimen_session_get_rpe (session), ==, 8);
  g_assert_cmpuint (regimen_session_get_minutes (session), ==, 30);
  g_assert_cmpstr (regimen_session_get_title (session), ==, "Intervals");

  g_assert_true (regimen_plan_set_title (plan, "Block 1"));
  g_assert_cmpstr (regimen_plan_get_title (plan), ==, "Block 1");
  g_assert_false (regimen_plan_set_start_date (plan, tuesday));
  g_assert_null (regimen_plan_get_start_date (plan));
  g_assert_true (regimen_plan_set_start_date (plan, monday));
  g_assert_cmpint (g_date_compare (regimen_plan_get_start_date (plan), monday), ==, 0);

  g_assert_true (regimen_plan_set_athlete_level (plan, REGIMEN_LEVEL_ADVANCED));
  g_assert_true (regimen_plan_set_athlete_life_stress (plan, REGIMEN_LIFE_STRESS_HIGH));
  g_assert_true (regimen_plan_set_athlete_baseline_weekly_load (plan, 1500));
  g_assert_true (regimen_plan_set_athlete_max_hiit_per_week (plan, 1));
  g_assert_cmpint (regimen_athlete_get_level (athlete), ==, REGIMEN_LEVEL_ADVANCED);
  g_assert_cmpint (regimen_athlete_get_life_stress (athlete), ==, REGIMEN_LIFE_STRESS_HIGH);
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1500);
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, 1);

  /* Eighteen steps, none merged into another: back to the saved plan. */
  for (guint i = 0; i < 18; i++)
    {
      g_assert_true (regimen_plan_get_modified (plan));
      g_assert_true (regimen_plan_undo (plan));
    }

  g_assert_null (regimen_item_get_interval (item));
  g_assert_false (regimen_item_has_load_percent_1rm (item));
  g_assert_false (regimen_item_get_per_side (item));
  g_assert_null (regimen_item_get_group (item));
  g_assert_cmpstr (regimen_item_get_exercise (item), ==, "c");
  g_assert_cmpint (regimen_session_get_kind (session), ==, REGIMEN_SESSION_KIND_STRENGTH);
  g_assert_cmpuint (regimen_session_get_rpe (session), ==, REGIMEN_SESSION_DEFAULT_RPE);
  g_assert_cmpstr (regimen_session_get_title (session), ==, "Lower");
  g_assert_null (regimen_plan_get_title (plan));
  g_assert_null (regimen_plan_get_start_date (plan));
  g_assert_cmpint (regimen_athlete_get_level (athlete), ==, REGIMEN_LEVEL_BEGINNER);
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, REGIMEN_ATHLETE_NO_HIIT_LIMIT);
  g_assert_false (regimen_plan_get_modified (plan));
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_dirty_flag (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  guint modified_notifies = 0;

  g_signal_connect (plan, "notify::modified", G_CALLBACK (on_notify), &modified_notifies);

  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_set_title (plan, "A"));
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_cmpuint (modified_notifies, ==, 1);

  regimen_plan_mark_saved (plan);
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_cmpuint (modified_notifies, ==, 2);

  /* Saving seals: the next keystroke is a new step, so undo reaches the
   * saved state exactly. */
  g_assert_true (regimen_plan_set_title (plan, "AB"));
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpstr (regimen_plan_get_title (plan), ==, "A");
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_redo (plan));
  g_assert_false (regimen_plan_get_modified (plan));

  /* Undo past the saved state, then a new edit: the saved state is gone
   * for good, the plan stays modified. */
  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_set_title (plan, "C"));
  g_assert_false (regimen_plan_can_redo (plan));
  g_assert_true (regimen_plan_get_modified (plan));
}

static void
test_user_action (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);
  g_autoptr(RegimenItem) item = regimen_item_new ("push-up");
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (on_changed), &changed);

  regimen_plan_begin_user_action (plan, "Drop Exercise");
  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 1, 4), G_MAXUINT,
                                              session));
  regimen_plan_begin_user_action (plan, NULL);
  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 1, 4, 0),
                                           G_MAXUINT, item));
  g_assert_true (regimen_plan_edit_item_uint (plan, regimen_plan_get_item (plan, 1, 4, 0, 0),
                                              REGIMEN_ITEM_FIELD_SETS, 3));
  regimen_plan_end_user_action (plan);
  g_assert_cmpuint (changed, ==, 0);
  regimen_plan_end_user_action (plan);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Drop Exercise");

  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (plan, 1, 4)), ==, 0);
  g_assert_cmpuint (regimen_item_get_sets (item), ==, 0);
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Add Week");
  g_assert_true (regimen_plan_redo (plan));
  g_assert_true (regimen_plan_get_item (plan, 1, 4, 0, 0) == item);
  g_assert_cmpuint (regimen_item_get_sets (item), ==, 3);

  /* An empty action records nothing and emits nothing. */
  changed = 0;
  regimen_plan_begin_user_action (plan, "Nothing");
  regimen_plan_end_user_action (plan);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Drop Exercise");
}

static void
test_long_history (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();

  /* No limit but memory: a thousand moves all undo. */
  for (guint i = 0; i < 1000; i++)
    g_assert_true (regimen_plan_move_item_to (plan, regimen_plan_get_item (plan, 0, 0, 0, 0),
                                              regimen_plan_get_session (plan, 0, 0, 0), 4));

  for (guint i = 0; i < 1000; i++)
    g_assert_true (regimen_plan_undo (plan));

  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 0), ==, "a");
  g_assert_cmpstr (exercise_at (plan, 0, 0, 0, 3), ==, "d");
  g_assert_false (regimen_plan_get_modified (plan));
  /* Before the saved state: the two weeks make_plan() added. */
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Add Week");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/enums", test_enums);
  g_test_add_func ("/plan/exercise-ids-shared", test_exercise_ids_shared);
  g_test_add_func ("/plan/athlete-defaults", test_athlete_defaults);
  g_test_add_func ("/plan/week-shape", test_week_shape);
  g_test_add_func ("/plan/lists/store-made-later", test_store_made_later);
  g_test_add_func ("/plan/move-item/same-session", test_move_item_same_session);
  g_test_add_func ("/plan/move-item/between-days", test_move_item_between_days);
  g_test_add_func ("/plan/sessions-and-weeks", test_sessions_and_weeks);
  g_test_add_func ("/plan/holds", test_holds);
  g_test_add_func ("/plan/edit/merge", test_edit_merge);
  g_test_add_func ("/plan/edit/fields", test_edit_fields);
  g_test_add_func ("/plan/dirty-flag", test_dirty_flag);
  g_test_add_func ("/plan/user-action", test_user_action);
  g_test_add_func ("/plan/long-history", test_long_history);

  return g_test_run ();
}
