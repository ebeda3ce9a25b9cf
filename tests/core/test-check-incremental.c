/* test-check-incremental.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The incremental check (regimen_plan_check_incremental()) against a full
 * check after every one of many random edits through the core commands.
 * Seeded: a failure names the seed, and REGIMEN_TEST_SEED=N runs that
 * seed again.
 */

#include <math.h>
#include <string.h>

#include "regimen-core.h"
#include "fixture-util.h"

#define EDITS_PER_PLAN 120

static RegimenLibrary *library;

typedef struct
{
  RegimenPlan *plan;
  GRand       *rand;
  guint32      seed;
  const char  *name;
  guint        step;
  const char  *edit;
  /* The check panel's list of problems, following each check with a
   * random week shown, and what a view that follows its items-changed
   * holds. */
  RegimenProblemList *problems;
  GPtrArray          *follower;
  /* The same, showing only its first findings, as the check panel's
   * list does (a random limit at each check), and its follower. */
  RegimenProblemList *limited;
  GPtrArray          *limited_follower;
} Run;

static void
on_problems_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GPtrArray  *follower)
{
  g_ptr_array_remove_range (follower, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (follower, position + i, g_list_model_get_item (model, position + i));
  /* Each change, one of several for a week switch, leaves the list as
   * the view now holds it. */
  g_assert_cmpuint (follower->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < follower->len; i++)
    {
      g_autoptr(RegimenDiagnostic) shown = g_list_model_get_item (model, i);

      g_assert_true (shown == g_ptr_array_index (follower, i));
    }
}

static void
collect_sessions (RegimenPlan *plan,
                  GPtrArray   *sessions,
                  GPtrArray   *items)
{
  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);

            g_ptr_array_add (sessions, session);
            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              g_ptr_array_add (items, regimen_session_get_item (session, i));
          }
      }
}

static gpointer
pick (Run       *run,
      GPtrArray *array)
{
  if (array->len == 0)
    return NULL;

  return g_ptr_array_index (array, g_rand_int_range (run->rand, 0, array->len));
}

static RegimenDay *
pick_day (Run *run)
{
  guint n_weeks = regimen_plan_get_n_weeks (run->plan);

  if (n_weeks == 0)
    return NULL;

  return regimen_plan_get_day (run->plan, g_rand_int_range (run->rand, 0, n_weeks),
                               g_rand_int_range (run->rand, 0, REGIMEN_DAYS_PER_WEEK));
}

static const char *
pick_exercise (Run *run)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));
  g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library),
                                                               g_rand_int_range (run->rand, 0, n));

  /* The library outlives every run, so its ids do too. */
  return regimen_exercise_get_id (exercise);
}

static RegimenItem *
new_item (Run *run)
{
  RegimenItem *item = regimen_item_new (pick_exercise (run));

  regimen_item_set_sets (item, g_rand_int_range (run->rand, 1, 8));
  regimen_item_set_reps (item, g_rand_int_range (run->rand, 1, 15));
  if (g_rand_boolean (run->rand))
    regimen_item_set_load_percent_1rm (item, g_rand_int_range (run->rand, 40, 100));

  return item;
}

static RegimenSessionLog *
new_log (Run            *run,
         RegimenSession *session)
{
  RegimenSessionLog *log = regimen_session_log_new (g_rand_int_range (run->rand, 0, REGIMEN_N_LOG_STATUSES));
  guint n_items = regimen_session_get_n_items (session);

  g_date_set_dmy (&log->date, 1, G_DATE_DECEMBER, 2026);
  log->minutes = g_rand_boolean (run->rand) ? g_rand_int_range (run->rand, 10, 120) : 0;
  log->rpe = g_rand_boolean (run->rand) ? g_rand_int_range (run->rand, 1, 11) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      RegimenItem *item = regimen_session_get_item (session, i);
      RegimenItemLog *item_log;
      guint n_sets = g_rand_int_range (run->rand, 0, 5);

      if (g_rand_boolean (run->rand))
        continue;

      item_log = regimen_session_log_add_item (log, regimen_item_get_id (item));
      for (guint s = 0; s < n_sets; s++)
        {
          RegimenSetLog set;

          regimen_set_log_init (&set);
          set.reps = g_rand_int_range (run->rand, 1, 12);
          regimen_item_log_add_set (item_log, &set);
        }
    }

  return log;
}

static const char * const tempos[] = { "3010", "20X0", "3110", "2020", "31X1", "not a tempo", NULL };

/* One random edit through the core commands; whether it is refused does
 * not matter, only that the plan is as the commands leave it. */
static void
random_edit (Run *run)
{
  RegimenPlan *plan = run->plan;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  guint n_weeks = regimen_plan_get_n_weeks (plan);
  guint week = n_weeks > 0 ? g_rand_int_range (run->rand, 0, n_weeks) : 0;
  RegimenSession *session;
  RegimenItem *item;
  RegimenDay *day;
  guint choice = g_rand_int_range (run->rand, 0, 44);

  collect_sessions (plan, sessions, items);
  session = pick (run, sessions);
  item = pick (run, items);
  day = pick_day (run);

  switch (choice)
    {
    case 0:
    case 1:
      run->edit = "move an item";
      if (item != NULL && session != NULL)
        regimen_plan_move_item_to (plan, item, session,
                                   g_rand_int_range (run->rand, 0, regimen_session_get_n_items (session) + 1));
      break;
    case 2:
      run->edit = "add an item";
      if (session != NULL)
        {
          g_autoptr(RegimenItem) added = new_item (run);

          regimen_plan_add_item_to (plan, session, G_MAXUINT, added);
        }
      break;
    case 3:
      run->edit = "delete an item";
      if (item != NULL)
        regimen_plan_delete_item (plan, item);
      break;
    case 4:
      run->edit = "edit sets, reps, hold or rest";
      if (item != NULL)
        {
          const RegimenItemField fields[] = { REGIMEN_ITEM_FIELD_SETS, REGIMEN_ITEM_FIELD_REPS,
                                              REGIMEN_ITEM_FIELD_HOLD_SECONDS,
                                              REGIMEN_ITEM_FIELD_REST_SECONDS };

          regimen_plan_edit_item_uint (plan, item, fields[g_rand_int_range (run->rand, 0, G_N_ELEMENTS (fields))],
                                       g_rand_int_range (run->rand, 0, 30));
        }
      break;
    case 5:
      run->edit = "edit the load";
      if (item != NULL)
        regimen_plan_edit_item_load_percent_1rm (plan, item,
                                                 g_rand_boolean (run->rand)
                                                 ? g_rand_int_range (run->rand, 30, 101) : REGIMEN_ITEM_NO_LOAD);
      break;
    case 6:
      run->edit = "edit the tempo";
      if (item != NULL)
        regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_TEMPO,
                                       tempos[g_rand_int_range (run->rand, 0, G_N_ELEMENTS (tempos))]);
      break;
    case 7:
      run->edit = "mark a warm-up";
      if (item != NULL)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_value_init (&value, G_TYPE_BOOLEAN);
          g_value_set_boolean (&value, !regimen_item_get_warm_up (item));
          regimen_plan_edit_item (plan, item, REGIMEN_ITEM_FIELD_WARM_UP, &value);
        }
      break;
    case 8:
      run->edit = "edit the interval";
      if (item != NULL)
        {
          RegimenInterval interval = { g_rand_int_range (run->rand, 10, 60), g_rand_int_range (run->rand, 0, 120),
                                       g_rand_int_range (run->rand, 1, 12) };

          regimen_plan_edit_item_interval (plan, item, g_rand_boolean (run->rand) ? &interval : NULL);
        }
      break;
    case 9:
      run->edit = "change the exercise";
      if (item != NULL)
        regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_EXERCISE, pick_exercise (run));
      break;
    case 10:
      run->edit = "edit the session's RPE";
      if (session != NULL)
        regimen_plan_edit_session_rpe (plan, session, g_rand_int_range (run->rand, 1, 11));
      break;
    case 11:
      run->edit = "edit the session's minutes";
      if (session != NULL)
        regimen_plan_edit_session_minutes (plan, session, g_rand_int_range (run->rand, 0, 150));
      break;
    case 12:
      run->edit = "edit the session's kind";
      if (session != NULL)
        regimen_plan_edit_session_kind (plan, session, g_rand_int_range (run->rand, 0, REGIMEN_N_SESSION_KINDS));
      break;
    case 13:
      run->edit = "rename the session";
      if (session != NULL)
        regimen_plan_edit_session_title (plan, session, g_rand_boolean (run->rand) ? "Renamed" : "Legs");
      break;
    case 14:
      run->edit = "add a session";
      if (day != NULL)
        {
          g_autoptr(RegimenSession) added = regimen_session_new (g_rand_int_range (run->rand, 0, REGIMEN_N_SESSION_KINDS),
                                                                "Added");
          g_autoptr(RegimenItem) first = new_item (run);

          regimen_session_append_item (added, first);
          regimen_session_set_rpe (added, g_rand_int_range (run->rand, 3, 10));
          regimen_plan_add_session_to (plan, day, G_MAXUINT, added);
        }
      break;
    case 15:
      run->edit = "delete a session";
      if (session != NULL)
        regimen_plan_delete_session (plan, session);
      break;
    case 16:
    case 17:
      run->edit = "move a session";
      if (session != NULL && day != NULL)
        regimen_plan_move_session_to (plan, session, day, G_MAXUINT);
      break;
    case 18:
    case 19:
      run->edit = "undo";
      regimen_plan_undo (plan);
      break;
    case 20:
      run->edit = "redo";
      regimen_plan_redo (plan);
      break;
    case 21:
      run->edit = "make a week lighter";
      if (n_weeks > 0)
        regimen_plan_make_lighter_week (plan, week, 0.6, 0.9, TRUE, NULL);
      break;
    case 22:
      run->edit = "mark a week lighter or not";
      if (n_weeks > 0)
        regimen_plan_set_week_lighter (plan, week, g_rand_boolean (run->rand));
      break;
    case 23:
      run->edit = "add, rename or delete a block";
      if (regimen_plan_get_n_blocks (plan) > 0 && g_rand_boolean (run->rand))
        {
          guint block = g_rand_int_range (run->rand, 0, regimen_plan_get_n_blocks (plan));

          if (g_rand_boolean (run->rand))
            regimen_plan_rename_block (plan, block, g_rand_boolean (run->rand) ? "Peak" : "Base", NULL);
          else
            regimen_plan_delete_block (plan, block, FALSE, TRUE, NULL);
        }
      else
        regimen_plan_add_block (plan, G_MAXUINT, "Accumulation", "volume", g_rand_int_range (run->rand, 1, 4));
      break;
    case 24:
      run->edit = "insert or remove weeks";
      if (n_weeks > 1 && g_rand_boolean (run->rand))
        regimen_plan_remove_weeks (plan, week, 1, TRUE, NULL);
      else
        regimen_plan_insert_weeks (plan, week, g_rand_int_range (run->rand, 1, 3));
      break;
    case 25:
      run->edit = "move a week";
      if (n_weeks > 1)
        regimen_plan_move_week (plan, week, g_rand_int_range (run->rand, 0, n_weeks), NULL);
      break;
    case 26:
      run->edit = "change the start date";
      {
        g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JUNE, 2026);

        g_date_add_days (start, 7 * g_rand_int_range (run->rand, 0, 30));
        while (g_date_get_weekday (start) != G_DATE_MONDAY)
          g_date_add_days (start, 1);
        regimen_plan_set_start_date (plan, start);
      }
      break;
    case 27:
    case 28:
      run->edit = "log a session or clear its log";
      if (session != NULL)
        {
          g_autoptr(RegimenSessionLog) log = g_rand_int_range (run->rand, 0, 4) > 0 ? new_log (run, session) : NULL;

          regimen_plan_log_session (plan, session, log);
        }
      break;
    case 29:
      run->edit = "change only the logged minutes or sets";
      if (session != NULL && regimen_session_get_log (session) != NULL)
        {
          g_autoptr(RegimenSessionLog) log = regimen_session_log_copy (regimen_session_get_log (session));

          if (log->items->len > 0 && g_rand_boolean (run->rand))
            {
              RegimenSetLog set;

              regimen_set_log_init (&set);
              set.reps = 5;
              regimen_item_log_add_set (g_ptr_array_index (log->items, 0), &set);
            }
          else
            log->minutes = log->minutes > 0 ? log->minutes + 7 : 25;
          regimen_plan_log_session (plan, session, log);
        }
      break;
    case 30:
      run->edit = "change only the interval's rest";
      if (item != NULL && regimen_item_get_interval (item) != NULL)
        {
          RegimenInterval interval = *regimen_item_get_interval (item);

          interval.extra = NULL;
          interval.rest_seconds = g_rand_int_range (run->rand, 0, 3 * MAX (interval.work_seconds, 1));
          regimen_plan_edit_item_interval (plan, item, &interval);
        }
      break;
    case 31:
      run->edit = "rename a block";
      if (regimen_plan_get_n_blocks (plan) > 0)
        regimen_plan_rename_block (plan, g_rand_int_range (run->rand, 0, regimen_plan_get_n_blocks (plan)),
                                   g_rand_boolean (run->rand) ? "Intensification" : "Realisation", NULL);
      break;
    case 33:
      run->edit = "duplicate a week";
      if (n_weeks > 0)
        regimen_plan_duplicate_week (plan, week);
      break;
    case 34:
      run->edit = "copy a week onto another";
      if (n_weeks > 1)
        {
          guint target = g_rand_int_range (run->rand, 0, n_weeks);

          if (target != week)
            regimen_plan_copy_week (plan, week, &target, 1, TRUE, NULL, NULL);
        }
      break;
    case 35:
      run->edit = "shift an item (the keyboard's moves)";
      if (item != NULL)
        regimen_plan_shift_item (plan, item, g_rand_int_range (run->rand, 0, REGIMEN_N_SHIFTS));
      break;
    case 36:
      run->edit = "shift a session";
      if (session != NULL)
        regimen_plan_shift_session (plan, session, g_rand_int_range (run->rand, 0, REGIMEN_N_SHIFTS));
      break;
    case 37:
      run->edit = "relabel a week";
      if (n_weeks > 0)
        regimen_plan_set_week_label (plan, week, g_rand_boolean (run->rand) ? "Test week" : NULL);
      break;
    case 38:
      run->edit = "change the life stress or the HIIT limit";
      if (g_rand_boolean (run->rand))
        regimen_plan_set_athlete_life_stress (plan, g_rand_int_range (run->rand, 0, REGIMEN_N_LIFE_STRESSES));
      else
        regimen_plan_set_athlete_max_hiit_per_week (plan, g_rand_int_range (run->rand, 0, 4));
      break;
    case 39:
      run->edit = "edit per side, the load in kg or the session's time";
      if (item != NULL && g_rand_boolean (run->rand))
        {
          if (g_rand_boolean (run->rand))
            regimen_plan_edit_item_per_side (plan, item, !regimen_item_get_per_side (item));
          else
            regimen_plan_edit_item_load_kg (plan, item, g_rand_int_range (run->rand, 10, 200));
        }
      else if (session != NULL)
        regimen_plan_edit_session_time (plan, session, g_rand_int_range (run->rand, 6 * 60, 20 * 60));
      break;
    case 40:
      run->edit = "apply a progression rule";
      if (item != NULL)
        {
          g_autoptr(RegimenProgression) progression =
            regimen_progression_new (g_rand_int_range (run->rand, 0, REGIMEN_N_PROGRESSION_RULES),
                                     g_rand_int_range (run->rand, 2, 5));

          progression->quantity = REGIMEN_PROGRESSION_SETS;
          progression->step = 1;
          progression->cap = 8;
          regimen_plan_apply_progression (plan, item, progression, library, NULL);
        }
      break;
    case 41:
      run->edit = "move, resize or duplicate a block, or add its lighter weeks";
      if (regimen_plan_get_n_blocks (plan) > 0)
        {
          guint n_blocks = regimen_plan_get_n_blocks (plan);
          guint block = g_rand_int_range (run->rand, 0, n_blocks);

          switch (g_rand_int_range (run->rand, 0, 4))
            {
            case 0:
              regimen_plan_move_block (plan, block, g_rand_int_range (run->rand, 0, n_blocks));
              break;
            case 1:
              regimen_plan_resize_block (plan, block, g_rand_int_range (run->rand, 1, 5), TRUE, NULL);
              break;
            case 2:
              regimen_plan_duplicate_block (plan, block);
              break;
            default:
              regimen_plan_add_lighter_weeks (plan, block, 2, 0.6, 0.9, TRUE, NULL);
              break;
            }
        }
      break;
    case 42:
      run->edit = "two edits as one user action";
      if (item != NULL && session != NULL)
        {
          regimen_plan_begin_user_action (plan, "Two edits");
          regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_SETS, g_rand_int_range (run->rand, 1, 25));
          regimen_plan_edit_session_rpe (plan, session, g_rand_int_range (run->rand, 1, 11));
          regimen_plan_end_user_action (plan);
        }
      break;
    case 43:
    default:
      run->edit = "change the athlete";
      if (g_rand_boolean (run->rand))
        regimen_plan_set_athlete_level (plan, g_rand_int_range (run->rand, 0, REGIMEN_N_LEVELS));
      else
        regimen_plan_set_athlete_baseline_weekly_load (plan, g_rand_int_range (run->rand, 0, 4000));
      break;
    }
}

#define assert_same(run, condition, what, ...) \
  G_STMT_START { \
    if (!(condition)) \
      g_error ("seed %u, plan %s, edit %u (%s): incremental and full check differ: " what, \
               (run)->seed, (run)->name, (run)->step, (run)->edit, __VA_ARGS__); \
  } G_STMT_END

static gboolean
same_double (double a,
             double b)
{
  return memcmp (&a, &b, sizeof a) == 0;
}

static void
assert_same_stats (Run                    *run,
                   guint                   week,
                   const RegimenWeekStats *a,
                   const RegimenWeekStats *b)
{
  const char * const *muscles = regimen_muscle_list_ids ();
  const double numbers_a[] = { a->load, a->monotony, a->strain, a->chronic, a->budget, a->acwr, a->ctl,
                               a->atl, a->tsb, a->planned_load, a->done_load, a->planned_ctl, a->planned_atl,
                               a->planned_tsb };
  const double numbers_b[] = { b->load, b->monotony, b->strain, b->chronic, b->budget, b->acwr, b->ctl,
                               b->atl, b->tsb, b->planned_load, b->done_load, b->planned_ctl, b->planned_atl,
                               b->planned_tsb };
  const guint counts_a[] = { a->hiit_sessions, a->hiit_limit, a->lighter, a->hard_days, a->sessions_planned,
                             a->sessions_logged, a->sessions_done, a->sessions_partly };
  const guint counts_b[] = { b->hiit_sessions, b->hiit_limit, b->lighter, b->hard_days, b->sessions_planned,
                             b->sessions_logged, b->sessions_done, b->sessions_partly };

  assert_same (run, g_strcmp0 (a->label, b->label) == 0, "week %u label", week);
  for (guint i = 0; i < G_N_ELEMENTS (numbers_a); i++)
    assert_same (run, same_double (numbers_a[i], numbers_b[i]), "week %u number %u: %g, %g", week, i,
                 numbers_a[i], numbers_b[i]);
  for (guint i = 0; i < G_N_ELEMENTS (counts_a); i++)
    assert_same (run, counts_a[i] == counts_b[i], "week %u count %u: %u, %u", week, i, counts_a[i], counts_b[i]);
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    assert_same (run,
                 same_double (a->daily_loads[d], b->daily_loads[d])
                 && same_double (a->daily_acute[d], b->daily_acute[d])
                 && same_double (a->daily_chronic[d], b->daily_chronic[d])
                 && same_double (a->daily_acwr[d], b->daily_acwr[d])
                 && same_double (a->planned_daily_loads[d], b->planned_daily_loads[d])
                 && a->daily_hiit[d] == b->daily_hiit[d],
                 "week %u day %u", week, d);
  for (guint i = 0; muscles[i] != NULL; i++)
    assert_same (run,
                 regimen_week_stats_get_muscle_sets (a, muscles[i])
                 == regimen_week_stats_get_muscle_sets (b, muscles[i]),
                 "week %u sets of %s", week, muscles[i]);
}

static void
assert_same_check (Run            *run,
                   RegimenChecker *incremental,
                   RegimenChecker *full)
{
  GListModel *a = regimen_checker_get_diagnostics (incremental);
  GListModel *b = regimen_checker_get_diagnostics (full);
  guint n = g_list_model_get_n_items (b);

  assert_same (run, g_list_model_get_n_items (a) == n, "%u findings, %u", g_list_model_get_n_items (a), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) x = g_list_model_get_item (a, i);
      g_autoptr(RegimenDiagnostic) y = g_list_model_get_item (b, i);

      assert_same (run,
                   regimen_diagnostic_get_rule_id (x) == regimen_diagnostic_get_rule_id (y)
                   && regimen_diagnostic_get_severity (x) == regimen_diagnostic_get_severity (y)
                   && regimen_diagnostic_get_week (x) == regimen_diagnostic_get_week (y)
                   && regimen_diagnostic_get_day (x) == regimen_diagnostic_get_day (y)
                   && regimen_diagnostic_get_session (x) == regimen_diagnostic_get_session (y)
                   && regimen_diagnostic_get_item (x) == regimen_diagnostic_get_item (y)
                   && g_strcmp0 (regimen_diagnostic_get_message (x), regimen_diagnostic_get_message (y)) == 0
                   && g_strcmp0 (regimen_diagnostic_get_fingerprint_text (x),
                                 regimen_diagnostic_get_fingerprint_text (y)) == 0
                   && g_strcmp0 (regimen_diagnostic_get_key (x), regimen_diagnostic_get_key (y)) == 0,
                   "finding %u: “%s” against “%s”", i, regimen_diagnostic_get_message (x),
                   regimen_diagnostic_get_message (y));
    }

  assert_same (run, regimen_checker_get_n_weeks (incremental) == regimen_checker_get_n_weeks (full),
               "%u weeks", regimen_checker_get_n_weeks (incremental));
  for (guint w = 0; w < regimen_checker_get_n_weeks (full); w++)
    assert_same_stats (run, w, regimen_checker_get_week_stats (incremental, w),
                       regimen_checker_get_week_stats (full, w));
  for (guint s = 0; s < REGIMEN_N_SEVERITIES; s++)
    assert_same (run, regimen_checker_count (incremental, s) == regimen_checker_count (full, s),
                 "severity %u", s);
}

/* The weeks chart's curves of the plan alone come from the check: the
 * same as the plan's own (regimen_plan_weekly_fitness()). */
static void
assert_planned_fitness (Run            *run,
                        RegimenChecker *checker)
{
  guint n_weeks = regimen_checker_get_n_weeks (checker);
  g_autofree double *ctl = g_new0 (double, MAX (n_weeks, 1));
  g_autofree double *atl = g_new0 (double, MAX (n_weeks, 1));
  g_autofree double *tsb = g_new0 (double, MAX (n_weeks, 1));

  regimen_plan_weekly_fitness (run->plan, TRUE, ctl, atl, tsb);
  for (guint w = 0; w < n_weeks; w++)
    {
      const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, w);

      assert_same (run,
                   same_double (stats->planned_ctl, ctl[w]) && same_double (stats->planned_atl, atl[w])
                   && same_double (stats->planned_tsb, tsb[w]),
                   "week %u's planned fitness %g, %g, %g against the plan's %g, %g, %g", w,
                   stats->planned_ctl, stats->planned_atl, stats->planned_tsb, ctl[w], atl[w], tsb[w]);
    }
}

/* The problem list shows @checker's findings with @week's first, and a
 * view that followed only its items-changed holds the same. */
static void
assert_problems_follow (Run            *run,
                        RegimenChecker *checker,
                        guint           week)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint n = g_list_model_get_n_items (diagnostics);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        RegimenDiagnostic *diagnostic = g_list_model_get_item (diagnostics, i);

        if ((regimen_diagnostic_get_week (diagnostic) == (int) week) == (pass == 0))
          g_ptr_array_add (expected, diagnostic);
        else
          g_object_unref (diagnostic);
      }

  assert_same (run, g_list_model_get_n_items (G_LIST_MODEL (run->problems)) == n
                    && run->follower->len == n,
               "the problem list has %u problems, its follower %u, the check %u",
               g_list_model_get_n_items (G_LIST_MODEL (run->problems)), run->follower->len, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) shown = g_list_model_get_item (G_LIST_MODEL (run->problems), i);

      assert_same (run, shown == g_ptr_array_index (expected, i) && shown == g_ptr_array_index (run->follower, i),
                   "problem %u of the list (week %u shown) is not the check's", i, week);
    }

  if (run->limited == NULL)
    return;

  {
    guint limit = regimen_problem_list_get_limit (run->limited);

    assert_same (run, g_list_model_get_n_items (G_LIST_MODEL (run->limited)) == MIN (n, limit)
                      && run->limited_follower->len == MIN (n, limit)
                      && regimen_problem_list_get_n_problems (run->limited) == n,
                 "the list limited to %u shows %u problems, its follower %u, of %u",
                 limit, g_list_model_get_n_items (G_LIST_MODEL (run->limited)), run->limited_follower->len, n);
    for (guint i = 0; i < MIN (n, limit); i++)
      assert_same (run, g_ptr_array_index (run->limited_follower, i) == g_ptr_array_index (expected, i),
                   "problem %u of the list limited to %u (week %u shown) is not the check's", i, limit, week);
  }
}

static void
check_run (Run               *run,
           RegimenCheckCache *cache)
{
  g_autoptr(RegimenChecker) incremental = regimen_plan_check_incremental (run->plan, library, cache);
  g_autoptr(RegimenChecker) full = regimen_plan_check (run->plan, library);

  assert_same_check (run, incremental, full);
  assert_planned_fitness (run, full);

  if (run->problems != NULL)
    {
      guint n_weeks = regimen_checker_get_n_weeks (incremental);
      /* Now and then a week past the end: a plan of no weeks shows week 1. */
      guint week = g_rand_int_range (run->rand, 0, n_weeks + 1);

      regimen_problem_list_set (run->problems, incremental, week);
      if (run->limited != NULL)
        {
          /* Now and then more or fewer shown, before or after the check. */
          if (g_rand_boolean (run->rand))
            regimen_problem_list_set_limit (run->limited, g_rand_int_range (run->rand, 0, 13));
          regimen_problem_list_set (run->limited, incremental, week);
          if (g_rand_int_range (run->rand, 0, 4) == 0)
            regimen_problem_list_set_limit (run->limited, g_rand_int_range (run->rand, 0, 13));
        }
      assert_problems_follow (run, incremental, week);
    }
}

static void
run_plan (RegimenPlan *plan,
          const char  *name,
          guint32      seed)
{
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(RegimenProblemList) problems = regimen_problem_list_new ();
  g_autoptr(GPtrArray) follower = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RegimenProblemList) limited = regimen_problem_list_new ();
  g_autoptr(GPtrArray) limited_follower = g_ptr_array_new_with_free_func (g_object_unref);
  Run run = { plan, rand, seed, name, 0, "none", problems, follower, limited, limited_follower };

  g_signal_connect (problems, "items-changed", G_CALLBACK (on_problems_changed), follower);
  regimen_problem_list_set_limit (limited, 6);
  g_signal_connect (limited, "items-changed", G_CALLBACK (on_problems_changed), limited_follower);
  check_run (&run, cache);
  for (run.step = 1; run.step <= EDITS_PER_PLAN; run.step++)
    {
      random_edit (&run);
      check_run (&run, cache);
    }
}

static guint32
test_seed (void)
{
  const char *given = g_getenv ("REGIMEN_TEST_SEED");
  guint32 seed = given != NULL ? (guint32) g_ascii_strtoull (given, NULL, 10) : 20;

  g_test_message ("seed %u (REGIMEN_TEST_SEED=%u runs it again)", seed, seed);

  return seed;
}

/* Hard training every day, Sunday included, so findings cross from one
 * week into the next: heavy squats and sprints on consecutive days
 * (READINESS, MUSCLE-RECOVERY), intervals on consecutive days
 * (HIIT-SPACING), a heavy load every week (HEAVY-BLOCK). */
static RegimenPlan *
dense_plan (guint    n_weeks,
            guint32  seed)
{
  static const char * const exercises[] = { "barbell-back-squat", "sprint", "deadlift", "burpee",
                                            "front-squat", "push-up", "kettlebell-swing" };
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  regimen_plan_set_athlete_baseline_weekly_load (plan, 1500);
  for (guint w = 0; w < n_weeks; w++)
    {
      g_autofree char *label = g_strdup_printf ("Week %u", w + 1);
      g_autoptr(RegimenWeek) week = regimen_week_new (label);

      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        {
          gboolean hiit = g_rand_int_range (rand, 0, 3) == 0;
          g_autoptr(RegimenSession) session = regimen_session_new (hiit ? REGIMEN_SESSION_KIND_HIIT
                                                                        : REGIMEN_SESSION_KIND_STRENGTH,
                                                                   hiit ? "Intervals" : "Strength");

          regimen_session_set_rpe (session, g_rand_int_range (rand, 5, 10));
          /* Interval sessions without minutes: their load comes from the items. */
          regimen_session_set_minutes (session, hiit ? 0 : g_rand_int_range (rand, 30, 90));
          for (guint i = 0; i < 3; i++)
            {
              g_autoptr(RegimenItem) item =
                regimen_item_new (exercises[g_rand_int_range (rand, 0, G_N_ELEMENTS (exercises))]);

              regimen_item_set_sets (item, g_rand_int_range (rand, 3, 6));
              regimen_item_set_reps (item, g_rand_int_range (rand, 3, 8));
              regimen_item_set_load_percent_1rm (item, g_rand_int_range (rand, 70, 92));
              if (hiit)
                {
                  RegimenInterval interval = { 30, g_rand_int_range (rand, 20, 90), 8, NULL };

                  regimen_item_set_interval (item, &interval);
                }
              regimen_session_append_item (session, item);
            }
          regimen_day_append_session (regimen_week_get_day (week, d), session);
        }
      regimen_plan_add_week (plan, G_MAXUINT, week);
    }

  return g_steal_pointer (&plan);
}

/* Real plans: logged weeks, progressions, blocks of squat weeks. */
static void
test_agrees_on_random_edits (void)
{
  const char * const fixtures[] = { "logged-weeks.json", "progression.json", "four-week.json",
                                    "coach-limits.json" };
  guint32 seed = test_seed ();

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", fixtures[i]);

      run_plan (plan, fixtures[i], seed + i);
    }

  {
    g_autoptr(RegimenPlan) plan = fixture_squat_weeks (10, TRUE);

    run_plan (plan, "ten squat weeks", seed + G_N_ELEMENTS (fixtures));
  }

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RegimenPlan) plan = dense_plan (8, seed + i);

      run_plan (plan, "eight dense weeks", seed + G_N_ELEMENTS (fixtures) + 1 + i);
    }
}

/* A week whose sessions did not change is not checked again, yet a change
 * of the chronic load it is compared with still reaches its findings. */
static void
test_reuses_unchanged_weeks (void)
{
  g_autoptr(RegimenPlan) plan = fixture_squat_weeks (6, TRUE);
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) first = regimen_plan_check_incremental (plan, library, cache);
  g_autoptr(RegimenChecker) second = NULL;
  g_autoptr(RegimenChecker) full = NULL;
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  Run run = { plan, NULL, 0, "six squat weeks", 1, "longer first session", NULL, NULL };

  g_assert_true (regimen_plan_edit_session_minutes (plan, session, 150));
  second = regimen_plan_check_incremental (plan, library, cache);
  full = regimen_plan_check (plan, library);
  assert_same_check (&run, second, full);
  g_assert_false (same_double (regimen_checker_get_week_stats (first, 5)->chronic,
                               regimen_checker_get_week_stats (second, 5)->chronic));
}

/* One item object put into sessions of two weeks (an object added
 * twice): an edit of it reaches both weeks, though the item names only
 * one of its sessions as its parent. */
static void
test_object_in_two_weeks (void)
{
  g_autoptr(RegimenPlan) plan = fixture_squat_weeks (4, TRUE);
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) first = regimen_plan_check_incremental (plan, library, cache);
  RegimenSession *early = regimen_plan_get_session (plan, 0, 0, 0);
  RegimenSession *late = regimen_plan_get_session (plan, 2, 0, 0);
  RegimenItem *item = regimen_session_get_item (early, 0);
  Run run = { plan, NULL, 0, "four squat weeks", 1, "one item in two weeks", NULL, NULL };

  g_assert_true (regimen_plan_add_item_to (plan, late, G_MAXUINT, item));
  for (guint sets = 25; sets <= 26; sets++)
    {
      g_autoptr(RegimenChecker) incremental = NULL;
      g_autoptr(RegimenChecker) full = NULL;

      /* More sets than the data allows: a DATA error in both weeks. */
      g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_SETS, sets));
      incremental = regimen_plan_check_incremental (plan, library, cache);
      full = regimen_plan_check (plan, library);
      assert_same_check (&run, incremental, full);
      g_assert_cmpuint (regimen_checker_peek_week_diagnostics (full, 2)->len, >,
                        regimen_checker_peek_week_diagnostics (first, 2)->len);
      run.step++;
    }
}

static guint
count_rule (RegimenChecker *checker,
            RegimenRuleId   rule)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      n += regimen_diagnostic_get_rule_id (diagnostic) == rule ? 1 : 0;
    }

  return n;
}

/* A previous stage that leaves the plan no longer holds the next stage
 * back (it counts as mastered): the exercises' weeks the cache keeps lose
 * it, though no week of the next stage changed. */
static void
test_stage_leaves_plan (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) before = NULL;
  g_autoptr(RegimenChecker) incremental = NULL;
  g_autoptr(RegimenChecker) full = NULL;
  const char * const exercises[] = { "isometric-pistol", "eccentric-pistol-squat" };
  Run run = { plan, NULL, 0, "two pistol stages", 1, "the first stage deleted", NULL, NULL };

  for (guint w = 0; w < G_N_ELEMENTS (exercises); w++)
    {
      g_autoptr(RegimenWeek) week = regimen_week_new (NULL);
      g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, "Legs");
      g_autoptr(RegimenItem) item = regimen_item_new (exercises[w]);

      regimen_item_set_sets (item, 3);
      regimen_item_set_reps (item, 5);
      regimen_session_append_item (session, item);
      regimen_day_append_session (regimen_week_get_day (week, 0), session);
      regimen_plan_add_week (plan, G_MAXUINT, week);
    }

  before = regimen_plan_check_incremental (plan, library, cache);
  g_assert_cmpuint (count_rule (before, REGIMEN_RULE_PROGRESSION), ==, 1);

  g_assert_true (regimen_plan_delete_item (plan, regimen_session_get_item (regimen_plan_get_session (plan, 0, 0, 0), 0)));
  incremental = regimen_plan_check_incremental (plan, library, cache);
  full = regimen_plan_check (plan, library);
  assert_same_check (&run, incremental, full);
  g_assert_cmpuint (count_rule (incremental, REGIMEN_RULE_PROGRESSION), ==, 0);
}

/* An item a rule wrote that carries a rule of its own is a DATA error
 * while its source is in an earlier week (regimen-progression.c), and no
 * longer when that source moves to a later one: the source's move
 * changes no revision of the week with the rule. */
static void
test_chained_rule_follows_its_source (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "progression.json");
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenProgression) rule = regimen_progression_new (REGIMEN_PROGRESSION_REPEAT, 2);
  g_auto(GValue) value = G_VALUE_INIT;
  RegimenItem *source = regimen_plan_find_item_by_id (plan, "pku4rcrzoo");
  RegimenItem *written = regimen_plan_find_item_by_id (plan, "j3jvbtugre");
  Run run = { plan, NULL, 0, "progression.json", 1, "a chained rule's source moved", NULL, NULL };
  guint expected[] = { 1, 0, 1 };

  g_value_init (&value, REGIMEN_TYPE_PROGRESSION);
  g_value_set_boxed (&value, rule);
  g_assert_true (regimen_plan_edit_item (plan, written, REGIMEN_ITEM_FIELD_PROGRESSION, &value));

  for (guint step = 0; step < G_N_ELEMENTS (expected); step++)
    {
      g_autoptr(RegimenChecker) incremental = NULL;
      g_autoptr(RegimenChecker) full = NULL;

      /* The source to week 3, then back to week 1. */
      if (step > 0)
        g_assert_true (regimen_plan_move_item_to (plan, source,
                                                  regimen_plan_get_session (plan, step == 1 ? 2 : 0, 0, 0), 0));
      incremental = regimen_plan_check_incremental (plan, library, cache);
      full = regimen_plan_check (plan, library);
      assert_same_check (&run, incremental, full);
      g_assert_cmpuint (count_rule (full, REGIMEN_RULE_DATA), ==, expected[step]);
      run.step++;
    }
}

/* Week 2's session holds the squat week 1's rule wrote, first, and one
 * with a rule of its own after it: a DATA error naming both rules'
 * weeks. Moving week 1's squat (the rule) to week 3 changes which week
 * owns the first, so the finding must follow although week 2 itself is
 * unchanged: the first item's source, as every ruled item's, is in week
 * 2's key (a review found it left out for the session's first item,
 * and the finding stayed after the rule's squat had gone). */
static void
test_two_rules_follow_their_sources (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "progression.json");
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenProgression) rule = regimen_progression_new (REGIMEN_PROGRESSION_REPEAT, 2);
  g_autoptr(RegimenItem) own = regimen_item_new ("narrow-stance-squat");
  RegimenItem *source = regimen_plan_find_item_by_id (plan, "pku4rcrzoo");
  RegimenSession *second_week = regimen_plan_get_session (plan, 1, 0, 0);
  Run run = { plan, NULL, 0, "progression.json", 1, "two rules' squats in one session, a source moved", NULL, NULL };
  /* With the rule's squat in week 3, week 2's first squat is no rule's
   * (a rule writes the weeks after its own): no finding. */
  const char *weeks[] = { "(of week 1 and of week 2)", NULL, "(of week 1 and of week 2)" };

  g_assert_true (regimen_item_get_progressed_from (regimen_session_get_item (second_week, 0)) != NULL);
  regimen_item_set_progression (own, rule);
  g_assert_true (regimen_plan_add_item_to (plan, second_week, regimen_session_get_n_items (second_week), own));

  for (guint step = 0; step < G_N_ELEMENTS (weeks); step++)
    {
      g_autoptr(RegimenChecker) incremental = NULL;
      g_autoptr(RegimenChecker) full = NULL;
      g_autoptr(RegimenDiagnostic) finding = NULL;
      GListModel *findings;
      guint n_data = 0;

      /* The rule's squat to week 3, then back to week 1. */
      if (step > 0)
        g_assert_true (regimen_plan_move_item_to (plan, source,
                                                  regimen_plan_get_session (plan, step == 1 ? 2 : 0, 0, 0), 0));
      incremental = regimen_plan_check_incremental (plan, library, cache);
      full = regimen_plan_check (plan, library);
      assert_same_check (&run, incremental, full);

      findings = regimen_checker_get_diagnostics (full);
      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(RegimenDiagnostic) each = g_list_model_get_item (findings, i);

          if (regimen_diagnostic_get_rule_id (each) == REGIMEN_RULE_DATA)
            {
              n_data++;
              g_set_object (&finding, each);
            }
        }
      g_assert_cmpuint (n_data, ==, weeks[step] != NULL ? 1 : 0);
      if (weeks[step] != NULL)
        {
          g_assert_cmpint (regimen_diagnostic_get_week (finding), ==, 1);
          g_assert_nonnull (strstr (regimen_diagnostic_get_message (finding), weeks[step]));
        }
      run.step++;
    }
}

/* Two rules over the squat of one session, of week 1 and of week 3,
 * neither written: the finding on week 3's squat follows week 1's rule
 * growing over week 3 and shrinking back, week 3 unchanged. */
static void
test_overlapping_rules_follow_the_earlier (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  Run run = { plan, NULL, 0, "one-week.json", 1, "week 1's rule grown over week 3's", NULL, NULL };
  const guint spans[] = { 2, 4, 2 };
  RegimenItem *first;

  for (guint i = 0; i < 3; i++)
    g_assert_true (regimen_plan_duplicate_week (plan, 0));
  first = regimen_session_get_item (regimen_plan_get_session (plan, 0, 0, 0), 0);
  {
    g_autoptr(RegimenProgression) own = regimen_progression_new (REGIMEN_PROGRESSION_REPEAT, 2);

    regimen_item_set_progression (regimen_session_get_item (regimen_plan_get_session (plan, 2, 0, 0), 0), own);
  }

  for (guint step = 0; step < G_N_ELEMENTS (spans); step++)
    {
      g_autoptr(RegimenProgression) rule = regimen_progression_new (REGIMEN_PROGRESSION_REPEAT, spans[step]);
      g_autoptr(RegimenChecker) incremental = NULL;
      g_autoptr(RegimenChecker) full = NULL;
      GListModel *findings;
      guint n_overlaps = 0;

      regimen_item_set_progression (first, rule);
      incremental = regimen_plan_check_incremental (plan, library, cache);
      full = regimen_plan_check (plan, library);
      assert_same_check (&run, incremental, full);

      findings = regimen_checker_get_diagnostics (incremental);
      for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(RegimenDiagnostic) each = g_list_model_get_item (findings, i);

          if (regimen_diagnostic_get_rule_id (each) == REGIMEN_RULE_DATA &&
              strstr (regimen_diagnostic_get_message (each), "inside the weeks the rule of week 1 spans") != NULL)
            {
              g_assert_cmpint (regimen_diagnostic_get_week (each), ==, 2);
              n_overlaps++;
            }
        }
      g_assert_cmpuint (n_overlaps, ==, spans[step] > 2 ? 1 : 0);
      run.step++;
    }
}

static void
on_change_noted (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 GArray     *changes)
{
  g_array_append_vals (changes, (guint[]) { position, removed, added }, 3);
}

/* An edit in the last week leaves every other week's findings as they
 * were: the re-check gives their arrays again (neither sorted nor copied),
 * and the problem list reports the last week's changed findings alone. */
static void
test_merges_changed_weeks (void)
{
  g_autoptr(RegimenPlan) plan = dense_plan (12, 3);
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) first = regimen_plan_check_incremental (plan, library, cache);
  g_autoptr(RegimenChecker) second = NULL;
  g_autoptr(RegimenChecker) full = NULL;
  g_autoptr(RegimenProblemList) problems = regimen_problem_list_new ();
  RegimenSession *session = regimen_plan_get_session (plan, 11, 2, 0);
  Run run = { plan, NULL, 3, "twelve dense weeks", 1, "an item of the last week out of range", NULL, NULL };
  guint before = 0;
  guint kept = 0;
  guint same_start = 0;
  guint same_end = 0;
  GPtrArray *old_last;
  GPtrArray *new_last;

  regimen_problem_list_set (problems, first, 0);

  g_assert_true (regimen_plan_edit_item_uint (plan, regimen_session_get_item (session, 0),
                                              REGIMEN_ITEM_FIELD_SETS, 0));
  second = regimen_plan_check_incremental (plan, library, cache);
  full = regimen_plan_check (plan, library);
  assert_same_check (&run, second, full);

  g_assert_true (regimen_checker_peek_week_diagnostics (first, -1)->len == 0);
  for (int w = 0; w < 11; w++)
    {
      g_assert_true (regimen_checker_peek_week_diagnostics (first, w)
                     == regimen_checker_peek_week_diagnostics (second, w));
      before += regimen_checker_peek_week_diagnostics (second, w)->len;
    }
  old_last = regimen_checker_peek_week_diagnostics (first, 11);
  new_last = regimen_checker_peek_week_diagnostics (second, 11);
  g_assert_true (old_last != new_last);

  /* The last week's findings found again are the same objects: the list
   * reports the changed ones among them, not the whole week. */
  for (guint i = 0; i < new_last->len; i++)
    kept += g_ptr_array_find (old_last, g_ptr_array_index (new_last, i), NULL) ? 1 : 0;
  g_assert_cmpuint (kept, >, 0);
  g_assert_cmpuint (kept, <, new_last->len);

  /* Within the run between the findings the week kept at its start and
   * at its end: those it kept there stay too. */
  while (same_start < old_last->len && same_start < new_last->len
         && g_ptr_array_index (old_last, same_start) == g_ptr_array_index (new_last, same_start))
    same_start++;
  while (same_end < old_last->len - same_start && same_end < new_last->len - same_start
         && g_ptr_array_index (old_last, old_last->len - 1 - same_end)
            == g_ptr_array_index (new_last, new_last->len - 1 - same_end))
    same_end++;
  g_assert_cmpuint (same_start + same_end, >, 0);

  {
    g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (guint));
    guint removed = 0;
    guint added = 0;

    g_signal_connect (problems, "items-changed", G_CALLBACK (on_change_noted), changes);
    regimen_problem_list_set (problems, second, 0);
    g_signal_handlers_disconnect_by_func (problems, on_change_noted, changes);
    g_assert_cmpuint (changes->len, >, 0);
    for (guint i = 0; i < changes->len; i += 3)
      {
        guint *change = &g_array_index (changes, guint, i);

        g_assert_cmpuint (change[0], >=, before + same_start);
        g_assert_cmpuint (change[0] + change[2], <=, before + new_last->len - same_end);
        removed += change[1];
        added += change[2];
      }
    g_assert_cmpuint (removed, <=, old_last->len - same_start - same_end);
    g_assert_cmpuint (added, <=, new_last->len - same_start - same_end);
    g_assert_cmpuint (removed + added, >, 0);
  }

  /* Showing another week moves its findings alone: out of their place
   * after weeks 1 to 3, which keep theirs (and their rows in a view),
   * and then in front, so a view has let go of their rows before it is
   * asked for them again. */
  {
    guint n0 = regimen_checker_peek_week_diagnostics (second, 0)->len;
    guint n3 = regimen_checker_peek_week_diagnostics (second, 3)->len;
    guint between = regimen_checker_peek_week_diagnostics (second, 1)->len
                    + regimen_checker_peek_week_diagnostics (second, 2)->len;
    g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (guint));
    const guint expected[] = { n0 + between, n3, 0, 0, 0, n3 };

    g_assert_cmpuint (n0, >, 0);
    g_assert_cmpuint (n3, >, 0);
    g_signal_connect (problems, "items-changed", G_CALLBACK (on_change_noted), changes);
    regimen_problem_list_set (problems, second, 3);
    g_assert_cmpmem (changes->data, changes->len * sizeof (guint), expected, sizeof expected);
  }
}

/* Inserting a week in front moves every week's content one place on:
 * equal content at another place is another week, with other numbers in
 * its findings. */
static void
test_shifted_weeks (void)
{
  g_autoptr(RegimenPlan) plan = dense_plan (5, 7);
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) first = regimen_plan_check_incremental (plan, library, cache);
  Run run = { plan, NULL, 7, "five dense weeks", 1, "insert a week in front", NULL, NULL };

  g_assert_true (regimen_plan_insert_weeks (plan, 0, 1));
  check_run (&run, cache);
  run.step++;
  run.edit = "remove it again";
  g_assert_true (regimen_plan_remove_weeks (plan, 0, 1, TRUE, NULL));
  check_run (&run, cache);
}

/* Heavy squats on a Sunday and sprints on the next Monday, a week later
 * in the plan: READINESS finds it across the week's end, in the full
 * check and the incremental one alike. */
static void
test_readiness_across_weeks (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) full = NULL;
  g_autoptr(RegimenChecker) incremental = NULL;
  GListModel *diagnostics;
  guint found = 0;

  for (guint w = 0; w < 2; w++)
    {
      g_autoptr(RegimenWeek) week = regimen_week_new (NULL);
      g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH,
                                                              w == 0 ? "Squats" : "Speed");
      g_autoptr(RegimenItem) item = regimen_item_new (w == 0 ? "barbell-back-squat" : "sprint");

      regimen_session_set_rpe (session, 8);
      regimen_session_set_minutes (session, 40);
      regimen_item_set_sets (item, w == 0 ? 5 : 6);
      regimen_item_set_reps (item, w == 0 ? 5 : 1);
      if (w == 0)
        regimen_item_set_load_percent_1rm (item, 85);
      regimen_session_append_item (session, item);
      regimen_day_append_session (regimen_week_get_day (week, w == 0 ? 6 : 0), session);
      regimen_plan_add_week (plan, G_MAXUINT, week);
    }

  full = regimen_plan_check (plan, library);
  incremental = regimen_plan_check_incremental (plan, library, cache);
  diagnostics = regimen_checker_get_diagnostics (full);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (regimen_diagnostic_get_rule_id (diagnostic) == REGIMEN_RULE_READINESS
          && regimen_diagnostic_get_week (diagnostic) == 0 && regimen_diagnostic_get_day (diagnostic) == 6)
        found++;
    }
  g_assert_cmpuint (found, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (regimen_checker_get_diagnostics (incremental)), ==,
                    g_list_model_get_n_items (diagnostics));
}

/* A check without a cache keeps its findings in blocks its result frees:
 * its messages, formatted when first read, read the same after the plan
 * was edited and checked again, and those results freed, in between. */
static void
test_full_result_kept (void)
{
  g_autoptr(RegimenPlan) plan = dense_plan (8, 11);
  g_autoptr(RegimenChecker) kept = regimen_plan_check (plan, library);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  GListModel *diagnostics = regimen_checker_get_diagnostics (kept);

  {
    g_autoptr(RegimenChecker) twin = regimen_plan_check (plan, library);
    GListModel *twin_diagnostics = regimen_checker_get_diagnostics (twin);

    for (guint i = 0; i < g_list_model_get_n_items (twin_diagnostics); i++)
      {
        g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (twin_diagnostics, i);

        g_ptr_array_add (expected, g_strdup (regimen_diagnostic_get_message (diagnostic)));
      }
  }
  g_assert_cmpuint (expected->len, >, 0);

  for (guint w = 0; w < 8; w++)
    {
      g_assert_true (regimen_plan_edit_session_minutes (plan, regimen_plan_get_session (plan, w, 0, 0), 120 + w));
      g_object_unref (regimen_plan_check (plan, library));
    }

  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      g_assert_cmpstr (regimen_diagnostic_get_message (diagnostic), ==, g_ptr_array_index (expected, i));
    }
}

/* An exercise in one week only, whose weeks the cache keeps from one
 * check to the next (PROGRESSION and LEVEL-FIT read them): the week
 * removed, put back by an undo, and the exercise added to another week,
 * the incremental check agrees with a full one each time. */
static void
test_exercise_weeks_kept (void)
{
  g_autoptr(RegimenPlan) plan = fixture_squat_weeks (6, TRUE);
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) first = regimen_plan_check_incremental (plan, library, cache);
  g_autoptr(RegimenItem) deadlift = regimen_item_new ("deadlift");
  g_autoptr(RegimenItem) again = regimen_item_new ("deadlift");
  Run run = { plan, NULL, 0, "six squat weeks", 1, "a deadlift in the third week", NULL, NULL };

  regimen_item_set_sets (deadlift, 5);
  regimen_item_set_reps (deadlift, 3);
  regimen_item_set_load_percent_1rm (deadlift, 90);
  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 2, 0, 0), G_MAXUINT, deadlift));
  check_run (&run, cache);

  run.step++;
  run.edit = "remove the third week";
  g_assert_true (regimen_plan_remove_weeks (plan, 2, 1, TRUE, NULL));
  check_run (&run, cache);

  run.step++;
  run.edit = "undo";
  regimen_plan_undo (plan);
  check_run (&run, cache);

  run.step++;
  run.edit = "a deadlift in the fifth week too";
  regimen_item_set_sets (again, 4);
  regimen_item_set_reps (again, 3);
  regimen_item_set_load_percent_1rm (again, 92);
  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 4, 0, 0), G_MAXUINT, again));
  check_run (&run, cache);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = fixture_load_builtin ();

  g_test_add_func ("/check-incremental/random-edits", test_agrees_on_random_edits);
  g_test_add_func ("/check-incremental/unchanged-weeks", test_reuses_unchanged_weeks);
  g_test_add_func ("/check-incremental/shifted-weeks", test_shifted_weeks);
  g_test_add_func ("/check-incremental/merges-changed-weeks", test_merges_changed_weeks);
  g_test_add_func ("/check-incremental/readiness-across-weeks", test_readiness_across_weeks);
  g_test_add_func ("/check-incremental/object-in-two-weeks", test_object_in_two_weeks);
  g_test_add_func ("/check-incremental/stage-leaves-plan", test_stage_leaves_plan);
  g_test_add_func ("/check-incremental/full-result-kept", test_full_result_kept);
  g_test_add_func ("/check-incremental/exercise-weeks-kept", test_exercise_weeks_kept);
  g_test_add_func ("/check-incremental/chained-rule-follows-its-source", test_chained_rule_follows_its_source);
  g_test_add_func ("/check-incremental/two-rules-follow-their-sources", test_two_rules_follow_their_sources);
  g_test_add_func ("/check-incremental/overlapping-rules-follow-the-earlier", test_overlapping_rules_follow_the_earlier);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
