/* test-check-panel.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-check-panel.h"
#include "regimen-core.h"
#include "regimen-weeks-chart.h"
#include "regimen-window.h"

static RegimenApplication *app;

typedef struct
{
  GtkWindow         *window;
  RegimenCheckPanel *panel;
  RegimenPlan       *plan;
  RegimenChecker    *checker;
} Fixture;

static void
iterate_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (child)));
      collect_labels (child, text);
    }
}

static void
fixture_set_up (Fixture    *fixture,
                const char *name,
                guint       week)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "plans", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->plan = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  fixture->checker = regimen_plan_check (fixture->plan, regimen_library_get_default ());

  /* The real window, so the panel is laid out as people see it. */
  fixture->window = GTK_WINDOW (regimen_window_new (app));
  gtk_window_present (fixture->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (fixture->window)))
    g_main_context_iteration (NULL, TRUE);
  regimen_window_set_plan (REGIMEN_WINDOW (fixture->window), fixture->plan, NULL);
  fixture->panel = REGIMEN_CHECK_PANEL (find_child (GTK_WIDGET (fixture->window), REGIMEN_TYPE_CHECK_PANEL));
  g_assert_nonnull (fixture->panel);
  regimen_check_panel_update (fixture->panel, fixture->checker, fixture->plan, week);
  iterate_until_idle ();
}

static void
fixture_tear_down (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->checker);
  g_clear_object (&fixture->plan);
  iterate_until_idle ();
}

static void
test_weeks_chart_multi_week (void)
{
  Fixture fixture;
  GtkWidget *chart;
  g_autoptr(GString) expected = g_string_new (NULL);
  guint n_weeks;
  const RegimenWeekStats *shown;
  g_autofree char *message = NULL;

  fixture_set_up (&fixture, "four-week.json", 1);
  n_weeks = regimen_checker_get_n_weeks (fixture.checker);
  g_assert_cmpuint (n_weeks, >, 1);

  chart = find_child (GTK_WIDGET (fixture.panel), REGIMEN_TYPE_WEEKS_CHART);
  g_assert_nonnull (chart);
  g_assert_true (gtk_widget_get_visible (chart));

  /* Every week's load is told in words, then the shown week's figures. */
  for (guint week = 0; week < n_weeks; week++)
    g_string_append_printf (expected, "%sWeek %u %.0f AU", week > 0 ? ", " : "", week + 1,
                            regimen_checker_get_week_stats (fixture.checker, week)->load);
  shown = regimen_checker_get_week_stats (fixture.checker, 1);
  g_string_append_printf (expected, "; fitness %.0f, fatigue %.0f, form %s%.0f at week 2",
                          shown->ctl, shown->atl, round (shown->tsb) < 0 ? "−" : "", fabs (shown->tsb));
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                expected->str);
  g_assert_null (message);

  fixture_tear_down (&fixture);
}

static void
test_weeks_chart_hidden_for_one_week (void)
{
  Fixture fixture;
  GtkWidget *chart;

  fixture_set_up (&fixture, "one-week.json", 0);
  g_assert_cmpuint (regimen_checker_get_n_weeks (fixture.checker), ==, 1);

  chart = find_child (GTK_WIDGET (fixture.panel), REGIMEN_TYPE_WEEKS_CHART);
  g_assert_nonnull (chart);
  g_assert_false (gtk_widget_get_visible (chart));

  fixture_tear_down (&fixture);
}

static void
test_muscle_sets (void)
{
  Fixture fixture;
  const RegimenWeekStats *stats;
  const char * const *ids = regimen_muscle_list_ids ();
  g_autoptr(GString) text = g_string_new (NULL);
  guint shown = 0;

  fixture_set_up (&fixture, "four-week.json", 0);
  stats = regimen_checker_get_week_stats (fixture.checker, 0);
  collect_labels (GTK_WIDGET (fixture.panel), text);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s\n", regimen_muscle_get_name (ids[i]));
      guint sets = regimen_week_stats_get_muscle_sets (stats, ids[i]);

      if (sets > 0)
        {
          const RegimenThresholds *limits = regimen_checker_get_thresholds (fixture.checker);
          /* Each muscle group against its range, e.g. "Quadriceps 12 (10–20)". */
          g_autofree char *count = g_strdup_printf ("%s%u (%u–%u)\n", line, sets,
                                                    limits->sets_range_low, limits->sets_range_high);

          g_assert_nonnull (strstr (text->str, count));
          shown++;
        }
      else
        g_assert_null (strstr (text->str, line));
    }

  g_assert_cmpuint (shown, >, 0);
  g_assert_nonnull (strstr (text->str, "Hard Sets per Muscle Group\n"));

  fixture_tear_down (&fixture);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp (NULL, NULL);

  /* Working copies of this test only. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);

  /* The application registers the resources and the style sheet. */
  app = regimen_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/ui/check-panel/weeks-chart", test_weeks_chart_multi_week);
  g_test_add_func ("/ui/check-panel/one-week", test_weeks_chart_hidden_for_one_week);
  g_test_add_func ("/ui/check-panel/muscle-sets", test_muscle_sets);

  return g_test_run ();
}
