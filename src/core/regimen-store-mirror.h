/* regimen-store-mirror.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What each item, session, day and week of a plan keeps of its place in
 * the plan's tree, for the check's cache and the commands' look-ups. */
typedef struct _RegimenNode RegimenNode;

struct _RegimenNode
{
  /* The object this node is part of. */
  gpointer     object;
  /* A number no earlier change of any model object was given
   * (regimen_revision_next()): renewed when the object is made, at every
   * change of its own fields or of its list, and at every change of an
   * object below it (regimen_node_changed()), so a week's revision says
   * whether anything in it changed. */
  guint64      revision;
  /* The node of the list's owner the object is in (a session's for an
   * item, a day's for a session, a week's for a day); NULL when it is in
   * none, and for a week (the plan has no node). */
  RegimenNode *parent;
  /* In how many lists the object is, and whether it was ever in two at
   * once: then @parent names only one of them, and a change below renews
   * regimen_node_shared_revision() as well. */
  guint        n_lists;
  gboolean     shared;
};

typedef RegimenNode *(*RegimenNodeFunc) (gpointer object);

void        regimen_node_init               (RegimenNode         *node,
                                             gpointer             object);
void        regimen_node_changed            (RegimenNode         *node);
guint64     regimen_node_shared_revision    (void);

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
 * made, so before any view's handler. With an owner, every change of the
 * list is a change of the owner (regimen_node_changed()), and the objects
 * in it have the owner as their parent. Embedded in its owner; not
 * installed. */
typedef struct
{
  GPtrArray  *array;
  GListStore *store;
  GType            item_type;
  RegimenNode     *owner;
  RegimenNodeFunc  node_of;
} RegimenStoreMirror;

void        regimen_store_mirror_init       (RegimenStoreMirror  *mirror,
                                             GType                item_type,
                                             RegimenNode         *owner,
                                             RegimenNodeFunc      node_of);
GListStore *regimen_store_mirror_get_store  (RegimenStoreMirror  *mirror);
void        regimen_store_mirror_append     (RegimenStoreMirror  *mirror,
                                             gpointer            *objects,
                                             guint                n_objects);
void        regimen_store_mirror_clear      (RegimenStoreMirror  *mirror);

/* A number no earlier change of any model object was given: an item,
 * session, day and week take a new one when made and at every change of
 * their own fields, of their list or of anything below them, so the
 * check's cache knows a week is as it was from the week and its revision
 * alone (regimen-checker.c, week_pass_key()). */
guint64     regimen_revision_next           (void);

G_END_DECLS
