/* test-hostile-30.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and what is done to it from outside, as adversarial pass
 * 30a of issue 21 found it: a signal that ends the application (a
 * logout's or a shutdown's SIGTERM, Ctrl+C or a closed terminal for a
 * start from one) sent to this very process, as the system sends it;
 * an export aimed at a previous version a save kept, or will keep. */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#include <signal.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "regimen-window-private.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* A second signal ends the application at once, and this process with
 * it: each test that sends one runs in a process of its own, the parent
 * checking that it passed. */
static void
in_own_process (GTestDataFunc body,
                gconstpointer data)
{
  if (g_test_subprocess ())
    {
      body (data);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Sends @signal_number to this process, as `kill` does, and waits until
 * @window is gone and its document with it: the document lives until
 * the last write of its working copy has ended. Before the application
 * took these signals, the default ended the test program here. */
static void
end_with_signal (RegimenWindow *window,
                 int            signal_number)
{
  gpointer weak_window = window;
  gpointer weak_document = window->document;

  g_object_add_weak_pointer (G_OBJECT (weak_window), &weak_window);
  g_object_add_weak_pointer (G_OBJECT (weak_document), &weak_document);

  g_assert_cmpint (kill (getpid (), signal_number), ==, 0);
  while (weak_window != NULL || weak_document != NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* A change made just before the signal, within the pause after which
 * the working copy is written, is in the working copy when the
 * application has ended, which the next start offers back; the plan's
 * file is as it was. It was lost: the signal's default ended the
 * process before the working copy was written. */
static void
test_signal_keeps_last_change (gconstpointer data)
{
  int signal_number = GPOINTER_TO_INT (data);
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  g_autoptr(GPtrArray) before = regimen_autosave_list ();
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(RegimenPlan) copy = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  RegimenAutosave *autosave;
  guint weeks = regimen_plan_get_n_weeks (plan);

  g_assert_cmpuint (before->len, ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, weeks + 1);
  /* What the test is about: the change is in no working copy yet. */
  g_assert_true (regimen_document_get_modified (window->document));
  {
    g_autoptr(GPtrArray) still = regimen_autosave_list ();

    g_assert_cmpuint (still->len, ==, 0);
  }

  end_with_signal (window, signal_number);

  after = regimen_autosave_list ();
  g_assert_cmpuint (after->len, ==, 1);
  autosave = g_ptr_array_index (after, 0);
  g_assert_nonnull (autosave->source);
  g_assert_true (g_file_equal (autosave->source, file));
  copy = regimen_plan_load_from_file (autosave->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (copy), ==, weeks + 1);

  on_disk = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (on_disk), ==, weeks);

  regimen_autosave_remove (autosave->id);
}

/* A plan with no unsaved change ends with no working copy, and nothing
 * is asked. */
static void
test_signal_without_changes (gconstpointer data)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_nonnull (plan);
  g_assert_false (regimen_document_get_modified (window->document));

  end_with_signal (window, SIGTERM);

  after = regimen_autosave_list ();
  g_assert_cmpuint (after->len, ==, 0);
}

/* A signal that comes while the plan is being saved: the save ends,
 * and with it the application, the file holding the change and no
 * working copy left for it. */
static void
test_signal_during_save (gconstpointer data)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  guint weeks = regimen_plan_get_n_weeks (plan);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  /* What the test is about: the save has not come back yet. */
  g_assert_true (regimen_document_get_busy (window->document));

  end_with_signal (window, SIGTERM);

  on_disk = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (on_disk), ==, weeks + 1);
  after = regimen_autosave_list ();
  g_assert_cmpuint (after->len, ==, 0);
}

/* A signal that comes at start, before the first window (while the
 * person's exercises are read), ends the application: the activation
 * that follows opens no window, nor does a plan opened then; a window
 * kept it running, the signal taken and not followed. */
static gboolean
note_signal (gpointer user_data)
{
  gboolean *taken = user_data;

  *taken = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_signal_before_first_window (gconstpointer data)
{
  gboolean taken = FALSE;

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  /* The signal is taken from the main context, by the application's
   * source and this one in the same turn of it. */
  g_unix_signal_add (SIGTERM, note_signal, &taken);
  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  while (!taken)
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();

  g_application_activate (G_APPLICATION (app));
  ui_test_iterate_until_idle ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Nor does a plan opened after it (`regimen PLAN` run again), whose
   * window was built while the plan was read; the plan is not even read,
   * which held the application (and a stuck network disk held it for
   * good): nothing opens its file. */
  {
    g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
    g_autofree char *path = g_file_get_path (file);
    int watch = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
    char events[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));
    gint64 until;

    GFile *files[] = { file };

    g_assert_cmpint (watch, >=, 0);
    g_assert_cmpint (inotify_add_watch (watch, path, IN_OPEN), >=, 0);

    /* As g_application_open() does, which the tests' application, set
     * up without G_APPLICATION_HANDLES_OPEN, refuses. */
    g_signal_emit_by_name (app, "open", files, 1, "");
    ui_test_iterate_until_idle ();
    g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

    /* A read starts on a worker at once: a second is far more than it
     * takes to open the file, were it read. */
    until = g_get_monotonic_time () + G_USEC_PER_SEC;
    while (g_get_monotonic_time () < until)
      {
        g_assert_cmpint (read (watch, events, sizeof events), <, 0);
        g_assert_cmpint (errno, ==, EAGAIN);
        g_main_context_iteration (NULL, FALSE);
        g_usleep (10 * 1000);
      }
    g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
    close (watch);
  }
}

/* Answers @dialog as a click on a button would: the response, then the
 * dialog goes away. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  ui_test_iterate_until_idle ();
}

/* Export Weekly Sheet (the window's action and its file chooser) to
 * @target, and the message that refuses it; or NULL when the sheet was
 * written. */
static char *
export_sheet_to (RegimenWindow *window,
                 GFile         *target)
{
  g_autoptr(GFile) folder = g_file_get_parent (target);
  g_autofree char *name = g_file_get_basename (target);
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) chosen = NULL;
  gboolean there = g_file_query_exists (target, NULL);
  GtkWindow *chooser;
  AdwMessageDialog *dialog;
  char *body;

  /* The name typed in the folder the chooser shows, the process's
   * working folder. */
  g_assert_cmpint (g_chdir (g_file_peek_path (folder)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* The chooser names the file once it has shown the folder. */
  while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL ||
         !g_file_equal (chosen, target))
    {
      g_clear_object (&chosen);
      g_main_context_iteration (NULL, TRUE);
    }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* GTK's own “replace?” for a file there, answered Replace. */
  if (there)
    {
      GtkWindow *replace;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      replace = ui_test_wait_for_toplevel (GTK_TYPE_MESSAGE_DIALOG, NULL);
      g_assert_nonnull (replace);
      gtk_dialog_response (GTK_DIALOG (replace), GTK_RESPONSE_ACCEPT);
      G_GNUC_END_IGNORE_DEPRECATIONS
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  /* The export is written on a worker, and ends in a toast or a message. */
  while (regimen_document_get_busy (window->document) || ui_test_find_dialog (GTK_WINDOW (window)) == NULL)
    {
      g_autoptr(GFileInfo) info = NULL;

      /* Written: a PDF where there was none, or where the file was. */
      info = g_file_query_info (target, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
      if (!regimen_document_get_busy (window->document) && info != NULL && g_file_info_get_size (info) > 100)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  ui_test_iterate_until_idle ();

  dialog = ui_test_find_dialog (GTK_WINDOW (window));
  if (dialog == NULL)
    return NULL;
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export the Plan");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  respond (dialog, "close");

  return body;
}

/* Export Weekly Sheet named as a previous version a save keeps: the
 * open plan's PLAN~ before its first save made it, and the PLAN~ of a
 * plan no window shows. The first was written, and the next Save of
 * the plan replaced the sheet with the plan's previous version; the
 * second replaced that version, the way back from its plan's last
 * save, with a PDF. Both are refused, as the command line's outputs
 * are, nothing written; and Save works after, keeping PLAN~. */
static void
test_export_spares_previous_versions (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autoptr(GFile) closed = ui_test_copy_fixture ("blocks.regimen.json");
  g_autofree char *backup_path = g_strconcat (g_file_peek_path (file), "~", NULL);
  g_autofree char *closed_backup_path = g_strconcat (g_file_peek_path (closed), "~", NULL);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GFile) closed_backup = g_file_new_for_path (closed_backup_path);
  g_autofree char *original = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(RegimenPlan) previous = NULL;
  g_autoptr(GError) error = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  guint weeks = regimen_plan_get_n_weeks (plan);

  g_assert_true (g_file_get_contents (g_file_peek_path (file), &original, NULL, NULL));
  g_assert_true (g_file_set_contents (closed_backup_path, "the version before", -1, NULL));
  /* What the test is about: the open plan's PLAN~ is not made yet. */
  g_assert_false (g_file_query_exists (backup, NULL));

  message = export_sheet_to (window, backup);
  g_assert_nonnull (message);
  expected = g_strdup_printf ("it would be the previous version of “%s”", g_file_peek_path (file));
  g_assert_nonnull (strstr (message, expected));
  g_assert_false (g_file_query_exists (backup, NULL));
  g_clear_pointer (&message, g_free);
  g_clear_pointer (&expected, g_free);

  message = export_sheet_to (window, closed_backup);
  g_assert_nonnull (message);
  expected = g_strdup_printf ("it is the previous version of “%s”", g_file_peek_path (closed));
  g_assert_nonnull (strstr (message, expected));
  g_assert_true (g_file_get_contents (closed_backup_path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "the version before");

  /* Save still works, and keeps the plan's previous version as PLAN~. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  while (regimen_document_get_modified (window->document) || regimen_document_get_busy (window->document))
    g_main_context_iteration (NULL, TRUE);
  previous = regimen_plan_load_from_file (backup, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (previous), ==, weeks);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Print's “Print to File” is refused the same files, before GTK writes
 * them: the open plan's PLAN~ not made yet, and any NAME~ beside a file
 * NAME. */
static void
test_print_spares_previous_versions (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autoptr(GFile) closed = ui_test_copy_fixture ("blocks.regimen.json");
  g_autofree char *backup_path = g_strconcat (g_file_peek_path (file), "~", NULL);
  g_autofree char *closed_backup_path = g_strconcat (g_file_peek_path (closed), "~", NULL);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GFile) closed_backup = g_file_new_for_path (closed_backup_path);
  g_autoptr(GError) error = NULL;
  RegimenWindow *window = ui_test_open_window (app);

  ui_test_show_file (window, file);
  g_assert_true (g_file_set_contents (closed_backup_path, "the version before", -1, NULL));

  g_assert_false (regimen_document_check_print_file (backup, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_str_has_prefix (error->message, "Could not print to “"));
  g_clear_error (&error);

  g_assert_false (regimen_document_check_print_file (closed_backup, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  /* A NAME~ with no NAME beside it is an ordinary file. */
  g_assert_true (g_file_delete (closed, NULL, NULL));
  g_assert_true (regimen_document_check_print_file (closed_backup, &error));
  g_assert_no_error (error);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

static void
signal_keeps_last_change (gconstpointer data)
{
  in_own_process (test_signal_keeps_last_change, data);
}

static void
signal_without_changes (void)
{
  in_own_process (test_signal_without_changes, NULL);
}

static void
signal_during_save (void)
{
  in_own_process (test_signal_during_save, NULL);
}

static void
signal_before_first_window (void)
{
  in_own_process (test_signal_before_first_window, NULL);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/ui/hostile-30/sigterm-keeps-last-change", GINT_TO_POINTER (SIGTERM),
                        signal_keeps_last_change);
  g_test_add_data_func ("/ui/hostile-30/sighup-keeps-last-change", GINT_TO_POINTER (SIGHUP),
                        signal_keeps_last_change);
  g_test_add_data_func ("/ui/hostile-30/sigint-keeps-last-change", GINT_TO_POINTER (SIGINT),
                        signal_keeps_last_change);
  g_test_add_func ("/ui/hostile-30/signal-without-changes", signal_without_changes);
  g_test_add_func ("/ui/hostile-30/signal-during-save", signal_during_save);
  g_test_add_func ("/ui/hostile-30/export-spares-previous-versions", test_export_spares_previous_versions);
  g_test_add_func ("/ui/hostile-30/print-spares-previous-versions", test_print_spares_previous_versions);
  g_test_add_func ("/ui/hostile-30/signal-before-first-window", signal_before_first_window);

  return g_test_run ();
}
