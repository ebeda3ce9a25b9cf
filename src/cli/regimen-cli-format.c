/* regimen-cli-format.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

int
regimen_cli_format (int    argc,
                    char **argv)
{
  g_autofree char *output = NULL;
  gboolean check = FALSE;
  gboolean in_place = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE instead of rewriting PLAN (“-” for standard output)"), N_("FILE") },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Write nothing; exit with 1 when PLAN is not in canonical form"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(RegimenFileReached) reached = NULL;
  int status;

  g_set_prgname ("regimen-cli format");
  g_option_context_set_summary (context,
                                _("Rewrite a plan in canonical form: members in a fixed order, two-space\n"
                                  "indent, unknown members kept. Without -o, PLAN is replaced atomically\n"
                                  "and its previous version kept as “PLAN~”.\n"
                                  "Exit status: 0 done, 1 not canonical (--check) or the result could not\n"
                                  "be written, 2 the plan cannot be read, 64 wrong usage."));
  regimen_cli_set_backup_note (context);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("format", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2 || (check && output != NULL))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  /* An empty name is no file: GFile takes it for the current folder. */
  if (output != NULL && output[0] == '\0')
    return regimen_cli_fail_usage ("format", _("-o was given an empty name; name the file to write, or give - for standard output"));

  /* Never into Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("format", output))
    return REGIMEN_CLI_EXIT_INVALID;

  /* The file is read once: a second read could see another text, and a
   * named pipe would never give a second one. */
  plan = regimen_cli_load_plan ("format", argv[1], &original, &source, &reached, &status);
  if (plan == NULL)
    return status;

  bytes = regimen_plan_to_bytes (plan);

  if (check)
    {
      g_autofree char *safe_plan = NULL;

      if (g_bytes_equal (original, bytes))
        return REGIMEN_CLI_EXIT_OK;

      safe_plan = regimen_cli_escape (argv[1]);
      fprintf (stderr, _("regimen-cli format: %s is not in canonical form"), safe_plan);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  if (g_strcmp0 (output, "-") == 0)
    {
      g_autoptr(RegimenPlan) check_plan = NULL;
      g_autoptr(GError) read_error = NULL;
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      /* What is printed is a plan too, kept in a file by the shell: one
       * grown past the reader's limits (a minified plan spread over
       * lines) is refused as a save to a file is, with nothing printed. */
      check_plan = regimen_plan_load_from_bytes (bytes, &read_error);
      if (check_plan == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Regimen could not open the result again (%s)"),
                                                      read_error->message);

          regimen_cli_print_error ("format", argv[1], message);
          return REGIMEN_CLI_EXIT_INVALID;
        }

      if (!regimen_cli_check_stdout_not_plan ("format", argv[1], source))
        return REGIMEN_CLI_EXIT_INVALID;
      /* Said once, with why, as every command's output is. */
      if (!regimen_cli_write_file_data (data, length))
        return REGIMEN_CLI_EXIT_INVALID;

      return REGIMEN_CLI_EXIT_OK;
    }

  /* Rewriting a file already in canonical form would only churn its
   * backup and modification time. */
  if (output != NULL && regimen_cli_names_folder (output))
    {
      regimen_cli_print_error ("format", output, _("the name ends in “/”, “/.” or “/..”, so it names a folder, not a file"));
      return REGIMEN_CLI_EXIT_INVALID;
    }
  if (output == NULL)
    {
      target = g_object_ref (source);
      in_place = TRUE;
    }
  else if (g_file_peek_path (source) != NULL &&
           regimen_file_is_one_of (output, (const char * const[]) { g_file_peek_path (source), NULL }))
    {
      /* -o naming the plan itself (its own name, ./PLAN, a symbolic or
       * a hard link) is format in place: the plan's own name is written,
       * its previous version kept as its “PLAN~”, and a plan already in
       * canonical form left alone. */
      target = g_object_ref (source);
      in_place = TRUE;
    }
  else if ((target = regimen_cli_file_new (output, &error)) == NULL)
    {
      regimen_cli_print_error ("format", output, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }
  /* Not a plan in Regimen's own data folder, as -o refuses one, even
   * one already in canonical form: the answer does not hang on the
   * text (docs/cli.md). */
  if (in_place && !regimen_cli_check_output_outside_data ("format", argv[1]))
    return REGIMEN_CLI_EXIT_INVALID;
  if (in_place && g_bytes_equal (original, bytes))
    return REGIMEN_CLI_EXIT_OK;

  /* -o keeps a backup of what it replaces, but not as the plan's own
   * “PLAN~”: that previous version of the plan would be gone. */
  if (output != NULL && !regimen_file_check_not_backup (output, source, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not write “%s”: %s"), output, error->message);

      regimen_cli_print_error ("format", output, message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* In place, the plan is replaced only while it still holds the text
   * that was read: a change another program saved meanwhile (a `log`, the
   * app) is not undone by the formatted old text. A new -o file is no
   * more readable than the plan. */
  if (in_place ? !regimen_plan_save_to_file_if_unchanged (plan, target, original, reached, NULL, &error)
               : !regimen_plan_save_to_file_from (plan, target, source, NULL, &error))
    {
      regimen_cli_print_error ("format", output != NULL ? output : argv[1], error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  return REGIMEN_CLI_EXIT_OK;
}
