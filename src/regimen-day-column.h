/* regimen-day-column.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_DAY_COLUMN (regimen_day_column_get_type ())

G_DECLARE_FINAL_TYPE (RegimenDayColumn, regimen_day_column, REGIMEN, DAY_COLUMN, GtkWidget)

GtkWidget *regimen_day_column_new               (guint             day);
guint      regimen_day_column_get_day           (RegimenDayColumn *self);
void       regimen_day_column_set_date          (RegimenDayColumn *self,
                                                 const GDate      *date);
void       regimen_day_column_set_load          (RegimenDayColumn *self,
                                                 double            load,
                                                 double            fraction);
GtkWidget *regimen_day_column_get_session_card  (RegimenDayColumn *self,
                                                 guint             session);
void       regimen_day_column_set_problems      (RegimenDayColumn *self,
                                                 RegimenSeverity   severity,
                                                 const char       *messages);
RegimenDay *regimen_day_column_get_model        (RegimenDayColumn *self);
void       regimen_day_column_set_model         (RegimenDayColumn *self,
                                                 RegimenDay       *day,
                                                 RegimenLibrary   *library,
                                                 RegimenPlan      *plan);

G_END_DECLS
