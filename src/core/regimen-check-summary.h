/* regimen-check-summary.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-checker.h"

G_BEGIN_DECLS

/* The few figures a person keeps in view while planning a week: HIIT
 * sessions against the limit, the week's load against its budget, and how
 * many problems the whole plan has and how serious the worst is. */
typedef struct
{
  guint            week;
  guint            hiit_sessions;
  guint            hiit_limit;
  double           load;
  /* 0 when the athlete has no baseline (no budget). */
  double           budget;
  guint            n_errors;
  guint            n_warnings;
  guint            n_notes;
  /* Meaningful only when n_problems > 0. */
  RegimenSeverity  worst;
  guint            n_problems;
  /* Where the first error is (week -1 when the plan has none or the
   * error has no place); the save dialog and the summary jump there. */
  int              first_error_week;
  int              first_error_day;
  int              first_error_session;
} RegimenCheckSummary;

void     regimen_check_summary_compute       (RegimenChecker            *checker,
                                              guint                      week,
                                              RegimenCheckSummary       *summary);
gboolean regimen_check_summary_hiit_over     (const RegimenCheckSummary *summary);
gboolean regimen_check_summary_load_over     (const RegimenCheckSummary *summary);
char    *regimen_check_summary_to_string     (const RegimenCheckSummary *summary);

G_END_DECLS
