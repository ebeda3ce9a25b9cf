/* regimen-plan-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-plan-view.h"

typedef struct
{
  RegimenSeverity  severity;
  GString         *messages;
} Mark;

struct _RegimenWeekMarks
{
  /* Place → Mark; a place is a day, a session of it or an item of that
   * (place_key()). */
  GHashTable *marks;
};

static gint64 *
place_key (guint day,
           int   session,
           int   item)
{
  gint64 *key = g_new (gint64, 1);

  *key = ((gint64) day << 40) | ((gint64) (session + 1) << 20) | (gint64) (item + 1);
  return key;
}

static void
mark_free (gpointer data)
{
  Mark *mark = data;

  g_string_free (mark->messages, TRUE);
  g_free (mark);
}

static void
add_mark (RegimenWeekMarks  *self,
          guint              day,
          int                session,
          int                item,
          RegimenDiagnostic *diagnostic)
{
  g_autofree gint64 *key = place_key (day, session, item);
  RegimenSeverity severity = regimen_diagnostic_get_severity (diagnostic);
  Mark *mark = g_hash_table_lookup (self->marks, key);

  if (mark == NULL)
    {
      mark = g_new0 (Mark, 1);
      mark->messages = g_string_new (NULL);
      mark->severity = severity;
      g_hash_table_insert (self->marks, g_steal_pointer (&key), mark);
    }
  else
    {
      g_string_append_c (mark->messages, '\n');
      mark->severity = MIN (mark->severity, severity);
    }

  g_string_append (mark->messages, regimen_diagnostic_get_message (diagnostic));
}

/**
 * regimen_week_marks_new:
 * @plan: a plan
 * @week: the week shown
 * @diagnostics: (element-type RegimenDiagnostic): what the checker found
 *   in @week (regimen_checker_peek_week_diagnostics()); those of other
 *   weeks mark nothing
 *
 * Sorts the errors and warnings of @week to where they are marked: on the
 * session they name, or on the day when they name no session (or one the
 * day no longer has). A problem of an item marks its session too. Notes
 * inform and mark nothing.
 *
 * Returns: (transfer full): the marks
 */
RegimenWeekMarks *
regimen_week_marks_new (RegimenPlan *plan,
                        guint        week,
                        GPtrArray   *diagnostics)
{
  RegimenWeekMarks *self;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (diagnostics != NULL, NULL);

  self = g_new0 (RegimenWeekMarks, 1);
  self->marks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, mark_free);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      RegimenDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);
      int day = regimen_diagnostic_get_day (diagnostic);
      int session = regimen_diagnostic_get_session (diagnostic);
      int item = regimen_diagnostic_get_item (diagnostic);
      RegimenDay *model;
      RegimenSession *session_model;

      if (regimen_diagnostic_get_severity (diagnostic) == REGIMEN_SEVERITY_INFO ||
          regimen_diagnostic_get_week (diagnostic) != (int) week ||
          day < 0 || day >= REGIMEN_DAYS_PER_WEEK)
        continue;

      model = regimen_plan_get_day (plan, week, day);
      if (session < 0 || model == NULL || session >= (int) regimen_day_get_n_sessions (model))
        {
          add_mark (self, day, -1, -1, diagnostic);
          continue;
        }

      add_mark (self, day, session, -1, diagnostic);

      session_model = regimen_day_get_session (model, session);
      if (item >= 0 && item < (int) regimen_session_get_n_items (session_model))
        add_mark (self, day, session, item, diagnostic);
    }

  return self;
}

void
regimen_week_marks_free (RegimenWeekMarks *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->marks);
  g_free (self);
}

static const char *
lookup (RegimenWeekMarks *self,
        guint             day,
        int               session,
        int               item,
        RegimenSeverity  *out_severity)
{
  g_autofree gint64 *key = place_key (day, session, item);
  Mark *mark = g_hash_table_lookup (self->marks, key);

  if (mark == NULL)
    return NULL;

  if (out_severity != NULL)
    *out_severity = mark->severity;
  return mark->messages->str;
}

/**
 * regimen_week_marks_get_day:
 * @out_severity: (out) (optional): the gravest problem's severity, set
 *   only when there is a mark
 *
 * Returns: (transfer none) (nullable): the problems of @day that name no
 *   session, one a line; %NULL when it carries no mark
 */
const char *
regimen_week_marks_get_day (RegimenWeekMarks *self,
                            guint             day,
                            RegimenSeverity  *out_severity)
{
  g_return_val_if_fail (self != NULL, NULL);

  return lookup (self, day, -1, -1, out_severity);
}

/**
 * regimen_week_marks_get_session:
 * @out_severity: (out) (optional): as for regimen_week_marks_get_day()
 *
 * Returns: (transfer none) (nullable): the problems of the session, its
 *   items' included, one a line; %NULL when it carries no mark
 */
const char *
regimen_week_marks_get_session (RegimenWeekMarks *self,
                                guint             day,
                                guint             session,
                                RegimenSeverity  *out_severity)
{
  g_return_val_if_fail (self != NULL, NULL);

  return lookup (self, day, session, -1, out_severity);
}

/**
 * regimen_week_marks_get_item:
 * @out_severity: (out) (optional): as for regimen_week_marks_get_day()
 *
 * Returns: (transfer none) (nullable): the problems of the item, one a
 *   line; %NULL when it carries no mark
 */
const char *
regimen_week_marks_get_item (RegimenWeekMarks *self,
                             guint             day,
                             guint             session,
                             guint             item,
                             RegimenSeverity  *out_severity)
{
  g_return_val_if_fail (self != NULL, NULL);

  return lookup (self, day, session, item, out_severity);
}

/**
 * regimen_week_stats_get_ratio:
 *
 * The acute:chronic ratio the check shows for the week: its highest 7-day
 * window against the chronic load before it, as LOAD-ACWR judges a jump;
 * the week as a whole when that is not a jump but the week drops.
 *
 * Returns: the ratio; 0 when there is no load to compare
 */
double
regimen_week_stats_get_ratio (const RegimenWeekStats  *stats,
                              const RegimenThresholds *limits)
{
  double ratio = 0;

  g_return_val_if_fail (stats != NULL, 0);
  g_return_val_if_fail (limits != NULL, 0);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    ratio = MAX (ratio, stats->daily_acwr[day]);
  if (ratio <= limits->load_warning_above && stats->chronic > 0
      && stats->acwr < limits->load_drop_below)
    ratio = stats->acwr;

  return ratio;
}

/* Whether a 7-day window of the week is a jump as LOAD-ACWR judges it:
 * beyond the ratio and by more than the smallest amount. */
static gboolean
week_has_jump (const RegimenWeekStats  *stats,
               const RegimenThresholds *limits)
{
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      double chronic = MAX (stats->daily_chronic[day], REGIMEN_CHRONIC_LOAD_MIN);

      if (stats->daily_chronic[day] > 0
          && stats->daily_acwr[day] > limits->load_warning_above
          && stats->daily_acute[day] > chronic + limits->load_warning_min_increase)
        return TRUE;
    }

  return FALSE;
}

/**
 * regimen_week_metric_levels:
 * @levels: (out caller-allocates): one level for each #RegimenMetric
 *
 * How full each of the check's bars is for the week: HIIT sessions and
 * load against their limits, monotony and strain against the levels that
 * warn, and the acute:chronic ratio on a bar whose warning level sits at
 * three quarters.
 */
void
regimen_week_metric_levels (const RegimenWeekStats  *stats,
                            const RegimenThresholds *limits,
                            RegimenMetricLevel       levels[REGIMEN_N_METRICS])
{
  double ratio;

  g_return_if_fail (stats != NULL);
  g_return_if_fail (limits != NULL);

  ratio = regimen_week_stats_get_ratio (stats, limits);

  levels[REGIMEN_METRIC_HIIT] = (RegimenMetricLevel) {
    stats->hiit_limit > 0 ? (double) stats->hiit_sessions / stats->hiit_limit : stats->hiit_sessions,
    stats->hiit_sessions > stats->hiit_limit,
  };
  levels[REGIMEN_METRIC_LOAD] = (RegimenMetricLevel) {
    stats->budget > 0 ? stats->load / stats->budget : 0,
    stats->budget > 0 && stats->load > stats->budget,
  };
  levels[REGIMEN_METRIC_MONOTONY] = (RegimenMetricLevel) {
    stats->monotony / limits->monotony_warning_above,
    stats->monotony > limits->monotony_warning_above,
  };
  levels[REGIMEN_METRIC_STRAIN] = (RegimenMetricLevel) {
    stats->strain / limits->strain_warning_above,
    stats->strain > limits->strain_warning_above,
  };
  /* Over only where the check finds a jump: a high ratio of a small load
   * is none (docs/validation-rules.md, "A jump is also an amount"). */
  levels[REGIMEN_METRIC_ACWR] = (RegimenMetricLevel) {
    ratio / (2 * limits->load_warning_above) * 1.5,
    week_has_jump (stats, limits),
  };
}

/**
 * regimen_week_load_scale:
 * @stats: (nullable): the week's figures
 *
 * The load a full day's bar stands for, shared by every day of the week:
 * the heaviest day, or twice an even share of the budget when that is
 * more, so that a light week looks light.
 *
 * Returns: the scale; 0 when there is nothing to scale
 */
double
regimen_week_load_scale (const RegimenWeekStats *stats)
{
  double scale;

  if (stats == NULL)
    return 0;

  scale = stats->budget / REGIMEN_DAYS_PER_WEEK * 2;
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    scale = MAX (scale, stats->daily_loads[day]);

  return scale;
}

/**
 * regimen_exercise_describe:
 * @exercise: a #RegimenExercise
 *
 * The one line under an exercise's name: its category and level.
 *
 * Returns: (transfer full): a translated description
 */
char *
regimen_exercise_describe (RegimenExercise *exercise)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), NULL);

  /* Translators: an exercise's category and difficulty, “Strength · Level 2” */
  return g_strdup_printf (_("%s · Level %u"),
                          regimen_exercise_category_get_name (regimen_exercise_get_category (exercise)),
                          regimen_exercise_get_level (exercise));
}

/**
 * regimen_session_describe:
 * @session: a #RegimenSession
 * @estimate_minutes: whether a session without a planned length shows the
 *   length its exercises take, “about 40 min”
 *
 * The line under a session's title: start time when it has one, kind,
 * planned effort and duration, “07:30 · Strength · RPE 7 · 45 min”.
 *
 * Returns: (transfer full): the translated line
 */
char *
regimen_session_describe (RegimenSession *session,
                          gboolean        estimate_minutes)
{
  g_autofree char *line = NULL;
  g_autofree char *time = NULL;
  const char *kind;
  guint minutes;

  g_return_val_if_fail (REGIMEN_IS_SESSION (session), NULL);

  kind = regimen_session_kind_get_label (regimen_session_get_kind (session));
  minutes = regimen_session_get_minutes (session);

  if (minutes > 0)
    /* Translators: a session's kind, planned effort and length, “Strength · RPE 7 · 45 min” */
    line = g_strdup_printf (_("%s · RPE %u · %u min"), kind, regimen_session_get_rpe (session), minutes);
  else if (estimate_minutes)
    /* Translators: a session's kind, effort and estimated length, “Strength · RPE 7 · about 45 min” */
    line = g_strdup_printf (_("%s · RPE %u · about %.0f min"), kind,
                            regimen_session_get_rpe (session),
                            regimen_session_estimate_minutes (session));
  else
    /* Translators: a session's kind and planned effort, “Strength · RPE 7” */
    line = g_strdup_printf (_("%s · RPE %u"), kind, regimen_session_get_rpe (session));

  if (regimen_session_get_time (session) == REGIMEN_SESSION_NO_TIME)
    return g_steal_pointer (&line);

  time = regimen_session_time_to_string (regimen_session_get_time (session));
  /* Translators: a session's start time before its kind, effort and length, “07:30 · Strength · RPE 7 · 45 min” */
  return g_strdup_printf (_("%s · %s"), time, line);
}

/**
 * regimen_item_get_exercise_name:
 * @library: (nullable): where to look the exercise up
 *
 * An id the library does not know stays visible as it is in the file;
 * the plan check reports it.
 *
 * Returns: (transfer none): the name of the item's exercise, or its id
 */
const char *
regimen_item_get_exercise_name (RegimenItem    *item,
                                RegimenLibrary *library)
{
  const char *id;
  RegimenExercise *exercise;

  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);

  id = regimen_item_get_exercise (item);
  exercise = library != NULL ? regimen_library_lookup (library, id) : NULL;

  return exercise != NULL ? regimen_exercise_get_display_name (exercise) : id;
}

/**
 * regimen_item_describe_name:
 * @library: (nullable): where to look the exercise up
 *
 * The item's exercise with its superset group, “1a Narrow Stance Squat”.
 *
 * Returns: (transfer full): the translated name
 */
char *
regimen_item_describe_name (RegimenItem    *item,
                            RegimenLibrary *library)
{
  const char *name;
  const char *group;

  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);

  name = regimen_item_get_exercise_name (item, library);
  group = regimen_item_get_group (item);

  if (group != NULL)
    /* Translators: a superset group and an exercise, “1a Narrow Stance Squat” */
    return g_strdup_printf (_("%s %s"), group, name);

  return g_strdup (name);
}

/**
 * regimen_text_without_hidden_format:
 * @text: plan text to be shown inside a text of Regimen's own
 *
 * Drops the format characters regimen_text_is_hidden_format() names, as
 * the printed sheet does: the bidirectional embeddings, overrides,
 * isolates and marks (a week label “\u202eWeek one” would otherwise
 * reverse the dates the window shows after it, and a session title the
 * rest of a check message that quotes it), and the byte order mark, the
 * zero-width space and the others that show as nothing (a title's
 * U+FEFF reached the calendar export's SUMMARY and the CSV's cells).
 * Letters of right-to-left scripts keep their own direction.
 *
 * Returns: (transfer full): the text without them
 */
char *
regimen_text_without_hidden_format (const char *text)
{
  GString *plain;

  g_return_val_if_fail (text != NULL, NULL);

  plain = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (regimen_text_is_hidden_format (c))
        continue;
      g_string_append_unichar (plain, c);
    }

  return g_string_free (plain, FALSE);
}

/**
 * regimen_text_is_bidi_control:
 * @c: a character
 *
 * Returns: %TRUE for the bidirectional embeddings, overrides, isolates
 *   and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
 *   which reorder the text around them without being seen
 */
gboolean
regimen_text_is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200E || c == 0x200F || c == 0x061C;
}

/* Not the format characters that writing needs and a font shows
 * through: the joiners (a Persian name's U+200C, an emoji sequence's
 * U+200D), the tags of a flag's emoji, and the number signs of Arabic
 * and Syriac, drawn as marks. Spelt, a person's own name came out as
 * “[U+200C]” in the window's title and every toast. */
static gboolean
is_needed_format (gunichar c)
{
  return c == 0x200C || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F) || (c >= 0x0600 && c <= 0x0605) ||
         c == 0x06DD || c == 0x070F || c == 0x08E2 || c == 0x110BD || c == 0x110CD;
}

/**
 * regimen_text_is_hidden_format:
 * @c: a character
 *
 * Returns: %TRUE for a format character (Unicode's category Cf) a text
 *   shows as nothing and no script or emoji needs: the bidirectional
 *   controls (regimen_text_is_bidi_control()), the byte order mark
 *   U+FEFF, the zero-width space U+200B, the word joiner U+2060, the
 *   soft hyphen U+00AD and their like; not the joiners, emoji tags and
 *   number signs
 */
gboolean
regimen_text_is_hidden_format (gunichar c)
{
  return regimen_text_is_bidi_control (c) || (g_unichar_type (c) == G_UNICODE_FORMAT && !is_needed_format (c));
}

/**
 * regimen_text_breaks_a_line:
 * @c: a character
 *
 * Returns: %TRUE for a control character (U+0000–U+001F, U+007F–U+009F)
 *   or the line and paragraph separators U+2028 and U+2029: what a
 *   one-line text shows as a space, or not at all
 */
gboolean
regimen_text_breaks_a_line (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

/**
 * regimen_text_is_unseen:
 * @c: a character
 *
 * Returns: %TRUE for a character a quoted text shows as nothing or as a
 *   space on one line: what regimen_text_breaks_a_line() and
 *   regimen_text_is_bidi_control() name, the other format characters
 *   (Unicode's category Cf: the zero-width space U+200B, the word joiner
 *   U+2060, the byte order mark U+FEFF, the soft hyphen U+00AD), the
 *   combining grapheme joiner U+034F and the Hangul fillers, by which
 *   “Squat” and “Squat” followed by a U+200B look one name; not the
 *   joiners, emoji tags and number signs that scripts and emoji need.
 *   A variation selector depends on the character before it:
 *   regimen_text_unseen_at()
 */
gboolean
regimen_text_is_unseen (gunichar c)
{
  /* What a block's name may not be made of alone either
   * (regimen_text_shows_something()). */
  if (c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0)
    return TRUE;

  return regimen_text_breaks_a_line (c) || regimen_text_is_hidden_format (c);
}

static gboolean
is_variation_selector (gunichar c)
{
  return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x180B && c <= 0x180F);
}

/**
 * regimen_text_unseen_at:
 * @text: a text
 * @p: a character of @text
 *
 * Like regimen_text_is_unseen(), and also a variation selector where it
 * follows no character it selects a form of: at the start, after a
 * space, a Latin, Greek or Cyrillic letter, a combining mark, ASCII other
 * than a keycap's digit, `#` or `*`, or another such character. “Base”
 * and a U+FE0F looked one name, listed and quoted so; an emoji's own
 * (“💪️”), a keycap's (“1️⃣”) and an ideograph's variant are kept.
 *
 * Returns: whether the character at @p shows as nothing there
 */
gboolean
regimen_text_unseen_at (const char *text,
                        const char *p)
{
  gunichar c;
  const char *before;
  gunichar previous;
  GUnicodeScript script;

  g_return_val_if_fail (text != NULL && p != NULL && p >= text, FALSE);

  c = g_utf8_get_char (p);
  if (!is_variation_selector (c))
    return regimen_text_is_unseen (c);

  if (p == text)
    return TRUE;
  before = g_utf8_find_prev_char (text, p);
  previous = g_utf8_get_char (before);
  if (previous < 0x80)
    return !g_ascii_isdigit (previous) && previous != '#' && previous != '*';
  if (regimen_text_is_unseen (previous) || g_unichar_isspace (previous) ||
      g_unichar_type (previous) == G_UNICODE_NON_SPACING_MARK)
    return TRUE;
  if (is_variation_selector (previous))
    return regimen_text_unseen_at (text, before);

  script = g_unichar_get_script (previous);
  return g_unichar_isalpha (previous) &&
         (script == G_UNICODE_SCRIPT_LATIN || script == G_UNICODE_SCRIPT_GREEK || script == G_UNICODE_SCRIPT_CYRILLIC);
}

/**
 * regimen_text_dup_as_read:
 * @text: a text, such as a block's name
 *
 * @text as a person reads it, for comparing names: composed (NFC), a
 * no-break, thin or ideographic space read as a space, and without what
 * shows as nothing (regimen_text_unseen_at()) but line breaks and
 * direction controls, which `block list` shows as escapes. regimen-cli
 * finds a block typed so, and `diff` matches blocks so: a block named
 * “Base Camp” with a no-break space, listed as “Base Camp”, was not found
 * when typed with a space, and when also moved `diff` said it removed
 * and another added.
 *
 * Returns: (transfer full) (nullable): the text as read, or %NULL when
 *   @text is not UTF-8
 */
char *
regimen_text_dup_as_read (const char *text)
{
  g_autofree char *nfc = NULL;
  GString *read;

  g_return_val_if_fail (text != NULL, NULL);

  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (nfc == NULL)
    return NULL;

  read = g_string_sized_new (strlen (nfc));
  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        g_string_append_c (read, ' ');
      else if (!regimen_text_unseen_at (nfc, p) || regimen_text_breaks_a_line (c) || regimen_text_is_bidi_control (c))
        g_string_append_len (read, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (read, FALSE);
}

/**
 * regimen_text_spell:
 * @text: a text
 * @all_but_ascii: whether to spell every character beyond ASCII too
 *
 * How Regimen quotes a text it did not write (a file's name, a CSV's
 * cell): each unseen character (regimen_text_unseen_at()) written as its
 * code point, so that a person sees why two names that look alike differ.
 *
 * Returns: (transfer full): @text with each unseen character, and with
 *   @all_but_ascii each one beyond ASCII too, written as its code point:
 *   “café” as “caf[U+00E9]”
 */
char *
regimen_text_spell (const char *text,
                    gboolean    all_but_ascii)
{
  GString *spelt;

  g_return_val_if_fail (text != NULL, NULL);

  spelt = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (regimen_text_unseen_at (text, p) || (all_but_ascii && c >= 0x80))
        g_string_append_printf (spelt, "[U+%04X]", c);
      else
        g_string_append_unichar (spelt, c);
    }

  return g_string_free (spelt, FALSE);
}

/**
 * regimen_text_one_line:
 * @text: plan text to be shown as one line inside a text of Regimen's own
 * @max_chars: the most characters kept, more than 0
 *
 * Like regimen_text_without_hidden_format(), and also turns line breaks,
 * tabs and other control characters (U+0000–U+001F, U+007F–U+009F, the
 * line and paragraph separators U+2028 and U+2029) into spaces, and cuts
 * a text longer than @max_chars to its first @max_chars − 1 characters
 * and “…”: a title cannot add lines of its own to a message that lists
 * plans, nor push the rest of it off the screen. A character keeps at
 * most %REGIMEN_TEXT_MAX_MARKS combining marks (the rest are dropped, not
 * counted): a letter with thousands (“Zalgo” text) drew a tower of
 * accents over the widgets above and below its label.
 *
 * Returns: (transfer full): the text on one line
 */
char *
regimen_text_one_line (const char *text,
                       guint       max_chars)
{
  g_autofree char *plain = NULL;
  GString *line;
  guint n_chars = 0;
  guint n_marks = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars > 0, NULL);

  plain = regimen_text_without_hidden_format (text);
  line = g_string_sized_new (strlen (plain));
  for (const char *p = plain; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        n_marks = 0;
      else if (++n_marks > REGIMEN_TEXT_MAX_MARKS)
        continue;

      if (n_chars + 1 == max_chars && *g_utf8_next_char (p) != '\0')
        {
          g_string_append (line, "…");
          break;
        }

      if (regimen_text_breaks_a_line (c))
        c = ' ';
      g_string_append_unichar (line, c);
      n_chars++;
    }

  return g_string_free (line, FALSE);
}

/**
 * regimen_text_has_right_to_left:
 * @text: a text in UTF-8
 *
 * Returns: %TRUE when @text holds a letter of a script written right to
 *   left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the others): one that
 *   reorders the numbers and marks next to it on a line
 */
gboolean
regimen_text_has_right_to_left (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      switch ((int) g_unichar_get_script (g_utf8_get_char (p)))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
        case G_UNICODE_SCRIPT_SAMARITAN:
        case G_UNICODE_SCRIPT_MANDAIC:
        case G_UNICODE_SCRIPT_ADLAM:
        case G_UNICODE_SCRIPT_HANIFI_ROHINGYA:
        case G_UNICODE_SCRIPT_YEZIDI:
        case G_UNICODE_SCRIPT_MENDE_KIKAKUI:
        case G_UNICODE_SCRIPT_CYPRIOT:
        case G_UNICODE_SCRIPT_PHOENICIAN:
        case G_UNICODE_SCRIPT_IMPERIAL_ARAMAIC:
        case G_UNICODE_SCRIPT_KHAROSHTHI:
        case G_UNICODE_SCRIPT_AVESTAN:
        case G_UNICODE_SCRIPT_OLD_SOUTH_ARABIAN:
        case G_UNICODE_SCRIPT_OLD_NORTH_ARABIAN:
        case G_UNICODE_SCRIPT_NABATAEAN:
        case G_UNICODE_SCRIPT_PALMYRENE:
        case G_UNICODE_SCRIPT_HATRAN:
        case G_UNICODE_SCRIPT_MANICHAEAN:
        case G_UNICODE_SCRIPT_PSALTER_PAHLAVI:
        case G_UNICODE_SCRIPT_INSCRIPTIONAL_PAHLAVI:
        case G_UNICODE_SCRIPT_INSCRIPTIONAL_PARTHIAN:
        case G_UNICODE_SCRIPT_OLD_HUNGARIAN:
        case G_UNICODE_SCRIPT_LYDIAN:
        case G_UNICODE_SCRIPT_SOGDIAN:
        case G_UNICODE_SCRIPT_OLD_SOGDIAN:
        case G_UNICODE_SCRIPT_ELYMAIC:
        case G_UNICODE_SCRIPT_CHORASMIAN:
        case G_UNICODE_SCRIPT_MEROITIC_CURSIVE:
        case G_UNICODE_SCRIPT_MEROITIC_HIEROGLYPHS:
        case G_UNICODE_SCRIPT_OLD_TURKIC:
          return TRUE;

        default:
          break;
        }
    }

  return FALSE;
}

/**
 * regimen_text_isolate:
 * @text: plan text on one line, without bidirectional controls of its
 *   own (regimen_text_one_line())
 *
 * @text between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
 * ISOLATE: put in a line of Regimen's own, it is laid out in its own
 * direction and the line around it in the line's, where a week's label
 * in Hebrew took the dates after it into its right-to-left run, “16 Nov
 * – 22 Nov 2026” shown as “Nov – 22 Nov 2026 16”. The line's own
 * direction must be given too (a mark at its start, U+200E or U+200F):
 * Pango takes a line's direction from its first letter, isolated or not.
 *
 * Returns: (transfer full): the text, isolated
 */
char *
regimen_text_isolate (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_strconcat ("\xe2\x81\xa8", text, "\xe2\x81\xa9", NULL);
}

/**
 * regimen_text_cut_middle:
 * @text: a text in UTF-8
 * @max_chars: the most characters kept, more than 2
 *
 * @text whole when it has at most @max_chars characters, else its start
 * and its end around “…”, @max_chars characters in all.
 *
 * Returns: (transfer full): the text, cut
 */
char *
regimen_text_cut_middle (const char *text,
                         guint       max_chars)
{
  glong n_chars;
  glong head;
  glong tail;
  const char *head_end;
  const char *tail_start;
  GString *cut;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars > 2, NULL);

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars <= (glong) max_chars)
    return g_strdup (text);

  head = (max_chars - 1) / 2;
  tail = max_chars - 1 - head;
  head_end = g_utf8_offset_to_pointer (text, head);
  tail_start = g_utf8_offset_to_pointer (head_end, n_chars - tail - head);
  cut = g_string_new_len (text, head_end - text);
  g_string_append (cut, "…");
  g_string_append (cut, tail_start);
  return g_string_free (cut, FALSE);
}

/**
 * regimen_text_one_line_middle:
 * @text: a message that may quote plan text, to be shown inside a text of
 *   Regimen's own (a dialog's body)
 * @max_chars: the most characters kept, more than 2
 *
 * Like regimen_text_one_line(), but a text longer than @max_chars keeps
 * its start and its end around “…”: a message says where (“At
 * $.blocks[0].weeks:”) at its start and what is wrong at its end, and the
 * plan text it quotes in between is what gets cut.
 *
 * Returns: (transfer full): the text on one line
 */
char *
regimen_text_one_line_middle (const char *text,
                              guint       max_chars)
{
  g_autofree char *line = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars > 2, NULL);

  line = regimen_text_one_line (text, G_MAXUINT);
  return regimen_text_cut_middle (line, max_chars);
}

/**
 * regimen_text_cut:
 * @text: a text
 * @max_chars: the most characters kept, more than 0
 *
 * Returns: (transfer full): @text whole when it has at most @max_chars
 *   characters, else its start and “…”, @max_chars characters in all
 */
char *
regimen_text_cut (const char *text,
                  guint       max_chars)
{
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars > 0, NULL);

  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);

  end = g_utf8_offset_to_pointer (text, max_chars - 1);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/**
 * regimen_text_few_lines:
 * @text: text of paragraphs, such as an exercise's instructions
 * @max_lines: the most lines kept, more than 0
 *
 * Like regimen_text_without_hidden_format(), keeping the first
 * @max_lines − 1 line breaks and turning the rest, and other control
 * characters, into spaces: a label wraps its text to the lines it is
 * given, but a text of thousands of line breaks would be that tall
 * whatever its length (Pango bounds each paragraph's lines, not the
 * text's). A character keeps at most %REGIMEN_TEXT_MAX_MARKS combining
 * marks, as in regimen_text_one_line(): a letter with thousands drew a
 * tower of accents over the page above the paragraph.
 *
 * Returns: (transfer full): the text on at most @max_lines paragraphs
 */
char *
regimen_text_few_lines (const char *text,
                        guint       max_lines)
{
  g_autofree char *plain = NULL;
  GString *lines;
  guint n_lines = 1;
  guint n_marks = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_lines > 0, NULL);

  plain = regimen_text_without_hidden_format (text);
  lines = g_string_sized_new (strlen (plain));
  for (const char *p = plain; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* The marks on this letter so far, this one too. */
      n_marks = g_unichar_ismark (c) ? n_marks + 1 : 0;
      if (n_marks > REGIMEN_TEXT_MAX_MARKS)
        continue;

      if (c == '\n' && n_lines < max_lines)
        n_lines++;
      else if (regimen_text_breaks_a_line (c))
        c = ' ';
      g_string_append_unichar (lines, c);
    }

  return g_string_free (lines, FALSE);
}
