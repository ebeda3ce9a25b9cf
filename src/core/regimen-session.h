/* regimen-session.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "regimen-item.h"
#include "regimen-log.h"
#include "regimen-plan-types.h"

G_BEGIN_DECLS

/* The RPE a new session starts with. */
#define REGIMEN_SESSION_DEFAULT_RPE 5

#define REGIMEN_TYPE_SESSION (regimen_session_get_type ())

G_DECLARE_FINAL_TYPE (RegimenSession, regimen_session, REGIMEN, SESSION, GObject)

/* A session's time: none, or the minute of the day it starts at. */
#define REGIMEN_SESSION_NO_TIME (-1)
#define REGIMEN_MINUTES_PER_DAY (24 * 60)

/* One training session of a day. minutes is 0 when the file leaves it out
 * (the planner then estimates it from the items). items is a GListModel of
 * RegimenItem.
 *
 * The setters and regimen_session_append_item() are for sessions that are
 * not in a plan yet; inside a plan use the undoable regimen_plan_*()
 * commands. */
RegimenSession     *regimen_session_new          (RegimenSessionKind  kind,
                                                  const char         *title);
RegimenSession     *regimen_session_copy         (RegimenSession     *self);

const char         *regimen_session_get_id       (RegimenSession     *self);
const char         *regimen_session_get_title    (RegimenSession     *self);
const char         *regimen_session_get_display_title
                                                 (RegimenSession     *self);
RegimenSessionKind  regimen_session_get_kind     (RegimenSession     *self);
guint               regimen_session_get_rpe      (RegimenSession     *self);
guint               regimen_session_get_minutes  (RegimenSession     *self);
int                 regimen_session_get_time     (RegimenSession     *self);
GListModel         *regimen_session_get_items    (RegimenSession     *self);
guint               regimen_session_get_n_items  (RegimenSession     *self);
gboolean            regimen_session_has_room_for (RegimenSession     *self,
                                                  RegimenItem        *item);
RegimenItem        *regimen_session_get_item     (RegimenSession     *self,
                                                  guint               position);
/* Borrowed, for loops over a whole plan: see regimen_session_peek_item() */
RegimenItem        *regimen_session_peek_item    (RegimenSession     *self,
                                                  guint               position);
JsonObject         *regimen_session_get_extra    (RegimenSession     *self);
const RegimenSessionLog *regimen_session_get_log (RegimenSession     *self);
guint               regimen_session_log_leave_out_removed
                                                 (RegimenSession     *self,
                                                  RegimenSessionLog  *log);
guint               regimen_session_log_keep_removed
                                                 (RegimenSession     *self,
                                                  RegimenSessionLog  *log);

void                regimen_session_set_title    (RegimenSession     *self,
                                                  const char         *title);
void                regimen_session_set_kind     (RegimenSession     *self,
                                                  RegimenSessionKind  kind);
void                regimen_session_set_rpe      (RegimenSession     *self,
                                                  guint               rpe);
void                regimen_session_set_minutes  (RegimenSession     *self,
                                                  guint               minutes);
void                regimen_session_set_time     (RegimenSession     *self,
                                                  int                 time);
void                regimen_session_append_item  (RegimenSession     *self,
                                                  RegimenItem        *item);
void                regimen_session_set_log      (RegimenSession     *self,
                                                  const RegimenSessionLog *log);

char               *regimen_session_time_to_string   (int                 time);
gboolean            regimen_session_time_from_string (const char         *text,
                                                      int                *time);

G_END_DECLS
