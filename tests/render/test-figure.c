/* test-figure.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "regimen-figure.h"

/* Part of the plan file contract (DESIGN.md): every built-in exercise must
 * have an illustration. */
static const char * const exercise_ids[] = {
  "band-hurdle-hold", "side-plank-hip-flexion", "banded-mountain-climber",
  "hanging-hip-flexion", "narrow-stance-squat", "isometric-pistol",
  "eccentric-pistol-squat", "toe-grab-pistol-squat", "pistol-squat",
  "pelvic-tilt", "heel-slide", "straight-leg-raise",
  "single-leg-high-knee-hold", "single-leg-sprinter-rdl",
  "sprinter-single-leg-glute-bridge", "kettlebell-weighted-knee-drive",
  "pause-split-squat", "goblet-squat", "front-squat", "deadlift",
  "half-kneeling-cable-chop", "half-kneeling-cable-lift",
  "half-kneeling-belly-press", "burpee", "easy-run", "sprint",
  "banded-side-step", "bodyweight-squat", "lunge", "step-up",
  "single-leg-squat", "a-skip", "barbell-back-squat",
  "kneeling-single-arm-cable-row", "push-up", "lat-pulldown", "calf-raise",
  "seated-dumbbell-shoulder-press", "kettlebell-swing",
  "dumbbell-reverse-lunge-knee-drive", "seated-cable-row",
  "hanging-leg-raise", "physioball-roll-in", "standing-leg-curl",
};

/* Room around the box, where nothing may be drawn. */
#define BORDER 12

static GHashTable *
load_poses (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *filename = NULL;
  GHashTable *sequences;
  gsize length;

  filename = g_test_build_filename (G_TEST_DIST, "..", "data", "exercise-poses.json", NULL);
  g_file_get_contents (filename, &contents, &length, &error);
  g_assert_no_error (error);

  sequences = regimen_pose_sequences_parse (contents, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sequences);

  return sequences;
}

static void
test_figure_every_exercise_has_poses (void)
{
  g_autoptr(GHashTable) sequences = load_poses ();
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < G_N_ELEMENTS (exercise_ids); i++)
    {
      RegimenPoseSequence *sequence = g_hash_table_lookup (sequences, exercise_ids[i]);

      if (sequence == NULL)
        g_error ("no poses for %s", exercise_ids[i]);
      g_assert_cmpuint (regimen_pose_sequence_get_n_frames (sequence), >=, 2);
    }

  g_hash_table_iter_init (&iter, sequences);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_assert_cmpuint (regimen_pose_sequence_get_n_frames (value), >=, 2);
      g_assert_cmpfloat (regimen_pose_sequence_get_duration (value), >, 0.0);
    }
}

typedef struct
{
  guint inside;
  guint outside;
} Coverage;

static Coverage
count_pixels (cairo_surface_t *surface,
              int              box_size)
{
  Coverage coverage = { 0, 0 };
  int size = cairo_image_surface_get_width (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);

  for (int row = 0; row < size; row++)
    {
      const guint32 *pixels = (const guint32 *) (gconstpointer) (data + row * stride);

      for (int col = 0; col < size; col++)
        {
          gboolean in_box = row >= BORDER && row < BORDER + box_size &&
                            col >= BORDER && col < BORDER + box_size;

          if ((pixels[col] >> 24) == 0)
            continue;

          if (in_box)
            coverage.inside++;
          else
            coverage.outside++;
        }
    }

  return coverage;
}

static Coverage
draw_into_box (const RegimenPoseFrame    *frame,
               const RegimenPoseSequence *sequence,
               double                     time,
               int                        box_size,
               RegimenPaletteVariant      variant)
{
  cairo_surface_t *surface;
  Coverage coverage;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, box_size + 2 * BORDER, box_size + 2 * BORDER);
  cr = cairo_create (surface);

  if (frame != NULL)
    regimen_figure_draw (cr, frame, BORDER, BORDER, box_size, box_size, variant);
  else
    regimen_figure_draw_sequence (cr, sequence, time, BORDER, BORDER, box_size, box_size, variant);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  coverage = count_pixels (surface, box_size);
  cairo_surface_destroy (surface);

  return coverage;
}

static void
test_figure_draws_inside_box (void)
{
  static const int sizes[] = { 64, 400 };
  g_autoptr(GHashTable) sequences = load_poses ();
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, sequences);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RegimenPoseSequence *sequence = value;

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        for (guint v = REGIMEN_PALETTE_LIGHT; v <= REGIMEN_PALETTE_DARK; v++)
          {
            for (guint f = 0; f < regimen_pose_sequence_get_n_frames (sequence); f++)
              {
                Coverage coverage;

                coverage = draw_into_box (regimen_pose_sequence_get_frame (sequence, f), NULL, 0.0,
                                          sizes[s], v);
                if (coverage.outside > 0 || coverage.inside < (guint) sizes[s])
                  g_error ("%s frame %u at %d px: %u pixels inside, %u outside",
                           (const char *) key, f, sizes[s], coverage.inside, coverage.outside);
              }

            /* a moment between key frames, drawn at the movement's scale */
            {
              double time = regimen_pose_sequence_get_duration (sequence) * 0.37;
              Coverage coverage = draw_into_box (NULL, sequence, time, sizes[s], v);

              if (coverage.outside > 0 || coverage.inside < (guint) sizes[s])
                g_error ("%s at %.2f s, %d px: %u pixels inside, %u outside",
                         (const char *) key, time, sizes[s], coverage.inside, coverage.outside);
            }
          }
    }
}

static void
test_figure_uses_palette (void)
{
  RegimenPoseFrame frame;
  const RegimenColor *figure = regimen_palette_get (REGIMEN_PALETTE_DARK, REGIMEN_COLOR_FIGURE);
  cairo_surface_t *surface;
  const guint8 *data;
  gboolean found = FALSE;
  cairo_t *cr;
  int stride;

  regimen_pose_frame_init_standing (&frame);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
  cr = cairo_create (surface);
  regimen_figure_draw (cr, &frame, 0, 0, 100, 100, REGIMEN_PALETTE_DARK);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  /* the torso runs down the middle of a standing figure */
  for (int row = 0; row < 100 && !found; row++)
    {
      guint32 pixel = ((const guint32 *) (gconstpointer) (data + row * stride))[50];

      found = (pixel >> 24) == 0xff &&
              ((pixel >> 16) & 0xff) == (guint) (figure->red * 255.0 + 0.5) &&
              ((pixel >> 8) & 0xff) == (guint) (figure->green * 255.0 + 0.5) &&
              (pixel & 0xff) == (guint) (figure->blue * 255.0 + 0.5);
    }

  cairo_surface_destroy (surface);
  g_assert_true (found);
}

/* Every exercise's thumbnail puts a figure in a 64 px box. How long the
 * thumbnails take is a figure of `build-aux/dev bench`, not of a test. */
static void
test_figure_every_thumbnail_draws (void)
{
  g_autoptr(GHashTable) sequences = load_poses ();
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, sequences);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
      cairo_t *cr = cairo_create (surface);
      const unsigned char *data;
      int stride;
      guint painted = 0;

      regimen_figure_draw (cr, regimen_pose_sequence_get_thumbnail (value), 0, 0, 64, 64, REGIMEN_PALETTE_LIGHT);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < 64; y++)
        for (int x = 0; x < 64; x++)
          if (data[y * stride + x * 4 + 3] != 0)
            painted++;

      if (painted < 64)
        g_test_message ("%s: only %u pixels painted", (const char *) key, painted);
      g_assert_cmpuint (painted, >=, 64);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/figure/every-exercise-has-poses", test_figure_every_exercise_has_poses);
  g_test_add_func ("/figure/draws-inside-box", test_figure_draws_inside_box);
  g_test_add_func ("/figure/uses-palette", test_figure_uses_palette);
  g_test_add_func ("/figure/every-thumbnail-draws", test_figure_every_thumbnail_draws);

  return g_test_run ();
}
