/* test-hostile-34-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window and the application, as passes 32 and 33 of issue 21 left
 * them: found there, fixed in session 34. */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-document-private.h"
#include "regimen-print-operation.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The folder of the held-open module's gate (tests/common/held-open.c),
 * preloaded into this very program: an open of a path holding
 * HELD_NAME waits while HELD_DIR/armed is there and HELD_DIR/gate not. */
static char *held_dir;
#define HELD_NAME "held-reload"
#define PRELOADED HELD_OPEN_MODULE ":" FAIL_IMAGE_SURFACES_MODULE

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
            {
              g_test_message ("%s: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                              adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel)));
              return ADW_MESSAGE_DIALOG (toplevel);
            }
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Whether a message dialog over @window says @heading now. */
static gboolean
has_dialog_saying (GtkWindow  *window,
                   const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          gtk_window_get_transient_for (toplevel) == window &&
          strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) != NULL)
        return TRUE;
    }

  return FALSE;
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

static void
wait_for_etag_queries (RegimenDocument *document)
{
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_iterate_until_idle ();
}

/* The file monitor reports a change to @file as inotify does, whenever
 * the test says: the real monitor, cancelled, reports nothing itself. */
static void
report_change (RegimenDocument *document,
               GFile           *file)
{
  g_signal_emit_by_name (regimen_document_get_file_monitor (document), "changed", file, NULL,
                         G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT);
}

static void
count_report (RegimenDocument *document,
              gboolean         gone,
              guint           *n_reports)
{
  (*n_reports)++;
}

/* A plan's file held by the gate: its name holds HELD_NAME. */
static GFile *
copy_held_fixture (void)
{
  g_autofree char *source = g_build_filename (FIXTURES_DIR, "ui", "two-weeks.regimen.json", NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, HELD_NAME ".regimen.json", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  return g_file_new_for_path (path);
}

/* Another program leaves the plan's file broken; “Changed on Disk”,
 * Reload. While the reload reads the file, the file monitor's late
 * report of the same write comes: the document reported it again, and
 * once the reload failed the window asked “Changed on Disk” a second
 * time about the one change. The version answered is not reported
 * again; the reload's failure is said, and the plan stays, unsaved. */
static void
test_failed_reload_asks_once (void)
{
  g_autoptr(GFile) file = copy_held_fixture ();
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *armed = g_build_filename (held_dir, "armed", NULL);
  RegimenWindow *window = ui_test_open_window (app);
  RegimenDocument *document;
  AdwMessageDialog *dialog;
  guint n_reports = 0;

  ui_test_show_file (window, file);
  document = regimen_window_get_document (window);
  wait_for_etag_queries (document);
  g_file_monitor_cancel (regimen_document_get_file_monitor (document));

  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"weeks\": [", -1, NULL));
  report_change (document, file);
  dialog = wait_for_dialog_saying (GTK_WINDOW (window), "Changed on Disk");
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (count_report), &n_reports);

  /* Reload, its read of the file held at the gate. */
  ui_test_touch (held_dir, "armed");
  answer (dialog, "reload");
  ui_test_wait_for_named_file (held_dir, "waiting");
  g_assert_cmpint (g_remove (armed), ==, 0);

  /* The late report of the same write, while the reload reads. */
  report_change (document, file);
  wait_for_etag_queries (document);
  g_assert_cmpuint (n_reports, ==, 0);

  ui_test_touch (held_dir, "gate");
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Could Not Open"), "close");
  wait_for_etag_queries (document);
  g_assert_cmpuint (n_reports, ==, 0);
  g_assert_false (has_dialog_saying (GTK_WINDOW (window), "Changed on Disk"));
  g_assert_true (regimen_document_get_modified (document));

  g_signal_handlers_disconnect_by_func (document, count_report, &n_reports);
  ui_test_close_all_windows (app);
}

/* Another program leaves the plan's file broken; Reload fails and the
 * plan stays. The other program then repairs the file, and the person
 * sets the monitor's question aside (Escape) and saves: the save's
 * question said the file “Cannot Be Read”, when it reads again. It
 * says what is true now: the file changed on disk, Reload offered, and
 * Reload shows the repaired plan. */
static void
test_save_after_repair_offers_reload (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;
  g_autofree char *repaired = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  RegimenDocument *document;
  AdwMessageDialog *dialog;

  ui_test_show_file (window, file);
  document = regimen_window_get_document (window);
  wait_for_etag_queries (document);
  g_file_monitor_cancel (regimen_document_get_file_monitor (document));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"weeks\": [", -1, NULL));
  report_change (document, file);
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Changed on Disk"), "reload");
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Could Not Open"), "close");
  wait_for_etag_queries (document);

  /* The repair: the plan, another title. */
  repaired = g_strdup (contents);
  g_assert_nonnull (strstr (repaired, "\"title\": \""));
  memcpy (strstr (repaired, "\"title\": \"") + strlen ("\"title\": \""), "Q", 1);
  g_assert_true (g_file_set_contents (path, repaired, -1, NULL));
  report_change (document, file);
  answer (wait_for_dialog_saying (GTK_WINDOW (window), "Changed on Disk"), "later");
  wait_for_etag_queries (document);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = wait_for_dialog_saying (GTK_WINDOW (window), "two-weeks.regimen.json");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Changed on Disk"));
  g_assert_true (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  answer (dialog, "reload");
  while (regimen_window_get_document (window) == document)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (regimen_plan_get_title (regimen_window_get_plan (window))[0], ==, 'Q');
  g_assert_false (regimen_document_get_modified (regimen_window_get_document (window)));

  /* The file as the other program repaired it. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, repaired);

  ui_test_close_all_windows (app);
}

/* The window showing @file, waited for: opening goes through a worker. */
static RegimenWindow *
wait_for_window_showing (GFile *file)
{
  for (;;)
    {
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
        {
          GFile *shown;

          if (!REGIMEN_IS_WINDOW (l->data))
            continue;
          shown = regimen_window_get_file (l->data);
          if (shown != NULL && g_file_equal (shown, file))
            return l->data;
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Ctrl+O pressed as a person does, through the X server, into @window. */
static void
press_control_o (RegimenWindow *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  KeyCode control = XKeysymToKeycode (xdisplay, GDK_KEY_Control_L);
  KeyCode o = XKeysymToKeycode (xdisplay, GDK_KEY_o);

  g_assert_cmpuint (control, !=, 0);
  g_assert_cmpuint (o, !=, 0);
  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, o, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, o, False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, control, False, CurrentTime);
  XFlush (xdisplay);
}

/* A new window whose plan had an edit, undone: Redo would bring it back. */
static RegimenWindow *
open_undone_new_window (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  RegimenPlan *plan = regimen_window_get_plan (window);

  g_assert_true (regimen_plan_set_title (plan, "Drafted here"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_can_redo (plan));
  g_assert_false (regimen_window_is_pristine (window));

  return window;
}

/* New, an edit, Undo, then Ctrl+O in that very window: the plan chosen
 * opened in a second window beside the empty one, where Open of an
 * untouched new plan, and a programme chosen there, take its place. A
 * plan opened in the window itself takes its place, by the keyboard
 * (Ctrl+O and the chooser) and by the menu (Open Recent) alike; one
 * opened from outside still leaves it (hostile-32-window). */
static void
test_open_here_replaces_undone_new_plan (void)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autoptr(GFile) other = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *uri = g_file_get_uri (other);
  g_autoptr(GFile) chosen = NULL;
  RegimenWindow *window;
  GtkWindow *chooser;

  ui_test_close_all_windows (app);
  window = open_undone_new_window ();
  press_control_o (window);
  chooser = ui_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  /* Until the chooser has read its folder, it answers nothing. */
  while ((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  g_assert_true (wait_for_window_showing (file) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  ui_test_close_all_windows (app);

  window = open_undone_new_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
  g_assert_true (wait_for_window_showing (other) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  ui_test_close_all_windows (app);
}

/* Asks the running Regimen, as a second `regimen PLAN` does, whether it
 * takes plans now: until it answers @takes, within a minute. Each ask
 * is a round trip on the bus, no sleep of a length that matters. */
static void
wait_for_answer (GDBusConnection *bus,
                 gboolean         takes)
{
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GVariant) reply = NULL;
      gboolean answer_now;

      reply = g_dbus_connection_call_sync (bus, "io.github.regimen.Regimen", "/io/github/regimen/Regimen",
                                           "io.github.regimen.Regimen.Opening", "TakesPlans", NULL,
                                           G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL,
                                           &error);
      if (reply != NULL)
        {
          g_variant_get (reply, "(b)", &answer_now);
          if (answer_now == takes)
            return;
        }
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (20 * 1000);
    }
}

/* A file manager's D-Bus activation: org.freedesktop.Application's
 * Open of @uri, answered as the file manager is answered. */
static gboolean
open_by_activation (GDBusConnection  *bus,
                    const char       *uri,
                    GError          **error)
{
  const char *uris[] = { uri, NULL };
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_sync (bus, "io.github.regimen.Regimen", "/io/github/regimen/Regimen",
                                       "org.freedesktop.Application", "Open",
                                       g_variant_new ("(^as@a{sv})", uris, g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                       NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, error);

  return reply != NULL;
}

/* Plans handed by D-Bus activation (a file manager's Open) to a Regimen
 * a signal is ending were dropped, and the sender told they were
 * opened; an address of another computer opened the plan at the same
 * path here, which the command line refuses. Both are refused with an
 * error that says why, so the sender knows; a plan taken just before the
 * signal, and never shown, is said by the ending Regimen where its
 * start can be seen, not dropped without a word. */
static void
test_activation_told_when_not_taken (void)
{
  g_autoptr(GFile) first_plan = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autoptr(GFile) second_plan = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *first_path = g_file_get_path (first_plan);
  g_autofree char *second_path = g_file_get_path (second_plan);
  g_autofree char *second_uri = g_file_get_uri (second_plan);
  g_autofree char *other = g_strconcat ("file://otherhost.invalid", second_path, NULL);
  g_autofree char *held = ui_test_make_tmp_dir ();
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;

  g_assert_nonnull (bus);
  /* The first holds at its read of the person's exercises, at start. */
  ui_test_hold_open (launcher, HELD_OPEN_MODULE, held, "/exercises.json");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  ui_test_touch (held, "armed");
  first = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, first_path, NULL);
  g_assert_no_error (error);
  ui_test_wait_for_named_file (held, "waiting");
  wait_for_answer (bus, TRUE);

  /* Another computer's address: refused, as on the command line. */
  g_assert_false (open_by_activation (bus, other, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "on another computer, “otherhost.invalid”"));
  g_clear_error (&error);

  /* Taken before the signal. */
  g_assert_true (open_by_activation (bus, second_uri, &error));
  g_assert_no_error (error);

  g_subprocess_send_signal (first, SIGTERM);
  wait_for_answer (bus, FALSE);
  g_assert_false (open_by_activation (bus, second_uri, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "did not open"));
  g_assert_nonnull (strstr (error->message, "closing"));
  g_clear_error (&error);

  ui_test_touch (held, "gate");
  g_assert_true (g_subprocess_communicate_utf8 (first, NULL, NULL, NULL, &said, &error));
  g_assert_no_error (error);
  g_test_message ("first process: “%s”", said);
  g_assert_true (g_subprocess_get_if_exited (first));
  g_assert_cmpint (g_subprocess_get_exit_status (first), ==, 0);
  g_assert_nonnull (strstr (said, "did not open"));
  g_assert_nonnull (strstr (said, second_path));
  g_assert_nonnull (strstr (said, first_path));
}

/* A print whose sheet cairo cannot draw whole (memory run out for a
 * figure's picture: the preloaded module fails every picture made in
 * memory while REGIMEN_FAIL_IMAGE_SURFACES is set) went on, the pages
 * after the error blank. It stops, and says cairo's reason, as a plan
 * too large to print is said. */
static void
test_print_stops_when_cairo_fails (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(RegimenPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  const GError *refusal;

  operation = regimen_print_operation_new (plan, regimen_library_get_default (),
                                           regimen_window_get_checker (window), 0);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  g_setenv ("REGIMEN_FAIL_IMAGE_SURFACES", "1", TRUE);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    GTK_WINDOW (window), &error);
  g_unsetenv ("REGIMEN_FAIL_IMAGE_SURFACES");
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
  refusal = regimen_print_operation_get_refusal (operation);
  g_assert_nonnull (refusal);
  g_test_message ("%s", refusal->message);
  g_assert_nonnull (strstr (refusal->message, "The sheet could not be drawn: invalid value"));

  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  /* The held-open module and a cairo whose pictures fail at a word are
   * preloaded into this program: run again with them. Built with
   * AddressSanitizer, whose runtime is then not the first library
   * loaded. */
  if (g_strcmp0 (g_getenv ("LD_PRELOAD"), PRELOADED) != 0)
    {
      g_autofree char *asan_options = g_strjoin (":", "verify_asan_link_order=0", g_getenv ("ASAN_OPTIONS"), NULL);

      g_setenv ("LD_PRELOAD", PRELOADED, TRUE);
      g_setenv ("ASAN_OPTIONS", asan_options, TRUE);
      execv ("/proc/self/exe", argv);
      g_error ("Could not run the test again with the held-open module: %s", g_strerror (errno));
    }

  /* Set before any thread reads the environment. */
  held_dir = ui_test_make_tmp_dir ();
  g_setenv ("REGIMEN_HELD_DIR", held_dir, TRUE);
  g_setenv ("REGIMEN_HELD_OPEN", HELD_NAME, TRUE);
  g_unsetenv ("REGIMEN_HELD_CREATE");
  g_unsetenv ("REGIMEN_HELD_SKIP");
  g_unsetenv ("REGIMEN_FAIL_IMAGE_SURFACES");

  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-34-window/failed-reload-asks-once", test_failed_reload_asks_once);
  g_test_add_func ("/ui/hostile-34-window/save-after-repair-offers-reload", test_save_after_repair_offers_reload);
  g_test_add_func ("/ui/hostile-34-window/open-here-replaces-undone-new-plan",
                   test_open_here_replaces_undone_new_plan);
  g_test_add_func ("/ui/hostile-34-window/activation-told-when-not-taken", test_activation_told_when_not_taken);
  g_test_add_func ("/ui/hostile-34-window/print-stops-when-cairo-fails", test_print_stops_when_cairo_fails);

  return g_test_run ();
}
