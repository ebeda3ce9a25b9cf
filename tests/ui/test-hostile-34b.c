/* test-hostile-34b.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window as adversarial pass 34b of issue 21 (hostile disks and
 * interleavings) met it. */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The message dialog over @window whose heading holds @heading, or
 * NULL. */
static AdwMessageDialog *
find_dialog_saying (GtkWindow  *window,
                    const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          gtk_window_get_transient_for (toplevel) == window &&
          strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) != NULL)
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

/* Whether @dir holds a file whose name starts as the writer's temporary
 * files do. */
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

static guint
count_weeks (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (regimen_plan_get_weeks (plan));
}

/* The plan is moved into a synchronised folder and linked back while
 * Ctrl+S waits for the plan's lock (another program's `flock PLAN`):
 * the save took the link for the file it had locked, replaced the link
 * with a file of the new text, left the moved plan as it was and made
 * PLAN~ the link. It asks “Changed on Disk” and writes nothing; Save
 * Over It then writes through the link. */
static void
test_link_put_in_place_while_saving (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *sync_dir = g_build_filename (dir, "Sync", NULL);
  g_autofree char *moved = g_build_filename (sync_dir, "two-weeks.regimen.json", NULL);
  g_autofree char *swap = g_build_filename (dir, "two-weeks.regimen.json.swap", NULL);
  g_autofree char *moved_backup = g_strconcat (moved, "~", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  RegimenWindow *window = ui_test_open_window (app);
  RegimenDocument *document;
  AdwMessageDialog *dialog;
  struct stat st;
  guint weeks;
  int holder;

  ui_test_show_file (window, file);
  document = regimen_window_get_document (window);
  weeks = count_weeks (path);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_mkdir (sync_dir, 0700), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL);
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));

  /* Another program holds the plan's lock; the save waits for it once
   * it has made its temporary file. */
  holder = open (path, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (holder, >=, 0);
  g_assert_cmpint (flock (holder, LOCK_EX), ==, 0);
  monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_NONE, NULL, NULL);
  g_assert_nonnull (monitor);
  ui_test_send_control_key (GTK_WINDOW (window), GDK_KEY_s);
  while (!holds_temporary (dir))
    g_main_context_iteration (NULL, TRUE);

  /* Swapped as a synchronising tool swaps them, the name never missing
   * (test-hostile-34-review.c says why). */
  g_assert_cmpint (link (path, moved), ==, 0);
  g_assert_cmpint (symlink ("Sync/two-weeks.regimen.json", swap), ==, 0);
  g_assert_cmpint (g_rename (swap, path), ==, 0);
  close (holder);

  /* Until the window asks, or the save has put a file in the link's
   * place (the folder's monitor wakes the loop). */
  while ((dialog = find_dialog_saying (GTK_WINDOW (window), "Changed on Disk")) == NULL &&
         lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (moved, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, before);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpint (lstat (backup, &st), !=, 0);
  g_assert_true (regimen_document_get_modified (document));

  /* Save Over It writes through the link. */
  adw_message_dialog_response (dialog, "overwrite");
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (regimen_document_get_modified (document) || regimen_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (count_weeks (moved), ==, weeks + 1);
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (moved_backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, before);
  g_assert_cmpint (lstat (backup, &st), !=, 0);

  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-34b/link-put-in-place-while-saving", test_link_put_in_place_while_saving);

  return g_test_run ();
}
