/* regimen-plan-overview.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_PLAN_OVERVIEW (regimen_plan_overview_get_type ())

G_DECLARE_FINAL_TYPE (RegimenPlanOverview, regimen_plan_overview, REGIMEN, PLAN_OVERVIEW, GtkWidget)

/* All weeks of a plan at once, a row each, grouped under their blocks.
 * Rows follow the plan's weeks (items-changed); the check's figures come
 * with regimen_plan_overview_set_checker(), and only rows whose summary
 * changed are redrawn. Weeks and sessions move by drag and drop and by
 * keys (Alt+Up/Down, Alt+Shift+arrows), through the core's commands.
 *
 * Properties: week (the selected row; the window binds it to the week
 * view's week, so that the week actions act on it). Signals:
 * "week-activated" (week, day, session): open the week in the week view,
 * at that session when day and session are not -1. */
GtkWidget *regimen_plan_overview_new          (void);
void       regimen_plan_overview_set_plan     (RegimenPlanOverview *self,
                                               RegimenPlan         *plan);
void       regimen_plan_overview_set_checker  (RegimenPlanOverview *self,
                                               RegimenChecker      *checker);
guint      regimen_plan_overview_get_week     (RegimenPlanOverview *self);
void       regimen_plan_overview_set_week     (RegimenPlanOverview *self,
                                               guint                week);
GtkWidget *regimen_plan_overview_get_row      (RegimenPlanOverview *self,
                                               guint                week);
/* Gives the keyboard focus to the selected week's row. */
void       regimen_plan_overview_focus_week   (RegimenPlanOverview *self);

G_END_DECLS
