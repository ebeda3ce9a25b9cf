/* main.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen"

#include "config.h"

#include <locale.h>
#include <signal.h>

#include <glib/gi18n.h>

#include "regimen-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(RegimenApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* Over a file size limit (ulimit -f) write() then fails with EFBIG and
   * the writer removes its temporary file, instead of the process dying
   * with the temporary file left beside the plan. */
  signal (SIGXFSZ, SIG_IGN);
  /* Run from a build tree, the catalogues are there rather than installed. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REGIMEN_LOCALEDIR") != NULL ? g_getenv ("REGIMEN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = regimen_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
