/* regimen-width-bin.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A bin whose width does not depend on the height it is given: the
 * library row's name and subtitle, which are cut to two lines and one,
 * in a row as tall as its style makes it.
 *
 * A horizontal GtkBox asks each child for its width at the box's height
 * when it allocates (GTK 4.8). A vertical box of wrapping labels answers
 * that by sharing the height out and asking each label for its width at
 * its share, and a wrapping label finds that width by a binary search,
 * a layout of its text at each step: 3.5 M instructions a library row,
 * 28 M of a start's first frame, for an answer the row's box does not
 * need (the texts take what the thumbnail, the HIIT tag and the details
 * button leave, whatever their least width). The bin answers with its
 * child's width at no height, the measure GTK keeps from the list's own
 * measure of the row. Heights, at a width, are asked of the child. */

#define G_LOG_DOMAIN "regimen-width-bin"

#include "config.h"

#include "regimen-width-bin.h"
#include "regimen-widget-util.h"

struct _RegimenWidthBin
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RegimenWidthBin, regimen_width_bin, GTK_TYPE_WIDGET)

static void
regimen_width_bin_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
regimen_width_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* It expands as its child does, as the child's own parent did. */
static void
regimen_width_bin_compute_expand (GtkWidget *widget,
                                  gboolean  *hexpand,
                                  gboolean  *vexpand)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *hexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = child != NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
}

static void
regimen_width_bin_dispose (GObject *object)
{
  regimen_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (regimen_width_bin_parent_class)->dispose (object);
}

static void
regimen_width_bin_class_init (RegimenWidthBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_width_bin_dispose;

  widget_class->measure = regimen_width_bin_measure;
  widget_class->get_request_mode = regimen_width_bin_get_request_mode;
  widget_class->size_allocate = regimen_bin_size_allocate;
  widget_class->compute_expand = regimen_width_bin_compute_expand;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
regimen_width_bin_init (RegimenWidthBin *self)
{
}

/**
 * regimen_width_bin_new:
 * @child: (nullable): what the bin holds
 *
 * Returns: a bin as wide as @child is at no height, whatever its height
 */
GtkWidget *
regimen_width_bin_new (GtkWidget *child)
{
  GtkWidget *self;

  g_return_val_if_fail (child == NULL || GTK_IS_WIDGET (child), NULL);

  self = g_object_new (REGIMEN_TYPE_WIDTH_BIN, NULL);
  if (child != NULL)
    gtk_widget_set_parent (child, self);

  return self;
}
