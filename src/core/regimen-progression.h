/* regimen-progression.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "regimen-log.h"

G_BEGIN_DECLS

typedef struct _RegimenLibrary RegimenLibrary;
typedef struct _RegimenPlan RegimenPlan;
typedef struct _RegimenItem RegimenItem;

#define REGIMEN_PROGRESSION_ERROR (regimen_progression_error_quark ())

typedef enum
{
  REGIMEN_PROGRESSION_ERROR_INVALID,    /* the rule does not fit the item */
  REGIMEN_PROGRESSION_ERROR_NOT_IN_PLAN,
  REGIMEN_PROGRESSION_ERROR_FULL,       /* a week, day or session limit */
  REGIMEN_PROGRESSION_ERROR_LOGGED,     /* it would change a logged session */
} RegimenProgressionError;

GQuark regimen_progression_error_quark (void);

/* How an item progresses from week to week ("progression" in the file,
 * docs/plan-format.md). */
typedef enum
{
  REGIMEN_PROGRESSION_ADD,      /* "add": step each week, up to a cap */
  REGIMEN_PROGRESSION_CHAIN,    /* "chain": the next stage every N weeks */
  REGIMEN_PROGRESSION_REPEAT,   /* "repeat": the same each week */
  REGIMEN_N_PROGRESSION_RULES
} RegimenProgressionRule;

/* What an "add" rule steps; named as the item's member in the file. */
typedef enum
{
  REGIMEN_PROGRESSION_LOAD,     /* "load_percent_1rm" */
  REGIMEN_PROGRESSION_SETS,     /* "sets" */
  REGIMEN_PROGRESSION_REPS,     /* "reps" */
  REGIMEN_PROGRESSION_HOLD,     /* "hold_seconds" */
  REGIMEN_PROGRESSION_ROUNDS,   /* "rounds" (of the interval) */
  REGIMEN_PROGRESSION_LOAD_KG,  /* "load_kg" */
  REGIMEN_N_PROGRESSION_QUANTITIES
} RegimenProgressionQuantity;

/* Limits of the file's members. */
#define REGIMEN_PROGRESSION_WEEKS_MIN 2
#define REGIMEN_PROGRESSION_WEEKS_MAX 52
#define REGIMEN_PROGRESSION_STAGE_WEEKS_MAX 52
/* The least step of load_kg: the least load a text shows (“0.01 kg”,
 * regimen_load_format()); a smaller one was said “add 0 kg”. */
#define REGIMEN_PROGRESSION_LOAD_KG_STEP_MIN 0.01
/* The least step of any member: six decimals, as many as a rule is said
 * back with and `progress --add` takes; a file's 1e-310 was taken. */
#define REGIMEN_PROGRESSION_STEP_MIN 0.000001
/* What a new rule starts from: four weeks outside a block (in one, the
 * rest of the block), and three weeks a stage of a chain (the seeds'
 * 3–4 weeks a stage). */
#define REGIMEN_PROGRESSION_DEFAULT_WEEKS 4
#define REGIMEN_PROGRESSION_DEFAULT_STAGE_WEEKS 3

/* @weeks counts the source item's own week: a 4-week rule fills the 3
 * weeks after it. @step and @cap are for "add" (@cap 0: none);
 * @stage_weeks for "chain". @extra holds unknown members or is NULL. */
typedef struct
{
  RegimenProgressionRule     rule;
  RegimenProgressionQuantity quantity;
  double                     step;
  double                     cap;
  guint                      stage_weeks;
  guint                      weeks;
  JsonObject                *extra;
} RegimenProgression;

#define REGIMEN_TYPE_PROGRESSION (regimen_progression_get_type ())

GType               regimen_progression_get_type   (void) G_GNUC_CONST;
RegimenProgression *regimen_progression_new        (RegimenProgressionRule     rule,
                                                    guint                      weeks);
RegimenProgression *regimen_progression_copy       (const RegimenProgression  *progression);
void                regimen_progression_free       (RegimenProgression        *progression);
gboolean            regimen_progression_equal      (const RegimenProgression  *a,
                                                    const RegimenProgression  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenProgression, regimen_progression_free)

const char *regimen_progression_rule_to_string      (RegimenProgressionRule      rule);
gboolean    regimen_progression_rule_from_string    (const char                 *text,
                                                     RegimenProgressionRule     *rule);
const char *regimen_progression_quantity_to_string  (RegimenProgressionQuantity  quantity);
gboolean    regimen_progression_quantity_from_string (const char                *text,
                                                     RegimenProgressionQuantity *quantity);
/* The range of a step or cap of @quantity, and whether it is whole. */
void        regimen_progression_quantity_range      (RegimenProgressionQuantity  quantity,
                                                     double                     *min,
                                                     double                     *max,
                                                     gboolean                   *whole);

/* The step a new rule on @quantity starts from, and the weeks a new rule
 * on @item covers (the rest of its block, or
 * REGIMEN_PROGRESSION_DEFAULT_WEEKS outside one). */
double      regimen_progression_default_step        (RegimenProgressionQuantity  quantity);
guint       regimen_progression_default_weeks       (RegimenPlan                *plan,
                                                     RegimenItem                *item);

/* A translated one-line description: "add 2.5 % 1RM each week up to
 * 70 % 1RM, for 4 weeks"; a step in kg shown in @unit. */
char       *regimen_progression_describe            (const RegimenProgression   *progression);
char       *regimen_progression_describe_in         (const RegimenProgression   *progression,
                                                     RegimenLoadUnit             unit);

/* The value of the stepped quantity in week @offset after the source
 * (0: the source's own value @start): start + offset × step, never past
 * the cap. */
double      regimen_progression_step_value          (const RegimenProgression   *progression,
                                                     double                      start,
                                                     guint                       offset);

/* Whether @progression can be applied to @source: FALSE and @error
 * saying why when it does not fit (an "add" of something the item does
 * not have, a cap below its value, a chain from an exercise with no next
 * stage), as a rule read from a file or kept through an edit may not. */
gboolean    regimen_progression_check_fits          (const RegimenProgression   *progression,
                                                     RegimenItem                *source,
                                                     RegimenLibrary             *library,
                                                     GError                    **error);
/* The same, a load in kilograms said in @unit (the unit a rule was
 * typed in). */
gboolean    regimen_progression_check_fits_in       (const RegimenProgression   *progression,
                                                     RegimenItem                *source,
                                                     RegimenLibrary             *library,
                                                     RegimenLoadUnit             unit,
                                                     GError                    **error);

/* The item as @progression prescribes it @offset weeks after @source
 * (1 … weeks − 1): a copy without the rule, linked to @source
 * ("progressed_from"). A chain rule follows @library's next stages and
 * stays at the chain's last stage. NULL and @error when the rule does
 * not fit the item (an "add" of something the item does not have, a cap
 * below its value, a chain from an exercise with no next stage). */
RegimenItem *regimen_progression_prescribe          (const RegimenProgression   *progression,
                                                     RegimenItem                *source,
                                                     guint                       offset,
                                                     RegimenLibrary             *library,
                                                     GError                    **error);

/* Sets @item's rule, or with NULL removes it, and (re)writes the items it
 * generates in the following weeks: those linked to @item are replaced
 * (keeping their place and id), missing ones are added to the same day,
 * in the first session of the same kind and title or a new one like
 * @item's. In a block the rule stops at the block's last week; outside
 * blocks the weeks the plan lacks are added. One undo step. @library
 * NULL means the default library. An item generated by another's rule
 * takes no rule of its own (its source would replace it). */
gboolean    regimen_plan_apply_progression          (RegimenPlan                *plan,
                                                     RegimenItem                *item,
                                                     const RegimenProgression   *progression,
                                                     RegimenLibrary             *library,
                                                     GError                    **error);

/* Why @progression on @item writes fewer weeks than it is given, said as
 * a person reads it after how many it wrote: “block “Base” ends at week
 * 3” (the rule stops at its block's end); NULL when it writes them all,
 * or @item is not in @plan. */
char       *regimen_plan_describe_progression_cut   (RegimenPlan                *plan,
                                                     RegimenItem                *item,
                                                     const RegimenProgression   *progression);

/* Whether an exercise in @plan's week @week can take a progression rule:
 * not in its block's last week, where a rule has no week to write (it
 * stops at the block's end). regimen_plan_apply_progression() refuses a
 * rule there by this answer, and the item editor makes its rule's
 * controls insensitive by it, so the two never disagree. When it cannot,
 * @why (if not NULL) is set to the reason as a person reads it beside
 * the rule: “Block “Base” ends with this week, so a rule has no week to
 * write.” */
gboolean    regimen_plan_week_takes_progression     (RegimenPlan                *plan,
                                                     guint                       week,
                                                     char                      **why);

/* Whether @item, in @plan's week @week, can take a progression rule of
 * its own: not when an earlier week's rule wrote it, where applying one
 * would replace it, rule and all. regimen_plan_apply_progression()
 * refuses a rule there by this answer, and the item editor makes its
 * rule's controls insensitive by it. When it cannot, @why (if not NULL)
 * is set to the reason beside the rule: “Week 1’s rule writes this
 * exercise; change the rule there.” */
gboolean    regimen_plan_item_takes_progression     (RegimenPlan                *plan,
                                                     RegimenItem                *item,
                                                     guint                       week,
                                                     char                      **why);

/* Refuses, with REGIMEN_PROGRESSION_ERROR_LOGGED naming the first week,
 * a regimen_plan_apply_progression() that would add, replace or remove an
 * exercise of a logged session: a trained week keeps what it was trained
 * against unless the caller asks (`regimen-cli progress --force`). A rule
 * that cannot be applied at all passes here; applying it says why. */
gboolean    regimen_plan_check_progression_not_logged (RegimenPlan              *plan,
                                                       RegimenItem              *item,
                                                       const RegimenProgression *progression,
                                                       RegimenLibrary           *library,
                                                       GError                  **error);

/* The items of @item's exercise in @item's week that may take a rule
 * (none an earlier week's rule wrote), @item among them, in plan order. */
GPtrArray  *regimen_plan_find_items_of_exercise_in_week (RegimenPlan *plan,
                                                         RegimenItem *item);

/* regimen_plan_apply_progression() on every item
 * regimen_plan_find_items_of_exercise_in_week() gives: the same rule for
 * the exercise on each of its days of the week, each item progressing
 * from its own prescription. All or nothing, one undo step; an error
 * names the day whose item the rule does not fit. @n_items: how many
 * items took the rule. */
gboolean    regimen_plan_apply_progression_to_week  (RegimenPlan                *plan,
                                                     RegimenItem                *item,
                                                     const RegimenProgression   *progression,
                                                     RegimenLibrary             *library,
                                                     guint                      *n_items,
                                                     GError                    **error);

/* The week of @plan's item with @id, or -1 when it has none. */
int         regimen_plan_find_week_of_item_id       (RegimenPlan                *plan,
                                                     const char                 *id);

/* Whether @item, in @plan's week @week, is one the rule of an item of an
 * earlier week wrote (its "progressed_from" names that item): that rule
 * owns it, and a rule of its own is refused. */
gboolean    regimen_plan_item_is_written_by_rule    (RegimenPlan                *plan,
                                                     RegimenItem                *item,
                                                     guint                       week);

/* The rule items of @plan inside the weeks an earlier week's rule writes
 * into their session, those regimen_progression_apply() refuses. */
GPtrArray  *regimen_plan_find_rules_inside_others   (RegimenPlan                *plan);

/* In a user action of @plan that moved or removed weeks: FALSE, the
 * action cancelled and @error set (REGIMEN_PLAN_BLOCKS_ERROR_RULES,
 * naming both rules by their weeks before it), when a rule not among
 * @before (regimen_plan_find_rules_inside_others() of the plan before
 * the action) now lies inside the weeks an earlier rule writes. */
gboolean    regimen_plan_keep_rules_apart           (RegimenPlan                *plan,
                                                     GPtrArray                  *before,
                                                     GError                    **error);

/* The items of @plan linked to @source_id, in plan order. */
GPtrArray  *regimen_plan_find_progressed_items      (RegimenPlan                *plan,
                                                     const char                 *source_id);

G_END_DECLS
