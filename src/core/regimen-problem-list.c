/* regimen-problem-list.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The check panel's problems as a list model: the shown week's findings
 * first, then the rest in plan order. It is read week by week from the
 * check (regimen_checker_peek_week_diagnostics()), so following a new
 * check or another week costs a look at each week's array, not at each
 * finding, and reports only the span from the first to the last week
 * whose findings changed. A switch of the shown week moves the two
 * weeks' findings and nothing else. It can show only its first findings
 * (regimen_problem_list_set_limit()), and reports each change as it is
 * seen there: the check panel builds rows for a page of problems at a
 * time, and keeps the rows of the findings that stay. */

#define G_LOG_DOMAIN "regimen-problem-list"

#include "config.h"

#include "regimen-problem-list.h"

struct _RegimenProblemList
{
  GObject         parent_instance;

  RegimenChecker *checker;
  /* The weeks' arrays in the order shown (GPtrArray of GPtrArray, each
   * ref'd, so a week's array is never freed and its address given to
   * another while it is compared), and where each ends. */
  GPtrArray      *segments;
  GArray         *ends;
  guint           n_items;
  /* How many of the findings the list shows at most, and those it
   * shows (borrowed from the segments), as a view that followed its
   * changes holds them. */
  guint           limit;
  GPtrArray      *shown;
};

static void regimen_problem_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RegimenProblemList, regimen_problem_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, regimen_problem_list_model_init))

static GType
regimen_problem_list_get_item_type (GListModel *model)
{
  return REGIMEN_TYPE_DIAGNOSTIC;
}

static guint
regimen_problem_list_get_n_items (GListModel *model)
{
  return REGIMEN_PROBLEM_LIST (model)->shown->len;
}

/* The finding at @position of @segments, which end at @ends. */
static RegimenDiagnostic *
peek_item (GPtrArray *segments,
           GArray    *ends,
           guint      position)
{
  guint low = 0;
  guint high = segments->len - 1;
  GPtrArray *segment;
  guint end;

  /* The first segment that ends after @position. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (ends, guint, middle) > position)
        high = middle;
      else
        low = middle + 1;
    }

  segment = g_ptr_array_index (segments, low);
  end = g_array_index (ends, guint, low);

  return g_ptr_array_index (segment, position - (end - segment->len));
}

static gpointer
regimen_problem_list_get_item (GListModel *model,
                               guint       position)
{
  RegimenProblemList *self = REGIMEN_PROBLEM_LIST (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->shown, position));
}

static void
regimen_problem_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = regimen_problem_list_get_item_type;
  iface->get_n_items = regimen_problem_list_get_n_items;
  iface->get_item = regimen_problem_list_get_item;
}

static void
regimen_problem_list_finalize (GObject *object)
{
  RegimenProblemList *self = REGIMEN_PROBLEM_LIST (object);

  g_clear_object (&self->checker);
  g_clear_pointer (&self->segments, g_ptr_array_unref);
  g_clear_pointer (&self->ends, g_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

  G_OBJECT_CLASS (regimen_problem_list_parent_class)->finalize (object);
}

static void
regimen_problem_list_class_init (RegimenProblemListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = regimen_problem_list_finalize;
}

static void
regimen_problem_list_init (RegimenProblemList *self)
{
  self->segments = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->ends = g_array_new (FALSE, FALSE, sizeof (guint));
  self->limit = G_MAXUINT;
  self->shown = g_ptr_array_new ();
}

/**
 * regimen_problem_list_new:
 *
 * Returns: (transfer full): an empty list; regimen_problem_list_set()
 *   fills it
 */
RegimenProblemList *
regimen_problem_list_new (void)
{
  return g_object_new (REGIMEN_TYPE_PROBLEM_LIST, NULL);
}

static guint
segment_length (GPtrArray *segments,
                guint      index)
{
  return ((GPtrArray *) g_ptr_array_index (segments, index))->len;
}

/* The same array holds the same findings; two empty ones hold none. */
static gboolean
same_segment (GPtrArray *a,
              guint      index_a,
              GPtrArray *b,
              guint      index_b)
{
  GPtrArray *segment_a = g_ptr_array_index (a, index_a);
  GPtrArray *segment_b = g_ptr_array_index (b, index_b);

  return segment_a == segment_b || (segment_a->len == 0 && segment_b->len == 0);
}

/* The longest run of @positions (-1: none) that increases, as a mask
 * of @keep: patience sorting, with each element's predecessor. */
static void
longest_increasing (const int *positions,
                    guint      n,
                    gboolean  *keep)
{
  g_autofree guint *tails = g_new (guint, n + 1);
  g_autofree guint *before = g_new (guint, n + 1);
  guint length = 0;

  for (guint i = 0; i < n; i++)
    {
      guint low = 0;
      guint high = length;

      keep[i] = FALSE;
      if (positions[i] < 0)
        continue;

      while (low < high)
        {
          guint middle = low + (high - low) / 2;

          if (positions[tails[middle]] < positions[i])
            low = middle + 1;
          else
            high = middle;
        }

      before[i] = low > 0 ? tails[low - 1] : G_MAXUINT;
      tails[low] = i;
      if (low == length)
        length++;
    }

  for (guint i = length > 0 ? tails[length - 1] : G_MAXUINT; i != G_MAXUINT; i = before[i])
    keep[i] = TRUE;
}

/* A run of findings shown before that goes, and of those shown after in
 * its place. */
typedef struct
{
  guint old_start;
  guint removed;
  guint new_start;
  guint added;
} Gap;

/* Shows the first limit of the findings, reporting only what differs
 * from what was shown: the findings shown before that keep their order
 * (the longest such run) stay, and each gap between them is one change,
 * reported from the last gap to the first, so the places before each are
 * as they were. A week switch moves the two weeks' findings and leaves
 * the others; GtkSliceListModel would report any change of the count as
 * the whole slice from the change on. (The check panel reads the list
 * once it is set and keeps the rows of findings that stay, wherever they
 * move; see sync_problem_rows() there.) */
static void
show_changes (RegimenProblemList *self)
{
  guint n_new = MIN (self->n_items, self->limit);
  guint n_old = self->shown->len;
  g_autoptr(GHashTable) new_places = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (Gap));
  g_autofree int *places = g_new (int, n_old + 1);
  g_autofree gboolean *keep = g_new (gboolean, n_old + 1);
  guint old_index = 0;
  guint new_index = 0;

  for (guint i = 0; i < n_new; i++)
    g_hash_table_insert (new_places, peek_item (self->segments, self->ends, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < n_old; i++)
    places[i] = GPOINTER_TO_INT (g_hash_table_lookup (new_places, g_ptr_array_index (self->shown, i))) - 1;
  longest_increasing (places, n_old, keep);

  /* Each kept finding closes a gap; the end closes the last. */
  for (guint i = 0; i <= n_old; i++)
    {
      guint next_new = i < n_old ? (guint) places[i] : n_new;
      Gap gap = { old_index, i - old_index, new_index, next_new - new_index };

      if (i < n_old && !keep[i])
        continue;

      if (gap.removed > 0 || gap.added > 0)
        g_array_append_val (gaps, gap);

      old_index = i + 1;
      new_index = next_new + 1;
    }

  for (guint g = gaps->len; g-- > 0;)
    {
      const Gap *gap = &g_array_index (gaps, Gap, g);

      g_ptr_array_remove_range (self->shown, gap->old_start, gap->removed);
      for (guint j = 0; j < gap->added; j++)
        g_ptr_array_insert (self->shown, gap->old_start + j,
                            peek_item (self->segments, self->ends, gap->new_start + j));
      g_list_model_items_changed (G_LIST_MODEL (self), gap->old_start, gap->removed, gap->added);
    }
}

/**
 * regimen_problem_list_set:
 * @self: a #RegimenProblemList
 * @checker: a check result
 * @week: the week shown, whose findings come first
 *
 * Shows @checker's findings, those of @week first, then the others in
 * plan order. Reports only the findings that differ from those shown
 * before, where the others keep their order: after an edit, the changed
 * findings of the weeks it changed; after a switch of the shown week,
 * the two weeks' findings (show_changes()).
 */
void
regimen_problem_list_set (RegimenProblemList *self,
                          RegimenChecker     *checker,
                          guint               week)
{
  g_autoptr(GPtrArray) old_segments = NULL;
  g_autoptr(GArray) old_ends = NULL;
  guint n_weeks;
  guint old_end;
  guint new_end;
  guint old_n_items = self->n_items;
  guint prefix = 0;
  guint prefix_items = 0;
  guint suffix = 0;
  guint suffix_items = 0;

  g_return_if_fail (REGIMEN_IS_PROBLEM_LIST (self));
  g_return_if_fail (REGIMEN_IS_CHECKER (checker));

  g_set_object (&self->checker, checker);
  old_segments = g_steal_pointer (&self->segments);
  self->segments = g_ptr_array_new_full (old_segments->len, (GDestroyNotify) g_ptr_array_unref);
  old_ends = g_steal_pointer (&self->ends);
  self->ends = g_array_sized_new (FALSE, FALSE, sizeof (guint), old_ends->len);
  self->n_items = 0;

  n_weeks = regimen_checker_get_n_weeks (checker);
  if (week < n_weeks)
    g_ptr_array_add (self->segments, g_ptr_array_ref (regimen_checker_peek_week_diagnostics (checker, week)));
  for (int w = -1; w < (int) n_weeks; w++)
    if (w != (int) week)
      g_ptr_array_add (self->segments, g_ptr_array_ref (regimen_checker_peek_week_diagnostics (checker, w)));
  for (guint i = 0; i < self->segments->len; i++)
    {
      self->n_items += segment_length (self->segments, i);
      g_array_append_val (self->ends, self->n_items);
    }

  /* The same arrays at the start and at the end hold the same findings. */
  while (prefix < old_segments->len && prefix < self->segments->len
         && same_segment (old_segments, prefix, self->segments, prefix))
    prefix_items += segment_length (old_segments, prefix++);
  while (suffix < old_segments->len - prefix && suffix < self->segments->len - prefix
         && same_segment (old_segments, old_segments->len - 1 - suffix,
                          self->segments, self->segments->len - 1 - suffix))
    suffix_items += segment_length (old_segments, old_segments->len - 1 - suffix++);

  /* A week checked again keeps the objects of the findings it found
   * again: within the weeks that changed, only the findings that did. */
  old_end = old_n_items - suffix_items;
  new_end = self->n_items - suffix_items;
  while (prefix_items < old_end && prefix_items < new_end
         && peek_item (old_segments, old_ends, prefix_items) == peek_item (self->segments, self->ends, prefix_items))
    prefix_items++;
  while (old_end > prefix_items && new_end > prefix_items
         && peek_item (old_segments, old_ends, old_end - 1) == peek_item (self->segments, self->ends, new_end - 1))
    {
      old_end--;
      new_end--;
    }

  if (old_end == prefix_items && new_end == prefix_items)
    return;

  show_changes (self);
}

/**
 * regimen_problem_list_clear:
 * @self: a #RegimenProblemList
 *
 * Empties the list, so the next regimen_problem_list_set() reports every
 * finding as new.
 */
void
regimen_problem_list_clear (RegimenProblemList *self)
{
  guint n_items;

  g_return_if_fail (REGIMEN_IS_PROBLEM_LIST (self));

  n_items = self->n_items;
  g_ptr_array_set_size (self->segments, 0);
  g_array_set_size (self->ends, 0);
  self->n_items = 0;
  g_clear_object (&self->checker);
  if (n_items > 0)
    show_changes (self);
}

/**
 * regimen_problem_list_set_limit:
 * @self: a #RegimenProblemList
 * @limit: how many of the findings to show; %G_MAXUINT for all
 *
 * Shows the first @limit findings, and reports only the changes there:
 * a list box bound to @self builds rows for them alone.
 */
void
regimen_problem_list_set_limit (RegimenProblemList *self,
                                guint               limit)
{
  g_return_if_fail (REGIMEN_IS_PROBLEM_LIST (self));

  self->limit = limit;
  show_changes (self);
}

/**
 * regimen_problem_list_get_limit:
 * @self: a #RegimenProblemList
 *
 * Returns: how many of the findings @self shows at most
 */
guint
regimen_problem_list_get_limit (RegimenProblemList *self)
{
  g_return_val_if_fail (REGIMEN_IS_PROBLEM_LIST (self), 0);

  return self->limit;
}

/**
 * regimen_problem_list_get_n_problems:
 * @self: a #RegimenProblemList
 *
 * Returns: how many findings @self holds, shown or past its limit
 */
guint
regimen_problem_list_get_n_problems (RegimenProblemList *self)
{
  g_return_val_if_fail (REGIMEN_IS_PROBLEM_LIST (self), 0);

  return self->n_items;
}

/**
 * regimen_problem_list_peek_problem:
 * @self: a #RegimenProblemList
 * @position: a position among all the findings, shown or not
 *
 * Returns: (transfer none) (nullable): the finding at @position
 */
RegimenDiagnostic *
regimen_problem_list_peek_problem (RegimenProblemList *self,
                                   guint               position)
{
  g_return_val_if_fail (REGIMEN_IS_PROBLEM_LIST (self), NULL);

  if (position >= self->n_items)
    return NULL;

  return peek_item (self->segments, self->ends, position);
}
