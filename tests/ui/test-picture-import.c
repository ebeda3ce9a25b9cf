/* test-picture-import.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* F17: a picture chosen for a custom exercise is kept as a PNG of at most
 * 1024 pixels a side, decoded once within the limits; never scaled up. */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "regimen-core.h"
#include "regimen-picture-import.h"
#include "regimen-widget-util.h"
#include "ui-test-util.h"

static char *data_home;

static GFile *
write_picture (const char *name,
               const char *type,
               int         width,
               int         height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autofree char *path = g_build_filename (data_home, name, NULL);
  g_autoptr(GError) error = NULL;

  gdk_pixbuf_fill (pixbuf, 0x3366ccff);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, type, &error, NULL));
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
on_prepared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* What the exercise editor does with a chosen picture: prepared on a
 * worker, then kept by the core. */
static char *
import_picture (const char  *id,
                GFile       *source,
                GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png = NULL;

  regimen_picture_prepare_async (source, NULL, on_prepared, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  texture = regimen_picture_prepare_finish (result, &png, error);
  if (texture == NULL)
    return NULL;

  return regimen_custom_exercises_store_picture (id, png, error);
}

static void
assert_stored_png (const char *path,
                   int         width,
                   int         height)
{
  GdkPixbufFormat *format;
  int stored_width = 0;
  int stored_height = 0;
  g_autofree char *format_name = NULL;

  g_assert_nonnull (path);
  g_assert_true (g_str_has_suffix (path, ".png"));
  format = gdk_pixbuf_get_file_info (path, &stored_width, &stored_height);
  g_assert_nonnull (format);
  format_name = gdk_pixbuf_format_get_name (format);
  g_assert_cmpstr (format_name, ==, "png");
  g_assert_cmpint (stored_width, ==, width);
  g_assert_cmpint (stored_height, ==, height);
}

static void
test_large_photo_is_scaled_down (void)
{
  g_autoptr(GFile) source = write_picture ("photo.jpg", "jpeg", 4000, 3000);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = import_picture ("custom-photo-abcd", source, &error);
  GStatBuf source_stat;
  GStatBuf stored_stat;

  g_assert_no_error (error);
  assert_stored_png (stored, 1024, 768);

  /* Stored beside the exercises, not where it was chosen. */
  g_assert_true (g_str_has_prefix (stored, data_home));
  g_assert_cmpstr (stored, !=, g_file_peek_path (source));
  g_assert_cmpint (g_stat (g_file_peek_path (source), &source_stat), ==, 0);
  g_assert_cmpint (g_stat (stored, &stored_stat), ==, 0);
  g_assert_cmpint (stored_stat.st_size, <, source_stat.st_size);
  g_assert_cmpuint (stored_stat.st_mode & 0777, ==, 0600);
}

static void
test_tall_png_keeps_its_shape (void)
{
  g_autoptr(GFile) source = write_picture ("tall.png", "png", 1000, 5000);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = import_picture ("custom-tall-abcd", source, &error);

  g_assert_no_error (error);
  assert_stored_png (stored, 204, 1024);
}

static void
test_small_picture_is_not_scaled_up (void)
{
  g_autoptr(GFile) source = write_picture ("small.jpg", "jpeg", 300, 200);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = import_picture ("custom-small-abcd", source, &error);

  g_assert_no_error (error);
  assert_stored_png (stored, 300, 200);
}

/* Issue 21: a drawing of 280 arcs of a huge radius (10 KB, nothing the
 * check of a drawing's text refused) kept the worker of pictures busy
 * for minutes, and every other picture waiting behind it. No check of a
 * drawing's text bounds how long drawing it takes: a drawing is refused
 * before it is decoded, saying what to do. */
static void
test_drawing_is_refused (void)
{
  g_autoptr(GFile) source = g_file_new_build_filename (data_home, "arcs.svg", NULL);
  g_autoptr(GString) drawing = g_string_new ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"1000\">"
                                             "<path fill=\"red\" stroke=\"#000\" stroke-width=\"3\" d=\"M 0 0");
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  for (guint i = 0; i < 280; i++)
    g_string_append_printf (drawing, " A 9e9 9e9 0 1 1 %u %u", (i * 397) % 1000, (i * 631) % 1000);
  g_string_append (drawing, "\"/></svg>\n");
  g_assert_true (g_file_set_contents (g_file_peek_path (source), drawing->str, drawing->len, NULL));

  stored = import_picture ("custom-arcs-abcd", source, &error);
  g_assert_null (stored);
  g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
  g_assert_nonnull (strstr (error->message, "export it as PNG"));
  g_clear_error (&error);

  /* Nor is one decoded that lies in the pictures folder. */
  pixbuf = regimen_picture_load_scaled (source, REGIMEN_PICTURE_STORED_MAX_SIDE, &error);
  g_assert_null (pixbuf);
  g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
}

static void
test_over_the_limits_is_refused (void)
{
  g_autoptr(GFile) source = write_picture ("wide.png", "png", 9000, 4);
  g_autoptr(GFile) text = g_file_new_build_filename (data_home, "notes.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = import_picture ("custom-wide-abcd", source, &error);

  g_assert_null (stored);
  g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (g_file_peek_path (text), "not a picture", -1, NULL));
  stored = import_picture ("custom-notes-abcd", text, &error);
  g_assert_null (stored);
  g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
}

/* Adversarial pass 1 and 2: a drawing that embeds a picture (a 30000 ×
 * 30000 PNG as a data: URI took 41 s and 2.6 GB), links to another file,
 * or uses a filter (an feTurbulence of 100,000 octaves never finished) is
 * refused before librsvg sees it, with a message saying what to do. The
 * fixtures are small versions of the tester's files: before the fix each
 * was imported. */
static void
test_costly_drawing_is_refused (void)
{
  static const char * const drawings[] = {
    /* pic/svg_datauri.svg, with a 1 × 1 PNG */
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\" height=\"100\">"
    "<image width=\"100\" height=\"100\" xlink:href=\"data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC\"/></svg>",
    /* pic/svg_turb.svg, with 2 octaves on 10 × 10 pixels */
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><filter id=\"f\">"
    "<feTurbulence baseFrequency=\"0.01\" numOctaves=\"2\"/></filter>"
    "<rect width=\"10\" height=\"10\" filter=\"url(#f)\"/></svg>",
    /* a filter spelt in CSS */
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
    "<rect width=\"10\" height=\"10\" style=\"FILTER: blur(2px)\"/></svg>",
    /* a link to another file, through use */
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">"
    "<use xlink:href=\"other.svg#a\"/></svg>",
    /* and through a paint */
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
    "<rect width=\"10\" height=\"10\" fill=\"url( 'other.svg#p' )\"/></svg>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (drawings); i++)
    {
      g_autoptr(GFile) source = g_file_new_build_filename (data_home, "costly.svg", NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *stored = NULL;

      g_assert_true (g_file_set_contents (g_file_peek_path (source), drawings[i], -1, NULL));
      stored = import_picture ("custom-costly-abcd", source, &error);
      g_test_message ("drawing %u: %s", i, error != NULL ? error->message : "imported");
      g_assert_null (stored);
      g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
      g_assert_nonnull (strstr (error->message, "export it as PNG"));
    }
}

/* A picture file that is replaced (renamed over) right after it is first
 * opened, as an editor or a sync tool saving it while Regimen reads it
 * would: a GFile with no path, so that it is read through GIO, which
 * lets the test act between one open and the next. */
G_DECLARE_FINAL_TYPE (SwappingFile, swapping_file, TEST, SWAPPING_FILE, GObject)

struct _SwappingFile
{
  GObject  parent_instance;
  GFile   *file;
  GFile   *replacement;
};

static void swapping_file_iface_init (GFileIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SwappingFile, swapping_file, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_FILE, swapping_file_iface_init))

static SwappingFile *
swapping_file_new (GFile *file,
                   GFile *replacement)
{
  SwappingFile *self = g_object_new (swapping_file_get_type (), NULL);

  self->file = g_object_ref (file);
  self->replacement = g_object_ref (replacement);
  return self;
}

static GFile *
swapping_file_dup (GFile *file)
{
  SwappingFile *self = (SwappingFile *) file;

  return G_FILE (swapping_file_new (self->file, self->replacement));
}

static guint
swapping_file_hash (GFile *file)
{
  return g_file_hash (((SwappingFile *) file)->file);
}

static gboolean
swapping_file_equal (GFile *file1,
                     GFile *file2)
{
  return file1 == file2;
}

static gboolean
swapping_file_is_native (GFile *file)
{
  return FALSE;
}

static char *
swapping_file_get_path (GFile *file)
{
  return NULL;
}

static char *
swapping_file_get_uri (GFile *file)
{
  return g_file_get_uri (((SwappingFile *) file)->file);
}

static char *
swapping_file_get_basename (GFile *file)
{
  return g_file_get_basename (((SwappingFile *) file)->file);
}

static GFileInfo *
swapping_file_query_info (GFile                *file,
                          const char           *attributes,
                          GFileQueryInfoFlags   flags,
                          GCancellable         *cancellable,
                          GError              **error)
{
  return g_file_query_info (((SwappingFile *) file)->file, attributes, flags, cancellable, error);
}

static GFileInputStream *
swapping_file_read (GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  SwappingFile *self = (SwappingFile *) file;
  GFileInputStream *stream = g_file_read (self->file, cancellable, error);

  /* Once: the file read from now on is another one. */
  if (stream != NULL && g_file_query_exists (self->replacement, NULL))
    g_assert_true (g_file_move (self->replacement, self->file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL));

  return stream;
}

static void
swapping_file_iface_init (GFileIface *iface)
{
  iface->dup = swapping_file_dup;
  iface->hash = swapping_file_hash;
  iface->equal = swapping_file_equal;
  iface->is_native = swapping_file_is_native;
  iface->get_path = swapping_file_get_path;
  iface->get_uri = swapping_file_get_uri;
  iface->get_parse_name = swapping_file_get_uri;
  iface->get_basename = swapping_file_get_basename;
  iface->query_info = swapping_file_query_info;
  iface->read_fn = swapping_file_read;
}

static void
swapping_file_finalize (GObject *object)
{
  SwappingFile *self = (SwappingFile *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->replacement);

  G_OBJECT_CLASS (swapping_file_parent_class)->finalize (object);
}

static void
swapping_file_class_init (SwappingFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = swapping_file_finalize;
}

static void
swapping_file_init (SwappingFile *self)
{
}

/* Adversarial pass 10a, H3: the picture was checked from one read of the
 * file and decoded from another, so a picture replaced between the two
 * was decoded unchecked (then a drawing with an embedded picture; now
 * that drawings are refused, a blue square that becomes a red one). What
 * is decoded is what was checked, the bytes of one read. */
static void
test_picture_decoded_as_checked (void)
{
  g_autoptr(GFile) file = write_picture ("changing.png", "png", 8, 8);
  g_autoptr(GFile) replacement = g_file_new_build_filename (data_home, "changing.png.new", NULL);
  g_autoptr(GdkPixbuf) red = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 8, 8);
  g_autoptr(SwappingFile) source = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  const guchar *pixel;

  gdk_pixbuf_fill (red, 0xff0000ff);
  g_assert_true (gdk_pixbuf_save (red, g_file_peek_path (replacement), "png", NULL, NULL));
  source = swapping_file_new (file, replacement);

  pixbuf = regimen_picture_load_scaled (G_FILE (source), 64, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pixbuf);
  pixel = gdk_pixbuf_read_pixels (pixbuf);
  g_assert_cmpuint (pixel[0], ==, 0x33);
  g_assert_cmpuint (pixel[2], ==, 0xcc);
}

/* The core keeps only what the app made: a PNG within the stored size. */
static void
test_core_stores_only_small_png (void)
{
  g_autoptr(GdkPixbuf) big = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 1025, 10);
  g_autoptr(GdkPixbuf) small = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 10, 10);
  g_autoptr(GBytes) big_png = NULL;
  g_autoptr(GBytes) jpeg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  char *buffer;
  gsize length;

  gdk_pixbuf_fill (big, 0);
  gdk_pixbuf_fill (small, 0);
  g_assert_true (gdk_pixbuf_save_to_buffer (big, &buffer, &length, "png", NULL, NULL));
  big_png = g_bytes_new_take (buffer, length);
  g_assert_true (gdk_pixbuf_save_to_buffer (small, &buffer, &length, "jpeg", NULL, NULL));
  jpeg = g_bytes_new_take (buffer, length);

  stored = regimen_custom_exercises_store_picture ("custom-big-abcd", big_png, &error);
  g_assert_null (stored);
  g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
  g_clear_error (&error);

  stored = regimen_custom_exercises_store_picture ("custom-jpeg-abcd", jpeg, &error);
  g_assert_null (stored);
  g_assert_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE);
}

static void
on_async_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Adversarial pass 5, P1: what the pictures folder holds is read back
 * within the import's limits, scaled to the stored size as it is
 * decoded, whoever put it there (an older Regimen, a backup): a row's
 * thumbnail and the detail's picture never hold more than 1024 pixels a
 * side. */
static void
test_stored_picture_read_back_scaled (void)
{
  g_autoptr(GFile) big = write_picture ("custom-big-efgh.png", "png", 2048, 1536);
  g_autoptr(GAsyncResult) surface_result = NULL;
  g_autoptr(GAsyncResult) texture_result = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkTexture) shown = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  regimen_picture_surface_load_async (g_file_peek_path (big), NULL, on_async_done, &surface_result);
  surface = regimen_picture_surface_load_finish (fixture_wait_for_result (&surface_result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (surface);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1024);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 768);
  cairo_surface_destroy (surface);

  regimen_picture_texture_load_async (g_file_peek_path (big), NULL, on_async_done, &texture_result);
  shown = regimen_picture_texture_load_finish (fixture_wait_for_result (&texture_result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (shown), ==, 1024);
  g_assert_cmpint (gdk_texture_get_height (shown), ==, 768);

  texture = regimen_picture_texture_load (g_file_peek_path (big), &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1024);
}

/* Adversarial pass 10a, H4: the PNG loader decodes a picture whole before
 * scaling it, 8192 × 8192 pixels in 256 MiB, and the library asks for the
 * pictures of all its rows at once: 30 such pictures in the pictures
 * folder took the window to 38 threads and 6 GB. They are decoded one at
 * a time, in the order asked: a large picture asked first holds back the
 * small ones asked after it, where workers side by side finish the small
 * ones first. */
typedef struct
{
  guint order[4];
  guint n_done;
} DoneOrder;

typedef struct
{
  DoneOrder *done;
  guint      index;
} OrderedLoad;

static void
on_ordered_load_done (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OrderedLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = regimen_picture_surface_load_finish (result, &error);

  g_assert_no_error (error);
  g_assert_nonnull (surface);
  cairo_surface_destroy (surface);
  load->done->order[load->done->n_done++] = load->index;
}

static void
test_stored_pictures_decoded_one_at_a_time (void)
{
  g_autoptr(GFile) large = write_picture ("custom-large-ijkl.png", "png", 4096, 2048);
  g_autoptr(GFile) small = write_picture ("custom-small-ijkl.png", "png", 8, 8);
  DoneOrder done = { { 0 }, 0 };
  OrderedLoad loads[G_N_ELEMENTS (done.order)];

  for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
    {
      loads[i] = (OrderedLoad) { &done, i };
      regimen_picture_surface_load_async (g_file_peek_path (i == 0 ? large : small), NULL,
                                          on_ordered_load_done, &loads[i]);
    }

  while (done.n_done < G_N_ELEMENTS (loads))
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
    g_assert_cmpuint (done.order[i], ==, i);
}

/* Adversarial pass 5, P2: a named pipe in place of a stored picture is
 * refused without reading it, so it cannot hold up the window (the
 * detail) or a worker (a row) until something writes to it. The test
 * holds the pipe open for writing and puts a whole PNG in it: a reader
 * that took the pipe would find a picture there and then wait for its
 * end, so without the check this test never ends. */
static void
test_stored_picture_pipe_refused (void)
{
  g_autofree char *path = g_build_filename (data_home, "custom-pipe-efgh.png", NULL);
  g_autoptr(GFile) small = write_picture ("pipe-source.png", "png", 4, 4);
  g_autoptr(GAsyncResult) surface_result = NULL;
  g_autoptr(GAsyncResult) texture_result = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *png = NULL;
  cairo_surface_t *surface;
  gsize length;
  int writer;

  g_assert_true (g_file_get_contents (g_file_peek_path (small), &png, &length, NULL));
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  /* Read and write: opening it does not wait for a reader. */
  writer = open (path, O_RDWR | O_CLOEXEC);
  g_assert_cmpint (writer, >=, 0);
  g_assert_cmpint (write (writer, png, length), ==, (gssize) length);

  texture = regimen_picture_texture_load (path, &error);
  g_assert_null (texture);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  regimen_picture_surface_load_async (path, NULL, on_async_done, &surface_result);
  surface = regimen_picture_surface_load_finish (fixture_wait_for_result (&surface_result), &error);
  g_assert_no_error (error);
  g_assert_null (surface);

  regimen_picture_texture_load_async (path, NULL, on_async_done, &texture_result);
  g_clear_object (&texture);
  texture = regimen_picture_texture_load_finish (fixture_wait_for_result (&texture_result), &error);
  g_assert_null (texture);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);

  close (writer);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = ui_test_make_tmp_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/picture-import/large-photo-scaled-down", test_large_photo_is_scaled_down);
  g_test_add_func ("/picture-import/tall-png-keeps-shape", test_tall_png_keeps_its_shape);
  g_test_add_func ("/picture-import/small-not-scaled-up", test_small_picture_is_not_scaled_up);
  g_test_add_func ("/picture-import/drawing-refused", test_drawing_is_refused);
  g_test_add_func ("/picture-import/over-the-limits", test_over_the_limits_is_refused);
  g_test_add_func ("/picture-import/costly-drawing-refused", test_costly_drawing_is_refused);
  g_test_add_func ("/picture-import/decoded-as-checked", test_picture_decoded_as_checked);
  g_test_add_func ("/picture-import/core-stores-only-small-png", test_core_stores_only_small_png);
  g_test_add_func ("/picture-import/stored-picture-read-back-scaled", test_stored_picture_read_back_scaled);
  g_test_add_func ("/picture-import/stored-picture-pipe-refused", test_stored_picture_pipe_refused);
  g_test_add_func ("/picture-import/stored-pictures-one-at-a-time", test_stored_pictures_decoded_one_at_a_time);

  status = g_test_run ();
  ui_test_remove_tree (data_home);

  return status;
}
