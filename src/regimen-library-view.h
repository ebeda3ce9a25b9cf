/* regimen-library-view.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define REGIMEN_TYPE_LIBRARY_VIEW (regimen_library_view_get_type ())

G_DECLARE_FINAL_TYPE (RegimenLibraryView, regimen_library_view, REGIMEN, LIBRARY_VIEW, GtkWidget)

GtkWidget *regimen_library_view_new (void);

G_END_DECLS
