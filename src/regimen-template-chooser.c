/* regimen-template-chooser.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where a new plan starts: blank, or one of the seed programmes with what
 * it is for. The choice is emitted; the window opens the plan. */

#define G_LOG_DOMAIN "regimen-template-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-template-chooser.h"
#include "regimen-widget-util.h"

struct _RegimenTemplateChooser
{
  AdwWindow   parent_instance;

  GtkListBox    *blank_list;
  GtkSpinButton *weeks_spin;
  GtkListBox *templates_list;
};

G_DEFINE_FINAL_TYPE (RegimenTemplateChooser, regimen_template_chooser, ADW_TYPE_WINDOW)

enum {
  PLAN_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choose (RegimenTemplateChooser *self,
        RegimenPlan            *plan)
{
  g_signal_emit (self, signals[PLAN_CHOSEN], 0, plan);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A blank plan has as many weeks as asked for: weeks can still be added
 * and deleted later, but a six-week block starts as six. */
static void
choose_blank (RegimenTemplateChooser *self)
{
  g_autoptr(RegimenPlan) plan = NULL;

  /* 99 weeks typed made 52 without a word: the chooser stays, the
   * field saying so, and Create again takes the 52. */
  if (regimen_spin_button_update_said_past_limits (self->weeks_spin))
    return;
  plan = regimen_plan_new_blank_weeks (gtk_spin_button_get_value_as_int (self->weeks_spin));
  choose (self, plan);
}

static void
on_blank_list_row_activated (RegimenTemplateChooser *self,
                             GtkListBoxRow          *row,
                             GtkListBox             *list)
{
  choose_blank (self);
}

static void
on_blank_button_clicked (RegimenTemplateChooser *self,
                         GtkButton              *button)
{
  choose_blank (self);
}


static void
on_templates_list_row_activated (RegimenTemplateChooser *self,
                                 GtkListBoxRow          *row,
                                 GtkListBox             *list)
{
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const RegimenTemplate *templates;
  const RegimenTemplate *template;
  guint n_templates;
  int index = gtk_list_box_row_get_index (row);

  /* The list holds the templates in their order, one row each. */
  templates = regimen_templates_get (&n_templates);
  g_return_if_fail (index >= 0 && (guint) index < n_templates);
  template = &templates[index];

  plan = regimen_template_instantiate (template, &error);

  /* Templates are compiled in and tested, so this is a build problem. */
  if (plan == NULL)
    {
      g_critical ("Template %s does not load: %s", template->id, error->message);
      return;
    }

  choose (self, plan);
}

static void
regimen_template_chooser_class_init (RegimenTemplateChooserClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * RegimenTemplateChooser::plan-chosen:
   * @self: the chooser
   * @plan: the new plan, blank or from a template
   */
  signals[PLAN_CHOSEN] =
    g_signal_new ("plan-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, REGIMEN_TYPE_PLAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-template-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenTemplateChooser, blank_list);
  gtk_widget_class_bind_template_child (widget_class, RegimenTemplateChooser, templates_list);
  gtk_widget_class_bind_template_child (widget_class, RegimenTemplateChooser, weeks_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_blank_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_blank_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_templates_list_row_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
regimen_template_chooser_init (RegimenTemplateChooser *self)
{
  const RegimenTemplate *templates;
  guint n_templates;

  gtk_widget_init_template (GTK_WIDGET (self));
  regimen_spin_button_read_typed (self->weeks_spin);

  templates = regimen_templates_get (&n_templates);
  for (guint i = 0; i < n_templates; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), regimen_template_get_title (&templates[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), regimen_template_get_description (&templates[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->templates_list, row);
    }
}

/**
 * regimen_template_chooser_set_n_weeks:
 * @self: a #RegimenTemplateChooser
 * @n_weeks: how many weeks a blank plan gets
 */
void
regimen_template_chooser_set_n_weeks (RegimenTemplateChooser *self,
                                      guint                   n_weeks)
{
  g_return_if_fail (REGIMEN_IS_TEMPLATE_CHOOSER (self));

  gtk_spin_button_set_value (self->weeks_spin, n_weeks);
}

/**
 * regimen_template_chooser_choose_blank:
 * @self: a #RegimenTemplateChooser
 *
 * Does what the Create button does.
 */
void
regimen_template_chooser_choose_blank (RegimenTemplateChooser *self)
{
  g_return_if_fail (REGIMEN_IS_TEMPLATE_CHOOSER (self));

  choose_blank (self);
}

GtkWidget *
regimen_template_chooser_new (GtkWindow *parent)
{
  return g_object_new (REGIMEN_TYPE_TEMPLATE_CHOOSER,
                       "transient-for", parent,
                       NULL);
}
