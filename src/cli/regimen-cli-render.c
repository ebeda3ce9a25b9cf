/* regimen-cli-render.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* regimen-cli render: an exercise's figure as a PNG or SVG file, drawn by
 * the same renderer as the app's library and detail and the printed sheet. */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "regimen-figure.h"
#include "regimen-palette.h"
#include "regimen-cli-private.h"

#define DEFAULT_SIZE 512
#define MIN_SIZE 16
#define MAX_SIZE 4096
/* The latest --time, a day: the movement repeats, so any moment of it is
 * within its first repetition's few seconds. */
#define MAX_TIME (24 * 60 * 60)
/* Room around the figure, as in the exercise detail. */
#define MARGIN_FRACTION (1.0 / 32.0)
/* The figure in an SVG is an image of four pixels for each of the SVG's
 * (about what cairo would use, 300 dpi), up to MAX_SIZE. */
#define SVG_FIGURE_SCALE 4.0

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
} Format;

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The figure, on a transparent box of @size: @frame is a key pose, or
 * NULL to draw @poses at @time. */
static void
draw_figure (cairo_t                   *cr,
             RegimenPoseSequence       *poses,
             const RegimenPoseFrame    *frame,
             double                     time,
             int                        size,
             RegimenPaletteVariant      variant)
{
  double margin = size * MARGIN_FRACTION;

  if (frame != NULL)
    regimen_figure_draw (cr, frame, margin, margin, size - 2 * margin, size - 2 * margin, variant);
  else
    regimen_figure_draw_sequence (cr, poses, time, margin, margin, size - 2 * margin, size - 2 * margin, variant);
}

static gboolean
set_cairo_error (cairo_status_t   status,
                 GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s is cairo's reason */
               _("The figure could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

/* The figure drawn into an image SCALE times the size, so it stays sharp
 * when an SVG is shown larger; %NULL with @error set when it could not
 * be drawn. */
static cairo_surface_t *
render_figure_image (RegimenPoseSequence     *poses,
                     const RegimenPoseFrame  *frame,
                     double                   time,
                     int                      size,
                     double                   scale,
                     RegimenPaletteVariant    variant,
                     GError                 **error)
{
  int pixels = (int) ceil (size * scale);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cairo_t *cr = cairo_create (image);
  cairo_status_t status;

  cairo_scale (cr, scale, scale);
  draw_figure (cr, poses, frame, time, size, variant);
  /* The drawing's own status, not only the image's: short of memory for
   * the figure's group (a second image of its size), the image was there
   * but left empty, and the SVG was written with the background alone,
   * exit status 0. */
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (image);
  if (!set_cairo_error (status, error))
    {
      cairo_surface_destroy (image);
      return NULL;
    }

  return image;
}

static GByteArray *
render (Format                  format,
        RegimenPoseSequence    *poses,
        const RegimenPoseFrame *frame,
        double                  time,
        int                     size,
        RegimenPaletteVariant   variant,
        GError                **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_surface_t *figure = NULL;
  cairo_status_t status;
  cairo_t *cr;

  if (format == FORMAT_SVG)
    {
      /* The figure cuts transparent halos (CAIRO_OPERATOR_CLEAR), which SVG
       * 1.1 cannot express. Left to itself, cairo's SVG backend would fall
       * back to an image of its own, through a path that leaks and reads
       * uninitialised memory in cairo 1.16; the same image is made here
       * instead, explicitly, and placed over a vector background. */
      double scale = MIN (SVG_FIGURE_SCALE, (double) MAX_SIZE / size);

      figure = render_figure_image (poses, frame, time, size, scale, variant, error);
      if (figure == NULL)
        return NULL;

      surface = cairo_svg_surface_create_for_stream (append_to_array, data, size, size);
      /* Pixels, so the picture is SIZE pixels wide wherever it is shown. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      cr = cairo_create (surface);
      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_BACKGROUND);
      cairo_paint (cr);
      cairo_scale (cr, 1.0 / scale, 1.0 / scale);
      cairo_set_source_surface (cr, figure, 0.0, 0.0);
      cairo_paint (cr);
    }
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
      cr = cairo_create (surface);
      regimen_palette_set_source (cr, variant, REGIMEN_COLOR_BACKGROUND);
      cairo_paint (cr);
      draw_figure (cr, poses, frame, time, size, variant);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      if (format == FORMAT_PNG)
        status = cairo_surface_write_to_png_stream (surface, append_to_array, data);
      else
        {
          /* Finishing writes the rest of the SVG to the stream. */
          cairo_surface_finish (surface);
          status = cairo_surface_status (surface);
        }
    }

  cairo_surface_destroy (surface);
  if (figure != NULL)
    cairo_surface_destroy (figure);

  if (!set_cairo_error (status, error))
    return NULL;

  return g_steal_pointer (&data);
}

static gboolean
format_from_path (const char *path,
                  Format     *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else
    return FALSE;

  return TRUE;
}

int
regimen_cli_render (int    argc,
                    char **argv)
{
  g_autofree char *output = NULL;
  /* The whole numbers are read as text, so that one past an int is told
   * its bound as any other is. */
  g_autofree char *size_text = NULL;
  guint size = DEFAULT_SIZE;
  /* NULL: not given, the pose the library shows. */
  g_autofree char *frame_text = NULL;
  guint frame_number = 0;
  /* Read as text: G_OPTION_ARG_DOUBLE takes “nan” and hexadecimal. */
  g_autofree char *time_text = NULL;
  double time = NAN;
  gboolean dark = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the figure to FILE, a PNG or an SVG by its extension"), N_("FILE") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size_text,
      N_("The width and height in pixels, from 16 to 4096 (default: 512)"), N_("N") },
    { "frame", 0, 0, G_OPTION_ARG_STRING, &frame_text,
      N_("Draw key pose N of the movement (from 1) instead of the one the library shows"), N_("N") },
    { "time", 0, 0, G_OPTION_ARG_STRING, &time_text,
      N_("Draw the movement as it is SECONDS into a repetition"), N_("SECONDS") },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Use the colours of the dark style"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autofree char *safe_output = NULL;
  RegimenLibrary *library;
  RegimenExercise *exercise;
  RegimenPoseSequence *poses;
  const RegimenPoseFrame *frame = NULL;
  Format format;

  g_set_prgname ("regimen-cli render");
  g_option_context_set_summary (context,
                                _("Draw the figure of an exercise, as the library and the exercise\n"
                                  "detail show it, to a PNG or SVG file.\n"
                                  "Exit status: 0 written, 1 the exercise has no figure or the file\n"
                                  "could not be written, 64 wrong usage or no exercise has the id."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  {
    static const char * const decimal[] = { "--size", "--frame", NULL };

    if (!regimen_cli_check_decimal_options ("render", argc, argv, decimal))
      return REGIMEN_CLI_EXIT_USAGE;
  }

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("render", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2 || output == NULL)
    return regimen_cli_usage_error (context);

  safe_output = regimen_cli_escape_path (output);

  if (!format_from_path (output, &format))
    {
      fprintf (stderr, "regimen-cli render: ");
      /* Translators: %s is the output file given with -o */
      fprintf (stderr, _("Cannot tell how to write “%s”: render writes PNG and SVG only; name the file FILE.png or FILE.svg"),
               safe_output);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (size_text != NULL && !regimen_cli_parse_count (size_text, MIN_SIZE, MAX_SIZE, &size))
    {
      g_autofree char *safe_size = regimen_cli_escape_typed (size_text);

      fprintf (stderr, "regimen-cli render: ");
      /* Translators: %s is what --size was given, then the least and the most pixels */
      fprintf (stderr, _("A size of %s pixels cannot be drawn; give one from %d to %d"), safe_size, MIN_SIZE, MAX_SIZE);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (time_text != NULL)
    {
      /* Decimal seconds only, as every number on the command line. */
      if (!regimen_decimal_parse (time_text, NULL, &time))
        time = -1.0;
    }

  if (frame_text != NULL && !isnan (time))
    {
      fprintf (stderr, "regimen-cli render: %s\n", _("Give --frame or --time, not both"));
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (!isnan (time) && (!isfinite (time) || time < 0.0 || time > MAX_TIME))
    {
      g_autofree char *safe_time = regimen_cli_escape_typed (time_text);

      fprintf (stderr, "regimen-cli render: ");
      /* Translators: %d is the most seconds, %s what was given */
      fprintf (stderr, _("--time takes seconds from 0 to %d as a decimal number, such as 1.5, not “%s”"),
               MAX_TIME, safe_time);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  library = regimen_cli_get_library ("render");
  exercise = regimen_cli_lookup_exercise (library, "render", argv[1]);
  if (exercise == NULL)
    return REGIMEN_CLI_EXIT_USAGE;

  poses = regimen_exercise_get_poses (exercise);
  if (poses == NULL)
    {
      /* By its id when its name shows nothing, as `library show` names it. */
      g_autofree char *name = regimen_cli_escape (regimen_exercise_get_display_name (exercise));

      fprintf (stderr, "regimen-cli render: ");
      /* Translators: %s is an exercise name */
      fprintf (stderr, _("“%s” has no drawn figure; your own exercises show the picture you chose instead"), name);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  if (frame_text != NULL)
    {
      guint n_frames = regimen_pose_sequence_get_n_frames (poses);

      if (!regimen_cli_parse_count (frame_text, 1, n_frames, &frame_number))
        {
          g_autofree char *safe_frame = regimen_cli_escape_typed (frame_text);

          fprintf (stderr, "regimen-cli render: ");
          /* Translators: %s is what --frame was given, %u the figure's poses */
          fprintf (stderr, ngettext ("There is no pose %s; the figure has %u pose", "There is no pose %s; the figure has %u poses",
                                     n_frames),
                   safe_frame, n_frames);
          fputc ('\n', stderr);
          return REGIMEN_CLI_EXIT_USAGE;
        }
      frame = regimen_pose_sequence_get_frame (poses, frame_number - 1);
    }
  else if (isnan (time))
    frame = regimen_pose_sequence_get_thumbnail (poses);

  data = render (format, poses, frame, time, size, dark ? REGIMEN_PALETTE_DARK : REGIMEN_PALETTE_LIGHT, &error);
  /* Named as the file not written, as a failed write is: the previous
   * picture there is kept. */
  if (data == NULL)
    {
      regimen_cli_print_error ("render", output, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Never into Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("render", output))
    return REGIMEN_CLI_EXIT_INVALID;

  /* Atomically, keeping an existing file's owner and mode; never over
   * the previous version a save of a plan kept. */
  if (!regimen_file_check_not_backup (output, NULL, &error) ||
      !regimen_file_replace (output, data->data, data->len, REGIMEN_FILE_WRITE_NONE, NULL, &error))
    {
      regimen_cli_print_error ("render", output, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  return REGIMEN_CLI_EXIT_OK;
}
