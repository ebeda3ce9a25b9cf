/* regimen-problem-row.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_PROBLEM_ROW (regimen_problem_row_get_type ())

G_DECLARE_FINAL_TYPE (RegimenProblemRow, regimen_problem_row, REGIMEN, PROBLEM_ROW, GtkWidget)

GtkWidget         *regimen_problem_row_new            (RegimenDiagnostic      *diagnostic,
                                                       RegimenAcknowledgement *acknowledgement);
RegimenDiagnostic *regimen_problem_row_get_diagnostic (RegimenProblemRow      *self);
RegimenAcknowledgement *regimen_problem_row_get_acknowledgement (RegimenProblemRow *self);
void               regimen_problem_row_set_diagnostic (RegimenProblemRow      *self,
                                                       RegimenDiagnostic      *diagnostic);
void               regimen_problem_row_rebind         (RegimenProblemRow      *self,
                                                       RegimenDiagnostic      *diagnostic,
                                                       RegimenAcknowledgement *acknowledgement);

G_END_DECLS
