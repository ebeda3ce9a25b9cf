/* regimen-json-check.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a strict check of JSON text found wrong. */
typedef enum
{
  REGIMEN_JSON_PROBLEM_SYNTAX,   /* not RFC 8259 JSON (comments, 'quotes', 010, 0x10, \q, …) */
  REGIMEN_JSON_PROBLEM_TOO_DEEP, /* nested deeper than allowed */
  REGIMEN_JSON_PROBLEM_RANGE,    /* an integer outside 64 bits, or a number beyond a double */
  REGIMEN_JSON_PROBLEM_TEXT,     /* a string holding NUL or half a surrogate pair */
  REGIMEN_JSON_PROBLEM_TOO_MANY, /* more than REGIMEN_JSON_MAX_VALUES values */
  REGIMEN_JSON_PROBLEM_DUPLICATE, /* a member name used twice in one object */
} RegimenJsonProblemKind;

/* Each value counts one: every member, every list element and the
 * document itself. A 520-week plan made from a template holds about
 * 75,000; json-glib needs up to about 400 bytes for each, so this keeps a
 * file of small values from taking gigabytes. Documented in
 * docs/plan-format.md. */
#define REGIMEN_JSON_MAX_VALUES 500000

typedef struct
{
  RegimenJsonProblemKind kind;
  guint                  line;    /* from 1 */
  guint                  column;  /* from 1, in characters */
  char                  *path;    /* JSON path of the value, such as $.weeks[0].title */
  char                  *message; /* translated: what is wrong there */
} RegimenJsonProblem;

gboolean regimen_json_check         (const char         *data,
                                     gsize               length,
                                     guint               max_depth,
                                     RegimenJsonProblem *problem);
gboolean regimen_json_check_valid_utf8 (const char         *data,
                                        gsize               length,
                                        guint               max_depth,
                                        RegimenJsonProblem *problem);
void     regimen_json_locate        (const char         *start,
                                     const char         *at,
                                     guint              *line,
                                     guint              *column);
void     regimen_json_problem_clear (RegimenJsonProblem *problem);
gboolean regimen_json_has_wide_bom  (const char         *data,
                                     gsize               length);
char    *regimen_json_compact       (const char         *data,
                                     gsize               length,
                                     gsize              *out_length);
void     regimen_json_path_append_member (GString    *path,
                                          const char *name,
                                          gsize       length);

G_END_DECLS
