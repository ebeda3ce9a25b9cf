/* fixture-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-test-fixture"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "fixture-util.h"

static const char *
test_environment (const char *name)
{
  const char *value = g_getenv (name);

  if (value == NULL || value[0] == '\0')
    g_error ("%s is not set: run the tests with meson test or build-aux/dev test", name);

  return value;
}

const char *
fixture_dir (void)
{
  return test_environment ("REGIMEN_TEST_FIXTURES");
}

const char *
fixture_cli (void)
{
  return test_environment ("REGIMEN_TEST_CLI");
}

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

RegimenPlan *
fixture_squat_weeks (guint    n_weeks,
                     gboolean labelled)
{
  RegimenPlan *plan = regimen_plan_new ();

  for (guint w = 0; w < n_weeks; w++)
    {
      g_autofree char *label = labelled ? g_strdup_printf ("W%u", w + 1) : NULL;
      g_autofree char *title = g_strdup_printf ("S%u", w + 1);
      g_autoptr(RegimenWeek) week = regimen_week_new (label);
      g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, title);
      g_autoptr(RegimenItem) item = regimen_item_new ("barbell-back-squat");

      regimen_session_set_rpe (session, 8);
      regimen_session_set_minutes (session, 40);
      regimen_item_set_sets (item, 5);
      regimen_item_set_reps (item, 5);
      regimen_item_set_load_percent_1rm (item, 80.0);
      regimen_session_append_item (session, item);
      regimen_day_append_session (regimen_week_get_day (week, 0), session);
      g_assert_true (regimen_plan_add_week (plan, G_MAXUINT, week));
    }

  regimen_plan_mark_saved (plan);

  return plan;
}

/* A plan written on one line, as another tool writes it, with 200
 * exercises a day for 52 weeks: 7 MB, which opens, while its text as
 * Regimen writes it (a member a line, indented) is more than 16 MiB. */
char *
fixture_compact_plan_too_large_to_save (void)
{
  GString *text = g_string_new ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Big\",\"weeks\":[");
  guint n = 0;

  for (guint w = 0; w < 52; w++)
    {
      g_string_append (text, w > 0 ? ",{\"days\":[" : "{\"days\":[");
      for (guint d = 0; d < 7; d++)
        {
          g_string_append (text, d > 0 ? ",{\"sessions\":[" : "{\"sessions\":[");
          for (guint s = 0; s < 2; s++)
            {
              guint n_items;

              g_string_append_printf (text, "%s{\"id\":\"s%09u\",\"title\":\"S\",\"kind\":\"strength\",\"rpe\":7,"
                                      "\"minutes\":45,\"items\":[", s > 0 ? "," : "", n++);
              /* Room for one more where add_item() adds it. */
              n_items = w == 0 && d == 2 && s == 0 ? 99 : 100;

              for (guint i = 0; i < n_items; i++)
                g_string_append_printf (text, "%s{\"id\":\"i%09u\",\"exercise\":\"single-leg-high-knee-hold\","
                                        "\"sets\":3,\"reps\":10,\"rest_seconds\":90}", i > 0 ? "," : "", n++);
              g_string_append (text, "]}");
            }
          g_string_append (text, "]}");
        }
      g_string_append (text, "]}");
    }
  g_string_append (text, "]}");

  return g_string_free (text, FALSE);
}

void
fixture_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (!S_ISDIR (st.st_mode) || (dir = g_dir_open (path, 0, NULL)) == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      fixture_remove_tree (child);
    }

  g_rmdir (path);
}

void
fixture_on_async_done (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

GAsyncResult *
fixture_wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}
