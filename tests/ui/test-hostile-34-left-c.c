/* test-hostile-34-left-c.c
 *
 * Issue 21, pass 33a's leftovers (c): texts that show nothing (a
 * zero-width space, a no-break space) where the window shows or takes a
 * name or a reason.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-exercise-detail.h"
#include "regimen-exercise-editor.h"
#include "regimen-library-view.h"
#include "regimen-progress-chart.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *data_home;

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect_visible (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_label (g_ptr_array_index (labels, i)), text))
      return TRUE;
  return FALSE;
}

/* Puts @text on the clipboard and pastes it into @editable, which has the
 * focus of its window, with Ctrl+V pressed through the X server (XTest),
 * as a person pastes a zero-width space copied from a web page: it is on
 * no key. Returns once the field holds @text, or fails after ten
 * seconds. */
static void
paste_with_keys (GtkEditable *editable,
                 const char  *text)
{
  GtkWidget *widget = GTK_WIDGET (editable);
  GdkDisplay *display = gtk_widget_get_display (widget);
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  KeyCode control = XKeysymToKeycode (xdisplay, GDK_KEY_Control_L);
  KeyCode v = XKeysymToKeycode (xdisplay, GDK_KEY_v);
  gint64 end = g_get_monotonic_time () + UI_TEST_WAIT_USEC;

  g_assert_cmpuint (control, !=, 0);
  g_assert_cmpuint (v, !=, 0);
  gdk_clipboard_set_text (gdk_display_get_clipboard (display), text);
  gtk_widget_grab_focus (widget);
  gtk_editable_set_position (editable, -1);
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "");

  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, v, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, v, False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, False, CurrentTime);
  XFlush (xdisplay);

  while (!g_str_equal (gtk_editable_get_text (editable), text))
    {
      if (g_get_monotonic_time () > end)
        g_error ("Ctrl+V did not paste into %s (it holds “%s”)", G_OBJECT_TYPE_NAME (widget),
                 gtk_editable_get_text (editable));
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  ui_test_iterate_until_idle ();
}

/* The detail's own scroller, not one inside a menu's popover. */
static GtkScrolledWindow *
find_content_scroller (GtkWidget *detail)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GtkWidget *tallest = NULL;

  ui_test_collect (detail, GTK_TYPE_SCROLLED_WINDOW, found);
  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *scroller = g_ptr_array_index (found, i);

      if (tallest == NULL || gtk_widget_get_height (scroller) > gtk_widget_get_height (tallest))
        tallest = scroller;
    }

  return GTK_SCROLLED_WINDOW (tallest);
}

/* A custom exercise named with a zero-width space (exercises.json edited
 * by hand): its own page names it by its id, as the library's row does,
 * in the heading, the window's title, the progress chart's name for a
 * screen reader and the header once the heading has scrolled away. Each
 * was a blank. */
static void
test_exercise_page_name_that_shows_nothing (void)
{
  RegimenWindow *window = ui_test_open_wide_window (app);
  RegimenLibraryView *view = ui_test_find_first (GTK_WIDGET (window), REGIMEN_TYPE_LIBRARY_VIEW);
  g_autoptr(RegimenExercise) custom = regimen_exercise_new_custom ("custom-zw", "\u200b",
                                                                   REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  RegimenExerciseDetail *detail = regimen_exercise_detail_new (GTK_WINDOW (window),
                                                               regimen_library_view_get_library (view));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"mon\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":30,\"items\":["
    "{\"id\":\"zw\",\"exercise\":\"custom-zw\",\"sets\":2,\"reps\":5}],"
    "\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"zw\",\"sets\":["
    "{\"reps\":5,\"load\":40},{\"reps\":5,\"load\":42.5}]}]}}]},"
    "{\"sessions\":[{\"id\":\"tue\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":30,\"items\":["
    "{\"id\":\"zw2\",\"exercise\":\"custom-zw\",\"sets\":1,\"reps\":5}],"
    "\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"zw2\",\"sets\":[{\"reps\":5,\"load\":45}]}]}}]},"
    "{},{},{},{},{}]}]}", -1, &error);
  g_autofree char *chart_name = NULL;
  GtkWidget *chart;
  AdwWindowTitle *header;
  GtkAdjustment *adjustment;

  g_assert_no_error (error);
  regimen_exercise_detail_set_plan (detail, plan);
  regimen_exercise_detail_set_exercise (detail, custom);
  gtk_window_set_default_size (GTK_WINDOW (detail), 560, 300);
  gtk_window_present (GTK_WINDOW (detail));
  ui_test_wait_a_moment ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (detail)), ==, "custom-zw");
  g_assert_true (has_label (GTK_WIDGET (detail), "custom-zw"));
  /* The chart of its progress, named for a screen reader as the heading. */
  chart = ui_test_find_first (GTK_WIDGET (detail), REGIMEN_TYPE_PROGRESS_CHART);
  g_assert_nonnull (chart);
  g_assert_true (gtk_widget_get_visible (chart));
  chart_name = ui_test_accessible_name (GTK_WIDGET (detail), chart);
  g_assert_cmpstr (chart_name, ==, "Progress of custom-zw");

  adjustment = gtk_scrolled_window_get_vadjustment (find_content_scroller (GTK_WIDGET (detail)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  ui_test_iterate_until_idle ();
  header = ui_test_find_first (GTK_WIDGET (detail), ADW_TYPE_WINDOW_TITLE);
  g_assert_nonnull (header);
  g_assert_cmpstr (adw_window_title_get_title (header), ==, "custom-zw");

  gtk_window_destroy (GTK_WINDOW (detail));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A reason pasted into the acknowledge dialog as a zero-width space,
 * which g_strstrip() leaves: Acknowledge stays off, and Enter
 * acknowledges nothing, as with no reason (the check panel showed a
 * blank reason, and the file was refused when read again). A letter
 * typed after it turns it on. */
static void
test_acknowledge_reason_that_shows_nothing (void)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "check", "too-much-hiit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_file (file, NULL, &error);
  g_autoptr(RegimenDiagnostic) diagnostic = NULL;
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  GListModel *diagnostics;

  g_assert_no_error (error);
  window = ui_test_open_window_with_plan (app, plan, NULL);
  diagnostics = regimen_checker_get_diagnostics (regimen_window_get_checker (window));
  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), >, 0);
  diagnostic = g_list_model_get_item (diagnostics, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.acknowledge-finding", "s",
                                             regimen_diagnostic_get_key (diagnostic)));
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EDITABLE (entry));

  paste_with_keys (GTK_EDITABLE (entry), "\u200b");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "acknowledge"));
  ui_test_press_key (entry, GDK_KEY_Return);
  g_assert_cmpuint (g_list_model_get_n_items (regimen_plan_get_acknowledgements (plan)), ==, 0);

  ui_test_press_key (entry, GDK_KEY_a);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "\u200ba");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "acknowledge"));
  adw_message_dialog_response (dialog, "cancel");
  ui_test_iterate_until_idle ();

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* A name pasted into the exercise editor as a zero-width space and a
 * no-break space, which g_strstrip() leaves: Save stays off and saves
 * nothing, as for an empty name (it saved an exercise that showed by its
 * id everywhere). A letter typed after it turns Save on. */
static void
test_editor_name_that_shows_nothing (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenExerciseEditor) editor = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkEditable *name = NULL;
  GtkWidget *save = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-exercise", NULL));
  ui_test_iterate_until_idle ();
  editor = REGIMEN_EXERCISE_EDITOR (g_object_ref (ui_test_find_toplevel (REGIMEN_TYPE_EXERCISE_EDITOR, NULL)));
  while (!gtk_widget_get_mapped (GTK_WIDGET (editor)))
    g_main_context_iteration (NULL, TRUE);

  ui_test_collect (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len && name == NULL; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "Name"))
      name = g_ptr_array_index (rows, i);
  g_assert_nonnull (name);

  ui_test_collect (GTK_WIDGET (editor), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len && save == NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "editor.save") == 0)
      save = g_ptr_array_index (buttons, i);
  g_assert_nonnull (save);

  paste_with_keys (name, "\u200b\u00a0");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_false (regimen_exercise_editor_save (editor));

  ui_test_press_key (GTK_WIDGET (name), GDK_KEY_a);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "\u200b\u00a0a");
  g_assert_true (gtk_widget_get_sensitive (save));

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-34-left-c/exercise-page-name-that-shows-nothing",
                   test_exercise_page_name_that_shows_nothing);
  g_test_add_func ("/ui/hostile-34-left-c/acknowledge-reason-that-shows-nothing",
                   test_acknowledge_reason_that_shows_nothing);
  g_test_add_func ("/ui/hostile-34-left-c/editor-name-that-shows-nothing",
                   test_editor_name_that_shows_nothing);

  return g_test_run ();
}
