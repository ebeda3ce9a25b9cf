/* regimen-week-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-week-view.h"

struct _RegimenWeekView
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkLabel         *week_label;
  GtkLabel         *week_dates_label;
  GtkBox           *days_box;

  RegimenDayColumn *columns[REGIMEN_DAYS_PER_WEEK];
};

G_DEFINE_FINAL_TYPE (RegimenWeekView, regimen_week_view, GTK_TYPE_WIDGET)

static void
regimen_week_view_dispose (GObject *object)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_WEEK_VIEW);

  G_OBJECT_CLASS (regimen_week_view_parent_class)->dispose (object);
}

static void
regimen_week_view_class_init (RegimenWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_week_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-week-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, box);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, week_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, week_dates_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, days_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "weekview");

  g_type_ensure (REGIMEN_TYPE_DAY_COLUMN);
}

static void
regimen_week_view_init (RegimenWeekView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      self->columns[day] = REGIMEN_DAY_COLUMN (regimen_day_column_new (day));
      gtk_box_append (self->days_box, GTK_WIDGET (self->columns[day]));
    }

  regimen_week_view_set_week (self, NULL, NULL);
}

GtkWidget *
regimen_week_view_new (void)
{
  return g_object_new (REGIMEN_TYPE_WEEK_VIEW, NULL);
}

/**
 * regimen_week_view_get_day_column:
 * @self: a #RegimenWeekView
 * @day: 0 (Monday) to 6 (Sunday)
 *
 * Returns: (transfer none): the column showing @day
 */
RegimenDayColumn *
regimen_week_view_get_day_column (RegimenWeekView *self,
                                  guint            day)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), NULL);
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return self->columns[day];
}

/**
 * regimen_week_view_set_week:
 * @self: a #RegimenWeekView
 * @label: (nullable): the week's label, such as “Week 1”
 * @start_date: (nullable): the date of the week's Monday, if the plan has one
 */
void
regimen_week_view_set_week (RegimenWeekView *self,
                            const char      *label,
                            const GDate     *start_date)
{
  char first[64] = "";
  char last[64] = "";

  g_return_if_fail (REGIMEN_IS_WEEK_VIEW (self));

  gtk_label_set_label (self->week_label, label != NULL && *label != '\0' ? label : _("Week 1"));

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      g_autoptr(GDate) date = NULL;

      if (start_date != NULL && g_date_valid (start_date))
        date = regimen_week_day_date (start_date, 0, day);

      regimen_day_column_set_date (self->columns[day], date);

      /* Translators: the first and last day of the shown week, as
       * g_date_strftime() takes it, joined like “23 Nov – 29 Nov 2026” */
      if (date != NULL && day == 0)
        g_date_strftime (first, sizeof first, C_("week range start", "%-d %b"), date);
      else if (date != NULL && day == REGIMEN_DAYS_PER_WEEK - 1)
        g_date_strftime (last, sizeof last, C_("week range end", "%-d %b %Y"), date);
    }

  if (*first != '\0' && *last != '\0')
    {
      /* Translators: a range of dates, “23 Nov – 29 Nov 2026” */
      g_autofree char *range = g_strdup_printf (C_("date range", "%s – %s"), first, last);

      gtk_label_set_label (self->week_dates_label, range);
      gtk_widget_set_visible (GTK_WIDGET (self->week_dates_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->week_dates_label), FALSE);
    }
}
