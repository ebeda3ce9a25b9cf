/* regimen-day-column.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-day-column"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-day-column.h"

struct _RegimenDayColumn
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  GtkLabel    *weekday_label;
  GtkLabel    *date_label;
  GtkLevelBar *load_bar;
  GtkStack    *content_stack;
  GtkListBox  *session_list;

  guint        day;
};

G_DEFINE_FINAL_TYPE (RegimenDayColumn, regimen_day_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
regimen_day_column_update_day (RegimenDayColumn *self)
{
  const char *name = regimen_weekday_name (self->day);

  gtk_label_set_label (self->weekday_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->weekday_label), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
regimen_day_column_dispose (GObject *object)
{
  RegimenDayColumn *self = REGIMEN_DAY_COLUMN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_DAY_COLUMN);

  G_OBJECT_CLASS (regimen_day_column_parent_class)->dispose (object);
}

static void
regimen_day_column_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RegimenDayColumn *self = REGIMEN_DAY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_day_column_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RegimenDayColumn *self = REGIMEN_DAY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_DAY:
      self->day = g_value_get_uint (value);
      regimen_day_column_update_day (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_day_column_class_init (RegimenDayColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_day_column_dispose;
  object_class->get_property = regimen_day_column_get_property;
  object_class->set_property = regimen_day_column_set_property;

  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL,
                       0, REGIMEN_DAYS_PER_WEEK - 1, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-day-column.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, box);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, weekday_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, date_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, load_bar);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, session_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "daycolumn");
}

static void
regimen_day_column_init (RegimenDayColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
  regimen_day_column_set_load_fraction (self, 0.0);
}

GtkWidget *
regimen_day_column_new (guint day)
{
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return g_object_new (REGIMEN_TYPE_DAY_COLUMN,
                       "day", day,
                       NULL);
}

guint
regimen_day_column_get_day (RegimenDayColumn *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY_COLUMN (self), 0);

  return self->day;
}

/**
 * regimen_day_column_set_date:
 * @self: a #RegimenDayColumn
 * @date: (nullable): the calendar date of the day, or %NULL for a plan
 *   without a start date
 */
void
regimen_day_column_set_date (RegimenDayColumn *self,
                             const GDate      *date)
{
  char text[64];

  g_return_if_fail (REGIMEN_IS_DAY_COLUMN (self));

  if (date == NULL || !g_date_valid (date))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* Translators: the date under a weekday in the week view, as
   * g_date_strftime() takes it; “23 Nov” in English */
  if (g_date_strftime (text, sizeof text, C_("day column date", "%-d %b"), date) == 0)
    text[0] = '\0';

  gtk_label_set_label (self->date_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/**
 * regimen_day_column_set_load_fraction:
 * @self: a #RegimenDayColumn
 * @fraction: the day's training load as a share of the week's heaviest day
 */
void
regimen_day_column_set_load_fraction (RegimenDayColumn *self,
                                      double            fraction)
{
  g_return_if_fail (REGIMEN_IS_DAY_COLUMN (self));

  gtk_level_bar_set_value (self->load_bar, CLAMP (fraction, 0.0, 1.0));
}
