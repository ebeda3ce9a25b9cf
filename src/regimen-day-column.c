/* regimen-day-column.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-day-column"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-day-column.h"
#include "regimen-session-card.h"
#include "regimen-widget-util.h"

struct _RegimenDayColumn
{
  GtkWidget    parent_instance;

  GtkWidget   *header;
  GtkLabel    *weekday_label;
  GtkImage    *problem_icon;
  GtkLabel    *date_label;
  GtkLabel    *load_label;
  GtkLevelBar *load_bar;
  GtkWidget      *empty_label;
  GtkBox         *sessions_box;

  guint           day;
  char           *date_text;
  char           *problems;
  RegimenDay     *model;
  /* The sessions of the day shown, followed as the day changes. */
  GSignalGroup   *sessions_signals;
  /* The card of the session last taken out of the day, kept for the next
   * one the day gets: an undo takes out what a drop added, and the next
   * drop adds a session again. */
  GtkWidget      *spare_card;
  RegimenLibrary *library;
  RegimenPlan    *plan;
  /* Whether cards made before the column's first layout wait for it to
   * build their rows (create_session_card()). */
  gboolean        rows_deferred;
  /* Whether the cards being made show another plan's day, which the
   * column's next layout builds the rows of as a first one would. */
  gboolean        showing_new_plan;
};

G_DEFINE_FINAL_TYPE (RegimenDayColumn, regimen_day_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DAY,
  N_PROPS
};

enum {
  EXERCISE_DROPPED,
  SESSION_DROPPED,
  ITEM_DROPPED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Screen readers hear the date and then the day's problems. */
static void
regimen_day_column_update_description (RegimenDayColumn *self)
{
  g_autofree char *description = NULL;

  if (self->date_text != NULL && self->problems != NULL)
    description = g_strdup_printf ("%s\n%s", self->date_text, self->problems);
  else if (self->date_text != NULL || self->problems != NULL)
    description = g_strdup (self->date_text != NULL ? self->date_text : self->problems);

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The problems' words, given when asked for (see regimen_problem_mark()). */
static gboolean
on_problem_icon_query_tooltip (RegimenDayColumn *self,
                               int               x,
                               int               y,
                               gboolean          keyboard_mode,
                               GtkTooltip       *tooltip)
{
  gtk_tooltip_set_text (tooltip, self->problems);

  return self->problems != NULL;
}

static void
regimen_day_column_update_day (RegimenDayColumn *self)
{
  const char *name = regimen_weekday_name (self->day);

  gtk_label_set_label (self->weekday_label, name);
  regimen_widget_set_tooltip_when_asked (GTK_WIDGET (self->weekday_label), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static GtkWidget *
create_session_card (gpointer session,
                     gpointer user_data)
{
  RegimenDayColumn *self = user_data;
  g_autoptr(GtkWidget) spare = g_steal_pointer (&self->spare_card);

  /* The card taken out last shows the new session, its rows reused for
   * the new items and its words laid out again only where they differ,
   * instead of a card built from its template (and the one taken out
   * freed). Not for the session it showed: an editor or menu open on it
   * when it was taken out would come back with it (rebinding to another
   * session closes them). The marks of the session it showed go; the
   * week view marks the new one's problems after every change. */
  if (spare != NULL
      && regimen_session_card_get_session (REGIMEN_SESSION_CARD (spare)) != session
      && regimen_session_card_rebind (REGIMEN_SESSION_CARD (spare), session, self->library, self->plan))
    {
      gtk_widget_remove_css_class (spare, "target");
      gtk_widget_remove_css_class (spare, "revealed");
      gtk_widget_remove_css_class (spare, "revealed-again");
      /* The box takes it over, as it would a new card. */
      g_object_force_floating (G_OBJECT (spare));
      return g_steal_pointer (&spare);
    }

  /* Before the column's first layout in a scroller (a plan's first
   * frame) the card waits for it to build the rows above the fold
   * (build_rows_above_fold()); the rest follow that frame. */
  if ((gtk_widget_get_width (GTK_WIDGET (self)) == 0 || self->showing_new_plan)
      && gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW) != NULL)
    {
      self->rows_deferred = TRUE;
      return regimen_session_card_new_deferred (session, self->library, self->plan);
    }

  return regimen_session_card_new (session, self->library, self->plan);
}

static gboolean
rebind_session_card (GtkWidget *card,
                     gpointer   session,
                     gpointer   user_data)
{
  RegimenDayColumn *self = user_data;

  return regimen_session_card_rebind (REGIMEN_SESSION_CARD (card), session, self->library, self->plan);
}

/* The day's sessions, or the words for a rest day. */
static void
show_sessions (RegimenDayColumn *self,
               gboolean          any)
{
  gtk_widget_set_visible (GTK_WIDGET (self->sessions_box), any);
  gtk_widget_set_visible (self->empty_label, !any);
}

static void
on_sessions_changed (RegimenDayColumn *self,
                     guint             position,
                     guint             removed,
                     guint             added,
                     GListModel       *sessions)
{
  if (removed > 0)
    {
      GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box));

      for (guint i = 0; i < position && child != NULL; i++)
        child = gtk_widget_get_next_sibling (child);
      if (child != NULL)
        g_set_object (&self->spare_card, child);
    }

  regimen_box_sync_children (self->sessions_box, sessions, position, removed, added, create_session_card, self);
  show_sessions (self, g_list_model_get_n_items (sessions) > 0);
}

/* Takes out the cards of the plan shown before, and the spare one, to be
 * freed after the frame a few rows at a time: none can show another
 * plan's sessions (regimen_session_card_rebind() refuses them), and a full
 * week's 14,000 rows freed here stopped the window for 2 s at each
 * Reload (issue 20). */
static void
release_cards (RegimenDayColumn *self)
{
  GtkWidget *card;

  while ((card = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box))) != NULL)
    {
      g_object_ref (card);
      gtk_box_remove (self->sessions_box, card);
      regimen_session_card_release_later (REGIMEN_SESSION_CARD (card));
    }

  if (self->spare_card != NULL && gtk_widget_get_parent (self->spare_card) == NULL)
    regimen_session_card_release_later (REGIMEN_SESSION_CARD (g_steal_pointer (&self->spare_card)));
}

static void
regimen_day_column_clear_sessions (RegimenDayColumn *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box))))
    gtk_box_remove (self->sessions_box, child);

  show_sessions (self, FALSE);
}

/* Where a drop at (x, y) lands: the session card under the pointer, if
 * any (@card), the gap among the day's sessions a dropped session would
 * take (@slot), and the gap among that card's exercises (@item_slot). */
static void
regimen_day_column_locate (RegimenDayColumn    *self,
                           double               x,
                           double               y,
                           RegimenSessionCard **card,
                           guint               *slot,
                           guint               *item_slot)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *under = picked != NULL ? gtk_widget_get_ancestor (picked, REGIMEN_TYPE_SESSION_CARD) : NULL;
  guint index = 0;

  *card = under != NULL ? REGIMEN_SESSION_CARD (under) : NULL;
  *slot = 0;
  *item_slot = 0;

  if (under != NULL)
    {
      graphene_point_t in_column = GRAPHENE_POINT_INIT (x, y);
      graphene_point_t in_card;

      if (gtk_widget_compute_point (GTK_WIDGET (self), under, &in_column, &in_card))
        *item_slot = regimen_session_card_get_drop_position (*card, in_card.y);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (child, GTK_WIDGET (self), &bounds)
          && y > bounds.origin.y + bounds.size.height / 2)
        *slot = index + 1;
    }
}

static void
regimen_day_column_clear_drop_marks (RegimenDayColumn *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_remove_css_class (child, "drop-into");

  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-new");
}

/* A session or item dragged from another window's week belongs to that
 * window's plan, which no command of this plan can move it out of: it
 * is refused as the pointer comes, rather than taken and then left where
 * it was without a word. An exercise is the library's, every window's. */
static gboolean
takes_from (RegimenDayColumn *self,
            const GValue     *value)
{
  if (G_VALUE_HOLDS (value, REGIMEN_TYPE_EXERCISE))
    return TRUE;

  return self->plan != NULL && regimen_plan_holds (self->plan, g_value_get_object (value));
}

/* Whether @value may be dropped on @card (or, when none, on free space in
 * the day): asked as the pointer comes and again at the drop, since the
 * plan may change between the two (an undo, a reload while the pointer
 * is held), and a drop taken that the core then leaves out says nothing. */
static gboolean
drop_accepts (RegimenDayColumn   *self,
              const GValue       *value,
              RegimenSessionCard *card)
{
  /* Exercises and items go into the session under the pointer; sessions,
   * and exercises dropped on free space, make their own place in the day. */
  gboolean into_session = card != NULL && !G_VALUE_HOLDS (value, REGIMEN_TYPE_SESSION);

  if (!takes_from (self, value))
    return FALSE;
  if (G_VALUE_HOLDS (value, REGIMEN_TYPE_ITEM) && !into_session)
    return FALSE;

  /* A session holds at most REGIMEN_SESSION_MAX_ITEMS exercises and a day
   * REGIMEN_DAY_MAX_SESSIONS sessions: one more is refused as the pointer
   * comes, where it was taken and the core then left it out without a
   * word. One moved within the session or day it is already in adds none. */
  return into_session
         ? regimen_session_has_room_for (regimen_session_card_get_session (card),
                                         G_VALUE_HOLDS (value, REGIMEN_TYPE_ITEM) ? g_value_get_object (value) : NULL)
         : regimen_day_has_room_for (self->model,
                                     G_VALUE_HOLDS (value, REGIMEN_TYPE_SESSION) ? g_value_get_object (value) : NULL);
}

static GdkDragAction
on_drop_target_motion (RegimenDayColumn *self,
                       double            x,
                       double            y,
                       GtkDropTarget    *target)
{
  const GValue *value = gtk_drop_target_get_value (target);
  RegimenSessionCard *card;
  guint slot, item_slot;

  regimen_day_column_clear_drop_marks (self);

  if (value == NULL || !takes_from (self, value))
    return 0;

  /* A day of a plan of no weeks: an exercise dropped there starts the
   * plan's first week (the week view makes it). */
  if (self->model == NULL)
    {
      if (self->plan == NULL || !G_VALUE_HOLDS (value, REGIMEN_TYPE_EXERCISE))
        return 0;
      gtk_widget_add_css_class (GTK_WIDGET (self), "drop-new");
      return GDK_ACTION_COPY;
    }

  regimen_day_column_locate (self, x, y, &card, &slot, &item_slot);

  if (!drop_accepts (self, value, card))
    return 0;

  if (card != NULL && !G_VALUE_HOLDS (value, REGIMEN_TYPE_SESSION))
    gtk_widget_add_css_class (GTK_WIDGET (card), "drop-into");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "drop-new");

  return G_VALUE_HOLDS (value, REGIMEN_TYPE_EXERCISE) ? GDK_ACTION_COPY : GDK_ACTION_MOVE;
}

static void
on_drop_target_leave (RegimenDayColumn *self,
                      GtkDropTarget    *target)
{
  regimen_day_column_clear_drop_marks (self);
}

static gboolean
on_drop_target_drop (RegimenDayColumn *self,
                     const GValue     *value,
                     double            x,
                     double            y,
                     GtkDropTarget    *target)
{
  RegimenSessionCard *card;
  RegimenSession *session;
  guint slot, item_slot;

  regimen_day_column_clear_drop_marks (self);

  if (self->model == NULL)
    {
      if (self->plan == NULL || !G_VALUE_HOLDS (value, REGIMEN_TYPE_EXERCISE))
        return FALSE;
      g_signal_emit (self, signals[EXERCISE_DROPPED], 0, g_value_get_object (value), NULL, 0);
      return TRUE;
    }

  regimen_day_column_locate (self, x, y, &card, &slot, &item_slot);
  if (!drop_accepts (self, value, card))
    return FALSE;
  session = card != NULL ? regimen_session_card_get_session (card) : NULL;

  if (G_VALUE_HOLDS (value, REGIMEN_TYPE_EXERCISE))
    g_signal_emit (self, signals[EXERCISE_DROPPED], 0, g_value_get_object (value), session, item_slot);
  else if (G_VALUE_HOLDS (value, REGIMEN_TYPE_SESSION))
    g_signal_emit (self, signals[SESSION_DROPPED], 0, g_value_get_object (value), slot);
  else if (G_VALUE_HOLDS (value, REGIMEN_TYPE_ITEM) && session != NULL)
    g_signal_emit (self, signals[ITEM_DROPPED], 0, g_value_get_object (value), session, item_slot);
  else
    return FALSE;

  return TRUE;
}

static void
regimen_day_column_dispose (GObject *object)
{
  RegimenDayColumn *self = REGIMEN_DAY_COLUMN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_DAY_COLUMN);
  g_clear_object (&self->sessions_signals);
  g_clear_object (&self->spare_card);
  g_clear_object (&self->model);
  g_clear_object (&self->library);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->date_text, g_free);
  g_clear_pointer (&self->problems, g_free);

  G_OBJECT_CLASS (regimen_day_column_parent_class)->dispose (object);
}

static void
regimen_day_column_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RegimenDayColumn *self = REGIMEN_DAY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_day_column_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RegimenDayColumn *self = REGIMEN_DAY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_DAY:
      self->day = g_value_get_uint (value);
      regimen_day_column_update_day (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The column lays out its header, then its cards or the words for a
 * rest day (whichever is shown), one under the other, as a vertical box
 * would, rather than through one: a box takes its request mode from its
 * children and keeps it until it is next allocated (GTK 4.8), and the
 * window measures the week before a plan is set, when the days have no
 * cards. The day's box then answered as one of constant size, so GTK
 * asked it for its height at no width even where the column gave it one,
 * and every card's words were laid out at width 0 (a character a line)
 * and again at their width when allocated: twice the text work of the
 * plan's first frame. The cards' own box trades height for width as soon
 * as it holds one, and the column asks it only while it is shown. */
static void
regimen_day_column_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = *natural = 0;

  /* A day's width does not depend on its height. The week's horizontal
   * box asks each column for its width at the height it allocates, and a
   * wrapping label answers that with a search over widths, one text
   * layout per step: for every label whose text changed (all of a week
   * switch's) that cost more than the rest of the frame. Asked for its
   * width at any height, the column gives its width at none. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  /* Asked for its height at no width — the week's scrolled window asks
   * so of the days and does not use the answer, as it does not propagate
   * their natural height — the column gives its height at the width it
   * has, the layout its cards are drawn with anyway; before it has one,
   * its header's and the rest day's words': its cards' heights need a
   * width, and theirs at none lays their words out a character a line. */
  else if (for_size < 0 && gtk_widget_get_width (widget) > 0)
    for_size = gtk_widget_get_width (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child)
          || (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0
              && child == GTK_WIDGET (REGIMEN_DAY_COLUMN (widget)->sessions_box)))
        continue;

      gtk_widget_measure (child, orientation, for_size, &child_minimum, &child_natural, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
      else
        {
          *minimum += child_minimum;
          *natural += child_natural;
        }
    }
}

static GtkSizeRequestMode
regimen_day_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Builds the rows of the cards made before the first layout, at @width,
 * the first card's first, while the cards end above the scroller's
 * bottom, and asks each card for the rest after the frame: the first
 * frame makes, styles and measures only the rows it draws. The cards are
 * measured as their box, at the width they are drawn at, so that no row's
 * words are laid out at another width. */
static void
build_rows_above_fold (RegimenDayColumn *self,
                       int               width)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t fold = GRAPHENE_POINT_INIT (0, G_MAXFLOAT);
  GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box));
  int header, cards;

  self->rows_deferred = FALSE;
  if (scroller != NULL
      && !gtk_widget_compute_point (scroller, GTK_WIDGET (self),
                                    &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (scroller)), &fold))
    fold.y = G_MAXFLOAT;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header, NULL, NULL, NULL);
  while (card != NULL)
    {
      gtk_widget_measure (GTK_WIDGET (self->sessions_box), GTK_ORIENTATION_VERTICAL, width, &cards, NULL, NULL, NULL);
      if (header + cards >= fold.y)
        break;
      if (!regimen_session_card_build_next_row (REGIMEN_SESSION_CARD (card)))
        card = gtk_widget_get_next_sibling (card);
    }

  for (card = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box));
       card != NULL;
       card = gtk_widget_get_next_sibling (card))
    regimen_session_card_build_rows_later (REGIMEN_SESSION_CARD (card));
}

/* The header at its height, the cards or the rest day's words in the
 * rest, as a vertical box gives its one expanding child the space left. */
static void
regimen_day_column_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  RegimenDayColumn *self = REGIMEN_DAY_COLUMN (widget);
  GtkWidget *content = gtk_widget_get_visible (GTK_WIDGET (self->sessions_box))
                       ? GTK_WIDGET (self->sessions_box) : self->empty_label;
  int header_minimum, header_natural, content_minimum = 0;
  int header_height;

  if (self->rows_deferred)
    build_rows_above_fold (self, width);

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_minimum, &header_natural, NULL, NULL);
  if (gtk_widget_should_layout (content))
    gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, width, &content_minimum, NULL, NULL, NULL);
  header_height = MAX (header_minimum, MIN (header_natural, height - content_minimum));

  gtk_widget_allocate (self->header, width, header_height, -1, NULL);
  if (gtk_widget_should_layout (content))
    gtk_widget_allocate (content, width, MAX (content_minimum, height - header_height), -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, header_height)));
}

static void
regimen_day_column_class_init (RegimenDayColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_day_column_dispose;
  object_class->get_property = regimen_day_column_get_property;
  object_class->set_property = regimen_day_column_set_property;

  widget_class->measure = regimen_day_column_measure;
  widget_class->get_request_mode = regimen_day_column_get_request_mode;
  widget_class->size_allocate = regimen_day_column_size_allocate;

  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL,
                       0, REGIMEN_DAYS_PER_WEEK - 1, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RegimenDayColumn::exercise-dropped:
   * @self: the column
   * @exercise: the exercise dropped from the library
   * @session: (nullable): the session it was dropped on, or %NULL for the
   *   day's free space
   * @slot: the gap among that session's exercises it was dropped in
   *
   * The column only reports the drop; the week view turns it into a
   * command on the plan.
   */
  signals[EXERCISE_DROPPED] =
    g_signal_new ("exercise-dropped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, REGIMEN_TYPE_EXERCISE, REGIMEN_TYPE_SESSION, G_TYPE_UINT);

  /**
   * RegimenDayColumn::session-dropped:
   * @self: the column
   * @session: the session dragged here
   * @slot: the gap among the day's sessions (as they are now) it was
   *   dropped in
   */
  signals[SESSION_DROPPED] =
    g_signal_new ("session-dropped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, REGIMEN_TYPE_SESSION, G_TYPE_UINT);

  /**
   * RegimenDayColumn::item-dropped:
   * @self: the column
   * @item: the item dragged here
   * @session: the session of this day it was dropped on
   * @slot: the gap among that session's exercises it was dropped in
   */
  signals[ITEM_DROPPED] =
    g_signal_new ("item-dropped",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, REGIMEN_TYPE_ITEM, REGIMEN_TYPE_SESSION, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-day-column.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, header);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, weekday_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, date_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, load_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, load_bar);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenDayColumn, sessions_box);
  gtk_widget_class_bind_template_callback (widget_class, on_problem_icon_query_tooltip);

  gtk_widget_class_set_css_name (widget_class, "daycolumn");
}

static void
regimen_day_column_init (RegimenDayColumn *self)
{
  static GType drop_types[3];
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sessions_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->sessions_signals, "items-changed",
                                 G_CALLBACK (on_sessions_changed), self, G_CONNECT_SWAPPED);

  drop_types[0] = REGIMEN_TYPE_EXERCISE;
  drop_types[1] = REGIMEN_TYPE_SESSION;
  drop_types[2] = REGIMEN_TYPE_ITEM;

  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (drop_target, drop_types, G_N_ELEMENTS (drop_types));
  gtk_drop_target_set_preload (drop_target, TRUE);
  g_signal_connect_object (drop_target, "motion", G_CALLBACK (on_drop_target_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drop_target, "leave", G_CALLBACK (on_drop_target_leave), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_target_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
  regimen_day_column_set_load (self, 0.0, 0.0);
}

GtkWidget *
regimen_day_column_new (guint day)
{
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return g_object_new (REGIMEN_TYPE_DAY_COLUMN,
                       "day", day,
                       NULL);
}

guint
regimen_day_column_get_day (RegimenDayColumn *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY_COLUMN (self), 0);

  return self->day;
}

/**
 * regimen_day_column_set_date:
 * @self: a #RegimenDayColumn
 * @date: (nullable): the calendar date of the day, or %NULL for a plan
 *   without a start date
 */
void
regimen_day_column_set_date (RegimenDayColumn *self,
                             const GDate      *date)
{
  char text[64];

  g_return_if_fail (REGIMEN_IS_DAY_COLUMN (self));

  g_clear_pointer (&self->date_text, g_free);

  if (date == NULL || !g_date_valid (date))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
      regimen_day_column_update_description (self);
      return;
    }

  /* Translators: the date under a weekday in the week view, as
   * g_date_strftime() takes it; “23 Nov” in English */
  if (g_date_strftime (text, sizeof text, C_("day column date", "%-d %b"), date) == 0)
    text[0] = '\0';

  gtk_label_set_label (self->date_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), TRUE);
  self->date_text = g_strdup (text);
  regimen_day_column_update_description (self);
}

/**
 * regimen_day_column_set_load:
 * @self: a #RegimenDayColumn
 * @load: the day's training load (session RPE × minutes), in AU
 * @fraction: @load as a share of the scale the week's days share
 */
void
regimen_day_column_set_load (RegimenDayColumn *self,
                             double            load,
                             double            fraction)
{
  g_autofree char *text = NULL;

  g_return_if_fail (REGIMEN_IS_DAY_COLUMN (self));

  gtk_level_bar_set_value (self->load_bar, CLAMP (fraction, 0.0, 1.0));

  if (load > 0)
    /* Translators: a day's training load in arbitrary units, “315 AU” */
    text = g_strdup_printf (_("%.0f AU"), load);

  gtk_label_set_label (self->load_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->load_label), text != NULL);
}

/**
 * regimen_day_column_get_session_card:
 * @self: a #RegimenDayColumn
 * @session: the position of a session in the day
 *
 * Returns: (transfer none) (nullable): the card showing that session
 */
GtkWidget *
regimen_day_column_get_session_card (RegimenDayColumn *self,
                                     guint             session)
{
  GtkWidget *child;

  g_return_val_if_fail (REGIMEN_IS_DAY_COLUMN (self), NULL);

  child = gtk_widget_get_first_child (GTK_WIDGET (self->sessions_box));
  for (guint i = 0; i < session && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);

  return child;
}

/**
 * regimen_day_column_get_model:
 * @self: a #RegimenDayColumn
 *
 * Returns: (transfer none) (nullable): the plan day the column shows
 */
RegimenDay *
regimen_day_column_get_model (RegimenDayColumn *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY_COLUMN (self), NULL);

  return self->model;
}

/**
 * regimen_day_column_set_model:
 * @self: a #RegimenDayColumn
 * @day: (nullable): the plan day to show
 * @library: (nullable): the library that names the day's exercises
 * @plan: (nullable): the plan @day belongs to, which edits go through
 *
 * Shows the sessions of @day and follows its changes: the column holds no
 * plan state of its own.
 */
void
regimen_day_column_set_model (RegimenDayColumn *self,
                              RegimenDay       *day,
                              RegimenLibrary   *library,
                              RegimenPlan      *plan)
{
  GListModel *sessions;
  gboolean new_plan;

  g_return_if_fail (REGIMEN_IS_DAY_COLUMN (self));
  g_return_if_fail (day == NULL || REGIMEN_IS_DAY (day));
  g_return_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library));
  g_return_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan));

  g_set_object (&self->library, library);
  new_plan = g_set_object (&self->plan, plan);

  if (self->model == day)
    return;

  g_set_object (&self->model, day);
  g_signal_group_set_target (self->sessions_signals, day != NULL ? regimen_day_get_sessions (day) : NULL);

  if (day == NULL)
    {
      regimen_day_column_clear_sessions (self);
      return;
    }

  /* Another day (the next week's, say): the cards there show its
   * sessions, so only what differs is laid out again. */
  sessions = regimen_day_get_sessions (day);
  /* A plan opened into a window already shown (its untouched new plan)
   * builds only the rows its next frame shows, as a first frame does: a
   * full week's 14,000 rows were all built and measured at once. */
  self->showing_new_plan = new_plan;
  if (new_plan)
    release_cards (self);
  regimen_box_rebind_children (self->sessions_box, sessions, rebind_session_card, create_session_card, self);
  self->showing_new_plan = FALSE;
  show_sessions (self, g_list_model_get_n_items (sessions) > 0);
}

/**
 * regimen_day_column_set_problems:
 * @self: a #RegimenDayColumn
 * @severity: the gravest problem's severity
 * @messages: (nullable): the day's problems in words, or %NULL for none
 */
void
regimen_day_column_set_problems (RegimenDayColumn *self,
                                 RegimenSeverity   severity,
                                 const char       *messages)
{
  g_return_if_fail (REGIMEN_IS_DAY_COLUMN (self));

  regimen_problem_mark (GTK_WIDGET (self), self->problem_icon, severity, messages);

  g_free (self->problems);
  self->problems = g_strdup (messages);
  regimen_day_column_update_description (self);
}
