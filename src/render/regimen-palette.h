/* regimen-palette.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} RegimenColor;

typedef enum
{
  REGIMEN_PALETTE_LIGHT,
  REGIMEN_PALETTE_DARK,
} RegimenPaletteVariant;

typedef enum
{
  REGIMEN_COLOR_FOREGROUND,
  REGIMEN_COLOR_DIM_FOREGROUND,
  REGIMEN_COLOR_BACKGROUND,
  REGIMEN_COLOR_ACCENT,
  REGIMEN_COLOR_SUCCESS,
  REGIMEN_COLOR_WARNING,
  REGIMEN_COLOR_ERROR,
  REGIMEN_COLOR_FIGURE,
  REGIMEN_COLOR_FIGURE_FAR,
  REGIMEN_COLOR_PROP,
  REGIMEN_COLOR_GROUND,
  REGIMEN_N_COLORS
} RegimenColorRole;

const RegimenColor *regimen_palette_get        (RegimenPaletteVariant  variant,
                                                RegimenColorRole       role);
void                regimen_palette_set_source (cairo_t               *cr,
                                                RegimenPaletteVariant  variant,
                                                RegimenColorRole       role);

G_END_DECLS
