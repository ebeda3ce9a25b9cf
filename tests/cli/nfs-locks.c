/* nfs-locks.c — preloaded into a run of regimen-cli by
 * test-hostile-32b.sh: the locks of a network file system. NFS (since
 * Linux 2.6.12) emulates flock() with a byte-range lock of the whole
 * file, and an exclusive one needs the file open for writing: on a
 * descriptor open only for reading, flock(LOCK_EX) fails with EBADF, as
 * it does here. The locks themselves are the local
 * file system's. When a lock is refused because another holds it, the
 * file $REGIMEN_NFS_LOCKS_WAITING names is made, so that the test knows
 * the command is waiting for it without timing it.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>

int
flock (int fd,
       int operation)
{
  static int (*real_flock) (int, int);
  const char *waiting = getenv ("REGIMEN_NFS_LOCKS_WAITING");
  int access_mode = fcntl (fd, F_GETFL);
  int result;
  int saved_errno;

  if (real_flock == NULL)
    real_flock = (int (*) (int, int)) dlsym (RTLD_NEXT, "flock");

  if ((operation & LOCK_EX) && access_mode >= 0 && (access_mode & O_ACCMODE) == O_RDONLY)
    {
      errno = EBADF;
      return -1;
    }

  result = real_flock (fd, operation);
  saved_errno = errno;
  if (result != 0 && saved_errno == EWOULDBLOCK && waiting != NULL)
    {
      int marker = open (waiting, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

      if (marker >= 0)
        close (marker);
    }
  errno = saved_errno;

  return result;
}
