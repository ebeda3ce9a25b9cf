/* test-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "regimen-chart.h"

#define WIDTH 280
#define HEIGHT 90

/* Counts the pixels of one colour in a column band of the image. */
static guint
count_color (cairo_surface_t *surface,
             int              x0,
             int              x1,
             guint32          rgb)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = x0; x < x1; x++)
      if ((*(guint32 *) (data + y * stride + x * 4) & 0xffffff) == rgb)
        n++;

  return n;
}

static cairo_surface_t *
draw (const RegimenDailyLoads *loads)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  regimen_palette_set_source (cr, REGIMEN_PALETTE_LIGHT, REGIMEN_COLOR_BACKGROUND);
  cairo_paint (cr);
  regimen_chart_draw_daily_loads (cr, WIDTH, HEIGHT, loads, REGIMEN_PALETTE_LIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
test_chart_bars_scale (void)
{
  RegimenDailyLoads loads = { .loads = { 0, 100, 50, 0, 0, 0, 0 } };
  cairo_surface_t *surface = draw (&loads);
  int slot = WIDTH / 7;
  guint monday = count_color (surface, 0, slot, 0x1c71d8);
  guint tuesday = count_color (surface, slot, 2 * slot, 0x1c71d8);
  guint wednesday = count_color (surface, 2 * slot, 3 * slot, 0x1c71d8);

  /* Nothing on a rest day; twice the load, about twice the bar. */
  g_assert_cmpuint (monday, ==, 0);
  g_assert_cmpuint (tuesday, >, 0);
  g_assert_cmpfloat_with_epsilon ((double) tuesday / wednesday, 2.0, 0.25);

  cairo_surface_destroy (surface);
}

static void
test_chart_hiit_days_stand_out (void)
{
  RegimenDailyLoads loads = { .loads = { 80, 80, 0, 0, 0, 0, 0 }, .hiit = { FALSE, TRUE } };
  cairo_surface_t *surface = draw (&loads);
  int slot = WIDTH / 7;

  g_assert_cmpuint (count_color (surface, 0, slot, 0xc64600), ==, 0);
  g_assert_cmpuint (count_color (surface, slot, 2 * slot, 0xc64600), >, 0);
  g_assert_cmpuint (count_color (surface, slot, 2 * slot, 0x1c71d8), ==, 0);

  cairo_surface_destroy (surface);
}

static void
test_chart_empty_week (void)
{
  RegimenDailyLoads loads = { { 0 } };
  cairo_surface_t *surface = draw (&loads);

  g_assert_cmpuint (count_color (surface, 0, WIDTH, 0x1c71d8), ==, 0);
  /* The baseline is still drawn. */
  g_assert_cmpuint (count_color (surface, 0, WIDTH, 0xdeddda), >=, WIDTH);

  cairo_surface_destroy (surface);
}

#define WEEKS_HEIGHT 140
#define FIGURE_FAR_LIGHT 0x99c1f1
#define ACCENT_LIGHT 0x1c71d8
#define GROUND_LIGHT 0xdeddda

static cairo_surface_t *
draw_weeks (const RegimenWeekLoad *weeks,
            guint                  n_weeks,
            guint                  current_week)
{
  RegimenWeeklyLoads data = { n_weeks, weeks, current_week };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, WEEKS_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  regimen_palette_set_source (cr, REGIMEN_PALETTE_LIGHT, REGIMEN_COLOR_BACKGROUND);
  cairo_paint (cr);
  regimen_chart_draw_weeks (cr, WIDTH, WEEKS_HEIGHT, &data, REGIMEN_PALETTE_LIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Counts the pixels of one colour in a rectangle of the image. */
static guint
count_in (cairo_surface_t *surface,
          int              x0,
          int              x1,
          int              y0,
          int              y1,
          guint32          rgb)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, cairo_image_surface_get_height (surface)); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, cairo_image_surface_get_width (surface)); x++)
      if ((*(guint32 *) (data + y * stride + x * 4) & 0xffffff) == rgb)
        n++;

  return n;
}

/* Counts the pixels near the foreground colour, antialiased edges of the
 * dotted form line included, in a rectangle of the image. */
static guint
count_dark_in (cairo_surface_t *surface,
               int              y0,
               int              y1)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, WEEKS_HEIGHT); y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

        if (((pixel >> 16) & 0xff) < 0x50 && ((pixel >> 8) & 0xff) < 0x50 && (pixel & 0xff) < 0x60)
          n++;
      }

  return n;
}

/* The zero line is the row with the most pixels in the ground colour. */
static int
find_zero_line (cairo_surface_t *surface)
{
  int best = -1;
  guint best_count = 0;

  for (int y = 0; y < WEEKS_HEIGHT; y++)
    {
      guint n = count_in (surface, 0, WIDTH, y, y + 1, GROUND_LIGHT);

      if (n > best_count)
        {
          best = y;
          best_count = n;
        }
    }

  g_assert_cmpuint (best_count, >=, WIDTH / 4);
  return best;
}

/* Nothing logged: the plan's own lines are the trained ones. */
static void
same_plan_lines (RegimenWeekLoad *weeks,
                 guint            n_weeks)
{
  for (guint i = 0; i < n_weeks; i++)
    {
      weeks[i].planned_ctl = weeks[i].ctl;
      weeks[i].planned_atl = weeks[i].atl;
      weeks[i].planned_tsb = weeks[i].tsb;
    }
}

/* Pixels that are not the background, in a band of rows. */
static guint
count_drawn_in (cairo_surface_t *surface,
                int              y0,
                int              y1)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, WEEKS_HEIGHT); y++)
    for (int x = 0; x < WIDTH; x++)
      if ((*(guint32 *) (data + y * stride + x * 4) & 0xffffff) != 0xffffff)
        n++;

  return n;
}

/* A log that makes the trained fitness, fatigue and form part from the
 * plan's adds the plan's lines, thin, and two legend entries (one more
 * legend row at this width, so the plot starts lower); the same figures
 * draw one set of lines and no such entries. */
static void
test_weeks_plan_lines (void)
{
  RegimenWeekLoad one[] = {
    { .load = 700, .ctl = 100, .atl = 60, .tsb = 40 },
    { .load = 700, .ctl = 110, .atl = 100, .tsb = 10, .done = 200, .logged = TRUE },
  };
  RegimenWeekLoad two[G_N_ELEMENTS (one)];
  RegimenWeeklyLoads data = { G_N_ELEMENTS (one), one, 1 };
  cairo_surface_t *single;
  cairo_surface_t *both;
  int zero_single;
  int zero_both;

  same_plan_lines (one, G_N_ELEMENTS (one));
  memcpy (two, one, sizeof one);
  g_assert_false (regimen_weekly_loads_plan_differs (&data));
  /* The plan alone kept the fatigue higher and the form lower in week 2. */
  two[1].planned_ctl = 120;
  two[1].planned_atl = 140;
  two[1].planned_tsb = -20;
  data.weeks = two;
  g_assert_true (regimen_weekly_loads_plan_differs (&data));

  single = draw_weeks (one, G_N_ELEMENTS (one), 1);
  both = draw_weeks (two, G_N_ELEMENTS (two), 1);
  zero_single = find_zero_line (single);
  zero_both = find_zero_line (both);

  /* Only the plan's form goes below zero: something is drawn under the
   * zero line with both sets, nothing with one. */
  g_assert_cmpuint (count_drawn_in (single, zero_single + 2, WEEKS_HEIGHT - 18), ==, 0);
  g_assert_cmpuint (count_drawn_in (both, zero_both + 2, WEEKS_HEIGHT - 18), >, 0);
  cairo_surface_destroy (single);
  cairo_surface_destroy (both);
}

static void
test_weeks_bars_scale (void)
{
  RegimenWeekLoad weeks[] = { { .load = 1000 }, { .load = 500 }, { .load = 0 }, { .load = 250 } };
  cairo_surface_t *surface = draw_weeks (weeks, G_N_ELEMENTS (weeks), G_MAXUINT);
  int slot = WIDTH / G_N_ELEMENTS (weeks);
  guint first = count_in (surface, 0, slot, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT);
  guint second = count_in (surface, slot, 2 * slot, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT);
  guint third = count_in (surface, 2 * slot, 3 * slot, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT);
  guint fourth = count_in (surface, 3 * slot, 4 * slot, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT);

  g_assert_cmpuint (second, >, 0);
  g_assert_cmpfloat_with_epsilon ((double) first / second, 2.0, 0.25);
  g_assert_cmpfloat_with_epsilon ((double) second / fourth, 2.0, 0.35);
  g_assert_cmpuint (third, ==, 0);
  /* No week is current, so none is solid. */
  g_assert_cmpuint (count_in (surface, 0, WIDTH, 0, WEEKS_HEIGHT, ACCENT_LIGHT), ==, 0);

  cairo_surface_destroy (surface);
}

static void
test_weeks_current_highlighted (void)
{
  RegimenWeekLoad weeks[] = { { .load = 800 }, { .load = 800 }, { .load = 800 } };
  cairo_surface_t *surface = draw_weeks (weeks, G_N_ELEMENTS (weeks), 1);
  int slot = WIDTH / G_N_ELEMENTS (weeks);

  g_assert_cmpuint (count_in (surface, 0, slot, 0, WEEKS_HEIGHT, ACCENT_LIGHT), ==, 0);
  g_assert_cmpuint (count_in (surface, slot, 2 * slot, 0, WEEKS_HEIGHT, ACCENT_LIGHT), >, 100);
  g_assert_cmpuint (count_in (surface, 2 * slot, 3 * slot, 0, WEEKS_HEIGHT, ACCENT_LIGHT), ==, 0);
  g_assert_cmpuint (count_in (surface, slot, 2 * slot, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT), ==, 0);
  g_assert_cmpuint (count_in (surface, 0, slot, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT), >, 100);

  cairo_surface_destroy (surface);
}

/* The parts of the weeks chart drawn one over the other, as the window
 * draws them at a week switch, are the chart: the same pixels outside the
 * current week's column, and its bar as solid inside it. */
static void
test_weeks_parts_make_the_chart (void)
{
  RegimenWeekLoad weeks[12];
  RegimenWeeklyLoads data = { G_N_ELEMENTS (weeks), weeks, 5 };
  cairo_surface_t *whole;
  cairo_surface_t *parts = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, WEEKS_HEIGHT);
  cairo_t *cr;
  double slot = (double) WIDTH / G_N_ELEMENTS (weeks);
  int column_start = floor (data.current_week * slot);
  int column_end = ceil ((data.current_week + 1) * slot);
  unsigned char *a;
  unsigned char *b;
  int stride;

  for (guint week = 0; week < G_N_ELEMENTS (weeks); week++)
    weeks[week] = (RegimenWeekLoad) { .load = 400 + 60 * (week % 5), .budget = 700,
                                      .ctl = 20 + 3 * week, .atl = 30 + 5 * (week % 4), .tsb = 10.0 - 4 * week,
                                      .done = 300 + 50 * (week % 3), .logged = week < 7,
                                      .planned_ctl = 20 + 3 * week, .planned_atl = 30 + 5 * (week % 4),
                                      .planned_tsb = 10.0 - 4 * week };
  whole = draw_weeks (weeks, G_N_ELEMENTS (weeks), data.current_week);

  cr = cairo_create (parts);
  regimen_palette_set_source (cr, REGIMEN_PALETTE_LIGHT, REGIMEN_COLOR_BACKGROUND);
  cairo_paint (cr);
  regimen_chart_draw_weeks_parts (cr, WIDTH, WEEKS_HEIGHT, &data, REGIMEN_PALETTE_LIGHT, REGIMEN_WEEKS_PART_BARS);
  cairo_save (cr);
  cairo_rectangle (cr, column_start, 0, column_end - column_start, WEEKS_HEIGHT);
  cairo_clip (cr);
  regimen_chart_draw_weeks_parts (cr, WIDTH, WEEKS_HEIGHT, &data, REGIMEN_PALETTE_LIGHT,
                                  REGIMEN_WEEKS_PART_CURRENT_BAR);
  cairo_restore (cr);
  regimen_chart_draw_weeks_parts (cr, WIDTH, WEEKS_HEIGHT, &data, REGIMEN_PALETTE_LIGHT, REGIMEN_WEEKS_PART_LINES);
  cairo_save (cr);
  cairo_rectangle (cr, 0, regimen_chart_weeks_labels_top (WEEKS_HEIGHT), WIDTH, WEEKS_HEIGHT);
  cairo_clip (cr);
  regimen_chart_draw_weeks_parts (cr, WIDTH, WEEKS_HEIGHT, &data, REGIMEN_PALETTE_LIGHT, REGIMEN_WEEKS_PART_LABELS);
  cairo_restore (cr);
  cairo_destroy (cr);
  cairo_surface_flush (parts);

  a = cairo_image_surface_get_data (whole);
  b = cairo_image_surface_get_data (parts);
  stride = cairo_image_surface_get_stride (whole);
  for (int y = 0; y < WEEKS_HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      if (x < column_start || x >= column_end)
        g_assert_cmphex (*(guint32 *) (a + y * stride + x * 4) & 0xffffff, ==,
                         *(guint32 *) (b + y * stride + x * 4) & 0xffffff);
  g_assert_cmpuint (count_in (parts, column_start, column_end, 0, WEEKS_HEIGHT, ACCENT_LIGHT), >, 100);
  g_assert_cmpuint (count_in (parts, column_start, column_end, 0, WEEKS_HEIGHT, ACCENT_LIGHT), ==,
                    count_in (whole, column_start, column_end, 0, WEEKS_HEIGHT, ACCENT_LIGHT));
  g_assert_cmpuint (count_in (parts, 0, WIDTH, 0, WEEKS_HEIGHT, ACCENT_LIGHT), ==,
                    count_in (parts, column_start, column_end, 0, WEEKS_HEIGHT, ACCENT_LIGHT));

  cairo_surface_destroy (whole);
  cairo_surface_destroy (parts);
}

static void
test_weeks_budget_line (void)
{
  RegimenWeekLoad weeks[] = { { .load = 500, .budget = 1000 }, { .load = 500, .budget = 1000 } };
  RegimenWeekLoad no_budget[] = { { .load = 500 }, { .load = 1000 } };
  cairo_surface_t *with = draw_weeks (weeks, G_N_ELEMENTS (weeks), G_MAXUINT);
  cairo_surface_t *without = draw_weeks (no_budget, G_N_ELEMENTS (no_budget), G_MAXUINT);
  int zero = find_zero_line (with);
  guint with_bars = count_in (with, 0, WIDTH / 2, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT);
  guint without_bars = count_in (without, 0, WIDTH / 2, 0, WEEKS_HEIGHT, FIGURE_FAR_LIGHT);

  /* Half the budget, so half as tall as the week that sets the scale. */
  g_assert_cmpfloat_with_epsilon ((double) without_bars / with_bars, 1.0, 0.1);
  /* The dashed line sits above the bars. */
  g_assert_cmpuint (count_in (with, 0, WIDTH, 0, zero - 10, 0x5e5c64), >, 0);

  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

static void
test_weeks_negative_form (void)
{
  RegimenWeekLoad positive[] = {
    { .load = 700, .ctl = 100, .atl = 60, .tsb = 40 },
    { .load = 700, .ctl = 100, .atl = 80, .tsb = 20 },
  };
  RegimenWeekLoad negative[] = {
    { .load = 700, .ctl = 80, .atl = 130, .tsb = -50 },
    { .load = 900, .ctl = 90, .atl = 150, .tsb = -60 },
  };
  cairo_surface_t *surface;
  int zero;

  same_plan_lines (positive, G_N_ELEMENTS (positive));
  same_plan_lines (negative, G_N_ELEMENTS (negative));
  surface = draw_weeks (positive, G_N_ELEMENTS (positive), 0);
  zero = find_zero_line (surface);

  /* Form above zero stays above the line, and so do the bars. */
  g_assert_cmpuint (count_dark_in (surface, zero + 2, WEEKS_HEIGHT - 18), ==, 0);
  g_assert_cmpuint (count_dark_in (surface, 20, zero), >, 0);
  cairo_surface_destroy (surface);

  surface = draw_weeks (negative, G_N_ELEMENTS (negative), 0);
  zero = find_zero_line (surface);
  g_assert_cmpuint (count_dark_in (surface, zero + 2, WEEKS_HEIGHT - 18), >, 0);
  g_assert_cmpuint (count_in (surface, 0, WIDTH, zero + 1, WEEKS_HEIGHT, ACCENT_LIGHT), ==, 0);
  g_assert_cmpuint (count_in (surface, 0, WIDTH, zero + 1, WEEKS_HEIGHT, FIGURE_FAR_LIGHT), ==, 0);
  /* Fitness stays above zero. */
  g_assert_cmpuint (count_in (surface, 0, WIDTH, zero + 2, WEEKS_HEIGHT, 0x26a269), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_weeks_fifty_two_fit (void)
{
  RegimenWeekLoad weeks[52];
  cairo_surface_t *surface;
  double slot = (double) WIDTH / G_N_ELEMENTS (weeks);

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    weeks[i] = (RegimenWeekLoad) { .load = 600 + 10 * (i % 5), .budget = 700, .ctl = i * 2, .atl = i * 3, .tsb = -(double) i };
  same_plan_lines (weeks, G_N_ELEMENTS (weeks));

  surface = draw_weeks (weeks, G_N_ELEMENTS (weeks), 51);

  /* Every week has its own bar, the last one (current) inside the image. */
  for (guint i = 0; i < G_N_ELEMENTS (weeks) - 1; i++)
    g_assert_cmpuint (count_in (surface, (int) ceil (i * slot), (int) floor ((i + 1) * slot), 0, WEEKS_HEIGHT,
                                FIGURE_FAR_LIGHT), >, 0);
  g_assert_cmpuint (count_in (surface, (int) ceil (51 * slot), WIDTH, 0, WEEKS_HEIGHT, ACCENT_LIGHT), >, 0);
  /* Bars keep a gap between them: some column between two bars has none. */
  g_assert_cmpuint (count_in (surface, (int) floor (slot), (int) floor (slot) + 1, 0, WEEKS_HEIGHT / 2,
                              FIGURE_FAR_LIGHT), ==, 0);

  cairo_surface_destroy (surface);
}

static void
test_weeks_week_at_x (void)
{
  g_assert_cmpuint (regimen_chart_week_at_x (280, 4, 0), ==, 0);
  g_assert_cmpuint (regimen_chart_week_at_x (280, 4, 69), ==, 0);
  g_assert_cmpuint (regimen_chart_week_at_x (280, 4, 71), ==, 1);
  g_assert_cmpuint (regimen_chart_week_at_x (280, 4, 279), ==, 3);
  g_assert_cmpuint (regimen_chart_week_at_x (280, 4, 400), ==, 3);
  g_assert_cmpuint (regimen_chart_week_at_x (280, 52, 141), ==, 26);
}

#define FOREGROUND_LIGHT 0x241f31

/* A done bar only on logged days, below the legend: a narrow one where
 * something was trained, a short mark where the session was skipped, none
 * where nothing is logged. */
static void
test_chart_done_bars (void)
{
  RegimenDailyLoads loads = {
    .loads = { 100, 100, 100, 0, 0, 0, 0 },
    .done = { 60, 0, 0, 0, 0, 0, 0 },
    .logged = { TRUE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE },
  };
  cairo_surface_t *surface = draw (&loads);
  int slot = WIDTH / 7;
  /* Below the legend's row. */
  int top = 22;
  guint trained = count_in (surface, 0, slot, top, HEIGHT - 16, FOREGROUND_LIGHT);
  guint unlogged = count_in (surface, slot, 2 * slot, top, HEIGHT - 16, FOREGROUND_LIGHT);
  guint skipped = count_in (surface, 2 * slot, 3 * slot, top, HEIGHT - 16, FOREGROUND_LIGHT);

  g_assert_cmpuint (unlogged, ==, 0);
  g_assert_cmpuint (skipped, >, 0);
  g_assert_cmpuint (trained, >, 5 * skipped);
  /* The planned bars stay drawn beside the done ones. */
  g_assert_cmpuint (count_in (surface, slot, 2 * slot, top, HEIGHT - 16, ACCENT_LIGHT), >, 0);
  g_assert_cmpuint (count_in (surface, 0, slot, top, HEIGHT - 16, ACCENT_LIGHT), >, 0);
  cairo_surface_destroy (surface);

  /* Nothing logged: no done bar, no legend. */
  memset (loads.logged, 0, sizeof loads.logged);
  surface = draw (&loads);
  g_assert_cmpuint (count_in (surface, 0, WIDTH, 0, HEIGHT, FOREGROUND_LIGHT), ==, 0);
  cairo_surface_destroy (surface);
}

/* The progress chart draws its heaviest-set line in the accent colour
 * and the estimated 1RM in the foreground colour; nothing without
 * points. */
static void
test_progress (void)
{
  g_autoptr(RegimenProgress) progress = g_new0 (RegimenProgress, 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, WEEKS_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  RegimenProgressPoint points[] = {
    { .value = 100, .reps = 5, .e1rm_kg = 116.7 },
    { .week = 1, .value = 105, .reps = 5, .e1rm_kg = 122.5 },
    { .week = 2, .value = 110, .reps = 3, .e1rm_kg = 121 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    g_date_clear (&points[i].date, 1);
  progress->points = g_array_new (FALSE, TRUE, sizeof (RegimenProgressPoint));

  regimen_palette_set_source (cr, REGIMEN_PALETTE_LIGHT, REGIMEN_COLOR_BACKGROUND);
  cairo_paint (cr);
  progress->kind = REGIMEN_PROGRESS_LOAD;
  regimen_chart_draw_progress (cr, WIDTH, WEEKS_HEIGHT, progress, REGIMEN_PALETTE_LIGHT);
  cairo_surface_flush (surface);
  g_assert_cmpuint (count_in (surface, 0, WIDTH, 0, WEEKS_HEIGHT, ACCENT_LIGHT), ==, 0);

  g_array_append_vals (progress->points, points, G_N_ELEMENTS (points));
  regimen_chart_draw_progress (cr, WIDTH, WEEKS_HEIGHT, progress, REGIMEN_PALETTE_LIGHT);
  cairo_surface_flush (surface);
  /* Below the legend: both lines and their markers. */
  g_assert_cmpuint (count_in (surface, 40, WIDTH, 24, WEEKS_HEIGHT - 20, ACCENT_LIGHT), >, 50);
  g_assert_cmpuint (count_in (surface, 40, WIDTH, 24, WEEKS_HEIGHT - 20, FOREGROUND_LIGHT), >, 50);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/chart/bars-scale", test_chart_bars_scale);
  g_test_add_func ("/render/chart/hiit-days", test_chart_hiit_days_stand_out);
  g_test_add_func ("/render/chart/empty-week", test_chart_empty_week);
  g_test_add_func ("/render/chart/done-bars", test_chart_done_bars);
  g_test_add_func ("/render/chart/progress", test_progress);

  g_test_add_func ("/render/chart/weeks/bars-scale", test_weeks_bars_scale);
  g_test_add_func ("/render/chart/weeks/current-highlighted", test_weeks_current_highlighted);
  g_test_add_func ("/render/chart/weeks/parts", test_weeks_parts_make_the_chart);
  g_test_add_func ("/render/chart/weeks/budget-line", test_weeks_budget_line);
  g_test_add_func ("/render/chart/weeks/negative-form", test_weeks_negative_form);
  g_test_add_func ("/render/chart/weeks/plan-lines", test_weeks_plan_lines);
  g_test_add_func ("/render/chart/weeks/fifty-two-fit", test_weeks_fifty_two_fit);
  g_test_add_func ("/render/chart/weeks/week-at-x", test_weeks_week_at_x);

  return g_test_run ();
}
