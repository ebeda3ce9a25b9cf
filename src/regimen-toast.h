/* regimen-toast.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void regimen_toast_add (GtkWidget *overlay,
                        AdwToast  *toast);

G_END_DECLS
