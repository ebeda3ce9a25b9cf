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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/templates/instantiate", test_templates_instantiate);
  g_test_add_func ("/core/templates/blank", test_blank_plan);

  return g_test_run ();
}
