/* test-palette.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "regimen-palette.h"

/* WCAG relative luminance, to check that text colours stay readable. */
static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const RegimenColor *color)
{
  return 0.2126 * channel_luminance (color->red)
       + 0.7152 * channel_luminance (color->green)
       + 0.0722 * channel_luminance (color->blue);
}

static double
contrast (const RegimenColor *a,
          const RegimenColor *b)
{
  double la = luminance (a) + 0.05;
  double lb = luminance (b) + 0.05;

  return la > lb ? la / lb : lb / la;
}

static void
test_palette_contrast (void)
{
  static const RegimenColorRole text_roles[] = {
    REGIMEN_COLOR_FOREGROUND,
    REGIMEN_COLOR_DIM_FOREGROUND,
    REGIMEN_COLOR_ERROR,
  };

  for (guint v = REGIMEN_PALETTE_LIGHT; v <= REGIMEN_PALETTE_DARK; v++)
    {
      const RegimenColor *background = regimen_palette_get (v, REGIMEN_COLOR_BACKGROUND);

      for (guint i = 0; i < G_N_ELEMENTS (text_roles); i++)
        {
          const RegimenColor *fg = regimen_palette_get (v, text_roles[i]);

          /* WCAG AA for normal text */
          g_assert_cmpfloat (contrast (fg, background), >=, 4.5);
        }
    }
}

static void
test_palette_set_source (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  guint32 pixel;

  regimen_palette_set_source (cr, REGIMEN_PALETTE_LIGHT, REGIMEN_COLOR_ACCENT);
  cairo_paint (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) cairo_image_surface_get_data (surface);

  /* #1c71d8, opaque */
  g_assert_cmphex (pixel, ==, 0xff1c71d8);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/palette/contrast", test_palette_contrast);
  g_test_add_func ("/render/palette/set-source", test_palette_set_source);

  return g_test_run ();
}
