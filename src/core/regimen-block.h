/* regimen-block.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define REGIMEN_TYPE_BLOCK (regimen_block_get_type ())

G_DECLARE_FINAL_TYPE (RegimenBlock, regimen_block, REGIMEN, BLOCK, GObject)

/* A block of a plan: a name, an optional goal and how many consecutive
 * weeks it spans (docs/plan-format.md, "Blocks"). Where its weeks start
 * follows from the blocks before it: regimen_plan_get_block_range().
 *
 * Properties: name (never NULL or empty), goal (nullable), n-weeks (at
 * least 1). The setters are for blocks not in a plan yet; inside a plan
 * use the regimen_plan_*_block() commands, which can be undone. */
RegimenBlock *regimen_block_new         (const char   *name,
                                         const char   *goal,
                                         guint         n_weeks);
RegimenBlock *regimen_block_copy        (RegimenBlock *self);

const char   *regimen_block_get_name    (RegimenBlock *self);
const char   *regimen_block_get_goal    (RegimenBlock *self);
guint         regimen_block_get_n_weeks (RegimenBlock *self);
JsonObject   *regimen_block_get_extra   (RegimenBlock *self);

void          regimen_block_set_name    (RegimenBlock *self,
                                         const char   *name);
void          regimen_block_set_goal    (RegimenBlock *self,
                                         const char   *goal);
void          regimen_block_set_n_weeks (RegimenBlock *self,
                                         guint         n_weeks);
void          regimen_block_take_extra  (RegimenBlock *self,
                                         JsonObject   *extra);

/* A name shows something: "  ", or zero-width spaces, direction marks
 * and soft hyphens alone, name no block. */
gboolean      regimen_block_name_valid  (const char   *name);

/* Whether @text (nullable) shows anything, by the same measure: a week's
 * label that does not is no label where it would stand for the week. */
gboolean      regimen_text_shows_something (const char *text);

G_END_DECLS
