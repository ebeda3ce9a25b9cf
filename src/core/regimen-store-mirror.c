/* regimen-store-mirror.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-store-mirror"

#include "config.h"

#include "regimen-store-mirror.h"

guint64
regimen_revision_next (void)
{
  static gsize next = 0;

  return (guint64) g_atomic_pointer_add (&next, 1) + 1;
}

static void
on_store_items_changed (GListModel         *store,
                        guint               position,
                        guint               removed,
                        guint               added,
                        RegimenStoreMirror *mirror)
{
  if (mirror->revision != NULL)
    *mirror->revision = regimen_revision_next ();

  if (removed > 0)
    g_ptr_array_remove_range (mirror->array, position, removed);

  /* The array keeps the reference g_list_model_get_item() gives. */
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->array, position + i, g_list_model_get_item (store, position + i));
}

/**
 * regimen_store_mirror_init:
 * @mirror: the owner's field
 * @item_type: the type of the list's objects
 * @revision: (nullable): the owner's revision, renewed at every change of
 *   the list
 *
 * An empty list, without a store yet.
 */
void
regimen_store_mirror_init (RegimenStoreMirror *mirror,
                           GType               item_type,
                           guint64            *revision)
{
  mirror->array = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->store = NULL;
  mirror->item_type = item_type;
  mirror->revision = revision;
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
    g_ptr_array_add (mirror->array, g_object_ref (objects[i]));

  if (mirror->revision != NULL)
    *mirror->revision = regimen_revision_next ();
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
    g_ptr_array_set_size (mirror->array, 0);
}
