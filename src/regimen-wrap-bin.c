/* regimen-wrap-bin.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A wrapping label whose width its parent decides: the names and
 * prescriptions of a day's cards wrap at the width of their day, which
 * the day column sets (its width request is far above any of their
 * minimums), never at a width of their own.
 *
 * GtkLabel answers “how wide are you?” with three text layouts — as wide
 * as it likes, as narrow as possible (one character a line, the dearest
 * of all) and at its maximum width in characters — and the answer is
 * thrown away whenever the text changes: a week switch asked it of every
 * name and prescription of the week, and the answers were never used.
 * This bin answers that it needs no width, and asks its child only for
 * its height at the width it is given, the layout the label makes to be
 * drawn anyway. */

#define G_LOG_DOMAIN "regimen-wrap-bin"

#include "config.h"

#include "regimen-wrap-bin.h"
#include "regimen-widget-util.h"

struct _RegimenWrapBin
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RegimenWrapBin, regimen_wrap_bin, GTK_TYPE_WIDGET)

/**
 * regimen_wrap_bin_measure_height_at:
 * @child: a wrapping label (or any widget) whose width its parent decides
 * @width: the width it has, its margins, border and padding included
 * @minimum: (out): its least height at @width
 * @natural: (out): its natural height at @width
 * @minimum_baseline: (out): its baseline at @minimum, or -1
 * @natural_baseline: (out): its baseline at @natural, or -1
 *
 * The child's height at @width, from its own measure; an invisible child
 * is 0 high. A widget that lays out wrapping labels itself (an item row)
 * asks them this way rather than through a bin each.
 *
 * gtk_widget_measure() asked for a height at a width first asks the
 * widget for its width at no height, to widen a width below its minimum
 * (GTK 4.8). A wrapping label answers that with three more layouts of
 * its text — as wide as it likes, a character a line and at its maximum
 * width in characters — and the answer is thrown away whenever its words
 * change: on a week switch, three quarters of the text work of the cards'
 * new words, for a width the bin never uses (a day is far wider than any
 * of its words' minimum). So the bin takes off the child's margins,
 * border and padding as gtk_widget_measure() does and asks the child's
 * measure itself: the label's one layout, at the width it is then drawn
 * at. The bin's own measure is cached by GTK in place of the label's. */
void
regimen_wrap_bin_measure_height_at (GtkWidget *child,
                                    int        width,
                                    int       *minimum,
                                    int       *natural,
                                    int       *minimum_baseline,
                                    int       *natural_baseline)
{
  GtkStyleContext *style;
  GtkBorder margin, border, padding;
  int left, right, top, bottom;

  if (!gtk_widget_get_visible (child))
    {
      *minimum = *natural = 0;
      return;
    }

  style = gtk_widget_get_style_context (child);
  gtk_style_context_get_margin (style, &margin);
  gtk_style_context_get_border (style, &border);
  gtk_style_context_get_padding (style, &padding);
  left = gtk_widget_get_margin_start (child) + margin.left + border.left + padding.left;
  right = gtk_widget_get_margin_end (child) + margin.right + border.right + padding.right;
  top = gtk_widget_get_margin_top (child) + margin.top + border.top + padding.top;
  bottom = gtk_widget_get_margin_bottom (child) + margin.bottom + border.bottom + padding.bottom;

  GTK_WIDGET_GET_CLASS (child)->measure (child, GTK_ORIENTATION_VERTICAL, MAX (width - left - right, 0),
                                         minimum, natural, minimum_baseline, natural_baseline);
  *minimum += top + bottom;
  *natural += top + bottom;
  if (*minimum_baseline >= 0)
    *minimum_baseline += top;
  if (*natural_baseline >= 0)
    *natural_baseline += top;
}

static void
regimen_wrap_bin_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child == NULL || orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  /* Asked for its height at no width (or at none, a grid's share of a
   * row measured at no width) — GtkWindow asks so of the whole window on
   * every frame that resizes something, and a scrolled window of its
   * child, whose answer it does not use unless it propagates a natural
   * height — a label lays its text out at width 0, a character a line.
   * Once the bin has a width, its height at that width is the answer:
   * the layout its label is drawn with anyway. */
  if (for_size <= 0 && gtk_widget_get_width (widget) > 0)
    for_size = gtk_widget_get_width (widget);

  if (for_size < 0)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  else
    regimen_wrap_bin_measure_height_at (child, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
regimen_wrap_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
regimen_wrap_bin_dispose (GObject *object)
{
  regimen_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (regimen_wrap_bin_parent_class)->dispose (object);
}

static void
regimen_wrap_bin_class_init (RegimenWrapBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_wrap_bin_dispose;

  widget_class->measure = regimen_wrap_bin_measure;
  widget_class->get_request_mode = regimen_wrap_bin_get_request_mode;
  widget_class->size_allocate = regimen_bin_size_allocate;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
regimen_wrap_bin_init (RegimenWrapBin *self)
{
}

/**
 * regimen_wrap_bin_new:
 * @child: (nullable): the wrapping label
 *
 * Returns: a bin that gives @child the width its parent gives it
 */
GtkWidget *
regimen_wrap_bin_new (GtkWidget *child)
{
  GtkWidget *self;

  g_return_val_if_fail (child == NULL || GTK_IS_WIDGET (child), NULL);

  self = g_object_new (REGIMEN_TYPE_WRAP_BIN, NULL);
  if (child != NULL)
    gtk_widget_set_parent (child, self);

  return self;
}
