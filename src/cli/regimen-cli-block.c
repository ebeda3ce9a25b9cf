/* regimen-cli-block.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

/* `regimen-cli block` and `regimen-cli week`: the core's block and week
 * commands for scripts. Each reads the plan once, makes one change and
 * saves it atomically; blocks and weeks are numbered from 1 as people
 * count them. */

typedef struct
{
  const char *command;       /* "block" or "week" */
  const char *action;        /* "add", "rename", … */
  const char *path;
  GFile      *file;
  RegimenPlan *plan;
  /* The plan's text as read: the save replaces only that version. */
  GBytes     *original;
  /* The file reading the plan reached (regimen_cli_load_plan()). */
  RegimenFileReached *reached;

  /* Options; NULL or -1 when not given. */
  char       *goal;
  gboolean    no_goal;
  char       *weeks;
  char       *before;
  gboolean    keep_weeks;
  gboolean    force;
  char       *count;
  char       *every;
  char       *volume;
  char       *intensity;

  /* The options read, checked before the plan is. */
  guint       n_weeks;
  guint       n_count;
  guint       n_every;
  double      volume_factor;
  double      intensity_factor;
} Args;

static void
args_clear (Args *args)
{
  g_clear_object (&args->file);
  g_clear_object (&args->plan);
  g_clear_pointer (&args->original, g_bytes_unref);
  g_clear_pointer (&args->reached, regimen_file_reached_free);
  g_clear_pointer (&args->goal, g_free);
  g_clear_pointer (&args->weeks, g_free);
  g_clear_pointer (&args->before, g_free);
  g_clear_pointer (&args->count, g_free);
  g_clear_pointer (&args->every, g_free);
  g_clear_pointer (&args->volume, g_free);
  g_clear_pointer (&args->intensity, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Args, args_clear)

/* Errors name the command and its action ("block resize"); a usage error
 * names no file. */
#define fail_usage(args, ...) \
  regimen_cli_fail_action ((args)->command, (args)->action, NULL, REGIMEN_CLI_EXIT_USAGE, __VA_ARGS__)
#define fail_plan(args, status, ...) \
  regimen_cli_fail_action ((args)->command, (args)->action, (args)->path, (status), __VA_ARGS__)

/* A week command refused by the core: a trained week, named in @error.
 * @n_logs is how many sessions' logs the command with --force would
 * remove (a copy onto the weeks, or their removal); 0 where it keeps
 * them (a lighter week). */
static int
fail_logged (Args   *args,
             GError *error,
             guint   n_logs)
{
  /* A rule that would come inside another's weeks: --force does not
   * change that. */
  if (g_error_matches (error, REGIMEN_PLAN_BLOCKS_ERROR, REGIMEN_PLAN_BLOCKS_ERROR_RULES))
    /* Translators: the core's reason the change is refused */
    return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("%s; nothing changed"), error->message);

  if (n_logs > 0)
    /* Translators: the core's reason (“Week 3 holds a logged session”), then what to do and how many
     * sessions' logs it removes */
    return fail_plan (args, REGIMEN_CLI_EXIT_INVALID,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "%s; nothing changed (--force changes it anyway and removes the log of %u session)",
                                   "%s; nothing changed (--force changes it anyway and removes the logs of %u sessions)",
                                   n_logs),
                      error->message, n_logs);

  /* Translators: the core's reason (“Week 3 holds a logged session”), then what to do */
  return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("%s; nothing changed (--force changes it anyway)"),
                    error->message);
}

/* The line of a forced change that removed @n_logs sessions' logs says
 * so: the logs of trained sessions went with the weeks. */
static void
say_logs_removed (char  **done,
                  guint   n_logs)
{
  g_autofree char *logs = NULL;
  char *said;

  if (n_logs == 0)
    return;

  /* Translators: said after the line of what changed (“Removed week 2.”) */
  logs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The log of %u session was removed.",
                                       "The logs of %u sessions were removed.", n_logs),
                          n_logs);
  said = g_strconcat (*done, " ", logs, NULL);
  g_free (*done);
  *done = said;
}

/* The most decimals a factor takes: a factor of more can be read as
 * another one (“1.00000000000000001” as 1, past the bound as typed, but
 * stored as it), and six say every factor a coach means. */
#define FACTOR_DECIMALS_MAX 6

/* A factor such as "0.6" or "1": digits with at most one point. */
static gboolean
parse_factor (const char *text,
              double     *out_value)
{
  return regimen_decimal_parse (text, NULL, out_value) && regimen_lighter_factor_valid (*out_value);
}

/* Whether @text, a factor, has more decimals than FACTOR_DECIMALS_MAX;
 * if so, says so for @option. */
static gboolean
factor_too_precise (Args       *args,
                    const char *option,
                    const char *text,
                    int        *status)
{
  if (regimen_cli_count_decimals (text) <= FACTOR_DECIMALS_MAX)
    return FALSE;

  /* Translators: “--volume takes at most 6 decimals, not “1.00000000000000001”” */
  *status = fail_usage (args, _("%s takes at most %u decimals, not “%s”"), option, (guint) FACTOR_DECIMALS_MAX, text);
  return TRUE;
}

/* Whether a block's @name is @wanted, as a person reads them: “Café”
 * typed with “é” or with “e” and a combining accent (as macOS's
 * terminal gives it) is one name. Compared byte for byte, a block named
 * one way was not found when typed the other, and two blocks of names
 * that look the same were each found by its own bytes, so the command
 * changed whichever the keyboard's way of typing picked. */
static gboolean
is_block_name (const char *name,
               const char *wanted)
{
  /* In NFC, as they read. */
  g_autofree char *name_nfc = regimen_text_dup_as_read (name);
  g_autofree char *wanted_nfc = regimen_text_dup_as_read (wanted);

  return name_nfc != NULL && wanted_nfc != NULL && g_str_equal (name_nfc, wanted_nfc);
}

/* A block by its number (from 1) or its name, when one block has it. A
 * number that is also another block's name is refused rather than read
 * one way: `block delete PLAN 1` meant for the block called “1” must not
 * delete block 1. */
static gboolean
find_block (Args       *args,
            const char *wanted,
            guint      *out_block,
            int        *out_status)
{
  guint n_blocks = regimen_plan_get_n_blocks (args->plan);
  guint matches = 0;
  guint named = 0;
  guint number;

  for (guint i = 0; i < n_blocks; i++)
    if (is_block_name (regimen_block_get_name (regimen_plan_get_block (args->plan, i)), wanted))
      {
        if (matches == 0)
          named = i;
        matches++;
      }

  if (regimen_cli_parse_count (wanted, 1, G_MAXUINT, &number))
    {
      if (number <= n_blocks && (matches > 1 || (matches == 1 && named != number - 1)))
        {
          const char *name = regimen_block_get_name (regimen_plan_get_block (args->plan, number - 1));
          guint other = named != number - 1 ? named : named + 1;

          for (; other < n_blocks; other++)
            if (other != number - 1 &&
                is_block_name (regimen_block_get_name (regimen_plan_get_block (args->plan, other)), wanted))
              break;

          /* Translators: “1” is block 1 “Base” and the name of block 2 */
          *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                                   _("“%s” is block %u “%s” and the name of block %u; rename block %u to tell them apart"),
                                   wanted, number, name, other + 1, other + 1);
          return FALSE;
        }

      if (number <= n_blocks)
        {
          *out_block = number - 1;
          return TRUE;
        }

      if (matches == 0)
        {
          *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "there is no block %u: the plan has %u block",
                                                "there is no block %u: the plan has %u blocks",
                                                n_blocks),
                                   number, n_blocks);
          return FALSE;
        }
    }

  if (matches == 1)
    {
      *out_block = named;
      return TRUE;
    }

  if (matches == 0)
    *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                             _("no block is called “%s”; `regimen-cli block list PLAN` shows them"), wanted);
  else
    *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                             _("%u blocks are called “%s”; give the block’s number"), matches, wanted);
  return FALSE;
}

/* A week by its number, from 1; with @or_end the number after the last
 * week (for inserting at the end) counts too. */
static gboolean
find_week (Args       *args,
           const char *wanted,
           gboolean    or_end,
           guint      *out_week,
           int        *out_status)
{
  guint n_weeks = regimen_plan_get_n_weeks (args->plan);
  guint number;

  if (!regimen_cli_is_count (wanted))
    {
      *out_status = fail_usage (args, _("“%s” is not a week number; weeks count from 1"), wanted);
      return FALSE;
    }

  if (!regimen_cli_parse_count (wanted, 1, n_weeks + (or_end ? 1 : 0), &number))
    {
      *out_status = fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                               /* Translators: %s is the week given, %u the plan's weeks */
                               g_dngettext (GETTEXT_PACKAGE,
                                            "there is no week %s: the plan has %u week",
                                            "there is no week %s: the plan has %u weeks",
                                            n_weeks),
                               wanted, n_weeks);
      return FALSE;
    }

  *out_week = number - 1;
  return TRUE;
}

static char *
describe_block (RegimenPlan *plan,
                guint        block)
{
  RegimenBlock *b = regimen_plan_get_block (plan, block);
  g_autofree char *name = regimen_cli_escape (regimen_block_get_name (b));
  guint first;
  guint length;

  regimen_plan_get_block_range (plan, block, &first, &length);

  if (length == 1)
    /* Translators: “block 2 “Intensification” (week 4)” */
    return g_strdup_printf (_("block %u “%s” (week %u)"), block + 1, name, first + 1);

  /* Translators: “block 2 “Intensification” (weeks 4–6)” */
  return g_strdup_printf (_("block %u “%s” (weeks %u–%u)"), block + 1, name, first + 1, first + length);
}

static int
save (Args       *args,
      const char *done)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = g_strdup_printf ("%s %s", args->command, args->action);

  /* Not a plan in Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data (command, args->path))
    return REGIMEN_CLI_EXIT_INVALID;

  /* A command that changed nothing (a block moved to its own place,
   * resized to its own length) leaves the file as it is, hand-written or
   * not, and its PLAN~ the version before. */
  if (!regimen_plan_get_modified (args->plan))
    {
      printf ("%s\n", done);
      return REGIMEN_CLI_EXIT_OK;
    }

  /* Another program (a `log`, the app) that saved the plan since it was
   * read keeps its change: nothing is written then. */
  if (!regimen_plan_save_to_file_if_unchanged (args->plan, args->file, args->original, args->reached, NULL, &error))
    {
      regimen_cli_print_error (command, args->path, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }
  regimen_cli_note_saved (command, args->path);

  printf ("%s\n", done);
  return REGIMEN_CLI_EXIT_OK;
}

static void
print_blocks (RegimenPlan *plan)
{
  guint n_blocks = regimen_plan_get_n_blocks (plan);
  guint n_weeks = regimen_plan_get_n_weeks (plan);
  guint blocked = regimen_plan_get_n_blocked_weeks (plan);

  for (guint i = 0; i < n_blocks; i++)
    {
      g_autofree char *text = describe_block (plan, i);
      const char *goal = regimen_block_get_goal (regimen_plan_get_block (plan, i));

      printf ("%s\n", text);
      if (goal != NULL)
        regimen_cli_print_wrapped (2, goal);
    }

  if (blocked < n_weeks)
    {
      if (blocked + 1 == n_weeks)
        printf (_("week %u: in no block"), n_weeks);
      else
        printf (_("weeks %u–%u: in no block"), blocked + 1, n_weeks);
      putchar ('\n');
    }
}

/* What each action takes: its positional arguments after PLAN and the
 * options it accepts (by their long names). */
typedef struct
{
  const char *command;
  const char *action;
  guint       min_args;
  guint       max_args;
  const char *options;
} Action;

static const Action actions[] = {
  { "block", "list", 0, 0, "" },
  { "block", "add", 1, 1, "weeks goal before" },
  { "block", "rename", 2, 2, "goal no-goal" },
  { "block", "resize", 2, 2, "force" },
  { "block", "duplicate", 1, 1, "" },
  { "block", "move", 2, 2, "" },
  { "block", "delete", 1, 1, "keep-weeks force" },
  { "block", "copy", 2, 2, "force" },
  { "block", "lighter", 1, 1, "every volume intensity force" },
  { "week", "insert", 1, 1, "count" },
  { "week", "remove", 1, 1, "count force" },
  { "week", "copy", 2, G_MAXUINT, "force" },
  { "week", "lighter", 1, 1, "volume intensity force" },
};

static gboolean
option_given (Args       *args,
              const char *name)
{
  if (g_str_equal (name, "goal"))
    return args->goal != NULL;
  if (g_str_equal (name, "no-goal"))
    return args->no_goal;
  if (g_str_equal (name, "weeks"))
    return args->weeks != NULL;
  if (g_str_equal (name, "before"))
    return args->before != NULL;
  if (g_str_equal (name, "keep-weeks"))
    return args->keep_weeks;
  if (g_str_equal (name, "force"))
    return args->force;
  if (g_str_equal (name, "count"))
    return args->count != NULL;
  if (g_str_equal (name, "every"))
    return args->every != NULL;
  if (g_str_equal (name, "volume"))
    return args->volume != NULL;
  if (g_str_equal (name, "intensity"))
    return args->intensity != NULL;

  g_assert_not_reached ();
}

static int
check_options (Args         *args,
               const Action *action)
{
  static const char * const all[] = {
    "goal", "no-goal", "weeks", "before", "keep-weeks", "force", "count", "every", "volume", "intensity", NULL
  };
  g_auto(GStrv) allowed = g_strsplit (action->options, " ", -1);
  int status;

  for (guint i = 0; all[i] != NULL; i++)
    if (option_given (args, all[i]) && !g_strv_contains ((const char * const *) allowed, all[i]))
      return fail_usage (args, _("--%s does not go with `%s %s`"), all[i], args->command, args->action);

  if (args->goal != NULL && args->no_goal)
    return fail_usage (args, _("give either --goal or --no-goal"));

  if (args->goal != NULL && g_utf8_strlen (args->goal, -1) > REGIMEN_TEXT_MAX_LENGTH)
    return fail_usage (args, _("the goal is longer than %d characters"), REGIMEN_TEXT_MAX_LENGTH);

  if (g_str_equal (action->action, "add") && args->weeks == NULL)
    return fail_usage (args, _("give the block’s length with --weeks N"));
  if (args->weeks != NULL && !regimen_cli_parse_count (args->weeks, 1, REGIMEN_PLAN_MAX_WEEKS, &args->n_weeks))
    return fail_usage (args, _("--weeks takes a number from 1 to %d, not “%s”"),
                       REGIMEN_PLAN_MAX_WEEKS, args->weeks);

  args->n_count = 1;
  if (args->count != NULL && !regimen_cli_parse_count (args->count, 1, REGIMEN_PLAN_MAX_WEEKS, &args->n_count))
    return fail_usage (args, _("--count takes a number from 1 to %d, not “%s”"), REGIMEN_PLAN_MAX_WEEKS, args->count);

  if (g_str_equal (action->command, "block") && g_str_equal (action->action, "lighter") && args->every == NULL)
    return fail_usage (args, _("give how often with --every N"));
  if (args->every != NULL &&
      !regimen_cli_parse_count (args->every, REGIMEN_LIGHTER_EVERY_MIN, REGIMEN_PLAN_MAX_WEEKS, &args->n_every))
    return fail_usage (args, _("--every takes a number of weeks from %d to %d, not “%s”"),
                       REGIMEN_LIGHTER_EVERY_MIN, REGIMEN_PLAN_MAX_WEEKS, args->every);

  args->volume_factor = REGIMEN_LIGHTER_DEFAULT_VOLUME;
  args->intensity_factor = REGIMEN_LIGHTER_DEFAULT_INTENSITY;
  if (args->volume != NULL && factor_too_precise (args, "--volume", args->volume, &status))
    return status;
  if (args->intensity != NULL && factor_too_precise (args, "--intensity", args->intensity, &status))
    return status;
  if (args->volume != NULL && !parse_factor (args->volume, &args->volume_factor))
    return fail_usage (args, _("--volume takes a factor from 0.1 to 1, such as 0.6, not “%s”"), args->volume);
  if (args->intensity != NULL && !parse_factor (args->intensity, &args->intensity_factor))
    return fail_usage (args, _("--intensity takes a factor from 0.1 to 1, such as 0.9, not “%s”"),
                       args->intensity);

  return REGIMEN_CLI_EXIT_OK;
}

static int
check_name (Args       *args,
            const char *name)
{
  /* Refused, not stored with replacement characters. */
  if (!g_utf8_validate (name, -1, NULL))
    return fail_usage (args, _("the text given with %s is not valid UTF-8"), "NAME");
  if (!regimen_block_name_valid (name))
    return fail_usage (args, _("a block needs a name"));
  if (g_utf8_strlen (name, -1) > REGIMEN_TEXT_MAX_LENGTH)
    return fail_usage (args, _("the name is longer than %d characters"), REGIMEN_TEXT_MAX_LENGTH);

  return REGIMEN_CLI_EXIT_OK;
}

static int
run_block (Args  *args,
           char **rest,
           guint  n_rest)
{
  g_autofree char *done = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GError) error = NULL;
  int status = REGIMEN_CLI_EXIT_OK;
  guint block = 0;
  guint number;
  guint n_logs = 0;

  if (g_str_equal (args->action, "list"))
    {
      print_blocks (args->plan);
      return regimen_cli_flush_output () ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
    }

  if (g_str_equal (args->action, "add"))
    {
      guint position = G_MAXUINT;

      if (args->before != NULL && !find_block (args, args->before, &position, &status))
        return status;

      if (!regimen_plan_add_block (args->plan, position, rest[0], args->goal, args->n_weeks))
        {
          g_autofree char *limit = regimen_plan_describe_max_weeks (regimen_plan_get_start_date (args->plan));

          return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("%s; this block does not fit"), limit);
        }

      what = describe_block (args->plan, position == G_MAXUINT ? regimen_plan_get_n_blocks (args->plan) - 1 : position);
      /* Translators: “Added block 2 “Peak” (weeks 4–6).” */
      done = g_strdup_printf (_("Added %s."), what);
      return save (args, done);
    }

  if (!find_block (args, rest[0], &block, &status))
    return status;

  if (g_str_equal (args->action, "rename"))
    {
      const char *goal = regimen_block_get_goal (regimen_plan_get_block (args->plan, block));

      if (args->goal != NULL || args->no_goal)
        goal = args->goal;

      regimen_plan_rename_block (args->plan, block, rest[1], goal);
      what = describe_block (args->plan, block);
      if (!regimen_plan_get_modified (args->plan))
        /* Translators: “Nothing changed: block 2 “Peak” (weeks 4–6) has that name and goal already.” */
        done = g_strdup_printf (_("Nothing changed: %s has that name and goal already."), what);
      else
        done = g_strdup_printf (_("Renamed %s."), what);
    }
  else if (g_str_equal (args->action, "resize"))
    {
      guint first;
      guint length;

      if (!regimen_cli_parse_count (rest[1], 1, REGIMEN_PLAN_MAX_WEEKS, &number))
        return fail_usage (args, _("a block spans 1 to %d weeks, not “%s”"), REGIMEN_PLAN_MAX_WEEKS, rest[1]);
      regimen_plan_get_block_range (args->plan, block, &first, &length);
      n_logs = number < length ? regimen_plan_count_logged_sessions (args->plan, first + number, length - number) : 0;
      if (!regimen_plan_resize_block (args->plan, block, number, args->force, &error))
        {
          g_autofree char *limit = regimen_plan_describe_max_weeks (regimen_plan_get_start_date (args->plan));

          return error != NULL ? fail_logged (args, error, n_logs) : fail_plan (args, REGIMEN_CLI_EXIT_INVALID,
                            _("%s; the block cannot grow that much"), limit);
        }
      what = describe_block (args->plan, block);
      if (!regimen_plan_get_modified (args->plan))
        /* Translators: “Nothing changed: block 2 “Peak” (weeks 4–6) has that many weeks already.” */
        done = g_strdup_printf (_("Nothing changed: %s has that many weeks already."), what);
      else
        done = g_strdup_printf (_("Resized %s."), what);
      say_logs_removed (&done, n_logs);
    }
  else if (g_str_equal (args->action, "duplicate"))
    {
      if (!regimen_plan_duplicate_block (args->plan, block))
        {
          g_autofree char *limit = regimen_plan_describe_max_weeks (regimen_plan_get_start_date (args->plan));

          return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("%s; the copy does not fit"), limit);
        }
      what = describe_block (args->plan, block + 1);
      done = g_strdup_printf (_("Added %s, a copy."), what);
    }
  else if (g_str_equal (args->action, "move"))
    {
      guint n_blocks = regimen_plan_get_n_blocks (args->plan);

      if (!regimen_cli_parse_count (rest[1], 1, G_MAXUINT, &number))
        return fail_usage (args, _("“%s” is not a block number; blocks count from 1"), rest[1]);
      if (number > n_blocks)
        return fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "there is no block %u: the plan has %u block",
                                       "there is no block %u: the plan has %u blocks",
                                       n_blocks),
                          number, n_blocks);
      regimen_plan_move_block (args->plan, block, number - 1);
      what = describe_block (args->plan, number - 1);
      if (number - 1 == block)
        /* Translators: “Nothing changed: block 2 “Peak” (weeks 4–6) is in that place already.” */
        done = g_strdup_printf (_("Nothing changed: %s is in that place already."), what);
      else
        done = g_strdup_printf (_("Moved %s."), what);
    }
  else if (g_str_equal (args->action, "delete"))
    {
      guint first;
      guint length;

      what = describe_block (args->plan, block);
      regimen_plan_get_block_range (args->plan, block, &first, &length);
      n_logs = args->keep_weeks ? 0 : regimen_plan_count_logged_sessions (args->plan, first, length);
      if (!regimen_plan_delete_block (args->plan, block, !args->keep_weeks, args->force, &error))
        return fail_logged (args, error, n_logs); /* the block was found above: only a logged week refuses */
      if (args->keep_weeks)
        done = g_strdup_printf (_("Deleted %s; its weeks stay."), what);
      else
        done = g_strdup_printf (_("Deleted %s and its weeks."), what);
      say_logs_removed (&done, n_logs);
    }
  else if (g_str_equal (args->action, "copy"))
    {
      gboolean changed;
      guint week;
      guint first;
      guint length;

      if (!find_week (args, rest[1], FALSE, &week, &status))
        return status;
      regimen_plan_get_block_range (args->plan, block, &first, &length);
      n_logs = regimen_plan_count_logged_sessions (args->plan, week, length);
      if (!regimen_plan_copy_block (args->plan, block, week, args->force, &changed, &error))
        return error != NULL ? fail_logged (args, error, n_logs) : fail_usage (args, _("the block’s %u weeks copied from week %u on would overlap the block or "
                                   "pass the plan’s end"), length, week + 1);
      what = describe_block (args->plan, block);
      /* A copy that changed nothing but ids the core took back
       * (regimen_plan_copy_block()). */
      if (!changed && length == 1)
        /* Translators: “Nothing changed: week 3 holds a copy of block 2 “B” (week 2) already.” */
        done = g_strdup_printf (_("Nothing changed: week %u holds a copy of %s already."), week + 1, what);
      else if (!changed)
        /* Translators: “Nothing changed: weeks 4–6 hold a copy of block 2 “B” (weeks 1–3) already.” */
        done = g_strdup_printf (_("Nothing changed: weeks %u–%u hold a copy of %s already."), week + 1,
                                week + length, what);
      else if (length == 1)
        /* Translators: a block of one week copied, “Copied block 2 “B” (week 2) onto week 3.” */
        done = g_strdup_printf (_("Copied %s onto week %u."), what, week + 1);
      else
        done = g_strdup_printf (_("Copied %s onto weeks %u–%u."), what, week + 1, week + length);
      say_logs_removed (&done, n_logs);
    }
  else
    {
      number = args->n_every;
      what = describe_block (args->plan, block);
      if (!regimen_plan_add_lighter_weeks (args->plan, block, number, args->volume_factor, args->intensity_factor,
                                           args->force, &error))
        return error != NULL ? fail_logged (args, error, 0) : fail_plan (args, REGIMEN_CLI_EXIT_INVALID,
                          _("no week of %s became lighter: it is shorter than %u weeks, or those weeks are "
                            "lighter already"), what, number);
      /* Translators: “In block 2 “Peak” (weeks 4–9), a lighter week every 3 weeks.” */
      done = g_strdup_printf (_("In %s, a lighter week every %u weeks."), what, number);
    }

  return save (args, done);
}

static int
compare_weeks (gconstpointer a,
               gconstpointer b)
{
  guint week_a = *(const guint *) a;
  guint week_b = *(const guint *) b;

  return week_a < week_b ? -1 : week_a > week_b;
}

static int
run_week (Args  *args,
          char **rest,
          guint  n_rest)
{
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;
  int status = REGIMEN_CLI_EXIT_OK;
  guint week;
  guint count = args->n_count;
  guint n_logs = 0;

  if (!find_week (args, rest[0], g_str_equal (args->action, "insert"), &week, &status))
    return status;

  if (g_str_equal (args->action, "insert"))
    {
      if (!regimen_plan_insert_weeks (args->plan, week, count))
        {
          g_autofree char *limit = regimen_plan_describe_max_weeks (regimen_plan_get_start_date (args->plan));

          return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("%s; these do not fit"), limit);
        }
      if (count == 1)
        done = g_strdup_printf (_("Inserted an empty week as week %u."), week + 1);
      else
        done = g_strdup_printf (_("Inserted %u empty weeks from week %u on."), count, week + 1);
    }
  else if (g_str_equal (args->action, "remove"))
    {
      n_logs = regimen_plan_count_logged_sessions (args->plan, week, count);
      if (!regimen_plan_remove_weeks (args->plan, week, count, args->force, &error))
        return error != NULL ? fail_logged (args, error, n_logs) : fail_plan (args, REGIMEN_CLI_EXIT_UNREADABLE,
                          _("the plan has no %u weeks from week %u on"), count, week + 1);
      if (count == 1)
        done = g_strdup_printf (_("Removed week %u."), week + 1);
      else
        done = g_strdup_printf (_("Removed %u weeks from week %u on."), count, week + 1);
      say_logs_removed (&done, n_logs);
    }
  else if (g_str_equal (args->action, "copy"))
    {
      g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (guint));
      gboolean changed;

      for (guint i = 1; i < n_rest; i++)
        {
          guint target;

          if (!find_week (args, rest[i], FALSE, &target, &status))
            return status;
          if (target == week)
            return fail_usage (args, _("week %u cannot be copied onto itself"), week + 1);
          /* A week given twice is one week copied onto, and counted once. */
          if (!g_array_binary_search (targets, &target, compare_weeks, NULL))
            {
              g_array_append_val (targets, target);
              g_array_sort (targets, compare_weeks);
            }
        }

      for (guint i = 0; i < targets->len; i++)
        n_logs += regimen_plan_count_logged_sessions (args->plan, g_array_index (targets, guint, i), 1);
      if (!regimen_plan_copy_week (args->plan, week, (const guint *) targets->data, targets->len, args->force,
                                   &changed, &error))
        {
          if (g_error_matches (error, REGIMEN_PLAN_BLOCKS_ERROR, REGIMEN_PLAN_BLOCKS_ERROR_TOO_LARGE))
            /* Translators: the core's reason the copies do not fit */
            return fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("%s; nothing changed"), error->message);
          return fail_logged (args, error, n_logs);
        }
      /* Taken back by the core when it changed nothing but ids
       * (regimen_plan_copy_week()). */
      if (!changed && targets->len == 1)
        /* Translators: “Nothing changed: week 2 holds a copy of week 1 already.” */
        done = g_strdup_printf (_("Nothing changed: week %u holds a copy of week %u already."),
                                g_array_index (targets, guint, 0) + 1, week + 1);
      else if (!changed)
        /* Translators: “Nothing changed: the 3 weeks hold a copy of week 1 already.” */
        done = g_strdup_printf (_("Nothing changed: the %u weeks hold a copy of week %u already."), targets->len,
                                week + 1);
      else if (targets->len == 1)
        done = g_strdup_printf (_("Copied week %u onto week %u."), week + 1, g_array_index (targets, guint, 0) + 1);
      else
        done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Copied week %u onto %u week.",
                                             "Copied week %u onto %u weeks.", targets->len),
                                week + 1, targets->len);
      say_logs_removed (&done, n_logs);
    }
  else
    {
      if (!regimen_plan_make_lighter_week (args->plan, week, args->volume_factor, args->intensity_factor,
                                           args->force, &error))
        return error != NULL ? fail_logged (args, error, 0) : fail_plan (args, REGIMEN_CLI_EXIT_INVALID, _("week %u is a lighter week already"), week + 1);
      done = g_strdup_printf (_("Made week %u a lighter week."), week + 1);
    }

  return save (args, done);
}

static int
run (const char  *command,
     int          argc,
     char       **argv)
{
  g_auto(Args) args = { command, NULL };
  const GOptionEntry entries[] = {
    { "weeks", 0, 0, G_OPTION_ARG_STRING, &args.weeks, N_("block add: how many weeks it spans"), N_("N") },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &args.goal, N_("block add, rename: what the block is for"), N_("TEXT") },
    { "no-goal", 0, 0, G_OPTION_ARG_NONE, &args.no_goal, N_("block rename: remove the goal"), NULL },
    { "before", 0, 0, G_OPTION_ARG_STRING, &args.before,
      N_("block add: put it before this block, with new empty weeks"), N_("BLOCK") },
    { "keep-weeks", 0, 0, G_OPTION_ARG_NONE, &args.keep_weeks,
      N_("block delete: keep the weeks, in the block before"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &args.force,
      N_("copy, lighter, resize, delete, remove: change or remove weeks with a logged session too (all but "
         "lighter delete their logs)"), NULL },
    { "count", 0, 0, G_OPTION_ARG_STRING, &args.count, N_("week insert, remove: how many weeks (default 1)"), N_("N") },
    { "every", 0, 0, G_OPTION_ARG_STRING, &args.every,
      N_("block lighter: every N-th week of the block becomes lighter"), N_("N") },
    { "volume", 0, 0, G_OPTION_ARG_STRING, &args.volume,
      N_("lighter: factor for sets, rounds and minutes, 0.1–1 (default 0.6)"), N_("F") },
    { "intensity", 0, 0, G_OPTION_ARG_STRING, &args.intensity,
      N_("lighter: factor for the load in percent of 1RM and the session RPE, 0.1–1 (default 0.9)"), N_("F") },
    { NULL }
  };
  g_autofree char *prgname = g_strdup_printf ("regimen-cli %s", command);
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) converted = g_ptr_array_new_with_free_func (g_free);
  const Action *action = NULL;
  int status;

  g_set_prgname (prgname);
  if (g_str_equal (command, "block"))
    {
      context = g_option_context_new (_("ACTION PLAN [ARGUMENT…]"));
      g_option_context_set_summary (context,
                                    _("Change the blocks of a plan; blocks and weeks count from 1, a block is\n"
                                      "given by its number or its name. The plan is saved atomically, its\n"
                                      "previous version kept as “PLAN~”. Actions:\n"
                                      "  list PLAN                  the blocks and their weeks\n"
                                      "  add PLAN NAME --weeks N    a block at the end, of the weeks in no block\n"
                                      "                             and new empty ones (--before BLOCK: new weeks)\n"
                                      "  rename PLAN BLOCK NAME     (--goal TEXT, --no-goal)\n"
                                      "  resize PLAN BLOCK N        new empty weeks at its end, or its last removed\n"
                                      "  duplicate PLAN BLOCK       a copy with its weeks, right after it\n"
                                      "  move PLAN BLOCK TO         with its weeks, to position TO\n"
                                      "  delete PLAN BLOCK          with its weeks (--keep-weeks: they stay; --force\n"
                                      "                             also weeks with a logged session)\n"
                                      "  copy PLAN BLOCK WEEK       its weeks onto the weeks from WEEK on\n"
                                      "  lighter PLAN BLOCK --every N   every N-th week a lighter week\n"
                                      "Exit status: 0 changed, 1 the change does not fit or could not be saved,\n"
                                      "2 the plan cannot be read or has no such block or week, 64 wrong usage;\n"
                                      "3 saved, but what it says about it could not be written."));
      regimen_cli_set_backup_note (context);
    }
  else
    {
      context = g_option_context_new (_("ACTION PLAN WEEK [ARGUMENT…]"));
      g_option_context_set_summary (context,
                                    _("Change the weeks of a plan; weeks count from 1, the weeks after a change\n"
                                      "shift and blocks follow. The plan is saved atomically, its previous\n"
                                      "version kept as “PLAN~”. Actions:\n"
                                      "  insert PLAN WEEK           an empty week as week WEEK (--count N)\n"
                                      "  remove PLAN WEEK           the week and what it holds (--count N; --force\n"
                                      "                             also weeks with a logged session)\n"
                                      "  copy PLAN WEEK TARGET…     its sessions onto the target weeks\n"
                                      "  lighter PLAN WEEK          a lighter week (--volume F, --intensity F)\n"
                                      "Exit status: 0 changed, 1 the change does not fit or could not be saved,\n"
                                      "2 the plan cannot be read or has no such week, 64 wrong usage;\n"
                                      "3 saved, but what it says about it could not be written."));
      regimen_cli_set_backup_note (context);
    }
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error (command, NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc < 3)
    return regimen_cli_usage_error (context);

  /* GOption reads the options' texts in the locale's character set
   * (“--goal”); a block's NAME, after the plan, is read the same way, so
   * that under de_DE.ISO-8859-1 `block add PLAN Kräftigung` is not
   * refused as not UTF-8 while `--goal Kräftigung` is taken. */
  if (!g_get_charset (NULL))
    for (int i = 3; i < argc; i++)
      {
        char *text = g_locale_to_utf8 (argv[i], -1, NULL, NULL, NULL);

        if (text != NULL)
          {
            g_ptr_array_add (converted, text);
            argv[i] = text;
          }
      }

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
  if ((guint) argc - 3 < action->min_args || (guint) argc - 3 > action->max_args)
    return regimen_cli_usage_error (context);

  if ((status = check_options (&args, action)) != REGIMEN_CLI_EXIT_OK)
    return status;

  if (g_str_equal (command, "block") && (g_str_equal (args.action, "add") || g_str_equal (args.action, "rename")) &&
      (status = check_name (&args, argv[g_str_equal (args.action, "add") ? 3 : 4])) != REGIMEN_CLI_EXIT_OK)
    return status;

  /* The file is read once, as `format` does. */
  args.path = argv[2];
  name = g_strdup_printf ("%s %s", command, args.action);
  args.plan = regimen_cli_load_plan (name, argv[2], &args.original, &args.file, &args.reached, &status);
  if (args.plan == NULL)
    return status;

  /* Not printed into the plan (“>> PLAN”): the line said about the change
   * went into the old file, its previous version PLAN~ by then, which no
   * longer opened; refused before anything changes. */
  if (!regimen_cli_check_stdout_not_plan (name, argv[2], args.file))
    return REGIMEN_CLI_EXIT_INVALID;

  if (g_str_equal (command, "block"))
    return run_block (&args, argv + 3, argc - 3);

  return run_week (&args, argv + 3, argc - 3);
}

int
regimen_cli_block (int    argc,
                   char **argv)
{
  return run ("block", argc, argv);
}

int
regimen_cli_week (int    argc,
                  char **argv)
{
  return run ("week", argc, argv);
}
