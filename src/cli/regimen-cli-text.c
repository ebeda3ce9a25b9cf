/* regimen-cli-text.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include "regimen-cli-private.h"

/**
 * regimen_cli_safe_text:
 * @text: (nullable): text from a plan, or a message that quotes one
 *
 * Titles, labels and kinds come from files anyone can write. Printed raw,
 * an ESC could drive the terminal and a CR or newline could forge a line
 * such as "No problems found.", so every control character (C0, DEL, C1)
 * is shown as an escape instead: \n, \r, \t, \x1B, \u0085.
 *
 * Returns: (transfer full): @text safe to print on one line
 */
char *
regimen_cli_safe_text (const char *text)
{
  GString *safe;

  if (text == NULL)
    return g_strdup ("");

  safe = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '\n')
        g_string_append (safe, "\\n");
      else if (c == '\r')
        g_string_append (safe, "\\r");
      else if (c == '\t')
        g_string_append (safe, "\\t");
      else if (c < 0x20 || c == 0x7F)
        g_string_append_printf (safe, "\\x%02X", c);
      else if (c == 0xC2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9F)
        {
          /* U+0080–U+009F, the C1 controls (CSI is U+009B). */
          g_string_append_printf (safe, "\\u%04X", (guchar) p[1]);
          p++;
        }
      else
        g_string_append_c (safe, c);
    }

  return g_string_free (safe, FALSE);
}

/**
 * regimen_cli_print_error:
 * @command: the command's name, such as "validate"
 * @file: (nullable): the file named on the command line
 * @message: the message, possibly quoting the plan
 *
 * Prints "regimen-cli COMMAND: [FILE: ]MESSAGE" on standard error, with
 * the control characters of FILE and MESSAGE escaped.
 */
void
regimen_cli_print_error (const char *command,
                         const char *file,
                         const char *message)
{
  g_autofree char *safe = regimen_cli_safe_text (message);
  g_autofree char *safe_file = regimen_cli_safe_text (file);

  if (file != NULL)
    fprintf (stderr, "regimen-cli %s: %s: %s\n", command, safe_file, safe);
  else
    fprintf (stderr, "regimen-cli %s: %s\n", command, safe);
}
