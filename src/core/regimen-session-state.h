/* regimen-session-state.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-plan.h"

G_BEGIN_DECLS

/* What a session card says about a session's log, as plain data. */
typedef enum
{
  REGIMEN_SESSION_STATE_NONE,        /* to come, or undated: nothing to say */
  REGIMEN_SESSION_STATE_NOT_LOGGED,  /* its day is over and nothing is logged */
  REGIMEN_SESSION_STATE_DONE,
  REGIMEN_SESSION_STATE_PARTLY,
  REGIMEN_SESSION_STATE_SKIPPED,
} RegimenSessionState;

GDate              *regimen_plan_dup_session_date   (RegimenPlan         *plan,
                                                     RegimenSession      *session);
RegimenSessionState regimen_session_get_state       (RegimenPlan         *plan,
                                                     RegimenSession      *session,
                                                     const GDate         *today);
const char         *regimen_session_state_get_label (RegimenSessionState  state);

G_END_DECLS
