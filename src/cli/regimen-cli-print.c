/* regimen-cli-print.c
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
#include "regimen-sheet.h"
#include "regimen-cli-private.h"

/* The most pages print writes: one a week for the longest plan; and a
 * week's sheet, a day too long for a page continuing on the next. */
#define REGIMEN_CLI_PRINT_MAX_PAGES      520
#define REGIMEN_CLI_PRINT_MAX_WEEK_PAGES 10

int
regimen_cli_print (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  /* G_MININT: not given, every week. */
  int week = G_MININT;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "week", 0, 0, G_OPTION_ARG_INT, &week, N_("Print only week N (from 1)"), N_("N") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("The paper size: a4 (the default) or letter"), N_("SIZE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  int status;
  RegimenPaper paper = REGIMEN_PAPER_A4;

  g_set_prgname ("regimen-cli print");
  g_option_context_set_summary (context,
                                _("Write the weekly sheets of a plan as a landscape PDF to take to\n"
                                  "the gym: one page per week, each day with its sessions, the\n"
                                  "exercises and empty cells to note the load and reps of every set."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      regimen_cli_print_error ("print", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2 || output == NULL || output[0] == '\0')
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (paper_name == NULL || g_ascii_strcasecmp (paper_name, "a4") == 0)
    paper = REGIMEN_PAPER_A4;
  else if (g_ascii_strcasecmp (paper_name, "letter") == 0)
    paper = REGIMEN_PAPER_LETTER;
  else
    {
      fprintf (stderr, "regimen-cli print: ");
      fprintf (stderr, _("Unknown paper size “%s”; use a4 or letter"), paper_name);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  plan = regimen_cli_load_plan ("print", argv[1], NULL, &status);
  if (plan == NULL)
    return status;

  /* The person's own exercises too, as the app checks and shows them. */
  regimen_cli_get_library ("print");

  if (week != G_MININT && (week < 1 || week > (int) regimen_plan_get_n_weeks (plan)))
    {
      fprintf (stderr, "regimen-cli print: ");
      fprintf (stderr, _("There is no week %d; the plan has %u"), week, regimen_plan_get_n_weeks (plan));
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  /* Pages are counted before any is drawn: a plan whose days hold hundreds
   * of exercises would otherwise take minutes and hundreds of megabytes. */
  {
    g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, NULL, NULL, paper);
    guint first = week == G_MININT ? 0 : (guint) week - 1;
    guint last = week == G_MININT ? regimen_plan_get_n_weeks (plan) : (guint) week;
    guint total = 0;
    double width, height;

    regimen_paper_get_size (paper, &width, &height);
    for (guint w = first; w < last; w++)
      {
        guint n_pages;
        g_autofree char *message = NULL;

        regimen_sheet_set_week (sheet, (int) w);
        n_pages = regimen_sheet_get_n_pages (sheet, width, height);
        total += n_pages;
        if (n_pages > REGIMEN_CLI_PRINT_MAX_WEEK_PAGES)
          message = g_strdup_printf (_("The sheet of week %u would take %u pages, more than %d; put fewer "
                                       "exercises on its days"),
                                     w + 1, n_pages, REGIMEN_CLI_PRINT_MAX_WEEK_PAGES);
        else if (total > REGIMEN_CLI_PRINT_MAX_PAGES)
          message = g_strdup_printf (_("The sheets would take more than %d pages; print fewer weeks with --week"),
                                     REGIMEN_CLI_PRINT_MAX_PAGES);
        if (message != NULL)
          {
            regimen_cli_print_error ("print", argv[1], message);
            return REGIMEN_CLI_EXIT_INVALID;
          }
      }
  }

  /* --week counts from 1 like the week labels. */
  if (!regimen_sheet_write_pdf (plan, NULL, output, paper, week == G_MININT ? -1 : week - 1, &error))
    {
      regimen_cli_print_error ("print", output, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  return REGIMEN_CLI_EXIT_OK;
}
