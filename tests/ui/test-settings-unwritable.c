/* test-settings-unwritable.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Settings Regimen cannot write (a key the administrator locked, a
 * settings folder that cannot be made): the window cannot remember its
 * size or the library's width, and still works. Run with the key file
 * backend and its folder in $XDG_CONFIG_HOME a plain file, so that it
 * can keep nothing. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "regimen-application.h"
#include "regimen-window.h"
#include "regimen-window-private.h"
#include "ui-test-util.h"

static RegimenApplication *app;

static void
test_window_usable (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.regimen.Regimen");

  /* What the test is about: nothing the window binds can be written. */
  g_assert_false (g_settings_is_writable (settings, "window-width"));
  g_assert_false (g_settings_is_writable (settings, "library-width"));

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window->library_view)));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *folder = ui_test_make_tmp_dir ();
  g_autofree char *config = g_build_filename (folder, "config", NULL);
  g_autofree char *not_a_folder = g_build_filename (config, "glib-2.0", NULL);
  g_autoptr(GSettings) settings = NULL;
  int status;

  g_assert_cmpint (g_mkdir (config, 0700), ==, 0);
  g_assert_true (g_file_set_contents (not_a_folder, "", 0, NULL));
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  /* The backend warns once that it cannot make its folder: before the
   * test makes warnings fatal. */
  settings = g_settings_new ("io.github.regimen.Regimen");

  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/settings-unwritable/window-usable", test_window_usable);

  status = g_test_run ();

  g_unlink (not_a_folder);
  g_rmdir (config);
  g_rmdir (folder);

  return status;
}
