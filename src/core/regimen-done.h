/* regimen-done.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-checker.h"
#include "regimen-session.h"

G_BEGIN_DECLS

/* Planned and done: what a session's log means for the figures
 * (docs/plan-format.md, "How the log counts"). */

double   regimen_session_planned_load         (RegimenSession   *session);
gboolean regimen_session_get_done_load        (RegimenSession   *session,
                                               double           *load);
double   regimen_session_effective_load       (RegimenSession   *session);
guint    regimen_session_effective_item_sets  (RegimenSession   *session,
                                               RegimenItem      *item);
void     regimen_week_stats_add_session       (RegimenWeekStats *stats,
                                               guint             day,
                                               RegimenSession   *session);

G_END_DECLS
