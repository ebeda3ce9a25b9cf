/* regimen-week-view.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-day-column.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_WEEK_VIEW (regimen_week_view_get_type ())

G_DECLARE_FINAL_TYPE (RegimenWeekView, regimen_week_view, REGIMEN, WEEK_VIEW, GtkWidget)

GtkWidget        *regimen_week_view_new            (void);
RegimenDayColumn *regimen_week_view_get_day_column (RegimenWeekView *self,
                                                    guint            day);
void              regimen_week_view_set_week       (RegimenWeekView *self,
                                                    const char      *label,
                                                    const GDate     *start_date);

G_END_DECLS
