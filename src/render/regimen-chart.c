/* regimen-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

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

#define LEGEND_HEIGHT 18.0
#define WEEK_BAR_GAP_RATIO 0.3
#define WEEK_BAR_MAX_WIDTH 36.0
#define LINE_WIDTH 2.0

typedef enum
{
  LINE_SOLID,
  LINE_DASHED,
  LINE_DOTTED,
} LineStyle;

typedef struct
{
  const char       *label;
  RegimenColorRole  color;
  LineStyle         style;
  size_t            offset;
} Series;

/* Each line differs from the others in its dashes as well as its colour,
 * so the chart reads in grey and to people who tell the colours apart
 * poorly. */
static const Series series[] = {
  /* Translators: chronic training load (CTL), in the chart legend */
  { N_("Fitness"), REGIMEN_COLOR_SUCCESS, LINE_SOLID, G_STRUCT_OFFSET (RegimenWeekLoad, ctl) },
  /* Translators: acute training load (ATL), in the chart legend */
  { N_("Fatigue"), REGIMEN_COLOR_ERROR, LINE_DASHED, G_STRUCT_OFFSET (RegimenWeekLoad, atl) },
  /* Translators: training stress balance (TSB), in the chart legend */
  { N_("Form"), REGIMEN_COLOR_FOREGROUND, LINE_DOTTED, G_STRUCT_OFFSET (RegimenWeekLoad, tsb) },
};

static double
series_value (const Series          *line,
              const RegimenWeekLoad *week)
{
  return G_STRUCT_MEMBER (double, week, line->offset);
}

static void
set_line_style (cairo_t   *cr,
                LineStyle  style)
{
  static const double dashed[] = { 5, 3 };
  static const double dotted[] = { 0, 4 };

  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  switch (style)
    {
    case LINE_DASHED:
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
      break;
    case LINE_DOTTED:
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      break;
    case LINE_SOLID:
    default:
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static void
draw_legend (cairo_t               *cr,
             PangoLayout           *layout,
             RegimenPaletteVariant  variant)
{
  double x = 0;

  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    {
      PangoRectangle extents;

      regimen_palette_set_source (cr, variant, series[i].color);
      set_line_style (cr, series[i].style);
      cairo_move_to (cr, x + 1, LEGEND_HEIGHT / 2);
      cairo_line_to (cr, x + 17, LEGEND_HEIGHT / 2);
      cairo_stroke (cr);
      x += 22;

      pango_layout_set_text (layout, _(series[i].label), -1);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
      cairo_move_to (cr, x, (LEGEND_HEIGHT - extents.height) / 2);
      pango_cairo_show_layout (cr, layout);
      x += extents.width + 14;
    }
}

/* Labels every week when there is room, else every second, fourth… week;
 * the current week is always labelled, in bold. */
static void
draw_week_labels (cairo_t                  *cr,
                  PangoLayout              *layout,
                  const RegimenWeeklyLoads *data,
                  double                    slot,
                  double                    y,
                  RegimenPaletteVariant     variant)
{
  static const guint steps[] = { 1, 2, 4, 5, 10, 13, 26, 52 };
  g_autofree char *widest = g_strdup_printf ("%u", data->n_weeks);
  gboolean has_current = data->current_week < data->n_weeks;
  PangoRectangle extents;
  double current_start = 0;
  double current_end = 0;
  guint step = steps[G_N_ELEMENTS (steps) - 1];

  pango_layout_set_text (layout, widest, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * slot >= extents.width + 6)
      {
        step = steps[i];
        break;
      }

  if (has_current)
    {
      g_autofree char *text = g_strdup_printf ("%u", data->current_week + 1);
      double centre = (data->current_week + 0.5) * slot;
      PangoFontDescription *regular = pango_font_description_copy (pango_layout_get_font_description (layout));
      PangoFontDescription *bold = pango_font_description_copy (regular);

      pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, bold);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      current_start = CLAMP (centre - extents.width / 2.0, 0, slot * data->n_weeks - extents.width);
      current_end = current_start + extents.width + 3;

      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_FOREGROUND);
      cairo_move_to (cr, round (current_start), y);
      current_start -= 3;
      pango_cairo_show_layout (cr, layout);

      pango_layout_set_font_description (layout, regular);
      pango_font_description_free (bold);
      pango_font_description_free (regular);
    }

  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
  for (guint week = 0; week < data->n_weeks; week += step)
    {
      g_autofree char *text = g_strdup_printf ("%u", week + 1);
      double centre = (week + 0.5) * slot;
      double start;

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      start = centre - extents.width / 2.0;

      if (has_current && start < current_end && start + extents.width > current_start)
        continue;

      start = CLAMP (start, 0, slot * data->n_weeks - extents.width);

      cairo_move_to (cr, round (start), y);
      pango_cairo_show_layout (cr, layout);
    }
}

/**
 * regimen_chart_draw_weeks:
 * @cr: a cairo context
 * @width: the width of the chart
 * @height: the height of the chart, legend and week numbers included
 * @data: the weeks of the plan
 * @variant: light (also for paper) or dark
 *
 * Draws one bar per week, scaled to the heaviest week or budget, and the
 * fitness, fatigue and form lines on a scale of their own that shares the
 * bars' zero line; form below zero is drawn under it. The current week's
 * bar is solid and its number bold, the budget a dashed step line.
 */
void
regimen_chart_draw_weeks (cairo_t                  *cr,
                          double                    width,
                          double                    height,
                          const RegimenWeeklyLoads *data,
                          RegimenPaletteVariant     variant)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  double plot_top = LEGEND_HEIGHT + 6;
  double plot_bottom = MAX (plot_top + 1, height - LABEL_HEIGHT - 2);
  double slot;
  double bar;
  double bar_top = 0;
  double line_max = 0;
  double line_min = 0;
  double zero_y;
  double line_scale;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (data->n_weeks == 0 || data->weeks != NULL);

  slot = width / MAX (data->n_weeks, 1);
  bar = MIN (slot * (1.0 - WEEK_BAR_GAP_RATIO), WEEK_BAR_MAX_WIDTH);

  for (guint week = 0; week < data->n_weeks; week++)
    {
      const RegimenWeekLoad *w = &data->weeks[week];

      bar_top = MAX (bar_top, MAX (w->load, w->budget));
      line_max = MAX (line_max, MAX (w->ctl, MAX (w->atl, w->tsb)));
      line_min = MIN (line_min, w->tsb);
    }

  /* The negative part of form gets room in proportion, so one zero line
   * serves both scales. */
  line_scale = line_max - line_min > 0 ? (plot_bottom - plot_top - LINE_WIDTH) / (line_max - line_min) : 0;
  zero_y = round (plot_bottom + line_min * line_scale);

  cairo_save (cr);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  for (guint week = 0; week < data->n_weeks; week++)
    {
      double x = week * slot + (slot - bar) / 2;
      double h = bar_top > 0 ? (data->weeks[week].load / bar_top) * (zero_y - plot_top) : 0;

      if (h <= 0)
        continue;

      h = MAX (h, 2.0);
      regimen_palette_set_source (cr, variant,
                                  week == data->current_week ? REGIMEN_COLOR_ACCENT : REGIMEN_COLOR_FIGURE_FAR);
      rounded_top_rect (cr, x, zero_y - h, bar, h, MIN (3.0, bar / 3));
      cairo_fill (cr);
    }

  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_GROUND);
  cairo_rectangle (cr, 0, zero_y, width, 1);
  cairo_fill (cr);

  if (bar_top > 0)
    {
      static const double dashes[] = { 4, 3 };
      gboolean drawing = FALSE;

      for (guint week = 0; week < data->n_weeks; week++)
        {
          double budget = data->weeks[week].budget;
          double y = round (zero_y - (budget / bar_top) * (zero_y - plot_top)) + 0.5;

          if (budget <= 0)
            {
              drawing = FALSE;
              continue;
            }

          if (drawing)
            cairo_line_to (cr, week * slot, y);
          else
            cairo_move_to (cr, week * slot, y);
          cairo_line_to (cr, (week + 1) * slot, y);
          drawing = TRUE;
        }

      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < G_N_ELEMENTS (series) && data->n_weeks > 0; i++)
    {
      for (guint week = 0; week < data->n_weeks; week++)
        {
          double x = (week + 0.5) * slot;
          double y = zero_y - series_value (&series[i], &data->weeks[week]) * line_scale;

          if (week == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);

          /* A single week has no run to draw: a short level line shows its value. */
          if (data->n_weeks == 1)
            {
              cairo_move_to (cr, x - MIN (slot / 4, 30.0), y);
              cairo_line_to (cr, x + MIN (slot / 4, 30.0), y);
            }
        }

      regimen_palette_set_source (cr, variant, series[i].color);
      set_line_style (cr, series[i].style);
      cairo_stroke (cr);
    }

  draw_legend (cr, layout, variant);
  draw_week_labels (cr, layout, data, slot, plot_bottom + 3, variant);

  cairo_restore (cr);
}

/**
 * regimen_chart_week_at_x:
 * @width: the width the chart was drawn at
 * @n_weeks: the number of weeks drawn
 * @x: a point across the chart
 *
 * Returns: the week whose bar is under @x, clamped to the weeks drawn
 */
guint
regimen_chart_week_at_x (double width,
                         guint  n_weeks,
                         double x)
{
  g_return_val_if_fail (n_weeks > 0, 0);

  if (width <= 0 || x <= 0)
    return 0;

  return MIN ((guint) (x / (width / n_weeks)), n_weeks - 1);
}
