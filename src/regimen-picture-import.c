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
  GdkPixbufFormat *format = gdk_pixbuf_loader_get_format (loader);
  gboolean drawing = format != NULL && gdk_pixbuf_format_is_scalable (format);

  /* A drawing is drawn at the smaller size, whatever size it declares;
   * what could make drawing it costly was refused before. */
  if (!drawing && (width > REGIMEN_PICTURE_MAX_SIDE || height > REGIMEN_PICTURE_MAX_SIDE))
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
 * Checks @source as regimen_custom_exercises_check_picture() does, then
 * decodes it once, scaled down (never up) to at most @max_side pixels a
 * side. A drawing (SVG) is drawn at that size.
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

  if (!regimen_custom_exercises_check_picture (source, error))
    return NULL;

  /* Read once more for decoding, under the same cap. */
  bytes = regimen_file_load_capped (source, REGIMEN_PICTURE_MAX_SIZE, NULL, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_parse_name (source);
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
                   _("The picture %s is larger than %d pixels a side"), name, REGIMEN_PICTURE_MAX_SIDE);
      return NULL;
    }

  pixbuf = done ? gdk_pixbuf_loader_get_pixbuf (loader) : NULL;
  if (pixbuf == NULL)
    {
      if (done)
        g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                     /* Translators: %s is a file the person chose */
                     _("%s is not a picture"), name);
      return NULL;
    }

  return g_object_ref (pixbuf);
}

/**
 * regimen_picture_import:
 * @id: the id of the exercise the picture is for
 * @source: the picture the person chose
 * @error: return location for a #GError
 *
 * Decodes @source once within the limits, scales it down to at most
 * %REGIMEN_PICTURE_STORED_MAX_SIDE pixels a side and keeps it as
 * `<id>.png` in the pictures folder.
 *
 * Returns: (transfer full) (nullable): the path of the stored picture
 */
char *
regimen_picture_import (const char  *id,
                        GFile       *source,
                        GError     **error)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GBytes) png = NULL;
  char *buffer = NULL;
  gsize length = 0;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);

  pixbuf = regimen_picture_load_scaled (source, REGIMEN_PICTURE_STORED_MAX_SIDE, error);
  if (pixbuf == NULL)
    return NULL;

  if (!gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "png", error, NULL))
    return NULL;
  png = g_bytes_new_take (buffer, length);

  return regimen_custom_exercises_store_picture (id, png, error);
}
