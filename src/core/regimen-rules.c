/* regimen-rules.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-metrics.h"
#include "regimen-rules.h"

G_DEFINE_ENUM_TYPE (RegimenSeverity, regimen_severity,
  G_DEFINE_ENUM_VALUE (REGIMEN_SEVERITY_ERROR, "error"),
  G_DEFINE_ENUM_VALUE (REGIMEN_SEVERITY_WARNING, "warning"),
  G_DEFINE_ENUM_VALUE (REGIMEN_SEVERITY_INFO, "info"))

/* The defaults of the table below, before the profile scales them. */
#define ACWR_WARNING_ABOVE      1.5
#define ACWR_INFO_ABOVE         1.3
#define ACWR_INFO_BELOW         0.8
#define MONOTONY_WARNING_ABOVE  2.0
#define MONOTONY_INFO_ABOVE     1.5
#define STRAIN_WARNING_ABOVE    6000.0
#define HIGH_STRESS_FACTOR      0.8
#define HARD_RPE                7
#define SPEED_MAX_PERCENT_1RM   60.0
#define HEAVY_PERCENT_1RM       85.0
#define HEAVY_MAX_WEEKS         3
#define PROGRESSION_MIN_WEEKS   3

/* Seed "Why too much HIIT": start at 1:2 work:rest. */
#define REST_RATIO_BEGINNER     2.0
#define REST_RATIO_INTERMEDIATE 1.0
#define REST_RATIO_ADVANCED     0.5

/* Keep in the order of RegimenRuleId. */
static const RegimenRule rules[REGIMEN_N_RULES] = {
  {
    REGIMEN_RULE_HIIT_FREQ, "HIIT-FREQ", REGIMEN_SEVERITY_ERROR,
    N_("Too many HIIT sessions in a week"),
    N_("More HIIT sessions in one plan week than the athlete’s limit: their own limit when set, "
       "otherwise 2, or 1 when life stress is high."),
    N_("HIIT is a strong stressor. Done too often it adds up with the rest of life into chronic "
       "stress, and progress stalls instead of improving."),
    N_("Seed “Why too much HIIT is killing your progress”: 1–2 times a week; ACSM: start with one "
       "HIIT session a week."),
    N_("Turn the extra HIIT session into steady cardio, strength or mobility work, or move it to "
       "another week."),
  },
  {
    REGIMEN_RULE_HIIT_SPACING, "HIIT-SPACING", REGIMEN_SEVERITY_WARNING,
    N_("HIIT on consecutive days"),
    N_("Two days in a row with a HIIT session (less than 48 hours apart), also across the end of a "
       "week."),
    N_("The day after intervals should be light so the body can recover before the next hard bout."),
    N_("ACSM’s Health & Fitness Journal: keep the day after an interval session light."),
    N_("Leave at least one easy or rest day between HIIT sessions."),
  },
  {
    REGIMEN_RULE_HIIT_RATIO, "HIIT-RATIO", REGIMEN_SEVERITY_WARNING,
    N_("Intervals with too little rest"),
    N_("An interval whose rest is shorter than the level allows: beginners 2 × the work, "
       "intermediate 1 × the work, advanced ½ × the work."),
    N_("With enough rest each round can be done at full intensity; without it the intervals turn "
       "into a grind and recovery suffers."),
    N_("Seed “Why too much HIIT”: begin at a 1:2 work:rest ratio, e.g. 30 s of burpees, 60 s of rest."),
    N_("Lengthen the rest or shorten the work; when you cannot recover in the rest, stop."),
  },
  {
    REGIMEN_RULE_LOAD_BUDGET, "LOAD-BUDGET", REGIMEN_SEVERITY_ERROR,
    N_("Week over the load budget"),
    N_("The week’s session-RPE load (RPE × minutes, summed) is above the budget: the baseline weekly "
       "load × 1.3, × 0.8 when life stress is high. Silent without a baseline."),
    N_("Large jumps above what the athlete is used to raise the risk of injury and illness, and "
       "stress from work and life counts too."),
    N_("Seed “Why too much HIIT”: monitor other stressors; Gabbett 2016, “The training–injury "
       "prevention paradox”, Br J Sports Med 50:273–280."),
    N_("Shorten sessions, lower their RPE, or move a session to a lighter week."),
  },
  {
    REGIMEN_RULE_LOAD_ACWR, "LOAD-ACWR", REGIMEN_SEVERITY_WARNING,
    N_("Sudden change of load (acute:chronic ratio)"),
    N_("The exponentially weighted 7-day load divided by the 28-day load, both seeded from the "
       "baseline: a warning above 1.5 on any day; information between 1.3 and 1.5, and when the "
       "week’s average ratio is below 0.8."),
    N_("A load well above what the last weeks prepared for is a spike; a long drop loses fitness. "
       "The ratio is a rough guide only: it does not predict injuries by itself."),
    N_("Williams et al. 2017, Br J Sports Med 51:209–210 (EWMA); caveats: Impellizzeri et al. "
       "2020, Int J Sports Physiol Perform 15:907–913."),
    N_("Build the load up over several weeks instead of in one jump, or spread a big session over "
       "two days."),
  },
  {
    REGIMEN_RULE_MONOTONY, "MONOTONY", REGIMEN_SEVERITY_WARNING,
    N_("Monotonous week"),
    N_("Foster monotony (mean daily load ÷ population standard deviation, rest days as 0; 10 when "
       "every day has the same load): a warning above 2.0, information above 1.5."),
    N_("Weeks without easy and hard days give the body no room to recover; high monotony with high "
       "load goes with overtraining and illness."),
    N_("Foster 1998, Med Sci Sports Exerc 30:1164–1168; Runalyze documentation."),
    N_("Make easy days easier and hard days harder, or add a rest day."),
  },
  {
    REGIMEN_RULE_STRAIN, "STRAIN", REGIMEN_SEVERITY_WARNING,
    N_("High training strain"),
    N_("Foster strain (weekly load × monotony) above 6000 AU, above 4800 AU when life stress is high."),
    N_("High load that is also monotonous is the combination most linked to illness and overreaching."),
    N_("Foster 1998, Med Sci Sports Exerc 30:1164–1168."),
    N_("Lower the week’s load or vary it more from day to day."),
  },
  {
    REGIMEN_RULE_REST_DAY, "REST-DAY", REGIMEN_SEVERITY_WARNING,
    N_("No rest day"),
    N_("A week in which every day has hard training (a session of RPE 7 or more, or a HIIT session)."),
    N_("Adaptation happens during recovery; at least one day a week without hard training lets it "
       "happen."),
    N_("ACSM recommendations on recovery between training days."),
    N_("Make one day a rest day or an easy one: mobility or a light walk."),
  },
  {
    REGIMEN_RULE_MUSCLE_RECOVERY, "MUSCLE-RECOVERY", REGIMEN_SEVERITY_WARNING,
    N_("Muscle group trained hard again too soon"),
    N_("The same primary muscle group in hard sessions (RPE 7 or more) on consecutive days, less "
       "than 48 hours apart. An error for beginners."),
    N_("A muscle trained hard needs about 48 hours before the next hard session; beginners recover "
       "more slowly."),
    N_("ACSM position stand 2009, “Progression models in resistance training”; NSCA Essentials of "
       "Strength Training and Conditioning."),
    N_("Alternate muscle groups (e.g. lower and upper body), or make one of the two sessions light."),
  },
  {
    REGIMEN_RULE_SPEED_LOAD, "SPEED-LOAD", REGIMEN_SEVERITY_WARNING,
    N_("Pause, tempo or explosive work too heavy"),
    /* xgettext:no-c-format */
    N_("An item with a pause, slowed or explosive tempo (any X, a bottom pause, an eccentric over "
       "3 s, a concentric over 2 s, a top pause over 1 s) above 60 % of 1RM."),
    N_("Pauses and slow or explosive repetitions are hard enough with light weights; heavy loads "
       "break the technique the tempo is meant to teach."),
    /* xgettext:no-c-format */
    N_("Seed “Play with speed”: no more than 60 % of your max; ACSM position stand 2009."),
    /* xgettext:no-c-format */
    N_("Lower the load to 60 % of 1RM or less, or use an ordinary tempo for heavy sets."),
  },
  {
    REGIMEN_RULE_HEAVY_BLOCK, "HEAVY-BLOCK", REGIMEN_SEVERITY_WARNING,
    N_("Heavy weights for too many weeks"),
    /* xgettext:no-c-format */
    N_("Work at 85 % of 1RM or more in more than 3 consecutive weeks."),
    N_("Super heavy weights for more than a few weeks at a time tire the nervous system and stall "
       "progress."),
    N_("Seed “Play with speed”: heavy weights only a few weeks at a time."),
    /* xgettext:no-c-format */
    N_("Plan a lighter week (below 85 %) after at most 3 heavy ones, e.g. with tempo or pause work."),
  },
  {
    REGIMEN_RULE_PROGRESSION, "PROGRESSION", REGIMEN_SEVERITY_WARNING,
    N_("Progression stage started too early"),
    N_("An exercise planned before its previous stage in the progression chain was trained in 3 "
       "earlier weeks of the plan. Only when the previous stage is in the plan at all."),
    N_("Each stage builds the strength and control the next one needs; the seeds spend 3–4 weeks "
       "on a stage."),
    N_("Seeds: hip flexion progression, pistol squat progression, core series (3–4 weeks a stage)."),
    N_("Keep the previous stage for at least 3 weeks before moving on."),
  },
  {
    REGIMEN_RULE_DATA, "DATA", REGIMEN_SEVERITY_ERROR,
    N_("Invalid plan data"),
    N_("A value out of range (RPE 1–10, sets 1–20, reps 1–100, seconds 1–3600, rounds 1–100, "
       "percent 0–100), a malformed tempo, an unknown exercise, or a week without 7 days."),
    N_("The checks and the printed sheet cannot work with values that make no sense."),
    N_("The plan file format (docs/plan-format.md)."),
    N_("Correct the value, or pick the exercise again from the library."),
  },
};

/**
 * regimen_severity_to_string:
 * @severity: a severity
 *
 * Returns: the untranslated, stable name of @severity
 */
const char *
regimen_severity_to_string (RegimenSeverity severity)
{
  switch (severity)
    {
    case REGIMEN_SEVERITY_ERROR:
      return "error";
    case REGIMEN_SEVERITY_WARNING:
      return "warning";
    case REGIMEN_SEVERITY_INFO:
      return "info";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * regimen_severity_get_label:
 * @severity: a severity
 *
 * Returns: the translated name of @severity
 */
const char *
regimen_severity_get_label (RegimenSeverity severity)
{
  switch (severity)
    {
    case REGIMEN_SEVERITY_ERROR:
      /* Translators: severity of a plan check result; errors block saving */
      return C_("severity", "Error");
    case REGIMEN_SEVERITY_WARNING:
      return C_("severity", "Warning");
    case REGIMEN_SEVERITY_INFO:
      return C_("severity", "Information");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * regimen_rule_get:
 * @id: a rule
 *
 * Returns: (transfer none): the table row of @id
 */
const RegimenRule *
regimen_rule_get (RegimenRuleId id)
{
  g_return_val_if_fail ((guint) id < REGIMEN_N_RULES, NULL);

  return &rules[id];
}

/**
 * regimen_rule_lookup:
 * @code: a rule's stable id, such as "HIIT-FREQ"
 *
 * Returns: (transfer none) (nullable): the rule, or %NULL when there is none
 */
const RegimenRule *
regimen_rule_lookup (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < REGIMEN_N_RULES; i++)
    {
      if (g_str_equal (rules[i].code, code))
        return &rules[i];
    }

  return NULL;
}

const char *
regimen_rule_get_title (const RegimenRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, rule->title);
}

const char *
regimen_rule_get_threshold (const RegimenRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, rule->threshold);
}

const char *
regimen_rule_get_why (const RegimenRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, rule->why);
}

const char *
regimen_rule_get_source (const RegimenRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, rule->source);
}

const char *
regimen_rule_get_advice (const RegimenRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, rule->advice);
}

static double
interval_rest_ratio (RegimenLevel level)
{
  switch (level)
    {
    case REGIMEN_LEVEL_BEGINNER:
      return REST_RATIO_BEGINNER;
    case REGIMEN_LEVEL_INTERMEDIATE:
      return REST_RATIO_INTERMEDIATE;
    case REGIMEN_LEVEL_ADVANCED:
      return REST_RATIO_ADVANCED;
    default:
      return REST_RATIO_BEGINNER;
    }
}

/**
 * regimen_thresholds_init:
 * @thresholds: (out caller-allocates): the thresholds to fill
 * @level: the athlete's level
 * @life_stress: the athlete's life stress
 * @baseline_weekly_load: the athlete's usual weekly load, 0 when unknown
 * @max_hiit_per_week: the athlete's own HIIT limit, or a negative value
 *
 * Fills @thresholds with the rule table's defaults scaled by the profile:
 * high life stress lowers the HIIT limit (when the athlete sets none), the
 * weekly budget and the strain threshold; the level sets the interval rest
 * ratio, and beginners get errors for muscle recovery.
 */
void
regimen_thresholds_init (RegimenThresholds *thresholds,
                         RegimenLevel       level,
                         RegimenLifeStress  life_stress,
                         double             baseline_weekly_load,
                         int                max_hiit_per_week)
{
  gboolean high = life_stress == REGIMEN_LIFE_STRESS_HIGH;

  g_return_if_fail (thresholds != NULL);

  *thresholds = (RegimenThresholds) {
    .high_life_stress = high,
    .level = level,
    .hiit_limit = regimen_hiit_limit (max_hiit_per_week, high),
    .interval_min_rest_ratio = interval_rest_ratio (level),
    .weekly_budget = regimen_weekly_budget (baseline_weekly_load, high),
    .acwr_warning_above = ACWR_WARNING_ABOVE,
    .acwr_info_above = ACWR_INFO_ABOVE,
    .acwr_info_below = ACWR_INFO_BELOW,
    .monotony_warning_above = MONOTONY_WARNING_ABOVE,
    .monotony_info_above = MONOTONY_INFO_ABOVE,
    .strain_warning_above = STRAIN_WARNING_ABOVE * (high ? HIGH_STRESS_FACTOR : 1.0),
    .hard_rpe = HARD_RPE,
    .muscle_recovery_severity = level == REGIMEN_LEVEL_BEGINNER ? REGIMEN_SEVERITY_ERROR
                                                                : REGIMEN_SEVERITY_WARNING,
    .speed_max_percent_1rm = SPEED_MAX_PERCENT_1RM,
    .heavy_percent_1rm = HEAVY_PERCENT_1RM,
    .heavy_max_weeks = HEAVY_MAX_WEEKS,
    .progression_min_weeks = PROGRESSION_MIN_WEEKS,
  };
}
