/* test-settings-unwritable.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Settings Regimen cannot write (a key the administrator locked, a
 * settings folder that cannot be made): the window cannot remember its
 * size or the library's width, and still works; print settings that
 * cannot be kept are said once. Run with the key file
 * backend and its folder in $XDG_CONFIG_HOME a plain file, so that it
 * can keep nothing. */

#include "config.h"

#include <string.h>

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

/* The close button of the toast in @root whose text holds @text, or
 * %NULL when no toast shows it. */
static GtkWidget *
toast_close_button (GtkWidget  *root,
                    const char *text)
{
  GType toast_widget = g_type_from_name ("AdwToastWidget");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *toast;
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

      if (strstr (gtk_label_get_label (GTK_LABEL (label)), text) == NULL)
        continue;
      toast = gtk_widget_get_ancestor (label, toast_widget);
      if (toast == NULL)
        continue;
      ui_test_collect (toast, GTK_TYPE_BUTTON, buttons);
      for (guint j = 0; j < buttons->len; j++)
        if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, j)), "window-close-symbolic") == 0)
          return g_ptr_array_index (buttons, j);
    }

  return NULL;
}

/* A print's settings (printer, paper) are kept in the config folder for
 * the next run. Where that folder cannot be made (a plain file in its
 * place), the failure was only logged with g_warning (fatal here); the
 * window says it, once a run, in words that name the folder and why. */
static void
test_print_settings_unkept (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autofree char *blocker = g_build_filename (g_get_user_config_dir (), "regimen", NULL);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  const char *notice = "Printer and paper were not kept for the next print: the folder “";
  GtkWidget *close;

  /* The read at start-up found no file; then the folder cannot be made. */
  while (regimen_application_get_print_settings_busy (app))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));

  gtk_print_settings_set_printer (settings, "Office");
  regimen_application_set_print_settings (app, settings);
  while (regimen_application_get_print_settings_busy (app))
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
  close = toast_close_button (GTK_WIDGET (window), notice);
  g_assert_nonnull (close);
  g_assert_nonnull (toast_close_button (GTK_WIDGET (window), "/regimen” cannot be made: Not a directory"));

  /* Read and closed; the next print fails the same way and says nothing. */
  gtk_widget_activate (close);
  while (toast_close_button (GTK_WIDGET (window), notice) != NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_print_settings_set_printer (settings, "Hall");
  regimen_application_set_print_settings (app, settings);
  while (regimen_application_get_print_settings_busy (app))
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
  g_assert_null (toast_close_button (GTK_WIDGET (window), notice));
  /* Kept for this run's prints all the same. */
  g_assert_cmpstr (gtk_print_settings_get_printer (regimen_application_get_print_settings (app)), ==, "Hall");

  g_unlink (blocker);
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
  g_test_add_func ("/ui/settings-unwritable/print-settings-unkept", test_print_settings_unkept);

  status = g_test_run ();

  g_unlink (not_a_folder);
  g_rmdir (config);
  g_rmdir (folder);

  return status;
}
