/* regimen-plan-blocks.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan-blocks"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "regimen-plan-blocks.h"
#include "regimen-plan-private.h"
#include "regimen-plan-types.h"
#include "regimen-plan-writer.h"
#include "regimen-plan-view.h"
#include "regimen-progression.h"
#include "regimen-weekday.h"

/* The blocks' weeks are kept as counts rather than first and last weeks:
 * inserting or removing a week then changes one block's count and no
 * other block, and blocks can neither overlap nor leave gaps. */

G_DEFINE_QUARK (regimen-plan-blocks-error-quark, regimen_plan_blocks_error)

static guint
n_weeks_of (RegimenPlan *self)
{
  return regimen_plan_get_n_weeks (self);
}

static gboolean
text_fits (const char *text)
{
  return text == NULL || g_utf8_strlen (text, -1) <= REGIMEN_TEXT_MAX_LENGTH;
}

static void
set_uint_property (RegimenPlan *self,
                   GObject     *target,
                   const char  *property,
                   guint        number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, number);
  regimen_plan_set_object_property (self, target, property, &value, NULL);
}

static void
set_string_property (RegimenPlan *self,
                     GObject     *target,
                     const char  *property,
                     const char  *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  regimen_plan_set_object_property (self, target, property, &value, NULL);
}

static void
set_block_weeks (RegimenPlan  *self,
                 RegimenBlock *block,
                 guint         n_weeks)
{
  set_uint_property (self, G_OBJECT (block), "n-weeks", n_weeks);
}

/* Week store edits that leave the blocks alone: the block commands keep
 * the counts themselves. */
static void
insert_week_raw (RegimenPlan *self,
                 guint        position,
                 RegimenWeek *week)
{
  regimen_plan_claim_ids (self, G_OBJECT (week));
  regimen_plan_run_command (self, regimen_command_new_insert (regimen_plan_get_week_store (self),
                                                              position, week, NULL));
}

/* Copies of @length weeks from @first, linked to their own rules. */
static GPtrArray *
copy_weeks (RegimenPlan *self,
            guint        first,
            guint        length)
{
  GPtrArray *weeks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree RegimenWeek **originals = g_new (RegimenWeek *, MAX (length, 1));

  for (guint i = 0; i < length; i++)
    {
      originals[i] = regimen_plan_get_week (self, first + i);
      g_ptr_array_add (weeks, regimen_week_copy (originals[i]));
    }
  regimen_plan_relink_copied_weeks (originals, (RegimenWeek **) weeks->pdata, length);

  return weeks;
}

static void
insert_empty_week_raw (RegimenPlan *self,
                       guint        position)
{
  g_autoptr(RegimenWeek) week = regimen_week_new (NULL);

  insert_week_raw (self, position, week);
}

static void
remove_week_raw (RegimenPlan *self,
                 guint        week)
{
  regimen_plan_run_command (self, regimen_command_new_remove (regimen_plan_get_week_store (self),
                                                              week, NULL));
}

static void
move_week_raw (RegimenPlan *self,
               guint        from_week,
               guint        to_week)
{
  GListStore *weeks = regimen_plan_get_week_store (self);

  if (from_week != to_week)
    regimen_plan_run_command (self, regimen_command_new_move (weeks, from_week, weeks, to_week, NULL));
}

GListModel *
regimen_plan_get_blocks (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return G_LIST_MODEL (regimen_plan_get_block_store (self));
}

guint
regimen_plan_get_n_blocks (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), 0);
  return g_list_model_get_n_items (regimen_plan_get_blocks (self));
}

/**
 * regimen_plan_get_block:
 *
 * Returns: (transfer none) (nullable): the block, NULL when out of range
 */
RegimenBlock *
regimen_plan_get_block (RegimenPlan *self,
                        guint        block)
{
  g_autoptr(RegimenBlock) result = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);

  result = g_list_model_get_item (regimen_plan_get_blocks (self), block);
  return result;
}

guint
regimen_plan_get_n_blocked_weeks (RegimenPlan *self)
{
  guint n_blocks;
  guint total = 0;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), 0);

  n_blocks = regimen_plan_get_n_blocks (self);
  for (guint i = 0; i < n_blocks; i++)
    total += regimen_block_get_n_weeks (regimen_plan_get_block (self, i));

  return total;
}

gboolean
regimen_plan_get_block_range (RegimenPlan *self,
                              guint        block,
                              guint       *first_week,
                              guint       *n_weeks)
{
  guint first = 0;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (block >= regimen_plan_get_n_blocks (self))
    return FALSE;

  for (guint i = 0; i < block; i++)
    first += regimen_block_get_n_weeks (regimen_plan_get_block (self, i));

  if (first_week != NULL)
    *first_week = first;
  if (n_weeks != NULL)
    *n_weeks = regimen_block_get_n_weeks (regimen_plan_get_block (self, block));

  return TRUE;
}

gboolean
regimen_plan_find_block_of_week (RegimenPlan *self,
                                 guint        week,
                                 guint       *block,
                                 guint       *first_week,
                                 guint       *n_weeks)
{
  guint n_blocks;
  guint first = 0;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (week >= n_weeks_of (self))
    return FALSE;

  n_blocks = regimen_plan_get_n_blocks (self);
  for (guint i = 0; i < n_blocks; i++)
    {
      guint length = regimen_block_get_n_weeks (regimen_plan_get_block (self, i));

      if (week < first + length)
        {
          if (block != NULL)
            *block = i;
          if (first_week != NULL)
            *first_week = first;
          if (n_weeks != NULL)
            *n_weeks = length;
          return TRUE;
        }

      first += length;
    }

  return FALSE;
}

void
regimen_plan_blocks_week_inserted (RegimenPlan *self,
                                   guint        position)
{
  RegimenBlock *block;
  guint index;

  if (regimen_plan_get_n_blocks (self) == 0 ||
      position > regimen_plan_get_n_blocked_weeks (self))
    return;

  /* The week before the new one is where it is counted before the
   * insertion too, so its block is found from the counts as they are. */
  if (!regimen_plan_find_block_of_week (self, position == 0 ? 0 : position - 1, &index, NULL, NULL))
    return;

  block = regimen_plan_get_block (self, index);
  set_block_weeks (self, block, regimen_block_get_n_weeks (block) + 1);
}

void
regimen_plan_blocks_week_removed (RegimenPlan *self,
                                  guint        week)
{
  RegimenBlock *block;
  guint index;

  if (!regimen_plan_find_block_of_week (self, week, &index, NULL, NULL))
    return;

  block = regimen_plan_get_block (self, index);
  if (regimen_block_get_n_weeks (block) == 1)
    regimen_plan_run_command (self, regimen_command_new_remove (regimen_plan_get_block_store (self),
                                                                index, NULL));
  else
    set_block_weeks (self, block, regimen_block_get_n_weeks (block) - 1);
}

/* A one-week block is a stage the coach named: its week moving takes it
 * along (docs/plan-format.md, "Blocks"). Landing in another block, it
 * goes before that block when moved earlier and after it when moved
 * later; landing past the last block, the last block reaches to it and
 * the weeks between join it. */
gboolean
regimen_plan_blocks_move_lone_week (RegimenPlan *self,
                                    guint        from_week,
                                    guint        to_week)
{
  guint block;
  guint length;
  guint target;

  if (!regimen_plan_find_block_of_week (self, from_week, &block, NULL, &length) || length != 1)
    return FALSE;

  if (regimen_plan_find_block_of_week (self, to_week, &target, NULL, NULL))
    return regimen_plan_move_block (self, block, target);

  /* Past the last block. */
  regimen_plan_begin_user_action (self, _("Move Week"));
  regimen_plan_move_block (self, block, regimen_plan_get_n_blocks (self) - 1);
  regimen_plan_get_block_range (self, regimen_plan_get_n_blocks (self) - 1, &from_week, NULL);
  move_week_raw (self, from_week, to_week);
  set_block_weeks (self, regimen_plan_get_block (self, regimen_plan_get_n_blocks (self) - 1),
                   to_week - from_week + 1);
  regimen_plan_end_user_action (self);

  return TRUE;
}

/**
 * regimen_plan_describe_week_block:
 *
 * Returns: (transfer full) (nullable): the block's name and the week's
 *   place in it, or NULL
 */
char *
regimen_plan_describe_week_block (RegimenPlan *self,
                                  guint        week)
{
  g_autofree char *name = NULL;
  guint block;
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);

  if (!regimen_plan_find_block_of_week (self, week, &block, &first, &length))
    return NULL;

  name = regimen_text_without_hidden_format (regimen_block_get_name (regimen_plan_get_block (self, block)));

  /* Translators: a week's block and its place there, “Accumulation · week 2 of 3” */
  return g_strdup_printf (_("%s · week %u of %u"), name, week - first + 1, length);
}

gboolean
regimen_plan_new_block_place (RegimenPlan *self,
                              guint        week,
                              guint       *position,
                              guint       *first_week)
{
  guint block;
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (week >= n_weeks_of (self))
    return FALSE;

  if (regimen_plan_find_block_of_week (self, week, &block, &first, &length))
    {
      block++;
      first += length;
    }
  else
    {
      block = regimen_plan_get_n_blocks (self);
      first = regimen_plan_get_n_blocked_weeks (self);
    }

  if (position != NULL)
    *position = block;
  if (first_week != NULL)
    *first_week = first;

  return TRUE;
}

/* Where a week moved to a boundary between blocks goes: after the
 * removal the counts leave it out, so the week after its new place is
 * the one the counts name @position. */
static void
join_block_after (RegimenPlan *self,
                  guint        position)
{
  RegimenBlock *block;
  guint index;

  if (position >= regimen_plan_get_n_blocked_weeks (self) ||
      !regimen_plan_find_block_of_week (self, position, &index, NULL, NULL))
    return;

  block = regimen_plan_get_block (self, index);
  set_block_weeks (self, block, regimen_block_get_n_weeks (block) + 1);
}

/* Whether moving @week to where it is, joining the block after (or
 * before) its place, changes anything: only for the last (or first)
 * week of a block, and for the first week after the last block. The
 * only week of a block has nowhere to go without its block. */
static gboolean
crosses_boundary (RegimenPlan *self,
                  guint        week,
                  gboolean     join_later)
{
  guint block;
  guint first;
  guint length;

  if (!regimen_plan_find_block_of_week (self, week, &block, &first, &length))
    return !join_later && regimen_plan_get_n_blocks (self) > 0 &&
           week == regimen_plan_get_n_blocked_weeks (self);

  if (length == 1)
    return FALSE;

  return join_later ? week == first + length - 1 : block > 0 && week == first;
}

gboolean
regimen_plan_move_week_joining (RegimenPlan  *self,
                                guint         from_week,
                                guint         to_week,
                                gboolean      join_later,
                                GError      **error)
{
  g_autoptr(GPtrArray) inside = NULL;
  guint n_weeks;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_weeks = n_weeks_of (self);
  if (from_week >= n_weeks || to_week >= n_weeks)
    return FALSE;

  if (from_week != to_week && !join_later)
    return regimen_plan_move_week (self, from_week, to_week, error);

  if (from_week == to_week && !crosses_boundary (self, from_week, join_later))
    return TRUE;

  inside = regimen_plan_find_rules_inside_others (self);
  regimen_plan_begin_user_action (self, _("Move Week"));
  if (from_week == to_week || !regimen_plan_blocks_move_lone_week (self, from_week, to_week))
    {
      regimen_plan_blocks_week_removed (self, from_week);
      move_week_raw (self, from_week, to_week);
      if (join_later)
        join_block_after (self, to_week);
      else
        regimen_plan_blocks_week_inserted (self, to_week);
    }
  /* A week with a rule joining the block before, where that block's
   * rule stopped short of it, comes inside that rule's weeks. */
  if (!regimen_plan_keep_rules_apart (self, inside, error))
    return FALSE;
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_add_block (RegimenPlan *self,
                        guint        position,
                        const char  *name,
                        const char  *goal,
                        guint        n_weeks)
{
  g_autoptr(RegimenBlock) block = NULL;
  guint n_blocks;
  guint total;
  guint first;
  guint new_weeks;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (!regimen_block_name_valid (name) || !text_fits (name) || !text_fits (goal) || n_weeks == 0)
    return FALSE;

  n_blocks = regimen_plan_get_n_blocks (self);
  total = n_weeks_of (self);
  if (position == G_MAXUINT)
    position = n_blocks;
  if (position > n_blocks)
    return FALSE;

  if (position == n_blocks)
    {
      guint free_weeks = total - regimen_plan_get_n_blocked_weeks (self);

      /* The weeks after the last block come first; new ones go at the end. */
      first = total;
      new_weeks = n_weeks > free_weeks ? n_weeks - free_weeks : 0;
    }
  else
    {
      regimen_plan_get_block_range (self, position, &first, NULL);
      new_weeks = n_weeks;
    }

  if (new_weeks > regimen_plan_get_max_weeks (self) - total)
    return FALSE;

  block = regimen_block_new (name, goal, n_weeks);

  regimen_plan_begin_user_action (self, _("Add Block"));
  for (guint i = 0; i < new_weeks; i++)
    insert_empty_week_raw (self, first + i);
  regimen_plan_run_command (self, regimen_command_new_insert (regimen_plan_get_block_store (self),
                                                              position, block, NULL));
  regimen_plan_end_user_action (self);

  return TRUE;
}

/**
 * regimen_plan_rename_block:
 * @name: not empty
 * @goal: (nullable): the new goal; NULL or empty removes it
 */
gboolean
regimen_plan_rename_block (RegimenPlan *self,
                           guint        block,
                           const char  *name,
                           const char  *goal)
{
  RegimenBlock *b;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  b = regimen_plan_get_block (self, block);
  if (b == NULL || !regimen_block_name_valid (name) || !text_fits (name) || !text_fits (goal))
    return FALSE;

  if (goal != NULL && goal[0] == '\0')
    goal = NULL;

  regimen_plan_begin_user_action (self, _("Rename Block"));
  set_string_property (self, G_OBJECT (b), "name", name);
  set_string_property (self, G_OBJECT (b), "goal", goal);
  regimen_plan_end_user_action (self);

  return TRUE;
}

/* A week that was trained keeps what it was trained against. */
static gboolean
check_not_logged (RegimenPlan *self,
                  guint        week,
                  gboolean     force,
                  GError     **error)
{
  if (force || !regimen_plan_week_has_log (self, week))
    return TRUE;

  g_set_error (error, REGIMEN_PLAN_BLOCKS_ERROR, REGIMEN_PLAN_BLOCKS_ERROR_LOGGED,
               /* Translators: a week copy, lighter week, block resize or week removal refused; %u is the week, from 1 */
               _("Week %u holds a logged session"), week + 1);
  return FALSE;
}

/* Refuses removing weeks @n_weeks to @length of those from @first when
 * one was trained: all or nothing. */
static gboolean
check_removed_not_logged (RegimenPlan *self,
                          guint        first,
                          guint        length,
                          guint        n_weeks,
                          gboolean     force,
                          GError     **error)
{
  for (guint i = n_weeks; i < length; i++)
    if (!check_not_logged (self, first + i, force, error))
      return FALSE;

  return TRUE;
}

gboolean
regimen_plan_edit_block (RegimenPlan  *self,
                         guint         block,
                         const char   *name,
                         const char   *goal,
                         guint         n_weeks,
                         gboolean      force,
                         GError      **error)
{
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Checked before anything runs, so that a refused size leaves the name
   * as it was too. */
  if (!regimen_plan_get_block_range (self, block, &first, &length) ||
      !regimen_block_name_valid (name) || !text_fits (name) || !text_fits (goal) || n_weeks == 0 ||
      (n_weeks > length && n_weeks - length > regimen_plan_get_max_weeks (self) - n_weeks_of (self)))
    return FALSE;

  if (!check_removed_not_logged (self, first, length, n_weeks, force, error))
    return FALSE;

  regimen_plan_begin_user_action (self, _("Edit Block"));
  regimen_plan_rename_block (self, block, name, goal);
  regimen_plan_resize_block (self, block, n_weeks, TRUE, NULL);
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_resize_block (RegimenPlan  *self,
                           guint         block,
                           guint         n_weeks,
                           gboolean      force,
                           GError      **error)
{
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_weeks == 0 || !regimen_plan_get_block_range (self, block, &first, &length))
    return FALSE;

  if (n_weeks == length)
    return TRUE;

  if (n_weeks > length && n_weeks - length > regimen_plan_get_max_weeks (self) - n_weeks_of (self))
    return FALSE;

  if (!check_removed_not_logged (self, first, length, n_weeks, force, error))
    return FALSE;

  regimen_plan_begin_user_action (self, _("Resize Block"));
  for (guint i = length; i < n_weeks; i++)
    insert_empty_week_raw (self, first + i);
  for (guint i = n_weeks; i < length; i++)
    remove_week_raw (self, first + n_weeks);
  set_block_weeks (self, regimen_plan_get_block (self, block), n_weeks);
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_duplicate_block (RegimenPlan *self,
                              guint        block)
{
  g_autoptr(RegimenBlock) copy = NULL;
  g_autoptr(GPtrArray) weeks = NULL;
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (!regimen_plan_get_block_range (self, block, &first, &length) ||
      length > regimen_plan_get_max_weeks (self) - n_weeks_of (self))
    return FALSE;

  copy = regimen_block_copy (regimen_plan_get_block (self, block));
  weeks = copy_weeks (self, first, length);

  regimen_plan_begin_user_action (self, _("Duplicate Block"));
  for (guint i = 0; i < length; i++)
    insert_week_raw (self, first + length + i, g_ptr_array_index (weeks, i));
  regimen_plan_run_command (self, regimen_command_new_insert (regimen_plan_get_block_store (self),
                                                              block + 1, copy, NULL));
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_move_block (RegimenPlan *self,
                         guint        from_block,
                         guint        to_block)
{
  GListStore *blocks;
  guint n_blocks;
  guint first;
  guint length;
  guint start = 0;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  n_blocks = regimen_plan_get_n_blocks (self);
  if (from_block >= n_blocks || to_block >= n_blocks)
    return FALSE;

  if (from_block == to_block)
    return TRUE;

  regimen_plan_get_block_range (self, from_block, &first, &length);

  /* Where its weeks start afterwards: the weeks of the blocks that will
   * be before it, itself left out. */
  for (guint i = 0, seen = 0; seen < to_block; i++)
    {
      if (i == from_block)
        continue;
      start += regimen_block_get_n_weeks (regimen_plan_get_block (self, i));
      seen++;
    }

  blocks = regimen_plan_get_block_store (self);

  regimen_plan_begin_user_action (self, _("Move Block"));
  if (start > first)
    {
      /* Each first week of the block goes to the end of its new place;
       * the ones moved before follow it down, in order. */
      for (guint i = 0; i < length; i++)
        move_week_raw (self, first, start + length - 1);
    }
  else
    {
      for (guint i = 0; i < length; i++)
        move_week_raw (self, first + i, start + i);
    }
  regimen_plan_run_command (self, regimen_command_new_move (blocks, from_block, blocks, to_block, NULL));
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_delete_block (RegimenPlan  *self,
                           guint         block,
                           gboolean      with_weeks,
                           gboolean      force,
                           GError      **error)
{
  g_autoptr(GPtrArray) inside = NULL;
  guint n_blocks;
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!regimen_plan_get_block_range (self, block, &first, &length))
    return FALSE;

  if (with_weeks && !check_removed_not_logged (self, first, length, 0, force, error))
    return FALSE;

  n_blocks = regimen_plan_get_n_blocks (self);
  inside = regimen_plan_find_rules_inside_others (self);

  regimen_plan_begin_user_action (self, _("Delete Block"));
  if (with_weeks)
    {
      for (guint i = 0; i < length; i++)
        remove_week_raw (self, first);
    }
  else if (n_blocks > 1)
    {
      RegimenBlock *heir = regimen_plan_get_block (self, block > 0 ? block - 1 : 1);

      set_block_weeks (self, heir, regimen_block_get_n_weeks (heir) + length);
    }
  regimen_plan_run_command (self, regimen_command_new_remove (regimen_plan_get_block_store (self),
                                                              block, NULL));
  /* Its weeks gone, or joined to the block before, a later rule may
   * come inside an earlier one's weeks. */
  if (!regimen_plan_keep_rules_apart (self, inside, error))
    return FALSE;
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_insert_weeks (RegimenPlan *self,
                           guint        position,
                           guint        n_weeks)
{
  guint total;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  total = n_weeks_of (self);
  if (n_weeks == 0 || position > total || n_weeks > regimen_plan_get_max_weeks (self) - total)
    return FALSE;

  regimen_plan_begin_user_action (self, n_weeks == 1 ? _("Insert Week") : _("Insert Weeks"));
  for (guint i = 0; i < n_weeks; i++)
    {
      insert_empty_week_raw (self, position + i);
      regimen_plan_blocks_week_inserted (self, position + i);
    }
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_remove_weeks (RegimenPlan  *self,
                           guint         first_week,
                           guint         n_weeks,
                           gboolean      force,
                           GError      **error)
{
  g_autoptr(GPtrArray) inside = NULL;
  guint total;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  total = n_weeks_of (self);
  if (n_weeks == 0 || first_week >= total || n_weeks > total - first_week)
    return FALSE;

  if (!check_removed_not_logged (self, first_week, n_weeks, 0, force, error))
    return FALSE;

  inside = regimen_plan_find_rules_inside_others (self);
  regimen_plan_begin_user_action (self, n_weeks == 1 ? _("Remove Week") : _("Remove Weeks"));
  for (guint i = 0; i < n_weeks; i++)
    {
      regimen_plan_blocks_week_removed (self, first_week);
      remove_week_raw (self, first_week);
    }
  /* The weeks after move up: a later rule may come inside an earlier
   * one's weeks. */
  if (!regimen_plan_keep_rules_apart (self, inside, error))
    return FALSE;
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_week_has_log (RegimenPlan *self,
                           guint        week)
{
  RegimenWeek *w;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  w = regimen_plan_get_week (self, week);
  if (w == NULL)
    return FALSE;

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_get_day (w, d);

      for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
        if (regimen_session_get_log (regimen_day_get_session (day, s)) != NULL)
          return TRUE;
    }

  return FALSE;
}

guint
regimen_plan_count_logged_sessions (RegimenPlan *self,
                                    guint        first_week,
                                    guint        n_weeks)
{
  guint count = 0;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), 0);

  for (guint w = first_week; w - first_week < n_weeks && w < n_weeks_of (self); w++)
    {
      RegimenWeek *week = regimen_plan_get_week (self, w);

      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        {
          RegimenDay *day = regimen_week_get_day (week, d);

          for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
            if (regimen_session_get_log (regimen_day_get_session (day, s)) != NULL)
              count++;
        }
    }

  return count;
}

/* @target's content replaced by @copy, a copy of another week's days and
 * lighter mark. */
static void
copy_week_onto (RegimenPlan *self,
                RegimenWeek *copy,
                guint        target)
{
  RegimenWeek *old = regimen_plan_get_week (self, target);

  regimen_week_set_label (copy, regimen_week_get_label (old));
  regimen_week_take_extra (copy, regimen_json_object_copy (regimen_week_get_extra (old)));

  remove_week_raw (self, target);
  insert_week_raw (self, target, copy);
}

/* Refuses copies of @week onto @targets that would make a plan the
 * reader refuses (more than REGIMEN_JSON_MAX_VALUES values or
 * REGIMEN_PLAN_MAX_SIZE bytes), measured from the text the plan and the
 * week's days take: a week of a hundred exercises in each of its 140
 * sessions copied onto 519 weeks took 76 s and 3 GB, and then could not
 * be saved; so did a week of long titles and notes copied onto 250 weeks
 * (12 s, 1.4 GB) and one exercise carrying another tool's list of
 * 400,000 numbers copied onto 519 (gigabytes), which the count of
 * sessions and exercises alone let through. */
static gboolean
check_copies_fit (RegimenPlan  *self,
                  guint         week,
                  const guint  *targets,
                  guint         n_targets,
                  GError      **error)
{
  g_autofree gboolean *target = g_new0 (gboolean, n_weeks_of (self));
  RegimenTextSize size, copy, replaced;

  regimen_plan_measure_text (self, &size);
  regimen_week_measure_days_text (regimen_plan_peek_week (self, week), &copy);

  for (guint i = 0; i < n_targets; i++)
    target[targets[i]] = TRUE;

  for (guint w = 0; w < n_weeks_of (self); w++)
    if (target[w])
      {
        regimen_week_measure_days_text (regimen_plan_peek_week (self, w), &replaced);
        size.values = size.values - replaced.values + copy.values;
        size.bytes = size.bytes - replaced.bytes + copy.bytes;
      }

  if (regimen_text_size_fits (&size))
    return TRUE;

  g_set_error (error, REGIMEN_PLAN_BLOCKS_ERROR, REGIMEN_PLAN_BLOCKS_ERROR_TOO_LARGE,
               /* Translators: a week copy refused; %u is the week copied, from 1 */
               _("Copies of week %u onto so many weeks would make the plan larger than Regimen can open"),
               week + 1);
  return FALSE;
}

/* Ends the user action of a copy, the plan's text @before it: taken back,
 * recorded nowhere, when the copy changed nothing but ids (a week copied
 * onto one that holds the same already), which “Copied” said of a plan
 * a person could not tell from the one before, with a step to undo.
 * Whether it was kept goes to @changed, for the caller to say so. */
static void
end_copy (RegimenPlan *self,
          GBytes      *before,
          gboolean    *changed)
{
  g_autoptr(GBytes) after = regimen_plan_to_bytes (self);
  gboolean kept = !regimen_plan_text_equal_but_ids (before, after);

  if (kept)
    regimen_plan_end_user_action (self);
  else
    regimen_plan_cancel_user_action (self);

  if (changed != NULL)
    *changed = kept;
}

gboolean
regimen_plan_copy_week (RegimenPlan  *self,
                        guint         week,
                        const guint  *targets,
                        guint         n_targets,
                        gboolean      force,
                        gboolean     *changed,
                        GError      **error)
{
  g_autoptr(RegimenWeek) source = NULL;
  g_autofree gboolean *chosen = NULL;
  g_autoptr(GBytes) before = NULL;
  guint total;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (targets != NULL || n_targets == 0, FALSE);

  total = n_weeks_of (self);
  if (week >= total || n_targets == 0)
    return FALSE;

  for (guint i = 0; i < n_targets; i++)
    if (targets[i] >= total || targets[i] == week)
      return FALSE;

  for (guint i = 0; i < n_targets; i++)
    if (!check_not_logged (self, targets[i], force, error))
      return FALSE;

  if (!check_copies_fit (self, week, targets, n_targets, error))
    return FALSE;

  /* Each copy is linked to the rules of the plan as the copies before it
   * left it: one onto a week whose rule writes another target removes
   * that rule. In the order given, weeks 2 and 3 and weeks 3 and 2 gave
   * two plans; from the first week on, each once, they give one, the
   * plan that copying onto each in turn from the first gives. */
  chosen = g_new0 (gboolean, total);
  for (guint i = 0; i < n_targets; i++)
    chosen[targets[i]] = TRUE;

  /* Held apart, so that the source is copied as it was. */
  source = g_object_ref (regimen_plan_get_week (self, week));

  before = regimen_plan_to_bytes (self);
  regimen_plan_begin_user_action (self, _("Copy Week"));
  for (guint target = 0; target < total; target++)
    {
      g_autoptr(RegimenWeek) copy = NULL;

      if (!chosen[target])
        continue;

      copy = regimen_week_copy (source);
      regimen_plan_relink_copied_weeks (&source, &copy, 1);
      regimen_plan_link_copied_week_to_rules (self, source, copy, target, target, target + 1, 0);
      copy_week_onto (self, copy, target);
    }
  end_copy (self, before, changed);

  return TRUE;
}

gboolean
regimen_plan_copy_block (RegimenPlan  *self,
                         guint         block,
                         guint         first_week,
                         gboolean      force,
                         gboolean     *changed,
                         GError      **error)
{
  g_autoptr(GPtrArray) weeks = NULL;
  g_autoptr(GBytes) before = NULL;
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (!regimen_plan_get_block_range (self, block, &first, &length))
    return FALSE;

  if (first_week > n_weeks_of (self) || length > n_weeks_of (self) - first_week)
    return FALSE;

  if (first_week < first + length && first < first_week + length)
    return FALSE;

  for (guint i = 0; i < length; i++)
    if (!check_not_logged (self, first_week + i, force, error))
      return FALSE;

  weeks = copy_weeks (self, first, length);

  before = regimen_plan_to_bytes (self);
  regimen_plan_begin_user_action (self, _("Copy Block"));
  for (guint i = 0; i < length; i++)
    {
      regimen_plan_link_copied_week_to_rules (self, regimen_plan_get_week (self, first + i),
                                              g_ptr_array_index (weeks, i),
                                              first_week + i, first_week + i, first_week + length, 0);
      copy_week_onto (self, g_ptr_array_index (weeks, i), first_week + i);
    }
  end_copy (self, before, changed);

  return TRUE;
}

/* A product that lands on a half up to floating-point error (5 × 0.7)
 * still rounds up. */
#define ROUNDING_SLACK 1e-9

guint
regimen_lighter_scale_count (guint  value,
                             double factor)
{
  double scaled;

  if (value == 0)
    return 0;

  scaled = floor (value * factor + 0.5 + ROUNDING_SLACK);

  return scaled < 1.0 ? 1 : (guint) scaled;
}

/* The step a lighter week's %1RM and kg round to, half up. */
#define LIGHTER_STEP 0.5

static double
round_to_step (double percent,
               double factor)
{
  return floor (percent * factor * 2.0 + 0.5 + ROUNDING_SLACK) / 2.0;
}

double
regimen_lighter_scale_percent (double percent,
                               double factor)
{
  double scaled = round_to_step (percent, factor);

  /* A load is never scaled away: 1.25 kg × 0.1 and 0.25 kg × 0.6 made
   * 0 kg, no load where the week had one, another prescription. It
   * keeps the smallest step, or its own load when that is lighter. */
  if (percent > 0 && scaled < LIGHTER_STEP)
    return MIN (percent, LIGHTER_STEP);

  return scaled;
}

gboolean
regimen_lighter_factor_valid (double factor)
{
  return factor >= REGIMEN_LIGHTER_FACTOR_MIN && factor <= REGIMEN_LIGHTER_FACTOR_MAX;
}

/**
 * regimen_lighter_scale_item:
 * @item: an item in no plan (a copy, or one about to be added)
 *
 * Scales @item as making its week lighter would; a warm-up item stays
 * as it is.
 */
void
regimen_lighter_scale_item (RegimenItem *item,
                            double       volume,
                            double       intensity)
{
  const RegimenInterval *interval;

  g_return_if_fail (REGIMEN_IS_ITEM (item));

  if (regimen_item_get_warm_up (item))
    return;

  if (regimen_item_get_sets (item) > 0)
    regimen_item_set_sets (item, regimen_lighter_scale_count (regimen_item_get_sets (item), volume));

  if (regimen_item_has_load_percent_1rm (item))
    regimen_item_set_load_percent_1rm (item,
                                       regimen_lighter_scale_percent (regimen_item_get_load_percent_1rm (item),
                                                                      intensity));

  /* A load in kg is intensity too, rounded like %1RM to 0.5 kg. */
  if (regimen_item_has_load_kg (item))
    regimen_item_set_load_kg (item, regimen_lighter_scale_percent (regimen_item_get_load_kg (item), intensity));

  interval = regimen_item_get_interval (item);
  if (interval != NULL)
    {
      g_autoptr(RegimenInterval) lighter = regimen_interval_copy (interval);

      lighter->rounds = regimen_lighter_scale_count (interval->rounds, volume);
      regimen_item_set_interval (item, lighter);
    }
}

/* @item scaled in the plan, one edit per member that changes, the
 * scaling itself being regimen_lighter_scale_item()'s. */
static void
lighten_item (RegimenPlan *self,
              RegimenItem *item,
              double       volume,
              double       intensity)
{
  g_autoptr(RegimenItem) scaled = regimen_item_copy (item);
  const RegimenInterval *interval = regimen_item_get_interval (item);

  regimen_lighter_scale_item (scaled, volume, intensity);

  if (regimen_item_get_sets (scaled) != regimen_item_get_sets (item))
    regimen_plan_edit_item_uint (self, item, REGIMEN_ITEM_FIELD_SETS, regimen_item_get_sets (scaled));

  if (regimen_item_get_load_percent_1rm (scaled) != regimen_item_get_load_percent_1rm (item))
    regimen_plan_edit_item_load_percent_1rm (self, item, regimen_item_get_load_percent_1rm (scaled));

  if (regimen_item_get_load_kg (scaled) != regimen_item_get_load_kg (item))
    regimen_plan_edit_item_load_kg (self, item, regimen_item_get_load_kg (scaled));

  if (interval != NULL && regimen_item_get_interval (scaled)->rounds != interval->rounds)
    regimen_plan_edit_item_interval (self, item, regimen_item_get_interval (scaled));
}

static void
lighten_session (RegimenPlan    *self,
                 RegimenSession *session,
                 double          volume,
                 double          intensity)
{
  guint n_items = regimen_session_get_n_items (session);

  regimen_plan_edit_session_rpe (self, session,
                                 regimen_lighter_scale_count (regimen_session_get_rpe (session), intensity));

  if (regimen_session_get_minutes (session) > 0)
    regimen_plan_edit_session_minutes (self, session,
                                       regimen_lighter_scale_count (regimen_session_get_minutes (session), volume));

  for (guint i = 0; i < n_items; i++)
    lighten_item (self, regimen_session_get_item (session, i), volume, intensity);
}

gboolean
regimen_plan_make_lighter_week (RegimenPlan  *self,
                                guint         week,
                                double        volume,
                                double        intensity,
                                gboolean      force,
                                GError      **error)
{
  RegimenWeek *w;
  g_auto(GValue) lighter = G_VALUE_INIT;
  g_auto(GValue) factor = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  w = regimen_plan_get_week (self, week);
  if (w == NULL || regimen_week_get_lighter (w) ||
      !regimen_lighter_factor_valid (volume) || !regimen_lighter_factor_valid (intensity))
    return FALSE;

  if (!check_not_logged (self, week, force, error))
    return FALSE;

  regimen_plan_begin_user_action (self, _("Make Lighter Week"));
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_get_day (w, d);
      guint n_sessions = regimen_day_get_n_sessions (day);

      for (guint s = 0; s < n_sessions; s++)
        lighten_session (self, regimen_day_get_session (day, s), volume, intensity);
    }

  g_value_init (&lighter, G_TYPE_BOOLEAN);
  g_value_set_boolean (&lighter, TRUE);
  regimen_plan_set_object_property (self, G_OBJECT (w), "lighter", &lighter, NULL);
  g_value_init (&factor, G_TYPE_DOUBLE);
  g_value_set_double (&factor, volume);
  regimen_plan_set_object_property (self, G_OBJECT (w), "lighter-volume", &factor, NULL);
  g_value_set_double (&factor, intensity);
  regimen_plan_set_object_property (self, G_OBJECT (w), "lighter-intensity", &factor, NULL);
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_add_lighter_weeks (RegimenPlan  *self,
                                guint         block,
                                guint         every,
                                double        volume,
                                double        intensity,
                                gboolean      force,
                                GError      **error)
{
  gboolean changed = FALSE;
  guint first;
  guint length;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (every < REGIMEN_LIGHTER_EVERY_MIN ||
      !regimen_lighter_factor_valid (volume) || !regimen_lighter_factor_valid (intensity) ||
      !regimen_plan_get_block_range (self, block, &first, &length))
    return FALSE;

  /* All or nothing: a trained week among them refuses the command. */
  for (guint i = every - 1; i < length; i += every)
    if (!regimen_week_get_lighter (regimen_plan_get_week (self, first + i)) &&
        !check_not_logged (self, first + i, force, error))
      return FALSE;

  regimen_plan_begin_user_action (self, _("Add Lighter Weeks"));
  for (guint i = every - 1; i < length; i += every)
    if (regimen_plan_make_lighter_week (self, first + i, volume, intensity, TRUE, NULL))
      changed = TRUE;
  regimen_plan_end_user_action (self);

  return changed;
}
