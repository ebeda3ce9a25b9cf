/* regimen-window.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-week-view.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_WINDOW (regimen_window_get_type ())

G_DECLARE_FINAL_TYPE (RegimenWindow, regimen_window, REGIMEN, WINDOW, AdwApplicationWindow)

RegimenWindow   *regimen_window_new           (RegimenApplication *application);
RegimenWeekView *regimen_window_get_week_view (RegimenWindow      *self);
RegimenPlan     *regimen_window_get_plan      (RegimenWindow      *self);
RegimenChecker  *regimen_window_get_checker   (RegimenWindow      *self);
GFile           *regimen_window_get_file      (RegimenWindow      *self);
gboolean         regimen_window_is_pristine   (RegimenWindow      *self);
void             regimen_window_set_plan      (RegimenWindow      *self,
                                               RegimenPlan        *plan,
                                               GFile              *file);
RegimenDocument *regimen_window_get_document  (RegimenWindow      *self);
void             regimen_window_set_document  (RegimenWindow      *self,
                                               RegimenDocument    *document);
void             regimen_window_load_file     (RegimenWindow      *self,
                                               GFile              *file);
void             regimen_window_reopen_file   (RegimenWindow      *self,
                                               GFile              *file);
RegimenWindow   *regimen_window_show_read_file (RegimenApplication *application,
                                                RegimenWindow      *preferred,
                                                GFile              *file,
                                                RegimenDocument    *document,
                                                const GError       *error);

G_END_DECLS
