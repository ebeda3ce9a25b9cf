/* regimen-progress-chart.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-chart.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_PROGRESS_CHART (regimen_progress_chart_get_type ())

G_DECLARE_FINAL_TYPE (RegimenProgressChart, regimen_progress_chart, REGIMEN, PROGRESS_CHART, GtkWidget)

GtkWidget             *regimen_progress_chart_new          (void);
void                   regimen_progress_chart_set_progress (RegimenProgressChart *self,
                                                            const char           *exercise_name,
                                                            RegimenProgress      *progress);
const RegimenProgress *regimen_progress_chart_get_progress (RegimenProgressChart *self);

G_END_DECLS
