/* regimen-weekday.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A plan week always has seven days, Monday first (index 0). */
#define REGIMEN_DAYS_PER_WEEK 7

/* Dates a plan may start on: every date of a plan then has four digits,
 * as iCalendar and printing expect. */
#define REGIMEN_YEAR_MIN 1900
#define REGIMEN_YEAR_MAX 2999

const char *regimen_weekday_name           (guint       day);
const char *regimen_weekday_short_name     (guint       day);
gboolean    regimen_date_is_monday         (GDate      *date);
gboolean    regimen_date_parse             (const char *text,
                                            GDate      *date);
gboolean    regimen_date_parse_given       (const char *text,
                                            GDate      *date);
gboolean    regimen_date_read_typed        (const char *text,
                                            GDate      *date);
gboolean    regimen_date_parse_typed       (const char *text,
                                            GDate      *date);
gboolean    regimen_date_in_range          (const GDate *date);
guint       regimen_date_weeks_to_end      (const GDate *start_date);
GDate      *regimen_week_day_date          (const GDate *start_date,
                                            guint        week,
                                            guint        day);
void        regimen_date_from_date_time    (GDateTime   *time,
                                            GDate       *date);
guint       regimen_seconds_until_next_day (GDateTime   *now);

G_END_DECLS
