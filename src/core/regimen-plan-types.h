/* regimen-plan-types.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The plan file contract (docs/plan-format.md). */
#define REGIMEN_PLAN_FORMAT  "regimen-plan"
#define REGIMEN_PLAN_VERSION 1

/* Allowed ranges of the numbers in a plan; the reader refuses values outside
 * them and the validator reports them (rule DATA). All bounds inclusive. */
#define REGIMEN_RPE_MIN                 1
#define REGIMEN_RPE_MAX                 10
#define REGIMEN_MINUTES_MIN             1
#define REGIMEN_MINUTES_MAX             600
#define REGIMEN_SETS_MIN                1
#define REGIMEN_SETS_MAX                20
#define REGIMEN_REPS_MIN                1
#define REGIMEN_REPS_MAX                100
#define REGIMEN_SECONDS_MIN             1
#define REGIMEN_SECONDS_MAX             3600
/* A hold or a stretch of continuous cardio may last as long as the
 * longest session (REGIMEN_MINUTES_MAX): a long ride or run is one item. */
#define REGIMEN_HOLD_SECONDS_MAX        (REGIMEN_MINUTES_MAX * 60)
#define REGIMEN_PERCENT_MIN             0.0
#define REGIMEN_PERCENT_MAX             100.0
/* An absolute load ("load_kg"), in kilograms whatever unit it is shown in. */
#define REGIMEN_LOAD_KG_MIN             0.0
#define REGIMEN_LOAD_KG_MAX             1000.0
#define REGIMEN_ROUNDS_MIN              1
#define REGIMEN_ROUNDS_MAX              100
#define REGIMEN_MAX_HIIT_MIN            0
#define REGIMEN_MAX_HIIT_MAX            14
#define REGIMEN_BASELINE_LOAD_MIN       0.0
#define REGIMEN_BASELINE_LOAD_MAX       100000.0

/* Limits on a plan's size, far above any real plan, so that a file under
 * the size limit cannot make Regimen take gigabytes (docs/plan-format.md). */
#define REGIMEN_PLAN_MAX_WEEKS          520
#define REGIMEN_DAY_MAX_SESSIONS        20
#define REGIMEN_SESSION_MAX_ITEMS       100
#define REGIMEN_TEXT_MAX_LENGTH         10000
#define REGIMEN_PLAN_MAX_ACKNOWLEDGEMENTS 10000

typedef enum
{
  REGIMEN_SESSION_KIND_STRENGTH,
  REGIMEN_SESSION_KIND_HIIT,
  REGIMEN_SESSION_KIND_CARDIO,
  REGIMEN_SESSION_KIND_MOBILITY,
  REGIMEN_SESSION_KIND_SKILL,
  /* A game, race or test day: its load counts, and the plan check keeps
   * heavy work away from the day before. */
  REGIMEN_SESSION_KIND_COMPETITION,
} RegimenSessionKind;

#define REGIMEN_N_SESSION_KINDS 6

typedef enum
{
  REGIMEN_LEVEL_BEGINNER,
  REGIMEN_LEVEL_INTERMEDIATE,
  REGIMEN_LEVEL_ADVANCED,
} RegimenLevel;

#define REGIMEN_N_LEVELS 3

typedef enum
{
  REGIMEN_LIFE_STRESS_LOW,
  REGIMEN_LIFE_STRESS_MODERATE,
  REGIMEN_LIFE_STRESS_HIGH,
} RegimenLifeStress;

#define REGIMEN_N_LIFE_STRESSES 3

#define REGIMEN_TYPE_SESSION_KIND (regimen_session_kind_get_type ())
#define REGIMEN_TYPE_LEVEL        (regimen_level_get_type ())
#define REGIMEN_TYPE_LIFE_STRESS  (regimen_life_stress_get_type ())

GType       regimen_session_kind_get_type    (void) G_GNUC_CONST;
GType       regimen_level_get_type           (void) G_GNUC_CONST;
GType       regimen_life_stress_get_type     (void) G_GNUC_CONST;

/* to_string gives the file's spelling ("strength", "hiit", "beginner",
 * "high", …); from_string accepts exactly that spelling and returns FALSE
 * for anything else, leaving *out untouched. get_label is translated. */
const char *regimen_session_kind_to_string   (RegimenSessionKind  kind);
gboolean    regimen_session_kind_from_string (const char         *str,
                                              RegimenSessionKind *out);
const char *regimen_session_kind_get_label   (RegimenSessionKind  kind);

const char *regimen_level_to_string          (RegimenLevel        level);
gboolean    regimen_level_from_string        (const char         *str,
                                              RegimenLevel       *out);
const char *regimen_level_get_label          (RegimenLevel        level);

const char *regimen_life_stress_to_string    (RegimenLifeStress   stress);
gboolean    regimen_life_stress_from_string  (const char         *str,
                                              RegimenLifeStress  *out);
const char *regimen_life_stress_get_label    (RegimenLifeStress   stress);

/* A tempo is four characters, each a digit or 'X': eccentric, bottom
 * pause, concentric, top pause. */
gboolean    regimen_tempo_is_valid           (const char         *tempo);

G_END_DECLS
