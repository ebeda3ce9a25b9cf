/* regimen-prescription-text.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-prescription-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "regimen-decimal.h"
#include "regimen-prescription-text.h"

/* The most decimals of a load shown in digits (regimen_load_format()). */
#define REGIMEN_LOAD_MAX_DECIMALS 6

/**
 * regimen_seconds_format:
 * @seconds: a duration
 *
 * Short durations read as seconds, longer whole minutes as minutes:
 * “45 s”, “90 s”, “2 min”, “2 min 30 s”.
 *
 * Returns: (transfer full): the translated duration
 */
char *
regimen_seconds_format (guint seconds)
{
  guint minutes = seconds / 60;
  guint rest = seconds % 60;

  if (seconds < 120)
    /* Translators: a duration in seconds, “90 s” */
    return g_strdup_printf (_("%u s"), seconds);

  /* Long holds and continuous cardio read better in hours. */
  if (rest == 0 && minutes >= 120 && minutes % 60 == 0)
    /* Translators: a duration in whole hours, “2 h” */
    return g_strdup_printf (_("%u h"), minutes / 60);

  if (rest == 0 && minutes >= 120)
    /* Translators: a duration in hours and minutes, “2 h 30 min” */
    return g_strdup_printf (_("%u h %u min"), minutes / 60, minutes % 60);

  if (rest == 0)
    /* Translators: a duration in whole minutes, “2 min” */
    return g_strdup_printf (_("%u min"), minutes);

  /* Translators: a duration in minutes and seconds, “2 min 30 s” */
  return g_strdup_printf (_("%u min %u s"), minutes, rest);
}

/**
 * regimen_tempo_format:
 * @tempo: a four-character tempo such as “3010” or “20X0”
 *
 * Returns: (transfer full): the tempo as people write it, “3-0-1-0”
 */
char *
regimen_tempo_format (const char *tempo)
{
  char shown[8];

  g_return_val_if_fail (tempo != NULL, NULL);

  /* Put together by hand, not by printf(), which took the check a
   * fifth of a SPEED-LOAD finding's cost for these seven bytes. A short
   * tempo ends where its first missing phase is, as "%c" of its NUL did. */
  shown[0] = tempo[0];
  shown[1] = '-';
  shown[2] = tempo[0] ? tempo[1] : '?';
  shown[3] = '-';
  shown[4] = tempo[0] && tempo[1] ? tempo[2] : '?';
  shown[5] = '-';
  shown[6] = tempo[0] && tempo[1] && tempo[2] ? tempo[3] : '?';
  shown[7] = '\0';

  return g_strdup (shown);
}

/**
 * regimen_tempo_from_text:
 * @text: a tempo as a person types it: “3010”, “3-0-1-0”, “20x0”
 *
 * Reads a typed tempo. People write it both packed and with dashes (the
 * display form of regimen_tempo_format()), so both are accepted, as are
 * spaces around the dashes and a lower-case x for an explosive phase.
 *
 * Returns: (transfer full) (nullable): the four stored characters, such as
 *   “3010” or “20X0”, or %NULL when @text is not a tempo
 */
char *
regimen_tempo_from_text (const char *text)
{
  char tempo[5] = { 0 };
  guint phases = 0;
  guint dashes = 0;
  gboolean need_phase = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == ' ')
        continue;

      if (*c == '-')
        {
          /* A dash separates two phases; it may not lead, trail or repeat. */
          if (need_phase)
            return NULL;
          need_phase = TRUE;
          dashes++;
          continue;
        }

      if (!g_ascii_isdigit (*c) && *c != 'X' && *c != 'x')
        return NULL;
      if (phases == 4)
        return NULL;

      tempo[phases++] = g_ascii_toupper (*c);
      need_phase = FALSE;
    }

  /* Either packed or a dash between every phase: “30-10” is a typo. */
  if (phases != 4 || need_phase || (dashes != 0 && dashes != 3))
    return NULL;

  return g_strdup (tempo);
}

static void
append_part (GString    *text,
             const char *part)
{
  if (text->len > 0)
    /* Translators: joins the parts of a prescription, “3 × 10 · 3-0-1-0 · 90 s” */
    g_string_append (text, _(" · "));
  g_string_append (text, part);
}

/* @shown, a load in @unit, to @decimals without trailing zeros (with
 * @decimals below 0: to two significant digits and an exponent) and with
 * the locale's decimal mark, and its unit. */
static char *
format_load_in (double          shown,
                int             decimals,
                RegimenLoadUnit unit)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  g_autofree char *localized = NULL;
  char *end;
  char *point;

  if (decimals < 0)
    /* Its two significant digits: “3.0e-09”, whose zeros stay. */
    g_ascii_formatd (number, sizeof number, "%.1e", shown);
  else
    {
      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (number, sizeof number, format, shown);
      end = number + strlen (number);
      while (strchr (number, '.') != NULL && end > number && end[-1] == '0')
        *--end = '\0';
      if (end > number && end[-1] == '.')
        *--end = '\0';
    }

  point = strchr (number, '.');
  if (point != NULL)
    {
      *point = '\0';
      localized = g_strconcat (number, localeconv ()->decimal_point, point + 1, NULL);
    }

  return g_strdup_printf (/* Translators: a load and its unit, “62.5 kg” or “137.8 lb” */
                          _("%s %s"), localized != NULL ? localized : number,
                          unit == REGIMEN_LOAD_UNIT_LB ? C_("load unit", "lb") : C_("load unit", "kg"));
}

/**
 * regimen_load_format:
 * @kg: a load in kilograms
 * @unit: the unit to show it in
 *
 * A load as a person reads it: kilograms to two decimals (“61.25 kg”,
 * a quarter of the smallest common plate pair), pounds to one (“137.8
 * lb”), more for a load those would show as 0 (“0.001 kg”, “3.0e-09
 * kg”), without trailing zeros, with the locale's decimal mark as every
 * other number of the texts it is part of (“61,25 kg · 72,5 % 1RM” in
 * German).
 *
 * Returns: (transfer full): the translated load
 */
char *
regimen_load_format (double          kg,
                     RegimenLoadUnit unit)
{
  double shown = regimen_load_convert (kg, REGIMEN_LOAD_UNIT_KG, unit);
  int decimals = unit == REGIMEN_LOAD_UNIT_LB ? 1 : 2;

  /* A load that is not 0 is never shown as 0 (“0.001 kg” was “0 kg” on
   * the cards, the sheet and the command line's texts): the fewest
   * further decimals that show it, up to %REGIMEN_LOAD_MAX_DECIMALS, and
   * below that its two significant digits with an exponent. */
  while (shown > 0 && round (shown * pow (10, decimals)) == 0 && decimals < REGIMEN_LOAD_MAX_DECIMALS)
    decimals++;
  if (shown > 0 && round (shown * pow (10, decimals)) == 0)
    return format_load_in (shown, -1, unit);

  return format_load_in (shown, decimals, unit);
}

/**
 * regimen_load_format_typed:
 * @kg: a load in kilograms, typed in @unit
 * @unit: the unit it was typed in
 *
 * A load a person typed, such as a progression rule's step or cap, said
 * back as typed: with the fewest decimals, up to six, that give @kg
 * again when read in @unit (“1.25 lb”, “0.125 kg”, “0.001 kg”), where
 * regimen_load_format()'s rounding said “1.2 lb” or “0 kg”. A load typed
 * in the other unit (2.5 kg shown in lb) is shown as
 * regimen_load_format() shows it (“5.5 lb”).
 *
 * Returns: (transfer full): the translated load
 */
char *
regimen_load_format_typed (double          kg,
                           RegimenLoadUnit unit)
{
  double shown = regimen_load_convert (kg, REGIMEN_LOAD_UNIT_KG, unit);

  for (int decimals = unit == REGIMEN_LOAD_UNIT_LB ? 1 : 2; decimals <= 6; decimals++)
    {
      double scale = pow (10, decimals);
      double typed = round (shown * scale) / scale;

      if (regimen_load_to_kg_bounded (typed, unit, REGIMEN_LOAD_KG_MAX) == kg)
        return format_load_in (typed, decimals, unit);
    }

  return regimen_load_format (kg, unit);
}

/**
 * regimen_item_format_prescription:
 * @item: a #RegimenItem
 *
 * regimen_item_format_prescription_in() with loads in kilograms, as the
 * plan file holds them.
 *
 * Returns: (transfer full): the translated prescription
 */
char *
regimen_item_format_prescription (RegimenItem *item)
{
  return regimen_item_format_prescription_in (item, REGIMEN_LOAD_UNIT_KG);
}

/**
 * regimen_item_format_prescription_in:
 * @item: a #RegimenItem
 * @unit: the unit of an absolute load
 *
 * The prescription of @item in one line, as the week view and the printed
 * sheet show it: “3 × 10 · 3-0-1-0 · 90 s”, “8 × 30 s on / 60 s off”,
 * “8 × 30 s on, no rest”,
 * “2 × 20 s each side”, “3 × 5 · 62.5 kg · rest 2 min”.
 *
 * Returns: (transfer full): the translated prescription; empty when the
 *   item prescribes nothing
 */
char *
regimen_item_format_prescription_in (RegimenItem     *item,
                                     RegimenLoadUnit  unit)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const RegimenInterval *interval;
  guint sets, reps, hold;

  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);

  interval = regimen_item_get_interval (item);
  sets = regimen_item_get_sets (item);
  reps = regimen_item_get_reps (item);
  hold = regimen_item_get_hold_seconds (item);

  if (interval != NULL)
    {
      g_autofree char *work = regimen_seconds_format (interval->work_seconds);
      g_autofree char *rest = regimen_seconds_format (interval->rest_seconds);
      g_autofree char *part = NULL;

      /* No rest between rounds (`"rest_seconds": 0`) was said “0 s off”. */
      if (interval->rest_seconds == 0)
        /* Translators: interval rounds with no rest between them, “8 × 30 s on, no rest” */
        part = g_strdup_printf (_("%u × %s on, no rest"), interval->rounds, work);
      else
        /* Translators: interval rounds, “8 × 30 s on / 60 s off” */
        part = g_strdup_printf (_("%u × %s on / %s off"), interval->rounds, work, rest);
      append_part (text, part);
    }
  else if (reps > 0 || hold > 0)
    {
      g_autofree char *amount = hold > 0 ? regimen_seconds_format (hold) : g_strdup_printf ("%u", reps);
      g_autofree char *part = NULL;

      if (sets > 0)
        /* Translators: sets and reps or hold time, “3 × 10” or “2 × 20 s” */
        part = g_strdup_printf (_("%u × %s"), sets, amount);
      else
        part = g_steal_pointer (&amount);

      if (regimen_item_get_per_side (item))
        {
          /* Translators: appended to sets and reps done on each side in turn */
          g_autofree char *sided = g_strdup_printf (_("%s each side"), part);

          g_free (part);
          part = g_steal_pointer (&sided);
        }

      append_part (text, part);
    }
  else if (sets > 0)
    {
      g_autofree char *part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", sets), sets);

      append_part (text, part);
    }

  if (regimen_item_get_tempo (item) != NULL)
    {
      g_autofree char *tempo = regimen_tempo_format (regimen_item_get_tempo (item));

      append_part (text, tempo);
    }

  if (regimen_item_has_load_kg (item))
    {
      g_autofree char *part = regimen_load_format (regimen_item_get_load_kg (item), unit);

      append_part (text, part);
    }

  if (regimen_item_has_load_percent_1rm (item))
    {
      /* In digits as the file holds it: “%g” wrote a hand-edited 0.0000001
       * as “1e-07 % 1RM”, and 72.55 as 72.55 only by its six digits. */
      g_autofree char *percent = regimen_decimal_format (regimen_item_get_load_percent_1rm (item));
      /* Translators: load as a share of the one-repetition maximum, “50 % 1RM” */
      g_autofree char *part = g_strdup_printf (_("%s %% 1RM"), percent);

      append_part (text, part);
    }

  if (regimen_item_get_no_rest (item) && interval == NULL)
    /* Translators: no rest after the sets, straight on (inside a superset) */
    append_part (text, _("no rest"));
  else if (regimen_item_get_rest_seconds (item) > 0 && interval == NULL)
    {
      g_autofree char *rest = regimen_seconds_format (regimen_item_get_rest_seconds (item));
      /* Translators: rest between sets, “rest 90 s” */
      g_autofree char *part = g_strdup_printf (_("rest %s"), rest);

      append_part (text, part);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * regimen_prescription_format_frequency:
 * @prescription: an exercise's default prescription
 *
 * How often and for how long an exercise is usually kept in a plan, as the
 * exercise detail and `regimen-cli library show` say it: “Twice a week ·
 * 3–4 weeks”.
 *
 * Returns: (transfer full) (nullable): the translated text, or %NULL when
 *   the prescription gives neither
 */
char *
regimen_prescription_format_frequency (const RegimenPrescription *prescription)
{
  guint frequency;
  guint weeks_min;
  guint weeks_max;
  g_autofree char *how_often = NULL;
  g_autofree char *how_long = NULL;

  g_return_val_if_fail (prescription != NULL, NULL);

  frequency = prescription->frequency_per_week;
  weeks_min = prescription->weeks_min;
  weeks_max = MAX (prescription->weeks_max, weeks_min);

  if (frequency == 1)
    how_often = g_strdup (_("Once a week"));
  else if (frequency == 2)
    how_often = g_strdup (_("Twice a week"));
  else if (frequency > 2)
    how_often = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time a week", "%u times a week", frequency),
                                 frequency);

  if (weeks_min > 0 && weeks_min == weeks_max)
    how_long = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", weeks_min), weeks_min);
  else if (weeks_min > 0)
    /* Translators: how long to keep an exercise in a plan, “3–4 weeks” */
    how_long = g_strdup_printf (_("%u–%u weeks"), weeks_min, weeks_max);

  /* No source gives these weeks: say whose choice they are. */
  if (how_long != NULL && prescription->weeks_our_choice)
    {
      g_autofree char *chosen = g_steal_pointer (&how_long);

      /* Translators: a duration no training source gives, which Regimen
       * chose, “3–4 weeks (our choice)” */
      how_long = g_strdup_printf (_("%s (our choice)"), chosen);
    }

  if (how_often != NULL && how_long != NULL)
    /* Translators: how often and how long, “Twice a week · 3–4 weeks” */
    return g_strdup_printf (_("%s · %s"), how_often, how_long);

  return how_often != NULL ? g_steal_pointer (&how_often) : g_steal_pointer (&how_long);
}

#define TIMES "\xc3\x97"

/* Whether the word that ends just before @end follows a number, as “min”
 * in “2 min 30 s”: a unit, after which a line may break. */
static gboolean
word_follows_number (const char *text,
                     const char *end)
{
  const char *word = end;

  while (word > text && word[-1] != ' ')
    word--;

  return word - text >= 2 && g_ascii_isdigit (word[-2]);
}

/* Whether @number starts a duration of two parts, “2 min 30 s”: a word
 * glued before it (“Pause 2 min”) would be wider than a narrow day's card,
 * which broke it inside the unit, “Pause 2 m-” over “in 30 s”. */
static gboolean
starts_two_part_duration (const char *number)
{
  const char *c = number;

  while (g_ascii_isdigit (*c))
    c++;
  if (c == number || *c != ' ' || !g_ascii_isalpha (c[1]))
    return FALSE;
  for (c++; g_ascii_isalpha (*c); c++)
    ;

  return *c == ' ' && g_ascii_isdigit (c[1]);
}

/* Whether the space at @space, after a number, ends a count of “2 × 8”
 * and comes before a word that is not a unit, “each side”: glued on,
 * “2 × 8 each” was wider than a day's card at 1262 wide with the library
 * shown, and Pango broke it inside the word, “eac” over “h side”. A unit
 * of a few letters, “30 s”, “2 min”, stays with its number. */
static gboolean
ends_count_before_word (const char *text,
                        const char *space)
{
  const char *number = space;
  const char *word = space + 1;
  gsize letters = 0;

  while (number > text && g_ascii_isdigit (number[-1]))
    number--;
  if (number - text < (gssize) strlen (TIMES) + 1 || number[-1] != ' ' ||
      !g_str_has_prefix (number - 1 - strlen (TIMES), TIMES))
    return FALSE;

  while (g_ascii_isalpha (word[letters]))
    letters++;

  return letters > 3;
}

/**
 * regimen_text_glue_numbers:
 * @text: a line such as a prescription, “3 × 8 each side · rest 45 s”
 *
 * Keeps a number with what it counts, so that a narrow label wraps
 * between the parts of a prescription and not inside “rest 45 s” or a
 * tempo “3-0-1-0”: the space after a number (unless the number ends a
 * count, “2 × 8”, before a word longer than a unit, “each side”, which may
 * wrap before “each”) and the space before one
 * (unless it follows a unit, as in “2 min 30 s”, or starts a duration of
 * two parts, “rest 2 min 30 s”, which may wrap after “rest”) become
 * no-break spaces, and a hyphen between two digits is joined to what
 * follows it.
 *
 * Returns: (transfer full): @text, glued
 */
char *
regimen_text_glue_numbers (const char *text)
{
  GString *glued;

  g_return_val_if_fail (text != NULL, NULL);

  glued = g_string_sized_new (strlen (text) + 8);
  for (const char *c = text; *c != '\0'; c++)
    {
      gboolean after_digit = c > text && g_ascii_isdigit (c[-1]);
      gboolean before_digit = g_ascii_isdigit (c[1]);
      gboolean after_times = c - text >= 2 && g_str_has_prefix (c - 2, TIMES);
      gboolean before_times = g_str_has_prefix (c + 1, TIMES);
      gboolean after_word = c > text && g_ascii_isalpha (c[-1]) && !word_follows_number (text, c);

      if (*c == ' ' && ((after_digit && ((g_ascii_isalpha (c[1]) && !ends_count_before_word (text, c)) ||
                                         before_times)) ||
                        (before_digit && (after_times || (after_word && !starts_two_part_duration (c + 1))))))
        g_string_append (glued, "\xc2\xa0");
      else if (*c == '-' && c > text && (after_digit || c[-1] == 'X') && (before_digit || c[1] == 'X'))
        /* U+2060 WORD JOINER: no break after the hyphen. */
        g_string_append (glued, "-\xe2\x81\xa0");
      else
        g_string_append_c (glued, *c);
    }

  return g_string_free (glued, FALSE);
}
