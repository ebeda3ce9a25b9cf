/* test-hostile-31.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and what reaches it from outside, as adversarial pass 31a
 * of issue 21 found it: plans handed over while a window is open, as
 * `regimen ADDRESS` run again, a file manager or a browser hand them to
 * the running application. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

static void
close_all_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  ui_test_iterate_until_idle ();
}

/* Hands @uri to the running application as `regimen URI` run again does
 * (the application's open, which the second process's remote call
 * reaches), and returns the dialog that says why it was not opened. */
static AdwMessageDialog *
open_and_wait_for_dialog (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  GFile *files[] = { file };
  AdwMessageDialog *dialog;

  /* As g_application_open() does, which the tests' application, set up
   * without G_APPLICATION_HANDLES_OPEN, refuses. */
  g_signal_emit_by_name (app, "open", files, 1, "");
  dialog = (AdwMessageDialog *) ui_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_nonnull (dialog);
  g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));

  return dialog;
}

/* An address of a kind nothing on this computer reads (no GVfs: an
 * sftp: link in a mail, a file dragged from the trash, a browser's
 * http: one), handed to the open window: the dialog said GIO's
 * “Operation not supported”, which named neither the kind of address
 * nor what to do. It says which kind it cannot read and to copy the
 * plan into a folder here; the window's plan stays as it was. */
static void
test_open_address_nothing_reads (void)
{
  const char *uris[] = {
    "sftp://nohost.invalid/home/ana/week.regimen.json",
    "trash:///week.regimen.json",
    "http://nohost.invalid/week.regimen.json",
  };
  const char *kinds[] = { "“sftp:”", "“trash:”", "“http:”" };

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      RegimenWindow *window = ui_test_open_window (app);
      RegimenPlan *plan = regimen_window_get_plan (window);
      AdwMessageDialog *dialog;
      const char *body;

      dialog = open_and_wait_for_dialog (uris[i]);
      body = adw_message_dialog_get_body (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "week.regimen.json"));
      g_assert_nonnull (strstr (body, kinds[i]));
      g_assert_nonnull (strstr (body, "Copy the plan into a folder on this computer"));
      g_assert_null (strstr (body, "not supported"));
      g_assert_true (regimen_window_get_plan (window) == plan);
      g_assert_null (regimen_window_get_file (window));

      close_all_windows ();
    }
}

int
main (int    argc,
      char **argv)
{
  /* GIO's local files only, whatever is installed: the addresses above
   * stay of a kind nothing on this computer reads, as on a desktop
   * without GVfs (and in the Flatpak, where the portal gives paths). */
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-31/open-address-nothing-reads", test_open_address_nothing_reads);

  return g_test_run ();
}
