/* regimen-acknowledgement.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "regimen-diagnostic.h"

G_BEGIN_DECLS

typedef struct _RegimenPlan RegimenPlan;

#define REGIMEN_ACKNOWLEDGEMENT_REASON_MAX 500

#define REGIMEN_TYPE_ACKNOWLEDGEMENT (regimen_acknowledgement_get_type ())

G_DECLARE_FINAL_TYPE (RegimenAcknowledgement, regimen_acknowledgement, REGIMEN, ACKNOWLEDGEMENT, GObject)

/* A finding of the plan check that the person planning has seen and
 * accepted, with their reason ("acknowledgements" in the file). @finding
 * is the finding's key (regimen_diagnostic_get_key()), @fingerprint what
 * the finding was about when it was acknowledged
 * (regimen_diagnostic_fingerprint()); once either differs the
 * acknowledgement no longer applies. Immutable. */
RegimenAcknowledgement *regimen_acknowledgement_new             (const char             *finding,
                                                                 const char             *fingerprint,
                                                                 const char             *reason);
const char             *regimen_acknowledgement_get_finding     (RegimenAcknowledgement *self);
const char             *regimen_acknowledgement_get_fingerprint (RegimenAcknowledgement *self);
const char             *regimen_acknowledgement_get_reason      (RegimenAcknowledgement *self);
char                   *regimen_acknowledgement_dup_shown_reason (RegimenAcknowledgement *self);
JsonObject             *regimen_acknowledgement_get_extra       (RegimenAcknowledgement *self);
void                    regimen_acknowledgement_take_extra      (RegimenAcknowledgement *self,
                                                                 JsonObject             *extra);
gboolean                regimen_acknowledgement_applies_to      (RegimenAcknowledgement *self,
                                                                 RegimenPlan            *plan,
                                                                 RegimenDiagnostic      *diagnostic);

char                   *regimen_diagnostic_fingerprint          (RegimenDiagnostic      *diagnostic,
                                                                 RegimenPlan            *plan);

G_END_DECLS
