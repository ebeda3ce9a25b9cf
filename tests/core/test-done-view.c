/* test-done-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fixture-util.h"
#include "regimen-core.h"

static RegimenLibrary *library;

/* A squat session on the Monday of three weeks from 23 November 2026:
 * logged in weeks 1 and 2, and week 3 logged with a hold only;
 * week 4 plans the same and logs nothing. By hand: Epley gives
 * 100 × (1 + 5/30) = 116.67, 105 × (1 + 5/30) = 122.5 and
 * 110 × (1 + 3/30) = 121 kg. */
#define SESSION(ID, ITEM, LOG) \
  "{ \"days\": [ { \"sessions\": [ { \"id\": \"" ID "\", \"title\": \"Legs\", \"kind\": \"strength\"," \
  "  \"rpe\": 8, \"minutes\": 40, \"items\": [" \
  "   { \"id\": \"" ITEM "\", \"exercise\": \"barbell-back-squat\", \"sets\": 3, \"reps\": 5," \
  "     \"load_percent_1rm\": 80 }," \
  "   { \"id\": \"" ITEM "h\", \"exercise\": \"side-plank-hip-flexion\", \"sets\": 2, \"hold_seconds\": 20 } ]" \
  LOG " } ] }, { \"sessions\": [] }, { \"sessions\": [] }, { \"sessions\": [] }," \
  "  { \"sessions\": [] }, { \"sessions\": [] }, { \"sessions\": [] } ] }"

static const char squat_plan[] =
  "{ \"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Squats\", \"start_date\": \"2026-11-23\","
  "  \"weeks\": ["
  SESSION ("sqweek0001", "sqitem0001",
           ", \"log\": { \"status\": \"done\", \"items\": ["
           "  { \"item\": \"sqitem0001\", \"sets\": [ { \"reps\": 5, \"load\": 100, \"unit\": \"kg\" },"
           "    { \"reps\": 5, \"load\": 100, \"unit\": \"kg\" }, { \"reps\": 5, \"load\": 100, \"unit\": \"kg\" },"
           "    { \"reps\": 5 }, { \"reps\": 5 } ] },"
           "  { \"item\": \"sqitem0001h\", \"sets\": [ { \"hold_seconds\": 20 }, { \"hold_seconds\": 25 } ] } ] }") ","
  SESSION ("sqweek0002", "sqitem0002",
           ", \"log\": { \"status\": \"partly\", \"date\": \"2026-12-01\", \"items\": ["
           "  { \"item\": \"sqitem0002\", \"sets\": [ { \"reps\": 5, \"load\": 105, \"unit\": \"kg\" },"
           "    { \"reps\": 3, \"load\": 105, \"unit\": \"kg\" } ] } ] }") ","
  SESSION ("sqweek0003", "sqitem0003",
           ", \"log\": { \"status\": \"done\", \"items\": ["
           "  { \"item\": \"sqitem0003\", \"sets\": [ { \"reps\": 3, \"load\": 110, \"unit\": \"kg\" },"
           "    { \"reps\": 12, \"load\": 80, \"unit\": \"kg\" } ] },"
           "  { \"item\": \"sqitem0003h\", \"sets\": [ { \"hold_seconds\": 15 } ] } ] }") ","
  SESSION ("sqweek0004", "sqitem0004", "")
  "] }";

static RegimenPlan *
load_squat_plan (void)
{
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_data (squat_plan, -1, &error);

  g_assert_no_error (error);
  return plan;
}

static GDate *
day (guint d, GDateMonth m, guint y)
{
  return g_date_new_dmy (d, m, y);
}

/* Before, on the first and last day of, and after the first week. */
static void
test_week_when (void)
{
  g_autoptr(RegimenPlan) plan = load_squat_plan ();
  g_autoptr(RegimenPlan) undated = regimen_plan_new ();
  g_autoptr(GDate) sunday_before = day (22, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) monday = day (23, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) sunday = day (29, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) next_monday = day (30, G_DATE_NOVEMBER, 2026);

  g_assert_cmpint (regimen_plan_get_week_when (plan, 0, sunday_before), ==, REGIMEN_WEEK_WHEN_FUTURE);
  g_assert_cmpint (regimen_plan_get_week_when (plan, 0, monday), ==, REGIMEN_WEEK_WHEN_CURRENT);
  g_assert_cmpint (regimen_plan_get_week_when (plan, 0, sunday), ==, REGIMEN_WEEK_WHEN_CURRENT);
  g_assert_cmpint (regimen_plan_get_week_when (plan, 0, next_monday), ==, REGIMEN_WEEK_WHEN_PAST);
  g_assert_cmpint (regimen_plan_get_week_when (plan, 1, next_monday), ==, REGIMEN_WEEK_WHEN_CURRENT);
  g_assert_cmpint (regimen_plan_get_week_when (undated, 0, monday), ==, REGIMEN_WEEK_WHEN_UNDATED);
}

/* The logged fixture by hand: Monday planned 7 × 45 = 315, done 8 × 50 =
 * 400; Wednesday planned 3 × 30 = 90, skipped; Friday planned and done
 * 6 × 40 = 240. */
static void
test_week_texts (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged.json");
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, library);
  const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, 0);
  g_autofree char *load = regimen_week_describe_load_done (stats, REGIMEN_WEEK_WHEN_PAST);
  g_autofree char *sessions = regimen_week_describe_sessions_done (stats, REGIMEN_WEEK_WHEN_PAST);
  double done[REGIMEN_DAYS_PER_WEEK];
  gboolean logged[REGIMEN_DAYS_PER_WEEK];
  const double expected[REGIMEN_DAYS_PER_WEEK] = { 400, 0, 0, 0, 240, 0, 0 };
  const gboolean expected_logged[REGIMEN_DAYS_PER_WEEK] = { TRUE, FALSE, TRUE, FALSE, TRUE, FALSE, FALSE };

  g_assert_cmpstr (load, ==, "Planned 645 AU · done 640 AU");
  g_assert_cmpstr (sessions, ==, "1 of 3 sessions done · 1 partly · 1 skipped");
  /* Everything is logged: nothing counts as planned. */
  g_assert_null (regimen_week_get_done_caveat (stats, REGIMEN_WEEK_WHEN_PAST));

  regimen_week_get_done_daily_loads (regimen_plan_get_week (plan, 0), done, logged);
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      g_assert_cmpfloat_with_epsilon (done[d], expected[d], 1e-9);
      g_assert_cmpint (logged[d], ==, expected_logged[d]);
    }
}

/* A past week with nothing logged does not read as done; the same week
 * still under way or to come is only “not logged yet”. */
static void
test_past_unlogged (void)
{
  g_autoptr(RegimenPlan) plan = load_squat_plan ();
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, library);
  const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, 3);
  g_autofree char *past_load = regimen_week_describe_load_done (stats, REGIMEN_WEEK_WHEN_PAST);
  g_autofree char *past_sessions = regimen_week_describe_sessions_done (stats, REGIMEN_WEEK_WHEN_PAST);
  g_autofree char *current_load = regimen_week_describe_load_done (stats, REGIMEN_WEEK_WHEN_CURRENT);
  g_autofree char *future_sessions = regimen_week_describe_sessions_done (stats, REGIMEN_WEEK_WHEN_FUTURE);
  double done[REGIMEN_DAYS_PER_WEEK];
  gboolean logged[REGIMEN_DAYS_PER_WEEK];

  g_assert_cmpuint (stats->sessions_logged, ==, 0);
  g_assert_cmpfloat (stats->planned_load, ==, 320);
  g_assert_cmpstr (past_load, ==, "Planned 320 AU · nothing logged");
  g_assert_cmpstr (past_sessions, ==, "The 1 session planned is not logged");
  g_assert_cmpstr (current_load, ==, "Planned 320 AU · nothing logged yet");
  g_assert_cmpstr (future_sessions, ==, "The 1 session planned is not logged yet");
  g_assert_nonnull (regimen_week_get_done_caveat (stats, REGIMEN_WEEK_WHEN_PAST));
  g_assert_null (regimen_week_get_done_caveat (stats, REGIMEN_WEEK_WHEN_CURRENT));

  regimen_week_get_done_daily_loads (regimen_plan_get_week (plan, 3), done, logged);
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    g_assert_false (logged[d]);

  /* The logged week 1 reads as done: 8 × 40 = 320 as planned and done. */
  {
    const RegimenWeekStats *first = regimen_checker_get_week_stats (checker, 0);
    g_autofree char *load = regimen_week_describe_load_done (first, REGIMEN_WEEK_WHEN_PAST);
    g_autofree char *sessions = regimen_week_describe_sessions_done (first, REGIMEN_WEEK_WHEN_PAST);

    g_assert_cmpstr (load, ==, "Planned 320 AU · done 320 AU");
    g_assert_cmpstr (sessions, ==, "1 of 1 session done");
  }
}

/* Each item's prescription against its sets, runs of equal sets counted. */
static void
test_item_texts (void)
{
  g_autoptr(RegimenPlan) plan = load_squat_plan ();
  g_autoptr(RegimenPlan) logged = fixture_load_plan ("plans", "logged.json");
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  RegimenSession *partly = regimen_plan_get_session (plan, 1, 0, 0);
  RegimenSession *monday = regimen_plan_get_session (logged, 0, 0, 0);
  RegimenSession *wednesday = regimen_plan_get_session (logged, 0, 2, 0);
  RegimenSession *friday = regimen_plan_get_session (logged, 0, 4, 0);
  g_autofree char *squat = NULL;
  g_autofree char *hold = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *narrow = NULL;
  g_autofree char *single = NULL;
  g_autofree char *burpee = NULL;
  g_autofree char *run = NULL;
  g_autofree char *push_up = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *unlogged = NULL;

  squat = regimen_item_describe_planned_done (regimen_session_get_item (session, 0),
                                              regimen_session_get_log (session), library, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (squat, ==, "Barbell Back Squat — planned 3 × 5 at 80 % 1RM, done 3 × 5 at 100 kg / 2 × 5");
  hold = regimen_item_describe_planned_done (regimen_session_get_item (session, 1),
                                             regimen_session_get_log (session), library, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (hold, ==, "Side Plank with Hip Flexion — planned 2 × 20 s, done 1 × 20 s / 1 × 25 s");
  /* Done partly, and the hold has no sets logged: not done. */
  missing = regimen_item_describe_planned_done (regimen_session_get_item (partly, 1),
                                                regimen_session_get_log (partly), library, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (missing, ==, "Side Plank with Hip Flexion — planned 2 × 20 s, not done");

  narrow = regimen_item_describe_planned_done (regimen_session_get_item (monday, 0),
                                               regimen_session_get_log (monday), NULL, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (narrow, ==, "narrow-stance-squat — planned 3 × 10 at 50 % 1RM, "
                               "done 1 × 10 at 40 kg / 1 × 10 at 42.5 kg / 1 × 8 at 42.5 kg");
  single = regimen_item_describe_planned_done (regimen_session_get_item (monday, 1),
                                               regimen_session_get_log (monday), NULL, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (single, ==, "single-leg-high-knee-hold — planned 2 × 20 s each side, done 1 × 20 s / 1 × 15 s");
  burpee = regimen_item_describe_planned_done (regimen_session_get_item (monday, 2),
                                               regimen_session_get_log (monday), NULL, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (burpee, ==, "burpee — planned 8 rounds, done 5 rounds");
  run = regimen_item_describe_planned_done (regimen_session_get_item (wednesday, 0),
                                            regimen_session_get_log (wednesday), NULL, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (run, ==, "easy-run — planned 30 min, skipped");
  push_up = regimen_item_describe_planned_done (regimen_session_get_item (friday, 0),
                                                regimen_session_get_log (friday), NULL, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (push_up, ==, "push-up — planned 3 × 12, done 2 × 12 / 1 × 10 at 10 lb");

  heading = regimen_session_describe_done (monday, 0);
  g_assert_cmpstr (heading, ==, "Monday · Lower body A — Partly done");
  unlogged = regimen_session_describe_done (regimen_plan_get_session (plan, 3, 0, 0), 0);
  g_assert_cmpstr (unlogged, ==, "Monday · Legs — Not logged");
}

/* An item of a session done, with no sets of its own: as planned, as the
 * muscle counts take it. */
static void
test_item_as_planned (void)
{
  g_autoptr(RegimenPlan) plan = load_squat_plan ();
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  g_autoptr(RegimenSessionLog) log = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);
  g_autofree char *text = NULL;

  text = regimen_item_describe_planned_done (regimen_session_get_item (session, 0), log, library, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (text, ==, "Barbell Back Squat — planned 3 × 5 at 80 % 1RM, done as planned");
}

/* A load in kg reads in the person's unit, as the item row shows it,
 * beside a share of 1RM when the item gives both. */
static void
test_item_load_kg (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("barbell-back-squat");
  g_autoptr(RegimenSessionLog) log = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);
  g_autofree char *kg = NULL;
  g_autofree char *lb = NULL;
  g_autofree char *both = NULL;

  regimen_item_set_sets (item, 3);
  regimen_item_set_reps (item, 5);
  regimen_item_set_load_kg (item, 60);
  kg = regimen_item_describe_planned_done (item, log, NULL, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (kg, ==, "barbell-back-squat — planned 3 × 5 at 60 kg, done as planned");
  lb = regimen_item_format_planned (item, REGIMEN_LOAD_UNIT_LB);
  g_assert_cmpstr (lb, ==, "3 × 5 at 132.3 lb");

  regimen_item_set_load_percent_1rm (item, 80);
  both = regimen_item_format_planned (item, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (both, ==, "3 × 5 at 60 kg (80 % 1RM)");
}

/* A share of 1RM a hand-edited plan holds reads in digits, as held:
 * “%g” said “1e-07 % 1RM” and cut 72.123456789 to six digits. */
static void
test_item_percent_digits (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("barbell-back-squat");
  g_autofree char *tiny = NULL;
  g_autofree char *long_share = NULL;
  g_autofree char *with_load = NULL;

  regimen_item_set_sets (item, 3);
  regimen_item_set_reps (item, 5);
  regimen_item_set_load_percent_1rm (item, 0.0000001);
  tiny = regimen_item_format_planned (item, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (tiny, ==, "3 × 5 at 0.0000001 % 1RM");

  regimen_item_set_load_percent_1rm (item, 72.123456789);
  long_share = regimen_item_format_planned (item, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (long_share, ==, "3 × 5 at 72.123456789 % 1RM");

  regimen_item_set_load_kg (item, 60);
  with_load = regimen_item_format_planned (item, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (with_load, ==, "3 × 5 at 60 kg (72.123456789 % 1RM)");
}

/* The squat's progress: heaviest 100, 105, 110 kg; best estimate in week
 * 2 (122.5 kg), not the heaviest week 3 (121 kg). The 12 reps at 80 kg
 * have no estimate. Holds: 25 s in week 1, 15 s in week 3. */
static void
test_progress (void)
{
  g_autoptr(RegimenPlan) plan = load_squat_plan ();
  g_autoptr(GArray) squat_history = regimen_plan_get_exercise_history (plan, "barbell-back-squat");
  g_autoptr(GArray) hold_history = regimen_plan_get_exercise_history (plan, "side-plank-hip-flexion");
  g_autoptr(GArray) none_history = regimen_plan_get_exercise_history (plan, "burpee");
  g_autoptr(RegimenProgress) squat = regimen_progress_new (squat_history);
  g_autoptr(RegimenProgress) hold = regimen_progress_new (hold_history);
  g_autoptr(RegimenProgress) none = regimen_progress_new (none_history);
  g_autofree char *squat_text = regimen_progress_describe (squat);
  g_autofree char *hold_text = regimen_progress_describe (hold);
  const RegimenProgressPoint *point;

  g_assert_cmpint (squat->kind, ==, REGIMEN_PROGRESS_LOAD);
  g_assert_cmpuint (squat->points->len, ==, 3);
  point = &g_array_index (squat->points, RegimenProgressPoint, 0);
  g_assert_cmpfloat (point->value, ==, 100);
  g_assert_cmpuint (point->reps, ==, 5);
  g_assert_cmpfloat_with_epsilon (point->e1rm_kg, 116.6666667, 1e-6);
  point = &g_array_index (squat->points, RegimenProgressPoint, 1);
  g_assert_cmpuint (point->reps, ==, 5);
  g_assert_cmpfloat_with_epsilon (point->e1rm_kg, 122.5, 1e-9);
  g_assert_cmpuint (g_date_get_day (&point->date), ==, 1);
  point = &g_array_index (squat->points, RegimenProgressPoint, 2);
  g_assert_cmpfloat (point->value, ==, 110);
  g_assert_cmpfloat_with_epsilon (point->e1rm_kg, 121, 1e-9);

  g_assert_cmpstr (squat_text, ==,
                   "Heaviest set: first 100 kg × 5 (23 Nov), last 110 kg × 3 (7 Dec), best 110 kg × 3 (7 Dec). "
                   "Estimated 1RM: first 116.7 kg (23 Nov), last 121 kg (7 Dec), best 122.5 kg (1 Dec).");

  g_assert_cmpint (hold->kind, ==, REGIMEN_PROGRESS_HOLD);
  g_assert_cmpuint (hold->points->len, ==, 2);
  g_assert_cmpstr (hold_text, ==, "Longest hold: first 25 s (23 Nov), last 15 s (7 Dec), best 25 s (23 Nov).");

  g_assert_cmpint (none->kind, ==, REGIMEN_PROGRESS_NONE);
  g_assert_null (regimen_progress_describe (none));
}

/* Loads of a hand-edited log at the file's limits read in digits, as
 * logged: “%g” said “1e-07 kg” for 0.0000001 kg and “2000 kg” for
 * 1999.99999 (adversarial pass 26). */
static void
test_item_load_digits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (
    "{ \"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Loads\", \"weeks\": ["
    SESSION ("ldweek0001", "lditem0001",
             ", \"log\": { \"status\": \"done\", \"items\": ["
             "  { \"item\": \"lditem0001\", \"sets\": [ { \"reps\": 5, \"load\": 1e-7, \"unit\": \"kg\" },"
             "    { \"reps\": 5, \"load\": 1999.99999, \"unit\": \"lb\" } ] } ] }") " ] }", -1, &error);
  RegimenSession *session;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  session = regimen_plan_get_session (plan, 0, 0, 0);
  text = regimen_item_describe_planned_done (regimen_session_get_item (session, 0), regimen_session_get_log (session),
                                             library, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpstr (text, ==, "Barbell Back Squat — planned 3 × 5 at 80 % 1RM, done 1 × 5 at 0.0000001 kg / "
                             "1 × 5 at 1999.99999 lb");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  library = regimen_library_get_default ();

  g_test_add_func ("/done-view/week-when", test_week_when);
  g_test_add_func ("/done-view/week-texts", test_week_texts);
  g_test_add_func ("/done-view/past-unlogged", test_past_unlogged);
  g_test_add_func ("/done-view/item-texts", test_item_texts);
  g_test_add_func ("/done-view/item-as-planned", test_item_as_planned);
  g_test_add_func ("/done-view/item-load-kg", test_item_load_kg);
  g_test_add_func ("/done-view/item-load-digits", test_item_load_digits);
  g_test_add_func ("/done-view/item-percent-digits", test_item_percent_digits);
  g_test_add_func ("/done-view/progress", test_progress);

  return g_test_run ();
}
