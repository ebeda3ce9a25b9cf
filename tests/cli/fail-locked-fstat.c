/* fail-locked-fstat.c — preloaded into a run of regimen-cli by
 * test-hostile-38b.sh: a disk that cannot tell about a file once a
 * writer holds its lock (fstat() fails with EIO: a FUSE or network file
 * system gone away). Every fstat() of a descriptor on which flock() took
 * an exclusive lock of the file $REGIMEN_FAIL_LOCKED_FSTAT names fails,
 * from the $REGIMEN_FAIL_LOCKED_FSTAT_FROM-th such call on (1 when
 * unset): the first is the save's check that the file it locked is the
 * one of that name, the second its look at the size of what it read.
 * The command's own reads of the plan, unlocked, succeed. No timing, no
 * race: the same call fails on every machine.
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

#define MAX_FD 1024

static char locked[MAX_FD];
static unsigned calls;

/* Whether @fd is open on the file the test named. */
static int
is_named_file (int fd)
{
  const char *name = getenv ("REGIMEN_FAIL_LOCKED_FSTAT");
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
    locked[fd] = (operation & LOCK_EX) != 0 && is_named_file (fd);

  return result;
}

int
close (int fd)
{
  static int (*real_close) (int);

  if (real_close == NULL)
    real_close = (int (*) (int)) dlsym (RTLD_NEXT, "close");
  if (fd >= 0 && fd < MAX_FD)
    locked[fd] = 0;

  return real_close (fd);
}

/* Whether this fstat() of @fd fails. */
static int
take_failure (int fd)
{
  const char *from = getenv ("REGIMEN_FAIL_LOCKED_FSTAT_FROM");

  if (fd < 0 || fd >= MAX_FD || !locked[fd] || !is_named_file (fd))
    return 0;
  calls++;
  if (calls < (from != NULL ? strtoul (from, NULL, 10) : 1))
    return 0;
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
