/* smb-locks.c — preloaded into a run of regimen-cli by
 * test-hostile-34-left-b.sh: an SMB share whose locks are mandatory
 * byte-range locks held by one open file. While a descriptor holds an
 * exclusive flock() of a file, read() of that file through any other
 * descriptor fails with EACCES (the server's lock conflict, as cifs
 * reports it), the process's own second open as much as another
 * program's. link() in the folder $REGIMEN_SMB_DIR names fails with
 * EPERM, so that a save keeps the previous version as a copy. No timing,
 * no race.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_FD 1024

typedef int (*PathsFunc) (const char *, const char *);

/* The file each descriptor holds locked, st_ino 0 when none. */
static struct stat locked[MAX_FD];

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
    {
      if ((operation & LOCK_EX) == 0 || fstat (fd, &locked[fd]) != 0)
        locked[fd].st_ino = 0;
    }

  return result;
}

int
close (int fd)
{
  static int (*real_close) (int);

  if (real_close == NULL)
    real_close = (int (*) (int)) dlsym (RTLD_NEXT, "close");
  if (fd >= 0 && fd < MAX_FD)
    locked[fd].st_ino = 0;

  return real_close (fd);
}

ssize_t
read (int     fd,
      void   *buffer,
      size_t  count)
{
  static ssize_t (*real_read) (int, void *, size_t);
  struct stat st;

  if (real_read == NULL)
    real_read = (ssize_t (*) (int, void *, size_t)) dlsym (RTLD_NEXT, "read");
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode))
    {
      for (int other = 0; other < MAX_FD; other++)
        {
          if (other != fd && locked[other].st_ino == st.st_ino && locked[other].st_dev == st.st_dev)
            {
              errno = EACCES;
              return -1;
            }
        }
    }

  return real_read (fd, buffer, count);
}

int
link (const char *from,
      const char *to)
{
  static PathsFunc real_link;
  const char *dir = getenv ("REGIMEN_SMB_DIR");

  if (real_link == NULL)
    real_link = (PathsFunc) dlsym (RTLD_NEXT, "link");
  if (dir != NULL && strncmp (to, dir, strlen (dir)) == 0 && to[strlen (dir)] == '/')
    {
      errno = EPERM;
      return -1;
    }
  return real_link (from, to);
}
