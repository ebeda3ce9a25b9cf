/* regimen-check-panel.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The plan check beside the week: the figures of the shown week against
 * their limits, its daily loads, and every problem the checker found. It
 * only shows what the core computed; nothing is worked out twice. */

#define G_LOG_DOMAIN "regimen-check-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-check-panel.h"
#include "regimen-load-chart.h"
#include "regimen-problem-row.h"
#include "regimen-scroll-bin.h"
#include "regimen-weeks-chart.h"
#include "regimen-widget-util.h"
#include "regimen-wrap-bin.h"

typedef struct
{
  GtkLabel    *value;
  GtkLevelBar *bar;
} MetricRow;

struct _RegimenCheckPanel
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkWidget        *scroller;
  GtkWidget        *content;
  GtkLabel         *summary_label;
  GtkBox           *metrics_box;
  GtkLabel         *done_load_label;
  GtkLabel         *done_sessions_label;
  GtkLabel         *done_caveat_label;
  GtkBox           *done_sessions_box;
  RegimenLoadChart *load_chart;
  GtkWidget        *weeks_heading;
  RegimenWeeksChart *weeks_chart;
  GtkWidget        *muscles_heading;
  GtkLabel         *muscles_range;
  GtkGrid          *muscles_grid;
  GtkWidget        *problems_heading;
  GtkWidget        *figures;
  GtkListBox       *problems_view;
  GtkWidget        *all_clear_box;
  GtkWidget        *hint_label;
  /* Whether the template's widgets are made: not before the panel is
   * first mapped, updated or measured for the window's choice of panels.
   * Folded away at the start, as at 1280 pixels, the panel is in no
   * frame, and its heading, scroller, charts and metrics would be built
   * and styled for nobody. */
  gboolean          built;

  /* The problems, those of the shown week first; the list shows the
   * first of them, which have rows: a page more is built as the panel is
   * scrolled near the end of those, so a plan with hundreds of problems
   * builds and measures the rows of a screen or two, not all of them. */
  RegimenProblemList *problems;
  guint              more_source;
  /* Until a frame has shown the panel, the first page holds only the
   * rows that frame can show (first_frame_rows()), and when they fill it
   * the figures under them wait too; the frame clock whose first frame is
   * awaited, and the idle that makes it a page after it and shows the
   * figures. */
  gboolean           drawn;
  GdkFrameClock     *first_frame_clock;
  /* Set while the figures under the problems show an update before the
   * last one: a frame that does not show them leaves them to the idle
   * after it (prepare_adjacent_row()). */
  gboolean           figures_stale;
  guint              page_source;
  /* Every problem row made (a GtkListBoxRow holding a RegimenProblemRow),
   * by the problem it shows (problem_row_key()), as a KeptRow: a problem
   * that stays among those shown keeps its row where it is, and one that
   * comes back — a switch to a far week and back, an edit that checks a
   * week again and finds the same problems anew — is given its row back
   * instead of one built and measured again. Of the rows no longer in
   * the list, the UNUSED_ROWS_KEPT last shown are kept after each update,
   * hidden in the list box (sync_problem_rows()):
   * switching back to the week shown before, or undoing an edit, finds
   * its rows. The count of updates dates each row's last use. */
  GHashTable        *rows;
  guint              updates;
  /* After the frame that shows an update, while the window is idle, the
   * problems of the weeks beside the shown one are given kept rows set
   * aside, laid out at the width they will be drawn at
   * (prepare_adjacent_row()): a switch to one of those weeks only shows
   * them. The frame clock whose next frame is awaited, and the idle that
   * prepares a row at a time. */
  GdkFrameClock     *prepare_clock;
  guint              prepare_source;
  /* Set while an update changes the problems: the rows follow them once,
   * when it is done (sync_problem_rows()), if they changed. */
  gboolean           updating;
  gboolean           problems_changed;
  /* The plan the problems were found in, to show what it acknowledges,
   * and those acknowledgements at the last update. */
  RegimenPlan      *plan;
  char             *acknowledged;
  /* What the last update showed, to show it again in another load unit. */
  RegimenChecker   *checker;
  RegimenLibrary   *library;
  guint             week;
  /* What the muscle table and the planned-and-done part show, in words:
   * an update that would show the same builds nothing. */
  char             *muscles_shown;

  MetricRow         metrics[REGIMEN_N_METRICS];

  /* The day that decides which weeks are over; cleared: the clock's. */
  GDate             today;
  GDate             shown_today;
};

static void update_figures (RegimenCheckPanel *self);

G_DEFINE_FINAL_TYPE (RegimenCheckPanel, regimen_check_panel, GTK_TYPE_WIDGET)

enum {
  DIAGNOSTIC_ACTIVATED,
  WEEK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Rows built at a time: more than a tall panel shows at once. */
#define PROBLEMS_PAGE 20
/* Rows out of the list kept for their problems' return: those of a
 * week or two of a long plan (six problems a week in the bench's). */
#define UNUSED_ROWS_KEPT PROBLEMS_PAGE
/* The problems of each week beside the shown one given a row before a
 * switch to it: the two weeks' rows fit among the rows kept unused. */
#define ADJACENT_ROWS_PREPARED (UNUSED_ROWS_KEPT / 2)
/* The least a problem row measures (a note, one line of message, the
 * rule's line and the button beside it), what the Acknowledge button under
 * the rule's line of an error or a warning adds at the least (Adwaita's
 * buttons are 24 pixels tall and more with their padding), what each
 * further line of its message adds at the least, and the most characters
 * a line of it holds at the panel's width (280 pixels leave the message
 * 154: about 22 of the bench's characters a line, so the bound holds well
 * beyond that). */
#define PROBLEM_ROW_MIN_HEIGHT 48
#define PROBLEM_BUTTON_MIN_HEIGHT 24
#define PROBLEM_LINE_MIN_HEIGHT 15
#define PROBLEM_LINE_MAX_CHARS 60
/* The most lines of logged sessions the panel lists for a week. */
#define DONE_MAX_LINES 200

typedef struct
{
  GtkWidget *row;
  /* The update after which it was last in the list, or made ready for a
   * week beside the shown one (prepare_adjacent_row()): the rows let go
   * of are the longest unused; and the last update after which it was
   * shown. */
  guint      used;
  guint      shown;
} KeptRow;

static void
kept_row_free (KeptRow *kept)
{
  g_object_unref (kept->row);
  g_free (kept);
}

static void
add_metric (RegimenCheckPanel *self,
            RegimenMetric      metric,
            const char        *name,
            const char        *caveat)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name_label = gtk_label_new (name);
  GtkWidget *value_label = gtk_label_new (NULL);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (value_label), 1);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_box_append (GTK_BOX (line), name_label);
  gtk_box_append (GTK_BOX (line), value_label);
  gtk_box_append (GTK_BOX (row), line);

  /* The level bar colours by its own offsets; ours marks “over” by class. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_box_append (GTK_BOX (row), bar);

  if (caveat != NULL)
    {
      GtkWidget *caveat_label = gtk_label_new (caveat);

      gtk_label_set_xalign (GTK_LABEL (caveat_label), 0);
      gtk_label_set_wrap (GTK_LABEL (caveat_label), TRUE);
      gtk_widget_add_css_class (caveat_label, "caption");
      gtk_widget_add_css_class (caveat_label, "dim-label");
      gtk_box_append (GTK_BOX (row), caveat_label);
    }

  gtk_box_append (self->metrics_box, row);

  self->metrics[metric].value = GTK_LABEL (value_label);
  self->metrics[metric].bar = GTK_LEVEL_BAR (bar);
}

static void
set_metric (RegimenCheckPanel        *self,
            RegimenMetric             metric,
            const char               *text,
            const RegimenMetricLevel *levels)
{
  MetricRow *row = &self->metrics[metric];

  gtk_label_set_label (row->value, text);
  gtk_level_bar_set_value (row->bar, CLAMP (levels[metric].fraction, 0.0, 1.0));

  if (levels[metric].over)
    gtk_widget_add_css_class (GTK_WIDGET (row->bar), "over");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row->bar), "over");
}

/* A list box, not a list view: the panel scrolls as one, the problems
 * and the figures under them, and a list view inside a scroller of its
 * own would not; GTK 4.8's list view also keeps up to 200 rows around its
 * anchor, so it would build nearly all of a long plan's problems anyway.
 * The list box shows the first problems instead, a page more at a time
 * as the panel is scrolled (show_more_problems()); a week switch moves
 * only the two weeks' rows (regimen-problem-list.c). */
/* What a problem row shows: the same key, severity and message show the
 * same row (whether it is acknowledged is the same for the whole list:
 * a change there builds every row again). */
static char *
problem_row_key (RegimenDiagnostic *diagnostic)
{
  return g_strdup_printf ("%s %d %s", regimen_diagnostic_get_key (diagnostic),
                          (int) regimen_diagnostic_get_severity (diagnostic),
                          regimen_diagnostic_get_message (diagnostic));
}

/* Where a list box row stands among the problems, from 1 (its sort key). */
static GQuark
problem_index_quark (void)
{
  return g_quark_from_static_string ("regimen-problem-index");
}

static int
compare_problem_rows (GtkListBoxRow *a,
                      GtkListBoxRow *b,
                      gpointer       user_data)
{
  guint ia = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (a), problem_index_quark ()));
  guint ib = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (b), problem_index_quark ()));

  return (ia > ib) - (ia < ib);
}

/* The kept row of @diagnostic's problem, unless an earlier problem of
 * this sync took it (in @taken), given @diagnostic: a full reference, or
 * NULL. */
static GtkWidget *
kept_problem_row (RegimenCheckPanel *self,
                  RegimenDiagnostic *diagnostic,
                  GHashTable        *taken)
{
  g_autofree char *key = problem_row_key (diagnostic);
  KeptRow *kept = g_hash_table_lookup (self->rows, key);

  if (kept == NULL || g_hash_table_contains (taken, kept->row))
    return NULL;

  regimen_problem_row_set_diagnostic (REGIMEN_PROBLEM_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (kept->row))),
                                      diagnostic);
  return g_object_ref (kept->row);
}

static int
compare_kept_rows_by_use (gconstpointer a,
                          gconstpointer b)
{
  const KeptRow *ra = *(KeptRow * const *) a;
  const KeptRow *rb = *(KeptRow * const *) b;

  /* The longest unused first. */
  return (ra->used > rb->used) - (ra->used < rb->used);
}

/* The kept rows that were hidden before this sync (their problems left
 * the list at an earlier update) and that no problem of it took (in
 * @taken), the longest unused first: the rows of the week shown before
 * stay for a switch back. */
static GPtrArray *
spare_problem_rows (RegimenCheckPanel *self,
                    GHashTable        *taken)
{
  GPtrArray *spare = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      KeptRow *kept = value;

      if (gtk_widget_get_parent (kept->row) != NULL && !gtk_widget_get_visible (kept->row)
          && !g_hash_table_contains (taken, kept->row))
        g_ptr_array_add (spare, kept);
    }
  g_ptr_array_sort (spare, compare_kept_rows_by_use);

  return spare;
}

/* Takes out of @spare (each taken is set to NULL) the first row of a
 * problem of the same rule and severity as @diagnostic, acknowledged or
 * not alike: its icon, line under the message and button stay as they
 * are, only the message changes. Else the first row left; NULL when
 * none is. */
static KeptRow *
take_spare_row (GPtrArray              *spare,
                RegimenDiagnostic      *diagnostic,
                RegimenAcknowledgement *acknowledgement)
{
  guint first = spare->len;
  KeptRow *kept;

  for (guint i = 0; i < spare->len; i++)
    {
      RegimenProblemRow *problem_row;
      RegimenDiagnostic *shown;

      kept = g_ptr_array_index (spare, i);
      if (kept == NULL)
        continue;
      first = MIN (first, i);
      problem_row = REGIMEN_PROBLEM_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (kept->row)));
      shown = regimen_problem_row_get_diagnostic (problem_row);
      if (regimen_diagnostic_get_rule_id (shown) == regimen_diagnostic_get_rule_id (diagnostic)
          && regimen_diagnostic_get_severity (shown) == regimen_diagnostic_get_severity (diagnostic)
          && (regimen_problem_row_get_acknowledgement (problem_row) != NULL) == (acknowledgement != NULL))
        {
          g_ptr_array_index (spare, i) = NULL;
          return kept;
        }
    }

  if (first == spare->len)
    return NULL;

  kept = g_ptr_array_index (spare, first);
  g_ptr_array_index (spare, first) = NULL;
  return kept;
}

/* The list box row for @diagnostic, whose problem has no kept row free:
 * a row of @spare (kept rows hidden in the list box, take_spare_row()),
 * given its problem and kept for it from now on; else a new one, kept
 * when its problem has none. A row given another problem keeps its
 * widgets, their style and, where its words are the same, their layout:
 * a week shown for the first time costs its rows' new words, not rows
 * built, styled and laid out and others let go of. A full reference. */
static GtkWidget *
problem_row_for (RegimenCheckPanel *self,
                 RegimenDiagnostic *diagnostic,
                 GPtrArray         *spare)
{
  g_autofree char *key = problem_row_key (diagnostic);
  RegimenAcknowledgement *acknowledgement = self->plan != NULL
                                              ? regimen_plan_find_acknowledgement (self->plan, diagnostic)
                                              : NULL;
  gboolean has_kept = g_hash_table_contains (self->rows, key);
  KeptRow *kept = has_kept ? NULL : take_spare_row (spare, diagnostic, acknowledgement);
  GtkWidget *row;

  if (kept != NULL)
    {
      RegimenProblemRow *problem_row = REGIMEN_PROBLEM_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (kept->row)));
      g_autofree char *old_key = problem_row_key (regimen_problem_row_get_diagnostic (problem_row));

      g_hash_table_steal (self->rows, old_key);
      regimen_problem_row_rebind (problem_row, diagnostic, acknowledgement);
      g_hash_table_insert (self->rows, g_steal_pointer (&key), kept);
      return g_object_ref (kept->row);
    }

  row = g_object_ref_sink (gtk_list_box_row_new ());
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), regimen_problem_row_new (diagnostic, acknowledgement));
  if (has_kept)
    return row;

  kept = g_new0 (KeptRow, 1);
  kept->row = g_object_ref (row);
  g_hash_table_insert (self->rows, g_steal_pointer (&key), kept);
  return row;
}

/* Whether @row is the kept row of its problem (self->rows). */
static gboolean
is_kept_row (RegimenCheckPanel *self,
             GtkWidget         *row)
{
  RegimenProblemRow *problem_row = REGIMEN_PROBLEM_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  g_autofree char *key = problem_row_key (regimen_problem_row_get_diagnostic (problem_row));
  KeptRow *kept = g_hash_table_lookup (self->rows, key);

  return kept != NULL && kept->row == row;
}

/* Makes the list box's rows those of the problems shown, in their order.
 * A row whose problem stays in the list stays in the list box and is only
 * put in its place (sorted by its index): a week switch moves the two
 * weeks' problems, and a row the list box took out and put back (as a
 * model bound to it has it do) was unrooted and rooted again, its style
 * computed anew and its words laid out twice, about 3 M instructions a
 * row in the bench's plan. A kept row whose problem is no longer shown
 * stays in the list box too, hidden after the shown ones, until its
 * problem comes back (a switch back to the week before: four rows a
 * switch in the bench's plan) or drop_unused_rows() lets go of it; other
 * rows of problems no longer shown are taken out. A problem new to the
 * list that has no kept row is given a kept row hidden before this sync,
 * one of a problem of its kind first, the longest unused first, or else
 * a new row put in (problem_row_for()). */
static void
sync_problem_rows (RegimenCheckPanel *self)
{
  GListModel *problems = G_LIST_MODEL (self->problems);
  guint n = g_list_model_get_n_items (problems);
  g_autoptr(GHashTable) taken = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();
  g_autoptr(GPtrArray) spare = NULL;
  GtkListBoxRow *row;
  gboolean moved = FALSE;

  self->problems_changed = FALSE;
  /* First every problem that has its kept row, so that a spare row given
   * to a problem without one is never the row of a problem further on. */
  g_ptr_array_set_size (rows, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (problems, i);
      GtkWidget *problem_row = kept_problem_row (self, diagnostic, taken);

      if (problem_row == NULL)
        continue;
      g_hash_table_add (taken, problem_row);
      g_ptr_array_index (rows, i) = problem_row;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = NULL;
      GtkWidget *problem_row = g_ptr_array_index (rows, i);

      if (problem_row == NULL)
        {
          if (spare == NULL)
            spare = spare_problem_rows (self, taken);
          diagnostic = g_list_model_get_item (problems, i);
          problem_row = problem_row_for (self, diagnostic, spare);
          g_hash_table_add (taken, problem_row);
          g_ptr_array_index (rows, i) = problem_row;
        }
      if (gtk_widget_get_parent (problem_row) != NULL
          && GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (problem_row), problem_index_quark ())) != i + 1)
        moved = TRUE;
      g_object_set_qdata (G_OBJECT (problem_row), problem_index_quark (), GUINT_TO_POINTER (i + 1));
    }

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->problems_view, i)) != NULL; i++)
    if (!g_hash_table_contains (taken, row))
      g_ptr_array_add (gone, row);
  for (guint i = 0; i < gone->len; i++)
    {
      GtkWidget *gone_row = g_ptr_array_index (gone, i);

      if (!is_kept_row (self, gone_row))
        {
          gtk_list_box_remove (self->problems_view, gone_row);
        }
      else if (gtk_widget_get_visible (gone_row))
        {
          gtk_widget_set_visible (gone_row, FALSE);
          g_object_set_qdata (G_OBJECT (gone_row), problem_index_quark (), GUINT_TO_POINTER (G_MAXUINT));
          moved = TRUE;
        }
    }

  for (guint i = 0; i < rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (rows, i), TRUE);

  if (moved)
    gtk_list_box_invalidate_sort (self->problems_view);

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_get_parent (g_ptr_array_index (rows, i)) == NULL)
      gtk_list_box_append (self->problems_view, g_ptr_array_index (rows, i));
}

static void
on_problems_changed (RegimenCheckPanel *self,
                     guint              position,
                     guint              removed,
                     guint              added,
                     GListModel        *problems)
{
  if (self->updating)
    self->problems_changed = TRUE;
  else
    sync_problem_rows (self);
}

typedef struct
{
  const char *key;
  guint       used;
} UnusedRow;

static int
compare_unused_rows (gconstpointer a,
                     gconstpointer b)
{
  const UnusedRow *ra = a;
  const UnusedRow *rb = b;

  /* The last used first. */
  return (ra->used < rb->used) - (ra->used > rb->used);
}

/* After an update: the rows shown are dated, and of the others only the
 * UNUSED_ROWS_KEPT last used stay; the rest leave the list box. */
static void
drop_unused_rows (RegimenCheckPanel *self)
{
  g_autoptr(GArray) unused = g_array_new (FALSE, FALSE, sizeof (UnusedRow));
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  self->updates++;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      KeptRow *kept = value;

      if (gtk_widget_get_parent (kept->row) != NULL && gtk_widget_get_visible (kept->row))
        kept->used = kept->shown = self->updates;
      else
        g_array_append_val (unused, ((UnusedRow) { key, kept->used }));
    }

  if (unused->len <= UNUSED_ROWS_KEPT)
    return;

  g_array_sort (unused, compare_unused_rows);
  for (guint i = UNUSED_ROWS_KEPT; i < unused->len; i++)
    {
      const char *unused_key = g_array_index (unused, UnusedRow, i).key;
      KeptRow *kept = g_hash_table_lookup (self->rows, unused_key);

      /* Hidden in the list box since its problem left the list. */
      if (gtk_widget_get_parent (kept->row) != NULL)
        gtk_list_box_remove (self->problems_view, kept->row);
      g_hash_table_remove (self->rows, unused_key);
    }
}

/* The first problem of the weeks beside the shown one, the next week's
 * first, among the first ADJACENT_ROWS_PREPARED of each, that has no kept
 * row. The kept rows of the others are added to @taken and dated as used
 * now, so that drop_unused_rows() keeps them. NULL when each has its row. */
static RegimenDiagnostic *
next_unprepared_problem (RegimenCheckPanel *self,
                         GHashTable        *taken)
{
  const int weeks[] = { (int) self->week + 1, (int) self->week - 1 };
  int n_weeks = (int) regimen_checker_get_n_weeks (self->checker);
  RegimenDiagnostic *unprepared = NULL;

  for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
    {
      GPtrArray *problems;

      if (weeks[w] < 0 || weeks[w] >= n_weeks)
        continue;

      problems = regimen_checker_peek_week_diagnostics (self->checker, weeks[w]);
      for (guint i = 0; i < MIN (problems->len, ADJACENT_ROWS_PREPARED); i++)
        {
          RegimenDiagnostic *diagnostic = g_ptr_array_index (problems, i);
          g_autofree char *key = problem_row_key (diagnostic);
          KeptRow *kept = g_hash_table_lookup (self->rows, key);

          if (kept != NULL)
            {
              g_hash_table_add (taken, kept->row);
              kept->used = self->updates;
            }
          else if (unprepared == NULL)
            {
              unprepared = diagnostic;
            }
        }
    }

  return unprepared;
}

/* How many kept rows are not shown. */
static guint
count_unused_rows (RegimenCheckPanel *self)
{
  GHashTableIter iter;
  gpointer value;
  guint unused = 0;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!gtk_widget_get_visible (((KeptRow *) value)->row) || gtk_widget_get_parent (((KeptRow *) value)->row) == NULL)
      unused++;

  return unused;
}

/* The width the list box gives the problem rows it shows; 0 when it
 * shows none. */
static int
shown_problem_row_width (RegimenCheckPanel *self)
{
  GtkListBoxRow *row;

  /* Sorted: the rows shown come first. */
  row = gtk_list_box_get_row_at_index (self->problems_view, 0);
  if (row == NULL || !gtk_widget_get_visible (GTK_WIDGET (row)) || !gtk_widget_get_mapped (GTK_WIDGET (row)))
    return 0;

  return gtk_widget_get_width (gtk_list_box_row_get_child (row));
}

/* One problem of a week beside the shown one is given a kept row set
 * aside (take_spare_row(): never one shown, nor one of the two weeks',
 * nor one of the week shown before the last update, kept for the way
 * back), or, while fewer than UNUSED_ROWS_KEPT rows are unused, a new one
 * hidden in the list box. The row is measured at the width the list gives
 * its rows: its words are laid out now, in the labels' own layouts, which
 * the frame that shows the row uses as they are. A switch to that week
 * then finds the row kept for its problem (kept_problem_row()) and only
 * shows it, where it gave a spare row the new problem and laid its words
 * out in the switch's frame. A row at a time, at low priority: input and
 * frames come first, and an update starts anew from its own frame. */
static gboolean
prepare_adjacent_row (gpointer user_data)
{
  RegimenCheckPanel *self = user_data;
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) spare = NULL;
  g_autoptr(GtkWidget) row = NULL;
  g_autofree char *key = NULL;
  RegimenDiagnostic *diagnostic;
  KeptRow *kept;
  int width = shown_problem_row_width (self);
  int minimum, natural;

  if (self->figures_stale)
    {
      update_figures (self);
      return G_SOURCE_CONTINUE;
    }

  diagnostic = width > 0 && self->checker != NULL ? next_unprepared_problem (self, taken) : NULL;
  if (diagnostic == NULL)
    {
      self->prepare_source = 0;
      return G_SOURCE_REMOVE;
    }

  /* Not the rows of the week shown before the last update, kept for a
   * switch back (sync_problem_rows()), unless that week is beside. */
  spare = spare_problem_rows (self, taken);
  for (guint i = spare->len; i > 0; i--)
    if (((KeptRow *) g_ptr_array_index (spare, i - 1))->shown + 1 >= self->updates)
      g_ptr_array_remove_index (spare, i - 1);
  if (spare->len == 0 && count_unused_rows (self) >= UNUSED_ROWS_KEPT)
    {
      self->prepare_source = 0;
      return G_SOURCE_REMOVE;
    }

  row = problem_row_for (self, diagnostic, spare);
  key = problem_row_key (diagnostic);
  kept = g_hash_table_lookup (self->rows, key);
  kept->used = self->updates;
  if (gtk_widget_get_parent (row) == NULL)
    {
      g_object_set_qdata (G_OBJECT (row), problem_index_quark (), GUINT_TO_POINTER (G_MAXUINT));
      gtk_widget_set_visible (row, FALSE);
      gtk_list_box_append (self->problems_view, row);
    }
  gtk_widget_measure (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)), GTK_ORIENTATION_VERTICAL, width,
                      &minimum, &natural, NULL, NULL);

  return G_SOURCE_CONTINUE;
}

static void
stop_preparing (RegimenCheckPanel *self)
{
  g_clear_handle_id (&self->prepare_source, g_source_remove);
  if (self->prepare_clock == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->prepare_clock, self);
  g_clear_object (&self->prepare_clock);
}

/* Not in the frame's own after-paint: the rows wait for the frame. */
static void
on_prepare_frame_painted (RegimenCheckPanel *self,
                          GdkFrameClock     *clock)
{
  stop_preparing (self);
  self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_adjacent_row, self, NULL);
}

/* After an update or the panel's first frame (a panel shown again is
 * updated): the adjacent weeks' rows are prepared once the frame that
 * shows it is drawn; never before the panel's first frame is drawn, nor
 * while it is not shown. */
static void
queue_prepare_adjacent_rows (RegimenCheckPanel *self)
{
  GdkFrameClock *clock;

  stop_preparing (self);
  if (!self->drawn || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (clock == NULL)
    return;

  self->prepare_clock = g_object_ref (clock);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_prepare_frame_painted), self, G_CONNECT_SWAPPED);
}

/* Which problems are acknowledged, and why: a change there must redraw
 * rows whose problem itself did not change. */
static char *
acknowledged_text (RegimenPlan *plan,
                   GListModel  *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (problems);

  /* Most plans acknowledge nothing: no need to look at each problem. */
  if (g_list_model_get_n_items (regimen_plan_get_acknowledgements (plan)) == 0)
    return g_string_free (g_steal_pointer (&text), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) problem = g_list_model_get_item (problems, i);
      RegimenAcknowledgement *ack = regimen_plan_find_acknowledgement (plan, problem);
      g_autofree char *reason = ack != NULL ? regimen_acknowledgement_dup_shown_reason (ack) : NULL;

      if (ack != NULL)
        g_string_append_printf (text, "%s %s\n", regimen_acknowledgement_get_finding (ack), reason);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The least height of @problem's row, from the length of its message,
 * and the Acknowledge button under a warning or an error. */
static int
problem_row_least_height (RegimenDiagnostic *problem)
{
  glong chars = g_utf8_strlen (regimen_diagnostic_get_message (problem), -1);
  glong lines = MAX (1, (chars + PROBLEM_LINE_MAX_CHARS - 1) / PROBLEM_LINE_MAX_CHARS);
  int height = PROBLEM_ROW_MIN_HEIGHT + (int) (lines - 1) * PROBLEM_LINE_MIN_HEIGHT;

  if (regimen_diagnostic_get_severity (problem) != REGIMEN_SEVERITY_INFO)
    height += PROBLEM_BUTTON_MIN_HEIGHT;

  return height;
}

/* How many of the first problems the first frame that shows the panel
 * can show: each row's least height, from the length of its message,
 * added up until they fill the list's place (the window's height less
 * the header bar and the panel's headings above the list). Each row
 * costs what its message costs to lay out (a long plan's rows are
 * 142–220 pixels tall, so a 800-pixel window shows four or five of the
 * page's 20); the rest of the page follows that frame. A page when the
 * height is not known. @fills is set when those rows fill that place:
 * nothing under them is seen in that frame. */
static guint
first_frame_rows (RegimenCheckPanel *self,
                  gboolean          *fills)
{
  int height = regimen_widget_get_first_frame_space (GTK_WIDGET (self->problems_view));
  guint n = regimen_problem_list_get_n_problems (self->problems);
  int filled = 0;
  guint rows;

  *fills = FALSE;
  if (height <= 0)
    return PROBLEMS_PAGE;

  for (rows = 0; rows < MIN (n, PROBLEMS_PAGE) && filled < height; rows++)
    filled += problem_row_least_height (regimen_problem_list_peek_problem (self->problems, rows));

  *fills = filled >= height;
  return MAX (rows, 1);
}

static gboolean
on_page_idle (gpointer user_data)
{
  RegimenCheckPanel *self = user_data;

  self->page_source = 0;
  if (regimen_problem_list_get_limit (self->problems) < PROBLEMS_PAGE)
    regimen_problem_list_set_limit (self->problems, PROBLEMS_PAGE);
  gtk_widget_set_visible (self->figures, TRUE);

  return G_SOURCE_REMOVE;
}

static void
stop_waiting_for_frame (RegimenCheckPanel *self)
{
  if (self->first_frame_clock == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->first_frame_clock, self);
  g_clear_object (&self->first_frame_clock);
}

/* Not in the frame's own after-paint: the frame is done, the rest of the
 * page comes after it. */
static void
on_first_frame_painted (RegimenCheckPanel *self,
                        GdkFrameClock     *clock)
{
  stop_waiting_for_frame (self);
  self->drawn = TRUE;
  queue_prepare_adjacent_rows (self);
  if (self->page_source == 0)
    self->page_source = g_idle_add (on_page_idle, self);
}

static gboolean
show_more_problems (gpointer user_data)
{
  RegimenCheckPanel *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  guint shown = regimen_problem_list_get_limit (self->problems);
  graphene_rect_t rows;
  double below;

  self->more_source = 0;

  /* The first page is made whole right after the first frame that shows
   * the panel (on_page_idle()), not a page beyond that frame's rows. */
  if (!self->drawn || self->page_source != 0
      || !gtk_widget_get_mapped (self->scroller)
      || shown >= regimen_problem_list_get_n_problems (self->problems)
      || !gtk_widget_compute_bounds (GTK_WIDGET (self->problems_view), self->content, &rows))
    return G_SOURCE_REMOVE;

  /* Rows for less than a screen below the view (the figures under them
   * do not count): a page more. The rows change the adjustment, which
   * brings us back until a screen is ready or every problem has its row.
   * Keyboard focus moving down the rows scrolls the panel, and so builds
   * them too. */
  below = rows.origin.y + rows.size.height
          - gtk_adjustment_get_value (adjustment) - gtk_adjustment_get_page_size (adjustment);
  if (below < gtk_adjustment_get_page_size (adjustment))
    regimen_problem_list_set_limit (self->problems, shown + PROBLEMS_PAGE);

  return G_SOURCE_REMOVE;
}

/* Not while the scroller is laid out, which is when its adjustment
 * changes: the rows are added right after. */
static void
queue_show_more_problems (RegimenCheckPanel *self)
{
  if (self->more_source == 0)
    self->more_source = g_idle_add (show_more_problems, self);
}

static void
on_scroller_adjustment_changed (RegimenCheckPanel *self,
                                GtkAdjustment     *adjustment)
{
  queue_show_more_problems (self);
}

/* One click or Enter on a problem: it stays selected, and the window
 * shows its place in the week. */
static void
on_problems_view_row_activated (RegimenCheckPanel *self,
                                GtkListBoxRow     *row,
                                GtkListBox        *list)
{
  RegimenDiagnostic *diagnostic =
    regimen_problem_row_get_diagnostic (REGIMEN_PROBLEM_ROW (gtk_list_box_row_get_child (row)));

  gtk_list_box_select_row (list, row);
  g_signal_emit (self, signals[DIAGNOSTIC_ACTIVATED], 0, diagnostic);
}

static void
on_weeks_chart_week_activated (RegimenCheckPanel *self,
                               guint              week,
                               RegimenWeeksChart *chart)
{
  g_signal_emit (self, signals[WEEK_ACTIVATED], 0, week);
}

typedef struct
{
  const char *id;
  guint       sets;
} MuscleSets;

static int
compare_muscle_sets (gconstpointer a,
                     gconstpointer b)
{
  const MuscleSets *ma = a;
  const MuscleSets *mb = b;

  if (ma->sets != mb->sets)
    return ma->sets > mb->sets ? -1 : 1;
  return g_utf8_collate (regimen_muscle_get_name (ma->id), regimen_muscle_get_name (mb->id));
}

/* Two columns of “name hard sets (range)”, filled down, most sets first;
 * a muscle group past the warning limit is marked. */
static void
update_muscles (RegimenCheckPanel       *self,
                const RegimenWeekStats  *stats,
                const RegimenThresholds *limits)
{
  g_autoptr(GArray) muscles = g_array_new (FALSE, FALSE, sizeof (MuscleSets));
  const char * const *ids = regimen_muscle_list_ids ();
  GtkWidget *line;
  guint rows;
  g_autofree char *range = NULL;

  g_autoptr(GString) shown = g_string_new (NULL);

  for (guint i = 0; stats != NULL && ids[i] != NULL; i++)
    {
      MuscleSets entry = { ids[i], regimen_week_stats_get_muscle_sets (stats, ids[i]) };

      if (entry.sets > 0)
        {
          g_array_append_val (muscles, entry);
          g_string_append_printf (shown, "%s %u\n", entry.id, entry.sets);
        }
    }
  g_string_append_printf (shown, "%u %u %u %d", limits->sets_range_low, limits->sets_range_high,
                          limits->sets_warning_above, (int) limits->level);
  if (g_strcmp0 (shown->str, self->muscles_shown) == 0)
    return;
  g_free (self->muscles_shown);
  self->muscles_shown = g_strdup (shown->str);

  g_array_sort (muscles, compare_muscle_sets);

  /* The lines there are show the new figures, in the same order as
   * before (the grid's children are read in that order): only a label
   * whose text changes is measured again, and no line is built and
   * styled anew but for muscle groups beyond the most shown before. */
  rows = (muscles->len + 1) / 2;
  line = gtk_widget_get_first_child (GTK_WIDGET (self->muscles_grid));
  for (guint i = 0; i < muscles->len; i++)
    {
      const MuscleSets *entry = &g_array_index (muscles, MuscleSets, i);
      g_autofree char *text = g_strdup_printf ("%u", entry->sets);
      g_autofree char *description = g_strdup_printf (_("%s: %u hard sets this week, usual range %u–%u"),
                                                      regimen_muscle_get_name (entry->id), entry->sets,
                                                      limits->sets_range_low, limits->sets_range_high);
      GtkGridLayoutChild *place;
      GtkWidget *name;
      GtkWidget *sets;

      if (line == NULL)
        {
          line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          name = gtk_label_new (NULL);
          sets = gtk_label_new (NULL);
          gtk_label_set_xalign (GTK_LABEL (name), 0);
          /* Whole words on a second line rather than “Schräge Bauchmu…”. */
          gtk_label_set_wrap (GTK_LABEL (name), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
          gtk_widget_set_hexpand (name, TRUE);
          gtk_widget_add_css_class (name, "caption");
          gtk_widget_add_css_class (sets, "caption");
          gtk_widget_add_css_class (sets, "numeric");
          gtk_box_append (GTK_BOX (line), name);
          gtk_box_append (GTK_BOX (line), sets);
          gtk_grid_attach (self->muscles_grid, line, i / rows, i % rows, 1, 1);
        }
      else
        {
          name = gtk_widget_get_first_child (line);
          sets = gtk_widget_get_last_child (line);
          place = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (
            gtk_widget_get_layout_manager (GTK_WIDGET (self->muscles_grid)), line));
          if (gtk_grid_layout_child_get_column (place) != (int) (i / rows))
            gtk_grid_layout_child_set_column (place, i / rows);
          if (gtk_grid_layout_child_get_row (place) != (int) (i % rows))
            gtk_grid_layout_child_set_row (place, i % rows);
          gtk_widget_set_visible (line, TRUE);
        }

      gtk_label_set_label (GTK_LABEL (name), regimen_muscle_get_name (entry->id));
      gtk_label_set_label (GTK_LABEL (sets), text);
      /* The range is the same for every muscle group and said once above
       * the table: a row shows its count, dim below the range, in the
       * warning colour above the warning limit. */
      regimen_widget_set_css_class (sets, "warning", entry->sets > limits->sets_warning_above);
      regimen_widget_set_css_class (sets, "dim-label",
                                    entry->sets <= limits->sets_warning_above
                                    && entry->sets < limits->sets_range_low);
      gtk_accessible_update_property (GTK_ACCESSIBLE (line), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      line = gtk_widget_get_next_sibling (line);
    }

  /* Fewer muscle groups than before: the lines left over are hidden, not
   * removed. Weeks that train a few groups more or less follow each
   * other, and a week switch back and forth built, styled and laid out
   * the same lines anew each time (a box and two labels a line, two
   * lines a switch in the bench's plan). A hidden line takes no place in
   * the grid and is not read out. */
  for (; line != NULL; line = gtk_widget_get_next_sibling (line))
    gtk_widget_set_visible (line, FALSE);

  /* Translators: under "Hard Sets per Muscle Group"; the range and the warning limit depend on the athlete's level */
  range = g_strdup_printf (_("Usual range %u–%u a week at level “%s” (fewer are dimmed); above %u is a warning"),
                           limits->sets_range_low, limits->sets_range_high,
                           regimen_level_get_label (limits->level), limits->sets_warning_above);
  gtk_label_set_label (self->muscles_range, range);
  gtk_widget_set_visible (GTK_WIDGET (self->muscles_range), muscles->len > 0);
  gtk_widget_set_visible (self->muscles_heading, muscles->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->muscles_grid), muscles->len > 0);
}

static void
get_today (RegimenCheckPanel *self,
           GDate             *today)
{
  g_autoptr(GDateTime) now = NULL;

  if (g_date_valid (&self->today))
    {
      *today = self->today;
      return;
    }

  now = g_date_time_new_now_local ();
  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static GtkWidget *
new_done_label (const char *text,
                const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, style);

  return label;
}

/* The logged sessions' lines: a heading per session (marked 'H'), then
 * a caption per item ('C'), one line each; then, past DONE_MAX_LINES, a
 * line that counts the logged sessions left out ('M'). A week may hold
 * 140 logged sessions of 100 exercises each: their 14,140 labels took
 * 40 s to show, and as long again at each log or undo, and the panel
 * would be a list no one reads through. */
static char *
describe_logged_sessions (RegimenPlan    *plan,
                          RegimenLibrary *library,
                          guint           week)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  RegimenWeek *plan_week = regimen_plan_get_week (plan, week);
  guint n_lines = 0;
  guint n_left_out = 0;

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *plan_day = regimen_week_get_day (plan_week, day);

      for (guint s = 0; s < regimen_day_get_n_sessions (plan_day); s++)
        {
          RegimenSession *session = regimen_day_get_session (plan_day, s);
          const RegimenSessionLog *log = regimen_session_get_log (session);
          guint n_items = regimen_session_get_n_items (session);
          g_autofree char *heading = NULL;

          if (log == NULL)
            continue;

          /* Whole sessions only, and always the first. */
          if (n_left_out > 0 || (n_lines > 0 && n_lines + 1 + n_items > DONE_MAX_LINES))
            {
              n_left_out++;
              continue;
            }

          heading = regimen_session_describe_done (session, day);
          g_string_append_printf (lines, "H%s\n", heading);

          for (guint i = 0; i < n_items; i++)
            {
              g_autofree char *text =
                regimen_item_describe_planned_done (regimen_session_get_item (session, i), log, library,
                                                    regimen_preferred_load_unit ());
              /* A narrow panel wraps between the parts, not inside “3 × 5”. */
              g_autofree char *glued = regimen_text_glue_numbers (text);

              g_string_append_printf (lines, "C%s\n", glued);
            }
          n_lines += 1 + n_items;
        }
    }

  if (n_left_out > 0)
    {
      g_string_append_c (lines, 'M');
      g_string_append_printf (lines,
                              /* Translators: below the logged sessions of a week in the check panel,
                               * when there are too many to list */
                              g_dngettext (GETTEXT_PACKAGE, "…and %u more logged session",
                                           "…and %u more logged sessions", n_left_out),
                              n_left_out);
      g_string_append_c (lines, '\n');
    }

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

/* The week's planned load against its done load, sessions done of
 * planned, and each logged session's items, prescription against sets;
 * the texts come from the core (regimen-done-view.c). */
static void
update_done (RegimenCheckPanel      *self,
             const RegimenWeekStats *stats,
             RegimenPlan            *plan,
             RegimenLibrary         *library,
             guint                   week)
{
  g_autofree char *load = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *logged = NULL;
  g_auto(GStrv) lines = NULL;
  const char *caveat;
  RegimenWeekWhen when;
  GtkWidget *child;
  GDate today;

  if (stats == NULL || week >= regimen_plan_get_n_weeks (plan))
    {
      gtk_label_set_label (self->done_load_label, "");
      gtk_label_set_label (self->done_sessions_label, "");
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->done_caveat_label)), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->done_sessions_box), FALSE);
      return;
    }

  get_today (self, &today);
  self->shown_today = today;
  when = regimen_plan_get_week_when (plan, week, &today);
  load = regimen_week_describe_load_done (stats, when);
  sessions = regimen_week_describe_sessions_done (stats, when);
  caveat = regimen_week_get_done_caveat (stats, when);
  gtk_label_set_label (self->done_load_label, load);
  gtk_label_set_label (self->done_sessions_label, sessions);
  gtk_label_set_label (self->done_caveat_label, caveat != NULL ? caveat : "");
  /* Its bin, so that no spacing is left for it. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->done_caveat_label)), caveat != NULL);

  logged = describe_logged_sessions (plan, library, week);
  gtk_widget_set_visible (GTK_WIDGET (self->done_sessions_box), *logged != '\0');

  /* The labels there are kept and given their line's text: most edits
   * leave the lines as they were, a log or an undo changes those of one
   * session, and a label whose text stays is not laid out again. */
  child = gtk_widget_get_first_child (GTK_WIDGET (self->done_sessions_box));
  lines = g_strsplit (logged, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      gboolean heading = lines[i][0] == 'H';
      const char *style = heading ? "caption-heading" : "caption";
      GtkWidget *label = child;

      if (label == NULL)
        {
          label = new_done_label (lines[i] + 1, style);
          gtk_box_append (self->done_sessions_box, label);
        }
      else
        {
          child = gtk_widget_get_next_sibling (child);
          if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), lines[i] + 1) != 0)
            gtk_label_set_label (GTK_LABEL (label), lines[i] + 1);
          gtk_widget_remove_css_class (label, heading ? "caption" : "caption-heading");
          gtk_widget_add_css_class (label, style);
        }
      gtk_widget_set_margin_top (label, heading && i > 0 ? 6 : 0);
    }

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (self->done_sessions_box, child);
      child = next;
    }
}

static void
update_weeks_chart (RegimenCheckPanel *self,
                    RegimenChecker    *checker,
                    guint              week)
{
  guint n_weeks = regimen_checker_get_n_weeks (checker);
  g_autofree RegimenWeekLoad *weeks = NULL;
  RegimenWeeklyLoads data;

  gtk_widget_set_visible (self->weeks_heading, n_weeks > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->weeks_chart), n_weeks > 1);
  if (n_weeks <= 1)
    return;

  /* The plan's own fitness, fatigue and form beside the trained ones,
   * from the check: a week switch reads no session of the plan. */
  weeks = g_new0 (RegimenWeekLoad, n_weeks);
  for (guint i = 0; i < n_weeks; i++)
    {
      const RegimenWeekStats *stats = regimen_checker_get_week_stats (checker, i);

      /* Planned bars; done ones only for weeks with a logged session. */
      weeks[i] = (RegimenWeekLoad) {
        .load = stats->planned_load,
        .budget = stats->budget,
        .ctl = stats->ctl,
        .atl = stats->atl,
        .tsb = stats->tsb,
        .done = stats->done_load,
        .logged = stats->sessions_logged > 0,
        .planned_ctl = stats->planned_ctl,
        .planned_atl = stats->planned_atl,
        .planned_tsb = stats->planned_tsb,
      };
    }

  data = (RegimenWeeklyLoads) { n_weeks, weeks, week };
  regimen_weeks_chart_set_data (self->weeks_chart, &data);
}

/* Planned loads in kg read in the person's unit, as the item rows do. */
static void
on_load_unit_changed (RegimenCheckPanel *self)
{
  if (self->plan != NULL && self->checker != NULL)
    regimen_check_panel_update (self, self->checker, self->plan, self->library, self->week);
}

static void build (RegimenCheckPanel *self);

static void
regimen_check_panel_map (GtkWidget *widget)
{
  RegimenCheckPanel *self = REGIMEN_CHECK_PANEL (widget);

  /* Shown before any update: a swipe that opens the panel. */
  build (self);

  GTK_WIDGET_CLASS (regimen_check_panel_parent_class)->map (widget);

  /* Hidden before the idle after an update brought them up to date. */
  if (self->figures_stale)
    update_figures (self);

  /* Shown again after its flap slid shut: an update made while it was
   * unmapped prepared nothing (queue_prepare_adjacent_rows()); the rows
   * beside follow this frame, as they follow an update's. */
  if (self->drawn)
    {
      queue_prepare_adjacent_rows (self);
      return;
    }
  if (self->first_frame_clock != NULL)
    return;

  self->first_frame_clock = gtk_widget_get_frame_clock (widget);
  if (self->first_frame_clock == NULL)
    {
      on_first_frame_painted (self, NULL);
      return;
    }

  g_object_ref (self->first_frame_clock);
  g_signal_connect_object (self->first_frame_clock, "after-paint", G_CALLBACK (on_first_frame_painted), self,
                           G_CONNECT_SWAPPED);
}

static void
regimen_check_panel_unmap (GtkWidget *widget)
{
  stop_waiting_for_frame (REGIMEN_CHECK_PANEL (widget));
  stop_preparing (REGIMEN_CHECK_PANEL (widget));

  GTK_WIDGET_CLASS (regimen_check_panel_parent_class)->unmap (widget);
}

static void
regimen_check_panel_dispose (GObject *object)
{
  RegimenCheckPanel *self = REGIMEN_CHECK_PANEL (object);

  stop_waiting_for_frame (self);
  stop_preparing (self);
  g_clear_handle_id (&self->more_source, g_source_remove);
  g_clear_handle_id (&self->page_source, g_source_remove);
  if (self->built)
    gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_CHECK_PANEL);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->checker);
  g_clear_object (&self->library);
  g_clear_pointer (&self->acknowledged, g_free);
  g_clear_pointer (&self->muscles_shown, g_free);

  G_OBJECT_CLASS (regimen_check_panel_parent_class)->dispose (object);
}

static void
regimen_check_panel_class_init (RegimenCheckPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_check_panel_dispose;
  widget_class->map = regimen_check_panel_map;
  widget_class->unmap = regimen_check_panel_unmap;

  /**
   * RegimenCheckPanel::diagnostic-activated:
   * @self: the panel
   * @diagnostic: the problem the person chose
   *
   * The window shows where @diagnostic is.
   */
  signals[DIAGNOSTIC_ACTIVATED] =
    g_signal_new ("diagnostic-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, REGIMEN_TYPE_DIAGNOSTIC);


  /**
   * RegimenCheckPanel::week-activated:
   * @self: the panel
   * @week: the week the person chose in the weeks chart
   *
   * The window shows @week.
   */
  signals[WEEK_ACTIVATED] =
    g_signal_new ("week-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-check-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, box);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, scroller);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, content);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, metrics_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, done_load_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, done_sessions_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, done_caveat_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, done_sessions_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, load_chart);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, weeks_heading);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, weeks_chart);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, muscles_heading);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, muscles_range);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, muscles_grid);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, figures);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, problems_view);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, all_clear_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenCheckPanel, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_problems_view_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_weeks_chart_week_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checkpanel");

  g_type_ensure (REGIMEN_TYPE_LOAD_CHART);
  g_type_ensure (REGIMEN_TYPE_SCROLL_BIN);
  g_type_ensure (REGIMEN_TYPE_WRAP_BIN);
  g_type_ensure (REGIMEN_TYPE_WEEKS_CHART);
}

/* The panel's widgets, made when it is first needed (see `built`). */
static void
build (RegimenCheckPanel *self)
{
  GtkAdjustment *adjustment;
  GtkWidget *viewport;

  if (self->built)
    return;

  self->built = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_sort_func (self->problems_view, compare_problem_rows, NULL, NULL);
  /* Keyboard focus moving down the rows scrolls the panel, and so builds
   * the rows after them. */
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scroller));
  if (GTK_IS_VIEWPORT (viewport))
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (on_scroller_adjustment_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (on_scroller_adjustment_changed), self,
                           G_CONNECT_SWAPPED);

  add_metric (self, REGIMEN_METRIC_HIIT, _("HIIT sessions"), NULL);
  add_metric (self, REGIMEN_METRIC_LOAD, _("Weekly load"), NULL);
  add_metric (self, REGIMEN_METRIC_MONOTONY, _("Monotony"), NULL);
  add_metric (self, REGIMEN_METRIC_STRAIN, _("Strain"), NULL);
  add_metric (self, REGIMEN_METRIC_ACWR, _("Acute:chronic"),
              _("A rough guide to sudden jumps in load, not a predictor of injury."));
  /* The window gave its widgets the font they are drawn with before any
   * was measured; these come later. */
  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
regimen_check_panel_init (RegimenCheckPanel *self)
{
  g_date_clear (&self->today, 1);
  g_date_clear (&self->shown_today, 1);
  self->problems = regimen_problem_list_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) kept_row_free);
  regimen_problem_list_set_limit (self->problems, PROBLEMS_PAGE);
  g_signal_connect_object (self->problems, "items-changed", G_CALLBACK (on_problems_changed), self,
                           G_CONNECT_SWAPPED);

  if (regimen_preferred_settings () != NULL)
    g_signal_connect_object (regimen_preferred_settings (), "changed::load-unit",
                             G_CALLBACK (on_load_unit_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
regimen_check_panel_new (void)
{
  return g_object_new (REGIMEN_TYPE_CHECK_PANEL, NULL);
}

/**
 * regimen_check_panel_build:
 * @self: a #RegimenCheckPanel
 *
 * Makes the panel's widgets now, as its first map or update would: for a
 * measure of its natural width, which without them is only the width it
 * asks for.
 */
void
regimen_check_panel_build (RegimenCheckPanel *self)
{
  g_return_if_fail (REGIMEN_IS_CHECK_PANEL (self));

  build (self);
}

/* Whether the frame to come may show the figures under the problems:
 * unless the least heights of the rows the list shows (first_frame_rows())
 * reach below the panel from where the list is, which the update does not
 * move. Nothing is measured here: the rows' styles are brought up to date
 * in the frame, and a measure before it would lay their words out twice. */
static gboolean
figures_in_view (RegimenCheckPanel *self)
{
  guint shown = MIN (regimen_problem_list_get_limit (self->problems),
                     regimen_problem_list_get_n_problems (self->problems));
  int height = gtk_widget_get_height (self->scroller);
  graphene_point_t top;
  double bottom;

  if (!gtk_widget_get_mapped (self->figures)
      || !gtk_widget_compute_point (GTK_WIDGET (self->problems_view), self->scroller, &GRAPHENE_POINT_INIT (0, 0),
                                    &top))
    return TRUE;

  bottom = top.y;
  for (guint i = 0; i < shown && bottom < height; i++)
    bottom += problem_row_least_height (regimen_problem_list_peek_problem (self->problems, i));

  return bottom < height;
}

/* The shown week's figures under the problems: its metrics, its days'
 * loads, the planned-and-done lines, the weeks chart and the muscle
 * table. */
static void
update_figures (RegimenCheckPanel *self)
{
  RegimenChecker *checker = self->checker;
  RegimenPlan *plan = self->plan;
  RegimenLibrary *library = self->library;
  guint week = self->week;
  const RegimenThresholds *limits;
  const RegimenWeekStats *stats;
  g_autofree char *text = NULL;
  RegimenDailyLoads loads = { { 0 } };
  RegimenMetricLevel levels[REGIMEN_N_METRICS];
  double ratio;

  self->figures_stale = FALSE;
  limits = regimen_checker_get_thresholds (checker);
  stats = week < regimen_checker_get_n_weeks (checker) ? regimen_checker_get_week_stats (checker, week) : NULL;

  if (stats != NULL)
    {
      regimen_week_metric_levels (stats, limits, levels);

      /* Translators: HIIT sessions this week against the limit, “2 of 2” */
      text = g_strdup_printf (_("%u of %u"), stats->hiit_sessions, stats->hiit_limit);
      set_metric (self, REGIMEN_METRIC_HIIT, text, levels);
      g_clear_pointer (&text, g_free);

      if (stats->budget > 0)
        /* Translators: the week's training load against its budget, in arbitrary units */
        text = g_strdup_printf (_("%.0f of %.0f AU"), stats->load, stats->budget);
      else
        /* Translators: the week's training load, in arbitrary units */
        text = g_strdup_printf (_("%.0f AU"), stats->load);
      set_metric (self, REGIMEN_METRIC_LOAD, text, levels);
      g_clear_pointer (&text, g_free);

      /* Translators: Foster monotony and the level that warns, “1.18 (limit 2.0)” */
      text = g_strdup_printf (_("%.2f (limit %.1f)"), stats->monotony, limits->monotony_warning_above);
      set_metric (self, REGIMEN_METRIC_MONOTONY, text, levels);
      g_clear_pointer (&text, g_free);

      text = g_strdup_printf (_("%.0f AU"), stats->strain);
      set_metric (self, REGIMEN_METRIC_STRAIN, text, levels);
      g_clear_pointer (&text, g_free);

      /* The week's highest 7-day window against the chronic load before
       * it; "high" only where LOAD-ACWR finds a jump (a high ratio of a
       * small load is none); the week as a whole for a drop. */
      ratio = regimen_week_stats_get_ratio (stats, limits);
      if (levels[REGIMEN_METRIC_ACWR].over)
        /* Translators: an acute:chronic ratio above the usual range, “1.42 (high)” */
        text = g_strdup_printf (_("%.2f (high)"), ratio);
      else if (stats->chronic > 0 && ratio < limits->load_drop_below)
        /* Translators: an acute:chronic ratio below the usual range, “0.77 (low)” */
        text = g_strdup_printf (_("%.2f (low)"), ratio);
      else
        text = g_strdup_printf ("%.2f", ratio);
      set_metric (self, REGIMEN_METRIC_ACWR, text, levels);
      g_clear_pointer (&text, g_free);

      for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
        {
          loads.loads[day] = stats->planned_daily_loads[day];
          /* HIIT by content, as the rules count it. */
          loads.hiit[day] = stats->daily_hiit[day] > 0;
        }
      if (week < regimen_plan_get_n_weeks (plan))
        regimen_week_get_done_daily_loads (regimen_plan_get_week (plan, week), loads.done, loads.logged);
      loads.reference = stats->budget / REGIMEN_DAYS_PER_WEEK;
    }
  else
    {
      /* No such week (a plan of no weeks shows an empty week 1): nothing
       * planned, against the athlete's HIIT limit; no figure of a week
       * shown before stays. */
      RegimenMetricLevel none[REGIMEN_N_METRICS] = { { 0 } };

      text = g_strdup_printf (_("%u of %u"), 0, limits->hiit_limit);
      set_metric (self, REGIMEN_METRIC_HIIT, text, none);
      g_clear_pointer (&text, g_free);
      text = g_strdup_printf (_("%.0f AU"), 0.0);
      set_metric (self, REGIMEN_METRIC_LOAD, text, none);
      g_clear_pointer (&text, g_free);
      set_metric (self, REGIMEN_METRIC_MONOTONY, "—", none);
      set_metric (self, REGIMEN_METRIC_STRAIN, "—", none);
      set_metric (self, REGIMEN_METRIC_ACWR, "—", none);
    }

  regimen_load_chart_set_data (self->load_chart, &loads);
  update_done (self, stats, plan, library, week);
  update_weeks_chart (self, checker, week);
  update_muscles (self, stats, limits);
}

/**
 * regimen_check_panel_update:
 * @self: a #RegimenCheckPanel
 * @checker: the check of @plan
 * @plan: the plan
 * @library: (nullable): names the exercises, as the window's views do
 * @week: the week shown in the week view
 *
 * Shows @checker's figures for @week and all of its problems, those of
 * @week first. The day that decides which weeks are over is taken anew
 * at each call. Until the first call the panel shows only its heading.
 */
void
regimen_check_panel_update (RegimenCheckPanel *self,
                            RegimenChecker    *checker,
                            RegimenPlan       *plan,
                            RegimenLibrary    *library,
                            guint              week)
{
  GListModel *diagnostics;
  g_autofree char *summary = NULL;
  g_autofree char *acknowledged = NULL;
  gboolean switched;
  static const char * const summary_classes[] = { "error", "warning" };
  const char *summary_class = NULL;
  guint n;

  g_return_if_fail (REGIMEN_IS_CHECK_PANEL (self));
  g_return_if_fail (REGIMEN_IS_PLAN (plan));
  g_return_if_fail (REGIMEN_IS_CHECKER (checker));
  g_return_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library));

  build (self);

  /* Hidden until there is a check to show (see the template). */
  gtk_widget_set_visible (self->scroller, TRUE);
  g_set_object (&self->plan, plan);
  g_set_object (&self->checker, checker);
  g_set_object (&self->library, library);
  switched = self->drawn && week != self->week;
  self->week = week;

  summary = regimen_checker_summarize (checker);
  gtk_label_set_label (self->summary_label, summary);
  /* Only the class that changes: taking one off and putting it back
   * would restyle the label on every edit. */
  /* Counting the open errors reads every finding, whose words are made
   * when first read: a check without errors has none open. */
  if (regimen_checker_count (checker, REGIMEN_SEVERITY_ERROR) > 0 &&
      regimen_plan_count_open_errors (plan, regimen_checker_get_diagnostics (checker)) > 0)
    summary_class = "error";
  else if (regimen_checker_count (checker, REGIMEN_SEVERITY_WARNING) > 0)
    summary_class = "warning";
  for (guint i = 0; i < G_N_ELEMENTS (summary_classes); i++)
    if (g_strcmp0 (summary_classes[i], summary_class) != 0)
      gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), summary_classes[i]);
  if (summary_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), summary_class);


  diagnostics = regimen_checker_get_diagnostics (checker);
  n = g_list_model_get_n_items (diagnostics);

  /* The shown week's problems first, then the rest in plan order: the
   * list reports only the span of weeks whose problems changed, in one
   * change, so the list box re-lays out once. A new or withdrawn
   * acknowledgement changes rows the check did not: all are built again. */
  acknowledged = acknowledged_text (plan, diagnostics);
  self->updating = TRUE;
  if (g_strcmp0 (acknowledged, self->acknowledged) != 0)
    {
      g_free (self->acknowledged);
      self->acknowledged = g_steal_pointer (&acknowledged);
      g_hash_table_remove_all (self->rows);
      regimen_problem_list_clear (self->problems);
    }
  /* Before a frame has shown the panel, its first page holds the rows
   * that frame can show: none while the list changes, then those; the
   * figures under them (metrics, charts, the muscle table: about as
   * dear to lay out as ten rows) are left out of a frame they fill. */
  if (!self->drawn)
    regimen_problem_list_set_limit (self->problems, 0);
  regimen_problem_list_set (self->problems, checker, week);
  if (!self->drawn)
    {
      gboolean fills;

      regimen_problem_list_set_limit (self->problems, first_frame_rows (self, &fills));
      gtk_widget_set_visible (self->figures, !fills);
    }
  self->updating = FALSE;
  if (self->problems_changed)
    sync_problem_rows (self);
  drop_unused_rows (self);
  queue_prepare_adjacent_rows (self);

  gtk_widget_set_visible (GTK_WIDGET (self->problems_view), n > 0);
  gtk_widget_set_visible (self->hint_label, n > 0);
  gtk_widget_set_visible (self->all_clear_box, n == 0);

  /* At a week switch the figures under the problems, when the frame to
   * come does not show them (the problems above them fill the panel),
   * follow while the window is idle after it (prepare_adjacent_row()); an
   * edit or an undo shows its figures at once, as it may change nothing
   * else that is drawn. */
  self->figures_stale = TRUE;
  if (!switched || self->prepare_clock == NULL || figures_in_view (self))
    update_figures (self);
  else
    gdk_frame_clock_request_phase (self->prepare_clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

/**
 * regimen_check_panel_set_today:
 * @self: a #RegimenCheckPanel
 * @today: (nullable): the day that decides which weeks are over, or
 *   %NULL for the clock's
 *
 * Takes effect at the next regimen_check_panel_update().
 */
void
regimen_check_panel_set_today (RegimenCheckPanel *self,
                               const GDate       *today)
{
  g_return_if_fail (REGIMEN_IS_CHECK_PANEL (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  if (today != NULL)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);
}

/**
 * regimen_check_panel_is_day_stale:
 * @self: a #RegimenCheckPanel
 *
 * Returns: %TRUE when the panel's planned-against-done texts were worked
 *   out on another day than today (a window left open past midnight), so
 *   which weeks are over may have changed
 */
gboolean
regimen_check_panel_is_day_stale (RegimenCheckPanel *self)
{
  GDate today;

  g_return_val_if_fail (REGIMEN_IS_CHECK_PANEL (self), FALSE);

  if (!g_date_valid (&self->shown_today))
    return FALSE;

  get_today (self, &today);
  return g_date_compare (&today, &self->shown_today) != 0;
}
