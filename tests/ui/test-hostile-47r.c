/* test-hostile-47r.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, the review of session 47: what its changes left a person to
 * meet. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "regimen-application.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

#define N_UNOPENED 9

/* The tallest a dialog may be and still show its buttons on a 1366×768
 * laptop, under GNOME's top bar. */
#define MAX_DIALOG_HEIGHT 700

/* Nine plans that cannot be opened, each said with a reason of a few
 * hundred characters (a level the person wrote out), opened at once
 * (`regimen a b c …`): the dialog lists eight, each reason whole. The
 * list grew with them, the dialog a thousand pixels tall, its Close
 * button under the screen's edge. It scrolls, every row still in it. */
static void
test_unopened_list_fits_the_screen (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  const char *level = "intermediate but coming back from a knee injury in March, so treat as a beginner for "
                      "lower body work until the physio clears the left knee for loaded squats and jumps again";
  g_autofree char *text = g_strdup_printf ("{\"format\": \"regimen-plan\", \"version\": 1, "
                                           "\"athlete\": {\"level\": \"%s\"}, \"weeks\": []}",
                                           level);
  GFile *files[N_UNOPENED];
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  RegimenWindow *window;
  AdwMessageDialog *dialog;
  int height;

  ui_test_close_all_windows (app);
  for (guint i = 0; i < N_UNOPENED; i++)
    {
      g_autofree char *name = g_strdup_printf ("plan %u from the club.regimen.json", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      files[i] = g_file_new_for_path (path);
    }
  window = ui_test_open_window (app);
  g_signal_emit_by_name (app, "open", files, N_UNOPENED, "");

  while ((dialog = ui_test_find_dialog (GTK_WINDOW (window))) == NULL ||
         !g_str_equal (adw_message_dialog_get_heading (dialog), "Could Not Open 9 Plans"))
    g_main_context_iteration (NULL, TRUE);
  ui_test_wait_for_frames (GTK_WIDGET (dialog), 2);

  height = gtk_widget_get_height (GTK_WIDGET (dialog));
  g_test_message ("the dialog is %d pixels tall", height);
  g_assert_cmpint (height, >, 0);
  g_assert_cmpint (height, <=, MAX_DIALOG_HEIGHT);

  /* Eight rows, each reason whole, and the rest counted. */
  ui_test_collect (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, ==, 17);
  for (guint i = 1; i < 16; i += 2)
    g_assert_nonnull (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), "jumps again"));
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 16)), ==, "… and 1 more");

  adw_message_dialog_response (dialog, "close");
  for (guint i = 0; i < N_UNOPENED; i++)
    g_object_unref (files[i]);
  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-47r/unopened-list-fits-the-screen", test_unopened_list_fits_the_screen);

  return g_test_run ();
}
