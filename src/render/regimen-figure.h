/* regimen-figure.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "regimen-palette.h"
#include "regimen-pose.h"

G_BEGIN_DECLS

void regimen_figure_draw          (cairo_t                   *cr,
                                   const RegimenPoseFrame    *frame,
                                   double                     x,
                                   double                     y,
                                   double                     width,
                                   double                     height,
                                   RegimenPaletteVariant      variant);
void regimen_figure_draw_sequence (cairo_t                   *cr,
                                   const RegimenPoseSequence *sequence,
                                   double                     time,
                                   double                     x,
                                   double                     y,
                                   double                     width,
                                   double                     height,
                                   RegimenPaletteVariant      variant);

G_END_DECLS
