/* test-plan-io.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-core.h"
#include "regimen-json-check.h"

static const struct {
  const char *name;
  int         code;
} error_codes[] = {
  { "SYNTAX", REGIMEN_PLAN_ERROR_SYNTAX },
  { "NOT_OBJECT", REGIMEN_PLAN_ERROR_NOT_OBJECT },
  { "FORMAT", REGIMEN_PLAN_ERROR_FORMAT },
  { "VERSION_MISSING", REGIMEN_PLAN_ERROR_VERSION_MISSING },
  { "VERSION_NEWER", REGIMEN_PLAN_ERROR_VERSION_NEWER },
  { "TYPE", REGIMEN_PLAN_ERROR_TYPE },
  { "RANGE", REGIMEN_PLAN_ERROR_RANGE },
  { "DAYS", REGIMEN_PLAN_ERROR_DAYS },
  { "ENCODING", REGIMEN_PLAN_ERROR_ENCODING },
  { "TOO_LARGE", REGIMEN_PLAN_ERROR_TOO_LARGE },
  { "TOO_DEEP", REGIMEN_PLAN_ERROR_TOO_DEEP },
  { "MISSING", REGIMEN_PLAN_ERROR_MISSING },
  { "VALUE", REGIMEN_PLAN_ERROR_VALUE },
};

static void
test_malformed_corpus (void)
{
  g_autofree char *table = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length;
  guint checked = 0;

  table = fixture_read ("malformed", "expected.txt", &length);
  lines = g_strsplit (table, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPlan) plan = NULL;
      g_autofree char *data = NULL;
      g_autofree char *wanted = NULL;
      g_auto(GStrv) fields = NULL;
      int code = -1;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], " ", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      for (guint j = 0; j < G_N_ELEMENTS (error_codes); j++)
        {
          if (g_str_equal (error_codes[j].name, fields[1]))
            code = error_codes[j].code;
        }
      g_assert_cmpint (code, >=, 0);

      data = fixture_read ("malformed", fields[0], &length);
      plan = regimen_plan_load_from_data (data, length, &error);

      g_test_message ("%s: %s", fields[0], error != NULL ? error->message : "(loaded)");
      g_assert_null (plan);
      g_assert_error (error, REGIMEN_PLAN_ERROR, code);

      /* A path must be the whole location, not a prefix of a deeper one. */
      if (fields[2][0] == '$')
        wanted = g_strdup_printf ("At %s: ", fields[2]);
      else
        wanted = g_strdup (fields[2]);

      if (strstr (error->message, wanted) == NULL)
        g_error ("%s: “%s” does not name “%s”", fields[0], error->message, wanted);

      checked++;
    }

  g_assert_cmpuint (checked, >=, 30);
}

static void
test_valid_fixtures_round_trip (void)
{
  const char *names[] = { "one-week.json", "four-week.json", "unknown-members.json", "coach-limits.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", names[i]);
      g_autofree char *original = NULL;
      g_autofree char *written = NULL;
      gsize original_length;
      gsize written_length;

      original = fixture_read ("plans", names[i], &original_length);
      written = regimen_plan_to_data (plan, &written_length);

      g_assert_cmpstr (written, ==, original);
      g_assert_cmpuint (written_length, ==, original_length);
      g_assert_false (regimen_plan_get_modified (plan));
      g_assert_false (regimen_plan_can_undo (plan));
    }
}

/* The shipped templates are plans too: the reader must take every one. */
static void
test_templates_load (void)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  dir_path = g_build_filename (FIXTURES_DIR, "..", "..", "data", "templates", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("no data/templates folder");
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(RegimenPlan) plan = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (path);
      plan = regimen_plan_load_from_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (regimen_plan_get_n_weeks (plan), >, 0);
      n++;
    }

  if (n == 0)
    g_test_skip ("no templates yet");
}

static void
test_canonical_form (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "design-example.json");
  g_autofree char *canonical = NULL;
  g_autofree char *written = NULL;
  gsize length;

  /* DESIGN's example, laid out by hand, becomes the canonical fixture. */
  canonical = fixture_read ("plans", "one-week.json", &length);
  written = regimen_plan_to_data (plan, NULL);
  g_assert_cmpstr (written, ==, canonical);
  g_assert_true (g_str_has_suffix (written, "}\n"));
  g_assert_nonnull (strstr (written, "\n  \"athlete\": {\n    \"level\": \"beginner\","));
}

static void
test_getters_from_file (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  RegimenAthlete *athlete = regimen_plan_get_athlete (plan);
  RegimenSession *session;
  RegimenItem *item;
  const RegimenInterval *interval;
  const GDate *start;

  g_assert_cmpstr (regimen_plan_get_title (plan), ==, "Strong enough to run — block 1");
  start = regimen_plan_get_start_date (plan);
  g_assert_nonnull (start);
  g_assert_cmpuint (g_date_get_year (start), ==, 2026);
  g_assert_cmpuint (g_date_get_month (start), ==, 11);
  g_assert_cmpuint (g_date_get_day (start), ==, 23);

  g_assert_cmpint (regimen_athlete_get_level (athlete), ==, REGIMEN_LEVEL_BEGINNER);
  g_assert_cmpint (regimen_athlete_get_life_stress (athlete), ==, REGIMEN_LIFE_STRESS_MODERATE);
  g_assert_cmpfloat (regimen_athlete_get_baseline_weekly_load (athlete), ==, 1500);
  g_assert_cmpint (regimen_athlete_get_max_hiit_per_week (athlete), ==, 2);

  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 1);
  g_assert_cmpstr (regimen_week_get_label (regimen_plan_get_week (plan, 0)), ==, "Week 1");

  session = regimen_plan_get_session (plan, 0, 0, 0);
  g_assert_cmpstr (regimen_session_get_title (session), ==, "Lower body A");
  g_assert_cmpint (regimen_session_get_kind (session), ==, REGIMEN_SESSION_KIND_STRENGTH);
  g_assert_cmpuint (regimen_session_get_rpe (session), ==, 7);
  g_assert_cmpuint (regimen_session_get_minutes (session), ==, 45);
  g_assert_cmpuint (regimen_session_get_n_items (session), ==, 3);

  item = regimen_session_get_item (session, 0);
  g_assert_cmpstr (regimen_item_get_exercise (item), ==, "narrow-stance-squat");
  g_assert_cmpuint (regimen_item_get_sets (item), ==, 3);
  g_assert_cmpuint (regimen_item_get_reps (item), ==, 10);
  g_assert_cmpstr (regimen_item_get_tempo (item), ==, "3010");
  g_assert_cmpuint (regimen_item_get_rest_seconds (item), ==, 90);
  g_assert_true (regimen_item_has_load_percent_1rm (item));
  g_assert_cmpfloat (regimen_item_get_load_percent_1rm (item), ==, 50);
  g_assert_cmpstr (regimen_item_get_group (item), ==, "1a");
  g_assert_null (regimen_item_get_interval (item));

  item = regimen_session_get_item (session, 1);
  g_assert_cmpuint (regimen_item_get_hold_seconds (item), ==, 20);
  g_assert_true (regimen_item_get_per_side (item));
  g_assert_cmpuint (regimen_item_get_reps (item), ==, 0);
  g_assert_false (regimen_item_has_load_percent_1rm (item));

  item = regimen_session_get_item (session, 2);
  interval = regimen_item_get_interval (item);
  g_assert_nonnull (interval);
  g_assert_cmpuint (interval->work_seconds, ==, 30);
  g_assert_cmpuint (interval->rest_seconds, ==, 60);
  g_assert_cmpuint (interval->rounds, ==, 8);

  for (guint day = 1; day < REGIMEN_DAYS_PER_WEEK; day++)
    g_assert_cmpuint (regimen_day_get_n_sessions (regimen_plan_get_day (plan, 0, day)), ==, 0);
}

/* The second wave's members: a lighter week, a warm-up item and the
 * competition kind are read, written back, and absent means what it meant. */
static void
test_second_wave_members (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
  g_autoptr(RegimenPlan) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  RegimenSession *session;

  g_assert_false (regimen_week_get_lighter (regimen_plan_get_week (plan, 0)));
  g_assert_true (regimen_week_get_lighter (regimen_plan_get_week (plan, 3)));
  g_assert_true (regimen_item_get_warm_up (regimen_plan_get_item (plan, 0, 2, 0, 0)));
  g_assert_false (regimen_item_get_warm_up (regimen_plan_get_item (plan, 0, 2, 0, 1)));

  /* An undoable command, like the week's label. */
  g_assert_true (regimen_plan_set_week_lighter (plan, 0, TRUE));
  g_assert_true (regimen_week_get_lighter (regimen_plan_get_week (plan, 0)));
  regimen_plan_undo (plan);
  g_assert_false (regimen_week_get_lighter (regimen_plan_get_week (plan, 0)));

  session = regimen_plan_get_session (plan, 0, 0, 0);
  regimen_session_set_kind (session, REGIMEN_SESSION_KIND_COMPETITION);
  written = regimen_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (written, "\"kind\": \"competition\""));
  reread = regimen_plan_load_from_data (written, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (regimen_session_get_kind (regimen_plan_get_session (reread, 0, 0, 0)), ==,
                   REGIMEN_SESSION_KIND_COMPETITION);
  g_assert_cmpstr (regimen_session_kind_get_label (REGIMEN_SESSION_KIND_COMPETITION), ==, "Competition");
}

/* A session may start at a time of day: read, edited undoably, written
 * back as HH:MM and read again; a session without one has none. */
static void
test_session_time (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(RegimenPlan) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  int time = -2;

  g_assert_cmpint (regimen_session_get_time (session), ==, REGIMEN_SESSION_NO_TIME);
  written = regimen_plan_to_data (plan, NULL);
  g_assert_null (strstr (written, "\"time\""));
  g_clear_pointer (&written, g_free);

  g_assert_true (regimen_plan_edit_session_time (plan, session, 7 * 60 + 30));
  g_assert_cmpint (regimen_session_get_time (session), ==, 450);
  regimen_plan_undo (plan);
  g_assert_cmpint (regimen_session_get_time (session), ==, REGIMEN_SESSION_NO_TIME);
  regimen_plan_redo (plan);
  g_assert_cmpint (regimen_session_get_time (session), ==, 450);

  written = regimen_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (written, "\"minutes\": 45,\n              \"time\": \"07:30\""));
  reread = regimen_plan_load_from_data (written, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (regimen_session_get_time (regimen_plan_get_session (reread, 0, 0, 0)), ==, 450);
  rewritten = regimen_plan_to_data (reread, NULL);
  g_assert_cmpstr (rewritten, ==, written);

  /* Exactly HH:MM on a 24-hour clock. */
  g_assert_true (regimen_session_time_from_string ("00:00", &time));
  g_assert_cmpint (time, ==, 0);
  g_assert_true (regimen_session_time_from_string ("23:59", &time));
  g_assert_cmpint (time, ==, 1439);
  for (guint i = 0; i < 7; i++)
    {
      const char *wrong[] = { "24:00", "7:30", "07:60", "07.30", "07:30:00", "", " 7:30" };

      g_assert_false (regimen_session_time_from_string (wrong[i], &time));
    }
  {
    g_autofree char *text = regimen_session_time_to_string (450);

    g_assert_cmpstr (text, ==, "07:30");
  }
}

/* What coaches write: a superset without rest between its exercises, and
 * continuous cardio longer than an hour. */
static void
test_coach_limits (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "coach-limits.json");
  RegimenSession *superset = regimen_plan_get_session (plan, 0, 0, 0);
  RegimenItem *first = regimen_session_get_item (superset, 0);
  RegimenItem *second = regimen_session_get_item (superset, 1);
  RegimenItem *ride = regimen_session_get_item (regimen_plan_get_session (plan, 0, 2, 0), 0);
  g_autoptr(RegimenItem) unspecified = regimen_item_copy (first);
  g_autofree char *first_text = regimen_item_format_prescription (first);
  g_autofree char *ride_text = regimen_item_format_prescription (ride);
  double with_no_rest;

  g_assert_true (regimen_item_get_no_rest (first));
  g_assert_cmpuint (regimen_item_get_rest_seconds (first), ==, 0);
  g_assert_false (regimen_item_get_no_rest (second));
  g_assert_cmpuint (regimen_item_get_rest_seconds (second), ==, 90);
  g_assert_true (strstr (first_text, "no rest") != NULL);

  g_assert_cmpuint (regimen_item_get_hold_seconds (ride), ==, 3 * 3600);
  g_assert_true (strstr (ride_text, "3 h") != NULL);
  /* Three hours of riding plus the default rest after the one set. */
  g_assert_cmpfloat (regimen_session_estimate_minutes (regimen_plan_get_session (plan, 0, 2, 0)), >=, 180);

  /* No rest means 0 s in the estimate, not the default rest. */
  with_no_rest = regimen_session_estimate_minutes (superset);
  regimen_item_set_no_rest (first, FALSE);
  g_assert_cmpfloat (regimen_session_estimate_minutes (superset), >, with_no_rest);
  regimen_item_set_no_rest (first, TRUE);
  regimen_item_set_no_rest (unspecified, FALSE);
  g_assert_false (regimen_item_get_no_rest (unspecified));
  g_assert_cmpuint (regimen_item_get_rest_seconds (unspecified), ==, 0);

  /* Giving a rest in seconds replaces "no rest". */
  regimen_item_set_rest_seconds (unspecified, 30);
  g_assert_false (regimen_item_get_no_rest (unspecified));
  regimen_item_set_no_rest (unspecified, TRUE);
  g_assert_true (regimen_item_get_no_rest (unspecified));
  g_assert_cmpuint (regimen_item_get_rest_seconds (unspecified), ==, 0);
}

static void
test_unknown_members (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "unknown-members.json");
  g_autoptr(GList) names = NULL;
  g_autoptr(RegimenWeek) copy = NULL;
  g_autofree char *written = NULL;
  RegimenItem *item;
  JsonObject *extra;

  extra = regimen_plan_get_extra (plan);
  g_assert_nonnull (extra);
  names = json_object_get_members (extra);
  g_assert_cmpuint (g_list_length (names), ==, 2);
  g_assert_cmpstr (names->data, ==, "x-app");
  g_assert_cmpstr (names->next->data, ==, "x-zlast");

  g_assert_cmpstr (json_object_get_string_member (regimen_athlete_get_extra (regimen_plan_get_athlete (plan)), "x-note"), ==, "kept");
  g_assert_true (json_object_has_member (regimen_week_get_extra (regimen_plan_get_week (plan, 0)), "x-week"));
  g_assert_true (json_object_has_member (regimen_day_get_extra (regimen_plan_get_day (plan, 0, 1)), "x-day"));
  g_assert_true (json_object_has_member (regimen_session_get_extra (regimen_plan_get_session (plan, 0, 0, 0)), "x-session"));
  item = regimen_plan_get_item (plan, 0, 0, 0, 2);
  g_assert_cmpint (json_object_get_int_member (regimen_item_get_interval (item)->extra, "x-interval"), ==, -3);
  g_assert_null (regimen_day_get_extra (regimen_plan_get_day (plan, 0, 2)));

  /* Kept as the parsed nodes, sealed: nothing can change them under the
   * plan (the parser's tree as a whole is not). */
  g_assert_true (json_node_is_immutable (json_object_get_member (extra, "x-app")));
  g_assert_true (json_node_is_immutable (json_object_get_member (regimen_week_get_extra (regimen_plan_get_week (plan, 0)),
                                                                 "x-week")));

  /* Edits keep them, and so do copies. */
  g_assert_true (regimen_plan_edit_item_uint (plan, regimen_plan_get_item (plan, 0, 0, 0, 0),
                                              REGIMEN_ITEM_FIELD_SETS, 4));
  g_assert_true (regimen_plan_move_item_to (plan, regimen_plan_get_item (plan, 0, 0, 0, 0),
                                            regimen_plan_get_session (plan, 0, 0, 0), 3));
  written = regimen_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (written, "\"x-item\""));
  g_assert_nonnull (strstr (written, "\"x-week\": 1.0"));
  g_assert_nonnull (strstr (written, "\"x-zlast\": \"last\"\n}\n"));

  copy = regimen_week_copy (regimen_plan_get_week (plan, 0));
  g_assert_true (json_object_has_member (regimen_week_get_extra (copy), "x-week"));
  g_assert_true (regimen_week_get_extra (copy) != regimen_week_get_extra (regimen_plan_get_week (plan, 0)));
}

static void
test_limits_before_parsing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  gsize big = REGIMEN_PLAN_MAX_SIZE + 1;
  gsize deep = 1000000;
  g_autofree char *data = NULL;
  gint64 start;

  data = g_malloc (big);
  memset (data, ' ', big);
  plan = regimen_plan_load_from_data (data, big, &error);
  g_assert_null (plan);
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE);
  g_clear_error (&error);
  g_clear_pointer (&data, g_free);

  /* A million open brackets is refused at once, not recursed into. */
  data = g_malloc (deep);
  memset (data, '[', deep);
  start = g_get_monotonic_time ();
  plan = regimen_plan_load_from_data (data, deep, &error);
  g_assert_null (plan);
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_DEEP);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_clear_error (&error);

  /* Comments and single-quoted strings (which json-glib takes) are not
   * JSON: they are refused where they start, so a quote inside one can
   * no longer hide the nesting that follows (F01). Brackets after an
   * escaped quote in a real string still count. */
  {
    const struct {
      const char *prefix;
      int         code;
    } cases[] = {
      { "[/*\"*/", REGIMEN_PLAN_ERROR_SYNTAX },
      { "[/ * \" * /", REGIMEN_PLAN_ERROR_SYNTAX },
      { "[// \"\n", REGIMEN_PLAN_ERROR_SYNTAX },
      { "['\"',", REGIMEN_PLAN_ERROR_SYNTAX },
      { "['[',/*[*/", REGIMEN_PLAN_ERROR_SYNTAX },
      { "[\"\\\"\",", REGIMEN_PLAN_ERROR_TOO_DEEP },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GString) text = g_string_new (cases[i].prefix);

        for (guint j = 0; j < 100000; j++)
          g_string_append_c (text, '[');
        plan = regimen_plan_load_from_data (text->str, text->len, &error);
        g_assert_null (plan);
        g_assert_error (error, REGIMEN_PLAN_ERROR, cases[i].code);
        g_assert_nonnull (strstr (error->message, "Line "));
        g_clear_error (&error);
      }
  }

  /* 64 levels are allowed (the document is still refused, but later). */
  g_clear_pointer (&data, g_free);
  data = g_strdup_printf ("{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [], \"x\": %s%s}",
                          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
                          "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");
  plan = regimen_plan_load_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

static char *
plan_with (const char *weeks,
           const char *title)
{
  return g_strdup_printf ("{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"%s\", \"weeks\": [%s]}",
                          title, weeks);
}

static void
assert_refused (const char *data,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (data, -1, &error);
  g_autofree char *wanted = g_strdup_printf ("At %s: ", path);

  g_assert_null (plan);
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_RANGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, wanted));
}

/* F12: the model has limits far above any real plan; the reader and the
 * commands hold to the same ones. */
static void
test_model_limits (void)
{
  const char *empty_week = "{\"days\": [{}, {}, {}, {}, {}, {}, {}]}";
  const char *session = "{\"kind\": \"strength\", \"rpe\": 5}";
  const char *item = "{\"exercise\": \"back-squat\"}";
  g_autoptr(GString) weeks = g_string_new (NULL);
  g_autoptr(GString) sessions = g_string_new (NULL);
  g_autoptr(GString) items = g_string_new (NULL);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *data = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  /* What the commands refuse stays the caller's. */
  g_autoptr(RegimenWeek) refused_week = regimen_week_new (NULL);
  g_autoptr(RegimenSession) refused_session = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);
  g_autoptr(RegimenItem) refused_item = regimen_item_new ("back-squat");

  for (guint i = 0; i <= REGIMEN_PLAN_MAX_WEEKS; i++)
    g_string_append_printf (weeks, "%s%s", i > 0 ? ", " : "", empty_week);
  data = plan_with (weeks->str, "t");
  assert_refused (data, "$.weeks");
  g_clear_pointer (&data, g_free);

  for (guint i = 0; i <= REGIMEN_DAY_MAX_SESSIONS; i++)
    g_string_append_printf (sessions, "%s%s", i > 0 ? ", " : "", session);
  data = g_strdup_printf ("{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [{\"days\": [{}, {\"sessions\": [%s]}, {}, {}, {}, {}, {}]}]}",
                          sessions->str);
  assert_refused (data, "$.weeks[0].days[1].sessions");
  g_clear_pointer (&data, g_free);

  for (guint i = 0; i <= REGIMEN_SESSION_MAX_ITEMS; i++)
    g_string_append_printf (items, "%s%s", i > 0 ? ", " : "", item);
  data = g_strdup_printf ("{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [{\"days\": [{\"sessions\": [{\"kind\": \"strength\", \"rpe\": 5, \"items\": [%s]}]}, {}, {}, {}, {}, {}, {}]}]}",
                          items->str);
  assert_refused (data, "$.weeks[0].days[0].sessions[0].items");
  g_clear_pointer (&data, g_free);

  for (guint i = 0; i <= REGIMEN_TEXT_MAX_LENGTH; i++)
    g_string_append (title, "é");
  data = plan_with (empty_week, title->str);
  assert_refused (data, "$.title");
  g_clear_pointer (&data, g_free);

  /* At the limits the plan loads … */
  g_string_truncate (weeks, 0);
  for (guint i = 0; i < REGIMEN_PLAN_MAX_WEEKS; i++)
    g_string_append_printf (weeks, "%s%s", i > 0 ? ", " : "", empty_week);
  data = plan_with (weeks->str, "t");
  plan = regimen_plan_load_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, REGIMEN_PLAN_MAX_WEEKS);

  /* … and no command grows it past them. */
  g_assert_false (regimen_plan_duplicate_week (plan, 0));
  g_assert_false (regimen_plan_add_week (plan, 0, refused_week));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, REGIMEN_PLAN_MAX_WEEKS);
  g_assert_false (regimen_plan_get_modified (plan));

  for (guint i = 0; i < REGIMEN_DAY_MAX_SESSIONS; i++)
    {
      g_autoptr(RegimenSession) added = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);

      g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 0),
                                                  G_MAXUINT, added));
    }
  g_assert_false (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 0), G_MAXUINT,
                                               refused_session));
  {
    g_autoptr(RegimenSession) other_day = regimen_session_new (REGIMEN_SESSION_KIND_STRENGTH, NULL);

    g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 1), G_MAXUINT,
                                                other_day));
  }
  g_assert_false (regimen_plan_move_session_to (plan, regimen_plan_get_session (plan, 0, 1, 0),
                                                regimen_plan_get_day (plan, 0, 0), 0));

  for (guint i = 0; i < REGIMEN_SESSION_MAX_ITEMS; i++)
    {
      g_autoptr(RegimenItem) added = regimen_item_new ("back-squat");

      g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 0, 0, 0),
                                               G_MAXUINT, added));
    }
  g_assert_false (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 0, 0, 0),
                                            G_MAXUINT, refused_item));

  g_assert_false (regimen_plan_set_title (plan, title->str));
  g_assert_cmpstr (regimen_plan_get_title (plan), ==, "t");
}

static void
test_byte_order_mark (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;

  plan = regimen_plan_load_from_data ("\xEF\xBB\xBF{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": []}",
                                      -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 0);
}

/* The reader gives json-glib its text without the whitespace between
 * tokens (regimen_json_compact()): strings, their escaped quotes and
 * backslashes and the whitespace in them are kept as written, and every
 * plan the tests read parses to the same tree either way. */
static void
test_compact_text (void)
{
  static const struct { const char *text; const char *compact; } cases[] = {
    { " {\n\t\"a b\" :\r\n [ 1 , -2.5e3 ,true,null ] }\n",
      "{\"a b\":[1,-2.5e3,true,null]}" },
    { "[ \"x \\\" y \" , \"\\\\\" , \"\\\\\\\" } \" , \" \\u0020 \" ]",
      "[\"x \\\" y \",\"\\\\\",\"\\\\\\\" } \",\" \\u0020 \"]" },
    { "\"\"", "\"\"" },
    { "  ", "" },
  };
  const char *names[] = { "one-week.json", "four-week.json", "unknown-members.json", "coach-limits.json" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length;
      g_autofree char *compact = regimen_json_compact (cases[i].text, strlen (cases[i].text), &length);

      g_assert_cmpstr (compact, ==, cases[i].compact);
      g_assert_cmpuint (length, ==, strlen (cases[i].compact));
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonParser) compact_parser = json_parser_new ();
      g_autofree char *text = NULL;
      g_autofree char *compact = NULL;
      gsize length;
      gsize compact_length;

      text = fixture_read ("plans", names[i], &length);
      compact = regimen_json_compact (text, length, &compact_length);
      g_assert_cmpuint (compact_length, <, length);
      g_assert_true (json_parser_load_from_data (parser, text, length, NULL));
      g_assert_true (json_parser_load_from_data (compact_parser, compact, compact_length, NULL));
      g_assert_true (json_node_equal (json_parser_get_root (parser), json_parser_get_root (compact_parser)));
    }
}

/* The reader checks the text's UTF-8 eight ASCII bytes at a time and
 * each run of other bytes on its own: the first bad byte it names is the
 * one g_utf8_validate() finds, wherever it is. It names its line and
 * column too, in characters as the JSON check counts them (issue #21,
 * pass 21b: an overlong “C0 AF” or a surrogate “ED A0 80” was told by
 * its offset alone, where every other problem says its line and
 * column). */
static void
test_invalid_utf8_offset (void)
{
  static const char * const bad[] = {
    "\xFF", "\xC3", "\xC3\x28", "\xE2\x82", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80",
    "\xC3\xA9\xFF", "\xE2\x80\x94\xE2\x80",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    for (guint before = 0; before < 19; before += 3)
      {
        g_autoptr(GString) text = g_string_new ("{\n\"format\": \"regimen-plan\",\n  \"title\": \"");
        g_autoptr(GError) error = NULL;
        g_autoptr(RegimenPlan) plan = NULL;
        g_autofree char *wanted = NULL;
        const char *invalid = NULL;

        /* ASCII and a valid “—” before the bad bytes, ASCII after them. */
        for (guint j = 0; j < before; j++)
          g_string_append_c (text, j % 5 == 4 ? ' ' : 'a');
        g_string_append (text, "\xE2\x80\x94");
        g_string_append (text, bad[i]);
        g_string_append (text, "\", \"version\": 1, \"weeks\": []}");

        g_assert_false (g_utf8_validate (text->str, text->len, &invalid));
        /* On line 3 after the 12 characters of `  "title": "`, the
         * ASCII, the “—” and (the last two) a valid character. */
        wanted = g_strdup_printf ("(bad byte at line 3, column %u; offset %" G_GSIZE_FORMAT ")",
                                  12 + before + 1 + (i >= G_N_ELEMENTS (bad) - 2) + 1,
                                  (gsize) (invalid - text->str));

        plan = regimen_plan_load_from_data (text->str, text->len, &error);
        g_assert_null (plan);
        g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_ENCODING);
        if (strstr (error->message, wanted) == NULL)
          g_error ("bad bytes %u after %u: “%s” does not say “%s”", i, before, error->message, wanted);
      }

  /* A byte-order mark before a bad byte on the first line is no column. */
  {
    static const char text[] = "\xEF\xBB\xBF{\xFF\n}";
    g_autoptr(GError) error = NULL;
    g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (text, sizeof text - 1, &error);

    g_assert_null (plan);
    g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_ENCODING);
    g_assert_nonnull (strstr (error->message, "(bad byte at line 1, column 2; offset 4)"));
  }
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (NULL, &error);

  g_assert_no_error (error);
  return dir;
}

static void
assert_file_contents (const char *path,
                      const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

/* F03: a plan whose canonical text would be over the size limit (here:
 * deeply indented unknown members) is not saved, and the file stays. */
static void
test_save_refuses_unreadable (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [], \"x\": ");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  for (guint i = 0; i < 60; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 150000; i++)
    g_string_append (text, i > 0 ? ",0" : "0");
  for (guint i = 0; i < 60; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}\n");

  plan = regimen_plan_load_from_data (text->str, text->len, &error);
  g_assert_no_error (error);
  g_free (regimen_plan_to_data (plan, &length));
  g_assert_cmpuint (length, >, REGIMEN_PLAN_MAX_SIZE);

  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  g_assert_false (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "too large to save"));
  g_clear_error (&error);

  {
    g_autofree char *contents = NULL;
    gsize contents_length;

    g_assert_true (g_file_get_contents (path, &contents, &contents_length, NULL));
    g_assert_cmpmem (contents, contents_length, text->str, text->len);
  }
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  fixture_remove_tree (dir);
}

static void
test_save_and_backup (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(RegimenPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (regimen_plan_set_title (plan, "First"));
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (regimen_plan_get_modified (plan));
  first = regimen_plan_to_data (plan, NULL);
  assert_file_contents (path, first);

  g_assert_true (regimen_plan_set_title (plan, "Second"));
  g_assert_true (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  second = regimen_plan_to_data (plan, NULL);
  assert_file_contents (path, second);
  assert_file_contents (backup, first);

  reloaded = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (regimen_plan_get_title (reloaded), ==, "Second");

  /* Nothing else is left beside the file (no temporary files). */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }

  fixture_remove_tree (dir);
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  regimen_plan_save_to_file_finish (REGIMEN_PLAN (object), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
test_save_async (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
  g_autofree char *expected = regimen_plan_to_data (plan, NULL);
  GError *error = NULL;

  g_assert_true (regimen_plan_set_week_label (plan, 0, "Saved"));
  g_free (expected);
  expected = regimen_plan_to_data (plan, NULL);

  regimen_plan_save_to_file_async (plan, file, NULL, on_saved, &error);
  /* An edit made while the file is being written stays unsaved. */
  g_assert_true (regimen_plan_set_week_label (plan, 1, "After"));

  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  assert_file_contents (path, expected);
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_false (regimen_plan_get_modified (plan));

  fixture_remove_tree (dir);
}

static void
test_save_failures (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *backup_child = g_build_filename (backup, "keep", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) full_file = g_file_new_for_path ("/dev/full");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  g_autoptr(GError) error = NULL;
  const char *original = "{ \"the\": \"old version\" }\n";

  g_assert_true (regimen_plan_set_title (plan, "New"));

  /* The target is a folder. */
  g_assert_false (regimen_plan_save_to_file (plan, dir_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, dir));
  g_clear_error (&error);

  /* The parent folder does not exist. */
  g_assert_false (regimen_plan_save_to_file (plan, missing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);
  g_assert_true (regimen_plan_get_modified (plan));

  /* The backup cannot be made (a folder is in its way): the existing
   * file stays byte for byte. This fails even for root, unlike a
   * read-only folder. */
  g_assert_true (g_file_set_contents (path, original, -1, NULL));
  g_assert_cmpint (g_mkdir (backup, 0700), ==, 0);
  g_assert_true (g_file_set_contents (backup_child, "x", -1, NULL));
  g_assert_false (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "plan.json"));
  g_test_message ("backup in the way: %s", error->message);
  g_clear_error (&error);
  assert_file_contents (path, original);
  g_assert_true (regimen_plan_get_modified (plan));
  fixture_remove_tree (backup);

  /* Cancelled before it began. */
  g_cancellable_cancel (cancellable);
  g_assert_false (regimen_plan_save_to_file (plan, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_file_contents (path, original);

  /* GIO never writes through a device node, so /dev/full is refused
   * outright; the full-disk case itself is test_save_disk_full(). */
  g_assert_false (regimen_plan_save_to_file (plan, full_file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/dev/full"));
  g_clear_error (&error);

  fixture_remove_tree (dir);
}

/* A full disk, simulated with a file size limit (EFBIG, like ENOSPC, hits
 * the write of the temporary file). Root ignores read-only folders but
 * not resource limits. Runs in a subprocess, which the limit would
 * otherwise follow. */
static char *
disk_full_dir (pid_t parent)
{
  g_autofree char *name = g_strdup_printf ("regimen-plan-full-%d", (int) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static void
test_save_disk_full (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *original = "{ \"the\": \"old version\" }\n";

  if (g_test_subprocess ())
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "four-week.json");
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 512, 512 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      dir = disk_full_dir (getppid ());
      path = g_build_filename (dir, "plan.json", NULL);
      file = g_file_new_for_path (path);
      g_assert_false (regimen_plan_save_to_file (plan, file, NULL, &error));
      g_assert_nonnull (error);
      g_printerr ("%s\n", error->message);
      return;
    }

  dir = disk_full_dir (getpid ());
  path = g_build_filename (dir, "plan.json", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, original, -1, NULL));

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not save the plan as*plan.json*could not be written*");

  /* The old version is intact, and no temporary file is left behind. */
  assert_file_contents (path, original);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  fixture_remove_tree (dir);
}

static void
test_load_file_errors (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) huge_file = g_file_new_for_path (huge);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  FILE *stream;

  g_assert_null (regimen_plan_load_from_file (missing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.json"));
  g_clear_error (&error);

  g_assert_null (regimen_plan_load_from_file (dir_file, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A sparse 1 GiB file is refused by its size, without being read. */
  stream = fopen (huge, "w");
  g_assert_nonnull (stream);
  g_assert_cmpint (fseek (stream, 1024 * 1024 * 1024, SEEK_SET), ==, 0);
  fputc ('}', stream);
  fclose (stream);
  g_assert_null (regimen_plan_load_from_file (huge_file, NULL, &error));
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"regimen-plan\", \"version\": 7}", -1, NULL));
  g_assert_null (regimen_plan_load_from_file (bad_file, NULL, &error));
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_VERSION_NEWER);
  g_assert_nonnull (strstr (error->message, "bad.json"));
  g_assert_nonnull (strstr (error->message, "newer Regimen"));
  g_clear_error (&error);

  fixture_remove_tree (dir);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  RegimenPlan **plan = user_data;
  g_autoptr(GError) error = NULL;

  *plan = regimen_plan_load_from_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (void)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, "plans", "four-week.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RegimenPlan) plan = NULL;

  regimen_plan_load_from_file_async (file, NULL, on_loaded, &plan);
  while (plan == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 4);
  g_assert_cmpstr (regimen_week_get_label (regimen_plan_get_week (plan, 3)), ==, "Week 4 — deload");
}

static void
test_written_strings (void)
{
  g_autoptr(RegimenPlan) plan = regimen_plan_new ();
  g_autoptr(RegimenPlan) reloaded = NULL;
  g_autoptr(RegimenWeek) week = regimen_week_new ("Quote \" slash \\ tab \t nl \n bell \a é");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  g_assert_true (regimen_plan_add_week (plan, 0, week));
  g_assert_true (regimen_plan_set_athlete_baseline_weekly_load (plan, 1234.5));
  text = regimen_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (text, "\"Quote \\\" slash \\\\ tab \\t nl \\n bell \\u0007 é\""));
  g_assert_nonnull (strstr (text, "\"baseline_weekly_load\": 1234.5"));

  reloaded = regimen_plan_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (regimen_week_get_label (regimen_plan_get_week (reloaded, 0)), ==,
                   regimen_week_get_label (week));
  again = regimen_plan_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, text);
}

/* A load of -0.0, which the ranges admit, is written as 0, so the text
 * written is the canonical form: read back and written again it is the
 * same (pass 11: "-0" read back as 0 and `format --check` failed on what
 * `format` had just written). Other tools' -0.0 stays as it was. */
/* "sets": 3.00000000000000001 read as the whole number 3, taken and
 * written back as 3: a fraction a double cannot keep is refused, with
 * the member's path and the number it would have become, while what a writer of doubles writes still reads
 * (a 17-digit double, a whole number with zeros after its point, an
 * exponent that makes a whole number). */
static void
test_fraction_past_a_double (void)
{
  const char *head =
    "{\"format\": \"regimen-plan\", \"version\": 1,"
    " \"athlete\": {\"level\": \"beginner\", \"life_stress\": \"moderate\"},"
    " \"weeks\": [{\"days\": [{\"sessions\": [{\"id\": \"s1\", \"kind\": \"strength\", \"rpe\": 5,"
    " \"items\": [{\"id\": \"i1\", \"exercise\": \"burpee\", \"reps\": 5, ";
  const char *tail =
    "}]}]}, {\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []},"
    " {\"sessions\": []}, {\"sessions\": []}]}]}";
  const struct { const char *member; const char *message; } refused[] = {
    { "\"sets\": 3.00000000000000001",
      "At $.weeks[0].days[0].sessions[0].items[0].sets: the number has more digits "
      "than can be read exactly (it would be written back as 3)" },
    { "\"sets\": 2.99999999999999999999",
      "At $.weeks[0].days[0].sessions[0].items[0].sets: the number has more digits "
      "than can be read exactly (it would be written back as 3)" },
    { "\"sets\": 30000000000000000001e-19",
      "At $.weeks[0].days[0].sessions[0].items[0].sets: the number has more digits "
      "than can be read exactly (it would be written back as 3)" },
    { "\"sets\": 3, \"load_kg\": 62.000000000000000001",
      "At $.weeks[0].days[0].sessions[0].items[0].load_kg: the number has more digits "
      "than can be read exactly (it would be written back as 62)" },
  };
  const struct { const char *member; const char *written; } kept[] = {
    { "\"sets\": 3.0000000000000000000", "\"sets\": 3," },
    { "\"sets\": 3e0", "\"sets\": 3," },
    { "\"sets\": 3, \"load_kg\": 62.125000000000000", "\"load_kg\": 62.125\n" },
    { "\"sets\": 3, \"load_kg\": 62.100000000000001", "\"load_kg\": 62.1\n" },
    { "\"sets\": 3, \"load_kg\": 1.25e1", "\"load_kg\": 12.5\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *text = g_strconcat (head, refused[i].member, tail, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (text, -1, &error);

      g_assert_null (plan);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, refused[i].message));
    }

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *text = g_strconcat (head, kept[i].member, tail, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (text, -1, &error);
      g_autofree char *written = NULL;

      g_assert_no_error (error);
      written = regimen_plan_to_data (plan, NULL);
      g_assert_nonnull (strstr (written, kept[i].written));
    }
}

static void
test_written_negative_zero (void)
{
  const char *text =
    "{\"format\": \"regimen-plan\", \"version\": 1,"
    " \"athlete\": {\"level\": \"beginner\", \"life_stress\": \"moderate\"},"
    " \"weeks\": [{\"days\": [{\"sessions\": [{\"id\": \"s1\", \"kind\": \"strength\", \"rpe\": 5,"
    " \"items\": [{\"id\": \"i1\", \"exercise\": \"burpee\", \"sets\": 3, \"reps\": 5,"
    " \"load_kg\": -0.0, \"load_percent_1rm\": -0.0, \"x-zero\": -0.0}],"
    " \"log\": {\"status\": \"done\", \"items\": [{\"item\": \"i1\","
    " \"sets\": [{\"reps\": 5, \"load\": -0.0, \"unit\": \"kg\"}]}]}}]},"
    " {\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []}, {\"sessions\": []},"
    " {\"sessions\": []}, {\"sessions\": []}]}]}";
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;

  plan = regimen_plan_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  written = regimen_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (written, "\"load_kg\": 0,"));
  g_assert_nonnull (strstr (written, "\"load_percent_1rm\": 0,"));
  g_assert_nonnull (strstr (written, "\"load\": 0,"));
  g_assert_nonnull (strstr (written, "\"x-zero\": -0.0"));

  reloaded = regimen_plan_load_from_data (written, -1, &error);
  g_assert_no_error (error);
  again = regimen_plan_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, written);

  /* The reader makes a -0 it reads 0; a load of -0.0 given otherwise (an
   * edit's arithmetic) is written 0 all the same. */
  {
    RegimenItem *item = regimen_plan_get_item (reloaded, 0, 0, 0, 0);
    g_autofree char *edited = NULL;

    /* From another load, as a setter given an equal value keeps its own. */
    regimen_item_set_load_kg (item, 5.0);
    regimen_item_set_load_kg (item, -0.0);
    g_assert_true (signbit (regimen_item_get_load_kg (item)));
    edited = regimen_plan_to_data (reloaded, NULL);
    g_assert_nonnull (strstr (edited, "\"load_kg\": 0,"));
  }
}

/* The writer copies indentation, ASCII text and numbers by hand
 * (issue 20): other tools' members nested deeper than one copy of
 * spaces are indented two spaces a level all the same, the extremes of a
 * whole number are written as printf writes them, and text set through
 * the API that is not UTF-8 is made valid even after an ASCII start. */
static void
test_written_by_hand (void)
{
  const guint depth = 40;
  g_autoptr(GString) text = g_string_new ("{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [],"
                                          " \"x-deep\": ");
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenPlan) reloaded = NULL;
  g_autoptr(RegimenWeek) week = regimen_week_new ("Week \xFF and more");
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  g_autofree char *innermost = NULL;

  for (guint i = 1; i < depth; i++)
    g_string_append (text, "{\"x\": ");
  g_string_append (text, "[-9223372036854775808, 9223372036854775807, -0.0, 0]");
  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, '}');
  g_string_append_c (text, '}');

  plan = regimen_plan_load_from_data (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_true (regimen_plan_add_week (plan, 0, week));
  written = regimen_plan_to_data (plan, NULL);

  /* The plan's object, then @depth − 1 objects and the array. */
  innermost = g_strdup_printf ("\n%*s-9223372036854775808,\n%*s9223372036854775807,\n%*s-0.0,\n%*s0\n",
                               2 * (depth + 1), "", 2 * (depth + 1), "", 2 * (depth + 1), "",
                               2 * (depth + 1), "");
  g_assert_nonnull (strstr (written, innermost));
  g_assert_true (g_utf8_validate (written, -1, NULL));
  g_assert_nonnull (strstr (written, "\"label\": \"Week \xEF\xBF\xBD and more\""));

  reloaded = regimen_plan_load_from_data (written, -1, &error);
  g_assert_no_error (error);
  again = regimen_plan_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, written);
}

/* The members of week WEEK that unknown-members.json gives at every level. */
static void
assert_week_keeps_unknown (RegimenPlan *plan,
                           guint        week)
{
  RegimenSession *session = regimen_plan_get_session (plan, week, 0, 0);
  JsonObject *extra;
  JsonArray *array;

  g_assert_nonnull (session);
  g_assert_cmpfloat (json_object_get_double_member (regimen_week_get_extra (regimen_plan_get_week (plan, week)), "x-week"), ==, 1.0);
  g_assert_cmpstr (json_object_get_string_member (regimen_day_get_extra (regimen_plan_get_day (plan, week, 1)), "x-day"), ==, "tue");
  extra = json_object_get_object_member (regimen_session_get_extra (session), "x-session");
  g_assert_cmpstr (json_object_get_string_member (extra, "a"), ==, "b");
  array = json_object_get_array_member (regimen_item_get_extra (regimen_plan_get_item (plan, week, 0, 0, 0)), "x-item");
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (array, 2), ==, "tab\t");
  g_assert_cmpint (json_object_get_int_member (regimen_item_get_interval (regimen_plan_get_item (plan, week, 0, 0, 2))->extra, "x-interval"), ==, -3);
}

/* Duplicating a week copies what other tools wrote into its days, sessions,
 * items and intervals; the copy is deep (editing it leaves the original
 * alone), it is written to the file and read back, and undo/redo keep it. */
static void
test_duplicate_week_keeps_unknown (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "unknown-members.json");
  g_autoptr(RegimenPlan) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  JsonObject *copied;

  g_assert_true (regimen_plan_duplicate_week (plan, 0));
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 2);
  assert_week_keeps_unknown (plan, 0);
  assert_week_keeps_unknown (plan, 1);

  copied = json_object_get_object_member (regimen_session_get_extra (regimen_plan_get_session (plan, 1, 0, 0)), "x-session");
  json_object_set_string_member (copied, "a", "changed in the copy");
  json_array_add_string_element (json_object_get_array_member (regimen_item_get_extra (regimen_plan_get_item (plan, 1, 0, 0, 0)), "x-item"), "more");
  assert_week_keeps_unknown (plan, 0);
  json_object_set_string_member (copied, "a", "b");
  json_array_remove_element (json_object_get_array_member (regimen_item_get_extra (regimen_plan_get_item (plan, 1, 0, 0, 0)), "x-item"), 3);

  file = g_file_new_for_path (path);
  g_assert_true (regimen_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  reread = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_plan_get_n_weeks (reread), ==, 2);
  assert_week_keeps_unknown (reread, 0);
  assert_week_keeps_unknown (reread, 1);

  regimen_plan_undo (plan);
  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 1);
  regimen_plan_redo (plan);
  assert_week_keeps_unknown (plan, 1);

  fixture_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-io/malformed-corpus", test_malformed_corpus);
  g_test_add_func ("/plan-io/model-limits", test_model_limits);
  g_test_add_func ("/plan-io/save/refuses-unreadable", test_save_refuses_unreadable);
  g_test_add_func ("/plan-io/round-trip", test_valid_fixtures_round_trip);
  g_test_add_func ("/plan-io/canonical-form", test_canonical_form);
  g_test_add_func ("/plan-io/templates", test_templates_load);
  g_test_add_func ("/plan-io/getters", test_getters_from_file);
  g_test_add_func ("/plan-io/second-wave-members", test_second_wave_members);
  g_test_add_func ("/plan-io/session-time", test_session_time);
  g_test_add_func ("/plan-io/unknown-members", test_unknown_members);
  g_test_add_func ("/plan-io/coach-limits", test_coach_limits);
  g_test_add_func ("/plan-io/unknown-members/duplicate-week", test_duplicate_week_keeps_unknown);
  g_test_add_func ("/plan-io/limits", test_limits_before_parsing);
  g_test_add_func ("/plan-io/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/plan-io/compact-text", test_compact_text);
  g_test_add_func ("/plan-io/invalid-utf8-offset", test_invalid_utf8_offset);
  g_test_add_func ("/plan-io/written-strings", test_written_strings);
  g_test_add_func ("/plan-io/fraction-past-a-double", test_fraction_past_a_double);
  g_test_add_func ("/plan-io/written-negative-zero", test_written_negative_zero);
  g_test_add_func ("/plan-io/written-by-hand", test_written_by_hand);
  g_test_add_func ("/plan-io/save/backup", test_save_and_backup);
  g_test_add_func ("/plan-io/save/async", test_save_async);
  g_test_add_func ("/plan-io/save/failures", test_save_failures);
  g_test_add_func ("/plan-io/save/disk-full", test_save_disk_full);
  g_test_add_func ("/plan-io/load/file-errors", test_load_file_errors);
  g_test_add_func ("/plan-io/load/async", test_load_async);

  return g_test_run ();
}
