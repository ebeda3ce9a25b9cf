/* bench-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A child of regimen-bench, in one of three modes:
 *
 * --regimen [PLAN [--check]], --bare: opens either Regimen's main window
 * (with PLAN opened in it, as `regimen PLAN` does) or a bare
 * AdwApplicationWindow,
 * and when the window has drawn its first frame (with PLAN: the first
 * frame that shows PLAN) prints its resident memory and exits. The parent
 * times it from spawn to that line, so both include process start-up
 * alike.
 *
 * --drop PLAN RUNS: opens PLAN in Regimen's main window (timing it to the
 * first frame) and runs RUNS rounds after one to warm up (fewer when a
 * round is so slow that RUNS would take too long). A round drops an
 * exercise on a day of the week shown, undoes it, shows the next week and
 * the previous one again, and scrolls the days down a page and back; each
 * is timed from the change to the end of the frame that shows it. Then it
 * times the drop's command on a copy of PLAN without a window. Last, it
 * moves on, a week at a time as Alt+Right does, through weeks the window
 * has not shown since it started (the rounds show only their week and the
 * next): as many switches as rounds after one to warm up, each timed the
 * same way, fewer when the plan has not that many weeks left. Then it
 * prints the medians.
 *
 * With --check after the other arguments, the window shows its check panel
 * from the start, as Ctrl+F9 does: at 1280 pixels it is folded away. The
 * drop's line also gives how many widgets the window shows (mapped). The
 * pointer rests off the window while the rounds run (park_pointer()).
 *
 * --probe: times Regimen's choice of renderer (probe_renderer()).
 *
 * The first-frame line also names the window's renderer and why Regimen
 * chose it.
 *
 * --floor WIDGETS RUNS: the frame floor. A bare AdwApplicationWindow of
 * the same size shows a header bar and seven columns of wrapping labels,
 * exercise names and prescriptions, until it shows WIDGETS widgets, and
 * scrolls them down a page and back RUNS times, as the drop's round does:
 * what a frame of that many widgets costs on this machine with nothing
 * laid out again. */

#define G_LOG_DOMAIN "regimen-bench-window"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>
#ifdef REGIMEN_BENCH_X11
#include <gdk/x11/gdkx.h>
#endif

#include "regimen-application.h"
#include "regimen-check-panel.h"
#include "regimen-renderer.h"
#include "regimen-window.h"

/* Seconds the drops may take in all before the child gives up. */
#define DROP_DEADLINE_SECONDS 600
/* When one round is slow, fewer runs keep the whole bench short. */
#define DROP_BUDGET_MS 15000.0
#define DROP_MIN_RUNS 3
/* The pause before each interaction, so it does not wait for a frame that
 * the clock paces after the previous one. */
#define DROP_PAUSE_MS 100
/* Wednesday: in the middle, with sessions on either side. */
#define DROP_DAY 2
#define DROP_EXERCISE "goblet-squat"

/* What one round does, each timed from the change to the end of the
 * frame that shows it: a drop, its undo, the next week and back, and the
 * days scrolled down by a page and back. */
typedef enum
{
  STEP_DROP,
  STEP_UNDO,
  STEP_NEXT_WEEK,
  STEP_PREVIOUS_WEEK,
  STEP_SCROLL_DOWN,
  STEP_SCROLL_UP,
  N_STEPS
} Step;

typedef enum
{
  DROP_STARTING,
  DROP_PAUSED,
  DROP_WAITING_FOR_FRAME,
} DropState;

typedef struct
{
  char            *plan_path;
  guint            runs;
  RegimenWindow   *window;
  RegimenPlan     *plan;
  RegimenExercise *exercise;
  DropState        state;
  /* Rounds begun (the first warms up) and the step within the round. */
  guint            done;
  Step             step;
  gint64           step_start;
  gint64           round_start;
  gint64           open_start;
  double           open_ms;
  double          *step_ms[N_STEPS];
  double          *command_ms;
  /* The rounds' figures, made before the switches to weeks not shown. */
  char            *rounds_line;
  /* Switches to weeks not shown: whether they have begun, how many are
   * done (the first, to the week the rounds showed, is not timed; the
   * second warms up) and how many are timed. */
  gboolean         unseen;
  guint            unseen_done;
  guint            unseen_runs;
  double          *unseen_ms;
} DropBench;

/* The floor window's texts: exercise names and prescriptions. */
static const char *const floor_texts[] = {
  "Kneeling Single-Arm Cable Row", "3 × 6 · 2-0-X-0 · 60 % 1RM · rest 3 min",
  "Push-Up", "3 × 4 · 3-0-1-1 · 63.5 % 1RM · rest 3 min",
  "Half-Kneeling Cable Chop", "2 × 35 s each side · rest 30 s",
  "Burpee", "9 × 20 s on / 50 s off",
  "1a Seated Dumbbell Shoulder Press", "4 × 4 · 2-1-1-0 · 58.5 % 1RM · rest 60 s",
};

typedef struct
{
  guint            widgets;
  guint            runs;
  GtkWidget       *window;
  GtkWidget       *columns[7];
  GtkAdjustment   *adjustment;
  guint            n_texts;
  /* Scrolls begun (the first round warms up); -1 while labels are added. */
  int              step;
  /* Whether a scroll waits for its frame: other frames do not count. */
  gboolean         scrolled;
  gint64           step_start;
  double          *ms[2];
} FloorBench;

static gboolean bare;
static gboolean show_check;
static FloorBench *floor_bench;
static DropBench *drop;
/* The plan the window opens at start-up, or NULL. */
static const char *open_plan;

static glong
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmRSS:");
  return line != NULL ? g_ascii_strtoll (line + 6, NULL, 10) : -1;
}

/* Whether a window of @app shows the plan it was asked to open: the
 * plan is read on a worker, so the first frames show an empty one. */
static gboolean
shows_open_plan (GApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (REGIMEN_IS_WINDOW (l->data) && regimen_window_get_file (l->data) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  if (open_plan != NULL && !shows_open_plan (app))
    return;

  /* The renderer last, and why Regimen chose it: the reason has spaces. */
  printf ("first-frame rss_kib=%ld renderer=%s why=%s\n", resident_kib (),
          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (gtk_application_get_windows (GTK_APPLICATION (app))->data))),
          bare ? "GTK's choice" : regimen_renderer_get_reason ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  g_application_quit (app);
}

/* The widgets @widget shows: itself and its mapped descendants, popovers
 * and other surfaces left out. */
static guint
count_mapped (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_mapped (child) && !GTK_IS_NATIVE (child))
        n += count_mapped (child);
    }

  return n;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

static RegimenPlan *
load_plan (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_file (file, NULL, &error);

  if (plan == NULL)
    g_error ("could not read %s: %s", path, error->message);

  return plan;
}

/* The same command as the drop, on a plan that no window shows, so only
 * the model's own work is timed. */
static double
time_bare_drops (void)
{
  g_autoptr(RegimenPlan) plan = load_plan (drop->plan_path);
  g_autofree double *ms = g_new (double, drop->runs);
  guint week = regimen_week_view_get_week (regimen_window_get_week_view (drop->window));

  for (guint i = 0; i <= drop->runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(RegimenSession) session = regimen_session_new_for_exercise (drop->exercise);

      if (!regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, week, DROP_DAY),
                                        G_MAXUINT, session))
        g_error ("the bare drop failed");

      /* The first one warms up. */
      if (i > 0)
        ms[i - 1] = (g_get_monotonic_time () - start) / 1000.0;

      regimen_plan_undo (plan);
    }

  return median (ms, drop->runs);
}

static gboolean
on_drop_deadline (gpointer user_data)
{
  g_error ("the drops did not finish within %d seconds", DROP_DEADLINE_SECONDS);

  return G_SOURCE_REMOVE;
}

/* The scroller of the week's days, the one a person scrolls most. */
static GtkAdjustment *
days_adjustment (void)
{
  RegimenWeekView *view = regimen_window_get_week_view (drop->window);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (regimen_week_view_get_day_column (view, DROP_DAY)),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  if (scroller == NULL || !gtk_widget_get_mapped (scroller))
    g_error ("the week's days are not shown in a scroller");

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static void
do_drop (void)
{
  RegimenWeekView *view = regimen_window_get_week_view (drop->window);
  RegimenDay *day = regimen_plan_get_day (drop->plan, regimen_week_view_get_week (view), DROP_DAY);
  guint n_sessions = regimen_day_get_n_sessions (day);

  /* What the day column reports for an exercise dropped on its free space;
   * the week view turns it into the plan command, and the window re-checks. */
  g_signal_emit_by_name (regimen_week_view_get_day_column (view, DROP_DAY),
                         "exercise-dropped", drop->exercise, NULL, 0u);

  if (drop->done > 0)
    drop->command_ms[drop->done - 1] = (g_get_monotonic_time () - drop->step_start) / 1000.0;

  if (regimen_day_get_n_sessions (day) != n_sessions + 1)
    g_error ("the drop did not add a session");
}

static void
do_scroll (double pages)
{
  GtkAdjustment *adjustment = days_adjustment ();
  double before = gtk_adjustment_get_value (adjustment);

  gtk_adjustment_set_value (adjustment, before + pages * gtk_adjustment_get_page_size (adjustment));

  /* Nothing to scroll would draw no frame to wait for. */
  if (gtk_adjustment_get_value (adjustment) == before)
    g_error ("the week has nothing to scroll");
}

static void
do_next_week (void)
{
  RegimenWeekView *view = regimen_window_get_week_view (drop->window);
  guint week = regimen_week_view_get_week (view);

  gtk_widget_activate_action (GTK_WIDGET (drop->window), "win.next-week", NULL);
  if (regimen_week_view_get_week (view) != week + 1)
    g_error ("win.next-week did not show the next week");
}

static gboolean
do_step (gpointer user_data)
{
  drop->state = DROP_WAITING_FOR_FRAME;
  drop->step_start = g_get_monotonic_time ();
  if (drop->unseen)
    {
      do_next_week ();
      return G_SOURCE_REMOVE;
    }
  if (drop->step == STEP_DROP)
    drop->round_start = drop->step_start;

  switch (drop->step)
    {
    case STEP_DROP:
      do_drop ();
      break;

    case STEP_UNDO:
      if (!regimen_plan_undo (drop->plan))
        g_error ("the drop could not be undone");
      break;

    case STEP_NEXT_WEEK:
      do_next_week ();
      break;

    case STEP_PREVIOUS_WEEK:
      gtk_widget_activate_action (GTK_WIDGET (drop->window), "win.previous-week", NULL);
      break;

    case STEP_SCROLL_DOWN:
      do_scroll (1);
      break;

    case STEP_SCROLL_UP:
    case N_STEPS:
    default:
      do_scroll (-1);
      break;
    }

  return G_SOURCE_REMOVE;
}

/* The rounds' figures, made when they end, on the week they showed. */
static void
finish_rounds (void)
{
  drop->rounds_line = g_strdup_printf ("drop runs=%u window_ms=%.3f command_ms=%.3f bare_ms=%.3f open_ms=%.3f"
                                       " undo_ms=%.3f week_ms=%.3f scroll_ms=%.3f widgets=%u",
                                       drop->runs,
                                       median (drop->step_ms[STEP_DROP], drop->runs),
                                       median (drop->command_ms, drop->runs),
                                       time_bare_drops (),
                                       drop->open_ms,
                                       median (drop->step_ms[STEP_UNDO], drop->runs),
                                       /* Both ways count: the slower of the two medians. */
                                       MAX (median (drop->step_ms[STEP_NEXT_WEEK], drop->runs),
                                            median (drop->step_ms[STEP_PREVIOUS_WEEK], drop->runs)),
                                       MAX (median (drop->step_ms[STEP_SCROLL_DOWN], drop->runs),
                                            median (drop->step_ms[STEP_SCROLL_UP], drop->runs)),
                                       count_mapped (GTK_WIDGET (drop->window)));
}

/* Begins the switches to weeks not shown: the rounds showed their week
 * and the next one, so the weeks after those two. */
static void
start_unseen (void)
{
  guint week = regimen_week_view_get_week (regimen_window_get_week_view (drop->window));
  guint n_weeks = regimen_plan_get_n_weeks (drop->plan);
  guint left = n_weeks > week + 2 ? n_weeks - week - 2 : 0;

  if (left < 2)
    g_error ("the plan has no weeks left that the window has not shown");

  drop->unseen = TRUE;
  drop->unseen_done = 0;
  drop->unseen_runs = MIN (drop->runs, left - 1);
  drop->unseen_ms = g_new (double, drop->unseen_runs);
}

static void
finish_drops (GApplication *app)
{
  /* Last: the parent takes each field's first occurrence, and
   * “unseen_runs=” ends in the rounds' “runs=”. */
  printf ("%s unseen_runs=%u unseen_ms=%.3f\n", drop->rounds_line,
          drop->unseen_runs, median (drop->unseen_ms, drop->unseen_runs));
  fflush (stdout);
  g_application_quit (app);
}

static void
on_drop_after_paint (GdkFrameClock *clock,
                     GApplication  *app)
{
  gint64 now = g_get_monotonic_time ();

  switch (drop->state)
    {
    case DROP_STARTING:
      drop->open_ms = (now - drop->open_start) / 1000.0;
      drop->state = DROP_PAUSED;
      drop->step = STEP_DROP;
      g_timeout_add (DROP_PAUSE_MS, do_step, NULL);
      break;

    case DROP_WAITING_FOR_FRAME:
      if (drop->unseen)
        {
          /* The first switch shows the week the rounds showed, the second
           * warms up. */
          if (drop->unseen_done >= 2)
            drop->unseen_ms[drop->unseen_done - 2] = (now - drop->step_start) / 1000.0;
          drop->unseen_done++;
          drop->state = DROP_PAUSED;
          if (drop->unseen_done == drop->unseen_runs + 2)
            {
              g_signal_handlers_disconnect_by_func (clock, on_drop_after_paint, app);
              finish_drops (app);
            }
          else
            {
              g_timeout_add (DROP_PAUSE_MS, do_step, NULL);
            }
          break;
        }

      if (drop->done > 0)
        drop->step_ms[drop->step][drop->done - 1] = (now - drop->step_start) / 1000.0;

      drop->state = DROP_PAUSED;
      drop->step++;
      if (drop->step == N_STEPS)
        {
          /* The warm-up round says how many rounds fit in the budget. */
          if (drop->done == 0)
            drop->runs = MIN (drop->runs,
                              MAX ((guint) (DROP_BUDGET_MS / ((now - drop->round_start) / 1000.0
                                                              + N_STEPS * DROP_PAUSE_MS)),
                                   DROP_MIN_RUNS));
          drop->done++;
          drop->step = STEP_DROP;
          if (drop->done > drop->runs)
            {
              finish_rounds ();
              start_unseen ();
            }
        }

      /* Not from inside the frame: the next step changes the widgets again. */
      g_timeout_add (DROP_PAUSE_MS, do_step, NULL);
      break;

    case DROP_PAUSED:
    default:
      break;
    }
}

static void
add_floor_labels (guint n)
{
  for (guint i = 0; i < n; i++, floor_bench->n_texts++)
    {
      guint t = floor_bench->n_texts;
      GtkWidget *label = gtk_label_new (floor_texts[t % G_N_ELEMENTS (floor_texts)]);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 8);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* Names in bold, prescriptions small and dim, as on the cards:
       * dimmed by their colour, as the item rows' are (style.css), not
       * by dim-label's opacity, which GTK 4.8's GL renderer draws
       * offscreen and the window no longer pays for. */
      gtk_widget_add_css_class (label, t % 2 ? "caption" : "heading");
      if (t % 2)
        gtk_widget_add_css_class (label, "floor-dim");
      gtk_box_append (GTK_BOX (floor_bench->columns[(t / 2) % G_N_ELEMENTS (floor_bench->columns)]), label);
    }
}

static gboolean
do_floor_scroll (gpointer user_data)
{
  double page = gtk_adjustment_get_page_size (floor_bench->adjustment);

  floor_bench->step_start = g_get_monotonic_time ();
  floor_bench->scrolled = TRUE;
  gtk_adjustment_set_value (floor_bench->adjustment, floor_bench->step % 2 ? 0 : page);

  return G_SOURCE_REMOVE;
}

static void
on_floor_after_paint (GdkFrameClock *clock,
                      GApplication  *app)
{
  gint64 now = g_get_monotonic_time ();
  guint shown;


  if (floor_bench->step < 0)
    {
      /* Labels until the window shows as many widgets as Regimen's. */
      shown = count_mapped (floor_bench->window);
      if (shown < floor_bench->widgets)
        {
          add_floor_labels (floor_bench->widgets - shown);
          return;
        }
      if (gtk_adjustment_get_upper (floor_bench->adjustment)
          < 2 * gtk_adjustment_get_page_size (floor_bench->adjustment))
        g_error ("the floor window has nothing to scroll");
    }
  else if (!floor_bench->scrolled)
    {
      return;
    }
  else
    {
      guint round = floor_bench->step / 2;

      floor_bench->scrolled = FALSE;

      if (round > 0)
        floor_bench->ms[floor_bench->step % 2][round - 1] = (now - floor_bench->step_start) / 1000.0;
    }

  floor_bench->step++;
  if ((guint) floor_bench->step == 2 * (floor_bench->runs + 1))
    {
      g_signal_handlers_disconnect_by_func (clock, on_floor_after_paint, app);
      printf ("floor runs=%u scroll_ms=%.3f widgets=%u\n",
              floor_bench->runs,
              MAX (median (floor_bench->ms[0], floor_bench->runs), median (floor_bench->ms[1], floor_bench->runs)),
              count_mapped (floor_bench->window));
      fflush (stdout);
      g_application_quit (app);
      return;
    }

  /* Not from inside the frame, and not paced by the one before. */
  g_timeout_add (DROP_PAUSE_MS, do_floor_scroll, NULL);
}

static void
on_floor_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *days = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  floor_bench->window = window;
  gtk_css_provider_load_from_data (provider, ".floor-dim { color: alpha(currentColor, 0.55); }", -1);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (window), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_set_homogeneous (GTK_BOX (days), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (floor_bench->columns); i++)
    {
      floor_bench->columns[i] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_box_append (GTK_BOX (days), floor_bench->columns[i]);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), days);
  gtk_box_append (GTK_BOX (content), scroller);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), content);
  floor_bench->adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  /* A first guess; the first frames add what is missing. */
  add_floor_labels (floor_bench->widgets / 2);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

/* Moves the pointer off @window for the rounds, as when a person works
 * from the keyboard. Xvfb starts it in the middle of the screen, over
 * whatever the window's layout puts there: with the check panel folded
 * away, an item row, whose tooltip a week switch opens again; under GTK's
 * cairo renderer the tooltip's own small frame lets cairo destroy the
 * X server's shared memory that the window's frames use, and the next
 * large frame (the scroll down after a switch) makes 32 MB of it anew. The
 * figures then timed where the pointer happened to be, which differs
 * between the two layouts (docs/benchmarks.md, “The pointer off the
 * window”). */
static void
park_pointer (GtkWidget *window)
{
#ifdef REGIMEN_BENCH_X11
  GdkDisplay *display = gtk_widget_get_display (window);
  Display *xdisplay;
  Window root, child;
  int screen, root_x, root_y, x, y;
  unsigned int mask;

  if (!GDK_IS_X11_DISPLAY (display))
    return;

  /* The screen's bottom right corner: without a window manager the window
   * is placed at the top left, and it is shorter than the screen. */
  xdisplay = gdk_x11_display_get_xdisplay (display);
  screen = DefaultScreen (xdisplay);
  XWarpPointer (xdisplay, None, RootWindow (xdisplay, screen), 0, 0, 0, 0,
                DisplayWidth (xdisplay, screen) - 1, DisplayHeight (xdisplay, screen) - 1);

  /* The top-level window under the pointer now, if any. */
  XQueryPointer (xdisplay, RootWindow (xdisplay, screen), &root, &child, &root_x, &root_y, &x, &y, &mask);
  if (child == gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))))
    g_error ("the pointer could not be moved off the window: its tooltips would be timed too");
#endif
}

static GtkWidget *
find_check_panel (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = REGIMEN_IS_CHECK_PANEL (child) ? child : find_check_panel (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
on_window_map (GtkWidget    *window,
               GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (show_check && REGIMEN_IS_WINDOW (window))
    {
      GtkWidget *panel = find_check_panel (window);

      if (panel == NULL)
        g_error ("the window has no check panel");
      if (!adw_flap_get_reveal_flap (ADW_FLAP (gtk_widget_get_ancestor (panel, ADW_TYPE_FLAP))))
        gtk_widget_activate_action (window, "win.toggle-check", NULL);
    }

  if (drop != NULL)
    park_pointer (window);

  if (floor_bench != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_floor_after_paint), app);
  else if (drop != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_drop_after_paint), app);
  else
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), app);
}

/* After the application's own activate, which opened the window. The
 * application activates twice: first while it reads the person's
 * exercises on a worker, when it defers the window, then again once they
 * are read. Only the second has a window to open the plan in. */
static void
on_drop_activate (GtkApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (app);

  if (drop->window != NULL || !REGIMEN_IS_WINDOW (window))
    return;

  drop->window = REGIMEN_WINDOW (window);
  drop->open_start = g_get_monotonic_time ();
  regimen_window_set_plan (drop->window, drop->plan, NULL);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_connect (window, "map", G_CALLBACK (on_window_map), app);
}

static void
on_bare_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

/* --probe: what Regimen's choice of renderer costs at start, in a process
 * that has opened its display as the application's startup has: GL made
 * ready (which GTK's GL renderer does anyway, and X11 already did at the
 * display's opening), the choice itself, and asking GL for GL_RENDERER
 * through a context of Regimen's, which the choice does where a GPU's
 * device can be reached (whatever it found here). */
static int
probe_renderer (void)
{
  GdkDisplay *display;
  g_autofree char *gl_renderer = NULL;
  gint64 start, prepared, chosen;

  gtk_init ();
  adw_init ();
  display = gdk_display_get_default ();
  start = g_get_monotonic_time ();
  gdk_display_prepare_gl (display, NULL);
  prepared = g_get_monotonic_time ();
  regimen_renderer_choose_for_display (display);
  chosen = g_get_monotonic_time ();
  gl_renderer = regimen_renderer_query_gl_renderer (display);
  printf ("probe prepare_ms=%.3f choose_ms=%.3f query_ms=%.3f why=%s\n",
          (prepared - start) / 1000.0, (chosen - prepared) / 1000.0,
          (g_get_monotonic_time () - chosen) / 1000.0, regimen_renderer_get_reason ());

  return EXIT_SUCCESS;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GApplication) app = NULL;
  DropBench drop_bench = { NULL, };
  FloorBench floor = { 0, };
  int status;

  if (argc > 1 && g_str_equal (argv[1], "--probe"))
    return probe_renderer ();

  if (argc > 1 && g_str_equal (argv[1], "--floor"))
    {
      if (argc != 4)
        {
          fprintf (stderr, "usage: %s --floor WIDGETS RUNS\n", argv[0]);
          return EXIT_FAILURE;
        }

      floor_bench = &floor;
      floor.widgets = MAX (1, atoi (argv[2]));
      floor.runs = MAX (1, atoi (argv[3]));
      floor.step = -1;
      floor.ms[0] = g_new (double, floor.runs);
      floor.ms[1] = g_new (double, floor.runs);
      g_timeout_add_seconds (DROP_DEADLINE_SECONDS, on_drop_deadline, NULL);
      argc = 1;
    }

  bare = floor_bench != NULL || (argc > 1 && g_str_equal (argv[1], "--bare"));
  show_check = argc > 3 && g_str_equal (argv[argc - 1], "--check");
  if (show_check)
    argc--;
  if (argc == 3 && g_str_equal (argv[1], "--regimen"))
    open_plan = argv[2];
  /* Regimen's window starts as main() starts it, before any thread; the
   * bare window as GTK would. */
  if (!bare)
    regimen_renderer_skip_gl ();

  if (argc > 1 && g_str_equal (argv[1], "--drop"))
    {
      if (argc != 4)
        {
          fprintf (stderr, "usage: %s --drop PLAN RUNS [--check]\n", argv[0]);
          return EXIT_FAILURE;
        }

      drop = &drop_bench;
      drop->state = DROP_STARTING;
      drop->plan_path = argv[2];
      drop->runs = MAX (1, atoi (argv[3]));
      drop->plan = load_plan (drop->plan_path);
      drop->exercise = regimen_library_lookup (regimen_library_get_default (), DROP_EXERCISE);
      for (guint step = 0; step < N_STEPS; step++)
        drop->step_ms[step] = g_new (double, drop->runs);
      drop->command_ms = g_new (double, drop->runs);
      if (drop->exercise == NULL)
        g_error ("the library has no exercise “%s”", DROP_EXERCISE);
      g_timeout_add_seconds (DROP_DEADLINE_SECONDS, on_drop_deadline, NULL);
    }

  if (bare)
    app = G_APPLICATION (adw_application_new ("io.github.regimen.Bench", G_APPLICATION_NON_UNIQUE));
  else
    app = G_APPLICATION (regimen_application_new ());

  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  if (floor_bench != NULL)
    g_signal_connect (app, "activate", G_CALLBACK (on_floor_activate), NULL);
  else if (bare)
    g_signal_connect (app, "activate", G_CALLBACK (on_bare_activate), NULL);
  if (drop != NULL)
    g_signal_connect_after (app, "activate", G_CALLBACK (on_drop_activate), NULL);

  if (open_plan != NULL)
    {
      char *open_argv[] = { argv[0], (char *) open_plan, NULL };

      status = g_application_run (app, 2, open_argv);
    }
  else
    {
      status = g_application_run (app, 1, argv);
    }

  g_clear_pointer (&floor.ms[0], g_free);
  g_clear_pointer (&floor.ms[1], g_free);

  if (drop != NULL)
    {
      g_clear_object (&drop->plan);
      for (guint step = 0; step < N_STEPS; step++)
        g_clear_pointer (&drop->step_ms[step], g_free);
      g_clear_pointer (&drop->command_ms, g_free);
      g_clear_pointer (&drop->rounds_line, g_free);
      g_clear_pointer (&drop->unseen_ms, g_free);
    }

  return status;
}
