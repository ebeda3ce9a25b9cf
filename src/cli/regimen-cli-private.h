/* regimen-cli-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, documented in docs/cli.md. 64 is EX_USAGE of sysexits.h. */
enum
{
  REGIMEN_CLI_EXIT_OK          = 0,
  REGIMEN_CLI_EXIT_INVALID     = 1,
  REGIMEN_CLI_EXIT_UNREADABLE  = 2,
  REGIMEN_CLI_EXIT_USAGE       = 64,
};

typedef struct
{
  const char *name;
  /* Untranslated; shown through gettext in the command list. */
  const char *summary;
  /* argv[0] is the command's name; returns one of the exit statuses. */
  int (*run) (int    argc,
              char **argv);
} RegimenCliCommand;

char *regimen_cli_safe_text   (const char *text);
void  regimen_cli_print_error (const char *command,
                               const char *file,
                               const char *message);

int regimen_cli_validate (int argc, char **argv);
int regimen_cli_stats    (int argc, char **argv);
int regimen_cli_rules    (int argc, char **argv);
int regimen_cli_format   (int argc, char **argv);
int regimen_cli_export_ics (int argc, char **argv);
int regimen_cli_print  (int argc, char **argv);

G_END_DECLS
