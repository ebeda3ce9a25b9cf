/* regimen-exercise-item.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-exercise.h"
#include "regimen-item.h"
#include "regimen-session.h"

G_BEGIN_DECLS

RegimenItem        *regimen_item_new_for_exercise    (RegimenExercise *exercise);
RegimenSessionKind  regimen_session_kind_for_exercise (RegimenExercise *exercise);
RegimenSession     *regimen_session_new_for_exercise (RegimenExercise *exercise);

G_END_DECLS
