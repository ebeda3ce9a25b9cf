/* regimen-json-check.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-json-check"

#include "config.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-json-check.h"
#include "regimen-json-read.h"

/* json-glib 1.6 reads more than JSON: comments, 'single quotes', 010 as
 * octal, 0x10 as hex, unknown escapes, and it drops what follows a
 * \u0000 or an unpaired surrogate. Its parser also recurses once per
 * bracket. So every file a person gives Regimen is first checked here
 * against RFC 8259 exactly, with the depth counted, and only then handed
 * to json-glib, which then reads exactly what was checked. */

/* Where the scan is, one step per level of nesting: the member or the
 * element being read at that level. The path is spelled out only for a
 * problem, not kept as text while scanning. */
typedef enum
{
  STEP_NONE,
  STEP_INDEX,
  STEP_NAME,
} StepKind;

typedef struct
{
  StepKind    kind;
  guint       index;
  const char *name;        /* the raw text between the quotes */
  gsize       name_length;
} Step;

/* A member name of an object being scanned, as written. */
typedef struct
{
  const char *text;
  gsize       length;
  gboolean    escaped;
} Name;

/* Up to this many members an object's names are compared one by one;
 * a larger object looks them up in a hash table, so that a hostile
 * object of many members costs no more than a list of as many values. */
#define NAMES_COMPARED 16

typedef struct
{
  const char         *start;
  const char         *p;
  const char         *end;
  guint               depth;
  guint               max_depth;
  guint               values;
  Step               *steps;  /* steps[depth], from 1; max_depth + 2 of them */
  GArray             *names;  /* of Name: the open objects' names so far */
  RegimenJsonProblem *problem;
} Scan;

static gboolean scan_value (Scan *scan);
static char    *decode_name (const char *text,
                             gsize       length);

/* The JSON path of the value being scanned, such as $.weeks[0].title. */
static char *
path_of (Scan *scan)
{
  GString *path = g_string_new ("$");

  for (guint level = 1; level <= scan->depth && level <= scan->max_depth + 1; level++)
    {
      const Step *step = &scan->steps[level];

      if (step->kind == STEP_INDEX)
        g_string_append_printf (path, "[%u]", step->index);
      else if (step->kind == STEP_NAME)
        {
          /* The name as it reads, escapes decoded: "n\u0061me" is .name. */
          g_autofree char *shown = decode_name (step->name, step->name_length);

          regimen_json_path_append_member (path, shown, strlen (shown));
        }
    }

  return g_string_free (path, FALSE);
}

static gboolean report (Scan                   *scan,
                        const char             *at,
                        RegimenJsonProblemKind  kind,
                        const char             *format,
                        ...) G_GNUC_PRINTF (4, 5);

static gboolean
report (Scan                   *scan,
        const char             *at,
        RegimenJsonProblemKind  kind,
        const char             *format,
        ...)
{
  va_list args;

  scan->problem->kind = kind;
  /* The text before @at was checked to be UTF-8. */
  regimen_json_locate (scan->start, at, &scan->problem->line, &scan->problem->column);
  scan->problem->path = path_of (scan);

  va_start (args, format);
  scan->problem->message = g_strdup_vprintf (format, args);
  va_end (args);

  return FALSE;
}

static gboolean
unexpected (Scan       *scan,
            const char *expected)
{
  if (scan->p >= scan->end)
    /* Translators: %s says what was expected, such as "a value" */
    return report (scan, scan->p, REGIMEN_JSON_PROBLEM_SYNTAX,
                   _("the text ends where %s should follow"), expected);

  if (*scan->p == '/')
    return report (scan, scan->p, REGIMEN_JSON_PROBLEM_SYNTAX,
                   _("comments are not allowed in JSON"));

  if (*scan->p == '\'')
    return report (scan, scan->p, REGIMEN_JSON_PROBLEM_SYNTAX,
                   _("text must be in double quotes (\"), not single quotes"));

  /* Translators: %s says what was expected, such as "a value" */
  return report (scan, scan->p, REGIMEN_JSON_PROBLEM_SYNTAX, _("expected %s"), expected);
}

/* JSON's four white-space characters, looked up in one step: skipping
 * the indentation of a pretty-printed plan was a third of the scan. */
static const guint8 is_space[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1,
};

static void
skip_space (Scan *scan)
{
  const char *p = scan->p;

  while (p < scan->end && is_space[(guchar) *p])
    {
      p++;
      /* Indentation, eight spaces at a time. */
      while (scan->end - p >= 8 && memcmp (p, "        ", 8) == 0)
        p += 8;
    }
  scan->p = p;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u" at @at; -1 when they are not. */
static int
read_hex4 (const char *at,
           const char *end)
{
  int value = 0;

  if (end - at < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (at[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* What ends a run of plain text in quotes: the closing quote, an escape,
 * or a control character (refused); the runs between them are skipped
 * with one lookup a byte. */
static const guint8 ends_plain_text[256] = {
  [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1,
  ['"'] = 1, ['\\'] = 1,
};

/* Scans a string at scan->p (on its opening quote); @out_name, when not
 * NULL, gives its raw contents and whether they hold an escape, for a
 * member name. */
static gboolean
scan_string (Scan *scan,
             Name *out_name)
{
  const char *open = scan->p;
  gboolean escaped = FALSE;

  scan->p++;

  while (scan->p < scan->end)
    {
      const char *p = scan->p;
      guchar c;

      while (p < scan->end && !ends_plain_text[(guchar) *p])
        p++;
      scan->p = p;
      if (p == scan->end)
        break;

      c = *p;
      if (c == '"')
        {
          if (out_name != NULL)
            {
              out_name->text = open + 1;
              out_name->length = scan->p - open - 1;
              out_name->escaped = escaped;
            }
          scan->p++;
          return TRUE;
        }

      if (c < 0x20)
        return report (scan, scan->p, REGIMEN_JSON_PROBLEM_SYNTAX,
                       _("a control character inside text must be written as an escape such as \\n"));

      if (scan->p + 1 >= scan->end)
        break;

      escaped = TRUE;

      switch (scan->p[1])
        {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
          scan->p += 2;
          break;

        case 'u':
          {
            int unit = read_hex4 (scan->p + 2, scan->end);

            if (unit < 0)
              return report (scan, scan->p, REGIMEN_JSON_PROBLEM_SYNTAX,
                             _("\\u must be followed by four hexadecimal digits"));

            if (unit == 0)
              return report (scan, scan->p, REGIMEN_JSON_PROBLEM_TEXT,
                             _("the text contains a NUL character (\\u0000), which is not allowed"));

            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return report (scan, scan->p, REGIMEN_JSON_PROBLEM_TEXT,
                             _("the text contains half of a surrogate pair (\\u%04X), which is not a character"),
                             (guint) unit);

            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                const char *low = scan->p + 6;
                int second = -1;

                if (scan->end - low >= 6 && low[0] == '\\' && low[1] == 'u')
                  second = read_hex4 (low + 2, scan->end);

                if (second < 0xDC00 || second > 0xDFFF)
                  return report (scan, scan->p, REGIMEN_JSON_PROBLEM_TEXT,
                                 _("the text contains half of a surrogate pair (\\u%04X), which is not a character"),
                                 (guint) unit);

                scan->p += 12;
              }
            else
              scan->p += 6;
          }
          break;

        default:
          return report (scan, scan->p, REGIMEN_JSON_PROBLEM_SYNTAX,
                         _("this is not a JSON escape; write \\\\ for a backslash"));
        }
    }

  return report (scan, open, REGIMEN_JSON_PROBLEM_SYNTAX, _("the text in quotes is not closed"));
}

/* The most significant digits a decimal number may have and still be
 * read into a double and written back as the same number, whatever it is
 * (DBL_DIG). */
#define EXACT_DIGITS 15

/* A decimal number, written as JSON or as “%g” writes it (“2.5e-07”),
 * as its sign, its significant digits (no leading or trailing zero) and
 * the power of ten just above its first digit: “0.0250” and “2.5e-2” are
 * both 25 at -1, as 0.25 × 10⁻¹. At most @max_digits digits are copied
 * into @digits; the count is all of them. Zero has no digits. */
typedef struct
{
  gboolean negative;
  gsize    n_digits;
  gint64   exponent;
  char     digits[24];
} Decimal;

static void
decimal_read (const char *text,
              const char *end,
              Decimal    *decimal)
{
  const char *p = text;
  const char *first = NULL;
  const char *last = NULL;
  gint64 before_point = 0;
  gboolean point = FALSE;

  memset (decimal, 0, sizeof *decimal);
  decimal->negative = p < end && *p == '-';
  if (p < end && (*p == '-' || *p == '+'))
    p++;

  for (; p < end && *p != 'e' && *p != 'E'; p++)
    {
      if (*p == '.')
        {
          point = TRUE;
          continue;
        }
      if (first == NULL && *p == '0')
        {
          /* A leading zero before the point moves nothing; after it, it
           * moves the first digit one place down. */
          if (point)
            before_point--;
          continue;
        }
      if (first == NULL)
        first = p;
      if (*p != '0')
        last = p;
      if (!point)
        before_point++;
    }

  if (first == NULL)
    return;

  for (const char *q = first; q <= last; q++)
    {
      if (*q == '.')
        continue;
      if (decimal->n_digits < sizeof decimal->digits)
        decimal->digits[decimal->n_digits] = *q;
      decimal->n_digits++;
    }

  decimal->exponent = before_point;
  if (p < end)
    {
      g_autofree char *exponent = g_strndup (p + 1, end - p - 1);

      /* Saturated: a number that far out is refused before this. */
      decimal->exponent += CLAMP (g_ascii_strtoll (exponent, NULL, 10), -G_MAXINT32, G_MAXINT32);
    }
}

static gboolean
decimal_equal (const Decimal *a,
               const Decimal *b)
{
  if (a->n_digits == 0 || b->n_digits == 0)
    return a->n_digits == b->n_digits;

  return a->negative == b->negative && a->exponent == b->exponent &&
         a->n_digits == b->n_digits && a->n_digits <= sizeof a->digits &&
         memcmp (a->digits, b->digits, a->n_digits) == 0;
}

/* Whether @text, a JSON number of more than EXACT_DIGITS significant
 * digits that reads as @value, says @value as a writer of doubles does:
 * the shortest text that reads back as it, which Regimen writes back
 * (“0.30000000000000004”), or its 17 digits, which GLib's, json-glib's
 * and jq 1.6's writers give (“0.59999999999999998” for 0.6). Not
 * “3.14159265358979323846” (written back as 3.141592653589793) nor
 * “9007199254740993.0” (…992): numbers a double does not hold. */
static gboolean
says_a_double (const char *text,
               gsize       length,
               double      value)
{
  g_autofree char *written = regimen_json_format_number (value);
  char digits17[G_ASCII_DTOSTR_BUF_SIZE];
  Decimal read;
  Decimal back;

  decimal_read (text, text + length, &read);
  decimal_read (written, written + strlen (written), &back);
  if (decimal_equal (&read, &back))
    return TRUE;

  g_ascii_formatd (digits17, sizeof digits17, "%.17g", value);
  decimal_read (digits17, digits17 + strlen (digits17), &back);
  return decimal_equal (&read, &back);
}

/* Whether @text, a JSON number that reads as @value, a double below the
 * normal ones (DBL_MIN, 2.2e-308), which hold fewer digits down to one
 * at 4.9e-324, is @value rounded to as many significant digits as @text
 * has: “4.9e-324” (Java's least double) is, written back as 5e-324, the
 * same double said to one digit less; “7e-324”, which reads as that
 * double too, is not, a number no double holds. */
static gboolean
says_its_double (const char *text,
                 gsize       length,
                 double      value)
{
  char rounded[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  Decimal read;
  Decimal back;

  decimal_read (text, text + length, &read);
  if (read.n_digits == 0 || read.n_digits > 17)
    return FALSE;

  g_snprintf (format, sizeof format, "%%.%dg", (int) read.n_digits);
  g_ascii_formatd (rounded, sizeof rounded, format, value);
  decimal_read (rounded, rounded + strlen (rounded), &back);
  return decimal_equal (&read, &back);
}

/* How many significant digits the number @text has, up to a bound. */
static gsize
significant_digits (const char *text,
                    gsize       length)
{
  Decimal decimal;

  decimal_read (text, text + length, &decimal);
  return decimal.n_digits;
}

static gboolean
scan_number (Scan *scan)
{
  const char *start = scan->p;
  gboolean integer = TRUE;
  char buffer[64];
  g_autofree char *copy = NULL;
  const char *text;
  gsize length;

  if (scan->p < scan->end && *scan->p == '-')
    scan->p++;

  if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
    return report (scan, start, REGIMEN_JSON_PROBLEM_SYNTAX, _("expected a value"));

  if (*scan->p == '0')
    {
      scan->p++;
      /* 0e5 is JSON; 010, 0x10 and 0b101 are not. */
      if (scan->p < scan->end && (g_ascii_isalnum (*scan->p) || *scan->p == '_') &&
          *scan->p != 'e' && *scan->p != 'E')
        return report (scan, start, REGIMEN_JSON_PROBLEM_SYNTAX,
                       _("a JSON number is written in decimal without leading zeros (no 010, 0x10 or 0b101)"));
    }
  else
    {
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }

  if (scan->p < scan->end && *scan->p == '.')
    {
      integer = FALSE;
      scan->p++;
      if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
        return report (scan, start, REGIMEN_JSON_PROBLEM_SYNTAX,
                       _("a decimal point must be followed by digits"));
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }

  if (scan->p < scan->end && (*scan->p == 'e' || *scan->p == 'E'))
    {
      integer = FALSE;
      scan->p++;
      if (scan->p < scan->end && (*scan->p == '+' || *scan->p == '-'))
        scan->p++;
      if (scan->p >= scan->end || !g_ascii_isdigit (*scan->p))
        return report (scan, start, REGIMEN_JSON_PROBLEM_SYNTAX,
                       _("an exponent must have digits"));
      while (scan->p < scan->end && g_ascii_isdigit (*scan->p))
        scan->p++;
    }

  if (scan->p < scan->end && (g_ascii_isalnum (*scan->p) || *scan->p == '_' || *scan->p == '.'))
    return report (scan, start, REGIMEN_JSON_PROBLEM_SYNTAX, _("this is not a JSON number"));

  length = scan->p - start;

  /* Up to 18 digits fit 64 bits; without an exponent and with fewer than
   * 300 characters a number is neither beyond a double nor so small that
   * it reads as 0, and with at most EXACT_DIGITS significant digits (which
   * a number of no more characters has) it is written back as itself: no
   * need to convert it. */
  if (integer ? length - (*start == '-') <= 18 : memchr (start, 'e', length) == NULL &&
                                                  memchr (start, 'E', length) == NULL &&
                                                  length < 300 &&
                                                  (length <= EXACT_DIGITS ||
                                                   significant_digits (start, length) <= EXACT_DIGITS))
    return TRUE;

  if (length < sizeof buffer)
    {
      memcpy (buffer, start, length);
      buffer[length] = '\0';
      text = buffer;
    }
  else
    text = copy = g_strndup (start, length);

  if (integer)
    {
      char *rest = NULL;

      /* json-glib reads integers as gint64 and wraps the ones beyond. */
      errno = 0;
      g_ascii_strtoll (text, &rest, 10);
      if (errno == ERANGE)
        return report (scan, start, REGIMEN_JSON_PROBLEM_RANGE,
                       _("the whole number is too large to read exactly"));
    }
  else
    {
      double value;

      value = g_ascii_strtod (text, NULL);
      if (!isfinite (value))
        return report (scan, start, REGIMEN_JSON_PROBLEM_RANGE, _("the number is too large"));

      /* A literal with a non-zero digit before its exponent that reads as
       * 0 (1e-400) would be written back as 0.0. (Not from errno: strtod()
       * does not set ERANGE the same way everywhere, under valgrind too.) */
      if (value == 0.0 && strcspn (text, "123456789") < strcspn (text, "eE"))
        return report (scan, start, REGIMEN_JSON_PROBLEM_RANGE,
                       _("the number is too close to zero to read (it would become 0)"));

      /* More digits than a double holds, the number would be written back
       * as another one (“9007199254740993.0” as 9007199254740992), in an
       * unknown member too, as a whole number beyond 64 bits would. */
      if (significant_digits (start, length) > EXACT_DIGITS &&
          !says_a_double (start, length, value))
        {
          g_autofree char *written = regimen_json_format_number (value);

          return report (scan, start, REGIMEN_JSON_PROBLEM_RANGE,
                         /* Translators: %s is the number as it would be written back */
                         _("the number has more digits than can be read exactly (it would be written back as %s)"),
                         written);
        }

      /* A double below DBL_MIN holds fewer digits than EXACT_DIGITS:
       * 7e-324 was read as the least double and written back as 5e-324,
       * another number, without a word. */
      if (value != 0.0 && fabs (value) < DBL_MIN && significant_digits (start, length) <= EXACT_DIGITS &&
          !says_its_double (start, length, value))
        {
          g_autofree char *written = regimen_json_format_number (value);

          return report (scan, start, REGIMEN_JSON_PROBLEM_RANGE,
                         /* Translators: %s is the number as it would be written back */
                         _("the number is too close to zero for its digits to be read exactly (it would be "
                           "written back as %s)"),
                         written);
        }
    }

  return TRUE;
}

static gboolean
scan_word (Scan       *scan,
           const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (scan->end - scan->p) < length || memcmp (scan->p, word, length) != 0)
    return unexpected (scan, _("a value"));

  scan->p += length;

  if (scan->p < scan->end && (g_ascii_isalnum (*scan->p) || *scan->p == '_'))
    return unexpected (scan, _("a comma or a closing bracket"));

  return TRUE;
}

static gboolean
enter (Scan *scan)
{
  scan->depth++;
  if (scan->depth <= scan->max_depth + 1)
    scan->steps[scan->depth].kind = STEP_NONE;
  if (scan->depth > scan->max_depth)
    return report (scan, scan->p, REGIMEN_JSON_PROBLEM_TOO_DEEP,
                   _("the document is nested more than %u levels deep"), scan->max_depth);
  scan->p++;
  return TRUE;
}

static gboolean
scan_array (Scan *scan)
{
  guint index = 0;

  if (!enter (scan))
    return FALSE;

  skip_space (scan);
  if (scan->p < scan->end && *scan->p == ']')
    {
      scan->p++;
      scan->depth--;
      return TRUE;
    }

  for (;;)
    {
      Step *step = &scan->steps[scan->depth];

      step->kind = STEP_INDEX;
      step->index = index++;
      if (!scan_value (scan))
        return FALSE;
      step->kind = STEP_NONE;

      skip_space (scan);
      if (scan->p < scan->end && *scan->p == ',')
        {
          const char *comma = scan->p++;

          skip_space (scan);
          if (scan->p < scan->end && *scan->p == ']')
            return report (scan, comma, REGIMEN_JSON_PROBLEM_SYNTAX,
                           _("a comma must not come before a closing bracket"));
          continue;
        }
      if (scan->p < scan->end && *scan->p == ']')
        {
          scan->p++;
          scan->depth--;
          return TRUE;
        }

      return unexpected (scan, _("a comma or “]”"));
    }
}

/* A member name as json-glib will see it: escapes decoded (the scan
 * checked them), so "a" and "\u0061" are the same name. */
static char *
decode_name (const char *text,
             gsize       length)
{
  GString *name;
  const char *end = text + length;

  if (memchr (text, '\\', length) == NULL)
    return g_strndup (text, length);

  name = g_string_sized_new (length);
  for (const char *p = text; p < end; )
    {
      if (*p != '\\')
        {
          g_string_append_c (name, *p++);
          continue;
        }

      switch (p[1])
        {
        case 'b': g_string_append_c (name, '\b'); p += 2; break;
        case 'f': g_string_append_c (name, '\f'); p += 2; break;
        case 'n': g_string_append_c (name, '\n'); p += 2; break;
        case 'r': g_string_append_c (name, '\r'); p += 2; break;
        case 't': g_string_append_c (name, '\t'); p += 2; break;
        case 'u':
          {
            gunichar unit = read_hex4 (p + 2, end);

            p += 6;
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (read_hex4 (p + 2, end) - 0xDC00);
                p += 6;
              }
            g_string_append_unichar (name, unit);
          }
          break;
        default: g_string_append_c (name, p[1]); p += 2; break;
        }
    }

  return g_string_free (name, FALSE);
}

/**
 * regimen_json_path_append_member:
 * @path: a JSON path being built, such as "$.weeks[0]"
 * @name: a member name, @length bytes, its escapes decoded
 *
 * Appends ".name", or ["name"] when the name would read as more than one
 * step (a member called "a.b[0]" is $.x["a.b[0]"], not $.x.a.b[0]), is
 * empty, or holds quotes, backslashes, spaces or control characters.
 */
void
regimen_json_path_append_member (GString    *path,
                                 const char *name,
                                 gsize       length)
{
  gboolean plain = length > 0;

  for (gsize i = 0; plain && i < length; i++)
    {
      guchar c = name[i];

      if (c <= ' ' || c == '.' || c == '[' || c == ']' || c == '"' || c == '\\' || c == '\'' || c == 0x7F)
        plain = FALSE;
    }

  if (plain)
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, length);
      return;
    }

  g_string_append (path, "[\"");
  for (gsize i = 0; i < length; i++)
    {
      guchar c = name[i];

      if (c == '"' || c == '\\')
        g_string_append_printf (path, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (path, "\\u%04X", c);
      else
        g_string_append_c (path, c);
    }
  g_string_append (path, "\"]");
}

/* Whether two member names read the same once their escapes are
 * decoded ("a" and "\u0061" do). */
static gboolean
same_name (const Name *a,
           const Name *b)
{
  g_autofree char *decoded_a = NULL;
  g_autofree char *decoded_b = NULL;

  if (!a->escaped && !b->escaped)
    return a->length == b->length && memcmp (a->text, b->text, a->length) == 0;

  decoded_a = decode_name (a->text, a->length);
  decoded_b = decode_name (b->text, b->length);
  return strcmp (decoded_a, decoded_b) == 0;
}

/* Records @name among the names of the object whose names start at
 * @first in scan->names; FALSE when the object already has it. */
static gboolean
add_name (Scan        *scan,
          guint        first,
          GHashTable **table,
          const Name  *name)
{
  Name *names = (Name *) (void *) scan->names->data;
  guint n = scan->names->len - first;

  if (*table == NULL && n < NAMES_COMPARED)
    {
      for (guint i = 0; i < n; i++)
        if (same_name (&names[first + i], name))
          return FALSE;

      g_array_append_val (scan->names, *name);
      return TRUE;
    }

  if (*table == NULL)
    {
      *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n; i++)
        g_hash_table_add (*table, decode_name (names[first + i].text, names[first + i].length));
    }

  return g_hash_table_add (*table, decode_name (name->text, name->length));
}

static gboolean
scan_object (Scan *scan)
{
  /* Names seen so far: json-glib would keep only the last of two equal
   * names, and `format` would drop the rest. The first NAMES_COMPARED
   * are on the scan's stack of names, from @first on; a larger object's
   * are in @table. */
  g_autoptr(GHashTable) table = NULL;
  guint first = scan->names->len;
  Step *step;

  if (!enter (scan))
    return FALSE;

  step = &scan->steps[scan->depth];

  skip_space (scan);
  if (scan->p < scan->end && *scan->p == '}')
    {
      scan->p++;
      scan->depth--;
      return TRUE;
    }

  for (;;)
    {
      Name name;

      if (scan->p >= scan->end || *scan->p != '"')
        return unexpected (scan, _("a member name in double quotes"));

      if (!scan_string (scan, &name))
        return FALSE;

      step->kind = STEP_NAME;
      step->name = name.text;
      step->name_length = name.length;

      if (!add_name (scan, first, &table, &name))
        return report (scan, name.text - 1, REGIMEN_JSON_PROBLEM_DUPLICATE,
                       _("the member name is used twice in the same object"));

      skip_space (scan);
      if (scan->p >= scan->end || *scan->p != ':')
        return unexpected (scan, _("“:” after the member name"));
      scan->p++;

      if (!scan_value (scan))
        return FALSE;
      step->kind = STEP_NONE;

      skip_space (scan);
      if (scan->p < scan->end && *scan->p == ',')
        {
          const char *comma = scan->p++;

          skip_space (scan);
          if (scan->p < scan->end && *scan->p == '}')
            return report (scan, comma, REGIMEN_JSON_PROBLEM_SYNTAX,
                           _("a comma must not come before a closing brace"));
          continue;
        }
      if (scan->p < scan->end && *scan->p == '}')
        {
          scan->p++;
          scan->depth--;
          g_array_set_size (scan->names, first);
          return TRUE;
        }

      return unexpected (scan, _("a comma or “}”"));
    }
}

static gboolean
scan_value (Scan *scan)
{
  skip_space (scan);

  if (++scan->values > REGIMEN_JSON_MAX_VALUES)
    return report (scan, scan->p, REGIMEN_JSON_PROBLEM_TOO_MANY,
                   _("the document holds more than %u values (members and list elements)"),
                   (guint) REGIMEN_JSON_MAX_VALUES);

  if (scan->p >= scan->end)
    return unexpected (scan, _("a value"));

  switch (*scan->p)
    {
    case '{':
      return scan_object (scan);

    case '[':
      return scan_array (scan);

    case '"':
      return scan_string (scan, NULL);

    case 't':
      return scan_word (scan, "true");

    case 'f':
      return scan_word (scan, "false");

    case 'n':
      return scan_word (scan, "null");

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (scan);

    default:
      return unexpected (scan, _("a value"));
    }
}

static gboolean
check (const char         *data,
       gsize               length,
       guint               max_depth,
       gboolean            validated,
       RegimenJsonProblem *problem)
{
  /* A plan's depth (64) fits on the stack; a deeper limit takes the heap. */
  Step local_steps[66];
  g_autofree Step *heap_steps = max_depth + 2 > G_N_ELEMENTS (local_steps) ? g_new (Step, max_depth + 2) : NULL;
  g_autoptr(GArray) names = g_array_sized_new (FALSE, FALSE, sizeof (Name), 64);
  Step *steps = heap_steps != NULL ? heap_steps : local_steps;
  const char *invalid = NULL;
  Scan scan = {
    .start = data,
    .p = data,
    .end = data + length,
    .max_depth = max_depth,
    .steps = steps,
    .names = names,
    .problem = problem,
  };

  memset (problem, 0, sizeof *problem);

  if (!validated && !g_utf8_validate_len (data, length, &invalid))
    {
      /* Columns are counted up to the bad byte only, which is valid. */
      return report (&scan, invalid, REGIMEN_JSON_PROBLEM_SYNTAX,
                     _("the text is not valid UTF-8"));
    }

  if (!scan_value (&scan))
    return FALSE;

  skip_space (&scan);
  if (scan.p < scan.end)
    return unexpected (&scan, _("the end of the text"));

  return TRUE;
}

/**
 * regimen_json_locate:
 * @start: the first character of the text
 * @at: a position in the UTF-8 text from @start
 * @line: (out): the line of @at, from 1
 * @column: (out): the column of @at, from 1, in characters
 *
 * Where @at is, as a person's editor shows it: CR, LF and CRLF each end
 * one line, so a file saved with old Mac line endings is not one line
 * thousands of columns wide.
 */
void
regimen_json_locate (const char *start,
                     const char *at,
                     guint      *line,
                     guint      *column)
{
  const char *line_start = start;

  *line = 1;
  for (const char *q = start; q < at; q++)
    {
      if (*q == '\r' && q + 1 < at && q[1] == '\n')
        q++;
      if (*q == '\n' || *q == '\r')
        {
          (*line)++;
          line_start = q + 1;
        }
    }
  *column = g_utf8_strlen (line_start, at - line_start) + 1;
}

/**
 * regimen_json_check:
 * @data: UTF-8 text, without a byte order mark
 * @length: its length in bytes
 * @max_depth: how many objects and lists may nest
 * @problem: (out caller-allocates): what is wrong, when %FALSE is returned;
 *   free it with regimen_json_problem_clear()
 *
 * Checks that @data is exactly one JSON value as RFC 8259 defines it,
 * nested at most @max_depth deep, with at most %REGIMEN_JSON_MAX_VALUES
 * values, no member name twice in one object, integers that fit 64 bits,
 * numbers that a double holds (neither beyond its range nor so close to
 * zero that they would read as 0), and strings that decode to text without
 * NUL or unpaired surrogates.
 *
 * Returns: %TRUE when @data is such JSON
 */
gboolean
regimen_json_check (const char         *data,
                    gsize               length,
                    guint               max_depth,
                    RegimenJsonProblem *problem)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (problem != NULL, FALSE);

  return check (data, length, max_depth, FALSE, problem);
}

/**
 * regimen_json_check_valid_utf8:
 * @data: text the caller has checked to be UTF-8 (g_utf8_validate())
 *
 * regimen_json_check() without checking the encoding again.
 *
 * Returns: %TRUE when @data is such JSON
 */
gboolean
regimen_json_check_valid_utf8 (const char         *data,
                               gsize               length,
                               guint               max_depth,
                               RegimenJsonProblem *problem)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (problem != NULL, FALSE);

  return check (data, length, max_depth, TRUE, problem);
}

/**
 * regimen_json_problem_clear:
 *
 * Frees what @problem holds, not @problem itself.
 */
void
regimen_json_problem_clear (RegimenJsonProblem *problem)
{
  g_clear_pointer (&problem->path, g_free);
  g_clear_pointer (&problem->message, g_free);
}

/* What ends a run of bytes that regimen_json_compact() copies as they
 * are: the whitespace it leaves out, and a quote, within which it keeps
 * everything. */
static const guint8 ends_token_run[256] = {
  [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['"'] = 1,
};

/**
 * regimen_json_compact:
 * @data: JSON text that regimen_json_check() accepted
 * @length: its length in bytes
 * @out_length: (out): the length of the copy
 *
 * Copies @data without the whitespace between its tokens; strings are
 * copied whole. json-glib's scanner takes each byte of whitespace as a
 * token of its own (a look-up with strchr() and a call per byte), and a
 * plan as Regimen writes it is more than half indentation, so parsing
 * the copy costs about half as much as parsing @data, and gives the same
 * tree. Only for checked text: a quote inside a string is escaped, so a
 * string ends at the first quote not preceded by a backslash that is
 * itself unescaped.
 *
 * Returns: (transfer full): the copy, NUL-terminated
 */
char *
regimen_json_compact (const char *data,
                      gsize       length,
                      gsize      *out_length)
{
  const char *p = data;
  const char *end = data + length;
  char *copy;
  char *out;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (out_length != NULL, NULL);

  copy = g_malloc (length + 1);
  out = copy;

  while (p < end)
    {
      const char *run = p;

      while (p < end && !ends_token_run[(guchar) *p])
        p++;

      if (p < end && *p == '"')
        {
          /* The string with its quotes, escapes kept as written. */
          p++;
          while (p < end && *p != '"')
            p += *p == '\\' ? 2 : 1;
          p = MIN (p + 1, end);
        }

      memcpy (out, run, p - run);
      out += p - run;

      while (p < end && is_space[(guchar) *p])
        p++;
    }

  *out = '\0';
  *out_length = out - copy;

  return copy;
}

/**
 * regimen_json_has_wide_bom:
 * @data: the file's bytes
 * @length: their length
 *
 * Whether @data starts with the byte order mark of UTF-16 or UTF-32, as
 * Notepad's “Unicode” and other editors save a file: text that is not
 * UTF-8 from its first byte, to be said so rather than as a NUL byte or
 * a bad byte somewhere after it.
 *
 * Returns: %TRUE for UTF-16 or UTF-32 (little- or big-endian) with its mark
 */
gboolean
regimen_json_has_wide_bom (const char *data,
                           gsize       length)
{
  /* UTF-32LE's mark begins with UTF-16LE's. */
  return (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 ||
                          memcmp (data, "\xFE\xFF", 2) == 0)) ||
         (length >= 4 && memcmp (data, "\0\0\xFE\xFF", 4) == 0);
}
