/* test-autosave.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp (NULL, NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/autosave/write-list-remove", test_write_list_remove);
  g_test_add_func ("/core/autosave/unsafe-id", test_unsafe_id);

  return g_test_run ();
}
