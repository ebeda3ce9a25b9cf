/* regimen-cli-import-csv.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

int
regimen_cli_import_csv (int    argc,
                        char **argv)
{
  g_autofree char *unit_word = NULL;
  g_autofree char *start = NULL;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_word,
      N_("The unit of the file’s weights: kg (the default) or lb"), N_("UNIT") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start,
      N_("The Monday of the first week, instead of the plan’s start date"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN FILE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(RegimenFileReached) reached = NULL;
  g_autoptr(GBytes) csv_bytes = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  int status;
  const char *csv = NULL;
  RegimenLoadUnit unit = REGIMEN_LOAD_UNIT_KG;
  GDate start_date;
  GDate own_start;
  gboolean dated;
  gboolean imported;
  gboolean unchanged;
  gsize length = 0;
  guint n_sets = 0;
  RegimenLogCsvReplaced replaced = { 0 };

  g_set_prgname ("regimen-cli import-csv");
  g_option_context_set_summary (context,
                                _("Log the sets of a CSV file in the columns export-csv writes (Strong’s)\n"
                                  "into a plan: each row goes to the session on its date that has an\n"
                                  "exercise of its name. Rows no session takes are listed with their line\n"
                                  "numbers. The plan is saved atomically, its previous version kept as\n"
                                  "“PLAN~”.\n"
                                  "Exit status: 0 imported, 1 the plan could not be written, 2 the plan or\n"
                                  "the file cannot be read or no row matches, 64 wrong usage;\n"
                                  "3 saved, but what it says about it could not be written."));
  regimen_cli_set_backup_note (context);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("import-csv", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 3)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (unit_word != NULL && !regimen_load_unit_from_string (unit_word, &unit))
    return regimen_cli_fail_usage ("import-csv", _("“%s” is not a unit of load; use kg or lb"), unit_word);

  if (start != NULL && !regimen_cli_parse_start ("import-csv", start, &start_date))
    return REGIMEN_CLI_EXIT_USAGE;

  /* An empty FILE is no file, but the current folder to GFile. */
  if (argv[2][0] == '\0')
    return regimen_cli_fail_usage ("import-csv", _("the CSV file was given an empty name; name the file to read"));
  /* As for PLAN: “-” reads no standard input, a file called “-” is ./-;
   * it was opened as that file, “No such file or directory”. */
  if (g_str_equal (argv[2], "-"))
    return regimen_cli_fail_usage ("import-csv", _("the CSV is read from a file, not from standard input; name the "
                                                   "file (./- for a file called “-”)"));

  /* Read once; the save replaces only this version (another program's
   * change meanwhile is not undone). */
  plan = regimen_cli_load_plan ("import-csv", argv[1], &original, &file, &reached, &status);
  if (plan == NULL)
    return status;

  /* Not printed into the plan (“>> PLAN”): the line said about the change
   * went into the old file, its previous version PLAN~ by then, which no
   * longer opened; refused before anything changes. */
  if (!regimen_cli_check_stdout_not_plan ("import-csv", argv[1], file))
    return REGIMEN_CLI_EXIT_INVALID;

  /* A regular file, read once and at most the limit: a named pipe or
   * /dev/zero would never end. */
  csv_file = regimen_cli_file_new (argv[2], &error);
  if (csv_file != NULL)
    csv_bytes = regimen_file_load_capped (csv_file, REGIMEN_LOG_CSV_MAX_BYTES, NULL, &error);
  if (csv_bytes == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_autofree char *message = g_strdup_printf (_("the file is larger than %u MB"),
                                                   REGIMEN_LOG_CSV_MAX_BYTES / (1024 * 1024));

      regimen_cli_print_error ("import-csv", argv[2], message);
      return REGIMEN_CLI_EXIT_UNREADABLE;
    }
  if (csv_bytes != NULL)
    csv = g_bytes_get_data (csv_bytes, &length);

  /* Nor printed into the CSV it reads (“>> log.csv”): “Imported 9 sets.”
   * went after its rows, a line the next import of it refused. */
  if (csv_bytes != NULL && regimen_cli_stream_is_file (STDOUT_FILENO, g_file_peek_path (csv_file)))
    {
      regimen_cli_print_error ("import-csv", argv[2],
                               _("standard output is this CSV file itself (“>>” or “<>” onto it), which the "
                                 "output would be written into; nothing imported, send it to another file"));
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Rows dated from --start (a plan without a start date, as export-csv
   * --start wrote them) find their sessions by those days; the plan keeps
   * its own start date, and the sessions logged get their dates. */
  if (start != NULL && !regimen_cli_check_start_fits ("import-csv", argv[1], plan, &start_date))
    return REGIMEN_CLI_EXIT_USAGE;
  g_date_clear (&own_start, 1);
  dated = regimen_plan_get_start_date (plan) != NULL;
  if (dated)
    own_start = *regimen_plan_get_start_date (plan);
  /* A plan with a start of its own whose rows are dated from another
   * --start (both sides of an export-csv --start) is told so, where the
   * plan's start was overridden without a word. */
  if (start != NULL && dated && g_date_compare (&own_start, &start_date) != 0)
    {
      char own_text[16];
      g_autofree char *message = NULL;

      g_date_strftime (own_text, sizeof own_text, "%Y-%m-%d", &own_start);
      /* Translators: “the rows are placed by days counted from --start 2026-11-02, not from the plan's own
       * start, 2026-11-23, which it keeps” */
      message = g_strdup_printf (_("the rows are placed by days counted from --start %s, not from the plan’s own "
                                   "start, %s, which it keeps"),
                                 start, own_text);
      regimen_cli_print_error ("import-csv", argv[1], message);
    }
  before = regimen_plan_to_bytes (plan);
  if (start != NULL)
    regimen_plan_set_start_date (plan, &start_date);
  imported = csv_bytes != NULL &&
             regimen_log_import_csv_full (plan, regimen_cli_get_library ("import-csv"), csv, length, unit,
                                          unmatched, &n_sets, &replaced, &error);
  if (start != NULL)
    regimen_plan_set_start_date (plan, dated ? &own_start : NULL);
  if (!imported)
    {
      regimen_cli_print_error ("import-csv", argv[2], error->message);
      return REGIMEN_CLI_EXIT_UNREADABLE;
    }

  /* The first rows by line, then a count: a file of another plan must
   * not bury the summary. */
  for (guint i = 0; i < MIN (unmatched->len, REGIMEN_LOG_CSV_UNMATCHED_TOLD); i++)
    regimen_cli_print_error ("import-csv", argv[2], g_ptr_array_index (unmatched, i));
  if (unmatched->len > REGIMEN_LOG_CSV_UNMATCHED_TOLD)
    {
      guint more = unmatched->len - REGIMEN_LOG_CSV_UNMATCHED_TOLD;
      /* Translators: after the first 50 rows no session takes. */
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more row",
                                                               "and %u more rows", more), more);

      regimen_cli_print_error ("import-csv", argv[2], message);
    }

  if (n_sets == 0)
    {
      regimen_cli_print_error ("import-csv", argv[2], _("no row matches a session of the plan; nothing changed"));
      return REGIMEN_CLI_EXIT_UNREADABLE;
    }

  /* Not a plan in Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("import-csv", argv[1]))
    return REGIMEN_CLI_EXIT_INVALID;

  /* Sets the plan logs so already (a file imported twice) change
   * nothing: the file is left as it is, and its PLAN~ the version before
   * its last real change. A plan another tool wrote was rewritten in
   * Regimen's layout, and that PLAN~ replaced by it. */
  after = regimen_plan_to_bytes (plan);
  unchanged = g_bytes_equal (before, after);
  if (unchanged)
    /* Translators: “Nothing changed: the 12 sets the file gives are logged so already; 1 row not imported.” */
    printf (g_dngettext (GETTEXT_PACKAGE, "Nothing changed: the %u set the file gives is logged so already",
                         "Nothing changed: the %u sets the file gives are logged so already", n_sets),
            n_sets);
  else if (!regimen_plan_save_to_file_if_unchanged (plan, file, original, reached, NULL, &error))
    {
      regimen_cli_print_error ("import-csv", argv[1], error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }
  else
    {
      regimen_cli_note_saved ("import-csv", argv[1]);
      /* Translators: “Imported 12 sets; 1 row not imported.” */
      printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u set", "Imported %u sets", n_sets), n_sets);
    }
  /* Every row told above, by what kept it out: no session takes it, a
   * number that is none, a session logged as skipped. “Matched no
   * session” said the last two wrongly. */
  if (unmatched->len > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "; %u row not imported.", "; %u rows not imported.",
                         unmatched->len), unmatched->len);
  else
    putchar ('.');
  putchar ('\n');

  /* What the sets it replaced held that a CSV does not carry, said with
   * the summary: export-csv says it of the CSV it writes, and a round
   * trip through another program and back replaced those sets without a
   * word. */
  if (replaced.n_with_members > 0)
    {
      printf (g_dngettext (GETTEXT_PACKAGE,
                           "%u set replaced held members the CSV has no column for (another tool's); "
                           "they are gone from the log.",
                           "%u sets replaced held members the CSV has no column for (another tool's); "
                           "they are gone from the log.",
                           replaced.n_with_members),
              replaced.n_with_members);
      putchar ('\n');
    }
  if (replaced.n_other_unit > 0)
    {
      const char *file_unit = replaced.unit == REGIMEN_LOAD_UNIT_LB ? "lb" : "kg";
      const char *other_unit = replaced.unit == REGIMEN_LOAD_UNIT_LB ? "kg" : "lb";

      /* Translators: the first %s is the unit the loads were logged in, the second the CSV's */
      printf (g_dngettext (GETTEXT_PACKAGE,
                           "%u set replaced had its load logged in %s; it is logged now in %s, as the CSV gives it.",
                           "%u sets replaced had their loads logged in %s; they are logged now in %s, as the "
                           "CSV gives them.",
                           replaced.n_other_unit),
              replaced.n_other_unit, other_unit, file_unit);
      putchar ('\n');
    }

  if (replaced.n_notes_kept > 0)
    {
      printf (g_dngettext (GETTEXT_PACKAGE,
                           "%u session was logged before and keeps its own note; the workout note the file "
                           "gives it is not imported.",
                           "%u sessions were logged before and keep their own notes; the workout notes the "
                           "file gives them are not imported.",
                           replaced.n_notes_kept),
              replaced.n_notes_kept);
      putchar ('\n');
    }

  if (replaced.n_durations_kept > 0)
    {
      printf (g_dngettext (GETTEXT_PACKAGE,
                           "%u session was logged before and keeps its own duration; the duration the file "
                           "gives it is not imported.",
                           "%u sessions were logged before and keep their own durations; the durations the "
                           "file gives them are not imported.",
                           replaced.n_durations_kept),
              replaced.n_durations_kept);
      putchar ('\n');
    }

  return REGIMEN_CLI_EXIT_OK;
}
