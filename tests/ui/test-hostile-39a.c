/* test-hostile-39a.c
 *
 * Issue 21, what pass 38 left in files and saves, in the window: Save As
 * of a plan only its owner may read.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *data_home;

/* Saves the plan of @window as @name through Save As and its file
 * chooser, as a person does, in the folder the chooser offers (@dir, the
 * plan's); returns the new file's mode. */
static mode_t
save_as_and_stat (RegimenWindow *window,
                  const char    *dir,
                  const char    *name)
{
  g_autofree char *new_path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  GtkWindow *chooser;
  struct stat st;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  {
    g_autoptr(GFile) chosen = NULL;

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    /* Until the chooser has read its folder, it answers nothing. */
    while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (g_file_equal (chosen, new_file));
  }
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  while (!g_file_test (new_path, G_FILE_TEST_EXISTS) ||
         regimen_plan_get_modified (regimen_window_get_plan (window)))
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();

  g_assert_cmpint (g_stat (new_path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* Save As of a plan kept 0600 made the new plan 0644 under the usual
 * umask, its log and notes readable by every user of the machine, where
 * its exports are made no more readable than it (pass 36b) and `cp`
 * keeps such a copy private. The new plan is no more readable by the
 * group or by others than the file it was saved from; a plan of 0640
 * gives 0640. */
static void
test_save_as_keeps_plan_private (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *dir = g_path_get_dirname (g_file_peek_path (file));
  RegimenWindow *window;
  mode_t previous_umask = umask (022);

  ui_test_close_all_windows (app);

  g_assert_cmpint (g_chmod (g_file_peek_path (file), 0600), ==, 0);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_cmpuint (save_as_and_stat (window, dir, "private-copy.regimen.json"), ==, 0600);
  ui_test_close_all_windows (app);

  g_assert_cmpint (g_chmod (g_file_peek_path (file), 0640), ==, 0);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_cmpuint (save_as_and_stat (window, dir, "group-copy.regimen.json"), ==, 0640);
  ui_test_close_all_windows (app);

  umask (previous_umask);
  ui_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int result;

  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-39a/save-as-keeps-plan-private", test_save_as_keeps_plan_private);

  result = g_test_run ();

  ui_test_remove_tree (data_home);
  g_clear_pointer (&data_home, g_free);

  return result;
}
