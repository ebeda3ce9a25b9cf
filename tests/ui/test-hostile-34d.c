/* test-hostile-34d.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue #21, adversarial pass 34d: the window's doors out of Regimen —
 * Save As, the exports and the print dialog's “Print to File” — onto
 * hostile targets. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-print-operation.h"
#include "regimen-window.h"
#include "ui-test-util.h"
#include "fixture-util.h"

static RegimenApplication *app;
static char *data_home;

#define EXERCISES_TEXT \
  "{\n  \"format\" : \"regimen-exercises\",\n  \"version\" : 1,\n  \"exercises\" : []\n}\n"

typedef struct
{
  gboolean  finished;
  char     *refusal;
} PrintEnd;

/* The print's job at its end: written, or stopped; and what the
 * operation refused, if anything. */
static gboolean
note_print_finished (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               user_data)
{
  PrintEnd *end = user_data;
  GtkPrintOperation *operation = g_value_get_object (&values[0]);

  if (gtk_print_operation_is_finished (operation) && !end->finished)
    {
      const GError *refusal = REGIMEN_IS_PRINT_OPERATION (operation)
                              ? regimen_print_operation_get_refusal (REGIMEN_PRINT_OPERATION (operation))
                              : NULL;

      end->finished = TRUE;
      end->refusal = refusal != NULL ? g_strdup (refusal->message) : NULL;
    }

  return TRUE;
}

/* Print (Ctrl+P), “Print to File” onto sheet.pdf, a hard link a person
 * made of their exercises file (~/.local/share/regimen/exercises.json),
 * and Replace in GTK's own question: GTK writes a file of several names
 * in place, and the sheet's PDF was written into the exercises file, the
 * person's own exercises gone from it for good (a symbolic link into the
 * data folder was refused; a hard link was not). The print is refused
 * before anything is written, saying why; both names keep the exercises. */
static void
test_print_to_file_spares_linked_exercises (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *regimen_dir = g_build_filename (data_home, "regimen", NULL);
  g_autofree char *exercises = g_build_filename (regimen_dir, "exercises.json", NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  g_autofree char *after = NULL;
  g_autofree char *linked_after = NULL;
  g_autofree char *expected = NULL;
  PrintEnd end = { 0 };
  gulong hook;
  guint replace;

  g_assert_cmpint (g_mkdir_with_parents (regimen_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (exercises, EXERCISES_TEXT, -1, NULL));
  g_assert_cmpint (link (exercises, pdf), ==, 0);

  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  ui_test_print_to_file (app, uri);
  hook = g_signal_add_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), 0,
                                     note_print_finished, &end, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  replace = g_timeout_add (50, ui_test_answer_print_replace, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (ui_test_wait_for_print_dialog (), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  while (!end.finished)
    g_main_context_iteration (NULL, TRUE);
  g_signal_remove_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), hook);
  g_assert_false (g_main_context_find_source_by_id (NULL, replace));
  ui_test_iterate_until_idle ();

  g_assert_true (g_file_get_contents (exercises, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, EXERCISES_TEXT);
  g_assert_true (g_file_get_contents (pdf, &linked_after, NULL, NULL));
  g_assert_cmpstr (linked_after, ==, EXERCISES_TEXT);
  expected = g_strdup_printf ("Could not print to “%s”: it is another name (a hard link) of a file in "
                              "Regimen's own data folder", pdf);
  g_assert_nonnull (end.refusal);
  g_assert_true (g_str_has_prefix (end.refusal, expected));

  g_free (end.refusal);
  g_unlink (exercises);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

/* Answers @dialog as a click on a button would. */
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

/* Save As (Shift+Ctrl+S) and a name of 250 bytes typed without an
 * extension, which a folder takes: the window adds “.regimen.json”, 263
 * bytes, which no folder takes, and “Could Not Save” said “the file
 * cannot be reached (File name too long)”, as of a disk that went away,
 * neither how long the name had become nor how long one may be. It says
 * both now; nothing is written, and the edits stay. */
static void
test_save_as_name_made_too_long_says_so (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenItem) burpee = regimen_item_new ("burpee");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *typed = g_strnfill (250, 'a');
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GDir) listing = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *chooser;
  g_autoptr(GFile) chosen = NULL;

  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 0, 2, 0), G_MAXUINT, burpee));
  g_assert_cmpint (g_chdir (dir), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), typed);
  while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS

  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            ": the name is 263 bytes long, longer than the 255 bytes a file name can have; "
                            "a name of at most 254 bytes can be saved."));
  respond (dialog, "close");

  g_assert_true (regimen_plan_get_modified (plan));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  g_assert_null (g_dir_read_name (listing));

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

/* Print (Ctrl+P), “Print to File” onto sheet.pdf made read-only (0444),
 * and Replace in GTK's own question: root may write any file, and GTK
 * wrote the sheet over it, where Export Weekly Sheet onto it says “the
 * file is read-only.” and writes nothing. The print is refused the same
 * way, in a message that stays until read, and the file is as it was. */
/* Prints @plan in @window to @pdf with “Print to File”, answering GTK's
 * “Replace?”, and asserts that the print is refused before anything is
 * written, with “Could not print to “PDF”: @reason” in a dialog. */
static void
assert_print_to_file_refused (RegimenWindow *window,
                              RegimenPlan   *plan,
                              const char    *pdf,
                              const char    *reason)
{
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  g_autofree char *expected = NULL;
  AdwMessageDialog *alert;
  PrintEnd end = { 0 };
  gulong hook;
  guint replace;

  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  ui_test_print_to_file (app, uri);
  hook = g_signal_add_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), 0,
                                     note_print_finished, &end, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  replace = g_timeout_add (50, ui_test_answer_print_replace, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (ui_test_wait_for_print_dialog (), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  while (!end.finished)
    g_main_context_iteration (NULL, TRUE);
  g_signal_remove_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), hook);
  g_assert_false (g_main_context_find_source_by_id (NULL, replace));

  expected = g_strdup_printf ("Could not print to “%s”: %s", pdf, reason);
  g_assert_cmpstr (end.refusal, ==, expected);
  alert = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "Could Not Print the Plan");
  g_assert_cmpstr (adw_message_dialog_get_body (alert), ==, expected);
  respond (alert, "close");
  g_free (end.refusal);
}

static void
test_print_to_file_spares_read_only_file (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (pdf, "the sheet printed last week\n", -1, NULL));
  g_assert_cmpint (g_chmod (pdf, 0444), ==, 0);

  assert_print_to_file_refused (window, plan, pdf, "the file is read-only.");
  g_assert_true (g_file_get_contents (pdf, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the sheet printed last week\n");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

/* Pass 34d's finding left to the lead: GTK writes a print to file into a
 * file of several names in place, so a plan (not open, anywhere) with a
 * hard link named as the PDF became the sheet under both names, with no
 * previous version kept. Refused, as an export's new file would not be. */
static void
test_print_to_file_spares_hard_linked_file (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *kept = g_build_filename (dir, "block-1.regimen.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (kept, "{\"a plan\": \"kept\"}\n", -1, NULL));
  g_assert_cmpint (link (kept, pdf), ==, 0);

  assert_print_to_file_refused (window, plan, pdf,
                                "it is another name (a hard link) of a file that has other names, and "
                                "printing would write the sheet into each of them. Choose another name.");
  g_assert_true (g_file_get_contents (kept, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "{\"a plan\": \"kept\"}\n");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/hostile-34d/print-to-file-spares-linked-exercises",
                   test_print_to_file_spares_linked_exercises);
  g_test_add_func ("/hostile-34d/save-as-name-made-too-long-says-so",
                   test_save_as_name_made_too_long_says_so);
  g_test_add_func ("/hostile-34d/print-to-file-spares-read-only-file",
                   test_print_to_file_spares_read_only_file);
  g_test_add_func ("/hostile-34d/print-to-file-spares-hard-linked-file",
                   test_print_to_file_spares_hard_linked_file);

  return g_test_run ();
}
