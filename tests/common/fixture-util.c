/* fixture-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-test-fixture"

#include "config.h"

#include "fixture-util.h"

char *
fixture_read (const char *dir,
              const char *name,
              gsize      *length)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);

  return data;
}

RegimenPlan *
fixture_load_plan (const char *dir,
                   const char *name)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

RegimenLibrary *
fixture_load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  RegimenLibrary *library = regimen_library_new_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (library);

  return library;
}
