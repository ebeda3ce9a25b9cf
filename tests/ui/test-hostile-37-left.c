/* test-hostile-37-left.c
 *
 * Issue 21, what passes 34a–d left, in the window: a symbolic link to
 * nothing in the plan's place.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
static char *data_home;

/* Ctrl+S pressed as a person does, through the X server, into @window. */
static void
press_control_s (RegimenWindow *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  KeyCode control = XKeysymToKeycode (xdisplay, GDK_KEY_Control_L);
  KeyCode s = XKeysymToKeycode (xdisplay, GDK_KEY_s);

  g_assert_cmpuint (control, !=, 0);
  g_assert_cmpuint (s, !=, 0);
  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, s, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, s, False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, False, CurrentTime);
  XFlush (xdisplay);
}

/* A window showing the plan file @path, written from a fixture, with an
 * edit not saved; its plan in @plan. */
static RegimenWindow *
show_edited_plan (const char   *path,
                  RegimenPlan **plan)
{
  g_autofree char *text = fixture_read ("ui", "two-weeks.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenItem) edit = regimen_item_new ("pelvic-tilt");
  RegimenWindow *window = ui_test_open_window (app);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  *plan = ui_test_show_file (window, file);
  g_assert_true (regimen_plan_add_item_to (*plan, regimen_plan_get_session (*plan, 0, 2, 0), G_MAXUINT, edit));
  g_assert_true (regimen_document_get_modified (regimen_window_get_document (window)));

  return window;
}

/* The plan removed and a symbolic link to a file that does not exist
 * made at its path (`ln -s missing.regimen.json PLAN`), while the window
 * holds an edit: the window's watch said “Changed on Disk” and offered
 * Reload, with nothing to reload, and Ctrl+S said only “Could Not Save”.
 * Both say the file is a link to nothing, naming where it leads, and
 * offer Save As; Keep Editing keeps the edit, and nothing is written
 * through the link (issue 21, leftovers of passes 34a–d). */
static void
test_dangling_link_offers_save_as (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "dangling.regimen.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.regimen.json", NULL);
  RegimenPlan *plan;
  RegimenWindow *window = show_edited_plan (path, &plan);
  RegimenDocument *document = regimen_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (symlink ("missing.regimen.json", path), ==, 0);

  /* The window's watch asks first, before any save. */
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“dangling.regimen.json” Is a Link to Nothing");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Another program removed"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“missing.regimen.json”"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_false (adw_message_dialog_has_response (dialog, "reload"));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (regimen_window_get_plan (window) == plan);

  /* Saved while the link is there: the save's own question. */
  press_control_s (window);
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“dangling.regimen.json” Is a Link to Nothing");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "Nothing was saved"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  adw_message_dialog_response (dialog, "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (regimen_window_get_plan (window) == plan);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  regimen_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_unlink (path);
  ui_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, &data_home);

  g_test_add_func ("/ui/hostile-37-left/dangling-link-offers-save-as",
                   test_dangling_link_offers_save_as);

  return g_test_run ();
}
