/* regimen-item-editor.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_ITEM_EDITOR (regimen_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (RegimenItemEditor, regimen_item_editor, REGIMEN, ITEM_EDITOR, GtkPopover)

GtkWidget *regimen_item_editor_new (RegimenPlan    *plan,
                                    RegimenItem    *item,
                                    const char     *name);

RegimenPlan *regimen_item_editor_get_plan (RegimenItemEditor *self);
RegimenItem *regimen_item_editor_get_item (RegimenItemEditor *self);

G_END_DECLS
