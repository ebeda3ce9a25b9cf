/* regimen-plan-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-plan.h"

G_BEGIN_DECLS

/* Shared by the model classes, the reader and the writer; not installed. */

void         regimen_item_take_extra            (RegimenItem    *self,
                                                 JsonObject     *extra);
void         regimen_session_take_extra         (RegimenSession *self,
                                                 JsonObject     *extra);
void         regimen_day_take_extra             (RegimenDay     *self,
                                                 JsonObject     *extra);
void         regimen_week_take_extra            (RegimenWeek    *self,
                                                 JsonObject     *extra);
void         regimen_athlete_take_extra         (RegimenAthlete *self,
                                                 JsonObject     *extra);
void         regimen_plan_take_extra            (RegimenPlan    *self,
                                                 JsonObject     *extra);

/* Ids are set by the reader, and renewed where they would repeat. */
void         regimen_session_set_id             (RegimenSession *self,
                                                 const char     *id);
void         regimen_item_set_id                (RegimenItem    *self,
                                                 const char     *id);

RegimenDay  *regimen_day_new                    (guint           weekday);
RegimenDay  *regimen_day_copy                   (RegimenDay     *self,
                                                 guint           weekday);

JsonObject  *regimen_json_object_copy           (JsonObject     *object);

/* For the reader: fills a new plan without recording history. */
void         regimen_plan_load_title            (RegimenPlan    *self,
                                                 const char     *title);
void         regimen_plan_load_start_date       (RegimenPlan    *self,
                                                 const GDate    *start_date);
void         regimen_plan_load_athlete          (RegimenPlan    *self,
                                                 RegimenAthlete *athlete);
void         regimen_plan_load_week             (RegimenPlan    *self,
                                                 RegimenWeek    *week);
void         regimen_plan_load_acknowledgement  (RegimenPlan    *self,
                                                 RegimenAcknowledgement *acknowledgement);
void         regimen_plan_load_draft            (RegimenPlan    *self,
                                                 gboolean        draft);

/* Gives every session and item a new id, outside the history: for a plan
 * made from a template, so that two plans from one template do not share
 * ids (and calendar UIDs). */
void         regimen_plan_renew_ids             (RegimenPlan    *self);

/* For the writer: a token for the current state, and marking that state
 * saved once the save finished (edits may have happened meanwhile). */
guint64      regimen_plan_begin_save            (RegimenPlan    *self);
void         regimen_plan_mark_saved_state      (RegimenPlan    *self,
                                                 guint64         state);

G_END_DECLS
