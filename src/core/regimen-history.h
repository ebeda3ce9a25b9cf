/* regimen-history.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The undo/redo stack behind RegimenPlan's commands. Internal to the core:
 * the application reaches it only through the regimen_plan_*() API. */

typedef struct _RegimenHistory RegimenHistory;
typedef struct _RegimenCommand RegimenCommand;

/* Sets @property of @target to @value without recording anything. A NULL
 * @target stands for the history's owner, which commands must not
 * reference (the owner holds the history: that would be a cycle). */
typedef void (*RegimenHistorySetFunc) (GObject      *target,
                                       const char   *property,
                                       const GValue *value,
                                       gpointer      user_data);

RegimenHistory *regimen_history_new               (RegimenHistorySetFunc  set_func,
                                                   gpointer               user_data);
void            regimen_history_free              (RegimenHistory        *self);

RegimenCommand *regimen_command_new_set           (GObject               *target,
                                                   const char            *property,
                                                   const GValue          *old_value,
                                                   const GValue          *new_value,
                                                   const char            *description);
RegimenCommand *regimen_command_new_insert        (GListStore            *store,
                                                   guint                  position,
                                                   gpointer               object,
                                                   const char            *description);
RegimenCommand *regimen_command_new_remove        (GListStore            *store,
                                                   guint                  position,
                                                   const char            *description);
RegimenCommand *regimen_command_new_move          (GListStore            *from_store,
                                                   guint                  from_position,
                                                   GListStore            *to_store,
                                                   guint                  to_position,
                                                   const char            *description);

/* Applies @command and records it (taking ownership). A property change
 * merges into the previous step when it changes the same property of the
 * same object and nothing sealed the history since. */
void            regimen_history_run               (RegimenHistory        *self,
                                                   RegimenCommand        *command);
void            regimen_history_begin_group       (RegimenHistory        *self,
                                                   const char            *description);
/* Returns TRUE when the outermost group ended. */
gboolean        regimen_history_end_group         (RegimenHistory        *self);
/* Ends the innermost group by taking back what ran in it, recorded
 * nowhere: neither undo nor redo offers it, and the redo steps there
 * were stay. Returns TRUE when anything was taken back. */
gboolean        regimen_history_cancel_group      (RegimenHistory        *self);
gboolean        regimen_history_in_group          (RegimenHistory        *self);
void            regimen_history_seal              (RegimenHistory        *self);

gboolean        regimen_history_can_undo          (RegimenHistory        *self);
gboolean        regimen_history_can_redo          (RegimenHistory        *self);
gboolean        regimen_history_undo              (RegimenHistory        *self);
gboolean        regimen_history_redo              (RegimenHistory        *self);
const char     *regimen_history_undo_description  (RegimenHistory        *self);
const char     *regimen_history_redo_description  (RegimenHistory        *self);

/* A token for the current state: equal tokens mean the same state. */
guint64         regimen_history_get_state         (RegimenHistory        *self);

G_END_DECLS
