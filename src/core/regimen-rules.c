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

/* The defaults of the table below, before the profile scales them. Each
 * has its source or "our choice" in docs/validation-rules.md. */
#define LOAD_WARNING_ABOVE          1.3
#define LOAD_WARNING_ABOVE_STRESSED 1.2
#define LOAD_ERROR_ABOVE            1.5
#define LOAD_ERROR_ABOVE_STRESSED   1.4
#define LOAD_DROP_BELOW             0.7
#define LOAD_WARNING_MIN_INCREASE   150.0
#define LOAD_ERROR_MIN_INCREASE     300.0
#define DELOAD_MAX_WEEKS            5
#define MONOTONY_WARNING_ABOVE      2.0
#define MONOTONY_INFO_ABOVE         1.5
#define STRAIN_WARNING_ABOVE        6000.0
#define HIGH_STRESS_FACTOR          0.8
#define HARD_RPE                    7
#define HARD_PERCENT_1RM            80.0
#define HARD_MAX_RIR                4.0
#define HIIT_CONTENT_MAX_REST_RATIO 6.0
#define SETS_LOW_BEGINNER           4
#define SETS_HIGH_BEGINNER          12
#define SETS_WARNING_BEGINNER       16
#define SETS_LOW_TRAINED            10
#define SETS_HIGH_TRAINED           20
#define SETS_WARNING_TRAINED        25
#define REPS_TOLERANCE              2.0
#define LIGHT_RPE                   5
#define CONTRADICTION_MAX_RIR       2.0
#define READINESS_PERCENT_1RM       80.0
#define READINESS_MIN_REPS          6
#define PLYOMETRIC_MIN_CONTACTS     20
#define SPEED_MAX_PERCENT_1RM       60.0
#define HEAVY_PERCENT_1RM           85.0
#define HEAVY_MIN_SETS              6
#define HEAVY_MAX_WEEKS             3
#define PROGRESSION_MIN_WEEKS       3
#define LEVEL_FIT_MAX_LEVEL         3
#define LEVEL_FIT_PERCENT_1RM       85.0

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
       "otherwise 2, or 1 for beginners and when life stress is high. A session is HIIT when its "
       "kind is HIIT or it holds hard intervals. An own limit above the usual one while life "
       "stress is high is accepted with a warning."),
    N_("HIIT is a strong stressor. Done too often it adds up with the rest of life into chronic "
       "stress, and progress stalls instead of improving."),
    N_("Seed “Why too much HIIT is killing your progress”: 1–2 times a week, fewer when other "
       "stress is high; ACSM: beginners start with one interval day a week."),
    N_("Turn one of the HIIT sessions into steady cardio, strength or mobility work, or move it to "
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
    N_("An interval in a HIIT session whose rest is shorter than the level allows: beginners 2 × "
       "the work, intermediate 1 × the work, advanced ½ × the work (the scaling by level is our "
       "choice)."),
    N_("With enough rest each round can be done at full intensity; without it the intervals turn "
       "into a grind and recovery suffers."),
    N_("Seed “Why too much HIIT”: begin at a 1:2 work:rest ratio, e.g. 30 s of burpees, 60 s of rest."),
    N_("Lengthen the rest or shorten the work; when you cannot recover in the rest, stop."),
  },
  {
    REGIMEN_RULE_LOAD_BUDGET, "LOAD-BUDGET", REGIMEN_SEVERITY_ERROR,
    N_("Week far beyond the athlete’s load"),
    N_("A rolling 7-day load more than 1.5 × both the chronic load before it (the 28-day EWMA) "
       "and the baseline weekly load, and more than 300 AU above the larger; 1.4 × when life "
       "stress is high. Silent without a baseline."),
    N_("A week far above everything the athlete has done, recently and before the plan, is the "
       "kind of spike that goes with injury and illness; stress from work and life counts too."),
    N_("Gabbett 2016, “The training–injury prevention paradox”, Br J Sports Med 50:273–280; "
       "seed “Why too much HIIT”: mind other stressors. The factor 1.5 and the 300 AU are our "
       "choice."),
    N_("Shorten or remove sessions in this week, or build up to it over several weeks."),
  },
  {
    REGIMEN_RULE_LOAD_ACWR, "LOAD-ACWR", REGIMEN_SEVERITY_WARNING,
    N_("Sudden jump in load"),
    N_("A rolling 7-day load above 1.3 × the chronic load before it (the 28-day EWMA, held "
       "through weeks marked lighter; 1.2 × when life stress is high) and more than 150 AU above "
       "it: a ratio of small loads is no spike. Information when a week that is not marked "
       "lighter falls below 0.7 × the chronic load."),
    N_("A load well above what the last weeks prepared for is a spike; an unplanned drop loses "
       "fitness. The ratio is a rough guide only: it does not predict injuries by itself."),
    N_("Gabbett 2016, Br J Sports Med 50:273–280; Williams et al. 2017, Br J Sports Med 51:209–210 "
       "(EWMA); caveats: Impellizzeri et al. 2020, Int J Sports Physiol Perform 15:907–913. The "
       "150 AU are our choice."),
    /* xgettext:no-c-format */
    N_("Build the load up over several weeks (about 5–10 % a week) instead of in one jump, or "
       "spread a big session over two weeks."),
  },
  {
    REGIMEN_RULE_DELOAD, "DELOAD", REGIMEN_SEVERITY_WARNING,
    N_("No lighter week in a long hard block"),
    N_("More than 5 hard weeks (weeks with at least 2 hard days) in a row without a lighter one. A "
       "week is lighter when it is marked so or its load is below 0.7 × the chronic load."),
    N_("Adaptation needs recovery; a lighter week every 3–6 weeks of hard training lets fatigue "
       "fall while fitness stays."),
    /* xgettext:no-c-format */
    N_("Common practice of periodisation (deload every 3–6 weeks, volume −30–50 %); Bosquet et "
       "al. 2007 on tapering. The limit of 5 weeks is our choice."),
    N_("Make this week a lighter one (about half the volume, similar intensity) and mark it as "
       "lighter."),
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
    N_("Foster strain (weekly load × monotony) above 6000 AU, above 4800 AU when life stress is "
       "high. A heuristic for trained athletes."),
    N_("High load that is also monotonous is the combination most linked to illness and overreaching."),
    N_("Foster 1998, Med Sci Sports Exerc 30:1164–1168 (thresholds there are individual; the fixed "
       "6000 AU is a heuristic)."),
    N_("Lower the week’s load or vary it more from day to day."),
  },
  {
    REGIMEN_RULE_REST_DAY, "REST-DAY", REGIMEN_SEVERITY_WARNING,
    N_("No rest day"),
    N_("A week in which every day has hard training: a session of RPE 7 or more, a HIIT session, a "
       "competition or a hard item."),
    N_("Adaptation happens during recovery; at least one day a week without hard training lets it "
       "happen."),
    N_("ACSM recommendations on recovery between training days."),
    N_("Make one day a rest day or an easy one: mobility or a light walk."),
  },
  {
    REGIMEN_RULE_MUSCLE_RECOVERY, "MUSCLE-RECOVERY", REGIMEN_SEVERITY_WARNING,
    N_("Muscle group trained hard again too soon"),
    N_("The same primary muscle group in hard items on consecutive days, less than 48 hours apart. "
       "Warm-up items, mobility, activation drills without a load and conditioning do not count. "
       "An error for beginners."),
    N_("A muscle trained hard needs about 48 hours before the next hard session; beginners recover "
       "more slowly."),
    N_("ACSM position stand 2009, “Progression models in resistance training”; NSCA Essentials of "
       "Strength Training and Conditioning."),
    N_("Alternate muscle groups (e.g. lower and upper body), make one of the two sessions light, "
       "or mark warm-up items as warm-up."),
  },
  {
    REGIMEN_RULE_MUSCLE_VOLUME, "MUSCLE-VOLUME", REGIMEN_SEVERITY_WARNING,
    N_("Too many hard sets for a muscle group"),
    N_("More weekly hard sets for one primary muscle group than 25 (range 10–20) for intermediate "
       "and advanced athletes, or 16 (range 4–12) for beginners."),
    N_("Beyond about 20 hard sets a week more sets add fatigue rather than growth; beginners "
       "progress well on fewer."),
    N_("Schoenfeld et al. 2017, J Sports Sci 35:1073–1082 (dose–response); practitioners’ volume "
       "landmarks. The exact limits are our choice."),
    N_("Drop sets or exercises for this muscle group, or spread them over two weeks."),
  },
  {
    REGIMEN_RULE_INTENSITY, "INTENSITY", REGIMEN_SEVERITY_WARNING,
    N_("Load, repetitions and RPE do not fit"),
    /* xgettext:no-c-format */
    N_("A %1RM that allows fewer repetitions than prescribed (more than 2 beyond the %1RM table), "
       "or a session rated RPE 5 or lower that holds near-maximal items (2 or fewer repetitions "
       "in reserve)."),
    N_("A prescription that cannot be done as written is either a typo or an all-out effort; a "
       "session RPE far below its content hides hard work from the load figures."),
    /* xgettext:no-c-format */
    N_("NSCA %1RM–repetition table (e.g. 90 % ≈ 4 reps, 80 % ≈ 8); Helms et al. 2016 and Zourdos "
       "et al. 2016 on RPE and repetitions in reserve."),
    /* xgettext:no-c-format */
    N_("Lower the %1RM or the repetitions, or rate the session as hard as its content."),
  },
  {
    REGIMEN_RULE_READINESS, "READINESS", REGIMEN_SEVERITY_WARNING,
    N_("Heavy work before speed work or a competition"),
    /* xgettext:no-c-format */
    N_("Heavy lower-body work (80 % of 1RM or more, at least 6 repetitions in all) or plyometrics "
       "(20 contacts or more) the day before sprints, HIIT or a competition, or earlier the same "
       "day."),
    N_("Heavy lower-body work and plyometrics need about 48 hours before the next high-quality "
       "effort; done just before, they blunt the sprints, intervals or the game."),
    N_("Wilson et al. 2012, J Strength Cond Res 26:2293–2307 (interference); in-season practice: "
       "heavy work early in the week, only priming the day before."),
    N_("Move the heavy work two days before, after the speed work on the same day, or make it "
       "priming (2–3 sets of 1–2 repetitions)."),
  },
  {
    REGIMEN_RULE_SPEED_LOAD, "SPEED-LOAD", REGIMEN_SEVERITY_WARNING,
    N_("Pause, tempo or explosive work too heavy"),
    /* xgettext:no-c-format */
    N_("An item with a pause or slowed tempo (a bottom pause, an eccentric over 3 s, a concentric "
       "over 2 s, a top pause over 1 s, or an X outside the concentric) above 60 % of 1RM. An X in "
       "the concentric (20X0) is lifting with intent, not speed work."),
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
    N_("More than 3 heavy weeks in a row; a week is heavy with 6 or more working sets at 85 % of "
       "1RM or more. A week marked lighter ends the run."),
    N_("Super heavy weights for more than a few weeks at a time tire the nervous system and stall "
       "progress; a few heavy maintenance sets a week do not."),
    N_("Seed “Play with speed”: heavy weights only a few weeks at a time. The 6 sets are our "
       "choice."),
    /* xgettext:no-c-format */
    N_("Plan a lighter week after at most 3 heavy ones, or fewer heavy sets (e.g. tempo or pause "
       "work at 60 % or less)."),
  },
  {
    REGIMEN_RULE_PROGRESSION, "PROGRESSION", REGIMEN_SEVERITY_WARNING,
    N_("Progression stage started too early"),
    N_("An exercise planned before its previous stage in the progression chain was trained in 3 "
       "earlier weeks of the plan. Only when the previous stage is in the plan at all."),
    N_("Each stage builds the strength and control the next one needs; the seeds spend 3–4 weeks "
       "on a stage."),
    N_("Seeds: hip flexion progression, pistol squat progression (3–4 weeks a stage)."),
    N_("Keep the previous stage for at least 3 weeks before moving on."),
  },
  {
    REGIMEN_RULE_LEVEL_FIT, "LEVEL-FIT", REGIMEN_SEVERITY_WARNING,
    N_("Exercise well above a beginner’s level"),
    /* xgettext:no-c-format */
    N_("For beginners: an exercise of level 4 whose previous stage is not in the plan, or a load "
       "of 85 % of 1RM or more."),
    N_("Advanced skills and near-maximal loads need the strength and control that the earlier "
       "stages and lighter loads build."),
    N_("Seeds: pistol squat and hip flexion progressions; NSCA on loads for novices. The levels "
       "are our choice."),
    N_("Swap the exercise for an earlier stage of its progression, or lower the load."),
  },
  {
    REGIMEN_RULE_DATA, "DATA", REGIMEN_SEVERITY_ERROR,
    N_("Invalid plan data"),
    N_("A value out of range (RPE 1–10, minutes 1–600, sets 1–20, reps 1–100, hold seconds "
       "1–36000, rest and interval seconds 1–3600, rounds 1–100, percent 0–100), a malformed "
       "tempo, an unknown exercise, a progression rule its exercise does not fit, or a week "
       "without 7 days."),
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
 * load factors and the strain threshold; the level sets the HIIT limit of
 * beginners, the interval rest ratio, the hard-set ranges, and beginners
 * get errors for muscle recovery.
 */
void
regimen_thresholds_init (RegimenThresholds *thresholds,
                         RegimenLevel       level,
                         RegimenLifeStress  life_stress,
                         double             baseline_weekly_load,
                         int                max_hiit_per_week)
{
  gboolean high = life_stress == REGIMEN_LIFE_STRESS_HIGH;
  gboolean beginner = level == REGIMEN_LEVEL_BEGINNER;

  g_return_if_fail (thresholds != NULL);

  *thresholds = (RegimenThresholds) {
    .high_life_stress = high,
    .level = level,
    .baseline_weekly_load = MAX (baseline_weekly_load, 0),
    .hiit_limit = regimen_hiit_limit (max_hiit_per_week, beginner, high),
    .hiit_default_limit = regimen_hiit_default_limit (beginner, high),
    .hiit_own_limit = max_hiit_per_week >= 0,
    .hiit_content_max_rest_ratio = HIIT_CONTENT_MAX_REST_RATIO,
    .interval_min_rest_ratio = interval_rest_ratio (level),
    .load_warning_above = high ? LOAD_WARNING_ABOVE_STRESSED : LOAD_WARNING_ABOVE,
    .load_error_above = high ? LOAD_ERROR_ABOVE_STRESSED : LOAD_ERROR_ABOVE,
    .load_drop_below = LOAD_DROP_BELOW,
    .load_warning_min_increase = LOAD_WARNING_MIN_INCREASE,
    .load_error_min_increase = LOAD_ERROR_MIN_INCREASE,
    .deload_max_weeks = DELOAD_MAX_WEEKS,
    .monotony_warning_above = MONOTONY_WARNING_ABOVE,
    .monotony_info_above = MONOTONY_INFO_ABOVE,
    .strain_warning_above = STRAIN_WARNING_ABOVE * (high ? HIGH_STRESS_FACTOR : 1.0),
    .hard_rpe = HARD_RPE,
    .hard_percent_1rm = HARD_PERCENT_1RM,
    .hard_max_rir = HARD_MAX_RIR,
    .muscle_recovery_severity = beginner ? REGIMEN_SEVERITY_ERROR : REGIMEN_SEVERITY_WARNING,
    .sets_range_low = beginner ? SETS_LOW_BEGINNER : SETS_LOW_TRAINED,
    .sets_range_high = beginner ? SETS_HIGH_BEGINNER : SETS_HIGH_TRAINED,
    .sets_warning_above = beginner ? SETS_WARNING_BEGINNER : SETS_WARNING_TRAINED,
    .reps_tolerance = REPS_TOLERANCE,
    .light_rpe = LIGHT_RPE,
    .contradiction_max_rir = CONTRADICTION_MAX_RIR,
    .readiness_percent_1rm = READINESS_PERCENT_1RM,
    .readiness_min_reps = READINESS_MIN_REPS,
    .plyometric_min_contacts = PLYOMETRIC_MIN_CONTACTS,
    .speed_max_percent_1rm = SPEED_MAX_PERCENT_1RM,
    .heavy_percent_1rm = HEAVY_PERCENT_1RM,
    .heavy_min_sets = HEAVY_MIN_SETS,
    .heavy_max_weeks = HEAVY_MAX_WEEKS,
    .progression_min_weeks = PROGRESSION_MIN_WEEKS,
    .level_fit_max_level = LEVEL_FIT_MAX_LEVEL,
    .level_fit_percent_1rm = LEVEL_FIT_PERCENT_1RM,
  };
}
