/* regimen-week-summary.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-checker.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

/* What the plan overview shows of each week, as plain data: its block,
 * its sessions per day, its load against the budget and its problems.
 * The overview's rows compare a week's summary with the one they show
 * and redraw only when it differs. */
typedef struct
{
  guint            week;
  /* The week's block (-1 when it is in none), where that block starts
   * and how many weeks it spans. */
  int              block;
  guint            block_first_week;
  guint            block_n_weeks;
  /* The week opens a group of the overview: the first week of a block,
   * or the first week after the last block. */
  gboolean         starts_group;
  gboolean         lighter;
  guint            n_sessions;
  guint            day_sessions[REGIMEN_DAYS_PER_WEEK];
  /* From the check; 0 without one, or for a week it has not seen yet. */
  double           load;
  /* 0 when there is no budget (no chronic load yet). */
  double           budget;
  /* load ÷ budget, at most 1; 0 without a budget. */
  double           load_fraction;
  gboolean         load_over;
  /* The check's findings placed in this week, by severity; worst is
   * meaningful only when n_problems > 0. */
  guint            n_errors;
  guint            n_warnings;
  guint            n_notes;
  guint            n_problems;
  RegimenSeverity  worst;
} RegimenWeekSummary;

/* One summary per week of @plan, in a single pass over the check's
 * findings; @checker may be NULL (no loads, no problems). */
RegimenWeekSummary *regimen_week_summaries_new      (RegimenPlan              *plan,
                                                     RegimenChecker           *checker,
                                                     guint                    *n_weeks);
gboolean            regimen_week_summary_equal      (const RegimenWeekSummary *a,
                                                     const RegimenWeekSummary *b);

/* “23 Nov – 29 Nov”, or NULL for a plan without a start date. */
char               *regimen_week_summary_dates      (RegimenPlan              *plan,
                                                     guint                     week);
/* “1240 of 1500 AU”, or “1240 AU” without a budget. */
char               *regimen_week_summary_load_text  (const RegimenWeekSummary *summary);
/* “Weeks 1–4”, “Week 5”. */
char               *regimen_week_range_text         (guint                     first_week,
                                                     guint                     n_weeks);
/* The whole row in words, for screen readers: “Week 3, 7 Dec – 13 Dec,
 * lighter week, 4 sessions, load 980 of 1500 AU, 1 problem, worst:
 * warning”. */
char               *regimen_week_summary_describe   (const RegimenWeekSummary *summary,
                                                     RegimenPlan              *plan);

G_END_DECLS
