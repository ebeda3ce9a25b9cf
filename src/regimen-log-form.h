/* regimen-log-form.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_LOG_FORM (regimen_log_form_get_type ())

G_DECLARE_FINAL_TYPE (RegimenLogForm, regimen_log_form, REGIMEN, LOG_FORM, AdwWindow)

GtkWidget *regimen_log_form_new (GtkWindow       *parent,
                                 RegimenPlan     *plan,
                                 RegimenSession  *session,
                                 RegimenLibrary  *library,
                                 RegimenLoadUnit  unit);
gboolean   regimen_log_form_get_modified (RegimenLogForm *self);
gboolean   regimen_log_form_keep_typed (RegimenLogForm *self);
void       regimen_log_form_close_before_parent (RegimenLogForm *self);
void       regimen_log_form_set_plan (RegimenLogForm *self,
                                      RegimenPlan    *plan);

G_END_DECLS
