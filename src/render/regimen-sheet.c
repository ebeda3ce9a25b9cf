/* regimen-sheet.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-sheet"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "regimen-figure.h"
#include "regimen-file-util.h"
#include "regimen-id.h"
#include "regimen-palette.h"
#include "regimen-plan-blocks.h"
#include "regimen-plan-view.h"
#include "regimen-sheet.h"
#include "regimen-sheet-private.h"

/* Everything is in the units of the page (points on paper). */
#define FONT_FAMILY       "Cantarell, Sans"
#define MARGIN            28.0
#define HEADER_GAP        10.0
#define COLUMN_GAP        6.0
#define DAY_HEADER_PAD    4.0
#define BLOCK_GAP         6.0
#define SESSION_GAP       12.0
#define STRIPE_WIDTH      3.0
#define INSET             7.0
#define THUMB_WIDTH       26.0
#define THUMB_HEIGHT      30.0
/* Below this column width the figure leaves its room to the words. */
#define MIN_WIDTH_FOR_THUMB 90.0
#define CELL_HEIGHT       13.0
#define MIN_CELL_WIDTH    18.0
#define MAX_CELL_WIDTH    34.0
#define TICK_SIZE         9.0
#define TICK_GAP          3.0
#define GRID_GAP          3.0
#define STAT_GAP          18.0
#define MAX_STAT_WIDTH    150.0
/* Printing larger must leave a training day at least this wide. */
#define MIN_TRAINING_WIDTH 115.0
/* A rest day gets a narrower column than a training day. */
#define REST_DAY_WEIGHT   0.45

#define SIZE_TITLE        16.0
#define SIZE_SUBTITLE     10.0
#define SIZE_STAT_LABEL   7.0
#define SIZE_STAT_VALUE   10.0
#define SIZE_DAY          9.5
#define SIZE_DATE         7.5
#define SIZE_SESSION      9.0
#define SIZE_META         7.0
#define SIZE_NAME         8.0
#define SIZE_PRESCRIPTION 7.0
#define SIZE_NOTES        6.5
#define SIZE_LOG_LABEL    6.0
#define SIZE_FOOTER       7.0

/* No glyph of a text is narrower than this part of its font size (a thin
 * space is a fifth of it, “i” and “.” about a quarter); only zero-width
 * marks and hair spaces are. */
#define MIN_GLYPH_EM      0.1

/* Lines and fills of the printed grid, lighter than any text. */
static const RegimenColor line_color = { 0xc0 / 255.0, 0xbf / 255.0, 0xbc / 255.0, 1.0 };
static const RegimenColor band_color = { 0xf6 / 255.0, 0xf5 / 255.0, 0xf4 / 255.0, 1.0 };

typedef enum
{
  TEXT_BOLD   = 1 << 0,
  TEXT_ITALIC = 1 << 1,
  TEXT_MARKUP = 1 << 2,
  TEXT_RIGHT  = 1 << 3,
  TEXT_CENTER = 1 << 4,
  /* the text's own line breaks are kept (lines the sheet joined) */
  TEXT_LINES  = 1 << 5,
  /* the left-to-right mark and the isolates the sheet put around plan
   * text without bidirectional controls of its own are kept */
  TEXT_ISOLATES = 1 << 6,
} TextFlags;

typedef enum
{
  BLOCK_SESSION,
  BLOCK_CONTINUED,
  BLOCK_ITEM,
} BlockKind;

typedef struct
{
  BlockKind       kind;
  guint           week;
  guint           part;
  guint           day;
  /* Borrowed from the plan, which the sheet keeps alive. */
  RegimenSession *session;
  RegimenItem    *item;
  gboolean        last_in_session;
  /* From the top of the day's column body. */
  double          y;
  double          height;
} Block;

typedef struct
{
  guint week;
  /* 0 for the week's first page, then its continuations. */
  guint part;
} Page;

/* One of the week's numbers in the page heading. */
typedef struct
{
  const char         *label;
  char               *value;
  const RegimenColor *color;
} Stat;

typedef struct
{
  double header_height;
  double day_header_height;
  double body_top;
  double body_height;
  double column_x[REGIMEN_DAYS_PER_WEEK];
  double column_width[REGIMEN_DAYS_PER_WEEK];
  gboolean abbreviate_rest_days;
} WeekGeometry;

struct _RegimenSheet
{
  GObject         parent_instance;

  RegimenPlan    *plan;
  RegimenLibrary *library;
  RegimenChecker *checker;
  RegimenPaper    paper;
  RegimenLoadUnit load_unit;
  int             week;

  PangoContext   *pango;

  /* The layout for the page size last asked for; pages NULL when stale. */
  double          width;
  double          height;
  /* Page units per sheet unit: the sheet is laid out in width / scale. */
  double          scale;
  GArray         *pages;
  GArray         *blocks;
  GArray         *geometry;

  /* regimen_sheet_paginate()'s progress: checking the limits week by
   * week, then laying the weeks out at scales[paginate_scale]. */
  gboolean        paginating;
  gboolean        paginate_checked;
  guint           paginate_week;
  guint           paginate_total;
  guint           paginate_scale;
  double          paginate_width;
  double          paginate_height;

  /* While regimen_sheet_collect_boxes() runs. */
  GArray         *boxes;
  int             box_day;

  /* The figures drawn into a PDF or PostScript page, one picture per
   * pose (RegimenPoseFrame *) at the size last drawn: FigureImage. */
  GHashTable     *figures;
  /* The first of those pictures cairo could not make or draw (memory
   * run out): the sheet is not whole (regimen_sheet_check_drawn()). */
  cairo_status_t  failure;
};

/* A figure's halo needs operators PDF does not have, so cairo paints
 * each figure of a printed page as a picture of its own at 300 dpi: a
 * week of hundreds of squats was hundreds of pictures alike, 0.2 s and
 * 250 KB a page. Drawn once and painted again, one picture per exercise
 * is written (cairo's PDF writes a surface painted twice once). */
#define FIGURE_IMAGE_DPI 300.0

typedef struct
{
  cairo_surface_t *surface;
  int              width;
  int              height;
} FigureImage;

static void
figure_image_free (gpointer data)
{
  FigureImage *image = data;

  cairo_surface_destroy (image->surface);
  g_free (image);
}

G_DEFINE_FINAL_TYPE (RegimenSheet, regimen_sheet, G_TYPE_OBJECT)

static void
set_color (cairo_t            *cr,
           const RegimenColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
record_box (RegimenSheet        *self,
            RegimenSheetBoxKind  kind,
            double               x,
            double               y,
            double               width,
            double               height,
            const PangoRectangle *logical,
            const char          *text)
{
  RegimenSheetBox box = {
    .kind = kind,
    .day = self->box_day,
    .x = x,
    .y = y,
    .width = width,
    .height = height,
    .ink_x = x,
    .ink_y = y,
    .ink_width = width,
    .ink_height = height,
  };

  if (self->boxes == NULL)
    return;

  box.text = g_strdup (text);

  if (logical != NULL)
    {
      box.ink_x = x + (double) logical->x / PANGO_SCALE;
      box.ink_y = y + (double) logical->y / PANGO_SCALE;
      box.ink_width = (double) logical->width / PANGO_SCALE;
      box.ink_height = (double) logical->height / PANGO_SCALE;
    }

  box.x *= self->scale;
  box.y *= self->scale;
  box.width *= self->scale;
  box.height *= self->scale;
  box.ink_x *= self->scale;
  box.ink_y *= self->scale;
  box.ink_width *= self->scale;
  box.ink_height *= self->scale;

  g_array_append_val (self->boxes, box);
}

/* Text from a plan is drawn as it reads: a bidirectional control
 * (U+202E RIGHT-TO-LEFT OVERRIDE in a week label) would otherwise reverse
 * the sheet's own text after it, and a line break split a title. Bidi
 * embeddings, overrides, isolates and marks are dropped, and so are the
 * other format characters that show as nothing
 * (regimen_text_is_hidden_format(): a byte order mark); other control
 * characters and line separators become spaces (but for '\n' when
 * @keep_lines, for lines the sheet itself joined). Noncharacters
 * (U+FDD0–U+FDEF and the last two code points of every plane) are
 * dropped too: Pango draws them as boxes of hex digits, and cairo
 * refuses them in the PDF's title, failing the whole PDF (“input string
 * not valid UTF-8”). With @keep_isolates, the left-to-right mark and the
 * isolates the sheet put around plan text without controls of its own
 * (week_subtitle()) are kept. */
static char *
plain_text (const char *text,
            gboolean    keep_lines,
            gboolean    keep_isolates)
{
  GString *plain = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (keep_isolates && (c == 0x200E || c == 0x2068 || c == 0x2069))
        g_string_append_unichar (plain, c);
      else if (regimen_text_is_hidden_format (c) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        continue;
      else if (c == '\n' && keep_lines)
        g_string_append_c (plain, '\n');
      else if (regimen_text_breaks_a_line (c))
        g_string_append_c (plain, ' ');
      else
        g_string_append_unichar (plain, c);
    }

  return g_string_free (plain, FALSE);
}

/* The most characters that @max_lines lines of @width can show at @size,
 * each line with its line break, and one more. */
static glong
shown_chars_max (double size,
                 double width,
                 int    max_lines)
{
  double per_line = ceil (MAX (width, 1.0) / (size * MIN_GLYPH_EM)) + 1;

  return (glong) (max_lines * per_line) + 1;
}

/* Pango shapes a text whole before it ellipsizes it, and a sheet lays
 * each text out several times: a plan of 10,000-character notes would
 * take minutes to print for the few lines a cell shows. A text longer
 * than what can show is cut to that, with the ellipsis Pango would have
 * put: the lines drawn are the same. Returns %NULL when @text is short
 * enough as it is. */
static char *
cut_to_shown (const char *text,
              glong       max_chars)
{
  const char *p = text;

  for (glong n = 0; *p != '\0'; n++)
    {
      if (n == max_chars)
        {
          g_autofree char *shown = g_strndup (text, p - text);

          return g_strconcat (shown, "…", NULL);
        }
      p = g_utf8_next_char (p);
    }

  return NULL;
}

static PangoLayout *
text_layout (RegimenSheet *self,
             const char   *text,
             double        size,
             TextFlags     flags,
             double        width,
             int           max_lines)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);
  g_autofree char *plain = NULL;
  g_autofree char *cut = NULL;

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (flags & TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (flags & TEXT_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_width (layout, (int) floor (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  if (flags & TEXT_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  else if (flags & TEXT_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);

  /* Markup is cut by its caller, before it is marked up. */
  if (max_lines > 0 && !(flags & TEXT_MARKUP))
    cut = cut_to_shown (text, shown_chars_max (size, width, max_lines));
  plain = plain_text (cut != NULL ? cut : text, (flags & TEXT_LINES) != 0, (flags & TEXT_ISOLATES) != 0);
  if (flags & TEXT_MARKUP)
    pango_layout_set_markup (layout, plain, -1);
  else
    pango_layout_set_text (layout, plain, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double) logical.height / PANGO_SCALE;
}

static double
natural_width (RegimenSheet *self,
               const char   *text,
               double        size,
               TextFlags     flags)
{
  g_autoptr(PangoLayout) layout = text_layout (self, text, size, flags, 1.0, 0);
  PangoRectangle logical;

  pango_layout_set_width (layout, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  return ceil ((double) logical.width / PANGO_SCALE);
}

/* Where Pango ellipsizes, its “…” stands for the text it leaves out, and
 * cairo writes that text into the PDF behind it: a reader's search and
 * copy, and pdftotext, found notes and words no one could see on the
 * sheet (“n010 … n065” behind a note's “n…”). The text laid out again
 * as what shows, the shown part and its own “…”, draws the same lines
 * and puts only them in the PDF. Pango's “…” at the end of a text is one
 * cluster whose index is where the text left out begins, the last of
 * the last line. */
static void
keep_shown_text (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayoutLine *last;
  int cut = -1;

  if (!pango_layout_is_ellipsized (layout))
    return;

  last = pango_layout_get_line_readonly (layout, pango_layout_get_line_count (layout) - 1);
  for (GSList *l = last != NULL ? last->runs : NULL; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        cut = MAX (cut, run->item->offset + run->glyphs->log_clusters[i]);
    }

  if (cut > 0 && cut < (int) strlen (text))
    {
      g_autofree char *shown = g_strndup (text, cut);
      g_autofree char *with_ellipsis = g_strconcat (shown, "…", NULL);

      pango_layout_set_text (layout, with_ellipsis, -1);
    }
}

/* Lays @text out in @width and draws it when @cr is not NULL (measuring
 * otherwise). Returns its height. */
static double
show_text (RegimenSheet       *self,
           cairo_t            *cr,
           const char         *text,
           double              size,
           TextFlags           flags,
           double              x,
           double              y,
           double              width,
           int                 max_lines,
           const RegimenColor *color)
{
  g_autoptr(PangoLayout) layout = text_layout (self, text, size, flags, width, max_lines);
  PangoRectangle logical;
  double height;
  glong laid_out;

  pango_layout_get_extents (layout, NULL, &logical);
  height = (double) logical.height / PANGO_SCALE;

  if (cr != NULL)
    {
      /* A text is drawn within its lines, and half its size around them
       * for the marks and overhangs of real text: a letter under a stack
       * of hundreds of combining marks (“Zalgo” text, within a text's
       * 10,000 characters) drew them far over the rows above and below,
       * across other texts and the cells to write in. Its width is
       * the room it was given, not the layout's: a text Pango cannot
       * break (one grapheme of pictographs joined by zero-width joiners,
       * a letter under marks no font has, each drawn as a box) is as
       * wide as it is, and a plan's title ran on across the week's
       * numbers to the edge of the page. */
      double margin = size / 2;

      cairo_save (cr);
      cairo_rectangle (cr, x - margin, y - margin, width + 2 * margin, height + 2 * margin);
      cairo_clip (cr);
      set_color (cr, color);
      cairo_move_to (cr, x, y);
      laid_out = g_utf8_strlen (pango_layout_get_text (layout), -1);
      keep_shown_text (layout);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);

      record_box (self, REGIMEN_SHEET_BOX_TEXT, x, y, width, height, &logical,
                  pango_layout_get_text (layout));
      if (self->boxes != NULL && self->boxes->len > 0)
        g_array_index (self->boxes, RegimenSheetBox, self->boxes->len - 1).laid_out = laid_out;
    }

  return height;
}

static const RegimenColor *
palette (RegimenColorRole role)
{
  return regimen_palette_get (REGIMEN_PALETTE_LIGHT, role);
}

static const RegimenColor *
kind_color (RegimenSessionKind kind)
{
  /* As in the week view: HIIT stands out, everything else is the accent. */
  return palette (kind == REGIMEN_SESSION_KIND_HIIT ? REGIMEN_COLOR_WARNING : REGIMEN_COLOR_ACCENT);
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date),
                                                   0, 0, 0);

  return g_date_time_format (time, format);
}

static char *
week_label (RegimenSheet *self,
            guint         week)
{
  const char *label = regimen_week_get_label (regimen_plan_get_week (self->plan, week));

  /* A label of spaces or zero-width characters alone is none: the sheet
   * of a plan without dates or blocks said nowhere which week it was.
   * So is “Week 1” from a template, which a German sheet printed in
   * English. */
  if (regimen_week_label_says_more (label, week))
    return g_strdup (label);

  /* Translators: the name of a plan week without a label of its own */
  return g_strdup_printf (_("Week %u"), week + 1);
}

/* @text, or as much of its start as fits @max_width on one line at
 * @size in @flags' weight and style, with “…” after it. */
static char *
fit_width (RegimenSheet *self,
           const char   *text,
           double        size,
           TextFlags     flags,
           double        max_width)
{
  g_autofree char *shown = NULL;
  glong low = 0;
  glong high;

  /* No more than a line can show is measured, so the time does not
   * grow with a text of 10,000 characters (a group, a label): one that
   * is longer is cut without being laid out whole first. */
  shown = cut_to_shown (text, shown_chars_max (size, MAX (max_width, 1.0), 1));
  if (shown == NULL && natural_width (self, text, size, flags) <= max_width)
    return g_strdup (text);
  if (shown != NULL)
    text = shown;

  /* The longest start that fits with its ellipsis. */
  high = g_utf8_strlen (text, -1) - 1;
  while (low < high)
    {
      glong middle = low + (high - low + 1) / 2;
      g_autofree char *start = g_utf8_substring (text, 0, middle);
      g_autofree char *cut = g_strconcat (start, "…", NULL);

      if (natural_width (self, cut, size, flags) <= max_width)
        low = middle;
      else
        high = middle - 1;
    }

  {
    g_autofree char *start = g_utf8_substring (text, 0, low);

    return g_strconcat (start, "…", NULL);
  }
}

/* The line under the title: the week's label, its block and its place
 * in it, and its dates, in @width. */
static char *
week_subtitle (RegimenSheet *self,
               guint         week,
               gboolean      continued,
               double        width)
{
  const GDate *start = regimen_plan_get_start_date (self->plan);
  g_autofree char *raw_label = week_label (self, week);
  /* Without their own bidirectional controls: the line is drawn with
   * the sheet's own marks and isolates (TEXT_ISOLATES). */
  g_autofree char *label = regimen_text_without_hidden_format (raw_label);
  g_autoptr(GString) head = g_string_new (label);
  g_autofree char *place = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *head_shown = NULL;
  g_autofree char *place_shown = NULL;
  const char *separator = "  ·  ";
  g_autofree char *block_name = NULL;
  guint place_in_block = 0;
  double separator_width = natural_width (self, separator, SIZE_SUBTITLE, 0);
  double room = width - 1;
  GString *text;
  guint block;
  guint block_start;
  guint block_length;

  if (continued)
    {
      g_string_append (head, " ");
      /* Translators: after the week label on the pages that continue a week */
      g_string_append (head, _("(continued)"));
    }

  /* The block the week belongs to, and where in it: the sheet taken to the
   * gym says which stage of a long plan it is. */
  if (regimen_plan_find_block_of_week (self->plan, week, &block, &block_start, &block_length))
    {
      block_name = regimen_text_without_hidden_format (regimen_block_get_name (regimen_plan_get_block (self->plan,
                                                                                                      block)));
      place_in_block = week - block_start + 1;
      /* Translators: on the printed sheet, the week's block and the week's
       * place in it, “Accumulation, week 2 of 4” */
      place = g_strdup_printf (C_("sheet block", "%s, week %u of %u"), block_name, place_in_block, block_length);
    }

  if (start != NULL)
    {
      g_autoptr(GDate) monday = regimen_week_day_date (start, week, 0);
      g_autoptr(GDate) sunday = regimen_week_day_date (start, week, REGIMEN_DAYS_PER_WEEK - 1);
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;

      /* Translators: a strftime-style date as in g_date_time_format(), “23 November 2026” */
      last = format_date (sunday, C_("sheet date", "%-d %B %Y"));
      if (g_date_get_year (monday) == g_date_get_year (sunday))
        /* Translators: a date without the year, “23 November” */
        first = format_date (monday, C_("sheet date", "%-d %B"));
      else
        first = format_date (monday, C_("sheet date", "%-d %B %Y"));

      /* Translators: the dates of a week, “23 November – 29 November 2026” */
      dates = g_strdup_printf (C_("sheet week dates", "%s – %s"), first, last);
    }

  /* The line ends in the dates, which a long label (a week's label may
   * hold 10,000 characters) pushed out of it, the block's place with
   * them, behind “…”: the label and the block's name are cut instead,
   * the block's to at most half the room the label does not need. */
  if (dates != NULL)
    room -= separator_width + natural_width (self, dates, SIZE_SUBTITLE, 0);
  if (place != NULL)
    {
      double head_width = natural_width (self, head->str, SIZE_SUBTITLE, 0);
      double place_room = room - separator_width - MIN (head_width, room / 2);

      if (natural_width (self, place, SIZE_SUBTITLE, 0) <= place_room)
        place_shown = g_strdup (place);
      else
        {
          /* The name is cut, not “week 2 of 4”. */
          g_autofree char *unnamed = g_strdup_printf (C_("sheet block", "%s, week %u of %u"), "",
                                                      place_in_block, block_length);
          g_autofree char *name_shown = fit_width (self, block_name, SIZE_SUBTITLE, 0,
                                                   place_room - natural_width (self, unnamed, SIZE_SUBTITLE, 0));

          place_shown = g_strdup_printf (C_("sheet block", "%s, week %u of %u"), name_shown,
                                         place_in_block, block_length);
        }
      room -= separator_width + natural_width (self, place_shown, SIZE_SUBTITLE, 0);
    }
  head_shown = fit_width (self, head->str, SIZE_SUBTITLE, 0, room);

  /* A label in Hebrew or Arabic made the line right to left, its dates
   * “November – 22 November 2026 16”, and so did a block name in one
   * after a label of digits: the label is laid out in its own direction,
   * the line left to right as the sheet is (the block's name is followed
   * by words of the sheet's own). Their marks take no room. */
  if (regimen_text_has_right_to_left (head_shown) ||
      (block_name != NULL && regimen_text_has_right_to_left (block_name)))
    {
      g_autofree char *isolated = regimen_text_isolate (head_shown);

      g_free (head_shown);
      head_shown = g_strconcat ("\u200e", isolated, NULL);
    }

  text = g_string_new (head_shown);
  if (place_shown != NULL)
    {
      g_string_append (text, separator);
      g_string_append (text, place_shown);
    }
  if (dates != NULL)
    {
      g_string_append (text, separator);
      g_string_append (text, dates);
    }

  return g_string_free (text, FALSE);
}

/* Acknowledged findings are counted apart: they are accepted, with the
 * reason printed under the title. */
static guint
count_week_diagnostics (RegimenSheet    *self,
                        guint            week,
                        RegimenSeverity  severity,
                        gboolean         acknowledged)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (self->checker);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      int where = regimen_diagnostic_get_week (diagnostic);

      /* Findings about the whole plan belong on every week's page. */
      if (regimen_diagnostic_get_severity (diagnostic) == severity &&
          (where == (int) week || where == REGIMEN_DIAGNOSTIC_NO_LOCATION) &&
          (regimen_plan_find_acknowledgement (self->plan, diagnostic) != NULL) == acknowledged)
        n++;
    }

  return n;
}

/* One line per acknowledged finding of @week: what and why. */
static char *
week_acknowledgements (RegimenSheet *self,
                       guint         week)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (self->checker);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      int where = regimen_diagnostic_get_week (diagnostic);
      g_autofree char *shown_reason = NULL;
      g_autofree char *reason = NULL;
      RegimenAcknowledgement *ack;

      if (where != (int) week && where != REGIMEN_DIAGNOSTIC_NO_LOCATION)
        continue;

      ack = regimen_plan_find_acknowledgement (self->plan, diagnostic);
      if (ack == NULL)
        continue;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      shown_reason = regimen_acknowledgement_dup_shown_reason (ack);
      reason = plain_text (shown_reason, FALSE, FALSE);
      /* Translators: on the printed sheet, a finding the planner accepted and why,
       * “Acknowledged HIIT-FREQ: test week agreed with the coach” */
      g_string_append_printf (text, _("Acknowledged %s: %s"),
                              regimen_diagnostic_get_rule (diagnostic), reason);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
week_stats (RegimenSheet *self,
            guint         week,
            Stat          stats[3])
{
  static const RegimenWeekStats unchecked = { 0 };
  const RegimenWeekStats *numbers = &unchecked;
  guint errors = count_week_diagnostics (self, week, REGIMEN_SEVERITY_ERROR, FALSE);
  guint warnings = count_week_diagnostics (self, week, REGIMEN_SEVERITY_WARNING, FALSE);
  guint acknowledged = count_week_diagnostics (self, week, REGIMEN_SEVERITY_ERROR, TRUE) +
                       count_week_diagnostics (self, week, REGIMEN_SEVERITY_WARNING, TRUE);

  /* A check made before the week was added has no numbers for it. */
  if (week < regimen_checker_get_n_weeks (self->checker))
    numbers = regimen_checker_get_week_stats (self->checker, week);

  stats[0].label = _("Weekly load");
  if (numbers->budget > 0)
    {
      /* Translators: the week's session-RPE load against its budget, in arbitrary units */
      stats[0].value = g_strdup_printf (_("%.0f of %.0f AU"), numbers->load, numbers->budget);
      stats[0].color = palette (numbers->load > numbers->budget ? REGIMEN_COLOR_WARNING : REGIMEN_COLOR_FOREGROUND);
    }
  else
    {
      /* Translators: the week's session-RPE load, in arbitrary units */
      stats[0].value = g_strdup_printf (_("%.0f AU"), numbers->load);
      stats[0].color = palette (REGIMEN_COLOR_FOREGROUND);
    }

  stats[1].label = _("HIIT sessions");
  /* Translators: HIIT sessions of the week against the limit, “1 of 2” */
  stats[1].value = g_strdup_printf (_("%u of %u"), numbers->hiit_sessions, numbers->hiit_limit);
  stats[1].color = palette (numbers->hiit_sessions > numbers->hiit_limit ? REGIMEN_COLOR_ERROR : REGIMEN_COLOR_FOREGROUND);

  stats[2].label = _("Plan check");
  if (errors == 0 && warnings == 0 && acknowledged > 0)
    {
      /* Translators: a week whose only findings the planner accepted, “2 acknowledged” */
      stats[2].value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u acknowledged", "%u acknowledged",
                                                     acknowledged), acknowledged);
      stats[2].color = palette (REGIMEN_COLOR_FOREGROUND);
    }
  else if (errors == 0 && warnings == 0)
    {
      stats[2].value = g_strdup (_("No problems"));
      stats[2].color = palette (REGIMEN_COLOR_SUCCESS);
    }
  else
    {
      g_autofree char *error_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
      g_autofree char *warning_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);

      if (warnings == 0)
        stats[2].value = g_steal_pointer (&error_text);
      else if (errors == 0)
        stats[2].value = g_steal_pointer (&warning_text);
      else
        /* Translators: the counts of a week's plan-check findings, “1 error · 2 warnings” */
        stats[2].value = g_strdup_printf (_("%s · %s"), error_text, warning_text);
      stats[2].color = palette (errors > 0 ? REGIMEN_COLOR_ERROR : REGIMEN_COLOR_WARNING);
    }
}

/* The plan title, the week and its numbers; returns the height. */
static double
draw_header (RegimenSheet *self,
             cairo_t      *cr,
             guint         week,
             gboolean      continued,
             double        width)
{
  Stat stats[3] = { { 0 } };
  double stat_widths[3];
  double stats_width = 0;
  double stats_height = 0;
  double title_width;
  double title_height;
  double x;
  g_autofree char *subtitle = NULL;
  g_autofree char *acknowledgements = week_acknowledgements (self, week);
  g_autofree char *draft_title = NULL;
  const char *title = regimen_plan_get_title (self->plan);

  /* The numbers never take more than about half the width from the title. */
  double max_stat_width = MIN (MAX_STAT_WIDTH, ((width - 2 * MARGIN) * 0.55 - 2 * STAT_GAP) / 3);

  week_stats (self, week, stats);

  for (guint i = 0; i < G_N_ELEMENTS (stats); i++)
    {
      stat_widths[i] = MIN (max_stat_width,
                            MAX (natural_width (self, stats[i].label, SIZE_STAT_LABEL, 0),
                                 natural_width (self, stats[i].value, SIZE_STAT_VALUE, TEXT_BOLD)));
      stats_width += stat_widths[i] + (i > 0 ? STAT_GAP : 0);
    }

  title_width = width - 2 * MARGIN - stats_width - 2 * STAT_GAP;
  subtitle = week_subtitle (self, week, continued, title_width);

  if (!regimen_text_shows_something (title))
    title = _("Untitled plan");
  /* Work in progress must not pass for the final plan at the gym. */
  if (regimen_plan_get_draft (self->plan))
    {
      /* Translators: the title of a plan saved as a draft on the printed sheet */
      draft_title = g_strdup_printf (_("DRAFT · %s"), title);
      title = draft_title;
    }

  title_height = show_text (self, cr, title, SIZE_TITLE, TEXT_BOLD, MARGIN, MARGIN, title_width, 2,
                            palette (draft_title != NULL ? REGIMEN_COLOR_ERROR : REGIMEN_COLOR_FOREGROUND));
  title_height += 2;
  title_height += show_text (self, cr, subtitle, SIZE_SUBTITLE, TEXT_ISOLATES, MARGIN, MARGIN + title_height,
                             title_width, 1, palette (REGIMEN_COLOR_DIM_FOREGROUND));

  if (acknowledgements != NULL)
    {
      title_height += 2;
      title_height += show_text (self, cr, acknowledgements, SIZE_META, TEXT_LINES, MARGIN, MARGIN + title_height,
                                 title_width, 6, palette (REGIMEN_COLOR_DIM_FOREGROUND));
    }

  x = width - MARGIN - stats_width;
  for (guint i = 0; i < G_N_ELEMENTS (stats); i++)
    {
      /* Two lines each, so a narrow page or a long translation wraps
       * rather than hides a number. */
      double h = show_text (self, cr, stats[i].label, SIZE_STAT_LABEL, 0, x, MARGIN + 2,
                            stat_widths[i], 2, palette (REGIMEN_COLOR_DIM_FOREGROUND));

      h += 1;
      h += show_text (self, cr, stats[i].value, SIZE_STAT_VALUE, TEXT_BOLD, x, MARGIN + 2 + h,
                      stat_widths[i], 2, stats[i].color);
      stats_height = MAX (stats_height, h + 2);
      x += stat_widths[i] + STAT_GAP;

      g_free (stats[i].value);
    }

  return MAX (title_height, stats_height);
}

static double
line_height (RegimenSheet *self,
             double        size)
{
  g_autoptr(PangoLayout) layout = text_layout (self, "0", size, 0, 100.0, 1);

  return layout_height (layout);
}

static void
draw_footer (RegimenSheet *self,
             cairo_t      *cr,
             guint         page,
             guint         n_pages,
             double        width,
             double        height)
{
  /* Translators: the page number at the foot of the printed sheet */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  const char *title = regimen_plan_get_title (self->plan);
  double number_width = natural_width (self, number, SIZE_FOOTER, 0);
  double y = height - MARGIN - line_height (self, SIZE_FOOTER);

  show_text (self, cr, number, SIZE_FOOTER, TEXT_RIGHT, width - MARGIN - number_width, y,
             number_width, 1, palette (REGIMEN_COLOR_DIM_FOREGROUND));

  /* The title again, in case the pages get separated at the gym. */
  if (title != NULL && title[0] != '\0')
    show_text (self, cr, title, SIZE_FOOTER, 0, MARGIN, y,
               MIN ((width - 2 * MARGIN) / 2, width - 2 * MARGIN - number_width - STAT_GAP), 1,
               palette (REGIMEN_COLOR_DIM_FOREGROUND));
}

static double
draw_day_header (RegimenSheet *self,
                 cairo_t      *cr,
                 guint         week,
                 guint         day,
                 gboolean      continued,
                 gboolean      abbreviate,
                 double        x,
                 double        y,
                 double        width,
                 double        height)
{
  const GDate *start = regimen_plan_get_start_date (self->plan);
  g_autofree char *date = NULL;
  const char *name;
  double h = DAY_HEADER_PAD;

  if (cr != NULL)
    {
      cairo_save (cr);
      set_color (cr, &band_color);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + width - 4, y + 4, 4, -G_PI / 2, 0);
      cairo_arc (cr, x + width - 4, y + height - 4, 4, 0, G_PI / 2);
      cairo_arc (cr, x + 4, y + height - 4, 4, G_PI / 2, G_PI);
      cairo_arc (cr, x + 4, y + 4, 4, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  /* Narrow columns show “Wed” rather than a cut “Wedn…”. */
  name = regimen_weekday_name (day);
  if (abbreviate || natural_width (self, name, SIZE_DAY, TEXT_BOLD) > width - 10)
    name = regimen_weekday_short_name (day);

  h += show_text (self, cr, name, SIZE_DAY, TEXT_BOLD,
                  x + 5, y + h, width - 10, 1, palette (REGIMEN_COLOR_FOREGROUND));

  if (start != NULL)
    {
      g_autoptr(GDate) when = regimen_week_day_date (start, week, day);

      /* Translators: a day's date in its column heading, “23 Nov” */
      date = format_date (when, C_("sheet date", "%-d %b"));
    }

  /* Without a start date there is no second line: the page heading and
   * the session's “(continued)” say that a day goes on. */
  if (date != NULL && continued)
    {
      /* Translators: a day's date on a page that continues the day, “23 Nov · continued” */
      g_autofree char *line = g_strdup_printf (_("%s · continued"), date);

      h += 1 + show_text (self, cr, line, SIZE_DATE, 0, x + 5, y + h + 1, width - 10, 1,
                          palette (REGIMEN_COLOR_DIM_FOREGROUND));
    }
  else if (date != NULL)
    {
      h += 1 + show_text (self, cr, date, SIZE_DATE, 0, x + 5, y + h + 1, width - 10, 1,
                          palette (REGIMEN_COLOR_DIM_FOREGROUND));
    }

  return h + DAY_HEADER_PAD;
}

static double
draw_session (RegimenSheet   *self,
              cairo_t        *cr,
              RegimenSession *session,
              double          x,
              double          y,
              double          width)
{
  g_autofree char *details = regimen_session_describe (session, TRUE);
  g_autofree char *code = regimen_id_short (regimen_session_get_id (session));
  /* Translators: a session's details and its short code, by which it is
   * found again when the training is logged: “Strength · RPE 7 · 45 min · #k3v7” */
  g_autofree char *meta = g_strdup_printf (_("%s · #%s"), details, code);
  gboolean hiit = regimen_session_get_kind (session) == REGIMEN_SESSION_KIND_HIIT;
  double h = 1;

  h += show_text (self, cr, regimen_session_get_display_title (session), SIZE_SESSION, TEXT_BOLD,
                  x + INSET, y + h, width - INSET, 3, palette (REGIMEN_COLOR_FOREGROUND));
  h += 1;
  h += show_text (self, cr, meta, SIZE_META, 0, x + INSET, y + h, width - INSET, 2,
                  palette (hiit ? REGIMEN_COLOR_WARNING : REGIMEN_COLOR_DIM_FOREGROUND));

  return h + 2;
}

static double
draw_continued (RegimenSheet   *self,
                cairo_t        *cr,
                RegimenSession *session,
                double          x,
                double          y,
                double          width)
{
  /* Translators: heads the exercises of a session that goes on from the page before */
  g_autofree char *text = g_strdup_printf (_("%s (continued)"), regimen_session_get_display_title (session));

  return show_text (self, cr, text, SIZE_META, TEXT_ITALIC, x + INSET, y, width - INSET, 2,
                    palette (REGIMEN_COLOR_DIM_FOREGROUND)) + 1;
}

static void
draw_cell (RegimenSheet *self,
           cairo_t      *cr,
           double        x,
           double        y,
           double        width,
           double        height)
{
  if (cr == NULL)
    return;

  cairo_save (cr);
  set_color (cr, &line_color);
  cairo_set_line_width (cr, 0.6);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
  cairo_restore (cr);

  record_box (self, REGIMEN_SHEET_BOX_CELL, x, y, width, height, NULL, NULL);
}

/* A label centred on a row of the log grid, shortened to @width. */
static double
draw_log_label (RegimenSheet *self,
                cairo_t      *cr,
                const char   *label,
                double        x,
                double        y,
                double        width,
                double        row_height)
{
  double h = line_height (self, SIZE_LOG_LABEL);

  show_text (self, cr, label, SIZE_LOG_LABEL, 0, x, y + MAX (0, (row_height - h) / 2),
             width, 1, palette (REGIMEN_COLOR_DIM_FOREGROUND));

  return h;
}

static double
draw_rounds (RegimenSheet *self,
             cairo_t      *cr,
             guint         rounds,
             double        x,
             double        y,
             double        width)
{
  /* Translators: heads the boxes to tick, one per interval round */
  const char *label = _("Rounds");
  double label_width = MIN (natural_width (self, label, SIZE_LOG_LABEL, 0), width * 0.35);
  double boxes_x = x + label_width + 4;
  double boxes_width = x + width - boxes_x;
  guint per_row = MAX (1, (guint) floor ((boxes_width + TICK_GAP) / (TICK_SIZE + TICK_GAP)));
  guint rows;
  double label_height;

  rounds = MAX (rounds, 1);
  rows = (rounds + per_row - 1) / per_row;
  label_height = draw_log_label (self, cr, label, x, y, label_width, TICK_SIZE);

  for (guint i = 0; i < rounds; i++)
    draw_cell (self, cr,
               boxes_x + (i % per_row) * (TICK_SIZE + TICK_GAP),
               y + (i / per_row) * (TICK_SIZE + TICK_GAP),
               TICK_SIZE, TICK_SIZE);

  return MAX (label_height, rows * TICK_SIZE + (rows - 1) * TICK_GAP);
}

static double
draw_sets (RegimenSheet *self,
           cairo_t      *cr,
           RegimenItem  *item,
           double        x,
           double        y,
           double        width)
{
  guint n_sets = MAX (regimen_item_get_sets (item), 1);
  gboolean hold = regimen_item_get_hold_seconds (item) > 0 && regimen_item_get_reps (item) == 0;
  const char *load_label = self->load_unit == REGIMEN_LOAD_UNIT_LB
                           /* Translators: the unit of the load row of the log grid in pounds */
                           ? C_("load unit", "lb")
                           /* Translators: the unit of the load row of the log grid in kilograms */
                           : C_("load unit", "kg");
  const char *count_label = hold
                            /* Translators: the row of the log grid for the seconds held */
                            ? C_("sheet log row", "s")
                            /* Translators: the row of the log grid for the reps done */
                            : C_("sheet log row", "reps");
  double label_width = MIN (MAX (natural_width (self, load_label, SIZE_LOG_LABEL, 0),
                                 natural_width (self, count_label, SIZE_LOG_LABEL, 0)) + 4,
                            width * 0.35);
  double cells_width = width - label_width;
  guint per_row = CLAMP ((guint) floor (cells_width / MIN_CELL_WIDTH), 1, n_sets);
  guint chunks = (n_sets + per_row - 1) / per_row;
  double cell_width;

  /* Rows of even length read better than a full row and a short one. */
  per_row = (n_sets + chunks - 1) / chunks;
  cell_width = MIN (cells_width / per_row, MAX_CELL_WIDTH);

  for (guint chunk = 0; chunk < chunks; chunk++)
    {
      double top = y + chunk * (2 * CELL_HEIGHT + GRID_GAP);
      guint first = chunk * per_row;
      guint count = MIN (per_row, n_sets - first);

      draw_log_label (self, cr, load_label, x, top, label_width - 3, CELL_HEIGHT);
      draw_log_label (self, cr, count_label, x, top + CELL_HEIGHT, label_width - 3, CELL_HEIGHT);

      for (guint i = 0; i < count; i++)
        {
          draw_cell (self, cr, x + label_width + i * cell_width, top, cell_width, CELL_HEIGHT);
          draw_cell (self, cr, x + label_width + i * cell_width, top + CELL_HEIGHT, cell_width, CELL_HEIGHT);
        }
    }

  return chunks * 2 * CELL_HEIGHT + (chunks - 1) * GRID_GAP;
}

static gboolean
is_print_surface (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  return type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS;
}

/* Paints @frame into the box from a picture drawn once for the sheet at
 * the resolution cairo gives a page's pictures. */
static void
paint_figure_image (RegimenSheet           *self,
                    cairo_t                *cr,
                    const RegimenPoseFrame *frame,
                    double                  x,
                    double                  y,
                    double                  width,
                    double                  height)
{
  double device_width = width;
  double device_height = height;
  double rise = 0.0, run = 0.0;
  FigureImage *image;
  cairo_status_t status;
  int pixels_wide, pixels_high;

  cairo_user_to_device_distance (cr, &device_width, &rise);
  cairo_user_to_device_distance (cr, &run, &device_height);
  pixels_wide = (int) ceil (hypot (device_width, rise) * FIGURE_IMAGE_DPI / 72.0);
  pixels_high = (int) ceil (hypot (run, device_height) * FIGURE_IMAGE_DPI / 72.0);
  if (pixels_wide < 1 || pixels_high < 1 || pixels_wide > 4096 || pixels_high > 4096)
    {
      regimen_figure_draw (cr, frame, x, y, width, height, REGIMEN_PALETTE_LIGHT);
      return;
    }

  if (self->figures == NULL)
    self->figures = g_hash_table_new_full (NULL, NULL, NULL, figure_image_free);

  image = g_hash_table_lookup (self->figures, frame);
  if (image == NULL || image->width != pixels_wide || image->height != pixels_high)
    {
      cairo_t *image_cr;

      image = g_new0 (FigureImage, 1);
      image->width = pixels_wide;
      image->height = pixels_high;
      image->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels_wide, pixels_high);
      image_cr = cairo_create (image->surface);
      regimen_figure_draw (image_cr, frame, 0.0, 0.0, pixels_wide, pixels_high, REGIMEN_PALETTE_LIGHT);
      status = cairo_status (image_cr);
      cairo_destroy (image_cr);
      /* A picture cairo could not make (memory run out) is neither
       * kept nor painted: painted, it put the page's cairo in error,
       * and every page after it came out blank. */
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (image->surface);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          if (self->failure == CAIRO_STATUS_SUCCESS)
            self->failure = status;
          figure_image_free (image);
          return;
        }
      g_hash_table_replace (self->figures, (gpointer) frame, image);
    }

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, width / image->width, height / image->height);
  cairo_set_source_surface (cr, image->surface, 0.0, 0.0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
draw_thumbnail (RegimenSheet *self,
                cairo_t      *cr,
                RegimenItem  *item,
                double        x,
                double        y)
{
  RegimenExercise *exercise = regimen_library_lookup (self->library, regimen_item_get_exercise (item));
  RegimenPoseSequence *poses = exercise != NULL ? regimen_exercise_get_poses (exercise) : NULL;
  const RegimenPoseFrame *frame = poses != NULL ? regimen_pose_sequence_get_thumbnail (poses) : NULL;

  cairo_save (cr);
  if (frame != NULL)
    {
      set_color (cr, &line_color);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x + 0.25, y + 0.25, THUMB_WIDTH - 0.5, THUMB_HEIGHT - 0.5);
      cairo_stroke (cr);
      if (is_print_surface (cr))
        paint_figure_image (self, cr, frame, x + 1.5, y + 1.5, THUMB_WIDTH - 3, THUMB_HEIGHT - 3);
      else
        regimen_figure_draw (cr, frame, x + 1.5, y + 1.5, THUMB_WIDTH - 3, THUMB_HEIGHT - 3,
                             REGIMEN_PALETTE_LIGHT);
    }
  else
    {
      /* A custom exercise has no figure: a quiet tile keeps the names aligned. */
      set_color (cr, &band_color);
      cairo_rectangle (cr, x, y, THUMB_WIDTH, THUMB_HEIGHT);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  record_box (self, REGIMEN_SHEET_BOX_FIGURE, x, y, THUMB_WIDTH, THUMB_HEIGHT, NULL, NULL);
}

/* Glues numbers to their units and to “×”, so a narrow column breaks a
 * prescription between its parts, never inside “90 s” or “3 × 10”. */
static char *
keep_numbers_together (const char *text)
{
  GString *glued = g_string_sized_new (strlen (text) + 16);

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean after_digit = p > text && g_ascii_isdigit (p[-1]);
      gboolean before_times = g_str_has_prefix (p + 1, "×");
      gboolean after_times = p - text >= 2 && g_str_has_prefix (p - 2, "×");

      if (*p == ' ' && p[1] != '\0' && p[1] != ' ' &&
          ((after_digit && !g_ascii_isdigit (p[1])) || before_times || after_times))
        g_string_append (glued, "\xc2\xa0"); /* U+00A0 NO-BREAK SPACE */
      else
        g_string_append_c (glued, *p);
    }

  return g_string_free (glued, FALSE);
}

static double
draw_item (RegimenSheet *self,
           cairo_t      *cr,
           RegimenItem  *item,
           double        x,
           double        y,
           double        width)
{
  const RegimenColor *accent = palette (REGIMEN_COLOR_ACCENT);
  const RegimenInterval *interval = regimen_item_get_interval (item);
  const char *group = regimen_item_get_group (item);
  const char *notes = regimen_item_get_notes (item);
  gboolean thumbnail = width - INSET >= MIN_WIDTH_FOR_THUMB;
  double text_x = x + INSET + (thumbnail ? THUMB_WIDTH + 5 : 0);
  double text_width = x + width - text_x;
  g_autofree char *prescription = regimen_item_format_prescription_in (item, self->load_unit);
  g_autofree char *glued = keep_numbers_together (prescription);
  const char *exercise_name = regimen_item_get_exercise_name (item, self->library);
  /* The name is marked up: its parts are cut before. */
  glong name_chars = shown_chars_max (SIZE_NAME, text_width, 3);
  g_autofree char *fitted_group = NULL;
  g_autofree char *cut_name = cut_to_shown (exercise_name, name_chars);
  g_autofree char *plain_group = NULL;
  g_autofree char *plain_name = NULL;
  g_autofree char *name = NULL;
  double text_height = 0;
  double h;

  if (cut_name != NULL)
    exercise_name = cut_name;
  /* A group of a few long sentences (it may hold 10,000 characters)
   * took the lines of the exercise's name after it and left the
   * exercise behind “…”: it has half a line at most. */
  if (group != NULL)
    {
      fitted_group = fit_width (self, group, SIZE_NAME, TEXT_BOLD, text_width / 2);
      group = fitted_group;
    }

  /* Made plain before they are marked up: escaped, a control character
   * becomes a character reference ("&#x1;"), which plain_text() does not
   * see in the markup and Pango draws as a box of hex digits. */
  plain_name = plain_text (exercise_name, FALSE, FALSE);
  exercise_name = plain_name;
  if (group != NULL)
    {
      plain_group = plain_text (group, FALSE, FALSE);
      group = plain_group;
    }

  if (group != NULL && group[0] != '\0')
    name = g_markup_printf_escaped ("<span foreground=\"#%02x%02x%02x\">%s</span>  %s",
                                    (guint) (accent->red * 255 + 0.5),
                                    (guint) (accent->green * 255 + 0.5),
                                    (guint) (accent->blue * 255 + 0.5),
                                    group, exercise_name);
  else
    name = g_markup_escape_text (exercise_name, -1);

  text_height += show_text (self, cr, name, SIZE_NAME, TEXT_BOLD | TEXT_MARKUP,
                            text_x, y, text_width, 3, palette (REGIMEN_COLOR_FOREGROUND));

  if (prescription[0] != '\0')
    text_height += 1 + show_text (self, cr, glued, SIZE_PRESCRIPTION, 0,
                                  text_x, y + text_height + 1, text_width, 3,
                                  palette (REGIMEN_COLOR_DIM_FOREGROUND));

  if (notes != NULL && notes[0] != '\0')
    text_height += 1 + show_text (self, cr, notes, SIZE_NOTES, TEXT_ITALIC,
                                  text_x, y + text_height + 1, text_width, 2,
                                  palette (REGIMEN_COLOR_DIM_FOREGROUND));

  if (thumbnail && cr != NULL)
    draw_thumbnail (self, cr, item, x + INSET, y);

  h = (thumbnail ? MAX (text_height, THUMB_HEIGHT) : text_height) + 4;

  if (interval != NULL)
    h += draw_rounds (self, cr, interval->rounds, x + INSET, y + h, width - INSET);
  else
    h += draw_sets (self, cr, item, x + INSET, y + h, width - INSET);

  return h + 1;
}

static double
draw_block (RegimenSheet *self,
            cairo_t      *cr,
            const Block  *block,
            double        x,
            double        y,
            double        width)
{
  if (block->kind == BLOCK_SESSION)
    return draw_session (self, cr, block->session, x, y, width);

  if (block->kind == BLOCK_CONTINUED)
    return draw_continued (self, cr, block->session, x, y, width);

  return draw_item (self, cr, block->item, x, y, width);
}

static void
clear_layout (RegimenSheet *self)
{
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->geometry, g_array_unref);
}

static void
compute_geometry (RegimenSheet *self,
                  guint         week,
                  double        width,
                  double        height,
                  WeekGeometry *geometry)
{
  double weights[REGIMEN_DAYS_PER_WEEK];
  double training_total = 0;
  guint n_rest = 0;
  double name_width = 0;
  double rest_width;
  double columns_width = width - 2 * MARGIN - (REGIMEN_DAYS_PER_WEEK - 1) * COLUMN_GAP;
  double body_bottom = height - MARGIN - line_height (self, SIZE_FOOTER) - HEADER_GAP;
  double x = MARGIN;

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *plan_day = regimen_plan_get_day (self->plan, week, day);
      double day_name_width = natural_width (self, regimen_weekday_name (day), SIZE_DAY, TEXT_BOLD) + 12;
      guint n_items = 0;

      name_width = MAX (name_width, day_name_width);

      for (guint i = 0; i < regimen_day_get_n_sessions (plan_day); i++)
        n_items += regimen_session_get_n_items (regimen_day_get_session (plan_day, i));

      /* A busy day gets a wider column, so it needs fewer pages. */
      if (regimen_day_get_n_sessions (plan_day) == 0)
        {
          weights[day] = 0;
          n_rest++;
        }
      else
        {
          weights[day] = 1.0 + 0.05 * MIN (n_items, 10);
          training_total += weights[day];
        }
    }

  /* A rest day is narrower, but its name still fits. */
  if (n_rest == REGIMEN_DAYS_PER_WEEK)
    rest_width = columns_width / REGIMEN_DAYS_PER_WEEK;
  else
    rest_width = MIN (MAX (columns_width * REST_DAY_WEIGHT / (training_total + n_rest * REST_DAY_WEIGHT),
                           name_width),
                      columns_width / REGIMEN_DAYS_PER_WEEK);

  geometry->day_header_height = 0;
  geometry->abbreviate_rest_days = FALSE;
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      double header_height;

      geometry->column_x[day] = x;
      if (weights[day] == 0)
        geometry->column_width[day] = rest_width;
      else
        geometry->column_width[day] = (columns_width - n_rest * rest_width) * weights[day] / training_total;
      x += geometry->column_width[day] + COLUMN_GAP;

      /* Rest days all in short or all in full, for a calm row of headings. */
      if (weights[day] == 0 &&
          natural_width (self, regimen_weekday_name (day), SIZE_DAY, TEXT_BOLD) > rest_width - 10)
        geometry->abbreviate_rest_days = TRUE;

      header_height = draw_day_header (self, NULL, week, day, FALSE, FALSE, 0, 0, geometry->column_width[day], 0);
      geometry->day_header_height = MAX (geometry->day_header_height, header_height);
    }

  geometry->header_height = draw_header (self, NULL, week, FALSE, width);
  geometry->body_top = MARGIN + geometry->header_height + HEADER_GAP;
  geometry->body_height = body_bottom - geometry->body_top;
}

static void
append_block (RegimenSheet *self,
              Block        *block,
              guint         part,
              double        y)
{
  block->part = part;
  block->y = y;
  g_array_append_vals (self->blocks, block, 1);
}

/* Flows the sessions of one day down its column, onto more pages when
 * they do not fit. Returns the number of pages the day needs, or one more
 * than a week may take as soon as it needs that many: such a week is
 * refused (regimen_sheet_check_pages()), and laying out the rest of a day
 * of hundreds of exercises would only take time. */
static guint
layout_day (RegimenSheet       *self,
            guint               week,
            guint               day,
            const WeekGeometry *geometry)
{
  RegimenDay *plan_day = regimen_plan_get_day (self->plan, week, day);
  double width = geometry->column_width[day];
  double available = geometry->body_height - geometry->day_header_height - BLOCK_GAP;
  guint part = 0;
  double y = 0;

  for (guint s = 0; s < regimen_day_get_n_sessions (plan_day); s++)
    {
      RegimenSession *session = regimen_day_get_session (plan_day, s);
      guint n_items = regimen_session_get_n_items (session);
      Block block = {
        .kind = BLOCK_SESSION,
        .week = week,
        .day = day,
        .session = session,
        .last_in_session = n_items == 0,
      };
      double needed;

      block.height = draw_session (self, NULL, session, 0, 0, width);
      needed = block.height;
      /* A session's heading never stays behind alone at the foot of a page. */
      if (n_items > 0)
        needed += BLOCK_GAP + draw_item (self, NULL, regimen_session_get_item (session, 0), 0, 0, width);

      if (y > 0 && y + needed > available)
        {
          if (++part == REGIMEN_SHEET_MAX_WEEK_PAGES)
            return part + 1;
          y = 0;
        }
      append_block (self, &block, part, y);
      y += block.height + BLOCK_GAP;

      for (guint i = 0; i < n_items; i++)
        {
          Block item_block = {
            .kind = BLOCK_ITEM,
            .week = week,
            .day = day,
            .session = session,
            .item = regimen_session_get_item (session, i),
            .last_in_session = i + 1 == n_items,
          };

          item_block.height = draw_item (self, NULL, item_block.item, 0, 0, width);

          if (y > 0 && y + item_block.height > available)
            {
              Block continued = {
                .kind = BLOCK_CONTINUED,
                .week = week,
                .day = day,
                .session = session,
              };

              continued.height = draw_continued (self, NULL, session, 0, 0, width);
              if (++part == REGIMEN_SHEET_MAX_WEEK_PAGES)
                return part + 1;
              append_block (self, &continued, part, 0);
              y = continued.height + BLOCK_GAP;
            }

          append_block (self, &item_block, part, y);
          y += item_block.height + BLOCK_GAP;
        }

      y += SESSION_GAP - BLOCK_GAP;
    }

  return part + 1;
}

/* A sparse plan prints larger, easier to read at arm's length; a full
 * one at the normal size, continued on more pages when it must be. */
static const double scales[] = { 1.3, 1.15, 1.0 };

static void
start_layout (RegimenSheet *self)
{
  clear_layout (self);
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  self->geometry = g_array_new (FALSE, TRUE, sizeof (WeekGeometry));
  g_array_set_size (self->geometry, regimen_plan_get_n_weeks (self->plan));
}

/* Lays one week out on pages of this size (in sheet units), after the
 * weeks before it; returns whether it fits on one page with roomy
 * training columns. */
static gboolean
layout_week (RegimenSheet *self,
             guint         week,
             double        width,
             double        height)
{
  WeekGeometry *geometry = &g_array_index (self->geometry, WeekGeometry, week);
  guint n_parts = 1;
  gboolean fits;

  compute_geometry (self, week, width, height, geometry);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      guint day_parts = layout_day (self, week, day, geometry);

      n_parts = MAX (n_parts, day_parts);
    }
  fits = n_parts == 1;

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    if (regimen_day_get_n_sessions (regimen_plan_get_day (self->plan, week, day)) > 0 &&
        geometry->column_width[day] < MIN_TRAINING_WIDTH)
      fits = FALSE;

  for (guint part = 0; part < n_parts; part++)
    {
      Page page = { week, part };

      g_array_append_val (self->pages, page);
    }

  return fits;
}

/* The weeks the sheet shows, @last not included. */
static void
shown_weeks (RegimenSheet *self,
             guint        *first,
             guint        *last)
{
  guint n_weeks = regimen_plan_get_n_weeks (self->plan);

  *first = self->week >= 0 ? (guint) self->week : 0;
  *last = self->week >= 0 ? MIN ((guint) self->week + 1, n_weeks) : n_weeks;
}

/* Lays the weeks out on pages of this size (in sheet units); returns
 * whether every week fits on one page with roomy training columns. */
static gboolean
layout_pages (RegimenSheet *self,
              double        width,
              double        height)
{
  guint first, last;
  gboolean fits = TRUE;

  shown_weeks (self, &first, &last);
  start_layout (self);

  for (guint week = first; week < last; week++)
    if (!layout_week (self, week, width, height))
      fits = FALSE;

  return fits;
}

static void
ensure_layout (RegimenSheet *self,
               double        width,
               double        height)
{
  if (self->pages != NULL && self->width == width && self->height == height)
    return;

  self->width = width;
  self->height = height;
  /* A pagination under way lost its layout to this one. */
  self->paginating = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      self->scale = scales[i];
      if (layout_pages (self, width / self->scale, height / self->scale))
        break;
    }
}

static void
draw_stripe (cairo_t            *cr,
             const Block        *block,
             double              x,
             double              y)
{
  double height = block->height + (block->last_in_session ? 0 : BLOCK_GAP);
  const RegimenColor *color = kind_color (regimen_session_get_kind (block->session));

  /* Full strength beside the heading, lighter along the exercises. */
  cairo_save (cr);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue,
                         block->kind == BLOCK_SESSION ? 1.0 : 0.35);
  cairo_rectangle (cr, x, y, STRIPE_WIDTH, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

static gboolean
day_continues (RegimenSheet *self,
               const Page   *page,
               guint         day)
{
  if (page->part == 0)
    return FALSE;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->week == page->week && block->part == page->part && block->day == day)
        return TRUE;
    }

  return FALSE;
}

static void
draw_column (RegimenSheet       *self,
             cairo_t            *cr,
             const Page         *page,
             guint               day,
             const WeekGeometry *geometry)
{
  RegimenDay *plan_day = regimen_plan_get_day (self->plan, page->week, day);
  double x = geometry->column_x[day];
  double width = geometry->column_width[day];
  double top = geometry->body_top + geometry->day_header_height + BLOCK_GAP;
  double bottom = geometry->body_top + geometry->body_height;
  gboolean rest_day = regimen_day_get_n_sessions (plan_day) == 0;

  self->box_day = day;
  record_box (self, REGIMEN_SHEET_BOX_COLUMN, x, geometry->body_top, width, geometry->body_height, NULL, NULL);

  draw_day_header (self, cr, page->week, day, day_continues (self, page, day),
                   rest_day && geometry->abbreviate_rest_days,
                   x, geometry->body_top, width, geometry->day_header_height);

  cairo_save (cr);
  /* A block taller than a whole page is the only thing that could spill;
   * it stays inside its own column. */
  cairo_rectangle (cr, x, top, width, bottom - top);
  cairo_clip (cr);

  if (rest_day && page->part == 0)
    show_text (self, cr, _("Rest day"), SIZE_META, TEXT_ITALIC | TEXT_CENTER, x, top + 4, width, 2,
               palette (REGIMEN_COLOR_DIM_FOREGROUND));

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->week != page->week || block->part != page->part || block->day != day)
        continue;

      draw_stripe (cr, block, x, top + block->y);
      draw_block (self, cr, block, x, top + block->y, width);
    }

  cairo_restore (cr);
  self->box_day = -1;
}

static void
regimen_sheet_dispose (GObject *object)
{
  RegimenSheet *self = (RegimenSheet *) object;

  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_clear_object (&self->checker);
  g_clear_object (&self->pango);

  G_OBJECT_CLASS (regimen_sheet_parent_class)->dispose (object);
}

static void
regimen_sheet_finalize (GObject *object)
{
  RegimenSheet *self = (RegimenSheet *) object;

  clear_layout (self);
  g_clear_pointer (&self->figures, g_hash_table_unref);

  G_OBJECT_CLASS (regimen_sheet_parent_class)->finalize (object);
}

static void
regimen_sheet_class_init (RegimenSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = regimen_sheet_dispose;
  object_class->finalize = regimen_sheet_finalize;
}

static void
regimen_sheet_init (RegimenSheet *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->week = -1;
  self->box_day = -1;
  self->scale = 1.0;

  /* Measured at 72 units per inch without hinting, the layout is the same
   * on paper, in a PDF and in a print preview. */
  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->pango, FALSE);
}

/**
 * regimen_paper_get_size:
 * @paper: a paper size
 * @width: (out): the landscape width in points
 * @height: (out): the landscape height in points
 */
void
regimen_paper_get_size (RegimenPaper  paper,
                        double       *width,
                        double       *height)
{
  g_return_if_fail (width != NULL);
  g_return_if_fail (height != NULL);

  switch (paper)
    {
    case REGIMEN_PAPER_LETTER:
      *width = 11.0 * 72.0;
      *height = 8.5 * 72.0;
      break;

    case REGIMEN_PAPER_A4:
    default:
      *width = 297.0 / 25.4 * 72.0;
      *height = 210.0 / 25.4 * 72.0;
      break;
    }
}

/**
 * regimen_sheet_new:
 * @plan: the plan to print
 * @library: (nullable): the exercise library, or %NULL for the default one
 * @checker: (nullable): the check of @plan, or %NULL to check it now
 * @paper: the paper, which chooses the load unit
 *
 * Returns: (transfer full): a new sheet
 */
RegimenSheet *
regimen_sheet_new (RegimenPlan    *plan,
                   RegimenLibrary *library,
                   RegimenChecker *checker,
                   RegimenPaper    paper)
{
  RegimenSheet *self;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (checker == NULL || REGIMEN_IS_CHECKER (checker), NULL);

  self = g_object_new (REGIMEN_TYPE_SHEET, NULL);
  self->plan = g_object_ref (plan);
  self->library = g_object_ref (library != NULL ? library : regimen_library_get_default ());
  self->checker = checker != NULL ? g_object_ref (checker) : regimen_plan_check (plan, self->library);
  self->paper = paper;
  self->load_unit = paper == REGIMEN_PAPER_LETTER ? REGIMEN_LOAD_UNIT_LB : REGIMEN_LOAD_UNIT_KG;

  return self;
}

/**
 * regimen_sheet_set_load_unit:
 * @self: a sheet
 * @unit: the unit of loads: the log grid's load row and the loads of the
 *   prescriptions
 *
 * Overrides the unit the paper chose (kg on A4, lb on Letter), for a
 * person who has chosen theirs.
 */
void
regimen_sheet_set_load_unit (RegimenSheet    *self,
                             RegimenLoadUnit  unit)
{
  g_return_if_fail (REGIMEN_IS_SHEET (self));

  if (self->load_unit == unit)
    return;

  self->load_unit = unit;
  clear_layout (self);
  self->paginating = FALSE;
}

/**
 * regimen_sheet_set_week:
 * @self: a sheet
 * @week: the 0-based week to print, or -1 for all of them
 */
void
regimen_sheet_set_week (RegimenSheet *self,
                        int           week)
{
  g_return_if_fail (REGIMEN_IS_SHEET (self));
  g_return_if_fail (week >= -1);

  if (self->week == week)
    return;

  self->week = week;
  clear_layout (self);
  self->paginating = FALSE;
}

int
regimen_sheet_get_week (RegimenSheet *self)
{
  g_return_val_if_fail (REGIMEN_IS_SHEET (self), -1);

  return self->week;
}

/* Counts the pages of one week of the sheet, adding them to @total, and
 * says whether the limits still hold with the weeks up to @last left. */
static gboolean
check_week (RegimenSheet  *self,
            guint          week,
            guint          last,
            double         width,
            double         height,
            guint         *total,
            GError       **error)
{
  guint n_pages;

  regimen_sheet_set_week (self, (int) week);
  n_pages = regimen_sheet_get_n_pages (self, width, height);
  *total += n_pages;

  if (n_pages > REGIMEN_SHEET_MAX_WEEK_PAGES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("The sheet of week %u would take more than %d pages; put fewer "
                     "exercises on its days"),
                   week + 1, REGIMEN_SHEET_MAX_WEEK_PAGES);
      return FALSE;
    }
  /* Every week left takes a page at least: a sheet sure to pass the
   * limit is refused now, where laying out each week up to the limit
   * took 5 s (issue 21, leftovers of passes 34a–d). */
  else if (*total + (last - week - 1) > REGIMEN_SHEET_MAX_PAGES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                   _("The sheets would take more than %d pages; print fewer weeks"),
                   REGIMEN_SHEET_MAX_PAGES);
      return FALSE;
    }

  return TRUE;
}

/**
 * regimen_sheet_check_pages:
 * @self: a sheet
 * @width: the page width
 * @height: the page height
 * @error: return location for an error
 *
 * Counts the pages of each week the sheet shows before any is drawn: a
 * week's sheet may take at most %REGIMEN_SHEET_MAX_WEEK_PAGES pages and
 * the whole at most %REGIMEN_SHEET_MAX_PAGES (one a week for the longest
 * plan). A plan whose days hold hundreds of exercises would otherwise take
 * minutes and hundreds of megabytes to draw. The command line, the PDF
 * export and the print dialog all hold to it.
 *
 * Returns: %TRUE when the sheet is within the limits; otherwise %FALSE
 *   with @error (%G_IO_ERROR_MESSAGE_TOO_LARGE) naming the week or the limit
 */
gboolean
regimen_sheet_check_pages (RegimenSheet  *self,
                           double         width,
                           double         height,
                           GError       **error)
{
  int chosen;
  guint first, last;
  guint total = 0;
  gboolean fits = TRUE;

  g_return_val_if_fail (REGIMEN_IS_SHEET (self), FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  chosen = self->week;
  shown_weeks (self, &first, &last);

  for (guint week = first; fits && week < last; week++)
    fits = check_week (self, week, last, width, height, &total, error);

  regimen_sheet_set_week (self, chosen);

  return fits;
}

/**
 * regimen_sheet_paginate:
 * @self: a sheet
 * @width: the page width
 * @height: the page height
 * @done: (out): set to whether the sheet is laid out
 * @error: return location for an error
 *
 * Does a week's part of regimen_sheet_check_pages() and then of the
 * layout regimen_sheet_get_n_pages() makes, and returns: called again
 * until @done, the layout is the same. A print dialog's window goes on
 * answering between two calls, where a plan of a year of full days took
 * seconds to lay out in one. Changing the sheet or the page size starts
 * over.
 *
 * Returns: %FALSE with @error as regimen_sheet_check_pages() when the
 *   sheet is beyond the limits; %TRUE otherwise
 */
gboolean
regimen_sheet_paginate (RegimenSheet  *self,
                        double         width,
                        double         height,
                        gboolean      *done,
                        GError       **error)
{
  guint first, last;
  int chosen;

  g_return_val_if_fail (REGIMEN_IS_SHEET (self), FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (done != NULL, FALSE);

  *done = FALSE;
  if (!self->paginating || self->paginate_width != width || self->paginate_height != height)
    {
      clear_layout (self);
      self->paginating = TRUE;
      self->paginate_checked = FALSE;
      self->paginate_week = 0;
      self->paginate_total = 0;
      self->paginate_scale = 0;
      self->paginate_width = width;
      self->paginate_height = height;
    }

  chosen = self->week;
  shown_weeks (self, &first, &last);
  self->paginate_week = MAX (self->paginate_week, first);

  if (!self->paginate_checked)
    {
      if (self->paginate_week < last)
        {
          gboolean fits = check_week (self, self->paginate_week, last, width, height,
                                      &self->paginate_total, error);

          /* Back to the weeks shown, the layout of one week dropped. */
          self->week = chosen;
          clear_layout (self);
          self->paginating = fits;
          if (!fits)
            return FALSE;
          self->paginate_week++;
          return TRUE;
        }

      self->paginate_checked = TRUE;
      self->paginate_week = first;
    }

  if (self->paginate_week == first)
    {
      self->scale = scales[self->paginate_scale];
      start_layout (self);
      /* Not whole yet: a layout asked for meanwhile is made anew. */
      self->width = 0;
      self->height = 0;
    }

  if (self->paginate_week < last &&
      !layout_week (self, self->paginate_week, width / self->scale, height / self->scale) &&
      self->paginate_scale + 1 < G_N_ELEMENTS (scales))
    {
      /* As ensure_layout(): the next scale, all weeks again. */
      self->paginate_scale++;
      self->paginate_week = first;
      return TRUE;
    }

  self->paginate_week++;
  if (self->paginate_week >= last)
    {
      /* Whole: regimen_sheet_get_n_pages() and _draw_page() take it. */
      self->width = width;
      self->height = height;
      self->paginating = FALSE;
      *done = TRUE;
    }

  return TRUE;
}

/**
 * regimen_sheet_get_n_pages:
 * @self: a sheet
 * @width: the page width
 * @height: the page height
 *
 * Returns: how many pages the sheet takes on pages of this size
 */
guint
regimen_sheet_get_n_pages (RegimenSheet *self,
                           double        width,
                           double        height)
{
  g_return_val_if_fail (REGIMEN_IS_SHEET (self), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  ensure_layout (self, width, height);

  return self->pages->len;
}

/**
 * regimen_sheet_draw_page:
 * @self: a sheet
 * @cr: where to draw, with the page's top left corner at the origin
 * @page: the 0-based page
 * @width: the page width
 * @height: the page height
 *
 * Draws one page. It paints the whole page white first.
 */
void
regimen_sheet_draw_page (RegimenSheet *self,
                         cairo_t      *cr,
                         guint         page,
                         double        width,
                         double        height)
{
  const Page *info;
  const WeekGeometry *geometry;
  double rule_y;

  g_return_if_fail (REGIMEN_IS_SHEET (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  ensure_layout (self, width, height);
  g_return_if_fail (page < self->pages->len);

  info = &g_array_index (self->pages, Page, page);
  geometry = &g_array_index (self->geometry, WeekGeometry, info->week);

  cairo_save (cr);

  regimen_palette_set_source (cr, REGIMEN_PALETTE_LIGHT, REGIMEN_COLOR_BACKGROUND);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  cairo_scale (cr, self->scale, self->scale);
  width /= self->scale;
  height /= self->scale;

  self->box_day = -1;
  draw_header (self, cr, info->week, info->part > 0, width);

  rule_y = MARGIN + geometry->header_height + HEADER_GAP / 2;
  set_color (cr, &line_color);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, MARGIN, rule_y);
  cairo_line_to (cr, width - MARGIN, rule_y);
  cairo_stroke (cr);

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    draw_column (self, cr, info, day, geometry);

  draw_footer (self, cr, page, self->pages->len, width, height);

  cairo_restore (cr);
}

static void
clear_box (gpointer data)
{
  RegimenSheetBox *box = data;

  g_clear_pointer (&box->text, g_free);
}

GArray *
regimen_sheet_collect_boxes (RegimenSheet *self,
                             guint         page,
                             double        width,
                             double        height)
{
  GArray *boxes;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (REGIMEN_IS_SHEET (self), NULL);

  boxes = g_array_new (FALSE, TRUE, sizeof (RegimenSheetBox));
  g_array_set_clear_func (boxes, clear_box);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  self->boxes = boxes;
  regimen_sheet_draw_page (self, cr, page, width, height);
  self->boxes = NULL;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return boxes;
}

/**
 * regimen_sheet_check_drawn:
 * @self: a #RegimenSheet
 * @cr: the cairo context its pages were drawn with
 * @error: return location for an error
 *
 * Whether the pages drawn so far are whole: cairo gives no error where
 * it is met, out of memory or a surface that failed, and draws nothing
 * after it.
 *
 * Returns: %TRUE when cairo drew every page, or %FALSE with @error set
 *   to its reason
 */
gboolean
regimen_sheet_check_drawn (RegimenSheet  *self,
                           cairo_t       *cr,
                           GError       **error)
{
  cairo_status_t status;

  g_return_val_if_fail (REGIMEN_IS_SHEET (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  status = self->failure;
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_status (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (cairo_get_target (cr));
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  /* Translators: %s is cairo's reason, such as “out of memory” */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The sheet could not be drawn: %s"),
               cairo_status_to_string (status));

  return FALSE;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* @unit_choice: 0 for the paper's unit, else a RegimenLoadUnit + 1. */
static GBytes *
render_pdf (RegimenPlan    *plan,
            RegimenLibrary *library,
            RegimenPaper    paper,
            guint           unit_choice,
            int             week,
            GError        **error);

/**
 * regimen_sheet_render_pdf:
 * @plan: the plan to print
 * @library: (nullable): the exercise library, or %NULL for the default one
 * @paper: the paper size (landscape)
 * @week: the 0-based week to print, or -1 for every week
 * @error: return location for an error
 *
 * Draws the sheet as a landscape PDF in memory: pure cairo and pango, so
 * it may run on a worker thread with a plan and a library of its own.
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL with @error set
 */
GBytes *
regimen_sheet_render_pdf (RegimenPlan     *plan,
                          RegimenLibrary  *library,
                          RegimenPaper     paper,
                          int              week,
                          GError         **error)
{
  return render_pdf (plan, library, paper, 0, week, error);
}

static GBytes *
render_pdf (RegimenPlan    *plan,
            RegimenLibrary *library,
            RegimenPaper    paper,
            guint           unit_choice,
            int             week,
            GError        **error)
{
  g_autoptr(RegimenSheet) sheet = NULL;
  g_autoptr(GByteArray) out = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (regimen_plan_get_n_weeks (plan) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The plan has no weeks to print"));
      return NULL;
    }

  if (week < -1 || week >= (int) regimen_plan_get_n_weeks (plan))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The plan has no week %d; it has %u"),
                   week + 1, regimen_plan_get_n_weeks (plan));
      return NULL;
    }

  sheet = regimen_sheet_new (plan, library, NULL, paper);
  if (unit_choice > 0)
    regimen_sheet_set_load_unit (sheet, unit_choice - 1);
  regimen_sheet_set_week (sheet, week);
  regimen_paper_get_size (paper, &width, &height);
  if (!regimen_sheet_check_pages (sheet, width, height, error))
    return NULL;
  n_pages = regimen_sheet_get_n_pages (sheet, width, height);

  out = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_to_array, out, width, height);
  if (regimen_plan_get_title (plan) != NULL)
    {
      /* A PDF reader shows it as its window's title, `pdfinfo` prints
       * it: as the sheet draws it, not as the plan holds it (escapes). */
      g_autofree char *title = plain_text (regimen_plan_get_title (plan), FALSE, FALSE);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Regimen " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      regimen_sheet_draw_page (sheet, cr, page, width, height);
      cairo_show_page (cr);
    }
  /* A sheet cairo could not draw whole is no PDF to write: the pages
   * after the error were blank, and replaced the previous export. */
  if (!regimen_sheet_check_drawn (sheet, cr, error))
    {
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * regimen_sheet_render_document:
 * @snapshot: the plan to print
 * @library: the exercise library
 * @paper: a #RegimenPaper in a pointer, or regimen_sheet_document_options()
 * @error: return location for an error
 *
 * regimen_sheet_render_pdf() of every week, as the #RegimenDocumentRenderFunc
 * of a PDF export.
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL with @error set
 */
GBytes *
regimen_sheet_render_document (RegimenPlan     *snapshot,
                               RegimenLibrary  *library,
                               gpointer         paper,
                               GError         **error)
{
  guint options = GPOINTER_TO_UINT (paper);

  return render_pdf (snapshot, library, options & 0xf, options >> 4, -1, error);
}

/**
 * regimen_sheet_write_pdf:
 * @plan: the plan to print
 * @library: (nullable): the exercise library, or %NULL for the default one
 * @path: the PDF file to write
 * @source: (nullable): the plan's file, which is not replaced (see
 *   regimen_file_replace_export())
 * @paper: the paper size (landscape)
 * @week: the 0-based week to print, or -1 for every week
 * @error: return location for an error
 *
 * Returns: %TRUE when the PDF was written
 */
gboolean
regimen_sheet_write_pdf (RegimenPlan     *plan,
                         RegimenLibrary  *library,
                         const char      *path,
                         GFile           *source,
                         RegimenPaper     paper,
                         int              week,
                         GError         **error)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) write_error = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = regimen_sheet_render_pdf (plan, library, paper, week, &write_error);
  if (pdf == NULL && (write_error->code == G_IO_ERROR_INVALID_ARGUMENT ||
                      write_error->code == G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_propagate_error (error, g_steal_pointer (&write_error));
      return FALSE;
    }

  /* Written beside the target and renamed over it, so a full disk
   * leaves the previous PDF whole. */
  data = pdf != NULL ? g_bytes_get_data (pdf, &length) : NULL;
  if (pdf == NULL ||
      !regimen_file_replace_export (path, source, data, length, REGIMEN_FILE_WRITE_NONE, NULL, &write_error))
    {
      g_set_error (error, G_IO_ERROR, write_error->code,
                   _("Could not write “%s”: %s"), path, write_error->message);
      return FALSE;
    }

  return TRUE;
}
