/* test-hostile-32-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and the application, as adversarial pass 31 of issue 21
 * left them: found and reproduced there, fixed in session 32. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-document-private.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The message dialog over @window whose heading holds @heading, waited
 * for. */
static AdwMessageDialog *
wait_for_dialog_saying (GtkWindow  *window,
                        const char *heading)
{
  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
              gtk_window_get_transient_for (toplevel) == window &&
              strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) != NULL)
            {
              g_test_message ("%s: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                              adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel)));
              return ADW_MESSAGE_DIALOG (toplevel);
            }
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Answers @dialog as its button does: the response, then the dialog
 * closes. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
}

/* The question of a save that found the file changed, over @window:
 * the dialog that offers Save Over It. */
static AdwMessageDialog *
wait_for_save_question (GtkWindow *window)
{
  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
              gtk_window_get_transient_for (toplevel) == window &&
              adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (toplevel), "overwrite"))
            {
              g_test_message ("%s: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                              adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel)));
              return ADW_MESSAGE_DIALOG (toplevel);
            }
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
on_window_destroyed (GtkWidget *widget,
                     gboolean  *destroyed)
{
  *destroyed = TRUE;
}

/* Reload of a file another program left broken fails and keeps the
 * plan, unsaved; closing asks Save or Discard, and Save finds the file
 * changed: that question offered Reload, which read the broken file
 * again and failed again, and said “lose the changes made here” of a
 * plan nobody had edited. It says the file cannot be read, and offers
 * Save As and Save Over It; Save Over It writes the plan and the window
 * closes, as asked. */
static void
test_save_after_failed_reload_offers_no_reload (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *saved = NULL;
  g_autoptr(RegimenPlan) reread = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  RegimenDocument *document = regimen_window_get_document (window);
  g_autofree char *title = g_strdup (regimen_plan_get_title (plan));
  AdwMessageDialog *dialog;
  gboolean destroyed = FALSE;

  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"weeks\": [", -1, NULL));
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Changed on Disk"), "reload");
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Could Not Open"), "close");
  g_assert_true (regimen_document_get_modified (document));

  g_signal_connect (window, "destroy", G_CALLBACK (on_window_destroyed), &destroyed);
  gtk_window_close (GTK_WINDOW (window));
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Save Changes"), "save");

  /* The question of the save (Save Over It among its answers, where the
   * file monitor's late report of the broken write may ask “Changed on
   * Disk” first, Keep or Reload): no Reload. */
  dialog = wait_for_save_question (GTK_WINDOW (window));
  g_assert_false (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save-as"), ==, ADW_RESPONSE_SUGGESTED);
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "changes made here"));

  answer (dialog, "overwrite");
  while (!destroyed)
    g_main_context_iteration (NULL, TRUE);

  /* The plan shown, whole, in its file again. */
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  reread = regimen_plan_load_from_data (saved, -1, NULL);
  g_assert_nonnull (reread);
  g_assert_cmpstr (regimen_plan_get_title (reread), ==, title);

  ui_test_close_all_windows (app);
}

/* The window showing @file, waited for: opening goes through a worker. */
static RegimenWindow *
wait_for_window_showing (GFile *file)
{
  for (;;)
    {
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
        {
          GFile *shown;

          if (!REGIMEN_IS_WINDOW (l->data))
            continue;
          shown = regimen_window_get_file (l->data);
          if (shown != NULL && g_file_equal (shown, file))
            return l->data;
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Hands @file to the running application as `regimen PLAN` run again
 * or a file manager does (the application's open). */
static void
open_from_outside (GFile *file)
{
  GFile *files[] = { file };

  /* As g_application_open() does, which the tests' application, set up
   * without G_APPLICATION_HANDLES_OPEN, refuses. */
  g_signal_emit_by_name (app, "open", files, 1, "");
}

/* New, an edit, Undo: the window counted as untouched, so a plan opened
 * from outside replaced it, and with it the edit Redo would bring back.
 * As GNOME Text Editor keeps a draft that had text, the window keeps it:
 * the plan opens in a window of its own, and Redo still works. */
static void
test_undone_new_plan_not_replaced (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window;
  RegimenWindow *opened;
  RegimenPlan *plan;

  ui_test_close_all_windows (app);
  window = ui_test_open_window (app);
  plan = regimen_window_get_plan (window);
  g_assert_true (regimen_window_is_pristine (window));

  g_assert_true (regimen_plan_set_title (plan, "Drafted here"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_can_redo (plan));

  open_from_outside (file);
  opened = wait_for_window_showing (file);
  g_assert_true (opened != window);
  g_assert_true (regimen_window_get_plan (window) == plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (regimen_plan_get_title (plan), ==, "Drafted here");

  regimen_plan_mark_saved (plan);
  ui_test_close_all_windows (app);
}

/* Save As asked of a new, untouched plan; while its chooser is up a
 * plan is opened from outside. It replaced the untouched plan in that
 * window, and the chooser then saved the opened plan under the new name
 * (its window then showing that file, not its own). The opened plan gets
 * a window of its own; the chooser saves the new plan it was asked for. */
static void
test_save_as_chooser_window_not_replaced (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *saved_path = g_build_filename (dir, "fresh.regimen.json", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GFile) chosen = NULL;
  RegimenWindow *window;
  RegimenWindow *opened;
  RegimenPlan *plan;
  GtkWindow *chooser;

  ui_test_close_all_windows (app);
  window = ui_test_open_window (app);
  plan = regimen_window_get_plan (window);
  g_assert_cmpint (g_chdir (dir), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);

  open_from_outside (file);
  opened = wait_for_window_showing (file);
  g_assert_true (opened != window);
  g_assert_true (regimen_window_get_plan (window) == plan);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "fresh");
  /* Until the chooser has read its folder, it answers nothing. */
  while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  /* The new plan in the file chosen for it; the opened one where it was. */
  g_assert_true (wait_for_window_showing (saved) == window);
  g_assert_true (regimen_window_get_file (opened) != NULL);
  g_assert_true (g_file_equal (regimen_window_get_file (opened), file));
  while (regimen_plan_get_modified (plan) || regimen_document_get_n_etag_queries (regimen_window_get_document (window)) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_query_exists (saved, NULL));

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  ui_test_close_all_windows (app);
}

/* The message dialogs up, and the plan windows open. */
static void
count_toplevels (guint *n_dialogs,
                 guint *n_windows)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  *n_dialogs = 0;
  *n_windows = 0;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (!gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        continue;
      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        (*n_dialogs)++;
      else if (REGIMEN_IS_WINDOW (toplevel))
        (*n_windows)++;
    }
}

#define N_UNREADABLE 100

/* @n plans that cannot be read, each broken its own way in turn (not
 * JSON, not a plan, a folder), handed over at once as `regimen a b c …`
 * or a file manager's selection does; returns when each was answered. */
static void
open_unreadable (GFile **files,
                 guint   n)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("broken-%03u.regimen.json", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (i % 3 == 2)
        g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      else
        g_assert_true (g_file_set_contents (path, i % 3 == 0 ? "{\"weeks\": [" : "[]", -1, NULL));
      files[i] = g_file_new_for_path (path);
    }

  /* As g_application_open() does, which the tests' application, set up
   * without G_APPLICATION_HANDLES_OPEN, refuses. */
  g_signal_emit_by_name (app, "open", files, (int) n, "");
}

/* Waits until a dialog over @window names @n plans, or a second dialog
 * is up (then returns %NULL). */
static AdwMessageDialog *
wait_for_dialog_naming (RegimenWindow *window,
                        guint          n)
{
  g_autofree char *heading = g_strdup_printf ("Could Not Open %u Plans", n);

  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();
      guint n_dialogs = 0;

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (!ADW_IS_MESSAGE_DIALOG (toplevel) || !gtk_widget_get_visible (GTK_WIDGET (toplevel)))
            continue;
          n_dialogs++;
          if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
              g_str_equal (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading))
            return ADW_MESSAGE_DIALOG (toplevel);
        }
      if (n_dialogs > 1)
        return NULL;
      g_main_context_iteration (NULL, TRUE);
    }
}

/* A hundred plans that cannot be read, opened at once: a hundred
 * dialogs stacked over the window, each closed in turn to reach the
 * window. One dialog says which could not be opened and why, the first
 * few by name, and how many more; so too when they reach a window
 * already open. */
static void
test_many_unreadable_plans_one_dialog (void)
{
  GFile *files[N_UNREADABLE];
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  GPtrArray *labels;
  guint n_dialogs, n_windows;

  for (guint round = 0; round < 2; round++)
    {
      ui_test_close_all_windows (app);
      /* The first round at start, the second to the window open. */
      window = round == 0 ? NULL : ui_test_open_window (app);
      open_unreadable (files, N_UNREADABLE);
      if (window == NULL)
        window = REGIMEN_WINDOW (ui_test_wait_for_toplevel (REGIMEN_TYPE_WINDOW, NULL));
      dialog = wait_for_dialog_naming (window, N_UNREADABLE);
      g_assert_nonnull (dialog);
      ui_test_iterate_until_idle ();

      count_toplevels (&n_dialogs, &n_windows);
      g_assert_cmpuint (n_dialogs, ==, 1);
      g_assert_cmpuint (n_windows, ==, 1);
      /* Eight by name, each with what is wrong (they are read in any
       * order), and the rest counted: the labels of the list under the
       * heading, a name and a reason each. */
      labels = g_ptr_array_new ();
      ui_test_collect (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_LABEL, labels);
      g_assert_cmpuint (labels->len, ==, 17);
      for (guint i = 0; i < 8; i++)
        {
          const char *name = gtk_label_get_text (g_ptr_array_index (labels, 2 * i));
          const char *reason = gtk_label_get_text (g_ptr_array_index (labels, 2 * i + 1));

          g_assert_true (g_str_has_prefix (name, "broken-"));
          g_assert_true (strstr (reason, "not valid JSON") != NULL || strstr (reason, "not a Regimen plan") != NULL
                         || strstr (reason, "folder") != NULL);
          /* Named once, by the name, not again by the reader's path. */
          g_assert_null (strstr (reason, "Could not open"));
        }
      g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 16)), ==, "… and 92 more");
      g_clear_pointer (&labels, g_ptr_array_unref);

      /* Closed, it is gone; a plan that cannot be read later is said
       * on its own again. */
      answer (dialog, "close");
      count_toplevels (&n_dialogs, &n_windows);
      g_assert_cmpuint (n_dialogs, ==, 0);
      open_from_outside (files[0]);
      dialog = wait_for_dialog_saying (GTK_WINDOW (window), "Could Not Open “broken-000.regimen.json”");
      answer (dialog, "close");

      for (guint i = 0; i < N_UNREADABLE; i++)
        g_object_unref (files[i]);
    }

  ui_test_close_all_windows (app);
}

/* Asks the running Regimen, as a second `regimen PLAN` does, whether it
 * takes plans now: until it answers @takes, within a minute. Each ask
 * is a round trip on the bus, no sleep. */
static void
wait_for_answer (GDBusConnection *bus,
                 gboolean         takes)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GVariant) reply = NULL;
      gboolean answer_now;

      reply = g_dbus_connection_call_sync (bus, "io.github.regimen.Regimen", "/io/github/regimen/Regimen",
                                           "io.github.regimen.Regimen.Opening", "TakesPlans", NULL,
                                           G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL,
                                           &error);
      if (reply != NULL)
        {
          g_variant_get (reply, "(b)", &answer_now);
          if (answer_now == takes)
            return;
        }
      /* Not there yet (its bus name not taken yet), or not ending yet:
       * asked again after a pause, so as not to take the core the
       * other process needs to get there. */
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (20 * 1000);
    }
}

/* Runs `regimen ARGUMENT…` as a second process, and returns its exit
 * status and, in @said, what it wrote to stderr. */
static int
run_second_with (const char         *data,
                 const char * const *arguments,
                 char              **said)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) REGIMEN_BINARY);
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) arguments[i]);
  g_ptr_array_add (argv, NULL);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  second = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (second, NULL, NULL, NULL, said, &error));
  g_assert_no_error (error);
  g_test_message ("second process: “%s”, exit %d", *said, g_subprocess_get_exit_status (second));
  g_assert_true (g_subprocess_get_if_exited (second));

  return g_subprocess_get_exit_status (second);
}

/* Runs `regimen @path` as a second process, and returns its exit status
 * and, in @said, what it wrote to stderr. */
static int
run_second (const char  *data,
            const char  *path,
            char       **said)
{
  return run_second_with (data, (const char * const []) { path, NULL }, said);
}

/* `regimen PLAN` run while the Regimen already running ends on a signal
 * (its working copies being written, its exercises still read): the
 * running one opens nothing once a signal came, and the second process
 * exited 0 having opened nothing, without a word. It says so, naming
 * the plan, and fails; the first ends as it would. */
static void
test_plan_handed_to_ending_instance (void)
{
  g_autoptr(GFile) first_plan = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autoptr(GFile) second_plan = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *first_path = g_file_get_path (first_plan);
  g_autofree char *second_path = g_file_get_path (second_plan);
  g_autofree char *held = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;

  g_assert_nonnull (bus);
  /* The first holds at its read of the person's exercises, at start. */
  ui_test_hold_open (launcher, HELD_OPEN_MODULE, held, "/exercises.json");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  ui_test_touch (held, "armed");
  first = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, first_path, NULL);
  g_assert_no_error (error);
  ui_test_wait_for_named_file (held, "waiting");
  /* Before the signal, a plan handed over is taken, and said nothing of. */
  wait_for_answer (bus, TRUE);
  g_assert_cmpint (run_second (data, second_path, &said), ==, 0);
  g_assert_cmpstr (said, ==, "");
  g_clear_pointer (&said, g_free);

  g_subprocess_send_signal (first, SIGTERM);
  wait_for_answer (bus, FALSE);
  g_assert_cmpint (run_second (data, second_path, &said), ==, 1);
  g_assert_nonnull (strstr (said, "did not open"));
  g_assert_nonnull (strstr (said, second_path));

  ui_test_touch (held, "gate");
  ui_test_wait_for_process (first);
  g_assert_true (g_subprocess_get_if_exited (first));
  g_assert_cmpint (g_subprocess_get_exit_status (first), ==, 0);
}

/* `regimen file://HOST/PATH`, an address of a plan on another computer
 * (a network share's link): GLib drops the host, and the plan at PATH
 * on this computer was opened as if it were that one. Refused, naming
 * the address and the computer and saying to copy the plan here; the
 * command fails, and no Regimen starts for it. This computer's own
 * names (none, “localhost”, its host name) open the plan, handed to the
 * Regimen running. */
static void
test_file_address_of_other_computer (void)
{
  g_autoptr(GFile) plan = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (plan);
  g_autofree char *other = g_strconcat ("file://otherhost.invalid", path, NULL);
  g_autofree char *local = g_strconcat ("file://localhost", path, NULL);
  g_autofree char *own = g_strconcat ("file://", g_get_host_name (), path, NULL);
  g_autofree char *held = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GError) error = NULL;
  char *said = NULL;

  /* A Regimen running, held at its read of the person's exercises. */
  ui_test_hold_open (launcher, HELD_OPEN_MODULE, held, "/exercises.json");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  ui_test_touch (held, "armed");
  first = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, path, NULL);
  g_assert_no_error (error);
  ui_test_wait_for_named_file (held, "waiting");
  wait_for_answer (bus, TRUE);

  g_assert_cmpint (run_second_with (data, (const char * const []) { other, NULL }, &said), ==, 1);
  g_assert_nonnull (strstr (said, other));
  g_assert_nonnull (strstr (said, "“otherhost.invalid”"));
  g_assert_nonnull (strstr (said, "Copy the plan into a folder on this computer"));
  g_clear_pointer (&said, g_free);
  g_assert_cmpint (run_second_with (data, (const char * const []) { local, NULL }, &said), ==, 0);
  g_assert_cmpstr (said, ==, "");
  g_clear_pointer (&said, g_free);
  g_assert_cmpint (run_second_with (data, (const char * const []) { own, NULL }, &said), ==, 0);
  g_assert_cmpstr (said, ==, "");
  g_clear_pointer (&said, g_free);
  /* With a plan of this computer, that one is handed over; the command
   * fails all the same, having said which it did not open. */
  g_assert_cmpint (run_second_with (data, (const char * const []) { other, path, NULL }, &said), ==, 1);
  g_assert_nonnull (strstr (said, "otherhost.invalid"));
  g_clear_pointer (&said, g_free);

  g_subprocess_send_signal (first, SIGTERM);
  ui_test_touch (held, "gate");
  ui_test_wait_for_process (first);
  g_assert_true (g_subprocess_get_if_exited (first));
  g_assert_cmpint (g_subprocess_get_exit_status (first), ==, 0);

  /* No Regimen running: refused before one would start. */
  g_assert_cmpint (run_second_with (data, (const char * const []) { other, NULL }, &said), ==, 1);
  g_assert_nonnull (strstr (said, "otherhost.invalid"));
  g_clear_pointer (&said, g_free);
}

/* The working copy cannot be written, for a reason longer than a toast
 * holds (the data folder's says which folder, what is wrong, what to do
 * and where the data folder is: twice 160 characters): the toast cut it
 * at 160 characters, mid-word. It says it short, and its Details button
 * shows the whole reason. As the document reports it. */
static void
test_working_copy_failure_said_whole (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  RegimenDocument *document = regimen_window_get_document (window);
  g_autoptr(GString) reason = g_string_new ("The folder of the working copies refuses writes: ");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *details = NULL;
  AdwMessageDialog *dialog;
  gboolean short_said = FALSE;

  for (guint i = 0; i < 12; i++)
    g_string_append (reason, "a long reason, word after word, ");
  g_string_append (reason, "and the end of it.");
  g_assert_cmpuint (g_utf8_strlen (reason->str, -1), >, 320);
  g_signal_emit_by_name (document, "autosave-failed", reason->str);
  ui_test_iterate_until_idle ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      g_assert_null (strstr (text, "word after word"));
      short_said |= g_str_equal (text, "Unsaved changes could not be kept safe");
    }
  g_assert_true (short_said);

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Details") == 0)
      details = g_ptr_array_index (buttons, i);
  g_assert_nonnull (details);
  gtk_widget_activate (details);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, reason->str);
  answer (dialog, "close");

  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-32-window/save-after-failed-reload-offers-no-reload",
                   test_save_after_failed_reload_offers_no_reload);
  g_test_add_func ("/ui/hostile-32-window/undone-new-plan-not-replaced", test_undone_new_plan_not_replaced);
  g_test_add_func ("/ui/hostile-32-window/save-as-chooser-window-not-replaced",
                   test_save_as_chooser_window_not_replaced);
  g_test_add_func ("/ui/hostile-32-window/many-unreadable-plans-one-dialog", test_many_unreadable_plans_one_dialog);
  g_test_add_func ("/ui/hostile-32-window/plan-handed-to-ending-instance", test_plan_handed_to_ending_instance);
  g_test_add_func ("/ui/hostile-32-window/file-address-of-other-computer", test_file_address_of_other_computer);
  g_test_add_func ("/ui/hostile-32-window/working-copy-failure-said-whole", test_working_copy_failure_said_whole);

  return g_test_run ();
}
