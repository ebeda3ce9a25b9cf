/* regimen-exercise-row.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_EXERCISE_ROW (regimen_exercise_row_get_type ())

G_DECLARE_FINAL_TYPE (RegimenExerciseRow, regimen_exercise_row, REGIMEN, EXERCISE_ROW, GtkWidget)

GtkWidget       *regimen_exercise_row_new          (void);
RegimenExercise *regimen_exercise_row_get_exercise (RegimenExerciseRow *self);
void             regimen_exercise_row_set_exercise (RegimenExerciseRow *self,
                                                    RegimenExercise    *exercise);
void             regimen_exercise_row_popup_menu   (RegimenExerciseRow *self,
                                                    double              x,
                                                    double              y);
GtkPopover      *regimen_exercise_row_get_menu     (RegimenExerciseRow *self);


G_END_DECLS
