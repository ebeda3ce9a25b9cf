/* held-lock.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The lock Regimen's writers of one file share (regimen-file-util.c),
 * held as another Regimen saving the same file would hold it: a writer
 * replacing the file waits at the lock until the test releases it. A
 * disk as slow as a test needs, without timing. Should a writer wait on
 * the thread that would release it, a watchdog releases the lock after a
 * minute, and held_lock_release() says it had to: the test fails rather
 * than hangs. */
typedef struct _HeldLock HeldLock;

/* Locks @path, an existing file. */
HeldLock *held_lock_take    (const char *path);
/* Releases and frees @lock. Returns: %TRUE when the test released it,
 * %FALSE when the watchdog had to. */
gboolean  held_lock_release (HeldLock   *lock);

G_END_DECLS
