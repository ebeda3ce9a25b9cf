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

#include <glib/gi18n-lib.h>

#include "regimen-checker.h"
#include "regimen-decimal.h"
#include "regimen-json-check.h"
#include "regimen-log-csv.h"
#include "regimen-plan-view.h"
#include "regimen-weekday.h"

/* Whether @c is a space or an invisible character a spreadsheet trims
 * from the start of a cell before it looks for a formula: the spaces of
 * Unicode (no-break, thin, ideographic…), the zero-width ones, the
 * byte-order mark (U+FEFF), the line and paragraph separators, tabs and
 * line breaks. */
static gboolean
is_trimmed (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x00A0 || c == 0x1680 ||
         c == 0x180E || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

/* Whether @p, after the quotes of a cell, is a formula once what a
 * spreadsheet trims is skipped: “ =1+1”, “\u00A0@SUM(A1)”, “\uFEFF+1”
 * were run as formulas, the guard only looking at the first character. */
static gboolean
is_formula_after_trimmed (const char *p)
{
  const char *q = p;

  while (*q != '\0' && is_trimmed (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);

  return q > p && *q != '\0' && strchr ("=+-@", *q) != NULL;
}

/* Whether a cell starts with what a spreadsheet runs: =, +, -, @, a tab
 * or a CR, or =, +, -, @ after spaces or invisible characters it trims.
 * Quotes the person wrote before such a character, or before a line
 * break (which the import reads as LF), get a guard too, so the import,
 * which takes one quote off a cell of quotes and such a character,
 * gives them back. */
static gboolean
needs_guard (const char *text)
{
  const char *p = text + strspn (text, "'");

  return *p != '\0' && (strchr (p == text ? "=+-@\t\r" : "=+-@\t\r\n", *p) != NULL ||
                         is_formula_after_trimmed (p));
}

/* Whether the character at @p is one regimen_csv_append_field() writes
 * as a visible mark: a C0 control but tab and line breaks, DEL or a C1
 * control. */
static gboolean
is_csv_control (const char *p)
{
  guchar c = *p;

  return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F ||
         (c == 0xC2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9F);
}

/* The symbol Unicode draws a C0 control or DEL with (U+241B for escape,
 * U+2407 for bell, U+2421 for DEL), which import-csv reads back as it. */
#define CONTROL_PICTURE(c) ((c) == 0x7F ? 0x2421 : 0x2400 + (c))

/* The mark before a picture the text held itself, before the mark
 * itself and before a C1 control's letter: the picture of NUL (␀,
 * U+2400), which stands for no control, as a note never holds a NUL. */
#define CSV_MARK CONTROL_PICTURE (0)

/* Whether @c is a picture import-csv reads as a control: those of the
 * C0 controls but tab and line breaks, which the file holds as they
 * are, and DEL's. */
static gboolean
is_read_picture (gunichar c)
{
  return (c > CONTROL_PICTURE (0) && c < CONTROL_PICTURE (0x20) && c != CONTROL_PICTURE ('\t') &&
          c != CONTROL_PICTURE ('\n') && c != CONTROL_PICTURE ('\r')) ||
         c == CONTROL_PICTURE (0x7F);
}

/* Whether the character at @p is one the text holds itself and
 * import-csv would read as another: a picture it reads as a control, or
 * the mark; the file holds it after the mark (“␀␛” for a note's own ␛),
 * so that a note with a ␛ of its own comes back with it, not with an
 * escape. */
static gboolean
is_own_picture (const char *p)
{
  return (guchar) p[0] == 0xE2 && (guchar) p[1] == 0x90 && p[2] != '\0' &&
         (is_read_picture (g_utf8_get_char (p)) || g_utf8_get_char (p) == CSV_MARK);
}

/* @text with the characters regimen_csv_append_field() writes as
 * marks so, as the file holds it: a C0 control or DEL as its picture, a
 * C1 control, which has none, as the mark and the letter of the escape
 * sequence that is its seven-bit form (CSI, U+009B, is ESC [: “␀[”), a
 * picture or mark of the text's own after the mark; NULL when it has
 * none. */
static char *
without_controls (const char *text)
{
  GString *cleaned = NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;
      gboolean own = c == 0xE2 && is_own_picture (p);

      if (!own && !is_csv_control (p))
        {
          if (cleaned != NULL)
            g_string_append_c (cleaned, c);
          continue;
        }

      if (cleaned == NULL)
        cleaned = g_string_new_len (text, p - text);
      if (own)
        {
          /* Three bytes, the mark before them. */
          g_string_append_unichar (cleaned, CSV_MARK);
          g_string_append_len (cleaned, p, 3);
          p += 2;
        }
      else if (c == 0xC2)
        {
          /* Two bytes, one character: the mark and its letter. */
          g_string_append_unichar (cleaned, CSV_MARK);
          g_string_append_c (cleaned, (char) ((guchar) p[1] - 0x80 + '@'));
          p++;
        }
      else
        g_string_append_unichar (cleaned, CONTROL_PICTURE (c));
    }

  return cleaned != NULL ? g_string_free (cleaned, FALSE) : NULL;
}

/* A note as the plan holds it, from @text as export-csv wrote it: the
 * pictures of C0 controls and DEL it writes back as the controls, so that
 * a note with an escape or a bell reads back as it was, where it came
 * back with spaces; the mark and a letter from @ to _ as the C1 control
 * whose seven-bit form they are, the mark and a picture or a second mark
 * as that character. The pictures of a tab and the line breaks, which
 * the file holds as they are, stay pictures, and so does a mark before
 * anything else (a file written before the mark was). */
static char *
with_controls (const char *text)
{
  GString *note = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == CSV_MARK)
        {
          const char *next = g_utf8_next_char (p);
          gunichar after = g_utf8_get_char (next);

          if (after >= '@' && after <= '_')
            {
              g_string_append_unichar (note, 0x80 + (after - '@'));
              p = next;
              continue;
            }
          if (after == CSV_MARK || is_read_picture (after))
            {
              g_string_append_unichar (note, after);
              p = next;
              continue;
            }
        }

      if (is_read_picture (c))
        g_string_append_c (note, c == CONTROL_PICTURE (0x7F) ? 0x7F : (char) (c - CONTROL_PICTURE (0)));
      else
        g_string_append_unichar (note, c);
    }

  return g_string_free (note, FALSE);
}

/* @text with its line breaks as the file's reader gives a quoted field's
 * back: a CRLF or a lone CR as LF (read_record()); NULL when it has no
 * CR. A name or id that holds one is written with it, and read back
 * with an LF, so the plan's side is compared in this form. */
static char *
with_line_feeds (const char *text)
{
  GString *lf;

  if (strchr (text, '\r') == NULL)
    return NULL;

  lf = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != '\r')
        g_string_append_c (lf, *p);
      else
        {
          g_string_append_c (lf, '\n');
          if (p[1] == '\n')
            p++;
        }
    }

  return g_string_free (lf, FALSE);
}

static gboolean
has_hidden_format (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (regimen_text_is_hidden_format (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* @text as a cell of the file holds it: the characters
 * without_controls() makes marks so, and without the bidirectional
 * controls, which a spreadsheet or a terminal showing the file would
 * obey (a title “Lower \u202EA” reversed the cells after it), nor the
 * other format characters that show as nothing (a title's byte order
 * mark), as the window, the sheet and the calendar export leave them
 * out; NULL when it has none of them. */
static char *
csv_text (const char *text)
{
  g_autofree char *cleaned = without_controls (text);

  if (has_hidden_format (cleaned != NULL ? cleaned : text))
    return regimen_text_without_hidden_format (cleaned != NULL ? cleaned : text);

  return g_steal_pointer (&cleaned);
}

/**
 * regimen_csv_append_field:
 * @text: (nullable): the cell; NULL is an empty one
 *
 * Appends one RFC 4180 field: quoted when it holds a comma, a quote, a
 * line break or starts or ends with a space, quotes doubled. A cell that
 * starts with =, +, -, @, a tab or a carriage return gets a leading ',
 * so that a spreadsheet shows it as text instead of running it as a
 * formula (OWASP's advice on CSV injection), and so does one that starts
 * with =, +, -, @ after spaces or invisible characters a spreadsheet
 * trims (“ =1+1”, U+00A0, U+FEFF). Bidirectional controls are left out.
 * Other control characters
 * (escape, bell, DEL, the C1 controls), which RFC 4180 does not allow and
 * which would drive a terminal showing the CSV, become visible marks:
 * a C0 control or DEL its Unicode picture (␛, ␇, ␡), a C1 control the
 * mark ␀ and the letter of its seven-bit form (“␀[” for CSI), a picture
 * or a mark the text holds itself the mark and it, all of which
 * import-csv reads back as they were; tabs and line breaks stay.
 */
void
regimen_csv_append_field (GString    *out,
                          const char *text)
{
  g_autofree char *guarded = NULL;
  g_autofree char *cleaned = NULL;
  gsize length;

  g_return_if_fail (out != NULL);

  if (text == NULL || text[0] == '\0')
    return;

  cleaned = csv_text (text);
  if (cleaned != NULL)
    text = cleaned;
  /* A text of bidirectional controls alone (a note “\u202E”) is left
   * with nothing: its last character, looked at below, would be the
   * byte before it. */
  if (text[0] == '\0')
    return;

  if (needs_guard (text))
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

/* A set's @load, logged in @from, in the file's unit @to. Logged in that
 * unit it is written as it was logged, to the six decimals a load is
 * shown with and import-csv reads, in the fewest decimals that read back
 * as that (42.125 stays 42.125, where the hundredth made it 42.13, and
 * 0.001 is no longer 0), without an exponent, which import-csv does not
 * read: a hand-written plan's 0.0000001 was written so, and read back as
 * 0 (issue 21, pass 46f); converted, to the hundredth. */
static void
append_load (GString         *out,
             double           load,
             RegimenLoadUnit  from,
             RegimenLoadUnit  to)
{
  double shown = regimen_load_round (load);

  if (from == to)
    for (int decimals = 0; decimals <= REGIMEN_LOAD_DECIMALS_MAX; decimals++)
      {
        char format[8];
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        g_snprintf (format, sizeof format, "%%.%df", decimals);
        g_ascii_formatd (buffer, sizeof buffer, format, shown);
        if (g_ascii_strtod (buffer, NULL) == shown)
          {
            g_string_append (out, buffer);
            return;
          }
      }

  append_number (out, regimen_load_convert (load, from, to));
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

/* The day a session was trained: its log's date, or its planned day;
 * FALSE when the plan has no dates. */
static gboolean
session_day (RegimenPlan             *plan,
             const RegimenSessionLog *log,
             guint                    week,
             guint                    day,
             GDate                   *date)
{
  if (g_date_valid (&log->date))
    {
      *date = log->date;
      return TRUE;
    }

  if (regimen_plan_get_start_date (plan) != NULL)
    {
      g_autoptr(GDate) planned = regimen_week_day_date (regimen_plan_get_start_date (plan), week, day);

      *date = *planned;
      return TRUE;
    }

  return FALSE;
}

/* "YYYY-MM-DD HH:MM:SS" as Strong writes it; empty without a date. */
static char *
format_strong_date (const GDate *date,
                    int          time)
{
  if (date == NULL)
    return g_strdup ("");

  return g_strdup_printf ("%04u-%02u-%02u %02d:%02d:00",
                          (guint) g_date_get_year (date), (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date), time / 60, time % 60);
}

/* "23 Nov 2026, 07:30" as Hevy writes it (English month names whatever
 * the language, as its export has them); @minutes after @time, so an end
 * past midnight falls on the next day. */
static char *
format_hevy_date (const GDate *date,
                  int          time,
                  guint        minutes)
{
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  GDate day;
  int clock = time + (int) minutes;

  if (date == NULL)
    return g_strdup ("");

  day = *date;
  g_date_add_days (&day, clock / (24 * 60));
  clock %= 24 * 60;

  return g_strdup_printf ("%u %s %04u, %02d:%02d", (guint) g_date_get_day (&day),
                          months[g_date_get_month (&day) - 1], (guint) g_date_get_year (&day),
                          clock / 60, clock % 60);
}

/* The local moment @time minutes past the midnight of @date (the local
 * zone: Hevy's times carry none), or NULL. A time the clocks skip
 * (02:30 on the day summer time starts) is GLib's moment after it. */
static GDateTime *
local_moment (const GDate *date,
              int          time)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

  return g_date_time_new (zone, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                          time / 60, time % 60, 0);
}

/* Whether @moment is one and its local clock reads @time: not a time
 * the clocks skipped. */
static gboolean
reads_as (GDateTime *moment,
          int        time)
{
  return moment != NULL && g_date_time_get_hour (moment) * 60 + g_date_time_get_minute (moment) == time;
}

/* Hevy's end of a session @minutes long from @time on @date, as the
 * local clock then reads: on the day summer time starts, 90 minutes from
 * 01:30 end at 04:00, not 03:00, so that import-csv, which counts the
 * time between as it passed, reads back the minutes logged. */
static char *
format_hevy_end (const GDate *date,
                 int          time,
                 guint        minutes)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  GDate day;

  if (date == NULL)
    return g_strdup ("");

  start = local_moment (date, time);
  if (start != NULL)
    end = g_date_time_add_minutes (start, minutes);
  if (end == NULL || !reads_as (start, time))
    return format_hevy_date (date, time, minutes);

  regimen_date_from_date_time (end, &day);
  return format_hevy_date (&day, g_date_time_get_hour (end) * 60 + g_date_time_get_minute (end), 0);
}

/* The names that do not say one exercise, which the export writes as the
 * exercise's id: a name more than one exercise of @library has (a custom
 * exercise named like a built-in one), a name that is an exercise's
 * id (a custom exercise named “custom-front-squat-2” beside the one of
 * that id, or like an exercise of @plan the library lacks), since the
 * import reads an id as written before a name, and a name with a control
 * character or a picture of one, which the file holds as a mark, so that
 * the name read back is no exercise's (a set of one's own “Band\x01Pull”
 * was lost). */
static GHashTable *
shared_names (RegimenPlan    *plan,
              RegimenLibrary *library)
{
  /* By the name as the file holds it, without bidirectional controls and
   * the other format characters that show as nothing: “Row” and
   * “Row\u202E” are one name there. */
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *shared = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer name;
  gpointer held;

  for (guint i = 0; library != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      char *plain;
      gpointer other;

      name = (gpointer) regimen_exercise_get_name (exercise);
      plain = regimen_text_without_hidden_format (name);
      if (g_hash_table_lookup_extended (seen, plain, NULL, &other))
        {
          g_hash_table_add (shared, other);
          g_hash_table_add (shared, name);
          g_free (plain);
        }
      else
        g_hash_table_insert (seen, plain, name);
      /* A name of what shows nothing (a zero-width space, direction
       * marks, the file leaving those out) was an empty cell, where the
       * window, the sheet and the command line show the id. */
      if (!regimen_text_shows_something (name))
        g_hash_table_add (shared, name);
      for (const char *p = name; *p != '\0'; p++)
        if (is_csv_control (p))
          {
            g_hash_table_add (shared, name);
            break;
          }
      /* A picture of a control the name holds itself, which the file
       * holds after the mark: “Band␛Pull” was written “Band␀␛Pull”, a
       * name no exercise has. */
      for (const char *p = name; *p != '\0'; p++)
        if (is_own_picture (p))
          {
            g_hash_table_add (shared, name);
            break;
          }
      g_hash_table_add (ids, (gpointer) regimen_exercise_get_id (exercise));
    }

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_week_peek_day (regimen_plan_peek_week (plan, w), d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_peek_session (day, s);

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *item = regimen_session_peek_item (session, i);

                g_hash_table_add (ids, (gpointer) regimen_item_get_exercise (item));
              }
          }
      }

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &held, &name))
    if (g_hash_table_contains (ids, held))
      g_hash_table_add (shared, name);

  g_hash_table_unref (ids);
  g_hash_table_unref (seen);
  return shared;
}

/* Appends the rows of @session's logged sets; FALSE, the rows so far
 * kept, once @out is longer than @max_length. */
static gboolean
append_session_rows (GString             *out,
                     RegimenPlan         *plan,
                     RegimenLibrary      *library,
                     GHashTable          *shared,
                     RegimenLoadUnit      unit,
                     RegimenLogCsvFormat  format,
                     RegimenSession      *session,
                     guint                week,
                     guint                day,
                     gsize                max_length)
{
  const RegimenSessionLog *log = regimen_session_get_log (session);
  g_autofree char *date = NULL;
  g_autofree char *end = NULL;
  g_autofree char *duration = NULL;
  GDate trained;
  gboolean dated;
  guint minutes;
  int time = MAX (regimen_session_get_time (session), 0);

  if (log == NULL || log->status == REGIMEN_LOG_STATUS_SKIPPED)
    return TRUE;

  dated = session_day (plan, log, week, day, &trained);
  minutes = (guint) (log->minutes > 0 ? log->minutes : regimen_session_estimate_minutes (session) + 0.5);
  if (format == REGIMEN_LOG_CSV_HEVY)
    {
      date = format_hevy_date (dated ? &trained : NULL, time, 0);
      end = format_hevy_end (dated ? &trained : NULL, time, minutes);
    }
  else
    {
      date = format_strong_date (dated ? &trained : NULL, time);
      duration = format_duration (log->minutes > 0 ? log->minutes : regimen_session_estimate_minutes (session));
    }

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
      name = exercise != NULL && !g_hash_table_contains (shared, regimen_exercise_get_name (exercise))
               ? regimen_exercise_get_name (exercise)
               : regimen_item_get_exercise (item);

      /* k counts the sets, j the rows written of them. */
      for (guint k = 0, j = 0; k < item_log->sets->len; k++)
        {
          const RegimenSetLog *set = &g_array_index (item_log->sets, RegimenSetLog, k);
          guint seconds = set->hold_seconds;

          if (seconds == 0 && set->rounds > 0 && interval != NULL)
            seconds = set->rounds * interval->work_seconds;

          /* Rounds logged against an exercise that is no interval (one
           * changed since, a hand-edited file, `log --rounds`) have no
           * column: a row of neither reps nor seconds is one import-csv
           * refuses, so it is left out, the rows numbered without it,
           * and export-csv says so (regimen_log_csv_count_rounds_not_carried()). */
          if (set->reps == 0 && seconds == 0)
            continue;

          if (format == REGIMEN_LOG_CSV_HEVY)
            {
              regimen_csv_append_field (out, regimen_session_get_display_title (session));
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, date);
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, end);
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, log->note);
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, name);
              /* superset_id: Hevy's own numbering, which Regimen's
               * groups do not map to; left empty. */
              g_string_append (out, ",,");
              regimen_csv_append_field (out, j == 0 ? item_log->note : NULL);
              /* Hevy counts sets from 0; Regimen logs no warm-up or drop
               * sets apart, so each is "normal". */
              g_string_append_printf (out, ",%u,normal,", j);
            }
          else
            {
              regimen_csv_append_field (out, date);
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, regimen_session_get_display_title (session));
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, duration);
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, name);
              g_string_append_printf (out, ",%u,", j + 1);
            }

          if (set->load >= 0)
            append_load (out, set->load, set->unit, unit);
          g_string_append_c (out, ',');
          if (set->reps > 0)
            g_string_append_printf (out, "%u", set->reps);
          /* Distance: Regimen logs none. */
          g_string_append (out, ",,");
          if (seconds > 0)
            g_string_append_printf (out, "%u", seconds);
          if (format == REGIMEN_LOG_CSV_STRONG)
            {
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, j == 0 ? item_log->note : NULL);
              g_string_append_c (out, ',');
              regimen_csv_append_field (out, log->note);
            }
          /* RPE: per set in both apps; the session's RPE is not one. */
          g_string_append (out, ",\r\n");
          j++;

          /* Each row repeats the session's title and note: a few
           * megabytes of plan can ask for gigabytes of rows. */
          if (out->len > max_length)
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * regimen_log_csv_check_dates:
 * @plan: a plan
 * @error: return location for an error
 *
 * Whether every row regimen_log_to_csv() writes has a date that
 * regimen_log_import_csv() reads back: a session logged without a date
 * has its planned day, which a plan without a start date does not have,
 * and which in a plan running past 2999 may be a day no date of the file
 * format can be.
 *
 * Returns: FALSE with @error (%G_IO_ERROR_INVALID_DATA) naming the first
 *   session whose rows could not be placed again
 */
gboolean
regimen_log_csv_check_dates (RegimenPlan  *plan,
                             GError      **error)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);
            const RegimenSessionLog *log = regimen_session_get_log (session);
            GDate trained;

            if (log == NULL || log->status == REGIMEN_LOG_STATUS_SKIPPED)
              continue;

            /* The day is never after REGIMEN_YEAR_MAX, the last year
             * import-csv reads: a plan's weeks end by its last day, and
             * a --start the weeks do not fit from is refused before. */
            if (!session_day (plan, log, w, d, &trained))
              {
                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("“%s” (week %u, %s) is logged without a date and the plan has no start date, "
                               "so its rows would have none and import-csv could not place them; give --start, "
                               "the Monday of the first week"),
                             regimen_session_get_display_title (session), w + 1, regimen_weekday_short_name (d));
                return FALSE;
              }
          }
      }

  return TRUE;
}

/**
 * regimen_log_csv_format_from_string:
 * @word: "strong" or "hevy"
 *
 * Returns: FALSE for another word
 */
gboolean
regimen_log_csv_format_from_string (const char          *word,
                                    RegimenLogCsvFormat *format)
{
  g_return_val_if_fail (word != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_ascii_strcasecmp (word, "strong") == 0)
    *format = REGIMEN_LOG_CSV_STRONG;
  else if (g_ascii_strcasecmp (word, "hevy") == 0)
    *format = REGIMEN_LOG_CSV_HEVY;
  else
    return FALSE;

  return TRUE;
}

/**
 * regimen_log_to_csv:
 * @library: (nullable): names the exercises (NULL: their ids)
 * @unit: the unit every weight is written in (either app's file has one)
 * @format: whose columns: Strong's (%REGIMEN_LOG_CSV_HEADER) or Hevy's
 *   (%REGIMEN_LOG_CSV_HEVY_HEADER, weight_lbs and distance_miles for
 *   pounds)
 *
 * The plan's log as CSV in the columns of Strong's or Hevy's export: one
 * row per logged set, sessions in plan order, CRLF line ends (RFC 4180).
 * Skipped sessions and sets of items no longer in their session have no
 * rows. regimen_log_import_csv() reads either back to the same sets.
 *
 * Returns: (transfer full): the text
 */
char *
regimen_log_to_csv (RegimenPlan         *plan,
                    RegimenLibrary      *library,
                    RegimenLoadUnit      unit,
                    RegimenLogCsvFormat  format)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  return regimen_log_to_csv_within (plan, library, unit, format, G_MAXSIZE, NULL);
}

/* Counts into @counts what the sets of @item_log hold that a CSV in
 * @unit does not carry as the plan holds it: members it has no column
 * for, and loads logged in the other unit. What export-csv says it could
 * not carry and what import-csv says the sets it replaced held. */
static void
count_not_carried (const RegimenItemLog  *item_log,
                   RegimenLoadUnit        unit,
                   RegimenLogCsvReplaced *counts)
{
  for (guint k = 0; k < item_log->sets->len; k++)
    {
      const RegimenSetLog *set = &g_array_index (item_log->sets, RegimenSetLog, k);

      if (set->extra != NULL && json_object_get_size (set->extra) > 0)
        counts->n_with_members++;
      if (set->load >= 0 && set->unit != unit)
        counts->n_other_unit++;
    }
}

/**
 * regimen_log_csv_count_not_carried:
 * @plan: a plan
 * @unit: the unit the CSV writes its weights in
 * @n_with_members: (out): the sets that hold members the CSV has no
 *   column for (another tool's, such as “x-rir”)
 * @n_converted: (out): the sets whose load was logged in the other unit,
 *   which the CSV writes converted to @unit, to the hundredth
 *
 * What a CSV of @plan's log does not carry as the plan holds it:
 * import-csv of it brings back neither, and a person who exported to
 * bring a log elsewhere and back was not told.
 */
void
regimen_log_csv_count_not_carried (RegimenPlan     *plan,
                                   RegimenLoadUnit  unit,
                                   guint           *n_with_members,
                                   guint           *n_converted)
{
  RegimenLogCsvReplaced counts = { 0 };

  g_return_if_fail (REGIMEN_IS_PLAN (plan));
  g_return_if_fail (n_with_members != NULL && n_converted != NULL);

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_week_get_day (regimen_plan_get_week (plan, w), d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            const RegimenSessionLog *log = regimen_session_get_log (regimen_day_get_session (day, s));

            for (guint i = 0; log != NULL && i < log->items->len; i++)
              count_not_carried (g_ptr_array_index (log->items, i), unit, &counts);
          }
      }

  *n_with_members = counts.n_with_members;
  *n_converted = counts.n_other_unit;
}

/**
 * regimen_log_csv_count_rounds_not_carried:
 * @plan: a plan
 *
 * The sets regimen_log_to_csv() writes without their rounds: rounds
 * logged against an exercise of a session that is no interval (changed
 * since it was logged, or a file edited by hand), which the CSV has no
 * column for: only an interval's rounds are its seconds. A set of only
 * such rounds has no row. import-csv of the CSV brings back neither.
 *
 * Returns: how many
 */
guint
regimen_log_csv_count_rounds_not_carried (RegimenPlan *plan)
{
  guint n = 0;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), 0);

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);
            const RegimenSessionLog *log = regimen_session_get_log (session);

            /* The sessions and exercises that have rows. */
            if (log == NULL || log->status == REGIMEN_LOG_STATUS_SKIPPED)
              continue;
            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *item = regimen_session_get_item (session, i);
                const RegimenItemLog *item_log = regimen_session_log_find_item (log, regimen_item_get_id (item));

                if (item_log == NULL || regimen_item_get_interval (item) != NULL)
                  continue;
                for (guint k = 0; k < item_log->sets->len; k++)
                  if (g_array_index (item_log->sets, RegimenSetLog, k).rounds > 0)
                    n++;
              }
          }
      }

  return n;
}

/**
 * regimen_log_to_csv_within:
 * @max_length: the longest text wanted, in bytes
 * @error: return location for a #GError
 *
 * regimen_log_to_csv(), given up as soon as the text passes @max_length
 * bytes: each row repeats its session's title and note, so a plan of a
 * few megabytes (long titles and notes, a hundred sets of a hundred
 * exercises a session) would make gigabytes of rows before their length
 * could be known.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set
 *   (%G_IO_ERROR_MESSAGE_TOO_LARGE) when it would be longer
 */
char *
regimen_log_to_csv_within (RegimenPlan         *plan,
                           RegimenLibrary      *library,
                           RegimenLoadUnit      unit,
                           RegimenLogCsvFormat  format,
                           gsize                max_length,
                           GError             **error)
{
  g_autoptr(GHashTable) shared = NULL;
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shared = shared_names (plan, library);

  if (format == REGIMEN_LOG_CSV_STRONG)
    out = g_string_new (REGIMEN_LOG_CSV_HEADER "\r\n");
  else if (unit == REGIMEN_LOAD_UNIT_LB)
    out = g_string_new ("title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
                        "set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe\r\n");
  else
    out = g_string_new (REGIMEN_LOG_CSV_HEVY_HEADER "\r\n");

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          if (!append_session_rows (out, plan, library, shared, unit, format, regimen_day_get_session (day, s), w,
                                    d, max_length))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           /* Translators: %zu is a number of bytes */
                           _("the CSV would be longer than %zu bytes"), max_length);
              return NULL;
            }
      }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* One record of a CSV file: its fields and the line it starts on. */
typedef struct
{
  GPtrArray *fields;
  guint      line;
} Record;

static void
record_clear (Record *record)
{
  g_clear_pointer (&record->fields, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Record, record_clear)

/* Reads the RFC 4180 record at *p (quoted fields may hold commas, quotes
 * doubled and line breaks), advancing *p and *line past it; one of more
 * than REGIMEN_LOG_CSV_MAX_FIELDS fields is refused. */
static gboolean
read_record (const char **p,
             const char  *end,
             guint       *line,
             Record      *record,
             GError     **error)
{
  g_autoptr(GString) field = g_string_new (NULL);

  record->fields = g_ptr_array_new_with_free_func (g_free);
  record->line = *line;

  for (;;)
    {
      if (*p < end && **p == '"')
        {
          guint start = *line;

          (*p)++;
          for (;;)
            {
              if (*p >= end)
                {
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("line %u: a quoted field is not closed"), start);
                  return FALSE;
                }
              if (**p == '"' && *p + 1 < end && (*p)[1] == '"')
                {
                  g_string_append_c (field, '"');
                  *p += 2;
                }
              else if (**p == '"')
                {
                  (*p)++;
                  /* Only a comma or the line's end may follow the
                   * closing quote (spaces aside): `"Squat"x` was read as
                   * “Squatx”, a name the file does not spell. */
                  while (*p < end && (**p == ' ' || **p == '\t'))
                    (*p)++;
                  if (*p < end && **p != ',' && **p != '\n' && **p != '\r')
                    {
                      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   _("line %u: text after the closing quote of a field; "
                                     "put the whole text in the quotes"), *line);
                      return FALSE;
                    }
                  break;
                }
              else if (**p == '\r')
                {
                  /* CRLF or a lone CR inside quotes is one line break,
                   * kept as LF like every other note. */
                  g_string_append_c (field, '\n');
                  (*line)++;
                  (*p)++;
                  if (*p < end && **p == '\n')
                    (*p)++;
                }
              else
                {
                  if (**p == '\n')
                    (*line)++;
                  g_string_append_c (field, **p);
                  (*p)++;
                }
            }
        }

      while (*p < end && **p != ',' && **p != '\n' && **p != '\r')
        {
          g_string_append_c (field, **p);
          (*p)++;
        }

      g_ptr_array_add (record->fields, g_strndup (field->str, field->len));
      g_string_truncate (field, 0);

      if (*p < end && **p == ',')
        {
          if (record->fields->len >= REGIMEN_LOG_CSV_MAX_FIELDS)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("line %u: more than %u fields"), record->line, REGIMEN_LOG_CSV_MAX_FIELDS);
              return FALSE;
            }
          (*p)++;
          continue;
        }

      if (*p < end && **p == '\r')
        (*p)++;
      if (*p < end && **p == '\n')
        (*p)++;
      (*line)++;
      return TRUE;
    }
}

/* A cell export-csv guarded against spreadsheets (“'=…”, see
 * needs_guard()) reads back as it was; a guarded CR has become LF in
 * read_record(). */
static const char *
unguard (const char *text)
{
  const char *p = text + strspn (text, "'");

  if (p > text && *p != '\0' && (strchr ("=+-@\t\r\n", *p) != NULL || is_formula_after_trimmed (p)))
    return text + 1;
  return text;
}

enum
{
  COLUMN_DATE,
  COLUMN_EXERCISE,
  COLUMN_WEIGHT,
  COLUMN_REPS,
  COLUMN_SECONDS,
  COLUMN_NOTES,
  COLUMN_DURATION,
  COLUMN_WORKOUT_NOTES,
  COLUMN_WORKOUT_NAME,
  COLUMN_SET_ORDER,
  N_COLUMNS
};

/* The columns read, by their names in Strong's header; the first three
 * are required. */
static const char * const column_names[N_COLUMNS] = {
  "Date", "Exercise Name", "Weight", "Reps", "Seconds", "Notes", "Duration", "Workout Notes",
  "Workout Name", "Set Order",
};

/* The same columns in Hevy's export (weights in weight_kg, or weight_lbs
 * for a person who logs pounds; set_index counts from 0; the session's
 * minutes come from start_time and end_time). */
static const char * const hevy_column_names[N_COLUMNS] = {
  "start_time", "exercise_title", "weight_kg", "reps", "duration_seconds", "exercise_notes", NULL,
  "description", "title", "set_index",
};

static const char *
cell (const Record *record,
      const int     columns[N_COLUMNS],
      guint         column)
{
  if (columns[column] < 0 || (guint) columns[column] >= record->fields->len)
    return "";
  return unguard (g_ptr_array_index (record->fields, columns[column]));
}

static gboolean
parse_count (const char *text,
             guint       max,
             guint      *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint64 number;

  if (*trimmed == '\0')
    {
      *value = 0;
      return TRUE;
    }
  /* Digits only: no sign, point or hexadecimal; and no leading zero,
   * as a weight has none: “010” is 8 to some readers and 10 to others. */
  if ((trimmed[0] == '0' && trimmed[1] != '\0') ||
      !g_ascii_string_to_unsigned (trimmed, 10, 0, max, &number, NULL))
    return FALSE;
  *value = number;
  return TRUE;
}

/* The heaviest weight a CSV in @unit holds: a set's 2000 kg, which
 * export-csv writes in pounds as 4409.25 (to the hundredth). */
static double
weight_max (RegimenLoadUnit unit)
{
  if (unit == REGIMEN_LOAD_UNIT_KG)
    return REGIMEN_LOG_LOAD_MAX;

  return round (regimen_load_convert (REGIMEN_LOG_LOAD_MAX, REGIMEN_LOAD_UNIT_KG, unit) * 100) / 100;
}

/* A weight in @unit, as @value in @value_unit; an empty weight is none.
 * A set holds at most 2000 in its own unit, so pounds beyond 2000 (a load
 * logged in kg, exported in lb) are kept in kilograms, to the hundredth:
 * what export-csv wrote reads back as it was logged. */
static gboolean
parse_weight (const char      *text,
              RegimenLoadUnit  unit,
              double          *value,
              RegimenLoadUnit *value_unit)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  const char *end = NULL;

  *value_unit = unit;
  if (*trimmed == '\0')
    {
      *value = REGIMEN_LOG_NO_LOAD;
      return TRUE;
    }
  /* Plain decimal: no sign, exponent, hexadecimal or locale's comma. */
  if (!regimen_load_parse_rounded (trimmed, weight_max (unit), &end, value) || *end != '\0')
    return FALSE;

  if (*value > REGIMEN_LOG_LOAD_MAX)
    {
      *value = MIN (round (regimen_load_convert (*value, unit, REGIMEN_LOAD_UNIT_KG) * 100) / 100,
                    REGIMEN_LOG_LOAD_MAX);
      *value_unit = REGIMEN_LOAD_UNIT_KG;
    }

  return TRUE;
}

/* Whether @pounds, a row's weight_lbs beside its weight_kg, says the
 * weight @set has: none for none, else the same to a tenth of a pound
 * (Hevy writes both units rounded). */
static gboolean
weights_agree (const RegimenSetLog *set,
               const char          *pounds)
{
  RegimenLoadUnit unit;
  double value;

  if (!parse_weight (pounds, REGIMEN_LOAD_UNIT_LB, &value, &unit))
    return FALSE;
  if (value == REGIMEN_LOG_NO_LOAD || set->load == REGIMEN_LOG_NO_LOAD)
    return value == set->load;

  return fabs (regimen_load_convert (value, unit, REGIMEN_LOAD_UNIT_LB) -
               regimen_load_convert (set->load, set->unit, REGIMEN_LOAD_UNIT_LB)) < 0.1;
}

/* The minutes of a duration as export-csv and Strong write it, “50m”,
 * “1h” or “1h 5m”, from 1 to REGIMEN_MINUTES_MAX, or 0 for none: empty,
 * written otherwise (a sign, “-5m”), or longer than a session can be (a
 * workout timer left running, “14h 2m”), which leaves the session's
 * minutes as planned rather than a made-up length. */
static guint
parse_duration (const char *text)
{
  guint64 hours = 0;
  guint64 minutes = 0;
  gboolean seen_hours = FALSE;
  gboolean seen_minutes = FALSE;
  guint64 total;

  while (*text != '\0')
    {
      guint64 number = 0;
      guint digits = 0;

      if (*text == ' ')
        {
          text++;
          continue;
        }
      /* Digits only, no sign; more than three are longer than a session. */
      for (; g_ascii_isdigit (*text); text++, digits++)
        if (digits < 4)
          number = number * 10 + (guint64) (*text - '0');
      if (digits == 0 || digits > 3)
        return 0;
      if (*text == 'h' && !seen_hours && !seen_minutes)
        {
          hours = number;
          seen_hours = TRUE;
        }
      else if (*text == 'm' && !seen_minutes)
        {
          minutes = number;
          seen_minutes = TRUE;
        }
      else
        return 0;
      text++;
    }

  total = hours * 60 + minutes;
  return total <= REGIMEN_MINUTES_MAX ? (guint) total : 0;
}

/* “07:30” or “07:30:00”, and nothing after it. */
static gboolean
is_time_of_day (const char *text)
{
  const guint limits[] = { 23, 59, 59 };

  for (guint part = 0; part < G_N_ELEMENTS (limits); part++)
    {
      if (!g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
          (guint) ((text[0] - '0') * 10 + (text[1] - '0')) > limits[part])
        return FALSE;
      text += 2;
      if (*text == '\0')
        return part > 0;
      if (*text != ':')
        return FALSE;
      text++;
    }

  return FALSE;
}

/* The day of Strong's “2026-11-23 07:30:00”, or Hevy's “23 Nov 2026,
 * 07:30” (its export's English month names) or ISO form; a time after
 * the day must be one, so “2026-11-23 25:61” or “2026-11-23x” is no
 * date. */
static gboolean
parse_day (const char *text,
           GDate      *date)
{
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  g_autofree char *iso = g_strndup (text, 10);
  guint64 day;
  guint64 year;
  char *end;

  if (regimen_date_parse (iso, date))
    return text[10] == '\0' || ((text[10] == ' ' || text[10] == 'T') && is_time_of_day (text + 11));

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  day = g_ascii_strtoull (text, &end, 10);
  if (end - text > 2 || *end != ' ')
    return FALSE;
  text = end + 1;
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    if (g_ascii_strncasecmp (text, months[m], 3) == 0 && text[3] == ' ' && g_ascii_isdigit (text[4]))
      {
        year = g_ascii_strtoull (text + 4, &end, 10);
        if (end - (text + 4) != 4 || (*end != '\0' && !(end[0] == ',' && end[1] == ' ' && is_time_of_day (end + 2))))
          return FALSE;
        {
          g_autofree char *normal = g_strdup_printf ("%04u-%02u-%02u", (guint) year, m + 1, (guint) day);

          return regimen_date_parse (normal, date);
        }
      }

  return FALSE;
}

/* The minutes past midnight of a time written after the day (“…, 07:30”
 * or “… 07:30:00”), or -1. */
static int
parse_clock (const char *text)
{
  const char *colon = strchr (text, ':');

  if (colon == NULL || colon - text < 2 || !g_ascii_isdigit (colon[-1]) || !g_ascii_isdigit (colon[-2])
      || !g_ascii_isdigit (colon[1]) || !g_ascii_isdigit (colon[2]))
    return -1;

  return ((colon[-2] - '0') * 10 + (colon[-1] - '0')) * 60 + (colon[1] - '0') * 10 + (colon[2] - '0');
}

/* Hevy's session minutes: from start to end, days and times both, so
 * past midnight too; 0 (as planned) when the end is not after the start
 * or is longer than a session can be (a timer left running for a day
 * and half an hour is not half an hour), as parse_duration(). */
static guint
minutes_between (const char *start,
                 const char *end)
{
  int from = parse_clock (start);
  int to = parse_clock (end);
  GDate start_day;
  GDate end_day;
  g_autoptr(GDateTime) start_moment = NULL;
  g_autoptr(GDateTime) end_moment = NULL;
  gint64 minutes;

  g_date_clear (&start_day, 1);
  g_date_clear (&end_day, 1);
  if (from < 0 || to < 0 || from >= 24 * 60 || to >= 24 * 60 || !parse_day (start, &start_day))
    return 0;

  if (!parse_day (end, &end_day))
    {
      /* A session late on the last day of REGIMEN_YEAR_MAX ends in a year
       * no date is read in: the next day, as export-csv writes it, is its
       * end all the same. */
      g_autofree char *next_day = format_hevy_date (&start_day, 0, 24 * 60 + to);

      if (g_ascii_strcasecmp (end, next_day) != 0)
        return 0;
      end_day = start_day;
      g_date_add_days (&end_day, 1);
    }

  /* As the time passed, in the local zone (Hevy writes none): from
   * 01:30 to 03:30 on the day summer time starts is one hour, not two.
   * A time the clocks skip is no moment: the clocks' difference then. */
  start_moment = local_moment (&start_day, from);
  end_moment = local_moment (&end_day, to);
  if (reads_as (start_moment, from) && reads_as (end_moment, to))
    minutes = g_date_time_difference (end_moment, start_moment) / G_TIME_SPAN_MINUTE;
  else
    minutes = (gint64) g_date_days_between (&start_day, &end_day) * 24 * 60 + to - from;
  return minutes > 0 && minutes <= REGIMEN_MINUTES_MAX ? (guint) minutes : 0;
}

/* @text as names and titles are compared: normalised (“é” typed as one
 * character or as “e” and an accent, “ﬁ” and “fi” alike), then
 * case-folded, without the spaces around it. The file's side and the
 * plan's side go through it. */
static char *
fold (const char *text)
{
  /* Without bidirectional controls and the other format characters
   * that show as nothing, which export-csv leaves out. */
  g_autofree char *plain = has_hidden_format (text) ? regimen_text_without_hidden_format (text) : NULL;
  g_autofree char *normal = g_utf8_normalize (plain != NULL ? plain : text, -1, G_NORMALIZE_ALL);
  char *folded = g_utf8_casefold (normal != NULL ? normal : text, -1);

  /* A cell typed into a spreadsheet from the printed sheet often keeps
   * a space after the name (“Narrow Stance Squat ”), which matched no
   * exercise; the weights and counts beside it are read without theirs. */
  return g_strstrip (folded);
}

/* The plan's sessions by the day they were trained on: built once, so
 * that placing a row costs the same however long the plan is. */
typedef struct
{
  RegimenSession *session;
  char           *title;        /* folded display title (fold ()) */
  GPtrArray      *items;        /* of RegimenItem */
  GPtrArray      *names;        /* folded library names, by item */
  GPtrArray      *ids;          /* folded exercise ids, by item */
  GPtrArray      *exact_names;  /* the library names as written, by item */
  GPtrArray      *exact_ids;    /* the exercise ids as written, by item */
  GPtrArray      *kept;         /* owns the names and ids made for the file's side */
  gboolean        logged_there; /* dated by its log's date, not by its planned day */
  guint           order;        /* its place among the plan's sessions */
} SessionEntry;

static void
session_entry_free (SessionEntry *entry)
{
  g_free (entry->title);
  g_ptr_array_unref (entry->items);
  g_ptr_array_unref (entry->names);
  g_ptr_array_unref (entry->ids);
  g_ptr_array_unref (entry->exact_names);
  g_ptr_array_unref (entry->exact_ids);
  g_clear_pointer (&entry->kept, g_ptr_array_unref);
  g_free (entry);
}

/* Keeps @text, a name or id made for the file's side, with @entry;
 * returns it. */
static const char *
session_entry_keep (SessionEntry *entry,
                    char         *text)
{
  if (entry->kept == NULL)
    entry->kept = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (entry->kept, text);
  return text;
}

/* The items a row of one date, workout name and exercise can go to, in
 * plan order; @position moves to the next when the file's Set Order
 * starts again at 1 (a second item of the exercise: back-off sets, or an
 * evening session). The lists are the index's (see index_places()), NULL
 * when no item fits. */
typedef struct
{
  GPtrArray *sessions;
  GPtrArray *items;
  guint      position;
} Places;

static void
places_free (Places *places)
{
  g_clear_pointer (&places->sessions, g_ptr_array_unref);
  g_clear_pointer (&places->items, g_ptr_array_unref);
  g_free (places);
}

/* The sessions logged as trained on a date before those only planned
 * on it, each kind in plan order. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SessionEntry *x = *(SessionEntry * const *) a;
  const SessionEntry *y = *(SessionEntry * const *) b;

  if (x->logged_there != y->logged_there)
    return x->logged_there ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* julian day → GPtrArray of SessionEntry: by its log's date where it is
 * logged with one, else by its planned day. On a date, the sessions
 * whose logs say they were trained then come first: the rows of a
 * session trained on another day than planned (Thursday's done on
 * Monday, or one a week inserted before it has moved) went to the
 * session planned on that day, earlier in the plan and never trained,
 * which the import then logged as done with another session's sets. */
static GHashTable *
index_sessions (RegimenPlan    *plan,
                RegimenLibrary *library)
{
  GHashTable *by_date = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  const GDate *start = regimen_plan_get_start_date (plan);
  guint order = 0;
  GHashTableIter iter;
  gpointer entries_of_date;

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);
            const RegimenSessionLog *log = regimen_session_get_log (session);
            g_autoptr(GDate) planned = NULL;
            g_autofree char *title = NULL;
            const GDate *trained = NULL;
            SessionEntry *entry;
            GPtrArray *entries;
            guint julian;

            if (log != NULL && g_date_valid (&log->date))
              trained = &log->date;
            else if (start != NULL)
              trained = planned = regimen_week_day_date (start, w, d);

            if (trained == NULL)
              continue;

            entry = g_new0 (SessionEntry, 1);
            entry->session = session;
            entry->logged_there = planned == NULL;
            entry->order = order++;
            /* As export-csv writes it: a title with a control character
             * (“Lower \001”) holds its picture there (“Lower ␁”), and a
             * picture of the title's own follows the mark (“Lower ␀␁”).
             * Compared as the plan holds it, the rows of the first went to
             * a session of that date and time titled with the picture. */
            title = without_controls (regimen_session_get_display_title (session));
            entry->title = fold (title != NULL ? title : regimen_session_get_display_title (session));
            entry->items = g_ptr_array_new ();
            entry->names = g_ptr_array_new_with_free_func (g_free);
            entry->ids = g_ptr_array_new_with_free_func (g_free);
            entry->exact_names = g_ptr_array_new ();
            entry->exact_ids = g_ptr_array_new ();

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *item = regimen_session_get_item (session, i);
                const char *id = regimen_item_get_exercise (item);
                RegimenExercise *exercise = library != NULL ? regimen_library_lookup (library, id) : NULL;
                const char *name = exercise != NULL ? regimen_exercise_get_name (exercise) : id;
                char *cleaned;

                /* As the file's reader gives it back: a CR in a name (a
                 * hand-edited exercises.json's, or the id of an exercise
                 * the library lacks) is written as it is and read as LF,
                 * so those sets were said to match no exercise and left
                 * out. */
                if ((cleaned = with_line_feeds (name)) != NULL)
                  name = session_entry_keep (entry, cleaned);

                g_ptr_array_add (entry->items, item);
                g_ptr_array_add (entry->names, fold (name));
                g_ptr_array_add (entry->ids, fold (id));
                g_ptr_array_add (entry->exact_names, (gpointer) name);
                /* As export-csv writes it: an exercise the library
                 * lacks is written by its id, whose control characters
                 * the file holds as marks. */
                cleaned = without_controls (id);
                if (cleaned != NULL)
                  {
                    session_entry_keep (entry, cleaned);
                    id = cleaned;
                  }
                g_ptr_array_add (entry->exact_ids, (gpointer) id);
              }

            julian = g_date_get_julian (trained);
            entries = g_hash_table_lookup (by_date, GUINT_TO_POINTER (julian));
            if (entries == NULL)
              {
                entries = g_ptr_array_new_with_free_func ((GDestroyNotify) session_entry_free);
                g_hash_table_insert (by_date, GUINT_TO_POINTER (julian), entries);
              }
            g_ptr_array_add (entries, entry);
          }
      }

  g_hash_table_iter_init (&iter, by_date);
  while (g_hash_table_iter_next (&iter, NULL, &entries_of_date))
    g_ptr_array_sort (entries_of_date, compare_entries);

  return by_date;
}

/* How a row's exercise name is matched, tried in this order: as written
 * to an exercise id (what export-csv writes for a name that does not say
 * one exercise: a custom “Burpee” beside the built-in one, or a custom
 * exercise named like another's id, shared_names()), as written to a
 * library name (a custom exercise “burpee” beside the built-in “Burpee”),
 * then to a name or id case aside. An id is one exercise; a name can be
 * several, so only the id can come first. */
enum
{
  MATCH_EXACT_ID,
  MATCH_EXACT_NAME,
  MATCH_FOLDED,
  N_MATCHES
};

/* The items of a date that a name matches (@name as written for
 * MATCH_EXACT_NAME and MATCH_EXACT_ID, case-folded for MATCH_FOLDED), in
 * the sessions of one title (@title, its number in the index's titles) or
 * in all of them (@title 0), at one time of day (@clock, minutes past
 * midnight + 1; a session without a time is at midnight, as export-csv
 * writes it) or at any (@clock 0). The key of the index, and its entry:
 * @places lists the items in plan order. */
typedef struct
{
  guint       julian;
  guint       title;
  guint       clock;
  guint       match;
  const char *name;      /* the SessionEntry's */
  Places     *places;
} PlaceKey;

static guint
place_key_hash (gconstpointer data)
{
  const PlaceKey *key = data;

  return g_str_hash (key->name) ^ (key->julian * 2654435761u) ^ (key->title * 40503u) ^
         (key->clock * 2246822519u) ^ key->match;
}

static gboolean
place_key_equal (gconstpointer a,
                 gconstpointer b)
{
  const PlaceKey *x = a;
  const PlaceKey *y = b;

  return x->julian == y->julian && x->title == y->title && x->clock == y->clock && x->match == y->match &&
         strcmp (x->name, y->name) == 0;
}

static void
place_key_free (PlaceKey *key)
{
  places_free (key->places);
  g_free (key);
}

static void
add_place (GHashTable     *index,
           guint           julian,
           guint           title,
           guint           clock,
           guint           match,
           const char     *name,
           RegimenSession *session,
           RegimenItem    *item)
{
  PlaceKey probe = { julian, title, clock, match, name, NULL };
  PlaceKey *key = g_hash_table_lookup (index, &probe);

  if (key == NULL)
    {
      key = g_new (PlaceKey, 1);
      *key = probe;
      key->places = g_new0 (Places, 1);
      key->places->sessions = g_ptr_array_new ();
      key->places->items = g_ptr_array_new ();
      g_hash_table_add (index, key);
    }

  g_ptr_array_add (key->places->sessions, session);
  g_ptr_array_add (key->places->items, item);
}

/* The key of a date and a time of day (PlaceKey's clock) in the set of
 * the times the plan's sessions are at. */
#define CLOCK_KEY(julian, clock) GUINT_TO_POINTER ((julian) * (24 * 60 + 1) + (clock))

/* Where rows can go, looked up rather than searched for: every item of
 * @by_date under its date, its name as written, its name and its id
 * case-folded, each in all the day's sessions and in those of its
 * session's title (@titles: case-folded title → its number, from 1), at
 * any time of day and at its session's (@clocks: the dates and times
 * sessions are at). A row then costs a few look-ups however many items
 * share its date. */
static GHashTable *
index_places (GHashTable *by_date,
              GHashTable *titles,
              GHashTable *clocks)
{
  GHashTable *index = g_hash_table_new_full (place_key_hash, place_key_equal,
                                             (GDestroyNotify) place_key_free, NULL);
  GHashTableIter iter;
  gpointer day;
  gpointer value;

  g_hash_table_iter_init (&iter, by_date);
  while (g_hash_table_iter_next (&iter, &day, &value))
    {
      GPtrArray *entries = value;
      guint julian = GPOINTER_TO_UINT (day);

      for (guint s = 0; s < entries->len; s++)
        {
          SessionEntry *entry = g_ptr_array_index (entries, s);
          guint title = GPOINTER_TO_UINT (g_hash_table_lookup (titles, entry->title));
          guint clock = MAX (regimen_session_get_time (entry->session), 0) + 1;

          g_hash_table_add (clocks, CLOCK_KEY (julian, clock));

          if (title == 0)
            {
              title = g_hash_table_size (titles) + 1;
              g_hash_table_insert (titles, entry->title, GUINT_TO_POINTER (title));
            }

          for (guint i = 0; i < entry->items->len; i++)
            {
              RegimenItem *item = g_ptr_array_index (entry->items, i);
              const char *exact = g_ptr_array_index (entry->exact_names, i);
              const char *exact_id = g_ptr_array_index (entry->exact_ids, i);
              const char *folded = g_ptr_array_index (entry->names, i);
              const char *id = g_ptr_array_index (entry->ids, i);

              for (guint in = 0; in <= title; in += title)
                for (guint at = 0; at <= clock; at += clock)
                  {
                    add_place (index, julian, in, at, MATCH_EXACT_NAME, exact, entry->session, item);
                    add_place (index, julian, in, at, MATCH_EXACT_ID, exact_id, entry->session, item);
                    add_place (index, julian, in, at, MATCH_FOLDED, folded, entry->session, item);
                    /* An item is listed once however it matches. */
                    if (strcmp (id, folded) != 0)
                      add_place (index, julian, in, at, MATCH_FOLDED, id, entry->session, item);
                  }
            }
        }
    }

  return index;
}

static gboolean
session_is_skipped (RegimenSession *session)
{
  const RegimenSessionLog *log = regimen_session_get_log (session);

  return log != NULL && log->status == REGIMEN_LOG_STATUS_SKIPPED;
}

/* The session and item a row goes to: among the sessions trained on
 * @date, those titled @workout (else all of them), of those the ones at
 * @clock (the row's minutes past midnight, or -1 for none) first, the
 * first item named @name, or the next one when @set_order starts again
 * at 1. */
static gboolean
find_place (GHashTable      *index,
            GHashTable      *titles,
            GHashTable      *clocks,
            GHashTable      *cursors,
            const GDate     *date,
            const char      *workout,
            int              clock,
            const char      *name,
            guint            set_order,
            RegimenSession **out_session,
            RegimenItem    **out_item)
{
  g_autofree char *wanted = NULL;
  g_autofree char *title = NULL;
  g_autofree char *key = NULL;
  guint julian = g_date_get_julian (date);
  Places *places;

  wanted = fold (name);
  title = fold (workout);
  /* By the name as written: “burpee” and “Burpee” may be two exercises. */
  key = g_strdup_printf ("%u\x1f%s\x1f%d\x1f%s", julian, title, clock, name);
  places = g_hash_table_lookup (cursors, key);

  if (places == NULL)
    {
      /* The sessions of the row's workout name first, then any (0); in
       * each, those at the row's time of day first (a morning and an
       * evening session of one title), then at any time (0). */
      guint scopes[] = { GPOINTER_TO_UINT (g_hash_table_lookup (titles, title)), 0 };
      guint times[] = { clock + 1, 0 };
      /* A time no session of the date is at (a workout app's own clock)
       * says nothing: not looked up. */
      gboolean timed = clock >= 0 && g_hash_table_contains (clocks, CLOCK_KEY (julian, clock + 1));
      const PlaceKey *found = NULL;

      for (guint scope = scopes[0] == 0; found == NULL && scope < G_N_ELEMENTS (scopes); scope++)
        for (guint at = !timed; found == NULL && at < G_N_ELEMENTS (times); at++)
          for (guint match = 0; found == NULL && match < N_MATCHES; match++)
            {
              PlaceKey probe = { julian, scopes[scope], times[at], match, match == MATCH_FOLDED ? wanted : name,
                                 NULL };

              found = g_hash_table_lookup (index, &probe);
            }

      places = g_new0 (Places, 1);
      if (found != NULL)
        {
          places->sessions = g_ptr_array_ref (found->places->sessions);
          places->items = g_ptr_array_ref (found->places->items);
        }
      g_hash_table_insert (cursors, g_steal_pointer (&key), places);
    }
  else if (set_order == 1 && places->items != NULL && places->position + 1 < places->items->len)
    places->position++;

  if (places->items == NULL)
    return FALSE;

  /* A session logged as skipped was not trained: the row goes to the
   * next place of its exercise that day that was (the day's second
   * session of it), and is told as the skipped session's only when
   * there is none. */
  while (places->position + 1 < places->items->len &&
         session_is_skipped (g_ptr_array_index (places->sessions, places->position)))
    places->position++;

  *out_session = g_ptr_array_index (places->sessions, places->position);
  *out_item = g_ptr_array_index (places->items, places->position);
  return TRUE;
}

/* How many characters of a field a message quotes. */
#define FIELD_QUOTE_MAX 80

/* A field as a message quotes it: a row is told by its line, and a
 * field of megabytes (a cell of carriage returns, a pasted log) quoted
 * whole would make the message larger than the file, the rows told
 * after it lost in it. Its first FIELD_QUOTE_MAX characters say which it
 * is, its unseen ones spelt (regimen_text_spell()): a cell “Squat”
 * followed by a zero-width space was quoted as “Squat”, the very name it
 * did not match. @text is valid UTF-8, as every field is once the file
 * is read. */
static char *
quote_field (const char *text)
{
  g_autofree char *head = NULL;
  g_autofree char *spelt = NULL;

  if (g_utf8_strlen (text, -1) <= FIELD_QUOTE_MAX)
    return regimen_text_spell (text, FALSE);

  head = g_strndup (text, g_utf8_offset_to_pointer (text, FIELD_QUOTE_MAX) - text);
  spelt = regimen_text_spell (head, FALSE);
  return g_strconcat (spelt, "…", NULL);
}

/* Whether the fields of @record after the first @n_columns are all
 * empty (a trailing comma says nothing). */
static gboolean
fields_after_empty (const Record *record,
                    guint         n_columns)
{
  for (guint f = n_columns; f < record->fields->len; f++)
    if (*(const char *) g_ptr_array_index (record->fields, f) != '\0')
      return FALSE;

  return TRUE;
}

/* What is wrong with a count of @column (as the file's format names it)
 * on @line: the column, what it holds and its bound. */
static char *
count_message (guint       line,
               const char *column,
               const char *text,
               guint       max)
{
  g_autofree char *quoted = quote_field (text);

  /* Translators: “line 4: Reps “1001” is not a whole number from 0 to 1000” */
  return g_strdup_printf (_("line %u: %s “%s” is not a whole number from 0 to %u"), line, column, quoted, max);
}

/* Whether @note, the text of @column on @line, fits a log's note; if not,
 * @error names the line, the column and how long a note can be. A log
 * with a longer one could not be saved: the import is refused. */
static gboolean
check_note (const char  *note,
            guint        line,
            const char  *column,
            GError     **error)
{
  glong length = g_utf8_strlen (note, -1);

  if (length <= REGIMEN_TEXT_MAX_LENGTH)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: “line 2: Notes has 10001 characters; a note holds at most 10000” */
               _("line %u: %s has %ld characters; a note holds at most %u"),
               line, column, length, REGIMEN_TEXT_MAX_LENGTH);
  return FALSE;
}

/* The notes of one exercise's rows gathered, and their length joined. */
typedef struct
{
  GPtrArray *notes;   /* NULL-terminated */
  glong      length;  /* in characters, one line break between two */
} GatheredNotes;

static void
gathered_notes_free (GatheredNotes *gathered)
{
  g_ptr_array_unref (gathered->notes);
  g_free (gathered);
}

/* Gathers the note of a row of @item_log's exercise into @notes: each
 * row's, in order, once, where the first row's alone was taken and the
 * later rows' (a note on the second set, as apps that note each set
 * write them) were left out without a word. A row without a note adds
 * none; an exercise no row gives a note keeps its log's. The notes
 * joined one a line hold at most what a note holds. */
static gboolean
gather_note (GHashTable      *notes,
             RegimenItemLog  *item_log,
             const char      *text,
             guint            line,
             const char      *column,
             GError         **error)
{
  g_autofree char *note = NULL;
  GatheredNotes *gathered;
  glong length;

  if (*text == '\0')
    return TRUE;

  note = with_controls (text);
  gathered = g_hash_table_lookup (notes, item_log);
  if (gathered == NULL)
    {
      gathered = g_new0 (GatheredNotes, 1);
      gathered->notes = g_ptr_array_new_null_terminated (1, g_free, TRUE);
      gathered->length = -1;
      g_hash_table_insert (notes, item_log, gathered);
    }

  for (guint i = 0; i < gathered->notes->len; i++)
    if (g_str_equal (g_ptr_array_index (gathered->notes, i), note))
      return TRUE;

  length = gathered->length + 1 + g_utf8_strlen (note, -1);
  if (length > REGIMEN_TEXT_MAX_LENGTH)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: “line 9: with this row's, the Notes of the exercise's rows that day come to
                    * more than 10000 characters, …” */
                   _("line %u: with this row's, the %s of the exercise's rows that day come to more than %u "
                     "characters, one a line; a note holds at most %u"),
                   line, column, REGIMEN_TEXT_MAX_LENGTH, REGIMEN_TEXT_MAX_LENGTH);
      return FALSE;
    }

  gathered->length = length;
  g_ptr_array_add (gathered->notes, g_steal_pointer (&note));
  return TRUE;
}

/* The first REGIMEN_LOG_CSV_UNMATCHED_TOLD rows no session takes are told
 * by their message, the others only counted, as NULL: a 16 MB file of
 * eight million short rows of another plan kept a message for each, 470
 * MB. */
static void
add_unmatched (GPtrArray *unmatched,
               char      *message)
{
  if (unmatched->len >= REGIMEN_LOG_CSV_UNMATCHED_TOLD)
    g_clear_pointer (&message, g_free);

  g_ptr_array_add (unmatched, message);
}

/**
 * regimen_log_import_csv:
 * @library: (nullable): names the exercises (NULL: their ids)
 * @text: a CSV file in Strong's columns (%REGIMEN_LOG_CSV_HEADER; Date,
 *   Exercise Name and Weight are required, the others read when present),
 *   or in Hevy's (start_time, exercise_title, weight_kg or weight_lbs, …;
 *   known by its exercise_title column, see docs/cli.md)
 * @unit: the unit of its weights (Hevy's name theirs in the column)
 * @unmatched: receives “line N: …” for each row no session takes, the
 *   first %REGIMEN_LOG_CSV_UNMATCHED_TOLD of them; %NULL for each after
 * @n_sets: (out): the sets imported
 *
 * Logs the sets of @text into @plan: a row belongs to the session trained
 * (or planned) on its date that has an exercise of its name, by exercise
 * id, then library name, as written, then either case aside; of those,
 * one whose title is the row's Workout
 * Name first. When Set Order starts again at 1 for an exercise already
 * placed, the rows go to its next item (in the session, or in the next
 * session of that day). The sets an item gets replace those it had; a
 * session not logged yet is logged as done on that date, with the file's
 * duration and workout note. Rows with a bad date, weight or count are
 * reported in @unmatched like rows no session takes. The whole import is
 * one undoable command.
 *
 * Returns: FALSE, with @plan untouched and @n_sets 0, when @text cannot be
 *   read (an error naming the line) or a session would hold more than a
 *   log can
 */
gboolean
regimen_log_import_csv (RegimenPlan      *plan,
                        RegimenLibrary   *library,
                        const char       *text,
                        gsize             length,
                        RegimenLoadUnit   unit,
                        GPtrArray        *unmatched,
                        guint            *n_sets,
                        GError          **error)
{
  return regimen_log_import_csv_full (plan, library, text, length, unit, unmatched, n_sets, NULL, error);
}

/* A spreadsheet set to a language with a decimal comma (German, French)
 * saves CSV with semicolons between the columns, and its “Text (tab
 * delimited)” has tabs: the header line from @start, with more of either
 * than commas, is refused as such. Said from the line as written, since
 * as fields it reads as one field (said to have no “Date” column,
 * though it names one), as two split at a comma inside a column's name
 * (“Weight (kg, total)”), or not at all when every name is quoted
 * (“"Date";"Reps"”: text after a closing quote). @line is the header's.
 * Returns whether @error is set. */
static gboolean
refuse_other_separator (const char  *start,
                        const char  *end,
                        guint        line,
                        GError     **error)
{
  guint n_commas = 0;
  guint n_semicolons = 0;
  guint n_tabs = 0;

  for (const char *q = start; q < end && *q != '\n' && *q != '\r'; q++)
    {
      n_commas += *q == ',';
      n_semicolons += *q == ';';
      n_tabs += *q == '\t';
    }

  if (n_semicolons > n_commas)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         /* Translators: German or French Excel saves “CSV” with semicolons */
                         _("line %u: the columns are separated by semicolons, not commas, as a spreadsheet set to a language with a decimal comma saves them; save the file as CSV with commas"),
                         line);
  else if (n_tabs > n_commas)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("line %u: the columns are separated by tabs, not commas; save the file as CSV with commas"),
                         line);
  else
    return FALSE;

  return TRUE;
}

/**
 * regimen_log_import_csv_full:
 * @replaced: (out) (optional): what the sets the import replaced held
 *   that it does not bring back (their other members, their unit), so
 *   that the summary can say it
 *
 * As regimen_log_import_csv().
 */
gboolean
regimen_log_import_csv_full (RegimenPlan           *plan,
                             RegimenLibrary        *library,
                             const char            *text,
                             gsize                  length,
                             RegimenLoadUnit        unit,
                             GPtrArray             *unmatched,
                             guint                 *n_sets,
                             RegimenLogCsvReplaced *replaced_out,
                             GError               **error)
{
  RegimenLogCsvReplaced counts = { 0 };
  g_autoptr(GHashTable) logs = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) regimen_session_log_free);
  g_autoptr(GHashTable) replaced = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) notes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) gathered_notes_free);
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GHashTable) by_date = NULL;
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) clocks = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GHashTable) cursors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) places_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  const char *p = text;
  const char *end = text + length;
  int columns[N_COLUMNS];
  const char * const *names = column_names;
  int end_time = -1;
  int pounds = -1;
  int weight_unit = -1;
  gboolean hevy = FALSE;
  guint line = 1;
  guint header_line;
  guint imported = 0;
  const char *invalid = NULL;
  g_auto(Record) header = { 0 };

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (unmatched != NULL, FALSE);
  g_return_val_if_fail (n_sets != NULL, FALSE);

  *n_sets = 0;
  if (replaced_out != NULL)
    *replaced_out = counts;

  /* An empty file's bytes may be NULL (g_bytes_get_data() of none): it is
   * read as the empty text, whose header lacks the columns. */
  if (text == NULL)
    p = end = text = "";

  if (length > REGIMEN_LOG_CSV_MAX_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("the file is larger than %u MB"), REGIMEN_LOG_CSV_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  /* A byte order mark, as spreadsheets write one. */
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  /* One of UTF-16, as a spreadsheet's “Unicode text” is saved: named as
   * such, where its first byte was said to be one not UTF-8. */
  else if (length >= 2 && (memcmp (p, "\xff\xfe", 2) == 0 || memcmp (p, "\xfe\xff", 2) == 0))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           /* Translators: Excel's “Unicode Text” and LibreOffice's “Unicode (UTF-16)” save so */
                           _("the file is UTF-16 text (a spreadsheet's “Unicode text”), not UTF-8; save it as UTF-8 CSV"));
      return FALSE;
    }

  if (!g_utf8_validate (p, end - p, &invalid))
    {
      guint bad_line;
      guint bad_column;

      regimen_json_locate (p, invalid, &bad_line, &bad_column);
      if (*invalid == '\0')
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("line %u, column %u: the file holds a NUL byte; it is not UTF-8 text"),
                     bad_line, bad_column);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     /* Translators: a spreadsheet that saves CSV in Windows-1252 writes such a byte for “é” */
                     _("line %u, column %u: the file is not UTF-8 text (a byte 0x%02X there); save it as UTF-8 CSV"),
                     bad_line, bad_column, (guint) (guchar) *invalid);
      return FALSE;
    }

  /* Excel's separator line before the header, “sep=,”, which apps write
   * so that Excel splits the columns whatever its language: skipped, and
   * the header read from line 2, where that line was read as the header
   * and the file said to have no “Date” column though its next line names
   * one. “sep=;” is refused below as a header of semicolons is. */
  if (end - p >= 5 && g_ascii_strncasecmp (p, "sep=,", 5) == 0
      && (end - p == 5 || p[5] == '\n' || p[5] == '\r'))
    {
      p += 5;
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;
      line++;
    }

  /* Line 2 after a separator line: every message about the header says
   * where it is. */
  header_line = line;
  if (refuse_other_separator (p, end, header_line, error) || !read_record (&p, end, &line, &header, error))
    return FALSE;

  /* Hevy's export is known by its exercise column. */
  for (guint f = 0; f < header.fields->len; f++)
    if (g_ascii_strcasecmp (g_strstrip ((char *) g_ptr_array_index (header.fields, f)), "exercise_title") == 0)
      {
        hevy = TRUE;
        names = hevy_column_names;
      }

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      gboolean named = FALSE;

      columns[c] = -1;
      for (guint f = 0; f < header.fields->len; f++)
        {
          const char *name = g_ptr_array_index (header.fields, f);

          if (names[c] != NULL && g_ascii_strcasecmp (name, names[c]) == 0)
            {
              /* A column named twice ("Reps" in two places): one of
               * them would be read, the other left out unseen, as a
               * spreadsheet shows both, so neither is guessed. */
              if (named)
                {
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("line %u: the header names the “%s” column twice"), header_line, names[c]);
                  return FALSE;
                }
              named = TRUE;
              columns[c] = f;
              /* Hevy says the unit in the column's name. */
              if (hevy && c == COLUMN_WEIGHT)
                unit = REGIMEN_LOAD_UNIT_KG;
            }
          /* Hevy writes pounds to a column of their own. */
          else if (hevy && c == COLUMN_WEIGHT && g_ascii_strcasecmp (name, "weight_lbs") == 0)
            {
              pounds = f;
              if (columns[c] < 0)
                {
                  columns[c] = f;
                  unit = REGIMEN_LOAD_UNIT_LB;
                }
            }
          else if (hevy && c == COLUMN_DURATION && g_ascii_strcasecmp (name, "end_time") == 0)
            end_time = f;
        }

      if (columns[c] < 0 && c <= COLUMN_WEIGHT)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("line %u: the header has no “%s” column"), header_line,
                       hevy && c == COLUMN_WEIGHT ? "weight_kg" : names[c]);
          return FALSE;
        }
    }

  /* Strong's older export says each row's unit in a column of its own
   * (“kg” or “lbs”), as the set was logged: read, where a row in pounds
   * was logged as that many kilograms, 225 lb as 225 kg. */
  for (guint f = 0; f < header.fields->len && !hevy; f++)
    if (g_ascii_strcasecmp (g_ptr_array_index (header.fields, f), "Weight Unit") == 0)
      {
        if (weight_unit >= 0)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("line %u: the header names the “%s” column twice"), header_line, "Weight Unit");
            return FALSE;
          }
        weight_unit = f;
      }

  /* Hevy writes weight_kg or weight_lbs, as the account is set. A file
   * with both was made by someone else: weight_kg is read, and a row
   * whose weight_lbs says another weight is refused (weights_agree()). */
  if (columns[COLUMN_WEIGHT] == pounds)
    pounds = -1;

  by_date = index_sessions (plan, library);
  index = index_places (by_date, titles, clocks);

  while (p < end)
    {
      g_auto(Record) record = { 0 };
      RegimenSession *session;
      RegimenItem *item;
      RegimenSessionLog *log;
      RegimenItemLog *item_log;
      RegimenSetLog set;
      GDate date;
      guint seconds;
      guint work;
      guint set_order;
      const char *weight;
      const char *exercise;
      RegimenLoadUnit row_unit;

      if (!read_record (&p, end, &line, &record, error))
        return FALSE;

      /* Blank lines between records. */
      if (record.fields->len == 1 && *(char *) g_ptr_array_index (record.fields, 0) == '\0')
        continue;

      /* More fields than the header names columns: a text with a comma
       * that is not quoted (“Knee fine, but hip tight”, typed by hand),
       * whose part after the comma was dropped unseen with the fields
       * no column reads. */
      if (!fields_after_empty (&record, header.fields->len))
        {
          add_unmatched (unmatched,
                         /* Translators: “line 2 has 6 fields, but the header names 5 columns; …” */
                         g_strdup_printf (_("line %u has %u fields, but the header names %u columns; "
                                            "put a text with a comma in double quotes"),
                                          record.line, record.fields->len, header.fields->len));
          continue;
        }

      regimen_set_log_init (&set);
      g_date_clear (&date, 1);
      exercise = cell (&record, columns, COLUMN_EXERCISE);
      weight = cell (&record, columns, COLUMN_WEIGHT);

      {
        if (!parse_day (cell (&record, columns, COLUMN_DATE), &date))
          {
            g_autofree char *quoted = quote_field (cell (&record, columns, COLUMN_DATE));

            add_unmatched (unmatched,
                           /* Translators: “line 6: Date “yesterday” is not a date from 1900 to 2999” */
                           g_strdup_printf (_("line %u: %s “%s” is not a date from %d to %d"), record.line,
                                            names[COLUMN_DATE], quoted, REGIMEN_YEAR_MIN, REGIMEN_YEAR_MAX));
            continue;
          }
      }

      if (!parse_count (cell (&record, columns, COLUMN_REPS), REGIMEN_LOG_REPS_MAX, &set.reps))
        {
          add_unmatched (unmatched, count_message (record.line, names[COLUMN_REPS],
                                                   cell (&record, columns, COLUMN_REPS), REGIMEN_LOG_REPS_MAX));
          continue;
        }
      /* Seconds of a hold, or of interval rounds × their work: export-csv
       * writes 100 rounds of an hour as 360000. Which, the row's item
       * says. */
      if (!parse_count (cell (&record, columns, COLUMN_SECONDS), REGIMEN_ROUNDS_MAX * REGIMEN_SECONDS_MAX,
                        &seconds))
        {
          add_unmatched (unmatched, count_message (record.line, names[COLUMN_SECONDS],
                                                   cell (&record, columns, COLUMN_SECONDS),
                                                   REGIMEN_ROUNDS_MAX * REGIMEN_SECONDS_MAX));
          continue;
        }

      row_unit = unit;
      if (weight_unit >= 0 && (guint) weight_unit < record.fields->len)
        {
          g_autofree char *named = g_strstrip (g_strdup (unguard (g_ptr_array_index (record.fields, weight_unit))));

          if (g_ascii_strcasecmp (named, "lbs") == 0 || g_ascii_strcasecmp (named, "lb") == 0)
            row_unit = REGIMEN_LOAD_UNIT_LB;
          else if (g_ascii_strcasecmp (named, "kg") == 0 || g_ascii_strcasecmp (named, "kgs") == 0)
            row_unit = REGIMEN_LOAD_UNIT_KG;
          else if (*named != '\0')
            {
              g_autofree char *quoted = quote_field (named);

              add_unmatched (unmatched,
                             /* Translators: “line 4: the weight unit “stone” is neither kg nor lbs” */
                             g_strdup_printf (_("line %u: the weight unit “%s” is neither kg nor lbs"),
                                              record.line, quoted));
              continue;
            }
        }

      if (!parse_weight (weight, row_unit, &set.load, &set.unit))
        {
          g_autofree char *quoted = quote_field (weight);

          add_unmatched (unmatched,
                         g_strdup_printf (_("line %u: the weight “%s” is not a number from 0 to %g"),
                                          record.line, quoted, weight_max (row_unit)));
          continue;
        }
      if (pounds >= 0 && !weights_agree (&set, record.fields->len > (guint) pounds
                                                   ? unguard (g_ptr_array_index (record.fields, pounds)) : ""))
        {
          g_autofree char *quoted = quote_field (weight);
          g_autofree char *quoted_pounds = quote_field (record.fields->len > (guint) pounds
                                                        ? unguard (g_ptr_array_index (record.fields, pounds)) : "");

          add_unmatched (unmatched,
                         /* Translators: “line 3: weight_kg “60” and weight_lbs “150” are not one weight” */
                         g_strdup_printf (_("line %u: weight_kg “%s” and weight_lbs “%s” are not one weight; "
                                            "Hevy writes one of the two, so keep the column meant"),
                                          record.line, quoted, quoted_pounds));
          continue;
        }
      if (set.load == REGIMEN_LOG_NO_LOAD)
        set.unit = REGIMEN_LOAD_UNIT_KG;

      /* A Set Order that is not a count is no restart. */
      if (!parse_count (cell (&record, columns, COLUMN_SET_ORDER), G_MAXUINT - 1, &set_order))
        set_order = 0;
      /* Hevy counts sets from 0, Strong from 1. */
      else if (hevy && *cell (&record, columns, COLUMN_SET_ORDER) != '\0')
        set_order++;

      if (!find_place (index, titles, clocks, cursors, &date, cell (&record, columns, COLUMN_WORKOUT_NAME),
                       parse_clock (cell (&record, columns, COLUMN_DATE)), exercise, set_order, &session, &item))
        {
          g_autofree char *quoted = quote_field (exercise);

          add_unmatched (unmatched,
                         g_strdup_printf (_("line %u: no session on %s has the exercise “%s”"),
                                          record.line, cell (&record, columns, COLUMN_DATE), quoted));
          continue;
        }

      /* A session logged as skipped was not trained: its sets would be
       * kept but read by no figure, export or form (the app's log form
       * asks for none), so the row is told rather than said imported. */
      if (regimen_session_get_log (session) != NULL &&
          regimen_session_get_log (session)->status == REGIMEN_LOG_STATUS_SKIPPED)
        {
          add_unmatched (unmatched,
                         /* Translators: “line 4: “Lower body A” on 2026-11-23 is logged as skipped; …” */
                         g_strdup_printf (_("line %u: “%s” on %s is logged as skipped; log it as done or partly "
                                            "first to import its sets"),
                                          record.line, regimen_session_get_display_title (session),
                                          cell (&record, columns, COLUMN_DATE)));
          continue;
        }

      /* Seconds are a hold, or for intervals rounds × work seconds, as
       * export-csv writes them (beside reps too): a whole number of
       * rounds, at most 100, reads as rounds, any other as a hold, so a
       * hold of 45 s on rounds of 30 s stays a hold. */
      work = regimen_item_get_interval (item) != NULL ? MAX (regimen_item_get_interval (item)->work_seconds, 1) : 0;
      if (seconds > 0 && work > 0 && seconds % work == 0 && seconds / work <= REGIMEN_ROUNDS_MAX)
        set.rounds = seconds / work;
      else if (seconds > REGIMEN_HOLD_SECONDS_MAX)
        {
          add_unmatched (unmatched,
                         /* Translators: “line 4: Seconds 40000 is longer than a hold can be (36000 seconds)” */
                         g_strdup_printf (_("line %u: %s %u is longer than a hold can be (%u seconds)"),
                                          record.line, names[COLUMN_SECONDS], seconds, REGIMEN_HOLD_SECONDS_MAX));
          continue;
        }
      else
        set.hold_seconds = seconds;

      if (set.reps == 0 && set.hold_seconds == 0 && set.rounds == 0)
        {
          add_unmatched (unmatched, g_strdup_printf (_("line %u: the set has no reps and no seconds"),
                                                     record.line));
          continue;
        }

      log = g_hash_table_lookup (logs, session);
      if (log == NULL)
        {
          const RegimenSessionLog *current = regimen_session_get_log (session);

          if (current != NULL)
            {
              g_autofree char *file_note = with_controls (cell (&record, columns, COLUMN_WORKOUT_NOTES));
              guint file_minutes;
              guint held_minutes;

              /* A session logged before keeps its own note: the file's,
               * left out, is counted to be told, where it went unsaid. */
              log = regimen_session_log_copy (current);
              if (*file_note != '\0' && g_strcmp0 (file_note, current->note) != 0)
                counts.n_notes_kept++;

              /* And its own minutes: a Duration other than those export-csv
               * writes of it (the log's, or with none the planned ones) is
               * counted to be told, where it was left out without a word. */
              if (hevy && end_time >= 0 && (guint) end_time < record.fields->len)
                file_minutes = minutes_between (cell (&record, columns, COLUMN_DATE),
                                                g_ptr_array_index (record.fields, end_time));
              else
                file_minutes = parse_duration (cell (&record, columns, COLUMN_DURATION));
              held_minutes = current->minutes > 0 ? current->minutes
                                                  : (guint) (regimen_session_estimate_minutes (session) + 0.5);
              if (file_minutes > 0 && file_minutes != held_minutes)
                counts.n_durations_kept++;
            }
          else
            {
              log = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);
              log->date = date;
              if (hevy && end_time >= 0 && (guint) end_time < record.fields->len)
                log->minutes = minutes_between (cell (&record, columns, COLUMN_DATE),
                                                g_ptr_array_index (record.fields, end_time));
              else
                log->minutes = parse_duration (cell (&record, columns, COLUMN_DURATION));
              if (!check_note (cell (&record, columns, COLUMN_WORKOUT_NOTES), record.line,
                               names[COLUMN_WORKOUT_NOTES], error))
                {
                  regimen_session_log_free (log);
                  return FALSE;
                }
              if (*cell (&record, columns, COLUMN_WORKOUT_NOTES) != '\0')
                {
                  g_autofree char *note = with_controls (cell (&record, columns, COLUMN_WORKOUT_NOTES));

                  regimen_session_log_set_note (log, note);
                }
            }
          g_hash_table_insert (logs, session, log);
          g_ptr_array_add (order, session);
        }

      item_log = regimen_session_log_find_item (log, regimen_item_get_id (item));
      /* A log keeps the sets of exercises removed from its session since,
       * and they count towards the exercises it names: told with the row,
       * where the whole file was “beyond what a plan can hold”. */
      if (item_log == NULL && log->items->len >= REGIMEN_LOG_MAX_ITEMS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: “line 4: the log of “Lower body A” on 2026-11-23 would name 101 exercises, …” */
                       _("line %u: the log of “%s” on %s would name %u exercises, those it keeps of exercises "
                         "removed from the session among them; a log names at most %u"),
                       record.line, regimen_session_get_display_title (session),
                       cell (&record, columns, COLUMN_DATE), log->items->len + 1, REGIMEN_LOG_MAX_ITEMS);
          return FALSE;
        }
      if (item_log == NULL)
        item_log = regimen_session_log_add_item (log, regimen_item_get_id (item));
      if (g_hash_table_add (replaced, item_log))
        {
          count_not_carried (item_log, unit, &counts);
          g_array_set_size (item_log->sets, 0);
        }
      if (!check_note (cell (&record, columns, COLUMN_NOTES), record.line, names[COLUMN_NOTES], error) ||
          !gather_note (notes, item_log, cell (&record, columns, COLUMN_NOTES), record.line, names[COLUMN_NOTES],
                        error))
        return FALSE;

      if (item_log->sets->len >= REGIMEN_LOG_MAX_SETS)
        {
          g_autofree char *quoted = quote_field (exercise);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("line %u: more than %u sets of “%s” on one day"),
                       record.line, REGIMEN_LOG_MAX_SETS, quoted);
          return FALSE;
        }

      regimen_item_log_add_set (item_log, &set);
      imported++;
    }

  /* The notes of each exercise's rows, one a line. */
  g_hash_table_iter_init (&iter, notes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *note = g_strjoinv ("\n", (char **) ((GatheredNotes *) value)->notes->pdata);

      regimen_item_log_set_note (key, note);
    }

  /* Each log is checked before any is stored, so a bad file leaves the
   * plan as it was. */
  for (guint i = 0; i < order->len; i++)
    if (!regimen_session_log_is_valid (g_hash_table_lookup (logs, order->pdata[i])))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("the sets for “%s” are beyond what a plan can hold"),
                     regimen_session_get_display_title (order->pdata[i]));
        return FALSE;
      }

  /* One undo step for the whole file. */
  regimen_plan_begin_user_action (plan, _("Import Log"));
  for (guint i = 0; i < order->len; i++)
    {
      gboolean logged = regimen_plan_log_session (plan, order->pdata[i], g_hash_table_lookup (logs, order->pdata[i]));

      g_assert (logged);
    }
  regimen_plan_end_user_action (plan);

  *n_sets = imported;
  counts.unit = unit;
  if (replaced_out != NULL)
    *replaced_out = counts;
  return TRUE;
}
