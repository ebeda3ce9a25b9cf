/* test-hostile-43c.c
 *
 * Issue 21, session 43: what passes 42b and 42c left in the window — a
 * progression rule in a block's last week kept where `regimen-cli
 * progress` refuses it, and a rule cut short by its block said as if
 * whole.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-item-editor.h"
#include "regimen-item-row.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The squat of four-week.json's week 2, Monday. */
#define SQUAT_WEEK_2 "otuwlimgq5"

static gboolean
on_wait_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The text of a toast @window shows, or NULL. */
static const char *
toast_text (RegimenWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (GTK_LABEL (label));

      if (*text != '\0' && gtk_widget_get_ancestor (label, g_type_from_name ("AdwToastWidget")) != NULL)
        return text;
    }

  return NULL;
}

/* Turns the main loop until @window shows a toast and returns its text;
 * NULL if none shows within UI_TEST_WAIT_USEC. */
static const char *
wait_for_toast (RegimenWindow *window)
{
  gboolean over = FALSE;
  guint timeout = g_timeout_add (ui_test_wait_usec () / 1000, on_wait_over, &over);
  const char *text;

  while ((text = toast_text (window)) == NULL && !over)
    g_main_context_iteration (NULL, TRUE);
  if (!over)
    g_source_remove (timeout);

  return text;
}

static GtkWidget *
find_item_row (RegimenWindow *window,
               RegimenItem   *item)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (regimen_item_row_get_item (g_ptr_array_index (rows, i)) == item)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* @plan (four-week.json in a block) in a window on week 2, and week 2's
 * squat's editor open at its Progression part: the rule “add reps”
 * chosen for four weeks and applied, as a person sets it. Returns the
 * editor. */
static GtkWidget *
set_rule_in_week_2 (RegimenPlan    *plan,
                    RegimenWindow **window)
{
  RegimenItem *squat = regimen_plan_find_item_by_id (plan, SQUAT_WEEK_2);
  GtkWidget *row, *editor;

  *window = ui_test_open_window_with_plan (app, plan, NULL);
  regimen_week_view_set_week (regimen_window_get_week_view (*window), 1);
  ui_test_iterate_until_idle ();
  row = find_item_row (*window, squat);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  g_assert_nonnull (editor);
  gtk_expander_set_expanded (GTK_EXPANDER (ui_test_find_first (editor, GTK_TYPE_EXPANDER)), TRUE);
  /* Add 1 repetition each week, for 4 weeks. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_named (editor, GTK_TYPE_DROP_DOWN, "Each week")), 4);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By")), 1);
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Weeks")), "4");
  g_signal_emit_by_name (find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();

  return editor;
}

/* A rule set in the item editor on an exercise of a block's last week
 * writes no week: the window kept it on the exercise, “Barbell Back
 * Squat keeps its rule; its block has no later week to write”, a rule
 * `regimen-cli progress` refuses. The core refuses it for both now: the
 * toast says why, in the words the command line prints, and the plan is
 * byte for byte as it was, nothing to undo. */
static void
test_rule_in_block_last_week_refused (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  RegimenWindow *window;
  GtkWidget *editor;

  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "Base", NULL, 2));
  regimen_plan_mark_saved (plan);
  before = regimen_plan_to_bytes (plan);

  editor = set_rule_in_week_2 (plan, &window);
  g_assert_cmpstr (wait_for_toast (window), ==,
                   "Week 2’s barbell-back-squat is in the last week of block “Base”: a rule writes the weeks "
                   "after it in the block, and there are none.");
  g_assert_null (regimen_item_get_progression (regimen_plan_find_item_by_id (plan, SQUAT_WEEK_2)));
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (regimen_plan_get_modified (plan));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A rule of four weeks in week 2 of a block of three writes one week:
 * the toast said “progressed over the next week” alone; it says the
 * block's end now, in the core's words `regimen-cli progress` prints. */
static void
test_rule_cut_by_block_said (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
  RegimenWindow *window;
  GtkWidget *editor;

  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "Base", NULL, 3));
  editor = set_rule_in_week_2 (plan, &window);
  g_assert_cmpstr (wait_for_toast (window), ==,
                   "Barbell Back Squat progressed over the next week: block “Base” ends at week 3");
  g_assert_nonnull (regimen_item_get_progression (regimen_plan_find_item_by_id (plan, SQUAT_WEEK_2)));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-43c/rule-in-block-last-week-refused", test_rule_in_block_last_week_refused);
  g_test_add_func ("/ui/hostile-43c/rule-cut-by-block-said", test_rule_cut_by_block_said);

  return g_test_run ();
}
