/* regimen-store-mirror.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-store-mirror"

#include "config.h"

#include "regimen-store-mirror.h"

typedef struct
{
  GPtrArray *mirror;
  guint64   *revision;
} Mirror;

guint64
regimen_revision_next (void)
{
  static gsize next = 0;

  return (guint64) g_atomic_pointer_add (&next, 1) + 1;
}

static void
on_store_items_changed (GListModel *store,
                        guint       position,
                        guint       removed,
                        guint       added,
                        Mirror     *data)
{
  GPtrArray *mirror = data->mirror;

  if (data->revision != NULL)
    *data->revision = regimen_revision_next ();

  if (removed > 0)
    g_ptr_array_remove_range (mirror, position, removed);

  for (guint i = 0; i < added; i++)
    {
      /* The store holds its own reference as long as the item is in it. */
      GObject *object = g_list_model_get_item (store, position + i);

      g_ptr_array_insert (mirror, position + i, object);
      g_object_unref (object);
    }
}

/**
 * regimen_store_mirror_new:
 * @store: an empty store, just made
 * @revision: (nullable): the owner's revision, renewed at every change of
 *   @store
 *
 * Returns: (transfer full): the array that follows @store's items
 */
GPtrArray *
regimen_store_mirror_new (GListStore *store,
                          guint64    *revision)
{
  GPtrArray *mirror = g_ptr_array_new ();
  Mirror *data;

  g_return_val_if_fail (G_IS_LIST_STORE (store), mirror);
  g_return_val_if_fail (g_list_model_get_n_items (G_LIST_MODEL (store)) == 0, mirror);

  data = g_new (Mirror, 1);
  data->mirror = mirror;
  data->revision = revision;
  g_signal_connect_data (store, "items-changed", G_CALLBACK (on_store_items_changed), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  return mirror;
}

/**
 * regimen_store_mirror_clear:
 * @store: (nullable): the store @mirror follows
 * @mirror: the array
 *
 * Stops @mirror following @store and empties it, for the owner's dispose
 * (a view may keep the store alive after its owner is gone).
 */
void
regimen_store_mirror_clear (GListStore *store,
                            GPtrArray  *mirror)
{
  if (store != NULL)
    g_signal_handlers_disconnect_matched (store, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                          on_store_items_changed, NULL);
  g_ptr_array_set_size (mirror, 0);
}
