/* regimen-overview-row.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-overview-row"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-overview-row.h"
#include "regimen-session-chip.h"
#include "regimen-widget-util.h"

struct _RegimenOverviewRow
{
  GtkListBoxRow       parent_instance;

  RegimenPlan        *plan;
  RegimenWeek        *week;
  RegimenWeekSummary  summary;
  gboolean            has_summary;

  GtkWidget          *label_box;
  GtkWidget          *load_box;
  GtkLabel           *week_label;
  GtkLabel           *dates_label;
  GtkLabel           *lighter_label;
  GtkWidget          *day_boxes[REGIMEN_DAYS_PER_WEEK];
  GtkLevelBar        *load_bar;
  GtkLabel           *load_label;
  GtkImage           *problems_icon;
  GtkLabel           *problems_label;
  GtkWidget          *problems_box;
};

G_DEFINE_FINAL_TYPE (RegimenOverviewRow, regimen_overview_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_WEEK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  WEEK_DROPPED,
  SESSION_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
day_of_box (GtkWidget *day_box)
{
  RegimenOverviewRow *self = REGIMEN_OVERVIEW_ROW (gtk_widget_get_ancestor (day_box, REGIMEN_TYPE_OVERVIEW_ROW));

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    if (self->day_boxes[day] == day_box)
      return day;

  g_assert_not_reached ();
}

static GtkWidget *
create_chip (gpointer item,
             gpointer user_data)
{
  return regimen_session_chip_new (item, day_of_box (user_data));
}

static void
on_sessions_changed (GtkWidget  *day_box,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *sessions)
{
  regimen_box_sync_children (GTK_BOX (day_box), sessions, position, removed, added, create_chip, day_box);
}

static void
set_drop_class (RegimenOverviewRow *self,
                const char         *name)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-before");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-after");
  if (name != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), name);
}

static gboolean
is_after (RegimenOverviewRow *self,
          double              y)
{
  return y > gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
}

static GdkDragAction
on_week_drop_motion (RegimenOverviewRow *self,
                     double              x,
                     double              y,
                     GtkDropTarget      *target)
{
  set_drop_class (self, is_after (self, y) ? "drop-after" : "drop-before");
  return GDK_ACTION_MOVE;
}

static void
on_week_drop_leave (RegimenOverviewRow *self,
                    GtkDropTarget      *target)
{
  set_drop_class (self, NULL);
}

static gboolean
on_week_drop (RegimenOverviewRow *self,
              const GValue       *value,
              double              x,
              double              y,
              GtkDropTarget      *target)
{
  set_drop_class (self, NULL);
  if (!G_VALUE_HOLDS (value, REGIMEN_TYPE_WEEK) || g_value_get_object (value) == NULL)
    return FALSE;

  g_signal_emit (self, signals[WEEK_DROPPED], 0, g_value_get_object (value), is_after (self, y));
  return TRUE;
}

/* A day holds at most REGIMEN_DAY_MAX_SESSIONS sessions: a chip of
 * another day dropped on a full one is refused as the pointer comes, as
 * the week view's day refuses it, where the day was marked, took the drop
 * and the core then left the session where it was without a word. One
 * moved within its own day adds none. Until the session has arrived
 * nothing is offered. */
static gboolean
day_takes (GtkWidget     *day_box,
           GtkDropTarget *target)
{
  GtkWidget *row = gtk_widget_get_ancestor (day_box, REGIMEN_TYPE_OVERVIEW_ROW);
  const GValue *value = gtk_drop_target_get_value (target);
  RegimenWeek *week = row != NULL ? REGIMEN_OVERVIEW_ROW (row)->week : NULL;
  RegimenDay *day = week != NULL ? regimen_week_get_day (week, day_of_box (day_box)) : NULL;

  if (value == NULL || !G_VALUE_HOLDS (value, REGIMEN_TYPE_SESSION) || day == NULL)
    return FALSE;

  return regimen_day_has_room_for (day, g_value_get_object (value));
}

static GdkDragAction
on_day_drop_enter (GtkWidget     *day_box,
                   double         x,
                   double         y,
                   GtkDropTarget *target)
{
  if (!day_takes (day_box, target))
    {
      gtk_widget_remove_css_class (day_box, "drop-day");
      return 0;
    }

  gtk_widget_add_css_class (day_box, "drop-day");
  return GDK_ACTION_MOVE;
}

static void
on_day_drop_leave (GtkWidget     *day_box,
                   GtkDropTarget *target)
{
  gtk_widget_remove_css_class (day_box, "drop-day");
}

static gboolean
on_day_drop (GtkWidget     *day_box,
             const GValue  *value,
             double         x,
             double         y,
             GtkDropTarget *target)
{
  GtkWidget *row = gtk_widget_get_ancestor (day_box, REGIMEN_TYPE_OVERVIEW_ROW);

  gtk_widget_remove_css_class (day_box, "drop-day");
  if (row == NULL || !G_VALUE_HOLDS (value, REGIMEN_TYPE_SESSION) || g_value_get_object (value) == NULL ||
      !day_takes (day_box, target))
    return FALSE;

  g_signal_emit (row, signals[SESSION_DROPPED], 0, g_value_get_object (value), day_of_box (day_box));
  return TRUE;
}

static GdkContentProvider *
on_drag_prepare (RegimenOverviewRow *self,
                 double              x,
                 double              y,
                 GtkDragSource      *source)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);

  return gdk_content_provider_new_typed (REGIMEN_TYPE_WEEK, self->week);
}

static void
regimen_overview_row_constructed (GObject *object)
{
  RegimenOverviewRow *self = REGIMEN_OVERVIEW_ROW (object);

  G_OBJECT_CLASS (regimen_overview_row_parent_class)->constructed (object);

  g_assert (REGIMEN_IS_PLAN (self->plan));
  g_assert (REGIMEN_IS_WEEK (self->week));

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      GListModel *sessions = regimen_day_get_sessions (regimen_week_get_day (self->week, day));

      g_signal_connect_object (sessions, "items-changed", G_CALLBACK (on_sessions_changed),
                               self->day_boxes[day], G_CONNECT_SWAPPED);
      on_sessions_changed (self->day_boxes[day], 0, 0, g_list_model_get_n_items (sessions), sessions);
    }
}

static void
regimen_overview_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RegimenOverviewRow *self = REGIMEN_OVERVIEW_ROW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_WEEK:
      g_value_set_object (value, self->week);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_overview_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RegimenOverviewRow *self = REGIMEN_OVERVIEW_ROW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_WEEK:
      self->week = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_overview_row_dispose (GObject *object)
{
  RegimenOverviewRow *self = REGIMEN_OVERVIEW_ROW (object);

  g_clear_object (&self->week);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (regimen_overview_row_parent_class)->dispose (object);
}

static void
regimen_overview_row_class_init (RegimenOverviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = regimen_overview_row_constructed;
  object_class->get_property = regimen_overview_row_get_property;
  object_class->set_property = regimen_overview_row_set_property;
  object_class->dispose = regimen_overview_row_dispose;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEK] =
    g_param_spec_object ("week", NULL, NULL,
                         REGIMEN_TYPE_WEEK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[WEEK_DROPPED] =
    g_signal_new ("week-dropped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, REGIMEN_TYPE_WEEK, G_TYPE_BOOLEAN);
  signals[SESSION_DROPPED] =
    g_signal_new ("session-dropped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, REGIMEN_TYPE_SESSION, G_TYPE_UINT);
}

static GtkWidget *
caption_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
regimen_overview_row_init (RegimenOverviewRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *days = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *load_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkDragSource *drag_source;
  GtkDropTarget *week_target;

  self->label_box = label_box;
  self->load_box = load_box;

  gtk_widget_add_css_class (GTK_WIDGET (self), "overview-row");
  gtk_widget_add_css_class (box, "overview-row-box");

  self->week_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->week_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->week_label), "heading");
  self->dates_label = GTK_LABEL (caption_label ("dim-label"));
  self->lighter_label = GTK_LABEL (caption_label ("lighter-tag"));
  gtk_widget_set_halign (GTK_WIDGET (self->lighter_label), GTK_ALIGN_START);
  /* Translators: the tag of a planned lighter (deload) week in the plan overview */
  gtk_label_set_label (self->lighter_label, _("Lighter week"));
  gtk_box_append (GTK_BOX (label_box), GTK_WIDGET (self->week_label));
  gtk_box_append (GTK_BOX (label_box), GTK_WIDGET (self->dates_label));
  gtk_box_append (GTK_BOX (label_box), GTK_WIDGET (self->lighter_label));
  gtk_widget_set_valign (label_box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label_box);

  gtk_box_set_homogeneous (GTK_BOX (days), TRUE);
  gtk_widget_set_hexpand (days, TRUE);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      GtkWidget *day_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkDropTarget *target = gtk_drop_target_new (REGIMEN_TYPE_SESSION, GDK_ACTION_MOVE);

      /* The session is there as the pointer comes, to be asked whether
       * its day has room. */
      gtk_drop_target_set_preload (target, TRUE);

      gtk_widget_add_css_class (day_box, "overview-day");
      g_signal_connect_object (target, "enter", G_CALLBACK (on_day_drop_enter), day_box, G_CONNECT_SWAPPED);
      g_signal_connect_object (target, "motion", G_CALLBACK (on_day_drop_enter), day_box, G_CONNECT_SWAPPED);
      g_signal_connect_object (target, "leave", G_CALLBACK (on_day_drop_leave), day_box, G_CONNECT_SWAPPED);
      g_signal_connect_object (target, "drop", G_CALLBACK (on_day_drop), day_box, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (day_box, GTK_EVENT_CONTROLLER (target));
      self->day_boxes[day] = day_box;
      gtk_box_append (GTK_BOX (days), day_box);
    }
  gtk_box_append (GTK_BOX (box), days);

  self->load_bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 1));
  gtk_level_bar_remove_offset_value (self->load_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->load_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->load_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->load_bar),
                                  /* Translators: the load bar of a week in the plan overview */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Load against the budget"),
                                  -1);
  self->load_label = GTK_LABEL (caption_label ("numeric"));
  gtk_box_append (GTK_BOX (load_box), GTK_WIDGET (self->load_bar));
  gtk_box_append (GTK_BOX (load_box), GTK_WIDGET (self->load_label));
  gtk_widget_set_valign (load_box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), load_box);

  self->problems_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  self->problems_icon = GTK_IMAGE (gtk_image_new ());
  self->problems_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->problems_label), "numeric");
  gtk_box_append (GTK_BOX (self->problems_box), GTK_WIDGET (self->problems_icon));
  gtk_box_append (GTK_BOX (self->problems_box), GTK_WIDGET (self->problems_label));
  gtk_widget_set_valign (self->problems_box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), self->problems_box);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  /* Weeks move by dragging the row by its number and dates, a handle of
   * its own: a chip's drag, which moves a session, never competes with it. */
  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_object (drag_source, "prepare", G_CALLBACK (on_drag_prepare), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (label_box, GTK_EVENT_CONTROLLER (drag_source));
  gtk_widget_set_cursor_from_name (label_box, "grab");

  week_target = gtk_drop_target_new (REGIMEN_TYPE_WEEK, GDK_ACTION_MOVE);
  g_signal_connect_object (week_target, "motion", G_CALLBACK (on_week_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (week_target, "enter", G_CALLBACK (on_week_drop_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (week_target, "leave", G_CALLBACK (on_week_drop_leave), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (week_target, "drop", G_CALLBACK (on_week_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (week_target));
  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));
}

GtkWidget *
regimen_overview_row_new (RegimenPlan  *plan,
                          RegimenWeek  *week,
                          GtkSizeGroup *label_group,
                          GtkSizeGroup *load_group,
                          GtkSizeGroup *problems_group)
{
  RegimenOverviewRow *self;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (REGIMEN_IS_WEEK (week), NULL);

  self = g_object_new (REGIMEN_TYPE_OVERVIEW_ROW, "plan", plan, "week", week, NULL);

  gtk_size_group_add_widget (label_group, self->label_box);
  gtk_size_group_add_widget (load_group, self->load_box);
  gtk_size_group_add_widget (problems_group, self->problems_box);

  return GTK_WIDGET (self);
}

RegimenWeek *
regimen_overview_row_get_week (RegimenOverviewRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_OVERVIEW_ROW (self), NULL);

  return self->week;
}

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

static void
set_state_class (GtkWidget  *widget,
                 const char *state)
{
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  gtk_widget_remove_css_class (widget, "success");
  gtk_widget_remove_css_class (widget, "dim-label");
  if (state != NULL)
    gtk_widget_add_css_class (widget, state);
}

/* Redraws what the summary says, when it says something new. */
void
regimen_overview_row_set_summary (RegimenOverviewRow       *self,
                                  const RegimenWeekSummary *summary)
{
  g_autofree char *week = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *load = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *accessible = NULL;
  const char *state = NULL;

  g_return_if_fail (REGIMEN_IS_OVERVIEW_ROW (self));
  g_return_if_fail (summary != NULL);

  if (self->has_summary && regimen_week_summary_equal (&self->summary, summary))
    return;

  self->summary = *summary;
  self->has_summary = TRUE;

  /* Translators: the heading of a week without a label of its own */
  week = g_strdup_printf (_("Week %u"), summary->week + 1);
  if (g_strcmp0 (gtk_label_get_label (self->week_label), week) != 0)
    {
      gtk_label_set_label (self->week_label, week);
      /* The week's days are not the week view's: their names say whose. */
      for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
        {
          /* Translators: a day of a week in the plan overview, as screen readers announce it, “Tuesday of week 2” */
          g_autofree char *name = g_strdup_printf (_("%s of week %u"), regimen_weekday_name (day), summary->week + 1);

          gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_boxes[day]),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                          -1);
        }
    }
  dates = regimen_week_summary_dates (self->plan, summary->week);
  gtk_label_set_label (self->dates_label, dates != NULL ? dates : "");
  gtk_widget_set_visible (GTK_WIDGET (self->dates_label), dates != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->lighter_label), summary->lighter);

  gtk_level_bar_set_value (self->load_bar, summary->load_fraction);
  gtk_widget_set_visible (GTK_WIDGET (self->load_bar), summary->budget > 0);
  if (summary->load_over)
    gtk_widget_add_css_class (GTK_WIDGET (self->load_bar), "over");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->load_bar), "over");
  load = regimen_week_summary_load_text (summary);
  gtk_label_set_label (self->load_label, load);
  set_state_class (GTK_WIDGET (self->load_label), summary->load_over ? "error" : "dim-label");

  if (summary->n_problems == 0)
    {
      gtk_image_set_from_icon_name (self->problems_icon, "emblem-ok-symbolic");
      gtk_label_set_label (self->problems_label, "");
      state = "success";
      problems = g_strdup (_("No problems"));
    }
  else
    {
      g_autofree char *count = g_strdup_printf ("%u", summary->n_problems);

      gtk_image_set_from_icon_name (self->problems_icon, severity_icon (summary->worst));
      gtk_label_set_label (self->problems_label, count);
      state = summary->worst == REGIMEN_SEVERITY_ERROR ? "error"
              : summary->worst == REGIMEN_SEVERITY_WARNING ? "warning" : NULL;
      /* Translators: the number of problems and how serious the worst one is, “3 problems, worst: error” */
      problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u problem, worst: %s",
                                               "%u problems, worst: %s",
                                               summary->n_problems),
                                  summary->n_problems,
                                  regimen_severity_get_label (summary->worst));
    }
  set_state_class (self->problems_box, state);
  /* A tooltip set again costs as much as a new one: most rows keep theirs
   * when another week changes. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (self->problems_box), problems) != 0)
    {
      gtk_widget_set_tooltip_text (self->problems_box, problems);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, problems,
                                      -1);
    }

  accessible = regimen_week_summary_describe (summary, self->plan);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

const RegimenWeekSummary *
regimen_overview_row_get_summary (RegimenOverviewRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_OVERVIEW_ROW (self), NULL);

  return self->has_summary ? &self->summary : NULL;
}

GtkWidget *
regimen_overview_row_get_day_box (RegimenOverviewRow *self,
                                  guint               day)
{
  g_return_val_if_fail (REGIMEN_IS_OVERVIEW_ROW (self), NULL);
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return self->day_boxes[day];
}

GtkWidget *
regimen_overview_row_find_chip (RegimenOverviewRow *self,
                                RegimenSession     *session)
{
  g_return_val_if_fail (REGIMEN_IS_OVERVIEW_ROW (self), NULL);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    for (GtkWidget *chip = gtk_widget_get_first_child (self->day_boxes[day]);
         chip != NULL;
         chip = gtk_widget_get_next_sibling (chip))
      if (regimen_session_chip_get_session (REGIMEN_SESSION_CHIP (chip)) == session)
        return chip;

  return NULL;
}
