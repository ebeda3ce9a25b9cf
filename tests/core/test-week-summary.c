/* test-week-summary.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the plan overview shows of each week: block, sessions per day,
 * load against the budget and the problems placed in the week. */

#include "config.h"

#include <string.h>

#include "fixture-util.h"
#include "regimen-core.h"

static RegimenLibrary *library;

static void
add_session (RegimenPlan        *plan,
             guint               week,
             guint               day,
             RegimenSessionKind  kind,
             const char         *title,
             guint               rpe,
             guint               minutes)
{
  g_autoptr(RegimenSession) session = regimen_session_new (kind, title);

  regimen_session_set_rpe (session, rpe);
  regimen_session_set_minutes (session, minutes);
  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, week, day),
                                              G_MAXUINT, session));
}

/* Six weeks: blocks A (weeks 1–2) and B (weeks 3–5), week 6 in none; an
 * easy strength session on Monday of every week, three HIIT sessions in
 * week 3 (over the limit of 2), week 4 lighter. */
static RegimenPlan *
make_plan (void)
{
  RegimenPlan *plan = regimen_plan_new ();

  g_assert_true (regimen_plan_set_athlete_baseline_weekly_load (plan, 1000));
  g_assert_true (regimen_plan_insert_weeks (plan, 0, 6));
  for (guint w = 0; w < 6; w++)
    add_session (plan, w, 0, REGIMEN_SESSION_KIND_STRENGTH, "Legs", 5, 40);
  add_session (plan, 2, 1, REGIMEN_SESSION_KIND_HIIT, "Intervals", 8, 20);
  add_session (plan, 2, 3, REGIMEN_SESSION_KIND_HIIT, "Intervals", 8, 20);
  add_session (plan, 2, 3, REGIMEN_SESSION_KIND_HIIT, "Hills", 8, 20);
  g_assert_true (regimen_plan_set_week_lighter (plan, 3, TRUE));
  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "A", NULL, 2));
  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "B", "Strength", 3));

  return plan;
}

static void
test_blocks_and_days (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autofree RegimenWeekSummary *summaries = NULL;
  guint n = 0;

  summaries = regimen_week_summaries_new (plan, NULL, &n);
  g_assert_cmpuint (n, ==, 6);

  for (guint w = 0; w < n; w++)
    g_assert_cmpuint (summaries[w].week, ==, w);

  g_assert_cmpint (summaries[0].block, ==, 0);
  g_assert_true (summaries[0].starts_group);
  g_assert_false (summaries[1].starts_group);
  g_assert_cmpint (summaries[1].block, ==, 0);
  g_assert_cmpuint (summaries[1].block_first_week, ==, 0);
  g_assert_cmpuint (summaries[1].block_n_weeks, ==, 2);
  g_assert_cmpint (summaries[2].block, ==, 1);
  g_assert_true (summaries[2].starts_group);
  g_assert_cmpuint (summaries[4].block_first_week, ==, 2);
  g_assert_cmpuint (summaries[4].block_n_weeks, ==, 3);
  g_assert_false (summaries[4].starts_group);
  /* The first week after the last block opens the group of weeks in no block. */
  g_assert_cmpint (summaries[5].block, ==, -1);
  g_assert_true (summaries[5].starts_group);

  g_assert_true (summaries[3].lighter);
  g_assert_false (summaries[2].lighter);

  g_assert_cmpuint (summaries[2].n_sessions, ==, 4);
  g_assert_cmpuint (summaries[2].day_sessions[0], ==, 1);
  g_assert_cmpuint (summaries[2].day_sessions[1], ==, 1);
  g_assert_cmpuint (summaries[2].day_sessions[2], ==, 0);
  g_assert_cmpuint (summaries[2].day_sessions[3], ==, 2);
  g_assert_cmpuint (summaries[0].n_sessions, ==, 1);

  /* Without a check: no load, no budget, no problems. */
  g_assert_cmpfloat (summaries[2].load, ==, 0);
  g_assert_cmpfloat (summaries[2].budget, ==, 0);
  g_assert_cmpuint (summaries[2].n_problems, ==, 0);
}

static void
test_load_and_problems (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, library);
  g_autofree RegimenWeekSummary *summaries = NULL;
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint counts[6][REGIMEN_N_SEVERITIES] = { { 0 } };
  guint n = 0;

  summaries = regimen_week_summaries_new (plan, checker, &n);
  g_assert_cmpuint (n, ==, 6);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      int week = regimen_diagnostic_get_week (diagnostic);

      if (week >= 0)
        counts[week][regimen_diagnostic_get_severity (diagnostic)]++;
    }

  for (guint w = 0; w < n; w++)
    {
      const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, w);

      g_assert_cmpfloat_with_epsilon (summaries[w].load, stats->load, 1e-9);
      g_assert_cmpfloat_with_epsilon (summaries[w].budget, stats->budget, 1e-9);
      g_assert_cmpuint (summaries[w].n_errors, ==, counts[w][REGIMEN_SEVERITY_ERROR]);
      g_assert_cmpuint (summaries[w].n_warnings, ==, counts[w][REGIMEN_SEVERITY_WARNING]);
      g_assert_cmpuint (summaries[w].n_notes, ==, counts[w][REGIMEN_SEVERITY_INFO]);
      g_assert_cmpuint (summaries[w].n_problems, ==,
                        summaries[w].n_errors + summaries[w].n_warnings + summaries[w].n_notes);
      g_assert_cmpfloat (summaries[w].load_fraction, <=, 1.0);
    }

  /* Monday's 200 AU against a budget from a 1000 AU baseline. */
  g_assert_cmpfloat_with_epsilon (summaries[0].load, 200, 1e-9);
  g_assert_cmpfloat (summaries[0].budget, >, 200);
  g_assert_cmpfloat_with_epsilon (summaries[0].load_fraction, 200 / summaries[0].budget, 1e-9);
  g_assert_false (summaries[0].load_over);

  /* Three HIIT sessions in week 3: its worst is an error, and weeks
   * without a problem say so. */
  g_assert_cmpuint (summaries[2].n_errors, >=, 1);
  g_assert_cmpint (summaries[2].worst, ==, REGIMEN_SEVERITY_ERROR);
  g_assert_cmpuint (summaries[0].n_errors, ==, 0);
}

static void
test_over_budget (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenChecker) checker = NULL;
  g_autofree RegimenWeekSummary *summaries = NULL;
  guint n = 0;

  /* Week 2 takes far more than the budget. */
  for (guint day = 1; day < 7; day++)
    add_session (plan, 1, day, REGIMEN_SESSION_KIND_STRENGTH, "More", 9, 90);
  checker = regimen_plan_check (plan, library);
  summaries = regimen_week_summaries_new (plan, checker, &n);

  g_assert_cmpfloat (summaries[1].budget, >, 0);
  g_assert_cmpfloat (summaries[1].load, >, summaries[1].budget);
  g_assert_true (summaries[1].load_over);
  g_assert_cmpfloat (summaries[1].load_fraction, ==, 1.0);
}

/* The rows redraw when the summary differs, and only then. */
static void
test_equal (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, library);
  g_autoptr(RegimenChecker) again = NULL;
  g_autofree RegimenWeekSummary *before = NULL;
  g_autofree RegimenWeekSummary *after = NULL;
  g_autofree RegimenWeekSummary *moved = NULL;
  guint n = 0;

  before = regimen_week_summaries_new (plan, checker, &n);
  add_session (plan, 4, 6, REGIMEN_SESSION_KIND_MOBILITY, "Stretch", 3, 20);
  again = regimen_plan_check (plan, library);
  after = regimen_week_summaries_new (plan, again, &n);

  for (guint w = 0; w < 4; w++)
    g_assert_true (regimen_week_summary_equal (&before[w], &after[w]));
  g_assert_false (regimen_week_summary_equal (&before[4], &after[4]));
  g_assert_cmpuint (after[4].day_sessions[6], ==, 1);

  /* A week that moves has another number. */
  g_assert_true (regimen_plan_move_week (plan, 0, 1, NULL));
  moved = regimen_week_summaries_new (plan, again, &n);
  g_assert_false (regimen_week_summary_equal (&before[0], &moved[1]));
}

static void
test_texts (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, library);
  g_autofree RegimenWeekSummary *summaries = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *load = NULL;
  g_autofree char *range = NULL;
  g_autofree char *single = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected_load = NULL;
  GDate start;
  guint n = 0;

  g_assert_null (regimen_week_summary_dates (plan, 0));

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 23, G_DATE_NOVEMBER, 2026);
  g_assert_true (regimen_plan_set_start_date (plan, &start));
  dates = regimen_week_summary_dates (plan, 2);
  g_assert_cmpstr (dates, ==, "7 Dec – 13 Dec");

  summaries = regimen_week_summaries_new (plan, checker, &n);
  load = regimen_week_summary_load_text (&summaries[0]);
  expected_load = g_strdup_printf ("200 of %.0f AU", summaries[0].budget);
  g_assert_cmpstr (load, ==, expected_load);

  range = regimen_week_range_text (2, 3);
  g_assert_cmpstr (range, ==, "Weeks 3–5");
  single = regimen_week_range_text (5, 1);
  g_assert_cmpstr (single, ==, "Week 6");

  text = regimen_week_summary_describe (&summaries[3], plan);
  g_assert_true (g_str_has_prefix (text, "Week 4, 14 Dec – 20 Dec, lighter week, 1 session, load "));
  g_clear_pointer (&text, g_free);
  text = regimen_week_summary_describe (&summaries[2], plan);
  g_assert_nonnull (strstr (text, "4 sessions"));
  g_assert_nonnull (strstr (text, "worst: Error"));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  library = fixture_load_builtin ();

  g_test_add_func ("/week-summary/blocks-and-days", test_blocks_and_days);
  g_test_add_func ("/week-summary/load-and-problems", test_load_and_problems);
  g_test_add_func ("/week-summary/over-budget", test_over_budget);
  g_test_add_func ("/week-summary/equal", test_equal);
  g_test_add_func ("/week-summary/texts", test_texts);

  result = g_test_run ();
  g_clear_object (&library);

  return result;
}
