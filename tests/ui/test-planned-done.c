/* test-planned-done.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's read side of the log: the check panel's planned against
 * done, its charts, and the progress chart of the exercise detail. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "regimen-check-panel.h"
#include "regimen-core.h"
#include "regimen-exercise-detail.h"
#include "regimen-load-chart.h"
#include "regimen-progress-chart.h"
#include "regimen-week-view.h"
#include "regimen-weeks-chart.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Every visible label under @widget, one a line, no-break spaces read as
 * spaces. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        {
          g_auto(GStrv) parts = g_strsplit (gtk_label_get_label (GTK_LABEL (child)), "\u00a0", -1);
          g_autofree char *plain = g_strjoinv (" ", parts);

          g_string_append_printf (text, "%s\n", plain);
        }
      collect_labels (child, text);
    }
}

static char *
panel_text (RegimenCheckPanel *panel)
{
  GString *text = g_string_new (NULL);

  collect_labels (GTK_WIDGET (panel), text);
  return g_string_free (text, FALSE);
}

static void
assert_line (const char *text,
             const char *line)
{
  g_autofree char *needle = g_strdup_printf ("\n%s\n", line);
  g_autofree char *haystack = g_strdup_printf ("\n%s", text);

  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not a line of:\n%s", line, text);
}

static void
assert_no_line (const char *text,
                const char *line)
{
  g_autofree char *needle = g_strdup_printf ("\n%s\n", line);
  g_autofree char *haystack = g_strdup_printf ("\n%s", text);

  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” should not be a line of:\n%s", line, text);
}

/* logged-weeks.json from 9 November 2026, judged on 1 December: week 1
 * logged (Monday done, Thursday partly), week 2 logged (Thursday
 * skipped), week 3 over with nothing logged, week 4 under way. By hand:
 * Monday planned 7 × 50 = 350, done 8 × 55 = 440; Thursday planned 6 ×
 * 40 = 240, done 6 × 30 = 180. */
static void
test_panel (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, regimen_library_get_default ());
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  RegimenCheckPanel *panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);
  GtkWidget *load_chart;
  g_autofree char *first = NULL;
  g_autofree char *third = NULL;
  g_autofree char *fourth = NULL;
  char *message;

  ui_test_reveal_check_panel (window);
  /* The panel's widgets are made when it is first shown. */
  load_chart = ui_test_find_first (GTK_WIDGET (panel), REGIMEN_TYPE_LOAD_CHART);
  regimen_check_panel_set_today (panel, today);
  regimen_check_panel_update (panel, checker, plan, regimen_library_get_default (), 0);
  ui_test_iterate_until_idle ();
  first = panel_text (panel);
  assert_line (first, "Planned and Done");
  assert_line (first, "Planned 590 AU · done 620 AU");
  assert_line (first, "1 of 2 sessions done · 1 partly");
  assert_line (first, "Monday · Lower body — Done");
  assert_line (first, "Barbell Back Squat — planned 3 × 5 at 80 % 1RM, done 2 × 5 at 100 kg / 1 × 5 at 102.5 kg");
  assert_line (first, "Side Plank with Hip Flexion — planned 2 × 20 s each side, done 1 × 20 s / 1 × 15 s");
  assert_line (first, "Thursday · Upper body — Partly done");
  assert_line (first, "Seated Cable Row — planned 3 × 10, not done");

  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (load_chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Monday planned 350, done 440; Tuesday planned 0, not logged; "
                                                "Wednesday planned 0, not logged; Thursday planned 240, done 180; "
                                                "Friday planned 0, not logged; Saturday planned 0, not logged; "
                                                "Sunday planned 0, not logged");
  g_assert_null (message);

  /* Week 3 is over and nothing in it is logged: it does not read as done,
   * and its charts draw no done bar. */
  regimen_check_panel_update (panel, checker, plan, regimen_library_get_default (), 2);
  ui_test_iterate_until_idle ();
  third = panel_text (panel);
  assert_line (third, "Planned 590 AU · nothing logged");
  assert_line (third, "None of the 2 sessions planned is logged");
  assert_line (third, "This week is over and nothing is logged: it does not count as done, and the check "
                      "reads it as planned.");
  assert_no_line (third, "Monday · Lower body — Done");
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (load_chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Monday 350, Tuesday 0, Wednesday 0, Thursday 240, "
                                                "Friday 0, Saturday 0, Sunday 0");
  g_assert_null (message);

  /* The week under way is only not logged yet. */
  regimen_check_panel_update (panel, checker, plan, regimen_library_get_default (), 3);
  ui_test_iterate_until_idle ();
  fourth = panel_text (panel);
  assert_line (fourth, "Planned 590 AU · nothing logged yet");
  assert_no_line (fourth, "This week is over and nothing is logged: it does not count as done, and the check "
                          "reads it as planned.");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A planned load in kg reads in the person's unit, as the item rows do,
 * and follows a change of the unit ("Log Loads In") at once. */
static void
test_panel_load_unit (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  RegimenWindow *window;
  RegimenCheckPanel *panel;
  g_autofree char *kg = NULL;
  g_autofree char *lb = NULL;

  g_assert_true (regimen_plan_edit_item_load_kg (plan, regimen_plan_get_item (plan, 0, 0, 0, 0), 100));
  checker = regimen_plan_check (plan, regimen_library_get_default ());
  window = ui_test_open_window_with_plan (app, plan, NULL);
  panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);

  ui_test_reveal_check_panel (window);
  regimen_check_panel_set_today (panel, today);
  regimen_check_panel_update (panel, checker, plan, regimen_library_get_default (), 0);
  ui_test_iterate_until_idle ();
  kg = panel_text (panel);
  assert_line (kg, "Barbell Back Squat — planned 3 × 5 at 100 kg (80 % 1RM), done 2 × 5 at 100 kg / 1 × 5 at 102.5 kg");

  g_settings_set_string (regimen_application_get_settings (app), "load-unit", "lb");
  ui_test_iterate_until_idle ();
  lb = panel_text (panel);
  assert_line (lb, "Barbell Back Squat — planned 3 × 5 at 220.5 lb (80 % 1RM), done 2 × 5 at 100 kg / 1 × 5 at 102.5 kg");
  g_settings_reset (regimen_application_get_settings (app), "load-unit");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The panel names the person's own exercises with the library it is
 * given (the window's), not only the built-in ones. */
static void
test_panel_library (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) library = regimen_library_new_builtin (&error);
  g_autoptr(RegimenExercise) sled = regimen_exercise_new_custom ("my-sled-push", "Sled Push",
                                                                 REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  RegimenCheckPanel *panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);
  g_autofree char *text = NULL;

  ui_test_reveal_check_panel (window);
  g_assert_no_error (error);
  g_assert_true (regimen_library_add (library, sled, &error));
  regimen_item_set_exercise (regimen_session_get_item (regimen_plan_get_session (plan, 0, 0, 0), 0), "my-sled-push");
  checker = regimen_plan_check (plan, library);

  regimen_check_panel_set_today (panel, today);
  regimen_check_panel_update (panel, checker, plan, library, 0);
  ui_test_iterate_until_idle ();
  text = panel_text (panel);
  assert_line (text, "Sled Push — planned 3 × 5 at 80 % 1RM, done 2 × 5 at 100 kg / 1 × 5 at 102.5 kg");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A hand-edited plan's session title and one of the person's exercise
 * names reach the panel's lines of a logged session: line breaks in them
 * made lines of their own (the title's second line read as a heading, an
 * empty one ended the list, so the week's other logged sessions were not
 * shown), a bidirectional override turned the rest of the line round,
 * and a title of 10,000 characters wrapped into hundreds of lines. */
static void
test_panel_hostile_texts (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "hostile.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = fixture_read ("plans", "logged-weeks.json", NULL);
  g_autoptr(GString) hostile = g_string_new (text);
  g_autoptr(GString) long_title = g_string_new ("\"title\": \"Lower\\n\\nHInjected\\u202e body ");
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) library = regimen_library_new_builtin (&error);
  g_autoptr(RegimenExercise) sled = regimen_exercise_new_custom ("my-sled-push", "Sled\n\nPush\u202e",
                                                                 REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  RegimenWindow *window = ui_test_open_window (app);
  RegimenCheckPanel *panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);
  RegimenPlan *plan;
  g_autofree char *shown = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_headings = 0;

  g_assert_no_error (error);
  g_assert_true (regimen_library_add (library, sled, &error));
  for (guint i = 0; i < 10000 - 25; i++)
    g_string_append_c (long_title, 'x');
  g_string_append_c (long_title, '"');
  /* Week 1's Monday session, the first of the file. */
  g_assert_cmpint (g_string_replace (hostile, "\"title\": \"Lower body\"", long_title->str, 1), ==, 1);
  g_assert_cmpint (g_string_replace (hostile, "\"exercise\": \"side-plank-hip-flexion\"",
                                     "\"exercise\": \"my-sled-push\"", 1), ==, 1);
  g_file_set_contents (path, hostile->str, hostile->len, &error);
  g_assert_no_error (error);

  plan = ui_test_show_file (window, file);
  ui_test_reveal_check_panel (window);
  checker = regimen_plan_check (plan, library);
  regimen_check_panel_set_today (panel, today);
  regimen_check_panel_update (panel, checker, plan, library, 0);
  ui_test_iterate_until_idle ();
  shown = panel_text (panel);

  /* Every logged session and item of the week is there, on its line. */
  assert_line (shown, "Barbell Back Squat — planned 3 × 5 at 80 % 1RM, done 2 × 5 at 100 kg / 1 × 5 at 102.5 kg");
  assert_line (shown, "Sled  Push — planned 2 × 20 s each side, done 1 × 20 s / 1 × 15 s");
  assert_line (shown, "Thursday · Upper body — Partly done");
  assert_line (shown, "Seated Cable Row — planned 3 × 10, not done");
  g_assert_null (strstr (shown, "\u202e"));
  lines = g_strsplit (shown, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* The Monday heading, the title cut, the state kept. */
      if (g_str_has_prefix (lines[i], "Monday · Lower  HInjected body xxx"))
        {
          g_assert_true (g_str_has_suffix (lines[i], "… — Done"));
          g_assert_cmpint (g_utf8_strlen (lines[i], -1), <, 300);
          n_headings++;
        }
      g_assert_false (g_str_has_prefix (lines[i], "Injected"));
    }
  g_assert_cmpuint (n_headings, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A week holds at most 20 sessions a day of 100 exercises each, every
 * one of them logged in a hand-edited or generated file: the panel made
 * a label for each of their lines (14,140), which took 40 s to show, and
 * made them all again at each log or undo of any session. It lists the
 * first sessions, up to 200 lines, and counts the rest; a log or an undo
 * gives the labels there their new text, and leaves the others be. */
static void
test_panel_many_logged_sessions (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "many-logged.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Logged\", "
                                          "\"weeks\": [{\"days\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(RegimenSessionLog) partly = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  RegimenCheckPanel *panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);
  GtkWidget *kept = NULL;
  RegimenSession *first;
  RegimenPlan *plan;
  g_autofree char *shown = NULL;
  g_autofree char *after_undo = NULL;

  /* Each day 20 sessions of 10 exercises, each logged: 140 sessions,
   * 1,540 lines. */
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      g_string_append (json, day > 0 ? ", {\"sessions\": [" : "{\"sessions\": [");
      for (guint session = 0; session < 20; session++)
        {
          g_autoptr(GString) log = g_string_new ("");

          g_string_append_printf (json, "%s{\"id\": \"%02u%02usession\", \"title\": \"S%u-%u\", \"kind\": \"strength\", \"rpe\": 7, \"items\": [",
                                  session > 0 ? ", " : "", day, session, day, session);
          for (guint item = 0; item < 10; item++)
            {
              g_string_append_printf (json, "%s{\"id\": \"%02u%02u%02uitem\", \"exercise\": \"push-up\", "
                                      "\"sets\": 3, \"reps\": 10}",
                                      item > 0 ? ", " : "", day, session, item);
              g_string_append_printf (log, "%s{\"item\": \"%02u%02u%02uitem\", \"sets\": [{\"reps\": %u}]}",
                                      item > 0 ? ", " : "", day, session, item, item + 1);
            }
          g_string_append_printf (json, "], \"log\": {\"status\": \"done\", \"items\": [%s]}}", log->str);
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}]}");
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);

  plan = ui_test_show_file (window, file);
  ui_test_reveal_check_panel (window);
  ui_test_iterate_until_idle ();
  shown = panel_text (panel);
  assert_line (shown, "Monday · S0-0 — Done");
  assert_line (shown, "Push-Up — planned 3 × 10, done 1 × 1");
  /* 18 sessions of 11 lines; the 122 others counted. */
  assert_line (shown, "Monday · S0-17 — Done");
  assert_no_line (shown, "Monday · S0-18 — Done");
  assert_line (shown, "…and 122 more logged sessions");
  ui_test_collect (GTK_WIDGET (panel), GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, <, 300);

  /* A session logged partly, then the log undone: the lines of the
   * sessions after it keep their labels. */
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), "Monday · S0-5 — Done"))
      kept = g_ptr_array_index (labels, i);
  g_assert_nonnull (kept);
  g_object_add_weak_pointer (G_OBJECT (kept), (gpointer *) &kept);
  first = regimen_plan_get_session (plan, 0, 0, 0);
  partly = regimen_session_log_copy (regimen_session_get_log (first));
  partly->status = REGIMEN_LOG_STATUS_PARTLY;
  g_assert_true (regimen_plan_log_session (plan, first, partly));
  ui_test_iterate_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ui_test_iterate_until_idle ();
  after_undo = panel_text (panel);
  g_assert_cmpstr (after_undo, ==, shown);
  g_assert_nonnull (kept);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (kept)), ==, "Monday · S0-5 — Done");
  g_object_remove_weak_pointer (G_OBJECT (kept), (gpointer *) &kept);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Which weeks are over is decided again when the window is come back to,
 * not only when the plan changes. */
static void
test_today_on_focus (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GDate) december = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) november = g_date_new_dmy (25, G_DATE_NOVEMBER, 2026);
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  RegimenCheckPanel *panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);
  RegimenWeekView *week_view = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_WEEK_VIEW);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  ui_test_reveal_check_panel (window);
  regimen_check_panel_set_today (panel, december);
  regimen_week_view_set_week (week_view, 2);
  ui_test_iterate_until_idle ();
  before = panel_text (panel);
  assert_line (before, "Planned 590 AU · nothing logged");

  regimen_check_panel_set_today (panel, november);
  g_object_notify (G_OBJECT (window), "is-active");
  ui_test_iterate_until_idle ();
  after = panel_text (panel);
  assert_line (after, "Planned 590 AU · nothing logged yet");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The weeks chart names planned and done for logged weeks, and only
 * planned for the others; the shown week's fitness, fatigue and form as
 * trained and from the plan alone. */
static void
test_weeks_chart (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, regimen_library_get_default ());
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  RegimenCheckPanel *panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);
  GtkWidget *weeks_chart;
  const RegimenWeekStats *second = regimen_checker_get_week_stats (checker, 1);
  g_autofree char *expected = NULL;
  char *message;
  double planned_ctl[4], planned_atl[4], planned_tsb[4];

  /* The plan alone: the logs of weeks 1 and 2 aside. */
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 4);
  regimen_plan_weekly_fitness (plan, TRUE, planned_ctl, planned_atl, planned_tsb);
  g_assert_cmpfloat (ABS (planned_ctl[1] - second->ctl), >=, 0.5);

  ui_test_reveal_check_panel (window);
  weeks_chart = ui_test_find_first (GTK_WIDGET (panel), REGIMEN_TYPE_WEEKS_CHART);
  regimen_check_panel_update (panel, checker, plan, regimen_library_get_default (), 1);
  ui_test_iterate_until_idle ();
  expected = g_strdup_printf ("Week 1 planned 590 AU, done 620 AU, Week 2 planned 590 AU, done 440 AU, "
                              "Week 3 planned 590 AU, not logged, Week 4 planned 590 AU, not logged"
                              "; at week 2 as trained: fitness %.0f, fatigue %.0f, form %s%.0f; "
                              "the plan alone: fitness %.0f, fatigue %.0f, form %s%.0f",
                              second->ctl, second->atl, second->tsb < -0.5 ? "−" : "", ABS (second->tsb),
                              planned_ctl[1], planned_atl[1], planned_tsb[1] < -0.5 ? "−" : "",
                              ABS (planned_tsb[1]));
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (weeks_chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                expected);
  g_assert_null (message);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The squat's progress over the two logged Mondays; the push-up's from
 * week 1 only; the row, never logged, shows the calm line instead. The
 * chart follows the log: clearing it empties the chart, undo brings it
 * back. */
static void
test_detail_progress (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  RegimenExerciseDetail *detail;
  RegimenProgressChart *chart;
  const RegimenProgress *progress;
  char *message;
  GtkWidget *empty = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-exercise", "s", "barbell-back-squat"));
  ui_test_iterate_until_idle ();
  detail = regimen_exercise_detail_lookup (GTK_WINDOW (window));
  g_assert_nonnull (detail);
  chart = ui_test_find_first (GTK_WIDGET (detail), REGIMEN_TYPE_PROGRESS_CHART);
  g_assert_nonnull (chart);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart)));
  progress = regimen_progress_chart_get_progress (chart);
  g_assert_nonnull (progress);
  g_assert_cmpint (progress->kind, ==, REGIMEN_PROGRESS_LOAD);
  g_assert_cmpuint (progress->points->len, ==, 2);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Progress of Barbell Back Squat");
  g_assert_null (message);
  /* 102.5 × (1 + 5/30) = 119.58; 105 × (1 + 5/30) = 122.5. */
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Heaviest set: first 102.5 kg × 5 (9 Nov), last 105 kg × 5 (16 Nov), "
                                                "best 105 kg × 5 (16 Nov). Estimated 1RM: first 119.6 kg (9 Nov), "
                                                "last 122.5 kg (16 Nov), best 122.5 kg (16 Nov).");
  g_assert_null (message);

  /* Clearing week 2's log leaves one session; undo restores two. */
  g_assert_true (regimen_plan_log_session (plan, regimen_plan_get_session (plan, 1, 0, 0), NULL));
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_progress_chart_get_progress (chart)->points->len, ==, 1);
  g_assert_true (regimen_plan_undo (plan));
  ui_test_iterate_until_idle ();
  g_assert_cmpuint (regimen_progress_chart_get_progress (chart)->points->len, ==, 2);

  /* Never logged: no chart, a calm line. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-exercise", "s", "seated-cable-row"));
  ui_test_iterate_until_idle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chart)));
  g_assert_null (regimen_progress_chart_get_progress (chart));
  ui_test_collect_visible (GTK_WIDGET (detail), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (g_ptr_array_index (labels, i)), "Nothing is logged for this exercise"))
      empty = g_ptr_array_index (labels, i);
  g_assert_nonnull (empty);

  /* Holds chart their longest hold. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-exercise", "s", "side-plank-hip-flexion"));
  ui_test_iterate_until_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart)));
  g_assert_cmpint (regimen_progress_chart_get_progress (chart)->kind, ==, REGIMEN_PROGRESS_HOLD);
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Longest hold: first 20 s (9 Nov), last 25 s (16 Nov), best 25 s (16 Nov).");
  g_assert_null (message);

  gtk_window_destroy (GTK_WINDOW (detail));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/planned-done/panel", test_panel);
  g_test_add_func ("/ui/planned-done/weeks-chart", test_weeks_chart);
  g_test_add_func ("/ui/planned-done/panel-library", test_panel_library);
  g_test_add_func ("/ui/planned-done/panel-load-unit", test_panel_load_unit);
  g_test_add_func ("/ui/planned-done/panel-hostile-texts", test_panel_hostile_texts);
  g_test_add_func ("/ui/planned-done/panel-many-logged-sessions", test_panel_many_logged_sessions);
  g_test_add_func ("/ui/planned-done/today-on-focus", test_today_on_focus);
  g_test_add_func ("/ui/planned-done/detail-progress", test_detail_progress);

  return g_test_run ();
}
