/* regimen-checker.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-diagnostic.h"
#include "regimen-library.h"
#include "regimen-plan.h"
#include "regimen-rules.h"
#include "regimen-weekday.h"

G_BEGIN_DECLS

/* The least chronic load (AU a week; one minute at RPE 1) a load is
 * compared with. A chronic load of almost nothing (a baseline of 1e-300,
 * months without training) is compared as this much, so its ratios stay
 * finite (they were 1e303 and beyond a double) and a jump from it is
 * still a jump; `stats` shows no ratio against it (null, "–"). A chronic
 * load of exactly 0 (no baseline and an empty first week) is no history:
 * nothing is compared with it. */
#define REGIMEN_CHRONIC_LOAD_MIN 1.0

/* A week's hard sets by muscle group, kept by the check. */
typedef struct _RegimenMuscleSets RegimenMuscleSets;

/* The training-stress numbers of one plan week. Loads are session-RPE
 * loads (AU); the acute and chronic loads, ctl, atl and tsb run over the
 * whole plan, so a week's values depend on the weeks before it. */
typedef struct
{
  char       *label;
  double      daily_loads[REGIMEN_DAYS_PER_WEEK];
  /* For each day: the acute load (the 7 days up to it, plan days only),
   * the chronic load before those 7 days (AU a week) and their ratio, as
   * LOAD-ACWR and LOAD-BUDGET compare them: against at least
   * REGIMEN_CHRONIC_LOAD_MIN, 0 without a chronic load. */
  double      daily_acute[REGIMEN_DAYS_PER_WEEK];
  double      daily_chronic[REGIMEN_DAYS_PER_WEEK];
  double      daily_acwr[REGIMEN_DAYS_PER_WEEK];
  double      load;
  double      monotony;
  double      strain;
  guint       hiit_sessions;
  guint       hiit_limit;
  /* HIIT sessions on each day, by content as HIIT-FREQ counts them. */
  guint       daily_hiit[REGIMEN_DAYS_PER_WEEK];
  /* Whether the week is marked as a planned lighter week. */
  gboolean    lighter;
  /* The chronic load before the week (AU a week): the 28-day EWMA of the
   * daily load, seeded at the baseline (or, without one, at the first
   * week's load), held through planned lighter weeks. */
  double      chronic;
  /* The load above which the week is a jump: load_warning_above × chronic
   * (at least REGIMEN_CHRONIC_LOAD_MIN), and at least
   * load_warning_min_increase AU more than it; 0 without a chronic load. */
  double      budget;
  /* The week's load ÷ the chronic load before it (at least
   * REGIMEN_CHRONIC_LOAD_MIN), 0 without a chronic load. */
  double      acwr;
  /* Fitness, fatigue and form after the week's last day. */
  double      ctl;
  double      atl;
  double      tsb;
  guint       hard_days;
  /* The hard sets of each muscle group: read them with
   * regimen_week_stats_get_muscle_sets(). */
  RegimenMuscleSets *muscle_sets;
  /* Planned and done (regimen-done.h). The loads above count each session
   * as trained where it is logged and as planned where it is not; these
   * are the week's planned load (every session as planned, also per day),
   * the load of its logged sessions as trained, and how many sessions it
   * plans, how many are logged, and of those how many were done or done
   * partly (the rest of the logged ones were skipped). */
  double      planned_load;
  double      planned_daily_loads[REGIMEN_DAYS_PER_WEEK];
  /* Fitness, fatigue and form after the week's last day of the plan
   * alone (every session as planned, its log aside), as
   * regimen_plan_weekly_fitness() gives them with planned_only. */
  double      planned_ctl;
  double      planned_atl;
  double      planned_tsb;
  double      done_load;
  guint       sessions_planned;
  guint       sessions_logged;
  guint       sessions_done;
  guint       sessions_partly;
} RegimenWeekStats;

guint regimen_week_stats_get_muscle_sets (const RegimenWeekStats *stats,
                                          const char             *muscle_id);

#define REGIMEN_TYPE_CHECKER (regimen_checker_get_type ())

G_DECLARE_FINAL_TYPE (RegimenChecker, regimen_checker, REGIMEN, CHECKER, GObject)

/* The result of checking one plan: its diagnostics (a GListModel of
 * RegimenDiagnostic, ordered by place in the plan, then severity) and the
 * statistics of every week. It does not follow later edits: check again. */
RegimenChecker          *regimen_plan_check                 (RegimenPlan       *plan,
                                                             RegimenLibrary    *library);

/* What an incremental check keeps between checks (regimen-checker.c). */
typedef struct _RegimenCheckCache RegimenCheckCache;

RegimenCheckCache       *regimen_check_cache_new            (void);
void                     regimen_check_cache_free           (RegimenCheckCache *cache);
RegimenChecker          *regimen_plan_check_incremental     (RegimenPlan       *plan,
                                                             RegimenLibrary    *library,
                                                             RegimenCheckCache *cache);

GListModel              *regimen_checker_get_diagnostics    (RegimenChecker    *self);
GPtrArray               *regimen_checker_peek_week_diagnostics (RegimenChecker *self,
                                                                int             week);
RegimenDiagnostic       *regimen_checker_peek_first         (RegimenChecker    *self,
                                                             RegimenSeverity    severity);
guint                    regimen_checker_count              (RegimenChecker    *self,
                                                             RegimenSeverity    severity);
gboolean                 regimen_checker_has_errors         (RegimenChecker    *self);
/* The counts of problems in words, for the check panel and the CLI. */
char                    *regimen_checker_summarize          (RegimenChecker    *checker);
/* Plan text as a message quotes it, at most 60 characters. */
char                    *regimen_checker_quote              (const char        *text);
const RegimenThresholds *regimen_checker_get_thresholds     (RegimenChecker    *self);
guint                    regimen_checker_get_n_weeks        (RegimenChecker    *self);
const RegimenWeekStats  *regimen_checker_get_week_stats     (RegimenChecker    *self,
                                                             guint              week);

gboolean                 regimen_checker_session_is_hiit    (RegimenSession          *session,
                                                             RegimenLibrary          *library,
                                                             const RegimenThresholds *thresholds);

double                   regimen_session_estimate_minutes   (RegimenSession    *session);
double                   regimen_session_estimate_load      (RegimenSession    *session);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenCheckCache, regimen_check_cache_free)

G_END_DECLS
