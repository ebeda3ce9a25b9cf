/* test-hostile-46b.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, what the print and window passes of session 45 left: the
 * application held from the print dialog's answer until GTK's job ends,
 * seen from the outside (the real `regimen` sent SIGTERM with the print
 * dialog open; a print failing after the last window closed, the
 * application run as `regimen` runs it), the message a signal's end
 * does not wait for, and what a print whose window closed still does. */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <fcntl.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <X11/extensions/XTest.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Set, link() fails with this errno: this program defines link()
 * itself, and the core is linked into it statically, as hostile-45e
 * refuses links. */
static int link_errno;

int
link (const char *from,
      const char *to)
{
  if (link_errno != 0)
    {
      errno = link_errno;
      return -1;
    }

  return linkat (AT_FDCWD, from, AT_FDCWD, to, 0);
}

#define PLAN_TITLE "Closed while printing"
#define PLAN_TEXT \
  "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"" PLAN_TITLE "\", " \
  "\"start_date\": \"2026-11-30\", \"weeks\": [{\"label\": \"Week 1\", \"days\": [" \
  "{\"sessions\": [{\"title\": \"Lower body\", \"kind\": \"strength\", \"rpe\": 6, \"minutes\": 40, " \
  "\"items\": [{\"exercise\": \"goblet-squat\", \"sets\": 3, \"reps\": 10}]}]}, " \
  "{\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []}, " \
  "{\"sessions\": []}, {\"sessions\": []}]}]}\n"

/* The bound of a whole end, the widget tests' wait (shorter where the
 * mutation lane asks them to fail fast): generous, what it catches is a
 * process that never ends. */
#define END_BOUND_USEC UI_TEST_WAIT_USEC

static gboolean
note_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The window of the X display named @name (_NET_WM_NAME) among the
 * root's children, there being no window manager to frame them, and
 * shown; else None. */
static Window
find_shown_window_named (Display    *xdisplay,
                         const char *name)
{
  Atom net_wm_name = XInternAtom (xdisplay, "_NET_WM_NAME", False);
  Atom utf8 = XInternAtom (xdisplay, "UTF8_STRING", False);
  Window root, parent, *children = NULL;
  unsigned int n_children = 0;
  Window found = None;

  if (!XQueryTree (xdisplay, DefaultRootWindow (xdisplay), &root, &parent, &children, &n_children))
    return None;

  for (unsigned int i = 0; i < n_children && found == None; i++)
    {
      XWindowAttributes attributes;
      Atom type;
      int format;
      unsigned long n_items, after;
      unsigned char *value = NULL;

      if (XGetWindowProperty (xdisplay, children[i], net_wm_name, 0, 1024, False, utf8, &type, &format,
                              &n_items, &after, &value) == Success && value != NULL &&
          g_str_equal ((const char *) value, name) &&
          XGetWindowAttributes (xdisplay, children[i], &attributes) && attributes.map_state == IsViewable)
        found = children[i];
      if (value != NULL)
        XFree (value);
    }
  if (children != NULL)
    XFree (children);

  return found;
}

/* Waits, asking the X server at each tick, until a window named @name is
 * shown, within a generous bound. */
static Window
wait_for_window_named (Display    *xdisplay,
                       const char *name)
{
  gboolean too_long = FALSE;
  guint bound = g_timeout_add_seconds (60, note_true, &too_long);
  Window found = None;

  while (!too_long && (found = find_shown_window_named (xdisplay, name)) == None)
    {
      gboolean tick = FALSE;

      g_timeout_add (100, note_true, &tick);
      while (!tick)
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (found != None);
  g_source_remove (bound);

  return found;
}

/* Ctrl+@keyval, real key presses (XTest) into the window @xid of another
 * client, given the focus as a window manager would. */
static void
press_control_key_in (Display *xdisplay,
                      Window   xid,
                      guint    keyval)
{
  GdkDisplay *display = gdk_display_get_default ();
  KeyCode control = XKeysymToKeycode (xdisplay, GDK_KEY_Control_L);
  KeyCode code = XKeysymToKeycode (xdisplay, keyval);

  gdk_x11_display_error_trap_push (display);
  XSetInputFocus (xdisplay, xid, RevertToParent, CurrentTime);
  XSync (xdisplay, False);
  g_assert_cmpint (gdk_x11_display_error_trap_pop (display), ==, 0);
  XTestFakeKeyEvent (xdisplay, control, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, False, CurrentTime);
  XFlush (xdisplay);
}

/* The real `regimen` showing a plan, Print (Ctrl+P) pressed and the print
 * dialog left open, then SIGTERM (a logout): the process ends, exit 0.
 * Held from the dialog's opening, as a pass of session 43 had it, it
 * waited for an answer nobody gave, the dialog alone on the screen. */
static void
test_sigterm_with_print_dialog_open (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autofree char *config = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Display *xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  Window window;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, path, NULL);
  g_assert_no_error (error);

  window = wait_for_window_named (xdisplay, PLAN_TITLE " – Regimen");
  press_control_key_in (xdisplay, window, GDK_KEY_p);
  wait_for_window_named (xdisplay, "Print");

  g_subprocess_send_signal (process, SIGTERM);
  ui_test_wait_for_process_within (process, END_BOUND_USEC);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

/* How the child of a run-as-`regimen` test ends its window once its
 * print has begun. */
typedef enum
{
  CHILD_CLOSES_WINDOW,
  CHILD_SIGNALLED,
} ChildEnd;

static ChildEnd child_end;
/* Whether the child's start holds the application, as a first window. */
static gboolean start_held;
/* What is printed: a plan whose sheet goes to a folder that goes away
 * while the print dialog is open, or one too large to print (refused as
 * its pages are laid out, after the print began). */
static gboolean child_prints_too_many_pages;

static gboolean
destroy_window (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

/* A message of the application's own (a window closed): said on the
 * child's standard output, for the parent to read, and closed as a
 * person closes it once read, unless a signal ends the application,
 * whose end must not wait for it. */
static void
on_child_window_added (GtkApplication *application,
                       GtkWindow      *window)
{
  if (!ADW_IS_MESSAGE_DIALOG (window))
    return;

  g_print ("said: %s: %s\n", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)),
           adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)));
  if (child_end == CHILD_CLOSES_WINDOW)
    g_idle_add_full (G_PRIORITY_DEFAULT, destroy_window, g_object_ref (window), g_object_unref);
}

static gboolean
note_job_aborted (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               user_data)
{
  GtkPrintOperation *operation = g_value_get_object (&values[0]);

  if (gtk_print_operation_get_status (operation) == GTK_PRINT_STATUS_FINISHED_ABORTED)
    g_print ("job aborted\n");

  return TRUE;
}

/* Ctrl+W on the window, or a SIGTERM, straight after the print began
 * (its dialog answered); the hold the start took, as the first window's
 * is, let go. */
static gboolean
end_window_now (gpointer data)
{
  RegimenWindow *window = data;

  if (child_end == CHILD_CLOSES_WINDOW)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  else
    g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  if (start_held)
    g_application_release (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

static gboolean
end_window_as_print_begins (GSignalInvocationHint *hint,
                            guint                  n_values,
                            const GValue          *values,
                            gpointer               user_data)
{
  g_idle_add_full (G_PRIORITY_HIGH, end_window_now, user_data, NULL);

  return FALSE;
}

/* In the running application: the plan saved in a window, Print with
 * “Print to File”, the dialog answered, then the window ended. */
static gboolean
print_then_end_window (gpointer user_data)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autofree char *gone = g_build_filename (dir, "usb", NULL);
  g_autofree char *pdf = g_build_filename (gone, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autofree char *text = child_prints_too_many_pages ? ui_test_plan_text_past_page_limit () : g_strdup (PLAN_TEXT);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  RegimenWindow *window;
  GtkDialog *print_dialog;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (g_mkdir (gone, 0700), ==, 0);
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  ui_test_print_to_file (app, uri);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);

  g_signal_add_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), 0,
                              note_job_aborted, NULL, NULL);
  g_signal_add_emission_hook (g_signal_lookup ("begin-print", GTK_TYPE_PRINT_OPERATION), 0,
                              end_window_as_print_begins, window, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  print_dialog = ui_test_wait_for_print_dialog ();
  if (!child_prints_too_many_pages)
    g_assert_cmpint (g_rmdir (gone), ==, 0);
  gtk_dialog_response (print_dialog, GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return G_SOURCE_REMOVE;
}

/* The start shows no window of its own: the test's idle opens one. */
static void
on_child_activate (GApplication *application)
{
  g_signal_stop_emission_by_name (application, "activate");
  g_application_hold (application);
  start_held = TRUE;
  g_idle_add (print_then_end_window, NULL);
}

/* The child: the application run as `regimen` runs it, which ends when
 * nothing holds it and no window of its is left. */
static void
run_child (ChildEnd end,
           gboolean too_many_pages)
{
  child_end = end;
  child_prints_too_many_pages = too_many_pages;
  g_signal_connect (app, "activate", G_CALLBACK (on_child_activate), NULL);
  g_signal_connect (app, "window-added", G_CALLBACK (on_child_window_added), NULL);
  g_print ("run: %d\n", g_application_run (G_APPLICATION (app), 0, NULL));
}

/* Print with “Print to File” into a folder that went away while the
 * dialog was open, and Ctrl+W on the last window straight after, in the
 * application run as `regimen` runs it: GTK's job fails after the window
 * closed, and the failure is said, naming the file, before the
 * application ends, held from the dialog's answer until the job ends.
 * hostile-45b says it with the application never run, where nothing
 * ends it. */
static void
test_print_failure_said_before_end (void)
{
  if (g_test_subprocess ())
    {
      run_child (CHILD_CLOSES_WINDOW, FALSE);
      return;
    }

  g_test_trap_subprocess (NULL, END_BOUND_USEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*job aborted*said: Could Not Print the Plan: Could not print to *sheet.pdf*run: 0*");
}

/* As above, a plan whose sheets would take more than the 520 pages
 * Regimen prints: refused as its pages are laid out, after the window
 * closed, and said in a message of the application before it ends. */
static void
test_print_refusal_said_before_end (void)
{
  if (g_test_subprocess ())
    {
      run_child (CHILD_CLOSES_WINDOW, TRUE);
      return;
    }

  g_test_trap_subprocess (NULL, END_BOUND_USEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*said: Could Not Print the Plan: The sheets would take more than 520 pages*run: 0*");
}

/* As the first, ended by SIGTERM instead of Ctrl+W: the job's failure
 * comes once the signal closed the window, and no message is shown, as
 * nobody is there to read it; the application ends. A message shown
 * then was a window of the application's, which waited for it to be
 * read, for good (_regimen_window_show_error()'s check of
 * regimen_application_get_ending()). */
static void
test_print_failure_after_signal_ends (void)
{
  if (g_test_subprocess ())
    {
      run_child (CHILD_SIGNALLED, FALSE);
      return;
    }

  g_test_trap_subprocess (NULL, END_BOUND_USEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*job aborted*run: 0*");
  g_test_trap_assert_stdout_unmatched ("*said:*");
}

static gboolean
note_print_finished (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               user_data)
{
  gboolean *finished = user_data;

  *finished = gtk_print_operation_is_finished (g_value_get_object (&values[0]));

  return !*finished;
}

/* Print with “Print to File” onto a new sheet, the window closed (Ctrl+W)
 * as the print begins: the print succeeds, and the next print starts
 * from its printer and file, as after a print whose window stays. The
 * closed window had no application to give them to, and the next print
 * started from the one before. */
static void
test_print_settings_kept_after_close (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autofree char *other = g_build_filename (dir, "before.pdf", NULL);
  g_autofree char *other_uri = g_filename_to_uri (other, NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GtkPrintSettings) before = gtk_print_settings_new ();
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  GtkPrintSettings *kept;
  RegimenWindow *window;
  GtkDialog *print_dialog;
  gboolean finished = FALSE;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  ui_test_print_to_file (app, uri);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);

  g_signal_add_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), 0,
                              note_print_finished, &finished, NULL);
  /* Once: the hook returns FALSE. */
  g_signal_add_emission_hook (g_signal_lookup ("begin-print", GTK_TYPE_PRINT_OPERATION), 0,
                              end_window_as_print_begins, window, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  print_dialog = ui_test_wait_for_print_dialog ();
  /* What the application had before this print: another file. */
  gtk_print_settings_set_printer (before, "Print to File");
  gtk_print_settings_set (before, GTK_PRINT_SETTINGS_OUTPUT_URI, other_uri);
  regimen_application_set_print_settings (app, before);
  gtk_dialog_response (print_dialog, GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS

  while (!finished)
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();

  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  kept = regimen_application_get_print_settings (app);
  g_assert_nonnull (kept);
  g_assert_cmpstr (gtk_print_settings_get (kept, GTK_PRINT_SETTINGS_OUTPUT_URI), ==, uri);
  g_assert_cmpstr (gtk_print_settings_get_printer (kept), ==, "Print to File");
}

/* The failure the window says of a print, its message closed. */
static char *
take_print_failure (RegimenWindow *window)
{
  AdwMessageDialog *alert = ui_test_find_dialog (GTK_WINDOW (window));
  char *body;

  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "Could Not Print the Plan");
  body = g_strdup (adw_message_dialog_get_body (alert));
  g_test_message ("%s", body);
  adw_message_dialog_response (alert, "close");
  gtk_window_destroy (GTK_WINDOW (alert));
  ui_test_iterate_until_idle ();

  return body;
}

static RegimenWindow *
open_plan_window (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN_TEXT, -1, NULL);

  g_assert_nonnull (plan);
  return ui_test_open_window_with_plan (app, plan, NULL);
}

/* Closes @window, its plan discarded, once no working copy of it is
 * being written, and waits until none is left: a write still running as
 * the test program ended found its folder removed. */
static void
close_window (RegimenWindow *window)
{
  RegimenDocument *document = regimen_window_get_document (window);
  gint64 deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;

  while (regimen_document_is_autosaving (document) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  regimen_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  while (ui_test_count_working_copies () != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 0);
}

/* The message a print over a file it could not keep ends with, once a
 * full disk failed it. */
#define NOT_KEPT_SAID ". What is in the file is not the whole sheet, and the file there before could not be kept."

/* Print to File onto a symbolic link to a file larger than the 64 MiB a
 * sheet kept as a copy may be (a sparse file), on a disk that fills up
 * as GTK writes: GLib writes the link's file in place, emptying it, and
 * it is not copied. The message said the file was “not the whole
 * sheet”, never that what was there before is gone, which GTK's
 * “Replace?” had not said either: it says so. */
static void
test_print_over_large_file_through_link (void)
{
  RegimenWindow *window = open_plan_window ();
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *target = g_build_filename (dir, "large.pdf", NULL);
  g_autofree char *link_path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *said = NULL;
  GStatBuf st;
  int fd;

  fd = g_open (target, O_WRONLY | O_CREAT | O_EXCL, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "previous", 8), ==, 8);
  g_assert_cmpint (ftruncate (fd, 64 * 1024 * 1024 + 1), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  g_assert_cmpint (symlink ("large.pdf", link_path), ==, 0);

  ui_test_print_window_to_file (app, window, link_path, 4096);
  said = take_print_failure (window);
  g_assert_true (g_str_has_suffix (said, NOT_KEPT_SAID));

  /* Nothing of a copy is left beside it. */
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_size, <=, 4096);
  close_window (window);
  ui_test_remove_tree (dir);
}

/* Print to File over a sheet where link() fails with an error that is not
 * the disk's refusal of hard links (EIO: a failing disk; ENOSPC: a full
 * one has no room for the name), and the disk fills up as GTK writes:
 * nothing could be kept, and GLib's replace renamed what it wrote over
 * the old sheet. The message said only that the file was not the whole
 * sheet: it says the old one could not be kept. */
static void
test_print_when_link_fails_otherwise (void)
{
  RegimenWindow *window = open_plan_window ();
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *previous = g_strnfill (2048, 'p');
  g_autofree char *said = NULL;

  g_assert_true (g_file_set_contents (pdf, previous, -1, NULL));

  link_errno = EIO;
  ui_test_print_window_to_file (app, window, pdf, 4096);
  link_errno = 0;
  said = take_print_failure (window);
  g_assert_true (g_str_has_suffix (said, NOT_KEPT_SAID));

  close_window (window);
  ui_test_remove_tree (dir);
}

/* The visible message dialogs of @window, newest last. */
static GPtrArray *
list_questions (RegimenWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        g_ptr_array_add (found, toplevel);
    }

  return found;
}

/* Waits until @window asks a question headed with @heading among others,
 * and returns it. */
static AdwMessageDialog *
wait_for_question (RegimenWindow *window,
                   const char    *heading)
{
  gint64 deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GPtrArray) questions = list_questions (window);

      for (guint i = 0; i < questions->len; i++)
        if (strstr (adw_message_dialog_get_heading (g_ptr_array_index (questions, i)), heading) != NULL)
          return g_ptr_array_index (questions, i);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_not_reached ();
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
}

/* Another program writes @text to @path, a moment after the last write
 * (a later time of change). */
static void
other_program_writes (const char *path,
                      const char *text)
{
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

#define OTHER_TEXT(title) \
  "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"" title "\", \"weeks\": [{\"days\": " \
  "[{}, {}, {}, {}, {}, {}, {}]}]}\n"

/* Questions stacked on one window, answered the older after the newer:
 * the window closed with an edit not saved asks “Save Changes?”; another
 * program changes the file, and “Changed on Disk” comes on top of it;
 * the person keeps this version, and another program writes the file
 * again, unseen. Save, the older question's answer, then writes over
 * nothing the person did not see: it asks again, the file as the other
 * program left it, the window still open. */
static void
test_stacked_questions_changed_then_save (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  RegimenWindow *window;
  AdwMessageDialog *close_question;
  AdwMessageDialog *changed;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));

  gtk_window_close (GTK_WINDOW (window));
  close_question = wait_for_question (window, "Save Changes");
  other_program_writes (path, OTHER_TEXT ("Seen"));
  changed = wait_for_question (window, "Changed on Disk");
  questions = list_questions (window);
  g_test_message ("questions up: %u", questions->len);
  answer (changed, "keep");

  other_program_writes (path, OTHER_TEXT ("Never seen"));
  ui_test_wait_a_moment ();
  answer (close_question, "save");
  changed = wait_for_question (window, "Changed on Disk");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, OTHER_TEXT ("Never seen"));
  g_assert_nonnull (gtk_window_get_application (GTK_WINDOW (window)));
  answer (changed, "cancel");

  close_window (window);
}

/* As above, the file deleted while “Save Changes?” is up: “Is Gone” on
 * top, answered Keep Editing; another program then puts a file of its
 * own at the name, unseen. The older question's Save asks before it
 * writes over that file. */
static void
test_stacked_questions_gone_then_save (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  RegimenWindow *window;
  AdwMessageDialog *close_question;
  AdwMessageDialog *gone;
  AdwMessageDialog *changed;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));

  gtk_window_close (GTK_WINDOW (window));
  close_question = wait_for_question (window, "Save Changes");
  g_assert_cmpint (g_unlink (path), ==, 0);
  gone = wait_for_question (window, "Is Gone");
  answer (gone, "keep");

  other_program_writes (path, OTHER_TEXT ("Never seen"));
  ui_test_wait_a_moment ();
  answer (close_question, "save");
  changed = wait_for_question (window, "Changed on Disk");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, OTHER_TEXT ("Never seen"));
  answer (changed, "cancel");

  close_window (window);
}

/* As above, the file deleted while “Save Changes?” is up, “Is Gone”
 * answered Keep Editing; then the older question answered Discard: the
 * window closed, and the plan was gone whole, no file and no working
 * copy, where the question said only that the changes would go. It asks
 * again, saying the whole plan goes; Cancel keeps the window and its
 * working copy, and Discard then is the person's informed choice. */
static void
test_discard_after_gone_asks_again (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RegimenWindow *window;
  AdwMessageDialog *close_question;
  AdwMessageDialog *gone;
  AdwMessageDialog *again;
  gint64 deadline;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));

  gtk_window_close (GTK_WINDOW (window));
  close_question = wait_for_question (window, "Save Changes");
  g_assert_cmpint (g_unlink (path), ==, 0);
  gone = wait_for_question (window, "Is Gone");
  answer (gone, "keep");
  answer (close_question, "discard");

  g_assert_nonnull (window);
  again = wait_for_question (window, "Is Gone");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (again), "loses the whole plan"));
  answer (again, "cancel");
  ui_test_wait_a_moment ();
  g_assert_nonnull (window);
  g_assert_true (regimen_document_get_modified (regimen_window_get_document (window)));
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);

  gtk_window_close (GTK_WINDOW (window));
  answer (wait_for_question (window, "Save Changes"), "discard");
  answer (wait_for_question (window, "Is Gone"), "discard");
  g_assert_null (window);
  /* A working copy being written as Discard came goes when its write
   * ends. */
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (ui_test_count_working_copies () != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-46b/sigterm-with-print-dialog-open", test_sigterm_with_print_dialog_open);
  g_test_add_func ("/ui/hostile-46b/print-failure-said-before-end", test_print_failure_said_before_end);
  g_test_add_func ("/ui/hostile-46b/print-refusal-said-before-end", test_print_refusal_said_before_end);
  g_test_add_func ("/ui/hostile-46b/print-failure-after-signal-ends", test_print_failure_after_signal_ends);
  g_test_add_func ("/ui/hostile-46b/print-settings-kept-after-close", test_print_settings_kept_after_close);
  g_test_add_func ("/ui/hostile-46b/print-over-large-file-through-link", test_print_over_large_file_through_link);
  g_test_add_func ("/ui/hostile-46b/print-when-link-fails-otherwise", test_print_when_link_fails_otherwise);
  g_test_add_func ("/ui/hostile-46b/stacked-questions-changed-then-save", test_stacked_questions_changed_then_save);
  g_test_add_func ("/ui/hostile-46b/stacked-questions-gone-then-save", test_stacked_questions_gone_then_save);
  g_test_add_func ("/ui/hostile-46b/discard-after-gone-asks-again", test_discard_after_gone_asks_again);

  return g_test_run ();
}
