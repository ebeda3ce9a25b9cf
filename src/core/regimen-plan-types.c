/* regimen-plan-types.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-plan-types.h"

G_DEFINE_ENUM_TYPE (RegimenSessionKind, regimen_session_kind,
  G_DEFINE_ENUM_VALUE (REGIMEN_SESSION_KIND_STRENGTH, "strength"),
  G_DEFINE_ENUM_VALUE (REGIMEN_SESSION_KIND_HIIT, "hiit"),
  G_DEFINE_ENUM_VALUE (REGIMEN_SESSION_KIND_CARDIO, "cardio"),
  G_DEFINE_ENUM_VALUE (REGIMEN_SESSION_KIND_MOBILITY, "mobility"),
  G_DEFINE_ENUM_VALUE (REGIMEN_SESSION_KIND_SKILL, "skill"),
  G_DEFINE_ENUM_VALUE (REGIMEN_SESSION_KIND_COMPETITION, "competition"))

G_DEFINE_ENUM_TYPE (RegimenLevel, regimen_level,
  G_DEFINE_ENUM_VALUE (REGIMEN_LEVEL_BEGINNER, "beginner"),
  G_DEFINE_ENUM_VALUE (REGIMEN_LEVEL_INTERMEDIATE, "intermediate"),
  G_DEFINE_ENUM_VALUE (REGIMEN_LEVEL_ADVANCED, "advanced"))

G_DEFINE_ENUM_TYPE (RegimenLifeStress, regimen_life_stress,
  G_DEFINE_ENUM_VALUE (REGIMEN_LIFE_STRESS_LOW, "low"),
  G_DEFINE_ENUM_VALUE (REGIMEN_LIFE_STRESS_MODERATE, "moderate"),
  G_DEFINE_ENUM_VALUE (REGIMEN_LIFE_STRESS_HIGH, "high"))

/* The file's words are part of the format contract: never translated. */
static const char * const session_kind_words[REGIMEN_N_SESSION_KINDS] = {
  "strength", "hiit", "cardio", "mobility", "skill", "competition",
};

static const char * const session_kind_labels[REGIMEN_N_SESSION_KINDS] = {
  /* Translators: a kind of training session */
  NC_("session kind", "Strength"),
  /* Translators: a kind of training session (high-intensity intervals) */
  NC_("session kind", "HIIT"),
  /* Translators: a kind of training session (endurance) */
  NC_("session kind", "Cardio"),
  /* Translators: a kind of training session */
  NC_("session kind", "Mobility"),
  /* Translators: a kind of training session (technique practice) */
  NC_("session kind", "Skill"),
  /* Translators: a kind of training session (a game, race or test day) */
  NC_("session kind", "Competition"),
};

static const char * const level_words[REGIMEN_N_LEVELS] = {
  "beginner", "intermediate", "advanced",
};

static const char * const level_labels[REGIMEN_N_LEVELS] = {
  /* Translators: training experience of the athlete */
  NC_("athlete level", "Beginner"),
  /* Translators: training experience of the athlete */
  NC_("athlete level", "Intermediate"),
  /* Translators: training experience of the athlete */
  NC_("athlete level", "Advanced"),
};

static const char * const life_stress_words[REGIMEN_N_LIFE_STRESSES] = {
  "low", "moderate", "high",
};

static const char * const life_stress_labels[REGIMEN_N_LIFE_STRESSES] = {
  /* Translators: stress outside training (work, sleep, family) */
  NC_("life stress", "Low"),
  /* Translators: stress outside training (work, sleep, family) */
  NC_("life stress", "Moderate"),
  /* Translators: stress outside training (work, sleep, family) */
  NC_("life stress", "High"),
};

static gboolean
word_lookup (const char * const *words,
             guint               n_words,
             const char         *str,
             guint              *index)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_words; i++)
    {
      if (g_str_equal (words[i], str))
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
regimen_session_kind_to_string (RegimenSessionKind kind)
{
  g_return_val_if_fail ((guint) kind < REGIMEN_N_SESSION_KINDS, NULL);

  return session_kind_words[kind];
}

gboolean
regimen_session_kind_from_string (const char         *str,
                                  RegimenSessionKind *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!word_lookup (session_kind_words, REGIMEN_N_SESSION_KINDS, str, &index))
    return FALSE;

  *out = (RegimenSessionKind) index;
  return TRUE;
}

const char *
regimen_session_kind_get_label (RegimenSessionKind kind)
{
  g_return_val_if_fail ((guint) kind < REGIMEN_N_SESSION_KINDS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "session kind", session_kind_labels[kind]);
}

const char *
regimen_level_to_string (RegimenLevel level)
{
  g_return_val_if_fail ((guint) level < REGIMEN_N_LEVELS, NULL);

  return level_words[level];
}

gboolean
regimen_level_from_string (const char   *str,
                           RegimenLevel *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!word_lookup (level_words, REGIMEN_N_LEVELS, str, &index))
    return FALSE;

  *out = (RegimenLevel) index;
  return TRUE;
}

const char *
regimen_level_get_label (RegimenLevel level)
{
  g_return_val_if_fail ((guint) level < REGIMEN_N_LEVELS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "athlete level", level_labels[level]);
}

const char *
regimen_life_stress_to_string (RegimenLifeStress stress)
{
  g_return_val_if_fail ((guint) stress < REGIMEN_N_LIFE_STRESSES, NULL);

  return life_stress_words[stress];
}

gboolean
regimen_life_stress_from_string (const char        *str,
                                 RegimenLifeStress *out)
{
  guint index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!word_lookup (life_stress_words, REGIMEN_N_LIFE_STRESSES, str, &index))
    return FALSE;

  *out = (RegimenLifeStress) index;
  return TRUE;
}

const char *
regimen_life_stress_get_label (RegimenLifeStress stress)
{
  g_return_val_if_fail ((guint) stress < REGIMEN_N_LIFE_STRESSES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "life stress", life_stress_labels[stress]);
}

gboolean
regimen_tempo_is_valid (const char *tempo)
{
  if (tempo == NULL)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (tempo[i]) && tempo[i] != 'X')
        return FALSE;
    }

  return tempo[4] == '\0';
}
