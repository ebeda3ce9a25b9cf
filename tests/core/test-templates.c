/* test-templates.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "regimen-core.h"

static void
test_templates_instantiate (void)
{
  const RegimenTemplate *templates;
  guint n;

  templates = regimen_templates_get (&n);
  g_assert_cmpuint (n, ==, 6);

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
       * all their weeks. */
      if (regimen_plan_get_n_weeks (plan) >= 9)
        {
          g_assert_cmpuint (regimen_plan_get_n_blocks (plan), >=, 3);
          g_assert_cmpuint (regimen_plan_get_n_blocked_weeks (plan), ==, regimen_plan_get_n_weeks (plan));
        }

      /* The seed programmes are sound plans: no errors. */
      checker = regimen_plan_check (plan, NULL);
      g_assert_false (regimen_checker_has_errors (checker));
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/templates/instantiate", test_templates_instantiate);
  g_test_add_func ("/core/templates/blank", test_blank_plan);
  g_test_add_func ("/core/templates/blank-weeks", test_blank_plan_weeks);

  return g_test_run ();
}
