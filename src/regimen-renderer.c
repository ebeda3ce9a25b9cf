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
 * 4.14 on; on 4.8 Regimen makes the same choice before its first window
 * is realized. */

#define G_LOG_DOMAIN "regimen"

#include "config.h"

#include <epoxy/gl.h>

#include "regimen-renderer.h"

static char *chosen_reason;

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

/* The GL_RENDERER of a GL context of @display, or %NULL where GTK has no
 * GL. The display has made its own context already on X11, where it
 * chose its visual by it; a new context shares it, and costs little. */
static char *
query_gl_renderer (GdkDisplay *display)
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

/**
 * regimen_renderer_decide:
 * @gsk_renderer: (nullable): GSK_RENDERER, as the person set it
 * @gdk_debug: (nullable): GDK_DEBUG, as the person set it
 * @gl_renderer: (nullable): GL_RENDERER of the display's GL, or %NULL
 *   where there is none
 * @reason: (out) (optional): why, in a few words
 *
 * Decides who picks the renderer of Regimen's windows: cairo where GL
 * would be drawn in software, GTK everywhere else. The person's
 * GSK_RENDERER always wins, and so does a GDK_DEBUG that asks anything
 * of GL: they are looking at GTK's GL and get it.
 *
 * Returns: cairo or GTK
 */
RegimenRenderer
regimen_renderer_decide (const char  *gsk_renderer,
                         const char  *gdk_debug,
                         const char  *gl_renderer,
                         const char **reason)
{
  const char *why;
  RegimenRenderer renderer = REGIMEN_RENDERER_GTK;

  if (gsk_renderer != NULL && gsk_renderer[0] != '\0')
    why = "GSK_RENDERER is set";
  else if (debugs_gl (gdk_debug))
    why = "GDK_DEBUG asks for GL";
  else if (gl_renderer == NULL)
    why = "no GL, GTK draws with cairo";
  else if (is_software_gl (gl_renderer))
    {
      why = "GL is software";
      renderer = REGIMEN_RENDERER_CAIRO;
    }
  else
    why = "GL is hardware";

  if (reason != NULL)
    *reason = why;

  return renderer;
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
  g_autofree char *gl_renderer = NULL;
  const char *why;
  RegimenRenderer renderer;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  /* Neither is asked for GL when the person chose: GSK_RENDERER=cairo
   * should not load Mesa for nothing. */
  if ((gsk_renderer == NULL || gsk_renderer[0] == '\0') && !debugs_gl (gdk_debug))
    gl_renderer = query_gl_renderer (display);

  renderer = regimen_renderer_decide (gsk_renderer, gdk_debug, gl_renderer, &why);
  if (renderer == REGIMEN_RENDERER_CAIRO)
    g_object_set_data (G_OBJECT (display), "gsk-renderer", (gpointer) "cairo");

  g_clear_pointer (&chosen_reason, g_free);
  chosen_reason = gl_renderer != NULL
                  ? g_strdup_printf ("%s (%s)", why, gl_renderer)
                  : g_strdup (why);
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
