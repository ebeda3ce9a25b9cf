/* test-hostile-30.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and what is done to it from outside, as adversarial pass
 * 30a of issue 21 found it: a signal that ends the application (a
 * logout's or a shutdown's SIGTERM, Ctrl+C or a closed terminal for a
 * start from one) sent to this very process, as the system sends it. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "regimen-window-private.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* A copy of the fixture @name in a fresh folder, as a person's own file. */
static GFile *
copy_fixture (const char *name)
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

/* Sends @signal_number to this process, as `kill` does, and waits until
 * @window is gone and its document with it: the document lives until
 * the last write of its working copy has ended. Before the application
 * took these signals, the default ended the test program here. */
static void
end_with_signal (RegimenWindow *window,
                 int            signal_number)
{
  gpointer weak_window = window;
  gpointer weak_document = window->document;

  g_object_add_weak_pointer (G_OBJECT (weak_window), &weak_window);
  g_object_add_weak_pointer (G_OBJECT (weak_document), &weak_document);

  g_assert_cmpint (kill (getpid (), signal_number), ==, 0);
  while (weak_window != NULL || weak_document != NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* A change made just before the signal, within the pause after which
 * the working copy is written, is in the working copy when the
 * application has ended, which the next start offers back; the plan's
 * file is as it was. It was lost: the signal's default ended the
 * process before the working copy was written. */
static void
test_signal_keeps_last_change (gconstpointer data)
{
  int signal_number = GPOINTER_TO_INT (data);
  g_autoptr(GFile) file = copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  g_autoptr(GPtrArray) before = regimen_autosave_list ();
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(RegimenPlan) copy = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  RegimenAutosave *autosave;
  guint weeks = regimen_plan_get_n_weeks (plan);

  g_assert_cmpuint (before->len, ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, weeks + 1);
  /* What the test is about: the change is in no working copy yet. */
  g_assert_true (regimen_document_get_modified (window->document));
  {
    g_autoptr(GPtrArray) still = regimen_autosave_list ();

    g_assert_cmpuint (still->len, ==, 0);
  }

  end_with_signal (window, signal_number);

  after = regimen_autosave_list ();
  g_assert_cmpuint (after->len, ==, 1);
  autosave = g_ptr_array_index (after, 0);
  g_assert_nonnull (autosave->source);
  g_assert_true (g_file_equal (autosave->source, file));
  copy = regimen_plan_load_from_file (autosave->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (copy), ==, weeks + 1);

  on_disk = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (on_disk), ==, weeks);

  regimen_autosave_remove (autosave->id);
}

/* A plan with no unsaved change ends with no working copy, and nothing
 * is asked. */
static void
test_signal_without_changes (void)
{
  g_autoptr(GFile) file = copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  g_autoptr(GPtrArray) after = NULL;

  g_assert_nonnull (plan);
  g_assert_false (regimen_document_get_modified (window->document));

  end_with_signal (window, SIGTERM);

  after = regimen_autosave_list ();
  g_assert_cmpuint (after->len, ==, 0);
}

/* A signal that comes while the plan is being saved: the save ends,
 * and with it the application, the file holding the change and no
 * working copy left for it. */
static void
test_signal_during_save (void)
{
  g_autoptr(GFile) file = copy_fixture ("two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  guint weeks = regimen_plan_get_n_weeks (plan);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  /* What the test is about: the save has not come back yet. */
  g_assert_true (regimen_document_get_busy (window->document));

  end_with_signal (window, SIGTERM);

  on_disk = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (on_disk), ==, weeks + 1);
  after = regimen_autosave_list ();
  g_assert_cmpuint (after->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/ui/hostile-30/sigterm-keeps-last-change", GINT_TO_POINTER (SIGTERM),
                        test_signal_keeps_last_change);
  g_test_add_data_func ("/ui/hostile-30/sighup-keeps-last-change", GINT_TO_POINTER (SIGHUP),
                        test_signal_keeps_last_change);
  g_test_add_data_func ("/ui/hostile-30/sigint-keeps-last-change", GINT_TO_POINTER (SIGINT),
                        test_signal_keeps_last_change);
  g_test_add_func ("/ui/hostile-30/signal-without-changes", test_signal_without_changes);
  g_test_add_func ("/ui/hostile-30/signal-during-save", test_signal_during_save);

  return g_test_run ();
}
