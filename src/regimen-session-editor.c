/* regimen-session-editor.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The popover that edits a session. Each field applies at once through the
 * plan's commands, so the week and the check follow as the person types,
 * and the whole visit is one undo step per field. */

#define G_LOG_DOMAIN "regimen-session-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "regimen-session-editor.h"
#include "regimen-widget-util.h"

struct _RegimenSessionEditor
{
  GtkPopover      parent_instance;

  GtkEntry       *title_entry;
  GtkDropDown    *kind_dropdown;
  GtkSpinButton  *rpe_spin;
  GtkSpinButton  *minutes_spin;
  GtkEntry       *time_entry;

  RegimenPlan    *plan;
  RegimenSession *session;
  gboolean        loading;
  int             shown_minutes;
};

G_DEFINE_FINAL_TYPE (RegimenSessionEditor, regimen_session_editor, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Filling the fields in, and the model the kind list gets at init, are
 * not edits. */
static gboolean
editing (RegimenSessionEditor *self)
{
  return !self->loading && self->plan != NULL;
}

static void
on_title_entry_changed (RegimenSessionEditor *self,
                        GtkEntry             *entry)
{
  if (editing (self))
    regimen_plan_edit_session_title (self->plan, self->session, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_kind_dropdown_selected (RegimenSessionEditor *self,
                           GParamSpec           *pspec,
                           GtkDropDown          *dropdown)
{
  guint kind = gtk_drop_down_get_selected (dropdown);

  if (editing (self) && kind < REGIMEN_N_SESSION_KINDS)
    regimen_plan_edit_session_kind (self->plan, self->session, kind);
}

static void
on_rpe_spin_value_changed (RegimenSessionEditor *self,
                           GtkSpinButton        *spin)
{
  if (editing (self))
    regimen_plan_edit_session_rpe (self->plan, self->session, gtk_spin_button_get_value_as_int (spin));
}

/* The estimate, rounded up to the spin button's step. */
static int
estimate_in_steps (RegimenSessionEditor *self,
                   GtkSpinButton        *spin)
{
  double step;
  double estimate = regimen_session_estimate_minutes (self->session);

  gtk_spin_button_get_increments (spin, &step, NULL);
  if (step <= 0)
    step = 1;

  return (int) (ceil (estimate / step) * step);
}

static void
on_minutes_spin_value_changed (RegimenSessionEditor *self,
                               GtkSpinButton        *spin)
{
  int minutes = gtk_spin_button_get_value_as_int (spin);
  double step;

  gtk_spin_button_get_increments (spin, &step, NULL);

  /* One step up from the estimate starts at the estimate, not at 5 min:
   * the load must not fall because + was pressed. */
  if (!self->loading && self->shown_minutes == 0 && minutes > 0 && minutes <= (int) step
      && estimate_in_steps (self, spin) > minutes)
    {
      self->shown_minutes = estimate_in_steps (self, spin);
      gtk_spin_button_set_value (spin, self->shown_minutes);
      return;
    }

  self->shown_minutes = minutes;
  if (editing (self))
    regimen_plan_edit_session_minutes (self->plan, self->session, minutes);
}

static gboolean
on_minutes_spin_output (RegimenSessionEditor *self,
                        GtkSpinButton        *spin)
{
  g_autofree char *text = NULL;

  if (gtk_spin_button_get_value_as_int (spin) != 0 || self->session == NULL)
    return FALSE;

  /* Translators: shown instead of 0 minutes: the length the planner works out, “Estimate: 45” */
  text = g_strdup_printf (_("Estimate: %.0f"), regimen_session_estimate_minutes (self->session));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* A time as typed, “07:30” or “7:30”; an empty field is no time. */
static gboolean
time_from_text (const char *text,
                int        *time)
{
  g_autofree char *padded = NULL;

  if (*text == '\0')
    {
      *time = REGIMEN_SESSION_NO_TIME;
      return TRUE;
    }

  if (strlen (text) == 4 && text[1] == ':')
    text = padded = g_strconcat ("0", text, NULL);

  return regimen_session_time_from_string (text, time);
}

static void
on_time_entry_changed (RegimenSessionEditor *self,
                       GtkEntry             *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  int time;

  if (!time_from_text (text, &time))
    {
      /* Marked while it is being typed; the plan keeps its last time. */
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
  if (editing (self))
    regimen_plan_edit_session_time (self->plan, self->session, time);
}

static void
regimen_session_editor_delete_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  RegimenSessionEditor *self = REGIMEN_SESSION_EDITOR (widget);
  g_autoptr(RegimenSession) session = g_object_ref (self->session);
  g_autoptr(RegimenPlan) plan = g_object_ref (self->plan);
  g_autofree char *title = g_strdup (regimen_session_get_display_title (session));
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_popover_popdown (GTK_POPOVER (self));
  if (regimen_plan_delete_session (plan, session))
    regimen_offer_undo (root, title);
}

static void
regimen_session_editor_closed (GtkPopover *popover)
{
  RegimenSessionEditor *self = REGIMEN_SESSION_EDITOR (popover);

  /* The next visit is a new undo step. */
  if (self->plan != NULL)
    regimen_plan_seal_edit (self->plan);
}

static void
regimen_session_editor_dispose (GObject *object)
{
  RegimenSessionEditor *self = REGIMEN_SESSION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_SESSION_EDITOR);
  g_clear_object (&self->plan);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (regimen_session_editor_parent_class)->dispose (object);
}

static void
regimen_session_editor_constructed (GObject *object)
{
  RegimenSessionEditor *self = REGIMEN_SESSION_EDITOR (object);
  RegimenSession *session = self->session;

  G_OBJECT_CLASS (regimen_session_editor_parent_class)->constructed (object);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry),
                         regimen_session_get_title (session) != NULL ? regimen_session_get_title (session) : "");
  gtk_drop_down_set_selected (self->kind_dropdown, regimen_session_get_kind (session));
  gtk_spin_button_set_value (self->rpe_spin, regimen_session_get_rpe (session));
  self->shown_minutes = regimen_session_get_minutes (session);
  gtk_spin_button_set_value (self->minutes_spin, regimen_session_get_minutes (session));
  /* The spin button showed “Estimate” before the session was there. */
  gtk_spin_button_update (self->minutes_spin);
  on_minutes_spin_output (self, self->minutes_spin);
  if (regimen_session_get_time (session) != REGIMEN_SESSION_NO_TIME)
    {
      g_autofree char *time = regimen_session_time_to_string (regimen_session_get_time (session));

      gtk_editable_set_text (GTK_EDITABLE (self->time_entry), time);
    }
  self->loading = FALSE;
}

static void
regimen_session_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RegimenSessionEditor *self = REGIMEN_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RegimenSessionEditor *self = REGIMEN_SESSION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_editor_class_init (RegimenSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkPopoverClass *popover_class = GTK_POPOVER_CLASS (klass);

  object_class->constructed = regimen_session_editor_constructed;
  object_class->get_property = regimen_session_editor_get_property;
  object_class->set_property = regimen_session_editor_set_property;
  object_class->dispose = regimen_session_editor_dispose;
  popover_class->closed = regimen_session_editor_closed;

  /* The plan the edits go to. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The session of that plan the popover edits. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         REGIMEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenSessionEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenSessionEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RegimenSessionEditor, rpe_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenSessionEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenSessionEditor, time_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_title_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_dropdown_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_rpe_spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_minutes_spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_minutes_spin_output);
  gtk_widget_class_bind_template_callback (widget_class, on_time_entry_changed);

  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, regimen_session_editor_delete_action);
}

static void
regimen_session_editor_init (RegimenSessionEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  regimen_editable_limit_text (GTK_EDITABLE (self->title_entry));
  /* A number typed past their limits is set to the limit, and they say
   * so: an RPE of 15 became 10, 900 minutes 600, without a word. */
  regimen_spin_button_read_typed (self->rpe_spin);
  regimen_spin_button_read_typed (self->minutes_spin);

  for (guint kind = 0; kind < REGIMEN_N_SESSION_KINDS; kind++)
    gtk_string_list_append (kinds, regimen_session_kind_get_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  regimen_drop_down_name_button (self->kind_dropdown);
}

GtkWidget *
regimen_session_editor_new (RegimenPlan    *plan,
                            RegimenSession *session)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), NULL);

  return g_object_new (REGIMEN_TYPE_SESSION_EDITOR,
                       "plan", plan,
                       "session", session,
                       NULL);
}

RegimenPlan *
regimen_session_editor_get_plan (RegimenSessionEditor *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION_EDITOR (self), NULL);

  return self->plan;
}

RegimenSession *
regimen_session_editor_get_session (RegimenSessionEditor *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION_EDITOR (self), NULL);

  return self->session;
}
