/* regimen-plan-blocks.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-block.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

#define REGIMEN_PLAN_BLOCKS_ERROR (regimen_plan_blocks_error_quark ())

/* Why a week command refused: its message names the week. */
typedef enum
{
  REGIMEN_PLAN_BLOCKS_ERROR_LOGGED,    /* the week holds a logged session */
  REGIMEN_PLAN_BLOCKS_ERROR_TOO_LARGE, /* the plan would be larger than the reader takes */
  REGIMEN_PLAN_BLOCKS_ERROR_RULES,     /* a rule would lie inside the weeks an earlier rule writes */
} RegimenPlanBlocksError;

GQuark        regimen_plan_blocks_error_quark  (void);

/* Plans longer than a week: blocks of weeks, lighter weeks, and copying,
 * inserting and removing weeks (docs/plan-format.md, "Blocks").
 *
 * Blocks divide the plan's first weeks, in order, without gaps: block 0
 * spans the first n-weeks weeks, block 1 the ones after it, and so on.
 * Weeks after the last block (all weeks of a plan without blocks) are in
 * no block. Every week command keeps that true: a week inserted joins the
 * block of the week before it (the first block at position 0; a week
 * added right after the last block joins it), a week removed leaves its
 * block, and a block left without weeks is removed with it.
 *
 * Every command below is one undo step; positions are 0-based and a
 * command given one out of range returns FALSE and changes nothing. */

GListModel   *regimen_plan_get_blocks          (RegimenPlan  *self);
guint         regimen_plan_get_n_blocks        (RegimenPlan  *self);
RegimenBlock *regimen_plan_get_block           (RegimenPlan  *self,
                                                guint         block);
/* How many of the first weeks are in a block. */
guint         regimen_plan_get_n_blocked_weeks (RegimenPlan  *self);
gboolean      regimen_plan_get_block_range     (RegimenPlan  *self,
                                                guint         block,
                                                guint        *first_week,
                                                guint        *n_weeks);
/* The block @week is in, and that block's weeks; FALSE when the week is
 * in none (no such week, no blocks, or after the last block). Any out
 * argument may be NULL. */
gboolean      regimen_plan_find_block_of_week  (RegimenPlan  *self,
                                                guint         week,
                                                guint        *block,
                                                guint        *first_week,
                                                guint        *n_weeks);

/* @week's place in its block, as the week view's header shows it:
 * "Accumulation · week 2 of 3" (bidi controls of the name left out);
 * NULL for a week in no block. */
char         *regimen_plan_describe_week_block (RegimenPlan  *self,
                                                guint         week);

/* Where a new block made from @week goes: right after the block @week is
 * in, or, for a week in no block, after the last block, where it starts
 * at the first week in no block (blocks leave no gaps). @position is the
 * block index to give regimen_plan_add_block(), @first_week the week the
 * new block starts on. FALSE when there is no such week. Either out
 * argument may be NULL. */
gboolean      regimen_plan_new_block_place     (RegimenPlan  *self,
                                                guint         week,
                                                guint        *position,
                                                guint        *first_week);

/* A new block at @position (G_MAXUINT appends). Appended, it takes the
 * weeks after the last block, as many as it spans, and empty weeks are
 * added for the rest; put before another block, it brings @n_weeks new
 * empty weeks. @name must not be empty; @goal may be NULL. */
gboolean      regimen_plan_add_block           (RegimenPlan  *self,
                                                guint         position,
                                                const char   *name,
                                                const char   *goal,
                                                guint         n_weeks);
gboolean      regimen_plan_rename_block        (RegimenPlan  *self,
                                                guint         block,
                                                const char   *name,
                                                const char   *goal);
/* Renames and resizes the block as one undo step (the window's block
 * dialog edits all three at once); FALSE, changing nothing, when the
 * name, goal or size is not valid, or (with @error set) when the size
 * would remove a week with a logged session and not @force. */
gboolean      regimen_plan_edit_block          (RegimenPlan  *self,
                                                guint         block,
                                                const char   *name,
                                                const char   *goal,
                                                guint         n_weeks,
                                                gboolean      force,
                                                GError      **error);
/* Adds empty weeks at the block's end, or removes its last weeks, with
 * their logs; a removed week with a logged session refuses it (@error
 * set, nothing changes) unless @force. */
gboolean      regimen_plan_resize_block        (RegimenPlan  *self,
                                                guint         block,
                                                guint         n_weeks,
                                                gboolean      force,
                                                GError      **error);
/* A copy of the block and its weeks (new ids, no logs) right after it. */
gboolean      regimen_plan_duplicate_block     (RegimenPlan  *self,
                                                guint         block);
/* Moves the block with its weeks; @to_block is its index afterwards. */
gboolean      regimen_plan_move_block          (RegimenPlan  *self,
                                                guint         from_block,
                                                guint         to_block);
/* With @with_weeks the block's weeks go too, with their logs: a week
 * with a logged session among them refuses it (@error set, nothing
 * changes) unless @force. Without, they join the block before it (the
 * next one for the first block; no block at all when it was the only
 * one). */
gboolean      regimen_plan_delete_block        (RegimenPlan  *self,
                                                guint         block,
                                                gboolean      with_weeks,
                                                gboolean      force,
                                                GError      **error);

/* Moves a week as regimen_plan_move_week() does, which puts a week
 * landing between two blocks into the block before it; with @join_later
 * it joins the block after it instead (none when it lands after the last
 * block). A week "moved" to where it is crosses the boundary next to it:
 * with @join_later the last week of a block goes over to the next block
 * (or out of the blocks, after the last); without, the first week of a
 * block (or the first week after the last block) joins the block before.
 * The only week of a block moves with its block, as in
 * regimen_plan_move_week(). One undo step. Refused as
 * regimen_plan_move_week() is when a rule would come inside the weeks an
 * earlier week's rule writes (@error set, nothing changes). */
gboolean      regimen_plan_move_week_joining   (RegimenPlan  *self,
                                                guint         from_week,
                                                guint         to_week,
                                                gboolean      join_later,
                                                GError      **error);

/* Empty weeks inserted before @position (the number of weeks appends),
 * or weeks removed; the weeks after them shift, and so do their dates. */
gboolean      regimen_plan_insert_weeks        (RegimenPlan  *self,
                                                guint         position,
                                                guint         n_weeks);
/* Removing a week with a logged session, and its log, is refused
 * (@error set, nothing changes) unless @force. Removing weeks, or
 * deleting a block, that would bring a progression rule inside the weeks
 * an earlier week's rule writes into its session is refused, whatever
 * @force (REGIMEN_PLAN_BLOCKS_ERROR_RULES, naming both rules). */
gboolean      regimen_plan_remove_weeks        (RegimenPlan  *self,
                                                guint         first_week,
                                                guint         n_weeks,
                                                gboolean      force,
                                                GError      **error);
/* TRUE when a session of @week has a log: the week was trained. */
gboolean      regimen_plan_week_has_log        (RegimenPlan  *self,
                                                guint         week);
/* How many sessions of the @n_weeks weeks from @first_week (those the
 * plan has) have a log: the logs a forced copy onto them, or their
 * removal, takes with it. */
guint         regimen_plan_count_logged_sessions (RegimenPlan *self,
                                                  guint        first_week,
                                                  guint        n_weeks);

/* The commands below that change what weeks hold refuse a week with a
 * logged session (REGIMEN_PLAN_BLOCKS_ERROR_LOGGED, naming the week, and
 * nothing changes) unless @force: copying onto it would delete its logs,
 * scaling it would change the prescription its logs were done against. */

/* Replaces what each target week holds with a copy of @week's days (new
 * ids, no logs) and its lighter mark; a target keeps its label, its
 * block and its own unknown members. Copies that would make the plan
 * larger than the reader takes are refused
 * (REGIMEN_PLAN_BLOCKS_ERROR_TOO_LARGE) before any is made. The targets
 * are copied onto from the first week on, each once, whatever their
 * order in @targets. A copy that changes nothing but ids (the targets
 * hold the same already) is taken back, recorded nowhere: it returns
 * TRUE with @changed (nullable) FALSE. */
gboolean      regimen_plan_copy_week           (RegimenPlan  *self,
                                                guint         week,
                                                const guint  *targets,
                                                guint         n_targets,
                                                gboolean      force,
                                                gboolean     *changed,
                                                GError      **error);
/* Copies the block's weeks one by one onto the weeks from @first_week
 * on, which must exist and must not overlap the block; @changed as for
 * regimen_plan_copy_week(). */
gboolean      regimen_plan_copy_block          (RegimenPlan  *self,
                                                guint         block,
                                                guint         first_week,
                                                gboolean      force,
                                                gboolean     *changed,
                                                GError      **error);

/* Lighter weeks: factors from 0.1 to 1 scale volume (sets, interval
 * rounds, a session's given minutes) and intensity (load in %1RM or kg,
 * session RPE). Counts round half up and stay at least 1; %1RM rounds half
 * up to 0.5 %, kg to 0.5 kg. Warm-up items are left as they are. */
#define REGIMEN_LIGHTER_FACTOR_MIN  0.1
#define REGIMEN_LIGHTER_FACTOR_MAX  1.0
#define REGIMEN_LIGHTER_EVERY_MIN   2
/* A lighter week when nobody chose other factors: 40 % less volume and
 * 10 % less intensity, in the common deload range (docs/plan-format.md;
 * our choice). The window and regimen-cli both start from these. */
#define REGIMEN_LIGHTER_DEFAULT_VOLUME    0.6
#define REGIMEN_LIGHTER_DEFAULT_INTENSITY 0.9

guint         regimen_lighter_scale_count      (guint         value,
                                                double        factor);
double        regimen_lighter_scale_percent    (double        percent,
                                                double        factor);
gboolean      regimen_lighter_factor_valid     (double        factor);
void          regimen_lighter_scale_item       (RegimenItem  *item,
                                                double        volume,
                                                double        intensity);

/* Scales @week and marks it lighter; FALSE when it is lighter already. */
gboolean      regimen_plan_make_lighter_week   (RegimenPlan  *self,
                                                guint         week,
                                                double        volume,
                                                double        intensity,
                                                gboolean      force,
                                                GError      **error);
/* Makes every @every-th week of the block (its every-th, 2 × every-th,
 * …) a lighter week; weeks already lighter stay as they are. FALSE when
 * no week changed. */
gboolean      regimen_plan_add_lighter_weeks   (RegimenPlan  *self,
                                                guint         block,
                                                guint         every,
                                                double        volume,
                                                double        intensity,
                                                gboolean      force,
                                                GError      **error);

G_END_DECLS
