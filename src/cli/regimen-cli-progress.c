/* regimen-cli-progress.c
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

/* The most decimals an amount takes: as many as a rule's text says back
 * (regimen_load_format_typed()). */
#define AMOUNT_DECIMALS_MAX 6

/* The unit words of an amount, and what each steps; a load in pounds is
 * stepped in kilograms, as the plan holds it. */
static const struct
{
  const char                 *suffix;
  RegimenProgressionQuantity  quantity;
  RegimenLoadUnit             unit;
} units[] = {
  { "%", REGIMEN_PROGRESSION_LOAD },
  { "kg", REGIMEN_PROGRESSION_LOAD_KG, REGIMEN_LOAD_UNIT_KG },
  { "lb", REGIMEN_PROGRESSION_LOAD_KG, REGIMEN_LOAD_UNIT_LB },
  { "sets", REGIMEN_PROGRESSION_SETS },
  { "set", REGIMEN_PROGRESSION_SETS },
  { "reps", REGIMEN_PROGRESSION_REPS },
  { "rep", REGIMEN_PROGRESSION_REPS },
  { "s", REGIMEN_PROGRESSION_HOLD },
  { "rounds", REGIMEN_PROGRESSION_ROUNDS },
  { "round", REGIMEN_PROGRESSION_ROUNDS },
};

/* "2.5%", "2.5kg", "5lb", "1rep", "5s", "1round", "1set": a number and
 * its unit, 0 and past the member's range too (check_amount() says those);
 * @amount in kg for a load in lb, whose unit is in @unit. The
 * number is read as every number on the command line is
 * (regimen_decimal_parse()): strtod() alone would read "0x10%" as 16 %
 * and "1e1rep" as 10 repetitions. */
static gboolean
parse_amount (const char                 *text,
              double                     *amount,
              RegimenProgressionQuantity *quantity,
              RegimenLoadUnit            *unit)
{
  const char *end = NULL;

  if (!regimen_decimal_parse (text, &end, amount))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (end, units[i].suffix))
      {
        *quantity = units[i].quantity;
        *unit = units[i].unit;
        if (units[i].quantity == REGIMEN_PROGRESSION_LOAD_KG)
          *amount = regimen_load_to_kg_bounded (*amount, units[i].unit, REGIMEN_LOAD_KG_MAX);
        return TRUE;
      }

  return FALSE;
}

/* Whether @amount, @option's @text (in kg for a load in lb), is a step or
 * cap a rule on @quantity takes: more than 0, at most the member's
 * maximum, whole for sets, reps, seconds and rounds. If not, says so with
 * the bound in the unit @text is in (2204.62lb for load_kg's 1000 kg). */
static gboolean
check_amount (const char                 *option,
              const char                 *text,
              double                      amount,
              RegimenProgressionQuantity  quantity,
              RegimenLoadUnit             unit)
{
  double min, max;
  gboolean whole;

  /* A rule says its amounts back with six decimals at most
   * (regimen_load_format_typed()): “2204.6226218487757lb”, 1000 kg,
   * was said “2204.6 lb”, and “2.5000001%” “2.5 % 1RM”. */
  if (regimen_cli_count_decimals (text) > AMOUNT_DECIMALS_MAX)
    {
      /* Translators: “--add takes at most 6 decimals, as many as a rule says back, not
       * “2204.6226218487757lb”” */
      regimen_cli_fail_usage ("progress", _("%s takes at most %u decimals, as many as a rule says back, not “%s”"),
                              option, (guint) AMOUNT_DECIMALS_MAX, text);
      return FALSE;
    }

  regimen_progression_quantity_range (quantity, &min, &max, &whole);
  if (amount > 0 && amount <= max && (!whole || amount == (guint) amount))
    {
      /* The plan's least step, 0.01 kg, as a file takes it: in pounds
       * the least amount of six decimals at or above it (0.022047 lb),
       * where 0.1 lb was asked while a file took 0.022 lb. */
      double least = regimen_load_convert (REGIMEN_PROGRESSION_LOAD_KG_STEP_MIN, REGIMEN_LOAD_UNIT_KG, unit);
      const char *suffix = text + strspn (text, "0123456789.");
      g_autofree char *shown = NULL;

      if (quantity != REGIMEN_PROGRESSION_LOAD_KG || amount >= REGIMEN_PROGRESSION_LOAD_KG_STEP_MIN)
        return TRUE;

      /* With the locale's decimal mark, as every number the command
       * line says in text. */
      shown = regimen_decimal_format (ceil (least * 1e6) / 1e6);
      /* Translators: “--add takes load_kg of at least 0.01 kg, the least load a text shows, not
       * “0.004kg””; the second %s is the unit as typed */
      regimen_cli_fail_usage ("progress", _("%s takes %s of at least %s %s, the least load a text shows, not “%s”"),
                              option, regimen_progression_quantity_to_string (quantity), shown, suffix, text);
      return FALSE;
    }

  if (whole)
    /* Translators: “--up-to takes whole reps from 1 to 100, not “2.5reps”” */
    regimen_cli_fail_usage ("progress", _("%s takes whole %s from 1 to %g, not “%s”"), option,
                            regimen_progression_quantity_to_string (quantity), max, text);
  else
    {
      /* The unit as typed: digits, at most one point, then the unit. */
      const char *suffix = text + strspn (text, "0123456789.");

      g_autofree char *bound = NULL;

      /* Rounded down, so that the bound said is taken; with the locale's
       * decimal mark, as every number the command line says in text and
       * the item editor shows the bound (“2204,62” in German). */
      if (quantity == REGIMEN_PROGRESSION_LOAD_KG)
        max = floor (regimen_load_convert (max, REGIMEN_LOAD_UNIT_KG, unit) * 100) / 100;
      bound = regimen_decimal_format (max);
      /* Translators: “--up-to takes load_kg above 0 up to 2204.62 lb, not “2205lb””; the
       * second %s is the unit as typed */
      regimen_cli_fail_usage ("progress", _("%s takes %s above 0 up to %s %s, not “%s”"), option,
                              regimen_progression_quantity_to_string (quantity), bound, suffix, text);
    }

  return FALSE;
}

/* The item with @wanted as its id, or as the start of only one id, and
 * the week and weekday that hold it (for the summary line). */
static RegimenItem *
find_item (RegimenPlan  *plan,
           const char   *wanted,
           guint        *week,
           guint        *weekday,
           GError      **error)
{
  /* The sheet's form, “#k3v7”, finds it too. */
  const char *wanted_id = regimen_cli_wanted_id (wanted);
  RegimenItem *found = NULL;
  guint matches = 0;
  g_autofree char *quoted = NULL;

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *item = regimen_session_get_item (session, i);
                const char *id = regimen_item_get_id (item);

                if (regimen_cli_id_equal (id, wanted_id))
                  {
                    *week = w;
                    *weekday = d;
                    return item;
                  }
                if (regimen_cli_id_starts_with (id, wanted_id))
                  {
                    found = item;
                    *week = w;
                    *weekday = d;
                    matches++;
                  }
              }
          }
      }

  if (matches == 1)
    return found;

  quoted = regimen_cli_spell_typed (wanted);
  if (matches == 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("no exercise has the id “%s”; `regimen-cli log PLAN --list` shows them"), quoted);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("%u ids start with “%s”; give more of it"), matches, quoted);

  return NULL;
}

int
regimen_cli_progress (int    argc,
                      char **argv)
{
  g_autofree char *item_wanted = NULL;
  g_autofree char *add = NULL;
  g_autofree char *up_to = NULL;
  /* The whole numbers are read as text, so that one past an int is told
   * its bound as any other is. */
  g_autofree char *chain_text = NULL;
  g_autofree char *weeks_text = NULL;
  guint chain = 0;
  guint weeks = 0;
  gboolean repeat = FALSE;
  gboolean remove = FALSE;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "item", 0, 0, G_OPTION_ARG_STRING, &item_wanted,
      N_("The exercise: its id, or the start of it"), N_("ID") },
    { "add", 0, 0, G_OPTION_ARG_STRING, &add,
      N_("Add this much each week: 2.5% (of 1RM), 2.5kg or 5lb (of load), 1rep, 1set, 5s (of hold), 1round"), N_("AMOUNT") },
    { "up-to", 0, 0, G_OPTION_ARG_STRING, &up_to,
      N_("With --add: stop at this much, in the same unit"), N_("AMOUNT") },
    { "chain", 0, 0, G_OPTION_ARG_STRING, &chain_text,
      N_("Move to the next stage of the exercise’s chain every N weeks"), N_("N") },
    { "repeat", 0, 0, G_OPTION_ARG_NONE, &repeat, N_("Repeat the exercise as it is each week"), NULL },
    { "weeks", 0, 0, G_OPTION_ARG_STRING, &weeks_text,
      N_("How many weeks the rule covers, the exercise’s own week included"), N_("N") },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove,
      N_("Remove the exercise’s rule and the exercises it wrote"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Change the exercises of logged sessions too (their logs are kept)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(RegimenFileReached) reached = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenProgression) rule = NULL;
  g_autoptr(GPtrArray) written = NULL;
  RegimenItem *item;
  guint n_rules;
  guint week = 0, day = 0;
  RegimenLoadUnit unit = REGIMEN_LOAD_UNIT_KG;
  int status;

  g_set_prgname ("regimen-cli progress");
  g_option_context_set_summary (context,
                                _("Set how an exercise progresses over the following weeks, and write\n"
                                  "those weeks: each gets the exercise with its progressed prescription\n"
                                  "(docs/plan-format.md, “Progression”). Applying again, or another rule,\n"
                                  "replaces what the rule wrote before. Examples:\n"
                                  "  regimen-cli progress plan.json --item pku4 --add 2.5% --up-to 70% --weeks 4\n"
                                  "  regimen-cli progress plan.json --item pku4 --add 2.5kg --weeks 4\n"
                                  "  regimen-cli progress plan.json --item pku4 --chain 3 --weeks 12\n"
                                  "A logged session is changed only with --force.\n"
                                  "Exit status: 0 applied, 1 the rule does not fit the exercise, there is no\n"
                                  "rule to remove or the plan could not be written, 2 the plan cannot be read\n"
                                  "or has no such exercise, 64 wrong usage;\n"
                                  "3 saved, but what it says about it could not be written."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("progress", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  n_rules = (add != NULL) + (chain_text != NULL) + (repeat != FALSE) + (remove != FALSE);
  if (argc != 2 || item_wanted == NULL || n_rules != 1 || (up_to != NULL && add == NULL) ||
      (remove && weeks_text != NULL))
    return regimen_cli_usage_error (context);

  if (!remove)
    {
      if (weeks_text == NULL)
        return regimen_cli_fail_usage ("progress", _("--weeks takes a number from %d to %d"),
                           REGIMEN_PROGRESSION_WEEKS_MIN, REGIMEN_PROGRESSION_WEEKS_MAX);
      if (!regimen_cli_parse_count (weeks_text, REGIMEN_PROGRESSION_WEEKS_MIN, REGIMEN_PROGRESSION_WEEKS_MAX, &weeks))
        /* Translators: the least and the most weeks, then what was given */
        return regimen_cli_fail_usage ("progress", _("--weeks takes a number from %d to %d, not “%s”"),
                                       REGIMEN_PROGRESSION_WEEKS_MIN, REGIMEN_PROGRESSION_WEEKS_MAX, weeks_text);

      if (add != NULL)
        {
          RegimenProgressionQuantity cap_quantity;
          RegimenLoadUnit cap_unit;

          rule = regimen_progression_new (REGIMEN_PROGRESSION_ADD, weeks);
          if (!parse_amount (add, &rule->step, &rule->quantity, &unit))
            return regimen_cli_fail_usage ("progress", _("“%s” is not an amount; write a number and a unit: 2.5%%, 2.5kg, 5lb, 1rep, 1set, 5s, 1round"),
                               add);
          if (!check_amount ("--add", add, rule->step, rule->quantity, unit))
            return REGIMEN_CLI_EXIT_USAGE;
          if (up_to != NULL)
            {
              if (!parse_amount (up_to, &rule->cap, &cap_quantity, &cap_unit))
                /* Translators: %s is what was given for --up-to */
                return regimen_cli_fail_usage ("progress",
                                               _("--up-to: “%s” is not an amount; write a number and the unit of --add"),
                                               up_to);
              if (cap_quantity != rule->quantity || cap_unit != unit)
                return regimen_cli_fail_usage ("progress", _("“%s” is not an amount in the unit of --add"), up_to);
              if (!check_amount ("--up-to", up_to, rule->cap, rule->quantity, unit))
                return REGIMEN_CLI_EXIT_USAGE;
            }
        }
      else if (chain_text != NULL)
        {
          if (!regimen_cli_parse_count (chain_text, 1, REGIMEN_PROGRESSION_STAGE_WEEKS_MAX, &chain))
            /* Translators: the most weeks, then what was given */
            return regimen_cli_fail_usage ("progress", _("--chain takes a number of weeks from 1 to %d, not “%s”"),
                                           REGIMEN_PROGRESSION_STAGE_WEEKS_MAX, chain_text);
          rule = regimen_progression_new (REGIMEN_PROGRESSION_CHAIN, weeks);
          rule->stage_weeks = chain;
        }
      else
        rule = regimen_progression_new (REGIMEN_PROGRESSION_REPEAT, weeks);
    }

  /* The file is read once, as `format` does. */
  plan = regimen_cli_load_plan ("progress", argv[1], &original, &file, &reached, &status);
  if (plan == NULL)
    return status;

  /* Not printed into the plan (“>> PLAN”): the line said about the change
   * went into the old file, its previous version PLAN~ by then, which no
   * longer opened; refused before anything changes. */
  if (!regimen_cli_check_stdout_not_plan ("progress", argv[1], file))
    return REGIMEN_CLI_EXIT_INVALID;

  item = find_item (plan, item_wanted, &week, &day, &error);
  if (item == NULL)
    {
      regimen_cli_print_error ("progress", argv[1], error->message);
      return REGIMEN_CLI_EXIT_UNREADABLE;
    }

  /* Nothing to remove is said, not reported as removed, and changes
   * nothing, as `week lighter` of a lighter week does. That holds when
   * later weeks still hold exercises marked as made from it (its rule
   * deleted from the file by hand): with no rule to remove, removing
   * them would delete exercises of other weeks the person never asked
   * about, under a line saying a rule was removed. */
  if (rule == NULL && regimen_item_get_progression (item) == NULL)
    {
      g_autofree char *exercise = regimen_cli_escape (regimen_item_get_exercise (item));
      /* Translators: “narrow-stance-squat (week 1, Mon) has no progression rule; nothing changed” */
      g_autofree char *message = g_strdup_printf (_("%s (week %u, %s) has no progression rule; nothing changed"),
                                                  exercise, week + 1, regimen_weekday_short_name (day));

      regimen_cli_print_error ("progress", argv[1], message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* A rule that does not fit says its numbers in the unit typed (“The
   * cap, 50 lb, …”): applying it would say them in kilograms. */
  if (rule != NULL &&
      !regimen_progression_check_fits_in (rule, item, regimen_cli_get_library ("progress"), unit, &error))
    {
      regimen_cli_print_error ("progress", argv[1], error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* A trained week keeps what it was trained against, as `week copy`
   * and `item edit` keep it: only --force changes it. */
  if (!force &&
      !regimen_plan_check_progression_not_logged (plan, item, rule, regimen_cli_get_library ("progress"), &error))
    {
      g_autofree char *message = g_strdup_printf (_("%s; nothing changed (--force changes it anyway)"),
                                                  error->message);

      regimen_cli_print_error ("progress", argv[1], message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  before = regimen_plan_to_bytes (plan);
  if (!regimen_plan_apply_progression (plan, item, rule, regimen_cli_get_library ("progress"), &error))
    {
      regimen_cli_print_error ("progress", argv[1], error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Not a plan in Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("progress", argv[1]))
    return REGIMEN_CLI_EXIT_INVALID;

  /* The rule the exercise has, its weeks holding what it writes (a
   * script run twice), changes nothing: the file is left as it is, and
   * its PLAN~ the version before its last real change. A plan another
   * tool wrote was rewritten in Regimen's layout, and that PLAN~
   * replaced by it. */
  after = regimen_plan_to_bytes (plan);
  if (rule != NULL && g_bytes_equal (before, after))
    {
      g_autofree char *exercise = regimen_cli_escape (regimen_item_get_exercise (item));

      /* Translators: “Nothing changed: narrow-stance-squat (week 1, Mon) has that rule, and its weeks hold
       * what it writes, already.” */
      printf (_("Nothing changed: %s (week %u, %s) has that rule, and its weeks hold what it writes, already."),
              exercise, week + 1, regimen_weekday_short_name (day));
      putchar ('\n');
      return REGIMEN_CLI_EXIT_OK;
    }

  /* Another program (a `log`, the app) that saved the plan since it was
   * read keeps its change: nothing is written then. */
  if (!regimen_plan_save_to_file_if_unchanged (plan, file, original, reached, NULL, &error))
    {
      regimen_cli_print_error ("progress", argv[1], error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }
  regimen_cli_note_saved ("progress", argv[1]);

  written = regimen_plan_find_progressed_items (plan, regimen_item_get_id (item));

  {
    g_autofree char *exercise = regimen_cli_escape (regimen_item_get_exercise (item));

    if (rule == NULL)
      /* Translators: “Removed the progression of narrow-stance-squat (week 1, Mon).” */
      printf (_("Removed the progression of %s (week %u, %s)."), exercise, week + 1,
              regimen_weekday_short_name (day));
    else
      {
        g_autofree char *description = regimen_progression_describe_in (rule, unit);
        g_autofree char *block_end = regimen_plan_describe_progression_cut (plan, item, rule);
        g_autofree char *cut = block_end != NULL ? regimen_cli_escape (block_end) : NULL;

        if (cut != NULL)
          /* Translators: “narrow-stance-squat (week 2, Mon): add 1 rep each week, for 4 weeks;
           * 1 week written: block “Base” ends at week 3.”, the last %s why fewer weeks than asked */
          printf (g_dngettext (GETTEXT_PACKAGE, "%s (week %u, %s): %s; %u week written: %s.",
                               "%s (week %u, %s): %s; %u weeks written: %s.", written->len),
                  exercise, week + 1, regimen_weekday_short_name (day), description, written->len, cut);
        else
          /* Translators: “narrow-stance-squat (week 1, Mon): add 2.5 % 1RM each week, for 4 weeks;
           * 3 weeks written.” */
          printf (g_dngettext (GETTEXT_PACKAGE, "%s (week %u, %s): %s; %u week written.",
                               "%s (week %u, %s): %s; %u weeks written.", written->len),
                  exercise, week + 1, regimen_weekday_short_name (day), description, written->len);
      }
    putchar ('\n');
  }

  return REGIMEN_CLI_EXIT_OK;
}
