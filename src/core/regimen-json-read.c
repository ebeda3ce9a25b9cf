/* regimen-json-read.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-json-read"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-json-read.h"

/**
 * regimen_json_invalid:
 *
 * Sets @error to “@path: @problem”.
 *
 * Returns: %FALSE, to return at once
 */
gboolean
regimen_json_invalid (GQuark       domain,
                      int          code,
                      GError     **error,
                      const char  *path,
                      const char  *problem)
{
  g_set_error (error, domain, code,
               /* Translators: the first %s is a JSON path such as
                * "$.exercises[3].level", the second says what is wrong there */
               _("%s: %s"), path, problem);
  return FALSE;
}

/**
 * regimen_json_get_member:
 *
 * Reads member @name of @object, which must hold @type. A missing or null
 * member gives a %NULL node, which is an error only when @required.
 */
gboolean
regimen_json_get_member (GQuark         domain,
                         int            code,
                         JsonObject    *object,
                         const char    *path,
                         const char    *name,
                         JsonNodeType   type,
                         gboolean       required,
                         JsonNode     **out,
                         GError       **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
  JsonNode *node = json_object_get_member (object, name);

  *out = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return regimen_json_invalid (domain, code, error, member_path, _("this member is required"));
      return TRUE;
    }

  if (json_node_get_node_type (node) != type)
    {
      switch (type)
        {
        case JSON_NODE_OBJECT:
          return regimen_json_invalid (domain, code, error, member_path, _("expected an object"));

        case JSON_NODE_ARRAY:
          return regimen_json_invalid (domain, code, error, member_path, _("expected a list"));

        case JSON_NODE_VALUE:
        case JSON_NODE_NULL:
        default:
          return regimen_json_invalid (domain, code, error, member_path, _("expected a single value"));
        }
    }

  *out = node;
  return TRUE;
}

/**
 * regimen_json_get_string:
 * @out: (out) (transfer none): the text, left as it was when the member is
 *   absent
 */
gboolean
regimen_json_get_string (GQuark        domain,
                         int           code,
                         JsonObject   *object,
                         const char   *path,
                         const char   *name,
                         gboolean      required,
                         const char  **out,
                         GError      **error)
{
  g_autofree char *member_path = NULL;
  JsonNode *node;

  if (!regimen_json_get_member (domain, code, object, path, name, JSON_NODE_VALUE, required, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  member_path = g_strdup_printf ("%s.%s", path, name);

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return regimen_json_invalid (domain, code, error, member_path, _("expected text"));

  if (required && *json_node_get_string (node) == '\0')
    return regimen_json_invalid (domain, code, error, member_path, _("must not be empty"));

  *out = json_node_get_string (node);
  return TRUE;
}

/**
 * regimen_json_get_uint:
 * @out: (out): the number, left as it was when the member is absent
 */
gboolean
regimen_json_get_uint (GQuark        domain,
                       int           code,
                       JsonObject   *object,
                       const char   *path,
                       const char   *name,
                       gboolean      required,
                       guint         min,
                       guint         max,
                       guint        *out,
                       GError      **error)
{
  g_autofree char *member_path = NULL;
  JsonNode *node;
  gint64 value;

  if (!regimen_json_get_member (domain, code, object, path, name, JSON_NODE_VALUE, required, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  member_path = g_strdup_printf ("%s.%s", path, name);

  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return regimen_json_invalid (domain, code, error, member_path, _("expected a whole number"));

  value = json_node_get_int (node);
  if (value < (gint64) min || value > (gint64) max)
    {
      /* Translators: a number is outside the range of allowed values */
      g_autofree char *problem = g_strdup_printf (_("expected a number from %u to %u"), min, max);

      return regimen_json_invalid (domain, code, error, member_path, problem);
    }

  *out = (guint) value;
  return TRUE;
}

/**
 * regimen_json_get_boolean:
 * @out: (out): the value, left as it was when the member is absent
 */
gboolean
regimen_json_get_boolean (GQuark        domain,
                          int           code,
                          JsonObject   *object,
                          const char   *path,
                          const char   *name,
                          gboolean     *out,
                          GError      **error)
{
  JsonNode *node;

  if (!regimen_json_get_member (domain, code, object, path, name, JSON_NODE_VALUE, FALSE, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);

      return regimen_json_invalid (domain, code, error, member_path, _("expected true or false"));
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}
