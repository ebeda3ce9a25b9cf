/* regimen-application.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "regimen-document.h"
#include "regimen-log.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_APPLICATION (regimen_application_get_type ())

G_DECLARE_FINAL_TYPE (RegimenApplication, regimen_application, REGIMEN, APPLICATION, AdwApplication)

typedef struct _RegimenWindow RegimenWindow;

RegimenApplication *regimen_application_new          (void);
GSettings          *regimen_application_get_settings       (RegimenApplication *self);
RegimenLoadUnit     regimen_application_get_load_unit      (RegimenApplication *self);
GtkPrintSettings   *regimen_application_get_print_settings (RegimenApplication *self);
void                regimen_application_set_print_settings (RegimenApplication *self,
                                                            GtkPrintSettings   *settings);
gboolean            regimen_application_get_print_settings_busy (RegimenApplication *self);
gboolean            regimen_application_get_ending (RegimenApplication *self);
RegimenWindow      *regimen_application_window_for_document (RegimenApplication *self,
                                                             RegimenDocument    *document,
                                                             RegimenWindow      *preferred);

G_END_DECLS
