/* test-hostile-34-left-d.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, what passes 33b and 33c left: hostile disks and interleavings,
 * what a kill in the middle of a save leaves for the next start. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* An edit, its working copy written; another edit, and Save within the
 * 1.5 s before the copy would take it. Regimen killed after the file took
 * the save and before the copy went left the copy of the first edit:
 * the next start offered it as unsaved work, and restored, then saved
 * over the file (the person's own save, said to be another program's),
 * it undid the second edit, found only in PLAN~. The save brings the
 * copy to its text before the file takes it: the copy the kill leaves is
 * the file's text, and the start removes it as saved work. The kill is
 * taken as the files it leaves, kept at the moment the save is through
 * and its copy not yet removed, and put back once it is. */
static void
test_older_copy_not_offered_after_kill (void)
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
  GBytes *copy_text;
  GList *windows;
  gsize saved_length;

  ui_test_close_all_windows (app);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 0);

  /* The first edit, its working copy written. */
  window = ui_test_open_window (app);
  plan = ui_test_show_file (window, file);
  title = g_strdup (regimen_plan_get_title (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  while (ui_test_count_working_copies () == 0)
    g_main_context_iteration (NULL, TRUE);

  /* The second edit, and Save at once: its copy's pause has not begun
   * to run out, no main loop turned in between. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));

  /* The save is through (the plan saved as of its text), its copy not yet
   * removed: that goes once the file's etag is read, a later turn. */
  while (regimen_plan_get_modified (plan))
    g_main_context_iteration (NULL, TRUE);
  kept = ui_test_keep_working_copies ();
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &saved_text, &saved_length, NULL));
  copy_text = ui_test_kept_copy_text (kept);
  g_assert_nonnull (copy_text);
  g_assert_cmpmem (g_bytes_get_data (copy_text, NULL), g_bytes_get_size (copy_text), saved_text, saved_length);

  while (ui_test_count_working_copies () > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_close_all_windows (app);

  /* What the kill left: the saved file, and its copy. */
  ui_test_put_back_working_copies (kept);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);

  /* Unsaved work of another plan, which the start offers, so the test
   * knows when the start has looked at the copies. */
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
  g_assert_true (regimen_autosave_write_bytes ("h34d-unsaved", other_text, other_file, NULL, &error));
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


/* A plan whose title and first session's title are one letter and 9,999
 * combining marks (U+0301, “Zalgo” text), as another program may write. */
static RegimenPlan *
load_stacked_marks_plan (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(GString) title = g_string_new ("Z");
  RegimenWeek *week;
  RegimenDay *day = NULL;

  for (guint i = 0; i < 9999; i++)
    g_string_append (title, "\u0301");
  regimen_plan_set_title (plan, title->str);
  week = regimen_plan_get_week (plan, 0);
  for (guint i = 0; i < 7 && day == NULL; i++)
    {
      RegimenDay *candidate = regimen_week_get_day (week, i);

      if (g_list_model_get_n_items (regimen_day_get_sessions (candidate)) > 0)
        day = candidate;
    }
  g_assert_nonnull (day);
  {
    g_autoptr(RegimenSession) session = g_list_model_get_item (regimen_day_get_sessions (day), 0);

    regimen_session_set_title (session, title->str);
  }
  /* As read from a file: nothing to save. */
  regimen_plan_mark_saved (plan);

  return g_steal_pointer (&plan);
}

/* A title of one letter and thousands of combining marks drew a tower of
 * accents over the day's heading above its card and over the window's
 * header: each label drew far outside its box. A shown text keeps at
 * most a few marks on one letter (the file keeps its text): every label
 * the window shows draws within a line of its own box. */
static void
test_stacked_marks_stay_in_their_box (void)
{
  g_autoptr(RegimenPlan) plan = load_stacked_marks_plan ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  RegimenWindow *window;
  guint n_marked = 0;

  ui_test_close_all_windows (app);
  window = ui_test_open_window_with_plan (app, plan, NULL);
  ui_test_wait_for_frames (GTK_WIDGET (window), 2);

  ui_test_collect_visible (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      PangoLayout *layout;
      PangoRectangle ink;
      PangoRectangle logical;

      if (strstr (gtk_label_get_text (label), "\u0301") == NULL)
        continue;
      n_marked++;
      layout = gtk_label_get_layout (label);
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      g_test_message ("label “%.20s…”: ink %d+%d, logical %d+%d", gtk_label_get_text (label),
                      ink.y, ink.height, logical.y, logical.height);
      g_assert_cmpint (ink.y, >=, logical.y - logical.height);
      g_assert_cmpint (ink.y + ink.height, <=, logical.y + 2 * logical.height);
    }
  /* The card's title and the window's. */
  g_assert_cmpuint (n_marked, >=, 2);

  ui_test_close_all_windows (app);
}


/* The same after a restore: the working copy restored is the document's
 * copy, on the disk since before the restore. An edit, and Save at once:
 * the copy takes the text saved before the file does, where it kept the
 * text restored, offered again at the next start after a kill, and
 * restored and saved over the file, it undid the edit. */
static void
test_restored_copy_takes_saved_text (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autoptr(RegimenPlan) restored = NULL;
  g_autoptr(GBytes) restored_text = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *disk_text = NULL;
  g_autofree char *base_checksum = NULL;
  g_autofree char *saved_text = NULL;
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  RegimenPlan *plan = NULL;
  GBytes *copy_text;
  GList *windows;
  gsize length;
  gsize saved_length;

  ui_test_close_all_windows (app);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 0);

  /* Unsaved work of the file, left by an earlier Regimen. */
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &disk_text, &length, NULL));
  base_checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) disk_text, length);
  restored = regimen_plan_load_from_data (disk_text, length, &error);
  g_assert_no_error (error);
  regimen_plan_set_title (restored, "Restored work");
  restored_text = regimen_plan_to_bytes (restored);
  g_assert_true (regimen_autosave_write_bytes ("h34d-restored", restored_text, file, base_checksum, &error));
  g_assert_no_error (error);

  g_application_activate (G_APPLICATION (app));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  window = REGIMEN_WINDOW (windows->data);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "restore");
  while (plan == NULL || g_strcmp0 (regimen_plan_get_title (plan), "Restored work") != 0)
    {
      g_main_context_iteration (NULL, TRUE);
      windows = gtk_application_get_windows (GTK_APPLICATION (app));
      plan = windows != NULL ? regimen_window_get_plan (REGIMEN_WINDOW (windows->data)) : NULL;
    }
  window = REGIMEN_WINDOW (windows->data);
  ui_test_iterate_until_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (regimen_plan_get_modified (plan));
  /* The save is through, its copy not yet removed (as above). */
  while (regimen_plan_get_modified (plan))
    g_main_context_iteration (NULL, TRUE);
  kept = ui_test_keep_working_copies ();
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &saved_text, &saved_length, NULL));
  copy_text = ui_test_kept_copy_text (kept);
  g_assert_nonnull (copy_text);
  g_assert_cmpmem (g_bytes_get_data (copy_text, NULL), g_bytes_get_size (copy_text), saved_text, saved_length);

  while (ui_test_count_working_copies () > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-34-left-d/older-copy-not-offered-after-kill",
                   test_older_copy_not_offered_after_kill);
  g_test_add_func ("/ui/hostile-34-left-d/restored-copy-takes-saved-text",
                   test_restored_copy_takes_saved_text);
  g_test_add_func ("/ui/hostile-34-left-d/stacked-marks-stay-in-their-box",
                   test_stacked_marks_stay_in_their_box);

  return g_test_run ();
}
