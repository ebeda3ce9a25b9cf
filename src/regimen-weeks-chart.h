/* regimen-weeks-chart.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-chart.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_WEEKS_CHART (regimen_weeks_chart_get_type ())

G_DECLARE_FINAL_TYPE (RegimenWeeksChart, regimen_weeks_chart, REGIMEN, WEEKS_CHART, GtkWidget)

GtkWidget *regimen_weeks_chart_new      (void);
void       regimen_weeks_chart_set_data (RegimenWeeksChart        *self,
                                         const RegimenWeeklyLoads *data);

G_END_DECLS
