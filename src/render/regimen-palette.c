/* regimen-palette.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-palette"

#include "config.h"

#include "regimen-palette.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }

/* Colours of the GNOME palette and libadwaita's named colours, so drawings
 * sit well in the app in both styles and on paper. */
static const RegimenColor palette[2][REGIMEN_N_COLORS] = {
  [REGIMEN_PALETTE_LIGHT] = {
    [REGIMEN_COLOR_FOREGROUND]     = RGB (0x24, 0x1f, 0x31),
    [REGIMEN_COLOR_DIM_FOREGROUND] = RGB (0x5e, 0x5c, 0x64),
    [REGIMEN_COLOR_BACKGROUND]     = RGB (0xff, 0xff, 0xff),
    [REGIMEN_COLOR_ACCENT]         = RGB (0x1c, 0x71, 0xd8),
    [REGIMEN_COLOR_SUCCESS]        = RGB (0x26, 0xa2, 0x69),
    [REGIMEN_COLOR_WARNING]        = RGB (0xc6, 0x46, 0x00),
    [REGIMEN_COLOR_ERROR]          = RGB (0xc0, 0x1c, 0x28),
    [REGIMEN_COLOR_FIGURE]         = RGB (0x35, 0x84, 0xe4),
    [REGIMEN_COLOR_FIGURE_FAR]     = RGB (0x99, 0xc1, 0xf1),
    [REGIMEN_COLOR_PROP]           = RGB (0x5e, 0x5c, 0x64),
    [REGIMEN_COLOR_GROUND]         = RGB (0xde, 0xdd, 0xda),
  },
  [REGIMEN_PALETTE_DARK] = {
    [REGIMEN_COLOR_FOREGROUND]     = RGB (0xff, 0xff, 0xff),
    [REGIMEN_COLOR_DIM_FOREGROUND] = RGB (0xc0, 0xbf, 0xbc),
    [REGIMEN_COLOR_BACKGROUND]     = RGB (0x24, 0x24, 0x24),
    [REGIMEN_COLOR_ACCENT]         = RGB (0x78, 0xae, 0xed),
    [REGIMEN_COLOR_SUCCESS]        = RGB (0x8f, 0xf0, 0xa4),
    [REGIMEN_COLOR_WARNING]        = RGB (0xf8, 0xe4, 0x5c),
    [REGIMEN_COLOR_ERROR]          = RGB (0xff, 0x7b, 0x63),
    [REGIMEN_COLOR_FIGURE]         = RGB (0x62, 0xa0, 0xea),
    [REGIMEN_COLOR_FIGURE_FAR]     = RGB (0x1a, 0x5f, 0xb4),
    [REGIMEN_COLOR_PROP]           = RGB (0xc0, 0xbf, 0xbc),
    [REGIMEN_COLOR_GROUND]         = RGB (0x3d, 0x38, 0x46),
  },
};

/**
 * regimen_palette_get:
 * @variant: light (also for paper) or dark
 * @role: what the colour is used for
 *
 * Returns: (transfer none): the colour of @role in @variant
 */
const RegimenColor *
regimen_palette_get (RegimenPaletteVariant variant,
                     RegimenColorRole      role)
{
  g_return_val_if_fail (variant == REGIMEN_PALETTE_LIGHT || variant == REGIMEN_PALETTE_DARK, NULL);
  g_return_val_if_fail (role < REGIMEN_N_COLORS, NULL);

  return &palette[variant][role];
}

/**
 * regimen_palette_set_source:
 * @cr: a cairo context
 * @variant: light (also for paper) or dark
 * @role: what the colour is used for
 *
 * Makes the colour of @role the source of @cr.
 */
void
regimen_palette_set_source (cairo_t               *cr,
                            RegimenPaletteVariant  variant,
                            RegimenColorRole       role)
{
  const RegimenColor *color = regimen_palette_get (variant, role);

  g_return_if_fail (color != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}
