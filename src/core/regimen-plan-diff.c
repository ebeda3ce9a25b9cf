/* regimen-plan-diff.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan-diff"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "regimen-checker.h"
#include "regimen-done.h"
#include "regimen-plan-blocks.h"
#include "regimen-plan-diff.h"
#include "regimen-plan-private.h"
#include "regimen-plan-view.h"
#include "regimen-prescription-text.h"
#include "regimen-weekday.h"

static const char * const change_names[REGIMEN_N_CHANGES] = {
  [REGIMEN_CHANGE_PLAN] = "plan",
  [REGIMEN_CHANGE_ATHLETE] = "athlete",
  [REGIMEN_CHANGE_WEEK_ADDED] = "week-added",
  [REGIMEN_CHANGE_WEEK_REMOVED] = "week-removed",
  [REGIMEN_CHANGE_WEEK] = "week",
  [REGIMEN_CHANGE_SESSION_ADDED] = "session-added",
  [REGIMEN_CHANGE_SESSION_REMOVED] = "session-removed",
  [REGIMEN_CHANGE_SESSION_MOVED] = "session-moved",
  [REGIMEN_CHANGE_SESSION] = "session",
  [REGIMEN_CHANGE_LOG] = "log",
  [REGIMEN_CHANGE_ITEM_ADDED] = "item-added",
  [REGIMEN_CHANGE_ITEM_REMOVED] = "item-removed",
  [REGIMEN_CHANGE_ITEM_MOVED] = "item-moved",
  [REGIMEN_CHANGE_ITEM] = "item",
  [REGIMEN_CHANGE_WEEK_LOAD] = "week-load",
  [REGIMEN_CHANGE_BLOCK_ADDED] = "block-added",
  [REGIMEN_CHANGE_BLOCK_REMOVED] = "block-removed",
  [REGIMEN_CHANGE_BLOCK] = "block",
  [REGIMEN_CHANGE_BLOCK_MOVED] = "block-moved",
  [REGIMEN_CHANGE_ACKNOWLEDGEMENT] = "acknowledgement",
};

static const char * const day_keys[REGIMEN_DAYS_PER_WEEK] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* A session or an item of one of the two plans, where it is, and what it
 * was matched with in the other. */
typedef struct _Ref Ref;
struct _Ref
{
  GObject *object;
  Ref     *session;   /* an item's session */
  Ref     *match;
  guint    week;
  guint    day;
  guint    index;     /* an item's place in its session, from 0 */
  /* The week it is compared in: its own in the second plan; in the first,
   * the week of the second plan its week became, or -1 − its week when
   * that week was removed. */
  int      key_week;
  /* A session's title as the lines quote it (quoted_title()). */
  char    *title;
};

/* Which week of each plan became which of the other: weeks are aligned
 * as sequences (align_weeks()), so a week removed or inserted in the
 * middle reads as that, and the weeks after it as themselves. */
typedef struct
{
  guint  n_a;
  guint  n_b;
  int   *b_of_a;  /* the week of B each week of A became, or -1: removed */
  int   *a_of_b;  /* the week of A each week of B was, or -1: added */
  int   *a_by_sessions;  /* the week of A each week of B is partner of by
                          * its sessions (step 1 below), or -1 */
} Alignment;

typedef struct
{
  GPtrArray *sessions;  /* Ref */
  GPtrArray *items;     /* Ref */
  /* Whether a session, an item, of the other plan has an id of this one:
   * where none has, the plans were given their ids apart (a plan made
   * from a template gets new ones), and a changed id is no change of
   * either to tell. */
  gboolean   session_ids_shared;
  gboolean   item_ids_shared;
} Side;

void
regimen_change_free (RegimenChange *change)
{
  if (change == NULL)
    return;

  g_free (change->session_id);
  g_free (change->session_title);
  g_free (change->item_id);
  g_free (change->exercise);
  g_free (change->finding);
  g_clear_pointer (&change->before, json_object_unref);
  g_clear_pointer (&change->after, json_object_unref);
  g_free (change->text);
  g_free (change);
}

const char *
regimen_change_kind_to_string (RegimenChangeKind kind)
{
  g_return_val_if_fail ((guint) kind < REGIMEN_N_CHANGES, NULL);
  return change_names[kind];
}

static void
ref_free (gpointer data)
{
  Ref *ref = data;

  g_free (ref->title);
  g_free (ref);
}

/* A session's title as a line quotes it (regimen_checker_quote()), made
 * once however many lines of its exercises name it. */
static const char *
quoted_title (Ref *session)
{
  if (session->title == NULL)
    {
      RegimenSession *object = REGIMEN_SESSION (session->object);

      session->title = regimen_checker_quote (regimen_session_get_display_title (object));
    }

  return session->title;
}

static void
collect (RegimenPlan *plan,
         Side        *side)
{
  side->sessions = g_ptr_array_new_with_free_func (ref_free);
  side->items = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);
            Ref *session_ref = g_new0 (Ref, 1);

            session_ref->object = G_OBJECT (session);
            session_ref->week = w;
            session_ref->day = d;
            session_ref->key_week = w;
            g_ptr_array_add (side->sessions, session_ref);

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                Ref *item_ref = g_new0 (Ref, 1);

                item_ref->object = G_OBJECT (regimen_session_get_item (session, i));
                item_ref->session = session_ref;
                item_ref->index = i;
                item_ref->week = w;
                item_ref->day = d;
                item_ref->key_week = w;
                g_ptr_array_add (side->items, item_ref);
              }
          }
      }
}

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->sessions, g_ptr_array_unref);
  g_clear_pointer (&side->items, g_ptr_array_unref);
}

static const char *
ref_id (Ref *ref)
{
  if (REGIMEN_IS_SESSION (ref->object))
    return regimen_session_get_id (REGIMEN_SESSION (ref->object));
  return regimen_item_get_id (REGIMEN_ITEM (ref->object));
}

static void
pair (Ref *a,
      Ref *b)
{
  a->match = b;
  b->match = a;
}

/* Adds the ids of @a and @b, a session or an item of each plan matched
 * by content, to the members that differ (@before, @after) when they
 * differ and each file gave its own: the id is what a calendar's event,
 * a log and a printed code find it by. An id made for a file without
 * ids follows the file and the place, and would say every such pair
 * changed. */
static void
add_changed_id (Ref        *a,
                Ref        *b,
                gboolean    ids_shared,
                JsonObject *before,
                JsonObject *after)
{
  if (!ids_shared || g_str_equal (ref_id (a), ref_id (b)) || regimen_plan_id_was_made (a->object) ||
      regimen_plan_id_was_made (b->object))
    return;

  json_object_set_string_member (before, "id", ref_id (a));
  json_object_set_string_member (after, "id", ref_id (b));
}

/* Pairs the refs of @a and @b of one id; says whether any were. */
static gboolean
match_by_id (GPtrArray *a,
             GPtrArray *b)
{
  gboolean any = FALSE;

  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < b->len; i++)
    g_hash_table_insert (by_id, (gpointer) ref_id (g_ptr_array_index (b, i)), g_ptr_array_index (b, i));

  for (guint i = 0; i < a->len; i++)
    {
      Ref *ref = g_ptr_array_index (a, i);
      Ref *other = g_hash_table_lookup (by_id, ref_id (ref));

      if (other != NULL)
        {
          pair (ref, other);
          any = TRUE;
        }
    }

  return any;
}

/* What identifies a session without its id: its kind and title, and with
 * @with_items its exercises too. */
static char *
session_key (RegimenSession *session,
             gboolean        with_items)
{
  GString *key = g_string_new (regimen_session_kind_to_string (regimen_session_get_kind (session)));

  g_string_append_printf (key, "\x1f%s", regimen_session_get_title (session) ?: "");
  for (guint i = 0; with_items && i < regimen_session_get_n_items (session); i++)
    g_string_append_printf (key, "\x1f%s", regimen_item_get_exercise (regimen_session_get_item (session, i)));

  return g_string_free (key, FALSE);
}

/* The three passes of matching by content: the same day, the same week,
 * anywhere. */
typedef enum
{
  NEAR_DAY,
  NEAR_WEEK,
  NEAR_ANY,
} Nearness;

/* What a ref of either side is looked up by in a pass: its key, after
 * as much of its place as the pass asks to be the same. */
static char *
place_key (Ref        *ref,
           Nearness    nearness,
           const char *key)
{
  switch (nearness)
    {
    case NEAR_DAY:
      return g_strdup_printf ("%d.%u\x1e%s", ref->key_week, ref->day, key);
    case NEAR_WEEK:
      return g_strdup_printf ("%d\x1e%s", ref->key_week, key);
    case NEAR_ANY:
    default:
      return g_strdup (key);
    }
}

/* The refs of one side not matched yet, by key, each key's in the side's
 * order: a lookup takes the first of them still unmatched, as a walk of
 * the side in order would, but without comparing every ref of one side
 * with every ref of the other (two plans of 36,000 sessions each). */
static GHashTable *
candidates_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_queue_free);
}

static void
candidates_add (GHashTable *candidates,
                char       *key,
                Ref        *ref)
{
  GQueue *queue = g_hash_table_lookup (candidates, key);

  if (queue == NULL)
    {
      queue = g_queue_new ();
      g_hash_table_insert (candidates, key, queue);
    }
  else
    g_free (key);

  g_queue_push_tail (queue, ref);
}

static Ref *
candidates_take (GHashTable *candidates,
                 const char *key)
{
  GQueue *queue = g_hash_table_lookup (candidates, key);

  while (queue != NULL && !g_queue_is_empty (queue))
    {
      Ref *ref = g_queue_pop_head (queue);

      if (ref->match == NULL)
        return ref;
    }

  return NULL;
}

/* Sessions without a match by id, by their content. Those of a week
 * removed or added go with their week: they are not matched here. */
static void
match_sessions_by_content (GPtrArray       *a,
                           GPtrArray       *b,
                           const Alignment *alignment,
                           gboolean         with_items)
{
  g_autoptr(GPtrArray) keys_a = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keys_b = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < a->len; i++)
    g_ptr_array_add (keys_a, session_key (REGIMEN_SESSION (((Ref *) g_ptr_array_index (a, i))->object),
                                          with_items));
  for (guint j = 0; j < b->len; j++)
    g_ptr_array_add (keys_b, session_key (REGIMEN_SESSION (((Ref *) g_ptr_array_index (b, j))->object),
                                          with_items));

  for (Nearness nearness = NEAR_DAY; nearness <= NEAR_ANY; nearness++)
    {
      g_autoptr(GHashTable) candidates = candidates_new ();

      for (guint j = 0; j < b->len; j++)
        {
          Ref *other = g_ptr_array_index (b, j);

          if (other->match == NULL && alignment->a_of_b[other->week] >= 0)
            candidates_add (candidates, place_key (other, nearness, g_ptr_array_index (keys_b, j)), other);
        }

      for (guint i = 0; i < a->len; i++)
        {
          Ref *ref = g_ptr_array_index (a, i);
          g_autofree char *key = NULL;
          Ref *other;

          if (ref->match != NULL || ref->key_week < 0)
            continue;

          key = place_key (ref, nearness, g_ptr_array_index (keys_a, i));
          other = candidates_take (candidates, key);
          if (other != NULL)
            pair (ref, other);
        }
    }
}

/* What a week holds, for weeks whose sessions have no ids in common:
 * its label and each day's sessions by kind, title and exercises. */
static char *
week_content_key (RegimenWeek *week)
{
  GString *key = g_string_new (regimen_week_get_label (week));

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_get_day (week, d);

      g_string_append_c (key, '\x1d');
      for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
        {
          g_autofree char *session = session_key (regimen_day_get_session (day, s), TRUE);

          g_string_append_printf (key, "\x1e%s", session);
        }
    }

  return g_string_free (key, FALSE);
}

static void
alignment_clear (Alignment *alignment)
{
  g_clear_pointer (&alignment->b_of_a, g_free);
  g_clear_pointer (&alignment->a_of_b, g_free);
  g_clear_pointer (&alignment->a_by_sessions, g_free);
}

/* For each week of one side, the week of the other holding most of its
 * sessions matched by id (the first of a tie), or -1. */
static int *
best_partners (GPtrArray *sessions,
               guint      n_weeks,
               guint      n_other_weeks)
{
  g_autoptr(GHashTable) votes = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree guint *best_votes = g_new0 (guint, MAX (n_weeks, 1));
  int *best = g_new (int, MAX (n_weeks, 1));

  for (guint w = 0; w < n_weeks; w++)
    best[w] = -1;

  for (guint i = 0; i < sessions->len; i++)
    {
      Ref *ref = g_ptr_array_index (sessions, i);
      gpointer key;
      guint count;

      if (ref->match == NULL)
        continue;

      key = GSIZE_TO_POINTER ((gsize) ref->week * n_other_weeks + ref->match->week + 1);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (votes, key)) + 1;
      g_hash_table_insert (votes, key, GUINT_TO_POINTER (count));
      if (count > best_votes[ref->week] ||
          (count == best_votes[ref->week] && (int) ref->match->week < best[ref->week]))
        {
          best_votes[ref->week] = count;
          best[ref->week] = ref->match->week;
        }
    }

  return best;
}

/* Aligns the weeks of @a and @b as two sequences, as a text diff aligns
 * lines, after the sessions were matched by id:
 * 1. a week and a week of the other plan are partners when each holds
 *    most of the other's sessions matched by id, or, for weeks without
 *    such a partner, when they hold the same sessions by content and no
 *    other week of either plan does;
 * 2. the longest run of partners in the same order in both plans (a
 *    longest increasing subsequence, O(n log n)) is aligned;
 * 3. between two aligned weeks, the weeks left over are aligned in
 *    order, and the surplus of one plan was removed or added there.
 * @moved_b_of_a, where not NULL, holds weeks that went with a block
 * moved (moved_block_weeks()): those are paired as it says, outside the
 * run and the order, and steps 2 and 3 pass over them. */
static void
align_weeks (RegimenPlan *a,
             RegimenPlan *b,
             Side        *side_a,
             Side        *side_b,
             const int   *moved_b_of_a,
             Alignment   *alignment)
{
  guint n_a = regimen_plan_get_n_weeks (a);
  guint n_b = regimen_plan_get_n_weeks (b);
  g_autofree int *best_of_a = best_partners (side_a->sessions, n_a, MAX (n_b, 1));
  g_autofree int *best_of_b = best_partners (side_b->sessions, n_b, MAX (n_a, 1));
  g_autofree int *partner = g_new (int, MAX (n_a, 1));
  g_autofree guint *tails = g_new (guint, MAX (n_a, 1));
  g_autofree int *previous = g_new (int, MAX (n_a, 1));
  g_autofree gboolean *moved_a = g_new0 (gboolean, MAX (n_a, 1));
  g_autofree gboolean *moved_b = g_new0 (gboolean, MAX (n_b, 1));
  guint n_tails = 0;
  guint next_a = 0;
  guint next_b = 0;

  alignment->n_a = n_a;
  alignment->n_b = n_b;
  alignment->b_of_a = g_new (int, MAX (n_a, 1));
  alignment->a_of_b = g_new (int, MAX (n_b, 1));
  alignment->a_by_sessions = g_new (int, MAX (n_b, 1));
  for (guint w = 0; w < n_a; w++)
    alignment->b_of_a[w] = -1;
  for (guint w = 0; w < n_b; w++)
    alignment->a_of_b[w] = alignment->a_by_sessions[w] = -1;

  for (guint w = 0; w < n_a; w++)
    partner[w] = best_of_a[w] >= 0 && best_of_b[best_of_a[w]] == (int) w ? best_of_a[w] : -1;
  for (guint w = 0; w < n_a; w++)
    if (partner[w] >= 0)
      alignment->a_by_sessions[partner[w]] = w;

  /* Partners by content, where a content is unique on both sides. */
  {
    g_autoptr(GHashTable) keys_a = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) keys_b = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autofree gboolean *b_taken = g_new0 (gboolean, MAX (n_b, 1));
    g_autoptr(GPtrArray) content_a = g_ptr_array_new_with_free_func (g_free);

    for (guint w = 0; w < n_a; w++)
      if (partner[w] >= 0)
        b_taken[partner[w]] = TRUE;

    /* A key seen twice maps to -1: not unique. */
    for (guint w = 0; w < n_a; w++)
      {
        char *key = partner[w] < 0 ? week_content_key (regimen_plan_get_week (a, w)) : NULL;

        g_ptr_array_add (content_a, key);
        if (key != NULL)
          g_hash_table_insert (keys_a, g_strdup (key),
                               GINT_TO_POINTER (g_hash_table_contains (keys_a, key) ? -1 : (int) w + 1));
      }
    for (guint w = 0; w < n_b; w++)
      {
        char *key;

        if (b_taken[w])
          continue;
        key = week_content_key (regimen_plan_get_week (b, w));
        g_hash_table_insert (keys_b, key,
                             GINT_TO_POINTER (g_hash_table_contains (keys_b, key) ? -1 : (int) w + 1));
      }

    for (guint w = 0; w < n_a; w++)
      {
        const char *key = g_ptr_array_index (content_a, w);
        int in_a;
        int in_b;

        if (key == NULL)
          continue;
        in_a = GPOINTER_TO_INT (g_hash_table_lookup (keys_a, key));
        in_b = GPOINTER_TO_INT (g_hash_table_lookup (keys_b, key));
        if (in_a == (int) w + 1 && in_b > 0)
          partner[w] = in_b - 1;
      }
  }

  /* Weeks that went with their block moved are paired so, and no other
   * week is partner of them. */
  if (moved_b_of_a != NULL)
    {
      for (guint w = 0; w < n_a; w++)
        if (moved_b_of_a[w] >= 0)
          {
            alignment->b_of_a[w] = moved_b_of_a[w];
            alignment->a_of_b[moved_b_of_a[w]] = w;
          }
      for (guint w = 0; w < n_a; w++)
        if (alignment->b_of_a[w] >= 0 || (partner[w] >= 0 && alignment->a_of_b[partner[w]] >= 0))
          partner[w] = -1;
    }

  /* The longest run of partners in order: tails[k] is the week of A
   * ending the best run of length k + 1 found so far. */
  for (guint w = 0; w < n_a; w++)
    {
      guint low = 0;
      guint high = n_tails;

      previous[w] = -1;
      if (partner[w] < 0)
        continue;

      while (low < high)
        {
          guint middle = (low + high) / 2;

          if (partner[tails[middle]] < partner[w])
            low = middle + 1;
          else
            high = middle;
        }

      if (low > 0)
        previous[w] = tails[low - 1];
      tails[low] = w;
      if (low == n_tails)
        n_tails++;
    }

  for (guint w = 0; w < n_a; w++)
    moved_a[w] = alignment->b_of_a[w] >= 0;
  for (guint w = 0; w < n_b; w++)
    moved_b[w] = alignment->a_of_b[w] >= 0;

  if (n_tails > 0)
    for (int w = tails[n_tails - 1]; w >= 0; w = previous[w])
      {
        alignment->b_of_a[w] = partner[w];
        alignment->a_of_b[partner[w]] = w;
      }

  /* The weeks between two aligned ones, in order, but for those that
   * went with a moved block. */
  while (next_a < n_a || next_b < n_b)
    {
      guint end_a = next_a;
      guint end_b = next_b;

      while (end_a < n_a && (alignment->b_of_a[end_a] < 0 || moved_a[end_a]))
        end_a++;
      while (end_b < n_b && (alignment->a_of_b[end_b] < 0 || moved_b[end_b]))
        end_b++;

      for (;;)
        {
          while (next_a < end_a && moved_a[next_a])
            next_a++;
          while (next_b < end_b && moved_b[next_b])
            next_b++;
          if (next_a >= end_a || next_b >= end_b)
            break;
          alignment->b_of_a[next_a] = next_b;
          alignment->a_of_b[next_b] = next_a;
          next_a++;
          next_b++;
        }

      next_a = end_a + 1;
      next_b = end_b + 1;
    }
}

/* Where each session and item of A is compared: the week it became. */
static void
set_key_weeks (Side      *side_a,
               Alignment *alignment)
{
  GPtrArray *lists[] = { side_a->sessions, side_a->items };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        Ref *ref = g_ptr_array_index (lists[l], i);
        int week = alignment->b_of_a[ref->week];

        ref->key_week = week >= 0 ? week : -1 - (int) ref->week;
      }
}

/* An item's key in the two passes below: the same exercise in the
 * matched session (@session, of the other side), or in the same week. */
static char *
item_key (Ref  *ref,
          Ref  *session,
          guint pass)
{
  const char *exercise = regimen_item_get_exercise (REGIMEN_ITEM (ref->object));

  if (pass == 0)
    return g_strdup_printf ("%p\x1e%s", (gpointer) session, exercise);
  return g_strdup_printf ("%d\x1e%s", ref->key_week, exercise);
}

/* Items left over: the same exercise in the matched session, then the
 * same exercise elsewhere in the same week (a move). An exercise swapped
 * for another keeps its id in Regimen's files; without ids it reads as
 * one removed and one added. */
static void
match_items_by_content (GPtrArray *a,
                        GPtrArray *b)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GHashTable) candidates = candidates_new ();

      for (guint j = 0; j < b->len; j++)
        {
          Ref *other = g_ptr_array_index (b, j);

          if (other->match == NULL)
            candidates_add (candidates, item_key (other, other->session, pass), other);
        }

      for (guint i = 0; i < a->len; i++)
        {
          Ref *ref = g_ptr_array_index (a, i);
          g_autofree char *key = NULL;
          Ref *other;

          /* Without a matched session, no item of the other side is in it. */
          if (ref->match != NULL || (pass == 0 && ref->session->match == NULL))
            continue;

          key = item_key (ref, ref->session->match, pass);
          other = candidates_take (candidates, key);
          if (other != NULL)
            pair (ref, other);
        }
    }
}

/* Members as the file writes them, to compare and to show. */
static void
set_string (JsonObject *object,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
}

static void
set_uint (JsonObject *object,
          const char *name,
          guint       value)
{
  if (value > 0)
    json_object_set_int_member (object, name, value);
}

static JsonObject *
item_members (RegimenItem *item)
{
  JsonObject *object = json_object_new ();
  const RegimenInterval *interval = regimen_item_get_interval (item);
  const RegimenProgression *progression = regimen_item_get_progression (item);

  set_string (object, "exercise", regimen_item_get_exercise (item));
  set_uint (object, "sets", regimen_item_get_sets (item));
  set_uint (object, "reps", regimen_item_get_reps (item));
  set_uint (object, "hold_seconds", regimen_item_get_hold_seconds (item));
  if (regimen_item_get_per_side (item))
    json_object_set_boolean_member (object, "per_side", TRUE);
  set_string (object, "tempo", regimen_item_get_tempo (item));
  if (regimen_item_get_no_rest (item))
    json_object_set_int_member (object, "rest_seconds", 0);
  else
    set_uint (object, "rest_seconds", regimen_item_get_rest_seconds (item));
  if (regimen_item_has_load_percent_1rm (item))
    json_object_set_double_member (object, "load_percent_1rm", regimen_item_get_load_percent_1rm (item));
  if (regimen_item_has_load_kg (item))
    json_object_set_double_member (object, "load_kg", regimen_item_get_load_kg (item));
  if (regimen_item_get_warm_up (item))
    json_object_set_boolean_member (object, "warm_up", TRUE);
  set_string (object, "group", regimen_item_get_group (item));
  set_string (object, "notes", regimen_item_get_notes (item));
  /* The link to the item whose rule wrote this one: what removing or
   * applying the rule again replaces. */
  set_string (object, "progressed_from", regimen_item_get_progressed_from (item));
  if (interval != NULL)
    {
      JsonObject *members = json_object_new ();

      json_object_set_int_member (members, "work_seconds", interval->work_seconds);
      json_object_set_int_member (members, "rest_seconds", interval->rest_seconds);
      json_object_set_int_member (members, "rounds", interval->rounds);
      json_object_set_object_member (object, "interval", members);
    }
  if (progression != NULL)
    {
      JsonObject *members = json_object_new ();

      json_object_set_string_member (members, "rule", regimen_progression_rule_to_string (progression->rule));
      json_object_set_int_member (members, "weeks", progression->weeks);
      if (progression->rule == REGIMEN_PROGRESSION_ADD)
        {
          json_object_set_string_member (members, "member",
                                         regimen_progression_quantity_to_string (progression->quantity));
          json_object_set_double_member (members, "step", progression->step);
          if (progression->cap > 0)
            json_object_set_double_member (members, "up_to", progression->cap);
        }
      else if (progression->rule == REGIMEN_PROGRESSION_CHAIN)
        json_object_set_int_member (members, "every_weeks", progression->stage_weeks);
      json_object_set_object_member (object, "progression", members);
    }

  return object;
}

static JsonObject *
session_members (RegimenSession *session)
{
  JsonObject *object = json_object_new ();

  set_string (object, "title", regimen_session_get_title (session));
  set_string (object, "kind", regimen_session_kind_to_string (regimen_session_get_kind (session)));
  set_uint (object, "rpe", regimen_session_get_rpe (session));
  set_uint (object, "minutes", regimen_session_get_minutes (session));
  if (regimen_session_get_time (session) != REGIMEN_SESSION_NO_TIME)
    {
      g_autofree char *time = regimen_session_time_to_string (regimen_session_get_time (session));

      set_string (object, "time", time);
    }

  return object;
}

static JsonObject *
plan_members (RegimenPlan *plan)
{
  JsonObject *object = json_object_new ();
  const GDate *start = regimen_plan_get_start_date (plan);

  set_string (object, "title", regimen_plan_get_title (plan));
  if (start != NULL)
    {
      char text[16];

      g_date_strftime (text, sizeof text, "%Y-%m-%d", start);
      set_string (object, "start_date", text);
    }
  /* A draft is saved with errors and fails validate: a review sees it. */
  if (regimen_plan_get_draft (plan))
    json_object_set_boolean_member (object, "draft", TRUE);

  return object;
}

static JsonObject *
athlete_members (RegimenAthlete *athlete)
{
  JsonObject *object = json_object_new ();
  int max_hiit = regimen_athlete_get_max_hiit_per_week (athlete);

  set_string (object, "level", regimen_level_to_string (regimen_athlete_get_level (athlete)));
  set_string (object, "life_stress", regimen_life_stress_to_string (regimen_athlete_get_life_stress (athlete)));
  if (regimen_athlete_get_baseline_weekly_load (athlete) > 0)
    json_object_set_double_member (object, "baseline_weekly_load",
                                   regimen_athlete_get_baseline_weekly_load (athlete));
  if (max_hiit != REGIMEN_ATHLETE_NO_HIIT_LIMIT)
    json_object_set_int_member (object, "max_hiit_per_week", max_hiit);

  return object;
}

static JsonObject *
week_members (RegimenWeek *week)
{
  JsonObject *object = json_object_new ();

  set_string (object, "label", regimen_week_get_label (week));
  if (regimen_week_get_lighter (week))
    {
      double volume, intensity;

      /* The factors as the file has them: only when not the defaults. */
      regimen_week_get_lighter_factors (week, &volume, &intensity);
      json_object_set_boolean_member (object, "lighter", TRUE);
      if (volume != REGIMEN_LIGHTER_DEFAULT_VOLUME)
        json_object_set_double_member (object, "lighter_volume", volume);
      if (intensity != REGIMEN_LIGHTER_DEFAULT_INTENSITY)
        json_object_set_double_member (object, "lighter_intensity", intensity);
    }
  if (regimen_week_get_added_by_rule (week))
    json_object_set_boolean_member (object, "added_by_rule", TRUE);

  return object;
}

/* Keeps in @a and @b only the members that differ (@a's order, then @b's
 * new ones); TRUE when there are any. Takes both. */
static gboolean
keep_differences (JsonObject **a,
                  JsonObject **b,
                  const char  *ignore)
{
  g_autoptr(JsonObject) before = json_object_new ();
  g_autoptr(JsonObject) after = json_object_new ();
  g_autoptr(GList) names_a = json_object_get_members (*a);
  g_autoptr(GList) names_b = json_object_get_members (*b);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (const GList *l = names_a; l != NULL; l = l->next)
    g_ptr_array_add (names, l->data);
  for (const GList *l = names_b; l != NULL; l = l->next)
    if (!json_object_has_member (*a, l->data))
      g_ptr_array_add (names, l->data);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      JsonNode *node_a = json_object_get_member (*a, name);
      JsonNode *node_b = json_object_get_member (*b, name);

      if (g_strcmp0 (name, ignore) == 0 ||
          (node_a != NULL && node_b != NULL && json_node_equal (node_a, node_b)))
        continue;

      if (node_a != NULL)
        json_object_set_member (before, name, json_node_copy (node_a));
      if (node_b != NULL)
        json_object_set_member (after, name, json_node_copy (node_b));
    }

  json_object_unref (*a);
  json_object_unref (*b);
  *a = g_steal_pointer (&before);
  *b = g_steal_pointer (&after);

  return json_object_get_size (*a) > 0 || json_object_get_size (*b) > 0;
}

/* @value as "%g" writes it, six significant digits, or as many more as
 * tell it from the numbers those six would show it as: a usual load of
 * 1500.0000001 is no “1500 → 1500”. */
static char *
format_number (double value)
{
  int precision;

  for (precision = 6; precision < 17; precision++)
    {
      char format[8];
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  return g_strdup_printf ("%.*g", precision, value);
}

/* @value of the member @name as the window says it, when it is one of a
 * few words (a session's kind, the athlete's level and life stress):
 * German read “Stufe beginner → intermediate”. Anything else, an exercise
 * id among them, as the file has it. */
static const char *
enum_in_words (const char *name,
               const char *value)
{
  RegimenSessionKind kind;
  RegimenLevel level;
  RegimenLifeStress stress;

  if (g_str_equal (name, "kind") && regimen_session_kind_from_string (value, &kind))
    return regimen_session_kind_get_label (kind);
  if (g_str_equal (name, "level") && regimen_level_from_string (value, &level))
    return regimen_level_get_label (level);
  if (g_str_equal (name, "life_stress") && regimen_life_stress_from_string (value, &stress))
    return regimen_life_stress_get_label (stress);

  return value;
}

/* A member's value for the text: words as they are, titles in quotes,
 * numbers as short as they go; "—" when absent. */
static char *
format_value (JsonObject *object,
              const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL)
    return g_strdup ("—");

  /* Intervals and progressions are shown by the item's own texts. */
  g_assert (JSON_NODE_HOLDS_VALUE (node));

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      if (g_str_equal (name, "title") || g_str_equal (name, "label") || g_str_equal (name, "notes") ||
          g_str_equal (name, "group") || g_str_equal (name, "name") || g_str_equal (name, "goal") ||
          g_str_equal (name, "reason"))
        {
          const char *text = json_node_get_string (node);
          /* A text that shows nothing (a zero-width space) is spelt, as
           * the check and import-csv quote it: “title “” → —” read as a
           * change from nothing to nothing. */
          g_autofree char *spelt = regimen_text_shows_something (text) ? g_strdup (text)
                                                                        : regimen_text_spell (text, FALSE);

          /* Translators: a title, label or note quoted in a line of regimen-cli diff */
          return g_strdup_printf (_("“%s”"), spelt);
        }
      return g_strdup (enum_in_words (name, json_node_get_string (node)));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? _("yes") : _("no"));
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    default:
      return format_number (json_node_get_double (node));
    }
}

/* Translators: how a text is written in Unicode, in a line of
 * regimen-cli diff: “(the same letters, composed (NFC) → decomposed (NFD))” */
#define NORMALISATION_COMPOSED N_("composed (NFC)")
#define NORMALISATION_DECOMPOSED N_("decomposed (NFD)")
#define NORMALISATION_MIXED N_("partly composed")

static const char *
normalisation_name (const char *text)
{
  g_autofree char *composed = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);

  if (g_strcmp0 (text, composed) == 0)
    return _(NORMALISATION_COMPOSED);
  if (g_strcmp0 (text, decomposed) == 0)
    return _(NORMALISATION_DECOMPOSED);
  return _(NORMALISATION_MIXED);
}

/* A space that is not U+0020: a no-break, thin or ideographic space,
 * which a terminal shows as the space it is not. */
static gboolean
is_other_space (gunichar c)
{
  return c != ' ' && g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* @text without the characters that show as nothing (a zero-width
 * space, a direction mark, a variation selector after a letter:
 * regimen_text_unseen_at()), and with @spaces each other space as a
 * space. */
static char *
without_unseen (const char *text,
                gboolean    spaces)
{
  GString *seen = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (spaces && is_other_space (g_utf8_get_char (p)))
      g_string_append_c (seen, ' ');
    else if (!regimen_text_unseen_at (text, p))
      g_string_append_len (seen, p, g_utf8_next_char (p) - p);

  return g_string_free (seen, FALSE);
}

/* @text with what shows as nothing and the other spaces spelt. */
static char *
spell_unseen_and_spaces (const char *text)
{
  GString *spelt = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_other_space (c) || regimen_text_unseen_at (text, p))
        g_string_append_printf (spelt, "[U+%04X]", c);
      else
        g_string_append_len (spelt, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (spelt, FALSE);
}

/* Two texts that differ only in characters that show as nothing, or in
 * the kind of their spaces, print alike: “name “Base” → “Base””, where
 * one has a zero-width space, a change that reads as none (and an
 * exercise “narrow-stance-squat” → “narrow-stance-squat”, replaced by one
 * the library lacks). Says what differs, those characters spelt; NULL
 * when the texts differ otherwise, or are the same bytes. */
static char *
unseen_difference (const char *a,
                   const char *b)
{
  g_autofree char *a_seen = NULL;
  g_autofree char *b_seen = NULL;
  g_autofree char *a_spelt = NULL;
  g_autofree char *b_spelt = NULL;

  if (g_str_equal (a, b))
    return NULL;

  a_seen = without_unseen (a, FALSE);
  b_seen = without_unseen (b, FALSE);
  if (!g_str_equal (a_seen, b_seen))
    {
      g_free (a_seen);
      g_free (b_seen);
      a_seen = without_unseen (a, TRUE);
      b_seen = without_unseen (b, TRUE);
      if (!g_str_equal (a_seen, b_seen))
        return NULL;

      /* A no-break space for a space printed “title “Café X” → “Café X””. */
      a_spelt = spell_unseen_and_spaces (a);
      b_spelt = spell_unseen_and_spaces (b);
      /* Translators: after a text changed only in the kind of its spaces (and in what shows as nothing), in a
       * line of regimen-cli diff, “title “Café X” → “Café X” (the same letters but for the kind of space:
       * “Café X” → “Café[U+00A0]X”)” */
      return g_strdup_printf (_(" (the same letters but for the kind of space: “%s” → “%s”)"), a_spelt, b_spelt);
    }

  a_spelt = regimen_text_spell (a, FALSE);
  b_spelt = regimen_text_spell (b, FALSE);
  /* Translators: after a text changed only in characters that show as
   * nothing, in a line of regimen-cli diff, “name “Base” → “Base” (the
   * same letters but for what shows as nothing: “Base” → “Base[U+200B]”)” */
  return g_strdup_printf (_(" (the same letters but for what shows as nothing: “%s” → “%s”)"), a_spelt, b_spelt);
}

/* Two texts that differ only in how Unicode writes their letters, “é” as
 * one character or as “e” and a combining accent, print alike: the line
 * said “title “Café” → “Café””, a change that reads as none. NULL when
 * they differ otherwise, or are the same bytes. */
static char *
normalisation_difference (JsonObject *before,
                          JsonObject *after,
                          const char *name)
{
  JsonNode *a = before != NULL ? json_object_get_member (before, name) : NULL;
  JsonNode *b = after != NULL ? json_object_get_member (after, name) : NULL;
  g_autofree char *a_composed = NULL;
  g_autofree char *b_composed = NULL;

  if (a == NULL || b == NULL || !JSON_NODE_HOLDS_VALUE (a) || !JSON_NODE_HOLDS_VALUE (b) ||
      json_node_get_value_type (a) != G_TYPE_STRING || json_node_get_value_type (b) != G_TYPE_STRING ||
      g_str_equal (json_node_get_string (a), json_node_get_string (b)))
    return NULL;

  a_composed = g_utf8_normalize (json_node_get_string (a), -1, G_NORMALIZE_NFC);
  b_composed = g_utf8_normalize (json_node_get_string (b), -1, G_NORMALIZE_NFC);
  if (g_strcmp0 (a_composed, b_composed) != 0)
    return unseen_difference (json_node_get_string (a), json_node_get_string (b));

  /* Translators: after a text changed only in its Unicode form in a line
   * of regimen-cli diff, “title “Café” → “Café” (the same letters, composed (NFC) → decomposed (NFD))” */
  return g_strdup_printf (_(" (the same letters, %s → %s)"),
                          normalisation_name (json_node_get_string (a)),
                          normalisation_name (json_node_get_string (b)));
}

/* The words a line of the diff says a member in: the file's member names
 * are for --json, “rpe 7 → 6, minutes 50 → 30” read as JSON inside German
 * text (issue 21). */
static const struct
{
  const char *name;
  const char *words;
} member_words[] = {
  /* Translators: the words that name a changed member of a plan file in a
   * line of regimen-cli diff, “Week 3, Monday: Strength session “Lower”: RPE 7 → 6” */
  { "rpe", NC_("member of a plan", "RPE") },
  { "minutes", NC_("member of a plan", "minutes") },
  { "time", NC_("member of a plan", "time") },
  { "title", NC_("member of a plan", "title") },
  { "kind", NC_("member of a plan", "kind") },
  { "exercise", NC_("member of a plan", "exercise") },
  { "sets", NC_("member of a plan", "sets") },
  { "reps", NC_("member of a plan", "reps") },
  { "hold_seconds", NC_("member of a plan", "hold seconds") },
  { "per_side", NC_("member of a plan", "per side") },
  { "tempo", NC_("member of a plan", "tempo") },
  { "rest_seconds", NC_("member of a plan", "rest seconds") },
  { "load_percent_1rm", NC_("member of a plan", "share of 1RM") },
  { "load_kg", NC_("member of a plan", "load in kg") },
  { "warm_up", NC_("member of a plan", "warm-up") },
  { "group", NC_("member of a plan", "group") },
  { "notes", NC_("member of a plan", "notes") },
  { "progressed_from", NC_("member of a plan", "progressed from") },
  { "rule", NC_("member of a plan", "rule") },
  { "weeks", NC_("member of a plan", "weeks") },
  { "member", NC_("member of a plan", "quantity") },
  { "step", NC_("member of a plan", "step") },
  { "up_to", NC_("member of a plan", "up to") },
  { "every_weeks", NC_("member of a plan", "weeks a stage") },
  { "start_date", NC_("member of a plan", "start date") },
  { "draft", NC_("member of a plan", "draft") },
  { "level", NC_("member of a plan", "level") },
  { "life_stress", NC_("member of a plan", "life stress") },
  { "baseline_weekly_load", NC_("member of a plan", "baseline weekly load") },
  { "max_hiit_per_week", NC_("member of a plan", "most HIIT sessions a week") },
  { "label", NC_("member of a plan", "label") },
  { "lighter_volume", NC_("member of a plan", "lighter week’s volume") },
  { "lighter_intensity", NC_("member of a plan", "lighter week’s intensity") },
  { "added_by_rule", NC_("member of a plan", "added by a rule") },
  { "finding", NC_("member of a plan", "finding") },
  { "fingerprint", NC_("member of a plan", "fingerprint") },
  { "reason", NC_("member of a plan", "reason") },
  { "name", NC_("member of a plan", "name") },
  { "goal", NC_("member of a plan", "goal") },
  { "id", NC_("member of a plan", "id") },
};

static const char *
member_in_words (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (member_words); i++)
    if (g_str_equal (member_words[i].name, name))
      return g_dpgettext2 (GETTEXT_PACKAGE, "member of a plan", member_words[i].words);

  return name;
}

/* "RPE 7 → 8, minutes 45 → 50". */
static char *
format_members (JsonObject *before,
                JsonObject *after)
{
  g_autoptr(GList) names_a = json_object_get_members (before);
  g_autoptr(GList) names_b = json_object_get_members (after);
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (const GList *l = names_a; l != NULL; l = l->next)
    g_ptr_array_add (names, l->data);
  for (const GList *l = names_b; l != NULL; l = l->next)
    if (!json_object_has_member (before, l->data))
      g_ptr_array_add (names, l->data);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *a = format_value (before, name);
      g_autofree char *b = format_value (after, name);
      g_autofree char *form = normalisation_difference (before, after, name);

      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: one changed member in a list of changes, “RPE 7 → 8” */
      g_string_append_printf (text, _("%s %s → %s"), member_in_words (name), a, b);
      if (form != NULL)
        g_string_append (text, form);
    }

  return g_string_free (text, FALSE);
}

/* "Week 3, Tuesday" or "Week 3". */
static char *
format_place (int week,
              int day)
{
  if (day < 0)
    /* Translators: a place in a plan, “Week 3” */
    return g_strdup_printf (_("Week %u"), (guint) week + 1);

  /* Translators: a place in a plan, “Week 3, Tuesday” */
  return g_strdup_printf (_("Week %u, %s"), (guint) week + 1, regimen_weekday_name (day));
}

/* The same in the middle of a line: “moved to week 4, Thursday”. */
static char *
format_place_within (int week,
                     int day)
{
  /* Translators: a place in the middle of a line of regimen-cli diff, “moved to week 4, Thursday” */
  return g_strdup_printf (_("week %u, %s"), (guint) week + 1, regimen_weekday_name (day));
}

static RegimenChange *
change_new (RegimenChangeKind kind,
            int               week,
            int               day)
{
  RegimenChange *change = g_new0 (RegimenChange, 1);

  change->kind = kind;
  change->week = week;
  change->day = day;
  change->from_week = -1;
  change->from_day = -1;
  change->block = -1;

  return change;
}

static void
set_session (RegimenChange  *change,
             RegimenSession *session)
{
  change->session_id = g_strdup (regimen_session_get_id (session));
  /* Quoted as in the text: each of a session's changes names it, and a
   * 10,000-character title written whole for each of a hundred exercises
   * made gigabytes of two plans' differences. */
  change->session_title = regimen_checker_quote (regimen_session_get_display_title (session));
}

/* set_session() for a change of one of @session's exercises. */
static void
set_item_session (RegimenChange *change,
                  Ref           *session)
{
  change->session_id = g_strdup (regimen_session_get_id (REGIMEN_SESSION (session->object)));
  change->session_title = g_strdup (quoted_title (session));
}

static void
set_item (RegimenChange *change,
          RegimenItem   *item)
{
  change->item_id = g_strdup (regimen_item_get_id (item));
  change->exercise = g_strdup (regimen_item_get_exercise (item));
}

/* Sorting: the plan first, then week by week: its own changes, its
 * sessions and items by day, its load last; otherwise as found. */
typedef struct
{
  RegimenChange *change;
  guint          order;
  int            week;  /* in B */
  int            day;
} Sortable;

static int
group_of (RegimenChangeKind kind)
{
  switch (kind)
    {
    case REGIMEN_CHANGE_PLAN:
    case REGIMEN_CHANGE_ATHLETE:
    case REGIMEN_CHANGE_ACKNOWLEDGEMENT:
      return 0;
    case REGIMEN_CHANGE_BLOCK_ADDED:
    case REGIMEN_CHANGE_BLOCK_REMOVED:
    case REGIMEN_CHANGE_BLOCK:
    case REGIMEN_CHANGE_BLOCK_MOVED:
    case REGIMEN_CHANGE_WEEK_ADDED:
    case REGIMEN_CHANGE_WEEK_REMOVED:
    case REGIMEN_CHANGE_WEEK:
      return 1;
    case REGIMEN_CHANGE_WEEK_LOAD:
      return 3;
    case REGIMEN_CHANGE_SESSION_ADDED:
    case REGIMEN_CHANGE_SESSION_REMOVED:
    case REGIMEN_CHANGE_SESSION_MOVED:
    case REGIMEN_CHANGE_SESSION:
    case REGIMEN_CHANGE_LOG:
    case REGIMEN_CHANGE_ITEM_ADDED:
    case REGIMEN_CHANGE_ITEM_REMOVED:
    case REGIMEN_CHANGE_ITEM_MOVED:
    case REGIMEN_CHANGE_ITEM:
    case REGIMEN_N_CHANGES:
    default:
      return 2;
    }
}

/* A move is read where it starts, as its line says, and so is what was
 * removed: at the place in B its week became (a removed week where it
 * was, between the weeks around it), so that B's weeks are read in
 * order. */
static void
set_sort_place (Sortable   *entry,
                const int  *place_of_a)
{
  RegimenChange *change = entry->change;

  if (change->from_week >= 0)
    {
      entry->week = place_of_a[change->from_week];
      entry->day = change->from_day;
      return;
    }

  if (change->kind == REGIMEN_CHANGE_WEEK_REMOVED || change->kind == REGIMEN_CHANGE_SESSION_REMOVED ||
      change->kind == REGIMEN_CHANGE_ITEM_REMOVED || change->kind == REGIMEN_CHANGE_BLOCK_REMOVED)
    entry->week = change->week >= 0 ? place_of_a[change->week] : change->week;
  else
    entry->week = change->week;
  entry->day = change->day;
}

static int
compare_sortable (gconstpointer a,
                  gconstpointer b)
{
  const Sortable *x = a;
  const Sortable *y = b;
  int gx = group_of (x->change->kind);
  int gy = group_of (y->change->kind);

  if ((gx == 0) != (gy == 0))
    return gx == 0 ? -1 : 1;
  if (x->week != y->week)
    return x->week < y->week ? -1 : 1;
  if (gx != gy)
    return gx < gy ? -1 : 1;
  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;

  return x->order < y->order ? -1 : x->order > y->order;
}

static double
week_load (RegimenPlan *plan,
           guint        week)
{
  double load = 0;

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_plan_get_day (plan, week, d);

      for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
        load += regimen_session_planned_load (regimen_day_get_session (day, s));
    }

  return load;
}

static guint
count_sessions (RegimenWeek *week)
{
  guint n = 0;

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    n += regimen_day_get_n_sessions (regimen_week_get_day (week, d));

  return n;
}

static void
diff_header (GPtrArray   *changes,
             RegimenPlan *a,
             RegimenPlan *b)
{
  JsonObject *before = plan_members (a);
  JsonObject *after = plan_members (b);
  RegimenChange *change;
  g_autofree char *members = NULL;

  if (keep_differences (&before, &after, NULL))
    {
      members = format_members (before, after);
      change = change_new (REGIMEN_CHANGE_PLAN, -1, -1);
      change->before = before;
      change->after = after;
      /* Translators: a line of regimen-cli diff, “Plan: title “A” → “B”” */
      change->text = g_strdup_printf (_("Plan: %s"), members);
      g_ptr_array_add (changes, change);
    }
  else
    {
      json_object_unref (before);
      json_object_unref (after);
    }

  before = athlete_members (regimen_plan_get_athlete (a));
  after = athlete_members (regimen_plan_get_athlete (b));
  if (keep_differences (&before, &after, NULL))
    {
      g_clear_pointer (&members, g_free);
      members = format_members (before, after);
      change = change_new (REGIMEN_CHANGE_ATHLETE, -1, -1);
      change->before = before;
      change->after = after;
      /* Translators: a line of regimen-cli diff, “Athlete: level beginner → intermediate” */
      change->text = g_strdup_printf (_("Athlete: %s"), members);
      g_ptr_array_add (changes, change);
    }
  else
    {
      json_object_unref (before);
      json_object_unref (after);
    }
}

static JsonObject *
acknowledgement_members (RegimenAcknowledgement *ack)
{
  JsonObject *object = json_object_new ();

  set_string (object, "finding", regimen_acknowledgement_get_finding (ack));
  set_string (object, "fingerprint", regimen_acknowledgement_get_fingerprint (ack));
  set_string (object, "reason", regimen_acknowledgement_get_reason (ack));

  return object;
}

/* Acknowledgements given, withdrawn or changed, matched by their finding
 * (one each in a plan): an acknowledged error no longer fails validate,
 * so a review must see it as it sees an edit of the plan. */
static void
diff_acknowledgements (GPtrArray   *changes,
                       RegimenPlan *a,
                       RegimenPlan *b)
{
  GListModel *acks_a = regimen_plan_get_acknowledgements (a);
  GListModel *acks_b = regimen_plan_get_acknowledgements (b);
  g_autoptr(GHashTable) by_finding = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_b = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (acks_b); i++)
    {
      g_autoptr(RegimenAcknowledgement) ack = g_list_model_get_item (acks_b, i);

      g_hash_table_add (in_b, (gpointer) regimen_acknowledgement_get_finding (ack));
    }

  for (guint i = 0; i < g_list_model_get_n_items (acks_a); i++)
    {
      g_autoptr(RegimenAcknowledgement) ack = g_list_model_get_item (acks_a, i);
      const char *finding = regimen_acknowledgement_get_finding (ack);
      RegimenChange *change;

      g_hash_table_insert (by_finding, (gpointer) finding, ack);
      if (g_hash_table_contains (in_b, finding))
        continue;

      change = change_new (REGIMEN_CHANGE_ACKNOWLEDGEMENT, -1, -1);
      change->finding = g_strdup (finding);
      change->before = acknowledgement_members (ack);
      /* Translators: a line of regimen-cli diff, “Acknowledgement of HIIT-FREQ@w0.d4.s0 withdrawn” */
      change->text = g_strdup_printf (_("Acknowledgement of %s withdrawn"), finding);
      g_ptr_array_add (changes, change);
    }

  for (guint i = 0; i < g_list_model_get_n_items (acks_b); i++)
    {
      g_autoptr(RegimenAcknowledgement) ack = g_list_model_get_item (acks_b, i);
      const char *finding = regimen_acknowledgement_get_finding (ack);
      RegimenAcknowledgement *old = g_hash_table_lookup (by_finding, finding);
      JsonObject *before;
      JsonObject *after;
      RegimenChange *change;

      if (old == NULL)
        {
          change = change_new (REGIMEN_CHANGE_ACKNOWLEDGEMENT, -1, -1);
          change->finding = g_strdup (finding);
          change->after = acknowledgement_members (ack);
          /* Translators: a line of regimen-cli diff, “Acknowledged HIIT-FREQ@w0.d4.s0: “Race week”” */
          change->text = g_strdup_printf (_("Acknowledged %s: “%s”"), finding,
                                          regimen_acknowledgement_get_reason (ack));
          g_ptr_array_add (changes, change);
          continue;
        }

      before = acknowledgement_members (old);
      after = acknowledgement_members (ack);
      if (keep_differences (&before, &after, NULL))
        {
          g_autofree char *members = format_members (before, after);

          change = change_new (REGIMEN_CHANGE_ACKNOWLEDGEMENT, -1, -1);
          change->finding = g_strdup (finding);
          change->before = before;
          change->after = after;
          /* Translators: a line of regimen-cli diff, “Acknowledgement of HIIT-FREQ@w0.d4.s0: reason “A” → “B”” */
          change->text = g_strdup_printf (_("Acknowledgement of %s: %s"), finding, members);
          g_ptr_array_add (changes, change);
        }
      else
        {
          json_object_unref (before);
          json_object_unref (after);
        }
    }
}

/* A week's changed members, its lighter mark in words: “label “A” → “B”,
 * marked as a lighter week”; the factors of a week lighter before and
 * after as numbers (“lighter week’s volume 0.6 → 0.5”). */
static char *
format_week_members (JsonObject *before,
                     JsonObject *after)
{
  static const char * const plain[] = { "label", "lighter_volume", "lighter_intensity", NULL };
  const double defaults[] = { 0, REGIMEN_LIGHTER_DEFAULT_VOLUME, REGIMEN_LIGHTER_DEFAULT_INTENSITY };
  g_autoptr(JsonObject) plain_before = json_object_new ();
  g_autoptr(JsonObject) plain_after = json_object_new ();
  GString *text = g_string_new (NULL);
  gboolean lighter_before = json_object_get_boolean_member_with_default (before, "lighter", FALSE);
  gboolean lighter_after = json_object_get_boolean_member_with_default (after, "lighter", FALSE);

  for (guint i = 0; plain[i] != NULL; i++)
    {
      /* A week becoming lighter or no longer so is said in words. */
      if (i > 0 && lighter_before != lighter_after)
        break;
      if (json_object_has_member (before, plain[i]))
        json_object_set_member (plain_before, plain[i], json_node_copy (json_object_get_member (before, plain[i])));
      if (json_object_has_member (after, plain[i]))
        json_object_set_member (plain_after, plain[i], json_node_copy (json_object_get_member (after, plain[i])));
      /* A factor left out is the default one: “lighter week’s volume 0.6 → 0.5”. */
      if (i > 0 && json_object_has_member (plain_before, plain[i]) != json_object_has_member (plain_after, plain[i]))
        json_object_set_double_member (json_object_has_member (plain_before, plain[i]) ? plain_after : plain_before,
                                       plain[i], defaults[i]);
    }
  if (json_object_get_size (plain_before) > 0 || json_object_get_size (plain_after) > 0)
    {
      g_autofree char *members = format_members (plain_before, plain_after);

      g_string_append (text, members);
    }

  if (lighter_before != lighter_after)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, lighter_after
                             /* Translators: in a line of regimen-cli diff, “Week 4: marked as a lighter week” */
                             ? _("marked as a lighter week")
                             /* Translators: in a line of regimen-cli diff, “Week 4: no longer a lighter week” */
                             : _("no longer a lighter week"));
    }

  /* “added by a rule — → yes”, as the other members of a file. */
  if (json_object_has_member (before, "added_by_rule") != json_object_has_member (after, "added_by_rule"))
    {
      g_autoptr(JsonObject) added_before = json_object_new ();
      g_autoptr(JsonObject) added_after = json_object_new ();
      g_autofree char *members = NULL;

      json_object_set_boolean_member (json_object_has_member (before, "added_by_rule") ? added_before : added_after,
                                      "added_by_rule", TRUE);
      members = format_members (added_before, added_after);
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, members);
    }

  return g_string_free (text, FALSE);
}

/* “weeks 5–8”, or “week 9” for one. */
static char *
format_week_range (guint first_week,
                   guint n_weeks)
{
  if (n_weeks == 1)
    /* Translators: the weeks of a block in a line of regimen-cli diff, “week 9” */
    return g_strdup_printf (_("week %u"), first_week + 1);

  /* Translators: the weeks of a block in a line of regimen-cli diff, “weeks 5–8” */
  return g_strdup_printf (_("weeks %u–%u"), first_week + 1, first_week + n_weeks);
}

static JsonObject *
block_members (RegimenBlock *block)
{
  JsonObject *object = json_object_new ();

  set_string (object, "name", regimen_block_get_name (block));
  set_string (object, "goal", regimen_block_get_goal (block));
  json_object_set_int_member (object, "weeks", regimen_block_get_n_weeks (block));

  return object;
}

/* “Block 2 “Eccentric pistol”” */
static char *
format_block_place (guint         index,
                    RegimenBlock *block)
{
  /* Translators: a block in a line of regimen-cli diff, “Block 2 “Eccentric pistol”” */
  return g_strdup_printf (_("Block %u “%s”"), index + 1, regimen_block_get_name (block));
}

static guint *
dup_first_weeks (RegimenPlan *plan)
{
  guint n = regimen_plan_get_n_blocks (plan);
  guint *first = g_new0 (guint, MAX (n, 1));

  for (guint i = 1; i < n; i++)
    first[i] = first[i - 1] + regimen_block_get_n_weeks (regimen_plan_get_block (plan, i - 1));
  return first;
}

/* The names of @plan's blocks as a person reads them
 * (regimen_text_dup_as_read()). */
static GStrv
dup_shown_block_names (RegimenPlan *plan)
{
  guint n = regimen_plan_get_n_blocks (plan);
  GStrv names = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const char *name = regimen_block_get_name (regimen_plan_get_block (plan, i));
      char *read = regimen_text_dup_as_read (name);

      names[i] = read != NULL ? read : g_strdup (name);
    }

  return names;
}

/* The block of each week of @plan, or -1 for a week in none. */
static int *
dup_block_of_weeks (RegimenPlan *plan,
                    const guint *first)
{
  guint n_weeks = regimen_plan_get_n_weeks (plan);
  int *block_of = g_new (int, MAX (n_weeks, 1));

  for (guint w = 0; w < n_weeks; w++)
    block_of[w] = -1;
  for (guint i = 0; i < regimen_plan_get_n_blocks (plan); i++)
    for (guint w = first[i]; w < first[i] + regimen_block_get_n_weeks (regimen_plan_get_block (plan, i)) && w < n_weeks; w++)
      block_of[w] = i;
  return block_of;
}

/* The blocks of two plans and what their weeks tell of them: the weeks'
 * alignment, the block of each week of A, and how many weeks of each
 * block hold the sessions of a week of the other plan (by_sessions in
 * the alignment). */
typedef struct
{
  RegimenPlan     *a;
  RegimenPlan     *b;
  const Alignment *alignment;
  guint            n_a;
  guint            n_b;
  char           **names_a;
  char           **names_b;
  guint           *first_a;
  guint           *first_b;
  int             *block_of_week_a;
  guint           *by_sessions_a;
  gboolean         unchanged_first;
} BlockPairing;

/* How many weeks of block @j of B came from each block of A (@weeks), and
 * how many of them hold that block's sessions (@sessions); both of n_a.
 * A week came from the week of A whose sessions it holds, else from the
 * one it is aligned with. */
static void
count_shared_weeks (const BlockPairing *pairing,
                    guint               j,
                    guint              *weeks,
                    guint              *sessions)
{
  guint last = pairing->first_b[j] + regimen_block_get_n_weeks (regimen_plan_get_block (pairing->b, j));

  memset (weeks, 0, MAX (pairing->n_a, 1) * sizeof *weeks);
  memset (sessions, 0, MAX (pairing->n_a, 1) * sizeof *sessions);
  for (guint w = pairing->first_b[j]; w < last && w < pairing->alignment->n_b; w++)
    {
      int by_sessions = pairing->alignment->a_by_sessions[w];
      int origin = by_sessions >= 0 ? by_sessions : pairing->alignment->a_of_b[w];
      int i = origin >= 0 ? pairing->block_of_week_a[origin] : -1;

      if (i < 0)
        continue;
      weeks[i]++;
      if (by_sessions >= 0)
        sessions[i]++;
    }
}

/* One step of a pair's score outweighs any sum of the steps below it
 * over two plans (a plan has at most 520 weeks, one block a week). */
#define SCORE_STEP ((gint64) 1 << 16)

/* What pairing block @i of A with block @j of B is worth (@weeks and
 * @sessions as count_shared_weeks() gives them for @j), or -1 where they
 * cannot be partners: blocks of other names, or blocks whose weeks hold
 * sessions of other weeks than each other's (a block's sessions go with
 * it). First the changes the pair saves against one removed and one
 * added (one where each changed, more for the goal and the number of
 * weeks the same), then the weeks of @j that came from @i. (Of pairs
 * alike in both, the alignment keeps the earlier blocks, which is the
 * block at its place where there is one.) */
static gint64
pair_score (const BlockPairing *pairing,
            guint               i,
            guint               j,
            const guint        *weeks,
            const guint        *sessions)
{
  RegimenBlock *block_a = regimen_plan_get_block (pairing->a, i);
  RegimenBlock *block_b = regimen_plan_get_block (pairing->b, j);
  gint64 saved = 1;

  if (!g_str_equal (pairing->names_a[i], pairing->names_b[j]))
    return -1;
  if (pairing->by_sessions_a[i] > 0 && sessions[i] == 0)
    return -1;

  if (g_strcmp0 (regimen_block_get_goal (block_a), regimen_block_get_goal (block_b)) == 0)
    saved++;
  if (regimen_block_get_n_weeks (block_a) == regimen_block_get_n_weeks (block_b))
    saved++;

  return (pairing->unchanged_first && saved == 3) * SCORE_STEP * SCORE_STEP * SCORE_STEP +
         saved * SCORE_STEP * SCORE_STEP + (gint64) weeks[i] * SCORE_STEP;
}

/* Whether two blocks read alike in all the diff says of them but their
 * name: goal and number of weeks. */
static gboolean
blocks_alike (RegimenBlock *block_a,
              RegimenBlock *block_b)
{
  return g_strcmp0 (regimen_block_get_goal (block_a), regimen_block_get_goal (block_b)) == 0 &&
         regimen_block_get_n_weeks (block_a) == regimen_block_get_n_weeks (block_b);
}

typedef enum
{
  STEP_PAIRED,
  STEP_REMOVED,
  STEP_ADDED,
} AlignmentStep;

static void find_moved_blocks (const int *match_of_b,
                               guint      n_b,
                               gboolean  *moved);

/* How many changes the pairing @match_of_b says: blocks added and
 * removed, names, goals and numbers of weeks changed, blocks moved. */
static guint
count_changes (const BlockPairing *pairing,
               const int          *match_of_b)
{
  g_autofree gboolean *moved = g_new0 (gboolean, MAX (pairing->n_b, 1));
  guint changes = pairing->n_a + pairing->n_b;

  find_moved_blocks (match_of_b, pairing->n_b, moved);
  for (guint j = 0; j < pairing->n_b; j++)
    if (match_of_b[j] >= 0)
      {
        RegimenBlock *block_a = regimen_plan_get_block (pairing->a, match_of_b[j]);
        RegimenBlock *block_b = regimen_plan_get_block (pairing->b, j);

        changes -= 2;
        changes += moved[j] + !g_str_equal (pairing->names_a[match_of_b[j]], pairing->names_b[j]) +
                   (g_strcmp0 (regimen_block_get_goal (block_a), regimen_block_get_goal (block_b)) != 0) +
                   (regimen_block_get_n_weeks (block_a) != regimen_block_get_n_weeks (block_b));
      }
  return changes;
}

/* The blocks of @pairing not paired yet (@taken, @match_of_b) aligned in
 * order, then paired out of order, then by place: match_blocks(). */
static void
align_rest (const BlockPairing *pairing,
            int                *match_of_b,
            gboolean           *taken)
{
  guint n_a = pairing->n_a;
  guint n_b = pairing->n_b;
  g_autofree guint *weeks = g_new0 (guint, MAX (n_a, 1));
  g_autofree guint *sessions = g_new0 (guint, MAX (n_a, 1));
  g_autofree gint64 *worth = g_new0 (gint64, (gsize) (n_a + 1) * (n_b + 1));
  g_autofree guint8 *step = g_new0 (guint8, (gsize) (n_a + 1) * (n_b + 1));
  g_autofree guint *rest_a = g_new0 (guint, MAX (n_a, 1));
  g_autofree guint *rest_b = g_new0 (guint, MAX (n_b, 1));
  g_autofree guint *gap_a = g_new0 (guint, MAX (n_a, 1));
  g_autofree guint *gap_b = g_new0 (guint, MAX (n_b, 1));
  g_autofree gboolean *moved = g_new0 (gboolean, MAX (n_b, 1));
  guint n_rest_a = 0;
  guint n_rest_b = 0;
  guint i, j, x, y;

  /* The blocks paired already that stand in order in both plans cut both
   * into gaps: a block left is aligned only with one of the same gap, so
   * a block paired in order never crosses them (of 20 blocks of one week,
   * a session every third week, two moved: the empty blocks between them
   * paired by place, across them, and said moved “from block 3, now
   * week 3”; issue 21, session 40). */
  find_moved_blocks (match_of_b, n_b, moved);
  for (j = 0; j < n_b; j++)
    if (match_of_b[j] >= 0 && !moved[j])
      {
        for (i = match_of_b[j] + 1; i < n_a; i++)
          gap_a[i]++;
        for (guint k = j + 1; k < n_b; k++)
          gap_b[k]++;
      }

  /* The rest aligned in order. worth[y * (n_rest_a + 1) + x]: the most the
   * first @x blocks of A and the first @y of B left are worth aligned. Of
   * equal worth, the last block of A removed, then the last of B added,
   * keeps the earlier ones paired. */
  for (i = 0; i < n_a; i++)
    if (!taken[i])
      rest_a[n_rest_a++] = i;
  for (j = 0; j < n_b; j++)
    if (match_of_b[j] < 0)
      rest_b[n_rest_b++] = j;
  for (y = 0; y <= n_rest_b; y++)
    {
      if (y > 0)
        count_shared_weeks (pairing, rest_b[y - 1], weeks, sessions);
      for (x = 0; x <= n_rest_a; x++)
        {
          gint64 *here = &worth[y * (n_rest_a + 1) + x];

          if (x == 0 || y == 0)
            {
              step[y * (n_rest_a + 1) + x] = x == 0 ? STEP_ADDED : STEP_REMOVED;
              continue;
            }

          {
            gint64 removed = worth[y * (n_rest_a + 1) + x - 1];
            gint64 added = worth[(y - 1) * (n_rest_a + 1) + x];
            gint64 score = gap_a[rest_a[x - 1]] == gap_b[rest_b[y - 1]] ?
                           pair_score (pairing, rest_a[x - 1], rest_b[y - 1], weeks, sessions) : -1;
            gint64 paired = score >= 0 ? worth[(y - 1) * (n_rest_a + 1) + x - 1] + score : -1;

            *here = MAX (MAX (removed, added), paired);
            step[y * (n_rest_a + 1) + x] = *here == removed ? STEP_REMOVED : *here == added ? STEP_ADDED : STEP_PAIRED;
          }
        }
    }

  for (x = n_rest_a, y = n_rest_b; x > 0 && y > 0;)
    switch (step[y * (n_rest_a + 1) + x])
      {
      case STEP_PAIRED:
        x--;
        y--;
        match_of_b[rest_b[y]] = rest_a[x];
        taken[rest_a[x]] = TRUE;
        break;
      case STEP_REMOVED:
        x--;
        break;
      default:
        y--;
        break;
      }

  /* Blocks paired out of order: moved. */
  for (j = 0; j < n_b; j++)
    {
      int best = -1;
      gint64 best_score = -1;

      if (match_of_b[j] >= 0)
        continue;
      count_shared_weeks (pairing, j, weeks, sessions);
      for (i = 0; i < n_a; i++)
        if (!taken[i])
          {
            gint64 score = pair_score (pairing, i, j, weeks, sessions);

            if (score > best_score)
              {
                best = i;
                best_score = score;
              }
          }
      if (best >= 0)
        {
          match_of_b[j] = best;
          taken[best] = TRUE;
        }
    }

  for (j = 0; j < n_b; j++)
    if (match_of_b[j] < 0 && j < n_a && !taken[j] && pairing->first_a[j] == pairing->first_b[j])
      {
        match_of_b[j] = j;
        taken[j] = TRUE;
      }
}

/* Blocks have no ids: a block is matched by its name as a person reads
 * it (“Café” with “é” as one character or as “e” and a combining accent
 * is one name; issue 21, pass 40a). Among blocks of one name:
 * 1. a block whose weeks' sessions went with it, its goal and number of
 *    weeks the same, is that block wherever it stands;
 * 2. the rest are aligned in order, as the weeks are: the alignment of
 *    most worth, pair_score() for each pair and nothing for a block added
 *    or removed (O(n_a · n_b), at most 520 · 520 blocks), the one keeping
 *    the earlier blocks of a tie, each block only with one between the
 *    same two blocks paired in step 1 and standing in order; a block left unpaired then takes one of
 *    its name left unpaired too, out of order (it was moved); one still
 *    left over is paired with the block at its place (renamed where it
 *    was); the rest were added or removed;
 * 3. step 2 once more, blocks unchanged paired first, and of the two the
 *    pairing that says fewer changes.
 * Pass 41a's tiers of likeness and 41b's repairs of the order read a
 * block moved before blocks of one name as two moves, a block duplicated
 * beside one of its name as that one moved, and a block deleted with
 * --keep-weeks, its weeks holding sessions, as the block kept (issue 21,
 * pass 42a). */
static void
match_blocks (RegimenPlan     *a,
              RegimenPlan     *b,
              const Alignment *alignment,
              int             *match_of_b)
{
  guint n_a = regimen_plan_get_n_blocks (a);
  guint n_b = regimen_plan_get_n_blocks (b);
  g_auto(GStrv) names_a = dup_shown_block_names (a);
  g_auto(GStrv) names_b = dup_shown_block_names (b);
  g_autofree guint *first_a = dup_first_weeks (a);
  g_autofree guint *first_b = dup_first_weeks (b);
  g_autofree int *block_of_week_a = dup_block_of_weeks (a, first_a);
  g_autofree int *block_of_week_b = dup_block_of_weeks (b, first_b);
  g_autofree guint *by_sessions_a = g_new0 (guint, MAX (n_a, 1));
  g_autofree guint *weeks = g_new0 (guint, MAX (n_a, 1));
  g_autofree guint *sessions = g_new0 (guint, MAX (n_a, 1));
  g_autofree gboolean *taken = g_new0 (gboolean, MAX (n_a, 1));
  BlockPairing pairing = { a, b, alignment, n_a, n_b, names_a, names_b, first_a, first_b,
                           block_of_week_a, by_sessions_a, FALSE };
  guint i, j;

  for (guint w = 0; w < alignment->n_b; w++)
    if (alignment->a_by_sessions[w] >= 0 && block_of_week_b[w] >= 0 &&
        block_of_week_a[alignment->a_by_sessions[w]] >= 0)
      by_sessions_a[block_of_week_a[alignment->a_by_sessions[w]]]++;

  for (j = 0; j < n_b; j++)
    match_of_b[j] = -1;

  /* A block whose sessions went with it unchanged is that block wherever
   * it stands (block move among blocks alike): each of the two holds
   * most of the other's weeks with sessions, of one name, goal and
   * number of weeks. */
  {
    g_autofree int *best_of_a = g_new (int, MAX (n_a, 1));
    g_autofree guint *most_of_a = g_new0 (guint, MAX (n_a, 1));
    g_autofree int *best_of_b = g_new (int, MAX (n_b, 1));

    for (i = 0; i < n_a; i++)
      best_of_a[i] = -1;
    for (j = 0; j < n_b; j++)
      {
        guint most = 0;

        best_of_b[j] = -1;
        count_shared_weeks (&pairing, j, weeks, sessions);
        for (i = 0; i < n_a; i++)
          {
            if (sessions[i] > most)
              {
                most = sessions[i];
                best_of_b[j] = i;
              }
            if (sessions[i] > most_of_a[i])
              {
                most_of_a[i] = sessions[i];
                best_of_a[i] = j;
              }
          }
      }
    for (j = 0; j < n_b; j++)
      {
        int best = best_of_b[j];

        if (best >= 0 && best_of_a[best] == (int) j && g_str_equal (names_a[best], names_b[j]) &&
            blocks_alike (regimen_plan_get_block (a, best), regimen_plan_get_block (b, j)))
          {
            match_of_b[j] = best;
            taken[best] = TRUE;
          }
      }
  }

  /* The rest aligned in order, twice: the second time blocks unchanged
   * (name, goal and number of weeks) paired before all others, which
   * leaves blocks alike that changed places to be paired out of order
   * (block move of two empty blocks of one name and other lengths read
   * as both resized). The one that says fewer changes is taken, the
   * first of a tie. */
  {
    g_autofree int *unchanged_first = g_memdup2 (match_of_b, MAX (n_b, 1) * sizeof *match_of_b);
    g_autofree gboolean *taken_unchanged_first = g_memdup2 (taken, MAX (n_a, 1) * sizeof *taken);

    align_rest (&pairing, match_of_b, taken);
    pairing.unchanged_first = TRUE;
    align_rest (&pairing, unchanged_first, taken_unchanged_first);
    if (count_changes (&pairing, unchanged_first) < count_changes (&pairing, match_of_b))
      memcpy (match_of_b, unchanged_first, n_b * sizeof *match_of_b);
  }
}

/* Which matched blocks of @b stand in another order among the others than
 * in @a: those outside the longest run of matched blocks in the same order
 * in both plans, as the weeks are aligned. A block added or removed before
 * another moves no block; a block moved to another place (with `block
 * move`, its name and weeks the same) was no difference at all. */
static void
find_moved_blocks (const int *match_of_b,
                   guint      n_b,
                   gboolean  *moved)
{
  g_autofree guint *run = g_new0 (guint, MAX (n_b, 1));
  g_autofree int *before = g_new0 (int, MAX (n_b, 1));
  int last = -1;
  guint longest = 0;

  /* Blocks are at most 520, one a week: the quadratic run is small. */
  for (guint j = 0; j < n_b; j++)
    {
      before[j] = -1;
      moved[j] = match_of_b[j] >= 0;
      if (match_of_b[j] < 0)
        continue;

      run[j] = 1;
      for (guint k = 0; k < j; k++)
        if (match_of_b[k] >= 0 && match_of_b[k] < match_of_b[j] && run[k] + 1 > run[j])
          {
            run[j] = run[k] + 1;
            before[j] = k;
          }

      if (run[j] >= longest)
        {
          longest = run[j];
          last = j;
        }
    }

  for (int j = last; j >= 0; j = before[j])
    moved[j] = FALSE;
}

/* The week of B each week of A went to with its block moved (a block
 * matched, of the same number of weeks, outside the run of blocks in
 * order: find_moved_blocks()), week for week, or -1; NULL where no block
 * moved. A session moved out of them since reads as moved. So a block moved among blocks alike reads as that, the empty
 * weeks that only changed places with it neither added nor removed. */
static int *
moved_block_weeks (RegimenPlan     *a,
                   RegimenPlan     *b,
                   const Alignment *alignment,
                   const int       *match_of_b)
{
  guint n_b = regimen_plan_get_n_blocks (b);
  g_autofree gboolean *moved = g_new0 (gboolean, MAX (n_b, 1));
  int *b_of_a = NULL;

  find_moved_blocks (match_of_b, n_b, moved);

  for (guint j = 0; j < n_b; j++)
    {
      guint first_a, weeks_a, first_b, weeks_b;

      if (!moved[j])
        continue;
      regimen_plan_get_block_range (a, match_of_b[j], &first_a, &weeks_a);
      regimen_plan_get_block_range (b, j, &first_b, &weeks_b);
      if (weeks_a != weeks_b)
        continue;

      for (guint k = 0; k < weeks_b && first_a + k < alignment->n_a && first_b + k < alignment->n_b; k++)
        {
          if (b_of_a == NULL)
            {
              b_of_a = g_new (int, MAX (alignment->n_a, 1));
              for (guint w = 0; w < alignment->n_a; w++)
                b_of_a[w] = -1;
            }
          b_of_a[first_a + k] = first_b + k;
        }
    }

  return b_of_a;
}

/* @match_of_b: the block of A each block of B is, match_blocks(). */
static void
diff_blocks (GPtrArray   *changes,
             RegimenPlan *a,
             RegimenPlan *b,
             const int   *match_of_b)
{
  guint n_a = regimen_plan_get_n_blocks (a);
  guint n_b = regimen_plan_get_n_blocks (b);
  g_autofree gboolean *matched_a = g_new0 (gboolean, MAX (n_a, 1));
  g_autofree gboolean *moved = g_new0 (gboolean, MAX (n_b, 1));

  find_moved_blocks (match_of_b, n_b, moved);

  for (guint j = 0; j < n_b; j++)
    {
      RegimenBlock *block_b = regimen_plan_get_block (b, j);
      g_autofree char *place = format_block_place (j, block_b);
      guint first_b, weeks_b;
      RegimenChange *change;

      regimen_plan_get_block_range (b, j, &first_b, &weeks_b);

      if (match_of_b[j] < 0)
        {
          g_autofree char *range = format_week_range (first_b, weeks_b);

          change = change_new (REGIMEN_CHANGE_BLOCK_ADDED, first_b, -1);
          change->block = j;
          change->after = block_members (block_b);
          /* Translators: a line of regimen-cli diff, “Block 2 “Eccentric pistol”: added, weeks 5–8” */
          change->text = g_strdup_printf (_("%s: added, %s"), place, range);
          g_ptr_array_add (changes, change);
          continue;
        }

      matched_a[match_of_b[j]] = TRUE;

      {
        RegimenBlock *block_a = regimen_plan_get_block (a, match_of_b[j]);
        JsonObject *before = block_members (block_a);
        JsonObject *after = block_members (block_b);
        guint first_a, weeks_a;

        regimen_plan_get_block_range (a, match_of_b[j], &first_a, &weeks_a);

        if (moved[j])
          {
            g_autofree char *range_a = format_week_range (first_a, weeks_a);
            g_autofree char *range_b = format_week_range (first_b, weeks_b);

            change = change_new (REGIMEN_CHANGE_BLOCK_MOVED, first_b, -1);
            change->block = j;
            change->from_week = first_a;
            /* Translators: a line of regimen-cli diff, “Block 1 “Deload”: moved from block 3 (week 9), now week 1” */
            change->text = g_strdup_printf (_("%s: moved from block %u (%s), now %s"),
                                            place, (guint) match_of_b[j] + 1, range_a, range_b);
            g_ptr_array_add (changes, change);
          }

        if (keep_differences (&before, &after, NULL))
          {
            g_autofree char *members = format_members (before, after);

            change = change_new (REGIMEN_CHANGE_BLOCK, first_b, -1);
            change->block = j;
            change->before = before;
            change->after = after;
            if (weeks_a != weeks_b)
              {
                g_autofree char *range = format_week_range (first_b, weeks_b);

                /* Translators: a line of regimen-cli diff, “Block 1 “Base”: weeks 4 → 3, now weeks 1–3” */
                change->text = g_strdup_printf (_("%s: %s, now %s"), place, members, range);
              }
            else
              change->text = g_strdup_printf ("%s: %s", place, members);
            g_ptr_array_add (changes, change);
          }
        else
          {
            json_object_unref (before);
            json_object_unref (after);
          }
      }
    }

  for (guint i = 0; i < n_a; i++)
    {
      RegimenBlock *block_a = regimen_plan_get_block (a, i);
      g_autofree char *place = NULL;
      g_autofree char *range = NULL;
      guint first_a, weeks_a;
      RegimenChange *change;

      if (matched_a[i])
        continue;

      regimen_plan_get_block_range (a, i, &first_a, &weeks_a);
      place = format_block_place (i, block_a);
      range = format_week_range (first_a, weeks_a);
      change = change_new (REGIMEN_CHANGE_BLOCK_REMOVED, first_a, -1);
      change->block = i;
      change->before = block_members (block_a);
      /* Translators: a line of regimen-cli diff, “Block 3 “Deload”: removed, week 9” */
      change->text = g_strdup_printf (_("%s: removed, %s"), place, range);
      g_ptr_array_add (changes, change);
    }
}

static void
week_added_or_removed (GPtrArray   *changes,
                       RegimenPlan *plan,
                       guint        week,
                       gboolean     added)
{
  guint n_sessions = count_sessions (regimen_plan_get_week (plan, week));
  g_autofree char *place = format_place (week, -1);
  RegimenChange *change;

  change = change_new (added ? REGIMEN_CHANGE_WEEK_ADDED : REGIMEN_CHANGE_WEEK_REMOVED, week, -1);
  change->text = g_strdup_printf (added
                                  /* Translators: a line of regimen-cli diff, “Week 5: added, 3 sessions” */
                                  ? g_dngettext (GETTEXT_PACKAGE, "%s: added, %u session",
                                                 "%s: added, %u sessions", n_sessions)
                                  /* Translators: a line of regimen-cli diff, “Week 5: removed, 3 sessions” */
                                  : g_dngettext (GETTEXT_PACKAGE, "%s: removed, %u session",
                                                 "%s: removed, %u sessions", n_sessions),
                                  place, n_sessions);
  g_ptr_array_add (changes, change);
}

/* Weeks removed from A, added in B, and of each week of A and the week of
 * B it became: its own members and its load, said at its place in B. */
static void
diff_weeks (GPtrArray       *changes,
            RegimenPlan     *a,
            RegimenPlan     *b,
            const Alignment *alignment)
{
  for (guint w = 0; w < alignment->n_a; w++)
    if (alignment->b_of_a[w] < 0)
      week_added_or_removed (changes, a, w, FALSE);

  for (guint w = 0; w < alignment->n_b; w++)
    {
      RegimenChange *change;
      int was = alignment->a_of_b[w];

      if (was < 0)
        {
          week_added_or_removed (changes, b, w, TRUE);
          continue;
        }

      {
        JsonObject *before = week_members (regimen_plan_get_week (a, was));
        JsonObject *after = week_members (regimen_plan_get_week (b, w));

        if (keep_differences (&before, &after, NULL))
          {
            g_autofree char *place = format_place (w, -1);
            g_autofree char *members = format_week_members (before, after);

            change = change_new (REGIMEN_CHANGE_WEEK, w, -1);
            change->before = before;
            change->after = after;
            change->text = g_strdup_printf ("%s: %s", place, members);
            g_ptr_array_add (changes, change);
          }
        else
          {
            json_object_unref (before);
            json_object_unref (after);
          }
      }

      {
        double load_a = week_load (a, was);
        double load_b = week_load (b, w);
        g_autofree char *place = NULL;

        if (round (load_a) == round (load_b))
          continue;

        place = format_place (w, -1);
        change = change_new (REGIMEN_CHANGE_WEEK_LOAD, w, -1);
        change->before = json_object_new ();
        change->after = json_object_new ();
        json_object_set_int_member (change->before, "load", (gint64) round (load_a));
        json_object_set_int_member (change->after, "load", (gint64) round (load_b));
        if (round (load_a) > 0)
          {
            double percent = round ((round (load_b) - round (load_a)) / round (load_a) * 100);

            /* Translators: a line of regimen-cli diff, “Week 3: load 1200 → 1416 AU (+18 %)” */
            change->text = g_strdup_printf (_("%s: load %.0f → %.0f AU (%+.0f %%)"),
                                            place, round (load_a), round (load_b), percent);
          }
        else
          change->text = g_strdup_printf (_("%s: load %.0f → %.0f AU"), place, round (load_a), round (load_b));
        g_ptr_array_add (changes, change);
      }
    }
}

static char *
session_name (RegimenSession *session)
{
  g_autofree char *title = regimen_checker_quote (regimen_session_get_display_title (session));

  /* A whole phrase for each kind, so that a language can join the kind
   * to its word for a session as it does: German made “Mobilität-Einheit”
   * of the kind's label and “%s-Einheit” (issue 21, pass 44g). */
  switch (regimen_session_get_kind (session))
    {
    case REGIMEN_SESSION_KIND_STRENGTH:
      /* Translators: a session in a line of regimen-cli diff, by its kind and title */
      return g_strdup_printf (C_("diff", "Strength session “%s”"), title);
    case REGIMEN_SESSION_KIND_HIIT:
      /* Translators: a session in a line of regimen-cli diff, by its kind and title */
      return g_strdup_printf (C_("diff", "HIIT session “%s”"), title);
    case REGIMEN_SESSION_KIND_CARDIO:
      /* Translators: a session in a line of regimen-cli diff, by its kind and title */
      return g_strdup_printf (C_("diff", "Cardio session “%s”"), title);
    case REGIMEN_SESSION_KIND_MOBILITY:
      /* Translators: a session in a line of regimen-cli diff, by its kind and title */
      return g_strdup_printf (C_("diff", "Mobility session “%s”"), title);
    case REGIMEN_SESSION_KIND_SKILL:
      /* Translators: a session in a line of regimen-cli diff, by its kind and title */
      return g_strdup_printf (C_("diff", "Skill session “%s”"), title);
    case REGIMEN_SESSION_KIND_COMPETITION:
    default:
      /* Translators: a session in a line of regimen-cli diff, by its kind and title */
      return g_strdup_printf (C_("diff", "Competition session “%s”"), title);
    }
}

static void
diff_sessions (GPtrArray       *changes,
               Side            *a,
               Side            *b,
               const Alignment *alignment)
{
  for (guint i = 0; i < a->sessions->len; i++)
    {
      Ref *ref = g_ptr_array_index (a->sessions, i);
      RegimenSession *session = REGIMEN_SESSION (ref->object);
      g_autofree char *place = format_place (ref->week, ref->day);
      g_autofree char *name = session_name (session);
      RegimenChange *change;

      /* A removed week's sessions go with it. */
      if (ref->match == NULL && alignment->b_of_a[ref->week] < 0)
        continue;

      if (ref->match == NULL)
        {
          guint n = regimen_session_get_n_items (session);

          change = change_new (REGIMEN_CHANGE_SESSION_REMOVED, ref->week, ref->day);
          set_session (change, session);
          /* Translators: a line of regimen-cli diff, “Week 3, Tuesday: HIIT session “Intervals” removed, 2 exercises” */
          change->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s removed, %u exercise",
                                                       "%s: %s removed, %u exercises", n),
                                          place, name, n);
          g_ptr_array_add (changes, change);
          continue;
        }

      if (ref->key_week != (int) ref->match->week || ref->day != ref->match->day)
        {
          change = change_new (REGIMEN_CHANGE_SESSION_MOVED, ref->match->week, ref->match->day);
          change->from_week = ref->week;
          change->from_day = ref->day;
          set_session (change, REGIMEN_SESSION (ref->match->object));
          if (ref->key_week == (int) ref->match->week)
            /* Translators: a line of regimen-cli diff, “Week 3, Tuesday: HIIT session “Intervals” moved to Thursday” */
            change->text = g_strdup_printf (_("%s: %s moved to %s"), place, name,
                                            regimen_weekday_name (ref->match->day));
          else
            {
              g_autofree char *to = format_place_within (ref->match->week, ref->match->day);

              /* Translators: a line of regimen-cli diff, “Week 3, Tuesday: HIIT session “Intervals” moved to week 4, Thursday” */
              change->text = g_strdup_printf (_("%s: %s moved to %s"), place, name, to);
            }
          g_ptr_array_add (changes, change);
        }
    }

  for (guint i = 0; i < b->sessions->len; i++)
    {
      Ref *ref = g_ptr_array_index (b->sessions, i);
      RegimenSession *session = REGIMEN_SESSION (ref->object);
      g_autofree char *place = format_place (ref->week, ref->day);
      g_autofree char *name = session_name (session);
      RegimenSession *before_session;
      JsonObject *before;
      JsonObject *after;
      RegimenChange *change;
      const RegimenSessionLog *log_a;
      const RegimenSessionLog *log_b;

      if (ref->match == NULL && alignment->a_of_b[ref->week] < 0)
        continue;

      if (ref->match == NULL)
        {
          guint n = regimen_session_get_n_items (session);

          change = change_new (REGIMEN_CHANGE_SESSION_ADDED, ref->week, ref->day);
          set_session (change, session);
          change->after = session_members (session);
          /* Translators: a line of regimen-cli diff, “Week 3, Thursday: HIIT session “Intervals” added, 2 exercises” */
          change->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s added, %u exercise",
                                                       "%s: %s added, %u exercises", n),
                                          place, name, n);
          g_ptr_array_add (changes, change);
          continue;
        }

      before_session = REGIMEN_SESSION (ref->match->object);
      before = session_members (before_session);
      after = session_members (session);
      add_changed_id (ref->match, ref, b->session_ids_shared, before, after);
      if (keep_differences (&before, &after, NULL))
        {
          g_autofree char *members = format_members (before, after);
          g_autofree char *old_name = session_name (before_session);

          change = change_new (REGIMEN_CHANGE_SESSION, ref->week, ref->day);
          set_session (change, session);
          change->before = before;
          change->after = after;
          /* Translators: a line of regimen-cli diff, “Week 1, Monday: strength session “Lower”: RPE 7 → 8” */
          change->text = g_strdup_printf (_("%s: %s: %s"), place, old_name, members);
          g_ptr_array_add (changes, change);
        }
      else
        {
          json_object_unref (before);
          json_object_unref (after);
        }

      log_a = regimen_session_get_log (before_session);
      log_b = regimen_session_get_log (session);
      /* Another tool's members are compared nowhere else either, and
       * the change would name nothing that changed. */
      if (!regimen_session_log_equal_known (log_a, log_b))
        {
          change = change_new (REGIMEN_CHANGE_LOG, ref->week, ref->day);
          set_session (change, session);
          change->before = json_object_new ();
          change->after = json_object_new ();
          if (log_a != NULL)
            json_object_set_string_member (change->before, "status", regimen_log_status_to_string (log_a->status));
          if (log_b != NULL)
            json_object_set_string_member (change->after, "status", regimen_log_status_to_string (log_b->status));

          if (log_a == NULL)
            /* Translators: a line of regimen-cli diff, “Week 1, Monday: strength session “Lower” logged: Done” */
            change->text = g_strdup_printf (_("%s: %s logged: %s"), place, name,
                                            regimen_log_status_get_label (log_b->status));
          else if (log_b == NULL)
            /* Translators: a line of regimen-cli diff */
            change->text = g_strdup_printf (_("%s: %s: log removed"), place, name);
          else
            /* Translators: a line of regimen-cli diff, “Week 1, Monday: strength session “Lower”: log changed, Done” */
            change->text = g_strdup_printf (_("%s: %s: log changed, %s"), place, name,
                                            regimen_log_status_get_label (log_b->status));
          g_ptr_array_add (changes, change);
        }
    }
}

/* The members of an item that neither its exercise, its prescription's
 * text nor its progression show: notes, group, warm-up. */
static void
append_other_members (GString    *text,
                      JsonObject *before,
                      JsonObject *after)
{
  static const char * const shown[] = {
    "exercise", "sets", "reps", "hold_seconds", "per_side", "tempo", "rest_seconds",
    "load_percent_1rm", "load_kg", "interval", "progression", NULL
  };
  g_autoptr(JsonObject) rest_before = json_object_new ();
  g_autoptr(JsonObject) rest_after = json_object_new ();
  g_autoptr(GList) names_a = json_object_get_members (before);
  g_autoptr(GList) names_b = json_object_get_members (after);
  g_autofree char *members = NULL;

  for (const GList *l = names_a; l != NULL; l = l->next)
    if (!g_strv_contains (shown, l->data))
      json_object_set_member (rest_before, l->data, json_node_copy (json_object_get_member (before, l->data)));
  for (const GList *l = names_b; l != NULL; l = l->next)
    if (!g_strv_contains (shown, l->data))
      json_object_set_member (rest_after, l->data, json_node_copy (json_object_get_member (after, l->data)));

  if (json_object_get_size (rest_before) == 0 && json_object_get_size (rest_after) == 0)
    return;

  members = format_members (rest_before, rest_after);
  g_string_append_printf (text, ", %s", members);
}

/* The loads that changed, when the prescription's text shows them alike
 * (62.5 kg and 62.501 kg are both “62.50 kg”), so that the line says what
 * changed. */
static void
append_loads (GString    *text,
              JsonObject *before,
              JsonObject *after)
{
  static const char * const loads[] = { "load_percent_1rm", "load_kg" };
  g_autoptr(JsonObject) loads_before = json_object_new ();
  g_autoptr(JsonObject) loads_after = json_object_new ();
  g_autofree char *members = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
    {
      if (json_object_has_member (before, loads[i]))
        json_object_set_member (loads_before, loads[i], json_node_copy (json_object_get_member (before, loads[i])));
      if (json_object_has_member (after, loads[i]))
        json_object_set_member (loads_after, loads[i], json_node_copy (json_object_get_member (after, loads[i])));
    }

  if (json_object_get_size (loads_before) == 0 && json_object_get_size (loads_after) == 0)
    return;

  members = format_members (loads_before, loads_after);
  g_string_append_printf (text, ", %s", members);
}

/* The members of a progression rule that changed, when its text shows
 * both rules alike (a step of 2.5 and of 2.5000001 are both “add 2.5 kg
 * each week”), so that the line says what changed:
 * “progression: step 2.5 → 2.5000001”. */
static void
append_progression_members (GString    *text,
                            JsonObject *before,
                            JsonObject *after)
{
  g_autoptr(JsonObject) rule_before = json_object_ref (json_object_get_object_member (before, "progression"));
  g_autoptr(JsonObject) rule_after = json_object_ref (json_object_get_object_member (after, "progression"));
  g_autofree char *members = NULL;

  if (!keep_differences (&rule_before, &rule_after, NULL))
    return;

  members = format_members (rule_before, rule_after);
  /* Translators: in a line of regimen-cli diff, the changed members of a progression rule
   * whose text reads the same, “, progression: step 2.5 → 2.5000001” */
  g_string_append_printf (text, _(", progression: %s"), members);
}

/* "Week 1, Monday, Lower body A" */
static char *
format_item_place (Ref *ref)
{
  g_autofree char *place = format_place (ref->week, ref->day);

  /* Translators: where an exercise is in a plan, “Week 1, Monday, Lower body A” */
  return g_strdup_printf (_("%s, %s"), place, quoted_title (ref->session));
}

static void
diff_items (GPtrArray *changes,
            Side      *a,
            Side      *b)
{
  for (guint i = 0; i < a->items->len; i++)
    {
      Ref *ref = g_ptr_array_index (a->items, i);
      RegimenItem *item = REGIMEN_ITEM (ref->object);
      g_autofree char *place = format_item_place (ref);
      RegimenChange *change;

      /* An item of a removed session goes with it. */
      if (ref->match == NULL && ref->session->match != NULL)
        {
          change = change_new (REGIMEN_CHANGE_ITEM_REMOVED, ref->week, ref->day);
          set_item (change, item);
          set_item_session (change, ref->session);
          /* Translators: a line of regimen-cli diff, “Week 1, Monday, Lower body A: burpee removed” */
          change->text = g_strdup_printf (_("%s: %s removed"), place, regimen_item_get_exercise (item));
          g_ptr_array_add (changes, change);
        }
      else if (ref->match != NULL && ref->session->match != ref->match->session)
        {
          Ref *to = ref->match;
          g_autofree char *to_place = format_place_within (to->week, to->day);

          change = change_new (REGIMEN_CHANGE_ITEM_MOVED, to->week, to->day);
          change->from_week = ref->week;
          change->from_day = ref->day;
          set_item (change, REGIMEN_ITEM (to->object));
          set_item_session (change, to->session);
          /* Translators: a line of regimen-cli diff, “Week 1, Monday, Lower body A: burpee moved to
           * “Conditioning”, week 1, Wednesday” */
          change->text = g_strdup_printf (_("%s: %s moved to “%s”, %s"), place, regimen_item_get_exercise (item),
                                          quoted_title (to->session), to_place);
          g_ptr_array_add (changes, change);
        }
    }

  for (guint i = 0; i < b->items->len; i++)
    {
      Ref *ref = g_ptr_array_index (b->items, i);
      RegimenItem *item = REGIMEN_ITEM (ref->object);
      g_autofree char *place = format_item_place (ref);
      g_autofree char *prescription = regimen_item_format_prescription (item);
      RegimenChange *change;
      JsonObject *before;
      JsonObject *after;

      if (ref->match == NULL && ref->session->match != NULL)
        {
          change = change_new (REGIMEN_CHANGE_ITEM_ADDED, ref->week, ref->day);
          set_item (change, item);
          set_item_session (change, ref->session);
          change->after = item_members (item);
          if (prescription[0] != '\0')
            /* Translators: a line of regimen-cli diff, “Week 1, Monday, Lower body A: pause-split-squat added, 3 × 8” */
            change->text = g_strdup_printf (_("%s: %s added, %s"), place, regimen_item_get_exercise (item),
                                            prescription);
          else
            change->text = g_strdup_printf (_("%s: %s added"), place, regimen_item_get_exercise (item));
          g_ptr_array_add (changes, change);
          continue;
        }

      if (ref->match == NULL)
        continue;

      before = item_members (REGIMEN_ITEM (ref->match->object));
      after = item_members (item);
      add_changed_id (ref->match, ref, b->item_ids_shared, before, after);
      if (keep_differences (&before, &after, NULL))
        {
          RegimenItem *old = REGIMEN_ITEM (ref->match->object);
          g_autofree char *old_prescription = regimen_item_format_prescription (old);
          GString *text = g_string_new (place);

          g_string_append_printf (text, ": %s", regimen_item_get_exercise (old));
          if (g_strcmp0 (regimen_item_get_exercise (old), regimen_item_get_exercise (item)) != 0)
            {
              g_autofree char *unseen = unseen_difference (regimen_item_get_exercise (old),
                                                           regimen_item_get_exercise (item));

              g_string_append_printf (text, " → %s", regimen_item_get_exercise (item));
              if (unseen != NULL)
                g_string_append (text, unseen);
            }
          if (!g_str_equal (old_prescription, prescription))
            g_string_append_printf (text, ", %s → %s", old_prescription[0] ? old_prescription : "—",
                                    prescription[0] ? prescription : "—");
          else
            append_loads (text, before, after);
          if (json_object_has_member (before, "progression") || json_object_has_member (after, "progression"))
            {
              const RegimenProgression *rule_a = regimen_item_get_progression (old);
              const RegimenProgression *rule_b = regimen_item_get_progression (item);
              g_autofree char *text_a = rule_a != NULL ? regimen_progression_describe (rule_a) : g_strdup ("—");
              g_autofree char *text_b = rule_b != NULL ? regimen_progression_describe (rule_b) : g_strdup ("—");

              if (!g_str_equal (text_a, text_b))
                /* Translators: in a line of regimen-cli diff, a changed progression rule */
                g_string_append_printf (text, _(", progression: %s → %s"), text_a, text_b);
              else
                append_progression_members (text, before, after);
            }
          append_other_members (text, before, after);

          change = change_new (REGIMEN_CHANGE_ITEM, ref->week, ref->day);
          set_item (change, item);
          set_item_session (change, ref->session);
          change->before = before;
          change->after = after;
          change->text = g_string_free (text, FALSE);
          g_ptr_array_add (changes, change);
        }
      else
        {
          json_object_unref (before);
          json_object_unref (after);
        }
    }
}

/* Sorts the refs of PLAN-B's exercises by their places in PLAN-A. */
static int
compare_match_index (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const Ref *x = *(Ref * const *) a;
  const Ref *y = *(Ref * const *) b;

  return x->match->index < y->match->index ? -1 : x->match->index > y->match->index;
}

/* A session whose exercises, those in it in both plans, are in another
 * order: exercises are done in their order (a superset's first, the
 * squat before the jumps), and a session of exercises reordered read as
 * no difference. One line names them in each order, each exercise id
 * quoted as the check quotes a title, so that a hundred long ids still
 * make a line to read. @items holds a session's exercises together, in
 * their order (collect()). */
static void
diff_item_order (GPtrArray *changes,
                 Side      *b)
{
  for (guint start = 0, end; start < b->items->len; start = end)
    {
      Ref *session = ((Ref *) g_ptr_array_index (b->items, start))->session;
      g_autoptr(GPtrArray) kept = g_ptr_array_new ();
      g_autoptr(GPtrArray) kept_a = NULL;
      g_autoptr(GString) order_a = NULL;
      g_autoptr(GString) order_b = NULL;
      g_autofree char *place = NULL;
      g_autofree char *name = NULL;
      JsonArray *ids_a;
      JsonArray *ids_b;
      RegimenChange *change;
      gboolean same = TRUE;

      for (end = start; end < b->items->len && ((Ref *) g_ptr_array_index (b->items, end))->session == session; end++)
        {
          Ref *ref = g_ptr_array_index (b->items, end);

          if (session->match != NULL && ref->match != NULL && ref->match->session == session->match)
            {
              same = same && (kept->len == 0 ||
                              ((Ref *) g_ptr_array_index (kept, kept->len - 1))->match->index < ref->match->index);
              g_ptr_array_add (kept, ref);
            }
        }
      if (same)
        continue;

      /* The same exercises in PLAN-A's order. */
      kept_a = g_ptr_array_copy (kept, NULL, NULL);
      g_ptr_array_sort_with_data (kept_a, compare_match_index, NULL);

      order_a = g_string_new (NULL);
      order_b = g_string_new (NULL);
      ids_a = json_array_new ();
      ids_b = json_array_new ();
      for (guint i = 0; i < kept->len; i++)
        {
          RegimenItem *item_a = REGIMEN_ITEM (((Ref *) g_ptr_array_index (kept_a, i))->match->object);
          RegimenItem *item_b = REGIMEN_ITEM (((Ref *) g_ptr_array_index (kept, i))->object);
          g_autofree char *quoted_a = regimen_checker_quote (regimen_item_get_exercise (item_a));
          g_autofree char *quoted_b = regimen_checker_quote (regimen_item_get_exercise (item_b));

          g_string_append_printf (order_a, "%s%s", i > 0 ? ", " : "", quoted_a);
          g_string_append_printf (order_b, "%s%s", i > 0 ? ", " : "", quoted_b);
          json_array_add_string_element (ids_a, regimen_item_get_id (item_a));
          json_array_add_string_element (ids_b, regimen_item_get_id (item_b));
        }
      /* Exercises of one id reordered (a top set and its back-off
       * sets) read the same in both orders: each is named with its own
       * id too. */
      if (g_str_equal (order_a->str, order_b->str))
        {
          g_string_truncate (order_a, 0);
          g_string_truncate (order_b, 0);
          for (guint i = 0; i < kept->len; i++)
            {
              RegimenItem *item_a = REGIMEN_ITEM (((Ref *) g_ptr_array_index (kept_a, i))->match->object);
              RegimenItem *item_b = REGIMEN_ITEM (((Ref *) g_ptr_array_index (kept, i))->object);
              g_autofree char *quoted_a = regimen_checker_quote (regimen_item_get_exercise (item_a));
              g_autofree char *quoted_b = regimen_checker_quote (regimen_item_get_exercise (item_b));

              g_string_append_printf (order_a, "%s%s (%s)", i > 0 ? ", " : "", quoted_a, regimen_item_get_id (item_a));
              g_string_append_printf (order_b, "%s%s (%s)", i > 0 ? ", " : "", quoted_b, regimen_item_get_id (item_b));
            }
        }

      place = format_place (session->week, session->day);
      name = session_name (REGIMEN_SESSION (session->match->object));
      change = change_new (REGIMEN_CHANGE_SESSION, session->week, session->day);
      set_session (change, REGIMEN_SESSION (session->object));
      change->before = json_object_new ();
      change->after = json_object_new ();
      json_object_set_array_member (change->before, "items", ids_a);
      json_object_set_array_member (change->after, "items", ids_b);
      /* Translators: a line of regimen-cli diff, “Week 1, Monday: Strength session “Lower”: exercises
       * in another order: narrow-stance-squat, burpee → burpee, narrow-stance-squat” */
      change->text = g_strdup_printf (_("%s: %s: exercises in another order: %s → %s"), place, name,
                                      order_a->str, order_b->str);
      g_ptr_array_add (changes, change);
    }
}

GPtrArray *
regimen_plan_diff (RegimenPlan *a,
                   RegimenPlan *b)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();
  g_autoptr(GArray) sortable = g_array_new (FALSE, FALSE, sizeof (Sortable));
  GPtrArray *sorted;
  Side side_a = { NULL, NULL };
  Side side_b = { NULL, NULL };
  Alignment alignment = { 0 };
  g_autofree int *place_of_a = NULL;
  g_autofree int *moved_weeks = NULL;
  g_autofree int *match_of_b = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (a), NULL);
  g_return_val_if_fail (REGIMEN_IS_PLAN (b), NULL);

  collect (a, &side_a);
  collect (b, &side_b);

  side_b.session_ids_shared = match_by_id (side_a.sessions, side_b.sessions);
  align_weeks (a, b, &side_a, &side_b, NULL, &alignment);
  /* The blocks are paired once, and again only where a block moved made
   * the weeks aligned anew. */
  match_of_b = g_new0 (int, MAX (regimen_plan_get_n_blocks (b), 1));
  match_blocks (a, b, &alignment, match_of_b);
  moved_weeks = moved_block_weeks (a, b, &alignment, match_of_b);
  if (moved_weeks != NULL)
    {
      alignment_clear (&alignment);
      align_weeks (a, b, &side_a, &side_b, moved_weeks, &alignment);
      match_blocks (a, b, &alignment, match_of_b);
    }
  set_key_weeks (&side_a, &alignment);
  match_sessions_by_content (side_a.sessions, side_b.sessions, &alignment, TRUE);
  match_sessions_by_content (side_a.sessions, side_b.sessions, &alignment, FALSE);
  side_b.item_ids_shared = match_by_id (side_a.items, side_b.items);
  match_items_by_content (side_a.items, side_b.items);

  diff_header (changes, a, b);
  diff_acknowledgements (changes, a, b);
  diff_blocks (changes, a, b, match_of_b);
  diff_weeks (changes, a, b, &alignment);
  diff_sessions (changes, &side_a, &side_b, &alignment);
  diff_items (changes, &side_a, &side_b);
  diff_item_order (changes, &side_b);

  side_clear (&side_a);
  side_clear (&side_b);

  /* Where each week of A is read in B. */
  place_of_a = g_new (int, MAX (alignment.n_a, 1));
  for (guint w = 0, next = 0; w < alignment.n_a; w++)
    {
      if (alignment.b_of_a[w] >= 0)
        next = alignment.b_of_a[w] + 1;
      place_of_a[w] = alignment.b_of_a[w] >= 0 ? alignment.b_of_a[w] : (int) next;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      Sortable entry = { g_ptr_array_index (changes, i), i, 0, 0 };

      set_sort_place (&entry, place_of_a);
      g_array_append_val (sortable, entry);
    }
  alignment_clear (&alignment);
  g_array_sort (sortable, compare_sortable);

  sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) regimen_change_free);
  for (guint i = 0; i < sortable->len; i++)
    g_ptr_array_add (sorted, g_array_index (sortable, Sortable, i).change);

  return sorted;
}

static JsonObject *
place_object (int week,
              int day)
{
  JsonObject *place = json_object_new ();

  json_object_set_int_member (place, "week", week + 1);
  if (day >= 0)
    json_object_set_string_member (place, "day", day_keys[day]);

  return place;
}

/**
 * regimen_change_to_json:
 * @change: one change of regimen_plan_diff()
 *
 * The change as one element of the `changes` of `regimen-cli diff
 * --json`, so that a long list can be written a change at a time.
 *
 * Returns: (transfer full): an object node
 */
JsonNode *
regimen_change_to_json (RegimenChange *change)
{
  JsonObject *object = json_object_new ();
  JsonNode *node;

  g_return_val_if_fail (change != NULL, NULL);

  json_object_set_string_member (object, "change", regimen_change_kind_to_string (change->kind));
  if (change->week >= 0)
    json_object_set_object_member (object, "at", place_object (change->week, change->day));
  if (change->from_week >= 0)
    json_object_set_object_member (object, "from", place_object (change->from_week, change->from_day));
  if (change->block >= 0)
    json_object_set_int_member (object, "block", change->block + 1);
  if (change->session_id != NULL)
    {
      json_object_set_string_member (object, "session", change->session_id);
      json_object_set_string_member (object, "session_title", change->session_title);
    }
  if (change->item_id != NULL)
    {
      json_object_set_string_member (object, "item", change->item_id);
      json_object_set_string_member (object, "exercise", change->exercise);
    }
  if (change->finding != NULL)
    json_object_set_string_member (object, "finding", change->finding);
  if (change->before != NULL)
    json_object_set_object_member (object, "before", json_object_ref (change->before));
  if (change->after != NULL)
    json_object_set_object_member (object, "after", json_object_ref (change->after));
  json_object_set_string_member (object, "text", change->text);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, object);

  return node;
}

JsonNode *
regimen_plan_diff_to_json (GPtrArray *changes)
{
  JsonArray *array = json_array_new ();
  JsonObject *root = json_object_new ();
  JsonNode *node;

  g_return_val_if_fail (changes != NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    json_array_add_element (array, regimen_change_to_json (g_ptr_array_index (changes, i)));

  json_object_set_int_member (root, "differences", changes->len);
  json_object_set_array_member (root, "changes", array);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, root);

  return node;
}
