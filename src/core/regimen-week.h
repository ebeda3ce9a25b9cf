/* regimen-week.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "regimen-day.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_WEEK (regimen_week_get_type ())

G_DECLARE_FINAL_TYPE (RegimenWeek, regimen_week, REGIMEN, WEEK, GObject)

/* A plan week: always exactly REGIMEN_DAYS_PER_WEEK days, Monday first.
 * days is a GListModel of RegimenDay that never changes its length.
 * label is NULL when the file has none. */
RegimenWeek *regimen_week_new        (const char  *label);
RegimenWeek *regimen_week_copy       (RegimenWeek *self);

const char  *regimen_week_get_label  (RegimenWeek *self);
/* Whether a week's label says more than its place ("Week 3"). */
gboolean     regimen_week_label_says_more (const char *label,
                                           guint       week);
GListModel  *regimen_week_get_days   (RegimenWeek *self);
RegimenDay  *regimen_week_get_day    (RegimenWeek *self,
                                      guint        day);
/* Borrowed, for loops over a whole plan: see regimen_week_peek_day() */
RegimenDay  *regimen_week_peek_day   (RegimenWeek *self,
                                      guint        day);
JsonObject  *regimen_week_get_extra  (RegimenWeek *self);
/* A planned lighter week (deload or taper), the "lighter" member. */
gboolean     regimen_week_get_lighter (RegimenWeek *self);
/* The factors it was made lighter with ("lighter_volume",
 * "lighter_intensity"), the core defaults unless chosen otherwise. */
void         regimen_week_get_lighter_factors (RegimenWeek *self,
                                               double      *volume,
                                               double      *intensity);
/* Added by a progression rule ("added_by_rule"). */
gboolean     regimen_week_get_added_by_rule (RegimenWeek *self);

/* For weeks not in a plan yet; inside a plan use regimen_plan_set_week_label(). */
void         regimen_week_set_label  (RegimenWeek *self,
                                      const char  *label);
void         regimen_week_set_lighter (RegimenWeek *self,
                                       gboolean     lighter);
void         regimen_week_set_lighter_factors (RegimenWeek *self,
                                               double       volume,
                                               double       intensity);
void         regimen_week_set_added_by_rule (RegimenWeek *self,
                                             gboolean     added_by_rule);

G_END_DECLS
