/* test-end-signal.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application's end on a signal, as a review of pass 30 found it:
 * the real `regimen` started with a plan and sent SIGTERM while the
 * person's exercises are still read. The disk is held with the
 * held-open module (tests/common/held-open.c), never raced. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "regimen-window-private.h"
#include "ui-test-util.h"

static RegimenApplication *app;

static GFile *
copy_fixture (const char *name)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", name, NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return g_file_new_for_path (path);
}

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static gboolean
note_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits, turning the main context (the signals are taken there), until
 * the held process says it waits at the gate: told by the folder's
 * monitor, within a generous bound. */
static void
wait_for_waiting (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "waiting", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFileMonitor) monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_NONE, NULL, NULL);
  gboolean too_long = FALSE;
  guint bound = g_timeout_add_seconds (60, note_true, &too_long);

  g_assert_nonnull (monitor);
  while (!g_file_test (path, G_FILE_TEST_EXISTS) && !too_long)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_source_remove (bound);
}

static void
on_process_ended (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_assert_true (g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL));
  *(gboolean *) user_data = TRUE;
}

/* SIGTERM while the person's exercises are read, the real `regimen`
 * started with a plan (`regimen PLAN`): once they are in, the process
 * ends. It ran on for good: the window built for the plan then was
 * never shown, and kept the application running. */
static void
test_sigterm_while_exercises_read (void)
{
  g_autoptr(GFile) plan = copy_fixture ("two-weeks.regimen.json");
  g_autofree char *plan_path = g_file_get_path (plan);
  g_autofree char *held = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ended = FALSE;
  gboolean too_long = FALSE;
  guint bound;

  g_subprocess_launcher_setenv (launcher, "LD_PRELOAD", HELD_OPEN_MODULE, TRUE);
  g_subprocess_launcher_setenv (launcher, "REGIMEN_HELD_DIR", held, TRUE);
  g_subprocess_launcher_setenv (launcher, "REGIMEN_HELD_OPEN", "/exercises.json", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  touch (held, "armed");
  process = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, plan_path, NULL);
  g_assert_no_error (error);

  /* What the test is about: the signal comes while the exercises are
   * read, the plan waiting for them. */
  wait_for_waiting (held);
  g_subprocess_send_signal (process, SIGTERM);
  touch (held, "gate");

  g_subprocess_wait_async (process, NULL, on_process_ended, &ended);
  bound = g_timeout_add_seconds (60, note_true, &too_long);
  while (!ended && !too_long)
    g_main_context_iteration (NULL, TRUE);
  if (!ended)
    g_subprocess_force_exit (process);
  g_assert_true (ended);
  g_source_remove (bound);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/end-signal/sigterm-while-exercises-read", test_sigterm_while_exercises_read);

  return g_test_run ();
}
