/* regimen-done-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-done-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "regimen-decimal.h"
#include "regimen-done-view.h"
#include "regimen-plan-view.h"
#include "regimen-prescription-text.h"
#include "regimen-weekday.h"

/* A session's title and an exercise's name in a line of the planned
 * against done, as a session card shows a title. */
#define DONE_NAME_MAX_CHARS 200

/**
 * regimen_plan_get_week_when:
 * @week: a week of @plan
 * @today: the day to judge from
 *
 * Returns: whether @week is over, under way or still to come on @today;
 *   %REGIMEN_WEEK_WHEN_UNDATED when the plan has no start date
 */
RegimenWeekWhen
regimen_plan_get_week_when (RegimenPlan *plan,
                            guint        week,
                            const GDate *today)
{
  const GDate *start;
  g_autoptr(GDate) first = NULL;
  g_autoptr(GDate) last = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), REGIMEN_WEEK_WHEN_UNDATED);
  g_return_val_if_fail (today != NULL && g_date_valid (today), REGIMEN_WEEK_WHEN_UNDATED);

  start = regimen_plan_get_start_date (plan);
  if (start == NULL || !g_date_valid (start))
    return REGIMEN_WEEK_WHEN_UNDATED;

  first = regimen_week_day_date (start, week, 0);
  last = regimen_week_day_date (start, week, REGIMEN_DAYS_PER_WEEK - 1);

  if (g_date_compare (today, first) < 0)
    return REGIMEN_WEEK_WHEN_FUTURE;
  if (g_date_compare (today, last) > 0)
    return REGIMEN_WEEK_WHEN_PAST;
  return REGIMEN_WEEK_WHEN_CURRENT;
}

/**
 * regimen_week_describe_load_done:
 * @stats: a week's figures
 * @when: where the week lies (regimen_plan_get_week_when())
 *
 * The week's planned load against its done load, “Planned 645 AU · done
 * 640 AU”. A week with nothing logged has no done load to show, past or
 * not: it reads “nothing logged”, never as done.
 *
 * Returns: (transfer full): the translated text
 */
char *
regimen_week_describe_load_done (const RegimenWeekStats *stats,
                                 RegimenWeekWhen         when)
{
  g_return_val_if_fail (stats != NULL, NULL);

  if (stats->sessions_logged == 0 && when == REGIMEN_WEEK_WHEN_PAST)
    /* Translators: a past week's planned load, in arbitrary units, with no session logged */
    return g_strdup_printf (_("Planned %'.0f AU · nothing logged"), stats->planned_load);

  if (stats->sessions_logged == 0)
    /* Translators: a week's planned load, in arbitrary units, before any session is logged */
    return g_strdup_printf (_("Planned %'.0f AU · nothing logged yet"), stats->planned_load);

  /* Translators: a week's planned load against the load of its logged sessions as trained, in arbitrary units */
  return g_strdup_printf (_("Planned %'.0f AU · done %'.0f AU"), stats->planned_load, stats->done_load);
}

/**
 * regimen_week_describe_sessions_done:
 * @stats: a week's figures
 * @when: where the week lies
 *
 * Sessions done of planned, “1 of 3 sessions done · 1 partly · 1
 * skipped”, or that none is logged.
 *
 * Returns: (transfer full): the translated text
 */
char *
regimen_week_describe_sessions_done (const RegimenWeekStats *stats,
                                     RegimenWeekWhen         when)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint skipped;
  guint unlogged;

  g_return_val_if_fail (stats != NULL, NULL);

  if (stats->sessions_planned == 0)
    return g_strdup (_("No sessions planned"));

  if (stats->sessions_logged == 0)
    {
      if (when == REGIMEN_WEEK_WHEN_PAST)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The %u session planned is not logged",
                                             "None of the %u sessions planned is logged",
                                             stats->sessions_planned),
                                stats->sessions_planned);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The %u session planned is not logged yet",
                                           "None of the %u sessions planned is logged yet",
                                           stats->sessions_planned),
                              stats->sessions_planned);
    }

  skipped = stats->sessions_logged - stats->sessions_done - stats->sessions_partly;
  unlogged = stats->sessions_planned - stats->sessions_logged;

  g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                      /* Translators: sessions done of planned, “1 of 3 sessions done” */
                                      "%u of %u session done", "%u of %u sessions done",
                                      stats->sessions_planned),
                   stats->sessions_done, stats->sessions_planned);

  if (stats->sessions_partly > 0)
    {
      g_string_append (text, _(" · "));
      /* Translators: sessions done in part */
      g_string_append_printf (text, _("%u partly"), stats->sessions_partly);
    }
  if (skipped > 0)
    {
      g_string_append (text, _(" · "));
      /* Translators: sessions logged as not trained */
      g_string_append_printf (text, _("%u skipped"), skipped);
    }
  if (unlogged > 0)
    {
      g_string_append (text, _(" · "));
      /* Translators: sessions with no log */
      g_string_append_printf (text, _("%u not logged"), unlogged);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * regimen_week_get_done_caveat:
 *
 * Returns: (nullable): what the week's figures count where nothing is
 *   logged, translated, or %NULL when every session is logged or the week
 *   plans none
 */
const char *
regimen_week_get_done_caveat (const RegimenWeekStats *stats,
                              RegimenWeekWhen         when)
{
  g_return_val_if_fail (stats != NULL, NULL);

  if (stats->sessions_planned == 0 || stats->sessions_logged == stats->sessions_planned)
    return NULL;

  if (stats->sessions_logged == 0 && when == REGIMEN_WEEK_WHEN_PAST)
    return _("This week is over and nothing is logged: it does not count as done, and the check "
             "reads it as planned.");

  if (stats->sessions_logged == 0)
    return NULL;

  return _("Sessions not logged count as planned in the check.");
}

/**
 * regimen_week_get_done_daily_loads:
 * @done: (out): each day's load as trained, over its logged sessions
 * @logged: (out): whether the day has a logged session
 *
 * What the daily load chart draws as done: only days with a logged
 * session have a done load (0 when every logged one was skipped).
 */
void
regimen_week_get_done_daily_loads (RegimenWeek *week,
                                   double       done[REGIMEN_DAYS_PER_WEEK],
                                   gboolean     logged[REGIMEN_DAYS_PER_WEEK])
{
  g_return_if_fail (REGIMEN_IS_WEEK (week));

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_get_day (week, d);

      done[d] = 0;
      logged[d] = FALSE;

      for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
        {
          double load;

          if (!regimen_session_get_done_load (regimen_day_get_session (day, s), &load))
            continue;

          done[d] += load;
          logged[d] = TRUE;
        }
    }
}

static char *
format_amount (guint reps,
               guint hold_seconds)
{
  if (hold_seconds > 0)
    return regimen_seconds_format (hold_seconds);
  return g_strdup_printf ("%u", reps);
}

/**
 * regimen_item_format_planned:
 * @unit: the unit a load in kg is shown in, the person's
 *
 * The volume @item prescribes, short enough to stand beside what was
 * done: “3 × 5 at 80 % 1RM”, “3 × 5 at 132.3 lb”, “2 × 20 s each side”,
 * “8 rounds”.
 *
 * Returns: (transfer full): the translated text; empty when the item
 *   prescribes nothing
 */
char *
regimen_item_format_planned (RegimenItem     *item,
                             RegimenLoadUnit  unit)
{
  const RegimenInterval *interval;
  guint sets;
  guint reps;
  guint hold;
  g_autofree char *volume = NULL;
  g_autofree char *percent = NULL;

  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);

  interval = regimen_item_get_interval (item);
  sets = regimen_item_get_sets (item);
  reps = regimen_item_get_reps (item);
  hold = regimen_item_get_hold_seconds (item);

  if (interval != NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u round", "%u rounds",
                                         interval->rounds * MAX (sets, 1)),
                            interval->rounds * MAX (sets, 1));

  if (reps > 0 || hold > 0)
    {
      g_autofree char *amount = format_amount (reps, hold);

      /* Translators: sets and reps or hold time, “3 × 10” or “2 × 20 s” */
      volume = sets > 0 ? g_strdup_printf (_("%u × %s"), sets, amount) : g_steal_pointer (&amount);
      if (regimen_item_get_per_side (item))
        {
          /* Translators: appended to sets and reps done on each side in turn */
          g_autofree char *sided = g_strdup_printf (_("%s each side"), volume);

          g_free (volume);
          volume = g_steal_pointer (&sided);
        }
    }
  else if (sets > 0)
    volume = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", sets), sets);
  else
    volume = g_strdup ("");

  /* The share of 1RM in digits, as the card says it (never “1e-07”). */
  if (regimen_item_has_load_percent_1rm (item))
    percent = regimen_decimal_format (regimen_item_get_load_percent_1rm (item));

  if (regimen_item_has_load_kg (item))
    {
      g_autofree char *load = regimen_load_format (regimen_item_get_load_kg (item), unit);

      if (percent != NULL)
        /* Translators: planned sets and reps at a load and a share of the one-repetition maximum,
         * “3 × 5 at 60 kg (80 % 1RM)” */
        return g_strdup_printf (_("%s at %s (%s %% 1RM)"), volume, load, percent);

      /* Translators: planned sets and reps at a load in the person's unit, “3 × 5 at 60 kg” or “3 × 5 at 132.3 lb” */
      return g_strdup_printf (C_("planned load", "%s at %s"), volume, load);
    }

  if (percent != NULL)
    /* Translators: planned sets and reps at a share of the one-repetition maximum, “3 × 5 at 80 % 1RM” */
    return g_strdup_printf (_("%s at %s %% 1RM"), volume, percent);

  return g_steal_pointer (&volume);
}

static gboolean
same_set (const RegimenSetLog *a,
          const RegimenSetLog *b)
{
  return a->reps == b->reps
      && a->load == b->load
      && (a->load < 0 || a->unit == b->unit)
      && a->hold_seconds == b->hold_seconds
      && a->rounds == b->rounds;
}

/* One run of equal sets: “3 × 5 at 100 kg”, “2 × 5”, “20 s”, “5 rounds”. */
static char *
format_run (const RegimenSetLog *set,
            guint                count)
{
  g_autofree char *amount = NULL;
  g_autofree char *counted = NULL;

  if (set->rounds > 0 && set->reps == 0 && set->hold_seconds == 0)
    {
      guint rounds = set->rounds * count;

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u round", "%u rounds", rounds), rounds);
    }

  amount = format_amount (set->reps, set->hold_seconds);
  /* Translators: sets and reps or hold time, “3 × 10” or “2 × 20 s” */
  counted = g_strdup_printf (_("%u × %s"), count, amount);

  if (set->load >= 0)
    {
      /* The load as logged, in digits: “%g” said 1e-07 for a file's
       * 0.0000001 kg, and 2000 for its 1999.99999. */
      g_autofree char *load = regimen_decimal_format (set->load);

      /* Translators: sets done with a load, “3 × 5 at 100 kg” */
      return g_strdup_printf (_("%s at %s %s"), counted, load, regimen_load_unit_to_string (set->unit));
    }

  return g_steal_pointer (&counted);
}

/**
 * regimen_item_log_format_sets:
 *
 * The sets done, runs of equal sets counted together: “3 × 5 at 100 kg /
 * 2 × 5”, “1 × 20 s / 1 × 15 s”, “5 rounds”.
 *
 * Returns: (transfer full): the translated text
 */
char *
regimen_item_log_format_sets (const RegimenItemLog *item_log)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint i = 0;

  g_return_val_if_fail (item_log != NULL, NULL);

  if (item_log->sets->len == 0)
    /* Translators: an exercise logged without any set */
    return g_strdup (_("no sets"));

  while (i < item_log->sets->len)
    {
      const RegimenSetLog *set = &g_array_index (item_log->sets, RegimenSetLog, i);
      g_autofree char *run = NULL;
      guint count = 1;

      while (i + count < item_log->sets->len
             && same_set (set, &g_array_index (item_log->sets, RegimenSetLog, i + count)))
        count++;

      run = format_run (set, count);
      if (text->len > 0)
        /* Translators: between runs of sets done, “3 × 5 at 100 kg / 2 × 5” */
        g_string_append (text, _(" / "));
      g_string_append (text, run);
      i += count;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * regimen_item_describe_planned_done:
 * @log: the log of the session @item belongs to
 * @library: (nullable): where to look the exercise's name up
 * @unit: the unit a planned load in kg is shown in, the person's
 *
 * An item of a logged session, planned against done: “Back Squat —
 * planned 3 × 5 at 80 % 1RM, done 3 × 5 at 100 kg / 2 × 5”. An item the
 * log has no sets for was done as planned in a session done, and not
 * done in one done partly or skipped, as the metrics count it.
 *
 * Returns: (transfer full): the translated text
 */
char *
regimen_item_describe_planned_done (RegimenItem             *item,
                                    const RegimenSessionLog *log,
                                    RegimenLibrary          *library,
                                    RegimenLoadUnit          unit)
{
  const RegimenItemLog *item_log;
  g_autofree char *planned = NULL;
  g_autofree char *done = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);
  g_return_val_if_fail (log != NULL, NULL);

  /* One of the person's exercises may be named with line breaks and
   * bidirectional controls (exercises.json is theirs to edit): the
   * window shows each of these texts as one line of its own. */
  name = regimen_text_one_line (regimen_item_get_exercise_name (item, library), DONE_NAME_MAX_CHARS);
  planned = regimen_item_format_planned (item, unit);
  item_log = regimen_session_log_find_item (log, regimen_item_get_id (item));

  if (log->status == REGIMEN_LOG_STATUS_SKIPPED)
    /* Translators: an item of a skipped session and its prescription, “Easy Run — planned 30 min, skipped” */
    return g_strdup_printf (_("%s — planned %s, skipped"), name, planned);

  if (item_log != NULL)
    done = regimen_item_log_format_sets (item_log);
  else if (log->status == REGIMEN_LOG_STATUS_DONE)
    /* Translators: an item of a session done, with no sets of its own logged */
    done = g_strdup (_("as planned"));
  else
    /* Translators: an item of a session done partly, with no sets logged, and its prescription,
     * “Seated Cable Row — planned 3 × 10, not done” */
    return g_strdup_printf (_("%s — planned %s, not done"), name, planned);

  if (*planned == '\0')
    /* Translators: an exercise and what was done of it, “Easy Run — done 1 × 30 min” */
    return g_strdup_printf (_("%s — done %s"), name, done);

  /* Translators: an exercise, its prescription and what was done,
   * “Back Squat — planned 3 × 5 at 80 % 1RM, done 3 × 5 at 100 kg / 2 × 5” */
  return g_strdup_printf (_("%s — planned %s, done %s"), name,
                          planned, done);
}

/**
 * regimen_session_describe_done:
 * @day: the day of the week of @session, 0 = Monday
 *
 * A logged session's heading: “Monday · Lower body A — Partly done”;
 * “not logged” for a session without a log. The title is on one line,
 * cut at 200 characters: a hand-edited file's title of line breaks or
 * 10,000 characters would make lines of its own in the list it heads.
 *
 * Returns: (transfer full): the translated text
 */
char *
regimen_session_describe_done (RegimenSession *session,
                               guint           day)
{
  const RegimenSessionLog *log;
  g_autofree char *title = NULL;

  g_return_val_if_fail (REGIMEN_IS_SESSION (session), NULL);
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  log = regimen_session_get_log (session);
  title = regimen_text_one_line (regimen_session_get_display_title (session), DONE_NAME_MAX_CHARS);

  /* Translators: a session's day, title and state, “Monday · Lower body A — Partly done” */
  return g_strdup_printf (_("%s · %s — %s"), regimen_weekday_name (day), title,
                          log != NULL ? regimen_log_status_get_label (log->status) : _("Not logged"));
}

/**
 * regimen_progress_new:
 * @history: an exercise's logged sets, in plan order
 *   (regimen_plan_get_exercise_history())
 *
 * Sums the sets up per session: with loads, the heaviest load and the
 * best estimated 1RM (Epley, regimen_estimate_1rm()); without, the most
 * repetitions; for holds, the longest hold. A kind is chosen for the
 * whole exercise, loads first: sessions with nothing of that kind are
 * left out.
 *
 * Returns: (transfer full): the progress
 */
RegimenProgress *
regimen_progress_new (const GArray *history)
{
  RegimenProgress *progress;

  g_return_val_if_fail (history != NULL, NULL);

  progress = g_new0 (RegimenProgress, 1);
  progress->points = g_array_new (FALSE, TRUE, sizeof (RegimenProgressPoint));
  progress->kind = REGIMEN_PROGRESS_NONE;

  for (guint i = 0; i < history->len; i++)
    {
      const RegimenExerciseSet *set = &g_array_index (history, RegimenExerciseSet, i);

      if (set->load_kg >= 0 && set->reps > 0)
        {
          progress->kind = REGIMEN_PROGRESS_LOAD;
          break;
        }
      if (set->hold_seconds > 0)
        progress->kind = REGIMEN_PROGRESS_HOLD;
      else if (set->reps > 0 && progress->kind == REGIMEN_PROGRESS_NONE)
        progress->kind = REGIMEN_PROGRESS_REPS;
    }

  for (guint i = 0; i < history->len && progress->kind != REGIMEN_PROGRESS_NONE;)
    {
      const RegimenExerciseSet *first = &g_array_index (history, RegimenExerciseSet, i);
      RegimenProgressPoint point = {
        .date = first->date,
        .week = first->week,
        .day = first->day,
        .value = -1,
        .e1rm_kg = REGIMEN_LOG_NO_LOAD,
      };

      for (; i < history->len && g_array_index (history, RegimenExerciseSet, i).session == first->session; i++)
        {
          const RegimenExerciseSet *set = &g_array_index (history, RegimenExerciseSet, i);

          switch (progress->kind)
            {
            case REGIMEN_PROGRESS_LOAD:
              if (set->load_kg < 0 || set->reps == 0)
                break;
              if (set->load_kg > point.value || (set->load_kg == point.value && set->reps > point.reps))
                {
                  point.value = set->load_kg;
                  point.reps = set->reps;
                }
              point.e1rm_kg = MAX (point.e1rm_kg, set->e1rm_kg);
              break;

            case REGIMEN_PROGRESS_REPS:
              if (set->reps > 0)
                point.value = MAX (point.value, set->reps);
              break;

            case REGIMEN_PROGRESS_HOLD:
              if (set->hold_seconds > 0)
                point.value = MAX (point.value, set->hold_seconds);
              break;

            case REGIMEN_PROGRESS_NONE:
            default:
              g_assert_not_reached ();
            }
        }

      if (point.value >= 0)
        g_array_append_val (progress->points, point);
    }

  return progress;
}

void
regimen_progress_free (RegimenProgress *progress)
{
  if (progress == NULL)
    return;

  g_array_unref (progress->points);
  g_free (progress);
}

static char *
format_kg (double kg)
{
  /* Estimates to a tenth of a kilogram, without a trailing “.0”. */
  double rounded = round (kg * 10) / 10;

  if (rounded == floor (rounded))
    /* Translators: a load in kilograms, “100 kg” */
    return g_strdup_printf (_("%.0f kg"), rounded);
  return g_strdup_printf (_("%.1f kg"), rounded);
}

static char *
format_when (const RegimenProgressPoint *point)
{
  char text[64];

  /* Translators: a short date in the progress summary, strftime format, “24 Nov” */
  if (g_date_valid (&point->date) && g_date_strftime (text, sizeof text, _("%-d %b"), &point->date) > 0)
    return g_strdup (text);

  /* Translators: where a logged session without a date lies in the plan, “week 2” */
  return g_strdup_printf (_("week %u"), point->week + 1);
}

static char *
format_value (RegimenProgressKind         kind,
              const RegimenProgressPoint *point,
              gboolean                    e1rm)
{
  g_autofree char *when = format_when (point);
  g_autofree char *value = NULL;

  if (e1rm)
    value = format_kg (point->e1rm_kg);
  else if (kind == REGIMEN_PROGRESS_LOAD)
    {
      g_autofree char *load = format_kg (point->value);

      /* Translators: a load and the repetitions lifted with it, “100 kg × 5” */
      value = g_strdup_printf (_("%s × %u"), load, point->reps);
    }
  else if (kind == REGIMEN_PROGRESS_HOLD)
    value = regimen_seconds_format ((guint) point->value);
  else
    value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", (guint) point->value),
                             (guint) point->value);

  /* Translators: a value and when it was trained, “100 kg × 5 (24 Nov)” */
  return g_strdup_printf (_("%s (%s)"), value, when);
}

/* “first …, last …, best …” of one measure; best is the first of equals. */
static char *
summarize (const RegimenProgress *progress,
           gboolean               e1rm)
{
  const RegimenProgressPoint *first = NULL;
  const RegimenProgressPoint *last = NULL;
  const RegimenProgressPoint *best = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *best_text = NULL;

  for (guint i = 0; i < progress->points->len; i++)
    {
      const RegimenProgressPoint *point = &g_array_index (progress->points, RegimenProgressPoint, i);
      double value = e1rm ? point->e1rm_kg : point->value;
      double best_value;

      if (e1rm && value < 0)
        continue;

      if (first == NULL)
        first = point;
      last = point;
      best_value = best == NULL ? -1 : e1rm ? best->e1rm_kg : best->value;
      if (value > best_value)
        best = point;
    }

  if (first == NULL)
    return NULL;

  first_text = format_value (progress->kind, first, e1rm);
  last_text = format_value (progress->kind, last, e1rm);
  best_text = format_value (progress->kind, best, e1rm);

  /* Translators: the first, the last and the best value of an exercise's progress */
  return g_strdup_printf (_("first %s, last %s, best %s"), first_text, last_text, best_text);
}

/**
 * regimen_progress_describe:
 *
 * The progress in words, for the chart's accessible description and its
 * caption: “Heaviest set: first 40 kg × 10 (24 Nov), last 45 kg × 8 (1
 * Dec), best 45 kg × 8 (1 Dec). Estimated 1RM: first 53.3 kg (24 Nov), …”
 *
 * Returns: (transfer full) (nullable): the translated text, or %NULL
 *   when there is nothing to show
 */
char *
regimen_progress_describe (const RegimenProgress *progress)
{
  g_autofree char *main_text = NULL;
  g_autofree char *e1rm_text = NULL;

  g_return_val_if_fail (progress != NULL, NULL);

  if (progress->kind == REGIMEN_PROGRESS_NONE || progress->points->len == 0)
    return NULL;

  main_text = summarize (progress, FALSE);

  switch (progress->kind)
    {
    case REGIMEN_PROGRESS_LOAD:
      e1rm_text = summarize (progress, TRUE);
      if (e1rm_text == NULL)
        /* Translators: the progress of a lifted exercise, then its first, last and best heaviest set */
        return g_strdup_printf (_("Heaviest set: %s."), main_text);
      /* Translators: the progress of a lifted exercise, heaviest set and Epley's estimated one-repetition maximum */
      return g_strdup_printf (_("Heaviest set: %s. Estimated 1RM: %s."), main_text, e1rm_text);

    case REGIMEN_PROGRESS_REPS:
      /* Translators: the progress of an exercise without a load */
      return g_strdup_printf (_("Most repetitions: %s."), main_text);

    case REGIMEN_PROGRESS_HOLD:
      /* Translators: the progress of a hold */
      return g_strdup_printf (_("Longest hold: %s."), main_text);

    case REGIMEN_PROGRESS_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}
