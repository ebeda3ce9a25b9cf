/* test-plan-ids.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fixture-util.h"
#include "regimen-core.h"
#include "regimen-plan-private.h"

/* Every id of @plan, in order, after checking it is well formed and not
 * seen before. */
static GPtrArray *
collect_ids (RegimenPlan *plan)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    for (guint d = 0; d < 7; d++)
      {
        RegimenDay *day = regimen_plan_get_day (plan, w, d);

        for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
          {
            RegimenSession *session = regimen_day_get_session (day, s);

            g_ptr_array_add (ids, (gpointer) regimen_session_get_id (session));
            for (guint i = 0; i < regimen_session_get_n_items (session); i++)
              g_ptr_array_add (ids, (gpointer) regimen_item_get_id (regimen_session_get_item (session, i)));
          }
      }

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      g_assert_true (regimen_id_is_valid (id));
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);
    }

  return ids;
}

static void
test_new_ids (void)
{
  g_autoptr(RegimenSession) session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);
  g_autoptr(RegimenSession) other = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);
  g_autoptr(RegimenItem) item = regimen_item_new ("burpee");
  g_autoptr(RegimenSession) copy = NULL;
  g_autofree char *code = NULL;
  const char *id = regimen_session_get_id (session);

  g_assert_cmpuint (strlen (id), ==, REGIMEN_ID_LENGTH);
  for (const char *p = id; *p != '\0'; p++)
    g_assert_nonnull (strchr ("abcdefghijklmnopqrstuvwxyz234567", *p));
  g_assert_cmpstr (id, !=, regimen_session_get_id (other));
  g_assert_cmpstr (regimen_item_get_id (item), !=, id);

  regimen_session_append_item (session, item);
  copy = regimen_session_copy (session);
  g_assert_cmpstr (regimen_session_get_id (copy), !=, id);
  g_assert_cmpstr (regimen_item_get_id (regimen_session_get_item (copy, 0)), !=, regimen_item_get_id (item));

  code = regimen_id_short (id);
  g_assert_cmpuint (strlen (code), ==, REGIMEN_ID_SHORT_LENGTH);
  g_assert_true (g_str_has_prefix (id, code));

  g_assert_true (regimen_id_is_valid ("monday-lower_A1"));
  g_assert_false (regimen_id_is_valid (""));
  g_assert_false (regimen_id_is_valid ("a b"));
  g_assert_false (regimen_id_is_valid ("é"));
  g_assert_false (regimen_id_is_valid ("0123456789012345678901234567890123456789012345678901234567890123456789"));
}

/* A file without ids gets them when read, the same ones each time it is
 * read, and they are written with the next save. */
static void
test_old_file_gets_ids (void)
{
  g_autoptr(RegimenPlan) first = fixture_load_plan ("plans", "design-example.json");
  g_autoptr(RegimenPlan) second = fixture_load_plan ("plans", "design-example.json");
  g_autoptr(GPtrArray) first_ids = collect_ids (first);
  g_autoptr(GPtrArray) second_ids = collect_ids (second);
  g_autoptr(GBytes) bytes = regimen_plan_to_bytes (first);
  g_autoptr(RegimenPlan) reread = NULL;
  g_autoptr(GPtrArray) reread_ids = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (first_ids->len, ==, 4);
  g_assert_false (regimen_plan_get_modified (first));
  for (guint i = 0; i < first_ids->len; i++)
    g_assert_cmpstr (g_ptr_array_index (first_ids, i), ==, g_ptr_array_index (second_ids, i));

  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"id\": "));
  reread = regimen_plan_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  reread_ids = collect_ids (reread);
  for (guint i = 0; i < first_ids->len; i++)
    g_assert_cmpstr (g_ptr_array_index (first_ids, i), ==, g_ptr_array_index (reread_ids, i));

  /* Another file (here: the same plan with another title) gets other ids. */
  {
    g_autofree char *data = NULL;
    g_autofree char *retitled = NULL;
    g_autoptr(RegimenPlan) other = NULL;
    g_autoptr(GPtrArray) other_ids = NULL;
    gsize length;

    data = fixture_read ("plans", "design-example.json", &length);
    retitled = g_strdup (data);
    *strstr (retitled, "block 1") = 'B';
    other = regimen_plan_load_from_data (retitled, -1, &error);
    g_assert_no_error (error);
    other_ids = collect_ids (other);
    g_assert_cmpstr (g_ptr_array_index (other_ids, 0), !=, g_ptr_array_index (first_ids, 0));
  }
}

/* Ids in the file are kept; a hand-written id is allowed. */
static void
test_file_ids_kept (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) custom = NULL;
  g_autofree char *data = NULL;
  g_autofree char *changed = NULL;
  const char *id = regimen_session_get_id (regimen_plan_get_session (plan, 0, 0, 0));
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", id);
  gsize length;

  data = fixture_read ("plans", "one-week.json", &length);
  g_assert_nonnull (strstr (data, quoted));
  g_assert_true (regimen_plan_find_session_by_id (plan, id) == regimen_plan_get_session (plan, 0, 0, 0));
  g_assert_null (regimen_plan_find_item_by_id (plan, id));
  g_assert_true (regimen_plan_find_item_by_id (plan, regimen_item_get_id (regimen_plan_get_item (plan, 0, 0, 0, 1))) ==
                 regimen_plan_get_item (plan, 0, 0, 0, 1));
  g_assert_null (regimen_plan_find_session_by_id (plan, "nothere"));

  {
    g_auto(GStrv) parts = g_strsplit (data, quoted, 2);

    changed = g_strjoinv ("\"monday-lower_A\"", parts);
  }
  custom = regimen_plan_load_from_data (changed, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (regimen_session_get_id (regimen_plan_get_session (custom, 0, 0, 0)), ==, "monday-lower_A");
}

/* Edits and moves keep ids; copies (a duplicated week) get new ones; an
 * object whose id is taken gets a new one when added. */
static void
test_commands_and_ids (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  RegimenItem *item = regimen_session_get_item (session, 0);
  g_autofree char *session_id = g_strdup (regimen_session_get_id (session));
  g_autofree char *item_id = g_strdup (regimen_item_get_id (item));
  g_autoptr(RegimenSession) clash = regimen_session_new (REGIMEN_SESSION_KIND_HIIT, "Clash");
  g_autoptr(RegimenItem) clashing_item = regimen_item_new ("burpee");
  g_autoptr(RegimenSession) crowd = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, "Crowd");
  g_autoptr(GPtrArray) ids = NULL;

  g_assert_true (regimen_plan_edit_session_rpe (plan, session, 8));
  g_assert_true (regimen_plan_edit_item_uint (plan, item, REGIMEN_ITEM_FIELD_SETS, 4));
  g_assert_true (regimen_plan_move_session_to (plan, session, regimen_plan_get_day (plan, 0, 2), 0));
  g_assert_true (regimen_plan_move_item_to (plan, item, session, G_MAXUINT));
  g_assert_true (regimen_session_get_item (session, 2) == item);
  g_assert_cmpstr (regimen_session_get_id (session), ==, session_id);
  g_assert_cmpstr (regimen_item_get_id (item), ==, item_id);
  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_cmpstr (regimen_session_get_id (regimen_plan_get_session (plan, 0, 0, 0)), ==, session_id);

  g_assert_true (regimen_plan_duplicate_week (plan, 0));
  ids = collect_ids (plan);
  g_assert_cmpuint (ids->len, ==, 2 * 4);
  g_assert_cmpstr (regimen_session_get_id (regimen_plan_get_session (plan, 1, 0, 0)), !=, session_id);

  /* A session built with a taken id, as from a pasted file. */
  regimen_session_set_id (clash, session_id);
  regimen_item_set_id (clashing_item, item_id);
  regimen_session_append_item (clash, clashing_item);
  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 6), G_MAXUINT, clash));
  g_assert_cmpstr (regimen_session_get_id (clash), !=, session_id);
  g_assert_cmpstr (regimen_item_get_id (clashing_item), !=, item_id);
  g_clear_pointer (&ids, g_ptr_array_unref);
  ids = collect_ids (plan);
  g_assert_cmpuint (ids->len, ==, 2 * 4 + 2);

  /* More ids than are compared one by one (they are looked up in a
   * table): each of ten taken ones is renewed, and no two repeat. */
  regimen_session_set_id (crowd, session_id);
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(RegimenItem) crowded = regimen_item_new ("burpee");

      regimen_item_set_id (crowded, item_id);
      regimen_session_append_item (crowd, crowded);
    }
  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 5), G_MAXUINT, crowd));
  g_assert_cmpstr (regimen_session_get_id (crowd), !=, session_id);
  g_assert_cmpstr (regimen_item_get_id (regimen_session_get_item (crowd, 8)), !=, item_id);
  g_clear_pointer (&ids, g_ptr_array_unref);
  ids = collect_ids (plan);
  g_assert_cmpuint (ids->len, ==, 2 * 4 + 2 + 10);

  /* Only the session's own id taken, its exercise new: still renewed. */
  {
    g_autoptr(RegimenSession) pasted = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, "Pasted");
    g_autoptr(RegimenItem) fresh = regimen_item_new ("burpee");

    regimen_session_append_item (pasted, fresh);
    regimen_session_set_id (pasted, session_id);
    g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 4), G_MAXUINT, pasted));
    g_assert_cmpstr (regimen_session_get_id (pasted), !=, session_id);
    g_clear_pointer (&ids, g_ptr_array_unref);
    ids = collect_ids (plan);
    g_assert_cmpuint (ids->len, ==, 2 * 4 + 2 + 10 + 2);
  }
}

/* Two plans from the same template do not share ids. */
static void
test_templates_get_new_ids (void)
{
  guint n_templates;
  const RegimenTemplate *templates = regimen_templates_get (&n_templates);
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) first = regimen_template_instantiate (&templates[0], &error);
  g_autoptr(RegimenPlan) second = regimen_template_instantiate (&templates[0], &error);
  g_autoptr(GPtrArray) first_ids = collect_ids (first);
  g_autoptr(GPtrArray) second_ids = collect_ids (second);

  g_assert_no_error (error);
  g_assert_cmpuint (first_ids->len, >, 0);
  g_assert_cmpuint (first_ids->len, ==, second_ids->len);
  g_assert_cmpstr (g_ptr_array_index (first_ids, 0), !=, g_ptr_array_index (second_ids, 0));
}

/* The calendar event follows its session: moving it to another day keeps
 * the UID and changes the date. */
static void
test_ical_uid_follows_move (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(RegimenLibrary) library = regimen_library_new_builtin (NULL);
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 11, 1, 8, 0, 0);
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  g_autofree char *uid = g_strdup_printf ("UID:%s@regimen.invalid", regimen_session_get_id (session));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  before = regimen_ical_from_plan (plan, library, NULL, stamp, &error);
  g_assert_no_error (error);
  g_assert_true (regimen_plan_move_session_to (plan, session, regimen_plan_get_day (plan, 0, 4), G_MAXUINT));
  after = regimen_ical_from_plan (plan, library, NULL, stamp, &error);
  g_assert_no_error (error);

  /* Monday 23 November, then Friday 27 November, under the same UID. */
  g_assert_nonnull (strstr (before, uid));
  g_assert_nonnull (strstr (after, uid));
  g_assert_nonnull (strstr (strstr (before, uid), "DTSTART;VALUE=DATE:20261123"));
  g_assert_null (strstr (after, "DTSTART;VALUE=DATE:20261123"));
  g_assert_nonnull (strstr (strstr (after, uid), "DTSTART;VALUE=DATE:20261127"));
  g_assert_null (strstr (strstr (after, uid) + 1, uid));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-ids/new", test_new_ids);
  g_test_add_func ("/plan-ids/old-file", test_old_file_gets_ids);
  g_test_add_func ("/plan-ids/file-ids-kept", test_file_ids_kept);
  g_test_add_func ("/plan-ids/commands", test_commands_and_ids);
  g_test_add_func ("/plan-ids/templates", test_templates_get_new_ids);
  g_test_add_func ("/plan-ids/ical-uid-follows-move", test_ical_uid_follows_move);

  return g_test_run ();
}
