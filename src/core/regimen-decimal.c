/* regimen-decimal.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-decimal"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "regimen-decimal.h"
#include "regimen-json-read.h"

/**
 * regimen_decimal_parse:
 * @text: where a number is written
 * @end: (out) (optional): where the number ends, or %NULL when the
 *   number must be the whole of @text
 * @value: (out): the number
 *
 * The one reader of a number a person types or gives on the command line
 * (a load logged, a lighter week's factor, a progression's step): decimal
 * digits without a leading zero, with at most one point and digits on
 * both sides of it: “62.5”, “0.6”, “12”; not “.5”, “5.”, “05”, “040”,
 * “+5”, “-5”, “1e3”, “0x10”, “inf” or “nan”, which strtod() would read.
 * With @end %NULL, “5kg” is refused too; with @end, it is set after “5”.
 * The app's fields that take a decimal comma turn it into a point first.
 * The caller checks the range and says what it takes.
 *
 * Returns: whether @text is (or, with @end, starts with) such a number
 */
gboolean
regimen_decimal_parse (const char  *text,
                       const char **end,
                       double      *value)
{
  g_autofree char *number = NULL;
  const char *p = text;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL || !g_ascii_isdigit (*p) || (*p == '0' && g_ascii_isdigit (p[1])))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  if (end != NULL)
    *end = p;
  else if (*p != '\0')
    return FALSE;

  /* Only the digits read: g_ascii_strtod() would take “5e3” after them
   * as 5000 where @end is at the “e”. */
  number = g_strndup (text, p - text);
  *value = g_ascii_strtod (number, NULL);
  return TRUE;
}

/**
 * regimen_decimal_count_decimals:
 * @text: where a decimal number is written, with or without a unit or
 *   more text after it
 *
 * How many decimals the number at the start of @text gives, not counting
 * zeros at their end: “62.50000000kg” is 62.5 exactly, one decimal;
 * “0.0000000000000000000001” has 22.
 *
 * Returns: the number of significant decimals
 */
guint
regimen_decimal_count_decimals (const char *text)
{
  const char *point;
  gsize digits;

  g_return_val_if_fail (text != NULL, 0);

  point = text + strspn (text, "0123456789");
  if (*point != '.')
    return 0;

  digits = strspn (point + 1, "0123456789");
  while (digits > 0 && point[digits] == '0')
    digits--;

  return digits;
}

/**
 * regimen_decimal_format:
 * @value: a number a person typed or a file holds
 *
 * @value as a text says it back: the shortest that reads as @value again
 * (“2.5”, “2.5000001”, “60”), with the locale's decimal mark, where
 * “%g” said six significant digits (“2.5” for 2.5000001).
 *
 * Returns: (transfer full): @value as text
 */
char *
regimen_decimal_format (double value)
{
  g_autofree char *text = regimen_json_format_number (value);
  char *point;

  /* A person reads digits, never an exponent: the shortest text of a
   * small step is “1e-06” (“add 1e-06 % 1RM” for “--add 0.000001%”).
   * The fewest decimals that read back as @value say it instead; a
   * value no twenty decimals hold (a file's 1e-300) keeps the exponent. */
  if (strpbrk (text, "eE") != NULL)
    for (int decimals = 0; decimals <= 20; decimals++)
      {
        char format[8];
        char buffer[G_ASCII_DTOSTR_BUF_SIZE + 24];

        g_snprintf (format, sizeof format, "%%.%df", decimals);
        g_ascii_formatd (buffer, sizeof buffer, format, value);
        if (g_ascii_strtod (buffer, NULL) == value)
          {
            g_free (text);
            text = g_strdup (buffer);
            break;
          }
      }

  point = strchr (text, '.');

  if (point == NULL)
    return g_steal_pointer (&text);

  *point = '\0';
  return g_strconcat (text, localeconv ()->decimal_point, point + 1, NULL);
}

/* @text with the digits of every script as ASCII digits and, where
 * @decimal, the Arabic decimal separator and @locale_mark (when not 0)
 * as a point. */
static char *
with_ascii_digits (const char *text,
                   gboolean    decimal,
                   gunichar    locale_mark)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int digit = g_unichar_digit_value (c);

      if (decimal && (c == 0x066B || (c == locale_mark && locale_mark != 0)))
        g_string_append_c (out, '.');
      else if (digit >= 0)
        g_string_append_c (out, (char) ('0' + digit));
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * regimen_digits_from_typed:
 * @text: a number or a date as a person typed or gave it, valid UTF-8
 *
 * Returns: (transfer full): @text with the digits of every script as
 *   ASCII digits (“۲۰۲۶-۱۲-۰۷”, as a Persian input method types it, as
 *   2026-12-07), anything else as it is
 */
char *
regimen_digits_from_typed (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return with_ascii_digits (text, FALSE, 0);
}

/**
 * regimen_decimal_from_typed:
 * @text: a number as a person typed it in the window, valid UTF-8
 *
 * @text closer to what regimen_decimal_parse() reads: the digits of
 * every script as ASCII digits (an Arabic or Persian input method types
 * “٤٢”), and the locale's decimal mark and the Arabic decimal separator
 * U+066B as a point; anything else as it is, a decimal comma in a
 * locale whose mark is a point too, for the caller to take or refuse.
 * The window shows a number with the locale's mark (“52٫5” under ps_AF,
 * whose mark is U+066B), and a load typed as it was shown was refused
 * as no number.
 *
 * Returns: (transfer full): the text to read
 */
char *
regimen_decimal_from_typed (const char *text)
{
  const char *mark = localeconv ()->decimal_point;
  gunichar locale_mark = mark != NULL && g_utf8_validate (mark, -1, NULL) ? g_utf8_get_char (mark) : '.';

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  return with_ascii_digits (text, TRUE, locale_mark);
}
