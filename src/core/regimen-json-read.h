/* regimen-json-read.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Careful reading of JSON members for the core's loaders: each checks the
 * node's type before use and reports problems as “PATH: what is wrong” in
 * the caller's error domain and code. */

gboolean regimen_json_invalid     (GQuark         domain,
                                   int            code,
                                   GError       **error,
                                   const char    *path,
                                   const char    *problem);
gboolean regimen_json_get_member  (GQuark         domain,
                                   int            code,
                                   JsonObject    *object,
                                   const char    *path,
                                   const char    *name,
                                   JsonNodeType   type,
                                   gboolean       required,
                                   JsonNode     **out,
                                   GError       **error);
gboolean regimen_json_get_string  (GQuark         domain,
                                   int            code,
                                   JsonObject    *object,
                                   const char    *path,
                                   const char    *name,
                                   gboolean       required,
                                   const char   **out,
                                   GError       **error);
gboolean regimen_json_get_uint    (GQuark         domain,
                                   int            code,
                                   JsonObject    *object,
                                   const char    *path,
                                   const char    *name,
                                   gboolean       required,
                                   guint          min,
                                   guint          max,
                                   guint         *out,
                                   GError       **error);
gboolean regimen_json_get_boolean (GQuark         domain,
                                   int            code,
                                   JsonObject    *object,
                                   const char    *path,
                                   const char    *name,
                                   gboolean      *out,
                                   GError       **error);

G_END_DECLS
