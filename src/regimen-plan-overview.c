/* regimen-plan-overview.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan-overview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-overview-row.h"
#include "regimen-plan-overview.h"
#include "regimen-session-chip.h"
#include "regimen-widget-util.h"

/* The most characters of a block's name or goal a header shows; the
 * label ellipsizes what its width does not hold. */
#define MAX_HEADER_CHARS 200
/* The most characters of a session's title the Move to Week dialog says. */
#define MAX_TITLE_CHARS 80

struct _RegimenPlanOverview
{
  GtkWidget           parent_instance;

  GtkWidget          *header;
  GtkWidget          *scroller;
  GtkListBox         *list;
  GtkWidget          *menu;
  /* A session chip's menu, made for the chip it opens on. */
  GtkWidget          *session_menu;
  GtkSizeGroup       *label_group;
  GtkSizeGroup       *load_group;
  GtkSizeGroup       *problems_group;

  RegimenPlan        *plan;
  RegimenChecker     *checker;
  RegimenWeekSummary *summaries;
  guint               n_summaries;
  /* The rows follow the plan's weeks only once the overview is shown:
   * hidden behind the week view, it builds and updates nothing. */
  gboolean            rows_bound;
  /* The blocks' names, goals and weeks the headers were drawn from. */
  char               *blocks_drawn;
  guint               week;
  /* A selection made by the program, not the person. */
  gboolean            selecting;
};

G_DEFINE_FINAL_TYPE (RegimenPlanOverview, regimen_plan_overview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WEEK,
  N_PROPS
};

enum {
  WEEK_ACTIVATED,
  REFUSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static RegimenOverviewRow *
row_at (RegimenPlanOverview *self,
        guint                week)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) week);

  return row != NULL ? REGIMEN_OVERVIEW_ROW (row) : NULL;
}

static guint
index_of_week (RegimenPlanOverview *self,
               RegimenWeek         *week)
{
  guint n = regimen_plan_get_n_weeks (self->plan);

  for (guint i = 0; i < n; i++)
    if (regimen_plan_get_week (self->plan, i) == week)
      return i;

  return G_MAXUINT;
}

static void
select_week (RegimenPlanOverview *self,
             guint                week)
{
  RegimenOverviewRow *row = row_at (self, week);

  if (row == NULL || gtk_list_box_get_selected_row (self->list) == GTK_LIST_BOX_ROW (row))
    return;

  self->selecting = TRUE;
  gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
  self->selecting = FALSE;
}

static void
set_week (RegimenPlanOverview *self,
          guint                week)
{
  select_week (self, week);
  if (self->week == week)
    return;

  self->week = week;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK]);
}

static void
focus_row (RegimenPlanOverview *self,
           guint                week)
{
  RegimenOverviewRow *row = row_at (self, week);

  set_week (self, week);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
focus_session (RegimenPlanOverview *self,
               RegimenSession      *session,
               guint                week)
{
  RegimenOverviewRow *row = row_at (self, week);
  GtkWidget *chip = row != NULL ? regimen_overview_row_find_chip (row, session) : NULL;

  set_week (self, week);
  if (chip != NULL)
    gtk_widget_grab_focus (chip);
}

/* Which week, day and place the session has now, from the rows: the
 * core's position lookups are its own. */
static gboolean
locate_session (RegimenPlanOverview *self,
                RegimenSession      *session,
                guint               *week,
                guint               *day)
{
  guint n = regimen_plan_get_n_weeks (self->plan);

  for (guint w = 0; w < n; w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        /* Borrowed: a store each day's sessions would otherwise make. */
        RegimenDay *plan_day = regimen_plan_get_day (self->plan, w, d);
        guint n_sessions = regimen_day_get_n_sessions (plan_day);

        for (guint i = 0; i < n_sessions; i++)
          {
            if (regimen_day_peek_session (plan_day, i) == session)
              {
                *week = w;
                *day = d;
                return TRUE;
              }
          }
      }

  return FALSE;
}

/* The week moved and focused at its new place, or the refusal said
 * (a rule brought inside another's weeks): nothing moved then. */
static gboolean
move_week_joining (RegimenPlanOverview *self,
                   guint                from,
                   guint                to,
                   gboolean             join_later)
{
  g_autoptr(GError) error = NULL;

  if (!regimen_plan_move_week_joining (self->plan, from, to, join_later, &error))
    {
      if (error != NULL)
        g_signal_emit (self, signals[REFUSED], 0, error->message);
      return FALSE;
    }

  focus_row (self, to);
  return TRUE;
}

/* A week dropped on a row goes above or below it. Above the first week
 * of a block it joins that block: the header above is where it lands. */
static void
on_row_week_dropped (RegimenPlanOverview *self,
                     RegimenWeek         *week,
                     gboolean             after,
                     RegimenOverviewRow  *row)
{
  guint from = index_of_week (self, week);
  guint target = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  guint gap = after ? target + 1 : target;
  guint to = from < gap ? gap - 1 : gap;
  guint block;
  guint first;
  gboolean join_later = FALSE;

  if (from == G_MAXUINT)
    return;

  if (!after)
    {
      if (regimen_plan_find_block_of_week (self->plan, target, &block, &first, NULL))
        join_later = target == first;
      else
        join_later = target == regimen_plan_get_n_blocked_weeks (self->plan);
    }

  move_week_joining (self, from, to, join_later);
}

static void
on_row_session_dropped (RegimenPlanOverview *self,
                        RegimenSession      *session,
                        guint                day,
                        RegimenOverviewRow  *row)
{
  guint week = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  RegimenDay *target = regimen_plan_get_day (self->plan, week, day);

  if (target != NULL && regimen_plan_move_session_to (self->plan, session, target, G_MAXUINT))
    focus_session (self, session, week);
}

/* Opens @menu at (@x, @y) of @widget, or beside it from the keyboard
 * (negative @x and @y). */
static void
popup_at (RegimenPlanOverview *self,
          GtkWidget           *menu,
          GtkWidget           *widget,
          double               x,
          double               y)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (widget, GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x >= 0 ? x : MIN (24, gtk_widget_get_width (widget) / 2.0),
                                                       y >= 0 ? y : gtk_widget_get_height (widget) / 2.0),
                                 &point))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (menu),
                               &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (menu));
}

static GMenuModel *new_week_menu (void);

/* A menu of the overview, made when first opened rather than with the
 * overview: a plan's window is built with it, not shown. */
static GtkWidget *
new_menu (RegimenPlanOverview *self,
          GMenuModel          *model)
{
  GtkWidget *menu = gtk_popover_menu_new_from_model (model);

  gtk_widget_set_parent (menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (menu), FALSE);
  gtk_widget_set_halign (menu, GTK_ALIGN_START);

  return menu;
}

static void
popup_menu (RegimenPlanOverview *self,
            RegimenOverviewRow  *row,
            double               x,
            double               y)
{
  if (self->menu == NULL)
    {
      g_autoptr(GMenuModel) model = new_week_menu ();

      self->menu = new_menu (self, model);
    }

  /* The menu's actions act on the window's current week: this one. */
  set_week (self, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  popup_at (self, self->menu, GTK_WIDGET (row), x, y);
}

static GMenuModel *
new_session_menu (RegimenSession *session)
{
  GMenu *menu = g_menu_new ();
  GVariant *id = g_variant_new_string (regimen_session_get_id (session));
  g_autoptr(GMenuItem) open = g_menu_item_new (_("_Open Session"), NULL);
  g_autoptr(GMenuItem) move = NULL;

  g_variant_ref_sink (id);
  g_menu_item_set_action_and_target_value (open, "overview.open-session", id);
  g_menu_item_set_attribute (open, "accel", "s", "Return");
  g_menu_append_item (menu, open);
  /* Translators: an item of a session's menu in the plan overview; a dialog chooses the week and day */
  move = g_menu_item_new (_("_Move to Week…"), NULL);
  g_menu_item_set_action_and_target_value (move, "overview.move-session-to-week", id);
  g_menu_append_item (menu, move);
  g_variant_unref (id);

  return G_MENU_MODEL (menu);
}

/* A chip's menu: open its session, or move it to another week. */
static void
popup_session_menu (RegimenPlanOverview *self,
                    RegimenSessionChip  *chip,
                    double               x,
                    double               y)
{
  g_autoptr(GMenuModel) model = new_session_menu (regimen_session_chip_get_session (chip));
  RegimenOverviewRow *row = REGIMEN_OVERVIEW_ROW (gtk_widget_get_ancestor (GTK_WIDGET (chip),
                                                                           REGIMEN_TYPE_OVERVIEW_ROW));

  if (row != NULL)
    set_week (self, (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  if (self->session_menu == NULL)
    self->session_menu = new_menu (self, model);
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->session_menu), model);
  popup_at (self, self->session_menu, GTK_WIDGET (chip), x, y);
}

static void
on_row_secondary_pressed (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          gpointer         user_data)
{
  RegimenPlanOverview *self = user_data;
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (row, x, y, GTK_PICK_DEFAULT);
  GtkWidget *chip = picked == NULL ? NULL
                    : REGIMEN_IS_SESSION_CHIP (picked) ? picked
                    : gtk_widget_get_ancestor (picked, REGIMEN_TYPE_SESSION_CHIP);

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (chip != NULL)
    {
      graphene_point_t point;

      gtk_widget_grab_focus (chip);
      if (gtk_widget_compute_point (row, chip, &GRAPHENE_POINT_INIT (x, y), &point))
        popup_session_menu (self, REGIMEN_SESSION_CHIP (chip), point.x, point.y);
      return;
    }

  gtk_widget_grab_focus (row);
  popup_menu (self, REGIMEN_OVERVIEW_ROW (row), x, y);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RegimenPlanOverview *self = user_data;
  GtkWidget *row = regimen_overview_row_new (self->plan, item, self->label_group,
                                             self->load_group, self->problems_group);
  GtkGesture *secondary = gtk_gesture_click_new ();
  guint index = index_of_week (self, item);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (secondary, "pressed", G_CALLBACK (on_row_secondary_pressed), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (secondary));
  g_signal_connect_object (row, "week-dropped", G_CALLBACK (on_row_week_dropped), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "session-dropped", G_CALLBACK (on_row_session_dropped), self, G_CONNECT_SWAPPED);

  /* Until the check has run again, the figures it had for this place. */
  if (index < self->n_summaries)
    regimen_overview_row_set_summary (REGIMEN_OVERVIEW_ROW (row), &self->summaries[index]);

  return row;
}

/* A line of a block's header: a name or goal of thousands of lines, cut
 * to one line, does not push the weeks below it off the screen. */
static GtkWidget *
header_label (const char *text,
              const char *css_class)
{
  g_autofree char *line = regimen_text_one_line (text, MAX_HEADER_CHARS);
  GtkWidget *label = gtk_label_new (line);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A block's name, weeks and goal above its first week; "No block" above
 * the weeks after the last block. A plan without blocks has no headers. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  RegimenPlanOverview *self = user_data;
  guint week = (guint) gtk_list_box_row_get_index (row);
  g_autofree char *range = NULL;
  const char *name = NULL;
  const char *goal = NULL;
  GtkWidget *header;
  GtkWidget *line;
  guint block;
  guint first;
  guint length;

  if (self->plan == NULL || regimen_plan_get_n_blocks (self->plan) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (regimen_plan_find_block_of_week (self->plan, week, &block, &first, &length))
    {
      RegimenBlock *the_block = regimen_plan_get_block (self->plan, block);

      if (week != first)
        {
          gtk_list_box_row_set_header (row, NULL);
          return;
        }
      name = regimen_block_get_name (the_block);
      goal = regimen_block_get_goal (the_block);
    }
  else if (week == regimen_plan_get_n_blocked_weeks (self->plan))
    {
      first = week;
      length = regimen_plan_get_n_weeks (self->plan) - week;
      /* Translators: the heading above the weeks after the last block in the plan overview */
      name = _("No block");
    }
  else
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  range = regimen_week_range_text (first, length);
  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (header, "overview-block");
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (line), header_label (name, "heading"));
  gtk_box_append (GTK_BOX (line), header_label (range, "dim-label"));
  gtk_box_append (GTK_BOX (header), line);
  if (goal != NULL && *goal != '\0')
    gtk_box_append (GTK_BOX (header), header_label (goal, "dim-label"));
  gtk_list_box_row_set_header (row, header);
}

/* The blocks as the headers show them. */
static char *
describe_blocks (RegimenPlan *plan)
{
  GString *text = g_string_new (NULL);
  guint n_blocks = regimen_plan_get_n_blocks (plan);

  for (guint i = 0; i < n_blocks; i++)
    {
      RegimenBlock *block = regimen_plan_get_block (plan, i);

      g_string_append_printf (text, "%s\x1f%s\x1f%u\x1e", regimen_block_get_name (block),
                              regimen_block_get_goal (block) != NULL ? regimen_block_get_goal (block) : "",
                              regimen_block_get_n_weeks (block));
    }
  g_string_append_printf (text, "%u", regimen_plan_get_n_weeks (plan));

  return g_string_free (text, FALSE);
}

static void
refresh (RegimenPlanOverview *self)
{
  g_autofree char *blocks = NULL;
  guint n_rows;

  g_clear_pointer (&self->summaries, g_free);
  self->n_summaries = 0;
  if (self->plan == NULL || !self->rows_bound)
    return;

  self->summaries = regimen_week_summaries_new (self->plan, self->checker, &self->n_summaries);
  n_rows = MIN (self->n_summaries, g_list_model_get_n_items (regimen_plan_get_weeks (self->plan)));
  for (guint i = 0; i < n_rows; i++)
    {
      RegimenOverviewRow *row = row_at (self, i);

      if (row != NULL)
        regimen_overview_row_set_summary (row, &self->summaries[i]);
    }

  blocks = describe_blocks (self->plan);
  if (g_strcmp0 (blocks, self->blocks_drawn) != 0)
    {
      g_free (self->blocks_drawn);
      self->blocks_drawn = g_steal_pointer (&blocks);
      gtk_list_box_invalidate_headers (self->list);
    }

  /* Rows a command rebuilt lost their selection. */
  if (self->week < self->n_summaries)
    select_week (self, self->week);
}

static void
on_list_row_selected (RegimenPlanOverview *self,
                      GtkListBoxRow       *row,
                      GtkListBox          *list)
{
  if (row == NULL || self->selecting)
    return;

  set_week (self, (guint) gtk_list_box_row_get_index (row));
}

static void
on_list_row_activated (RegimenPlanOverview *self,
                       GtkListBoxRow       *row,
                       GtkListBox          *list)
{
  guint week = (guint) gtk_list_box_row_get_index (row);

  set_week (self, week);
  g_signal_emit (self, signals[WEEK_ACTIVATED], 0, week, -1, -1);
}

static void
open_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RegimenPlanOverview *self = REGIMEN_PLAN_OVERVIEW (widget);
  RegimenSession *session;
  RegimenDay *day;
  guint week;
  guint day_index;
  guint position;

  if (self->plan == NULL)
    return;

  session = regimen_plan_find_session_by_id (self->plan, g_variant_get_string (parameter, NULL));
  if (session == NULL || !locate_session (self, session, &week, &day_index))
    return;

  day = regimen_plan_get_day (self->plan, week, day_index);
  for (position = 0; position < regimen_day_get_n_sessions (day); position++)
    if (regimen_day_get_session (day, position) == session)
      break;

  set_week (self, week);
  g_signal_emit (self, signals[WEEK_ACTIVATED], 0, week, (int) day_index, (int) position);
}

/* "Move to Week…": a week and a day for one session, moved there in
 * one undo step by the command a drop uses. */
typedef struct
{
  RegimenPlanOverview *overview;
  RegimenSession      *session;
  AdwMessageDialog    *dialog;
  GtkSpinButton       *week_spin;
  AdwComboRow         *day_row;
  guint                week;
  guint                day;
} MoveDialog;

static void
move_dialog_free (gpointer data,
                  GClosure *closure)
{
  MoveDialog *move = data;

  g_clear_object (&move->overview);
  g_clear_object (&move->session);
  g_free (move);
}

static void
move_dialog_target (MoveDialog *move,
                    guint      *week,
                    guint      *day)
{
  /* The week as typed, not yet entered: Alt+M answers the dialog with
   * the focus still in the field, and the session went to the week the
   * field held before. */
  gtk_spin_button_update (move->week_spin);
  *week = (guint) gtk_spin_button_get_value_as_int (move->week_spin) - 1;
  *day = adw_combo_row_get_selected (move->day_row);
}

/* Moving to where the session is already changes nothing: not offered. */
static void
on_move_dialog_changed (MoveDialog *move)
{
  guint week;
  guint day;

  move_dialog_target (move, &week, &day);
  adw_message_dialog_set_response_enabled (move->dialog, "move", week != move->week || day != move->day);
}

static void
on_move_dialog_response (AdwMessageDialog *dialog,
                         const char       *response,
                         MoveDialog       *move)
{
  RegimenPlanOverview *self = move->overview;
  RegimenDay *target;
  guint week;
  guint day;

  if (!g_str_equal (response, "move") || self->plan == NULL)
    return;

  move_dialog_target (move, &week, &day);
  target = regimen_plan_get_day (self->plan, week, day);
  if (target != NULL && regimen_plan_move_session_to (self->plan, move->session, target, G_MAXUINT))
    focus_session (self, move->session, week);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
move_session_to_week_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RegimenPlanOverview *self = REGIMEN_PLAN_OVERVIEW (widget);
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  RegimenSession *session;
  MoveDialog *move;
  GtkWidget *group;
  GtkWidget *week_row;
  guint week;
  guint day;

  if (self->plan == NULL)
    return;

  session = regimen_plan_find_session_by_id (self->plan, g_variant_get_string (parameter, NULL));
  if (session == NULL || !locate_session (self, session, &week, &day))
    return;

  move = g_new0 (MoveDialog, 1);
  move->overview = g_object_ref (self);
  move->session = g_object_ref (session);
  move->week = week;
  move->day = day;

  /* On one line and cut short: a title of thousands of lines would push
   * the dialog's week, day and buttons off the screen. */
  title = regimen_text_one_line (regimen_session_get_display_title (session), MAX_TITLE_CHARS);
  /* Translators: the text of the Move to Week dialog: a session's title, its weekday and week */
  body = g_strdup_printf (_("“%s” is on %s of week %u. It moves after the sessions of the day you choose."),
                          title, regimen_weekday_name (day), week + 1);
  move->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                             /* Translators: the heading of the dialog */
                                                             _("Move Session to Week"), body));

  group = adw_preferences_group_new ();
  gtk_widget_set_size_request (group, 300, -1);

  week_row = adw_action_row_new ();
  /* Translators: the week a session moves to, in the Move to Week dialog */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (week_row), _("_Week"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (week_row), TRUE);
  move->week_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, regimen_plan_get_n_weeks (self->plan), 1));
  gtk_spin_button_set_value (move->week_spin, week + 1);
  gtk_spin_button_set_numeric (move->week_spin, TRUE);
  /* A week past the plan's last is set to the last, and the field says so. */
  regimen_spin_button_read_typed (move->week_spin);
  gtk_widget_set_valign (GTK_WIDGET (move->week_spin), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (week_row), GTK_WIDGET (move->week_spin));
  /* The row's title names the spin button (it labels its activatable
   * widget), and the combo row below is named by its own title. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (week_row), GTK_WIDGET (move->week_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), week_row);

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    gtk_string_list_append (days, regimen_weekday_name (d));
  move->day_row = ADW_COMBO_ROW (adw_combo_row_new ());
  /* Translators: the day a session moves to, in the Move to Week dialog */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (move->day_row), _("_Day"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (move->day_row), TRUE);
  adw_combo_row_set_model (move->day_row, G_LIST_MODEL (days));
  adw_combo_row_set_selected (move->day_row, day);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (move->day_row));

  adw_message_dialog_set_extra_child (move->dialog, group);
  adw_message_dialog_add_responses (move->dialog,
                                    "cancel", _("_Cancel"),
                                    /* Translators: the button of the Move to Week dialog */
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (move->dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (move->dialog, "move");
  adw_message_dialog_set_close_response (move->dialog, "cancel");

  g_signal_connect_swapped (move->week_spin, "value-changed", G_CALLBACK (on_move_dialog_changed), move);
  g_signal_connect_swapped (move->day_row, "notify::selected", G_CALLBACK (on_move_dialog_changed), move);
  g_signal_connect_data (move->dialog, "response", G_CALLBACK (on_move_dialog_response), move,
                         move_dialog_free, 0);
  on_move_dialog_changed (move);

  gtk_window_present (GTK_WINDOW (move->dialog));
}

static void
open_week_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RegimenPlanOverview *self = REGIMEN_PLAN_OVERVIEW (widget);

  if (self->plan != NULL && self->week < regimen_plan_get_n_weeks (self->plan))
    g_signal_emit (self, signals[WEEK_ACTIVATED], 0, self->week, -1, -1);
}

/* The chip or row the keyboard is on, inside this overview. */
static GtkWidget *
focused_in (RegimenPlanOverview *self,
            GType                type)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *found;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return NULL;

  found = G_TYPE_CHECK_INSTANCE_TYPE (focus, type) ? focus : gtk_widget_get_ancestor (focus, type);
  return found;
}

/* Alt+Up/Down: the week one place earlier or later. Next to a block's
 * header it first crosses the header, into the block there. */
static gboolean
move_week_by_key (RegimenPlanOverview *self,
                  RegimenOverviewRow  *row,
                  gboolean             later)
{
  guint week = (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  guint n_weeks = regimen_plan_get_n_weeks (self->plan);
  guint block;
  guint first;
  guint length;
  gboolean in_block = regimen_plan_find_block_of_week (self->plan, week, &block, &first, &length);
  guint n_blocked = regimen_plan_get_n_blocked_weeks (self->plan);
  gboolean at_start;
  gboolean at_end;
  gboolean moved;
  guint to;

  at_start = in_block ? week == first : week == n_blocked && n_blocked > 0;
  at_end = in_block && week == first + length - 1 && week + 1 < n_weeks;

  if (!later)
    {
      if (at_start && (!in_block || length > 1) && week > 0)
        {
          /* Into the block above, staying in place. */
          moved = move_week_joining (self, week, week, FALSE);
          to = week;
        }
      else if (week > 0)
        {
          to = week - 1;
          moved = move_week_joining (self, week, to, TRUE);
        }
      else
        return FALSE;
    }
  else
    {
      if (at_end && length > 1)
        {
          moved = move_week_joining (self, week, week, TRUE);
          to = week;
        }
      else if (week + 1 < n_weeks)
        {
          to = week + 1;
          moved = move_week_joining (self, week, to, FALSE);
        }
      else
        return FALSE;
    }

  return moved;
}

/* Alt+Shift+Up/Down: the session to the same day of the week before or
 * after, at its end; Alt+Shift+Left/Right: to the day before or after,
 * as in the week view. */
static gboolean
move_session_by_key (RegimenPlanOverview *self,
                     RegimenSessionChip  *chip,
                     guint                keyval)
{
  RegimenSession *session = regimen_session_chip_get_session (chip);
  g_autoptr(RegimenSession) keep = g_object_ref (session);
  guint week;
  guint day;
  gboolean moved = FALSE;

  if (!locate_session (self, session, &week, &day))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (week > 0)
        moved = regimen_plan_move_session_to (self->plan, session, regimen_plan_get_day (self->plan, week - 1, day), G_MAXUINT);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (week + 1 < regimen_plan_get_n_weeks (self->plan))
        moved = regimen_plan_move_session_to (self->plan, session, regimen_plan_get_day (self->plan, week + 1, day), G_MAXUINT);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      moved = regimen_plan_shift_session (self->plan, session, REGIMEN_SHIFT_EARLIER_DAY);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      moved = regimen_plan_shift_session (self->plan, session, REGIMEN_SHIFT_LATER_DAY);
      break;
    default:
      return FALSE;
    }

  if (moved && locate_session (self, keep, &week, &day))
    focus_session (self, keep, week);
  return TRUE;
}

/* The chips of a row in reading order, and the neighbours of one. */
static GtkWidget *
chip_beside (RegimenOverviewRow *row,
             GtkWidget          *chip,
             gboolean            next)
{
  GPtrArray *chips = g_ptr_array_new ();
  GtkWidget *found = NULL;

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    for (GtkWidget *child = gtk_widget_get_first_child (regimen_overview_row_get_day_box (row, day));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      g_ptr_array_add (chips, child);

  if (chip == NULL)
    found = chips->len > 0 ? g_ptr_array_index (chips, next ? 0 : chips->len - 1) : NULL;
  else
    for (guint i = 0; i < chips->len; i++)
      if (g_ptr_array_index (chips, i) == chip)
        {
          if (next && i + 1 < chips->len)
            found = g_ptr_array_index (chips, i + 1);
          else if (!next && i > 0)
            found = g_ptr_array_index (chips, i - 1);
          break;
        }

  g_ptr_array_unref (chips);
  return found;
}

/* Up/Down from a chip: the chip on the same day of the next row up or
 * down (its first or last one), or that row when the day is empty. */
static gboolean
move_focus_across_rows (RegimenPlanOverview *self,
                        RegimenSessionChip  *chip,
                        RegimenOverviewRow  *row,
                        gboolean             down)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + (down ? 1 : -1);
  RegimenOverviewRow *other;
  GtkWidget *day_box;
  GtkWidget *target;

  if (index < 0)
    return TRUE;
  other = row_at (self, (guint) index);
  if (other == NULL)
    return TRUE;

  day_box = regimen_overview_row_get_day_box (other, regimen_session_chip_get_day (chip));
  target = down ? gtk_widget_get_first_child (day_box) : gtk_widget_get_last_child (day_box);
  set_week (self, (guint) index);
  gtk_widget_grab_focus (target != NULL ? target : GTK_WIDGET (other));
  return TRUE;
}

static gboolean
on_key_pressed (RegimenPlanOverview   *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  RegimenSessionChip *chip = (RegimenSessionChip *) focused_in (self, REGIMEN_TYPE_SESSION_CHIP);
  RegimenOverviewRow *row = (RegimenOverviewRow *) focused_in (self, REGIMEN_TYPE_OVERVIEW_ROW);
  gboolean up = keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up;
  gboolean down = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down;
  gboolean left = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left;
  gboolean right = keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right;

  if (self->plan == NULL || row == NULL)
    return GDK_EVENT_PROPAGATE;

  if ((keyval == GDK_KEY_Menu && modifiers == 0) ||
      (keyval == GDK_KEY_F10 && modifiers == GDK_SHIFT_MASK))
    {
      if (chip != NULL)
        popup_session_menu (self, chip, -1, -1);
      else
        popup_menu (self, row, -1, -1);
      return GDK_EVENT_STOP;
    }

  if (!(up || down || left || right))
    return GDK_EVENT_PROPAGATE;

  if (modifiers == (GDK_ALT_MASK | GDK_SHIFT_MASK) && chip != NULL)
    return move_session_by_key (self, chip, keyval);

  if (modifiers == GDK_ALT_MASK && (up || down))
    {
      move_week_by_key (self, row, down);
      return GDK_EVENT_STOP;
    }

  if (modifiers != 0)
    return GDK_EVENT_PROPAGATE;

  if (chip != NULL && (up || down))
    return move_focus_across_rows (self, chip, row, down);

  if (left || right)
    {
      GtkWidget *target = chip_beside (row, chip != NULL ? GTK_WIDGET (chip) : NULL, right);

      /* Left from the first chip goes back to the row. */
      if (target == NULL && chip != NULL && left)
        target = GTK_WIDGET (row);
      if (target != NULL)
        gtk_widget_grab_focus (target);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static GMenuModel *
new_week_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) open = g_menu_new ();
  g_autoptr(GMenu) week = g_menu_new ();
  g_autoptr(GMenu) block = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenuItem) open_item = g_menu_item_new (_("_Open in Week View"), "overview.open-week");

  g_menu_item_set_attribute (open_item, "accel", "s", "Return");
  g_menu_append_item (open, open_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (open));

  g_menu_append (week, _("_Add Week"), "win.add-week");
  g_menu_append (week, _("D_uplicate Week"), "win.duplicate-week");
  g_menu_append (week, _("Move Week _Earlier"), "win.move-week-earlier");
  g_menu_append (week, _("Move Week _Later"), "win.move-week-later");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (week, _("Make a Li_ghter Week…"), "win.make-lighter-week");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (week, _("_Copy Week To…"), "win.copy-week-to");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (week));

  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (block, _("_New Block…"), "win.new-block");
  /* Translators: an item of a week's menu in the plan overview: the block of this week */
  g_menu_append (block, _("Edit _Block…"), "win.edit-block");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (block, _("Dupl_icate Block"), "win.duplicate-block");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (block, _("Move Block Ea_rlier"), "win.move-block-earlier");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (block, _("Move Block La_ter"), "win.move-block-later");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (block, _("Add Lighter _Weeks…"), "win.add-lighter-weeks");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (block, _("Cop_y Block To…"), "win.copy-block-to");
  /* Translators: an item of a week's menu in the plan overview */
  g_menu_append (block, _("Delete Bloc_k"), "win.delete-block");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (block));

  g_menu_append (remove, _("_Delete Week"), "win.delete-week");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));

  return G_MENU_MODEL (menu);
}

static void
regimen_plan_overview_dispose (GObject *object)
{
  RegimenPlanOverview *self = REGIMEN_PLAN_OVERVIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->session_menu, gtk_widget_unparent);
  g_clear_pointer (&self->header, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->label_group);
  g_clear_object (&self->load_group);
  g_clear_object (&self->problems_group);
  g_clear_object (&self->plan);
  g_clear_object (&self->checker);

  G_OBJECT_CLASS (regimen_plan_overview_parent_class)->dispose (object);
}

static void
regimen_plan_overview_finalize (GObject *object)
{
  RegimenPlanOverview *self = REGIMEN_PLAN_OVERVIEW (object);

  g_clear_pointer (&self->summaries, g_free);
  g_clear_pointer (&self->blocks_drawn, g_free);

  G_OBJECT_CLASS (regimen_plan_overview_parent_class)->finalize (object);
}

static void
regimen_plan_overview_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RegimenPlanOverview *self = REGIMEN_PLAN_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_WEEK:
      g_value_set_uint (value, self->week);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_plan_overview_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RegimenPlanOverview *self = REGIMEN_PLAN_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_WEEK:
      regimen_plan_overview_set_week (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Rows for the plan's weeks, brought up to date with its check. */
static void
bind_rows (RegimenPlanOverview *self)
{
  if (self->plan == NULL || self->rows_bound)
    return;

  self->rows_bound = TRUE;
  gtk_list_box_bind_model (self->list, regimen_plan_get_weeks (self->plan), create_row, self, NULL);
  refresh (self);
}

static void
regimen_plan_overview_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (regimen_plan_overview_parent_class)->map (widget);

  bind_rows (REGIMEN_PLAN_OVERVIEW (widget));
}

static void
regimen_plan_overview_class_init (RegimenPlanOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = regimen_plan_overview_map;

  object_class->dispose = regimen_plan_overview_dispose;
  object_class->finalize = regimen_plan_overview_finalize;
  object_class->get_property = regimen_plan_overview_get_property;
  object_class->set_property = regimen_plan_overview_set_property;

  properties[PROP_WEEK] =
    g_param_spec_uint ("week", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[WEEK_ACTIVATED] =
    g_signal_new ("week-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_INT, G_TYPE_INT);

  /* A command of the overview refused, with the sentence to show. */
  signals[REFUSED] =
    g_signal_new ("refused",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "overview.open-week", NULL, open_week_action);
  gtk_widget_class_install_action (widget_class, "overview.open-session", "s", open_session_action);
  gtk_widget_class_install_action (widget_class, "overview.move-session-to-week", "s", move_session_to_week_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planoverview");
}

static GtkWidget *
new_column_header (RegimenPlanOverview *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *days = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;

  gtk_widget_add_css_class (header, "overview-columns");
  /* Translators: the column of week numbers in the plan overview */
  label = header_label (_("Week"), "caption-heading");
  gtk_size_group_add_widget (self->label_group, label);
  gtk_box_append (GTK_BOX (header), label);

  gtk_box_set_homogeneous (GTK_BOX (days), TRUE);
  gtk_widget_set_hexpand (days, TRUE);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      label = header_label (regimen_weekday_short_name (day), "caption-heading");
      regimen_widget_set_tooltip_when_asked (label, regimen_weekday_name (day));
      gtk_box_append (GTK_BOX (days), label);
    }
  gtk_box_append (GTK_BOX (header), days);

  /* Translators: the column of weekly loads against the budget in the plan overview */
  label = header_label (_("Load"), "caption-heading");
  gtk_size_group_add_widget (self->load_group, label);
  gtk_box_append (GTK_BOX (header), label);
  /* Translators: the column of problem counts in the plan overview, kept short */
  label = header_label (_("Problems"), "caption-heading");
  gtk_size_group_add_widget (self->problems_group, label);
  gtk_box_append (GTK_BOX (header), label);

  return header;
}

static void
regimen_plan_overview_init (RegimenPlanOverview *self)
{
  GtkEventController *keys;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->label_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->load_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->problems_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  self->header = new_column_header (self);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (self->list, FALSE);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "overview-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  /* Translators: the list of all weeks in the plan overview */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weeks of the plan"),
                                  -1);
  g_signal_connect_object (self->list, "row-selected", G_CALLBACK (on_list_row_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_list_row_activated), self, G_CONNECT_SWAPPED);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  /* Before the list's own Up/Down, which would leave a chip for its row. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "regimen-overview-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
regimen_plan_overview_new (void)
{
  return g_object_new (REGIMEN_TYPE_PLAN_OVERVIEW, NULL);
}

void
regimen_plan_overview_set_plan (RegimenPlanOverview *self,
                                RegimenPlan         *plan)
{
  g_return_if_fail (REGIMEN_IS_PLAN_OVERVIEW (self));
  g_return_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  g_clear_object (&self->checker);
  g_clear_pointer (&self->summaries, g_free);
  g_clear_pointer (&self->blocks_drawn, g_free);
  self->n_summaries = 0;
  self->rows_bound = FALSE;
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_rows (self);
}

void
regimen_plan_overview_set_checker (RegimenPlanOverview *self,
                                   RegimenChecker      *checker)
{
  g_return_if_fail (REGIMEN_IS_PLAN_OVERVIEW (self));
  g_return_if_fail (checker == NULL || REGIMEN_IS_CHECKER (checker));

  g_set_object (&self->checker, checker);
  refresh (self);
}

guint
regimen_plan_overview_get_week (RegimenPlanOverview *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN_OVERVIEW (self), 0);

  return self->week;
}

void
regimen_plan_overview_set_week (RegimenPlanOverview *self,
                                guint                week)
{
  g_return_if_fail (REGIMEN_IS_PLAN_OVERVIEW (self));

  set_week (self, week);
}

/**
 * regimen_plan_overview_get_row:
 *
 * Returns: (transfer none) (nullable): the row of @week
 */
GtkWidget *
regimen_plan_overview_get_row (RegimenPlanOverview *self,
                               guint                week)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN_OVERVIEW (self), NULL);

  return (GtkWidget *) row_at (self, week);
}

void
regimen_plan_overview_focus_week (RegimenPlanOverview *self)
{
  g_return_if_fail (REGIMEN_IS_PLAN_OVERVIEW (self));

  focus_row (self, self->week);
}
