/* regimen-json-read.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-json-read"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-json-check.h"
#include "regimen-json-read.h"
#include "regimen-plan-types.h"

/**
 * regimen_json_reader_init:
 * @codes: the loader's error code for each #RegimenJsonReadProblem
 * @error: where the first problem goes
 *
 * Starts reading a document at its root, “$”.
 */
void
regimen_json_reader_init (RegimenJsonReader     *self,
                          GQuark                 domain,
                          const int              codes[REGIMEN_JSON_READ_N_PROBLEMS],
                          RegimenJsonReadFlags   flags,
                          GError               **error)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (codes != NULL);

  self->path = g_string_new ("$");
  self->error = error;
  self->domain = domain;
  memcpy (self->codes, codes, sizeof self->codes);
  self->flags = flags;
}

void
regimen_json_reader_clear (RegimenJsonReader *self)
{
  g_return_if_fail (self != NULL);

  if (self->path != NULL)
    g_string_free (g_steal_pointer (&self->path), TRUE);
}

int
regimen_json_reader_code (RegimenJsonReader      *self,
                          RegimenJsonReadProblem  problem)
{
  g_return_val_if_fail (problem < REGIMEN_JSON_READ_N_PROBLEMS, 0);

  return self->codes[problem];
}

/**
 * regimen_json_reader_failv:
 *
 * Sets the error to “At PATH: @format”, PATH being the node now read.
 *
 * Returns: %FALSE, to return at once
 */
gboolean
regimen_json_reader_failv (RegimenJsonReader *self,
                           int                code,
                           const char        *format,
                           va_list            args)
{
  g_autofree char *detail = g_strdup_vprintf (format, args);
  gsize length = strlen (detail);

  if (self->flags & REGIMEN_JSON_READ_CLAUSE)
    {
      /* Inside another sentence: its full stop would end that one
       * early, “(At $.exercises[0].name: should be text, not a
       * number.); only …”. */
      if (length > 0 && detail[length - 1] == '.' && !g_str_has_suffix (detail, ".."))
        detail[length - 1] = '\0';
      /* Translators: the first %s is a JSON path such as
       * $.exercises[0].name, the second what is wrong there. A part of a
       * sentence: the message around it closes it. */
      g_set_error (self->error, self->domain, code, _("at %s: %s"), self->path->str, detail);
      return FALSE;
    }

  /* Translators: the first %s is a JSON path such as
   * $.weeks[0].days[3].sessions[1].rpe, the second what is wrong there */
  g_set_error (self->error, self->domain, code, _("At %s: %s"), self->path->str, detail);

  return FALSE;
}

gboolean
regimen_json_reader_fail (RegimenJsonReader *self,
                          int                code,
                          const char        *format,
                          ...)
{
  va_list args;

  va_start (args, format);
  regimen_json_reader_failv (self, code, format, args);
  va_end (args);

  return FALSE;
}

/* Returns: the mark to pop back to */
gsize
regimen_json_reader_push_member (RegimenJsonReader *self,
                                 const char        *name)
{
  gsize mark = self->path->len;

  regimen_json_path_append_member (self->path, name, strlen (name));
  return mark;
}

gsize
regimen_json_reader_push_index (RegimenJsonReader *self,
                                guint              index)
{
  gsize mark = self->path->len;
  char digits[16];
  guint n = 0;

  /* Formatted by hand: printf was a tenth of reading a plan's model. */
  do
    {
      digits[n++] = '0' + index % 10;
      index /= 10;
    }
  while (index > 0);

  g_string_append_c (self->path, '[');
  while (n > 0)
    g_string_append_c (self->path, digits[--n]);
  g_string_append_c (self->path, ']');

  return mark;
}

void
regimen_json_reader_pop (RegimenJsonReader *self,
                         gsize              mark)
{
  g_string_truncate (self->path, mark);
}

/**
 * regimen_json_format_number:
 * @value: a number read from a file
 *
 * For a message about a number of the file: the shortest text that reads
 * back as @value, with a point as JSON writes it, so that a value just
 * past a bound is not shown as the bound (“must be from 0.1 to 1, but it
 * is 1.0000001”, never “but it is 1”).
 *
 * Returns: (transfer full): @value as text
 */
char *
regimen_json_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A whole number as one: "%.1g" writes 100 as "1e+02", which reads
   * back as 100 too. */
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value == 0.0 ? 0.0 : value);

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return g_strdup (buffer);
}

/* Returns: what @node holds, for “should be text, not a number” */
const char *
regimen_json_describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");

    case JSON_NODE_ARRAY:
      return _("a list");

    case JSON_NODE_NULL:
      return _("null");

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("text");

        case G_TYPE_BOOLEAN:
          return _("true or false");

        default:
          return _("a number");
        }

    default:
      g_assert_not_reached ();
    }
}

/* Fails at the current path unless @node is an object or a list (@type). */
gboolean
regimen_json_reader_expect_type (RegimenJsonReader *self,
                                 JsonNode          *node,
                                 JsonNodeType       type)
{
  const char *what;

  g_return_val_if_fail (type == JSON_NODE_OBJECT || type == JSON_NODE_ARRAY, FALSE);

  if (JSON_NODE_TYPE (node) == type)
    return TRUE;

  what = type == JSON_NODE_OBJECT ? _("an object") : _("a list");

  /* Translators: "should be an object, not text" */
  return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_TYPE],
                                   _("should be %s, not %s."), what,
                                   regimen_json_describe_node (node));
}

/**
 * regimen_json_reader_member:
 * @out_node: (out) (transfer none): the member, %NULL when it is absent
 *
 * Looks up an optional (or, with @required, mandatory) member.
 *
 * Returns: %FALSE with the error set when a required member is missing
 */
gboolean
regimen_json_reader_member (RegimenJsonReader  *self,
                            JsonObject         *object,
                            const char         *name,
                            gboolean            required,
                            JsonNode          **out_node)
{
  *out_node = json_object_get_member (object, name);

  return regimen_json_reader_present (self, name, required, out_node);
}

/**
 * regimen_json_reader_present:
 * @node: (inout) (nullable): the member @name, as found; set to %NULL
 *   when it counts as absent
 *
 * What regimen_json_reader_member() does with a member already found,
 * for a reader that sorted an object's members in one pass.
 *
 * Returns: %FALSE with the error set when a required member is missing
 */
gboolean
regimen_json_reader_present (RegimenJsonReader  *self,
                             const char         *name,
                             gboolean            required,
                             JsonNode          **out_node)
{
  JsonNode *node = *out_node;

  if (node != NULL && JSON_NODE_HOLDS_NULL (node) &&
      (self->flags & REGIMEN_JSON_READ_NULL_IS_ABSENT) != 0)
    node = NULL;

  *out_node = node;

  if (node == NULL && required)
    return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_MISSING],
                                     _("the required member “%s” is missing."), name);

  return TRUE;
}

/**
 * regimen_json_reader_read_object:
 * @out_value: (out) (transfer none): the object, %NULL when it is absent
 */
gboolean
regimen_json_reader_read_object (RegimenJsonReader  *self,
                                 JsonObject         *object,
                                 const char         *name,
                                 gboolean            required,
                                 JsonObject        **out_value)
{
  JsonNode *node;
  gsize mark;

  *out_value = NULL;

  if (!regimen_json_reader_member (self, object, name, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  mark = regimen_json_reader_push_member (self, name);
  if (!regimen_json_reader_expect_type (self, node, JSON_NODE_OBJECT))
    return FALSE;
  regimen_json_reader_pop (self, mark);

  *out_value = json_node_get_object (node);
  return TRUE;
}

/**
 * regimen_json_reader_read_string:
 * @out_value: (out) (transfer none): the text, %NULL when it is absent
 */
gboolean
regimen_json_reader_read_string (RegimenJsonReader  *self,
                                 JsonObject         *object,
                                 const char         *name,
                                 gboolean            required,
                                 const char        **out_value)
{
  return regimen_json_reader_read_string_node (self, json_object_get_member (object, name),
                                               name, required, out_value);
}

/* Whether @text has more than REGIMEN_TEXT_MAX_LENGTH characters; the
 * characters are counted only when the bytes are more. */
static gboolean
text_too_long (const char *text)
{
  return strlen (text) > REGIMEN_TEXT_MAX_LENGTH &&
         g_utf8_strlen (text, -1) > REGIMEN_TEXT_MAX_LENGTH;
}

/**
 * regimen_json_reader_read_string_node:
 * @node: (nullable): the member @name, %NULL when the object has none
 * @out_value: (out) (transfer none): the text, %NULL when it is absent
 *
 * regimen_json_reader_read_string() of a member already found. The
 * other _node readers are the same for their kinds of value.
 */
gboolean
regimen_json_reader_read_string_node (RegimenJsonReader  *self,
                                      JsonNode           *node,
                                      const char         *name,
                                      gboolean            required,
                                      const char        **out_value)
{
  *out_value = NULL;

  if (!regimen_json_reader_present (self, name, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  /* The member is put on the path only for a problem. */
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_TYPE],
                                       _("should be text, not %s."),
                                       regimen_json_describe_node (node));
    }

  if (text_too_long (json_node_get_string (node)))
    {
      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_RANGE],
                                       _("the text is longer than %d characters."),
                                       REGIMEN_TEXT_MAX_LENGTH);
    }

  *out_value = json_node_get_string (node);

  return TRUE;
}

/**
 * regimen_json_reader_read_text:
 * @out_value: (out) (transfer none): the text
 *
 * Reads a required member holding text that is not empty.
 */
gboolean
regimen_json_reader_read_text (RegimenJsonReader  *self,
                               JsonObject         *object,
                               const char         *name,
                               const char        **out_value)
{
  gsize mark;

  if (!regimen_json_reader_read_string (self, object, name, TRUE, out_value))
    return FALSE;

  if (**out_value != '\0')
    return TRUE;

  mark = regimen_json_reader_push_member (self, name);
  regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_VALUE], "%s", _("must not be empty"));
  regimen_json_reader_pop (self, mark);

  return FALSE;
}

/* Returns: whether @node holds a number, whole or not */
gboolean
regimen_json_node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

/**
 * regimen_json_reader_read_uint:
 * @out_value: (out): the number, left as it was when the member is absent
 */
gboolean
regimen_json_reader_read_uint (RegimenJsonReader *self,
                               JsonObject        *object,
                               const char        *name,
                               gboolean           required,
                               guint              min,
                               guint              max,
                               guint             *out_value)
{
  return regimen_json_reader_read_uint_node (self, json_object_get_member (object, name),
                                             name, required, min, max, out_value);
}

gboolean
regimen_json_reader_read_uint_node (RegimenJsonReader *self,
                                    JsonNode          *node,
                                    const char        *name,
                                    gboolean           required,
                                    guint              min,
                                    guint              max,
                                    guint             *out_value)
{
  double value;

  if (!regimen_json_reader_present (self, name, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!regimen_json_node_is_number (node))
    {
      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_TYPE],
                                       _("should be a whole number, not %s."),
                                       regimen_json_describe_node (node));
    }

  value = json_node_get_double (node);
  if (value != floor (value))
    {
      g_autofree char *written = regimen_json_format_number (value);

      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_TYPE],
                                       _("should be a whole number, not %s."), written);
    }

  if (value < min || value > max)
    {
      /* An integer as it was written: through a double, 2^63 − 1 would
       * read 9223372036854775808. */
      g_autofree char *written = json_node_get_value_type (node) == G_TYPE_INT64
        ? g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node))
        : regimen_json_format_number (value);

      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_RANGE],
                                       _("must be from %u to %u, but it is %s."), min, max, written);
    }

  *out_value = (guint) value;

  return TRUE;
}

/**
 * regimen_json_reader_read_double:
 * @out_value: (out): the number, left as it was when the member is absent
 */
gboolean
regimen_json_reader_read_double (RegimenJsonReader *self,
                                 JsonObject        *object,
                                 const char        *name,
                                 double             min,
                                 double             max,
                                 double            *out_value)
{
  return regimen_json_reader_read_double_node (self, json_object_get_member (object, name),
                                               name, min, max, out_value);
}

gboolean
regimen_json_reader_read_double_node (RegimenJsonReader *self,
                                      JsonNode          *node,
                                      const char        *name,
                                      double             min,
                                      double             max,
                                      double            *out_value)
{
  double value;

  if (!regimen_json_reader_present (self, name, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!regimen_json_node_is_number (node))
    {
      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_TYPE],
                                       _("should be a number, not %s."),
                                       regimen_json_describe_node (node));
    }

  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    {
      g_autofree char *low = regimen_json_format_number (min);
      g_autofree char *high = regimen_json_format_number (max);
      g_autofree char *written = regimen_json_format_number (value);

      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_RANGE],
                                       _("must be from %s to %s, but it is %s."), low, high, written);
    }

  /* -0 (which the ranges admit) as 0: read as it is, it showed as
   * "-0 kg" on the sheet and in the calendar, and export-csv wrote a set
   * of it with a weight of "-0", which import-csv refuses. */
  *out_value = value == 0.0 ? 0.0 : value;

  return TRUE;
}

/**
 * regimen_json_reader_read_boolean:
 * @out_value: (out): the value, left as it was when the member is absent
 */
gboolean
regimen_json_reader_read_boolean (RegimenJsonReader *self,
                                  JsonObject        *object,
                                  const char        *name,
                                  gboolean          *out_value)
{
  return regimen_json_reader_read_boolean_node (self, json_object_get_member (object, name),
                                                name, out_value);
}

gboolean
regimen_json_reader_read_boolean_node (RegimenJsonReader *self,
                                       JsonNode          *node,
                                       const char        *name,
                                       gboolean          *out_value)
{
  if (!regimen_json_reader_present (self, name, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      regimen_json_reader_push_member (self, name);
      return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_TYPE],
                                       _("should be true or false, not %s."),
                                       regimen_json_describe_node (node));
    }

  *out_value = json_node_get_boolean (node);

  return TRUE;
}

/**
 * regimen_json_reader_read_array:
 * @failed: (out): whether the error is set
 *
 * Returns: (transfer none) (nullable): the list of at most @max_length
 *   entries, %NULL when it is absent or on error
 */
JsonArray *
regimen_json_reader_read_array (RegimenJsonReader *self,
                                JsonObject        *object,
                                const char        *name,
                                gboolean           required,
                                guint              max_length,
                                gboolean          *failed)
{
  return regimen_json_reader_read_array_node (self, json_object_get_member (object, name),
                                              name, required, max_length, failed);
}

JsonArray *
regimen_json_reader_read_array_node (RegimenJsonReader *self,
                                     JsonNode          *node,
                                     const char        *name,
                                     gboolean           required,
                                     guint              max_length,
                                     gboolean          *failed)
{
  guint length;

  *failed = TRUE;

  if (!regimen_json_reader_present (self, name, required, &node))
    return NULL;

  *failed = FALSE;

  if (node == NULL)
    return NULL;

  if (JSON_NODE_TYPE (node) != JSON_NODE_ARRAY)
    {
      regimen_json_reader_push_member (self, name);
      regimen_json_reader_expect_type (self, node, JSON_NODE_ARRAY);
      *failed = TRUE;
      return NULL;
    }

  length = json_array_get_length (json_node_get_array (node));
  if (length > max_length)
    {
      regimen_json_reader_push_member (self, name);
      regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_RANGE],
                                _("has %u entries; at most %u are allowed."), length, max_length);
      *failed = TRUE;
      return NULL;
    }

  return json_node_get_array (node);
}

/**
 * regimen_json_reader_read_strv:
 * @required: whether the list must be there and hold at least one entry
 * @is_valid: (nullable): what each entry must pass, such as a muscle id
 * @out_value: (out) (transfer full): the texts; replaced only when the
 *   member is there
 *
 * Reads a list of at most @max_length texts.
 */
gboolean
regimen_json_reader_read_strv (RegimenJsonReader  *self,
                               JsonObject         *object,
                               const char         *name,
                               gboolean            required,
                               guint               max_length,
                               gboolean          (*is_valid) (const char *),
                               GStrv              *out_value)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  gboolean failed;
  guint length;
  gsize mark;

  array = regimen_json_reader_read_array (self, object, name, required, max_length, &failed);
  if (failed)
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = regimen_json_reader_push_member (self, name);
  length = json_array_get_length (array);

  if (required && length == 0)
    return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_RANGE],
                                     "%s", _("the list must not be empty"));

  builder = g_strv_builder_new ();

  for (guint i = 0; i < length; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      gsize item_mark = regimen_json_reader_push_index (self, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_TYPE],
                                         _("should be text, not %s."),
                                         regimen_json_describe_node (item));

      text = json_node_get_string (item);

      if (text_too_long (text))
        return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_RANGE],
                                         _("the text is longer than %d characters."),
                                         REGIMEN_TEXT_MAX_LENGTH);

      if (is_valid != NULL && !is_valid (text))
        /* Translators: %s is the unknown id found in the file */
        return regimen_json_reader_fail (self, self->codes[REGIMEN_JSON_READ_VALUE],
                                         _("“%s” is not a known id"), text);

      g_strv_builder_add (builder, text);
      regimen_json_reader_pop (self, item_mark);
    }

  regimen_json_reader_pop (self, mark);

  g_strfreev (*out_value);
  *out_value = g_strv_builder_end (builder);
  return TRUE;
}
