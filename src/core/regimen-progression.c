/* regimen-progression.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-progression"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "regimen-decimal.h"
#include "regimen-library.h"
#include "regimen-plan-blocks.h"
#include "regimen-plan-private.h"
#include "regimen-plan-view.h"
#include "regimen-plan-writer.h"
#include "regimen-plan.h"
#include "regimen-prescription-text.h"
#include "regimen-progression.h"
#include "regimen-weekday.h"

G_DEFINE_QUARK (regimen-progression-error-quark, regimen_progression_error)

G_DEFINE_BOXED_TYPE (RegimenProgression, regimen_progression,
                     regimen_progression_copy, regimen_progression_free)

static const char * const rule_names[REGIMEN_N_PROGRESSION_RULES] = {
  [REGIMEN_PROGRESSION_ADD] = "add",
  [REGIMEN_PROGRESSION_CHAIN] = "chain",
  [REGIMEN_PROGRESSION_REPEAT] = "repeat",
};

static const char * const quantity_names[REGIMEN_N_PROGRESSION_QUANTITIES] = {
  [REGIMEN_PROGRESSION_LOAD] = "load_percent_1rm",
  [REGIMEN_PROGRESSION_SETS] = "sets",
  [REGIMEN_PROGRESSION_REPS] = "reps",
  [REGIMEN_PROGRESSION_HOLD] = "hold_seconds",
  [REGIMEN_PROGRESSION_ROUNDS] = "rounds",
  [REGIMEN_PROGRESSION_LOAD_KG] = "load_kg",
};

RegimenProgression *
regimen_progression_new (RegimenProgressionRule rule,
                         guint                  weeks)
{
  RegimenProgression *progression = g_new0 (RegimenProgression, 1);

  progression->rule = rule;
  progression->weeks = weeks;

  return progression;
}

RegimenProgression *
regimen_progression_copy (const RegimenProgression *progression)
{
  RegimenProgression *copy;

  g_return_val_if_fail (progression != NULL, NULL);

  copy = g_memdup2 (progression, sizeof *progression);
  copy->extra = regimen_json_object_copy (progression->extra);

  return copy;
}

void
regimen_progression_free (RegimenProgression *progression)
{
  if (progression == NULL)
    return;

  g_clear_pointer (&progression->extra, json_object_unref);
  g_free (progression);
}

/**
 * regimen_progression_equal:
 *
 * Compares what the rule does; unknown members do not count, nor do the
 * members its kind of rule does not use. Either argument may be NULL.
 */
gboolean
regimen_progression_equal (const RegimenProgression *a,
                           const RegimenProgression *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  if (a->rule != b->rule || a->weeks != b->weeks)
    return FALSE;

  switch (a->rule)
    {
    case REGIMEN_PROGRESSION_ADD:
      return a->quantity == b->quantity && a->step == b->step && a->cap == b->cap;
    case REGIMEN_PROGRESSION_CHAIN:
      return a->stage_weeks == b->stage_weeks;
    case REGIMEN_PROGRESSION_REPEAT:
    case REGIMEN_N_PROGRESSION_RULES:
    default:
      return TRUE;
    }
}

const char *
regimen_progression_rule_to_string (RegimenProgressionRule rule)
{
  g_return_val_if_fail ((guint) rule < REGIMEN_N_PROGRESSION_RULES, NULL);
  return rule_names[rule];
}

gboolean
regimen_progression_rule_from_string (const char             *text,
                                      RegimenProgressionRule *rule)
{
  for (guint i = 0; i < REGIMEN_N_PROGRESSION_RULES; i++)
    if (g_strcmp0 (text, rule_names[i]) == 0)
      {
        *rule = i;
        return TRUE;
      }

  return FALSE;
}

const char *
regimen_progression_quantity_to_string (RegimenProgressionQuantity quantity)
{
  g_return_val_if_fail ((guint) quantity < REGIMEN_N_PROGRESSION_QUANTITIES, NULL);
  return quantity_names[quantity];
}

gboolean
regimen_progression_quantity_from_string (const char                 *text,
                                          RegimenProgressionQuantity *quantity)
{
  for (guint i = 0; i < REGIMEN_N_PROGRESSION_QUANTITIES; i++)
    if (g_strcmp0 (text, quantity_names[i]) == 0)
      {
        *quantity = i;
        return TRUE;
      }

  return FALSE;
}

/* The item's own limits (regimen-plan-types.h): a step or cap past them
 * could never be written. */
void
regimen_progression_quantity_range (RegimenProgressionQuantity  quantity,
                                    double                     *min,
                                    double                     *max,
                                    gboolean                   *whole)
{
  *whole = TRUE;
  *min = 1;

  switch (quantity)
    {
    case REGIMEN_PROGRESSION_LOAD:
      *whole = FALSE;
      *min = 0;
      *max = REGIMEN_PERCENT_MAX;
      break;
    case REGIMEN_PROGRESSION_LOAD_KG:
      *whole = FALSE;
      *min = 0;
      *max = REGIMEN_LOAD_KG_MAX;
      break;
    case REGIMEN_PROGRESSION_SETS:
      *max = REGIMEN_SETS_MAX;
      break;
    case REGIMEN_PROGRESSION_REPS:
      *max = REGIMEN_REPS_MAX;
      break;
    case REGIMEN_PROGRESSION_HOLD:
      *max = REGIMEN_HOLD_SECONDS_MAX;
      break;
    case REGIMEN_PROGRESSION_ROUNDS:
    case REGIMEN_N_PROGRESSION_QUANTITIES:
    default:
      *max = REGIMEN_ROUNDS_MAX;
      break;
    }
}

/* The step a rule on @quantity starts from, before the person types one:
 * the smallest usual weekly increase (2.5 % 1RM or 2.5 kg on a lift, a
 * set, a repetition, five seconds of hold, a round). */
double
regimen_progression_default_step (RegimenProgressionQuantity quantity)
{
  switch (quantity)
    {
    case REGIMEN_PROGRESSION_LOAD:
    case REGIMEN_PROGRESSION_LOAD_KG:
      return 2.5;
    case REGIMEN_PROGRESSION_HOLD:
      return 5;
    case REGIMEN_PROGRESSION_SETS:
    case REGIMEN_PROGRESSION_REPS:
    case REGIMEN_PROGRESSION_ROUNDS:
    case REGIMEN_N_PROGRESSION_QUANTITIES:
    default:
      return 1;
    }
}

/* The weeks a new rule on @item covers: in a block, the rest of it from
 * the item's week (which is as far as a rule writes there); outside
 * one, REGIMEN_PROGRESSION_DEFAULT_WEEKS. Never fewer than a rule may
 * have. */
guint
regimen_progression_default_weeks (RegimenPlan *plan,
                                   RegimenItem *item)
{
  guint week, day, session, position;
  guint first_week, n_weeks;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), REGIMEN_PROGRESSION_DEFAULT_WEEKS);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), REGIMEN_PROGRESSION_DEFAULT_WEEKS);

  if (!regimen_plan_find_item (plan, item, &week, &day, &session, &position) ||
      !regimen_plan_find_block_of_week (plan, week, NULL, &first_week, &n_weeks))
    return REGIMEN_PROGRESSION_DEFAULT_WEEKS;

  return CLAMP (first_week + n_weeks - week, REGIMEN_PROGRESSION_WEEKS_MIN, REGIMEN_PROGRESSION_WEEKS_MAX);
}

static gboolean
progression_is_valid (const RegimenProgression *progression)
{
  double min, max;
  gboolean whole;

  if ((guint) progression->rule >= REGIMEN_N_PROGRESSION_RULES ||
      progression->weeks < REGIMEN_PROGRESSION_WEEKS_MIN ||
      progression->weeks > REGIMEN_PROGRESSION_WEEKS_MAX)
    return FALSE;

  if (progression->rule == REGIMEN_PROGRESSION_CHAIN)
    return progression->stage_weeks >= 1 &&
           progression->stage_weeks <= REGIMEN_PROGRESSION_STAGE_WEEKS_MAX;

  if (progression->rule != REGIMEN_PROGRESSION_ADD)
    return TRUE;

  if ((guint) progression->quantity >= REGIMEN_N_PROGRESSION_QUANTITIES)
    return FALSE;

  regimen_progression_quantity_range (progression->quantity, &min, &max, &whole);

  if (!(progression->step >= REGIMEN_PROGRESSION_STEP_MIN && progression->step <= max) ||
      (whole && progression->step != floor (progression->step)) ||
      (progression->quantity == REGIMEN_PROGRESSION_LOAD_KG &&
       progression->step < REGIMEN_PROGRESSION_LOAD_KG_STEP_MIN))
    return FALSE;

  return progression->cap == 0 ||
         (progression->cap > 0 && progression->cap <= max &&
          (!whole || progression->cap == floor (progression->cap)));
}

static char *
format_amount (RegimenProgressionQuantity quantity,
               double                     amount,
               RegimenLoadUnit            unit)
{
  /* With the locale's decimal mark, as the prescriptions beside it, and
   * as the rule holds it: “2.5000001 % 1RM”, not “2.5”. */
  g_autofree char *number = regimen_decimal_format (amount);

  switch (quantity)
    {
    case REGIMEN_PROGRESSION_LOAD_KG:
      /* As typed (“1.25 lb”), not to a scale's tenth of a pound. */
      return regimen_load_format_typed (amount, unit);
    case REGIMEN_PROGRESSION_LOAD:
      /* Translators: a load in percent of the one-repetition maximum */
      return g_strdup_printf (_("%s %% 1RM"), number);
    case REGIMEN_PROGRESSION_SETS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s set", "%s sets", (gulong) amount), number);
    case REGIMEN_PROGRESSION_REPS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s rep", "%s reps", (gulong) amount), number);
    case REGIMEN_PROGRESSION_HOLD:
      /* Translators: seconds of an isometric hold */
      return g_strdup_printf (_("%s s of hold"), number);
    case REGIMEN_PROGRESSION_ROUNDS:
    case REGIMEN_N_PROGRESSION_QUANTITIES:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s round", "%s rounds", (gulong) amount), number);
    }
}

/**
 * regimen_progression_describe:
 *
 * Returns: (transfer full): what the rule does, in one translated line
 */
char *
regimen_progression_describe (const RegimenProgression *progression)
{
  return regimen_progression_describe_in (progression, REGIMEN_LOAD_UNIT_KG);
}

/**
 * regimen_progression_describe_in:
 * @unit: the unit of a step and cap in kilograms
 *
 * Returns: (transfer full): what the rule does, in one translated line
 */
char *
regimen_progression_describe_in (const RegimenProgression *progression,
                                 RegimenLoadUnit           unit)
{
  g_autofree char *step = NULL;
  g_autofree char *cap = NULL;

  g_return_val_if_fail (progression != NULL, NULL);

  switch (progression->rule)
    {
    case REGIMEN_PROGRESSION_ADD:
      step = format_amount (progression->quantity, progression->step, unit);
      if (progression->cap > 0)
        {
          cap = format_amount (progression->quantity, progression->cap, unit);
          /* Translators: a progression rule, “add 2.5 % 1RM each week up to 70 % 1RM, for 4 weeks” */
          return g_strdup_printf (_("add %s each week up to %s, for %u weeks"),
                                  step, cap, progression->weeks);
        }
      /* Translators: a progression rule, “add 1 rep each week, for 4 weeks” */
      return g_strdup_printf (_("add %s each week, for %u weeks"), step, progression->weeks);

    case REGIMEN_PROGRESSION_CHAIN:
      step = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every week", "every %u weeks",
                                           progression->stage_weeks),
                              progression->stage_weeks);
      /* Translators: a progression rule, “the next stage of its chain every 3 weeks, for 12 weeks” */
      return g_strdup_printf (_("the next stage of its chain %s, for %u weeks"),
                              step, progression->weeks);

    case REGIMEN_PROGRESSION_REPEAT:
    case REGIMEN_N_PROGRESSION_RULES:
    default:
      /* Translators: a progression rule */
      return g_strdup_printf (_("the same each week, for %u weeks"), progression->weeks);
    }
}

double
regimen_progression_step_value (const RegimenProgression *progression,
                                double                    start,
                                guint                     offset)
{
  double min, max;
  gboolean whole;
  double value;

  g_return_val_if_fail (progression != NULL, start);

  if (progression->rule != REGIMEN_PROGRESSION_ADD)
    return start;

  regimen_progression_quantity_range (progression->quantity, &min, &max, &whole);
  if (progression->cap > 0)
    max = MIN (max, progression->cap);

  value = start + offset * progression->step;
  /* To the billionth, finer than any step typed needs (5 lb is
   * 2.26796185 kg): the double's sum has noise in its last digits, and
   * 60.1 + 2 × 0.1 was written 60.300000000000004 into the file. */
  value = round (value * 1e9) / 1e9;

  return value > max ? MAX (max, start) : value;
}

static gboolean
fail_invalid (GError     **error,
              const char  *message)
{
  g_set_error_literal (error, REGIMEN_PROGRESSION_ERROR,
                       REGIMEN_PROGRESSION_ERROR_INVALID, message);
  return FALSE;
}

/* The current value of what an "add" rule steps; FALSE when the item
 * does not have it. */
static gboolean
item_quantity (RegimenItem                *item,
               RegimenProgressionQuantity  quantity,
               double                     *value)
{
  switch (quantity)
    {
    case REGIMEN_PROGRESSION_LOAD:
      *value = regimen_item_get_load_percent_1rm (item);
      return regimen_item_has_load_percent_1rm (item);
    case REGIMEN_PROGRESSION_LOAD_KG:
      *value = regimen_item_get_load_kg (item);
      return regimen_item_has_load_kg (item);
    case REGIMEN_PROGRESSION_SETS:
      *value = regimen_item_get_sets (item);
      break;
    case REGIMEN_PROGRESSION_REPS:
      *value = regimen_item_get_reps (item);
      break;
    case REGIMEN_PROGRESSION_HOLD:
      *value = regimen_item_get_hold_seconds (item);
      break;
    case REGIMEN_PROGRESSION_ROUNDS:
    case REGIMEN_N_PROGRESSION_QUANTITIES:
    default:
      *value = regimen_item_get_interval (item) != NULL ? regimen_item_get_interval (item)->rounds : 0;
      break;
    }

  return *value > 0;
}

static void
set_item_quantity (RegimenItem                *item,
                   RegimenProgressionQuantity  quantity,
                   double                      value)
{
  g_autoptr(RegimenInterval) interval = NULL;

  switch (quantity)
    {
    case REGIMEN_PROGRESSION_LOAD:
      regimen_item_set_load_percent_1rm (item, value);
      break;
    case REGIMEN_PROGRESSION_LOAD_KG:
      regimen_item_set_load_kg (item, value);
      break;
    case REGIMEN_PROGRESSION_SETS:
      regimen_item_set_sets (item, (guint) value);
      break;
    case REGIMEN_PROGRESSION_REPS:
      regimen_item_set_reps (item, (guint) value);
      break;
    case REGIMEN_PROGRESSION_HOLD:
      regimen_item_set_hold_seconds (item, (guint) value);
      break;
    case REGIMEN_PROGRESSION_ROUNDS:
    case REGIMEN_N_PROGRESSION_QUANTITIES:
    default:
      interval = regimen_interval_copy (regimen_item_get_interval (item));
      interval->rounds = (guint) value;
      regimen_item_set_interval (item, interval);
      break;
    }
}

/**
 * regimen_progression_check_fits:
 * @progression: a rule
 * @source: the item it is on
 * @library: the library its chain follows
 * @error: return location for a #GError
 *
 * Whether @progression can be applied to @source: what applying it
 * and the plan check ask.
 *
 * Returns: %TRUE when it fits, else %FALSE with @error set in the
 *   %REGIMEN_PROGRESSION_ERROR domain, saying why
 */
gboolean
regimen_progression_check_fits (const RegimenProgression  *progression,
                                RegimenItem               *source,
                                RegimenLibrary            *library,
                                GError                   **error)
{
  return regimen_progression_check_fits_in (progression, source, library, REGIMEN_LOAD_UNIT_KG, error);
}

/**
 * regimen_progression_check_fits_in:
 * @unit: the unit a load in kilograms is said in
 *
 * regimen_progression_check_fits(), whose message says a cap and a start
 * of load_kg in @unit, as the rule was typed; every other one in its
 * own unit (% 1RM, reps, s of hold…).
 */
gboolean
regimen_progression_check_fits_in (const RegimenProgression  *progression,
                                   RegimenItem               *source,
                                   RegimenLibrary            *library,
                                   RegimenLoadUnit            unit,
                                   GError                   **error)
{
  double start;

  if (!progression_is_valid (progression))
    return fail_invalid (error, _("The progression rule is out of range."));

  if (progression->rule == REGIMEN_PROGRESSION_CHAIN)
    {
      RegimenExercise *exercise = regimen_library_lookup (library, regimen_item_get_exercise (source));

      if (exercise == NULL || regimen_exercise_get_next (exercise) == NULL)
        {
          g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                       _("“%s” has no next stage in the library."), regimen_item_get_exercise (source));
          return FALSE;
        }
    }

  if (progression->rule != REGIMEN_PROGRESSION_ADD)
    return TRUE;

  if (!item_quantity (source, progression->quantity, &start))
    {
      g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                   /* Translators: %s is a member name such as load_percent_1rm or reps */
                   _("The exercise has no %s to add to."),
                   regimen_progression_quantity_to_string (progression->quantity));
      return FALSE;
    }

  if (progression->cap > 0 && progression->cap < start)
    {
      g_autofree char *cap = format_amount (progression->quantity, progression->cap, unit);
      g_autofree char *shown_start = format_amount (progression->quantity, start, unit);

      g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                   /* Translators: “The cap, 45 % 1RM, is below where the exercise starts, 50 % 1RM.” */
                   _("The cap, %s, is below where the exercise starts, %s."), cap, shown_start);
      return FALSE;
    }

  return TRUE;
}

/**
 * regimen_progression_prescribe:
 *
 * Returns: (transfer full) (nullable): the item @offset weeks on
 */
RegimenItem *
regimen_progression_prescribe (const RegimenProgression  *progression,
                               RegimenItem               *source,
                               guint                      offset,
                               RegimenLibrary            *library,
                               GError                   **error)
{
  g_autoptr(RegimenItem) item = NULL;

  g_return_val_if_fail (progression != NULL, NULL);
  g_return_val_if_fail (REGIMEN_IS_ITEM (source), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (library == NULL)
    library = regimen_library_get_default ();

  if (!regimen_progression_check_fits (progression, source, library, error))
    return NULL;

  item = regimen_item_copy (source);
  regimen_item_set_progression (item, NULL);
  regimen_item_set_progressed_from (item, regimen_item_get_id (source));

  if (progression->rule == REGIMEN_PROGRESSION_ADD)
    {
      double start;

      item_quantity (source, progression->quantity, &start);
      set_item_quantity (item, progression->quantity,
                         regimen_progression_step_value (progression, start, offset));
    }
  else if (progression->rule == REGIMEN_PROGRESSION_CHAIN)
    {
      RegimenExercise *stage = regimen_library_lookup (library, regimen_item_get_exercise (source));
      guint stages = offset / progression->stage_weeks;

      for (guint i = 0; i < stages; i++)
        {
          const char *next = regimen_exercise_get_next (stage);
          RegimenExercise *next_stage = next != NULL ? regimen_library_lookup (library, next) : NULL;

          if (next_stage == NULL)
            break;
          stage = next_stage;
        }

      regimen_item_set_exercise (item, regimen_exercise_get_id (stage));
    }

  return g_steal_pointer (&item);
}

typedef struct
{
  const char *source_id;
  GPtrArray  *found;
} FindLinked;

int
regimen_plan_find_week_of_item_id (RegimenPlan *plan,
                                   const char  *id)
{
  RegimenItem *item;
  guint week, day, session, position;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), -1);

  item = id != NULL ? regimen_plan_find_item_by_id (plan, id) : NULL;
  if (item == NULL || !regimen_plan_find_item (plan, item, &week, &day, &session, &position))
    return -1;
  return (int) week;
}

/* A mark whose source is gone, or is not in an earlier week, links to
 * no rule, and the item may have a rule of its own. */
gboolean
regimen_plan_item_is_written_by_rule (RegimenPlan *plan,
                                      RegimenItem *item,
                                      guint        week)
{
  int source_week;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);

  source_week = regimen_plan_find_week_of_item_id (plan, regimen_item_get_progressed_from (item));
  return source_week >= 0 && (guint) source_week < week;
}

/**
 * regimen_plan_find_progressed_items:
 *
 * A rule writes only the weeks after its item, so only an item there that
 * is marked with @source_id is one it wrote: a mark on the item itself or
 * on one of an earlier week or the same week (a file edited by hand) is
 * no link, and such an item is never replaced or removed with the rule.
 *
 * Returns: (transfer container) (element-type RegimenItem): the items
 *   generated from @source_id
 */
GPtrArray *
regimen_plan_find_progressed_items (RegimenPlan *plan,
                                    const char  *source_id)
{
  GPtrArray *found = g_ptr_array_new ();
  guint n_weeks;
  int source_week;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), found);
  g_return_val_if_fail (source_id != NULL, found);

  source_week = regimen_plan_find_week_of_item_id (plan, source_id);
  if (source_week < 0)
    return found;

  n_weeks = regimen_plan_get_n_weeks (plan);
  for (guint w = source_week + 1; w < n_weeks; w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *item = regimen_session_get_item (session, i);

                if (g_strcmp0 (regimen_item_get_progressed_from (item), source_id) == 0)
                  g_ptr_array_add (found, item);
              }
          }
      }

  return found;
}

typedef void (*ItemPairFunc) (RegimenItem *original,
                              RegimenItem *copy,
                              gpointer     user_data);

static void
foreach_item_pair (RegimenWeek  **originals,
                   RegimenWeek  **copies,
                   guint          n_weeks,
                   ItemPairFunc   func,
                   gpointer       user_data)
{
  for (guint w = 0; w < n_weeks; w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *original_day = regimen_week_get_day (originals[w], d);
        RegimenDay *copy_day = regimen_week_get_day (copies[w], d);

        for (guint s = 0; s < regimen_day_get_n_sessions (copy_day); s++)
          {
            RegimenSession *original = regimen_day_get_session (original_day, s);
            RegimenSession *copy = regimen_day_get_session (copy_day, s);

            for (guint i = 0; i < regimen_session_get_n_items (copy); i++)
              func (regimen_session_get_item (original, i), regimen_session_get_item (copy, i), user_data);
          }
      }
}

static void
map_copy (RegimenItem *original,
          RegimenItem *copy,
          gpointer     user_data)
{
  g_hash_table_insert (user_data, (gpointer) regimen_item_get_id (original), copy);
}

static void
relink_copy (RegimenItem *original,
             RegimenItem *copy,
             gpointer     user_data)
{
  const char *source = regimen_item_get_progressed_from (copy);
  RegimenItem *copied_source = source != NULL ? g_hash_table_lookup (user_data, source) : NULL;

  if (source != NULL)
    regimen_item_set_progressed_from (copy, copied_source != NULL ? regimen_item_get_id (copied_source) : NULL);
}

/* Copies of weeks (a duplicated or copied week or block) hold copies of
 * items a rule wrote. One whose rule's item was copied with it belongs to
 * that copy's rule; any other is no longer a rule's: else applying the
 * original rule again would delete it from the copied weeks
 * (docs/plan-format.md, "Progression"). */
void
regimen_plan_relink_copied_weeks (RegimenWeek **originals,
                                  RegimenWeek **copies,
                                  guint         n_weeks)
{
  g_autoptr(GHashTable) copied = g_hash_table_new (g_str_hash, g_str_equal);

  foreach_item_pair (originals, copies, n_weeks, map_copy, copied);
  foreach_item_pair (originals, copies, n_weeks, relink_copy, copied);
}

/* Whether the rule of @source_id, an item of an earlier week, writes
 * week @target, whose block is that of @block_week: what
 * prepare_progression() would write, from the week after its item to
 * the end of its weeks, in a plan of blocks no further than its block. */
static gboolean
rule_writes_week (RegimenPlan *plan,
                  const char  *source_id,
                  guint        target,
                  guint        block_week)
{
  RegimenItem *source = regimen_plan_find_item_by_id (plan, source_id);
  const RegimenProgression *progression;
  guint week, day, session, position;
  guint block, target_block;

  if (source == NULL ||
      (progression = regimen_item_get_progression (source)) == NULL ||
      !regimen_plan_find_item (plan, source, &week, &day, &session, &position) ||
      target <= week || target - week >= progression->weeks)
    return FALSE;

  if (!regimen_plan_find_block_of_week (plan, week, &block, NULL, NULL))
    return TRUE;

  return regimen_plan_find_block_of_week (plan, block_week, &target_block, NULL, NULL) &&
         target_block == block;
}

typedef struct
{
  RegimenPlan *plan;
  guint        target;
  guint        block_week;
} LinkToRules;

static void
link_copy_to_rule (RegimenItem *original,
                   RegimenItem *copy,
                   gpointer     user_data)
{
  LinkToRules *link = user_data;
  const char *source = NULL;
  guint week, day, session, position;

  /* The copy of a rule's own item, or of one it wrote and whose item
   * was not copied with it (relink_copy() left that one unlinked). */
  if (regimen_item_get_progression (copy) != NULL)
    source = regimen_item_get_id (original);
  else if (regimen_item_get_progressed_from (copy) == NULL &&
           regimen_plan_find_item (link->plan, original, &week, &day, &session, &position) &&
           regimen_plan_item_is_written_by_rule (link->plan, original, week))
    source = regimen_item_get_progressed_from (original);

  if (source == NULL || !rule_writes_week (link->plan, source, link->target, link->block_week))
    return;

  regimen_item_set_progression (copy, NULL);
  regimen_item_set_progressed_from (copy, source);
}

static gboolean
same_kind_and_title (RegimenSession *a,
                     RegimenSession *b)
{
  return regimen_session_get_kind (a) == regimen_session_get_kind (b) &&
         g_strcmp0 (regimen_session_get_title (a), regimen_session_get_title (b)) == 0;
}

/* The exercise the rule of @source writes @offset weeks after it: its
 * own, or for a chain the stage it has reached by then. */
static const char *
exercise_written (RegimenItem *source,
                  guint        offset)
{
  const RegimenProgression *progression = regimen_item_get_progression (source);
  RegimenLibrary *library;
  RegimenExercise *stage;

  if (progression->rule != REGIMEN_PROGRESSION_CHAIN || progression->stage_weeks == 0)
    return regimen_item_get_exercise (source);

  library = regimen_library_get_default ();
  stage = regimen_library_lookup (library, regimen_item_get_exercise (source));
  for (guint i = 0; stage != NULL && i < offset / progression->stage_weeks; i++)
    {
      const char *next = regimen_exercise_get_next (stage);
      RegimenExercise *next_stage = next != NULL ? regimen_library_lookup (library, next) : NULL;

      if (next_stage == NULL)
        break;
      stage = next_stage;
    }

  return stage != NULL ? regimen_exercise_get_id (stage) : regimen_item_get_exercise (source);
}

/* The item of the rule that writes week @target on @day into a session
 * like @session, @exercise among what it writes there: one of the rule
 * items of the REGIMEN_PROGRESSION_WEEKS_MAX weeks before @target, the
 * furthest a rule reaches. @taken are those a copy links to already. */
static RegimenItem *
find_rule_writing (RegimenPlan    *plan,
                   guint           target,
                   guint           block_week,
                   guint           day,
                   RegimenSession *session,
                   const char     *exercise,
                   GPtrArray      *taken)
{
  guint first = target > REGIMEN_PROGRESSION_WEEKS_MAX ? target - REGIMEN_PROGRESSION_WEEKS_MAX : 0;

  for (guint w = first; w < target; w++)
    {
      RegimenDay *source_day = regimen_plan_get_day (plan, w, day);

      for (guint s = 0; s < regimen_day_get_n_sessions (source_day); s++)
        {
          RegimenSession *source_session = regimen_day_get_session (source_day, s);

          if (!same_kind_and_title (source_session, session))
            continue;

          for (guint i = 0; i < regimen_session_get_n_items (source_session); i++)
            {
              RegimenItem *source = regimen_session_get_item (source_session, i);

              if (regimen_item_get_progression (source) != NULL &&
                  !g_ptr_array_find (taken, source, NULL) &&
                  g_strcmp0 (exercise_written (source, target - w), exercise) == 0 &&
                  rule_writes_week (plan, regimen_item_get_id (source), target, block_week))
                return source;
            }
        }
    }

  return NULL;
}

/* Whether a rule on @item, copied into a session like @session on @day
 * of week @target, would write into a week where another rule owns that
 * exercise in such a session: its own item, or one it wrote. The weeks
 * it could write are the plan's from @next_week on (the week after
 * @target, after those a block copy replaces, or the week a duplicate
 * goes before), which are @shift weeks further on once the copy is in
 * (1 for a duplicate, 0 for a copy onto a week), in @block_week's block
 * when it has one. */
static gboolean
rule_meets_other_rule (RegimenPlan    *plan,
                       RegimenItem    *item,
                       guint           day,
                       RegimenSession *session,
                       guint           target,
                       guint           block_week,
                       guint           next_week,
                       guint           shift)
{
  const RegimenProgression *progression = regimen_item_get_progression (item);
  gboolean in_block;
  guint block = 0;

  in_block = regimen_plan_find_block_of_week (plan, block_week, &block, NULL, NULL);
  for (guint w = next_week, offset = next_week + shift - target;
       w < regimen_plan_get_n_weeks (plan) && offset < progression->weeks;
       w++, offset++)
    {
      RegimenDay *other_day = regimen_plan_get_day (plan, w, day);
      guint other_block;

      if (in_block && !(regimen_plan_find_block_of_week (plan, w, &other_block, NULL, NULL) &&
                        other_block == block))
        break;

      for (guint s = 0; s < regimen_day_get_n_sessions (other_day); s++)
        {
          RegimenSession *other_session = regimen_day_get_session (other_day, s);

          if (!same_kind_and_title (other_session, session))
            continue;

          for (guint i = 0; i < regimen_session_get_n_items (other_session); i++)
            {
              RegimenItem *other = regimen_session_get_item (other_session, i);

              if (g_strcmp0 (regimen_item_get_exercise (other), exercise_written (item, offset)) == 0 &&
                  (regimen_item_get_progression (other) != NULL ||
                   regimen_plan_item_is_written_by_rule (plan, other, w)))
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* What link_copy_to_rule() leaves for rules other than the original's:
 * a copy with a rule, or made by one, that lands in a week another rule
 * writes, in the session it writes and of the exercise it writes there
 * (a block copied over another rule's weeks), takes the place of what
 * that rule wrote, as a copy in the original rule's weeks does (a copy
 * of no rule's stays a fresh start, which applying the rule there again
 * takes over); and a copy that keeps a rule
 * of its own loses it when its weeks would reach another rule's item of
 * that exercise in such a session (a rule's week copied onto an earlier
 * week): exactly one rule owns an exercise in a session of a week. */
static void
link_copy_to_other_rules (RegimenPlan *plan,
                          RegimenWeek *copy,
                          guint        target,
                          guint        block_week,
                          guint        next_week,
                          guint        shift)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new ();

  /* The rules the copies link to already write their items here. */
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_get_day (copy, d);

      for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
        {
          RegimenSession *session = regimen_day_get_session (day, s);

          for (guint i = 0; i < regimen_session_get_n_items (session); i++)
            {
              const char *source_id = regimen_item_get_progressed_from (regimen_session_get_item (session, i));
              RegimenItem *source = source_id != NULL ? regimen_plan_find_item_by_id (plan, source_id) : NULL;

              if (source != NULL)
                g_ptr_array_add (taken, source);
            }
        }
    }

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_get_day (copy, d);

      for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
        {
          RegimenSession *session = regimen_day_get_session (day, s);

          for (guint i = 0; i < regimen_session_get_n_items (session); i++)
            {
              RegimenItem *item = regimen_session_get_item (session, i);
              const char *source_id = regimen_item_get_progressed_from (item);
              RegimenItem *source = source_id != NULL ? regimen_plan_find_item_by_id (plan, source_id) : NULL;
              int source_week = source != NULL ? regimen_plan_find_week_of_item_id (plan, source_id) : -1;
              RegimenItem *rule;

              /* A copy of no rule's stays a fresh start, its own; one
               * linked to a rule of an earlier week stays that rule's (a
               * copy of the rule's item that lost its rule below is no
               * rule). */
              if ((source == NULL && regimen_item_get_progression (item) == NULL) ||
                  (source_week >= 0 && (guint) source_week < target &&
                   regimen_item_get_progression (source) != NULL))
                continue;

              rule = find_rule_writing (plan, target, block_week, d, session,
                                        regimen_item_get_exercise (item), taken);
              if (rule != NULL)
                {
                  g_ptr_array_add (taken, rule);
                  regimen_item_set_progression (item, NULL);
                  regimen_item_set_progressed_from (item, regimen_item_get_id (rule));
                }
              else if (regimen_item_get_progression (item) != NULL &&
                       rule_meets_other_rule (plan, item, d, session, target, block_week, next_week, shift))
                regimen_item_set_progression (item, NULL);
              /* Written by a copy that went to another rule above (a
               * block copied part over another rule's weeks), beyond that
               * rule's weeks: no rule's now, a fresh start, not linked to
               * an item with no rule, which made a rule on it refused. */
              else if (source != NULL && regimen_item_get_progression (source) == NULL)
                regimen_item_set_progressed_from (item, NULL);
            }
        }
    }
}

/* A week copied onto a week a rule writes (a week copied onto the next,
 * a week duplicated inside a rule's weeks) brings a copy of the rule's
 * exercise there, in place of the one the rule wrote. Left unlinked,
 * applying the rule again found no item of its own in that week and
 * wrote a second exercise beside the copy; a copy of the rule's item
 * kept the rule too, a second rule over the first one's weeks. The
 * copy takes the place of what the rule wrote: linked to the rule,
 * without a rule of its own, so applying the rule again rewrites it
 * where it is (docs/plan-format.md, "Progression"). Called before
 * @copy, already relinked, goes in as week @target; @block_week is the
 * week whose block @target is in then. */
void
regimen_plan_link_copied_week_to_rules (RegimenPlan *plan,
                                        RegimenWeek *original,
                                        RegimenWeek *copy,
                                        guint        target,
                                        guint        block_week,
                                        guint        next_week,
                                        guint        shift)
{
  LinkToRules link = { plan, target, block_week };

  foreach_item_pair (&original, &copy, 1, link_copy_to_rule, &link);
  link_copy_to_other_rules (plan, copy, target, block_week, next_week, shift);
}

/* Where a generated item goes in a week: the place of the one it
 * replaces, so an item moved by hand stays where it was put. */
typedef struct
{
  RegimenSession *session;
  guint           position;
  char           *id;
} Spot;

static void
spot_free (gpointer data)
{
  Spot *spot = data;

  g_free (spot->id);
  g_free (spot);
}

static RegimenSession *
matching_session (RegimenDay     *day,
                  RegimenSession *source)
{
  for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
    {
      RegimenSession *session = regimen_day_get_session (day, s);

      if (regimen_session_get_kind (session) == regimen_session_get_kind (source) &&
          g_strcmp0 (regimen_session_get_title (session), regimen_session_get_title (source)) == 0)
        return session;
    }

  return NULL;
}

static RegimenSession *
new_session_like (RegimenSession *source)
{
  RegimenSession *session = regimen_session_new (regimen_session_get_kind (source),
                                                 regimen_session_get_title (source));

  regimen_session_set_rpe (session, regimen_session_get_rpe (source));
  regimen_session_set_minutes (session, regimen_session_get_minutes (source));
  regimen_session_set_time (session, regimen_session_get_time (source));

  return session;
}

/* A session a rule adds to a lighter week, scaled as making the week
 * lighter scales one (its items are scaled apart). */
static void
lighten_new_session (RegimenSession *session,
                     double          volume,
                     double          intensity)
{
  regimen_session_set_rpe (session, regimen_lighter_scale_count (regimen_session_get_rpe (session), intensity));
  if (regimen_session_get_minutes (session) > 0)
    regimen_session_set_minutes (session,
                                 regimen_lighter_scale_count (regimen_session_get_minutes (session), volume));
}

/* The limits a generated item could meet in a week that has no spot for
 * it, checked before anything changes. */
static gboolean
check_room (RegimenPlan    *plan,
            GHashTable     *spots,
            RegimenSession *source,
            guint           week,
            guint           day,
            guint           weeks,
            GError        **error)
{
  if (week + weeks > REGIMEN_PLAN_MAX_WEEKS)
    {
      /* How many weeks would fit is said, where “A plan has at most
       * 520 weeks.” left the person to count them. */
      guint possible = REGIMEN_PLAN_MAX_WEEKS - week;

      g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_FULL,
                   /* Translators: “A plan has at most 520 weeks: from week 510 a rule covers at most 11 weeks, its own
                    * included, not 20.” */
                   g_dngettext (GETTEXT_PACKAGE,
                                "A plan has at most %d weeks: from week %u a rule covers at most %u week, "
                                "its own included, not %u.",
                                "A plan has at most %d weeks: from week %u a rule covers at most %u weeks, "
                                "its own included, not %u.",
                                possible),
                   REGIMEN_PLAN_MAX_WEEKS, week + 1, possible, weeks);
      return FALSE;
    }

  /* A plan starting late in 2999 has room for fewer: the weeks added
   * could not be, and the rule was written over none. */
  if (week + weeks > regimen_plan_get_max_weeks (plan))
    {
      guint possible = regimen_plan_get_max_weeks (plan) - week;
      g_autofree char *limit = regimen_plan_describe_max_weeks (regimen_plan_get_start_date (plan));

      g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_FULL,
                   /* Translators: the last %s is “a plan that starts on 2999-12-16 has room for 2 weeks, as its
                    * weeks end by 2999-12-31, the last day a plan may name” */
                   g_dngettext (GETTEXT_PACKAGE,
                                "From week %u a rule covers at most %u week, its own included, not %u: %s.",
                                "From week %u a rule covers at most %u weeks, its own included, not %u: %s.",
                                possible),
                   week + 1, possible, weeks, limit);
      return FALSE;
    }

  for (guint offset = 1; offset < weeks && week + offset < regimen_plan_get_n_weeks (plan); offset++)
    {
      RegimenDay *target = regimen_plan_get_day (plan, week + offset, day);
      RegimenSession *session;

      if (g_hash_table_contains (spots, GUINT_TO_POINTER (week + offset)))
        continue;

      session = matching_session (target, source);
      if ((session == NULL && regimen_day_get_n_sessions (target) >= REGIMEN_DAY_MAX_SESSIONS) ||
          (session != NULL && regimen_session_get_n_items (session) >= REGIMEN_SESSION_MAX_ITEMS))
        {
          g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_FULL,
                       _("Week %u has no room on that day for another exercise."), week + offset + 1);
          return FALSE;
        }
    }

  return TRUE;
}

/* What applying a rule to an item will do, worked out before anything
 * changes: the items it writes, those it replaces and where they are. */
typedef struct
{
  GPtrArray      *fresh;
  GPtrArray      *old;
  GPtrArray      *old_sessions;
  GHashTable     *spots;
  RegimenSession *source_session;
  guint           week;
  guint           day;
  guint           position;
} Prepared;

static void
prepared_clear (Prepared *prepared)
{
  g_clear_pointer (&prepared->fresh, g_ptr_array_unref);
  g_clear_pointer (&prepared->old, g_ptr_array_unref);
  g_clear_pointer (&prepared->old_sessions, g_ptr_array_unref);
  g_clear_pointer (&prepared->spots, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Prepared, prepared_clear)

/* Refuses a rule whose weeks would make a plan the reader refuses:
 * adds to @size, the plan's text as measured, the @copies items the rule
 * writes, each measured as @written, less the items @old it replaces. An
 * exercise carrying another tool's list of 400,000 numbers, written into
 * 51 weeks, took 14 s and 1.4 GB before the save refused the result. */
static gboolean
check_text_fits (RegimenTextSize  *size,
                 RegimenItem      *written,
                 guint             copies,
                 GPtrArray        *old,
                 GError          **error)
{
  RegimenTextSize one;

  for (guint i = 0; i < old->len; i++)
    {
      RegimenTextSize replaced;

      regimen_item_measure_text (g_ptr_array_index (old, i), &replaced);
      size->values -= MIN (replaced.values, size->values);
      size->bytes -= MIN (replaced.bytes, size->bytes);
    }

  regimen_item_measure_text (written, &one);
  size->values += copies * one.values;
  size->bytes += copies * one.bytes;
  if (regimen_text_size_fits (size))
    return TRUE;

  g_set_error_literal (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_FULL,
                       _("The weeks the rule writes would make the plan larger than Regimen can open."));
  return FALSE;
}

/* A week the rule writes that has none of its items may hold the
 * exercise it writes there already, in the session it writes into (a
 * week copied before the rule was applied, or planned by hand): the rule
 * wrote a second one beside it, two squats in one session. That item is
 * taken over instead, as an item the rule wrote is replaced: its place
 * and id kept, linked to the rule from then on. One owned by a rule of
 * another week (a rule of its own, or written by an earlier week's) is
 * not the rule's to take: refused, naming it, rather than two rules of
 * two weeks writing one session's exercise. */
static gboolean
take_over_same_exercise (RegimenPlan  *plan,
                         Prepared     *prepared,
                         GError      **error)
{
  for (guint i = 0; i < prepared->fresh->len; i++)
    {
      const char *exercise = regimen_item_get_exercise (g_ptr_array_index (prepared->fresh, i));
      guint target = prepared->week + 1 + i;
      RegimenSession *session;
      RegimenItem *taken = NULL;
      guint taken_position = 0;

      if (target >= regimen_plan_get_n_weeks (plan) ||
          g_hash_table_contains (prepared->spots, GUINT_TO_POINTER (target)))
        continue;

      session = matching_session (regimen_plan_get_day (plan, target, prepared->day),
                                  prepared->source_session);
      for (guint p = 0; session != NULL && p < regimen_session_get_n_items (session); p++)
        {
          RegimenItem *other = regimen_session_get_item (session, p);
          int owner_week;

          if (g_strcmp0 (regimen_item_get_exercise (other), exercise) != 0)
            continue;

          if (regimen_item_get_progression (other) != NULL)
            {
              g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                           /* Translators: a progression refused; %u is a week, from 1, %s an exercise's id */
                           _("Week %u’s %s, in the session the rule writes, has a progression rule of its own; "
                             "remove that rule first."),
                           target + 1, exercise);
              return FALSE;
            }

          if (regimen_plan_item_is_written_by_rule (plan, other, target))
            {
              owner_week = regimen_plan_find_week_of_item_id (plan, regimen_item_get_progressed_from (other));
              /* The rule of another item of the rule's own week (a top
               * set and its back-off sets, each progressing, as
               * regimen_plan_apply_progression_to_week() gives them
               * their rules) writes its own beside this one's. */
              if ((guint) owner_week == prepared->week)
                continue;

              g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                           /* Translators: a progression refused; the %u are weeks, from 1, %s an exercise's id */
                           _("Week %u’s %s, in the session the rule writes, was written by the progression "
                             "rule of week %u; remove or shorten that rule first."),
                           target + 1, exercise, (guint) owner_week + 1);
              return FALSE;
            }

          if (taken == NULL)
            {
              taken = other;
              taken_position = p;
            }
        }

      if (taken != NULL)
        {
          Spot *spot = g_new0 (Spot, 1);

          g_ptr_array_add (prepared->old, taken);
          g_ptr_array_add (prepared->old_sessions, g_object_ref (session));
          spot->session = session;
          spot->position = taken_position;
          spot->id = g_strdup (regimen_item_get_id (taken));
          g_hash_table_insert (prepared->spots, GUINT_TO_POINTER (target), spot);
        }
    }

  return TRUE;
}

/* Whether @session holds an item of @item's exercise, other than
 * @item, that a rule wrote. */
static gboolean
session_holds_written_exercise (RegimenSession *session,
                                RegimenItem    *item)
{
  for (guint i = 0; i < regimen_session_get_n_items (session); i++)
    {
      RegimenItem *other = regimen_session_get_item (session, i);

      if (other != item && regimen_item_get_progressed_from (other) != NULL &&
          g_strcmp0 (regimen_item_get_exercise (other), regimen_item_get_exercise (item)) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The name of @week's block, bidi controls left out, with the block's
 * last week in @last_week; NULL for a week in no block. */
static char *
dup_block_name (RegimenPlan *plan,
                guint        week,
                guint       *last_week)
{
  guint block, first_week, n_weeks;

  if (!regimen_plan_find_block_of_week (plan, week, &block, &first_week, &n_weeks))
    return NULL;

  *last_week = first_week + n_weeks - 1;
  return regimen_text_without_hidden_format (regimen_block_get_name (regimen_plan_get_block (plan, block)));
}

/* With @size, the size of the plan's text so far, what the rule writes is
 * added to it, and refused when the plan would be larger than the reader
 * takes, before more than one of its items is made. */
static gboolean
prepare_progression (RegimenPlan               *plan,
                     RegimenItem               *item,
                     const RegimenProgression  *progression,
                     RegimenLibrary            *library,
                     RegimenTextSize           *size,
                     Prepared                  *prepared,
                     GError                   **error)
{
  guint week, day, session_position, position;
  guint weeks = 0;
  g_autofree char *why = NULL;

  prepared->fresh = g_ptr_array_new_with_free_func (g_object_unref);
  prepared->spots = g_hash_table_new_full (NULL, NULL, NULL, spot_free);

  if (!regimen_plan_find_item (plan, item, &week, &day, &session_position, &position))
    {
      g_set_error_literal (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_NOT_IN_PLAN,
                           _("The exercise is not in the plan."));
      return FALSE;
    }

  /* Applying its source's rule again would replace it, rule and all.
   * Refused in the words the item editor shows beside its rule, where
   * `progress` said it in others. */
  if (progression != NULL && !regimen_plan_item_takes_progression (plan, item, week, &why))
    {
      g_set_error_literal (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID, why);
      return FALSE;
    }

  prepared->source_session = regimen_plan_get_session (plan, week, day, session_position);

  /* Nor one inside the weeks an earlier week's rule writes into its
   * session: neither rule could then be applied over the other, and the
   * plan check reports it (a rule in a block's last week, writing
   * nothing, was applied with “0 weeks written” into a DATA error). A
   * session holding that exercise as a rule wrote it (a top set beside
   * it) is the check's other finding, left as it reports it. */
  if (progression != NULL)
    {
      g_autoptr(GPtrArray) taken = g_ptr_array_new ();
      RegimenItem *earlier = find_rule_writing (plan, week, week, day, prepared->source_session,
                                                regimen_item_get_exercise (item), taken);

      if (earlier != NULL && !session_holds_written_exercise (prepared->source_session, item))
        {
          g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                       /* Translators: a progression refused; the %u are weeks, from 1, %s an exercise's id */
                       _("Week %u’s %s, in this session, has a progression rule whose weeks reach week %u; "
                         "remove or shorten that rule first."),
                       (guint) regimen_plan_find_week_of_item_id (plan, regimen_item_get_id (earlier)) + 1,
                       regimen_item_get_exercise (earlier), week + 1);
          return FALSE;
        }
    }

  prepared->week = week;
  prepared->day = day;
  prepared->position = position;

  /* The rule itself must fit, whatever weeks it writes: one kept with
   * the item but never prescribed from (a rule in a block's last week,
   * or of fewer than two weeks) would be saved into a file that cannot
   * be read back. */
  if (progression != NULL && !regimen_progression_check_fits (progression, item, library, error))
    return FALSE;

  /* A rule stops at its block's end: one in the block's last week writes
   * no week, and was kept on the exercise under “0 weeks written”
   * (`regimen-cli progress`) or “keeps its rule” (the window), where
   * each path asked it, or not, itself. Asked after the refusals above,
   * so that a rule another week's rule reaches is told as that. */
  if (progression != NULL && !regimen_plan_week_takes_progression (plan, week, NULL))
    {
      guint last_week;
      g_autofree char *block = dup_block_name (plan, week, &last_week);

      g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                   /* Translators: a progression refused; %u is the week, from 1, the first %s an
                    * exercise's id, the second the block's name */
                   _("Week %u’s %s is in the last week of block “%s”: a rule writes the weeks after it "
                     "in the block, and there are none."),
                   week + 1, regimen_item_get_exercise (item), block);
      return FALSE;
    }

  /* In a plan of blocks the rule fills the rest of the item's block at
   * most; outside one it adds the weeks the plan lacks. */
  if (progression != NULL)
    {
      guint first_week, n_weeks;

      weeks = progression->weeks;
      if (regimen_plan_find_block_of_week (plan, week, NULL, &first_week, &n_weeks))
        weeks = MIN (weeks, first_week + n_weeks - week);
    }

  prepared->old = regimen_plan_find_progressed_items (plan, regimen_item_get_id (item));
  prepared->old_sessions = g_ptr_array_new_with_free_func (g_object_unref);

  /* One rule owns the items it writes. One of them that carries a rule
   * of its own (a file edited by hand, or weeks moved while it took
   * one), which the check reports, would go with it when this rule
   * replaces or removes them: that rule is removed first, knowingly. */
  for (guint i = 0; i < prepared->old->len; i++)
    {
      RegimenItem *linked = g_ptr_array_index (prepared->old, i);
      guint linked_week, linked_day, linked_session, linked_position;

      if (regimen_item_get_progression (linked) == NULL)
        continue;

      regimen_plan_find_item (plan, linked, &linked_week, &linked_day, &linked_session, &linked_position);
      g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                   /* Translators: a progression refused; %u is the week, from 1, %s an exercise's id */
                   _("Week %u’s %s, which this rule wrote, has a progression rule of its own; remove that rule first."),
                   linked_week + 1, regimen_item_get_exercise (linked));
      return FALSE;
    }

  for (guint offset = 1; progression != NULL && offset < weeks; offset++)
    {
      RegimenItem *next = regimen_progression_prescribe (progression, item, offset, library, error);

      if (next == NULL)
        return FALSE;
      g_ptr_array_add (prepared->fresh, next);
      if (offset == 1 && size != NULL && !check_text_fits (size, next, weeks - 1, prepared->old, error))
        return FALSE;
    }

  for (guint i = 0; i < prepared->old->len; i++)
    {
      RegimenItem *linked = g_ptr_array_index (prepared->old, i);
      guint linked_week, linked_day, linked_session, linked_position;
      RegimenSession *session;
      Spot *spot;

      regimen_plan_find_item (plan, linked, &linked_week, &linked_day, &linked_session, &linked_position);
      session = regimen_plan_get_session (plan, linked_week, linked_day, linked_session);
      g_ptr_array_add (prepared->old_sessions, g_object_ref (session));
      if (g_hash_table_contains (prepared->spots, GUINT_TO_POINTER (linked_week)))
        continue;

      spot = g_new0 (Spot, 1);
      spot->session = session;
      spot->position = linked_position;
      spot->id = g_strdup (regimen_item_get_id (linked));
      g_hash_table_insert (prepared->spots, GUINT_TO_POINTER (linked_week), spot);
    }

  if (!take_over_same_exercise (plan, prepared, error))
    return FALSE;

  return progression == NULL ||
         check_room (plan, prepared->spots, prepared->source_session, week, day, weeks, error);
}

static gboolean
is_empty_object (JsonObject *object)
{
  return object == NULL || json_object_get_size (object) == 0;
}

/* A week with nothing of its own: no session, label, lighter mark,
 * block or other tool's member, as a rule adds one. */
static gboolean
is_blank_week (RegimenPlan *plan,
               guint        week)
{
  RegimenWeek *object = regimen_plan_peek_week (plan, week);

  if (regimen_week_get_label (object) != NULL || regimen_week_get_lighter (object) ||
      !is_empty_object (regimen_week_get_extra (object)) ||
      regimen_plan_find_block_of_week (plan, week, NULL, NULL, NULL))
    return FALSE;

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day = regimen_week_peek_day (object, d);

      if (regimen_day_get_n_sessions (day) > 0 || !is_empty_object (regimen_day_get_extra (day)))
        return FALSE;
    }

  return TRUE;
}

/* What the items a rule wrote leave when they go and nothing takes their
 * place: each session that held one and now holds no exercise, no log
 * and no other tool's member (one the rule added, or that it filled),
 * then the weeks at the end of the plan that held one, are blank now and
 * that a rule added ("added_by_rule"): a blank week a person added, which
 * a rule filled, stays. */
static void
remove_emptied (RegimenPlan *plan,
                GPtrArray   *sessions,
                guint        source_week)
{
  g_autoptr(GPtrArray) weeks = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_weeks;

  for (guint i = 0; i < sessions->len; i++)
    {
      RegimenSession *session = g_ptr_array_index (sessions, i);
      guint week, day, position;

      if (regimen_session_get_n_items (session) > 0 || regimen_session_get_log (session) != NULL ||
          !is_empty_object (regimen_session_get_extra (session)) ||
          !regimen_plan_find_session (plan, session, &week, &day, &position))
        continue;

      g_ptr_array_add (weeks, g_object_ref (regimen_plan_peek_week (plan, week)));
      regimen_plan_delete_session (plan, session);
    }

  while ((n_weeks = regimen_plan_get_n_weeks (plan)) > source_week + 1 &&
         g_ptr_array_find (weeks, regimen_plan_peek_week (plan, n_weeks - 1), NULL) &&
         regimen_week_get_added_by_rule (regimen_plan_peek_week (plan, n_weeks - 1)) &&
         is_blank_week (plan, n_weeks - 1))
    regimen_plan_remove_week (plan, n_weeks - 1);
}

/* Sets the rule and writes what prepare_progression() worked out, in
 * the caller's undo step. */
static void
commit_progression (RegimenPlan              *plan,
                    RegimenItem              *item,
                    const RegimenProgression *progression,
                    Prepared                 *prepared)
{
  g_auto(GValue) value = G_VALUE_INIT;
  RegimenSession *source_session = prepared->source_session;
  GPtrArray *fresh = prepared->fresh;
  GPtrArray *old = prepared->old;
  GHashTable *spots = prepared->spots;
  guint week = prepared->week;
  guint day = prepared->day;
  guint position = prepared->position;

  g_value_init (&value, REGIMEN_TYPE_PROGRESSION);
  g_value_set_boxed (&value, progression);
  regimen_plan_edit_item (plan, item, REGIMEN_ITEM_FIELD_PROGRESSION, &value);

  for (guint i = 0; i < old->len; i++)
    regimen_plan_delete_item (plan, g_ptr_array_index (old, i));

  for (guint i = 0; i < fresh->len; i++)
    {
      RegimenItem *next = g_ptr_array_index (fresh, i);
      guint target_week = week + 1 + i;
      Spot *spot = g_hash_table_lookup (spots, GUINT_TO_POINTER (target_week));
      RegimenWeek *target_week_object;
      RegimenSession *session;
      guint slot = G_MAXUINT;
      double volume, intensity;

      while (regimen_plan_get_n_weeks (plan) <= target_week)
        {
          g_autoptr(RegimenWeek) blank = regimen_week_new (NULL);

          regimen_week_set_added_by_rule (blank, TRUE);
          regimen_plan_add_week (plan, G_MAXUINT, blank);
        }

      /* A lighter week stays lighter: it gets the progressed prescription
       * scaled as the week was, and the next weeks go on from the
       * unscaled one (a deload does not reset the progression). */
      target_week_object = regimen_plan_get_week (plan, target_week);
      regimen_week_get_lighter_factors (target_week_object, &volume, &intensity);
      if (regimen_week_get_lighter (target_week_object))
        regimen_lighter_scale_item (next, volume, intensity);

      if (spot != NULL)
        {
          session = spot->session;
          slot = MIN (spot->position, regimen_session_get_n_items (session));
          regimen_item_set_id (next, spot->id);
        }
      else
        {
          RegimenDay *target = regimen_plan_get_day (plan, target_week, day);

          session = matching_session (target, source_session);
          if (session == NULL)
            {
              g_autoptr(RegimenSession) blank = new_session_like (source_session);

              if (regimen_week_get_lighter (target_week_object))
                lighten_new_session (blank, volume, intensity);

              regimen_plan_add_session_to (plan, target, G_MAXUINT, blank);
              session = blank;
            }
          slot = MIN (position, regimen_session_get_n_items (session));
        }

      regimen_plan_add_item_to (plan, session, slot, next);
    }

  remove_emptied (plan, prepared->old_sessions, week);
}

gboolean
regimen_plan_apply_progression (RegimenPlan               *plan,
                                RegimenItem               *item,
                                const RegimenProgression  *progression,
                                RegimenLibrary            *library,
                                GError                   **error)
{
  g_auto(Prepared) prepared = { 0 };
  RegimenTextSize size;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (library == NULL)
    library = regimen_library_get_default ();

  regimen_plan_measure_text (plan, &size);
  if (!prepare_progression (plan, item, progression, library, &size, &prepared, error))
    return FALSE;

  regimen_plan_begin_user_action (plan, progression != NULL ? _("Apply Progression")
                                                            : _("Remove Progression"));
  commit_progression (plan, item, progression, &prepared);
  regimen_plan_end_user_action (plan);

  return TRUE;
}

char *
regimen_plan_describe_progression_cut (RegimenPlan              *plan,
                                       RegimenItem              *item,
                                       const RegimenProgression *progression)
{
  guint week, day, session, position, last_week;
  g_autofree char *block = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);
  g_return_val_if_fail (progression != NULL, NULL);

  if (!regimen_plan_find_item (plan, item, &week, &day, &session, &position))
    return NULL;

  block = dup_block_name (plan, week, &last_week);
  if (block == NULL || week + progression->weeks - 1 <= last_week)
    return NULL;

  /* Translators: why a progression rule wrote fewer weeks than it was
   * given; %s is the block's name, %u a week, from 1 */
  return g_strdup_printf (_("block “%s” ends at week %u"), block, last_week + 1);
}

gboolean
regimen_plan_week_takes_progression (RegimenPlan  *plan,
                                     guint         week,
                                     char        **why)
{
  guint last_week;
  g_autofree char *block = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (why == NULL || *why == NULL, FALSE);

  block = dup_block_name (plan, week, &last_week);
  if (block == NULL || last_week != week)
    return TRUE;

  if (why != NULL)
    /* Translators: beside an exercise's progression rule in the item
     * editor, its controls insensitive; %s is the block's name */
    *why = g_strdup_printf (_("Block “%s” ends with this week, so a rule has no week to write."), block);

  return FALSE;
}

gboolean
regimen_plan_item_takes_progression (RegimenPlan  *plan,
                                     RegimenItem  *item,
                                     guint         week,
                                     char        **why)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (why == NULL || *why == NULL, FALSE);

  if (!regimen_plan_item_is_written_by_rule (plan, item, week))
    return TRUE;

  if (why != NULL)
    /* Translators: beside an exercise's progression rule in the item
     * editor, its controls insensitive; %u is the week, from 1, whose
     * rule wrote the exercise */
    *why = g_strdup_printf (_("Week %u’s rule writes this exercise; change the rule there."),
                            (guint) regimen_plan_find_week_of_item_id (plan, regimen_item_get_progressed_from (item))
                              + 1);

  return FALSE;
}

static gboolean
session_is_logged (RegimenSession *session)
{
  return session != NULL && regimen_session_get_log (session) != NULL;
}

gboolean
regimen_plan_check_progression_not_logged (RegimenPlan               *plan,
                                           RegimenItem               *item,
                                           const RegimenProgression  *progression,
                                           RegimenLibrary            *library,
                                           GError                   **error)
{
  g_auto(Prepared) prepared = { 0 };
  RegimenTextSize size = { 0, 0 };
  guint first = G_MAXUINT;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (library == NULL)
    library = regimen_library_get_default ();

  /* A rule that cannot be applied changes no logged session. What it
   * writes is measured alone, not with the plan, so that asking this of
   * each item of a week does not write the plan each time: a rule too
   * large even so is not made here, and applying it measures the rest. */
  if (!prepare_progression (plan, item, progression, library, &size, &prepared, NULL))
    return TRUE;

  /* What it wrote before is removed or replaced where it is now... */
  for (guint i = 0; i < prepared.old->len; i++)
    {
      RegimenItem *linked = g_ptr_array_index (prepared.old, i);
      guint week, day, session, position;

      if (regimen_plan_find_item (plan, linked, &week, &day, &session, &position) &&
          session_is_logged (regimen_plan_get_session (plan, week, day, session)))
        first = MIN (first, week);
    }

  /* ...and a week without it gets the exercise in the session of the
   * source's kind and title (a new session is not logged). */
  for (guint i = 0; i < prepared.fresh->len; i++)
    {
      guint week = prepared.week + 1 + i;

      if (week < regimen_plan_get_n_weeks (plan) &&
          !g_hash_table_contains (prepared.spots, GUINT_TO_POINTER (week)) &&
          session_is_logged (matching_session (regimen_plan_get_day (plan, week, prepared.day),
                                               prepared.source_session)))
        first = MIN (first, week);
    }

  if (first == G_MAXUINT)
    return TRUE;

  g_set_error (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_LOGGED,
               /* Translators: a progression refused; %u is the week, from 1 */
               _("Week %u holds a logged session the rule would change"), first + 1);
  return FALSE;
}

/**
 * regimen_plan_find_items_of_exercise_in_week:
 *
 * The items of @item's exercise in @item's week that may take a rule of
 * their own: none written by an earlier week's rule.
 *
 * Returns: (transfer container) (element-type RegimenItem): the items, in
 *   plan order, @item among them; empty when @item is not in @plan
 */
GPtrArray *
regimen_plan_find_items_of_exercise_in_week (RegimenPlan *plan,
                                             RegimenItem *item)
{
  GPtrArray *found = g_ptr_array_new ();
  guint week, day, session_position, position;
  RegimenWeek *week_object;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), found);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), found);

  if (!regimen_plan_find_item (plan, item, &week, &day, &session_position, &position))
    return found;

  week_object = regimen_plan_get_week (plan, week);
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    {
      RegimenDay *day_object = regimen_week_get_day (week_object, d);

      for (guint s = 0; s < regimen_day_get_n_sessions (day_object); s++)
        {
          RegimenSession *session = regimen_day_get_session (day_object, s);

          for (guint i = 0; i < regimen_session_get_n_items (session); i++)
            {
              RegimenItem *other = regimen_session_get_item (session, i);

              if (g_strcmp0 (regimen_item_get_exercise (other), regimen_item_get_exercise (item)) != 0)
                continue;

              if (other == item || !regimen_plan_item_is_written_by_rule (plan, other, week))
                g_ptr_array_add (found, other);
            }
        }
    }

  return found;
}

gboolean
regimen_plan_apply_progression_to_week (RegimenPlan               *plan,
                                        RegimenItem               *item,
                                        const RegimenProgression  *progression,
                                        RegimenLibrary            *library,
                                        guint                     *n_items,
                                        GError                   **error)
{
  g_autoptr(GPtrArray) items = NULL;
  RegimenTextSize size;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (library == NULL)
    library = regimen_library_get_default ();

  items = regimen_plan_find_items_of_exercise_in_week (plan, item);
  if (items->len == 0)
    {
      g_set_error_literal (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_NOT_IN_PLAN,
                           _("The exercise is not in the plan."));
      return FALSE;
    }

  /* All or nothing: every item is checked before any changes, what they
   * write together measured against what the reader takes. */
  regimen_plan_measure_text (plan, &size);
  for (guint i = 0; i < items->len; i++)
    {
      RegimenItem *other = g_ptr_array_index (items, i);
      g_auto(Prepared) prepared = { 0 };
      g_autoptr(GError) local_error = NULL;
      guint week, day, session, position;

      if (prepare_progression (plan, other, progression, library, &size, &prepared, &local_error))
        continue;

      regimen_plan_find_item (plan, other, &week, &day, &session, &position);
      /* Translators: an error applying one rule to an exercise on each of its
       * days: “Thursday: The cap, 10 reps, is below where the exercise starts.” */
      g_set_error (error, local_error->domain, local_error->code, _("%s: %s"),
                   regimen_weekday_name (day), local_error->message);
      return FALSE;
    }

  regimen_plan_begin_user_action (plan, progression != NULL ? _("Apply Progression")
                                                            : _("Remove Progression"));
  for (guint i = 0; i < items->len; i++)
    {
      RegimenItem *other = g_ptr_array_index (items, i);
      g_auto(Prepared) prepared = { 0 };

      /* Worked out again: an item before it may have written into the
       * weeks and sessions it writes. Checked above, so only a limit
       * the items reach together (a session full) can refuse it here,
       * and then what the others wrote is taken back, for redo too. */
      if (!prepare_progression (plan, other, progression, library, NULL, &prepared, error))
        {
          regimen_plan_cancel_user_action (plan);
          return FALSE;
        }
      commit_progression (plan, other, progression, &prepared);
    }
  regimen_plan_end_user_action (plan);

  if (n_items != NULL)
    *n_items = items->len;

  return TRUE;
}

/* The first rule item of @plan inside the weeks an earlier week's rule
 * writes into its session, not among @known, with that rule's item in
 * @earlier: what prepare_progression() refuses to apply. With @all, each
 * such item is added to it instead, in one pass over the plan. */
static RegimenItem *
find_rule_inside_other (RegimenPlan  *plan,
                        GPtrArray    *known,
                        RegimenItem **earlier,
                        GPtrArray    *all)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new ();
  guint n_weeks = regimen_plan_get_n_weeks (plan);

  for (guint w = 1; w < n_weeks; w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);

            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              {
                RegimenItem *item = regimen_session_get_item (session, i);
                RegimenItem *writer;

                if (regimen_item_get_progression (item) == NULL ||
                    (known != NULL && g_ptr_array_find (known, item, NULL)) ||
                    regimen_plan_item_is_written_by_rule (plan, item, w) ||
                    session_holds_written_exercise (session, item))
                  continue;

                writer = find_rule_writing (plan, w, w, d, session, regimen_item_get_exercise (item), taken);
                if (writer != NULL && all != NULL)
                  g_ptr_array_add (all, item);
                else if (writer != NULL)
                  {
                    *earlier = writer;
                    return item;
                  }
              }
          }
      }

  return NULL;
}

GPtrArray *
regimen_plan_find_rules_inside_others (RegimenPlan *plan)
{
  GPtrArray *inside;
  RegimenItem *earlier;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  inside = g_ptr_array_new ();
  find_rule_inside_other (plan, NULL, &earlier, inside);

  return inside;
}

/* Refused, not applied: a week removed, or a block's weeks joined to the
 * block before, brought a later rule into an earlier one's weeks, and the
 * plan check then reported a DATA error neither rule could be applied
 * over (issue 21, pass 39c). Shortening the earlier rule instead would
 * change its prescription's reach without a word; the coach decides. */
gboolean
regimen_plan_keep_rules_apart (RegimenPlan  *plan,
                               GPtrArray    *before,
                               GError      **error)
{
  RegimenItem *earlier = NULL;
  RegimenItem *found;
  g_autoptr(RegimenItem) later = NULL;
  g_autoptr(RegimenItem) earlier_kept = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  found = find_rule_inside_other (plan, before, &earlier, NULL);
  if (found == NULL)
    return TRUE;

  /* Named by their weeks in the plan as it was: the action taken back. */
  later = g_object_ref (found);
  earlier_kept = g_object_ref (earlier);
  regimen_plan_cancel_user_action (plan);

  g_set_error (error, REGIMEN_PLAN_BLOCKS_ERROR, REGIMEN_PLAN_BLOCKS_ERROR_RULES,
               /* Translators: a week or block command refused; the %u are weeks, from 1, the %s exercise ids,
                * “Week 4’s goblet-squat has a progression rule that would come inside the weeks week 1’s
                * goblet-squat rule writes into its session” */
               _("Week %u’s %s has a progression rule that would come inside the weeks week %u’s %s rule "
                 "writes into its session; remove or shorten one of those rules first"),
               (guint) (regimen_plan_find_week_of_item_id (plan, regimen_item_get_id (later)) + 1),
               regimen_item_get_exercise (later),
               (guint) (regimen_plan_find_week_of_item_id (plan, regimen_item_get_id (earlier_kept)) + 1),
               regimen_item_get_exercise (earlier_kept));

  return FALSE;
}
