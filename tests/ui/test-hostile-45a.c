/* test-hostile-45a.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Adversarial pass 45a (issue 21): what the window's print leaves of a
 * file it fails to replace. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* What a file at most @limit bytes long may have written past it: the
 * limit a full disk puts on a write, made without a disk of one's own
 * (ulimit -f; SIGXFSZ ignored, a write past it fails with EFBIG). */
static struct rlimit size_limit_before;

static gboolean
limit_file_size_at_done (GSignalInvocationHint *hint,
                         guint                  n_values,
                         const GValue          *values,
                         gpointer               user_data)
{
  struct rlimit limit = size_limit_before;

  /* “done” comes once the pages are drawn into GTK's spool file, before
   * “Print to File” copies them into the file it names. */
  limit.rlim_cur = GPOINTER_TO_UINT (user_data);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  return FALSE;
}

/* Print (Ctrl+P) with “Print to File” over a sheet printed before, onto a
 * disk that fills up as GTK writes the new one: GTK writes the file in
 * place of the old one with GLib's replace, which renames what it wrote
 * over the old file even when a write failed. The old sheet was lost, a
 * file cut short in its place, where an export (Export Weekly Sheet) or
 * `regimen-cli print` leaves it whole. */
static void
test_print_to_full_disk_keeps_previous_sheet (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  g_autofree char *previous = g_strnfill (2048, 'p');
  g_autofree char *contents = NULL;
  g_autoptr(GDir) folder = NULL;
  AdwMessageDialog *alert;
  guint replace;

  g_assert_true (g_file_set_contents (pdf, previous, -1, NULL));
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &size_limit_before), ==, 0);
  signal (SIGXFSZ, SIG_IGN);
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  ui_test_print_to_file (app, uri);
  /* Once: the hook returns FALSE. */
  g_signal_add_emission_hook (g_signal_lookup ("done", GTK_TYPE_PRINT_OPERATION), 0,
                              limit_file_size_at_done, GUINT_TO_POINTER (4096), NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  replace = g_timeout_add (50, ui_test_answer_print_replace, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (ui_test_wait_for_print_dialog (), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS

  alert = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &size_limit_before), ==, 0);
  if (g_main_context_find_source_by_id (NULL, replace) != NULL)
    g_source_remove (replace);
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "Could Not Print the Plan");
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (alert), ". The file there is as it was."));
  adw_message_dialog_response (alert, "close");
  gtk_window_destroy (GTK_WINDOW (alert));
  ui_test_iterate_until_idle ();

  /* The sheet printed before, whole; nothing else left beside it. */
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, previous);
  folder = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (folder), ==, "sheet.pdf");
  g_assert_null (g_dir_read_name (folder));

  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

static gboolean
note_print_finished (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               user_data)
{
  gboolean *finished = user_data;

  *finished = gtk_print_operation_is_finished (g_value_get_object (&values[0]));

  return !*finished;
}

/* The same print with room on the disk replaces the old sheet, and the
 * second name it was kept under while GTK wrote is gone with the job. */
static void
test_print_to_file_over_sheet_leaves_nothing_beside (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) folder = NULL;
  gboolean done = FALSE;
  guint replace;

  g_assert_true (g_file_set_contents (pdf, "previous", -1, NULL));
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  ui_test_print_to_file (app, uri);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  replace = g_timeout_add (50, ui_test_answer_print_replace, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (ui_test_wait_for_print_dialog (), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* Once: the hook returns FALSE when the job has ended. */
  g_signal_add_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), 0,
                              note_print_finished, &done, NULL);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
  if (g_main_context_find_source_by_id (NULL, replace) != NULL)
    g_source_remove (replace);

  /* The new sheet, alone in its folder. */
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  folder = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (folder), ==, "sheet.pdf");
  g_assert_null (g_dir_read_name (folder));

  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-45a/print-to-full-disk-keeps-previous-sheet",
                   test_print_to_full_disk_keeps_previous_sheet);
  g_test_add_func ("/ui/hostile-45a/print-to-file-over-sheet-leaves-nothing-beside",
                   test_print_to_file_over_sheet_leaves_nothing_beside);

  return g_test_run ();
}
