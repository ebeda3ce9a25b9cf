/* regimen-exercise-read.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-exercise.h"
#include "regimen-json-read.h"

G_BEGIN_DECLS

/* The members the built-in library (regimen-library.c) and the custom
 * exercises file (regimen-custom-exercises.c) share, read the same way
 * from an exercise object; errors name the JSON path. */

gboolean regimen_exercise_read_category     (RegimenJsonReader        *reader,
                                             JsonObject               *object,
                                             RegimenExerciseCategory  *out_category);
gboolean regimen_exercise_read_prescription (RegimenJsonReader        *reader,
                                             JsonObject               *object,
                                             RegimenPrescription      *prescription);

G_END_DECLS
