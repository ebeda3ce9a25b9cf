/* regimen-session-card.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_SESSION_CARD (regimen_session_card_get_type ())

/* The rows built after a frame in one idle slice, of all cards. */
#define REGIMEN_SESSION_CARD_ROWS_PER_SLICE 8
/* The rows of cards taken out freed in one idle slice, of all cards. */
#define REGIMEN_SESSION_CARD_ROWS_FREED_PER_SLICE 32

G_DECLARE_FINAL_TYPE (RegimenSessionCard, regimen_session_card, REGIMEN, SESSION_CARD, GtkWidget)

GtkWidget      *regimen_session_card_new          (RegimenSession     *session,
                                                   RegimenLibrary     *library,
                                                   RegimenPlan        *plan);
GtkWidget      *regimen_session_card_new_deferred (RegimenSession     *session,
                                                   RegimenLibrary     *library,
                                                   RegimenPlan        *plan);
gboolean        regimen_session_card_build_next_row (RegimenSessionCard *self);
void            regimen_session_card_build_rows_later (RegimenSessionCard *self);
gboolean        regimen_session_card_get_rows_pending (void);
void            regimen_session_card_release_later (RegimenSessionCard *self);
RegimenSession *regimen_session_card_get_session  (RegimenSessionCard *self);
gboolean        regimen_session_card_rebind       (RegimenSessionCard *self,
                                                   RegimenSession     *session,
                                                   RegimenLibrary     *library,
                                                   RegimenPlan        *plan);
guint           regimen_session_card_get_drop_position (RegimenSessionCard *self,
                                                        double              y);
void            regimen_session_card_set_today    (RegimenSessionCard *self,
                                                   const GDate        *today);
void            regimen_session_card_set_problems (RegimenSessionCard *self,
                                                   RegimenSeverity     severity,
                                                   const char         *messages);
void            regimen_problem_mark              (GtkWidget          *widget,
                                                   GtkImage           *icon,
                                                   RegimenSeverity     severity,
                                                   const char         *messages);

G_END_DECLS
