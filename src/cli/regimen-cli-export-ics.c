/* regimen-cli-export-ics.c
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
regimen_cli_export_ics (int    argc,
                        char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *start = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the calendar to FILE (“-” or none: standard output)"), N_("FILE") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start,
      N_("The Monday of the first week, instead of the plan’s start date"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GFile) source = NULL;
  int status;
  g_autofree char *calendar = NULL;
  GDate start_date;

  g_set_prgname ("regimen-cli export-ics");
  g_option_context_set_summary (context,
                                _("Write the sessions of a plan as an iCalendar file: one all-day\n"
                                  "event per session on its date, with the exercises and their\n"
                                  "prescriptions in the description. Exporting again updates the\n"
                                  "same events, also of sessions moved to another day."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("export-ics", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }
  if (output != NULL && output[0] == '\0')
    return regimen_cli_fail_usage ("export-ics", _("-o was given an empty name; name the file to write, or give - for standard output"));

  if (start != NULL && !regimen_date_parse_given (start, &start_date))
    {
      regimen_cli_print_bad_date ("export-ics", "--start", start);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  /* A name that ends in “/” names a folder: said so, as format and new
   * say it, rather than “no file can be created in its folder (No such
   * file or directory)” for a folder that is there. */
  if (output != NULL && !g_str_equal (output, "-") && regimen_cli_names_folder (output))
    {
      regimen_cli_print_error ("export-ics", output, _("the name ends in “/”, “/.” or “/..”, so it names a folder, not a file"));
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Never into Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("export-ics", output))
    return REGIMEN_CLI_EXIT_INVALID;

  plan = regimen_cli_load_plan ("export-ics", argv[1], NULL, &source, NULL, &status);
  if (plan == NULL)
    return status;

  /* The person's own exercises too, as the app checks and shows them. */
  regimen_cli_get_library ("export-ics");

  calendar = regimen_ical_from_plan (plan, NULL, start != NULL ? &start_date : NULL, NULL, &error);
  if (calendar == NULL)
    {
      regimen_cli_print_error ("export-ics", argv[1], error->message);
      /* No session is the plan's, not the command's: no option would
       * make a calendar of it. */
      if (g_error_matches (error, REGIMEN_ICAL_ERROR, REGIMEN_ICAL_ERROR_NO_SESSIONS))
        return REGIMEN_CLI_EXIT_INVALID;
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (output == NULL || g_str_equal (output, "-"))
    {
      if (!regimen_cli_check_stdout_not_plan ("export-ics", argv[1], source))
        return REGIMEN_CLI_EXIT_INVALID;
      return regimen_cli_write_file_data (calendar, strlen (calendar)) ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
    }

  /* Never written over the plan itself, which it would replace. */
  if (!regimen_file_replace_export (output, source, calendar, strlen (calendar), REGIMEN_FILE_WRITE_NONE,
                                    NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not write “%s”: %s"), output, error->message);

      regimen_cli_print_error ("export-ics", output, message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  return REGIMEN_CLI_EXIT_OK;
}
