/* regimen-history.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-history"

#include "config.h"

#include "regimen-history.h"

typedef enum
{
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_MOVE,
  COMMAND_GROUP,
} CommandKind;

struct _RegimenCommand
{
  CommandKind  kind;
  char        *description;
  guint64      serial;

  /* COMMAND_SET */
  GObject     *target;
  const char  *property;
  GValue       old_value;
  GValue       new_value;

  /* COMMAND_INSERT, COMMAND_REMOVE; the source of COMMAND_MOVE */
  GListStore  *store;
  guint        position;
  GObject     *object;

  /* COMMAND_MOVE */
  GListStore  *to_store;
  guint        to_position;

  /* COMMAND_GROUP */
  GPtrArray   *children;
};

struct _RegimenHistory
{
  RegimenHistorySetFunc  set_func;
  gpointer               set_data;

  /* Applied commands, oldest first, and undone ones, most recent last. */
  GPtrArray             *undo_stack;
  GPtrArray             *redo_stack;

  /* Open groups, innermost last. */
  GPtrArray             *groups;

  guint64                last_serial;
  guint                  merge_open : 1;
};

static void
regimen_command_free (RegimenCommand *command)
{
  g_clear_pointer (&command->description, g_free);
  g_clear_object (&command->target);
  if (G_IS_VALUE (&command->old_value))
    g_value_unset (&command->old_value);
  if (G_IS_VALUE (&command->new_value))
    g_value_unset (&command->new_value);
  g_clear_object (&command->store);
  g_clear_object (&command->object);
  g_clear_object (&command->to_store);
  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_free (command);
}

static RegimenCommand *
command_new (CommandKind  kind,
             const char  *description)
{
  RegimenCommand *command = g_new0 (RegimenCommand, 1);

  command->kind = kind;
  command->description = g_strdup (description);

  return command;
}

RegimenCommand *
regimen_command_new_set (GObject      *target,
                         const char   *property,
                         const GValue *old_value,
                         const GValue *new_value,
                         const char   *description)
{
  RegimenCommand *command = command_new (COMMAND_SET, description);

  command->target = target != NULL ? g_object_ref (target) : NULL;
  command->property = g_intern_string (property);
  g_value_init (&command->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &command->old_value);
  g_value_init (&command->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &command->new_value);

  return command;
}

RegimenCommand *
regimen_command_new_insert (GListStore *store,
                            guint       position,
                            gpointer    object,
                            const char *description)
{
  RegimenCommand *command = command_new (COMMAND_INSERT, description);

  command->store = g_object_ref (store);
  command->position = position;
  command->object = g_object_ref (object);

  return command;
}

RegimenCommand *
regimen_command_new_remove (GListStore *store,
                            guint       position,
                            const char *description)
{
  RegimenCommand *command = command_new (COMMAND_REMOVE, description);

  command->store = g_object_ref (store);
  command->position = position;
  command->object = g_list_model_get_item (G_LIST_MODEL (store), position);
  g_assert (command->object != NULL);

  return command;
}

RegimenCommand *
regimen_command_new_move (GListStore *from_store,
                          guint       from_position,
                          GListStore *to_store,
                          guint       to_position,
                          const char *description)
{
  RegimenCommand *command = command_new (COMMAND_MOVE, description);

  command->store = g_object_ref (from_store);
  command->position = from_position;
  command->to_store = g_object_ref (to_store);
  command->to_position = to_position;
  command->object = g_list_model_get_item (G_LIST_MODEL (from_store), from_position);
  g_assert (command->object != NULL);

  return command;
}

/* Within one list a move is a single splice over the range it crosses, so
 * views see one precise items-changed instead of a removal and an insertion. */
static void
move_object (GListStore *from_store,
             guint       from_position,
             GListStore *to_store,
             guint       to_position)
{
  g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (from_store), from_position);

  g_assert (object != NULL);

  if (from_store == to_store)
    {
      guint first = MIN (from_position, to_position);
      guint last = MAX (from_position, to_position);
      guint n = last - first + 1;
      g_autofree gpointer *objects = g_new (gpointer, n);

      if (from_position == to_position)
        return;

      for (guint i = 0; i < n; i++)
        {
          guint source;

          if (first + i == to_position)
            source = from_position;
          else if (from_position < to_position)
            source = first + i + 1;
          else
            source = first + i - 1;

          objects[i] = g_list_model_get_item (G_LIST_MODEL (from_store), source);
        }

      g_list_store_splice (from_store, first, n, objects, n);

      for (guint i = 0; i < n; i++)
        g_object_unref (objects[i]);

      return;
    }

  g_list_store_remove (from_store, from_position);
  g_list_store_insert (to_store, to_position, object);
}

static void
command_apply (RegimenHistory *self,
               RegimenCommand *command,
               gboolean        forward)
{
  switch (command->kind)
    {
    case COMMAND_SET:
      self->set_func (command->target, command->property,
                      forward ? &command->new_value : &command->old_value,
                      self->set_data);
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      if (forward == (command->kind == COMMAND_INSERT))
        g_list_store_insert (command->store, command->position, command->object);
      else
        g_list_store_remove (command->store, command->position);
      break;

    case COMMAND_MOVE:
      if (forward)
        move_object (command->store, command->position, command->to_store, command->to_position);
      else
        move_object (command->to_store, command->to_position, command->store, command->position);
      break;

    case COMMAND_GROUP:
      if (forward)
        {
          for (guint i = 0; i < command->children->len; i++)
            command_apply (self, g_ptr_array_index (command->children, i), TRUE);
        }
      else
        {
          for (guint i = command->children->len; i > 0; i--)
            command_apply (self, g_ptr_array_index (command->children, i - 1), FALSE);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

RegimenHistory *
regimen_history_new (RegimenHistorySetFunc set_func,
                     gpointer              user_data)
{
  RegimenHistory *self = g_new0 (RegimenHistory, 1);

  self->set_func = set_func;
  self->set_data = user_data;
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) regimen_command_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) regimen_command_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) regimen_command_free);

  return self;
}

void
regimen_history_free (RegimenHistory *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_free (self);
}

static RegimenCommand *
top_command (GPtrArray *stack)
{
  if (stack->len == 0)
    return NULL;

  return g_ptr_array_index (stack, stack->len - 1);
}

static void
push_command (RegimenHistory *self,
              RegimenCommand *command)
{
  command->serial = ++self->last_serial;
  g_ptr_array_add (self->undo_stack, command);
  g_ptr_array_set_size (self->redo_stack, 0);
}

void
regimen_history_run (RegimenHistory *self,
                     RegimenCommand *command)
{
  RegimenCommand *top;

  g_return_if_fail (self != NULL);
  g_return_if_fail (command != NULL);

  command_apply (self, command, TRUE);

  if (self->groups->len > 0)
    {
      RegimenCommand *group = top_command (self->groups);

      g_ptr_array_add (group->children, command);
      return;
    }

  top = top_command (self->undo_stack);
  if (self->merge_open && command->kind == COMMAND_SET &&
      top != NULL && top->kind == COMMAND_SET &&
      top->target == command->target && top->property == command->property)
    {
      g_value_copy (&command->new_value, &top->new_value);
      regimen_command_free (command);
      return;
    }

  push_command (self, command);
  self->merge_open = command->kind == COMMAND_SET;
}

void
regimen_history_begin_group (RegimenHistory *self,
                             const char     *description)
{
  RegimenCommand *group;

  g_return_if_fail (self != NULL);

  group = command_new (COMMAND_GROUP, description);
  group->children = g_ptr_array_new_with_free_func ((GDestroyNotify) regimen_command_free);
  g_ptr_array_add (self->groups, group);
  self->merge_open = FALSE;
}

gboolean
regimen_history_end_group (RegimenHistory *self)
{
  RegimenCommand *group;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->groups->len > 0, FALSE);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);

  if (self->groups->len > 0)
    {
      RegimenCommand *outer = top_command (self->groups);

      if (group->children->len > 0)
        g_ptr_array_add (outer->children, group);
      else
        regimen_command_free (group);

      return FALSE;
    }

  if (group->children->len > 0)
    push_command (self, group);
  else
    regimen_command_free (group);

  self->merge_open = FALSE;

  return TRUE;
}

gboolean
regimen_history_cancel_group (RegimenHistory *self)
{
  RegimenCommand *group;
  gboolean undone;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->groups->len > 0, FALSE);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  undone = group->children->len > 0;
  command_apply (self, group, FALSE);
  regimen_command_free (group);

  return undone;
}

gboolean
regimen_history_in_group (RegimenHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->groups->len > 0;
}

void
regimen_history_seal (RegimenHistory *self)
{
  g_return_if_fail (self != NULL);
  self->merge_open = FALSE;
}

gboolean
regimen_history_can_undo (RegimenHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->undo_stack->len > 0 && self->groups->len == 0;
}

gboolean
regimen_history_can_redo (RegimenHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->redo_stack->len > 0 && self->groups->len == 0;
}

gboolean
regimen_history_undo (RegimenHistory *self)
{
  RegimenCommand *command;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!regimen_history_can_undo (self))
    return FALSE;

  command = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  command_apply (self, command, FALSE);
  g_ptr_array_add (self->redo_stack, command);
  self->merge_open = FALSE;

  return TRUE;
}

gboolean
regimen_history_redo (RegimenHistory *self)
{
  RegimenCommand *command;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!regimen_history_can_redo (self))
    return FALSE;

  command = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  command_apply (self, command, TRUE);
  g_ptr_array_add (self->undo_stack, command);
  self->merge_open = FALSE;

  return TRUE;
}

const char *
regimen_history_undo_description (RegimenHistory *self)
{
  RegimenCommand *top;

  g_return_val_if_fail (self != NULL, NULL);

  top = top_command (self->undo_stack);
  return top != NULL ? top->description : NULL;
}

const char *
regimen_history_redo_description (RegimenHistory *self)
{
  RegimenCommand *top;

  g_return_val_if_fail (self != NULL, NULL);

  top = top_command (self->redo_stack);
  return top != NULL ? top->description : NULL;
}

guint64
regimen_history_get_state (RegimenHistory *self)
{
  RegimenCommand *top;

  g_return_val_if_fail (self != NULL, 0);

  top = top_command (self->undo_stack);
  return top != NULL ? top->serial : 0;
}
