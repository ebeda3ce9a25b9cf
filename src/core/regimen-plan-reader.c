/* regimen-plan-reader.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan-reader"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-file-util.h"
#include "regimen-id.h"
#include "regimen-json-check.h"
#include "regimen-json-read.h"
#include "regimen-plan-blocks.h"
#include "regimen-plan-private.h"
#include "regimen-plan-reader.h"
#include "regimen-plan-writer.h"
#include "regimen-weekday.h"

/* The plan's reading state: the shared member reader (regimen-json-read.c)
 * with the plan's error codes. */
typedef struct
{
  RegimenJsonReader json;
  /* Ids: the file's text, whose digest seeds the ids made for sessions
   * and items without one (computed only when there are such), every id
   * seen (id → its JSON path; the ids are the parsed tree's strings or
   * in @strings, the paths in @strings), and those that had none, with
   * their paths. */
  const char   *data;
  gsize         length;
  GHashTable   *ids;
  GStringChunk *strings;
  GPtrArray    *without_id;
  GPtrArray    *without_id_paths;
  /* What a session's items, a day's sessions and the plan's weeks are
   * read into (owning them), to join their list in one change. */
  GPtrArray    *items;
  GPtrArray    *sessions;
  GPtrArray    *weeks;
} Reader;

G_DEFINE_QUARK (regimen-plan-error-quark, regimen_plan_error)

static const int plan_error_codes[REGIMEN_JSON_READ_N_PROBLEMS] = {
  [REGIMEN_JSON_READ_TYPE] = REGIMEN_PLAN_ERROR_TYPE,
  [REGIMEN_JSON_READ_MISSING] = REGIMEN_PLAN_ERROR_MISSING,
  [REGIMEN_JSON_READ_RANGE] = REGIMEN_PLAN_ERROR_RANGE,
  [REGIMEN_JSON_READ_VALUE] = REGIMEN_PLAN_ERROR_VALUE,
};

static gboolean fail (Reader     *reader,
                      int         code,
                      const char *format,
                      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Reader     *reader,
      int         code,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  regimen_json_reader_failv (&reader->json, code, format, args);
  va_end (args);

  return FALSE;
}

static gsize
path_push_member (Reader     *reader,
                  const char *name)
{
  return regimen_json_reader_push_member (&reader->json, name);
}

static gsize
path_push_index (Reader *reader,
                 guint   index)
{
  return regimen_json_reader_push_index (&reader->json, index);
}

static void
path_pop (Reader *reader,
          gsize   mark)
{
  regimen_json_reader_pop (&reader->json, mark);
}

/* g_utf8_validate() of @data, which is mostly ASCII: eight bytes at a
 * time while they are ASCII, and each run of other bytes validated on its
 * own (an ASCII byte is never part of a longer sequence, so the text is
 * valid when every such run is, and the first bad byte is in the first
 * bad run). */
static gboolean
utf8_validate (const char  *data,
               gsize        length,
               const char **out_invalid)
{
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      const char *run;

      while (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, 8);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
          p += 8;
        }

      while (p < end && (guchar) *p < 0x80)
        p++;

      run = p;
      while (p < end && (guchar) *p >= 0x80)
        p++;

      if (p > run && !g_utf8_validate_len (run, p - run, out_invalid))
        return FALSE;
    }

  return TRUE;
}

/* The line and column (in characters, from 1) of @at in @data, as the
 * JSON check counts them, for a message to say where a bad byte is: a
 * byte-order mark, which the check reads past, is not a column. */
static void
locate_byte (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  const char *line_start = data;

  if (at - data >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    line_start = data + 3;

  regimen_json_locate (line_start, at, line, column);
}

/* Checks the raw bytes before json-glib sees them, so that a hostile file
 * cannot make the parser recurse without bound, and json-glib reads only
 * strict JSON (see regimen-json-check.c). */
static gboolean
check_raw (const char  *data,
           gsize        length,
           GError     **error)
{
  RegimenJsonProblem problem;
  const char *invalid = NULL;
  const char *nul;
  gboolean blank = TRUE;
  guint line, column;

  /* Sizes and offsets are formatted apart from the messages, which then
   * carry a plain %s that translators see whole. */
  if (length > REGIMEN_PLAN_MAX_SIZE)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, length);

      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE,
                   _("The file is too large for a plan (%s bytes; at most %d are allowed)."),
                   size, REGIMEN_PLAN_MAX_SIZE);
      return FALSE;
    }

  /* A byte order mark of UTF-16 or UTF-32, as Notepad's “Unicode” and
   * other editors save a file: named as such, where the plan was said to
   * hold a NUL byte at its fourth column, past the first byte not UTF-8. */
  if (regimen_json_has_wide_bom (data, length))
    {
      g_set_error_literal (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_ENCODING,
                           /* Translators: Windows Notepad's “Unicode” encoding saves so */
                           _("The file is UTF-16 or UTF-32 text, not UTF-8; save it as UTF-8 (a plan is plain UTF-8 text)."));
      return FALSE;
    }

  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (nul - data));

      locate_byte (data, nul, &line, &column);
      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_ENCODING,
                   /* Translators: the line and column in the file, then the offset in bytes */
                   _("The file contains a NUL byte at line %u, column %u (offset %s); a plan is plain UTF-8 text."),
                   line, column, offset);
      return FALSE;
    }

  if (!utf8_validate (data, length, &invalid))
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (invalid - data));

      locate_byte (data, invalid, &line, &column);
      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_ENCODING,
                   /* Translators: the line and column in the file, then the offset in bytes */
                   _("The file is not valid UTF-8 text (bad byte at line %u, column %u; offset %s)."),
                   line, column, offset);
      return FALSE;
    }

  /* A byte order mark is allowed but carries nothing. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  for (gsize i = 0; i < length && blank; i++)
    blank = g_ascii_isspace (data[i]);

  if (blank)
    {
      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_SYNTAX,
                   _("The file is empty; a plan is a JSON object."));
      return FALSE;
    }

  if (regimen_json_check_valid_utf8 (data, length, REGIMEN_PLAN_MAX_DEPTH, &problem))
    return TRUE;

  switch (problem.kind)
    {
    case REGIMEN_JSON_PROBLEM_SYNTAX:
      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_SYNTAX,
                   _("Line %u, column %u: the text is not valid JSON (%s)."),
                   problem.line, problem.column, problem.message);
      break;

    case REGIMEN_JSON_PROBLEM_TOO_DEEP:
      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_DEEP,
                   /* Translators: the last %s says what is wrong */
                   _("Line %u, column %u: %s."),
                   problem.line, problem.column, problem.message);
      break;

    case REGIMEN_JSON_PROBLEM_RANGE:
    case REGIMEN_JSON_PROBLEM_TEXT:
    case REGIMEN_JSON_PROBLEM_TOO_MANY:
    case REGIMEN_JSON_PROBLEM_DUPLICATE:
    default:
      g_set_error (error, REGIMEN_PLAN_ERROR,
                   problem.kind == REGIMEN_JSON_PROBLEM_RANGE ? REGIMEN_PLAN_ERROR_RANGE :
                   problem.kind == REGIMEN_JSON_PROBLEM_TOO_MANY ? REGIMEN_PLAN_ERROR_TOO_LARGE :
                   problem.kind == REGIMEN_JSON_PROBLEM_DUPLICATE ? REGIMEN_PLAN_ERROR_VALUE
                                                                  : REGIMEN_PLAN_ERROR_ENCODING,
                   /* Translators: the first %s is a JSON path, the second what is
                    * wrong there, then the line and column in the file */
                   _("At %s: %s (line %u, column %u)."),
                   problem.path, problem.message, problem.line, problem.column);
      break;
    }

  regimen_json_problem_clear (&problem);
  return FALSE;
}

static gboolean
check_finite (Reader   *reader,
              JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            gsize mark = path_push_member (reader, name);

            if (!check_finite (reader, member))
              return FALSE;

            path_pop (reader, mark);
          }
      }
      return TRUE;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        for (guint i = 0; i < n; i++)
          {
            gsize mark = path_push_index (reader, i);

            if (!check_finite (reader, json_array_get_element (array, i)))
              return FALSE;

            path_pop (reader, mark);
          }
      }
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE &&
          !isfinite (json_node_get_double (node)))
        return fail (reader, REGIMEN_PLAN_ERROR_RANGE, _("the number is too large."));
      return TRUE;

    case JSON_NODE_NULL:
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* Keeps the members not in @known, in file order, as the parsed nodes,
 * shared rather than copied and sealed so that nothing changes them (the
 * parser's tree is not immutable as a whole: sealing every object costs
 * a hash of each, 4 % of a parse); NULL when there are none. */
static gboolean
collect_unknown (Reader             *reader,
                 JsonObject         *object,
                 const char * const *known,
                 JsonObject        **out_extra)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      gsize mark;

      if (g_strv_contains (known, name))
        continue;

      mark = path_push_member (reader, name);
      if (!check_finite (reader, node))
        return FALSE;
      path_pop (reader, mark);

      if (extra == NULL)
        extra = json_object_new ();

      json_node_seal (node);
      json_object_set_member (extra, name, json_node_ref (node));
    }

  *out_extra = g_steal_pointer (&extra);

  return TRUE;
}

/* An object's members sorted in one pass over them into the places of
 * its known names (the reader's `known` list, whose order the caller's
 * enum follows), instead of a hash lookup for each known name, present
 * or not, and another pass for the unknown ones. */
#define MAX_KNOWN 16

typedef struct
{
  JsonObject         *object;
  const char * const *known;
  JsonNode           *nodes[MAX_KNOWN];
  guint               n_unknown;
} Members;

static void
sort_members (Members            *members,
              JsonObject         *object,
              const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  memset (members->nodes, 0, sizeof members->nodes);
  members->object = object;
  members->known = known;
  members->n_unknown = 0;

  /* In any order: the ordered walk looks each member up by name. */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      guint i;

      for (i = 0; known[i] != NULL; i++)
        if (known[i][0] == name[0] && strcmp (known[i], name) == 0)
          break;

      if (known[i] != NULL)
        {
          g_assert (i < MAX_KNOWN);
          members->nodes[i] = node;
        }
      else
        members->n_unknown++;
    }
}

/* collect_unknown() of the sorted object: nothing to walk when every
 * member was known. */
static gboolean
collect_unknown_members (Reader      *reader,
                         Members     *members,
                         JsonObject **out_extra)
{
  if (members->n_unknown == 0)
    {
      *out_extra = NULL;
      return TRUE;
    }

  return collect_unknown (reader, members->object, members->known, out_extra);
}

static gboolean
member_string (Reader      *reader,
               Members     *members,
               guint        which,
               gboolean     required,
               const char **out_value)
{
  return regimen_json_reader_read_string_node (&reader->json, members->nodes[which],
                                               members->known[which], required, out_value);
}

static gboolean
member_uint (Reader  *reader,
             Members *members,
             guint    which,
             gboolean required,
             guint    min,
             guint    max,
             guint   *out_value)
{
  return regimen_json_reader_read_uint_node (&reader->json, members->nodes[which],
                                             members->known[which], required, min, max, out_value);
}

static gboolean
member_double (Reader  *reader,
               Members *members,
               guint    which,
               double   min,
               double   max,
               double  *out_value)
{
  return regimen_json_reader_read_double_node (&reader->json, members->nodes[which],
                                               members->known[which], min, max, out_value);
}

static gboolean
member_boolean (Reader   *reader,
                Members  *members,
                guint     which,
                gboolean *out_value)
{
  return regimen_json_reader_read_boolean_node (&reader->json, members->nodes[which],
                                                members->known[which], out_value);
}

static JsonArray *
member_array (Reader   *reader,
              Members  *members,
              guint     which,
              gboolean  required,
              guint     max_length,
              gboolean *failed)
{
  return regimen_json_reader_read_array_node (&reader->json, members->nodes[which],
                                              members->known[which], required, max_length, failed);
}

static gboolean
expect_type (Reader       *reader,
             JsonNode     *node,
             JsonNodeType  type)
{
  return regimen_json_reader_expect_type (&reader->json, node, type);
}

static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *name,
             gboolean     required,
             const char **out_value)
{
  return regimen_json_reader_read_string (&reader->json, object, name, required, out_value);
}

static gboolean
read_uint (Reader     *reader,
           JsonObject *object,
           const char *name,
           gboolean    required,
           guint       min,
           guint       max,
           guint      *out_value)
{
  return regimen_json_reader_read_uint (&reader->json, object, name, required, min, max, out_value);
}

static gboolean
read_double (Reader     *reader,
             JsonObject *object,
             const char *name,
             double      min,
             double      max,
             double     *out_value)
{
  return regimen_json_reader_read_double (&reader->json, object, name, min, max, out_value);
}

static gboolean
read_boolean (Reader     *reader,
              JsonObject *object,
              const char *name,
              gboolean   *out_value)
{
  return regimen_json_reader_read_boolean (&reader->json, object, name, out_value);
}

static JsonArray *
read_array (Reader     *reader,
            JsonObject *object,
            const char *name,
            gboolean    required,
            guint       max_length,
            gboolean   *failed)
{
  return regimen_json_reader_read_array (&reader->json, object, name, required, max_length, failed);
}

/* The "id" of a session or an item, checked and taken into the table of
 * ids; *out_id is NULL when there is none (see without_id()). */
static gboolean
read_id (Reader      *reader,
         JsonNode    *node,
         const char **out_id)
{
  const char *id;
  const char *used = NULL;
  const char *first = NULL;

  if (!regimen_json_reader_read_string_node (&reader->json, node, "id", FALSE, &id))
    return FALSE;

  *out_id = id;
  if (id == NULL)
    return TRUE;

  if (!regimen_id_is_valid (id))
    {
      path_push_member (reader, "id");
      return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                   _("“%s” is not an id; use 1 to %d letters, digits, - or _."),
                   id, REGIMEN_ID_MAX_LENGTH);
    }

  if (g_hash_table_lookup_extended (reader->ids, id, (gpointer *) &used, (gpointer *) &first) &&
      strcmp (used, id) != 0)
    {
      path_push_member (reader, "id");
      /* Translators: the last %s is a JSON path such as $.weeks[0].days[0].sessions[0] */
      return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                   _("the id “%s” differs only in case from “%s” at %s, which calendars take for the same; each session and exercise needs its own."),
                   id, used, first);
    }
  if (first != NULL)
    {
      path_push_member (reader, "id");
      /* Translators: the last %s is a JSON path such as $.weeks[0].days[0].sessions[0] */
      return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                   _("the id “%s” is already used at %s; each session and exercise needs its own."),
                   id, first);
    }

  g_hash_table_insert (reader->ids, (gpointer) id,
                       g_string_chunk_insert_len (reader->strings, reader->json.path->str,
                                                  reader->json.path->len));

  return TRUE;
}

/* Ids are one id whatever their case: a session's id is its calendar
 * event's UID, and a CalDAV store that compares UIDs without case (as
 * many do) merged the events of “Squat” and “squat”. */
static guint
id_hash (gconstpointer key)
{
  guint hash = 5381;

  for (const char *p = key; *p != '\0'; p++)
    hash = hash * 33 + (guchar) g_ascii_tolower (*p);

  return hash;
}

static gboolean
id_equal (gconstpointer a,
          gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

/* A session or an item (@owner, at the reader's path) the file gave no
 * id gets one when the whole plan has been read (assign_missing_ids()). */
static void
without_id (Reader  *reader,
            GObject *owner)
{
  g_ptr_array_add (reader->without_id, g_object_ref (owner));
  g_ptr_array_add (reader->without_id_paths, g_strdup (reader->json.path->str));
}

/* Sessions and items the file gave no id get one made from the file's
 * digest and their place, so that reading the same file again gives the
 * same ids; it is written with the next save. */
static void
assign_missing_ids (Reader *reader)
{
  g_autofree char *seed = NULL;

  if (reader->without_id->len == 0)
    return;

  seed = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) reader->data, reader->length);

  for (guint i = 0; i < reader->without_id->len; i++)
    {
      GObject *owner = g_ptr_array_index (reader->without_id, i);
      const char *place = g_ptr_array_index (reader->without_id_paths, i);
      g_autofree char *id = NULL;

      for (guint attempt = 0; id == NULL || g_hash_table_contains (reader->ids, id); attempt++)
        {
          g_free (id);
          id = regimen_id_derive (seed, place, attempt);
        }

      if (REGIMEN_IS_SESSION (owner))
        regimen_session_set_id (REGIMEN_SESSION (owner), id);
      else
        regimen_item_set_id (REGIMEN_ITEM (owner), id);
      regimen_plan_mark_id_made (owner);

      g_hash_table_insert (reader->ids, g_string_chunk_insert (reader->strings, id), (gpointer) place);
    }
}

static gboolean
read_interval (Reader            *reader,
               JsonNode          *node,
               RegimenInterval  **out_interval)
{
  enum { WORK, REST, ROUNDS };
  static const char * const known[] = { "work_seconds", "rest_seconds", "rounds", NULL };
  g_autoptr(RegimenInterval) interval = regimen_interval_new (0, 0, 0);
  Members members;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return FALSE;

  sort_members (&members, json_node_get_object (node), known);

  if (!member_uint (reader, &members, WORK, TRUE,
                    REGIMEN_SECONDS_MIN, REGIMEN_SECONDS_MAX, &interval->work_seconds) ||
      /* 0: round after round without rest, as an exercise's interval
       * may be prescribed and the item editor sets it. */
      !member_uint (reader, &members, REST, TRUE,
                    0, REGIMEN_SECONDS_MAX, &interval->rest_seconds) ||
      !member_uint (reader, &members, ROUNDS, TRUE,
                    REGIMEN_ROUNDS_MIN, REGIMEN_ROUNDS_MAX, &interval->rounds) ||
      !collect_unknown_members (reader, &members, &interval->extra))
    return FALSE;

  *out_interval = g_steal_pointer (&interval);

  return TRUE;
}

/* An item's "progression" (docs/plan-format.md): what each kind of rule
 * needs is required, the members of the other kinds are unknown ones. */
static gboolean
read_progression (Reader              *reader,
                  JsonNode            *node,
                  RegimenProgression **out_progression)
{
  static const char * const add_known[] = { "rule", "weeks", "member", "step", "up_to", NULL };
  static const char * const chain_known[] = { "rule", "weeks", "every_weeks", NULL };
  static const char * const repeat_known[] = { "rule", "weeks", NULL };
  g_autoptr(RegimenProgression) progression = NULL;
  RegimenProgressionRule rule;
  JsonObject *object;
  const char *rule_word;
  const char * const *known;
  guint weeks = 0;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return FALSE;

  object = json_node_get_object (node);

  if (!read_string (reader, object, "rule", TRUE, &rule_word))
    return FALSE;

  if (!regimen_progression_rule_from_string (rule_word, &rule))
    {
      path_push_member (reader, "rule");
      return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                   _("“%s” is not a progression rule; use add, chain or repeat."), rule_word);
    }

  if (!read_uint (reader, object, "weeks", TRUE,
                  REGIMEN_PROGRESSION_WEEKS_MIN, REGIMEN_PROGRESSION_WEEKS_MAX, &weeks))
    return FALSE;

  progression = regimen_progression_new (rule, weeks);

  if (rule == REGIMEN_PROGRESSION_ADD)
    {
      const char *member;
      double min, max;
      gboolean whole;
      double step = 0;
      gsize mark;

      known = add_known;

      if (!read_string (reader, object, "member", TRUE, &member))
        return FALSE;

      if (!regimen_progression_quantity_from_string (member, &progression->quantity))
        {
          path_push_member (reader, "member");
          return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                       _("“%s” cannot be progressed; use load_percent_1rm, load_kg, sets, reps, hold_seconds or rounds."),
                       member);
        }

      regimen_progression_quantity_range (progression->quantity, &min, &max, &whole);

      if (json_object_get_member (object, "step") == NULL)
        return fail (reader, REGIMEN_PLAN_ERROR_MISSING,
                     _("the required member “%s” is missing."), "step");

      if (!read_double (reader, object, "step", 0, max, &step) ||
          !read_double (reader, object, "up_to", 0, max, &progression->cap))
        return FALSE;

      progression->step = step;

      mark = path_push_member (reader, "step");
      if (step <= 0)
        return fail (reader, REGIMEN_PLAN_ERROR_RANGE, _("must be more than 0."));
      /* A step no rule says back (1e-310, a denormal) is refused, where
       * it was taken and said “add 0 % 1RM”. */
      if (step < REGIMEN_PROGRESSION_STEP_MIN)
        {
          g_autofree char *written = regimen_json_format_number (step);

          return fail (reader, REGIMEN_PLAN_ERROR_RANGE,
                       /* Translators: a step too small to be said back; %s is the step */
                       _("a step must be at least 0.000001, six decimals, as many as a rule is said back with, "
                         "not %s."),
                       written);
        }
      if (progression->quantity == REGIMEN_PROGRESSION_LOAD_KG && step < REGIMEN_PROGRESSION_LOAD_KG_STEP_MIN)
        {
          g_autofree char *written = regimen_json_format_number (step);

          return fail (reader, REGIMEN_PLAN_ERROR_RANGE,
                       /* Translators: a step of load_kg too small to be shown; %s is the step */
                       _("a step of load_kg must be at least 0.01, the least load a text shows, not %s."),
                       written);
        }
      if (whole && step != floor (step))
        {
          g_autofree char *written = regimen_json_format_number (step);

          return fail (reader, REGIMEN_PLAN_ERROR_VALUE, _("%s takes whole steps, not %s."), member, written);
        }
      path_pop (reader, mark);

      mark = path_push_member (reader, "up_to");
      if (json_object_get_member (object, "up_to") != NULL && progression->cap <= 0)
        return fail (reader, REGIMEN_PLAN_ERROR_RANGE, _("must be more than 0."));
      if (whole && progression->cap != floor (progression->cap))
        {
          g_autofree char *written = regimen_json_format_number (progression->cap);

          return fail (reader, REGIMEN_PLAN_ERROR_VALUE, _("%s takes whole steps, not %s."), member, written);
        }
      path_pop (reader, mark);
    }
  else if (rule == REGIMEN_PROGRESSION_CHAIN)
    {
      known = chain_known;

      if (!read_uint (reader, object, "every_weeks", TRUE,
                      1, REGIMEN_PROGRESSION_STAGE_WEEKS_MAX, &progression->stage_weeks))
        return FALSE;
    }
  else
    known = repeat_known;

  if (!collect_unknown (reader, object, known, &progression->extra))
    return FALSE;

  *out_progression = g_steal_pointer (&progression);

  return TRUE;
}

static RegimenItem *
read_item (Reader   *reader,
           JsonNode *node)
{
  enum {
    EXERCISE, SETS, REPS, HOLD, PER_SIDE, TEMPO, REST, LOAD, LOAD_KG, GROUP, NOTES, INTERVAL,
    WARM_UP, ID, PROGRESSION, PROGRESSED_FROM
  };
  static const char * const known[] = {
    "exercise", "sets", "reps", "hold_seconds", "per_side", "tempo",
    "rest_seconds", "load_percent_1rm", "load_kg", "group", "notes", "interval", "warm_up",
    "id", "progression", "progressed_from", NULL
  };
  g_autoptr(RegimenInterval) interval = NULL;
  g_autoptr(RegimenProgression) progression = NULL;
  RegimenItemRead read = {
    .load_percent_1rm = REGIMEN_ITEM_NO_LOAD,
    .load_kg = REGIMEN_ITEM_NO_LOAD,
    .rest_seconds = G_MAXUINT,
  };
  RegimenItem *item;
  Members members;
  JsonObject *extra = NULL;
  JsonNode *interval_node;
  JsonNode *progression_node;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  sort_members (&members, json_node_get_object (node), known);

  if (!member_string (reader, &members, EXERCISE, TRUE, &read.exercise))
    return NULL;

  if (read.exercise[0] == '\0')
    {
      gsize mark = path_push_member (reader, "exercise");

      fail (reader, REGIMEN_PLAN_ERROR_VALUE, _("the exercise id is empty."));
      path_pop (reader, mark);
      return NULL;
    }

  if (!member_uint (reader, &members, SETS, FALSE, REGIMEN_SETS_MIN, REGIMEN_SETS_MAX, &read.sets) ||
      !member_uint (reader, &members, REPS, FALSE, REGIMEN_REPS_MIN, REGIMEN_REPS_MAX, &read.reps) ||
      !member_uint (reader, &members, HOLD, FALSE,
                    REGIMEN_SECONDS_MIN, REGIMEN_HOLD_SECONDS_MAX, &read.hold_seconds) ||
      !member_boolean (reader, &members, PER_SIDE, &read.per_side) ||
      !member_boolean (reader, &members, WARM_UP, &read.warm_up) ||
      !member_string (reader, &members, TEMPO, FALSE, &read.tempo) ||
      /* 0 is "no rest", as inside a superset. */
      !member_uint (reader, &members, REST, FALSE,
                    0, REGIMEN_SECONDS_MAX, &read.rest_seconds) ||
      !member_double (reader, &members, LOAD,
                      REGIMEN_PERCENT_MIN, REGIMEN_PERCENT_MAX, &read.load_percent_1rm) ||
      !member_double (reader, &members, LOAD_KG,
                      REGIMEN_LOAD_KG_MIN, REGIMEN_LOAD_KG_MAX, &read.load_kg) ||
      !member_string (reader, &members, GROUP, FALSE, &read.group) ||
      !member_string (reader, &members, NOTES, FALSE, &read.notes) ||
      !member_string (reader, &members, PROGRESSED_FROM, FALSE, &read.progressed_from))
    return NULL;

  if (read.progressed_from != NULL && !regimen_id_is_valid (read.progressed_from))
    {
      path_push_member (reader, "progressed_from");
      fail (reader, REGIMEN_PLAN_ERROR_VALUE,
            _("“%s” is not an id; use 1 to %d letters, digits, - or _."),
            read.progressed_from, REGIMEN_ID_MAX_LENGTH);
      return NULL;
    }

  if (read.tempo != NULL && !regimen_tempo_is_valid (read.tempo))
    {
      gsize mark = path_push_member (reader, "tempo");

      fail (reader, REGIMEN_PLAN_ERROR_VALUE,
            _("“%s” is not a tempo; write four characters, each a digit or X, such as 3010."),
            read.tempo);
      path_pop (reader, mark);
      return NULL;
    }

  if (!read_id (reader, members.nodes[ID], &read.id))
    return NULL;

  interval_node = members.nodes[INTERVAL];
  if (interval_node != NULL)
    {
      gsize mark = path_push_member (reader, "interval");

      if (!read_interval (reader, interval_node, &interval))
        return NULL;

      path_pop (reader, mark);
    }

  progression_node = members.nodes[PROGRESSION];
  if (progression_node != NULL)
    {
      gsize mark = path_push_member (reader, "progression");

      if (!read_progression (reader, progression_node, &progression))
        return NULL;

      path_pop (reader, mark);
    }

  if (!collect_unknown_members (reader, &members, &extra))
    return NULL;

  /* Made only now, with every field at once: a notification and a new
   * revision for each setter were a tenth of building the model. */
  read.interval = g_steal_pointer (&interval);
  read.progression = g_steal_pointer (&progression);
  read.extra = extra;
  item = regimen_item_new_read (&read);
  if (read.id == NULL)
    without_id (reader, G_OBJECT (item));

  return item;
}

/* One set of an item's log; *out_set is filled, its extra owned by it. */
static gboolean
read_set_log (Reader        *reader,
              JsonNode      *node,
              RegimenSetLog *out_set)
{
  static const char * const known[] = { "reps", "load", "unit", "hold_seconds", "rounds", NULL };
  RegimenSetLog set;
  JsonObject *object;
  const char *unit_word;

  regimen_set_log_init (&set);

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return FALSE;

  object = json_node_get_object (node);

  if (!read_uint (reader, object, "reps", FALSE, 1, REGIMEN_LOG_REPS_MAX, &set.reps) ||
      !read_double (reader, object, "load", 0, REGIMEN_LOG_LOAD_MAX, &set.load) ||
      !read_string (reader, object, "unit", FALSE, &unit_word) ||
      !read_uint (reader, object, "hold_seconds", FALSE,
                  REGIMEN_SECONDS_MIN, REGIMEN_HOLD_SECONDS_MAX, &set.hold_seconds) ||
      !read_uint (reader, object, "rounds", FALSE, REGIMEN_ROUNDS_MIN, REGIMEN_ROUNDS_MAX, &set.rounds))
    return FALSE;

  if (unit_word != NULL && !regimen_load_unit_from_string (unit_word, &set.unit))
    {
      path_push_member (reader, "unit");
      return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                   _("“%s” is not a unit of load; use kg or lb."), unit_word);
    }

  if (set.reps == 0 && set.hold_seconds == 0 && set.rounds == 0)
    return fail (reader, REGIMEN_PLAN_ERROR_MISSING,
                 _("a set needs “reps”, “hold_seconds” or “rounds”."));

  if (!collect_unknown (reader, object, known, &set.extra))
    return FALSE;

  *out_set = set;

  return TRUE;
}

static gboolean
read_item_log (Reader            *reader,
               JsonNode          *node,
               RegimenSessionLog *log)
{
  static const char * const known[] = { "item", "sets", "note", NULL };
  RegimenItemLog *item_log;
  JsonObject *object;
  JsonArray *sets;
  const char *item_id;
  const char *note;
  gboolean failed;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return FALSE;

  object = json_node_get_object (node);

  if (!read_string (reader, object, "item", TRUE, &item_id) ||
      !read_string (reader, object, "note", FALSE, &note))
    return FALSE;

  if (!regimen_id_is_valid (item_id))
    {
      path_push_member (reader, "item");
      return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                   _("“%s” is not an id; use 1 to %d letters, digits, - or _."),
                   item_id, REGIMEN_ID_MAX_LENGTH);
    }

  if (regimen_session_log_find_item (log, item_id) != NULL)
    {
      path_push_member (reader, "item");
      return fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                   _("the exercise “%s” is logged twice in this session."), item_id);
    }

  sets = read_array (reader, object, "sets", FALSE, REGIMEN_LOG_MAX_SETS, &failed);
  if (failed)
    return FALSE;

  item_log = regimen_session_log_add_item (log, item_id);
  regimen_item_log_set_note (item_log, note);

  if (sets != NULL)
    {
      gsize sets_mark = path_push_member (reader, "sets");

      for (guint i = 0; i < json_array_get_length (sets); i++)
        {
          gsize mark = path_push_index (reader, i);
          RegimenSetLog set;

          if (!read_set_log (reader, json_array_get_element (sets, i), &set))
            return FALSE;

          regimen_item_log_add_set (item_log, &set);
          g_clear_pointer (&set.extra, json_object_unref);
          path_pop (reader, mark);
        }

      path_pop (reader, sets_mark);
    }

  return collect_unknown (reader, object, known, &item_log->extra);
}

/* A session's "log" (docs/plan-format.md, "The log"). */
static RegimenSessionLog *
read_session_log (Reader   *reader,
                  JsonNode *node)
{
  static const char * const known[] = { "status", "date", "minutes", "rpe", "note", "items", NULL };
  g_autoptr(RegimenSessionLog) log = NULL;
  RegimenLogStatus status;
  JsonObject *object;
  JsonArray *items;
  const char *status_word;
  const char *date;
  const char *note;
  guint minutes = 0;
  guint rpe = 0;
  gboolean failed;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  object = json_node_get_object (node);

  if (!read_string (reader, object, "status", TRUE, &status_word) ||
      !read_string (reader, object, "date", FALSE, &date) ||
      !read_uint (reader, object, "minutes", FALSE, REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX, &minutes) ||
      !read_uint (reader, object, "rpe", FALSE, REGIMEN_RPE_MIN, REGIMEN_RPE_MAX, &rpe) ||
      !read_string (reader, object, "note", FALSE, &note))
    return NULL;

  if (!regimen_log_status_from_string (status_word, &status))
    {
      path_push_member (reader, "status");
      fail (reader, REGIMEN_PLAN_ERROR_VALUE,
            _("“%s” is not a status; use done, partly or skipped."), status_word);
      return NULL;
    }

  log = regimen_session_log_new (status);
  log->minutes = minutes;
  log->rpe = rpe;
  regimen_session_log_set_note (log, note);

  if (date != NULL)
    {
      gsize mark = path_push_member (reader, "date");

      if (!regimen_date_parse (date, &log->date))
        {
          fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                _("“%s” is not a date from 1900 to 2999; write it as YYYY-MM-DD."), date);
          return NULL;
        }

      path_pop (reader, mark);
    }

  items = read_array (reader, object, "items", FALSE, REGIMEN_LOG_MAX_ITEMS, &failed);
  if (failed)
    return NULL;

  if (items != NULL)
    {
      gsize items_mark = path_push_member (reader, "items");

      for (guint i = 0; i < json_array_get_length (items); i++)
        {
          gsize mark = path_push_index (reader, i);

          if (!read_item_log (reader, json_array_get_element (items, i), log))
            return NULL;

          path_pop (reader, mark);
        }

      path_pop (reader, items_mark);
    }

  if (!collect_unknown (reader, object, known, &log->extra))
    return NULL;

  return g_steal_pointer (&log);
}

static gboolean
read_log_member (Reader         *reader,
                 JsonNode       *node,
                 RegimenSession *session)
{
  g_autoptr(RegimenSessionLog) log = NULL;
  gsize mark;

  if (node == NULL)
    return TRUE;

  mark = path_push_member (reader, "log");
  log = read_session_log (reader, node);
  if (log == NULL)
    return FALSE;
  path_pop (reader, mark);

  regimen_session_set_log (session, log);

  return TRUE;
}

static RegimenSession *
read_session (Reader   *reader,
              JsonNode *node)
{
  enum { TITLE, KIND, RPE, MINUTES, TIME, ITEMS, ID, LOG };
  static const char * const known[] = { "title", "kind", "rpe", "minutes", "time", "items",
                                        "id", "log", NULL };
  g_autoptr(RegimenSession) session = NULL;
  RegimenSessionKind kind;
  Members members;
  JsonObject *extra = NULL;
  JsonArray *items;
  const char *title;
  const char *kind_word;
  const char *time_text;
  const char *id;
  int time = REGIMEN_SESSION_NO_TIME;
  guint rpe = 0;
  guint minutes = 0;
  gboolean failed;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  sort_members (&members, json_node_get_object (node), known);

  if (!member_string (reader, &members, TITLE, FALSE, &title) ||
      !member_string (reader, &members, KIND, TRUE, &kind_word))
    return NULL;

  if (!regimen_session_kind_from_string (kind_word, &kind))
    {
      gsize mark = path_push_member (reader, "kind");

      fail (reader, REGIMEN_PLAN_ERROR_VALUE,
            _("“%s” is not a kind of session; use strength, hiit, cardio, mobility, skill or competition."),
            kind_word);
      path_pop (reader, mark);
      return NULL;
    }

  if (!member_uint (reader, &members, RPE, TRUE, REGIMEN_RPE_MIN, REGIMEN_RPE_MAX, &rpe) ||
      !member_uint (reader, &members, MINUTES, FALSE,
                    REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX, &minutes) ||
      !member_string (reader, &members, TIME, FALSE, &time_text))
    return NULL;

  if (time_text != NULL && !regimen_session_time_from_string (time_text, &time))
    {
      gsize mark = path_push_member (reader, "time");

      fail (reader, REGIMEN_PLAN_ERROR_VALUE,
            _("“%s” is not a time of day; write it as HH:MM, from 00:00 to 23:59."),
            time_text);
      path_pop (reader, mark);
      return NULL;
    }

  if (!read_id (reader, members.nodes[ID], &id))
    return NULL;

  session = regimen_session_new_read (id, kind, title, rpe, minutes, time);
  if (id == NULL)
    without_id (reader, G_OBJECT (session));

  items = member_array (reader, &members, ITEMS, FALSE, REGIMEN_SESSION_MAX_ITEMS, &failed);
  if (failed)
    return NULL;

  if (items != NULL)
    {
      gsize items_mark = path_push_member (reader, "items");
      guint n = json_array_get_length (items);

      g_ptr_array_set_size (reader->items, 0);
      for (guint i = 0; i < n; i++)
        {
          gsize mark = path_push_index (reader, i);
          RegimenItem *item = read_item (reader, json_array_get_element (items, i));

          if (item == NULL)
            return NULL;

          g_ptr_array_add (reader->items, item);
          path_pop (reader, mark);
        }

      regimen_session_append_items (session, (RegimenItem **) reader->items->pdata, reader->items->len);
      g_ptr_array_set_size (reader->items, 0);
      path_pop (reader, items_mark);
    }

  if (!read_log_member (reader, members.nodes[LOG], session))
    return NULL;

  if (!collect_unknown_members (reader, &members, &extra))
    return NULL;

  regimen_session_take_extra (session, extra);

  return g_steal_pointer (&session);
}

static gboolean
read_day (Reader     *reader,
          JsonNode   *node,
          RegimenDay *day)
{
  enum { SESSIONS };
  static const char * const known[] = { "sessions", NULL };
  Members members;
  JsonObject *extra = NULL;
  JsonArray *sessions;
  gboolean failed;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return FALSE;

  sort_members (&members, json_node_get_object (node), known);

  sessions = member_array (reader, &members, SESSIONS, FALSE, REGIMEN_DAY_MAX_SESSIONS, &failed);
  if (failed)
    return FALSE;

  if (sessions != NULL)
    {
      gsize sessions_mark = path_push_member (reader, "sessions");
      guint n = json_array_get_length (sessions);

      g_ptr_array_set_size (reader->sessions, 0);
      for (guint i = 0; i < n; i++)
        {
          gsize mark = path_push_index (reader, i);
          RegimenSession *session = read_session (reader, json_array_get_element (sessions, i));

          if (session == NULL)
            return FALSE;

          g_ptr_array_add (reader->sessions, session);
          path_pop (reader, mark);
        }

      regimen_day_append_sessions (day, (RegimenSession **) reader->sessions->pdata, reader->sessions->len);
      g_ptr_array_set_size (reader->sessions, 0);
      path_pop (reader, sessions_mark);
    }

  if (!collect_unknown_members (reader, &members, &extra))
    return FALSE;

  regimen_day_take_extra (day, extra);

  return TRUE;
}

static RegimenWeek *
read_week (Reader   *reader,
           JsonNode *node)
{
  enum { LABEL, LIGHTER, VOLUME, INTENSITY, ADDED_BY_RULE, DAYS };
  static const char * const known[] = {
    "label", "lighter", "lighter_volume", "lighter_intensity", "added_by_rule", "days", NULL
  };
  g_autoptr(RegimenWeek) week = NULL;
  Members members;
  JsonObject *extra = NULL;
  JsonArray *days;
  const char *label;
  gboolean lighter = FALSE;
  gboolean added_by_rule = FALSE;
  double volume = REGIMEN_LIGHTER_DEFAULT_VOLUME;
  double intensity = REGIMEN_LIGHTER_DEFAULT_INTENSITY;
  gboolean failed;
  gsize days_mark;
  guint n_days;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  sort_members (&members, json_node_get_object (node), known);

  if (!member_string (reader, &members, LABEL, FALSE, &label) ||
      !member_boolean (reader, &members, LIGHTER, &lighter) ||
      !member_double (reader, &members, VOLUME,
                      REGIMEN_LIGHTER_FACTOR_MIN, REGIMEN_LIGHTER_FACTOR_MAX, &volume) ||
      !member_double (reader, &members, INTENSITY,
                      REGIMEN_LIGHTER_FACTOR_MIN, REGIMEN_LIGHTER_FACTOR_MAX, &intensity) ||
      !member_boolean (reader, &members, ADDED_BY_RULE, &added_by_rule))
    return NULL;

  days = member_array (reader, &members, DAYS, TRUE, G_MAXUINT, &failed);
  if (failed)
    return NULL;

  days_mark = path_push_member (reader, "days");
  n_days = json_array_get_length (days);
  if (n_days != REGIMEN_DAYS_PER_WEEK)
    {
      fail (reader, REGIMEN_PLAN_ERROR_DAYS,
            g_dngettext (GETTEXT_PACKAGE,
                         "a week has exactly 7 days, Monday first, but this one has %u.",
                         "a week has exactly 7 days, Monday first, but this one has %u.",
                         n_days),
            n_days);
      return NULL;
    }

  week = regimen_week_new (label);
  regimen_week_set_lighter (week, lighter);
  regimen_week_set_lighter_factors (week, volume, intensity);
  regimen_week_set_added_by_rule (week, added_by_rule);

  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    {
      gsize mark = path_push_index (reader, i);

      if (!read_day (reader, json_array_get_element (days, i), regimen_week_get_day (week, i)))
        return NULL;

      path_pop (reader, mark);
    }

  path_pop (reader, days_mark);

  if (!collect_unknown_members (reader, &members, &extra))
    return NULL;

  regimen_week_take_extra (week, extra);

  return g_steal_pointer (&week);
}

static RegimenAthlete *
read_athlete (Reader   *reader,
              JsonNode *node)
{
  static const char * const known[] = {
    "level", "life_stress", "baseline_weekly_load", "max_hiit_per_week", NULL
  };
  g_autoptr(RegimenAthlete) athlete = regimen_athlete_new ();
  JsonObject *object;
  JsonObject *extra = NULL;
  const char *level_word;
  const char *stress_word;
  double baseline = 0.0;
  guint max_hiit = G_MAXUINT;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  object = json_node_get_object (node);

  if (!read_string (reader, object, "level", FALSE, &level_word) ||
      !read_string (reader, object, "life_stress", FALSE, &stress_word) ||
      !read_double (reader, object, "baseline_weekly_load",
                    REGIMEN_BASELINE_LOAD_MIN, REGIMEN_BASELINE_LOAD_MAX, &baseline) ||
      !read_uint (reader, object, "max_hiit_per_week", FALSE,
                  REGIMEN_MAX_HIIT_MIN, REGIMEN_MAX_HIIT_MAX, &max_hiit))
    return NULL;

  if (level_word != NULL)
    {
      RegimenLevel level;

      if (!regimen_level_from_string (level_word, &level))
        {
          gsize mark = path_push_member (reader, "level");

          fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                _("“%s” is not a level; use beginner, intermediate or advanced."),
                level_word);
          path_pop (reader, mark);
          return NULL;
        }

      regimen_athlete_set_level (athlete, level);
    }

  if (stress_word != NULL)
    {
      RegimenLifeStress stress;

      if (!regimen_life_stress_from_string (stress_word, &stress))
        {
          gsize mark = path_push_member (reader, "life_stress");

          fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                _("“%s” is not a life stress; use low, moderate or high."),
                stress_word);
          path_pop (reader, mark);
          return NULL;
        }

      regimen_athlete_set_life_stress (athlete, stress);
    }

  regimen_athlete_set_baseline_weekly_load (athlete, baseline);
  if (max_hiit != G_MAXUINT)
    regimen_athlete_set_max_hiit_per_week (athlete, (int) max_hiit);

  if (!collect_unknown (reader, object, known, &extra))
    return NULL;

  regimen_athlete_take_extra (athlete, extra);

  return g_steal_pointer (&athlete);
}

static gboolean
read_header (Reader     *reader,
             JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64 number;
  gsize mark;

  if (format == NULL)
    return fail (reader, REGIMEN_PLAN_ERROR_FORMAT,
                 _("this is not a Regimen plan (it has no “format” member)."));

  mark = path_push_member (reader, "format");
  if (!JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (format), REGIMEN_PLAN_FORMAT))
    return fail (reader, REGIMEN_PLAN_ERROR_FORMAT,
                 _("this is not a Regimen plan (the format should be “%s”)."),
                 REGIMEN_PLAN_FORMAT);
  path_pop (reader, mark);

  if (version == NULL)
    return fail (reader, REGIMEN_PLAN_ERROR_VERSION_MISSING,
                 _("the plan has no “version” member."));

  mark = path_push_member (reader, "version");
  if (!regimen_json_node_is_number (version) || json_node_get_double (version) != floor (json_node_get_double (version)))
    return fail (reader, REGIMEN_PLAN_ERROR_TYPE,
                 _("should be a whole number, not %s."), regimen_json_describe_node (version));

  number = (gint64) CLAMP (json_node_get_double (version), -1.0, (double) G_MAXINT32);
  if (number > REGIMEN_PLAN_VERSION)
    return fail (reader, REGIMEN_PLAN_ERROR_VERSION_NEWER,
                 _("the plan was made by a newer Regimen (file version %d, this Regimen reads version %d). Update Regimen to open it."),
                 (int) number, REGIMEN_PLAN_VERSION);

  if (number < 1)
    return fail (reader, REGIMEN_PLAN_ERROR_RANGE,
                 _("the version must be 1 or more, but it is %d."),
                 (int) number);
  path_pop (reader, mark);

  return TRUE;
}

static RegimenAcknowledgement *
read_acknowledgement (Reader   *reader,
                      JsonNode *node)
{
  static const char * const known[] = { "finding", "fingerprint", "reason", NULL };
  RegimenAcknowledgement *acknowledgement;
  JsonObject *object;
  JsonObject *extra = NULL;
  const char *finding;
  const char *fingerprint;
  const char *reason;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  object = json_node_get_object (node);
  if (!read_string (reader, object, "finding", TRUE, &finding) ||
      !read_string (reader, object, "fingerprint", TRUE, &fingerprint) ||
      !read_string (reader, object, "reason", TRUE, &reason))
    return NULL;

  if (*finding == '\0')
    {
      path_push_member (reader, "finding");
      fail (reader, REGIMEN_PLAN_ERROR_VALUE, _("the finding is empty."));
      return NULL;
    }

  if (*reason == '\0' || g_utf8_strlen (reason, -1) > REGIMEN_ACKNOWLEDGEMENT_REASON_MAX)
    {
      path_push_member (reader, "reason");
      fail (reader, REGIMEN_PLAN_ERROR_VALUE,
            _("give a reason of 1 to %u characters."), REGIMEN_ACKNOWLEDGEMENT_REASON_MAX);
      return NULL;
    }

  if (!collect_unknown (reader, object, known, &extra))
    return NULL;

  acknowledgement = regimen_acknowledgement_new (finding, fingerprint, reason);
  regimen_acknowledgement_take_extra (acknowledgement, extra);

  return acknowledgement;
}

static RegimenBlock *
read_block (Reader   *reader,
            JsonNode *node)
{
  static const char * const known[] = { "name", "goal", "weeks", NULL };
  RegimenBlock *block;
  JsonObject *object;
  JsonObject *extra = NULL;
  const char *name;
  const char *goal;
  guint n_weeks;

  if (!expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  object = json_node_get_object (node);
  if (!read_string (reader, object, "name", TRUE, &name) ||
      !read_string (reader, object, "goal", FALSE, &goal) ||
      !read_uint (reader, object, "weeks", TRUE, 1, REGIMEN_PLAN_MAX_WEEKS, &n_weeks))
    return NULL;

  if (!regimen_block_name_valid (name))
    {
      path_push_member (reader, "name");
      fail (reader, REGIMEN_PLAN_ERROR_VALUE, _("a block needs a name."));
      return NULL;
    }

  if (!collect_unknown (reader, object, known, &extra))
    return NULL;

  block = regimen_block_new (name, goal, n_weeks);
  regimen_block_take_extra (block, extra);

  return block;
}

/* Blocks count their weeks from the first week on, so they can neither
 * overlap nor leave a gap; they may only claim more weeks than the plan
 * has, which is refused at the block that passes the end. */
static gboolean
read_blocks (Reader      *reader,
             JsonObject  *root,
             RegimenPlan *plan)
{
  JsonArray *blocks;
  gboolean failed;
  gsize blocks_mark;
  guint n_weeks = regimen_plan_get_n_weeks (plan);
  guint end = 0;

  blocks = read_array (reader, root, "blocks", FALSE, REGIMEN_PLAN_MAX_WEEKS, &failed);
  if (failed)
    return FALSE;

  if (blocks == NULL)
    return TRUE;

  blocks_mark = path_push_member (reader, "blocks");
  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      gsize mark = path_push_index (reader, i);
      g_autoptr(RegimenBlock) block = read_block (reader, json_array_get_element (blocks, i));

      if (block == NULL)
        return FALSE;

      if (regimen_block_get_n_weeks (block) > n_weeks - end)
        {
          path_push_member (reader, "weeks");
          fail (reader, REGIMEN_PLAN_ERROR_RANGE,
                g_dngettext (GETTEXT_PACKAGE,
                             "the block “%s” would end after week %u, but the plan has only %u week.",
                             "the block “%s” would end after week %u, but the plan has only %u weeks.",
                             n_weeks),
                regimen_block_get_name (block), end + regimen_block_get_n_weeks (block), n_weeks);
          return FALSE;
        }

      end += regimen_block_get_n_weeks (block);
      regimen_plan_load_block (plan, block);
      path_pop (reader, mark);
    }
  path_pop (reader, blocks_mark);

  return TRUE;
}

static RegimenPlan *
read_plan (Reader   *reader,
           JsonNode *root_node)
{
  static const char * const known[] = {
    "format", "version", "title", "start_date", "draft", "athlete", "blocks", "weeks",
    "acknowledgements", NULL
  };
  JsonArray *acknowledgements;
  gboolean draft = FALSE;
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  JsonObject *root;
  JsonObject *extra = NULL;
  JsonNode *athlete_node;
  JsonArray *weeks;
  const char *title;
  const char *start_date;
  gboolean failed;
  gsize weeks_mark;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (reader->json.error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_NOT_OBJECT,
                   _("This is not a Regimen plan: the document is %s, not an object."),
                   regimen_json_describe_node (root_node));
      return NULL;
    }

  root = json_node_get_object (root_node);

  if (!read_header (reader, root) ||
      !read_string (reader, root, "title", FALSE, &title) ||
      !read_string (reader, root, "start_date", FALSE, &start_date) ||
      !read_boolean (reader, root, "draft", &draft))
    return NULL;

  regimen_plan_load_title (plan, title);
  regimen_plan_load_draft (plan, draft);

  if (start_date != NULL)
    {
      GDate date;
      gsize mark = path_push_member (reader, "start_date");

      g_date_clear (&date, 1);
      if (!regimen_date_parse (start_date, &date))
        {
          fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                _("“%s” is not a date from 1900 to 2999; write it as YYYY-MM-DD."), start_date);
          return NULL;
        }

      if (!regimen_date_is_monday (&date))
        {
          fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                _("a plan starts on a Monday, but %s is a %s."),
                start_date, regimen_weekday_name (g_date_get_weekday (&date) - 1));
          return NULL;
        }

      path_pop (reader, mark);
      regimen_plan_load_start_date (plan, &date);
    }

  athlete_node = json_object_get_member (root, "athlete");
  if (athlete_node != NULL)
    {
      g_autoptr(RegimenAthlete) athlete = NULL;
      gsize mark = path_push_member (reader, "athlete");

      athlete = read_athlete (reader, athlete_node);
      if (athlete == NULL)
        return NULL;

      path_pop (reader, mark);
      regimen_plan_load_athlete (plan, athlete);
    }

  weeks = read_array (reader, root, "weeks", TRUE, REGIMEN_PLAN_MAX_WEEKS, &failed);
  if (failed)
    return NULL;

  /* Every day of every week is a day the exports may write: a plan that
   * started on 2999-12-30 and ran into 3001 was read, and export-ics
   * refused it whole. */
  if (json_array_get_length (weeks) > regimen_plan_get_max_weeks (plan))
    {
      g_autofree char *limit = regimen_plan_describe_max_weeks (regimen_plan_get_start_date (plan));

      path_push_member (reader, "weeks");
      /* Translators: the %s is “a plan that starts on 2999-12-23 has room
       * for 1 week, as its weeks end by 2999-12-31, the last day a plan
       * may name” */
      fail (reader, REGIMEN_PLAN_ERROR_VALUE, _("%s; this one has %u."), limit, json_array_get_length (weeks));
      return NULL;
    }

  weeks_mark = path_push_member (reader, "weeks");
  for (guint i = 0; i < json_array_get_length (weeks); i++)
    {
      gsize mark = path_push_index (reader, i);
      RegimenWeek *week = read_week (reader, json_array_get_element (weeks, i));

      if (week == NULL)
        return NULL;

      g_ptr_array_add (reader->weeks, week);
      path_pop (reader, mark);
    }
  regimen_plan_load_weeks (plan, (RegimenWeek **) reader->weeks->pdata, reader->weeks->len);
  g_ptr_array_set_size (reader->weeks, 0);
  path_pop (reader, weeks_mark);

  if (!read_blocks (reader, root, plan))
    return NULL;

  acknowledgements = read_array (reader, root, "acknowledgements", FALSE, REGIMEN_PLAN_MAX_ACKNOWLEDGEMENTS, &failed);
  if (failed)
    return NULL;

  if (acknowledgements != NULL)
    {
      gsize acknowledgements_mark = path_push_member (reader, "acknowledgements");
      /* finding → the path of its acknowledgement: one each, as a plan
       * withdraws and replaces only one (the first) */
      g_autoptr(GHashTable) findings = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < json_array_get_length (acknowledgements); i++)
        {
          gsize mark = path_push_index (reader, i);
          g_autoptr(RegimenAcknowledgement) acknowledgement =
            read_acknowledgement (reader, json_array_get_element (acknowledgements, i));
          const char *first;

          if (acknowledgement == NULL)
            return NULL;

          first = g_hash_table_lookup (findings, regimen_acknowledgement_get_finding (acknowledgement));
          if (first != NULL)
            {
              path_push_member (reader, "finding");
              /* Translators: the last %s is a JSON path such as $.acknowledgements[0] */
              fail (reader, REGIMEN_PLAN_ERROR_VALUE,
                    _("the finding “%s” is already acknowledged at %s; a finding has one acknowledgement."),
                    regimen_acknowledgement_get_finding (acknowledgement), first);
              return NULL;
            }
          g_hash_table_insert (findings, (gpointer) regimen_acknowledgement_get_finding (acknowledgement),
                               g_string_chunk_insert_len (reader->strings, reader->json.path->str,
                                                          reader->json.path->len));

          regimen_plan_load_acknowledgement (plan, acknowledgement);
          path_pop (reader, mark);
        }
      path_pop (reader, acknowledgements_mark);
    }

  if (!collect_unknown (reader, root, known, &extra))
    return NULL;

  regimen_plan_take_extra (plan, extra);

  return g_steal_pointer (&plan);
}

static void
set_syntax_error (GError     **error,
                  const GError *parse_error)
{
  const char *message = parse_error->message;
  const char *detail = message;
  guint line = 0;
  guint column = 0;
  int consumed = 0;

  /* json-glib says "<data>:LINE:COLUMN: Parse error: DETAIL". */
  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      detail = message + consumed;
      if (g_str_has_prefix (detail, "Parse error: "))
        detail += strlen ("Parse error: ");

      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_SYNTAX,
                   _("Line %u, column %u: the text is not valid JSON (%s)."),
                   line, column, detail);
      return;
    }

  g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_SYNTAX,
               _("The text is not valid JSON (%s)."), detail);
}

/**
 * regimen_plan_load_from_data:
 * @data: the plan's text
 * @length: its length in bytes, or -1 when @data is NUL-terminated
 *
 * Returns: (transfer full): the plan, or NULL with @error set in the
 *   %REGIMEN_PLAN_ERROR domain
 */
RegimenPlan *
regimen_plan_load_from_data (const char  *data,
                             gssize       length,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *compact = NULL;
  gsize compact_length;
  RegimenPlan *plan;
  JsonNode *root;
  Reader reader;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if (!check_raw (data, length, error))
    return NULL;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* json-glib reads the text without the whitespace between its tokens,
   * which it would otherwise scan a byte at a time (regimen_json_compact()):
   * the same tree at about half the cost. Should it refuse the copy, the
   * text as written is parsed again, so that the error's line and column
   * are those of the file. */
  compact = regimen_json_compact (data, length, &compact_length);
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, compact, compact_length, NULL)
      && !json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_syntax_error (error, parse_error);
      return NULL;
    }
  g_clear_pointer (&compact, g_free);

  root = json_parser_get_root (parser);
  g_assert (root != NULL);

  regimen_json_reader_init (&reader.json, REGIMEN_PLAN_ERROR, plan_error_codes,
                            REGIMEN_JSON_READ_FLAGS_NONE, error);
  reader.data = data;
  reader.length = length;
  reader.ids = g_hash_table_new (id_hash, id_equal);
  reader.strings = g_string_chunk_new (4096);
  reader.without_id = g_ptr_array_new_with_free_func (g_object_unref);
  reader.without_id_paths = g_ptr_array_new_with_free_func (g_free);
  reader.items = g_ptr_array_new_with_free_func (g_object_unref);
  reader.sessions = g_ptr_array_new_with_free_func (g_object_unref);
  reader.weeks = g_ptr_array_new_with_free_func (g_object_unref);

  plan = read_plan (&reader, root);
  if (plan != NULL)
    assign_missing_ids (&reader);

  regimen_json_reader_clear (&reader.json);
  g_hash_table_unref (reader.ids);
  g_string_chunk_free (reader.strings);
  g_ptr_array_unref (reader.without_id);
  g_ptr_array_unref (reader.without_id_paths);
  g_ptr_array_unref (reader.items);
  g_ptr_array_unref (reader.sessions);
  g_ptr_array_unref (reader.weeks);

  return plan;
}

/**
 * regimen_plan_load_from_bytes:
 *
 * Returns: (transfer full): the plan, or NULL with @error set
 */
RegimenPlan *
regimen_plan_load_from_bytes (GBytes  *bytes,
                              GError **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > G_MAXSSIZE)
    length = G_MAXSSIZE;

  return regimen_plan_load_from_data (data != NULL ? data : "", length, error);
}

/* A file: address GIO could make no path of (file:///a%00b): GIO reads
 * it as a file of no kind it supports. So too an address of no kind at
 * all (“plan.regimen.json” or “” handed to D-Bus Open as an address),
 * which was said to be a “?:” address Regimen cannot read. */
static gboolean
names_no_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *uri = NULL;
  g_autofree char *scheme = NULL;

  if (path != NULL)
    return FALSE;

  /* Such a file (GIO's GDummyFile) knows no scheme of its own. */
  uri = g_file_get_uri (file);
  scheme = g_uri_parse_scheme (uri);
  return scheme == NULL || g_strcmp0 (scheme, "file") == 0;
}

/* Why the file: address of @file, one names_no_file() found, names no
 * file. Each was said to spell a NUL, which only “%00” does: “file://”
 * with no path, a name spelling “/” (“%2F”), a broken escape (“%zz”)
 * and a path that does not start at “/” (“file:plan.json”) name no file
 * either, for reasons of their own. */
static const char *
why_names_no_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *lower = g_ascii_strdown (uri, -1);

  if (strstr (lower, "%00") != NULL)
    return _("its address names no file: it spells a character no file name can hold (a NUL). "
             "Choose the plan with Open.");

  if (strstr (lower, "%2f") != NULL)
    return _("its address names no file: it spells a “/” within a name, which no file name can hold. "
             "Choose the plan with Open.");

  return _("its address names no file: a file’s address is written “file:///folder/plan.regimen.json”. "
           "Choose the plan with Open.");
}

/**
 * regimen_plan_read_file:
 *
 * Reads a plan file's bytes, once, refusing what is no regular file or is
 * larger than %REGIMEN_PLAN_MAX_SIZE.
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 */
GBytes *
regimen_plan_read_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = regimen_file_load_capped (file, REGIMEN_PLAN_MAX_SIZE, cancellable, &local_error);
  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE,
                 _("the file is too large for a plan (more than %d bytes)."),
                 REGIMEN_PLAN_MAX_SIZE);
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) && names_no_file (file))
    /* GIO's “Operation not supported” told the person nothing to do. */
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME, why_names_no_file (file));
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) && !g_file_is_native (file))
    {
      /* An address of a kind nothing here reads (sftp:, smb:, trash:,
       * http: with no GVfs to serve it), handed over by a file manager,
       * a browser or `regimen URI`: GIO said “Operation not supported”,
       * which named neither the kind nor what to do. */
      g_autofree char *scheme = g_file_get_uri_scheme (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is the kind of address, “sftp”, “smb” or “trash”, say */
                   _("Regimen cannot read “%s:” addresses on this computer. Copy the plan into a folder on this "
                     "computer, then open it from there."),
                   scheme != NULL ? scheme : "?");
    }
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  return NULL;
}

/* Reads @file once; the text read is kept in @out_bytes when the plan
 * could be read from it. */
static RegimenPlan *
load_from_file (GFile         *file,
                GBytes       **out_bytes,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = regimen_file_get_display_name (file);
  RegimenPlan *plan;

  bytes = regimen_plan_read_file (file, cancellable, &local_error);
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not open “%s”: "), name);
      return NULL;
    }

  plan = regimen_plan_load_from_bytes (bytes, &local_error);
  if (plan == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                _("Could not open “%s”: "), name);
  else if (out_bytes != NULL)
    *out_bytes = g_steal_pointer (&bytes);

  return plan;
}

/**
 * regimen_plan_load_from_file:
 *
 * Returns: (transfer full): the plan, or NULL with @error set: in the
 *   %REGIMEN_PLAN_ERROR domain for a bad plan, %G_IO_ERROR when the file
 *   cannot be read
 */
RegimenPlan *
regimen_plan_load_from_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_from_file (file, NULL, cancellable, error);
}

/**
 * regimen_plan_load_from_file_with_text:
 * @file: a plan file
 * @out_text: (out) (transfer full): the file's text as it was read, when
 *   the plan could be read from it
 * @out_too_large_to_save: (out): whether the plan read is one that cannot
 *   be saved (regimen_plan_check_fits())
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * regimen_plan_load_from_file() for a worker that keeps what the app needs
 * of the read: its text, and whether the plan can be saved.
 *
 * Returns: (transfer full): the plan, or NULL with @error set
 */
RegimenPlan *
regimen_plan_load_from_file_with_text (GFile         *file,
                                       GBytes       **out_text,
                                       gboolean      *out_too_large_to_save,
                                       GCancellable  *cancellable,
                                       GError       **error)
{
  RegimenPlan *plan;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (out_text != NULL && out_too_large_to_save != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = load_from_file (file, out_text, cancellable, error);
  if (plan == NULL)
    return NULL;

  /* Known here, on the worker and before any edit, so that the app can
   * say at once that this plan cannot be saved: a save found it only
   * after the person's work. Measuring writes no text. */
  *out_too_large_to_save = !regimen_plan_check_fits (plan, NULL);

  return plan;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  RegimenPlan *plan;

  plan = load_from_file (G_FILE (task_data), NULL, cancellable, &error);
  if (plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, plan, g_object_unref);
}

void
regimen_plan_load_from_file_async (GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_plan_load_from_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * regimen_plan_load_from_file_finish:
 *
 * Returns: (transfer full): the plan, or NULL with @error set
 */
RegimenPlan *
regimen_plan_load_from_file_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
