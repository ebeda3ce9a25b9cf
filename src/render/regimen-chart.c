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

#define LEGEND_HEIGHT 18.0
#define LINE_WIDTH 2.0
/* The weeks chart's lines of the plan alone, beside the thick ones of
 * the training as logged. */
#define PLAN_LINE_WIDTH 1.0
/* The done bar's width against the planned bar's. */
#define DONE_BAR_RATIO 0.4

typedef enum
{
  LINE_SOLID,
  LINE_DASHED,
  LINE_DOTTED,
} LineStyle;

static void
set_line_style_width (cairo_t   *cr,
                      LineStyle  style,
                      double     width)
{
  static const double dashed[] = { 5, 3 };
  static const double dotted[] = { 0, 4 };

  cairo_set_line_width (cr, width);
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
set_line_style (cairo_t   *cr,
                LineStyle  style)
{
  set_line_style_width (cr, style, LINE_WIDTH);
}

/* How a legend entry shows its series: a line in its dash pattern, a wide
 * planned bar or a narrow done bar, so no series is told by colour alone. */
typedef enum
{
  SWATCH_LINE,
  SWATCH_THIN_LINE,
  SWATCH_PLANNED_BAR,
  SWATCH_DONE_BAR,
} Swatch;

typedef struct
{
  const char       *label;
  Swatch            swatch;
  RegimenColorRole  color;
  LineStyle         style;
} LegendEntry;

#define SWATCH_WIDTH 17.0
#define SWATCH_GAP 5.0
#define ENTRY_GAP 14.0

/* The done bar: narrow, in the foreground colour and edged in the
 * background colour so it stands out over the planned bar; a logged day
 * with no load (skipped) still shows a short mark on the baseline. */
static void
draw_done_bar (cairo_t               *cr,
               double                 centre,
               double                 bar_width,
               double                 baseline,
               double                 h,
               RegimenPaletteVariant  variant)
{
  double w = MAX (3.0, round (bar_width * DONE_BAR_RATIO));
  double x = round (centre - w / 2);

  h = MAX (h, 2.0);
  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_BACKGROUND);
  cairo_rectangle (cr, x - 1, baseline - h - 1, w + 2, h + 1);
  cairo_fill (cr);
  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_FOREGROUND);
  cairo_rectangle (cr, x, baseline - h, w, h);
  cairo_fill (cr);
}

static double
entry_width (PangoLayout       *layout,
             const LegendEntry *entry)
{
  PangoRectangle extents;

  pango_layout_set_text (layout, _(entry->label), -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);

  return SWATCH_WIDTH + SWATCH_GAP + extents.width;
}

/* Lays the entries out in rows as wide as @width and draws them when
 * @cr is given.
 *
 * Returns: the height the legend takes */
static double
legend (cairo_t               *cr,
        PangoLayout           *layout,
        const LegendEntry     *entries,
        guint                  n_entries,
        double                 width,
        RegimenPaletteVariant  variant)
{
  double x = 0;
  double y = 0;

  for (guint i = 0; i < n_entries; i++)
    {
      const LegendEntry *entry = &entries[i];
      double w = entry_width (layout, entry);
      double middle;
      PangoRectangle extents;

      if (x > 0 && x + w > width)
        {
          x = 0;
          y += LEGEND_HEIGHT;
        }

      middle = y + LEGEND_HEIGHT / 2;
      if (cr != NULL)
        {
          switch (entry->swatch)
            {
            case SWATCH_LINE:
              regimen_palette_set_source (cr, variant, entry->color);
              set_line_style (cr, entry->style);
              cairo_move_to (cr, x + 1, middle);
              cairo_line_to (cr, x + SWATCH_WIDTH, middle);
              cairo_stroke (cr);
              break;

            case SWATCH_THIN_LINE:
              regimen_palette_set_source (cr, variant, entry->color);
              set_line_style_width (cr, entry->style, PLAN_LINE_WIDTH);
              cairo_move_to (cr, x + 1, middle + 0.5);
              cairo_line_to (cr, x + SWATCH_WIDTH, middle + 0.5);
              cairo_stroke (cr);
              break;

            case SWATCH_PLANNED_BAR:
              regimen_palette_set_source (cr, variant, entry->color);
              rounded_top_rect (cr, x + 2, middle - 5, SWATCH_WIDTH - 4, 10, 2);
              cairo_fill (cr);
              break;

            case SWATCH_DONE_BAR:
            default:
              regimen_palette_set_source (cr, variant, entry->color);
              rounded_top_rect (cr, x + 2, middle - 5, SWATCH_WIDTH - 4, 10, 2);
              cairo_fill (cr);
              draw_done_bar (cr, x + SWATCH_WIDTH / 2, SWATCH_WIDTH - 4, middle + 5, 12, variant);
              break;
            }

          pango_layout_set_text (layout, _(entry->label), -1);
          pango_layout_get_pixel_extents (layout, NULL, &extents);
          regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
          cairo_move_to (cr, x + SWATCH_WIDTH + SWATCH_GAP, middle - extents.height / 2.0);
          pango_cairo_show_layout (cr, layout);
        }

      x += w + ENTRY_GAP;
    }

  return n_entries > 0 ? y + LEGEND_HEIGHT : 0;
}

/* Translators: the planned load, in a chart legend */
#define LEGEND_PLANNED N_("Planned")
/* Translators: the load as trained, of logged sessions, in a chart legend */
#define LEGEND_DONE N_("Done")

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
 * colour and with a notch, so they differ by more than colour. Days with a
 * logged session get a narrow done bar over the planned one, and the chart
 * a legend naming both.
 */
void
regimen_chart_draw_daily_loads (cairo_t                 *cr,
                                double                   width,
                                double                   height,
                                const RegimenDailyLoads *data,
                                RegimenPaletteVariant    variant)
{
  static const LegendEntry entries[] = {
    { LEGEND_PLANNED, SWATCH_PLANNED_BAR, REGIMEN_COLOR_ACCENT, LINE_SOLID },
    { LEGEND_DONE, SWATCH_DONE_BAR, REGIMEN_COLOR_ACCENT, LINE_SOLID },
  };
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  double plot_height = MAX (1.0, height - LABEL_HEIGHT);
  double plot_top = 0;
  double slot = width / REGIMEN_DAYS_PER_WEEK;
  double bar = slot * (1.0 - BAR_GAP_RATIO);
  double top = data->reference;
  double scale_height;
  gboolean any_logged = FALSE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      top = MAX (top, data->loads[day]);
      if (data->logged[day])
        {
          top = MAX (top, data->done[day]);
          any_logged = TRUE;
        }
    }

  cairo_save (cr);

  /* The baseline, so an empty week still reads as a chart. */
  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_GROUND);
  cairo_rectangle (cr, 0, plot_height - 1, width, 1);
  cairo_fill (cr);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* The legend only once something is logged: a plan alone has one
   * kind of bar. */
  if (any_logged)
    plot_top = legend (cr, layout, entries, G_N_ELEMENTS (entries), width, variant) + 2;
  scale_height = MAX (1.0, plot_height - plot_top - 4);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      double x = day * slot + (slot - bar) / 2;
      double h = top > 0 ? (data->loads[day] / top) * scale_height : 0;
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

      if (data->logged[day])
        draw_done_bar (cr, day * slot + slot / 2, bar, plot_height - 1,
                       top > 0 ? (data->done[day] / top) * scale_height : 0, variant);

      pango_layout_set_text (layout, regimen_weekday_short_name (day), -1);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
      cairo_move_to (cr, day * slot + (slot - extents.width) / 2, plot_height + 2);
      pango_cairo_show_layout (cr, layout);
    }

  if (data->reference > 0 && top > 0)
    {
      double y = plot_height - 1 - (data->reference / top) * scale_height;
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

#define WEEK_BAR_GAP_RATIO 0.3
#define WEEK_BAR_MAX_WIDTH 36.0

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

/* The same line from the plan alone: planned_ctl, planned_atl and
 * planned_tsb follow ctl, atl and tsb in the same order. */
static double
series_planned_value (const Series          *line,
                      const RegimenWeekLoad *week)
{
  return G_STRUCT_MEMBER (double, week,
                          line->offset - G_STRUCT_OFFSET (RegimenWeekLoad, ctl)
                          + G_STRUCT_OFFSET (RegimenWeekLoad, planned_ctl));
}

/**
 * regimen_weekly_loads_plan_differs:
 * @data: the weeks of the plan
 *
 * Whether the plan's own fitness, fatigue and form lines differ from the
 * trained ones anywhere (by more than a tenth, less than the chart or
 * its words can show): only then does the chart draw both.
 *
 * Returns: TRUE when a logged session makes the lines part
 */
gboolean
regimen_weekly_loads_plan_differs (const RegimenWeeklyLoads *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  for (guint week = 0; week < data->n_weeks; week++)
    for (guint i = 0; i < G_N_ELEMENTS (series); i++)
      if (fabs (series_value (&series[i], &data->weeks[week])
                - series_planned_value (&series[i], &data->weeks[week])) >= 0.1)
        return TRUE;

  return FALSE;
}

/* One line of the weeks chart through the middles of the weeks. */
static void
trace_week_line (cairo_t                  *cr,
                 const RegimenWeeklyLoads *data,
                 const Series             *line,
                 gboolean                  planned,
                 double                    slot,
                 double                    zero_y,
                 double                    line_scale)
{
  for (guint week = 0; week < data->n_weeks; week++)
    {
      double x = (week + 0.5) * slot;
      double value = planned ? series_planned_value (line, &data->weeks[week])
                             : series_value (line, &data->weeks[week]);
      double y = zero_y - value * line_scale;

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
 * bar is solid and its number bold, the budget a dashed step line. The
 * bars are the planned loads; weeks with a logged session get a narrow
 * done bar over theirs. Where a log makes the plan's own fitness,
 * fatigue and form (planned_ctl, planned_atl, planned_tsb) differ from
 * the trained ones, they are drawn too, thin under the thick trained
 * lines, and the legend names both widths; otherwise one set is drawn.
 * The legend wraps to as many rows as it needs.
 */
void
regimen_chart_draw_weeks (cairo_t                  *cr,
                          double                    width,
                          double                    height,
                          const RegimenWeeklyLoads *data,
                          RegimenPaletteVariant     variant)
{
  regimen_chart_draw_weeks_parts (cr, width, height, data, variant, REGIMEN_WEEKS_PART_ALL);
}

/**
 * regimen_chart_weeks_labels_top:
 * @height: the height of the weeks chart
 *
 * Returns: where the week numbers of a weeks chart of @height begin at the
 *   highest: REGIMEN_WEEKS_PART_LABELS draws nothing above it
 */
double
regimen_chart_weeks_labels_top (double height)
{
  return height - LABEL_HEIGHT + 1;
}

/**
 * regimen_chart_draw_weeks_parts:
 * @cr: a cairo context
 * @width: the width of the chart
 * @height: the height of the chart, legend and week numbers included
 * @data: the weeks of the plan
 * @variant: light (also for paper) or dark
 * @parts: what to draw of the chart
 *
 * Draws @parts of what regimen_chart_draw_weeks() draws, at the same
 * places: the parts drawn one over the other in their order are the
 * whole chart. The current week's bar drawn alone lies where its bar of
 * REGIMEN_WEEKS_PART_BARS lies, inside its week's column.
 */
void
regimen_chart_draw_weeks_parts (cairo_t                  *cr,
                                double                    width,
                                double                    height,
                                const RegimenWeeklyLoads *data,
                                RegimenPaletteVariant     variant,
                                RegimenWeeksParts         parts)
{
  LegendEntry entries[G_N_ELEMENTS (series) + 4];
  guint n_entries = 0;
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  double plot_top;
  double plot_bottom;
  double slot;
  double bar;
  double bar_top = 0;
  double line_max = 0;
  double line_min = 0;
  double zero_y;
  double line_scale;
  gboolean any_logged = FALSE;
  gboolean two_lines;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (data->n_weeks == 0 || data->weeks != NULL);

  two_lines = regimen_weekly_loads_plan_differs (data);

  slot = width / MAX (data->n_weeks, 1);
  bar = MIN (slot * (1.0 - WEEK_BAR_GAP_RATIO), WEEK_BAR_MAX_WIDTH);

  for (guint week = 0; week < data->n_weeks; week++)
    {
      const RegimenWeekLoad *w = &data->weeks[week];

      bar_top = MAX (bar_top, MAX (w->load, w->budget));
      if (w->logged)
        {
          bar_top = MAX (bar_top, w->done);
          any_logged = TRUE;
        }
      line_max = MAX (line_max, MAX (w->ctl, MAX (w->atl, w->tsb)));
      line_min = MIN (line_min, w->tsb);
      if (two_lines)
        {
          line_max = MAX (line_max, MAX (w->planned_ctl, MAX (w->planned_atl, w->planned_tsb)));
          line_min = MIN (line_min, w->planned_tsb);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    entries[n_entries++] = (LegendEntry) { series[i].label, SWATCH_LINE, series[i].color, series[i].style };
  if (any_logged)
    {
      entries[n_entries++] = (LegendEntry) { LEGEND_PLANNED, SWATCH_PLANNED_BAR, REGIMEN_COLOR_FIGURE_FAR, LINE_SOLID };
      entries[n_entries++] = (LegendEntry) { LEGEND_DONE, SWATCH_DONE_BAR, REGIMEN_COLOR_FIGURE_FAR, LINE_SOLID };
    }
  if (two_lines)
    {
      /* Translators: in the weeks chart's legend beside a thick line: fitness, fatigue and form from the load as trained where logged */
      entries[n_entries++] = (LegendEntry) { N_("Thick: as trained"), SWATCH_LINE, REGIMEN_COLOR_FOREGROUND, LINE_SOLID };
      /* Translators: in the weeks chart's legend beside a thin line: fitness, fatigue and form from the planned load alone */
      entries[n_entries++] = (LegendEntry) { N_("Thin: plan alone"), SWATCH_THIN_LINE, REGIMEN_COLOR_FOREGROUND, LINE_SOLID };
    }

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  plot_top = legend (NULL, layout, entries, n_entries, width, variant) + 6;
  plot_bottom = MAX (plot_top + 1, height - LABEL_HEIGHT - 2);

  /* The negative part of form gets room in proportion, so one zero line
   * serves both scales. */
  line_scale = line_max - line_min > 0 ? (plot_bottom - plot_top - LINE_WIDTH) / (line_max - line_min) : 0;
  zero_y = round (plot_bottom + line_min * line_scale);

  cairo_save (cr);

  for (guint week = 0; week < data->n_weeks; week++)
    {
      double x = week * slot + (slot - bar) / 2;
      double h = bar_top > 0 ? (data->weeks[week].load / bar_top) * (zero_y - plot_top) : 0;
      gboolean current = week == data->current_week && (parts & REGIMEN_WEEKS_PART_CURRENT_BAR);

      if (!(parts & REGIMEN_WEEKS_PART_BARS) && !current)
        continue;

      if (h > 0)
        {
          h = MAX (h, 2.0);
          regimen_palette_set_source (cr, variant, current ? REGIMEN_COLOR_ACCENT : REGIMEN_COLOR_FIGURE_FAR);
          rounded_top_rect (cr, x, zero_y - h, bar, h, MIN (3.0, bar / 3));
          cairo_fill (cr);
        }

      if (data->weeks[week].logged)
        draw_done_bar (cr, x + bar / 2, bar, zero_y,
                       bar_top > 0 ? (data->weeks[week].done / bar_top) * (zero_y - plot_top) : 0, variant);
    }

  if (!(parts & REGIMEN_WEEKS_PART_LINES))
    goto labels;

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

  /* The plan's own lines first, thin, so the trained ones lie over them. */
  for (guint i = 0; two_lines && i < G_N_ELEMENTS (series) && data->n_weeks > 0; i++)
    {
      trace_week_line (cr, data, &series[i], TRUE, slot, zero_y, line_scale);
      regimen_palette_set_source (cr, variant, series[i].color);
      set_line_style_width (cr, series[i].style, PLAN_LINE_WIDTH);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < G_N_ELEMENTS (series) && data->n_weeks > 0; i++)
    {
      trace_week_line (cr, data, &series[i], FALSE, slot, zero_y, line_scale);
      regimen_palette_set_source (cr, variant, series[i].color);
      set_line_style (cr, series[i].style);
      cairo_stroke (cr);
    }

  legend (cr, layout, entries, n_entries, width, variant);

labels:
  if (parts & REGIMEN_WEEKS_PART_LABELS)
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

static double
progress_value (const RegimenProgressPoint *point,
                gboolean                    e1rm)
{
  return e1rm ? point->e1rm_kg : point->value;
}

/* One measure of the progress as a line through its sessions, with a
 * marker on each: a dot on the solid line, a square on the dashed one. */
static void
draw_progress_line (cairo_t               *cr,
                    const RegimenProgress *progress,
                    gboolean               e1rm,
                    double                 left,
                    double                 step,
                    double                 bottom,
                    double                 low,
                    double                 scale,
                    RegimenPaletteVariant  variant)
{
  gboolean drawing = FALSE;
  guint n = progress->points->len;

  for (guint i = 0; i < n; i++)
    {
      const RegimenProgressPoint *point = &g_array_index (progress->points, RegimenProgressPoint, i);
      double value = progress_value (point, e1rm);
      double x = left + i * step;
      double y = bottom - (value - low) * scale;

      if (value < 0)
        {
          drawing = FALSE;
          continue;
        }

      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }

  regimen_palette_set_source (cr, variant, e1rm ? REGIMEN_COLOR_FOREGROUND : REGIMEN_COLOR_ACCENT);
  set_line_style (cr, e1rm ? LINE_DASHED : LINE_SOLID);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      const RegimenProgressPoint *point = &g_array_index (progress->points, RegimenProgressPoint, i);
      double value = progress_value (point, e1rm);
      double x = left + i * step;
      double y = bottom - (value - low) * scale;

      if (value < 0)
        continue;

      if (e1rm)
        cairo_rectangle (cr, x - 3, y - 3, 6, 6);
      else
        cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static char *
format_axis_value (RegimenProgressKind kind,
                   double              value)
{
  switch (kind)
    {
    case REGIMEN_PROGRESS_LOAD:
      /* Translators: a load on the progress chart's axis, “100 kg” */
      return g_strdup_printf (_("%g kg"), round (value * 10) / 10);
    case REGIMEN_PROGRESS_HOLD:
      return regimen_seconds_format ((guint) round (value));
    case REGIMEN_PROGRESS_REPS:
    case REGIMEN_PROGRESS_NONE:
    default:
      return g_strdup_printf ("%.0f", value);
    }
}

/**
 * regimen_chart_draw_progress:
 * @cr: a cairo context
 * @width: the width of the chart
 * @height: the height of the chart, legend and labels included
 * @progress: an exercise's progress (regimen_progress_new())
 * @variant: light (also for paper) or dark
 *
 * Draws the progress one session after another: the heaviest set as a
 * solid line with dots and, for loads, Epley's estimated 1RM as a dashed
 * line with squares, both on one scale from the lowest to the highest
 * value; the legend names each, the left edge gives the scale's ends and
 * the bottom the first and last session.
 */
void
regimen_chart_draw_progress (cairo_t               *cr,
                             double                 width,
                             double                 height,
                             const RegimenProgress *progress,
                             RegimenPaletteVariant  variant)
{
  LegendEntry entries[2];
  guint n_entries = 0;
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoRectangle extents;
  g_autofree char *high_text = NULL;
  g_autofree char *low_text = NULL;
  double low = G_MAXDOUBLE;
  double high = -G_MAXDOUBLE;
  double top;
  double bottom;
  double left;
  double right;
  double step;
  double scale;
  guint n;
  gboolean with_e1rm;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (progress != NULL);

  n = progress->points->len;
  if (progress->kind == REGIMEN_PROGRESS_NONE || n == 0)
    return;

  with_e1rm = progress->kind == REGIMEN_PROGRESS_LOAD;
  for (guint i = 0; i < n; i++)
    {
      const RegimenProgressPoint *point = &g_array_index (progress->points, RegimenProgressPoint, i);

      low = MIN (low, point->value);
      high = MAX (high, point->value);
      if (with_e1rm && point->e1rm_kg >= 0)
        {
          low = MIN (low, point->e1rm_kg);
          high = MAX (high, point->e1rm_kg);
        }
    }

  switch (progress->kind)
    {
    case REGIMEN_PROGRESS_LOAD:
      /* Translators: the heaviest set of each session, in the progress chart's legend */
      entries[n_entries++] = (LegendEntry) { N_("Heaviest set"), SWATCH_LINE, REGIMEN_COLOR_ACCENT, LINE_SOLID };
      /* Translators: Epley's estimated one-repetition maximum, in the progress chart's legend */
      entries[n_entries++] = (LegendEntry) { N_("Estimated 1RM"), SWATCH_LINE, REGIMEN_COLOR_FOREGROUND, LINE_DASHED };
      break;
    case REGIMEN_PROGRESS_HOLD:
      /* Translators: the longest hold of each session, in the progress chart's legend */
      entries[n_entries++] = (LegendEntry) { N_("Longest hold"), SWATCH_LINE, REGIMEN_COLOR_ACCENT, LINE_SOLID };
      break;
    case REGIMEN_PROGRESS_REPS:
    case REGIMEN_PROGRESS_NONE:
    default:
      /* Translators: the most repetitions of each session, in the progress chart's legend */
      entries[n_entries++] = (LegendEntry) { N_("Most repetitions"), SWATCH_LINE, REGIMEN_COLOR_ACCENT, LINE_SOLID };
      break;
    }

  cairo_save (cr);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* A flat series sits in the middle of a scale one unit either side. */
  if (high - low < 1)
    {
      low -= 1;
      high += 1;
    }

  high_text = format_axis_value (progress->kind, high);
  low_text = format_axis_value (progress->kind, low);
  pango_layout_set_text (layout, high_text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  left = extents.width;
  pango_layout_set_text (layout, low_text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  left = MAX (left, extents.width) + 12;
  right = width - 8;

  top = legend (cr, layout, entries, n_entries, width, variant) + 10;
  bottom = MAX (top + 1, height - LABEL_HEIGHT - 6);
  step = n > 1 ? (right - left) / (n - 1) : 0;
  if (n == 1)
    left = (left + right) / 2;
  scale = (bottom - top) / (high - low);

  /* The scale's ends, with faint rules across. */
  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_GROUND);
  cairo_rectangle (cr, left - 6, round (top), right - left + 12, 1);
  cairo_rectangle (cr, left - 6, round (bottom), right - left + 12, 1);
  cairo_fill (cr);

  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
  pango_layout_set_text (layout, high_text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  cairo_move_to (cr, 0, round (top - extents.height / 2.0));
  pango_cairo_show_layout (cr, layout);
  pango_layout_set_text (layout, low_text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  cairo_move_to (cr, 0, round (bottom - extents.height / 2.0));
  pango_cairo_show_layout (cr, layout);

  if (with_e1rm)
    draw_progress_line (cr, progress, TRUE, left, step, bottom, low, scale, variant);
  draw_progress_line (cr, progress, FALSE, left, step, bottom, low, scale, variant);

  /* The first and the last session, by date where known. */
  for (guint end = 0; end < (n > 1 ? 2u : 1u); end++)
    {
      const RegimenProgressPoint *point = &g_array_index (progress->points, RegimenProgressPoint, end == 0 ? 0 : n - 1);
      char text[64] = "";
      double x = end == 0 ? left : right;

      /* Translators: a short date under the progress chart, strftime format, “24 Nov” */
      if (!g_date_valid (&point->date) || g_date_strftime (text, sizeof text, _("%-d %b"), &point->date) == 0)
        /* Translators: a session's week under the progress chart when it has no date, “week 2” */
        g_snprintf (text, sizeof text, _("week %u"), point->week + 1);

      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_DIM_FOREGROUND);
      if (n == 1)
        cairo_move_to (cr, round (x - extents.width / 2.0), bottom + 6);
      else
        cairo_move_to (cr, end == 0 ? round (x - 4) : round (x - extents.width + 4), bottom + 6);
      pango_cairo_show_layout (cr, layout);
    }

  cairo_restore (cr);
}
