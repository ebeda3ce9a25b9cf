/* regimen-plan-writer.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-file-util.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

/* The canonical form of a plan: UTF-8 JSON, members in a fixed order with
 * unknown ones after the known, 2-space indent, a trailing newline. Reading
 * canonical text and writing it again gives the same bytes. */
char        *regimen_plan_to_data                   (RegimenPlan          *plan,
                                                     gsize                *length);
GBytes      *regimen_plan_to_bytes                  (RegimenPlan          *plan);

/* Saves atomically: the new text goes to a temporary file beside @file
 * that is synced and renamed over it; the previous version is kept as
 * "FILE~". On failure @file is left as it was. On success the plan is
 * marked saved as of the moment the call started (for the async variant,
 * in regimen_plan_save_to_file_finish()). */
gboolean     regimen_plan_save_to_file              (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
gboolean     regimen_plan_save_to_file_with_flags   (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     RegimenFileWriteFlags flags,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
gboolean     regimen_plan_save_to_file_if_unchanged (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     GBytes               *previous,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void         regimen_plan_save_to_file_async        (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
void         regimen_plan_save_to_file_with_flags_async
                                                    (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     RegimenFileWriteFlags flags,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
void         regimen_plan_save_to_file_if_unchanged_async
                                                    (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     GBytes               *previous,
                                                     RegimenFileWriteFlags flags,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean     regimen_plan_save_to_file_finish       (RegimenPlan          *plan,
                                                     GAsyncResult         *result,
                                                     GError              **error);
GBytes      *regimen_plan_save_to_file_get_text     (GAsyncResult         *result);

G_END_DECLS
