/* regimen-cli-diff.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

/* The changes are written one at a time as they are made into JSON: two
 * plans of 52,000 exercises can differ by 44,000 changes, 20 MB of JSON,
 * which as one tree, its text and an escaped copy took 270 MB before the
 * first byte was written. The output is the document
 * regimen_cli_print_json() would print of regimen_plan_diff_to_json(). */
static gboolean
print_json (GPtrArray *changes)
{
  printf ("{\n  \"differences\" : %u,\n  \"changes\" : [", changes->len);

  for (guint i = 0; i < changes->len; i++)
    {
      g_autoptr(JsonNode) node = regimen_change_to_json (g_ptr_array_index (changes, i));

      fputs (i > 0 ? ",\n" : "\n", stdout);
      if (!regimen_cli_print_json_element (node, 4))
        return FALSE;
    }

  fputs (changes->len > 0 ? "\n  ]\n}\n" : "]\n}\n", stdout);

  return regimen_cli_flush_output ();
}

int
regimen_cli_diff (int    argc,
                  char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the changes as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN-A PLAN-B"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) a = NULL;
  g_autoptr(RegimenPlan) b = NULL;
  g_autoptr(GFile) file_a = NULL;
  g_autoptr(GFile) file_b = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  int status = REGIMEN_CLI_EXIT_OK;

  g_set_prgname ("regimen-cli diff");
  g_option_context_set_summary (context,
                                _("Print what changed from PLAN-A to PLAN-B in training terms: the plan and\n"
                                  "its athlete, weeks added or removed, sessions and exercises added,\n"
                                  "removed or moved, prescriptions, logs, and each week's load. Sessions\n"
                                  "and exercises are matched by their ids, or by their content when the\n"
                                  "files have none.\n"
                                  "Exit status: 0 no difference, 1 differences, 2 a plan cannot be read or\n"
                                  "the changes could not all be written, 64 wrong usage."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("diff", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 3)
    return regimen_cli_usage_error (context);

  a = regimen_cli_load_plan ("diff", argv[1], NULL, &file_a, NULL, &status);
  if (a == NULL)
    return status;
  b = regimen_cli_load_plan ("diff", argv[2], NULL, &file_b, NULL, &status);
  if (b == NULL)
    return status;

  /* Not printed into either plan (“>> PLAN”), which would no longer
   * open; 1 says the plans differ. */
  if (!regimen_cli_check_stdout_not_plan ("diff", argv[1], file_a) ||
      !regimen_cli_check_stdout_not_plan ("diff", argv[2], file_b))
    return REGIMEN_CLI_EXIT_UNREADABLE;

  changes = regimen_plan_diff (a, b);

  if (json)
    {
      if (!print_json (changes))
        return REGIMEN_CLI_EXIT_UNREADABLE;
    }
  else
    {
      for (guint i = 0; i < changes->len; i++)
        {
          RegimenChange *change = g_ptr_array_index (changes, i);
          g_autofree char *safe = regimen_cli_escape (change->text);

          puts (safe);
        }

      /* Exit status 1 says "they differ": changes that did not all reach
       * standard output (a full disk) are trouble, 2, as for diff(1). A
       * line longer than stdout's buffer fails in puts() and leaves the
       * buffer empty, so only ferror() knows. */
      if (!regimen_cli_flush_output ())
        return REGIMEN_CLI_EXIT_UNREADABLE;
    }

  return changes->len > 0 ? REGIMEN_CLI_EXIT_INVALID : REGIMEN_CLI_EXIT_OK;
}
