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
#include "regimen-session-card.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

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

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-33a/session-title-that-shows-nothing", test_session_title_that_shows_nothing);

  return g_test_run ();
}
