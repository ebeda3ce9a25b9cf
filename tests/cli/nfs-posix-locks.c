/* nfs-posix-locks.c — preloaded into a run of regimen-cli by
 * test-hostile-34-left-b.sh: the locks of an NFS folder that refuses
 * hard links. NFS emulates flock() with a POSIX byte-range lock of the
 * whole file, here fcntl(F_SETLK) of the local file system: an exclusive
 * one needs the descriptor open for writing (EBADF otherwise), and the
 * process loses every such lock of a file when it closes any descriptor
 * of that file. link() in the folder $REGIMEN_NFS_DIR names fails with
 * EPERM, so that a save keeps the previous version as a copy. When a
 * rename() replaces the plan (a file of the folder whose name neither
 * ends in “~” nor is a temporary's) that the process does not hold
 * locked, the name is appended to the file $REGIMEN_NFS_LOCK_LOST names:
 * another writer could have taken the lock meanwhile. The locks the
 * process holds are read from /proc/locks. No timing, no race.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

typedef int (*PathsFunc) (const char *, const char *);

static int
in_named_dir (const char *path)
{
  const char *dir = getenv ("REGIMEN_NFS_DIR");
  size_t length;

  if (dir == NULL || path == NULL)
    return 0;
  length = strlen (dir);

  return strncmp (path, dir, length) == 0 && path[length] == '/';
}

int
flock (int fd,
       int operation)
{
  struct flock range = { .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
  int result;

  if (operation & LOCK_UN)
    range.l_type = F_UNLCK;
  else
    range.l_type = (operation & LOCK_EX) ? F_WRLCK : F_RDLCK;
  result = fcntl (fd, (operation & LOCK_NB) ? F_SETLK : F_SETLKW, &range);
  if (result != 0 && (errno == EACCES || errno == EAGAIN))
    errno = EWOULDBLOCK;

  return result;
}

int
link (const char *from,
      const char *to)
{
  static PathsFunc real_link;

  if (real_link == NULL)
    real_link = (PathsFunc) dlsym (RTLD_NEXT, "link");
  if (in_named_dir (to))
    {
      errno = EPERM;
      return -1;
    }
  return real_link (from, to);
}

/* Whether this process holds a POSIX write lock of the file @st; taken
 * as held where /proc/locks cannot be read, so that no save is said
 * unlocked for want of it. */
static int
holds_lock (const struct stat *st)
{
  FILE *locks = fopen ("/proc/locks", "re");
  char line[256];
  int held = 0;

  if (locks == NULL)
    return 1;
  while (!held && fgets (line, sizeof line, locks) != NULL)
    {
      unsigned dev_major, dev_minor;
      unsigned long ino;
      long pid;

      if (sscanf (line, "%*d: POSIX %*s WRITE %ld %x:%x:%lu", &pid, &dev_major, &dev_minor, &ino) == 4)
        held = pid == (long) getpid () && dev_major == major (st->st_dev) &&
               dev_minor == minor (st->st_dev) && ino == (unsigned long) st->st_ino;
    }
  fclose (locks);

  return held;
}

int
rename (const char *from,
        const char *to)
{
  static PathsFunc real_rename;
  const char *lost = getenv ("REGIMEN_NFS_LOCK_LOST");
  const char *base = strrchr (to, '/');
  struct stat st;

  if (real_rename == NULL)
    real_rename = (PathsFunc) dlsym (RTLD_NEXT, "rename");
  base = base != NULL ? base + 1 : to;
  if (lost != NULL && in_named_dir (to) && base[0] != '\0' && to[strlen (to) - 1] != '~' &&
      strncmp (base, ".regimen-", strlen (".regimen-")) != 0 &&
      stat (to, &st) == 0 && S_ISREG (st.st_mode) && !holds_lock (&st))
    {
      FILE *out = fopen (lost, "ae");

      if (out != NULL)
        {
          fprintf (out, "%s\n", base);
          fclose (out);
        }
    }
  return real_rename (from, to);
}
