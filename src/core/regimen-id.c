/* regimen-id.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-id"

#include "config.h"

#include <string.h>

#include "regimen-id.h"

/* RFC 4648's base32 alphabet in lowercase: no 0/o or 1/l to confuse when
 * a code is copied from paper. */
static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";

/**
 * regimen_id_new:
 *
 * Returns: (transfer full): a new random id of %REGIMEN_ID_LENGTH
 *   characters (50 bits)
 */
char *
regimen_id_new (void)
{
  char *id = g_malloc (REGIMEN_ID_LENGTH + 1);
  /* Five random bits a letter, from two numbers of 32 bits: each call of
   * the global generator takes its lock, one a letter was a seventh of
   * reading a plan's model. */
  guint64 bits = (guint64) g_random_int () << 32 | g_random_int ();

  G_STATIC_ASSERT (REGIMEN_ID_LENGTH * 5 <= 64);

  for (guint i = 0; i < REGIMEN_ID_LENGTH; i++)
    {
      id[i] = alphabet[bits & 31];
      bits >>= 5;
    }
  id[REGIMEN_ID_LENGTH] = '\0';

  return id;
}

/**
 * regimen_id_derive:
 * @seed: what the id is made from, e.g. a digest of the file
 * @place: where in it, e.g. a JSON path
 * @attempt: 0, or more to get another id for the same place
 *
 * The ids a file without them gets when it is read: the same file read
 * twice gives the same ids, so exports of a plan that was never saved
 * again still agree with each other.
 *
 * Returns: (transfer full): an id of %REGIMEN_ID_LENGTH characters
 */
char *
regimen_id_derive (const char *seed,
                   const char *place,
                   guint       attempt)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize length = sizeof digest;
  char *id = g_malloc (REGIMEN_ID_LENGTH + 1);
  char number[16];

  g_snprintf (number, sizeof number, "%u", attempt);
  g_checksum_update (checksum, (const guchar *) seed, strlen (seed));
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) place, strlen (place));
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) number, strlen (number));
  g_checksum_get_digest (checksum, digest, &length);

  for (guint i = 0; i < REGIMEN_ID_LENGTH; i++)
    id[i] = alphabet[digest[i] & 31];
  id[REGIMEN_ID_LENGTH] = '\0';

  return id;
}

gboolean
regimen_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL)
    return FALSE;

  length = strlen (id);
  if (length == 0 || length > REGIMEN_ID_MAX_LENGTH)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;

  return TRUE;
}

/**
 * regimen_id_short:
 *
 * Returns: (transfer full): the first %REGIMEN_ID_SHORT_LENGTH characters
 *   of @id, the code the printed sheet shows
 */
char *
regimen_id_short (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_strndup (id, REGIMEN_ID_SHORT_LENGTH);
}
