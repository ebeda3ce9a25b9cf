/* regimen-done.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-done"

#include "config.h"

#include "regimen-done.h"
#include "regimen-metrics.h"

/**
 * regimen_session_planned_load:
 *
 * Returns: the planned session-RPE load, planned RPE × planned (or
 *   estimated) minutes
 */
double
regimen_session_planned_load (RegimenSession *session)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), 0);

  return regimen_session_estimate_load (session);
}

/**
 * regimen_session_get_done_load:
 * @load: (out): the load as trained
 *
 * A logged session's load: its logged minutes × its logged RPE, each
 * taken from the plan when the log leaves it out; 0 when it was skipped.
 *
 * Returns: FALSE (and @load untouched) when the session is not logged
 */
gboolean
regimen_session_get_done_load (RegimenSession *session,
                               double         *load)
{
  const RegimenSessionLog *log;
  double minutes;
  double rpe;

  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);
  g_return_val_if_fail (load != NULL, FALSE);

  log = regimen_session_get_log (session);
  if (log == NULL)
    return FALSE;

  if (log->status == REGIMEN_LOG_STATUS_SKIPPED)
    {
      *load = 0;
      return TRUE;
    }

  minutes = log->minutes > 0 ? log->minutes : regimen_session_estimate_minutes (session);
  rpe = log->rpe > 0 ? log->rpe : regimen_session_get_rpe (session);
  *load = regimen_session_load (rpe, minutes);

  return TRUE;
}

/**
 * regimen_session_effective_load:
 *
 * The load the plan check and its charts count for @session: the done
 * load where the session is logged, the planned load where it is not.
 *
 * Returns: the load in AU
 */
double
regimen_session_effective_load (RegimenSession *session)
{
  double load;

  g_return_val_if_fail (REGIMEN_IS_SESSION (session), 0);

  if (regimen_session_get_done_load (session, &load))
    return load;

  return regimen_session_planned_load (session);
}

/**
 * regimen_session_effective_item_sets:
 * @item: an item of @session
 *
 * The sets of @item the muscle counts use: as planned (at least one) when
 * the session is not logged; the sets logged for it when it is; for an
 * item without an entry, as planned when the session was done and none
 * when it was done partly or skipped.
 *
 * Returns: a number of sets
 */
guint
regimen_session_effective_item_sets (RegimenSession *session,
                                     RegimenItem    *item)
{
  const RegimenSessionLog *log;
  const RegimenItemLog *item_log;
  guint planned;

  g_return_val_if_fail (REGIMEN_IS_SESSION (session), 0);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), 0);

  planned = MAX (regimen_item_get_sets (item), 1);
  log = regimen_session_get_log (session);
  if (log == NULL)
    return planned;

  if (log->status == REGIMEN_LOG_STATUS_SKIPPED)
    return 0;

  item_log = regimen_session_log_find_item (log, regimen_item_get_id (item));
  if (item_log != NULL)
    return item_log->sets->len;

  return log->status == REGIMEN_LOG_STATUS_DONE ? planned : 0;
}

/**
 * regimen_week_stats_add_session:
 * @day: the day of the week, 0 = Monday
 *
 * Counts @session into the week's planned and done figures.
 */
void
regimen_week_stats_add_session (RegimenWeekStats *stats,
                                guint             day,
                                RegimenSession   *session)
{
  const RegimenSessionLog *log;
  double planned;
  double done;

  g_return_if_fail (stats != NULL);
  g_return_if_fail (day < REGIMEN_DAYS_PER_WEEK);
  g_return_if_fail (REGIMEN_IS_SESSION (session));

  planned = regimen_session_planned_load (session);
  stats->planned_load += planned;
  stats->planned_daily_loads[day] += planned;
  stats->sessions_planned++;

  if (!regimen_session_get_done_load (session, &done))
    return;

  log = regimen_session_get_log (session);
  stats->done_load += done;
  stats->sessions_logged++;
  if (log->status == REGIMEN_LOG_STATUS_DONE)
    stats->sessions_done++;
  else if (log->status == REGIMEN_LOG_STATUS_PARTLY)
    stats->sessions_partly++;
}
