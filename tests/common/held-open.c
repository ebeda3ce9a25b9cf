/* held-open.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An LD_PRELOAD module for tests that start a real process: its open of
 * a chosen file waits until the test opens a gate, a disk as slow as the
 * test needs, for as long as it needs, without timing.
 *
 * REGIMEN_HELD_DIR      the folder of the files below (unset: no hold)
 * REGIMEN_HELD_OPEN     an open of a path that contains this is held
 * REGIMEN_HELD_CREATE   so is an open that creates a file (O_CREAT) of a
 *                       path that contains this (a write's temporary file)
 * REGIMEN_HELD_SKIP     so many such opens, once armed, go on unheld (a
 *                       save reads the file before it writes its
 *                       temporary file, and again after)
 *
 * An open is held only while REGIMEN_HELD_DIR/armed exists and
 * REGIMEN_HELD_DIR/gate does not; the held open first creates
 * REGIMEN_HELD_DIR/waiting, so the test knows the process waits there,
 * and goes on once the test creates REGIMEN_HELD_DIR/gate (or removes
 * the folder). */

/* Both open() and open64() are defined here: neither may name the other. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int
held_file_exists (const char *dir,
                  const char *name)
{
  char path[PATH_MAX];
  struct stat info;

  snprintf (path, sizeof path, "%s/%s", dir, name);
  return stat (path, &info) == 0;
}

/* The opens let go so far (REGIMEN_HELD_SKIP). */
static int skipped;

static void
hold (const char *path,
      int         flags)
{
  const char *dir = getenv ("REGIMEN_HELD_DIR");
  const char *open_match = getenv ("REGIMEN_HELD_OPEN");
  const char *create_match = getenv ("REGIMEN_HELD_CREATE");
  /* A tenth of a second between looks at the gate: the hold itself, not
   * anything a test measures. */
  const struct timespec pause = { 0, 100 * 1000 * 1000 };
  char waiting[PATH_MAX];
  int fd;

  if (dir == NULL || path == NULL)
    return;
  if (!((open_match != NULL && strstr (path, open_match) != NULL) ||
        (create_match != NULL && (flags & O_CREAT) != 0 && strstr (path, create_match) != NULL)))
    return;
  if (!held_file_exists (dir, "armed") || held_file_exists (dir, "gate"))
    return;
  if (getenv ("REGIMEN_HELD_SKIP") != NULL && skipped < atoi (getenv ("REGIMEN_HELD_SKIP")))
    {
      skipped++;
      return;
    }

  /* Through the real openat: this very open is not held. */
  snprintf (waiting, sizeof waiting, "%s/waiting", dir);
  fd = ((int (*) (int, const char *, int, ...)) dlsym (RTLD_NEXT, "openat")) (AT_FDCWD, waiting,
                                                                              O_WRONLY | O_CREAT | O_CLOEXEC,
                                                                              0600);
  if (fd >= 0)
    close (fd);

  /* A test that failed before it opened the gate has its folder removed
   * at exit: the process goes on then, rather than wait for good. */
  while (!held_file_exists (dir, "gate") && held_file_exists (dir, "."))
    nanosleep (&pause, NULL);
}

#define HELD_MODE(flags, mode)                          \
  do {                                                  \
    va_list args;                                       \
                                                        \
    va_start (args, flags);                             \
    if ((flags & (O_CREAT | O_TMPFILE)) != 0)           \
      mode = va_arg (args, int);                        \
    va_end (args);                                      \
  } while (0)

int
open (const char *path,
      int         flags,
      ...)
{
  static int (*real) (const char *, int, ...);
  mode_t mode = 0;

  HELD_MODE (flags, mode);
  if (real == NULL)
    real = dlsym (RTLD_NEXT, "open");
  hold (path, flags);
  return real (path, flags, mode);
}

int
open64 (const char *path,
        int         flags,
        ...)
{
  static int (*real) (const char *, int, ...);
  mode_t mode = 0;

  HELD_MODE (flags, mode);
  if (real == NULL)
    real = dlsym (RTLD_NEXT, "open64");
  hold (path, flags);
  return real (path, flags, mode);
}

int
openat (int         dir,
        const char *path,
        int         flags,
        ...)
{
  static int (*real) (int, const char *, int, ...);
  mode_t mode = 0;

  HELD_MODE (flags, mode);
  if (real == NULL)
    real = dlsym (RTLD_NEXT, "openat");
  hold (path, flags);
  return real (dir, path, flags, mode);
}

int
openat64 (int         dir,
          const char *path,
          int         flags,
          ...)
{
  static int (*real) (int, const char *, int, ...);
  mode_t mode = 0;

  HELD_MODE (flags, mode);
  if (real == NULL)
    real = dlsym (RTLD_NEXT, "openat64");
  hold (path, flags);
  return real (dir, path, flags, mode);
}
