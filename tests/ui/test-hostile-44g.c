/* test-hostile-44g.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, pass 44g: what the drag-and-drop pass (44a) left. The
 * keyboard's ways to add an exercise into a session or day already at
 * the core's limits, pressed as a person presses them, and a chip of the
 * plan overview dragged onto a full day by the pointer (XTest). */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-row.h"
#include "regimen-overview-row.h"
#include "regimen-plan-overview.h"
#include "regimen-session-chip.h"
#include "regimen-session-card.h"
#include "regimen-week-view.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The two-weeks fixture with Monday as @fill makes it, in a window of
 * 1280×800. */
static RegimenWindow *
open_with_monday (UiTestMondayFill fill)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");

  return ui_test_open_window_with_full_monday (app, plan, fill);
}

/* The card of @window's week showing the first session of Monday. */
static GtkWidget *
monday_card (RegimenWindow *window)
{
  RegimenSession *session = regimen_day_get_session (regimen_plan_get_day (regimen_window_get_plan (window), 0, 0), 0);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();

  ui_test_collect_visible (GTK_WIDGET (window), REGIMEN_TYPE_SESSION_CARD, cards);
  for (guint i = 0; i < cards->len; i++)
    if (regimen_session_card_get_session (g_ptr_array_index (cards, i)) == session)
      return g_ptr_array_index (cards, i);

  g_error ("no card shows Monday's session");
  return NULL;
}

/* Focuses the first exercise of @window's library on screen, as Tab and
 * the arrows bring a person there, and returns it. */
static RegimenExercise *
focus_library_row (RegimenWindow *window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ui_test_collect_visible (GTK_WIDGET (window), REGIMEN_TYPE_EXERCISE_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_mapped (row))
        {
          g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (row)));
          ui_test_iterate_until_idle ();
          return regimen_exercise_row_get_exercise (REGIMEN_EXERCISE_ROW (row));
        }
    }

  g_error ("the library shows no exercise");
  return NULL;
}

/* Ctrl+1 on a library row after Monday's session of 100 exercises was
 * focused: the window added nothing and said nothing, where a drop there
 * is refused as the pointer comes. It says why. */
static void
test_control_key_into_full_session (void)
{
  RegimenWindow *window = open_with_monday (UI_TEST_MONDAY_FULL_OF_EXERCISES);
  RegimenPlan *plan = regimen_window_get_plan (window);
  RegimenSession *session = regimen_day_get_session (regimen_plan_get_day (plan, 0, 0), 0);
  g_autoptr(GBytes) before = regimen_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *expected = g_strdup_printf ("%s on Monday already holds 100 exercises, the most a session can hold",
                                               regimen_session_get_display_title (session));
  int day = -1;

  g_assert_true (gtk_widget_grab_focus (monday_card (window)));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_week_view_get_target (regimen_window_get_week_view (window), &day) == session);
  g_assert_cmpint (day, ==, 0);
  focus_library_row (window);

  ui_test_send_control_key (GTK_WINDOW (window), GDK_KEY_1);

  g_assert_cmpstr (ui_test_wait_for_toast (window, NULL), ==, expected);
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (regimen_session_get_n_items (session), ==, REGIMEN_SESSION_MAX_ITEMS);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Ctrl+1 on a library row with no session or day of the week focused
 * yet starts a new session on Monday, which holds 20: nothing, without
 * a word. It says why. */
static void
test_control_key_into_full_day (void)
{
  RegimenWindow *window = open_with_monday (UI_TEST_MONDAY_FULL_OF_SESSIONS);
  RegimenPlan *plan = regimen_window_get_plan (window);
  g_autoptr(GBytes) before = regimen_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;
  int day = -1;

  focus_library_row (window);
  g_assert_null (regimen_week_view_get_target (regimen_window_get_week_view (window), &day));

  ui_test_send_control_key (GTK_WINDOW (window), GDK_KEY_1);

  g_assert_cmpstr (ui_test_wait_for_toast (window, NULL), ==,
                   "Monday already holds 20 sessions, the most a day can hold");
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The first item of a library row's "Add to" menu, into the session
 * focused last, chosen with Enter: the same silence, the same answer. */
static void
test_add_to_target_into_full_session (void)
{
  RegimenWindow *window = open_with_monday (UI_TEST_MONDAY_FULL_OF_EXERCISES);
  RegimenPlan *plan = regimen_window_get_plan (window);
  RegimenSession *session = regimen_day_get_session (regimen_plan_get_day (plan, 0, 0), 0);
  g_autoptr(GBytes) before = regimen_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *expected = g_strdup_printf ("%s on Monday already holds 100 exercises, the most a session can hold",
                                               regimen_session_get_display_title (session));
  RegimenExercise *exercise;

  g_assert_true (gtk_widget_grab_focus (monday_card (window)));
  ui_test_iterate_until_idle ();
  exercise = focus_library_row (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-exercise-to-target", "s",
                                             regimen_exercise_get_id (exercise)));

  g_assert_cmpstr (ui_test_wait_for_toast (window, NULL), ==, expected);
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The chip of @window's overview showing the first session of @day of
 * @week. */
static GtkWidget *
overview_chip (RegimenPlanOverview *overview,
               guint                week,
               guint                day)
{
  GtkWidget *row = regimen_plan_overview_get_row (overview, week);
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();

  g_assert_nonnull (row);
  ui_test_collect_visible (regimen_overview_row_get_day_box (REGIMEN_OVERVIEW_ROW (row), day),
                           REGIMEN_TYPE_SESSION_CHIP, chips);
  g_assert_cmpuint (chips->len, >, 0);

  return g_ptr_array_index (chips, 0);
}

/* Wednesday's chip of the plan overview dragged onto Monday of 20
 * sessions: the day drew its mark, took the drop, and the core, which
 * keeps a day to 20, left the session where it was, without a word. The
 * day refuses it as the pointer comes, as the week view's day does; onto
 * Thursday, which has room, the same drag moves it. */
static void
test_overview_chip_onto_full_day_refused (void)
{
  RegimenWindow *window;
  RegimenPlan *plan;
  RegimenPlanOverview *overview;
  RegimenSession *wednesday;
  GtkWidget *monday_box, *thursday_box;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  gboolean marked, refused;

  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("the pointer is moved through XTest");
      return;
    }

  window = open_with_monday (UI_TEST_MONDAY_FULL_OF_SESSIONS);
  plan = regimen_window_get_plan (window);
  wednesday = regimen_day_get_session (regimen_plan_get_day (plan, 0, 2), 0);
  g_assert_nonnull (wednesday);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "overview"));
  overview = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_PLAN_OVERVIEW);
  g_assert_nonnull (overview);
  ui_test_iterate_until_idle ();
  ui_test_wait_for_frames (GTK_WIDGET (overview), 2);
  monday_box = regimen_overview_row_get_day_box (REGIMEN_OVERVIEW_ROW (regimen_plan_overview_get_row (overview, 0)), 0);
  thursday_box = regimen_overview_row_get_day_box (REGIMEN_OVERVIEW_ROW (regimen_plan_overview_get_row (overview, 0)), 3);
  before = regimen_plan_to_bytes (plan);

  refused = ui_test_drag_onto_at (overview_chip (overview, 0, 2), monday_box, 8, "drop-day", &marked);

  g_assert_false (marked);
  g_assert_true (refused);
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));

  /* The drag reaches the row: onto a day with room it moves. */
  refused = ui_test_drag_onto_at (overview_chip (overview, 0, 2), thursday_box, 8, "drop-day", &marked);

  g_assert_true (marked);
  g_assert_false (refused);
  g_assert_true (regimen_day_get_session (regimen_plan_get_day (plan, 0, 3), 0) == wednesday);
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (plan, 0, 0)), ==, REGIMEN_DAY_MAX_SESSIONS);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-44g/control-key-into-full-session", test_control_key_into_full_session);
  g_test_add_func ("/ui/hostile-44g/control-key-into-full-day", test_control_key_into_full_day);
  g_test_add_func ("/ui/hostile-44g/add-to-target-into-full-session", test_add_to_target_into_full_session);
  g_test_add_func ("/ui/hostile-44g/overview-chip-onto-full-day-refused", test_overview_chip_onto_full_day_refused);

  return g_test_run ();
}
