/* test-hostile-32-left.c
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
#include <string.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-document-private.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

static void
close_all_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  ui_test_iterate_until_idle ();
}

/* A copy of the fixture @name in a fresh folder, as a person's own file. */
static GFile *
copy_fixture (const char *name)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", name, NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return g_file_new_for_path (path);
}

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
  g_autoptr(GFile) file = copy_fixture ("two-weeks.regimen.json");
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

  /* The question of the save: its file by name, no Reload. */
  dialog = wait_for_dialog_saying (GTK_WINDOW (window), "two-weeks.regimen.json");
  g_assert_false (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
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

  close_all_windows ();
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
  g_autoptr(GFile) file = copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window;
  RegimenWindow *opened;
  RegimenPlan *plan;

  close_all_windows ();
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
  close_all_windows ();
}

/* Save As asked of a new, untouched plan; while its chooser is up a
 * plan is opened from outside. It replaced the untouched plan in that
 * window, and the chooser then saved the opened plan under the new name
 * (its window then showing that file, not its own). The opened plan gets
 * a window of its own; the chooser saves the new plan it was asked for. */
static void
test_save_as_chooser_window_not_replaced (void)
{
  g_autoptr(GFile) file = copy_fixture ("two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *saved_path = g_build_filename (dir, "fresh.regimen.json", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GFile) chosen = NULL;
  RegimenWindow *window;
  RegimenWindow *opened;
  RegimenPlan *plan;
  GtkWindow *chooser;

  close_all_windows ();
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
  close_all_windows ();
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
  const char *body;
  char **lines;
  guint n_dialogs, n_windows;

  for (guint round = 0; round < 2; round++)
    {
      close_all_windows ();
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
       * order), and the rest counted. */
      body = adw_message_dialog_get_body (dialog);
      lines = g_strsplit (body, "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, 9);
      for (guint i = 0; i < 8; i++)
        {
          g_assert_true (g_str_has_prefix (lines[i], "“broken-"));
          g_assert_true (strstr (lines[i], "not valid JSON") != NULL || strstr (lines[i], "not a Regimen plan") != NULL
                         || strstr (lines[i], "folder") != NULL);
          /* Named once, by the name, not again by the reader's path. */
          g_assert_null (strstr (lines[i], "Could not open"));
        }
      g_assert_cmpstr (lines[8], ==, "… and 92 more");
      g_clear_pointer (&lines, g_strfreev);

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

  close_all_windows ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-32-left/save-after-failed-reload-offers-no-reload",
                   test_save_after_failed_reload_offers_no_reload);
  g_test_add_func ("/ui/hostile-32-left/undone-new-plan-not-replaced", test_undone_new_plan_not_replaced);
  g_test_add_func ("/ui/hostile-32-left/save-as-chooser-window-not-replaced",
                   test_save_as_chooser_window_not_replaced);
  g_test_add_func ("/ui/hostile-32-left/many-unreadable-plans-one-dialog", test_many_unreadable_plans_one_dialog);

  return g_test_run ();
}
