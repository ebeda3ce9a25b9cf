/* bench-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A child of regimen-bench: opens either Regimen's main window or a bare
 * AdwApplicationWindow, and when the window has drawn its first frame
 * prints its resident memory and exits. The parent times it from spawn to
 * that line, so both include process start-up alike. */

#define G_LOG_DOMAIN "regimen-bench-window"

#include "config.h"

#include <stdio.h>

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-window.h"

static gboolean bare;

static glong
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmRSS:");
  return line != NULL ? g_ascii_strtoll (line + 6, NULL, 10) : -1;
}

static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  printf ("first-frame rss_kib=%ld\n", resident_kib ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  g_application_quit (app);
}

static void
on_window_map (GtkWidget    *window,
               GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), app);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_connect (window, "map", G_CALLBACK (on_window_map), app);
}

static void
on_bare_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GApplication) app = NULL;

  bare = argc > 1 && g_str_equal (argv[1], "--bare");

  if (bare)
    app = G_APPLICATION (adw_application_new ("io.github.regimen.Bench", G_APPLICATION_NON_UNIQUE));
  else
    app = G_APPLICATION (regimen_application_new ());

  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  if (bare)
    g_signal_connect (app, "activate", G_CALLBACK (on_bare_activate), NULL);

  return g_application_run (app, 1, argv);
}
