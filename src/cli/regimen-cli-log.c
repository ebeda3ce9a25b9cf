/* regimen-cli-log.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

/* The options in the order given: each --set, --hold, --rounds and
 * --item-note belongs to the --item before it. */
typedef struct
{
  GPtrArray *items;       /* ItemArgs */
  GError    *error;       /* the first bad value, a usage error */
} LogArgs;

typedef struct
{
  char   *wanted;         /* the id or short code as given */
  GArray *sets;           /* RegimenSetLog, no extra */
  char   *note;
} ItemArgs;

static void
item_args_free (gpointer data)
{
  ItemArgs *args = data;

  g_free (args->wanted);
  g_array_unref (args->sets);
  g_free (args->note);
  g_free (args);
}

/* "10", "10x40", "10x42.5kg", "8x95lb": repetitions, and a load in kg
 * (the default) or lb. */
static gboolean
parse_set (const char    *text,
           RegimenSetLog *set)
{
  g_autofree char *reps = NULL;
  const char *x = strchr (text, 'x');
  const char *end = NULL;
  double value;

  regimen_set_log_init (set);

  if (x == NULL)
    return regimen_cli_parse_count (text, 1, REGIMEN_LOG_REPS_MAX, &set->reps);

  reps = g_strndup (text, x - text);
  if (!regimen_cli_parse_count (reps, 1, REGIMEN_LOG_REPS_MAX, &set->reps))
    return FALSE;

  /* The load in decimal, "40" or "42.5", then its unit. */
  if (!regimen_load_parse (x + 1, &end, &value))
    return FALSE;

  if (*end == '\0')
    set->unit = REGIMEN_LOAD_UNIT_KG;
  else if (!regimen_load_unit_from_string (end, &set->unit))
    return FALSE;

  set->load = value;
  return TRUE;
}

static ItemArgs *
current_item (LogArgs     *args,
              const char  *option,
              GError     **error)
{
  if (args->items->len == 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s belongs to an exercise: give --item ID before it"), option);
      return NULL;
    }

  return g_ptr_array_index (args->items, args->items->len - 1);
}

static gboolean
add_set (ItemArgs      *item,
         RegimenSetLog *set,
         GError       **error)
{
  if (item->sets->len >= REGIMEN_LOG_MAX_SETS)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("at most %d sets can be logged for one exercise"), REGIMEN_LOG_MAX_SETS);
      return FALSE;
    }

  g_array_append_val (item->sets, *set);
  return TRUE;
}

static gboolean
on_option (const char  *option,
           const char  *value,
           gpointer     data,
           GError     **error)
{
  LogArgs *args = data;
  ItemArgs *item;
  RegimenSetLog set;

  if (g_str_equal (option, "--item"))
    {
      item = g_new0 (ItemArgs, 1);
      item->wanted = g_strdup (value);
      item->sets = g_array_new (FALSE, TRUE, sizeof (RegimenSetLog));
      g_ptr_array_add (args->items, item);
      return TRUE;
    }

  item = current_item (args, option, error);
  if (item == NULL)
    return FALSE;

  /* An exercise has one note: a second one replaced the first unsaid. */
  if (g_str_equal (option, "--item-note"))
    {
      if (item->note != NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: %s is the exercise's id or code as typed after --item */
                       _("--item-note was given twice for the exercise “%s”; give its note once"),
                       item->wanted);
          return FALSE;
        }
      item->note = g_strdup (value);
      return TRUE;
    }

  regimen_set_log_init (&set);

  if (g_str_equal (option, "--set"))
    {
      const char *x = strchr (value, 'x');

      /* A load has six decimals at most, as many as it is shown with, as
       * an exercise's --load: 0.0000000000000000000001 was logged and
       * exported as 0. */
      if (x != NULL && regimen_decimal_count_decimals (x + 1) > REGIMEN_LOAD_DECIMALS_MAX)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: “--set 10x0.0000001: a load takes at most 6 decimals, as many as a load is shown with” */
                       _("--set %s: a load takes at most %u decimals, as many as a load is shown with"),
                       value, (guint) REGIMEN_LOAD_DECIMALS_MAX);
          return FALSE;
        }
      if (!parse_set (value, &set))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: the %u and %g are the most repetitions and the heaviest load */
                       _("“%s” is not a set; write 1 to %u repetitions, optionally with a load up to %g kg or "
                         "%g lb: 10, 10x40kg, 8x95lb"),
                       value, REGIMEN_LOG_REPS_MAX, REGIMEN_LOG_LOAD_MAX, REGIMEN_LOG_LOAD_MAX);
          return FALSE;
        }
    }
  else if (g_str_equal (option, "--hold"))
    {
      if (!regimen_cli_parse_count (value, REGIMEN_SECONDS_MIN, REGIMEN_HOLD_SECONDS_MAX, &set.hold_seconds))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--hold takes seconds from %d to %d, not “%s”"),
                       REGIMEN_SECONDS_MIN, REGIMEN_HOLD_SECONDS_MAX, value);
          return FALSE;
        }
    }
  else
    {
      if (!regimen_cli_parse_count (value, REGIMEN_ROUNDS_MIN, REGIMEN_ROUNDS_MAX, &set.rounds))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--rounds takes a number from %d to %d, not “%s”"),
                       REGIMEN_ROUNDS_MIN, REGIMEN_ROUNDS_MAX, value);
          return FALSE;
        }
    }

  return add_set (item, &set, error);
}

/* A full id, or the start of one (the sheet's short code) that only one
 * of @n ids has. Sets @error naming the candidates otherwise. */
static int
match_id (const char  *wanted,
          const char **ids,
          guint        n,
          gboolean     items,
          GError     **error)
{
  /* The sheet's form, “#k3v7”, finds it too. */
  const char *id = regimen_cli_wanted_id (wanted);
  int found = -1;
  guint matches = 0;
  g_autofree char *quoted = NULL;

  for (guint i = 0; i < n; i++)
    if (regimen_cli_id_equal (ids[i], id))
      return i;

  for (guint i = 0; i < n; i++)
    if (regimen_cli_id_starts_with (ids[i], id))
      {
        found = i;
        matches++;
      }

  if (matches == 1)
    return found;

  quoted = regimen_cli_spell_typed (wanted);
  if (matches == 0 && items)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("no exercise of this session has the id or code “%s”; `regimen-cli log PLAN --list` shows them"),
                 quoted);
  else if (matches == 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("no session has the id or code “%s”; `regimen-cli log PLAN --list` shows them"),
                 quoted);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("%u ids start with “%s”; give more of it"), matches, quoted);

  return -1;
}

typedef struct
{
  RegimenSession *session;
  guint           week;
  guint           day;
} Place;

static GArray *
list_sessions (RegimenPlan *plan)
{
  GArray *places = g_array_new (FALSE, FALSE, sizeof (Place));

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            Place place = { regimen_day_get_session (day, s), w, d };

            g_array_append_val (places, place);
          }
      }

  return places;
}

static const char *
state_word (RegimenSession *session)
{
  const RegimenSessionLog *log = regimen_session_get_log (session);

  if (log == NULL)
    /* Translators: a session that has no log yet */
    return _("not logged");

  return regimen_log_status_get_label (log->status);
}

static void
print_list (GArray *places)
{
  for (guint i = 0; i < places->len; i++)
    {
      Place *place = &g_array_index (places, Place, i);
      g_autofree char *title = regimen_cli_escape (regimen_session_get_display_title (place->session));

      /* Translators: a session in the list of `regimen-cli log --list`:
       * its id, week number, weekday, title and log state */
      printf (_("%s  week %u %s  %s  (%s)"), regimen_session_get_id (place->session), place->week + 1,
              regimen_weekday_short_name (place->day), title, state_word (place->session));
      putchar ('\n');

      for (guint j = 0; j < regimen_session_get_n_items (place->session); j++)
        {
          RegimenItem *item = regimen_session_get_item (place->session, j);
          g_autofree char *exercise = regimen_cli_escape (regimen_item_get_exercise (item));

          printf ("    %s  %s\n", regimen_item_get_id (item), exercise);
        }
    }
}

/* How often a log is tried again when another program keeps changing the
 * plan between its read and its write. */
#define LOG_ATTEMPTS 50

/* One read, change and write of the plan. When another program replaced
 * the plan between the read and the write, nothing is written and
 * *changed_meanwhile is set (the error is printed on the last attempt
 * only). */
static int
record (const char              *path,
        gboolean                 list,
        const char              *session_wanted,
        const LogArgs           *args,
        const RegimenSessionLog *template,
        gboolean                 clear,
        gboolean                 last_attempt,
        gboolean                *changed_meanwhile)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(RegimenFileReached) reached = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GArray) places = NULL;
  g_autoptr(GPtrArray) session_ids = g_ptr_array_new ();
  g_autoptr(RegimenSessionLog) log = regimen_session_log_copy (template);
  RegimenSession *session;
  Place *place;
  guint n_kept = 0;
  int found;
  int status;

  /* The file is read once, as `format` does. */
  plan = regimen_cli_load_plan ("log", path, &original, &file, &reached, &status);
  if (plan == NULL)
    return status;

  /* Not printed into the plan (“>> PLAN”): the line said about the change
   * went into the old file, its previous version PLAN~ by then, which no
   * longer opened; refused before anything changes. */
  if (!regimen_cli_check_stdout_not_plan ("log", path, file))
    return REGIMEN_CLI_EXIT_INVALID;

  places = list_sessions (plan);

  if (list)
    {
      print_list (places);
      return regimen_cli_flush_output () ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
    }

  for (guint i = 0; i < places->len; i++)
    g_ptr_array_add (session_ids, (gpointer) regimen_session_get_id (g_array_index (places, Place, i).session));

  found = match_id (session_wanted, (const char **) session_ids->pdata, session_ids->len,
                    FALSE, &error);
  if (found < 0)
    {
      regimen_cli_print_error ("log", path, error->message);
      return REGIMEN_CLI_EXIT_UNREADABLE;
    }

  place = &g_array_index (places, Place, found);
  session = place->session;

  for (guint i = 0; i < args->items->len; i++)
    {
      ItemArgs *item_args = g_ptr_array_index (args->items, i);
      guint n_items = regimen_session_get_n_items (session);
      g_autofree const char **item_ids = g_new0 (const char *, n_items + 1);
      RegimenItemLog *item_log;
      const char *item_id;

      for (guint j = 0; j < n_items; j++)
        item_ids[j] = regimen_item_get_id (regimen_session_get_item (session, j));

      found = match_id (item_args->wanted, item_ids, n_items, TRUE, &error);
      if (found < 0)
        {
          regimen_cli_print_error ("log", path, error->message);
          return REGIMEN_CLI_EXIT_UNREADABLE;
        }

      item_id = item_ids[found];
      if (regimen_session_log_find_item (log, item_id) != NULL)
        return regimen_cli_fail_usage ("log", _("the exercise %s is given twice; give all its sets after one --item"), item_id);

      /* Said as the exercise's, where it read as the session's --note. */
      if (item_args->note != NULL && g_utf8_strlen (item_args->note, -1) > REGIMEN_TEXT_MAX_LENGTH)
        return regimen_cli_fail_usage ("log", _("the --item-note of the exercise %s is longer than %d characters"),
                                       item_id, REGIMEN_TEXT_MAX_LENGTH);

      /* Rounds are an interval's: logged against another exercise, no
       * figure, form or export reads them (export-csv has no column for
       * them), and the app's log form offers them only for an interval. */
      if (regimen_item_get_interval (regimen_session_get_item (session, found)) == NULL)
        for (guint j = 0; j < item_args->sets->len; j++)
          if (g_array_index (item_args->sets, RegimenSetLog, j).rounds > 0)
            return regimen_cli_fail_usage ("log", _("--rounds logs an interval's rounds, and the exercise %s is no "
                                                    "interval; give its sets with --set or --hold"), item_id);

      item_log = regimen_session_log_add_item (log, item_id);
      regimen_item_log_set_note (item_log, item_args->note);
      for (guint j = 0; j < item_args->sets->len; j++)
        regimen_item_log_add_set (item_log, &g_array_index (item_args->sets, RegimenSetLog, j));
    }

  /* Without --date the log keeps the day the session is planned on now,
   * as the app's log form does: a log without a date follows its session,
   * so a week inserted before it later would move the day it was trained. */
  if (!clear && !g_date_valid (&log->date))
    {
      g_autoptr(GDate) planned = regimen_plan_dup_session_date (plan, session);

      if (planned != NULL && regimen_date_in_range (planned))
        log->date = *planned;
    }

  /* What was trained of exercises removed from the session since it was
   * logged cannot be given again (--item names the session's): the log
   * keeps it, as the app's log form does, where it went without a word. */
  if (!clear)
    n_kept = regimen_session_log_keep_removed (session, log);
  if (log->items->len > REGIMEN_LOG_MAX_ITEMS)
    {
      g_autofree char *message =
        /* Translators: the first %u is how many exercises, the second the most a log names */
        g_strdup_printf (_("the log would name %u exercises, those it keeps of exercises removed from the session "
                           "among them; a log names at most %u"),
                         log->items->len, REGIMEN_LOG_MAX_ITEMS);

      regimen_cli_print_error ("log", path, message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Not a plan in Regimen's own data folder (docs/cli.md), changed or
   * not. */
  if (!regimen_cli_check_output_outside_data ("log", path))
    return REGIMEN_CLI_EXIT_INVALID;

  /* A clear of a session without a log, or the log it has given again
   * (a script run twice), changes nothing: the file is left as it is,
   * and its PLAN~ the version before. It was rewritten, a hand-written
   * plan in Regimen's layout, and PLAN~ replaced: a --clear run twice
   * left the cleared log in neither file. */
  if (regimen_session_log_equal (regimen_session_get_log (session), clear ? NULL : log))
    {
      g_autofree char *title = regimen_cli_escape (regimen_session_get_display_title (session));

      if (clear)
        /* Translators: “Nothing changed: Lower body A (week 1, Mon) has no log.” */
        printf (_("Nothing changed: %s (week %u, %s) has no log."), title, place->week + 1,
                regimen_weekday_short_name (place->day));
      else
        /* Translators: “Nothing changed: Lower body A (week 1, Mon) is logged so already.” */
        printf (_("Nothing changed: %s (week %u, %s) is logged so already."), title, place->week + 1,
                regimen_weekday_short_name (place->day));
      putchar ('\n');
      return REGIMEN_CLI_EXIT_OK;
    }

  if (!regimen_plan_log_session (plan, session, clear ? NULL : log))
    return regimen_cli_fail_usage ("log", _("the log is beyond what a plan can hold"));

  if (!regimen_plan_save_to_file_if_unchanged (plan, file, original, reached, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          *changed_meanwhile = TRUE;
          if (!last_attempt)
            return REGIMEN_CLI_EXIT_INVALID;
        }
      regimen_cli_print_error ("log", path, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }
  regimen_cli_note_saved ("log", path);

  {
    g_autofree char *title = regimen_cli_escape (regimen_session_get_display_title (session));

    if (clear)
      /* Translators: “Cleared the log of Lower body A (week 1, Mon).” */
      printf (_("Cleared the log of %s (week %u, %s)."), title, place->week + 1,
              regimen_weekday_short_name (place->day));
    else
      /* Translators: “Logged Lower body A (week 1, Mon): Done, 2 exercises.” */
      printf (g_dngettext (GETTEXT_PACKAGE, "Logged %s (week %u, %s): %s, %u exercise.",
                           "Logged %s (week %u, %s): %s, %u exercises.", log->items->len - n_kept),
              title, place->week + 1, regimen_weekday_short_name (place->day),
              regimen_log_status_get_label (log->status), log->items->len - n_kept);
    putchar ('\n');
    if (n_kept > 0)
      {
        printf (g_dngettext (GETTEXT_PACKAGE,
                             "The log keeps the sets of %u exercise removed from the session since it was logged.",
                             "The log keeps the sets of %u exercises removed from the session since it was logged.",
                             n_kept),
                n_kept);
        putchar ('\n');
      }
  }

  return REGIMEN_CLI_EXIT_OK;
}

int
regimen_cli_log (int    argc,
                 char **argv)
{
  LogArgs args = { g_ptr_array_new_with_free_func (item_args_free), NULL };
  g_autoptr(GPtrArray) items_owner = args.items;
  g_autofree char *session_wanted = NULL;
  g_autofree char *status_word = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *note = NULL;
  /* NULL: as planned. */
  g_autofree char *minutes_text = NULL;
  g_autofree char *rpe_text = NULL;
  guint64 minutes = 0;
  guint64 rpe = 0;
  gboolean clear = FALSE;
  gboolean list = FALSE;
  const GOptionEntry entries[] = {
    { "session", 0, 0, G_OPTION_ARG_STRING, &session_wanted,
      N_("The session: its id, or the code on the printed sheet"), N_("ID") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_word,
      N_("How it went: done, partly or skipped"), N_("STATUS") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("The day it was trained (default: the planned day)"), N_("YYYY-MM-DD") },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_text,
      N_("How long it took (default: as planned)"), N_("N") },
    { "rpe", 0, 0, G_OPTION_ARG_STRING, &rpe_text,
      N_("Session RPE as trained, 1–10 (default: as planned)"), N_("N") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note on the session"), N_("TEXT") },
    { "item", 0, 0, G_OPTION_ARG_CALLBACK, on_option,
      N_("An exercise of the session, by id or the start of it; the options after it are its sets"), N_("ID") },
    { "set", 0, 0, G_OPTION_ARG_CALLBACK, on_option,
      N_("A set done: repetitions, optionally with a load (10, 10x40kg, 8x95lb)"), N_("SET") },
    { "hold", 0, 0, G_OPTION_ARG_CALLBACK, on_option,
      N_("A set held for S seconds"), N_("S") },
    { "rounds", 0, 0, G_OPTION_ARG_CALLBACK, on_option,
      N_("Intervals: N rounds done"), N_("N") },
    { "item-note", 0, 0, G_OPTION_ARG_CALLBACK, on_option,
      N_("A note on the exercise"), N_("TEXT") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_("Remove the session’s log"), NULL },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list,
      N_("List the sessions with their ids, exercises and log states; change nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GOptionGroup) group = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenSessionLog) log = NULL;
  RegimenLogStatus status = REGIMEN_LOG_STATUS_DONE;

  g_set_prgname ("regimen-cli log");
  g_option_context_set_summary (context,
                                _("Record what was trained of a session in the plan file, replacing the\n"
                                  "session’s log if it has one. The plan is saved atomically, its previous\n"
                                  "version kept as “PLAN~”. Example:\n"
                                  "  regimen-cli log plan.json --session k3v7 --status done --rpe 8 \\\n"
                                  "    --item pku4 --set 10x40kg --set 8x42.5kg --item ggdm --hold 20\n"
                                  "Exit status: 0 logged, 1 the plan could not be written, 2 the plan cannot\n"
                                  "be read or has no such session or exercise, 64 wrong usage;\n"
                                  "3 saved, but what it says about it could not be written."));
  regimen_cli_set_backup_note (context);
  group = g_option_group_new ("log", NULL, NULL, &args, NULL);
  g_option_group_add_entries (group, entries);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_context_set_main_group (context, g_steal_pointer (&group));

  {
    static const char * const decimal[] = { "--minutes", "--rpe", NULL };

    if (!regimen_cli_check_decimal_options ("log", argc, argv, decimal))
      return REGIMEN_CLI_EXIT_USAGE;
  }

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("log", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  /* --list changes nothing: a log given with it was dropped unsaid
   * (exit status 0, nothing recorded), and so were a clear's note, date,
   * minutes and RPE, which no log is left to hold; a clear with a status
   * or sets showed the help alone. */
  if (list && (session_wanted != NULL || status_word != NULL || clear || args.items->len > 0 ||
               date_text != NULL || minutes_text != NULL || rpe_text != NULL || note != NULL))
    return regimen_cli_fail_usage ("log", _("--list only lists the sessions and changes nothing; give it without "
                                            "--session and what a log would record"));
  if (clear && (status_word != NULL || args.items->len > 0 || date_text != NULL || minutes_text != NULL ||
                rpe_text != NULL || note != NULL))
    return regimen_cli_fail_usage ("log", _("--clear removes the session’s log; give it without --status, "
                                            "--date, --minutes, --rpe, --note and --item, which a log "
                                            "would record"));

  if (argc != 2 || (!list && session_wanted == NULL) || (!list && !clear && status_word == NULL))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (status_word != NULL && !regimen_log_status_from_string (status_word, &status))
    return regimen_cli_fail_usage ("log", _("“%s” is not a status; use done, partly or skipped"), status_word);

  /* A skipped session was not trained: the app's log form asks for no
   * sets then and drops its exercises' entries, and no figure, export or
   * import reads them, so sets given here would be kept but never seen. */
  if (status == REGIMEN_LOG_STATUS_SKIPPED && args.items->len > 0)
    return regimen_cli_fail_usage ("log", _("a skipped session has no sets or exercise notes; leave out --item, or "
                                            "log it as partly"));

  /* Nor minutes or an RPE: kept in the file, never read (its load is 0),
   * they said a session not trained was trained for them. */
  if (!regimen_log_status_has_effort (status) && (minutes_text != NULL || rpe_text != NULL))
    return regimen_cli_fail_usage ("log", _("a skipped session was not trained and has no minutes or RPE; leave "
                                            "out --minutes and --rpe, or log it as partly"));

  log = regimen_session_log_new (status);

  if (date_text != NULL && !regimen_date_parse_given (date_text, &log->date))
    {
      regimen_cli_print_bad_date ("log", "--date", date_text);
      return REGIMEN_CLI_EXIT_USAGE;
    }
  /* Every value given is checked: -1 is no way to say "as planned". */
  if (minutes_text != NULL &&
      !g_ascii_string_to_unsigned (minutes_text, 10, REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX, &minutes, NULL))
    return regimen_cli_fail_usage ("log", _("--minutes takes a whole number from %d to %d, not “%s”"),
                                   REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX, minutes_text);
  if (rpe_text != NULL && !g_ascii_string_to_unsigned (rpe_text, 10, REGIMEN_RPE_MIN, REGIMEN_RPE_MAX, &rpe, NULL))
    return regimen_cli_fail_usage ("log", _("--rpe takes a whole number from %d to %d, not “%s”"),
                                   REGIMEN_RPE_MIN, REGIMEN_RPE_MAX, rpe_text);
  if (note != NULL && g_utf8_strlen (note, -1) > REGIMEN_TEXT_MAX_LENGTH)
    return regimen_cli_fail_usage ("log", _("the note is longer than %d characters"), REGIMEN_TEXT_MAX_LENGTH);

  log->minutes = minutes;
  log->rpe = rpe;
  regimen_session_log_set_note (log, note);

  /* Another program (a second `log`, the app) may replace the plan
   * between our read and our write: then nothing is written, and the
   * plan is read and changed again, so that no log is lost. */
  for (guint attempt = 1; ; attempt++)
    {
      gboolean changed_meanwhile = FALSE;
      int result = record (argv[1], list, session_wanted, &args, log, clear,
                           attempt == LOG_ATTEMPTS, &changed_meanwhile);

      if (!changed_meanwhile || attempt == LOG_ATTEMPTS)
        return result;
    }
}
