/* regimen-athlete.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-athlete"

#include "config.h"

#include "regimen-athlete.h"
#include "regimen-plan-private.h"

struct _RegimenAthlete
{
  GObject            parent_instance;

  JsonObject        *extra;
  double             baseline_weekly_load;
  RegimenLevel       level;
  RegimenLifeStress  life_stress;
  int                max_hiit_per_week;
};

G_DEFINE_FINAL_TYPE (RegimenAthlete, regimen_athlete, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_LIFE_STRESS,
  PROP_BASELINE_WEEKLY_LOAD,
  PROP_MAX_HIIT_PER_WEEK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
regimen_athlete_finalize (GObject *object)
{
  RegimenAthlete *self = (RegimenAthlete *)object;

  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (regimen_athlete_parent_class)->finalize (object);
}

static void
regimen_athlete_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RegimenAthlete *self = REGIMEN_ATHLETE (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    case PROP_LIFE_STRESS:
      g_value_set_enum (value, self->life_stress);
      break;

    case PROP_BASELINE_WEEKLY_LOAD:
      g_value_set_double (value, self->baseline_weekly_load);
      break;

    case PROP_MAX_HIIT_PER_WEEK:
      g_value_set_int (value, self->max_hiit_per_week);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_athlete_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RegimenAthlete *self = REGIMEN_ATHLETE (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      regimen_athlete_set_level (self, g_value_get_enum (value));
      break;

    case PROP_LIFE_STRESS:
      regimen_athlete_set_life_stress (self, g_value_get_enum (value));
      break;

    case PROP_BASELINE_WEEKLY_LOAD:
      regimen_athlete_set_baseline_weekly_load (self, g_value_get_double (value));
      break;

    case PROP_MAX_HIIT_PER_WEEK:
      regimen_athlete_set_max_hiit_per_week (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_athlete_class_init (RegimenAthleteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = regimen_athlete_finalize;
  object_class->get_property = regimen_athlete_get_property;
  object_class->set_property = regimen_athlete_set_property;

  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       REGIMEN_TYPE_LEVEL, REGIMEN_LEVEL_BEGINNER, flags);
  properties[PROP_LIFE_STRESS] =
    g_param_spec_enum ("life-stress", NULL, NULL,
                       REGIMEN_TYPE_LIFE_STRESS, REGIMEN_LIFE_STRESS_MODERATE, flags);
  properties[PROP_BASELINE_WEEKLY_LOAD] =
    g_param_spec_double ("baseline-weekly-load", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_MAX_HIIT_PER_WEEK] =
    g_param_spec_int ("max-hiit-per-week", NULL, NULL,
                      REGIMEN_ATHLETE_NO_HIIT_LIMIT, G_MAXINT,
                      REGIMEN_ATHLETE_NO_HIIT_LIMIT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
regimen_athlete_init (RegimenAthlete *self)
{
  self->level = REGIMEN_LEVEL_BEGINNER;
  self->life_stress = REGIMEN_LIFE_STRESS_MODERATE;
  self->max_hiit_per_week = REGIMEN_ATHLETE_NO_HIIT_LIMIT;
}

RegimenAthlete *
regimen_athlete_new (void)
{
  return g_object_new (REGIMEN_TYPE_ATHLETE, NULL);
}

/**
 * regimen_athlete_copy:
 *
 * Returns: (transfer full): a copy, unknown members included
 */
RegimenAthlete *
regimen_athlete_copy (RegimenAthlete *self)
{
  RegimenAthlete *copy;

  g_return_val_if_fail (REGIMEN_IS_ATHLETE (self), NULL);

  copy = regimen_athlete_new ();
  copy->level = self->level;
  copy->life_stress = self->life_stress;
  copy->baseline_weekly_load = self->baseline_weekly_load;
  copy->max_hiit_per_week = self->max_hiit_per_week;
  copy->extra = regimen_json_object_copy (self->extra);

  return copy;
}

RegimenLevel
regimen_athlete_get_level (RegimenAthlete *self)
{
  g_return_val_if_fail (REGIMEN_IS_ATHLETE (self), REGIMEN_LEVEL_BEGINNER);
  return self->level;
}

RegimenLifeStress
regimen_athlete_get_life_stress (RegimenAthlete *self)
{
  g_return_val_if_fail (REGIMEN_IS_ATHLETE (self), REGIMEN_LIFE_STRESS_MODERATE);
  return self->life_stress;
}

/**
 * regimen_athlete_get_baseline_weekly_load:
 *
 * Returns: the usual weekly load in AU before this plan, 0 when unknown
 */
double
regimen_athlete_get_baseline_weekly_load (RegimenAthlete *self)
{
  g_return_val_if_fail (REGIMEN_IS_ATHLETE (self), 0.0);
  return self->baseline_weekly_load;
}

/**
 * regimen_athlete_get_counted_baseline:
 *
 * Returns: the baseline the plan check, the statistics and the fitness
 *   figures count: the usual weekly load, or 0, unknown, when it is under
 *   %REGIMEN_BASELINE_COUNTED_MIN AU. A baseline of `1e-300` or 0.3 AU,
 *   which every message says as “0 AU”, counted as known: it turned
 *   LOAD-BUDGET on with “the baseline of 0 AU” and seeded the chronic
 *   load at almost nothing (issue 21). The file keeps the number.
 */
double
regimen_athlete_get_counted_baseline (RegimenAthlete *self)
{
  g_return_val_if_fail (REGIMEN_IS_ATHLETE (self), 0.0);
  return self->baseline_weekly_load >= REGIMEN_BASELINE_COUNTED_MIN ? self->baseline_weekly_load : 0.0;
}

/**
 * regimen_athlete_get_max_hiit_per_week:
 *
 * Returns: the athlete's own limit, or %REGIMEN_ATHLETE_NO_HIIT_LIMIT
 */
int
regimen_athlete_get_max_hiit_per_week (RegimenAthlete *self)
{
  g_return_val_if_fail (REGIMEN_IS_ATHLETE (self), REGIMEN_ATHLETE_NO_HIIT_LIMIT);
  return self->max_hiit_per_week;
}

JsonObject *
regimen_athlete_get_extra (RegimenAthlete *self)
{
  g_return_val_if_fail (REGIMEN_IS_ATHLETE (self), NULL);
  return self->extra;
}

void
regimen_athlete_take_extra (RegimenAthlete *self,
                            JsonObject     *extra)
{
  g_return_if_fail (REGIMEN_IS_ATHLETE (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
regimen_athlete_set_level (RegimenAthlete *self,
                           RegimenLevel    level)
{
  g_return_if_fail (REGIMEN_IS_ATHLETE (self));
  g_return_if_fail ((guint) level < REGIMEN_N_LEVELS);

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

void
regimen_athlete_set_life_stress (RegimenAthlete    *self,
                                 RegimenLifeStress  stress)
{
  g_return_if_fail (REGIMEN_IS_ATHLETE (self));
  g_return_if_fail ((guint) stress < REGIMEN_N_LIFE_STRESSES);

  if (self->life_stress == stress)
    return;

  self->life_stress = stress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIFE_STRESS]);
}

void
regimen_athlete_set_baseline_weekly_load (RegimenAthlete *self,
                                          double          load)
{
  g_return_if_fail (REGIMEN_IS_ATHLETE (self));
  g_return_if_fail (load >= 0.0);

  if (self->baseline_weekly_load == load)
    return;

  self->baseline_weekly_load = load;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE_WEEKLY_LOAD]);
}

/**
 * regimen_athlete_set_max_hiit_per_week:
 * @max_hiit: HIIT sessions allowed per week, or
 *   %REGIMEN_ATHLETE_NO_HIIT_LIMIT for the default
 */
void
regimen_athlete_set_max_hiit_per_week (RegimenAthlete *self,
                                       int             max_hiit)
{
  g_return_if_fail (REGIMEN_IS_ATHLETE (self));

  if (max_hiit < 0)
    max_hiit = REGIMEN_ATHLETE_NO_HIIT_LIMIT;

  if (self->max_hiit_per_week == max_hiit)
    return;

  self->max_hiit_per_week = max_hiit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_HIIT_PER_WEEK]);
}
