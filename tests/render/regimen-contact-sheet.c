/* regimen-contact-sheet.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Draws every key frame of every exercise into one PNG per palette
 * variant, so the poses can be reviewed by eye at a glance. */

#define G_LOG_DOMAIN "regimen-contact-sheet"

#include "config.h"

#include <stdlib.h>

#include <pango/pangocairo.h>

#include "regimen-figure.h"

#define COLUMNS        3
#define FRAMES_PER_ROW 4
#define LABEL_HEIGHT   22.0
#define GAP            10.0

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
write_sheet (GHashTable             *sequences,
             const char * const     *ids,
             guint                   n_ids,
             double                  cell,
             RegimenPaletteVariant   variant,
             const char             *filename)
{
  double block_width = FRAMES_PER_ROW * cell + GAP;
  double block_height = cell + LABEL_HEIGHT + GAP;
  guint columns = MIN (COLUMNS, n_ids);
  guint rows = (n_ids + columns - 1) / columns;
  cairo_surface_t *surface;
  cairo_status_t status;
  PangoLayout *layout;
  PangoFontDescription *font;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) (columns * block_width + GAP),
                                        (int) (rows * block_height + GAP));
  cr = cairo_create (surface);
  regimen_palette_set_source (cr, variant, REGIMEN_COLOR_BACKGROUND);
  cairo_paint (cr);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Sans 10");
  pango_layout_set_font_description (layout, font);

  for (guint i = 0; i < n_ids; i++)
    {
      RegimenPoseSequence *sequence = g_hash_table_lookup (sequences, ids[i]);
      double x = GAP + (i % columns) * block_width;
      double y = GAP + (i / columns) * block_height;
      guint n_frames = regimen_pose_sequence_get_n_frames (sequence);

      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_FOREGROUND);
      pango_layout_set_text (layout, ids[i], -1);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);

      for (guint f = 0; f < MIN (n_frames, FRAMES_PER_ROW); f++)
        {
          double fx = x + f * cell;
          double fy = y + LABEL_HEIGHT;

          /* the frame shown in thumbnails gets an accent border */
          cairo_rectangle (cr, fx + 0.5, fy + 0.5, cell - 1.0, cell - 1.0);
          if (regimen_pose_sequence_get_frame (sequence, f) == regimen_pose_sequence_get_thumbnail (sequence))
            regimen_palette_set_source (cr, variant, REGIMEN_COLOR_ACCENT);
          else
            regimen_palette_set_source (cr, variant, REGIMEN_COLOR_GROUND);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);

          regimen_figure_draw (cr, regimen_pose_sequence_get_frame (sequence, f),
                               fx, fy, cell, cell, variant);
        }
    }

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, filename);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("%s: %s\n", filename, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) sequences = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *light = NULL;
  g_autofree char *dark = NULL;
  g_autofree const char **ids = NULL;
  double cell = 140.0;
  gsize length;
  guint n_ids;

  if (argc < 3)
    {
      g_printerr ("Usage: %s POSES.json OUTPUT-PREFIX [CELL-SIZE [EXERCISE-ID…]]\n", argv[0]);
      return EXIT_FAILURE;
    }

  if (argc > 3)
    cell = CLAMP (g_ascii_strtod (argv[3], NULL), 32.0, 600.0);

  if (!g_file_get_contents (argv[1], &contents, &length, &error) ||
      (sequences = regimen_pose_sequences_parse (contents, length, &error)) == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }

  if (argc > 4)
    {
      /* only the exercises named, in that order */
      n_ids = argc - 4;
      ids = g_new0 (const char *, n_ids + 1);
      for (guint i = 0; i < n_ids; i++)
        {
          if (!g_hash_table_contains (sequences, argv[i + 4]))
            {
              g_printerr ("%s: no poses for %s\n", argv[1], argv[i + 4]);
              return EXIT_FAILURE;
            }
          ids[i] = argv[i + 4];
        }
    }
  else
    {
      ids = (const char **) g_hash_table_get_keys_as_array (sequences, &n_ids);
      g_qsort_with_data (ids, n_ids, sizeof (char *), compare_ids, NULL);
    }

  light = g_strdup_printf ("%s-light.png", argv[2]);
  dark = g_strdup_printf ("%s-dark.png", argv[2]);

  if (!write_sheet (sequences, ids, n_ids, cell, REGIMEN_PALETTE_LIGHT, light) ||
      !write_sheet (sequences, ids, n_ids, cell, REGIMEN_PALETTE_DARK, dark))
    return EXIT_FAILURE;

  return EXIT_SUCCESS;
}
