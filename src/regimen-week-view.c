/* regimen-week-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-week-view"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-block.h"
#include "regimen-check-summary.h"
#include "regimen-item-row.h"
#include "regimen-session-card.h"
#include "regimen-templates.h"
#include "regimen-week-view.h"
#include "regimen-widget-util.h"
#include "regimen-width-bin.h"

/* The most characters of a week's label, a block's name or its goal the
 * header shows; the labels ellipsize what their width does not hold. */
#define MAX_HEADER_CHARS 200
/* A week's own label before its dates on the line under the heading: cut
 * shorter than a line alone, so that a label of a few sentences leaves
 * the dates in sight, where the line's “…” took them (issue 21, pass
 * 38c; the printed sheet does the same). */
#define HEADER_LABEL_CHARS 48
/* The most characters of the block's goal in the header's tooltip. */
#define MAX_TOOLTIP_CHARS 1000

struct _RegimenWeekView
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkLabel         *week_label;
  GtkLabel         *week_dates_label;
  GtkWidget        *block_box;
  GtkLabel         *block_label;
  GtkLabel         *block_goal_label;
  GtkWidget        *lighter_box;
  GtkBox           *days_box;
  GtkScrolledWindow *scroller;
  GtkWidget        *week_bar;
  GtkWidget        *empty_box;
  GtkFlowBox       *templates_box;
  GtkWidget        *summary_button;
  GtkLabel         *summary_hiit_label;
  GtkLabel         *summary_load_label;
  GtkImage         *summary_icon;
  GtkLabel         *summary_problems_label;
  GtkWidget        *week_menu_button;
  GtkWidget        *previous_week_button;
  GtkWidget        *next_week_button;
  GMenuModel       *week_menu;
  GtkWidget        *context_menu;
  GtkWidget        *revealed;

  RegimenDayColumn *columns[REGIMEN_DAYS_PER_WEEK];

  RegimenPlan      *plan;
  /* The plan's and its list of weeks' signals, following the plan shown. */
  GSignalGroup     *plan_signals;
  GSignalGroup     *weeks_signals;
  RegimenLibrary   *library;
  RegimenChecker   *checker;
  guint             week;

  /* Where the keyboard adds exercises: the session or day focused last. */
  RegimenSession   *target_session;
  int               target_day;
  GtkRoot          *watched_root;
};

G_DEFINE_FINAL_TYPE (RegimenWeekView, regimen_week_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WEEK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The block the week is in, its place there and the block's goal, and
 * whether it is a lighter week: in words (and an icon), not colour. */
static void
regimen_week_view_update_block (RegimenWeekView *self)
{
  guint n_weeks = self->plan != NULL ? regimen_plan_get_n_weeks (self->plan) : 0;
  g_autofree char *place = NULL;
  g_autofree char *goal = NULL;
  g_autofree char *place_line = NULL;
  g_autofree char *goal_line = NULL;
  g_autofree char *goal_tooltip = NULL;
  gboolean lighter = FALSE;
  guint block;

  if (self->week < n_weeks)
    {
      place = regimen_plan_describe_week_block (self->plan, self->week);
      lighter = regimen_week_get_lighter (regimen_plan_get_week (self->plan, self->week));
      if (regimen_plan_find_block_of_week (self->plan, self->week, &block, NULL, NULL)
          && regimen_block_get_goal (regimen_plan_get_block (self->plan, block)) != NULL)
        goal = regimen_text_without_hidden_format (regimen_block_get_goal (regimen_plan_get_block (self->plan,
                                                                                                  block)));
    }

  /* Each on one line: a block name or goal of thousands of lines would
   * push the days below the header off the screen. */
  place_line = place != NULL ? regimen_text_one_line (place, MAX_HEADER_CHARS) : NULL;
  /* A block's name in Hebrew or Arabic made the line right to left, its
   * place shown first, “week 2 of 4 · שלב א”: the line runs as the
   * window does, the name in its own direction before the words after
   * it. */
  if (place_line != NULL && regimen_text_has_right_to_left (place_line))
    {
      gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self->block_label)) == GTK_TEXT_DIR_RTL;
      char *marked = g_strconcat (rtl ? "\u200f" : "\u200e", place_line, NULL);

      g_free (place_line);
      place_line = marked;
    }
  goal_line = goal != NULL ? regimen_text_one_line (goal, MAX_HEADER_CHARS) : NULL;
  gtk_label_set_label (self->block_label, place_line != NULL ? place_line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->block_label), place != NULL);
  gtk_label_set_label (self->block_goal_label, goal_line != NULL ? goal_line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->block_goal_label), goal != NULL);
  /* Long goals are cut short in the header and longer in the tooltip,
   * on one line too, as a session card's title: a goal of a thousand
   * lines made a tooltip far taller than the screen, a bell in it a glyph. */
  goal_tooltip = goal != NULL ? regimen_text_one_line (goal, MAX_TOOLTIP_CHARS) : NULL;
  if (g_strcmp0 (gtk_widget_get_tooltip_text (self->block_box), goal_tooltip) != 0)
    gtk_widget_set_tooltip_text (self->block_box, goal_tooltip);
  gtk_widget_set_visible (self->block_box, place != NULL || lighter);
  gtk_widget_set_visible (self->lighter_box, lighter);
}

static void
regimen_week_view_update_header (RegimenWeekView *self)
{
  guint n_weeks = self->plan != NULL ? regimen_plan_get_n_weeks (self->plan) : 0;
  const GDate *start_date = self->plan != NULL ? regimen_plan_get_start_date (self->plan) : NULL;
  g_autofree char *position = NULL;
  g_autofree char *subtitle = NULL;
  char first[64] = "";
  char last[64] = "";
  const char *label = NULL;

  if (n_weeks > 0)
    label = regimen_week_get_label (regimen_plan_get_week (self->plan, self->week));

  /* The heading counts weeks by place, so it stays right when weeks are
   * added, moved or deleted; a label of the week's own goes below. */
  /* Translators: the week's place in the plan, “Week 2 of 6” */
  position = g_strdup_printf (_("Week %u of %u"), self->week + 1, MAX (n_weeks, 1));
  gtk_label_set_label (self->week_label, position);

  /* One of spaces or zero-width characters alone is none, as on the
   * printed sheet: the dates stood after a blank and a “·”. So is one
   * such as “Week 3” that only repeats the week's place, and is wrong
   * once weeks move. */
  if (!regimen_week_label_says_more (label, self->week))
    label = NULL;

  if (start_date != NULL && g_date_valid (start_date))
    {
      g_autoptr(GDate) monday = regimen_week_day_date (start_date, self->week, 0);
      g_autoptr(GDate) sunday = regimen_week_day_date (start_date, self->week, REGIMEN_DAYS_PER_WEEK - 1);

      /* Translators: the first day of the shown week, as g_date_strftime() takes it, “23 Nov” */
      g_date_strftime (first, sizeof first, C_("week range start", "%-d %b"), monday);
      /* Translators: the last day of the shown week, as g_date_strftime() takes it, “29 Nov 2026” */
      g_date_strftime (last, sizeof last, C_("week range end", "%-d %b %Y"), sunday);
    }

  if (*first != '\0' && label != NULL)
    {
      /* A bidi override in the label must not reverse the dates, nor its
       * line breaks push the days off the screen. */
      g_autofree char *plain_label = regimen_text_one_line (label, HEADER_LABEL_CHARS);

      /* Nor a label in Hebrew or Arabic make the line right to left and
       * take the dates into its run: “Nov – 22 Nov 2026 16 · שבוע קל”. */
      gboolean right_to_left = regimen_text_has_right_to_left (plain_label);
      g_autofree char *shown_label = right_to_left ? regimen_text_isolate (plain_label) : g_strdup (plain_label);
      g_autofree char *line = NULL;
      GtkTextDirection direction = gtk_widget_get_direction (GTK_WIDGET (self->week_dates_label));

      /* Translators: the week's own label and its dates, “Deload · 30 Nov – 6 Dec 2026” */
      line = g_strdup_printf (_("%s · %s – %s"), shown_label, first, last);
      if (right_to_left)
        subtitle = g_strconcat (direction == GTK_TEXT_DIR_RTL ? "\u200f" : "\u200e", line, NULL);
      else
        subtitle = g_steal_pointer (&line);
    }
  else if (*first != '\0')
    /* Translators: a range of dates, “23 Nov – 29 Nov 2026” */
    subtitle = g_strdup_printf (C_("date range", "%s – %s"), first, last);
  else if (label != NULL)
    subtitle = regimen_text_one_line (label, MAX_HEADER_CHARS);

  gtk_label_set_label (self->week_dates_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->week_dates_label), subtitle != NULL);

  regimen_week_view_update_block (self);
}

/* Only the class that changes: most updates leave the state as it was. */
static void
set_state_class (GtkWidget  *widget,
                 const char *state)
{
  static const char * const states[] = { "error", "warning", "success" };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    regimen_widget_set_css_class (widget, states[i], g_strcmp0 (state, states[i]) == 0);
}

/* The check in a line that never folds away: HIIT against the limit, load
 * against the budget, and the plan's problems by their worst severity. */
static void
regimen_week_view_update_summary (RegimenWeekView *self)
{
  RegimenCheckSummary summary;
  g_autofree char *hiit = NULL;
  g_autofree char *load = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *accessible = NULL;
  const char *icon = "emblem-ok-symbolic";
  const char *state = "success";

  gtk_widget_set_visible (self->summary_button, self->checker != NULL);
  if (self->checker == NULL)
    return;

  regimen_check_summary_compute (self->checker, self->week, &summary);

  /* Translators: HIIT sessions in the shown week against the limit, in the check summary above the week */
  hiit = g_strdup_printf (_("HIIT %u of %u"), summary.hiit_sessions, summary.hiit_limit);
  if (summary.budget > 0)
    /* Translators: the week's training load against its budget, in arbitrary units */
    load = g_strdup_printf (_("%.0f of %.0f AU"), summary.load, summary.budget);
  else
    /* Translators: the week's training load, in arbitrary units */
    load = g_strdup_printf (_("%.0f AU"), summary.load);

  if (summary.n_problems == 0)
    problems = g_strdup (_("No problems"));
  else
    problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", summary.n_problems),
                                summary.n_problems);

  if (summary.n_problems > 0)
    switch (summary.worst)
      {
      case REGIMEN_SEVERITY_ERROR:
        icon = "dialog-error-symbolic";
        state = "error";
        break;
      case REGIMEN_SEVERITY_WARNING:
        icon = "dialog-warning-symbolic";
        state = "warning";
        break;
      case REGIMEN_SEVERITY_INFO:
      default:
        icon = "dialog-information-symbolic";
        state = NULL;
        break;
      }

  gtk_label_set_label (self->summary_hiit_label, hiit);
  set_state_class (GTK_WIDGET (self->summary_hiit_label),
                   regimen_check_summary_hiit_over (&summary) ? "error" : NULL);
  gtk_label_set_label (self->summary_load_label, load);
  set_state_class (GTK_WIDGET (self->summary_load_label),
                   regimen_check_summary_load_over (&summary) ? "error" : NULL);
  gtk_label_set_label (self->summary_problems_label, problems);
  if (g_strcmp0 (gtk_image_get_icon_name (self->summary_icon), icon) != 0)
    gtk_image_set_from_icon_name (self->summary_icon, icon);
  set_state_class (GTK_WIDGET (self->summary_icon), state);

  /* The whole line in words, worst severity included, for screen readers. */
  accessible = regimen_check_summary_to_string (&summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
regimen_week_view_update_loads (RegimenWeekView *self)
{
  const RegimenWeekStats *stats = NULL;
  double scale;

  if (self->checker != NULL && self->week < regimen_checker_get_n_weeks (self->checker))
    stats = regimen_checker_get_week_stats (self->checker, self->week);

  /* Every day shares one scale, so a light week looks light. */
  scale = regimen_week_load_scale (stats);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      double load = stats != NULL ? stats->daily_loads[day] : 0;

      regimen_day_column_set_load (self->columns[day], load, scale > 0 ? load / scale : 0);
    }

  regimen_week_view_update_summary (self);
}

/* Days and sessions of the shown week that break a rule are marked where
 * they are, besides being listed in the check panel. */
static void
regimen_week_view_update_marks (RegimenWeekView *self)
{
  g_autoptr(RegimenWeekMarks) marks = NULL;
  g_autoptr(GPtrArray) none = NULL;
  GPtrArray *diagnostics;

  if (self->checker == NULL || self->plan == NULL)
    return;

  /* The week's own diagnostics: a walk over the whole plan's made every
   * week's messages, and cost a 520-week plan more at each drop than
   * checking it again. */
  if (self->week < regimen_checker_get_n_weeks (self->checker))
    diagnostics = regimen_checker_peek_week_diagnostics (self->checker, self->week);
  else
    diagnostics = none = g_ptr_array_new ();
  marks = regimen_week_marks_new (self->plan, self->week, diagnostics);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *model = regimen_day_column_get_model (self->columns[day]);
      guint n = model != NULL ? regimen_day_get_n_sessions (model) : 0;
      RegimenSeverity severity = REGIMEN_SEVERITY_ERROR;
      const char *messages = regimen_week_marks_get_day (marks, day, &severity);

      regimen_day_column_set_problems (self->columns[day], severity, messages);

      for (guint s = 0; s < n; s++)
        {
          GtkWidget *card = regimen_day_column_get_session_card (self->columns[day], s);

          severity = REGIMEN_SEVERITY_ERROR;
          messages = regimen_week_marks_get_session (marks, day, s, &severity);
          if (card != NULL)
            regimen_session_card_set_problems (REGIMEN_SESSION_CARD (card), severity, messages);
        }
    }
}

/* The day of the shown week that holds @session, or -1 when it is not in
 * that week (moved away, removed, or the plan changed). */
static int
shown_day_of_session (RegimenWeekView *self,
                      RegimenSession  *session)
{
  RegimenWeek *week;

  if (self->plan == NULL || self->week >= regimen_plan_get_n_weeks (self->plan))
    return -1;

  week = regimen_plan_get_week (self->plan, self->week);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *model = regimen_week_get_day (week, day);
      guint n = regimen_day_get_n_sessions (model);

      for (guint s = 0; s < n; s++)
        if (regimen_day_get_session (model, s) == session)
          return day;
    }

  return -1;
}

static GtkWidget *
card_of_session (RegimenWeekView *self,
                 RegimenSession  *session)
{
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *model = regimen_day_column_get_model (self->columns[day]);
      guint n = model != NULL ? regimen_day_get_n_sessions (model) : 0;

      for (guint s = 0; s < n; s++)
        if (regimen_day_get_session (model, s) == session)
          return regimen_day_column_get_session_card (self->columns[day], s);
    }

  return NULL;
}

static void
regimen_week_view_mark_target (RegimenWeekView *self,
                               gboolean         marked)
{
  GtkWidget *card = self->target_session != NULL ? card_of_session (self, self->target_session) : NULL;

  if (card == NULL)
    return;

  if (marked)
    regimen_widget_set_css_class (card, "target", TRUE);
  else
    regimen_widget_set_css_class (card, "target", FALSE);
}

/* Nothing planned yet: no session, and no block either (a person who
 * made blocks has begun, and needs the height for the week). */
static gboolean
plan_is_empty (RegimenPlan *plan)
{
  guint n_weeks = regimen_plan_get_n_weeks (plan);

  if (regimen_plan_get_n_blocks (plan) > 0)
    return FALSE;

  for (guint week = 0; week < n_weeks; week++)
    for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
      if (regimen_day_get_n_sessions (regimen_plan_get_day (plan, week, day)) > 0)
        return FALSE;

  return TRUE;
}

/* A plan with nothing in it says how to begin, above the days it is
 * begun on. */
static void
regimen_week_view_update_empty (RegimenWeekView *self)
{
  gtk_widget_set_visible (self->empty_box, self->plan != NULL && plan_is_empty (self->plan));
}

static void
on_plan_changed (RegimenWeekView *self,
                 RegimenPlan     *plan)
{
  regimen_week_view_update_empty (self);
  /* Blocks and lighter marks change without the weeks' list changing. */
  regimen_week_view_update_block (self);
}

static void
regimen_week_view_update_days (RegimenWeekView *self)
{
  RegimenWeek *week = NULL;
  const GDate *start_date = NULL;
  g_autoptr(GtkWidget) marked = NULL;
  GtkWidget *target;

  if (self->plan != NULL && regimen_plan_get_n_weeks (self->plan) > 0)
    {
      week = regimen_plan_get_week (self->plan, self->week);
      start_date = regimen_plan_get_start_date (self->plan);
    }

  /* A card may show another session below (another week's): the target's
   * mark moves to the target's card after, and stays where that is the
   * same card (taken off and put back, it would restyle the whole card). */
  /* Held: the day columns below may remove (and so free) that card. */
  if (self->target_session != NULL && (target = card_of_session (self, self->target_session)) != NULL)
    marked = g_object_ref (target);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      g_autoptr(GDate) date = NULL;

      if (start_date != NULL && g_date_valid (start_date))
        date = regimen_week_day_date (start_date, self->week, day);

      regimen_day_column_set_date (self->columns[day], date);
      regimen_day_column_set_model (self->columns[day],
                                    week != NULL ? regimen_week_get_day (week, day) : NULL,
                                    self->library,
                                    self->plan);
    }

  regimen_week_view_update_header (self);
  regimen_week_view_update_loads (self);
  regimen_week_view_update_marks (self);
  target = self->target_session != NULL ? card_of_session (self, self->target_session) : NULL;
  if (marked != target && marked != NULL)
    gtk_widget_remove_css_class (marked, "target");
  if (target != NULL)
    regimen_widget_set_css_class (target, "target", TRUE);
  regimen_week_view_update_empty (self);
}

static void
on_plan_weeks_changed (RegimenWeekView *self,
                       guint            position,
                       guint            removed,
                       guint            added,
                       GListModel      *weeks)
{
  guint n_weeks = g_list_model_get_n_items (weeks);

  if (self->week >= n_weeks && n_weeks > 0)
    regimen_week_view_set_week (self, n_weeks - 1);
  else
    regimen_week_view_update_days (self);
}

static void
on_plan_notify (RegimenWeekView *self,
                GParamSpec      *pspec,
                RegimenPlan     *plan)
{
  regimen_week_view_update_days (self);
}

/* The columns report drops with the objects and the gap they landed in;
 * the core's commands take them as they are. */
/* A new session of @exercise at the end of @day of the shown week. A plan
 * of no weeks (the command line can remove them all) shows an empty first
 * week: adding to it makes that week, in the same undo step, whether the
 * exercise came by the keyboard, a menu or a drop. Returns the session
 * (owned by the plan), or NULL when nothing was added. */
static RegimenSession *
add_session_for_exercise (RegimenWeekView *self,
                          RegimenExercise *exercise,
                          guint            day)
{
  g_autoptr(RegimenSession) created = regimen_session_new_for_exercise (exercise);
  gboolean first_week = regimen_plan_get_n_weeks (self->plan) == 0;
  RegimenDay *model;
  gboolean added;

  if (first_week)
    {
      g_autoptr(RegimenWeek) blank = regimen_week_new (NULL);

      regimen_plan_begin_user_action (self->plan, _("Add Session"));
      if (!regimen_plan_add_week (self->plan, 0, blank))
        {
          regimen_plan_end_user_action (self->plan);
          return NULL;
        }
    }

  model = regimen_day_column_get_model (self->columns[day]);
  added = model != NULL && regimen_plan_add_session_to (self->plan, model, G_MAXUINT, created);

  if (first_week)
    regimen_plan_end_user_action (self->plan);

  return added ? created : NULL;
}

static void
on_column_exercise_dropped (RegimenWeekView  *self,
                            RegimenExercise  *exercise,
                            RegimenSession   *session,
                            guint             slot,
                            RegimenDayColumn *column)
{
  if (self->plan == NULL)
    return;

  if (session == NULL)
    {
      for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
        if (self->columns[day] == column)
          add_session_for_exercise (self, exercise, day);
    }
  else
    {
      g_autoptr(RegimenItem) item = regimen_item_new_for_exercise (exercise);

      regimen_plan_add_item_to (self->plan, session, slot, item);
    }
}

static void
on_column_session_dropped (RegimenWeekView  *self,
                           RegimenSession   *session,
                           guint             slot,
                           RegimenDayColumn *column)
{
  if (self->plan != NULL)
    regimen_plan_move_session_to (self->plan, session, regimen_day_column_get_model (column), slot);
}

static void
on_column_item_dropped (RegimenWeekView  *self,
                        RegimenItem      *item,
                        RegimenSession   *session,
                        guint             slot,
                        RegimenDayColumn *column)
{
  if (self->plan != NULL)
    regimen_plan_move_item_to (self->plan, item, session, slot);
}

/* The last session or day the focus was in becomes the target of Ctrl+1…7
 * and of Enter in the library. */
static void
on_root_focus_widget (RegimenWeekView *self,
                      GParamSpec      *pspec,
                      GtkWindow       *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  GtkWidget *card;
  GtkWidget *column;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;

  column = gtk_widget_get_ancestor (focus, REGIMEN_TYPE_DAY_COLUMN);
  if (column == NULL)
    return;

  card = gtk_widget_get_ancestor (focus, REGIMEN_TYPE_SESSION_CARD);
  regimen_week_view_set_target (self,
                                regimen_day_column_get_day (REGIMEN_DAY_COLUMN (column)),
                                card != NULL ? regimen_session_card_get_session (REGIMEN_SESSION_CARD (card)) : NULL);
}

static void
regimen_week_view_root (GtkWidget *widget)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (regimen_week_view_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    {
      self->watched_root = root;
      g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (on_root_focus_widget), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
regimen_week_view_unroot (GtkWidget *widget)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (widget);

  if (self->watched_root != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_root, on_root_focus_widget, self);
  self->watched_root = NULL;

  GTK_WIDGET_CLASS (regimen_week_view_parent_class)->unroot (widget);
}

static void
clear_revealed (RegimenWeekView *self)
{
  if (self->revealed != NULL)
    {
      gtk_widget_remove_css_class (self->revealed, "revealed");
      gtk_widget_remove_css_class (self->revealed, "revealed-again");
    }
  g_clear_object (&self->revealed);
}

static void
on_week_menu_create_popup (GtkMenuButton *button,
                           gpointer       user_data)
{
  RegimenWeekView *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->week_menu);
}

static void
on_week_bar_pressed (RegimenWeekView *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGesture      *gesture)
{
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };
  graphene_point_t point;

  if (!gtk_widget_compute_point (self->week_bar, GTK_WIDGET (self), &GRAPHENE_POINT_INIT ((float) x, (float) y), &point))
    return;

  rect.x = (int) point.x;
  rect.y = (int) point.y;
  if (self->context_menu == NULL)
    {
      self->context_menu = gtk_popover_menu_new_from_model (self->week_menu);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
regimen_week_view_dispose (GObject *object)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (object);

  clear_revealed (self);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_WEEK_VIEW);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->weeks_signals);
  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_clear_object (&self->checker);
  g_clear_object (&self->target_session);

  G_OBJECT_CLASS (regimen_week_view_parent_class)->dispose (object);
}

static void
regimen_week_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (object);

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
regimen_week_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (object);

  switch (prop_id)
    {
    case PROP_WEEK:
      regimen_week_view_set_week (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The natural width is what seven columns need at their minimum width,
 * whatever they hold: the panels beside the week fold at widths that do not
 * move when a long exercise name is dropped in. */
static void
regimen_week_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int days_minimum;

      gtk_widget_measure (GTK_WIDGET (self->days_box), orientation, -1, &days_minimum, NULL, NULL, NULL);
      *natural = MAX (*minimum, days_minimum);
    }
}

static void
regimen_week_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
regimen_week_view_class_init (RegimenWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_week_view_dispose;
  object_class->get_property = regimen_week_view_get_property;
  object_class->set_property = regimen_week_view_set_property;

  widget_class->measure = regimen_week_view_measure;
  widget_class->size_allocate = regimen_week_view_size_allocate;
  widget_class->root = regimen_week_view_root;
  widget_class->unroot = regimen_week_view_unroot;

  properties[PROP_WEEK] =
    g_param_spec_uint ("week", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-week-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, box);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, week_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, week_dates_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, block_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, block_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, block_goal_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, lighter_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, days_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, week_bar);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, empty_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, templates_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, summary_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, summary_hiit_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, summary_load_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, summary_problems_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, week_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, previous_week_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, next_week_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWeekView, week_menu);

  gtk_widget_class_set_css_name (widget_class, "weekview");

  g_type_ensure (REGIMEN_TYPE_DAY_COLUMN);
  g_type_ensure (REGIMEN_TYPE_WIDTH_BIN);
}

static void
regimen_week_view_init (RegimenWeekView *self)
{
  const RegimenTemplate *templates;
  guint n_templates;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not the template's tooltip-text: each would ask the X server where
   * the pointer is at every start (regimen_widget_set_tooltip_when_asked()). */
  regimen_widget_set_tooltip_when_asked (self->summary_button, _("Show or Hide the Plan Check (Ctrl+F9)"));
  regimen_widget_set_tooltip_when_asked (self->week_menu_button, _("Week and Block Menu"));
  regimen_widget_set_tooltip_when_asked (self->previous_week_button, _("Previous Week (Alt+Left)"));
  regimen_widget_set_tooltip_when_asked (self->next_week_button, _("Next Week (Alt+Right)"));

  self->plan_signals = g_signal_group_new (REGIMEN_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "notify::start-date",
                                 G_CALLBACK (on_plan_notify), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->plan_signals, "changed",
                                 G_CALLBACK (on_plan_changed), self, G_CONNECT_SWAPPED);
  self->weeks_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->weeks_signals, "items-changed",
                                 G_CALLBACK (on_plan_weeks_changed), self, G_CONNECT_SWAPPED);

  self->target_day = -1;

  /* The week menu's popovers, the button's and the one a right click on
   * the week's header opens (on_week_bar_pressed()), are made when first
   * opened, not with the window. */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->week_menu_button), on_week_menu_create_popup,
                                         self, NULL);

  templates = regimen_templates_get (&n_templates);
  for (guint i = 0; i < n_templates; i++)
    {
      const char *title = regimen_template_get_title (&templates[i]);
      GtkWidget *button = gtk_button_new_with_label (title);
      g_autofree char *accessible = NULL;

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.new-from-template");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", templates[i].id);
      regimen_widget_set_tooltip_when_asked (button, regimen_template_get_description (&templates[i]));
      /* Translators: the accessible name of a button that starts the plan from a programme, “Start from Core Series” */
      accessible = g_strdup_printf (_("Start from %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      gtk_flow_box_append (self->templates_box, button);
      /* One Tab stop per programme: the button, not its flow box child. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_week_bar_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->week_bar, GTK_EVENT_CONTROLLER (click));

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      self->columns[day] = REGIMEN_DAY_COLUMN (regimen_day_column_new (day));
      gtk_box_append (self->days_box, GTK_WIDGET (self->columns[day]));

      g_signal_connect_object (self->columns[day], "exercise-dropped",
                               G_CALLBACK (on_column_exercise_dropped), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->columns[day], "session-dropped",
                               G_CALLBACK (on_column_session_dropped), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->columns[day], "item-dropped",
                               G_CALLBACK (on_column_item_dropped), self,
                               G_CONNECT_SWAPPED);
    }

  regimen_week_view_update_days (self);
}

GtkWidget *
regimen_week_view_new (void)
{
  return g_object_new (REGIMEN_TYPE_WEEK_VIEW, NULL);
}

/**
 * regimen_week_view_get_day_column:
 * @self: a #RegimenWeekView
 * @day: 0 (Monday) to 6 (Sunday)
 *
 * Returns: (transfer none): the column showing @day
 */
RegimenDayColumn *
regimen_week_view_get_day_column (RegimenWeekView *self,
                                  guint            day)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), NULL);
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return self->columns[day];
}

/**
 * regimen_week_view_get_plan:
 * @self: a #RegimenWeekView
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
RegimenPlan *
regimen_week_view_get_plan (RegimenWeekView *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), NULL);

  return self->plan;
}

/**
 * regimen_week_view_set_plan:
 * @self: a #RegimenWeekView
 * @plan: (nullable): the plan to show
 * @library: (nullable): the library that names its exercises
 *
 * Shows the first week of @plan and follows the plan's changes.
 */
void
regimen_week_view_set_plan (RegimenWeekView *self,
                            RegimenPlan     *plan,
                            RegimenLibrary  *library)
{
  g_return_if_fail (REGIMEN_IS_WEEK_VIEW (self));
  g_return_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan));
  g_return_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library));

  g_set_object (&self->library, library);

  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  g_signal_group_set_target (self->weeks_signals, plan != NULL ? regimen_plan_get_weeks (plan) : NULL);

  self->week = 0;
  regimen_week_view_update_days (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK]);
}

/**
 * regimen_week_view_set_today:
 * @self: a #RegimenWeekView
 * @today: (nullable): the day it is now, or %NULL for the clock's
 *
 * A new day has begun (a window open past midnight): the session cards
 * say again which sessions' days are over.
 */
void
regimen_week_view_set_today (RegimenWeekView *self,
                             const GDate     *today)
{
  g_return_if_fail (REGIMEN_IS_WEEK_VIEW (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      GtkWidget *card;

      for (guint i = 0; (card = regimen_day_column_get_session_card (self->columns[day], i)) != NULL; i++)
        if (REGIMEN_IS_SESSION_CARD (card))
          regimen_session_card_set_today (REGIMEN_SESSION_CARD (card), today);
    }
}

guint
regimen_week_view_get_week (RegimenWeekView *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), 0);

  return self->week;
}

/**
 * regimen_week_view_set_week:
 * @self: a #RegimenWeekView
 * @week: the week of the plan to show, from 0
 */
void
regimen_week_view_set_week (RegimenWeekView *self,
                            guint            week)
{
  guint n_weeks;

  g_return_if_fail (REGIMEN_IS_WEEK_VIEW (self));

  n_weeks = self->plan != NULL ? regimen_plan_get_n_weeks (self->plan) : 0;
  week = n_weeks > 0 ? MIN (week, n_weeks - 1) : 0;

  if (self->week == week)
    {
      regimen_week_view_update_days (self);
      return;
    }

  /* The cards are kept for the new week's sessions: the mark of a place
   * revealed in the week before goes with it. */
  clear_revealed (self);
  self->week = week;
  regimen_week_view_update_days (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK]);
}

/**
 * regimen_week_view_set_checker:
 * @self: a #RegimenWeekView
 * @checker: (nullable): the latest check of the plan
 *
 * Shows each day's load from @checker.
 */
void
regimen_week_view_set_checker (RegimenWeekView *self,
                               RegimenChecker  *checker)
{
  g_return_if_fail (REGIMEN_IS_WEEK_VIEW (self));
  g_return_if_fail (checker == NULL || REGIMEN_IS_CHECKER (checker));

  g_set_object (&self->checker, checker);
  regimen_week_view_update_loads (self);
  regimen_week_view_update_marks (self);
}

/* Once the revealed place has its size, scroll the days so all of it
 * shows (new cards of another week are laid out on the next frame). */
static gboolean
scroll_to_revealed (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       data)
{
  RegimenWeekView *self = REGIMEN_WEEK_VIEW (widget);
  graphene_rect_t bounds;

  if (self->revealed == NULL
      || !gtk_widget_compute_bounds (self->revealed, GTK_WIDGET (self->days_box), &bounds))
    return G_SOURCE_REMOVE;

  gtk_adjustment_clamp_page (gtk_scrolled_window_get_hadjustment (self->scroller),
                             bounds.origin.x, bounds.origin.x + bounds.size.width);
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (self->scroller),
                             bounds.origin.y, bounds.origin.y + bounds.size.height);

  return G_SOURCE_REMOVE;
}

/**
 * regimen_week_view_reveal:
 * @self: a #RegimenWeekView
 * @week: a week of the plan
 * @day: a day of that week, or -1
 * @session: a session of that day, or -1
 * @grab_focus: whether the session or day takes the keyboard focus
 *
 * Shows @week, scrolls to the session or day, and marks it for a moment
 * so the eye finds it.
 */
void
regimen_week_view_reveal (RegimenWeekView *self,
                          guint            week,
                          int              day,
                          int              session,
                          gboolean         grab_focus)
{
  g_autoptr(GtkWidget) previous = NULL;
  gboolean previous_first = FALSE;
  GtkWidget *target;

  g_return_if_fail (REGIMEN_IS_WEEK_VIEW (self));

  if (self->revealed != NULL)
    {
      previous = g_object_ref (self->revealed);
      previous_first = gtk_widget_has_css_class (previous, "revealed");
    }

  regimen_week_view_set_week (self, week);
  clear_revealed (self);

  if (day < 0 || day >= REGIMEN_DAYS_PER_WEEK)
    return;

  target = GTK_WIDGET (self->columns[day]);
  if (session >= 0)
    {
      GtkWidget *card = regimen_day_column_get_session_card (self->columns[day], session);

      if (card != NULL)
        target = card;
    }

  /* The mark shows a few seconds, long enough to find it after the view
   * scrolled there, and fades by its CSS animation; a new jump moves it.
   * A class taken off and put back within a frame does not restart an
   * animation, so a second jump to the same place uses the other one. */
  self->revealed = g_object_ref (target);
  gtk_widget_add_css_class (target, target == previous && previous_first ? "revealed-again" : "revealed");
  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_revealed, NULL, NULL);

  if (grab_focus)
    gtk_widget_grab_focus (target);
}

/**
 * regimen_week_view_get_revealed:
 * @self: a #RegimenWeekView
 *
 * Returns: (transfer none) (nullable): the session card or day column
 *   the last regimen_week_view_reveal() marked
 */
GtkWidget *
regimen_week_view_get_revealed (RegimenWeekView *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), NULL);

  return self->revealed;
}

static GtkWidget *
find_widget_of (GtkWidget *widget,
                gpointer   object)
{
  if ((REGIMEN_IS_SESSION_CARD (widget)
       && regimen_session_card_get_session (REGIMEN_SESSION_CARD (widget)) == object)
      || (REGIMEN_IS_ITEM_ROW (widget)
          && regimen_item_row_get_item (REGIMEN_ITEM_ROW (widget)) == object))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of (child, object);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * regimen_week_view_focus_object:
 * @self: a #RegimenWeekView
 * @object: a #RegimenSession or #RegimenItem of the shown week
 *
 * Focuses the card or row that shows @object, which a command may just
 * have rebuilt somewhere else.
 *
 * Returns: %TRUE when the week shows @object
 */
gboolean
regimen_week_view_focus_object (RegimenWeekView *self,
                                gpointer         object)
{
  GtkWidget *found;

  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (object) || REGIMEN_IS_ITEM (object), FALSE);

  found = find_widget_of (GTK_WIDGET (self->days_box), object);
  if (found == NULL)
    return FALSE;

  return gtk_widget_grab_focus (found);
}

/**
 * regimen_week_view_set_target:
 * @self: a #RegimenWeekView
 * @day: a day of the shown week, or -1 for none
 * @session: (nullable): a session of that day, or %NULL for the day itself
 *
 * Makes @session (or @day) where the keyboard adds exercises next. The
 * focus sets it; adding an exercise makes its session the target, so the
 * next one joins it.
 */
void
regimen_week_view_set_target (RegimenWeekView *self,
                              int              day,
                              RegimenSession  *session)
{
  g_return_if_fail (REGIMEN_IS_WEEK_VIEW (self));
  g_return_if_fail (day >= -1 && day < REGIMEN_DAYS_PER_WEEK);
  g_return_if_fail (session == NULL || REGIMEN_IS_SESSION (session));

  self->target_day = day;
  /* Focus moving within the target's card leaves its mark alone; a card
   * made again for the same session (moved, undone) is marked anew. */
  if (session == self->target_session)
    {
      regimen_week_view_mark_target (self, TRUE);
      return;
    }

  regimen_week_view_mark_target (self, FALSE);
  g_set_object (&self->target_session, session);
  regimen_week_view_mark_target (self, TRUE);
}

/**
 * regimen_week_view_get_target:
 * @self: a #RegimenWeekView
 * @day: (out) (optional): the target's day in the shown week, or -1
 *
 * Returns: (transfer none) (nullable): the target session, if it is still
 *   in the shown week; %NULL when the target is a day or there is none
 */
RegimenSession *
regimen_week_view_get_target (RegimenWeekView *self,
                              int             *day)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), NULL);

  if (self->target_session != NULL)
    {
      int session_day = shown_day_of_session (self, self->target_session);

      if (session_day < 0)
        g_clear_object (&self->target_session);
      self->target_day = session_day;
    }

  if (day != NULL)
    *day = self->target_day;

  return self->target_session;
}

/**
 * regimen_week_view_add_exercise:
 * @self: a #RegimenWeekView
 * @exercise: the exercise to add
 * @day: a day of the shown week
 * @session: (nullable): the session of that day to add it to, or %NULL
 *   for a new session
 *
 * Adds @exercise as the keyboard and the menus do, and makes the session it
 * went into the target, so that the next exercise joins it.
 *
 * Returns: (transfer none) (nullable): that session, or %NULL when nothing
 *   was added
 */
RegimenSession *
regimen_week_view_add_exercise (RegimenWeekView *self,
                                RegimenExercise *exercise,
                                guint            day,
                                RegimenSession  *session)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), NULL);
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (session == NULL || REGIMEN_IS_SESSION (session), NULL);

  if (self->plan == NULL || day >= REGIMEN_DAYS_PER_WEEK)
    return NULL;

  if (session != NULL)
    {
      g_autoptr(RegimenItem) item = regimen_item_new_for_exercise (exercise);

      if (!regimen_plan_add_item_to (self->plan, session, G_MAXUINT, item))
        return NULL;
    }
  else if ((session = add_session_for_exercise (self, exercise, day)) == NULL)
    return NULL;

  regimen_week_view_set_target (self, day, session);

  return session;
}

/* The most characters of a session's title in the "Add to" menu. */
#define MAX_MENU_TITLE_CHARS 60

/* A session's title as an item of the "Add to" menu names it: on one line
 * and cut short, since a title of a thousand lines made its item that
 * tall and the menu ran off the screen, and with its underscores doubled,
 * since a menu item takes “_” for a mnemonic (“Lower_body” showed as
 * “Lowerbody”). */
static char *
menu_title (RegimenSession *session)
{
  g_autofree char *line = regimen_text_one_line (regimen_session_get_display_title (session),
                                                 MAX_MENU_TITLE_CHARS);
  g_auto(GStrv) parts = g_strsplit (line, "_", -1);

  return g_strjoinv ("__", parts);
}

/**
 * regimen_week_view_new_add_menu:
 * @self: a #RegimenWeekView
 * @exercise_id: the exercise the menu adds
 *
 * The "Add to" menu of a library row: the target first, then each day of
 * the shown week with its sessions and a new session.
 *
 * Returns: (transfer full): the menu
 */
GMenuModel *
regimen_week_view_new_add_menu (RegimenWeekView *self,
                                const char      *exercise_id)
{
  GMenu *menu = g_menu_new ();
  RegimenSession *target;
  int target_day;

  g_return_val_if_fail (REGIMEN_IS_WEEK_VIEW (self), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  target = regimen_week_view_get_target (self, &target_day);
  if (target_day >= 0)
    {
      g_autoptr(GMenu) section = g_menu_new ();
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (target != NULL)
        {
          g_autofree char *title = menu_title (target);

          /* Translators: the first entry of the “Add to” menu, the session focused last and its day, “Lower body A (Monday)” */
          label = g_strdup_printf (_("%s (%s)"), title, regimen_weekday_name (target_day));
        }
      else
        /* Translators: the first entry of the “Add to” menu, the day focused last, “New session on Monday” */
        label = g_strdup_printf (_("New Session on %s"), regimen_weekday_name (target_day));

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.add-exercise-to-target", g_variant_new_string (exercise_id));
      g_menu_item_set_attribute (item, "accel", "s", "Return");
      g_menu_append_item (section, item);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *model = regimen_day_column_get_model (self->columns[day]);
      guint n = model != NULL ? regimen_day_get_n_sessions (model) : 0;
      g_autoptr(GMenu) section = g_menu_new ();
      g_autoptr(GMenuItem) new_item = NULL;
      g_autofree char *new_label = NULL;
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", day + 1);

      for (guint s = 0; s < n; s++)
        {
          RegimenSession *session = regimen_day_get_session (model, s);
          g_autoptr(GMenuItem) item = NULL;
          g_autofree char *label = NULL;
          g_autofree char *title = menu_title (session);

          /* Translators: an entry of the “Add to” menu, a day and one of its sessions, “Monday: Lower body A” */
          label = g_strdup_printf (_("%s: %s"), regimen_weekday_name (day), title);
          item = g_menu_item_new (label, NULL);
          g_menu_item_set_action_and_target_value (item, "win.add-exercise-to-session",
                                                   g_variant_new ("(sii)", exercise_id, (gint32) day, (gint32) s));
          g_menu_append_item (section, item);
        }

      /* Translators: an entry of the “Add to” menu, “Monday: New Session” */
      new_label = g_strdup_printf (_("%s: New Session"), regimen_weekday_name (day));
      new_item = g_menu_item_new (new_label, NULL);
      g_menu_item_set_action_and_target_value (new_item, "win.add-exercise-new-session",
                                               g_variant_new ("(si)", exercise_id, (gint32) day));
      g_menu_item_set_attribute (new_item, "accel", "s", accel);
      g_menu_append_item (section, new_item);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }

  return G_MENU_MODEL (menu);
}
