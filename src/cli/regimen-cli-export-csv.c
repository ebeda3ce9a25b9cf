/* regimen-cli-export-csv.c
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

int
regimen_cli_export_csv (int    argc,
                        char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *unit_word = NULL;
  g_autofree char *format_word = NULL;
  g_autofree char *start = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the CSV to FILE (“-” or none: standard output)"), N_("FILE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_word,
      N_("The unit of every weight: kg (the default) or lb"), N_("UNIT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_word,
      N_("Whose columns: strong (the default) or hevy"), N_("FORMAT") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start,
      N_("The Monday of the first week, instead of the plan’s start date"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autofree char *csv = NULL;
  RegimenLoadUnit unit = REGIMEN_LOAD_UNIT_KG;
  guint n_with_members;
  guint n_converted;
  guint n_rounds;
  RegimenLogCsvFormat format = REGIMEN_LOG_CSV_STRONG;
  GDate start_date;
  int status;

  g_set_prgname ("regimen-cli export-csv");
  g_option_context_set_summary (context,
                                _("Write the log of a plan as CSV in the columns of Strong’s export (or with\n"
                                  "--format hevy, Hevy’s), which training apps import: one row per set done.\n"
                                  "Exit status: 0 written, 1 the file could not be written, 2 the plan\n"
                                  "cannot be read, 64 wrong usage."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("export-csv", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }
  if (output != NULL && output[0] == '\0')
    return regimen_cli_fail_usage ("export-csv", _("-o was given an empty name; name the file to write, or give - for standard output"));

  if (unit_word != NULL && !regimen_load_unit_from_string (unit_word, &unit))
    return regimen_cli_fail_usage ("export-csv", _("“%s” is not a unit of load; use kg or lb"), unit_word);

  if (format_word != NULL && !regimen_log_csv_format_from_string (format_word, &format))
    return regimen_cli_fail_usage ("export-csv", _("“%s” is not a CSV format; use strong or hevy"), format_word);

  if (start != NULL && !regimen_cli_parse_start ("export-csv", start, &start_date))
    return REGIMEN_CLI_EXIT_USAGE;

  /* A name that ends in “/” names a folder: said so, as format and new
   * say it, rather than “no file can be created in its folder (No such
   * file or directory)” for a folder that is there. */
  if (output != NULL && !g_str_equal (output, "-") && regimen_cli_names_folder (output))
    {
      regimen_cli_print_error ("export-csv", output, _("the name ends in “/”, “/.” or “/..”, so it names a folder, not a file"));
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Never into Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("export-csv", output))
    return REGIMEN_CLI_EXIT_INVALID;

  plan = regimen_cli_load_plan ("export-csv", argv[1], NULL, &file, NULL, &status);
  if (plan == NULL)
    return status;

  /* Every row needs a day import-csv reads back: a session logged
   * without a date has its planned day, counted from the start. */
  if (start != NULL && !regimen_cli_check_start_fits ("export-csv", argv[1], plan, &start_date))
    return REGIMEN_CLI_EXIT_USAGE;
  if (start != NULL)
    regimen_plan_set_start_date (plan, &start_date);
  if (!regimen_log_csv_check_dates (plan, &error))
    {
      regimen_cli_print_error ("export-csv", argv[1], error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  /* Each set repeats its session's title and note: a log of long texts
   * would make a file larger than import-csv reads back, and a few
   * megabytes of plan gigabytes of rows, so the rows stop there. */
  csv = regimen_log_to_csv_within (plan, regimen_cli_get_library ("export-csv"), unit, format,
                                   REGIMEN_LOG_CSV_MAX_BYTES, NULL);
  if (csv == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("the CSV would be longer than the %d MB import-csv reads back "
                           "(each set repeats its session's title and note); nothing was written"),
                         REGIMEN_LOG_CSV_MAX_BYTES / (1024 * 1024));

      regimen_cli_print_error ("export-csv", argv[1], message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* What the CSV does not carry is said, on standard error: import-csv
   * of it brings back neither (docs/cli.md). */
  regimen_log_csv_count_not_carried (plan, unit, &n_with_members, &n_converted);
  if (n_with_members > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u set holds members the CSV has no column for (another tool's); "
                                      "they are not in the CSV, and import-csv cannot bring them back",
                                      "%u sets hold members the CSV has no column for (another tool's); "
                                      "they are not in the CSV, and import-csv cannot bring them back",
                                      n_with_members),
                         n_with_members);

      regimen_cli_print_error ("export-csv", argv[1], message);
    }
  n_rounds = regimen_log_csv_count_rounds_not_carried (plan);
  if (n_rounds > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u set logs rounds of an exercise that is no interval; "
                                      "the CSV has no column for them, a set of only rounds has no row, "
                                      "and import-csv cannot bring them back",
                                      "%u sets log rounds of an exercise that is no interval; "
                                      "the CSV has no column for them, a set of only rounds has no row, "
                                      "and import-csv cannot bring them back",
                                      n_rounds),
                         n_rounds);

      regimen_cli_print_error ("export-csv", argv[1], message);
    }
  if (n_converted > 0)
    {
      const char *written = unit == REGIMEN_LOAD_UNIT_LB ? "lb" : "kg";
      const char *logged = unit == REGIMEN_LOAD_UNIT_LB ? "kg" : "lb";
      g_autofree char *message =
        /* Translators: the first and third %s are the unit the loads were logged in, the second the unit written */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u load logged in %s is written converted to %s, to the hundredth; "
                                      "import-csv logs it as written, not in %s",
                                      "%u loads logged in %s are written converted to %s, to the hundredth; "
                                      "import-csv logs them as written, not in %s",
                                      n_converted),
                         n_converted, logged, written, logged);

      regimen_cli_print_error ("export-csv", argv[1], message);
    }

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (!regimen_cli_check_stdout_not_plan ("export-csv", argv[1], file))
        return REGIMEN_CLI_EXIT_INVALID;
      return regimen_cli_write_file_data (csv, strlen (csv)) ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
    }

  /* Never written over the plan itself, which it would replace. */
  if (!regimen_file_replace_export (output, file, csv, strlen (csv), REGIMEN_FILE_WRITE_NONE, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not write “%s”: %s"), output, error->message);

      regimen_cli_print_error ("export-csv", output, message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  return REGIMEN_CLI_EXIT_OK;
}
