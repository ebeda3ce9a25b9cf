/* regimen-athlete.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "regimen-plan-types.h"

G_BEGIN_DECLS

/* Passed to / returned by the max_hiit_per_week accessors when the file
 * sets no limit (the default then applies). */
#define REGIMEN_ATHLETE_NO_HIIT_LIMIT (-1)

#define REGIMEN_TYPE_ATHLETE (regimen_athlete_get_type ())

G_DECLARE_FINAL_TYPE (RegimenAthlete, regimen_athlete, REGIMEN, ATHLETE, GObject)

/* The least baseline the check and the fitness figures count: a week of
 * one minute at RPE 1. */
#define REGIMEN_BASELINE_COUNTED_MIN 1.0

/* Who the plan is for. A new athlete is a beginner under moderate life
 * stress with no baseline (0) and no HIIT limit of their own.
 *
 * baseline_weekly_load is in arbitrary units (session RPE × minutes per
 * week); 0 means unknown. The setters are for athletes not in a plan;
 * inside a plan use the undoable regimen_plan_set_athlete_*() commands. */
RegimenAthlete    *regimen_athlete_new                            (void);
RegimenAthlete    *regimen_athlete_copy                           (RegimenAthlete   *self);

RegimenLevel       regimen_athlete_get_level                      (RegimenAthlete   *self);
RegimenLifeStress  regimen_athlete_get_life_stress                (RegimenAthlete   *self);
double             regimen_athlete_get_baseline_weekly_load       (RegimenAthlete   *self);
double             regimen_athlete_get_counted_baseline           (RegimenAthlete   *self);
int                regimen_athlete_get_max_hiit_per_week          (RegimenAthlete   *self);
JsonObject        *regimen_athlete_get_extra                      (RegimenAthlete   *self);

void               regimen_athlete_set_level                      (RegimenAthlete   *self,
                                                                   RegimenLevel      level);
void               regimen_athlete_set_life_stress                (RegimenAthlete   *self,
                                                                   RegimenLifeStress stress);
void               regimen_athlete_set_baseline_weekly_load       (RegimenAthlete   *self,
                                                                   double            load);
void               regimen_athlete_set_max_hiit_per_week          (RegimenAthlete   *self,
                                                                   int               max_hiit);

G_END_DECLS
