/* regimen-problem-list.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-checker.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_PROBLEM_LIST (regimen_problem_list_get_type ())

G_DECLARE_FINAL_TYPE (RegimenProblemList, regimen_problem_list, REGIMEN, PROBLEM_LIST, GObject)

RegimenProblemList *regimen_problem_list_new (void);
void                regimen_problem_list_set (RegimenProblemList *self,
                                              RegimenChecker     *checker,
                                              guint               week);
void                regimen_problem_list_clear (RegimenProblemList *self);
void                regimen_problem_list_set_limit (RegimenProblemList *self,
                                                    guint               limit);
guint               regimen_problem_list_get_limit (RegimenProblemList *self);
guint               regimen_problem_list_get_n_problems (RegimenProblemList *self);
RegimenDiagnostic  *regimen_problem_list_peek_problem (RegimenProblemList *self,
                                                       guint               position);

G_END_DECLS
