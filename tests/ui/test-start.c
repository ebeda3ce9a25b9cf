/* test-start.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The real `regimen PLAN` at its start: the plan is read on a worker
 * while the application's startup opens the display (issue 20). The
 * display is one that never answers (a socket that is never accepted)
 * and the plan's open is held with the held-open module
 * (tests/common/held-open.c): nothing is raced or timed. */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <gio/gunixsocketaddress.h>
#include <signal.h>

#include "regimen-application.h"
#include "ui-test-util.h"

static gboolean
note_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* An X display that takes connections and never answers them: the
 * abstract socket Xlib tries first for display :N, listened on and
 * never accepted. Returns the socket (closed, it is gone) and sets
 * @display to its name. */
static GSocket *
silent_display (char **display)
{
  g_autoptr(GError) error = NULL;

  for (guint n = 900; n < 1000; n++)
    {
      g_autofree char *path = g_strdup_printf ("/tmp/.X11-unix/X%u", n);
      g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                                G_SOCKET_PROTOCOL_DEFAULT, &error);
      g_autoptr(GSocketAddress) address = g_unix_socket_address_new_with_type (path, -1,
                                                                               G_UNIX_SOCKET_ADDRESS_ABSTRACT);

      g_assert_no_error (error);
      /* Taken by another display: the next number. */
      if (!g_socket_bind (socket, address, FALSE, NULL) || !g_socket_listen (socket, NULL))
        continue;

      *display = g_strdup_printf (":%u", n);
      return g_steal_pointer (&socket);
    }

  g_assert_not_reached ();
}

/* `regimen PLAN` starts reading PLAN before its startup opens the
 * display: the read's open comes while the display has not answered.
 * The plan was read from `open`, after the startup (GTK's display and
 * GL, libadwaita: 440 M instructions), and the window built after it
 * waited for the read of a large plan. */
static void
test_plan_read_while_display_opens (void)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", "two-weeks.regimen.json", NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "two-weeks.regimen.json", NULL);
  g_autofree char *held = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autofree char *waiting = g_build_filename (held, "waiting", NULL);
  g_autofree char *display = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GSocket) socket = silent_display (&display);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (held);
  g_autoptr(GFileMonitor) monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_NONE, NULL, NULL);
  g_autoptr(GError) error = NULL;
  gboolean too_long = FALSE;
  guint bound;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (plan_path, contents, length, NULL));

  ui_test_hold_open (launcher, HELD_OPEN_MODULE, held, "/two-weeks.regimen.json");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "DISPLAY", display, TRUE);
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  ui_test_touch (held, "armed");
  process = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, plan_path, NULL);
  g_assert_no_error (error);

  /* What the test is about: the plan's open, while the display has not
   * answered. */
  g_assert_nonnull (monitor);
  bound = g_timeout_add_seconds (60, note_true, &too_long);
  while (!g_file_test (waiting, G_FILE_TEST_EXISTS) && !too_long)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (waiting, G_FILE_TEST_EXISTS));
  g_source_remove (bound);

  /* It never got a display: ended by force, as a person would. */
  g_subprocess_force_exit (process);
  g_assert_true (g_subprocess_wait (process, NULL, NULL));
  g_assert_true (g_subprocess_get_if_signaled (process));
  ui_test_touch (held, "gate");
}

/* Whether a window of the X display is named @name: the title a window
 * manager shows (_NET_WM_NAME), looked for among the root's children, as
 * there is no window manager to frame them. */
static gboolean
display_has_window_named (const char *name)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  Atom net_wm_name = XInternAtom (xdisplay, "_NET_WM_NAME", False);
  Atom utf8 = XInternAtom (xdisplay, "UTF8_STRING", False);
  Window root, parent, *children = NULL;
  unsigned int n_children = 0;
  gboolean found = FALSE;

  if (!XQueryTree (xdisplay, DefaultRootWindow (xdisplay), &root, &parent, &children, &n_children))
    return FALSE;

  for (unsigned int i = 0; i < n_children && !found; i++)
    {
      Atom type;
      int format;
      unsigned long n_items, after;
      unsigned char *value = NULL;

      if (XGetWindowProperty (xdisplay, children[i], net_wm_name, 0, 1024, False, utf8, &type, &format,
                              &n_items, &after, &value) == Success && value != NULL)
        found = g_str_equal ((const char *) value, name);
      if (value != NULL)
        XFree (value);
    }
  if (children != NULL)
    XFree (children);

  return found;
}

static gboolean
note_tick (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_CONTINUE;
}

/* The plan read before the startup is the one the window shows: its file
 * is opened once. The held-open module lets the first open go on and
 * holds a second, which would say so (“waiting”) and leave the window
 * without its plan. */
static void
test_plan_read_once (void)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", "two-weeks.regimen.json", NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "two-weeks.regimen.json", NULL);
  g_autofree char *held = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autofree char *waiting = g_build_filename (held, "waiting", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gboolean too_long = FALSE;
  gboolean tick = FALSE;
  gboolean shown = FALSE;
  guint bound, ticks;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (plan_path, contents, length, NULL));

  ui_test_hold_open (launcher, HELD_OPEN_MODULE, held, "/two-weeks.regimen.json");
  g_subprocess_launcher_setenv (launcher, "REGIMEN_HELD_SKIP", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  ui_test_touch (held, "armed");
  process = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, plan_path, NULL);
  g_assert_no_error (error);

  /* Until the window shows the plan (its title is the plan's), or a
   * second open waits at the gate: the X server is asked again at each
   * tick, as it tells of no window of another client. */
  bound = g_timeout_add_seconds (60, note_true, &too_long);
  ticks = g_timeout_add (100, note_tick, &tick);
  while (!too_long && !g_file_test (waiting, G_FILE_TEST_EXISTS)
         && !(shown = display_has_window_named ("Strong enough to run — block 1 – Regimen")))
    {
      tick = FALSE;
      while (!tick && !too_long)
        g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (ticks);
  g_assert_false (g_file_test (waiting, G_FILE_TEST_EXISTS));
  g_assert_true (shown);
  g_source_remove (bound);

  ui_test_touch (held, "gate");
  g_subprocess_send_signal (process, SIGTERM);
  g_assert_true (g_subprocess_wait (process, NULL, NULL));
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

/* Waits until the display has a window named @name or @other (which
 * may be %NULL), or a minute; returns the name found, or %NULL. */
static const char *
wait_for_window_named (const char *name,
                       const char *other)
{
  gboolean too_long = FALSE;
  gboolean tick = FALSE;
  const char *shown = NULL;
  guint bound = g_timeout_add_seconds (60, note_true, &too_long);
  guint ticks = g_timeout_add (100, note_tick, &tick);

  while (!too_long && shown == NULL)
    {
      if (display_has_window_named (name))
        shown = name;
      else if (other != NULL && display_has_window_named (other))
        shown = other;
      tick = FALSE;
      while (shown == NULL && !tick && !too_long)
        g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (ticks);
  if (!too_long)
    g_source_remove (bound);

  return shown;
}

/* `regimen /dev/stdin < PLAN` while Regimen runs: the running one is
 * handed PLAN by its path. Handed /dev/stdin, it read its own standard
 * input, another plan here, and showed and saved that one (issue 21,
 * pass 46e). */
static void
test_stdin_handed_to_running (void)
{
  g_autofree char *right = g_build_filename (FIXTURES_DIR, "ui", "two-weeks.regimen.json", NULL);
  g_autofree char *wrong = g_build_filename (FIXTURES_DIR, "plans", "four-week.json", NULL);
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autoptr(GSubprocessLauncher) first_launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocessLauncher) second_launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) running = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_setenv (first_launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_set_stdin_file_path (first_launcher, wrong);
  running = g_subprocess_launcher_spawn (first_launcher, &error, REGIMEN_BINARY, NULL);
  g_assert_no_error (error);
  g_assert_nonnull (wait_for_window_named ("Untitled Plan – Regimen", NULL));

  g_subprocess_launcher_setenv (second_launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_set_stdin_file_path (second_launcher, right);
  second = g_subprocess_launcher_spawn (second_launcher, &error, REGIMEN_BINARY, "/dev/stdin", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait (second, NULL, NULL));

  g_assert_cmpstr (wait_for_window_named ("Strong enough to run — block 1 – Regimen",
                                          "Sprinter strength, two days – Regimen"),
                   ==, "Strong enough to run — block 1 – Regimen");

  g_subprocess_send_signal (running, SIGTERM);
  g_assert_true (g_subprocess_wait (running, NULL, NULL));
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/start/plan-read-while-display-opens", test_plan_read_while_display_opens);
  g_test_add_func ("/ui/start/plan-read-once", test_plan_read_once);
  g_test_add_func ("/ui/start/stdin-handed-to-running", test_stdin_handed_to_running);

  return g_test_run ();
}
