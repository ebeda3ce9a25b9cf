/* test-hostile-31-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and what pass 30 of issue 21 left in it: a plan saved
 * through the Flatpak's document portal, which keeps no previous
 * version beside it; a signal that ends the application (a logout's
 * SIGTERM) sent to this very process while a Log Session form holds
 * what was typed.
 *
 * The portal is not run here: its folder is a scratch folder the core
 * takes for one of the portal's through its test hook,
 * REGIMEN_TEST_DOCUMENT_PORTAL_FOLDER (is_in_document_portal() in
 * src/core/regimen-file-util.c), so the writer saves there as it saves
 * in the portal (no “PLAN~”, no extended attributes, no other new file)
 * while the window runs under Xvfb. The real portal's saves are tested
 * in tests/core/test-portal.c and tests/cli/test-portal.sh. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-item-row.h"
#include "regimen-log-form.h"
#include "regimen-plan-settings.h"
#include "regimen-window.h"
#include "regimen-window-private.h"
#include "ui-test-util.h"

#define PORTAL_FOLDER_HOOK "REGIMEN_TEST_DOCUMENT_PORTAL_FOLDER"
#define PORTAL_NOTICE "Saved “two-weeks.regimen.json” · No previous version is kept in the document portal"
#define PLAIN_NOTICE "Saved “two-weeks.regimen.json”"

static RegimenApplication *app;

/* The folder the core takes for the document portal's: named once, in
 * main(), before any thread runs (setting the environment while a save's
 * worker reads it is undefined), and emptied for each test. */
static char *portal_folder;

/* A copy of the fixture @name in the folder the core takes for the
 * document portal's, emptied first. */
static GFile *
copy_fixture_into_portal (const char *name)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", name, NULL);
  g_autoptr(GDir) dir = g_dir_open (portal_folder, 0, NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  const char *entry;
  gsize length;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *old = g_build_filename (portal_folder, entry, NULL);

      g_chmod (old, 0644);
      g_assert_cmpint (g_unlink (old), ==, 0);
    }
  path = g_build_filename (portal_folder, name, NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return g_file_new_for_path (path);
}

/* The titles of the toasts dismissed, in order (regimen_toast_add()
 * holds a dismissal back and emits it again: each is counted once). */
static gboolean
on_toast_dismissed (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               user_data)
{
  GPtrArray *dismissed = user_data;
  AdwToast *toast = g_value_get_object (&values[0]);

  if (!g_ptr_array_find (dismissed, toast, NULL))
    g_ptr_array_add (dismissed, g_object_ref (toast));

  return TRUE;
}

/* Turns the main loop until @n toasts have been dismissed (each lives a
 * few seconds), for a minute at the most. */
static void
wait_for_dismissed (GPtrArray *dismissed,
                    guint      n)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (dismissed->len < n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (dismissed->len, ==, n);
}

/* A plan saved through the portal keeps no “PLAN~”: the first save says
 * so in its toast, calmly, once; the next save's toast is the usual one.
 * The window said nothing (the command line did), and a person used to
 * “PLAN~” counted on one. */
static void
test_portal_save_says_no_backup_once (void)
{
  g_autoptr(GFile) file = copy_fixture_into_portal ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  g_autoptr(GPtrArray) dismissed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTypeClass) toast_class = g_type_class_ref (ADW_TYPE_TOAST);
  guint signal_id = g_signal_lookup ("dismissed", ADW_TYPE_TOAST);
  gulong hook = g_signal_add_emission_hook (signal_id, 0, on_toast_dismissed, dismissed, NULL);
  guint weeks = regimen_plan_get_n_weeks (plan);

  g_assert_true (regimen_file_is_in_document_portal (path));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_for_dismissed (dismissed, 1);
  g_assert_cmpstr (adw_toast_get_title (g_ptr_array_index (dismissed, 0)), ==, PORTAL_NOTICE);
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  wait_for_dismissed (dismissed, 2);
  g_assert_cmpstr (adw_toast_get_title (g_ptr_array_index (dismissed, 1)), ==, PLAIN_NOTICE);
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, weeks + 2);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_signal_remove_emission_hook (signal_id, hook);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The question before a read-only plan is replaced does not promise a
 * “PLAN~” the portal's folder will not keep. It did. */
static void
test_portal_read_only_question (void)
{
  g_autoptr(GFile) file = copy_fixture_into_portal ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  plan = ui_test_show_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Overwrite Read-Only File?");
  body = adw_message_dialog_get_body (dialog);
  g_assert_null (strstr (body, "~"));
  g_assert_nonnull (strstr (body, "no previous version is kept"));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  g_assert_true (regimen_plan_get_modified (plan));

  /* Discarded, so that the window closes without asking. */
  regimen_document_discard (window->document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_chmod (path, 0644);
}

/* Save As without an extension into the portal's folder, where a plan
 * of the full name is: the question before it is replaced promises no
 * “~” version the portal's folder will not keep. It did. */
static void
test_portal_replace_question (void)
{
  g_autoptr(GFile) file = copy_fixture_into_portal ("two-weeks.regimen.json");
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *dir = g_file_get_path (folder);
  g_autofree char *path = g_build_filename (dir, "my plan.regimen.json", NULL);
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_file (file, NULL, NULL);
  RegimenWindow *window = ui_test_open_window (app);
  g_autofree char *cwd = g_get_current_dir ();
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  g_autoptr(GFile) chosen = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *chooser;
  const char *body;

  /* The portal's folder shows one file: the plan of the full name. */
  g_assert_cmpint (g_rename (g_file_peek_path (file), path), ==, 0);
  g_assert_nonnull (plan);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  g_assert_cmpint (g_chdir (dir), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "my plan");
  while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (chosen);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace “my plan.regimen.json”?");
  body = adw_message_dialog_get_body (dialog);
  g_assert_null (strstr (body, "~"));
  g_assert_nonnull (strstr (body, "no previous version is kept"));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  regimen_document_discard (window->document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A plan of one session with an id, as a person's own file. */
#define LOG_PLAN \
  "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":[" \
  "{\"sessions\":[{\"id\":\"mon\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":[" \
  "{\"id\":\"row\",\"exercise\":\"seated-cable-row\",\"sets\":2,\"reps\":10}]}]}," \
  "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}," \
  "{\"sessions\":[]}]}]}\n"

/* A second signal ends the application at once, and this process with
 * it: each test that sends one runs in a process of its own, the parent
 * checking that it passed. */
static void
in_own_process (GTestFunc body)
{
  if (g_test_subprocess ())
    {
      body ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Sends @signal_number to this process, as `kill` does, and waits until
 * @window is gone and its document with it: the document lives until
 * the last write of its working copy has ended. */
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

/* The control below @widget whose accessible label is @label. */
static GtkWidget *
find_labelled (GtkWidget  *widget,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!GTK_IS_LABEL (child) &&
          gtk_test_accessible_check_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label) == NULL)
        return child;
      if ((found = find_labelled (child, label)) != NULL)
        return found;
    }

  return NULL;
}

/* Types @text at the end of @editable with real keys, after rubbing out
 * what it holds with BackSpace; the focus is left in it. */
static void
type_over (GtkWidget  *editable,
           const char *text)
{
  GtkWidget *inner = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (editable)));

  gtk_widget_grab_focus (inner);
  gtk_editable_set_position (GTK_EDITABLE (editable), -1);
  while (*gtk_editable_get_text (GTK_EDITABLE (editable)) != '\0')
    ui_test_press_key (inner, GDK_KEY_BackSpace);
  for (const char *c = text; *c != '\0'; c++)
    ui_test_press_key (inner, gdk_unicode_to_keyval ((guint) *c));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editable)), ==, text);
}

/* The same in @label's box of @form. */
static void
retype (GtkWidget  *form,
        const char *label,
        const char *text)
{
  GtkWidget *entry = find_labelled (form, label);

  g_assert_nonnull (entry);
  type_over (entry, text);
}

/* A plan window showing a copy of LOG_PLAN named @name, in a fresh
 * folder; @file, when asked for, is that copy. */
static RegimenWindow *
open_log_plan (const char   *name,
               RegimenPlan **plan,
               GFile       **file)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  RegimenWindow *window;
  RegimenPlan *shown;

  g_assert_true (g_file_set_contents (path, LOG_PLAN, -1, NULL));
  window = ui_test_open_window (app);
  shown = ui_test_show_file (window, copy);
  if (plan != NULL)
    *plan = shown;
  if (file != NULL)
    *file = g_steal_pointer (&copy);

  return window;
}

/* The Log Session form of the plan's Monday session, opened. */
static GtkWidget *
open_log_form (RegimenWindow *window)
{
  GtkWindow *form;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-session", "s", "mon"));
  form = ui_test_wait_for_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window));
  g_assert_nonnull (form);

  return GTK_WIDGET (form);
}

/* The one working copy a signal left, of @source, read, and removed
 * from the list the next start would offer. */
static RegimenPlan *
take_only_working_copy (GFile *source)
{
  g_autoptr(GPtrArray) after = regimen_autosave_list ();
  g_autoptr(GError) error = NULL;
  RegimenAutosave *autosave;
  RegimenPlan *copy;

  g_assert_cmpuint (after->len, ==, 1);
  autosave = g_ptr_array_index (after, 0);
  g_assert_true (g_file_equal (autosave->source, source));
  copy = regimen_plan_load_from_file (autosave->copy, NULL, &error);
  g_assert_no_error (error);
  regimen_autosave_remove (autosave->id);

  return copy;
}

/* Reps typed in an open Log Session form when the signal comes are in
 * the working copy the next start offers back, as Save would have put
 * them in the plan; the plan's file is as it was. They were lost: the
 * window closed unasked, and its working copy held only what the plan
 * held. */
static void
signal_keeps_typed_log (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenPlan) copy = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  const RegimenSessionLog *log;
  const RegimenItemLog *row;
  RegimenWindow *window;
  GtkWidget *form;

  window = open_log_plan ("log.regimen.json", NULL, &file);
  form = open_log_form (window);
  retype (form, "Seated Cable Row, set 1, reps", "9");
  /* What the test is about: the typed log is no edit of the plan yet. */
  g_assert_true (regimen_log_form_get_modified (REGIMEN_LOG_FORM (form)));
  g_assert_false (regimen_document_get_modified (window->document));

  end_with_signal (window, SIGTERM);

  copy = take_only_working_copy (file);
  log = regimen_session_get_log (regimen_plan_find_session_by_id (copy, "mon"));
  g_assert_nonnull (log);
  row = regimen_session_log_find_item (log, "row");
  g_assert_nonnull (row);
  g_assert_cmpuint (g_array_index (row->sets, RegimenSetLog, 0).reps, ==, 9);

  on_disk = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (regimen_session_get_log (regimen_plan_find_session_by_id (on_disk, "mon")));
}

static void
test_signal_keeps_typed_log (void)
{
  in_own_process (signal_keeps_typed_log);
}

/* A log Save would refuse (a load that reads no number) cannot be kept:
 * the plan's working copy is written without it, and the loss is said
 * on the standard error, where a start from a terminal or the journal
 * shows it, instead of going unsaid. */
static void
signal_says_typed_log_lost (void)
{
  RegimenWindow *window = open_log_plan ("log.regimen.json", NULL, NULL);
  GtkWidget *form = open_log_form (window);

  retype (form, "Seated Cable Row, set 1, load in kg", "heavy");
  g_assert_true (regimen_log_form_get_modified (REGIMEN_LOG_FORM (form)));

  end_with_signal (window, SIGTERM);
  {
    g_autoptr(GPtrArray) after = regimen_autosave_list ();

    g_assert_cmpuint (after->len, ==, 0);
  }
}

static void
test_signal_says_typed_log_lost (void)
{
  if (g_test_subprocess ())
    {
      signal_says_typed_log_lost ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*a log typed in an open Log Session form could not be kept*");
}

/* A number typed into the exercise editor's Reps with real keys, not
 * entered (no Enter, the focus still in the field) when the signal
 * comes, is in the working copy the next start offers back, as leaving
 * the field would have entered it. It was lost with the window. */
static void
signal_keeps_typed_number (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenPlan) copy = NULL;
  RegimenWindow *window;
  RegimenPlan *plan;
  GtkWidget *row;
  GtkWidget *reps;

  window = open_log_plan ("reps.regimen.json", &plan, &file);
  row = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  ui_test_iterate_until_idle ();
  reps = ui_test_find_named (row, GTK_TYPE_SPIN_BUTTON, "Reps");
  g_assert_nonnull (reps);
  type_over (reps, "14");
  /* What the test is about: the number is no edit of the plan yet. */
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 0, 0, 0, 0)), ==, 10);
  g_assert_false (regimen_document_get_modified (window->document));

  end_with_signal (window, SIGTERM);

  copy = take_only_working_copy (file);
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (copy, 0, 0, 0, 0)), ==, 14);
}

static void
test_signal_keeps_typed_number (void)
{
  in_own_process (signal_keeps_typed_number);
}

/* The same in Plan Settings, a window of its own beside the plan's: a
 * usual weekly load typed and not entered was lost, as only the plan
 * windows' fields were entered. */
static void
signal_keeps_typed_setting (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenPlan) copy = NULL;
  RegimenWindow *window;
  RegimenPlan *plan;
  GtkWindow *settings;
  GtkWidget *baseline;

  window = open_log_plan ("baseline.regimen.json", &plan, &file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-settings", NULL));
  settings = ui_test_wait_for_toplevel (REGIMEN_TYPE_PLAN_SETTINGS, GTK_WINDOW (window));
  g_assert_nonnull (settings);
  baseline = ui_test_find_named (GTK_WIDGET (settings), GTK_TYPE_SPIN_BUTTON, "Usual weekly load");
  g_assert_nonnull (baseline);
  type_over (baseline, "900");
  /* What the test is about: the number is no edit of the plan yet. */
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (regimen_plan_get_athlete (plan)), !=, 900);
  g_assert_false (regimen_document_get_modified (window->document));

  end_with_signal (window, SIGTERM);

  copy = take_only_working_copy (file);
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (regimen_plan_get_athlete (copy)), ==, 900);
}

static void
test_signal_keeps_typed_setting (void)
{
  in_own_process (signal_keeps_typed_setting);
}

int
main (int    argc,
      char **argv)
{
  gboolean made_here;
  int status;

  /* A test run in a process of its own (in_own_process()) is given the
   * folder its parent made, and leaves it to the parent to remove. */
  made_here = g_getenv (PORTAL_FOLDER_HOOK) == NULL;
  if (made_here)
    {
      g_autofree char *made = g_dir_make_tmp (NULL, NULL);

      g_assert_nonnull (made);
      portal_folder = realpath (made, NULL);
      g_assert_nonnull (portal_folder);
      g_setenv (PORTAL_FOLDER_HOOK, portal_folder, TRUE);
    }
  else
    portal_folder = g_strdup (g_getenv (PORTAL_FOLDER_HOOK));
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-31-window/portal-save-says-no-backup-once", test_portal_save_says_no_backup_once);
  g_test_add_func ("/ui/hostile-31-window/portal-read-only-question", test_portal_read_only_question);
  g_test_add_func ("/ui/hostile-31-window/portal-replace-question", test_portal_replace_question);
  g_test_add_func ("/ui/hostile-31-window/signal-keeps-typed-log", test_signal_keeps_typed_log);
  g_test_add_func ("/ui/hostile-31-window/signal-says-typed-log-lost", test_signal_says_typed_log_lost);
  g_test_add_func ("/ui/hostile-31-window/signal-keeps-typed-number", test_signal_keeps_typed_number);
  g_test_add_func ("/ui/hostile-31-window/signal-keeps-typed-setting", test_signal_keeps_typed_setting);

  status = g_test_run ();

  if (made_here)
    {
      g_autoptr(GDir) dir = g_dir_open (portal_folder, 0, NULL);
      const char *entry;

      while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *old = g_build_filename (portal_folder, entry, NULL);

          g_chmod (old, 0644);
          g_unlink (old);
        }
      g_rmdir (portal_folder);
    }

  return status;
}
