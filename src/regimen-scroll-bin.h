/* regimen-scroll-bin.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define REGIMEN_TYPE_SCROLL_BIN (regimen_scroll_bin_get_type ())

G_DECLARE_FINAL_TYPE (RegimenScrollBin, regimen_scroll_bin, REGIMEN, SCROLL_BIN, GtkWidget)

G_END_DECLS
