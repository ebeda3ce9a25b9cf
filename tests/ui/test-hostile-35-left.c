/* test-hostile-35-left.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, what pass 34 left: Save As and the working copy a kill
 * leaves; combining marks stacked on a letter in the exercise page; a
 * German “1.100” in the Log Session form. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-detail.h"
#include "regimen-library-view.h"
#include "regimen-log-form.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Writes unsaved work of another plan, which the start offers, so that a
 * test knows when the start has looked at the copies. */
static void
write_other_unsaved_work (const char *dir)
{
  g_autofree char *other_path = g_build_filename (dir, "hiit.regimen.json", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(RegimenPlan) other = fixture_load_plan ("check", "too-much-hiit.json");
  g_autoptr(GBytes) other_text = regimen_plan_to_bytes (other);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (other_text, &length);
  g_autofree char *on_disk = g_strndup (data, length);
  char *letter = strstr (on_disk, "Too much HIIT");

  g_assert_nonnull (letter);
  letter[strlen ("Too much HII")] = 'X';
  g_assert_true (g_file_set_contents (other_path, on_disk, length, NULL));
  g_assert_true (regimen_autosave_write_bytes ("h35-unsaved", other_text, other_file, NULL, &error));
  g_assert_no_error (error);
}

/* Activates the application as a start does, and returns the offer of
 * unsaved work it shows. */
static AdwMessageDialog *
start_and_wait_for_offer (RegimenWindow **window_out)
{
  AdwMessageDialog *dialog;
  GList *windows;

  g_application_activate (G_APPLICATION (app));
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  *window_out = REGIMEN_WINDOW (windows->data);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (*window_out));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Work?");

  return dialog;
}

/* An edit, its working copy written; another edit, and Save As. Regimen
 * killed after the new file took the save and before the copy went left
 * the copy of the first edit, named with the OLD file: the next start
 * offered it as unsaved work, and restored and saved, it wrote the older
 * text over the old file. Save As brings the copy to the text saved and
 * names the new file in it before the rename, as Save does: the copy the
 * kill leaves is the new file's text, and the start removes it as saved
 * work. The kill is taken as the files it leaves, kept at the moment the
 * save is through and its copy not yet removed. */
static void
test_save_as_copy_takes_saved_text (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *new_path = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *saved_text = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  GtkWindow *chooser;
  RegimenPlan *plan;
  GBytes *copy_text;
  gsize old_length;
  gsize saved_length;

  ui_test_close_all_windows (app);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 0);
  g_assert_true (g_file_get_contents (g_file_peek_path (file), &old_text, &old_length, NULL));

  /* The first edit, its working copy written. */
  window = ui_test_open_window (app);
  plan = ui_test_show_file (window, file);
  title = g_strdup (regimen_plan_get_title (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  while (ui_test_count_working_copies () == 0)
    g_main_context_iteration (NULL, TRUE);

  /* The second edit, and Save As: a new file beside the old. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "saved-as.regimen.json");
  {
    g_autoptr(GFile) chosen = NULL;

    /* Until the chooser has read its folder, it answers nothing. */
    while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
      g_main_context_iteration (NULL, TRUE);
    new_path = g_file_get_path (chosen);
    g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  /* The save is through, its copy not yet removed (it goes once the new
   * file's etag is read, a later turn). */
  while (regimen_plan_get_modified (plan))
    g_main_context_iteration (NULL, TRUE);
  kept = ui_test_keep_working_copies ();
  g_assert_true (g_file_get_contents (new_path, &saved_text, &saved_length, NULL));
  copy_text = ui_test_kept_copy_text (kept);
  g_assert_nonnull (copy_text);
  g_assert_cmpmem (g_bytes_get_data (copy_text, NULL), g_bytes_get_size (copy_text), saved_text, saved_length);

  while (ui_test_count_working_copies () > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_close_all_windows (app);

  /* What the kill left: the old file as it was, the new one, the copy. */
  ui_test_put_back_working_copies (kept);
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);
  write_other_unsaved_work (dir);

  dialog = start_and_wait_for_offer (&window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Too much HIIT”"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), title));
  /* The saved work's copy is gone; both files as they were. */
  g_assert_cmpuint (ui_test_count_working_copies (), ==, 1);
  {
    g_autofree char *now = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (g_file_peek_path (file), &now, &length, NULL));
    g_assert_cmpmem (now, length, old_text, old_length);
    g_clear_pointer (&now, g_free);
    g_assert_true (g_file_get_contents (new_path, &now, &length, NULL));
    g_assert_cmpmem (now, length, saved_text, saved_length);
  }

  adw_message_dialog_response (dialog, "discard");
  while (ui_test_count_working_copies () > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_close_all_windows (app);
  ui_test_remove_tree (dir);
}

/* One letter and @n_marks combining marks (U+0301, “Zalgo” text). */
static char *
stacked_marks (guint       n_marks,
               const char *after)
{
  GString *text = g_string_new ("Z");

  for (guint i = 0; i < n_marks; i++)
    g_string_append (text, "\u0301");
  g_string_append (text, after);

  return g_string_free (text, FALSE);
}

/* Each visible label under @root showing a U+0301 draws within a line of
 * its own box; returns how many there are. */
static guint
assert_marked_labels_in_their_box (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n_marked = 0;

  ui_test_collect_visible (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      PangoLayout *layout;
      PangoRectangle ink;
      PangoRectangle logical;
      PangoLayoutIter *iter;
      int line_height;

      if (strstr (gtk_label_get_text (label), "\u0301") == NULL)
        continue;
      n_marked++;
      layout = gtk_label_get_layout (label);
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      /* A line's height: the label may wrap to several. */
      iter = pango_layout_get_iter (layout);
      {
        PangoRectangle line;

        pango_layout_iter_get_line_extents (iter, NULL, &line);
        line_height = PANGO_PIXELS (line.height);
      }
      pango_layout_iter_free (iter);
      g_test_message ("label “%.20s…”: ink %d+%d, logical %d+%d, line %d", gtk_label_get_text (label),
                      ink.y, ink.height, logical.y, logical.height, line_height);
      g_assert_cmpint (ink.y, >=, logical.y - line_height);
      g_assert_cmpint (ink.y + ink.height, <=, logical.y + logical.height + line_height);
    }

  return n_marked;
}

/* A custom exercise whose instructions are one letter and thousands of
 * combining marks (exercises.json edited by hand): its page's setup and
 * movement paragraphs drew a tower of accents over the page above them,
 * where its heading keeps at most four marks on a letter since session
 * 34. A paragraph keeps as many (regimen_text_few_lines()). */
static void
test_exercise_page_paragraph_marks (void)
{
  RegimenWindow *window = ui_test_open_wide_window (app);
  RegimenLibraryView *view = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_LIBRARY_VIEW);
  g_autoptr(RegimenExercise) custom = regimen_exercise_new_custom ("custom-zalgo", "Zalgo press",
                                                                   REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autofree char *setup = stacked_marks (9999, " stand tall.");
  g_autofree char *movement = stacked_marks (9999, "\npress up.");
  RegimenExerciseDetail *detail = regimen_exercise_detail_new (GTK_WINDOW (window),
                                                               regimen_library_view_get_library (view));

  regimen_exercise_set_instructions (custom, setup, movement, NULL);
  regimen_exercise_detail_set_exercise (detail, custom);
  gtk_window_set_default_size (GTK_WINDOW (detail), 560, 600);
  gtk_window_present (GTK_WINDOW (detail));
  ui_test_wait_for_frames (GTK_WIDGET (detail), 2);

  /* The setup's and the movement's. */
  g_assert_cmpuint (assert_marked_labels_in_their_box (GTK_WIDGET (detail)), >=, 2);

  gtk_window_destroy (GTK_WINDOW (detail));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

#define STAGE_BODY \
  "\"category\":\"core\",\"primary_muscles\":[\"abdominals\"],\"equipment\":[\"mat\"],\"level\":1," \
  "\"instructions\":{\"setup\":\"a\",\"movement\":\"b\",\"breathing\":\"c\"}"

/* The progression's stages on an exercise's page, each a row with the
 * stage's name: a name of one letter and thousands of marks drew above
 * the rows before it. Each is shown on one line, four marks at most on a
 * letter, as the page's heading. The library is read from a text whose
 * middle stage has such a name. */
static void
test_exercise_page_stage_marks (void)
{
  RegimenWindow *window = ui_test_open_wide_window (app);
  /* As many as a library's name holds (10,000 characters). */
  g_autofree char *name = stacked_marks (5000, " hold");
  g_autofree char *json = g_strdup_printf (
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    "{\"id\":\"stage-a\",\"name\":\"Stage A\"," STAGE_BODY ",\"progression\":{\"previous\":null,\"next\":\"stage-b\"}},"
    "{\"id\":\"stage-b\",\"name\":\"%s\"," STAGE_BODY ",\"progression\":{\"previous\":\"stage-a\",\"next\":\"stage-c\"}},"
    "{\"id\":\"stage-c\",\"name\":\"Stage C\"," STAGE_BODY ",\"progression\":{\"previous\":\"stage-b\",\"next\":null}}]}",
    name);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) library = regimen_library_new_from_bytes (bytes, &error);
  RegimenExerciseDetail *detail;

  g_assert_no_error (error);
  detail = regimen_exercise_detail_new (GTK_WINDOW (window), library);
  regimen_exercise_detail_set_exercise (detail, regimen_library_lookup (library, "stage-a"));
  gtk_window_set_default_size (GTK_WINDOW (detail), 560, 900);
  gtk_window_present (GTK_WINDOW (detail));
  ui_test_wait_for_frames (GTK_WIDGET (detail), 2);

  /* The next stage's row. */
  g_assert_cmpuint (assert_marked_labels_in_their_box (GTK_WIDGET (detail)), >=, 1);

  gtk_window_destroy (GTK_WINDOW (detail));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The control under @widget whose accessible name is @label. */
static GtkWidget *
find_labelled (GtkWidget  *widget,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_EDITABLE (child) && !GTK_IS_TEXT (child)
          && gtk_test_accessible_check_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 label) == NULL)
        return child;
      if ((found = find_labelled (child, label)) != NULL)
        return found;
    }

  return NULL;
}

/* @text typed into @entry with real keys, after its own text was rubbed
 * out with BackSpace. */
static void
type_keys (GtkWidget  *entry,
           const char *text)
{
  gtk_widget_grab_focus (entry);
  ui_test_iterate_until_idle ();
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  while (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    ui_test_press_key (entry, GDK_KEY_BackSpace);
  for (const char *p = text; *p != '\0'; p++)
    ui_test_press_key (entry, *p == '.' ? GDK_KEY_period : *p == ',' ? GDK_KEY_comma : GDK_KEY_0 + (*p - '0'));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, text);
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return TRUE;

  return FALSE;
}

/* Monday's squat, 3 × 5, to log; nothing logged yet. */
static RegimenPlan *
new_squat_plan (void)
{
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_data (
    "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Log\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"mon\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"squat\",\"exercise\":\"barbell-back-squat\",\"sets\":3,\"reps\":5}]}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}", -1, &error);

  g_assert_no_error (error);

  return plan;
}

static GtkWidget *
open_log_form (RegimenPlan *plan)
{
  GtkWidget *form = regimen_log_form_new (NULL, plan, regimen_plan_find_session_by_id (plan, "mon"),
                                          regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG);

  gtk_window_present (GTK_WINDOW (form));
  ui_test_iterate_until_idle ();
  ui_test_wait_for_frames (form, 2);

  return form;
}

/* The load logged of the squat's first set, or a negative number. */
static double
logged_load (RegimenPlan *plan)
{
  const RegimenSessionLog *log = regimen_session_get_log (regimen_plan_find_session_by_id (plan, "mon"));
  const RegimenItemLog *squat = log != NULL ? regimen_session_log_find_item (log, "squat") : NULL;

  return squat != NULL && squat->sets->len > 0 ? g_array_index (squat->sets, RegimenSetLog, 0).load : -1;
}

/* Under German numbers a load typed “1.100” was logged as 1.1 kg, where
 * a German reads one thousand one hundred (the point groups thousands).
 * It may be either: it is refused, naming the set, both readings and how
 * to write a load with decimals, and nothing is logged; 1100 typed then
 * is logged as such. */
static void
test_german_point_and_three_digits_refused (void)
{
  g_autoptr(RegimenPlan) plan = new_squat_plan ();
  g_autofree char *numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  GtkWidget *form;
  GtkWidget *load;
  gboolean shown;

  /* build-aux/dev makes the locale where it is missing. */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("no de_DE.UTF-8 locale (localedef -i de_DE -f UTF-8 de_DE.UTF-8)");
      return;
    }
  form = open_log_form (plan);
  load = find_labelled (form, "Barbell Back Squat, set 1, load in kg");
  g_assert_nonnull (load);
  type_keys (load, "1.100");
  g_assert_true (gtk_widget_activate_action (form, "log.save", NULL));
  ui_test_iterate_until_idle ();
  shown = shows_label (form, "Barbell Back Squat, set 1: 1.100 may be 1100 or 1,1; write a load with decimals as 62,5");
  g_assert_false (regimen_plan_can_undo (plan));
  g_assert_cmpfloat (logged_load (plan), <, 0);

  type_keys (load, "1100");
  g_assert_true (gtk_widget_activate_action (form, "log.save", NULL));
  ui_test_iterate_until_idle ();
  setlocale (LC_NUMERIC, numeric);
  g_assert_true (shown);
  g_assert_cmpfloat (logged_load (plan), ==, 1100);
}

/* Where the point is the decimal mark (C, English), “1.100” is 1.1, as
 * before. */
static void
test_english_point_and_three_digits_read (void)
{
  g_autoptr(RegimenPlan) plan = new_squat_plan ();
  GtkWidget *form = open_log_form (plan);
  GtkWidget *load = find_labelled (form, "Barbell Back Squat, set 1, load in kg");

  g_assert_nonnull (load);
  type_keys (load, "1.100");
  g_assert_true (gtk_widget_activate_action (form, "log.save", NULL));
  ui_test_iterate_until_idle ();
  g_assert_cmpfloat (logged_load (plan), ==, 1.1);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-35-left/save-as-copy-takes-saved-text",
                   test_save_as_copy_takes_saved_text);
  g_test_add_func ("/ui/hostile-35-left/exercise-page-paragraph-marks",
                   test_exercise_page_paragraph_marks);
  g_test_add_func ("/ui/hostile-35-left/exercise-page-stage-marks",
                   test_exercise_page_stage_marks);
  g_test_add_func ("/ui/hostile-35-left/german-point-and-three-digits-refused",
                   test_german_point_and_three_digits_refused);
  g_test_add_func ("/ui/hostile-35-left/english-point-and-three-digits-read",
                   test_english_point_and_three_digits_read);

  return g_test_run ();
}
