/* regimen-session.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-session"

#include "config.h"

#include <string.h>

#include "regimen-block.h"
#include "regimen-id.h"
#include "regimen-plan-private.h"
#include "regimen-store-mirror.h"
#include "regimen-session.h"

struct _RegimenSession
{
  GObject             parent_instance;

  /* Its revision and place (regimen-store-mirror.h). */
  RegimenNode         node;

  char               *id;
  /* Made by regimen_id_new() here, never set from outside. */
  gboolean            id_fresh;
  char               *title;
  RegimenStoreMirror  items;
  JsonObject         *extra;
  RegimenSessionLog  *log;
  RegimenSessionKind  kind;
  guint               rpe;
  guint               minutes;
  int                 time;
};

G_DEFINE_FINAL_TYPE (RegimenSession, regimen_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_RPE,
  PROP_MINUTES,
  PROP_TIME,
  PROP_LOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A change of the session's own fields: a new revision
 * (regimen_revision_next()), then the notification. Not a notify
 * handler: GLib emits "notify" only where someone listens, and reading
 * a plan would pay for one emission per field. */
static void
notify_changed (RegimenSession *self,
                GParamSpec     *pspec)
{
  regimen_node_changed (&self->node);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
regimen_session_dispose (GObject *object)
{
  RegimenSession *self = (RegimenSession *)object;

  regimen_store_mirror_clear (&self->items);

  G_OBJECT_CLASS (regimen_session_parent_class)->dispose (object);
}

static void
regimen_session_finalize (GObject *object)
{
  RegimenSession *self = (RegimenSession *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->log, regimen_session_log_free);

  g_clear_pointer (&self->items.array, g_ptr_array_unref);

  G_OBJECT_CLASS (regimen_session_parent_class)->finalize (object);
}

static void
regimen_session_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RegimenSession *self = REGIMEN_SESSION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_RPE:
      g_value_set_uint (value, self->rpe);
      break;

    case PROP_MINUTES:
      g_value_set_uint (value, self->minutes);
      break;

    case PROP_TIME:
      g_value_set_int (value, self->time);
      break;

    case PROP_LOG:
      g_value_set_boxed (value, self->log);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RegimenSession *self = REGIMEN_SESSION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      regimen_session_set_title (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      regimen_session_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_RPE:
      regimen_session_set_rpe (self, g_value_get_uint (value));
      break;

    case PROP_MINUTES:
      regimen_session_set_minutes (self, g_value_get_uint (value));
      break;

    case PROP_TIME:
      regimen_session_set_time (self, g_value_get_int (value));
      break;

    case PROP_LOG:
      regimen_session_set_log (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_session_class_init (RegimenSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = regimen_session_dispose;
  object_class->finalize = regimen_session_finalize;
  object_class->get_property = regimen_session_get_property;
  object_class->set_property = regimen_session_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       REGIMEN_TYPE_SESSION_KIND, REGIMEN_SESSION_KIND_STRENGTH, flags);
  properties[PROP_RPE] =
    g_param_spec_uint ("rpe", NULL, NULL, 0, G_MAXUINT, REGIMEN_SESSION_DEFAULT_RPE, flags);
  properties[PROP_MINUTES] =
    g_param_spec_uint ("minutes", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* Minutes after midnight the session starts, or REGIMEN_SESSION_NO_TIME. */
  properties[PROP_TIME] =
    g_param_spec_int ("time", NULL, NULL, REGIMEN_SESSION_NO_TIME, REGIMEN_MINUTES_PER_DAY - 1,
                      REGIMEN_SESSION_NO_TIME, flags);
  /* What was trained (a RegimenSessionLog), or NULL before it is logged. */
  properties[PROP_LOG] =
    g_param_spec_boxed ("log", NULL, NULL, REGIMEN_TYPE_SESSION_LOG, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
regimen_session_init (RegimenSession *self)
{
  regimen_node_init (&self->node, self);
  regimen_store_mirror_init (&self->items, REGIMEN_TYPE_ITEM, &self->node, (RegimenNodeFunc) regimen_item_get_node);
  self->rpe = REGIMEN_SESSION_DEFAULT_RPE;
  self->time = REGIMEN_SESSION_NO_TIME;
}

/**
 * regimen_session_new:
 * @title: (nullable): the session's title
 */
RegimenSession *
regimen_session_new (RegimenSessionKind  kind,
                     const char         *title)
{
  RegimenSession *self = g_object_new (REGIMEN_TYPE_SESSION, NULL);

  self->id = regimen_id_new ();
  self->id_fresh = TRUE;
  self->kind = kind;
  if (title != NULL && title[0] != '\0')
    self->title = g_strdup (title);

  return self;
}

/* For the reader: the fields set directly, without a notification each
 * (nobody can listen yet); without @id, the session has none until the
 * reader sets one. */
RegimenSession *
regimen_session_new_read (const char         *id,
                          RegimenSessionKind  kind,
                          const char         *title,
                          guint               rpe,
                          guint               minutes,
                          int                 time)
{
  RegimenSession *self = g_object_new (REGIMEN_TYPE_SESSION, NULL);

  g_return_val_if_fail ((guint) kind < REGIMEN_N_SESSION_KINDS, self);
  g_return_val_if_fail (time >= REGIMEN_SESSION_NO_TIME && time < REGIMEN_MINUTES_PER_DAY, self);

  self->id = g_strdup (id);
  self->kind = kind;
  if (title != NULL && title[0] != '\0')
    self->title = g_strdup (title);
  self->rpe = rpe;
  self->minutes = minutes;
  self->time = time;

  return self;
}

/**
 * regimen_session_copy:
 *
 * Returns: (transfer full): a deep copy, items and unknown members
 *   included; the copy and its items have new ids, and no log (the copy
 *   is a new session, not trained yet)
 */
RegimenSession *
regimen_session_copy (RegimenSession *self)
{
  RegimenSession *copy;
  GPtrArray *items = self->items.array;

  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);

  copy = regimen_session_new (self->kind, self->title);
  copy->rpe = self->rpe;
  copy->minutes = self->minutes;
  copy->time = self->time;
  copy->extra = regimen_json_object_copy (self->extra);

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(RegimenItem) item_copy = regimen_item_copy (g_ptr_array_index (items, i));

      regimen_store_mirror_append (&copy->items, (gpointer *) &item_copy, 1);
    }

  return copy;
}

/**
 * regimen_session_get_id:
 *
 * Returns: the session's persistent id, unique in its plan
 */
const char *
regimen_session_get_id (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);
  return self->id;
}

void
regimen_session_set_id (RegimenSession *self,
                        const char     *id)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));
  g_return_if_fail (id != NULL);

  g_free (self->id);
  self->id = g_strdup (id);
  self->id_fresh = FALSE;
  regimen_node_changed (&self->node);
}

const char *
regimen_session_get_title (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);
  return self->title;
}

/**
 * regimen_session_get_display_title:
 *
 * Returns: the title, or the kind's translated name when there is none,
 *   as the week and its menus name the session; a title of spaces and
 *   characters that show nothing (a zero-width space) is none, as a
 *   week's label of them is: it named the session as a blank, a card
 *   with no title and a check saying “Monday, “”” (issue 21, pass 33a)
 */
const char *
regimen_session_get_display_title (RegimenSession *self)
{
  const char *title;

  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);

  title = regimen_session_get_title (self);
  if (regimen_text_shows_something (title))
    return title;

  return regimen_session_kind_get_label (regimen_session_get_kind (self));
}

RegimenSessionKind
regimen_session_get_kind (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), REGIMEN_SESSION_KIND_STRENGTH);
  return self->kind;
}

guint
regimen_session_get_rpe (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), 0);
  return self->rpe;
}

/**
 * regimen_session_get_minutes:
 *
 * Returns: the planned duration, or 0 when the plan leaves it to the
 *   estimate from the items
 */
guint
regimen_session_get_minutes (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), 0);
  return self->minutes;
}

/**
 * regimen_session_get_items:
 *
 * Returns: (transfer none): a #GListModel of #RegimenItem
 */
GListModel *
regimen_session_get_items (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);
  return G_LIST_MODEL (regimen_store_mirror_get_store (&self->items));
}

guint
regimen_session_get_n_items (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), 0);
  return self->items.array->len;
}

/**
 * regimen_session_has_room_for:
 * @self: a #RegimenSession
 * @item: (nullable): an item to be moved into @self, or %NULL for a new
 *   one
 *
 * Whether @self can take @item without holding more than
 * %REGIMEN_SESSION_MAX_ITEMS, the most the reader takes: one already in
 * @self, moved within it, adds none.
 *
 * Returns: whether a command putting @item in @self would be taken
 */
gboolean
regimen_session_has_room_for (RegimenSession *self,
                              RegimenItem    *item)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), FALSE);

  return self->items.array->len < REGIMEN_SESSION_MAX_ITEMS
         || (item != NULL && g_ptr_array_find (self->items.array, item, NULL));
}

/**
 * regimen_session_get_item:
 *
 * Returns: (transfer none) (nullable): the item at @position, or NULL
 */
RegimenItem *
regimen_session_get_item (RegimenSession *self,
                          guint           position)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);

  return position < self->items.array->len ? g_ptr_array_index (self->items.array, position) : NULL;
}

/**
 * regimen_session_peek_item:
 * @self: a session
 * @position: less than regimen_session_get_n_items()
 *
 * The item at @position, for loops over a whole plan (the check, the
 * metrics, the reader and the writer): unlike regimen_session_get_item() it checks
 * nothing but @position and reads a plain array, where a #GListModel
 * takes and drops a reference for each item.
 *
 * Returns: (transfer none): the item, borrowed: valid while it is in @self
 */
RegimenItem *
regimen_session_peek_item (RegimenSession *self,
                           guint           position)
{
  g_return_val_if_fail (position < self->items.array->len, NULL);

  return g_ptr_array_index (self->items.array, position);
}

JsonObject *
regimen_session_get_extra (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);
  return self->extra;
}

void
regimen_session_take_extra (RegimenSession *self,
                            JsonObject     *extra)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
regimen_session_set_title (RegimenSession *self,
                           const char     *title)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));

  if (title != NULL && title[0] == '\0')
    title = NULL;

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  notify_changed (self, properties[PROP_TITLE]);
}

void
regimen_session_set_kind (RegimenSession     *self,
                          RegimenSessionKind  kind)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));
  g_return_if_fail ((guint) kind < REGIMEN_N_SESSION_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  notify_changed (self, properties[PROP_KIND]);
}

void
regimen_session_set_rpe (RegimenSession *self,
                         guint           rpe)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));

  if (self->rpe == rpe)
    return;

  self->rpe = rpe;
  notify_changed (self, properties[PROP_RPE]);
}

void
regimen_session_set_minutes (RegimenSession *self,
                             guint           minutes)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));

  if (self->minutes == minutes)
    return;

  self->minutes = minutes;
  notify_changed (self, properties[PROP_MINUTES]);
}

/**
 * regimen_session_get_time:
 *
 * Returns: the minute of the day the session starts at (07:30 is 450), or
 *   %REGIMEN_SESSION_NO_TIME when it has no time: then it is planned for
 *   the day as a whole
 */
int
regimen_session_get_time (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), REGIMEN_SESSION_NO_TIME);

  return self->time;
}

void
regimen_session_set_time (RegimenSession *self,
                          int             time)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));
  g_return_if_fail (time >= REGIMEN_SESSION_NO_TIME && time < REGIMEN_MINUTES_PER_DAY);

  if (self->time == time)
    return;

  self->time = time;
  notify_changed (self, properties[PROP_TIME]);
}

/**
 * regimen_session_time_to_string:
 * @time: a minute of the day, 0 to 1439
 *
 * Returns: (transfer full): the time as the plan file writes it and a
 *   24-hour clock shows it, “07:30”
 */
char *
regimen_session_time_to_string (int time)
{
  g_return_val_if_fail (time >= 0 && time < REGIMEN_MINUTES_PER_DAY, NULL);

  return g_strdup_printf ("%02d:%02d", time / 60, time % 60);
}

/**
 * regimen_session_time_from_string:
 * @text: a time as the plan file writes it, “07:30”
 * @time: (out): the minute of the day
 *
 * Reads a time of day written HH:MM on a 24-hour clock, exactly two
 * digits each, from 00:00 to 23:59.
 *
 * Returns: %TRUE when @text is such a time
 */
gboolean
regimen_session_time_from_string (const char *text,
                                  int        *time)
{
  int hours;
  int minutes;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  hours = (text[0] - '0') * 10 + (text[1] - '0');
  minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59)
    return FALSE;

  if (time != NULL)
    *time = hours * 60 + minutes;
  return TRUE;
}

void
regimen_session_append_item (RegimenSession *self,
                             RegimenItem    *item)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));
  g_return_if_fail (REGIMEN_IS_ITEM (item));

  regimen_store_mirror_append (&self->items, (gpointer *) &item, 1);
}

/* For the reader: @items appended at once, one change of the list
 * instead of one an item. */
void
regimen_session_append_items (RegimenSession  *self,
                              RegimenItem    **items,
                              guint            n_items)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));

  regimen_store_mirror_append (&self->items, (gpointer *) items, n_items);
}

/**
 * regimen_session_get_log:
 *
 * Returns: (transfer none) (nullable): what was trained, or NULL when the
 *   session is not logged
 */
const RegimenSessionLog *
regimen_session_get_log (RegimenSession *self)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (self), NULL);
  return self->log;
}

/* The ids of @self's exercises, a set of strings @self holds. */
static GHashTable *
dup_item_ids (RegimenSession *self)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < regimen_session_get_n_items (self); i++)
    g_hash_table_add (ids, (gpointer) regimen_item_get_id (regimen_session_peek_item (self, i)));

  return ids;
}

/**
 * regimen_session_log_keep_removed:
 * @log: a log being made for @self to replace its own
 *
 * Adds to @log, after its entries, those of @self's own log for
 * exercises no longer in @self that @log has none for, with their sets,
 * in their order: a session logged again keeps what was trained of the
 * exercises removed from it since, as the app's log form, which edits
 * the log it shows, keeps them. A log of more than
 * REGIMEN_LOG_MAX_ITEMS exercises is left to the caller to refuse.
 *
 * Returns: how many entries were added
 */
guint
regimen_session_log_keep_removed (RegimenSession    *self,
                                  RegimenSessionLog *log)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(RegimenSessionLog) before = NULL;
  guint n_kept = 0;

  g_return_val_if_fail (REGIMEN_IS_SESSION (self), 0);
  g_return_val_if_fail (log != NULL, 0);

  if (self->log == NULL)
    return 0;

  ids = dup_item_ids (self);

  before = regimen_session_log_copy (self->log);
  for (guint i = 0; i < before->items->len;)
    {
      RegimenItemLog *entry = g_ptr_array_index (before->items, i);

      if (g_hash_table_contains (ids, entry->item) || regimen_session_log_find_item (log, entry->item) != NULL)
        {
          i++;
          continue;
        }

      g_ptr_array_add (log->items, g_ptr_array_steal_index (before->items, i));
      n_kept++;
    }

  return n_kept;
}

/**
 * regimen_session_log_leave_out_removed:
 * @log: a log of @self (its own or one being made for it)
 *
 * Takes out of @log the entries of exercises no longer in @self, with
 * their sets: what a person chooses when a log that keeps them would name
 * more exercises than a log holds (a session of 100 exercises, logged,
 * then one swapped for another). Nothing else changes; the entries of the
 * exercises @self has keep their order.
 *
 * Returns: how many entries were taken out
 */
guint
regimen_session_log_leave_out_removed (RegimenSession    *self,
                                       RegimenSessionLog *log)
{
  g_autoptr(GHashTable) ids = NULL;
  guint n_removed = 0;

  g_return_val_if_fail (REGIMEN_IS_SESSION (self), 0);
  g_return_val_if_fail (log != NULL, 0);

  ids = dup_item_ids (self);
  for (guint i = log->items->len; i > 0; i--)
    {
      const RegimenItemLog *entry = g_ptr_array_index (log->items, i - 1);

      if (!g_hash_table_contains (ids, entry->item))
        {
          g_ptr_array_remove_index (log->items, i - 1);
          n_removed++;
        }
    }

  return n_removed;
}

/**
 * regimen_session_set_log:
 * @log: (nullable): the log, copied; NULL removes it
 */
void
regimen_session_set_log (RegimenSession          *self,
                         const RegimenSessionLog *log)
{
  g_return_if_fail (REGIMEN_IS_SESSION (self));

  if (regimen_session_log_equal (self->log, log))
    return;

  g_clear_pointer (&self->log, regimen_session_log_free);
  if (log != NULL)
    self->log = regimen_session_log_copy (log);

  notify_changed (self, properties[PROP_LOG]);
}

/* See regimen_revision_next(). */
guint64
regimen_session_get_revision (RegimenSession *self)
{
  return self->node.revision;
}

RegimenNode *
regimen_session_get_node (RegimenSession *self)
{
  return &self->node;
}

/* Whether the id was made by regimen_id_new() when the session was, and
 * never set since (claim_ids() in regimen-plan.c). */
gboolean
regimen_session_get_id_fresh (RegimenSession *self)
{
  return self->id_fresh;
}
