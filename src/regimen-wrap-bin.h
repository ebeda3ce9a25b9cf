/* regimen-wrap-bin.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define REGIMEN_TYPE_WRAP_BIN (regimen_wrap_bin_get_type ())

G_DECLARE_FINAL_TYPE (RegimenWrapBin, regimen_wrap_bin, REGIMEN, WRAP_BIN, GtkWidget)

GtkWidget *regimen_wrap_bin_new (GtkWidget *child);

void       regimen_wrap_bin_measure_height_at (GtkWidget *child,
                                               int        width,
                                               int       *minimum,
                                               int       *natural,
                                               int       *minimum_baseline,
                                               int       *natural_baseline);

G_END_DECLS
