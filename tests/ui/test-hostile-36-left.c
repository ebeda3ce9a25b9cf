/* test-hostile-36-left.c
 *
 * Issue 21, what pass 34 left, in the window: toasts and questions that
 * name a custom exercise whose name shows nothing.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-editor.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *data_home;

/* Whether a label in @root draws a text holding @text (a toast). */
static gboolean
shows_drawn_text (GtkWidget  *root,
                  const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
on_wait_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Turns the main loop until @root draws @text, for a minute at the
 * most (a toast queued behind another comes up once that one is
 * closed); whether it came to that. */
static gboolean
wait_for_drawn_text (GtkWidget  *root,
                     const char *text)
{
  gboolean over = FALSE;
  guint timeout = g_timeout_add_seconds (UI_TEST_WAIT_USEC / G_USEC_PER_SEC, on_wait_over, &over);

  while (!shows_drawn_text (root, text) && !over)
    g_main_context_iteration (NULL, TRUE);
  if (!over)
    g_source_remove (timeout);

  return shows_drawn_text (root, text);
}

/* Closes the toast that draws @text with its close button, so that the
 * next one comes up. */
static void
close_toast (GtkWidget  *root,
             const char *text)
{
  GType toast_widget = g_type_from_name ("AdwToastWidget");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *toast;
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

      if (strstr (gtk_label_get_text (GTK_LABEL (label)), text) == NULL)
        continue;
      toast = gtk_widget_get_ancestor (label, toast_widget);
      if (toast == NULL)
        continue;
      ui_test_collect (toast, GTK_TYPE_BUTTON, buttons);
      for (guint j = 0; j < buttons->len; j++)
        if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, j)), "window-close-symbolic") == 0)
          {
            g_signal_emit_by_name (g_ptr_array_index (buttons, j), "clicked");
            return;
          }
    }

  g_error ("no toast drawing “%s” to close", text);
}

/* Custom exercises named with a zero-width space and with line breaks
 * around one, from an exercises.json edited by hand. */
static RegimenLibrary *
load_blank_names (void)
{
  static const char exercises[] =
    "{\"format\": \"regimen-exercises\", \"version\": 1, \"exercises\": ["
    "{\"id\": \"custom-zw\", \"name\": \"\\u200b\", \"category\": \"strength\"},"
    "{\"id\": \"custom-nl\", \"name\": \"\\n\\u200b\\n\", \"category\": \"strength\"}]}";
  g_autofree char *folder = g_build_filename (data_home, "regimen", NULL);
  g_autofree char *path = g_build_filename (folder, "exercises.json", NULL);
  g_autoptr(GError) error = NULL;
  RegimenLibrary *library = regimen_library_get_default ();

  /* Read once for the whole run: the library is the application's. */
  if (regimen_library_lookup (library, "custom-zw") != NULL)
    return library;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, exercises, -1, &error));
  g_assert_no_error (error);
  g_assert_true (regimen_custom_exercises_load (library, &error));
  g_assert_no_error (error);
  g_assert_nonnull (regimen_library_lookup (library, "custom-zw"));
  g_assert_nonnull (regimen_library_lookup (library, "custom-nl"));

  return library;
}

/* The toasts after adding such an exercise to a day and giving it a
 * progression rule name it by its id, as its card does: they said
 * “Added  to Lower body A on Monday” and “ progressed over the next
 * week”. */
static void
test_toasts_name_blank_exercise_by_id (void)
{
  RegimenWindow *window;
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  RegimenSession *session;
  RegimenItem *item;

  load_blank_names ();
  window = ui_test_open_window (app);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_wait_for_rows (window);
  ui_test_iterate_until_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-exercise-to-session", "(sii)",
                                             "custom-zw", 0, 0));
  ui_test_iterate_until_idle ();
  g_assert_true (wait_for_drawn_text (GTK_WIDGET (window), "Added custom-zw to Lower body A on Monday"));
  close_toast (GTK_WIDGET (window), "Added custom-zw to");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-exercise-to-session", "(sii)",
                                             "custom-nl", 0, 0));
  ui_test_iterate_until_idle ();
  g_assert_true (wait_for_drawn_text (GTK_WIDGET (window), "Added custom-nl to Lower body A on Monday"));
  close_toast (GTK_WIDGET (window), "Added custom-nl to");

  session = regimen_plan_get_session (regimen_window_get_plan (window), 0, 0, 0);
  item = regimen_session_get_item (session, regimen_session_get_n_items (session) - 2);
  g_assert_cmpstr (regimen_item_get_exercise (item), ==, "custom-zw");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.apply-progression", "(sssdduub)",
                                             regimen_item_get_id (item), "add", "sets", 1.0, 0.0, 0, 2,
                                             FALSE));
  ui_test_iterate_until_idle ();
  g_assert_true (wait_for_drawn_text (GTK_WIDGET (window), "custom-zw progressed over the next week"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Deleting such an exercise asks about it by its id: the question read
 * “Delete “”?”. */
static void
test_delete_question_names_blank_exercise_by_id (void)
{
  RegimenLibrary *library = load_blank_names ();
  RegimenWindow *window = ui_test_open_wide_window (app);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (regimen_exercise_editor_confirm_delete (GTK_WINDOW (window), library,
                                                                       regimen_library_lookup (library,
                                                                                               "custom-zw")));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “custom-zw”?");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = ADW_MESSAGE_DIALOG (regimen_exercise_editor_confirm_delete (GTK_WINDOW (window), library,
                                                                       regimen_library_lookup (library,
                                                                                               "custom-nl")));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “custom-nl”?");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A window showing the plan file @path, written from a fixture, with an
 * edit not saved; its plan in @plan. */
static RegimenWindow *
show_edited_plan (const char   *path,
                  RegimenPlan **plan)
{
  g_autofree char *text = fixture_read ("ui", "two-weeks.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenItem) edit = regimen_item_new ("pelvic-tilt");
  RegimenWindow *window = ui_test_open_window (app);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  *plan = ui_test_show_file (window, file);
  g_assert_true (regimen_plan_add_item_to (*plan, regimen_plan_get_session (*plan, 0, 2, 0), G_MAXUINT, edit));
  g_assert_true (regimen_document_get_modified (regimen_window_get_document (window)));

  return window;
}

/* A plan whose file another program replaced with a FIFO (mkfifo PLAN):
 * the window's watch said “Changed on Disk” and offered to save over it,
 * and Ctrl+S said “Could Not Save … it is not a regular file” and offered
 * only Close, where a folder in its place offers Save As. Both questions
 * offer Save As for every file that is not a regular one, and Keep
 * Editing keeps the edit (issue 21, leftovers of pass 34). */
static void
test_save_over_fifo_offers_save_as (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "fifo.regimen.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  RegimenPlan *plan;
  RegimenWindow *window = show_edited_plan (path, &plan);
  RegimenDocument *document = regimen_window_get_document (window);
  AdwMessageDialog *dialog;

  /* Put in the plan's place in one step, so the window's watch on the
   * file reports one change, a file that is no regular one. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_rename (fifo, path), ==, 0);

  /* The window's watch asks first, before any save. */
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“fifo.regimen.json” Is No Longer a File");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Another program put"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_false (adw_message_dialog_has_response (dialog, "overwrite"));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (regimen_window_get_plan (window) == plan);

  /* Saved again while the FIFO is there: the save's own question. */
  ui_test_send_control_key (GTK_WINDOW (window), GDK_KEY_s);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“fifo.regimen.json” Is No Longer a File");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Nothing was saved"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR));

  regimen_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_unlink (path);
  ui_test_remove_tree (dir);
}

/* A symbolic link loop put where the plan's file was (the plan removed,
 * `ln -s PLAN PLAN`): the window said “Changed on Disk” and offered to
 * save over it, where the file cannot be reached at all. It says so,
 * naming the loop, and offers Save As (issue 21, leftovers of pass 34). */
static void
test_link_loop_cannot_be_reached (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "loop.regimen.json", NULL);
  RegimenPlan *plan;
  RegimenWindow *window = show_edited_plan (path, &plan);
  RegimenDocument *document = regimen_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (symlink ("loop.regimen.json", path), ==, 0);

  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“loop.regimen.json” Cannot Be Reached");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Too many levels of symbolic links"));
  g_assert_true (adw_message_dialog_has_response (dialog, "later-save-as"));
  adw_message_dialog_response (dialog, "later");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));

  regimen_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_unlink (path);
  ui_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-36-left/toasts-name-blank-exercise-by-id",
                   test_toasts_name_blank_exercise_by_id);
  g_test_add_func ("/ui/hostile-36-left/delete-question-names-blank-exercise-by-id",
                   test_delete_question_names_blank_exercise_by_id);

  g_test_add_func ("/ui/hostile-36-left/save-over-fifo-offers-save-as",
                   test_save_over_fifo_offers_save_as);

  g_test_add_func ("/ui/hostile-36-left/link-loop-cannot-be-reached",
                   test_link_loop_cannot_be_reached);

  return g_test_run ();
}
