/* regimen-print-operation.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_PRINT_OPERATION (regimen_print_operation_get_type ())

/* What a print did to the file “Print to File” named. */
typedef enum
{
  REGIMEN_PRINT_OUTPUT_UNKNOWN,   /* it could not be looked at */
  REGIMEN_PRINT_OUTPUT_NONE_MADE, /* there was none, and none was made */
  REGIMEN_PRINT_OUTPUT_UNCHANGED, /* the file there is as it was */
  REGIMEN_PRINT_OUTPUT_CHANGED,   /* made or written, at least in part */
  REGIMEN_PRINT_OUTPUT_NOT_KEPT,  /* written over, what was there not kept */
} RegimenPrintOutputChange;

G_DECLARE_FINAL_TYPE (RegimenPrintOperation, regimen_print_operation, REGIMEN, PRINT_OPERATION, GtkPrintOperation)

RegimenPrintOperation *regimen_print_operation_new (RegimenPlan    *plan,
                                                    RegimenLibrary *library,
                                                    RegimenChecker *checker,
                                                    guint           current_week);
const GError          *regimen_print_operation_get_refusal (RegimenPrintOperation *self);
RegimenPrintOutputChange regimen_print_operation_get_output_change (RegimenPrintOperation *self);

RegimenPlan           *regimen_print_operation_get_plan         (RegimenPrintOperation *self);
RegimenLibrary        *regimen_print_operation_get_library      (RegimenPrintOperation *self);
RegimenChecker        *regimen_print_operation_get_checker      (RegimenPrintOperation *self);
guint                  regimen_print_operation_get_current_week (RegimenPrintOperation *self);

GFile                 *regimen_print_dup_output_file (GtkPrintOperation *operation);

G_END_DECLS
