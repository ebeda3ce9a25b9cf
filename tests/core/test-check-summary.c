/* test-check-summary.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fixture-util.h"
#include "regimen-check-summary.h"
#include "regimen-plan-reader.h"

static RegimenLibrary *library;

static RegimenChecker *
check_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "check", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return regimen_plan_check (plan, library);
}

/* Three HIIT sessions (Monday, Wednesday, Friday) for an athlete under
 * high life stress, who may have one. */
static void
test_summary_too_much_hiit (void)
{
  g_autoptr(RegimenChecker) checker = check_fixture ("too-much-hiit.json");
  const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, 0);
  RegimenCheckSummary summary;
  g_autofree char *text = NULL;

  regimen_check_summary_compute (checker, 0, &summary);

  g_assert_cmpuint (summary.week, ==, 0);
  g_assert_cmpuint (summary.hiit_sessions, ==, 3);
  g_assert_cmpuint (summary.hiit_limit, ==, 1);
  g_assert_true (regimen_check_summary_hiit_over (&summary));
  g_assert_cmpfloat_with_epsilon (summary.load, stats->load, 1e-9);
  /* The budget is the checker's (it scales with the athlete). */
  g_assert_cmpfloat_with_epsilon (summary.budget, stats->budget, 1e-9);
  g_assert_cmpfloat (summary.budget, >, 0);
  g_assert_false (regimen_check_summary_load_over (&summary));

  g_assert_cmpuint (summary.n_errors, ==, regimen_checker_count (checker, REGIMEN_SEVERITY_ERROR));
  g_assert_cmpuint (summary.n_warnings, ==, regimen_checker_count (checker, REGIMEN_SEVERITY_WARNING));
  g_assert_cmpuint (summary.n_notes, ==, regimen_checker_count (checker, REGIMEN_SEVERITY_INFO));
  g_assert_cmpuint (summary.n_problems, ==, summary.n_errors + summary.n_warnings + summary.n_notes);
  g_assert_cmpuint (summary.n_errors, >, 0);
  g_assert_cmpint (summary.worst, ==, REGIMEN_SEVERITY_ERROR);

  /* The first error in plan order: the third HIIT session, on Friday,
   * or an earlier one the checker put first. */
  g_assert_cmpint (summary.first_error_week, ==, 0);
  g_assert_cmpint (summary.first_error_day, >=, 0);
  g_assert_cmpint (summary.first_error_day, <, 7);

  text = regimen_check_summary_to_string (&summary);
  g_assert_nonnull (strstr (text, "HIIT 3 of 1"));
  g_assert_nonnull (strstr (text, "load"));
  {
    g_autofree char *load = g_strdup_printf ("load %.0f of %.0f AU", stats->load, stats->budget);

    g_assert_nonnull (strstr (text, load));
  }
  g_assert_nonnull (strstr (text, "worst: Error"));
}

static void
test_summary_warnings_only (void)
{
  g_autoptr(RegimenChecker) checker = check_fixture ("warnings-only.json");
  RegimenCheckSummary summary;
  g_autofree char *text = NULL;

  regimen_check_summary_compute (checker, 0, &summary);

  g_assert_cmpuint (summary.n_errors, ==, 0);
  g_assert_cmpuint (summary.n_warnings, >, 0);
  g_assert_cmpint (summary.worst, ==, REGIMEN_SEVERITY_WARNING);
  g_assert_cmpint (summary.first_error_week, ==, -1);
  g_assert_cmpint (summary.first_error_day, ==, -1);

  text = regimen_check_summary_to_string (&summary);
  g_assert_nonnull (strstr (text, "worst: Warning"));
}

static void
test_summary_sound (void)
{
  g_autoptr(RegimenChecker) checker = check_fixture ("sound.json");
  RegimenCheckSummary summary;
  g_autofree char *text = NULL;

  regimen_check_summary_compute (checker, 0, &summary);

  g_assert_cmpuint (summary.n_errors, ==, 0);
  g_assert_cmpuint (summary.n_warnings, ==, 0);
  g_assert_cmpuint (summary.n_problems, ==, summary.n_notes);
  g_assert_false (regimen_check_summary_hiit_over (&summary));
  g_assert_false (regimen_check_summary_load_over (&summary));
  g_assert_cmpfloat (summary.load, >, 0);
  g_assert_cmpfloat (summary.load, <=, summary.budget);

  text = regimen_check_summary_to_string (&summary);
  if (summary.n_problems == 0)
    g_assert_nonnull (strstr (text, "no problems"));
}

/* A load over the budget is over; a plan with no baseline has no budget
 * and is never over it. */
static void
test_summary_load_over (void)
{
  RegimenCheckSummary summary = { .load = 1600, .budget = 1560 };
  g_autofree char *with_budget = NULL;
  g_autofree char *without = NULL;

  g_assert_true (regimen_check_summary_load_over (&summary));
  with_budget = regimen_check_summary_to_string (&summary);
  g_assert_nonnull (strstr (with_budget, "load 1600 of 1560 AU"));
  g_assert_nonnull (strstr (with_budget, "no problems"));

  summary.budget = 0;
  g_assert_false (regimen_check_summary_load_over (&summary));
  without = regimen_check_summary_to_string (&summary);
  g_assert_nonnull (strstr (without, "load 1600 AU"));
}

/* A week past the plan's end has no figures, but the plan's counts. */
static void
test_summary_week_out_of_range (void)
{
  g_autoptr(RegimenChecker) checker = check_fixture ("too-much-hiit.json");
  RegimenCheckSummary summary;

  regimen_check_summary_compute (checker, 99, &summary);

  g_assert_cmpuint (summary.hiit_sessions, ==, 0);
  g_assert_cmpfloat (summary.load, ==, 0);
  g_assert_cmpuint (summary.n_errors, ==, regimen_checker_count (checker, REGIMEN_SEVERITY_ERROR));
  /* Against the athlete's limit (one, under high life stress), not 0. */
  g_assert_cmpuint (summary.hiit_limit, ==, 1);
}

/* Adv-pass-5 W0: a plan of no weeks shows an empty week 1, whose line
 * says no HIIT against the athlete's limit, not “HIIT 0 of 0”. */
static void
test_summary_plan_of_no_weeks (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "no-weeks.regimen.json");
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, library);
  RegimenCheckSummary summary;
  g_autofree char *line = NULL;

  regimen_check_summary_compute (checker, 0, &summary);
  line = regimen_check_summary_to_string (&summary);
  /* A beginner starts with one interval day a week. */
  g_assert_cmpstr (line, ==, "HIIT 0 of 1 · load 0 AU · no problems");
}

/* The counts in words, as the check panel heads its list with them. */
static void
test_summarize_counts (void)
{
  g_autoptr(RegimenChecker) hiit = check_fixture ("too-much-hiit.json");
  g_autoptr(RegimenChecker) warnings = check_fixture ("warnings-only.json");
  g_autoptr(RegimenPlan) empty = regimen_plan_new ();
  g_autoptr(RegimenChecker) none = regimen_plan_check (empty, library);
  g_autofree char *errors_text = regimen_checker_summarize (hiit);
  g_autofree char *warnings_text = regimen_checker_summarize (warnings);
  g_autofree char *none_text = regimen_checker_summarize (none);
  g_autofree char *expected = NULL;
  guint n_errors = regimen_checker_count (hiit, REGIMEN_SEVERITY_ERROR);
  guint n_warnings = regimen_checker_count (warnings, REGIMEN_SEVERITY_WARNING);

  expected = g_strdup_printf (n_errors == 1 ? "%u error" : "%u errors", n_errors);
  g_assert_true (g_str_has_prefix (errors_text, expected));
  g_clear_pointer (&expected, g_free);

  expected = g_strdup_printf (n_warnings == 1 ? "%u warning" : "%u warnings", n_warnings);
  g_assert_true (g_str_has_prefix (warnings_text, expected));
  g_assert_null (strstr (warnings_text, "error"));

  g_assert_cmpuint (regimen_checker_count (none, REGIMEN_SEVERITY_ERROR) +
                    regimen_checker_count (none, REGIMEN_SEVERITY_WARNING) +
                    regimen_checker_count (none, REGIMEN_SEVERITY_INFO), ==, 0);
  g_assert_cmpstr (none_text, ==, "The plan passes every check");
}

/* The summary of each check fixture, and of a plan whose first error is
 * in its third week, as every diagnostic in order says: the counts of
 * each severity, the worst, and the place of the first error. */
static void
assert_summary_as_diagnostics_say (RegimenChecker *checker)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint counts[REGIMEN_N_SEVERITIES] = { 0 };
  g_autoptr(RegimenDiagnostic) first_error = NULL;
  RegimenCheckSummary summary;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      RegimenSeverity severity = regimen_diagnostic_get_severity (diagnostic);

      counts[severity]++;
      if (severity == REGIMEN_SEVERITY_ERROR && first_error == NULL)
        first_error = g_object_ref (diagnostic);
    }

  regimen_check_summary_compute (checker, 0, &summary);
  g_assert_cmpuint (summary.n_errors, ==, counts[REGIMEN_SEVERITY_ERROR]);
  g_assert_cmpuint (summary.n_warnings, ==, counts[REGIMEN_SEVERITY_WARNING]);
  g_assert_cmpuint (summary.n_notes, ==, counts[REGIMEN_SEVERITY_INFO]);
  g_assert_cmpuint (summary.n_problems, ==, g_list_model_get_n_items (diagnostics));
  if (counts[REGIMEN_SEVERITY_ERROR] > 0)
    g_assert_cmpint (summary.worst, ==, REGIMEN_SEVERITY_ERROR);
  else if (counts[REGIMEN_SEVERITY_WARNING] > 0)
    g_assert_cmpint (summary.worst, ==, REGIMEN_SEVERITY_WARNING);
  else
    g_assert_cmpint (summary.worst, ==, REGIMEN_SEVERITY_INFO);

  g_assert_true (regimen_checker_peek_first (checker, REGIMEN_SEVERITY_ERROR) == first_error);
  if (first_error == NULL)
    {
      g_assert_cmpint (summary.first_error_week, ==, -1);
      return;
    }
  g_assert_cmpint (summary.first_error_week, ==, regimen_diagnostic_get_week (first_error));
  g_assert_cmpint (summary.first_error_day, ==, regimen_diagnostic_get_day (first_error));
  g_assert_cmpint (summary.first_error_session, ==, regimen_diagnostic_get_session (first_error));
}

static void
test_summary_as_diagnostics_say (void)
{
  g_autofree char *dir_path = g_build_filename (FIXTURES_DIR, "check", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir_path, "too-much-hiit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n_fixtures = 0;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *fixture = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) fixture_file = g_file_new_for_path (fixture);
      g_autoptr(RegimenPlan) fixture_plan = regimen_plan_load_from_file (fixture_file, NULL, NULL);
      g_autoptr(RegimenChecker) fixture_checker = NULL;

      /* A fixture the reader refuses has nothing to check. */
      if (fixture_plan == NULL)
        continue;

      fixture_checker = regimen_plan_check (fixture_plan, library);
      assert_summary_as_diagnostics_say (fixture_checker);
      n_fixtures++;
    }
  g_assert_cmpuint (n_fixtures, >, 5);

  /* Two blank weeks before the three HIIT sessions, checked with a cache
   * as the window does: the first error is in the third week, and the
   * weeks before it have none. */
  plan = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  checker = regimen_plan_check_incremental (plan, library, cache);
  g_clear_object (&checker);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RegimenWeek) week = regimen_week_new (NULL);

      g_assert_true (regimen_plan_add_week (plan, 0, week));
    }
  checker = regimen_plan_check_incremental (plan, library, cache);
  assert_summary_as_diagnostics_say (checker);
  g_assert_cmpint (regimen_diagnostic_get_week (regimen_checker_peek_first (checker, REGIMEN_SEVERITY_ERROR)),
                   ==, 2);

  /* Undone, the errors are in the first week again. */
  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_undo (plan));
  g_clear_object (&checker);
  checker = regimen_plan_check_incremental (plan, library, cache);
  assert_summary_as_diagnostics_say (checker);
  g_assert_cmpint (regimen_diagnostic_get_week (regimen_checker_peek_first (checker, REGIMEN_SEVERITY_ERROR)),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "C", TRUE);

  library = regimen_library_get_default ();

  g_test_add_func ("/check-summary/too-much-hiit", test_summary_too_much_hiit);
  g_test_add_func ("/check-summary/warnings-only", test_summary_warnings_only);
  g_test_add_func ("/check-summary/sound", test_summary_sound);
  g_test_add_func ("/check-summary/load-over", test_summary_load_over);
  g_test_add_func ("/check-summary/plan-of-no-weeks", test_summary_plan_of_no_weeks);
  g_test_add_func ("/check-summary/week-out-of-range", test_summary_week_out_of_range);
  g_test_add_func ("/check-summary/summarize-counts", test_summarize_counts);
  g_test_add_func ("/check-summary/as-diagnostics-say", test_summary_as_diagnostics_say);

  return g_test_run ();
}
