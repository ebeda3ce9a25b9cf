/* regimen-plan.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "regimen-acknowledgement.h"
#include "regimen-athlete.h"
#include "regimen-block.h"
#include "regimen-day.h"
#include "regimen-item.h"
#include "regimen-plan-types.h"
#include "regimen-session.h"
#include "regimen-week.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_PLAN (regimen_plan_get_type ())

G_DECLARE_FINAL_TYPE (RegimenPlan, regimen_plan, REGIMEN, PLAN, GObject)

/* A training plan: a title, an optional start date (a Monday), the athlete
 * it is for, and its weeks (a GListModel of RegimenWeek).
 *
 * Every change goes through the commands below. Each command is one step
 * of the undo history, emits "changed" once after the model is updated,
 * and makes the plan "modified" until regimen_plan_mark_saved(). The list
 * models emit precise items-changed signals: a move inside one list is a
 * single items-changed over the range it crosses.
 *
 * Sessions and items are named by the objects themselves, never by
 * position, so that a widget, a drop and a key binding take one path
 * (regimen_plan_move_item_to() and the others below). Weeks, which the
 * window shows one at a time by number, are named by their 0-based index
 * in the plan; G_MAXUINT when adding means "append", and the destination
 * of a week move is the index the week has afterwards. The getters below
 * take 0-based indices too: week, day of the week (0 = Monday … 6 =
 * Sunday), session in the day, item in the session. A command given an
 * index out of range, or an object that is not in the plan, returns FALSE
 * and changes nothing.
 *
 * Properties (all read-only): title, start-date (GDate, nullable),
 * athlete, modified, can-undo, can-redo, undo-description, redo-description. */

RegimenPlan     *regimen_plan_new                     (void);

const char      *regimen_plan_get_title               (RegimenPlan      *self);
const GDate     *regimen_plan_get_start_date          (RegimenPlan      *self);
RegimenAthlete  *regimen_plan_get_athlete             (RegimenPlan      *self);
GListModel      *regimen_plan_get_weeks               (RegimenPlan      *self);
guint            regimen_plan_get_n_weeks             (RegimenPlan      *self);
guint            regimen_plan_get_max_weeks           (RegimenPlan      *self);
char            *regimen_plan_describe_max_weeks      (const GDate      *start_date);
RegimenWeek     *regimen_plan_get_week                (RegimenPlan      *self,
                                                       guint             week);
/* Borrowed, for loops over a whole plan: see regimen_plan_peek_week() */
RegimenWeek     *regimen_plan_peek_week                (RegimenPlan      *self,
                                                       guint             week);
RegimenDay      *regimen_plan_get_day                 (RegimenPlan      *self,
                                                       guint             week,
                                                       guint             day);
RegimenSession  *regimen_plan_get_session             (RegimenPlan      *self,
                                                       guint             week,
                                                       guint             day,
                                                       guint             session);
RegimenItem     *regimen_plan_get_item                (RegimenPlan      *self,
                                                       guint             week,
                                                       guint             day,
                                                       guint             session,
                                                       guint             item);
JsonObject      *regimen_plan_get_extra               (RegimenPlan      *self);

/* The session or item with a persistent id (docs/plan-format.md). Ids
 * are unique in a plan: adding a session, item or week whose id is taken
 * gives it a new one; a copy (duplicating a week, pasting) has new ids. */
RegimenSession  *regimen_plan_find_session_by_id      (RegimenPlan      *self,
                                                       const char       *id);
RegimenItem     *regimen_plan_find_item_by_id         (RegimenPlan      *self,
                                                       const char       *id);
/* Whether @object, a week, session or item, is one of this plan's: what
 * a drag brings from another window's plan is not, and no command of
 * this plan can move it. */
gboolean         regimen_plan_holds                   (RegimenPlan      *self,
                                                       gpointer          object);

/* Plan commands. */
gboolean         regimen_plan_set_title               (RegimenPlan      *self,
                                                       const char       *title);
/* @start_date must be NULL (no date) or a valid Monday. */
gboolean         regimen_plan_set_start_date          (RegimenPlan      *self,
                                                       const GDate      *start_date);
gboolean         regimen_plan_set_athlete_level       (RegimenPlan      *self,
                                                       RegimenLevel      level);
gboolean         regimen_plan_set_athlete_life_stress (RegimenPlan      *self,
                                                       RegimenLifeStress stress);
gboolean         regimen_plan_set_athlete_baseline_weekly_load
                                                      (RegimenPlan      *self,
                                                       double            load);
/* REGIMEN_ATHLETE_NO_HIIT_LIMIT removes the athlete's own limit. */
gboolean         regimen_plan_set_athlete_max_hiit_per_week
                                                      (RegimenPlan      *self,
                                                       int               max_hiit);

/* Week commands. add takes a reference on @week, which must not be in a
 * plan. duplicate inserts a deep copy right after @week. */
gboolean         regimen_plan_add_week                (RegimenPlan      *self,
                                                       guint             position,
                                                       RegimenWeek      *week);
gboolean         regimen_plan_remove_week             (RegimenPlan      *self,
                                                       guint             week);
/* Moving a week that would bring a progression rule inside the weeks an
 * earlier week's rule writes into its session is refused (@error set,
 * REGIMEN_PLAN_BLOCKS_ERROR_RULES naming both rules; nothing changes). */
gboolean         regimen_plan_move_week               (RegimenPlan      *self,
                                                       guint             from_week,
                                                       guint             to_week,
                                                       GError          **error);
gboolean         regimen_plan_duplicate_week          (RegimenPlan      *self,
                                                       guint             week);
gboolean         regimen_plan_set_week_label          (RegimenPlan      *self,
                                                       guint             week,
                                                       const char       *label);
gboolean         regimen_plan_set_week_lighter        (RegimenPlan      *self,
                                                       guint             week,
                                                       gboolean          lighter);

/* The editable fields of an item, for regimen_plan_edit_item_*(). */
typedef enum
{
  REGIMEN_ITEM_FIELD_EXERCISE,          /* string, not empty */
  REGIMEN_ITEM_FIELD_SETS,              /* uint, 0 = none */
  REGIMEN_ITEM_FIELD_REPS,              /* uint, 0 = none */
  REGIMEN_ITEM_FIELD_HOLD_SECONDS,      /* uint, 0 = none */
  REGIMEN_ITEM_FIELD_PER_SIDE,          /* boolean */
  REGIMEN_ITEM_FIELD_TEMPO,             /* string or NULL */
  REGIMEN_ITEM_FIELD_REST_SECONDS,      /* uint, 0 = none */
  REGIMEN_ITEM_FIELD_LOAD_PERCENT_1RM,  /* double, REGIMEN_ITEM_NO_LOAD = none */
  REGIMEN_ITEM_FIELD_GROUP,             /* string or NULL */
  REGIMEN_ITEM_FIELD_NOTES,             /* string or NULL */
  REGIMEN_ITEM_FIELD_INTERVAL,          /* RegimenInterval or NULL */
  REGIMEN_ITEM_FIELD_WARM_UP,           /* boolean */
  REGIMEN_ITEM_FIELD_PROGRESSION,       /* RegimenProgression or NULL; the rule only,
                                         * regimen_plan_apply_progression() also
                                         * writes the weeks it fills */
  REGIMEN_ITEM_FIELD_LOAD_KG,           /* double, REGIMEN_ITEM_NO_LOAD = none */
  REGIMEN_ITEM_FIELD_NO_REST,           /* boolean: "rest_seconds": 0, straight on */
} RegimenItemField;

/* Session and item commands, on the objects wherever they are now. A slot
 * is a gap in the destination as it is now (0 before the first element, n
 * after the last, G_MAXUINT the end); a move to the gap just before or
 * after the moved thing itself changes nothing. Objects that are not in
 * this plan make the commands return FALSE.
 *
 * regimen_plan_edit_item() sets one field; @value must hold the field's
 * type (G_TYPE_STRING, G_TYPE_UINT, G_TYPE_BOOLEAN, G_TYPE_DOUBLE,
 * REGIMEN_TYPE_INTERVAL or REGIMEN_TYPE_PROGRESSION), and the typed helpers
 * are shorthands.
 * Consecutive edits of the same field of the same object (typing) merge
 * into one undo step until regimen_plan_seal_edit(), an undo/redo, a save
 * or any other command. */
gboolean         regimen_plan_add_session_to          (RegimenPlan      *self,
                                                       RegimenDay       *day,
                                                       guint             slot,
                                                       RegimenSession   *session);
gboolean         regimen_plan_delete_session          (RegimenPlan      *self,
                                                       RegimenSession   *session);
gboolean         regimen_plan_move_session_to         (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       RegimenDay       *day,
                                                       guint             slot);
gboolean         regimen_plan_edit_session_title      (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       const char       *title);
gboolean         regimen_plan_edit_session_kind       (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       RegimenSessionKind kind);
gboolean         regimen_plan_edit_session_rpe        (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       guint             rpe);
gboolean         regimen_plan_edit_session_minutes    (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       guint             minutes);
gboolean         regimen_plan_edit_session_time       (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       int               time);
gboolean         regimen_plan_add_item_to             (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       guint             slot,
                                                       RegimenItem      *item);
gboolean         regimen_plan_delete_item             (RegimenPlan      *self,
                                                       RegimenItem      *item);
gboolean         regimen_plan_move_item_to            (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       RegimenSession   *session,
                                                       guint             slot);
gboolean         regimen_plan_edit_item               (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       RegimenItemField  field,
                                                       const GValue     *value);
gboolean         regimen_plan_edit_item_string        (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       RegimenItemField  field,
                                                       const char       *value);
gboolean         regimen_plan_edit_item_uint          (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       RegimenItemField  field,
                                                       guint             value);
gboolean         regimen_plan_edit_item_per_side      (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       gboolean          per_side);
gboolean         regimen_plan_edit_item_load_percent_1rm
                                                      (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       double            percent);
gboolean         regimen_plan_edit_item_load_kg       (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       double            kg);
gboolean         regimen_plan_edit_item_interval      (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       const RegimenInterval *interval);

/* What was trained (docs/plan-format.md, "The log"): sets, replaces or,
 * with a NULL @log, clears the session's log; one undo step. */
gboolean         regimen_plan_log_session             (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       const RegimenSessionLog *log);

/* The keyboard's moves (Alt+Shift+arrows), one undo step each. */
typedef enum
{
  REGIMEN_SHIFT_UP,
  REGIMEN_SHIFT_DOWN,
  REGIMEN_SHIFT_EARLIER_DAY,
  REGIMEN_SHIFT_LATER_DAY,
  REGIMEN_N_SHIFTS
} RegimenShift;

gboolean         regimen_plan_shift_item              (RegimenPlan      *self,
                                                       RegimenItem      *item,
                                                       RegimenShift      shift);
gboolean         regimen_plan_shift_session           (RegimenPlan      *self,
                                                       RegimenSession   *session,
                                                       RegimenShift      shift);

/* Work in progress and accepted findings (docs/plan-format.md). */
gboolean         regimen_plan_get_draft               (RegimenPlan      *self);
void             regimen_plan_set_draft               (RegimenPlan      *self,
                                                       gboolean          draft);
GListModel      *regimen_plan_get_acknowledgements    (RegimenPlan      *self);
RegimenAcknowledgement *regimen_plan_find_acknowledgement (RegimenPlan  *self,
                                                       RegimenDiagnostic *diagnostic);
gboolean         regimen_plan_acknowledge             (RegimenPlan      *self,
                                                       RegimenDiagnostic *diagnostic,
                                                       const char       *reason);
gboolean         regimen_plan_withdraw_acknowledgement (RegimenPlan     *self,
                                                       const char       *finding);
guint            regimen_plan_count_open_errors       (RegimenPlan      *self,
                                                       GListModel       *diagnostics);

/* Several commands as one undo step (e.g. a drop that creates a session
 * and its first item); "changed" is emitted once, at the outermost end.
 * Calls nest; @description is shown as "Undo <description>". */
void             regimen_plan_begin_user_action       (RegimenPlan      *self,
                                                       const char       *description);
void             regimen_plan_end_user_action         (RegimenPlan      *self);

/* Ends the merging of consecutive edits (call when an entry loses focus). */
void             regimen_plan_seal_edit               (RegimenPlan      *self);

gboolean         regimen_plan_can_undo                (RegimenPlan      *self);
gboolean         regimen_plan_can_redo                (RegimenPlan      *self);
gboolean         regimen_plan_undo                    (RegimenPlan      *self);
gboolean         regimen_plan_redo                    (RegimenPlan      *self);
/* Translated descriptions of the next undo/redo step, or NULL. */
const char      *regimen_plan_get_undo_description    (RegimenPlan      *self);
const char      *regimen_plan_get_redo_description    (RegimenPlan      *self);

/* TRUE when the plan differs from its last saved (or loaded) state;
 * undoing back to that state clears it again. */
gboolean         regimen_plan_get_modified            (RegimenPlan      *self);
void             regimen_plan_mark_saved              (RegimenPlan      *self);

G_END_DECLS
