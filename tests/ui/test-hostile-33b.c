/* test-hostile-33b.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Adversarial pass 33b (issue 21): hostile disks and interleavings, what
 * a kill in the middle of a save leaves for the next start. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* A save writes the plan's file, then removes its working copy, once the
 * file has the new version. Regimen killed in between (kill -9, a crash,
 * a power cut: the person saved and shut the laptop) left the copy of
 * work that was saved, and the next start offered it back as “Restore
 * Unsaved Work?”, and restored, its Save asked whether to reload the file
 * or save over a change another program made: the person's own save. A
 * copy whose file holds its text is saved work: not offered, removed.
 * The kill is taken as the files it leaves: the copy written before the
 * save, put back once the save removed it. Unsaved work of another plan
 * is still offered beside it. */
static void
test_saved_work_not_offered_again (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *other_dir = ui_test_make_tmp_dir ();
  g_autofree char *other_path = g_build_filename (other_dir, "hiit.regimen.json", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(RegimenPlan) other = fixture_load_plan ("check", "too-much-hiit.json");
  g_autoptr(GBytes) other_text = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_text = NULL;
  g_autofree char *title = NULL;
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  RegimenPlan *plan;
  GList *windows;
  gsize saved_length;

  ui_test_close_all_windows (app);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 0);

  /* The person's edit, its working copy written, then Save. */
  window = ui_test_open_window (app);
  plan = ui_test_show_file (window, file);
  title = g_strdup (regimen_plan_get_title (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (regimen_plan_get_modified (plan));
  while (ui_test_count_working_copies () == 0)
    g_main_context_iteration (NULL, TRUE);
  kept = ui_test_keep_working_copies ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  while (regimen_plan_get_modified (plan) || ui_test_count_working_copies () > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &saved_text, &saved_length, NULL));
  ui_test_close_all_windows (app);

  /* What the kill left: the saved file, and its copy. */
  ui_test_put_back_working_copies (kept);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);

  /* Unsaved work of another plan: its copy holds what its file does not,
   * in as many bytes (the title's last letter typed again). */
  other_text = regimen_plan_to_bytes (other);
  {
    gsize length;
    const char *data = g_bytes_get_data (other_text, &length);
    g_autofree char *on_disk = g_strndup (data, length);
    char *letter = strstr (on_disk, "Too much HIIT");

    g_assert_nonnull (letter);
    letter[strlen ("Too much HII")] = 'X';
    g_assert_true (g_file_set_contents (other_path, on_disk, length, NULL));
  }
  g_assert_true (regimen_autosave_write_bytes ("h33b-unsaved", other_text, other_file, NULL, &error));
  g_assert_no_error (error);

  g_application_activate (G_APPLICATION (app));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  window = REGIMEN_WINDOW (windows->data);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Work?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Too much HIIT”"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), title));
  /* The saved work's copy is gone, the file as saved. */
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);
  {
    g_autofree char *now = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (g_file_peek_path (file), &now, &length, NULL));
    g_assert_cmpmem (now, length, saved_text, saved_length);
  }

  adw_message_dialog_response (dialog, "discard");
  while (ui_test_count_working_copies () > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-33b/saved-work-not-offered-again", test_saved_work_not_offered_again);

  return g_test_run ();
}
