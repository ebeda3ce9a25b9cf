/* regimen-autosave.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char  *id;
  /* The working copy of the plan. */
  GFile *copy;
  /* Where the plan was last saved, if it ever was. */
  GFile *source;
  /* The SHA-256 of that file's text as the unsaved work started from it,
   * %REGIMEN_AUTOSAVE_NO_BASE when the work started from no text of it
   * (a plan handed over with a file it was not read from, or kept after
   * its file was gone), or NULL when not known (a working copy of an
   * older Regimen). */
  char  *base_checksum;
  /* When the working copy was written (Unix time). */
  gint64 modified;
} RegimenAutosave;

/* A working copy's base when its unsaved work started from no known
 * text of its file: restored, it replaces no file there unasked. */
#define REGIMEN_AUTOSAVE_NO_BASE "none"

#define REGIMEN_AUTOSAVE_ERROR (regimen_autosave_error_quark ())

typedef enum
{
  /* A working copy that could not be read, renamed ID.regimen.json.broken */
  REGIMEN_AUTOSAVE_ERROR_SET_ASIDE,
} RegimenAutosaveError;

GQuark     regimen_autosave_error_quark (void);

void       regimen_autosave_free   (RegimenAutosave *autosave);

GFile     *regimen_autosave_get_dir (void);
gboolean   regimen_autosave_write   (const char      *id,
                                     RegimenPlan     *plan,
                                     GFile           *source,
                                     GError         **error);
gboolean   regimen_autosave_write_bytes (const char   *id,
                                       GBytes       *bytes,
                                       GFile        *source,
                                       const char   *base_checksum,
                                       GError      **error);
void       regimen_autosave_remove  (const char      *id);
gboolean   regimen_autosave_claim   (const char      *id,
                                     GError         **error);
void       regimen_autosave_release (const char      *id);
GFile     *regimen_autosave_set_aside (const char    *id,
                                      GError       **error);
void       regimen_autosave_remove_async  (const char          *id,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
void       regimen_autosave_remove_finish (GAsyncResult        *result);
void       regimen_autosave_discard_async  (const char          *id,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
void       regimen_autosave_discard_finish (GAsyncResult        *result);
GPtrArray *regimen_autosave_list    (void);
gboolean   regimen_autosave_check   (RegimenAutosave *autosave,
                                     GError         **error);
gboolean   regimen_autosave_drop_if_saved (RegimenAutosave *autosave);
RegimenPlan *regimen_autosave_read  (RegimenAutosave *autosave,
                                     GCancellable    *cancellable,
                                     GError         **error);
gboolean   regimen_autosave_read_title (RegimenAutosave *autosave,
                                        char           **out_title,
                                        GCancellable    *cancellable,
                                        GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenAutosave, regimen_autosave_free)

G_END_DECLS
