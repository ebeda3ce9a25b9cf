/* count-strcmp.c — preloaded into a run of regimen-cli by
 * test-hostile-24b.sh: counts the comparisons of text the run makes
 * (strcmp() and strncmp(), the command's own and GLib's, and GLib's
 * g_ascii_strcasecmp() and g_ascii_strncasecmp() as the command calls
 * them: ids are sorted and found in any case), and writes the count to
 * the file $REGIMEN_COUNT_STRCMP names when the run ends. A
 * timing would be a flaky test of work that grows with the square of
 * what it is given; the count is the same on every machine.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned long comparisons;

int strcmp (const char *a, const char *b);
int strncmp (const char *a, const char *b, size_t n);
int g_ascii_strcasecmp (const char *a, const char *b);
int g_ascii_strncasecmp (const char *a, const char *b, size_t n);

static int
ascii_lower (unsigned char c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* One comparison counted: at most @n bytes, in ASCII's case or not. */
static int
compare (const char *a,
         const char *b,
         size_t      n,
         int         any_case)
{
  /* Volatile, so that the compiler does not turn the loop back into a
   * call of strcmp(). */
  const volatile unsigned char *p = (const volatile unsigned char *) a;
  const volatile unsigned char *q = (const volatile unsigned char *) b;

  comparisons++;
  for (; n > 0; n--, p++, q++)
    {
      int c = any_case ? ascii_lower (*p) : *p;
      int d = any_case ? ascii_lower (*q) : *q;

      if (*p == '\0' || c != d)
        return c - d;
    }

  return 0;
}

int
strcmp (const char *a,
        const char *b)
{
  return compare (a, b, SIZE_MAX, 0);
}

int
strncmp (const char *a,
         const char *b,
         size_t      n)
{
  return compare (a, b, n, 0);
}

/* GLib's own are in libglib, which the command calls through its PLT, so
 * these are found first as strcmp() is; they compare as GLib's do. */
int
g_ascii_strcasecmp (const char *a,
                    const char *b)
{
  return compare (a, b, SIZE_MAX, 1);
}

int
g_ascii_strncasecmp (const char *a,
                     const char *b,
                     size_t      n)
{
  return compare (a, b, n, 1);
}

__attribute__((destructor)) static void
report (void)
{
  const char *path = getenv ("REGIMEN_COUNT_STRCMP");
  FILE *out;

  if (path == NULL || (out = fopen (path, "w")) == NULL)
    return;
  fprintf (out, "%lu\n", comparisons);
  fclose (out);
}
