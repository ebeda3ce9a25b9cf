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
#include "regimen-weekday.h"

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
 * @planned: the session's planned load (regimen_session_planned_load())
 * @done: whether the session is logged (regimen_session_get_done_load())
 * @done_load: its done load when it is
 *
 * Counts @session into the week's planned and done figures. The loads
 * are the caller's, who has worked them out for the day's load already:
 * each is a walk over the session's items.
 */
void
regimen_week_stats_add_session (RegimenWeekStats *stats,
                                guint             day,
                                RegimenSession   *session,
                                double            planned,
                                gboolean          done,
                                double            done_load)
{
  const RegimenSessionLog *log;

  g_return_if_fail (stats != NULL);
  g_return_if_fail (day < REGIMEN_DAYS_PER_WEEK);
  g_return_if_fail (REGIMEN_IS_SESSION (session));

  stats->planned_load += planned;
  stats->planned_daily_loads[day] += planned;
  stats->sessions_planned++;

  if (!done)
    return;

  log = regimen_session_get_log (session);
  stats->done_load += done_load;
  stats->sessions_logged++;
  if (log->status == REGIMEN_LOG_STATUS_DONE)
    stats->sessions_done++;
  else if (log->status == REGIMEN_LOG_STATUS_PARTLY)
    stats->sessions_partly++;
}

/**
 * regimen_plan_weekly_fitness:
 * @planned_only: TRUE: every session's planned load, its log aside (the
 *   plan alone); FALSE: the done load where a session is logged, the
 *   planned load where it is not (the load the checker judges)
 * @ctl: (out caller-allocates) (array) (nullable): fitness after each
 *   week's last day, one value per week
 * @atl: (out caller-allocates) (array) (nullable): fatigue, the same way
 * @tsb: (out caller-allocates) (array) (nullable): form, the same way
 *
 * The fitness, fatigue and form curves (regimen_fitness_fatigue_series())
 * by week, seeded as the checker seeds them: from the athlete's baseline
 * weekly load, or without one from the first week's load of the same
 * kind, so the two curves of a plan differ only where a log does.
 */
void
regimen_plan_weekly_fitness (RegimenPlan *plan,
                             gboolean     planned_only,
                             double      *ctl,
                             double      *atl,
                             double      *tsb)
{
  guint n_weeks;
  guint n_days;
  g_autofree double *loads = NULL;

  g_return_if_fail (REGIMEN_IS_PLAN (plan));

  n_weeks = regimen_plan_get_n_weeks (plan);
  n_days = n_weeks * REGIMEN_DAYS_PER_WEEK;
  loads = g_new0 (double, MAX (n_days, 1));

  for (guint w = 0; w < n_weeks; w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_peek_session (day, s);

            loads[w * REGIMEN_DAYS_PER_WEEK + d] += planned_only ? regimen_session_planned_load (session)
                                                                 : regimen_session_effective_load (session);
          }
      }

  regimen_weekly_fitness_from_loads (loads, n_weeks,
                                     regimen_athlete_get_counted_baseline (regimen_plan_get_athlete (plan)),
                                     ctl, atl, tsb);
}

/**
 * regimen_weekly_fitness_from_loads:
 * @loads: (array): the load of each day of @n_weeks weeks
 * @n_weeks: how many weeks @loads holds
 * @baseline: the athlete's baseline weekly load; 0 or less: none
 * @ctl: (out caller-allocates) (array) (nullable): fitness after each
 *   week's last day, one value per week
 * @atl: (out caller-allocates) (array) (nullable): fatigue, the same way
 * @tsb: (out caller-allocates) (array) (nullable): form, the same way
 *
 * regimen_fitness_fatigue_series() over @loads by week, seeded from
 * @baseline, or without one from the first week's load: the seeding the
 * checker and regimen_plan_weekly_fitness() share.
 */
void
regimen_weekly_fitness_from_loads (const double *loads,
                                   guint         n_weeks,
                                   double        baseline,
                                   double       *ctl,
                                   double       *atl,
                                   double       *tsb)
{
  guint n_days = n_weeks * REGIMEN_DAYS_PER_WEEK;
  g_autofree double *daily_ctl = g_new0 (double, MAX (n_days, 1));
  g_autofree double *daily_atl = g_new0 (double, MAX (n_days, 1));
  g_autofree double *daily_tsb = g_new0 (double, MAX (n_days, 1));
  double seed_week = baseline > 0 ? baseline : regimen_loads_sum (loads, MIN (n_days, REGIMEN_DAYS_PER_WEEK));

  regimen_fitness_fatigue_series (loads, n_days, seed_week / REGIMEN_DAYS_PER_WEEK,
                                  daily_ctl, daily_atl, daily_tsb);

  for (guint w = 0; w < n_weeks; w++)
    {
      guint last = w * REGIMEN_DAYS_PER_WEEK + REGIMEN_DAYS_PER_WEEK - 1;

      if (ctl != NULL)
        ctl[w] = daily_ctl[last];
      if (atl != NULL)
        atl[w] = daily_atl[last];
      if (tsb != NULL)
        tsb[w] = daily_tsb[last];
    }
}

/**
 * regimen_estimate_1rm:
 * @load: the load lifted
 * @reps: the repetitions done with it
 *
 * Epley's estimate of the one-repetition maximum (Epley 1985),
 * load × (1 + reps / 30), in the unit of @load; one repetition is the
 * load itself. Like every such formula it grows unreliable with many
 * repetitions (LeSuer et al. 1997), so there is none past
 * %REGIMEN_ESTIMATE_1RM_MAX_REPS.
 *
 * Returns: the estimate, or %REGIMEN_LOG_NO_LOAD without a load, without
 *   repetitions or past %REGIMEN_ESTIMATE_1RM_MAX_REPS of them
 */
double
regimen_estimate_1rm (double load,
                      guint  reps)
{
  if (load < 0 || reps == 0 || reps > REGIMEN_ESTIMATE_1RM_MAX_REPS)
    return REGIMEN_LOG_NO_LOAD;

  if (reps == 1)
    return load;

  return load * (1.0 + reps / 30.0);
}

/**
 * regimen_plan_get_exercise_history:
 * @exercise_id: an exercise id of the library
 *
 * Every set logged for @exercise_id across the plan, in plan order (week,
 * day, session, item, set): what the exercise detail's progress chart
 * draws. Skipped sessions have none.
 *
 * Returns: (transfer full): a #GArray of #RegimenExerciseSet
 */
GArray *
regimen_plan_get_exercise_history (RegimenPlan *plan,
                                   const char  *exercise_id)
{
  GArray *history;
  const GDate *start;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  history = g_array_new (FALSE, TRUE, sizeof (RegimenExerciseSet));
  start = regimen_plan_get_start_date (plan);

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_peek_session (day, s);
            const RegimenSessionLog *log = regimen_session_get_log (session);

            if (log == NULL || log->status == REGIMEN_LOG_STATUS_SKIPPED)
              continue;

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *item = regimen_session_peek_item (session, i);
                const RegimenItemLog *item_log;

                if (g_strcmp0 (regimen_item_get_exercise (item), exercise_id) != 0)
                  continue;

                item_log = regimen_session_log_find_item (log, regimen_item_get_id (item));
                if (item_log == NULL)
                  continue;

                for (guint j = 0; j < item_log->sets->len; j++)
                  {
                    const RegimenSetLog *set = &g_array_index (item_log->sets, RegimenSetLog, j);
                    RegimenExerciseSet entry = {
                      .week = w,
                      .day = d,
                      .session = session,
                      .set = j + 1,
                      .reps = set->reps,
                      .load_kg = regimen_load_to_kg (set->load, set->unit),
                      .hold_seconds = set->hold_seconds,
                      .rounds = set->rounds,
                    };

                    entry.e1rm_kg = regimen_estimate_1rm (entry.load_kg, entry.reps);
                    g_date_clear (&entry.date, 1);
                    if (g_date_valid (&log->date))
                      entry.date = log->date;
                    else if (start != NULL)
                      {
                        g_autoptr(GDate) planned = regimen_week_day_date (start, w, d);

                        entry.date = *planned;
                      }

                    g_array_append_val (history, entry);
                  }
              }
          }
      }

  return history;
}
