/* regimen-library-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-library-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-library-view.h"

struct _RegimenLibraryView
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkSearchEntry *search_entry;
  GtkLabel       *count_label;
  GtkStack       *stack;
  GtkListView    *list_view;
};

G_DEFINE_FINAL_TYPE (RegimenLibraryView, regimen_library_view, GTK_TYPE_WIDGET)

static void
regimen_library_view_clear_search_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
regimen_library_view_dispose (GObject *object)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_LIBRARY_VIEW);

  G_OBJECT_CLASS (regimen_library_view_parent_class)->dispose (object);
}

static void
regimen_library_view_class_init (RegimenLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_library_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, box);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, list_view);

  gtk_widget_class_install_action (widget_class, "library.clear-search", NULL,
                                   regimen_library_view_clear_search_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "libraryview");
}

static void
regimen_library_view_init (RegimenLibraryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
regimen_library_view_new (void)
{
  return g_object_new (REGIMEN_TYPE_LIBRARY_VIEW, NULL);
}
