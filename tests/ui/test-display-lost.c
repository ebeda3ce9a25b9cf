/* test-display-lost.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The X display lost while a plan has changes in no working copy yet: a
 * session's X server ended or crashed, an ssh that forwarded it closed.
 * GTK ends the process at once (_exit (1)) from Xlib's handler of a
 * broken connection; the application writes the working copies first. The
 * window runs in a process of its own on an X server of its own, which it
 * kills; the parent reads what is left on disk. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "regimen-window-private.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The child: a plan opened, a week added, and the X server killed while
 * the change waits for the pause after which its working copy is written.
 * GTK ends this process from within the main loop's next read. */
static void
lose_display_with_a_change (void)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", "two-weeks.regimen.json", NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "two-weeks.regimen.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autofree char *marker = NULL;
  RegimenWindow *window;
  RegimenPlan *plan;
  guint weeks;
  gsize length;
  GPid server = (GPid) g_ascii_strtoll (g_getenv ("UI_TEST_X_SERVER"), NULL, 10);

  g_assert_cmpint (server, >, 0);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  file = g_file_new_for_path (path);

  window = ui_test_open_window (app);
  plan = ui_test_show_file (window, file);
  weeks = regimen_plan_get_n_weeks (plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, weeks + 1);
  /* What the test is about: the change is in no working copy yet. */
  g_assert_true (regimen_document_get_modified (window->document));
  before = regimen_autosave_list ();
  g_assert_cmpuint (before->len, ==, 0);

  marker = g_build_filename (g_getenv ("UI_TEST_DATA_HOME"), "server-killed", NULL);
  g_assert_true (g_file_set_contents (marker, "", 0, NULL));
  g_assert_cmpint (kill (server, SIGKILL), ==, 0);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

/* An X server of its own, on a free display it names: its pid. */
static GPid
start_x_server (char **display)
{
  const char *argv[] = { "Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1024x768x24", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  GPid pid;
  int out;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                                           G_SPAWN_STDERR_TO_DEV_NULL,
                                           NULL, NULL, &pid, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  /* The server writes its display's number once it takes connections. */
  g_assert_cmpint (g_io_channel_read_line (channel, &line, NULL, NULL, &error), ==, G_IO_STATUS_NORMAL);
  g_assert_no_error (error);
  g_strstrip (line);
  g_assert_cmpstr (line, !=, "");
  *display = g_strconcat (":", line, NULL);

  return pid;
}

/* The change of the pause before its working copy would have been written
 * is in the working copy when the process has ended; the plan's file is
 * as it was. It was lost: GTK ended the process before anything ran. */
static void
test_display_lost_keeps_last_change (void)
{
  g_autofree char *data_home = NULL;
  g_autofree char *autosave_dir = NULL;
  g_autofree char *display = NULL;
  g_autofree char *old_display = g_strdup (g_getenv ("DISPLAY"));
  g_autofree char *server_text = NULL;
  g_autofree char *marker = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint copies = 0;
  GPid server;

  if (g_test_subprocess ())
    {
      lose_display_with_a_change ();
      return;
    }

  data_home = ui_test_make_tmp_dir ();
  server = start_x_server (&display);
  server_text = g_strdup_printf ("%d", (int) server);
  g_setenv ("DISPLAY", display, TRUE);
  g_setenv ("UI_TEST_DATA_HOME", data_home, TRUE);
  g_setenv ("UI_TEST_X_SERVER", server_text, TRUE);

  /* A handler that hangs (a write that never ends) fails here, within a
   * minute, not at the test runner's limit. */
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);

  g_setenv ("DISPLAY", old_display, TRUE);
  g_unsetenv ("UI_TEST_DATA_HOME");
  g_unsetenv ("UI_TEST_X_SERVER");
  kill (server, SIGKILL);
  waitpid (server, NULL, 0);
  g_spawn_close_pid (server);

  /* Ended by GTK, as before, after the child had got as far as killing
   * the server: no assertion of its own failed. */
  g_test_trap_assert_failed ();
  marker = g_build_filename (data_home, "server-killed", NULL);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));

  autosave_dir = g_build_filename (data_home, "regimen", "autosave", NULL);
  dir = g_dir_open (autosave_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(RegimenPlan) copy = NULL;

      if (!g_str_has_suffix (name, ".regimen.json"))
        continue;
      path = g_build_filename (autosave_dir, name, NULL);
      file = g_file_new_for_path (path);
      copy = regimen_plan_load_from_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (regimen_plan_get_n_weeks (copy), ==, 3);
      copies++;
    }
  g_assert_cmpuint (copies, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/display-lost/keeps-last-change", test_display_lost_keeps_last_change);

  return g_test_run ();
}
