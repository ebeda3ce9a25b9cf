/* test-corpus.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The coach corpus (tests/corpus): plans written as coaches write them,
 * each with its expected verdict in NAME.expect.json. A "clean" plan gets
 * no warning and no error; a "flagged" one gets exactly the listed
 * warnings and errors, each at its place. Information notes are not
 * judged. One test case per plan. */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "fixture-util.h"
#include "regimen-checker.h"
#include "regimen-plan-reader.h"

static RegimenLibrary *library;

static int
member_int (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node == NULL || JSON_NODE_HOLDS_NULL (node) ? -1 : (int) json_node_get_int (node);
}

static char *
finding_key (const char *rule,
             const char *severity,
             int         week,
             int         day,
             int         session,
             int         item)
{
  return g_strdup_printf ("%s/%s@%d.%d.%d.%d", rule, severity, week, day, session, item);
}

static void
test_corpus_plan (gconstpointer data)
{
  const char *name = data;
  g_autofree char *plan_path = g_strdup_printf ("%s/../corpus/%s.regimen.json", FIXTURES_DIR, name);
  g_autofree char *expect_path = g_strdup_printf ("%s/../corpus/%s.expect.json", FIXTURES_DIR, name);
  g_autoptr(GFile) file = g_file_new_for_path (plan_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_file (file, NULL, &error);
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  GListModel *diagnostics;
  JsonObject *expect;
  JsonArray *findings;
  const char *verdict;

  g_assert_no_error (error);
  json_parser_load_from_file (parser, expect_path, &error);
  g_assert_no_error (error);
  expect = json_node_get_object (json_parser_get_root (parser));
  verdict = json_object_get_string_member (expect, "verdict");
  findings = json_object_get_array_member (expect, "findings");

  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      g_ptr_array_add (expected, finding_key (json_object_get_string_member (finding, "rule"),
                                              json_object_get_string_member (finding, "severity"),
                                              member_int (finding, "week"), member_int (finding, "day"),
                                              member_int (finding, "session"), member_int (finding, "item")));
    }

  checker = regimen_plan_check (plan, library);
  diagnostics = regimen_checker_get_diagnostics (checker);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      RegimenSeverity severity = regimen_diagnostic_get_severity (diagnostic);

      if (severity == REGIMEN_SEVERITY_INFO)
        continue;

      g_test_message ("%s: %s", regimen_diagnostic_get_key (diagnostic),
                      regimen_diagnostic_get_message (diagnostic));
      g_ptr_array_add (found, finding_key (regimen_diagnostic_get_rule (diagnostic),
                                           regimen_severity_to_string (severity),
                                           regimen_diagnostic_get_week (diagnostic),
                                           regimen_diagnostic_get_day (diagnostic),
                                           regimen_diagnostic_get_session (diagnostic),
                                           regimen_diagnostic_get_item (diagnostic)));
    }

  if (g_str_equal (verdict, "clean"))
    g_assert_cmpuint (expected->len, ==, 0);
  else
    g_assert_cmpstr (verdict, ==, "flagged");

  /* The same findings, as sets. */
  for (guint i = 0; i < expected->len; i++)
    {
      guint index;

      if (!g_ptr_array_find_with_equal_func (found, g_ptr_array_index (expected, i), g_str_equal, &index))
        g_error ("%s: expected %s, not found", name, (char *) g_ptr_array_index (expected, i));
    }
  for (guint i = 0; i < found->len; i++)
    {
      guint index;

      if (!g_ptr_array_find_with_equal_func (expected, g_ptr_array_index (found, i), g_str_equal, &index))
        g_error ("%s: unexpected %s", name, (char *) g_ptr_array_index (found, i));
    }
  g_assert_cmpuint (found->len, ==, expected->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *corpus_dir = NULL;
  const char *entry;
  int status;

  g_test_init (&argc, &argv, NULL);
  corpus_dir = g_build_filename (FIXTURES_DIR, "..", "corpus", NULL);

  library = regimen_library_new_builtin (&error);
  g_assert_no_error (error);

  dir = g_dir_open (corpus_dir, 0, &error);
  g_assert_no_error (error);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (entry, ".regimen.json"))
        g_ptr_array_add (names, g_strndup (entry, strlen (entry) - strlen (".regimen.json")));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  /* The issue asks for at least 25 plans. */
  g_assert_cmpuint (names->len, >=, 25);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/corpus/%s", (char *) g_ptr_array_index (names, i));

      g_test_add_data_func (path, g_ptr_array_index (names, i), test_corpus_plan);
    }

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
