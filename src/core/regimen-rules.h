/* regimen-rules.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "regimen-plan-types.h"

G_BEGIN_DECLS

/* An error blocks saving; warnings and information do not. */
typedef enum
{
  REGIMEN_SEVERITY_ERROR,
  REGIMEN_SEVERITY_WARNING,
  REGIMEN_SEVERITY_INFO,
} RegimenSeverity;

#define REGIMEN_N_SEVERITIES 3

#define REGIMEN_TYPE_SEVERITY (regimen_severity_get_type ())
GType       regimen_severity_get_type  (void) G_GNUC_CONST;
/* "error", "warning", "info": stable, for JSON output. */
const char *regimen_severity_to_string (RegimenSeverity severity);
/* Translated, for people. */
const char *regimen_severity_get_label (RegimenSeverity severity);

/* The order of the rule table, which is also the order of listings. */
typedef enum
{
  REGIMEN_RULE_HIIT_FREQ,
  REGIMEN_RULE_HIIT_SPACING,
  REGIMEN_RULE_HIIT_RATIO,
  REGIMEN_RULE_LOAD_BUDGET,
  REGIMEN_RULE_LOAD_ACWR,
  REGIMEN_RULE_DELOAD,
  REGIMEN_RULE_MONOTONY,
  REGIMEN_RULE_STRAIN,
  REGIMEN_RULE_REST_DAY,
  REGIMEN_RULE_MUSCLE_RECOVERY,
  REGIMEN_RULE_MUSCLE_VOLUME,
  REGIMEN_RULE_INTENSITY,
  REGIMEN_RULE_READINESS,
  REGIMEN_RULE_SPEED_LOAD,
  REGIMEN_RULE_HEAVY_BLOCK,
  REGIMEN_RULE_PROGRESSION,
  REGIMEN_RULE_LEVEL_FIT,
  REGIMEN_RULE_DATA,
} RegimenRuleId;

#define REGIMEN_N_RULES (REGIMEN_RULE_DATA + 1)

/* One row of the rule table. @code is the stable id ("HIIT-FREQ") used in
 * files, JSON output and the documentation. The texts are untranslated
 * message ids: read them through the regimen_rule_get_*() functions. */
typedef struct
{
  RegimenRuleId    id;
  const char      *code;
  RegimenSeverity  severity;
  const char      *title;
  const char      *threshold;
  const char      *why;
  const char      *source;
  const char      *advice;
} RegimenRule;

const RegimenRule *regimen_rule_get           (RegimenRuleId      id);
const RegimenRule *regimen_rule_lookup        (const char        *code);
const char        *regimen_rule_get_title     (const RegimenRule *rule);
const char        *regimen_rule_get_threshold (const RegimenRule *rule);
const char        *regimen_rule_get_why       (const RegimenRule *rule);
const char        *regimen_rule_get_source    (const RegimenRule *rule);
const char        *regimen_rule_get_advice    (const RegimenRule *rule);

/* The numbers the checks compare against, for one athlete. Start from
 * regimen_thresholds_init(), which applies the defaults of the rule table
 * and scales them by the profile. docs/validation-rules.md gives each
 * number's source, or says it is our choice. */
typedef struct
{
  gboolean        high_life_stress;
  RegimenLevel    level;
  double          baseline_weekly_load;
  /* HIIT-FREQ: the limit in force, and the one without an own limit. */
  guint           hiit_limit;
  guint           hiit_default_limit;
  gboolean        hiit_own_limit;
  /* What makes a session HIIT by content: intervals (or repeated
   * conditioning efforts) resting less than this × the work, in a session
   * of at least hard_rpe. */
  double          hiit_content_max_rest_ratio;
  /* HIIT-RATIO: the smallest rest / work ratio allowed. */
  double          interval_min_rest_ratio;
  /* LOAD-ACWR: a rolling 7-day load above this × the chronic weekly load
   * warns; a plan week below load_drop_below × it (not marked lighter) is
   * noted. LOAD-BUDGET: above load_error_above × both the chronic load and
   * the baseline is an error. Either only when the load is also more than
   * load_warning_min_increase (load_error_min_increase) AU above the load
   * it is compared with: a ratio of small loads is no spike. */
  double          load_warning_above;
  double          load_error_above;
  double          load_drop_below;
  double          load_warning_min_increase;
  double          load_error_min_increase;
  /* DELOAD: more hard weeks in a row than this without a lighter one. */
  guint           deload_max_weeks;
  /* MONOTONY, STRAIN */
  double          monotony_warning_above;
  double          monotony_info_above;
  double          strain_warning_above;
  /* What makes an item hard: its session's RPE (when it gives no %1RM),
   * or %1RM at least hard_percent_1rm, or at most hard_max_rir repetitions
   * in reserve by the %1RM table. */
  guint           hard_rpe;
  double          hard_percent_1rm;
  double          hard_max_rir;
  RegimenSeverity muscle_recovery_severity;
  /* MUSCLE-VOLUME: the usual range of weekly hard sets per muscle group,
   * and the count that warns. */
  guint           sets_range_low;
  guint           sets_range_high;
  guint           sets_warning_above;
  /* INTENSITY: repetitions beyond the table's maximum that are still
   * accepted; a session RPE at or below light_rpe with near-maximal items
   * (at most contradiction_max_rir in reserve) contradicts its content. */
  double          reps_tolerance;
  guint           light_rpe;
  double          contradiction_max_rir;
  /* READINESS: heavy lower-body work (≥ readiness_percent_1rm, at least
   * readiness_min_reps repetitions in all) or plyometrics of at least
   * plyometric_min_contacts the day before, or earlier the same day as,
   * sprints, HIIT or a competition. */
  double          readiness_percent_1rm;
  guint           readiness_min_reps;
  guint           plyometric_min_contacts;
  /* SPEED-LOAD */
  double          speed_max_percent_1rm;
  /* HEAVY-BLOCK: a week with at least heavy_min_sets sets at
   * heavy_percent_1rm or more is heavy. */
  double          heavy_percent_1rm;
  guint           heavy_min_sets;
  guint           heavy_max_weeks;
  /* PROGRESSION */
  guint           progression_min_weeks;
  /* LEVEL-FIT (beginners): exercise levels above this, or loads at
   * level_fit_percent_1rm or more. */
  guint           level_fit_max_level;
  double          level_fit_percent_1rm;
} RegimenThresholds;

void regimen_thresholds_init (RegimenThresholds *thresholds,
                              RegimenLevel       level,
                              RegimenLifeStress  life_stress,
                              double             baseline_weekly_load,
                              int                max_hiit_per_week);

G_END_DECLS
