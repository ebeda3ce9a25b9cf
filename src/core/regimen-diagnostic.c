/* regimen-diagnostic.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-diagnostic"

#include "config.h"

#include "regimen-diagnostic.h"

struct _RegimenDiagnostic
{
  GObject          parent_instance;

  RegimenRuleId    rule;
  RegimenSeverity  severity;
  int              week;
  int              day;
  int              session;
  int              item;
  char            *message;
  char            *fingerprint_text;
  char            *key;
};

G_DEFINE_FINAL_TYPE (RegimenDiagnostic, regimen_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_WEEK,
  PROP_DAY,
  PROP_SESSION,
  PROP_ITEM,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
regimen_diagnostic_finalize (GObject *object)
{
  RegimenDiagnostic *self = (RegimenDiagnostic *) object;

  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->fingerprint_text, g_free);
  g_clear_pointer (&self->key, g_free);

  G_OBJECT_CLASS (regimen_diagnostic_parent_class)->finalize (object);
}

static void
regimen_diagnostic_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RegimenDiagnostic *self = REGIMEN_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, regimen_diagnostic_get_rule (self));
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_WEEK:
      g_value_set_int (value, self->week);
      break;

    case PROP_DAY:
      g_value_set_int (value, self->day);
      break;

    case PROP_SESSION:
      g_value_set_int (value, self->session);
      break;

    case PROP_ITEM:
      g_value_set_int (value, self->item);
      break;

    case PROP_KEY:
      g_value_set_string (value, regimen_diagnostic_get_key (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_diagnostic_class_init (RegimenDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = regimen_diagnostic_finalize;
  object_class->get_property = regimen_diagnostic_get_property;

  properties[PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       REGIMEN_TYPE_SEVERITY,
                       REGIMEN_SEVERITY_INFO,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_WEEK] =
    g_param_spec_int ("week", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_DAY] =
    g_param_spec_int ("day", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SESSION] =
    g_param_spec_int ("session", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ITEM] =
    g_param_spec_int ("item", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
regimen_diagnostic_init (RegimenDiagnostic *self)
{
  self->week = REGIMEN_DIAGNOSTIC_NO_LOCATION;
  self->day = REGIMEN_DIAGNOSTIC_NO_LOCATION;
  self->session = REGIMEN_DIAGNOSTIC_NO_LOCATION;
  self->item = REGIMEN_DIAGNOSTIC_NO_LOCATION;
}

/**
 * regimen_diagnostic_new:
 * @rule: the rule that found the problem
 * @severity: how serious it is for this athlete
 * @week: the week, from 0, or %REGIMEN_DIAGNOSTIC_NO_LOCATION
 * @day: the day of the week (0 = Monday), or %REGIMEN_DIAGNOSTIC_NO_LOCATION
 * @session: the session of the day, or %REGIMEN_DIAGNOSTIC_NO_LOCATION
 * @item: the item of the session, or %REGIMEN_DIAGNOSTIC_NO_LOCATION
 * @message: the translated message
 *
 * Returns: (transfer full): a new diagnostic
 */
RegimenDiagnostic *
regimen_diagnostic_new (RegimenRuleId    rule,
                        RegimenSeverity  severity,
                        int              week,
                        int              day,
                        int              session,
                        int              item,
                        const char      *message)
{
  RegimenDiagnostic *self;

  g_return_val_if_fail ((guint) rule < REGIMEN_N_RULES, NULL);
  g_return_val_if_fail ((guint) severity < REGIMEN_N_SEVERITIES, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (REGIMEN_TYPE_DIAGNOSTIC, NULL);
  self->rule = rule;
  self->severity = severity;
  self->week = MAX (week, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  self->day = MAX (day, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  self->session = MAX (session, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  self->item = MAX (item, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  self->message = g_strdup (message);

  return self;
}

/**
 * regimen_diagnostic_new_with_fingerprint_text:
 * @fingerprint_text: the message as it reads without the parts that name
 *   no figure of the finding (a block's name beside its week)
 *
 * Like regimen_diagnostic_new(); regimen_diagnostic_fingerprint() reads
 * @fingerprint_text instead of the message, so renaming a block does not
 * lift an acknowledgement.
 *
 * Returns: (transfer full): a new diagnostic
 */
RegimenDiagnostic *
regimen_diagnostic_new_with_fingerprint_text (RegimenRuleId    rule,
                                              RegimenSeverity  severity,
                                              int              week,
                                              int              day,
                                              int              session,
                                              int              item,
                                              const char      *message,
                                              const char      *fingerprint_text)
{
  RegimenDiagnostic *self = regimen_diagnostic_new (rule, severity, week, day, session, item, message);

  g_return_val_if_fail (self != NULL, NULL);
  if (fingerprint_text != NULL && g_strcmp0 (fingerprint_text, message) != 0)
    self->fingerprint_text = g_strdup (fingerprint_text);

  return self;
}

RegimenRuleId
regimen_diagnostic_get_rule_id (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), REGIMEN_RULE_DATA);

  return self->rule;
}

/**
 * regimen_diagnostic_get_rule:
 * @self: a diagnostic
 *
 * Returns: the stable code of the rule, e.g. "HIIT-FREQ"
 */
const char *
regimen_diagnostic_get_rule (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), NULL);

  return regimen_rule_get (self->rule)->code;
}

RegimenSeverity
regimen_diagnostic_get_severity (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), REGIMEN_SEVERITY_INFO);

  return self->severity;
}

const char *
regimen_diagnostic_get_message (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

/**
 * regimen_diagnostic_get_fingerprint_text:
 *
 * Returns: the text the fingerprint reads its numbers from: the message,
 *   unless the diagnostic was made with another
 */
const char *
regimen_diagnostic_get_fingerprint_text (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), NULL);

  return self->fingerprint_text != NULL ? self->fingerprint_text : self->message;
}

int
regimen_diagnostic_get_week (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), REGIMEN_DIAGNOSTIC_NO_LOCATION);

  return self->week;
}

int
regimen_diagnostic_get_day (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), REGIMEN_DIAGNOSTIC_NO_LOCATION);

  return self->day;
}

int
regimen_diagnostic_get_session (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), REGIMEN_DIAGNOSTIC_NO_LOCATION);

  return self->session;
}

int
regimen_diagnostic_get_item (RegimenDiagnostic *self)
{
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), REGIMEN_DIAGNOSTIC_NO_LOCATION);

  return self->item;
}

/**
 * regimen_diagnostic_get_place:
 * @self: a diagnostic
 * @place: (out caller-allocates) (array fixed-size=6): the week, day,
 *   session, item, severity and rule, as the check orders its findings
 *
 * All that orders a finding in one call, for sorting thousands of them.
 */
void
regimen_diagnostic_get_place (RegimenDiagnostic *self,
                              int               *place)
{
  g_return_if_fail (REGIMEN_IS_DIAGNOSTIC (self));

  place[0] = self->week;
  place[1] = self->day;
  place[2] = self->session;
  place[3] = self->item;
  place[4] = self->severity;
  place[5] = self->rule;
}

/**
 * regimen_diagnostic_get_key:
 * @self: a diagnostic
 *
 * A stable name of the finding: the rule's code and the place, as far as
 * it applies, with 0-based numbers: "HIIT-FREQ@w1.d4.s0",
 * "SPEED-LOAD@w0.d2.s0.i1", "MONOTONY@w3". The same rule at the same place
 * has the same key from one check to the next, so an acknowledgement can
 * refer to it; it does not depend on the language or the message.
 *
 * Returns: the key
 */
const char *
regimen_diagnostic_get_key (RegimenDiagnostic *self)
{
  static const char letters[] = { 'w', 'd', 's', 'i' };
  g_autoptr(GString) key = NULL;
  int parts[4];

  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (self), NULL);

  if (self->key != NULL)
    return self->key;

  parts[0] = self->week;
  parts[1] = self->day;
  parts[2] = self->session;
  parts[3] = self->item;

  key = g_string_new (regimen_rule_get (self->rule)->code);
  for (guint i = 0; i < G_N_ELEMENTS (parts) && parts[i] >= 0; i++)
    g_string_append_printf (key, "%c%c%d", i == 0 ? '@' : '.', letters[i], parts[i]);

  self->key = g_string_free (g_steal_pointer (&key), FALSE);

  return self->key;
}
