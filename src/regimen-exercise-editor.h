/* regimen-exercise-editor.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_EXERCISE_EDITOR (regimen_exercise_editor_get_type ())

G_DECLARE_FINAL_TYPE (RegimenExerciseEditor, regimen_exercise_editor, REGIMEN, EXERCISE_EDITOR, AdwWindow)

RegimenExerciseEditor *regimen_exercise_editor_new               (GtkWindow             *parent,
                                                                  RegimenLibrary        *library,
                                                                  RegimenExercise       *exercise);
RegimenExercise       *regimen_exercise_editor_get_exercise      (RegimenExerciseEditor *self);
void                   regimen_exercise_editor_set_picture_file  (RegimenExerciseEditor *self,
                                                                  GFile                 *file);
const char            *regimen_exercise_editor_get_picture_error (RegimenExerciseEditor *self);
gboolean               regimen_exercise_editor_save              (RegimenExerciseEditor *self);

GtkWindow             *regimen_exercise_editor_confirm_delete    (GtkWindow             *parent,
                                                                  RegimenLibrary        *library,
                                                                  RegimenExercise       *exercise);

G_END_DECLS
