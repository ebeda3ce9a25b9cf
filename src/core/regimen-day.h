/* regimen-day.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "regimen-session.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_DAY (regimen_day_get_type ())

G_DECLARE_FINAL_TYPE (RegimenDay, regimen_day, REGIMEN, DAY, GObject)

/* One day of a plan week; sessions is a GListModel of RegimenSession.
 * Days are created by their week. regimen_day_append_session() is for
 * weeks that are not in a plan yet. */
const char     *regimen_day_get_name            (RegimenDay     *self);
guint           regimen_day_get_weekday         (RegimenDay     *self);
GListModel     *regimen_day_get_sessions        (RegimenDay     *self);
guint           regimen_day_get_n_sessions      (RegimenDay     *self);
gboolean        regimen_day_has_room_for        (RegimenDay     *self,
                                                 RegimenSession *session);
RegimenSession *regimen_day_get_session         (RegimenDay     *self,
                                                 guint           position);
/* Borrowed, for loops over a whole plan: see regimen_day_peek_session() */
RegimenSession *regimen_day_peek_session         (RegimenDay     *self,
                                                 guint           position);
JsonObject     *regimen_day_get_extra           (RegimenDay     *self);

void            regimen_day_append_session      (RegimenDay     *self,
                                                 RegimenSession *session);

G_END_DECLS
