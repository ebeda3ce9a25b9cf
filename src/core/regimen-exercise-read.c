/* regimen-exercise-read.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-exercise-read"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-exercise-read.h"
#include "regimen-plan-types.h"

/**
 * regimen_exercise_read_category:
 *
 * Reads the required "category" of the exercise @object.
 */
gboolean
regimen_exercise_read_category (RegimenJsonReader       *reader,
                                JsonObject              *object,
                                RegimenExerciseCategory *out_category)
{
  const char *category;
  gsize mark;

  if (!regimen_json_reader_read_string (reader, object, "category", TRUE, &category))
    return FALSE;

  if (regimen_exercise_category_from_id (category, out_category))
    return TRUE;

  mark = regimen_json_reader_push_member (reader, "category");
  regimen_json_reader_fail (reader, regimen_json_reader_code (reader, REGIMEN_JSON_READ_VALUE), "%s",
                            _("expected mobility, core, strength, power or conditioning"));
  regimen_json_reader_pop (reader, mark);
  return FALSE;
}

static gboolean
fail_at (RegimenJsonReader *reader,
         const char        *name,
         const char        *problem)
{
  gsize mark = regimen_json_reader_push_member (reader, name);

  regimen_json_reader_fail (reader, regimen_json_reader_code (reader, REGIMEN_JSON_READ_VALUE),
                            "%s", problem);
  regimen_json_reader_pop (reader, mark);
  return FALSE;
}

static gboolean
read_interval (RegimenJsonReader   *reader,
               JsonObject          *object,
               RegimenPrescription *prescription)
{
  JsonObject *interval;
  gsize mark;

  if (!regimen_json_reader_read_object (reader, object, "interval", FALSE, &interval))
    return FALSE;
  if (interval == NULL)
    return TRUE;

  mark = regimen_json_reader_push_member (reader, "interval");
  /* No rest between rounds is written as no member at all. */
  if (!regimen_json_reader_read_uint (reader, interval, "work_seconds", TRUE,
                                      1, 3600, &prescription->interval_work_seconds) ||
      !regimen_json_reader_read_uint (reader, interval, "rest_seconds", FALSE,
                                      0, 3600, &prescription->interval_rest_seconds) ||
      !regimen_json_reader_read_uint (reader, interval, "rounds", TRUE,
                                      1, 100, &prescription->interval_rounds))
    return FALSE;
  regimen_json_reader_pop (reader, mark);

  return TRUE;
}

/**
 * regimen_exercise_read_prescription:
 * @prescription: (inout): the prescription, its fields replaced by those
 *   the exercise's "prescription" member gives
 *
 * Reads the optional "prescription" of the exercise @object.
 */
gboolean
regimen_exercise_read_prescription (RegimenJsonReader   *reader,
                                    JsonObject          *object,
                                    RegimenPrescription *prescription)
{
  JsonObject *member;
  const char *tempo = NULL;
  guint reps = 0;
  gsize mark;

  if (!regimen_json_reader_read_object (reader, object, "prescription", FALSE, &member))
    return FALSE;
  if (member == NULL)
    return TRUE;

  mark = regimen_json_reader_push_member (reader, "prescription");

  if (!regimen_json_reader_read_uint (reader, member, "sets", FALSE, 1, 20, &prescription->sets) ||
      !regimen_json_reader_read_uint (reader, member, "reps", FALSE, 1, 100, &reps) ||
      !regimen_json_reader_read_uint (reader, member, "reps_min", FALSE, 1, 100, &prescription->reps_min) ||
      !regimen_json_reader_read_uint (reader, member, "reps_max", FALSE, 1, 100, &prescription->reps_max) ||
      !regimen_json_reader_read_uint (reader, member, "hold_seconds", FALSE, 1, REGIMEN_HOLD_SECONDS_MAX,
                                      &prescription->hold_seconds) ||
      !regimen_json_reader_read_boolean (reader, member, "per_side", &prescription->per_side) ||
      !regimen_json_reader_read_string (reader, member, "tempo", FALSE, &tempo) ||
      !regimen_json_reader_read_uint (reader, member, "rest_seconds", FALSE, 0, 3600,
                                      &prescription->rest_seconds) ||
      !regimen_json_reader_read_uint (reader, member, "frequency_per_week", FALSE, 1, 7,
                                      &prescription->frequency_per_week) ||
      !regimen_json_reader_read_uint (reader, member, "weeks_min", FALSE, 1, 52, &prescription->weeks_min) ||
      !regimen_json_reader_read_uint (reader, member, "weeks_max", FALSE, 1, 52, &prescription->weeks_max) ||
      !regimen_json_reader_read_boolean (reader, member, "weeks_our_choice", &prescription->weeks_our_choice) ||
      !regimen_json_reader_read_uint (reader, member, "load_percent_1rm", FALSE, 1, 100,
                                      &prescription->load_percent_1rm) ||
      !read_interval (reader, member, prescription))
    return FALSE;

  if (reps > 0)
    {
      if (prescription->reps_min > 0 || prescription->reps_max > 0)
        return fail_at (reader, "reps", _("give either reps or reps_min and reps_max, not both"));
      prescription->reps_min = prescription->reps_max = reps;
    }
  else if (prescription->reps_max == 0)
    prescription->reps_max = prescription->reps_min;
  else if (prescription->reps_min == 0 || prescription->reps_max < prescription->reps_min)
    return fail_at (reader, "reps_max", _("must be at least reps_min"));

  if (prescription->weeks_max == 0)
    prescription->weeks_max = prescription->weeks_min;
  else if (prescription->weeks_max < prescription->weeks_min)
    return fail_at (reader, "weeks_max", _("must be at least weeks_min"));

  /* An empty tempo is no tempo, as the custom exercises file once wrote it. */
  if (tempo != NULL && *tempo != '\0')
    {
      if (!regimen_tempo_is_valid (tempo))
        return fail_at (reader, "tempo", _("expected four characters, each a digit or X"));
      memcpy (prescription->tempo, tempo, 5);
    }

  regimen_json_reader_pop (reader, mark);
  return TRUE;
}
