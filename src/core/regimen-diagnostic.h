/* regimen-diagnostic.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "regimen-rules.h"

G_BEGIN_DECLS

/* A location part that does not apply (a week-level finding has no day). */
#define REGIMEN_DIAGNOSTIC_NO_LOCATION (-1)

#define REGIMEN_TYPE_DIAGNOSTIC (regimen_diagnostic_get_type ())

G_DECLARE_FINAL_TYPE (RegimenDiagnostic, regimen_diagnostic, REGIMEN, DIAGNOSTIC, GObject)

/* One finding of the plan check: which rule, how serious, a translated
 * message in plain words, and where in the plan (0-based week, day,
 * session, item; REGIMEN_DIAGNOSTIC_NO_LOCATION when a part does not
 * apply). Immutable; properties: rule (the code, e.g. "HIIT-FREQ"),
 * severity, message, week, day, session, item, key (see
 * regimen_diagnostic_get_key()). */
RegimenDiagnostic *regimen_diagnostic_new          (RegimenRuleId      rule,
                                                    RegimenSeverity    severity,
                                                    int                week,
                                                    int                day,
                                                    int                session,
                                                    int                item,
                                                    const char        *message);
RegimenDiagnostic *regimen_diagnostic_new_with_fingerprint_text (RegimenRuleId      rule,
                                                                 RegimenSeverity    severity,
                                                                 int                week,
                                                                 int                day,
                                                                 int                session,
                                                                 int                item,
                                                                 const char        *message,
                                                                 const char        *fingerprint_text);

RegimenRuleId      regimen_diagnostic_get_rule_id  (RegimenDiagnostic *self);
const char        *regimen_diagnostic_get_rule     (RegimenDiagnostic *self);
RegimenSeverity    regimen_diagnostic_get_severity (RegimenDiagnostic *self);
const char        *regimen_diagnostic_get_message  (RegimenDiagnostic *self);
const char        *regimen_diagnostic_get_fingerprint_text (RegimenDiagnostic *self);
int                regimen_diagnostic_get_week     (RegimenDiagnostic *self);
int                regimen_diagnostic_get_day      (RegimenDiagnostic *self);
int                regimen_diagnostic_get_session  (RegimenDiagnostic *self);
int                regimen_diagnostic_get_item     (RegimenDiagnostic *self);
void               regimen_diagnostic_get_place    (RegimenDiagnostic *self,
                                                    int               *place);
const char        *regimen_diagnostic_get_key      (RegimenDiagnostic *self);

G_END_DECLS
