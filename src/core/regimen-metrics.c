/* regimen-metrics.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-metrics"

#include "config.h"

#include <math.h>
#include <string.h>

#include "regimen-metrics.h"

/* The tempo of an ordinary controlled repetition. Anything outside these
 * ranges is deliberate speed work (a pause, a slowed phase, or an explosive
 * one), which the seed "Play with speed" keeps at or below 60 % of 1RM. */
#define ORDINARY_ECCENTRIC_MAX  3
#define ORDINARY_PAUSE_MAX      0
#define ORDINARY_CONCENTRIC_MAX 2
#define ORDINARY_TOP_PAUSE_MAX  1

/* Seed "Why too much HIIT": 1–2 HIIT sessions a week; one while other
 * stressors are high. ACSM: beginners start with one interval day a week. */
#define HIIT_DEFAULT_LIMIT      2
#define HIIT_HIGH_STRESS_LIMIT  1
#define HIIT_BEGINNER_LIMIT     1

/**
 * regimen_tempo_parse:
 * @tempo: four characters: eccentric, bottom pause, concentric, top pause
 * @phases: (out): each phase in seconds, or %REGIMEN_TEMPO_EXPLOSIVE for "X"
 *
 * Returns: %TRUE when @tempo is exactly four digits or X (either case)
 */
gboolean
regimen_tempo_parse (const char *tempo,
                     int         phases[REGIMEN_TEMPO_PHASES])
{
  int parsed[REGIMEN_TEMPO_PHASES];

  g_return_val_if_fail (phases != NULL, FALSE);

  if (tempo == NULL || strlen (tempo) != REGIMEN_TEMPO_PHASES)
    return FALSE;

  for (guint i = 0; i < REGIMEN_TEMPO_PHASES; i++)
    {
      if (g_ascii_isdigit (tempo[i]))
        parsed[i] = tempo[i] - '0';
      else if (tempo[i] == 'X' || tempo[i] == 'x')
        parsed[i] = REGIMEN_TEMPO_EXPLOSIVE;
      else
        return FALSE;
    }

  memcpy (phases, parsed, sizeof parsed);

  return TRUE;
}

/**
 * regimen_tempo_rep_seconds:
 * @tempo: (nullable): a tempo string, or %NULL/"" when not given
 *
 * The duration of one repetition: the sum of the four phases, an explosive
 * phase counting as %REGIMEN_EXPLOSIVE_PHASE_SECONDS. Without a valid tempo
 * a repetition takes %REGIMEN_DEFAULT_REP_SECONDS.
 *
 * Returns: seconds per repetition
 */
double
regimen_tempo_rep_seconds (const char *tempo)
{
  int phases[REGIMEN_TEMPO_PHASES];
  double seconds = 0;

  if (!regimen_tempo_parse (tempo, phases))
    return REGIMEN_DEFAULT_REP_SECONDS;

  for (guint i = 0; i < REGIMEN_TEMPO_PHASES; i++)
    seconds += phases[i] == REGIMEN_TEMPO_EXPLOSIVE ? REGIMEN_EXPLOSIVE_PHASE_SECONDS : phases[i];

  /* "0000" is not a repetition that takes no time. */
  return seconds > 0 ? seconds : REGIMEN_DEFAULT_REP_SECONDS;
}

/**
 * regimen_tempo_is_speed_work:
 * @tempo: (nullable): a tempo string
 *
 * Speed work in the sense of the seed "Play with speed" is a pause or a
 * deliberately slowed or explosive phase: any bottom pause of a second or
 * more, an eccentric slower than 3 s, a concentric slower than 2 s, a top
 * pause longer than 1 s, or an X anywhere but in the concentric. An X in
 * the concentric ("20X0") only asks to lift the load with intent, which is
 * ordinary strength work at any load. A missing or malformed tempo is not
 * speed work.
 *
 * Returns: %TRUE when @tempo asks for pause, tempo or explosive work
 */
gboolean
regimen_tempo_is_speed_work (const char *tempo)
{
  static const int ordinary_max[REGIMEN_TEMPO_PHASES] = {
    ORDINARY_ECCENTRIC_MAX,
    ORDINARY_PAUSE_MAX,
    ORDINARY_CONCENTRIC_MAX,
    ORDINARY_TOP_PAUSE_MAX,
  };
  gboolean speed = FALSE;

  /* Read in one pass, without regimen_tempo_parse()'s strlen() and copy:
   * the check asks this of every item, 25,000 times for a 520-week plan.
   * A terminator within the four phases is a character like any other
   * that is not a phase: malformed, as is a fifth character. */
  if (tempo == NULL)
    return FALSE;

  for (guint i = 0; i < REGIMEN_TEMPO_PHASES; i++)
    {
      if (g_ascii_isdigit (tempo[i]))
        speed |= tempo[i] - '0' > ordinary_max[i];
      else if (tempo[i] == 'X' || tempo[i] == 'x')
        speed |= i != REGIMEN_TEMPO_CONCENTRIC;
      else
        return FALSE;
    }

  return speed && tempo[REGIMEN_TEMPO_PHASES] == '\0';
}

/* NSCA's %1RM–repetitions table (Essentials of Strength Training and
 * Conditioning): the repetitions a load allows at maximal effort. Below
 * 65 % the table stops; the two lower points are our extrapolation. */
static const struct { double percent; double reps; } percent_reps[] = {
  { 100, 1 }, { 95, 2 }, { 90, 4 }, { 85, 6 }, { 80, 8 }, { 75, 10 },
  { 70, 12 }, { 65, 15 }, { 60, 20 }, { 50, 30 },
};

/**
 * regimen_max_reps_at_percent:
 * @percent: a load in percent of the one-repetition maximum
 *
 * Interpolates NSCA's table linearly (100 % → 1, 95 → 2, 90 → 4, 85 → 6,
 * 80 → 8, 75 → 10, 70 → 12, 65 → 15; our extrapolation 60 → 20, 50 → 30).
 * Loads above 100 % allow 1; below 50 % the value keeps rising by 1 per
 * percent.
 *
 * Returns: the repetitions possible at maximal effort
 */
double
regimen_max_reps_at_percent (double percent)
{
  guint n = G_N_ELEMENTS (percent_reps);

  if (percent >= percent_reps[0].percent)
    return percent_reps[0].reps;
  if (percent <= percent_reps[n - 1].percent)
    return percent_reps[n - 1].reps + (percent_reps[n - 1].percent - percent);

  for (guint i = 1; i < n; i++)
    {
      if (percent >= percent_reps[i].percent)
        {
          double span = percent_reps[i - 1].percent - percent_reps[i].percent;
          double part = (percent - percent_reps[i].percent) / span;

          return percent_reps[i].reps + part * (percent_reps[i - 1].reps - percent_reps[i].reps);
        }
    }

  g_return_val_if_reached (1);
}

/**
 * regimen_reps_in_reserve:
 * @percent: a load in percent of 1RM
 * @reps: the prescribed repetitions
 *
 * Returns: regimen_max_reps_at_percent() − @reps; negative when the
 *   prescription asks for more repetitions than the load allows
 */
double
regimen_reps_in_reserve (double percent,
                         guint  reps)
{
  return regimen_max_reps_at_percent (percent) - reps;
}

/**
 * regimen_item_estimate_seconds:
 * @volume: what the item asks for
 *
 * Estimates how long an item takes, rest included:
 *
 * - intervals: sets × rounds × (work + rest), the interval's own rest;
 * - holds: sets × (hold × sides + rest);
 * - repetitions: sets × (reps × sides × seconds per rep + rest);
 *
 * where sides is 2 for per-side work, sets default to 1, the rest between
 * sets defaults to %REGIMEN_DEFAULT_REST_SECONDS and a repetition's length
 * comes from regimen_tempo_rep_seconds(). An item with neither reps, hold
 * nor interval counts only its rests.
 *
 * Returns: seconds
 */
double
regimen_item_estimate_seconds (const RegimenItemVolume *volume)
{
  double sets;
  double sides;
  double rest;
  double work = 0;

  g_return_val_if_fail (volume != NULL, 0);

  sets = volume->sets > 0 ? volume->sets : 1;
  sides = volume->per_side ? 2 : 1;

  if (volume->interval_rounds > 0)
    return sets * volume->interval_rounds
           * ((double) volume->interval_work_seconds + volume->interval_rest_seconds);

  rest = volume->rest_seconds >= 0 ? volume->rest_seconds : REGIMEN_DEFAULT_REST_SECONDS;

  if (volume->hold_seconds > 0)
    work = volume->hold_seconds * sides;
  else if (volume->reps > 0)
    work = volume->reps * sides * regimen_tempo_rep_seconds (volume->tempo);

  return sets * (work + rest);
}

/**
 * regimen_session_load:
 * @rpe: session RPE on the CR-10 scale
 * @minutes: the session's duration
 *
 * Foster's session-RPE load.
 *
 * Returns: @rpe × @minutes, in AU
 */
double
regimen_session_load (double rpe,
                      double minutes)
{
  if (rpe <= 0 || minutes <= 0)
    return 0;

  return rpe * minutes;
}

/**
 * regimen_loads_sum:
 * @loads: (array length=n_days): daily loads
 * @n_days: the number of days
 *
 * Returns: the total load
 */
double
regimen_loads_sum (const double *loads,
                   gsize         n_days)
{
  double sum = 0;

  g_return_val_if_fail (loads != NULL || n_days == 0, 0);

  for (gsize i = 0; i < n_days; i++)
    sum += loads[i];

  return sum;
}

/**
 * regimen_monotony:
 * @loads: (array length=n_days): daily loads, rest days as 0
 * @n_days: the number of days, normally 7
 *
 * Foster's training monotony: the mean daily load divided by its
 * population standard deviation. A week with load but no variation at all
 * has %REGIMEN_MONOTONY_FLAT; a week without load has 0.
 *
 * Returns: the monotony
 */
double
regimen_monotony (const double *loads,
                  gsize         n_days)
{
  double mean;
  double variance = 0;
  double sd;

  g_return_val_if_fail (loads != NULL || n_days == 0, 0);

  if (n_days == 0)
    return 0;

  mean = regimen_loads_sum (loads, n_days) / n_days;
  if (mean <= 0)
    return 0;

  for (gsize i = 0; i < n_days; i++)
    variance += (loads[i] - mean) * (loads[i] - mean);
  variance /= n_days;
  sd = sqrt (variance);

  /* Relative to the mean, so float noise in equal loads reads as flat. */
  if (sd <= mean * 1e-9)
    return REGIMEN_MONOTONY_FLAT;

  return mean / sd;
}

/**
 * regimen_strain:
 * @loads: (array length=n_days): daily loads
 * @n_days: the number of days, normally 7
 *
 * Returns: Foster's strain, the total load × the monotony
 */
double
regimen_strain (const double *loads,
                gsize         n_days)
{
  return regimen_loads_sum (loads, n_days) * regimen_monotony (loads, n_days);
}

/**
 * regimen_ewma_lambda:
 * @days: the window N
 *
 * Returns: the EWMA smoothing factor 2 / (N + 1) (Williams 2017)
 */
double
regimen_ewma_lambda (guint days)
{
  return 2.0 / (days + 1.0);
}

/**
 * regimen_chronic_load_series:
 * @daily_loads: (array length=n_weeks*7): the load of every day, in whole
 *   plan weeks
 * @n_weeks: the number of plan weeks
 * @held_weeks: (array length=n_weeks) (nullable): weeks during which the
 *   chronic load holds its value (planned lighter weeks)
 * @seed_weekly_load: the chronic load before the plan (the baseline)
 * @chronic: (out caller-allocates) (array length=n_weeks*7): the chronic
 *   load after each day, in AU a week
 *
 * The chronic load: the 28-day EWMA of the daily load (Williams et al.
 * 2017, λ = 2 / (28 + 1)), given as a weekly figure (× 7). Two choices of
 * ours: each day of a plan week takes the week's mean daily load as its
 * input, so the figure does not rise on training days and fall on rest
 * days (a comparison against it would depend on the weekday); and it holds
 * its value through a held week, because fitness does not vanish in a
 * planned lighter week.
 */
void
regimen_chronic_load_series (const double   *daily_loads,
                             gsize           n_weeks,
                             const gboolean *held_weeks,
                             double          seed_weekly_load,
                             double         *chronic)
{
  double lambda = regimen_ewma_lambda (REGIMEN_CHRONIC_DAYS);
  double value = seed_weekly_load;

  g_return_if_fail (daily_loads != NULL || n_weeks == 0);
  g_return_if_fail (chronic != NULL || n_weeks == 0);

  for (gsize week = 0; week < n_weeks; week++)
    {
      const double *days = &daily_loads[week * REGIMEN_WEEK_DAYS];
      double week_load = regimen_loads_sum (days, REGIMEN_WEEK_DAYS);
      gboolean held = held_weeks != NULL && held_weeks[week];

      for (gsize day = 0; day < REGIMEN_WEEK_DAYS; day++)
        {
          /* In weekly units: λ × (week / 7) × 7. Written as a step towards
           * the input so that a steady load keeps the value exactly. */
          if (!held)
            value += lambda * (week_load - value);
          chronic[week * REGIMEN_WEEK_DAYS + day] = value;
        }
    }
}

/**
 * regimen_rolling_week_load:
 * @daily_loads: (array length=n_days): the load of every day, in order
 * @n_days: the number of days
 * @day: the last day of the window
 *
 * Returns: the acute load: the sum of the 7 days up to and including
 *   @day; days before the first count as 0
 */
double
regimen_rolling_week_load (const double *daily_loads,
                           gsize         n_days,
                           gsize         day)
{
  gsize first = day >= REGIMEN_WEEK_DAYS - 1 ? day - (REGIMEN_WEEK_DAYS - 1) : 0;

  g_return_val_if_fail (daily_loads != NULL, 0);
  g_return_val_if_fail (day < n_days, 0);

  return regimen_loads_sum (&daily_loads[first], day - first + 1);
}

/**
 * regimen_banister_decay:
 * @days: the time constant N
 *
 * Returns: e^(−1/N), the share of yesterday's value kept today
 */
double
regimen_banister_decay (guint days)
{
  return exp (-1.0 / days);
}

/**
 * regimen_fitness_fatigue_series:
 * @daily_loads: (array length=n_days): the load of every day, in order
 * @n_days: the number of days
 * @seed_daily_load: fitness and fatigue before the first day, normally the
 *   athlete's baseline weekly load / 7 (an athlete in steady training)
 * @ctl: (out caller-allocates) (array length=n_days) (nullable): fitness, N = 42
 * @atl: (out caller-allocates) (array length=n_days) (nullable): fatigue, N = 7
 * @tsb: (out caller-allocates) (array length=n_days) (nullable): form
 *
 * x_t = x_{t−1} × e^(−1/N) + load_t × (1 − e^(−1/N)). Form is taken on
 * the same day, after its training: TSB_t = CTL_t − ATL_t, which is the form
 * the athlete carries into the next day.
 */
void
regimen_fitness_fatigue_series (const double *daily_loads,
                                gsize         n_days,
                                double        seed_daily_load,
                                double       *ctl,
                                double       *atl,
                                double       *tsb)
{
  double decay_ctl = regimen_banister_decay (REGIMEN_CTL_DAYS);
  double decay_atl = regimen_banister_decay (REGIMEN_ATL_DAYS);
  double fitness = seed_daily_load;
  double fatigue = seed_daily_load;

  g_return_if_fail (daily_loads != NULL || n_days == 0);

  for (gsize i = 0; i < n_days; i++)
    {
      fitness = fitness * decay_ctl + daily_loads[i] * (1 - decay_ctl);
      fatigue = fatigue * decay_atl + daily_loads[i] * (1 - decay_atl);

      if (ctl != NULL)
        ctl[i] = fitness;
      if (atl != NULL)
        atl[i] = fatigue;
      if (tsb != NULL)
        tsb[i] = fitness - fatigue;
    }
}

/**
 * regimen_hiit_limit:
 * @max_hiit_per_week: the athlete's own limit, or a negative value when unset
 * @beginner: whether the athlete is a beginner
 * @high_life_stress: whether life stress is high
 *
 * An explicit limit is the planner's decision and wins; otherwise 2 HIIT
 * sessions a week, 1 for beginners or when life stress is high.
 *
 * Returns: the HIIT sessions allowed in one plan week
 */
guint
regimen_hiit_limit (int      max_hiit_per_week,
                    gboolean beginner,
                    gboolean high_life_stress)
{
  if (max_hiit_per_week >= 0)
    return (guint) max_hiit_per_week;

  return regimen_hiit_default_limit (beginner, high_life_stress);
}

/**
 * regimen_hiit_default_limit:
 * @beginner: whether the athlete is a beginner
 * @high_life_stress: whether life stress is high
 *
 * Returns: the limit without an athlete's own: 2, or 1 for beginners and
 *   under high life stress
 */
guint
regimen_hiit_default_limit (gboolean beginner,
                            gboolean high_life_stress)
{
  if (high_life_stress)
    return HIIT_HIGH_STRESS_LIMIT;
  if (beginner)
    return HIIT_BEGINNER_LIMIT;

  return HIIT_DEFAULT_LIMIT;
}
