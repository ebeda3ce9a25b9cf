/* test-checker.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fixture-util.h"
#include "regimen-checker.h"
#include "regimen-metrics.h"
#include "regimen-plan-reader.h"

/* A week is seven days; each day is NULL (no session) or the JSON of its
 * sessions, comma-separated. */
typedef const char *WeekSpec[REGIMEN_DAYS_PER_WEEK];

#define MODERATE "{\"level\":\"beginner\",\"life_stress\":\"moderate\"}"

#define HIIT_SESSION \
  "{\"title\":\"Intervals\",\"kind\":\"hiit\",\"rpe\":8,\"minutes\":20,\"items\":[" \
  "{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":60,\"rounds\":8}}]}"

#define SQUAT_RPE7 \
  "{\"title\":\"Legs\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":40,\"items\":[" \
  "{\"exercise\":\"narrow-stance-squat\",\"sets\":3,\"reps\":10}]}"

#define SQUAT_RPE6 \
  "{\"title\":\"Legs\",\"kind\":\"strength\",\"rpe\":6,\"minutes\":40,\"items\":[" \
  "{\"exercise\":\"narrow-stance-squat\",\"sets\":3,\"reps\":10}]}"

#define PUSH_RPE7 \
  "{\"title\":\"Upper\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":40,\"items\":[" \
  "{\"exercise\":\"push-up\",\"sets\":3,\"reps\":10}]}"

static RegimenLibrary *library;

static char *
session (const char *kind,
         guint       rpe,
         guint       minutes,
         const char *items)
{
  g_autofree char *minutes_member = NULL;

  /* 0: leave "minutes" out, so the session is estimated from its items. */
  if (minutes > 0)
    minutes_member = g_strdup_printf ("\"minutes\":%u,", minutes);

  return g_strdup_printf ("{\"title\":\"S\",\"kind\":\"%s\",\"rpe\":%u,%s\"items\":[%s]}",
                          kind, rpe, minutes_member != NULL ? minutes_member : "",
                          items != NULL ? items : "");
}

static char *
item_with (const char *exercise,
           const char *tempo,
           double      percent)
{
  return g_strdup_printf ("{\"exercise\":\"%s\",\"sets\":3,\"reps\":5,\"tempo\":\"%s\","
                          "\"load_percent_1rm\":%g}", exercise, tempo, percent);
}

static char *
plan_json (const char     *athlete,
           guint           n_weeks,
           const WeekSpec *weeks)
{
  GString *json = g_string_new ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Test\",");

  if (athlete != NULL)
    g_string_append_printf (json, "\"athlete\":%s,", athlete);

  g_string_append (json, "\"weeks\":[");
  for (guint w = 0; w < n_weeks; w++)
    {
      g_string_append_printf (json, "%s{\"label\":\"Week %u\",\"days\":[", w > 0 ? "," : "", w + 1);
      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        g_string_append_printf (json, "%s{\"sessions\":[%s]}", d > 0 ? "," : "",
                                weeks[w][d] != NULL ? weeks[w][d] : "");
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");

  return g_string_free (json, FALSE);
}

static RegimenPlan *
load_plan (const char     *athlete,
           guint           n_weeks,
           const WeekSpec *weeks)
{
  g_autofree char *json = plan_json (athlete, n_weeks, weeks);
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_data (json, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

static RegimenChecker *
check_weeks (const char     *athlete,
             guint           n_weeks,
             const WeekSpec *weeks)
{
  g_autoptr(RegimenPlan) plan = load_plan (athlete, n_weeks, weeks);

  return regimen_plan_check (plan, library);
}

static RegimenChecker *
check_week (const char     *athlete,
            const WeekSpec  week)
{
  return check_weeks (athlete, 1, (const WeekSpec *) week);
}

static guint
count_rule (RegimenChecker *checker,
            const char     *code)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (regimen_diagnostic_get_rule (diagnostic), code))
        n++;
    }

  return n;
}

/* (transfer full) the first diagnostic of @code */
static RegimenDiagnostic *
find_rule (RegimenChecker *checker,
           const char     *code)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (regimen_diagnostic_get_rule (diagnostic), code))
        return g_steal_pointer (&diagnostic);
    }

  g_error ("no %s diagnostic", code);
  return NULL;
}

static void
assert_location (RegimenDiagnostic *diagnostic,
                 int                week,
                 int                day,
                 int                session_index,
                 int                item)
{
  g_assert_cmpint (regimen_diagnostic_get_week (diagnostic), ==, week);
  g_assert_cmpint (regimen_diagnostic_get_day (diagnostic), ==, day);
  g_assert_cmpint (regimen_diagnostic_get_session (diagnostic), ==, session_index);
  g_assert_cmpint (regimen_diagnostic_get_item (diagnostic), ==, item);
}

static void
assert_message_contains (RegimenDiagnostic *diagnostic,
                         const char        *part)
{
  const char *message = regimen_diagnostic_get_message (diagnostic);

  if (strstr (message, part) == NULL)
    g_error ("“%s” does not contain “%s”", message, part);
}

static void
test_clean_plan (void)
{
  WeekSpec week = { SQUAT_RPE7, NULL, PUSH_RPE7, NULL, HIIT_SESSION, NULL, NULL };
  g_autoptr(RegimenChecker) checker = check_week (MODERATE, week);

  g_assert_cmpuint (g_list_model_get_n_items (regimen_checker_get_diagnostics (checker)), ==, 0);
  g_assert_false (regimen_checker_has_errors (checker));
}

#define INTERMEDIATE "{\"level\":\"intermediate\",\"life_stress\":\"moderate\"}"

/* Over the limit, every HIIT session of the week is marked and each
 * message names them all (#17: not only whichever is counted last). */
static void
test_hiit_freq (void)
{
  WeekSpec three = { HIIT_SESSION, NULL, HIIT_SESSION, NULL, HIIT_SESSION, NULL, NULL };
  WeekSpec two = { HIIT_SESSION, NULL, NULL, HIIT_SESSION, NULL, NULL, NULL };
  g_autoptr(RegimenChecker) over = check_week (INTERMEDIATE, three);
  g_autoptr(RegimenChecker) ok = check_week (INTERMEDIATE, two);
  g_autoptr(RegimenChecker) beginner = check_week (MODERATE, two);
  GListModel *diagnostics = regimen_checker_get_diagnostics (over);
  const int days[] = { 0, 2, 4 };
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (!g_str_equal (regimen_diagnostic_get_rule (diagnostic), "HIIT-FREQ"))
        continue;

      g_assert_cmpint (regimen_diagnostic_get_severity (diagnostic), ==, REGIMEN_SEVERITY_ERROR);
      assert_location (diagnostic, 0, days[n], 0, -1);
      assert_message_contains (diagnostic, "one of 3 HIIT sessions");
      assert_message_contains (diagnostic, "Monday “Intervals”, Wednesday “Intervals”, Friday “Intervals”");
      assert_message_contains (diagnostic, "2 a week is the default limit");
      n++;
    }

  g_assert_cmpuint (n, ==, 3);
  g_assert_true (regimen_checker_has_errors (over));
  g_assert_cmpuint (regimen_checker_count (over, REGIMEN_SEVERITY_ERROR), ==, 3);
  g_assert_cmpuint (regimen_checker_get_week_stats (over, 0)->hiit_sessions, ==, 3);
  g_assert_cmpuint (count_rule (ok, "HIIT-FREQ"), ==, 0);

  /* ACSM: a beginner starts with one interval day a week. */
  g_assert_cmpuint (count_rule (beginner, "HIIT-FREQ"), ==, 2);
  {
    g_autoptr(RegimenDiagnostic) diagnostic = find_rule (beginner, "HIIT-FREQ");

    assert_message_contains (diagnostic, "1 a week is the limit for beginners");
  }
}

static void
test_hiit_freq_high_stress (void)
{
  WeekSpec two = { HIIT_SESSION, NULL, NULL, HIIT_SESSION, NULL, NULL, NULL };
  WeekSpec one = { HIIT_SESSION, NULL, NULL, NULL, NULL, NULL, NULL };
  WeekSpec four = { HIIT_SESSION, NULL, HIIT_SESSION, NULL, HIIT_SESSION, NULL, HIIT_SESSION };
  const char *high = "{\"level\":\"intermediate\",\"life_stress\":\"high\"}";
  const char *high_own = "{\"level\":\"intermediate\",\"life_stress\":\"high\",\"max_hiit_per_week\":4}";
  const char *own_low = "{\"level\":\"advanced\",\"max_hiit_per_week\":1}";
  g_autoptr(RegimenChecker) over = check_week (high, two);
  g_autoptr(RegimenChecker) ok = check_week (high, one);
  g_autoptr(RegimenChecker) own = check_week (high_own, four);
  g_autoptr(RegimenChecker) strict = check_week (own_low, two);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (over, "HIIT-FREQ");
  g_autoptr(RegimenDiagnostic) accepted = find_rule (own, "HIIT-FREQ");

  g_assert_cmpuint (regimen_checker_get_thresholds (over)->hiit_limit, ==, 1);
  g_assert_cmpuint (regimen_checker_get_week_stats (over, 0)->hiit_limit, ==, 1);
  g_assert_cmpuint (count_rule (over, "HIIT-FREQ"), ==, 2);
  assert_location (diagnostic, 0, 0, 0, -1);
  assert_message_contains (diagnostic, "life stress is high");

  g_assert_cmpuint (count_rule (ok, "HIIT-FREQ"), ==, 0);

  /* The athlete's own limit of 4 under high stress: accepted, but named. */
  g_assert_cmpuint (count_rule (own, "HIIT-FREQ"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (accepted), ==, REGIMEN_SEVERITY_WARNING);
  assert_location (accepted, 0, -1, -1, -1);
  assert_message_contains (accepted, "own limit of 4");
  assert_message_contains (accepted, "usual 1");
  g_assert_false (regimen_checker_has_errors (own));

  /* An own limit below the usual one is the planner's choice too. */
  g_assert_cmpuint (count_rule (strict, "HIIT-FREQ"), ==, 2);
}

/* HIIT by content: hard intervals with incomplete rest make a session HIIT
 * whatever its kind; long rests (maximal sprints) and easy sessions do not. */
static void
test_hiit_by_content (void)
{
  const char *high = "{\"level\":\"intermediate\",\"life_stress\":\"high\"}";
  g_autofree char *strength_intervals = session ("strength", 9, 30,
    "{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":40,\"rest_seconds\":20,\"rounds\":10}}");
  g_autofree char *cardio_repeats = session ("cardio", 9, 30,
    "{\"exercise\":\"sprint\",\"sets\":8,\"hold_seconds\":20,\"rest_seconds\":60}");
  g_autofree char *max_sprints = session ("skill", 8, 40,
    "{\"exercise\":\"sprint\",\"interval\":{\"work_seconds\":10,\"rest_seconds\":180,\"rounds\":6}}");
  g_autofree char *easy_intervals = session ("cardio", 5, 30,
    "{\"exercise\":\"easy-run\",\"interval\":{\"work_seconds\":60,\"rest_seconds\":60,\"rounds\":10}}");
  WeekSpec disguised = { strength_intervals, NULL, cardio_repeats, NULL, strength_intervals, NULL, HIIT_SESSION };
  WeekSpec sound = { max_sprints, NULL, easy_intervals, NULL, HIIT_SESSION };
  g_autoptr(RegimenChecker) bad = check_week (high, disguised);
  g_autoptr(RegimenChecker) ok = check_week (high, sound);

  g_assert_cmpuint (regimen_checker_get_week_stats (bad, 0)->hiit_sessions, ==, 4);
  g_assert_cmpuint (count_rule (bad, "HIIT-FREQ"), ==, 4);
  g_assert_cmpuint (regimen_checker_get_week_stats (ok, 0)->hiit_sessions, ==, 1);
  g_assert_cmpuint (count_rule (ok, "HIIT-FREQ"), ==, 0);
}

static void
test_hiit_spacing (void)
{
  WeekSpec consecutive = { HIIT_SESSION, HIIT_SESSION, NULL, NULL, NULL, NULL, NULL };
  WeekSpec spaced = { HIIT_SESSION, NULL, HIIT_SESSION, NULL, NULL, NULL, NULL };
  WeekSpec across[2] = {
    { NULL, NULL, NULL, HIIT_SESSION, NULL, NULL, HIIT_SESSION },
    { HIIT_SESSION, NULL, NULL, NULL, NULL, NULL, NULL },
  };
  g_autoptr(RegimenChecker) bad = check_week (MODERATE, consecutive);
  g_autoptr(RegimenChecker) ok = check_week (MODERATE, spaced);
  g_autoptr(RegimenChecker) weeks = check_weeks (MODERATE, 2, across);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "HIIT-SPACING");
  g_autoptr(RegimenDiagnostic) across_diagnostic = find_rule (weeks, "HIIT-SPACING");

  g_assert_cmpuint (count_rule (bad, "HIIT-SPACING"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (diagnostic), ==, REGIMEN_SEVERITY_WARNING);
  assert_location (diagnostic, 0, 1, 0, -1);
  assert_message_contains (diagnostic, "Monday");
  g_assert_cmpuint (count_rule (ok, "HIIT-SPACING"), ==, 0);

  g_assert_cmpuint (count_rule (weeks, "HIIT-SPACING"), ==, 1);
  assert_location (across_diagnostic, 1, 0, 0, -1);
  assert_message_contains (across_diagnostic, "Sunday");
}

static void
test_hiit_ratio (void)
{
  const char *intermediate = "{\"level\":\"intermediate\"}";
  g_autofree char *even = session ("strength", 8, 20,
    "{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":30,\"rounds\":6}}");
  g_autofree char *double_rest = session ("strength", 8, 20,
    "{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":60,\"rounds\":6}}");
  g_autofree char *dense = session ("strength", 8, 20,
    "{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":20,\"rounds\":6}}");
  WeekSpec even_week = { even };
  WeekSpec double_week = { double_rest };
  WeekSpec dense_week = { dense };
  g_autoptr(RegimenChecker) beginner_even = check_week (MODERATE, even_week);
  g_autoptr(RegimenChecker) beginner_double = check_week (MODERATE, double_week);
  g_autoptr(RegimenChecker) intermediate_even = check_week (intermediate, even_week);
  g_autoptr(RegimenChecker) intermediate_dense = check_week (intermediate, dense_week);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (beginner_even, "HIIT-RATIO");

  g_assert_cmpuint (count_rule (beginner_even, "HIIT-RATIO"), ==, 1);
  assert_location (diagnostic, 0, 0, 0, 0);
  assert_message_contains (diagnostic, "Burpee");
  assert_message_contains (diagnostic, "60 s");
  g_assert_cmpuint (count_rule (beginner_double, "HIIT-RATIO"), ==, 0);
  g_assert_cmpuint (count_rule (intermediate_even, "HIIT-RATIO"), ==, 0);
  g_assert_cmpuint (count_rule (intermediate_dense, "HIIT-RATIO"), ==, 1);

  /* Easy intervals (RPE 5, not HIIT) may rest less: a runner's tempo
   * repeats are not the seed's HIIT. */
  {
    g_autofree char *easy = session ("cardio", 5, 20,
      "{\"exercise\":\"easy-run\",\"interval\":{\"work_seconds\":300,\"rest_seconds\":120,\"rounds\":4}}");
    WeekSpec easy_week = { easy };
    g_autoptr(RegimenChecker) easy_check = check_week (MODERATE, easy_week);

    g_assert_cmpuint (count_rule (easy_check, "HIIT-RATIO"), ==, 0);
  }
}

static RegimenChecker *
check_plan_lighter (const char     *athlete,
                    guint           n_weeks,
                    const WeekSpec *weeks,
                    int             lighter_week)
{
  g_autoptr(RegimenPlan) plan = load_plan (athlete, n_weeks, weeks);

  if (lighter_week >= 0)
    regimen_week_set_lighter (regimen_plan_get_week (plan, lighter_week), TRUE);

  return regimen_plan_check (plan, library);
}

/* LOAD-BUDGET: an error only above 1.5 × both the chronic load and the
 * baseline (1.4 × under high life stress), on the day the week passes it. */
static void
test_load_budget (void)
{
  const char *baseline = "{\"level\":\"intermediate\",\"baseline_weekly_load\":1000}";
  const char *baseline_high = "{\"level\":\"intermediate\",\"baseline_weekly_load\":1000,\"life_stress\":\"high\"}";
  g_autofree char *s100 = session ("strength", 5, 100, NULL);
  g_autofree char *s2 = session ("mobility", 5, 2, NULL);
  /* 500 + 500 + 500 = 1500 AU: exactly 1.5 × 1000 */
  WeekSpec at = { s100, NULL, s100, NULL, s100, NULL, NULL };
  /* 1510 AU, the last 10 on Sunday */
  WeekSpec over = { s100, NULL, s100, NULL, s100, NULL, s2 };
  g_autoptr(RegimenChecker) ok = check_week (baseline, at);
  g_autoptr(RegimenChecker) bad = check_week (baseline, over);
  g_autoptr(RegimenChecker) high = check_week (baseline_high, at);
  g_autoptr(RegimenChecker) no_baseline = check_week (INTERMEDIATE, over);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "LOAD-BUDGET");
  g_autoptr(RegimenDiagnostic) high_diagnostic = find_rule (high, "LOAD-BUDGET");
  const RegimenWeekStats *stats = regimen_checker_get_week_stats (bad, 0);

  g_assert_cmpfloat_with_epsilon (stats->chronic, 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->budget, 1300, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->load, 1510, 1e-9);

  g_assert_cmpuint (count_rule (ok, "LOAD-BUDGET"), ==, 0);
  g_assert_cmpint (regimen_diagnostic_get_severity (diagnostic), ==, REGIMEN_SEVERITY_ERROR);
  /* The running total passes 1500 only on Sunday (#22). */
  assert_location (diagnostic, 0, 6, -1, -1);
  assert_message_contains (diagnostic, "1510 AU in the 7 days up to this day");
  assert_message_contains (diagnostic, "1.5 × both the chronic load of 1000 AU a week before them and the baseline of 1000 AU, "
                                       "and more than 300 AU above the larger, here more than 1500 AU");
  /* The error stands alone, without a second warning for the same week. */
  g_assert_cmpuint (count_rule (bad, "LOAD-ACWR"), ==, 0);

  /* 1000 × 1.4 = 1400: Friday's running total of 1500 passes it. */
  assert_location (high_diagnostic, 0, 4, -1, -1);
  assert_message_contains (high_diagnostic, "1.4 ×");
  assert_message_contains (high_diagnostic, "1500 AU from the plan’s start to this day");

  /* Without a baseline there is no history to be far beyond. */
  g_assert_cmpuint (count_rule (no_baseline, "LOAD-BUDGET"), ==, 0);
}

/* LOAD-BUDGET's two comparisons (#22): the chronic load differs from the
 * baseline once an earlier plan week is not at the baseline. Baseline
 * 1000 AU; the chronic load is the 28-day EWMA, so the test reads its
 * value from the week's figures and checks on which side of it each
 * rolling 7-day window lies. */
static void
test_load_budget_edges (void)
{
  const char *baseline = "{\"level\":\"intermediate\",\"baseline_weekly_load\":1000}";
  g_autofree char *s100 = session ("strength", 5, 100, NULL);    /* 500 AU */
  g_autofree char *s120 = session ("strength", 5, 120, NULL);    /* 600 AU */
  g_autofree char *s140 = session ("strength", 5, 140, NULL);    /* 700 AU */
  g_autofree char *s160 = session ("strength", 5, 160, NULL);    /* 800 AU */
  /* Week 1 600 AU pulls the chronic load below the baseline (about 880 AU
   * on Friday, 842 AU on Sunday). Week 2 1500 AU = 1.5 × the baseline
   * exactly, beyond 1.5 × the chronic load: only one exceeded, no error. */
  WeekSpec baseline_edge[2] = {
    { s120, NULL, NULL, NULL, NULL, NULL, NULL },
    { s100, NULL, s100, NULL, s100, NULL, NULL },
  };
  /* Week 1 1400 AU lifts the chronic load above the baseline (about 1120
   * AU on Friday, 1158 AU on Sunday: 1.5 × is 1680 and 1737). Week 2
   * 1600 AU: beyond the baseline's 1500, under the chronic load's limit in
   * every window: only one exceeded, no error. */
  WeekSpec between[2] = {
    { s140, NULL, s140, NULL, NULL, NULL, NULL },
    { s100, NULL, s100, NULL, s120, NULL, NULL },
  };
  /* Week 2 1800 AU: the 7 days up to Friday pass both: the error. */
  WeekSpec above[2] = {
    { s140, NULL, s140, NULL, NULL, NULL, NULL },
    { s100, NULL, s100, NULL, s160, NULL, NULL },
  };
  g_autoptr(RegimenChecker) at_baseline = check_weeks (baseline, 2, baseline_edge);
  g_autoptr(RegimenChecker) one_exceeded = check_weeks (baseline, 2, between);
  g_autoptr(RegimenChecker) both_exceeded = check_weeks (baseline, 2, above);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (both_exceeded, "LOAD-BUDGET");
  const RegimenWeekStats *low = regimen_checker_get_week_stats (at_baseline, 1);
  const RegimenWeekStats *high = regimen_checker_get_week_stats (one_exceeded, 1);

  g_assert_cmpfloat_with_epsilon (low->load, 1500, 1e-9);
  for (guint day = 0; day < 7; day++)
    g_assert_cmpfloat (1.5 * low->daily_chronic[day], <, 1500);
  g_assert_cmpfloat_with_epsilon (low->daily_acute[4], 1500, 1e-9);
  g_assert_cmpfloat_with_epsilon (high->load, 1600, 1e-9);
  for (guint day = 0; day < 7; day++)
    {
      g_assert_cmpfloat (high->daily_chronic[day], >, 1000);
      g_assert_cmpfloat (1.5 * high->daily_chronic[day], >, high->daily_acute[day]);
    }
  g_assert_cmpfloat (1.5 * regimen_checker_get_week_stats (both_exceeded, 1)->daily_chronic[4], <, 1800);

  g_assert_cmpuint (count_rule (at_baseline, "LOAD-BUDGET"), ==, 0);
  g_assert_cmpuint (count_rule (one_exceeded, "LOAD-BUDGET"), ==, 0);
  g_assert_cmpuint (count_rule (both_exceeded, "LOAD-BUDGET"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (diagnostic), ==, REGIMEN_SEVERITY_ERROR);
  /* The first 7-day window beyond both ends on Friday. */
  assert_location (diagnostic, 1, 4, -1, -1);
  assert_message_contains (diagnostic, "1800 AU in the 7 days up to this day");
}

/* LOAD-ACWR: the plan week against the chronic load before it. */
static void
test_load_acwr (void)
{
  const char *baseline = "{\"level\":\"intermediate\",\"baseline_weekly_load\":1000}";
  g_autofree char *s100 = session ("strength", 5, 100, NULL);
  g_autofree char *s60 = session ("strength", 5, 60, NULL);
  g_autofree char *s40 = session ("strength", 5, 40, NULL);
  g_autofree char *s38 = session ("strength", 5, 38, NULL);
  g_autofree char *s2 = session ("mobility", 5, 2, NULL);
  /* 1300 AU: exactly 1.3 × 1000; 1310 AU */
  WeekSpec at = { s100, NULL, s100, NULL, s60 };
  WeekSpec over = { s100, NULL, s100, NULL, s60, NULL, s2 };
  /* 700 AU: exactly 0.7 × 1000; 690 AU */
  WeekSpec drop_at = { s100, NULL, s40 };
  WeekSpec drop = { s100, NULL, s38 };
  g_autoptr(RegimenChecker) ok = check_week (baseline, at);
  g_autoptr(RegimenChecker) bad = check_week (baseline, over);
  g_autoptr(RegimenChecker) drop_ok = check_week (baseline, drop_at);
  g_autoptr(RegimenChecker) dropped = check_week (baseline, drop);
  g_autoptr(RegimenChecker) planned = check_plan_lighter (baseline, 1, (const WeekSpec *) drop, 0);
  g_autoptr(RegimenDiagnostic) warning = find_rule (bad, "LOAD-ACWR");
  g_autoptr(RegimenDiagnostic) info = find_rule (dropped, "LOAD-ACWR");

  g_assert_cmpuint (count_rule (ok, "LOAD-ACWR"), ==, 0);
  g_assert_cmpuint (count_rule (bad, "LOAD-ACWR"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (warning), ==, REGIMEN_SEVERITY_WARNING);
  assert_location (warning, 0, 6, -1, -1);
  assert_message_contains (warning, "1310 AU in the 7 days up to this day");
  assert_message_contains (warning, "310 AU more than the chronic load of 1000 AU a week before them (ratio 1.31)");
  assert_message_contains (warning, "more than 1.30 × that and more than 150 AU above it, here more than 1300 AU");

  g_assert_cmpuint (count_rule (drop_ok, "LOAD-ACWR"), ==, 0);
  g_assert_cmpint (regimen_diagnostic_get_severity (info), ==, REGIMEN_SEVERITY_INFO);
  assert_location (info, 0, -1, -1, -1);
  assert_message_contains (info, "mark it as lighter");
  /* A planned lighter week is not a drop to report. */
  g_assert_cmpuint (count_rule (planned, "LOAD-ACWR"), ==, 0);
  g_assert_true (regimen_checker_get_week_stats (planned, 0)->lighter);
}

/* The chronic load holds through a planned lighter week: the week after
 * it is compared with the load before it, not with one the deload pulled
 * down (#15: the week after each lighter week warned). */
static void
test_load_after_lighter (void)
{
  const char *baseline = "{\"level\":\"intermediate\",\"baseline_weekly_load\":1000}";
  g_autofree char *s100 = session ("strength", 5, 100, NULL);    /* 500 AU */
  g_autofree char *s50 = session ("strength", 5, 50, NULL);      /* 250 AU */
  g_autofree char *s125 = session ("strength", 5, 125, NULL);    /* 625 AU */
  /* 1000 AU, a lighter 500 AU, then 1250 AU. */
  WeekSpec weeks[3] = {
    { s100, NULL, NULL, s100 },
    { s50, NULL, NULL, s50 },
    { s125, NULL, NULL, s125 },
  };
  g_autoptr(RegimenChecker) marked = check_plan_lighter (baseline, 3, weeks, 1);
  g_autoptr(RegimenChecker) unmarked = check_plan_lighter (baseline, 3, weeks, -1);
  const RegimenWeekStats *after = regimen_checker_get_week_stats (marked, 2);

  /* Steady at the baseline, then held: exactly 1000. */
  g_assert_cmpfloat (after->chronic, ==, 1000);
  g_assert_cmpfloat_with_epsilon (after->acwr, 1.25, 1e-9);
  g_assert_cmpuint (count_rule (marked, "LOAD-ACWR"), ==, 0);
  /* Unmarked, the 500 AU week pulls the chronic load to about 803 AU, the
   * 1250 AU week reads 1.56: a jump, and the drop note before it. */
  g_assert_cmpfloat (regimen_checker_get_week_stats (unmarked, 2)->chronic, <, 810);
  g_assert_cmpuint (count_rule (unmarked, "LOAD-ACWR"), ==, 2);
}

/* The false alarms of #15: a progressive block and a steady weekly run. */
static void
test_load_progressions (void)
{
  /* 3 weeks up by 150 AU, then a lighter week, from a baseline of 1500. */
  const double block[12] = { 1500, 1650, 1800, 1100, 1650, 1800, 1950, 1200, 1800, 1950, 2100, 1300 };
  const char *trained = "{\"level\":\"intermediate\",\"baseline_weekly_load\":1500}";
  /* A beginner adding 10 % a week from 600 AU. */
  const char *beginner = "{\"level\":\"beginner\",\"baseline_weekly_load\":600}";
  g_autofree WeekSpec *block_weeks = g_new0 (WeekSpec, 12);
  g_autofree WeekSpec *build_weeks = g_new0 (WeekSpec, 8);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(RegimenPlan) block_plan = NULL;
  g_autoptr(RegimenChecker) block_check = NULL;
  g_autoptr(RegimenChecker) build_check = NULL;
  g_autoptr(RegimenChecker) run_check = NULL;
  g_autofree char *run = session ("cardio", 7, 90, NULL);
  WeekSpec run_weeks[8] = { { run }, { run }, { run }, { run }, { run }, { run }, { run }, { run } };
  double load = 660;

  for (guint w = 0; w < 12; w++)
    {
      /* Two equal sessions of RPE 5. */
      char *half = session ("strength", 5, (guint) (block[w] / 10), NULL);

      g_ptr_array_add (texts, half);
      block_weeks[w][0] = half;
      block_weeks[w][3] = half;
    }
  block_plan = load_plan (trained, 12, block_weeks);
  for (guint w = 3; w < 12; w += 4)
    regimen_week_set_lighter (regimen_plan_get_week (block_plan, w), TRUE);
  block_check = regimen_plan_check (block_plan, library);

  for (guint w = 0; w < 8; w++, load *= 1.1)
    {
      char *third = session ("strength", 5, (guint) round (load / 15), NULL);

      g_ptr_array_add (texts, third);
      build_weeks[w][0] = third;
      build_weeks[w][2] = third;
      build_weeks[w][4] = third;
    }
  build_check = check_weeks (beginner, 8, build_weeks);
  run_check = check_weeks (INTERMEDIATE, 8, run_weeks);

  g_assert_cmpuint (count_rule (block_check, "LOAD-BUDGET"), ==, 0);
  g_assert_cmpuint (count_rule (block_check, "LOAD-ACWR"), ==, 0);
  g_assert_cmpuint (count_rule (block_check, "DELOAD"), ==, 0);
  g_assert_false (regimen_checker_has_errors (block_check));
  g_assert_cmpuint (count_rule (build_check, "LOAD-BUDGET"), ==, 0);
  g_assert_cmpuint (count_rule (build_check, "LOAD-ACWR"), ==, 0);
  g_assert_cmpuint (count_rule (run_check, "LOAD-ACWR"), ==, 0);
}

/* DELOAD: the 6th hard week in a row without a lighter one. */
static void
test_deload (void)
{
  const char *baseline = "{\"level\":\"intermediate\",\"baseline_weekly_load\":504}";
  /* Two hard days a week (RPE 7), 504 AU; or one hard and one easy day. */
  g_autofree char *s50 = session ("strength", 7, 36, NULL);
  g_autofree char *easy = session ("strength", 6, 42, NULL);
  WeekSpec weeks[7] = { { s50, s50 }, { s50, s50 }, { s50, s50 }, { s50, s50 }, { s50, s50 },
                        { s50, s50 }, { s50, s50 } };
  WeekSpec one_hard[6] = { { s50, easy }, { s50, easy }, { s50, easy }, { s50, easy }, { s50, easy },
                           { s50, easy } };
  g_autoptr(RegimenChecker) single = check_weeks (baseline, 6, one_hard);
  g_autoptr(RegimenChecker) five = check_weeks (baseline, 5, weeks);
  g_autoptr(RegimenChecker) six = check_weeks (baseline, 6, weeks);
  g_autoptr(RegimenChecker) broken = check_plan_lighter (baseline, 7, weeks, 3);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (six, "DELOAD");

  g_assert_cmpuint (count_rule (five, "DELOAD"), ==, 0);
  g_assert_cmpuint (count_rule (six, "DELOAD"), ==, 1);
  assert_location (diagnostic, 5, -1, -1, -1);
  assert_message_contains (diagnostic, "6 hard weeks in a row");
  g_assert_cmpuint (count_rule (broken, "DELOAD"), ==, 0);
  g_assert_cmpuint (count_rule (single, "DELOAD"), ==, 0);
}

static void
test_monotony (void)
{
  g_autofree char *m1 = session ("mobility", 5, 1, NULL);
  g_autofree char *m2 = session ("mobility", 5, 2, NULL);
  g_autofree char *m3 = session ("mobility", 5, 3, NULL);
  g_autofree char *m4 = session ("mobility", 5, 4, NULL);
  g_autofree char *m5 = session ("mobility", 5, 5, NULL);
  g_autofree char *m7 = session ("mobility", 5, 7, NULL);
  /* Loads [0,20,10,10,10,10,10] and [5,15,20,20,20,25,35] */
  WeekSpec foster_a = { NULL, m4, m2, m2, m2, m2, m2 };
  WeekSpec foster_b = { m1, m3, m4, m4, m4, m5, m7 };
  WeekSpec varied = { NULL, m4, NULL, m4, NULL, m4, NULL };
  g_autoptr(RegimenChecker) a = check_week (MODERATE, foster_a);
  g_autoptr(RegimenChecker) b = check_week (MODERATE, foster_b);
  g_autoptr(RegimenChecker) ok = check_week (MODERATE, varied);
  g_autoptr(RegimenDiagnostic) info = find_rule (a, "MONOTONY");
  g_autoptr(RegimenDiagnostic) warning = find_rule (b, "MONOTONY");

  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (a, 0)->monotony, 1.871, 5e-4);
  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (a, 0)->strain, 130.96, 5e-3);
  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (b, 0)->monotony, 2.366, 5e-4);

  g_assert_cmpint (regimen_diagnostic_get_severity (info), ==, REGIMEN_SEVERITY_INFO);
  assert_location (info, 0, -1, -1, -1);
  g_assert_cmpint (regimen_diagnostic_get_severity (warning), ==, REGIMEN_SEVERITY_WARNING);
  assert_message_contains (warning, "2.37");
  g_assert_cmpuint (count_rule (ok, "MONOTONY"), ==, 0);
}

static void
test_strain (void)
{
  const char *high = "{\"life_stress\":\"high\"}";
  g_autofree char *s10 = session ("mobility", 5, 10, NULL);
  g_autofree char *s15 = session ("mobility", 5, 15, NULL);
  g_autofree char *s20 = session ("mobility", 5, 20, NULL);
  /* Flat weeks: monotony 10, so strain = 10 × the weekly load. */
  WeekSpec low = { s10, s10, s10, s10, s10, s10, s10 };
  WeekSpec middle = { s15, s15, s15, s15, s15, s15, s15 };
  WeekSpec heavy = { s20, s20, s20, s20, s20, s20, s20 };
  g_autoptr(RegimenChecker) ok = check_week (MODERATE, low);
  g_autoptr(RegimenChecker) bad = check_week (MODERATE, heavy);
  g_autoptr(RegimenChecker) middle_moderate = check_week (MODERATE, middle);
  g_autoptr(RegimenChecker) middle_high = check_week (high, middle);

  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (bad, 0)->strain, 7000, 1e-6);
  g_assert_cmpuint (count_rule (bad, "STRAIN"), ==, 1);
  g_assert_cmpuint (count_rule (ok, "STRAIN"), ==, 0);
  /* 5250 AU: fine normally, too much under high life stress (4800). */
  g_assert_cmpuint (count_rule (middle_moderate, "STRAIN"), ==, 0);
  g_assert_cmpuint (count_rule (middle_high, "STRAIN"), ==, 1);
  /* Every flat week is monotonous. */
  g_assert_cmpuint (count_rule (ok, "MONOTONY"), ==, 1);
}

/* #22: weeks whose monotony and strain sit exactly on a threshold (must
 * not fire) and just above it (must fire). Loads are RPE × minutes; the
 * figures are exact in binary, so the edge is the edge. */
static void
test_monotony_strain_edges (void)
{
  const guint on_info[] = { 0, 4, 8, 12, 16, 20, 24 };
  const guint above_info[] = { 0, 4, 8, 12, 16, 20, 23 };
  const guint on_warning[] = { 4, 8, 12, 16, 20, 24, 28 };
  const guint above_warning[] = { 4, 8, 12, 16, 20, 24, 27 };
  const guint on_strain[] = { 0, 0, 100, 125, 125, 145, 205 };
  const guint above_strain[] = { 0, 0, 100, 126, 125, 145, 205 };
  const struct {
    const guint *minutes;
    guint rpe;
    double monotony;
    double strain;
    guint n_info;
    guint n_warning;
    guint n_strain;
  } cases[] = {
    /* RPE 5: loads 0,20,…,120 AU; mean 60, deviations 0,±20,±40,±60,
     * variance (2 × 3600 + 2 × 1600 + 2 × 400) / 7 = 1600, sd 40,
     * monotony 60 / 40 = 1.5: on the info edge, no finding. */
    { on_info, 5, 1.5, 420 * 1.5, 0, 0, 0 },
    /* The last day 115 AU: mean 415 / 7, monotony ≈ 1.522: info. */
    { above_info, 5, 1.5219753, 415 * 1.5219753, 1, 0, 0 },
    /* Loads 20,40,…,140 AU: mean 80, sd 40, monotony 2.0: info, not yet
     * a warning. */
    { on_warning, 5, 2.0, 560 * 2.0, 1, 0, 0 },
    /* The last day 135 AU: monotony ≈ 2.035: a warning. */
    { above_warning, 5, 2.0354128, 555 * 2.0354128, 0, 1, 0 },
    /* RPE 6: loads 0,0,600,750,750,870,1230 AU = 4200; mean 600,
     * deviations −600,−600,0,150,150,270,630, squares sum 1234800,
     * variance 176400, sd 420, monotony 600 / 420 = 10 / 7, strain
     * 4200 × 10 / 7 = 6000 AU: on the edge, no finding. */
    { on_strain, 6, 10.0 / 7, 6000, 0, 0, 0 },
    /* One day 6 AU more (756): strain ≈ 6012.7 AU: a warning. */
    { above_strain, 6, 1.4295528, 6012.6992, 0, 0, 1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      char *days[REGIMEN_DAYS_PER_WEEK] = { NULL };
      WeekSpec week = { NULL };
      g_autoptr(RegimenChecker) checker = NULL;
      const RegimenWeekStats *stats;
      guint n_info = 0;
      guint n_warning = 0;
      GListModel *diagnostics;

      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        if (cases[c].minutes[d] > 0)
          week[d] = days[d] = session ("cardio", cases[c].rpe, cases[c].minutes[d], NULL);

      checker = check_week (MODERATE, week);
      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        g_free (days[d]);
      stats = regimen_checker_get_week_stats (checker, 0);
      g_assert_cmpfloat_with_epsilon (stats->monotony, cases[c].monotony, 1e-6);
      g_assert_cmpfloat_with_epsilon (stats->strain, cases[c].strain, 1e-3);

      diagnostics = regimen_checker_get_diagnostics (checker);
      for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
        {
          g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

          if (!g_str_equal (regimen_diagnostic_get_rule (diagnostic), "MONOTONY"))
            continue;
          if (regimen_diagnostic_get_severity (diagnostic) == REGIMEN_SEVERITY_WARNING)
            n_warning++;
          else
            n_info++;
        }

      g_assert_cmpuint (n_info, ==, cases[c].n_info);
      g_assert_cmpuint (n_warning, ==, cases[c].n_warning);
      g_assert_cmpuint (count_rule (checker, "STRAIN"), ==, cases[c].n_strain);
    }
}

static void
test_rest_day (void)
{
  g_autofree char *hard = session ("mobility", 7, 30, NULL);
  g_autofree char *easy = session ("mobility", 5, 30, NULL);
  g_autofree char *easy_hiit = session ("hiit", 5, 20, NULL);
  WeekSpec every_day = { hard, hard, hard, hard, hard, hard, hard };
  WeekSpec sunday_easy = { hard, hard, hard, hard, hard, hard, easy };
  WeekSpec sunday_hiit = { hard, hard, hard, hard, hard, hard, easy_hiit };
  g_autoptr(RegimenChecker) bad = check_week (MODERATE, every_day);
  g_autoptr(RegimenChecker) ok = check_week (MODERATE, sunday_easy);
  g_autoptr(RegimenChecker) hiit = check_week (MODERATE, sunday_hiit);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "REST-DAY");

  assert_location (diagnostic, 0, -1, -1, -1);
  g_assert_cmpuint (regimen_checker_get_week_stats (bad, 0)->hard_days, ==, 7);
  g_assert_cmpuint (count_rule (ok, "REST-DAY"), ==, 0);
  g_assert_cmpuint (regimen_checker_get_week_stats (ok, 0)->hard_days, ==, 6);
  /* A HIIT session is hard whatever its RPE. */
  g_assert_cmpuint (count_rule (hiit, "REST-DAY"), ==, 1);
}

static void
test_muscle_recovery (void)
{
  const char *intermediate = "{\"level\":\"intermediate\"}";
  WeekSpec consecutive = { SQUAT_RPE7, SQUAT_RPE7 };
  WeekSpec spaced = { SQUAT_RPE7, NULL, SQUAT_RPE7 };
  WeekSpec other_muscles = { SQUAT_RPE7, PUSH_RPE7 };
  WeekSpec second_easy = { SQUAT_RPE7, SQUAT_RPE6 };
  g_autoptr(RegimenChecker) beginner = check_week (MODERATE, consecutive);
  g_autoptr(RegimenChecker) advanced = check_week (intermediate, consecutive);
  g_autoptr(RegimenChecker) ok_spaced = check_week (MODERATE, spaced);
  g_autoptr(RegimenChecker) ok_other = check_week (MODERATE, other_muscles);
  g_autoptr(RegimenChecker) ok_easy = check_week (MODERATE, second_easy);
  g_autoptr(RegimenDiagnostic) error = find_rule (beginner, "MUSCLE-RECOVERY");
  g_autoptr(RegimenDiagnostic) warning = find_rule (advanced, "MUSCLE-RECOVERY");

  g_assert_cmpuint (count_rule (beginner, "MUSCLE-RECOVERY"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (error), ==, REGIMEN_SEVERITY_ERROR);
  assert_location (error, 0, 1, 0, -1);
  assert_message_contains (error, "Quadriceps");
  assert_message_contains (error, "Glutes");
  assert_message_contains (error, "Monday");
  g_assert_cmpint (regimen_diagnostic_get_severity (warning), ==, REGIMEN_SEVERITY_WARNING);

  g_assert_cmpuint (count_rule (ok_spaced, "MUSCLE-RECOVERY"), ==, 0);
  g_assert_cmpuint (count_rule (ok_other, "MUSCLE-RECOVERY"), ==, 0);
  g_assert_cmpuint (count_rule (ok_easy, "MUSCLE-RECOVERY"), ==, 0);
}

static void
test_speed_load (void)
{
  g_autofree char *heavy_pause_item = item_with ("pause-split-squat", "3310", 70);
  g_autofree char *light_pause_item = item_with ("pause-split-squat", "3310", 60);
  g_autofree char *heavy_plain_item = item_with ("pause-split-squat", "3010", 70);
  g_autofree char *heavy_explosive_item = item_with ("barbell-back-squat", "20X0", 75);
  g_autofree char *heavy_pause = session ("strength", 6, 40, heavy_pause_item);
  g_autofree char *light_pause = session ("strength", 6, 40, light_pause_item);
  g_autofree char *heavy_plain = session ("strength", 6, 40, heavy_plain_item);
  g_autofree char *heavy_explosive = session ("strength", 6, 40, heavy_explosive_item);
  WeekSpec bad_week = { NULL, NULL, heavy_pause };
  WeekSpec light_week = { NULL, NULL, light_pause };
  WeekSpec plain_week = { NULL, NULL, heavy_plain };
  WeekSpec explosive_week = { heavy_explosive };
  g_autoptr(RegimenChecker) bad = check_week (MODERATE, bad_week);
  g_autoptr(RegimenChecker) light = check_week (MODERATE, light_week);
  g_autoptr(RegimenChecker) plain = check_week (MODERATE, plain_week);
  g_autoptr(RegimenChecker) explosive = check_week (MODERATE, explosive_week);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "SPEED-LOAD");

  g_assert_cmpuint (count_rule (bad, "SPEED-LOAD"), ==, 1);
  assert_location (diagnostic, 0, 2, 0, 0);
  assert_message_contains (diagnostic, "Week 1, Wednesday");
  assert_message_contains (diagnostic, "tempo 3-3-1-0 at");
  assert_message_contains (diagnostic, "70 %");
  g_assert_cmpuint (count_rule (light, "SPEED-LOAD"), ==, 0);
  g_assert_cmpuint (count_rule (plain, "SPEED-LOAD"), ==, 0);
  /* 20X0 is lifting with intent: ordinary strength work at 75 % (#15). */
  g_assert_cmpuint (count_rule (explosive, "SPEED-LOAD"), ==, 0);
}

/* Two sessions of one day with a finding each: each message names its own
 * session, though the check formats a place once for the findings that
 * follow one another there. */
static void
test_place_per_session (void)
{
  g_autofree char *item = item_with ("pause-split-squat", "3310", 70);
  g_autofree char *sessions =
    g_strdup_printf ("{\"title\":\"Morning legs\",\"kind\":\"strength\",\"rpe\":6,\"minutes\":40,\"items\":[%s]},"
                     "{\"title\":\"Evening legs\",\"kind\":\"strength\",\"rpe\":6,\"minutes\":40,\"items\":[%s]}",
                     item, item);
  WeekSpec week = { NULL, NULL, sessions };
  g_autoptr(RegimenChecker) checker = check_week (MODERATE, week);
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (!g_str_equal (regimen_diagnostic_get_rule (diagnostic), "SPEED-LOAD"))
        continue;
      assert_message_contains (diagnostic, regimen_diagnostic_get_session (diagnostic) == 0
                                           ? "“Morning legs”" : "“Evening legs”");
      found |= 1u << regimen_diagnostic_get_session (diagnostic);
    }

  g_assert_cmpuint (found, ==, 3);
}

/* A session title is quoted whole up to 60 characters and cut to 59 and
 * “…” beyond, counted in characters, not bytes: the check takes a short
 * plain title as it is without looking at its characters one by one. */
static void
test_quoted_title_length (void)
{
  g_autofree char *sixty = g_strnfill (60, 'a');
  g_autofree char *sixty_one = g_strnfill (61, 'b');
  /* 40 characters of two bytes each: 80 bytes, quoted whole. */
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autofree char *item = item_with ("pause-split-squat", "3310", 70);
  g_autofree char *sessions = NULL;
  g_autofree char *cut = NULL;
  g_autoptr(RegimenChecker) checker = NULL;
  GListModel *diagnostics;
  WeekSpec week = { NULL };
  guint found = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append (wide, "\u00e4");
  sessions = g_strdup_printf ("{\"title\":\"%s\",\"kind\":\"strength\",\"rpe\":6,\"minutes\":40,\"items\":[%s]},"
                              "{\"title\":\"%s\",\"kind\":\"strength\",\"rpe\":6,\"minutes\":40,\"items\":[%s]},"
                              "{\"title\":\"%s\",\"kind\":\"strength\",\"rpe\":6,\"minutes\":40,\"items\":[%s]}",
                              sixty, item, sixty_one, item, wide->str, item);
  week[0] = sessions;
  checker = check_week (MODERATE, week);
  diagnostics = regimen_checker_get_diagnostics (checker);
  cut = g_strdup_printf ("“%.59s…”", sixty_one);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      int position = regimen_diagnostic_get_session (diagnostic);
      g_autofree char *whole = g_strdup_printf ("“%s”", position == 0 ? sixty : wide->str);

      if (!g_str_equal (regimen_diagnostic_get_rule (diagnostic), "SPEED-LOAD"))
        continue;
      assert_message_contains (diagnostic, position == 1 ? cut : whole);
      found |= 1u << position;
    }

  g_assert_cmpuint (found, ==, 7);
}

static char *
sets_at (const char *exercise,
         guint       sets,
         guint       reps,
         double      percent)
{
  return g_strdup_printf ("{\"exercise\":\"%s\",\"sets\":%u,\"reps\":%u,\"load_percent_1rm\":%g}",
                          exercise, sets, reps, percent);
}

/* HEAVY-BLOCK counts heavy sets: 6 or more at 85 % make a heavy week. */
static void
test_heavy_block (void)
{
  g_autofree char *six_item = sets_at ("barbell-back-squat", 6, 3, 85);
  g_autofree char *five_item = sets_at ("barbell-back-squat", 5, 3, 85);
  g_autofree char *light_item = sets_at ("barbell-back-squat", 6, 3, 84);
  g_autofree char *maintenance_item = sets_at ("barbell-back-squat", 3, 3, 85);
  g_autofree char *heavy = session ("strength", 7, 40, six_item);
  g_autofree char *five = session ("strength", 7, 40, five_item);
  g_autofree char *light = session ("strength", 7, 40, light_item);
  g_autofree char *maintenance = session ("strength", 7, 40, maintenance_item);
  WeekSpec four[4] = { { heavy }, { heavy }, { heavy }, { NULL, heavy } };
  WeekSpec four_five[4] = { { heavy }, { heavy }, { heavy }, { five } };
  WeekSpec broken[7] = { { heavy }, { heavy }, { heavy }, { light }, { heavy }, { heavy }, { heavy } };
  WeekSpec eight[8] = { { heavy }, { heavy }, { heavy }, { heavy }, { heavy }, { heavy }, { heavy }, { heavy } };
  WeekSpec in_season[8] = { { maintenance }, { maintenance }, { maintenance }, { maintenance },
                            { maintenance }, { maintenance }, { maintenance }, { maintenance } };
  g_autoptr(RegimenChecker) bad = check_weeks (INTERMEDIATE, 4, four);
  g_autoptr(RegimenChecker) below = check_weeks (INTERMEDIATE, 4, four_five);
  g_autoptr(RegimenChecker) ok = check_weeks (INTERMEDIATE, 7, broken);
  g_autoptr(RegimenChecker) long_block = check_weeks (INTERMEDIATE, 8, eight);
  g_autoptr(RegimenChecker) planned = check_plan_lighter (INTERMEDIATE, 4, four, 2);
  g_autoptr(RegimenChecker) maintained = check_weeks (INTERMEDIATE, 8, in_season);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "HEAVY-BLOCK");

  g_assert_cmpuint (count_rule (bad, "HEAVY-BLOCK"), ==, 1);
  assert_location (diagnostic, 3, 1, 0, 0);
  assert_message_contains (diagnostic, "Week 4, Tuesday");
  assert_message_contains (diagnostic, "6 sets at 85 %");
  g_assert_cmpuint (count_rule (below, "HEAVY-BLOCK"), ==, 0);
  g_assert_cmpuint (count_rule (ok, "HEAVY-BLOCK"), ==, 0);
  g_assert_cmpuint (count_rule (long_block, "HEAVY-BLOCK"), ==, 1);
  g_assert_cmpuint (count_rule (planned, "HEAVY-BLOCK"), ==, 0);
  /* Once-a-week in-season maintenance, 3 × 3 at 85 %. */
  g_assert_cmpuint (count_rule (maintained, "HEAVY-BLOCK"), ==, 0);
}

/* Warm-up items are not hard work: no hard sets, no muscle recovery. */
static void
test_warm_up (void)
{
  g_autofree char *upper = session ("strength", 7, 45,
    "{\"exercise\":\"glute-bridge\",\"sets\":2,\"reps\":10,\"warm_up\":true},"
    "{\"exercise\":\"push-up\",\"sets\":3,\"reps\":10}");
  /* Light activation, not marked: a bodyweight glute bridge and band work
   * (activation drills in the library) in an RPE 7 session (#15). */
  g_autofree char *upper_activation = session ("strength", 7, 45,
    "{\"exercise\":\"glute-bridge\",\"sets\":2,\"reps\":10},"
    "{\"exercise\":\"banded-side-step\",\"sets\":2,\"reps\":12,\"per_side\":true},"
    "{\"exercise\":\"push-up\",\"sets\":3,\"reps\":10}");
  /* The same drill loaded near failure (10 repetitions at 75 %) is work. */
  g_autofree char *upper_loaded = session ("strength", 7, 45,
    "{\"exercise\":\"glute-bridge\",\"sets\":2,\"reps\":10,\"load_percent_1rm\":75},"
    "{\"exercise\":\"push-up\",\"sets\":3,\"reps\":10}");
  /* Working sets of an exercise that is no activation drill, not marked. */
  g_autofree char *upper_unmarked = session ("strength", 7, 45,
    "{\"exercise\":\"step-up\",\"sets\":2,\"reps\":10,\"per_side\":true},"
    "{\"exercise\":\"push-up\",\"sets\":3,\"reps\":10}");
  g_autofree char *lower = session ("strength", 7, 45,
    "{\"exercise\":\"lunge\",\"sets\":4,\"reps\":10,\"per_side\":true}");
  WeekSpec marked = { lower, upper };
  WeekSpec activation = { lower, upper_activation };
  WeekSpec loaded = { lower, upper_loaded };
  WeekSpec unmarked = { lower, upper_unmarked };
  WeekSpec across[2] = { { NULL, NULL, NULL, NULL, NULL, NULL, lower }, { lower } };
  g_autoptr(RegimenChecker) ok = check_week (MODERATE, marked);
  g_autoptr(RegimenChecker) light = check_week (MODERATE, activation);
  g_autoptr(RegimenChecker) heavy = check_week (MODERATE, loaded);
  g_autoptr(RegimenChecker) bad = check_week (MODERATE, unmarked);
  g_autoptr(RegimenChecker) weeks = check_weeks (MODERATE, 2, across);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "MUSCLE-RECOVERY");
  g_autoptr(RegimenDiagnostic) across_diagnostic = find_rule (weeks, "MUSCLE-RECOVERY");

  g_assert_cmpuint (count_rule (ok, "MUSCLE-RECOVERY"), ==, 0);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (regimen_checker_get_week_stats (ok, 0), "glutes"), ==, 4);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (regimen_checker_get_week_stats (ok, 0), "chest"), ==, 3);

  g_assert_cmpuint (count_rule (light, "MUSCLE-RECOVERY"), ==, 0);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (regimen_checker_get_week_stats (light, 0), "glutes"), ==, 4);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (regimen_checker_get_week_stats (light, 0), "abductors"), ==, 0);

  g_assert_cmpuint (count_rule (heavy, "MUSCLE-RECOVERY"), ==, 1);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (regimen_checker_get_week_stats (heavy, 0), "glutes"), ==, 6);

  g_assert_cmpuint (count_rule (bad, "MUSCLE-RECOVERY"), ==, 1);
  assert_message_contains (diagnostic, "mark warm-up");
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (regimen_checker_get_week_stats (bad, 0), "glutes"), ==, 6);

  /* Sunday to Monday across two weeks (#22). */
  g_assert_cmpuint (count_rule (weeks, "MUSCLE-RECOVERY"), ==, 1);
  assert_location (across_diagnostic, 1, 0, 0, -1);
  assert_message_contains (across_diagnostic, "Sunday");
}

/* Intensity read from the items: hard whatever the session RPE says. */
static void
test_intensity (void)
{
  g_autofree char *impossible_item = sets_at ("deadlift", 5, 12, 90);
  g_autofree char *edge_item = sets_at ("deadlift", 5, 6, 90);
  g_autofree char *over_edge_item = sets_at ("deadlift", 5, 7, 90);
  g_autofree char *heavy_item = sets_at ("barbell-back-squat", 5, 3, 88);
  g_autofree char *rir2_item = sets_at ("barbell-back-squat", 3, 6, 80);
  g_autofree char *rir3_item = sets_at ("barbell-back-squat", 3, 5, 80);
  g_autofree char *impossible = session ("strength", 3, 40, impossible_item);
  g_autofree char *edge = session ("strength", 8, 40, edge_item);
  g_autofree char *over_edge = session ("strength", 8, 40, over_edge_item);
  g_autofree char *light_rated = session ("strength", 5, 40, heavy_item);
  g_autofree char *rated = session ("strength", 6, 40, heavy_item);
  g_autofree char *rir2 = session ("strength", 5, 40, rir2_item);
  g_autofree char *rir3 = session ("strength", 5, 40, rir3_item);
  WeekSpec bad_week = { impossible };
  g_autoptr(RegimenChecker) bad = check_week (INTERMEDIATE, bad_week);
  WeekSpec edge_week = { edge, NULL, over_edge };
  g_autoptr(RegimenChecker) edges = check_week (INTERMEDIATE, edge_week);
  WeekSpec rpe_week = { light_rated, NULL, rated, NULL, rir2, NULL, rir3 };
  g_autoptr(RegimenChecker) rpe = check_week (INTERMEDIATE, rpe_week);
  GListModel *diagnostics = regimen_checker_get_diagnostics (bad);
  guint n = 0;

  /* 5 × 12 at 90 %: impossible as written, and rated RPE 3. */
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (!g_str_equal (regimen_diagnostic_get_rule (diagnostic), "INTENSITY"))
        continue;
      n++;
      if (regimen_diagnostic_get_item (diagnostic) == 0)
        {
          assert_message_contains (diagnostic, "Deadlift 5 × 12 at 90 % of 1RM cannot be done as written");
          assert_message_contains (diagnostic, "allows about 4 repetitions");
          assert_message_contains (diagnostic, "about 69 %");
        }
      else
        {
          assert_location (diagnostic, 0, 0, 0, -1);
          assert_message_contains (diagnostic, "rated RPE 3");
        }
    }
  g_assert_cmpuint (n, ==, 2);
  /* The hard item makes the day hard and counts its sets. */
  g_assert_cmpuint (regimen_checker_get_week_stats (bad, 0)->hard_days, ==, 1);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (regimen_checker_get_week_stats (bad, 0), "glutes"), ==, 5);

  /* 90 % allows 4; 6 is within the tolerance of 2, 7 is not. */
  g_assert_cmpuint (count_rule (edges, "INTENSITY"), ==, 1);
  {
    g_autoptr(RegimenDiagnostic) diagnostic = find_rule (edges, "INTENSITY");

    assert_location (diagnostic, 0, 2, 0, 0);
  }

  /* RPE 5 with 88 % (RIR 0) contradicts; RPE 6 does not. 80 % × 6 leaves
   * 2 in reserve (contradicts at RPE 5), 80 % × 5 leaves 3 (does not). */
  g_assert_cmpuint (count_rule (rpe, "INTENSITY"), ==, 2);
  {
    g_autoptr(RegimenDiagnostic) diagnostic = find_rule (rpe, "INTENSITY");

    assert_location (diagnostic, 0, 0, 0, -1);
  }
}

/* READINESS: heavy lower-body work the day before, or earlier the same day
 * than, sprints, HIIT or a competition. */
static void
test_readiness (void)
{
  g_autofree char *squat_item = sets_at ("barbell-back-squat", 5, 3, 88);
  g_autofree char *deadlift_item = sets_at ("deadlift", 5, 2, 90);
  g_autofree char *priming_item = sets_at ("barbell-back-squat", 2, 2, 85);
  g_autofree char *edge_item = sets_at ("barbell-back-squat", 2, 3, 80);
  g_autofree char *below_item = sets_at ("barbell-back-squat", 5, 3, 79);
  g_autofree char *upper_item = sets_at ("seated-dumbbell-shoulder-press", 5, 3, 88);
  g_autofree char *heavy = session ("strength", 6, 50, squat_item);
  g_autofree char *pull = session ("strength", 6, 40, deadlift_item);
  g_autofree char *priming = session ("strength", 5, 20, priming_item);
  g_autofree char *edge = session ("strength", 5, 20, edge_item);
  g_autofree char *below = session ("strength", 6, 50, below_item);
  g_autofree char *upper = session ("strength", 6, 50, upper_item);
  g_autofree char *sprints = session ("skill", 8, 40,
    "{\"exercise\":\"sprint\",\"interval\":{\"work_seconds\":8,\"rest_seconds\":180,\"rounds\":6}}");
  g_autofree char *game = g_strdup ("{\"title\":\"Game\",\"kind\":\"competition\",\"rpe\":9,\"minutes\":90,\"items\":[]}");
  g_autofree char *pull_then_sprints = g_strdup_printf ("%s,%s", pull, sprints);
  g_autofree char *sprints_then_pull = g_strdup_printf ("%s,%s", sprints, pull);
  WeekSpec before_sprints = { NULL, heavy, sprints };
  WeekSpec same_day = { NULL, NULL, pull_then_sprints };
  WeekSpec speed_first = { NULL, NULL, sprints_then_pull };
  WeekSpec before_game = { NULL, NULL, NULL, NULL, heavy, game };
  WeekSpec two_days = { heavy, NULL, sprints, NULL, NULL, game };
  WeekSpec primed = { NULL, NULL, NULL, NULL, priming, game };
  WeekSpec at_edge = { NULL, NULL, NULL, NULL, edge, game };
  WeekSpec light = { NULL, NULL, NULL, NULL, below, game };
  WeekSpec arms = { NULL, NULL, NULL, NULL, upper, game };
  g_autoptr(RegimenChecker) c1 = check_week (INTERMEDIATE, before_sprints);
  g_autoptr(RegimenChecker) c2 = check_week (INTERMEDIATE, same_day);
  g_autoptr(RegimenChecker) c3 = check_week (INTERMEDIATE, speed_first);
  g_autoptr(RegimenChecker) c4 = check_week (INTERMEDIATE, before_game);
  g_autoptr(RegimenChecker) c5 = check_week (INTERMEDIATE, two_days);
  g_autoptr(RegimenChecker) c6 = check_week (INTERMEDIATE, primed);
  g_autoptr(RegimenChecker) c7 = check_week (INTERMEDIATE, at_edge);
  g_autoptr(RegimenChecker) c8 = check_week (INTERMEDIATE, light);
  g_autoptr(RegimenChecker) c9 = check_week (INTERMEDIATE, arms);
  g_autoptr(RegimenDiagnostic) d1 = find_rule (c1, "READINESS");
  g_autoptr(RegimenDiagnostic) d2 = find_rule (c2, "READINESS");
  g_autoptr(RegimenDiagnostic) d4 = find_rule (c4, "READINESS");

  assert_location (d1, 0, 1, 0, 0);
  assert_message_contains (d1, "Barbell Back Squat 5 × 3 at 88 % of 1RM the day before the sprints");
  assert_message_contains (d1, "on Wednesday");
  assert_message_contains (d1, "move it to Monday");
  assert_location (d2, 0, 2, 0, 0);
  assert_message_contains (d2, "on the same day");
  g_assert_cmpuint (count_rule (c3, "READINESS"), ==, 0);
  assert_location (d4, 0, 4, 0, 0);
  assert_message_contains (d4, "the competition “Game”");
  g_assert_cmpuint (count_rule (c5, "READINESS"), ==, 0);
  /* 2 × 2 at 85 % is priming; 2 × 3 at 80 % is at the threshold. */
  g_assert_cmpuint (count_rule (c6, "READINESS"), ==, 0);
  g_assert_cmpuint (count_rule (c7, "READINESS"), ==, 1);
  g_assert_cmpuint (count_rule (c8, "READINESS"), ==, 0);
  g_assert_cmpuint (count_rule (c9, "READINESS"), ==, 0);
  /* A competition's load counts. */
  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (c4, 0)->daily_loads[5], 810, 1e-9);
}

/* MUSCLE-VOLUME: weekly hard sets per muscle against the level's limit. */
static void
test_muscle_volume (void)
{
  g_autofree char *eight = session ("strength", 7, 60,
    "{\"exercise\":\"goblet-squat\",\"sets\":8,\"reps\":10}");
  g_autofree char *nine = session ("strength", 7, 60,
    "{\"exercise\":\"goblet-squat\",\"sets\":9,\"reps\":10}");
  g_autofree char *thirteen = session ("strength", 7, 60,
    "{\"exercise\":\"goblet-squat\",\"sets\":13,\"reps\":10}");
  /* Beginners: 16 is the limit, 18 over it. Trained: 25 and 26. */
  WeekSpec sixteen = { eight, NULL, NULL, eight };
  WeekSpec eighteen = { nine, NULL, NULL, nine };
  WeekSpec twenty_five = { eight, NULL, eight, NULL, nine };
  WeekSpec twenty_six = { thirteen, NULL, NULL, thirteen };
  g_autoptr(RegimenChecker) b_ok = check_week (MODERATE, sixteen);
  g_autoptr(RegimenChecker) b_bad = check_week (MODERATE, eighteen);
  g_autoptr(RegimenChecker) t_ok = check_week (INTERMEDIATE, twenty_five);
  g_autoptr(RegimenChecker) t_bad = check_week (INTERMEDIATE, twenty_six);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (t_bad, "MUSCLE-VOLUME");

  g_assert_cmpuint (count_rule (b_ok, "MUSCLE-VOLUME"), ==, 0);
  g_assert_cmpuint (count_rule (b_bad, "MUSCLE-VOLUME"), ==, 1);
  g_assert_cmpuint (count_rule (t_ok, "MUSCLE-VOLUME"), ==, 0);
  assert_location (diagnostic, 0, -1, -1, -1);
  assert_message_contains (diagnostic, "Quadriceps 26");
  assert_message_contains (diagnostic, "above 25");
  assert_message_contains (diagnostic, "10–20");
}

/* LEVEL-FIT: a beginner jumping into a level-4 skill or a near-maximal load. */
static void
test_level_fit (void)
{
  g_autofree char *pistol = session ("strength", 6, 30,
    "{\"exercise\":\"toe-grab-pistol-squat\",\"sets\":3,\"reps\":3,\"per_side\":true}");
  g_autofree char *path = session ("strength", 6, 30,
    "{\"exercise\":\"eccentric-pistol-squat\",\"sets\":3,\"reps\":4,\"per_side\":true}");
  g_autofree char *heavy_item = sets_at ("deadlift", 3, 3, 85);
  g_autofree char *lighter_item = sets_at ("deadlift", 3, 5, 84);
  g_autofree char *heavy = session ("strength", 7, 30, heavy_item);
  g_autofree char *lighter = session ("strength", 7, 30, lighter_item);
  WeekSpec jump = { pistol };
  WeekSpec built[2] = { { path }, { pistol } };
  /* #22: the eccentric pistol is level 3, the last a beginner may start
   * with; the toe-grab pistol (level 4) is the first above it. */
  WeekSpec level_three = { path };
  WeekSpec loads = { heavy, NULL, NULL, lighter };
  g_autoptr(RegimenChecker) bad = check_week (MODERATE, jump);
  g_autoptr(RegimenChecker) trained = check_week (INTERMEDIATE, jump);
  g_autoptr(RegimenChecker) progressing = check_weeks (MODERATE, 2, built);
  g_autoptr(RegimenChecker) level_three_check = check_week (MODERATE, level_three);
  g_autoptr(RegimenChecker) heavy_check = check_week (MODERATE, loads);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "LEVEL-FIT");
  g_autoptr(RegimenDiagnostic) heavy_diagnostic = find_rule (heavy_check, "LEVEL-FIT");

  assert_location (diagnostic, 0, 0, 0, 0);
  assert_message_contains (diagnostic, "level 4");
  g_assert_cmpuint (count_rule (trained, "LEVEL-FIT"), ==, 0);
  g_assert_cmpuint (count_rule (progressing, "LEVEL-FIT"), ==, 0);
  g_assert_cmpuint (count_rule (level_three_check, "LEVEL-FIT"), ==, 0);
  g_assert_cmpuint (count_rule (heavy_check, "LEVEL-FIT"), ==, 1);
  assert_location (heavy_diagnostic, 0, 0, 0, 0);
}

/* The edges of what makes an item hard and a session HIIT (#22: a `>`
 * turned into `>=` must fail a test). */
static void
test_hard_edges (void)
{
  /* 80 % × 3 leaves 5 in reserve but is hard by its load; 79 % × 3 is not
   * (8.4 − 3 = 5.4 in reserve). 75 % allows 10: × 6 leaves 4 (hard), × 5
   * leaves 5 (not). */
  g_autofree char *at80 = sets_at ("goblet-squat", 3, 3, 80);
  g_autofree char *at79 = sets_at ("goblet-squat", 3, 3, 79);
  g_autofree char *rir4 = sets_at ("goblet-squat", 3, 6, 75);
  g_autofree char *rir5 = sets_at ("goblet-squat", 3, 5, 75);
  g_autofree char *s80 = session ("strength", 5, 20, at80);
  g_autofree char *s79 = session ("strength", 5, 20, at79);
  g_autofree char *s_rir4 = session ("strength", 5, 20, rir4);
  g_autofree char *s_rir5 = session ("strength", 5, 20, rir5);
  /* 20 contacts of jump squats the day before a game; 18 do not count. */
  g_autofree char *jumps20 = session ("strength", 5, 15, "{\"exercise\":\"jump-squat\",\"sets\":4,\"reps\":5}");
  g_autofree char *jumps18 = session ("strength", 5, 15, "{\"exercise\":\"jump-squat\",\"sets\":3,\"reps\":6}");
  g_autofree char *game = g_strdup ("{\"title\":\"Game\",\"kind\":\"competition\",\"rpe\":9,\"minutes\":90,\"items\":[]}");
  /* Rest exactly 6 × the work is full enough recovery; 5 × is HIIT. */
  g_autofree char *rest6 = session ("cardio", 8, 30,
    "{\"exercise\":\"sprint\",\"interval\":{\"work_seconds\":10,\"rest_seconds\":60,\"rounds\":6}}");
  g_autofree char *rest5 = session ("cardio", 8, 30,
    "{\"exercise\":\"sprint\",\"interval\":{\"work_seconds\":10,\"rest_seconds\":50,\"rounds\":6}}");
  WeekSpec hard_week = { s80, NULL, s79, NULL, s_rir4, NULL, s_rir5 };
  WeekSpec plyo20 = { NULL, NULL, NULL, NULL, jumps20, game };
  WeekSpec plyo18 = { NULL, NULL, NULL, NULL, jumps18, game };
  WeekSpec hiit_week = { rest6, NULL, NULL, rest5 };
  g_autoptr(RegimenChecker) hard = check_week (INTERMEDIATE, hard_week);
  g_autoptr(RegimenChecker) p20 = check_week (INTERMEDIATE, plyo20);
  g_autoptr(RegimenChecker) p18 = check_week (INTERMEDIATE, plyo18);
  g_autoptr(RegimenChecker) hiit = check_week (INTERMEDIATE, hiit_week);
  const RegimenWeekStats *stats = regimen_checker_get_week_stats (hard, 0);

  /* Quadriceps: 3 (80 %) + 3 (RIR 4); not 79 % × 3 nor 75 % × 5. */
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (stats, "quadriceps"), ==, 6);
  g_assert_cmpuint (stats->hard_days, ==, 2);
  g_assert_cmpuint (count_rule (p20, "READINESS"), ==, 1);
  g_assert_cmpuint (count_rule (p18, "READINESS"), ==, 0);
  g_assert_cmpuint (regimen_checker_get_week_stats (hiit, 0)->hiit_sessions, ==, 1);
  g_assert_cmpuint (count_rule (hiit, "HIIT-FREQ"), ==, 0);
  {
    g_autoptr(RegimenPlan) plan = load_plan (INTERMEDIATE, 1, (const WeekSpec *) hiit_week);

    g_assert_false (regimen_checker_session_is_hiit (regimen_plan_get_session (plan, 0, 0, 0), library,
                                                     regimen_checker_get_thresholds (hiit)));
    g_assert_true (regimen_checker_session_is_hiit (regimen_plan_get_session (plan, 0, 3, 0), library,
                                                    regimen_checker_get_thresholds (hiit)));
  }
}

static void
test_progression (void)
{
  g_autofree char *narrow = session ("strength", 6, 30,
    "{\"exercise\":\"narrow-stance-squat\",\"sets\":3,\"reps\":10,\"tempo\":\"3010\"}");
  g_autofree char *isometric = session ("strength", 6, 30,
    "{\"exercise\":\"isometric-pistol\",\"sets\":3,\"hold_seconds\":10,\"per_side\":true}");
  g_autofree char *both = g_strdup_printf ("%s,%s", narrow, isometric);
  WeekSpec early[3] = { { narrow }, { narrow }, { NULL, NULL, isometric } };
  WeekSpec in_time[4] = { { narrow }, { narrow }, { narrow }, { NULL, isometric } };
  WeekSpec alone[4] = { { isometric }, { isometric }, { isometric }, { isometric } };
  WeekSpec together[4] = { { both }, { both }, { both }, { both } };
  g_autoptr(RegimenChecker) bad = check_weeks (MODERATE, 3, early);
  g_autoptr(RegimenChecker) ok = check_weeks (MODERATE, 4, in_time);
  g_autoptr(RegimenChecker) ok_alone = check_weeks (MODERATE, 4, alone);
  g_autoptr(RegimenChecker) same_weeks = check_weeks (MODERATE, 4, together);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "PROGRESSION");
  g_autoptr(RegimenDiagnostic) together_diagnostic = find_rule (same_weeks, "PROGRESSION");

  g_assert_cmpuint (count_rule (bad, "PROGRESSION"), ==, 1);
  assert_location (diagnostic, 2, 2, 0, 0);
  assert_message_contains (diagnostic, "2 weeks");
  g_assert_cmpuint (count_rule (ok, "PROGRESSION"), ==, 0);
  g_assert_cmpuint (count_rule (ok_alone, "PROGRESSION"), ==, 0);

  /* Once per exercise, at its first premature item. */
  g_assert_cmpuint (count_rule (same_weeks, "PROGRESSION"), ==, 1);
  assert_location (together_diagnostic, 0, 0, 1, 0);
  assert_message_contains (together_diagnostic, "0 weeks");
}

static void
test_data (void)
{
  g_autofree char *unknown = session ("strength", 5, 30,
    "{\"exercise\":\"no-such-exercise\",\"sets\":3,\"reps\":10}");
  WeekSpec unknown_week = { unknown };
  WeekSpec valid_week = { SQUAT_RPE6 };
  g_autoptr(RegimenChecker) bad = check_week (MODERATE, unknown_week);
  g_autoptr(RegimenChecker) ok = check_week (MODERATE, valid_week);
  g_autoptr(RegimenPlan) plan = load_plan (MODERATE, 1, (const WeekSpec *) valid_week);
  g_autoptr(RegimenChecker) out_of_range = NULL;
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "DATA");
  g_autoptr(RegimenDiagnostic) range_diagnostic = NULL;

  g_assert_cmpint (regimen_diagnostic_get_severity (diagnostic), ==, REGIMEN_SEVERITY_ERROR);
  assert_location (diagnostic, 0, 0, 0, 0);
  assert_message_contains (diagnostic, "no-such-exercise");
  g_assert_true (regimen_checker_has_errors (bad));
  g_assert_cmpuint (count_rule (ok, "DATA"), ==, 0);

  /* The reader refuses such values; a plan changed in memory can have them. */
  regimen_item_set_reps (regimen_plan_get_item (plan, 0, 0, 0, 0), 500);
  out_of_range = regimen_plan_check (plan, library);
  range_diagnostic = find_rule (out_of_range, "DATA");
  assert_location (range_diagnostic, 0, 0, 0, 0);
  assert_message_contains (range_diagnostic, "500");
  /* The value's name, translated only when a message needs it, and the
   * exercise's name, looked up only then too. */
  assert_message_contains (range_diagnostic, "Reps of Narrow Stance Squat is 500");
}

/* The check writes its messages' numbers itself where that gives what
 * printf() gives: a value at a tie must read as printf() rounds it. A
 * "%g" says what the value holds, one that needs a seventh digit too
 * (999999.7, where printf()'s "%g" wrote 1e+06), and the fingerprint's
 * text reads it as printf()'s "%g" writes it, as the message said it
 * before, so that an acknowledgement made then still applies. */
static void
test_message_numbers (void)
{
  g_autofree char *long_item = g_strdup ("{\"exercise\":\"burpee\","
                                         "\"interval\":{\"work_seconds\":3600,\"rest_seconds\":9,\"rounds\":10}}");
  g_autofree char *long_session = session ("hiit", 5, 0, long_item);
  WeekSpec week = { SQUAT_RPE6, NULL, long_session };
  g_autoptr(RegimenPlan) plan = load_plan (INTERMEDIATE, 1, (const WeekSpec *) week);
  RegimenSession *squats = regimen_plan_get_session (plan, 0, 0, 0);
  const double percents[] = { 999999.7, 1234567, 150.25 };
  const char *exact[] = { "999999.7", "1234567", "150.25" };
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(GString) messages = g_string_new (NULL);
  g_autoptr(GString) fingerprint_texts = g_string_new (NULL);
  GListModel *diagnostics;
  g_autofree char *minutes = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autoptr(RegimenItem) item = regimen_item_new ("deadlift");

      regimen_item_set_sets (item, 3);
      regimen_item_set_reps (item, 5);
      regimen_item_set_load_percent_1rm (item, percents[i]);
      regimen_session_append_item (squats, item);
    }

  checker = regimen_plan_check (plan, library);
  diagnostics = regimen_checker_get_diagnostics (checker);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      g_string_append_printf (messages, "%s\n", regimen_diagnostic_get_message (diagnostic));
      g_string_append_printf (fingerprint_texts, "%s\n", regimen_diagnostic_get_fingerprint_text (diagnostic));
    }

  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autofree char *part = g_strdup_printf ("is %s, outside", exact[i]);
      g_autofree char *earlier = g_strdup_printf ("is %g, outside", percents[i]);

      if (strstr (messages->str, part) == NULL)
        g_error ("“%s” is not in %s", part, messages->str);
      if (strstr (fingerprint_texts->str, earlier) == NULL)
        g_error ("“%s” is not in %s", earlier, fingerprint_texts->str);
    }
  /* 36,090 seconds are 601.5 minutes, which printf() rounds to even. */
  minutes = g_strdup_printf ("the items take about %.0f minutes", 601.5);
  if (strstr (messages->str, minutes) == NULL)
    g_error ("“%s” is not in %s", minutes, messages->str);
}

/* A finding's diagnostic is made when it is first asked for and is the
 * same object every time after, through the list and through its week. */
static void
test_diagnostics_made_once (void)
{
  g_autofree char *impossible_item = sets_at ("deadlift", 5, 12, 90);
  g_autofree char *impossible = session ("strength", 3, 40, impossible_item);
  WeekSpec week = { impossible, NULL, impossible };
  g_autoptr(RegimenChecker) checker = check_week (INTERMEDIATE, week);
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint n = g_list_model_get_n_items (diagnostics);
  GPtrArray *of_week;

  g_assert_cmpuint (n, >=, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) first = g_list_model_get_item (diagnostics, i);
      g_autoptr(RegimenDiagnostic) again = g_list_model_get_item (diagnostics, i);

      g_assert_true (first == again);
    }

  of_week = regimen_checker_peek_week_diagnostics (checker, 0);
  g_assert_cmpuint (of_week->len, ==, n);
  g_assert_true (regimen_checker_peek_week_diagnostics (checker, 0) == of_week);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) item = g_list_model_get_item (diagnostics, i);

      g_assert_true (g_ptr_array_index (of_week, i) == item);
    }
}

/* A week's findings come in the order of their places, whichever rule
 * found them: the week's own (REST-DAY) before its days' (MUSCLE-RECOVERY)
 * and items' (INTENSITY). */
static void
test_findings_in_order (void)
{
  g_autofree char *impossible_item = sets_at ("deadlift", 5, 12, 90);
  g_autofree char *impossible = session ("strength", 7, 40, impossible_item);
  WeekSpec week = { impossible, SQUAT_RPE7, impossible, SQUAT_RPE7, impossible, SQUAT_RPE7, impossible };
  g_autoptr(RegimenChecker) checker = check_week (INTERMEDIATE, week);
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  int last[6] = { -2, -2, -2, -2, -2, -2 };

  g_assert_cmpuint (count_rule (checker, "REST-DAY"), ==, 1);
  g_assert_cmpuint (count_rule (checker, "INTENSITY"), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      int place[6];

      /* Each place after or at the one before, part by part. */
      regimen_diagnostic_get_place (diagnostic, place);
      for (guint j = 0; j < G_N_ELEMENTS (place); j++)
        if (place[j] != last[j])
          {
            g_assert_cmpint (place[j], >, last[j]);
            break;
          }
      memcpy (last, place, sizeof place);
    }
}

/* A week's hard sets of each muscle group where an exercise has more
 * primary muscles than the check keeps bits of (eight: counted by name
 * instead, exercise_facts()), beside one it counts by bit, in the same
 * week and the same muscles, and alone in the next week. */
static void
test_muscles_beyond_bits (void)
{
  const char * const *ids = regimen_muscle_list_ids ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) own = regimen_library_new_builtin (&error);
  g_autoptr(RegimenExercise) nine = regimen_exercise_new_custom ("nine-muscles", "Nine Muscles",
                                                                 REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(RegimenExercise) eight = regimen_exercise_new_custom ("eight-muscles", "Eight Muscles",
                                                                  REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autofree char *nine4 = sets_at ("nine-muscles", 4, 3, 80);
  g_autofree char *nine2 = sets_at ("nine-muscles", 2, 3, 80);
  g_autofree char *nine5 = sets_at ("nine-muscles", 5, 3, 80);
  g_autofree char *eight3 = sets_at ("eight-muscles", 3, 3, 80);
  g_autofree char *monday = session ("strength", 7, 40, nine4);
  g_autofree char *wednesday = session ("strength", 7, 40, eight3);
  g_autofree char *friday = session ("strength", 7, 40, nine2);
  g_autofree char *alone = session ("strength", 7, 40, nine5);
  WeekSpec weeks[2] = { { monday, NULL, wednesday, NULL, friday }, { alone } };
  g_autoptr(RegimenPlan) plan = load_plan (INTERMEDIATE, 2, weeks);
  g_autoptr(RegimenChecker) checker = NULL;
  const char *nine_ids[10] = { NULL };
  const char *eight_ids[9] = { NULL };
  const RegimenWeekStats *first, *second;

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) ids), >, 9);
  memcpy (nine_ids, ids, 9 * sizeof *ids);
  memcpy (eight_ids, ids, 8 * sizeof *ids);
  regimen_exercise_set_primary_muscles (nine, nine_ids);
  regimen_exercise_set_primary_muscles (eight, eight_ids);
  g_assert_true (regimen_library_add (own, nine, &error));
  g_assert_true (regimen_library_add (own, eight, &error));

  checker = regimen_plan_check (plan, own);
  first = regimen_checker_get_week_stats (checker, 0);
  second = regimen_checker_get_week_stats (checker, 1);

  /* The first eight: 4 + 2 by name, 3 by bit; the ninth by name only. */
  for (guint i = 0; i < 8; i++)
    {
      g_assert_cmpuint (regimen_week_stats_get_muscle_sets (first, ids[i]), ==, 9);
      g_assert_cmpuint (regimen_week_stats_get_muscle_sets (second, ids[i]), ==, 5);
    }
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (first, ids[8]), ==, 6);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (second, ids[8]), ==, 5);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (first, ids[9]), ==, 0);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (second, ids[9]), ==, 0);
}

static void
test_week_stats (void)
{
  const char *athlete = "{\"level\":\"intermediate\",\"baseline_weekly_load\":700}";
  /* 3 × (10 × 4 s + 90 s) = 390 s = 6.5 min, × RPE 6 = 39 AU */
  g_autofree char *estimated = session ("strength", 6, 0,
    "{\"exercise\":\"narrow-stance-squat\",\"sets\":3,\"reps\":10,\"tempo\":\"3010\",\"rest_seconds\":90}");
  WeekSpec weeks[2] = { { SQUAT_RPE7, NULL, HIIT_SESSION, NULL, PUSH_RPE7 }, { estimated } };
  const double loads[14] = { 280, 0, 160, 0, 280, 0, 0, 39, 0, 0, 0, 0, 0, 0 };
  double ctl[14], atl[14], tsb[14];
  g_autoptr(RegimenChecker) checker = check_weeks (athlete, 2, weeks);
  const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, 0);
  const RegimenWeekStats *second = regimen_checker_get_week_stats (checker, 1);

  g_assert_cmpuint (regimen_checker_get_n_weeks (checker), ==, 2);
  g_assert_cmpstr (stats->label, ==, "Week 1");
  for (guint d = 0; d < 7; d++)
    g_assert_cmpfloat_with_epsilon (stats->daily_loads[d], loads[d], 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->load, 720, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->monotony, regimen_monotony (loads, 7), 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->strain, regimen_strain (loads, 7), 1e-9);
  g_assert_cmpuint (stats->hiit_sessions, ==, 1);
  g_assert_cmpuint (stats->hiit_limit, ==, 2);
  g_assert_cmpfloat_with_epsilon (stats->budget, 910, 1e-9);
  g_assert_cmpuint (stats->hard_days, ==, 3);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (stats, "quadriceps"), ==, 3);
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (stats, "chest"), ==, 3);
  /* Intervals do not count as sets. */
  g_assert_cmpuint (regimen_week_stats_get_muscle_sets (stats, "hamstrings"), ==, 0);

  g_assert_cmpfloat_with_epsilon (second->daily_loads[0], 39, 1e-9);

  regimen_fitness_fatigue_series (loads, 14, 100, ctl, atl, tsb);
  /* The acute load is the 7 days up to a day (plan days only), the
   * chronic load the one before those days: the baseline in week 1. */
  g_assert_cmpfloat_with_epsilon (stats->daily_acute[0], 280, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->daily_acute[4], 720, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->daily_chronic[4], 700, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->daily_acwr[4], 720.0 / 700, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->acwr, 720.0 / 700, 1e-9);
  /* Week 2's Monday: Tuesday to Sunday of week 1 and Monday of week 2,
   * against the chronic load after week 1's Monday. */
  g_assert_cmpfloat_with_epsilon (second->daily_acute[0], 160 + 280 + 39, 1e-9);
  g_assert_cmpfloat_with_epsilon (second->daily_chronic[0], 700 + 2.0 / 29 * (720 - 700), 1e-9);
  g_assert_cmpfloat_with_epsilon (second->acwr, 39 / second->chronic, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->ctl, ctl[6], 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->atl, atl[6], 1e-9);
  g_assert_cmpfloat_with_epsilon (second->tsb, ctl[13] - atl[13], 1e-9);
}

static void
test_session_estimate (void)
{
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, "Legs");
  g_autoptr(RegimenItem) squat = regimen_item_new ("narrow-stance-squat");
  g_autoptr(RegimenItem) hold = regimen_item_new ("single-leg-high-knee-hold");
  g_autoptr(RegimenItem) burpee = regimen_item_new ("burpee");
  g_autoptr(RegimenInterval) interval = regimen_interval_new (30, 60, 8);

  regimen_item_set_sets (squat, 3);
  regimen_item_set_reps (squat, 10);
  regimen_item_set_tempo (squat, "3010");
  regimen_item_set_rest_seconds (squat, 90);
  regimen_item_set_sets (hold, 2);
  regimen_item_set_hold_seconds (hold, 20);
  regimen_item_set_per_side (hold, TRUE);
  regimen_item_set_interval (burpee, interval);
  regimen_session_append_item (session, squat);
  regimen_session_append_item (session, hold);
  regimen_session_append_item (session, burpee);
  regimen_session_set_rpe (session, 6);

  /* 390 s + 2 × (40 s + 60 s default rest) + 8 × 90 s = 1310 s */
  g_assert_cmpfloat_with_epsilon (regimen_session_estimate_minutes (session), 1310.0 / 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (regimen_session_estimate_load (session), 1310.0 / 10, 1e-9);

  regimen_session_set_minutes (session, 45);
  g_assert_cmpfloat_with_epsilon (regimen_session_estimate_minutes (session), 45, 1e-9);
  g_assert_cmpfloat_with_epsilon (regimen_session_estimate_load (session), 270, 1e-9);
}

/* 52 weeks, 4 sessions of 12 items a week: 2,496 items. How fast this is
 * checked is measured by regimen-bench, not asserted here. */
static void
test_large_plan (void)
{
  static const char * const exercises[] = {
    "narrow-stance-squat", "push-up", "lat-pulldown", "calf-raise", "deadlift",
    "seated-cable-row", "goblet-squat", "hanging-leg-raise", "step-up", "lunge",
    "seated-dumbbell-shoulder-press", "glute-bridge",
  };
  g_autoptr(GString) items = g_string_new (NULL);
  g_autofree char *strength = NULL;
  g_autofree WeekSpec *weeks = g_new0 (WeekSpec, 52);
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenChecker) checker = NULL;
  const RegimenWeekStats *first;

  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    g_string_append_printf (items, "%s{\"exercise\":\"%s\",\"sets\":3,\"reps\":8,\"tempo\":\"3010\","
                            "\"rest_seconds\":90,\"load_percent_1rm\":70}",
                            i > 0 ? "," : "", exercises[i]);
  strength = session ("strength", 7, 0, items->str);

  for (guint w = 0; w < 52; w++)
    {
      weeks[w][0] = strength;
      weeks[w][1] = strength;
      weeks[w][3] = strength;
      weeks[w][5] = strength;
    }

  plan = load_plan (MODERATE, 52, weeks);
  checker = regimen_plan_check (plan, library);

  g_assert_cmpuint (regimen_checker_get_n_weeks (checker), ==, 52);

  /* Identical weeks have identical loads from the first week to the last. */
  first = regimen_checker_get_week_stats (checker, 0);
  for (guint w = 1; w < 52; w++)
    {
      const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, w);

      g_assert_cmpfloat_with_epsilon (stats->load, first->load, 1e-9);
      g_assert_cmpfloat_with_epsilon (stats->monotony, first->monotony, 1e-9);
    }

  /* 70 % 1RM is not heavy, so no heavy block however long the plan. */
  for (guint i = 0; i < g_list_model_get_n_items (regimen_checker_get_diagnostics (checker)); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (regimen_checker_get_diagnostics (checker), i);

      g_assert_cmpint (regimen_diagnostic_get_rule_id (diagnostic), !=, REGIMEN_RULE_HEAVY_BLOCK);
    }
}

/* Plans as coaches write them, read by the load rules (LOAD-ACWR,
 * LOAD-BUDGET) as a coach reads them: a sound plan gets no warning and no
 * error, a dangerous one exactly one load finding, on the day its spike
 * is. The sound small plans were flagged while a jump was a ratio alone:
 * one added set of a bodyweight skill in a 5-minute session passed 1.3 ×. */
typedef struct
{
  const char *name;
  const char *dir;
  const char *file;
  /* The athlete's usual weekly load to check it with; < 0: as written. */
  double      baseline;
  /* NULL for a sound plan. */
  const char *rule;
  int         week;
  int         day;
  const char *why;
} CoachPlan;

static const CoachPlan coach_plans[] = {
  { "pistol-walked-usual-0", "check", "pistol-walked.json", 0, NULL, 0, 0,
    "The 12-week pistol path as the window builds it (sessions of 5–10 minutes at RPE 7, "
    "100–140 AU a week): one set more of a bodyweight skill is no spike, whatever its ratio." },
  { "pistol-walked-usual-70", "check", "pistol-walked.json", 70, NULL, 0, 0,
    "The same plan for someone whose usual week is 70 AU: the 139 AU of week 11 are 40 AU more." },
  { "pistol-walked-usual-360", "check", "pistol-walked.json", 360, NULL, 0, 0,
    "The same plan for someone used to 360 AU: less than usual (notes only), never a jump." },
  { "pistol-template", "../../data/templates", "pistol-squat-12-weeks.regimen.json", -1, NULL, 0, 0,
    "The template Pistol Squat in Twelve Weeks as it ships: 30-minute practice at RPE 6." },
  { "core-series-usual-100", "../../data/templates", "core-series.regimen.json", 100, NULL, 0, 0,
    "Pelvic tilts and heel slides, 180 AU a week, for someone used to 100 AU: 80 AU more is "
    "no week far beyond the athlete (it was refused as 1.8 ×)." },
  { "spike-on-big-base", "check", "spike-on-big-base.json", -1, "LOAD-ACWR", 4, 4,
    "Four weeks of 2000 AU, then 2800 AU: a 40 % jump on a big base, worth a warning where the "
    "7 days first pass 1.3 × (Friday)." },
  { "sedentary-five-hiit", "check", "sedentary-five-hiit.json", -1, "LOAD-BUDGET", 0, 2,
    "From a weekly walk (100 AU) to five 20-minute HIIT sessions: far beyond the athlete by "
    "Wednesday, the third session in three days." },
  { "beginner-daily-hiit", "check", "beginner-daily-hiit.json", -1, "LOAD-BUDGET", 0, 3,
    "A beginner used to 300 AU with HIIT every day (1120 AU): refused by Thursday." },
  { "double-after-lighter", "check", "double-after-lighter.json", -1, "LOAD-BUDGET", 4, 6,
    "Three weeks of 600 AU and a lighter week, then four sessions instead of two (1200 AU): "
    "the lighter week does not make twice the usual load ordinary." },
  { "small-base-hard-week", "check", "small-base-hard-week.json", -1, "LOAD-ACWR", 1, 4,
    "A weekly walk (150 AU), then three hard 20-minute strength sessions (420 AU): a small "
    "base, but 270 AU more, nearly three times it, by the third session." },
};

static void
test_coach_plan (gconstpointer data)
{
  const CoachPlan *coach = data;
  g_autoptr(RegimenPlan) plan = fixture_load_plan (coach->dir, coach->file);
  g_autoptr(RegimenChecker) checker = NULL;
  GListModel *diagnostics;
  guint n_flagged = 0;

  g_test_message ("%s: %s", coach->name, coach->why);
  if (coach->baseline >= 0)
    {
      regimen_plan_set_athlete_baseline_weekly_load (plan, coach->baseline);
      g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (regimen_plan_get_athlete (plan)), ==,
                         coach->baseline);
    }
  checker = regimen_plan_check (plan, library);
  diagnostics = regimen_checker_get_diagnostics (checker);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      const char *rule = regimen_diagnostic_get_rule (diagnostic);

      if (regimen_diagnostic_get_severity (diagnostic) == REGIMEN_SEVERITY_INFO)
        continue;
      /* The dangerous plans break other rules too (HIIT every day);
       * only the load rules are judged here. */
      if (coach->rule != NULL && !g_str_has_prefix (rule, "LOAD-"))
        continue;
      if (coach->rule == NULL || !g_str_equal (rule, coach->rule))
        g_error ("%s: unexpected %s", coach->name, regimen_diagnostic_get_message (diagnostic));
      assert_location (diagnostic, coach->week, coach->day, -1, -1);
      n_flagged++;
    }

  g_assert_cmpuint (n_flagged, ==, coach->rule != NULL ? 1 : 0);

  /* A sound plan's weeks stay within their budgets: the load bars of the
   * week view and the overview say what the check says. */
  for (guint w = 0; coach->rule == NULL && w < regimen_checker_get_n_weeks (checker); w++)
    {
      const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, w);

      g_assert_cmpfloat (stats->load, <=, stats->budget);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  library = regimen_library_new_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/checker/clean", test_clean_plan);
  g_test_add_func ("/checker/hiit-freq", test_hiit_freq);
  g_test_add_func ("/checker/hiit-freq/high-stress", test_hiit_freq_high_stress);
  g_test_add_func ("/checker/hiit-freq/content", test_hiit_by_content);
  g_test_add_func ("/checker/hiit-spacing", test_hiit_spacing);
  g_test_add_func ("/checker/hiit-ratio", test_hiit_ratio);
  g_test_add_func ("/checker/load-budget", test_load_budget);
  g_test_add_func ("/checker/load-budget-edges", test_load_budget_edges);
  g_test_add_func ("/checker/load-acwr", test_load_acwr);
  g_test_add_func ("/checker/load-after-lighter", test_load_after_lighter);
  g_test_add_func ("/checker/load-progressions", test_load_progressions);
  g_test_add_func ("/checker/deload", test_deload);
  g_test_add_func ("/checker/monotony", test_monotony);
  g_test_add_func ("/checker/strain", test_strain);
  g_test_add_func ("/checker/monotony-strain-edges", test_monotony_strain_edges);
  g_test_add_func ("/checker/rest-day", test_rest_day);
  g_test_add_func ("/checker/muscle-recovery", test_muscle_recovery);
  g_test_add_func ("/checker/speed-load", test_speed_load);
  g_test_add_func ("/checker/place-per-session", test_place_per_session);
  g_test_add_func ("/checker/quoted-title-length", test_quoted_title_length);
  g_test_add_func ("/checker/message-numbers", test_message_numbers);
  g_test_add_func ("/checker/diagnostics-made-once", test_diagnostics_made_once);
  g_test_add_func ("/checker/findings-in-order", test_findings_in_order);
  g_test_add_func ("/checker/heavy-block", test_heavy_block);
  g_test_add_func ("/checker/warm-up", test_warm_up);
  g_test_add_func ("/checker/intensity", test_intensity);
  g_test_add_func ("/checker/readiness", test_readiness);
  g_test_add_func ("/checker/muscle-volume", test_muscle_volume);
  g_test_add_func ("/checker/level-fit", test_level_fit);
  g_test_add_func ("/checker/hard-edges", test_hard_edges);
  g_test_add_func ("/checker/progression", test_progression);
  g_test_add_func ("/checker/data", test_data);
  g_test_add_func ("/checker/week-stats", test_week_stats);
  g_test_add_func ("/checker/muscles-beyond-bits", test_muscles_beyond_bits);
  g_test_add_func ("/checker/session-estimate", test_session_estimate);
  g_test_add_func ("/checker/large-plan", test_large_plan);
  for (guint i = 0; i < G_N_ELEMENTS (coach_plans); i++)
    {
      g_autofree char *path = g_strconcat ("/checker/coach-plans/", coach_plans[i].name, NULL);

      g_test_add_data_func (path, &coach_plans[i], test_coach_plan);
    }

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
