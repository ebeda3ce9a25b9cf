/* regimen-window-overview.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-window"

#include "config.h"

#include "regimen-window-private.h"

/* The window shows one week or the plan overview: the stateful action
 * win.view ("week" or "overview") switches, from the header bar's
 * toggle buttons, Ctrl+Alt+1 and Ctrl+Alt+2, and remembers it. The overview's selected
 * week is the window's current week, so the week actions (the overview's
 * row menu among them) act on the week the person chose in either view. */

static void
on_view_change_state (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  RegimenWindow *self = user_data;
  const char *view = g_variant_get_string (state, NULL);
  gboolean overview = g_str_equal (view, "overview");

  if (!overview && !g_str_equal (view, "week"))
    return;

  g_simple_action_set_state (action, state);
  gtk_stack_set_visible_child_name (self->view_stack, view);
  g_settings_set_string (self->settings, "view", view);

  if (overview)
    regimen_plan_overview_focus_week (self->plan_overview);
  else
    gtk_widget_child_focus (GTK_WIDGET (self->week_view), GTK_DIR_TAB_FORWARD);
}

/* A week moved in the overview that would bring a rule inside another's
 * weeks: nothing moved, the toast says which rules. */
static void
on_overview_refused (RegimenWindow       *self,
                     const char          *message,
                     RegimenPlanOverview *overview)
{
  _regimen_window_show_toast (self, message);
}

/* Enter or a double click on a week, or a session chip: that week in
 * the week view, with the session focused. */
static void
on_overview_week_activated (RegimenWindow       *self,
                            guint                week,
                            int                  day,
                            int                  session,
                            RegimenPlanOverview *overview)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "view", g_variant_new_string ("week"));

  if (day >= 0 && session >= 0)
    regimen_week_view_reveal (self->week_view, week, day, session, TRUE);
  else
    regimen_week_view_set_week (self->week_view, week);
}

void
_regimen_window_init_overview (RegimenWindow *self)
{
  g_autoptr(GSimpleAction) view = NULL;
  g_autofree char *shown = g_settings_get_string (self->settings, "view");

  /* The view shown last, as the window's size and panels. */
  view = g_simple_action_new_stateful ("view", G_VARIANT_TYPE_STRING, g_variant_new_string (shown));
  gtk_stack_set_visible_child_name (self->view_stack, shown);
  g_signal_connect_object (view, "change-state", G_CALLBACK (on_view_change_state), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (view));

  g_object_bind_property (self->week_view, "week", self->plan_overview, "week",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->plan_overview, "week-activated",
                           G_CALLBACK (on_overview_week_activated), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_overview, "refused",
                           G_CALLBACK (on_overview_refused), self,
                           G_CONNECT_SWAPPED);
}
