/* regimen-renderer.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Who picks how the windows are drawn. */
typedef enum
{
  /* GTK, as it would without Regimen: GSK_RENDERER, else GL, else cairo. */
  REGIMEN_RENDERER_GTK,
  /* GTK's cairo renderer, on the processor. */
  REGIMEN_RENDERER_CAIRO,
} RegimenRenderer;

RegimenRenderer regimen_renderer_decide             (const char  *gsk_renderer,
                                                     const char  *gdk_debug,
                                                     guint        gtk_minor,
                                                     gboolean     gpu_device,
                                                     const char  *gl_renderer,
                                                     const char **reason);
char           *regimen_renderer_query_gl_renderer  (GdkDisplay  *display);
void            regimen_renderer_skip_gl            (void);
void            regimen_renderer_choose_for_display (GdkDisplay  *display);
const char     *regimen_renderer_get_reason         (void);

G_END_DECLS
