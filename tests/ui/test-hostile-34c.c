/* test-hostile-34c.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hostile files through the window's doors (issue 21, adversarial pass
 * 34c): addresses handed to the running application (`regimen URI`, a
 * file manager's or another program's D-Bus Open) that name no file, a
 * plan opened again by another path to its file, and many working copies
 * restored at once. */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-widget-util.h"
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
 * `regimen URI` or D-Bus Open hand it over: the dialog's heading, a line
 * break and its body. */
static char *
dup_said_of (const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  AdwMessageDialog *dialog;
  char *body;

  ui_test_close_all_windows (app);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  dialog = wait_for_any_dialog ();
  body = g_strdup_printf ("%s\n%s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
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
  /* The last two are no address at all, as another program may hand one
   * to D-Bus Open: they were said to be “?:” addresses. */
  const char *no_path[] = { "file://", "file:", "file:plan.regimen.json", broken, "plan.regimen.json", "" };
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
      g_assert_null (strstr (said, "?:"));
      /* Named by the address given, not GIO's “.” for an address with no
       * path. */
      g_assert_null (strstr (said, "“.”"));
    }
  {
    g_autofree char *said = dup_said_of ("file://");

    g_assert_true (g_str_has_prefix (said, "Could Not Open “file://”\n"));
  }
}

static void
on_recent_changed (GSettings  *settings,
                   const char *key,
                   guint      *n_changes)
{
  (*n_changes)++;
}

/* Hands @file to the running application as `regimen PATH` does and
 * waits until the plan it names is remembered among the recent plans,
 * as the window that shows it does once it is read. */
static void
open_and_wait_remembered (GFile *file,
                          guint *n_changes)
{
  guint before = *n_changes;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  while (*n_changes == before)
    g_main_context_iteration (NULL, TRUE);
}

/* A plan opened again while its window is open, by another path to its
 * file (a symbolic link to it, `regimen //home/…` as a script joining
 * “/” and a path writes it), is shown in that window, and Open Recent
 * names it by the address the window shows: it was listed a second time
 * by each other path, two items alike that open the one plan. */
static void
test_recent_lists_plan_once (void)
{
  GSettings *settings = regimen_application_get_settings (app);
  g_autofree char *folder = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *other_path = g_build_filename (folder, "other.regimen.json", NULL);
  g_autofree char *link = g_build_filename (folder, "link.regimen.json", NULL);
  g_autofree char *doubled = g_strconcat ("/", path, NULL);
  g_autofree char *text = fixture_read ("plans", "four-week.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  GFile *other_paths[] = { g_file_new_for_path (doubled), g_file_new_for_path (link) };
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *other_uri = g_file_get_uri (other);
  const char *only_other[] = { other_uri, NULL };
  guint n_changes = 0;
  gulong handler;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_true (g_file_set_contents (other_path, text, -1, NULL));
  g_assert_cmpint (symlink ("plan.regimen.json", link), ==, 0);
  ui_test_close_all_windows (app);
  g_settings_reset (settings, "recent-plans");
  handler = g_signal_connect (settings, "changed::recent-plans", G_CALLBACK (on_recent_changed), &n_changes);

  open_and_wait_remembered (file, &n_changes);

  for (guint i = 0; i < G_N_ELEMENTS (other_paths); i++)
    {
      g_auto(GStrv) recent = NULL;

      /* Another plan last, so that remembering this one changes the list
       * whatever address it is remembered by. */
      g_settings_set_strv (settings, "recent-plans", only_other);
      open_and_wait_remembered (other_paths[i], &n_changes);

      g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
      recent = regimen_recent_plans_get (settings);
      for (guint j = 0; recent[j] != NULL; j++)
        g_test_message ("recent: %s", recent[j]);
      g_assert_cmpuint (g_strv_length (recent), ==, 2);
      g_assert_cmpstr (recent[0], ==, uri);
      g_assert_cmpstr (recent[1], ==, other_uri);
      g_object_unref (other_paths[i]);
    }

  g_signal_handler_disconnect (settings, handler);
  ui_test_close_all_windows (app);
  g_settings_reset (settings, "recent-plans");
}

/* How many working copies test_restored_windows_draw_in_turn() restores. */
#define N_RESTORED 12

typedef struct
{
  /* The windows made for restored copies, in order, each with whether
   * its frame clock has ticked. */
  GPtrArray *windows;
  GArray    *ticked;
  /* Whether a window was made before the one made before it ticked. */
  gboolean   made_before_drawn;
} RestoreWatch;

static gboolean
note_tick (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  RestoreWatch *watch = user_data;

  for (guint i = 0; i < watch->windows->len; i++)
    if (g_ptr_array_index (watch->windows, i) == widget)
      g_array_index (watch->ticked, gboolean, i) = TRUE;

  return G_SOURCE_REMOVE;
}

static void
on_window_added (GtkApplication *application,
                 GtkWindow      *window,
                 RestoreWatch   *watch)
{
  gboolean ticked = FALSE;

  if (!REGIMEN_IS_WINDOW (window))
    return;

  if (watch->windows->len > 0 && !g_array_index (watch->ticked, gboolean, watch->windows->len - 1))
    watch->made_before_drawn = TRUE;
  g_ptr_array_add (watch->windows, window);
  g_array_append_val (watch->ticked, ticked);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), note_tick, watch, NULL);
}

/* A dozen working copies restored at once (Regimen killed with a dozen
 * plans unsaved, or a folder of copies a backup brought back) come back
 * one at a time, each window begun drawing before the next copy is read:
 * read all at once, they came back together and their windows were
 * built one after another without a frame between, a hundred copies
 * keeping every window from drawing for seconds at a time. */
static void
test_restored_windows_draw_in_turn (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
  RestoreWatch watch = { g_ptr_array_new (), g_array_new (FALSE, FALSE, sizeof (gboolean)), FALSE };
  AdwMessageDialog *dialog;
  gulong handler;

  ui_test_close_all_windows (app);
  for (guint i = 0; i < N_RESTORED; i++)
    {
      g_autofree char *id = g_strdup_printf ("h21-34c-restore-%02u", i);
      g_autoptr(GError) error = NULL;

      g_assert_true (regimen_autosave_write (id, plan, NULL, &error));
      g_assert_no_error (error);
      regimen_autosave_release (id);
    }

  g_application_activate (G_APPLICATION (app));
  dialog = wait_for_any_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Work?");

  handler = g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), &watch);
  adw_message_dialog_response (dialog, "restore");
  /* The first copy comes back in the window the offer was made over. */
  while (watch.windows->len < N_RESTORED - 1)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (app, handler);

  g_assert_false (watch.made_before_drawn);

  ui_test_close_all_windows (app);
  g_ptr_array_unref (watch.windows);
  g_array_unref (watch.ticked);
}

static void
count_restored_window (GtkApplication *application,
                       GtkWindow      *window,
                       guint          *n)
{
  if (REGIMEN_IS_WINDOW (window))
    (*n)++;
}

static gboolean
wake (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* The review of this pass: the queue stopped once the window the offer
 * was made over left the application, and that window takes the first
 * copy: the person who closed it (saved, or not wanted) while the rest
 * were still coming back had them left on disk, offered only at the next
 * start, though they chose Restore. Every copy comes back. */
static void
test_restore_goes_on_when_first_window_closes (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
  AdwMessageDialog *dialog;
  RegimenWindow *first = NULL;
  RegimenDocument *offered;
  gint64 deadline;
  guint n_windows = 0;
  gulong handler;
  guint waker;

  ui_test_close_all_windows (app);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("h21-34-review-restore-%02u", i);
      g_autoptr(GError) error = NULL;

      g_assert_true (regimen_autosave_write (id, plan, NULL, &error));
      g_assert_no_error (error);
      regimen_autosave_release (id);
    }

  g_application_activate (G_APPLICATION (app));
  dialog = wait_for_any_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Work?");
  first = REGIMEN_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  offered = regimen_window_get_document (first);

  handler = g_signal_connect (app, "window-added", G_CALLBACK (count_restored_window), &n_windows);
  adw_message_dialog_response (dialog, "restore");
  /* The first copy comes back in the window the offer was made over,
   * which the person closes at once. */
  while (regimen_window_get_document (first) == offered)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (regimen_document_get_restored (regimen_window_get_document (first)));
  gtk_window_destroy (GTK_WINDOW (first));

  /* The three others come back each in a window of its own; the loop is
   * woken now and then, since a queue that stopped makes no event. */
  waker = g_timeout_add (100, wake, NULL);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (n_windows < 3 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (waker);
  g_signal_handler_disconnect (app, handler);
  g_assert_cmpuint (n_windows, ==, 3);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (REGIMEN_IS_WINDOW (l->data))
      g_assert_true (regimen_document_get_restored (regimen_window_get_document (l->data)));

  ui_test_close_all_windows (app);
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
  g_test_add_func ("/ui/hostile-34c/recent-lists-plan-once", test_recent_lists_plan_once);
  g_test_add_func ("/ui/hostile-34c/restored-windows-draw-in-turn", test_restored_windows_draw_in_turn);
  g_test_add_func ("/ui/hostile-34c/restore-goes-on-when-first-window-closes",
                   test_restore_goes_on_when_first_window_closes);

  return g_test_run ();
}
