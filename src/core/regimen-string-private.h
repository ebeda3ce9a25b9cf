/* regimen-string-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* @length bytes of @text appended as g_string_append_c() appends one:
 * copied in place while the string has room. GLib 2.74's
 * g_string_append() and g_string_append_len() are calls into
 * g_string_insert_len(), which were a quarter of writing a plan (and
 * more of a check's messages) when each piece of text was one. */
static inline void
regimen_string_append_len (GString    *out,
                           const char *text,
                           gsize       length)
{
  if (out->len + length < out->allocated_len)
    {
      memcpy (out->str + out->len, text, length);
      out->len += length;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, text, length);
}

/* @value in decimal, as printf's "%" G_GUINT64_FORMAT writes it. */
static inline void
regimen_string_append_uint (GString *out,
                            guint64  value)
{
  char digits[20];
  guint n = 0;

  do
    {
      digits[sizeof digits - ++n] = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);

  regimen_string_append_len (out, digits + sizeof digits - n, n);
}

G_END_DECLS
