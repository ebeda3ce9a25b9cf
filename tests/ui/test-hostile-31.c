/* test-hostile-31.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and what pass 30 of issue 21 left in it: a plan saved
 * through the Flatpak's document portal, which keeps no previous
 * version beside it.
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
#include <string.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "regimen-window-private.h"
#include "ui-test-util.h"

#define PORTAL_FOLDER_HOOK "REGIMEN_TEST_DOCUMENT_PORTAL_FOLDER"
#define PORTAL_NOTICE "Saved “two-weeks.regimen.json” · No previous version is kept in the document portal"
#define PLAIN_NOTICE "Saved “two-weeks.regimen.json”"

static RegimenApplication *app;

/* A copy of the fixture @name in a fresh folder the core takes for the
 * document portal's. */
static GFile *
copy_fixture_into_portal (const char *name)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", name, NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *real_dir = realpath (dir, NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_nonnull (real_dir);
  path = g_build_filename (real_dir, name, NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_setenv (PORTAL_FOLDER_HOOK, real_dir, TRUE);

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
  g_unsetenv (PORTAL_FOLDER_HOOK);
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
  g_unsetenv (PORTAL_FOLDER_HOOK);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-31/portal-save-says-no-backup-once", test_portal_save_says_no_backup_once);
  g_test_add_func ("/ui/hostile-31/portal-read-only-question", test_portal_read_only_question);

  return g_test_run ();
}
