/* regimen-id.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The persistent identities of sessions and items (docs/plan-format.md):
 * Regimen makes ten characters of lowercase base32 ("k3v7q2m9xa"); a file
 * may hold any 1 to 64 letters, digits, '-' or '_'. */
#define REGIMEN_ID_LENGTH      10
#define REGIMEN_ID_MAX_LENGTH  64
/* How many characters the printed sheet shows ("#k3v7"). */
#define REGIMEN_ID_SHORT_LENGTH 4

char     *regimen_id_new       (void);
char     *regimen_id_derive    (const char *seed,
                                const char *place,
                                guint       attempt);
gboolean  regimen_id_is_valid  (const char *id);
char     *regimen_id_short     (const char *id);

G_END_DECLS
