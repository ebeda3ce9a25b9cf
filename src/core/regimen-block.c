/* regimen-block.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-block"

#include "config.h"

#include "regimen-block.h"
#include "regimen-plan-private.h"
#include "regimen-plan-types.h"

struct _RegimenBlock
{
  GObject     parent_instance;

  char       *name;
  char       *goal;
  guint       n_weeks;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (RegimenBlock, regimen_block, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_GOAL,
  PROP_N_WEEKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
regimen_block_finalize (GObject *object)
{
  RegimenBlock *self = (RegimenBlock *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->goal, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (regimen_block_parent_class)->finalize (object);
}

static void
regimen_block_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RegimenBlock *self = REGIMEN_BLOCK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_GOAL:
      g_value_set_string (value, self->goal);
      break;

    case PROP_N_WEEKS:
      g_value_set_uint (value, self->n_weeks);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_block_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RegimenBlock *self = REGIMEN_BLOCK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      regimen_block_set_name (self, g_value_get_string (value));
      break;

    case PROP_GOAL:
      regimen_block_set_goal (self, g_value_get_string (value));
      break;

    case PROP_N_WEEKS:
      regimen_block_set_n_weeks (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_block_class_init (RegimenBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = regimen_block_finalize;
  object_class->get_property = regimen_block_get_property;
  object_class->set_property = regimen_block_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_GOAL] = g_param_spec_string ("goal", NULL, NULL, NULL, flags);
  properties[PROP_N_WEEKS] =
    g_param_spec_uint ("n-weeks", NULL, NULL, 1, REGIMEN_PLAN_MAX_WEEKS, 1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
regimen_block_init (RegimenBlock *self)
{
  self->n_weeks = 1;
}

/**
 * regimen_block_new:
 * @name: not empty
 * @goal: (nullable): e.g. "Build volume at 65–75 %"
 * @n_weeks: at least 1
 *
 * Returns: (transfer full): a block not in a plan yet
 */
RegimenBlock *
regimen_block_new (const char *name,
                   const char *goal,
                   guint       n_weeks)
{
  RegimenBlock *self;

  g_return_val_if_fail (name != NULL && name[0] != '\0', NULL);
  g_return_val_if_fail (n_weeks >= 1, NULL);

  self = g_object_new (REGIMEN_TYPE_BLOCK, NULL);
  self->name = g_strdup (name);
  self->goal = goal != NULL && goal[0] != '\0' ? g_strdup (goal) : NULL;
  self->n_weeks = n_weeks;

  return self;
}

/**
 * regimen_block_copy:
 *
 * Returns: (transfer full): a copy, unknown members included
 */
RegimenBlock *
regimen_block_copy (RegimenBlock *self)
{
  RegimenBlock *copy;

  g_return_val_if_fail (REGIMEN_IS_BLOCK (self), NULL);

  copy = regimen_block_new (self->name, self->goal, self->n_weeks);
  copy->extra = regimen_json_object_copy (self->extra);

  return copy;
}

const char *
regimen_block_get_name (RegimenBlock *self)
{
  g_return_val_if_fail (REGIMEN_IS_BLOCK (self), NULL);
  return self->name;
}

const char *
regimen_block_get_goal (RegimenBlock *self)
{
  g_return_val_if_fail (REGIMEN_IS_BLOCK (self), NULL);
  return self->goal;
}

guint
regimen_block_get_n_weeks (RegimenBlock *self)
{
  g_return_val_if_fail (REGIMEN_IS_BLOCK (self), 0);
  return self->n_weeks;
}

JsonObject *
regimen_block_get_extra (RegimenBlock *self)
{
  g_return_val_if_fail (REGIMEN_IS_BLOCK (self), NULL);
  return self->extra;
}

void
regimen_block_set_name (RegimenBlock *self,
                        const char   *name)
{
  g_return_if_fail (REGIMEN_IS_BLOCK (self));
  g_return_if_fail (name != NULL && name[0] != '\0');

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
regimen_block_set_goal (RegimenBlock *self,
                        const char   *goal)
{
  g_return_if_fail (REGIMEN_IS_BLOCK (self));

  if (goal != NULL && goal[0] == '\0')
    goal = NULL;

  if (g_strcmp0 (self->goal, goal) == 0)
    return;

  g_free (self->goal);
  self->goal = g_strdup (goal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL]);
}

void
regimen_block_set_n_weeks (RegimenBlock *self,
                           guint         n_weeks)
{
  g_return_if_fail (REGIMEN_IS_BLOCK (self));
  g_return_if_fail (n_weeks >= 1);

  if (self->n_weeks == n_weeks)
    return;

  self->n_weeks = n_weeks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WEEKS]);
}

void
regimen_block_take_extra (RegimenBlock *self,
                          JsonObject   *extra)
{
  g_return_if_fail (REGIMEN_IS_BLOCK (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/* Whether @c shows nothing where it stands: a space, a control
 * character, a format character (zero-width space and joiners, the
 * direction marks and embeddings, the soft hyphen, the word joiner, the
 * byte-order mark), the combining grapheme joiner, a variation selector
 * or a Hangul filler. A name of such characters alone was kept and shown
 * as an empty name. */
static gboolean
is_invisible (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return g_unichar_isspace (c) || type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
         c == 0x034F || (c >= 0x180B && c <= 0x180F) || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xE0100 && c <= 0xE01EF) || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
}

gboolean
regimen_text_shows_something (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_invisible (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

gboolean
regimen_block_name_valid (const char *name)
{
  return regimen_text_shows_something (name);
}
