/* main.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen"

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "regimen-application.h"
#include "regimen-plan-view.h"
#include "regimen-renderer.h"

/* What Regimen says on the terminal quotes what it was handed: an
 * address of another computer, a plan's name, an option GLib does not
 * know (“Unknown option …”). Their escape sequences, bells and carriage
 * returns went out raw: pasted from a chat, `regimen 'file://nas/…'`
 * retitled or coloured the terminal, or forged a line. Each such
 * character is spelt as its code point (regimen_text_spell()), the line's
 * own end kept, and the text written in the terminal's character set, as
 * g_printerr() writes it. */
static void
printerr_visibly (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  gsize length = strlen (valid);
  gboolean ends_line = length > 0 && valid[length - 1] == '\n';
  g_autofree char *spelt = NULL;
  g_autofree char *converted = NULL;
  const char *charset;

  if (ends_line)
    valid[length - 1] = '\0';
  spelt = regimen_text_spell (valid, FALSE);
  if (!g_get_console_charset (&charset))
    converted = g_convert_with_fallback (spelt, -1, charset, "UTF-8", "?", NULL, NULL, NULL);

  fputs (converted != NULL ? converted : spelt, stderr);
  if (ends_line)
    fputc ('\n', stderr);
  fflush (stderr);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(RegimenApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* In the C or POSIX locale the character set is ASCII, and a date
   * written in an LC_TIME of its own (“LC_TIME=de_DE.UTF-8” and no LANG,
   * ssh without a locale) is in UTF-8: GLib took its “Mär” for an invalid
   * byte sequence and the window showed no date at all on those days.
   * Text is UTF-8 there, as the command line reads it. */
  if (g_strcmp0 (nl_langinfo (CODESET), "ANSI_X3.4-1968") == 0)
    setlocale (LC_CTYPE, "C.UTF-8");
  /* The locale is set, above: gtk_init() would set it again from the
   * environment, ASCII with it. */
  gtk_disable_setlocale ();
  /* Over a file size limit (ulimit -f) write() then fails with EFBIG and
   * the writer removes its temporary file, instead of the process dying
   * with the temporary file left beside the plan. */
  signal (SIGXFSZ, SIG_IGN);
  g_set_printerr_handler (printerr_visibly);
  /* Run from a build tree, the catalogues are there rather than installed. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REGIMEN_LOCALEDIR") != NULL ? g_getenv ("REGIMEN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Before GTK opens the display (the application's startup) and before
   * any thread: it may set GDK_DEBUG. */
  regimen_renderer_skip_gl ();

  app = regimen_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
