/* regimen-renderer.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where GL is drawn on the processor (Mesa's llvmpipe, softpipe or
 * swrast: no GPU, or none the sandbox may reach), GTK 4.8's GL renderer
 * needs about 30 ms to draw a page of the week, where its cairo renderer
 * needs 4 (docs/benchmarks.md). GTK itself draws with cairo there from
 * 4.14 on (it asks its display's GL for GL_RENDERER); before 4.14 Regimen
 * makes the same choice before its first window is realized. */

#define G_LOG_DOMAIN "regimen"

#include "config.h"

#include <epoxy/gl.h>

#include "regimen-renderer.h"

static char *chosen_reason;
/* Whether regimen_renderer_skip_gl() set GDK_DEBUG, which the choice
 * takes out again once GTK has read it. */
static gboolean gl_skipped;

/* Whether GDK_DEBUG's flags (@gdk_debug, as GDK reads them: separated by
 * colons, semicolons, commas or spaces) ask anything of GTK's GL. */
static gboolean
debugs_gl (const char *gdk_debug)
{
  g_auto(GStrv) flags = NULL;

  if (gdk_debug == NULL)
    return FALSE;

  flags = g_strsplit_set (gdk_debug, ":;, \t", -1);
  for (guint i = 0; flags[i] != NULL; i++)
    {
      if (g_str_has_prefix (flags[i], "gl-") || g_ascii_strcasecmp (flags[i], "opengl") == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether @gl_renderer, GL's GL_RENDERER, names one of Mesa's software
 * rasterizers. */
static gboolean
is_software_gl (const char *gl_renderer)
{
  static const char *const software[] = { "llvmpipe", "softpipe", "swrast", "software rasterizer" };
  g_autofree char *name = g_ascii_strdown (gl_renderer, -1);

  for (guint i = 0; i < G_N_ELEMENTS (software); i++)
    {
      if (strstr (name, software[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Whether this process can reach a GPU's device: a DRM node, which
 * Mesa's hardware drivers open (/dev/dri, which a Flatpak sees only with
 * --device=dri), NVIDIA's own driver's control node, or WSL's GPU. Without
 * one GL can only be drawn in software, and knowing so costs a look at
 * /dev, where asking GL costs a context of its own (tens of milliseconds
 * on llvmpipe). */
static gboolean
has_gpu_device (void)
{
  g_autoptr(GDir) dri = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  if (g_file_test ("/dev/nvidiactl", G_FILE_TEST_EXISTS) || g_file_test ("/dev/dxg", G_FILE_TEST_EXISTS))
    return TRUE;

  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    {
      if (g_str_has_prefix (name, "renderD") || g_str_has_prefix (name, "card"))
        return TRUE;
    }

  return FALSE;
}

/**
 * regimen_renderer_query_gl_renderer:
 * @display: a display
 *
 * Asks GL of @display for its GL_RENDERER, as GTK 4.14 asks the
 * display's own context. GTK 4.8 does not give that one, so this makes a
 * context of its own, sharing the display's (which X11 made ready when it
 * opened the display, to choose its visual by it): on llvmpipe that costs
 * tens of milliseconds, as GTK's GL renderer pays again for its own.
 *
 * Returns: (transfer full) (nullable): GL_RENDERER, or %NULL where GTK
 *   has no GL
 */
char *
regimen_renderer_query_gl_renderer (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  char *copy;

  if (!gdk_display_prepare_gl (display, &error))
    {
      g_debug ("No GL: %s", error->message);
      return NULL;
    }

  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_debug ("No GL context: %s", error->message);
      return NULL;
    }

  gdk_gl_context_make_current (context);
  name = (const char *) glGetString (GL_RENDERER);
  copy = g_strdup (name != NULL ? name : "");
  gdk_gl_context_clear_current ();

  return copy;
}

/* Why the renderer is GTK's to choose whatever GL is, or %NULL: the
 * person chose with GSK_RENDERER, or is looking at GTK's GL with a
 * GDK_DEBUG that asks anything of it, or GTK is 4.14 or later, which draws
 * with cairo where GL is llvmpipe itself. */
static const char *
left_to_gtk (const char *gsk_renderer,
             const char *gdk_debug,
             guint       gtk_minor)
{
  if (gsk_renderer != NULL && gsk_renderer[0] != '\0')
    return "GSK_RENDERER is set";
  if (debugs_gl (gdk_debug))
    return "GDK_DEBUG asks for GL";
  if (gtk_minor >= 14)
    return "GTK 4.14 or later chooses itself";

  return NULL;
}

/**
 * regimen_renderer_decide:
 * @gsk_renderer: (nullable): GSK_RENDERER, as the person set it
 * @gdk_debug: (nullable): GDK_DEBUG, as the person set it
 * @gtk_minor: GTK's minor version, as it runs
 * @gpu_device: whether a GPU's device can be reached
 * @gl_renderer: (nullable): GL_RENDERER of the display's GL, or %NULL
 *   where there is none or it was not asked
 * @reason: (out) (optional): why, in a few words
 *
 * Decides who picks the renderer of Regimen's windows: cairo where GL
 * would be drawn in software, GTK everywhere else and whenever the person
 * chose (left_to_gtk()).
 *
 * Returns: cairo or GTK
 */
RegimenRenderer
regimen_renderer_decide (const char  *gsk_renderer,
                         const char  *gdk_debug,
                         guint        gtk_minor,
                         gboolean     gpu_device,
                         const char  *gl_renderer,
                         const char **reason)
{
  const char *why = left_to_gtk (gsk_renderer, gdk_debug, gtk_minor);
  RegimenRenderer renderer;

  if (why != NULL)
    renderer = REGIMEN_RENDERER_GTK;
  else if (!gpu_device)
    {
      why = "no GPU device, GL would be software";
      renderer = REGIMEN_RENDERER_CAIRO;
    }
  else if (gl_renderer == NULL)
    {
      why = "no GL, GTK draws with cairo";
      renderer = REGIMEN_RENDERER_GTK;
    }
  else if (is_software_gl (gl_renderer))
    {
      why = "GL is software";
      renderer = REGIMEN_RENDERER_CAIRO;
    }
  else
    {
      why = "GL is hardware";
      renderer = REGIMEN_RENDERER_GTK;
    }

  if (reason != NULL)
    *reason = why;

  return renderer;
}

/**
 * regimen_renderer_skip_gl:
 *
 * Called before GTK opens the display, and before any thread runs (the
 * environment is changed): where the windows will be drawn with cairo
 * whatever GL is — no GPU's device, nothing left to GTK (left_to_gtk()),
 * and no GDK_DEBUG of the person's — GDK is told not to set GL up
 * (GDK_DEBUG=gl-disable). GTK 4.8's X11 backend otherwise sets GL up when
 * it opens the display, to choose the windows' visual by it: on Mesa's
 * llvmpipe that is Mesa loaded and a context made, 207 M instructions
 * on the main thread before the first window is built, for a renderer
 * no window uses (docs/benchmarks.md). regimen_renderer_choose_for_display()
 * takes the variable out again, so that no program Regimen starts (the
 * About window's links) gets it.
 */
void
regimen_renderer_skip_gl (void)
{
  if (g_getenv ("GDK_DEBUG") != NULL
      || left_to_gtk (g_getenv ("GSK_RENDERER"), NULL, gtk_get_minor_version ()) != NULL
      || has_gpu_device ())
    return;

  g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
  gl_skipped = TRUE;
}

/**
 * regimen_renderer_choose_for_display:
 * @display: the display Regimen's windows will be on
 *
 * Makes the decision of regimen_renderer_decide() for @display's windows,
 * which must not yet be realized: GTK picks a window's renderer when it
 * realizes it, and asks the display first (its “gsk-renderer”, which GTK
 * 4.8 and later read before GSK_RENDERER). Setting GSK_RENDERER here
 * instead would change the environment while GLib's and GDK's threads
 * run, and that of every program Regimen starts.
 */
void
regimen_renderer_choose_for_display (GdkDisplay *display)
{
  const char *gsk_renderer = g_getenv ("GSK_RENDERER");
  const char *gdk_debug = g_getenv ("GDK_DEBUG");
  guint gtk_minor = gtk_get_minor_version ();
  gboolean gpu_device = FALSE;
  g_autofree char *gl_renderer = NULL;
  const char *why;
  gboolean skipped;
  RegimenRenderer renderer;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  /* GDK read GDK_DEBUG when it opened the display, and reads it no more:
   * the person's environment again (it had none). Threads run by now
   * (the plan's read, GDBus): glibc takes the entry out in place and frees
   * nothing, so a getenv() on one of them meanwhile reads no freed memory. */
  skipped = gl_skipped;
  if (gl_skipped)
    {
      g_unsetenv ("GDK_DEBUG");
      gdk_debug = NULL;
      gl_skipped = FALSE;
    }

  /* Only what decides is looked at, GL last: its context costs most. */
  if (left_to_gtk (gsk_renderer, gdk_debug, gtk_minor) == NULL)
    {
      gpu_device = has_gpu_device ();
      if (gpu_device)
        gl_renderer = regimen_renderer_query_gl_renderer (display);
    }

  renderer = regimen_renderer_decide (gsk_renderer, gdk_debug, gtk_minor, gpu_device, gl_renderer, &why);
  if (renderer == REGIMEN_RENDERER_CAIRO)
    g_object_set_data (G_OBJECT (display), "gsk-renderer", (gpointer) "cairo");

  g_clear_pointer (&chosen_reason, g_free);
  if (gl_renderer != NULL)
    chosen_reason = g_strdup_printf ("%s (%s)", why, gl_renderer);
  else if (skipped)
    chosen_reason = g_strdup_printf ("%s, GL not set up", why);
  else
    chosen_reason = g_strdup (why);
  g_debug ("Renderer: %s, %s", renderer == REGIMEN_RENDERER_CAIRO ? "cairo" : "GTK's choice", chosen_reason);
}

/**
 * regimen_renderer_get_reason:
 *
 * Says why the renderer was chosen as it was, with GL's GL_RENDERER where
 * it was asked, as the benchmarks print it.
 *
 * Returns: (nullable): the reason, or %NULL before the choice
 */
const char *
regimen_renderer_get_reason (void)
{
  return chosen_reason;
}
