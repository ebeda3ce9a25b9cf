/* regimen-chart.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "regimen-core.h"
#include "regimen-palette.h"

G_BEGIN_DECLS

typedef struct
{
  /* The planned load of each day, Monday first. */
  double   loads[REGIMEN_DAYS_PER_WEEK];
  gboolean hiit[REGIMEN_DAYS_PER_WEEK];
  /* A dashed line at this daily load (the budget spread over the week);
   * 0 draws none. */
  double   reference;
  /* The load as trained, drawn only on days with a logged session. */
  double   done[REGIMEN_DAYS_PER_WEEK];
  gboolean logged[REGIMEN_DAYS_PER_WEEK];
} RegimenDailyLoads;

void regimen_chart_draw_daily_loads (cairo_t                 *cr,
                                     double                   width,
                                     double                   height,
                                     const RegimenDailyLoads *data,
                                     RegimenPaletteVariant    variant);

typedef struct
{
  /* The week's planned load. */
  double load;
  /* The week's load budget; 0 draws none. */
  double budget;
  /* Fitness, fatigue and form after the week's last day. */
  double ctl;
  double atl;
  double tsb;
  /* The load of the week's logged sessions as trained, drawn only when
   * @logged. */
  double   done;
  gboolean logged;
  /* Fitness, fatigue and form from the planned load alone, logs aside
   * (regimen_plan_weekly_fitness()); the same as ctl, atl and tsb while
   * nothing is logged. */
  double planned_ctl;
  double planned_atl;
  double planned_tsb;
} RegimenWeekLoad;

typedef struct
{
  guint                  n_weeks;
  const RegimenWeekLoad *weeks;
  /* Highlighted; G_MAXUINT (or any index past the end) for none. */
  guint                  current_week;
} RegimenWeeklyLoads;

void regimen_chart_draw_weeks       (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const RegimenWeeklyLoads *data,
                                     RegimenPaletteVariant     variant);

/* The weeks chart's parts, bottom to top: a window keeps those that do not
 * follow the current week and draws only the others at a week switch. */
typedef enum
{
  /* Every week's bar and done bar; the current week's solid only with
   * REGIMEN_WEEKS_PART_CURRENT_BAR. */
  REGIMEN_WEEKS_PART_BARS        = 1 << 0,
  /* The current week's bar and done bar alone. */
  REGIMEN_WEEKS_PART_CURRENT_BAR = 1 << 1,
  /* The zero line, the budget, fitness, fatigue and form, the legend. */
  REGIMEN_WEEKS_PART_LINES       = 1 << 2,
  /* The week numbers, the current one bold. */
  REGIMEN_WEEKS_PART_LABELS      = 1 << 3,
  REGIMEN_WEEKS_PART_ALL         = 0xf,
} RegimenWeeksParts;

void regimen_chart_draw_weeks_parts (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const RegimenWeeklyLoads *data,
                                     RegimenPaletteVariant     variant,
                                     RegimenWeeksParts         parts);
double regimen_chart_weeks_labels_top (double                  height);
gboolean regimen_weekly_loads_plan_differs (const RegimenWeeklyLoads *data);
guint regimen_chart_week_at_x       (double                    width,
                                     guint                     n_weeks,
                                     double                    x);

void regimen_chart_draw_progress    (cairo_t                  *cr,
                                     double                    width,
                                     double                    height,
                                     const RegimenProgress    *progress,
                                     RegimenPaletteVariant     variant);

G_END_DECLS
