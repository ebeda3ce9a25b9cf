/* regimen-library-view.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_LIBRARY_VIEW (regimen_library_view_get_type ())

G_DECLARE_FINAL_TYPE (RegimenLibraryView, regimen_library_view, REGIMEN, LIBRARY_VIEW, GtkWidget)

GtkWidget      *regimen_library_view_new              (void);
RegimenLibrary *regimen_library_view_get_library      (RegimenLibraryView *self);
void            regimen_library_view_set_library      (RegimenLibraryView *self,
                                                       RegimenLibrary     *library);
GtkSearchEntry *regimen_library_view_get_search_entry (RegimenLibraryView *self);
guint           regimen_library_view_get_n_shown      (RegimenLibraryView *self);
gboolean        regimen_library_view_focus_results    (RegimenLibraryView *self);
gboolean        regimen_library_view_reveal_exercise  (RegimenLibraryView *self,
                                                       const char         *exercise_id);
RegimenExercise *regimen_library_view_get_selected    (RegimenLibraryView *self);
void            regimen_library_view_capture_typing   (RegimenLibraryView *self,
                                                       GtkWidget          *widget);
int             regimen_library_view_get_sidebar_width (RegimenLibraryView *self);
void            regimen_library_view_set_sidebar_width (RegimenLibraryView *self,
                                                        int                 width);
const char     *regimen_library_view_get_category     (RegimenLibraryView *self);
void            regimen_library_view_set_category     (RegimenLibraryView *self,
                                                       const char         *category_id);
guint           regimen_library_view_get_level        (RegimenLibraryView *self);
void            regimen_library_view_set_level        (RegimenLibraryView *self,
                                                       guint               level);
const char     *regimen_library_view_get_equipment    (RegimenLibraryView *self);
void            regimen_library_view_set_equipment    (RegimenLibraryView *self,
                                                       const char         *equipment_id);
const char     *regimen_library_view_get_muscle       (RegimenLibraryView *self);
void            regimen_library_view_set_muscle       (RegimenLibraryView *self,
                                                       const char         *muscle_id);

G_END_DECLS
