/* regimen-plan-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-history.h"
#include "regimen-plan.h"
#include "regimen-store-mirror.h"

G_BEGIN_DECLS

/* Shared by the model classes, the reader and the writer; not installed. */

void         regimen_item_take_extra            (RegimenItem    *self,
                                                 JsonObject     *extra);
void         regimen_session_take_extra         (RegimenSession *self,
                                                 JsonObject     *extra);
void         regimen_day_take_extra             (RegimenDay     *self,
                                                 JsonObject     *extra);
void         regimen_week_take_extra            (RegimenWeek    *self,
                                                 JsonObject     *extra);
void         regimen_athlete_take_extra         (RegimenAthlete *self,
                                                 JsonObject     *extra);
void         regimen_plan_take_extra            (RegimenPlan    *self,
                                                 JsonObject     *extra);

/* What the reader read of an item, put into it at once by
 * regimen_item_new_read(): the values as the setters would take them
 * (rest_seconds G_MAXUINT when not given, 0 for "no rest"); the strings
 * are copied, the interval, the progression and the extra taken; @id
 * may be NULL, then the reader sets one later. */
typedef struct
{
  const char         *id;
  const char         *exercise;
  const char         *tempo;
  const char         *group;
  const char         *notes;
  const char         *progressed_from;
  RegimenInterval    *interval;
  RegimenProgression *progression;
  JsonObject         *extra;
  double              load_percent_1rm;
  double              load_kg;
  guint               sets;
  guint               reps;
  guint               hold_seconds;
  guint               rest_seconds;
  gboolean            per_side;
  gboolean            warm_up;
} RegimenItemRead;

RegimenItem *regimen_item_new_read              (RegimenItemRead *read);

/* The fields of an item that the check reads, as the getters give them
 * (regimen_item_has_load_percent_1rm() is load_percent_1rm >= 0): code
 * that reads every item of a plan reads them here, without a getter's
 * type check at each field (a million of them in a check of 520 weeks).
 * Read-only; the item's own, valid while it lives and does not change. */
typedef struct
{
  /* An interned GRefString: the items of one exercise share it, so the
   * check looks an exercise up once by its address. */
  char            *exercise;
  char            *tempo;
  RegimenInterval *interval;
  /* The item's rule, for the check of whether it fits. */
  RegimenProgression *progression;
  double           load_percent_1rm;
  double           load_kg;
  guint            sets;
  guint            reps;
  guint            hold_seconds;
  guint            rest_seconds;
  guint            per_side : 1;
  guint            warm_up : 1;
  guint            no_rest : 1;
} RegimenItemFields;

/* Checks nothing: for an item the caller holds. */
const RegimenItemFields *regimen_item_peek_fields (RegimenItem *self);
/* A session as the reader makes it; @id may be NULL, then the reader
 * sets one later. */
RegimenSession *regimen_session_new_read        (const char         *id,
                                                 RegimenSessionKind  kind,
                                                 const char         *title,
                                                 guint               rpe,
                                                 guint               minutes,
                                                 int                 time);

/* Ids are set by the reader, and renewed where they would repeat. */
void         regimen_session_set_id             (RegimenSession *self,
                                                 const char     *id);
void         regimen_item_set_id                (RegimenItem    *self,
                                                 const char     *id);
gboolean     regimen_session_get_id_fresh       (RegimenSession *self);
gboolean     regimen_item_get_id_fresh          (RegimenItem    *self);
void         regimen_plan_mark_id_made          (GObject        *object);
gboolean     regimen_plan_id_was_made           (GObject        *object);

RegimenDay  *regimen_day_new                    (guint           weekday);
RegimenDay  *regimen_day_copy                   (RegimenDay     *self,
                                                 guint           weekday);

/* The object's revision (regimen_revision_next()): equal while nothing
 * of it or below it changed. */
guint64      regimen_item_get_revision          (RegimenItem    *self);
guint64      regimen_session_get_revision       (RegimenSession *self);
guint64      regimen_day_get_revision           (RegimenDay     *self);
guint64      regimen_week_get_revision          (RegimenWeek    *self);
/* The number of days, without making the week's store (which a view
 * asks for with regimen_week_get_days()). */
guint        regimen_week_get_n_days            (RegimenWeek    *self);
/* The object's place in the plan's tree (regimen-store-mirror.h). */
RegimenNode *regimen_item_get_node              (RegimenItem    *self);
RegimenNode *regimen_session_get_node           (RegimenSession *self);
RegimenNode *regimen_day_get_node               (RegimenDay     *self);
RegimenNode *regimen_week_get_node              (RegimenWeek    *self);

JsonObject  *regimen_json_object_copy           (JsonObject     *object);

/* For the reader: fills a new plan without recording history. */
void         regimen_plan_load_title            (RegimenPlan    *self,
                                                 const char     *title);
void         regimen_plan_load_start_date       (RegimenPlan    *self,
                                                 const GDate    *start_date);
void         regimen_plan_load_athlete          (RegimenPlan    *self,
                                                 RegimenAthlete *athlete);
void         regimen_plan_load_week             (RegimenPlan    *self,
                                                 RegimenWeek    *week);
void         regimen_plan_load_weeks            (RegimenPlan    *self,
                                                 RegimenWeek   **weeks,
                                                 guint           n_weeks);
/* The reader's lists, appended at once: one change of each list. */
void         regimen_session_append_items       (RegimenSession *self,
                                                 RegimenItem   **items,
                                                 guint           n_items);
void         regimen_day_append_sessions        (RegimenDay     *self,
                                                 RegimenSession **sessions,
                                                 guint           n_sessions);
void         regimen_plan_load_acknowledgement  (RegimenPlan    *self,
                                                 RegimenAcknowledgement *acknowledgement);
void         regimen_plan_load_draft            (RegimenPlan    *self,
                                                 gboolean        draft);
void         regimen_plan_load_block            (RegimenPlan    *self,
                                                 RegimenBlock   *block);

/* For the block and week commands (regimen-plan-blocks.c): the plan's
 * stores, its command runner, a property change as a command, and ids
 * made unique for a week or session about to join the plan. */
GListStore  *regimen_plan_get_week_store        (RegimenPlan    *self);
GListStore  *regimen_plan_get_block_store       (RegimenPlan    *self);
void         regimen_plan_run_command           (RegimenPlan    *self,
                                                 RegimenCommand *command);
gboolean     regimen_plan_set_object_property   (RegimenPlan    *self,
                                                 GObject        *target,
                                                 const char     *property,
                                                 const GValue   *value,
                                                 const char     *description);
void         regimen_plan_claim_ids             (RegimenPlan    *self,
                                                 GObject        *object);
/* Links @copies (regimen_week_copy() of @originals, in order) to their own
 * rules: an item a rule wrote links to the copy of the rule's item when
 * that was copied with it, else to none (regimen-progression.c). */
void         regimen_plan_relink_copied_weeks   (RegimenWeek   **originals,
                                                 RegimenWeek   **copies,
                                                 guint           n_weeks);
/* Links the copies in @copy of a rule's exercise to that rule when
 * @target, the week @copy becomes, is one the rule writes, and takes a
 * copy's rule away where it would overlap another rule's exercise in a
 * later week: the plan's weeks from @next_week on, not replaced by the
 * copy or copies, @shift weeks further on once they are in (a
 * duplicate's 1) (regimen-progression.c). */
void         regimen_plan_link_copied_week_to_rules (RegimenPlan *plan,
                                                     RegimenWeek *original,
                                                     RegimenWeek *copy,
                                                     guint        target,
                                                     guint        block_week,
                                                     guint        next_week,
                                                     guint        shift);

/* Blocks follow a week inserted at @position or about to be removed at
 * @week (docs/plan-format.md, "Blocks"); called inside a user action. */
void         regimen_plan_blocks_week_inserted  (RegimenPlan    *self,
                                                 guint           position);
void         regimen_plan_blocks_week_removed   (RegimenPlan    *self,
                                                 guint           week);
/* Moves the only week of a one-week block, keeping the block; FALSE when
 * @from_week is not such a week (the caller moves it as any other). */
gboolean     regimen_plan_blocks_move_lone_week (RegimenPlan    *self,
                                                 guint           from_week,
                                                 guint           to_week);

/* Where an object of this plan sits; FALSE when it is not in the plan.
 * Any of the out arguments may be NULL. For the object-based commands,
 * which find their objects themselves, and for tests. */
gboolean     regimen_plan_find_session          (RegimenPlan    *self,
                                                 RegimenSession *session,
                                                 guint          *week,
                                                 guint          *day,
                                                 guint          *position);
gboolean     regimen_plan_find_item             (RegimenPlan    *self,
                                                 RegimenItem    *item,
                                                 guint          *week,
                                                 guint          *day,
                                                 guint          *session,
                                                 guint          *position);

/* Gives every session and item a new id, outside the history: for a plan
 * made from a template, so that two plans from one template do not share
 * ids (and calendar UIDs). Items a progression rule wrote keep their link
 * to their source ("progressed_from"). */
void         regimen_plan_renew_ids             (RegimenPlan    *self);

/* Ends a user action that failed part-way: what it did is taken back
 * and kept neither for undo nor for redo, the history as before it. */
void         regimen_plan_cancel_user_action    (RegimenPlan    *self);

/* For the writer: a token for the current state, and marking that state
 * saved once the save finished (edits may have happened meanwhile). */
guint64      regimen_plan_begin_save            (RegimenPlan    *self);
void         regimen_plan_mark_saved_state      (RegimenPlan    *self,
                                                 guint64         state);
/* The file holds none of the plan's states (another program's version,
 * kept over): modified, whatever undo and redo reach, until a save. */
void         regimen_plan_mark_no_state_saved   (RegimenPlan    *self);

/* @node as JSON text, written as the writer writes other tools' members
 * of a plan: its numbers in their shortest form (json-glib 1.6's
 * generator writes 1e20 as “1e+20.0”, which no JSON reader takes, and
 * 0.7 as “0.69999999999999996”), strings escaped as the plan's are
 * (regimen-plan-writer.c). */
char        *regimen_json_node_to_data          (JsonNode       *node,
                                                 gsize          *length);

/* A plan made from @text, a template's JSON, as
 * regimen_template_instantiate() makes it: its words translated, titled
 * @title, with new ids, no history and nothing to save
 * (regimen-templates.c). */
RegimenPlan *regimen_template_plan_from_bytes   (GBytes         *text,
                                                 const char     *title,
                                                 GError        **error);

/* For the tests: how many texts of whole plans the writer wrote, measured
 * or not (regimen-plan-writer.c). */
guint        regimen_plan_writer_get_n_plans_written (void);

/* In the plan writer: also the custom exercise file writes such a
 * character as an escape. */
gunichar     regimen_json_unsafe_char_at        (const char     *p);

G_END_DECLS
