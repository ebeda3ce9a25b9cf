/* test-session-state.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a session card says about a session's log, on fixed days. */

#include "config.h"

#include "regimen-core.h"

/* A plan starting Monday 2026-11-23: a session on Monday and on Wednesday;
 * Friday's is logged as done. */
#define PLAN \
  "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":[" \
  "{\"sessions\":[{\"id\":\"mon\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":[]}]}," \
  "{\"sessions\":[]}," \
  "{\"sessions\":[{\"id\":\"wed\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":[]}]}," \
  "{\"sessions\":[]}," \
  "{\"sessions\":[{\"id\":\"fri\",\"kind\":\"cardio\",\"rpe\":4,\"minutes\":30,\"items\":[]," \
  "\"log\":{\"status\":\"done\",\"items\":[]}}]}," \
  "{\"sessions\":[]},{\"sessions\":[]}]}]}"

static RegimenSessionState
state_on (RegimenPlan *plan,
          const char  *id,
          guint        day_of_month)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, day_of_month, G_DATE_NOVEMBER, 2026);

  return regimen_session_get_state (plan, regimen_plan_find_session_by_id (plan, id), &today);
}

/* A session is "not logged" from the day after its planned day; on the
 * day itself and before, it has nothing to say. */
static void
test_not_logged_after_its_day (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);

  g_assert_no_error (error);

  g_assert_cmpint (state_on (plan, "wed", 24), ==, REGIMEN_SESSION_STATE_NONE);
  g_assert_cmpint (state_on (plan, "wed", 25), ==, REGIMEN_SESSION_STATE_NONE);
  g_assert_cmpint (state_on (plan, "wed", 26), ==, REGIMEN_SESSION_STATE_NOT_LOGGED);
  g_assert_cmpint (state_on (plan, "mon", 24), ==, REGIMEN_SESSION_STATE_NOT_LOGGED);
  g_assert_cmpstr (regimen_session_state_get_label (REGIMEN_SESSION_STATE_NOT_LOGGED), ==, "Not logged");
  g_assert_null (regimen_session_state_get_label (REGIMEN_SESSION_STATE_NONE));
}

/* A logged session says its status wherever it is planned, before its day
 * too (trained early). */
static void
test_logged (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  g_autoptr(RegimenSessionLog) log = regimen_session_log_new (REGIMEN_LOG_STATUS_PARTLY);
  RegimenSession *monday;

  g_assert_no_error (error);

  g_assert_cmpint (state_on (plan, "fri", 20), ==, REGIMEN_SESSION_STATE_DONE);
  g_assert_cmpint (state_on (plan, "fri", 30), ==, REGIMEN_SESSION_STATE_DONE);
  g_assert_cmpstr (regimen_session_state_get_label (REGIMEN_SESSION_STATE_DONE), ==, "Done");

  monday = regimen_plan_find_session_by_id (plan, "mon");
  g_assert_true (regimen_plan_log_session (plan, monday, log));
  g_assert_cmpint (state_on (plan, "mon", 30), ==, REGIMEN_SESSION_STATE_PARTLY);
  g_assert_cmpstr (regimen_session_state_get_label (REGIMEN_SESSION_STATE_PARTLY), ==, "Partly done");
  log->status = REGIMEN_LOG_STATUS_SKIPPED;
  g_assert_true (regimen_plan_log_session (plan, monday, log));
  g_assert_cmpint (state_on (plan, "mon", 30), ==, REGIMEN_SESSION_STATE_SKIPPED);
  g_assert_cmpstr (regimen_session_state_get_label (REGIMEN_SESSION_STATE_SKIPPED), ==, "Skipped");
  g_assert_true (regimen_plan_log_session (plan, monday, NULL));
  g_assert_cmpint (state_on (plan, "mon", 30), ==, REGIMEN_SESSION_STATE_NOT_LOGGED);
}

/* Without a start date no planned day is known, so none is over. */
static void
test_no_start_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  RegimenSession *wednesday;
  g_autoptr(GDate) date = NULL;

  g_assert_no_error (error);
  wednesday = regimen_plan_find_session_by_id (plan, "wed");
  date = regimen_plan_dup_session_date (plan, wednesday);
  g_assert_nonnull (date);
  g_assert_cmpuint (g_date_get_day (date), ==, 25);

  g_assert_true (regimen_plan_set_start_date (plan, NULL));
  g_assert_null (regimen_plan_dup_session_date (plan, wednesday));
  g_assert_cmpint (state_on (plan, "wed", 30), ==, REGIMEN_SESSION_STATE_NONE);
  g_assert_cmpint (state_on (plan, "fri", 30), ==, REGIMEN_SESSION_STATE_DONE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/session-state/not-logged-after-its-day", test_not_logged_after_its_day);
  g_test_add_func ("/core/session-state/logged", test_logged);
  g_test_add_func ("/core/session-state/no-start-date", test_no_start_date);

  return g_test_run ();
}
