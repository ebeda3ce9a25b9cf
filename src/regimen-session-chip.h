/* regimen-session-chip.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_SESSION_CHIP (regimen_session_chip_get_type ())

G_DECLARE_FINAL_TYPE (RegimenSessionChip, regimen_session_chip, REGIMEN, SESSION_CHIP, GtkButton)

/* A session in the plan overview: its kind as an icon and its title, in
 * a button that opens it in the week view and can be dragged to a day of
 * another week. */
GtkWidget      *regimen_session_chip_new         (RegimenSession     *session,
                                                  guint               day);
RegimenSession *regimen_session_chip_get_session (RegimenSessionChip *self);
guint           regimen_session_chip_get_day     (RegimenSessionChip *self);
const char     *regimen_session_kind_icon_name   (RegimenSessionKind  kind);

G_END_DECLS
