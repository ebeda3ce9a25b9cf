/* regimen-file-util-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-file-util.h"

G_BEGIN_DECLS

/* How long a writer waits for a lock another program holds on the file
 * it replaces before it gives up. */
#define REGIMEN_FILE_LOCK_WAIT (30 * G_USEC_PER_SEC)

/* For the tests, not installed: that wait, so that a test of a lock
 * never released need not wait that long. */
void regimen_file_set_lock_wait (gint64 microseconds);

/* For the tests, not installed: a function called with each temporary
 * path regimen_file_remove_temporaries() reads, before it removes it,
 * and whether the lock a writer takes to free its path is free. */
typedef void (*RegimenFileRemovalHook) (const char *path,
                                        gpointer    data);
void     regimen_file_set_removal_hook     (RegimenFileRemovalHook hook,
                                            gpointer               data);
gboolean regimen_file_pending_lock_is_free (void);

gboolean regimen_file_is_remote_in (const char *mountinfo,
                                    const char *path);
gboolean regimen_file_is_remote    (const char *path);

G_END_DECLS
