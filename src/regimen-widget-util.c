/* regimen-widget-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-widget-util"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-widget-util.h"

/**
 * regimen_box_sync_children:
 * @box: a box with one child per item of @model
 * @model: the model that changed
 * @position: @model's items-changed position
 * @removed: how many children to remove there
 * @added: how many items to make children for there
 * @create_child: makes the child of an item
 * @user_data: passed to @create_child
 *
 * Follows one items-changed of @model, touching only the children it
 * names, so the rest of the box keeps its widgets and their state.
 */
void
regimen_box_sync_children (GtkBox                 *box,
                           GListModel             *model,
                           guint                   position,
                           guint                   removed,
                           guint                   added,
                           RegimenCreateChildFunc  create_child,
                           gpointer                user_data)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
  GtkWidget *before = NULL;

  for (guint i = 0; i < position && child != NULL; i++)
    {
      before = child;
      child = gtk_widget_get_next_sibling (child);
    }

  for (guint i = 0; i < removed && child != NULL; i++)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (box, child);
      child = next;
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);
      GtkWidget *created = create_child (item, user_data);

      gtk_box_insert_child_after (box, created, before);
      before = created;
    }
}

/**
 * regimen_widget_class_add_editing_bindings:
 * @widget_class: a class with PREFIX.edit, PREFIX.delete and
 *   PREFIX.move(i) actions, the latter taking a #RegimenShift
 * @prefix: the actions' prefix
 *
 * The same keys edit, remove and move sessions and exercises: Enter or
 * Space edits, Delete removes, Alt+Shift+Left/Right moves to the previous
 * or next day and Alt+Shift+Up/Down moves up or down.
 */
void
regimen_widget_class_add_editing_bindings (GtkWidgetClass *widget_class,
                                           const char     *prefix)
{
  g_autofree char *edit = g_strconcat (prefix, ".edit", NULL);
  g_autofree char *delete = g_strconcat (prefix, ".delete", NULL);
  g_autofree char *move = g_strconcat (prefix, ".move", NULL);
  const GdkModifierType moving = GDK_ALT_MASK | GDK_SHIFT_MASK;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, edit, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, edit, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, edit, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, delete, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, moving, move, "i", REGIMEN_SHIFT_EARLIER_DAY);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, moving, move, "i", REGIMEN_SHIFT_LATER_DAY);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, moving, move, "i", REGIMEN_SHIFT_UP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, moving, move, "i", REGIMEN_SHIFT_DOWN);
}

/**
 * regimen_offer_undo:
 * @root: (nullable): the window a delete happened in, taken before the
 *   widget that deleted went away
 * @what: the name of what was removed
 *
 * Shows the toast that says what a delete removed, with its Undo button.
 */
void
regimen_offer_undo (GtkRoot    *root,
                    const char *what)
{
  g_autofree char *message = NULL;

  if (root == NULL)
    return;

  /* Translators: a toast after a delete, with an Undo button, “Removed Push-Up” */
  message = g_strdup_printf (_("Removed %s"), what);
  gtk_widget_activate_action (GTK_WIDGET (root), "win.undo-toast", "s", message);
}
