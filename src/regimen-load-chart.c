/* regimen-load-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-load-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-load-chart.h"

struct _RegimenLoadChart
{
  GtkWidget         parent_instance;

  RegimenDailyLoads data;
  gboolean          has_data;
};

G_DEFINE_FINAL_TYPE (RegimenLoadChart, regimen_load_chart, GTK_TYPE_WIDGET)

/* Field by field: the structs' padding is not part of what they say. */
static gboolean
same_daily_loads (const RegimenDailyLoads *a,
                  const RegimenDailyLoads *b)
{
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    if (a->loads[day] != b->loads[day] || !a->hiit[day] != !b->hiit[day]
        || a->done[day] != b->done[day] || !a->logged[day] != !b->logged[day])
      return FALSE;

  return a->reference == b->reference;
}

static void
regimen_load_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  RegimenLoadChart *self = REGIMEN_LOAD_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  regimen_chart_draw_daily_loads (cr, width, height, &self->data,
                                  dark ? REGIMEN_PALETTE_DARK : REGIMEN_PALETTE_LIGHT);
  cairo_destroy (cr);
}

static void
on_style_manager_dark_changed (RegimenLoadChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
regimen_load_chart_class_init (RegimenLoadChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = regimen_load_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "loadchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
regimen_load_chart_init (RegimenLoadChart *self)
{
  /* Room for the planned and done legend above the bars. */
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, 100);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_dark_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
regimen_load_chart_new (void)
{
  return g_object_new (REGIMEN_TYPE_LOAD_CHART, NULL);
}

/**
 * regimen_load_chart_set_data:
 * @self: a #RegimenLoadChart
 * @data: the week's daily loads
 *
 * Draws @data, and tells screen readers the same figures in words.
 */
void
regimen_load_chart_set_data (RegimenLoadChart        *self,
                             const RegimenDailyLoads *data)
{
  g_autoptr(GString) description = g_string_new (NULL);
  gboolean any_logged = FALSE;

  g_return_if_fail (REGIMEN_IS_LOAD_CHART (self));
  g_return_if_fail (data != NULL);

  /* Most edits leave the shown week's daily loads as they were: nothing
   * to draw or to tell again. */
  if (self->has_data && same_daily_loads (&self->data, data))
    return;

  self->data = *data;
  self->has_data = TRUE;

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    any_logged = any_logged || data->logged[day];

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      if (day > 0)
        g_string_append (description, any_logged ? "; " : ", ");
      /* Once something is logged, every day names its planned load and
       * the logged ones their done load too. */
      if (any_logged && data->logged[day])
        /* Translators: one day of the load chart for screen readers, planned and done, “Monday planned 315, done 400” */
        g_string_append_printf (description, _("%s planned %.0f, done %.0f"), regimen_weekday_name (day),
                                data->loads[day], data->done[day]);
      else if (any_logged)
        /* Translators: one day of the load chart for screen readers, with nothing logged, “Tuesday planned 0, not logged” */
        g_string_append_printf (description, _("%s planned %.0f, not logged"), regimen_weekday_name (day),
                                data->loads[day]);
      else if (data->hiit[day])
        /* Translators: one day of the load chart for screen readers, a HIIT day, “Thursday 200 (HIIT)” */
        g_string_append_printf (description, _("%s %.0f (HIIT)"), regimen_weekday_name (day), data->loads[day]);
      else
        /* Translators: one day of the load chart for screen readers, “Monday 315” */
        g_string_append_printf (description, _("%s %.0f"), regimen_weekday_name (day), data->loads[day]);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Daily training load"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
