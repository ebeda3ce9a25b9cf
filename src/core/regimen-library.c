/* regimen-library.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-library"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "regimen-core-resources.h"
#include "regimen-exercise-private.h"
#include "regimen-json-read.h"
#include "regimen-library.h"
#include "regimen-muscle.h"
#include "regimen-plan-types.h"

#define BUILTIN_RESOURCE "/io/github/regimen/Regimen/core/exercises.json"
#define BUILTIN_POSES_RESOURCE "/io/github/regimen/Regimen/core/exercise-poses.json"
#define LIBRARY_FORMAT "regimen-exercises"
#define EXERCISE_NAME_CONTEXT "exercise name"

struct _RegimenLibrary
{
  GObject     parent_instance;

  /* Owns the exercises, in list order. */
  GPtrArray  *exercises;
  /* id → exercise, borrowed from @exercises, so lookups stay O(1). */
  GHashTable *by_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RegimenLibrary, regimen_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (regimen-library-error-quark, regimen_library_error)

static gboolean
is_kebab_id (const char *id)
{
  gboolean after_dash = TRUE;

  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_dash)
            return FALSE;
          after_dash = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_dash = FALSE;
      else
        return FALSE;
    }

  return !after_dash;
}

static const char *
translate (const char *text)
{
  /* An empty msgid would come back as the catalogue's header. */
  if (text == NULL || *text == '\0')
    return text;

  return g_dgettext (GETTEXT_PACKAGE, text);
}

static const char *
translate_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return name;

  return g_dpgettext2 (GETTEXT_PACKAGE, EXERCISE_NAME_CONTEXT, name);
}

static gboolean
set_invalid (GError     **error,
             const char  *path,
             const char  *problem)
{
  return regimen_json_invalid (REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_INVALID, error, path, problem);
}

static gboolean
get_member (JsonObject    *object,
            const char    *path,
            const char    *name,
            JsonNodeType   type,
            gboolean       required,
            JsonNode     **out,
            GError       **error)
{
  return regimen_json_get_member (REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_INVALID, object, path, name, type, required, out, error);
}

static gboolean
read_string (JsonObject  *object,
             const char  *path,
             const char  *name,
             gboolean     required,
             char       **out,
             GError     **error)
{
  const char *text = NULL;

  if (!regimen_json_get_string (REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_INVALID, object, path, name, required, &text, error))
    return FALSE;

  if (text != NULL)
    {
      g_free (*out);
      *out = g_strdup (text);
    }

  return TRUE;
}

static gboolean
read_uint (JsonObject  *object,
           const char  *path,
           const char  *name,
           gboolean     required,
           guint        min,
           guint        max,
           guint       *out,
           GError     **error)
{
  return regimen_json_get_uint (REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_INVALID, object, path, name, required, min, max, out, error);
}

static gboolean
read_bool (JsonObject  *object,
           const char  *path,
           const char  *name,
           gboolean    *out,
           GError     **error)
{
  return regimen_json_get_boolean (REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_INVALID, object, path, name, out, error);
}

/* Reads a list of strings; each must pass @is_valid when given, and
 * each is translated when @translate_item is given. */
static gboolean
read_strv (JsonObject    *object,
           const char    *path,
           const char    *name,
           gboolean       required,
           gboolean     (*is_valid) (const char *),
           const char  *(*translate_item) (const char *),
           GStrv         *out,
           GError       **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonNode *node;
  JsonArray *array;
  guint length;

  if (!get_member (object, path, name, JSON_NODE_ARRAY, required, &node, error))
    return FALSE;

  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  length = json_array_get_length (array);

  if (required && length == 0)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      return set_invalid (error, member_path, _("the list must not be empty"));
    }

  builder = g_strv_builder_new ();

  for (guint i = 0; i < length; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        {
          g_autofree char *item_path = g_strdup_printf ("%s.%s[%u]", path, name, i);
          return set_invalid (error, item_path, _("expected text"));
        }

      text = json_node_get_string (item);

      if (is_valid != NULL && !is_valid (text))
        {
          g_autofree char *item_path = g_strdup_printf ("%s.%s[%u]", path, name, i);
          /* Translators: %s is the unknown id found in the file */
          g_autofree char *problem = g_strdup_printf (_("“%s” is not a known id"), text);
          return set_invalid (error, item_path, problem);
        }

      g_strv_builder_add (builder, translate_item != NULL ? translate_item (text) : text);
    }

  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
is_tempo (const char *tempo)
{
  if (strlen (tempo) != 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (tempo[i]) && tempo[i] != 'X')
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_prescription (JsonObject           *object,
                   const char           *path,
                   RegimenPrescription  *prescription,
                   GError              **error)
{
  g_autofree char *tempo = NULL;
  g_autofree char *interval_path = NULL;
  JsonNode *interval_node;
  guint reps = 0;

  if (!read_uint (object, path, "sets", FALSE, 1, 20, &prescription->sets, error) ||
      !read_uint (object, path, "reps", FALSE, 1, 100, &reps, error) ||
      !read_uint (object, path, "reps_min", FALSE, 1, 100, &prescription->reps_min, error) ||
      !read_uint (object, path, "reps_max", FALSE, 1, 100, &prescription->reps_max, error) ||
      !read_uint (object, path, "hold_seconds", FALSE, 1, REGIMEN_HOLD_SECONDS_MAX,
                  &prescription->hold_seconds, error) ||
      !read_bool (object, path, "per_side", &prescription->per_side, error) ||
      !read_string (object, path, "tempo", FALSE, &tempo, error) ||
      !read_uint (object, path, "rest_seconds", FALSE, 0, 3600, &prescription->rest_seconds, error) ||
      !read_uint (object, path, "frequency_per_week", FALSE, 1, 7, &prescription->frequency_per_week, error) ||
      !read_uint (object, path, "weeks_min", FALSE, 1, 52, &prescription->weeks_min, error) ||
      !read_uint (object, path, "weeks_max", FALSE, 1, 52, &prescription->weeks_max, error) ||
      !read_bool (object, path, "weeks_our_choice", &prescription->weeks_our_choice, error) ||
      !read_uint (object, path, "load_percent_1rm", FALSE, 1, 100, &prescription->load_percent_1rm, error) ||
      !get_member (object, path, "interval", JSON_NODE_OBJECT, FALSE, &interval_node, error))
    return FALSE;

  if (reps > 0)
    {
      if (prescription->reps_min > 0 || prescription->reps_max > 0)
        {
          g_autofree char *reps_path = g_strdup_printf ("%s.reps", path);
          return set_invalid (error, reps_path, _("give either reps or reps_min and reps_max, not both"));
        }
      prescription->reps_min = prescription->reps_max = reps;
    }
  else if (prescription->reps_max == 0)
    prescription->reps_max = prescription->reps_min;
  else if (prescription->reps_min == 0 || prescription->reps_max < prescription->reps_min)
    {
      g_autofree char *max_path = g_strdup_printf ("%s.reps_max", path);
      return set_invalid (error, max_path, _("must be at least reps_min"));
    }

  if (prescription->weeks_max == 0)
    prescription->weeks_max = prescription->weeks_min;
  else if (prescription->weeks_max < prescription->weeks_min)
    {
      g_autofree char *max_path = g_strdup_printf ("%s.weeks_max", path);
      return set_invalid (error, max_path, _("must be at least weeks_min"));
    }

  if (tempo != NULL)
    {
      if (!is_tempo (tempo))
        {
          g_autofree char *tempo_path = g_strdup_printf ("%s.tempo", path);
          return set_invalid (error, tempo_path,
                              _("expected four characters, each a digit or X"));
        }
      memcpy (prescription->tempo, tempo, 5);
    }

  if (interval_node == NULL)
    return TRUE;

  interval_path = g_strdup_printf ("%s.interval", path);

  return read_uint (json_node_get_object (interval_node), interval_path, "work_seconds", TRUE,
                    1, 3600, &prescription->interval_work_seconds, error) &&
         read_uint (json_node_get_object (interval_node), interval_path, "rest_seconds", TRUE,
                    0, 3600, &prescription->interval_rest_seconds, error) &&
         read_uint (json_node_get_object (interval_node), interval_path, "rounds", TRUE,
                    1, 100, &prescription->interval_rounds, error);
}

static gboolean
read_optional_id (JsonObject  *object,
                  const char  *path,
                  const char  *name,
                  char       **out,
                  GError     **error)
{
  if (!read_string (object, path, name, FALSE, out, error))
    return FALSE;

  if (*out != NULL && !is_kebab_id (*out))
    {
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
      return set_invalid (error, member_path, _("expected an exercise id in lowercase words joined by hyphens"));
    }

  return TRUE;
}

static RegimenExercise *
read_exercise (JsonNode    *node,
               const char  *path,
               GError     **error)
{
  g_autoptr(RegimenExercise) exercise = NULL;
  g_autofree char *id = NULL;
  g_autofree char *category = NULL;
  g_autofree char *name = NULL;
  g_autofree char *setup = NULL;
  g_autofree char *movement = NULL;
  g_autofree char *breathing = NULL;
  g_autofree char *instructions_path = NULL;
  g_autofree char *prescription_path = NULL;
  g_autofree char *progression_path = NULL;
  JsonObject *object;
  JsonNode *member;
  gboolean hiit_fit = FALSE;
  gboolean activation = FALSE;
  gboolean trained_with_previous = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_invalid (error, path, _("expected an object"));
      return NULL;
    }

  object = json_node_get_object (node);

  if (!read_string (object, path, "id", TRUE, &id, error))
    return NULL;

  if (!is_kebab_id (id))
    {
      g_autofree char *id_path = g_strdup_printf ("%s.id", path);
      set_invalid (error, id_path, _("expected an exercise id in lowercase words joined by hyphens"));
      return NULL;
    }

  exercise = _regimen_exercise_new_builtin (id);

  if (!read_string (object, path, "name", TRUE, &name, error) ||
      !read_string (object, path, "category", TRUE, &category, error))
    return NULL;

  exercise->name = g_strdup (translate_name (name));

  if (!regimen_exercise_category_from_id (category, &exercise->category))
    {
      g_autofree char *category_path = g_strdup_printf ("%s.category", path);
      set_invalid (error, category_path,
                   _("expected mobility, core, strength, power or conditioning"));
      return NULL;
    }

  if (!read_strv (object, path, "aliases", FALSE, NULL, translate_name, &exercise->aliases, error) ||
      !read_strv (object, path, "primary_muscles", TRUE, regimen_muscle_is_valid, NULL,
                  &exercise->primary_muscles, error) ||
      !read_strv (object, path, "secondary_muscles", FALSE, regimen_muscle_is_valid, NULL,
                  &exercise->secondary_muscles, error) ||
      !read_strv (object, path, "equipment", TRUE, regimen_equipment_is_valid, NULL,
                  &exercise->equipment, error) ||
      !read_uint (object, path, "level", TRUE, 1, 4, &exercise->level, error) ||
      !read_strv (object, path, "cues", FALSE, NULL, translate, &exercise->cues, error) ||
      !read_strv (object, path, "faults", FALSE, NULL, translate, &exercise->faults, error) ||
      !read_bool (object, path, "hiit_fit", &hiit_fit, error) ||
      !read_bool (object, path, "activation", &activation, error))
    return NULL;

  exercise->hiit_fit = hiit_fit;
  exercise->activation = activation;

  if (!get_member (object, path, "instructions", JSON_NODE_OBJECT, TRUE, &member, error))
    return NULL;

  instructions_path = g_strdup_printf ("%s.instructions", path);
  if (!read_string (json_node_get_object (member), instructions_path, "setup", TRUE, &setup, error) ||
      !read_string (json_node_get_object (member), instructions_path, "movement", TRUE, &movement, error) ||
      !read_string (json_node_get_object (member), instructions_path, "breathing", TRUE, &breathing, error))
    return NULL;

  exercise->setup = g_strdup (translate (setup));
  exercise->movement = g_strdup (translate (movement));
  exercise->breathing = g_strdup (translate (breathing));

  if (!get_member (object, path, "prescription", JSON_NODE_OBJECT, FALSE, &member, error))
    return NULL;

  prescription_path = g_strdup_printf ("%s.prescription", path);
  if (member != NULL &&
      !read_prescription (json_node_get_object (member), prescription_path, &exercise->prescription, error))
    return NULL;

  if (!get_member (object, path, "progression", JSON_NODE_OBJECT, FALSE, &member, error))
    return NULL;

  progression_path = g_strdup_printf ("%s.progression", path);
  if (member != NULL &&
      (!read_optional_id (json_node_get_object (member), progression_path, "previous",
                          &exercise->previous, error) ||
       !read_optional_id (json_node_get_object (member), progression_path, "next",
                          &exercise->next, error) ||
       !read_bool (json_node_get_object (member), progression_path, "trained_with_previous",
                   &trained_with_previous, error)))
    return NULL;

  if (trained_with_previous && exercise->previous == NULL)
    {
      g_autofree char *together_path = g_strdup_printf ("%s.trained_with_previous", progression_path);
      set_invalid (error, together_path, _("needs a previous stage to be trained with"));
      return NULL;
    }
  exercise->trained_with_previous = trained_with_previous;

  return g_steal_pointer (&exercise);
}

static gboolean
append_exercise (RegimenLibrary   *self,
                 RegimenExercise  *exercise,
                 const char       *path,
                 GError          **error)
{
  if (g_hash_table_contains (self->by_id, exercise->id))
    {
      g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_DUPLICATE_ID,
                   /* Translators: %s (first) is a JSON path or an exercise name, the second an exercise id */
                   _("%s: another exercise already has the id “%s”"), path, exercise->id);
      return FALSE;
    }

  g_ptr_array_add (self->exercises, g_object_ref (exercise));
  g_hash_table_insert (self->by_id, exercise->id, exercise);

  return TRUE;
}

/* Each link must name an exercise that links back, and following the
 * links must end: reciprocal links alone still allow a circle. */
static gboolean
check_chain (RegimenLibrary   *self,
             guint             index,
             GError          **error)
{
  RegimenExercise *exercise = g_ptr_array_index (self->exercises, index);
  const char *link_names[2] = { "previous", "next" };
  const char *links[2] = { exercise->previous, exercise->next };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *link_path = NULL;
      RegimenExercise *other;
      const char *back;

      if (links[i] == NULL)
        continue;

      link_path = g_strdup_printf ("$.exercises[%u].progression.%s", index, link_names[i]);
      other = g_hash_table_lookup (self->by_id, links[i]);

      if (other == NULL)
        {
          g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_UNKNOWN_ID,
                       /* Translators: %s (first) is a JSON path, the second an exercise id */
                       _("%s: no exercise has the id “%s”"), link_path, links[i]);
          return FALSE;
        }

      back = i == 0 ? other->next : other->previous;

      if (g_strcmp0 (back, exercise->id) != 0)
        {
          g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_CHAIN,
                       /* Translators: %s (first) is a JSON path, then two exercise ids */
                       _("%s: “%s” does not link back to “%s”"), link_path, links[i], exercise->id);
          return FALSE;
        }
    }

  if (exercise->next != NULL)
    {
      RegimenExercise *stage = exercise;

      for (guint steps = 0; stage != NULL && stage->next != NULL; steps++)
        {
          if (steps > self->exercises->len)
            {
              g_autofree char *next_path = g_strdup_printf ("$.exercises[%u].progression.next", index);

              g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_CHAIN,
                           /* Translators: %s is a JSON path */
                           _("%s: the progression goes round in a circle"), next_path);
              return FALSE;
            }
          stage = g_hash_table_lookup (self->by_id, stage->next);
        }
    }

  return TRUE;
}

static gboolean
load_document (RegimenLibrary  *self,
               JsonNode        *root,
               GError         **error)
{
  g_autofree char *format = NULL;
  JsonObject *object;
  JsonNode *exercises_node;
  JsonArray *exercises;
  guint version = 0;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return set_invalid (error, "$", _("expected an object"));

  object = json_node_get_object (root);

  if (!read_string (object, "$", "format", TRUE, &format, error))
    return FALSE;

  if (!g_str_equal (format, LIBRARY_FORMAT))
    {
      /* Translators: %s is the format name the file must declare */
      g_autofree char *problem = g_strdup_printf (_("expected “%s”"), LIBRARY_FORMAT);
      return set_invalid (error, "$.format", problem);
    }

  if (!read_uint (object, "$", "version", TRUE, 1, G_MAXINT, &version, error))
    return FALSE;

  if (version > REGIMEN_LIBRARY_FORMAT_VERSION)
    {
      g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_VERSION,
                   /* Translators: both are format version numbers */
                   _("$.version: the exercise library is version %u, but this Regimen reads up to version %u"),
                   version, REGIMEN_LIBRARY_FORMAT_VERSION);
      return FALSE;
    }

  if (!get_member (object, "$", "exercises", JSON_NODE_ARRAY, TRUE, &exercises_node, error))
    return FALSE;

  exercises = json_node_get_array (exercises_node);

  for (guint i = 0; i < json_array_get_length (exercises); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.exercises[%u]", i);
      g_autoptr(RegimenExercise) exercise = read_exercise (json_array_get_element (exercises, i), path, error);

      if (exercise == NULL || !append_exercise (self, exercise, path, error))
        return FALSE;
    }

  for (guint i = 0; i < self->exercises->len; i++)
    {
      if (!check_chain (self, i, error))
        return FALSE;
    }

  return TRUE;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  RegimenLibrary *self = REGIMEN_LIBRARY (model);

  if (position >= self->exercises->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->exercises, position));
}

static guint
list_model_get_n_items (GListModel *model)
{
  return REGIMEN_LIBRARY (model)->exercises->len;
}

static GType
list_model_get_item_type (GListModel *model)
{
  return REGIMEN_TYPE_EXERCISE;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item = list_model_get_item;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item_type = list_model_get_item_type;
}

static void
regimen_library_finalize (GObject *object)
{
  RegimenLibrary *self = (RegimenLibrary *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);

  G_OBJECT_CLASS (regimen_library_parent_class)->finalize (object);
}

static void
regimen_library_class_init (RegimenLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = regimen_library_finalize;
}

static void
regimen_library_init (RegimenLibrary *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * regimen_library_new:
 *
 * Returns: (transfer full): an empty library
 */
RegimenLibrary *
regimen_library_new (void)
{
  return g_object_new (REGIMEN_TYPE_LIBRARY, NULL);
}

/**
 * regimen_library_new_from_bytes:
 * @bytes: a UTF-8 JSON document in the exercise library format
 * @error: return location for a #GError
 *
 * Loads every exercise, checking each member's type and value; an error
 * names the JSON path of the first problem, or the line and column of a
 * syntax error. Names and texts are translated as they are read.
 *
 * Returns: (transfer full) (nullable): the library, or %NULL with @error set
 */
RegimenLibrary *
regimen_library_new_from_bytes (GBytes  *bytes,
                                GError **error)
{
  g_autoptr(RegimenLibrary) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      /* json-glib's message already carries the line and column. */
      g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_SYNTAX,
                   /* Translators: %s is the JSON parser's own message */
                   _("The exercise library is not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  self = regimen_library_new ();

  if (!load_document (self, json_parser_get_root (parser), error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * regimen_library_new_from_file:
 * @file: a JSON file in the exercise library format
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the library, or %NULL with @error set
 */
RegimenLibrary *
regimen_library_new_from_file (GFile   *file,
                               GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return regimen_library_new_from_bytes (bytes, error);
}

/**
 * regimen_library_new_builtin:
 * @error: return location for a #GError
 *
 * Loads the exercise library compiled into Regimen.
 *
 * Returns: (transfer full) (nullable): the library, or %NULL with @error set
 */
RegimenLibrary *
regimen_library_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) pose_bytes = NULL;
  g_autoptr(GHashTable) poses = NULL;
  g_autoptr(RegimenLibrary) library = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Looked up in the core's own resource rather than the global
   * namespace: a static library's constructor is not always linked in. */
  bytes = g_resource_lookup_data (regimen_core_get_resource (), BUILTIN_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  library = regimen_library_new_from_bytes (bytes, error);
  if (library == NULL)
    return NULL;

  /* The drawings live in their own file, keyed by exercise id. */
  pose_bytes = g_resource_lookup_data (regimen_core_get_resource (), BUILTIN_POSES_RESOURCE,
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (pose_bytes == NULL)
    return NULL;

  data = g_bytes_get_data (pose_bytes, &length);
  poses = regimen_pose_sequences_parse (data, length, error);
  if (poses == NULL)
    return NULL;

  for (guint i = 0; i < library->exercises->len; i++)
    {
      RegimenExercise *exercise = g_ptr_array_index (library->exercises, i);

      regimen_exercise_set_poses (exercise, g_hash_table_lookup (poses, regimen_exercise_get_id (exercise)));
    }

  return g_steal_pointer (&library);
}

/**
 * regimen_library_get_default:
 *
 * The process-wide library: the built-in exercises plus the custom ones
 * added to it. Plans, the validator and the views share it.
 *
 * Returns: (transfer none): the default library
 */
RegimenLibrary *
regimen_library_get_default (void)
{
  static RegimenLibrary *default_library;

  if (g_once_init_enter (&default_library))
    {
      g_autoptr(GError) error = NULL;
      RegimenLibrary *library = regimen_library_new_builtin (&error);

      /* The data is compiled in and tested, so this is a build problem. */
      if (library == NULL)
        g_error ("The built-in exercise library does not load: %s", error->message);

      g_once_init_leave (&default_library, library);
    }

  return default_library;
}

/**
 * regimen_library_lookup:
 * @self: a #RegimenLibrary
 * @id: an exercise id
 *
 * Returns: (transfer none) (nullable): the exercise with @id, or %NULL
 */
RegimenExercise *
regimen_library_lookup (RegimenLibrary *self,
                        const char     *id)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * regimen_library_get_chain:
 * @self: a #RegimenLibrary
 * @id: an exercise id
 *
 * Returns: (transfer container) (element-type RegimenExercise) (nullable):
 *   every stage of the progression @id belongs to, first stage first (just
 *   the exercise itself when it is in no chain), or %NULL for an unknown id
 */
GPtrArray *
regimen_library_get_chain (RegimenLibrary *self,
                           const char     *id)
{
  RegimenExercise *stage;
  GPtrArray *chain;
  guint steps = 0;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stage = g_hash_table_lookup (self->by_id, id);
  if (stage == NULL)
    return NULL;

  /* Custom exercises may point anywhere, so every walk is bounded. */
  while (stage->previous != NULL && steps++ < self->exercises->len)
    {
      RegimenExercise *previous = g_hash_table_lookup (self->by_id, stage->previous);

      if (previous == NULL)
        break;
      stage = previous;
    }

  chain = g_ptr_array_new_with_free_func (g_object_unref);

  for (steps = 0; stage != NULL && steps < self->exercises->len; steps++)
    {
      g_ptr_array_add (chain, g_object_ref (stage));
      stage = stage->next != NULL ? g_hash_table_lookup (self->by_id, stage->next) : NULL;
    }

  return chain;
}

/**
 * regimen_library_add:
 * @self: a #RegimenLibrary
 * @exercise: a custom exercise
 * @error: return location for a #GError
 *
 * Appends @exercise to the library.
 *
 * Returns: %TRUE on success; %FALSE with @error set when another exercise
 *   already has its id or a progression link names an unknown exercise
 */
gboolean
regimen_library_add (RegimenLibrary   *self,
                     RegimenExercise  *exercise,
                     GError          **error)
{
  const char *links[2];

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  links[0] = exercise->previous;
  links[1] = exercise->next;

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      if (links[i] != NULL && !g_hash_table_contains (self->by_id, links[i]))
        {
          g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_UNKNOWN_ID,
                       /* Translators: %s (first) is an exercise name, the second an exercise id */
                       _("%s: no exercise has the id “%s”"), exercise->name, links[i]);
          return FALSE;
        }
    }

  if (!append_exercise (self, exercise, exercise->name, error))
    return FALSE;

  g_list_model_items_changed (G_LIST_MODEL (self), self->exercises->len - 1, 0, 1);

  return TRUE;
}

/**
 * regimen_library_remove:
 * @self: a #RegimenLibrary
 * @id: the id of a custom exercise
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with @error set when no exercise has
 *   @id or it is a built-in one
 */
gboolean
regimen_library_remove (RegimenLibrary  *self,
                        const char      *id,
                        GError         **error)
{
  RegimenExercise *exercise;
  guint position;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  exercise = g_hash_table_lookup (self->by_id, id);

  if (exercise == NULL)
    {
      g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_UNKNOWN_ID,
                   /* Translators: %s is an exercise id */
                   _("No exercise has the id “%s”"), id);
      return FALSE;
    }

  if (!exercise->custom)
    {
      g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_NOT_CUSTOM,
                   /* Translators: %s is an exercise name */
                   _("“%s” is a built-in exercise and cannot be removed"), exercise->name);
      return FALSE;
    }

  if (!g_ptr_array_find (self->exercises, exercise, &position))
    g_assert_not_reached ();

  g_hash_table_remove (self->by_id, id);
  g_ptr_array_remove_index (self->exercises, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  return TRUE;
}
