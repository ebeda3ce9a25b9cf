/* regimen-exercise.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-exercise"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-block.h"
#include "regimen-exercise-private.h"
#include "regimen-library-search.h"
#include "regimen-muscle.h"
#include "regimen-prescription-text.h"

G_DEFINE_FINAL_TYPE (RegimenExercise, regimen_exercise, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (RegimenExerciseCategory, regimen_exercise_category,
  G_DEFINE_ENUM_VALUE (REGIMEN_EXERCISE_CATEGORY_MOBILITY, "mobility"),
  G_DEFINE_ENUM_VALUE (REGIMEN_EXERCISE_CATEGORY_CORE, "core"),
  G_DEFINE_ENUM_VALUE (REGIMEN_EXERCISE_CATEGORY_STRENGTH, "strength"),
  G_DEFINE_ENUM_VALUE (REGIMEN_EXERCISE_CATEGORY_POWER, "power"),
  G_DEFINE_ENUM_VALUE (REGIMEN_EXERCISE_CATEGORY_CONDITIONING, "conditioning"))

G_DEFINE_BOXED_TYPE (RegimenPrescription, regimen_prescription,
                     regimen_prescription_copy, regimen_prescription_free)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_LEVEL,
  PROP_HIIT_FIT,
  PROP_CUSTOM,
  PROP_PICTURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const category_ids[REGIMEN_EXERCISE_N_CATEGORIES] = {
  "mobility",
  "core",
  "strength",
  "power",
  "conditioning",
};

static const char * const category_names[REGIMEN_EXERCISE_N_CATEGORIES] = {
  NC_("exercise category", "Mobility"),
  /* Translators: trunk stability and abdominal work */
  NC_("exercise category", "Core"),
  NC_("exercise category", "Strength"),
  /* Translators: fast, explosive work such as swings and sprints */
  NC_("exercise category", "Power"),
  /* Translators: cardiovascular work such as runs and intervals */
  NC_("exercise category", "Conditioning"),
};

static gboolean
strv_contains (GStrv        strv,
               const char  *str)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, str);
}

static gboolean
replace_str (char       **field,
             const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static void
regimen_exercise_finalize (GObject *object)
{
  RegimenExercise *self = (RegimenExercise *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->primary_muscles, g_strfreev);
  g_clear_pointer (&self->secondary_muscles, g_strfreev);
  g_clear_pointer (&self->equipment, g_strfreev);
  g_clear_pointer (&self->setup, g_free);
  g_clear_pointer (&self->movement, g_free);
  g_clear_pointer (&self->breathing, g_free);
  g_clear_pointer (&self->cues, g_strfreev);
  g_clear_pointer (&self->faults, g_strfreev);
  g_clear_pointer (&self->previous, g_free);
  g_clear_pointer (&self->next, g_free);
  g_clear_pointer (&self->picture, g_free);
  g_clear_pointer (&self->poses, regimen_pose_sequence_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (regimen_exercise_parent_class)->finalize (object);
}

static void
regimen_exercise_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RegimenExercise *self = REGIMEN_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;

    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    case PROP_HIIT_FIT:
      g_value_set_boolean (value, self->hiit_fit);
      break;

    case PROP_CUSTOM:
      g_value_set_boolean (value, self->custom);
      break;

    case PROP_PICTURE:
      g_value_set_string (value, self->picture);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RegimenExercise *self = REGIMEN_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      regimen_exercise_set_name (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      regimen_exercise_set_category (self, g_value_get_enum (value));
      break;

    case PROP_LEVEL:
      regimen_exercise_set_level (self, g_value_get_uint (value));
      break;

    case PROP_HIIT_FIT:
      regimen_exercise_set_hiit_fit (self, g_value_get_boolean (value));
      break;

    case PROP_CUSTOM:
      self->custom = g_value_get_boolean (value);
      break;

    case PROP_PICTURE:
      regimen_exercise_set_picture (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_class_init (RegimenExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = regimen_exercise_finalize;
  object_class->get_property = regimen_exercise_get_property;
  object_class->set_property = regimen_exercise_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL,
                       REGIMEN_TYPE_EXERCISE_CATEGORY,
                       REGIMEN_EXERCISE_CATEGORY_STRENGTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL,
                       1, 4, 1,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HIIT_FIT] =
    g_param_spec_boolean ("hiit-fit", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CUSTOM] =
    g_param_spec_boolean ("custom", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PICTURE] =
    g_param_spec_string ("picture", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
regimen_exercise_init (RegimenExercise *self)
{
  self->category = REGIMEN_EXERCISE_CATEGORY_STRENGTH;
  self->level = 1;
  self->aliases = g_new0 (char *, 1);
  self->primary_muscles = g_new0 (char *, 1);
  self->secondary_muscles = g_new0 (char *, 1);
  self->equipment = g_new0 (char *, 1);
  self->cues = g_new0 (char *, 1);
  self->faults = g_new0 (char *, 1);
}

RegimenExercise *
_regimen_exercise_new_builtin (const char *id)
{
  g_assert (id != NULL);

  return g_object_new (REGIMEN_TYPE_EXERCISE,
                       "id", id,
                       NULL);
}

/**
 * regimen_exercise_category_to_id:
 * @category: a category
 *
 * Returns: (transfer none): the stable id of @category, as used in JSON
 */
const char *
regimen_exercise_category_to_id (RegimenExerciseCategory category)
{
  g_return_val_if_fail (category < REGIMEN_EXERCISE_N_CATEGORIES, NULL);

  return category_ids[category];
}

/**
 * regimen_exercise_category_from_id:
 * @id: a category id such as "core"
 * @category: (out): where to store the category
 *
 * Returns: %TRUE when @id names a category
 */
gboolean
regimen_exercise_category_from_id (const char              *id,
                                   RegimenExerciseCategory *category)
{
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  for (guint i = 0; i < REGIMEN_EXERCISE_N_CATEGORIES; i++)
    {
      if (g_str_equal (category_ids[i], id))
        {
          *category = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * regimen_exercise_category_get_name:
 * @category: a category
 *
 * Returns: (transfer none): the translated name of @category
 */
const char *
regimen_exercise_category_get_name (RegimenExerciseCategory category)
{
  g_return_val_if_fail (category < REGIMEN_EXERCISE_N_CATEGORIES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "exercise category", category_names[category]);
}

RegimenPrescription *
regimen_prescription_copy (const RegimenPrescription *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
regimen_prescription_free (RegimenPrescription *self)
{
  g_free (self);
}

/**
 * regimen_prescription_init_for_category:
 * @self: a prescription to fill
 * @category: the category of an exercise
 *
 * The prescription a new custom exercise starts from, the common dose of
 * its kind of work (ACSM, NSCA): mobility 2 × 10 with 30 s rest, core
 * 3 × 10 with 45 s, strength 3 × 10 with 90 s, power 4 × 5 with 2 min,
 * conditioning 4 × 12 with 60 s. The person edits it in the form.
 */
void
regimen_prescription_init_for_category (RegimenPrescription     *self,
                                        RegimenExerciseCategory  category)
{
  static const struct {
    guint sets;
    guint reps;
    guint rest_seconds;
  } defaults[] = {
    [REGIMEN_EXERCISE_CATEGORY_MOBILITY] = { 2, 10, 30 },
    [REGIMEN_EXERCISE_CATEGORY_CORE] = { 3, 10, 45 },
    [REGIMEN_EXERCISE_CATEGORY_STRENGTH] = { 3, 10, 90 },
    [REGIMEN_EXERCISE_CATEGORY_POWER] = { 4, 5, 120 },
    [REGIMEN_EXERCISE_CATEGORY_CONDITIONING] = { 4, 12, 60 },
  };

  g_return_if_fail (self != NULL);
  g_return_if_fail (category < REGIMEN_EXERCISE_N_CATEGORIES);

  *self = (RegimenPrescription) {
    .sets = defaults[category].sets,
    .reps_min = defaults[category].reps,
    .reps_max = defaults[category].reps,
    .rest_seconds = defaults[category].rest_seconds,
  };
}

/**
 * regimen_prescription_is_empty:
 * @self: a prescription
 *
 * Returns: %TRUE when it prescribes no sets, reps, hold or interval
 */
gboolean
regimen_prescription_is_empty (const RegimenPrescription *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->sets == 0 && self->reps_min == 0 && self->hold_seconds == 0 &&
         !regimen_prescription_has_interval (self);
}

gboolean
regimen_prescription_has_interval (const RegimenPrescription *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->interval_rounds > 0 && self->interval_work_seconds > 0;
}

static char *
format_volume (const RegimenPrescription *self)
{
  guint sets = MAX (self->sets, 1);

  if (regimen_prescription_has_interval (self) && self->interval_rest_seconds == 0)
    /* Translators: an interval prescription with no rest between rounds, e.g. "8 rounds: 30 s work, no rest" */
    return g_strdup_printf (_("%u rounds: %u s work, no rest"),
                            self->interval_rounds, self->interval_work_seconds);

  if (regimen_prescription_has_interval (self))
    /* Translators: an interval prescription, e.g. "8 rounds: 30 s work, 60 s rest" */
    return g_strdup_printf (_("%u rounds: %u s work, %u s rest"),
                            self->interval_rounds,
                            self->interval_work_seconds,
                            self->interval_rest_seconds);

  if (self->reps_min > 0 && self->reps_max > self->reps_min)
    /* Translators: sets × a range of repetitions, e.g. "3 × 10–12" */
    return g_strdup_printf (C_("prescription", "%u × %u–%u"),
                            sets, self->reps_min, self->reps_max);

  if (self->reps_min > 0)
    /* Translators: sets × repetitions, e.g. "3 × 10" */
    return g_strdup_printf (C_("prescription", "%u × %u"), sets, self->reps_min);

  if (self->hold_seconds > 0)
    /* Translators: sets × a hold in seconds, e.g. "2 × 20 s" */
    return g_strdup_printf (C_("prescription", "%u × %u s"), sets, self->hold_seconds);

  if (self->sets > 0)
    /* Translators: a number of sets with no repetition count */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", self->sets),
                            self->sets);

  return NULL;
}

/**
 * regimen_prescription_to_string:
 * @self: a prescription
 *
 * Formats the prescription for a card or the printed sheet, such as
 * "3 × 10–12 per side, tempo 3-0-1-0".
 *
 * Returns: (transfer full) (nullable): a translated summary, or %NULL
 *   when the prescription gives nothing to show
 */
char *
regimen_prescription_to_string (const RegimenPrescription *self)
{
  g_autofree char *volume = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  volume = format_volume (self);
  if (volume == NULL)
    return NULL;

  if (self->per_side)
    {
      /* Translators: %s is a prescription such as "3 × 10"; done on each side */
      char *sided = g_strdup_printf (_("%s per side"), volume);

      g_free (volume);
      volume = sided;
    }

  if (self->tempo[0] != '\0')
    {
      g_autofree char *tempo = regimen_tempo_format (self->tempo);

      /* Translators: %s is a prescription, then a lifting tempo, “3-0-1-0” */
      return g_strdup_printf (_("%s, tempo %s"), volume, tempo);
    }

  return g_steal_pointer (&volume);
}

/**
 * regimen_exercise_new_custom:
 * @id: a kebab-case id not used by any other exercise
 * @name: the name the person gave the exercise
 * @category: its category
 *
 * Returns: (transfer full): a new custom exercise, with the default
 *   prescription of its category (regimen_prescription_init_for_category())
 */
RegimenExercise *
regimen_exercise_new_custom (const char              *id,
                             const char              *name,
                             RegimenExerciseCategory  category)
{
  RegimenExercise *exercise;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (category < REGIMEN_EXERCISE_N_CATEGORIES, NULL);

  exercise = g_object_new (REGIMEN_TYPE_EXERCISE,
                           "id", id,
                           "name", name,
                           "category", category,
                           "custom", TRUE,
                           NULL);
  regimen_prescription_init_for_category (&exercise->prescription, category);

  return exercise;
}

const char *
regimen_exercise_get_id (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->id;
}

/**
 * regimen_exercise_get_name:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): the translated name
 */
const char *
regimen_exercise_get_name (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->name;
}

/**
 * regimen_exercise_get_display_name:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): the translated name, or the id when the name
 *   is only spaces and characters that show nothing (a zero-width space,
 *   line breaks): a custom exercise of such a name, which a hand-edited
 *   exercises.json may hold and the editor took pasted, was a blank in
 *   the library, on its cards and on the printed sheet (issue 21, pass
 *   33a). The file keeps the name as it is.
 */
/* The ids display names have stood for, of this process's exercises
 * named only with what shows nothing; never forgotten (a handful at
 * most). Read by acknowledgement fingerprints on any thread, a PDF
 * export's worker among them, which must not look into the library the
 * main thread edits. */
static GMutex blank_named_mutex;
static GHashTable *blank_named_ids;

const char *
regimen_exercise_get_display_name (RegimenExercise *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  if (regimen_text_shows_something (self->name))
    return self->name;

  locker = g_mutex_locker_new (&blank_named_mutex);
  if (blank_named_ids == NULL)
    blank_named_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_contains (blank_named_ids, self->id))
    g_hash_table_add (blank_named_ids, g_strdup (self->id));

  return self->id;
}

/*
 * _regimen_exercise_id_stood_for_blank_name:
 * @id: an exercise's id
 *
 * Returns: whether regimen_exercise_get_display_name() gave @id in place
 *   of a name that shows nothing, in this process; safe on any thread
 */
gboolean
_regimen_exercise_id_stood_for_blank_name (const char *id)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&blank_named_mutex);

  return blank_named_ids != NULL && g_hash_table_contains (blank_named_ids, id);
}

/**
 * regimen_exercise_get_aliases:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): other names the exercise goes by, %NULL-terminated
 */
const char * const *
regimen_exercise_get_aliases (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return (const char * const *) self->aliases;
}

RegimenExerciseCategory
regimen_exercise_get_category (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), REGIMEN_EXERCISE_CATEGORY_STRENGTH);

  return self->category;
}

/**
 * regimen_exercise_get_primary_muscles:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): the muscle group ids the exercise mainly
 *   works, %NULL-terminated; see regimen_muscle_get_name()
 */
const char * const *
regimen_exercise_get_primary_muscles (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return (const char * const *) self->primary_muscles;
}

/**
 * regimen_exercise_get_secondary_muscles:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): the muscle group ids that assist, %NULL-terminated
 */
const char * const *
regimen_exercise_get_secondary_muscles (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return (const char * const *) self->secondary_muscles;
}

/**
 * regimen_exercise_works_muscle:
 * @self: a #RegimenExercise
 * @muscle_id: a muscle group id
 *
 * Returns: %TRUE when @muscle_id is a primary or a secondary muscle group
 */
gboolean
regimen_exercise_works_muscle (RegimenExercise *self,
                               const char      *muscle_id)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (muscle_id != NULL, FALSE);

  return strv_contains (self->primary_muscles, muscle_id) ||
         strv_contains (self->secondary_muscles, muscle_id);
}

/**
 * regimen_exercise_get_equipment:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): equipment ids, %NULL-terminated; "none" alone
 *   when the exercise needs nothing
 */
const char * const *
regimen_exercise_get_equipment (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return (const char * const *) self->equipment;
}

gboolean
regimen_exercise_needs_equipment (RegimenExercise *self,
                                  const char      *equipment_id)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (equipment_id != NULL, FALSE);

  return strv_contains (self->equipment, equipment_id);
}

/**
 * regimen_exercise_get_level:
 * @self: a #RegimenExercise
 *
 * Returns: the difficulty, from 1 (beginner) to 4 (advanced)
 */
guint
regimen_exercise_get_level (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), 0);

  return self->level;
}

/**
 * regimen_exercise_get_setup:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none) (nullable): how to get into position, translated
 */
const char *
regimen_exercise_get_setup (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->setup;
}

/**
 * regimen_exercise_get_movement:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none) (nullable): how to perform one repetition, translated
 */
const char *
regimen_exercise_get_movement (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->movement;
}

/**
 * regimen_exercise_get_breathing:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none) (nullable): when to breathe in and out, translated
 */
const char *
regimen_exercise_get_breathing (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->breathing;
}

/**
 * regimen_exercise_get_cues:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): short coaching cues, translated, %NULL-terminated
 */
const char * const *
regimen_exercise_get_cues (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return (const char * const *) self->cues;
}

/**
 * regimen_exercise_get_faults:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): common faults to avoid, translated, %NULL-terminated
 */
const char * const *
regimen_exercise_get_faults (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return (const char * const *) self->faults;
}

/**
 * regimen_exercise_get_prescription:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none): the default prescription; fields not given are 0
 */
const RegimenPrescription *
regimen_exercise_get_prescription (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return &self->prescription;
}

/**
 * regimen_exercise_get_hiit_fit:
 * @self: a #RegimenExercise
 *
 * Returns: %TRUE when the exercise suits high-intensity intervals
 */
gboolean
regimen_exercise_get_hiit_fit (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), FALSE);

  return self->hiit_fit;
}

/**
 * regimen_exercise_get_activation:
 * @self: a #RegimenExercise
 *
 * An activation drill (a bodyweight glute bridge, band work) primes a
 * muscle group before the work; done without a load it is not hard work,
 * whatever the session's RPE.
 *
 * Returns: %TRUE when the library marks the exercise as an activation drill
 */
gboolean
regimen_exercise_get_activation (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), FALSE);

  return self->activation;
}

/**
 * regimen_exercise_get_previous:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none) (nullable): the id of the earlier stage of the
 *   progression, or %NULL when this is the first stage or not in a chain
 */
const char *
regimen_exercise_get_previous (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->previous;
}

/**
 * regimen_exercise_get_next:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none) (nullable): the id of the next stage of the
 *   progression, or %NULL when this is the last stage or not in a chain
 */
const char *
regimen_exercise_get_next (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->next;
}

/**
 * regimen_exercise_get_trained_with_previous:
 * @self: a #RegimenExercise
 *
 * Returns: %TRUE when this stage is trained alongside its previous stage
 *   from the start rather than after it (seed 003 trains the high knee hold,
 *   the sprinter RDL and the sprinter glute bridge together)
 */
gboolean
regimen_exercise_get_trained_with_previous (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), FALSE);

  return self->trained_with_previous;
}

/**
 * regimen_exercise_get_prerequisite:
 * @self: a #RegimenExercise
 *
 * The stage that has to be trained for a while before this one: the
 * previous stage, unless the two are trained together.
 *
 * Returns: (transfer none) (nullable): an exercise id, or %NULL
 */
const char *
regimen_exercise_get_prerequisite (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->trained_with_previous ? NULL : self->previous;
}

/**
 * regimen_exercise_get_custom:
 * @self: a #RegimenExercise
 *
 * Returns: %TRUE for an exercise a person added, %FALSE for a built-in one
 */
gboolean
regimen_exercise_get_custom (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), FALSE);

  return self->custom;
}

/**
 * regimen_exercise_get_picture:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none) (nullable): the path of the picture a person
 *   chose for a custom exercise, or %NULL to draw the pose figure
 */
const char *
regimen_exercise_get_picture (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->picture;
}

/**
 * regimen_exercise_get_poses:
 * @self: a #RegimenExercise
 *
 * Returns: (transfer none) (nullable): the key frames that draw @self, or
 *   %NULL for an exercise without a drawing
 */
RegimenPoseSequence *
regimen_exercise_get_poses (RegimenExercise *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), NULL);

  return self->poses;
}

/**
 * regimen_exercise_set_poses:
 * @self: a #RegimenExercise
 * @poses: (nullable): the key frames that draw @self
 */
void
regimen_exercise_set_poses (RegimenExercise     *self,
                            RegimenPoseSequence *poses)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));

  if (self->poses == poses)
    return;

  g_clear_pointer (&self->poses, regimen_pose_sequence_unref);
  if (poses != NULL)
    self->poses = regimen_pose_sequence_ref (poses);
}

static void
append_folded (GString    *text,
               const char *part)
{
  g_autofree char *folded = NULL;

  if (part == NULL)
    return;

  /* As the library's search folds, so the command line and the window
   * find the same: “squät” and “İ” found nothing here. */
  folded = regimen_search_fold (part);
  g_string_append (text, folded);
  /* A separator no search contains, so matches never span two parts. */
  g_string_append_c (text, '\n');
}

static const char *
get_search_text (RegimenExercise *self)
{
  GString *text;

  if (self->search_text != NULL)
    return self->search_text;

  text = g_string_new (NULL);
  append_folded (text, self->name);
  append_folded (text, self->id);
  for (guint i = 0; self->aliases[i] != NULL; i++)
    append_folded (text, self->aliases[i]);
  for (guint i = 0; self->primary_muscles[i] != NULL; i++)
    append_folded (text, regimen_muscle_get_name (self->primary_muscles[i]));
  for (guint i = 0; self->secondary_muscles[i] != NULL; i++)
    append_folded (text, regimen_muscle_get_name (self->secondary_muscles[i]));
  for (guint i = 0; self->equipment[i] != NULL; i++)
    append_folded (text, regimen_equipment_get_name (self->equipment[i]));

  self->search_text = g_string_free (text, FALSE);

  return self->search_text;
}

/**
 * regimen_exercise_matches_folded:
 * @self: a #RegimenExercise
 * @folded_search: a search already passed through regimen_search_fold(),
 *   so a list folds the typed text once, not once per exercise
 *
 * Returns: %TRUE when the name, id, an alias, a muscle group or a piece of
 *   equipment of @self contains @folded_search
 */
gboolean
regimen_exercise_matches_folded (RegimenExercise *self,
                                 const char      *folded_search)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (self), FALSE);

  if (folded_search == NULL || *folded_search == '\0')
    return TRUE;

  return strstr (get_search_text (self), folded_search) != NULL;
}

void
regimen_exercise_set_name (RegimenExercise *self,
                           const char      *name)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));

  if (replace_str (&self->name, name))
    {
      g_clear_pointer (&self->search_text, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
}

void
regimen_exercise_set_category (RegimenExercise         *self,
                               RegimenExerciseCategory  category)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));
  g_return_if_fail (category < REGIMEN_EXERCISE_N_CATEGORIES);

  if (self->category == category)
    return;

  self->category = category;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

void
regimen_exercise_set_level (RegimenExercise *self,
                            guint            level)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));
  g_return_if_fail (level >= 1 && level <= 4);

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

void
regimen_exercise_set_hiit_fit (RegimenExercise *self,
                               gboolean         hiit_fit)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));

  hiit_fit = !!hiit_fit;
  if (self->hiit_fit == (guint) hiit_fit)
    return;

  self->hiit_fit = hiit_fit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIIT_FIT]);
}

static gboolean
all_valid (const char * const *ids,
           gboolean          (*is_valid) (const char *))
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (!is_valid (ids[i]))
        return FALSE;
    }

  return TRUE;
}

static void
replace_strv (GStrv              *field,
              const char * const *value)
{
  g_strfreev (*field);
  *field = value != NULL ? g_strdupv ((GStrv) value) : g_new0 (char *, 1);
}

/**
 * regimen_exercise_set_primary_muscles:
 * @self: a #RegimenExercise
 * @muscle_ids: (nullable): %NULL-terminated muscle group ids from the vocabulary
 */
void
regimen_exercise_set_primary_muscles (RegimenExercise    *self,
                                      const char * const *muscle_ids)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));
  g_return_if_fail (all_valid (muscle_ids, regimen_muscle_is_valid));

  replace_strv (&self->primary_muscles, muscle_ids);
  g_clear_pointer (&self->search_text, g_free);
}

/**
 * regimen_exercise_set_secondary_muscles:
 * @self: a #RegimenExercise
 * @muscle_ids: (nullable): %NULL-terminated muscle group ids from the vocabulary
 */
void
regimen_exercise_set_secondary_muscles (RegimenExercise    *self,
                                        const char * const *muscle_ids)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));
  g_return_if_fail (all_valid (muscle_ids, regimen_muscle_is_valid));

  replace_strv (&self->secondary_muscles, muscle_ids);
  g_clear_pointer (&self->search_text, g_free);
}

/**
 * regimen_exercise_set_equipment:
 * @self: a #RegimenExercise
 * @equipment_ids: (nullable): %NULL-terminated equipment ids from the vocabulary
 */
void
regimen_exercise_set_equipment (RegimenExercise    *self,
                                const char * const *equipment_ids)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));
  g_return_if_fail (all_valid (equipment_ids, regimen_equipment_is_valid));

  replace_strv (&self->equipment, equipment_ids);
  g_clear_pointer (&self->search_text, g_free);
}

/**
 * regimen_exercise_set_instructions:
 * @self: a #RegimenExercise
 * @setup: (nullable): how to get into position
 * @movement: (nullable): how to perform a repetition
 * @breathing: (nullable): when to breathe
 */
void
regimen_exercise_set_instructions (RegimenExercise *self,
                                   const char      *setup,
                                   const char      *movement,
                                   const char      *breathing)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));

  replace_str (&self->setup, setup);
  replace_str (&self->movement, movement);
  replace_str (&self->breathing, breathing);
}

/**
 * regimen_exercise_set_cues:
 * @self: a #RegimenExercise
 * @cues: (nullable): short coaching cues, %NULL-terminated
 */
void
regimen_exercise_set_cues (RegimenExercise    *self,
                           const char * const *cues)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));

  g_strfreev (self->cues);
  self->cues = cues != NULL ? g_strdupv ((char **) cues) : g_new0 (char *, 1);
}

void
regimen_exercise_set_prescription (RegimenExercise           *self,
                                   const RegimenPrescription *prescription)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));
  g_return_if_fail (prescription != NULL);

  self->prescription = *prescription;
}

/**
 * regimen_exercise_set_picture:
 * @self: a #RegimenExercise
 * @path: (nullable): a picture file, already copied into the app's data folder
 */
void
regimen_exercise_set_picture (RegimenExercise *self,
                              const char      *path)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE (self));

  if (replace_str (&self->picture, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICTURE]);
}
