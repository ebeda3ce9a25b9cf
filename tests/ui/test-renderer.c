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

static void
test_decide (void)
{
  static const struct {
    const char *gsk_renderer;
    const char *gdk_debug;
    const char *gl_renderer;
    RegimenRenderer expected;
  } cases[] = {
    { NULL, NULL, "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_CAIRO },
    { NULL, NULL, "softpipe", REGIMEN_RENDERER_CAIRO },
    { NULL, NULL, "Software Rasterizer", REGIMEN_RENDERER_CAIRO },
    { NULL, NULL, "Mesa DRI swrast", REGIMEN_RENDERER_CAIRO },
    { "", NULL, "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_CAIRO },
    { NULL, "frames", "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_CAIRO },
    /* A real GPU: GTK's GL, as before. */
    { NULL, NULL, "Mesa Intel(R) UHD Graphics 620 (KBL GT2)", REGIMEN_RENDERER_GTK },
    { NULL, NULL, "AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)", REGIMEN_RENDERER_GTK },
    { NULL, NULL, "NVIDIA GeForce GTX 1050/PCIe/SSE2", REGIMEN_RENDERER_GTK },
    /* No GL: GTK falls back to cairo itself. */
    { NULL, NULL, NULL, REGIMEN_RENDERER_GTK },
    /* The person's choice wins. */
    { "gl", NULL, "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_GTK },
    { "ngl", NULL, "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_GTK },
    { "cairo", NULL, "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_GTK },
    { NULL, "gl-glx", "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_GTK },
    { NULL, "frames,opengl", "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_GTK },
    { NULL, "events:gl-disable", "llvmpipe (LLVM 15.0.6, 256 bits)", REGIMEN_RENDERER_GTK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *reason = NULL;
      RegimenRenderer renderer = regimen_renderer_decide (cases[i].gsk_renderer, cases[i].gdk_debug,
                                                          cases[i].gl_renderer, &reason);

      g_test_message ("GSK_RENDERER=%s GDK_DEBUG=%s GL_RENDERER=%s: %s",
                      cases[i].gsk_renderer, cases[i].gdk_debug, cases[i].gl_renderer, reason);
      g_assert_cmpint (renderer, ==, cases[i].expected);
      g_assert_nonnull (reason);
    }
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
  g_test_message ("GSK_RENDERER=%s: %s, %s", gsk_renderer, G_OBJECT_TYPE_NAME (renderer),
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

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/renderer/decide", test_decide);
  g_test_add_func ("/ui/renderer/window", test_window_renderer);

  return g_test_run ();
}
