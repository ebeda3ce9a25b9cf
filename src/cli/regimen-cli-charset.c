/* regimen-cli-charset.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "regimen-cli-private.h"
#include "regimen-file-util.h"

/* The command line makes its texts in UTF-8: the plan's, the
 * catalogue's (bound to UTF-8) and what it writes around them. Under a
 * locale of another character set (de_DE.ISO-8859-1) the terminal reads
 * each byte as one character, and the bytes 0x80 to 0x9F inside a UTF-8
 * character are C1 controls to it: a title “Û2J” (C3 9B 32 4A) reached
 * it as “Ã”, CSI, “2J”, which clears the screen. Standard output and
 * standard error are converted to the locale's character set on their
 * way out instead, as g_print() does, and a character it has no byte for
 * is written as the nearest it has (“…” as "...") or “?”. */
typedef struct
{
  int fd;
  /* (GIConv) -1 under UTF-8: the bytes are written as they are. */
  GIConv converter;
  /* The start of a character that the last write cut in two. */
  char pending[6];
  gsize n_pending;
  /* Data written as it is (a plan, a CSV, a calendar): a file's bytes. */
  gboolean raw;
} CharsetStream;

/* Held for the whole run: what the streams write through. */
static CharsetStream *stdout_stream;
static CharsetStream *stderr_stream;
/* Why the first write to standard output that failed failed: kept by
 * the write itself, while errno holds its reason. Read later, errno
 * could hold another call's: GOption's --help to a full disk failed
 * in g_print(), and its reason was gone by the exit handler that says
 * the output could not be written. */
static int output_errno;

/* Called right after a write of @stream failed, errno its reason. */
static void
keep_output_errno (CharsetStream *stream)
{
  if (stream->fd == STDOUT_FILENO && output_errno == 0)
    output_errno = errno;
}

/* Converts @length bytes of @input into @stream's character set and
 * writes them, setting @taken to how many it took: all but the start of
 * a character cut at the end. Returns %FALSE when a write failed. */
static gboolean
convert_and_write (CharsetStream *stream,
                   const char    *input,
                   gsize          length,
                   gsize         *taken)
{
  char output[4096];
  char *in = (char *) input;
  gsize in_left = length;

  while (in_left > 0)
    {
      char *out = output;
      gsize out_left = sizeof output;
      gsize result = g_iconv (stream->converter, &in, &in_left, &out, &out_left);
      int converter_errno = errno;

      if (!regimen_file_write_all (stream->fd, output, sizeof output - out_left))
        return FALSE;
      if (result != (gsize) -1)
        break;

      if (converter_errno == EINVAL)
        break;
      if (converter_errno == EILSEQ)
        {
          /* A character the character set lacks, or (never from our own
           * texts) a byte that starts none: one “?” for it. */
          gunichar c = g_utf8_get_char_validated (in, (gssize) in_left);
          gsize skip = c < (gunichar) -2 ? (gsize) (g_utf8_next_char (in) - in) : 1;

          if (!regimen_file_write_all (stream->fd, "?", 1))
            return FALSE;
          in += skip;
          in_left -= skip;
        }
      /* E2BIG: the output buffer is written; go on. Any other failure
       * of the converter would come back with nothing taken: it is a
       * failed write, never a loop. */
      else if (converter_errno != E2BIG)
        return FALSE;
    }

  *taken = length - in_left;
  return TRUE;
}

static ssize_t
charset_stream_write (void       *cookie,
                      const char *buffer,
                      size_t      size)
{
  CharsetStream *stream = cookie;
  g_autofree char *joined = NULL;
  const char *input = buffer;
  gsize length = size;
  gsize taken;

  if (stream->raw || stream->converter == (GIConv) -1)
    {
      if (!regimen_file_write_all (stream->fd, buffer, size))
        {
          keep_output_errno (stream);
          return 0;
        }
      return (ssize_t) size;
    }

  /* A character the last write cut in two is completed by this one's
   * first bytes. */
  if (stream->n_pending > 0)
    {
      joined = g_malloc (stream->n_pending + size);
      memcpy (joined, stream->pending, stream->n_pending);
      memcpy (joined + stream->n_pending, buffer, size);
      input = joined;
      length = stream->n_pending + size;
    }

  if (!convert_and_write (stream, input, length, &taken))
    {
      keep_output_errno (stream);
      return 0;
    }
  /* iconv leaves only the start of a character (three bytes at most). */
  stream->n_pending = MIN (length - taken, sizeof stream->pending);
  memcpy (stream->pending, input + taken, stream->n_pending);

  return (ssize_t) size;
}

static void
free_charset_stream (CharsetStream *stream)
{
  if (stream->converter != (GIConv) -1)
    g_iconv_close (stream->converter);
  g_free (stream);
}

/* A stream writing to @fd in @charset, or as it is when @charset is
 * %NULL (UTF-8). */
static FILE *
open_charset_stream (int         fd,
                     const char *charset,
                     int         buffering)
{
  cookie_io_functions_t functions = { .write = charset_stream_write };
  CharsetStream *stream;
  FILE *file;
  GIConv converter = (GIConv) -1;

  if (charset != NULL)
    {
      g_autofree char *transliterating = g_strconcat (charset, "//TRANSLIT", NULL);

      /* glibc writes what the character set lacks as what is nearest
       * (“…” as "...", “ as "); another iconv may not know the suffix. */
      converter = g_iconv_open (transliterating, "UTF-8");
      if (converter == (GIConv) -1)
        converter = g_iconv_open (charset, "UTF-8");
      if (converter == (GIConv) -1)
        return NULL;
    }

  stream = g_new0 (CharsetStream, 1);
  stream->fd = fd;
  stream->converter = converter;
  file = fopencookie (stream, "w", functions);
  if (file == NULL)
    {
      free_charset_stream (stream);
      return NULL;
    }
  setvbuf (file, NULL, buffering, BUFSIZ);
  if (fd == STDOUT_FILENO)
    stdout_stream = stream;
  else
    stderr_stream = stream;

  return file;
}

/* GLib's printing (GOption's --help) converts to the locale's character
 * set itself: the streams take UTF-8 now. */
static void
print_utf8 (const char *text)
{
  fputs (text, stdout);
}

static void
printerr_utf8 (const char *text)
{
  fputs (text, stderr);
}

/* GLib's own warnings: its writer gives up on a stream without a file
 * descriptor, as the converting ones are, and formats its text in the
 * locale's character set already, so it is written to the descriptor
 * itself, after what the stream holds. */
static GLogWriterOutput
write_log_converted (GLogLevelFlags   log_level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         user_data)
{
  const char *domain = NULL;
  g_autofree char *text = NULL;
  gboolean to_stderr = (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL |
                                     G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE)) != 0;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0)
      domain = fields[i].value;
  if (g_log_writer_default_would_drop (log_level, domain))
    return G_LOG_WRITER_HANDLED;

  text = g_log_writer_format_fields (log_level, fields, n_fields, FALSE);
  fflush (to_stderr ? stderr : stdout);
  if (!regimen_file_write_all (to_stderr ? STDERR_FILENO : STDOUT_FILENO, text, strlen (text)) ||
      !regimen_file_write_all (to_stderr ? STDERR_FILENO : STDOUT_FILENO, "\n", 1))
    return G_LOG_WRITER_UNHANDLED;

  return G_LOG_WRITER_HANDLED;
}

/* Whether @mark, one of the numeric locale's marks, is written as it is
 * in @charset (NULL: UTF-8): valid UTF-8, as the texts around it, and a
 * character @charset has. */
static gboolean
is_writable_mark (const char *mark,
                  const char *charset)
{
  g_autofree char *converted = NULL;

  if (mark == NULL || !g_utf8_validate (mark, -1, NULL))
    return FALSE;
  if (charset == NULL)
    return TRUE;

  converted = g_convert (mark, -1, charset, "UTF-8", NULL, NULL, NULL);
  return converted != NULL;
}

/* Numbers are written with the numeric locale's decimal mark and
 * thousands separator, in its own character set, among texts in
 * UTF-8 converted to the character set of the text's locale. Where
 * those differ (LC_NUMERIC=ps_AF.UTF-8, whose mark is U+066B, under a
 * Latin-1 LANG=de_DE) a mark that set lacks was written “0?61”, and a
 * Latin-1 mark among UTF-8 texts would be a byte no UTF-8 reader takes:
 * the numbers are then written as in C, with a point. */
static void
settle_numeric_marks (void)
{
  struct lconv *marks = localeconv ();
  const char *charset;
  gboolean utf8 = g_get_charset (&charset);

  if (!is_writable_mark (marks->decimal_point, utf8 ? NULL : charset) ||
      !is_writable_mark (marks->thousands_sep, utf8 ? NULL : charset))
    setlocale (LC_NUMERIC, "C");
}

/* Under UTF-8 standard output writes its bytes as they are, through a
 * stream of its own all the same, so that a failed write keeps its
 * reason (keep_output_errno()). GLib's log writer writes to no stream
 * without a file descriptor: its messages go to standard error, where
 * they belong beside the command's output. */
static void
keep_output_reasons (void)
{
  FILE *out = open_charset_stream (STDOUT_FILENO, NULL, isatty (STDOUT_FILENO) ? _IOLBF : _IOFBF);

  if (out == NULL)
    return;

  fflush (stdout);
  stdout = out;
  g_log_writer_default_set_use_stderr (TRUE);
}

/**
 * regimen_cli_convert_output:
 *
 * Under a locale whose character set is not UTF-8, makes standard output
 * and standard error write their UTF-8 text in that character set. Under
 * UTF-8 they write it as it is. Either way a failed write to standard
 * output keeps its reason (regimen_cli_get_output_errno()).
 */
void
regimen_cli_convert_output (void)
{
  const char *charset;
  FILE *out;
  FILE *err;

  settle_numeric_marks ();
  if (g_get_charset (&charset))
    {
      keep_output_reasons ();
      return;
    }

  out = open_charset_stream (STDOUT_FILENO, charset, isatty (STDOUT_FILENO) ? _IOLBF : _IOFBF);
  err = open_charset_stream (STDERR_FILENO, charset, _IONBF);
  if (out == NULL || err == NULL)
    {
      /* Both streams converted or neither. */
      g_clear_pointer (&out, fclose);
      g_clear_pointer (&err, fclose);
      g_clear_pointer (&stdout_stream, free_charset_stream);
      g_clear_pointer (&stderr_stream, free_charset_stream);
      return;
    }

  fflush (stdout);
  fflush (stderr);
  stdout = out;
  stderr = err;
  g_set_print_handler (print_utf8);
  g_set_printerr_handler (printerr_utf8);
  g_log_set_writer_func (write_log_converted, NULL, NULL);
}

/**
 * regimen_cli_output_is_utf8:
 *
 * Returns: whether standard output takes UTF-8 as it is (%FALSE when it
 *   is converted to another character set)
 */
gboolean
regimen_cli_output_is_utf8 (void)
{
  return stdout_stream == NULL || stdout_stream->converter == (GIConv) -1;
}

/**
 * regimen_cli_write_file_data:
 * @data: a file's bytes: a plan, a CSV, a calendar
 * @length: how many
 *
 * Writes @data to standard output as it is, never converted to the
 * locale's character set: those files are UTF-8, as their formats say,
 * whatever the terminal.
 *
 * Returns: %TRUE when all of it was written
 */
gboolean
regimen_cli_write_file_data (const char *data,
                             gsize       length)
{
  gboolean written;

  if (fflush (stdout) != 0)
    return FALSE;
  if (stdout_stream != NULL)
    stdout_stream->raw = TRUE;
  written = fwrite (data, 1, length, stdout) == length && fflush (stdout) == 0;
  if (stdout_stream != NULL)
    stdout_stream->raw = FALSE;

  return written;
}

/**
 * regimen_cli_output_written:
 *
 * Whether every write to standard output so far succeeded: a write that
 * fails inside stdio's own flush (a line longer than its buffer, on a
 * full disk) leaves only ferror() set. Its reason is the one the write
 * kept (regimen_cli_get_output_errno()), never errno, which by now may
 * be another call's.
 *
 * Returns: %TRUE when no write failed
 */
gboolean
regimen_cli_output_written (void)
{
  return !ferror (stdout);
}

/**
 * regimen_cli_flush_output:
 *
 * Flushes standard output.
 *
 * Returns: %TRUE when everything written so far reached standard output
 */
gboolean
regimen_cli_flush_output (void)
{
  return fflush (stdout) == 0 && regimen_cli_output_written ();
}

/**
 * regimen_cli_get_output_errno:
 *
 * Why a write to standard output failed, for the one message that says
 * the output could not be written.
 *
 * Returns: an errno value, or 0
 */
int
regimen_cli_get_output_errno (void)
{
  return output_errno;
}

/**
 * regimen_cli_as_shown:
 * @text: UTF-8 text the command line writes to standard output
 *
 * What standard output shows of @text, in UTF-8: @text itself under a
 * UTF-8 locale; under another, @text as the stream converts it, with
 * what the character set lacks as its nearest (“…” as "...", “ß” as
 * "ss") or “?”, read back. Columns are counted on this: a name counted
 * in the characters it has and written in others (three dots for one
 * ellipsis) pushed every column after it out of line.
 *
 * Returns: (transfer full): the text as shown
 */
char *
regimen_cli_as_shown (const char *text)
{
  const char *charset;
  g_autofree char *transliterating = NULL;
  g_autoptr(GString) shown = NULL;
  GIConv converter;
  char *in = (char *) text;
  gsize in_left = strlen (text);
  char *back;

  if (regimen_cli_output_is_utf8 () || g_get_charset (&charset))
    return g_strdup (text);

  /* As open_charset_stream() opens the stream's. */
  transliterating = g_strconcat (charset, "//TRANSLIT", NULL);
  converter = g_iconv_open (transliterating, "UTF-8");
  if (converter == (GIConv) -1)
    converter = g_iconv_open (charset, "UTF-8");
  if (converter == (GIConv) -1)
    return g_strdup (text);

  shown = g_string_new (NULL);
  while (in_left > 0)
    {
      char output[256];
      char *out = output;
      gsize out_left = sizeof output;
      gsize result = g_iconv (converter, &in, &in_left, &out, &out_left);
      int converter_errno = errno;

      g_string_append_len (shown, output, sizeof output - out_left);
      if (result != (gsize) -1 || converter_errno == EINVAL)
        break;
      if (converter_errno == EILSEQ)
        {
          /* One “?”, as convert_and_write() writes. */
          gunichar c = g_utf8_get_char_validated (in, (gssize) in_left);
          gsize skip = c < (gunichar) -2 ? (gsize) (g_utf8_next_char (in) - in) : 1;

          g_string_append_c (shown, '?');
          in += MIN (skip, in_left);
          in_left -= MIN (skip, in_left);
        }
      else if (converter_errno != E2BIG)
        break;
    }
  g_iconv_close (converter);

  back = g_convert (shown->str, shown->len, "UTF-8", charset, NULL, NULL, NULL);

  return back != NULL ? back : g_strdup (text);
}
