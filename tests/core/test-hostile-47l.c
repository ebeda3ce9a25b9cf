/* test-hostile-47l.c — a plan's name made a link to another file
 *
 * Copyright 2026 The Regimen authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Another program replaces a plan, read as a regular file, with a
 * symbolic link to another file (`ln -sf ~/.bashrc PLAN`, a link renamed
 * over it) between the read and the save: the save followed the link
 * and wrote the plan into that file, which the person never opened
 * (issue 21, session 47). A link the plan was read through, and one to
 * the very file read (moved and linked back), are still followed.
 */

#define G_LOG_DOMAIN "test-hostile-47l"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-core.h"
#include "regimen-document-private.h"

typedef struct
{
  char *dir;
  char *plan;   /* PLAN, read as a regular file */
  char *other;  /* Q, never read */
  char *text;   /* what both hold */
} Files;

static void
files_set_up (Files *files)
{
  g_autoptr(GError) error = NULL;

  files->dir = g_dir_make_tmp (NULL, &error);
  g_assert_no_error (error);
  files->plan = g_build_filename (files->dir, "plan.regimen.json", NULL);
  files->other = g_build_filename (files->dir, "colleague.regimen.json", NULL);
  files->text = fixture_read ("plans", "four-week.json", NULL);
  g_assert_true (g_file_set_contents (files->plan, files->text, -1, NULL));
  /* The same text: a colleague's copy of the plan, which the check of
   * the text read cannot tell from the plan. */
  g_assert_true (g_file_set_contents (files->other, files->text, -1, NULL));
}

static void
files_tear_down (Files *files)
{
  fixture_remove_tree (files->dir);
  g_free (files->dir);
  g_free (files->plan);
  g_free (files->other);
  g_free (files->text);
}

/* A link to @target renamed over @path, as `ln -sf` makes it. */
static void
link_over (const char *target,
           const char *path)
{
  g_autofree char *swap = g_strconcat (path, ".swap", NULL);

  g_assert_cmpint (symlink (target, swap), ==, 0);
  g_assert_cmpint (g_rename (swap, path), ==, 0);
}

static gboolean
holds (const char *path,
       const char *text)
{
  g_autofree char *now = NULL;

  return g_file_get_contents (path, &now, NULL, NULL) && g_str_equal (now, text);
}

/* Read, linked elsewhere, saved (as `regimen-cli week insert` reads and
 * saves): refused, the other file as it was, the link left. */
static void
test_save_refuses_unreached_link (void)
{
  Files files;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenFileReached) reached = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_backup = NULL;

  files_set_up (&files);
  file = g_file_new_for_path (files.plan);
  reached = regimen_file_reached_new (files.plan);
  original = regimen_plan_read_file (file, NULL, &error);
  g_assert_no_error (error);
  plan = regimen_plan_load_from_bytes (original, &error);
  g_assert_no_error (error);
  g_assert_true (regimen_plan_set_title (plan, "Changed here"));

  link_over ("colleague.regimen.json", files.plan);
  g_assert_false (regimen_plan_save_to_file_if_unchanged (plan, file, original, reached, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_nonnull (strstr (error->message, "symbolic link to “colleague.regimen.json”"));

  g_assert_true (holds (files.other, files.text));
  other_backup = g_strconcat (files.other, "~", NULL);
  g_assert_false (g_file_test (other_backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (files.plan, G_FILE_TEST_IS_SYMLINK));
  files_tear_down (&files);
}

/* A plan read through a link is saved through it; so is one moved and
 * linked back (into a synchronised folder), the very file read. */
static void
test_save_follows_link_read (void)
{
  Files files;
  g_autofree char *moved = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenFileReached) reached = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;

  files_set_up (&files);
  file = g_file_new_for_path (files.plan);
  link_over ("colleague.regimen.json", files.plan);
  reached = regimen_file_reached_new (files.plan);
  original = regimen_plan_read_file (file, NULL, &error);
  plan = regimen_plan_load_from_bytes (original, &error);
  g_assert_no_error (error);
  g_assert_true (regimen_plan_set_title (plan, "Through the link"));
  g_assert_true (regimen_plan_save_to_file_if_unchanged (plan, file, original, reached, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (files.other, &now, NULL, NULL));
  g_assert_nonnull (strstr (now, "Through the link"));
  g_clear_pointer (&reached, regimen_file_reached_free);
  g_clear_pointer (&original, g_bytes_unref);
  g_clear_pointer (&now, g_free);

  /* Read as the file itself, then moved and linked back. */
  g_assert_cmpint (g_unlink (files.plan), ==, 0);
  g_assert_true (g_file_set_contents (files.plan, files.text, -1, NULL));
  reached = regimen_file_reached_new (files.plan);
  original = regimen_plan_read_file (file, NULL, &error);
  g_assert_no_error (error);
  moved = g_build_filename (files.dir, "moved.regimen.json", NULL);
  g_assert_cmpint (g_rename (files.plan, moved), ==, 0);
  g_assert_cmpint (symlink ("moved.regimen.json", files.plan), ==, 0);
  g_assert_true (regimen_plan_save_to_file_if_unchanged (plan, file, original, reached, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (moved, &now, NULL, NULL));
  g_assert_nonnull (strstr (now, "Through the link"));
  files_tear_down (&files);
}

static void
on_changed_on_disk (RegimenDocument *document,
                    gboolean         gone,
                    guint           *reports)
{
  (*reports)++;
}

/* The window's document: the link is found as a change (the other file
 * holding the very text read was taken for the plan written again, and
 * saved into unasked), and a save, even one that would save over a
 * change, does not write into it. */
static void
test_document_never_saves_into_unreached_link (void)
{
  Files files;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;
  gboolean queried = FALSE;
  guint reports = 0;

  files_set_up (&files);
  file = g_file_new_for_path (files.plan);
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_null (regimen_document_dup_unreached_link (document));
  g_assert_true (regimen_plan_set_title (regimen_document_get_plan (document), "Changed here"));

  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &reports);
  link_over ("colleague.regimen.json", files.plan);
  /* Until the watch's query of what is there now has answered. */
  while (reports == 0 && !(queried && regimen_document_get_n_etag_queries (document) == 0))
    {
      g_main_context_iteration (NULL, TRUE);
      queried |= regimen_document_get_n_etag_queries (document) > 0;
    }
  g_assert_cmpuint (reports, ==, 1);
  link = regimen_document_dup_unreached_link (document);
  g_assert_cmpstr (link, ==, "colleague.regimen.json");

  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_OVERWRITE_CHANGED, NULL, fixture_on_async_done, &result);
  g_assert_false (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_true (holds (files.other, files.text));
  g_assert_true (regimen_document_get_modified (document));
  files_tear_down (&files);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile-47l/save-refuses-unreached-link", test_save_refuses_unreached_link);
  g_test_add_func ("/hostile-47l/save-follows-link-read", test_save_follows_link_read);
  g_test_add_func ("/hostile-47l/document-never-saves-into-unreached-link",
                   test_document_never_saves_into_unreached_link);
  return g_test_run ();
}
