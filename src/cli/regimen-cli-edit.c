/* regimen-cli-edit.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <math.h>

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

/* `regimen-cli session` and `regimen-cli item`: the core's session and
 * exercise commands for scripts, so that a plan can be written from an
 * empty file without a display. Each reads the plan once, makes one
 * undoable change and saves it atomically, as `block` and `week` do. */

typedef struct
{
  const char  *command;      /* "session" or "item" */
  const char  *action;       /* "add", "remove", "edit" */
  const char  *path;
  GFile       *file;
  RegimenPlan *plan;
  /* The plan's text as read: the save replaces only that version. */
  GBytes      *original;
  /* The file reading the plan reached (regimen_cli_load_plan()). */
  RegimenFileReached *reached;
  /* The plan's sessions ([0]) and items ([1]) sorted by id (IdEntry),
   * made at the first search, before anything changes. */
  GArray      *ids[2];

  /* Options as given; NULL (or FALSE) when not. */
  char        *week;
  char       **days;
  char        *kind;
  char        *title;
  char        *rpe;
  char        *minutes;
  char       **sessions;
  char        *item;
  char        *exercise;
  char        *sets;
  char        *reps;
  char        *hold;
  char        *rest;
  char        *tempo;
  char        *load_percent;
  char        *load;
  char        *notes;
  gboolean     per_side;
  gboolean     both_sides;
  gboolean     force;
} Args;

static void
args_clear (Args *args)
{
  g_clear_object (&args->file);
  g_clear_object (&args->plan);
  g_clear_pointer (&args->original, g_bytes_unref);
  g_clear_pointer (&args->reached, regimen_file_reached_free);
  g_clear_pointer (&args->ids[0], g_array_unref);
  g_clear_pointer (&args->ids[1], g_array_unref);
  g_clear_pointer (&args->week, g_free);
  g_clear_pointer (&args->days, g_strfreev);
  g_clear_pointer (&args->kind, g_free);
  g_clear_pointer (&args->title, g_free);
  g_clear_pointer (&args->rpe, g_free);
  g_clear_pointer (&args->minutes, g_free);
  g_clear_pointer (&args->sessions, g_strfreev);
  g_clear_pointer (&args->item, g_free);
  g_clear_pointer (&args->exercise, g_free);
  g_clear_pointer (&args->sets, g_free);
  g_clear_pointer (&args->reps, g_free);
  g_clear_pointer (&args->hold, g_free);
  g_clear_pointer (&args->rest, g_free);
  g_clear_pointer (&args->tempo, g_free);
  g_clear_pointer (&args->load_percent, g_free);
  g_clear_pointer (&args->load, g_free);
  g_clear_pointer (&args->notes, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Args, args_clear)

/* The prescription as it is read from the options before the plan is:
 * what to set, and to what. */
typedef struct
{
  gboolean set_sets, set_reps, set_hold, set_rest, set_tempo, set_load_percent, set_load, set_notes;
  guint    sets, reps, hold, rest;
  /* --rest 0: straight on after each set ("rest_seconds": 0). */
  gboolean no_rest;
  char    *tempo;
  double   load_percent;
  double   load_kg;
} Prescription;

/* Errors name the command and its action ("block resize"); a usage error
 * names no file. */
#define fail_usage(args, ...) \
  regimen_cli_fail_action ((args)->command, (args)->action, NULL, REGIMEN_CLI_EXIT_USAGE, __VA_ARGS__)
#define fail_plan(args, status, ...) \
  regimen_cli_fail_action ((args)->command, (args)->action, (args)->path, (status), __VA_ARGS__)

/* Seconds, "20" or "20s". */
static gboolean
parse_seconds (const char *text,
               guint       max,
               guint      *out_value)
{
  g_autofree char *number = g_strdup (text);
  gsize length = strlen (number);

  if (length > 1 && number[length - 1] == 's')
    number[length - 1] = '\0';

  return regimen_cli_parse_count (number, REGIMEN_SECONDS_MIN, max, out_value);
}


/* The most decimals a load is typed with, and said back with
 * (regimen_load_format_typed()). */
#define LOAD_DECIMALS_MAX 6

/* A load, "62.5kg", "135lb" or "62.5" (kg), in kilograms. */
static gboolean
parse_load (const char *text,
            double     *out_kg)
{
  g_autofree char *number = g_strdup (text);
  RegimenLoadUnit unit = REGIMEN_LOAD_UNIT_KG;
  gsize length = strlen (number);
  double value;

  if (length > 2 && (g_str_has_suffix (number, "kg") || g_str_has_suffix (number, "lb")))
    {
      if (g_str_has_suffix (number, "lb"))
        unit = REGIMEN_LOAD_UNIT_LB;
      number[length - 2] = '\0';
    }

  if (!regimen_decimal_parse (number, NULL, &value))
    return FALSE;

  /* In pounds, kept in kilograms exactly as the item editor keeps it, so
   * that a load typed in either place is the same load to the planned
   * and done comparison (rounded to six decimals here, 135lb was
   * 61.23497 kg where the window's was 61.23496995). */
  *out_kg = regimen_load_to_kg_bounded (value, unit, REGIMEN_LOAD_KG_MAX);
  return *out_kg >= REGIMEN_LOAD_KG_MIN && *out_kg <= REGIMEN_LOAD_KG_MAX;
}

static gboolean
parse_weekday (const char *text,
               guint      *out_day)
{
  static const char * const days[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    if (g_str_equal (lower, days[d]) || (strlen (lower) == 3 && g_str_has_prefix (days[d], lower)))
      {
        *out_day = d;
        return TRUE;
      }

  return FALSE;
}

/* "none" removes a field in `item edit`. */
static gboolean
is_none (Args       *args,
         const char *text)
{
  return g_str_equal (args->action, "edit") && g_str_equal (text, "none");
}

static void
prescription_clear (Prescription *prescription)
{
  g_clear_pointer (&prescription->tempo, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Prescription, prescription_clear)

/* Reads the prescription options; "none" (edit only) removes a field. */
static int
read_prescription (Args         *args,
                   Prescription *p)
{
  if (args->sets != NULL)
    {
      p->set_sets = TRUE;
      if (!is_none (args, args->sets) && !regimen_cli_parse_count (args->sets, REGIMEN_SETS_MIN, REGIMEN_SETS_MAX, &p->sets))
        return fail_usage (args, _("--sets takes a whole number from %d to %d, not “%s”"),
                           REGIMEN_SETS_MIN, REGIMEN_SETS_MAX, args->sets);
    }

  if (args->reps != NULL)
    {
      p->set_reps = TRUE;
      if (!is_none (args, args->reps) && !regimen_cli_parse_count (args->reps, REGIMEN_REPS_MIN, REGIMEN_REPS_MAX, &p->reps))
        return fail_usage (args, _("--reps takes a whole number from %d to %d, not “%s”"),
                           REGIMEN_REPS_MIN, REGIMEN_REPS_MAX, args->reps);
    }

  if (args->hold != NULL)
    {
      p->set_hold = TRUE;
      if (!is_none (args, args->hold) && !parse_seconds (args->hold, REGIMEN_HOLD_SECONDS_MAX, &p->hold))
        return fail_usage (args, _("--hold takes seconds from %d to %d, such as 20s, not “%s”"),
                           REGIMEN_SECONDS_MIN, REGIMEN_HOLD_SECONDS_MAX, args->hold);
    }

  if (args->rest != NULL)
    {
      p->set_rest = TRUE;
      /* 0 is no rest at all, as plan-format.md defines it for the first
       * exercises of a superset; "none" leaves the rest not given. */
      p->no_rest = g_str_equal (args->rest, "0") || g_str_equal (args->rest, "0s");
      if (!p->no_rest && !is_none (args, args->rest) && !parse_seconds (args->rest, REGIMEN_SECONDS_MAX, &p->rest))
        return fail_usage (args, _("--rest takes seconds from %d to %d, such as 90s, not “%s”"),
                           0, REGIMEN_SECONDS_MAX, args->rest);
    }

  if (args->tempo != NULL)
    {
      p->set_tempo = TRUE;
      if (!is_none (args, args->tempo) && (p->tempo = regimen_tempo_from_text (args->tempo)) == NULL)
        return fail_usage (args, _("--tempo takes four characters, each a digit or X, such as 3010, not “%s”"),
                           args->tempo);
    }

  p->load_percent = REGIMEN_ITEM_NO_LOAD;
  if (args->load_percent != NULL)
    {
      p->set_load_percent = TRUE;
      if (!is_none (args, args->load_percent) &&
          (!regimen_decimal_parse (args->load_percent, NULL, &p->load_percent) || p->load_percent > REGIMEN_PERCENT_MAX))
        return fail_usage (args, _("--load-pct takes a share of the one-repetition maximum from 0 to 100, "
                                   "such as 70 or 72.5, not “%s”"), args->load_percent);
    }

  p->load_kg = REGIMEN_ITEM_NO_LOAD;
  if (args->load != NULL)
    {
      p->set_load = TRUE;
      /* A load has six decimals at most, as many as a load is said back
       * with: 999.9999999999999999 was read as 1000. */
      if (!is_none (args, args->load) && regimen_cli_count_decimals (args->load) > LOAD_DECIMALS_MAX)
        /* Translators: “--load takes at most 6 decimals, as many as a load is shown with, not “999.9999999”” */
        return fail_usage (args, _("--load takes at most %u decimals, as many as a load is shown with, not “%s”"),
                           (guint) LOAD_DECIMALS_MAX, args->load);
      if (!is_none (args, args->load) && !parse_load (args->load, &p->load_kg))
        return fail_usage (args, _("--load takes a load up to 1000 kg (2204.62 lb), such as 62.5kg or 135lb, not “%s”"),
                           args->load);
    }

  if (args->notes != NULL)
    {
      p->set_notes = TRUE;
      if (g_utf8_strlen (args->notes, -1) > REGIMEN_TEXT_MAX_LENGTH)
        return fail_usage (args, _("the notes are longer than %d characters"), REGIMEN_TEXT_MAX_LENGTH);
    }

  if (args->per_side && args->both_sides)
    return fail_usage (args, _("give either --per-side or --both-sides"));

  return REGIMEN_CLI_EXIT_OK;
}

/* The session or item with @wanted as its id, or as the start of only
 * one id (the sheet's four-character code), with its week and day. */
typedef struct
{
  const char     *wanted;
  gboolean        items;
  GObject        *found;
  guint           matches;
  gboolean        exact;
  guint           week;
  guint           day;
} Search;

typedef struct
{
  const char *id;
  GObject    *object;
  guint       week;
  guint       day;
} IdEntry;

static int
compare_id_entries (gconstpointer a,
                    gconstpointer b)
{
  /* In the order regimen_cli_id_starts_with() matches in, any case. */
  return g_ascii_strcasecmp (((const IdEntry *) a)->id, ((const IdEntry *) b)->id);
}

/* `item add` takes as many --session as a script gives: each was found
 * by going through every session of the plan, so one exercise added to
 * each of a plan's 36,400 sessions took 220 s. The ids, sorted once, are
 * found by halving, and those that start with what was given follow
 * each other. */
static GArray *
get_ids (Args     *args,
         gboolean  items)
{
  RegimenPlan *plan = args->plan;
  GArray *ids = args->ids[items];

  if (ids != NULL)
    return ids;

  ids = args->ids[items] = g_array_new (FALSE, FALSE, sizeof (IdEntry));
  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);

            if (!items)
              {
                IdEntry entry = { regimen_session_get_id (session), G_OBJECT (session), w, d };

                g_array_append_val (ids, entry);
              }
            else
              for (guint i = 0; i < regimen_session_get_n_items (session); i++)
                {
                  RegimenItem *item = regimen_session_get_item (session, i);
                  IdEntry entry = { regimen_item_get_id (item), G_OBJECT (item), w, d };

                  g_array_append_val (ids, entry);
                }
          }
      }
  g_array_sort (ids, compare_id_entries);

  return ids;
}

static gboolean
find_object (Args       *args,
             const char *wanted,
             gboolean    items,
             Search     *search,
             int        *out_status)
{
  GArray *ids = get_ids (args, items);
  guint low = 0, high = ids->len;
  g_autofree char *quoted = NULL;

  /* The sheet's form, “#k3v7”, finds it too. */
  *search = (Search) { regimen_cli_wanted_id (wanted), items };

  /* The first id not before the one wanted: that id itself, or the
   * first of those that start with it. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_ascii_strcasecmp (g_array_index (ids, IdEntry, middle).id, search->wanted) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < ids->len; i++)
    {
      const IdEntry *entry = &g_array_index (ids, IdEntry, i);

      if (regimen_cli_id_equal (entry->id, search->wanted))
        {
          search->exact = TRUE;
          search->matches = 1;
        }
      else if (regimen_cli_id_starts_with (entry->id, search->wanted))
        search->matches++;
      else
        break;

      if (search->matches == 1)
        {
          search->found = entry->object;
          search->week = entry->week;
          search->day = entry->day;
        }
      if (search->exact)
        break;
    }

  if (search->matches == 1)
    return TRUE;

  quoted = regimen_cli_spell_typed (wanted);
  if (search->matches > 1)
    *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE, _("%u ids start with “%s”; give more of it"),
                             search->matches, quoted);
  else if (items)
    *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                             _("no exercise has the id “%s”; `regimen-cli log PLAN --list` shows them"), quoted);
  else
    *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                             _("no session has the id or code “%s”; `regimen-cli log PLAN --list` shows them"),
                             quoted);
  return FALSE;
}

/* Reads the plan, once, after the options were found right. */
static int
load (Args *args)
{
  g_autofree char *name = g_strdup_printf ("%s %s", args->command, args->action);
  int status = REGIMEN_CLI_EXIT_OK;

  args->plan = regimen_cli_load_plan (name, args->path, &args->original, &args->file, &args->reached, &status);
  if (args->plan == NULL)
    return status;

  /* Not printed into the plan (“>> PLAN”): the line said about the change
   * went into the old file, its previous version PLAN~ by then, which no
   * longer opened; refused before anything changes. */
  if (!regimen_cli_check_stdout_not_plan (name, args->path, args->file))
    return REGIMEN_CLI_EXIT_INVALID;

  return REGIMEN_CLI_EXIT_OK;
}

static int
save (Args    *args,
      GString *done)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = g_strdup_printf ("%s %s", args->command, args->action);

  /* Not a plan in Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data (command, args->path))
    return REGIMEN_CLI_EXIT_INVALID;

  /* Another program (a `log`, the app) that saved the plan since it was
   * read keeps its change: nothing is written then. */
  if (!regimen_plan_save_to_file_if_unchanged (args->plan, args->file, args->original, args->reached, NULL, &error))
    {
      regimen_cli_print_error (command, args->path, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }
  regimen_cli_note_saved (command, args->path);

  fputs (done->str, stdout);
  return REGIMEN_CLI_EXIT_OK;
}

/* “ (week 1, Mon)” after a session's title, for the summary lines. */
static void
append_session (GString        *text,
                RegimenSession *session,
                guint           week,
                guint           day)
{
  g_autofree char *title = regimen_cli_escape (regimen_session_get_display_title (session));

  /* Translators: a session and where it is, “Pistol practice” (week 1, Mon) */
  g_string_append_printf (text, _("“%s” (week %u, %s)"), title, week + 1, regimen_weekday_short_name (day));
}

/* A logged session is changed only with --force, as a trained week is:
 * its log was written against what it holds. A session removed takes
 * its log with it, which the message says: it promised the log kept. */
static int
check_not_logged (Args           *args,
                  RegimenSession *session,
                  guint           week,
                  guint           day,
                  gboolean        removed)
{
  g_autoptr(GString) where = g_string_new (NULL);

  if (args->force || regimen_session_get_log (session) == NULL)
    return REGIMEN_CLI_EXIT_OK;

  append_session (where, session, week, day);
  if (removed)
    /* Translators: %s is a session and where it is */
    return fail_plan (args, REGIMEN_CLI_EXIT_INVALID,
                      _("%s was logged; nothing changed (--force removes it anyway, with its log)"), where->str);
  /* Translators: %s is a session and where it is */
  return fail_plan (args, REGIMEN_CLI_EXIT_INVALID,
                    _("%s was logged; nothing changed (--force changes it anyway and keeps its log)"), where->str);
}

static int
session_add (Args *args)
{
  g_autoptr(GString) done = g_string_new (NULL);
  RegimenSessionKind kind = REGIMEN_SESSION_KIND_STRENGTH;
  guint rpe = REGIMEN_SESSION_DEFAULT_RPE;
  guint minutes = 0;
  guint week;
  guint n_days = args->days != NULL ? g_strv_length (args->days) : 0;
  g_autofree guint *days = g_new0 (guint, MAX (n_days, 1));
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  int status;

  if (args->week == NULL || n_days == 0)
    return fail_usage (args, _("give the week with --week N and the day with --day DAY"));
  if (!regimen_cli_is_count (args->week))
    return fail_usage (args, _("“%s” is not a week number; weeks count from 1"), args->week);
  for (guint i = 0; i < n_days; i++)
    {
      if (!parse_weekday (args->days[i], &days[i]))
        return fail_usage (args, _("--day takes a day of the week, mon to sun, not “%s”"), args->days[i]);
      /* A day given twice (“mon” and “Monday” in a script's list) got two
       * sessions, where item add refuses a session given twice. */
      for (guint j = 0; j < i; j++)
        if (days[j] == days[i])
          /* Translators: “--day “Monday” names Mon, as “mon” does; give each day once” */
          return fail_usage (args, _("--day “%s” names %s, as “%s” does; give each day once"), args->days[i],
                             regimen_weekday_short_name (days[i]), args->days[j]);
    }
  if (args->kind != NULL && !regimen_session_kind_from_string (args->kind, &kind))
    return fail_usage (args, _("--kind takes strength, hiit, cardio, mobility, skill or competition, not “%s”"),
                       args->kind);
  if (args->title != NULL && g_utf8_strlen (args->title, -1) > REGIMEN_TEXT_MAX_LENGTH)
    return fail_usage (args, _("the title is longer than %d characters"), REGIMEN_TEXT_MAX_LENGTH);
  if (args->rpe != NULL && !regimen_cli_parse_count (args->rpe, REGIMEN_RPE_MIN, REGIMEN_RPE_MAX, &rpe))
    return fail_usage (args, _("--rpe takes a whole number from %d to %d, not “%s”"),
                       REGIMEN_RPE_MIN, REGIMEN_RPE_MAX, args->rpe);
  if (args->minutes != NULL && !regimen_cli_parse_count (args->minutes, REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX, &minutes))
    return fail_usage (args, _("--minutes takes a whole number from %d to %d, not “%s”"),
                       REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX, args->minutes);

  if ((status = load (args)) != REGIMEN_CLI_EXIT_OK)
    return status;
  if (!regimen_cli_parse_count (args->week, 1, regimen_plan_get_n_weeks (args->plan), &week))
    return fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                      /* Translators: %s is the week given, %u the plan's weeks */
                      g_dngettext (GETTEXT_PACKAGE, "there is no week %s: the plan has %u week",
                                   "there is no week %s: the plan has %u weeks", regimen_plan_get_n_weeks (args->plan)),
                      args->week, regimen_plan_get_n_weeks (args->plan));
  week--;

  regimen_plan_begin_user_action (args->plan, _("Add Session"));
  for (guint i = 0; i < n_days; i++)
    {
      g_autoptr(RegimenSession) session = regimen_session_new (kind, args->title);

      regimen_session_set_rpe (session, rpe);
      regimen_session_set_minutes (session, minutes);
      if (!regimen_plan_add_session_to (args->plan, regimen_plan_get_day (args->plan, week, days[i]), G_MAXUINT,
                                        session))
        {
          regimen_plan_end_user_action (args->plan);
          return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("week %u, %s holds %d sessions already, the most a day may"),
                            week + 1, regimen_weekday_short_name (days[i]), REGIMEN_DAY_MAX_SESSIONS);
        }
      g_ptr_array_add (added, g_steal_pointer (&session));
    }
  regimen_plan_end_user_action (args->plan);

  for (guint i = 0; i < added->len; i++)
    {
      RegimenSession *session = g_ptr_array_index (added, i);

      /* Translators: then the session and where it is; scripts read the id, the third word */
      g_string_append_printf (done, _("Added session %s: "), regimen_session_get_id (session));
      append_session (done, session, week, days[i]);
      g_string_append (done, ".\n");
    }

  return save (args, done);
}

static int
session_remove (Args *args)
{
  g_autoptr(GString) done = g_string_new (NULL);
  Search search;
  int status;

  if (args->sessions == NULL || g_strv_length (args->sessions) != 1)
    return fail_usage (args, _("give the session with --session ID"));

  if ((status = load (args)) != REGIMEN_CLI_EXIT_OK)
    return status;
  if (!find_object (args, args->sessions[0], FALSE, &search, &status))
    return status;
  if ((status = check_not_logged (args, REGIMEN_SESSION (search.found), search.week, search.day, TRUE)) != 0)
    return status;

  g_string_append (done, _("Removed the session "));
  append_session (done, REGIMEN_SESSION (search.found), search.week, search.day);
  if (regimen_session_get_log (REGIMEN_SESSION (search.found)) != NULL)
    /* Translators: after “Removed the session “Lower body” (week 1, Mon)” */
    g_string_append (done, _(" and its log"));
  g_string_append (done, ".\n");

  if (!regimen_plan_delete_session (args->plan, REGIMEN_SESSION (search.found)))
    g_assert_not_reached ();

  return save (args, done);
}

/* Sets the given fields of an item not yet in a plan. */
static void
fill_item (RegimenItem        *item,
           const Prescription *p,
           Args               *args)
{
  regimen_item_set_sets (item, p->sets);
  regimen_item_set_reps (item, p->reps);
  regimen_item_set_hold_seconds (item, p->hold);
  regimen_item_set_tempo (item, p->tempo);
  if (p->set_rest)
    regimen_item_set_rest_seconds (item, p->rest);
  if (p->no_rest)
    regimen_item_set_no_rest (item, TRUE);
  regimen_item_set_load_percent_1rm (item, p->load_percent);
  regimen_item_set_load_kg (item, p->load_kg);
  regimen_item_set_notes (item, args->notes);
  regimen_item_set_per_side (item, args->per_side);
}

static char *
describe_item (RegimenItem *item)
{
  g_autofree char *prescription = regimen_item_format_prescription (item);
  g_autofree char *exercise = regimen_cli_escape (regimen_item_get_exercise (item));
  g_autofree char *safe = regimen_cli_escape (prescription);

  if (*safe == '\0')
    return g_steal_pointer (&exercise);

  /* Translators: an exercise and its prescription, “narrow-stance-squat 3 × 10 · 3-0-1-0 · rest 60 s” */
  return g_strdup_printf (_("%s %s"), exercise, safe);
}

static int
item_add (Args *args)
{
  g_auto(Prescription) p = { 0 };
  g_autoptr(GString) done = g_string_new (NULL);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GHashTable) given = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Search));
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  int status;

  if (args->sessions == NULL || args->exercise == NULL)
    return fail_usage (args, _("give the session with --session ID and the exercise with --exercise ID"));
  if (args->both_sides)
    return fail_usage (args, _("--both-sides does not go with `item add`"));
  if ((status = read_prescription (args, &p)) != REGIMEN_CLI_EXIT_OK)
    return status;
  if (regimen_cli_lookup_exercise (regimen_cli_get_library ("item add"), "item add", args->exercise) == NULL)
    return REGIMEN_CLI_EXIT_USAGE;

  if ((status = load (args)) != REGIMEN_CLI_EXIT_OK)
    return status;
  for (guint i = 0; args->sessions[i] != NULL; i++)
    {
      Search search;

      if (!find_object (args, args->sessions[i], FALSE, &search, &status))
        return status;
      if (!g_hash_table_add (given, search.found))
        return fail_usage (args, _("the session “%s” is given twice"), args->sessions[i]);
      if ((status = check_not_logged (args, REGIMEN_SESSION (search.found), search.week, search.day, FALSE)) != 0)
        return status;
      g_ptr_array_add (sessions, search.found);
      g_array_append_val (places, search);
    }

  regimen_plan_begin_user_action (args->plan, _("Add Exercise"));
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(RegimenItem) item = regimen_item_new (args->exercise);

      fill_item (item, &p, args);
      if (!regimen_plan_add_item_to (args->plan, g_ptr_array_index (sessions, i), G_MAXUINT, item))
        {
          regimen_plan_end_user_action (args->plan);
          return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("the session holds %d exercises already, the most it may"),
                            REGIMEN_SESSION_MAX_ITEMS);
        }
      g_ptr_array_add (added, g_steal_pointer (&item));
    }
  regimen_plan_end_user_action (args->plan);

  for (guint i = 0; i < added->len; i++)
    {
      RegimenItem *item = g_ptr_array_index (added, i);
      const Search *place = &g_array_index (places, Search, i);
      g_autofree char *what = describe_item (item);

      /* Translators: then the exercise and its prescription, then the session; scripts read the id, the
       * third word: “Added item pku4rcrzoo: narrow-stance-squat 3 × 10 to “Pistol practice” (week 1, Mon).” */
      g_string_append_printf (done, _("Added item %s: %s to "), regimen_item_get_id (item), what);
      append_session (done, g_ptr_array_index (sessions, i), place->week, place->day);
      g_string_append (done, ".\n");
    }

  return save (args, done);
}

static int
item_remove (Args *args)
{
  g_autoptr(GString) done = g_string_new (NULL);
  g_autofree char *what = NULL;
  RegimenItem *item;
  Search search;
  int status;

  if (args->item == NULL)
    return fail_usage (args, _("give the exercise with --item ID"));
  if ((status = load (args)) != REGIMEN_CLI_EXIT_OK)
    return status;
  if (!find_object (args, args->item, TRUE, &search, &status))
    return status;

  item = REGIMEN_ITEM (search.found);
  what = describe_item (item);

  for (guint s = 0; s < regimen_day_get_n_sessions (regimen_plan_get_day (args->plan, search.week, search.day)); s++)
    {
      RegimenSession *session = regimen_plan_get_session (args->plan, search.week, search.day, s);
      guint position;

      if (!g_list_store_find (G_LIST_STORE (regimen_session_get_items (session)), item, &position))
        continue;

      if ((status = check_not_logged (args, session, search.week, search.day, FALSE)) != 0)
        return status;

      /* Translators: then the exercise and its prescription, then the session it was in */
      g_string_append_printf (done, _("Removed %s from "), what);
      append_session (done, session, search.week, search.day);
      g_string_append (done, ".\n");
    }

  if (!regimen_plan_delete_item (args->plan, item))
    g_assert_not_reached ();

  return save (args, done);
}

static int
item_edit (Args *args)
{
  g_auto(Prescription) p = { 0 };
  g_autoptr(GString) done = g_string_new (NULL);
  g_autofree char *what = NULL;
  RegimenPlan *plan;
  RegimenItem *item;
  Search search;
  int status;

  if (args->item == NULL)
    return fail_usage (args, _("give the exercise with --item ID"));
  if ((status = read_prescription (args, &p)) != REGIMEN_CLI_EXIT_OK)
    return status;
  if (args->exercise != NULL &&
      regimen_cli_lookup_exercise (regimen_cli_get_library ("item edit"), "item edit", args->exercise) == NULL)
    return REGIMEN_CLI_EXIT_USAGE;
  if (!(args->exercise || p.set_sets || p.set_reps || p.set_hold || p.set_rest || p.set_tempo ||
        p.set_load_percent || p.set_load || p.set_notes || args->per_side || args->both_sides))
    return fail_usage (args, _("say what to change, such as --sets 4"));

  if ((status = load (args)) != REGIMEN_CLI_EXIT_OK)
    return status;
  if (!find_object (args, args->item, TRUE, &search, &status))
    return status;
  plan = args->plan;
  item = REGIMEN_ITEM (search.found);

  for (guint s = 0; s < regimen_day_get_n_sessions (regimen_plan_get_day (plan, search.week, search.day)); s++)
    {
      RegimenSession *session = regimen_plan_get_session (plan, search.week, search.day, s);

      if (g_list_store_find (G_LIST_STORE (regimen_session_get_items (session)), item, NULL) &&
          (status = check_not_logged (args, session, search.week, search.day, FALSE)) != 0)
        return status;
    }

  regimen_plan_begin_user_action (plan, _("Edit Exercise"));
  if (args->exercise != NULL)
    regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_EXERCISE, args->exercise);
  if (p.set_sets)
    regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_SETS, p.sets);
  if (p.set_reps)
    regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_REPS, p.reps);
  if (p.set_hold)
    regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_HOLD_SECONDS, p.hold);
  if (p.set_rest && p.no_rest)
    {
      g_auto(GValue) no_rest = G_VALUE_INIT;

      g_value_init (&no_rest, G_TYPE_BOOLEAN);
      g_value_set_boolean (&no_rest, TRUE);
      regimen_plan_edit_item (plan, item, REGIMEN_ITEM_FIELD_NO_REST, &no_rest);
    }
  else if (p.set_rest)
    regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_REST_SECONDS, p.rest);
  if (p.set_tempo)
    regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_TEMPO, p.tempo);
  if (p.set_load_percent)
    regimen_plan_edit_item_load_percent_1rm (plan, item, p.load_percent);
  if (p.set_load)
    regimen_plan_edit_item_load_kg (plan, item, p.load_kg);
  if (p.set_notes)
    regimen_plan_edit_item_string (plan, item, REGIMEN_ITEM_FIELD_NOTES, args->notes);
  if (args->per_side || args->both_sides)
    regimen_plan_edit_item_per_side (plan, item, args->per_side);
  regimen_plan_end_user_action (plan);

  what = describe_item (item);

  /* What the exercise has already (a script run twice) changes nothing:
   * the file is left as it is, and its PLAN~ the version before its last
   * real change. A plan another tool wrote was rewritten in Regimen's
   * layout, and that PLAN~ replaced by it. An edit to the value a field
   * has is no change to the plan. */
  if (!regimen_plan_get_modified (plan))
    {
      /* Translators: the exercise's id, then the exercise and its prescription as they are,
       * “Nothing changed: item pku4rcrzoo is narrow-stance-squat 3 × 10 already.” */
      printf (_("Nothing changed: item %s is %s already.\n"), regimen_item_get_id (item), what);
      return REGIMEN_CLI_EXIT_OK;
    }

  /* Translators: the exercise's id, then the exercise and its prescription as they are now */
  g_string_append_printf (done, _("Item %s is now %s.\n"), regimen_item_get_id (item), what);

  return save (args, done);
}

/* What each action takes, by the options' long names. */
typedef struct
{
  const char *command;
  const char *action;
  const char *options;
} Action;

static const Action actions[] = {
  { "session", "add", "week day kind title rpe minutes" },
  { "session", "remove", "session force" },
  { "item", "add", "session exercise sets reps hold rest tempo load-pct load notes per-side force" },
  { "item", "remove", "item force" },
  { "item", "edit",
    "item exercise sets reps hold rest tempo load-pct load notes per-side both-sides force" },
};

static gboolean
option_given (Args       *args,
              const char *name)
{
  const struct { const char *name; gboolean given; } options[] = {
    { "week", args->week != NULL },
    { "day", args->days != NULL },
    { "kind", args->kind != NULL },
    { "title", args->title != NULL },
    { "rpe", args->rpe != NULL },
    { "minutes", args->minutes != NULL },
    { "session", args->sessions != NULL },
    { "item", args->item != NULL },
    { "exercise", args->exercise != NULL },
    { "sets", args->sets != NULL },
    { "reps", args->reps != NULL },
    { "hold", args->hold != NULL },
    { "rest", args->rest != NULL },
    { "tempo", args->tempo != NULL },
    { "load-pct", args->load_percent != NULL },
    { "load", args->load != NULL },
    { "notes", args->notes != NULL },
    { "per-side", args->per_side },
    { "both-sides", args->both_sides },
    { "force", args->force },
  };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    if (g_str_equal (options[i].name, name))
      return options[i].given;

  g_assert_not_reached ();
}

static int
run (const char  *command,
     int          argc,
     char       **argv)
{
  static const char * const all[] = {
    "week", "day", "kind", "title", "rpe", "minutes", "session", "item", "exercise", "sets", "reps", "hold",
    "rest", "tempo", "load-pct", "load", "notes", "per-side", "both-sides", "force", NULL
  };
  g_auto(Args) args = { command, NULL };
  const GOptionEntry entries[] = {
    { "week", 0, 0, G_OPTION_ARG_STRING, &args.week, N_("session add: the week, from 1"), N_("N") },
    { "day", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.days,
      N_("session add: the day, mon to sun; again for a session on each of several days"), N_("DAY") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &args.kind,
      N_("session add: strength (the default), hiit, cardio, mobility, skill or competition"), N_("KIND") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &args.title, N_("session add: the session’s title"), N_("TEXT") },
    { "rpe", 0, 0, G_OPTION_ARG_STRING, &args.rpe, N_("session add: the planned session RPE, 1–10 (default 5)"),
      N_("N") },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &args.minutes,
      N_("session add: how long it lasts, 1–600 (estimated from its exercises otherwise)"), N_("N") },
    { "session", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.sessions,
      N_("The session: its id or the start of it; item add: again for the exercise in each of several sessions"),
      N_("ID") },
    { "item", 0, 0, G_OPTION_ARG_STRING, &args.item, N_("item remove, edit: the exercise’s id or the start of it"),
      N_("ID") },
    { "exercise", 0, 0, G_OPTION_ARG_STRING, &args.exercise,
      N_("item add, edit: the exercise of the library (`regimen-cli library list`)"), N_("EXERCISE") },
    { "sets", 0, 0, G_OPTION_ARG_STRING, &args.sets, N_("item: sets, 1–20"), N_("N") },
    { "reps", 0, 0, G_OPTION_ARG_STRING, &args.reps, N_("item: repetitions per set, 1–100"), N_("N") },
    { "hold", 0, 0, G_OPTION_ARG_STRING, &args.hold, N_("item: seconds held per set, such as 20s"), N_("SECONDS") },
    { "rest", 0, 0, G_OPTION_ARG_STRING, &args.rest, N_("item: rest between sets, such as 90s"), N_("SECONDS") },
    { "tempo", 0, 0, G_OPTION_ARG_STRING, &args.tempo, N_("item: tempo, four digits or X, such as 3010"),
      N_("TEMPO") },
    { "load-pct", 0, 0, G_OPTION_ARG_STRING, &args.load_percent,
      N_("item: load in percent of the one-repetition maximum, such as 70"), N_("PERCENT") },
    { "load", 0, 0, G_OPTION_ARG_STRING, &args.load, N_("item: load, such as 62.5kg or 135lb"), N_("LOAD") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &args.notes, N_("item: notes; empty removes them"), N_("TEXT") },
    { "per-side", 0, 0, G_OPTION_ARG_NONE, &args.per_side, N_("item: sets and reps are for each side"), NULL },
    { "both-sides", 0, 0, G_OPTION_ARG_NONE, &args.both_sides, N_("item edit: no longer for each side"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &args.force, N_("change a logged session too (its log is kept)"), NULL },
    { NULL }
  };
  static const char * const decimal[] = { "--week", "--rpe", "--minutes", "--sets", "--reps", NULL };
  g_autofree char *prgname = g_strdup_printf ("regimen-cli %s", command);
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const Action *action = NULL;

  g_set_prgname (prgname);
  if (g_str_equal (command, "session"))
    {
      context = g_option_context_new (_("ACTION PLAN [OPTION…]"));
      g_option_context_set_summary (context,
                                    _("Add or remove the sessions of a plan. The plan is saved atomically, its\n"
                                      "previous version kept as “PLAN~”; each run is one step the app can undo.\n"
                                      "Actions:\n"
                                      "  add PLAN --week N --day DAY [--day DAY…] [--kind KIND] [--title TEXT]\n"
                                      "      [--rpe N] [--minutes N]      a session at the end of each day given;\n"
                                      "                                   prints “Added session ID: …” for each\n"
                                      "  remove PLAN --session ID         the session and its exercises\n"
                                      "A logged session is removed only with --force.\n"
                                      "Exit status: 0 changed, 1 the change does not fit or could not be saved,\n"
                                      "2 the plan cannot be read or has no such week or session, 64 wrong usage;\n"
                                      "3 saved, but what it says about it could not be written."));
      regimen_cli_set_backup_note (context);
    }
  else
    {
      context = g_option_context_new (_("ACTION PLAN [OPTION…]"));
      g_option_context_set_summary (context,
                                    _("Add, remove or change the exercises of a plan’s sessions. The plan is\n"
                                      "saved atomically, its previous version kept as “PLAN~”; each run is one\n"
                                      "step the app can undo. Actions:\n"
                                      "  add PLAN --session ID [--session ID…] --exercise EXERCISE [--sets N]\n"
                                      "      [--reps N] [--hold S] [--rest S] [--tempo T] [--load-pct P]\n"
                                      "      [--load L] [--per-side] [--notes TEXT]\n"
                                      "                                   the exercise at the end of each session;\n"
                                      "                                   prints “Added item ID: …” for each\n"
                                      "  remove PLAN --item ID            the exercise\n"
                                      "  edit PLAN --item ID [--exercise EXERCISE] [--sets N] …\n"
                                      "                                   the fields given; “none” removes one\n"
                                      "                                   (--load none), --both-sides undoes\n"
                                      "                                   --per-side\n"
                                      "A logged session is changed only with --force. Example:\n"
                                      "  regimen-cli item add plan.json --session k3v7 --exercise narrow-stance-squat \\\n"
                                      "      --sets 3 --reps 10 --tempo 3010 --rest 60s\n"
                                      "Exit status: 0 changed, 1 the change does not fit or could not be saved,\n"
                                      "2 the plan cannot be read or has no such session or exercise, 64 wrong\n"
                                      "usage (also an exercise the library does not have);\n"
                                      "3 saved, but what it says about it could not be written."));
      regimen_cli_set_backup_note (context);
    }
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!regimen_cli_check_decimal_options (command, argc, argv, decimal))
    return REGIMEN_CLI_EXIT_USAGE;

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error (command, NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 3)
    return regimen_cli_usage_error (context);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (actions[i].command, command) && g_str_equal (actions[i].action, argv[1]))
      action = &actions[i];

  if (action == NULL)
    {
      g_autofree char *safe = regimen_cli_escape_typed (argv[1]);
      g_autofree char *message = g_strdup_printf (_("“%s” is not an action of `regimen-cli %s`"), safe, command);

      regimen_cli_print_error (command, NULL, message);
      return regimen_cli_usage_error (context);
    }
  args.action = action->action;

  {
    g_auto(GStrv) allowed = g_strsplit (action->options, " ", -1);

    for (guint i = 0; all[i] != NULL; i++)
      if (option_given (&args, all[i]) && !g_strv_contains ((const char * const *) allowed, all[i]))
        return fail_usage (&args, _("--%s does not go with `%s %s`"), all[i], command, args.action);
  }

  /* The file is read once, as `format` does, once the options are right. */
  args.path = argv[2];

  if (g_str_equal (command, "session"))
    return g_str_equal (args.action, "add") ? session_add (&args) : session_remove (&args);

  if (g_str_equal (args.action, "add"))
    return item_add (&args);
  if (g_str_equal (args.action, "remove"))
    return item_remove (&args);
  return item_edit (&args);
}

int
regimen_cli_session (int    argc,
                     char **argv)
{
  return run ("session", argc, argv);
}

int
regimen_cli_item (int    argc,
                  char **argv)
{
  return run ("item", argc, argv);
}
