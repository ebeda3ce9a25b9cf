/* test-hostile-43d.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and what adversarial pass 43b of issue 21 found and left:
 * a plan whose weeks run past 2999-12-31, the last day a plan may name,
 * which the reader refuses and the exports cannot write. */

#include "config.h"

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-plan-settings.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* @text typed into @entry with real keys, after its own text was rubbed
 * out with BackSpace, then Enter. */
static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_widget_grab_focus (entry);
  ui_test_iterate_until_idle ();
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  while (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    ui_test_press_key (entry, GDK_KEY_BackSpace);
  for (const char *p = text; *p != '\0'; p++)
    ui_test_press_key (entry, *p == '-' ? GDK_KEY_minus : GDK_KEY_0 + (*p - '0'));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, text);
  ui_test_press_key (entry, GDK_KEY_Return);
}

/* Whether @action is enabled, as a button bound to it shows. */
static gboolean
enabled (RegimenWindow *window,
         const char    *action)
{
  AdwHeaderBar *header = ui_test_find_first (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *probe = gtk_button_new ();
  gboolean result;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
  adw_header_bar_pack_end (header, probe);
  ui_test_iterate_until_idle ();
  result = gtk_widget_get_sensitive (probe);
  adw_header_bar_remove (header, probe);

  return result;
}

static void
assert_starts_on (RegimenPlan *plan,
                  guint        day)
{
  const GDate *start = regimen_plan_get_start_date (plan);

  g_assert_nonnull (start);
  g_assert_cmpuint (g_date_get_year (start), ==, 2999);
  g_assert_cmpuint (g_date_get_month (start), ==, G_DATE_DECEMBER);
  g_assert_cmpuint (g_date_get_day (start), ==, day);
}

/* Issue 21, pass 43b: Add Week at the end of a plan that started on
 * 2999-12-30 made a week of 3000, and the plan settings took that start
 * for a plan of any length; export-ics then refused the plan whole. A
 * plan's weeks end by 2999-12-31: Add Week does nothing past them, and a
 * start that leaves the plan's weeks no room is refused under the date,
 * which stays as it was. */
static void
test_weeks_end_by_last_day (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = regimen_window_get_plan (window);
  AdwActionRow *start = NULL;
  GtkWindow *settings;
  GtkWidget *entry;

  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-settings", NULL));
  settings = ui_test_wait_for_toplevel (REGIMEN_TYPE_PLAN_SETTINGS, GTK_WINDOW (window));
  g_assert_nonnull (settings);
  ui_test_collect (GTK_WIDGET (settings), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "Starts on") == 0)
      start = g_ptr_array_index (rows, i);
  g_assert_nonnull (start);
  entry = adw_action_row_get_activatable_widget (start);
  g_assert_true (GTK_IS_ENTRY (entry));

  /* Its one week ends on 2999-12-29. */
  type_and_enter (entry, "2999-12-23");
  assert_starts_on (plan, 23);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));

  /* From 2999-12-30 it would end in 3000: refused, the start kept. */
  type_and_enter (entry, "2999-12-30");
  assert_starts_on (plan, 23);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (start),
                                   " would run past 31 December 2999, the last day a plan may name"));

  /* No second week: it would end on 3000-01-05. Greyed out, rather
   * than doing nothing when chosen. */
  g_assert_false (enabled (window, "win.add-week"));
  g_assert_false (enabled (window, "win.duplicate-week"));
  g_assert_false (enabled (window, "win.insert-week-before"));
  g_assert_false (enabled (window, "win.new-block"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-week", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.insert-week-before", NULL);
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 1);

  /* A week earlier there is room for two. */
  type_and_enter (entry, "2999-12-16");
  assert_starts_on (plan, 16);
  g_assert_true (enabled (window, "win.add-week"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 2);

  gtk_window_destroy (settings);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-43d/weeks-end-by-last-day", test_weeks_end_by_last_day);

  return g_test_run ();
}
