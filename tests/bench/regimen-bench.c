/* regimen-bench.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures Regimen against baselines taken on the same machine in the same
 * run, and prints one line per figure with its ratio and its goal. Timing
 * never decides a test: this program only reports. */

#define G_LOG_DOMAIN "regimen-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <gio/gio.h>

typedef struct
{
  double value;
  double baseline;
} Measurement;

static char *bench_window_path;
static guint repeats = 7;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/* Runs the window child once; returns milliseconds from spawn to its first
 * frame and fills @rss_kib with its resident memory at that moment. */
static double
run_window_child (gboolean  bare,
                  double   *rss_kib)
{
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  gint64 start;
  double elapsed;
  const char *rss;

  start = g_get_monotonic_time ();
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                            bench_window_path, bare ? "--bare" : "--regimen", NULL);
  if (child == NULL)
    g_error ("could not start %s: %s", bench_window_path, error->message);

  stream = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line_utf8 (stream, NULL, NULL, &error);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;

  if (line == NULL || !g_str_has_prefix (line, "first-frame"))
    g_error ("the window child did not report a first frame");

  rss = strstr (line, "rss_kib=");
  *rss_kib = rss != NULL ? g_ascii_strtod (rss + 8, NULL) : 0;

  g_subprocess_wait (child, NULL, NULL);

  return elapsed;
}

static void
measure_startup (Measurement *startup,
                 Measurement *memory)
{
  g_autofree double *app_ms = g_new (double, repeats);
  g_autofree double *bare_ms = g_new (double, repeats);
  g_autofree double *app_rss = g_new (double, repeats);
  g_autofree double *bare_rss = g_new (double, repeats);

  /* One of each first, unmeasured, so neither pays for cold caches. */
  run_window_child (TRUE, &bare_rss[0]);
  run_window_child (FALSE, &app_rss[0]);

  for (guint i = 0; i < repeats; i++)
    {
      bare_ms[i] = run_window_child (TRUE, &bare_rss[i]);
      app_ms[i] = run_window_child (FALSE, &app_rss[i]);
    }

  startup->value = median (app_ms, repeats);
  startup->baseline = median (bare_ms, repeats);
  memory->value = median (app_rss, repeats);
  memory->baseline = median (bare_rss, repeats);
}

static gboolean
report_ratio (const char        *name,
              const char        *unit,
              const Measurement *m,
              double             goal_ratio)
{
  double ratio = m->value / m->baseline;
  gboolean over = ratio > goal_ratio;

  printf ("%-28s %10.2f %-3s baseline %10.2f %-3s ratio %5.2f×  goal ≤ %.2f×%s\n",
          name, m->value, unit, m->baseline, unit, ratio, goal_ratio,
          over ? "  over goal" : "");

  return !over;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_path_get_dirname (argv[0]);
  Measurement startup, memory;
  gboolean all_within = TRUE;

  if (g_getenv ("REGIMEN_BENCH_REPEATS") != NULL)
    repeats = MAX (1, atoi (g_getenv ("REGIMEN_BENCH_REPEATS")));

  bench_window_path = g_build_filename (dir, "regimen-bench-window", NULL);

  printf ("Regimen %s benchmarks, medians of %u runs\n", PACKAGE_VERSION, repeats);

  measure_startup (&startup, &memory);
  all_within &= report_ratio ("start-up to first frame", "ms", &startup, 1.3);
  all_within &= report_ratio ("resident memory", "KiB", &memory, 1.3);

  g_free (bench_window_path);

  return all_within ? EXIT_SUCCESS : EXIT_FAILURE;
}
