/* test-item-editor.c
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
#include "regimen-item-editor.h"
#include "regimen-plan-settings.h"
#include "regimen-session-editor.h"
#include "regimen-item-row.h"
#include "regimen-window.h"
#include "fixture-util.h"
#include "ui-test-util.h"

#define PLAN \
  "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Upper\",\"weeks\":[{\"days\":[" \
  "{\"sessions\":[{\"title\":\"Upper body\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":55,\"items\":[" \
  "{\"exercise\":\"glute-bridge\",\"sets\":2,\"reps\":10}," \
  "{\"exercise\":\"push-up\",\"sets\":4,\"reps\":10}]}]}," \
  "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}]}]}"

static gboolean
saved_warm_up (RegimenPlan *plan)
{
  g_autofree char *data = regimen_plan_to_data (plan, NULL);

  return strstr (data, "\"warm_up\"") != NULL;
}

/* The warm-up switch marks the item through the plan's undoable command,
 * the file keeps it, and Undo takes it back. */
static void
test_warm_up_switch (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  RegimenItem *item;
  GtkWidget *editor;
  GtkWidget *warm_up;

  g_assert_no_error (error);
  item = regimen_plan_get_item (plan, 0, 0, 0, 0);
  g_assert_false (regimen_item_get_warm_up (item));
  g_assert_false (regimen_plan_can_undo (plan));

  editor = g_object_ref_sink (regimen_item_editor_new (plan, item, "Glute Bridge"));
  warm_up = ui_test_find_named (editor, GTK_TYPE_SWITCH, "Warm-up");
  g_assert_nonnull (warm_up);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (warm_up)));

  /* What a click or Space on the switch ends with (its activation animates
   * first, which an editor that is not shown never finishes). */
  gtk_switch_set_active (GTK_SWITCH (warm_up), TRUE);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (warm_up)));
  g_assert_true (regimen_item_get_warm_up (item));
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (saved_warm_up (plan));
  /* Only this item. */
  g_assert_false (regimen_item_get_warm_up (regimen_plan_get_item (plan, 0, 0, 0, 1)));

  g_assert_true (regimen_plan_can_undo (plan));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_false (regimen_item_get_warm_up (item));
  g_assert_false (saved_warm_up (plan));
  g_assert_false (regimen_plan_get_modified (plan));

  g_assert_true (regimen_plan_redo (plan));
  g_assert_true (regimen_item_get_warm_up (item));

  g_object_unref (editor);
}

/* An item already marked opens with the switch on, and opening the editor
 * is no edit. */
static void
test_warm_up_switch_shows_item (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  RegimenItem *item;
  GtkWidget *editor;
  GtkWidget *warm_up;

  g_assert_no_error (error);
  item = regimen_plan_get_item (plan, 0, 0, 0, 0);
  regimen_item_set_warm_up (item, TRUE);

  editor = g_object_ref_sink (regimen_item_editor_new (plan, item, "Glute Bridge"));
  warm_up = ui_test_find_named (editor, GTK_TYPE_SWITCH, "Warm-up");
  g_assert_nonnull (warm_up);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (warm_up)));
  g_assert_false (regimen_plan_can_undo (plan));

  g_object_unref (editor);
}

/* The editors take what they edit as construct-only properties: built from
 * the properties alone they show it and their edits go to that plan. */
static void
test_editors_construct_properties (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  RegimenItem *item;
  RegimenSession *session;
  GtkWidget *editor;
  GtkWidget *sets;
  GtkWidget *settings;
  GParamSpec *pspec;

  g_assert_no_error (error);
  item = regimen_plan_get_item (plan, 0, 0, 0, 1);
  session = regimen_plan_get_session (plan, 0, 0, 0);

  editor = g_object_ref_sink (g_object_new (REGIMEN_TYPE_ITEM_EDITOR, "plan", plan, "item", item, NULL));
  g_assert_true (regimen_item_editor_get_plan (REGIMEN_ITEM_EDITOR (editor)) == plan);
  g_assert_true (regimen_item_editor_get_item (REGIMEN_ITEM_EDITOR (editor)) == item);
  sets = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Sets");
  g_assert_nonnull (sets);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (sets)), ==, 4);
  g_assert_false (regimen_plan_can_undo (plan));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sets), 5);
  g_assert_cmpuint (regimen_item_get_sets (item), ==, 5);
  g_assert_true (regimen_plan_undo (plan));
  g_object_unref (editor);

  editor = g_object_ref_sink (g_object_new (REGIMEN_TYPE_SESSION_EDITOR, "plan", plan, "session", session, NULL));
  g_assert_true (regimen_session_editor_get_plan (REGIMEN_SESSION_EDITOR (editor)) == plan);
  g_assert_true (regimen_session_editor_get_session (REGIMEN_SESSION_EDITOR (editor)) == session);
  g_object_unref (editor);

  settings = g_object_ref_sink (g_object_new (REGIMEN_TYPE_PLAN_SETTINGS, "plan", plan, NULL));
  g_assert_true (regimen_plan_settings_get_plan (REGIMEN_PLAN_SETTINGS (settings)) == plan);
  gtk_window_destroy (GTK_WINDOW (settings));
  g_object_unref (settings);
  g_assert_false (regimen_plan_get_modified (plan));

  pspec = g_object_class_find_property (g_type_class_peek (REGIMEN_TYPE_ITEM_EDITOR), "item");
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  pspec = g_object_class_find_property (g_type_class_peek (REGIMEN_TYPE_SESSION_EDITOR), "session");
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  pspec = g_object_class_find_property (g_type_class_peek (REGIMEN_TYPE_PLAN_SETTINGS), "plan");
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
}

/* The Progression row: the editor's button runs the window's action,
 * which runs the plan's command; the following weeks show the progressed
 * exercise, one Undo takes it all back, and the editor shows the rule
 * when it opens again. */
static void
test_progression_row (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  RegimenWindow *window;
  RegimenItem *push_up;
  GtkWidget *row;
  GtkWidget *editor;
  GtkWidget *rule;
  GtkWidget *apply;
  GtkWidget *expander;

  g_assert_no_error (error);
  push_up = regimen_plan_get_item (plan, 0, 0, 0, 1);
  window = ui_test_open_window_with_plan (app, plan, NULL);
  row = ui_test_find_item_row (window, push_up);
  g_assert_nonnull (row);

  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  g_assert_nonnull (editor);
  /* Folded while the exercise has no rule. */
  expander = ui_test_find_first (editor, GTK_TYPE_EXPANDER);
  g_assert_nonnull (expander);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  rule = ui_test_find_named (editor, GTK_TYPE_DROP_DOWN, "Each week");
  g_assert_nonnull (rule);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (rule)), ==, 0);

  /* Add 1 repetition a week for 3 weeks. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rule), 4);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Weeks")), 3);
  apply = ui_test_find_button (editor, "_Apply Progression");
  g_assert_nonnull (apply);
  g_signal_emit_by_name (apply, "clicked");
  ui_test_iterate_until_idle ();

  g_assert_nonnull (regimen_item_get_progression (push_up));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 3);
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 1, 0, 0, 0)), ==, 11);
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 2, 0, 0, 0)), ==, 12);
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Apply Progression");

  /* Opened again, the editor shows the rule, unfolded. */
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (ui_test_find_first (editor, GTK_TYPE_EXPANDER))));
  rule = ui_test_find_named (editor, GTK_TYPE_DROP_DOWN, "Each week");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (rule)), ==, 4);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Weeks"))), ==, 3);

  /* A load rule for an exercise without a load changes nothing. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rule), 1);
  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 3);
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 1, 0, 0, 0)), ==, 11);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_test_iterate_until_idle ();
  g_assert_null (regimen_item_get_progression (push_up));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 1);

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Whether a label of @window reads @text (a toast's, say). */
static gboolean
window_shows_label (RegimenWindow *window,
                    const char    *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

/* A new rule starts from what is usual, so that choosing it and Apply is
 * enough: the rest of the block (four weeks outside one), a stage every
 * three weeks, and the step of what it adds; only the fields the rule
 * reads show. A number typed and not yet entered is read by Apply, and
 * a toast says what the rule wrote. */
static void
test_progression_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  RegimenWindow *window;
  RegimenItem *push_up;
  GtkWidget *row, *editor, *rule, *step, *cap, *every, *weeks;

  g_assert_no_error (error);
  push_up = regimen_plan_get_item (plan, 0, 0, 0, 1);
  window = ui_test_open_window_with_plan (app, plan, NULL);
  row = ui_test_find_item_row (window, push_up);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  gtk_expander_set_expanded (GTK_EXPANDER (ui_test_find_first (editor, GTK_TYPE_EXPANDER)), TRUE);
  rule = ui_test_find_named (editor, GTK_TYPE_DROP_DOWN, "Each week");
  step = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By");
  cap = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Up to");
  every = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Stage every");
  weeks = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Weeks");
  g_assert_nonnull (step);
  g_assert_nonnull (cap);
  g_assert_nonnull (every);
  g_assert_nonnull (weeks);

  /* No rule yet: nothing to fill in but the rule. */
  g_assert_false (gtk_widget_get_visible (step));
  g_assert_false (gtk_widget_get_visible (weeks));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (weeks)), ==, REGIMEN_PROGRESSION_DEFAULT_WEEKS);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (every)), ==, 3);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (rule), 4);
  g_assert_true (gtk_widget_get_visible (step) && gtk_widget_get_visible (cap) && gtk_widget_get_visible (weeks));
  g_assert_false (gtk_widget_get_visible (every));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (step)), ==, 1);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (cap)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rule), 5);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (step)), ==, 5);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rule), 7);
  g_assert_false (gtk_widget_get_visible (step));
  g_assert_true (gtk_widget_get_visible (every));

  /* Add a repetition a week; “2” typed into Weeks, Apply straight away. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rule), 4);
  gtk_editable_set_text (GTK_EDITABLE (weeks), "2");
  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_nonnull (regimen_item_get_progression (push_up));
  g_assert_cmpuint (regimen_item_get_progression (push_up)->weeks, ==, 2);
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 2);
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 1, 0, 0, 0)), ==, 11);
  g_assert_true (window_shows_label (window, "Push-Up progressed over the next week"));
  gtk_popover_popdown (GTK_POPOVER (editor));

  /* In a block, the rest of it. */
  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "Accumulation", NULL, 3));
  {
    GtkWidget *in_block = g_object_ref_sink (regimen_item_editor_new (plan, push_up, "Push-Up"));

    gtk_expander_set_expanded (GTK_EXPANDER (ui_test_find_first (in_block, GTK_TYPE_EXPANDER)), TRUE);
    weeks = ui_test_find_named (in_block, GTK_TYPE_SPIN_BUTTON, "Weeks");
    g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (weeks)), ==, 3);
    g_object_unref (in_block);
  }

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A load in kg is shown and typed in the person's unit: in pounds, the
 * row says 132.3 lb for 60 kg, the editor's field takes pounds and
 * stores kilograms, and the kg rule steps 5 lb a week. */
static void
test_load_in_pounds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  GSettings *settings = regimen_application_get_settings (app);
  RegimenWindow *window;
  RegimenItem *push_up;
  GtkWidget *row;
  GtkWidget *editor;
  GtkWidget *load;
  GtkWidget *rule;
  GtkWidget *label;
  GList *labels;
  GtkStringObject *choice;

  g_assert_no_error (error);
  push_up = regimen_plan_get_item (plan, 0, 0, 0, 1);
  regimen_item_set_load_kg (push_up, 60);
  g_settings_set_string (settings, "load-unit", "lb");
  window = ui_test_open_window_with_plan (app, plan, NULL);
  row = ui_test_find_item_row (window, push_up);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (regimen_item_row_get_summary (REGIMEN_ITEM_ROW (row)), "4 × 10 · 132.3 lb"));

  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  load = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Load in pounds");
  g_assert_nonnull (load);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (load)), ==, "132.3");
  label = g_list_nth_data (labels = gtk_widget_list_mnemonic_labels (gtk_widget_get_prev_sibling (load)), 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "_Load (% 1RM · lb)");
  g_list_free (labels);
  g_assert_false (regimen_plan_can_undo (plan));

  /* The field's top, 1000 kg in pounds, is 1000 kg, not a hair over the
   * bound after the conversion (adversarial pass 15). */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (load),
                             gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (load))));
  g_assert_cmpfloat (regimen_item_get_load_kg (push_up), ==, REGIMEN_LOAD_KG_MAX);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (load), 135);
  g_assert_cmpfloat_with_epsilon (regimen_item_get_load_kg (push_up), 61.234969950, 1e-9);
  g_assert_nonnull (strstr (regimen_item_row_get_summary (REGIMEN_ITEM_ROW (row)), "4 × 10 · 135 lb"));

  gtk_expander_set_expanded (GTK_EXPANDER (ui_test_find_first (editor, GTK_TYPE_EXPANDER)), TRUE);
  rule = ui_test_find_named (editor, GTK_TYPE_DROP_DOWN, "Each week");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (rule), 2);
  choice = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (rule));
  g_assert_cmpstr (gtk_string_object_get_string (choice), ==, "Add load (lb)");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By")), 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Weeks")), 3);
  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 3);
  g_assert_cmpfloat_with_epsilon (regimen_item_get_load_kg (regimen_plan_get_item (plan, 2, 0, 0, 0)),
                                  61.234969950 + 2 * 2.26796185, 1e-9);
  g_assert_cmpint (regimen_item_get_progression (push_up)->quantity, ==, REGIMEN_PROGRESSION_LOAD_KG);

  /* Back to kilograms: the row follows the setting. */
  g_settings_set_string (settings, "load-unit", "kg");
  g_assert_nonnull (strstr (regimen_item_row_get_summary (REGIMEN_ITEM_ROW (row)), "4 × 10 · 61.23 kg"));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Push-ups on Monday and Thursday, glute bridges on Monday only. */
#define TWO_DAYS \
  "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Upper\",\"weeks\":[{\"days\":[" \
  "{\"sessions\":[{\"title\":\"Upper body\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":55,\"items\":[" \
  "{\"exercise\":\"glute-bridge\",\"sets\":2,\"reps\":10}," \
  "{\"exercise\":\"push-up\",\"sets\":4,\"reps\":10}]}]}," \
  "{\"sessions\":[]},{\"sessions\":[]}," \
  "{\"sessions\":[{\"title\":\"Upper body\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":55,\"items\":[" \
  "{\"exercise\":\"push-up\",\"sets\":3,\"reps\":8}]}]}," \
  "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}]}]}"

/* The same exercise on two days takes one rule from either day's editor:
 * the box says on how many days, is on, and Apply gives each day the
 * rule from its own numbers, one undo step; off, only this day's. An
 * exercise on one day has no such box. */
static void
test_progression_whole_week (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (TWO_DAYS, -1, &error);
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  RegimenWindow *window;
  RegimenItem *monday, *thursday;
  GtkWidget *row, *editor, *box, *bridge_editor;

  g_assert_no_error (error);
  monday = regimen_plan_get_item (plan, 0, 0, 0, 1);
  thursday = regimen_plan_get_item (plan, 0, 3, 0, 0);
  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "Accumulation", NULL, 3));
  window = ui_test_open_window_with_plan (app, plan, NULL);

  bridge_editor = g_object_ref_sink (regimen_item_editor_new (plan, regimen_plan_get_item (plan, 0, 0, 0, 0),
                                                              "Glute Bridge"));
  gtk_expander_set_expanded (GTK_EXPANDER (ui_test_find_first (bridge_editor, GTK_TYPE_EXPANDER)), TRUE);
  g_assert_false (gtk_widget_get_visible (ui_test_find_first (bridge_editor, GTK_TYPE_CHECK_BUTTON)));
  g_object_unref (bridge_editor);

  row = ui_test_find_item_row (window, thursday);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  gtk_expander_set_expanded (GTK_EXPANDER (ui_test_find_first (editor, GTK_TYPE_EXPANDER)), TRUE);
  box = ui_test_find_first (editor, GTK_TYPE_CHECK_BUTTON);
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (box)), ==, "_For each of its 2 days this week");
  {
    g_autofree char *name = ui_test_accessible_name (editor, box);

    g_assert_cmpstr (name, ==, "For each of its 2 days this week");
  }
  ui_test_assert_names_said_once (editor);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (box)));

  /* A repetition a week over the block: Monday 11, 12; Thursday 9, 10. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_named (editor, GTK_TYPE_DROP_DOWN, "Each week")), 4);
  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_nonnull (regimen_item_get_progression (monday));
  g_assert_nonnull (regimen_item_get_progression (thursday));
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 2, 0, 0, 0)), ==, 12);
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 2, 3, 0, 0)), ==, 10);
  g_assert_true (window_shows_label (window, "Push-Up progressed on 2 days over the next 2 weeks"));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_null (regimen_item_get_progression (monday));
  g_assert_null (regimen_item_get_progression (thursday));

  /* Off: Thursday's alone. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (box), FALSE);
  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_null (regimen_item_get_progression (monday));
  g_assert_nonnull (regimen_item_get_progression (thursday));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Answers @dialog as a click on the response's button does, and closes it. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
}

/* Apply in the Progression row, and the question it asks, if any. */
static AdwMessageDialog *
apply_rule (RegimenWindow *window,
            GtkWidget     *editor)
{
  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();

  return ui_test_find_dialog (GTK_WINDOW (window));
}

/* A rule that would change a trained week (a logged session among those
 * it writes) asks first, as the week menu's commands and `regimen-cli
 * progress` without --force do: the question names the week, Cancel is
 * its default and changes nothing, Change Anyway applies the rule, one
 * undo step, the log kept. Removing the rule asks too. For each of the
 * exercise's days, a trained week of another day's counts. */
static void
test_progression_over_log (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (TWO_DAYS, -1, &error);
  g_autoptr(RegimenProgression) rule = regimen_progression_new (REGIMEN_PROGRESSION_ADD, 3);
  g_autoptr(RegimenSessionLog) log = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);
  g_autoptr(GBytes) before = NULL;
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  RegimenSession *trained;
  RegimenWindow *window;
  RegimenItem *push_up;
  AdwMessageDialog *question;
  GtkWidget *row, *editor;

  g_assert_no_error (error);
  push_up = regimen_plan_get_item (plan, 0, 0, 0, 1);
  /* A repetition a week over three weeks on Monday and Thursday, and
   * Thursday of week 2 trained. */
  rule->quantity = REGIMEN_PROGRESSION_REPS;
  rule->step = 1;
  g_assert_true (regimen_plan_apply_progression_to_week (plan, push_up, rule, NULL, NULL, &error));
  g_assert_no_error (error);
  trained = regimen_plan_get_session (plan, 1, 3, 0);
  g_assert_true (regimen_plan_log_session (plan, trained, log));
  window = ui_test_open_window_with_plan (app, plan, NULL);
  before = regimen_plan_to_bytes (plan);

  row = ui_test_find_item_row (window, push_up);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By")), 2);

  question = apply_rule (window, editor);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Change a Trained Week?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "Week 2 holds a logged session"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "change"), ==, "C_hange Anyway");
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (question), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "change"), ==, ADW_RESPONSE_DESTRUCTIVE);
  respond (question, "cancel");
  {
    g_autoptr(GBytes) now = regimen_plan_to_bytes (plan);

    g_assert_true (g_bytes_equal (now, before));
  }

  question = apply_rule (window, editor);
  g_assert_nonnull (question);
  respond (question, "change");
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 1, 0, 0, 0)), ==, 12);
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 1, 3, 0, 0)), ==, 10);
  g_assert_nonnull (regimen_session_get_log (trained));
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Apply Progression");

  /* No rule: the weeks it wrote, the trained one among them, would go. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_named (editor, GTK_TYPE_DROP_DOWN, "Each week")), 0);
  question = apply_rule (window, editor);
  g_assert_nonnull (question);
  respond (question, "cancel");
  g_assert_nonnull (regimen_item_get_progression (push_up));
  g_assert_cmpuint (regimen_item_get_reps (regimen_plan_get_item (plan, 1, 0, 0, 0)), ==, 12);

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* One rule owns the exercises it writes: with one of them carrying a
 * rule of its own (a file edited by hand), applying the owner's rule
 * again changes nothing and says why, as `regimen-cli progress` does,
 * where it replaced that exercise and dropped its rule without a word. */
static void
test_progression_keeps_chained_rule (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "progression.json");
  g_autoptr(RegimenProgression) rule = regimen_progression_new (REGIMEN_PROGRESSION_REPEAT, 2);
  g_autoptr(GBytes) before = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  RegimenItem *source = regimen_plan_find_item_by_id (plan, "pku4rcrzoo");
  RegimenItem *written = regimen_plan_find_item_by_id (plan, "j3jvbtugre");
  RegimenWindow *window;
  GtkWidget *row, *editor;

  g_value_init (&value, REGIMEN_TYPE_PROGRESSION);
  g_value_set_boxed (&value, rule);
  g_assert_true (regimen_plan_edit_item (plan, written, REGIMEN_ITEM_FIELD_PROGRESSION, &value));
  window = ui_test_open_window_with_plan (app, plan, NULL);
  before = regimen_plan_to_bytes (plan);

  row = ui_test_find_item_row (window, source);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  g_assert_null (apply_rule (window, editor));
  {
    g_autoptr(GBytes) now = regimen_plan_to_bytes (plan);

    g_assert_true (g_bytes_equal (now, before));
  }
  g_assert_true (regimen_progression_equal (regimen_item_get_progression (written), rule));
  g_assert_true (window_shows_label (window, "Week 2’s narrow-stance-squat, which this rule wrote, "
                                             "has a progression rule of its own; remove that rule first."));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The question is about the plan on screen when it was asked: answered
 * after another plan replaced it (the file reloaded), Change Anyway
 * changes nothing in that one, though its exercise has the same id. */
static void
test_progression_question_after_reload (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (TWO_DAYS, -1, &error);
  g_autoptr(RegimenPlan) reloaded = NULL;
  g_autoptr(RegimenProgression) rule = regimen_progression_new (REGIMEN_PROGRESSION_ADD, 3);
  g_autoptr(RegimenSessionLog) log = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *text = NULL;
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  RegimenWindow *window;
  RegimenItem *push_up;
  AdwMessageDialog *question;
  GtkWidget *row, *editor;

  g_assert_no_error (error);
  push_up = regimen_plan_get_item (plan, 0, 0, 0, 1);
  rule->quantity = REGIMEN_PROGRESSION_REPS;
  rule->step = 1;
  g_assert_true (regimen_plan_apply_progression_to_week (plan, push_up, rule, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (regimen_plan_log_session (plan, regimen_plan_get_session (plan, 1, 3, 0), log));
  text = regimen_plan_to_data (plan, NULL);
  reloaded = regimen_plan_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  before = regimen_plan_to_bytes (reloaded);
  window = ui_test_open_window_with_plan (app, plan, NULL);

  row = ui_test_find_item_row (window, push_up);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By")), 2);
  question = apply_rule (window, editor);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Change a Trained Week?");

  regimen_window_set_plan (window, reloaded, NULL);
  ui_test_wait_for_rows (window);
  ui_test_iterate_until_idle ();
  respond (question, "change");
  after = regimen_plan_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_false (regimen_plan_get_modified (reloaded));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

#define SETTINGS_PLAN \
  "{\"format\":\"regimen-plan\",\"version\":1,\"athlete\":{\"baseline_weekly_load\":1500.5},\"weeks\":[]}"

/* The plan settings' numbers are read back as GTK reads a spin button
 * whenever the focus leaves it (gtk_spin_button_update()): Tab through
 * the form changes nothing, though the usual load 1500.5 shows as “1500”
 * and no HIIT limit as “Automatic” (read as 0, it made every HIIT
 * session an error). A decimal comma reads as a point, a number typed
 * and not entered counts when the window closes, and closing with the
 * focus in a field edits no plan that has gone. */
static void
test_plan_settings_numbers_as_shown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (SETTINGS_PLAN, -1, &error);
  RegimenAthlete *athlete;
  GtkWidget *settings;
  GtkWidget *baseline;
  GtkWidget *hiit;

  g_assert_no_error (error);
  athlete = regimen_plan_get_athlete (plan);
  settings = g_object_ref_sink (regimen_plan_settings_new (NULL, plan));
  baseline = ui_test_find_named (settings, GTK_TYPE_SPIN_BUTTON, "Usual weekly load");
  hiit = ui_test_find_named (settings, GTK_TYPE_SPIN_BUTTON, "HIIT sessions a week at most");
  g_assert_nonnull (baseline);
  g_assert_nonnull (hiit);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (baseline)), ==, "1500");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hiit)), ==, "Automatic");

  gtk_spin_button_update (GTK_SPIN_BUTTON (baseline));
  gtk_spin_button_update (GTK_SPIN_BUTTON (hiit));
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1500.5);
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, REGIMEN_ATHLETE_NO_HIIT_LIMIT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hiit)), ==, "Automatic");
  g_assert_false (regimen_plan_can_undo (plan));

  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (baseline)), "1200,5");
  gtk_spin_button_update (GTK_SPIN_BUTTON (baseline));
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1200.5);
  /* Not a number: the field shows the plan's again. */
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (baseline)), "12x");
  gtk_spin_button_update (GTK_SPIN_BUTTON (baseline));
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1200.5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (baseline)), ==, "1200");

  gtk_widget_grab_focus (hiit);
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (hiit)), "3");
  gtk_window_destroy (GTK_WINDOW (settings));
  g_object_unref (settings);
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, 3);
  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, REGIMEN_ATHLETE_NO_HIIT_LIMIT);
}

/* GTK sets a number typed past a field's limits to the limit without a
 * word: 200000 typed as the usual load became 100000, 99 HIIT sessions a
 * week 14. The field says so (marked, invalid to screen readers, in its
 * tooltip) until it shows another number, and its own tooltip comes
 * back. */
static void
test_plan_settings_past_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (SETTINGS_PLAN, -1, &error);
  RegimenAthlete *athlete;
  GtkWidget *settings;
  GtkWidget *baseline;
  GtkWidget *hiit;
  const char *said;

  g_assert_no_error (error);
  athlete = regimen_plan_get_athlete (plan);
  settings = g_object_ref_sink (regimen_plan_settings_new (NULL, plan));
  gtk_window_present (GTK_WINDOW (settings));
  baseline = ui_test_find_named (settings, GTK_TYPE_SPIN_BUTTON, "Usual weekly load");
  hiit = ui_test_find_named (settings, GTK_TYPE_SPIN_BUTTON, "HIIT sessions a week at most");
  g_assert_nonnull (baseline);
  g_assert_nonnull (hiit);
  gtk_widget_set_tooltip_text (baseline, "own tooltip");

  ui_test_enter_in_spin (baseline, "200000");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, REGIMEN_BASELINE_LOAD_MAX);
  g_assert_true (gtk_widget_has_css_class (baseline, "error"));
  said = gtk_widget_get_tooltip_text (baseline);
  g_assert_nonnull (said);
  g_assert_nonnull (strstr (said, "200000"));
  g_assert_nonnull (strstr (said, "100000"));

  /* The arrows take it away from the limit: said no more. */
  gtk_spin_button_spin (GTK_SPIN_BUTTON (baseline), GTK_SPIN_STEP_BACKWARD, 0);
  g_assert_false (gtk_widget_has_css_class (baseline, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (baseline), ==, "own tooltip");

  /* Past the limit it already holds: nothing changes, and it still says so. */
  ui_test_enter_in_spin (hiit, "14");
  g_assert_false (gtk_widget_has_css_class (hiit, "error"));
  ui_test_enter_in_spin (hiit, "99");
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, REGIMEN_MAX_HIIT_MAX);
  g_assert_true (gtk_widget_has_css_class (hiit, "error"));
  said = gtk_widget_get_tooltip_text (hiit);
  g_assert_nonnull (said);
  g_assert_nonnull (strstr (said, "99"));
  g_assert_nonnull (strstr (said, "14"));

  /* A number within the limits. */
  ui_test_enter_in_spin (hiit, "3");
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, 3);
  g_assert_false (gtk_widget_has_css_class (hiit, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (hiit));

  /* Below the lowest. */
  ui_test_enter_in_spin (baseline, "-5");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 0);
  g_assert_true (gtk_widget_has_css_class (baseline, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (baseline), "-5"));

  gtk_window_destroy (GTK_WINDOW (settings));
  g_object_unref (settings);
}

#define RULE_PLAN \
  "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":[" \
  "{\"sessions\":[{\"kind\":\"strength\",\"rpe\":7,\"items\":[" \
  "{\"exercise\":\"barbell-back-squat\",\"sets\":3,\"reps\":5,\"load_kg\":50,\"load_percent_1rm\":60," \
  "\"progression\":{\"rule\":\"add\",\"weeks\":3,\"member\":\"load_kg\",\"step\":3.75,\"up_to\":60}}," \
  "{\"exercise\":\"push-up\",\"sets\":3,\"reps\":10,\"load_percent_1rm\":52.5," \
  "\"progression\":{\"rule\":\"add\",\"weeks\":3,\"member\":\"load_percent_1rm\",\"step\":1.25}}]}]}," \
  "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}]}]}"

/* Opens the item editor of @item's row in @window. */
static GtkWidget *
open_item_editor (RegimenWindow *window,
                  RegimenItem   *item)
{
  GtkWidget *row = ui_test_find_item_row (window, item);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  return ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
}

/* The item editor's whole numbers say a number typed past their limits
 * too: 50 sets became 20 without a word. */
static void
test_past_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (RULE_PLAN, -1, &error);
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  RegimenWindow *window;
  RegimenItem *squat;
  GtkWidget *editor;
  GtkWidget *sets;

  g_assert_no_error (error);
  squat = regimen_plan_get_item (plan, 0, 0, 0, 0);
  window = ui_test_open_window_with_plan (app, plan, NULL);
  editor = open_item_editor (window, squat);
  sets = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Sets");
  g_assert_nonnull (sets);

  ui_test_enter_in_spin (sets, "50");
  g_assert_cmpuint (regimen_item_get_sets (squat), ==, REGIMEN_SETS_MAX);
  g_assert_true (gtk_widget_has_css_class (sets, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (sets), "50"));
  ui_test_enter_in_spin (sets, "4");
  g_assert_cmpuint (regimen_item_get_sets (squat), ==, 4);
  g_assert_false (gtk_widget_has_css_class (sets, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (sets));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The session editor's RPE and minutes say a number typed past their
 * limits: an RPE of 15 became 10, 900 minutes 600, without a word. Its
 * minutes' “Estimate” in place of 0 still reads as 0. */
static void
test_session_past_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (RULE_PLAN, -1, &error);
  RegimenSession *session;
  GtkWidget *editor;
  GtkWidget *rpe;
  GtkWidget *minutes;
  GtkWidget *window;

  g_assert_no_error (error);
  session = regimen_plan_get_session (plan, 0, 0, 0);
  window = gtk_window_new ();
  editor = regimen_session_editor_new (plan, session);
  gtk_widget_set_parent (editor, window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_popover_popup (GTK_POPOVER (editor));
  ui_test_iterate_until_idle ();
  rpe = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "RPE");
  minutes = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Minutes");
  g_assert_nonnull (rpe);
  g_assert_nonnull (minutes);

  gtk_spin_button_update (GTK_SPIN_BUTTON (minutes));
  g_assert_cmpuint (regimen_session_get_minutes (session), ==, 0);
  g_assert_false (gtk_widget_has_css_class (minutes, "error"));

  ui_test_enter_in_spin (rpe, "15");
  g_assert_cmpuint (regimen_session_get_rpe (session), ==, REGIMEN_RPE_MAX);
  g_assert_true (gtk_widget_has_css_class (rpe, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (rpe), "15"));

  ui_test_enter_in_spin (minutes, "900");
  g_assert_cmpuint (regimen_session_get_minutes (session), ==, REGIMEN_MINUTES_MAX);
  g_assert_true (gtk_widget_has_css_class (minutes, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (minutes), "900"));

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_widget_unparent (editor);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A number typed past a field's limits and then Escape, with real keys:
 * Escape takes that number back and closes the popover; the session
 * keeps its RPE. The number was read as the popover closed, set to the
 * limit (15 became 10), and the mark saying so closed with it, unseen.
 * A number within the limits is kept, as every change the popover makes. */
static void
test_session_escape_takes_typed_back (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (RULE_PLAN, -1, &error);
  RegimenSession *session;
  GtkWidget *editor;
  GtkWidget *rpe;
  GtkWidget *window;
  guint before;

  g_assert_no_error (error);
  session = regimen_plan_get_session (plan, 0, 0, 0);
  before = regimen_session_get_rpe (session);
  g_assert_cmpuint (before, <, REGIMEN_RPE_MAX);
  window = gtk_window_new ();
  editor = regimen_session_editor_new (plan, session);
  gtk_widget_set_parent (editor, window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_popover_popup (GTK_POPOVER (editor));
  ui_test_iterate_until_idle ();
  rpe = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "RPE");
  g_assert_nonnull (rpe);

  /* The number is rubbed out with BackSpace, not selected: a selection
   * is X's primary one too, and a busy X server's late word on an earlier
   * one took it away again, “9” then typed before “7”. */
  gtk_widget_grab_focus (rpe);
  gtk_editable_set_position (GTK_EDITABLE (rpe), -1);
  ui_test_press_key (rpe, GDK_KEY_BackSpace);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rpe)), ==, "");
  ui_test_press_key (rpe, GDK_KEY_1);
  ui_test_press_key (rpe, GDK_KEY_5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rpe)), ==, "15");
  ui_test_press_key (rpe, GDK_KEY_Escape);
  ui_test_iterate_until_idle ();

  g_assert_false (gtk_widget_get_visible (editor));
  g_assert_cmpuint (regimen_session_get_rpe (session), ==, before);
  g_assert_false (gtk_widget_has_css_class (rpe, "error"));

  /* A number within the limits and Escape is kept, as every other change
   * the popover makes (the pistol walk types a rest, then Escape). */
  gtk_popover_popup (GTK_POPOVER (editor));
  ui_test_iterate_until_idle ();
  gtk_widget_grab_focus (rpe);
  gtk_editable_set_position (GTK_EDITABLE (rpe), -1);
  ui_test_press_key (rpe, GDK_KEY_BackSpace);
  ui_test_press_key (rpe, before == 9 ? GDK_KEY_8 : GDK_KEY_9);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (rpe)), ==, before == 9 ? "8" : "9");
  ui_test_press_key (rpe, GDK_KEY_Escape);
  ui_test_iterate_until_idle ();

  g_assert_false (gtk_widget_get_visible (editor));
  g_assert_cmpuint (regimen_session_get_rpe (session), ==, before == 9 ? 8 : 9);

  gtk_widget_unparent (editor);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The item editor shows a load and a rule's step rounded (50 kg as
 * “110.2” lb, 52.5 % 1RM as “52”, a step of 1.25 % as “1.2”, 3.75 kg as
 * “8.3” lb): the focus
 * leaving the field and Apply read the field again, and changed the
 * plan's numbers to the rounded ones (a rule applied again in pounds
 * stepped 3.765 kg from then on). Fields as shown keep them exactly, in
 * pounds too (60 kg converted to pounds and back is 59.999999999999993
 * kg); a decimal comma typed reads as a point. */
static void
test_numbers_as_shown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (RULE_PLAN, -1, &error);
  RegimenApplication *app = REGIMEN_APPLICATION (g_application_get_default ());
  GSettings *settings = regimen_application_get_settings (app);
  RegimenWindow *window;
  RegimenItem *squat;
  RegimenItem *push_up;
  GtkWidget *editor;
  GtkWidget *load;
  GtkWidget *step;

  g_assert_no_error (error);
  squat = regimen_plan_get_item (plan, 0, 0, 0, 0);
  push_up = regimen_plan_get_item (plan, 0, 0, 0, 1);
  g_settings_set_string (settings, "load-unit", "lb");
  window = ui_test_open_window_with_plan (app, plan, NULL);

  editor = open_item_editor (window, squat);
  load = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Load in pounds");
  step = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (load)), ==, "110.2");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (step)), ==, "8.3");
  gtk_spin_button_update (GTK_SPIN_BUTTON (load));
  g_assert_cmpfloat (regimen_item_get_load_kg (squat), ==, 50);
  g_assert_false (regimen_plan_can_undo (plan));

  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_cmpfloat (regimen_item_get_progression (squat)->step, ==, 3.75);
  g_assert_cmpfloat (regimen_item_get_progression (squat)->cap, ==, 60);
  g_assert_cmpfloat (regimen_item_get_load_kg (regimen_plan_get_item (plan, 2, 0, 0, 0)), ==, 57.5);
  gtk_popover_popdown (GTK_POPOVER (editor));

  g_settings_set_string (settings, "load-unit", "kg");
  editor = open_item_editor (window, push_up);
  step = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "By");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (step)), ==, "1.2");
  /* The field of % 1RM is the one before the load in kilograms. */
  load = gtk_widget_get_prev_sibling (ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Load in kilograms"));
  g_assert_true (GTK_IS_SPIN_BUTTON (load));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (load)), ==, "52");
  gtk_spin_button_update (GTK_SPIN_BUTTON (load));
  g_assert_cmpfloat (regimen_item_get_load_percent_1rm (push_up), ==, 52.5);
  g_signal_emit_by_name (ui_test_find_button (editor, "_Apply Progression"), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_cmpfloat (regimen_item_get_progression (push_up)->step, ==, 1.25);
  gtk_popover_popdown (GTK_POPOVER (editor));

  editor = open_item_editor (window, squat);
  load = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Load in kilograms");
  /* Typed, as keys type: into the field's text (its own numeric filter
   * refuses the comma before GTK could read it). */
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (load)), "52,5");
  gtk_spin_button_update (GTK_SPIN_BUTTON (load));
  g_assert_cmpfloat (regimen_item_get_load_kg (squat), ==, 52.5);

  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Issue 21, adversarial pass 23: the name above the fields, a custom
 * exercise's of 200 letters without a space, wrapped only at spaces and
 * widened the editor to thousands of pixels, past the window's edge and
 * Remove Exercise with it. It breaks inside the word. */
static void
test_long_name_fits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (PLAN, -1, &error);
  g_autofree char *name = g_strnfill (200, 'W');
  GtkWidget *editor;
  int width;

  g_assert_no_error (error);
  editor = g_object_ref_sink (regimen_item_editor_new (plan, regimen_plan_get_item (plan, 0, 0, 0, 0), name));
  /* What the popover takes its width from (measured on its own, a
   * popover not shown has none). */
  gtk_widget_measure (gtk_popover_get_child (GTK_POPOVER (editor)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &width, NULL, NULL, NULL);
  g_assert_cmpint (width, <, 1000);

  g_object_unref (editor);
}

int
main (int    argc,
      char **argv)
{
  /* The application registers the resources the editor's template is in. */
  g_autoptr(RegimenApplication) app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/item-editor/warm-up-switch", test_warm_up_switch);
  g_test_add_func ("/ui/item-editor/warm-up-shown", test_warm_up_switch_shows_item);
  g_test_add_func ("/ui/item-editor/construct-properties", test_editors_construct_properties);
  g_test_add_func ("/ui/item-editor/progression-row", test_progression_row);
  g_test_add_func ("/ui/item-editor/progression-defaults", test_progression_defaults);
  g_test_add_func ("/ui/item-editor/load-in-pounds", test_load_in_pounds);
  g_test_add_func ("/ui/item-editor/progression-whole-week", test_progression_whole_week);
  g_test_add_func ("/ui/item-editor/progression-over-log", test_progression_over_log);
  g_test_add_func ("/ui/item-editor/progression-keeps-chained-rule", test_progression_keeps_chained_rule);
  g_test_add_func ("/ui/item-editor/progression-question-after-reload", test_progression_question_after_reload);
  g_test_add_func ("/ui/item-editor/numbers-as-shown", test_numbers_as_shown);
  g_test_add_func ("/ui/item-editor/plan-settings-numbers-as-shown", test_plan_settings_numbers_as_shown);
  g_test_add_func ("/ui/item-editor/plan-settings-past-limits", test_plan_settings_past_limits);
  g_test_add_func ("/ui/item-editor/past-limits", test_past_limits);
  g_test_add_func ("/ui/item-editor/session-past-limits", test_session_past_limits);
  g_test_add_func ("/ui/item-editor/session-escape-takes-typed-back", test_session_escape_takes_typed_back);
  g_test_add_func ("/ui/item-editor/long-name-fits", test_long_name_fits);

  return g_test_run ();
}
