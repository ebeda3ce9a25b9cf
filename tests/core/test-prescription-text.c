/* test-prescription-text.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "regimen-core.h"

static void
assert_prescription (RegimenItem *item,
                     const char  *expected)
{
  g_autofree char *text = regimen_item_format_prescription (item);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_sets_reps_tempo_rest (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("narrow-stance-squat");

  regimen_item_set_sets (item, 3);
  regimen_item_set_reps (item, 10);
  assert_prescription (item, "3 × 10");

  regimen_item_set_tempo (item, "3010");
  regimen_item_set_rest_seconds (item, 90);
  assert_prescription (item, "3 × 10 · 3-0-1-0 · rest 90 s");

  regimen_item_set_load_percent_1rm (item, 50);
  assert_prescription (item, "3 × 10 · 3-0-1-0 · 50 % 1RM · rest 90 s");
}

static void
test_hold_per_side (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("single-leg-high-knee-hold");

  regimen_item_set_sets (item, 2);
  regimen_item_set_hold_seconds (item, 20);
  regimen_item_set_per_side (item, TRUE);
  assert_prescription (item, "2 × 20 s each side");
}

static void
test_interval (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("burpee");
  g_autoptr(RegimenInterval) interval = regimen_interval_new (30, 60, 8);

  regimen_item_set_interval (item, interval);
  /* Rest between sets belongs to sets; intervals carry their own. */
  regimen_item_set_rest_seconds (item, 120);
  assert_prescription (item, "8 × 30 s on / 60 s off");
}

/* An interval with no rest between rounds ("rest_seconds": 0) was said
 * “8 × 30 s on / 0 s off” on the week's cards, the sheet and the
 * command line, and “8 rounds: 30 s work, 0 s rest” on an exercise's
 * page (issue 21, session 44). */
static void
test_interval_no_rest (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("burpee");
  g_autoptr(RegimenInterval) interval = regimen_interval_new (30, 0, 8);
  RegimenPrescription prescription = {
    .interval_work_seconds = 30, .interval_rest_seconds = 0, .interval_rounds = 8,
  };
  g_autofree char *text = NULL;

  regimen_item_set_interval (item, interval);
  assert_prescription (item, "8 × 30 s on, no rest");

  text = regimen_prescription_to_string (&prescription);
  g_assert_cmpstr (text, ==, "8 rounds: 30 s work, no rest");
}

static void
test_explosive_and_bare (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("kettlebell-swing");

  assert_prescription (item, "");

  regimen_item_set_sets (item, 4);
  assert_prescription (item, "4 sets");

  regimen_item_set_tempo (item, "10X0");
  assert_prescription (item, "4 sets · 1-0-X-0");
}

static void
test_seconds_format (void)
{
  g_autofree char *short_rest = regimen_seconds_format (45);
  g_autofree char *ninety = regimen_seconds_format (90);
  g_autofree char *minutes = regimen_seconds_format (180);
  g_autofree char *mixed = regimen_seconds_format (150);

  g_assert_cmpstr (short_rest, ==, "45 s");
  g_assert_cmpstr (ninety, ==, "90 s");
  g_assert_cmpstr (minutes, ==, "3 min");
  g_assert_cmpstr (mixed, ==, "2 min 30 s");
}

static void
assert_tempo_text (const char *text,
                   const char *stored)
{
  g_autofree char *tempo = regimen_tempo_from_text (text);

  g_assert_cmpstr (tempo, ==, stored);
}

static void
test_tempo_text (void)
{
  g_autofree char *shown = regimen_tempo_format ("20X0");
  g_autofree char *round_trip = regimen_tempo_from_text (shown);

  /* One display form everywhere, and what is shown can be typed back. */
  g_assert_cmpstr (shown, ==, "2-0-X-0");
  g_assert_cmpstr (round_trip, ==, "20X0");

  /* A tempo the model did not check ends at its first missing phase. */
  {
    g_autofree char *empty = regimen_tempo_format ("");
    g_autofree char *one = regimen_tempo_format ("3");
    g_autofree char *three = regimen_tempo_format ("31X");
    g_autofree char *long_tempo = regimen_tempo_format ("30100");

    g_assert_cmpstr (empty, ==, "");
    g_assert_cmpstr (one, ==, "3-");
    g_assert_cmpstr (three, ==, "3-1-X-");
    g_assert_cmpstr (long_tempo, ==, "3-0-1-0");
  }

  assert_tempo_text ("3010", "3010");
  assert_tempo_text ("3-0-1-0", "3010");
  assert_tempo_text (" 3 - 0 - 1 - 0 ", "3010");
  assert_tempo_text ("20x0", "20X0");
  assert_tempo_text ("2-0-x-0", "20X0");

  assert_tempo_text ("", NULL);
  assert_tempo_text ("301", NULL);
  assert_tempo_text ("30100", NULL);
  assert_tempo_text ("3-0-1-0-0", NULL);
  assert_tempo_text ("30-10", NULL);
  assert_tempo_text ("-3010", NULL);
  assert_tempo_text ("3010-", NULL);
  assert_tempo_text ("3--010", NULL);
  assert_tempo_text ("3a10", NULL);
}

static void
assert_frequency (guint       frequency,
                  guint       weeks_min,
                  guint       weeks_max,
                  const char *expected)
{
  RegimenPrescription prescription = { .frequency_per_week = frequency, .weeks_min = weeks_min,
                                       .weeks_max = weeks_max };
  g_autofree char *text = regimen_prescription_format_frequency (&prescription);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_frequency (void)
{
  assert_frequency (2, 3, 4, "Twice a week · 3–4 weeks");
  assert_frequency (1, 0, 0, "Once a week");
  assert_frequency (3, 6, 6, "3 times a week · 6 weeks");
  /* a maximum below the minimum is read as the minimum */
  assert_frequency (0, 4, 2, "4 weeks");
  assert_frequency (0, 0, 0, NULL);
}

static void
test_frequency_our_choice (void)
{
  RegimenPrescription prescription = { .frequency_per_week = 2, .weeks_min = 3, .weeks_max = 4,
                                       .weeks_our_choice = TRUE };
  g_autofree char *text = regimen_prescription_format_frequency (&prescription);

  g_assert_cmpstr (text, ==, "Twice a week · 3–4 weeks (our choice)");
}

/* A narrow card wraps between the parts, never inside “rest 45 s”. */
static void
test_glue_numbers (void)
{
  g_autofree char *rest = regimen_text_glue_numbers ("3 × 8 each side · rest 45 s");
  g_autofree char *minutes = regimen_text_glue_numbers ("rest 2 min 30 s");
  g_autofree char *words = regimen_text_glue_numbers ("each side");
  g_autofree char *tempo = regimen_text_glue_numbers ("3 × 10 · 3-0-1-0 · rest 90 s");
  g_autofree char *empty = regimen_text_glue_numbers ("");
  g_autofree char *hold = regimen_text_glue_numbers ("3 × 30 s · 8 je Seite");

  /* Wraps before “each”: “2 × 8 each” was one word wider than a day's
   * card at 1262 wide and broke as “eac” over “h side” (pass 44g); a
   * unit stays with its count, “3 × 30 s”. */
  g_assert_cmpstr (rest, ==, "3\u00a0×\u00a08 each side · rest\u00a045\u00a0s");
  g_assert_cmpstr (hold, ==, "3\u00a0×\u00a030\u00a0s · 8\u00a0je Seite");
  /* Wraps after “rest”: “rest 2 min” was one word, wider than a narrow
   * card, and broke inside “min”. */
  g_assert_cmpstr (minutes, ==, "rest 2\u00a0min 30\u00a0s");
  g_assert_cmpstr (tempo, ==, "3\u00a0×\u00a010 · 3-\u20600-\u20601-\u20600 · rest\u00a090\u00a0s");
  g_assert_cmpstr (words, ==, "each side");
  g_assert_cmpstr (empty, ==, "");
}

/* Issue 21, pass 16: the loads were written with a point whatever the
 * locale, beside percentages and steps written with its mark: “62.5 kg ·
 * 72,5 % 1RM” in German, on the card, the sheet, the log form and the
 * command line. Each text now has the locale's mark throughout. */
static void
test_one_decimal_mark (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("barbell-back-squat");
  g_autoptr(RegimenProgression) rule = regimen_progression_new (REGIMEN_PROGRESSION_ADD, 4);
  g_autofree char *kg = NULL;
  g_autofree char *lb = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *described = NULL;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("no German locale here");
      return;
    }

  regimen_item_set_sets (item, 3);
  regimen_item_set_reps (item, 5);
  regimen_item_set_load_kg (item, 62.5);
  regimen_item_set_load_percent_1rm (item, 72.5);
  rule->quantity = REGIMEN_PROGRESSION_LOAD;
  rule->step = 2.5;

  kg = regimen_item_format_prescription_in (item, REGIMEN_LOAD_UNIT_KG);
  lb = regimen_item_format_prescription_in (item, REGIMEN_LOAD_UNIT_LB);
  whole = regimen_load_format (60, REGIMEN_LOAD_UNIT_KG);
  described = regimen_progression_describe (rule);
  setlocale (LC_NUMERIC, "C");

  g_assert_cmpstr (kg, ==, "3 × 5 · 62,5 kg · 72,5 % 1RM");
  g_assert_cmpstr (lb, ==, "3 × 5 · 137,8 lb · 72,5 % 1RM");
  g_assert_cmpstr (whole, ==, "60 kg");
  g_assert_cmpstr (described, ==, "add 2,5 % 1RM each week, for 4 weeks");
}

/* A load that is not 0 is never shown as 0: the default decimals (two
 * for kg, one for lb) made 0.001 kg and 0.0002 kg “0 kg” on the cards,
 * the sheet and the command line's texts. */
static void
test_small_load_not_zero (void)
{
  struct { double kg; RegimenLoadUnit unit; const char *shown; } cases[] = {
    { 0.001, REGIMEN_LOAD_UNIT_KG, "0.001 kg" },
    { 0.0002, REGIMEN_LOAD_UNIT_KG, "0.0002 kg" },
    { 0.004, REGIMEN_LOAD_UNIT_KG, "0.004 kg" },
    { 0.01, REGIMEN_LOAD_UNIT_LB, "0.02 lb" },
    { 3e-9, REGIMEN_LOAD_UNIT_KG, "3.0e-09 kg" },
    { 0, REGIMEN_LOAD_UNIT_KG, "0 kg" },
    { 0, REGIMEN_LOAD_UNIT_LB, "0 lb" },
    { 61.25, REGIMEN_LOAD_UNIT_KG, "61.25 kg" },
    { 62.5, REGIMEN_LOAD_UNIT_LB, "137.8 lb" },
  };
  g_autoptr(RegimenItem) item = regimen_item_new ("barbell-back-squat");
  g_autofree char *prescription = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = regimen_load_format (cases[i].kg, cases[i].unit);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }

  regimen_item_set_sets (item, 3);
  regimen_item_set_reps (item, 5);
  regimen_item_set_load_kg (item, 0.001);
  prescription = regimen_item_format_prescription (item);
  g_assert_cmpstr (prescription, ==, "3 × 5 · 0.001 kg");
}

/* A share of 1RM is shown in digits as the plan holds it, on the cards,
 * the sheet and the command line's texts: “%g” said a hand-edited
 * 0.0000001 as “1e-07 % 1RM”. */
static void
test_percent_in_digits (void)
{
  g_autoptr(RegimenItem) item = regimen_item_new ("barbell-back-squat");
  g_autofree char *tiny = NULL;
  g_autofree char *precise = NULL;

  regimen_item_set_sets (item, 3);
  regimen_item_set_reps (item, 5);
  regimen_item_set_load_percent_1rm (item, 0.0000001);
  tiny = regimen_item_format_prescription (item);
  g_assert_cmpstr (tiny, ==, "3 × 5 · 0.0000001 % 1RM");

  regimen_item_set_load_percent_1rm (item, 72.123456789);
  precise = regimen_item_format_prescription (item);
  g_assert_cmpstr (precise, ==, "3 × 5 · 72.123456789 % 1RM");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/prescription-text/sets-reps-tempo-rest", test_sets_reps_tempo_rest);
  g_test_add_func ("/core/prescription-text/hold-per-side", test_hold_per_side);
  g_test_add_func ("/core/prescription-text/interval", test_interval);
  g_test_add_func ("/core/prescription-text/interval-no-rest", test_interval_no_rest);
  g_test_add_func ("/core/prescription-text/explosive-and-bare", test_explosive_and_bare);
  g_test_add_func ("/core/prescription-text/seconds", test_seconds_format);
  g_test_add_func ("/core/prescription-text/tempo-text", test_tempo_text);
  g_test_add_func ("/core/prescription-text/frequency", test_frequency);
  g_test_add_func ("/core/prescription-text/frequency-our-choice", test_frequency_our_choice);
  g_test_add_func ("/core/prescription-text/glue-numbers", test_glue_numbers);
  g_test_add_func ("/core/prescription-text/one-decimal-mark", test_one_decimal_mark);
  g_test_add_func ("/core/prescription-text/small-load-not-zero", test_small_load_not_zero);
  g_test_add_func ("/core/prescription-text/percent-in-digits", test_percent_in_digits);

  return g_test_run ();
}
