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
  double   loads[REGIMEN_DAYS_PER_WEEK];
  gboolean hiit[REGIMEN_DAYS_PER_WEEK];
  /* A dashed line at this daily load (the budget spread over the week);
   * 0 draws none. */
  double   reference;
} RegimenDailyLoads;

void regimen_chart_draw_daily_loads (cairo_t                 *cr,
                                     double                   width,
                                     double                   height,
                                     const RegimenDailyLoads *data,
                                     RegimenPaletteVariant    variant);

G_END_DECLS
