/* test-plan-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fixture-util.h"
#include "regimen-plan-reader.h"
#include "regimen-plan-view.h"

#define NO_PLACE REGIMEN_DIAGNOSTIC_NO_LOCATION

static RegimenLibrary *library;

/* One week: Monday holds “Lower body A” with three items, the first in
 * superset group 1a; the rest of the week is empty. */
static RegimenPlan *
load_one_week (void)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "plans", "one-week.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static void
add (GPtrArray       *diagnostics,
     RegimenSeverity  severity,
     int              week,
     int              day,
     int              session,
     int              item,
     const char      *message)
{
  g_ptr_array_add (diagnostics,
                   regimen_diagnostic_new (REGIMEN_RULE_HIIT_FREQ, severity, week, day, session, item, message));
}

static void
test_marks (void)
{
  g_autoptr(RegimenPlan) plan = load_one_week ();
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RegimenWeekMarks) marks = NULL;
  RegimenSeverity severity = REGIMEN_SEVERITY_INFO;

  add (diagnostics, REGIMEN_SEVERITY_WARNING, 0, 0, 0, 1, "item warning");
  add (diagnostics, REGIMEN_SEVERITY_ERROR, 0, 0, 0, NO_PLACE, "session error");
  add (diagnostics, REGIMEN_SEVERITY_WARNING, 0, 0, NO_PLACE, NO_PLACE, "day warning");
  /* A session the day no longer has (the check ran before a delete). */
  add (diagnostics, REGIMEN_SEVERITY_WARNING, 0, 0, 4, NO_PLACE, "stale session");
  /* An item the session does not have marks the session only. */
  add (diagnostics, REGIMEN_SEVERITY_WARNING, 0, 0, 0, 9, "stale item");
  /* Notes, other weeks and the whole plan mark nothing here. */
  add (diagnostics, REGIMEN_SEVERITY_INFO, 0, 2, NO_PLACE, NO_PLACE, "a note");
  add (diagnostics, REGIMEN_SEVERITY_ERROR, 1, 1, NO_PLACE, NO_PLACE, "next week");
  add (diagnostics, REGIMEN_SEVERITY_ERROR, 0, NO_PLACE, NO_PLACE, NO_PLACE, "the plan");

  marks = regimen_week_marks_new (plan, 0, diagnostics);

  g_assert_cmpstr (regimen_week_marks_get_day (marks, 0, &severity), ==, "day warning\nstale session");
  g_assert_cmpint (severity, ==, REGIMEN_SEVERITY_WARNING);

  g_assert_cmpstr (regimen_week_marks_get_session (marks, 0, 0, &severity), ==,
                   "item warning\nsession error\nstale item");
  g_assert_cmpint (severity, ==, REGIMEN_SEVERITY_ERROR);

  g_assert_cmpstr (regimen_week_marks_get_item (marks, 0, 0, 1, &severity), ==, "item warning");
  g_assert_cmpint (severity, ==, REGIMEN_SEVERITY_WARNING);
  g_assert_null (regimen_week_marks_get_item (marks, 0, 0, 0, NULL));
  g_assert_null (regimen_week_marks_get_item (marks, 0, 0, 9, NULL));

  for (guint day = 1; day < REGIMEN_DAYS_PER_WEEK; day++)
    g_assert_null (regimen_week_marks_get_day (marks, day, NULL));
  g_assert_null (regimen_week_marks_get_session (marks, 0, 4, NULL));

  /* Another week of the same diagnostics. */
  g_clear_pointer (&marks, regimen_week_marks_free);
  marks = regimen_week_marks_new (plan, 1, diagnostics);
  g_assert_null (regimen_week_marks_get_day (marks, 0, NULL));
  /* Week 1 is not in the plan: its problems land on the day. */
  g_assert_cmpstr (regimen_week_marks_get_day (marks, 1, &severity), ==, "next week");
  g_assert_cmpint (severity, ==, REGIMEN_SEVERITY_ERROR);
}

static void
test_load_scale (void)
{
  RegimenWeekStats stats = { .budget = 700 };

  g_assert_cmpfloat (regimen_week_load_scale (NULL), ==, 0);

  /* A light week is drawn against twice an even share of the budget. */
  stats.daily_loads[2] = 150;
  g_assert_cmpfloat_with_epsilon (regimen_week_load_scale (&stats), 200, 1e-9);

  /* A day heavier than that is the full bar. */
  stats.daily_loads[5] = 350;
  g_assert_cmpfloat_with_epsilon (regimen_week_load_scale (&stats), 350, 1e-9);

  /* Without a budget, the heaviest day. */
  stats.budget = 0;
  g_assert_cmpfloat_with_epsilon (regimen_week_load_scale (&stats), 350, 1e-9);
}

static void
test_metric_levels (void)
{
  RegimenThresholds limits = {
    .load_warning_above = 1.3,
    .load_drop_below = 0.8,
    .monotony_warning_above = 2.0,
    .strain_warning_above = 6000,
  };
  RegimenWeekStats stats = {
    .hiit_sessions = 3, .hiit_limit = 2,
    .load = 1300, .budget = 1300, .chronic = 1000,
    .monotony = 2.5, .strain = 3000,
    .daily_acwr = { 0.9, 1.1, 1.3, 1.2, 1.0, 0.9, 0.8 },
    .acwr = 1.1,
  };
  RegimenMetricLevel levels[REGIMEN_N_METRICS];

  regimen_week_metric_levels (&stats, &limits, levels);

  g_assert_cmpfloat_with_epsilon (levels[REGIMEN_METRIC_HIIT].fraction, 1.5, 1e-9);
  g_assert_true (levels[REGIMEN_METRIC_HIIT].over);
  /* At the budget is not over it. */
  g_assert_cmpfloat_with_epsilon (levels[REGIMEN_METRIC_LOAD].fraction, 1.0, 1e-9);
  g_assert_false (levels[REGIMEN_METRIC_LOAD].over);
  g_assert_cmpfloat_with_epsilon (levels[REGIMEN_METRIC_MONOTONY].fraction, 1.25, 1e-9);
  g_assert_true (levels[REGIMEN_METRIC_MONOTONY].over);
  g_assert_cmpfloat_with_epsilon (levels[REGIMEN_METRIC_STRAIN].fraction, 0.5, 1e-9);
  g_assert_false (levels[REGIMEN_METRIC_STRAIN].over);
  /* The ratio is the highest 7-day window's; its warning level sits at
   * three quarters of its bar. */
  g_assert_cmpfloat_with_epsilon (regimen_week_stats_get_ratio (&stats, &limits), 1.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (levels[REGIMEN_METRIC_ACWR].fraction, 0.75, 1e-9);
  g_assert_false (levels[REGIMEN_METRIC_ACWR].over);

  /* No HIIT allowed: one session fills the bar and is over; no budget
   * leaves the load bar empty and never over. */
  stats.hiit_sessions = 1;
  stats.hiit_limit = 0;
  stats.budget = 0;
  stats.chronic = 0;
  memset (stats.daily_acwr, 0, sizeof stats.daily_acwr);
  regimen_week_metric_levels (&stats, &limits, levels);
  g_assert_cmpfloat_with_epsilon (levels[REGIMEN_METRIC_HIIT].fraction, 1.0, 1e-9);
  g_assert_true (levels[REGIMEN_METRIC_HIIT].over);
  g_assert_cmpfloat (levels[REGIMEN_METRIC_LOAD].fraction, ==, 0);
  g_assert_false (levels[REGIMEN_METRIC_LOAD].over);
  g_assert_cmpfloat (levels[REGIMEN_METRIC_ACWR].fraction, ==, 0);

  /* A week that drops shows the week as a whole, when no window jumps. */
  stats.chronic = 1000;
  stats.acwr = 0.6;
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    stats.daily_acwr[day] = 0.7;
  g_assert_cmpfloat_with_epsilon (regimen_week_stats_get_ratio (&stats, &limits), 0.6, 1e-9);
  stats.daily_acwr[4] = 1.4;
  g_assert_cmpfloat_with_epsilon (regimen_week_stats_get_ratio (&stats, &limits), 1.4, 1e-9);
}

/* The ratio's bar is over only where LOAD-ACWR finds a jump: a ratio of
 * 1.40 on the walked pistol plan's week 11 (139 AU against 99 AU) is 40 AU
 * more, no jump; 2640 AU against 2000 AU (1.32) is one. */
static void
test_metric_levels_jump (void)
{
  RegimenThresholds limits;
  RegimenWeekStats small = { .chronic = 99, .acwr = 1.4 };
  RegimenWeekStats big = { .chronic = 2000, .acwr = 1.32 };
  RegimenMetricLevel levels[REGIMEN_N_METRICS];

  regimen_thresholds_init (&limits, REGIMEN_LEVEL_INTERMEDIATE, REGIMEN_LIFE_STRESS_MODERATE, 0, -1);
  small.daily_chronic[4] = 99;
  small.daily_acute[4] = 139;
  small.daily_acwr[4] = 139.0 / 99;
  big.daily_chronic[4] = 2000;
  big.daily_acute[4] = 2640;
  big.daily_acwr[4] = 1.32;

  regimen_week_metric_levels (&small, &limits, levels);
  g_assert_cmpfloat (levels[REGIMEN_METRIC_ACWR].fraction, >, 0.75);
  g_assert_false (levels[REGIMEN_METRIC_ACWR].over);
  regimen_week_metric_levels (&big, &limits, levels);
  g_assert_true (levels[REGIMEN_METRIC_ACWR].over);
}

static void
test_texts (void)
{
  g_autoptr(RegimenPlan) plan = load_one_week ();
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  g_autoptr(RegimenSession) untimed = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);
  g_autoptr(RegimenItem) unknown = regimen_item_new ("no-such-exercise");
  RegimenItem *grouped = regimen_session_get_item (session, 0);
  RegimenItem *plain = regimen_session_get_item (session, 1);
  g_autofree char *line = NULL;
  g_autofree char *name = NULL;
  g_autofree char *exercise = NULL;

  line = regimen_session_describe (session, FALSE);
  g_assert_cmpstr (line, ==, "Strength · RPE 7 · 45 min");
  g_clear_pointer (&line, g_free);

  regimen_session_set_time (session, 7 * 60 + 30);
  line = regimen_session_describe (session, FALSE);
  g_assert_cmpstr (line, ==, "07:30 · Strength · RPE 7 · 45 min");
  g_clear_pointer (&line, g_free);

  /* Without a planned length: nothing on a card, an estimate on paper. */
  regimen_session_set_rpe (untimed, 6);
  line = regimen_session_describe (untimed, FALSE);
  g_assert_cmpstr (line, ==, "Strength · RPE 6");
  g_clear_pointer (&line, g_free);
  line = regimen_session_describe (untimed, TRUE);
  g_assert_true (g_str_has_prefix (line, "Strength · RPE 6 · about "));
  g_assert_true (g_str_has_suffix (line, " min"));

  name = regimen_item_describe_name (grouped, library);
  g_assert_cmpstr (name, ==, "1a Narrow Stance Squat");
  g_clear_pointer (&name, g_free);
  name = regimen_item_describe_name (plain, library);
  g_assert_cmpstr (name, ==, regimen_item_get_exercise_name (plain, library));
  g_assert_cmpstr (name, !=, regimen_item_get_exercise (plain));
  g_clear_pointer (&name, g_free);
  /* An id the library does not know is shown as it is. */
  name = regimen_item_describe_name (unknown, library);
  g_assert_cmpstr (name, ==, "no-such-exercise");
  g_assert_cmpstr (regimen_item_get_exercise_name (plain, NULL), ==, regimen_item_get_exercise (plain));

  exercise = regimen_exercise_describe (regimen_library_lookup (library, "narrow-stance-squat"));
  g_assert_true (g_str_has_prefix (exercise, "Strength · Level "));
}

/* Pass 3, N6: plan text inside Regimen's own text loses its bidi controls,
 * in the window's week heading and in every check message that quotes a
 * session title. */
static void
test_bidi_controls (void)
{
  g_autofree char *plain = regimen_text_without_hidden_format ("\u202eWeek\u2066 one\u2069\u200f \u05d0");
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenChecker) checker = NULL;
  GListModel *diagnostics;
  guint quoted = 0;

  g_assert_cmpstr (plain, ==, "Week one \u05d0");

  plan = regimen_plan_load_from_data (
    "{\"format\": \"regimen-plan\", \"version\": 1, \"athlete\": {\"max_hiit_per_week\": 1}, \"weeks\": [{\"days\": ["
    "{\"sessions\": [{\"title\": \"\\u202eIntervals\", \"kind\": \"hiit\", \"rpe\": 8, \"minutes\": 20}]},"
    "{\"sessions\": [{\"title\": \"\\u202eIntervals\", \"kind\": \"hiit\", \"rpe\": 8, \"minutes\": 20}]},"
    "{}, {}, {}, {}, {}]}]}", -1, &error);
  g_assert_no_error (error);
  checker = regimen_plan_check (plan, library);
  diagnostics = regimen_checker_get_diagnostics (checker);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      const char *message = regimen_diagnostic_get_message (diagnostic);

      g_assert_null (strstr (message, "\u202e"));
      if (strstr (message, "“Intervals”") != NULL)
        quoted++;
    }
  g_assert_cmpuint (quoted, >, 0);
}

/* Adversarial pass 5, A1: a title shown on one line of a list (the
 * restore offer) keeps to that line and to a length. */
static void
test_one_line (void)
{
  g_autofree char *forged = regimen_text_one_line ("Evil\n\u2022 \u201cPayroll\u201d \u2014 /etc/shadow\r\x1b[31m\u2028x", 200);
  g_autofree char *cut = regimen_text_one_line ("\u202eabcdefghij", 5);
  g_autofree char *fits = regimen_text_one_line ("abcde", 5);
  g_autofree char *wide = regimen_text_one_line ("\u00e4\u00f6\u00fc\u00df\u00e9\u00e8", 4);

  g_assert_null (strpbrk (forged, "\n\r\x1b"));
  g_assert_null (strstr (forged, "\u2028"));
  g_assert_cmpstr (forged, ==, "Evil \u2022 \u201cPayroll\u201d \u2014 /etc/shadow  [31m x");
  g_assert_cmpstr (cut, ==, "abcd\u2026");
  g_assert_cmpstr (fits, ==, "abcde");
  g_assert_cmpstr (wide, ==, "\u00e4\u00f6\u00fc\u2026");
}

/* Issue 21, pass 33c's leftover: one letter and thousands of combining
 * marks (“Zalgo” text) keeps four marks on that letter when shown, and
 * the marks dropped are not counted against the length; the marks of
 * real text (Vietnamese “ệ” written as e and two marks) are kept. */
static void
test_one_line_stacked_marks (void)
{
  g_autoptr(GString) zalgo = g_string_new ("Z");
  g_autofree char *shown = NULL;
  g_autofree char *vietnamese = regimen_text_one_line ("Ti\u00ea\u0323ng Vie\u0302\u0323t", 200);

  for (guint i = 0; i < 9999; i++)
    g_string_append (zalgo, "\u0301");
  g_string_append (zalgo, "ab");
  shown = regimen_text_one_line (zalgo->str, 200);

  g_assert_cmpstr (shown, ==, "Z\u0301\u0301\u0301\u0301ab");
  g_assert_cmpstr (vietnamese, ==, "Ti\u00ea\u0323ng Vie\u0302\u0323t");
}

/* Adversarial pass 14: a message quoting a block name of thousands of
 * lines is shown on one line and cut in the middle, keeping where it is
 * wrong (the start) and what is wrong (the end). */
static void
test_one_line_middle (void)
{
  g_autoptr(GString) name = g_string_new ("B");
  g_autofree char *message = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *fits = regimen_text_one_line_middle ("a\nb", 3);
  g_autofree char *wide = regimen_text_one_line_middle ("\u00e4\u00f6\u00fc\u00df\u00e9\u00e8", 5);

  for (int i = 0; i < 3000; i++)
    g_string_append (name, "\nbl");
  message = g_strdup_printf ("At $.blocks[0].weeks: the block \u201c%s\u201d would end after week 9, "
                             "but the plan has only 4 weeks.", name->str);
  cut = regimen_text_one_line_middle (message, 160);

  g_assert_null (strchr (cut, '\n'));
  g_assert_cmpint (g_utf8_strlen (cut, -1), ==, 160);
  g_assert_true (g_str_has_prefix (cut, "At $.blocks[0].weeks: the block \u201cB bl"));
  g_assert_true (g_str_has_suffix (cut, "bl\u201d would end after week 9, but the plan has only 4 weeks."));
  g_assert_nonnull (strstr (cut, "\u2026"));
  g_assert_cmpstr (fits, ==, "a b");
  g_assert_cmpstr (wide, ==, "\u00e4\u00f6\u2026\u00e9\u00e8");
}

/* Pass 14's leftover: an exercise's instructions of thousands of line
 * breaks made the detail that tall; the first lines keep their breaks,
 * the rest run on. */
static void
test_few_lines (void)
{
  g_autoptr(GString) text = g_string_new ("Stand tall.");
  g_autofree char *few = NULL;
  g_autofree char *two = regimen_text_few_lines ("a\nb\r\nc\td", 2);
  guint n_breaks = 0;

  for (int i = 0; i < 3000; i++)
    g_string_append (text, "\nx");
  few = regimen_text_few_lines (text->str, 20);
  for (const char *p = few; *p != '\0'; p++)
    n_breaks += *p == '\n';

  g_assert_cmpuint (n_breaks, ==, 19);
  g_assert_cmpuint (strlen (few), ==, text->len);
  g_assert_true (g_str_has_prefix (few, "Stand tall.\nx\nx"));
  g_assert_true (g_str_has_suffix (few, "x x x"));
  g_assert_cmpstr (two, ==, "a\nb  c d");
}

/* Issue 21, pass 34's leftover: a paragraph keeps at most four marks on
 * a letter, as a line does: an exercise's instructions of one letter and
 * thousands of accents (exercises.json edited by hand) drew a tower over
 * the page. */
static void
test_few_lines_stacked_marks (void)
{
  g_autoptr(GString) zalgo = g_string_new ("Z");
  g_autofree char *shown = NULL;
  g_autofree char *vietnamese = regimen_text_few_lines ("Ti\u00ea\u0323ng\nVie\u0302\u0323t", 20);

  for (guint i = 0; i < 9999; i++)
    g_string_append (zalgo, "\u0301");
  g_string_append (zalgo, "a\nb");
  shown = regimen_text_few_lines (zalgo->str, 20);

  g_assert_cmpstr (shown, ==, "Z\u0301\u0301\u0301\u0301a\nb");
  g_assert_cmpstr (vietnamese, ==, "Ti\u00ea\u0323ng\nVie\u0302\u0323t");
}

/* The characters a quoted name spells: what shows as nothing (a
 * zero-width space, a soft hyphen, a byte order mark, bidi controls, line
 * breaks), not what a script or an emoji needs to be written (a Persian
 * name's zero-width non-joiner, an emoji's zero-width joiner, a flag's
 * tags), which the window's title and toasts showed as “[U+200C]”. */
static void
test_text_spell (void)
{
  g_autofree char *squat = regimen_text_spell ("Squat\u200B\u00AD\uFEFF\u202E\n", FALSE);
  g_autofree char *persian = regimen_text_spell ("\u0628\u0631\u0646\u0627\u0645\u0647\u200C\u0647\u0627", FALSE);
  g_autofree char *emoji = regimen_text_spell ("\U0001F3CB\uFE0F\u200D\u2640\uFE0F plan", FALSE);
  g_autofree char *flag = regimen_text_spell ("\U0001F3F4\U000E0067\U000E0062\U000E007F", FALSE);

  g_assert_cmpstr (squat, ==, "Squat[U+200B][U+00AD][U+FEFF][U+202E][U+000A]");
  g_assert_cmpstr (persian, ==, "\u0628\u0631\u0646\u0627\u0645\u0647\u200C\u0647\u0627");
  g_assert_cmpstr (emoji, ==, "\U0001F3CB\uFE0F\u200D\u2640\uFE0F plan");
  g_assert_cmpstr (flag, ==, "\U0001F3F4\U000E0067\U000E0062\U000E007F");
}

/* Pass 40a: a variation selector after a letter it selects no form of,
 * the combining grapheme joiner and the Hangul fillers show as nothing
 * (“Base” and a U+FE0F was listed and quoted as “Base”); an emoji's, a
 * keycap's and an ideograph's variation selector are how it is written. */
static void
test_text_spell_selectors (void)
{
  g_autofree char *latin = regimen_text_spell ("Base\uFE0F Caf\u00E9\uFE0E \uFE0F\uFE0Fx\u034Fy\u3164\uFFA0", FALSE);
  g_autofree char *decomposed = regimen_text_spell ("Cafe\u0301\uFE0F \u041C\uFE00", FALSE);
  g_autofree char *keycap = regimen_text_spell ("1\uFE0F\u20E3 #\uFE0F\u20E3 \u00A9\uFE0F \u2764\uFE0F", FALSE);
  g_autofree char *ideograph = regimen_text_spell ("\u845B\U000E0100 \u1820\u180B", FALSE);

  g_assert_cmpstr (latin, ==, "Base[U+FE0F] Caf\u00E9[U+FE0E] [U+FE0F][U+FE0F]x[U+034F]y[U+3164][U+FFA0]");
  g_assert_cmpstr (decomposed, ==, "Cafe\u0301[U+FE0F] \u041C[U+FE00]");
  g_assert_cmpstr (keycap, ==, "1\uFE0F\u20E3 #\uFE0F\u20E3 \u00A9\uFE0F \u2764\uFE0F");
  g_assert_cmpstr (ideograph, ==, "\u845B\U000E0100 \u1820\u180B");
}

/* Pass 38c: what regimen_text_isolate() is for, a text that reorders
 * the numbers next to it: a letter of a script written right to left
 * anywhere in it, not Latin, Greek, CJK or the marks Regimen drops. */
static void
test_right_to_left (void)
{
  g_autofree char *isolated = regimen_text_isolate ("\u05e9\u05d1\u05d5\u05e2");

  g_assert_true (regimen_text_has_right_to_left ("\u05e9\u05d1\u05d5\u05e2 \u05e7\u05dc"));
  g_assert_true (regimen_text_has_right_to_left ("Week \u0623\u0633\u0628\u0648\u0639 3"));
  g_assert_true (regimen_text_has_right_to_left ("\u0710\u0712"));
  g_assert_true (regimen_text_has_right_to_left ("\u0780"));
  g_assert_false (regimen_text_has_right_to_left ("Deload \u00b7 Woche \u03b1 \u9031"));
  g_assert_false (regimen_text_has_right_to_left ("\u200f\u202e\u2067"));
  g_assert_false (regimen_text_has_right_to_left (""));
  g_assert_cmpstr (isolated, ==, "\u2068\u05e9\u05d1\u05d5\u05e2\u2069");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  library = regimen_library_get_default ();

  g_test_add_func ("/plan-view/marks", test_marks);
  g_test_add_func ("/plan-view/text-spell", test_text_spell);
  g_test_add_func ("/plan-view/text-spell-selectors", test_text_spell_selectors);
  g_test_add_func ("/plan-view/load-scale", test_load_scale);
  g_test_add_func ("/plan-view/metric-levels", test_metric_levels);
  g_test_add_func ("/plan-view/metric-levels/jump", test_metric_levels_jump);
  g_test_add_func ("/plan-view/texts", test_texts);
  g_test_add_func ("/plan-view/bidi-controls", test_bidi_controls);
  g_test_add_func ("/plan-view/one-line", test_one_line);
  g_test_add_func ("/plan-view/one-line/stacked-marks", test_one_line_stacked_marks);
  g_test_add_func ("/plan-view/one-line-middle", test_one_line_middle);
  g_test_add_func ("/plan-view/few-lines", test_few_lines);
  g_test_add_func ("/plan-view/few-lines/stacked-marks", test_few_lines_stacked_marks);
  g_test_add_func ("/plan-view/right-to-left", test_right_to_left);

  return g_test_run ();
}
