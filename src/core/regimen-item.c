/* regimen-item.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-item"

#include "config.h"

#include "regimen-id.h"
#include "regimen-item.h"
#include "regimen-plan-private.h"
#include "regimen-store-mirror.h"

struct _RegimenItem
{
  GObject          parent_instance;

  /* Its revision and place (regimen-store-mirror.h). */
  RegimenNode      node;

  char            *id;
  /* Made by regimen_id_new() here, never set from outside. */
  gboolean         id_fresh;
  /* What the check reads (regimen_item_peek_fields()). */
  RegimenItemFields fields;
  char            *group;
  char            *notes;
  char            *progressed_from;
  JsonObject      *extra;
};

G_DEFINE_FINAL_TYPE (RegimenItem, regimen_item, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (RegimenInterval, regimen_interval,
                     regimen_interval_copy, regimen_interval_free)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_SETS,
  PROP_REPS,
  PROP_HOLD_SECONDS,
  PROP_PER_SIDE,
  PROP_TEMPO,
  PROP_REST_SECONDS,
  PROP_NO_REST,
  PROP_LOAD_PERCENT_1RM,
  PROP_LOAD_KG,
  PROP_GROUP,
  PROP_NOTES,
  PROP_INTERVAL,
  PROP_WARM_UP,
  PROP_PROGRESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A change of the item's own fields: a new revision
 * (regimen_revision_next()), then the notification. Not a notify
 * handler: GLib emits "notify" only where someone listens, and reading
 * a plan would pay for one emission per field. */
static void
notify_changed (RegimenItem *self,
                GParamSpec  *pspec)
{
  regimen_node_changed (&self->node);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* A value node with a JsonValue of its own. json_node_copy() shares the
 * source's JsonValue, whose reference count json-glib counts without
 * atomics: a custom exercise's copy, made on the main thread and freed
 * on the worker that writes the file, raced the main thread's next copy
 * of the same value (issue #21 leftovers, pass 28). */
static JsonNode *
json_value_node_copy (JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64)
    return json_node_init_int (json_node_alloc (), json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    return json_node_init_double (json_node_alloc (), json_node_get_double (node));
  if (type == G_TYPE_BOOLEAN)
    return json_node_init_boolean (json_node_alloc (), json_node_get_boolean (node));
  if (type == G_TYPE_STRING)
    return json_node_init_string (json_node_alloc (), json_node_get_string (node));

  g_assert_not_reached ();
}

/* json_node_copy() shares objects, arrays and values; unknown members
 * must not be shared between a plan and its copies, nor between threads,
 * so this copies all the way down. */
static JsonNode *
json_node_copy_deep (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        g_autoptr(JsonObject) copy = regimen_json_object_copy (json_node_get_object (node));

        return json_node_init_object (json_node_alloc (), copy);
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        JsonArray *copy = json_array_sized_new (n);
        JsonNode *result;

        for (guint i = 0; i < n; i++)
          json_array_add_element (copy, json_node_copy_deep (json_array_get_element (array, i)));

        result = json_node_init_array (json_node_alloc (), copy);
        json_array_unref (copy);
        return result;
      }

    case JSON_NODE_VALUE:
      return json_value_node_copy (node);

    case JSON_NODE_NULL:
      return json_node_init_null (json_node_alloc ());

    default:
      g_assert_not_reached ();
    }
}

JsonObject *
regimen_json_object_copy (JsonObject *object)
{
  g_autoptr(GList) members = NULL;
  JsonObject *copy;

  if (object == NULL)
    return NULL;

  copy = json_object_new ();
  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            json_node_copy_deep (json_object_get_member (object, l->data)));

  return copy;
}

RegimenInterval *
regimen_interval_new (guint work_seconds,
                      guint rest_seconds,
                      guint rounds)
{
  RegimenInterval *interval = g_new0 (RegimenInterval, 1);

  interval->work_seconds = work_seconds;
  interval->rest_seconds = rest_seconds;
  interval->rounds = rounds;

  return interval;
}

RegimenInterval *
regimen_interval_copy (const RegimenInterval *interval)
{
  RegimenInterval *copy;

  g_return_val_if_fail (interval != NULL, NULL);

  copy = regimen_interval_new (interval->work_seconds,
                               interval->rest_seconds,
                               interval->rounds);
  copy->extra = regimen_json_object_copy (interval->extra);

  return copy;
}

void
regimen_interval_free (RegimenInterval *interval)
{
  if (interval == NULL)
    return;

  g_clear_pointer (&interval->extra, json_object_unref);
  g_free (interval);
}

/**
 * regimen_interval_equal:
 *
 * Compares the numbers only; unknown members do not count.
 * Either argument may be NULL.
 */
gboolean
regimen_interval_equal (const RegimenInterval *a,
                        const RegimenInterval *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->work_seconds == b->work_seconds &&
         a->rest_seconds == b->rest_seconds &&
         a->rounds == b->rounds;
}

static gboolean
replace_string (char       **field,
                const char  *value)
{
  /* An empty string is the same as none, so the file never has "" members. */
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* @exercise as the items keep it: an interned GRefString, or NULL for
 * none or "". */
static char *
intern_exercise (const char *exercise)
{
  return exercise != NULL && exercise[0] != '\0' ? g_ref_string_new_intern (exercise) : NULL;
}

static void
regimen_item_finalize (GObject *object)
{
  RegimenItem *self = (RegimenItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->fields.exercise, g_ref_string_release);
  g_clear_pointer (&self->fields.tempo, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->fields.interval, regimen_interval_free);
  g_clear_pointer (&self->fields.progression, regimen_progression_free);
  g_clear_pointer (&self->progressed_from, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (regimen_item_parent_class)->finalize (object);
}

static void
regimen_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RegimenItem *self = REGIMEN_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_string (value, self->fields.exercise);
      break;

    case PROP_SETS:
      g_value_set_uint (value, self->fields.sets);
      break;

    case PROP_REPS:
      g_value_set_uint (value, self->fields.reps);
      break;

    case PROP_HOLD_SECONDS:
      g_value_set_uint (value, self->fields.hold_seconds);
      break;

    case PROP_PER_SIDE:
      g_value_set_boolean (value, self->fields.per_side);
      break;

    case PROP_WARM_UP:
      g_value_set_boolean (value, self->fields.warm_up);
      break;

    case PROP_TEMPO:
      g_value_set_string (value, self->fields.tempo);
      break;

    case PROP_REST_SECONDS:
      g_value_set_uint (value, self->fields.rest_seconds);
      break;

    case PROP_NO_REST:
      g_value_set_boolean (value, self->fields.no_rest);
      break;

    case PROP_LOAD_PERCENT_1RM:
      g_value_set_double (value, self->fields.load_percent_1rm);
      break;

    case PROP_LOAD_KG:
      g_value_set_double (value, self->fields.load_kg);
      break;

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_INTERVAL:
      g_value_set_boxed (value, self->fields.interval);
      break;

    case PROP_PROGRESSION:
      g_value_set_boxed (value, self->fields.progression);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RegimenItem *self = REGIMEN_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      regimen_item_set_exercise (self, g_value_get_string (value));
      break;

    case PROP_SETS:
      regimen_item_set_sets (self, g_value_get_uint (value));
      break;

    case PROP_REPS:
      regimen_item_set_reps (self, g_value_get_uint (value));
      break;

    case PROP_HOLD_SECONDS:
      regimen_item_set_hold_seconds (self, g_value_get_uint (value));
      break;

    case PROP_PER_SIDE:
      regimen_item_set_per_side (self, g_value_get_boolean (value));
      break;

    case PROP_WARM_UP:
      regimen_item_set_warm_up (self, g_value_get_boolean (value));
      break;

    case PROP_TEMPO:
      regimen_item_set_tempo (self, g_value_get_string (value));
      break;

    case PROP_REST_SECONDS:
      regimen_item_set_rest_seconds (self, g_value_get_uint (value));
      break;

    case PROP_NO_REST:
      regimen_item_set_no_rest (self, g_value_get_boolean (value));
      break;

    case PROP_LOAD_PERCENT_1RM:
      regimen_item_set_load_percent_1rm (self, g_value_get_double (value));
      break;

    case PROP_LOAD_KG:
      regimen_item_set_load_kg (self, g_value_get_double (value));
      break;

    case PROP_GROUP:
      regimen_item_set_group (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      regimen_item_set_notes (self, g_value_get_string (value));
      break;

    case PROP_INTERVAL:
      regimen_item_set_interval (self, g_value_get_boxed (value));
      break;

    case PROP_PROGRESSION:
      regimen_item_set_progression (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_item_class_init (RegimenItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = regimen_item_finalize;
  object_class->get_property = regimen_item_get_property;
  object_class->set_property = regimen_item_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_string ("exercise", NULL, NULL, NULL, flags);
  properties[PROP_SETS] =
    g_param_spec_uint ("sets", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_REPS] =
    g_param_spec_uint ("reps", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_HOLD_SECONDS] =
    g_param_spec_uint ("hold-seconds", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PER_SIDE] =
    g_param_spec_boolean ("per-side", NULL, NULL, FALSE, flags);
  /* A warm-up or activation item: part of the session's time, but not
   * hard work for the plan check (no hard sets, no muscle recovery). */
  properties[PROP_WARM_UP] =
    g_param_spec_boolean ("warm-up", NULL, NULL, FALSE, flags);
  properties[PROP_TEMPO] =
    g_param_spec_string ("tempo", NULL, NULL, NULL, flags);
  properties[PROP_REST_SECONDS] =
    g_param_spec_uint ("rest-seconds", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* "rest_seconds": 0 in the file: straight on after each set. */
  properties[PROP_NO_REST] =
    g_param_spec_boolean ("no-rest", NULL, NULL, FALSE, flags);
  properties[PROP_LOAD_PERCENT_1RM] =
    g_param_spec_double ("load-percent-1rm", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, REGIMEN_ITEM_NO_LOAD, flags);
  /* The absolute load in kilograms, whatever unit the person reads it in. */
  properties[PROP_LOAD_KG] =
    g_param_spec_double ("load-kg", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, REGIMEN_ITEM_NO_LOAD, flags);
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_INTERVAL] =
    g_param_spec_boxed ("interval", NULL, NULL, REGIMEN_TYPE_INTERVAL, flags);
  properties[PROP_PROGRESSION] =
    g_param_spec_boxed ("progression", NULL, NULL, REGIMEN_TYPE_PROGRESSION, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* No id here: regimen_item_new() and regimen_item_copy() make one, the
 * reader sets the file's (a random id made and thrown away for each item
 * read was a twentieth of building the model). */
static void
regimen_item_init (RegimenItem *self)
{
  regimen_node_init (&self->node, self);
  self->fields.load_percent_1rm = REGIMEN_ITEM_NO_LOAD;
  self->fields.load_kg = REGIMEN_ITEM_NO_LOAD;
}

RegimenItem *
regimen_item_new (const char *exercise)
{
  RegimenItem *self;

  g_return_val_if_fail (exercise != NULL, NULL);

  /* Not through the property: nobody can listen yet, and a GValue for it
   * was a tenth of making an item. */
  self = g_object_new (REGIMEN_TYPE_ITEM, NULL);
  self->id = regimen_id_new ();
  self->id_fresh = TRUE;
  self->fields.exercise = g_ref_string_new_intern (exercise);

  return self;
}

static char *
dup_nonempty (const char *text)
{
  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

/**
 * regimen_item_new_read:
 * @read: what the reader read; its interval, progression and extra are
 *   taken (and cleared in @read)
 *
 * The item the reader made of a file's item, its fields set directly, as
 * the setters would have set them, without a notification each (nobody
 * can listen yet). Without @read's id, it has none until the reader sets
 * one.
 *
 * Returns: (transfer full): the item
 */
RegimenItem *
regimen_item_new_read (RegimenItemRead *read)
{
  RegimenItem *self = g_object_new (REGIMEN_TYPE_ITEM, NULL);

  self->id = g_strdup (read->id);
  self->fields.exercise = intern_exercise (read->exercise);
  self->fields.tempo = dup_nonempty (read->tempo);
  self->group = dup_nonempty (read->group);
  self->notes = dup_nonempty (read->notes);
  self->progressed_from = dup_nonempty (read->progressed_from);
  self->fields.interval = g_steal_pointer (&read->interval);
  self->fields.progression = g_steal_pointer (&read->progression);
  self->extra = g_steal_pointer (&read->extra);
  self->fields.sets = read->sets;
  self->fields.reps = read->reps;
  self->fields.hold_seconds = read->hold_seconds;
  self->fields.per_side = !!read->per_side;
  self->fields.warm_up = !!read->warm_up;
  self->fields.no_rest = read->rest_seconds == 0;
  self->fields.rest_seconds = read->rest_seconds == G_MAXUINT ? 0 : read->rest_seconds;
  self->fields.load_percent_1rm = read->load_percent_1rm < 0.0 ? REGIMEN_ITEM_NO_LOAD : read->load_percent_1rm;
  self->fields.load_kg = read->load_kg < 0.0 ? REGIMEN_ITEM_NO_LOAD : read->load_kg;

  return self;
}

/**
 * regimen_item_copy:
 *
 * Returns: (transfer full): a deep copy, unknown members included
 */
RegimenItem *
regimen_item_copy (RegimenItem *self)
{
  RegimenItem *copy;

  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);

  copy = g_object_new (REGIMEN_TYPE_ITEM, NULL);
  copy->id = regimen_id_new ();
  copy->id_fresh = TRUE;
  copy->fields.exercise = self->fields.exercise != NULL ? g_ref_string_acquire (self->fields.exercise) : NULL;
  copy->fields.tempo = g_strdup (self->fields.tempo);
  copy->group = g_strdup (self->group);
  copy->notes = g_strdup (self->notes);
  copy->fields.interval = self->fields.interval ? regimen_interval_copy (self->fields.interval) : NULL;
  copy->fields.progression = self->fields.progression ? regimen_progression_copy (self->fields.progression) : NULL;
  copy->progressed_from = g_strdup (self->progressed_from);
  copy->extra = regimen_json_object_copy (self->extra);
  copy->fields.load_percent_1rm = self->fields.load_percent_1rm;
  copy->fields.load_kg = self->fields.load_kg;
  copy->fields.sets = self->fields.sets;
  copy->fields.reps = self->fields.reps;
  copy->fields.hold_seconds = self->fields.hold_seconds;
  copy->fields.rest_seconds = self->fields.rest_seconds;
  copy->fields.per_side = self->fields.per_side;
  copy->fields.warm_up = self->fields.warm_up;
  copy->fields.no_rest = self->fields.no_rest;

  return copy;
}

/**
 * regimen_item_get_id:
 *
 * Returns: the item's persistent id, unique in its plan; a copy gets a
 *   new one
 */
const char *
regimen_item_get_id (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->id;
}

void
regimen_item_set_id (RegimenItem *self,
                     const char  *id)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));
  g_return_if_fail (id != NULL);

  g_free (self->id);
  self->id = g_strdup (id);
  self->id_fresh = FALSE;
  regimen_node_changed (&self->node);
}

/**
 * regimen_item_get_exercise:
 * @self: an item
 *
 * Returns: (nullable): the id of the item's exercise; the items of one
 *   exercise return the same string, so two ids are the same when their
 *   addresses are
 */
const char *
regimen_item_get_exercise (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->fields.exercise;
}

guint
regimen_item_get_sets (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), 0);
  return self->fields.sets;
}

guint
regimen_item_get_reps (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), 0);
  return self->fields.reps;
}

guint
regimen_item_get_hold_seconds (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), 0);
  return self->fields.hold_seconds;
}

gboolean
regimen_item_get_per_side (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), FALSE);
  return self->fields.per_side;
}

gboolean
regimen_item_get_warm_up (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), FALSE);
  return self->fields.warm_up;
}

const char *
regimen_item_get_tempo (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->fields.tempo;
}

guint
regimen_item_get_rest_seconds (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), 0);
  return self->fields.rest_seconds;
}

gboolean
regimen_item_has_load_percent_1rm (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), FALSE);
  return self->fields.load_percent_1rm >= 0.0;
}

/**
 * regimen_item_get_load_percent_1rm:
 *
 * Returns: the load in percent of the one-repetition maximum, or
 *   %REGIMEN_ITEM_NO_LOAD when the item has none
 */
double
regimen_item_get_load_percent_1rm (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), REGIMEN_ITEM_NO_LOAD);
  return self->fields.load_percent_1rm;
}

gboolean
regimen_item_has_load_kg (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), FALSE);
  return self->fields.load_kg >= 0.0;
}

/**
 * regimen_item_get_load_kg:
 *
 * Returns: the load in kilograms, or %REGIMEN_ITEM_NO_LOAD when the item
 *   has none
 */
double
regimen_item_get_load_kg (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), REGIMEN_ITEM_NO_LOAD);
  return self->fields.load_kg;
}

const char *
regimen_item_get_group (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->group;
}

const char *
regimen_item_get_notes (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->notes;
}

/**
 * regimen_item_get_interval:
 *
 * Returns: (transfer none) (nullable): the item's intervals
 */
const RegimenInterval *
regimen_item_get_interval (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->fields.interval;
}

/**
 * regimen_item_get_extra:
 *
 * Returns: (transfer none) (nullable): the members the reader did not
 *   know, in file order
 */
JsonObject *
regimen_item_get_extra (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->extra;
}

void
regimen_item_take_extra (RegimenItem *self,
                         JsonObject  *extra)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
regimen_item_set_exercise (RegimenItem *self,
                           const char  *exercise)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (exercise != NULL && exercise[0] == '\0')
    exercise = NULL;
  if (g_strcmp0 (self->fields.exercise, exercise) == 0)
    return;

  g_clear_pointer (&self->fields.exercise, g_ref_string_release);
  self->fields.exercise = intern_exercise (exercise);
  notify_changed (self, properties[PROP_EXERCISE]);
}

static void
set_uint (RegimenItem *self,
          guint       *field,
          guint        value,
          guint        prop_id)
{
  if (*field == value)
    return;

  *field = value;
  notify_changed (self, properties[prop_id]);
}

void
regimen_item_set_sets (RegimenItem *self,
                       guint        sets)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));
  set_uint (self, &self->fields.sets, sets, PROP_SETS);
}

void
regimen_item_set_reps (RegimenItem *self,
                       guint        reps)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));
  set_uint (self, &self->fields.reps, reps, PROP_REPS);
}

void
regimen_item_set_hold_seconds (RegimenItem *self,
                               guint        hold_seconds)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));
  set_uint (self, &self->fields.hold_seconds, hold_seconds, PROP_HOLD_SECONDS);
}

void
regimen_item_set_per_side (RegimenItem *self,
                           gboolean     per_side)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  per_side = !!per_side;
  if (self->fields.per_side == (guint) per_side)
    return;

  self->fields.per_side = per_side;
  notify_changed (self, properties[PROP_PER_SIDE]);
}

void
regimen_item_set_warm_up (RegimenItem *self,
                          gboolean     warm_up)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  warm_up = !!warm_up;
  if (self->fields.warm_up == (guint) warm_up)
    return;

  self->fields.warm_up = warm_up;
  notify_changed (self, properties[PROP_WARM_UP]);
}

void
regimen_item_set_tempo (RegimenItem *self,
                        const char  *tempo)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (replace_string (&self->fields.tempo, tempo))
    notify_changed (self, properties[PROP_TEMPO]);
}

void
regimen_item_set_rest_seconds (RegimenItem *self,
                               guint        rest_seconds)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (rest_seconds > 0)
    self->fields.no_rest = FALSE;
  set_uint (self, &self->fields.rest_seconds, rest_seconds, PROP_REST_SECONDS);
}

/**
 * regimen_item_get_no_rest:
 *
 * Returns: %TRUE when the item says "no rest at all" (`"rest_seconds": 0`
 *   in the file), as the first exercises of a superset do; %FALSE when the
 *   rest is given in seconds or not given at all
 */
gboolean
regimen_item_get_no_rest (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), FALSE);

  return self->fields.no_rest;
}

/**
 * regimen_item_set_no_rest:
 * @no_rest: %TRUE to go straight on after each set; %FALSE to leave the
 *   rest not given
 *
 * Either way the rest in seconds becomes 0.
 */
void
regimen_item_set_no_rest (RegimenItem *self,
                          gboolean     no_rest)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  no_rest = !!no_rest;
  if (self->fields.no_rest == (guint) no_rest && self->fields.rest_seconds == 0)
    return;

  self->fields.no_rest = no_rest;
  self->fields.rest_seconds = 0;
  notify_changed (self, properties[PROP_REST_SECONDS]);
}

/**
 * regimen_item_set_load_percent_1rm:
 * @percent: percent of the one-repetition maximum, or any negative value
 *   (%REGIMEN_ITEM_NO_LOAD) for none
 */
void
regimen_item_set_load_percent_1rm (RegimenItem *self,
                                   double       percent)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (percent < 0.0)
    percent = REGIMEN_ITEM_NO_LOAD;

  if (self->fields.load_percent_1rm == percent)
    return;

  self->fields.load_percent_1rm = percent;
  notify_changed (self, properties[PROP_LOAD_PERCENT_1RM]);
}

/**
 * regimen_item_set_load_kg:
 * @kg: the load in kilograms, or any negative value
 *   (%REGIMEN_ITEM_NO_LOAD) for none
 */
void
regimen_item_set_load_kg (RegimenItem *self,
                          double       kg)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (kg < 0.0)
    kg = REGIMEN_ITEM_NO_LOAD;

  if (self->fields.load_kg == kg)
    return;

  self->fields.load_kg = kg;
  notify_changed (self, properties[PROP_LOAD_KG]);
}

void
regimen_item_set_group (RegimenItem *self,
                        const char  *group)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (replace_string (&self->group, group))
    notify_changed (self, properties[PROP_GROUP]);
}

void
regimen_item_set_notes (RegimenItem *self,
                        const char  *notes)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (replace_string (&self->notes, notes))
    notify_changed (self, properties[PROP_NOTES]);
}

/**
 * regimen_item_set_interval:
 * @interval: (nullable): copied; NULL removes the intervals
 */
void
regimen_item_set_interval (RegimenItem           *self,
                           const RegimenInterval *interval)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (self->fields.interval == interval)
    return;

  if (interval != NULL && self->fields.interval != NULL &&
      regimen_interval_equal (self->fields.interval, interval))
    {
      /* Same numbers: only the unknown members may differ, no notify. */
      g_clear_pointer (&self->fields.interval->extra, json_object_unref);
      self->fields.interval->extra = regimen_json_object_copy (interval->extra);
      return;
    }

  g_clear_pointer (&self->fields.interval, regimen_interval_free);
  if (interval != NULL)
    self->fields.interval = regimen_interval_copy (interval);

  notify_changed (self, properties[PROP_INTERVAL]);
}

/**
 * regimen_item_get_progression:
 *
 * Returns: (nullable): how the item progresses over the following weeks
 */
const RegimenProgression *
regimen_item_get_progression (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->fields.progression;
}

void
regimen_item_set_progression (RegimenItem              *self,
                              const RegimenProgression *progression)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  if (regimen_progression_equal (self->fields.progression, progression))
    return;

  g_clear_pointer (&self->fields.progression, regimen_progression_free);
  if (progression != NULL)
    self->fields.progression = regimen_progression_copy (progression);

  notify_changed (self, properties[PROP_PROGRESSION]);
}

/**
 * regimen_item_get_progressed_from:
 *
 * Returns: (nullable): the id of the item whose progression rule made
 *   this one
 */
const char *
regimen_item_get_progressed_from (RegimenItem *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (self), NULL);
  return self->progressed_from;
}

void
regimen_item_set_progressed_from (RegimenItem *self,
                                  const char  *source_id)
{
  g_return_if_fail (REGIMEN_IS_ITEM (self));

  replace_string (&self->progressed_from, source_id);
}

/* See regimen_revision_next(). */
guint64
regimen_item_get_revision (RegimenItem *self)
{
  return self->node.revision;
}

RegimenNode *
regimen_item_get_node (RegimenItem *self)
{
  return &self->node;
}

const RegimenItemFields *
regimen_item_peek_fields (RegimenItem *self)
{
  return &self->fields;
}

/* Whether the id was made by regimen_id_new() when the item was, and
 * never set since (claim_ids() in regimen-plan.c). */
gboolean
regimen_item_get_id_fresh (RegimenItem *self)
{
  return self->id_fresh;
}
