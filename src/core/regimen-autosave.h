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
  /* When the working copy was written (Unix time). */
  gint64 modified;
} RegimenAutosave;

void       regimen_autosave_free   (RegimenAutosave *autosave);

GFile     *regimen_autosave_get_dir (void);
gboolean   regimen_autosave_write   (const char      *id,
                                     RegimenPlan     *plan,
                                     GFile           *source,
                                     GError         **error);
gboolean   regimen_autosave_write_bytes (const char   *id,
                                       GBytes       *bytes,
                                       GFile        *source,
                                       GError      **error);
void       regimen_autosave_remove  (const char      *id);
GFile     *regimen_autosave_set_aside (const char    *id,
                                      GError       **error);
void       regimen_autosave_remove_async  (const char          *id,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
void       regimen_autosave_remove_finish (GAsyncResult        *result);
GPtrArray *regimen_autosave_list    (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenAutosave, regimen_autosave_free)

G_END_DECLS
