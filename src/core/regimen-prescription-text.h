/* regimen-prescription-text.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-exercise.h"
#include "regimen-item.h"
#include "regimen-log.h"

G_BEGIN_DECLS

char *regimen_item_format_prescription (RegimenItem *item);
char *regimen_item_format_prescription_in (RegimenItem     *item,
                                           RegimenLoadUnit  unit);
char *regimen_load_format              (double           kg,
                                        RegimenLoadUnit  unit);
char *regimen_load_format_typed        (double           kg,
                                        RegimenLoadUnit  unit);
char *regimen_tempo_format             (const char  *tempo);
char *regimen_tempo_from_text         (const char  *text);
char *regimen_seconds_format           (guint        seconds);
char *regimen_prescription_format_frequency (const RegimenPrescription *prescription);
char *regimen_text_glue_numbers        (const char  *text);

G_END_DECLS
