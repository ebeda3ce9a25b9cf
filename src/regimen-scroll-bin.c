/* regimen-scroll-bin.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a scrolled window scrolls, asked for its height at no width only
 * at the width it has.
 *
 * A scrolled window asks its content for its height at no width whenever
 * the window is laid out after a resize was queued (GTK 4.8), and uses
 * the answer only when it propagates its natural height. A list box
 * asked so measures each of its rows at its own natural width, the
 * widest of its rows' words that do not wrap: in the check panel that is
 * a few pixels narrower than the rows are given, so every row a week
 * switch moves laid its wrapping message out twice in the frame, once
 * at that width for nothing and once at its own. The bin asks its child
 * for its height at the width it was last given instead, which is what
 * its allocation asks next and GTK then has cached; before it has a
 * width, it answers 0 without asking (a scroller that propagates its
 * content's natural height must not hold one). Its width is its child's. */

#define G_LOG_DOMAIN "regimen-scroll-bin"

#include "config.h"

#include "regimen-scroll-bin.h"
#include "regimen-widget-util.h"

struct _RegimenScrollBin
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RegimenScrollBin, regimen_scroll_bin, GTK_TYPE_WIDGET)

static void
regimen_scroll_bin_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child == NULL || !gtk_widget_get_visible (child))
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0)
    {
      /* Before its first allocation the bin has no width of its own to
       * give, and the scrolled window does not use the answer: its child
       * is measured for nothing. The first frame that shows the check
       * panel asked it so, and each problem row laid its message out at
       * the least width of its other words, then at its own. */
      if (gtk_widget_get_width (widget) <= 0)
        {
          *minimum = *natural = 0;
          return;
        }
      for_size = gtk_widget_get_width (widget);
    }

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
regimen_scroll_bin_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
regimen_scroll_bin_dispose (GObject *object)
{
  regimen_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (regimen_scroll_bin_parent_class)->dispose (object);
}

static void
regimen_scroll_bin_class_init (RegimenScrollBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_scroll_bin_dispose;

  widget_class->measure = regimen_scroll_bin_measure;
  widget_class->get_request_mode = regimen_scroll_bin_get_request_mode;
  widget_class->size_allocate = regimen_bin_size_allocate;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
regimen_scroll_bin_init (RegimenScrollBin *self)
{
}
