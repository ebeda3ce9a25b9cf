/* slow-file.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A GIO file whose writes block until the test opens its gate: a disk as
 * slow as a test needs, for as long as it needs, without timing. It lives
 * in memory; its contents are what the last completed write left. */
#define SLOW_TYPE_FILE (slow_file_get_type ())

G_DECLARE_FINAL_TYPE (SlowFile, slow_file, SLOW, FILE, GObject)

SlowFile *slow_file_new          (const char *name);
/* How many writers wait at the gate now. */
guint     slow_file_get_n_waiting (SlowFile   *self);
void      slow_file_open_gate    (SlowFile   *self);
/* From now on each write fails at once with @code and @message: a disk
 * that refuses, such as a file system mounted read-only. */
void      slow_file_fail_writes  (SlowFile     *self,
                                  GIOErrorEnum  code,
                                  const char   *message);
/* From now on the file opens, and each write to it then fails with
 * @code and @message: a disk that fills up while it is written. */
void      slow_file_fail_stream_writes (SlowFile     *self,
                                        GIOErrorEnum  code,
                                        const char   *message);
/* A copy of what was written, or NULL when nothing was. */
GBytes   *slow_file_get_contents (SlowFile   *self);

/* Iterates the main context until a writer waits at @self's gate. */
void      slow_file_wait_for_writer (SlowFile *self);

G_END_DECLS
