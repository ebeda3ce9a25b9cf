/* test-print-slices.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Print (Ctrl+P) of a long plan lays the sheet out a week at a time, the
 * window's main loop turning between (issue 20): a plan of a year of full
 * days stopped the window for 21 s in begin-print. */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-document-private.h"
#include "regimen-print-operation.h"
#include "regimen-sheet.h"
#include "regimen-window.h"
#include "ui-test-util.h"

#define N_WEEKS 12

static RegimenApplication *app;

/* @n_weeks weeks labelled “Slice week N”, a session of two exercises on
 * Monday, the last week with thirty exercises on each day: more pages,
 * and a layout that must drop to a smaller scale for it. */
static RegimenPlan *
make_plan_with (guint n_weeks,
                guint full_week,
                guint n_full_items)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"regimen-plan\", \"version\": 1, "
                                          "\"title\": \"Slices\", \"start_date\": \"2026-11-30\", \"weeks\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan;

  for (guint week = 0; week < n_weeks; week++)
    {
      gboolean full = week == full_week;

      g_string_append_printf (json, "%s{\"label\": \"Slice week %u\", \"days\": [", week > 0 ? ", " : "", week + 1);
      for (guint day = 0; day < 7; day++)
        {
          guint n_items = full ? n_full_items : day == 0 ? 2 : 0;

          g_string_append_printf (json, "%s{\"sessions\": [", day > 0 ? ", " : "");
          if (n_items > 0)
            {
              g_string_append_printf (json, "{\"id\": \"s%u-%u\", \"title\": \"Strength\", \"kind\": \"strength\", "
                                            "\"rpe\": 6, \"minutes\": 45, \"items\": [", week, day);
              for (guint i = 0; i < n_items; i++)
                g_string_append_printf (json, "%s{\"id\": \"i%u-%u-%u\", \"exercise\": \"goblet-squat\", "
                                              "\"sets\": 3, \"reps\": 10}", i > 0 ? ", " : "", week, day, i);
              g_string_append (json, "]}");
            }
          g_string_append (json, "]}");
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");

  bytes = g_bytes_new (json->str, json->len);
  plan = regimen_plan_load_from_bytes (bytes, &error);
  g_assert_no_error (error);

  return plan;
}

static RegimenPlan *
make_plan (guint n_weeks)
{
  return make_plan_with (n_weeks, n_weeks - 1, 30);
}

/* The sheet of @plan laid out in one go, as the print laid it out before
 * it paginated a week at a time, drawn into @pdf in pages of this size. */
static void
write_sheet_in_one_go (RegimenPlan *plan,
                       double       width,
                       double       height,
                       const char  *pdf)
{
  g_autoptr(RegimenSheet) sheet = regimen_sheet_new (plan, regimen_library_get_default (), NULL, REGIMEN_PAPER_A4);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, width, height);
  cairo_t *cr = cairo_create (surface);
  guint n_pages;

  regimen_sheet_set_load_unit (sheet, REGIMEN_LOAD_UNIT_KG);
  g_assert_true (regimen_sheet_check_pages (sheet, width, height, &error));
  g_assert_no_error (error);
  n_pages = regimen_sheet_get_n_pages (sheet, width, height);
  for (guint page = 0; page < n_pages; page++)
    {
      regimen_sheet_draw_page (sheet, cr, page, width, height);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  return g_steal_pointer (&text);
}

typedef struct
{
  /* Turns of the main loop, counted by an idle of the priority of
   * GTK's print idle: both run in each turn. */
  guint    turns;
  guint    n_paginate;
  /* Paginations with no turn of the main loop since the one before. */
  guint    n_back_to_back;
  guint    turns_at_last;
  gboolean begun;
  gboolean done;
  /* The printable size of the print's pages. */
  double   width;
  double   height;
} Progress;

static gboolean
count_turn (gpointer user_data)
{
  Progress *progress = user_data;

  progress->turns++;

  return G_SOURCE_CONTINUE;
}

static gboolean
note_paginate (GSignalInvocationHint *hint,
               guint                  n_values,
               const GValue          *values,
               gpointer               user_data)
{
  Progress *progress = user_data;
  GtkPrintContext *context = g_value_get_object (&values[1]);

  /* Asked before the print begins too: not a week's layout. */
  if (!progress->begun)
    return TRUE;

  progress->width = gtk_print_context_get_width (context);
  progress->height = gtk_print_context_get_height (context);
  if (progress->n_paginate > 0 && progress->turns == progress->turns_at_last)
    progress->n_back_to_back++;
  progress->n_paginate++;
  progress->turns_at_last = progress->turns;

  return TRUE;
}

static gboolean
note_begun (GSignalInvocationHint *hint,
            guint                  n_values,
            const GValue          *values,
            gpointer               user_data)
{
  Progress *progress = user_data;

  progress->begun = TRUE;

  return TRUE;
}

static gboolean
note_done (GSignalInvocationHint *hint,
           guint                  n_values,
           const GValue          *values,
           gpointer               user_data)
{
  Progress *progress = user_data;

  progress->done = TRUE;

  return TRUE;
}

/* Print (Ctrl+P), Print to File of a plan of twelve weeks: GTK asks for
 * the pagination again and again, a week's check or layout each time, the
 * main loop turning between every two; the file holds every week, its
 * text the same as the sheet's laid out in one go. */
static void
test_print_paginates_a_week_at_a_time (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = make_plan (N_WEEKS);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  Progress progress = { 0, };
  gsize length = 0;
  gulong paginate_hook;
  gulong done_hook;
  gulong begin_hook;
  guint turn_source;
  GtkDialog *dialog;

  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  regimen_window_set_plan (window, plan, NULL);
  ui_test_print_to_file (app, uri);
  paginate_hook = g_signal_add_emission_hook (g_signal_lookup ("paginate", GTK_TYPE_PRINT_OPERATION), 0,
                                              note_paginate, &progress, NULL);
  done_hook = g_signal_add_emission_hook (g_signal_lookup ("done", GTK_TYPE_PRINT_OPERATION), 0,
                                          note_done, &progress, NULL);
  begin_hook = g_signal_add_emission_hook (g_signal_lookup ("begin-print", GTK_TYPE_PRINT_OPERATION), 0,
                                           note_begun, &progress, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = ui_test_wait_for_print_dialog ();
  G_GNUC_END_IGNORE_DEPRECATIONS
  turn_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, count_turn, &progress, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (dialog, GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS
  while (!progress.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (turn_source);
  /* GTK's file printer copies the pages into the file after “done”. */
  while (!g_file_get_contents (pdf, &text, &length, NULL) ||
         length < 6 || memcmp (text + length - 6, "%%EOF\n", 6) != 0)
    {
      g_clear_pointer (&text, g_free);
      g_main_context_iteration (NULL, TRUE);
    }
  g_clear_pointer (&text, g_free);
  g_signal_remove_emission_hook (g_signal_lookup ("paginate", GTK_TYPE_PRINT_OPERATION), paginate_hook);
  g_signal_remove_emission_hook (g_signal_lookup ("done", GTK_TYPE_PRINT_OPERATION), done_hook);
  g_signal_remove_emission_hook (g_signal_lookup ("begin-print", GTK_TYPE_PRINT_OPERATION), begin_hook);

  /* Each week checked, then laid out, in a call of its own (and again
   * at a smaller scale when a week does not fit on a page, as the layout
   * in one go lays them out). */
  g_assert_cmpuint (progress.n_paginate, >=, 2 * N_WEEKS);
  g_assert_cmpuint (progress.n_back_to_back, ==, 0);

  text = pdf_text (pdf);
  for (guint week = 1; week <= N_WEEKS; week++)
    {
      g_autofree char *label = g_strdup_printf ("Slice week %u", week);

      g_assert_nonnull (strstr (text, label));
    }

  /* Laid out in slices as it was laid out in one go. */
  write_sheet_in_one_go (plan, progress.width, progress.height, exported);
  expected = pdf_text (exported);
  g_assert_cmpstr (text, ==, expected);

  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

static gboolean
count_paginate (GSignalInvocationHint *hint,
                guint                  n_values,
                const GValue          *values,
                gpointer               user_data)
{
  guint *n_paginate = user_data;

  /* A refused print is asked to paginate no more: a week's count a call,
   * twelve weeks at most. */
  g_assert_cmpuint (++(*n_paginate), <=, N_WEEKS);

  return TRUE;
}

/* A week too big to print, the third of twelve, is refused as before,
 * with the same message, once the weeks before it are checked: nothing
 * after it is laid out, no page is drawn. */
static void
test_print_refuses_a_week_too_big (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autoptr(RegimenPlan) plan = make_plan_with (N_WEEKS, 2, 100);
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(RegimenPrintOperation) operation = NULL;
  g_autoptr(GTypeClass) operation_class = g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  g_autoptr(GError) error = NULL;
  const GError *refusal;
  guint n_paginate = 0;
  gulong paginate_hook;

  regimen_window_set_plan (window, plan, NULL);
  operation = regimen_print_operation_new (plan, regimen_library_get_default (),
                                           regimen_window_get_checker (window), 0);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  paginate_hook = g_signal_add_emission_hook (g_signal_lookup ("paginate", GTK_TYPE_PRINT_OPERATION), 0,
                                              count_paginate, &n_paginate, NULL);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (window), &error),
                   !=, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_signal_remove_emission_hook (g_signal_lookup ("paginate", GTK_TYPE_PRINT_OPERATION), paginate_hook);

  refusal = regimen_print_operation_get_refusal (operation);
  g_assert_nonnull (refusal);
  g_assert_cmpstr (refusal->message, ==,
                   "The sheet of week 3 would take more than 10 pages; put fewer exercises on its days");
  /* Weeks 1 and 2 checked, then week 3 refused. */
  g_assert_cmpuint (n_paginate, ==, 3);

  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/print-slices/a-week-at-a-time", test_print_paginates_a_week_at_a_time);
  g_test_add_func ("/ui/print-slices/refuses-a-week-too-big", test_print_refuses_a_week_too_big);

  return g_test_run ();
}
