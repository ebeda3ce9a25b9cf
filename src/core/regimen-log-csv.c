/* regimen-log-csv.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-log-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include "regimen-checker.h"
#include "regimen-log-csv.h"
#include "regimen-weekday.h"

/**
 * regimen_csv_append_field:
 * @text: (nullable): the cell; NULL is an empty one
 *
 * Appends one RFC 4180 field: quoted when it holds a comma, a quote, a
 * line break or starts or ends with a space, quotes doubled. A cell that
 * starts with =, +, -, @, a tab or a carriage return gets a leading ',
 * so that a spreadsheet shows it as text instead of running it as a
 * formula (OWASP's advice on CSV injection).
 */
void
regimen_csv_append_field (GString    *out,
                          const char *text)
{
  g_autofree char *guarded = NULL;
  gsize length;

  g_return_if_fail (out != NULL);

  if (text == NULL || text[0] == '\0')
    return;

  if (strchr ("=+-@\t\r", text[0]) != NULL)
    text = guarded = g_strconcat ("'", text, NULL);

  length = strlen (text);
  if (strpbrk (text, ",\"\r\n") == NULL && text[0] != ' ' && text[length - 1] != ' ')
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Converted loads to the hundredth, as a scale shows them. */
  g_ascii_formatd (buffer, sizeof buffer, "%.10g", round (value * 100) / 100);
  g_string_append (out, buffer);
}

static char *
format_duration (double minutes)
{
  guint rounded = (guint) (minutes + 0.5);

  if (rounded >= 60)
    return rounded % 60 == 0 ? g_strdup_printf ("%uh", rounded / 60)
                             : g_strdup_printf ("%uh %um", rounded / 60, rounded % 60);

  return g_strdup_printf ("%um", rounded);
}

/* "YYYY-MM-DD HH:MM:SS" as Strong writes it: the logged day, or the
 * planned one; the session's start time or midnight; empty when the plan
 * has no dates. */
static char *
format_date (RegimenPlan             *plan,
             RegimenSession          *session,
             const RegimenSessionLog *log,
             guint                    week,
             guint                    day)
{
  g_autoptr(GDate) planned = NULL;
  const GDate *date = NULL;
  int time = regimen_session_get_time (session);

  if (g_date_valid (&log->date))
    date = &log->date;
  else if (regimen_plan_get_start_date (plan) != NULL)
    date = planned = regimen_week_day_date (regimen_plan_get_start_date (plan), week, day);

  if (date == NULL)
    return g_strdup ("");

  if (time < 0)
    time = 0;

  return g_strdup_printf ("%04u-%02u-%02u %02d:%02d:00",
                          (guint) g_date_get_year (date), (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date), time / 60, time % 60);
}

static void
append_session_rows (GString        *out,
                     RegimenPlan    *plan,
                     RegimenLibrary *library,
                     RegimenLoadUnit unit,
                     RegimenSession *session,
                     guint           week,
                     guint           day)
{
  const RegimenSessionLog *log = regimen_session_get_log (session);
  g_autofree char *date = NULL;
  g_autofree char *duration = NULL;

  if (log == NULL || log->status == REGIMEN_LOG_STATUS_SKIPPED)
    return;

  date = format_date (plan, session, log, week, day);
  duration = format_duration (log->minutes > 0 ? log->minutes : regimen_session_estimate_minutes (session));

  /* In the session's order; entries of removed items have no exercise. */
  for (guint i = 0; i < regimen_session_get_n_items (session); i++)
    {
      RegimenItem *item = regimen_session_get_item (session, i);
      const RegimenItemLog *item_log = regimen_session_log_find_item (log, regimen_item_get_id (item));
      const RegimenInterval *interval = regimen_item_get_interval (item);
      RegimenExercise *exercise;
      const char *name;

      if (item_log == NULL)
        continue;

      exercise = library != NULL ? regimen_library_lookup (library, regimen_item_get_exercise (item)) : NULL;
      name = exercise != NULL ? regimen_exercise_get_name (exercise) : regimen_item_get_exercise (item);

      for (guint j = 0; j < item_log->sets->len; j++)
        {
          const RegimenSetLog *set = &g_array_index (item_log->sets, RegimenSetLog, j);
          guint seconds = set->hold_seconds;

          if (seconds == 0 && set->rounds > 0 && interval != NULL)
            seconds = set->rounds * interval->work_seconds;

          regimen_csv_append_field (out, date);
          g_string_append_c (out, ',');
          regimen_csv_append_field (out, regimen_session_get_display_title (session));
          g_string_append_c (out, ',');
          regimen_csv_append_field (out, duration);
          g_string_append_c (out, ',');
          regimen_csv_append_field (out, name);
          g_string_append_printf (out, ",%u,", j + 1);
          if (set->load >= 0)
            append_number (out, regimen_load_convert (set->load, set->unit, unit));
          g_string_append_c (out, ',');
          if (set->reps > 0)
            g_string_append_printf (out, "%u", set->reps);
          /* Distance: Regimen logs none. */
          g_string_append (out, ",,");
          if (seconds > 0)
            g_string_append_printf (out, "%u", seconds);
          g_string_append_c (out, ',');
          regimen_csv_append_field (out, j == 0 ? item_log->note : NULL);
          g_string_append_c (out, ',');
          regimen_csv_append_field (out, log->note);
          /* RPE: Strong's is per set; the session's RPE is not one. */
          g_string_append (out, ",\r\n");
        }
    }
}

/**
 * regimen_log_to_csv:
 * @library: (nullable): names the exercises (NULL: their ids)
 * @unit: the unit every weight is written in (Strong's file has one)
 *
 * The plan's log as CSV in the columns of Strong's export
 * (%REGIMEN_LOG_CSV_HEADER): one row per logged set, sessions in plan
 * order, CRLF line ends (RFC 4180). Skipped sessions and sets of items no
 * longer in their session have no rows.
 *
 * Returns: (transfer full): the text
 */
char *
regimen_log_to_csv (RegimenPlan     *plan,
                    RegimenLibrary  *library,
                    RegimenLoadUnit  unit)
{
  GString *out = g_string_new (REGIMEN_LOG_CSV_HEADER "\r\n");

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          append_session_rows (out, plan, library, unit, regimen_day_get_session (day, s), w, d);
      }

  return g_string_free (out, FALSE);
}
