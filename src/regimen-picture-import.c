/* regimen-picture-import.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A picture a person chooses for a custom exercise may be a 20 MiB,
 * 8192-pixel photo. It is decoded once, when it is imported, within those
 * limits and scaled down as it is decoded; what Regimen keeps and draws in
 * every row is a PNG of at most 1024 pixels a side. The core decodes no
 * pictures, so this lives with the app. */

#define G_LOG_DOMAIN "regimen-picture-import"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-picture-import.h"
#include "regimen-widget-util.h"

typedef struct
{
  guint    max_side;
  gboolean too_large;
} SizeLimit;

/* Before the pixels are decoded: refuse a picture larger than its header
 * claimed when it was checked (it may have changed since), and decode a
 * large one straight to the smaller size where the format allows. */
static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  SizeLimit       *limit)
{
  int longest = MAX (width, height);

  if (width > REGIMEN_PICTURE_MAX_SIDE || height > REGIMEN_PICTURE_MAX_SIDE)
    {
      limit->too_large = TRUE;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
      return;
    }

  if (longest > (int) limit->max_side)
    gdk_pixbuf_loader_set_size (loader,
                                MAX (1, (int) ((gint64) width * limit->max_side / longest)),
                                MAX (1, (int) ((gint64) height * limit->max_side / longest)));
}

/**
 * regimen_picture_load_scaled:
 * @source: a picture the person chose
 * @max_side: the longest side wanted, in pixels
 * @error: return location for a #GError
 *
 * Reads @source once, checks it as regimen_custom_exercises_load_picture()
 * does, and decodes what was checked, scaled down (never up) to at most
 * @max_side pixels a side. A drawing (SVG) is refused before it is
 * decoded, as regimen_custom_exercises_load_picture() refuses it.
 *
 * Returns: (transfer full) (nullable): the picture
 */
GdkPixbuf *
regimen_picture_load_scaled (GFile   *source,
                             guint    max_side,
                             GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  SizeLimit limit = { .max_side = max_side };
  GdkPixbuf *pixbuf;
  gboolean done;

  g_return_val_if_fail (G_IS_FILE (source), NULL);
  g_return_val_if_fail (max_side > 0, NULL);

  bytes = regimen_custom_exercises_load_picture (source, error);
  if (bytes == NULL)
    return NULL;

  /* Its name, as the checks before quote it. */
  name = regimen_file_dup_display_name (source);
  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), &limit);

  done = gdk_pixbuf_loader_write_bytes (loader, bytes, error);
  /* Closed in any case, so the loader is finished before it goes. */
  if (!gdk_pixbuf_loader_close (loader, done ? error : NULL))
    done = FALSE;

  if (done && limit.too_large)
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                   /* Translators: %s is a file; %d the largest size allowed */
                   _("The picture “%s” is larger than %d pixels a side"), name, REGIMEN_PICTURE_MAX_SIDE);
      return NULL;
    }

  pixbuf = done ? gdk_pixbuf_loader_get_pixbuf (loader) : NULL;
  if (pixbuf == NULL)
    {
      if (done)
        g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                     /* Translators: %s is a file the person chose */
                     _("“%s” is not a picture"), name);
      return NULL;
    }

  return g_object_ref (pixbuf);
}

typedef struct
{
  GTask           *task;
  GTaskThreadFunc  func;
} PictureJob;

static void
run_picture_job (gpointer data,
                 gpointer user_data)
{
  PictureJob *job = data;
  GTask *task = job->task;

  /* A row scrolled away or recycled does not wait for its picture. */
  if (!g_task_return_error_if_cancelled (task))
    job->func (task, g_task_get_source_object (task), g_task_get_task_data (task),
               g_task_get_cancellable (task));

  g_object_unref (task);
  g_free (job);
}

/**
 * regimen_picture_run_in_thread:
 * @task: a #GTask that decodes a picture
 * @func: what decodes it, as for g_task_run_in_thread()
 *
 * Runs @func on the one worker that decodes pictures, after the pictures
 * asked for before it. A decode may hold the whole picture in memory (the
 * PNG loader cannot decode scaled down: 8192 × 8192 pixels are 256 MiB),
 * and the library asks for the pictures of all the rows it shows at once:
 * one at a time, a pictures folder of large pictures neither fills the
 * memory nor takes the workers the window's saves and exports need.
 */
void
regimen_picture_run_in_thread (GTask           *task,
                               GTaskThreadFunc  func)
{
  static GThreadPool *pool = NULL;
  PictureJob *job;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (run_picture_job, NULL, 1, FALSE, NULL));

  job = g_new (PictureJob, 1);
  job->task = g_object_ref (task);
  job->func = func;
  g_thread_pool_push (pool, job, NULL);
}

static GBytes *
encode_png (GdkPixbuf  *pixbuf,
            GError    **error)
{
  char *buffer = NULL;
  gsize length = 0;

  if (!gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "png", error, NULL))
    return NULL;

  return g_bytes_new_take (buffer, length);
}

typedef struct
{
  GdkTexture *texture;
  GBytes     *png;
} PreparedPicture;

static void
prepared_picture_free (PreparedPicture *prepared)
{
  g_clear_object (&prepared->texture);
  g_clear_pointer (&prepared->png, g_bytes_unref);
  g_free (prepared);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  PreparedPicture *prepared;
  GError *error = NULL;
  GBytes *png;

  pixbuf = regimen_picture_load_scaled (task_data, REGIMEN_PICTURE_STORED_MAX_SIDE, &error);
  png = pixbuf != NULL ? encode_png (pixbuf, &error) : NULL;
  if (png == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  prepared = g_new0 (PreparedPicture, 1);
  prepared->texture = gdk_texture_new_for_pixbuf (pixbuf);
  prepared->png = png;
  g_task_return_pointer (task, prepared, (GDestroyNotify) prepared_picture_free);
}

/**
 * regimen_picture_prepare_async:
 * @source: a picture the person chose
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when done
 * @user_data: data for @callback
 *
 * On the worker of pictures (regimen_picture_run_in_thread()): checks and
 * decodes @source as regimen_picture_load_scaled() does, at most %REGIMEN_PICTURE_STORED_MAX_SIDE pixels a side, and
 * encodes what will be kept as a PNG, so that neither choosing a picture
 * nor saving it waits on the disk or the decoder.
 */
void
regimen_picture_prepare_async (GFile               *source,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (source));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_picture_prepare_async);
  g_task_set_task_data (task, g_object_ref (source), g_object_unref);
  regimen_picture_run_in_thread (task, prepare_thread);
}

/**
 * regimen_picture_prepare_finish:
 * @result: the result given to the callback
 * @png: (out) (transfer full): the picture to keep, as a PNG, for
 *   regimen_custom_exercises_add_async()
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the preview, what @png holds; or
 *   %NULL with @error set, saying why the file is not a picture Regimen
 *   takes, or that it was cancelled
 */
GdkTexture *
regimen_picture_prepare_finish (GAsyncResult  *result,
                                GBytes       **png,
                                GError       **error)
{
  PreparedPicture *prepared;
  GdkTexture *texture;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (png != NULL, NULL);

  prepared = g_task_propagate_pointer (G_TASK (result), error);
  if (prepared == NULL)
    return NULL;

  texture = g_steal_pointer (&prepared->texture);
  *png = g_steal_pointer (&prepared->png);
  prepared_picture_free (prepared);
  return texture;
}
