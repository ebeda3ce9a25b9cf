/* test-autosave.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "regimen-core.h"

static void
test_write_list_remove (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(RegimenWeek) week = regimen_week_new ("Week 1");
  g_autoptr(GFile) source = g_file_new_for_path ("/tmp/some plan.regimen.json");
  g_autoptr(GPtrArray) before = regimen_autosave_list ();
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) restored = NULL;
  RegimenAutosave *found = NULL;

  g_assert_true (regimen_plan_add_week (plan, 0, week));
  g_assert_true (regimen_plan_set_title (plan, "Working copy"));

  g_assert_true (regimen_autosave_write ("test-1", plan, source, &error));
  g_assert_no_error (error);
  g_assert_true (regimen_autosave_write ("test-2", plan, NULL, &error));
  g_assert_no_error (error);

  listed = regimen_autosave_list ();
  g_assert_cmpuint (listed->len, ==, before->len + 2);

  /* Other users cannot list the working copies' names (F18). */
  {
    g_autoptr(GFile) dir = regimen_autosave_get_dir ();
    g_autofree char *dir_path = g_file_get_path (dir);
    g_autofree char *parent_path = g_path_get_dirname (dir_path);
    GStatBuf st;

    g_assert_cmpint (g_stat (dir_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
    g_assert_cmpint (g_stat (parent_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  }

  for (guint i = 0; i < listed->len; i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (listed, i);

      if (g_str_equal (autosave->id, "test-1"))
        found = autosave;
      else if (g_str_equal (autosave->id, "test-2"))
        g_assert_null (autosave->source);
    }

  /* The copy reads back as the plan, and remembers where it came from. */
  g_assert_nonnull (found);
  g_assert_true (g_file_equal (found->source, source));
  restored = regimen_plan_load_from_file (found->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (regimen_plan_get_title (restored), ==, "Working copy");

  regimen_autosave_remove ("test-1");
  regimen_autosave_remove ("test-2");
  after = regimen_autosave_list ();
  g_assert_cmpuint (after->len, ==, before->len);
}

static void
test_unsafe_id (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(RegimenPlan) plan = regimen_plan_new ();

      regimen_autosave_write ("../escape", plan, NULL, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*id_is_safe*");
}

/* Sets the modification time of working copy @id, in seconds. */
static void
set_modified (const char *id,
              guint64     seconds)
{
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *name = g_strconcat (id, ".regimen.json", NULL);
  g_autoptr(GFile) copy = g_file_get_child (dir, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_attribute_uint64 (copy, G_FILE_ATTRIBUTE_TIME_MODIFIED, seconds,
                                              G_FILE_QUERY_INFO_NONE, NULL, &error));
  g_assert_no_error (error);
}

/* The restore dialog offers the newest working copy first, whatever order
 * the folder lists them in. */
static void
test_list_newest_first (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "order-b", "order-c", "order-a" };
  const guint64 times[] = { 1800000000, 1900000000, 1700000000 };
  const char *newest_first[] = { "order-c", "order-b", "order-a" };
  const guint64 newest_times[] = { 1900000000, 1800000000, 1700000000 };
  guint next = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_true (regimen_autosave_write (ids[i], plan, NULL, &error));
      g_assert_no_error (error);
      set_modified (ids[i], times[i]);
    }

  listed = regimen_autosave_list ();
  for (guint i = 0; i < listed->len; i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (listed, i);

      if (!g_str_has_prefix (autosave->id, "order-"))
        continue;
      g_assert_cmpuint (next, <, G_N_ELEMENTS (newest_first));
      g_assert_cmpstr (autosave->id, ==, newest_first[next]);
      g_assert_cmpuint (autosave->modified, ==, newest_times[next]);
      next++;
    }
  g_assert_cmpuint (next, ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    regimen_autosave_remove (ids[i]);
}

/* A plan written to a working copy with a file, then again without one
 * (a new plan in the same window), must not restore to the old file. */
static void
test_stale_source_removed (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(GFile) source = g_file_new_for_path ("/tmp/old plan.regimen.json");
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  RegimenAutosave *found = NULL;

  g_assert_true (regimen_autosave_write ("stale", plan, source, &error));
  g_assert_no_error (error);
  g_assert_true (regimen_autosave_write ("stale", plan, NULL, &error));
  g_assert_no_error (error);

  listed = regimen_autosave_list ();
  for (guint i = 0; i < listed->len; i++)
    if (g_str_equal (((RegimenAutosave *) g_ptr_array_index (listed, i))->id, "stale"))
      found = g_ptr_array_index (listed, i);

  g_assert_nonnull (found);
  g_assert_null (found->source);
  regimen_autosave_remove ("stale");
}

/* Pass 3, N10: ID.source was read whole with g_file_get_contents(): a
 * named pipe there held up the listing at start-up for ever, a link to
 * /dev/zero read until memory ran out. Each is reported and its copy
 * offered without a file; a good one beside them still lists. */
static void
test_hostile_source (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(GFile) source = g_file_new_for_path ("/tmp/good plan.regimen.json");
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (100 * 1024, 'a');
  /* A valid address, but longer than any path. */
  g_autofree char *large = g_strconcat ("file:///", long_name, NULL);
  const char *ids[] = { "hostile-fifo", "hostile-zero", "hostile-large", "hostile-nul", "hostile-folder" };
  guint seen = 0;

  g_assert_true (regimen_autosave_write ("hostile-good", plan, source, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *name = g_strconcat (ids[i], ".source", NULL);
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      g_assert_true (regimen_autosave_write (ids[i], plan, NULL, &error));
      g_assert_no_error (error);
      if (i == 0)
        g_assert_cmpint (mkfifo (path, 0600), ==, 0);
      else if (i == 1)
        g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
      else if (i == 2)
        g_assert_true (g_file_set_contents (path, large, -1, NULL));
      else if (i == 3)
        g_assert_true (g_file_set_contents (path, "file:///tmp/a\0b", 15, NULL));
      else
        g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      /* In the folder's order: one report each. */
      g_test_expect_message ("regimen-autosave", G_LOG_LEVEL_WARNING, "Working copy hostile-*.source: *");
    }

  listed = regimen_autosave_list ();
  g_test_assert_expected_messages ();

  for (guint i = 0; i < listed->len; i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (listed, i);

      if (g_str_equal (autosave->id, "hostile-good"))
        {
          g_assert_true (g_file_equal (autosave->source, source));
          seen++;
        }
      else if (g_str_has_prefix (autosave->id, "hostile-"))
        {
          g_assert_null (autosave->source);
          seen++;
        }
    }
  g_assert_cmpuint (seen, ==, G_N_ELEMENTS (ids) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *name = g_strconcat (ids[i], ".source", NULL);
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      g_remove (path);
      regimen_autosave_remove (ids[i]);
    }
  regimen_autosave_remove ("hostile-good");
}


static gboolean
is_listed (const char *id)
{
  g_autoptr(GPtrArray) listed = regimen_autosave_list ();

  for (guint i = 0; i < listed->len; i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (listed, i);

      if (g_str_equal (autosave->id, id))
        return TRUE;
    }

  return FALSE;
}

/* Another Regimen on the same data folder (another login, another D-Bus
 * session) holds its working copy's ID.lock locked while it runs: that
 * copy is its unsaved work, not work a crash left, so it is neither
 * offered back, nor removed by a Discard, nor restored here. Once that
 * Regimen is gone it is offered as after a crash (A1 of pass 7). */
static void
test_claimed_elsewhere (void)
{
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *copy_path = g_build_filename (dir_path, "elsewhere-1.regimen.json", NULL);
  g_autofree char *lock_path = g_build_filename (dir_path, "elsewhere-1.lock", NULL);
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(GBytes) bytes = regimen_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  int other;

  g_assert_cmpint (g_mkdir_with_parents (dir_path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (copy_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);

  /* The other Regimen: an open file of its own on the lock, locked. */
  other = open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  g_assert_cmpint (other, >=, 0);
  g_assert_cmpint (flock (other, LOCK_EX | LOCK_NB), ==, 0);

  g_assert_false (is_listed ("elsewhere-1"));
  regimen_autosave_remove ("elsewhere-1");
  g_assert_true (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  g_assert_false (regimen_autosave_claim ("elsewhere-1", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);

  /* It ended without saving: its work is offered, and Discard removes
   * the copy with its lock. */
  close (other);
  g_assert_true (is_listed ("elsewhere-1"));
  regimen_autosave_remove ("elsewhere-1");
  g_assert_false (g_file_test (copy_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
}

/* Writing a working copy claims it, until the document lets it go: seen
 * from any other open file (another Regimen), its lock is held. A lock
 * left without its copy by a Regimen that ended is removed by the next
 * listing. */
static void
test_write_claims (void)
{
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *lock_path = g_build_filename (dir_path, "claims-1.lock", NULL);
  g_autofree char *stray_path = g_build_filename (dir_path, "stray-1.lock", NULL);
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(GError) error = NULL;
  int probe;

  g_assert_true (regimen_autosave_write ("claims-1", plan, NULL, &error));
  g_assert_no_error (error);

  probe = open (lock_path, O_RDWR | O_CLOEXEC);
  g_assert_cmpint (probe, >=, 0);
  g_assert_cmpint (flock (probe, LOCK_EX | LOCK_NB), ==, -1);

  /* Removed by its own document and written again: claimed again. */
  regimen_autosave_remove ("claims-1");
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  close (probe);
  g_assert_true (regimen_autosave_write ("claims-1", plan, NULL, &error));
  g_assert_no_error (error);
  probe = open (lock_path, O_RDWR | O_CLOEXEC);
  g_assert_cmpint (probe, >=, 0);
  g_assert_cmpint (flock (probe, LOCK_EX | LOCK_NB), ==, -1);

  regimen_autosave_release ("claims-1");
  g_assert_cmpint (flock (probe, LOCK_EX | LOCK_NB), ==, 0);
  close (probe);
  regimen_autosave_remove ("claims-1");

  g_assert_true (g_file_set_contents (stray_path, "", 0, &error));
  g_assert_no_error (error);
  g_assert_false (is_listed ("stray-1"));
  g_assert_false (g_file_test (stray_path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp (NULL, NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/autosave/write-list-remove", test_write_list_remove);
  g_test_add_func ("/core/autosave/unsafe-id", test_unsafe_id);
  g_test_add_func ("/core/autosave/list-newest-first", test_list_newest_first);
  g_test_add_func ("/core/autosave/stale-source-removed", test_stale_source_removed);
  g_test_add_func ("/core/autosave/hostile-source", test_hostile_source);
  g_test_add_func ("/core/autosave/claimed-elsewhere", test_claimed_elsewhere);
  g_test_add_func ("/core/autosave/write-claims", test_write_claims);

  return g_test_run ();
}
