/* regimen-exercise-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "regimen-exercise.h"
#include "regimen-pose.h"

G_BEGIN_DECLS

/* Open to the library loader, which fills a built-in exercise in one go
 * instead of through the setters meant for custom exercises. */
struct _RegimenExercise
{
  GObject                  parent_instance;

  char                    *id;
  char                    *name;
  GStrv                    aliases;
  RegimenExerciseCategory  category;
  GStrv                    primary_muscles;
  GStrv                    secondary_muscles;
  GStrv                    equipment;
  guint                    level;
  char                    *setup;
  char                    *movement;
  char                    *breathing;
  GStrv                    cues;
  GStrv                    faults;
  RegimenPrescription      prescription;
  char                    *previous;
  char                    *next;
  char                    *picture;
  RegimenPoseSequence     *poses;
  /* Members of a custom exercise's entry that Regimen keeps but does not
   * read (aliases, faults, “x-…”), written back as they were. */
  JsonObject              *extra;
  /* Everything search looks at, case-folded once: built on first use,
   * dropped by the setters that change it. */
  char                    *search_text;
  guint                    hiit_fit : 1;
  guint                    activation : 1;
  guint                    custom : 1;
  guint                    trained_with_previous : 1;
};

RegimenExercise *_regimen_exercise_new_builtin (const char *id);

gboolean _regimen_exercise_id_stood_for_blank_name (const char *id);

G_END_DECLS
