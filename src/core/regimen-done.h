/* regimen-done.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-checker.h"
#include "regimen-session.h"

G_BEGIN_DECLS

/* Planned and done: what a session's log means for the figures
 * (docs/plan-format.md, "How the log counts"). */

double   regimen_session_planned_load         (RegimenSession   *session);
gboolean regimen_session_get_done_load        (RegimenSession   *session,
                                               double           *load);
double   regimen_session_effective_load       (RegimenSession   *session);
guint    regimen_session_effective_item_sets  (RegimenSession   *session,
                                               RegimenItem      *item);
void     regimen_week_stats_add_session       (RegimenWeekStats *stats,
                                               guint             day,
                                               RegimenSession   *session,
                                               double            planned,
                                               gboolean          done,
                                               double            done_load);
void     regimen_plan_weekly_fitness          (RegimenPlan      *plan,
                                               gboolean          planned_only,
                                               double           *ctl,
                                               double           *atl,
                                               double           *tsb);
void     regimen_weekly_fitness_from_loads    (const double     *loads,
                                               guint             n_weeks,
                                               double            baseline,
                                               double           *ctl,
                                               double           *atl,
                                               double           *tsb);

/* Repetitions up to which regimen_estimate_1rm() gives an estimate. */
#define REGIMEN_ESTIMATE_1RM_MAX_REPS 10

double   regimen_estimate_1rm                 (double            load,
                                               guint             reps);

/* One logged set of an exercise, for its history across the plan. @date
 * is the day trained (the log's date, or the planned day when the plan
 * has a start date; cleared when neither is known); loads are in kg,
 * REGIMEN_LOG_NO_LOAD when not given; e1rm_kg is regimen_estimate_1rm()
 * of the set, REGIMEN_LOG_NO_LOAD when there is none. */
typedef struct
{
  GDate           date;
  guint           week;
  guint           day;
  RegimenSession *session;
  guint           set;
  guint           reps;
  double          load_kg;
  double          e1rm_kg;
  guint           hold_seconds;
  guint           rounds;
} RegimenExerciseSet;

GArray  *regimen_plan_get_exercise_history    (RegimenPlan      *plan,
                                               const char       *exercise_id);

G_END_DECLS
