/* regimen-week-summary.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-plan-blocks.h"
#include "regimen-week-summary.h"

static void
add_problem (RegimenWeekSummary *summary,
             RegimenSeverity     severity)
{
  switch (severity)
    {
    case REGIMEN_SEVERITY_ERROR:
      summary->n_errors++;
      break;
    case REGIMEN_SEVERITY_WARNING:
      summary->n_warnings++;
      break;
    case REGIMEN_SEVERITY_INFO:
    default:
      summary->n_notes++;
      break;
    }

  /* Severities count down from error to info. */
  if (summary->n_problems == 0 || severity < summary->worst)
    summary->worst = severity;
  summary->n_problems++;
}

static void
summarize_week (RegimenPlan        *plan,
                RegimenChecker     *checker,
                guint               week,
                RegimenWeekSummary *summary)
{
  guint block;
  guint first;
  guint length;

  *summary = (RegimenWeekSummary) {
    .week = week,
    .block = -1,
    .worst = REGIMEN_SEVERITY_INFO,
  };

  if (regimen_plan_find_block_of_week (plan, week, &block, &first, &length))
    {
      summary->block = (int) block;
      summary->block_first_week = first;
      summary->block_n_weeks = length;
      summary->starts_group = week == first;
    }
  else
    summary->starts_group = week == regimen_plan_get_n_blocked_weeks (plan);

  summary->lighter = regimen_week_get_lighter (regimen_plan_get_week (plan, week));

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      summary->day_sessions[day] = regimen_day_get_n_sessions (regimen_plan_get_day (plan, week, day));
      summary->n_sessions += summary->day_sessions[day];
    }

  /* The check runs after the model has changed: until then it may know
   * fewer weeks than the plan has. */
  if (checker != NULL && week < regimen_checker_get_n_weeks (checker))
    {
      const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, week);

      summary->load = stats->load;
      summary->budget = stats->budget;
      if (stats->budget > 0)
        {
          summary->load_fraction = MIN (stats->load / stats->budget, 1.0);
          summary->load_over = stats->load > stats->budget;
        }
    }
}

/**
 * regimen_week_summaries_new:
 * @plan: a plan
 * @checker: (nullable): the plan's check
 * @n_weeks: (out): how many summaries there are
 *
 * Returns: (transfer full) (array length=n_weeks): a summary of each week
 *   of @plan, free with g_free(); NULL for a plan without weeks
 */
RegimenWeekSummary *
regimen_week_summaries_new (RegimenPlan    *plan,
                            RegimenChecker *checker,
                            guint          *n_weeks)
{
  RegimenWeekSummary *summaries;
  guint n;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (checker == NULL || REGIMEN_IS_CHECKER (checker), NULL);
  g_return_val_if_fail (n_weeks != NULL, NULL);

  n = regimen_plan_get_n_weeks (plan);
  *n_weeks = n;
  if (n == 0)
    return NULL;

  summaries = g_new0 (RegimenWeekSummary, n);
  for (guint w = 0; w < n; w++)
    summarize_week (plan, checker, w, &summaries[w]);

  if (checker != NULL)
    {
      GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
      guint n_diagnostics = g_list_model_get_n_items (diagnostics);

      for (guint i = 0; i < n_diagnostics; i++)
        {
          g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
          int week = regimen_diagnostic_get_week (diagnostic);

          if (week >= 0 && (guint) week < n)
            add_problem (&summaries[week], regimen_diagnostic_get_severity (diagnostic));
        }
    }

  return summaries;
}

/**
 * regimen_week_summary_equal:
 *
 * Returns: %TRUE when the two summaries show the same
 */
gboolean
regimen_week_summary_equal (const RegimenWeekSummary *a,
                            const RegimenWeekSummary *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->week != b->week || a->block != b->block ||
      a->block_first_week != b->block_first_week || a->block_n_weeks != b->block_n_weeks ||
      a->starts_group != b->starts_group || a->lighter != b->lighter ||
      a->n_sessions != b->n_sessions ||
      a->load != b->load || a->budget != b->budget || a->load_over != b->load_over ||
      a->n_errors != b->n_errors || a->n_warnings != b->n_warnings || a->n_notes != b->n_notes ||
      a->n_problems != b->n_problems || (a->n_problems > 0 && a->worst != b->worst))
    return FALSE;

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    if (a->day_sessions[day] != b->day_sessions[day])
      return FALSE;

  return TRUE;
}

/**
 * regimen_week_summary_dates:
 *
 * Returns: (transfer full) (nullable): the week's Monday to Sunday, or
 *   NULL when the plan has no start date
 */
char *
regimen_week_summary_dates (RegimenPlan *plan,
                            guint        week)
{
  const GDate *start_date;
  g_autoptr(GDate) monday = NULL;
  g_autoptr(GDate) sunday = NULL;
  char first[64] = "";
  char last[64] = "";

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  start_date = regimen_plan_get_start_date (plan);
  if (start_date == NULL || !g_date_valid (start_date))
    return NULL;

  monday = regimen_week_day_date (start_date, week, 0);
  sunday = regimen_week_day_date (start_date, week, REGIMEN_DAYS_PER_WEEK - 1);
  if (monday == NULL || sunday == NULL)
    return NULL;

  /* Translators: the first day of the shown week, as g_date_strftime() takes it, “23 Nov” */
  g_date_strftime (first, sizeof first, C_("week range start", "%-d %b"), monday);
  /* Translators: a week's last day in the plan overview, as g_date_strftime() takes it, “29 Nov” */
  g_date_strftime (last, sizeof last, C_("overview week end", "%-d %b"), sunday);

  /* Translators: a range of dates, “23 Nov – 29 Nov 2026” */
  return g_strdup_printf (C_("date range", "%s – %s"), first, last);
}

/**
 * regimen_week_summary_load_text:
 *
 * Returns: (transfer full): the week's load, against its budget when it
 *   has one
 */
char *
regimen_week_summary_load_text (const RegimenWeekSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NULL);

  if (summary->budget > 0)
    /* Translators: the week's training load against its budget, in arbitrary units */
    return g_strdup_printf (_("%.0f of %.0f AU"), summary->load, summary->budget);

  /* Translators: the week's training load, in arbitrary units */
  return g_strdup_printf (_("%.0f AU"), summary->load);
}

/**
 * regimen_week_range_text:
 *
 * Returns: (transfer full): the weeks a block spans, counted from 1
 */
char *
regimen_week_range_text (guint first_week,
                         guint n_weeks)
{
  if (n_weeks <= 1)
    /* Translators: the heading of a week without a label of its own */
    return g_strdup_printf (_("Week %u"), first_week + 1);

  /* Translators: the weeks a block spans in the plan overview, “Weeks 1–4” */
  return g_strdup_printf (_("Weeks %u–%u"), first_week + 1, first_week + n_weeks);
}

/**
 * regimen_week_summary_describe:
 *
 * Returns: (transfer full): the week's row in words
 */
char *
regimen_week_summary_describe (const RegimenWeekSummary *summary,
                               RegimenPlan              *plan)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *dates = NULL;
  g_autofree char *load = NULL;

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  /* Translators: the heading of a week without a label of its own */
  g_string_append_printf (text, _("Week %u"), summary->week + 1);

  dates = regimen_week_summary_dates (plan, summary->week);
  if (dates != NULL)
    g_string_append_printf (text, ", %s", dates);

  if (summary->lighter)
    /* Translators: part of a week's description in the plan overview */
    g_string_append_printf (text, ", %s", _("lighter week"));

  g_string_append (text, ", ");
  if (summary->n_sessions == 0)
    /* Translators: part of a week's description in the plan overview */
    g_string_append (text, _("no sessions"));
  else
    /* Translators: part of a week's description in the plan overview, “4 sessions” */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions",
                                               summary->n_sessions),
                            summary->n_sessions);

  if (summary->budget > 0)
    /* Translators: the week's load against its budget, in arbitrary units, “load 1035 of 1560 AU” */
    load = g_strdup_printf (_("load %.0f of %.0f AU"), summary->load, summary->budget);
  else
    /* Translators: the week's load, in arbitrary units, “load 1035 AU” */
    load = g_strdup_printf (_("load %.0f AU"), summary->load);
  g_string_append_printf (text, ", %s", load);

  g_string_append (text, ", ");
  if (summary->n_problems == 0)
    g_string_append (text, _("no problems"));
  else
    /* Translators: the number of problems and how serious the worst one is, “3 problems, worst: error” */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%u problem, worst: %s",
                                               "%u problems, worst: %s",
                                               summary->n_problems),
                            summary->n_problems,
                            regimen_severity_get_label (summary->worst));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
