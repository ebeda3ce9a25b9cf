/* test-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/chart/bars-scale", test_chart_bars_scale);
  g_test_add_func ("/render/chart/hiit-days", test_chart_hiit_days_stand_out);
  g_test_add_func ("/render/chart/empty-week", test_chart_empty_week);

  return g_test_run ();
}
