/* test-checker.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

static void
test_hiit_freq (void)
{
  WeekSpec three = { HIIT_SESSION, NULL, HIIT_SESSION, NULL, HIIT_SESSION, NULL, NULL };
  WeekSpec two = { HIIT_SESSION, NULL, NULL, HIIT_SESSION, NULL, NULL, NULL };
  g_autoptr(RegimenChecker) over = check_week (MODERATE, three);
  g_autoptr(RegimenChecker) ok = check_week (MODERATE, two);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (over, "HIIT-FREQ");

  g_assert_cmpuint (count_rule (over, "HIIT-FREQ"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (diagnostic), ==, REGIMEN_SEVERITY_ERROR);
  assert_location (diagnostic, 0, 4, 0, -1);
  assert_message_contains (diagnostic, "Week 1, Friday");
  assert_message_contains (diagnostic, "number 3");
  g_assert_true (regimen_checker_has_errors (over));
  g_assert_cmpuint (regimen_checker_count (over, REGIMEN_SEVERITY_ERROR), ==, 1);
  g_assert_cmpuint (regimen_checker_get_week_stats (over, 0)->hiit_sessions, ==, 3);

  g_assert_cmpuint (count_rule (ok, "HIIT-FREQ"), ==, 0);
}

static void
test_hiit_freq_high_stress (void)
{
  WeekSpec two = { HIIT_SESSION, NULL, NULL, HIIT_SESSION, NULL, NULL, NULL };
  WeekSpec one = { HIIT_SESSION, NULL, NULL, NULL, NULL, NULL, NULL };
  const char *high = "{\"level\":\"beginner\",\"life_stress\":\"high\"}";
  const char *high_own = "{\"level\":\"beginner\",\"life_stress\":\"high\",\"max_hiit_per_week\":2}";
  g_autoptr(RegimenChecker) over = check_week (high, two);
  g_autoptr(RegimenChecker) ok = check_week (high, one);
  g_autoptr(RegimenChecker) own = check_week (high_own, two);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (over, "HIIT-FREQ");

  g_assert_cmpuint (regimen_checker_get_thresholds (over)->hiit_limit, ==, 1);
  g_assert_cmpuint (regimen_checker_get_week_stats (over, 0)->hiit_limit, ==, 1);
  assert_location (diagnostic, 0, 3, 0, -1);
  assert_message_contains (diagnostic, "Thursday");
  assert_message_contains (diagnostic, "life stress is high");

  g_assert_cmpuint (count_rule (ok, "HIIT-FREQ"), ==, 0);
  g_assert_cmpuint (count_rule (own, "HIIT-FREQ"), ==, 0);
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
  g_autofree char *even = session ("strength", 5, 20,
    "{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":30,\"rounds\":6}}");
  g_autofree char *double_rest = session ("strength", 5, 20,
    "{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":60,\"rounds\":6}}");
  g_autofree char *dense = session ("strength", 5, 20,
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
}

static void
test_load_budget (void)
{
  const char *baseline = "{\"baseline_weekly_load\":1000}";
  const char *baseline_high = "{\"baseline_weekly_load\":1000,\"life_stress\":\"high\"}";
  g_autofree char *s100 = session ("strength", 5, 100, NULL);
  g_autofree char *s80 = session ("strength", 5, 80, NULL);
  g_autofree char *s60 = session ("strength", 5, 60, NULL);
  /* 500 + 500 + 400 = 1400 AU against 1300; 500 + 500 + 300 = 1300 */
  WeekSpec over = { s100, NULL, s100, NULL, s80, NULL, NULL };
  WeekSpec at = { s100, NULL, s100, NULL, s60, NULL, NULL };
  g_autoptr(RegimenChecker) bad = check_week (baseline, over);
  g_autoptr(RegimenChecker) ok = check_week (baseline, at);
  g_autoptr(RegimenChecker) high = check_week (baseline_high, at);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "LOAD-BUDGET");
  g_autoptr(RegimenDiagnostic) high_diagnostic = find_rule (high, "LOAD-BUDGET");
  const RegimenWeekStats *stats = regimen_checker_get_week_stats (bad, 0);

  g_assert_cmpfloat_with_epsilon (stats->budget, 1300, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->load, 1400, 1e-9);
  g_assert_cmpint (regimen_diagnostic_get_severity (diagnostic), ==, REGIMEN_SEVERITY_ERROR);
  /* The running total passes 1300 on Friday. */
  assert_location (diagnostic, 0, 4, -1, -1);
  assert_message_contains (diagnostic, "1400");
  assert_message_contains (diagnostic, "1300");

  g_assert_cmpuint (count_rule (ok, "LOAD-BUDGET"), ==, 0);

  /* 1000 × 1.3 × 0.8 = 1040 */
  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (high, 0)->budget, 1040, 1e-9);
  assert_location (high_diagnostic, 0, 4, -1, -1);
  assert_message_contains (high_diagnostic, "life stress is high");
}

static void
test_load_acwr (void)
{
  /* Baseline 1050: 150 AU a day. */
  const char *baseline = "{\"baseline_weekly_load\":1050}";
  g_autofree char *spike = session ("strength", 5, 200, NULL);
  g_autofree char *bump = session ("strength", 6, 90, NULL);
  g_autofree char *steady = session ("strength", 5, 30, NULL);
  WeekSpec spike_week = { spike };
  WeekSpec bump_week = { bump, NULL, NULL, steady };
  WeekSpec steady_week = { steady, steady, steady, steady, steady, steady, steady };
  WeekSpec drop_week = { steady };
  g_autoptr(RegimenChecker) spiked = check_week (baseline, spike_week);
  g_autoptr(RegimenChecker) bumped = check_week (baseline, bump_week);
  g_autoptr(RegimenChecker) even = check_week (baseline, steady_week);
  g_autoptr(RegimenChecker) dropped = check_week (baseline, drop_week);
  g_autoptr(RegimenDiagnostic) warning = find_rule (spiked, "LOAD-ACWR");
  g_autoptr(RegimenDiagnostic) info = find_rule (bumped, "LOAD-ACWR");
  g_autoptr(RegimenDiagnostic) low = find_rule (dropped, "LOAD-ACWR");
  double ratio[7];
  const double spike_loads[7] = { 1000, 0, 0, 0, 0, 0, 0 };

  regimen_acwr_series (spike_loads, 7, 150, NULL, NULL, ratio);
  g_assert_cmpfloat (ratio[0], >, 1.5);

  g_assert_cmpuint (count_rule (spiked, "LOAD-ACWR"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (warning), ==, REGIMEN_SEVERITY_WARNING);
  assert_location (warning, 0, 0, -1, -1);
  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (spiked, 0)->daily_acwr[0], ratio[0], 1e-9);
  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (spiked, 0)->acwr, ratio[6], 1e-9);

  /* 540 AU on one day: a ratio of about 1.4 */
  g_assert_cmpuint (count_rule (bumped, "LOAD-ACWR"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (info), ==, REGIMEN_SEVERITY_INFO);
  assert_message_contains (info, "1.40");

  /* Training exactly at the baseline. */
  g_assert_cmpuint (count_rule (even, "LOAD-ACWR"), ==, 0);
  g_assert_cmpfloat_with_epsilon (regimen_checker_get_week_stats (even, 0)->acwr, 1, 1e-9);

  /* One day of baseline load, then nothing: a sustained drop. */
  g_assert_cmpuint (count_rule (dropped, "LOAD-ACWR"), ==, 1);
  g_assert_cmpint (regimen_diagnostic_get_severity (low), ==, REGIMEN_SEVERITY_INFO);
  assert_location (low, 0, -1, -1, -1);
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
  assert_message_contains (diagnostic, "3310");
  assert_message_contains (diagnostic, "70 %");
  g_assert_cmpuint (count_rule (light, "SPEED-LOAD"), ==, 0);
  g_assert_cmpuint (count_rule (plain, "SPEED-LOAD"), ==, 0);
  g_assert_cmpuint (count_rule (explosive, "SPEED-LOAD"), ==, 1);
}

static void
test_heavy_block (void)
{
  g_autofree char *heavy_item = item_with ("barbell-back-squat", "2010", 85);
  g_autofree char *light_item = item_with ("barbell-back-squat", "2010", 80);
  g_autofree char *heavy = session ("strength", 6, 40, heavy_item);
  g_autofree char *light = session ("strength", 6, 40, light_item);
  WeekSpec four[4] = { { heavy }, { heavy }, { heavy }, { NULL, heavy } };
  WeekSpec broken[7] = { { heavy }, { heavy }, { heavy }, { light }, { heavy }, { heavy }, { heavy } };
  WeekSpec eight[8] = { { heavy }, { heavy }, { heavy }, { heavy }, { heavy }, { heavy }, { heavy }, { heavy } };
  g_autoptr(RegimenChecker) bad = check_weeks (MODERATE, 4, four);
  g_autoptr(RegimenChecker) ok = check_weeks (MODERATE, 7, broken);
  g_autoptr(RegimenChecker) long_block = check_weeks (MODERATE, 8, eight);
  g_autoptr(RegimenDiagnostic) diagnostic = find_rule (bad, "HEAVY-BLOCK");

  g_assert_cmpuint (count_rule (bad, "HEAVY-BLOCK"), ==, 1);
  assert_location (diagnostic, 3, 1, 0, 0);
  assert_message_contains (diagnostic, "Week 4, Tuesday");
  g_assert_cmpuint (count_rule (ok, "HEAVY-BLOCK"), ==, 0);
  g_assert_cmpuint (count_rule (long_block, "HEAVY-BLOCK"), ==, 1);
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
  double ratio[14], ctl[14], atl[14], tsb[14];
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

  regimen_acwr_series (loads, 14, 100, NULL, NULL, ratio);
  regimen_fitness_fatigue_series (loads, 14, 100, ctl, atl, tsb);
  for (guint d = 0; d < 7; d++)
    g_assert_cmpfloat_with_epsilon (stats->daily_acwr[d], ratio[d], 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->acwr, ratio[6], 1e-9);
  g_assert_cmpfloat_with_epsilon (second->acwr, ratio[13], 1e-9);
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
  g_test_add_func ("/checker/hiit-spacing", test_hiit_spacing);
  g_test_add_func ("/checker/hiit-ratio", test_hiit_ratio);
  g_test_add_func ("/checker/load-budget", test_load_budget);
  g_test_add_func ("/checker/load-acwr", test_load_acwr);
  g_test_add_func ("/checker/monotony", test_monotony);
  g_test_add_func ("/checker/strain", test_strain);
  g_test_add_func ("/checker/rest-day", test_rest_day);
  g_test_add_func ("/checker/muscle-recovery", test_muscle_recovery);
  g_test_add_func ("/checker/speed-load", test_speed_load);
  g_test_add_func ("/checker/heavy-block", test_heavy_block);
  g_test_add_func ("/checker/progression", test_progression);
  g_test_add_func ("/checker/data", test_data);
  g_test_add_func ("/checker/week-stats", test_week_stats);
  g_test_add_func ("/checker/session-estimate", test_session_estimate);
  g_test_add_func ("/checker/large-plan", test_large_plan);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
