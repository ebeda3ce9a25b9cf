/* regimen-plan-settings.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_PLAN_SETTINGS (regimen_plan_settings_get_type ())

G_DECLARE_FINAL_TYPE (RegimenPlanSettings, regimen_plan_settings, REGIMEN, PLAN_SETTINGS, AdwPreferencesWindow)

GtkWidget *regimen_plan_settings_new (GtkWindow   *parent,
                                      RegimenPlan *plan);

RegimenPlan *regimen_plan_settings_get_plan (RegimenPlanSettings *self);

G_END_DECLS
