/* regimen-exercise-detail.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_EXERCISE_DETAIL (regimen_exercise_detail_get_type ())

G_DECLARE_FINAL_TYPE (RegimenExerciseDetail, regimen_exercise_detail, REGIMEN, EXERCISE_DETAIL, AdwWindow)

RegimenExerciseDetail *regimen_exercise_detail_new          (GtkWindow             *parent,
                                                             RegimenLibrary        *library);
RegimenExerciseDetail *regimen_exercise_detail_lookup       (GtkWindow             *parent);
RegimenExercise       *regimen_exercise_detail_get_exercise (RegimenExerciseDetail *self);
void                   regimen_exercise_detail_set_exercise (RegimenExerciseDetail *self,
                                                             RegimenExercise       *exercise);
gboolean               regimen_exercise_detail_get_playing  (RegimenExerciseDetail *self);
void                   regimen_exercise_detail_set_playing  (RegimenExerciseDetail *self,
                                                             gboolean               playing);

gboolean               regimen_exercise_detail_can_go_back  (RegimenExerciseDetail *self);
void                   regimen_exercise_detail_set_plan     (RegimenExerciseDetail *self,
                                                             RegimenPlan           *plan);

G_END_DECLS
