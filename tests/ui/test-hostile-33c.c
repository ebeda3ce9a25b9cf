/* test-hostile-33c.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, adversarial pass 33c: hostile files met through the window —
 * texts at their longest in a plan and in exercises.json. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-exercise-detail.h"
#include "regimen-library-view.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Words, @n_chars characters in all. */
static char *
long_words (guint n_chars)
{
  GString *text = g_string_sized_new (n_chars);

  while (text->len < n_chars)
    g_string_append (text, "superset ");
  g_string_truncate (text, n_chars);

  return g_string_free (text, FALSE);
}

/* A custom exercise whose setup and cue are of 10,000 characters each,
 * as exercises.json may hold them: its page kept the window from
 * drawing for seconds (twenty such cues, for more than a minute), GTK
 * measuring each wrapped label, its text whole, many times over. The
 * page shows each instruction and cue to its first 1,000 characters. */
static void
test_detail_long_texts_cut (void)
{
  RegimenWindow *window = ui_test_open_wide_window (app);
  RegimenLibraryView *view = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_LIBRARY_VIEW);
  g_autoptr(RegimenExercise) custom = regimen_exercise_new_custom ("custom-long", "Long",
                                                                   REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autofree char *words = long_words (10000);
  const char * const cues[] = { words, NULL };
  RegimenExerciseDetail *detail;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint n_cut = 0;

  regimen_exercise_set_instructions (custom, words, "Squat.", "Breathe.");
  regimen_exercise_set_cues (custom, cues);
  detail = regimen_exercise_detail_new (GTK_WINDOW (window), regimen_library_view_get_library (view));
  regimen_exercise_detail_set_exercise (detail, custom);
  gtk_window_present (GTK_WINDOW (detail));
  ui_test_wait_for_frames (GTK_WIDGET (detail), 2);

  ui_test_collect_visible (GTK_WIDGET (detail), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = gtk_label_get_label (g_ptr_array_index (labels, i));

      g_assert_cmpint (g_utf8_strlen (label, -1), <=, 1000);
      if (g_str_has_prefix (label, "superset superset") && g_str_has_suffix (label, "…"))
        n_cut++;
    }
  /* The setup and the cue, each its start. */
  g_assert_cmpuint (n_cut, ==, 2);
  ui_test_collect_visible (GTK_WIDGET (detail), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (g_utf8_strlen (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), -1), <=, 1000);

  gtk_window_destroy (GTK_WINDOW (detail));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-33c/detail-long-texts-cut", test_detail_long_texts_cut);

  return g_test_run ();
}
