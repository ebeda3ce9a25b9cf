/* test-hostile-33a.c
 *
 * Issue 21, adversarial pass 33a (hostile files): what a plan's texts at
 * their limits show in the window.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-row.h"
#include "regimen-session-card.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *data_home;

/* The texts of the labels of the session cards shown on @day, in order. */
static GPtrArray *
card_texts (RegimenWindow *window,
            guint          day)
{
  RegimenDayColumn *column = regimen_week_view_get_day_column (regimen_window_get_week_view (window), day);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  ui_test_collect_visible (GTK_WIDGET (column), REGIMEN_TYPE_SESSION_CARD, cards);
  for (guint i = 0; i < cards->len; i++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      ui_test_collect_visible (g_ptr_array_index (cards, i), GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        g_ptr_array_add (texts, g_strdup (gtk_label_get_label (g_ptr_array_index (labels, j))));
    }
  return texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  return FALSE;
}

/* A plan file whose session is titled with a zero-width space (pasted
 * from a web page, or a file edited by hand): its card is titled with
 * the session's kind, as a card of a session without a title is, and as
 * a week's label of such characters is shown as none. The card's title
 * was a blank line above “Strength · RPE 7 · 45 min”. */
static void
test_session_title_that_shows_nothing (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "blank.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = fixture_read ("plans", "one-week.json", NULL);
  g_autoptr(GString) hostile = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) monday = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan;

  g_assert_cmpuint (g_string_replace (hostile, "\"title\": \"Lower body A\"", "\"title\": \"\\u200b\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, hostile->str, hostile->len, &error));
  g_assert_no_error (error);

  plan = ui_test_show_file (window, file);
  g_assert_cmpstr (regimen_session_get_title (regimen_plan_get_session (plan, 0, 0, 0)), ==, "\u200b");

  monday = card_texts (window, 0);
  g_assert_true (has_text (monday, "Strength"));
  g_assert_false (has_text (monday, "\u200b"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Custom exercises named only with what shows nothing, in an
 * exercises.json edited by hand (a zero-width space, two line breaks,
 * spaces): each is named by its id in the library's row and on the
 * week's card, where the row and the card showed a blank name. The file
 * keeps the names. */
static void
test_exercise_name_that_shows_nothing (void)
{
  static const char exercises[] =
    "{\"format\": \"regimen-exercises\", \"version\": 1, \"exercises\": ["
    "{\"id\": \"custom-zw\", \"name\": \"\\u200b\", \"category\": \"strength\"},"
    "{\"id\": \"custom-nl\", \"name\": \"\\n\\n\", \"category\": \"strength\"},"
    "{\"id\": \"custom-sp\", \"name\": \"   \", \"category\": \"strength\"}]}";
  static const char * const ids[] = { "custom-zw", "custom-nl", "custom-sp" };
  g_autofree char *folder = g_build_filename (data_home, "regimen", NULL);
  g_autofree char *exercises_path = g_build_filename (folder, "exercises.json", NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "custom.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = fixture_read ("plans", "one-week.json", NULL);
  g_autoptr(GString) plan_text = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) monday = NULL;
  RegimenLibrary *library = regimen_library_get_default ();
  RegimenWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (exercises_path, exercises, -1, &error));
  g_assert_no_error (error);
  g_assert_true (regimen_custom_exercises_load (library, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RegimenExercise *exercise = regimen_library_lookup (library, ids[i]);
      GtkWidget *row = g_object_ref_sink (regimen_exercise_row_new ());
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      g_assert_nonnull (exercise);
      g_assert_false (regimen_text_shows_something (regimen_exercise_get_name (exercise)));
      regimen_exercise_row_set_exercise (REGIMEN_EXERCISE_ROW (row), exercise);
      ui_test_collect (row, GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        g_ptr_array_add (texts, (gpointer) gtk_label_get_label (g_ptr_array_index (labels, j)));
      g_assert_true (has_text (texts, ids[i]));
      g_object_unref (row);
    }

  g_assert_cmpuint (g_string_replace (plan_text, "\"narrow-stance-squat\"", "\"custom-zw\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (plan_text, "\"single-leg-high-knee-hold\"", "\"custom-nl\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, plan_text->str, plan_text->len, &error));
  g_assert_no_error (error);

  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  monday = card_texts (window, 0);
  g_assert_true (has_text (monday, "1a custom-zw"));
  g_assert_true (has_text (monday, "custom-nl"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-33a/session-title-that-shows-nothing", test_session_title_that_shows_nothing);
  g_test_add_func ("/ui/hostile-33a/exercise-name-that-shows-nothing", test_exercise_name_that_shows_nothing);

  return g_test_run ();
}
