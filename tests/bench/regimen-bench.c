/* regimen-bench.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures Regimen against baselines taken on the same machine in the same
 * run, and prints one line per figure with its ratio and its goal. Timing
 * never decides a test: this program only reports, and exits with success
 * whether or not a figure is over its goal. docs/benchmarks.md says what
 * each figure and its baseline measure. */

#define G_LOG_DOMAIN "regimen-bench"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "regimen-core.h"
#include "regimen-figure.h"

#define BUILTIN_EXERCISES_RESOURCE "/io/github/regimen/Regimen/core/exercises.json"

/* Samples per in-process figure; each sample repeats its work until it
 * lasts at least SAMPLE_MIN_MS, so the clock's resolution does not show. */
#define SAMPLES       21
#define SAMPLE_MIN_MS 10.0

#define PLAN_WEEKS          52
#define SCALE_WEEKS         520
#define SEARCH_EXERCISES    10000
#define SEARCH_EXERCISES_XL 100000
#define SEARCH_WORD         "squat"
#define THUMBNAIL_SIZE      64
#define THUMBNAIL_COLUMNS   8
#define DROP_RUNS           15

typedef struct
{
  double value;
  double baseline;
} Measurement;

typedef void (*BenchFunc) (gpointer data);

static char *bench_window_path;
static guint repeats = 7;
/* The figures named on the command line, or NULL for all of them. */
static char **only_figures;
/* The GSK renderer the window children draw with (GSK_RENDERER), or NULL
 * for the one GTK picks. */
static const char *window_renderer;
/* The renderer Regimen's window drew with, as GSK_RENDERER names it, and
 * why Regimen chose it; the bare window's, which GTK chose. */
static char *regimen_renderer;
static char *regimen_renderer_why;
static char *bare_renderer;

/* Whether Regimen's window started without GL set up, as its reason
 * says (regimen_renderer_choose_for_display()). */
static gboolean
regimen_skipped_gl (void)
{
  return regimen_renderer_why != NULL && strstr (regimen_renderer_why, "GL not set up") != NULL;
}

/* Whether the figure named @name (startup, check, read, write, search,
 * thumbnails, drop, cairo or other, scale) is to be measured in this run. */
static gboolean
wanted (const char *name)
{
  return only_figures == NULL || g_strv_contains ((const char * const *) only_figures, name);
}

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

/* Does the allocator's work that earlier frees left for later: glibc's
 * malloc keeps small freed blocks in its fast bins, unmerged, and merges
 * and sorts all of them at the next request of a kilobyte or more. After
 * the baseline's parse frees its tree of an 8 MB plan, that is some
 * 380,000 blocks, 80 M instructions (callgrind: malloc_consolidate() and
 * unlink_chunk()), which the check's first array paid for when the two
 * were sampled in turn. Each request sorts at most 10,000 of the merged
 * blocks, so it takes a few; on a settled heap each takes a microsecond
 * or two. */
static void
settle_heap (void)
{
  for (guint i = 0; i < 8; i++)
    g_free (g_malloc (4096));
}

/* Milliseconds per call of @func, over @inner calls in a row. The heap is
 * settled before the sample, untimed, so the sample does not pay for what
 * the other side of its pair freed, and again at its end, timed, so it
 * pays for what it freed itself. */
static double
time_calls (BenchFunc func,
            gpointer  data,
            guint     inner)
{
  gint64 start;

  settle_heap ();
  start = g_get_monotonic_time ();

  for (guint i = 0; i < inner; i++)
    func (data);
  settle_heap ();

  return (g_get_monotonic_time () - start) / 1000.0 / inner;
}

/* Runs @func once to warm caches, and returns how many calls make one
 * sample of at least SAMPLE_MIN_MS. */
static guint
calibrate (BenchFunc func,
           gpointer  data)
{
  double once = time_calls (func, data, 1);

  if (once <= 0)
    once = 0.001;

  return CLAMP ((guint) ceil (SAMPLE_MIN_MS / once), 1, 100000);
}

/* Samples the figure and its baseline alternately, so both see the same
 * state of the machine, and keeps the median of each. */
static void
measure_pair (BenchFunc    value_func,
              gpointer     value_data,
              BenchFunc    baseline_func,
              gpointer     baseline_data,
              Measurement *m)
{
  double values[SAMPLES];
  double baselines[SAMPLES];
  guint value_inner = calibrate (value_func, value_data);
  guint baseline_inner = calibrate (baseline_func, baseline_data);

  for (guint i = 0; i < SAMPLES; i++)
    {
      values[i] = time_calls (value_func, value_data, value_inner);
      baselines[i] = time_calls (baseline_func, baseline_data, baseline_inner);
    }

  m->value = median (values, SAMPLES);
  m->baseline = median (baselines, SAMPLES);
}

static int
precision_for (double value)
{
  return value >= 100 ? 1 : value >= 10 ? 2 : 3;
}

/* Prints one figure. The goal is a ratio to the baseline when @goal_is_ratio,
 * else an upper bound of the value itself, in @unit. */
static void
report (const char        *name,
        const char        *unit,
        const Measurement *m,
        double             goal,
        gboolean           goal_is_ratio)
{
  double ratio = m->value / m->baseline;
  gboolean over = goal_is_ratio ? ratio > goal : m->value > goal;
  g_autofree char *goal_text = NULL;
  g_autofree char *line = NULL;

  if (goal_is_ratio)
    goal_text = g_strdup_printf ("%.2f×", goal);
  else
    goal_text = g_strdup_printf ("%g %s", goal, unit);

  line = g_strdup_printf ("%-38s %10.*f %-3s  baseline %10.*f %-3s  ratio %8.*f×  goal ≤ %-7s  %s",
                          name,
                          precision_for (m->value), m->value, unit,
                          precision_for (m->baseline), m->baseline, unit,
                          ratio < 100 ? 2 : 0, ratio, goal_text,
                          over ? "over goal" : "meets goal");
  puts (g_strchomp (line));
  fflush (stdout);
}

/* Start-up and memory */

/* GSK_RENDERER's name of the renderer whose type is @type_name. */
static char *
renderer_name (const char *type_name)
{
  if (g_str_equal (type_name, "GskCairoRenderer"))
    return g_strdup ("cairo");
  if (g_str_equal (type_name, "GskGLRenderer"))
    return g_strdup ("gl");
  if (g_str_equal (type_name, "GskVulkanRenderer"))
    return g_strdup ("vulkan");
  return g_strdup (type_name);
}

/* Keeps the renderer a window child's first-frame @line names, in
 * *@renderer, and why, in *@why when it is not NULL. */
static void
read_renderer (const char  *line,
               char       **renderer,
               char       **why)
{
  const char *field = strstr (line, "renderer=");
  const char *reason = strstr (line, " why=");

  if (field == NULL || reason == NULL)
    g_error ("the window child did not say its renderer: “%s”", line);

  g_free (*renderer);
  {
    g_autofree char *type_name = g_strndup (field + 9, strcspn (field + 9, " "));

    *renderer = renderer_name (type_name);
  }
  if (why != NULL)
    {
      g_free (*why);
      *why = g_strdup (reason + 5);
    }
}

/* Runs the window child once, with @plan_path opened when it is not NULL,
 * drawing with @gsk_renderer when it is not NULL; returns milliseconds
 * from spawn to its first frame (the first that shows the plan) and fills
 * @rss_kib with its resident memory at that moment. Keeps the renderer
 * Regimen's window or the bare one drew with (regimen_renderer,
 * bare_renderer: GTK's own choice when @gsk_renderer is NULL). */
static double
run_window_child (gboolean    bare,
                  const char *plan_path,
                  gboolean    check_shown,
                  const char *gsk_renderer,
                  double     *rss_kib)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  gint64 start;
  double elapsed;
  const char *rss;

  if (gsk_renderer != NULL)
    g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", gsk_renderer, TRUE);
  /* The bare window drawn as Regimen's is starts as Regimen's does: where
   * Regimen did not set GL up (no GPU's device, regimen_renderer_skip_gl()),
   * neither does it, so that the 207 M instructions GTK 4.8 spends on GL
   * at the display's opening are on neither side of the ratio. */
  if (bare && gsk_renderer != NULL && regimen_skipped_gl ())
    g_subprocess_launcher_setenv (launcher, "GDK_DEBUG", "gl-disable", TRUE);

  start = g_get_monotonic_time ();
  child = g_subprocess_launcher_spawn (launcher, &error,
                                       bench_window_path, bare ? "--bare" : "--regimen", plan_path,
                                       check_shown ? "--check" : NULL, NULL);
  if (child == NULL)
    g_error ("could not start %s: %s", bench_window_path, error->message);

  stream = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line_utf8 (stream, NULL, NULL, &error);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;

  if (line == NULL || !g_str_has_prefix (line, "first-frame"))
    g_error ("the window child did not report a first frame");

  rss = strstr (line, "rss_kib=");
  *rss_kib = rss != NULL ? g_ascii_strtod (rss + 8, NULL) : 0;
  if (!bare)
    read_renderer (line, &regimen_renderer, &regimen_renderer_why);
  else if (gsk_renderer == NULL)
    read_renderer (line, &bare_renderer, NULL);

  g_subprocess_wait (child, NULL, NULL);

  return elapsed;
}

/* Which renderer Regimen's window draws with, and why, and which the bare
 * window draws with: one start of each, which also warms the caches. */
static void
find_renderers (void)
{
  double rss;

  run_window_child (TRUE, NULL, FALSE, NULL, &rss);
  run_window_child (FALSE, NULL, FALSE, NULL, &rss);
  printf ("renderer: Regimen draws with %s (%s); the bare window with %s, GTK's choice\n",
          regimen_renderer, regimen_renderer_why, bare_renderer);
  fflush (stdout);
}

/* Start-up of the empty window, of the window opening @plan_path (with
 * the check panel folded away, as at 1280 pixels, and shown), and the
 * empty window's memory, each against the bare window's, drawn with the
 * renderer GTK picks; and each again against a bare window drawn with the
 * renderer Regimen chose (@same), so that no one reads a change of
 * renderer as Regimen's own. */
static void
measure_startup (const char  *plan_path,
                 Measurement *startup,
                 Measurement *plan_startup,
                 Measurement *check_startup,
                 Measurement *memory,
                 Measurement  same[4])
{
  g_autofree double *app_ms = g_new (double, repeats);
  g_autofree double *plan_ms = g_new (double, repeats);
  g_autofree double *check_ms = g_new (double, repeats);
  g_autofree double *bare_ms = g_new (double, repeats);
  g_autofree double *same_ms = g_new (double, repeats);
  g_autofree double *app_rss = g_new (double, repeats);
  g_autofree double *plan_rss = g_new (double, repeats);
  g_autofree double *bare_rss = g_new (double, repeats);
  g_autofree double *same_rss = g_new (double, repeats);

  /* One of each first, unmeasured, so none pays for cold caches. */
  run_window_child (TRUE, NULL, FALSE, NULL, &bare_rss[0]);
  run_window_child (TRUE, NULL, FALSE, regimen_renderer, &same_rss[0]);
  run_window_child (FALSE, NULL, FALSE, NULL, &app_rss[0]);
  run_window_child (FALSE, plan_path, FALSE, NULL, &plan_rss[0]);
  run_window_child (FALSE, plan_path, TRUE, NULL, &plan_rss[0]);

  for (guint i = 0; i < repeats; i++)
    {
      bare_ms[i] = run_window_child (TRUE, NULL, FALSE, NULL, &bare_rss[i]);
      same_ms[i] = run_window_child (TRUE, NULL, FALSE, regimen_renderer, &same_rss[i]);
      app_ms[i] = run_window_child (FALSE, NULL, FALSE, NULL, &app_rss[i]);
      plan_ms[i] = run_window_child (FALSE, plan_path, FALSE, NULL, &plan_rss[i]);
      check_ms[i] = run_window_child (FALSE, plan_path, TRUE, NULL, &plan_rss[i]);
    }

  startup->value = median (app_ms, repeats);
  startup->baseline = median (bare_ms, repeats);
  plan_startup->value = median (plan_ms, repeats);
  plan_startup->baseline = startup->baseline;
  check_startup->value = median (check_ms, repeats);
  check_startup->baseline = startup->baseline;
  memory->value = median (app_rss, repeats);
  memory->baseline = median (bare_rss, repeats);

  same[0] = (Measurement) { startup->value, median (same_ms, repeats) };
  same[1] = (Measurement) { plan_startup->value, same[0].baseline };
  same[2] = (Measurement) { check_startup->value, same[0].baseline };
  same[3] = (Measurement) { memory->value, median (same_rss, repeats) };
}

/* What Regimen's choice of renderer costs at start (bench-window's
 * --probe), medians of the runs: making GL ready, which GTK's GL renderer
 * does anyway, the choice, and asking GL through a context of Regimen's,
 * which the choice does where a GPU's device can be reached. */
static void
measure_probe (void)
{
  g_autofree double *prepare_ms = g_new (double, repeats);
  g_autofree double *choose_ms = g_new (double, repeats);
  g_autofree double *query_ms = g_new (double, repeats);

  for (guint i = 0; i < repeats; i++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) stream = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *line = NULL;
      const char *prepare, *choose, *query;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, bench_window_path, "--probe", NULL);
      if (child == NULL)
        g_error ("could not start %s: %s", bench_window_path, error->message);
      stream = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      line = g_data_input_stream_read_line_utf8 (stream, NULL, NULL, &error);
      if (line == NULL
          || (prepare = strstr (line, "prepare_ms=")) == NULL
          || (choose = strstr (line, "choose_ms=")) == NULL
          || (query = strstr (line, "query_ms=")) == NULL)
        g_error ("the probe child did not report its times");
      prepare_ms[i] = g_ascii_strtod (prepare + 11, NULL);
      choose_ms[i] = g_ascii_strtod (choose + 10, NULL);
      query_ms[i] = g_ascii_strtod (query + 9, NULL);
      g_subprocess_wait (child, NULL, NULL);
    }

  printf ("(the renderer's choice at start: %.3f ms, after GL made ready in %.3f ms, which GTK's GL"
          " renderer does anyway; asking GL_RENDERER through a context of Regimen's, as the choice does"
          " where a GPU's device can be reached, %.2f ms; medians of %u)\n",
          median (choose_ms, repeats), median (prepare_ms, repeats), median (query_ms, repeats), repeats);
  fflush (stdout);
}

/* The 52-week plan */

typedef struct
{
  GPtrArray *strength;
  GPtrArray *hiit;
  GPtrArray *mobility;
} ExercisePools;

static void
exercise_pools_init (ExercisePools  *pools,
                     RegimenLibrary *library)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));

  pools->strength = g_ptr_array_new ();
  pools->hiit = g_ptr_array_new ();
  pools->mobility = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      const char *id = regimen_exercise_get_id (exercise);

      if (regimen_exercise_get_hiit_fit (exercise))
        {
          g_ptr_array_add (pools->hiit, (gpointer) id);
          continue;
        }

      switch (regimen_exercise_get_category (exercise))
        {
        case REGIMEN_EXERCISE_CATEGORY_STRENGTH:
        case REGIMEN_EXERCISE_CATEGORY_POWER:
          g_ptr_array_add (pools->strength, (gpointer) id);
          break;

        case REGIMEN_EXERCISE_CATEGORY_MOBILITY:
        case REGIMEN_EXERCISE_CATEGORY_CORE:
          g_ptr_array_add (pools->mobility, (gpointer) id);
          break;

        case REGIMEN_EXERCISE_CATEGORY_CONDITIONING:
        default:
          break;
        }
    }

  if (pools->strength->len == 0 || pools->hiit->len == 0 || pools->mobility->len == 0)
    g_error ("the built-in library lacks strength, HIIT or mobility exercises");
}

static void
exercise_pools_clear (ExercisePools *pools)
{
  g_clear_pointer (&pools->strength, g_ptr_array_unref);
  g_clear_pointer (&pools->hiit, g_ptr_array_unref);
  g_clear_pointer (&pools->mobility, g_ptr_array_unref);
}

/* A session of @n_items, each different while the pool lasts. */
static RegimenSession *
new_session (RegimenSessionKind  kind,
             const char         *title,
             guint               rpe,
             GPtrArray          *pool,
             guint               n_items,
             GRand              *rand)
{
  RegimenSession *session = regimen_session_new (kind, title);
  guint first = g_rand_int_range (rand, 0, pool->len);

  regimen_session_set_rpe (session, rpe);

  for (guint i = 0; i < n_items; i++)
    {
      const char *id = g_ptr_array_index (pool, (first + i) % pool->len);
      g_autoptr(RegimenItem) item = regimen_item_new (id);

      regimen_session_append_item (session, item);
    }

  return session;
}

/* Ordinary tempos for the loaded work; speed work only for the light
 * first exercise, as the SPEED-LOAD rule asks. */
static const char * const tempos[] = { "3010", "2011", "2010", "3011", "2110" };
static const char * const speed_tempos[] = { "30X0", "3110", "4010", "20X0" };

static RegimenSession *
new_strength_session (const char *title,
                      guint       week,
                      GPtrArray  *pool,
                      GRand      *rand)
{
  gboolean deload = week % 4 == 3;
  /* Four-week waves that climb through the year. */
  double load = MIN (90.0, 62.5 + 2.5 * (week % 4) + week / 4 * 1.0) - (deload ? 15.0 : 0.0);
  RegimenSession *session = new_session (REGIMEN_SESSION_KIND_STRENGTH, title,
                                         deload ? 5 : 7 + week % 2, pool, 8, rand);

  regimen_session_set_minutes (session, deload ? 45 : 60);

  for (guint i = 0; i < 8; i++)
    {
      RegimenItem *item = regimen_session_get_item (session, i);

      regimen_item_set_sets (item, deload ? 2 : 3 + g_rand_int_range (rand, 0, 3));
      regimen_item_set_reps (item, g_rand_int_range (rand, 3, 13));
      regimen_item_set_rest_seconds (item, 60 + 30 * g_rand_int_range (rand, 0, 5));

      if (i == 0)
        {
          regimen_item_set_tempo (item, speed_tempos[g_rand_int_range (rand, 0, G_N_ELEMENTS (speed_tempos))]);
          regimen_item_set_load_percent_1rm (item, 50 + g_rand_int_range (rand, 0, 11));
        }
      else
        {
          regimen_item_set_tempo (item, tempos[g_rand_int_range (rand, 0, G_N_ELEMENTS (tempos))]);
          regimen_item_set_load_percent_1rm (item, load + g_rand_int_range (rand, -5, 6));
        }

      /* The accessory work at the end is done as supersets. */
      if (i >= 4)
        {
          g_autofree char *group = g_strdup_printf ("%u%c", i / 2 - 1, 'a' + i % 2);

          regimen_item_set_group (item, group);
        }
    }

  return session;
}

static RegimenSession *
new_hiit_session (guint      week,
                  GPtrArray *pool,
                  GRand     *rand)
{
  RegimenSession *session = new_session (REGIMEN_SESSION_KIND_HIIT, "Intervals",
                                         week % 4 == 3 ? 6 : 8, pool, 5, rand);

  for (guint i = 0; i < 5; i++)
    {
      guint work = 20 + 5 * g_rand_int_range (rand, 0, 5);
      /* At least as much rest as work, as intermediate athletes need. */
      g_autoptr(RegimenInterval) interval = regimen_interval_new (work,
                                                                  work + 10 * g_rand_int_range (rand, 0, 4),
                                                                  g_rand_int_range (rand, 4, 11));

      regimen_item_set_interval (regimen_session_get_item (session, i), interval);
    }

  return session;
}

static RegimenSession *
new_mobility_session (GPtrArray *pool,
                      GRand     *rand)
{
  RegimenSession *session = new_session (REGIMEN_SESSION_KIND_MOBILITY, "Mobility and core",
                                         3, pool, 7, rand);

  for (guint i = 0; i < 7; i++)
    {
      RegimenItem *item = regimen_session_get_item (session, i);

      regimen_item_set_sets (item, 2);
      regimen_item_set_per_side (item, g_rand_boolean (rand));
      regimen_item_set_rest_seconds (item, 30);
      if (i % 2 == 0)
        regimen_item_set_hold_seconds (item, 20 + 5 * g_rand_int_range (rand, 0, 6));
      else
        regimen_item_set_reps (item, g_rand_int_range (rand, 8, 13));
    }

  return session;
}

/* @n_weeks of training as a coach would write it, 48 items a week: three
 * strength sessions, two interval sessions and two mobility sessions, in
 * four-week waves with a lighter fourth week. Seeded, so every run checks
 * the same plan. */
static RegimenPlan *
generate_plan (RegimenLibrary *library,
               guint           n_weeks)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (52);
  g_autoptr(GDate) start = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  ExercisePools pools;

  exercise_pools_init (&pools, library);

  regimen_plan_set_title (plan, "A year of strength, intervals and mobility");
  regimen_plan_set_start_date (plan, start);
  regimen_plan_set_athlete_level (plan, REGIMEN_LEVEL_INTERMEDIATE);
  regimen_plan_set_athlete_baseline_weekly_load (plan, 2200);

  for (guint w = 0; w < n_weeks; w++)
    {
      g_autofree char *label = g_strdup_printf ("Week %u", w + 1);
      g_autoptr(RegimenWeek) week = regimen_week_new (label);
      /* Hard and easy days in turn, Sunday off. */
      RegimenSession *sessions[7];
      const guint days[] = { 0, 1, 2, 3, 4, 5, 5 };

      sessions[0] = new_strength_session ("Lower body", w, pools.strength, rand);
      sessions[1] = new_mobility_session (pools.mobility, rand);
      sessions[2] = new_hiit_session (w, pools.hiit, rand);
      sessions[3] = new_strength_session ("Upper body", w, pools.strength, rand);
      sessions[4] = new_mobility_session (pools.mobility, rand);
      sessions[5] = new_strength_session ("Full body", w, pools.strength, rand);
      sessions[6] = new_hiit_session (w, pools.hiit, rand);

      for (guint s = 0; s < G_N_ELEMENTS (sessions); s++)
        {
          regimen_day_append_session (regimen_week_get_day (week, days[s]), sessions[s]);
          g_object_unref (sessions[s]);
        }

      regimen_plan_add_week (plan, G_MAXUINT, week);
    }

  exercise_pools_clear (&pools);

  return g_steal_pointer (&plan);
}

static guint
count_items (RegimenPlan *plan)
{
  guint n = 0;

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          n += regimen_session_get_n_items (regimen_day_get_session (day, s));
      }

  return n;
}

/* Check, read and write */

typedef struct
{
  RegimenPlan    *plan;
  RegimenLibrary *library;
  const char     *document;
  gsize           length;
  JsonNode       *root;
  /* What the incremental re-check keeps, as the window does. */
  RegimenCheckCache *cache;
} PlanBench;

static void
bench_check (gpointer data)
{
  PlanBench *bench = data;
  g_autoptr(RegimenChecker) checker = regimen_plan_check (bench->plan, bench->library);

  g_assert (checker != NULL);
}

/* A drop in the middle of the plan (the first exercise of Monday's
 * session onto Wednesday's) and its undo, each re-checked as the window
 * does: incrementally with @cache, in full without. */
static void
drop_and_undo (PlanBench         *bench,
               RegimenCheckCache *cache)
{
  guint week = regimen_plan_get_n_weeks (bench->plan) / 2;
  RegimenSession *from = regimen_plan_get_session (bench->plan, week, 0, 0);
  RegimenSession *to = regimen_plan_get_session (bench->plan, week, 2, 0);
  RegimenChecker *checker;

  if (!regimen_plan_move_item_to (bench->plan, regimen_session_get_item (from, 0), to, 0))
    g_error ("the bench's drop was refused");
  checker = cache != NULL ? regimen_plan_check_incremental (bench->plan, bench->library, cache)
                          : regimen_plan_check (bench->plan, bench->library);
  g_object_unref (checker);

  if (!regimen_plan_undo (bench->plan))
    g_error ("the bench's drop could not be undone");
  checker = cache != NULL ? regimen_plan_check_incremental (bench->plan, bench->library, cache)
                          : regimen_plan_check (bench->plan, bench->library);
  g_object_unref (checker);
}

static void
bench_recheck (gpointer data)
{
  PlanBench *bench = data;

  drop_and_undo (bench, bench->cache);
}

static void
bench_recheck_full (gpointer data)
{
  drop_and_undo (data, NULL);
}

/* The drop and undo re-checked incrementally against the same with full
 * checks; the first check fills the cache, as opening a plan does. */
static void
measure_recheck (PlanBench   *bench,
                 const char  *name)
{
  g_autoptr(RegimenCheckCache) cache = regimen_check_cache_new ();
  g_autoptr(RegimenChecker) first = regimen_plan_check_incremental (bench->plan, bench->library, cache);
  Measurement m;

  bench->cache = cache;
  measure_pair (bench_recheck, bench, bench_recheck_full, bench, &m);
  report (name, "ms", &m, 16, FALSE);
  bench->cache = NULL;
}

static void
bench_json_parse (gpointer data)
{
  PlanBench *bench = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, bench->document, bench->length, &error))
    g_error ("json-glib does not parse the plan: %s", error->message);
}

static void
bench_read (gpointer data)
{
  PlanBench *bench = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (bench->document, bench->length, &error);

  if (plan == NULL)
    g_error ("Regimen does not read its own plan: %s", error->message);
}

static void
bench_write (gpointer data)
{
  PlanBench *bench = data;
  gsize length;
  g_autofree char *text = regimen_plan_to_data (bench->plan, &length);

  g_assert (length > 0);
}

static void
bench_json_generate (gpointer data)
{
  PlanBench *bench = data;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length;
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, bench->root);
  text = json_generator_to_data (generator, &length);

  g_assert (length > 0);
}

/* Library search */

static JsonObject *
new_empty_instructions (void)
{
  JsonObject *instructions = json_object_new ();

  json_object_set_string_member (instructions, "setup", "-");
  json_object_set_string_member (instructions, "movement", "-");
  json_object_set_string_member (instructions, "breathing", "-");

  return instructions;
}

/* The built-in exercises, copied until there are at least @n, every copy
 * with its own ids, names and progression links. */
static RegimenLibrary *
new_large_library (guint n)
{
  g_autoptr(GBytes) builtin = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *copies = json_array_new ();
  RegimenLibrary *library;
  char *text;
  gsize length;

  /* The resource is registered once the core's resource code is linked,
   * which asking for the default library makes sure of. */
  regimen_library_get_default ();
  builtin = g_resources_lookup_data (BUILTIN_EXERCISES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (builtin == NULL)
    g_error ("no built-in exercises: %s", error->message);

  /* Parsed once per copy: json-glib copies objects by reference only. */
  for (guint c = 1; json_array_get_length (copies) < n; c++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *document;
      JsonArray *originals;

      if (!json_parser_load_from_data (parser, g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin), &error))
        g_error ("the built-in exercises are not JSON: %s", error->message);

      document = json_node_get_object (json_parser_get_root (parser));
      originals = json_object_get_array_member (document, "exercises");

      for (guint i = 0; i < json_array_get_length (originals); i++)
        {
          JsonObject *exercise = json_array_get_object_element (originals, i);
          JsonObject *progression = json_object_get_object_member (exercise, "progression");
          g_autofree char *id = g_strdup_printf ("%s-%u", json_object_get_string_member (exercise, "id"), c);
          g_autofree char *name = g_strdup_printf ("%s %u", json_object_get_string_member (exercise, "name"), c);

          json_object_set_string_member (exercise, "id", id);
          json_object_set_string_member (exercise, "name", name);
          /* Search does not read the instructions, cues or faults; without
           * them a hundred thousand copies parse in seconds, not minutes. */
          json_object_set_object_member (exercise, "instructions", new_empty_instructions ());
          json_object_remove_member (exercise, "cues");
          json_object_remove_member (exercise, "faults");

          for (guint l = 0; progression != NULL && l < 2; l++)
            {
              const char *link = l == 0 ? "previous" : "next";
              const char *target = json_object_get_string_member_with_default (progression, link, NULL);

              if (target != NULL)
                {
                  g_autofree char *renamed = g_strdup_printf ("%s-%u", target, c);

                  json_object_set_string_member (progression, link, renamed);
                }
            }

          json_array_add_object_element (copies, json_object_ref (exercise));
        }

      if (root == NULL)
        root = json_node_copy (json_parser_get_root (parser));
    }

  json_object_set_array_member (json_node_get_object (root), "exercises", copies);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (text, length);

  library = regimen_library_new_from_bytes (bytes, &error);
  if (library == NULL)
    g_error ("the large library does not load: %s", error->message);

  return library;
}

typedef struct
{
  RegimenLibrarySearch *search;
  /* Per exercise: the strings a search looks in, NULL-terminated. */
  GPtrArray            *strings;
  const char           *typed;
  guint                 matches;
} SearchBench;

/* One keystroke: the typed text changes and the ranked list is made. The
 * empty query in between makes every call a real search. */
static void
bench_search (gpointer data)
{
  SearchBench *bench = data;

  regimen_library_search_set_query (bench->search, NULL);
  regimen_library_search_set_query (bench->search, bench->typed);
  bench->matches = g_list_model_get_n_items (G_LIST_MODEL (bench->search));
}

static void
bench_strstr (gpointer data)
{
  SearchBench *bench = data;
  g_autofree char *needle = g_utf8_casefold (bench->typed, -1);
  guint matches = 0;

  for (guint i = 0; i < bench->strings->len; i++)
    {
      const char * const *strings = g_ptr_array_index (bench->strings, i);

      for (guint s = 0; strings[s] != NULL; s++)
        {
          if (strstr (strings[s], needle) != NULL)
            {
              matches++;
              break;
            }
        }
    }

  bench->matches = matches;
}

static void
add_strings (GPtrArray          *row,
             const char * const *strings,
             const char *      (*display_name) (const char *id))
{
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    g_ptr_array_add (row, (gpointer) (display_name != NULL ? display_name (strings[i]) : strings[i]));
}

/* Figures for the slowest keystroke of typing SEARCH_WORD into the
 * library's search index (regimen_library_search_set_query()), in a
 * library of at least @size exercises. The baseline looks for the typed
 * text in the same strings the index covers (name, id, aliases, muscle and
 * equipment names), with strstr() on strings prepared once. @build_ms is
 * the time the index takes to build, once per change of the library. */
static void
measure_search (guint        size,
                Measurement *m,
                guint       *n_exercises,
                double      *build_ms)
{
  g_autoptr(RegimenLibrary) library = new_large_library (size);
  g_autoptr(RegimenLibrarySearch) search = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  SearchBench bench = { NULL, strings, NULL, 0 };
  gint64 start;

  *n_exercises = g_list_model_get_n_items (G_LIST_MODEL (library));

  for (guint i = 0; i < *n_exercises; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      GPtrArray *row = g_ptr_array_new ();

      g_ptr_array_add (row, (gpointer) regimen_exercise_get_name (exercise));
      g_ptr_array_add (row, (gpointer) regimen_exercise_get_id (exercise));
      add_strings (row, regimen_exercise_get_aliases (exercise), NULL);
      add_strings (row, regimen_exercise_get_primary_muscles (exercise), regimen_muscle_get_name);
      add_strings (row, regimen_exercise_get_secondary_muscles (exercise), regimen_muscle_get_name);
      add_strings (row, regimen_exercise_get_equipment (exercise), regimen_equipment_get_name);
      g_ptr_array_add (row, NULL);

      g_ptr_array_add (strings, g_ptr_array_free (row, FALSE));
    }

  /* Creating the list builds the index: what a change of the library costs. */
  start = g_get_monotonic_time ();
  search = regimen_library_search_new (library);
  *build_ms = (g_get_monotonic_time () - start) / 1000.0;
  bench.search = search;

  m->value = 0;
  m->baseline = 0;

  for (gsize len = 1; len <= strlen (SEARCH_WORD); len++)
    {
      g_autofree char *typed = g_strndup (SEARCH_WORD, len);
      Measurement keystroke;

      bench.typed = typed;
      measure_pair (bench_search, &bench, bench_strstr, &bench, &keystroke);

      if (keystroke.value > m->value)
        *m = keystroke;
    }
}

/* Thumbnails */

typedef struct
{
  GPtrArray       *frames;
  cairo_surface_t *surface;
} ThumbnailBench;

static void
clear_surface (cairo_t *cr)
{
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
}

static void
bench_thumbnails (gpointer data)
{
  ThumbnailBench *bench = data;
  cairo_t *cr = cairo_create (bench->surface);

  clear_surface (cr);
  for (guint i = 0; i < bench->frames->len; i++)
    regimen_figure_draw (cr, g_ptr_array_index (bench->frames, i),
                         i % THUMBNAIL_COLUMNS * THUMBNAIL_SIZE,
                         i / THUMBNAIL_COLUMNS * THUMBNAIL_SIZE,
                         THUMBNAIL_SIZE, THUMBNAIL_SIZE,
                         REGIMEN_PALETTE_LIGHT);
  cairo_surface_flush (bench->surface);
  cairo_destroy (cr);
}

static void
bench_rectangles (gpointer data)
{
  ThumbnailBench *bench = data;
  cairo_t *cr = cairo_create (bench->surface);

  clear_surface (cr);
  for (guint i = 0; i < bench->frames->len; i++)
    {
      cairo_set_source_rgb (cr, 0.2, 0.4, (i % 8) / 8.0);
      cairo_rectangle (cr,
                       i % THUMBNAIL_COLUMNS * THUMBNAIL_SIZE,
                       i / THUMBNAIL_COLUMNS * THUMBNAIL_SIZE,
                       THUMBNAIL_SIZE, THUMBNAIL_SIZE);
      cairo_fill (cr);
    }
  cairo_surface_flush (bench->surface);
  cairo_destroy (cr);
}

static void
measure_thumbnails (Measurement *m,
                    guint       *n_thumbnails)
{
  RegimenLibrary *library = regimen_library_get_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();
  ThumbnailBench bench;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      RegimenPoseSequence *poses = regimen_exercise_get_poses (exercise);

      if (poses != NULL)
        g_ptr_array_add (frames, (gpointer) regimen_pose_sequence_get_thumbnail (poses));
    }

  if (frames->len == 0)
    g_error ("no exercise of the built-in library has a drawing");

  bench.frames = frames;
  bench.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                              THUMBNAIL_COLUMNS * THUMBNAIL_SIZE,
                                              (frames->len + THUMBNAIL_COLUMNS - 1) / THUMBNAIL_COLUMNS * THUMBNAIL_SIZE);

  measure_pair (bench_thumbnails, &bench, bench_rectangles, &bench, m);
  *n_thumbnails = frames->len;

  cairo_surface_destroy (bench.surface);
}

/* Drop in the week view */

typedef struct
{
  guint       runs;
  Measurement drop;
  double      command_ms;
  double      open_ms;
  double      undo_ms;
  double      week_ms;
  double      scroll_ms;
  guint       widgets;
  /* The switches forward to weeks the window had not shown. */
  guint       unseen_runs;
  double      unseen_ms;
} WindowFigures;

/* A launcher for the window children that draw frames, with their
 * standard output piped and drawing with window_renderer when it is set,
 * else with @fallback when it is not NULL. */
static GSubprocessLauncher *
window_launcher (const char *fallback)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  const char *renderer = window_renderer != NULL ? window_renderer : fallback;

  if (renderer != NULL)
    g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", renderer, TRUE);

  return launcher;
}

/* Has the window child open @plan_path in Regimen's window and time drops
 * there and on a plan without a window, and the undo, week switch and
 * scroll after each drop, then switches forward to weeks it has not shown
 * since it started. Also gives how many rounds it timed, how much
 * of each drop went by before the frame began, and how long the plan took
 * to open to its first frame. */
static void
measure_window (const char    *plan_path,
                gboolean       check_shown,
                WindowFigures *figures)
{
  /* Regimen's window chooses its renderer itself, unless told. */
  g_autoptr(GSubprocessLauncher) launcher = window_launcher (NULL);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *max_runs = g_strdup_printf ("%u", DROP_RUNS);
  g_autofree char *line = NULL;
  const char *fields[] = { "runs=", "window_ms=", "command_ms=", "bare_ms=", "open_ms=",
                           "undo_ms=", "week_ms=", "scroll_ms=", "widgets=",
                           "unseen_runs=", "unseen_ms=" };
  double values[G_N_ELEMENTS (fields)];

  child = g_subprocess_launcher_spawn (launcher, &error,
                                       bench_window_path, "--drop", plan_path, max_runs,
                                       check_shown ? "--check" : NULL, NULL);
  if (child == NULL)
    g_error ("could not start %s: %s", bench_window_path, error->message);

  stream = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line_utf8 (stream, NULL, NULL, &error);

  if (line == NULL || !g_str_has_prefix (line, "drop "))
    g_error ("the window child did not report its drops");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *field = strstr (line, fields[i]);

      if (field == NULL)
        g_error ("the window child reported “%s”", line);
      values[i] = g_ascii_strtod (field + strlen (fields[i]), NULL);
    }

  if (!g_subprocess_wait_check (child, NULL, &error))
    g_error ("the window child failed: %s", error->message);

  figures->runs = values[0];
  figures->drop.value = values[1];
  figures->command_ms = values[2];
  figures->drop.baseline = values[3];
  figures->open_ms = values[4];
  figures->undo_ms = values[5];
  figures->week_ms = values[6];
  figures->scroll_ms = values[7];
  figures->widgets = values[8];
  figures->unseen_runs = values[9];
  figures->unseen_ms = values[10];
}

/* The frame floor: a bare libadwaita window of as many widgets as
 * @figures' window showed (wrapping labels in seven columns) scrolled a
 * page and back, as many rounds as the window child timed, drawn with the
 * renderer Regimen's window drew with; the slower median of the two ways,
 * in milliseconds. */
static double
measure_floor (const WindowFigures *figures)
{
  g_autoptr(GSubprocessLauncher) launcher = window_launcher (regimen_renderer);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *widgets = g_strdup_printf ("%u", figures->widgets);
  g_autofree char *runs = g_strdup_printf ("%u", figures->runs);
  g_autofree char *line = NULL;
  const char *field;

  child = g_subprocess_launcher_spawn (launcher, &error,
                                       bench_window_path, "--floor", widgets, runs, NULL);
  if (child == NULL)
    g_error ("could not start %s: %s", bench_window_path, error->message);

  stream = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line_utf8 (stream, NULL, NULL, &error);
  if (line == NULL || !g_str_has_prefix (line, "floor ") || (field = strstr (line, "scroll_ms=")) == NULL)
    g_error ("the floor child did not report its frames");

  if (!g_subprocess_wait_check (child, NULL, &error))
    g_error ("the floor child failed: %s", error->message);

  return g_ascii_strtod (field + strlen ("scroll_ms="), NULL);
}

/* The floor's line, then each frame figure of @figures against it: what
 * the window costs over a frame that lays nothing out on this machine. */
static void
report_floor (const WindowFigures *figures)
{
  Measurement m = { measure_floor (figures), figures->drop.baseline };
  g_autofree char *name = g_strdup_printf ("frame floor, %u widgets, %s", figures->widgets,
                                           window_renderer != NULL ? window_renderer : regimen_renderer);

  report (name, "ms", &m, 16, FALSE);
  printf ("(the floor: a bare window of as many widgets scrolled a page;"
          " against it drop %.2f×, undo %.2f×, week switch %.2f×, scroll %.2f×)\n",
          figures->drop.value / m.value, figures->undo_ms / m.value,
          figures->week_ms / m.value, figures->scroll_ms / m.value);
  fflush (stdout);
}

/* A frame's figure against the drop's bare command as its baseline. */
static void
report_frame (const char          *name,
              double               value,
              const WindowFigures *figures)
{
  Measurement m = { value, figures->drop.baseline };

  report (name, "ms", &m, 16, FALSE);
}

/* The switch forward to a week the window had not shown, with how many
 * such switches its median is of. */
static void
report_unseen (const char          *name,
               const WindowFigures *figures)
{
  report_frame (name, figures->unseen_ms, figures);
  printf ("(%s: median of %u switches forward, each to a week the window had not shown since it started)\n",
          name, figures->unseen_runs);
  fflush (stdout);
}

/* The drop, undo, week switch and scroll figures and the frame floor, with
 * the check panel folded away and then shown, each name ending in
 * @suffix. */
static void
measure_drops (const char *plan_path,
               const char *suffix)
{
  WindowFigures window;
  g_autofree char *drop = g_strconcat ("drop to re-checked frame", suffix, NULL);
  g_autofree char *undo = g_strconcat ("undo to its frame", suffix, NULL);
  g_autofree char *week = g_strconcat ("week switch to its frame", suffix, NULL);
  g_autofree char *scroll = g_strconcat ("scroll the week a page", suffix, NULL);
  g_autofree char *unseen = g_strconcat ("switch to a week not shown", suffix, NULL);
  g_autofree char *drop_check = g_strconcat ("drop, check shown", suffix, NULL);
  g_autofree char *undo_check = g_strconcat ("undo, check shown", suffix, NULL);
  g_autofree char *week_check = g_strconcat ("week switch, check shown", suffix, NULL);
  g_autofree char *scroll_check = g_strconcat ("scroll the week, check shown", suffix, NULL);
  g_autofree char *unseen_check = g_strconcat ("week not shown, check shown", suffix, NULL);

  measure_window (plan_path, FALSE, &window);
  report (drop, "ms", &window.drop, 16, FALSE);
  printf ("(drop%s: median of %u runs; %.*f ms of it before the frame began, in the command and the re-check)\n",
          suffix, window.runs, precision_for (window.command_ms), window.command_ms);
  report_frame (undo, window.undo_ms, &window);
  report_frame (week, window.week_ms, &window);
  report_frame (scroll, window.scroll_ms, &window);
  report_unseen (unseen, &window);
  report_floor (&window);

  /* The same with the check panel shown beside the week, its problem
   * rows following every change. */
  measure_window (plan_path, TRUE, &window);
  report (drop_check, "ms", &window.drop, 16, FALSE);
  printf ("(drop, check shown%s: median of %u runs; %.*f ms of it before the frame began)\n",
          suffix, window.runs, precision_for (window.command_ms), window.command_ms);
  report_frame (undo_check, window.undo_ms, &window);
  report_frame (week_check, window.week_ms, &window);
  report_frame (scroll_check, window.scroll_ms, &window);
  report_unseen (unseen_check, &window);
  report_floor (&window);
}

static char *
write_plan_file (const char  *dir,
                 const char  *name,
                 const char  *document,
                 gsize        length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  if (!g_file_set_contents (path, document, length, &error))
    g_error ("could not write the plan for the window child: %s", error->message);

  return path;
}

/* Removes the folder @path and whatever the window children left in it. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Scale: ten years of the same training, about 25,000 items. Opening and
 * saving may take longer than a frame; every interaction must not. */
static void
measure_scale (RegimenLibrary *library,
               const char     *plan_dir)
{
  g_autoptr(RegimenPlan) generated = generate_plan (library, SCALE_WEEKS);
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *name = NULL;
  PlanBench bench;
  WindowFigures figures;
  Measurement m;
  gsize length;

  document = regimen_plan_to_data (generated, &length);
  plan = regimen_plan_load_from_data (document, length, &error);
  if (plan == NULL)
    g_error ("the generated plan does not read back: %s", error->message);
  if (!json_parser_load_from_data (parser, document, length, &error))
    g_error ("json-glib does not parse the plan: %s", error->message);

  checker = regimen_plan_check (plan, library);
  printf ("%u-week plan: %u items, %zu bytes of JSON, %u diagnostics\n",
          regimen_plan_get_n_weeks (plan), count_items (plan), length,
          g_list_model_get_n_items (regimen_checker_get_diagnostics (checker)));
  fflush (stdout);

  bench = (PlanBench) { plan, library, document, length, json_parser_get_root (parser) };

  name = g_strdup_printf ("check %u-week plan", SCALE_WEEKS);
  measure_pair (bench_check, &bench, bench_json_parse, &bench, &m);
  report (name, "ms", &m, 16, FALSE);
  g_free (name);

  name = g_strdup_printf ("re-check drop+undo, %u wk", SCALE_WEEKS);
  measure_recheck (&bench, name);
  g_free (name);

  name = g_strdup_printf ("read %u-week plan", SCALE_WEEKS);
  measure_pair (bench_read, &bench, bench_json_parse, &bench, &m);
  report (name, "ms", &m, 1.3, TRUE);
  g_free (name);

  name = g_strdup_printf ("save %u-week plan", SCALE_WEEKS);
  measure_pair (bench_write, &bench, bench_json_generate, &bench, &m);
  report (name, "ms", &m, 1.5, TRUE);
  g_free (name);

  plan_path = write_plan_file (plan_dir, "scale.regimen.json", document, length);
  measure_window (plan_path, FALSE, &figures);
  g_unlink (plan_path);

  name = g_strdup_printf ("open %u-week plan, first frame", SCALE_WEEKS);
  printf ("%-38s %10.1f ms  (checking it and building the views, not reading it; no goal of one frame)\n", name,
          figures.open_ms);
  g_free (name);

  name = g_strdup_printf ("drop, %u weeks", SCALE_WEEKS);
  report_frame (name, figures.drop.value, &figures);
  g_free (name);
  name = g_strdup_printf ("undo, %u weeks", SCALE_WEEKS);
  report_frame (name, figures.undo_ms, &figures);
  g_free (name);
  name = g_strdup_printf ("week switch, %u weeks", SCALE_WEEKS);
  report_frame (name, figures.week_ms, &figures);
  g_free (name);
  name = g_strdup_printf ("scroll the week, %u weeks", SCALE_WEEKS);
  report_frame (name, figures.scroll_ms, &figures);
  g_free (name);
  name = g_strdup_printf ("week not shown, %u weeks", SCALE_WEEKS);
  report_unseen (name, &figures);
  printf ("(%u weeks: medians of %u rounds; %.*f ms of each drop before its frame began)\n",
          SCALE_WEEKS, figures.runs, precision_for (figures.command_ms), figures.command_ms);
  fflush (stdout);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_path_get_dirname (argv[0]);
  g_autoptr(RegimenPlan) generated = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *search_name = NULL;
  g_autofree char *search_xl_name = NULL;
  double build_ms, build_ms_xl;
  g_autofree char *thumbnails_name = NULL;
  g_autoptr(RegimenChecker) checker = NULL;
  RegimenLibrary *library;
  Measurement startup, plan_startup, check_startup, memory, m;
  Measurement same[4];
  char *same_names[4] = { NULL, };
  g_autofree char *same_label = NULL;
  PlanBench plan_bench;
  guint n_exercises, n_thumbnails;
  gsize length;
  g_autofree char *plan_dir = NULL;
  g_autofree char *home_dir = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *config_dir = NULL;

  /* The window children start as on a first start, with data and
   * configuration folders of their own: working copies or print settings
   * that some earlier run left in the person's folders would be read at
   * every start (a working copy of a 52-week plan cost a worker 215 M
   * instructions and the child 5 MB), and the drop children's working
   * copies stay out of them. */
  home_dir = g_dir_make_tmp (NULL, &error);
  if (home_dir == NULL)
    g_error ("could not make the window children's folders: %s", error->message);
  data_dir = g_build_filename (home_dir, "data", NULL);
  config_dir = g_build_filename (home_dir, "config", NULL);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);

  if (g_getenv ("REGIMEN_BENCH_REPEATS") != NULL)
    repeats = MAX (1, atoi (g_getenv ("REGIMEN_BENCH_REPEATS")));

  if (argc > 1)
    only_figures = argv + 1;

  bench_window_path = g_build_filename (dir, "regimen-bench-window", NULL);
  library = regimen_library_get_default ();

  generated = generate_plan (library, PLAN_WEEKS);
  document = regimen_plan_to_data (generated, &length);
  plan = regimen_plan_load_from_data (document, length, &error);
  if (plan == NULL)
    g_error ("the generated plan does not read back: %s", error->message);
  if (!json_parser_load_from_data (parser, document, length, &error))
    g_error ("json-glib does not parse the plan: %s", error->message);

  plan_dir = g_dir_make_tmp (NULL, &error);
  if (plan_dir == NULL)
    g_error ("could not make a folder for the window child's plan: %s", error->message);
  plan_path = write_plan_file (plan_dir, "bench.regimen.json", document, length);

  printf ("Regimen %s benchmarks: medians of %u start-ups, up to %u drops, %u samples of the others\n",
          PACKAGE_VERSION, repeats, DROP_RUNS, SAMPLES);
  checker = regimen_plan_check (plan, library);
  printf ("%u-week plan: %u items, %zu bytes of JSON, %u diagnostics\n",
          regimen_plan_get_n_weeks (plan), count_items (plan), length,
          g_list_model_get_n_items (regimen_checker_get_diagnostics (checker)));
  fflush (stdout);

  if (wanted ("startup") || wanted ("drop") || wanted ("cairo") || wanted ("other"))
    find_renderers ();

  if (wanted ("startup"))
    {
      measure_startup (plan_path, &startup, &plan_startup, &check_startup, &memory, same);
      report ("start-up to first frame", "ms", &startup, 1.3, TRUE);
      report ("start-up with 52-week plan", "ms", &plan_startup, 1.3, TRUE);
      report ("start-up, 52 weeks, check shown", "ms", &check_startup, 1.3, TRUE);
      report ("resident memory", "KiB", &memory, 1.2, TRUE);
      /* The same against a bare window drawn as Regimen's is: what is left
       * of the ratios above once the renderer is the same on both sides. */
      same_label = g_strdup_printf ("%s%s", regimen_renderer, regimen_skipped_gl () ? ", no GL" : "");
      same_names[0] = g_strdup_printf ("start-up, bare %s", same_label);
      same_names[1] = g_strdup_printf ("start-up 52 wk, bare %s", same_label);
      same_names[2] = g_strdup_printf ("52 wk, check, bare %s", same_label);
      same_names[3] = g_strdup_printf ("memory, bare %s", same_label);
      report (same_names[0], "ms", &same[0], 1.3, TRUE);
      report (same_names[1], "ms", &same[1], 1.3, TRUE);
      report (same_names[2], "ms", &same[2], 1.3, TRUE);
      report (same_names[3], "KiB", &same[3], 1.2, TRUE);
      printf ("(start-up: the first four against a bare window drawn with %s, GTK's choice;"
              " the last four against one drawn with %s%s, as Regimen's is)\n",
              bare_renderer, regimen_renderer, regimen_skipped_gl () ? " and started without GL set up" : "");
      measure_probe ();
    }

  plan_bench = (PlanBench) { plan, library, document, length, json_parser_get_root (parser) };

  if (wanted ("check"))
    {
      measure_pair (bench_check, &plan_bench, bench_json_parse, &plan_bench, &m);
      report ("check 52-week plan", "ms", &m, 5, FALSE);
      measure_recheck (&plan_bench, "re-check drop+undo, 52 wk");
    }

  if (wanted ("read"))
    {
      measure_pair (bench_read, &plan_bench, bench_json_parse, &plan_bench, &m);
      report ("read 52-week plan", "ms", &m, 1.3, TRUE);
    }

  if (wanted ("write"))
    {
      measure_pair (bench_write, &plan_bench, bench_json_generate, &plan_bench, &m);
      report ("write 52-week plan", "ms", &m, 1.5, TRUE);
    }

  if (wanted ("search"))
    {
      measure_search (SEARCH_EXERCISES, &m, &n_exercises, &build_ms);
      search_name = g_strdup_printf ("search %u, per keystroke", n_exercises);
      report (search_name, "ms", &m, 1, FALSE);

      measure_search (SEARCH_EXERCISES_XL, &m, &n_exercises, &build_ms_xl);
      search_xl_name = g_strdup_printf ("search %u, per keystroke", n_exercises);
      report (search_xl_name, "ms", &m, 16, FALSE);
      printf ("(search: the index builds once per library change, in %.*f ms for %u exercises, %.*f ms for %u)\n",
              precision_for (build_ms), build_ms, SEARCH_EXERCISES,
              precision_for (build_ms_xl), build_ms_xl, n_exercises);
      fflush (stdout);
    }

  if (wanted ("thumbnails"))
    {
      measure_thumbnails (&m, &n_thumbnails);
      thumbnails_name = g_strdup_printf ("draw %u thumbnails at %u px", n_thumbnails, THUMBNAIL_SIZE);
      report (thumbnails_name, "ms", &m, 50, FALSE);
    }

  if (wanted ("drop"))
    measure_drops (plan_path, "");

  /* The same rounds drawn by the renderer Regimen did not choose: GL
   * where it chose cairo (GL drawn on the processor, whose frame floor is
   * several times cairo's), cairo where GTK chose GL, which shows what the
   * window's own work costs. The figure is named “cairo”, as it was when
   * it always drew with cairo, or “other”. */
  if (wanted ("cairo") || wanted ("other"))
    {
      g_autofree char *suffix = NULL;

      window_renderer = g_str_equal (regimen_renderer, "cairo") ? "gl" : "cairo";
      suffix = g_strconcat (", ", window_renderer, NULL);
      measure_drops (plan_path, suffix);
      window_renderer = NULL;
    }

  if (wanted ("scale"))
    measure_scale (library, plan_dir);

  g_unlink (plan_path);
  g_rmdir (plan_dir);
  remove_tree (home_dir);
  g_free (bench_window_path);
  g_free (regimen_renderer);
  for (guint i = 0; i < G_N_ELEMENTS (same_names); i++)
    g_free (same_names[i]);
  g_free (regimen_renderer_why);
  g_free (bare_renderer);

  return EXIT_SUCCESS;
}
