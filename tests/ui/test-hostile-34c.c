/* test-hostile-34c.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hostile files through the window's doors (issue 21, adversarial pass
 * 34c): addresses handed to the running application (`regimen URI`, a
 * file manager's or another program's D-Bus Open) that name no file. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The dialog some window of the application shows, once it shows one. */
static AdwMessageDialog *
wait_for_any_dialog (void)
{
  for (;;)
    {
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
        {
          AdwMessageDialog *dialog;

          if (!REGIMEN_IS_WINDOW (l->data))
            continue;
          dialog = ui_test_find_dialog (GTK_WINDOW (l->data));
          if (dialog != NULL)
            return dialog;
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

/* What the window says of @uri, handed to the running application as
 * `regimen URI` or D-Bus Open hand it over. */
static char *
dup_said_of (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  AdwMessageDialog *dialog;
  char *body;

  ui_test_close_all_windows (app);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  dialog = wait_for_any_dialog ();
  body = g_strdup (adw_message_dialog_get_body (dialog));
  g_test_message ("%s: %s", uri, body);
  ui_test_close_all_windows (app);

  return body;
}

/* Only an address spelling “%00” spells a NUL: “file://”, “file:”, a
 * name spelling “/” (“%2F”) and a broken escape were each said to spell
 * “a character no file name can hold (a NUL)”, which they do not. Each
 * is said to name no file, with its own reason. */
static void
test_address_of_no_file_says_why (void)
{
  g_autofree char *folder = ui_test_make_tmp_dir ();
  g_autofree char *folder_uri = g_filename_to_uri (folder, NULL, NULL);
  g_autofree char *nul = g_strconcat (folder_uri, "/a%00b.regimen.json", NULL);
  g_autofree char *slash = g_strconcat (folder_uri, "/a%2Fb.regimen.json", NULL);
  g_autofree char *broken = g_strconcat (folder_uri, "/a%zzb.regimen.json", NULL);
  const char *no_path[] = { "file://", "file:", "file:plan.regimen.json", broken };
  g_autofree char *said_nul = dup_said_of (nul);
  g_autofree char *said_slash = dup_said_of (slash);

  g_assert_nonnull (strstr (said_nul, "its address names no file"));
  g_assert_nonnull (strstr (said_nul, "(a NUL)"));

  g_assert_nonnull (strstr (said_slash, "its address names no file"));
  g_assert_nonnull (strstr (said_slash, "it spells a “/” within a name"));
  g_assert_null (strstr (said_slash, "NUL"));

  for (guint i = 0; i < G_N_ELEMENTS (no_path); i++)
    {
      g_autofree char *said = dup_said_of (no_path[i]);

      g_assert_nonnull (strstr (said, "its address names no file"));
      g_assert_nonnull (strstr (said, "file:///folder/plan.regimen.json"));
      g_assert_null (strstr (said, "NUL"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = ui_test_make_tmp_dir ();

  /* Working copies of this test only. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);

  app = regimen_application_new ();
  /* Its own flags kept: it opens files, as `regimen URI` does. */
  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  /* Keeps the application alive between windows. */
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/ui/hostile-34c/address-of-no-file-says-why", test_address_of_no_file_says_why);

  return g_test_run ();
}
