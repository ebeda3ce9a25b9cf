/* regimen-overview-row.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_OVERVIEW_ROW (regimen_overview_row_get_type ())

G_DECLARE_FINAL_TYPE (RegimenOverviewRow, regimen_overview_row, REGIMEN, OVERVIEW_ROW, GtkListBoxRow)

/* A week in the plan overview: number and dates, its sessions as chips
 * under their days, its load against the budget and its problems. It
 * follows its days' sessions itself; the overview hands it the rest as
 * a RegimenWeekSummary. Drops on it are only reported:
 * "week-dropped" (week, after: whether below the row's middle) and
 * "session-dropped" (session, day). */
GtkWidget                *regimen_overview_row_new          (RegimenPlan              *plan,
                                                             RegimenWeek              *week,
                                                             GtkSizeGroup             *label_group,
                                                             GtkSizeGroup             *load_group,
                                                             GtkSizeGroup             *problems_group);
RegimenWeek              *regimen_overview_row_get_week     (RegimenOverviewRow       *self);
void                      regimen_overview_row_set_summary  (RegimenOverviewRow       *self,
                                                             const RegimenWeekSummary *summary);
const RegimenWeekSummary *regimen_overview_row_get_summary  (RegimenOverviewRow       *self);
/* The chips of one day, in order, and the chip showing @session. */
GtkWidget                *regimen_overview_row_get_day_box  (RegimenOverviewRow       *self,
                                                             guint                     day);
GtkWidget                *regimen_overview_row_find_chip    (RegimenOverviewRow       *self,
                                                             RegimenSession           *session);

G_END_DECLS
