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
GBytes      *regimen_plan_to_bytes_within_limit     (RegimenPlan          *plan,
                                                     gboolean             *compact);

/* Whether two plan texts say the same but for the ids of their sessions
 * and items: the ids of one renamed, consistently (“progressed_from”
 * naming the same item), give the other. A week copied onto a week that
 * holds the same already changes nothing a person sees but its ids. */
gboolean     regimen_plan_text_equal_but_ids        (GBytes               *a,
                                                     GBytes               *b);

/* The size of a plan's text, or of a part of it, as
 * regimen_plan_to_data() writes it: the JSON values the reader counts
 * (each member and each list element, and the document) and the bytes.
 * Commands that multiply what a plan holds (a week copied onto many, a
 * progression rule written into many weeks) measure what they would make
 * before they make it, and refuse what the reader would not take. */
typedef struct
{
  guint64 values;
  guint64 bytes;
} RegimenTextSize;

void         regimen_plan_measure_text              (RegimenPlan          *plan,
                                                     RegimenTextSize      *size);
void         regimen_week_measure_days_text         (RegimenWeek          *week,
                                                     RegimenTextSize      *size);
void         regimen_item_measure_text              (RegimenItem          *item,
                                                     RegimenTextSize      *size);
gboolean     regimen_text_size_fits                 (const RegimenTextSize *size);
void         regimen_plan_set_too_large_error       (GError              **error);
gboolean     regimen_plan_check_fits                (RegimenPlan          *plan,
                                                     GError              **error);

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
gboolean     regimen_plan_save_to_file_from         (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     GFile                *source,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
gboolean     regimen_plan_save_to_file_if_unchanged (RegimenPlan          *plan,
                                                     GFile                *file,
                                                     GBytes               *previous,
                                                     const RegimenFileReached *reached,
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
/**
 * RegimenPlanBeforeWriteFunc:
 * @bytes: the text the save is about to write
 * @user_data: the data given with the function
 *
 * Called on the save's worker thread with the save's text, before the
 * file is written.
 */
typedef void (*RegimenPlanBeforeWriteFunc) (GBytes   *bytes,
                                            gpointer  user_data);

void         regimen_plan_save_to_file_full_async   (RegimenPlan               *plan,
                                                     GFile                     *file,
                                                     GBytes                    *previous,
                                                     GFile                     *source,
                                                     const RegimenFileReached  *reached,
                                                     RegimenFileWriteFlags      flags,
                                                     RegimenPlanBeforeWriteFunc before_write,
                                                     gpointer                   before_data,
                                                     GDestroyNotify             before_destroy,
                                                     GCancellable              *cancellable,
                                                     GAsyncReadyCallback        callback,
                                                     gpointer                   user_data);
gboolean     regimen_plan_save_to_file_finish       (RegimenPlan          *plan,
                                                     GAsyncResult         *result,
                                                     GError              **error);
GBytes      *regimen_plan_save_to_file_get_text     (GAsyncResult         *result);
gboolean     regimen_plan_save_to_file_get_backup_unkept (GAsyncResult    *result);

G_END_DECLS
