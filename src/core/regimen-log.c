/* regimen-log.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-log"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "regimen-decimal.h"
#include "regimen-id.h"
#include "regimen-log.h"
#include "regimen-plan-private.h"
#include "regimen-weekday.h"

G_DEFINE_BOXED_TYPE (RegimenSessionLog, regimen_session_log,
                     regimen_session_log_copy, regimen_session_log_free)

static const char * const status_words[] = { "done", "partly", "skipped" };
static const char * const unit_words[] = { "kg", "lb" };

/* One pound in kilograms, exactly (International Yard and Pound, 1959). */
#define KG_PER_LB 0.45359237

static void
set_log_clear (gpointer data)
{
  RegimenSetLog *set = data;

  g_clear_pointer (&set->extra, json_object_unref);
}

static RegimenItemLog *
item_log_new (const char *item_id)
{
  RegimenItemLog *item_log = g_new0 (RegimenItemLog, 1);

  item_log->item = g_strdup (item_id);
  item_log->sets = g_array_new (FALSE, TRUE, sizeof (RegimenSetLog));
  g_array_set_clear_func (item_log->sets, set_log_clear);

  return item_log;
}

static void
item_log_free (gpointer data)
{
  RegimenItemLog *item_log = data;

  g_free (item_log->item);
  g_array_unref (item_log->sets);
  g_free (item_log->note);
  g_clear_pointer (&item_log->extra, json_object_unref);
  g_free (item_log);
}

static RegimenItemLog *
item_log_copy (const RegimenItemLog *item_log)
{
  RegimenItemLog *copy = item_log_new (item_log->item);

  for (guint i = 0; i < item_log->sets->len; i++)
    regimen_item_log_add_set (copy, &g_array_index (item_log->sets, RegimenSetLog, i));

  copy->note = g_strdup (item_log->note);
  copy->extra = regimen_json_object_copy (item_log->extra);

  return copy;
}

static gboolean
extra_equal (JsonObject *a,
             JsonObject *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return json_object_equal (a, b);
}

/* @with_extra: whether the members another tool wrote count too */
static gboolean
set_log_equal (const RegimenSetLog *a,
               const RegimenSetLog *b,
               gboolean             with_extra)
{
  return a->reps == b->reps && a->load == b->load &&
         (a->load < 0 || a->unit == b->unit) &&
         a->hold_seconds == b->hold_seconds && a->rounds == b->rounds &&
         (!with_extra || extra_equal (a->extra, b->extra));
}

static gboolean
item_log_equal (const RegimenItemLog *a,
                const RegimenItemLog *b,
                gboolean              with_extra)
{
  if (g_strcmp0 (a->item, b->item) != 0 || g_strcmp0 (a->note, b->note) != 0 ||
      a->sets->len != b->sets->len || (with_extra && !extra_equal (a->extra, b->extra)))
    return FALSE;

  for (guint i = 0; i < a->sets->len; i++)
    if (!set_log_equal (&g_array_index (a->sets, RegimenSetLog, i),
                        &g_array_index (b->sets, RegimenSetLog, i), with_extra))
      return FALSE;

  return TRUE;
}

static gboolean
text_valid (const char *text)
{
  return text == NULL || g_utf8_strlen (text, -1) <= REGIMEN_TEXT_MAX_LENGTH;
}

/**
 * regimen_session_log_new:
 *
 * Returns: (transfer full): an empty log with @status
 */
RegimenSessionLog *
regimen_session_log_new (RegimenLogStatus status)
{
  RegimenSessionLog *log;

  g_return_val_if_fail ((guint) status < REGIMEN_N_LOG_STATUSES, NULL);

  log = g_new0 (RegimenSessionLog, 1);
  log->status = status;
  g_date_clear (&log->date, 1);
  log->items = g_ptr_array_new_with_free_func (item_log_free);

  return log;
}

/**
 * regimen_session_log_copy:
 *
 * Returns: (transfer full): a deep copy, unknown members included
 */
RegimenSessionLog *
regimen_session_log_copy (const RegimenSessionLog *log)
{
  RegimenSessionLog *copy;

  g_return_val_if_fail (log != NULL, NULL);

  copy = regimen_session_log_new (log->status);
  copy->date = log->date;
  copy->minutes = log->minutes;
  copy->rpe = log->rpe;
  copy->note = g_strdup (log->note);
  copy->extra = regimen_json_object_copy (log->extra);

  for (guint i = 0; i < log->items->len; i++)
    g_ptr_array_add (copy->items, item_log_copy (g_ptr_array_index (log->items, i)));

  return copy;
}

void
regimen_session_log_free (RegimenSessionLog *log)
{
  if (log == NULL)
    return;

  g_free (log->note);
  g_ptr_array_unref (log->items);
  g_clear_pointer (&log->extra, json_object_unref);
  g_free (log);
}

static gboolean
session_log_equal (const RegimenSessionLog *a,
                   const RegimenSessionLog *b,
                   gboolean                 with_extra)
{
  if (a == NULL || b == NULL)
    return a == b;

  if (a->status != b->status || a->minutes != b->minutes || a->rpe != b->rpe ||
      g_date_valid (&a->date) != g_date_valid (&b->date) ||
      (g_date_valid (&a->date) && g_date_compare (&a->date, &b->date) != 0) ||
      g_strcmp0 (a->note, b->note) != 0 || a->items->len != b->items->len ||
      (with_extra && !extra_equal (a->extra, b->extra)))
    return FALSE;

  for (guint i = 0; i < a->items->len; i++)
    {
      const RegimenItemLog *entry = g_ptr_array_index (a->items, i);
      const RegimenItemLog *other = g_ptr_array_index (b->items, i);

      /* Compared for what Regimen reads, an entry is found by its item:
       * no figure, form or export reads the entries' order (a file
       * may hold them in any), and diff said such a log changed with
       * nothing it could name. An item is logged at most once. */
      if (!with_extra)
        other = regimen_session_log_find_item (b, entry->item);
      if (other == NULL || !item_log_equal (entry, other, with_extra))
        return FALSE;
    }

  return TRUE;
}

/**
 * regimen_session_log_equal:
 * @a: (nullable): a log
 * @b: (nullable): another
 *
 * Returns: whether both say the same (both %NULL too)
 */
gboolean
regimen_session_log_equal (const RegimenSessionLog *a,
                           const RegimenSessionLog *b)
{
  return session_log_equal (a, b, TRUE);
}

/**
 * regimen_session_log_equal_known:
 * @a: (nullable): a log
 * @b: (nullable): another
 *
 * Like regimen_session_log_equal(), but the members another tool wrote
 * into the log, its entries or its sets (“x-rir”) do not count: what
 * regimen-cli diff compares, which compares no unknown member elsewhere
 * either and says a changed log by its status, which such a member
 * leaves as it was (“log changed, Partly done” with nothing changed that
 * it could name).
 *
 * Returns: whether both say the same in what Regimen reads of them
 */
gboolean
regimen_session_log_equal_known (const RegimenSessionLog *a,
                                 const RegimenSessionLog *b)
{
  return session_log_equal (a, b, FALSE);
}

static gboolean
set_log_is_valid (const RegimenSetLog *set)
{
  if (set->reps == 0 && set->hold_seconds == 0 && set->rounds == 0)
    return FALSE;

  return set->reps <= REGIMEN_LOG_REPS_MAX &&
         (set->load == REGIMEN_LOG_NO_LOAD || (set->load >= 0 && set->load <= REGIMEN_LOG_LOAD_MAX)) &&
         (guint) set->unit <= REGIMEN_LOAD_UNIT_LB &&
         set->hold_seconds <= REGIMEN_HOLD_SECONDS_MAX &&
         set->rounds <= REGIMEN_ROUNDS_MAX;
}

/**
 * regimen_session_log_is_valid:
 *
 * Returns: whether @log is within the limits the plan file holds a log to
 *   (docs/plan-format.md), so that a plan with it can be saved and read
 */
gboolean
regimen_session_log_is_valid (const RegimenSessionLog *log)
{
  g_return_val_if_fail (log != NULL, FALSE);

  if ((guint) log->status >= REGIMEN_N_LOG_STATUSES ||
      (g_date_valid (&log->date) && !regimen_date_in_range (&log->date)) ||
      log->minutes > REGIMEN_MINUTES_MAX || log->rpe > REGIMEN_RPE_MAX ||
      !text_valid (log->note) || log->items->len > REGIMEN_LOG_MAX_ITEMS)
    return FALSE;

  for (guint i = 0; i < log->items->len; i++)
    {
      const RegimenItemLog *item_log = g_ptr_array_index (log->items, i);

      if (!regimen_id_is_valid (item_log->item) || !text_valid (item_log->note) ||
          item_log->sets->len > REGIMEN_LOG_MAX_SETS)
        return FALSE;

      for (guint j = 0; j < i; j++)
        if (g_str_equal (item_log->item, ((RegimenItemLog *) g_ptr_array_index (log->items, j))->item))
          return FALSE;

      for (guint j = 0; j < item_log->sets->len; j++)
        if (!set_log_is_valid (&g_array_index (item_log->sets, RegimenSetLog, j)))
          return FALSE;
    }

  return TRUE;
}

/**
 * regimen_session_log_set_note:
 * @note: (nullable): the note; empty means none
 */
void
regimen_session_log_set_note (RegimenSessionLog *log,
                              const char        *note)
{
  g_return_if_fail (log != NULL);

  g_free (log->note);
  log->note = note != NULL && note[0] != '\0' ? g_strdup (note) : NULL;
}

/**
 * regimen_session_log_find_item:
 *
 * Returns: (transfer none) (nullable): the entry of the item with @item_id
 */
RegimenItemLog *
regimen_session_log_find_item (const RegimenSessionLog *log,
                               const char              *item_id)
{
  g_return_val_if_fail (log != NULL, NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  for (guint i = 0; i < log->items->len; i++)
    {
      RegimenItemLog *item_log = g_ptr_array_index (log->items, i);

      if (g_str_equal (item_log->item, item_id))
        return item_log;
    }

  return NULL;
}

/**
 * regimen_session_log_add_item:
 *
 * Returns: (transfer none): the entry of the item with @item_id, added
 *   (at the end) when there was none
 */
RegimenItemLog *
regimen_session_log_add_item (RegimenSessionLog *log,
                              const char        *item_id)
{
  RegimenItemLog *item_log;

  g_return_val_if_fail (log != NULL, NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  item_log = regimen_session_log_find_item (log, item_id);
  if (item_log != NULL)
    return item_log;

  item_log = item_log_new (item_id);
  g_ptr_array_add (log->items, item_log);

  return item_log;
}

/* Appends a copy of @set (its unknown members too). */
void
regimen_item_log_add_set (RegimenItemLog      *item_log,
                          const RegimenSetLog *set)
{
  RegimenSetLog copy;

  g_return_if_fail (item_log != NULL);
  g_return_if_fail (set != NULL);

  copy = *set;
  copy.extra = regimen_json_object_copy (set->extra);
  g_array_append_val (item_log->sets, copy);
}

/**
 * regimen_item_log_set_note:
 * @note: (nullable): the note; empty means none
 */
void
regimen_item_log_set_note (RegimenItemLog *item_log,
                           const char     *note)
{
  g_return_if_fail (item_log != NULL);

  g_free (item_log->note);
  item_log->note = note != NULL && note[0] != '\0' ? g_strdup (note) : NULL;
}

/* Fills @set with "nothing given", in kilograms. */
void
regimen_set_log_init (RegimenSetLog *set)
{
  g_return_if_fail (set != NULL);

  *set = (RegimenSetLog) { .load = REGIMEN_LOG_NO_LOAD, .unit = REGIMEN_LOAD_UNIT_KG };
}

const char *
regimen_log_status_to_string (RegimenLogStatus status)
{
  g_return_val_if_fail ((guint) status < REGIMEN_N_LOG_STATUSES, NULL);

  return status_words[status];
}

gboolean
regimen_log_status_from_string (const char       *text,
                                RegimenLogStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (status_words); i++)
    if (g_str_equal (text, status_words[i]))
      {
        *status = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * regimen_log_status_get_label:
 *
 * Returns: the status in words, translated: “Done”, “Partly done”, “Skipped”
 */
const char *
regimen_log_status_get_label (RegimenLogStatus status)
{
  switch (status)
    {
    case REGIMEN_LOG_STATUS_DONE:
      /* Translators: a session's state once logged */
      return _("Done");

    case REGIMEN_LOG_STATUS_PARTLY:
      /* Translators: a session's state once logged: some of it was trained */
      return _("Partly done");

    case REGIMEN_LOG_STATUS_SKIPPED:
      /* Translators: a session's state once logged: it was not trained */
      return _("Skipped");

    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
regimen_log_status_has_effort (RegimenLogStatus status)
{
  return status != REGIMEN_LOG_STATUS_SKIPPED;
}

const char *
regimen_load_unit_to_string (RegimenLoadUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (unit_words), NULL);

  return unit_words[unit];
}

gboolean
regimen_load_unit_from_string (const char      *text,
                               RegimenLoadUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (unit_words); i++)
    if (g_str_equal (text, unit_words[i]))
      {
        *unit = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * regimen_load_round:
 * @load: a load
 *
 * Returns: @load to REGIMEN_LOAD_DECIMALS_MAX decimals, as many as a load
 *   is shown with: both operands exact and the division correctly
 *   rounded, the double nearest the six-decimal value, as
 *   regimen_load_parse() reads its text
 */
double
regimen_load_round (double load)
{
  return round (load * 1e6) / 1e6;
}

/* A load at the start of @text up to @max: its decimals past
 * REGIMEN_LOAD_DECIMALS_MAX rounded away when @rounded, refused
 * otherwise. */
static gboolean
read_load (const char  *text,
           double       max,
           gboolean     rounded,
           const char **end,
           double      *load)
{
  const char *p = text;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (load != NULL, FALSE);

  if (!regimen_decimal_parse (text, &p, &value))
    return FALSE;
  /* At most six decimals, as many as a load is shown with: 22 made
   * 0.0000000000000000000001 kg a load exported as 0. */
  if (rounded)
    value = regimen_load_round (value);
  else if (regimen_decimal_count_decimals (text) > REGIMEN_LOAD_DECIMALS_MAX)
    return FALSE;
  if (value > max)
    return FALSE;

  *load = value;
  if (end != NULL)
    *end = p;

  return TRUE;
}

/**
 * regimen_load_parse:
 * @text: where a load is written
 * @end: (out) (optional): where the load's digits end
 * @load: (out): the load
 *
 * Reads a load written in plain decimal at the start of @text, “40” or
 * “42.5”, up to REGIMEN_LOG_LOAD_MAX, as regimen_decimal_parse() reads a
 * number: not “040”, “0x10”, “1e2”, a sign, “inf” or “nan”, with at
 * most REGIMEN_LOAD_DECIMALS_MAX decimals (zeros at their end not
 * counted). Every reader
 * of a load typed or imported goes through this.
 *
 * Returns: whether @text starts with such a load
 */
gboolean
regimen_load_parse (const char  *text,
                    const char **end,
                    double      *load)
{
  return regimen_load_parse_up_to (text, REGIMEN_LOG_LOAD_MAX, end, load);
}

/**
 * regimen_load_parse_up_to:
 * @text: where a load is written
 * @max: the largest load taken
 * @end: (out) (optional): where the load's digits end
 * @load: (out): the load
 *
 * Like regimen_load_parse(), up to @max instead: a CSV in pounds holds
 * the pounds of the heaviest load a set may have in kilograms.
 *
 * Returns: whether @text starts with such a load
 */
gboolean
regimen_load_parse_up_to (const char  *text,
                          double       max,
                          const char **end,
                          double      *load)
{
  return read_load (text, max, FALSE, end, load);
}

/**
 * regimen_load_parse_rounded:
 * @text: where a load is written
 * @max: the largest load taken
 * @end: (out) (optional): where the load's digits end
 * @load: (out): the load
 *
 * Like regimen_load_parse_up_to(), for a load another program wrote (a
 * CSV export): its decimals past REGIMEN_LOAD_DECIMALS_MAX are rounded
 * away, not refused. Hevy writes the kilograms of a set logged in pounds
 * as they came out of its conversion (“20.41165665”); each such row was
 * refused. A weight too small for six decimals is read as the 0 it is
 * shown and exported as, not kept as a load no text says.
 *
 * Returns: whether @text starts with such a load
 */
gboolean
regimen_load_parse_rounded (const char  *text,
                            double       max,
                            const char **end,
                            double      *load)
{
  return read_load (text, max, TRUE, end, load);
}

/* @load in kilograms; a load not given stays REGIMEN_LOG_NO_LOAD. */
double
regimen_load_to_kg (double          load,
                    RegimenLoadUnit unit)
{
  if (load < 0)
    return REGIMEN_LOG_NO_LOAD;

  return unit == REGIMEN_LOAD_UNIT_LB ? load * KG_PER_LB : load;
}

/**
 * regimen_load_to_kg_bounded:
 * @load: a load in @unit, as typed
 * @unit: its unit
 * @max_kg: the heaviest load taken, in kilograms
 *
 * @load in kilograms, compared with @max_kg in @unit, the unit it was
 * typed in, to the six decimals a load is typed with, rounded up: the
 * heaviest load typed in pounds (1000 kg, 2204.622622 lb, or
 * 2204.622621848776 lb) converts to a hair over 1000 kg, which is
 * @max_kg then. A load beyond the bound in its own unit stays beyond it,
 * to be refused.
 *
 * Returns: @load in kilograms
 */
double
regimen_load_to_kg_bounded (double          load,
                            RegimenLoadUnit unit,
                            double          max_kg)
{
  double kg = regimen_load_to_kg (load, unit);
  /* To six decimals, rounded up, as many as a load is typed with: the
   * bound of 1000 kg is 2204.622622 lb then. */
  double max_in_unit = ceil (regimen_load_convert (max_kg, REGIMEN_LOAD_UNIT_KG, unit) * 1e6) / 1e6;

  if (kg > max_kg && load <= max_in_unit)
    return max_kg;

  return kg;
}

/* @load in @from as a load in @to; a load not given stays REGIMEN_LOG_NO_LOAD. */
double
regimen_load_convert (double          load,
                      RegimenLoadUnit from,
                      RegimenLoadUnit to)
{
  if (load < 0 || from == to)
    return load;

  return to == REGIMEN_LOAD_UNIT_KG ? load * KG_PER_LB : load / KG_PER_LB;
}
