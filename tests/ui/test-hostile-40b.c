/* test-hostile-40b.c
 *
 * Issue 21, what pass 39 left in the window: weeks moved so that a
 * progression rule would come inside the weeks an earlier rule writes.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-item-row.h"
#include "regimen-log-form.h"
#include "regimen-plan-overview.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* What the window says of rules-joined.regimen.json's week 4 brought
 * into block 1, whose week 1 rule of six weeks stops at the block's end. */
#define RULES_JOINED_REFUSED \
  "Week 4’s narrow-stance-squat has a progression rule that would come inside the weeks week 1’s " \
  "narrow-stance-squat rule writes into its session"

static GtkEventController *
find_controller (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), name) == 0)
        return controller;
    }

  g_assert_not_reached ();
}

/* Move Week Earlier on week 4, the first of block 2: it goes to week 3's
 * place in block 1, where week 1's six-week rule, stopped at the block's
 * end, now reaches it, and week 4 holds a rule of its own: a plan the
 * check reports a DATA error in. Refused, as Delete Block keeping its
 * weeks is: the toast names both rules, the plan byte for byte as it
 * was, nothing to undo. */
static void
test_move_week_into_rule_refused (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "rules-joined.regimen.json");
  g_autoptr(GBytes) before = regimen_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  const char *toast;

  regimen_week_view_set_week (regimen_window_get_week_view (window), 3);
  ui_test_iterate_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-week-earlier", NULL));
  toast = ui_test_wait_for_toast (window, NULL);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (toast, RULES_JOINED_REFUSED));
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (regimen_plan_can_undo (plan));
  g_assert_cmpuint (regimen_week_view_get_week (regimen_window_get_week_view (window)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The same in the plan overview: Alt+Up on week 4's row crosses the
 * heading into block 1, staying in place, which the same rule reaches. */
static void
test_overview_week_into_rule_refused (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "rules-joined.regimen.json");
  g_autoptr(GBytes) before = regimen_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  RegimenPlanOverview *overview;
  GtkEventController *keys;
  gboolean handled = FALSE;
  const char *toast;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "overview"));
  ui_test_iterate_until_idle ();
  overview = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_PLAN_OVERVIEW);
  g_assert_nonnull (overview);
  keys = find_controller (GTK_WIDGET (overview), "regimen-overview-keys");
  gtk_widget_grab_focus (regimen_plan_overview_get_row (overview, 3));
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Up, 0, GDK_ALT_MASK, &handled);
  g_assert_true (handled);
  toast = ui_test_wait_for_toast (window, NULL);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (toast, RULES_JOINED_REFUSED));
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (regimen_block_get_n_weeks (regimen_plan_get_block (plan, 0)), ==, 3);
  g_assert_false (regimen_plan_can_undo (plan));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "week");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Week 1 copied onto week 2, which holds a copy of it already: the
 * window said “Week 1 copied to 1 week” and offered to undo a change of
 * ids only, where regimen-cli says “Nothing changed: week 2 holds a copy
 * of week 1 already.” The same now: nothing to change, nothing to undo. */
static void
test_copy_week_onto_same_week (void)
{
  g_autoptr(RegimenPlan) made = fixture_squat_weeks (3, FALSE);
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  guint target = 1;

  /* Opened as a file that holds the copy already is. */
  g_assert_true (regimen_plan_copy_week (made, 0, &target, 1, FALSE, NULL, NULL));
  before = regimen_plan_to_bytes (made);
  plan = regimen_plan_load_from_data (g_bytes_get_data (before, NULL), g_bytes_get_size (before), NULL);
  g_assert_nonnull (plan);
  window = ui_test_open_window_with_plan (app, plan, NULL);
  regimen_week_view_set_week (regimen_window_get_week_view (window), 0);
  ui_test_iterate_until_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-week-to", NULL));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  ui_test_collect (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  /* Weeks 2 and 3, the week copied left out. */
  g_assert_cmpuint (checks->len, ==, 2);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  adw_message_dialog_response (dialog, "copy");
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();

  g_assert_cmpstr (ui_test_wait_for_toast (window, NULL), ==, "Nothing to change");
  after = regimen_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (regimen_plan_can_undo (plan));
  g_assert_false (regimen_plan_get_modified (plan));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window showing a plan of one week begun a week ago whose Monday
 * holds the session “mon” titled @title, of @items (JSON, comma
 * separated). */
static RegimenWindow *
open_session_of (const char *title,
                 const char *items)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now) - 7);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;

  json = g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Log\",\"start_date\":\"%04d-%02d-%02d\","
                          "\"weeks\":[{\"days\":[{\"sessions\":[{\"id\":\"mon\",\"title\":\"%s\",\"kind\":\"strength\","
                          "\"rpe\":7,\"minutes\":45,\"items\":[%s]}]},{},{},{},{},{},{}]}]}",
                          g_date_time_get_year (monday), g_date_time_get_month (monday),
                          g_date_time_get_day_of_month (monday), title, items);
  plan = regimen_plan_load_from_data (json, -1, &error);
  g_assert_no_error (error);
  return ui_test_open_window_with_plan (app, plan, NULL);
}

/* Where the character at @part in @label's text is drawn, from the left. */
static int
x_of (GtkLabel   *label,
      const char *part)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  const char *at = strstr (text, part);
  PangoRectangle position;

  g_assert_nonnull (at);
  pango_layout_index_to_pos (layout, at - text, &position);

  /* A character of a right-to-left run has its start on its right. */
  return MIN (position.x, position.x + position.width);
}

static void
add_custom_exercise (const char *id,
                     const char *name)
{
  g_autoptr(RegimenExercise) exercise = regimen_exercise_new_custom (id, name, REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(GError) error = NULL;

  regimen_custom_exercises_add (regimen_library_get_default (), exercise, &error);
  g_assert_no_error (error);
}

/* The Log form's heading of an exercise of superset “1” named in Hebrew
 * (“כפיפות”, push-ups) read “כפיפות  1” in an English window: Pango took
 * the line's direction from the name's first letter, the digits having
 * none, and put the group after the name. The group comes first, in the
 * window's direction, as “1a  Back Squat” does. */
static void
test_digit_group_before_right_to_left_name (void)
{
  RegimenWindow *window = open_session_of ("Push", "{\"id\":\"kf\",\"exercise\":\"custom-kfifot-40b\","
                                                   "\"group\":\"1\",\"sets\":3,\"reps\":10}");
  GtkWindow *form = ui_test_open_log_form (window, "mon");
  GtkLabel *heading = ui_test_find_label_holding (GTK_WIDGET (form), "כפיפות");

  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (heading), "heading"));
  g_assert_cmpint (x_of (heading, "1"), <, x_of (heading, "כפיפות"));

  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (form);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
type_into (GtkWindow  *form,
           const char *name,
           const char *text)
{
  GtkEditable *editable = ui_test_find_named (GTK_WIDGET (form), GTK_TYPE_EDITABLE, name);

  g_assert_nonnull (editable);
  gtk_editable_set_text (editable, text);
}

/* The text of the session “mon” of one week begun a week ago, as
 * open_session_of() makes it, logged as @log unless it is %NULL. */
static char *
session_text (const char *items,
              const char *log)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now) - 7);

  return g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Log\",\"start_date\":\"%04d-%02d-%02d\","
                          "\"weeks\":[{\"days\":[{\"sessions\":[{\"id\":\"mon\",\"title\":\"Push\",\"kind\":\"strength\","
                          "\"rpe\":7,\"minutes\":45,\"items\":[%s]%s%s}]},{},{},{},{},{},{}]}]}",
                          g_date_time_get_year (monday), g_date_time_get_month (monday),
                          g_date_time_get_day_of_month (monday), items,
                          log != NULL ? ",\"log\":" : "", log != NULL ? log : "");
}

#define KFIFOT "{\"id\":\"kf\",\"exercise\":\"custom-kfifot-40b\",\"sets\":3,\"reps\":10}"

/* The notices' direction marks were only tested in a left-to-right
 * window. In a right-to-left one (a Hebrew or Arabic desktop) the form's
 * error about “כפיפות” and the Reload notice about it run right to
 * left: the line starts with a right-to-left mark, the name first, on
 * the right, the sentence after it to its left, reading as written. */
static void
test_notices_in_right_to_left_window (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "rtl.regimen.json", NULL);
  g_autofree char *before = session_text (KFIFOT, NULL);
  g_autofree char *after = session_text (KFIFOT, "{\"status\":\"done\",\"items\":[{\"item\":\"kf\","
                                                 "\"sets\":[{\"reps\":8},{\"reps\":8},{\"reps\":6}]}]}");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RegimenWindow *window;
  GtkWindow *form;
  GtkLabel *message;
  const char *text;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  g_assert_true (g_file_set_contents (path, before, -1, &error));
  g_assert_no_error (error);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
  form = ui_test_open_log_form (window, "mon");

  type_into (form, "כפיפות, set 2, reps", "12x");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "log.save", NULL));
  ui_test_iterate_until_idle ();
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);
  message = ui_test_find_label_holding (GTK_WIDGET (form), "the reps are a whole number");
  g_assert_nonnull (message);
  text = gtk_label_get_text (message);
  g_assert_true (g_str_has_prefix (text, "\u200f"));
  g_assert_nonnull (strstr (text, "כפיפות"));
  g_assert_cmpint (x_of (message, "כפיפות"), >, x_of (message, "set 2"));
  g_assert_cmpint (x_of (message, "set 2"), <, x_of (message, "1 to 1000"));

  type_into (form, "כפיפות, set 2, reps", "9");
  ui_test_reload_changed_file (window, path, after);
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);
  message = ui_test_find_label_holding (GTK_WIDGET (form), "is logged differently in the file now");
  g_assert_nonnull (message);
  /* Its exercise on a line of its own, after a bullet, as the window
   * runs: the bullet and the name on the right. */
  text = gtk_label_get_text (message);
  g_assert_nonnull (strstr (text, "\n\u200f• "));
  g_assert_nonnull (strstr (strstr (text, "\n\u200f• "), "כפיפות"));
  g_assert_cmpint (x_of (message, "כפיפות"), >, x_of (message, "is logged differently"));
  g_assert_cmpint (x_of (message, "• "), >, x_of (message, "כפיפות"));

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (form);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_unlink (path);
  ui_test_remove_tree (dir);
}

/* A Push-Up of a superset group of 9,999 letters, its row hovered, as a
 * screenshot at 1366×768 showed it: the tooltip held eight lines of the
 * group, “mmm…, 3 × 8”, and the card's two lines the same, the exercise
 * itself cut away. The group is cut short, the name in sight on both. */
static void
test_long_group_leaves_name_in_sight (void)
{
  g_autofree char *long_group = g_strnfill (9999, 'm');
  g_autofree char *json = g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":[{\"sessions\":["
                                           "{\"title\":\"Push\",\"kind\":\"strength\",\"rpe\":5,\"minutes\":40,\"items\":["
                                           "{\"exercise\":\"push-up\",\"group\":\"%s\",\"sets\":3,\"reps\":8},"
                                           "{\"exercise\":\"custom-long-40b\",\"group\":\"1b\",\"sets\":3,\"reps\":8}]}]},"
                                           "{},{},{},{},{},{}]}]}", long_group);
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  RegimenWindow *window;
  GtkLabel *tooltip;
  GtkLabel *name;
  const char *text;

  g_assert_nonnull (plan);
  window = ui_test_open_window_with_plan (app, plan, NULL);
  ui_test_collect_visible (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);

  name = ui_test_find_first (g_ptr_array_index (rows, 0), GTK_TYPE_LABEL);
  g_assert_nonnull (name);
  g_assert_nonnull (strstr (gtk_label_get_text (name), "Push-Up"));
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_text (name), -1), <, 30);
  /* A name of one's own of 9,999 letters after a short group: still the
   * row's first 200 characters only. */
  name = ui_test_find_first (g_ptr_array_index (rows, 1), GTK_TYPE_LABEL);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (name), "1b mmm"));
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_text (name), -1), <=, 200);

  ui_test_hover (g_ptr_array_index (rows, 0));
  tooltip = ui_test_wait_for_tooltip (GTK_WIDGET (window), "3 × 8");
  text = gtk_label_get_text (tooltip);
  g_assert_nonnull (strstr (text, "mmm…"));
  g_assert_nonnull (strstr (text, "Push-Up, 3 × 8"));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (tooltip)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  /* As long as the custom exercises file lets a name be (200
   * characters): a longer one is refused when it is added. */
  g_autofree char *long_word = g_strnfill (200, 'm');

  app = ui_test_init (&argc, &argv, NULL);
  /* The exercise of one's own the cases name, in the library before any
   * window opens. */
  add_custom_exercise ("custom-kfifot-40b", "כפיפות");
  add_custom_exercise ("custom-long-40b", long_word);

  g_test_add_func ("/ui/hostile-40b/move-week-into-rule-refused", test_move_week_into_rule_refused);
  g_test_add_func ("/ui/hostile-40b/overview-week-into-rule-refused", test_overview_week_into_rule_refused);
  g_test_add_func ("/ui/hostile-40b/copy-week-onto-same-week", test_copy_week_onto_same_week);
  g_test_add_func ("/ui/hostile-40b/digit-group-before-right-to-left-name",
                   test_digit_group_before_right_to_left_name);
  g_test_add_func ("/ui/hostile-40b/notices-in-right-to-left-window", test_notices_in_right_to_left_window);
  g_test_add_func ("/ui/hostile-40b/long-group-leaves-name-in-sight", test_long_group_leaves_name_in_sight);

  return g_test_run ();
}
