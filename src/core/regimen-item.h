/* regimen-item.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "regimen-plan-types.h"
#include "regimen-progression.h"

G_BEGIN_DECLS

/* Work/rest intervals of one item ("interval" in the file). @extra holds
 * the members the reader did not know, in file order, or is NULL. */
typedef struct
{
  guint       work_seconds;
  guint       rest_seconds;
  guint       rounds;
  JsonObject *extra;
} RegimenInterval;

#define REGIMEN_TYPE_INTERVAL (regimen_interval_get_type ())

GType            regimen_interval_get_type (void) G_GNUC_CONST;
RegimenInterval *regimen_interval_new      (guint                  work_seconds,
                                            guint                  rest_seconds,
                                            guint                  rounds);
RegimenInterval *regimen_interval_copy     (const RegimenInterval *interval);
void             regimen_interval_free     (RegimenInterval       *interval);
gboolean         regimen_interval_equal    (const RegimenInterval *a,
                                            const RegimenInterval *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenInterval, regimen_interval_free)

/* Passed to regimen_item_set_load_percent_1rm() or
 * regimen_item_set_load_kg() to remove the load. */
#define REGIMEN_ITEM_NO_LOAD (-1.0)

#define REGIMEN_TYPE_ITEM (regimen_item_get_type ())

G_DECLARE_FINAL_TYPE (RegimenItem, regimen_item, REGIMEN, ITEM, GObject)

/* One exercise prescription inside a session. Numbers that the file leaves
 * out read as 0 (sets, reps, hold_seconds, rest_seconds), FALSE (per_side,
 * no_rest: a rest of 0 s written in the file sets it),
 * NULL (tempo, group, notes, interval) or "no load"
 * (regimen_item_has_load_percent_1rm() and regimen_item_has_load_kg()
 * return FALSE). An item may give its load both ways, as a share of the
 * one-repetition maximum and in kilograms (stored in kg whatever unit the
 * person reads it in).
 *
 * The setters are for items that are not in a plan yet (building one to
 * add). For an item inside a plan use the regimen_plan_set_item_*()
 * commands, which can be undone. Every setter notifies its property. */
RegimenItem           *regimen_item_new                   (const char            *exercise);
RegimenItem           *regimen_item_copy                  (RegimenItem           *self);

const char            *regimen_item_get_id                (RegimenItem           *self);
const char            *regimen_item_get_exercise          (RegimenItem           *self);
guint                  regimen_item_get_sets              (RegimenItem           *self);
guint                  regimen_item_get_reps              (RegimenItem           *self);
guint                  regimen_item_get_hold_seconds      (RegimenItem           *self);
gboolean               regimen_item_get_per_side          (RegimenItem           *self);
gboolean               regimen_item_get_warm_up           (RegimenItem           *self);
const char            *regimen_item_get_tempo             (RegimenItem           *self);
guint                  regimen_item_get_rest_seconds      (RegimenItem           *self);
gboolean               regimen_item_get_no_rest           (RegimenItem           *self);
gboolean               regimen_item_has_load_percent_1rm  (RegimenItem           *self);
double                 regimen_item_get_load_percent_1rm  (RegimenItem           *self);
gboolean               regimen_item_has_load_kg           (RegimenItem           *self);
double                 regimen_item_get_load_kg           (RegimenItem           *self);
const char            *regimen_item_get_group             (RegimenItem           *self);
const char            *regimen_item_get_notes             (RegimenItem           *self);
const RegimenInterval *regimen_item_get_interval          (RegimenItem           *self);
JsonObject            *regimen_item_get_extra             (RegimenItem           *self);

void                   regimen_item_set_exercise          (RegimenItem           *self,
                                                           const char            *exercise);
void                   regimen_item_set_sets              (RegimenItem           *self,
                                                           guint                  sets);
void                   regimen_item_set_reps              (RegimenItem           *self,
                                                           guint                  reps);
void                   regimen_item_set_hold_seconds      (RegimenItem           *self,
                                                           guint                  hold_seconds);
void                   regimen_item_set_no_rest           (RegimenItem           *self,
                                                           gboolean               no_rest);
void                   regimen_item_set_per_side          (RegimenItem           *self,
                                                           gboolean               per_side);
void                   regimen_item_set_warm_up           (RegimenItem           *self,
                                                           gboolean               warm_up);
void                   regimen_item_set_tempo             (RegimenItem           *self,
                                                           const char            *tempo);
void                   regimen_item_set_rest_seconds      (RegimenItem           *self,
                                                           guint                  rest_seconds);
void                   regimen_item_set_load_percent_1rm  (RegimenItem           *self,
                                                           double                 percent);
void                   regimen_item_set_load_kg           (RegimenItem           *self,
                                                           double                 kg);
void                   regimen_item_set_group             (RegimenItem           *self,
                                                           const char            *group);
void                   regimen_item_set_notes             (RegimenItem           *self,
                                                           const char            *notes);
void                   regimen_item_set_interval          (RegimenItem           *self,
                                                           const RegimenInterval *interval);

/* The progression rule (regimen-progression.h); inside a plan set it with
 * regimen_plan_apply_progression(), which also writes the weeks it fills.
 * progressed_from is the id of the item whose rule generated this one. */
const RegimenProgression *regimen_item_get_progression      (RegimenItem              *self);
void                   regimen_item_set_progression       (RegimenItem              *self,
                                                           const RegimenProgression *progression);
const char            *regimen_item_get_progressed_from   (RegimenItem              *self);
void                   regimen_item_set_progressed_from   (RegimenItem              *self,
                                                           const char               *source_id);

G_END_DECLS
