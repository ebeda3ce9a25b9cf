/* test-document-export.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main loop never waits on the disk: with a 52-week plan saved,
 * exported as a PDF and as a calendar to files whose writes are held
 * (tests/common/slow-file.c), and its working copy written meanwhile, an
 * idle counter keeps counting. Nothing here measures time: the writes are
 * held until the counter has gone round a thousand times. */

#include "config.h"

#include <string.h>

#include "fixture-util.h"
#include "regimen-core.h"
#include "regimen-sheet.h"
#include "slow-file.h"

#define PLAN_WEEKS 52

static gboolean
count_tick (gpointer data)
{
  guint *ticks = data;

  (*ticks)++;

  return G_SOURCE_CONTINUE;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static RegimenPlan *
load_long_plan (void)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "ui", "two-weeks.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  while (regimen_plan_get_n_weeks (plan) < PLAN_WEEKS)
    g_assert_true (regimen_plan_duplicate_week (plan, regimen_plan_get_n_weeks (plan) - 1));

  return plan;
}

static guint
weeks_in_working_copy (RegimenDocument *document)
{
  g_autoptr(GPtrArray) autosaves = regimen_autosave_list ();

  for (guint i = 0; i < autosaves->len; i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (autosaves, i);

      if (g_str_equal (autosave->id, regimen_document_get_autosave_id (document)))
        {
          g_autoptr(RegimenPlan) copy = regimen_plan_load_from_file (autosave->copy, NULL, NULL);

          g_assert_nonnull (copy);
          return regimen_plan_get_n_weeks (copy);
        }
    }

  return 0;
}

static gboolean
starts_with (SlowFile   *file,
             const char *prefix)
{
  g_autoptr(GBytes) contents = slow_file_get_contents (file);
  gsize length;
  const char *data;

  if (contents == NULL)
    return FALSE;

  data = g_bytes_get_data (contents, &length);
  return length >= strlen (prefix) && memcmp (data, prefix, strlen (prefix)) == 0;
}

static void
test_main_loop_turns (void)
{
  g_autoptr(RegimenPlan) plan = load_long_plan ();
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autoptr(SlowFile) saved = slow_file_new ("plan.regimen.json");
  g_autoptr(SlowFile) pdf = slow_file_new ("plan.pdf");
  g_autoptr(SlowFile) calendar = slow_file_new ("plan.ics");
  g_autoptr(GAsyncResult) save_result = NULL;
  g_autoptr(GAsyncResult) pdf_result = NULL;
  g_autoptr(GAsyncResult) calendar_result = NULL;
  g_autoptr(RegimenPlan) reread = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  guint ticks = 0;
  guint held_at;
  guint idle;

  idle = g_idle_add (count_tick, &ticks);

  regimen_document_export_async (document, G_FILE (pdf), regimen_sheet_render_document,
                                 GINT_TO_POINTER (REGIMEN_PAPER_A4), NULL, on_done, &pdf_result);
  regimen_document_export_async (document, G_FILE (calendar), regimen_document_render_calendar, NULL,
                                 NULL, on_done, &calendar_result);
  regimen_document_save_async (document, G_FILE (saved), REGIMEN_FILE_WRITE_NONE, NULL, on_done, &save_result);
  g_assert_true (regimen_document_get_busy (document));

  /* An edit while all three are under way, and its working copy. */
  g_assert_true (regimen_plan_set_title (plan, "Edited while saving"));
  regimen_document_autosave_now (document);

  slow_file_wait_for_writer (saved);
  slow_file_wait_for_writer (pdf);
  slow_file_wait_for_writer (calendar);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (weeks_in_working_copy (document), ==, PLAN_WEEKS);

  /* The disk holds all three writes; the main loop goes on. */
  held_at = ticks;
  while (ticks < held_at + 1000)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (slow_file_get_n_waiting (saved), ==, 1);
  g_assert_cmpuint (slow_file_get_n_waiting (pdf), ==, 1);
  g_assert_cmpuint (slow_file_get_n_waiting (calendar), ==, 1);
  g_assert_null (save_result);
  g_assert_null (pdf_result);
  g_assert_null (calendar_result);
  g_assert_true (regimen_document_get_busy (document));

  slow_file_open_gate (saved);
  slow_file_open_gate (pdf);
  slow_file_open_gate (calendar);
  while (save_result == NULL || pdf_result == NULL || calendar_result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (idle);

  g_assert_true (regimen_document_save_finish (document, save_result, &error));
  g_assert_no_error (error);
  g_assert_true (regimen_document_export_finish (document, pdf_result, &error));
  g_assert_no_error (error);
  g_assert_true (regimen_document_export_finish (document, calendar_result, &error));
  g_assert_no_error (error);
  g_assert_false (regimen_document_get_busy (document));

  g_assert_true (starts_with (pdf, "%PDF-"));
  g_assert_true (starts_with (calendar, "BEGIN:VCALENDAR\r\n"));
  written = slow_file_get_contents (saved);
  reread = regimen_plan_load_from_bytes (written, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (reread), ==, PLAN_WEEKS);

  /* The title edited during the save is not in the file, and stays unsaved. */
  g_assert_cmpstr (regimen_plan_get_title (reread), !=, "Edited while saving");
  g_assert_true (regimen_document_get_modified (document));

  regimen_document_discard (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (weeks_in_working_copy (document), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/document/main-loop-turns", test_main_loop_turns);

  return g_test_run ();
}
