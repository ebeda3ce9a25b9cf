/* test-plan-overview.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The plan overview in the window: a row per week under its block's
 * heading, chips per day, load and problems from the check, the view
 * switch, and the keyboard's moves of weeks and sessions. */

#include "config.h"

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-overview-row.h"
#include "regimen-plan-overview.h"
#include "regimen-session-chip.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

typedef struct
{
  RegimenWindow       *window;
  RegimenPlan         *plan;
  RegimenPlanOverview *overview;
  GtkEventController  *keys;
} Fixture;

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

/* blocks.regimen.json: Base (weeks 1–2), Build (weeks 3–5), week 6 in
 * no block; "Squat N" on Monday of week N, intervals on Wednesday of
 * week 2, an easy run on Friday of the lighter week 4. */
static void
fixture_open (Fixture *fixture)
{
  fixture->plan = fixture_load_plan ("ui", "blocks.regimen.json");
  fixture->window = ui_test_open_wide_window (app);
  regimen_window_set_plan (fixture->window, fixture->plan, NULL);
  ui_test_wait_for_rows (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "overview"));
  ui_test_iterate_until_idle ();
  fixture->overview = ui_test_find_first (GTK_WIDGET (fixture->window), REGIMEN_TYPE_PLAN_OVERVIEW);
  g_assert_nonnull (fixture->overview);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->overview)));
  /* Laid out before a case measures a chip or points at it: on a busy
   * machine the first frame can come after the main loop goes idle, and a
   * chip not yet allocated is 0 × 0 at its row's corner. */
  ui_test_wait_for_frames (GTK_WIDGET (fixture->overview), 2);
  fixture->keys = find_controller (GTK_WIDGET (fixture->overview), "regimen-overview-keys");
}

static void
fixture_close (Fixture *fixture)
{
  /* The next test starts in the week view, as a new person would. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_iterate_until_idle ();
  g_clear_object (&fixture->plan);
}

static gboolean
press_key (Fixture         *fixture,
           guint            keyval,
           GdkModifierType  state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (fixture->keys, "key-pressed", keyval, 0, state, &handled);
  ui_test_iterate_until_idle ();

  return handled;
}

static RegimenOverviewRow *
row (Fixture *fixture,
     guint    week)
{
  GtkWidget *found = regimen_plan_overview_get_row (fixture->overview, week);

  g_assert_nonnull (found);
  return REGIMEN_OVERVIEW_ROW (found);
}

static GPtrArray *
chips_of (Fixture *fixture,
          guint    week,
          guint    day)
{
  GPtrArray *chips = g_ptr_array_new ();

  ui_test_collect_visible (regimen_overview_row_get_day_box (row (fixture, week), day),
                           REGIMEN_TYPE_SESSION_CHIP, chips);
  return chips;
}

static guint
n_chips (Fixture *fixture,
         guint    week,
         guint    day)
{
  g_autoptr(GPtrArray) chips = chips_of (fixture, week, day);

  return chips->len;
}

static GtkWidget *
chip_at (Fixture *fixture,
         guint    week,
         guint    day)
{
  g_autoptr(GPtrArray) chips = chips_of (fixture, week, day);

  g_assert_cmpuint (chips->len, >, 0);
  return g_ptr_array_index (chips, 0);
}

static const char *
monday_title (RegimenPlan *plan,
              guint        week)
{
  RegimenDay *monday = regimen_plan_get_day (plan, week, 0);

  return regimen_day_get_n_sessions (monday) > 0
         ? regimen_session_get_title (regimen_day_get_session (monday, 0)) : "-";
}

static GtkWidget *
focus (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* The text of the first label below @widget with @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (widget == NULL)
    return NULL;
  ui_test_collect_visible (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

static void
test_rows_chips_and_headers (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) monday = NULL;
  g_autoptr(GPtrArray) wednesday = NULL;
  g_autoptr(GPtrArray) friday = NULL;
  GtkWidget *header;

  fixture_open (&fixture);

  ui_test_collect_visible (GTK_WIDGET (fixture.overview), REGIMEN_TYPE_OVERVIEW_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 6);

  /* Each row says what it holds in words. */
  gtk_test_accessible_assert_property (row (&fixture, 0), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Week 1, 23 Nov – 29 Nov, 1 session, load 280 of 1040 AU, "
                                       "1 problem, worst: Information");
  g_assert_true (find_label (GTK_WIDGET (row (&fixture, 3)), "Lighter week") != NULL);
  g_assert_null (find_label (GTK_WIDGET (row (&fixture, 2)), "Lighter week"));

  /* The chips sit under their days. */
  monday = chips_of (&fixture, 1, 0);
  wednesday = chips_of (&fixture, 1, 2);
  friday = chips_of (&fixture, 3, 4);
  g_assert_cmpuint (monday->len, ==, 1);
  g_assert_cmpuint (wednesday->len, ==, 1);
  g_assert_cmpuint (friday->len, ==, 1);
  g_assert_cmpuint (n_chips (&fixture, 1, 1), ==, 0);
  gtk_test_accessible_assert_property (g_ptr_array_index (wednesday, 0), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Intervals, HIIT · RPE 8 · 24 min, Wednesday");
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (wednesday, 0), "hiit"));
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (monday, 0), "hiit"));
  g_assert_cmpstr (gtk_image_get_icon_name (ui_test_find_first (g_ptr_array_index (wednesday, 0), GTK_TYPE_IMAGE)),
                   ==, regimen_session_kind_icon_name (REGIMEN_SESSION_KIND_HIIT));

  /* Block headings above the first week of each block and above the
   * weeks in none. */
  header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row (&fixture, 0)));
  g_assert_nonnull (find_label (header, "Base"));
  g_assert_nonnull (find_label (header, "Weeks 1–2"));
  g_assert_nonnull (find_label (header, "Learn the squat"));
  g_assert_null (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row (&fixture, 1))));
  header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row (&fixture, 2)));
  g_assert_nonnull (find_label (header, "Build"));
  g_assert_nonnull (find_label (header, "Weeks 3–5"));
  header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row (&fixture, 5)));
  g_assert_nonnull (find_label (header, "No block"));

  /* A renamed block renames its heading. */
  g_assert_true (regimen_plan_rename_block (fixture.plan, 1, "Strength", NULL));
  ui_test_iterate_until_idle ();
  header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row (&fixture, 2)));
  g_assert_nonnull (find_label (header, "Strength"));

  fixture_close (&fixture);
}

/* Load and problems come from the check; a change redraws the rows it
 * touched and rebuilds no other row or chip. */
static void
test_follows_the_check (void)
{
  Fixture fixture = { 0 };
  RegimenChecker *checker;
  const RegimenWeekSummary *summary;
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_HIIT, "Hills");
  GtkWidget *first_row;
  GtkWidget *first_chip;

  fixture_open (&fixture);
  checker = regimen_window_get_checker (fixture.window);
  summary = regimen_overview_row_get_summary (row (&fixture, 1));
  g_assert_nonnull (summary);
  g_assert_cmpfloat_with_epsilon (summary->load, regimen_checker_get_week_stats (checker, 1)->load, 1e-9);
  g_assert_cmpuint (summary->n_sessions, ==, 2);

  first_row = GTK_WIDGET (row (&fixture, 0));
  first_chip = chip_at (&fixture, 0, 0);

  regimen_session_set_rpe (session, 9);
  regimen_session_set_minutes (session, 30);
  g_assert_true (regimen_plan_add_session_to (fixture.plan, regimen_plan_get_day (fixture.plan, 1, 3),
                                              G_MAXUINT, session));
  ui_test_iterate_until_idle ();

  summary = regimen_overview_row_get_summary (row (&fixture, 1));
  g_assert_cmpuint (summary->n_sessions, ==, 3);
  g_assert_cmpuint (n_chips (&fixture, 1, 3), ==, 1);
  g_assert_cmpfloat_with_epsilon (summary->load,
                                  regimen_checker_get_week_stats (regimen_window_get_checker (fixture.window), 1)->load,
                                  1e-9);
  g_assert_true (GTK_WIDGET (row (&fixture, 0)) == first_row);
  g_assert_true (chip_at (&fixture, 0, 0) == first_chip);

  fixture_close (&fixture);
}

/* The toggle buttons, the accelerators' action and opening a week. */
static void
test_switch_and_open (void)
{
  Fixture fixture = { 0 };
  RegimenWeekView *week_view;
  GtkStack *stack;
  g_autoptr(GVariant) state = NULL;

  fixture_open (&fixture);
  week_view = regimen_window_get_week_view (fixture.window);
  stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (fixture.overview), GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "overview");
  state = g_action_group_get_action_state (G_ACTION_GROUP (fixture.window), "view");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "overview");

  /* Selecting a row makes its week the window's week, for the week actions. */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row (&fixture, 4)))),
                           GTK_LIST_BOX_ROW (row (&fixture, 4)));
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_week_view_get_week (week_view), ==, 4);
  g_assert_cmpuint (regimen_plan_overview_get_week (fixture.overview), ==, 4);

  /* And the week view's week selects the row. */
  regimen_week_view_set_week (week_view, 2);
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row (&fixture, 2))));

  /* The Menu key opens the row's menu, on the row's week; the menu is
   * made then, not with the overview (issue 20). */
  g_assert_null (ui_test_find_first (GTK_WIDGET (fixture.overview), GTK_TYPE_POPOVER_MENU));
  gtk_widget_grab_focus (GTK_WIDGET (row (&fixture, 3)));
  g_assert_true (press_key (&fixture, GDK_KEY_Menu, 0));
  g_assert_cmpuint (regimen_week_view_get_week (week_view), ==, 3);
  {
    GtkWidget *menu = ui_test_find_first (GTK_WIDGET (fixture.overview), GTK_TYPE_POPOVER_MENU);

    g_assert_nonnull (menu);
    g_assert_true (gtk_widget_get_visible (menu));
    gtk_popover_popdown (GTK_POPOVER (menu));
    ui_test_iterate_until_idle ();
  }

  /* Enter on a row opens its week in the week view. */
  gtk_widget_activate (GTK_WIDGET (row (&fixture, 5)));
  ui_test_iterate_until_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "week");
  g_assert_cmpuint (regimen_week_view_get_week (week_view), ==, 5);

  /* A chip opens its session there, focused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.view", "s", "overview"));
  ui_test_iterate_until_idle ();
  g_signal_emit_by_name (chip_at (&fixture, 3, 4), "clicked");
  ui_test_iterate_until_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "week");
  g_assert_cmpuint (regimen_week_view_get_week (week_view), ==, 3);
  g_assert_true (gtk_widget_is_ancestor (focus (&fixture),
                                         GTK_WIDGET (regimen_week_view_get_day_column (week_view, 4))));

  fixture_close (&fixture);
}

static void
test_keyboard_moves (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GBytes) before = NULL;
  RegimenSession *intervals;
  GtkWidget *chip;

  fixture_open (&fixture);
  before = regimen_plan_to_bytes (fixture.plan);

  /* Alt+Down moves the week down a place, in its block; focus follows. */
  gtk_widget_grab_focus (GTK_WIDGET (row (&fixture, 2)));
  g_assert_true (press_key (&fixture, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpstr (monday_title (fixture.plan, 3), ==, "Squat 3");
  g_assert_cmpstr (monday_title (fixture.plan, 2), ==, "Squat 4");
  g_assert_true (focus (&fixture) == GTK_WIDGET (row (&fixture, 3)));
  g_assert_cmpuint (regimen_plan_overview_get_week (fixture.overview), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  ui_test_iterate_until_idle ();

  /* Alt+Up on the first week of a block crosses the heading into the
   * block above, staying in place; again, and it moves up within it. */
  gtk_widget_grab_focus (GTK_WIDGET (row (&fixture, 2)));
  g_assert_true (press_key (&fixture, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_cmpstr (monday_title (fixture.plan, 2), ==, "Squat 3");
  g_assert_cmpuint (regimen_block_get_n_weeks (regimen_plan_get_block (fixture.plan, 0)), ==, 3);
  g_assert_true (press_key (&fixture, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_cmpstr (monday_title (fixture.plan, 1), ==, "Squat 3");
  g_assert_cmpuint (regimen_block_get_n_weeks (regimen_plan_get_block (fixture.plan, 0)), ==, 3);
  g_assert_true (focus (&fixture) == GTK_WIDGET (row (&fixture, 1)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  ui_test_iterate_until_idle ();
  {
    g_autoptr(GBytes) undone = regimen_plan_to_bytes (fixture.plan);

    g_assert_true (g_bytes_equal (undone, before));
  }

  /* Right goes from the row to its first chip; Down from a chip to the
   * same day of the next week. */
  gtk_widget_grab_focus (GTK_WIDGET (row (&fixture, 1)));
  g_assert_true (press_key (&fixture, GDK_KEY_Right, 0));
  g_assert_true (focus (&fixture) == chip_at (&fixture, 1, 0));
  g_assert_true (press_key (&fixture, GDK_KEY_Right, 0));
  g_assert_true (focus (&fixture) == chip_at (&fixture, 1, 2));
  g_assert_true (press_key (&fixture, GDK_KEY_Left, 0));
  g_assert_true (press_key (&fixture, GDK_KEY_Down, 0));
  g_assert_true (focus (&fixture) == chip_at (&fixture, 2, 0));

  /* Alt+Shift+Down moves the session to the same day of the next week,
   * Alt+Shift+Right to the next day; the chip keeps the focus. */
  chip = chip_at (&fixture, 1, 2);
  intervals = regimen_session_chip_get_session (REGIMEN_SESSION_CHIP (chip));
  gtk_widget_grab_focus (chip);
  g_assert_true (press_key (&fixture, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (fixture.plan, 1, 2)), ==, 0);
  g_assert_true (regimen_day_get_session (regimen_plan_get_day (fixture.plan, 2, 2), 0) == intervals);
  chip = focus (&fixture);
  g_assert_true (REGIMEN_IS_SESSION_CHIP (chip));
  g_assert_true (regimen_session_chip_get_session (REGIMEN_SESSION_CHIP (chip)) == intervals);
  g_assert_true (gtk_widget_is_ancestor (chip, GTK_WIDGET (row (&fixture, 2))));
  g_assert_true (press_key (&fixture, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK));
  g_assert_true (regimen_day_get_session (regimen_plan_get_day (fixture.plan, 2, 3), 0) == intervals);
  g_assert_cmpuint (n_chips (&fixture, 2, 3), ==, 1);
  g_assert_true (regimen_session_chip_get_session (REGIMEN_SESSION_CHIP (focus (&fixture))) == intervals);

  /* Each move was one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  ui_test_iterate_until_idle ();
  {
    g_autoptr(GBytes) undone = regimen_plan_to_bytes (fixture.plan);

    g_assert_true (g_bytes_equal (undone, before));
  }

  fixture_close (&fixture);
}

/* The visible menu of the overview, or NULL. */
static GtkPopoverMenu *
shown_menu (Fixture *fixture)
{
  g_autoptr(GPtrArray) menus = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (fixture->overview), GTK_TYPE_POPOVER_MENU, menus);
  for (guint i = 0; i < menus->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (menus, i)))
      return g_ptr_array_index (menus, i);

  return NULL;
}

static void
assert_menu_item (GMenuModel *model,
                  int         index,
                  const char *label,
                  const char *action,
                  const char *target)
{
  g_autofree char *item_label = NULL;
  g_autofree char *item_action = NULL;
  g_autoptr(GVariant) item_target = NULL;

  g_assert_true (g_menu_model_get_item_attribute (model, index, G_MENU_ATTRIBUTE_LABEL, "s", &item_label));
  g_assert_cmpstr (item_label, ==, label);
  g_assert_true (g_menu_model_get_item_attribute (model, index, G_MENU_ATTRIBUTE_ACTION, "s", &item_action));
  g_assert_cmpstr (item_action, ==, action);
  item_target = g_menu_model_get_item_attribute_value (model, index, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_assert_nonnull (item_target);
  g_assert_cmpstr (g_variant_get_string (item_target, NULL), ==, target);
}

/* A session chip's menu (Shift+F10, Menu or a right click on the chip):
 * Open Session, and Move to Week…, whose dialog chooses a week and a day
 * and moves the session there in one undo step. */
static void
test_session_menu (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GBytes) before = NULL;
  RegimenSession *intervals;
  const char *id;
  GtkWidget *chip;
  GtkPopoverMenu *menu;
  GMenuModel *model;
  AdwMessageDialog *dialog;
  GtkSpinButton *week_spin;
  AdwComboRow *day_row;
  GtkGesture *secondary = NULL;
  graphene_point_t point;

  fixture_open (&fixture);
  before = regimen_plan_to_bytes (fixture.plan);
  chip = chip_at (&fixture, 1, 2);
  intervals = regimen_session_chip_get_session (REGIMEN_SESSION_CHIP (chip));
  id = regimen_session_get_id (intervals);

  /* From the keyboard: Shift+F10 on the chip opens its menu, not the week's,
   * made when first opened. */
  g_assert_null (ui_test_find_first (GTK_WIDGET (fixture.overview), GTK_TYPE_POPOVER_MENU));
  gtk_widget_grab_focus (chip);
  g_assert_true (press_key (&fixture, GDK_KEY_F10, GDK_SHIFT_MASK));
  menu = shown_menu (&fixture);
  g_assert_nonnull (menu);
  model = gtk_popover_menu_get_menu_model (menu);
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 2);
  assert_menu_item (model, 0, "_Open Session", "overview.open-session", id);
  assert_menu_item (model, 1, "_Move to Week…", "overview.move-session-to-week", id);
  gtk_popover_popdown (GTK_POPOVER (menu));
  ui_test_iterate_until_idle ();
  gtk_widget_grab_focus (chip);
  g_assert_true (press_key (&fixture, GDK_KEY_Menu, 0));
  g_assert_true (shown_menu (&fixture) == menu);
  gtk_popover_popdown (GTK_POPOVER (menu));
  ui_test_iterate_until_idle ();

  /* A right click on the chip opens the same menu; on the row around it,
   * the week's. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (row (&fixture, 1)));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_CLICK (controller) &&
            gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_SECONDARY)
          secondary = GTK_GESTURE (controller);
      }
  }
  g_assert_nonnull (secondary);
  g_assert_true (gtk_widget_compute_point (chip, GTK_WIDGET (row (&fixture, 1)),
                                           &GRAPHENE_POINT_INIT (4, 4), &point));
  g_signal_emit_by_name (secondary, "pressed", 1, (double) point.x, (double) point.y);
  ui_test_iterate_until_idle ();
  g_assert_true (shown_menu (&fixture) == menu);
  gtk_popover_popdown (GTK_POPOVER (menu));
  ui_test_iterate_until_idle ();
  g_signal_emit_by_name (secondary, "pressed", 1, 2.0, 2.0);
  ui_test_iterate_until_idle ();
  g_assert_nonnull (shown_menu (&fixture));
  g_assert_true (shown_menu (&fixture) != menu);
  gtk_popover_popdown (GTK_POPOVER (shown_menu (&fixture)));
  ui_test_iterate_until_idle ();

  /* Move to Week…: the dialog starts where the session is, which it does
   * not offer; week 5, Friday moves it there, to the end of the day. */
  g_assert_true (gtk_widget_activate_action (chip, "overview.move-session-to-week", "s", id));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (fixture.window));
  g_assert_nonnull (dialog);
  week_spin = ui_test_find_first (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON);
  day_row = ui_test_find_first (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (week_spin), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (day_row), ==, 2);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "move"));
  {
    g_autofree char *week_name = ui_test_accessible_name (GTK_WIDGET (dialog), GTK_WIDGET (week_spin));
    g_autofree char *day_name = ui_test_accessible_name (GTK_WIDGET (dialog), GTK_WIDGET (day_row));

    g_assert_cmpstr (week_name, ==, "Week");
    g_assert_cmpstr (day_name, ==, "Day");
  }

  gtk_spin_button_set_value (week_spin, 5);
  adw_combo_row_set_selected (day_row, 4);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "move"));
  adw_message_dialog_response (dialog, "move");
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (fixture.plan, 1, 2)), ==, 0);
  {
    RegimenDay *friday = regimen_plan_get_day (fixture.plan, 4, 4);

    g_assert_true (regimen_day_get_session (friday, regimen_day_get_n_sessions (friday) - 1) == intervals);
  }
  g_assert_true (REGIMEN_IS_SESSION_CHIP (focus (&fixture)));
  g_assert_true (regimen_session_chip_get_session (REGIMEN_SESSION_CHIP (focus (&fixture))) == intervals);

  /* One step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  ui_test_iterate_until_idle ();
  {
    g_autoptr(GBytes) undone = regimen_plan_to_bytes (fixture.plan);

    g_assert_true (g_bytes_equal (undone, before));
  }

  fixture_close (&fixture);
}

/* What a drop on a row does: the rows only report it; the overview
 * decides where the week or session goes. */
static void
test_drops (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GBytes) before = NULL;
  RegimenSession *run;

  fixture_open (&fixture);
  before = regimen_plan_to_bytes (fixture.plan);

  /* Week 1 on the lower half of week 3: after it. */
  g_signal_emit_by_name (row (&fixture, 2), "week-dropped", regimen_plan_get_week (fixture.plan, 0), TRUE);
  ui_test_iterate_until_idle ();
  g_assert_cmpstr (monday_title (fixture.plan, 2), ==, "Squat 1");
  g_assert_cmpstr (monday_title (fixture.plan, 0), ==, "Squat 2");
  g_assert_cmpuint (regimen_plan_overview_get_week (fixture.overview), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  ui_test_iterate_until_idle ();

  /* Week 6, in no block, on the upper half of Build's first week: into
   * Build, under its heading. */
  g_signal_emit_by_name (row (&fixture, 2), "week-dropped", regimen_plan_get_week (fixture.plan, 5), FALSE);
  ui_test_iterate_until_idle ();
  g_assert_cmpstr (monday_title (fixture.plan, 2), ==, "Squat 6");
  g_assert_cmpuint (regimen_block_get_n_weeks (regimen_plan_get_block (fixture.plan, 0)), ==, 2);
  g_assert_cmpuint (regimen_block_get_n_weeks (regimen_plan_get_block (fixture.plan, 1)), ==, 4);
  g_assert_true (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row (&fixture, 2))) != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  ui_test_iterate_until_idle ();

  /* A session dropped on a day of another week goes to that day. */
  run = regimen_day_get_session (regimen_plan_get_day (fixture.plan, 3, 4), 0);
  g_signal_emit_by_name (row (&fixture, 0), "session-dropped", run, 6);
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_day_get_session (regimen_plan_get_day (fixture.plan, 0, 6), 0) == run);
  g_assert_cmpuint (n_chips (&fixture, 0, 6), ==, 1);
  g_assert_cmpuint (n_chips (&fixture, 3, 4), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  ui_test_iterate_until_idle ();

  {
    g_autoptr(GBytes) undone = regimen_plan_to_bytes (fixture.plan);

    g_assert_true (g_bytes_equal (undone, before));
  }

  fixture_close (&fixture);
}

/* A row takes its plan and week as construct-only properties, like the
 * other rows and cards, and shows the week's sessions from construction:
 * nothing is set by field after g_object_new(). */
static void
test_row_construct_properties (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "blocks.regimen.json");
  RegimenWeek *week = regimen_plan_get_week (plan, 0);
  GtkWidget *row = g_object_ref_sink (g_object_new (REGIMEN_TYPE_OVERVIEW_ROW, "plan", plan, "week", week, NULL));
  RegimenPlan *row_plan = NULL;
  RegimenWeek *row_week = NULL;

  g_object_get (row, "plan", &row_plan, "week", &row_week, NULL);
  g_assert_true (row_plan == plan);
  g_assert_true (row_week == week);
  g_assert_true (regimen_overview_row_get_week (REGIMEN_OVERVIEW_ROW (row)) == week);
  g_clear_object (&row_plan);
  g_clear_object (&row_week);
  /* "Squat 1" on Monday of week 1 */
  g_assert_nonnull (gtk_widget_get_first_child (regimen_overview_row_get_day_box (REGIMEN_OVERVIEW_ROW (row), 0)));

  for (guint i = 0; i < 2; i++)
    {
      const char *names[] = { "plan", "week" };
      GParamSpec *pspec = g_object_class_find_property (g_type_class_peek (REGIMEN_TYPE_OVERVIEW_ROW), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
    }
  g_object_unref (row);
}

/* Adversarial pass 14: Move to Week… of a session titled with thousands
 * of lines quoted it whole, its week, day and Move off the screen. The
 * dialog names it on one line, cut short. */
static void
test_move_dialog_title_on_one_line (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GString) title = g_string_new ("Squat");
  RegimenSession *session;
  AdwMessageDialog *dialog;
  const char *body;

  fixture_open (&fixture);
  for (int i = 0; i < 1000; i++)
    g_string_append (title, "\nsquat");
  session = regimen_plan_get_session (fixture.plan, 0, 0, 0);
  regimen_session_set_title (session, title->str);
  ui_test_iterate_until_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.overview), "overview.move-session-to-week", "s",
                                             regimen_session_get_id (session)));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (fixture.window));
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_true (g_str_has_prefix (body, "“Squat squat squat"));
  g_assert_null (strchr (body, '\n'));
  g_assert_cmpuint (g_utf8_strlen (body, -1), <, 200);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();

  fixture_close (&fixture);
}

/* Adversarial pass 25: a week typed in Move to Week… and not yet entered
 * (the dialog answered by Alt+M, the focus still in the field) was left
 * out: the session went to the week the field held before. A week past
 * the plan's last is set to the last, and the field says so. */
static void
test_move_dialog_reads_typed_week (void)
{
  Fixture fixture = { 0 };
  RegimenSession *session;
  AdwMessageDialog *dialog;
  GtkSpinButton *week_spin;
  AdwComboRow *day_row;
  GtkEditable *text;
  guint n_weeks;

  fixture_open (&fixture);
  n_weeks = regimen_plan_get_n_weeks (fixture.plan);
  session = regimen_plan_get_session (fixture.plan, 0, 0, 0);
  g_assert_nonnull (session);
  g_object_ref (session);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.overview), "overview.move-session-to-week", "s",
                                             regimen_session_get_id (session)));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (fixture.window));
  g_assert_nonnull (dialog);
  week_spin = ui_test_find_first (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON);
  day_row = ui_test_find_first (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  text = gtk_editable_get_delegate (GTK_EDITABLE (week_spin));

  /* Past the last week, the focus leaving the field. */
  gtk_widget_grab_focus (GTK_WIDGET (week_spin));
  gtk_editable_set_text (text, "999");
  gtk_spin_button_update (week_spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (week_spin), ==, (int) n_weeks);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (week_spin), "error"));

  /* Another day chosen, then week 2 typed and not entered. */
  adw_combo_row_set_selected (day_row, 3);
  gtk_widget_grab_focus (GTK_WIDGET (week_spin));
  gtk_editable_set_text (text, "2");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "move"));
  adw_message_dialog_response (dialog, "move");
  ui_test_iterate_until_idle ();

  g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (fixture.plan, 1, 3)), >, 0);
  {
    RegimenDay *thursday = regimen_plan_get_day (fixture.plan, 1, 3);
    RegimenSession *last = regimen_day_get_session (thursday, regimen_day_get_n_sessions (thursday) - 1);

    g_assert_true (last == session);
  }
  g_object_unref (session);

  fixture_close (&fixture);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/plan-overview/rows-chips-and-headers", test_rows_chips_and_headers);
  g_test_add_func ("/ui/plan-overview/follows-the-check", test_follows_the_check);
  g_test_add_func ("/ui/plan-overview/switch-and-open", test_switch_and_open);
  g_test_add_func ("/ui/plan-overview/keyboard-moves", test_keyboard_moves);
  g_test_add_func ("/ui/plan-overview/drops", test_drops);
  g_test_add_func ("/ui/plan-overview/session-menu", test_session_menu);
  g_test_add_func ("/ui/plan-overview/row-construct-properties", test_row_construct_properties);
  g_test_add_func ("/ui/plan-overview/move-dialog-title-on-one-line", test_move_dialog_title_on_one_line);
  g_test_add_func ("/ui/plan-overview/move-dialog-reads-typed-week", test_move_dialog_reads_typed_week);

  return g_test_run ();
}
