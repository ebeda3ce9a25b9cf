/* test-hostile-45e.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, what pass 45a left: the sheet printed before that a “Print
 * to File” failing on a full disk puts back, reached through a symbolic
 * link or on a disk without hard links, and a print refused for its size
 * said until read. */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Set, link() fails as on a FAT or SMB folder, which make no hard links:
 * this program defines link() itself, and the core is linked into it
 * statically, as tests/core/test-file-util.c does. */
static gboolean links_refused;

int
link (const char *from,
      const char *to)
{
  if (links_refused)
    {
      errno = EPERM;
      return -1;
    }

  return linkat (AT_FDCWD, from, AT_FDCWD, to, 0);
}

static gboolean
note_print_done (GSignalInvocationHint *hint,
                 guint                  n_values,
                 const GValue          *values,
                 gpointer               user_data)
{
  *(gboolean *) user_data = TRUE;

  return FALSE;
}

/* Says that the print failed and that the file there is as it was, and
 * closes that message. */
static void
assert_said_file_as_it_was (RegimenWindow *window)
{
  AdwMessageDialog *alert = ui_test_find_dialog (GTK_WINDOW (window));

  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "Could Not Print the Plan");
  g_test_message ("%s", adw_message_dialog_get_body (alert));
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (alert), ". The file there is as it was."));
  adw_message_dialog_response (alert, "close");
  gtk_window_destroy (GTK_WINDOW (alert));
  ui_test_iterate_until_idle ();
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_folder (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static RegimenWindow *
open_two_weeks (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");

  return ui_test_open_window_with_plan (app, plan, NULL);
}

static void
close_window (RegimenWindow *window)
{
  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Print (Ctrl+P) with “Print to File” onto a symbolic link to a sheet
 * printed before (sheet.pdf → sheets/week.pdf), on a disk that fills up
 * as GTK writes: GLib writes a file reached through a link in place,
 * emptying it as it opens it, and the old sheet was lost, a file cut
 * short in its place, the message saying so. The old sheet is back,
 * with its mode, the link still a link, and nothing is left beside
 * either. */
static void
test_print_through_link_to_full_disk (void)
{
  RegimenWindow *window = open_two_weeks ();
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *sheets = g_build_filename (dir, "sheets", NULL);
  g_autofree char *target = g_build_filename (sheets, "week.pdf", NULL);
  g_autofree char *link_path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *previous = g_strnfill (2048, 'p');
  g_autofree char *contents = NULL;
  g_autofree char *listed = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (sheets, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, previous, -1, NULL));
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink ("sheets/week.pdf", link_path), ==, 0);

  ui_test_print_window_to_file (app, window, link_path, 4096);
  assert_said_file_as_it_was (window);

  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, previous);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  listed = list_folder (sheets);
  g_assert_cmpstr (listed, ==, "week.pdf");
  g_clear_pointer (&listed, g_free);
  listed = list_folder (dir);
  g_assert_cmpstr (listed, ==, "sheet.pdf sheets");

  close_window (window);
  ui_test_remove_tree (dir);
}

/* The same print through the link with room on the disk writes the new
 * sheet into the link's file, and the copy the old sheet was kept as
 * while GTK wrote is gone with the job. */
static void
test_print_through_link_leaves_nothing_beside (void)
{
  RegimenWindow *window = open_two_weeks ();
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *target = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *link_path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listed = NULL;

  g_assert_true (g_file_set_contents (target, "previous", -1, NULL));
  g_assert_cmpint (symlink ("week.pdf", link_path), ==, 0);

  ui_test_print_window_to_file (app, window, link_path, 0);
  g_assert_null (ui_test_find_dialog (GTK_WINDOW (window)));

  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  listed = list_folder (dir);
  g_assert_cmpstr (listed, ==, "sheet.pdf week.pdf");

  close_window (window);
  ui_test_remove_tree (dir);
}

/* Print to File over a sheet on a disk that makes no hard links (FAT,
 * SMB: link() refused), which fills up as GTK writes: the old sheet
 * could not be given a second name, nothing was kept, and GLib's replace
 * renamed the part it wrote over it. It is kept as a copy, with its
 * mode, and put back. */
static void
test_print_without_hard_links_to_full_disk (void)
{
  RegimenWindow *window = open_two_weeks ();
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *previous = g_strnfill (2048, 'p');
  g_autofree char *contents = NULL;
  g_autofree char *listed = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (pdf, previous, -1, NULL));
  g_assert_cmpint (g_chmod (pdf, 0604), ==, 0);

  links_refused = TRUE;
  ui_test_print_window_to_file (app, window, pdf, 4096);
  links_refused = FALSE;
  assert_said_file_as_it_was (window);

  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, previous);
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0604);
  listed = list_folder (dir);
  g_assert_cmpstr (listed, ==, "sheet.pdf");

  close_window (window);
  ui_test_remove_tree (dir);
}

/* Runs @argv, whose failure is said in the skip: the tools a FAT image
 * needs may be missing, or the machine may allow no FUSE mount. */
static gboolean
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                                                G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_autofree char *skip = g_strdup_printf ("%s failed, so no FAT disk here", argv[0]);

      g_test_skip (skip);
      return FALSE;
    }

  return TRUE;
}

/* The same on a real FAT disk (an image mounted with fusefat), where
 * the machine allows the mount. */
static void
test_print_on_fat_to_full_disk (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *image = g_build_filename (dir, "fat.img", NULL);
  g_autofree char *mount = g_build_filename (dir, "fat", NULL);
  g_autofree char *pdf = g_build_filename (mount, "sheet.pdf", NULL);
  g_autofree char *previous = g_strnfill (2048, 'p');
  g_autofree char *contents = NULL;
  g_autofree char *listed = NULL;
  const char *make_image[] = { "truncate", "-s", "8M", image, NULL };
  const char *format[] = { "mkfs.vfat", image, NULL };
  const char *mount_image[] = { "fusefat", "-o", "rw+", image, mount, NULL };
  const char *unmount[] = { "fusermount", "-u", mount, NULL };
  const struct timespec printed_before[2] = { { 1796601600, 0 }, { 1796601600, 0 } };
  RegimenWindow *window;

  g_assert_cmpint (g_mkdir (mount, 0700), ==, 0);
  if (!run_tool (make_image) || !run_tool (format) || !run_tool (mount_image))
    {
      ui_test_remove_tree (dir);
      return;
    }

  window = open_two_weeks ();
  g_assert_true (g_file_set_contents (pdf, previous, -1, NULL));
  /* Printed a while ago: FAT keeps times to 2 s, and a time of this
   * second may read differently once the disk has written it. */
  g_assert_cmpint (utimensat (AT_FDCWD, pdf, printed_before, 0), ==, 0);
  ui_test_print_window_to_file (app, window, pdf, 4096);
  assert_said_file_as_it_was (window);

  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, previous);
  listed = list_folder (mount);
  g_assert_cmpstr (listed, ==, "sheet.pdf");

  close_window (window);
  g_assert_true (run_tool (unmount));
  ui_test_remove_tree (dir);
}

/* A plan whose sheets take more than the 520 pages Regimen prints. */
static RegimenPlan *
make_plan_past_page_limit (void)
{
  g_autofree char *json = ui_test_plan_text_past_page_limit ();
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan;

  plan = regimen_plan_load_from_data (json, -1, &error);
  g_assert_no_error (error);

  return plan;
}

/* Print (Ctrl+P), all weeks, of a plan whose sheets would take more
 * than 520 pages: nothing is printed, and that was said in a toast of
 * 3 s, a print that printed nothing passing unnoticed. It is said in a
 * message that stays until read, as the print's other refusals are. */
static void
test_print_refused_for_size_stays (void)
{
  g_autoptr(RegimenPlan) plan = make_plan_past_page_limit ();
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  AdwMessageDialog *alert;
  gboolean done = FALSE;

  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  ui_test_print_to_file (app, uri);
  g_signal_add_emission_hook (g_signal_lookup ("done", GTK_TYPE_PRINT_OPERATION), 0,
                              note_print_done, &done, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (ui_test_wait_for_print_dialog (), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();

  alert = ui_test_find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "Could Not Print the Plan");
  g_assert_cmpstr (adw_message_dialog_get_body (alert), ==,
                   "The sheets would take more than 520 pages; print fewer weeks");
  g_assert_null (ui_test_toast_text (window, NULL));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  adw_message_dialog_response (alert, "close");
  gtk_window_destroy (GTK_WINDOW (alert));

  close_window (window);
  ui_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-45e/print-through-link-to-full-disk", test_print_through_link_to_full_disk);
  g_test_add_func ("/ui/hostile-45e/print-through-link-leaves-nothing-beside",
                   test_print_through_link_leaves_nothing_beside);
  g_test_add_func ("/ui/hostile-45e/print-without-hard-links-to-full-disk",
                   test_print_without_hard_links_to_full_disk);
  g_test_add_func ("/ui/hostile-45e/print-on-fat-to-full-disk", test_print_on_fat_to_full_disk);
  g_test_add_func ("/ui/hostile-45e/print-refused-for-size-stays", test_print_refused_for_size_stays);

  return g_test_run ();
}
