/* regimen-window-blocks.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Blocks of weeks, lighter weeks, and copying and inserting weeks, from
 * the week menu's Week and Block sections and their shortcuts. Every
 * action works on the week in view or on its block and runs one command
 * of the core (src/core/regimen-plan-blocks.c), one undo step. Those that
 * need a choice ask for it in a message dialog first; a week with a
 * logged session is refused by the core, and the person is then asked
 * whether to change it anyway (the commands' force flag). */

#define G_LOG_DOMAIN "regimen-window-blocks"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-widget-util.h"
#include "regimen-window-private.h"

/* The most characters of a block's name its questions and toasts say. */
#define BLOCK_NAME_CHARS 80

typedef enum
{
  BLOCK_EDIT_LIGHTER_WEEK,
  BLOCK_EDIT_LIGHTER_WEEKS,
  BLOCK_EDIT_COPY_WEEK,
  BLOCK_EDIT_COPY_BLOCK,
  BLOCK_EDIT_NEW_BLOCK,
  BLOCK_EDIT_EDIT_BLOCK,
  BLOCK_EDIT_DELETE_BLOCK,
  BLOCK_EDIT_DELETE_WEEK,
} BlockEditKind;

/* One dialog's question and, once answered, what to change: kept until
 * the last dialog about it (the question about a logged week) is gone. */
typedef struct
{
  RegimenWindow *window;
  /* The answer applies to this plan only, not to one opened meanwhile. */
  RegimenPlan   *plan;
  BlockEditKind  kind;
  guint          week;
  guint          block;

  /* The dialog's controls (those its kind has), until it answers. */
  GtkSpinButton *volume_spin;
  GtkSpinButton *intensity_spin;
  GtkSpinButton *count_spin;
  GtkEditable   *name_entry;
  GtkEditable   *goal_entry;
  GPtrArray     *week_checks;
  AdwActionRow  *place_row;
  AdwMessageDialog *dialog;

  /* The answer. */
  double         volume;
  double         intensity;
  guint          count;
  char          *name;
  char          *goal;
  GArray        *targets;
} BlockEdit;

static void
block_edit_clear (BlockEdit *edit)
{
  g_clear_object (&edit->window);
  g_clear_object (&edit->plan);
  g_clear_pointer (&edit->week_checks, g_ptr_array_unref);
  g_clear_pointer (&edit->name, g_free);
  g_clear_pointer (&edit->goal, g_free);
  g_clear_pointer (&edit->targets, g_array_unref);
}

static BlockEdit *
block_edit_new (RegimenWindow *self,
                BlockEditKind  kind)
{
  BlockEdit *edit = g_rc_box_new0 (BlockEdit);

  edit->window = g_object_ref (self);
  edit->plan = g_object_ref (self->plan);
  edit->kind = kind;
  edit->week = regimen_week_view_get_week (self->week_view);
  regimen_plan_find_block_of_week (self->plan, edit->week, &edit->block, NULL, NULL);

  return edit;
}

static void
block_edit_unref (BlockEdit *edit)
{
  g_rc_box_release_full (edit, (GDestroyNotify) block_edit_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlockEdit, block_edit_unref)

static void
block_edit_release (gpointer  data,
                    GClosure *closure)
{
  block_edit_unref (data);
}

/* A block's name as the window's questions and toasts say it: on one
 * line and cut short, so that a name of thousands of lines cannot push a
 * dialog's buttons off the screen. */
static char *
block_name (RegimenPlan *plan,
            guint        block)
{
  return regimen_text_one_line (regimen_block_get_name (regimen_plan_get_block (plan, block)), BLOCK_NAME_CHARS);
}

/* Runs the answered dialog's command; FALSE with @error when a logged
 * week refused it, FALSE without when nothing changed. */
static gboolean
block_edit_run (BlockEdit  *edit,
                gboolean    force,
                GError    **error)
{
  gboolean changed = TRUE;

  switch (edit->kind)
    {
    case BLOCK_EDIT_LIGHTER_WEEK:
      return regimen_plan_make_lighter_week (edit->plan, edit->week, edit->volume, edit->intensity, force, error);
    case BLOCK_EDIT_LIGHTER_WEEKS:
      return regimen_plan_add_lighter_weeks (edit->plan, edit->block, edit->count, edit->volume, edit->intensity,
                                             force, error);
    /* A copy onto weeks that hold the same already is taken back by the
     * core, as regimen-cli's “Nothing changed” says: not “copied”. */
    case BLOCK_EDIT_COPY_WEEK:
      return regimen_plan_copy_week (edit->plan, edit->week, (const guint *) edit->targets->data,
                                     edit->targets->len, force, &changed, error)
             && changed;
    case BLOCK_EDIT_COPY_BLOCK:
      return regimen_plan_copy_block (edit->plan, edit->block, edit->count, force, &changed, error) && changed;
    case BLOCK_EDIT_NEW_BLOCK:
      {
        /* The new block's index, for showing it afterwards. */
        return regimen_plan_new_block_place (edit->plan, edit->week, &edit->block, NULL)
               && regimen_plan_add_block (edit->plan, edit->block, edit->name, edit->goal, edit->count);
      }
    case BLOCK_EDIT_EDIT_BLOCK:
      return regimen_plan_edit_block (edit->plan, edit->block, edit->name, edit->goal, edit->count, force, error);
    case BLOCK_EDIT_DELETE_BLOCK:
      return regimen_plan_delete_block (edit->plan, edit->block, TRUE, force, error);
    case BLOCK_EDIT_DELETE_WEEK:
      return regimen_plan_remove_weeks (edit->plan, edit->week, 1, force, error);
    default:
      g_assert_not_reached ();
    }
}

/* What the person sees after the change went through. */
static void
block_edit_done (BlockEdit *edit)
{
  RegimenWindow *self = edit->window;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  switch (edit->kind)
    {
    case BLOCK_EDIT_COPY_WEEK:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: a toast after copying a week onto others */
                                              "Week %u copied to %u week", "Week %u copied to %u weeks",
                                              edit->targets->len),
                                 edit->week + 1, edit->targets->len);
      break;
    case BLOCK_EDIT_COPY_BLOCK:
      name = block_name (edit->plan, edit->block);
      /* Translators: a toast after copying a block's weeks, “Accumulation copied from week 7 on” */
      message = g_strdup_printf (_("%s copied from week %u on"), name, edit->count + 1);
      break;
    case BLOCK_EDIT_NEW_BLOCK:
      {
        guint first;

        if (regimen_plan_get_block_range (edit->plan, edit->block, &first, NULL))
          regimen_week_view_set_week (self->week_view, first);
      }
      break;
    case BLOCK_EDIT_EDIT_BLOCK:
      {
        guint first;
        guint length;

        /* The week in view went with the block's last weeks: its new last
         * week shows, not a week of the block after it. */
        if (regimen_plan_get_block_range (edit->plan, edit->block, &first, &length) && edit->week >= first + length)
          regimen_week_view_set_week (self->week_view, first + length - 1);
      }
      break;
    case BLOCK_EDIT_DELETE_BLOCK:
      /* Translators: a toast after deleting a block, with an Undo button */
      message = g_strdup_printf (_("Block %s deleted"), edit->name);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.undo-toast", "s", message);
      return;
    case BLOCK_EDIT_DELETE_WEEK:
      /* Translators: a toast after deleting a week, with an Undo button */
      message = g_strdup_printf (_("Week %u deleted"), edit->week + 1);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.undo-toast", "s", message);
      return;
    case BLOCK_EDIT_LIGHTER_WEEK:
    case BLOCK_EDIT_LIGHTER_WEEKS:
    default:
      break;
    }

  if (message != NULL)
    _regimen_window_show_toast (self, message);
}

static void
on_force_response (AdwMessageDialog *dialog,
                   const char       *response,
                   BlockEdit        *edit)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "change") || edit->plan != edit->window->plan)
    return;

  /* A trained week may be changed now, but copies onto it may still make
   * the plan too large: the toast says so. */
  if (block_edit_run (edit, TRUE, &error))
    block_edit_done (edit);
  else if (error != NULL)
    _regimen_window_show_toast (edit->window, error->message);
}

static void
block_edit_apply (BlockEdit *edit)
{
  RegimenWindow *self = edit->window;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  const char *answer;

  if (edit->plan != self->plan)
    return;

  if (block_edit_run (edit, FALSE, &error))
    {
      block_edit_done (edit);
      return;
    }

  if (error == NULL)
    {
      /* Translators: a toast when a block or week command found nothing to change */
      _regimen_window_show_toast (self, _("Nothing to change"));
      return;
    }

  /* Refused for another reason (copies that would make the plan larger
   * than Regimen can open): the toast says which. */
  if (!g_error_matches (error, REGIMEN_PLAN_BLOCKS_ERROR, REGIMEN_PLAN_BLOCKS_ERROR_LOGGED))
    {
      _regimen_window_show_toast (self, error->message);
      return;
    }

  /* Refused: a trained week keeps what it was trained against unless the
   * person says otherwise. The question says what the answer does: delete
   * the week (or the block with it), or change it. */
  if (edit->kind == BLOCK_EDIT_DELETE_BLOCK || edit->kind == BLOCK_EDIT_DELETE_WEEK
      || edit->kind == BLOCK_EDIT_EDIT_BLOCK)
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Delete a Trained Week?"), NULL));
  else
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Change a Trained Week?"), NULL));
  if (edit->kind == BLOCK_EDIT_DELETE_BLOCK || edit->kind == BLOCK_EDIT_DELETE_WEEK)
    /* Translators: the question before deleting a week, or a block with its weeks, when one has a logged
     * session; %s says which week */
    adw_message_dialog_format_body (dialog, _("%s. Deleting it removes the week, and its log with it."),
                                    error->message);
  else if (edit->kind == BLOCK_EDIT_EDIT_BLOCK)
    /* Translators: the question before a smaller block removes a week with a logged session; %s says which week */
    adw_message_dialog_format_body (dialog, _("%s. Making the block smaller removes the week, and its log "
                                              "with it."),
                                    error->message);
  else
    /* Translators: the question before changing a week with a logged session; %s says which week */
    adw_message_dialog_format_body (dialog, _("%s. Its log stays, but what was planned changes, so the log "
                                              "no longer shows what it was done against."),
                                    error->message);
  if (edit->kind == BLOCK_EDIT_DELETE_BLOCK)
    /* Translators: the answer that deletes a block with a trained week among its weeks */
    answer = _("_Delete Block");
  else if (edit->kind == BLOCK_EDIT_DELETE_WEEK || edit->kind == BLOCK_EDIT_EDIT_BLOCK)
    /* Translators: the answer that deletes a trained week (or makes a block smaller without it) */
    answer = _("_Delete Week");
  else
    /* Translators: the answer that changes a trained week */
    answer = _("C_hange Anyway");
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "change", answer,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "change", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_force_response),
                         g_rc_box_acquire (edit), block_edit_release, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reads the dialog's controls into the answer; the controls go with the
 * dialog. */
static void
block_edit_read (BlockEdit *edit)
{
  if (edit->volume_spin != NULL)
    edit->volume = gtk_spin_button_get_value (edit->volume_spin) / 100.0;
  if (edit->intensity_spin != NULL)
    edit->intensity = gtk_spin_button_get_value (edit->intensity_spin) / 100.0;
  if (edit->count_spin != NULL)
    edit->count = gtk_spin_button_get_value_as_int (edit->count_spin);
  if (edit->name_entry != NULL)
    edit->name = g_strstrip (g_strdup (gtk_editable_get_text (edit->name_entry)));
  if (edit->goal_entry != NULL)
    edit->goal = g_strstrip (g_strdup (gtk_editable_get_text (edit->goal_entry)));
  if (edit->week_checks != NULL)
    {
      edit->targets = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < edit->week_checks->len; i++)
        {
          GtkCheckButton *check = g_ptr_array_index (edit->week_checks, i);

          if (check != NULL && gtk_check_button_get_active (check))
            g_array_append_val (edit->targets, i);
        }
    }

  /* Copy block asks for the first week as people count. */
  if (edit->kind == BLOCK_EDIT_COPY_BLOCK)
    edit->count--;

  edit->volume_spin = edit->intensity_spin = edit->count_spin = NULL;
  edit->name_entry = edit->goal_entry = NULL;
  edit->place_row = NULL;
  edit->dialog = NULL;
  g_clear_pointer (&edit->week_checks, g_ptr_array_unref);
}

static void
on_dialog_response (AdwMessageDialog *dialog,
                    const char       *response,
                    BlockEdit        *edit)
{
  gboolean apply = !g_str_equal (response, "cancel");

  block_edit_read (edit);
  if (apply)
    block_edit_apply (edit);
}

static AdwMessageDialog *
block_dialog_new (BlockEdit  *edit,
                  const char *heading,
                  const char *body,
                  GtkWidget  *extra,
                  const char *response,
                  const char *response_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (edit->window), heading, body));

  adw_message_dialog_set_extra_child (dialog, extra);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_dialog_response),
                         g_rc_box_acquire (edit), block_edit_release, 0);

  return dialog;
}

static GtkWidget *
group_new (void)
{
  GtkWidget *group = adw_preferences_group_new ();

  gtk_widget_set_size_request (group, 320, -1);
  return group;
}

/* A row with a number to choose. */
static GtkSpinButton *
add_spin_row (GtkWidget  *group,
              const char *title,
              const char *subtitle,
              double      lower,
              double      upper,
              double      step,
              double      value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  /* “52,5” and “52.5” both read as 52.5, in any locale. */
  regimen_spin_button_read_typed (GTK_SPIN_BUTTON (spin));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  /* The row names the spin button for assistive technologies by its
   * title (a label of our own would be read twice); the subtitle says
   * what it scales. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  if (subtitle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                    -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return GTK_SPIN_BUTTON (spin);
}

static GtkEditable *
add_entry_row (GtkWidget  *group,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEditable *delegate;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (row), 30);
  /* No longer than the core takes (and regimen-cli): a longer name,
   * pasted, would have the whole answer refused. */
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_max_length (GTK_TEXT (delegate), REGIMEN_TEXT_MAX_LENGTH);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  /* Enter in the field answers the dialog. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  /* Named by its title, which libadwaita labels it with. */
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return GTK_EDITABLE (row);
}

/* The volume and intensity a lighter week is scaled by, in percent of
 * what is planned, from the core's defaults. */
static void
add_factor_rows (BlockEdit *edit,
                 GtkWidget *group)
{
  edit->volume_spin = add_spin_row (group, _("Volume (%)"),
                                    _("Sets, interval rounds and given minutes"),
                                    REGIMEN_LIGHTER_FACTOR_MIN * 100, REGIMEN_LIGHTER_FACTOR_MAX * 100, 5,
                                    REGIMEN_LIGHTER_DEFAULT_VOLUME * 100);
  edit->intensity_spin = add_spin_row (group, _("Intensity (%)"),
                                       _("Load in percent of 1RM, and session RPE"),
                                       REGIMEN_LIGHTER_FACTOR_MIN * 100, REGIMEN_LIGHTER_FACTOR_MAX * 100, 5,
                                       REGIMEN_LIGHTER_DEFAULT_INTENSITY * 100);
}

/* win.make-lighter-week: scales the week in view and marks it lighter. */
void
_regimen_window_make_lighter_week_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_LIGHTER_WEEK);
  GtkWidget *group = group_new ();
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  add_factor_rows (edit, group);
  /* Translators: the heading of the lighter week dialog, “Make Week 4 a Lighter Week?” */
  heading = g_strdup_printf (_("Make Week %u a Lighter Week?"), edit->week + 1);
  dialog = block_dialog_new (edit, heading,
                             _("Its sessions are scaled to these shares of what is planned, and the week "
                               "is marked as a lighter one, which the plan check takes into account. "
                               "Warm-ups stay as they are."),
                             group, "lighter", _("_Make Lighter"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.add-lighter-weeks: every n-th week of the block in view. */
void
_regimen_window_add_lighter_weeks_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_LIGHTER_WEEKS);
  GtkWidget *group = group_new ();
  g_autofree char *heading = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;
  guint length = 0;

  if (!regimen_plan_get_block_range (self->plan, edit->block, NULL, &length) || length < REGIMEN_LIGHTER_EVERY_MIN)
    return;

  edit->count_spin = add_spin_row (group, _("Every N Weeks"), _("The last week of each run becomes lighter"),
                                   REGIMEN_LIGHTER_EVERY_MIN, length, 1, MIN (4, length));
  add_factor_rows (edit, group);
  name = block_name (self->plan, edit->block);
  /* Translators: the heading of the dialog adding lighter weeks to a block, “Lighter Weeks in Accumulation” */
  heading = g_strdup_printf (_("Lighter Weeks in %s"), name);
  dialog = block_dialog_new (edit, heading,
                             _("Every n-th week of the block is scaled and marked as a lighter week; weeks "
                               "that are lighter already stay as they are."),
                             group, "lighter", _("_Add Lighter Weeks"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_week_check_toggled (AdwMessageDialog *dialog,
                       GtkCheckButton   *check)
{
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX);
  gboolean any = FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *prefix = ADW_IS_ACTION_ROW (row) ? adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) : NULL;

      if (prefix != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (prefix)))
        any = TRUE;
    }

  adw_message_dialog_set_response_enabled (dialog, "copy", any);
}

/* A week as a row of a list to choose from: its number, and its block
 * or its own label, none for one that only repeats the week's place, as
 * the week view leaves it out: “Week 2” under “Week 2” (issue 21). */
static char *
describe_week (RegimenPlan *plan,
               guint        week)
{
  g_autofree char *block = regimen_plan_describe_week_block (plan, week);
  const char *label;

  /* On one line, as the week's header shows it, the name cut in the
   * middle so that “week 2 of 3” stays: a block name of a thousand lines
   * made each of its weeks' rows a thousand lines tall. */
  if (block != NULL)
    return regimen_text_one_line_middle (block, 80);

  label = regimen_week_get_label (regimen_plan_get_week (plan, week));
  return regimen_week_label_says_more (label, week) ? regimen_text_one_line (label, 80) : NULL;
}

/* win.copy-week-to: the week in view onto the weeks chosen. */
void
_regimen_window_copy_week_to_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_COPY_WEEK);
  guint n_weeks = regimen_plan_get_n_weeks (self->plan);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *scroller;
  GtkWidget *list;

  if (n_weeks < 2)
    return;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weeks to copy onto"),
                                  -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_widget_set_size_request (scroller, 320, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  /* Translators: the heading of the dialog copying a week, “Copy Week 2 To” */
  heading = g_strdup_printf (_("Copy Week %u To"), edit->week + 1);
  /* Translators: the body of the dialog copying a week; %u is the week copied */
  body = g_strdup_printf (_("The weeks chosen get a copy of what week %u holds, its lighter mark too, in "
                            "place of their own sessions; they keep their labels and blocks."),
                          edit->week + 1);
  dialog = block_dialog_new (edit, heading, body, scroller, "copy", _("_Copy"));
  adw_message_dialog_set_response_enabled (dialog, "copy", FALSE);

  edit->week_checks = g_ptr_array_new ();
  for (guint week = 0; week < n_weeks; week++)
    {
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *check;

      if (week == edit->week)
        {
          g_ptr_array_add (edit->week_checks, NULL);
          continue;
        }

      /* Translators: a week to copy onto, by its place in the plan */
      title = g_strdup_printf (_("Week %u"), week + 1);
      subtitle = describe_week (self->plan, week);
      if (regimen_plan_week_has_log (self->plan, week))
        {
          g_autofree char *place = g_steal_pointer (&subtitle);

          /* Translators: a week in the list to copy onto has a logged session, “Accumulation · week 2 of 3 · trained” */
          subtitle = place != NULL ? g_strdup_printf (_("%s · trained"), place) : g_strdup (_("Trained"));
        }
      /* A block's name or a label in Hebrew or Arabic made the line right
       * to left, what follows it first: “week 2 of 3 · שלב א”. The line
       * runs as the window does. */
      if (subtitle != NULL && regimen_text_has_right_to_left (subtitle))
        {
          g_autofree char *line = g_steal_pointer (&subtitle);

          subtitle = g_strconcat (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? "\u200f" : "\u200e",
                                  line, NULL);
        }
      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      /* The subtitle is the plan's text: libadwaita 1.2 would read it as
       * markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      /* Named by the row's title, as the spin buttons are. */
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_week_check_toggled), dialog, G_CONNECT_SWAPPED);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (edit->week_checks, check);
    }

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Whether the block's weeks fit onto those from @first_week on: inside
 * the plan and not over the block itself. */
static gboolean
copy_block_fits (RegimenPlan *plan,
                 guint        block,
                 guint        first_week)
{
  guint first;
  guint length;

  if (!regimen_plan_get_block_range (plan, block, &first, &length))
    return FALSE;

  return first_week + length <= regimen_plan_get_n_weeks (plan)
         && (first_week >= first + length || first_week + length <= first);
}

static void
update_copy_block_place (BlockEdit *edit)
{
  AdwMessageDialog *dialog = edit->dialog;
  guint first_week = gtk_spin_button_get_value_as_int (edit->count_spin) - 1;
  gboolean fits = copy_block_fits (edit->plan, edit->block, first_week);
  guint length = 0;
  g_autofree char *place = NULL;

  regimen_plan_get_block_range (edit->plan, edit->block, NULL, &length);
  if (fits)
    /* Translators: the weeks a block is copied onto, “Weeks 7–9” */
    place = g_strdup_printf (_("Onto weeks %u–%u"), first_week + 1, first_week + length);
  else
    place = g_strdup (_("Overlaps the block or runs past the plan's end"));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (edit->place_row), place);
  adw_message_dialog_set_response_enabled (dialog, "copy", fits);
}

static void
on_copy_block_value_changed (GtkSpinButton *spin,
                             BlockEdit     *edit)
{
  if (edit->dialog != NULL)
    update_copy_block_place (edit);
}

/* The first week the block's weeks can be copied onto, or FALSE when
 * there is none. */
static gboolean
first_copy_place (RegimenPlan *plan,
                  guint        block,
                  guint       *first_week)
{
  guint first;
  guint length;
  guint n_weeks = regimen_plan_get_n_weeks (plan);

  if (!regimen_plan_get_block_range (plan, block, &first, &length))
    return FALSE;

  /* Right after the block reads best; before it is the other way. */
  for (guint week = first + length; week + length <= n_weeks; week++)
    if (copy_block_fits (plan, block, week))
      {
        *first_week = week;
        return TRUE;
      }
  if (length <= first)
    {
      *first_week = 0;
      return TRUE;
    }

  return FALSE;
}

/* win.copy-block-to: the block's weeks onto as many from a chosen week. */
void
_regimen_window_copy_block_to_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_COPY_BLOCK);
  GtkWidget *group = group_new ();
  g_autofree char *heading = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;
  guint first_week;

  if (!first_copy_place (self->plan, edit->block, &first_week))
    return;

  edit->count_spin = add_spin_row (group, _("From Week"), NULL, 1, regimen_plan_get_n_weeks (self->plan), 1,
                                   first_week + 1);
  edit->place_row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (edit->count_spin), ADW_TYPE_ACTION_ROW));

  name = block_name (self->plan, edit->block);
  /* Translators: the heading of the dialog copying a block's weeks, “Copy Accumulation To” */
  heading = g_strdup_printf (_("Copy %s To"), name);
  dialog = block_dialog_new (edit, heading,
                             _("The block's weeks are copied one by one onto as many weeks from the one "
                               "chosen, in place of what those hold; they keep their labels and blocks."),
                             group, "copy", _("_Copy"));
  edit->dialog = dialog;
  g_signal_connect_data (edit->count_spin, "value-changed", G_CALLBACK (on_copy_block_value_changed),
                         g_rc_box_acquire (edit), block_edit_release, 0);
  update_copy_block_place (edit);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_block_name_changed (AdwMessageDialog *dialog,
                       GtkEditable      *entry)
{
  adw_message_dialog_set_response_enabled (dialog, "save",
                                           regimen_block_name_valid (gtk_editable_get_text (entry)));
}

/* The name, goal and weeks of a block, for a new block or this one. */
static AdwMessageDialog *
block_form_new (BlockEdit    *edit,
                const char   *heading,
                const char   *body,
                const char   *response_label,
                RegimenBlock *block)
{
  GtkWidget *group = group_new ();
  AdwMessageDialog *dialog;
  guint n_weeks = block != NULL ? regimen_block_get_n_weeks (block) : 3;
  guint room = regimen_plan_get_max_weeks (edit->plan) - regimen_plan_get_n_weeks (edit->plan) + (block != NULL ? n_weeks : 0);

  edit->name_entry = add_entry_row (group, _("Name"), block != NULL ? regimen_block_get_name (block) : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit->name_entry),
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                  -1);
  edit->goal_entry = add_entry_row (group, _("Goal (optional)"), block != NULL ? regimen_block_get_goal (block) : NULL);
  edit->count_spin = add_spin_row (group, _("Weeks"), NULL, 1, MAX (room, 1), 1, MIN (n_weeks, MAX (room, 1)));

  dialog = block_dialog_new (edit, heading, body, group, "save", response_label);
  g_signal_connect_object (edit->name_entry, "changed", G_CALLBACK (on_block_name_changed), dialog,
                           G_CONNECT_SWAPPED);
  on_block_name_changed (dialog, edit->name_entry);

  return dialog;
}

/* win.new-block: a block from the week in view on (after its block). */
void
_regimen_window_new_block_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_NEW_BLOCK);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  guint first_week;

  if (!regimen_plan_new_block_place (self->plan, edit->week, NULL, &first_week))
    return;

  /* Translators: where a new block starts; weeks after the plan's end are added empty */
  body = g_strdup_printf (_("The block starts at week %u. Weeks it needs beyond the plan's end, or before the "
                            "next block, are added empty."),
                          first_week + 1);
  dialog = block_form_new (edit, _("New Block"), body, _("_Add Block"), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (edit->name_entry));
}

/* win.edit-block: renames or resizes the block in view. */
void
_regimen_window_edit_block_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_EDIT_BLOCK);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  guint first;
  guint length;

  if (!regimen_plan_get_block_range (self->plan, edit->block, &first, &length))
    return;

  /* Translators: the body of the block dialog; %u–%u are the block's weeks in the plan */
  body = g_strdup_printf (_("The block spans weeks %u–%u. Fewer weeks remove its last weeks; more add empty "
                            "ones at its end."),
                          first + 1, first + length);
  dialog = block_form_new (edit, _("Edit Block"), body, _("_Save"), regimen_plan_get_block (self->plan, edit->block));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (edit->name_entry));
}

/* win.duplicate-block, win.move-block-earlier, win.move-block-later: no
 * question; the view keeps showing the same week of the block, or of its
 * copy. */
void
_regimen_window_arrange_block_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  guint week = regimen_week_view_get_week (self->week_view);
  guint n_blocks = regimen_plan_get_n_blocks (self->plan);
  guint block;
  guint first;
  guint target;

  if (!regimen_plan_find_block_of_week (self->plan, week, &block, &first, NULL))
    return;

  if (g_str_equal (action_name, "win.duplicate-block"))
    target = block + 1;
  else if (g_str_equal (action_name, "win.move-block-earlier") && block > 0)
    target = block - 1;
  else if (g_str_equal (action_name, "win.move-block-later") && block + 1 < n_blocks)
    target = block + 1;
  else
    return;

  if (g_str_equal (action_name, "win.duplicate-block")
      ? !regimen_plan_duplicate_block (self->plan, block)
      : !regimen_plan_move_block (self->plan, block, target))
    return;

  if (regimen_plan_get_block_range (self->plan, target, &target, NULL))
    regimen_week_view_set_week (self->week_view, target + week - first);
}

static void
on_delete_block_response (AdwMessageDialog *dialog,
                          const char       *response,
                          RegimenWindow    *self)
{
  guint week = regimen_week_view_get_week (self->week_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  guint block;

  /* The question named a block of the plan it was asked over: the
   * answer deletes nothing in another one, reloaded meanwhile. */
  if (g_str_equal (response, "cancel")
      || !_regimen_window_answers_plan (self, dialog)
      || !regimen_plan_find_block_of_week (self->plan, week, &block, NULL, NULL))
    return;

  name = block_name (self->plan, block);
  if (g_str_equal (response, "delete"))
    {
      g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_DELETE_BLOCK);

      /* Its weeks go with it: a trained one is not removed without asking. */
      edit->name = g_steal_pointer (&name);
      block_edit_apply (edit);
      return;
    }

  /* Its weeks joined to the block before, a later rule could come inside
   * an earlier one's weeks: the toast says which, nothing changed. */
  if (!regimen_plan_delete_block (self->plan, block, FALSE, FALSE, &error))
    {
      if (error != NULL)
        _regimen_window_show_toast (self, error->message);
      return;
    }

  /* Translators: a toast after deleting a block, with an Undo button */
  message = g_strdup_printf (_("Block %s deleted"), name);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.undo-toast", "s", message);
}

/* win.delete-week: the week in view, with what it holds; a trained week
 * only when the person says so. */
void
_regimen_window_delete_week (RegimenWindow *self)
{
  g_autoptr(BlockEdit) edit = block_edit_new (self, BLOCK_EDIT_DELETE_WEEK);

  block_edit_apply (edit);
}

/* win.delete-block: with its weeks, or keeping them in the block next to
 * it. */
void
_regimen_window_delete_block_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  guint week = regimen_week_view_get_week (self->week_view);
  guint n_blocks = regimen_plan_get_n_blocks (self->plan);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *name = NULL;
  g_autofree char *other = NULL;
  AdwMessageDialog *dialog;
  guint block;
  guint length;

  if (!regimen_plan_find_block_of_week (self->plan, week, &block, NULL, &length))
    return;

  name = block_name (self->plan, block);
  /* Translators: the heading of the question before deleting a block */
  heading = g_strdup_printf (_("Delete %s?"), name);
  if (n_blocks == 1)
    body = g_strdup (_("Its weeks can go with it, or stay in the plan in no block."));
  else
    {
      other = block_name (self->plan, block > 0 ? block - 1 : 1);
      /* Translators: %s is the block whose weeks the deleted block's weeks would join */
      body = g_strdup_printf (_("Its weeks can go with it, or stay and join %s."), other);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "keep", _("_Keep Its Weeks"),
                                    "delete", _("_Delete With Weeks"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  /* A plan keeps at least one week. */
  adw_message_dialog_set_response_enabled (dialog, "delete", length < regimen_plan_get_n_weeks (self->plan));
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "cancel");
  _regimen_window_ask_about_plan (self, dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_block_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.insert-week-before: an empty week in the place of the one in view,
 * which moves on with the rest (win.add-week adds after it). */
void
_regimen_window_insert_week_before_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  guint week = regimen_week_view_get_week (self->week_view);

  if (regimen_plan_insert_weeks (self->plan, week, 1))
    regimen_week_view_set_week (self->week_view, week);
}

/* Which of the actions above the week in view allows. */
void
_regimen_window_update_block_actions (RegimenWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint week = regimen_week_view_get_week (self->week_view);
  guint n_weeks = regimen_plan_get_n_weeks (self->plan);
  guint n_blocks = regimen_plan_get_n_blocks (self->plan);
  guint max_weeks = regimen_plan_get_max_weeks (self->plan);
  RegimenWeek *shown = regimen_plan_get_week (self->plan, week);
  guint block = 0;
  guint length = 0;
  guint place;
  gboolean in_block = regimen_plan_find_block_of_week (self->plan, week, &block, NULL, &length);

  gtk_widget_action_set_enabled (widget, "win.make-lighter-week", shown != NULL && !regimen_week_get_lighter (shown));
  gtk_widget_action_set_enabled (widget, "win.copy-week-to", n_weeks > 1);
  /* A plan at the most weeks it may have takes no other: the plan's
   * command refuses it, and Add Week chosen then did nothing, unsaid. A
   * plan that starts late in 2999 has room for fewer than 520
   * (regimen_plan_get_max_weeks()). */
  gtk_widget_action_set_enabled (widget, "win.add-week", n_weeks < max_weeks);
  gtk_widget_action_set_enabled (widget, "win.duplicate-week", shown != NULL && n_weeks < max_weeks);
  gtk_widget_action_set_enabled (widget, "win.insert-week-before", n_weeks < max_weeks);
  gtk_widget_action_set_enabled (widget, "win.new-block", n_weeks > 0 && n_weeks < max_weeks);
  gtk_widget_action_set_enabled (widget, "win.edit-block", in_block);
  gtk_widget_action_set_enabled (widget, "win.delete-block", in_block);
  gtk_widget_action_set_enabled (widget, "win.duplicate-block",
                                 in_block && length <= max_weeks - n_weeks);
  gtk_widget_action_set_enabled (widget, "win.move-block-earlier", in_block && block > 0);
  gtk_widget_action_set_enabled (widget, "win.move-block-later", in_block && block + 1 < n_blocks);
  gtk_widget_action_set_enabled (widget, "win.add-lighter-weeks", in_block && length >= REGIMEN_LIGHTER_EVERY_MIN);
  gtk_widget_action_set_enabled (widget, "win.copy-block-to",
                                 in_block && first_copy_place (self->plan, block, &place));
}
