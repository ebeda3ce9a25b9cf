/* test-data-folder-link.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Regimen's data folder reached through a symbolic link another user
 * made in a folder anyone may write to (as /tmp): the app writes nothing
 * through it (the core and the command line test so much); here, what
 * the person sees in the window. The data folder ui_test_init() makes in the
 * temporary folder becomes that link, given by root to a user id no
 * database knows (lchown). */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-editor.h"
#include "regimen-window.h"
#include "regimen-document.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *own_folder;
static char *link_folder;
static gboolean link_made;

static AdwEntryRow *
find_entry_row (GtkWidget  *editor,
                const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ui_test_collect (editor, ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
        return g_ptr_array_index (rows, i);
    }

  g_assert_not_reached ();
}

/* What the refusal says first (session 31): the data folder, and the
 * link it is reached through. */
static char *
dup_refusal_start (void)
{
  g_autofree char *name = g_path_get_basename (link_folder);

  return g_strdup_printf ("Regimen's data folder is reached through “%s”, a symbolic link another user made", name);
}

/* Issue 21, pass 30: a new exercise saved in the window is refused, the
 * editor saying why and keeping what was typed, and nothing is written
 * in the folder the link leads to. */
static void
test_new_exercise_refused (void)
{
  RegimenWindow *window;
  RegimenExerciseEditor *editor;
  g_autofree char *data_dir = NULL;
  g_autofree char *written = NULL;
  gboolean saving = TRUE;
  GtkLabel *message;

  if (!link_made)
    {
      g_test_skip ("only root can give a link to another user (lchown)");
      return;
    }

  data_dir = regimen_file_dup_data_dir ();
  g_assert_true (g_str_has_prefix (data_dir, link_folder));

  window = ui_test_open_wide_window (app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-exercise", NULL));
  ui_test_iterate_until_idle ();
  editor = REGIMEN_EXERCISE_EDITOR (ui_test_find_toplevel (REGIMEN_TYPE_EXERCISE_EDITOR, NULL));
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor), "Name")), "Through Their Link");

  g_assert_true (regimen_exercise_editor_save (editor));
  while (saving)
    {
      g_main_context_iteration (NULL, TRUE);
      g_object_get (editor, "saving", &saving, NULL);
    }
  ui_test_iterate_until_idle ();

  message = ui_test_find_label_holding (GTK_WIDGET (editor), "The exercise could not be saved");
  g_assert_nonnull (message);
  /* Said for the data folder (session 31): which folder, what is wrong,
   * what to do; “choose another name” could not be done. */
  {
    g_autofree char *start = dup_refusal_start ();

    g_assert_nonnull (strstr (gtk_label_get_label (message), start));
  }
  g_assert_nonnull (strstr (gtk_label_get_label (message), "set XDG_DATA_HOME to a folder of your own. "
                                                           "The data folder, which holds"));
  g_assert_null (strstr (gtk_label_get_label (message), "choose another name"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor), "Name"))), ==,
                   "Through Their Link");

  written = g_build_filename (own_folder, "regimen", "exercises.json", NULL);
  g_assert_false (g_file_test (written, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* How many labels of @window begin with @text. */
static guint
count_labels (RegimenWindow *window,
              const char    *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n = 0;

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      n++;

  return n;
}

/* Issue 21, pass 30: the working copy of an edit was written through
 * such a link, into the folder it led to, where the exercises were
 * refused. It is refused too, and the window says why in its toast. */
static void
test_working_copy_refused (void)
{
  RegimenWindow *window;
  g_autofree char *fixture = g_build_filename (FIXTURES_DIR, "ui", "two-weeks.regimen.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *path = NULL;
  g_autofree char *copies = g_build_filename (own_folder, "regimen", "autosave", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenItem) item = regimen_item_new ("pelvic-tilt");
  RegimenDocument *document;
  RegimenPlan *plan;

  if (!link_made)
    {
      g_test_skip ("only root can give a link to another user (lchown)");
      return;
    }

  window = ui_test_open_wide_window (app);
  tmp = ui_test_make_tmp_dir ();
  path = g_build_filename (tmp, "plan.regimen.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_get_contents (fixture, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  plan = ui_test_show_file (window, file);
  document = regimen_window_get_document (window);

  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 0, 2, 0), G_MAXUINT, item));
  g_test_expect_message ("regimen-document", G_LOG_LEVEL_WARNING,
                         "*Regimen's data folder is reached through*set XDG_DATA_HOME*");
  regimen_document_autosave_now (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
  g_test_assert_expected_messages ();

  /* The toast says it short (session 32: the reason was cut there at
   * 160 characters, mid-word) ... */
  g_assert_cmpuint (count_labels (window, "Unsaved changes could not be kept safe"), ==, 1);
  g_assert_cmpuint (count_labels (window, "Unsaved changes could not be kept safe: "), ==, 0);
  g_assert_false (g_file_test (copies, G_FILE_TEST_EXISTS));
  /* ... and its Details button shows the whole reason: which folder,
   * what is wrong, what to do, and the data folder it ends with. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    g_autofree char *start = dup_refusal_start ();
    g_autofree char *data_dir = g_build_filename (link_folder, "regimen", NULL);
    g_autofree char *end = g_strdup_printf ("is %s.", data_dir);
    GtkWidget *details = NULL;
    AdwMessageDialog *dialog;
    const char *body;

    ui_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Details") == 0)
        details = g_ptr_array_index (buttons, i);
    g_assert_nonnull (details);
    gtk_widget_activate (details);
    dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
    body = adw_message_dialog_get_body (dialog);
    g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), body);
    g_assert_true (g_str_has_prefix (body, start));
    g_assert_nonnull (strstr (body, "set XDG_DATA_HOME to a folder of your own"));
    g_assert_true (g_str_has_suffix (body, end));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  regimen_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = NULL;
  g_autofree char *parent = NULL;
  struct stat st;
  int status;

  own_folder = ui_test_make_tmp_dir ();
  app = ui_test_init (&argc, &argv, &data_home);

  /* The data folder ui_test_init() made, which GLib has taken as the
   * user's, becomes another user's link to the test's own folder: in
   * the temporary folder, which anyone may write to (the sticky bit). */
  parent = g_path_get_dirname (data_home);
  link_folder = g_strdup (data_home);
  if (geteuid () == 0 && stat (parent, &st) == 0 && (st.st_mode & S_ISVTX) && (st.st_mode & S_IWOTH) &&
      st.st_uid != 54321 && g_rmdir (data_home) == 0)
    {
      g_assert_cmpint (symlink (own_folder, link_folder), ==, 0);
      link_made = lchown (link_folder, 54321, 54321) == 0;
    }

  g_test_add_func ("/ui/data-folder-link/new-exercise-refused", test_new_exercise_refused);
  g_test_add_func ("/ui/data-folder-link/working-copy-refused", test_working_copy_refused);

  status = g_test_run ();

  /* Removed as a link, and a folder of that name again for
   * ui-test-util's own clean-up. */
  if (g_file_test (link_folder, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (link_folder);
      g_mkdir (link_folder, 0700);
    }
  g_free (own_folder);
  g_free (link_folder);

  return status;
}
