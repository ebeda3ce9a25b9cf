/* test-load-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The check panel's daily load chart as a widget: it draws the loads it is
 * given, Monday on the left, redraws when they change, and tells screen
 * readers the same figures in words. */

#include "config.h"

#include <adwaita.h>

#include "regimen-load-chart.h"
#include "regimen-palette.h"

#define WIDTH 350
#define HEIGHT 120

/* Renders @chart at its allocated size into an image, through the
 * widget's own snapshot function. */
static cairo_surface_t *
render (GtkWidget *chart)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpint (gtk_widget_get_width (chart), ==, WIDTH);
  g_assert_cmpint (gtk_widget_get_height (chart), ==, HEIGHT);
  GTK_WIDGET_GET_CLASS (chart)->snapshot (chart, snapshot);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Whether any pixel in the column of @day, above the day initials, has
 * the colour @role. */
static gboolean
day_has_colour (cairo_surface_t  *surface,
                guint             day,
                RegimenColorRole  role)
{
  const RegimenColor *colour = regimen_palette_get (REGIMEN_PALETTE_LIGHT, role);
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int slot = WIDTH / 7;

  for (int y = 0; y < HEIGHT - 30; y++)
    for (int x = day * slot; x < (int) (day + 1) * slot; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        int r = (pixel >> 16) & 0xff;
        int g = (pixel >> 8) & 0xff;
        int b = pixel & 0xff;

        if (((pixel >> 24) & 0xff) == 0xff
            && ABS (r - (int) (colour->red * 255)) <= 2
            && ABS (g - (int) (colour->green * 255)) <= 2
            && ABS (b - (int) (colour->blue * 255)) <= 2)
          return TRUE;
      }

  return FALSE;
}

static void
test_load_chart (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chart = regimen_load_chart_new ();
  RegimenDailyLoads data = { 0 };
  cairo_surface_t *surface;
  char *message;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_widget_set_size_request (chart, WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  while (gtk_widget_get_width (chart) < WIDTH || gtk_widget_get_height (chart) < HEIGHT)
    g_main_context_iteration (NULL, TRUE);

  /* Monday heavy, Thursday HIIT, the rest of the week empty. */
  data.loads[0] = 315;
  data.loads[3] = 200;
  data.hiit[3] = TRUE;
  regimen_load_chart_set_data (REGIMEN_LOAD_CHART (chart), &data);

  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Daily training load");
  g_assert_null (message);
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Monday 315, Tuesday 0, Wednesday 0, Thursday 200 (HIIT), "
                                                "Friday 0, Saturday 0, Sunday 0");
  g_assert_null (message);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));

  surface = render (chart);
  g_assert_true (day_has_colour (surface, 0, REGIMEN_COLOR_ACCENT));
  g_assert_false (day_has_colour (surface, 1, REGIMEN_COLOR_ACCENT));
  g_assert_true (day_has_colour (surface, 3, REGIMEN_COLOR_WARNING));
  g_assert_false (day_has_colour (surface, 3, REGIMEN_COLOR_ACCENT));
  g_assert_false (day_has_colour (surface, 6, REGIMEN_COLOR_ACCENT));
  cairo_surface_destroy (surface);

  /* New figures are drawn: the load moves to Sunday. */
  memset (&data, 0, sizeof data);
  data.loads[6] = 100;
  regimen_load_chart_set_data (REGIMEN_LOAD_CHART (chart), &data);
  surface = render (chart);
  g_assert_false (day_has_colour (surface, 0, REGIMEN_COLOR_ACCENT));
  g_assert_false (day_has_colour (surface, 3, REGIMEN_COLOR_WARNING));
  g_assert_true (day_has_colour (surface, 6, REGIMEN_COLOR_ACCENT));
  cairo_surface_destroy (surface);
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Monday 0, Tuesday 0, Wednesday 0, Thursday 0, "
                                                "Friday 0, Saturday 0, Sunday 100");
  g_assert_null (message);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/load-chart/draws-and-describes", test_load_chart);

  return g_test_run ();
}
