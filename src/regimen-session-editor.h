/* regimen-session-editor.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_SESSION_EDITOR (regimen_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (RegimenSessionEditor, regimen_session_editor, REGIMEN, SESSION_EDITOR, GtkPopover)

GtkWidget *regimen_session_editor_new (RegimenPlan    *plan,
                                       RegimenSession *session);

RegimenPlan    *regimen_session_editor_get_plan    (RegimenSessionEditor *self);
RegimenSession *regimen_session_editor_get_session (RegimenSessionEditor *self);

G_END_DECLS
