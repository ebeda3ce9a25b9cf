/* regimen-day.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-day"

#include "config.h"

#include "regimen-day.h"
#include "regimen-plan-private.h"
#include "regimen-store-mirror.h"
#include "regimen-weekday.h"

struct _RegimenDay
{
  GObject     parent_instance;

  /* Its revision and place (regimen-store-mirror.h). */
  RegimenNode node;

  RegimenStoreMirror sessions;

  JsonObject *extra;
  guint       weekday;
};

G_DEFINE_FINAL_TYPE (RegimenDay, regimen_day, G_TYPE_OBJECT)

static void
regimen_day_dispose (GObject *object)
{
  RegimenDay *self = (RegimenDay *)object;

  regimen_store_mirror_clear (&self->sessions);

  G_OBJECT_CLASS (regimen_day_parent_class)->dispose (object);
}

static void
regimen_day_finalize (GObject *object)
{
  RegimenDay *self = (RegimenDay *)object;

  g_clear_pointer (&self->extra, json_object_unref);

  g_clear_pointer (&self->sessions.array, g_ptr_array_unref);

  G_OBJECT_CLASS (regimen_day_parent_class)->finalize (object);
}

static void
regimen_day_class_init (RegimenDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = regimen_day_dispose;
  object_class->finalize = regimen_day_finalize;
}

static void
regimen_day_init (RegimenDay *self)
{
  regimen_node_init (&self->node, self);
  regimen_store_mirror_init (&self->sessions, REGIMEN_TYPE_SESSION, &self->node, (RegimenNodeFunc) regimen_session_get_node);
}

RegimenDay *
regimen_day_new (guint weekday)
{
  RegimenDay *self;

  g_return_val_if_fail (weekday < REGIMEN_DAYS_PER_WEEK, NULL);

  self = g_object_new (REGIMEN_TYPE_DAY, NULL);
  self->weekday = weekday;

  return self;
}

RegimenDay *
regimen_day_copy (RegimenDay *self,
                  guint       weekday)
{
  RegimenDay *copy;
  GPtrArray *sessions = self->sessions.array;

  g_return_val_if_fail (REGIMEN_IS_DAY (self), NULL);

  copy = regimen_day_new (weekday);
  copy->extra = regimen_json_object_copy (self->extra);

  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(RegimenSession) session_copy = regimen_session_copy (g_ptr_array_index (sessions, i));

      regimen_store_mirror_append (&copy->sessions, (gpointer *) &session_copy, 1);
    }

  return copy;
}

/**
 * regimen_day_get_name:
 *
 * Returns: the translated weekday name ("Monday" …)
 */
const char *
regimen_day_get_name (RegimenDay *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY (self), NULL);
  return regimen_weekday_name (self->weekday);
}

/**
 * regimen_day_get_weekday:
 *
 * Returns: 0 (Monday) to 6 (Sunday)
 */
guint
regimen_day_get_weekday (RegimenDay *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY (self), 0);
  return self->weekday;
}

/**
 * regimen_day_get_sessions:
 *
 * Returns: (transfer none): a #GListModel of #RegimenSession
 */
GListModel *
regimen_day_get_sessions (RegimenDay *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY (self), NULL);
  return G_LIST_MODEL (regimen_store_mirror_get_store (&self->sessions));
}

guint
regimen_day_get_n_sessions (RegimenDay *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY (self), 0);
  return self->sessions.array->len;
}

/**
 * regimen_day_has_room_for:
 * @self: a #RegimenDay
 * @session: (nullable): a session to be moved into @self, or %NULL for
 *   a new one
 *
 * Whether @self can take @session without holding more than
 * %REGIMEN_DAY_MAX_SESSIONS, the most the reader takes: one already in
 * @self, moved within it, adds none. The week's and the overview's drops
 * and the window's keys ask this before anything is offered.
 *
 * Returns: whether a command putting @session in @self would be taken
 */
gboolean
regimen_day_has_room_for (RegimenDay     *self,
                          RegimenSession *session)
{
  g_return_val_if_fail (REGIMEN_IS_DAY (self), FALSE);

  return self->sessions.array->len < REGIMEN_DAY_MAX_SESSIONS
         || (session != NULL && g_ptr_array_find (self->sessions.array, session, NULL));
}

/**
 * regimen_day_get_session:
 *
 * Returns: (transfer none) (nullable): the session at @position, or NULL
 */
RegimenSession *
regimen_day_get_session (RegimenDay *self,
                         guint       position)
{
  g_return_val_if_fail (REGIMEN_IS_DAY (self), NULL);

  return position < self->sessions.array->len ? g_ptr_array_index (self->sessions.array, position) : NULL;
}

/**
 * regimen_day_peek_session:
 * @self: a day
 * @position: less than regimen_day_get_n_sessions()
 *
 * The session at @position, for loops over a whole plan (the check, the
 * metrics, the reader and the writer): unlike regimen_day_get_session() it checks
 * nothing but @position and reads a plain array, where a #GListModel
 * takes and drops a reference for each session.
 *
 * Returns: (transfer none): the session, borrowed: valid while it is in @self
 */
RegimenSession *
regimen_day_peek_session (RegimenDay *self,
                         guint       position)
{
  g_return_val_if_fail (position < self->sessions.array->len, NULL);

  return g_ptr_array_index (self->sessions.array, position);
}

JsonObject *
regimen_day_get_extra (RegimenDay *self)
{
  g_return_val_if_fail (REGIMEN_IS_DAY (self), NULL);
  return self->extra;
}

void
regimen_day_take_extra (RegimenDay *self,
                        JsonObject *extra)
{
  g_return_if_fail (REGIMEN_IS_DAY (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
regimen_day_append_session (RegimenDay     *self,
                            RegimenSession *session)
{
  g_return_if_fail (REGIMEN_IS_DAY (self));
  g_return_if_fail (REGIMEN_IS_SESSION (session));

  regimen_store_mirror_append (&self->sessions, (gpointer *) &session, 1);
}

/* For the reader: @sessions appended at once. */
void
regimen_day_append_sessions (RegimenDay      *self,
                             RegimenSession **sessions,
                             guint            n_sessions)
{
  g_return_if_fail (REGIMEN_IS_DAY (self));

  regimen_store_mirror_append (&self->sessions, (gpointer *) sessions, n_sessions);
}

/* See regimen_revision_next(). */
guint64
regimen_day_get_revision (RegimenDay *self)
{
  return self->node.revision;
}

RegimenNode *
regimen_day_get_node (RegimenDay *self)
{
  return &self->node;
}
