/* test-rules.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "regimen-diagnostic.h"
#include "regimen-rules.h"

static const char * const expected_codes[] = {
  "HIIT-FREQ", "HIIT-SPACING", "HIIT-RATIO", "LOAD-BUDGET", "LOAD-ACWR", "DELOAD", "MONOTONY",
  "STRAIN", "REST-DAY", "MUSCLE-RECOVERY", "MUSCLE-VOLUME", "INTENSITY", "READINESS",
  "SPEED-LOAD", "HEAVY-BLOCK", "PROGRESSION", "LEVEL-FIT", "DATA",
};

static void
test_rules_table (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (expected_codes), ==, REGIMEN_N_RULES);

  for (guint i = 0; i < REGIMEN_N_RULES; i++)
    {
      const RegimenRule *rule = regimen_rule_get (i);

      g_assert_nonnull (rule);
      g_assert_cmpint (rule->id, ==, i);
      g_assert_cmpstr (rule->code, ==, expected_codes[i]);
      g_assert_true (regimen_rule_lookup (expected_codes[i]) == rule);

      g_assert_cmpuint (strlen (regimen_rule_get_title (rule)), >, 0);
      g_assert_cmpuint (strlen (regimen_rule_get_threshold (rule)), >, 0);
      g_assert_cmpuint (strlen (regimen_rule_get_why (rule)), >, 0);
      g_assert_cmpuint (strlen (regimen_rule_get_source (rule)), >, 0);
      g_assert_cmpuint (strlen (regimen_rule_get_advice (rule)), >, 0);
    }

  g_assert_null (regimen_rule_lookup ("NO-SUCH-RULE"));
  g_assert_null (regimen_rule_lookup ("hiit-freq"));
}

static void
test_rules_default_severities (void)
{
  /* docs/validation-rules.md: the three that block saving by default. */
  g_assert_cmpint (regimen_rule_lookup ("HIIT-FREQ")->severity, ==, REGIMEN_SEVERITY_ERROR);
  g_assert_cmpint (regimen_rule_lookup ("LOAD-BUDGET")->severity, ==, REGIMEN_SEVERITY_ERROR);
  g_assert_cmpint (regimen_rule_lookup ("DATA")->severity, ==, REGIMEN_SEVERITY_ERROR);

  for (guint i = 0; i < REGIMEN_N_RULES; i++)
    {
      const RegimenRule *rule = regimen_rule_get (i);

      if (rule->id != REGIMEN_RULE_HIIT_FREQ && rule->id != REGIMEN_RULE_LOAD_BUDGET
          && rule->id != REGIMEN_RULE_DATA)
        g_assert_cmpint (rule->severity, ==, REGIMEN_SEVERITY_WARNING);
    }
}

static void
test_severity_names (void)
{
  GEnumClass *klass = g_type_class_ref (REGIMEN_TYPE_SEVERITY);

  g_assert_cmpstr (regimen_severity_to_string (REGIMEN_SEVERITY_ERROR), ==, "error");
  g_assert_cmpstr (regimen_severity_to_string (REGIMEN_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (regimen_severity_to_string (REGIMEN_SEVERITY_INFO), ==, "info");
  g_assert_cmpstr (regimen_severity_get_label (REGIMEN_SEVERITY_ERROR), ==, "Error");
  g_assert_cmpstr (g_enum_get_value (klass, REGIMEN_SEVERITY_INFO)->value_nick, ==, "info");

  g_type_class_unref (klass);
}

/* The numbers docs/validation-rules.md states, written out here rather than
 * taken from the implementation's #defines. */
static void
test_thresholds_moderate_beginner (void)
{
  RegimenThresholds t;

  regimen_thresholds_init (&t, REGIMEN_LEVEL_BEGINNER, REGIMEN_LIFE_STRESS_MODERATE, 1500, -1);

  g_assert_false (t.high_life_stress);
  g_assert_cmpfloat_with_epsilon (t.baseline_weekly_load, 1500, 1e-9);
  /* ACSM: beginners start with one interval day a week. */
  g_assert_cmpuint (t.hiit_limit, ==, 1);
  g_assert_cmpuint (t.hiit_default_limit, ==, 1);
  g_assert_false (t.hiit_own_limit);
  g_assert_cmpfloat_with_epsilon (t.hiit_content_max_rest_ratio, 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.interval_min_rest_ratio, 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.load_warning_above, 1.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.load_error_above, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.load_drop_below, 0.7, 1e-9);
  g_assert_cmpuint (t.deload_max_weeks, ==, 5);
  g_assert_cmpfloat_with_epsilon (t.monotony_warning_above, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.monotony_info_above, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.strain_warning_above, 6000, 1e-9);
  g_assert_cmpuint (t.hard_rpe, ==, 7);
  g_assert_cmpfloat_with_epsilon (t.hard_percent_1rm, 80, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.hard_max_rir, 4, 1e-9);
  g_assert_cmpint (t.muscle_recovery_severity, ==, REGIMEN_SEVERITY_ERROR);
  g_assert_cmpuint (t.sets_range_low, ==, 4);
  g_assert_cmpuint (t.sets_range_high, ==, 12);
  g_assert_cmpuint (t.sets_warning_above, ==, 16);
  g_assert_cmpfloat_with_epsilon (t.reps_tolerance, 2, 1e-9);
  g_assert_cmpuint (t.light_rpe, ==, 5);
  g_assert_cmpfloat_with_epsilon (t.contradiction_max_rir, 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.readiness_percent_1rm, 80, 1e-9);
  g_assert_cmpuint (t.readiness_min_reps, ==, 6);
  g_assert_cmpuint (t.plyometric_min_contacts, ==, 20);
  g_assert_cmpfloat_with_epsilon (t.speed_max_percent_1rm, 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.heavy_percent_1rm, 85, 1e-9);
  g_assert_cmpuint (t.heavy_min_sets, ==, 6);
  g_assert_cmpuint (t.heavy_max_weeks, ==, 3);
  g_assert_cmpuint (t.progression_min_weeks, ==, 3);
  g_assert_cmpuint (t.level_fit_max_level, ==, 3);
  g_assert_cmpfloat_with_epsilon (t.level_fit_percent_1rm, 85, 1e-9);
}

static void
test_thresholds_high_stress (void)
{
  RegimenThresholds t;

  regimen_thresholds_init (&t, REGIMEN_LEVEL_INTERMEDIATE, REGIMEN_LIFE_STRESS_HIGH, 1500, -1);

  g_assert_true (t.high_life_stress);
  g_assert_cmpuint (t.hiit_limit, ==, 1);
  g_assert_cmpfloat_with_epsilon (t.load_warning_above, 1.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.load_error_above, 1.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.strain_warning_above, 4800, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.interval_min_rest_ratio, 1, 1e-9);
  g_assert_cmpint (t.muscle_recovery_severity, ==, REGIMEN_SEVERITY_WARNING);
  g_assert_cmpuint (t.sets_range_low, ==, 10);
  g_assert_cmpuint (t.sets_range_high, ==, 20);
  g_assert_cmpuint (t.sets_warning_above, ==, 25);

  /* The athlete's own limit wins; the usual one is kept for the warning. */
  regimen_thresholds_init (&t, REGIMEN_LEVEL_ADVANCED, REGIMEN_LIFE_STRESS_HIGH, 0, 3);
  g_assert_cmpuint (t.hiit_limit, ==, 3);
  g_assert_cmpuint (t.hiit_default_limit, ==, 1);
  g_assert_true (t.hiit_own_limit);
  g_assert_cmpfloat_with_epsilon (t.baseline_weekly_load, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (t.interval_min_rest_ratio, 0.5, 1e-9);

  /* An intermediate athlete under moderate stress: 2 HIIT a week. */
  regimen_thresholds_init (&t, REGIMEN_LEVEL_INTERMEDIATE, REGIMEN_LIFE_STRESS_MODERATE, 0, -1);
  g_assert_cmpuint (t.hiit_limit, ==, 2);
  g_assert_cmpfloat_with_epsilon (t.load_warning_above, 1.3, 1e-9);
}

static void
test_diagnostic_object (void)
{
  g_autoptr(RegimenDiagnostic) diagnostic = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *message = NULL;
  RegimenSeverity severity;
  int week, day, session, item;

  diagnostic = regimen_diagnostic_new (REGIMEN_RULE_HIIT_FREQ, REGIMEN_SEVERITY_ERROR,
                                       0, 2, 1, -1, "Week 1, Wednesday: too much");

  g_assert_cmpstr (regimen_diagnostic_get_rule (diagnostic), ==, "HIIT-FREQ");
  g_assert_cmpint (regimen_diagnostic_get_rule_id (diagnostic), ==, REGIMEN_RULE_HIIT_FREQ);
  g_assert_cmpint (regimen_diagnostic_get_item (diagnostic), ==, REGIMEN_DIAGNOSTIC_NO_LOCATION);

  g_object_get (diagnostic,
                "rule", &rule,
                "severity", &severity,
                "message", &message,
                "week", &week,
                "day", &day,
                "session", &session,
                "item", &item,
                NULL);
  g_assert_cmpstr (rule, ==, "HIIT-FREQ");
  g_assert_cmpint (severity, ==, REGIMEN_SEVERITY_ERROR);
  g_assert_cmpstr (message, ==, "Week 1, Wednesday: too much");
  g_assert_cmpint (week, ==, 0);
  g_assert_cmpint (day, ==, 2);
  g_assert_cmpint (session, ==, 1);
  g_assert_cmpint (item, ==, -1);
}

/* docs/validation-rules.md has a section per rule, headed by its code. */
static void
test_rules_documented (void)
{
  const char *root = g_getenv ("MESON_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  if (root == NULL)
    {
      g_test_skip ("MESON_SOURCE_ROOT is not set");
      return;
    }

  path = g_build_filename (root, "docs", "validation-rules.md", NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; i < REGIMEN_N_RULES; i++)
    {
      const RegimenRule *rule = regimen_rule_get (i);
      g_autofree char *heading = g_strdup_printf ("## %s ", rule->code);
      g_autofree char *severity = g_strdup_printf ("Severity: %s", regimen_severity_to_string (rule->severity));
      gboolean found = FALSE;

      for (guint l = 0; lines[l] != NULL && !found; l++)
        found = g_str_has_prefix (lines[l], heading);

      if (!found)
        g_error ("docs/validation-rules.md has no section “%s…”", heading);

      /* The section states the default severity of the table. */
      {
        const char *section = strstr (contents, heading);
        const char *next = strstr (section + 1, "\n## ");
        g_autofree char *text = g_strndup (section, next != NULL ? (gsize) (next - section) : strlen (section));

        if (strstr (text, severity) == NULL)
          g_error ("the section of %s does not say “%s”", rule->code, severity);
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/table", test_rules_table);
  g_test_add_func ("/rules/default-severities", test_rules_default_severities);
  g_test_add_func ("/rules/severity-names", test_severity_names);
  g_test_add_func ("/rules/thresholds/moderate-beginner", test_thresholds_moderate_beginner);
  g_test_add_func ("/rules/thresholds/high-stress", test_thresholds_high_stress);
  g_test_add_func ("/rules/diagnostic", test_diagnostic_object);
  g_test_add_func ("/rules/documented", test_rules_documented);

  return g_test_run ();
}
