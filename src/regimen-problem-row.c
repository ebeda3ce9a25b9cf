/* regimen-problem-row.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One problem of the plan check in the check panel: its message, severity
 * and rule, the planner's reason when it is acknowledged, a button to
 * acknowledge it or withdraw that, and why the rule matters. */

#define G_LOG_DOMAIN "regimen-problem-row"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-problem-row.h"
#include "regimen-widget-util.h"
#include "regimen-wrap-bin.h"

/* The most characters of a finding's message the row lays out, cut in
 * the middle (where it quotes plan text), and of the reason it was
 * acknowledged with: the panel's rows stay a few lines tall whatever a
 * title holds. The accessible label says the message whole. */
#define MESSAGE_MAX_CHARS 300

struct _RegimenProblemRow
{
  GtkWidget               parent_instance;

  GtkWidget              *box;
  GtkImage               *icon;
  GtkLabel               *message;
  GtkLabel               *subtitle;
  GtkLabel               *reason;
  GtkButton              *acknowledge;
  GtkMenuButton          *why;

  RegimenDiagnostic      *diagnostic;
  RegimenAcknowledgement *acknowledgement;
  /* The severity's class on the icon (static strings). */
  const char             *icon_class;
  /* Whether the row has had its style, see regimen_problem_row_measure(). */
  gboolean                styled;
};

G_DEFINE_FINAL_TYPE (RegimenProblemRow, regimen_problem_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DIAGNOSTIC,
  PROP_ACKNOWLEDGEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
severity_icon (RegimenSeverity severity)
{
  switch (severity)
    {
    case REGIMEN_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case REGIMEN_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case REGIMEN_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_class (RegimenSeverity severity)
{
  switch (severity)
    {
    case REGIMEN_SEVERITY_ERROR:
      return "error";
    case REGIMEN_SEVERITY_WARNING:
      return "warning";
    case REGIMEN_SEVERITY_INFO:
    default:
      return "dim-label";
    }
}

/* The rule's reasons are built when the button is first opened: most
 * rows are never asked. */
static void
create_why_popover (GtkMenuButton *button,
                    gpointer       user_data)
{
  RegimenProblemRow *self = user_data;
  const RegimenRule *rule = regimen_rule_get (regimen_diagnostic_get_rule_id (self->diagnostic));
  GtkWidget *popover;
  GtkWidget *box;

  if (rule == NULL)
    return;

  popover = gtk_popover_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  {
    const struct {
      const char *heading;
      const char *text;
    } parts[] = {
      { regimen_rule_get_title (rule), regimen_rule_get_why (rule) },
      { _("What you can do"), regimen_rule_get_advice (rule) },
      { _("Source"), regimen_rule_get_source (rule) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        GtkWidget *heading = gtk_label_new (parts[i].heading);
        GtkWidget *text = gtk_label_new (parts[i].text);

        gtk_label_set_xalign (GTK_LABEL (heading), 0);
        gtk_widget_add_css_class (heading, "heading");
        gtk_label_set_xalign (GTK_LABEL (text), 0);
        gtk_label_set_wrap (GTK_LABEL (text), TRUE);
        gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
        gtk_box_append (GTK_BOX (box), heading);
        gtk_box_append (GTK_BOX (box), text);
      }
  }

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

/* Shows self->diagnostic and self->acknowledgement. A row given another
 * problem (regimen_problem_row_rebind()) sets only what differs: a label
 * given the text it has keeps its laid-out words, and a widget left as it
 * was keeps its style and size. */
static void
show_problem (RegimenProblemRow *self)
{
  RegimenDiagnostic *diagnostic = self->diagnostic;
  RegimenSeverity severity = regimen_diagnostic_get_severity (diagnostic);
  gboolean acknowledged = self->acknowledgement != NULL;
  const char *icon_name = acknowledged ? "object-select-symbolic" : severity_icon (severity);
  const char *icon_class = acknowledged ? "success" : severity_class (severity);
  g_autofree char *subtitle = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *message = regimen_text_one_line_middle (regimen_diagnostic_get_message (diagnostic),
                                                           MESSAGE_MAX_CHARS);

  if (acknowledged)
    /* Translators: under an acknowledged problem, “Error · HIIT-FREQ · Acknowledged” */
    subtitle = g_strdup_printf (_("%s · %s · Acknowledged"),
                                regimen_severity_get_label (severity),
                                regimen_diagnostic_get_rule (diagnostic));
  else
    /* Translators: under a problem, its severity and the rule, “Warning · MONOTONY” */
    subtitle = g_strdup_printf (_("%s · %s"),
                                regimen_severity_get_label (severity),
                                regimen_diagnostic_get_rule (diagnostic));

  if (acknowledged)
    {
      g_autofree char *shown = regimen_acknowledgement_dup_shown_reason (self->acknowledgement);
      g_autofree char *line = regimen_text_one_line (shown, REGIMEN_ACKNOWLEDGEMENT_REASON_MAX);

      /* Translators: the reason the planner gave for accepting a problem */
      reason = g_strdup_printf (_("Reason: %s"), line);
    }
  gtk_label_set_label (self->reason, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason), reason != NULL);
  /* And its bin: a shown bin of a hidden label would still take the box's spacing. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->reason)), reason != NULL);

  /* Notes need no acknowledging; errors and warnings may be accepted. */
  gtk_widget_set_visible (GTK_WIDGET (self->acknowledge), severity != REGIMEN_SEVERITY_INFO);
  gtk_button_set_label (self->acknowledge, acknowledged ? _("Withdraw Acknowledgement") : _("Acknowledge…"));
  /* The target first, so the action never sees a row without one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->acknowledge), "s", regimen_diagnostic_get_key (diagnostic));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->acknowledge),
                                  acknowledged ? "win.withdraw-acknowledgement" : "win.acknowledge-finding");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->acknowledge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  acknowledged ? _("Withdraw the acknowledgement of this problem")
                                               : _("Acknowledge this problem with a reason"),
                                  -1);

  /* GtkImage drops its icon and asks for a new size even for the same one. */
  if (g_strcmp0 (gtk_image_get_icon_name (self->icon), icon_name) != 0)
    gtk_image_set_from_icon_name (self->icon, icon_name);
  if (self->icon_class != icon_class)
    {
      if (self->icon_class != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self->icon), self->icon_class);
      gtk_widget_add_css_class (GTK_WIDGET (self->icon), icon_class);
      self->icon_class = icon_class;
    }
  gtk_label_set_label (self->message, message);
  gtk_label_set_label (self->subtitle, subtitle);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, regimen_diagnostic_get_message (diagnostic),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

static void
regimen_problem_row_constructed (GObject *object)
{
  RegimenProblemRow *self = REGIMEN_PROBLEM_ROW (object);

  G_OBJECT_CLASS (regimen_problem_row_parent_class)->constructed (object);

  show_problem (self);
  gtk_menu_button_set_create_popup_func (self->why, create_why_popover, self, NULL);
}

static void
regimen_problem_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RegimenProblemRow *self = REGIMEN_PROBLEM_ROW (object);

  switch (prop_id)
    {
    case PROP_DIAGNOSTIC:
      g_value_set_object (value, self->diagnostic);
      break;

    case PROP_ACKNOWLEDGEMENT:
      g_value_set_object (value, self->acknowledgement);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_problem_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RegimenProblemRow *self = REGIMEN_PROBLEM_ROW (object);

  switch (prop_id)
    {
    case PROP_DIAGNOSTIC:
      self->diagnostic = g_value_dup_object (value);
      break;

    case PROP_ACKNOWLEDGEMENT:
      self->acknowledgement = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_problem_row_dispose (GObject *object)
{
  RegimenProblemRow *self = REGIMEN_PROBLEM_ROW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->diagnostic);
  g_clear_object (&self->acknowledgement);

  G_OBJECT_CLASS (regimen_problem_row_parent_class)->dispose (object);
}

static void
regimen_problem_row_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  RegimenProblemRow *self = REGIMEN_PROBLEM_ROW (widget);

  /* GTK keeps the answer to the measure before the style: asked again,
   * the row would say it needs no room, and be drawn at the list row's
   * least height. Its words' own style does not always change their size
   * (their font was given before: regimen_widget_measure_text_as_drawn()),
   * so nothing else has GTK ask again. */
  if (!self->styled)
    {
      self->styled = TRUE;
      gtk_widget_queue_resize (widget);
    }

  GTK_WIDGET_CLASS (regimen_problem_row_parent_class)->css_changed (widget, change);
}

/* A row made while its window is shown (the panel revealed, another week
 * with other problems) is measured in the next frame before GTK gives it
 * its style: GdkSurface asks the window for its size first, then the
 * window validates the style of what is new, which changes the words'
 * font and makes the frame measure the row again. The first answer is
 * thrown away, but each wrapping message is laid out for it all the
 * same; a row without its style answers that it needs no room. */
static void
regimen_problem_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  RegimenProblemRow *self = REGIMEN_PROBLEM_ROW (widget);

  if (!self->styled)
    {
      *minimum = *natural = 0;
      return;
    }

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
regimen_problem_row_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (REGIMEN_PROBLEM_ROW (widget)->box);
}

static void
regimen_problem_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  gtk_widget_allocate (REGIMEN_PROBLEM_ROW (widget)->box, width, height, baseline, NULL);
}

static void
regimen_problem_row_class_init (RegimenProblemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = regimen_problem_row_constructed;
  object_class->get_property = regimen_problem_row_get_property;
  object_class->set_property = regimen_problem_row_set_property;
  object_class->dispose = regimen_problem_row_dispose;

  properties[PROP_DIAGNOSTIC] =
    g_param_spec_object ("diagnostic", NULL, NULL,
                         REGIMEN_TYPE_DIAGNOSTIC,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACKNOWLEDGEMENT] =
    g_param_spec_object ("acknowledgement", NULL, NULL,
                         REGIMEN_TYPE_ACKNOWLEDGEMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->css_changed = regimen_problem_row_css_changed;
  widget_class->measure = regimen_problem_row_measure;
  widget_class->get_request_mode = regimen_problem_row_get_request_mode;
  widget_class->size_allocate = regimen_problem_row_size_allocate;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
regimen_problem_row_init (RegimenProblemRow *self)
{
  GtkWidget *texts;

  /* Made here rather than from a template, which each row of the check
   * panel's first page would parse again before the first frame that
   * shows the check: the same widgets, each set as the template set it.
   * A grid, not a horizontal box: a box measures the wrapping message's
   * width for the row's height on every allocation, a text layout search
   * per row; a grid asks for it once. */
  self->box = g_object_new (GTK_TYPE_GRID,
                            "column-spacing", 10,
                            "margin-top", 6,
                            "margin-bottom", 6,
                            NULL);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->icon = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                        "valign", GTK_ALIGN_START,
                                        "margin-top", 2,
                                        NULL));
  gtk_grid_attach (GTK_GRID (self->box), GTK_WIDGET (self->icon), 0, 0, 1, 1);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_grid_attach (GTK_GRID (self->box), texts, 1, 0, 1, 1);

  /* Words broken only where one is wider than the panel: the rows are
   * built as the panel scrolls, and the longest word of a row built later
   * must not widen the panel then. Asked only for its height at the
   * panel's width (see regimen-wrap-bin.c): a week switch moves the rows
   * of the two weeks' problems, which measures them again. */
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->message, 0);
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_wrap_mode (self->message, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (texts), regimen_wrap_bin_new (GTK_WIDGET (self->message)));

  self->subtitle = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->subtitle, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle), "dim-label");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->subtitle));

  /* The planner's reason, when the finding is acknowledged. */
  self->reason = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->reason, 0);
  gtk_label_set_wrap (self->reason, TRUE);
  gtk_label_set_wrap_mode (self->reason, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->reason), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->reason), "success");
  gtk_box_append (GTK_BOX (texts), regimen_wrap_bin_new (GTK_WIDGET (self->reason)));

  self->acknowledge = GTK_BUTTON (gtk_button_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->acknowledge), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->acknowledge), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->acknowledge), "caption");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->acknowledge));

  self->why = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->why, "help-about-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->why), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->why), _("Why This Matters"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->why),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Why This Matters"),
                                  -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->why), "flat");
  gtk_grid_attach (GTK_GRID (self->box), GTK_WIDGET (self->why), 2, 0, 1, 1);

  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));
}

/**
 * regimen_problem_row_new:
 * @diagnostic: the problem shown
 * @acknowledgement: (nullable): the plan's acknowledgement of it
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
regimen_problem_row_new (RegimenDiagnostic      *diagnostic,
                         RegimenAcknowledgement *acknowledgement)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (diagnostic), NULL);
  g_return_val_if_fail (acknowledgement == NULL || REGIMEN_IS_ACKNOWLEDGEMENT (acknowledgement), NULL);

  return g_object_new (REGIMEN_TYPE_PROBLEM_ROW,
                       "diagnostic", diagnostic,
                       "acknowledgement", acknowledgement,
                       NULL);
}

/**
 * regimen_problem_row_get_diagnostic:
 *
 * Returns: (transfer none): the problem the row shows
 */
RegimenDiagnostic *
regimen_problem_row_get_diagnostic (RegimenProblemRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_PROBLEM_ROW (self), NULL);

  return self->diagnostic;
}

/**
 * regimen_problem_row_get_acknowledgement:
 *
 * Returns: (transfer none) (nullable): the plan's acknowledgement of the
 *   problem the row shows
 */
RegimenAcknowledgement *
regimen_problem_row_get_acknowledgement (RegimenProblemRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_PROBLEM_ROW (self), NULL);

  return self->acknowledgement;
}

/**
 * regimen_problem_row_set_diagnostic:
 * @self: a #RegimenProblemRow
 * @diagnostic: a finding of a later check that is the same problem: the
 *   same key, severity and message
 *
 * The row stands for @diagnostic from now on; what it shows stays.
 */
void
regimen_problem_row_set_diagnostic (RegimenProblemRow *self,
                                    RegimenDiagnostic *diagnostic)
{
  g_return_if_fail (REGIMEN_IS_PROBLEM_ROW (self));
  g_return_if_fail (REGIMEN_IS_DIAGNOSTIC (diagnostic));
  g_return_if_fail (g_str_equal (regimen_diagnostic_get_key (diagnostic), regimen_diagnostic_get_key (self->diagnostic)));

  g_set_object (&self->diagnostic, diagnostic);
}

/**
 * regimen_problem_row_rebind:
 * @self: a #RegimenProblemRow
 * @diagnostic: the problem the row shows from now on
 * @acknowledgement: (nullable): the plan's acknowledgement of it
 *
 * Shows another problem in the row, as a row made for it would: the
 * check panel gives the rows it no longer shows to the problems of a
 * week it shows for the first time, instead of building rows and letting
 * go of others.
 */
void
regimen_problem_row_rebind (RegimenProblemRow      *self,
                            RegimenDiagnostic      *diagnostic,
                            RegimenAcknowledgement *acknowledgement)
{
  g_return_if_fail (REGIMEN_IS_PROBLEM_ROW (self));
  g_return_if_fail (REGIMEN_IS_DIAGNOSTIC (diagnostic));
  g_return_if_fail (acknowledgement == NULL || REGIMEN_IS_ACKNOWLEDGEMENT (acknowledgement));

  g_set_object (&self->diagnostic, diagnostic);
  g_set_object (&self->acknowledgement, acknowledgement);
  show_problem (self);
}
