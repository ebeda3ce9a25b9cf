/* regimen-plan.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-plan"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-history.h"
#include "regimen-id.h"
#include "regimen-plan-private.h"
#include "regimen-store-mirror.h"
#include "regimen-plan.h"
#include "regimen-progression.h"
#include "regimen-weekday.h"

struct _RegimenPlan
{
  GObject         parent_instance;

  char           *title;
  GDate          *start_date;
  RegimenAthlete *athlete;
  RegimenStoreMirror week_list;
  /* week_list's store (borrowed) */
  GListStore     *weeks;
  GListStore     *blocks;
  JsonObject     *extra;
  GListStore     *acknowledgements;
  /* finding → its first position + 1, built when first asked after a
   * change: a check asks once per finding, and a plan may hold 10,000. */
  GHashTable     *acknowledgement_index;
  gboolean        draft;
  RegimenHistory *history;
  guint64         saved_state;

  /* What the outermost open user action started from. */
  gboolean        group_can_undo;
  gboolean        group_can_redo;
  gboolean        group_modified;
};

G_DEFINE_FINAL_TYPE (RegimenPlan, regimen_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_START_DATE,
  PROP_ATHLETE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_DESCRIPTION,
  PROP_REDO_DESCRIPTION,
  PROP_DRAFT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  const char *property;
  GType       type;
  const char *description;
} ItemFieldInfo;

static const ItemFieldInfo *
item_field_info (RegimenItemField field)
{
  static ItemFieldInfo infos[] = {
    /* Translators: the undo/redo step "Undo Change Exercise" */
    [REGIMEN_ITEM_FIELD_EXERCISE] = { "exercise", G_TYPE_STRING, N_("Change Exercise") },
    [REGIMEN_ITEM_FIELD_SETS] = { "sets", G_TYPE_UINT, N_("Change Sets") },
    [REGIMEN_ITEM_FIELD_REPS] = { "reps", G_TYPE_UINT, N_("Change Repetitions") },
    [REGIMEN_ITEM_FIELD_HOLD_SECONDS] = { "hold-seconds", G_TYPE_UINT, N_("Change Hold Time") },
    [REGIMEN_ITEM_FIELD_PER_SIDE] = { "per-side", G_TYPE_BOOLEAN, N_("Change Per Side") },
    [REGIMEN_ITEM_FIELD_TEMPO] = { "tempo", G_TYPE_STRING, N_("Change Tempo") },
    [REGIMEN_ITEM_FIELD_REST_SECONDS] = { "rest-seconds", G_TYPE_UINT, N_("Change Rest") },
    [REGIMEN_ITEM_FIELD_LOAD_PERCENT_1RM] = { "load-percent-1rm", G_TYPE_DOUBLE, N_("Change Load") },
    [REGIMEN_ITEM_FIELD_GROUP] = { "group", G_TYPE_STRING, N_("Change Group") },
    [REGIMEN_ITEM_FIELD_NOTES] = { "notes", G_TYPE_STRING, N_("Change Notes") },
    [REGIMEN_ITEM_FIELD_INTERVAL] = { "interval", G_TYPE_INVALID, N_("Change Intervals") },
    [REGIMEN_ITEM_FIELD_WARM_UP] = { "warm-up", G_TYPE_BOOLEAN, N_("Change Warm-Up") },
    [REGIMEN_ITEM_FIELD_PROGRESSION] = { "progression", G_TYPE_INVALID, N_("Change Progression") },
    [REGIMEN_ITEM_FIELD_LOAD_KG] = { "load-kg", G_TYPE_DOUBLE, N_("Change Load") },
    [REGIMEN_ITEM_FIELD_NO_REST] = { "no-rest", G_TYPE_BOOLEAN, N_("Change Rest") },
  };

  if ((guint) field >= G_N_ELEMENTS (infos))
    return NULL;

  /* Boxed types are registered at run time, so not in the static table. */
  if (field == REGIMEN_ITEM_FIELD_INTERVAL)
    infos[field].type = REGIMEN_TYPE_INTERVAL;
  if (field == REGIMEN_ITEM_FIELD_PROGRESSION)
    infos[field].type = REGIMEN_TYPE_PROGRESSION;

  return &infos[field];
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  g_assert (type == G_VALUE_TYPE (b));

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_UINT)
    return g_value_get_uint (a) == g_value_get_uint (b);
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  if (type == G_TYPE_BOOLEAN)
    return !g_value_get_boolean (a) == !g_value_get_boolean (b);
  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (type == REGIMEN_TYPE_INTERVAL)
    return regimen_interval_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == REGIMEN_TYPE_PROGRESSION)
    return regimen_progression_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == REGIMEN_TYPE_SESSION_LOG)
    return regimen_session_log_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_DATE)
    {
      const GDate *da = g_value_get_boxed (a);
      const GDate *db = g_value_get_boxed (b);

      if (da == NULL || db == NULL)
        return da == db;

      return g_date_compare (da, db) == 0;
    }

  g_assert_not_reached ();
}

static void
set_title_internal (RegimenPlan *self,
                    const char  *title)
{
  if (title != NULL && title[0] == '\0')
    title = NULL;

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
set_start_date_internal (RegimenPlan *self,
                         const GDate *start_date)
{
  if (self->start_date == NULL && start_date == NULL)
    return;

  if (self->start_date != NULL && start_date != NULL &&
      g_date_compare (self->start_date, start_date) == 0)
    return;

  g_clear_pointer (&self->start_date, g_date_free);
  if (start_date != NULL)
    self->start_date = g_date_copy (start_date);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

static void
apply_property (GObject      *target,
                const char   *property,
                const GValue *value,
                gpointer      user_data)
{
  RegimenPlan *self = user_data;

  if (target != NULL)
    {
      g_object_set_property (target, property, value);
      return;
    }

  /* The plan's own properties are read-only to the outside world, so
   * that every change of them goes through a command. */
  if (g_str_equal (property, "title"))
    set_title_internal (self, g_value_get_string (value));
  else if (g_str_equal (property, "start-date"))
    set_start_date_internal (self, g_value_get_boxed (value));
  else
    g_assert_not_reached ();
}

static void
notify_history (RegimenPlan *self,
                gboolean     could_undo,
                gboolean     could_redo,
                gboolean     was_modified)
{
  if (could_undo != regimen_plan_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != regimen_plan_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_modified != regimen_plan_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_DESCRIPTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_DESCRIPTION]);
}

static void
run_command (RegimenPlan    *self,
             RegimenCommand *command)
{
  gboolean could_undo;
  gboolean could_redo;
  gboolean was_modified;

  if (regimen_history_in_group (self->history))
    {
      regimen_history_run (self->history, command);
      return;
    }

  could_undo = regimen_plan_can_undo (self);
  could_redo = regimen_plan_can_redo (self);
  was_modified = regimen_plan_get_modified (self);

  g_object_freeze_notify (G_OBJECT (self));
  regimen_history_run (self->history, command);
  notify_history (self, could_undo, could_redo, was_modified);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
set_property_command (RegimenPlan  *self,
                      GObject      *target,
                      const char   *property,
                      const GValue *value,
                      const char   *description)
{
  g_auto(GValue) old_value = G_VALUE_INIT;

  /* Texts are bounded like the file's (REGIMEN_TEXT_MAX_LENGTH). */
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL &&
      g_utf8_strlen (g_value_get_string (value), -1) > REGIMEN_TEXT_MAX_LENGTH)
    return FALSE;

  g_value_init (&old_value, G_VALUE_TYPE (value));
  g_object_get_property (target, property, &old_value);

  if (values_equal (&old_value, value))
    return TRUE;

  run_command (self, regimen_command_new_set (target != G_OBJECT (self) ? target : NULL,
                                              property, &old_value, value, description));

  return TRUE;
}

/* The model's limits (regimen-plan-types.h), the same the reader
 * enforces, so no command can grow a plan past what Regimen can open. */
static gboolean
store_full (GListStore *store)
{
  GType type = g_list_model_get_item_type (G_LIST_MODEL (store));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (type == REGIMEN_TYPE_WEEK)
    return n >= REGIMEN_PLAN_MAX_WEEKS;
  if (type == REGIMEN_TYPE_SESSION)
    return n >= REGIMEN_DAY_MAX_SESSIONS;
  if (type == REGIMEN_TYPE_ITEM)
    return n >= REGIMEN_SESSION_MAX_ITEMS;

  return FALSE;
}

static gboolean
insert_position (GListStore *store,
                 guint      *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (store_full (store))
    return FALSE;

  if (*position == G_MAXUINT)
    *position = n;

  return *position <= n;
}

static void
on_acknowledgements_changed (RegimenPlan *self)
{
  g_clear_pointer (&self->acknowledgement_index, g_hash_table_unref);
}

static void
regimen_plan_dispose (GObject *object)
{
  RegimenPlan *self = (RegimenPlan *)object;

  g_clear_pointer (&self->history, regimen_history_free);
  regimen_store_mirror_clear (&self->week_list);
  self->weeks = NULL;
  g_clear_object (&self->blocks);
  g_clear_object (&self->athlete);
  g_clear_object (&self->acknowledgements);
  g_clear_pointer (&self->acknowledgement_index, g_hash_table_unref);

  G_OBJECT_CLASS (regimen_plan_parent_class)->dispose (object);
}

static void
regimen_plan_finalize (GObject *object)
{
  RegimenPlan *self = (RegimenPlan *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->start_date, g_date_free);
  g_clear_pointer (&self->extra, json_object_unref);

  g_clear_pointer (&self->week_list.array, g_ptr_array_unref);

  G_OBJECT_CLASS (regimen_plan_parent_class)->finalize (object);
}

static void
regimen_plan_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RegimenPlan *self = REGIMEN_PLAN (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_START_DATE:
      g_value_set_boxed (value, self->start_date);
      break;

    case PROP_ATHLETE:
      g_value_set_object (value, self->athlete);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, regimen_plan_get_modified (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, regimen_plan_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, regimen_plan_can_redo (self));
      break;

    case PROP_UNDO_DESCRIPTION:
      g_value_set_string (value, regimen_plan_get_undo_description (self));
      break;

    case PROP_REDO_DESCRIPTION:
      g_value_set_string (value, regimen_plan_get_redo_description (self));
      break;

    case PROP_DRAFT:
      g_value_set_boolean (value, self->draft);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_plan_class_init (RegimenPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = regimen_plan_dispose;
  object_class->finalize = regimen_plan_finalize;
  object_class->get_property = regimen_plan_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_START_DATE] =
    g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_ATHLETE] =
    g_param_spec_object ("athlete", NULL, NULL, REGIMEN_TYPE_ATHLETE, flags);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_DESCRIPTION] =
    g_param_spec_string ("undo-description", NULL, NULL, NULL, flags);
  properties[PROP_REDO_DESCRIPTION] =
    g_param_spec_string ("redo-description", NULL, NULL, NULL, flags);
  properties[PROP_DRAFT] =
    g_param_spec_boolean ("draft", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RegimenPlan::changed:
   *
   * Emitted once after each command, undo or redo (once for a whole user
   * action), when the models already show the new state.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
regimen_plan_init (RegimenPlan *self)
{
  /* The plan's weeks are one list, whose store is made at once. */
  regimen_store_mirror_init (&self->week_list, REGIMEN_TYPE_WEEK, NULL, NULL);
  self->weeks = regimen_store_mirror_get_store (&self->week_list);
  self->blocks = g_list_store_new (REGIMEN_TYPE_BLOCK);
  self->athlete = regimen_athlete_new ();
  self->acknowledgements = g_list_store_new (REGIMEN_TYPE_ACKNOWLEDGEMENT);
  g_signal_connect_object (self->acknowledgements, "items-changed",
                           G_CALLBACK (on_acknowledgements_changed), self, G_CONNECT_SWAPPED);
  self->history = regimen_history_new (apply_property, self);
}

/**
 * regimen_plan_new:
 *
 * Returns: (transfer full): an untitled plan without weeks, not modified
 */
RegimenPlan *
regimen_plan_new (void)
{
  return g_object_new (REGIMEN_TYPE_PLAN, NULL);
}

/**
 * regimen_plan_get_title:
 *
 * Returns: (nullable): the title, NULL when the plan has none
 */
const char *
regimen_plan_get_title (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return self->title;
}

/**
 * regimen_plan_get_start_date:
 *
 * Returns: (transfer none) (nullable): the Monday the plan starts on
 */
const GDate *
regimen_plan_get_start_date (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return self->start_date;
}

/**
 * regimen_plan_get_athlete:
 *
 * Returns: (transfer none): the athlete; the same object for the plan's life
 */
RegimenAthlete *
regimen_plan_get_athlete (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return self->athlete;
}

/**
 * regimen_plan_get_weeks:
 *
 * Returns: (transfer none): a #GListModel of #RegimenWeek
 */
GListModel *
regimen_plan_get_weeks (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->weeks);
}

guint
regimen_plan_get_n_weeks (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), 0);
  return self->week_list.array->len;
}

/* The most weeks a plan starting on @start_date (NULL: undated) may
 * have: those that end by 31 December of REGIMEN_YEAR_MAX, and never more
 * than REGIMEN_PLAN_MAX_WEEKS. */
static guint
max_weeks_from (const GDate *start_date)
{
  if (start_date == NULL)
    return REGIMEN_PLAN_MAX_WEEKS;

  return MIN (REGIMEN_PLAN_MAX_WEEKS, regimen_date_weeks_to_end (start_date));
}

/**
 * regimen_plan_get_max_weeks:
 *
 * The weeks the plan may have: %REGIMEN_PLAN_MAX_WEEKS, and with a start
 * date only those that end by 31 December of %REGIMEN_YEAR_MAX
 * (regimen_date_weeks_to_end()), as the reader reads them. Every command
 * that adds weeks stays within it.
 *
 * Returns: the most weeks the plan may have
 */
guint
regimen_plan_get_max_weeks (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), 0);

  return max_weeks_from (self->start_date);
}

/**
 * regimen_plan_describe_max_weeks:
 * @start_date: (nullable): the Monday a plan starts on, or would
 *
 * Why a plan can have no more weeks than regimen_plan_get_max_weeks(),
 * for a message that goes on to say what did not fit.
 *
 * Returns: (transfer full): “a plan has at most 520 weeks”, or with a start
 *   date late in %REGIMEN_YEAR_MAX what that date leaves room for
 */
char *
regimen_plan_describe_max_weeks (const GDate *start_date)
{
  guint max_weeks;
  char start[sizeof "YYYY-MM-DD"];

  g_return_val_if_fail (start_date == NULL || g_date_valid (start_date), NULL);

  max_weeks = max_weeks_from (start_date);
  if (max_weeks == REGIMEN_PLAN_MAX_WEEKS)
    return g_strdup_printf (_("a plan has at most %d weeks"), REGIMEN_PLAN_MAX_WEEKS);

  g_date_strftime (start, sizeof start, "%Y-%m-%d", start_date);
  /* Translators: “a plan that starts on 2999-12-23 has room for 1 week, as
   * its weeks end by 2999-12-31, the last day a plan may name” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "a plan that starts on %s has room for %u week, as its weeks end by %d-12-31, the last day a plan may name",
                                       "a plan that starts on %s has room for %u weeks, as its weeks end by %d-12-31, the last day a plan may name",
                                       max_weeks),
                          start, max_weeks, REGIMEN_YEAR_MAX);
}

/**
 * regimen_plan_get_week:
 *
 * Returns: (transfer none) (nullable): the week, or NULL when out of range
 */
RegimenWeek *
regimen_plan_get_week (RegimenPlan *self,
                       guint        week)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);

  return week < self->week_list.array->len ? g_ptr_array_index (self->week_list.array, week) : NULL;
}

/**
 * regimen_plan_peek_week:
 * @self: a plan
 * @week: less than regimen_plan_get_n_weeks()
 *
 * The week at @week, for loops over a whole plan (the check, the
 * metrics, the reader and the writer): unlike regimen_plan_get_week() it checks
 * nothing but @week and reads a plain array, where a #GListModel
 * takes and drops a reference for each week.
 *
 * Returns: (transfer none): the week, borrowed: valid while it is in @self
 */
RegimenWeek *
regimen_plan_peek_week (RegimenPlan *self,
                        guint        week)
{
  g_return_val_if_fail (week < self->week_list.array->len, NULL);

  return g_ptr_array_index (self->week_list.array, week);
}

/**
 * regimen_plan_get_day:
 *
 * Returns: (transfer none) (nullable): the day, or NULL when out of range
 */
RegimenDay *
regimen_plan_get_day (RegimenPlan *self,
                      guint        week,
                      guint        day)
{
  RegimenWeek *w;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);

  w = regimen_plan_get_week (self, week);
  if (w == NULL || day >= REGIMEN_DAYS_PER_WEEK)
    return NULL;

  return regimen_week_get_day (w, day);
}

/**
 * regimen_plan_get_session:
 *
 * Returns: (transfer none) (nullable): the session, or NULL when out of range
 */
RegimenSession *
regimen_plan_get_session (RegimenPlan *self,
                          guint        week,
                          guint        day,
                          guint        session)
{
  RegimenDay *d;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);

  d = regimen_plan_get_day (self, week, day);
  if (d == NULL)
    return NULL;

  return regimen_day_get_session (d, session);
}

/**
 * regimen_plan_get_item:
 *
 * Returns: (transfer none) (nullable): the item, or NULL when out of range
 */
RegimenItem *
regimen_plan_get_item (RegimenPlan *self,
                       guint        week,
                       guint        day,
                       guint        session,
                       guint        item)
{
  RegimenSession *s;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);

  s = regimen_plan_get_session (self, week, day, session);
  if (s == NULL)
    return NULL;

  return regimen_session_get_item (s, item);
}

JsonObject *
regimen_plan_get_extra (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return self->extra;
}

void
regimen_plan_take_extra (RegimenPlan *self,
                         JsonObject  *extra)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/**
 * regimen_plan_get_draft:
 *
 * Returns: %TRUE when the plan is work in progress, saved as a draft
 *   ("draft": true in the file): the check need not pass for it
 */
gboolean
regimen_plan_get_draft (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  return self->draft;
}

/**
 * regimen_plan_set_draft:
 * @draft: whether the next save writes the plan as a draft
 *
 * Not an undoable edit: it says how the plan is saved, so the window sets
 * it right before saving ("Save as Draft" or a final save).
 */
void
regimen_plan_set_draft (RegimenPlan *self,
                        gboolean     draft)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));

  draft = !!draft;
  if (self->draft == draft)
    return;

  self->draft = draft;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT]);
}

/**
 * regimen_plan_get_acknowledgements:
 *
 * Returns: (transfer none): a #GListModel of #RegimenAcknowledgement, in
 *   file order, including any that no longer apply
 */
GListModel *
regimen_plan_get_acknowledgements (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->acknowledgements);
}

static gboolean
find_acknowledgement_position (RegimenPlan *self,
                               const char  *finding,
                               guint       *position)
{
  gpointer found;

  if (self->acknowledgement_index == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->acknowledgements));

      /* The keys are the acknowledgements' own strings: the store keeps
       * them, and any change to it drops the index. */
      self->acknowledgement_index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RegimenAcknowledgement) ack = g_list_model_get_item (G_LIST_MODEL (self->acknowledgements), i);
          const char *key = regimen_acknowledgement_get_finding (ack);

          if (key != NULL && !g_hash_table_contains (self->acknowledgement_index, key))
            g_hash_table_insert (self->acknowledgement_index, (gpointer) key, GUINT_TO_POINTER (i + 1));
        }
    }

  if (finding == NULL)
    return FALSE;

  found = g_hash_table_lookup (self->acknowledgement_index, finding);
  if (found == NULL)
    return FALSE;

  *position = GPOINTER_TO_UINT (found) - 1;
  return TRUE;
}

/**
 * regimen_plan_find_acknowledgement:
 * @diagnostic: a finding of the check of this plan
 *
 * Returns: (transfer none) (nullable): the acknowledgement that applies to
 *   @diagnostic as it is now, or %NULL (none, or the finding has changed
 *   since it was acknowledged)
 */
RegimenAcknowledgement *
regimen_plan_find_acknowledgement (RegimenPlan       *self,
                                   RegimenDiagnostic *diagnostic)
{
  RegimenAcknowledgement *ack;
  guint position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (diagnostic), NULL);

  if (!find_acknowledgement_position (self, regimen_diagnostic_get_key (diagnostic), &position))
    return NULL;

  ack = g_list_model_get_item (G_LIST_MODEL (self->acknowledgements), position);
  g_object_unref (ack);   /* the store keeps it alive */

  return regimen_acknowledgement_applies_to (ack, self, diagnostic) ? ack : NULL;
}

/**
 * regimen_plan_acknowledge:
 * @diagnostic: a finding of the check of this plan
 * @reason: why the person planning accepts it; blanks around it are dropped
 *
 * Acknowledges @diagnostic as it is now, replacing an earlier
 * acknowledgement of the same finding (a plan has one per finding; the
 * same one again changes nothing). Undoable.
 *
 * Returns: %FALSE when @reason is empty, shows nothing (a zero-width
 *   space) or is longer than
 *   %REGIMEN_ACKNOWLEDGEMENT_REASON_MAX characters
 */
gboolean
regimen_plan_acknowledge (RegimenPlan       *self,
                          RegimenDiagnostic *diagnostic,
                          const char        *reason)
{
  g_autoptr(RegimenAcknowledgement) ack = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *trimmed = NULL;
  guint position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_DIAGNOSTIC (diagnostic), FALSE);
  g_return_val_if_fail (reason != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason));
  if (*trimmed == '\0' || !g_utf8_validate (trimmed, -1, NULL) || !regimen_text_shows_something (trimmed) ||
      g_utf8_strlen (trimmed, -1) > REGIMEN_ACKNOWLEDGEMENT_REASON_MAX)
    return FALSE;

  if (!find_acknowledgement_position (self, regimen_diagnostic_get_key (diagnostic), &position) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->acknowledgements)) >= REGIMEN_PLAN_MAX_ACKNOWLEDGEMENTS)
    return FALSE;

  fingerprint = regimen_diagnostic_fingerprint (diagnostic, self);

  /* The same acknowledgement again changes nothing: no undo step, no
   * unsaved change. */
  if (find_acknowledgement_position (self, regimen_diagnostic_get_key (diagnostic), &position))
    {
      g_autoptr(RegimenAcknowledgement) known = g_list_model_get_item (G_LIST_MODEL (self->acknowledgements),
                                                                       position);

      if (g_strcmp0 (regimen_acknowledgement_get_fingerprint (known), fingerprint) == 0 &&
          g_strcmp0 (regimen_acknowledgement_get_reason (known), trimmed) == 0)
        return TRUE;
    }

  ack = regimen_acknowledgement_new (regimen_diagnostic_get_key (diagnostic), fingerprint, trimmed);

  /* Translators: the undo/redo step "Undo Acknowledge Finding" */
  regimen_plan_begin_user_action (self, _("Acknowledge Finding"));
  if (find_acknowledgement_position (self, regimen_diagnostic_get_key (diagnostic), &position))
    run_command (self, regimen_command_new_remove (self->acknowledgements, position, _("Acknowledge Finding")));
  else
    position = g_list_model_get_n_items (G_LIST_MODEL (self->acknowledgements));
  run_command (self, regimen_command_new_insert (self->acknowledgements, position, ack, _("Acknowledge Finding")));
  regimen_plan_end_user_action (self);

  return TRUE;
}

/**
 * regimen_plan_withdraw_acknowledgement:
 * @finding: the key of a finding
 *
 * Removes the acknowledgement of @finding, whether it still applies or
 * not. Undoable.
 *
 * Returns: %FALSE when there was none
 */
gboolean
regimen_plan_withdraw_acknowledgement (RegimenPlan *self,
                                       const char  *finding)
{
  guint position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  if (!find_acknowledgement_position (self, finding, &position))
    return FALSE;

  /* Translators: the undo/redo step "Undo Withdraw Acknowledgement" */
  run_command (self, regimen_command_new_remove (self->acknowledgements, position,
                                                 _("Withdraw Acknowledgement")));

  return TRUE;
}

/**
 * regimen_plan_count_open_errors:
 * @diagnostics: a #GListModel of #RegimenDiagnostic, the check of this plan
 *
 * Returns: how many errors are not acknowledged; only those block a final
 *   save
 */
guint
regimen_plan_count_open_errors (RegimenPlan *self,
                                GListModel  *diagnostics)
{
  guint open = 0;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), 0);
  g_return_val_if_fail (G_IS_LIST_MODEL (diagnostics), 0);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (regimen_diagnostic_get_severity (diagnostic) == REGIMEN_SEVERITY_ERROR &&
          regimen_plan_find_acknowledgement (self, diagnostic) == NULL)
        open++;
    }

  return open;
}

/* For the reader: no history, the file's own state. */
void
regimen_plan_load_acknowledgement (RegimenPlan            *self,
                                   RegimenAcknowledgement *acknowledgement)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));

  g_list_store_append (self->acknowledgements, acknowledgement);
}

void
regimen_plan_load_draft (RegimenPlan *self,
                         gboolean     draft)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));

  self->draft = !!draft;
}

/* Calls @func on every session and item of the plan, in order, until it
 * returns TRUE; returns that object (a session or an item) or NULL. */
typedef gboolean (*VisitFunc) (GObject    *object,
                               const char *id,
                               gpointer    user_data);

static GObject *
visit_ids (RegimenPlan *self,
           VisitFunc    func,
           gpointer     user_data)
{
  guint n_weeks = regimen_plan_get_n_weeks (self);

  for (guint w = 0; w < n_weeks; w++)
    {
      RegimenWeek *week = regimen_plan_peek_week (self, w);

      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        {
          RegimenDay *day = regimen_week_peek_day (week, d);
          guint n_sessions = regimen_day_get_n_sessions (day);

          for (guint s = 0; s < n_sessions; s++)
            {
              RegimenSession *session = regimen_day_peek_session (day, s);
              guint n_items = regimen_session_get_n_items (session);

              if (func (G_OBJECT (session), regimen_session_get_id (session), user_data))
                return G_OBJECT (session);

              for (guint i = 0; i < n_items; i++)
                {
                  RegimenItem *item = regimen_session_peek_item (session, i);

                  if (func (G_OBJECT (item), regimen_item_get_id (item), user_data))
                    return G_OBJECT (item);
                }
            }
        }
    }

  return NULL;
}

static gboolean
id_is (GObject    *object,
       const char *id,
       gpointer    user_data)
{
  return g_str_equal (id, user_data);
}

/* What claim_ids() needs to know of the plan: which of the ids a new
 * object brings are taken. Few ids (a dropped session brings two) are
 * compared as they are; more are looked up in a table of them. */
typedef struct
{
  GPtrArray  *wanted;
  GHashTable *wanted_set;
  /* The plan's ids that one of @wanted repeats, and those given so far. */
  GHashTable *taken;
  RegimenPlan *plan;
} Claim;

#define CLAIM_COMPARED_IDS 8

static gboolean
note_taken (GObject    *object,
            const char *id,
            gpointer    user_data)
{
  Claim *claim = user_data;

  if (claim->wanted_set != NULL)
    {
      if (g_hash_table_contains (claim->wanted_set, id))
        g_hash_table_add (claim->taken, (gpointer) id);
      return FALSE;
    }

  for (guint i = 0; i < claim->wanted->len; i++)
    if (strcmp (id, g_ptr_array_index (claim->wanted, i)) == 0)
      {
        g_hash_table_add (claim->taken, (gpointer) id);
        break;
      }

  return FALSE;
}

typedef struct
{
  GObject    *object;
  const char *id;
} OtherId;

static gboolean
id_is_other (GObject    *object,
             const char *id,
             gpointer    user_data)
{
  OtherId *wanted = user_data;

  return object != wanted->object && g_str_equal (id, wanted->id);
}

/* Whether @object's @id may not be given: taken in the plan, or by an
 * object claimed before. A new id (@renewed) was not among those looked
 * for, so it is looked for in the whole plan (rare: only after a repeated
 * id), where @object itself may already be. */
static gboolean
claim_is_taken (Claim      *claim,
                GObject    *object,
                const char *id,
                gboolean    renewed)
{
  OtherId other = { object, id };

  return g_hash_table_contains (claim->taken, id)
         || (renewed && visit_ids (claim->plan, id_is_other, &other) != NULL);
}

static void
claim_item_id (Claim       *claim,
               RegimenItem *item)
{
  gboolean renewed = FALSE;

  while (claim_is_taken (claim, G_OBJECT (item), regimen_item_get_id (item), renewed))
    {
      g_autofree char *id = regimen_id_new ();

      regimen_item_set_id (item, id);
      renewed = TRUE;
    }

  g_hash_table_add (claim->taken, (gpointer) regimen_item_get_id (item));
}

static void
claim_session_ids (Claim          *claim,
                   RegimenSession *session)
{
  guint n_items = regimen_session_get_n_items (session);
  gboolean renewed = FALSE;

  while (claim_is_taken (claim, G_OBJECT (session), regimen_session_get_id (session), renewed))
    {
      g_autofree char *id = regimen_id_new ();

      regimen_session_set_id (session, id);
      renewed = TRUE;
    }

  g_hash_table_add (claim->taken, (gpointer) regimen_session_get_id (session));

  for (guint i = 0; i < n_items; i++)
    claim_item_id (claim, regimen_session_get_item (session, i));
}

static void
want_session_ids (GPtrArray      *wanted,
                  RegimenSession *session)
{
  g_ptr_array_add (wanted, (gpointer) regimen_session_get_id (session));
  for (guint i = 0; i < regimen_session_get_n_items (session); i++)
    g_ptr_array_add (wanted, (gpointer) regimen_item_get_id (regimen_session_get_item (session, i)));
}

static gboolean
session_ids_fresh (RegimenSession *session,
                   guint           n_lists)
{
  if (!regimen_session_get_id_fresh (session) || regimen_session_get_node (session)->n_lists != n_lists)
    return FALSE;

  for (guint i = 0; i < regimen_session_get_n_items (session); i++)
    {
      RegimenItem *item = regimen_session_peek_item (session, i);

      if (!regimen_item_get_id_fresh (item) || regimen_item_get_node (item)->n_lists != 1)
        return FALSE;
    }

  return TRUE;
}

/* Whether every id @object brings was made with its object
 * (regimen_id_new(): 50 random bits) and never set, and every object in
 * it is in no list but its own: nothing built from a file, pasted, or
 * added twice. Such ids are new to the plan: one of them repeats one of
 * the 28,000 of a 520-week plan by a chance of 1 in 4·10¹⁰, and the
 * reader renews an id that repeats when the plan is opened again. */
static gboolean
ids_fresh (GObject *object)
{
  RegimenWeek *week;

  if (REGIMEN_IS_ITEM (object))
    return regimen_item_get_id_fresh (REGIMEN_ITEM (object))
           && regimen_item_get_node (REGIMEN_ITEM (object))->n_lists == 0;
  if (REGIMEN_IS_SESSION (object))
    return session_ids_fresh (REGIMEN_SESSION (object), 0);

  week = REGIMEN_WEEK (object);
  if (regimen_week_get_node (week)->n_lists != 0)
    return FALSE;
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_get_day (week, d);

      if (regimen_day_get_node (day)->n_lists != 1)
        return FALSE;
      for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
        if (!session_ids_fresh (regimen_day_peek_session (day, s), 1))
          return FALSE;
    }

  return TRUE;
}

/* A session, item or week about to join the plan keeps its ids unless
 * one of them is taken already (an object added twice, or built with a
 * file's ids): that one gets a new id, so ids stay unique in the plan.
 * Ids made with their objects are not looked for (ids_fresh()); others
 * are looked for in one walk over the plan, which is not hashed whole: a
 * drop on a 520-week plan hashed its 28,000 ids. */
static void
claim_ids (RegimenPlan *self,
           GObject     *object)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  g_autoptr(GHashTable) wanted_set = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  Claim claim;

  if (ids_fresh (object))
    return;

  if (REGIMEN_IS_ITEM (object))
    g_ptr_array_add (wanted, (gpointer) regimen_item_get_id (REGIMEN_ITEM (object)));
  else if (REGIMEN_IS_SESSION (object))
    want_session_ids (wanted, REGIMEN_SESSION (object));
  else
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_week_get_day (REGIMEN_WEEK (object), d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          want_session_ids (wanted, regimen_day_get_session (day, s));
      }

  if (wanted->len > CLAIM_COMPARED_IDS)
    {
      wanted_set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < wanted->len; i++)
        g_hash_table_add (wanted_set, g_ptr_array_index (wanted, i));
    }

  claim = (Claim) { wanted, wanted_set, taken, self };
  visit_ids (self, note_taken, &claim);

  if (REGIMEN_IS_ITEM (object))
    claim_item_id (&claim, REGIMEN_ITEM (object));
  else if (REGIMEN_IS_SESSION (object))
    claim_session_ids (&claim, REGIMEN_SESSION (object));
  else
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_week_get_day (REGIMEN_WEEK (object), d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          claim_session_ids (&claim, regimen_day_get_session (day, s));
      }
}

/**
 * regimen_plan_find_session_by_id:
 *
 * Returns: (transfer none) (nullable): the session of this plan with @id
 */
RegimenSession *
regimen_plan_find_session_by_id (RegimenPlan *self,
                                 const char  *id)
{
  GObject *found;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = visit_ids (self, id_is, (gpointer) id);
  return REGIMEN_IS_SESSION (found) ? REGIMEN_SESSION (found) : NULL;
}

/**
 * regimen_plan_find_item_by_id:
 *
 * Returns: (transfer none) (nullable): the item of this plan with @id
 */
RegimenItem *
regimen_plan_find_item_by_id (RegimenPlan *self,
                              const char  *id)
{
  GObject *found;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = visit_ids (self, id_is, (gpointer) id);
  return REGIMEN_IS_ITEM (found) ? REGIMEN_ITEM (found) : NULL;
}

static GQuark
id_made_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("regimen-id-made");
  return quark;
}

/* Marks @object, a session or an item, as given an id its file did not
 * hold: made for a file without ids, or renewed. */
void
regimen_plan_mark_id_made (GObject *object)
{
  g_object_set_qdata (object, id_made_quark (), GINT_TO_POINTER (TRUE));
}

/**
 * regimen_plan_id_was_made:
 * @object: a session or an item
 *
 * Returns: whether @object's id was made in this process rather than
 *   read from its file: the reader's for a file without ids, which
 *   follows the file's digest and the object's place (two files without
 *   ids give the same session two ids), or renewed. `diff` says no such
 *   id as changed.
 */
gboolean
regimen_plan_id_was_made (GObject *object)
{
  return g_object_get_qdata (object, id_made_quark ()) != NULL;
}

/* The ids given so far, and each item's new id by its old one. */
typedef struct
{
  GHashTable *fresh;
  GHashTable *item_ids;
} Renewal;

static gboolean
renew_id (GObject    *object,
          const char *id,
          gpointer    user_data)
{
  Renewal *renewal = user_data;
  g_autofree char *fresh = NULL;

  do
    {
      g_free (fresh);
      fresh = regimen_id_new ();
    }
  while (g_hash_table_contains (renewal->fresh, fresh));

  if (REGIMEN_IS_SESSION (object))
    regimen_session_set_id (REGIMEN_SESSION (object), fresh);
  else
    {
      g_hash_table_insert (renewal->item_ids, g_strdup (id), g_strdup (fresh));
      regimen_item_set_id (REGIMEN_ITEM (object), fresh);
    }

  regimen_plan_mark_id_made (object);
  g_hash_table_add (renewal->fresh, g_steal_pointer (&fresh));
  return FALSE;
}

/* An item a progression rule wrote follows its source's new id. */
static gboolean
relink_progressed (GObject    *object,
                   const char *id,
                   gpointer    user_data)
{
  Renewal *renewal = user_data;
  const char *source;

  if (!REGIMEN_IS_ITEM (object))
    return FALSE;

  source = regimen_item_get_progressed_from (REGIMEN_ITEM (object));
  if (source != NULL && g_hash_table_contains (renewal->item_ids, source))
    regimen_item_set_progressed_from (REGIMEN_ITEM (object), g_hash_table_lookup (renewal->item_ids, source));

  return FALSE;
}

void
regimen_plan_renew_ids (RegimenPlan *self)
{
  g_autoptr(GHashTable) fresh = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) item_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Renewal renewal = { fresh, item_ids };

  g_return_if_fail (REGIMEN_IS_PLAN (self));

  visit_ids (self, renew_id, &renewal);
  visit_ids (self, relink_progressed, &renewal);
}

/* Writes a place found in the plan to the out-parameters asked for. */
static void
set_place (guint  week,
           guint  day,
           guint  session,
           guint  position,
           guint *out_week,
           guint *out_day,
           guint *out_session,
           guint *out_position)
{
  if (out_week != NULL)
    *out_week = week;
  if (out_day != NULL)
    *out_day = day;
  if (out_session != NULL)
    *out_session = session;
  if (out_position != NULL)
    *out_position = position;
}

static gboolean
find_in_plan_walk (RegimenPlan *self,
                   gpointer     wanted,
                   gboolean     wanted_is_item,
                   guint       *out_week,
                   guint       *out_day,
                   guint       *out_session,
                   guint       *out_position)
{
  guint n_weeks = regimen_plan_get_n_weeks (self);

  for (guint w = 0; w < n_weeks; w++)
    {
      RegimenWeek *week = regimen_plan_get_week (self, w);

      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        {
          RegimenDay *day = regimen_week_get_day (week, d);
          guint n_sessions = regimen_day_get_n_sessions (day);

          for (guint s = 0; s < n_sessions; s++)
            {
              RegimenSession *session = regimen_day_get_session (day, s);
              guint n_items;

              if (!wanted_is_item)
                {
                  if (session != wanted)
                    continue;

                  set_place (w, d, s, 0, out_week, out_day, out_session, NULL);
                  return TRUE;
                }

              n_items = regimen_session_get_n_items (session);
              for (guint i = 0; i < n_items; i++)
                {
                  if (regimen_session_get_item (session, i) != wanted)
                    continue;

                  set_place (w, d, s, i, out_week, out_day, out_session, out_position);
                  return TRUE;
                }
            }
        }
    }

  return FALSE;
}

/* Where @wanted is, read from its parents (regimen-store-mirror.h): the
 * session, day and week it is in, each found in its list, instead of a
 * walk over the plan up to it (half of a 520-week plan for a drop in its
 * middle). An object that was ever in two lists at once may name only
 * one of its places as its parent: it is looked for by the walk, which
 * finds the first. */
static gboolean
find_in_plan (RegimenPlan *self,
              gpointer     wanted,
              gboolean     wanted_is_item,
              guint       *out_week,
              guint       *out_day,
              guint       *out_session,
              guint       *out_position)
{
  RegimenNode *node = wanted_is_item ? regimen_item_get_node (wanted) : regimen_session_get_node (wanted);
  RegimenNode *session_node = wanted_is_item ? node->parent : node;
  RegimenNode *day_node = session_node != NULL ? session_node->parent : NULL;
  RegimenNode *week_node = day_node != NULL ? day_node->parent : NULL;
  RegimenSession *session;
  RegimenDay *day;
  RegimenWeek *week;
  guint w, d, s, i = 0;

  if (node->shared || (session_node != NULL && session_node->shared) || (day_node != NULL && day_node->shared))
    return find_in_plan_walk (self, wanted, wanted_is_item, out_week, out_day, out_session, out_position);

  if (week_node == NULL || !g_ptr_array_find (self->week_list.array, week_node->object, &w))
    return FALSE;

  session = session_node->object;
  day = day_node->object;
  week = week_node->object;
  for (d = 0; d < REGIMEN_DAYS_PER_WEEK && regimen_week_peek_day (week, d) != day; d++)
    ;
  for (s = 0; s < regimen_day_get_n_sessions (day) && regimen_day_peek_session (day, s) != session; s++)
    ;
  if (wanted_is_item)
    for (i = 0; i < regimen_session_get_n_items (session) && regimen_session_peek_item (session, i) != wanted; i++)
      ;
  /* Each parent follows its list, so each is found there. */
  g_return_val_if_fail (d < REGIMEN_DAYS_PER_WEEK && s < regimen_day_get_n_sessions (day)
                        && (!wanted_is_item || i < regimen_session_get_n_items (session)), FALSE);

  set_place (w, d, s, i, out_week, out_day, out_session, out_position);
  return TRUE;
}

gboolean
regimen_plan_find_session (RegimenPlan    *self,
                           RegimenSession *session,
                           guint          *week,
                           guint          *day,
                           guint          *position)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  return find_in_plan (self, session, FALSE, week, day, position, NULL);
}

gboolean
regimen_plan_find_item (RegimenPlan *self,
                        RegimenItem *item,
                        guint       *week,
                        guint       *day,
                        guint       *session,
                        guint       *position)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);

  return find_in_plan (self, item, TRUE, week, day, session, position);
}

gboolean
regimen_plan_holds (RegimenPlan *self,
                    gpointer     object)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (REGIMEN_IS_ITEM (object))
    return find_in_plan (self, object, TRUE, NULL, NULL, NULL, NULL);
  if (REGIMEN_IS_SESSION (object))
    return find_in_plan (self, object, FALSE, NULL, NULL, NULL, NULL);
  if (REGIMEN_IS_WEEK (object))
    return g_ptr_array_find (self->week_list.array, object, NULL);

  return FALSE;
}

/**
 * regimen_plan_set_title:
 * @title: (nullable): the new title; empty means none
 */
gboolean
regimen_plan_set_title (RegimenPlan *self,
                        const char  *title)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (title != NULL && title[0] == '\0')
    title = NULL;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);

  return set_property_command (self, G_OBJECT (self), "title", &value, _("Change Title"));
}

gboolean
regimen_plan_set_start_date (RegimenPlan *self,
                             const GDate *start_date)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (start_date == NULL || g_date_valid (start_date), FALSE);

  if (start_date != NULL &&
      (g_date_get_weekday (start_date) != G_DATE_MONDAY || !regimen_date_in_range (start_date) ||
       regimen_date_weeks_to_end (start_date) < regimen_plan_get_n_weeks (self)))
    return FALSE;

  g_value_init (&value, G_TYPE_DATE);
  g_value_set_boxed (&value, start_date);

  return set_property_command (self, G_OBJECT (self), "start-date", &value, _("Change Start Date"));
}

gboolean
regimen_plan_set_athlete_level (RegimenPlan  *self,
                                RegimenLevel  level)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail ((guint) level < REGIMEN_N_LEVELS, FALSE);

  g_value_init (&value, REGIMEN_TYPE_LEVEL);
  g_value_set_enum (&value, level);

  return set_property_command (self, G_OBJECT (self->athlete), "level", &value,
                               _("Change Athlete Level"));
}

gboolean
regimen_plan_set_athlete_life_stress (RegimenPlan       *self,
                                      RegimenLifeStress  stress)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail ((guint) stress < REGIMEN_N_LIFE_STRESSES, FALSE);

  g_value_init (&value, REGIMEN_TYPE_LIFE_STRESS);
  g_value_set_enum (&value, stress);

  return set_property_command (self, G_OBJECT (self->athlete), "life-stress", &value,
                               _("Change Life Stress"));
}

gboolean
regimen_plan_set_athlete_baseline_weekly_load (RegimenPlan *self,
                                               double       load)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (load >= 0.0, FALSE);

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, load);

  return set_property_command (self, G_OBJECT (self->athlete), "baseline-weekly-load", &value,
                               _("Change Baseline Load"));
}

gboolean
regimen_plan_set_athlete_max_hiit_per_week (RegimenPlan *self,
                                            int          max_hiit)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, MAX (max_hiit, REGIMEN_ATHLETE_NO_HIIT_LIMIT));

  return set_property_command (self, G_OBJECT (self->athlete), "max-hiit-per-week", &value,
                               _("Change HIIT Limit"));
}

gboolean
regimen_plan_add_week (RegimenPlan *self,
                       guint        position,
                       RegimenWeek *week)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_WEEK (week), FALSE);

  if (regimen_plan_get_n_weeks (self) >= regimen_plan_get_max_weeks (self) ||
      !insert_position (self->weeks, &position))
    return FALSE;

  claim_ids (self, G_OBJECT (week));
  regimen_plan_begin_user_action (self, _("Add Week"));
  run_command (self, regimen_command_new_insert (self->weeks, position, week, _("Add Week")));
  regimen_plan_blocks_week_inserted (self, position);
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_remove_week (RegimenPlan *self,
                          guint        week)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  if (week >= regimen_plan_get_n_weeks (self))
    return FALSE;

  regimen_plan_begin_user_action (self, _("Remove Week"));
  regimen_plan_blocks_week_removed (self, week);
  run_command (self, regimen_command_new_remove (self->weeks, week, _("Remove Week")));
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_move_week (RegimenPlan  *self,
                        guint         from_week,
                        guint         to_week,
                        GError      **error)
{
  g_autoptr(GPtrArray) inside = NULL;
  guint n_weeks;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_weeks = regimen_plan_get_n_weeks (self);
  if (from_week >= n_weeks || to_week >= n_weeks)
    return FALSE;

  if (from_week == to_week)
    return TRUE;

  /* The week leaves its block and joins the one at its new place; the
   * only week of a block takes its block along. */
  inside = regimen_plan_find_rules_inside_others (self);
  regimen_plan_begin_user_action (self, _("Move Week"));
  if (!regimen_plan_blocks_move_lone_week (self, from_week, to_week))
    {
      regimen_plan_blocks_week_removed (self, from_week);
      run_command (self, regimen_command_new_move (self->weeks, from_week,
                                                   self->weeks, to_week,
                                                   _("Move Week")));
      regimen_plan_blocks_week_inserted (self, to_week);
    }
  /* A week with a rule moved into an earlier rule's weeks, or one that
   * an earlier rule now reaches past the week moved away. */
  if (!regimen_plan_keep_rules_apart (self, inside, error))
    return FALSE;
  regimen_plan_end_user_action (self);

  return TRUE;
}

gboolean
regimen_plan_duplicate_week (RegimenPlan *self,
                             guint        week)
{
  g_autoptr(RegimenWeek) copy = NULL;
  RegimenWeek *original;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  original = regimen_plan_get_week (self, week);
  if (original == NULL || regimen_plan_get_n_weeks (self) >= regimen_plan_get_max_weeks (self))
    return FALSE;

  copy = regimen_week_copy (original);
  regimen_plan_relink_copied_weeks (&original, &copy, 1);
  /* Inserted after @week, it joins @week's block. */
  regimen_plan_link_copied_week_to_rules (self, original, copy, week + 1, week, week + 1, 1);
  claim_ids (self, G_OBJECT (copy));
  regimen_plan_begin_user_action (self, _("Duplicate Week"));
  run_command (self, regimen_command_new_insert (self->weeks, week + 1, copy, _("Duplicate Week")));
  regimen_plan_blocks_week_inserted (self, week + 1);
  regimen_plan_end_user_action (self);

  return TRUE;
}

/**
 * regimen_plan_set_week_label:
 * @label: (nullable): the new label; empty means none
 */
gboolean
regimen_plan_set_week_label (RegimenPlan *self,
                             guint        week,
                             const char  *label)
{
  g_auto(GValue) value = G_VALUE_INIT;
  RegimenWeek *w;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  w = regimen_plan_get_week (self, week);
  if (w == NULL)
    return FALSE;

  if (label != NULL && label[0] == '\0')
    label = NULL;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, label);

  return set_property_command (self, G_OBJECT (w), "label", &value, _("Rename Week"));
}

/**
 * regimen_plan_set_week_lighter:
 * @lighter: whether @week is a planned lighter week (deload or taper)
 */
gboolean
regimen_plan_set_week_lighter (RegimenPlan *self,
                               guint        week,
                               gboolean     lighter)
{
  g_auto(GValue) value = G_VALUE_INIT;
  RegimenWeek *w;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);

  w = regimen_plan_get_week (self, week);
  if (w == NULL)
    return FALSE;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, lighter);

  return set_property_command (self, G_OBJECT (w), "lighter", &value,
                               lighter ? _("Mark Lighter Week") : _("Unmark Lighter Week"));
}

static gboolean
edit_item_field (RegimenPlan      *self,
                 RegimenItem      *target,
                 RegimenItemField  field,
                 const GValue     *value)
{
  const ItemFieldInfo *info = item_field_info (field);

  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (G_VALUE_TYPE (value) == info->type, FALSE);

  if (field == REGIMEN_ITEM_FIELD_EXERCISE)
    {
      const char *exercise = g_value_get_string (value);

      if (exercise == NULL || exercise[0] == '\0')
        return FALSE;
    }

  if ((field == REGIMEN_ITEM_FIELD_LOAD_PERCENT_1RM || field == REGIMEN_ITEM_FIELD_LOAD_KG) &&
      g_value_get_double (value) < 0.0)
    {
      g_auto(GValue) no_load = G_VALUE_INIT;

      g_value_init (&no_load, G_TYPE_DOUBLE);
      g_value_set_double (&no_load, REGIMEN_ITEM_NO_LOAD);

      return set_property_command (self, G_OBJECT (target), info->property, &no_load,
                                   _(info->description));
    }

  /* No rest (the file's "rest_seconds": 0) and a rest in seconds are one
   * member of the file but two properties of the item: going from one to
   * the other changes both, as one step, so that undo brings back the one
   * it replaced. */
  if ((field == REGIMEN_ITEM_FIELD_REST_SECONDS && regimen_item_get_no_rest (target)) ||
      (field == REGIMEN_ITEM_FIELD_NO_REST && g_value_get_boolean (value) &&
       regimen_item_get_rest_seconds (target) > 0))
    {
      g_auto(GValue) first = G_VALUE_INIT;
      const char *first_property = field == REGIMEN_ITEM_FIELD_NO_REST ? "rest-seconds" : "no-rest";
      gboolean done;

      if (field == REGIMEN_ITEM_FIELD_NO_REST)
        {
          g_value_init (&first, G_TYPE_UINT);
          g_value_set_uint (&first, 0);
        }
      else
        {
          g_value_init (&first, G_TYPE_BOOLEAN);
          g_value_set_boolean (&first, FALSE);
        }

      regimen_plan_begin_user_action (self, _(info->description));
      done = set_property_command (self, G_OBJECT (target), first_property, &first, _(info->description)) &&
             set_property_command (self, G_OBJECT (target), info->property, value, _(info->description));
      regimen_plan_end_user_action (self);
      return done;
    }

  if (G_VALUE_TYPE (value) == G_TYPE_STRING)
    {
      const char *str = g_value_get_string (value);

      /* The item stores "" as none; compare like it, so "" is not a change. */
      if (str != NULL && str[0] == '\0')
        {
          g_auto(GValue) none = G_VALUE_INIT;

          g_value_init (&none, G_TYPE_STRING);
          return set_property_command (self, G_OBJECT (target), info->property, &none,
                                       _(info->description));
        }
    }

  return set_property_command (self, G_OBJECT (target), info->property, value,
                               _(info->description));
}

/**
 * regimen_plan_edit_item:
 * @item: an item of this plan
 *
 * regimen_plan_set_item_field() for the item itself, wherever it is now.
 */
gboolean
regimen_plan_edit_item (RegimenPlan      *self,
                        RegimenItem      *item,
                        RegimenItemField  field,
                        const GValue     *value)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  if (!regimen_plan_find_item (self, item, NULL, NULL, NULL, NULL))
    return FALSE;

  return edit_item_field (self, item, field, value);
}

/**
 * regimen_plan_edit_item_string:
 * @value: (nullable): the new text; NULL or empty removes it
 */
gboolean
regimen_plan_edit_item_string (RegimenPlan      *self,
                               RegimenItem      *item,
                               RegimenItemField  field,
                               const char       *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);

  return regimen_plan_edit_item (self, item, field, &gvalue);
}

gboolean
regimen_plan_edit_item_uint (RegimenPlan      *self,
                             RegimenItem      *item,
                             RegimenItemField  field,
                             guint             value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_UINT);
  g_value_set_uint (&gvalue, value);

  return regimen_plan_edit_item (self, item, field, &gvalue);
}

gboolean
regimen_plan_edit_item_per_side (RegimenPlan *self,
                                 RegimenItem *item,
                                 gboolean     per_side)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_BOOLEAN);
  g_value_set_boolean (&gvalue, per_side);

  return regimen_plan_edit_item (self, item, REGIMEN_ITEM_FIELD_PER_SIDE, &gvalue);
}

static gboolean
edit_item_double (RegimenPlan      *self,
                  RegimenItem      *item,
                  RegimenItemField  field,
                  double            value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);

  return regimen_plan_edit_item (self, item, field, &gvalue);
}

gboolean
regimen_plan_edit_item_load_percent_1rm (RegimenPlan *self,
                                         RegimenItem *item,
                                         double       percent)
{
  return edit_item_double (self, item, REGIMEN_ITEM_FIELD_LOAD_PERCENT_1RM, percent);
}

gboolean
regimen_plan_edit_item_load_kg (RegimenPlan *self,
                                RegimenItem *item,
                                double       kg)
{
  return edit_item_double (self, item, REGIMEN_ITEM_FIELD_LOAD_KG, kg);
}

/**
 * regimen_plan_edit_item_interval:
 * @interval: (nullable): copied; NULL removes the intervals
 */
gboolean
regimen_plan_edit_item_interval (RegimenPlan           *self,
                                 RegimenItem           *item,
                                 const RegimenInterval *interval)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, REGIMEN_TYPE_INTERVAL);
  g_value_set_boxed (&gvalue, interval);

  return regimen_plan_edit_item (self, item, REGIMEN_ITEM_FIELD_INTERVAL, &gvalue);
}

/* The object-based commands. They find their objects in the plan
 * themselves, so that a widget, a key binding or a drop names what it acts
 * on and never works out positions of its own. */

static RegimenDay *
day_of_session (RegimenPlan    *self,
                RegimenSession *session,
                guint          *week,
                guint          *day,
                guint          *position)
{
  guint w, d;

  if (!regimen_plan_find_session (self, session, &w, &d, position))
    return NULL;

  if (week != NULL)
    *week = w;
  if (day != NULL)
    *day = d;

  return regimen_plan_get_day (self, w, d);
}

static RegimenSession *
session_of_item (RegimenPlan *self,
                 RegimenItem *item,
                 guint       *position)
{
  guint w, d, s;

  if (!regimen_plan_find_item (self, item, &w, &d, &s, position))
    return NULL;

  return regimen_plan_get_session (self, w, d, s);
}

static gboolean
day_in_plan (RegimenPlan *self,
             RegimenDay  *day)
{
  RegimenNode *node = regimen_day_get_node (day);
  guint n_weeks = regimen_plan_get_n_weeks (self);

  /* Its week, from its parent (find_in_plan()). */
  if (!node->shared)
    return node->parent != NULL && g_ptr_array_find (self->week_list.array, node->parent->object, NULL);

  for (guint w = 0; w < n_weeks; w++)
    if (regimen_week_get_day (regimen_plan_get_week (self, w), regimen_day_get_weekday (day)) == day)
      return TRUE;

  return FALSE;
}

/* @slot is a gap in @to as it is now: 0 before the first element, n after
 * the last. Within one list the moved element's own place does not count,
 * so dropping it just before or after itself changes nothing. */
static gboolean
move_to_slot (RegimenPlan *self,
              GListStore  *from,
              guint        from_position,
              GListStore  *to,
              guint        slot,
              const char  *description)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (to));

  if (slot == G_MAXUINT)
    slot = n;
  if (slot > n || (from != to && store_full (to)))
    return FALSE;

  if (from == to)
    {
      if (slot > from_position)
        slot--;
      if (slot == from_position)
        return TRUE;
    }

  run_command (self, regimen_command_new_move (from, from_position, to, slot, description));

  return TRUE;
}

/**
 * regimen_plan_add_session_to:
 * @day: a day of this plan
 * @slot: where among the day's sessions, G_MAXUINT for the end
 * @session: (transfer none): a session not in a plan
 */
gboolean
regimen_plan_add_session_to (RegimenPlan    *self,
                             RegimenDay     *day,
                             guint           slot,
                             RegimenSession *session)
{
  GListStore *store;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_DAY (day), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  if (!day_in_plan (self, day))
    return FALSE;

  store = G_LIST_STORE (regimen_day_get_sessions (day));
  if (!insert_position (store, &slot))
    return FALSE;

  claim_ids (self, G_OBJECT (session));
  run_command (self, regimen_command_new_insert (store, slot, session, _("Add Session")));

  return TRUE;
}

gboolean
regimen_plan_delete_session (RegimenPlan    *self,
                             RegimenSession *session)
{
  RegimenDay *day;
  guint position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  day = day_of_session (self, session, NULL, NULL, &position);
  if (day == NULL)
    return FALSE;

  run_command (self, regimen_command_new_remove (G_LIST_STORE (regimen_day_get_sessions (day)), position,
                                                 _("Remove Session")));

  return TRUE;
}

/**
 * regimen_plan_move_session_to:
 * @day: a day of this plan, the session's own or another
 * @slot: a gap among @day's sessions as they are now, G_MAXUINT for the end
 */
gboolean
regimen_plan_move_session_to (RegimenPlan    *self,
                              RegimenSession *session,
                              RegimenDay     *day,
                              guint           slot)
{
  RegimenDay *from;
  guint position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);
  g_return_val_if_fail (REGIMEN_IS_DAY (day), FALSE);

  from = day_of_session (self, session, NULL, NULL, &position);
  if (from == NULL || !day_in_plan (self, day))
    return FALSE;

  return move_to_slot (self,
                       G_LIST_STORE (regimen_day_get_sessions (from)), position,
                       G_LIST_STORE (regimen_day_get_sessions (day)), slot,
                       _("Move Session"));
}

/**
 * regimen_plan_add_item_to:
 * @session: a session of this plan
 * @slot: where among its exercises, G_MAXUINT for the end
 * @item: (transfer none): an item not in a plan
 */
gboolean
regimen_plan_add_item_to (RegimenPlan    *self,
                          RegimenSession *session,
                          guint           slot,
                          RegimenItem    *item)
{
  GListStore *store;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);

  if (!regimen_plan_find_session (self, session, NULL, NULL, NULL))
    return FALSE;

  store = G_LIST_STORE (regimen_session_get_items (session));
  if (!insert_position (store, &slot))
    return FALSE;

  claim_ids (self, G_OBJECT (item));
  run_command (self, regimen_command_new_insert (store, slot, item, _("Add Exercise")));

  return TRUE;
}

gboolean
regimen_plan_delete_item (RegimenPlan *self,
                          RegimenItem *item)
{
  RegimenSession *session;
  guint position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);

  session = session_of_item (self, item, &position);
  if (session == NULL)
    return FALSE;

  run_command (self, regimen_command_new_remove (G_LIST_STORE (regimen_session_get_items (session)), position,
                                                 _("Remove Exercise")));

  return TRUE;
}

/**
 * regimen_plan_move_item_to:
 * @session: a session of this plan, the item's own or another
 * @slot: a gap among @session's exercises as they are now, G_MAXUINT for
 *   the end
 */
gboolean
regimen_plan_move_item_to (RegimenPlan    *self,
                           RegimenItem    *item,
                           RegimenSession *session,
                           guint           slot)
{
  RegimenSession *from;
  guint position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  from = session_of_item (self, item, &position);
  if (from == NULL || !regimen_plan_find_session (self, session, NULL, NULL, NULL))
    return FALSE;

  return move_to_slot (self,
                       G_LIST_STORE (regimen_session_get_items (from)), position,
                       G_LIST_STORE (regimen_session_get_items (session)), slot,
                       _("Move Exercise"));
}

/* The session @offset places before (-1) or after (+1) @session in the
 * week, across days; NULL at the week's ends. */
static RegimenSession *
neighbour_session (RegimenPlan    *self,
                   guint           week,
                   guint           day,
                   guint           position,
                   int             offset)
{
  int d = day;
  int s = (int) position + offset;

  while (d >= 0 && d < REGIMEN_DAYS_PER_WEEK)
    {
      RegimenDay *target = regimen_plan_get_day (self, week, d);
      int n = regimen_day_get_n_sessions (target);

      if (s >= 0 && s < n)
        return regimen_day_get_session (target, s);

      d += offset;
      if (d >= 0 && d < REGIMEN_DAYS_PER_WEEK)
        s = offset < 0 ? (int) regimen_day_get_n_sessions (regimen_plan_get_day (self, week, d)) - 1 : 0;
    }

  return NULL;
}

/**
 * regimen_plan_shift_item:
 * @shift: which way
 *
 * What the keyboard's moves do to an exercise, as one undo step. Up and
 * down move it within its session and, at the session's ends, to the end
 * of the session before or the start of the session after, across days.
 * The previous and next day take it into the day's last session, or into
 * a new session like its own when the day has none. An exercise that is
 * alone in its session takes the session with it to another day, and one
 * that leaves its session for another removes the session it empties:
 * no move leaves an empty session behind.
 *
 * Returns: %TRUE when the exercise moved; %FALSE at the week's ends
 */
gboolean
regimen_plan_shift_item (RegimenPlan  *self,
                         RegimenItem  *item,
                         RegimenShift  shift)
{
  RegimenSession *from;
  RegimenSession *to = NULL;
  guint week, day, session, position, n_items, to_slot;
  gboolean moved;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);
  g_return_val_if_fail ((guint) shift < REGIMEN_N_SHIFTS, FALSE);

  if (!regimen_plan_find_item (self, item, &week, &day, &session, &position))
    return FALSE;

  from = regimen_plan_get_session (self, week, day, session);
  n_items = regimen_session_get_n_items (from);

  if (shift == REGIMEN_SHIFT_UP && position > 0)
    return regimen_plan_move_item_to (self, item, from, position - 1);
  if (shift == REGIMEN_SHIFT_DOWN && position + 1 < n_items)
    return regimen_plan_move_item_to (self, item, from, position + 2);

  if (shift == REGIMEN_SHIFT_UP || shift == REGIMEN_SHIFT_DOWN)
    {
      int offset = shift == REGIMEN_SHIFT_UP ? -1 : 1;

      to = neighbour_session (self, week, day, session, offset);
      to_slot = offset < 0 ? G_MAXUINT : 0;
    }
  else
    {
      int to_day = (int) day + (shift == REGIMEN_SHIFT_EARLIER_DAY ? -1 : 1);
      RegimenDay *target;
      guint n_sessions;

      if (to_day < 0 || to_day >= REGIMEN_DAYS_PER_WEEK)
        return FALSE;

      target = regimen_plan_get_day (self, week, to_day);
      n_sessions = regimen_day_get_n_sessions (target);

      if (n_items == 1)
        return regimen_plan_shift_session (self, from, shift);

      if (n_sessions == 0)
        {
          g_autoptr(RegimenSession) created = regimen_session_new (regimen_session_get_kind (from),
                                                                   regimen_session_get_title (from));
          gboolean done;

          regimen_session_set_rpe (created, regimen_session_get_rpe (from));

          regimen_plan_begin_user_action (self, _("Move Exercise"));
          done = regimen_plan_add_session_to (self, target, G_MAXUINT, created)
              && regimen_plan_move_item_to (self, item, created, 0);
          regimen_plan_end_user_action (self);

          return done;
        }

      to = regimen_day_get_session (target, n_sessions - 1);
      to_slot = G_MAXUINT;
    }

  if (to == NULL)
    return FALSE;

  regimen_plan_begin_user_action (self, _("Move Exercise"));
  moved = regimen_plan_move_item_to (self, item, to, to_slot);
  if (moved && n_items == 1)
    regimen_plan_delete_session (self, from);
  regimen_plan_end_user_action (self);

  return moved;
}

/**
 * regimen_plan_shift_session:
 * @shift: which way
 *
 * What the keyboard's moves do to a session: up and down within its day
 * and, at the day's ends, to the end of the day before or the start of the
 * day after; the previous and next day take it at the same place or at the
 * end.
 *
 * Returns: %TRUE when the session moved; %FALSE at the week's ends
 */
gboolean
regimen_plan_shift_session (RegimenPlan    *self,
                            RegimenSession *session,
                            RegimenShift    shift)
{
  RegimenDay *from;
  RegimenDay *target;
  guint week, day, position, n_sessions;
  int to_day = -1;
  guint slot = G_MAXUINT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);
  g_return_val_if_fail ((guint) shift < REGIMEN_N_SHIFTS, FALSE);

  from = day_of_session (self, session, &week, &day, &position);
  if (from == NULL)
    return FALSE;

  n_sessions = regimen_day_get_n_sessions (from);

  switch (shift)
    {
    case REGIMEN_SHIFT_UP:
      if (position > 0)
        return regimen_plan_move_session_to (self, session, from, position - 1);
      to_day = (int) day - 1;
      slot = G_MAXUINT;
      break;

    case REGIMEN_SHIFT_DOWN:
      if (position + 1 < n_sessions)
        return regimen_plan_move_session_to (self, session, from, position + 2);
      to_day = (int) day + 1;
      slot = 0;
      break;

    case REGIMEN_SHIFT_EARLIER_DAY:
    case REGIMEN_SHIFT_LATER_DAY:
      to_day = (int) day + (shift == REGIMEN_SHIFT_EARLIER_DAY ? -1 : 1);
      slot = position;
      break;

    case REGIMEN_N_SHIFTS:
    default:
      g_assert_not_reached ();
    }

  if (to_day < 0 || to_day >= REGIMEN_DAYS_PER_WEEK)
    return FALSE;

  target = regimen_plan_get_day (self, week, to_day);
  slot = MIN (slot, regimen_day_get_n_sessions (target));

  return regimen_plan_move_session_to (self, session, target, slot);
}

static gboolean
edit_session_value (RegimenPlan    *self,
                    RegimenSession *session,
                    const char     *property,
                    const GValue   *value,
                    const char     *description)
{
  if (!regimen_plan_find_session (self, session, NULL, NULL, NULL))
    return FALSE;

  return set_property_command (self, G_OBJECT (session), property, value, description);
}

/**
 * regimen_plan_edit_session_title:
 * @title: (nullable): the new title; empty means none
 */
gboolean
regimen_plan_edit_session_title (RegimenPlan    *self,
                                 RegimenSession *session,
                                 const char     *title)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  if (title != NULL && title[0] == '\0')
    title = NULL;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);

  return edit_session_value (self, session, "title", &value, _("Rename Session"));
}

gboolean
regimen_plan_edit_session_kind (RegimenPlan        *self,
                                RegimenSession     *session,
                                RegimenSessionKind  kind)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);
  g_return_val_if_fail ((guint) kind < REGIMEN_N_SESSION_KINDS, FALSE);

  g_value_init (&value, REGIMEN_TYPE_SESSION_KIND);
  g_value_set_enum (&value, kind);

  return edit_session_value (self, session, "kind", &value, _("Change Session Kind"));
}

gboolean
regimen_plan_edit_session_rpe (RegimenPlan    *self,
                               RegimenSession *session,
                               guint           rpe)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, rpe);

  return edit_session_value (self, session, "rpe", &value, _("Change RPE"));
}

gboolean
regimen_plan_edit_session_minutes (RegimenPlan    *self,
                                   RegimenSession *session,
                                   guint           minutes)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, minutes);

  return edit_session_value (self, session, "minutes", &value, _("Change Duration"));
}

/**
 * regimen_plan_edit_session_time:
 * @time: the minute of the day the session starts at, or
 *   %REGIMEN_SESSION_NO_TIME for none
 *
 * Returns: %TRUE when the time changed
 */
gboolean
regimen_plan_edit_session_time (RegimenPlan    *self,
                                RegimenSession *session,
                                int             time)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);
  g_return_val_if_fail (time >= REGIMEN_SESSION_NO_TIME && time < REGIMEN_MINUTES_PER_DAY, FALSE);

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, time);

  return edit_session_value (self, session, "time", &value, _("Change Start Time"));
}

/**
 * regimen_plan_log_session:
 * @session: a session of this plan
 * @log: (nullable): what was trained (copied), or NULL to clear the log
 *
 * Records (or replaces, or clears) the log of @session as one undo step.
 *
 * Returns: FALSE, changing nothing, when @session is not in the plan or
 *   @log is beyond the file's limits (regimen_session_log_is_valid())
 */
gboolean
regimen_plan_log_session (RegimenPlan             *self,
                          RegimenSession          *session,
                          const RegimenSessionLog *log)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);

  if (!regimen_plan_find_session (self, session, NULL, NULL, NULL) ||
      (log != NULL && !regimen_session_log_is_valid (log)))
    return FALSE;

  g_value_init (&value, REGIMEN_TYPE_SESSION_LOG);
  g_value_set_boxed (&value, log);

  /* Each log is a step of its own, never merged like typing. */
  regimen_history_seal (self->history);
  set_property_command (self, G_OBJECT (session), "log", &value,
                        /* Translators: the undo/redo step "Undo Log Session" */
                        log != NULL ? _("Log Session") : _("Clear Log"));
  regimen_history_seal (self->history);

  return TRUE;
}

void
regimen_plan_begin_user_action (RegimenPlan *self,
                                const char  *description)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));

  if (!regimen_history_in_group (self->history))
    {
      self->group_can_undo = regimen_plan_can_undo (self);
      self->group_can_redo = regimen_plan_can_redo (self);
      self->group_modified = regimen_plan_get_modified (self);
    }

  regimen_history_begin_group (self->history, description);
}

void
regimen_plan_end_user_action (RegimenPlan *self)
{
  guint64 state_before;

  g_return_if_fail (REGIMEN_IS_PLAN (self));
  g_return_if_fail (regimen_history_in_group (self->history));

  state_before = regimen_history_get_state (self->history);

  if (!regimen_history_end_group (self->history))
    return;

  if (state_before == regimen_history_get_state (self->history))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  notify_history (self, self->group_can_undo, self->group_can_redo, self->group_modified);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
regimen_plan_cancel_user_action (RegimenPlan *self)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));
  g_return_if_fail (regimen_history_in_group (self->history));

  /* Undone and then kept for redo, a refused action's first half came
   * back with Redo: a plan the person never had. */
  if (!regimen_history_cancel_group (self->history))
    return;

  if (regimen_history_in_group (self->history))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  notify_history (self, self->group_can_undo, self->group_can_redo, self->group_modified);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

void
regimen_plan_seal_edit (RegimenPlan *self)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));
  regimen_history_seal (self->history);
}

gboolean
regimen_plan_can_undo (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  return regimen_history_can_undo (self->history);
}

gboolean
regimen_plan_can_redo (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  return regimen_history_can_redo (self->history);
}

static gboolean
undo_or_redo (RegimenPlan *self,
              gboolean     undo)
{
  gboolean could_undo = regimen_plan_can_undo (self);
  gboolean could_redo = regimen_plan_can_redo (self);
  gboolean was_modified = regimen_plan_get_modified (self);
  gboolean done;

  g_object_freeze_notify (G_OBJECT (self));

  if (undo)
    done = regimen_history_undo (self->history);
  else
    done = regimen_history_redo (self->history);

  if (done)
    notify_history (self, could_undo, could_redo, was_modified);

  g_object_thaw_notify (G_OBJECT (self));

  if (done)
    g_signal_emit (self, signals[CHANGED], 0);

  return done;
}

gboolean
regimen_plan_undo (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  return undo_or_redo (self, TRUE);
}

gboolean
regimen_plan_redo (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  return undo_or_redo (self, FALSE);
}

const char *
regimen_plan_get_undo_description (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return regimen_history_undo_description (self->history);
}

const char *
regimen_plan_get_redo_description (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), NULL);
  return regimen_history_redo_description (self->history);
}

gboolean
regimen_plan_get_modified (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), FALSE);
  return regimen_history_get_state (self->history) != self->saved_state;
}

void
regimen_plan_mark_saved (RegimenPlan *self)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));

  regimen_plan_mark_saved_state (self, regimen_plan_begin_save (self));
}

guint64
regimen_plan_begin_save (RegimenPlan *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (self), 0);

  /* Typing after this point must not merge into the saved step, or undo
   * could never return to exactly the saved state. */
  regimen_history_seal (self->history);

  return regimen_history_get_state (self->history);
}

void
regimen_plan_mark_saved_state (RegimenPlan *self,
                               guint64      state)
{
  gboolean was_modified;

  g_return_if_fail (REGIMEN_IS_PLAN (self));

  was_modified = regimen_plan_get_modified (self);
  self->saved_state = state;

  if (was_modified != regimen_plan_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
regimen_plan_mark_no_state_saved (RegimenPlan *self)
{
  g_return_if_fail (REGIMEN_IS_PLAN (self));

  /* The history's serials count up from 1 (0 is the empty history), so
   * none of them reaches this one. */
  regimen_plan_mark_saved_state (self, G_MAXUINT64);
}

void
regimen_plan_load_title (RegimenPlan *self,
                         const char  *title)
{
  set_title_internal (self, title);
}

void
regimen_plan_load_start_date (RegimenPlan *self,
                              const GDate *start_date)
{
  set_start_date_internal (self, start_date);
}

void
regimen_plan_load_athlete (RegimenPlan    *self,
                           RegimenAthlete *athlete)
{
  g_set_object (&self->athlete, athlete);
}

void
regimen_plan_load_week (RegimenPlan *self,
                        RegimenWeek *week)
{
  g_list_store_append (self->weeks, week);
}

void
regimen_plan_load_weeks (RegimenPlan  *self,
                         RegimenWeek **weeks,
                         guint         n_weeks)
{
  g_list_store_splice (self->weeks, g_list_model_get_n_items (G_LIST_MODEL (self->weeks)), 0,
                       (gpointer *) weeks, n_weeks);
}

void
regimen_plan_load_block (RegimenPlan  *self,
                         RegimenBlock *block)
{
  g_list_store_append (self->blocks, block);
}

GListStore *
regimen_plan_get_week_store (RegimenPlan *self)
{
  return self->weeks;
}

GListStore *
regimen_plan_get_block_store (RegimenPlan *self)
{
  return self->blocks;
}

void
regimen_plan_run_command (RegimenPlan    *self,
                          RegimenCommand *command)
{
  run_command (self, command);
}

gboolean
regimen_plan_set_object_property (RegimenPlan  *self,
                                  GObject      *target,
                                  const char   *property,
                                  const GValue *value,
                                  const char   *description)
{
  return set_property_command (self, target, property, value, description);
}

void
regimen_plan_claim_ids (RegimenPlan *self,
                        GObject     *object)
{
  claim_ids (self, object);
}
