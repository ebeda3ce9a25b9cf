/* regimen-decimal.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean regimen_decimal_parse (const char  *text,
                                const char **end,
                                double      *value);
guint    regimen_decimal_count_decimals (const char *text);
char    *regimen_decimal_format (double       value);
char    *regimen_decimal_from_typed (const char *text);
char    *regimen_digits_from_typed  (const char *text);

G_END_DECLS
