/* regimen-check-summary.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-check-summary.h"

/**
 * regimen_check_summary_compute:
 * @checker: the check of a plan
 * @week: the week in view, from 0
 * @summary: (out caller-allocates): where to put the figures
 *
 * Fills @summary with @week's HIIT count and load and the whole plan's
 * problem counts. A @week the plan does not have (the empty week 1 a plan
 * of no weeks shows) has no sessions: zero figures, against the HIIT
 * limit the athlete's profile sets, and the plan's counts all the same.
 */
void
regimen_check_summary_compute (RegimenChecker      *checker,
                               guint                week,
                               RegimenCheckSummary *summary)
{
  const RegimenWeekStats *stats = NULL;
  RegimenDiagnostic *first_error;

  g_return_if_fail (REGIMEN_IS_CHECKER (checker));
  g_return_if_fail (summary != NULL);

  *summary = (RegimenCheckSummary) {
    .week = week,
    .worst = REGIMEN_SEVERITY_INFO,
    .first_error_week = -1,
    .first_error_day = -1,
    .first_error_session = -1,
  };

  if (week < regimen_checker_get_n_weeks (checker))
    stats = regimen_checker_get_week_stats (checker, week);

  if (stats != NULL)
    {
      summary->hiit_sessions = stats->hiit_sessions;
      summary->hiit_limit = stats->hiit_limit;
      summary->load = stats->load;
      summary->budget = stats->budget;
    }
  else
    summary->hiit_limit = regimen_checker_get_thresholds (checker)->hiit_limit;

  /* The plan's counts as the check kept them, and its first error
   * found from them: reading every diagnostic made each one's message
   * and cost a 520-week plan more than checking it again. */
  summary->n_errors = regimen_checker_count (checker, REGIMEN_SEVERITY_ERROR);
  summary->n_warnings = regimen_checker_count (checker, REGIMEN_SEVERITY_WARNING);
  summary->n_notes = regimen_checker_count (checker, REGIMEN_SEVERITY_INFO);
  summary->n_problems = summary->n_errors + summary->n_warnings + summary->n_notes;
  if (summary->n_errors > 0)
    summary->worst = REGIMEN_SEVERITY_ERROR;
  else if (summary->n_warnings > 0)
    summary->worst = REGIMEN_SEVERITY_WARNING;

  first_error = regimen_checker_peek_first (checker, REGIMEN_SEVERITY_ERROR);
  if (first_error != NULL)
    {
      summary->first_error_week = regimen_diagnostic_get_week (first_error);
      summary->first_error_day = regimen_diagnostic_get_day (first_error);
      summary->first_error_session = regimen_diagnostic_get_session (first_error);
    }
}

/**
 * regimen_check_summary_hiit_over:
 * @summary: a summary
 *
 * Returns: %TRUE when the week has more HIIT sessions than allowed
 */
gboolean
regimen_check_summary_hiit_over (const RegimenCheckSummary *summary)
{
  g_return_val_if_fail (summary != NULL, FALSE);

  return summary->hiit_sessions > summary->hiit_limit;
}

/**
 * regimen_check_summary_load_over:
 * @summary: a summary
 *
 * Returns: %TRUE when the week's load is over a budget it has
 */
gboolean
regimen_check_summary_load_over (const RegimenCheckSummary *summary)
{
  g_return_val_if_fail (summary != NULL, FALSE);

  return summary->budget > 0 && summary->load > summary->budget;
}

/**
 * regimen_check_summary_to_string:
 * @summary: a summary
 *
 * Returns: (transfer full): the summary on one line, “HIIT 3 of 2 ·
 *   load 1035 of 1560 AU · 3 problems, worst: error”
 */
char *
regimen_check_summary_to_string (const RegimenCheckSummary *summary)
{
  g_autofree char *hiit = NULL;
  g_autofree char *load = NULL;
  g_autofree char *problems = NULL;

  g_return_val_if_fail (summary != NULL, NULL);

  /* Translators: HIIT sessions in the week against the limit, “HIIT 2 of 2” */
  hiit = g_strdup_printf (_("HIIT %u of %u"), summary->hiit_sessions, summary->hiit_limit);

  if (summary->budget > 0)
    /* Translators: the week's load against its budget, in arbitrary units, “load 1035 of 1560 AU” */
    load = g_strdup_printf (_("load %.0f of %.0f AU"), summary->load, summary->budget);
  else
    /* Translators: the week's load, in arbitrary units, “load 1035 AU” */
    load = g_strdup_printf (_("load %.0f AU"), summary->load);

  if (summary->n_problems == 0)
    problems = g_strdup (_("no problems"));
  else
    /* Translators: the number of problems and how serious the worst one is, “3 problems, worst: error” */
    problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u problem, worst: %s",
                                             "%u problems, worst: %s",
                                             summary->n_problems),
                                summary->n_problems,
                                regimen_severity_get_label (summary->worst));

  /* Translators: joins the parts of the check summary, “HIIT 2 of 2 · load 900 AU · no problems” */
  return g_strdup_printf (_("%s · %s · %s"), hiit, load, problems);
}
