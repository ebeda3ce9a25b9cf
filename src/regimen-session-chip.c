/* regimen-session-chip.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-session-chip"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-session-chip.h"
#include "regimen-widget-util.h"

/* The most characters of a title the chip, its tooltip and its
 * accessible name lay out (a title may hold 10,000, on as many lines):
 * the chip shows about ten, the tooltip four of its lines, so that the
 * session's details under them stay in sight
 * (regimen_tooltip_set_text()). */
#define TITLE_MAX_CHARS 200
#define TOOLTIP_MAX_CHARS 200
#define ACCESSIBLE_MAX_CHARS 1000

struct _RegimenSessionChip
{
  GtkButton       parent_instance;

  RegimenSession *session;
  guint           day;
  GtkImage       *icon;
  GtkLabel       *label;
};

G_DEFINE_FINAL_TYPE (RegimenSessionChip, regimen_session_chip, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * regimen_session_kind_icon_name:
 *
 * Returns: the symbolic icon that stands for a session kind beside its name
 */
const char *
regimen_session_kind_icon_name (RegimenSessionKind kind)
{
  switch (kind)
    {
    case REGIMEN_SESSION_KIND_HIIT:
      return "thunderbolt-symbolic";
    case REGIMEN_SESSION_KIND_CARDIO:
      return "emblem-favorite-symbolic";
    case REGIMEN_SESSION_KIND_MOBILITY:
      return "weather-windy-symbolic";
    case REGIMEN_SESSION_KIND_SKILL:
      return "emoji-activities-symbolic";
    case REGIMEN_SESSION_KIND_COMPETITION:
      return "emoji-flags-symbolic";
    case REGIMEN_SESSION_KIND_STRENGTH:
    default:
      return "power-profile-performance-symbolic";
    }
}

static void
regimen_session_chip_update (RegimenSessionChip *self)
{
  RegimenSessionKind kind = regimen_session_get_kind (self->session);
  const char *full_title = regimen_session_get_title (self->session);
  g_autofree char *title = regimen_text_one_line (full_title, TITLE_MAX_CHARS);
  g_autofree char *tooltip_title = regimen_text_one_line (full_title, TOOLTIP_MAX_CHARS);
  g_autofree char *accessible_title = regimen_text_one_line (full_title, ACCESSIBLE_MAX_CHARS);
  g_autofree char *line = regimen_session_describe (self->session, TRUE);
  g_autofree char *tooltip = NULL;
  g_autofree char *accessible = NULL;

  gtk_image_set_from_icon_name (self->icon, regimen_session_kind_icon_name (kind));
  gtk_label_set_label (self->label, title);

  tooltip = g_strdup_printf ("%s\n%s", tooltip_title, line);
  /* Given when asked for, in lines as wide as GTK's: a title of one word
   * of a thousand letters made a tooltip 11,000 pixels wide. */
  regimen_widget_set_tooltip_when_asked (GTK_WIDGET (self), tooltip);

  /* Translators: a session chip in the plan overview as screen readers announce it: title, “Strength · RPE 7 · 45 min”, weekday */
  accessible = g_strdup_printf (_("%s, %s, %s"), accessible_title, line, regimen_weekday_name (self->day));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  if (kind == REGIMEN_SESSION_KIND_HIIT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "hiit");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "hiit");
}

static void
on_session_notify (RegimenSessionChip *self,
                   GParamSpec         *pspec,
                   RegimenSession     *session)
{
  regimen_session_chip_update (self);
}

static GdkContentProvider *
on_drag_source_prepare (RegimenSessionChip *self,
                        double              x,
                        double              y,
                        GtkDragSource      *source)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);

  return gdk_content_provider_new_typed (REGIMEN_TYPE_SESSION, self->session);
}

static void
regimen_session_chip_constructed (GObject *object)
{
  RegimenSessionChip *self = REGIMEN_SESSION_CHIP (object);

  G_OBJECT_CLASS (regimen_session_chip_parent_class)->constructed (object);

  g_signal_connect_object (self->session, "notify", G_CALLBACK (on_session_notify), self, G_CONNECT_SWAPPED);
  regimen_session_chip_update (self);

  /* Ids never change: the overview finds the session by it. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "overview.open-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s",
                                    regimen_session_get_id (self->session) != NULL
                                    ? regimen_session_get_id (self->session) : "");
}

static void
regimen_session_chip_dispose (GObject *object)
{
  RegimenSessionChip *self = REGIMEN_SESSION_CHIP (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (regimen_session_chip_parent_class)->dispose (object);
}

static void
regimen_session_chip_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RegimenSessionChip *self = REGIMEN_SESSION_CHIP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_chip_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RegimenSessionChip *self = REGIMEN_SESSION_CHIP (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_DAY:
      self->day = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_chip_class_init (RegimenSessionChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = regimen_session_chip_constructed;
  object_class->dispose = regimen_session_chip_dispose;
  object_class->get_property = regimen_session_chip_get_property;
  object_class->set_property = regimen_session_chip_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         REGIMEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL,
                       0, REGIMEN_DAYS_PER_WEEK - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
regimen_session_chip_init (RegimenSessionChip *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkDragSource *drag_source;

  self->icon = GTK_IMAGE (gtk_image_new ());
  gtk_image_set_pixel_size (self->icon, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->label, 10);
  gtk_label_set_width_chars (self->label, 3);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->icon));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));
  gtk_button_set_child (GTK_BUTTON (self), box);
  gtk_widget_add_css_class (GTK_WIDGET (self), "session-chip");

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_object (drag_source, "prepare", G_CALLBACK (on_drag_source_prepare), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));
  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));
}

GtkWidget *
regimen_session_chip_new (RegimenSession *session,
                          guint           day)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), NULL);
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return g_object_new (REGIMEN_TYPE_SESSION_CHIP,
                       "session", session,
                       "day", day,
                       NULL);
}

RegimenSession *
regimen_session_chip_get_session (RegimenSessionChip *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION_CHIP (self), NULL);

  return self->session;
}

guint
regimen_session_chip_get_day (RegimenSessionChip *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION_CHIP (self), 0);

  return self->day;
}
