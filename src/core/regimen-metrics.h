/* regimen-metrics.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Training-stress arithmetic on plain numbers. Nothing here needs a plan,
 * so the GUI, the checker and the tests share one definition of every
 * metric. Loads are session-RPE loads in arbitrary units (AU). */

#define REGIMEN_TEMPO_PHASES 4

/* The concentric (lifting) phase, the third character of a tempo. */
#define REGIMEN_TEMPO_CONCENTRIC 2

/* A parsed tempo phase that is explosive ("X") rather than a count. */
#define REGIMEN_TEMPO_EXPLOSIVE (-1)

/* Seconds one repetition takes when the item gives no tempo. */
#define REGIMEN_DEFAULT_REP_SECONDS 3.0

/* An explosive phase counts as this many seconds in time estimates. */
#define REGIMEN_EXPLOSIVE_PHASE_SECONDS 1.0

/* Rest between sets when the item does not say. */
#define REGIMEN_DEFAULT_REST_SECONDS 60.0

/* The chronic load's EWMA window, and the fitness (CTL) and fatigue (ATL)
 * constants. The acute load is a rolling sum of REGIMEN_WEEK_DAYS days. */
#define REGIMEN_CHRONIC_DAYS 28
#define REGIMEN_CTL_DAYS     42
#define REGIMEN_ATL_DAYS     7

/* The days of a plan week, and of the acute (rolling) load window. */
#define REGIMEN_WEEK_DAYS 7

/* Monotony of a week whose load is spread perfectly evenly (SD = 0). */
#define REGIMEN_MONOTONY_FLAT 10.0

gboolean regimen_tempo_parse              (const char   *tempo,
                                           int           phases[REGIMEN_TEMPO_PHASES]);
double   regimen_tempo_rep_seconds        (const char   *tempo);
gboolean regimen_tempo_is_speed_work      (const char   *tempo);
double   regimen_max_reps_at_percent      (double        percent);
double   regimen_reps_in_reserve          (double        percent,
                                           guint         reps);

/* What one planned item asks for, as far as its duration is concerned.
 * Zero means "not given", except rest_seconds where a negative value
 * means "not given" (a rest of 0 s is a real choice in a superset). */
typedef struct
{
  guint       sets;
  guint       reps;
  const char *tempo;
  double      rest_seconds;
  guint       hold_seconds;
  gboolean    per_side;
  guint       interval_work_seconds;
  guint       interval_rest_seconds;
  guint       interval_rounds;
} RegimenItemVolume;

double   regimen_item_estimate_seconds    (const RegimenItemVolume *volume);
double   regimen_session_load             (double        rpe,
                                           double        minutes);

double   regimen_loads_sum                (const double *loads,
                                           gsize         n_days);
double   regimen_monotony                 (const double *loads,
                                           gsize         n_days);
double   regimen_strain                   (const double *loads,
                                           gsize         n_days);

double   regimen_ewma_lambda              (guint         days);
void     regimen_chronic_load_series      (const double   *daily_loads,
                                           gsize           n_weeks,
                                           const gboolean *held_weeks,
                                           double          seed_weekly_load,
                                           double         *chronic);
double   regimen_rolling_week_load        (const double *daily_loads,
                                           gsize         n_days,
                                           gsize         day);
double   regimen_banister_decay           (guint         days);
void     regimen_fitness_fatigue_series   (const double *daily_loads,
                                           gsize         n_days,
                                           double        seed_daily_load,
                                           double       *ctl,
                                           double       *atl,
                                           double       *tsb);

guint    regimen_hiit_limit               (int           max_hiit_per_week,
                                           gboolean      beginner,
                                           gboolean      high_life_stress);
guint    regimen_hiit_default_limit       (gboolean      beginner,
                                           gboolean      high_life_stress);

G_END_DECLS
