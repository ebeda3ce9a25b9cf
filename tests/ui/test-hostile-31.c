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
#include "regimen-document-private.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

typedef struct
{
  RegimenDocument *document;
  guint            n_events;
  guint            n_reports;
} Watch;

static void
on_watched_file_changed (GFileMonitor      *monitor,
                         GFile             *file,
                         GFile             *other,
                         GFileMonitorEvent  event,
                         Watch             *watch)
{
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED)
    watch->n_events++;
}

static void
on_changed_on_disk (RegimenDocument *document,
                    gboolean         gone,
                    Watch           *watch)
{
  watch->n_reports++;
}

/* Waits until the document's watch has seen the file written, and the
 * document has looked at what is there now. */
static void
wait_for_look (Watch *watch)
{
  while (watch->n_events == 0 || regimen_document_get_n_etag_queries (watch->document) > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
}

/* Another program writes the open plan's file again with the very text
 * the window read (a folder synchronised from another computer, `git
 * checkout` or `git stash pop`, a backup put back, an editor's save
 * with nothing changed: each writes a new file and renames it over the
 * plan): the window said “Another program changed the file. Reload it
 * to see the changes”, and Reload, chosen to see them, threw away the
 * edits made in the window for a file nobody had changed. The same text
 * is no change: nothing is asked, the edit stays, and a real change
 * afterwards is still asked about. */
static void
test_same_text_written_again (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  Watch watch = { regimen_window_get_document (window), 0, 0 };
  GFileMonitor *monitor = regimen_document_get_file_monitor (watch.document);
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_nonnull (monitor);
  g_signal_connect (monitor, "changed", G_CALLBACK (on_watched_file_changed), &watch);
  g_signal_connect (watch.document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &watch);
  while (regimen_document_get_n_etag_queries (watch.document) > 0)
    g_main_context_iteration (NULL, TRUE);

  /* An edit in the window, which Reload would throw away. */
  regimen_plan_set_title (plan, "Edited here");
  g_assert_true (regimen_document_get_modified (watch.document));

  /* A new file of the same text renamed over the plan. */
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  wait_for_look (&watch);
  g_assert_cmpuint (watch.n_reports, ==, 0);
  g_assert_null (ui_test_find_dialog (GTK_WINDOW (window)));
  g_assert_cmpstr (regimen_plan_get_title (regimen_window_get_plan (window)), ==, "Edited here");

  /* Another text is a change, asked about. */
  watch.n_events = 0;
  changed = g_strconcat (text, "\n", NULL);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  wait_for_look (&watch);
  g_assert_cmpuint (watch.n_reports, >, 0);
  g_assert_nonnull (ui_test_wait_for_dialog (GTK_WINDOW (window)));

  g_signal_handlers_disconnect_by_data (monitor, &watch);
  g_signal_handlers_disconnect_by_data (watch.document, &watch);
  regimen_plan_mark_saved (plan);
  ui_test_close_all_windows (app);
}

/* The message dialog over @window whose heading holds @heading, waited
 * for. */
static AdwMessageDialog *
wait_for_dialog_saying (GtkWindow  *window,
                        const char *heading)
{
  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
              gtk_window_get_transient_for (toplevel) == window &&
              strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) != NULL)
            return ADW_MESSAGE_DIALOG (toplevel);
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Answers @dialog as its button does: the response, then the dialog
 * closes. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_iterate_until_idle ();
}

/* Another program leaves the open plan's file broken (half written, a
 * bad edit by hand, a named pipe in its place) and the window asks
 * “Changed on Disk”; Reload cannot read it and says so. The window's
 * plan, the last good version, is then in no file: it counted as saved,
 * so closing the window asked nothing and the plan was gone, with no
 * working copy. It counts as unsaved: the title says so, and closing
 * asks. */
static void
test_reload_of_broken_file_keeps_plan_unsaved (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = ui_test_show_file (window, file);
  RegimenDocument *document = regimen_window_get_document (window);
  AdwMessageDialog *dialog;

  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (regimen_document_get_modified (document));

  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"weeks\": [", -1, NULL));
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Changed on Disk"), "reload");
  dialog = wait_for_dialog_saying (GTK_WINDOW (window), "Could Not Open");
  g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));

  /* The plan as it was, unsaved. */
  g_assert_true (regimen_window_get_plan (window) == plan);
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  answer (dialog, "close");
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog_saying (GTK_WINDOW (window), "Save Changes");
  g_test_message ("%s", adw_message_dialog_get_heading (dialog));

  regimen_document_discard (document);
  ui_test_close_all_windows (app);
}

/* A file on a disk that stopped answering: asking what it is waits
 * until the test opens the gate, and then finds it gone. */
#define HELD_TYPE_FILE (held_file_get_type ())

G_DECLARE_FINAL_TYPE (HeldFile, held_file, HELD, FILE, GObject)

struct _HeldFile
{
  GObject parent_instance;
};

static void held_file_iface_init (GFileIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HeldFile, held_file, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_FILE, held_file_iface_init))

static GMutex held_mutex;
static GCond held_cond;
static gboolean held_open;
static guint held_waiting;

static GFile *
held_file_dup (GFile *file)
{
  return g_object_new (HELD_TYPE_FILE, NULL);
}

static guint
held_file_hash (GFile *file)
{
  return 1;
}

static gboolean
held_file_equal (GFile *file1,
                 GFile *file2)
{
  return HELD_IS_FILE (file2);
}

static gboolean
held_file_is_native (GFile *file)
{
  return FALSE;
}

static gboolean
held_file_has_uri_scheme (GFile      *file,
                          const char *uri_scheme)
{
  return g_ascii_strcasecmp (uri_scheme, "held") == 0;
}

static char *
held_file_get_uri_scheme (GFile *file)
{
  return g_strdup ("held");
}

static char *
held_file_get_basename (GFile *file)
{
  return g_strdup ("stuck.regimen.json");
}

static char *
held_file_get_path (GFile *file)
{
  return NULL;
}

static char *
held_file_get_uri (GFile *file)
{
  return g_strdup ("held:///stuck.regimen.json");
}

static GFile *
held_file_get_parent (GFile *file)
{
  return NULL;
}

static GFileInfo *
held_file_query_info (GFile                *file,
                      const char           *attributes,
                      GFileQueryInfoFlags   flags,
                      GCancellable         *cancellable,
                      GError              **error)
{
  g_mutex_lock (&held_mutex);
  held_waiting++;
  while (!held_open)
    g_cond_wait (&held_cond, &held_mutex);
  held_waiting--;
  g_mutex_unlock (&held_mutex);

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "the disk stopped answering");
  return NULL;
}

static void
held_file_iface_init (GFileIface *iface)
{
  iface->dup = held_file_dup;
  iface->hash = held_file_hash;
  iface->equal = held_file_equal;
  iface->is_native = held_file_is_native;
  iface->has_uri_scheme = held_file_has_uri_scheme;
  iface->get_uri_scheme = held_file_get_uri_scheme;
  iface->get_basename = held_file_get_basename;
  iface->get_path = held_file_get_path;
  iface->get_uri = held_file_get_uri;
  iface->get_parse_name = held_file_get_uri;
  iface->get_parent = held_file_get_parent;
  iface->query_info = held_file_query_info;
}

static void
held_file_class_init (HeldFileClass *klass)
{
}

static void
held_file_init (HeldFile *self)
{
}

static guint
held_file_get_n_waiting (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&held_mutex);

  return held_waiting;
}

static void
held_file_open_gate (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&held_mutex);

  held_open = TRUE;
  g_cond_broadcast (&held_cond);
}

/* Started with a plan on a disk that stopped answering (a network
 * share gone away), Regimen waits for it on a worker, its window not
 * shown yet. A plan opened meanwhile (`regimen PLAN` run again, a
 * double click in the file manager) waited behind it, for ever: nothing
 * was shown, however often the person asked. It is shown once read; the
 * stuck one says what is wrong with it when its disk answers. */
static void
test_open_not_held_up_by_hung_read (void)
{
  g_autoptr(GFile) held = g_object_new (HELD_TYPE_FILE, NULL);
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  GFile *first[] = { held };
  GFile *second[] = { file };
  RegimenWindow *window;
  AdwMessageDialog *dialog;

  ui_test_close_all_windows (app);

  /* As g_application_open() does, which the tests' application, set up
   * without G_APPLICATION_HANDLES_OPEN, refuses. */
  g_signal_emit_by_name (app, "open", first, 1, "");
  /* The worker's wait wakes no main loop: looked at each millisecond,
   * for a minute at most. */
  for (gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC; held_file_get_n_waiting () == 0;)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  ui_test_iterate_until_idle ();
  g_assert_null (ui_test_find_toplevel (REGIMEN_TYPE_WINDOW, NULL));

  g_signal_emit_by_name (app, "open", second, 1, "");
  window = REGIMEN_WINDOW (ui_test_wait_for_toplevel (REGIMEN_TYPE_WINDOW, NULL));
  g_assert_nonnull (window);
  g_assert_nonnull (regimen_window_get_file (window));
  g_assert_true (g_file_equal (regimen_window_get_file (window), file));

  held_file_open_gate ();
  dialog = wait_for_dialog_saying (GTK_WINDOW (window), "stuck.regimen.json");
  g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
  answer (dialog, "close");
  ui_test_close_all_windows (app);
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

      ui_test_close_all_windows (app);
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
  g_test_add_func ("/ui/hostile-31/same-text-written-again", test_same_text_written_again);
  g_test_add_func ("/ui/hostile-31/reload-of-broken-file-keeps-plan-unsaved",
                   test_reload_of_broken_file_keeps_plan_unsaved);
  g_test_add_func ("/ui/hostile-31/open-not-held-up-by-hung-read", test_open_not_held_up_by_hung_read);

  return g_test_run ();
}
