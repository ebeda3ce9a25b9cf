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

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

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
  g_autofree char *previous = g_strnfill (2048, 'p');
  g_autofree char *contents = NULL;
  g_autoptr(GDir) folder = NULL;
  AdwMessageDialog *alert;

  g_assert_true (g_file_set_contents (pdf, previous, -1, NULL));
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  ui_test_print_window_to_file (app, window, pdf, 4096);

  alert = ui_test_wait_for_dialog (GTK_WINDOW (window));
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

/* The same print with room on the disk replaces the old sheet, and the
 * second name it was kept under while GTK wrote is gone with the job. */
static void
test_print_to_file_over_sheet_leaves_nothing_beside (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) folder = NULL;

  g_assert_true (g_file_set_contents (pdf, "previous", -1, NULL));
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  ui_test_print_window_to_file (app, window, pdf, 0);

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
