/* regimen-weekday.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-weekday"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-decimal.h"
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

/**
 * regimen_date_in_range:
 *
 * Returns: %TRUE when @date is valid and its year from %REGIMEN_YEAR_MIN
 *   to %REGIMEN_YEAR_MAX
 */
gboolean
regimen_date_in_range (const GDate *date)
{
  return date != NULL && g_date_valid (date) &&
         g_date_get_year (date) >= REGIMEN_YEAR_MIN &&
         g_date_get_year (date) <= REGIMEN_YEAR_MAX;
}

/**
 * regimen_date_weeks_to_end:
 * @start_date: a valid date
 *
 * A plan's days all fall from %REGIMEN_YEAR_MIN to %REGIMEN_YEAR_MAX, as
 * the dates it names do: a week that ran on into 3000 was read and then
 * refused by the exports, its sessions having no date they may write.
 *
 * Returns: how many whole weeks from @start_date end by 31 December of
 *   %REGIMEN_YEAR_MAX (0 for 2999-12-30, 1 for 2999-12-23)
 */
guint
regimen_date_weeks_to_end (const GDate *start_date)
{
  GDate last;

  g_return_val_if_fail (start_date != NULL && g_date_valid (start_date), 0);

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, REGIMEN_YEAR_MAX);
  if (g_date_compare (start_date, &last) > 0)
    return 0;

  return (g_date_days_between (start_date, &last) + 1) / REGIMEN_DAYS_PER_WEEK;
}

/**
 * regimen_date_parse:
 * @text: a date written YYYY-MM-DD: exactly four, two and two digits
 * @date: (out caller-allocates): the date
 *
 * Reads a date strictly: no signs, spaces or missing digits, a day that
 * exists, and a year from %REGIMEN_YEAR_MIN to %REGIMEN_YEAR_MAX.
 *
 * Returns: %TRUE when @text is such a date
 */
gboolean
regimen_date_parse (const char *text,
                    GDate      *date)
{
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  for (guint i = 0; i < 4; i++)
    year = year * 10 + (text[i] - '0');
  month = (text[5] - '0') * 10 + (text[6] - '0');
  day = (text[8] - '0') * 10 + (text[9] - '0');

  if (year < REGIMEN_YEAR_MIN || year > REGIMEN_YEAR_MAX ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

/**
 * regimen_date_parse_given:
 * @text: a date given on the command line: YYYY-MM-DD, in the digits of
 *   any script (“۲۰۲۶-۱۲-۰۷”)
 * @date: (out caller-allocates): the date
 *
 * Reads a date as regimen_date_parse() does, the digits of every script
 * as ASCII digits, as a number given on the command line is read. A plan
 * file's dates are read by regimen_date_parse() alone.
 *
 * Returns: %TRUE when @text is such a date
 */
gboolean
regimen_date_parse_given (const char *text,
                          GDate      *date)
{
  g_autofree char *ascii = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  ascii = regimen_digits_from_typed (text);

  return regimen_date_parse (ascii, date);
}

/* The year of those that end in @ending (0 to 99) nearest to this one,
 * as GNOME Calendar reads a year of two digits: 26 is 2026, 80 is 1980. */
static int
nearest_year_ending (int ending)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  int year = this_year - this_year % 100 + ending;

  if (year - this_year > 50)
    year -= 100;
  else if (this_year - year >= 50)
    year += 100;

  return year;
}

/* @text, of three numbers and nothing else, with its year as the locale
 * writes dates (the place of 2026 in its short form of 7 December 2026:
 * third under de_DE and en_US, first under ja_JP) written whole when it
 * is 00 (or 0): GLib reads that as the year 0, which no #GDate holds,
 * and “1.1.00” under de_DE was no date. NULL when there is no such year. */
static char *
with_year_00_whole (const char *text)
{
  g_autoptr(GDate) example = g_date_new_dmy (7, G_DATE_DECEMBER, 2026);
  char local[256];
  g_autofree char *digits = NULL;
  GString *out;
  int place = -1;
  int number = 0;
  gboolean replaced = FALSE;

  if (g_date_strftime (local, sizeof local, "%x", example) == 0)
    return NULL;
  digits = regimen_digits_from_typed (local);
  for (const char *p = digits; *p != '\0' && place < 0; p++)
    {
      if (g_ascii_isdigit (*p) && (p == digits || !g_ascii_isdigit (p[-1])))
        {
          guint64 value = g_ascii_strtoull (p, NULL, 10);

          if (value == 2026 || value == 26)
            place = number;
          number++;
        }
    }
  if (place < 0)
    return NULL;

  out = g_string_new (NULL);
  number = 0;
  for (const char *p = text; *p != '\0'; )
    {
      gsize run = strspn (p, "0123456789");

      if (run == 0)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (number++ == place && run <= 2 && strspn (p, "0") == run)
        {
          g_string_append_printf (out, "%d", nearest_year_ending (0));
          replaced = TRUE;
        }
      else
        g_string_append_len (out, p, run);
      p += run;
    }
  if (!replaced)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/**
 * regimen_date_read_typed:
 * @text: a date as a person types it: 2026-12-07, or as the locale writes
 *   dates (07.12.2026, 12/07/2026, 7 December 2026), spaces around it
 *   allowed
 * @date: (out caller-allocates): the date
 *
 * Reads a date typed into a field: YYYY-MM-DD first, else the locale's
 * form as g_date_set_parse() reads it. A day and a month alone, or a
 * number alone, is not taken for a date (g_date_set_parse() would fill
 * in the current month or year). A year of two digits is the nearest
 * year that ends so (“7.12.26”, 2026), and digits of other scripts are
 * read as ASCII digits. Any year a #GDate holds is read, so a
 * field can say a date is outside the years a plan takes rather than
 * that it is no date: regimen_date_parse_typed() takes only those.
 *
 * Returns: %TRUE when @text is a date
 */
gboolean
regimen_date_read_typed (const char *text,
                         GDate      *date)
{
  g_autofree char *trimmed = NULL;
  guint numbers = 0;
  guint run = 0;
  guint longest = 0;
  gboolean words = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  /* The digits of every script as ASCII digits, as a number field takes
   * them: a Persian or Arabic input method types “۷.۱۲.۲۰۲۶”, which
   * was no date. */
  trimmed = g_strstrip (regimen_digits_from_typed (text));
  if (regimen_date_parse (trimmed, date))
    return TRUE;

  for (const char *p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (*p) && (p == trimmed || !g_ascii_isdigit (p[-1])))
        numbers++;
      else if (g_unichar_isalpha (c))
        words = TRUE;
      run = g_ascii_isdigit (*p) ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  if (numbers < 2 || (numbers == 2 && !words))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_parse (date, trimmed);
  if (!g_date_valid (date) && numbers == 3 && !words)
    {
      g_autofree char *whole = with_year_00_whole (trimmed);

      if (whole != NULL)
        g_date_set_parse (date, whole);
    }
  if (!g_date_valid (date))
    return FALSE;

  /* A year of two digits, as a person writes it (“7.12.26”), is the
   * year of that ending nearest to this one, as GNOME Calendar reads it:
   * GLib reads it so only in a locale whose own dates have two-digit
   * years (C, en_US), and under de_DE, whose dates have four, took it for
   * the year 26. */
  if (longest <= 2 && g_date_get_year (date) < 100)
    {
      int year = nearest_year_ending (g_date_get_year (date));

      if (!g_date_valid_dmy (g_date_get_day (date), g_date_get_month (date), year))
        return FALSE;
      g_date_set_year (date, year);
    }

  return TRUE;
}

/**
 * regimen_date_parse_typed:
 * @text: a date as a person types it, as regimen_date_read_typed() reads it
 * @date: (out caller-allocates): the date
 *
 * Returns: %TRUE when @text is a date from %REGIMEN_YEAR_MIN to
 *   %REGIMEN_YEAR_MAX
 */
gboolean
regimen_date_parse_typed (const char *text,
                          GDate      *date)
{
  return regimen_date_read_typed (text, date) && regimen_date_in_range (date);
}

/**
 * regimen_date_from_date_time:
 * @time: a moment
 * @date: (out caller-allocates): the day it falls on, in @time's own
 *   time zone
 */
void
regimen_date_from_date_time (GDateTime *time,
                             GDate     *date)
{
  g_return_if_fail (time != NULL);
  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
}

/**
 * regimen_seconds_until_next_day:
 * @now: a moment, in the time zone whose days count (the local one)
 *
 * How long until the next day starts where @now is: the next midnight,
 * or the first moment of the next day when a change of clocks skips
 * midnight. Rounded up, so that a timeout of that many seconds ends in
 * the next day, never just before it.
 *
 * Returns: the seconds, at least 1
 */
guint
regimen_seconds_until_next_day (GDateTime *now)
{
  GTimeZone *zone;
  GDate day;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) before = NULL;
  GTimeSpan span;

  g_return_val_if_fail (now != NULL, 1);

  /* The next day's midnight made from its date, which GLib moves on to
   * the day's first moment when the clocks skip it. A day added to this
   * day's midnight was counted from that day's first moment instead: the
   * day after one whose midnight was skipped (Santiago's 6 September)
   * began at 01:00, an hour late. */
  zone = g_date_time_get_timezone (now);
  regimen_date_from_date_time (now, &day);
  g_date_add_days (&day, 1);
  next = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 0, 0, 0);
  if (next == NULL)
    return 24 * 60 * 60;

  /* A midnight that happens twice (clocks back from 01:00 to 00:00, as
   * Havana's on 1 November) is GLib's second: the day begins at the
   * first, under the offset of the hours before. */
  before = g_date_time_add_hours (next, -3);
  if (before != NULL && g_date_time_get_utc_offset (before) > g_date_time_get_utc_offset (next))
    {
      g_autoptr(GDateTime) first = g_date_time_add (next, g_date_time_get_utc_offset (next) -
                                                          g_date_time_get_utc_offset (before));

      if (first != NULL && g_date_time_get_day_of_month (first) == g_date_get_day (&day) &&
          g_date_time_get_hour (first) == 0 && g_date_time_get_minute (first) == 0 &&
          g_date_time_compare (first, now) > 0)
        {
          g_date_time_unref (next);
          next = g_steal_pointer (&first);
        }
    }

  span = g_date_time_difference (next, now);
  return (guint) MAX ((span + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND, 1);
}
