/* eintr-after-done.c — preloaded into a run of regimen-cli by
 * test-hostile-34-left-b.sh: an NFS folder whose server did a rename or
 * a link whose reply a signal interrupted. Every other call of rename()
 * and link() (each counted on its own) whose new name is in the folder
 * $REGIMEN_EINTR_DIR names is done, then fails with EINTR: the first,
 * the third, … A call tried again then finds the old name gone (rename:
 * ENOENT) or the new one taken (link: EEXIST). No timing, no signal, no
 * race.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef int (*PathsFunc) (const char *, const char *);

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

/* @result of the real call, said to have been interrupted when it was
 * the @counter-th of its kind in the folder and was done. */
static int
done_then_interrupted (int         result,
                       const char *to,
                       unsigned   *counter)
{
  if (result == 0 && in_named_dir (to) && (*counter)++ % 2 == 0)
    {
      errno = EINTR;
      return -1;
    }
  return result;
}

int
rename (const char *from,
        const char *to)
{
  static PathsFunc real_rename;
  static unsigned counter;

  if (real_rename == NULL)
    real_rename = (PathsFunc) dlsym (RTLD_NEXT, "rename");
  return done_then_interrupted (real_rename (from, to), to, &counter);
}

int
link (const char *from,
      const char *to)
{
  static PathsFunc real_link;
  static unsigned counter;

  if (real_link == NULL)
    real_link = (PathsFunc) dlsym (RTLD_NEXT, "link");
  return done_then_interrupted (real_link (from, to), to, &counter);
}
