/* regimen-progress-chart.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An exercise's progress across the plan, from the log: drawn by
 * regimen_chart_draw_progress(), told in words to screen readers. */

#define G_LOG_DOMAIN "regimen-progress-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-progress-chart.h"

struct _RegimenProgressChart
{
  GtkWidget        parent_instance;

  RegimenProgress *progress;
};

G_DEFINE_FINAL_TYPE (RegimenProgressChart, regimen_progress_chart, GTK_TYPE_WIDGET)

static void
regimen_progress_chart_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  RegimenProgressChart *self = REGIMEN_PROGRESS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  if (self->progress == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  regimen_chart_draw_progress (cr, width, height, self->progress,
                               dark ? REGIMEN_PALETTE_DARK : REGIMEN_PALETTE_LIGHT);
  cairo_destroy (cr);
}

static void
on_style_manager_dark_changed (RegimenProgressChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
regimen_progress_chart_finalize (GObject *object)
{
  RegimenProgressChart *self = REGIMEN_PROGRESS_CHART (object);

  g_clear_pointer (&self->progress, regimen_progress_free);

  G_OBJECT_CLASS (regimen_progress_chart_parent_class)->finalize (object);
}

static void
regimen_progress_chart_class_init (RegimenProgressChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = regimen_progress_chart_finalize;
  widget_class->snapshot = regimen_progress_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "progresschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
regimen_progress_chart_init (RegimenProgressChart *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, 150);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_dark_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
regimen_progress_chart_new (void)
{
  return g_object_new (REGIMEN_TYPE_PROGRESS_CHART, NULL);
}

/**
 * regimen_progress_chart_set_progress:
 * @self: a #RegimenProgressChart
 * @exercise_name: the exercise's name, for its accessible name
 * @progress: (transfer full) (nullable): what to draw
 *
 * Draws @progress, and tells screen readers its first, last and best
 * values in words.
 */
void
regimen_progress_chart_set_progress (RegimenProgressChart *self,
                                     const char           *exercise_name,
                                     RegimenProgress      *progress)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (REGIMEN_IS_PROGRESS_CHART (self));
  g_return_if_fail (exercise_name != NULL);

  g_clear_pointer (&self->progress, regimen_progress_free);
  self->progress = progress;

  /* Translators: the accessible name of an exercise's progress chart, “Progress of Barbell Back Squat” */
  label = g_strdup_printf (_("Progress of %s"), exercise_name);
  description = progress != NULL ? regimen_progress_describe (progress) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * regimen_progress_chart_get_progress:
 *
 * Returns: (transfer none) (nullable): the progress drawn
 */
const RegimenProgress *
regimen_progress_chart_get_progress (RegimenProgressChart *self)
{
  g_return_val_if_fail (REGIMEN_IS_PROGRESS_CHART (self), NULL);

  return self->progress;
}
