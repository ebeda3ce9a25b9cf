/* regimen-document.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-autosave.h"
#include "regimen-file-util.h"
#include "regimen-library.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_DOCUMENT (regimen_document_get_type ())

G_DECLARE_FINAL_TYPE (RegimenDocument, regimen_document, REGIMEN, DOCUMENT, GObject)

/* Turns a snapshot of the plan into an export's bytes. Runs on a worker
 * thread, with a plan and a library nobody else holds. */
typedef GBytes *(*RegimenDocumentRenderFunc) (RegimenPlan     *snapshot,
                                              RegimenLibrary  *library,
                                              gpointer         user_data,
                                              GError         **error);

RegimenDocument *regimen_document_new                 (RegimenPlan          *plan,
                                                       GFile                *file);
void             regimen_document_restore_async       (RegimenAutosave      *autosave,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
RegimenDocument *regimen_document_restore_finish      (GAsyncResult         *result,
                                                       GError              **error);
void             regimen_document_load_async          (GFile                *file,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
RegimenDocument *regimen_document_load_finish         (GAsyncResult         *result,
                                                       GError              **error);

RegimenPlan     *regimen_document_get_plan            (RegimenDocument      *self);
gboolean         regimen_document_get_too_large_to_save (RegimenDocument    *self);
GFile           *regimen_document_get_file            (RegimenDocument      *self);
const char      *regimen_document_get_file_id         (RegimenDocument      *self);
char            *regimen_document_dup_unreached_link  (RegimenDocument      *self);
char            *regimen_document_dup_title           (RegimenDocument      *self);
gboolean         regimen_document_get_modified        (RegimenDocument      *self);
gboolean         regimen_document_get_busy            (RegimenDocument      *self);
gboolean         regimen_document_is_autosaving       (RegimenDocument      *self);
gboolean         regimen_document_get_restored        (RegimenDocument      *self);
const char      *regimen_document_get_autosave_id     (RegimenDocument      *self);
gboolean         regimen_document_is_pristine         (RegimenDocument      *self);

void             regimen_document_save_async          (RegimenDocument      *self,
                                                       GFile                *file,
                                                       RegimenFileWriteFlags flags,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean         regimen_document_save_finish         (RegimenDocument      *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
gboolean         regimen_document_take_unkept_backup  (RegimenDocument      *self);

void             regimen_document_export_async        (RegimenDocument           *self,
                                                       GFile                     *file,
                                                       RegimenDocumentRenderFunc  render,
                                                       gpointer                   render_data,
                                                       GCancellable              *cancellable,
                                                       GAsyncReadyCallback        callback,
                                                       gpointer                   user_data);
gboolean         regimen_document_export_finish       (RegimenDocument      *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
gboolean         regimen_document_check_print_file    (GFile                *file,
                                                       GError              **error);

GBytes          *regimen_document_render_calendar     (RegimenPlan          *snapshot,
                                                       RegimenLibrary       *library,
                                                       gpointer              user_data,
                                                       GError              **error);

void             regimen_document_autosave_now        (RegimenDocument      *self);
void             regimen_document_autosave_all_now    (void);
void             regimen_document_autosave_all_sync   (void);
void             regimen_document_retry_autosave      (RegimenDocument      *self);
void             regimen_document_forget_autosave     (RegimenDocument      *self);
void             regimen_document_discard             (RegimenDocument      *self);
void             regimen_document_keep_this_version   (RegimenDocument      *self);
void             regimen_document_keep_gone           (RegimenDocument      *self);
void             regimen_document_keep_over_folder    (RegimenDocument      *self);
void             regimen_document_leave_change        (RegimenDocument      *self);
void             regimen_document_keep_after_failed_reload (RegimenDocument *self);

G_END_DECLS
