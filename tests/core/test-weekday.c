/* test-weekday.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "regimen-core.h"

static void
test_weekday_names (void)
{
  g_assert_cmpstr (regimen_weekday_name (0), ==, "Monday");
  g_assert_cmpstr (regimen_weekday_name (2), ==, "Wednesday");
  g_assert_cmpstr (regimen_weekday_name (6), ==, "Sunday");
  g_assert_cmpstr (regimen_weekday_short_name (0), ==, "Mon");
  g_assert_cmpstr (regimen_weekday_short_name (6), ==, "Sun");
}

static void
test_weekday_out_of_range (void)
{
  if (g_test_subprocess ())
    {
      regimen_weekday_name (7);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*day < REGIMEN_DAYS_PER_WEEK*");
}

static void
test_monday (void)
{
  g_autoptr(GDate) monday = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) tuesday = g_date_new_dmy (24, G_DATE_NOVEMBER, 2026);

  g_assert_true (regimen_date_is_monday (monday));
  g_assert_false (regimen_date_is_monday (tuesday));
}

static void
test_week_day_date (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) wednesday = regimen_week_day_date (start, 0, 2);
  g_autoptr(GDate) next_year = regimen_week_day_date (start, 5, 6);

  g_assert_cmpint (g_date_get_day (wednesday), ==, 25);
  g_assert_cmpint (g_date_get_month (wednesday), ==, G_DATE_NOVEMBER);

  /* Week 6's Sunday crosses into January: 23 Nov + 41 days. */
  g_assert_cmpint (g_date_get_day (next_year), ==, 3);
  g_assert_cmpint (g_date_get_month (next_year), ==, G_DATE_JANUARY);
  g_assert_cmpint (g_date_get_year (next_year), ==, 2027);
  g_assert_cmpint (g_date_get_weekday (next_year), ==, G_DATE_SUNDAY);
}

static guint
seconds_until_next_day (GTimeZone *zone,
                        int        year,
                        int        month,
                        int        day,
                        int        hour,
                        int        minute,
                        double     seconds)
{
  g_autoptr(GDateTime) now = g_date_time_new (zone, year, month, day, hour, minute, seconds);

  return regimen_seconds_until_next_day (now);
}

/* The next day starts at the next local midnight, in real seconds: 23 or
 * 25 hours after the midnight of a day the clocks change on, and rounded
 * up, so that a timeout of that length ends in the next day. */
/* A date typed into a field: ISO first, then the locale's form (this
 * program runs in the C locale: month/day/year); not a day and month
 * alone, a date that does not exist, or one out of range. */
static void
test_parse_typed (void)
{
  const struct {
    const char *text;
    guint       year, month, day;
  } good[] = {
    { "2026-12-07", 2026, 12, 7 },
    { "  2026-12-07 ", 2026, 12, 7 },
    { "12/07/2026", 2026, 12, 7 },
    { "7 December 2026", 2026, 12, 7 },
  };
  const char *bad[] = { "", "7", "12/07", "2026-02-30", "13/45/2026", "1850-01-07", "next monday" };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("%s", good[i].text);
      g_assert_true (regimen_date_parse_typed (good[i].text, &date));
      g_assert_cmpuint (g_date_get_year (&date), ==, good[i].year);
      g_assert_cmpuint (g_date_get_month (&date), ==, good[i].month);
      g_assert_cmpuint (g_date_get_day (&date), ==, good[i].day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (regimen_date_parse_typed (bad[i], &date));
    }
}

static void
assert_typed (const char *text,
              guint       year,
              guint       month,
              guint       day)
{
  GDate date;

  g_test_message ("%s", text);
  g_assert_true (regimen_date_parse_typed (text, &date));
  g_assert_cmpuint (g_date_get_year (&date), ==, year);
  g_assert_cmpuint (g_date_get_month (&date), ==, month);
  g_assert_cmpuint (g_date_get_day (&date), ==, day);
}

/* Pass 31's leftover (#21, session 32): under de_DE “7.12.26” was the
 * year 26 (GLib reads two-digit years as a person means them only in a
 * locale whose own dates have two, as C and en_US): it is the nearest
 * year that ends so, 2026, as under C. Digits a Persian or Arabic input
 * method types are read as the digits they are, as in number fields;
 * and on the command line's YYYY-MM-DD too. */
static void
test_parse_typed_years_and_digits (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *ahead = g_strdup_printf ("1.6.%02d", (this_year + 49) % 100);
  g_autofree char *behind = g_strdup_printf ("1.6.%02d", (this_year + 51) % 100);
  GDate date;

  /* The nearest year: these hold from 1977 to 2075. */
  assert_typed ("12/07/26", 2026, 12, 7);
  assert_typed ("12/7/26", 2026, 12, 7);
  assert_typed ("۱۲/۰۷/۲۰۲۶", 2026, 12, 7);
  g_assert_true (regimen_date_parse_given ("۲۰۲۶-۱۲-۰۷", &date));
  g_assert_cmpuint (g_date_get_year (&date), ==, 2026);
  g_assert_cmpuint (g_date_get_day (&date), ==, 7);
  g_assert_true (regimen_date_parse_given ("٢٠٢٦-١٢-٠٧", &date));
  g_assert_cmpuint (g_date_get_month (&date), ==, 12);
  g_assert_false (regimen_date_parse_given ("2026-12-7", &date));
  g_assert_false (regimen_date_parse_given ("\xff", &date));

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 is not installed");
      return;
    }
  assert_typed ("7.12.26", 2026, 12, 7);
  assert_typed ("07.12.2026", 2026, 12, 7);
  assert_typed ("۷.۱۲.۲۶", 2026, 12, 7);
  assert_typed ("٧.١٢.٢٠٢٦", 2026, 12, 7);
  /* 49 years ahead is ahead, 51 ahead is 49 back, whatever the year the
   * test runs in. */
  g_assert_true (regimen_date_read_typed (ahead, &date));
  g_assert_cmpint (g_date_get_year (&date), ==, this_year + 49);
  g_assert_true (regimen_date_read_typed (behind, &date));
  g_assert_cmpint (g_date_get_year (&date), ==, this_year + 51 - 100);
  setlocale (LC_ALL, old);
}

/* Pass 32's leftover (#21, session 34): under de_DE “1.1.00”, the first
 * of January of the year that ends in 00, was refused as no date: GLib
 * reads the year 00 as the year 0, which no #GDate holds. It is the
 * nearest year that ends so, as “1.1.01” is 2001; a day or a month of
 * 00 is still no date. */
static void
test_parse_typed_year_00 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int this_year = g_date_time_get_year (now);
  int century = this_year - this_year % 100 + (this_year % 100 >= 50 ? 100 : 0);
  g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));
  GDate date;

  assert_typed ("1/1/00", century, 1, 1);
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 is not installed");
      return;
    }
  assert_typed ("1.1.00", century, 1, 1);
  assert_typed ("31.12.0", century, 12, 31);
  assert_typed ("1.1.01", century + 1, 1, 1);
  g_assert_false (regimen_date_read_typed ("00.1.01", &date));
  g_assert_false (regimen_date_read_typed ("1.00.01", &date));
  setlocale (LC_ALL, old);
}

static void
test_seconds_until_next_day (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) evening = g_date_time_new (berlin, 2026, 11, 23, 23, 59, 30);
  GDate date;

  g_assert_nonnull (berlin);
  g_assert_cmpuint (seconds_until_next_day (berlin, 2026, 11, 23, 23, 59, 30), ==, 30);
  g_assert_cmpuint (seconds_until_next_day (berlin, 2026, 11, 23, 7, 30, 0.5), ==, 16 * 3600 + 30 * 60);
  g_assert_cmpuint (seconds_until_next_day (utc, 2026, 11, 23, 0, 0, 0), ==, 24 * 3600);
  g_assert_cmpuint (seconds_until_next_day (utc, 2026, 12, 31, 23, 0, 0), ==, 3600);
  /* Summer time starts at 02:00 on 29 March 2026: a day of 23 hours. */
  g_assert_cmpuint (seconds_until_next_day (berlin, 2026, 3, 29, 0, 30, 0), ==, 22 * 3600 + 30 * 60);
  /* And ends at 03:00 on 25 October: a day of 25 hours. */
  g_assert_cmpuint (seconds_until_next_day (berlin, 2026, 10, 25, 0, 30, 0), ==, 24 * 3600 + 30 * 60);

  /* Issue 21, pass 31b: the day after one whose midnight the clocks
   * skip (Santiago's summer time starts at 00:00 on 6 September 2026,
   * Havana's at 00:00 on 8 March) was counted from that day's first
   * moment, 01:00, and began an hour late; a midnight that happens twice
   * (Havana's summer time ends at 01:00 on 1 November, back to 00:00)
   * began at its second time. The next day begins at its first moment. */
  {
    g_autoptr(GTimeZone) santiago = g_time_zone_new_identifier ("America/Santiago");
    g_autoptr(GTimeZone) havana = g_time_zone_new_identifier ("America/Havana");

    /* In the same time zone data as Berlin's, above: tzdata, which
     * build-aux/dev installs. */
    g_assert_nonnull (santiago);
    g_assert_nonnull (havana);
    g_assert_cmpuint (seconds_until_next_day (santiago, 2026, 9, 5, 23, 30, 0), ==, 30 * 60);
    g_assert_cmpuint (seconds_until_next_day (santiago, 2026, 9, 6, 10, 0, 0), ==, 14 * 3600);
    g_assert_cmpuint (seconds_until_next_day (havana, 2026, 3, 8, 12, 0, 0), ==, 12 * 3600);
    g_assert_cmpuint (seconds_until_next_day (havana, 2026, 10, 31, 12, 0, 0), ==, 12 * 3600);
    /* Santiago's ends at 00:00 on 5 April, back to 23:00: that day's
     * only midnight is after the hour that happens twice. */
    g_assert_cmpuint (seconds_until_next_day (santiago, 2026, 4, 4, 22, 0, 0), ==, 3 * 3600);
  }

  /* The day of a moment is its own zone's. */
  regimen_date_from_date_time (evening, &date);
  g_assert_cmpuint (g_date_get_day (&date), ==, 23);
  g_assert_cmpuint (g_date_get_month (&date), ==, G_DATE_NOVEMBER);
  g_assert_cmpuint (g_date_get_year (&date), ==, 2026);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/weekday/names", test_weekday_names);
  g_test_add_func ("/core/weekday/out-of-range", test_weekday_out_of_range);
  g_test_add_func ("/core/weekday/monday", test_monday);
  g_test_add_func ("/core/weekday/week-day-date", test_week_day_date);
  g_test_add_func ("/core/weekday/seconds-until-next-day", test_seconds_until_next_day);
  g_test_add_func ("/core/weekday/parse-typed", test_parse_typed);
  g_test_add_func ("/core/weekday/parse-typed-years-and-digits", test_parse_typed_years_and_digits);
  g_test_add_func ("/core/weekday/parse-typed-year-00", test_parse_typed_year_00);

  return g_test_run ();
}
