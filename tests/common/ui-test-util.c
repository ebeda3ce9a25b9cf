/* ui-test-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-ui-test"

#include "config.h"

#include <execinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "regimen-check-panel.h"
#include "regimen-item-row.h"
#include "regimen-log-form.h"
#include "regimen-session-card.h"
#include "ui-test-util.h"

/* GTK 4.8's tooltip timer can fire after the window it was started for
 * has lost its surface (a test closes a window or a popover while the
 * pointer rests on one of its widgets), and then gtk_tooltip_show_tooltip()
 * asks that gone surface where the pointer is and which widget is there:
 * a Gdk-CRITICAL and, right after it, a Gtk-CRITICAL, harmless, and timed
 * by the machine's load. Every other warning and critical stays fatal. */
gboolean
ui_test_log_is_fatal (const char     *log_domain,
                      GLogLevelFlags  log_level,
                      const char     *message,
                      gpointer        user_data)
{
  if (g_strcmp0 (log_domain, "Gdk") == 0 &&
      (log_level & G_LOG_LEVEL_CRITICAL) != 0 &&
      message != NULL &&
      g_str_has_prefix (message, "gdk_surface_get_device_position: assertion"))
    return FALSE;
  if (g_strcmp0 (log_domain, "Gtk") == 0 &&
      (log_level & G_LOG_LEVEL_CRITICAL) != 0 &&
      g_strcmp0 (message, "_gtk_widget_find_at_coords: assertion 'GDK_IS_SURFACE (surface)' failed") == 0)
    return FALSE;

  return TRUE;
}

/* GLib resets the fatal-log handler when each test case starts, so the
 * helpers every test goes through (opening a window, turning the main
 * loop) set it again. */
static void
forgive_known_gtk_critical (void)
{
  g_test_log_set_fatal_handler (ui_test_log_is_fatal, NULL);
}

/* GDK's and GTK's log handler: the forgiven criticals become TAP comments
 * (the default handler would print them as "Bail out!", which ends the
 * test for the test runner even though the program goes on); everything
 * else is logged as GLib logs it. */
static void
log_gdk (const char     *log_domain,
         GLogLevelFlags  log_level,
         const char     *message,
         gpointer        user_data)
{
  if (!ui_test_log_is_fatal (log_domain, log_level, message, NULL))
    g_test_message ("GTK 4.8's tooltip critical for a window already gone, not counted: %s", message);
  else
    g_log_default_handler (log_domain, log_level, message, NULL);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  forgive_known_gtk_critical ();
}

/* Under AddressSanitizer its runtime prints a symbolised stack. */
void __sanitizer_print_stack_trace (void) __attribute__ ((weak));

/* How long a test program runs before it says where its main thread is,
 * and how often after that. */
#define STUCK_SECONDS 100
#define STUCK_AGAIN_SECONDS 60

static pthread_t main_thread;

static void
say (const char *text)
{
  if (write (STDERR_FILENO, text, strlen (text)) < 0)
    {
      /* Nothing more can be said. */
    }
}

/* On the main thread, which owns the case's name: the name, then the
 * stack. */
static void
on_say_stack (int signum)
{
  const char *path = g_test_get_path ();
  void *frames[64];
  int n;

  say ("\n# Still running after a long time, in ");
  say (path != NULL ? path : "(no case)");
  say ("; the main thread is at:\n");
  if (__sanitizer_print_stack_trace != NULL)
    __sanitizer_print_stack_trace ();
  else
    {
      n = backtrace (frames, G_N_ELEMENTS (frames));
      backtrace_symbols_fd (frames, n, STDERR_FILENO);
    }
}

/* Shows @window, waits for its first frame, then gives it @plan and
 * waits until its week's rows are there: a plan shown in a window drawn
 * once already, as one opened from the start screen. */
void
ui_test_present_with_plan (RegimenWindow *window,
                           RegimenPlan   *plan)
{
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  ui_test_wait_for_frames (GTK_WIDGET (window), 1);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_iterate_until_idle ();
  ui_test_wait_for_rows (window);
}

/* A wait that never ends on a loaded CI machine (a loop turning the main
 * loop until something happens) ran until the test runner's time limit
 * and was ended with SIGTERM, which the application takes as its own
 * end signal: nothing said where it was. STUCK_SECONDS after the program
 * started, and every STUCK_AGAIN_SECONDS after, the main thread says the
 * case it is in and its stack on standard error, which the runner shows
 * for a test that failed. Only said, never failed on: a slow run is not a
 * wrong one. */
static gpointer
watch_for_stuck (gpointer data)
{
  guint waited = STUCK_SECONDS;

  for (;;)
    {
      g_usleep ((gulong) waited * G_USEC_PER_SEC);
      pthread_kill (main_thread, SIGUSR2);
      waited = STUCK_AGAIN_SECONDS;
    }

  return NULL;
}

static void __attribute__ ((constructor))
start_watching_for_stuck (void)
{
  void *frame;
  sigset_t all;
  sigset_t before;

  main_thread = pthread_self ();
  /* backtrace() loads its unwinder on its first call, which allocates:
   * done here, not in the handler, where the main thread may be inside
   * malloc(). */
  backtrace (&frame, 1);
  signal (SIGUSR2, on_say_stack);

  /* The watcher takes none of the process's signals (the application's
   * end signals among them): it is made with all of them blocked. */
  sigfillset (&all);
  pthread_sigmask (SIG_BLOCK, &all, &before);
  g_thread_unref (g_thread_new ("stuck-watch", watch_for_stuck, NULL));
  pthread_sigmask (SIG_SETMASK, &before, NULL);
}

gint64
ui_test_wait_usec (void)
{
  if (g_strcmp0 (g_getenv ("REGIMEN_TEST_FAIL_FAST"), "1") == 0)
    return 15 * G_USEC_PER_SEC;

  return 60 * G_USEC_PER_SEC;
}

RegimenApplication *
ui_test_init (int    *argc,
              char ***argv,
              char  **data_home)
{
  g_autoptr(GError) error = NULL;
  /* A test's own process (g_test_trap_subprocess()) may be given the
   * parent's folder, which the parent reads once the child has ended. */
  const char *given = g_getenv ("UI_TEST_DATA_HOME");
  g_autofree char *folder = given != NULL ? g_strdup (given) : ui_test_make_tmp_dir ();
  RegimenApplication *app;

  g_assert_nonnull (folder);
  g_setenv ("XDG_DATA_HOME", folder, TRUE);
  gtk_test_init (argc, argv, NULL);
  forgive_known_gtk_critical ();
  g_log_set_handler ("Gdk", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, log_gdk, NULL);
  g_log_set_handler ("Gtk", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, log_gdk, NULL);

  app = regimen_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  if (data_home != NULL)
    *data_home = g_steal_pointer (&folder);

  return app;
}

void
ui_test_iterate_until_idle (void)
{
  forgive_known_gtk_critical ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
ui_test_wait_a_moment (void)
{
  gboolean timed_out = FALSE;

  forgive_known_gtk_critical ();
  g_timeout_add (400, on_timeout, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

void
ui_test_wait_for_frames (GtkWidget *widget,
                         guint      n)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  forgive_known_gtk_critical ();
  gtk_widget_queue_draw (widget);
  while (frames < n)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
}

RegimenWindow *
ui_test_open_window (RegimenApplication *app)
{
  RegimenWindow *window = regimen_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  /* Mapped is not laid out: until its first frame every widget has no
   * size, and an idle main loop does not mean that frame has come (on a
   * loaded machine it comes later). */
  ui_test_wait_for_frames (GTK_WIDGET (window), 1);
  ui_test_iterate_until_idle ();

  return window;
}

RegimenWindow *
ui_test_open_wide_window (RegimenApplication *app)
{
  RegimenWindow *window = regimen_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  ui_test_wait_for_frames (GTK_WIDGET (window), 1);
  ui_test_wait_a_moment ();

  return window;
}

void
ui_test_wait_for_rows (RegimenWindow *window)
{
  /* A plan shown in a window already drawn builds its cards' rows in the
   * next frame's layout, those above the fold, and the rest in slices
   * after it (issue 20): the frame first, then every slice. A window not
   * shown yet builds them after its first frame, which the test waits
   * for itself. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    return;
  ui_test_wait_for_frames (GTK_WIDGET (window), 1);
  while (regimen_session_card_get_rows_pending ())
    g_main_context_iteration (NULL, TRUE);
  /* The rows above the fold are built during that frame's layout and
   * the rest after it, so their parents may ask for another frame: it
   * comes here, not in the middle of what the test does next (once in a
   * loaded suite run a frame came during the print whose cairo pictures
   * are made to fail, in hostile-34-window, and failed). */
  ui_test_wait_for_frames (GTK_WIDGET (window), 1);
  ui_test_iterate_until_idle ();
}

RegimenWindow *
ui_test_open_window_with_plan (RegimenApplication *app,
                               RegimenPlan        *plan,
                               GFile              *file)
{
  RegimenWindow *window = ui_test_open_window (app);

  regimen_window_set_plan (window, plan, file);
  ui_test_iterate_until_idle ();
  ui_test_wait_for_rows (window);

  return window;
}

RegimenWindow *
ui_test_open_window_with_full_monday (RegimenApplication *app,
                                      RegimenPlan        *plan,
                                      UiTestMondayFill    fill)
{
  RegimenDay *monday = regimen_plan_get_day (plan, 0, 0);
  RegimenSession *session = regimen_day_get_session (monday, 0);
  RegimenWindow *window;

  if (fill == UI_TEST_MONDAY_FULL_OF_SESSIONS)
    while (regimen_day_get_n_sessions (monday) < REGIMEN_DAY_MAX_SESSIONS)
      {
        g_autoptr(RegimenSession) more = regimen_session_copy (session);

        g_assert_true (regimen_plan_add_session_to (plan, monday, G_MAXUINT, more));
      }
  else if (fill == UI_TEST_MONDAY_FULL_OF_EXERCISES)
    while (regimen_session_get_n_items (session) < REGIMEN_SESSION_MAX_ITEMS)
      {
        g_autoptr(RegimenItem) item = regimen_item_new ("burpee");

        g_assert_true (regimen_plan_add_item_to (plan, session, G_MAXUINT, item));
      }

  window = regimen_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  ui_test_present_with_plan (window, plan);

  return window;
}

static void
on_document_loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Another program writes @text to @path, and the person answers the
 * window's “Changed on Disk” with Reload: turns the main loop until the
 * window shows the file's plan, which it returns. */
RegimenPlan *
ui_test_reload_changed_file (RegimenWindow *window,
                             const char    *path,
                             const char    *text)
{
  RegimenPlan *before = regimen_window_get_plan (window);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gint64 deadline;

  /* A later modification time than the file read. */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Changed on Disk"));
  adw_message_dialog_response (dialog, "reload");
  gtk_window_destroy (GTK_WINDOW (dialog));
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (regimen_window_get_plan (window) == before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (regimen_window_get_plan (window) != before);
  ui_test_iterate_until_idle ();

  return regimen_window_get_plan (window);
}

RegimenPlan *
ui_test_show_file (RegimenWindow *window,
                   GFile         *file)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  regimen_document_load_async (file, NULL, on_document_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  document = regimen_document_load_finish (result, &error);
  g_assert_no_error (error);
  regimen_window_set_document (window, document);
  ui_test_iterate_until_idle ();
  ui_test_wait_for_rows (window);

  return regimen_document_get_plan (document);
}

void
ui_test_reveal_check_panel (RegimenWindow *window)
{
  GtkWidget *panel = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_CHECK_PANEL);
  AdwFlap *flap;

  g_assert_nonnull (panel);
  flap = ADW_FLAP (gtk_widget_get_ancestor (panel, ADW_TYPE_FLAP));
  if (!adw_flap_get_reveal_flap (flap))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-check", NULL));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  ui_test_wait_for_frames (GTK_WIDGET (window), 2);
  ui_test_iterate_until_idle ();
}

static void
collect (GtkWidget *widget,
         GType      type,
         gboolean   visible_only,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (!visible_only || gtk_widget_get_visible (child)))
        g_ptr_array_add (found, child);
      collect (child, type, visible_only, found);
    }
}

void
ui_test_collect (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  collect (widget, type, FALSE, found);
}

void
ui_test_collect_visible (GtkWidget *widget,
                         GType      type,
                         GPtrArray *found)
{
  collect (widget, type, TRUE, found);
}

/* Counts the outset shadows in @node's tree, and in @blurred those drawn
 * with a blur. */
static guint
count_node_shadows (GskRenderNode *node,
                    guint         *blurred)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);
  guint n = 0;

  if (type == GSK_CONTAINER_NODE)
    for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
      n += count_node_shadows (gsk_container_node_get_child (node, i), blurred);
  else if (type == GSK_CLIP_NODE)
    n = count_node_shadows (gsk_clip_node_get_child (node), blurred);
  else if (type == GSK_ROUNDED_CLIP_NODE)
    n = count_node_shadows (gsk_rounded_clip_node_get_child (node), blurred);
  else if (type == GSK_TRANSFORM_NODE)
    n = count_node_shadows (gsk_transform_node_get_child (node), blurred);
  else if (type == GSK_OPACITY_NODE)
    n = count_node_shadows (gsk_opacity_node_get_child (node), blurred);
  else if (type == GSK_DEBUG_NODE)
    n = count_node_shadows (gsk_debug_node_get_child (node), blurred);
  else if (type == GSK_OUTSET_SHADOW_NODE)
    {
      n = 1;
      if (gsk_outset_shadow_node_get_blur_radius (node) > 0)
        (*blurred)++;
    }

  return n;
}

guint
ui_test_count_outset_shadows (GtkWidget *widget,
                              guint     *blurred)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);

  return count_node_shadows (node, blurred);
}

gpointer
ui_test_find_first (GtkWidget *widget,
                    GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = ui_test_find_first (child, type)) != NULL)
        return found;
    }

  return NULL;
}

GtkWindow *
ui_test_find_toplevel (GType      type,
                       GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window))
          && (transient_for == NULL || gtk_window_get_transient_for (window) == transient_for))
        return window;
    }

  return NULL;
}

GtkWindow *
ui_test_wait_for_toplevel (GType      type,
                           GtkWindow *transient_for)
{
  gint64 deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  GtkWindow *found = NULL;

  forgive_known_gtk_critical ();
  while ((found = ui_test_find_toplevel (type, transient_for)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return found;
}

AdwMessageDialog *
ui_test_find_dialog (GtkWindow *parent)
{
  g_assert_nonnull (parent);

  return (AdwMessageDialog *) ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, parent);
}

AdwMessageDialog *
ui_test_wait_for_dialog (GtkWindow *parent)
{
  g_assert_nonnull (parent);

  return (AdwMessageDialog *) ui_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, parent);
}

/* The accessible label of @widget, or %NULL. GTK 4.8 has no getter:
 * gtk_test_accessible_check_property() returns the value it finds when
 * that is not the one asked for, and no label is "\x01". */
static char *
accessible_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;

  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

typedef struct
{
  GtkWidget  *widget;
  const char *at;
} Labeller;

static int
compare_labellers (gconstpointer a,
                   gconstpointer b)
{
  const Labeller *first = a;
  const Labeller *second = b;

  return first->at < second->at ? -1 : first->at > second->at;
}

static void
find_labellers (GtkWidget  *widget,
                const char *printed,
                GArray     *labellers)
{
  g_autofree char *token = g_strdup_printf ("%s<%p>", G_OBJECT_TYPE_NAME (widget), (gpointer) widget);
  const char *at = strstr (printed, token);

  if (at != NULL)
    g_array_append_val (labellers, ((Labeller) { widget, at }));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_labellers (child, printed, labellers);
}

/* The widgets below @root that label @widget, in the relation's order.
 * The relation's value as text lists each as "Type<address>". */
static GArray *
labelled_by (GtkWidget *root,
             GtkWidget *widget)
{
  GArray *labellers = g_array_new (FALSE, FALSE, sizeof (Labeller));
  g_autofree char *printed = NULL;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return labellers;
  printed = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                NULL);
  if (printed != NULL)
    find_labellers (root, printed, labellers);
  g_array_sort (labellers, compare_labellers);

  return labellers;
}

char *
ui_test_accessible_name (GtkWidget *root,
                         GtkWidget *widget)
{
  g_autoptr(GString) name = g_string_new (accessible_label (widget));
  g_autoptr(GArray) labellers = labelled_by (root, widget);

  for (guint i = 0; i < labellers->len; i++)
    {
      g_autofree char *label = accessible_label (g_array_index (labellers, Labeller, i).widget);

      if (label == NULL)
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, label);
    }

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static gpointer
find_named (GtkWidget  *root,
            GtkWidget  *widget,
            GType       type,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          g_autofree char *child_name = ui_test_accessible_name (root, child);

          if (g_str_equal (child_name, name))
            return child;
        }
      if ((found = find_named (root, child, type, name)) != NULL)
        return found;
    }

  return NULL;
}

gpointer
ui_test_find_named (GtkWidget  *root,
                    GType       type,
                    const char *name)
{
  return find_named (root, root, type, name);
}

/* Whether @name says a word, or a run of words, twice in a row. */
static gboolean
repeats_itself (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " ", -1);
  guint n = g_strv_length (words);

  for (guint run = 1; run <= n / 2; run++)
    for (guint start = 0; start + 2 * run <= n; start++)
      {
        gboolean same = TRUE;

        for (guint i = 0; i < run && same; i++)
          same = words[start + i][0] != '\0' && g_str_equal (words[start + i], words[start + run + i]);
        if (same)
          return TRUE;
      }

  return FALSE;
}

/* Whether @widget is a control a person acts on through its role: a
 * screen reader says its name, and GTK 4.8 gives AT-SPI the widget's
 * type ("GtkExpander") when it has none. */
static gboolean
is_control (GtkWidget *widget)
{
  switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
check_names (GtkWidget *root,
             GtkWidget *widget,
             GString   *problems)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GArray) labellers = NULL;
      gboolean labelled = FALSE;

      /* Hidden widgets are not given to assistive technologies. */
      if (!gtk_widget_get_visible (child))
        continue;
      name = ui_test_accessible_name (root, child);
      label = accessible_label (child);
      labellers = labelled_by (root, child);

      for (guint i = 0; i < labellers->len && !labelled; i++)
        {
          g_autofree char *text = accessible_label (g_array_index (labellers, Labeller, i).widget);

          labelled = text != NULL && text[0] != '\0';
        }
      if (label != NULL && label[0] != '\0' && labelled)
        g_string_append_printf (problems, "%s “%s”: an accessible label and a labelling widget\n",
                                G_OBJECT_TYPE_NAME (child), name);
      /* A control a person cannot reach (the search of a preferences
       * window with search off, folded away) is left out. The button GTK
       * 4.8 puts inside a drop-down, which takes its focus, is not: it
       * was skipped, and a screen reader said “GtkToggleButton” of it. */
      else if (name[0] == '\0' && is_control (child) && gtk_widget_get_mapped (child))
        g_string_append_printf (problems, "%s in a %s: a control without a name\n", G_OBJECT_TYPE_NAME (child),
                                G_OBJECT_TYPE_NAME (widget));
      else if (strchr (name, '_') != NULL)
        g_string_append_printf (problems, "%s “%s”: a mnemonic's underscore\n", G_OBJECT_TYPE_NAME (child), name);
      else if (repeats_itself (name))
        g_string_append_printf (problems, "%s “%s”: says a word twice\n", G_OBJECT_TYPE_NAME (child), name);
      check_names (root, child, problems);
    }
}

void
ui_test_assert_names_said_once (GtkWidget *root)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  check_names (root, root, problems);
  if (problems->len > 0)
    {
      g_test_message ("accessible names said twice in a %s:\n%s", G_OBJECT_TYPE_NAME (root), problems->str);
      g_test_fail ();
    }
}

void
ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* A folder a test made read-only (a folder a save cannot write to)
   * is emptied all the same; a link is removed, never followed. */
  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        ui_test_remove_tree (child);
      else
        g_remove (child);
    }

  g_rmdir (path);
}

/* The folders ui_test_make_tmp_dir() made, removed at exit. */
static GPtrArray *tmp_dirs;

static gboolean
remove_tmp_dirs_once (void)
{
  gboolean any = FALSE;

  for (guint i = 0; i < tmp_dirs->len; i++)
    if (g_file_test (g_ptr_array_index (tmp_dirs, i), G_FILE_TEST_EXISTS))
      {
        ui_test_remove_tree (g_ptr_array_index (tmp_dirs, i));
        any = TRUE;
      }

  return any;
}

static void
remove_tmp_dirs (void)
{
  /* A working copy a window's last edit started writing may still be on
   * its worker when the program ends, and its write makes the data
   * folder again (the folders, without the copy, were left once under
   * ASan): removed again, a few times, until it stays away. */
  remove_tmp_dirs_once ();
  for (guint quiet = 0, tries = 0; quiet < 3 && tries < 50; tries++)
    {
      g_usleep (20 * G_TIME_SPAN_MILLISECOND);
      quiet = remove_tmp_dirs_once () ? 0 : quiet + 1;
    }
  g_clear_pointer (&tmp_dirs, g_ptr_array_unref);
}

/* Each run left its folders in /tmp (the data folder of every test
 * program, each test's scratch folder): thousands of them made GTK's
 * file chooser, which lists the folder a name is completed in, hang
 * 40 s under ASan. */
char *
ui_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (NULL, &error);

  g_assert_no_error (error);
  if (tmp_dirs == NULL)
    {
      tmp_dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_tmp_dirs);
    }
  g_ptr_array_add (tmp_dirs, g_strdup (dir));

  return dir;
}

typedef struct
{
  guint    keyval;
  gboolean seen;
} KeyWatch;

static gboolean
on_watched_key_pressed (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        KeyWatch              *watch)
{
  if (keyval == watch->keyval)
    watch->seen = TRUE;
  return FALSE;
}

/**
 * ui_test_press_key:
 * @widget: a widget in a shown window
 * @keyval: the key, such as %GDK_KEY_Escape
 *
 * The key pressed and released through the X server, as a keyboard
 * sends it: GTK reads it from the display as it reads a person's, with
 * its input methods, shortcuts and the focus widget's controllers
 * (gtk_widget_activate() and signals emitted by hand skip them). The
 * window of @widget is given the input focus first (Xvfb runs no window
 * manager). Returns when @widget has seen the key pressed (before its
 * own handlers, which may stop it) and the main loop is idle again, or
 * fails the test after ten seconds.
 */
void
ui_test_press_key (GtkWidget *widget,
                   guint      keyval)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (root));
  GdkDisplay *display = gtk_widget_get_display (widget);
  GtkEventController *controller = gtk_event_controller_key_new ();
  KeyWatch watch = { keyval, FALSE };
  gint64 end = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  Display *xdisplay;
  KeyCode code;

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  xdisplay = gdk_x11_display_get_xdisplay (display);
  /* GDK's key values are X's keysyms. */
  code = XKeysymToKeycode (xdisplay, keyval);
  g_assert_cmpuint (code, !=, 0);

  /* Seen before the widget's own handlers, which may stop it. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_watched_key_pressed), &watch);
  g_object_ref (widget);
  gtk_widget_add_controller (widget, g_object_ref (controller));

  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, False, CurrentTime);
  XFlush (xdisplay);

  while (!watch.seen)
    {
      if (g_get_monotonic_time () > end)
        g_error ("the key %s did not reach %s (focus %s)", gdk_keyval_name (keyval), G_OBJECT_TYPE_NAME (widget),
                 gtk_root_get_focus (root) ? G_OBJECT_TYPE_NAME (gtk_root_get_focus (root)) : "none");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  /* Its release, and what the press set off, are handled too. */
  ui_test_iterate_until_idle ();

  /* A key may take its widget away (Enter on a button that saves and
   * closes a form): the references keep both until the controller is
   * taken off, if the widget still has it. */
  if (gtk_event_controller_get_widget (controller) == widget)
    gtk_widget_remove_controller (widget, controller);
  g_object_unref (controller);
  g_object_unref (widget);
}

/* Moves the pointer onto the middle of @widget as a person does, through
 * the X server (XTest); Xvfb runs no window manager. */
void
ui_test_hover (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (root));
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  graphene_rect_t bounds;
  double shift_x, shift_y;
  int root_x, root_y, x, y;
  Window child;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (root), &bounds));
  gtk_native_get_surface_transform (GTK_NATIVE (root), &shift_x, &shift_y);
  XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface), DefaultRootWindow (xdisplay),
                         0, 0, &root_x, &root_y, &child);
  x = root_x + (int) (shift_x + bounds.origin.x + bounds.size.width / 2);
  y = root_y + (int) (shift_y + bounds.origin.y + bounds.size.height / 2);
  XTestFakeMotionEvent (xdisplay, -1, x - 2, y - 2, CurrentTime);
  XTestFakeMotionEvent (xdisplay, -1, x, y, CurrentTime);
  XFlush (xdisplay);
}

/* The label of the tooltip shown in @window (GTK parents it to the
 * window), once one holding @part (any, when %NULL) shows and is laid
 * out; fails the test after UI_TEST_WAIT_USEC. */
GtkLabel *
ui_test_wait_for_tooltip (GtkWidget  *window,
                          const char *part)
{
  gint64 end = g_get_monotonic_time () + UI_TEST_WAIT_USEC;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      ui_test_collect (window, GTK_TYPE_LABEL, labels);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkWidget *label = g_ptr_array_index (labels, i);
          GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (label));

          if (native != window && gtk_widget_get_mapped (label) && gtk_widget_get_width (native) > 0
              && (part == NULL || strstr (gtk_label_get_text (GTK_LABEL (label)), part) != NULL)
              && g_str_equal (G_OBJECT_TYPE_NAME (native), "GtkTooltipWindow"))
            return GTK_LABEL (label);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_error ("no tooltip showed");
}

/* The shown label of @root whose text holds @part, or %NULL. */
GtkLabel *
ui_test_find_label_holding (GtkWidget  *root,
                            const char *part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect_visible (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), part) != NULL)
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* @window's Log Session form of its session of id @session, shown. */
GtkWindow *
ui_test_open_log_form (RegimenWindow *window,
                       const char    *session)
{
  GtkWindow *form;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-session", "s", session));
  form = ui_test_wait_for_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window));
  g_assert_nonnull (form);
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);

  return form;
}

void
ui_test_send_control_key (GtkWindow *window,
                          guint      keyval)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *xdisplay;
  KeyCode control;
  KeyCode code;

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  xdisplay = gdk_x11_display_get_xdisplay (display);
  control = XKeysymToKeycode (xdisplay, GDK_KEY_Control_L);
  code = XKeysymToKeycode (xdisplay, keyval);
  g_assert_cmpuint (control, !=, 0);
  g_assert_cmpuint (code, !=, 0);
  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, code, False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, False, CurrentTime);
  XFlush (xdisplay);
}

/* An empty file @name in @dir: a sign a held process watches for (the
 * held-open module's gate). */
void
ui_test_touch (const char *dir,
               const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static gboolean
note_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits, turning the main context, until a file @name is in @dir (a held
 * process saying it waits at the gate): told by the folder's monitor,
 * within a generous bound of a minute. */
void
ui_test_wait_for_named_file (const char *dir,
                             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFileMonitor) monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_NONE, NULL, NULL);
  gboolean too_long = FALSE;
  guint bound = g_timeout_add_seconds (60, note_true, &too_long);

  g_assert_nonnull (monitor);
  while (!g_file_test (path, G_FILE_TEST_EXISTS) && !too_long)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_source_remove (bound);
}

static void
on_process_ended (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_assert_true (g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL));
  *(gboolean *) user_data = TRUE;
}

/* Waits, turning the main context, until @process has ended, within
 * @bound_usec; one that has not by then is killed and the test fails. */
void
ui_test_wait_for_process_within (GSubprocess *process,
                                 gint64       bound_usec)
{
  gboolean ended = FALSE;
  gboolean too_long = FALSE;
  guint bound = g_timeout_add_seconds (bound_usec / G_USEC_PER_SEC, note_true, &too_long);

  g_subprocess_wait_async (process, NULL, on_process_ended, &ended);
  while (!ended && !too_long)
    g_main_context_iteration (NULL, TRUE);
  if (!ended)
    g_subprocess_force_exit (process);
  g_assert_true (ended);
  g_source_remove (bound);
}

/* As ui_test_wait_for_process_within(), within a minute. */
void
ui_test_wait_for_process (GSubprocess *process)
{
  ui_test_wait_for_process_within (process, 60 * G_USEC_PER_SEC);
}

/* A copy of the ui fixture @name in a fresh folder, as a person's own file. */
GFile *
ui_test_copy_fixture (const char *name)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", name, NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return g_file_new_for_path (path);
}

/* Destroys every window of @app, and what that sets going. */
void
ui_test_close_all_windows (RegimenApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  ui_test_iterate_until_idle ();
}

/* Sets @launcher's process to be held by the held-open module @module
 * (its path; tests/common/held-open.c): at its open of a file whose path
 * ends in @held_open (or at what the caller sets for it, when NULL),
 * watched for in the folder @held. */
void
ui_test_hold_open (GSubprocessLauncher *launcher,
                   const char          *module,
                   const char          *held,
                   const char          *held_open)
{
  /* Built with AddressSanitizer (build-aux/dev sanitize), whose runtime
   * then is not the first library loaded. */
  g_autofree char *asan_options = g_strjoin (":", "verify_asan_link_order=0", g_getenv ("ASAN_OPTIONS"), NULL);

  g_subprocess_launcher_setenv (launcher, "LD_PRELOAD", module, TRUE);
  g_subprocess_launcher_setenv (launcher, "ASAN_OPTIONS", asan_options, TRUE);
  g_subprocess_launcher_setenv (launcher, "REGIMEN_HELD_DIR", held, TRUE);
  if (held_open != NULL)
    g_subprocess_launcher_setenv (launcher, "REGIMEN_HELD_OPEN", held_open, TRUE);
}

typedef struct
{
  char   *path;
  GBytes *text;
} KeptFile;

static void
kept_file_free (KeptFile *kept)
{
  g_free (kept->path);
  g_bytes_unref (kept->text);
  g_free (kept);
}

GPtrArray *
ui_test_keep_working_copies (void)
{
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autoptr(GDir) listing = g_dir_open (g_file_peek_path (dir), 0, NULL);
  GPtrArray *kept = g_ptr_array_new_with_free_func ((GDestroyNotify) kept_file_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      KeptFile *file;
      char *contents = NULL;
      gsize length;

      /* The copy and its plan's address: the write's own temporaries
       * (GLib's, “ID.source.next”) may go between the listing and the
       * read, a start finds none of them after a kill, and the locks die
       * with the process that holds them. */
      if (!g_str_has_suffix (name, ".regimen.json") && !g_str_has_suffix (name, ".source"))
        continue;
      file = g_new0 (KeptFile, 1);
      file->path = g_build_filename (g_file_peek_path (dir), name, NULL);
      g_assert_true (g_file_get_contents (file->path, &contents, &length, NULL));
      file->text = g_bytes_new_take (contents, length);
      g_ptr_array_add (kept, file);
    }

  return kept;
}

void
ui_test_put_back_working_copies (GPtrArray *kept)
{
  for (guint i = 0; i < kept->len; i++)
    {
      KeptFile *file = g_ptr_array_index (kept, i);
      gsize length;
      const char *data = g_bytes_get_data (file->text, &length);

      g_assert_true (g_file_set_contents (file->path, data, length, NULL));
    }
}

/* The text of the (first) copy kept, not its address. */
GBytes *
ui_test_kept_copy_text (GPtrArray *kept)
{
  for (guint i = 0; i < kept->len; i++)
    {
      KeptFile *file = g_ptr_array_index (kept, i);

      if (g_str_has_suffix (file->path, ".regimen.json"))
        return file->text;
    }

  return NULL;
}

guint
ui_test_count_working_copies (void)
{
  g_autoptr(GPtrArray) copies = regimen_autosave_list ();

  return copies->len;
}

/* The next print of @app goes to the print dialog's “Print to File”,
 * onto @uri, as a person's last print there leaves it chosen. */
void
ui_test_print_to_file (RegimenApplication *app,
                       const char         *uri)
{
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  regimen_application_set_print_settings (app, settings);
}

/* The text of a plan whose sheets take more than the 520 pages Regimen
 * prints: a first week of two pages, and 519 more, each a page at least. */
char *
ui_test_plan_text_past_page_limit (void)
{
  GString *json = g_string_new ("{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [");

  g_string_append (json, "{\"days\": [{\"sessions\": [{\"title\": \"S\", \"kind\": \"strength\", \"rpe\": 5, "
                         "\"items\": [");
  for (guint i = 0; i < 10; i++)
    g_string_append_printf (json, "%s{\"exercise\": \"forearm-plank\", \"sets\": 3, \"hold_seconds\": 30}",
                            i > 0 ? ", " : "");
  g_string_append (json, "]}]}, {}, {}, {}, {}, {}, {}]}");
  for (guint week = 1; week < REGIMEN_PLAN_MAX_WEEKS; week++)
    g_string_append (json, ", {\"days\": [{}, {}, {}, {}, {}, {}, {}]}");
  g_string_append (json, "]}");

  return g_string_free (json, FALSE);
}

/* A file at most the limit long may have nothing written past it: the
 * limit a full disk puts on a write, made without a disk of one's own
 * (ulimit -f; SIGXFSZ ignored, a write past it fails with EFBIG). Set
 * once the pages are drawn into GTK's spool file, at “done”, before
 * “Print to File” copies them into the file it names. */
static struct rlimit size_limit_before;

static gboolean
limit_file_size_at_done (GSignalInvocationHint *hint,
                         guint                  n_values,
                         const GValue          *values,
                         gpointer               user_data)
{
  struct rlimit limit = size_limit_before;

  limit.rlim_cur = GPOINTER_TO_UINT (user_data);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  return FALSE;
}

static gboolean
note_print_finished (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               user_data)
{
  gboolean *finished = user_data;

  *finished = gtk_print_operation_is_finished (g_value_get_object (&values[0]));

  return !*finished;
}

/* Print (Ctrl+P) in @window with “Print to File” to @path, answering
 * GTK's “Replace?”, the disk full past @limit bytes once the pages are
 * drawn (0: room enough), and waits until the print's job has ended and
 * the window has said what it says of it. */
void
ui_test_print_window_to_file (RegimenApplication *app,
                              RegimenWindow      *window,
                              const char         *path,
                              guint               limit)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  gboolean finished = FALSE;
  guint replace;

  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  ui_test_print_to_file (app, uri);
  if (limit > 0)
    {
      g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &size_limit_before), ==, 0);
      signal (SIGXFSZ, SIG_IGN);
      /* Once: the hook returns FALSE. */
      g_signal_add_emission_hook (g_signal_lookup ("done", GTK_TYPE_PRINT_OPERATION), 0,
                                  limit_file_size_at_done, GUINT_TO_POINTER (limit), NULL);
    }
  /* Until the job has ended. */
  g_signal_add_emission_hook (g_signal_lookup ("status-changed", GTK_TYPE_PRINT_OPERATION), 0,
                              note_print_finished, &finished, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  replace = g_timeout_add (50, ui_test_answer_print_replace, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (ui_test_wait_for_print_dialog (), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS

  while (!finished)
    g_main_context_iteration (NULL, TRUE);
  if (limit > 0)
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &size_limit_before), ==, 0);
  ui_test_iterate_until_idle ();
  if (g_main_context_find_source_by_id (NULL, replace) != NULL)
    g_source_remove (replace);
}

/* The print dialog GTK shows for Print (Ctrl+P), once it has selected a
 * printer (GTK's file printer alone, in the tests that set
 * “gtk-print-backends” to “file”). */
GtkDialog *
ui_test_wait_for_print_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  forgive_known_gtk_critical ();
  while (g_get_monotonic_time () < deadline)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
          g_autoptr(GObject) printer = NULL;

          if (!g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "GtkPrintUnixDialog"))
            continue;
          g_object_get (toplevel, "selected-printer", &printer, NULL);
          if (printer != NULL)
            return GTK_DIALOG (toplevel);
        }
      g_main_context_iteration (NULL, FALSE);
    }

  g_assert_not_reached ();
}

/* A timeout's function: GTK's print dialog asks “A file named … already
 * exists. Do you want to replace it?” in a main loop of its own, answered
 * Replace, as a person who took it for any file would. Only its own
 * question: another message dialog left open (a file chooser's error)
 * answered instead left the print dialog's loop waiting for ever. */
gboolean
ui_test_answer_print_replace (gpointer user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      GtkWindow *parent = gtk_window_get_transient_for (toplevel);

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      if (GTK_IS_MESSAGE_DIALOG (toplevel) && parent != NULL &&
          g_str_equal (G_OBJECT_TYPE_NAME (parent), "GtkPrintUnixDialog"))
        {
          gtk_dialog_response (GTK_DIALOG (toplevel), GTK_RESPONSE_ACCEPT);
          return G_SOURCE_REMOVE;
        }
      G_GNUC_END_IGNORE_DEPRECATIONS
    }

  return G_SOURCE_CONTINUE;
}

/* The text of a toast @window shows that does not read @other (NULL: any
 * toast), or NULL. */
const char *
ui_test_toast_text (RegimenWindow *window,
                    const char    *other)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (GTK_LABEL (label));

      if (*text != '\0' && g_strcmp0 (text, other) != 0 &&
          gtk_widget_get_ancestor (label, g_type_from_name ("AdwToastWidget")) != NULL)
        return text;
    }

  return NULL;
}

static gboolean
on_toast_wait_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Turns the main loop until @window shows a toast that does not read
 * @other (one queued behind it shows once that one has gone) and returns
 * its text; NULL if none shows within UI_TEST_WAIT_USEC, which only a
 * refusal that says nothing takes. */
const char *
ui_test_wait_for_toast (RegimenWindow *window,
                        const char    *other)
{
  gboolean over = FALSE;
  guint timeout = g_timeout_add (ui_test_wait_usec () / 1000, on_toast_wait_over, &over);
  const char *text;

  while ((text = ui_test_toast_text (window, other)) == NULL && !over)
    g_main_context_iteration (NULL, TRUE);
  if (!over)
    g_source_remove (timeout);

  return text;
}

/* The row of @item in @window's week, or NULL. */
GtkWidget *
ui_test_find_item_row (RegimenWindow *window,
                       RegimenItem   *item)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (regimen_item_row_get_item (g_ptr_array_index (rows, i)) == item)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* The first button below @widget whose label reads @label, or NULL. */
GtkWidget *
ui_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* Runs xdotool with the arguments up to NULL (XTest: real pointer and
 * key events, as a person makes them), and asserts it did them. */
void
ui_test_xdotool (const char *first,
                 ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = -1;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "xdotool");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Moves the pointer to (@x, @y) of @widget, where its window is on the
 * screen (XTest moves the pointer on the screen, not in a window). */
void
ui_test_pointer_to (GtkWidget *widget,
                    double     x,
                    double     y)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (window));
  graphene_point_t in_window;
  double surface_x, surface_y;
  int root_x, root_y;
  Window child;
  g_autofree char *text_x = NULL;
  g_autofree char *text_y = NULL;

  g_assert_true (gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (x, y), &in_window));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &surface_x, &surface_y);
  g_assert_true (XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface), DefaultRootWindow (xdisplay),
                                        (int) (in_window.x + surface_x), (int) (in_window.y + surface_y),
                                        &root_x, &root_y, &child));
  text_x = g_strdup_printf ("%d", root_x);
  text_y = g_strdup_printf ("%d", root_y);
  ui_test_xdotool ("mousemove", text_x, text_y, NULL);
}

GtkDragSource *
ui_test_drag_source_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        return GTK_DRAG_SOURCE (controller);
    }

  g_error ("no drag source on %s", G_OBJECT_TYPE_NAME (widget));
  return NULL;
}

typedef struct
{
  gboolean ended;
  gboolean cancelled;
} DragOutcome;

static void
on_drag_end (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             DragOutcome   *outcome)
{
  outcome->ended = TRUE;
}

static gboolean
on_drag_cancel (GtkDragSource       *source,
                GdkDrag             *drag,
                GdkDragCancelReason  reason,
                DragOutcome         *outcome)
{
  outcome->cancelled = TRUE;
  return FALSE;
}

/* Drags @from by the pointer, as a person does, onto the middle of @onto
 * across, @y down, and lets go; returns once the drag has ended, with
 * whether the drop was refused. Whether @onto marked itself as taking
 * the drop (with the class @mark), while the pointer was over it, is in
 * @marked. */
gboolean
ui_test_drag_onto_at (GtkWidget  *from,
                      GtkWidget  *onto,
                      double      y,
                      const char *mark,
                      gboolean   *marked)
{
  /* Held: a chip moved is rebuilt, its drag source gone with it. */
  g_autoptr(GObject) held = g_object_ref (G_OBJECT (ui_test_drag_source_of (from)));
  GtkDragSource *source = GTK_DRAG_SOURCE (held);
  DragOutcome outcome = { FALSE, FALSE };
  gint64 end;

  g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end), &outcome);
  g_signal_connect (source, "drag-cancel", G_CALLBACK (on_drag_cancel), &outcome);

  /* Near its top: a card is grabbed by its title, its middle is an
   * exercise. */
  ui_test_pointer_to (from, gtk_widget_get_width (from) / 2.0, MIN (gtk_widget_get_height (from) / 2.0, 12));
  ui_test_wait_for_frames (from, 2);
  ui_test_xdotool ("mousedown", "1", NULL);
  ui_test_wait_for_frames (from, 1);
  ui_test_xdotool ("mousemove_relative", "--", "0", "20", NULL);
  ui_test_wait_for_frames (from, 1);
  ui_test_xdotool ("mousemove_relative", "--", "20", "20", NULL);
  ui_test_wait_for_frames (from, 1);
  ui_test_pointer_to (onto, gtk_widget_get_width (onto) / 2.0, y - 1);
  ui_test_wait_for_frames (onto, 1);
  ui_test_pointer_to (onto, gtk_widget_get_width (onto) / 2.0, y);
  /* The target's motion has come once its window has seen the pointer
   * there: two frames of it. */
  ui_test_wait_for_frames (onto, 2);
  ui_test_iterate_until_idle ();
  *marked = gtk_widget_has_css_class (onto, mark);
  ui_test_xdotool ("mouseup", "1", NULL);

  end = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (!outcome.ended)
    {
      if (g_get_monotonic_time () > end)
        g_error ("waited %" G_GINT64_FORMAT " s for the drag to end", UI_TEST_WAIT_USEC / G_USEC_PER_SEC);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  ui_test_iterate_until_idle ();

  g_signal_handlers_disconnect_by_data (source, &outcome);

  return outcome.cancelled;
}

void
ui_test_enter_in_spin (GtkWidget  *spin,
                       const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  gtk_widget_grab_focus (spin);
  gtk_editable_set_text (delegate, text);
  /* What Enter in the field emits. */
  g_signal_emit_by_name (delegate, "activate");
}
