/* regimen-week.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-week"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-plan-blocks.h"
#include "regimen-plan-private.h"
#include "regimen-store-mirror.h"
#include "regimen-week.h"
#include "regimen-weekday.h"

struct _RegimenWeek
{
  GObject     parent_instance;

  /* Its revision and place (regimen-store-mirror.h). */
  RegimenNode node;

  char       *label;
  RegimenStoreMirror days;
  JsonObject *extra;
  gboolean    lighter;
  double      lighter_volume;
  double      lighter_intensity;
  gboolean    added_by_rule;
};

G_DEFINE_FINAL_TYPE (RegimenWeek, regimen_week, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_LIGHTER,
  PROP_LIGHTER_VOLUME,
  PROP_LIGHTER_INTENSITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A change of the week's own fields: a new revision
 * (regimen_revision_next()), then the notification. Not a notify
 * handler: GLib emits "notify" only where someone listens, and reading
 * a plan would pay for one emission per field. */
static void
notify_changed (RegimenWeek *self,
                GParamSpec  *pspec)
{
  regimen_node_changed (&self->node);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
regimen_week_dispose (GObject *object)
{
  RegimenWeek *self = (RegimenWeek *)object;

  regimen_store_mirror_clear (&self->days);

  G_OBJECT_CLASS (regimen_week_parent_class)->dispose (object);
}

static void
regimen_week_finalize (GObject *object)
{
  RegimenWeek *self = (RegimenWeek *)object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  g_clear_pointer (&self->days.array, g_ptr_array_unref);

  G_OBJECT_CLASS (regimen_week_parent_class)->finalize (object);
}

static void
regimen_week_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RegimenWeek *self = REGIMEN_WEEK (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_LIGHTER:
      g_value_set_boolean (value, self->lighter);
      break;

    case PROP_LIGHTER_VOLUME:
      g_value_set_double (value, self->lighter_volume);
      break;

    case PROP_LIGHTER_INTENSITY:
      g_value_set_double (value, self->lighter_intensity);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_week_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RegimenWeek *self = REGIMEN_WEEK (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      regimen_week_set_label (self, g_value_get_string (value));
      break;

    case PROP_LIGHTER:
      regimen_week_set_lighter (self, g_value_get_boolean (value));
      break;

    case PROP_LIGHTER_VOLUME:
      regimen_week_set_lighter_factors (self, g_value_get_double (value), self->lighter_intensity);
      break;

    case PROP_LIGHTER_INTENSITY:
      regimen_week_set_lighter_factors (self, self->lighter_volume, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_week_class_init (RegimenWeekClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = regimen_week_dispose;
  object_class->finalize = regimen_week_finalize;
  object_class->get_property = regimen_week_get_property;
  object_class->set_property = regimen_week_set_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* A planned lighter week (deload or taper): the plan check does not read
   * its drop in load as a loss and counts it as the break in a hard block. */
  properties[PROP_LIGHTER] =
    g_param_spec_boolean ("lighter", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The factors the week was made lighter with: a progression rule
   * writing into the week scales what it writes by them. */
  properties[PROP_LIGHTER_VOLUME] =
    g_param_spec_double ("lighter-volume", NULL, NULL,
                         REGIMEN_LIGHTER_FACTOR_MIN, REGIMEN_LIGHTER_FACTOR_MAX,
                         REGIMEN_LIGHTER_DEFAULT_VOLUME,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIGHTER_INTENSITY] =
    g_param_spec_double ("lighter-intensity", NULL, NULL,
                         REGIMEN_LIGHTER_FACTOR_MIN, REGIMEN_LIGHTER_FACTOR_MAX,
                         REGIMEN_LIGHTER_DEFAULT_INTENSITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
regimen_week_init (RegimenWeek *self)
{
  regimen_node_init (&self->node, self);
  regimen_store_mirror_init (&self->days, REGIMEN_TYPE_DAY, &self->node, (RegimenNodeFunc) regimen_day_get_node);
  self->lighter_volume = REGIMEN_LIGHTER_DEFAULT_VOLUME;
  self->lighter_intensity = REGIMEN_LIGHTER_DEFAULT_INTENSITY;
}

/**
 * regimen_week_new:
 * @label: (nullable): e.g. "Week 1" or "Deload"
 *
 * Returns: (transfer full): a week of seven empty days
 */
RegimenWeek *
regimen_week_new (const char *label)
{
  RegimenWeek *self = g_object_new (REGIMEN_TYPE_WEEK, NULL);
  RegimenDay *days[REGIMEN_DAYS_PER_WEEK];

  if (label != NULL && label[0] != '\0')
    self->label = g_strdup (label);

  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    days[i] = regimen_day_new (i);

  /* One change of the list, not seven. */
  regimen_store_mirror_append (&self->days, (gpointer *) days, REGIMEN_DAYS_PER_WEEK);

  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    g_object_unref (days[i]);

  return self;
}

/**
 * regimen_week_copy:
 *
 * A copy is a week a person made (a duplicated or copied week or
 * block): it is not marked as added by a rule, so that removing a rule
 * never removes it (docs/plan-format.md, "week").
 *
 * Returns: (transfer full): a deep copy, unknown members included
 */
RegimenWeek *
regimen_week_copy (RegimenWeek *self)
{
  RegimenWeek *copy;
  gpointer days[REGIMEN_DAYS_PER_WEEK];

  g_return_val_if_fail (REGIMEN_IS_WEEK (self), NULL);

  copy = g_object_new (REGIMEN_TYPE_WEEK, NULL);
  copy->label = g_strdup (self->label);
  copy->lighter = self->lighter;
  copy->lighter_volume = self->lighter_volume;
  copy->lighter_intensity = self->lighter_intensity;
  copy->extra = regimen_json_object_copy (self->extra);

  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    days[i] = regimen_day_copy (regimen_week_get_day (self, i), i);

  regimen_store_mirror_append (&copy->days, days, REGIMEN_DAYS_PER_WEEK);

  for (guint i = 0; i < REGIMEN_DAYS_PER_WEEK; i++)
    g_object_unref (days[i]);

  return copy;
}

const char *
regimen_week_get_label (RegimenWeek *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK (self), NULL);
  return self->label;
}

/**
 * regimen_week_label_says_more:
 * @label: (nullable): a week's label
 * @week: the week's place in its plan, from 0
 *
 * Whether @label says something a week's heading does not: it is none
 * when it shows nothing (regimen_text_shows_something()) or only repeats
 * the week's place, “Week 3” for the third week, in English as the
 * templates write it or in the language of the user interface. The
 * window, the printed sheet and `regimen-cli stats` ask this one
 * answer: a plan made from a template in German printed “Week 1” on
 * every sheet, where the window showed no label (issue 21, pass 44b).
 *
 * Returns: whether @label is worth showing beside the heading
 */
gboolean
regimen_week_label_says_more (const char *label,
                              guint       week)
{
  g_autofree char *english = NULL;
  g_autofree char *translated = NULL;

  if (!regimen_text_shows_something (label))
    return FALSE;

  english = g_strdup_printf ("Week %u", week + 1);
  /* Translators: the heading of a week without a label of its own */
  translated = g_strdup_printf (_("Week %u"), week + 1);

  return !g_str_equal (label, english) && !g_str_equal (label, translated);
}

/**
 * regimen_week_get_days:
 *
 * Returns: (transfer none): a #GListModel of seven #RegimenDay, Monday first
 */
GListModel *
regimen_week_get_days (RegimenWeek *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK (self), NULL);
  return G_LIST_MODEL (regimen_store_mirror_get_store (&self->days));
}

guint
regimen_week_get_n_days (RegimenWeek *self)
{
  return self->days.array->len;
}

/**
 * regimen_week_get_day:
 * @day: 0 (Monday) to 6 (Sunday)
 *
 * Returns: (transfer none): the day
 */
RegimenDay *
regimen_week_get_day (RegimenWeek *self,
                      guint        day)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK (self), NULL);
  g_return_val_if_fail (day < REGIMEN_DAYS_PER_WEEK, NULL);

  return day < self->days.array->len ? g_ptr_array_index (self->days.array, day) : NULL;
}

/**
 * regimen_week_peek_day:
 * @self: a week
 * @day: less than %REGIMEN_DAYS_PER_WEEK
 *
 * The day at @day, for loops over a whole plan (the check, the
 * metrics, the reader and the writer): unlike regimen_week_get_day() it checks
 * nothing but @day and reads a plain array, where a #GListModel
 * takes and drops a reference for each day.
 *
 * Returns: (transfer none): the day, borrowed: valid while it is in @self
 */
RegimenDay *
regimen_week_peek_day (RegimenWeek *self,
                       guint        day)
{
  g_return_val_if_fail (day < self->days.array->len, NULL);

  return g_ptr_array_index (self->days.array, day);
}

JsonObject *
regimen_week_get_extra (RegimenWeek *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK (self), NULL);
  return self->extra;
}

void
regimen_week_take_extra (RegimenWeek *self,
                         JsonObject  *extra)
{
  g_return_if_fail (REGIMEN_IS_WEEK (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
regimen_week_set_label (RegimenWeek *self,
                        const char  *label)
{
  g_return_if_fail (REGIMEN_IS_WEEK (self));

  if (label != NULL && label[0] == '\0')
    label = NULL;

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  notify_changed (self, properties[PROP_LABEL]);
}

/**
 * regimen_week_get_added_by_rule:
 *
 * Whether a progression rule added the week to the plan (the
 * "added_by_rule" member): removing the rule may remove it again when
 * it is left blank, never a week a person added.
 *
 * Returns: %TRUE for a week a rule added
 */
gboolean
regimen_week_get_added_by_rule (RegimenWeek *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK (self), FALSE);
  return self->added_by_rule;
}

/* For weeks not in a plan yet: the reader, and a rule adding one. */
void
regimen_week_set_added_by_rule (RegimenWeek *self,
                                gboolean     added_by_rule)
{
  g_return_if_fail (REGIMEN_IS_WEEK (self));
  self->added_by_rule = !!added_by_rule;
}

gboolean
regimen_week_get_lighter (RegimenWeek *self)
{
  g_return_val_if_fail (REGIMEN_IS_WEEK (self), FALSE);
  return self->lighter;
}

void
regimen_week_set_lighter (RegimenWeek *self,
                          gboolean     lighter)
{
  g_return_if_fail (REGIMEN_IS_WEEK (self));

  lighter = !!lighter;
  if (self->lighter == lighter)
    return;

  self->lighter = lighter;
  notify_changed (self, properties[PROP_LIGHTER]);
}

/**
 * regimen_week_get_lighter_factors:
 * @volume: (out) (optional): the factor of sets, rounds and minutes
 * @intensity: (out) (optional): the factor of loads and RPE
 *
 * The factors the week was made lighter with; the defaults
 * (REGIMEN_LIGHTER_DEFAULT_VOLUME, …_INTENSITY) for a week that was only
 * marked lighter.
 */
void
regimen_week_get_lighter_factors (RegimenWeek *self,
                                  double      *volume,
                                  double      *intensity)
{
  g_return_if_fail (REGIMEN_IS_WEEK (self));

  if (volume != NULL)
    *volume = self->lighter_volume;
  if (intensity != NULL)
    *intensity = self->lighter_intensity;
}

void
regimen_week_set_lighter_factors (RegimenWeek *self,
                                  double       volume,
                                  double       intensity)
{
  g_return_if_fail (REGIMEN_IS_WEEK (self));
  g_return_if_fail (regimen_lighter_factor_valid (volume));
  g_return_if_fail (regimen_lighter_factor_valid (intensity));

  if (self->lighter_volume != volume)
    {
      self->lighter_volume = volume;
      notify_changed (self, properties[PROP_LIGHTER_VOLUME]);
    }

  if (self->lighter_intensity != intensity)
    {
      self->lighter_intensity = intensity;
      notify_changed (self, properties[PROP_LIGHTER_INTENSITY]);
    }
}

/* See regimen_revision_next(). */
guint64
regimen_week_get_revision (RegimenWeek *self)
{
  return self->node.revision;
}

RegimenNode *
regimen_week_get_node (RegimenWeek *self)
{
  return &self->node;
}
