/* test-hostile-34-review.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, the review of pass 34b: a save that finds a link put in its
 * target's place while it waited for the lock is refused as a change of
 * another program's. For the plan's own file the window asks “Changed on
 * Disk”, whose Reload loads the file; for a Save As onto another file it
 * asked the same, and Reload would have replaced the unsaved plan with
 * that other file. */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The visible message dialog over @window, or NULL. */
static AdwMessageDialog *
shown_dialog (GtkWindow *window)
{
  AdwMessageDialog *dialog = ui_test_find_dialog (window);

  return dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (dialog)) ? dialog : NULL;
}

static gboolean
holds_temporary (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, ".regimen-temporary-"))
      return TRUE;
  return FALSE;
}

static void
test_save_as_target_linked_meanwhile (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *dir = g_path_get_dirname (g_file_peek_path (file));
  g_autofree char *target = g_build_filename (dir, "other.regimen.json", NULL);
  g_autofree char *sync_dir = g_build_filename (dir, "Sync", NULL);
  g_autofree char *moved = g_build_filename (sync_dir, "other.regimen.json", NULL);
  g_autofree char *swap = g_build_filename (dir, "other.regimen.json.swap", NULL);
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) chosen = NULL;
  g_autofree char *kept = NULL;
  AdwMessageDialog *dialog;
  RegimenWindow *window;
  RegimenPlan *plan;
  GtkWindow *chooser;
  struct stat st;
  int holder;

  g_assert_true (g_file_set_contents (target, "not mine\n", -1, NULL));
  g_assert_cmpint (g_mkdir (sync_dir, 0700), ==, 0);
  window = ui_test_open_window (app);
  plan = ui_test_show_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_plan_get_modified (plan));

  /* Save As “other” beside the plan (where the chooser opens): the window adds the extension and
   * asks before replacing the file of that name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "other");
  /* Until the chooser has read its folder, it answers nothing. */
  while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  while ((dialog = shown_dialog (GTK_WINDOW (window))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Replace"));

  /* Another program holds the target's lock; the save waits for it once
   * it has made its temporary file, and the target is moved into a
   * synchronised folder and linked back meanwhile. */
  holder = open (target, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (holder, >=, 0);
  g_assert_cmpint (flock (holder, LOCK_EX), ==, 0);
  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_NONE, NULL, NULL);
  g_assert_nonnull (monitor);
  adw_message_dialog_response (dialog, "replace");
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (!holds_temporary (dir))
    g_main_context_iteration (NULL, TRUE);
  /* As a synchronising tool swaps them, with the name never missing:
   * the file linked into the folder, a link renamed over its name. Moved
   * and linked in two steps, a save that came to the name between them
   * found the file removed, and said that (CI of session 37). */
  g_assert_cmpint (link (target, moved), ==, 0);
  g_assert_cmpint (symlink ("Sync/other.regimen.json", swap), ==, 0);
  g_assert_cmpint (g_rename (swap, target), ==, 0);
  close (holder);

  while ((dialog = shown_dialog (GTK_WINDOW (window))) == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* Said as an error, with no Reload of the other file. */
  g_assert_null (strstr (adw_message_dialog_get_heading (dialog), "Changed on Disk"));
  g_assert_false (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Could Not Save"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "another program changed the file meanwhile"));
  /* The link and the moved file as they were, the plan still its own,
   * unsaved. */
  g_assert_cmpint (lstat (target, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (moved, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "not mine\n");
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (g_file_equal (regimen_window_get_file (window), file));

  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-34-review/save-as-target-linked-meanwhile", test_save_as_target_linked_meanwhile);

  return g_test_run ();
}
