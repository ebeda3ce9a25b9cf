/* regimen-plan-diff.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "regimen-plan.h"

G_BEGIN_DECLS

/* What changed between two plans, in training terms (`regimen-cli diff`,
 * docs/cli.md). Sessions and items are matched by their persistent ids;
 * those left over (files without ids, or copies) by their content. */
typedef enum
{
  REGIMEN_CHANGE_PLAN,              /* title, start_date, draft */
  REGIMEN_CHANGE_ATHLETE,           /* level, life_stress, … */
  REGIMEN_CHANGE_WEEK_ADDED,
  REGIMEN_CHANGE_WEEK_REMOVED,
  REGIMEN_CHANGE_WEEK,              /* label, lighter */
  REGIMEN_CHANGE_SESSION_ADDED,
  REGIMEN_CHANGE_SESSION_REMOVED,
  REGIMEN_CHANGE_SESSION_MOVED,
  REGIMEN_CHANGE_SESSION,           /* title, kind, rpe, minutes, time */
  REGIMEN_CHANGE_LOG,               /* logged, changed or cleared */
  REGIMEN_CHANGE_ITEM_ADDED,
  REGIMEN_CHANGE_ITEM_REMOVED,
  REGIMEN_CHANGE_ITEM_MOVED,
  REGIMEN_CHANGE_ITEM,              /* the prescription's members */
  REGIMEN_CHANGE_WEEK_LOAD,         /* the week's planned load */
  REGIMEN_CHANGE_BLOCK_ADDED,
  REGIMEN_CHANGE_BLOCK_REMOVED,
  REGIMEN_CHANGE_BLOCK,             /* name, goal, weeks */
  REGIMEN_CHANGE_BLOCK_MOVED,       /* to another place among the blocks */
  REGIMEN_CHANGE_ACKNOWLEDGEMENT,   /* given, withdrawn, reason changed */
  REGIMEN_N_CHANGES
} RegimenChangeKind;

/* One change. @week and @day say where it is in the second plan (in the
 * first for what was removed); @day is -1 for a change of a whole week,
 * a block or the plan, @week -1 for the plan. A move also has @from_week
 * and @from_day. A block's change is at its first week and has @block,
 * its number from 0 in the second plan (the first for one removed). An
 * acknowledgement's change has @finding, the finding it is about. @before and @after hold the changed members only, as the
 * file writes them (absent: not in that plan). @text is the translated
 * line `regimen-cli diff` prints. */
typedef struct
{
  RegimenChangeKind  kind;
  int                week;
  int                day;
  int                from_week;
  int                from_day;
  int                block;
  char              *session_id;
  char              *session_title;
  char              *item_id;
  char              *exercise;
  char              *finding;
  JsonObject        *before;
  JsonObject        *after;
  char              *text;
} RegimenChange;

void        regimen_change_free            (RegimenChange     *change);
const char *regimen_change_kind_to_string  (RegimenChangeKind  kind);

/* The changes from @a to @b in reading order: the plan, then week by
 * week each week's own changes, its sessions and items by day, and its
 * load last. Empty when the plans mean the same.
 *
 * Returns: (transfer container) (element-type RegimenChange) */
GPtrArray  *regimen_plan_diff              (RegimenPlan       *a,
                                            RegimenPlan       *b);

/* The changes as docs/cli.md describes `regimen-cli diff --json`. */
JsonNode   *regimen_plan_diff_to_json      (GPtrArray         *changes);
JsonNode   *regimen_change_to_json         (RegimenChange     *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenChange, regimen_change_free)

G_END_DECLS
