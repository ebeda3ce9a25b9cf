/* remove-target.c — preloaded into a run of regimen-cli by
 * test-hostile-36-left.sh: another program that removes the file a save
 * replaces once the save has read it and made its temporary file. When
 * the first file named “.regimen-temporary-…” is locked in the folder of
 * $REGIMEN_REMOVE_TARGET, that file is removed, before the lock returns;
 * every call is the C library's. No timing, no signal, no race.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#define TEMPORARY_PREFIX ".regimen-temporary-"

static int removed;

/* Whether @fd is open on a temporary file in the folder of @target. */
static int
is_temporary_beside (int         fd,
                     const char *target)
{
  const char *slash = strrchr (target, '/');
  char link[64];
  char path[PATH_MAX];
  ssize_t length;
  size_t dir_length;

  if (slash == NULL)
    return 0;
  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, path, sizeof path - 1);
  if (length < 0)
    return 0;
  path[length] = '\0';
  dir_length = (size_t) (slash - target);

  return strncmp (path, target, dir_length) == 0 && path[dir_length] == '/' &&
         strncmp (path + dir_length + 1, TEMPORARY_PREFIX, strlen (TEMPORARY_PREFIX)) == 0;
}

int
flock (int fd,
       int operation)
{
  static int (*real_flock) (int, int);
  const char *target = getenv ("REGIMEN_REMOVE_TARGET");
  int result;

  if (real_flock == NULL)
    real_flock = (int (*) (int, int)) dlsym (RTLD_NEXT, "flock");
  result = real_flock (fd, operation);
  if (result == 0 && !removed && target != NULL && (operation & LOCK_EX) && is_temporary_beside (fd, target))
    {
      removed = 1;
      unlink (target);
    }

  return result;
}
