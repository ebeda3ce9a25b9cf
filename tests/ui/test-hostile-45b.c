/* test-hostile-45b.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, pass 45b: the window's exports and prints driven as a person
 * meets them, with the window closed while one is under way. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-autosave.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

#define PLAN_TEXT \
  "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Closed while exporting\", " \
  "\"start_date\": \"2026-11-30\", \"weeks\": [{\"label\": \"Week 1\", \"days\": [" \
  "{\"sessions\": [{\"title\": \"Lower body\", \"kind\": \"strength\", \"rpe\": 6, \"minutes\": 40, " \
  "\"items\": [{\"exercise\": \"goblet-squat\", \"sets\": 3, \"reps\": 10}]}]}, " \
  "{\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []}, " \
  "{\"sessions\": []}, {\"sessions\": []}]}]}\n"

/* The visible message dialog whose heading is @heading, or NULL. */
static AdwMessageDialog *
find_dialog_headed (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) == 0)
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* Types @name in the file chooser @chooser, which shows the process's
 * working folder, and waits until the chooser gives @target. */
static void
choose_file (GtkWindow  *chooser,
             const char *name,
             GFile      *target)
{
  gint64 deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (chosen != NULL && g_file_equal (chosen, target))
        return;
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_not_reached ();
}

/* Export Weekly Sheet onto a name an export refuses (the previous version
 * the plan's next save keeps, “plan.regimen.json~”), then Ctrl+W at once,
 * the plan saved: the window closes, and the export fails on its worker
 * after it. The failure is said, in a dialog that stays until read, and
 * the plan's file is as it was. */
static void
test_export_failure_after_close (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan.regimen.json~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) target = g_file_new_for_path (pdf);
  g_autoptr(RegimenWindow) window_ref = NULL;
  g_autofree char *text = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  RegimenWindow *window;
  GtkWindow *chooser;
  AdwMessageDialog *dialog = NULL;
  gint64 deadline;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  window_ref = g_object_ref (window);

  /* The chooser opens on the working folder. */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  choose_file (chooser, "plan.regimen.json~", target);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  /* window.close, Ctrl+W's action, as the person closes the window
   * straight after Export, before the export's worker is done. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));

  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (dialog == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      dialog = find_dialog_headed ("Could Not Export the Plan");
    }
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "plan.regimen.json~"));
  /* The window is gone, and the message is a window of the application
   * in its place: GApplication ends once the export lets it go and no
   * window of its is left, so a message that is no window of the
   * application's went with it as it was shown, nothing said. */
  g_assert_null (gtk_window_get_application (GTK_WINDOW (window)));
  g_assert_true (gtk_window_get_application (GTK_WINDOW (dialog)) == GTK_APPLICATION (app));
  g_assert_true (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), dialog) != NULL);
  adw_message_dialog_response (dialog, "close");
  ui_test_iterate_until_idle ();

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, PLAN_TEXT);
  g_assert_false (g_file_query_exists (target, NULL));
}

static gboolean
note_print_finished (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               user_data)
{
  gboolean *finished = user_data;

  if (gtk_print_operation_is_finished (g_value_get_object (&values[0])))
    *finished = TRUE;

  return TRUE;
}

/* Print (Ctrl+P) with “Print to File” into a folder that went away while
 * the print dialog was open, then Ctrl+W at once, the plan saved: the
 * window closes, and GTK's job fails after it. The failure is said, in a
 * dialog of the application that stays until read (Regimen ended under
 * the job and said nothing), and the plan's file is as it was. */
static void
test_print_failure_after_close (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autofree char *gone = g_build_filename (dir, "usb", NULL);
  g_autofree char *pdf = g_build_filename (gone, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  RegimenWindow *window;
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  GtkDialog *print_dialog;
  AdwMessageDialog *dialog = NULL;
  gboolean finished = FALSE;
  gulong status_hook;
  gint64 deadline;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  g_assert_cmpint (g_mkdir (gone, 0700), ==, 0);
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  ui_test_print_to_file (app, uri);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  /* Nothing of the test's keeps the window once it is closed. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  status_hook = g_signal_add_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), 0,
                                            note_print_finished, &finished, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  print_dialog = ui_test_wait_for_print_dialog ();
  g_assert_cmpint (g_rmdir (gone), ==, 0);
  gtk_dialog_response (print_dialog, GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* window.close, Ctrl+W's action, straight after Print. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));

  /* Until GTK's job has ended, then what is shown. */
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (!finished && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_signal_remove_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), status_hook);
  g_assert_true (finished);
  ui_test_iterate_until_idle ();
  dialog = find_dialog_headed ("Could Not Print the Plan");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "sheet.pdf"));
  g_assert_true (window == NULL || gtk_window_get_application (GTK_WINDOW (window)) == NULL);
  g_assert_true (gtk_window_get_application (GTK_WINDOW (dialog)) == GTK_APPLICATION (app));
  adw_message_dialog_response (dialog, "close");
  ui_test_iterate_until_idle ();

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, PLAN_TEXT);
}

static guint
n_weeks_on_disk (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_file (file, NULL, NULL);

  g_assert_nonnull (plan);
  return regimen_plan_get_n_weeks (plan);
}

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  RegimenDocument **document = user_data;
  g_autoptr(GError) error = NULL;

  *document = regimen_document_restore_finish (result, &error);
  g_assert_no_error (error);
}

/* Two windows on one file: the work of a crash restored in one window
 * (it always gets its own) while the same file is open in another. The
 * second adds a week and saves; then the restored one, with its own
 * added weeks, saves: it asks (“Changed on Disk”) rather than write over
 * the second's save unseen, and the restored work's copy stays. This
 * held in pass 45b; kept so that it goes on holding. */
static void
test_two_windows_one_file (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(RegimenDocument) restored = NULL;
  RegimenWindow *first;
  RegimenWindow *second;
  RegimenWindow *third;
  AdwMessageDialog *dialog;
  gint64 deadline;

  g_assert_true (g_file_set_contents (path, PLAN_TEXT, -1, NULL));
  first = ui_test_open_window (app);
  ui_test_show_file (first, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "win.add-week", NULL));
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while ((ui_test_count_working_copies () == 0 ||
          regimen_document_is_autosaving (regimen_window_get_document (first))) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);
  /* A crash: the working copy stays, the window is gone. */
  kept = ui_test_keep_working_copies ();
  regimen_document_discard (regimen_window_get_document (first));
  gtk_window_destroy (GTK_WINDOW (first));
  ui_test_iterate_until_idle ();
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (ui_test_count_working_copies () != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ui_test_put_back_working_copies (kept);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);

  /* The file opened again, and the crash's work restored beside it. */
  second = ui_test_open_window (app);
  ui_test_show_file (second, file);
  copies = regimen_autosave_list ();
  g_assert_cmpuint (copies->len, ==, 1);
  regimen_document_restore_async (g_ptr_array_index (copies, 0), NULL, on_restored, &restored);
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (restored == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (restored);
  third = regimen_application_window_for_document (app, restored, NULL);
  g_assert_true (third != second);
  ui_test_wait_for_rows (third);
  g_assert_cmpuint (regimen_plan_get_n_weeks (regimen_window_get_plan (third)), ==, 3);

  /* The second adds a week and saves. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.save", NULL));
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while ((regimen_document_get_modified (regimen_window_get_document (second)) ||
          regimen_document_get_busy (regimen_window_get_document (second))) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (n_weeks_on_disk (path), ==, 2);

  /* The restored window saves: it asks, the second's save stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (third), "win.save", NULL));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (third));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Changed on Disk"));
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (n_weeks_on_disk (path), ==, 2);
  g_assert_true (regimen_document_get_modified (regimen_window_get_document (third)));
  /* The restored work's copy stays until it is saved or discarded; the
   * second's went with its save. */
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);

  regimen_document_discard (regimen_window_get_document (third));
  gtk_window_destroy (GTK_WINDOW (third));
  gtk_window_destroy (GTK_WINDOW (second));
  ui_test_iterate_until_idle ();
  while ((dialog = (AdwMessageDialog *) ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL)) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-45b/export-failure-after-close", test_export_failure_after_close);
  g_test_add_func ("/ui/hostile-45b/print-failure-after-close", test_print_failure_after_close);
  g_test_add_func ("/ui/hostile-45b/two-windows-one-file", test_two_windows_one_file);

  return g_test_run ();
}
