/* regimen-item-editor.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The popover that edits one exercise of a session. Values are checked as
 * they are typed: spin buttons keep numbers in the plan's ranges, and a
 * tempo that is not four digits or X (packed or with dashes) is marked and
 * not applied. */

#define G_LOG_DOMAIN "regimen-item-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "regimen-item-editor.h"
#include "regimen-prescription-text.h"
#include "regimen-widget-util.h"

struct _RegimenItemEditor
{
  GtkPopover     parent_instance;

  GtkLabel      *name_label;
  GtkScrolledWindow *scroller;
  GtkSpinButton *sets_spin;
  GtkSpinButton *reps_spin;
  GtkSpinButton *hold_spin;
  GtkSwitch     *per_side_check;
  GtkSwitch     *warm_up_check;
  GtkEntry      *tempo_entry;
  GtkSpinButton *rest_spin;
  GtkLabel      *load_spin_label;
  GtkSpinButton *load_spin;
  GtkSpinButton *load_kg_spin;
  GtkEntry      *group_entry;
  GtkSpinButton *work_spin;
  GtkSpinButton *interval_rest_spin;
  GtkSpinButton *rounds_spin;
  GtkEntry      *notes_entry;
  GtkExpander   *progression_expander;
  GtkLabel      *progression_note;
  GtkDropDown   *progression_rule;
  GtkSpinButton *progression_step_spin;
  GtkSpinButton *progression_cap_spin;
  GtkSpinButton *progression_every_spin;
  GtkSpinButton *progression_weeks_spin;
  GtkCheckButton *progression_whole_week;
  GtkWidget     *apply_button;

  RegimenPlan   *plan;
  RegimenItem   *item;
  /* The unit loads in kg are shown and typed in. */
  RegimenLoadUnit unit;
  /* A kg rule's step and cap as the plan holds them, and as the fields
   * show them in the person's unit: Apply with the fields as shown
   * keeps the plan's kilograms (a pound converted back is not always
   * the same number of kilograms to the last bit). */
  double         rule_step_kg;
  double         rule_cap_kg;
  double         rule_step_shown;
  double         rule_cap_shown;
  /* Whether the week holds the exercise on other days too. */
  gboolean       other_days;
  /* Whether the item takes a rule: no earlier week's rule wrote it, and
   * its week is not its block's last (the core's answer). */
  gboolean       takes_rule;
  gboolean       loading;
};

G_DEFINE_FINAL_TYPE (RegimenItemEditor, regimen_item_editor, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
text_or_null (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return *text != '\0' ? text : NULL;
}

static void
apply_uint (RegimenItemEditor *self,
            RegimenItemField   field,
            GtkSpinButton     *spin)
{
  regimen_plan_edit_item_uint (self->plan, self->item, field, gtk_spin_button_get_value_as_int (spin));
}

static void
on_field_changed (RegimenItemEditor *self,
                  GtkWidget         *sender)
{
  if (self->loading)
    return;

  if (sender == GTK_WIDGET (self->sets_spin))
    apply_uint (self, REGIMEN_ITEM_FIELD_SETS, self->sets_spin);
  else if (sender == GTK_WIDGET (self->reps_spin))
    apply_uint (self, REGIMEN_ITEM_FIELD_REPS, self->reps_spin);
  else if (sender == GTK_WIDGET (self->hold_spin))
    apply_uint (self, REGIMEN_ITEM_FIELD_HOLD_SECONDS, self->hold_spin);
  else if (sender == GTK_WIDGET (self->rest_spin))
    apply_uint (self, REGIMEN_ITEM_FIELD_REST_SECONDS, self->rest_spin);
  else if (sender == GTK_WIDGET (self->per_side_check))
    regimen_plan_edit_item_per_side (self->plan, self->item,
                                     gtk_switch_get_active (self->per_side_check));
  else if (sender == GTK_WIDGET (self->warm_up_check))
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_BOOLEAN);
      g_value_set_boolean (&value, gtk_switch_get_active (self->warm_up_check));
      regimen_plan_edit_item (self->plan, self->item, REGIMEN_ITEM_FIELD_WARM_UP, &value);
    }
  else if (sender == GTK_WIDGET (self->load_spin))
    {
      int percent = gtk_spin_button_get_value_as_int (self->load_spin);

      regimen_plan_edit_item_load_percent_1rm (self->plan, self->item,
                                               percent > 0 ? percent : REGIMEN_ITEM_NO_LOAD);
    }
  else if (sender == GTK_WIDGET (self->load_kg_spin))
    {
      double shown = gtk_spin_button_get_value (self->load_kg_spin);

      regimen_plan_edit_item_load_kg (self->plan, self->item,
                                      shown > 0 ? regimen_load_to_kg_bounded (shown, self->unit, REGIMEN_LOAD_KG_MAX)
                                                : REGIMEN_ITEM_NO_LOAD);
    }
  else if (sender == GTK_WIDGET (self->tempo_entry))
    {
      const char *text = text_or_null (self->tempo_entry);
      /* Typed packed (“3010”) or as shown (“3-0-1-0”); stored packed. */
      g_autofree char *tempo = text != NULL ? regimen_tempo_from_text (text) : NULL;
      gboolean valid = text == NULL || tempo != NULL;

      if (valid)
        {
          gtk_widget_remove_css_class (GTK_WIDGET (self->tempo_entry), "error");
          gtk_accessible_reset_state (GTK_ACCESSIBLE (self->tempo_entry), GTK_ACCESSIBLE_STATE_INVALID);
          regimen_plan_edit_item_string (self->plan, self->item, REGIMEN_ITEM_FIELD_TEMPO, tempo);
        }
      else
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->tempo_entry), "error");
          gtk_accessible_update_state (GTK_ACCESSIBLE (self->tempo_entry),
                                       GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                       -1);
        }
    }
  else if (sender == GTK_WIDGET (self->group_entry))
    regimen_plan_edit_item_string (self->plan, self->item, REGIMEN_ITEM_FIELD_GROUP,
                                   text_or_null (self->group_entry));
  else if (sender == GTK_WIDGET (self->notes_entry))
    regimen_plan_edit_item_string (self->plan, self->item, REGIMEN_ITEM_FIELD_NOTES,
                                   text_or_null (self->notes_entry));
  else if (sender == GTK_WIDGET (self->work_spin)
           || sender == GTK_WIDGET (self->interval_rest_spin)
           || sender == GTK_WIDGET (self->rounds_spin))
    {
      g_autoptr(RegimenInterval) interval =
        regimen_interval_new (gtk_spin_button_get_value_as_int (self->work_spin),
                              gtk_spin_button_get_value_as_int (self->interval_rest_spin),
                              gtk_spin_button_get_value_as_int (self->rounds_spin));

      /* An interval needs work and rounds; until both are there the plan
       * keeps the last complete one. */
      if (interval->work_seconds > 0 && interval->rounds > 0)
        regimen_plan_edit_item_interval (self->plan, self->item, interval);
    }
}

static void
on_per_side_active (RegimenItemEditor *self,
                    GParamSpec        *pspec,
                    GtkSwitch         *sender)
{
  on_field_changed (self, GTK_WIDGET (sender));
}

static void
regimen_item_editor_delete_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  RegimenItemEditor *self = REGIMEN_ITEM_EDITOR (widget);
  g_autoptr(RegimenItem) item = g_object_ref (self->item);
  g_autoptr(RegimenPlan) plan = g_object_ref (self->plan);
  g_autofree char *name = g_strdup (gtk_label_get_label (self->name_label));
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_popover_popdown (GTK_POPOVER (self));
  if (regimen_plan_delete_item (plan, item))
    regimen_offer_undo (root, name);
}

/* The choices of the Progression row, in the order of its drop-down:
 * none, add to one of the members, the chain, repeat. The template lists
 * them but the load in kg, whose name says the person's unit. */
#define PROGRESSION_CHOICE_KG 2

static const struct
{
  const char *rule;
  const char *member;
} progression_choices[] = {
  { "none", "" },
  { "add", "load_percent_1rm" },
  [PROGRESSION_CHOICE_KG] = { "add", "load_kg" },
  { "add", "sets" },
  { "add", "reps" },
  { "add", "hold_seconds" },
  { "add", "rounds" },
  { "chain", "" },
  { "repeat", "" },
};

static guint
progression_choice (const RegimenProgression *progression)
{
  if (progression == NULL)
    return 0;

  for (guint i = 1; i < G_N_ELEMENTS (progression_choices); i++)
    if (g_str_equal (progression_choices[i].rule, regimen_progression_rule_to_string (progression->rule)) &&
        (progression->rule != REGIMEN_PROGRESSION_ADD ||
         g_str_equal (progression_choices[i].member,
                      regimen_progression_quantity_to_string (progression->quantity))))
      return i;

  return 0;
}

/* Shows or hides a field with the label that names it. */
static void
set_field_visible (GtkWidget *field,
                   gboolean   visible)
{
  GList *labels = gtk_widget_list_mnemonic_labels (field);

  gtk_widget_set_visible (field, visible);
  for (GList *l = labels; l != NULL; l = l->next)
    gtk_widget_set_visible (l->data, visible);
  g_list_free (labels);
}

/* The least of the fields the editor shows, scrolled, however low the
 * room: about three rows. */
#define MIN_FIELDS_HEIGHT 120

/* A popover opens above or below what it points at and runs off the
 * screen when taller than the room on either side (GTK flips it but
 * never shrinks it): the fields scroll within what the larger side
 * leaves after the heading and the buttons, so that Apply and Remove
 * are always in sight. The window stands for the screen, which a
 * window on X11 or Wayland cannot read its place on. */
static void
fit_to_room (RegimenItemEditor *self)
{
  GtkWidget *anchor = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkRoot *root = anchor != NULL ? gtk_widget_get_root (anchor) : NULL;
  graphene_rect_t bounds;
  int window_height, room, popover_height, fields_height, cap;

  if (root == NULL || !gtk_widget_compute_bounds (anchor, GTK_WIDGET (root), &bounds))
    return;

  window_height = gtk_widget_get_height (GTK_WIDGET (root));
  switch (gtk_popover_get_position (GTK_POPOVER (self)))
    {
    case GTK_POS_LEFT:
    case GTK_POS_RIGHT:
      room = window_height;
      break;

    case GTK_POS_TOP:
    case GTK_POS_BOTTOM:
    default:
      room = (int) MAX (bounds.origin.y, window_height - (bounds.origin.y + bounds.size.height));
    }

  /* The heights wanted with nothing scrolled: the popover's (its arrow
   * and shadow included) and the fields'. */
  gtk_scrolled_window_set_max_content_height (self->scroller, -1);
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, -1, NULL, &popover_height, NULL, NULL);
  gtk_widget_measure (gtk_scrolled_window_get_child (self->scroller), GTK_ORIENTATION_VERTICAL, -1,
                      NULL, &fields_height, NULL, NULL);
  if (popover_height <= room)
    return;

  cap = MAX (fields_height - (popover_height - room), MIN_FIELDS_HEIGHT);
  gtk_scrolled_window_set_max_content_height (self->scroller, cap);
}

/* The box for the other days and Apply show with the rule they apply. */
static void
show_footer (RegimenItemEditor *self)
{
  gboolean expanded = gtk_expander_get_expanded (self->progression_expander);

  gtk_widget_set_visible (GTK_WIDGET (self->progression_whole_week), expanded && self->other_days);
  gtk_widget_set_visible (self->apply_button, expanded);
}

static void
on_progression_expanded (RegimenItemEditor *self)
{
  show_footer (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    fit_to_room (self);
}

/* Only the fields the chosen rule reads: a step and a cap to add, the
 * weeks a stage of a chain, and the weeks any rule covers. */
static void
show_progression_fields (RegimenItemEditor *self)
{
  guint choice = gtk_drop_down_get_selected (self->progression_rule);
  gboolean rule = choice > 0 && choice < G_N_ELEMENTS (progression_choices);
  gboolean add = rule && g_str_equal (progression_choices[choice].rule, "add");
  gboolean chain = rule && g_str_equal (progression_choices[choice].rule, "chain");

  set_field_visible (GTK_WIDGET (self->progression_step_spin), add);
  set_field_visible (GTK_WIDGET (self->progression_cap_spin), add);
  set_field_visible (GTK_WIDGET (self->progression_every_spin), chain);
  set_field_visible (GTK_WIDGET (self->progression_weeks_spin), rule);
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    fit_to_room (self);
}

/* In a block's last week a rule has no week to write, and on an item an
 * earlier week's rule wrote a rule would replace it: the core refuses
 * one there, its controls take none, and Apply only removes a rule a
 * file brought there (No progression). */
static void
update_progression_sensitivity (RegimenItemEditor *self)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->progression_step_spin), GTK_WIDGET (self->progression_cap_spin),
    GTK_WIDGET (self->progression_every_spin), GTK_WIDGET (self->progression_weeks_spin),
  };
  gboolean removable = regimen_item_get_progression (self->item) != NULL;
  gboolean removing = gtk_drop_down_get_selected (self->progression_rule) == 0;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_set_sensitive (fields[i], self->takes_rule);
  gtk_widget_set_sensitive (GTK_WIDGET (self->progression_rule), self->takes_rule || removable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->progression_whole_week), self->takes_rule || removable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.apply-progression",
                                 self->takes_rule || (removable && removing));
}

/* Whether the item takes a rule (no earlier week's rule wrote it) and
 * its week does (not its block's last), as the core answers it, and
 * when not its reason under the Progression heading and in the
 * description of each control a screen reader reaches. */
static void
load_takes_rule (RegimenItemEditor *self)
{
  GtkAccessible *described[] = {
    GTK_ACCESSIBLE (self->progression_expander), GTK_ACCESSIBLE (self->progression_rule),
    GTK_ACCESSIBLE (self->progression_step_spin), GTK_ACCESSIBLE (self->progression_cap_spin),
    GTK_ACCESSIBLE (self->progression_every_spin), GTK_ACCESSIBLE (self->progression_weeks_spin),
  };
  int week = regimen_plan_find_week_of_item_id (self->plan, regimen_item_get_id (self->item));
  g_autofree char *why = NULL;

  self->takes_rule = week < 0 || (regimen_plan_item_takes_progression (self->plan, self->item, week, &why)
                                        && regimen_plan_week_takes_progression (self->plan, week, &why));
  gtk_widget_set_visible (GTK_WIDGET (self->progression_note), !self->takes_rule);
  if (self->takes_rule)
    return;

  gtk_label_set_label (self->progression_note, why);
  for (guint i = 0; i < G_N_ELEMENTS (described); i++)
    gtk_accessible_update_property (described[i], GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why, -1);
}

/* The step a rule on what @choice adds to starts from, in the unit the
 * field shows. */
static double
default_step (RegimenItemEditor *self,
              guint              choice)
{
  RegimenProgressionQuantity quantity;

  if (!regimen_progression_quantity_from_string (progression_choices[choice].member, &quantity))
    return 0;

  /* A step in pounds is the plate people add, not 2.5 kg converted. */
  if (quantity == REGIMEN_PROGRESSION_LOAD_KG && self->unit == REGIMEN_LOAD_UNIT_LB)
    return 5;

  return regimen_progression_default_step (quantity);
}

/* A rule chosen for the first time, or another quantity to add to,
 * starts from the usual step and no cap: a step of 0 would be refused
 * and a cap of sets makes no sense in seconds. */
static void
on_progression_rule_selected (RegimenItemEditor *self)
{
  guint choice = gtk_drop_down_get_selected (self->progression_rule);

  show_progression_fields (self);
  update_progression_sensitivity (self);
  if (self->loading || choice >= G_N_ELEMENTS (progression_choices) ||
      !g_str_equal (progression_choices[choice].rule, "add"))
    return;

  gtk_spin_button_set_value (self->progression_step_spin, default_step (self, choice));
  gtk_spin_button_set_value (self->progression_cap_spin, 0);
}

/* The same exercise on two or three days of the week (the pistol path's
 * stages) takes one rule for all of them, unless the person says not. */
static void
load_whole_week (RegimenItemEditor *self)
{
  g_autoptr(GPtrArray) items = regimen_plan_find_items_of_exercise_in_week (self->plan, self->item);
  g_autofree char *label = NULL;

  self->other_days = items->len > 1;
  gtk_check_button_set_active (self->progression_whole_week, self->other_days);
  if (items->len < 2)
    return;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: a check box under an exercise's progression
                                         * rule: apply it to the same exercise on each day of the
                                         * week that has it, “For each of its 3 days this week” */
                                        "_For each of its %u day this week",
                                        "_For each of its %u days this week",
                                        items->len),
                           items->len);
  /* Named once, by its visible text, as every button with a mnemonic is
   * (regimen_accessible_names_fix()); GTK 4.8 sets the label as given,
   * underline and all, as the box's name again, also while it shows. */
  gtk_check_button_set_label (self->progression_whole_week, label);
  regimen_name_mnemonic_button (GTK_WIDGET (self->progression_whole_week));
}

static void
load_progression (RegimenItemEditor *self)
{
  const RegimenProgression *progression = regimen_item_get_progression (self->item);

  load_whole_week (self);
  load_takes_rule (self);

  gtk_drop_down_set_selected (self->progression_rule, progression_choice (progression));
  gtk_expander_set_expanded (self->progression_expander, progression != NULL);
  show_footer (self);
  show_progression_fields (self);
  update_progression_sensitivity (self);
  if (progression == NULL)
    {
      /* What a new rule covers unless the person says otherwise: the
       * rest of the block, a stage every three weeks. */
      gtk_spin_button_set_value (self->progression_every_spin, REGIMEN_PROGRESSION_DEFAULT_STAGE_WEEKS);
      gtk_spin_button_set_value (self->progression_weeks_spin,
                                 regimen_progression_default_weeks (self->plan, self->item));
      return;
    }

  if (progression->rule == REGIMEN_PROGRESSION_ADD && progression->quantity == REGIMEN_PROGRESSION_LOAD_KG)
    {
      self->rule_step_kg = progression->step;
      self->rule_cap_kg = progression->cap;
      self->rule_step_shown = regimen_load_convert (progression->step, REGIMEN_LOAD_UNIT_KG, self->unit);
      self->rule_cap_shown = regimen_load_convert (progression->cap, REGIMEN_LOAD_UNIT_KG, self->unit);
      gtk_spin_button_set_value (self->progression_step_spin, self->rule_step_shown);
      gtk_spin_button_set_value (self->progression_cap_spin, self->rule_cap_shown);
    }
  else
    {
      gtk_spin_button_set_value (self->progression_step_spin, progression->step);
      gtk_spin_button_set_value (self->progression_cap_spin, progression->cap);
    }
  gtk_spin_button_set_value (self->progression_every_spin, MAX (progression->stage_weeks, 1));
  gtk_spin_button_set_value (self->progression_weeks_spin, progression->weeks);
}

/* Hands the rule to the window's action, which runs the plan's command
 * (and reports a rule that does not fit the exercise). */
static void
regimen_item_editor_apply_progression_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  RegimenItemEditor *self = REGIMEN_ITEM_EDITOR (widget);
  guint choice = gtk_drop_down_get_selected (self->progression_rule);
  double step, cap;

  if (choice >= G_N_ELEMENTS (progression_choices))
    return;

  /* A number typed and not yet entered (Alt+A, or a click on Apply
   * straight from the field) counts: else the rule would go with the
   * field's previous value. */
  gtk_spin_button_update (self->progression_step_spin);
  gtk_spin_button_update (self->progression_cap_spin);
  gtk_spin_button_update (self->progression_every_spin);
  gtk_spin_button_update (self->progression_weeks_spin);
  step = gtk_spin_button_get_value (self->progression_step_spin);
  cap = gtk_spin_button_get_value (self->progression_cap_spin);

  /* The plan holds a load in kg; the person typed it in their unit. */
  if (choice == PROGRESSION_CHOICE_KG)
    {
      step = step == self->rule_step_shown ? self->rule_step_kg : regimen_load_to_kg (step, self->unit);
      cap = cap == self->rule_cap_shown ? self->rule_cap_kg : regimen_load_to_kg (cap, self->unit);
    }

  gtk_widget_activate_action (widget, "win.apply-progression", "(sssdduub)",
                              regimen_item_get_id (self->item),
                              progression_choices[choice].rule,
                              progression_choices[choice].member,
                              step,
                              cap,
                              (guint32) gtk_spin_button_get_value_as_int (self->progression_every_spin),
                              (guint32) gtk_spin_button_get_value_as_int (self->progression_weeks_spin),
                              self->other_days && gtk_check_button_get_active (self->progression_whole_week));
}

static void
regimen_item_editor_show (GtkWidget *widget)
{
  fit_to_room (REGIMEN_ITEM_EDITOR (widget));

  GTK_WIDGET_CLASS (regimen_item_editor_parent_class)->show (widget);
}

static void
regimen_item_editor_closed (GtkPopover *popover)
{
  RegimenItemEditor *self = REGIMEN_ITEM_EDITOR (popover);

  if (self->plan != NULL)
    regimen_plan_seal_edit (self->plan);
}

static void
regimen_item_editor_dispose (GObject *object)
{
  RegimenItemEditor *self = REGIMEN_ITEM_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_ITEM_EDITOR);
  g_clear_object (&self->plan);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (regimen_item_editor_parent_class)->dispose (object);
}

/* Intervals and sets are two ways to prescribe: show the fields of one. */
static void
show_rows (RegimenItemEditor *self,
           gboolean           interval)
{
  GtkWidget *set_widgets[] = {
    GTK_WIDGET (self->sets_spin), GTK_WIDGET (self->reps_spin), GTK_WIDGET (self->hold_spin),
    GTK_WIDGET (self->per_side_check), GTK_WIDGET (self->tempo_entry), GTK_WIDGET (self->rest_spin),
    GTK_WIDGET (self->load_spin), GTK_WIDGET (self->load_kg_spin),
  };
  GtkWidget *interval_widgets[] = {
    GTK_WIDGET (self->work_spin), GTK_WIDGET (self->interval_rest_spin), GTK_WIDGET (self->rounds_spin),
  };

  for (guint i = 0; i < G_N_ELEMENTS (set_widgets); i++)
    set_field_visible (set_widgets[i], !interval);

  for (guint i = 0; i < G_N_ELEMENTS (interval_widgets); i++)
    set_field_visible (interval_widgets[i], interval);
}

/* The load field and the kg rule in the person's unit. */
static void
set_up_unit (RegimenItemEditor *self)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->load_kg_spin);
  GtkStringList *choices = GTK_STRING_LIST (gtk_drop_down_get_model (self->progression_rule));
  gboolean pounds = self->unit == REGIMEN_LOAD_UNIT_LB;
  const char *choice = pounds ? _("Add load (lb)") : _("Add load (kg)");

  /* Translators: the label of the two load fields, percent of 1RM and kilograms (or pounds) */
  gtk_label_set_label (self->load_spin_label, pounds ? _("_Load (% 1RM · lb)") : _("_Load (% 1RM · kg)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->load_kg_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pounds ? _("Load in pounds") : _("Load in kilograms"),
                                  -1);
  gtk_adjustment_set_upper (adjustment,
                            regimen_load_convert (REGIMEN_LOAD_KG_MAX, REGIMEN_LOAD_UNIT_KG, self->unit));
  gtk_adjustment_set_step_increment (adjustment, pounds ? 5 : 2.5);
  gtk_spin_button_set_digits (self->load_kg_spin, pounds ? 1 : 2);
  gtk_string_list_splice (choices, PROGRESSION_CHOICE_KG, 0, (const char * const[]) { choice, NULL });
}

static void
regimen_item_editor_constructed (GObject *object)
{
  RegimenItemEditor *self = REGIMEN_ITEM_EDITOR (object);
  RegimenItem *item = self->item;
  const RegimenInterval *interval = regimen_item_get_interval (item);

  G_OBJECT_CLASS (regimen_item_editor_parent_class)->constructed (object);

  self->loading = TRUE;
  self->unit = regimen_preferred_load_unit ();
  set_up_unit (self);
  gtk_spin_button_set_value (self->sets_spin, regimen_item_get_sets (item));
  gtk_spin_button_set_value (self->reps_spin, regimen_item_get_reps (item));
  gtk_spin_button_set_value (self->hold_spin, regimen_item_get_hold_seconds (item));
  gtk_switch_set_active (self->per_side_check, regimen_item_get_per_side (item));
  gtk_switch_set_active (self->warm_up_check, regimen_item_get_warm_up (item));
  if (regimen_item_get_tempo (item) != NULL)
    {
      g_autofree char *tempo = regimen_tempo_format (regimen_item_get_tempo (item));

      gtk_editable_set_text (GTK_EDITABLE (self->tempo_entry), tempo);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self->tempo_entry), "");
  gtk_spin_button_set_value (self->rest_spin, regimen_item_get_rest_seconds (item));
  gtk_spin_button_set_value (self->load_spin,
                             regimen_item_has_load_percent_1rm (item) ? regimen_item_get_load_percent_1rm (item) : 0);
  gtk_spin_button_set_value (self->load_kg_spin,
                             regimen_item_has_load_kg (item)
                             ? regimen_load_convert (regimen_item_get_load_kg (item), REGIMEN_LOAD_UNIT_KG, self->unit)
                             : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->group_entry),
                         regimen_item_get_group (item) != NULL ? regimen_item_get_group (item) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_entry),
                         regimen_item_get_notes (item) != NULL ? regimen_item_get_notes (item) : "");
  if (interval != NULL)
    {
      gtk_spin_button_set_value (self->work_spin, interval->work_seconds);
      gtk_spin_button_set_value (self->interval_rest_spin, interval->rest_seconds);
      gtk_spin_button_set_value (self->rounds_spin, interval->rounds);
    }
  show_rows (self, interval != NULL);
  load_progression (self);
  self->loading = FALSE;
}

static void
regimen_item_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RegimenItemEditor *self = REGIMEN_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_item_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RegimenItemEditor *self = REGIMEN_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_item_editor_class_init (RegimenItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkPopoverClass *popover_class = GTK_POPOVER_CLASS (klass);

  object_class->constructed = regimen_item_editor_constructed;
  object_class->get_property = regimen_item_editor_get_property;
  object_class->set_property = regimen_item_editor_set_property;
  object_class->dispose = regimen_item_editor_dispose;
  widget_class->show = regimen_item_editor_show;
  popover_class->closed = regimen_item_editor_closed;

  /* The plan the edits go to. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The exercise of a session the popover edits. */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         REGIMEN_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, name_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, sets_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, hold_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, per_side_check);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, warm_up_check);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, tempo_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, rest_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, load_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, load_spin_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, load_kg_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, group_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, work_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, interval_rest_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, rounds_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, notes_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_expander);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_note);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_rule);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_step_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_cap_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_every_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_weeks_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, progression_whole_week);
  gtk_widget_class_bind_template_child (widget_class, RegimenItemEditor, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_per_side_active);
  gtk_widget_class_bind_template_callback (widget_class, on_progression_rule_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_progression_expanded);

  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, regimen_item_editor_delete_action);
  gtk_widget_class_install_action (widget_class, "editor.apply-progression", NULL,
                                   regimen_item_editor_apply_progression_action);
}

static void
regimen_item_editor_init (RegimenItemEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  regimen_drop_down_name_button (self->progression_rule);
  regimen_editable_limit_text (GTK_EDITABLE (self->notes_entry));
  regimen_editable_limit_text (GTK_EDITABLE (self->group_entry));
  /* Fields of numbers with a fraction, which they show rounded (a
   * percentage of 1RM too: a rule writes 52.5 %). */
  regimen_spin_button_read_typed (self->load_spin);
  regimen_spin_button_read_typed (self->load_kg_spin);
  regimen_spin_button_read_typed (self->progression_step_spin);
  regimen_spin_button_read_typed (self->progression_cap_spin);
  /* Whole numbers too, for what a number typed past their limits is set
   * to to be said (50 sets were 20 without a word). */
  regimen_spin_button_read_typed (self->sets_spin);
  regimen_spin_button_read_typed (self->reps_spin);
  regimen_spin_button_read_typed (self->hold_spin);
  regimen_spin_button_read_typed (self->rest_spin);
  regimen_spin_button_read_typed (self->work_spin);
  regimen_spin_button_read_typed (self->interval_rest_spin);
  regimen_spin_button_read_typed (self->rounds_spin);
  regimen_spin_button_read_typed (self->progression_every_spin);
  regimen_spin_button_read_typed (self->progression_weeks_spin);
}

GtkWidget *
regimen_item_editor_new (RegimenPlan *plan,
                         RegimenItem *item,
                         const char  *name)
{
  RegimenItemEditor *self;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);

  self = g_object_new (REGIMEN_TYPE_ITEM_EDITOR,
                       "plan", plan,
                       "item", item,
                       NULL);
  gtk_label_set_label (self->name_label, name);

  return GTK_WIDGET (self);
}

RegimenPlan *
regimen_item_editor_get_plan (RegimenItemEditor *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM_EDITOR (self), NULL);

  return self->plan;
}

RegimenItem *
regimen_item_editor_get_item (RegimenItemEditor *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM_EDITOR (self), NULL);

  return self->item;
}
