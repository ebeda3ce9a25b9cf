/* test-hostile-37-left.c
 *
 * Issue 21, what passes 34a–d left, in the window: a symbolic link to
 * nothing in the plan's place.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
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

static gboolean
on_wait_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
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

/* The plan removed and a symbolic link to a file that does not exist
 * made at its path (`ln -s missing.regimen.json PLAN`), while the window
 * holds an edit: the window's watch said “Changed on Disk” and offered
 * Reload, with nothing to reload, and Ctrl+S said only “Could Not Save”.
 * Both say the file is a broken link, naming where it leads, and
 * offer Save As; Keep Editing keeps the edit, and nothing is written
 * through the link (issue 21, leftovers of passes 34a–d). */
static void
test_dangling_link_offers_save_as (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "dangling.regimen.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.regimen.json", NULL);
  RegimenPlan *plan;
  RegimenWindow *window = show_edited_plan (path, &plan);
  RegimenDocument *document = regimen_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (symlink ("missing.regimen.json", path), ==, 0);

  /* The window's watch asks first, before any save. */
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“dangling.regimen.json” Is a Broken Link");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Another program removed"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“missing.regimen.json”"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_false (adw_message_dialog_has_response (dialog, "reload"));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (regimen_window_get_plan (window) == plan);

  /* Saved while the link is there: the save's own question. */
  ui_test_send_control_key (GTK_WINDOW (window), GDK_KEY_s);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“dangling.regimen.json” Is a Broken Link");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Nothing was saved"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (regimen_window_get_plan (window) == plan);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  regimen_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_unlink (path);
  ui_test_remove_tree (dir);
}

/* Whether @label is drawn whole inside @form's visible part. */
static gboolean
label_in_view (GtkWidget *label,
               GtkWidget *form)
{
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (label) && gtk_widget_compute_bounds (label, form, &bounds) &&
         bounds.size.height > 0 && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (form);
}

/* The label of @root that shows @text. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* The New Exercise editor's message about a refused picture is at the
 * foot of its form, below the fold of its 600 pixels: the form stayed
 * where it was and nothing seemed to happen. The form scrolls to it
 * once it is laid out, and the picture's row names it as its error
 * message, invalid, the label an alert (issue 21, leftovers of passes
 * 34a–d). */
static void
test_refused_picture_message_in_view (void)
{
  RegimenWindow *window = ui_test_open_wide_window (app);
  g_autofree char *path = g_build_filename (data_home, "refused.png", NULL);
  g_autoptr(GFile) refused = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  RegimenExerciseEditor *editor;
  GtkWidget *form;
  GtkAdjustment *adjustment;
  GtkWidget *label;
  GtkWidget *row = NULL;
  const char *message;
  gboolean over = FALSE;
  guint timeout;

  g_assert_true (g_file_set_contents (path, "not a picture at all\n", -1, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-exercise", NULL));
  ui_test_iterate_until_idle ();
  editor = REGIMEN_EXERCISE_EDITOR (ui_test_find_toplevel (REGIMEN_TYPE_EXERCISE_EDITOR, NULL));
  g_assert_nonnull (editor);
  form = ui_test_find_first (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (form));
  while (!gtk_widget_get_mapped (form) || gtk_adjustment_get_page_size (adjustment) <= 0)
    g_main_context_iteration (NULL, TRUE);
  /* As it opens: at the top, the picture's foot below the fold. */
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));

  regimen_exercise_editor_set_picture_file (editor, refused);
  while (regimen_exercise_editor_get_picture_error (editor) == NULL)
    g_main_context_iteration (NULL, TRUE);
  message = regimen_exercise_editor_get_picture_error (editor);
  g_assert_nonnull (strstr (message, "refused.png"));
  label = find_label (GTK_WIDGET (editor), message);
  g_assert_nonnull (label);

  /* Frames come as the server draws them: within the widget tests' bound. */
  timeout = g_timeout_add_seconds (UI_TEST_WAIT_USEC / G_USEC_PER_SEC, on_wait_over, &over);
  while (!label_in_view (label, form) && !over)
    g_main_context_iteration (NULL, TRUE);
  if (!over)
    g_source_remove (timeout);
  g_assert_true (label_in_view (label, form));

  ui_test_collect (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "No picture") == 0)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_ROLE_ALERT));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, label);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-37-left/dangling-link-offers-save-as",
                   test_dangling_link_offers_save_as);
  g_test_add_func ("/ui/hostile-37-left/refused-picture-message-in-view",
                   test_refused_picture_message_in_view);

  return g_test_run ();
}
