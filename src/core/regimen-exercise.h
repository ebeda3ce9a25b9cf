/* regimen-exercise.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "regimen-pose.h"

G_BEGIN_DECLS

typedef enum
{
  REGIMEN_EXERCISE_CATEGORY_MOBILITY,
  REGIMEN_EXERCISE_CATEGORY_CORE,
  REGIMEN_EXERCISE_CATEGORY_STRENGTH,
  REGIMEN_EXERCISE_CATEGORY_POWER,
  REGIMEN_EXERCISE_CATEGORY_CONDITIONING,
} RegimenExerciseCategory;

#define REGIMEN_EXERCISE_N_CATEGORIES (REGIMEN_EXERCISE_CATEGORY_CONDITIONING + 1)

#define REGIMEN_TYPE_EXERCISE_CATEGORY (regimen_exercise_category_get_type ())
GType        regimen_exercise_category_get_type (void) G_GNUC_CONST;
const char  *regimen_exercise_category_to_id    (RegimenExerciseCategory  category);
gboolean     regimen_exercise_category_from_id  (const char              *id,
                                                 RegimenExerciseCategory *category);
const char  *regimen_exercise_category_get_name (RegimenExerciseCategory  category);

/* The default prescription of an exercise. A zero means "not given";
 * reps_max equals reps_min for a fixed count; tempo is "" or four
 * characters (eccentric, bottom pause, concentric, top pause; digits or X).
 * weeks_our_choice marks weeks_min/weeks_max that no source gives: Regimen
 * chose them, and says so wherever it shows them. */
typedef struct
{
  guint    sets;
  guint    reps_min;
  guint    reps_max;
  guint    hold_seconds;
  gboolean per_side;
  char     tempo[5];
  guint    rest_seconds;
  guint    frequency_per_week;
  guint    weeks_min;
  guint    weeks_max;
  gboolean weeks_our_choice;
  guint    load_percent_1rm;
  guint    interval_work_seconds;
  guint    interval_rest_seconds;
  guint    interval_rounds;
} RegimenPrescription;

#define REGIMEN_TYPE_PRESCRIPTION (regimen_prescription_get_type ())
GType                regimen_prescription_get_type  (void) G_GNUC_CONST;
RegimenPrescription *regimen_prescription_copy      (const RegimenPrescription *self);
void                 regimen_prescription_free      (RegimenPrescription       *self);
gboolean             regimen_prescription_has_interval (const RegimenPrescription *self);
gboolean             regimen_prescription_is_empty  (const RegimenPrescription *self);
void                 regimen_prescription_init_for_category (RegimenPrescription     *self,
                                                             RegimenExerciseCategory  category);
char                *regimen_prescription_to_string (const RegimenPrescription *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenPrescription, regimen_prescription_free)

#define REGIMEN_TYPE_EXERCISE (regimen_exercise_get_type ())

G_DECLARE_FINAL_TYPE (RegimenExercise, regimen_exercise, REGIMEN, EXERCISE, GObject)

RegimenExercise           *regimen_exercise_new_custom           (const char              *id,
                                                                  const char              *name,
                                                                  RegimenExerciseCategory  category);

const char                *regimen_exercise_get_id               (RegimenExercise *self);
const char                *regimen_exercise_get_name             (RegimenExercise *self);
const char                *regimen_exercise_get_display_name     (RegimenExercise *self);
const char * const        *regimen_exercise_get_aliases          (RegimenExercise *self);
RegimenExerciseCategory    regimen_exercise_get_category         (RegimenExercise *self);
const char * const        *regimen_exercise_get_primary_muscles  (RegimenExercise *self);
const char * const        *regimen_exercise_get_secondary_muscles (RegimenExercise *self);
gboolean                   regimen_exercise_works_muscle         (RegimenExercise *self,
                                                                  const char      *muscle_id);
const char * const        *regimen_exercise_get_equipment        (RegimenExercise *self);
gboolean                   regimen_exercise_needs_equipment      (RegimenExercise *self,
                                                                  const char      *equipment_id);
guint                      regimen_exercise_get_level            (RegimenExercise *self);
const char                *regimen_exercise_get_setup            (RegimenExercise *self);
const char                *regimen_exercise_get_movement         (RegimenExercise *self);
const char                *regimen_exercise_get_breathing        (RegimenExercise *self);
const char * const        *regimen_exercise_get_cues             (RegimenExercise *self);
const char * const        *regimen_exercise_get_faults           (RegimenExercise *self);
const RegimenPrescription *regimen_exercise_get_prescription     (RegimenExercise *self);
gboolean                   regimen_exercise_get_hiit_fit         (RegimenExercise *self);
gboolean                   regimen_exercise_get_activation       (RegimenExercise *self);
const char                *regimen_exercise_get_previous         (RegimenExercise *self);
const char                *regimen_exercise_get_next             (RegimenExercise *self);
gboolean                   regimen_exercise_get_trained_with_previous (RegimenExercise *self);
const char                *regimen_exercise_get_prerequisite     (RegimenExercise *self);
gboolean                   regimen_exercise_get_custom           (RegimenExercise *self);
const char                *regimen_exercise_get_picture          (RegimenExercise *self);
RegimenPoseSequence       *regimen_exercise_get_poses            (RegimenExercise *self);
void                       regimen_exercise_set_poses            (RegimenExercise     *self,
                                                                  RegimenPoseSequence *poses);
gboolean                   regimen_exercise_matches_folded       (RegimenExercise *self,
                                                                  const char      *folded_search);

/* Setters exist for what a person may edit on a custom exercise. */
void                       regimen_exercise_set_name             (RegimenExercise         *self,
                                                                  const char              *name);
void                       regimen_exercise_set_category         (RegimenExercise         *self,
                                                                  RegimenExerciseCategory  category);
void                       regimen_exercise_set_level            (RegimenExercise         *self,
                                                                  guint                    level);
void                       regimen_exercise_set_hiit_fit         (RegimenExercise         *self,
                                                                  gboolean                 hiit_fit);
void                       regimen_exercise_set_primary_muscles  (RegimenExercise         *self,
                                                                  const char * const      *muscle_ids);
void                       regimen_exercise_set_secondary_muscles (RegimenExercise        *self,
                                                                  const char * const      *muscle_ids);
void                       regimen_exercise_set_equipment        (RegimenExercise         *self,
                                                                  const char * const      *equipment_ids);
void                       regimen_exercise_set_instructions     (RegimenExercise         *self,
                                                                  const char              *setup,
                                                                  const char              *movement,
                                                                  const char              *breathing);
void                       regimen_exercise_set_cues             (RegimenExercise         *self,
                                                                  const char * const      *cues);
void                       regimen_exercise_set_prescription     (RegimenExercise           *self,
                                                                  const RegimenPrescription *prescription);
void                       regimen_exercise_set_picture          (RegimenExercise         *self,
                                                                  const char              *path);

G_END_DECLS
