/* test-hostile-43a.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pass 43a of issue 21: what a person does in the window. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-item-editor.h"
#include "regimen-item-row.h"
#include "regimen-log-form.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *data_home;

static GtkWidget *
open_item_editor (RegimenWindow *window,
                  RegimenItem   *item)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *row = NULL;
  GtkWidget *editor;

  ui_test_collect (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (regimen_item_row_get_item (g_ptr_array_index (rows, i)) == item)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  ui_test_iterate_until_idle ();
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (editor));

  return editor;
}

/* Saves @window's plan to its file and reads the file back as Open
 * does. */
static RegimenPlan *
save_and_read_back (RegimenWindow *window,
                    GFile         *file)
{
  RegimenPlan *plan = regimen_window_get_plan (window);
  gint64 end = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  g_autoptr(GError) error = NULL;
  RegimenPlan *saved;

  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  while (regimen_plan_get_modified (plan))
    {
      AdwMessageDialog *dialog = ui_test_find_dialog (GTK_WINDOW (window));

      if (dialog != NULL)
        g_error ("asked: %s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  ui_test_iterate_until_idle ();

  saved = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  return saved;
}

/* The exercise editor takes 0 seconds of rest between an interval's
 * rounds (its field goes down to 0, and the plan check reads 0 as no
 * rest), but the plan's reader refused it: Rest between set to 0 and
 * saved, the plan no longer opened (“At $.weeks[0].days[2].sessions[0]
 * .items[0].interval.rest_seconds: must be from 1 to 3600, but it is
 * 0.”). An interval without rest opens again. */
static void
test_interval_without_rest_opens_again (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *dir = g_path_get_dirname (g_file_peek_path (file));
  g_autoptr(RegimenPlan) saved = NULL;
  const RegimenInterval *interval;
  RegimenWindow *window;
  RegimenPlan *plan;
  RegimenItem *burpee;
  GtkWidget *editor;
  GtkWidget *rest;

  window = ui_test_open_window (app);
  plan = ui_test_show_file (window, file);
  burpee = regimen_plan_get_item (plan, 0, 2, 0, 0);
  g_assert_cmpstr (regimen_item_get_exercise (burpee), ==, "burpee");
  g_assert_cmpuint (regimen_item_get_interval (burpee)->rest_seconds, ==, 60);

  /* Typed as a person types it: the number rubbed out, 0, Tab. */
  editor = open_item_editor (window, burpee);
  rest = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Rest between (s)");
  g_assert_nonnull (rest);
  gtk_widget_grab_focus (rest);
  gtk_editable_set_position (GTK_EDITABLE (rest), -1);
  while (*gtk_editable_get_text (GTK_EDITABLE (rest)) != '\0')
    ui_test_press_key (rest, GDK_KEY_BackSpace);
  ui_test_press_key (rest, GDK_KEY_0);
  ui_test_press_key (rest, GDK_KEY_Tab);
  g_assert_cmpuint (regimen_item_get_interval (burpee)->rest_seconds, ==, 0);
  gtk_popover_popdown (GTK_POPOVER (editor));
  ui_test_iterate_until_idle ();

  saved = save_and_read_back (window, file);
  interval = regimen_item_get_interval (regimen_plan_get_item (saved, 0, 2, 0, 0));
  g_assert_nonnull (interval);
  g_assert_cmpuint (interval->work_seconds, ==, 30);
  g_assert_cmpuint (interval->rest_seconds, ==, 0);
  g_assert_cmpuint (interval->rounds, ==, 8);

  ui_test_close_all_windows (app);
  ui_test_remove_tree (dir);
}

/* A custom exercise's interval may have no rest (exercises.json and the
 * exercise editor allow it); added to a week from the library, it made
 * the plan one that Save wrote and Open refused. */
static void
test_custom_interval_without_rest_opens_again (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *dir = g_path_get_dirname (g_file_peek_path (file));
  g_autoptr(RegimenExercise) shuttle = NULL;
  g_autoptr(RegimenPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  RegimenPrescription prescription = { .interval_work_seconds = 40, .interval_rounds = 6 };
  RegimenLibrary *library = regimen_library_get_default ();
  const RegimenInterval *interval;
  RegimenWindow *window;
  RegimenPlan *plan;
  RegimenDay *sunday;

  shuttle = regimen_exercise_new_custom ("custom-shuttle-43a", "Shuttle", REGIMEN_EXERCISE_CATEGORY_CONDITIONING);
  regimen_exercise_set_prescription (shuttle, &prescription);
  regimen_custom_exercises_add (library, shuttle, &error);
  g_assert_no_error (error);

  window = ui_test_open_window (app);
  plan = ui_test_show_file (window, file);
  sunday = regimen_plan_get_day (plan, 0, 6);
  g_assert_cmpuint (regimen_day_get_n_sessions (sunday), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-exercise-new-session", "(si)",
                                             "custom-shuttle-43a", 6));
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_day_get_n_sessions (sunday), ==, 1);

  saved = save_and_read_back (window, file);
  interval = regimen_item_get_interval (regimen_plan_get_item (saved, 0, 6, 0, 0));
  g_assert_nonnull (interval);
  g_assert_cmpuint (interval->work_seconds, ==, 40);
  g_assert_cmpuint (interval->rest_seconds, ==, 0);
  g_assert_cmpuint (interval->rounds, ==, 6);

  ui_test_close_all_windows (app);
  regimen_custom_exercises_remove (library, "custom-shuttle-43a", &error);
  g_assert_no_error (error);
  ui_test_remove_tree (dir);
}

/* An exercise's notes of one word of 10,000 letters (as long as a text
 * of the plan may be, pasted into the exercise's editor): the Log
 * Session form broke the word between letters to fit, which took GTK 11
 * to 15 seconds, the window frozen, before the form showed (a session
 * of a hundred such exercises, many minutes). The form shows the notes'
 * first 300 characters, and opens at once. */
static void
test_log_form_long_word_note (void)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autofree char *json = NULL;
  g_autofree char *start = NULL;
  RegimenWindow *window;
  GtkWindow *form;
  GtkLabel *label;
  const char *shown;

  for (guint i = 0; i < REGIMEN_TEXT_MAX_LENGTH; i++)
    g_string_append_c (word, 'a' + i % 26);
  json = g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Runs\","
                          "\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
                          "{\"sessions\":[{\"id\":\"run1\",\"title\":\"Run\",\"kind\":\"cardio\",\"rpe\":5,"
                          "\"items\":[{\"exercise\":\"easy-run\",\"reps\":4,\"notes\":\"%s\"}]}]},"
                          "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
                          "{\"sessions\":[]},{\"sessions\":[]}]}]}",
                          word->str);
  plan = regimen_plan_load_from_data (json, -1, &error);
  g_assert_no_error (error);

  window = ui_test_open_window_with_plan (app, plan, NULL);
  form = ui_test_open_log_form (window, "run1");
  label = ui_test_find_label_holding (GTK_WIDGET (form), "abcdefghijklmnopqrstuvwxyzabc");
  g_assert_nonnull (label);
  shown = gtk_label_get_label (label);
  g_assert_cmpint (g_utf8_strlen (shown, -1), ==, 300);
  g_assert_true (g_str_has_suffix (shown, "…"));
  start = g_strndup (word->str, 299);
  g_assert_true (g_str_has_prefix (shown, start));

  gtk_window_destroy (form);
  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  int result;

  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-43a/interval-without-rest-opens-again", test_interval_without_rest_opens_again);
  g_test_add_func ("/ui/hostile-43a/custom-interval-without-rest-opens-again",
                   test_custom_interval_without_rest_opens_again);

  g_test_add_func ("/ui/hostile-43a/log-form-long-word-note", test_log_form_long_word_note);

  result = g_test_run ();

  ui_test_remove_tree (data_home);
  g_clear_pointer (&data_home, g_free);

  return result;
}
