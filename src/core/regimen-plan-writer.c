/* regimen-plan-writer.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan-writer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include <glib/gi18n-lib.h>

#include "regimen-file-util.h"
#include "regimen-json-check.h"
#include "regimen-plan-blocks.h"
#include "regimen-plan-private.h"
#include "regimen-plan-reader.h"
#include "regimen-plan-view.h"
#include "regimen-plan-writer.h"
#include "regimen-string-private.h"
#include "regimen-weekday.h"

/* The writer is hand-made rather than JsonGenerator's, because the file
 * must be byte-stable: fixed member order, "name": value spacing, numbers
 * without noise, and one member per line so diffs stay small. */
typedef struct
{
  GString *out;
  /* For each open object or array: how many entries it has so far. */
  GArray  *counts;
  /* The members and list elements written: the values the reader
   * counts, but for the document itself. */
  guint64  entries;
  /* No line breaks, indents nor spaces after a name: the working copy
   * of a plan whose canonical text is more than the reader takes. */
  gboolean compact;
  /* Compact: the bytes the line breaks, indents and spaces left out
   * would have taken, so that the canonical text's size is known
   * without writing it. */
  guint64  spared;
} Writer;

/* Plans' texts written, for the tests (regimen_plan_writer_get_n_plans_written()). */
static guint n_plans_written;

#define append_literal(out, text) regimen_string_append_len ((out), "" text, sizeof (text) - 1)

/* @value in decimal, as printf's "%" G_GINT64_FORMAT writes it. */
static void
append_int (GString *out,
            gint64   value)
{
  if (value < 0)
    {
      g_string_append_c (out, '-');
      regimen_string_append_uint (out, -(guint64) value);
    }
  else
    regimen_string_append_uint (out, value);
}

static void
write_indent (Writer *writer)
{
  static const char spaces[] = "\n                                                                ";
  gsize width = 2 * writer->counts->len;
  gsize n = MIN (width, sizeof spaces - 2);

  if (writer->compact)
    {
      writer->spared += 1 + width;
      return;
    }

  /* The newline and as many spaces as fit in one copy; deeper levels
   * (other tools' members can nest as deep as they like) in more. */
  regimen_string_append_len (writer->out, spaces, n + 1);
  for (width -= n; width > 0; width -= n)
    {
      n = MIN (width, sizeof spaces - 2);
      regimen_string_append_len (writer->out, spaces + 1, n);
    }
}

/* Whether @c, a byte of UTF-8, is DEL or may start a C1 control
 * (U+0080–U+009F), U+061C, a direction mark, embedding, override or
 * isolate, or a line or paragraph separator, which write_string()
 * writes as escapes. */
static gboolean
is_unsafe_lead (guchar c)
{
  return c == 0x7F || c == 0xC2 || c == 0xD8 || c == 0xE2;
}

/**
 * regimen_json_unsafe_char_at:
 * @p: a character of UTF-8 text
 *
 * Returns: the character at @p when the plan writer writes it as a \u
 *   escape beside those JSON asks for: DEL, a C1 control, a line or
 *   paragraph separator, a bidirectional control; 0 for any other
 */
gunichar
regimen_json_unsafe_char_at (const char *p)
{
  gunichar u;

  if (!is_unsafe_lead (*p))
    return 0;

  u = g_utf8_get_char (p);
  if (!regimen_text_breaks_a_line (u) && !regimen_text_is_bidi_control (u))
    return 0;

  return u;
}

static void
write_string (Writer     *writer,
              const char *text)
{
  g_autofree char *valid = NULL;
  const char *run;
  const char *p;

  /* The API lets callers set any bytes; the file is always UTF-8. An
   * ASCII start is valid, so only the text from the first byte beyond it
   * is validated: the member names and most values are ASCII. */
  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p != '\0' && !g_utf8_validate (p, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (writer->out, '"');

  /* Runs of bytes that need no escape are copied whole. */
  for (run = p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c >= 0x20 && c != '"' && c != '\\' && !is_unsafe_lead (c))
        continue;

      if (is_unsafe_lead (c))
        {
          gunichar u = regimen_json_unsafe_char_at (p);

          if (u == 0)
            continue;

          /* Shown raw by a terminal (`format -o -`, cat, less), U+009B
           * is CSI, which clears or recolours the screen, and the
           * others forge or reorder lines: written as --json output
           * writes them (issue 21, pass 46a). */
          regimen_string_append_len (writer->out, run, p - run);
          g_string_append_printf (writer->out, "\\u%04x", u);
          p = g_utf8_next_char (p) - 1;
          run = p + 1;
          continue;
        }

      regimen_string_append_len (writer->out, run, p - run);
      run = p + 1;

      switch (c)
        {
        case '"':
          append_literal (writer->out, "\\\"");
          break;

        case '\\':
          append_literal (writer->out, "\\\\");
          break;

        case '\n':
          append_literal (writer->out, "\\n");
          break;

        case '\r':
          append_literal (writer->out, "\\r");
          break;

        case '\t':
          append_literal (writer->out, "\\t");
          break;

        case '\b':
          append_literal (writer->out, "\\b");
          break;

        case '\f':
          append_literal (writer->out, "\\f");
          break;

        default:
          g_string_append_printf (writer->out, "\\u%04x", c);
        }
    }
  regimen_string_append_len (writer->out, run, p - run);

  g_string_append_c (writer->out, '"');
}

/* The shortest text that reads back as the same double. With
 * @keep_fraction an integral value keeps ".0", so a number the reader did
 * not know stays a floating point number. */
static void
write_double (Writer   *writer,
              double    value,
              gboolean  keep_fraction)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      append_literal (writer->out, "null");
      return;
    }

  /* A load of -0.0 (the ranges admit it) is written 0: "-0" would read
   * back as the whole number 0, written 0 the next time, so the canonical
   * form would not be one (`format --check` after `format` failing). */
  if (value == 0.0 && !keep_fraction)
    value = 0.0;

  if (value == floor (value) && fabs (value) < 1e15)
    {
      /* As "%.0f" writes it, -0.0 as "-0". */
      if (signbit (value))
        g_string_append_c (writer->out, '-');
      regimen_string_append_uint (writer->out, (guint64) fabs (value));
      if (keep_fraction)
        append_literal (writer->out, ".0");
      return;
    }

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  regimen_string_append_len (writer->out, buffer, strlen (buffer));
  /* A whole number of 16 or 17 digits, which “%g” writes without a point
   * or an exponent (9007199254740992), would read back as an integer. */
  if (keep_fraction && strpbrk (buffer, ".eE") == NULL)
    append_literal (writer->out, ".0");
}

static void
begin_container (Writer *writer,
                 char    open)
{
  guint zero = 0;

  g_string_append_c (writer->out, open);
  g_array_append_val (writer->counts, zero);
}

static void
end_container (Writer *writer,
               char    close)
{
  guint count = g_array_index (writer->counts, guint, writer->counts->len - 1);

  g_array_set_size (writer->counts, writer->counts->len - 1);
  if (count > 0)
    write_indent (writer);
  g_string_append_c (writer->out, close);
}

static void
next_entry (Writer *writer)
{
  guint *count = &g_array_index (writer->counts, guint, writer->counts->len - 1);

  if (*count > 0)
    g_string_append_c (writer->out, ',');
  (*count)++;
  writer->entries++;
  write_indent (writer);
}

static void
write_key (Writer     *writer,
           const char *name)
{
  next_entry (writer);
  write_string (writer, name);
  if (writer->compact)
    {
      g_string_append_c (writer->out, ':');
      writer->spared++;
    }
  else
    append_literal (writer->out, ": ");
}

static void write_node (Writer   *writer,
                        JsonNode *node);

static void
write_extra (Writer     *writer,
             JsonObject *extra)
{
  g_autoptr(GList) members = NULL;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      write_key (writer, l->data);
      write_node (writer, json_object_get_member (extra, l->data));
    }
}

static void
write_node (Writer   *writer,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      begin_container (writer, '{');
      write_extra (writer, json_node_get_object (node));
      end_container (writer, '}');
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        begin_container (writer, '[');
        for (guint i = 0; i < n; i++)
          {
            next_entry (writer);
            write_node (writer, json_array_get_element (array, i));
          }
        end_container (writer, ']');
      }
      break;

    case JSON_NODE_NULL:
      append_literal (writer->out, "null");
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (writer, json_node_get_string (node));
          break;

        case G_TYPE_BOOLEAN:
          if (json_node_get_boolean (node))
            append_literal (writer->out, "true");
          else
            append_literal (writer->out, "false");
          break;

        case G_TYPE_INT64:
          append_int (writer->out, json_node_get_int (node));
          break;

        default:
          write_double (writer, json_node_get_double (node), TRUE);
          break;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
write_string_member (Writer     *writer,
                     const char *name,
                     const char *value)
{
  if (value == NULL)
    return;

  write_key (writer, name);
  write_string (writer, value);
}

static void
write_uint_member (Writer     *writer,
                   const char *name,
                   guint       value)
{
  if (value == 0)
    return;

  write_key (writer, name);
  regimen_string_append_uint (writer->out, value);
}

static void
write_interval (Writer                *writer,
                const RegimenInterval *interval)
{
  write_key (writer, "interval");
  begin_container (writer, '{');
  write_key (writer, "work_seconds");
  regimen_string_append_uint (writer->out, interval->work_seconds);
  write_key (writer, "rest_seconds");
  regimen_string_append_uint (writer->out, interval->rest_seconds);
  write_key (writer, "rounds");
  regimen_string_append_uint (writer->out, interval->rounds);
  write_extra (writer, interval->extra);
  end_container (writer, '}');
}

static void
write_progression (Writer                   *writer,
                   const RegimenProgression *progression)
{
  write_key (writer, "progression");
  begin_container (writer, '{');
  write_key (writer, "rule");
  write_string (writer, regimen_progression_rule_to_string (progression->rule));
  write_key (writer, "weeks");
  regimen_string_append_uint (writer->out, progression->weeks);
  if (progression->rule == REGIMEN_PROGRESSION_ADD)
    {
      write_key (writer, "member");
      write_string (writer, regimen_progression_quantity_to_string (progression->quantity));
      write_key (writer, "step");
      write_double (writer, progression->step, FALSE);
      if (progression->cap > 0)
        {
          write_key (writer, "up_to");
          write_double (writer, progression->cap, FALSE);
        }
    }
  else if (progression->rule == REGIMEN_PROGRESSION_CHAIN)
    write_uint_member (writer, "every_weeks", progression->stage_weeks);
  write_extra (writer, progression->extra);
  end_container (writer, '}');
}

static void
write_item (Writer      *writer,
            RegimenItem *item)
{
  const RegimenInterval *interval = regimen_item_get_interval (item);
  const char *exercise = regimen_item_get_exercise (item);

  begin_container (writer, '{');
  write_string_member (writer, "id", regimen_item_get_id (item));
  write_key (writer, "exercise");
  write_string (writer, exercise != NULL ? exercise : "");
  write_uint_member (writer, "sets", regimen_item_get_sets (item));
  write_uint_member (writer, "reps", regimen_item_get_reps (item));
  write_uint_member (writer, "hold_seconds", regimen_item_get_hold_seconds (item));
  if (regimen_item_get_per_side (item))
    {
      write_key (writer, "per_side");
      append_literal (writer->out, "true");
    }
  write_string_member (writer, "tempo", regimen_item_get_tempo (item));
  if (regimen_item_get_no_rest (item))
    {
      write_key (writer, "rest_seconds");
      append_literal (writer->out, "0");
    }
  else
    write_uint_member (writer, "rest_seconds", regimen_item_get_rest_seconds (item));
  if (regimen_item_has_load_percent_1rm (item))
    {
      write_key (writer, "load_percent_1rm");
      write_double (writer, regimen_item_get_load_percent_1rm (item), FALSE);
    }
  if (regimen_item_has_load_kg (item))
    {
      write_key (writer, "load_kg");
      write_double (writer, regimen_item_get_load_kg (item), FALSE);
    }
  if (regimen_item_get_warm_up (item))
    {
      write_key (writer, "warm_up");
      append_literal (writer->out, "true");
    }
  write_string_member (writer, "group", regimen_item_get_group (item));
  write_string_member (writer, "notes", regimen_item_get_notes (item));
  if (interval != NULL)
    write_interval (writer, interval);
  if (regimen_item_get_progression (item) != NULL)
    write_progression (writer, regimen_item_get_progression (item));
  write_string_member (writer, "progressed_from", regimen_item_get_progressed_from (item));
  write_extra (writer, regimen_item_get_extra (item));
  end_container (writer, '}');
}

static void
write_set_log (Writer              *writer,
               const RegimenSetLog *set)
{
  begin_container (writer, '{');
  write_uint_member (writer, "reps", set->reps);
  if (set->load >= 0)
    {
      write_key (writer, "load");
      write_double (writer, set->load, FALSE);
      write_key (writer, "unit");
      write_string (writer, regimen_load_unit_to_string (set->unit));
    }
  write_uint_member (writer, "hold_seconds", set->hold_seconds);
  write_uint_member (writer, "rounds", set->rounds);
  write_extra (writer, set->extra);
  end_container (writer, '}');
}

static void
write_item_log (Writer               *writer,
                const RegimenItemLog *item_log)
{
  begin_container (writer, '{');
  write_key (writer, "item");
  write_string (writer, item_log->item);
  write_key (writer, "sets");
  begin_container (writer, '[');
  for (guint i = 0; i < item_log->sets->len; i++)
    {
      next_entry (writer);
      write_set_log (writer, &g_array_index (item_log->sets, RegimenSetLog, i));
    }
  end_container (writer, ']');
  write_string_member (writer, "note", item_log->note);
  write_extra (writer, item_log->extra);
  end_container (writer, '}');
}

/* A session's "log", after its items (docs/plan-format.md). */
static void
write_session_log (Writer                  *writer,
                   const RegimenSessionLog *log)
{
  if (log == NULL)
    return;

  write_key (writer, "log");
  begin_container (writer, '{');
  write_key (writer, "status");
  write_string (writer, regimen_log_status_to_string (log->status));
  if (g_date_valid (&log->date))
    {
      char date[16];

      g_snprintf (date, sizeof date, "%04u-%02u-%02u",
                  (guint) g_date_get_year (&log->date), (guint) g_date_get_month (&log->date),
                  (guint) g_date_get_day (&log->date));
      write_key (writer, "date");
      write_string (writer, date);
    }
  write_uint_member (writer, "minutes", log->minutes);
  write_uint_member (writer, "rpe", log->rpe);
  write_string_member (writer, "note", log->note);
  write_key (writer, "items");
  begin_container (writer, '[');
  for (guint i = 0; i < log->items->len; i++)
    {
      next_entry (writer);
      write_item_log (writer, g_ptr_array_index (log->items, i));
    }
  end_container (writer, ']');
  write_extra (writer, log->extra);
  end_container (writer, '}');
}

static void
write_session (Writer         *writer,
               RegimenSession *session)
{
  guint n_items = regimen_session_get_n_items (session);

  begin_container (writer, '{');
  write_string_member (writer, "id", regimen_session_get_id (session));
  write_string_member (writer, "title", regimen_session_get_title (session));
  write_key (writer, "kind");
  write_string (writer, regimen_session_kind_to_string (regimen_session_get_kind (session)));
  write_key (writer, "rpe");
  regimen_string_append_uint (writer->out, regimen_session_get_rpe (session));
  write_uint_member (writer, "minutes", regimen_session_get_minutes (session));
  if (regimen_session_get_time (session) != REGIMEN_SESSION_NO_TIME)
    {
      g_autofree char *time = regimen_session_time_to_string (regimen_session_get_time (session));

      write_string_member (writer, "time", time);
    }

  write_key (writer, "items");
  begin_container (writer, '[');
  for (guint i = 0; i < n_items; i++)
    {
      next_entry (writer);
      write_item (writer, regimen_session_peek_item (session, i));
    }
  end_container (writer, ']');

  write_session_log (writer, regimen_session_get_log (session));
  write_extra (writer, regimen_session_get_extra (session));
  end_container (writer, '}');
}

static void
write_day (Writer     *writer,
           RegimenDay *day)
{
  guint n_sessions = regimen_day_get_n_sessions (day);

  begin_container (writer, '{');
  write_key (writer, "sessions");
  begin_container (writer, '[');
  for (guint i = 0; i < n_sessions; i++)
    {
      next_entry (writer);
      write_session (writer, regimen_day_peek_session (day, i));
    }
  end_container (writer, ']');
  write_extra (writer, regimen_day_get_extra (day));
  end_container (writer, '}');
}

/* The members a lighter week has, which a copy of the week takes. */
static void
write_lighter (Writer      *writer,
               RegimenWeek *week)
{
  double volume, intensity;

  if (regimen_week_get_lighter (week))
    {
      write_key (writer, "lighter");
      append_literal (writer->out, "true");
    }
  regimen_week_get_lighter_factors (week, &volume, &intensity);
  if (volume != REGIMEN_LIGHTER_DEFAULT_VOLUME)
    {
      write_key (writer, "lighter_volume");
      write_double (writer, volume, FALSE);
    }
  if (intensity != REGIMEN_LIGHTER_DEFAULT_INTENSITY)
    {
      write_key (writer, "lighter_intensity");
      write_double (writer, intensity, FALSE);
    }
}

static void
write_week (Writer      *writer,
            RegimenWeek *week)
{
  begin_container (writer, '{');
  write_string_member (writer, "label", regimen_week_get_label (week));
  write_lighter (writer, week);
  if (regimen_week_get_added_by_rule (week))
    {
      write_key (writer, "added_by_rule");
      append_literal (writer->out, "true");
    }
  write_key (writer, "days");
  begin_container (writer, '[');
  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    {
      next_entry (writer);
      write_day (writer, regimen_week_peek_day (week, i));
    }
  end_container (writer, ']');
  write_extra (writer, regimen_week_get_extra (week));
  end_container (writer, '}');
}

static void
write_athlete (Writer         *writer,
               RegimenAthlete *athlete)
{
  write_key (writer, "athlete");
  begin_container (writer, '{');
  write_key (writer, "level");
  write_string (writer, regimen_level_to_string (regimen_athlete_get_level (athlete)));
  write_key (writer, "life_stress");
  write_string (writer, regimen_life_stress_to_string (regimen_athlete_get_life_stress (athlete)));
  if (regimen_athlete_get_baseline_weekly_load (athlete) > 0.0)
    {
      write_key (writer, "baseline_weekly_load");
      write_double (writer, regimen_athlete_get_baseline_weekly_load (athlete), FALSE);
    }
  if (regimen_athlete_get_max_hiit_per_week (athlete) >= 0)
    {
      write_key (writer, "max_hiit_per_week");
      append_int (writer->out, regimen_athlete_get_max_hiit_per_week (athlete));
    }
  write_extra (writer, regimen_athlete_get_extra (athlete));
  end_container (writer, '}');
}

static void
write_blocks (Writer      *writer,
              RegimenPlan *plan)
{
  guint n = regimen_plan_get_n_blocks (plan);

  if (n == 0)
    return;

  write_key (writer, "blocks");
  begin_container (writer, '[');
  for (guint i = 0; i < n; i++)
    {
      RegimenBlock *block = regimen_plan_get_block (plan, i);

      next_entry (writer);
      begin_container (writer, '{');
      write_string_member (writer, "name", regimen_block_get_name (block));
      write_string_member (writer, "goal", regimen_block_get_goal (block));
      write_uint_member (writer, "weeks", regimen_block_get_n_weeks (block));
      write_extra (writer, regimen_block_get_extra (block));
      end_container (writer, '}');
    }
  end_container (writer, ']');
}

static void
write_acknowledgements (Writer     *writer,
                        GListModel *acknowledgements)
{
  guint n = g_list_model_get_n_items (acknowledgements);

  if (n == 0)
    return;

  write_key (writer, "acknowledgements");
  begin_container (writer, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenAcknowledgement) ack = g_list_model_get_item (acknowledgements, i);

      next_entry (writer);
      begin_container (writer, '{');
      write_string_member (writer, "finding", regimen_acknowledgement_get_finding (ack));
      write_key (writer, "fingerprint");
      write_string (writer, regimen_acknowledgement_get_fingerprint (ack));
      write_string_member (writer, "reason", regimen_acknowledgement_get_reason (ack));
      write_extra (writer, regimen_acknowledgement_get_extra (ack));
      end_container (writer, '}');
    }
  end_container (writer, ']');
}

/* @depth levels open, each with an entry written already: what is
 * written next is indented and separated as it is that deep in a plan. */
static void
writer_init (Writer *writer,
             guint   depth)
{
  guint one = 1;

  writer->out = g_string_sized_new (4096);
  writer->counts = g_array_new (FALSE, FALSE, sizeof (guint));
  writer->entries = 0;
  writer->compact = FALSE;
  writer->spared = 0;
  for (guint i = 0; i < depth; i++)
    g_array_append_val (writer->counts, one);
}

static void
write_plan (Writer      *writer,
            RegimenPlan *plan)
{
  const GDate *start_date;
  guint n_weeks;

  g_atomic_int_inc (&n_plans_written);
  begin_container (writer, '{');
  write_key (writer, "format");
  write_string (writer, REGIMEN_PLAN_FORMAT);
  write_key (writer, "version");
  append_int (writer->out, REGIMEN_PLAN_VERSION);
  write_string_member (writer, "title", regimen_plan_get_title (plan));

  start_date = regimen_plan_get_start_date (plan);
  if (start_date != NULL)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%04u-%02u-%02u",
                  g_date_get_year (start_date),
                  g_date_get_month (start_date),
                  g_date_get_day (start_date));
      write_key (writer, "start_date");
      write_string (writer, text);
    }

  if (regimen_plan_get_draft (plan))
    {
      write_key (writer, "draft");
      append_literal (writer->out, "true");
    }

  write_athlete (writer, regimen_plan_get_athlete (plan));
  write_blocks (writer, plan);

  n_weeks = regimen_plan_get_n_weeks (plan);
  write_key (writer, "weeks");
  begin_container (writer, '[');
  for (guint i = 0; i < n_weeks; i++)
    {
      next_entry (writer);
      write_week (writer, regimen_plan_peek_week (plan, i));
    }
  end_container (writer, ']');

  write_acknowledgements (writer, regimen_plan_get_acknowledgements (plan));
  write_extra (writer, regimen_plan_get_extra (plan));
  end_container (writer, '}');
  g_string_append_c (writer->out, '\n');
}

/**
 * regimen_plan_to_data:
 * @length: (out) (optional): the length of the text in bytes
 *
 * Returns: (transfer full): the plan in its canonical JSON form
 */
char *
regimen_plan_to_data (RegimenPlan *plan,
                      gsize       *length)
{
  Writer writer;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  writer_init (&writer, 0);
  write_plan (&writer, plan);
  g_array_unref (writer.counts);

  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

char *
regimen_json_node_to_data (JsonNode *node,
                           gsize    *length)
{
  Writer writer;

  g_return_val_if_fail (node != NULL, NULL);

  writer_init (&writer, 0);
  write_node (&writer, node);
  g_string_append_c (writer.out, '\n');
  g_array_unref (writer.counts);

  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

/* What @writer wrote, added to @size; @writer is done with. */
static void
writer_measure (Writer          *writer,
                RegimenTextSize *size)
{
  size->values += writer->entries;
  size->bytes += writer->out->len;
  g_array_unref (writer->counts);
  g_string_free (writer->out, TRUE);
}

/**
 * regimen_plan_measure_text:
 * @size: (out): the values and bytes of the plan's text
 *
 * Measures the text regimen_plan_to_data() writes: its bytes and its
 * values as the reader counts them (the document, each member and each
 * list element), to be compared with what the reader takes
 * (regimen_text_size_fits()).
 */
void
regimen_plan_measure_text (RegimenPlan     *plan,
                           RegimenTextSize *size)
{
  Writer writer;

  g_return_if_fail (REGIMEN_IS_PLAN (plan));
  g_return_if_fail (size != NULL);

  writer_init (&writer, 0);
  write_plan (&writer, plan);
  size->values = 1;
  size->bytes = 0;
  writer_measure (&writer, size);
}

/**
 * regimen_week_measure_days_text:
 * @size: (out): the values and bytes of the week's days
 *
 * Measures the text @week's seven days and its lighter mark and factors
 * take in a plan's text, as regimen_plan_to_data() writes them there
 * (its label and unknown members aside, which a copy does not take):
 * what a copy of the week onto another adds to a plan, and what it
 * replaces there. Each day is written and measured in turn, so the
 * memory it takes is a day's text.
 */
void
regimen_week_measure_days_text (RegimenWeek     *week,
                                RegimenTextSize *size)
{
  g_return_if_fail (REGIMEN_IS_WEEK (week));
  g_return_if_fail (size != NULL);

  size->values = 0;
  size->bytes = 0;
  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    {
      Writer writer;

      /* In the plan, the week, its "days". */
      writer_init (&writer, 4);
      next_entry (&writer);
      write_day (&writer, regimen_week_peek_day (week, i));
      writer_measure (&writer, size);
    }

  {
    Writer writer;

    /* In the plan, "weeks", the week, after its label. */
    writer_init (&writer, 3);
    write_lighter (&writer, week);
    writer_measure (&writer, size);
  }
}

/**
 * regimen_item_measure_text:
 * @size: (out): the values and bytes of the item
 *
 * Measures the text @item takes in a plan's text, as
 * regimen_plan_to_data() writes it there: what a copy of it adds to a
 * plan.
 */
void
regimen_item_measure_text (RegimenItem     *item,
                           RegimenTextSize *size)
{
  Writer writer;

  g_return_if_fail (REGIMEN_IS_ITEM (item));
  g_return_if_fail (size != NULL);

  /* In the plan, "weeks", a week, "days", a day, "sessions", a session
   * and its "items". */
  writer_init (&writer, 8);
  next_entry (&writer);
  write_item (&writer, item);
  size->values = 0;
  size->bytes = 0;
  writer_measure (&writer, size);
}

/**
 * regimen_text_size_fits:
 *
 * Returns: whether a plan's text of @size is one the reader takes: at
 *   most %REGIMEN_PLAN_MAX_SIZE bytes and %REGIMEN_JSON_MAX_VALUES values
 */
gboolean
regimen_text_size_fits (const RegimenTextSize *size)
{
  g_return_val_if_fail (size != NULL, FALSE);

  return size->values <= REGIMEN_JSON_MAX_VALUES && size->bytes <= REGIMEN_PLAN_MAX_SIZE;
}


/**
 * regimen_plan_to_bytes:
 *
 * Returns: (transfer full): the plan in its canonical JSON form
 */
GBytes *
regimen_plan_to_bytes (RegimenPlan *plan)
{
  gsize length;
  char *data;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  data = regimen_plan_to_data (plan, &length);

  return g_bytes_new_take (data, length);
}

/* @plan's text in one pass, compact or not; a compact one's canonical
 * size in @canonical_size. */
static GBytes *
write_plan_bytes (RegimenPlan *plan,
                  gboolean     compact,
                  guint64     *canonical_size)
{
  Writer writer;

  writer_init (&writer, 0);
  writer.compact = compact;
  write_plan (&writer, plan);
  g_array_unref (writer.counts);
  if (canonical_size != NULL)
    *canonical_size = writer.out->len + writer.spared;

  return g_string_free_to_bytes (writer.out);
}

/**
 * regimen_plan_to_bytes_within_limit:
 * @compact: (inout): whether the text is likely to be compact (the last
 *   one was), set to whether it is
 *
 * A text of @plan that the reader takes back, for a working copy and for
 * the snapshot an export renders on a worker: its canonical JSON form,
 * or, when that is more than the reader takes (a plan written on one
 * line by another tool opens at 7 MB and takes three times that
 * indented), the same members and values without line breaks, indents or
 * spaces, which the reader takes as it took the file. A working copy
 * Regimen wrote and would not read back lost the edits it was there to
 * keep after a crash, and the export of such a plan failed.
 *
 * The text is written once: when @compact says the last one was
 * compact, the compact text is written first, counting what the
 * canonical one would take, and the canonical one only when it now fits.
 * Written canonical first, each working copy of a plan too large to save
 * was written twice, 20 MB thrown away each time on the main thread.
 *
 * Returns: (transfer full): the text
 */
GBytes *
regimen_plan_to_bytes_within_limit (RegimenPlan *plan,
                                    gboolean    *compact)
{
  g_autoptr(GBytes) bytes = NULL;
  guint64 canonical_size;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (compact != NULL, NULL);

  if (*compact)
    {
      bytes = write_plan_bytes (plan, TRUE, &canonical_size);
      if (canonical_size > REGIMEN_PLAN_MAX_SIZE)
        return g_steal_pointer (&bytes);
      g_clear_pointer (&bytes, g_bytes_unref);
      *compact = FALSE;
      return write_plan_bytes (plan, FALSE, NULL);
    }

  bytes = write_plan_bytes (plan, FALSE, NULL);
  if (g_bytes_get_size (bytes) <= REGIMEN_PLAN_MAX_SIZE)
    return g_steal_pointer (&bytes);
  g_clear_pointer (&bytes, g_bytes_unref);
  *compact = TRUE;

  return write_plan_bytes (plan, TRUE, NULL);
}

/**
 * regimen_plan_writer_get_n_plans_written: (skip)
 *
 * For the tests: how many texts of whole plans were written, measured
 * or not, since the program started.
 */
guint
regimen_plan_writer_get_n_plans_written (void)
{
  return g_atomic_int_get (&n_plans_written);
}

/**
 * regimen_plan_set_too_large_error:
 * @error: return location for an error
 *
 * Sets @error to %REGIMEN_PLAN_ERROR_TOO_LARGE with a message that says
 * why a plan that opened cannot be saved and what to do: a plan written
 * on one line (another tool's output, minified) opens at 7 MB, and its
 * text as Regimen writes it, a member a line and indented, takes three
 * times the bytes, past what the reader takes.
 */
void
regimen_plan_set_too_large_error (GError **error)
{
  g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE,
               /* Translators: the first %d is a number of bytes, the second of values */
               _("the plan is too large to save in Regimen's format: written as Regimen writes a plan, one "
                 "member a line and indented, it takes more than %d bytes or %d values, which is more than "
                 "Regimen can open again, even though the file it was read from is smaller; split it into "
                 "smaller plans (one per block, say) and save each"),
               REGIMEN_PLAN_MAX_SIZE, REGIMEN_JSON_MAX_VALUES);
}

/**
 * regimen_plan_check_fits:
 * @plan: a plan
 * @error: return location for an error
 *
 * Whether @plan can be saved: its text as regimen_plan_to_data() writes it
 * is one the reader takes (regimen_text_size_fits()). Measured without
 * writing the text.
 *
 * Returns: %TRUE when it fits; otherwise %FALSE with @error set by
 *   regimen_plan_set_too_large_error()
 */
gboolean
regimen_plan_check_fits (RegimenPlan  *plan,
                         GError      **error)
{
  RegimenTextSize size;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);

  regimen_plan_measure_text (plan, &size);
  if (regimen_text_size_fits (&size))
    return TRUE;

  regimen_plan_set_too_large_error (error);
  return FALSE;
}

static void
prefix_save_error (GError **error,
                   GFile   *file)
{
  g_autofree char *name = regimen_file_get_display_name (file);

  g_prefix_error (error, _("Could not save the plan as “%s”: "), name);
}

static gboolean
save_bytes (GFile                    *file,
            GBytes                   *bytes,
            GBytes                   *previous,
            GFile                    *source,
            const RegimenFileReached *reached,
            RegimenFileWriteFlags   flags,
            GCancellable           *cancellable,
            GError                **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(RegimenPlan) check = NULL;
  g_autoptr(GError) read_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gboolean saved;

  /* What Regimen writes it must be able to open again: a plan grown past
   * the reader's limits is refused here, with nothing written. */
  check = regimen_plan_load_from_bytes (bytes, &read_error);
  if (check == NULL && g_error_matches (read_error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE))
    {
      /* Said as what it is, with what to do: “could not open the result
       * again” left a person who had just opened the plan guessing. */
      regimen_plan_set_too_large_error (error);
      prefix_save_error (error, file);
      return FALSE;
    }
  if (check == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s says why the plan could not be read back */
                   _("Regimen could not open the result again (%s)"), read_error->message);
      prefix_save_error (error, file);
      return FALSE;
    }

  /* A local file is written beside the target and renamed over it, with
   * its owner, group and mode kept and the previous version as “FILE~”;
   * a new one saved from another plan's file is no more readable than
   * that file. */
  if (path != NULL && (source != NULL || reached != NULL))
    saved = regimen_file_replace_reached (path, reached, source, previous, data, length,
                                          REGIMEN_FILE_WRITE_BACKUP | flags, cancellable, error);
  else if (path != NULL && previous != NULL)
    saved = regimen_file_replace_if_unchanged (path, previous, data, length,
                                               REGIMEN_FILE_WRITE_BACKUP | flags, cancellable, error);
  else if (path != NULL)
    saved = regimen_file_replace (path, data, length, REGIMEN_FILE_WRITE_BACKUP | flags,
                                  cancellable, error);
  else
    saved = g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE,
                                     NULL, cancellable, error);

  if (!saved)
    prefix_save_error (error, file);

  return saved;
}

/* Writes @plan to @file as save_bytes() does, and marks it saved at
 * the state it was written from: the synchronous saves' one body. */
static gboolean
save_plan (RegimenPlan              *plan,
           GFile                    *file,
           GBytes                   *previous,
           GFile                    *source,
           const RegimenFileReached *reached,
           RegimenFileWriteFlags   flags,
           GCancellable           *cancellable,
           GError                **error)
{
  guint64 state = regimen_plan_begin_save (plan);
  g_autoptr(GBytes) bytes = regimen_plan_to_bytes (plan);

  if (!save_bytes (file, bytes, previous, source, reached, flags, cancellable, error))
    return FALSE;

  regimen_plan_mark_saved_state (plan, state);

  return TRUE;
}

/**
 * regimen_plan_save_to_file:
 *
 * Returns: %TRUE on success; otherwise FALSE with @error set (in the
 *   %G_IO_ERROR domain) and @file untouched
 */
gboolean
regimen_plan_save_to_file (RegimenPlan   *plan,
                           GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  return regimen_plan_save_to_file_with_flags (plan, file, REGIMEN_FILE_WRITE_NONE, cancellable, error);
}

/**
 * regimen_plan_save_to_file_with_flags:
 * @flags: added to %REGIMEN_FILE_WRITE_BACKUP, such as
 *   %REGIMEN_FILE_WRITE_NO_REPLACE
 *
 * Like regimen_plan_save_to_file().
 */
gboolean
regimen_plan_save_to_file_with_flags (RegimenPlan           *plan,
                                      GFile                 *file,
                                      RegimenFileWriteFlags  flags,
                                      GCancellable          *cancellable,
                                      GError               **error)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_plan (plan, file, NULL, NULL, NULL, flags, cancellable, error);
}

/**
 * regimen_plan_save_to_file_from:
 * @source: the file @plan was read from
 *
 * Like regimen_plan_save_to_file(), for a plan written under another
 * name than its own (`regimen-cli format -o`): a new @file is no more
 * readable by the group or by others than @source (see
 * regimen_file_replace_from()).
 */
gboolean
regimen_plan_save_to_file_from (RegimenPlan   *plan,
                                GFile         *file,
                                GFile         *source,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (G_IS_FILE (source), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_plan (plan, file, NULL, source, NULL, REGIMEN_FILE_WRITE_NONE, cancellable, error);
}

/**
 * regimen_plan_save_to_file_if_unchanged:
 * @previous: the text @file held when @plan was read from it
 * @reached: (nullable): the file reading @file reached
 *   (regimen_file_reached_new(), taken before the read): a symbolic link
 *   put at @file since, to another file, is not written through
 *
 * Like regimen_plan_save_to_file(), but @file is replaced only while it
 * still holds @previous (see regimen_file_replace_if_unchanged()):
 * otherwise %FALSE with %G_IO_ERROR_WRONG_ETAG, and @file as the other
 * program left it. Nor is @file replaced when it is a plan's previous
 * version, “PLAN~” beside its PLAN (%G_IO_ERROR_EXISTS): work saved
 * there would be gone with the next save of PLAN, as the window's
 * document refuses it too (%REGIMEN_FILE_WRITE_NOT_A_BACKUP).
 */
gboolean
regimen_plan_save_to_file_if_unchanged (RegimenPlan              *plan,
                                        GFile                    *file,
                                        GBytes                   *previous,
                                        const RegimenFileReached *reached,
                                        GCancellable             *cancellable,
                                        GError                  **error)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (previous != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save_plan (plan, file, previous, NULL, reached, REGIMEN_FILE_WRITE_NOT_A_BACKUP, cancellable, error);
}

typedef struct
{
  GFile                 *file;
  GBytes                *bytes;
  /* What @file must still hold, or NULL to replace whatever it holds. */
  GBytes                *previous;
  /* The file the plan was read from, which a new @file is no more
   * readable than, or NULL. */
  GFile                 *source;
  /* The file reading @file reached, or NULL (regimen_file_reached_new()). */
  RegimenFileReached    *reached;
  guint64                state;
  RegimenFileWriteFlags  flags;
  /* No previous version was kept as “FILE~” (the document portal). */
  gboolean               backup_unkept;
  RegimenPlanBeforeWriteFunc before_write;
  gpointer               before_data;
  GDestroyNotify         before_destroy;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->previous, g_bytes_unref);
  g_clear_object (&data->source);
  g_clear_pointer (&data->reached, regimen_file_reached_free);
  if (data->before_destroy != NULL)
    data->before_destroy (data->before_data);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;
  g_autofree char *unkept = NULL;

  /* What this thread recorded before is some other save's. */
  g_free (regimen_file_take_unkept_backup ());
  if (data->before_write != NULL)
    data->before_write (data->bytes, data->before_data);
  if (save_bytes (data->file, data->bytes, data->previous, data->source, data->reached, data->flags, cancellable,
                  &error))
    {
      unkept = regimen_file_take_unkept_backup ();
      data->backup_unkept = unkept != NULL;
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_error (task, error);
}

void
regimen_plan_save_to_file_async (RegimenPlan         *plan,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  regimen_plan_save_to_file_with_flags_async (plan, file, REGIMEN_FILE_WRITE_NONE,
                                              cancellable, callback, user_data);
}

/**
 * regimen_plan_save_to_file_with_flags_async:
 * @flags: added to %REGIMEN_FILE_WRITE_BACKUP, such as
 *   %REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY once the person agreed
 *
 * As regimen_plan_save_to_file_async(); finish with
 * regimen_plan_save_to_file_finish().
 */
void
regimen_plan_save_to_file_with_flags_async (RegimenPlan           *plan,
                                            GFile                 *file,
                                            RegimenFileWriteFlags  flags,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data)
{
  regimen_plan_save_to_file_if_unchanged_async (plan, file, NULL, flags, cancellable, callback, user_data);
}

/**
 * regimen_plan_save_to_file_if_unchanged_async:
 * @previous: (nullable): the text @file held when @plan was read from it
 *   (or last written to it), or %NULL to replace whatever it holds
 * @flags: added to %REGIMEN_FILE_WRITE_BACKUP
 *
 * As regimen_plan_save_to_file_with_flags_async(), but with @previous
 * @file is replaced only while it still holds @previous (see
 * regimen_file_replace_if_unchanged()): otherwise the save fails with
 * %G_IO_ERROR_WRONG_ETAG and @file is left as the other program wrote it.
 * Finish with regimen_plan_save_to_file_finish().
 */
void
regimen_plan_save_to_file_if_unchanged_async (RegimenPlan           *plan,
                                              GFile                 *file,
                                              GBytes                *previous,
                                              RegimenFileWriteFlags  flags,
                                              GCancellable          *cancellable,
                                              GAsyncReadyCallback    callback,
                                              gpointer               user_data)
{
  regimen_plan_save_to_file_full_async (plan, file, previous, NULL, NULL, flags, NULL, NULL, NULL,
                                        cancellable, callback, user_data);
}

/**
 * regimen_plan_save_to_file_full_async:
 * @before_write: (nullable): called on the worker with the save's text
 *   before @file is written
 * @before_data: data for @before_write
 * @before_destroy: (nullable): frees @before_data once the save is done
 * @source: (nullable): the file the plan was read from, when @file is
 *   another
 * @reached: (nullable): the file reading @file reached, as for
 *   regimen_plan_save_to_file_if_unchanged()
 *
 * As regimen_plan_save_to_file_if_unchanged_async(), with @before_write
 * run first: the document brings its working copy to the text saved, so
 * that a kill after the file took it leaves a copy the next start knows
 * as saved. A new @file is made no more readable by the group or by
 * others than @source, the file the plan was read from (Save As; see
 * regimen_file_replace_from()). Finish with
 * regimen_plan_save_to_file_finish().
 */
void
regimen_plan_save_to_file_full_async (RegimenPlan                *plan,
                                      GFile                      *file,
                                      GBytes                     *previous,
                                      GFile                      *source,
                                      const RegimenFileReached   *reached,
                                      RegimenFileWriteFlags       flags,
                                      RegimenPlanBeforeWriteFunc  before_write,
                                      gpointer                    before_data,
                                      GDestroyNotify              before_destroy,
                                      GCancellable               *cancellable,
                                      GAsyncReadyCallback         callback,
                                      gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (REGIMEN_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  /* The text is taken now: edits made while the file is written belong to
   * the next save, and leave the plan modified. */
  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->state = regimen_plan_begin_save (plan);
  data->bytes = regimen_plan_to_bytes (plan);
  data->previous = previous != NULL ? g_bytes_ref (previous) : NULL;
  data->source = source != NULL ? g_object_ref (source) : NULL;
  data->reached = reached != NULL ? regimen_file_reached_copy (reached) : NULL;
  data->flags = flags;
  data->before_write = before_write;
  data->before_data = before_data;
  data->before_destroy = before_destroy;

  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_plan_save_to_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * regimen_plan_save_to_file_finish:
 *
 * Marks the plan saved (as of when the save started) when it succeeded.
 */
gboolean
regimen_plan_save_to_file_finish (RegimenPlan   *plan,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  SaveData *data;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, plan), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  regimen_plan_mark_saved_state (plan, data->state);

  return TRUE;
}

/**
 * regimen_plan_save_to_file_get_backup_unkept:
 * @result: the result of an asynchronous save that succeeded
 *
 * Returns: whether the save kept no previous version of the file as
 *   “FILE~”, because the file is reached through the document portal
 *   (see regimen_file_take_unkept_backup())
 */
gboolean
regimen_plan_save_to_file_get_backup_unkept (GAsyncResult *result)
{
  SaveData *data;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  data = g_task_get_task_data (G_TASK (result));

  return data->backup_unkept;
}

/**
 * regimen_plan_save_to_file_get_text:
 * @result: the result of an asynchronous save
 *
 * Returns: (transfer none): the text the save wrote (or was to write)
 */
GBytes *
regimen_plan_save_to_file_get_text (GAsyncResult *result)
{
  SaveData *data;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  data = g_task_get_task_data (G_TASK (result));

  return data->bytes;
}

/* Renames, in @node and below, the ids of sessions and items and the
 * references to them (“progressed_from”) by the order of their first
 * appearance, in @names. */
static void
rename_ids (JsonNode   *node,
            GHashTable *names)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        rename_ids (json_array_get_element (array, i), names);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (object, l->data);
          const char *id;
          const char *name;

          if ((g_str_equal (l->data, "id") || g_str_equal (l->data, "progressed_from")) &&
              JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING)
            {
              id = json_node_get_string (member);
              name = g_hash_table_lookup (names, id);
              if (name == NULL)
                {
                  char *new_name = g_strdup_printf ("%u", g_hash_table_size (names));

                  g_hash_table_insert (names, g_strdup (id), new_name);
                  name = new_name;
                }
              json_node_set_string (member, name);
            }
          else
            rename_ids (member, names);
        }
    }
}

static JsonNode *
parse_renamed (GBytes *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gsize length;
  const char *data = g_bytes_get_data (text, &length);
  JsonNode *root;

  if (length > G_MAXSSIZE || !json_parser_load_from_data (parser, data, (gssize) length, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  rename_ids (root, names);

  /* The copy shares the renamed tree, which outlives the parser. */
  return json_node_copy (root);
}

gboolean
regimen_plan_text_equal_but_ids (GBytes *a,
                                 GBytes *b)
{
  g_autoptr(JsonNode) renamed_a = NULL;
  g_autoptr(JsonNode) renamed_b = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_bytes_equal (a, b))
    return TRUE;

  renamed_a = parse_renamed (a);
  renamed_b = parse_renamed (b);

  return renamed_a != NULL && renamed_b != NULL && json_node_equal (renamed_a, renamed_b);
}
