/* regimen-check-panel.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_CHECK_PANEL (regimen_check_panel_get_type ())

G_DECLARE_FINAL_TYPE (RegimenCheckPanel, regimen_check_panel, REGIMEN, CHECK_PANEL, GtkWidget)

GtkWidget *regimen_check_panel_new    (void);
void       regimen_check_panel_build  (RegimenCheckPanel *self);
void       regimen_check_panel_update (RegimenCheckPanel *self,
                                       RegimenChecker    *checker,
                                       RegimenPlan       *plan,
                                       RegimenLibrary    *library,
                                       guint              week);

void       regimen_check_panel_set_today (RegimenCheckPanel *self,
                                          const GDate       *today);
gboolean   regimen_check_panel_is_day_stale (RegimenCheckPanel *self);

G_END_DECLS
