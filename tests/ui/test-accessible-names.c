/* test-accessible-names.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every window, dialog and editor says each control's name once: GTK 4.8
 * joins a control's accessible label to its mnemonic label's text
 * ("Sets Sets", "Start date Starts on") and names a button with a
 * mnemonic by its label with the underscore ("_Cancel Cancel"). Nor is
 * a control left without a name: GTK 4.8 names an expander by nothing of
 * its label, and AT-SPI gave the item editor's Progression as the push
 * button "GtkExpander". Each is opened as a person opens it and its
 * whole widget tree, popovers included, is checked
 * (ui_test_assert_names_said_once()). */

#include "config.h"

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-editor.h"
#include "regimen-item-editor.h"
#include "regimen-log-form.h"
#include "regimen-plan-overview.h"
#include "regimen-plan-settings.h"
#include "regimen-session-editor.h"
#include "regimen-template-chooser.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Seven weeks, the first four in two blocks, the first week trained. */
static RegimenPlan *
make_plan (void)
{
  RegimenPlan *plan = fixture_squat_weeks (7, FALSE);
  g_autoptr(RegimenSessionLog) log = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);

  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "A", NULL, 3));
  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "B", "Strength", 1));
  regimen_session_set_log (regimen_plan_get_session (plan, 0, 0, 0), log);
  regimen_plan_mark_saved (plan);
  return plan;
}

static RegimenWindow *
open_window (RegimenPlan *plan)
{
  return ui_test_open_window_with_plan (app, plan, NULL);
}

static void
test_window (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  RegimenWindow *window = open_window (plan);

  ui_test_reveal_check_panel (window);
  ui_test_assert_names_said_once (GTK_WIDGET (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("overview"));
  ui_test_iterate_until_idle ();
  ui_test_assert_names_said_once (GTK_WIDGET (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The week menu's dialogs, and the question before a trained week is
 * deleted. */
static void
test_message_dialogs (void)
{
  const char *actions[] = {
    "win.make-lighter-week", "win.copy-week-to", "win.new-block", "win.edit-block",
    "win.add-lighter-weeks", "win.copy-block-to", "win.delete-block", "win.delete-week",
  };
  g_autoptr(RegimenPlan) plan = make_plan ();
  RegimenWindow *window = open_window (plan);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      AdwMessageDialog *dialog;

      g_test_message ("%s", actions[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL));
      dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
      g_assert_nonnull (dialog);
      ui_test_assert_names_said_once (GTK_WIDGET (dialog));
      gtk_window_destroy (GTK_WINDOW (dialog));
      ui_test_iterate_until_idle ();
    }

  /* The plan overview's Move to Week. */
  {
    GtkWidget *overview = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_PLAN_OVERVIEW);
    RegimenSession *session = regimen_plan_get_session (plan, 1, 0, 0);
    AdwMessageDialog *dialog;

    g_assert_true (gtk_widget_activate_action (overview, "overview.move-session-to-week", "s",
                                               regimen_session_get_id (session)));
    dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
    g_assert_nonnull (dialog);
    ui_test_assert_names_said_once (GTK_WIDGET (dialog));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_plan_settings (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  RegimenWindow *window = open_window (plan);
  GtkWindow *settings;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-settings", NULL));
  settings = ui_test_wait_for_toplevel (REGIMEN_TYPE_PLAN_SETTINGS, GTK_WINDOW (window));
  g_assert_nonnull (settings);
  ui_test_assert_names_said_once (GTK_WIDGET (settings));

  gtk_window_destroy (settings);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_template_chooser (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  RegimenWindow *window = open_window (plan);
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  chooser = ui_test_wait_for_toplevel (REGIMEN_TYPE_TEMPLATE_CHOOSER, NULL);
  g_assert_nonnull (chooser);
  ui_test_assert_names_said_once (GTK_WIDGET (chooser));

  gtk_window_destroy (chooser);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Shows @popover from @window, as a person opens it. */
static void
pop_up (GtkWidget     *popover,
        RegimenWindow *window)
{
  gtk_widget_set_parent (popover, GTK_WIDGET (regimen_window_get_week_view (window)));
  gtk_popover_popup (GTK_POPOVER (popover));
  ui_test_iterate_until_idle ();
}

static void
test_editors (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  RegimenWindow *window = open_window (plan);
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  GtkWidget *item_editor = regimen_item_editor_new (plan, regimen_session_get_item (session, 0), "Barbell Back Squat");
  GtkWidget *session_editor = regimen_session_editor_new (plan, session);
  GtkWidget *form;
  RegimenExerciseEditor *exercise_editor;

  pop_up (item_editor, window);
  ui_test_assert_names_said_once (item_editor);
  {
    /* A rule's fields show once Progression is unfolded and a rule
     * picked: one that adds (a step, a cap, weeks), then the chain's (a
     * stage every so many weeks). */
    GtkDropDown *rule;

    gtk_expander_set_expanded (ui_test_find_first (item_editor, GTK_TYPE_EXPANDER), TRUE);
    ui_test_iterate_until_idle ();
    rule = ui_test_find_named (item_editor, GTK_TYPE_DROP_DOWN, "Each week");
    g_assert_nonnull (rule);
    gtk_drop_down_set_selected (rule, 1);
    ui_test_assert_names_said_once (item_editor);
    gtk_drop_down_set_selected (rule, g_list_model_get_n_items (gtk_drop_down_get_model (rule)) - 2);
    ui_test_assert_names_said_once (item_editor);
  }
  gtk_widget_unparent (item_editor);
  pop_up (session_editor, window);
  ui_test_assert_names_said_once (session_editor);
  gtk_widget_unparent (session_editor);

  form = regimen_log_form_new (GTK_WINDOW (window), plan, session, regimen_library_get_default (),
                               REGIMEN_LOAD_UNIT_KG);
  gtk_window_present (GTK_WINDOW (form));
  ui_test_iterate_until_idle ();
  ui_test_assert_names_said_once (form);
  gtk_window_destroy (GTK_WINDOW (form));

  exercise_editor = regimen_exercise_editor_new (GTK_WINDOW (window), regimen_library_get_default (), NULL);
  gtk_window_present (GTK_WINDOW (exercise_editor));
  ui_test_iterate_until_idle ();
  ui_test_assert_names_said_once (GTK_WIDGET (exercise_editor));
  gtk_window_destroy (GTK_WINDOW (exercise_editor));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The rows of @drop_down's list, popped up: each a list item named by
 * its text, as many as its model has. */
static void
assert_rows_named (GtkWidget  *drop_down,
                   GListModel *model)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GtkWidget *list = ui_test_find_first (drop_down, GTK_TYPE_POPOVER);
  guint rows = 0;

  g_assert_nonnull (list);
  g_assert_true (gtk_widget_get_mapped (list));
  ui_test_collect_visible (list, GTK_TYPE_WIDGET, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (widgets, i);
      g_autoptr(GtkStringObject) item = NULL;
      g_autofree char *name = NULL;

      if (!gtk_widget_get_mapped (row) || !gtk_test_accessible_has_role (GTK_ACCESSIBLE (row),
                                                                          GTK_ACCESSIBLE_ROLE_LIST_ITEM))
        continue;
      g_assert_cmpuint (rows, <, g_list_model_get_n_items (model));
      item = g_list_model_get_item (model, rows++);
      name = ui_test_accessible_name (drop_down, row);
      g_assert_cmpstr (name, ==, gtk_string_object_get_string (item));
    }
  g_assert_cmpuint (rows, ==, g_list_model_get_n_items (model));
}

/* GTK 4.8 leaves a drop-down's rows without a name; shown, each is named
 * by its text: the log form's status, the plan settings' level. */
static void
test_drop_down_rows (void)
{
  g_autoptr(RegimenPlan) plan = make_plan ();
  RegimenWindow *window = open_window (plan);
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  GtkWidget *form = regimen_log_form_new (GTK_WINDOW (window), plan, session, regimen_library_get_default (),
                                          REGIMEN_LOAD_UNIT_KG);
  GtkWidget *status;
  GtkWindow *settings;
  AdwComboRow *level;

  gtk_window_present (GTK_WINDOW (form));
  ui_test_iterate_until_idle ();
  status = ui_test_find_named (form, GTK_TYPE_DROP_DOWN, "Status");
  g_assert_nonnull (status);
  g_signal_emit_by_name (ui_test_find_first (status, GTK_TYPE_TOGGLE_BUTTON), "clicked");
  ui_test_wait_for_frames (status, 3);
  assert_rows_named (status, gtk_drop_down_get_model (GTK_DROP_DOWN (status)));
  gtk_window_destroy (GTK_WINDOW (form));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-settings", NULL));
  settings = ui_test_wait_for_toplevel (REGIMEN_TYPE_PLAN_SETTINGS, GTK_WINDOW (window));
  g_assert_nonnull (settings);
  level = ui_test_find_first (GTK_WIDGET (settings), ADW_TYPE_COMBO_ROW);
  g_signal_emit_by_name (level, "activate");
  ui_test_wait_for_frames (GTK_WIDGET (level), 3);
  assert_rows_named (GTK_WIDGET (level), adw_combo_row_get_model (level));

  gtk_window_destroy (settings);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/accessible-names/window", test_window);
  g_test_add_func ("/ui/accessible-names/message-dialogs", test_message_dialogs);
  g_test_add_func ("/ui/accessible-names/plan-settings", test_plan_settings);
  g_test_add_func ("/ui/accessible-names/template-chooser", test_template_chooser);
  g_test_add_func ("/ui/accessible-names/editors", test_editors);
  g_test_add_func ("/ui/accessible-names/drop-down-rows", test_drop_down_rows);

  return g_test_run ();
}
