/* fail-locked-read.c — preloaded into a run of regimen-cli by
 * test-hostile-32b.sh: a disk that fails to read a file once a writer
 * holds its lock. Every read() of a descriptor on which flock() took an
 * exclusive lock of the file $REGIMEN_FAIL_LOCKED_READ names fails with
 * EIO (a failing disk, a network file system gone away), as the save's
 * second read of the plan, under the lock, meets it; the command's first
 * read of the plan, unlocked, succeeds. No timing, no race: the same
 * read fails on every machine.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FD 1024

static char failing[MAX_FD];

/* Whether @fd is open on the file the test named. */
static int
is_named_file (int fd)
{
  const char *name = getenv ("REGIMEN_FAIL_LOCKED_READ");
  char link[64];
  char target[PATH_MAX];
  ssize_t length;

  if (name == NULL)
    return 0;
  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, target, sizeof target - 1);
  if (length < 0)
    return 0;
  target[length] = '\0';

  return strcmp (target, name) == 0;
}

int
flock (int fd,
       int operation)
{
  static int (*real_flock) (int, int);
  int result;

  if (real_flock == NULL)
    real_flock = (int (*) (int, int)) dlsym (RTLD_NEXT, "flock");
  result = real_flock (fd, operation);
  if (result == 0 && fd >= 0 && fd < MAX_FD)
    failing[fd] = (operation & LOCK_EX) != 0 && is_named_file (fd);

  return result;
}

ssize_t
read (int     fd,
      void   *buffer,
      size_t  count)
{
  static ssize_t (*real_read) (int, void *, size_t);

  if (real_read == NULL)
    real_read = (ssize_t (*) (int, void *, size_t)) dlsym (RTLD_NEXT, "read");
  if (fd >= 0 && fd < MAX_FD && failing[fd] && is_named_file (fd))
    {
      errno = EIO;
      return -1;
    }

  return real_read (fd, buffer, count);
}

int
close (int fd)
{
  static int (*real_close) (int);

  if (real_close == NULL)
    real_close = (int (*) (int)) dlsym (RTLD_NEXT, "close");
  if (fd >= 0 && fd < MAX_FD)
    failing[fd] = 0;

  return real_close (fd);
}
