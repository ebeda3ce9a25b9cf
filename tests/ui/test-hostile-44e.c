/* test-hostile-44e.c
 *
 * Issue 21, pass 44e: what the German pass (44b) found in the window and
 * left.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-week-view.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The subtitle of the row titled @title in the list of @dialog, NULL
 * when it has none. */
static const char *
row_subtitle (AdwMessageDialog *dialog,
              const char       *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        {
          const char *subtitle = adw_action_row_get_subtitle (row);

          return subtitle != NULL && *subtitle != '\0' ? subtitle : NULL;
        }
    }
  g_assert_not_reached ();
}

/* The copy-week dialog listed four-week.json's weeks “Week 2” with the
 * subtitle “Week 2”, its label that only repeats the week's place, which
 * the week view, the sheet and stats leave out (and a plan made from a
 * template in German read “Woche 2 / Week 2”). A label that says more
 * stays. */
static void
test_copy_week_leaves_out_place_labels (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  AdwMessageDialog *dialog;

  regimen_week_view_set_week (regimen_window_get_week_view (window), 0);
  ui_test_iterate_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-week-to", NULL));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);

  g_assert_cmpstr (row_subtitle (dialog, "Week 2"), ==, NULL);
  g_assert_cmpstr (row_subtitle (dialog, "Week 3"), ==, NULL);
  g_assert_cmpstr (row_subtitle (dialog, "Week 4"), ==, "Week 4 — deload");

  gtk_window_close (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-44e/copy-week-leaves-out-place-labels", test_copy_week_leaves_out_place_labels);

  return g_test_run ();
}
