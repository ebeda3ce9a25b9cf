/* regimen-weeks-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-weeks-chart"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-weeks-chart.h"

struct _RegimenWeeksChart
{
  GtkWidget  parent_instance;

  GArray    *weeks;
  guint      current_week;
  gboolean   has_data;

  /* The parts that do not follow the current week, as last drawn, and
   * the size and variant they were drawn for: a week switch draws only
   * the current week's bar and the week numbers anew. */
  GskRenderNode *bars_node;
  GskRenderNode *lines_node;
  int            kept_width;
  int            kept_height;
  gboolean       kept_dark;

  /* The weeks' figures in words, which a week switch does not change. */
  char          *weeks_description;
};

G_DEFINE_FINAL_TYPE (RegimenWeeksChart, regimen_weeks_chart, GTK_TYPE_WIDGET)

enum {
  WEEK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The sign of form in words needs a real minus sign, not a hyphen. */
static char *
format_signed (double value)
{
  if (round (value) < 0)
    return g_strdup_printf ("−%.0f", fabs (value));
  return g_strdup_printf ("%.0f", value);
}

static void
on_click_released (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   RegimenWeeksChart *self)
{
  if (self->weeks->len == 0)
    return;

  g_signal_emit (self, signals[WEEK_ACTIVATED], 0,
                 regimen_chart_week_at_x (gtk_widget_get_width (GTK_WIDGET (self)), self->weeks->len, x));
}

static void
on_style_manager_dark_changed (RegimenWeeksChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
forget_kept_parts (RegimenWeeksChart *self)
{
  g_clear_pointer (&self->bars_node, gsk_render_node_unref);
  g_clear_pointer (&self->lines_node, gsk_render_node_unref);
}

/* @parts of the chart inside @bounds, as a node of their own. */
static void
append_parts (GtkSnapshot              *snapshot,
              const graphene_rect_t    *bounds,
              int                       width,
              int                       height,
              const RegimenWeeklyLoads *data,
              gboolean                  dark,
              RegimenWeeksParts         parts)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, bounds);

  regimen_chart_draw_weeks_parts (cr, width, height, data, dark ? REGIMEN_PALETTE_DARK : REGIMEN_PALETTE_LIGHT, parts);
  cairo_destroy (cr);
}

static GskRenderNode *
draw_kept_part (int                       width,
                int                       height,
                const RegimenWeeklyLoads *data,
                gboolean                  dark,
                RegimenWeeksParts         part)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  append_parts (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height), width, height, data, dark, part);

  return gtk_snapshot_free_to_node (snapshot);
}

/* The same nodes for the weeks' bars and lines from one week to the
 * next let GTK redraw only the current week's column and the week
 * numbers, the parts drawn anew. */
static void
regimen_weeks_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  RegimenWeeksChart *self = REGIMEN_WEEKS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  RegimenWeeklyLoads data = { self->weeks->len, (const RegimenWeekLoad *) self->weeks->data, self->current_week };
  double labels_top = MIN (regimen_chart_weeks_labels_top (height), height);

  if (width <= 0 || height <= 0)
    return;

  if (self->bars_node == NULL || width != self->kept_width || height != self->kept_height || dark != self->kept_dark)
    {
      forget_kept_parts (self);
      self->bars_node = draw_kept_part (width, height, &data, dark, REGIMEN_WEEKS_PART_BARS);
      self->lines_node = draw_kept_part (width, height, &data, dark, REGIMEN_WEEKS_PART_LINES);
      self->kept_width = width;
      self->kept_height = height;
      self->kept_dark = dark;
    }

  if (self->bars_node != NULL)
    gtk_snapshot_append_node (snapshot, self->bars_node);
  if (self->current_week < data.n_weeks)
    {
      double slot = (double) width / data.n_weeks;

      append_parts (snapshot, &GRAPHENE_RECT_INIT (floor (self->current_week * slot), 0,
                                                   ceil ((self->current_week + 1) * slot) - floor (self->current_week * slot),
                                                   height),
                    width, height, &data, dark, REGIMEN_WEEKS_PART_CURRENT_BAR);
    }
  if (self->lines_node != NULL)
    gtk_snapshot_append_node (snapshot, self->lines_node);
  append_parts (snapshot, &GRAPHENE_RECT_INIT (0, labels_top, width, height - labels_top),
                width, height, &data, dark, REGIMEN_WEEKS_PART_LABELS);
}

static void
regimen_weeks_chart_finalize (GObject *object)
{
  RegimenWeeksChart *self = REGIMEN_WEEKS_CHART (object);

  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->weeks_description, g_free);
  forget_kept_parts (self);

  G_OBJECT_CLASS (regimen_weeks_chart_parent_class)->finalize (object);
}

static void
regimen_weeks_chart_class_init (RegimenWeeksChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = regimen_weeks_chart_finalize;
  widget_class->snapshot = regimen_weeks_chart_snapshot;

  /**
   * RegimenWeeksChart::week-activated:
   * @self: the chart
   * @week: the week whose bar was clicked
   */
  signals[WEEK_ACTIVATED] =
    g_signal_new ("week-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "weekschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
regimen_weeks_chart_init (RegimenWeeksChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->weeks = g_array_new (FALSE, TRUE, sizeof (RegimenWeekLoad));
  self->current_week = G_MAXUINT;

  /* Room for a legend of two rows once planned and done join the lines. */
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, 148);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  g_signal_connect_object (click, "released", G_CALLBACK (on_click_released), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_dark_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
regimen_weeks_chart_new (void)
{
  return g_object_new (REGIMEN_TYPE_WEEKS_CHART, NULL);
}

/* Field by field: the structs' padding is not part of what they say. */
static gboolean
same_weeks (RegimenWeeksChart        *self,
            const RegimenWeeklyLoads *data)
{
  if (self->weeks->len != data->n_weeks)
    return FALSE;

  for (guint week = 0; week < data->n_weeks; week++)
    {
      const RegimenWeekLoad *a = &g_array_index (self->weeks, RegimenWeekLoad, week);
      const RegimenWeekLoad *b = &data->weeks[week];

      if (a->load != b->load || a->budget != b->budget || a->ctl != b->ctl || a->atl != b->atl
          || a->tsb != b->tsb || a->done != b->done || !a->logged != !b->logged
          || a->planned_ctl != b->planned_ctl || a->planned_atl != b->planned_atl
          || a->planned_tsb != b->planned_tsb)
        return FALSE;
    }

  return TRUE;
}

/* Every week's load in words, as screen readers say the chart. */
static char *
describe_weeks (const RegimenWeeklyLoads *data,
                gboolean                  any_logged)
{
  GString *description = g_string_new (NULL);

  for (guint week = 0; week < data->n_weeks; week++)
    {
      const RegimenWeekLoad *w = &data->weeks[week];

      if (week > 0)
        g_string_append (description, ", ");
      if (any_logged && w->logged)
        /* Translators: one week of the weeks chart for screen readers, planned and done load, “Week 2 planned 1,065 AU, done 980 AU” */
        g_string_append_printf (description, _("Week %u planned %'.0f AU, done %'.0f AU"), week + 1, w->load, w->done);
      else if (any_logged)
        /* Translators: one week of the weeks chart for screen readers, nothing logged, “Week 3 planned 1,100 AU, not logged” */
        g_string_append_printf (description, _("Week %u planned %'.0f AU, not logged"), week + 1, w->load);
      else
        /* Translators: one week of the weeks chart for screen readers, “Week 2 1,065 AU” */
        g_string_append_printf (description, _("Week %u %'.0f AU"), week + 1, w->load);
    }

  return g_string_free (description, FALSE);
}

/**
 * regimen_weeks_chart_set_data:
 * @self: a #RegimenWeeksChart
 * @data: the weeks of the plan
 *
 * Draws @data, and tells screen readers the same figures in words.
 */
void
regimen_weeks_chart_set_data (RegimenWeeksChart        *self,
                              const RegimenWeeklyLoads *data)
{
  g_autoptr(GString) description = NULL;
  gboolean any_logged = FALSE;

  g_return_if_fail (REGIMEN_IS_WEEKS_CHART (self));
  g_return_if_fail (data != NULL);

  /* An edit changes one or two weeks' numbers, often none that show; a
   * week switch only the current week. */
  if (self->has_data && same_weeks (self, data))
    {
      if (self->current_week == data->current_week)
        return;
    }
  else
    {
      forget_kept_parts (self);
      g_clear_pointer (&self->weeks_description, g_free);
      g_array_set_size (self->weeks, 0);
      if (data->n_weeks > 0)
        g_array_append_vals (self->weeks, data->weeks, data->n_weeks);
    }
  self->has_data = TRUE;
  self->current_week = data->current_week;

  for (guint week = 0; week < data->n_weeks; week++)
    any_logged = any_logged || data->weeks[week].logged;

  if (self->weeks_description == NULL)
    self->weeks_description = describe_weeks (data, any_logged);
  description = g_string_new (self->weeks_description);

  if (data->current_week < data->n_weeks)
    {
      const RegimenWeekLoad *w = &data->weeks[data->current_week];
      g_autofree char *form = format_signed (w->tsb);

      if (regimen_weekly_loads_plan_differs (data))
        {
          g_autofree char *planned_form = format_signed (w->planned_tsb);

          /* Translators: after the weekly loads, for screen readers; the thick lines from the load as trained, then the thin ones from the plan alone, “; at week 6 as trained: fitness 120, fatigue 150, form −30; the plan alone: fitness 125, fatigue 140, form −15” */
          g_string_append_printf (description,
                                  _("; at week %u as trained: fitness %.0f, fatigue %.0f, form %s; the plan alone: "
                                    "fitness %.0f, fatigue %.0f, form %s"),
                                  data->current_week + 1, w->ctl, w->atl, form,
                                  w->planned_ctl, w->planned_atl, planned_form);
        }
      else
        {
          /* Translators: after the weekly loads, for screen readers, “; fitness 120, fatigue 150, form −30 at week 6” */
          g_string_append_printf (description, _("; fitness %.0f, fatigue %.0f, form %s at week %u"),
                                  w->ctl, w->atl, form, data->current_week + 1);
          if (any_logged)
            /* Translators: for screen readers, when the logged sessions leave fitness, fatigue and form as planned */
            g_string_append (description, _("; the logs leave these lines as planned, so one set is drawn"));
          else
            /* Translators: for screen readers, when no session is logged: the lines are the plan's */
            g_string_append (description, _("; nothing is logged, so these lines are the plan’s"));
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weekly training load"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
