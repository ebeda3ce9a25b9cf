/* eintr-every-other.c — preloaded into a run of regimen-cli by
 * test-hostile-33-left.sh: a FUSE or NFS folder whose calls a signal
 * interrupts, as when a handler was installed without SA_RESTART. Every
 * other call of open(), openat(), fsync(), link(), rename(), flock() and
 * access() (each counted on its own) on a file in the folder
 * $REGIMEN_EINTR_DIR names fails with EINTR, doing nothing: the first,
 * the third, … So every call the save makes there is interrupted once,
 * and one tried again succeeds. No timing, no signal, no race.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
/* open and open64 both defined here, neither the other's alias. */
#undef _FILE_OFFSET_BITS

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/types.h>
#include <unistd.h>

/* Whether @path is in the folder the test named. */
static int
in_named_dir (const char *path)
{
  const char *dir = getenv ("REGIMEN_EINTR_DIR");
  size_t length;

  if (dir == NULL || path == NULL)
    return 0;
  length = strlen (dir);

  return strncmp (path, dir, length) == 0 && path[length] == '/';
}

static int
fd_in_named_dir (int fd)
{
  char link[64];
  char target[PATH_MAX];
  ssize_t length;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, target, sizeof target - 1);
  if (length < 0)
    return 0;
  target[length] = '\0';

  return in_named_dir (target);
}

/* Whether this call, the @counter-th of its kind on the folder, is
 * interrupted: the first, the third, … */
static int
interrupt (unsigned *counter)
{
  if ((*counter)++ % 2 == 0)
    {
      errno = EINTR;
      return 1;
    }
  return 0;
}

typedef int (*OpenFunc) (const char *, int, ...);
typedef int (*OpenatFunc) (int, const char *, int, ...);
typedef int (*FdFunc) (int);
typedef int (*FlockFunc) (int, int);
typedef int (*PathsFunc) (const char *, const char *);
typedef int (*AccessFunc) (const char *, int);

/* The C library's own @name, as the type @type. */
#define REAL(name, type) \
  static type real_##name; \
  if (real_##name == NULL) \
    real_##name = (type) dlsym (RTLD_NEXT, #name)

static int
open_common (const char *name,
             int         dir_fd,
             const char *path,
             int         flags,
             mode_t      mode)
{
  static unsigned counter;

  if (in_named_dir (path) && interrupt (&counter))
    return -1;
  if (dir_fd == AT_FDCWD && strcmp (name, "open64") == 0)
    {
      REAL (open64, OpenFunc);
      return real_open64 (path, flags, mode);
    }
  if (dir_fd == AT_FDCWD)
    {
      REAL (open, OpenFunc);
      return real_open (path, flags, mode);
    }
  {
    REAL (openat, OpenatFunc);
    return real_openat (dir_fd, path, flags, mode);
  }
}

int
open (const char *path,
      int         flags,
      ...)
{
  mode_t mode = 0;

  if (flags & (O_CREAT | O_TMPFILE))
    {
      va_list args;

      va_start (args, flags);
      mode = va_arg (args, mode_t);
      va_end (args);
    }
  return open_common ("open", AT_FDCWD, path, flags, mode);
}

int
open64 (const char *path,
        int         flags,
        ...)
{
  mode_t mode = 0;

  if (flags & (O_CREAT | O_TMPFILE))
    {
      va_list args;

      va_start (args, flags);
      mode = va_arg (args, mode_t);
      va_end (args);
    }
  return open_common ("open64", AT_FDCWD, path, flags, mode);
}

int
openat (int         dir_fd,
        const char *path,
        int         flags,
        ...)
{
  mode_t mode = 0;
  char dir[PATH_MAX + 1];
  char link[64];
  ssize_t length;

  if (flags & (O_CREAT | O_TMPFILE))
    {
      va_list args;

      va_start (args, flags);
      mode = va_arg (args, mode_t);
      va_end (args);
    }
  if (dir_fd == AT_FDCWD || path[0] == '/')
    return open_common ("openat", dir_fd, path, flags, mode);

  /* A name in the folder, as the writer opens the files beside the plan. */
  snprintf (link, sizeof link, "/proc/self/fd/%d", dir_fd);
  length = readlink (link, dir, sizeof dir - 2);
  if (length >= 0)
    {
      char full[2 * PATH_MAX];

      dir[length] = '\0';
      snprintf (full, sizeof full, "%s/%s", dir, path);
      if (in_named_dir (full))
        {
          static unsigned counter;

          if (interrupt (&counter))
            return -1;
        }
    }
  {
    REAL (openat, OpenatFunc);
    return real_openat (dir_fd, path, flags, mode);
  }
}

int
fsync (int fd)
{
  static unsigned counter;
  REAL (fsync, FdFunc);

  if (fd_in_named_dir (fd) && interrupt (&counter))
    return -1;
  return real_fsync (fd);
}

int
flock (int fd,
       int operation)
{
  static unsigned counter;
  REAL (flock, FlockFunc);

  if (fd_in_named_dir (fd) && interrupt (&counter))
    return -1;
  return real_flock (fd, operation);
}

int
access (const char *path,
        int         mode)
{
  static unsigned counter;
  REAL (access, AccessFunc);

  if (in_named_dir (path) && interrupt (&counter))
    return -1;
  return real_access (path, mode);
}

int
link (const char *from,
      const char *to)
{
  static unsigned counter;
  REAL (link, PathsFunc);

  if (in_named_dir (to) && interrupt (&counter))
    return -1;
  return real_link (from, to);
}

int
rename (const char *from,
        const char *to)
{
  static unsigned counter;
  REAL (rename, PathsFunc);

  if (in_named_dir (to) && interrupt (&counter))
    return -1;
  return real_rename (from, to);
}
