/* test-templates.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "regimen-core.h"
#include "regimen-plan-private.h"

/* The rules of a template wrote its weeks: every item a rule covers is
 * linked to its source, in the source's block, and is what the rule
 * prescribes, in a lighter week scaled by the week's factors. Returns
 * how many rules there are. */
static guint
check_rules (RegimenPlan *plan)
{
  guint n_rules = 0;

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *source = regimen_session_get_item (session, i);
                const RegimenProgression *rule = regimen_item_get_progression (source);
                g_autoptr(GPtrArray) linked = NULL;
                guint first_week, n_weeks;

                if (rule == NULL)
                  continue;

                n_rules++;
                g_assert_true (regimen_plan_find_block_of_week (plan, w, NULL, &first_week, &n_weeks));
                linked = regimen_plan_find_progressed_items (plan, regimen_item_get_id (source));
                g_assert_cmpuint (linked->len, ==, MIN (rule->weeks, first_week + n_weeks - w) - 1);

                for (guint k = 0; k < linked->len; k++)
                  {
                    RegimenItem *item = g_ptr_array_index (linked, k);
                    g_autoptr(RegimenItem) expected = NULL;
                    g_autofree char *expected_text = NULL;
                    g_autofree char *text = NULL;
                    guint week, item_day, item_session, position;
                    RegimenWeek *target;

                    g_assert_true (regimen_plan_find_item (plan, item, &week, &item_day, &item_session, &position));
                    g_assert_cmpuint (week, ==, w + 1 + k);
                    g_assert_cmpuint (item_day, ==, d);
                    target = regimen_plan_get_week (plan, week);

                    expected = regimen_progression_prescribe (rule, source, week - w, NULL, NULL);
                    g_assert_nonnull (expected);
                    if (regimen_week_get_lighter (target))
                      {
                        double volume, intensity;

                        regimen_week_get_lighter_factors (target, &volume, &intensity);
                        regimen_lighter_scale_item (expected, volume, intensity);
                      }
                    expected_text = regimen_item_format_prescription (expected);
                    text = regimen_item_format_prescription (item);
                    g_assert_cmpstr (text, ==, expected_text);
                    g_assert_cmpstr (regimen_item_get_exercise (item), ==, regimen_item_get_exercise (expected));
                  }
              }
          }
      }

  return n_rules;
}

static void
test_templates_instantiate (void)
{
  const RegimenTemplate *templates;
  guint n;

  templates = regimen_templates_get (&n);
  g_assert_cmpuint (n, ==, 7);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPlan) plan = regimen_template_instantiate (&templates[i], &error);
      g_autoptr(RegimenChecker) checker = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (plan);

      /* A fresh plan: titled after the template, nothing to undo or save,
       * and without the template's own notes. */
      g_assert_cmpstr (regimen_plan_get_title (plan), ==, regimen_template_get_title (&templates[i]));
      g_assert_false (regimen_plan_can_undo (plan));
      g_assert_false (regimen_plan_get_modified (plan));
      g_assert_false (json_object_has_member (regimen_plan_get_extra (plan), "x-regimen-template"));
      g_assert_cmpuint (regimen_plan_get_n_weeks (plan), >=, 1);
      g_assert_cmpstr (regimen_template_get_description (&templates[i]), !=, "");

      /* The long progressions come in blocks, one per stage, that span
       * all their weeks, with lighter weeks, and rules write the weeks
       * after a stage's first (their links kept through the new ids). */
      if (regimen_plan_get_n_weeks (plan) >= 9)
        {
          g_assert_cmpuint (regimen_plan_get_n_blocks (plan), >=, 3);
          g_assert_cmpuint (regimen_plan_get_n_blocked_weeks (plan), ==, regimen_plan_get_n_weeks (plan));
          g_assert_cmpuint (check_rules (plan), >=, regimen_plan_get_n_blocks (plan));
        }
      else
        check_rules (plan);

      /* The seed programmes are sound plans: the check finds nothing, not
       * even a warning or a note a coach would have to agree with. */
      checker = regimen_plan_check (plan, NULL);
      g_test_message ("%s", templates[i].id);
      g_assert_false (regimen_checker_has_errors (checker));
      g_assert_cmpuint (regimen_checker_count (checker, REGIMEN_SEVERITY_WARNING), ==, 0);
      g_assert_cmpuint (regimen_checker_count (checker, REGIMEN_SEVERITY_INFO), ==, 0);
    }
}

static void
test_blank_plan (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new_blank ();

  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 1);
  g_assert_false (regimen_plan_can_undo (plan));
  g_assert_false (regimen_plan_get_modified (plan));
}

/* A new blank plan has the weeks asked for, each of seven empty days,
 * and stays unmodified; the count keeps within 1–52. */
static void
test_blank_plan_weeks (void)
{
  g_autoptr(RegimenPlan) six = regimen_plan_new_blank_weeks (6);
  g_autoptr(RegimenPlan) none = regimen_plan_new_blank_weeks (0);
  g_autoptr(RegimenPlan) many = regimen_plan_new_blank_weeks (500);

  g_assert_cmpuint (regimen_plan_get_n_weeks (six), ==, 6);
  for (guint w = 0; w < 6; w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (six, w, d)), ==, 0);
  g_assert_false (regimen_plan_can_undo (six));
  g_assert_false (regimen_plan_get_modified (six));

  g_assert_cmpuint (regimen_plan_get_n_weeks (none), ==, 1);
  g_assert_cmpuint (regimen_plan_get_n_weeks (many), ==, 52);
}

/* A template whose numbers are not whole: 2.5 kg, lighter factors of
 * 0.7 and 0.85, a rule adding 2.5 % up to 57.5, and another tool's
 * members of 1e20 and 0.1. The template is translated as a JSON tree
 * and read back from its text: json-glib 1.6's generator wrote that
 * text, 0.7 as “0.69999999999999996” and 1e20 as “1e+20.0”, which the
 * reader refuses, so no plan could be made of it. Made now, its numbers
 * are written as the plan writer writes them, shortest, and the plan
 * saved reads back to the same text. */
static void
test_template_numbers_as_written (void)
{
  static const char template_text[] =
    "{ \"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Numbers\",\n"
    "  \"weeks\": [ { \"lighter\": true, \"lighter_volume\": 0.7, \"lighter_intensity\": 0.85,\n"
    "    \"days\": [ { \"sessions\": [ { \"title\": \"Swings\", \"kind\": \"strength\", \"rpe\": 6,\n"
    "      \"items\": [ { \"exercise\": \"kettlebell-swing\", \"sets\": 3, \"reps\": 10, \"load_kg\": 2.5 },\n"
    "                   { \"exercise\": \"goblet-squat\", \"sets\": 3, \"reps\": 8, \"load_percent_1rm\": 50,\n"
    "                     \"progression\": { \"rule\": \"add\", \"weeks\": 2, \"member\": \"load_percent_1rm\",\n"
    "                                      \"step\": 2.5, \"up_to\": 57.5 } } ] } ] },\n"
    "      { \"sessions\": [] }, { \"sessions\": [] }, { \"sessions\": [] }, { \"sessions\": [] },\n"
    "      { \"sessions\": [] }, { \"sessions\": [] } ] } ],\n"
    "  \"x-other-tool\": { \"big\": 1e20, \"tenth\": 0.1, \"whole\": 3.0 } }\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (template_text, sizeof template_text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_template_plan_from_bytes (bytes, "Numbers", &error);
  g_autoptr(RegimenPlan) reopened = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  const char *text;

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  saved = regimen_plan_to_bytes (plan);
  text = g_bytes_get_data (saved, NULL);
  g_assert_nonnull (strstr (text, "\"load_kg\": 2.5\n"));
  g_assert_nonnull (strstr (text, "\"lighter_volume\": 0.7,"));
  g_assert_nonnull (strstr (text, "\"lighter_intensity\": 0.85,"));
  g_assert_nonnull (strstr (text, "\"step\": 2.5,"));
  g_assert_nonnull (strstr (text, "\"up_to\": 57.5\n"));
  g_assert_nonnull (strstr (text, "\"big\": 1e+20,"));
  g_assert_nonnull (strstr (text, "\"tenth\": 0.1,"));
  g_assert_nonnull (strstr (text, "\"whole\": 3.0\n"));
  g_assert_null (strstr (text, "99999"));
  g_assert_null (strstr (text, "00000"));

  reopened = regimen_plan_load_from_bytes (saved, &error);
  g_assert_no_error (error);
  saved_again = regimen_plan_to_bytes (reopened);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/templates/instantiate", test_templates_instantiate);
  g_test_add_func ("/core/templates/blank", test_blank_plan);
  g_test_add_func ("/core/templates/blank-weeks", test_blank_plan_weeks);
  g_test_add_func ("/core/templates/numbers-as-written", test_template_numbers_as_written);

  return g_test_run ();
}
