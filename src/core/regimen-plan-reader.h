/* regimen-plan-reader.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-plan.h"

G_BEGIN_DECLS

/* Limits checked before parsing, so hostile input cannot exhaust memory
 * or the stack. */
#define REGIMEN_PLAN_MAX_SIZE  (16 * 1024 * 1024)
#define REGIMEN_PLAN_MAX_DEPTH 64

#define REGIMEN_PLAN_ERROR (regimen_plan_error_quark ())

/* Errors of the plan reader. Every message is translated, plain words, and
 * names where the problem is: the JSON path ("$.weeks[0].days[3].rpe") or,
 * for SYNTAX, the line and column. */
typedef enum
{
  REGIMEN_PLAN_ERROR_SYNTAX,          /* not JSON */
  REGIMEN_PLAN_ERROR_NOT_OBJECT,      /* the document is not a JSON object */
  REGIMEN_PLAN_ERROR_FORMAT,          /* "format" missing or not "regimen-plan" */
  REGIMEN_PLAN_ERROR_VERSION_MISSING, /* no "version" */
  REGIMEN_PLAN_ERROR_VERSION_NEWER,   /* made by a newer Regimen */
  REGIMEN_PLAN_ERROR_TYPE,            /* a member has the wrong JSON type */
  REGIMEN_PLAN_ERROR_RANGE,           /* a number outside its allowed range */
  REGIMEN_PLAN_ERROR_DAYS,            /* a week without exactly 7 days */
  REGIMEN_PLAN_ERROR_ENCODING,        /* not UTF-8, or a NUL byte */
  REGIMEN_PLAN_ERROR_TOO_LARGE,       /* more than REGIMEN_PLAN_MAX_SIZE bytes */
  REGIMEN_PLAN_ERROR_TOO_DEEP,        /* nested deeper than REGIMEN_PLAN_MAX_DEPTH */
  REGIMEN_PLAN_ERROR_MISSING,         /* a required member is missing */
  REGIMEN_PLAN_ERROR_VALUE,           /* a bad word, date, tempo or empty id */
} RegimenPlanError;

GQuark       regimen_plan_error_quark               (void);

/* The loaded plan is not modified and has an empty undo history. */
RegimenPlan *regimen_plan_load_from_data            (const char           *data,
                                                     gssize                length,
                                                     GError              **error);
RegimenPlan *regimen_plan_load_from_bytes           (GBytes               *bytes,
                                                     GError              **error);
GBytes      *regimen_plan_read_file                 (GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
RegimenPlan *regimen_plan_load_from_file            (GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
RegimenPlan *regimen_plan_load_from_file_with_text  (GFile                *file,
                                                     GBytes              **out_text,
                                                     gboolean             *out_too_large_to_save,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void         regimen_plan_load_from_file_async      (GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
RegimenPlan *regimen_plan_load_from_file_finish     (GAsyncResult         *result,
                                                     GError              **error);

G_END_DECLS
