/* test-hostile-35a.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, adversarial pass 35a: pictures whose few bytes cost the
 * decoder a pass over the picture each (a JPEG's scans, a GIF's frames),
 * prepared as the exercise editor prepares a picture it is given. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "regimen-core.h"
#include "regimen-picture-import.h"
#include "ui-test-util.h"

static char *data_home;

static void
on_prepared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* What the exercise editor does with a chosen picture: prepared on the
 * worker of pictures, as a texture to show and a PNG to keep. */
static GdkTexture *
prepare_picture (const char  *name,
                 GBytes      *contents,
                 GError     **error)
{
  g_autofree char *path = g_build_filename (data_home, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) png = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents), NULL));
  regimen_picture_prepare_async (file, NULL, on_prepared, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return regimen_picture_prepare_finish (result, &png, error);
}

/* A progressive JPEG of 8 × 8 grey pixels: a DC scan, then
 * @n_scans - 1 scans of the AC coefficients, a few bytes each. */
static GBytes *
make_jpeg_of_scans (guint n_scans)
{
  static const guchar head[] = {
    0xFF, 0xD8,
    0xFF, 0xDB, 0x00, 0x43, 0x00,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00,
    0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00,
    0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00,
    0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x7F,
  };
  static const guchar ac_scan[] = {
    0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x01, 0x3F, 0x00, 0x7F,
  };
  static const guchar end[] = { 0xFF, 0xD9 };
  GByteArray *jpeg = g_byte_array_new ();

  g_byte_array_append (jpeg, head, sizeof head);
  for (guint i = 1; i < n_scans; i++)
    g_byte_array_append (jpeg, ac_scan, sizeof ac_scan);
  g_byte_array_append (jpeg, end, sizeof end);

  return g_byte_array_free_to_bytes (jpeg);
}

/* Each scan of a JPEG is a pass of the decoder over the whole picture:
 * a 230 KB JPEG of 8192 × 8192 pixels and 1,000 scans of a few bytes
 * held the worker of pictures for 21 s of a core, 20 MiB of them for
 * hours, every other picture waiting behind it. More than 100 scans are
 * refused, saying why; 100 are decoded. */
static void
test_jpeg_of_many_scans_refused (void)
{
  g_autoptr(GBytes) many = make_jpeg_of_scans (101);
  g_autoptr(GBytes) enough = make_jpeg_of_scans (100);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = prepare_picture ("scans.jpg", many, &error);
  g_assert_null (texture);
  g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
  g_assert_nonnull (strstr (error->message, "“scans.jpg” is a JPEG of more than 100 scans"));
  g_clear_error (&error);

  texture = prepare_picture ("scans.jpg", enough, &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 8);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 8);
}

/* The GIF loader reads every frame of an animation before the first is
 * shown, in a time that grows with the square of their number (a 1.5 MB
 * GIF of 100,000 frames of one pixel, 30 s of a core). An animation is
 * kept as its first frame, so only that frame reaches the decoder: one
 * red pixel, followed here by a thousand white ones and a frame the
 * loader cannot read, which made it refuse the whole picture. */
static void
test_gif_decoded_as_first_frame (void)
{
  static const guchar screen[] = {
    'G', 'I', 'F', '8', '9', 'a', 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00,
    0xFF, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
    0x21, 0xF9, 0x04, 0x04, 0x02, 0x00, 0x00, 0x00,
  };
  /* One pixel of colour @index, codes of three bits: clear, it, end. */
  static const guchar red[] = {
    0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0x02, 0x02, 0x44, 0x01, 0x00,
  };
  static const guchar white[] = {
    0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0x02, 0x02, 0x4C, 0x01, 0x00,
  };
  /* A code size past the 12 bits LZW has. */
  static const guchar broken[] = {
    0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0x0D, 0x02, 0x44, 0x01, 0x00,
  };
  static const guchar trailer[] = { 0x3B };
  g_autoptr(GByteArray) gif = g_byte_array_new ();
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  guchar pixel[4];

  g_byte_array_append (gif, screen, sizeof screen);
  g_byte_array_append (gif, red, sizeof red);
  for (guint i = 0; i < 1000; i++)
    g_byte_array_append (gif, white, sizeof white);
  g_byte_array_append (gif, broken, sizeof broken);
  g_byte_array_append (gif, trailer, sizeof trailer);
  contents = g_byte_array_free_to_bytes (g_steal_pointer (&gif));

  texture = prepare_picture ("frames.gif", contents, &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1);
  gdk_texture_download (texture, pixel, 4);
  /* Cairo's ARGB32, in the machine's byte order: blue, green, red, alpha. */
  g_assert_cmpuint (pixel[0], ==, 0x00);
  g_assert_cmpuint (pixel[1], ==, 0x00);
  g_assert_cmpuint (pixel[2], ==, 0xFF);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = ui_test_make_tmp_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-35a/jpeg-of-many-scans-refused", test_jpeg_of_many_scans_refused);
  g_test_add_func ("/ui/hostile-35a/gif-decoded-as-first-frame", test_gif_decoded_as_first_frame);

  status = g_test_run ();
  ui_test_remove_tree (data_home);

  return status;
}
