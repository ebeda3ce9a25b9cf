/* regimen-store-mirror.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-store-mirror"

#include "config.h"

#include "regimen-store-mirror.h"

static gsize shared_revision;

guint64
regimen_revision_next (void)
{
  static gsize next = 0;

  return (guint64) g_atomic_pointer_add (&next, 1) + 1;
}

void
regimen_node_init (RegimenNode *node,
                   gpointer     object)
{
  *node = (RegimenNode) {
    .object = object,
    .revision = regimen_revision_next (),
  };
}

/**
 * regimen_node_changed:
 *
 * A change of @node's object: a new revision for it and for every object
 * above it, up to its week. An object that was ever in two lists at once
 * renews the shared revision too, since its @parent names only one of
 * the places it changed.
 */
void
regimen_node_changed (RegimenNode *node)
{
  guint64 revision = regimen_revision_next ();

  for (; node != NULL; node = node->parent)
    {
      node->revision = revision;
      if (node->shared)
        g_atomic_pointer_set (&shared_revision, (gsize) revision);
    }
}

/**
 * regimen_node_shared_revision:
 *
 * Returns: the revision of the last change below an object that was ever
 *   in two lists at once (0 when none was), which every week's key holds
 */
guint64
regimen_node_shared_revision (void)
{
  return (guint64) g_atomic_pointer_get (&shared_revision);
}

static void
node_leave (RegimenStoreMirror *mirror,
            gpointer            object)
{
  RegimenNode *node = mirror->node_of (object);

  g_assert (node->n_lists > 0);

  node->n_lists--;
  if (node->parent == mirror->owner)
    node->parent = NULL;
}

static void
node_join (RegimenStoreMirror *mirror,
           gpointer            object)
{
  RegimenNode *node = mirror->node_of (object);

  if (node->n_lists > 0)
    node->shared = TRUE;
  node->n_lists++;
  node->parent = mirror->owner;
}

static void
on_store_items_changed (GListModel         *store,
                        guint               position,
                        guint               removed,
                        guint               added,
                        RegimenStoreMirror *mirror)
{
  if (mirror->owner != NULL)
    {
      regimen_node_changed (mirror->owner);
      for (guint i = 0; i < removed; i++)
        node_leave (mirror, g_ptr_array_index (mirror->array, position + i));
    }

  if (removed > 0)
    g_ptr_array_remove_range (mirror->array, position, removed);

  /* The array keeps the reference g_list_model_get_item() gives. */
  for (guint i = 0; i < added; i++)
    {
      gpointer object = g_list_model_get_item (store, position + i);

      g_ptr_array_insert (mirror->array, position + i, object);
      if (mirror->owner != NULL)
        node_join (mirror, object);
    }
}

/**
 * regimen_store_mirror_init:
 * @mirror: the owner's field
 * @item_type: the type of the list's objects
 * @owner: (nullable): the owner's node, changed at every change of the
 *   list and the parent of the list's objects
 * @node_of: (nullable): gives the node of an object of the list; with
 *   @owner
 *
 * An empty list, without a store yet.
 */
void
regimen_store_mirror_init (RegimenStoreMirror *mirror,
                           GType               item_type,
                           RegimenNode        *owner,
                           RegimenNodeFunc     node_of)
{
  g_assert ((owner == NULL) == (node_of == NULL));

  mirror->array = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->store = NULL;
  mirror->item_type = item_type;
  mirror->owner = owner;
  mirror->node_of = node_of;
}

/**
 * regimen_store_mirror_get_store:
 *
 * The list's store, made with the objects of the list the first time it
 * is asked for; from then on every change of the list goes through it.
 *
 * Returns: (transfer none): the store
 */
GListStore *
regimen_store_mirror_get_store (RegimenStoreMirror *mirror)
{
  if (mirror->store == NULL)
    {
      mirror->store = g_list_store_new (mirror->item_type);
      g_list_store_splice (mirror->store, 0, 0, mirror->array->pdata, mirror->array->len);
      g_signal_connect (mirror->store, "items-changed", G_CALLBACK (on_store_items_changed), mirror);
    }

  return mirror->store;
}

/**
 * regimen_store_mirror_append:
 *
 * Appends @objects (references taken) in one change of the list: through
 * the store when there is one, else to the array alone.
 */
void
regimen_store_mirror_append (RegimenStoreMirror *mirror,
                             gpointer           *objects,
                             guint               n_objects)
{
  if (mirror->store != NULL)
    {
      g_list_store_splice (mirror->store, mirror->array->len, 0, objects, n_objects);
      return;
    }

  if (n_objects == 0)
    return;

  for (guint i = 0; i < n_objects; i++)
    {
      g_ptr_array_add (mirror->array, g_object_ref (objects[i]));
      if (mirror->owner != NULL)
        node_join (mirror, objects[i]);
    }

  if (mirror->owner != NULL)
    regimen_node_changed (mirror->owner);
}

/**
 * regimen_store_mirror_clear:
 *
 * Stops the array following the store, drops both (a view may keep the
 * store, and so its objects, alive after the owner is gone), for the
 * owner's dispose. The array stays, empty, until the owner's finalize
 * unrefs it.
 */
void
regimen_store_mirror_clear (RegimenStoreMirror *mirror)
{
  if (mirror->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (mirror->store, on_store_items_changed, mirror);
      g_clear_object (&mirror->store);
    }

  if (mirror->array != NULL)
    {
      /* Its objects, which a view or the history may keep, are in the
       * list no longer. */
      if (mirror->owner != NULL)
        for (guint i = 0; i < mirror->array->len; i++)
          node_leave (mirror, g_ptr_array_index (mirror->array, i));
      g_ptr_array_set_size (mirror->array, 0);
    }
}
