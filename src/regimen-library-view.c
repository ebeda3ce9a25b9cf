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

#include "regimen-exercise-row.h"
#include "regimen-library-view.h"

struct _RegimenLibraryView
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkListView        *list_view;

  RegimenLibrary     *library;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char               *search;
};

G_DEFINE_FINAL_TYPE (RegimenLibraryView, regimen_library_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
regimen_library_view_filter_func (gpointer item,
                                  gpointer user_data)
{
  RegimenLibraryView *self = user_data;

  return self->search == NULL || regimen_exercise_matches (item, self->search);
}

static void
regimen_library_view_update_count (RegimenLibraryView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = self->library != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->library)) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", total), total);
  else
    /* Translators: how many exercises match the search, “4 of 46 exercises” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u exercise", "%u of %u exercises", total),
                            shown, total);

  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, shown > 0 || total == 0 ? "results" : "empty");
}

static void
on_search_entry_search_changed (RegimenLibraryView *self,
                                GtkSearchEntry     *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_steal_pointer (&stripped);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_filtered_items_changed (RegimenLibraryView *self,
                           guint               position,
                           guint               removed,
                           guint               added,
                           GListModel         *model)
{
  regimen_library_view_update_count (self);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  RegimenLibraryView       *self)
{
  gtk_list_item_set_child (list_item, regimen_exercise_row_new ());
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 RegimenLibraryView       *self)
{
  RegimenExerciseRow *row = REGIMEN_EXERCISE_ROW (gtk_list_item_get_child (list_item));

  regimen_exercise_row_set_exercise (row, gtk_list_item_get_item (list_item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   RegimenLibraryView       *self)
{
  RegimenExerciseRow *row = REGIMEN_EXERCISE_ROW (gtk_list_item_get_child (list_item));

  regimen_exercise_row_set_exercise (row, NULL);
}

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
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (regimen_library_view_parent_class)->dispose (object);
}

static void
regimen_library_view_finalize (GObject *object)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);

  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (regimen_library_view_parent_class)->finalize (object);
}

static void
regimen_library_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_library_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      regimen_library_view_set_library (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_library_view_class_init (RegimenLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_library_view_dispose;
  object_class->finalize = regimen_library_view_finalize;
  object_class->get_property = regimen_library_view_get_property;
  object_class->set_property = regimen_library_view_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         REGIMEN_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, box);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);

  gtk_widget_class_install_action (widget_class, "library.clear-search", NULL,
                                   regimen_library_view_clear_search_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "libraryview");
}

static void
regimen_library_view_init (RegimenLibraryView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (regimen_library_view_filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_factory_unbind), self, 0);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (selection);

  regimen_library_view_update_count (self);
}

GtkWidget *
regimen_library_view_new (void)
{
  return g_object_new (REGIMEN_TYPE_LIBRARY_VIEW, NULL);
}

RegimenLibrary *
regimen_library_view_get_library (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return self->library;
}

void
regimen_library_view_set_library (RegimenLibraryView *self,
                                  RegimenLibrary     *library)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));
  g_return_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (library));
  regimen_library_view_update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

/**
 * regimen_library_view_get_search_entry:
 * @self: a #RegimenLibraryView
 *
 * Returns: (transfer none): the search entry, for the window to pass
 *   typing and Ctrl+F to
 */
GtkSearchEntry *
regimen_library_view_get_search_entry (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return self->search_entry;
}
