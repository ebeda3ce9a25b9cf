/* regimen-muscle.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-muscle"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-muscle.h"

typedef struct
{
  const char *id;
  const char *name;
} VocabularyEntry;

static const VocabularyEntry muscles[] = {
  { "quadriceps", NC_("muscle group", "Quadriceps") },
  { "hamstrings", NC_("muscle group", "Hamstrings") },
  { "glutes", NC_("muscle group", "Glutes") },
  { "hip-flexors", NC_("muscle group", "Hip flexors") },
  { "adductors", NC_("muscle group", "Adductors") },
  { "abductors", NC_("muscle group", "Abductors") },
  { "calves", NC_("muscle group", "Calves") },
  { "abdominals", NC_("muscle group", "Abdominals") },
  { "obliques", NC_("muscle group", "Obliques") },
  { "lower-back", NC_("muscle group", "Lower back") },
  { "lats", NC_("muscle group", "Lats") },
  { "upper-back", NC_("muscle group", "Upper back") },
  { "chest", NC_("muscle group", "Chest") },
  { "shoulders", NC_("muscle group", "Shoulders") },
  { "triceps", NC_("muscle group", "Triceps") },
  { "biceps", NC_("muscle group", "Biceps") },
  { "forearms", NC_("muscle group", "Forearms") },
  /* Translators: the ability to hold on, e.g. to a bar */
  { "grip", NC_("muscle group", "Grip") },
};

static const VocabularyEntry equipment[] = {
  /* Translators: the exercise needs no equipment */
  { "none", NC_("equipment", "No equipment") },
  { "mat", NC_("equipment", "Mat") },
  /* Translators: a small looped resistance band worn around the legs or feet */
  { "mini-band", NC_("equipment", "Mini band") },
  /* Translators: a long looped resistance band anchored to a fixed point */
  { "long-band", NC_("equipment", "Long band") },
  { "bench", NC_("equipment", "Bench") },
  /* Translators: a sturdy box to step or sit on */
  { "box", NC_("equipment", "Box") },
  { "barbell", NC_("equipment", "Barbell") },
  { "dumbbell", NC_("equipment", "Dumbbell") },
  { "kettlebell", NC_("equipment", "Kettlebell") },
  /* Translators: a cable machine with an adjustable pulley */
  { "cable", NC_("equipment", "Cable machine") },
  /* Translators: a large inflatable exercise ball */
  { "physioball", NC_("equipment", "Exercise ball") },
  { "pull-up-bar", NC_("equipment", "Pull-up bar") },
  /* Translators: straps hanging from an anchor, such as a TRX */
  { "suspension-trainer", NC_("equipment", "Suspension trainer") },
  /* Translators: a weight plate, used here as a heel wedge or counterweight */
  { "plate", NC_("equipment", "Weight plate") },
  { "wall", NC_("equipment", "Wall") },
  /* Translators: a running track or any open stretch to run on */
  { "track", NC_("equipment", "Running space") },
  /* Translators: a bicycle, on the road or an exercise bike indoors */
  { "bike", NC_("equipment", "Bike") },
  /* Translators: an indoor rowing machine (ergometer) */
  { "rowing-machine", NC_("equipment", "Rowing machine") },
  /* Translators: a swimming pool or open water to swim in */
  { "pool", NC_("equipment", "Pool") },
};

static const char * const *
list_ids (const VocabularyEntry *entries,
          gsize                  n_entries,
          const char          ***cache)
{
  if (g_once_init_enter (cache))
    {
      const char **ids = g_new0 (const char *, n_entries + 1);

      for (gsize i = 0; i < n_entries; i++)
        ids[i] = entries[i].id;

      g_once_init_leave (cache, ids);
    }

  return (const char * const *) *cache;
}

static const VocabularyEntry *
find_entry (const VocabularyEntry *entries,
            gsize                  n_entries,
            const char            *id)
{
  for (gsize i = 0; i < n_entries; i++)
    {
      if (g_str_equal (entries[i].id, id))
        return &entries[i];
    }

  return NULL;
}

/**
 * regimen_muscle_list_ids:
 *
 * Returns: (transfer none): the %NULL-terminated muscle group ids, in the
 *   order a filter should offer them
 */
const char * const *
regimen_muscle_list_ids (void)
{
  static const char **ids;

  return list_ids (muscles, G_N_ELEMENTS (muscles), &ids);
}

gboolean
regimen_muscle_is_valid (const char *muscle_id)
{
  g_return_val_if_fail (muscle_id != NULL, FALSE);

  return find_entry (muscles, G_N_ELEMENTS (muscles), muscle_id) != NULL;
}

/**
 * regimen_muscle_get_name:
 * @muscle_id: a muscle group id such as "glutes"
 *
 * Returns: (transfer none) (nullable): the translated name of the muscle
 *   group, or %NULL when @muscle_id is not in the vocabulary
 */
const char *
regimen_muscle_get_name (const char *muscle_id)
{
  const VocabularyEntry *entry;

  g_return_val_if_fail (muscle_id != NULL, NULL);

  entry = find_entry (muscles, G_N_ELEMENTS (muscles), muscle_id);
  if (entry == NULL)
    return NULL;

  return g_dpgettext2 (GETTEXT_PACKAGE, "muscle group", entry->name);
}

/**
 * regimen_equipment_list_ids:
 *
 * Returns: (transfer none): the %NULL-terminated equipment ids
 */
const char * const *
regimen_equipment_list_ids (void)
{
  static const char **ids;

  return list_ids (equipment, G_N_ELEMENTS (equipment), &ids);
}

gboolean
regimen_equipment_is_valid (const char *equipment_id)
{
  g_return_val_if_fail (equipment_id != NULL, FALSE);

  return find_entry (equipment, G_N_ELEMENTS (equipment), equipment_id) != NULL;
}

/**
 * regimen_equipment_get_name:
 * @equipment_id: an equipment id such as "kettlebell"
 *
 * Returns: (transfer none) (nullable): the translated name of the
 *   equipment, or %NULL when @equipment_id is not in the vocabulary
 */
const char *
regimen_equipment_get_name (const char *equipment_id)
{
  const VocabularyEntry *entry;

  g_return_val_if_fail (equipment_id != NULL, NULL);

  entry = find_entry (equipment, G_N_ELEMENTS (equipment), equipment_id);
  if (entry == NULL)
    return NULL;

  return g_dpgettext2 (GETTEXT_PACKAGE, "equipment", entry->name);
}
