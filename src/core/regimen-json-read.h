/* regimen-json-read.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The one careful reader of JSON members for the core's loaders (the plan,
 * the exercise library, the custom exercises): each call checks the node's
 * type and bounds before use, and a problem becomes “At PATH: what is
 * wrong” in the loader's own error domain. The reader keeps the JSON path
 * of the node being read; push a member or an index before reading inside
 * it and pop back to the mark afterwards. */

typedef enum
{
  REGIMEN_JSON_READ_TYPE,    /* a member holds the wrong kind of value */
  REGIMEN_JSON_READ_MISSING, /* a required member is absent */
  REGIMEN_JSON_READ_RANGE,   /* a number, a text or a list is out of bounds */
  REGIMEN_JSON_READ_VALUE,   /* the right kind of value that means nothing here */
  REGIMEN_JSON_READ_N_PROBLEMS
} RegimenJsonReadProblem;

typedef enum
{
  REGIMEN_JSON_READ_FLAGS_NONE = 0,
  /* A member holding null counts as absent (the exercise library writes
   * "previous": null); otherwise null is a wrong type. */
  REGIMEN_JSON_READ_NULL_IS_ABSENT = 1 << 0,
  /* What is wrong is a part of a sentence another message closes, “at
   * PATH: what”, with no full stop of its own (the custom exercises
   * file's refusal, set inside a warning's parentheses); otherwise a
   * sentence, “At PATH: what.” */
  REGIMEN_JSON_READ_CLAUSE         = 1 << 1,
} RegimenJsonReadFlags;

typedef struct
{
  GString              *path;
  GError              **error;
  GQuark                domain;
  int                   codes[REGIMEN_JSON_READ_N_PROBLEMS];
  RegimenJsonReadFlags  flags;
} RegimenJsonReader;

void        regimen_json_reader_init           (RegimenJsonReader     *self,
                                                GQuark                 domain,
                                                const int              codes[REGIMEN_JSON_READ_N_PROBLEMS],
                                                RegimenJsonReadFlags   flags,
                                                GError               **error);
void        regimen_json_reader_clear          (RegimenJsonReader     *self);

gboolean    regimen_json_reader_fail           (RegimenJsonReader     *self,
                                                int                    code,
                                                const char            *format,
                                                ...) G_GNUC_PRINTF (3, 4);
gboolean    regimen_json_reader_failv          (RegimenJsonReader     *self,
                                                int                    code,
                                                const char            *format,
                                                va_list                args) G_GNUC_PRINTF (3, 0);
int         regimen_json_reader_code           (RegimenJsonReader     *self,
                                                RegimenJsonReadProblem problem);

gsize       regimen_json_reader_push_member    (RegimenJsonReader     *self,
                                                const char            *name);
gsize       regimen_json_reader_push_index     (RegimenJsonReader     *self,
                                                guint                  index);
void        regimen_json_reader_pop            (RegimenJsonReader     *self,
                                                gsize                  mark);

const char *regimen_json_describe_node         (JsonNode              *node);
char       *regimen_json_format_number         (double                 value);
gboolean    regimen_json_node_is_number        (JsonNode              *node);

gboolean    regimen_json_reader_expect_type    (RegimenJsonReader     *self,
                                                JsonNode              *node,
                                                JsonNodeType           type);
gboolean    regimen_json_reader_member         (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                gboolean               required,
                                                JsonNode             **out_node);
gboolean    regimen_json_reader_present        (RegimenJsonReader     *self,
                                                const char            *name,
                                                gboolean               required,
                                                JsonNode             **node);
gboolean    regimen_json_reader_read_string_node (RegimenJsonReader   *self,
                                                JsonNode              *node,
                                                const char            *name,
                                                gboolean               required,
                                                const char           **out_value);
gboolean    regimen_json_reader_read_uint_node (RegimenJsonReader     *self,
                                                JsonNode              *node,
                                                const char            *name,
                                                gboolean               required,
                                                guint                  min,
                                                guint                  max,
                                                guint                 *out_value);
gboolean    regimen_json_reader_read_double_node (RegimenJsonReader   *self,
                                                JsonNode              *node,
                                                const char            *name,
                                                double                 min,
                                                double                 max,
                                                double                *out_value);
gboolean    regimen_json_reader_read_boolean_node (RegimenJsonReader  *self,
                                                JsonNode              *node,
                                                const char            *name,
                                                gboolean              *out_value);
JsonArray  *regimen_json_reader_read_array_node (RegimenJsonReader    *self,
                                                JsonNode              *node,
                                                const char            *name,
                                                gboolean               required,
                                                guint                  max_length,
                                                gboolean              *failed);
gboolean    regimen_json_reader_read_object    (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                gboolean               required,
                                                JsonObject           **out_value);
gboolean    regimen_json_reader_read_string    (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                gboolean               required,
                                                const char           **out_value);
gboolean    regimen_json_reader_read_text      (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                const char           **out_value);
gboolean    regimen_json_reader_read_uint      (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                gboolean               required,
                                                guint                  min,
                                                guint                  max,
                                                guint                 *out_value);
gboolean    regimen_json_reader_read_double    (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                double                 min,
                                                double                 max,
                                                double                *out_value);
gboolean    regimen_json_reader_read_boolean   (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                gboolean              *out_value);
JsonArray  *regimen_json_reader_read_array     (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                gboolean               required,
                                                guint                  max_length,
                                                gboolean              *failed);
gboolean    regimen_json_reader_read_strv      (RegimenJsonReader     *self,
                                                JsonObject            *object,
                                                const char            *name,
                                                gboolean               required,
                                                guint                  max_length,
                                                gboolean             (*is_valid) (const char *),
                                                GStrv                 *out_value);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RegimenJsonReader, regimen_json_reader_clear)

G_END_DECLS
