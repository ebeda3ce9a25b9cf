/* regimen-store-mirror.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A model object's list (a session's items, a day's sessions, a week's
 * days, the plan's weeks): a plain array that owns its objects, for the
 * peek accessors (regimen_session_peek_item() and the like) that the
 * check, the metrics, the reader and the writer use in their loops
 * (g_list_model_get_item() takes and drops a reference and checks types
 * for every item, about half of a re-check of a long plan), and the
 * GListStore that views and commands use, made only when one asks for it
 * (regimen_store_mirror_get_store()). Reading a plan makes no store: a
 * store, its signal connection and its GSequence were about a tenth of a
 * read. Once made, the store is the list's truth and the array follows it
 * through the store's own items-changed, connected when the store is
 * made, so before any view's handler. Embedded in its owner; not
 * installed. */
typedef struct
{
  GPtrArray  *array;
  GListStore *store;
  GType       item_type;
  guint64    *revision;
} RegimenStoreMirror;

void        regimen_store_mirror_init       (RegimenStoreMirror  *mirror,
                                             GType                item_type,
                                             guint64             *revision);
GListStore *regimen_store_mirror_get_store  (RegimenStoreMirror  *mirror);
void        regimen_store_mirror_append     (RegimenStoreMirror  *mirror,
                                             gpointer            *objects,
                                             guint                n_objects);
void        regimen_store_mirror_clear      (RegimenStoreMirror  *mirror);

/* A number no earlier change of any model object was given: an item,
 * session, day and week take a new one when made and at every change of
 * their own fields or of their list, so the check's cache knows a week is
 * as it was from its objects and their revisions alone
 * (regimen-checker.c, week_pass_key()). */
guint64     regimen_revision_next           (void);

G_END_DECLS
