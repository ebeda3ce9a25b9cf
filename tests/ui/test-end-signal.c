/* test-end-signal.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application's end on a signal, as a review of pass 30 found it:
 * the real `regimen` started with a plan and sent SIGTERM while the
 * person's exercises are still read; a second signal while the first
 * one's write of a working copy hangs. The disk is held with the
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

static gboolean
note_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Whether a temporary file of a write is beside @path. */
static gboolean
first_temporary (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".regimen-temporary-"))
      return TRUE;

  return FALSE;
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
  g_autoptr(GFile) plan = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *plan_path = g_file_get_path (plan);
  g_autofree char *held = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ended = FALSE;
  gboolean too_long = FALSE;
  guint bound;

  ui_test_hold_open (launcher, HELD_OPEN_MODULE, held, "/exercises.json");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  ui_test_touch (held, "armed");
  process = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, plan_path, NULL);
  g_assert_no_error (error);

  /* What the test is about: the signal comes while the exercises are
   * read, the plan waiting for them. */
  ui_test_wait_for_named_file (held, "waiting");
  g_subprocess_send_signal (process, SIGTERM);
  ui_test_touch (held, "gate");

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

/* The second signal's test runs in a process of its own, which it ends;
 * the child says here what the parent checks after. */
#define SECOND_SIGNAL_PATH "/ui/end-signal/second-signal-ends-at-once"

static void
second_signal_child (void)
{
  const char *held = g_getenv ("REGIMEN_HELD_DIR");
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  guint weeks = regimen_plan_get_n_weeks (plan);
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *name = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *note = NULL;
  g_autofree char *count = NULL;

  /* A first change, in a working copy on disk. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  regimen_document_autosave_now (window->document);
  name = g_strconcat (regimen_document_get_autosave_id (window->document), ".regimen.json", NULL);
  copy = g_build_filename (dir_path, name, NULL);
  while (!g_file_test (copy, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
  note = g_build_filename (held, "copy", NULL);
  g_assert_true (g_file_set_contents (note, copy, -1, NULL));
  g_free (note);
  note = g_build_filename (held, "weeks", NULL);
  count = g_strdup_printf ("%u", weeks + 1);
  g_assert_true (g_file_set_contents (note, count, -1, NULL));

  /* A second change, whose write the first signal starts and the disk
   * holds. */
  ui_test_touch (held, "armed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  /* The first signal taken by the application (its windows closed)
   * before the second is sent: two pending at once are taken as one. */
  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    g_main_context_iteration (NULL, TRUE);
  ui_test_wait_for_named_file (held, "waiting");

  /* Ended by it, or on until the parent's bound: a hang. */
  g_print ("second signal sent\n");
  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs this test's child with the held-open module preloaded, its gate
 * folder @held and the held file's variables given in @names and
 * @values (NULL-terminated), for at most @timeout µs (0: none); the
 * environment is the parent's again afterwards. AddressSanitizer
 * refuses to start with a library preloaded ahead of it unless told. */
static void
trap_held_child (const char          *held,
                 guint64              timeout,
                 const char * const  *names,
                 const char * const  *values)
{
  g_autofree char *previous_asan_options = g_strdup (g_getenv ("ASAN_OPTIONS"));
  g_autofree char *asan_options = g_strjoin (":", "verify_asan_link_order=0", g_getenv ("ASAN_OPTIONS"), NULL);

  g_setenv ("LD_PRELOAD", HELD_OPEN_MODULE, TRUE);
  g_setenv ("ASAN_OPTIONS", asan_options, TRUE);
  g_setenv ("REGIMEN_HELD_DIR", held, TRUE);
  for (guint i = 0; names[i] != NULL; i++)
    g_setenv (names[i], values[i], TRUE);
  g_test_trap_subprocess (NULL, timeout, G_TEST_SUBPROCESS_INHERIT_STDERR);
  for (guint i = 0; names[i] != NULL; i++)
    g_unsetenv (names[i]);
  g_unsetenv ("REGIMEN_HELD_DIR");
  g_unsetenv ("LD_PRELOAD");
  if (previous_asan_options != NULL)
    g_setenv ("ASAN_OPTIONS", previous_asan_options, TRUE);
  else
    g_unsetenv ("ASAN_OPTIONS");
}

/* Runs this test's child (@path) as trap_held_child() does, as a process
 * of its own whose status says how it ended: GLib's trap said only that
 * it failed, which an assertion or a crash would have been too. Waits
 * for its end within a generous bound (a hang ends it by force); its
 * standard output is in @held's “stdout”. */
static GSubprocess *
spawn_held_child (const char          *path,
                  const char          *held,
                  const char * const  *names,
                  const char * const  *values)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autofree char *out = g_build_filename (held, "stdout", NULL);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;
  gboolean ended = FALSE;
  gboolean too_long = FALSE;
  guint bound;

  ui_test_hold_open (launcher, HELD_OPEN_MODULE, held, NULL);
  for (guint i = 0; names[i] != NULL; i++)
    g_subprocess_launcher_setenv (launcher, names[i], values[i], TRUE);
  g_subprocess_launcher_set_stdout_file_path (launcher, out);
  process = g_subprocess_launcher_spawn (launcher, &error, "/proc/self/exe", "-q", "-p", path,
                                         "--GTestSubprocess", NULL);
  g_assert_no_error (error);

  g_subprocess_wait_async (process, NULL, on_process_ended, &ended);
  bound = g_timeout_add_seconds (60, note_true, &too_long);
  while (!ended && !too_long)
    g_main_context_iteration (NULL, TRUE);
  if (!ended)
    {
      g_subprocess_force_exit (process);
      while (!ended)
        g_main_context_iteration (NULL, TRUE);
    }
  else
    g_source_remove (bound);
  g_assert_false (too_long);

  return process;
}

/* Whether the child's standard output, in @held, matches @pattern. */
static gboolean
child_said (const char *held,
            const char *pattern)
{
  g_autofree char *out = g_build_filename (held, "stdout", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  return g_pattern_match_simple (pattern, text);
}

/* A second signal while the first one's write of a working copy hangs
 * (a stuck network disk) ends the application at once, by that signal;
 * the working copy on disk is the previous one, whole. Only SIGKILL
 * ended it: each signal did what the first did. */
static void
test_second_signal_ends_at_once (void)
{
  g_autofree char *held = NULL;
  g_autofree char *copy_note = NULL;
  g_autofree char *weeks_note = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *weeks = NULL;
  g_autoptr(GFile) copy_file = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      second_signal_child ();
      return;
    }

  held = ui_test_make_tmp_dir ();
  process = spawn_held_child (SECOND_SIGNAL_PATH, held,
                              (const char * const []) { "REGIMEN_HELD_CREATE", NULL },
                              (const char * const []) { "/autosave/", NULL });

  /* Ended by the second SIGTERM itself, where a failed child (an
   * assertion, a crash) passed too (issue 21, pass 30's leftovers). */
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGTERM);
  g_assert_true (child_said (held, "*second signal sent*"));

  /* The previous working copy, whole. */
  copy_note = g_build_filename (held, "copy", NULL);
  weeks_note = g_build_filename (held, "weeks", NULL);
  g_assert_true (g_file_get_contents (copy_note, &copy, NULL, NULL));
  g_assert_true (g_file_get_contents (weeks_note, &weeks, NULL, NULL));
  copy_file = g_file_new_for_path (copy);
  on_disk = regimen_plan_load_from_file (copy_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (on_disk), ==, g_ascii_strtoull (weeks, NULL, 10));
}

/* The plan's file changed on disk and the person chose Reload; the
 * signal comes while the file is read again (held). Once it is read, the
 * window the signal closed stays closed: it came back, presented with
 * the file's version, as the application ended. */
static void
on_shown_after_end (GtkWidget *widget,
                    GParamSpec *pspec,
                    gboolean   *shown)
{
  if (gtk_widget_get_visible (widget))
    *shown = TRUE;
}

static void
reload_after_signal_child (void)
{
  const char *held = g_getenv ("REGIMEN_HELD_DIR");
  g_autoptr(GFile) fixture = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *fixture_path = g_file_get_path (fixture);
  g_autofree char *dir = g_path_get_dirname (fixture_path);
  g_autofree char *path = g_build_filename (dir, "reloaded-at-end.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  gpointer weak_window = window;
  AdwMessageDialog *dialog;
  gboolean shown = FALSE;

  g_assert_true (g_file_get_contents (fixture_path, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  ui_test_show_file (window, file);
  changed = g_strconcat (contents, "\n", NULL);
  /* Another program changes the file: a time stamp of its own. */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);

  ui_test_touch (held, "armed");
  adw_message_dialog_response (dialog, "reload");
  ui_test_wait_for_named_file (held, "waiting");

  g_object_add_weak_pointer (G_OBJECT (window), &weak_window);
  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (window, "notify::visible", G_CALLBACK (on_shown_after_end), &shown);

  /* The read ends; the window lives until then. */
  ui_test_touch (held, "gate");
  while (weak_window != NULL && !shown)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (shown);
}

static void
test_reload_after_signal (void)
{
  g_autofree char *held = NULL;

  if (g_test_subprocess ())
    {
      reload_after_signal_child ();
      return;
    }

  held = ui_test_make_tmp_dir ();
  trap_held_child (held, 0,
                   (const char * const []) { "REGIMEN_HELD_OPEN", NULL },
                   (const char * const []) { "/reloaded-at-end.regimen.json", NULL });

  g_test_trap_assert_passed ();
}

/* A second signal while the plan is being saved, the save held: the
 * temporary file the save writes beside the plan goes with the process,
 * and the plan's file is the previous version, whole. It stayed beside
 * the plan, a ".regimen-temporary-…" in the person's folder. */
static void
second_signal_during_save_child (void)
{
  const char *held = g_getenv ("REGIMEN_HELD_DIR");
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *note = g_build_filename (held, "plan", NULL);
  RegimenWindow *window = ui_test_open_window (app);

  ui_test_show_file (window, file);
  g_assert_true (g_file_set_contents (note, path, -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));

  ui_test_touch (held, "armed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ui_test_wait_for_named_file (held, "waiting");
  g_print ("temporary file: %s\n", first_temporary (path) ? "yes" : "no");

  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_print ("second signal sent\n");
  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

#define SECOND_SIGNAL_DURING_SAVE_PATH "/ui/end-signal/second-signal-during-save"

static void
test_second_signal_during_save (void)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *held = NULL;
  g_autofree char *note = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      second_signal_during_save_child ();
      return;
    }

  held = ui_test_make_tmp_dir ();
  process = spawn_held_child (SECOND_SIGNAL_DURING_SAVE_PATH, held,
                              (const char * const []) { "REGIMEN_HELD_OPEN", "REGIMEN_HELD_SKIP", NULL },
                              (const char * const []) { "/two-weeks.regimen.json", "1", NULL });

  /* Ended by the second SIGTERM itself (issue 21, pass 30's leftovers). */
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGTERM);
  /* What the test is about: the save had its temporary file. */
  g_assert_true (child_said (held, "*temporary file: yes*second signal sent*"));

  note = g_build_filename (held, "plan", NULL);
  g_assert_true (g_file_get_contents (note, &path, NULL, NULL));
  g_assert_false (first_temporary (path));
  file = g_file_new_for_path (path);
  on_disk = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (on_disk), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/end-signal/sigterm-while-exercises-read", test_sigterm_while_exercises_read);
  g_test_add_func (SECOND_SIGNAL_PATH, test_second_signal_ends_at_once);
  g_test_add_func ("/ui/end-signal/reload-after-signal-opens-no-window", test_reload_after_signal);
  g_test_add_func (SECOND_SIGNAL_DURING_SAVE_PATH, test_second_signal_during_save);

  return g_test_run ();
}
