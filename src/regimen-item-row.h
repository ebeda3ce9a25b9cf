/* regimen-item-row.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_ITEM_ROW (regimen_item_row_get_type ())

G_DECLARE_FINAL_TYPE (RegimenItemRow, regimen_item_row, REGIMEN, ITEM_ROW, GtkWidget)

GtkWidget   *regimen_item_row_new      (RegimenItem    *item,
                                        RegimenLibrary *library,
                                        RegimenPlan    *plan);
RegimenItem *regimen_item_row_get_item (RegimenItemRow *self);
const char  *regimen_item_row_get_summary (RegimenItemRow *self);
gboolean     regimen_item_row_rebind   (RegimenItemRow *self,
                                        RegimenItem    *item,
                                        RegimenLibrary *library,
                                        RegimenPlan    *plan);

G_END_DECLS
