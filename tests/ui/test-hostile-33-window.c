/* test-hostile-33-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window, as adversarial pass 32 of issue 21 left it: found and
 * reproduced there, fixed in session 33. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"
#include "fixture-util.h"

static RegimenApplication *app;

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Export to Calendar of a plan with a start date and no session wrote a
 * calendar without an event, which RFC 5545 forbids: it says so before a
 * file is chosen, and the export itself (a plan emptied while the
 * chooser was open) refuses it too, the file left as it was. */
static void
test_calendar_without_sessions_refused (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "no-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;

  g_assert_nonnull (regimen_plan_get_start_date (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-ics", NULL));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Plan Has No Sessions");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "at least one event"));
  g_assert_null (ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
  regimen_document_export_async (regimen_window_get_document (window), file, regimen_document_render_calendar,
                                 NULL, NULL, on_exported, &exported);
  while (exported == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (regimen_document_export_finish (regimen_window_get_document (window), exported, &error));
  g_assert_error (error, REGIMEN_ICAL_ERROR, REGIMEN_ICAL_ERROR_NO_SESSIONS);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier");

  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-33-window/calendar-without-sessions-refused",
                   test_calendar_without_sessions_refused);

  return g_test_run ();
}
