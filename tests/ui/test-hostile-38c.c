/* test-hostile-38c.c
 *
 * Issue 21, adversarial pass 38c on the window: plan text in a script
 * written right to left.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-item-row.h"
#include "regimen-week-view.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The shown label of @window whose text holds @part, or %NULL. */
static GtkLabel *
find_label_holding (RegimenWindow *window,
                    const char    *part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect_visible (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), part) != NULL)
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* A window showing the plan written as @json. */
static RegimenWindow *
open_plan_text (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, &error);

  g_assert_no_error (error);
  return ui_test_open_window_with_plan (app, plan, NULL);
}

/* Where the character at @part in @label's text is drawn, from the left. */
static int
x_of (GtkLabel   *label,
      const char *part)
{
  const char *text = pango_layout_get_text (gtk_label_get_layout (label));
  const char *at = strstr (text, part);
  PangoRectangle position;

  g_assert_nonnull (at);
  pango_layout_index_to_pos (gtk_label_get_layout (label), at - text, &position);

  /* A character of a right-to-left run has its start on its right. */
  return MIN (position.x, position.x + position.width);
}

/* Adversarial pass 38c: a week labelled in Hebrew (“שבוע קל”, a lighter
 * week) made the line under the week's heading right to left, and the
 * week's dates after the label were taken into its run: “16 Nov – 22
 * Nov 2026” read “Nov – 22 Nov 2026 16 · שבוע קל”, the day put after the
 * year. The label keeps its own direction, the line the window's. */
static void
test_right_to_left_label_keeps_dates_in_order (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-16\","
                     "\"weeks\":[{\"label\":\"שבוע קל\",\"days\":[{\"sessions\":[{\"kind\":\"strength\","
                     "\"rpe\":5,\"minutes\":40}]},{},{},{},{},{},{}]}]}";
  RegimenWindow *window;
  GtkLabel *line;

  window = open_plan_text (json);
  line = find_label_holding (window, "22 Nov 2026");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (gtk_label_get_text (line), "שבוע קל"));

  /* Left to right as the window is: the label first, then the day, the
   * month and the last day, in the order they are written. */
  g_assert_cmpint (x_of (line, "שבוע"), <, x_of (line, "16 Nov"));
  g_assert_cmpint (x_of (line, "16 Nov"), <, x_of (line, "Nov –"));
  g_assert_cmpint (x_of (line, "Nov –"), <, x_of (line, "22 Nov"));
  g_assert_cmpint (x_of (line, "22 Nov"), <, x_of (line, "2026"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adversarial pass 38c: a week's label of a few sentences filled the
 * line under the week's heading, whose “…” then took the week's dates:
 * the header no longer said which days the week was. The label is cut
 * before them, and the line is shown whole in the window. */
static void
test_long_label_leaves_dates_in_sight (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-16\","
                     "\"weeks\":[{\"label\":\"Deload week: keep every load at sixty percent, move well, "
                     "sleep eight hours and walk daily\",\"days\":[{},{},{},{},{},{},{}]}]}";
  RegimenWindow *window;
  GtkLabel *line;
  const char *text;

  window = open_plan_text (json);
  line = find_label_holding (window, "Deload week");
  g_assert_nonnull (line);
  text = gtk_label_get_text (line);
  g_assert_true (g_str_has_prefix (text, "Deload week: keep every load"));
  g_assert_nonnull (strstr (text, "… · 16 Nov – 22 Nov 2026"));
  g_assert_true (g_str_has_suffix (text, "22 Nov 2026"));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (line)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adversarial pass 38c: a block named in Hebrew (“שלב א”, stage one)
 * made the block's line under the week's heading right to left, its
 * place in the block before its name, “week 1 of 2 · שלב א”. */
static void
test_right_to_left_block_name_before_its_place (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-16\","
                     "\"blocks\":[{\"name\":\"שלב א\",\"weeks\":2}],"
                     "\"weeks\":[{\"days\":[{},{},{},{},{},{},{}]},{\"days\":[{},{},{},{},{},{},{}]}]}";
  RegimenWindow *window;
  GtkLabel *line;

  window = open_plan_text (json);
  line = find_label_holding (window, "week 1 of 2");
  g_assert_nonnull (line);

  g_assert_cmpint (x_of (line, "שלב"), <, x_of (line, "week 1 of 2"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adversarial pass 38c: in Copy Week To, a week of a block named in
 * Hebrew read “week 2 of 2 · שלב א”, a trained one “trained · שבוע קל”,
 * the words after the name put before it. */
static void
test_right_to_left_names_in_copy_week_to (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-16\","
                     "\"blocks\":[{\"name\":\"שלב א\",\"weeks\":2}],"
                     "\"weeks\":[{\"days\":[{},{},{},{},{},{},{}]},{\"days\":[{},{},{},{},{},{},{}]},"
                     "{\"label\":\"שבוע קל\",\"days\":[{\"sessions\":[{\"kind\":\"strength\",\"rpe\":5,"
                     "\"minutes\":40,\"log\":{\"status\":\"done\"}}]},{},{},{},{},{},{}]}]}";
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkLabel *block_line = NULL;
  GtkLabel *trained_line = NULL;

  window = open_plan_text (json);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-week-to", NULL));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  ui_test_wait_for_frames (GTK_WIDGET (dialog), 2);

  ui_test_collect_visible (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (strstr (text, "week 2 of 2") != NULL)
        block_line = g_ptr_array_index (labels, i);
      else if (strstr (text, "trained") != NULL)
        trained_line = g_ptr_array_index (labels, i);
    }
  g_assert_nonnull (block_line);
  g_assert_nonnull (trained_line);

  g_assert_cmpint (x_of (block_line, "שלב"), <, x_of (block_line, "week 2 of 2"));
  g_assert_cmpint (x_of (trained_line, "שבוע"), <, x_of (trained_line, "trained"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adversarial pass 38c: the tooltip of an exercise of one's own named in
 * Hebrew (“כפיפות”, push-ups), the pointer on its row, read “10 × 3”
 * where the week said 3 × 10: the name made the line right to left and
 * took the prescription's numbers into its run. */
static void
test_right_to_left_name_keeps_prescription_in_order (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":[{\"sessions\":["
                     "{\"kind\":\"strength\",\"rpe\":5,\"minutes\":40,\"items\":[{\"exercise\":\"custom-kfifot\","
                     "\"sets\":3,\"reps\":10}]}]},{},{},{},{},{},{}]}]}";
  RegimenLibrary *library = regimen_library_get_default ();
  g_autoptr(RegimenExercise) exercise = regimen_exercise_new_custom ("custom-kfifot", "כפיפות",
                                                                     REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  RegimenWindow *window;
  GtkLabel *tooltip;

  regimen_custom_exercises_add (library, exercise, &error);
  g_assert_no_error (error);
  window = open_plan_text (json);
  ui_test_collect_visible (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 1);

  ui_test_hover (g_ptr_array_index (rows, 0));
  tooltip = ui_test_wait_for_tooltip (GTK_WIDGET (window), NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (tooltip), "כפיפות"));

  /* Left to right as the window is: the name, then three sets of ten. */
  g_assert_cmpint (x_of (tooltip, "כפיפות"), <, x_of (tooltip, "3 "));
  g_assert_cmpint (x_of (tooltip, "3 "), <, x_of (tooltip, "10"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-38c/right-to-left-label-keeps-dates-in-order",
                   test_right_to_left_label_keeps_dates_in_order);
  g_test_add_func ("/ui/hostile-38c/long-label-leaves-dates-in-sight", test_long_label_leaves_dates_in_sight);
  g_test_add_func ("/ui/hostile-38c/right-to-left-block-name-before-its-place",
                   test_right_to_left_block_name_before_its_place);
  g_test_add_func ("/ui/hostile-38c/right-to-left-names-in-copy-week-to",
                   test_right_to_left_names_in_copy_week_to);
  g_test_add_func ("/ui/hostile-38c/right-to-left-name-keeps-prescription-in-order",
                   test_right_to_left_name_keeps_prescription_in_order);

  return g_test_run ();
}
