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
#include "regimen-exercise-read.h"
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

static const int library_error_codes[REGIMEN_JSON_READ_N_PROBLEMS] = {
  [REGIMEN_JSON_READ_TYPE] = REGIMEN_LIBRARY_ERROR_INVALID,
  [REGIMEN_JSON_READ_MISSING] = REGIMEN_LIBRARY_ERROR_INVALID,
  [REGIMEN_JSON_READ_RANGE] = REGIMEN_LIBRARY_ERROR_INVALID,
  [REGIMEN_JSON_READ_VALUE] = REGIMEN_LIBRARY_ERROR_INVALID,
};

static gboolean
fail_at (RegimenJsonReader *reader,
         const char        *name,
         int                code,
         const char        *problem)
{
  gsize mark = regimen_json_reader_push_member (reader, name);

  regimen_json_reader_fail (reader, code, "%s", problem);
  regimen_json_reader_pop (reader, mark);
  return FALSE;
}

static gboolean
read_text (RegimenJsonReader  *reader,
           JsonObject         *object,
           const char         *name,
           const char        *(*translate_text) (const char *),
           char              **out)
{
  const char *text;

  if (!regimen_json_reader_read_text (reader, object, name, &text))
    return FALSE;

  *out = g_strdup (translate_text (text));
  return TRUE;
}

/* Reads a list of texts, each translated by @translate_item. */
static gboolean
read_translated_strv (RegimenJsonReader  *reader,
                      JsonObject         *object,
                      const char         *name,
                      const char        *(*translate_item) (const char *),
                      GStrv              *out)
{
  g_auto(GStrv) texts = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!regimen_json_reader_read_strv (reader, object, name, FALSE, G_MAXUINT, NULL, &texts))
    return FALSE;

  if (texts == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  for (guint i = 0; texts[i] != NULL; i++)
    g_strv_builder_add (builder, translate_item (texts[i]));

  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_optional_id (RegimenJsonReader  *reader,
                  JsonObject         *object,
                  const char         *name,
                  char              **out)
{
  const char *id;

  if (!regimen_json_reader_read_string (reader, object, name, FALSE, &id))
    return FALSE;

  if (id != NULL && !is_kebab_id (id))
    return fail_at (reader, name, REGIMEN_LIBRARY_ERROR_INVALID,
                    _("expected an exercise id in lowercase words joined by hyphens"));

  *out = g_strdup (id);
  return TRUE;
}

static gboolean
read_instructions (RegimenJsonReader *reader,
                   JsonObject        *object,
                   RegimenExercise   *exercise)
{
  JsonObject *instructions;
  gsize mark;

  if (!regimen_json_reader_read_object (reader, object, "instructions", TRUE, &instructions))
    return FALSE;

  mark = regimen_json_reader_push_member (reader, "instructions");
  if (!read_text (reader, instructions, "setup", translate, &exercise->setup) ||
      !read_text (reader, instructions, "movement", translate, &exercise->movement) ||
      !read_text (reader, instructions, "breathing", translate, &exercise->breathing))
    return FALSE;
  regimen_json_reader_pop (reader, mark);

  return TRUE;
}

static gboolean
read_progression (RegimenJsonReader *reader,
                  JsonObject        *object,
                  RegimenExercise   *exercise)
{
  JsonObject *progression;
  gboolean trained_with_previous = FALSE;
  gsize mark;

  if (!regimen_json_reader_read_object (reader, object, "progression", FALSE, &progression))
    return FALSE;
  if (progression == NULL)
    return TRUE;

  mark = regimen_json_reader_push_member (reader, "progression");
  if (!read_optional_id (reader, progression, "previous", &exercise->previous) ||
      !read_optional_id (reader, progression, "next", &exercise->next) ||
      !regimen_json_reader_read_boolean (reader, progression, "trained_with_previous",
                                         &trained_with_previous))
    return FALSE;

  if (trained_with_previous && exercise->previous == NULL)
    return fail_at (reader, "trained_with_previous", REGIMEN_LIBRARY_ERROR_INVALID,
                    _("needs a previous stage to be trained with"));
  regimen_json_reader_pop (reader, mark);

  exercise->trained_with_previous = trained_with_previous;
  return TRUE;
}

/* Reads the exercise at the reader's path. */
static RegimenExercise *
read_exercise (RegimenJsonReader *reader,
               JsonNode          *node)
{
  g_autoptr(RegimenExercise) exercise = NULL;
  JsonObject *object;
  const char *id;
  gboolean hiit_fit = FALSE;
  gboolean activation = FALSE;

  if (!regimen_json_reader_expect_type (reader, node, JSON_NODE_OBJECT))
    return NULL;

  object = json_node_get_object (node);

  if (!regimen_json_reader_read_text (reader, object, "id", &id))
    return NULL;

  if (!is_kebab_id (id))
    {
      fail_at (reader, "id", REGIMEN_LIBRARY_ERROR_INVALID,
               _("expected an exercise id in lowercase words joined by hyphens"));
      return NULL;
    }

  exercise = _regimen_exercise_new_builtin (id);

  if (!read_text (reader, object, "name", translate_name, &exercise->name) ||
      !regimen_exercise_read_category (reader, object, &exercise->category) ||
      !read_translated_strv (reader, object, "aliases", translate_name, &exercise->aliases) ||
      !regimen_json_reader_read_strv (reader, object, "primary_muscles", TRUE, G_MAXUINT,
                                      regimen_muscle_is_valid, &exercise->primary_muscles) ||
      !regimen_json_reader_read_strv (reader, object, "secondary_muscles", FALSE, G_MAXUINT,
                                      regimen_muscle_is_valid, &exercise->secondary_muscles) ||
      !regimen_json_reader_read_strv (reader, object, "equipment", TRUE, G_MAXUINT,
                                      regimen_equipment_is_valid, &exercise->equipment) ||
      !regimen_json_reader_read_uint (reader, object, "level", TRUE, 1, 4, &exercise->level) ||
      !read_translated_strv (reader, object, "cues", translate, &exercise->cues) ||
      !read_translated_strv (reader, object, "faults", translate, &exercise->faults) ||
      !regimen_json_reader_read_boolean (reader, object, "hiit_fit", &hiit_fit) ||
      !regimen_json_reader_read_boolean (reader, object, "activation", &activation) ||
      !read_instructions (reader, object, exercise) ||
      !regimen_exercise_read_prescription (reader, object, &exercise->prescription) ||
      !read_progression (reader, object, exercise))
    return NULL;

  exercise->hiit_fit = hiit_fit;
  exercise->activation = activation;

  return g_steal_pointer (&exercise);
}

static void
append_exercise (RegimenLibrary  *self,
                 RegimenExercise *exercise)
{
  g_ptr_array_add (self->exercises, g_object_ref (exercise));
  g_hash_table_insert (self->by_id, exercise->id, exercise);
}

/* Each link must name an exercise that links back, and following the
 * links must end: reciprocal links alone still allow a circle. The
 * reader's path is the exercise's progression. */
static gboolean
check_chain (RegimenLibrary    *self,
             guint              index,
             RegimenJsonReader *reader)
{
  RegimenExercise *exercise = g_ptr_array_index (self->exercises, index);
  const char *link_names[2] = { "previous", "next" };
  const char *links[2] = { exercise->previous, exercise->next };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      RegimenExercise *other;
      const char *back;
      gsize mark;

      if (links[i] == NULL)
        continue;

      other = g_hash_table_lookup (self->by_id, links[i]);
      back = other != NULL ? (i == 0 ? other->next : other->previous) : NULL;

      if (other != NULL && g_strcmp0 (back, exercise->id) == 0)
        continue;

      mark = regimen_json_reader_push_member (reader, link_names[i]);
      if (other == NULL)
        /* Translators: %s is an exercise id */
        regimen_json_reader_fail (reader, REGIMEN_LIBRARY_ERROR_UNKNOWN_ID,
                                  _("no exercise has the id “%s”"), links[i]);
      else
        /* Translators: two exercise ids */
        regimen_json_reader_fail (reader, REGIMEN_LIBRARY_ERROR_CHAIN,
                                  _("“%s” does not link back to “%s”"), links[i], exercise->id);
      regimen_json_reader_pop (reader, mark);
      return FALSE;
    }

  if (exercise->next != NULL)
    {
      RegimenExercise *stage = exercise;

      for (guint steps = 0; stage != NULL && stage->next != NULL; steps++)
        {
          if (steps > self->exercises->len)
            return fail_at (reader, "next", REGIMEN_LIBRARY_ERROR_CHAIN,
                            _("the progression goes round in a circle"));
          stage = g_hash_table_lookup (self->by_id, stage->next);
        }
    }

  return TRUE;
}

static gboolean
load_document (RegimenLibrary     *self,
               JsonNode           *root,
               RegimenJsonReader  *reader)
{
  JsonObject *object;
  JsonArray *exercises;
  const char *format;
  guint version = 0;
  gboolean failed;
  gsize mark;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return regimen_json_reader_fail (reader, REGIMEN_LIBRARY_ERROR_INVALID, "%s", _("expected an object"));

  object = json_node_get_object (root);

  if (!regimen_json_reader_read_string (reader, object, "format", TRUE, &format))
    return FALSE;

  if (!g_str_equal (format, LIBRARY_FORMAT))
    {
      /* Translators: %s is the format name the file must declare */
      g_autofree char *problem = g_strdup_printf (_("expected “%s”"), LIBRARY_FORMAT);
      return fail_at (reader, "format", REGIMEN_LIBRARY_ERROR_INVALID, problem);
    }

  if (!regimen_json_reader_read_uint (reader, object, "version", TRUE, 1, G_MAXINT, &version))
    return FALSE;

  if (version > REGIMEN_LIBRARY_FORMAT_VERSION)
    {
      mark = regimen_json_reader_push_member (reader, "version");
      /* Translators: both are format version numbers */
      return regimen_json_reader_fail (reader, REGIMEN_LIBRARY_ERROR_VERSION,
                                       _("the exercise library is version %u, but this Regimen reads up to version %u"),
                                       version, REGIMEN_LIBRARY_FORMAT_VERSION);
    }

  exercises = regimen_json_reader_read_array (reader, object, "exercises", TRUE, G_MAXUINT, &failed);
  if (failed)
    return FALSE;

  mark = regimen_json_reader_push_member (reader, "exercises");
  for (guint i = 0; i < json_array_get_length (exercises); i++)
    {
      gsize exercise_mark = regimen_json_reader_push_index (reader, i);
      g_autoptr(RegimenExercise) exercise = read_exercise (reader, json_array_get_element (exercises, i));

      if (exercise == NULL)
        return FALSE;

      if (g_hash_table_contains (self->by_id, exercise->id))
        /* Translators: %s is an exercise id */
        return regimen_json_reader_fail (reader, REGIMEN_LIBRARY_ERROR_DUPLICATE_ID,
                                         _("another exercise already has the id “%s”"), exercise->id);

      append_exercise (self, exercise);
      regimen_json_reader_pop (reader, exercise_mark);
    }

  for (guint i = 0; i < self->exercises->len; i++)
    {
      gsize exercise_mark = regimen_json_reader_push_index (reader, i);
      gsize progression_mark = regimen_json_reader_push_member (reader, "progression");

      if (!check_chain (self, i, reader))
        return FALSE;
      regimen_json_reader_pop (reader, progression_mark);
      regimen_json_reader_pop (reader, exercise_mark);
    }
  regimen_json_reader_pop (reader, mark);

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
  g_auto(RegimenJsonReader) reader = { 0 };
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
  regimen_json_reader_init (&reader, REGIMEN_LIBRARY_ERROR, library_error_codes,
                            REGIMEN_JSON_READ_NULL_IS_ABSENT, error);

  if (!load_document (self, json_parser_get_root (parser), &reader))
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

/* How many built-in libraries this process has built, from any thread. */
static gint n_builtin_made;

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

  g_atomic_int_inc (&n_builtin_made);
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
 * regimen_library_get_n_builtin_made:
 *
 * How many times this process has built the built-in exercises
 * (regimen_library_new_builtin(), the default library included), from
 * any thread: each costs as much as the default library's start-up, so
 * tests can tell that a path builds none it does not need.
 *
 * Returns: the number of built-in libraries built so far
 */
guint
regimen_library_get_n_builtin_made (void)
{
  return (guint) g_atomic_int_get (&n_builtin_made);
}

/**
 * regimen_library_get_default:
 *
 * The process-wide library: the built-in exercises plus the custom ones
 * added to it. Plans, the validator and the views share it.
 *
 * Returns: (transfer none): the default library
 */
static RegimenLibrary *default_library;

RegimenLibrary *
regimen_library_get_default (void)
{
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

static gpointer
build_default_library (gpointer data)
{
  regimen_library_get_default ();

  return NULL;
}

/**
 * regimen_library_preload_default:
 *
 * Starts building the default library (regimen_library_get_default()) on
 * a thread of its own, so that a process can do other work meanwhile: the
 * application starts it before GTK opens the display. Whoever asks for the
 * default library before it is built waits for it, as g_once does.
 *
 * Returns: %TRUE when a thread was started; %FALSE when the library was
 *   already built or being built, or no thread could be made (then the
 *   first caller of regimen_library_get_default() builds it)
 */
gboolean
regimen_library_preload_default (void)
{
  static gsize started;
  g_autoptr(GThread) thread = NULL;

  if (g_atomic_pointer_get (&default_library) != NULL || !g_once_init_enter (&started))
    return FALSE;

  /* GLib 2.74 registers the compiled-in resources on first use, and a
   * thread that asks for one while another registers them can get none:
   * the thread's lookup crashed now and then while GTK, on the main
   * thread, read its own. They are registered here, before the thread. */
  regimen_core_get_resource ();
  thread = g_thread_try_new ("regimen-library", build_default_library, NULL, NULL);
  g_once_init_leave (&started, 1);

  return thread != NULL;
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

  if (g_hash_table_contains (self->by_id, exercise->id))
    {
      g_set_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_DUPLICATE_ID,
                   /* Translators: %s (first) is an exercise name, the second an exercise id */
                   _("%s: another exercise already has the id “%s”"), exercise->name, exercise->id);
      return FALSE;
    }

  append_exercise (self, exercise);

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
