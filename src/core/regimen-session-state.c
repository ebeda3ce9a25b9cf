/* regimen-session-state.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-session-state"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-plan-private.h"
#include "regimen-session-state.h"
#include "regimen-weekday.h"

/**
 * regimen_plan_dup_session_date:
 * @plan: a plan
 * @session: a session of @plan
 *
 * Returns: (transfer full) (nullable): the day @session is planned on, or
 *   %NULL when the plan has no start date or @session is not in it
 */
GDate *
regimen_plan_dup_session_date (RegimenPlan    *plan,
                               RegimenSession *session)
{
  const GDate *start;
  guint week, day;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), NULL);

  start = regimen_plan_get_start_date (plan);
  if (start == NULL || !g_date_valid (start) ||
      !regimen_plan_find_session (plan, session, &week, &day, NULL))
    return NULL;

  return regimen_week_day_date (start, week, day);
}

/**
 * regimen_session_get_state:
 * @plan: a plan
 * @session: a session of @plan
 * @today: the day it is
 *
 * A logged session shows its log's status wherever it is planned (a
 * session may be logged ahead of its day, when it was trained early). One
 * with no log is "not logged" only once its planned day is over: a session
 * planned for today may still be trained, and a plan without a start date
 * has no days that are over.
 *
 * Returns: what the session's card shows about its log
 */
RegimenSessionState
regimen_session_get_state (RegimenPlan    *plan,
                           RegimenSession *session,
                           const GDate    *today)
{
  const RegimenSessionLog *log;
  g_autoptr(GDate) planned = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), REGIMEN_SESSION_STATE_NONE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), REGIMEN_SESSION_STATE_NONE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), REGIMEN_SESSION_STATE_NONE);

  log = regimen_session_get_log (session);
  if (log != NULL)
    {
      switch (log->status)
        {
        case REGIMEN_LOG_STATUS_DONE:
          return REGIMEN_SESSION_STATE_DONE;
        case REGIMEN_LOG_STATUS_PARTLY:
          return REGIMEN_SESSION_STATE_PARTLY;
        case REGIMEN_LOG_STATUS_SKIPPED:
          return REGIMEN_SESSION_STATE_SKIPPED;
        default:
          g_return_val_if_reached (REGIMEN_SESSION_STATE_NONE);
        }
    }

  planned = regimen_plan_dup_session_date (plan, session);
  if (planned != NULL && g_date_compare (planned, today) < 0)
    return REGIMEN_SESSION_STATE_NOT_LOGGED;

  return REGIMEN_SESSION_STATE_NONE;
}

/**
 * regimen_session_state_get_label:
 *
 * Returns: (nullable): the state in words, translated, or %NULL for
 *   REGIMEN_SESSION_STATE_NONE
 */
const char *
regimen_session_state_get_label (RegimenSessionState state)
{
  switch (state)
    {
    case REGIMEN_SESSION_STATE_NONE:
      return NULL;

    case REGIMEN_SESSION_STATE_NOT_LOGGED:
      /* Translators: a past session's state when nothing has been logged for it */
      return _("Not logged");

    case REGIMEN_SESSION_STATE_DONE:
      return regimen_log_status_get_label (REGIMEN_LOG_STATUS_DONE);

    case REGIMEN_SESSION_STATE_PARTLY:
      return regimen_log_status_get_label (REGIMEN_LOG_STATUS_PARTLY);

    case REGIMEN_SESSION_STATE_SKIPPED:
      return regimen_log_status_get_label (REGIMEN_LOG_STATUS_SKIPPED);

    default:
      g_return_val_if_reached (NULL);
    }
}
