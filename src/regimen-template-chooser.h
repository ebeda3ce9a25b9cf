/* regimen-template-chooser.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_TEMPLATE_CHOOSER (regimen_template_chooser_get_type ())

G_DECLARE_FINAL_TYPE (RegimenTemplateChooser, regimen_template_chooser, REGIMEN, TEMPLATE_CHOOSER, AdwWindow)

GtkWidget *regimen_template_chooser_new           (GtkWindow              *parent);
void       regimen_template_chooser_set_n_weeks  (RegimenTemplateChooser *self,
                                                  guint                   n_weeks);
void       regimen_template_chooser_choose_blank (RegimenTemplateChooser *self);

G_END_DECLS
