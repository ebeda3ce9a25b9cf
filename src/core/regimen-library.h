/* regimen-library.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-exercise.h"

G_BEGIN_DECLS

#define REGIMEN_LIBRARY_ERROR (regimen_library_error_quark ())

typedef enum
{
  REGIMEN_LIBRARY_ERROR_SYNTAX,        /* not JSON at all */
  REGIMEN_LIBRARY_ERROR_INVALID,       /* a member is missing or has the wrong type or value */
  REGIMEN_LIBRARY_ERROR_VERSION,       /* written by a newer Regimen */
  REGIMEN_LIBRARY_ERROR_DUPLICATE_ID,
  REGIMEN_LIBRARY_ERROR_UNKNOWN_ID,
  REGIMEN_LIBRARY_ERROR_CHAIN,         /* previous/next do not agree */
  REGIMEN_LIBRARY_ERROR_NOT_CUSTOM,    /* built-in exercises cannot be removed */
} RegimenLibraryError;

/* The newest library file format this reader understands. */
#define REGIMEN_LIBRARY_FORMAT_VERSION 1

GQuark regimen_library_error_quark (void);

#define REGIMEN_TYPE_LIBRARY (regimen_library_get_type ())

/* A GListModel of RegimenExercise, in file order, custom ones last. */
G_DECLARE_FINAL_TYPE (RegimenLibrary, regimen_library, REGIMEN, LIBRARY, GObject)

RegimenLibrary  *regimen_library_new             (void);
RegimenLibrary  *regimen_library_new_builtin     (GError         **error);
guint            regimen_library_get_n_builtin_made (void);
RegimenLibrary  *regimen_library_new_from_bytes  (GBytes          *bytes,
                                                  GError         **error);
RegimenLibrary  *regimen_library_new_from_file   (GFile           *file,
                                                  GError         **error);
RegimenLibrary  *regimen_library_get_default     (void);
gboolean         regimen_library_preload_default (void);

RegimenExercise *regimen_library_lookup          (RegimenLibrary  *self,
                                                  const char      *id);
GPtrArray       *regimen_library_get_chain       (RegimenLibrary  *self,
                                                  const char      *id);
gboolean         regimen_library_add             (RegimenLibrary  *self,
                                                  RegimenExercise *exercise,
                                                  GError         **error);
gboolean         regimen_library_remove          (RegimenLibrary  *self,
                                                  const char      *id,
                                                  GError         **error);

G_END_DECLS
