/* regimen-done-view.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-checker.h"
#include "regimen-done.h"
#include "regimen-library.h"
#include "regimen-log.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

/* Planned against done as the views show it, worked out as plain data:
 * the check panel, its charts, the exercise detail and regimen-cli share
 * these, and the tests check them without a display. */

/* Where a plan week lies from a given day. */
typedef enum
{
  /* The plan has no start date: its weeks are not on the calendar. */
  REGIMEN_WEEK_WHEN_UNDATED,
  REGIMEN_WEEK_WHEN_FUTURE,
  REGIMEN_WEEK_WHEN_CURRENT,
  REGIMEN_WEEK_WHEN_PAST,
} RegimenWeekWhen;

RegimenWeekWhen regimen_plan_get_week_when            (RegimenPlan             *plan,
                                                       guint                    week,
                                                       const GDate             *today);

char           *regimen_week_describe_load_done       (const RegimenWeekStats  *stats,
                                                       RegimenWeekWhen          when);
char           *regimen_week_describe_sessions_done   (const RegimenWeekStats  *stats,
                                                       RegimenWeekWhen          when);
const char     *regimen_week_get_done_caveat          (const RegimenWeekStats  *stats,
                                                       RegimenWeekWhen          when);
void            regimen_week_get_done_daily_loads     (RegimenWeek             *week,
                                                       double                   done[REGIMEN_DAYS_PER_WEEK],
                                                       gboolean                 logged[REGIMEN_DAYS_PER_WEEK]);

char           *regimen_item_format_planned           (RegimenItem             *item,
                                                       RegimenLoadUnit          unit);
char           *regimen_item_log_format_sets          (const RegimenItemLog    *item_log);
char           *regimen_item_describe_planned_done    (RegimenItem             *item,
                                                       const RegimenSessionLog *log,
                                                       RegimenLibrary          *library,
                                                       RegimenLoadUnit          unit);
char           *regimen_session_describe_done         (RegimenSession          *session,
                                                       guint                    day);

/* An exercise's progress across the plan: one point per logged session
 * that trained it (regimen_plan_get_exercise_history()). */
typedef enum
{
  /* Nothing to draw: no logged set with a load, reps or a hold. */
  REGIMEN_PROGRESS_NONE,
  /* Loaded sets: the heaviest load of each session and its best
   * estimated 1RM. */
  REGIMEN_PROGRESS_LOAD,
  /* Sets of repetitions without a load: the most repetitions. */
  REGIMEN_PROGRESS_REPS,
  /* Holds: the longest hold, in seconds. */
  REGIMEN_PROGRESS_HOLD,
} RegimenProgressKind;

typedef struct
{
  /* The day trained; cleared when not known. */
  GDate  date;
  guint  week;
  guint  day;
  /* The heaviest load (kg), the most repetitions or the longest hold. */
  double value;
  /* For loads: the repetitions of the heaviest set. */
  guint  reps;
  /* For loads: the session's best estimated 1RM (kg), or
   * REGIMEN_LOG_NO_LOAD when no set has one. */
  double e1rm_kg;
} RegimenProgressPoint;

typedef struct
{
  RegimenProgressKind  kind;
  GArray              *points;   /* of RegimenProgressPoint */
} RegimenProgress;

RegimenProgress *regimen_progress_new      (const GArray          *history);
void             regimen_progress_free     (RegimenProgress       *progress);
char            *regimen_progress_describe (const RegimenProgress *progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenProgress, regimen_progress_free)

G_END_DECLS
