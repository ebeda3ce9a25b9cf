/* regimen-store-mirror.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The items of a model class's GListStore as a plain array of borrowed
 * pointers, for the peek accessors (regimen_session_peek_item() and the
 * like) that the check, the metrics, the reader and the writer use in
 * their loops: g_list_model_get_item() takes and drops a reference and
 * checks types for every item, about half of a re-check of a long plan.
 * The store still owns the items; the array follows it through the
 * store's own items-changed, connected when the store is made, so before
 * any view's handler. Not installed. */
GPtrArray *regimen_store_mirror_new    (GListStore *store,
                                        guint64    *revision);
void       regimen_store_mirror_clear  (GListStore *store,
                                        GPtrArray  *mirror);

/* A number no earlier change of any model object was given: an item,
 * session, day and week take a new one when made and at every change of
 * their own fields or of their list, so the check's cache knows a week is
 * as it was from its objects and their revisions alone
 * (regimen-checker.c, week_pass_key()). */
guint64    regimen_revision_next       (void);

G_END_DECLS
