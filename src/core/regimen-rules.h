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
  REGIMEN_RULE_MONOTONY,
  REGIMEN_RULE_STRAIN,
  REGIMEN_RULE_REST_DAY,
  REGIMEN_RULE_MUSCLE_RECOVERY,
  REGIMEN_RULE_SPEED_LOAD,
  REGIMEN_RULE_HEAVY_BLOCK,
  REGIMEN_RULE_PROGRESSION,
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
 * and scales them by the profile. */
typedef struct
{
  gboolean        high_life_stress;
  RegimenLevel    level;
  /* HIIT-FREQ */
  guint           hiit_limit;
  /* HIIT-RATIO: the smallest rest / work ratio allowed. */
  double          interval_min_rest_ratio;
  /* LOAD-BUDGET: 0 without a baseline (the rule is then silent). */
  double          weekly_budget;
  /* LOAD-ACWR */
  double          acwr_warning_above;
  double          acwr_info_above;
  double          acwr_info_below;
  /* MONOTONY, STRAIN */
  double          monotony_warning_above;
  double          monotony_info_above;
  double          strain_warning_above;
  /* REST-DAY, MUSCLE-RECOVERY: a session this hard (or a HIIT one). */
  guint           hard_rpe;
  RegimenSeverity muscle_recovery_severity;
  /* SPEED-LOAD */
  double          speed_max_percent_1rm;
  /* HEAVY-BLOCK */
  double          heavy_percent_1rm;
  guint           heavy_max_weeks;
  /* PROGRESSION */
  guint           progression_min_weeks;
} RegimenThresholds;

void regimen_thresholds_init (RegimenThresholds *thresholds,
                              RegimenLevel       level,
                              RegimenLifeStress  life_stress,
                              double             baseline_weekly_load,
                              int                max_hiit_per_week);

G_END_DECLS
