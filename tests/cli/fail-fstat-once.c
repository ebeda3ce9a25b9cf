/* fail-fstat-once.c — preloaded into a run of regimen-cli by
 * test-hostile-34-left-d.sh: a disk whose fstat() of the save's first
 * temporary file fails (EIO), once it is locked. The first file named
 * “.regimen-temporary-…” locked in the folder $REGIMEN_FSTAT_DIR names
 * has its next fstat() fail, doing nothing; every other call is the C
 * library's. No timing, no signal, no race.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
/* fstat and fstat64 both defined here, neither the other's alias. */
#undef _FILE_OFFSET_BITS

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define TEMPORARY_PREFIX ".regimen-temporary-"

/* The descriptor whose next fstat() fails, or -1; whether one was. */
static int failing_fd = -1;
static int failed;

/* Whether @fd is open on a temporary file in the folder the test named. */
static int
is_named_temporary (int fd)
{
  const char *dir = getenv ("REGIMEN_FSTAT_DIR");
  char link[64];
  char target[PATH_MAX];
  ssize_t length;
  size_t dir_length;

  if (dir == NULL)
    return 0;
  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, target, sizeof target - 1);
  if (length < 0)
    return 0;
  target[length] = '\0';
  dir_length = strlen (dir);

  return strncmp (target, dir, dir_length) == 0 && target[dir_length] == '/' &&
         strncmp (target + dir_length + 1, TEMPORARY_PREFIX, strlen (TEMPORARY_PREFIX)) == 0;
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
  if (result == 0 && !failed && failing_fd < 0 && (operation & LOCK_EX) && is_named_temporary (fd))
    failing_fd = fd;

  return result;
}

static int
take_failure (int fd)
{
  if (fd != failing_fd || failed)
    return 0;
  failed = 1;
  failing_fd = -1;
  errno = EIO;
  return 1;
}

int
fstat (int          fd,
       struct stat *st)
{
  static int (*real_fstat) (int, struct stat *);

  if (take_failure (fd))
    return -1;
  if (real_fstat == NULL)
    real_fstat = (int (*) (int, struct stat *)) dlsym (RTLD_NEXT, "fstat");

  return real_fstat (fd, st);
}

int
fstat64 (int            fd,
         struct stat64 *st)
{
  static int (*real_fstat64) (int, struct stat64 *);

  if (take_failure (fd))
    return -1;
  if (real_fstat64 == NULL)
    real_fstat64 = (int (*) (int, struct stat64 *)) dlsym (RTLD_NEXT, "fstat64");

  return real_fstat64 (fd, st);
}
