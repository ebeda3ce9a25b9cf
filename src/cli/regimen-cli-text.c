/* regimen-cli-text.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Text that came from files (titles, labels, kinds, names, paths, and
 * messages that quote them) printed without letting it drive the terminal:
 * one rule for every command, its text output and its --json. */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include "regimen-cli-private.h"
#include "regimen-plan-view.h"

/**
 * regimen_cli_is_unsafe:
 * @c: a character
 *
 * C0 and C1 controls and DEL could move the cursor, retitle or clear the
 * terminal (ESC, CSI); a CR or newline could forge a line such as "No
 * problems found."; the bidirectional marks, embeddings, overrides and
 * isolates reorder what follows them on the line; the line and paragraph
 * separators break it. None belongs in a name or an instruction.
 *
 * Returns: %TRUE when @c is printed as an escape
 */
gboolean
regimen_cli_is_unsafe (gunichar c)
{
  return regimen_text_breaks_a_line (c) || regimen_text_is_bidi_control (c);
}

/**
 * regimen_cli_escape:
 * @text: (nullable): text read from a file or typed on the command line
 *
 * Returns: (transfer full): @text on one line, with every character
 *   regimen_cli_is_unsafe() names written visibly instead (\n, \r, \t,
 *   \x1B for the other C0 controls and DEL, \u009B for the C1 controls,
 *   \u202E for the others), invalid UTF-8 replaced and each character's
 *   combining marks after its %REGIMEN_TEXT_MAX_MARKS first left out, as
 *   the window shows them (regimen_text_one_line()): a name of one letter
 *   and 150 marks drew a tower of accents over the lines above and below
 *   it in the terminal. Safe to print; --json keeps the text exact
 */
char *
regimen_cli_escape (const char *text)
{
  g_autofree char *valid = NULL;
  GString *escaped;
  guint n_marks = 0;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  escaped = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* The marks on this character so far, this one too. */
      n_marks = g_unichar_ismark (c) ? n_marks + 1 : 0;
      if (n_marks > REGIMEN_TEXT_MAX_MARKS)
        continue;

      if (!regimen_cli_is_unsafe (c))
        g_string_append_len (escaped, p, g_utf8_next_char (p) - p);
      else if (c == '\n')
        g_string_append (escaped, "\\n");
      else if (c == '\t')
        g_string_append (escaped, "\\t");
      else if (c == '\r')
        g_string_append (escaped, "\\r");
      else if (c < 0x80)
        g_string_append_printf (escaped, "\\x%02X", c);
      else
        g_string_append_printf (escaped, "\\u%04X", c);
    }

  return g_string_free (escaped, FALSE);
}

/**
 * regimen_cli_shorten:
 * @text: (nullable): an argument typed on the command line
 *
 * An error that quotes what was typed (an id no exercise has) is read by
 * a person: a 100,000-character argument quoted whole buries the message
 * under it. Its first %REGIMEN_CLI_QUOTE_MAX characters say which
 * argument was meant.
 *
 * Returns: (transfer full): @text as valid UTF-8, cut after
 *   %REGIMEN_CLI_QUOTE_MAX characters with “…” when it is longer; not
 *   escaped yet
 */
char *
regimen_cli_shorten (const char *text)
{
  return regimen_cli_shorten_long (text, REGIMEN_CLI_QUOTE_MAX);
}

/* @text, typed on the command line (an argument, a file's name), as
 * valid UTF-8. Under a locale of another character set
 * (de_DE.ISO-8859-1) the terminal types in it: “Müller.json” is
 * “M\xFCller.json”, which is no UTF-8 and was said “M?ller.json”. */
static char *
typed_to_utf8 (const char *text)
{
  char *valid = NULL;

  if (text != NULL && !g_utf8_validate (text, -1, NULL) && !g_get_charset (NULL))
    valid = g_locale_to_utf8 (text, -1, NULL, NULL, NULL);

  return valid != NULL ? valid : g_utf8_make_valid (text != NULL ? text : "", -1);
}

/* regimen_cli_shorten() to @max characters. */
char *
regimen_cli_shorten_long (const char *text,
                          glong       max)
{
  g_autofree char *valid = typed_to_utf8 (text);
  const char *end;

  if (g_utf8_strlen (valid, -1) <= max)
    return g_steal_pointer (&valid);

  end = g_utf8_offset_to_pointer (valid, max);
  return g_strdup_printf ("%.*s…", (int) (end - valid), valid);
}

/**
 * regimen_cli_escape_typed:
 * @text: (nullable): an argument typed on the command line
 *
 * Returns: (transfer full): @text cut by regimen_cli_shorten() and
 *   escaped by regimen_cli_escape(), for a message that quotes it
 */
char *
regimen_cli_escape_typed (const char *text)
{
  g_autofree char *shortened = regimen_cli_shorten (text);

  return regimen_cli_escape (shortened);
}

/**
 * regimen_cli_spell_typed:
 * @text: (nullable): an id or a name typed on the command line
 *
 * What was typed, quoted back as not found: an id that ends in a
 * zero-width space (pasted from a web page) said as “pistol-squat”, no
 * exercise has, beside a suggestion of “pistol-squat”, named one that
 * is there. Each character that shows as nothing is spelt, as the
 * check's message spells an id (regimen_text_spell()).
 *
 * Returns: (transfer full): @text cut by regimen_cli_shorten(), its
 *   unseen characters spelt (“pistol-squat[U+200B]”); not escaped yet
 */
char *
regimen_cli_spell_typed (const char *text)
{
  g_autofree char *shortened = regimen_cli_shorten (text);

  return regimen_text_spell (shortened, FALSE);
}

/**
 * regimen_cli_escape_path:
 * @path: (nullable): a file's path as given on the command line or made
 *   from one
 *
 * Returns: (transfer full): @path as valid UTF-8, shortened in the middle
 *   as the core's messages quote a path (regimen_file_shorten_path(): the
 *   file's name kept) and escaped by regimen_cli_escape(), for a message
 */
char *
regimen_cli_escape_path (const char *path)
{
  g_autofree char *valid = typed_to_utf8 (path);
  g_autofree char *shortened = regimen_file_shorten_path (valid);

  return regimen_cli_escape (shortened);
}

/* A path the core quotes in a message is not cut again by
 * shorten_quotations(), which would keep its start and lose its name. */
G_STATIC_ASSERT (REGIMEN_FILE_SHOWN_PATH_MAX <= REGIMEN_CLI_QUOTE_MAX);

/* @cut, a place in a quotation after @start, or, where it falls inside
 * the spelling of an unseen character (“[U+200B]”, as the core quotes a
 * CSV cell, regimen_text_spell()), that spelling's start: a cut there
 * left “[U+20”, which names no character. */
static const char *
cut_between_spellings (const char *start,
                       const char *cut)
{
  const char *open = NULL;
  const char *p;
  guint n_digits = 0;

  /* The longest spelling, “[U+10FFFF]”, is ten bytes. */
  for (p = cut; p > start && cut - p < 10; )
    {
      p--;
      if (*p == ']')
        return cut;
      if (*p == '[')
        {
          open = p;
          break;
        }
    }
  if (open == NULL || strncmp (open, "[U+", 3) != 0)
    return cut;

  /* What follows the cut completes the spelling. */
  for (p = open + 3; g_ascii_isxdigit (*p) && n_digits < 6; p++)
    n_digits++;
  if (n_digits >= 4 && *p == ']' && p >= cut)
    return open;

  return cut;
}

/* @message with each quotation in it (“…”, and the German „…“) that is
 * longer than %REGIMEN_CLI_QUOTE_MAX characters cut to that many and “…”:
 * the messages quote what was typed (a unit, a week, a status) and what
 * a file holds, and one of 100,000 characters quoted whole buries the
 * message. Cut before escaping, so that no escape is cut in two. */
static char *
shorten_quotations (const char *message)
{
  GString *shortened = g_string_sized_new (strlen (message));
  const char *p = message;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gunichar closing = c == 0x201C ? 0x201D : c == 0x201E ? 0x201C : 0;
      const char *inside = g_utf8_next_char (p);
      const char *end = closing != 0 ? g_utf8_strchr (inside, -1, closing) : NULL;

      g_string_append_len (shortened, p, inside - p);
      p = inside;
      if (end != NULL && g_utf8_strlen (inside, end - inside) > REGIMEN_CLI_QUOTE_MAX)
        {
          const char *cut = g_utf8_offset_to_pointer (inside, REGIMEN_CLI_QUOTE_MAX);

          cut = cut_between_spellings (inside, cut);

          g_string_append_len (shortened, inside, cut - inside);
          g_string_append (shortened, "…");
          p = end;
        }
    }

  return g_string_free (shortened, FALSE);
}

/**
 * regimen_cli_print_error:
 * @command: the command's name, such as "validate"
 * @file: (nullable): the file named on the command line
 * @message: the message, possibly quoting the plan
 *
 * Prints "regimen-cli COMMAND: [FILE: ]MESSAGE" on standard error, with
 * FILE and MESSAGE escaped by regimen_cli_escape(), FILE shortened in the
 * middle as the core's messages quote a path
 * (regimen_file_shorten_path()), each quotation of MESSAGE cut after
 * %REGIMEN_CLI_QUOTE_MAX characters.
 */
void
regimen_cli_print_error (const char *command,
                         const char *file,
                         const char *message)
{
  g_autofree char *valid = g_utf8_make_valid (message != NULL ? message : "", -1);
  g_autofree char *shortened = shorten_quotations (valid);
  g_autofree char *safe = regimen_cli_escape (shortened);
  g_autofree char *safe_file = regimen_cli_escape_path (file);

  if (file != NULL)
    fprintf (stderr, "regimen-cli %s: %s: %s\n", command, safe_file, safe);
  else
    fprintf (stderr, "regimen-cli %s: %s\n", command, safe);
}

/* Prints a usage error of @command and returns its exit status, 64. */
int
regimen_cli_fail_usage (const char *command,
                        const char *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  regimen_cli_print_error (command, NULL, message);
  return REGIMEN_CLI_EXIT_USAGE;
}

/* Prints an error of @command's @action ("block resize", say), about
 * @file when it is not %NULL, and returns @status. */
int
regimen_cli_fail_action (const char *command,
                         const char *action,
                         const char *file,
                         int         status,
                         const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  g_autofree char *name = g_strdup_printf ("%s %s", command, action);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  regimen_cli_print_error (name, file, message);
  return status;
}
