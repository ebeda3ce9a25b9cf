/* regimen-custom-exercises.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-custom-exercises"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "regimen-custom-exercises.h"
#include "regimen-exercise-private.h"
#include "regimen-file-util.h"
#include "regimen-json-check.h"
#include "regimen-plan-private.h"
#include "regimen-plan-reader.h"
#include "regimen-exercise-read.h"
#include "regimen-json-read.h"
#include "regimen-muscle.h"
#include "regimen-plan-types.h"
#include "regimen-plan-view.h"

#define FILE_FORMAT "regimen-exercises"
#define FILE_VERSION 1
#define ID_PREFIX "custom-"
#define SLUG_MAX_LENGTH 32
#define SUFFIX_LENGTH 4
/* Enough to tell an image from anything else by its first bytes. */
#define SNIFF_LENGTH 4096
/* A picture for an exercise is a photo or a drawing: these are far above
 * one (a 48-megapixel phone photo is 8000 × 6000) and keep the decoding of
 * a hostile file within bounds (docs/plan-format.md). */
#define PICTURE_MAX_SIZE REGIMEN_PICTURE_MAX_SIZE
#define PICTURE_MAX_SIDE REGIMEN_PICTURE_MAX_SIDE
/* Each scan of a JPEG is a pass over the whole picture, however few
 * bytes it takes: encoders write one to a dozen (a progressive colour
 * JPEG, ten), and a 230 KB file of 1,000 scans of 8192 × 8192 pixels
 * held the worker of pictures for 21 s of a core (issue 21, pass 35a). */
#define PICTURE_MAX_JPEG_SCANS 100
/* A GIF's graphic control extension: its label, a sub-block of four
 * bytes and the terminator. */
#define GIF_CONTROL_LENGTH 8
/* Cues are a handful of short lines; the bounds keep a hostile file small. */
#define CUES_MAX 20
#define NAME_MAX_LENGTH REGIMEN_CUSTOM_EXERCISE_NAME_MAX_LENGTH
#define ID_MAX_LENGTH REGIMEN_CUSTOM_EXERCISE_ID_MAX_LENGTH
#define EXERCISES_MAX REGIMEN_CUSTOM_EXERCISES_MAX
/* The most characters of what is wrong that a refusal of the file says. */
#define MAX_REASON_CHARS 300

/* The members this reader reads and the save writes from the exercise;
 * any other the schema allows (aliases, faults, x-…) is kept as it was. */
static const char * const known_members[] = {
  "id", "name", "category", "primary_muscles", "secondary_muscles", "equipment",
  "level", "hiit_fit", "instructions", "cues", "prescription", "picture",
};
/* Allowed by docs/exercise.schema.json; kept, not read. */
static const char * const kept_members[] = {
  "aliases", "faults", "activation", "progression",
};
/* The file's own members; others are “x-…” ones, kept, not read. */
static const char * const file_members[] = {
  "format", "version", "exercises",
};

G_DEFINE_QUARK (regimen-custom-exercises-error-quark, regimen_custom_exercises_error)

typedef struct
{
  const char *name;
  gsize       offset;
  guint       max;
} UintField;

static const UintField prescription_fields[] = {
  { "sets", G_STRUCT_OFFSET (RegimenPrescription, sets), 20 },
  { "reps_min", G_STRUCT_OFFSET (RegimenPrescription, reps_min), 100 },
  { "reps_max", G_STRUCT_OFFSET (RegimenPrescription, reps_max), 100 },
  { "hold_seconds", G_STRUCT_OFFSET (RegimenPrescription, hold_seconds), REGIMEN_HOLD_SECONDS_MAX },
  { "rest_seconds", G_STRUCT_OFFSET (RegimenPrescription, rest_seconds), 3600 },
  { "frequency_per_week", G_STRUCT_OFFSET (RegimenPrescription, frequency_per_week), 7 },
  { "weeks_min", G_STRUCT_OFFSET (RegimenPrescription, weeks_min), 52 },
  { "weeks_max", G_STRUCT_OFFSET (RegimenPrescription, weeks_max), 52 },
  { "load_percent_1rm", G_STRUCT_OFFSET (RegimenPrescription, load_percent_1rm), 100 },
};

static const UintField interval_fields[] = {
  { "work_seconds", G_STRUCT_OFFSET (RegimenPrescription, interval_work_seconds), 3600 },
  { "rest_seconds", G_STRUCT_OFFSET (RegimenPrescription, interval_rest_seconds), 3600 },
  { "rounds", G_STRUCT_OFFSET (RegimenPrescription, interval_rounds), 100 },
};

static const int custom_error_codes[REGIMEN_JSON_READ_N_PROBLEMS] = {
  [REGIMEN_JSON_READ_TYPE] = REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
  [REGIMEN_JSON_READ_MISSING] = REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
  [REGIMEN_JSON_READ_RANGE] = REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
  [REGIMEN_JSON_READ_VALUE] = REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
};

static gboolean
fail_at (RegimenJsonReader *reader,
         const char        *name,
         const char        *problem)
{
  gsize mark = regimen_json_reader_push_member (reader, name);

  regimen_json_reader_fail (reader, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT, "%s", problem);
  regimen_json_reader_pop (reader, mark);
  return FALSE;
}

/* The schema's uniqueItems for muscles and equipment: a name given twice
 * is a mistake, and a list of 400,000 “glutes” would make every check of
 * a plan that uses the exercise walk them all (for hours). Every entry is
 * a valid id, so a list longer than the vocabulary stops early. */
static gboolean
check_unique (RegimenJsonReader  *reader,
              const char         *name,
              char              **values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      for (guint j = 0; j < i; j++)
        {
          if (g_str_equal (values[i], values[j]))
            {
              /* Translators: %s is a muscle group or equipment id, such as “glutes” */
              g_autofree char *problem = g_strdup_printf (_("“%s” is given twice; name each once"), values[i]);

              return fail_at (reader, name, problem);
            }
        }
    }

  return TRUE;
}

static gboolean
is_custom_id (const char *id)
{
  gboolean after_dash = TRUE;

  if (!g_str_has_prefix (id, ID_PREFIX) || strlen (id) > ID_MAX_LENGTH)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

/* A picture is stored by file name only, so the data folder may move,
 * and nothing in the file can point outside the pictures folder. */
static gboolean
is_picture_name (const char *name)
{
  return *name != '\0' && *name != '.' && strchr (name, '/') == NULL && strchr (name, '\\') == NULL;
}

static gboolean
is_member_name_in (const char         *name,
                   const char * const *names,
                   guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (name, names[i]))
        return TRUE;
    }
  return FALSE;
}

/* The schema allows no other members but “x-…” ones (another tool's, or
 * a newer Regimen's): a misspelt “reps” is reported, with @refusal,
 * rather than silently dropped. Returns the members to keep and write
 * back (the “x-…” ones and @kept, which the schema allows and Regimen
 * does not read), or NULL with the reader's error set. */
static JsonObject *
keep_unread_members (RegimenJsonReader  *reader,
                     JsonObject         *object,
                     const char * const *known,
                     guint               n_known,
                     const char * const *kept,
                     guint               n_kept,
                     const char         *refusal)
{
  g_autoptr(JsonObject) extra = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (is_member_name_in (name, known, n_known))
        continue;

      if (g_str_has_prefix (name, "x-") || is_member_name_in (name, kept, n_kept))
        {
          json_object_set_member (extra, name, json_node_copy (node));
          continue;
        }

      fail_at (reader, name, refusal);
      return NULL;
    }

  return g_steal_pointer (&extra);
}

static gboolean
read_instructions (RegimenJsonReader  *reader,
                   JsonObject         *object,
                   const char        **setup,
                   const char        **movement,
                   const char        **breathing)
{
  JsonObject *instructions;
  gsize mark;

  if (!regimen_json_reader_read_object (reader, object, "instructions", FALSE, &instructions))
    return FALSE;
  if (instructions == NULL)
    return TRUE;

  mark = regimen_json_reader_push_member (reader, "instructions");
  if (!regimen_json_reader_read_string (reader, instructions, "setup", FALSE, setup) ||
      !regimen_json_reader_read_string (reader, instructions, "movement", FALSE, movement) ||
      !regimen_json_reader_read_string (reader, instructions, "breathing", FALSE, breathing))
    return FALSE;
  regimen_json_reader_pop (reader, mark);

  return TRUE;
}

/* Reads the exercise at the reader's path. */
static RegimenExercise *
read_exercise (RegimenJsonReader *reader,
               JsonNode          *node)
{
  g_autoptr(RegimenExercise) exercise = NULL;
  g_auto(GStrv) primary = NULL;
  g_auto(GStrv) secondary = NULL;
  g_auto(GStrv) equipment = NULL;
  g_auto(GStrv) cues = NULL;
  g_autoptr(JsonObject) extra = NULL;
  RegimenPrescription prescription = { 0 };
  RegimenExerciseCategory category;
  JsonObject *object;
  JsonNode *name_node;
  const char *id = NULL;
  const char *name = NULL;
  const char *setup = NULL;
  const char *movement = NULL;
  const char *breathing = NULL;
  const char *picture = NULL;
  gboolean hiit_fit = FALSE;
  guint level = 1;

  if (!regimen_json_reader_expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  object = json_node_get_object (node);

  if (!regimen_json_reader_read_text (reader, object, "id", &id))
    return NULL;

  if (!is_custom_id (id))
    {
      /* Translators: %d is the longest an id may be */
      g_autofree char *problem = g_strdup_printf (_("expected “custom-” and lowercase words joined by hyphens, at most %d characters"),
                                                  ID_MAX_LENGTH);
      fail_at (reader, "id", problem);
      return NULL;
    }

  /* The name's own limit comes before the reader's general one for texts,
   * so that a name of 15,000 characters is told its limit of 200. */
  if (!regimen_json_reader_member (reader, object, "name", TRUE, &name_node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (name_node) && json_node_get_value_type (name_node) == G_TYPE_STRING &&
      g_utf8_strlen (json_node_get_string (name_node), -1) > NAME_MAX_LENGTH)
    {
      g_autofree char *problem = g_strdup_printf (_("the text is longer than %d characters."), NAME_MAX_LENGTH);
      fail_at (reader, "name", problem);
      return NULL;
    }

  if (!regimen_json_reader_read_text (reader, object, "name", &name))
    return NULL;

  extra = keep_unread_members (reader, object, known_members, G_N_ELEMENTS (known_members),
                               kept_members, G_N_ELEMENTS (kept_members),
                               _("not a member an exercise has (only names starting with “x-” may be added)"));
  if (extra == NULL)
    return NULL;

  if (!regimen_exercise_read_category (reader, object, &category) ||
      !regimen_json_reader_read_strv (reader, object, "primary_muscles", FALSE, G_MAXUINT,
                                      regimen_muscle_is_valid, &primary) ||
      !regimen_json_reader_read_strv (reader, object, "secondary_muscles", FALSE, G_MAXUINT,
                                      regimen_muscle_is_valid, &secondary) ||
      !regimen_json_reader_read_strv (reader, object, "equipment", FALSE, G_MAXUINT,
                                      regimen_equipment_is_valid, &equipment) ||
      !check_unique (reader, "primary_muscles", primary) ||
      !check_unique (reader, "secondary_muscles", secondary) ||
      !check_unique (reader, "equipment", equipment) ||
      !regimen_json_reader_read_uint (reader, object, "level", FALSE, 1, 4, &level) ||
      !regimen_json_reader_read_boolean (reader, object, "hiit_fit", &hiit_fit) ||
      !regimen_json_reader_read_string (reader, object, "picture", FALSE, &picture) ||
      !regimen_json_reader_read_strv (reader, object, "cues", FALSE, CUES_MAX, NULL, &cues) ||
      !read_instructions (reader, object, &setup, &movement, &breathing) ||
      !regimen_exercise_read_prescription (reader, object, &prescription))
    return NULL;

  if (picture != NULL && !is_picture_name (picture))
    {
      fail_at (reader, "picture", _("expected the name of a file in the pictures folder"));
      return NULL;
    }

  exercise = regimen_exercise_new_custom (id, name, category);
  exercise->extra = g_steal_pointer (&extra);
  regimen_exercise_set_level (exercise, level);
  regimen_exercise_set_hiit_fit (exercise, hiit_fit);
  regimen_exercise_set_primary_muscles (exercise, (const char * const *) primary);
  regimen_exercise_set_secondary_muscles (exercise, (const char * const *) secondary);
  regimen_exercise_set_equipment (exercise, (const char * const *) equipment);
  regimen_exercise_set_instructions (exercise, setup, movement, breathing);
  regimen_exercise_set_cues (exercise, (const char * const *) cues);
  /* One saved before a prescription could be given keeps the default of
   * its category, so that it arrives in a plan with sets and reps. */
  if (!regimen_prescription_is_empty (&prescription))
    regimen_exercise_set_prescription (exercise, &prescription);

  if (picture != NULL)
    {
      g_autoptr(GFile) dir = regimen_custom_exercises_get_pictures_dir ();
      g_autoptr(GFile) file = g_file_get_child (dir, picture);
      g_autofree char *picture_file = g_file_get_path (file);

      regimen_exercise_set_picture (exercise, picture_file);
    }

  return g_steal_pointer (&exercise);
}

/* Every exercise is read before any is added, so a broken file adds none.
 * @library, when given, holds the exercises no entry may share an id
 * with; without it, on a worker, the text alone is checked. @members,
 * when not NULL, receives the file's “x-…” members, which a save writes
 * back. */
static GPtrArray *
read_document (GBytes          *bytes,
               RegimenLibrary  *library,
               JsonObject     **members,
               GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) exercises = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_auto(RegimenJsonReader) reader = { 0 };
  const char *format = NULL;
  JsonObject *object;
  JsonNode *root;
  JsonArray *array;
  RegimenJsonProblem json_problem;
  guint version = 0;
  gboolean failed;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* The size the file is read with, for a text made here too: a change
   * that kept another tool's members many lists deep wrote them indented,
   * 0.8 MB as read becoming 50 MB, which the next start refused and set
   * aside with every exercise in it (issue 21, pass 44c). */
  if (size > REGIMEN_PLAN_MAX_SIZE)
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
                   _("the file is larger than %d bytes"), REGIMEN_PLAN_MAX_SIZE);
      return NULL;
    }

  /* The same strict JSON and limits as a plan: this file is read at
   * every start, before the window can offer anything. */
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  /* Saved as UTF-16 or UTF-32: said so, as for a plan, where the text was
   * said not to be UTF-8 at its first column. */
  if (regimen_json_has_wide_bom (data, size))
    {
      g_set_error_literal (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
                           /* Translators: Windows Notepad's “Unicode” encoding saves so */
                           _("the file is UTF-16 or UTF-32 text, not UTF-8; save it as UTF-8"));
      return NULL;
    }

  if (!regimen_json_check (data, size, REGIMEN_PLAN_MAX_DEPTH, &json_problem))
    {
      if (json_problem.kind != REGIMEN_JSON_PROBLEM_SYNTAX && json_problem.kind != REGIMEN_JSON_PROBLEM_TOO_DEEP)
        g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
                     /* Translators: the first %s is a JSON path, the second what is
                      * wrong there, then the line and column in the file. A part of
                      * a sentence: the message around it closes it. */
                     _("at %s: %s (line %u, column %u)"),
                     json_problem.path, json_problem.message, json_problem.line, json_problem.column);
      else
        g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
                     /* Translators: the last %s says what is wrong there */
                     _("not valid JSON at line %u, column %u: %s"),
                     json_problem.line, json_problem.column, json_problem.message);
      regimen_json_problem_clear (&json_problem);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
                   /* Translators: %s is the JSON parser's own message */
                   _("not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  regimen_json_reader_init (&reader, REGIMEN_CUSTOM_EXERCISES_ERROR, custom_error_codes,
                            REGIMEN_JSON_READ_NULL_IS_ABSENT | REGIMEN_JSON_READ_CLAUSE, error);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      regimen_json_reader_fail (&reader, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT, "%s", _("expected an object"));
      return NULL;
    }

  object = json_node_get_object (root);

  if (!regimen_json_reader_read_string (&reader, object, "format", TRUE, &format) ||
      !regimen_json_reader_read_uint (&reader, object, "version", FALSE, 1, G_MAXINT, &version))
    return NULL;

  array = regimen_json_reader_read_array (&reader, object, "exercises", TRUE, G_MAXUINT, &failed);
  if (failed)
    return NULL;

  if (!g_str_equal (format, FILE_FORMAT))
    {
      /* Translators: %s is the format name the file must declare */
      g_autofree char *problem = g_strdup_printf (_("expected “%s”"), FILE_FORMAT);
      fail_at (&reader, "format", problem);
      return NULL;
    }

  if (version != FILE_VERSION)
    {
      fail_at (&reader, "version", _("written by a newer Regimen"));
      return NULL;
    }

  extra = keep_unread_members (&reader, object, file_members, G_N_ELEMENTS (file_members), NULL, 0,
                               _("not a member the file has (only names starting with “x-” may be added)"));
  if (extra == NULL)
    return NULL;

  if (json_array_get_length (array) > EXERCISES_MAX)
    {
      /* Translators: %d is the most exercises the file may hold */
      g_autofree char *problem = g_strdup_printf (_("more than %d exercises"), EXERCISES_MAX);
      fail_at (&reader, "exercises", problem);
      return NULL;
    }

  regimen_json_reader_push_member (&reader, "exercises");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize mark = regimen_json_reader_push_index (&reader, i);
      RegimenExercise *exercise = read_exercise (&reader, json_array_get_element (array, i));
      const char *id;

      if (exercise == NULL)
        return NULL;

      g_ptr_array_add (exercises, exercise);
      id = regimen_exercise_get_id (exercise);

      if (g_hash_table_contains (seen, id) || (library != NULL && regimen_library_lookup (library, id) != NULL))
        {
          /* Translators: %s is an exercise id */
          g_autofree char *problem = g_strdup_printf (_("another exercise already has the id “%s”"), id);
          fail_at (&reader, "id", problem);
          return NULL;
        }

      g_hash_table_add (seen, (gpointer) id);
      regimen_json_reader_pop (&reader, mark);
    }

  if (members != NULL)
    *members = g_steal_pointer (&extra);
  return g_steal_pointer (&exercises);
}

/* Keeps a file that could not be read under a name no save will use. */
static GFile *
set_aside (GFile   *file,
           GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  for (guint n = 1; ; n++)
    {
      g_autofree char *broken_path = n == 1 ? g_strdup_printf ("%s.broken", path)
                                            : g_strdup_printf ("%s.broken-%u", path, n);
      g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
      g_autoptr(GError) move_error = NULL;

      if (g_file_move (file, broken, G_FILE_COPY_NONE, NULL, NULL, NULL, &move_error))
        return g_steal_pointer (&broken);

      if (!g_error_matches (move_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&move_error));
          return NULL;
        }
    }
}

static void
add_ids (JsonBuilder        *builder,
         const char         *name,
         const char * const *ids)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    json_builder_add_string_value (builder, ids[i]);
  json_builder_end_array (builder);
}

static void
add_uint_fields (JsonBuilder               *builder,
                 const UintField           *fields,
                 guint                      n_fields,
                 const RegimenPrescription *prescription)
{
  for (guint i = 0; i < n_fields; i++)
    {
      guint value = G_STRUCT_MEMBER (guint, prescription, fields[i].offset);

      if (value == 0)
        continue;
      json_builder_set_member_name (builder, fields[i].name);
      json_builder_add_int_value (builder, value);
    }
}

static void
add_prescription (JsonBuilder               *builder,
                  const RegimenPrescription *prescription)
{
  json_builder_set_member_name (builder, "prescription");
  json_builder_begin_object (builder);
  add_uint_fields (builder, prescription_fields, G_N_ELEMENTS (prescription_fields), prescription);
  if (prescription->per_side)
    {
      json_builder_set_member_name (builder, "per_side");
      json_builder_add_boolean_value (builder, TRUE);
    }
  if (prescription->tempo[0] != '\0')
    {
      json_builder_set_member_name (builder, "tempo");
      json_builder_add_string_value (builder, prescription->tempo);
    }
  if (regimen_prescription_has_interval (prescription))
    {
      json_builder_set_member_name (builder, "interval");
      json_builder_begin_object (builder);
      add_uint_fields (builder, interval_fields, G_N_ELEMENTS (interval_fields), prescription);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/* The members Regimen keeps without reading them, as they were. */
static void
add_members (JsonBuilder *builder,
             JsonObject  *members)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (members == NULL)
    return;

  json_object_iter_init (&iter, members);
  while (json_object_iter_next (&iter, &name, &node))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (node));
    }
}

static void
add_exercise (JsonBuilder     *builder,
              RegimenExercise *exercise,
              JsonObject      *extra)
{
  const char *picture = regimen_exercise_get_picture (exercise);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, regimen_exercise_get_id (exercise));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, regimen_exercise_get_name (exercise));
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder,
                                 regimen_exercise_category_to_id (regimen_exercise_get_category (exercise)));
  add_ids (builder, "primary_muscles", regimen_exercise_get_primary_muscles (exercise));
  add_ids (builder, "secondary_muscles", regimen_exercise_get_secondary_muscles (exercise));
  add_ids (builder, "equipment", regimen_exercise_get_equipment (exercise));
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, regimen_exercise_get_level (exercise));
  json_builder_set_member_name (builder, "hiit_fit");
  json_builder_add_boolean_value (builder, regimen_exercise_get_hiit_fit (exercise));

  json_builder_set_member_name (builder, "instructions");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "setup");
  json_builder_add_string_value (builder, regimen_exercise_get_setup (exercise) ?: "");
  json_builder_set_member_name (builder, "movement");
  json_builder_add_string_value (builder, regimen_exercise_get_movement (exercise) ?: "");
  json_builder_set_member_name (builder, "breathing");
  json_builder_add_string_value (builder, regimen_exercise_get_breathing (exercise) ?: "");
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "cues");
  json_builder_begin_array (builder);
  for (const char * const *cue = regimen_exercise_get_cues (exercise); cue != NULL && *cue != NULL; cue++)
    json_builder_add_string_value (builder, *cue);
  json_builder_end_array (builder);

  add_prescription (builder, regimen_exercise_get_prescription (exercise));

  if (picture != NULL)
    {
      g_autofree char *basename = g_path_get_basename (picture);

      json_builder_set_member_name (builder, "picture");
      json_builder_add_string_value (builder, basename);
    }

  add_members (builder, extra);
  json_builder_end_object (builder);
}

static char *
slugify (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *slug = g_string_new (NULL);
  gboolean pending_dash = FALSE;

  for (const char *p = ascii; *p != '\0' && slug->len < SLUG_MAX_LENGTH; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_dash && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*p));
          pending_dash = FALSE;
        }
      else
        pending_dash = TRUE;
    }

  if (slug->len == 0)
    g_string_append (slug, "exercise");

  return g_string_free (slug, FALSE);
}

/* Only picture formats GTK reads, by their first bytes, so a text file
 * named like a picture is turned away. */
static const char *
sniff_picture_extension (const guchar *data,
                         gsize         length)
{
  static const struct {
    const char *content_type;
    const char *extension;
  } formats[] = {
    { "image/png", "png" },
    { "image/jpeg", "jpg" },
    { "image/gif", "gif" },
    { "image/webp", "webp" },
    { "image/bmp", "bmp" },
    { "image/tiff", "tiff" },
    { "image/svg+xml", "svg" },
  };
  g_autofree char *content_type = g_content_type_guess (NULL, data, length, NULL);
  g_autofree char *mime_type = g_content_type_get_mime_type (content_type);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_strcmp0 (mime_type, formats[i].content_type) == 0 ||
          g_content_type_equals (content_type, formats[i].content_type))
        return formats[i].extension;
    }

  return NULL;
}

static guint
be16 (const guchar *p)
{
  return (p[0] << 8) | p[1];
}

static guint
le16 (const guchar *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static guint32
le32 (const guchar *p)
{
  return p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

/* Skips the sub-blocks of a GIF block that start at @at: each a length
 * byte and that many bytes, up to a length of 0. Returns where the block
 * ends, or @length when the data ends first. */
static gsize
gif_skip_sub_blocks (const guchar *data,
                     gsize         length,
                     gsize         at)
{
  while (at < length && data[at] != 0)
    at += 1 + (gsize) data[at];

  return MIN (at + 1, length);
}

/* The frames of a GIF are decoded at their own size, which may be far
 * larger than the screen the header gives: a 97 KB file of a 1 × 1
 * screen and one 16000 × 16000 frame held the worker of pictures for
 * ten seconds and 260 MB. Widens @width and @height to the largest frame
 * the image descriptors give, walking the blocks without decoding. */
static void
gif_frames_size (const guchar *data,
                 gsize         length,
                 guint        *width,
                 guint        *height)
{
  gsize at = 13;

  if (length < 13)
    return;
  if (data[10] & 0x80)
    at += 3 * ((gsize) 1 << ((data[10] & 0x07) + 1));

  while (at < length)
    {
      switch (data[at])
        {
        case 0x21:
          /* An extension: its label, then its sub-blocks. */
          at = gif_skip_sub_blocks (data, length, at + 2);
          break;

        case 0x2C:
          if (at + 10 > length)
            return;
          *width = MAX (*width, le16 (data + at + 5));
          *height = MAX (*height, le16 (data + at + 7));
          if (data[at + 9] & 0x80)
            at += 3 * ((gsize) 1 << ((data[at + 9] & 0x07) + 1));
          /* The descriptor, the LZW code size, then the sub-blocks. */
          at = gif_skip_sub_blocks (data, length, at + 11);
          break;

        case 0x3B:
          /* The trailer. */
          return;

        default:
          /* GdkPixbuf's loader skips a byte that starts no block and
           * reads on: a stray byte must not hide the frames after it. */
          at++;
          break;
        }
    }
}

/* Where the first image of a GIF starts (@image: its descriptor) and
 * ends (returned: past its own colour table and its sub-blocks), and the
 * last graphic control extension before it (@control, 0 for none: what
 * in it is transparent), past the other extensions before it. 0 when the
 * data holds no whole image. */
static gsize
gif_first_image (const guchar *data,
                 gsize         length,
                 gsize        *image,
                 gsize        *control)
{
  gsize at = 13;

  *control = 0;
  if (length < 13)
    return 0;
  if (data[10] & 0x80)
    at += 3 * ((gsize) 1 << ((data[10] & 0x07) + 1));

  while (at < length)
    {
      switch (data[at])
        {
        case 0x21:
          if (at + 1 < length && data[at + 1] == 0xF9)
            *control = at;
          at = gif_skip_sub_blocks (data, length, at + 2);
          break;

        case 0x2C:
          if (at + 10 > length)
            return 0;
          *image = at;
          if (data[at + 9] & 0x80)
            at += 3 * ((gsize) 1 << ((data[at + 9] & 0x07) + 1));
          at = gif_skip_sub_blocks (data, length, at + 11);
          return at < length ? at : 0;

        case 0x3B:
          return 0;

        default:
          /* Skipped as the loader skips it (gif_frames_size()). */
          at++;
          break;
        }
    }

  return 0;
}

/* Counts the scans (start-of-scan markers) of a JPEG, up to one more
 * than PICTURE_MAX_JPEG_SCANS, walking its segments and skipping the
 * entropy-coded data after each scan's header without decoding it. */
static guint
jpeg_count_scans (const guchar *data,
                  gsize         length)
{
  gsize i = 2;
  guint scans = 0;

  while (i + 4 <= length && scans <= PICTURE_MAX_JPEG_SCANS)
    {
      guint marker;

      /* libjpeg skips bytes between segments with a warning, which
       * GdkPixbuf does not heed: stopping at one let a stray byte after
       * the frame's header hide every scan after it (issue 21, review of
       * session 35). */
      if (data[i] != 0xFF)
        {
          const guchar *ff = memchr (data + i, 0xFF, length - i);

          if (ff == NULL)
            return scans;
          i = ff - data;
          continue;
        }
      marker = data[i + 1];
      if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
        {
          /* A fill byte, or a marker without a length. */
          i += marker == 0xFF ? 1 : 2;
          continue;
        }
      if (marker == 0xD9)
        return scans;

      i += 2 + be16 (data + i + 2);
      if (marker != 0xDA)
        continue;

      scans++;
      /* The entropy-coded data runs to the next marker: a 0xFF that is
       * neither a stuffed 0x00 nor a restart marker. */
      while (i + 1 < length)
        {
          const guchar *ff = memchr (data + i, 0xFF, length - i - 1);

          if (ff == NULL)
            return scans;
          i = ff - data;
          if (data[i + 1] != 0x00 && !(data[i + 1] >= 0xD0 && data[i + 1] <= 0xD7))
            break;
          i += 2;
        }
    }

  return scans;
}

/* Reads the width and height from the header, without decoding, so that
 * a small file claiming 20000 × 20000 pixels is refused before anything
 * allocates them. FALSE when the header does not say. */
static gboolean
read_picture_size (const char   *extension,
                   const guchar *data,
                   gsize         length,
                   guint        *width,
                   guint        *height)
{
  if (g_str_equal (extension, "png"))
    {
      if (length < 24 || memcmp (data + 12, "IHDR", 4) != 0)
        return FALSE;
      *width = be32 (data + 16);
      *height = be32 (data + 20);
      return TRUE;
    }

  if (g_str_equal (extension, "gif"))
    {
      if (length < 10)
        return FALSE;
      *width = le16 (data + 6);
      *height = le16 (data + 8);
      gif_frames_size (data, length, width, height);
      return TRUE;
    }

  if (g_str_equal (extension, "bmp"))
    {
      gint32 h;

      if (length < 26)
        return FALSE;
      *width = le32 (data + 18);
      h = (gint32) le32 (data + 22);
      *height = h == G_MININT32 ? G_MAXUINT : (guint) ABS (h);
      return TRUE;
    }

  if (g_str_equal (extension, "jpg"))
    {
      gsize i = 2;

      while (i + 9 < length)
        {
          guint marker;

          if (data[i] != 0xFF)
            return FALSE;
          marker = data[i + 1];
          if (marker == 0xFF)
            {
              i++;
              continue;
            }
          if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            {
              *height = be16 (data + i + 5);
              *width = be16 (data + i + 7);
              return TRUE;
            }
          i += 2 + be16 (data + i + 2);
        }
      return FALSE;
    }

  if (g_str_equal (extension, "webp"))
    {
      if (length < 30 || memcmp (data + 8, "WEBP", 4) != 0)
        return FALSE;
      if (memcmp (data + 12, "VP8 ", 4) == 0)
        {
          *width = le16 (data + 26) & 0x3FFF;
          *height = le16 (data + 28) & 0x3FFF;
          return TRUE;
        }
      if (memcmp (data + 12, "VP8L", 4) == 0)
        {
          guint32 bits = le32 (data + 21);

          *width = (bits & 0x3FFF) + 1;
          *height = ((bits >> 14) & 0x3FFF) + 1;
          return TRUE;
        }
      if (memcmp (data + 12, "VP8X", 4) == 0)
        {
          *width = (data[24] | (data[25] << 8) | (data[26] << 16)) + 1;
          *height = (data[27] | (data[28] << 8) | (data[29] << 16)) + 1;
          return TRUE;
        }
      return FALSE;
    }

  return FALSE;
}

static char *write_picture (const char    *id,
                            const char    *extension,
                            const guchar  *data,
                            gsize          length,
                            GError       **error);

/* @source's name as a message about the picture quotes it: its name
 * alone, as GLib shows a file name, not its path. The person has just
 * chosen it, and the editor's picture row shows the same name; a
 * picture of the pictures folder is named by its path around the
 * message, where the person must find it. */
static char *
dup_picture_name (GFile *source)
{
  g_autofree char *basename = g_file_get_basename (source);

  return basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (source);
}

/* Checks a picture's bytes: a format GTK reads, and a size within the
 * limits. Returns its file name extension, or NULL with @error set. */
static const char *
check_picture (GFile         *source,
               const guchar  *data,
               gsize          length,
               GError       **error)
{
  g_autofree char *display_name = dup_picture_name (source);
  const char *extension = sniff_picture_extension (data, MIN (length, SNIFF_LENGTH));
  guint width = 0;
  guint height = 0;

  if (extension == NULL)
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                   /* Translators: %s is a file the person chose */
                   _("“%s” is not a picture"), display_name);
      return NULL;
    }

  /* A drawing is refused whatever it holds: how long drawing one takes
   * has no bound a check of its text could give (280 arcs of a huge
   * radius, 10 KB, kept a core busy for minutes: their crossings grow
   * with the square of the segments they are flattened into). */
  if (g_str_equal (extension, "svg"))
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                   /* Translators: %s is a file the person chose */
                   _("“%s” is a drawing (SVG), which Regimen does not import, as drawing one can take minutes; export it as PNG"),
                   display_name);
      return NULL;
    }

  if (!read_picture_size (extension, data, length, &width, &height) ||
      width == 0 || height == 0)
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                   /* Translators: %s is a file the person chose */
                   _("The size of the picture “%s” cannot be read; use a PNG, JPEG, GIF, WebP or BMP file"),
                   display_name);
      return NULL;
    }

  if (width > PICTURE_MAX_SIDE || height > PICTURE_MAX_SIDE)
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                   /* Translators: %s is a file; then its width and height and the largest allowed */
                   _("The picture “%s” is %u × %u pixels; at most %u pixels a side are allowed"),
                   display_name, width, height, PICTURE_MAX_SIDE);
      return NULL;
    }

  if (g_str_equal (extension, "jpg") && jpeg_count_scans (data, length) > PICTURE_MAX_JPEG_SCANS)
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                   /* Translators: %s is a file; %d the most scans allowed */
                   _("The picture “%s” is a JPEG of more than %d scans, each a pass of the decoder over the "
                     "whole picture; save it again as an ordinary JPEG or as a PNG"),
                   display_name, PICTURE_MAX_JPEG_SCANS);
      return NULL;
    }

  return extension;
}

static GBytes *
load_picture (GFile   *source,
              GError **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = regimen_file_load_capped (source, PICTURE_MAX_SIZE, NULL, &local_error);

  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_autofree char *display_name = dup_picture_name (source);

      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                   /* Translators: %s is a file; %d the largest size in MiB */
                   _("The picture “%s” is larger than %d MiB"),
                   display_name, PICTURE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * regimen_custom_exercises_load_picture:
 * @source: a file the person chose
 * @error: return location for a #GError
 *
 * Reads @source once and checks, without decoding it, that it is a
 * picture Regimen takes: a format GTK reads, at most 20 MiB and 8192
 * pixels a side, not a drawing (SVG), whose drawing time has no bound,
 * nor a JPEG of more than %PICTURE_MAX_JPEG_SCANS scans. Of a GIF only
 * its screen, the graphic control before its first image, that image and
 * the trailer are returned: an animation is kept as its first frame. Decode what this returns, not the file again:
 * a file changed after it was checked would be decoded unchecked.
 *
 * Returns: (transfer full) (nullable): the bytes checked, or %NULL with
 *   @error set
 */
GBytes *
regimen_custom_exercises_load_picture (GFile   *source,
                                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const guchar *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (source), NULL);

  bytes = load_picture (source, error);
  if (bytes == NULL)
    return NULL;

  /* An animation is kept as its first frame, so only that frame is
   * checked and decoded: the GIF loader reads every frame first, in a
   * time that grows with the square of their number (a 1.5 MB GIF of
   * 100,000 frames of one pixel held the worker of pictures for 30 s of
   * a core; 20 MiB of them, hours). Issue 21, pass 35a. */
  data = g_bytes_get_data (bytes, &length);
  if (length >= 6 && (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0))
    {
      gsize image = 0;
      gsize control = 0;
      gsize end = gif_first_image (data, length, &image, &control);

      if (end > 0)
        {
          static const guint8 trailer = 0x3B;
          gsize screen = 13 + ((data[10] & 0x80) ? 3 * ((gsize) 1 << ((data[10] & 0x07) + 1)) : 0);
          GByteArray *first = g_byte_array_sized_new (screen + GIF_CONTROL_LENGTH + end - image + 1);

          /* The extensions before the image go but the last graphic
           * control, which says what is transparent: 2 MB of 400,000
           * comments before it kept the loader busy for 29 s. */
          g_byte_array_append (first, data, screen);
          if (control > 0 && control + GIF_CONTROL_LENGTH <= image &&
              data[control + 2] == GIF_CONTROL_LENGTH - 4 && data[control + GIF_CONTROL_LENGTH - 1] == 0)
            g_byte_array_append (first, data + control, GIF_CONTROL_LENGTH);
          g_byte_array_append (first, data + image, end - image);
          g_byte_array_append (first, &trailer, 1);
          g_bytes_unref (bytes);
          bytes = g_byte_array_free_to_bytes (first);
        }
    }

  data = g_bytes_get_data (bytes, &length);
  if (check_picture (source, data, length, error) == NULL)
    return NULL;

  return g_steal_pointer (&bytes);
}

/**
 * regimen_custom_exercises_get_file:
 *
 * Returns: (transfer full): where the person's own exercises are kept,
 *   `$XDG_DATA_HOME/regimen/exercises.json`
 */
GFile *
regimen_custom_exercises_get_file (void)
{
  g_autofree char *dir = regimen_file_dup_data_dir ();
  g_autofree char *path = g_build_filename (dir, "exercises.json", NULL);

  return g_file_new_for_path (path);
}

/**
 * regimen_custom_exercises_get_pictures_dir:
 *
 * Returns: (transfer full): the folder that holds the copies of the
 *   pictures chosen for custom exercises
 */
GFile *
regimen_custom_exercises_get_pictures_dir (void)
{
  g_autofree char *dir = regimen_file_dup_data_dir ();
  g_autofree char *path = g_build_filename (dir, "pictures", NULL);

  return g_file_new_for_path (path);
}

/* The file's text as @library last read or wrote it, once it has (NULL
 * text: there was no file): a write replaces only that text, so what
 * another program wrote meanwhile (another Regimen on the same data
 * folder, an edit by hand) is not overwritten with the exercises this
 * library knows. */
typedef struct
{
  GBytes     *text;
  /* The file's “x-…” members, which the next save writes back. */
  JsonObject *members;
} DiskText;

static void
disk_text_free (DiskText *disk)
{
  g_clear_pointer (&disk->text, g_bytes_unref);
  g_clear_pointer (&disk->members, json_object_unref);
  g_free (disk);
}

static GQuark
disk_text_quark (void)
{
  return g_quark_from_static_string ("regimen-custom-exercises-disk-text");
}

static void
remember_disk_text (RegimenLibrary *library,
                    GBytes         *text,
                    JsonObject     *members)
{
  DiskText *disk = g_new0 (DiskText, 1);

  disk->text = text != NULL ? g_bytes_ref (text) : NULL;
  disk->members = members != NULL ? json_object_ref (members) : NULL;
  g_object_set_qdata_full (G_OBJECT (library), disk_text_quark (), disk, (GDestroyNotify) disk_text_free);
}

/* Reads the person's exercises, their ids checked against @library's,
 * into @exercises (NULL when there is no file), its text into @text and
 * its “x-…” members into @members. A file that cannot be
 * read is set aside, as regimen_custom_exercises_load() says. With no
 * @library, a built-in one of the caller's own, built only when there is
 * a file to check: most people have no exercises of their own, and a
 * worker's library costs as much to build as the application's. */
static gboolean
read_custom_file (RegimenLibrary  *library,
                  GPtrArray      **exercises,
                  GBytes         **text,
                  JsonObject     **members,
                  GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autofree char *broken_path = NULL;
  g_autofree char *reason = NULL;

  *exercises = NULL;
  *text = NULL;
  *members = NULL;
  file = regimen_custom_exercises_get_file ();
  bytes = regimen_file_load_capped (file, REGIMEN_PLAN_MAX_SIZE, NULL, &local_error);

  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        {
          g_autofree char *name = regimen_file_get_display_name (file);

          /* A folder or a named pipe in its place is left where it is;
           * the message names it, so it can be found. */
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      /* Translators: %s is the file of the person's own exercises; the reason follows */
                                      _("Your exercises in %s could not be read: "), name);
          return FALSE;
        }

      /* Too large to be anyone's own exercises: set aside like a broken
       * file, so the app starts. */
      g_clear_error (&local_error);
      g_set_error (&local_error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
                   _("the file is larger than %d bytes"), REGIMEN_PLAN_MAX_SIZE);
    }
  else
    {
      g_autoptr(RegimenLibrary) own = NULL;

      if (library == NULL && (library = own = regimen_library_new_builtin (error)) == NULL)
        return FALSE;
      *exercises = read_document (bytes, library, members, &local_error);
    }

  if (*exercises != NULL)
    {
      *text = g_steal_pointer (&bytes);
      return TRUE;
    }

  broken = set_aside (file, &move_error);
  /* What is wrong may quote the file's text (a muscle of thousands of
   * lines): on one line and cut in the middle, so the app's dialog saying
   * it keeps its button on the screen, and where the file went shows. */
  reason = regimen_text_one_line_middle (local_error->message, MAX_REASON_CHARS);

  if (broken == NULL)
    {
      g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
                   /* Translators: the first %s says what is wrong in the file, the second why it could not be renamed */
                   _("Your exercises could not be read (%s), and the file could not be set aside: %s"),
                   reason, move_error->message);
      return FALSE;
    }

  broken_path = g_file_get_path (broken);
  g_set_error (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,
               /* Translators: the first %s says what is wrong in the file, the second is where it was kept */
               _("Your exercises could not be read (%s). The file was kept as %s."),
               reason, broken_path);
  return FALSE;
}

/**
 * regimen_custom_exercises_load:
 * @library: the library to add the exercises to
 * @error: return location for a #GError
 *
 * Adds the person's own exercises to @library. A missing file is no
 * error. A file that cannot be read is renamed to `exercises.json.broken`
 * (or `.broken-2`, …) so that the next save does not overwrite it, and
 * nothing is added. Blocks: the application uses
 * regimen_custom_exercises_load_async().
 *
 * Returns: %TRUE on success; %FALSE with @error set, naming the JSON path
 *   of the problem and where the file was kept
 */
gboolean
regimen_custom_exercises_load (RegimenLibrary  *library,
                               GError         **error)
{
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(JsonObject) members = NULL;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A file set aside is gone: the next save makes a new one. */
  if (!read_custom_file (library, &exercises, &text, &members, error))
    {
      remember_disk_text (library, NULL, NULL);
      return FALSE;
    }
  remember_disk_text (library, text, members);

  for (guint i = 0; exercises != NULL && i < exercises->len; i++)
    {
      if (!regimen_library_add (library, g_ptr_array_index (exercises, i), error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  GPtrArray  *exercises;
  GBytes     *text;
  JsonObject *members;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->exercises, g_ptr_array_unref);
  g_clear_pointer (&loaded->text, g_bytes_unref);
  g_clear_pointer (&loaded->members, json_object_unref);
  g_free (loaded);
}

/* On a worker: the file read and checked against a built-in library of
 * the worker's own, so no library is shared between threads; none is
 * built when there is no file. This is the app's start: what a change
 * killed mid-write left in the data folder and the pictures folder goes
 * first (no other writer comes there before the next change, which may
 * be months away); a change of another Regimen still writing holds its
 * files locked, and they stay. */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Loaded *loaded = g_new0 (Loaded, 1);
  g_autofree char *dir = regimen_file_dup_data_dir ();
  g_autofree char *pictures = g_build_filename (dir, "pictures", NULL);
  GError *error = NULL;

  regimen_file_remove_leftovers (dir);
  regimen_file_remove_leftovers (pictures);

  if (!read_custom_file (NULL, &loaded->exercises, &loaded->text, &loaded->members, &error))
    {
      loaded_free (loaded);
      g_task_return_error (task, error);
      return;
    }

  if (loaded->exercises == NULL)
    loaded->exercises = g_ptr_array_new ();
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/**
 * regimen_custom_exercises_load_async:
 * @library: the library to add the exercises to
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when they are added
 * @user_data: data for @callback
 *
 * As regimen_custom_exercises_load(), but the file is read, checked and
 * (when it cannot be read) set aside on a worker thread; the exercises
 * are added to @library on the main context.
 */
void
regimen_custom_exercises_load_async (RegimenLibrary      *library,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (REGIMEN_IS_LIBRARY (library));

  task = g_task_new (library, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_custom_exercises_load_async);
  g_task_run_in_thread (task, load_thread);
}

/**
 * regimen_custom_exercises_load_finish:
 * @library: the library given to regimen_custom_exercises_load_async()
 *
 * Adds the exercises read to @library. One of the same id added to it
 * while the file was read (a new exercise saved meanwhile) is kept.
 *
 * Returns: %TRUE on success; %FALSE with @error set as for
 *   regimen_custom_exercises_load()
 */
gboolean
regimen_custom_exercises_load_finish (RegimenLibrary  *library,
                                      GAsyncResult    *result,
                                      GError         **error)
{
  Loaded *loaded;
  GPtrArray *exercises;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, library), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    {
      /* A file set aside is gone: the next save makes a new one. */
      remember_disk_text (library, NULL, NULL);
      return FALSE;
    }
  remember_disk_text (library, loaded->text, loaded->members);
  exercises = loaded->exercises;

  for (guint i = 0; i < exercises->len; i++)
    {
      RegimenExercise *exercise = g_ptr_array_index (exercises, i);

      if (regimen_library_lookup (library, regimen_exercise_get_id (exercise)) != NULL)
        continue;
      if (!regimen_library_add (library, exercise, error))
        {
          loaded_free (loaded);
          return FALSE;
        }
    }

  loaded_free (loaded);
  return TRUE;
}

/**
 * regimen_custom_exercises_read:
 * @library: the library to add the exercises to
 * @error: return location for a #GError
 *
 * Adds the person's own exercises to @library like
 * regimen_custom_exercises_load(), but leaves a file that cannot be read
 * where it is: for tools such as regimen-cli that only look, and must not
 * move the app's file while it may be running.
 *
 * Returns: %TRUE on success or when there is no file; %FALSE with @error
 *   set, naming the JSON path of the problem (or saying the file is too
 *   large or no regular file), and nothing added
 */
gboolean
regimen_custom_exercises_read (RegimenLibrary  *library,
                               GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = regimen_custom_exercises_get_file ();
  bytes = regimen_file_load_capped (file, REGIMEN_PLAN_MAX_SIZE, NULL, &local_error);

  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return regimen_custom_exercises_read_text (library, bytes, error);
}

/**
 * regimen_custom_exercises_dup_known_text:
 * @library: a library
 * @text: (out) (transfer full) (nullable): the text of the person's
 *   exercises as @library last read or wrote it, or %NULL when there was
 *   no file (or it was set aside)
 *
 * What @library's custom exercises are, as text another thread can read
 * with regimen_custom_exercises_read_text(): an export made on a worker
 * then names the exercises the window shows, not what the file holds now
 * (changed by hand since, or broken).
 *
 * Returns: %TRUE when @library has read or written the file; %FALSE (and
 *   @text %NULL) when it never did
 */
gboolean
regimen_custom_exercises_dup_known_text (RegimenLibrary  *library,
                                         GBytes         **text)
{
  DiskText *disk;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  disk = g_object_get_qdata (G_OBJECT (library), disk_text_quark ());
  *text = disk != NULL && disk->text != NULL ? g_bytes_ref (disk->text) : NULL;
  return disk != NULL;
}

/**
 * regimen_custom_exercises_read_text:
 * @library: the library to add the exercises to
 * @text: the text of a person's exercises, as
 *   regimen_custom_exercises_dup_known_text() gives it
 * @error: return location for a #GError
 *
 * Adds the exercises of @text to @library, under the rules and limits of
 * the file.
 *
 * Returns: %TRUE on success; %FALSE with @error set, and nothing added
 */
gboolean
regimen_custom_exercises_read_text (RegimenLibrary  *library,
                                    GBytes          *text,
                                    GError         **error)
{
  g_autoptr(GPtrArray) exercises = NULL;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  exercises = read_document (text, library, NULL, error);
  if (exercises == NULL)
    return FALSE;

  for (guint i = 0; i < exercises->len; i++)
    {
      if (!regimen_library_add (library, g_ptr_array_index (exercises, i), error))
        return FALSE;
    }

  return TRUE;
}

/* What a change asks of the person's exercises, queued for the one writer
 * of their file (below). */
typedef enum
{
  CHANGE_ADD,
  CHANGE_UPDATE,
  CHANGE_REMOVE,
} ChangeKind;

/* What the file's text is made of, taken on the main thread and turned
 * into the text on a worker: the custom exercises in the library's order
 * (a reference each: a custom exercise of the library changes only once
 * the change before has been written, apply_change()), and copies of the
 * members Regimen keeps unread, the entries' and the file's. Copies,
 * because json-glib counts the references of an object without atomic
 * operations: a worker adding the library's own objects to its text
 * would race the main thread's copies of the same exercise (an editor
 * opened meanwhile). */
typedef struct
{
  GPtrArray  *exercises;
  GPtrArray  *extras;
  JsonObject *members;
} Entries;

static void
entries_free (Entries *entries)
{
  g_clear_pointer (&entries->exercises, g_ptr_array_unref);
  g_clear_pointer (&entries->extras, g_ptr_array_unref);
  g_clear_pointer (&entries->members, json_object_unref);
  g_free (entries);
}

typedef struct
{
  ChangeKind       kind;
  RegimenLibrary  *library;
  char            *id;
  /* ADD: the new exercise; UPDATE: the edited copy; REMOVE: NULL. */
  RegimenExercise *exercise;
  /* A new picture to keep as “<id>.png”, or NULL. */
  GBytes          *png;

  /* Taken on the main thread when the change's turn comes: what the
   * file's new text is made of (the snapshot), where the new picture
   * goes, and the pictures no entry uses once the text is written. */
  Entries         *entries;
  /* The new text, made from @entries on the worker. */
  char            *text;
  gsize            length;
  char            *png_path;
  GPtrArray       *unused_pictures;
  /* The text the file must hold for the change to replace it
   * (write_text()). */
  gboolean         disk_known;
  GBytes          *disk_text;
  /* Its “x-…” members, which the new text keeps. */
  JsonObject      *disk_members;
} Change;

static void
change_free (Change *change)
{
  g_clear_object (&change->library);
  g_free (change->id);
  g_clear_object (&change->exercise);
  g_clear_pointer (&change->png, g_bytes_unref);
  g_clear_pointer (&change->entries, entries_free);
  g_free (change->text);
  g_free (change->png_path);
  g_clear_pointer (&change->unused_pictures, g_ptr_array_unref);
  g_clear_pointer (&change->disk_text, g_bytes_unref);
  g_clear_pointer (&change->disk_members, json_object_unref);
  g_free (change);
}

/* An entry without members kept unread has NULL in @extras. */
static void
extra_free (gpointer extra)
{
  if (extra != NULL)
    json_object_unref (extra);
}

static void
entries_add (Entries         *entries,
             RegimenExercise *exercise)
{
  g_ptr_array_add (entries->exercises, g_object_ref (exercise));
  g_ptr_array_add (entries->extras, regimen_json_object_copy (exercise->extra));
}

/* The entries of @library's custom exercises, with @change (when not
 * NULL) applied, in the library's order, a new one last, and the file's
 * @members Regimen does not read. Cheap: no text is made here. */
static Entries *
take_entries (RegimenLibrary *library,
              const Change   *change,
              JsonObject     *members)
{
  Entries *entries = g_new0 (Entries, 1);

  entries->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  entries->extras = g_ptr_array_new_with_free_func (extra_free);
  entries->members = regimen_json_object_copy (members);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      gboolean changed;

      if (!regimen_exercise_get_custom (exercise))
        continue;

      changed = change != NULL && g_str_equal (regimen_exercise_get_id (exercise), change->id);
      if (changed && change->kind == CHANGE_REMOVE)
        continue;
      entries_add (entries, changed && change->kind == CHANGE_UPDATE ? change->exercise : exercise);
    }

  if (change != NULL && change->kind == CHANGE_ADD)
    entries_add (entries, change->exercise);

  return entries;
}

/* @value as the shortest text that reads back as it, as the plan writer
 * writes a number it does not know: a whole value keeps ".0", so that it
 * stays a number with a fraction. */
static void
append_shortest_double (GString *out,
                        double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%s%" G_GUINT64_FORMAT ".0", signbit (value) ? "-" : "",
                              (guint64) fabs (value));
      return;
    }

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (out, buffer);
  /* 16 or 17 digits “%g” writes without a point or an exponent. */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

/* @length bytes of a string json-glib wrote, quotes and all, with the
 * characters the plan writer writes as escapes written so too
 * (regimen_json_unsafe_char_at()): json-glib wrote a C1 control such as
 * U+009B (CSI), DEL, a line or paragraph separator or a bidirectional
 * control raw, and `cat` of the file cleared, recoloured or reordered a
 * terminal (issue 21, pass 46f). */
static void
append_string_escaping_unsafe (GString    *out,
                               const char *text,
                               gsize       length)
{
  const char *run = text;

  for (const char *p = text; p < text + length; p++)
    {
      gunichar u = regimen_json_unsafe_char_at (p);

      if (u == 0)
        continue;

      g_string_append_len (out, run, p - run);
      g_string_append_printf (out, "\\u%04x", u);
      p = g_utf8_next_char (p) - 1;
      run = p + 1;
    }

  g_string_append_len (out, run, text + length - run);
}

/* json-glib 1.6 writes a number with a fraction or an exponent with 17
 * digits, 0.1 in another tool's member as 0.10000000000000001, and adds
 * ".0" to one without a point: 1e20 became “1e+20.0”, which is no JSON
 * number, and every change to any exercise was refused for as long as
 * the file held it (issue 21, pass 44c). Each such number of @text, which
 * json-glib wrote, is written again as the shortest text of its value;
 * strings are copied with the escapes the plan writer writes
 * (append_string_escaping_unsafe()). */
static char *
shorten_numbers (char  *text,
                 gsize *length)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p + 1;

      if (*p == '"')
        {
          while (*end != '"')
            end += *end == '\\' ? 2 : 1;
          append_string_escaping_unsafe (out, p, end + 1 - p);
          p = end + 1;
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          while (*end == '-' || *end == '+' || *end == '.' || *end == 'e' || *end == 'E' || g_ascii_isdigit (*end))
            end++;
          if (memchr (p, '.', end - p) != NULL || memchr (p, 'e', end - p) != NULL || memchr (p, 'E', end - p) != NULL)
            append_shortest_double (out, g_ascii_strtod (p, NULL));
          else
            g_string_append_len (out, p, end - p);
          p = end;
        }
      else
        g_string_append_c (out, *p++);
    }

  g_free (text);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* The file's text of @entries. Runs on a worker for the changes the
 * application makes: at 2,000 exercises it is about half a billion
 * instructions, which on the main thread froze the window at every
 * edit (docs/benchmarks.md). */
static char *
build_text (const Entries *entries,
            gsize         *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *text;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FILE_VERSION);
  json_builder_set_member_name (builder, "exercises");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entries->exercises->len; i++)
    add_exercise (builder, g_ptr_array_index (entries->exercises, i), g_ptr_array_index (entries->extras, i));
  json_builder_end_array (builder);
  add_members (builder, entries->members);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = shorten_numbers (json_generator_to_data (generator, NULL), length);

  /* json-glib 1.6 escapes the C0 controls but U+001F, which JSON does
   * not allow raw: a name holding one (read from a hand-edited "\u001f")
   * was written so, the text read back was refused, and no change to
   * any exercise could be saved. Outside strings json-glib writes only
   * spaces and line feeds, and no UTF-8 character holds the byte. */
  if (memchr (text, 0x1F, strlen (text)) != NULL)
    {
      g_autoptr(GString) escaped = g_string_new (text);

      g_string_replace (escaped, "\x1F", "\\u001f", 0);
      g_free (text);
      if (length != NULL)
        *length = escaped->len;
      text = g_string_free (g_steal_pointer (&escaped), FALSE);
    }

  return text;
}

/* build_text(), refused as the next start would refuse it: nothing is
 * written that would be set aside with every exercise in it (an editor's
 * form can hold more than the file may, and `x-` members re-indented can
 * pass the 16 MiB a start reads). */
static char *
build_checked_text (const Entries  *entries,
                    gsize          *length,
                    GError        **error)
{
  g_autofree char *text = build_text (entries, length);
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, *length);
  g_autoptr(GPtrArray) read_back = NULL;
  g_autoptr(GError) read_error = NULL;

  read_back = read_document (bytes, NULL, NULL, &read_error);
  if (read_back == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s says why the text could not be read back */
                   _("Regimen could not open the result again (%s)"), read_error->message);
      return NULL;
    }

  return g_steal_pointer (&text);
}

/* Blocks: writes the file's text atomically, as a plan is saved; when
 * @known, only over @expected, the text last read or written (NULL: only
 * where there is no file). */
static gboolean
write_text (const char  *text,
            gsize        length,
            gboolean     known,
            GBytes      *expected,
            GError     **error)
{
  g_autoptr(GFile) file = regimen_custom_exercises_get_file ();
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  const RegimenFileWriteFlags flags = REGIMEN_FILE_WRITE_BACKUP | REGIMEN_FILE_WRITE_PRIVATE;
  g_autoptr(GError) local_error = NULL;
  gboolean done;

  if (!regimen_file_make_private_dir (dir, error))
    return FALSE;

  /* As a plan is saved: a symbolic link is followed, the previous
   * version kept as “exercises.json~”, owner and mode kept; and only over
   * the text last read or written here (no file then: none now). */
  if (!known)
    done = regimen_file_replace (path, text, length, flags, NULL, &local_error);
  else if (expected == NULL)
    done = regimen_file_replace (path, text, length, flags | REGIMEN_FILE_WRITE_NO_REPLACE, NULL, &local_error);
  else
    done = regimen_file_replace_if_unchanged (path, expected, text, length, flags, NULL, &local_error);

  if (done)
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = regimen_file_get_display_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                   /* Translators: %s is the file of the person's own exercises */
                   _("Your exercises in %s were changed by another program (another Regimen, or an edit by hand) "
                     "since Regimen read them, so nothing was saved: restart Regimen to see that change, then try "
                     "again."),
                   name);
      return FALSE;
    }

  /* The writer's reasons (“the file system it is on is mounted
   * read-only.”, a full disk) do not say which file: the person never
   * chose where Regimen keeps the exercises, so the message names it. */
  {
    g_autofree char *name = regimen_file_get_display_name (file);

    g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                /* Translators: %s is the file of the person's own exercises; the reason follows */
                                _("%s could not be written: "), name);
  }
  return FALSE;
}

/**
 * regimen_custom_exercises_save:
 * @library: a library
 * @error: return location for a #GError
 *
 * Writes every custom exercise of @library to the file, atomically: a
 * crash leaves either the old file or the new one, and the previous
 * version is kept as `exercises.json~`. Members of an entry that Regimen
 * does not read (aliases, faults, `x-…`) are written back as they were.
 * Blocks: the application changes the file through
 * regimen_custom_exercises_add_async() and its siblings, one write at a
 * time on a worker.
 *
 * Returns: %TRUE on success
 */
gboolean
regimen_custom_exercises_save (RegimenLibrary  *library,
                               GError         **error)
{
  g_autofree char *text = NULL;
  gsize length;
  DiskText *disk;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(JsonObject) members = NULL;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  disk = g_object_get_qdata (G_OBJECT (library), disk_text_quark ());
  if (disk != NULL && disk->members != NULL)
    members = json_object_ref (disk->members);
  {
    Entries *entries = take_entries (library, NULL, members);

    text = build_checked_text (entries, &length, error);
    entries_free (entries);
  }
  if (text == NULL)
    return FALSE;
  written = g_bytes_new (text, length);

  if (!write_text (text, length, disk != NULL, disk != NULL ? disk->text : NULL, error))
    return FALSE;

  remember_disk_text (library, written, members);
  return TRUE;
}

/**
 * regimen_custom_exercises_new_id:
 * @library: the library the exercise will join
 * @name: the exercise's name
 *
 * Makes an id such as `custom-band-pull-apart-k3f9`: the prefix keeps it
 * apart from every built-in id, the random end from other custom ones.
 *
 * Returns: (transfer full): an id no exercise in @library has
 */
char *
regimen_custom_exercises_new_id (RegimenLibrary *library,
                                 const char     *name)
{
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  g_autofree char *slug = NULL;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  slug = slugify (name);

  for (;;)
    {
      char suffix[SUFFIX_LENGTH + 1] = { 0 };
      g_autofree char *id = NULL;

      for (guint i = 0; i < SUFFIX_LENGTH; i++)
        suffix[i] = alphabet[g_random_int_range (0, sizeof alphabet - 1)];

      id = g_strconcat (ID_PREFIX, slug, "-", suffix, NULL);
      if (regimen_library_lookup (library, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/**
 * regimen_custom_exercises_import_picture:
 * @id: the id of the exercise the picture is for
 * @source: the file the person chose
 * @error: return location for a #GError
 *
 * Copies @source into the pictures folder as `<id>.<ext>`, so the
 * exercise keeps its picture when the original moves or goes.
 *
 * Returns: (transfer full) (nullable): the path of the copy, or %NULL
 *   with @error set when @source cannot be read or is not a picture
 */
char *
regimen_custom_exercises_import_picture (const char  *id,
                                         GFile       *source,
                                         GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *extension;
  const guchar *data;
  gsize length;

  g_return_val_if_fail (id != NULL && is_custom_id (id), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = load_picture (source, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  extension = check_picture (source, data, length, error);
  if (extension == NULL)
    return NULL;

  return write_picture (id, extension, data, length, error);
}

/* A PNG as the app makes from the picture a person chose. */
static gboolean
check_stored_png (const guchar  *data,
                  gsize          length,
                  GError       **error)
{
  guint width = 0;
  guint height = 0;

  if (g_strcmp0 (sniff_picture_extension (data, MIN (length, SNIFF_LENGTH)), "png") != 0 ||
      !read_picture_size ("png", data, length, &width, &height) ||
      width == 0 || height == 0 ||
      width > REGIMEN_PICTURE_STORED_MAX_SIDE || height > REGIMEN_PICTURE_STORED_MAX_SIDE)
    {
      g_set_error_literal (error, REGIMEN_CUSTOM_EXERCISES_ERROR, REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE,
                           _("The scaled picture is not a PNG of the expected size"));
      return FALSE;
    }

  return TRUE;
}

/**
 * regimen_custom_exercises_store_picture:
 * @id: the id of the exercise the picture is for
 * @png: a PNG picture of at most %REGIMEN_PICTURE_STORED_MAX_SIDE pixels a
 *   side, such as the app makes from the picture a person chose
 * @error: return location for a #GError
 *
 * Writes @png into the pictures folder as `<id>.png`. The core decodes no
 * pictures; the app scales the chosen one down and encodes it.
 *
 * Returns: (transfer full) (nullable): the path of the picture, or %NULL
 *   with @error set
 */
char *
regimen_custom_exercises_store_picture (const char  *id,
                                        GBytes      *png,
                                        GError     **error)
{
  const guchar *data;
  gsize length;

  g_return_val_if_fail (id != NULL && is_custom_id (id), NULL);
  g_return_val_if_fail (png != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (png, &length);
  if (!check_stored_png (data, length, error))
    return NULL;

  return write_picture (id, "png", data, length, error);
}

static char *
write_picture (const char    *id,
               const char    *extension,
               const guchar  *data,
               gsize          length,
               GError       **error)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) target = NULL;
  g_autofree char *dir_path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *target_path = NULL;

  dir = regimen_custom_exercises_get_pictures_dir ();
  dir_path = g_file_get_path (dir);

  if (!regimen_file_make_private_dir (dir_path, error))
    return NULL;

  basename = g_strdup_printf ("%s.%s", id, extension);
  target = g_file_get_child (dir, basename);
  target_path = g_file_get_path (target);

  if (!g_file_set_contents_full (target_path, (const char *) data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;

  return g_steal_pointer (&target_path);
}

/**
 * regimen_custom_exercises_add:
 * @library: a library
 * @exercise: a new custom exercise
 * @error: return location for a #GError
 *
 * Adds @exercise to @library and saves; when saving fails, @exercise is
 * taken out again so the library matches the file.
 *
 * Returns: %TRUE on success
 */
gboolean
regimen_custom_exercises_add (RegimenLibrary   *library,
                              RegimenExercise  *exercise,
                              GError          **error)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), FALSE);
  g_return_val_if_fail (regimen_exercise_get_custom (exercise), FALSE);

  if (!regimen_library_add (library, exercise, error))
    return FALSE;

  if (!regimen_custom_exercises_save (library, error))
    {
      regimen_library_remove (library, regimen_exercise_get_id (exercise), NULL);
      return FALSE;
    }

  return TRUE;
}

/* @exercise replaces itself in @library, so filtered and sorted views
 * place it anew. */
static void
announce_change (RegimenLibrary  *library,
                 RegimenExercise *exercise)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (library));

  /* Custom exercises come last, so the search starts from the end. */
  for (guint i = n_items; i > 0; i--)
    {
      g_autoptr(RegimenExercise) item = g_list_model_get_item (G_LIST_MODEL (library), i - 1);

      if (item == exercise)
        {
          g_list_model_items_changed (G_LIST_MODEL (library), i - 1, 1, 1);
          break;
        }
    }
}

/**
 * regimen_custom_exercises_update:
 * @library: a library
 * @exercise: a custom exercise of @library whose fields were just set
 * @error: return location for a #GError
 *
 * Saves, and announces the change as @exercise replacing itself in
 * @library, so filtered and sorted views place it anew.
 *
 * Returns: %TRUE when the change was saved
 */
gboolean
regimen_custom_exercises_update (RegimenLibrary   *library,
                                 RegimenExercise  *exercise,
                                 GError          **error)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), FALSE);
  g_return_val_if_fail (regimen_library_lookup (library, regimen_exercise_get_id (exercise)) == exercise, FALSE);

  announce_change (library, exercise);

  return regimen_custom_exercises_save (library, error);
}

/**
 * regimen_custom_exercises_remove:
 * @library: a library
 * @id: the id of a custom exercise
 * @error: return location for a #GError
 *
 * Removes the exercise, saves, and deletes its picture. Plans that use it
 * keep its id; the checker reports it as unknown.
 *
 * Returns: %TRUE on success
 */
gboolean
regimen_custom_exercises_remove (RegimenLibrary  *library,
                                 const char      *id,
                                 GError         **error)
{
  g_autoptr(RegimenExercise) exercise = NULL;
  RegimenExercise *found;
  const char *picture;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  found = regimen_library_lookup (library, id);
  if (found == NULL || !regimen_exercise_get_custom (found))
    return regimen_library_remove (library, id, error);

  /* Held past its removal, to put it back or to delete its picture. */
  exercise = g_object_ref (found);

  if (!regimen_library_remove (library, id, error))
    return FALSE;

  if (!regimen_custom_exercises_save (library, error))
    {
      regimen_library_add (library, exercise, NULL);
      return FALSE;
    }

  /* The picture goes with the exercise, unless another entry uses the
   * same file (one edited by hand, say). */
  picture = regimen_exercise_get_picture (exercise);
  if (picture != NULL)
    {
      gboolean shared = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)) && !shared; i++)
        {
          g_autoptr(RegimenExercise) other = g_list_model_get_item (G_LIST_MODEL (library), i);

          shared = g_strcmp0 (regimen_exercise_get_picture (other), picture) == 0;
        }

      if (!shared)
        g_remove (picture);
    }

  return TRUE;
}

/* Changes written on a worker */

/* The fields a person edits, and the members kept unread, from @from. */
static void
copy_fields (RegimenExercise *to,
             RegimenExercise *from)
{
  regimen_exercise_set_name (to, from->name);
  regimen_exercise_set_category (to, from->category);
  regimen_exercise_set_level (to, from->level);
  regimen_exercise_set_hiit_fit (to, from->hiit_fit);
  regimen_exercise_set_primary_muscles (to, (const char * const *) from->primary_muscles);
  regimen_exercise_set_secondary_muscles (to, (const char * const *) from->secondary_muscles);
  regimen_exercise_set_equipment (to, (const char * const *) from->equipment);
  regimen_exercise_set_instructions (to, from->setup, from->movement, from->breathing);
  regimen_exercise_set_cues (to, (const char * const *) from->cues);
  regimen_exercise_set_prescription (to, &from->prescription);
  regimen_exercise_set_picture (to, from->picture);
  if (to->extra != from->extra)
    {
      g_clear_pointer (&to->extra, json_object_unref);
      to->extra = from->extra != NULL ? json_object_ref (from->extra) : NULL;
    }
}

/**
 * regimen_custom_exercises_copy:
 * @exercise: a custom exercise
 *
 * A copy to edit and hand to regimen_custom_exercises_update_async(): the
 * exercise in the library changes only once the change is written.
 *
 * Returns: (transfer full): a custom exercise of the same id and fields
 */
RegimenExercise *
regimen_custom_exercises_copy (RegimenExercise *exercise)
{
  RegimenExercise *copy;

  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (regimen_exercise_get_custom (exercise), NULL);

  copy = regimen_exercise_new_custom (exercise->id, exercise->name, exercise->category);
  copy_fields (copy, exercise);
  return copy;
}

/* One writer for the file, whichever library asks: a change waits for
 * the one before it to land, and its text is taken only then, so each
 * text holds every change written before it. Main thread only. */
static GQueue pending_changes = G_QUEUE_INIT;
static gboolean change_writing;

static void start_next_change (void);

/* Whether an exercise of @library other than the one of id @except has
 * the picture @path. */
static gboolean
picture_used_elsewhere (RegimenLibrary *library,
                        const char     *path,
                        const char     *except)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(RegimenExercise) other = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (g_strcmp0 (regimen_exercise_get_id (other), except) != 0 &&
          g_strcmp0 (regimen_exercise_get_picture (other), path) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether anything is at @path already: a folder, or a file that no
 * entry of this library names, such as the new picture another Regimen
 * on the same data folder is putting in place. A new picture takes
 * another name rather than fail (“Is a directory”) or replace it. */
static gboolean
picture_name_taken (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

/* The pending copy of a new picture as Regimen named it before it wrote
 * pictures with the atomic writer, “.NAME.new”, and the temporary file
 * g_file_set_contents() made of it, that name with a dot and six random
 * characters after it: a change killed on the way left them, and no
 * entry can name them (a leading dot). */
static gboolean
is_old_pending_picture (const char *name)
{
  const char *last_dot = strrchr (name, '.');

  if (name[0] != '.')
    return FALSE;
  if (g_str_has_suffix (name, ".png.new"))
    return TRUE;
  return last_dot != NULL && strlen (last_dot) == 7 && last_dot - name >= 9 &&
         strncmp (last_dot - 8, ".png.new", 8) == 0;
}

static void
remove_old_pending_pictures (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      if (is_old_pending_picture (name))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_remove (path);
        }
    }
}

/* On the main thread, when @change's turn comes: checks it against the
 * library as it is now and takes its text. */
static gboolean
prepare_change (Change  *change,
                GError **error)
{
  RegimenExercise *current = regimen_library_lookup (change->library, change->id);
  const char *old_picture = NULL;
  const char *new_picture = NULL;

  switch (change->kind)
    {
    case CHANGE_ADD:
      if (current != NULL)
        {
          g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_DUPLICATE_ID,
                       /* Translators: %s (first) is an exercise name, the second an exercise id */
                       _("%s: another exercise already has the id “%s”"),
                       /* As the library names it: a name of only a zero-width
                        * space or bidi marks read as a blank here. */
                       regimen_exercise_get_display_name (change->exercise), change->id);
          return FALSE;
        }
      break;

    case CHANGE_UPDATE:
      if (current == NULL || !regimen_exercise_get_custom (current))
        {
          g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_UNKNOWN_ID,
                       /* Translators: %s is an exercise id */
                       _("No exercise has the id “%s”"), change->id);
          return FALSE;
        }
      old_picture = regimen_exercise_get_picture (current);
      /* An edit that keeps the picture keeps the one the exercise has
       * now: a change that landed since the editor copied it (in another
       * window) gave it a new one, under a new name, and the old name
       * would have the new picture deleted as no longer named. */
      if (change->png == NULL && regimen_exercise_get_picture (change->exercise) != NULL)
        regimen_exercise_set_picture (change->exercise, old_picture);
      break;

    case CHANGE_REMOVE:
      /* Unknown or built-in: the library says which, and nothing changes. */
      if (current == NULL || !regimen_exercise_get_custom (current))
        return regimen_library_remove (change->library, change->id, error);
      old_picture = regimen_exercise_get_picture (current);
      break;

    default:
      g_assert_not_reached ();
    }

  if (change->png != NULL)
    {
      g_autoptr(GFile) dir = regimen_custom_exercises_get_pictures_dir ();
      g_autofree char *basename = g_strdup_printf ("%s.png", change->id);
      g_autoptr(GFile) file = g_file_get_child (dir, basename);

      change->png_path = g_file_get_path (file);
      /* The new picture never takes the name of the one it replaces: it
       * is put in place before the text names it, and a change killed or
       * refused on the way leaves the picture the file names whole. Nor
       * that of a picture another entry names (copied by hand to make a
       * variant): “ID.png”, else “ID-2.png” or the first such name free. */
      for (guint n = 2;
           g_strcmp0 (change->png_path, old_picture) == 0 ||
           picture_used_elsewhere (change->library, change->png_path, change->id) ||
           picture_name_taken (change->png_path);
           n++)
        {
          g_autofree char *other_name = g_strdup_printf ("%s-%u.png", change->id, n);
          g_autoptr(GFile) other = g_file_get_child (dir, other_name);

          g_free (change->png_path);
          change->png_path = g_file_get_path (other);
        }
      regimen_exercise_set_picture (change->exercise, change->png_path);
    }

  if (change->exercise != NULL)
    new_picture = regimen_exercise_get_picture (change->exercise);

  /* The picture goes with the exercise, or with the picture that replaced
   * it, unless another entry uses the same file (one edited by hand). */
  change->unused_pictures = g_ptr_array_new_with_free_func (g_free);
  if (old_picture != NULL && g_strcmp0 (old_picture, new_picture) != 0 &&
      !picture_used_elsewhere (change->library, old_picture, change->id))
    g_ptr_array_add (change->unused_pictures, g_strdup (old_picture));

  {
    DiskText *disk = g_object_get_qdata (G_OBJECT (change->library), disk_text_quark ());

    change->disk_known = disk != NULL;
    change->disk_text = disk != NULL && disk->text != NULL ? g_bytes_ref (disk->text) : NULL;
    change->disk_members = disk != NULL && disk->members != NULL ? json_object_ref (disk->members) : NULL;
  }
  change->entries = take_entries (change->library, change, change->disk_members);
  return TRUE;
}

static void
change_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Change *change = task_data;
  GError *error = NULL;

  change->text = build_checked_text (change->entries, &change->length, &error);
  if (change->text == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The new picture takes its own name, one nothing has, before the text
   * names it: killed at any point, the file names only pictures that are
   * whole. Renamed after the text, a kill in between left an exercise
   * naming a picture that was not there, the picture lost beside it. The
   * atomic writer puts it in place under a temporary name of its own
   * (two processes once shared “.NAME.new”, one's picture under the
   * other's name) and never over a file that appeared at that name
   * meanwhile. A change that is refused (the file changed by another
   * program, a full disk) removes it again; the picture the file names
   * stays as it was. */
  if (change->png != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (change->png_path);
      const guchar *data;
      gsize length;

      data = g_bytes_get_data (change->png, &length);
      if (!check_stored_png (data, length, &error) ||
          !regimen_file_make_private_dir (dir, &error))
        {
          g_task_return_error (task, error);
          return;
        }

      remove_old_pending_pictures (dir);
      if (!regimen_file_replace (change->png_path, data, length,
                                 REGIMEN_FILE_WRITE_PRIVATE | REGIMEN_FILE_WRITE_NO_REPLACE, NULL, &error))
        {
          g_autofree char *name = g_filename_display_name (change->png_path);

          g_task_return_new_error (task, G_IO_ERROR, error->code,
                                   /* Translators: %s (first) is a file, the second says why */
                                   _("The picture could not be stored as %s: %s"),
                                   name, error->message);
          g_error_free (error);
          return;
        }
    }

  if (!write_text (change->text, change->length, change->disk_known, change->disk_text, &error))
    {
      if (change->png != NULL)
        g_remove (change->png_path);
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; i < change->unused_pictures->len; i++)
    g_remove (g_ptr_array_index (change->unused_pictures, i));

  g_task_return_boolean (task, TRUE);
}

/* Back on the main thread, the file written: the library follows. */
static void
apply_change (Change *change)
{
  RegimenExercise *current = regimen_library_lookup (change->library, change->id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = g_bytes_new (change->text, change->length);

  remember_disk_text (change->library, written, change->disk_members);

  switch (change->kind)
    {
    case CHANGE_ADD:
      if (!regimen_library_add (change->library, change->exercise, &error))
        g_warning ("%s", error->message);
      break;

    case CHANGE_UPDATE:
      copy_fields (current, change->exercise);
      announce_change (change->library, current);
      break;

    case CHANGE_REMOVE:
      regimen_library_remove (change->library, change->id, NULL);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
on_change_written (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  Change *change = g_task_get_task_data (outer);
  GError *error = NULL;

  change_writing = FALSE;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      apply_change (change);
      g_task_return_boolean (outer, TRUE);
    }
  else
    g_task_return_error (outer, error);

  start_next_change ();
  regimen_release_application ();
}

static void
start_next_change (void)
{
  while (!change_writing && !g_queue_is_empty (&pending_changes))
    {
      g_autoptr(GTask) outer = g_queue_pop_head (&pending_changes);
      g_autoptr(GTask) task = NULL;
      GError *error = NULL;

      if (!prepare_change (g_task_get_task_data (outer), &error))
        {
          g_task_return_error (outer, error);
          regimen_release_application ();
          continue;
        }

      change_writing = TRUE;
      task = g_task_new (NULL, NULL, on_change_written, g_object_ref (outer));
      g_task_set_source_tag (task, start_next_change);
      g_task_set_task_data (task, g_task_get_task_data (outer), NULL);
      g_task_run_in_thread (task, change_thread);
    }
}

/* Queues a change of @kind of the exercise @id (with @exercise and @png
 * as Change describes them) behind those already asked for. */
static void
queue_change (ChangeKind           kind,
              RegimenLibrary      *library,
              const char          *id,
              RegimenExercise     *exercise,
              GBytes              *png,
              GAsyncReadyCallback  callback,
              gpointer             user_data,
              gpointer             source_tag)
{
  Change *change = g_new0 (Change, 1);
  GTask *task = g_task_new (library, NULL, callback, user_data);

  change->kind = kind;
  change->library = g_object_ref (library);
  change->id = g_strdup (id);
  change->exercise = exercise != NULL ? g_object_ref (exercise) : NULL;
  change->png = png != NULL ? g_bytes_ref (png) : NULL;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, change, (GDestroyNotify) change_free);
  regimen_hold_application ();
  g_queue_push_tail (&pending_changes, task);
  start_next_change ();
}

/**
 * regimen_custom_exercises_add_async:
 * @library: a library
 * @exercise: a new custom exercise, not in @library
 * @png: (nullable): a picture for it, a PNG as the app makes from the
 *   one the person chose, kept as `<id>.png` in the pictures folder
 * @callback: called on the main context once written, or not
 * @user_data: data for @callback
 *
 * Writes the person's exercises with @exercise added, on a worker, and
 * adds it to @library once the file holds it (`items-changed`). Changes
 * are written one at a time, in the order they were asked for: the
 * file's text is taken from @library when the change's turn comes, so it
 * holds every change written before it. A change is never cancelled, and
 * the default application is held until it is written.
 */
void
regimen_custom_exercises_add_async (RegimenLibrary      *library,
                                    RegimenExercise     *exercise,
                                    GBytes              *png,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY (library));
  g_return_if_fail (REGIMEN_IS_EXERCISE (exercise));
  g_return_if_fail (regimen_exercise_get_custom (exercise));

  queue_change (CHANGE_ADD, library, regimen_exercise_get_id (exercise), exercise, png,
                callback, user_data, regimen_custom_exercises_add_async);
}

/**
 * regimen_custom_exercises_update_async:
 * @library: a library
 * @edited: a copy (regimen_custom_exercises_copy()) of a custom exercise
 *   of @library, with the fields changed; its picture is the one to keep,
 *   or %NULL for none, unless @png gives a new one
 * @png: (nullable): a new picture, as for regimen_custom_exercises_add_async()
 * @callback: called on the main context once written, or not
 * @user_data: data for @callback
 *
 * Writes the person's exercises with the exercise of @edited's id
 * changed, on a worker; once written, that exercise (the same object,
 * so plans and views keep it) takes @edited's fields and @library
 * announces it as replacing itself, so filtered and sorted views place
 * it anew. A picture no entry uses any more is deleted. As
 * regimen_custom_exercises_add_async() otherwise.
 */
void
regimen_custom_exercises_update_async (RegimenLibrary      *library,
                                       RegimenExercise     *edited,
                                       GBytes              *png,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY (library));
  g_return_if_fail (REGIMEN_IS_EXERCISE (edited));
  g_return_if_fail (regimen_exercise_get_custom (edited));
  g_return_if_fail (regimen_library_lookup (library, regimen_exercise_get_id (edited)) != edited);

  queue_change (CHANGE_UPDATE, library, regimen_exercise_get_id (edited), edited, png,
                callback, user_data, regimen_custom_exercises_update_async);
}

/**
 * regimen_custom_exercises_remove_async:
 * @library: a library
 * @id: the id of a custom exercise
 * @callback: called on the main context once written, or not
 * @user_data: data for @callback
 *
 * Writes the person's exercises without the exercise @id, on a worker,
 * then deletes its picture unless another entry uses it, and removes it
 * from @library. Plans that use it keep its id; the checker reports it
 * as unknown. As regimen_custom_exercises_add_async() otherwise.
 */
void
regimen_custom_exercises_remove_async (RegimenLibrary      *library,
                                       const char          *id,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY (library));
  g_return_if_fail (id != NULL);

  queue_change (CHANGE_REMOVE, library, id, NULL, NULL,
                callback, user_data, regimen_custom_exercises_remove_async);
}

/**
 * regimen_custom_exercises_change_finish:
 * @library: the library given to the call
 * @result: the result passed to the callback of
 *   regimen_custom_exercises_add_async(), _update_async() or
 *   _remove_async()
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the file holds the change and @library shows it;
 *   %FALSE with @error set, the file and @library as they were
 */
gboolean
regimen_custom_exercises_change_finish (RegimenLibrary  *library,
                                        GAsyncResult    *result,
                                        GError         **error)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, library), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
