/* test-hostile-47a.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, pass 47a: what reaches Regimen through D-Bus. A plan on
 * another computer handed to the running Regimen by the desktop's Open
 * (org.freedesktop.Application.Open, as `gapplication launch` and a file
 * manager call it) is refused with an error that quotes its address; the
 * caller prints that error on its terminal, and the address's escape
 * sequences went out raw. */

#include "config.h"

#include <signal.h>

#include "regimen-application.h"
#include "regimen-plan-settings.h"
#include "ui-test-util.h"

#define APP_ID   "io.github.regimen.Regimen"
#define APP_PATH "/io/github/regimen/Regimen"

static void
on_name_appeared (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

static gboolean
note_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits until the Regimen just started owns its name on the bus. */
static void
wait_for_running_regimen (GDBusConnection *bus)
{
  gboolean appeared = FALSE;
  gboolean too_long = FALSE;
  guint watch = g_bus_watch_name_on_connection (bus, APP_ID, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                on_name_appeared, NULL, &appeared, NULL);
  guint bound = g_timeout_add_seconds (UI_TEST_WAIT_USEC / G_USEC_PER_SEC, note_true, &too_long);

  while (!appeared && !too_long)
    g_main_context_iteration (NULL, TRUE);
  g_bus_unwatch_name (watch);
  g_assert_true (appeared);
  g_source_remove (bound);
}

/* Whether @text holds a control character (but the line breaks between
 * the refusals of several plans) or a bidirectional override. */
static gboolean
has_controls (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E))
        return TRUE;
    }

  return FALSE;
}

static void
test_refused_open_spelt (void)
{
  g_autofree char *data = ui_test_make_tmp_dir ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) running = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *uris[] = {
    "file://n\033[31mas/plan\033]0;PWNED\007\302\233" "2J\342\200\256nosj.\r\nNo problems found.",
    "file://nas/second\033[2J.regimen.json",
    NULL,
  };

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  running = g_subprocess_launcher_spawn (launcher, &error, REGIMEN_BINARY, NULL);
  g_assert_no_error (error);
  wait_for_running_regimen (bus);

  reply = g_dbus_connection_call_sync (bus, APP_ID, APP_PATH, "org.freedesktop.Application", "Open",
                                       g_variant_new ("(^asa{sv})", uris, NULL), NULL,
                                       G_DBUS_CALL_FLAGS_NO_AUTO_START, UI_TEST_WAIT_USEC / 1000, NULL, &error);
  g_assert_null (reply);
  g_assert_nonnull (error);
  message = g_dbus_error_get_remote_error (error);
  g_assert_cmpstr (message, ==, "io.github.regimen.Regimen.Error.NotOpened");
  g_dbus_error_strip_remote_error (error);
  g_test_message ("%s", error->message);

  /* Each plan's refusal on a line of its own, every control spelt. */
  g_assert_false (has_controls (error->message));
  g_assert_nonnull (strstr (error->message, "“file://n[U+001B][31mas/plan[U+001B]]0;PWNED[U+0007][U+009B]2J"
                                            "[U+202E]nosj.[U+000D][U+000A]No problems found.”"));
  g_assert_nonnull (strstr (error->message, "“n[U+001B][31mas”"));
  g_assert_nonnull (strstr (error->message, "\nRegimen cannot open “file://nas/second[U+001B][2J.regimen.json”"));

  g_subprocess_send_signal (running, SIGTERM);
  ui_test_wait_for_process (running);
}

#define SETTINGS_PLAN \
  "{\"format\":\"regimen-plan\",\"version\":1,\"athlete\":{\"baseline_weekly_load\":1500.5},\"weeks\":[]}"

/* A number field of whole numbers takes a decimal comma or point in any
 * language, and read “1,800” (English) or “2.400” (German), a usual load
 * written with its thousands separator, as 1.8 and 2.4: the plan's usual
 * weekly load became 2 AU without a word. */
static void
test_thousands_in_whole_number_field (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (SETTINGS_PLAN, -1, &error);
  RegimenAthlete *athlete;
  GtkWidget *settings;
  GtkWidget *baseline;

  g_assert_no_error (error);
  athlete = regimen_plan_get_athlete (plan);
  settings = g_object_ref_sink (regimen_plan_settings_new (NULL, plan));
  gtk_window_present (GTK_WINDOW (settings));
  baseline = ui_test_find_named (settings, GTK_TYPE_SPIN_BUTTON, "Usual weekly load");
  g_assert_nonnull (baseline);

  ui_test_enter_in_spin (baseline, "1,800");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1800);
  ui_test_enter_in_spin (baseline, "2.400");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 2400);
  ui_test_enter_in_spin (baseline, "12.345,5");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 12345.5);
  ui_test_enter_in_spin (baseline, "1,234,567");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, REGIMEN_BASELINE_LOAD_MAX);
  g_assert_true (gtk_widget_has_css_class (baseline, "error"));

  /* A decimal is still one, and more than a field takes is said so. */
  ui_test_enter_in_spin (baseline, "1500.5");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1500.5);
  ui_test_enter_in_spin (baseline, "1,2");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1.2);
  ui_test_enter_in_spin (baseline, "200.000");
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, REGIMEN_BASELINE_LOAD_MAX);
  g_assert_true (gtk_widget_has_css_class (baseline, "error"));

  gtk_window_destroy (GTK_WINDOW (settings));
  g_object_unref (settings);
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-47a/refused-open-spelt", test_refused_open_spelt);
  g_test_add_func ("/ui/hostile-47a/thousands-in-whole-number-field", test_thousands_in_whole_number_field);

  return g_test_run ();
}
