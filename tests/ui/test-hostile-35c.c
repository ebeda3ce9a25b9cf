/* test-hostile-35c.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, adversarial pass 35c: hostile files through the window's
 * doors. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-editor.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *data_home;

/* A 16 × 16 grey progressive JPEG as libjpeg writes one: six scans. */
static const guchar progressive_jpeg[] = {
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
  0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43,
  0x00, 0x10, 0x0b, 0x0c, 0x0e, 0x0c, 0x0a, 0x10, 0x0e, 0x0d, 0x0e, 0x12,
  0x11, 0x10, 0x13, 0x18, 0x28, 0x1a, 0x18, 0x16, 0x16, 0x18, 0x31, 0x23,
  0x25, 0x1d, 0x28, 0x3a, 0x33, 0x3d, 0x3c, 0x39, 0x33, 0x38, 0x37, 0x40,
  0x48, 0x5c, 0x4e, 0x40, 0x44, 0x57, 0x45, 0x37, 0x38, 0x50, 0x6d, 0x51,
  0x57, 0x5f, 0x62, 0x67, 0x68, 0x67, 0x3e, 0x4d, 0x71, 0x79, 0x70, 0x64,
  0x78, 0x5c, 0x65, 0x67, 0x63, 0xff, 0xc2, 0x00, 0x0b, 0x08, 0x00, 0x10,
  0x00, 0x10, 0x01, 0x01, 0x11, 0x00, 0xff, 0xc4, 0x00, 0x15, 0x00, 0x01,
  0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x01, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00,
  0x00, 0x00, 0x01, 0x83, 0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x20, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x01, 0x05, 0x02,
  0x1f, 0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0xff,
  0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x06, 0x3f, 0x02, 0x1f, 0xff, 0xc4,
  0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0xff, 0xda, 0x00, 0x08,
  0x01, 0x01, 0x00, 0x01, 0x3f, 0x21, 0x1f, 0xff, 0xda, 0x00, 0x08, 0x01,
  0x01, 0x00, 0x00, 0x00, 0x10, 0xff, 0x00, 0xff, 0xc4, 0x00, 0x14, 0x10,
  0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x20, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00,
  0x01, 0x3f, 0x10, 0x1f, 0xff, 0xd9,
};

/* The JPEG above with its last scan (its “ff da” on) written @n_more
 * more times before its end: scans that add nothing, a few bytes each,
 * each of which the decoder runs over the whole picture. */
static GFile *
write_jpeg_with_scans (const char *path,
                       guint       n_more)
{
  const guchar *last = NULL;
  gsize end = sizeof progressive_jpeg - 2;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i + 1 < end; i++)
    if (progressive_jpeg[i] == 0xff && progressive_jpeg[i + 1] == 0xda)
      last = progressive_jpeg + i;
  g_assert_nonnull (last);

  g_byte_array_append (bytes, progressive_jpeg, end);
  for (guint i = 0; i < n_more; i++)
    g_byte_array_append (bytes, last, progressive_jpeg + end - last);
  g_byte_array_append (bytes, progressive_jpeg + end, 2);

  g_file_set_contents (path, (const char *) bytes->data, bytes->len, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
wait_for_picture (RegimenExerciseEditor *editor)
{
  GtkPicture *preview = ui_test_find_first (GTK_WIDGET (editor), GTK_TYPE_PICTURE);

  while (gtk_picture_get_paintable (preview) == NULL &&
         regimen_exercise_editor_get_picture_error (editor) == NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* A progressive JPEG of thousands of scans, a few bytes each (a 131 KB
 * file of 1,000 over a 4096 × 4096 picture), held the one worker that
 * decodes pictures for minutes: every other picture waited behind it,
 * the library's rows and the editor's. Chosen in the editor or left in
 * the pictures folder, it is refused before anything decodes it, and
 * the editor says why; a JPEG of the scans an editor writes is taken. */
static void
test_jpeg_of_many_scans_refused (void)
{
  RegimenWindow *window = ui_test_open_wide_window (app);
  RegimenLibrary *library = regimen_library_get_default ();
  g_autoptr(GFile) pictures = regimen_custom_exercises_get_pictures_dir ();
  g_autofree char *chosen_path = g_build_filename (data_home, "scans.jpg", NULL);
  g_autofree char *plain_path = g_build_filename (data_home, "plain.jpg", NULL);
  g_autofree char *stored_path = NULL;
  g_autoptr(GFile) chosen = write_jpeg_with_scans (chosen_path, 2000);
  g_autoptr(GFile) plain = write_jpeg_with_scans (plain_path, 0);
  g_autoptr(GFile) stored = NULL;
  g_autofree char *id = regimen_custom_exercises_new_id (library, "Scanned Squat");
  g_autoptr(RegimenExercise) exercise = regimen_exercise_new_custom (id, "Scanned Squat",
                                                                     REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(GError) error = NULL;
  RegimenExerciseEditor *editor;
  const char *message;

  /* Chosen in the editor of a new exercise. */
  editor = regimen_exercise_editor_new (GTK_WINDOW (window), library, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  regimen_exercise_editor_set_picture_file (editor, chosen);
  wait_for_picture (editor);
  message = regimen_exercise_editor_get_picture_error (editor);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "scans.jpg"));
  g_assert_nonnull (strstr (message, "more than 100 scans"));

  /* The same picture with the scans libjpeg writes is taken. */
  regimen_exercise_editor_set_picture_file (editor, plain);
  while (regimen_exercise_editor_get_picture_error (editor) != NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_for_picture (editor);
  g_assert_null (regimen_exercise_editor_get_picture_error (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Left in the pictures folder (a backup, another machine), named by
   * an exercise: the editor says why it shows none. */
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (pictures), 0700), ==, 0);
  stored_path = g_build_filename (g_file_peek_path (pictures), "scanned-squat.png", NULL);
  stored = write_jpeg_with_scans (stored_path, 2000);
  regimen_exercise_set_picture (exercise, stored_path);
  regimen_custom_exercises_add (library, exercise, &error);
  g_assert_no_error (error);

  editor = regimen_exercise_editor_new (GTK_WINDOW (window), library, exercise);
  gtk_window_present (GTK_WINDOW (editor));
  wait_for_picture (editor);
  message = regimen_exercise_editor_get_picture_error (editor);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "The saved picture "));
  g_assert_nonnull (strstr (message, "/scanned-squat.png could not be opened: "));
  g_assert_nonnull (strstr (message, "more than 100 scans"));
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  int result;

  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-35c/jpeg-of-many-scans-refused", test_jpeg_of_many_scans_refused);

  result = g_test_run ();

  ui_test_remove_tree (data_home);
  g_clear_pointer (&data_home, g_free);

  return result;
}
