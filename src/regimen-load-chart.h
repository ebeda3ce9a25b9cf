/* regimen-load-chart.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-chart.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_LOAD_CHART (regimen_load_chart_get_type ())

G_DECLARE_FINAL_TYPE (RegimenLoadChart, regimen_load_chart, REGIMEN, LOAD_CHART, GtkWidget)

GtkWidget *regimen_load_chart_new      (void);
void       regimen_load_chart_set_data (RegimenLoadChart        *self,
                                        const RegimenDailyLoads *data);

G_END_DECLS
