/* regimen-checker.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-checker"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-checker.h"
#include "regimen-metrics.h"
#include "regimen-muscle.h"

/* Muscle groups of a day are kept as bits, so comparing two days is one AND. */
#define MAX_MUSCLE_BITS 64

struct _RegimenChecker
{
  GObject            parent_instance;

  GListStore        *diagnostics;
  GArray            *weeks;
  RegimenThresholds  thresholds;
  guint              counts[REGIMEN_N_SEVERITIES];
};

G_DEFINE_FINAL_TYPE (RegimenChecker, regimen_checker, G_TYPE_OBJECT)

/* How often an exercise occurs in the plan, for PROGRESSION. */
typedef struct
{
  guint    n_weeks;
  int      last_week;
  gboolean reported;
} ExerciseTrack;

typedef struct
{
  int              week;
  int              day;
  int              session;
  int              item;
  RegimenExercise *exercise;
} ItemRef;

typedef struct
{
  RegimenPlan             *plan;
  RegimenLibrary          *library;
  RegimenAthlete          *athlete;
  const RegimenThresholds *thresholds;
  GPtrArray               *diagnostics;
  GArray                  *weeks;

  guint                    n_weeks;
  guint                    n_days;
  double                  *day_loads;
  guint                   *day_hiit;
  int                     *day_first_hiit;
  gboolean                *day_hard;
  guint64                 *day_muscles;
  ItemRef                 *week_heavy;

  GHashTable              *muscle_bits;
  GHashTable              *tracks;
  GArray                  *items;
} CheckContext;

static void
week_stats_clear (gpointer data)
{
  RegimenWeekStats *stats = data;

  g_clear_pointer (&stats->label, g_free);
  g_clear_pointer (&stats->muscle_sets, g_hash_table_unref);
}

static const char *
session_name (RegimenSession *session)
{
  const char *title = regimen_session_get_title (session);

  if (title != NULL && *title != '\0')
    return title;

  return regimen_session_kind_get_label (regimen_session_get_kind (session));
}

static const char *
exercise_name (RegimenExercise *exercise,
               RegimenItem     *item)
{
  if (exercise != NULL)
    return regimen_exercise_get_name (exercise);

  return regimen_item_get_exercise (item);
}

/* "Week 2, Wednesday, “Intervals”": as much of the place as is known. */
static char *
format_place (CheckContext *ctx,
              int           week,
              int           day,
              int           session)
{
  if (day < 0)
    return g_strdup_printf (_("Week %u"), week + 1);

  if (session < 0)
    /* Translators: a place in the plan: week number, weekday */
    return g_strdup_printf (_("Week %u, %s"), week + 1, regimen_weekday_name (day));

  /* Translators: a place in the plan: week number, weekday, session title */
  return g_strdup_printf (_("Week %u, %s, “%s”"), week + 1, regimen_weekday_name (day),
                          session_name (regimen_plan_get_session (ctx->plan, week, day, session)));
}

static void emit (CheckContext    *ctx,
                  RegimenRuleId    rule,
                  RegimenSeverity  severity,
                  int              week,
                  int              day,
                  int              session,
                  int              item,
                  const char      *format,
                  ...) G_GNUC_PRINTF (8, 9);

static void
emit (CheckContext    *ctx,
      RegimenRuleId    rule,
      RegimenSeverity  severity,
      int              week,
      int              day,
      int              session,
      int              item,
      const char      *format,
      ...)
{
  g_autofree char *place = format_place (ctx, week, day, session);
  g_autofree char *body = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  body = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: a place in the plan, then what the check found there */
  message = g_strdup_printf (_("%s: %s"), place, body);

  g_ptr_array_add (ctx->diagnostics,
                   regimen_diagnostic_new (rule, severity, week, day, session, item, message));
}

static guint64
exercise_muscle_bits (CheckContext    *ctx,
                      RegimenExercise *exercise)
{
  const char * const *muscles;
  guint64 bits = 0;

  if (exercise == NULL)
    return 0;

  muscles = regimen_exercise_get_primary_muscles (exercise);
  for (guint i = 0; muscles != NULL && muscles[i] != NULL; i++)
    {
      gpointer bit = g_hash_table_lookup (ctx->muscle_bits, muscles[i]);

      if (bit != NULL)
        bits |= G_GUINT64_CONSTANT (1) << (GPOINTER_TO_UINT (bit) - 1);
    }

  return bits;
}

static gboolean
session_is_hiit (RegimenSession *session)
{
  return regimen_session_get_kind (session) == REGIMEN_SESSION_KIND_HIIT;
}

/* Primary muscles of a session that counts as hard for muscle recovery. */
static guint64
session_hard_muscles (CheckContext   *ctx,
                      RegimenSession *session)
{
  guint64 bits = 0;
  guint n_items;

  if (regimen_session_get_rpe (session) < ctx->thresholds->hard_rpe)
    return 0;

  n_items = regimen_session_get_n_items (session);
  for (guint i = 0; i < n_items; i++)
    {
      RegimenItem *item = regimen_session_get_item (session, i);
      const char *id = regimen_item_get_exercise (item);

      if (id != NULL)
        bits |= exercise_muscle_bits (ctx, regimen_library_lookup (ctx->library, id));
    }

  return bits;
}

static void
item_volume (RegimenItem       *item,
             RegimenItemVolume *volume)
{
  const RegimenInterval *interval = regimen_item_get_interval (item);
  guint rest = regimen_item_get_rest_seconds (item);

  /* The model reads a missing rest as 0; a real 0 is no_rest. */
  *volume = (RegimenItemVolume) {
    .sets = regimen_item_get_sets (item),
    .reps = regimen_item_get_reps (item),
    .tempo = regimen_item_get_tempo (item),
    .rest_seconds = rest > 0 || regimen_item_get_no_rest (item) ? (double) rest : -1,
    .hold_seconds = regimen_item_get_hold_seconds (item),
    .per_side = regimen_item_get_per_side (item),
  };

  if (interval != NULL)
    {
      volume->interval_work_seconds = interval->work_seconds;
      volume->interval_rest_seconds = interval->rest_seconds;
      volume->interval_rounds = interval->rounds;
    }
}

/**
 * regimen_session_estimate_minutes:
 * @session: a session
 *
 * Returns: the session's own minutes, or when it has none, the estimate
 *   from its items (see regimen_item_estimate_seconds())
 */
double
regimen_session_estimate_minutes (RegimenSession *session)
{
  guint n_items;
  double seconds = 0;

  g_return_val_if_fail (REGIMEN_IS_SESSION (session), 0);

  if (regimen_session_get_minutes (session) > 0)
    return regimen_session_get_minutes (session);

  n_items = regimen_session_get_n_items (session);
  for (guint i = 0; i < n_items; i++)
    {
      RegimenItemVolume volume;

      item_volume (regimen_session_get_item (session, i), &volume);
      seconds += regimen_item_estimate_seconds (&volume);
    }

  return seconds / 60.0;
}

/**
 * regimen_session_estimate_load:
 * @session: a session
 *
 * Returns: the session-RPE load, RPE × regimen_session_estimate_minutes()
 */
double
regimen_session_estimate_load (RegimenSession *session)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), 0);

  return regimen_session_load (regimen_session_get_rpe (session),
                               regimen_session_estimate_minutes (session));
}

static void
check_range (CheckContext *ctx,
             ItemRef      *ref,
             const char   *exercise,
             const char   *what,
             double        value,
             double        min,
             double        max)
{
  if (value >= min && value <= max)
    return;

  emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR,
        ref->week, ref->day, ref->session, ref->item,
        /* Translators: e.g. "sets of Push-up is 25, outside 1–20" */
        _("%s of %s is %g, outside %g–%g"),
        what, exercise, value, min, max);
}

static void
check_item_data (CheckContext *ctx,
                 ItemRef      *ref,
                 RegimenItem  *item)
{
  const RegimenInterval *interval = regimen_item_get_interval (item);
  const char *tempo = regimen_item_get_tempo (item);
  const char *name = exercise_name (ref->exercise, item);

  /* Zero means "not given" for these, which is valid. */
  if (regimen_item_get_sets (item) > 0)
    check_range (ctx, ref, name, _("Sets"), regimen_item_get_sets (item),
                 REGIMEN_SETS_MIN, REGIMEN_SETS_MAX);
  if (regimen_item_get_reps (item) > 0)
    check_range (ctx, ref, name, _("Reps"), regimen_item_get_reps (item),
                 REGIMEN_REPS_MIN, REGIMEN_REPS_MAX);
  if (regimen_item_get_hold_seconds (item) > 0)
    check_range (ctx, ref, name, _("Hold seconds"), regimen_item_get_hold_seconds (item),
                 REGIMEN_SECONDS_MIN, REGIMEN_HOLD_SECONDS_MAX);
  if (regimen_item_get_rest_seconds (item) > 0)
    check_range (ctx, ref, name, _("Rest seconds"), regimen_item_get_rest_seconds (item),
                 REGIMEN_SECONDS_MIN, REGIMEN_SECONDS_MAX);
  if (regimen_item_has_load_percent_1rm (item))
    check_range (ctx, ref, name, _("Percent of 1RM"), regimen_item_get_load_percent_1rm (item),
                 REGIMEN_PERCENT_MIN, REGIMEN_PERCENT_MAX);

  if (interval != NULL)
    {
      check_range (ctx, ref, name, _("Interval work seconds"), interval->work_seconds,
                   REGIMEN_SECONDS_MIN, REGIMEN_SECONDS_MAX);
      if (interval->rest_seconds > 0)
        check_range (ctx, ref, name, _("Interval rest seconds"), interval->rest_seconds,
                     REGIMEN_SECONDS_MIN, REGIMEN_SECONDS_MAX);
      check_range (ctx, ref, name, _("Interval rounds"), interval->rounds,
                   REGIMEN_ROUNDS_MIN, REGIMEN_ROUNDS_MAX);
    }

  if (tempo != NULL && *tempo != '\0' && !regimen_tempo_is_valid (tempo))
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR,
          ref->week, ref->day, ref->session, ref->item,
          _("tempo “%s” of %s is not four digits or X"),
          tempo, name);
}

static void
check_item (CheckContext     *ctx,
            RegimenItem      *item,
            ItemRef          *ref,
            RegimenWeekStats *stats)
{
  const RegimenThresholds *t = ctx->thresholds;
  const RegimenInterval *interval = regimen_item_get_interval (item);
  const char *id = regimen_item_get_exercise (item);
  const char *tempo = regimen_item_get_tempo (item);
  double percent = regimen_item_has_load_percent_1rm (item)
                   ? regimen_item_get_load_percent_1rm (item) : -1;

  ref->exercise = id != NULL ? regimen_library_lookup (ctx->library, id) : NULL;

  if (ref->exercise == NULL)
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR,
          ref->week, ref->day, ref->session, ref->item,
          _("the exercise “%s” is not in the library"), id != NULL ? id : "");

  check_item_data (ctx, ref, item);

  if (interval != NULL && interval->work_seconds > 0
      && interval->rest_seconds < t->interval_min_rest_ratio * interval->work_seconds)
    emit (ctx, REGIMEN_RULE_HIIT_RATIO, REGIMEN_SEVERITY_WARNING,
          ref->week, ref->day, ref->session, ref->item,
          /* Translators: the last %s is the athlete's level, e.g. "Beginner" */
          _("%s intervals rest %u s after %u s of work; at level “%s” rest at least %g s"),
          exercise_name (ref->exercise, item), interval->rest_seconds, interval->work_seconds,
          regimen_level_get_label (t->level), t->interval_min_rest_ratio * interval->work_seconds);

  if (percent > t->speed_max_percent_1rm && regimen_tempo_is_speed_work (tempo))
    emit (ctx, REGIMEN_RULE_SPEED_LOAD, REGIMEN_SEVERITY_WARNING,
          ref->week, ref->day, ref->session, ref->item,
          _("%s with tempo %s at %g %% of 1RM; keep pause, tempo and explosive work at or below %g %%"),
          exercise_name (ref->exercise, item), tempo, percent, t->speed_max_percent_1rm);

  if (percent >= t->heavy_percent_1rm && ctx->week_heavy[ref->week].exercise == NULL
      && ref->exercise != NULL)
    ctx->week_heavy[ref->week] = *ref;

  if (ref->exercise != NULL)
    {
      const char * const *muscles = regimen_exercise_get_primary_muscles (ref->exercise);
      guint sets = MAX (regimen_item_get_sets (item), 1);

      if (!g_hash_table_contains (ctx->tracks, id))
        {
          ExerciseTrack *track = g_new0 (ExerciseTrack, 1);

          track->last_week = -1;
          g_hash_table_insert (ctx->tracks, (gpointer) id, track);
        }

      g_array_append_val (ctx->items, *ref);

      /* Intervals are conditioning, not sets of a muscle group. */
      for (guint i = 0; interval == NULL && muscles != NULL && muscles[i] != NULL; i++)
        {
          const char *muscle = g_intern_string (muscles[i]);
          guint before = GPOINTER_TO_UINT (g_hash_table_lookup (stats->muscle_sets, muscle));

          g_hash_table_insert (stats->muscle_sets, (gpointer) muscle,
                               GUINT_TO_POINTER (before + sets));
        }
    }
}

static const char *
hiit_limit_reason (CheckContext *ctx)
{
  if (regimen_athlete_get_max_hiit_per_week (ctx->athlete) >= 0)
    return _("the athlete’s own limit");

  if (ctx->thresholds->high_life_stress)
    return _("the limit while life stress is high");

  return _("the default limit");
}

static void
check_session (CheckContext     *ctx,
               RegimenSession   *session,
               guint             week,
               guint             day,
               guint             position,
               guint            *week_hiit,
               RegimenWeekStats *stats)
{
  const RegimenThresholds *t = ctx->thresholds;
  guint idx = week * REGIMEN_DAYS_PER_WEEK + day;
  guint rpe = regimen_session_get_rpe (session);
  guint minutes = regimen_session_get_minutes (session);
  guint n_items = regimen_session_get_n_items (session);
  gboolean hiit = session_is_hiit (session);

  if (rpe < REGIMEN_RPE_MIN || rpe > REGIMEN_RPE_MAX)
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, day, position, -1,
          _("RPE %u is outside %d–%d"), rpe, REGIMEN_RPE_MIN, REGIMEN_RPE_MAX);
  if (minutes > REGIMEN_MINUTES_MAX)
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, day, position, -1,
          _("%u minutes is outside %d–%d"), minutes, REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX);

  ctx->day_loads[idx] += regimen_session_estimate_load (session);

  if (hiit || rpe >= t->hard_rpe)
    ctx->day_hard[idx] = TRUE;

  if (hiit)
    {
      (*week_hiit)++;
      if (ctx->day_hiit[idx]++ == 0)
        ctx->day_first_hiit[idx] = position;

      if (*week_hiit > t->hiit_limit)
        emit (ctx, REGIMEN_RULE_HIIT_FREQ, REGIMEN_SEVERITY_ERROR, week, day, position, -1,
              /* Translators: the last %s explains the limit, e.g. "the limit while life stress is high" */
              _("HIIT session number %u of the week; %u a week is %s"),
              *week_hiit, t->hiit_limit, hiit_limit_reason (ctx));
    }

  for (guint i = 0; i < n_items; i++)
    {
      ItemRef ref = { week, day, position, i, NULL };

      check_item (ctx, regimen_session_get_item (session, i), &ref, stats);
    }

  ctx->day_muscles[idx] |= session_hard_muscles (ctx, session);
}

static void
check_week_load (CheckContext     *ctx,
                 guint             week,
                 RegimenWeekStats *stats)
{
  const RegimenThresholds *t = ctx->thresholds;

  if (stats->budget > 0 && stats->load > stats->budget)
    {
      double running = 0;
      guint day = 0;

      /* Name the day the week goes over, where a change helps most. */
      for (day = 0; day < REGIMEN_DAYS_PER_WEEK - 1; day++)
        {
          running += stats->daily_loads[day];
          if (running > stats->budget)
            break;
        }

      emit (ctx, REGIMEN_RULE_LOAD_BUDGET, REGIMEN_SEVERITY_ERROR, week, day, -1, -1,
            t->high_life_stress
            ? _("the week’s load of %.0f AU goes over the budget of %.0f AU on this day "
                "(baseline × 1.3 × 0.8 while life stress is high)")
            : _("the week’s load of %.0f AU goes over the budget of %.0f AU on this day "
                "(baseline × 1.3)"),
            stats->load, stats->budget);
    }

  if (stats->monotony > t->monotony_warning_above || stats->monotony > t->monotony_info_above)
    {
      gboolean warning = stats->monotony > t->monotony_warning_above;

      emit (ctx, REGIMEN_RULE_MONOTONY,
            warning ? REGIMEN_SEVERITY_WARNING : REGIMEN_SEVERITY_INFO,
            week, -1, -1, -1,
            _("monotony %.2f is above %.1f; the daily loads vary too little"),
            stats->monotony,
            warning ? t->monotony_warning_above : t->monotony_info_above);
    }

  if (stats->strain > t->strain_warning_above)
    emit (ctx, REGIMEN_RULE_STRAIN, REGIMEN_SEVERITY_WARNING, week, -1, -1, -1,
          _("strain %.0f AU (load × monotony) is above %.0f AU"),
          stats->strain, t->strain_warning_above);

  if (stats->hard_days == REGIMEN_DAYS_PER_WEEK)
    emit (ctx, REGIMEN_RULE_REST_DAY, REGIMEN_SEVERITY_WARNING, week, -1, -1, -1,
          "%s", _("every day has hard training; plan at least one rest or easy day"));
}

static void
check_week_acwr (CheckContext     *ctx,
                 guint             week,
                 RegimenWeekStats *stats,
                 const double     *chronic)
{
  const RegimenThresholds *t = ctx->thresholds;
  double peak = 0;
  double sum = 0;
  guint peak_day = 0;
  guint n_defined = 0;

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      /* Without a chronic load there is nothing to compare with. */
      if (chronic[week * REGIMEN_DAYS_PER_WEEK + day] <= 0)
        continue;

      n_defined++;
      sum += stats->daily_acwr[day];
      if (stats->daily_acwr[day] > peak)
        {
          peak = stats->daily_acwr[day];
          peak_day = day;
        }
    }

  if (peak > t->acwr_info_above)
    emit (ctx, REGIMEN_RULE_LOAD_ACWR,
          peak > t->acwr_warning_above ? REGIMEN_SEVERITY_WARNING : REGIMEN_SEVERITY_INFO,
          week, peak_day, -1, -1,
          _("acute:chronic load ratio %.2f, a jump over the load of the weeks before (above %.1f)"),
          peak, peak > t->acwr_warning_above ? t->acwr_warning_above : t->acwr_info_above);

  if (n_defined > 0 && sum / n_defined < t->acwr_info_below)
    emit (ctx, REGIMEN_RULE_LOAD_ACWR, REGIMEN_SEVERITY_INFO, week, -1, -1, -1,
          _("the acute:chronic load ratio averages %.2f, below %.1f: a drop from the weeks before"),
          sum / n_defined, t->acwr_info_below);
}

static char *
muscle_names (guint64 bits)
{
  const char * const *ids = regimen_muscle_list_ids ();
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL && i < MAX_MUSCLE_BITS; i++)
    {
      if ((bits & (G_GUINT64_CONSTANT (1) << i)) == 0)
        continue;

      if (names->len > 0)
        /* Translators: separates muscle group names in a list */
        g_string_append (names, _(", "));
      g_string_append (names, regimen_muscle_get_name (ids[i]));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Rules about one day and the day before it, across week boundaries. */
static void
check_consecutive_days (CheckContext *ctx)
{
  const RegimenThresholds *t = ctx->thresholds;

  for (guint idx = 1; idx < ctx->n_days; idx++)
    {
      guint week = idx / REGIMEN_DAYS_PER_WEEK;
      guint day = idx % REGIMEN_DAYS_PER_WEEK;
      guint previous_day = (idx - 1) % REGIMEN_DAYS_PER_WEEK;
      guint64 overlap = ctx->day_muscles[idx] & ctx->day_muscles[idx - 1];

      if (ctx->day_hiit[idx] > 0 && ctx->day_hiit[idx - 1] > 0)
        emit (ctx, REGIMEN_RULE_HIIT_SPACING, REGIMEN_SEVERITY_WARNING,
              week, day, ctx->day_first_hiit[idx], -1,
              _("HIIT again the day after the HIIT session on %s; keep the day after intervals light"),
              regimen_weekday_name (previous_day));

      if (overlap != 0)
        {
          RegimenDay *plan_day = regimen_plan_get_day (ctx->plan, week, day);
          g_autofree char *names = muscle_names (overlap);
          guint n_sessions = regimen_day_get_n_sessions (plan_day);
          int position = -1;

          for (guint s = 0; s < n_sessions && position < 0; s++)
            {
              if (session_hard_muscles (ctx, regimen_day_get_session (plan_day, s)) & overlap)
                position = s;
            }

          emit (ctx, REGIMEN_RULE_MUSCLE_RECOVERY, t->muscle_recovery_severity,
                week, day, position, -1,
                _("%s trained hard again the day after %s; allow 48 hours between hard sessions"),
                names, regimen_weekday_name (previous_day));
        }
    }
}

static void
check_heavy_blocks (CheckContext *ctx)
{
  const RegimenThresholds *t = ctx->thresholds;
  guint run = 0;

  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      ItemRef *heavy = &ctx->week_heavy[week];

      run = heavy->exercise != NULL ? run + 1 : 0;

      /* Once per block, at the week that makes it too long. */
      if (run == t->heavy_max_weeks + 1)
        emit (ctx, REGIMEN_RULE_HEAVY_BLOCK, REGIMEN_SEVERITY_WARNING,
              heavy->week, heavy->day, heavy->session, heavy->item,
              _("%s makes this week %u in a row with work at %g %% of 1RM or more; "
                "plan a lighter week after at most %u"),
              regimen_exercise_get_name (heavy->exercise), run, t->heavy_percent_1rm,
              t->heavy_max_weeks);
    }
}

/* Items are in plan order, so each track counts the weeks seen so far. */
static void
check_progressions (CheckContext *ctx)
{
  const RegimenThresholds *t = ctx->thresholds;

  for (guint i = 0; i < ctx->items->len; i++)
    {
      ItemRef *ref = &g_array_index (ctx->items, ItemRef, i);
      const char *id = regimen_exercise_get_id (ref->exercise);
      /* Stages trained together (seed 003) do not wait for each other. */
      const char *previous = regimen_exercise_get_prerequisite (ref->exercise);
      ExerciseTrack *track = g_hash_table_lookup (ctx->tracks, id);
      ExerciseTrack *previous_track;
      RegimenExercise *previous_exercise;
      guint weeks_before;

      if (track->last_week != ref->week)
        {
          track->n_weeks++;
          track->last_week = ref->week;
        }

      if (previous == NULL || track->reported)
        continue;

      /* A previous stage missing from the plan was mastered before it. */
      previous_track = g_hash_table_lookup (ctx->tracks, previous);
      if (previous_track == NULL)
        continue;

      weeks_before = previous_track->n_weeks - (previous_track->last_week == ref->week ? 1 : 0);
      if (weeks_before >= t->progression_min_weeks)
        continue;

      track->reported = TRUE;
      previous_exercise = regimen_library_lookup (ctx->library, previous);
      emit (ctx, REGIMEN_RULE_PROGRESSION, REGIMEN_SEVERITY_WARNING,
            ref->week, ref->day, ref->session, ref->item,
            g_dngettext (GETTEXT_PACKAGE,
                         "%s comes after only %u week of its previous stage, %s; train it for %u weeks first",
                         "%s comes after only %u weeks of its previous stage, %s; train it for %u weeks first",
                         weeks_before),
            regimen_exercise_get_name (ref->exercise), weeks_before,
            previous_exercise != NULL ? regimen_exercise_get_name (previous_exercise) : previous,
            t->progression_min_weeks);
    }
}

static int
compare_int (int a,
                  int b)
{
  return (a > b) - (a < b);
}

static int
compare_diagnostics (gconstpointer a,
                     gconstpointer b)
{
  RegimenDiagnostic *da = *(RegimenDiagnostic **) a;
  RegimenDiagnostic *db = *(RegimenDiagnostic **) b;
  int cmp;

  if ((cmp = compare_int (regimen_diagnostic_get_week (da), regimen_diagnostic_get_week (db))))
    return cmp;
  if ((cmp = compare_int (regimen_diagnostic_get_day (da), regimen_diagnostic_get_day (db))))
    return cmp;
  if ((cmp = compare_int (regimen_diagnostic_get_session (da), regimen_diagnostic_get_session (db))))
    return cmp;
  if ((cmp = compare_int (regimen_diagnostic_get_item (da), regimen_diagnostic_get_item (db))))
    return cmp;
  if ((cmp = compare_int (regimen_diagnostic_get_severity (da), regimen_diagnostic_get_severity (db))))
    return cmp;

  return compare_int (regimen_diagnostic_get_rule_id (da), regimen_diagnostic_get_rule_id (db));
}

static GHashTable *
new_muscle_bits (void)
{
  const char * const *ids = regimen_muscle_list_ids ();
  GHashTable *bits = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; ids[i] != NULL && i < MAX_MUSCLE_BITS; i++)
    g_hash_table_insert (bits, (gpointer) ids[i], GUINT_TO_POINTER (i + 1));

  return bits;
}

static void
compute_series (CheckContext *ctx)
{
  double baseline = regimen_athlete_get_baseline_weekly_load (ctx->athlete);
  g_autofree double *chronic = g_new0 (double, ctx->n_days);
  g_autofree double *ratio = g_new0 (double, ctx->n_days);
  g_autofree double *ctl = g_new0 (double, ctx->n_days);
  g_autofree double *atl = g_new0 (double, ctx->n_days);
  g_autofree double *tsb = g_new0 (double, ctx->n_days);
  double seed;

  /* Without a baseline the first week stands in for it, so the plan's
   * start is not itself a spike. */
  if (baseline > 0)
    seed = baseline / REGIMEN_DAYS_PER_WEEK;
  else
    seed = regimen_loads_sum (ctx->day_loads, MIN (ctx->n_days, REGIMEN_DAYS_PER_WEEK))
           / REGIMEN_DAYS_PER_WEEK;

  regimen_acwr_series (ctx->day_loads, ctx->n_days, seed, NULL, chronic, ratio);
  regimen_fitness_fatigue_series (ctx->day_loads, ctx->n_days, seed, ctl, atl, tsb);

  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      RegimenWeekStats *stats = &g_array_index (ctx->weeks, RegimenWeekStats, week);
      const double *loads = &ctx->day_loads[week * REGIMEN_DAYS_PER_WEEK];
      guint last = week * REGIMEN_DAYS_PER_WEEK + REGIMEN_DAYS_PER_WEEK - 1;

      memcpy (stats->daily_loads, loads, sizeof stats->daily_loads);
      memcpy (stats->daily_acwr, &ratio[week * REGIMEN_DAYS_PER_WEEK], sizeof stats->daily_acwr);
      stats->load = regimen_loads_sum (loads, REGIMEN_DAYS_PER_WEEK);
      stats->monotony = regimen_monotony (loads, REGIMEN_DAYS_PER_WEEK);
      stats->strain = regimen_strain (loads, REGIMEN_DAYS_PER_WEEK);
      stats->acwr = ratio[last];
      stats->ctl = ctl[last];
      stats->atl = atl[last];
      stats->tsb = tsb[last];
      stats->hard_days = 0;
      for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
        stats->hard_days += ctx->day_hard[week * REGIMEN_DAYS_PER_WEEK + day] ? 1 : 0;

      check_week_load (ctx, week, stats);
      check_week_acwr (ctx, week, stats, chronic);
    }
}

static void
check_plan (CheckContext *ctx)
{
  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      RegimenWeek *plan_week = regimen_plan_get_week (ctx->plan, week);
      GListModel *days = regimen_week_get_days (plan_week);
      guint n_days = g_list_model_get_n_items (days);
      const char *label = regimen_week_get_label (plan_week);
      RegimenWeekStats stats = { 0 };
      guint week_hiit = 0;

      stats.label = label != NULL && *label != '\0'
                    ? g_strdup (label) : g_strdup_printf (_("Week %u"), week + 1);
      stats.hiit_limit = ctx->thresholds->hiit_limit;
      stats.budget = ctx->thresholds->weekly_budget;
      stats.muscle_sets = g_hash_table_new (NULL, NULL);

      if (n_days != REGIMEN_DAYS_PER_WEEK)
        emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, -1, -1, -1,
              _("the week has %u days instead of %d"), n_days, REGIMEN_DAYS_PER_WEEK);

      for (guint day = 0; day < MIN (n_days, REGIMEN_DAYS_PER_WEEK); day++)
        {
          RegimenDay *plan_day = regimen_week_get_day (plan_week, day);
          guint n_sessions = regimen_day_get_n_sessions (plan_day);

          for (guint s = 0; s < n_sessions; s++)
            check_session (ctx, regimen_day_get_session (plan_day, s),
                           week, day, s, &week_hiit, &stats);
        }

      stats.hiit_sessions = week_hiit;
      g_array_append_val (ctx->weeks, stats);
    }

  compute_series (ctx);
  check_consecutive_days (ctx);
  check_heavy_blocks (ctx);
  check_progressions (ctx);
}

static void
regimen_checker_finalize (GObject *object)
{
  RegimenChecker *self = (RegimenChecker *) object;

  g_clear_object (&self->diagnostics);
  g_clear_pointer (&self->weeks, g_array_unref);

  G_OBJECT_CLASS (regimen_checker_parent_class)->finalize (object);
}

static void
regimen_checker_class_init (RegimenCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = regimen_checker_finalize;
}

static void
regimen_checker_init (RegimenChecker *self)
{
  self->diagnostics = g_list_store_new (REGIMEN_TYPE_DIAGNOSTIC);
  self->weeks = g_array_new (FALSE, TRUE, sizeof (RegimenWeekStats));
  g_array_set_clear_func (self->weeks, week_stats_clear);
}

/**
 * regimen_plan_check:
 * @plan: the plan to check
 * @library: (nullable): the exercise library, or %NULL for the default one
 *
 * Runs every rule of the rule table over @plan, with the thresholds of
 * its athlete, and computes the statistics of every week.
 *
 * Returns: (transfer full): the result
 */
RegimenChecker *
regimen_plan_check (RegimenPlan    *plan,
                    RegimenLibrary *library)
{
  g_autoptr(RegimenChecker) self = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GHashTable) muscle_bits = NULL;
  g_autoptr(GHashTable) tracks = NULL;
  g_autoptr(GArray) items = NULL;
  g_autofree double *day_loads = NULL;
  g_autofree guint *day_hiit = NULL;
  g_autofree int *day_first_hiit = NULL;
  g_autofree gboolean *day_hard = NULL;
  g_autofree guint64 *day_muscles = NULL;
  g_autofree ItemRef *week_heavy = NULL;
  RegimenAthlete *athlete;
  CheckContext ctx;
  guint n_weeks;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);

  if (library == NULL)
    library = regimen_library_get_default ();

  self = g_object_new (REGIMEN_TYPE_CHECKER, NULL);
  athlete = regimen_plan_get_athlete (plan);
  regimen_thresholds_init (&self->thresholds,
                           regimen_athlete_get_level (athlete),
                           regimen_athlete_get_life_stress (athlete),
                           regimen_athlete_get_baseline_weekly_load (athlete),
                           regimen_athlete_get_max_hiit_per_week (athlete));

  n_weeks = regimen_plan_get_n_weeks (plan);
  diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
  muscle_bits = new_muscle_bits ();
  tracks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  items = g_array_new (FALSE, FALSE, sizeof (ItemRef));
  day_loads = g_new0 (double, n_weeks * REGIMEN_DAYS_PER_WEEK);
  day_hiit = g_new0 (guint, n_weeks * REGIMEN_DAYS_PER_WEEK);
  day_first_hiit = g_new0 (int, n_weeks * REGIMEN_DAYS_PER_WEEK);
  day_hard = g_new0 (gboolean, n_weeks * REGIMEN_DAYS_PER_WEEK);
  day_muscles = g_new0 (guint64, n_weeks * REGIMEN_DAYS_PER_WEEK);
  week_heavy = g_new0 (ItemRef, n_weeks);

  ctx = (CheckContext) {
    .plan = plan,
    .library = library,
    .athlete = athlete,
    .thresholds = &self->thresholds,
    .diagnostics = diagnostics,
    .weeks = self->weeks,
    .n_weeks = n_weeks,
    .n_days = n_weeks * REGIMEN_DAYS_PER_WEEK,
    .day_loads = day_loads,
    .day_hiit = day_hiit,
    .day_first_hiit = day_first_hiit,
    .day_hard = day_hard,
    .day_muscles = day_muscles,
    .week_heavy = week_heavy,
    .muscle_bits = muscle_bits,
    .tracks = tracks,
    .items = items,
  };

  check_plan (&ctx);

  g_ptr_array_sort (diagnostics, compare_diagnostics);
  for (guint i = 0; i < diagnostics->len; i++)
    self->counts[regimen_diagnostic_get_severity (g_ptr_array_index (diagnostics, i))]++;
  g_list_store_splice (self->diagnostics, 0, 0, diagnostics->pdata, diagnostics->len);

  return g_steal_pointer (&self);
}

/**
 * regimen_checker_get_diagnostics:
 * @self: a check result
 *
 * Returns: (transfer none): a #GListModel of #RegimenDiagnostic
 */
GListModel *
regimen_checker_get_diagnostics (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

/**
 * regimen_checker_count:
 * @self: a check result
 * @severity: a severity
 *
 * Returns: how many diagnostics have @severity
 */
guint
regimen_checker_count (RegimenChecker  *self,
                       RegimenSeverity  severity)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), 0);
  g_return_val_if_fail ((guint) severity < REGIMEN_N_SEVERITIES, 0);

  return self->counts[severity];
}

/**
 * regimen_checker_has_errors:
 * @self: a check result
 *
 * Returns: %TRUE when a diagnostic is an error, which blocks saving
 */
gboolean
regimen_checker_has_errors (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), FALSE);

  return self->counts[REGIMEN_SEVERITY_ERROR] > 0;
}

/**
 * regimen_checker_get_thresholds:
 * @self: a check result
 *
 * Returns: (transfer none): the thresholds the plan was checked with
 */
const RegimenThresholds *
regimen_checker_get_thresholds (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);

  return &self->thresholds;
}

guint
regimen_checker_get_n_weeks (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), 0);

  return self->weeks->len;
}

/**
 * regimen_checker_get_week_stats:
 * @self: a check result
 * @week: a week of the plan, from 0
 *
 * Returns: (transfer none): the statistics of @week
 */
const RegimenWeekStats *
regimen_checker_get_week_stats (RegimenChecker *self,
                                guint           week)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);
  g_return_val_if_fail (week < self->weeks->len, NULL);

  return &g_array_index (self->weeks, RegimenWeekStats, week);
}

/**
 * regimen_week_stats_get_muscle_sets:
 * @stats: a week's statistics
 * @muscle_id: a muscle group id
 *
 * Every planned set of an item counts for each primary muscle group of its
 * exercise; warm-ups are not planned as items, so these are working sets.
 * Interval items are conditioning and do not count.
 *
 * Returns: the sets planned for @muscle_id in the week
 */
guint
regimen_week_stats_get_muscle_sets (const RegimenWeekStats *stats,
                                    const char             *muscle_id)
{
  g_return_val_if_fail (stats != NULL, 0);
  g_return_val_if_fail (muscle_id != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (stats->muscle_sets, g_intern_string (muscle_id)));
}
