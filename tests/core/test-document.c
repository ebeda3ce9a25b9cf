/* test-document.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document with real faults: a file whose writes block until the test
 * lets them through (tests/common/slow-file.c), so "an edit during a save"
 * and "the main loop while the disk is slow" are states the test holds,
 * not races it hopes to win. */

#include "config.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-core.h"
#include "regimen-document-private.h"
#include "regimen-plan-private.h"
#include "slow-file.h"

static guint
items_in (RegimenPlan *plan)
{
  return regimen_session_get_n_items (regimen_plan_get_session (plan, 0, 2, 0));
}

static void
add_item (RegimenPlan *plan,
          const char  *exercise)
{
  g_autoptr(RegimenItem) item = regimen_item_new (exercise);

  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 0, 2, 0),
                                           G_MAXUINT, item));
}

static RegimenAutosave *
find_autosave (GPtrArray  *autosaves,
               const char *id)
{
  for (guint i = 0; i < autosaves->len; i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (autosaves, i);

      if (g_str_equal (autosave->id, id))
        return autosave;
    }

  return NULL;
}

/* The items in the document's working copy, or -1 when it has none. */
static int
items_in_working_copy (RegimenDocument *document)
{
  g_autoptr(GPtrArray) autosaves = regimen_autosave_list ();
  RegimenAutosave *autosave = find_autosave (autosaves, regimen_document_get_autosave_id (document));
  g_autoptr(RegimenPlan) copy = NULL;

  if (autosave == NULL)
    return -1;

  copy = regimen_plan_load_from_file (autosave->copy, NULL, NULL);
  g_assert_nonnull (copy);
  return items_in (copy);
}

/* Writes the working copy now and waits until it is written. */
static void
autosave (RegimenDocument *document)
{
  regimen_document_autosave_now (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
}

/* A save takes the plan's text when it starts. The disk holds the write;
 * meanwhile the person edits, and that edit's working copy is written.
 * Once the write is through, the file has the first edit only, the plan
 * is still modified, its working copy stays, and undoing the second edit
 * is exactly the saved state. */
static void
test_edit_during_slow_save (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autoptr(SlowFile) slow = slow_file_new ("slow.regimen.json");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(RegimenPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  guint before = items_in (plan);

  add_item (plan, "pelvic-tilt");
  g_assert_true (regimen_document_get_modified (document));
  autosave (document);
  g_assert_cmpint (items_in_working_copy (document), ==, before + 1);

  regimen_document_save_async (document, G_FILE (slow), REGIMEN_FILE_WRITE_NONE, NULL, fixture_on_async_done, &result);
  g_assert_true (regimen_document_get_busy (document));
  slow_file_wait_for_writer (slow);

  /* The edit during the save, and its working copy, written while the
   * save is still held at the disk. */
  add_item (plan, "burpee");
  autosave (document);
  g_assert_cmpint (items_in_working_copy (document), ==, before + 2);
  g_assert_cmpuint (slow_file_get_n_waiting (slow), ==, 1);
  g_assert_null (result);

  slow_file_open_gate (slow);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
  g_assert_no_error (error);
  g_assert_false (regimen_document_get_busy (document));
  g_assert_true (g_file_equal (regimen_document_get_file (document), G_FILE (slow)));

  written = slow_file_get_contents (slow);
  g_assert_nonnull (written);
  on_disk = regimen_plan_load_from_bytes (written, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items_in (on_disk), ==, before + 1);

  g_assert_true (regimen_document_get_modified (document));
  g_assert_cmpint (items_in_working_copy (document), ==, before + 2);

  /* Undoing the edit made during the save returns to the saved state. */
  g_assert_true (regimen_plan_undo (plan));
  g_assert_false (regimen_document_get_modified (document));

  regimen_document_discard (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (items_in_working_copy (document), ==, -1);
}

/* Two saves held at the disk at once: the document stays busy until the
 * last of them is through, not only the first. */
static void
test_busy_until_the_last_save (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autoptr(SlowFile) first = slow_file_new ("first.regimen.json");
  g_autoptr(SlowFile) second = slow_file_new ("second.regimen.json");
  g_autoptr(GAsyncResult) first_result = NULL;
  g_autoptr(GAsyncResult) second_result = NULL;
  g_autoptr(GError) error = NULL;

  regimen_document_save_async (document, G_FILE (first), REGIMEN_FILE_WRITE_NONE, NULL, fixture_on_async_done, &first_result);
  slow_file_wait_for_writer (first);
  regimen_document_save_async (document, G_FILE (second), REGIMEN_FILE_WRITE_NONE, NULL, fixture_on_async_done, &second_result);
  slow_file_wait_for_writer (second);
  g_assert_true (regimen_document_get_busy (document));

  slow_file_open_gate (first);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&first_result), &error));
  g_assert_no_error (error);
  g_assert_true (regimen_document_get_busy (document));

  slow_file_open_gate (second);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&second_result), &error));
  g_assert_no_error (error);
  g_assert_false (regimen_document_get_busy (document));
}

/* A save that goes through with nothing edited meanwhile removes the
 * working copy, and a pending one never comes back. */
static void
test_save_removes_working_copy (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autoptr(SlowFile) slow = slow_file_new ("slow.regimen.json");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint before = items_in (plan);

  add_item (plan, "pelvic-tilt");
  autosave (document);
  g_assert_cmpint (items_in_working_copy (document), ==, before + 1);

  /* A change that schedules the next working copy, then the save. */
  add_item (plan, "burpee");
  regimen_document_save_async (document, G_FILE (slow), REGIMEN_FILE_WRITE_NONE, NULL, fixture_on_async_done, &result);
  slow_file_open_gate (slow);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
  g_assert_no_error (error);

  g_assert_false (regimen_document_get_modified (document));
  /* The copy goes on a worker. */
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (items_in_working_copy (document), ==, -1);

  /* Nothing is pending: autosaving now writes nothing. */
  g_assert_false (regimen_document_is_autosaving (document));
  autosave (document);
  g_assert_cmpint (items_in_working_copy (document), ==, -1);
}

/* Forgetting the working copy while it is being written (a reload drops
 * the changes made here) removes it once the write is done: the write
 * under way never brings back a forgotten copy. */
static void
test_forget_during_autosave (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);

  add_item (plan, "pelvic-tilt");
  regimen_document_autosave_now (document);
  regimen_document_forget_autosave (document);

  /* The write started before reaches the disk; with the main loop held,
   * its result has not come back yet. */
  while (items_in_working_copy (document) == -1)
    g_usleep (1000);

  /* Its result removes what it wrote, though the plan is still modified. */
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (regimen_document_get_modified (document));
  g_assert_cmpint (items_in_working_copy (document), ==, -1);
}

/* Forgetting the working copy unlinks it on a worker, not on the main
 * thread; a change made meanwhile writes its new copy only after the
 * removal, so the new copy is not removed with the old one. */
static void
test_forget_removes_on_a_worker (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  guint before = items_in (plan);

  add_item (plan, "pelvic-tilt");
  autosave (document);
  g_assert_cmpint (items_in_working_copy (document), ==, before + 1);

  regimen_document_forget_autosave (document);
  /* The removal is a task of its own, not done when the call returns. */
  g_assert_true (regimen_document_is_autosaving (document));

  add_item (plan, "burpee");
  regimen_document_autosave_now (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (items_in_working_copy (document), ==, before + 2);

  regimen_document_discard (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (items_in_working_copy (document), ==, -1);
}

static void
test_save_error_keeps_state (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autofree char *dir = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "plan.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  add_item (plan, "pelvic-tilt");
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_NONE, NULL, fixture_on_async_done, &result);
  g_assert_false (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
  g_assert_nonnull (error);
  g_assert_false (regimen_document_get_busy (document));
  g_assert_true (regimen_document_get_modified (document));
  g_assert_null (regimen_document_get_file (document));

  regimen_document_discard (document);
  g_rmdir (dir);
}

/* Two Regimens offered the same working copy at once: the one that
 * restores it first holds it, and the other does not restore it too
 * (each would then write over the other's copy and remove it). */
static void
test_restore_claimed_elsewhere (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *lock_path = g_build_filename (dir_path, "document-restore-elsewhere.lock", NULL);
  g_autoptr(GPtrArray) autosaves = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  int other;

  g_assert_true (regimen_autosave_write ("document-restore-elsewhere", plan, NULL, &error));
  g_assert_no_error (error);
  /* As left by a Regimen that ended without saving. */
  regimen_autosave_release ("document-restore-elsewhere");
  autosaves = regimen_autosave_list ();
  g_assert_nonnull (find_autosave (autosaves, "document-restore-elsewhere"));

  other = open (lock_path, O_RDWR | O_CLOEXEC);
  g_assert_cmpint (other, >=, 0);
  g_assert_cmpint (flock (other, LOCK_EX | LOCK_NB), ==, 0);

  regimen_document_restore_async (find_autosave (autosaves, "document-restore-elsewhere"), NULL, fixture_on_async_done, &result);
  document = regimen_document_restore_finish (fixture_wait_for_result (&result), &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);

  close (other);
  regimen_autosave_remove ("document-restore-elsewhere");
}

/* The start reads only the working copies its offer names; one it only
 * counted may be found unreadable when restored: it is set aside then, as
 * the start sets one aside, kept whole and never offered again, and the
 * error names where it went and what is wrong (issue #21, pass 13). */
static void
test_restore_unreadable_set_aside (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *path = g_build_filename (g_file_peek_path (dir), "document-restore-broken.regimen.json", NULL);
  g_autofree char *broken = g_strconcat (path, ".broken", NULL);
  const char *text = "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [";
  g_autoptr(GPtrArray) autosaves = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (regimen_autosave_write ("document-restore-broken", plan, NULL, &error));
  g_assert_no_error (error);
  regimen_autosave_release ("document-restore-broken");
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  autosaves = regimen_autosave_list ();

  regimen_document_restore_async (find_autosave (autosaves, "document-restore-broken"), NULL, fixture_on_async_done, &result);
  document = regimen_document_restore_finish (fixture_wait_for_result (&result), &error);
  g_assert_null (document);
  g_assert_error (error, REGIMEN_AUTOSAVE_ERROR, REGIMEN_AUTOSAVE_ERROR_SET_ASIDE);
  g_assert_true (g_str_has_prefix (error->message, broken));
  g_assert_nonnull (strstr (error->message, "Line 1, column 52"));

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (broken, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, text);
  after = regimen_autosave_list ();
  g_assert_null (find_autosave (after, "document-restore-broken"));

  regimen_autosave_remove ("document-restore-broken");
  g_assert_cmpint (g_unlink (broken), ==, 0);
}

/* A working copy comes back as unsaved work with its file, read off the
 * main thread, and goes when the person discards it. */
static void
test_restore (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(GFile) source = g_file_new_for_path ("/tmp/restored.regimen.json");
  g_autoptr(GPtrArray) autosaves = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint before = items_in (plan);

  add_item (plan, "pelvic-tilt");
  g_assert_true (regimen_autosave_write ("document-restore-test", plan, source, &error));
  g_assert_no_error (error);

  autosaves = regimen_autosave_list ();
  regimen_document_restore_async (find_autosave (autosaves, "document-restore-test"), NULL, fixture_on_async_done, &result);
  document = regimen_document_restore_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (regimen_document_get_autosave_id (document), ==, "document-restore-test");
  g_assert_true (regimen_document_get_restored (document));
  g_assert_true (regimen_document_get_modified (document));
  g_assert_false (regimen_document_is_pristine (document));
  g_assert_true (g_file_equal (regimen_document_get_file (document), source));
  g_assert_cmpuint (items_in (regimen_document_get_plan (document)), ==, before + 1);
  g_assert_cmpint (items_in_working_copy (document), ==, before + 1);

  regimen_document_discard (document);
  g_assert_false (regimen_document_get_modified (document));
  /* The copy goes on a worker. */
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (items_in_working_copy (document), ==, -1);
}

/* Saves @document to @file with @flags and waits: TRUE when written. */
static gboolean
save_and_wait (RegimenDocument       *document,
               GFile                 *file,
               RegimenFileWriteFlags  flags,
               GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  regimen_document_save_async (document, file, flags, NULL, fixture_on_async_done, &result);
  return regimen_document_save_finish (document, fixture_wait_for_result (&result), error);
}

/* A restored working copy takes over its file as it is when restored:
 * saved as it is, it replaces the file; once another program has changed
 * the file, the save writes nothing and says so, until the person
 * chooses to save over the change. */
static void
test_restored_save_guarded (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) autosaves = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *mine = NULL;
  const char *changed = "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Changed elsewhere\"}\n";

  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"version\": 1}\n", -1, &error));
  add_item (plan, "pelvic-tilt");
  mine = regimen_plan_to_data (plan, NULL);
  g_assert_true (regimen_autosave_write ("document-restore-guard", plan, file, &error));
  g_assert_no_error (error);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(RegimenDocument) document = NULL;

      autosaves = regimen_autosave_list ();
      regimen_document_restore_async (find_autosave (autosaves, "document-restore-guard"), NULL, fixture_on_async_done, &result);
      g_clear_pointer (&autosaves, g_ptr_array_unref);
      document = regimen_document_restore_finish (fixture_wait_for_result (&result), &error);
      g_assert_no_error (error);

      if (round == 0)
        {
          /* Nobody touched the file since the restore: the save goes through. */
          g_assert_true (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          g_assert_cmpstr (text, ==, mine);
          g_clear_pointer (&text, g_free);
          /* The saved document removes its working copy on a worker: let
           * that land before the second round writes the copy again. */
          while (regimen_document_is_autosaving (document))
            g_main_context_iteration (NULL, TRUE);
          /* For the second round: the working copy again. */
          g_assert_true (regimen_autosave_write ("document-restore-guard", plan, file, &error));
          continue;
        }

      g_assert_true (g_file_set_contents (path, changed, -1, &error));
      g_assert_false (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, changed);
      g_clear_pointer (&text, g_free);
      g_assert_true (regimen_document_get_modified (document));

      g_assert_true (save_and_wait (document, file,
                                    REGIMEN_FILE_WRITE_BACKUP | REGIMEN_FILE_WRITE_OVERWRITE_CHANGED, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, mine);
      g_assert_false (regimen_document_get_modified (document));
    }

  g_unlink (backup);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Restores the working copy @id and waits. */
static RegimenDocument *
restore_and_wait (const char *id)
{
  g_autoptr(GPtrArray) autosaves = regimen_autosave_list ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  RegimenDocument *document;

  g_assert_nonnull (find_autosave (autosaves, id));
  regimen_document_restore_async (find_autosave (autosaves, id), NULL, fixture_on_async_done, &result);
  document = regimen_document_restore_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  return document;
}

/* A working copy remembers the version of its file the unsaved work
 * started from. Restored while the file still holds it, it saves as any
 * plan does; when another program changed the file in between (a
 * regimen-cli log after a crash, before the restore), the save writes
 * nothing and says the file changed, also after further edits and a
 * second crash, until the person chooses to save over it. */
static void
test_restored_after_a_change_asks (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) opened = NULL;
  g_autoptr(RegimenDocument) restored = NULL;
  g_autoptr(RegimenDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *mine = NULL;
  const char *logged = "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Logged elsewhere\"}\n";

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  opened = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  id = g_strdup (regimen_document_get_autosave_id (opened));
  add_item (regimen_document_get_plan (opened), "pelvic-tilt");
  autosave (opened);

  /* The file as the work started from it: the save goes through. */
  restored = restore_and_wait (id);
  g_assert_true (save_and_wait (restored, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);

  /* More work, a crash, a log written to the file, a restore. */
  add_item (regimen_document_get_plan (restored), "burpee");
  autosave (restored);
  g_assert_true (g_file_set_contents (path, logged, -1, &error));
  g_clear_object (&restored);
  restored = restore_and_wait (id);
  g_assert_false (save_and_wait (restored, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, logged);
  g_clear_pointer (&text, g_free);

  /* Its next working copy still knows where the work started. */
  add_item (regimen_document_get_plan (restored), "burpee");
  autosave (restored);
  again = restore_and_wait (id);
  g_assert_false (save_and_wait (again, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);

  mine = regimen_plan_to_data (regimen_document_get_plan (again), NULL);
  g_assert_true (save_and_wait (again, file, REGIMEN_FILE_WRITE_BACKUP | REGIMEN_FILE_WRITE_OVERWRITE_CHANGED, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, mine);
  while (regimen_document_is_autosaving (again) || regimen_document_is_autosaving (restored))
    g_main_context_iteration (NULL, TRUE);

  g_unlink (backup);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* A plan handed over with a file it was not read from (the window's
 * regimen_window_set_plan()) makes that file when there is none, and
 * replaces none it has not seen: that save writes nothing and says the
 * file changed, until the person chooses to save over it. After its own
 * save it knows the file, and saves again without asking. */
static void
test_handed_over_save_guarded (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *mine = NULL;
  const char *there = "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Already there\"}\n";

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(RegimenDocument) document = regimen_document_new (plan, file);

      g_clear_pointer (&mine, g_free);
      add_item (plan, "pelvic-tilt");
      mine = regimen_plan_to_data (plan, NULL);

      if (round == 0)
        {
          /* No file there: the save makes it. */
          g_assert_true (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          g_assert_cmpstr (text, ==, mine);
          g_clear_pointer (&text, g_free);
          /* Its own file it replaces. */
          add_item (plan, "burpee");
          g_clear_pointer (&mine, g_free);
          mine = regimen_plan_to_data (plan, NULL);
          g_assert_true (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          g_assert_cmpstr (text, ==, mine);
          g_clear_pointer (&text, g_free);
          continue;
        }

      g_assert_true (g_file_set_contents (path, there, -1, &error));
      g_assert_false (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, there);
      g_clear_pointer (&text, g_free);

      g_assert_true (save_and_wait (document, file,
                                    REGIMEN_FILE_WRITE_BACKUP | REGIMEN_FILE_WRITE_OVERWRITE_CHANGED, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, mine);
      regimen_document_discard (document);
    }

  g_unlink (backup);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 29a: a plan whose unsaved work started from no known
 * text of its file (a plan handed over with a file it was not read from;
 * one kept editing after its file was gone) saves asking before it
 * replaces a file there, but its working copy said nothing of that: after
 * a crash, the restore took whatever another program had put at the path
 * meanwhile as the file the work started from, and Save wrote over it
 * unasked. The copy says the work knew no file; restored, the save asks,
 * and so again after another crash. */
static void
test_restored_without_known_text_asks (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, file);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  const char *theirs = "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Theirs\"}\n";

  add_item (plan, "pelvic-tilt");
  autosave (document);
  id = g_strdup (regimen_document_get_autosave_id (document));

  /* Between the crash and the restore, another program writes the file. */
  g_assert_true (g_file_set_contents (path, theirs, -1, &error));

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(RegimenDocument) restored = restore_and_wait (id);

      g_assert_false (save_and_wait (restored, file, REGIMEN_FILE_WRITE_BACKUP, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, theirs);
      g_clear_pointer (&text, g_free);

      /* Edited again and crashed again: the new copy says the same. */
      add_item (regimen_document_get_plan (restored), "burpee");
      autosave (restored);
      if (round == 1)
        {
          regimen_document_discard (restored);
          while (regimen_document_is_autosaving (restored))
            g_main_context_iteration (NULL, TRUE);
        }
    }

  regimen_document_discard (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 29a: the window refuses to save a plan into the
 * previous version PLAN~ of a plan beside it, which PLAN's next save
 * replaces; one not made yet was let through (Save As typed “PLAN~”),
 * and the work saved there went with PLAN's next save all the same.
 * Refused too, naming PLAN; nothing is written. */
static void
test_save_as_new_previous_version_refused (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *tilde = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (tilde);
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"version\": 1}\n", -1, &error));
  add_item (plan, "pelvic-tilt");

  g_assert_false (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (tilde, G_FILE_TEST_EXISTS));
  g_assert_true (regimen_document_get_modified (document));

  /* Beside no file of that name, “~” is a name as any other. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_clear_error (&error);
  g_assert_true (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);

  regimen_document_discard (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_unlink (tilde), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static GBytes *
render_text (RegimenPlan     *snapshot,
             RegimenLibrary  *library,
             gpointer         data,
             GError         **error)
{
  return g_bytes_new_static ("exported\n", strlen ("exported\n"));
}

static gboolean
export_and_wait (RegimenDocument  *document,
                 GFile            *target,
                 GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  regimen_document_export_async (document, target, render_text, NULL, NULL, fixture_on_async_done, &result);
  return regimen_document_export_finish (document, fixture_wait_for_result (&result), error);
}

/* An export never replaces a plan open in a document, its own or
 * another's, by any name (adversarial pass 9a, F1): the chooser's
 * “Replace?” names a file, and written over, the plan would be left only
 * in memory with no previous version kept. Other files it writes. */
static void
test_export_spares_open_plans (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenPlan) other_plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *other_path = g_build_filename (folder, "other.regimen.json", NULL);
  g_autofree char *link_path = g_build_filename (folder, "link.pdf", NULL);
  g_autofree char *hard_path = g_build_filename (folder, "hard.pdf", NULL);
  g_autofree char *pdf_path = g_build_filename (folder, "plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autofree char *mine = regimen_plan_to_data (plan, NULL);
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, file);
  g_autoptr(RegimenDocument) other = regimen_document_new (other_plan, other_file);
  const char *targets[] = { path, other_path, link_path, hard_path };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, mine, -1, NULL));
  g_assert_true (g_file_set_contents (other_path, mine, -1, NULL));
  g_assert_cmpint (symlink ("plan.regimen.json", link_path), ==, 0);
  g_assert_cmpint (link (other_path, hard_path), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GFile) target = g_file_new_for_path (targets[i]);

      g_assert_false (export_and_wait (document, target, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_nonnull (strstr (error->message, targets[i]));
      g_clear_error (&error);
    }

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, mine);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (other_path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, mine);
  g_clear_pointer (&text, g_free);

  {
    g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);

    gboolean exported = export_and_wait (document, pdf, &error);

    g_assert_no_error (error);
    g_assert_true (exported);
    g_assert_true (g_file_get_contents (pdf_path, &text, NULL, NULL));
    g_assert_cmpstr (text, ==, "exported\n");
  }

  /* A plan no longer open is a file like any other. The document's first
   * look at its file's etag holds it until answered, so the test waits
   * for it to go (on a loaded machine the answer came after the export
   * had begun, which then still found the plan open). */
  {
    RegimenDocument *alive = other;

    g_object_add_weak_pointer (G_OBJECT (other), (gpointer *) &alive);
    g_clear_object (&other);
    while (alive != NULL)
      g_main_context_iteration (NULL, TRUE);
  }
  {
    g_autoptr(GFile) target = g_file_new_for_path (hard_path);
    gboolean exported = export_and_wait (document, target, &error);

    /* The error first: it says why, where the boolean would not. */
    g_assert_no_error (error);
    g_assert_true (exported);
  }

  g_unlink (pdf_path);
  g_unlink (link_path);
  g_unlink (hard_path);
  g_unlink (other_path);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Neither an export nor the print dialog's “Print to File” (which GTK
 * writes itself) keeps a previous version of what it writes over: both
 * refuse a plan open in a window, by any name, and the previous version
 * kept beside one, PLAN~ — beside the file a symbolic link leads to, as a
 * save names it (left by adversarial pass 9a: printing wrote over them). */
static void
test_outputs_spare_previous_versions (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenPlan) other_plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup_path = g_build_filename (folder, "plan.regimen.json~", NULL);
  g_autofree char *link_path = g_build_filename (folder, "link.json", NULL);
  g_autofree char *link_backup_path = g_build_filename (folder, "link.json~", NULL);
  g_autofree char *other_path = g_build_filename (folder, "other.regimen.json", NULL);
  g_autofree char *other_backup_path = g_build_filename (folder, "other.regimen.json~", NULL);
  g_autofree char *pdf_path = g_build_filename (folder, "plan.pdf", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link_path);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autofree char *mine = regimen_plan_to_data (plan, NULL);
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(RegimenDocument) other = NULL;
  const char *plans[] = { path, link_path, other_path };
  const char *backups[] = { backup_path, other_backup_path };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, mine, -1, NULL));
  g_assert_true (g_file_set_contents (other_path, mine, -1, NULL));
  g_assert_true (g_file_set_contents (backup_path, "previous\n", -1, NULL));
  g_assert_true (g_file_set_contents (other_backup_path, "previous\n", -1, NULL));
  g_assert_true (g_file_set_contents (link_backup_path, "not a backup\n", -1, NULL));
  g_assert_cmpint (symlink ("plan.regimen.json", link_path), ==, 0);
  /* Opened through the link: its saves keep plan.regimen.json~. */
  document = regimen_document_new (plan, link_file);
  other = regimen_document_new (other_plan, other_file);

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autoptr(GFile) target = g_file_new_for_path (plans[i]);

      g_assert_false (regimen_document_check_print_file (target, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_nonnull (strstr (error->message, plans[i]));
      g_assert_nonnull (strstr (error->message, "it is a plan open in Regimen, which printing never replaces"));
      g_clear_error (&error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (backups); i++)
    {
      g_autoptr(GFile) target = g_file_new_for_path (backups[i]);
      g_autofree char *text = NULL;

      g_assert_false (regimen_document_check_print_file (target, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_nonnull (strstr (error->message, backups[i]));
      g_assert_nonnull (strstr (error->message, "the previous version of a plan open in Regimen, which printing"));
      g_clear_error (&error);

      g_assert_false (export_and_wait (document, target, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_nonnull (strstr (error->message, backups[i]));
      g_assert_nonnull (strstr (error->message, "the previous version of a plan open in Regimen, which an export"));
      g_clear_error (&error);

      g_assert_true (g_file_get_contents (backups[i], &text, NULL, NULL));
      g_assert_cmpstr (text, ==, "previous\n");
    }

  /* Any other file may be written: a PDF, “link.json~” (no save keeps
   * anything there: link.json is a symbolic link). */
  g_assert_true (regimen_document_check_print_file (pdf, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GFile) target = g_file_new_for_path (link_backup_path);

    g_assert_true (regimen_document_check_print_file (target, &error));
    g_assert_no_error (error);
  }
  /* Another plan's PLAN~ once its window is gone is still the way back
   * from its last save, refused as the command line's outputs refuse it
   * (adversarial pass 30a: it was written over). */
  g_clear_object (&other);
  {
    g_autoptr(GFile) target = g_file_new_for_path (other_backup_path);
    g_autofree char *text = NULL;

    g_assert_false (regimen_document_check_print_file (target, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_assert_nonnull (strstr (error->message, "it is the previous version of"));
    g_clear_error (&error);
    g_assert_false (export_and_wait (document, target, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (other_backup_path, &text, NULL, NULL));
    g_assert_cmpstr (text, ==, "previous\n");
  }

  g_unlink (link_backup_path);
  g_unlink (link_path);
  g_unlink (backup_path);
  g_unlink (other_backup_path);
  g_unlink (other_path);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* The print dialog's “Print to File” onto what is not a file to replace:
 * GTK opens the file itself, on the main thread, and a named pipe held it
 * there waiting for a reader; a symbolic link to nothing failed as “Too
 * many levels of symbolic links” (adversarial pass 24a). Each is refused
 * in the export's words, naming the file, before GTK opens it; a link to
 * a file, and a name not yet taken, are not. */
static void
test_print_file_refuses_what_is_not_a_file (void)
{
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *fifo = g_build_filename (folder, "pipe.pdf", NULL);
  g_autofree char *dangling = g_build_filename (folder, "dangling.pdf", NULL);
  g_autofree char *sub = g_build_filename (folder, "folder.pdf", NULL);
  g_autofree char *to_pipe = g_build_filename (folder, "to-pipe.pdf", NULL);
  g_autofree char *pdf = g_build_filename (folder, "sheet.pdf", NULL);
  g_autofree char *to_pdf = g_build_filename (folder, "to-sheet.pdf", NULL);
  g_autofree char *fresh = g_build_filename (folder, "new.pdf", NULL);
  const struct {
    const char *path;
    int         code;
    const char *reason;
  } refused[] = {
    { fifo, G_IO_ERROR_NOT_REGULAR_FILE, "it is not a regular file." },
    { to_pipe, G_IO_ERROR_NOT_REGULAR_FILE, "it is not a regular file." },
    { dangling, G_IO_ERROR_NOT_FOUND, "it is a symbolic link to a file that does not exist" },
    { sub, G_IO_ERROR_IS_DIRECTORY, "there is a folder of that name." },
  };
  const char *allowed[] = { pdf, to_pdf, fresh };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("nowhere/sheet.pdf", dangling), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_cmpint (symlink ("pipe.pdf", to_pipe), ==, 0);
  g_assert_true (g_file_set_contents (pdf, "%PDF-1.5\n", -1, NULL));
  g_assert_cmpint (symlink ("sheet.pdf", to_pdf), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GFile) target = g_file_new_for_path (refused[i].path);
      g_autofree char *message = g_strdup_printf ("Could not print to “%s”: %s", refused[i].path, refused[i].reason);
      g_autoptr(GError) error = NULL;

      g_assert_false (regimen_document_check_print_file (target, &error));
      g_assert_error (error, G_IO_ERROR, refused[i].code);
      g_assert_cmpstr (error->message, ==, message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr(GFile) target = g_file_new_for_path (allowed[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (regimen_document_check_print_file (target, &error));
      g_assert_no_error (error);
    }

  g_assert_true (g_file_test (fifo, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_remove (refused[i].path);
  g_unlink (to_pdf);
  g_unlink (pdf);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Save As onto the document's own file through another name (a symbolic
 * link, a hard link) is a save of that file: a change another program
 * made since it was read is not undone unseen, as with Save (adversarial
 * pass 9a, F5: it was written over). */
static void
test_save_as_own_file_by_another_name (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *link_path = g_build_filename (folder, "link.regimen.json", NULL);
  g_autofree char *hard_path = g_build_filename (folder, "hard.regimen.json", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  const char *logged = "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Logged elsewhere\"}\n";
  const char *names[] = { link_path, hard_path };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) other_name = g_file_new_for_path (names[i]);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(RegimenDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_true (g_file_set_contents (path, original, -1, &error));
      if (i == 0)
        g_assert_cmpint (symlink ("plan.regimen.json", link_path), ==, 0);
      else
        g_assert_cmpint (link (path, hard_path), ==, 0);
      regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
      document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
      g_assert_no_error (error);
      add_item (regimen_document_get_plan (document), "pelvic-tilt");

      /* Written in place, as regimen-cli log would replace it: every
       * name of the file sees the change. */
      {
        FILE *out = fopen (path, "w");

        g_assert_nonnull (out);
        fputs (logged, out);
        fclose (out);
      }

      g_assert_false (save_and_wait (document, other_name, REGIMEN_FILE_WRITE_BACKUP, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, logged);
      g_clear_pointer (&text, g_free);
      g_assert_true (regimen_document_get_modified (document));

      regimen_document_discard (document);
      g_unlink (names[i]);
    }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* A second save of the plan's own file asked for while the first is
 * still being written (Ctrl+S pressed twice, or Save in the close
 * question right after Ctrl+S) waits for it, and then replaces the text
 * the first one wrote: it was refused as a change another program made
 * (adversarial pass 11a), and the window offered to reload or save over
 * it. Both saves go through, and the file holds the second's text. */
static void
test_second_save_waits_for_the_first (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *text = NULL;
  RegimenPlan *plan;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &loaded);
  document = regimen_document_load_finish (fixture_wait_for_result (&loaded), &error);
  g_assert_no_error (error);
  plan = regimen_document_get_plan (document);

  add_item (plan, "pelvic-tilt");
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, fixture_on_async_done, &first);
  add_item (plan, "burpee");
  mine = regimen_plan_to_data (plan, NULL);
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, fixture_on_async_done, &second);

  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&first), &error));
  g_assert_no_error (error);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&second), &error));
  g_assert_no_error (error);
  g_assert_false (regimen_document_get_busy (document));
  g_assert_false (regimen_document_get_modified (document));

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, mine);

  regimen_document_discard (document);
  g_unlink (backup);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* The first of two saves sees the document at its end. */
typedef struct
{
  GAsyncResult    *result;
  RegimenDocument *document;
  gboolean         busy;
} SaveSeen;

static void
on_save_seen (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveSeen *seen = user_data;

  seen->result = g_object_ref (result);
  seen->busy = regimen_document_get_busy (seen->document);
}

/* A save waiting behind one that finds its file changed on disk would
 * compare the file with the same text and find the same change: it
 * finishes with that outcome, without reading or writing, when the first
 * does, so the change is asked about once and before any answer. It ran
 * after the first and failed the same way, later, and the window asked a
 * second time (adversarial pass 11). */
static void
test_saves_behind_a_change_finish_with_it (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autofree char *changed = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SaveSeen first = { NULL, };
  RegimenPlan *plan;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &loaded);
  document = regimen_document_load_finish (fixture_wait_for_result (&loaded), &error);
  g_assert_no_error (error);
  plan = regimen_document_get_plan (document);

  /* Another program's change, then two saves, the second waiting. */
  regimen_plan_set_title (fixture, "Changed elsewhere");
  changed = regimen_plan_to_data (fixture, NULL);
  g_assert_true (g_file_set_contents (path, changed, -1, &error));
  add_item (plan, "pelvic-tilt");
  first.document = document;
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, on_save_seen, &first);
  add_item (plan, "burpee");
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, fixture_on_async_done, &second);

  /* Both are done when the first is. */
  fixture_wait_for_result (&first.result);
  g_assert_false (first.busy);
  g_assert_false (regimen_document_save_finish (document, first.result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  g_assert_false (regimen_document_save_finish (document, fixture_wait_for_result (&second), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);

  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, changed);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_clear_object (&first.result);
  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Blocks go the document's way like any edit: the block command makes
 * the document modified, its working copy and the saved file hold the
 * blocks, and undoing it is one step back to the saved state. */
static void
test_blocks (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "blocks.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) saved = NULL;
  g_autoptr(GPtrArray) autosaves = NULL;
  g_autoptr(RegimenPlan) copy = NULL;
  RegimenAutosave *working;

  g_assert_nonnull (folder);
  g_assert_false (regimen_document_get_modified (document));
  g_assert_true (regimen_plan_add_block (plan, G_MAXUINT, "Base", NULL, 3));
  g_assert_true (regimen_document_get_modified (document));

  autosave (document);
  autosaves = regimen_autosave_list ();
  working = find_autosave (autosaves, regimen_document_get_autosave_id (document));
  g_assert_nonnull (working);
  copy = regimen_plan_load_from_file (working->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_blocks (copy), ==, 1);

  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_NONE, NULL, fixture_on_async_done, &result);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
  g_assert_no_error (error);
  g_assert_false (regimen_document_get_modified (document));

  saved = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_blocks (saved), ==, 1);
  g_assert_cmpuint (regimen_block_get_n_weeks (regimen_plan_get_block (saved, 0)), ==, 3);
  g_assert_cmpuint (regimen_plan_get_n_weeks (saved), ==, regimen_plan_get_n_weeks (plan));

  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_document_get_modified (document));
  g_assert_cmpuint (regimen_plan_get_n_blocks (plan), ==, 0);
  g_assert_true (regimen_plan_redo (plan));
  g_assert_false (regimen_document_get_modified (document));

  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* The app's exports (Export as PDF, Sessions to Calendar) never replace
 * the plan they are made from: chosen as the export's file, also through
 * a symbolic link, it is refused and the plan file stays whole (pass 9b). */
static void
test_export_spares_its_plan (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (folder, "plan.json", NULL);
  g_autofree char *link_path = g_build_filename (folder, "link.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link_file = g_file_new_for_path (link_path);
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenPlan) reread = NULL;

  g_assert_no_error (error);
  g_assert_true (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (symlink ("plan.json", link_path), ==, 0);
  document = regimen_document_new (plan, file);

  regimen_document_export_async (document, link_file, render_text, NULL, NULL, fixture_on_async_done, &result);
  g_assert_false (regimen_document_export_finish (document, fixture_wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  reread = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reread);

  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (link_path), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* An export (Export as PDF, Sessions to Calendar) made as a new file is
 * no more readable by the group or by others than the plan's file, as
 * `cp` makes a copy: from a plan kept 0600 it was made 0644 under the
 * usual umask, the plan's log and notes readable by every user of the
 * machine (issue 21, pass 36b). Only read access is followed: a
 * read-only plan (0444) gives an export its owner can write again. */
static void
test_export_no_more_readable_than_its_plan (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (folder, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenDocument) document = NULL;
  const struct { mode_t plan; mode_t export; } cases[] = {
    { 0600, 0600 }, { 0640, 0640 }, { 0604, 0604 }, { 0644, 0644 }, { 0444, 0644 },
  };
  mode_t previous_umask = umask (022);

  g_assert_no_error (error);
  g_assert_true (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  document = regimen_document_new (plan, file);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("sheet-%o.pdf", (guint) cases[i].plan);
      g_autofree char *export_path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) target = g_file_new_for_path (export_path);
      struct stat st;

      g_assert_cmpint (g_chmod (path, cases[i].plan), ==, 0);
      g_assert_true (export_and_wait (document, target, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (export_path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, cases[i].export);
      g_assert_cmpint (g_unlink (export_path), ==, 0);
    }

  umask (previous_umask);
  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Adversarial pass 16a, H1: Save As onto the plan's own working copy
 * (the file chooser shows Regimen's data folder like any other) wrote
 * the plan there, and once it was saved the document removed its working
 * copy: the file just saved. A save or an export into Regimen's data
 * folder is refused; nothing is written there, and the plan stays
 * modified, with its working copy. */
static void
test_save_spares_the_data_folder (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *name = g_strconcat (regimen_document_get_autosave_id (document), ".regimen.json", NULL);
  g_autoptr(GFile) copy = g_file_get_child (dir, name);
  g_autoptr(GFile) beside = g_file_get_child (dir, "plan.regimen.json");
  g_autoptr(GFile) calendar = g_file_get_child (dir, "plan.ics");
  GFile *targets[] = { copy, beside };
  g_autoptr(GError) error = NULL;
  guint before = items_in (plan);

  /* Left by a run that wrote them. */
  g_file_delete (beside, NULL, NULL);
  g_file_delete (calendar, NULL, NULL);

  add_item (plan, "pelvic-tilt");
  autosave (document);
  g_assert_true (g_file_query_exists (copy, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GAsyncResult) result = NULL;

      regimen_document_save_async (document, targets[i], REGIMEN_FILE_WRITE_NONE, NULL, fixture_on_async_done, &result);
      g_assert_false (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_clear_error (&error);
    }

  g_assert_false (g_file_query_exists (beside, NULL));
  g_assert_true (regimen_document_get_modified (document));
  g_assert_null (regimen_document_get_file (document));
  g_assert_cmpint (items_in_working_copy (document), ==, before + 1);

  g_assert_false (export_and_wait (document, calendar, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_false (g_file_query_exists (calendar, NULL));
  g_clear_error (&error);

  /* GTK's print to file, checked before GTK writes it. */
  g_assert_false (regimen_document_check_print_file (copy, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);

  regimen_document_discard (document);
}

static void
on_changed_on_disk (RegimenDocument *document,
                    gboolean         gone,
                    guint           *n_reports)
{
  (*n_reports)++;
}

/* Writes @text into @path as another program would, its modification
 * time @seconds from now: each change has an etag of its own however
 * coarse the file system's clock. */
static void
write_elsewhere (const char *path,
                 const char *text,
                 gint64      seconds)
{
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC + seconds);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* Delivers the file monitor's report of a change to @document now, and
 * waits for the etag it queries. The system's own reports are stopped
 * first: queued by GLib's worker when the test wrote the file, and
 * delivered when the main loop next turns, each was one more report
 * where the test counted its own (4 where 1 was asked, on a loaded
 * machine); the test delivers the one it counts, when it chooses. */
static void
report_change (RegimenDocument *document,
               GFile           *file)
{
  GFileMonitor *monitor = regimen_document_get_file_monitor (document);

  if (!g_file_monitor_is_cancelled (monitor))
    g_file_monitor_cancel (monitor);
  /* The signal itself, as the monitor emits it: it is cancelled. */
  g_signal_emit_by_name (monitor, "changed", file, NULL, G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
}

/* A save that finds its file changed by another program (regimen-cli
 * log) fails, and the window asks about that change. The file monitor's
 * report of the same change, delivered after the answer as a busy
 * machine delivers it, is not a second change to ask about; a later
 * change is. The test delivers that report itself, when it chooses; the
 * system's own reports of the first change come while the save runs,
 * when the document does not listen, or later, as the test's does. */
static void
test_change_reported_once (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reports = 0;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &n_reports);
  add_item (regimen_document_get_plan (document), "pelvic-tilt");

  write_elsewhere (path, "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Logged elsewhere\"}\n", 10);
  g_assert_false (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);

  /* Asked, answered Cancel; then the monitor's report of that change. */
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 0);

  /* The system may report the second change too: once or twice. */
  write_elsewhere (path, "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Again\"}\n", 20);
  report_change (document, file);
  g_assert_cmpuint (n_reports, >=, 1);

  /* A query still on its way keeps the document past this test; a
   * report it brings must not count into a variable that is gone (under
   * valgrind it counted into the next test's result, which then crashed). */
  g_signal_handlers_disconnect_by_data (document, &n_reports);
  regimen_document_discard (document);
  g_unlink (backup);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 29 (the flaky files test): a file another program put
 * in place of the plan's within the same step of the file system's
 * clock as the document read it has the same etag, its time of change;
 * it was taken for the file read, and its change never reported. The
 * step is held: the new file gets the old one's time. Kept over, that
 * file is the one known, and a report of it is no change. */
static void
test_change_in_same_clock_step (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before;
  guint n_reports = 0;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &n_reports);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Same step\"}\n",
                                      -1, &error));
  {
    struct timespec times[2] = { before.st_atim, before.st_mtim };

    g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  }
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 1);

  /* Kept: the other program's file is the one known now. */
  regimen_document_keep_this_version (document);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 1);

  /* Another file in the same step, the question about it dismissed: the
   * file there then, learned with its inode, is the one known. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Third\"}\n",
                                      -1, &error));
  {
    struct timespec times[2] = { before.st_atim, before.st_mtim };

    g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  }
  regimen_document_leave_change (document);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 1);

  g_signal_handlers_disconnect_by_data (document, &n_reports);
  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 30: another program that truncates and rewrites the
 * plan's own file (the same inode) within one step of the file system's
 * clock (4 ms on ext4) leaves its etag, the time of change, and its
 * inode as they were; the monitor's report of it was dropped as no
 * change, and the window kept showing the plan as it was. The step is
 * held: the old time is set back. The text tells; kept, the new text is
 * the known one, and a report of it is no change. */
static void
test_change_in_place_in_same_clock_step (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  const char *rewritten = "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"In place\"}\n";
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before;
  struct stat after;
  guint n_reports = 0;
  int fd;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &n_reports);

  /* A report with nothing changed is no change. */
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 0);

  g_assert_cmpint (g_stat (path, &before), ==, 0);
  fd = open (path, O_WRONLY | O_TRUNC | O_CLOEXEC);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, rewritten, strlen (rewritten)), ==, (gssize) strlen (rewritten));
  g_assert_cmpint (close (fd), ==, 0);
  {
    struct timespec times[2] = { before.st_atim, before.st_mtim };

    g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  }
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  /* The system may report the change too: once, twice. */
  report_change (document, file);
  g_assert_cmpuint (n_reports, >=, 1);

  /* Kept: the rewritten text is the one known now. */
  regimen_document_keep_this_version (document);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  n_reports = 0;
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 0);

  /* A later question dismissed: the file there is learned anew, with
   * its text, and a rewrite of it within the same step is a change. */
  regimen_document_leave_change (document);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 0);
  fd = open (path, O_WRONLY | O_TRUNC | O_CLOEXEC);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "{}", 2), ==, 2);
  g_assert_cmpint (close (fd), ==, 0);
  {
    struct timespec times[2] = { before.st_atim, before.st_mtim };

    g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  }
  report_change (document, file);
  g_assert_cmpuint (n_reports, >=, 1);

  g_signal_handlers_disconnect_by_data (document, &n_reports);
  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 30: the etag of a saved file was asked once the file
 * was in place, while the file monitor did not listen: another program's
 * version put there between the save's rename and that question was
 * taken for the one saved, and never reported. The test holds the main
 * loop, so the save's end waits while the other program writes, as
 * soon as the saved text is on disk. */
static void
test_change_right_after_save (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reports = 0;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &n_reports);

  /* A save of its own is no change. */
  add_item (regimen_document_get_plan (document), "pelvic-tilt");
  g_assert_true (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_reports, ==, 0);

  /* The next save's text on disk, its end not yet seen by the document:
   * another program writes then. */
  g_clear_pointer (&original, g_free);
  g_assert_true (g_file_get_contents (path, &original, NULL, &error));
  add_item (regimen_document_get_plan (document), "pelvic-tilt");
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, fixture_on_async_done, &saved);
  for (;;)
    {
      g_autofree char *now = NULL;

      g_assert_true (g_file_get_contents (path, &now, NULL, &error));
      if (!g_str_equal (now, original))
        break;
      /* Waits for the worker's rename, not for a time. */
      g_usleep (1000);
    }
  write_elsewhere (path, "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Right after\"}\n", 10);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&saved), &error));
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_reports, ==, 1);

  g_signal_handlers_disconnect_by_data (document, &n_reports);
  regimen_document_discard (document);
  g_unlink (backup);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 30: Keep Editing after “Is Now a Folder” took what was
 * at the path at the answer as known, and a file another program put in
 * the folder's place while the question was up was never reported;
 * after “Is Gone” such a file is reported at once. Both alike: the
 * folder asked about is known, and the file there now is a change. */
static void
test_kept_over_folder_reports_a_file_since (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reports = 0;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &n_reports);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  report_change (document, file);
  g_assert_cmpuint (n_reports, >=, 1);

  /* While the question is up, a file comes in the folder's place. */
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_true (g_file_set_contents (path, original, -1, &error));
  n_reports = 0;
  regimen_document_keep_over_folder (document);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_reports, >=, 1);

  g_signal_handlers_disconnect_by_data (document, &n_reports);
  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 30's leftovers: a file change reported just before
 * another program put a folder in the file's place: the window asks
 * about the folder it finds (“Is Now a Folder”), and Keep Editing
 * compared the path with the file reported first, found the folder
 * “changed” and reported it, and the window asked about the same
 * folder a second time. One question per state of the path. */
static void
test_kept_over_folder_after_file_change_asks_once (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reports = 0;

  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &n_reports);

  /* The file changes, and is reported. */
  write_elsewhere (path, "{\"format\": \"regimen-plan\", \"version\": 1}\n", 2);
  report_change (document, file);
  g_assert_cmpuint (n_reports, >=, 1);

  /* Then a folder comes in its place: the question is about it. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  n_reports = 0;
  regimen_document_keep_over_folder (document);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_reports, ==, 0);

  /* A file in the folder's place is still a change. */
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_true (g_file_set_contents (path, original, -1, &error));
  report_change (document, file);
  g_assert_cmpuint (n_reports, >=, 1);

  g_signal_handlers_disconnect_by_data (document, &n_reports);
  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
on_unreachable_on_disk (RegimenDocument *document,
                        GError          *error,
                        GError         **reported)
{
  g_clear_error (reported);
  *reported = g_error_copy (error);
}

/* A file whose folder cannot be reached (a loop of symbolic links in its
 * place) is reported unreachable, with why, not changed nor gone: the
 * file may still be there. The window asks what is at the path once more
 * and says the same, so its test alone does not see the document's
 * report. */
static void
test_unreachable_not_gone (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *top = g_dir_make_tmp (NULL, NULL);
  g_autofree char *folder = g_build_filename (top, "plans", NULL);
  g_autofree char *moved = g_build_filename (top, "moved", NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *moved_path = g_build_filename (moved, "plan.regimen.json", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) reported = NULL;
  guint n_reports = 0;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, original, -1, &error));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  while (regimen_document_get_n_etag_queries (document) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (on_changed_on_disk), &n_reports);
  g_signal_connect (document, "unreachable-on-disk", G_CALLBACK (on_unreachable_on_disk), &reported);

  g_assert_cmpint (g_rename (folder, moved), ==, 0);
  g_assert_cmpint (symlink (folder, folder), ==, 0);
  report_change (document, file);
  g_assert_cmpuint (n_reports, ==, 0);
  g_assert_error (reported, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);

  g_signal_handlers_disconnect_by_data (document, &n_reports);
  g_signal_handlers_disconnect_by_data (document, &reported);
  regimen_document_discard (document);
  g_assert_cmpint (g_unlink (folder), ==, 0);
  g_assert_cmpint (g_unlink (moved_path), ==, 0);
  g_assert_cmpint (g_rmdir (moved), ==, 0);
  g_assert_cmpint (g_rmdir (top), ==, 0);
}

static void
on_autosave_failed (RegimenDocument *document,
                    const char      *message,
                    guint           *count)
{
  (*count)++;
}

static void
on_autosave_recovered (RegimenDocument *document,
                       guint           *count)
{
  (*count)++;
}

static gboolean
on_give_up (gpointer user_data)
{
  gboolean *gave_up = user_data;

  *gave_up = TRUE;
  return G_SOURCE_REMOVE;
}

/* A working copy that could not be written (a full disk; here a file
 * where its folder should be, which stops root too) is tried again with
 * no edit, once the disk takes it, and kept: the failure is said once,
 * however often it fails, and so is that the changes are safe again. */
static void
test_autosave_retried_after_failure (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *aside = g_strconcat (dir_path, ".aside", NULL);
  g_autofree char *parent = g_path_get_dirname (dir_path);
  gboolean moved = FALSE;
  gboolean gave_up = FALSE;
  guint failed = 0;
  guint recovered = 0;
  guint before = items_in (plan);
  guint timeout;

  g_signal_connect (document, "autosave-failed", G_CALLBACK (on_autosave_failed), &failed);
  g_signal_connect (document, "autosave-recovered", G_CALLBACK (on_autosave_recovered), &recovered);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  if (g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    {
      g_assert_cmpint (g_rename (dir_path, aside), ==, 0);
      moved = TRUE;
    }
  g_assert_true (g_file_set_contents (dir_path, "not a folder\n", -1, NULL));

  g_test_expect_message ("regimen-document", G_LOG_LEVEL_WARNING, "*");
  add_item (plan, "pelvic-tilt");
  autosave (document);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (failed, ==, 1);

  /* The next edit tries too, and fails without saying so again. */
  add_item (plan, "burpee");
  autosave (document);
  g_assert_cmpuint (failed, ==, 1);
  g_assert_cmpuint (recovered, ==, 0);

  /* Room again: no edit, and the copy is written. */
  g_assert_cmpint (g_unlink (dir_path), ==, 0);
  if (moved)
    g_assert_cmpint (g_rename (aside, dir_path), ==, 0);

  /* The copy is tried again 2 s after the first failure and 4 s after
   * the second: 15 s leaves room for memcheck, and a fault that stops the
   * retries fails here soon rather than at the test's time limit. */
  timeout = g_timeout_add_seconds (15, on_give_up, &gave_up);
  while (recovered == 0 && !gave_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gave_up);
  g_source_remove (timeout);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (recovered, ==, 1);
  g_assert_cmpuint (failed, ==, 1);
  g_assert_cmpint (items_in_working_copy (document), ==, before + 2);

  regimen_document_discard (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
}

/* A plan read comes back to the main loop once, with its file's etag and
 * id: asked there after the read, on another worker, the window that
 * `regimen PLAN` made while the plan was read waited for that second hop
 * before it could show the plan (issue 20, session 42). The etag is the
 * file's as it was read: the save asks nothing. */
static void
test_load_returns_once (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  guint dispatches = 0;

  g_assert_true (g_file_set_contents (path, original, -1, &error));

  /* A context of its own, where nothing but the read returns. */
  g_main_context_push_thread_default (context);
  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  while (result == NULL)
    {
      if (g_main_context_iteration (context, TRUE))
        dispatches++;
    }
  g_main_context_pop_thread_default (context);
  g_assert_cmpuint (dispatches, ==, 1);

  document = regimen_document_load_finish (result, &error);
  g_assert_no_error (error);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (regimen_document_get_file_id (document), ==,
                   g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE));

  add_item (regimen_document_get_plan (document), "pelvic-tilt");
  g_assert_true (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_no_error (error);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);

  g_unlink (backup);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* A plan whose text as Regimen writes it is more than Regimen opens is
 * known as one when it is read, before any edit (the window says so at
 * once); its save says what is wrong and what to do, writes nothing,
 * and the edit stays unsaved. A plan that fits is not marked. */
static void
test_too_large_to_save (void)
{
  g_autoptr(RegimenPlan) fixture = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "big.regimen.json", NULL);
  g_autofree char *small_path = g_build_filename (folder, "small.regimen.json", NULL);
  g_autofree char *compact = fixture_compact_plan_too_large_to_save ();
  g_autofree char *small = regimen_plan_to_data (fixture, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) small_file = g_file_new_for_path (small_path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(RegimenDocument) fits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_assert_cmpuint (strlen (compact), <, 8 * 1024 * 1024);
  g_assert_true (g_file_set_contents (path, compact, -1, &error));
  g_assert_true (g_file_set_contents (small_path, small, -1, &error));

  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_true (regimen_document_get_too_large_to_save (document));
  g_clear_object (&result);
  regimen_document_load_async (small_file, NULL, fixture_on_async_done, &result);
  fits = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_false (regimen_document_get_too_large_to_save (fits));

  add_item (regimen_document_get_plan (document), "pelvic-tilt");
  g_assert_false (save_and_wait (document, file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "too large to save in Regimen's format"));
  g_assert_nonnull (strstr (error->message, "split it into smaller plans"));
  g_assert_null (strstr (error->message, "could not open the result again"));
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, compact);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* It exports as any plan does (a PDF of its weeks, a calendar): the
   * export's snapshot was its canonical text, which the worker could not
   * read back, and the export failed saying the plan was too large to
   * save (issue #21 leftovers, pass 27). */
  {
    g_autofree char *pdf_path = g_build_filename (folder, "big.pdf", NULL);
    g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
    g_autofree char *exported = NULL;

    g_clear_error (&error);
    g_assert_true (export_and_wait (document, pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (pdf_path, &exported, NULL, NULL));
    g_assert_cmpstr (exported, ==, "exported\n");
    g_assert_cmpint (g_unlink (pdf_path), ==, 0);
  }

  /* Its working copy is one the next start reads back after a crash:
   * written as the plan file is, it was over the 16 MiB read limit, its
   * edits not offered (issue #21 leftovers, pass 27). */
  {
    g_autofree char *id = g_strdup (regimen_document_get_autosave_id (document));
    g_autoptr(GPtrArray) autosaves = NULL;
    g_autoptr(RegimenDocument) restored = NULL;
    g_autofree char *title = NULL;
    guint items = items_in (regimen_document_get_plan (document));
    RegimenAutosave *copy;

    g_clear_error (&error);
    /* Its text written once per working copy, compact, as the document
     * knows from the reading: written as the plan file is first and
     * then again compact, each copy wrote the plan twice, the first text
     * (over 16 MiB) thrown away (issue #21 leftovers, pass 28). */
    {
      guint written;

      /* The edit's copy is written now, with no turn of the main loop
       * before it: the edit above may have had its copy written while
       * the refused save was being read back. */
      autosave (document);
      g_assert_true (regimen_plan_insert_weeks (regimen_document_get_plan (document), 52, 1));
      written = regimen_plan_writer_get_n_plans_written ();
      autosave (document);
      g_assert_cmpuint (regimen_plan_writer_get_n_plans_written () - written, ==, 1);
    }
    /* The crash: the document goes without a save or a discard. */
    g_clear_object (&document);
    autosaves = regimen_autosave_list ();
    copy = find_autosave (autosaves, id);
    g_assert_nonnull (copy);
    g_assert_true (regimen_autosave_check (copy, &error));
    g_assert_no_error (error);
    g_assert_true (regimen_autosave_read_title (copy, &title, NULL, &error));
    g_assert_no_error (error);
    /* On one line, as docs/plan-format.md says: no line breaks nor
     * indents, its one line break the last byte. */
    {
      g_autofree char *copy_text = NULL;
      gsize copy_length;

      g_assert_true (g_file_get_contents (g_file_peek_path (copy->copy), &copy_text, &copy_length, NULL));
      g_assert_cmpuint (copy_length, <=, REGIMEN_PLAN_MAX_SIZE);
      g_assert_true (memchr (copy_text, '\n', copy_length) == copy_text + copy_length - 1);
      g_assert_null (strstr (copy_text, "  "));
    }
    restored = restore_and_wait (id);
    g_assert_cmpuint (items_in (regimen_document_get_plan (restored)), ==, items);

    /* The restored document learns at its first copy that its text is
     * compact and writes the next ones once (weeks added keep it too
     * large: one removed would make it fit); grown small enough to save
     * (most weeks removed), its copy is written as the plan file is. */
    {
      RegimenPlan *plan = regimen_document_get_plan (restored);
      g_autofree char *copy_text = NULL;
      guint written;

      g_assert_true (regimen_plan_insert_weeks (plan, 53, 1));
      autosave (restored);
      g_assert_true (regimen_plan_insert_weeks (plan, 54, 1));
      written = regimen_plan_writer_get_n_plans_written ();
      autosave (restored);
      g_assert_cmpuint (regimen_plan_writer_get_n_plans_written () - written, ==, 1);

      g_assert_true (regimen_plan_remove_weeks (plan, 4, regimen_plan_get_n_weeks (plan) - 4, TRUE, &error));
      g_assert_no_error (error);
      autosave (restored);
      g_clear_pointer (&autosaves, g_ptr_array_unref);
      autosaves = regimen_autosave_list ();
      copy = find_autosave (autosaves, id);
      g_assert_nonnull (copy);
      g_assert_true (g_file_get_contents (g_file_peek_path (copy->copy), &copy_text, NULL, NULL));
      g_assert_true (g_str_has_prefix (copy_text, "{\n  \"format\": "));
    }
    regimen_document_discard (restored);
    while (regimen_document_is_autosaving (restored))
      g_main_context_iteration (NULL, TRUE);
  }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (small_path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 21, pass 34's leftover: Save As names the new file in the working
 * copy before the rename (a kill after it leaves a copy the next start
 * knows as saved). When the Save As fails, the copy is the plan's own
 * unsaved work again, named with its own file: left naming the file never
 * written, a crash then offered the work as the new file's, and its
 * restore saved it there, not over the plan the person had open. */
static void
test_failed_save_as_copy_keeps_own_file (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autofree char *missing = g_build_filename (folder, "missing", "new.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GPtrArray) autosaves = NULL;
  g_autoptr(GError) error = NULL;
  RegimenAutosave *copy;

  g_assert_true (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  document = regimen_document_new (plan, file);
  add_item (plan, "pelvic-tilt");
  autosave (document);

  g_assert_false (save_and_wait (document, missing_file, REGIMEN_FILE_WRITE_BACKUP, &error));
  g_assert_nonnull (error);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);

  autosaves = regimen_autosave_list ();
  copy = find_autosave (autosaves, regimen_document_get_autosave_id (document));
  g_assert_nonnull (copy);
  g_assert_nonnull (copy->source);
  g_assert_true (g_file_equal (copy->source, file));

  regimen_document_discard (document);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp (NULL, NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/edit-during-slow-save", test_edit_during_slow_save);
  g_test_add_func ("/document/load-returns-once", test_load_returns_once);
  g_test_add_func ("/document/too-large-to-save", test_too_large_to_save);
  g_test_add_func ("/document/busy-until-the-last-save", test_busy_until_the_last_save);
  g_test_add_func ("/document/save-removes-working-copy", test_save_removes_working_copy);
  g_test_add_func ("/document/forget-during-autosave", test_forget_during_autosave);
  g_test_add_func ("/document/forget-removes-on-a-worker", test_forget_removes_on_a_worker);
  g_test_add_func ("/document/save-error-keeps-state", test_save_error_keeps_state);
  g_test_add_func ("/document/restore", test_restore);
  g_test_add_func ("/document/restore-claimed-elsewhere", test_restore_claimed_elsewhere);
  g_test_add_func ("/document/restore-unreadable-set-aside", test_restore_unreadable_set_aside);
  g_test_add_func ("/document/restored-save-guarded", test_restored_save_guarded);
  g_test_add_func ("/document/restored-after-a-change-asks", test_restored_after_a_change_asks);
  g_test_add_func ("/document/handed-over-save-guarded", test_handed_over_save_guarded);
  g_test_add_func ("/document/restored-without-known-text-asks", test_restored_without_known_text_asks);
  g_test_add_func ("/document/failed-save-as-copy-keeps-own-file", test_failed_save_as_copy_keeps_own_file);
  g_test_add_func ("/document/save-as-new-previous-version-refused", test_save_as_new_previous_version_refused);
  g_test_add_func ("/document/blocks", test_blocks);
  g_test_add_func ("/document/export-spares-its-plan", test_export_spares_its_plan);
  g_test_add_func ("/document/export-no-more-readable-than-its-plan", test_export_no_more_readable_than_its_plan);
  g_test_add_func ("/document/save-spares-the-data-folder", test_save_spares_the_data_folder);
  g_test_add_func ("/document/export-spares-open-plans", test_export_spares_open_plans);
  g_test_add_func ("/document/outputs-spare-previous-versions", test_outputs_spare_previous_versions);
  g_test_add_func ("/document/print-file-refuses-what-is-not-a-file", test_print_file_refuses_what_is_not_a_file);
  g_test_add_func ("/document/save-as-own-file-by-another-name", test_save_as_own_file_by_another_name);
  g_test_add_func ("/document/change-reported-once", test_change_reported_once);
  g_test_add_func ("/document/change-in-same-clock-step", test_change_in_same_clock_step);
  g_test_add_func ("/document/change-in-place-in-same-clock-step", test_change_in_place_in_same_clock_step);
  g_test_add_func ("/document/change-right-after-save", test_change_right_after_save);
  g_test_add_func ("/document/kept-over-folder-reports-a-file-since", test_kept_over_folder_reports_a_file_since);
  g_test_add_func ("/document/kept-over-folder-after-file-change-asks-once",
                   test_kept_over_folder_after_file_change_asks_once);
  g_test_add_func ("/document/unreachable-not-gone", test_unreachable_not_gone);
  g_test_add_func ("/document/second-save-waits-for-the-first", test_second_save_waits_for_the_first);
  g_test_add_func ("/document/saves-behind-a-change-finish-with-it", test_saves_behind_a_change_finish_with_it);
  g_test_add_func ("/document/autosave-retried-after-failure", test_autosave_retried_after_failure);

  status = g_test_run ();
  /* The data folder goes with what its tests left in it (a working copy
   * set aside, “.broken”), where one stayed in /tmp for each run. */
  fixture_remove_tree (data_home);
  return status;
}
