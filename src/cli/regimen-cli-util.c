/* regimen-cli-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What several commands share: JSON output, atomic output files, the
 * library as the app sees it, and "did you mean" suggestions. */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

/* Long paragraphs are wrapped to fit a terminal of the usual width. */
#define TEXT_WIDTH 78

/* json-glib 1.6 appends ".0" to a double printed without a '.', also
 * after an exponent (1e-300.0) and to inf and nan: not JSON. The number
 * token at @token (@length bytes) is written here as JSON has it: without
 * that ".0" after an exponent, and a value beyond a double as null. */
static void
append_number (GString    *out,
               const char *token,
               gsize       length)
{
  /* No JSON number has an 'n'; inf and nan have. */
  if (memchr (token, 'n', length) != NULL)
    {
      g_string_append (out, "null");
      return;
    }

  if (length > 2 && token[length - 2] == '.' && token[length - 1] == '0' &&
      (memchr (token, 'e', length) != NULL || memchr (token, 'E', length) != NULL))
    length -= 2;

  g_string_append_len (out, token, length);
}

/* @root pretty, as regimen_cli_print_json() writes it, each line after
 * the first indented by @indent spaces more; without a last newline. */
static GString *
format_json (JsonNode *root,
             guint     indent)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  GString *escaped;
  gboolean in_string = FALSE;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  /* json-glib copies a string's bytes as they are: a path of a folder
   * named in another character set (a custom exercise's picture under
   * XDG_DATA_HOME=/home/m\xfcller) made output that was no JSON. Such
   * bytes are U+FFFD, as the text output shows them. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);

      g_free (text);
      text = valid;
    }
  escaped = g_string_sized_new (strlen (text) + 1);

  for (const char *p = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char (p);

      /* A line break of pretty JSON is never inside a string. */
      if (c == '\n' && !in_string && indent > 0)
        {
          g_string_append_c (escaped, '\n');
          for (guint i = 0; i < indent; i++)
            g_string_append_c (escaped, ' ');
          p++;
          continue;
        }

      /* json-glib writes an empty object as “{”, two spaces a level of
       * depth and “}”, all on one line: as deep as it is in the whole
       * document. */
      if (c == '{' && p[1] == ' ' && !in_string && indent > 0)
        {
          g_string_append_c (escaped, '{');
          for (guint i = 0; i < indent; i++)
            g_string_append_c (escaped, ' ');
          p++;
          continue;
        }

      if (!in_string && (c == '-' || g_ascii_isdigit (c) || c == 'i' || g_str_has_prefix (p, "nan")))
        {
          const char *end = p;

          while (*end == '-' || *end == '+' || *end == '.' || g_ascii_isalnum (*end))
            end++;
          append_number (escaped, p, end - p);
          p = end;
          continue;
        }

      if (c == '"')
        in_string = !in_string;

      if (in_string && c == '\\')
        {
          /* An escape: copied whole, \u's digits in capitals. */
          if (p[1] == 'u')
            {
              g_string_append (escaped, "\\u");
              for (guint i = 2; i < 6 && p[i] != '\0'; i++)
                g_string_append_c (escaped, g_ascii_toupper (p[i]));
              p += 6;
            }
          else
            {
              g_string_append_len (escaped, p, 2);
              p += 2;
            }
          continue;
        }

      /* json-glib 1.6 escapes the C0 controls but U+001F (it compares
       * with < 0x1f), which JSON does not allow raw in a string: a title
       * holding one made --json output no JSON reader takes. */
      if ((c < 0x20 && in_string) || (c >= 0x20 && regimen_cli_is_unsafe (c)))
        g_string_append_printf (escaped, "\\u%04X", c);
      else if (c >= 0x80 && !regimen_cli_output_is_utf8 ())
        {
          /* Standard output is converted to another character set
           * (regimen-cli-charset.c), which would write “?” for what it
           * lacks: JSON of ASCII alone reads the same in any of them
           * and is still UTF-8. */
          gunichar2 *units = g_ucs4_to_utf16 (&c, 1, NULL, NULL, NULL);

          for (guint i = 0; units != NULL && units[i] != 0; i++)
            g_string_append_printf (escaped, "\\u%04X", units[i]);
          g_free (units);
        }
      else
        g_string_append_len (escaped, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }

  return escaped;
}

/**
 * regimen_cli_print_json:
 * @root: the document
 *
 * Prints @root pretty, with a newline. json-glib escapes the C0 controls
 * in strings; the other characters regimen_cli_escape() shows as escapes
 * (DEL, C1 controls, bidirectional controls, line and paragraph
 * separators) it leaves raw, so they are written as \u escapes here (outside
 * strings a JSON text is ASCII, so every one of them is inside a string).
 * Every \u escape is written with capital hexadecimal digits (\u001B,
 * \u202E), and numbers as JSON has them (see append_number()).
 *
 * Returns: %TRUE when everything reached standard output
 */
gboolean
regimen_cli_print_json (JsonNode *root)
{
  GString *escaped = format_json (root, 0);

  g_string_append_c (escaped, '\n');
  fwrite (escaped->str, 1, escaped->len, stdout);
  g_string_free (escaped, TRUE);

  return regimen_cli_flush_output ();
}

/**
 * regimen_cli_print_json_element:
 * @node: one element of a list printed a piece at a time
 * @indent: how deep the list is, in spaces
 *
 * Prints @node as regimen_cli_print_json() would print it inside a
 * document, @indent spaces deep, without a newline after it, so that a
 * long list is written as it is made instead of held whole, as a tree and
 * as text, before any of it is written.
 *
 * Returns: %TRUE when it was written to standard output's buffer
 */
gboolean
regimen_cli_print_json_element (JsonNode *node,
                                guint     indent)
{
  GString *escaped = format_json (node, indent);

  for (guint i = 0; i < indent; i++)
    fputc (' ', stdout);
  fwrite (escaped->str, 1, escaped->len, stdout);
  g_string_free (escaped, TRUE);

  return regimen_cli_output_written ();
}

/**
 * regimen_cli_get_library:
 * @command: the command's name, for the warning
 *
 * The library as the app sees it: the built-in exercises and the person's
 * own from `$XDG_DATA_HOME/regimen/exercises.json`. Unlike the app, a file
 * that cannot be read is left where it is (the app sets it aside when it
 * starts); a warning names the problem and only the built-in exercises
 * are used.
 *
 * Returns: (transfer none): the default library
 */
RegimenLibrary *
regimen_cli_get_library (const char *command)
{
  static gsize loaded;
  RegimenLibrary *library = regimen_library_get_default ();

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GError) error = NULL;

      if (!regimen_custom_exercises_read (library, &error))
        {
          g_autoptr(GFile) file = regimen_custom_exercises_get_file ();
          g_autofree char *path = g_file_get_path (file);
          g_autofree char *safe_path = regimen_cli_escape_path (path);
          g_autofree char *safe_message = regimen_cli_escape (error->message);

          fprintf (stderr, "regimen-cli %s: ", command);
          /* Translators: the first %s is a file, the second what is wrong in it */
          fprintf (stderr, _("Your own exercises in %s could not be read (%s); only the built-in exercises are used."),
                   safe_path, safe_message);
          fputc ('\n', stderr);
        }

      g_once_init_leave (&loaded, 1);
    }

  return library;
}

/* Whether @output, the file an -o option names or the plan a command
 * rewrites where it is (log, block, progress, format without -o, …), may
 * be written: not one in Regimen's own data folder (by any name: a
 * symbolic link to it, to a file in it, “..”), whose working copies the
 * app replaces with its own text or removes by itself, and where a plan
 * or PDF written over exercises.json replaced the person's own
 * exercises. Says so and returns FALSE for one that is, or for one
 * reached through another user's symbolic link in a sticky folder
 * (regimen_file_check_links()); standard output (“-”) is no file. */
gboolean
regimen_cli_check_output_outside_data (const char *command,
                                       const char *output)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL || g_str_equal (output, "-"))
    return TRUE;

  /* Nor through another user's symbolic link in a sticky folder (/tmp),
   * a folder's as well as the file's own: asked of the name as given,
   * since the file the writer is handed has its folder resolved. */
  if (!regimen_file_check_links (output, &error))
    {
      regimen_cli_print_error (command, output, error->message);
      return FALSE;
    }

  if (!regimen_file_is_in_data_dir (output))
    return TRUE;

  regimen_cli_print_error (command, output,
                           _("it is inside Regimen's data folder, which holds the working copies of unsaved "
                             "plans and your own exercises, and where Regimen removes files by itself; "
                             "nothing written, write it elsewhere"));
  return FALSE;
}

/**
 * regimen_cli_stream_is_file:
 * @fd: a standard stream, such as %STDOUT_FILENO
 * @path: (nullable): a file named on the command line
 *
 * Whether @fd is the regular file at @path, by any of its names (a
 * shell's “>>”, “2>>” or “<>” onto it, a hard link, a name in other case
 * on a FAT disk).
 *
 * Returns: %TRUE when it is
 */
gboolean
regimen_cli_stream_is_file (int         fd,
                            const char *path)
{
  g_autofree char *fd_path = NULL;
  struct stat fd_st;
  struct stat st;

  if (path == NULL || fstat (fd, &fd_st) != 0 || !S_ISREG (fd_st.st_mode) || stat (path, &st) != 0)
    return FALSE;
  if (fd_st.st_dev == st.st_dev && fd_st.st_ino == st.st_ino)
    return TRUE;

  /* By the name the stream was opened with, which /proc keeps: through
   * fusefat, “>> PLAN.JSON” has another inode number than “plan.json”. */
  fd_path = g_strdup_printf ("/proc/self/fd/%d", fd);

  return regimen_file_is_one_of (fd_path, (const char * const[]) { path, NULL });
}

/**
 * regimen_cli_check_stdout_not_plan:
 * @command: the command's name, for the message
 * @name: the plan's name as given on the command line
 * @source: the plan the output is made from
 *
 * Whether standard output may take what @command writes there: not when
 * it is the plan @source itself, which a shell opens without emptying it
 * (`export-ics plan.json >> plan.json`, `1<>plan.json`), so that the
 * output would be written after or over the plan's text and the plan
 * would no longer open, with no previous version kept: the promise that
 * an export is never written over its plan holds for standard output
 * too; nor when it is the plan's “PLAN~”. The commands that print what a
 * plan holds, or a line about the change they saved, ask it too: a
 * change's line went into the old file, PLAN~ by then. Prints the error
 * when it is.
 *
 * Returns: FALSE when standard output is the plan or its previous version
 */
gboolean
regimen_cli_check_stdout_not_plan (const char *command,
                                   const char *name,
                                   GFile      *source)
{
  const char *path = source != NULL ? g_file_peek_path (source) : NULL;
  g_autofree char *backup = NULL;

  if (path == NULL)
    return TRUE;

  if (regimen_cli_stream_is_file (STDOUT_FILENO, path))
    {
      regimen_cli_print_error (command, name,
                               _("standard output is this plan itself (“>>” or “<>” onto it), which the output "
                                 "would be written into; nothing written, send it to another file"));
      return FALSE;
    }

  /* Nor its previous version, “PLAN~”, which -o refuses too
   * (regimen_file_check_not_backup()). */
  backup = regimen_file_dup_backup_path (path);
  if (regimen_cli_stream_is_file (STDOUT_FILENO, backup))
    {
      g_autofree char *backup_name = g_path_get_basename (backup);
      /* Translators: %s is the name of the plan's previous version's file, “PLAN~” */
      g_autofree char *message = g_strdup_printf (_("standard output is this plan's previous version, “%s” (“>>” "
                                                    "or “<>” onto it), which the output would be written into; "
                                                    "nothing written, send it to another file"),
                                                  backup_name);

      regimen_cli_print_error (command, name, message);
      return FALSE;
    }

  return TRUE;
}

/**
 * regimen_cli_names_folder:
 * @path: a file name as given on the command line
 *
 * Whether @path ends in "/", "/." or "/.." (or is "." or ".."), which
 * names a folder: GFile would take "plan.json/" as "plan.json" and
 * "x/." as "x", and a plan would be written as a file of the folder's
 * name.
 *
 * Returns: TRUE for such a name
 */
gboolean
regimen_cli_names_folder (const char *path)
{
  const char *base = strrchr (path, '/');

  base = base != NULL ? base + 1 : path;
  return g_str_equal (base, "") || g_str_equal (base, ".") || g_str_equal (base, "..");
}

/**
 * regimen_cli_print_bad_date:
 * @command: the command's name, for the message
 * @option: the option that was given the date, “--start” or “--date”
 * @text: what it was given
 *
 * Says that @text is no date: with the option named, as the options that
 * take a number say theirs, since “7.12.26” alone does not say which of
 * a command's options wants another form.
 */
void
regimen_cli_print_bad_date (const char *command,
                            const char *option,
                            const char *text)
{
  g_autofree char *safe = regimen_cli_escape_typed (text);

  fprintf (stderr, "regimen-cli %s: ", command);
  /* Translators: the first %s is an option, --start or --date, the second what it was given */
  fprintf (stderr, _("%s “%s” is not a date from 1900 to 2999; write it as YYYY-MM-DD"), option, safe);
  fputc ('\n', stderr);
}

/**
 * regimen_cli_parse_start:
 * @command: the command's name, for the message
 * @text: what --start gave
 * @date: (out): the date
 *
 * Reads --start: a Monday from 1900 to 2999 written YYYY-MM-DD. A problem
 * is printed as "regimen-cli COMMAND: what is wrong".
 *
 * Returns: FALSE (wrong usage) when @text is not such a day
 */
gboolean
regimen_cli_parse_start (const char *command,
                         const char *text,
                         GDate      *date)
{
  g_date_clear (date, 1);
  if (!regimen_date_parse_given (text, date))
    {
      regimen_cli_print_bad_date (command, "--start", text);
      return FALSE;
    }
  if (g_date_get_weekday (date) != G_DATE_MONDAY)
    {
      fprintf (stderr, "regimen-cli %s: ", command);
      fprintf (stderr, _("The start date %s is not a Monday; a plan week starts on Monday"), text);
      fputc ('\n', stderr);
      return FALSE;
    }

  return TRUE;
}

/**
 * regimen_cli_check_start_fits:
 * @command: the command's name, for the message
 * @file: the plan's file, as given
 * @plan: the plan read from it
 * @date: the Monday --start gave
 *
 * Whether @plan's weeks all end by 31 December 2999 when counted from
 * @date, as the reader wants them to (regimen_plan_get_max_weeks()); a
 * plan they would not is said so, as
 * "regimen-cli COMMAND: FILE: what is wrong". Read from a --start late in
 * 2999, its days ran past the last a plan may name, which export-csv then
 * refused, naming a session, and import-csv placed rows on.
 *
 * Returns: %TRUE when they do
 */
gboolean
regimen_cli_check_start_fits (const char  *command,
                              const char  *file,
                              RegimenPlan *plan,
                              const GDate *date)
{
  g_autofree char *limit = NULL;
  g_autofree char *message = NULL;

  if (regimen_plan_get_n_weeks (plan) <= regimen_date_weeks_to_end (date))
    return TRUE;

  limit = regimen_plan_describe_max_weeks (date);
  /* Translators: the %s is “a plan that starts on 2999-12-23 has room for
   * 1 week, as its weeks end by 2999-12-31, the last day a plan may name” */
  message = g_strdup_printf (_("%s; give an earlier --start (this plan has %u weeks)"),
                             limit, regimen_plan_get_n_weeks (plan));
  regimen_cli_print_error (command, file, message);

  return FALSE;
}

/* Whether one of the folders or the file @path names has a name longer
 * than the system takes (NAME_MAX bytes), which the system's own message
 * says. */
static gboolean
has_long_component (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (strlen (parts[i]) > NAME_MAX)
        return TRUE;
    }

  return FALSE;
}

static void
set_too_long (GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG,
               /* Translators: %d is a number of bytes, 4095 */
               _("its full name, from /, is longer than the %d bytes the system takes; "
                 "Regimen opens files by their full name"), PATH_MAX - 1);
}

/**
 * regimen_cli_file_new:
 * @path: a file name as given on the command line
 * @error: return location for an error
 *
 * The file @path names, as the system opens it. GLib's
 * g_file_new_for_commandline_arg() takes “week:1.json” for a URI (which
 * then cannot be read or written), and removes “DIR/..” as text, so that
 * “link/../plan.json”, with link a symbolic link to another folder, named
 * plan.json of this folder rather than the file cat opens: read, written
 * with -o or replaced with --force in the wrong place. Here the folder is
 * resolved by the system and the file's own name kept (a symbolic link
 * there is followed by the reader and the writer themselves).
 *
 * A GFile's name is absolute, and the system takes at most PATH_MAX - 1
 * bytes in a name: a file whose full name is longer cannot be read or
 * written, even by a shorter relative name, and is refused here with
 * a message that says so.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with @error set
 *   in the %G_IO_ERROR domain when its folder cannot be reached or its
 *   full name is too long
 */
GFile *
regimen_cli_file_new (const char  *path,
                      GError     **error)
{
  /* “DIR/” is DIR itself, which g_path_get_basename() would take for a
   * file in DIR named as DIR. */
  gboolean slash = g_str_has_suffix (path, "/");
  g_autofree char *dir = slash ? g_strdup (path) : g_path_get_dirname (path);
  g_autofree char *base = slash ? g_strdup (".") : g_path_get_basename (path);
  g_autofree char *full = NULL;
  char *real = realpath (dir, NULL);
  struct stat st;

  /* realpath() takes a file too: “plan.json/.” names no file. */
  if (real != NULL && (stat (real, &st) != 0 || !S_ISDIR (st.st_mode)))
    {
      g_clear_pointer (&real, free);
      errno = ENOTDIR;
    }

  if (real == NULL)
    {
      int saved_errno = errno;

      if (saved_errno == ENAMETOOLONG && !has_long_component (dir))
        set_too_long (error);
      /* “plan.json/” of a file plan.json (a completion's slash, a
       * script's "$dir/") was said to be a file whose folder “cannot be
       * reached (Not a directory)”: it names a folder, as for -o. */
      else if (saved_errno == ENOTDIR && regimen_cli_names_folder (path))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                             _("the name ends in “/”, “/.” or “/..”, so it names a folder, not a file"));
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     /* Translators: %s is the system's reason */
                     _("its folder cannot be reached (%s)"), g_strerror (saved_errno));
      return NULL;
    }

  full = g_build_filename (real, base, NULL);
  free (real);

  if (strlen (full) >= PATH_MAX)
    {
      set_too_long (error);
      return NULL;
    }

  return g_file_new_for_path (full);
}

/**
 * regimen_cli_load_plan:
 * @command: the command's name, for the message
 * @path: PLAN as given on the command line
 * @out_bytes: (out) (optional): the file's text, as read once
 * @out_file: (out) (optional): the file, as regimen_cli_file_new() names it
 * @out_reached: (out) (optional) (nullable): the file the read reached,
 *   taken before it, for a command that saves the plan: a symbolic link
 *   another program puts at PLAN before the save is not written through
 *   (regimen_plan_save_to_file_if_unchanged())
 * @out_status: (out): the exit status when %NULL is returned
 *
 * Reads a plan for a command. A problem is printed as
 * "regimen-cli COMMAND: PLAN: what is wrong", with PLAN as it was given.
 * "-" is refused as a usage error: no command reads a plan from standard
 * input (a file called "-" is named ./-); so is an empty name.
 *
 * Returns: (transfer full) (nullable): the plan
 */
RegimenPlan *
regimen_cli_load_plan (const char  *command,
                       const char  *path,
                       GBytes     **out_bytes,
                       GFile      **out_file,
                       RegimenFileReached **out_reached,
                       int         *out_status)
{
  g_autoptr(RegimenFileReached) reached = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = NULL;

  if (g_str_equal (path, "-"))
    {
      regimen_cli_print_error (command, NULL,
                               _("a plan is read from a file, not from standard input; name the file (./- for a file called “-”)"));
      *out_status = REGIMEN_CLI_EXIT_USAGE;
      return NULL;
    }

  /* An empty name (a script's unset variable) is no file: GFile takes it
   * for the current folder, which was said to be a folder, exit status 2,
   * as if a plan had been named. */
  if (*path == '\0')
    {
      regimen_cli_print_error (command, NULL, _("the plan was given an empty name; name the plan file"));
      *out_status = REGIMEN_CLI_EXIT_USAGE;
      return NULL;
    }

  file = regimen_cli_file_new (path, &error);
  if (file != NULL && out_reached != NULL)
    reached = regimen_file_reached_new (g_file_peek_path (file));
  if (file != NULL)
    bytes = regimen_plan_read_file (file, NULL, &error);
  if (bytes != NULL)
    plan = regimen_plan_load_from_bytes (bytes, &error);

  if (plan == NULL)
    {
      regimen_cli_print_error (command, path, error->message);
      *out_status = REGIMEN_CLI_EXIT_UNREADABLE;
      return NULL;
    }

  if (out_bytes != NULL)
    *out_bytes = g_steal_pointer (&bytes);
  if (out_file != NULL)
    *out_file = g_steal_pointer (&file);
  if (out_reached != NULL)
    *out_reached = g_steal_pointer (&reached);

  return plan;
}

/* Optimal string alignment distance (Levenshtein with swaps of two
 * neighbours), on bytes: ids are ASCII. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize n = strlen (a);
  gsize m = strlen (b);
  g_autofree guint *d = g_new (guint, (n + 1) * (m + 1));

#define D(i, j) d[(i) * (m + 1) + (j)]
  for (gsize i = 0; i <= n; i++)
    D (i, 0) = i;
  for (gsize j = 0; j <= m; j++)
    D (0, j) = j;

  for (gsize i = 1; i <= n; i++)
    for (gsize j = 1; j <= m; j++)
      {
        guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
        guint best = MIN (MIN (D (i - 1, j) + 1, D (i, j - 1) + 1), D (i - 1, j - 1) + cost);

        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }

  return D (n, m);
#undef D
}

/* “Pistol Squat” → “pistol-squat”, so a name typed as an id is found. */
static char *
to_id_form (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *form = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && form->len > 0)
            g_string_append_c (form, '-');
          g_string_append_c (form, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }

  return g_string_free (form, FALSE);
}

/* How many cells of distance tables one suggestion may fill, so that a
 * file of long custom names cannot keep a mistyped id busy for long; past
 * it, only ids and names that contain what was typed are suggested. */
#define SUGGEST_BUDGET (20 * 1000 * 1000)
/* What was typed is compared letter by letter only up to this length. */
#define SUGGEST_MAX_LENGTH 64

/* The distance from @wanted to @id or to any run of its words, so that
 * “pistl” finds “pistol-squat” through “pistol”; only runs that can be
 * within @limit mistakes (their length differs by no more) are compared. */
static guint
id_distance (const char *wanted,
             const char *id,
             guint       limit,
             gsize      *budget)
{
  g_auto(GStrv) words = g_strsplit (id, "-", -1);
  guint n_words = g_strv_length (words);
  gsize wanted_length = strlen (wanted);
  gsize id_length = strlen (id);
  guint best = G_MAXUINT;

  if (id_length <= wanted_length + limit && wanted_length <= id_length + limit)
    {
      if (*budget < (wanted_length + 1) * (id_length + 1))
        return G_MAXUINT;
      *budget -= (wanted_length + 1) * (id_length + 1);
      best = edit_distance (wanted, id);
    }

  for (guint first = 0; first < n_words; first++)
    {
      g_autoptr(GString) run = g_string_new (NULL);

      for (guint last = first; last < n_words; last++)
        {
          if (last > first)
            g_string_append_c (run, '-');
          g_string_append (run, words[last]);
          if (run->len > wanted_length + limit)
            break;
          if (run->len + limit < wanted_length)
            continue;
          if (*budget < (wanted_length + 1) * (run->len + 1))
            return best;
          *budget -= (wanted_length + 1) * (run->len + 1);
          best = MIN (best, edit_distance (wanted, run->str));
        }
    }

  return best;
}

typedef struct
{
  guint score;
  /* among equals, the one nearest in length: “pistol-squat” before
   * “eccentric-pistol-squat” for “pistol squat” */
  guint length_difference;
  guint index;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->score != y->score)
    return x->score < y->score ? -1 : 1;
  if (x->length_difference != y->length_difference)
    return x->length_difference < y->length_difference ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index);
}

/**
 * regimen_cli_suggest:
 * @wanted: what was typed
 * @ids: the known ids
 * @names: (nullable): their names, in the same order, or %NULL
 * @n: how many there are
 * @max: how many suggestions at most
 *
 * The known ids nearest to @wanted: those that contain it or are within a
 * few typing mistakes of it, by id or by name, nearest first.
 *
 * Returns: (transfer container): indices into @ids
 */
GArray *
regimen_cli_suggest (const char         *wanted,
                     const char * const *ids,
                     const char * const *names,
                     guint               n,
                     guint               max)
{
  g_autofree char *form = to_id_form (wanted);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GArray *result = g_array_new (FALSE, FALSE, sizeof (guint));
  gsize length = strlen (form);
  /* one mistake in three letters at most, and at least two allowed */
  guint limit = MAX (2, length / 3);
  gsize budget = length <= SUGGEST_MAX_LENGTH ? SUGGEST_BUDGET : 0;

  if (length == 0)
    return result;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name_form = names != NULL ? to_id_form (names[i]) : NULL;
      gsize id_length = strlen (ids[i]);
      Candidate candidate = { G_MAXUINT, MAX (id_length, length) - MIN (id_length, length), i };

      /* a part of an id (“pistol”) lists every id that has it */
      if (strstr (ids[i], form) != NULL || (name_form != NULL && strstr (name_form, form) != NULL))
        candidate.score = 0;
      else
        {
          candidate.score = id_distance (form, ids[i], limit, &budget);
          if (name_form != NULL)
            candidate.score = MIN (candidate.score, id_distance (form, name_form, limit, &budget));
          if (candidate.score > limit)
            continue;
        }

      g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len && i < max; i++)
    g_array_append_val (result, g_array_index (candidates, Candidate, i).index);

  return result;
}

/**
 * regimen_cli_print_unknown:
 * @command: the command's name, “library show”
 * @message: what is wrong, already translated and escaped
 * @wanted: what was typed
 * @ids: the known ids
 * @names: (nullable): their names, in the same order
 * @n: how many there are
 * @list_command: the command that lists every id, “regimen-cli library list”
 *
 * Prints @message to standard error, then the nearest ids, or where to
 * find them all.
 */
void
regimen_cli_print_unknown (const char         *command,
                           const char         *message,
                           const char         *wanted,
                           const char * const *ids,
                           const char * const *names,
                           guint               n,
                           const char         *list_command)
{
  g_autoptr(GArray) near = regimen_cli_suggest (wanted, ids, names, n, 5);
  guint width = 0;

  fprintf (stderr, "regimen-cli %s: %s\n", command, message);

  if (near->len == 0)
    {
      /* Translators: %s is a command, “regimen-cli library list” */
      fprintf (stderr, _("Run “%s” to see every id."), list_command);
      fputc ('\n', stderr);
      return;
    }

  fprintf (stderr, "%s\n", ngettext ("Did you mean this one?", "Did you mean one of these?", near->len));

  for (guint i = 0; i < near->len; i++)
    width = MAX (width, strlen (ids[g_array_index (near, guint, i)]));

  for (guint i = 0; i < near->len; i++)
    {
      guint index = g_array_index (near, guint, i);
      g_autofree char *name = names != NULL ? regimen_cli_escape (names[index]) : NULL;

      if (name != NULL)
        fprintf (stderr, "  %-*s  %s\n", (int) width, ids[index], name);
      else
        fprintf (stderr, "  %s\n", ids[index]);
    }
}

/**
 * regimen_cli_usage_error:
 * @context: the command's option context
 *
 * Prints the command's help to standard error.
 *
 * Returns: %REGIMEN_CLI_EXIT_USAGE
 */
int
regimen_cli_usage_error (GOptionContext *context)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fputs (help, stderr);
  return REGIMEN_CLI_EXIT_USAGE;
}

/**
 * regimen_cli_char_width:
 * @c: a character
 *
 * The columns @c takes in a terminal: two for a wide one (an emoji, a
 * CJK ideograph), none for a combining mark or a zero-width space.
 * Counted as one each, a name with an emoji pushed its line's category
 * a column right, one with a combining accent a column left, and a
 * paragraph of ideographs ran past the width it was wrapped at.
 *
 * Returns: 0, 1 or 2
 */
guint
regimen_cli_char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  return g_unichar_iswide (c) ? 2 : 1;
}

/**
 * regimen_cli_text_width:
 * @text: a text as standard output shows it (regimen_cli_as_shown())
 *
 * Returns: the columns @text takes in a terminal
 */
guint
regimen_cli_text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += regimen_cli_char_width (g_utf8_get_char (p));

  return width;
}

/**
 * regimen_cli_print_wrapped:
 * @first_indent: spaces before the first line
 * @text: (nullable): a paragraph, escaped here
 *
 * Prints @text to standard output wrapped at TEXT_WIDTH columns (as the
 * terminal shows it, regimen_cli_as_shown()), the lines it wraps onto
 * indented two more, so each paragraph stands out. A
 * line break in the text is shown as \n, like every control character
 * (regimen_cli_escape()), as docs/cli.md promises for text from files.
 */
void
regimen_cli_print_wrapped (guint       first_indent,
                           const char *text)
{
  g_autofree char *safe = regimen_cli_escape (text != NULL ? text : "");
  /* Counted as the terminal shows it: under another character set “…”
   * takes three columns, and the lines ran past the width. */
  g_autofree char *shown = regimen_cli_as_shown (safe);
  g_auto(GStrv) words = g_strsplit (shown, " ", -1);
  guint column = 0;
  guint indent = first_indent;

  for (guint w = 0; words[w] != NULL; w++)
    {
      guint width = regimen_cli_text_width (words[w]);

      if (*words[w] == '\0')
        continue;

      if (column > 0 && column + 1 + width > TEXT_WIDTH)
        {
          putchar ('\n');
          column = 0;
          indent = first_indent + 2;
        }

      if (column == 0)
        {
          printf ("%*s%s", (int) indent, "", words[w]);
          column = indent + width;
        }
      else
        {
          printf (" %s", words[w]);
          column += 1 + width;
        }
    }

  putchar ('\n');
}

/**
 * regimen_cli_id_starts_with:
 * @id: a session's or item's id
 * @wanted: what --session or --item gave
 *
 * Whether @wanted is the start of @id, as the printed sheet's short code
 * is, in any case: ids are unique whatever their case (the plan reader
 * refuses “Squat” beside “squat”), so “3IDQ” names 3idq5p2ox2 alone,
 * where it named no session (issue 21, pass 40a). Every id starts with
 * the empty text, so an empty @wanted (a script's unset variable) would
 * pick the only session of a plan: it starts none.
 *
 * Returns: %TRUE when @wanted is a start of @id
 */
gboolean
regimen_cli_id_starts_with (const char *id,
                            const char *wanted)
{
  return *wanted != '\0' && g_ascii_strncasecmp (id, wanted, strlen (wanted)) == 0;
}

/**
 * regimen_cli_id_equal:
 * @id: a session's or item's id
 * @wanted: what --session or --item gave
 *
 * Returns: %TRUE when @wanted is @id, in any case (as
 *   regimen_cli_id_starts_with() matches)
 */
gboolean
regimen_cli_id_equal (const char *id,
                      const char *wanted)
{
  return g_ascii_strcasecmp (id, wanted) == 0;
}

static gboolean
is_decimal (const char *text)
{
  if (*text == '-')
    text++;
  if (*text == '0')
    return text[1] == '\0';
  if (!g_ascii_isdigit (*text))
    return FALSE;
  while (g_ascii_isdigit (*text))
    text++;
  return *text == '\0';
}

/**
 * regimen_cli_check_decimal_options:
 * @command: the command's name, for the message
 * @argc: the arguments' count
 * @argv: the arguments, before g_option_context_parse()
 * @options: (array zero-terminated=1): the whole-number options, "--weeks"
 *
 * GOption reads whole numbers in any base (010 is 8, 0x10 is 16); the
 * command line takes decimal numbers only, without leading zeros. A value
 * of one of @options in another form is reported naming the option.
 *
 * Returns: %FALSE when one was reported (wrong usage)
 */
gboolean
regimen_cli_check_decimal_options (const char         *command,
                                   int                 argc,
                                   char              **argv,
                                   const char * const *options)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;

      for (guint o = 0; options[o] != NULL; o++)
        {
          gsize length = strlen (options[o]);
          const char *value = NULL;

          if (g_str_equal (argv[i], options[o]) && i + 1 < argc)
            value = argv[i + 1];
          else if (strncmp (argv[i], options[o], length) == 0 && argv[i][length] == '=')
            value = argv[i] + length + 1;

          if (value != NULL && !is_decimal (value))
            {
              g_autofree char *safe = regimen_cli_escape_typed (value);

              fprintf (stderr, "regimen-cli %s: ", command);
              /* Translators: the first %s is what was given, the second an option such as --weeks */
              fprintf (stderr, _("“%s” is not a whole number for %s; write it in decimal, such as 12"),
                       safe, options[o]);
              fputc ('\n', stderr);
              return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * regimen_cli_parse_count:
 * @text: (nullable): a number as given on the command line
 * @min: the smallest value taken
 * @max: the largest value taken
 * @out_value: (out): where the number goes
 *
 * Reads a whole number written as decimal digits without a leading zero:
 * “3”, not “03”, “0x3”, “+3” or “3.0”, as every number on the command
 * line is read. No number is taken when @max is below @min: week 1 of a
 * plan without weeks (g_ascii_string_to_unsigned() would complain of the
 * range rather than of the number).
 *
 * Returns: %TRUE when @text is such a number from @min to @max
 */
gboolean
regimen_cli_parse_count (const char *text,
                         guint       min,
                         guint       max,
                         guint      *out_value)
{
  guint64 value;

  if (text == NULL || min > max || !g_ascii_isdigit (text[0]) || (text[0] == '0' && text[1] != '\0') ||
      !g_ascii_string_to_unsigned (text, 10, min, max, &value, NULL))
    return FALSE;

  *out_value = (guint) value;
  return TRUE;
}

/**
 * regimen_cli_is_count:
 * @text: a number as given on the command line
 *
 * Whether @text is a whole number from 1 written as
 * regimen_cli_parse_count() reads it, however large: a week or a pose
 * past the last is told the last one rather than that it is no number.
 *
 * Returns: %TRUE when @text is decimal digits not starting with 0
 */
gboolean
regimen_cli_is_count (const char *text)
{
  return text[0] >= '1' && text[0] <= '9' && strspn (text, "0123456789") == strlen (text);
}

/**
 * regimen_cli_set_backup_note:
 * @context: the options of a command that saves a plan and keeps its
 *   previous version as “PLAN~”
 *
 * Ends the command's --help with where “PLAN~” is not kept: a plan
 * reached through the document portal (as by the Flatpak), whose folder
 * holds no other file, where the help promised it everywhere.
 */
void
regimen_cli_set_backup_note (GOptionContext *context)
{
  g_option_context_set_description (context,
                                    _("Through the document portal (a plan given to the Flatpak) no “PLAN~” is\n"
                                      "kept: the portal’s folder holds no other file for good. The command says\n"
                                      "so after it saves.\n"));
}

/**
 * regimen_cli_count_decimals:
 * @text: a decimal number as given on the command line, with or without
 *   a unit after it
 *
 * How many decimals @text gives its number, not counting zeros at its
 * end: “62.50000000kg” is 62.5 exactly, one decimal, where it was
 * refused as eight; “999.9999999” has seven.
 *
 * Returns: the number of significant decimals
 */
guint
regimen_cli_count_decimals (const char *text)
{
  const char *point = strchr (text, '.');
  gsize digits;

  if (point == NULL)
    return 0;

  digits = strspn (point + 1, "0123456789");
  while (digits > 0 && point[digits] == '0')
    digits--;

  return digits;
}

/**
 * regimen_cli_wanted_id:
 * @wanted: what --session or --item gave
 *
 * The id, or the start of one, that @wanted names: the printed sheet
 * shows a session's code after a “#” (“#k3v7”), and the code copied
 * with it finds the session as the code alone does. No id has a “#”.
 *
 * Returns: (transfer none): @wanted without its leading “#”
 */
const char *
regimen_cli_wanted_id (const char *wanted)
{
  return wanted[0] == '#' ? wanted + 1 : wanted;
}

/* Whether @entry's value reaches the command as UTF-8 text, converted
 * by GOption from the locale's character set. */
static gboolean
takes_text (const GOptionEntry *entry)
{
  if (entry->arg == G_OPTION_ARG_CALLBACK)
    return !(entry->flags & (G_OPTION_FLAG_NO_ARG | G_OPTION_FLAG_FILENAME));

  return entry->arg == G_OPTION_ARG_STRING || entry->arg == G_OPTION_ARG_STRING_ARRAY;
}

/* The option of @entries that the argument @arg names, or NULL, and
 * where its value starts in @arg when it is given there (“--note=TEXT”,
 * “-nTEXT”). */
static const GOptionEntry *
find_entry (const GOptionEntry  *entries,
            const char          *arg,
            const char         **out_value)
{
  *out_value = NULL;

  for (const GOptionEntry *entry = entries; entry->long_name != NULL; entry++)
    {
      if (arg[0] == '-' && arg[1] == '-')
        {
          gsize length = strlen (entry->long_name);

          if (strncmp (arg + 2, entry->long_name, length) != 0)
            continue;
          if (arg[2 + length] == '=')
            *out_value = arg + 2 + length + 1;
          else if (arg[2 + length] != '\0')
            continue;
          return entry;
        }

      if (arg[0] == '-' && arg[1] != '\0' && entry->short_name == arg[1])
        {
          if (arg[2] != '\0')
            *out_value = arg + 2;
          return entry;
        }
    }

  return NULL;
}

/**
 * regimen_cli_parse_options:
 * @context: the command's option context
 * @entries: (array zero-terminated=1): the options added to @context
 * @argc: (inout): the arguments' count
 * @argv: (inout): the arguments
 * @error: where an error goes
 *
 * g_option_context_parse(), after checking that no option that takes one
 * value is given twice and that the text options' values are UTF-8. Under a UTF-8 locale GOption refuses other bytes with a
 * message of its own that names no option (“Invalid byte sequence in
 * conversion input”); here the option is named, as the other errors in
 * the arguments name theirs.
 *
 * Returns: %FALSE with @error set when the arguments are wrong
 */
gboolean
regimen_cli_parse_options (GOptionContext      *context,
                           const GOptionEntry  *entries,
                           int                 *argc,
                           char              ***argv,
                           GError             **error)
{
  /* Under another character set GOption converts every byte it can. */
  gboolean utf8 = g_get_charset (NULL);
  g_autoptr(GPtrArray) given = g_ptr_array_new ();
  const char *separator = NULL;

  for (int i = 1; i < *argc; i++)
    {
      const char *arg = (*argv)[i];
      const char *value = NULL;
      const GOptionEntry *entry;
      g_autofree char *name = NULL;

      if (g_str_equal (arg, "--"))
        {
          separator = arg;
          break;
        }

      entry = find_entry (entries, arg, &value);
      if (entry == NULL || entry->arg == G_OPTION_ARG_NONE ||
          (entry->arg == G_OPTION_ARG_CALLBACK && (entry->flags & G_OPTION_FLAG_NO_ARG)))
        continue;

      name = arg[1] == '-' ? g_strdup_printf ("--%s", entry->long_name) : g_strdup_printf ("-%c", entry->short_name);

      /* GOption keeps the last of an option given twice, silently: a
       * script's `--week 2 … --week 5` must not change week 5 unasked.
       * Only the options that gather a list are given again. */
      if (entry->arg != G_OPTION_ARG_STRING_ARRAY && entry->arg != G_OPTION_ARG_FILENAME_ARRAY &&
          entry->arg != G_OPTION_ARG_CALLBACK)
        {
          if (g_ptr_array_find (given, entry, NULL))
            {
              /* Translators: %s is an option, such as --week */
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("%s was given more than once; give it once"), name);
              return FALSE;
            }
          g_ptr_array_add (given, (gpointer) entry);
        }

      if (value == NULL)
        {
          if (i + 1 >= *argc)
            break;
          value = (*argv)[++i];
        }

      if (utf8 && takes_text (entry) && !g_utf8_validate (value, -1, NULL))
        {
          /* Translators: %s is an option, such as --search */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("the text given with %s is not valid UTF-8"), name);
          return FALSE;
        }

      /* Bytes GOption cannot convert (under ja_JP.EUC-JP, say) would
       * fail with its own message, which names no option. */
      if (!utf8 && takes_text (entry))
        {
          g_autofree char *converted = g_locale_to_utf8 (value, -1, NULL, NULL, NULL);
          const char *charset;

          if (converted == NULL)
            {
              g_get_charset (&charset);
              /* Translators: %s is an option, such as --note, then a character set, such as EUC-JP */
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("the text given with %s is not valid %s, the locale's character set"), name,
                           charset);
              return FALSE;
            }
        }
    }

  if (!g_option_context_parse (context, argc, argv, error))
    {
      /* GOption names an unknown option whole and unquoted (“Unknown
       * option --xxx…”): one of 100,000 characters is cut as a quotation
       * is (regimen_cli_print_error()). */
      if (g_error_matches (*error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION))
        {
          char *shortened = regimen_cli_shorten_long ((*error)->message, 2 * REGIMEN_CLI_QUOTE_MAX);

          g_free ((*error)->message);
          (*error)->message = shortened;
        }
      return FALSE;
    }

  /* GOption leaves the “--” that ends the options among the arguments
   * when one after it starts with “-”, so that `validate -- -x.json`
   * read as two files (and `week copy PLAN 1 -- -2` as a week “--”).
   * Everything after it is an argument: the separator itself is none.
   * It is found by its address, so a second “--” after it stays. */
  if (separator != NULL)
    {
      for (int i = 1; i < *argc; i++)
        {
          if ((*argv)[i] != separator)
            continue;

          memmove (&(*argv)[i], &(*argv)[i + 1], (gsize) (*argc - i - 1) * sizeof (char *));
          (*argc)--;
          (*argv)[*argc] = NULL;
          break;
        }
    }

  return TRUE;
}
