/* regimen-weekday.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-weekday"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-weekday.h"

/* Spelled out rather than taken from the C library, so the day names follow
 * the application's translation and not the system locale's. */
static const char * const weekday_names[REGIMEN_DAYS_PER_WEEK] = {
  N_("Monday"),
  N_("Tuesday"),
  N_("Wednesday"),
  N_("Thursday"),
  N_("Friday"),
  N_("Saturday"),
  N_("Sunday"),
};

static const char * const weekday_short_names[REGIMEN_DAYS_PER_WEEK] = {
  /* Translators: abbreviated weekday, shown above a narrow day column */
  NC_("weekday", "Mon"),
  NC_("weekday", "Tue"),
  NC_("weekday", "Wed"),
  NC_("weekday", "Thu"),
  NC_("weekday", "Fri"),
  NC_("weekday", "Sat"),
  NC_("weekday", "Sun"),
};

/**
 * regimen_weekday_name:
 * @day: the day of the plan week, 0 (Monday) to 6 (Sunday)
 *
 * Returns: (transfer none): the translated full name of @day
 */
const char *
regimen_weekday_name (guint day)
{
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return g_dgettext (GETTEXT_PACKAGE, weekday_names[day]);
}

/**
 * regimen_weekday_short_name:
 * @day: the day of the plan week, 0 (Monday) to 6 (Sunday)
 *
 * Returns: (transfer none): the translated abbreviation of @day
 */
const char *
regimen_weekday_short_name (guint day)
{
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekday_short_names[day]);
}

/**
 * regimen_date_is_monday:
 * @date: a valid date
 *
 * Returns: %TRUE when @date falls on a Monday, as a plan's start date must
 */
gboolean
regimen_date_is_monday (GDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (g_date_valid (date), FALSE);

  return g_date_get_weekday (date) == G_DATE_MONDAY;
}

/**
 * regimen_week_day_date:
 * @start_date: the plan's start date (a Monday)
 * @week: the week of the plan, from 0
 * @day: the day of that week, 0 (Monday) to 6 (Sunday)
 *
 * Returns: (transfer full): the calendar date of @day in @week
 */
GDate *
regimen_week_day_date (const GDate *start_date,
                       guint        week,
                       guint        day)
{
  GDate *date;

  g_return_val_if_fail (start_date != NULL, NULL);
  g_return_val_if_fail (g_date_valid (start_date), NULL);
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  date = g_date_copy (start_date);
  g_date_add_days (date, week * REGIMEN_DAYS_PER_WEEK + day);

  return date;
}
