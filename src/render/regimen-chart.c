/* regimen-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-chart"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "regimen-chart.h"

#define LABEL_HEIGHT 16.0
#define BAR_GAP_RATIO 0.35

static void
rounded_top_rect (cairo_t *cr,
                  double   x,
                  double   y,
                  double   width,
                  double   height,
                  double   radius)
{
  radius = MIN (radius, MIN (width / 2, height));

  cairo_new_sub_path (cr);
  cairo_move_to (cr, x, y + height);
  cairo_line_to (cr, x, y + radius);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 1.5 * G_PI);
  cairo_arc (cr, x + width - radius, y + radius, radius, 1.5 * G_PI, 2 * G_PI);
  cairo_line_to (cr, x + width, y + height);
  cairo_close_path (cr);
}

/**
 * regimen_chart_draw_daily_loads:
 * @cr: a cairo context
 * @width: the width of the chart
 * @height: the height of the chart, day initials included
 * @data: the seven daily loads
 * @variant: light (also for paper) or dark
 *
 * Draws one bar per day, Monday first, scaled to the heaviest day or the
 * reference line, whichever is higher. HIIT days are drawn in the warning
 * colour and with a notch, so they differ by more than colour.
 */
void
regimen_chart_draw_daily_loads (cairo_t                 *cr,
                                double                   width,
                                double                   height,
                                const RegimenDailyLoads *data,
                                RegimenPaletteVariant    variant)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  double plot_height = MAX (1.0, height - LABEL_HEIGHT);
  double slot = width / REGIMEN_DAYS_PER_WEEK;
  double bar = slot * (1.0 - BAR_GAP_RATIO);
  double top = data->reference;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    top = MAX (top, data->loads[day]);

  cairo_save (cr);

  /* The baseline, so an empty week still reads as a chart. */
  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_GROUND);
  cairo_rectangle (cr, 0, plot_height - 1, width, 1);
  cairo_fill (cr);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      double x = day * slot + (slot - bar) / 2;
      double h = top > 0 ? (data->loads[day] / top) * (plot_height - 4) : 0;
      PangoRectangle extents;

      if (h > 0)
        {
          h = MAX (h, 2.0);
          regimen_palette_set_source (cr, variant, data->hiit[day] ? REGIMEN_COLOR_WARNING : REGIMEN_COLOR_ACCENT);
          rounded_top_rect (cr, x, plot_height - 1 - h, bar, h, 3);
          cairo_fill (cr);

          if (data->hiit[day] && h > 8)
            {
              regimen_palette_set_source (cr, variant, REGIMEN_COLOR_BACKGROUND);
              cairo_rectangle (cr, x + bar / 2 - 1, plot_height - 1 - h + 3, 2, MIN (6.0, h - 5));
              cairo_fill (cr);
            }
        }

      pango_layout_set_text (layout, regimen_weekday_short_name (day), -1);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
      cairo_move_to (cr, day * slot + (slot - extents.width) / 2, plot_height + 2);
      pango_cairo_show_layout (cr, layout);
    }

  if (data->reference > 0 && top > 0)
    {
      double y = plot_height - 1 - (data->reference / top) * (plot_height - 4);
      static const double dashes[] = { 4, 3 };

      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, 0, round (y) + 0.5);
      cairo_line_to (cr, width, round (y) + 0.5);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}
