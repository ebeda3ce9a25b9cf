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
