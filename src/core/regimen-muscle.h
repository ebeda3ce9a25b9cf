/* regimen-muscle.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The fixed vocabularies the exercise library uses for muscle groups and
 * equipment. Ids are stable (they appear in data/exercises.json and in
 * custom exercises); display names are translated. */

const char * const *regimen_muscle_list_ids       (void);
gboolean            regimen_muscle_is_valid       (const char *muscle_id);
const char         *regimen_muscle_get_name       (const char *muscle_id);

const char * const *regimen_equipment_list_ids    (void);
gboolean            regimen_equipment_is_valid    (const char *equipment_id);
const char         *regimen_equipment_get_name    (const char *equipment_id);

G_END_DECLS
