/* regimen-ical.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-ical"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-checker.h"
#include "regimen-ical.h"
#include "regimen-plan-view.h"
#include "regimen-prescription-text.h"
#include "regimen-weekday.h"

/* RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, CRLF excluded. */
#define MAX_LINE_OCTETS 75

G_DEFINE_QUARK (regimen-ical-error-quark, regimen_ical_error)

/* U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE,
 * U+FFFF, U+1FFFE … U+10FFFF): Unicode's noncharacters, for a program's
 * own use, which XML does not allow. */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || ((c & 0xFFFE) == 0xFFFE && c <= 0x10FFFF);
}

/**
 * regimen_ical_escape_text:
 * @text: a UTF-8 string
 *
 * Bidirectional controls are left out, as the printed sheet leaves them
 * out: a title's U+202E would otherwise reverse the kind the summary
 * adds after it, and an exercise group's the prescription that follows
 * it in the description (“3 × 10” shown as “01 × 3”). So are the other
 * format characters that show as nothing (regimen_text_is_hidden_format():
 * a title's byte order mark reached the SUMMARY). Noncharacters
 * (U+FFFE, U+FDD0 …) are written as U+FFFD.
 *
 * Returns: (transfer full): @text escaped as an iCalendar TEXT value
 */
char *
regimen_ical_escape_text (const char *text)
{
  g_autofree char *plain = NULL;
  GString *escaped;

  g_return_val_if_fail (text != NULL, NULL);

  plain = regimen_text_without_hidden_format (text);
  escaped = g_string_sized_new (strlen (plain) + 8);

  for (const char *p = plain; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (escaped, "\\\\");
          break;
        case ';':
          g_string_append (escaped, "\\;");
          break;
        case ',':
          g_string_append (escaped, "\\,");
          break;
        case '\n':
          g_string_append (escaped, "\\n");
          break;
        case '\r':
          /* A CRLF in the source is one line break, written as \n with
           * the LF; a lone CR is a line break of its own. */
          if (p[1] != '\n')
            g_string_append (escaped, "\\n");
          break;
        case '\t':
          g_string_append_c (escaped, *p);
          break;
        default:
          /* RFC 5545 allows no other control characters in TEXT; a space
           * keeps the words on either side apart. The C1 controls
           * (U+0080–U+009F, 0xC2 0x80–0x9F in UTF-8) go too, as in the
           * CSV export: U+009B starts an escape sequence in a terminal
           * that shows the file. */
          if ((guchar) *p < 0x20 || *p == 0x7F)
            g_string_append_c (escaped, ' ');
          else if ((guchar) p[0] == 0xC2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9F)
            {
              g_string_append_c (escaped, ' ');
              p++;
            }
          else if ((guchar) *p >= 0xEF && is_noncharacter (g_utf8_get_char (p)))
            {
              /* Calendar servers that store events as XML (CalDAV's
               * WebDAV) refuse a file holding one; U+FFFD shows where it
               * was. Only 0xEF to 0xF4 start one in UTF-8. */
              g_string_append (escaped, "\xEF\xBF\xBD");
              p = g_utf8_next_char (p) - 1;
            }
          else
            g_string_append_c (escaped, *p);
          break;
        }
    }

  return g_string_free (escaped, FALSE);
}

/**
 * regimen_ical_append_line:
 * @out: the document being written
 * @line: one content line, without its line end
 *
 * Appends @line folded as RFC 5545 3.1 asks: a line longer than 75 octets
 * continues on the next line after a CRLF and one space.
 */
void
regimen_ical_append_line (GString    *out,
                          const char *line)
{
  const char *p;
  const char *end;
  gsize budget = MAX_LINE_OCTETS;

  g_return_if_fail (out != NULL);
  g_return_if_fail (line != NULL);

  /* The length is measured once: the rest of the line is end - p, so
   * folding stays linear in the length of the line. */
  p = line;
  end = line + strlen (line);
  while ((gsize) (end - p) > budget)
    {
      const char *cut = p + budget;

      /* Back off to the start of a UTF-8 character: continuation bytes
       * have 10 in their top two bits. */
      while (cut > p && ((guchar) *cut & 0xC0) == 0x80)
        cut--;

      g_string_append_len (out, p, cut - p);
      g_string_append (out, "\r\n ");
      p = cut;
      /* The leading space counts towards the 75 octets. */
      budget = MAX_LINE_OCTETS - 1;
    }

  g_string_append (out, p);
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autofree char *escaped = regimen_ical_escape_text (text);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  regimen_ical_append_line (out, line);
}

static char *
session_description (RegimenSession *session,
                     RegimenLibrary *library)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint minutes = regimen_session_get_minutes (session);

  if (minutes > 0)
    /* Translators: a session's effort and length, “RPE 7 · 45 min” */
    g_string_append_printf (text, _("RPE %u · %u min"),
                            regimen_session_get_rpe (session), minutes);
  else
    /* Translators: a session's effort and estimated length, “RPE 7 · about 45 min” */
    g_string_append_printf (text, _("RPE %u · about %.0f min"),
                            regimen_session_get_rpe (session),
                            regimen_session_estimate_minutes (session));

  for (guint i = 0; i < regimen_session_get_n_items (session); i++)
    {
      RegimenItem *item = regimen_session_get_item (session, i);
      g_autofree char *prescription = regimen_item_format_prescription (item);
      const char *group = regimen_item_get_group (item);
      const char *notes = regimen_item_get_notes (item);

      /* A group and a name are one line, as the window shows them: a line
       * break in a name (a hand-edited exercises.json) read as the start
       * of another exercise. Notes keep their lines. */
      g_autofree char *group_line = group != NULL ? regimen_text_one_line (group, G_MAXUINT) : NULL;
      g_autofree char *name_line = regimen_text_one_line (regimen_item_get_exercise_name (item, library), G_MAXUINT);

      g_string_append_c (text, '\n');
      if (group_line != NULL && group_line[0] != '\0')
        g_string_append_printf (text, "%s ", group_line);
      g_string_append (text, name_line);
      if (prescription[0] != '\0')
        g_string_append_printf (text, ": %s", prescription);
      if (notes != NULL && notes[0] != '\0')
        g_string_append_printf (text, " (%s)", notes);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
session_uid (RegimenSession *session)
{
  /* The session's persistent id: exporting again (even with another
   * start date, or after the session moved to another day) updates the
   * same event instead of doubling it or leaving a stale one. */
  return g_strdup_printf ("%s@regimen.invalid", regimen_session_get_id (session));
}

static void
append_date (GString     *out,
             const char  *name,
             const GDate *date)
{
  g_autofree char *line = g_strdup_printf ("%s;VALUE=DATE:%04u%02u%02u", name,
                                           (guint) g_date_get_year (date),
                                           (guint) g_date_get_month (date),
                                           (guint) g_date_get_day (date));

  regimen_ical_append_line (out, line);
}

/* A session with a time is an event from then for its minutes, or its
 * estimate (at least one minute), in floating local time: the plan has no
 * time zone, and 07:30 means 07:30 wherever the calendar is. */
static gboolean
append_times (GString        *out,
              RegimenSession *session,
              const GDate    *date,
              GError        **error)
{
  guint minutes = regimen_session_get_minutes (session);
  int time = regimen_session_get_time (session);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *start_line = NULL;
  g_autofree char *end_line = NULL;

  if (minutes == 0)
    minutes = MAX (1, (guint) (regimen_session_estimate_minutes (session) + 0.5));

  /* UTC only as a clock for the arithmetic; what is written is local. */
  start = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                               time / 60, time % 60, 0);
  end = g_date_time_add_minutes (start, minutes);
  /* An event may end at midnight after the last day, not later. */
  if (g_date_time_get_year (end) > REGIMEN_YEAR_MAX
      && (g_date_time_get_day_of_year (end) > 1 || g_date_time_get_hour (end) > 0
          || g_date_time_get_minute (end) > 0))
    {
      g_autofree char *text = g_date_time_format (end, "%Y-%m-%d %H:%M");

      g_set_error (error, REGIMEN_ICAL_ERROR, REGIMEN_ICAL_ERROR_TOO_LATE,
                   _("The plan runs until %s, past the end of %d, the last year a calendar is written for; start it earlier or make it shorter"),
                   text, REGIMEN_YEAR_MAX);
      return FALSE;
    }
  start_line = g_date_time_format (start, "DTSTART:%Y%m%dT%H%M%S");
  end_line = g_date_time_format (end, "DTEND:%Y%m%dT%H%M%S");
  regimen_ical_append_line (out, start_line);
  regimen_ical_append_line (out, end_line);
  return TRUE;
}

static gboolean
append_event (GString        *out,
              RegimenPlan    *plan,
              RegimenLibrary *library,
              const GDate    *start_date,
              const char     *dtstamp,
              guint           week,
              guint           day,
              guint           position,
              GError        **error)
{
  RegimenSession *session = regimen_plan_get_session (plan, week, day, position);
  g_autoptr(GDate) date = regimen_week_day_date (start_date, week, day);
  g_autoptr(GDate) end = g_date_copy (date);
  g_autofree char *uid = session_uid (session);
  g_autofree char *summary = NULL;
  g_autofree char *description = session_description (session, library);
  const char *kind = regimen_session_kind_get_label (regimen_session_get_kind (session));
  /* The summary is one line, as the window's cards show the title. */
  g_autofree char *title = regimen_session_get_title (session) != NULL
                           ? regimen_text_one_line (regimen_session_get_title (session), G_MAXUINT) : NULL;

  /* An all-day event ends on the next day (DTEND is exclusive). */
  g_date_add_days (end, 1);

  if (title == NULL || !regimen_text_shows_something (title) || g_str_equal (title, kind))
    summary = g_strdup (kind);
  else
    /* Translators: an event's summary, the session title and its kind, “Lower body A (Strength)” */
    summary = g_strdup_printf (_("%s (%s)"), title, kind);

  regimen_ical_append_line (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  regimen_ical_append_line (out, dtstamp);
  if (regimen_session_get_time (session) != REGIMEN_SESSION_NO_TIME)
    {
      if (!append_times (out, session, date, error))
        return FALSE;
    }
  else
    {
      append_date (out, "DTSTART", date);
      append_date (out, "DTEND", end);
    }
  append_property (out, "SUMMARY", summary);
  append_property (out, "DESCRIPTION", description);
  append_property (out, "CATEGORIES", kind);
  /* A session at a time takes that time; one for the day does not block it. */
  regimen_ical_append_line (out, regimen_session_get_time (session) != REGIMEN_SESSION_NO_TIME
                                   ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
  regimen_ical_append_line (out, "END:VEVENT");
  return TRUE;
}

gboolean
regimen_ical_plan_has_sessions (RegimenPlan *plan)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);

  for (guint week = 0; week < regimen_plan_get_n_weeks (plan); week++)
    for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
      if (regimen_day_get_n_sessions (regimen_plan_get_day (plan, week, day)) > 0)
        return TRUE;

  return FALSE;
}

/**
 * regimen_ical_from_plan:
 * @plan: a plan
 * @library: (nullable): the exercise library
 * @start_date: (nullable): the Monday of the plan's first week, or %NULL
 *   for the plan's own start date
 * @dtstamp: (nullable): when the document is made, or %NULL for now
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the iCalendar document
 */
char *
regimen_ical_from_plan (RegimenPlan     *plan,
                        RegimenLibrary  *library,
                        const GDate     *start_date,
                        GDateTime       *dtstamp,
                        GError         **error)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) stamp_utc = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *stamp_line = NULL;
  g_autofree char *prodid = NULL;
  const char *title;
  GDate monday;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* RFC 5545 wants at least one component in a calendar: one without
   * an event is refused by calendar apps that check, or imported as
   * nothing said. Asked first, so that a plan with neither sessions nor
   * a start date is not sent for a date it could not use. */
  if (!regimen_ical_plan_has_sessions (plan))
    {
      g_set_error_literal (error, REGIMEN_ICAL_ERROR, REGIMEN_ICAL_ERROR_NO_SESSIONS,
                           _("The plan has no session, and a calendar needs at least one event; add a session to a day, then export again"));
      return NULL;
    }

  if (start_date == NULL)
    start_date = regimen_plan_get_start_date (plan);

  if (start_date == NULL || !g_date_valid (start_date))
    {
      g_set_error_literal (error, REGIMEN_ICAL_ERROR, REGIMEN_ICAL_ERROR_NO_START_DATE,
                           _("The plan has no start date; give the Monday of its first week"));
      return NULL;
    }

  monday = *start_date;
  if (!regimen_date_is_monday (&monday))
    {
      char text[32];

      g_date_strftime (text, sizeof text, "%Y-%m-%d", &monday);
      g_set_error (error, REGIMEN_ICAL_ERROR, REGIMEN_ICAL_ERROR_NOT_MONDAY,
                   _("The start date %s is not a Monday; a plan week starts on Monday"), text);
      return NULL;
    }

  /* Dates are bounded like the plan's own (REGIMEN_YEAR_MAX), and a
   * DTSTART past 9999 would not be a date at all. */
  if (regimen_plan_get_n_weeks (plan) > 0)
    {
      GDate last = monday;

      g_date_add_days (&last, regimen_plan_get_n_weeks (plan) * REGIMEN_DAYS_PER_WEEK - 1);
      if (g_date_get_year (&last) > REGIMEN_YEAR_MAX)
        {
          char text[32];

          g_date_strftime (text, sizeof text, "%Y-%m-%d", &last);
          g_set_error (error, REGIMEN_ICAL_ERROR, REGIMEN_ICAL_ERROR_TOO_LATE,
                       /* Translators: %s is a date, %d a year */
                       _("The plan runs until %s, past the end of %d, the last year a calendar is written for; start it earlier or make it shorter"),
                       text, REGIMEN_YEAR_MAX);
          return NULL;
        }
    }

  if (library == NULL)
    library = regimen_library_get_default ();

  if (dtstamp == NULL)
    dtstamp = now = g_date_time_new_now_utc ();
  stamp_utc = g_date_time_to_utc (dtstamp);
  stamp = g_date_time_format (stamp_utc, "%Y%m%dT%H%M%SZ");
  stamp_line = g_strconcat ("DTSTAMP:", stamp, NULL);

  out = g_string_new (NULL);
  prodid = g_strdup_printf ("PRODID:-//Regimen//Regimen %s//EN", PACKAGE_VERSION);
  regimen_ical_append_line (out, "BEGIN:VCALENDAR");
  regimen_ical_append_line (out, "VERSION:2.0");
  regimen_ical_append_line (out, prodid);
  regimen_ical_append_line (out, "CALSCALE:GREGORIAN");
  regimen_ical_append_line (out, "METHOD:PUBLISH");

  /* The calendar's name is one line in a calendar app's list, as the
   * window's title shows the plan's and each event's summary its
   * session's. */
  title = regimen_plan_get_title (plan);
  /* A title of spaces or zero-width characters alone names the calendar
   * as an empty one does not, with a blank line in a calendar app's list
   * of calendars: none, as for an untitled plan, which the app names. */
  if (regimen_text_shows_something (title))
    {
      g_autofree char *title_line = regimen_text_one_line (title, G_MAXUINT);

      append_property (out, "X-WR-CALNAME", title_line);
    }

  for (guint week = 0; week < regimen_plan_get_n_weeks (plan); week++)
    for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
      {
        RegimenDay *plan_day = regimen_plan_get_day (plan, week, day);

        for (guint i = 0; i < regimen_day_get_n_sessions (plan_day); i++)
          if (!append_event (out, plan, library, &monday, stamp_line, week, day, i, error))
            return NULL;
      }

  regimen_ical_append_line (out, "END:VCALENDAR");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
