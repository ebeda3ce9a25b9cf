/* regimen-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-window"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-library-view.h"
#include "regimen-window.h"

struct _RegimenWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  AdwFlap              *flap;
  RegimenLibraryView   *library_view;
  RegimenWeekView      *week_view;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (RegimenWindow, regimen_window, ADW_TYPE_APPLICATION_WINDOW)

static void
regimen_window_toggle_library_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
on_flap_folded_changed (RegimenWindow *self,
                        GParamSpec    *pspec,
                        AdwFlap       *flap)
{
  /* Folded, the library covers the week: start with it closed, and keep
   * the remembered choice for when the window is wide again. */
  if (adw_flap_get_folded (flap))
    adw_flap_set_reveal_flap (flap, FALSE);
  else
    adw_flap_set_reveal_flap (flap, g_settings_get_boolean (self->settings, "show-library"));
}

static void
on_flap_reveal_flap_changed (RegimenWindow *self,
                             GParamSpec    *pspec,
                             AdwFlap       *flap)
{
  if (!adw_flap_get_folded (flap))
    g_settings_set_boolean (self->settings, "show-library", adw_flap_get_reveal_flap (flap));
}

static void
regimen_window_constructed (GObject *object)
{
  RegimenWindow *self = REGIMEN_WINDOW (object);
  GtkApplication *app;

  G_OBJECT_CLASS (regimen_window_parent_class)->constructed (object);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (REGIMEN_IS_APPLICATION (app))
    self->settings = g_object_ref (regimen_application_get_settings (REGIMEN_APPLICATION (app)));
  else
    self->settings = g_settings_new ("io.github.regimen.Regimen");

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "show-library"));
  g_signal_connect_object (self->flap, "notify::folded",
                           G_CALLBACK (on_flap_folded_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap",
                           G_CALLBACK (on_flap_reveal_flap_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
regimen_window_dispose (GObject *object)
{
  RegimenWindow *self = REGIMEN_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_WINDOW);

  G_OBJECT_CLASS (regimen_window_parent_class)->dispose (object);
}

static void
regimen_window_finalize (GObject *object)
{
  RegimenWindow *self = REGIMEN_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (regimen_window_parent_class)->finalize (object);
}

static void
regimen_window_class_init (RegimenWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = regimen_window_constructed;
  object_class->dispose = regimen_window_dispose;
  object_class->finalize = regimen_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, week_view);

  gtk_widget_class_install_action (widget_class, "win.toggle-library", NULL,
                                   regimen_window_toggle_library_action);

  g_type_ensure (REGIMEN_TYPE_LIBRARY_VIEW);
  g_type_ensure (REGIMEN_TYPE_WEEK_VIEW);
}

static void
regimen_window_init (RegimenWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

RegimenWindow *
regimen_window_new (RegimenApplication *application)
{
  g_return_val_if_fail (REGIMEN_IS_APPLICATION (application), NULL);

  return g_object_new (REGIMEN_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * regimen_window_get_week_view:
 * @self: a #RegimenWindow
 *
 * Returns: (transfer none): the week view in the middle of the window
 */
RegimenWeekView *
regimen_window_get_week_view (RegimenWindow *self)
{
  g_return_val_if_fail (REGIMEN_IS_WINDOW (self), NULL);

  return self->week_view;
}
