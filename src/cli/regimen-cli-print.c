/* regimen-cli-print.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <stdio.h>
#include <sys/mman.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "regimen-core.h"
#include "regimen-sheet.h"
#include "regimen-cli-private.h"

/* The address space fontconfig, pango and cairo take to lay out and write
 * the sheets of a plan of a few weeks, with room to spare: about 45 MB
 * past the command's start, measured with glibc keeping one malloc arena
 * (below). */
#define ROOM_FOR_FONTS_MB 96

/* Under an address-space limit (ulimit -v) fontconfig and pango
 * do not fail, they crash: fontconfig dereferences the NULL of a failed
 * allocation while it reads its configuration (SIGSEGV), and pango
 * aborts when the thread it starts to read the fonts cannot get its
 * stack (SIGTRAP), with no word of the PDF. Whether the room is there is
 * asked before either runs, by reserving it (never touched) and giving it
 * back. */
static gboolean
has_room_for_fonts (void)
{
  gsize size = (gsize) ROOM_FOR_FONTS_MB * 1024 * 1024;
  void *room = mmap (NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

  if (room == MAP_FAILED)
    return FALSE;
  munmap (room, size);

  return TRUE;
}

int
regimen_cli_print (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  /* NULL: not given, every week. Read as text, so that a number past an
   * int is told the plan's weeks as any other is. */
  g_autofree char *week_text = NULL;
  guint week = 0;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "week", 0, 0, G_OPTION_ARG_STRING, &week_text, N_("Print only week N (from 1)"), N_("N") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("The paper size: a4 (the default) or letter"), N_("SIZE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GFile) source = NULL;
  int status;
  RegimenPaper paper = REGIMEN_PAPER_A4;

  g_set_prgname ("regimen-cli print");
  g_option_context_set_summary (context,
                                _("Write the weekly sheets of a plan as a landscape PDF to take to\n"
                                  "the gym: one page per week, each day with its sessions, the\n"
                                  "exercises and empty cells to note the load and reps of every set."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  {
    static const char * const decimal[] = { "--week", NULL };

    if (!regimen_cli_check_decimal_options ("print", argc, argv, decimal))
      return REGIMEN_CLI_EXIT_USAGE;
  }

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("print", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc == 2 && output != NULL && output[0] == '\0')
    return regimen_cli_fail_usage ("print", _("-o was given an empty name; name the PDF file to write"));

  if (argc != 2 || output == NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  /* “-o -” is standard output for the commands that offer it; print does
   * not, and would otherwise write a file called “-” and say nothing. */
  if (g_str_equal (output, "-"))
    {
      regimen_cli_print_error ("print", NULL,
                               _("print writes a PDF file, not standard output: give -o FILE.pdf (a file called “-” is ./-)"));
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (paper_name == NULL || g_ascii_strcasecmp (paper_name, "a4") == 0)
    paper = REGIMEN_PAPER_A4;
  else if (g_ascii_strcasecmp (paper_name, "letter") == 0)
    paper = REGIMEN_PAPER_LETTER;
  else
    return regimen_cli_fail_usage ("print", _("Unknown paper size “%s”; use a4 or letter"), paper_name);

  /* A name that ends in “/” names a folder: said so, as format and new
   * say it, rather than “no file can be created in its folder (No such
   * file or directory)” for a folder that is there. */
  if (output != NULL && !g_str_equal (output, "-") && regimen_cli_names_folder (output))
    {
      regimen_cli_print_error ("print", output, _("the name ends in “/”, “/.” or “/..”, so it names a folder, not a file"));
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Never into Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("print", output))
    return REGIMEN_CLI_EXIT_INVALID;

#ifdef M_ARENA_MAX
  /* Each thread pango starts to read the fonts would otherwise get a
   * malloc arena of its own, 64 MB of address space each: print needed
   * 160 MB under ulimit -v, and crashed in fontconfig below it. The
   * sheets are drawn on this one thread. */
  mallopt (M_ARENA_MAX, 1);
#endif

  if (!has_room_for_fonts ())
    {
      g_autofree char *message = NULL;

      /* Translators: %d is a number of megabytes */
      message = g_strdup_printf (_("not enough memory to lay out the text of the sheets: "
                                   "less than %d MB is left under the memory limit (ulimit -v); nothing written"),
                                 ROOM_FOR_FONTS_MB);
      regimen_cli_print_error ("print", output, message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Where no font is installed (a container, a minimal server) pango
   * draws no glyph: the PDF was written, exit status 0, pages of lines
   * and boxes without a word on them. Nothing is written then. */
  {
    PangoFontMap *map = pango_cairo_font_map_get_default ();
    g_autoptr(GObject) context_for_fonts = G_OBJECT (pango_font_map_create_context (map));
    PangoFontDescription *sans = pango_font_description_from_string ("Sans 10");
    g_autoptr(GObject) font = (GObject *) pango_font_map_load_font (map, PANGO_CONTEXT (context_for_fonts), sans);

    /* The family names (“Sans”) are listed whether or not a font stands
     * behind them: only loading one tells. */
    pango_font_description_free (sans);
    if (font == NULL)
      {
        regimen_cli_print_error ("print", output,
                                 _("no font is installed, so the sheets would be printed without their text; "
                                   "nothing written (install a font, such as fonts-dejavu, and print again)"));
        return REGIMEN_CLI_EXIT_INVALID;
      }
    /* A font of one script alone (Droid Sans Fallback, Chinese) would
     * draw the sheets' words and numbers as boxes: said so, where print
     * said no font was installed while fc-list listed one. */
    if (!pango_font_has_char (PANGO_FONT (font), 'A'))
      {
        regimen_cli_print_error ("print", output,
                                 _("no installed font has Latin letters, so the sheets' words and numbers would be printed as boxes; "
                                   "nothing written (install a font such as fonts-dejavu and print again)"));
        return REGIMEN_CLI_EXIT_INVALID;
      }
  }

  plan = regimen_cli_load_plan ("print", argv[1], NULL, &source, NULL, &status);
  if (plan == NULL)
    return status;

  /* The person's own exercises too, as the app checks and shows them. */
  regimen_cli_get_library ("print");

  if (week_text != NULL && !regimen_cli_parse_count (week_text, 1, regimen_plan_get_n_weeks (plan), &week))
    {
      g_autofree char *safe_week = regimen_cli_escape_typed (week_text);

      fprintf (stderr, "regimen-cli print: ");
      /* Translators: %s is what --week was given, %u the plan's weeks */
      fprintf (stderr, _("There is no week %s; the plan has %u"), safe_week, regimen_plan_get_n_weeks (plan));
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  /* --week counts from 1 like the week labels. */
  /* The pages are counted before any is drawn (regimen_sheet_check_pages());
   * a plan beyond the limits is named as the file at fault. */
  /* Never written over the plan itself, which it would replace. */
  if (!regimen_sheet_write_pdf (plan, NULL, output, source, paper, week_text == NULL ? -1 : (int) week - 1, &error))
    {
      regimen_cli_print_error ("print",
                               g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE) ? argv[1] : output,
                               error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  return REGIMEN_CLI_EXIT_OK;
}
