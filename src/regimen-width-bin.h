/* regimen-width-bin.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define REGIMEN_TYPE_WIDTH_BIN (regimen_width_bin_get_type ())

G_DECLARE_FINAL_TYPE (RegimenWidthBin, regimen_width_bin, REGIMEN, WIDTH_BIN, GtkWidget)

GtkWidget *regimen_width_bin_new (GtkWidget *child);

G_END_DECLS
