/* test-renderer.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Which renderer Regimen's window draws with (issue 20): GTK's cairo
 * renderer where GL is drawn in software, as under Xvfb (Mesa's
 * llvmpipe), unless the person chose with GSK_RENDERER. meson runs this
 * program twice: with GSK_RENDERER unset, and with GSK_RENDERER=gl. */

#include "regimen-application.h"
#include "regimen-renderer.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;
/* Started as src/main.c starts Regimen (meson's renderer-start). */
static gboolean started_as_main;

static void
test_decide (void)
{
  static const char *const llvmpipe = "llvmpipe (LLVM 15.0.6, 256 bits)";
  static const struct {
    const char *gsk_renderer;
    const char *gdk_debug;
    guint gtk_minor;
    gboolean gpu_device;
    const char *gl_renderer;
    RegimenRenderer expected;
  } cases[] = {
    /* No GPU's device: GL is not asked. */
    { NULL, NULL, 8, FALSE, NULL, REGIMEN_RENDERER_CAIRO },
    { "", NULL, 8, FALSE, NULL, REGIMEN_RENDERER_CAIRO },
    { NULL, "frames", 8, FALSE, NULL, REGIMEN_RENDERER_CAIRO },
    /* A device, and GL in software all the same (Xvfb, a remote display). */
    { NULL, NULL, 8, TRUE, llvmpipe, REGIMEN_RENDERER_CAIRO },
    { NULL, NULL, 8, TRUE, "softpipe", REGIMEN_RENDERER_CAIRO },
    { NULL, NULL, 8, TRUE, "Software Rasterizer", REGIMEN_RENDERER_CAIRO },
    { NULL, NULL, 8, TRUE, "Mesa DRI swrast", REGIMEN_RENDERER_CAIRO },
    { NULL, NULL, 12, TRUE, llvmpipe, REGIMEN_RENDERER_CAIRO },
    /* A real GPU: GTK's GL, as before. */
    { NULL, NULL, 8, TRUE, "Mesa Intel(R) UHD Graphics 620 (KBL GT2)", REGIMEN_RENDERER_GTK },
    { NULL, NULL, 8, TRUE, "AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)", REGIMEN_RENDERER_GTK },
    { NULL, NULL, 8, TRUE, "NVIDIA GeForce GTX 1050/PCIe/SSE2", REGIMEN_RENDERER_GTK },
    /* A device but no GL: GTK falls back to cairo itself. */
    { NULL, NULL, 8, TRUE, NULL, REGIMEN_RENDERER_GTK },
    /* GTK 4.14 and later choose themselves. */
    { NULL, NULL, 14, FALSE, NULL, REGIMEN_RENDERER_GTK },
    { NULL, NULL, 20, TRUE, llvmpipe, REGIMEN_RENDERER_GTK },
    /* The person's choice wins. */
    { "gl", NULL, 8, TRUE, llvmpipe, REGIMEN_RENDERER_GTK },
    { "gl", NULL, 8, FALSE, NULL, REGIMEN_RENDERER_GTK },
    { "ngl", NULL, 8, FALSE, NULL, REGIMEN_RENDERER_GTK },
    { "cairo", NULL, 8, FALSE, NULL, REGIMEN_RENDERER_GTK },
    { NULL, "gl-glx", 8, FALSE, NULL, REGIMEN_RENDERER_GTK },
    { NULL, "frames,opengl", 8, TRUE, llvmpipe, REGIMEN_RENDERER_GTK },
    { NULL, "events:gl-disable", 8, FALSE, NULL, REGIMEN_RENDERER_GTK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *reason = NULL;
      RegimenRenderer renderer = regimen_renderer_decide (cases[i].gsk_renderer, cases[i].gdk_debug,
                                                          cases[i].gtk_minor, cases[i].gpu_device,
                                                          cases[i].gl_renderer, &reason);

      g_test_message ("GSK_RENDERER=%s GDK_DEBUG=%s GTK 4.%u device %d GL_RENDERER=%s: %s",
                      cases[i].gsk_renderer ? cases[i].gsk_renderer : "(unset)",
                      cases[i].gdk_debug ? cases[i].gdk_debug : "(unset)",
                      cases[i].gtk_minor, cases[i].gpu_device,
                      cases[i].gl_renderer ? cases[i].gl_renderer : "(none)", reason);
      g_assert_cmpint (renderer, ==, cases[i].expected);
      g_assert_nonnull (reason);
    }
}

/* Where a GPU's device can be reached GL is asked for its GL_RENDERER:
 * under Xvfb, which has no GPU, it is Mesa's software rasterizer. */
static void
test_gl_renderer (void)
{
  g_autofree char *gl_renderer = regimen_renderer_query_gl_renderer (gdk_display_get_default ());

  if (gl_renderer == NULL)
    {
      g_test_skip ("no GL on this display");
      return;
    }

  g_test_message ("GL_RENDERER: %s", gl_renderer);
  g_assert_cmpint (regimen_renderer_decide (NULL, NULL, 8, TRUE, gl_renderer, NULL), ==, REGIMEN_RENDERER_CAIRO);
}

/* The window's renderer, as GTK realized it: with GSK_RENDERER unset the
 * cairo renderer (Xvfb's GL is llvmpipe), with GSK_RENDERER=gl GL. */
static void
test_window_renderer (void)
{
  const char *gsk_renderer = g_getenv ("GSK_RENDERER");
  RegimenWindow *window;
  GskRenderer *renderer;
  g_autoptr(GError) error = NULL;

  if (!gdk_display_prepare_gl (gdk_display_get_default (), &error))
    {
      g_test_skip_printf ("no GL on this display: %s", error->message);
      return;
    }

  window = ui_test_open_window (app);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_test_message ("GSK_RENDERER=%s: %s, %s", gsk_renderer ? gsk_renderer : "(unset)", G_OBJECT_TYPE_NAME (renderer),
                  regimen_renderer_get_reason ());

  if (gsk_renderer == NULL)
    g_assert_cmpstr (G_OBJECT_TYPE_NAME (renderer), ==, "GskCairoRenderer");
  else if (g_str_equal (gsk_renderer, "gl"))
    g_assert_cmpstr (G_OBJECT_TYPE_NAME (renderer), ==, "GskGLRenderer");
  else
    g_assert_not_reached ();

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* Started as Regimen starts (issue 20), where the windows are drawn
 * with cairo whatever GL is (no GPU's device): GDK never set GL up — GTK
 * 4.8's X11 backend did so when it opened the display, Mesa loaded and a
 * context made (207 M instructions on llvmpipe, 45 % of a bare window's
 * start) for a renderer no window used — the window is drawn with cairo
 * all the same, and the environment is the person's again (no GDK_DEBUG
 * for the programs Regimen starts). */
static void
test_start_without_gl (void)
{
  g_autoptr(GError) error = NULL;
  const char *reason = regimen_renderer_get_reason ();
  RegimenWindow *window;

  g_assert_nonnull (reason);
  g_test_message ("why: %s", reason);
  if (!g_str_has_prefix (reason, "no GPU device"))
    {
      g_test_skip_printf ("the windows may be drawn with GL here: %s", reason);
      return;
    }

  g_assert_false (gdk_display_prepare_gl (gdk_display_get_default (), &error));
  g_assert_error (error, GDK_GL_ERROR, GDK_GL_ERROR_NOT_AVAILABLE);
  g_assert_null (g_getenv ("GDK_DEBUG"));

  window = ui_test_open_window (app);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), ==, "GskCairoRenderer");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (regimen_window_get_week_view (window))));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  /* As src/main.c does, before GTK opens the display. */
  started_as_main = g_strcmp0 (g_getenv ("RENDERER_TEST_START"), "main") == 0;
  if (started_as_main)
    regimen_renderer_skip_gl ();

  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/renderer/decide", test_decide);
  if (started_as_main)
    {
      g_test_add_func ("/ui/renderer/start-without-gl", test_start_without_gl);
      return g_test_run ();
    }
  g_test_add_func ("/ui/renderer/gl-renderer", test_gl_renderer);
  g_test_add_func ("/ui/renderer/window", test_window_renderer);

  return g_test_run ();
}
