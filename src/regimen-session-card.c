/* regimen-session-card.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-session-card"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-day-column.h"
#include "regimen-item-row.h"
#include "regimen-prescription-text.h"
#include "regimen-session-card.h"
#include "regimen-session-editor.h"
#include "regimen-week-view.h"
#include "regimen-widget-util.h"
#include "regimen-wrap-bin.h"

/* The most characters of a title the card's two lines and its tooltip
 * lay out: a title may hold 10,000. */
#define TITLE_MAX_CHARS 200
#define TOOLTIP_MAX_CHARS 1000

struct _RegimenSessionCard
{
  GtkWidget       parent_instance;

  /* Made in code (regimen_session_card_init()): the card's children are
   * the header (the problems' mark and the title, the meta line, the state
   * line's icon and words) and the box of the items' rows. */
  GtkLabel       *title_label;
  GtkImage       *problem_icon;
  GtkLabel       *meta_label;
  GtkBox         *items_box;
  GtkWidget      *header;
  GtkWidget      *state_box;
  GtkImage       *state_icon;
  GtkLabel       *state_label;

  RegimenSession *session;
  RegimenLibrary *library;
  RegimenPlan    *plan;
  GtkWidget      *editor;
  GtkWidget      *menu;

  /* What the accessible description joins: the log's state and the
   * check's problems, either of them NULL. */
  char           *state_text;
  char           *problems;
  /* The day that decides whether the session's day is over, as the week
   * view last said (a window open past midnight); cleared: the clock's. */
  GDate           today;

  /* The rows shown are those of the session's first @n_rows items, in
   * order: a card built before its day column's first layout makes the
   * rows above the fold then, and the rest in @build_rows_source after
   * that frame, when its turn comes: @waiting is its place among the
   * cards waiting for rows (regimen_session_card_new_deferred()). */
  guint           n_rows;
  guint           build_rows_source;
  GList          *waiting;
  gboolean        rows_deferred;
};

G_DEFINE_FINAL_TYPE (RegimenSessionCard, regimen_session_card, GTK_TYPE_WIDGET)

/* The cards whose rows are built after the frame, in the order they
 * asked. Only the first has its idle, which builds a few rows a slice,
 * so that the main loop answers and draws between slices, and hands on
 * to the next card when its rows are built. One idle at a time, since
 * GLib dispatches every ready idle of a priority in one turn of the main
 * loop: a full week's 140 cards, an idle each, built their 14,000 rows
 * without a frame or a D-Bus call between them. */
static GQueue waiting_cards = G_QUEUE_INIT;

static gboolean build_rows_cb (gpointer user_data);

/* Cards a day column took out to show another plan, each freed once its
 * rows are, a few a slice after the frame (regimen_session_card_release_later()),
 * by one idle for all of them. */
static GQueue released_cards = G_QUEUE_INIT;
static guint release_source;

static void
start_first_waiting (void)
{
  RegimenSessionCard *first = g_queue_peek_head (&waiting_cards);

  if (first != NULL && first->build_rows_source == 0)
    first->build_rows_source = g_idle_add (build_rows_cb, first);
}

static void
stop_waiting (RegimenSessionCard *self)
{
  gboolean first;

  g_clear_handle_id (&self->build_rows_source, g_source_remove);
  if (self->waiting == NULL)
    return;

  first = self->waiting == waiting_cards.head;
  g_queue_delete_link (&waiting_cards, g_steal_pointer (&self->waiting));
  if (first)
    start_first_waiting ();
}

/* One slice of the cards taken out: at most
 * REGIMEN_SESSION_CARD_ROWS_FREED_PER_SLICE rows freed, the first card's
 * first; a card without rows left goes with them. */
static gboolean
release_rows_cb (gpointer user_data)
{
  RegimenSessionCard *card = g_queue_peek_head (&released_cards);
  guint freed = 0;

  while (card != NULL && freed < REGIMEN_SESSION_CARD_ROWS_FREED_PER_SLICE)
    {
      GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (card->items_box));

      if (row != NULL)
        {
          gtk_box_remove (card->items_box, row);
          card->n_rows--;
          freed++;
          continue;
        }

      g_object_unref (g_queue_pop_head (&released_cards));
      card = g_queue_peek_head (&released_cards);
    }

  if (card != NULL)
    return G_SOURCE_CONTINUE;

  release_source = 0;
  return G_SOURCE_REMOVE;
}

/* A part of the card that holds others, laid out by the card's
 * functions (a GtkCustomLayout): the header, and the state line in it. */
#define REGIMEN_TYPE_CARD_PART (regimen_card_part_get_type ())
G_DECLARE_FINAL_TYPE (RegimenCardPart, regimen_card_part, REGIMEN, CARD_PART, GtkWidget)

struct _RegimenCardPart
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (RegimenCardPart, regimen_card_part, GTK_TYPE_WIDGET)

static void
regimen_card_part_dispose (GObject *object)
{
  regimen_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (regimen_card_part_parent_class)->dispose (object);
}

static void
regimen_card_part_class_init (RegimenCardPartClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = regimen_card_part_dispose;
  /* A box's node, as the header had (the state line's grid had a grid's:
   * no style sheet names either). */
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "box");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
regimen_card_part_init (RegimenCardPart *self)
{
}

enum {
  PROP_0,
  PROP_SESSION,
  PROP_LIBRARY,
  PROP_PLAN,
  PROP_ROWS_DEFERRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *icon_name;
  const char *css_class;
} state_looks[] = {
  [REGIMEN_SESSION_STATE_NOT_LOGGED] = { "document-edit-symbolic", "not-logged" },
  [REGIMEN_SESSION_STATE_DONE] = { "object-select-symbolic", "done" },
  [REGIMEN_SESSION_STATE_PARTLY] = { "view-more-horizontal-symbolic", "partly" },
  [REGIMEN_SESSION_STATE_SKIPPED] = { "media-skip-forward-symbolic", "skipped" },
};

static void
update_description (RegimenSessionCard *self)
{
  g_autofree char *description = NULL;

  if (self->state_text != NULL && self->problems != NULL)
    /* Translators: a session card's description for screen readers: its log's state, then the plan check's problems, “Not logged. HIIT on consecutive days…” */
    description = g_strdup_printf (_("%s. %s"), self->state_text, self->problems);
  else
    description = g_strdup (self->state_text != NULL ? self->state_text : self->problems);

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The problems' words, given when asked for (see regimen_problem_mark()). */
static gboolean
on_problem_icon_query_tooltip (RegimenSessionCard *self,
                               int                 x,
                               int                 y,
                               gboolean            keyboard_mode,
                               GtkTooltip         *tooltip)
{
  gtk_tooltip_set_text (tooltip, self->problems);

  return self->problems != NULL;
}

/* Done, partly done, skipped, or not logged once the day is over: an
 * icon and its words under the meta line; nothing for a session to come. */
static void
update_state (RegimenSessionCard *self)
{
  RegimenSessionState state = REGIMEN_SESSION_STATE_NONE;
  GDate today = self->today;
  const char *label;

  if (!g_date_valid (&today))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      regimen_date_from_date_time (now, &today);
    }

  if (self->plan != NULL)
    state = regimen_session_get_state (self->plan, self->session, &today);
  label = regimen_session_state_get_label (state);

  /* Only the class that changes: taking the state's class off and
   * putting it back restyles the state line on every update. */
  for (guint i = 0; i < G_N_ELEMENTS (state_looks); i++)
    if (state_looks[i].css_class != NULL)
      regimen_widget_set_css_class (self->state_box, state_looks[i].css_class,
                                    label != NULL && i == (guint) state);

  g_clear_pointer (&self->state_text, g_free);
  if (label != NULL)
    {
      if (g_strcmp0 (gtk_image_get_icon_name (self->state_icon), state_looks[state].icon_name) != 0)
        gtk_image_set_from_icon_name (self->state_icon, state_looks[state].icon_name);
      gtk_label_set_label (self->state_label, label);
      self->state_text = g_strdup (label);
    }
  gtk_widget_set_visible (self->state_box, label != NULL);
  update_description (self);
}

static void
regimen_session_card_update (RegimenSessionCard *self)
{
  g_autofree char *meta = regimen_session_describe (self->session, FALSE);
  g_autofree char *accessible = NULL;
  RegimenSessionKind kind = regimen_session_get_kind (self->session);
  const char *title = regimen_session_get_display_title (self->session);
  guint minutes = regimen_session_get_minutes (self->session);
  /* On one line: the label's two lines bound each paragraph (Pango), so a
   * title of thousands of lines made the card that tall. The tooltip
   * shows more of it, the accessible label all. */
  g_autofree char *title_line = regimen_text_one_line (title, TITLE_MAX_CHARS);
  g_autofree char *tooltip = regimen_text_one_line (title, TOOLTIP_MAX_CHARS);

  gtk_label_set_label (self->title_label, title_line);
  {
    g_autofree char *glued = regimen_text_glue_numbers (meta);

    gtk_label_set_label (self->meta_label, glued);
  }
  /* Given when asked for: in GTK 4.8 setting a tooltip asks the X server
   * where the pointer is, for every card a week builds. */
  regimen_widget_set_tooltip_when_asked (GTK_WIDGET (self->title_label), tooltip);

  if (kind == REGIMEN_SESSION_KIND_HIIT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "hiit");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "hiit");

  /* A session titled by its kind is announced without saying it twice. */
  if (g_strcmp0 (title, regimen_session_kind_get_label (kind)) == 0 && minutes > 0)
    /* Translators: a session titled by its kind, as screen readers announce it, “Strength, RPE 7, 45 minutes” */
    accessible = g_strdup_printf (_("%s, RPE %u, %u minutes"), title, regimen_session_get_rpe (self->session), minutes);
  else if (g_strcmp0 (title, regimen_session_kind_get_label (kind)) == 0)
    /* Translators: a session titled by its kind, as screen readers announce it, “Strength, RPE 7” */
    accessible = g_strdup_printf (_("%s, RPE %u"), title, regimen_session_get_rpe (self->session));
  else if (minutes > 0)
    /* Translators: a session as screen readers announce it, “Lower body A, strength, RPE 7, 45 minutes” */
    accessible = g_strdup_printf (_("%s, %s, RPE %u, %u minutes"),
                                  title,
                                  regimen_session_kind_get_label (kind),
                                  regimen_session_get_rpe (self->session),
                                  minutes);
  else
    /* Translators: a session as screen readers announce it, “Intervals, HIIT, RPE 8” */
    accessible = g_strdup_printf (_("%s, %s, RPE %u"),
                                  title,
                                  regimen_session_kind_get_label (kind),
                                  regimen_session_get_rpe (self->session));

  if (regimen_session_get_time (self->session) != REGIMEN_SESSION_NO_TIME)
    {
      g_autofree char *time = regimen_session_time_to_string (regimen_session_get_time (self->session));
      g_autofree char *untimed = g_steal_pointer (&accessible);

      /* Translators: a session as screen readers announce it, then its start time, “Lower body A, Strength, RPE 7, at 07:30” */
      accessible = g_strdup_printf (_("%s, at %s"), untimed, time);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  update_state (self);
}

static GtkWidget *
create_item_row (gpointer item,
                 gpointer user_data)
{
  RegimenSessionCard *self = user_data;

  return regimen_item_row_new (item, self->library, self->plan);
}

static gboolean
rebind_item_row (GtkWidget *row,
                 gpointer   item,
                 gpointer   user_data)
{
  RegimenSessionCard *self = user_data;

  return regimen_item_row_rebind (REGIMEN_ITEM_ROW (row), item, self->library, self->plan);
}

/* Whether @item is of a superset group, which its row shows with a bar
 * down its side (style.css): a grouped row's words are 5 pixels narrower
 * than another's. */
static gboolean
item_grouped (RegimenItem *item)
{
  return regimen_item_get_group (item) != NULL;
}

/* Shows @items in the card's rows: for each item a row of the same
 * exercise grouped as it is where there is one (the first such row not
 * yet taken, in order), then another row grouped as it is, then a row of
 * the same exercise, then any other, new rows made only beyond them. A
 * week switch shows another session of the same kind, and its exercises
 * recur at other places: a row moved to its exercise keeps its name, and
 * so the name's laid-out words and the figure drawn for it, where a row
 * rebound in place would lay out another name and draw another figure.
 * A row grouped as before keeps its words' width (a grouped row's are
 * narrower by the group's bar): a row rebound from grouped to not, or
 * back, had its new words laid out at the old width when they were set,
 * then again for each measure at the new width before the row was
 * allocated (GtkLabel lays out a copy of its layout when asked at
 * another width than it has), and again at its allocation — a switch to
 * a week not shown before copied 45 layouts against 13 for a switch back
 * (docs/benchmarks.md, issue 20). The rows end in the items' order. */
static void
rebind_item_rows (RegimenSessionCard *self,
                  GListModel         *items)
{
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GPtrArray) old_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree GtkWidget **chosen = g_new0 (GtkWidget *, n + 1);
  g_autofree gboolean *taken = NULL;
  GtkWidget *before = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->items_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_ptr_array_add (old_rows, row);
  taken = g_new0 (gboolean, old_rows->len + 1);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (new_items, g_list_model_get_item (items, i));

  /* Four passes: the same exercise grouped alike, another row grouped
   * alike, the same exercise, any other row. */
  for (guint pass = 0; pass < 4; pass++)
    {
      gboolean same_exercise = pass % 2 == 0;
      gboolean alike = pass < 2;

      for (guint i = 0; i < n; i++)
        {
          RegimenItem *item = g_ptr_array_index (new_items, i);

          for (guint j = 0; j < old_rows->len && chosen[i] == NULL; j++)
            {
              RegimenItem *shown = regimen_item_row_get_item (g_ptr_array_index (old_rows, j));

              if (taken[j]
                  || (same_exercise && g_strcmp0 (regimen_item_get_exercise (shown),
                                                  regimen_item_get_exercise (item)) != 0)
                  || (alike && item_grouped (shown) != item_grouped (item)))
                continue;

              chosen[i] = g_ptr_array_index (old_rows, j);
              taken[j] = TRUE;
            }
        }
    }

  for (guint i = 0; i < n; i++)
    {
      RegimenItem *item = g_ptr_array_index (new_items, i);
      GtkWidget *row = chosen[i];

      if (row != NULL && !rebind_item_row (row, item, self))
        {
          gtk_box_remove (self->items_box, row);
          row = NULL;
        }

      if (row == NULL)
        {
          row = create_item_row (item, self);
          gtk_box_insert_child_after (self->items_box, row, before);
        }
      else if (gtk_widget_get_prev_sibling (row) != before)
        gtk_box_reorder_child_after (self->items_box, row, before);
      before = row;
    }

  for (guint j = 0; j < old_rows->len; j++)
    if (!taken[j])
      gtk_box_remove (self->items_box, g_ptr_array_index (old_rows, j));

  self->n_rows = n;
  g_clear_handle_id (&self->build_rows_source, g_source_remove);
  stop_waiting (self);
}

/* When the @n rows from @position show the items now there in another
 * order (a move within the session, its undo or redo: one change over
 * the places it crosses), puts those rows in the items' order, each row
 * kept with its item, its words laid out and its focus: nothing is made
 * again. Returns %FALSE, changing nothing, when they show other items. */
static gboolean
reorder_item_rows (RegimenSessionCard *self,
                   GListModel         *items,
                   guint               position,
                   guint               n)
{
  g_autofree GtkWidget **rows = g_new0 (GtkWidget *, n);
  g_autofree GtkWidget **ordered = g_new0 (GtkWidget *, n);
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->items_box));
  GtkWidget *before = NULL;

  for (guint i = 0; i < position && row != NULL; i++)
    {
      before = row;
      row = gtk_widget_get_next_sibling (row);
    }
  for (guint i = 0; i < n; i++)
    {
      if (row == NULL)
        return FALSE;
      rows[i] = row;
      row = gtk_widget_get_next_sibling (row);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenItem) item = g_list_model_get_item (items, position + i);

      for (guint j = 0; j < n && ordered[i] == NULL; j++)
        if (rows[j] != NULL && regimen_item_row_get_item (REGIMEN_ITEM_ROW (rows[j])) == item)
          {
            ordered[i] = rows[j];
            rows[j] = NULL;
          }
      if (ordered[i] == NULL)
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      if (gtk_widget_get_prev_sibling (ordered[i]) != before)
        gtk_box_reorder_child_after (self->items_box, ordered[i], before);
      before = ordered[i];
    }

  return TRUE;
}

/* A change beyond the rows built so far reaches its rows when they are
 * built, from the items as they are then. */
static void
on_items_changed (RegimenSessionCard *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *items)
{
  if (removed == added && removed > 1 && position + removed <= self->n_rows
      && reorder_item_rows (self, items, position, removed))
    return;

  if (position <= self->n_rows)
    {
      guint gone = MIN (removed, self->n_rows - position);

      regimen_box_sync_children (self->items_box, items, position, gone, added, create_item_row, self);
      self->n_rows = self->n_rows - gone + added;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->items_box), g_list_model_get_n_items (items) > 0);
}

/* One slice: at most REGIMEN_SESSION_CARD_ROWS_PER_SLICE of the card's
 * rows. The last row built, the card stops waiting and the next card's
 * idle starts. */
static gboolean
build_rows_cb (gpointer user_data)
{
  RegimenSessionCard *self = user_data;
  guint built = 0;

  while (built < REGIMEN_SESSION_CARD_ROWS_PER_SLICE && regimen_session_card_build_next_row (self))
    built++;

  return self->build_rows_source != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
on_session_notify (RegimenSessionCard *self,
                   GParamSpec         *pspec,
                   RegimenSession     *session)
{
  regimen_session_card_update (self);
}

static GdkContentProvider *
on_drag_source_prepare (RegimenSessionCard *self,
                        double              x,
                        double              y,
                        GtkDragSource      *source)
{
  GtkWidget *pressed = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  g_autoptr(GdkPaintable) icon = NULL;

  /* A drag begun on an exercise is the exercise's (its row's own drag
   * source): the pointer moved fast, both passed the threshold in one
   * motion, and the card's drag, begun after, took the whole session
   * along where the person dragged one exercise. */
  if (pressed != NULL && gtk_widget_get_ancestor (pressed, REGIMEN_TYPE_ITEM_ROW) != NULL)
    return NULL;

  icon = gtk_widget_paintable_new (GTK_WIDGET (self));
  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);

  return gdk_content_provider_new_typed (REGIMEN_TYPE_SESSION, self->session);
}

static void
regimen_session_card_edit_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (widget);

  if (self->plan == NULL)
    return;

  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    return;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  self->editor = regimen_session_editor_new (self->plan, self->session);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  {
    graphene_rect_t header;

    /* A long card reaches the bottom of the screen: the editor points at
     * the title it edits, where there is room beside it. */
    if (gtk_widget_compute_bounds (self->header, GTK_WIDGET (self), &header))
      gtk_popover_set_pointing_to (GTK_POPOVER (self->editor),
                                   &(GdkRectangle) { (int) header.origin.x, (int) header.origin.y,
                                                     MAX (1, (int) header.size.width),
                                                     MAX (1, (int) header.size.height) });
  }
  gtk_popover_popup (GTK_POPOVER (self->editor));
}

static void
regimen_session_card_delete_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (widget);
  g_autofree char *title = g_strdup (regimen_session_get_display_title (self->session));
  GtkRoot *root = gtk_widget_get_root (widget);
  /* The focus goes to the next session, else the one before, else the day. */
  GtkWidget *successor = regimen_focus_successor (widget, REGIMEN_TYPE_DAY_COLUMN);

  if (self->plan != NULL && regimen_plan_delete_session (self->plan, self->session))
    {
      regimen_focus_successor_grab (g_steal_pointer (&successor));
      regimen_offer_undo (root, title);
    }
  g_clear_object (&successor);
}

static void
regimen_session_card_move_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (widget);
  g_autoptr(RegimenSession) session = g_object_ref (self->session);
  GtkWidget *week_view = gtk_widget_get_ancestor (widget, REGIMEN_TYPE_WEEK_VIEW);
  int shift = g_variant_get_int32 (parameter);

  if (self->plan == NULL || shift < 0 || shift >= REGIMEN_N_SHIFTS)
    return;

  /* The card is rebuilt where the session lands: focus follows it there,
   * so that the next key moves it on. */
  if (regimen_plan_shift_session (self->plan, session, shift))
    {
      if (week_view != NULL)
        regimen_week_view_focus_object (REGIMEN_WEEK_VIEW (week_view), session);
    }
  else
    {
      gtk_widget_error_bell (widget);
    }
}

/* The log form is the window's: it opens for this session by its id. */
static void
regimen_session_card_log_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (widget);

  gtk_widget_activate_action (widget, "win.log-session", "s", regimen_session_get_id (self->session));
}

static GMenuModel *
new_context_menu (RegimenSessionCard *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenuItem) log_item = NULL;

  g_autoptr(GMenuItem) edit_item = g_menu_item_new (_("_Edit…"), "session.edit");

  /* The key the shortcuts window gives for it, rather than Space. */
  g_menu_item_set_attribute (edit_item, "accel", "s", "Return");
  g_menu_append_item (edit, edit_item);
  /* Translators: a session card's menu: type in what was trained */
  log_item = g_menu_item_new (_("_Log Session…"), NULL);
  g_menu_item_set_action_and_target_value (log_item, "win.log-session",
                                           g_variant_new_string (regimen_session_get_id (self->session)));
  g_menu_item_set_attribute (log_item, "accel", "s", "<Control>l");
  g_menu_append_item (edit, log_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append (remove, _("_Delete"), "session.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));

  return G_MENU_MODEL (menu);
}

static void
popup_menu (RegimenSessionCard *self,
            double              x,
            double              y)
{
  g_autoptr(GMenuModel) model = new_context_menu (self);

  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);

  if (x >= 0 && y >= 0)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  else
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), NULL);

  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
regimen_session_card_context_menu_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (widget);

  /* A popover needs a place on screen to point at. */
  if (gtk_widget_get_mapped (widget))
    popup_menu (self, -1, -1);
}

static void
on_secondary_pressed (RegimenSessionCard *self,
                      int                 n_press,
                      double              x,
                      double              y,
                      GtkGestureClick    *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  popup_menu (self, x, y);
}

static void
on_plan_start_date_notify (RegimenSessionCard *self,
                           GParamSpec         *pspec,
                           RegimenPlan        *plan)
{
  update_state (self);
}

static void
on_click_released (RegimenSessionCard *self,
                   int                 n_press,
                   double              x,
                   double              y,
                   GtkGestureClick    *gesture)
{
  /* The second click of a double-click would close what the first one
   * opened. */
  if (n_press > 1)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "session.edit", NULL);
}

/* Between the header and the rows; between an icon and its words. */
#define HEADER_SPACING 6
#define ICON_SPACING 4

/* The height of the wrapping @words at @width, asked as a wrap bin asks
 * its label (regimen_wrap_bin_measure_height_at()): never for their
 * width, which a label answers with three more layouts of its text. At
 * no width (-1), their height at their natural width. The baselines
 * are -1 when there is none. */
static void
measure_words (GtkWidget *words,
               int        width,
               int       *minimum,
               int       *natural,
               int       *minimum_baseline,
               int       *natural_baseline)
{
  *minimum_baseline = *natural_baseline = -1;
  if (width < 0)
    gtk_widget_measure (words, GTK_ORIENTATION_VERTICAL, -1, minimum, natural, minimum_baseline, natural_baseline);
  else
    regimen_wrap_bin_measure_height_at (words, width, minimum, natural, minimum_baseline, natural_baseline);
}

static int
words_height (GtkWidget *words,
              int        width,
              int       *natural)
{
  int minimum, minimum_baseline, natural_baseline;

  measure_words (words, width, &minimum, natural, &minimum_baseline, &natural_baseline);

  return minimum;
}

/* The width an icon takes at the start of its line, with the space after
 * it; 0 when it is hidden. */
static int
icon_width (GtkWidget *icon)
{
  int width;

  if (!gtk_widget_should_layout (icon))
    return 0;

  gtk_widget_measure (icon, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);

  return width + ICON_SPACING;
}

/* A line's height: of what has a baseline, the most above it and the
 * most below it, as a grid sums them (an image gives a baseline, and the
 * words theirs), or the tallest part if that is taller. */
typedef struct
{
  int tallest, above, below;
} LineHeight;

static void
line_height_add (LineHeight *line,
                 int         height,
                 int         baseline)
{
  if (baseline >= 0)
    {
      line->above = MAX (line->above, baseline);
      line->below = MAX (line->below, height - baseline);
    }
  else
    line->tallest = MAX (line->tallest, height);
}

static int
line_height_get (const LineHeight *line)
{
  return MAX (line->tallest, line->above + line->below);
}

/* A line of an icon and the words after it (the title with the problems'
 * mark, the log's state), as a grid of the two laid them out: the icon at
 * its width, the words in the rest. */
static void
measure_line (GtkWidget *icon,
              GtkWidget *words,
              int        width,
              int       *minimum,
              int       *natural)
{
  int before = icon_width (icon);
  LineHeight least = { 0, }, most = { 0, };
  int part_minimum, part_natural, minimum_baseline, natural_baseline;

  if (before > 0)
    {
      minimum_baseline = natural_baseline = -1;
      gtk_widget_measure (icon, GTK_ORIENTATION_VERTICAL, -1, &part_minimum, &part_natural,
                          &minimum_baseline, &natural_baseline);
      line_height_add (&least, part_minimum, minimum_baseline);
      line_height_add (&most, part_natural, natural_baseline);
    }
  measure_words (words, width < 0 ? -1 : MAX (0, width - before), &part_minimum, &part_natural,
                 &minimum_baseline, &natural_baseline);
  line_height_add (&least, part_minimum, minimum_baseline);
  line_height_add (&most, part_natural, natural_baseline);
  *minimum = line_height_get (&least);
  *natural = line_height_get (&most);
}

/* The icon at the start, as high as the line (its valign places it in
 * it), the words in the rest of the width. */
static void
allocate_line (GtkWidget *icon,
               GtkWidget *words,
               int        width,
               int        height,
               int        y,
               gboolean   rtl)
{
  int before = icon_width (icon);

  if (before > 0)
    gtk_widget_allocate (icon, before - ICON_SPACING, height, -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? width - before + ICON_SPACING : 0, y)));
  gtk_widget_allocate (words, MAX (0, width - before), height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? 0 : before, y)));
}

/* Asked for its height at no width (GtkWindow asks so of the whole window
 * on every frame that resizes something), a part with a width answers at
 * that width, as a wrap bin does: at width 0 its labels would lay their
 * words out a character a line. */
static int
width_of_part (GtkWidget *part,
               int        for_size)
{
  if (for_size <= 0 && gtk_widget_get_width (part) > 0)
    return gtk_widget_get_width (part);

  return for_size;
}

static GtkSizeRequestMode
height_for_width (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The state line: its icon, then its words. Its words' width is never
 * asked (0, as the bin around them answered). */
static void
measure_state_line (GtkWidget      *state_box,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  GtkWidget *icon = gtk_widget_get_first_child (state_box);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = icon_width (icon);
  else
    measure_line (icon, gtk_widget_get_next_sibling (icon), width_of_part (state_box, for_size), minimum, natural);
}

static void
allocate_state_line (GtkWidget *state_box,
                     int        width,
                     int        height,
                     int        baseline)
{
  GtkWidget *icon = gtk_widget_get_first_child (state_box);

  allocate_line (icon, gtk_widget_get_next_sibling (icon), width, height, 0,
                 gtk_widget_get_direction (state_box) == GTK_TEXT_DIR_RTL);
}

/* The header: the title after the problems' mark, the meta line, the
 * state line, one under the other. */
static void
measure_header (GtkWidget      *header,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (gtk_widget_get_parent (header));
  int title_minimum, title_natural, meta_minimum, meta_natural, state_minimum = 0, state_natural = 0;
  int width;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->state_box, orientation, -1, &state_minimum, &state_natural, NULL, NULL);
      *minimum = MAX (icon_width (GTK_WIDGET (self->problem_icon)), state_minimum);
      *natural = MAX (icon_width (GTK_WIDGET (self->problem_icon)), state_natural);
      return;
    }

  width = width_of_part (header, for_size);
  measure_line (GTK_WIDGET (self->problem_icon), GTK_WIDGET (self->title_label), width,
                &title_minimum, &title_natural);
  meta_minimum = words_height (GTK_WIDGET (self->meta_label), width, &meta_natural);
  gtk_widget_measure (self->state_box, orientation, width, &state_minimum, &state_natural, NULL, NULL);
  *minimum = title_minimum + meta_minimum + state_minimum;
  *natural = title_natural + meta_natural + state_natural;
}

/* Each part as high as it would like when the header has room for that
 * (the card's natural height, as a box gives its children), else as its
 * least. */
static void
allocate_header (GtkWidget *header,
                 int        width,
                 int        height,
                 int        baseline)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (gtk_widget_get_parent (header));
  int title_minimum, title_natural, meta_minimum, meta_natural, state_minimum = 0, state_natural = 0;
  int title_height, meta_height, state_height;

  measure_line (GTK_WIDGET (self->problem_icon), GTK_WIDGET (self->title_label), width,
                &title_minimum, &title_natural);
  meta_minimum = words_height (GTK_WIDGET (self->meta_label), width, &meta_natural);
  if (gtk_widget_should_layout (self->state_box))
    gtk_widget_measure (self->state_box, GTK_ORIENTATION_VERTICAL, width, &state_minimum, &state_natural, NULL, NULL);

  if (height >= title_natural + meta_natural + state_natural)
    {
      title_height = title_natural;
      meta_height = meta_natural;
      state_height = state_natural;
    }
  else
    {
      title_height = title_minimum;
      meta_height = meta_minimum;
      state_height = state_minimum;
    }

  allocate_line (GTK_WIDGET (self->problem_icon), GTK_WIDGET (self->title_label), width, title_height, 0,
                 gtk_widget_get_direction (header) == GTK_TEXT_DIR_RTL);
  gtk_widget_allocate (GTK_WIDGET (self->meta_label), width, meta_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, title_height)));
  if (gtk_widget_should_layout (self->state_box))
    gtk_widget_allocate (self->state_box, width, state_height, -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, title_height + meta_height)));
}

/* The card lays out its header and its rows under it itself, and the
 * header and its state line are laid out by the functions above: a box
 * around the two, a grid around the title and another around the state
 * line, and a bin around each of the three labels did the same with five
 * widgets more a card, which a plan's first frame builds, styles,
 * measures and maps. Like the bins, the card asks its wrapping words
 * only for their height, and needs no width for them. */
static void
regimen_session_card_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (widget);
  int header_minimum, header_natural, items_minimum = 0, items_natural = 0;

  gtk_widget_measure (self->header, orientation, for_size, &header_minimum, &header_natural, NULL, NULL);
  if (gtk_widget_should_layout (GTK_WIDGET (self->items_box)))
    gtk_widget_measure (GTK_WIDGET (self->items_box), orientation, for_size, &items_minimum, &items_natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (header_minimum, items_minimum);
      *natural = MAX (header_natural, items_natural);
    }
  else if (gtk_widget_should_layout (GTK_WIDGET (self->items_box)))
    {
      *minimum = header_minimum + HEADER_SPACING + items_minimum;
      *natural = header_natural + HEADER_SPACING + items_natural;
    }
  else
    {
      *minimum = header_minimum;
      *natural = header_natural;
    }
}

static void
regimen_session_card_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (widget);
  int header_height, header_natural, items_minimum = 0, items_natural = 0;
  gboolean items = gtk_widget_should_layout (GTK_WIDGET (self->items_box));

  /* The editor and the menu, as a layout manager presents its widget's
   * popovers. */
  if (self->editor != NULL)
    gtk_popover_present (GTK_POPOVER (self->editor));
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));

  /* The header as high as it would like when the card has room for that
   * beside the rows' least, as a box gives it; the rows the rest. */
  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_height, &header_natural, NULL, NULL);
  if (items)
    gtk_widget_measure (GTK_WIDGET (self->items_box), GTK_ORIENTATION_VERTICAL, width,
                        &items_minimum, &items_natural, NULL, NULL);
  if (height >= header_natural + (items ? HEADER_SPACING + items_minimum : 0))
    header_height = header_natural;
  gtk_widget_allocate (self->header, width, header_height, -1, NULL);
  if (items)
    gtk_widget_allocate (GTK_WIDGET (self->items_box), width, MAX (0, height - header_height - HEADER_SPACING), -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, header_height + HEADER_SPACING)));
}

static void
regimen_session_card_dispose (GObject *object)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (object);

  stop_waiting (self);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  if (self->header != NULL)
    {
      gtk_widget_unparent (self->header);
      gtk_widget_unparent (GTK_WIDGET (self->items_box));
      self->header = self->state_box = NULL;
      self->title_label = self->meta_label = self->state_label = NULL;
      self->problem_icon = self->state_icon = NULL;
      self->items_box = NULL;
    }
  g_clear_object (&self->session);
  g_clear_object (&self->library);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->state_text, g_free);
  g_clear_pointer (&self->problems, g_free);

  G_OBJECT_CLASS (regimen_session_card_parent_class)->dispose (object);
}

static void
regimen_session_card_constructed (GObject *object)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (object);
  GListModel *items = regimen_session_get_items (self->session);

  G_OBJECT_CLASS (regimen_session_card_parent_class)->constructed (object);

  g_signal_connect_object (items, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify", G_CALLBACK (on_session_notify), self, G_CONNECT_SWAPPED);
  /* Which days are over depends on where the plan starts. */
  if (self->plan != NULL)
    g_signal_connect_object (self->plan, "notify::start-date", G_CALLBACK (on_plan_start_date_notify), self,
                             G_CONNECT_SWAPPED);

  if (self->rows_deferred)
    gtk_widget_set_visible (GTK_WIDGET (self->items_box), g_list_model_get_n_items (items) > 0);
  else
    on_items_changed (self, 0, 0, g_list_model_get_n_items (items), items);
  regimen_session_card_update (self);
}

static void
regimen_session_card_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_ROWS_DEFERRED:
      g_value_set_boolean (value, self->rows_deferred);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_card_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RegimenSessionCard *self = REGIMEN_SESSION_CARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_ROWS_DEFERRED:
      self->rows_deferred = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_card_class_init (RegimenSessionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = regimen_session_card_constructed;
  object_class->get_property = regimen_session_card_get_property;
  object_class->set_property = regimen_session_card_set_property;
  object_class->dispose = regimen_session_card_dispose;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         REGIMEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Names the items' exercises; none shows their ids. */
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         REGIMEN_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The plan the card's edits go to. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Whether the card was made without its rows, which it then builds as
   * regimen_session_card_build_next_row() and
   * regimen_session_card_build_rows_later() ask. */
  properties[PROP_ROWS_DEFERRED] =
    g_param_spec_boolean ("rows-deferred", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->measure = regimen_session_card_measure;
  widget_class->get_request_mode = height_for_width;
  widget_class->size_allocate = regimen_session_card_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "sessioncard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "session.edit", NULL, regimen_session_card_edit_action);
  gtk_widget_class_install_action (widget_class, "session.delete", NULL, regimen_session_card_delete_action);
  gtk_widget_class_install_action (widget_class, "session.move", "i", regimen_session_card_move_action);
  gtk_widget_class_install_action (widget_class, "session.log", NULL, regimen_session_card_log_action);
  gtk_widget_class_install_action (widget_class, "session.context-menu", NULL,
                                   regimen_session_card_context_menu_action);

  regimen_widget_class_add_editing_bindings (widget_class, "session");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "session.log", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "session.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "session.context-menu", NULL);
}

static void
regimen_session_card_init (RegimenSessionCard *self)
{
  GtkDragSource *drag_source;
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "session-card");

  /* Made here rather than from a template, which each of a plan's cards
   * would parse again: GtkBuilder's objects, properties and style classes
   * cost a card more than all its own set-up. Laid out by
   * regimen_session_card_size_allocate() and the header's functions. */
  self->header = g_object_new (REGIMEN_TYPE_CARD_PART,
                               "layout-manager", gtk_custom_layout_new (height_for_width, measure_header,
                                                                        allocate_header),
                               NULL);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->problem_icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->problem_icon), FALSE);
  gtk_widget_set_valign (GTK_WIDGET (self->problem_icon), GTK_ALIGN_CENTER);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->problem_icon), TRUE);
  g_signal_connect_object (self->problem_icon, "query-tooltip", G_CALLBACK (on_problem_icon_query_tooltip), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (GTK_WIDGET (self->problem_icon), self->header);

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->title_label, 8);
  gtk_label_set_wrap (self->title_label, TRUE);
  /* A word wider than the card breaks rather than widening the day: the
   * seven days keep the width the panels beside them count on. */
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->title_label, 2);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_set_parent (GTK_WIDGET (self->title_label), self->header);

  self->meta_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->meta_label, 0);
  gtk_label_set_max_width_chars (self->meta_label, 8);
  gtk_label_set_wrap (self->meta_label, TRUE);
  gtk_label_set_wrap_mode (self->meta_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->meta_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->meta_label), "session-meta");
  gtk_widget_set_parent (GTK_WIDGET (self->meta_label), self->header);

  /* A past session's log: an icon and words, never colour alone. */
  self->state_box = g_object_new (REGIMEN_TYPE_CARD_PART,
                                  "layout-manager", gtk_custom_layout_new (height_for_width, measure_state_line,
                                                                           allocate_state_line),
                                  "visible", FALSE,
                                  "margin-top", 2,
                                  NULL);
  gtk_widget_add_css_class (self->state_box, "session-state");
  gtk_widget_set_parent (self->state_box, self->header);

  self->state_icon = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                              "pixel-size", 12,
                                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                              NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->state_icon), self->state_box);

  self->state_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->state_label, 0);
  gtk_label_set_max_width_chars (self->state_label, 8);
  gtk_label_set_wrap (self->state_label, TRUE);
  gtk_label_set_wrap_mode (self->state_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (GTK_WIDGET (self->state_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "caption");
  gtk_widget_set_parent (GTK_WIDGET (self->state_label), self->state_box);

  self->items_box = GTK_BOX (g_object_new (GTK_TYPE_BOX,
                                           "orientation", GTK_ORIENTATION_VERTICAL,
                                           "spacing", 4,
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                           NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->items_box), GTK_WIDGET (self));

  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));
  g_date_clear (&self->today, 1);
  /* Not the template's tooltip-text: see regimen_session_card_update(). */
  regimen_widget_set_tooltip_when_asked (self->header, _("Edit the session (Enter)"));

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_object (drag_source, "prepare", G_CALLBACK (on_drag_source_prepare), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));

  /* A click on the card's header edits the session; items take their own. */
  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (on_click_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (click));

  /* A right click anywhere on the card opens its menu. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_secondary_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

static GtkWidget *
session_card_new (RegimenSession *session,
                  RegimenLibrary *library,
                  RegimenPlan    *plan,
                  gboolean        rows_deferred)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan), NULL);

  return g_object_new (REGIMEN_TYPE_SESSION_CARD,
                       "session", session,
                       "library", library,
                       "plan", plan,
                       "rows-deferred", rows_deferred,
                       NULL);
}

GtkWidget *
regimen_session_card_new (RegimenSession *session,
                          RegimenLibrary *library,
                          RegimenPlan    *plan)
{
  return session_card_new (session, library, plan, FALSE);
}

/**
 * regimen_session_card_rebind:
 * @self: a #RegimenSessionCard
 * @session: the session to show instead
 * @library: (nullable): the library that names its exercises
 * @plan: (nullable): the plan its edits go to
 *
 * Makes the card show @session, as a new card for it would, its item rows
 * reused for @session's items: a week switch reuses the cards of the week
 * shown before. An editor or menu open for the session shown before is
 * closed; the problems shown are the caller's to set again.
 *
 * Returns: %TRUE; %FALSE, changing nothing, when the card was made for
 *   another library or plan
 */
gboolean
regimen_session_card_rebind (RegimenSessionCard *self,
                             RegimenSession     *session,
                             RegimenLibrary     *library,
                             RegimenPlan        *plan)
{
  GListModel *items;

  g_return_val_if_fail (REGIMEN_IS_SESSION_CARD (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  if (library != self->library || plan != self->plan)
    return FALSE;

  if (session == self->session)
    return TRUE;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_signal_handlers_disconnect_by_func (regimen_session_get_items (self->session), on_items_changed, self);
  g_signal_handlers_disconnect_by_func (self->session, on_session_notify, self);

  g_set_object (&self->session, session);
  items = regimen_session_get_items (session);
  g_signal_connect_object (items, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "notify", G_CALLBACK (on_session_notify), self, G_CONNECT_SWAPPED);

  rebind_item_rows (self, items);
  gtk_widget_set_visible (GTK_WIDGET (self->items_box), g_list_model_get_n_items (items) > 0);
  regimen_session_card_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);

  return TRUE;
}

/**
 * regimen_session_card_new_deferred:
 * @session: the session to show
 * @library: (nullable): the library that names its exercises
 * @plan: (nullable): the plan its edits go to
 *
 * A card as regimen_session_card_new() makes, without its item rows yet:
 * a day column built before its first layout adds the rows it shows
 * above the fold in that layout (regimen_session_card_build_next_row())
 * and leaves the rest to after the frame
 * (regimen_session_card_build_rows_later()). A plan's first frame then
 * makes, styles and lays out only the rows it draws.
 */
GtkWidget *
regimen_session_card_new_deferred (RegimenSession *session,
                                   RegimenLibrary *library,
                                   RegimenPlan    *plan)
{
  return session_card_new (session, library, plan, TRUE);
}

/**
 * regimen_session_card_build_next_row:
 * @self: a #RegimenSessionCard
 *
 * Builds the row of the first item that has none yet, after the rows
 * built: the rows always show the session's first items in order.
 *
 * Returns: %TRUE if it built one; %FALSE when every item has its row
 */
gboolean
regimen_session_card_build_next_row (RegimenSessionCard *self)
{
  g_autoptr(RegimenItem) item = NULL;

  g_return_val_if_fail (REGIMEN_IS_SESSION_CARD (self), FALSE);

  item = g_list_model_get_item (regimen_session_get_items (self->session), self->n_rows);
  if (item == NULL)
    {
      stop_waiting (self);
      return FALSE;
    }

  gtk_box_append (self->items_box, create_item_row (item, self));
  self->n_rows++;

  return TRUE;
}

/**
 * regimen_session_card_build_rows_later:
 * @self: a #RegimenSessionCard
 *
 * Builds the rows not built yet, in order, once the main loop is idle and
 * the cards that asked before have theirs, at most
 * %REGIMEN_SESSION_CARD_ROWS_PER_SLICE each time it is: a day column asks
 * this during a layout, which the frame's drawing follows before the main
 * loop is idle again.
 */
void
regimen_session_card_build_rows_later (RegimenSessionCard *self)
{
  g_return_if_fail (REGIMEN_IS_SESSION_CARD (self));

  if (self->waiting != NULL
      || self->n_rows >= g_list_model_get_n_items (regimen_session_get_items (self->session)))
    return;

  g_queue_push_tail (&waiting_cards, self);
  self->waiting = g_queue_peek_tail_link (&waiting_cards);
  start_first_waiting ();
}

/**
 * regimen_session_card_release_later:
 * @self: (transfer full): a card taken out of its day column
 *
 * Frees @self's rows a slice at a time once the main loop is idle, at most
 * %REGIMEN_SESSION_CARD_ROWS_FREED_PER_SLICE of all such cards each time,
 * and then @self; builds no more of its rows. A day column showing
 * another plan takes out every card of the plan before, up to 140 cards
 * of 100 rows: freed at once, a full week's 14,000 rows stopped the window
 * for 2 s at each Reload (issue 20).
 */
void
regimen_session_card_release_later (RegimenSessionCard *self)
{
  g_return_if_fail (REGIMEN_IS_SESSION_CARD (self));
  g_return_if_fail (gtk_widget_get_parent (GTK_WIDGET (self)) == NULL);

  stop_waiting (self);
  g_queue_push_tail (&released_cards, self);
  if (release_source == 0)
    release_source = g_idle_add (release_rows_cb, NULL);
}

/**
 * regimen_session_card_get_rows_pending:
 *
 * Whether any card, of any window, still has rows waiting to be built
 * after a frame (regimen_session_card_build_rows_later()); a card made
 * before its column's layout counts from that layout on. The widget tests
 * wait, after a frame, for this to be %FALSE to read every row.
 *
 * Returns: %TRUE while rows are still to come
 */
gboolean
regimen_session_card_get_rows_pending (void)
{
  return !g_queue_is_empty (&waiting_cards);
}

RegimenSession *
regimen_session_card_get_session (RegimenSessionCard *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION_CARD (self), NULL);

  return self->session;
}

/**
 * regimen_problem_mark:
 * @widget: a day column or session card
 * @icon: the image that marks it
 * @severity: the gravest problem's severity
 * @messages: (nullable): the problems in words, one per line; %NULL clears
 *   the mark
 *
 * Errors and warnings differ by icon shape and style class, not colour
 * alone, and the words reach screen readers in @widget's description.
 * The icon's tooltip is @widget's to give when it is asked for: in GTK
 * 4.8 setting a tooltip asks the X server where the pointer is, and a
 * week switch marks every card and day of the week.
 */
void
regimen_problem_mark (GtkWidget       *widget,
                      GtkImage        *icon,
                      RegimenSeverity  severity,
                      const char      *messages)
{
  gboolean error = messages != NULL && severity == REGIMEN_SEVERITY_ERROR;
  gboolean warning = messages != NULL && !error;
  const char *icon_name = error ? "dialog-error-symbolic" : "dialog-warning-symbolic";

  /* Every re-check marks every card and day of the week again, most of
   * them as they were: only what differs is changed. A class taken off
   * and put back restyles the whole card or day, an icon set again is
   * looked up and sized again. */
  regimen_widget_set_css_class (widget, "has-error", error);
  regimen_widget_set_css_class (widget, "has-warning", warning);
  regimen_widget_set_css_class (GTK_WIDGET (icon), "error", error);
  regimen_widget_set_css_class (GTK_WIDGET (icon), "warning", warning);

  if (messages == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (icon), FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  if (g_strcmp0 (gtk_image_get_icon_name (icon), icon_name) != 0)
    gtk_image_set_from_icon_name (icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (icon), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, messages,
                                  -1);
}

/**
 * regimen_session_card_set_today:
 * @self: a #RegimenSessionCard
 * @today: (nullable): the day it is now, or %NULL for the clock's
 *
 * Says whether the session's day is over again: done, partly, skipped
 * or not logged once it is.
 */
void
regimen_session_card_set_today (RegimenSessionCard *self,
                                const GDate        *today)
{
  g_return_if_fail (REGIMEN_IS_SESSION_CARD (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  if (today != NULL)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);
  update_state (self);
}

/**
 * regimen_session_card_set_problems:
 * @self: a #RegimenSessionCard
 * @severity: the gravest problem's severity
 * @messages: (nullable): the problems in words, or %NULL for none
 */
void
regimen_session_card_set_problems (RegimenSessionCard *self,
                                   RegimenSeverity     severity,
                                   const char         *messages)
{
  g_return_if_fail (REGIMEN_IS_SESSION_CARD (self));

  regimen_problem_mark (GTK_WIDGET (self), self->problem_icon, severity, messages);
  g_free (self->problems);
  self->problems = g_strdup (messages);
  update_description (self);
}

/**
 * regimen_session_card_get_drop_position:
 * @self: a #RegimenSessionCard
 * @y: a height within the card
 *
 * Returns: the position among the session's exercises that something
 *   dropped at @y takes
 */
guint
regimen_session_card_get_drop_position (RegimenSessionCard *self,
                                        double              y)
{
  guint position = 0;
  guint index = 0;

  g_return_val_if_fail (REGIMEN_IS_SESSION_CARD (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->items_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row), index++)
    {
      graphene_rect_t bounds;

      /* A row made since the last frame has no place yet (its bounds are
       * the box's corner): the rows below the fold, built as the button
       * was released, were not where the pointer was. The drop goes after
       * the last row drawn above the pointer. */
      if (gtk_widget_get_width (row) == 0)
        continue;
      if (gtk_widget_compute_bounds (row, GTK_WIDGET (self), &bounds)
          && y > bounds.origin.y + bounds.size.height / 2)
        position = index + 1;
    }

  return position;
}
