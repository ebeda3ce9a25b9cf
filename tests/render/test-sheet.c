/* test-sheet.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "fixture-util.h"
#include "regimen-sheet.h"
#include "regimen-sheet-private.h"

/* Slack for rounding between pango units and points. */
#define EPSILON 0.51

static const char *long_title =
  "Grundlagenausdauerentwicklungstrainingseinheit für Oberschenkelmuskulatur";
static const char *long_exercise =
  "einbeinige-sprinter-gesäßbrückenvariante-mit-widerstandsbandunterstützung";
static const char *long_notes =
  "Rumpfstabilisierungsmuskulaturaktivierung beachten, Kniegelenksausrichtung "
  "kontrollieren und Atmungsrhythmusanpassung während der Wiederholungen";

static RegimenItem *
new_item (const char *exercise,
          guint       sets,
          guint       reps)
{
  RegimenItem *item = regimen_item_new (exercise);

  regimen_item_set_sets (item, sets);
  regimen_item_set_reps (item, reps);

  return item;
}

/* Long German words everywhere, and a Monday far longer than a page. */
static RegimenPlan *
new_german_plan (guint n_monday_items)
{
  RegimenPlan *plan = regimen_plan_new ();
  g_autoptr(RegimenWeek) week = regimen_week_new ("Belastungswoche mit Schwerpunkt Kraftausdauer");
  g_autoptr(RegimenSession) monday = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, long_title);
  g_autoptr(RegimenSession) wednesday = regimen_session_new (REGIMEN_SESSION_KIND_HIIT, long_title);
  g_autoptr(RegimenItem) intervals = regimen_item_new (long_exercise);
  g_autoptr(RegimenInterval) interval = regimen_interval_new (30, 30, 40);
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 23, G_DATE_NOVEMBER, 2026);
  regimen_plan_set_title (plan, "Kraftausdauerentwicklungsprogramm für Wettkampfvorbereitung, Block 1");
  regimen_plan_set_start_date (plan, &start);

  for (guint i = 0; i < n_monday_items; i++)
    {
      g_autoptr(RegimenItem) item = new_item (i % 2 ? long_exercise : "narrow-stance-squat", 3 + i % 18, 10);

      regimen_item_set_notes (item, long_notes);
      regimen_item_set_group (item, i % 2 ? "1b" : "1a");
      regimen_item_set_tempo (item, "30X1");
      regimen_session_append_item (monday, item);
    }

  regimen_item_set_interval (intervals, interval);
  regimen_session_append_item (wednesday, intervals);

  g_assert_true (regimen_plan_add_week (plan, 0, week));
  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 0), 0, monday));
  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 2), 0,
                                              wednesday));

  return plan;
}

static gboolean
inside (const RegimenSheetBox *box,
        double                 x,
        double                 y,
        double                 width,
        double                 height)
{
  return box->x >= x - EPSILON && box->y >= y - EPSILON &&
         box->x + box->width <= x + width + EPSILON &&
         box->y + box->height <= y + height + EPSILON;
}

static gboolean
overlap (const RegimenSheetBox *a,
         const RegimenSheetBox *b)
{
  /* Cells of the log grid share their borders: touching is fine. */
  return a->x + a->width > b->x + EPSILON && b->x + b->width > a->x + EPSILON &&
         a->y + a->height > b->y + EPSILON && b->y + b->height > a->y + EPSILON;
}

/* Everything on the page stays on it, inside its day's column, with text
 * no wider than the room it was given, and nothing on top of anything
 * else. Returns the boxes for more checks. */
static GArray *
check_page (RegimenSheet *sheet,
            guint         page,
            double        width,
            double        height)
{
  GArray *boxes = regimen_sheet_collect_boxes (sheet, page, width, height);
  const RegimenSheetBox *columns[REGIMEN_DAYS_PER_WEEK] = { NULL };
  guint n_text = 0;

  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind == REGIMEN_SHEET_BOX_COLUMN)
        {
          g_assert_cmpint (box->day, >=, 0);
          g_assert_cmpint (box->day, <, REGIMEN_DAYS_PER_WEEK);
          g_assert_null (columns[box->day]);
          columns[box->day] = box;
        }
    }

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      g_assert_nonnull (columns[day]);
      if (day > 0)
        g_assert_cmpfloat (columns[day - 1]->x + columns[day - 1]->width, <, columns[day]->x);
    }

  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (!inside (box, 0, 0, width, height))
        g_error ("“%s” at %g,%g %g×%g is outside the page", box->text, box->x, box->y, box->width, box->height);

      if (box->kind == REGIMEN_SHEET_BOX_COLUMN)
        continue;

      if (box->day >= 0 && !inside (box, columns[box->day]->x, columns[box->day]->y,
                                    columns[box->day]->width, columns[box->day]->height))
        g_error ("“%s” at %g,%g %g×%g leaves the column of day %d",
                 box->text, box->x, box->y, box->width, box->height, box->day);

      if (box->kind == REGIMEN_SHEET_BOX_TEXT)
        {
          n_text++;
          if (box->ink_x < box->x - EPSILON || box->ink_x + box->ink_width > box->x + box->width + EPSILON)
            g_error ("“%s” is %g wide in a cell of %g", box->text, box->ink_width, box->width);
          if (box->ink_y < box->y - EPSILON || box->ink_y + box->ink_height > box->y + box->height + EPSILON)
            g_error ("“%s” is %g high in a cell of %g", box->text, box->ink_height, box->height);
        }

      for (guint j = i + 1; j < boxes->len; j++)
        {
          const RegimenSheetBox *other = &g_array_index (boxes, RegimenSheetBox, j);

          if (other->kind != REGIMEN_SHEET_BOX_COLUMN && overlap (box, other))
            g_error ("“%s” (%g,%g %g×%g) overlaps “%s” (%g,%g %g×%g)",
                     box->text, box->x, box->y, box->width, box->height,
                     other->text, other->x, other->y, other->width, other->height);
        }
    }

  g_assert_cmpuint (n_text, >, 0);

  return boxes;
}

static guint
count_boxes (GArray              *boxes,
             RegimenSheetBoxKind  kind,
             const char          *text_prefix)
{
  guint n = 0;

  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind == kind && (text_prefix == NULL || g_str_has_prefix (box->text, text_prefix)))
        n++;
    }

  return n;
}

/* The last text box on @boxes that starts with @prefix, or %NULL. */
static const RegimenSheetBox *
find_text_box (GArray     *boxes,
               const char *prefix)
{
  const RegimenSheetBox *found = NULL;

  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind == REGIMEN_SHEET_BOX_TEXT && box->text != NULL && g_str_has_prefix (box->text, prefix))
        found = box;
    }

  return found;
}

static void
test_sheet_page_per_week (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  double width, height;

  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 595.28, 0.01);

  g_assert_cmpuint (regimen_sheet_get_n_pages (sheet, width, height), ==, regimen_plan_get_n_weeks (plan));

  regimen_sheet_set_week (sheet, 1);
  g_assert_cmpuint (regimen_sheet_get_n_pages (sheet, width, height), ==, 1);

  regimen_sheet_set_week (sheet, -1);
  regimen_paper_get_size (REGIMEN_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 792);
  g_assert_cmpfloat (height, ==, 612);
  g_assert_cmpuint (regimen_sheet_get_n_pages (sheet, width, height), ==, 2);
}

/* A week of 2,000 exercises (20 sessions of 100 on Monday) would take
 * about 300 pages: counting stops one page past the limit, so refusing
 * it costs what eleven pages cost, not what the week's 2,000 exercises
 * would (adversarial pass 8, A8a-10: 49 s for a week of 14,000). */
static void
test_sheet_crowded_week_counted_to_the_limit (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":["
                                          "{\"sessions\":[");
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  for (guint s = 0; s < 20; s++)
    {
      g_string_append (json, s > 0 ? ",{" : "{");
      g_string_append (json, "\"kind\":\"strength\",\"rpe\":5,\"items\":[");
      for (guint i = 0; i < 100; i++)
        g_string_append (json, i > 0 ? ",{\"exercise\":\"forearm-plank\",\"sets\":3,\"hold_seconds\":30}"
                                     : "{\"exercise\":\"forearm-plank\",\"sets\":3,\"hold_seconds\":30}");
      g_string_append (json, "]}");
    }
  g_string_append (json, "]},{},{},{},{},{},{}]}]}");
  plan = regimen_plan_load_from_data (json->str, -1, &error);
  g_assert_no_error (error);
  sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);

  g_assert_cmpuint (regimen_sheet_get_n_pages (sheet, width, height), ==, REGIMEN_SHEET_MAX_WEEK_PAGES + 1);
  g_assert_false (regimen_sheet_check_pages (sheet, width, height, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "The sheet of week 1 would take more than 10 pages; put fewer exercises on its days");
}

static void
test_sheet_fixture_inside (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  /* A4 and Letter landscape, and A4 portrait as a print dialog may ask. */
  const double sizes[][2] = { { 841.89, 595.28 }, { 792, 612 }, { 595.28, 841.89 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint page = 0; page < regimen_sheet_get_n_pages (sheet, sizes[s][0], sizes[s][1]); page++)
      {
        g_autoptr(GArray) boxes = check_page (sheet, page, sizes[s][0], sizes[s][1]);

        /* Week 1 in landscape: three exercises, each with its figure. */
        if (page == 0 && sizes[s][0] > sizes[s][1])
          {
            g_assert_cmpuint (count_boxes (boxes, REGIMEN_SHEET_BOX_FIGURE, NULL), ==, 3);
            /* 3 + 2 sets, two cells each (load, reps), and 8 rounds. */
            g_assert_cmpuint (count_boxes (boxes, REGIMEN_SHEET_BOX_CELL, NULL), ==, 2 * (3 + 2) + 8);
            g_assert_cmpuint (count_boxes (boxes, REGIMEN_SHEET_BOX_TEXT, "Page 1 of 2"), ==, 1);
          }
      }
}

/* Draws onto a larger transparent surface: no pixel may land off the page. */
static void
test_sheet_pixels_inside (void)
{
  g_autoptr(RegimenPlan) plan = new_german_plan (4);
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  const int width = 842, height = 596, pad = 20;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * pad, height + 2 * pad);
  cairo_t *cr = cairo_create (surface);
  unsigned char *data;
  int stride;
  guint outside = 0;

  cairo_translate (cr, pad, pad);
  regimen_sheet_draw_page (sheet, cr, 0, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height + 2 * pad; y++)
    for (int x = 0; x < width + 2 * pad; x++)
      {
        gboolean on_page = x >= pad && x < pad + width && y >= pad && y < pad + height;
        guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

        if (!on_page && pixel != 0)
          outside++;
      }

  g_assert_cmpuint (outside, ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_sheet_long_german (void)
{
  g_autoptr(RegimenPlan) plan = new_german_plan (14);
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  const double sizes[][2] = { { 841.89, 595.28 }, { 792, 612 }, { 595.28, 841.89 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      guint n_pages = regimen_sheet_get_n_pages (sheet, sizes[s][0], sizes[s][1]);
      guint figures = 0;
      guint continued = 0;

      /* Fourteen exercises cannot share one page: Monday continues. */
      g_assert_cmpuint (n_pages, >, 1);

      for (guint page = 0; page < n_pages; page++)
        {
          g_autoptr(GArray) boxes = check_page (sheet, page, sizes[s][0], sizes[s][1]);
          g_autofree char *number = g_strdup_printf ("Page %u of %u", page + 1, n_pages);

          figures += count_boxes (boxes, REGIMEN_SHEET_BOX_FIGURE, NULL);
          if (page > 0)
            continued += count_boxes (boxes, REGIMEN_SHEET_BOX_TEXT, "Grundlagen");
          g_assert_cmpuint (count_boxes (boxes, REGIMEN_SHEET_BOX_TEXT, number), ==, 1);
        }

      /* Every exercise printed exactly once (the interval one too), and
       * the session heading repeated where it goes on. */
      if (sizes[s][0] > sizes[s][1])
        g_assert_cmpuint (figures, ==, 14 + 1);
      g_assert_cmpuint (continued, >=, n_pages - 1);
    }
}

static void
test_sheet_write_pdf (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "sheet.pdf", NULL);

  g_assert_true (regimen_sheet_write_pdf (plan, NULL, path, NULL, REGIMEN_PAPER_A4, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Finished: cairo writes the trailer last. */
  g_assert_cmpmem (contents + length - 6, 6, "%%EOF\n", 6);

  g_assert_false (regimen_sheet_write_pdf (plan, NULL, path, NULL, REGIMEN_PAPER_A4, 2, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  /* A folder that does not exist is an error, not a crash. */
  g_assert_false (regimen_sheet_write_pdf (plan, NULL, path, NULL, REGIMEN_PAPER_A4, -1, &error));
  g_assert_nonnull (error);
}

/* A plan whose title, week label, session title, notes, exercise group
 * and id have 10,000 characters each (the most a plan may hold): each text is cut to what
 * its cell can show before Pango lays it out, so printing takes time in
 * proportion to the page, not to the text (N5 of the third adversarial
 * pass: a 15.7 MB plan of such weeks took 210 s to print). The text given
 * to Pango is what the sheet records in its boxes. */
static void
test_sheet_long_texts_cut (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "long-texts.json");
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  g_autoptr(GArray) boxes = NULL;
  double width, height;
  guint n_cut = 0;

  g_assert_cmpint (g_utf8_strlen (regimen_plan_get_title (plan), -1), ==, 10000);

  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);
  g_assert_cmpuint (regimen_sheet_get_n_pages (sheet, width, height), ==, 1);
  boxes = check_page (sheet, 0, width, height);

  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind != REGIMEN_SHEET_BOX_TEXT)
        continue;

      /* A few lines of a column or of the heading: far fewer characters
       * than the texts have. */
      g_assert_cmpint (g_utf8_strlen (box->text, -1), <, 2000);
      /* And Pango was given no more than that, where it laid out all
       * 10,000 characters and the sheet kept the part it showed. */
      g_assert_cmpint (box->laid_out, <, 2000);
      if (g_str_has_suffix (box->text, "…") || strstr (box->text, "…  ·  ") != NULL)
        n_cut++;
    }

  /* The title (in the heading and the footer), the week label (cut
   * before the week's dates, which follow it), the session title, the
   * notes, and the group and id of an exercise not in the library, each
   * ending where it was cut. */
  g_assert_cmpuint (n_cut, ==, 6);
}

static gboolean
has_box_containing (GArray     *boxes,
                    const char *text)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->text != NULL && strstr (box->text, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* A plan may start as late as the last Monday of 2999, and the sheet
 * printed its later weeks' days in the year 3000, a date the reader
 * refuses (pass 12 left). Its weeks end by 2999-12-31 now, as the reader
 * reads them (pass 43b): the last week a plan may have is printed with
 * its dates, and a plan with a week after it is not read. */
static void
test_sheet_past_the_last_date (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2999-12-23\",\"weeks\":["
                     "{\"days\":[{},{},{},{},{},{},{}]}]}";
  const char *past = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2999-12-23\",\"weeks\":["
                     "{\"days\":[{},{},{},{},{},{},{}]},{\"days\":[{},{},{},{},{},{},{}]}]}";
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(RegimenPlan) refused = NULL;
  g_autoptr(RegimenSheet) sheet = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  g_assert_nonnull (plan);
  sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);
  g_assert_cmpuint (regimen_sheet_get_n_pages (sheet, width, height), ==, 1);

  first = regimen_sheet_collect_boxes (sheet, 0, width, height);
  g_assert_true (has_box_containing (first, "2999"));
  g_assert_true (has_box_containing (first, "29 Dec"));

  refused = regimen_plan_load_from_data (past, -1, &error);
  g_assert_null (refused);
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_VALUE);
}

/* An exercise's group and name are marked up on the sheet: escaped, a
 * control character in them became a character reference that Pango
 * drew as a box of hex digits, where every other text of the plan shows
 * a space (adversarial pass 15). They are made plain first. */
static void
test_sheet_marked_up_controls (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":["
                     "{\"sessions\":[{\"kind\":\"strength\",\"rpe\":5,\"items\":["
                     "{\"exercise\":\"push-up\",\"group\":\"1\\u0001a\"},"
                     "{\"exercise\":\"no\\u001bsuch\\u0085exercise\"}]}]},{},{},{},{},{},{}]}]}";
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(RegimenSheet) sheet = NULL;
  g_autoptr(GArray) boxes = NULL;
  double width, height;

  g_assert_nonnull (plan);
  sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);
  boxes = regimen_sheet_collect_boxes (sheet, 0, width, height);

  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      for (const char *p = box->text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_assert_false (c < 0x20 || (c >= 0x7F && c <= 0x9F));
        }
    }
  g_assert_true (has_box_containing (boxes, "1 a"));
  g_assert_true (has_box_containing (boxes, "no such exercise"));
}

/* The first page of @plan drawn at one pixel a point. */
static cairo_surface_t *
draw_to_image (RegimenPlan *plan,
               int          width,
               int          height)
{
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  regimen_sheet_draw_page (sheet, cr, 0, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* A session of two exercises, the second with @notes (JSON text); the
 * session's id, which the sheet prints, given. */
static RegimenPlan *
plan_with_notes (const char *notes)
{
  g_autofree char *json = g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":["
                                           "{\"sessions\":[{\"id\":\"k3v7q2m9xa\",\"kind\":\"strength\",\"rpe\":5,\"title\":\"Kraft\","
                                           "\"items\":[{\"exercise\":\"push-up\",\"sets\":3,\"reps\":8},"
                                           "{\"exercise\":\"pistol-squat\",\"sets\":3,\"reps\":3,\"notes\":\"%s\"}]}]},"
                                           "{},{},{},{},{},{}]}]}", notes);
  RegimenPlan *plan = regimen_plan_load_from_data (json, -1, NULL);

  g_assert_nonnull (plan);
  return plan;
}

/* Issue #21, pass 21b: a letter under a stack of hundreds of combining
 * marks (“Zalgo” text) drew them far above its line, across the
 * exercise above and the cells to write its loads in. Drawn with the
 * marks or without, the page is the same outside the notes' line and a
 * line's height around it. */
static void
test_sheet_combining_marks_stay_near (void)
{
  GString *zalgo = g_string_new ("Slow");
  g_autoptr(RegimenPlan) plain = plan_with_notes ("Slow");
  g_autoptr(RegimenPlan) marked = NULL;
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plain, NULL, NULL, REGIMEN_PAPER_A4);
  g_autoptr(GArray) boxes = NULL;
  const RegimenSheetBox *notes = NULL;
  const int width = 842, height = 596;
  cairo_surface_t *before, *after;
  unsigned char *a, *b;
  int stride;
  guint differ = 0, near = 0;

  for (guint i = 0; i < 600; i++)
    g_string_append (zalgo, "\\u0301");
  marked = plan_with_notes (zalgo->str);
  g_string_free (zalgo, TRUE);

  boxes = regimen_sheet_collect_boxes (sheet, 0, width, height);
  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind == REGIMEN_SHEET_BOX_TEXT && g_strcmp0 (box->text, "Slow") == 0)
        notes = box;
    }
  g_assert_nonnull (notes);

  before = draw_to_image (plain, width, height);
  after = draw_to_image (marked, width, height);
  a = cairo_image_surface_get_data (before);
  b = cairo_image_surface_get_data (after);
  stride = cairo_image_surface_get_stride (before);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gboolean by_notes = x >= notes->x - notes->height && x < notes->x + notes->width + notes->height &&
                            y >= notes->y - notes->height && y < notes->y + 2 * notes->height;

        if (memcmp (a + y * stride + x * 4, b + y * stride + x * 4, 4) == 0)
          continue;
        if (by_notes)
          near++;
        else
          differ++;
      }

  /* The marks are drawn, near their letter, and nowhere else. */
  g_assert_cmpuint (near, >, 0);
  g_assert_cmpuint (differ, ==, 0);
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
}

/* A plan titled @title (JSON text), one session on Monday. */
static RegimenPlan *
plan_titled (const char *title)
{
  g_autofree char *json = g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"%s\",\"weeks\":[{\"days\":["
                                           "{\"sessions\":[{\"id\":\"k3v7q2m9xa\",\"kind\":\"strength\",\"rpe\":5,\"minutes\":40,"
                                           "\"items\":[{\"exercise\":\"push-up\",\"sets\":3,\"reps\":8}]}]},"
                                           "{},{},{},{},{},{}]}]}", title);
  RegimenPlan *plan = regimen_plan_load_from_data (json, -1, NULL);

  g_assert_nonnull (plan);
  return plan;
}

/* Issue #21, pass 29c: a text Pango cannot break, one grapheme of 300
 * pictographs joined by zero-width joiners, ran on past the title's
 * room across the week's load, its HIIT count and “No problems” to the
 * page's edge, since the text was clipped to its own width where that
 * was wider than its room. Drawn with that title or with a short one,
 * the page right of the title's room (and half its size beyond) is the
 * same. */
static void
test_sheet_unbreakable_title_stays_in_its_room (void)
{
  GString *chain = g_string_new (NULL);
  g_autoptr(RegimenPlan) plain = plan_titled ("Plan");
  g_autoptr(RegimenPlan) chained = NULL;
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plain, NULL, NULL, REGIMEN_PAPER_A4);
  g_autoptr(GArray) boxes = NULL;
  const RegimenSheetBox *title = NULL;
  const int width = 842, height = 596;
  double stats_bottom = 0;
  cairo_surface_t *before, *after;
  unsigned char *a, *b;
  int stride;
  guint differ = 0, compared = 0;

  for (guint i = 0; i < 300; i++)
    g_string_append (chain, i == 0 ? "\\ud83c\\udfcb" : "\\u200d\\ud83c\\udfcb");
  chained = plan_titled (chain->str);
  g_string_free (chain, TRUE);

  boxes = regimen_sheet_collect_boxes (sheet, 0, width, height);
  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind == REGIMEN_SHEET_BOX_TEXT && g_strcmp0 (box->text, "Plan") == 0 && title == NULL)
        title = box;
    }
  g_assert_nonnull (title);
  /* The week's numbers, right of the title. */
  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind == REGIMEN_SHEET_BOX_TEXT && box->x >= title->x + title->width && box->y < title->y + title->height)
        stats_bottom = MAX (stats_bottom, box->y + box->height);
    }
  g_assert_cmpfloat (stats_bottom, >, 0);

  before = draw_to_image (plain, width, height);
  after = draw_to_image (chained, width, height);
  a = cairo_image_surface_get_data (before);
  b = cairo_image_surface_get_data (after);
  stride = cairo_image_surface_get_stride (before);
  /* Half the title's size of room for overhangs, 8 points, and a few
   * more for the page's scale and the clip's rounding: the numbers start
   * 36 points right of the title's room. */
  for (int y = 0; y < (int) ceil (stats_bottom); y++)
    for (int x = (int) ceil (title->x + title->width + 12); x < width; x++)
      {
        compared++;
        if (memcmp (a + y * stride + x * 4, b + y * stride + x * 4, 4) != 0)
          differ++;
      }

  g_assert_cmpuint (compared, >, 0);
  g_assert_cmpuint (differ, ==, 0);
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
}

/* Whether @text, laid out as the sheet lays out its texts (@size
 * points of its font, bold or not, @lines lines of @width points),
 * shows whole, with nothing left behind Pango's “…”. */
static gboolean
shows_whole (const char *text,
             double      size,
             gboolean    bold,
             int         lines,
             double      width)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, Sans");
  cairo_font_options_t *options = cairo_font_options_create ();
  gboolean whole;

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  layout = pango_layout_new (context);
  g_object_unref (context);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  whole = !pango_layout_is_ellipsized (layout);

  return whole;
}

/* Issue #21, pass 29c: a week's label of a few long sentences (a label
 * may hold 10,000 characters) pushed the week's dates and its block's
 * place out of the line under the title, behind “…”: the sheet taken to
 * the gym no longer said which week of the calendar it was. The label
 * and the block's name are cut to leave room for them. */
static void
test_sheet_long_label_keeps_the_dates (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\","
                     "\"blocks\":[{\"name\":\"Accumulation block with a name far longer than anyone would give a block\",\"weeks\":1}],"
                     "\"weeks\":[{\"label\":\"Accumulation week with extra volume on the lower body and a long explanation "
                     "of why this week matters so much, and why the next one will matter even more than this one does\","
                     "\"days\":[{\"sessions\":[{\"kind\":\"strength\",\"rpe\":5,\"minutes\":40}]},{},{},{},{},{},{}]}]}";
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(RegimenSheet) sheet = NULL;
  g_autoptr(GArray) boxes = NULL;
  const RegimenSheetBox *line;
  double width, height;

  g_assert_nonnull (plan);
  sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);
  boxes = check_page (sheet, 0, width, height);
  line = find_text_box (boxes, "Accumulation week");
  g_assert_nonnull (line);

  g_assert_true (g_str_has_suffix (line->text, "23 November – 29 November 2026"));
  g_assert_nonnull (strstr (line->text, ", week 1 of 1  ·  "));
  g_assert_true (shows_whole (line->text, 10, FALSE, 1, line->width));
}

/* Issue #21, pass 29c: an exercise's group of a few long sentences took
 * the three lines of the name after it and left the exercise behind
 * “…”, so the sheet did not say which exercise the sets were of. The
 * group has half a line at most. */
static void
test_sheet_long_group_keeps_the_name (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":["
                     "{\"sessions\":[{\"kind\":\"strength\",\"rpe\":5,\"minutes\":40,\"items\":["
                     "{\"exercise\":\"narrow-stance-squat\",\"sets\":3,\"reps\":5,\"group\":\"Superset with the next two "
                     "exercises done back to back without rest between them, then rest two minutes before the next round\"}]}]},"
                     "{},{},{},{},{},{}]}]}";
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(RegimenSheet) sheet = NULL;
  g_autoptr(GArray) boxes = NULL;
  const RegimenSheetBox *name;
  double width, height;

  g_assert_nonnull (plan);
  sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);
  boxes = check_page (sheet, 0, width, height);
  name = find_text_box (boxes, "Superset");
  g_assert_nonnull (name);

  g_assert_true (g_str_has_suffix (name->text, " Narrow Stance Squat"));
  g_assert_true (shows_whole (name->text, 8, TRUE, 3, name->width));
}

/* Where the character at @part of @text is drawn, from the left, when
 * @text is laid out on one line as the sheet lays out its texts. */
static int
x_in_line (const char *text,
           const char *part)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  const char *at = strstr (text, part);
  PangoRectangle position;

  g_object_unref (context);
  g_assert_nonnull (at);
  pango_layout_set_text (layout, text, -1);
  pango_layout_index_to_pos (layout, at - text, &position);

  /* A character of a right-to-left run has its start on its right. */
  return MIN (position.x, position.x + position.width);
}

/* The line under the title of @sheet's page @page: the text box that
 * holds @dates. */
static char *
subtitle_of_page (RegimenSheet *sheet,
                  guint         page,
                  const char   *dates)
{
  g_autoptr(GArray) boxes = NULL;
  double width, height;

  regimen_paper_get_size (REGIMEN_PAPER_A4, &width, &height);
  boxes = check_page (sheet, page, width, height);
  for (guint i = 0; i < boxes->len; i++)
    {
      const RegimenSheetBox *box = &g_array_index (boxes, RegimenSheetBox, i);

      if (box->kind == REGIMEN_SHEET_BOX_TEXT && box->text != NULL && strstr (box->text, dates))
        return g_strdup (box->text);
    }

  g_assert_not_reached ();
}

/* Issue 21, pass 38c: a week's label in Hebrew made the line under the
 * title right to left and took the week's dates into its run, “16
 * November – 22 November 2026” printed “November – 22 November 2026
 * 16”, and a block's name in Hebrew did after a label of digits. The
 * label keeps its own direction, the line the sheet's. */
static void
test_sheet_right_to_left_label_keeps_dates_in_order (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-16\","
                     "\"blocks\":[{\"name\":\"\u05e9\u05dc\u05d1 \u05d0\",\"weeks\":2}],"
                     "\"weeks\":[{\"label\":\"\u05e9\u05d1\u05d5\u05e2 \u05e7\u05dc\","
                     "\"days\":[{\"sessions\":[{\"kind\":\"strength\",\"rpe\":5,\"minutes\":40}]},{},{},{},{},{},{}]},"
                     "{\"label\":\"2\",\"days\":[{},{},{},{},{},{},{}]}]}";
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(RegimenSheet) sheet = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_nonnull (plan);
  sheet = regimen_sheet_new (plan, NULL, NULL, REGIMEN_PAPER_A4);
  first = subtitle_of_page (sheet, 0, "22 November 2026");
  second = subtitle_of_page (sheet, 1, "29 November 2026");

  /* Left to right as the sheet is: the label, the block and the week's
   * place in it, the dates, each in the order it is written. */
  g_assert_cmpint (x_in_line (first, "\u05e9\u05d1\u05d5\u05e2"), <, x_in_line (first, "\u05e9\u05dc\u05d1"));
  g_assert_cmpint (x_in_line (first, "\u05e9\u05dc\u05d1"), <, x_in_line (first, "week 1 of 2"));
  g_assert_cmpint (x_in_line (first, "week 1 of 2"), <, x_in_line (first, "16 November"));
  g_assert_cmpint (x_in_line (first, "16 November"), <, x_in_line (first, "November –"));
  g_assert_cmpint (x_in_line (first, "November –"), <, x_in_line (first, "2026"));

  g_assert_cmpint (x_in_line (second, "2"), <, x_in_line (second, "\u05e9\u05dc\u05d1"));
  g_assert_cmpint (x_in_line (second, "week 2 of 2"), <, x_in_line (second, "23 November"));
  g_assert_cmpint (x_in_line (second, "23 November"), <, x_in_line (second, "November –"));
  g_assert_cmpint (x_in_line (second, "November –"), <, x_in_line (second, "2026"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/sheet/page-per-week", test_sheet_page_per_week);
  g_test_add_func ("/render/sheet/crowded-week-counted-to-the-limit",
                   test_sheet_crowded_week_counted_to_the_limit);
  g_test_add_func ("/render/sheet/fixture-inside", test_sheet_fixture_inside);
  g_test_add_func ("/render/sheet/pixels-inside", test_sheet_pixels_inside);
  g_test_add_func ("/render/sheet/long-german", test_sheet_long_german);
  g_test_add_func ("/render/sheet/write-pdf", test_sheet_write_pdf);
  g_test_add_func ("/render/sheet/past-the-last-date", test_sheet_past_the_last_date);
  g_test_add_func ("/render/sheet/long-texts-cut", test_sheet_long_texts_cut);
  g_test_add_func ("/render/sheet/marked-up-controls", test_sheet_marked_up_controls);
  g_test_add_func ("/render/sheet/combining-marks-stay-near", test_sheet_combining_marks_stay_near);
  g_test_add_func ("/render/sheet/unbreakable-title-stays-in-its-room",
                   test_sheet_unbreakable_title_stays_in_its_room);
  g_test_add_func ("/render/sheet/long-label-keeps-the-dates", test_sheet_long_label_keeps_the_dates);
  g_test_add_func ("/render/sheet/long-group-keeps-the-name", test_sheet_long_group_keeps_the_name);
  g_test_add_func ("/render/sheet/right-to-left-label-keeps-dates-in-order",
                   test_sheet_right_to_left_label_keeps_dates_in_order);

  return g_test_run ();
}
