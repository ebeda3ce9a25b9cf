/* regimen-acknowledgement.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-acknowledgement"

#include "config.h"

#include <string.h>

#include "regimen-acknowledgement.h"
#include "regimen-block.h"
#include "regimen-exercise-private.h"
#include "regimen-library.h"
#include "regimen-plan.h"
#include "regimen-plan-view.h"

/* Long enough that two different contents practically never share one,
 * short enough to read in the file. */
#define FINGERPRINT_LENGTH 16

struct _RegimenAcknowledgement
{
  GObject     parent_instance;

  char       *finding;
  char       *fingerprint;
  char       *reason;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (RegimenAcknowledgement, regimen_acknowledgement, G_TYPE_OBJECT)

static char *fingerprint_with_mark (RegimenDiagnostic *diagnostic,
                                    RegimenPlan       *plan,
                                    char               decimal_mark);

static void
regimen_acknowledgement_finalize (GObject *object)
{
  RegimenAcknowledgement *self = (RegimenAcknowledgement *) object;

  g_clear_pointer (&self->finding, g_free);
  g_clear_pointer (&self->fingerprint, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (regimen_acknowledgement_parent_class)->finalize (object);
}

static void
regimen_acknowledgement_class_init (RegimenAcknowledgementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = regimen_acknowledgement_finalize;
}

static void
regimen_acknowledgement_init (RegimenAcknowledgement *self)
{
}

/**
 * regimen_acknowledgement_new:
 * @finding: the key of the finding
 * @fingerprint: what the finding was about
 * @reason: why the person planning accepts it, not empty
 *
 * Returns: (transfer full): a new acknowledgement
 */
RegimenAcknowledgement *
regimen_acknowledgement_new (const char *finding,
                             const char *fingerprint,
                             const char *reason)
{
  RegimenAcknowledgement *self;

  g_return_val_if_fail (finding != NULL && *finding != '\0', NULL);
  g_return_val_if_fail (fingerprint != NULL, NULL);
  g_return_val_if_fail (reason != NULL && *reason != '\0', NULL);

  self = g_object_new (REGIMEN_TYPE_ACKNOWLEDGEMENT, NULL);
  self->finding = g_strdup (finding);
  self->fingerprint = g_strdup (fingerprint);
  self->reason = g_strdup (reason);

  return self;
}

const char *
regimen_acknowledgement_get_finding (RegimenAcknowledgement *self)
{
  g_return_val_if_fail (REGIMEN_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->finding;
}

const char *
regimen_acknowledgement_get_fingerprint (RegimenAcknowledgement *self)
{
  g_return_val_if_fail (REGIMEN_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->fingerprint;
}

const char *
regimen_acknowledgement_get_reason (RegimenAcknowledgement *self)
{
  g_return_val_if_fail (REGIMEN_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->reason;
}

/**
 * regimen_acknowledgement_dup_shown_reason:
 *
 * The reason as the check panel and the sheet show it: a reason of only
 * characters that show nothing, which Regimen before session 33 took
 * from a paste into the acknowledge dialog (a zero-width space), spelt
 * (“[U+200B]”), so that the row shows there is one and what it holds.
 * The file keeps it as it is, and is read: refused, the plan an earlier
 * Regimen saved would no longer open.
 *
 * Returns: (transfer full): the reason to show
 */
char *
regimen_acknowledgement_dup_shown_reason (RegimenAcknowledgement *self)
{
  g_return_val_if_fail (REGIMEN_IS_ACKNOWLEDGEMENT (self), NULL);

  if (regimen_text_shows_something (self->reason))
    return g_strdup (self->reason);

  return regimen_text_spell (self->reason, FALSE);
}

/**
 * regimen_acknowledgement_get_extra:
 *
 * Returns: (transfer none) (nullable): the members the reader did not know,
 *   kept to be written back
 */
JsonObject *
regimen_acknowledgement_get_extra (RegimenAcknowledgement *self)
{
  g_return_val_if_fail (REGIMEN_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->extra;
}

void
regimen_acknowledgement_take_extra (RegimenAcknowledgement *self,
                                    JsonObject             *extra)
{
  g_return_if_fail (REGIMEN_IS_ACKNOWLEDGEMENT (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/**
 * regimen_acknowledgement_applies_to:
 *
 * Returns: %TRUE when @self acknowledges @diagnostic as it is now: the same
 *   finding, about the same numbers and content
 */
gboolean
regimen_acknowledgement_applies_to (RegimenAcknowledgement *self,
                                    RegimenPlan            *plan,
                                    RegimenDiagnostic      *diagnostic)
{
  g_autofree char *fingerprint = NULL;

  g_return_val_if_fail (REGIMEN_IS_ACKNOWLEDGEMENT (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (diagnostic), FALSE);

  if (g_strcmp0 (self->finding, regimen_diagnostic_get_key (diagnostic)) != 0)
    return FALSE;

  fingerprint = fingerprint_with_mark (diagnostic, plan, '.');
  if (g_strcmp0 (self->fingerprint, fingerprint) == 0)
    return TRUE;

  /* Regimen before 4 December 2026 wrote an item's load in the locale's
   * number format, so an acknowledgement made under a decimal comma
   * (German) holds the fingerprint of that text. */
  g_clear_pointer (&fingerprint, g_free);
  fingerprint = fingerprint_with_mark (diagnostic, plan, ',');

  return g_strcmp0 (self->fingerprint, fingerprint) == 0;
}

static void
add_item (GChecksum   *checksum,
          RegimenItem *item,
          char         decimal_mark)
{
  const RegimenInterval *interval = regimen_item_get_interval (item);
  char load[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *text = NULL;
  char *point;

  /* In one number format whatever the locale, so an acknowledgement made
   * in one language applies in every other. */
  g_ascii_formatd (load, sizeof load, "%.3f",
                   regimen_item_has_load_percent_1rm (item)
                   ? regimen_item_get_load_percent_1rm (item) : -1.0);
  point = strchr (load, '.');
  if (point != NULL)
    *point = decimal_mark;

  text = g_strdup_printf ("item %s|%u|%u|%u|%d|%s|%u|%d|%s|%d|%u/%u/%u\n",
                          regimen_item_get_exercise (item),
                          regimen_item_get_sets (item),
                          regimen_item_get_reps (item),
                          regimen_item_get_hold_seconds (item),
                          regimen_item_get_per_side (item),
                          regimen_item_get_tempo (item) != NULL ? regimen_item_get_tempo (item) : "",
                          regimen_item_get_rest_seconds (item),
                          regimen_item_get_no_rest (item),
                          load,
                          regimen_item_get_warm_up (item),
                          interval != NULL ? interval->work_seconds : 0,
                          interval != NULL ? interval->rest_seconds : 0,
                          interval != NULL ? interval->rounds : 0);
  g_checksum_update (checksum, (const guchar *) text, -1);
}

/**
 * regimen_diagnostic_fingerprint:
 * @diagnostic: a finding
 * @plan: (nullable): the plan it was found in
 *
 * What the finding is about, condensed: the numbers its message gives (the
 * digits only, so the language and the number format do not matter) and,
 * when it points at a session or an item, that session's or item's content
 * (kind, RPE, minutes, exercises and their prescriptions, in one number
 * format whatever the locale). Changing any of
 * these changes the fingerprint, which lifts an acknowledgement.
 *
 * Returns: (transfer full): a short lowercase hexadecimal text
 */
char *
regimen_diagnostic_fingerprint (RegimenDiagnostic *diagnostic,
                                RegimenPlan       *plan)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (diagnostic), NULL);
  g_return_val_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan), NULL);

  return fingerprint_with_mark (diagnostic, plan, '.');
}

static gboolean
is_id_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

/* The length of the id at @p in @message when it is that of one of the
 * person's own exercises named only with what shows nothing, which the
 * check names by its id (regimen_exercise_get_display_name()), or 0.
 * Its digits are the name's, no figure: the check's message named such an
 * exercise with its blank name before session 33, and an acknowledgement
 * made then read no digit there. Asked of the ids display names stood
 * for, not of the library: a PDF export fingerprints on a worker, while
 * the main thread may edit the library. */
static gsize
blank_named_id_length (const char *message,
                       const char *p)
{
  g_autofree char *id = NULL;
  gsize length = 0;

  if ((p > message && is_id_char (p[-1])) || !g_str_has_prefix (p, "custom-"))
    return 0;

  while (is_id_char (p[length]))
    length++;
  id = g_strndup (p, length);
  if (!_regimen_exercise_id_stood_for_blank_name (id))
    return 0;

  return length;
}

static char *
fingerprint_with_mark (RegimenDiagnostic *diagnostic,
                       RegimenPlan       *plan,
                       char               decimal_mark)
{
  g_autoptr(GChecksum) checksum = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *message;
  int week, day, session, item;
  char *hex;

  checksum = g_checksum_new (G_CHECKSUM_SHA256);

  /* Runs of digits, so "1,959" and "1.959", "1.38" and "1,38" agree;
   * read from the text without block names, whose digits are no figure. */
  message = regimen_diagnostic_get_fingerprint_text (diagnostic);
  for (const char *p = message; p != NULL && *p != '\0'; p++)
    {
      gsize id_length = *p == 'c' ? blank_named_id_length (message, p) : 0;

      /* An id standing for a blank name reads as that name, no digit. */
      if (id_length > 0)
        {
          p += id_length - 1;
          if (digits->len > 0 && digits->str[digits->len - 1] != ' ')
            g_string_append_c (digits, ' ');
        }
      else if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (digits->len > 0 && digits->str[digits->len - 1] != ' ')
        g_string_append_c (digits, ' ');
    }
  g_checksum_update (checksum, (const guchar *) digits->str, digits->len);
  g_checksum_update (checksum, (const guchar *) "\n", 1);

  week = regimen_diagnostic_get_week (diagnostic);
  day = regimen_diagnostic_get_day (diagnostic);
  session = regimen_diagnostic_get_session (diagnostic);
  item = regimen_diagnostic_get_item (diagnostic);

  if (plan != NULL && week >= 0 && day >= 0 && session >= 0)
    {
      RegimenSession *s = regimen_plan_get_session (plan, week, day, session);

      if (s != NULL && item >= 0)
        {
          RegimenItem *it = regimen_plan_get_item (plan, week, day, session, item);

          if (it != NULL)
            add_item (checksum, it, decimal_mark);
        }
      else if (s != NULL)
        {
          g_autofree char *text = g_strdup_printf ("session %s|%u|%u|%u\n",
                                                   regimen_session_kind_to_string (regimen_session_get_kind (s)),
                                                   regimen_session_get_rpe (s),
                                                   regimen_session_get_minutes (s),
                                                   regimen_session_get_n_items (s));

          g_checksum_update (checksum, (const guchar *) text, -1);
          for (guint i = 0; i < regimen_session_get_n_items (s); i++)
            add_item (checksum, regimen_session_get_item (s, i), decimal_mark);
        }
    }

  hex = g_strdup (g_checksum_get_string (checksum));
  hex[FINGERPRINT_LENGTH] = '\0';

  return hex;
}
