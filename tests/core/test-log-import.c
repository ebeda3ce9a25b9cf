/* test-log-import.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fixture-util.h"
#include "regimen-core.h"

/* Pass 11: a row's place was searched for among every exercise of its
 * date for each new exercise or workout name, so a file of distinct
 * names over sessions that share a date took hours. A timing would be a
 * flaky test; /log-import/many-names counts the comparisons of text
 * instead. This file defines strcmp() itself (as test-ical.c defines
 * strlen()), so every call in the process, the core's (linked
 * statically) and GLib's, comes here. */
#if defined(__SANITIZE_ADDRESS__)
#define COUNTING_STRCMP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define COUNTING_STRCMP 0
#else
#define COUNTING_STRCMP 1
#endif
#else
#define COUNTING_STRCMP 1
#endif

static gsize strcmp_calls;

#if COUNTING_STRCMP
int
strcmp (const char *a,
        const char *b)
{
  /* Volatile, so that the compiler does not turn this loop back into a
   * call of strcmp(). */
  const volatile unsigned char *p = (const volatile unsigned char *) a;
  const volatile unsigned char *q = (const volatile unsigned char *) b;

  strcmp_calls++;
  while (*p != '\0' && *p == *q)
    {
      p++;
      q++;
    }

  return (int) *p - (int) *q;
}
#endif

static gboolean
import (RegimenPlan *plan,
        const char  *csv,
        GPtrArray   *unmatched,
        guint       *n_sets,
        GError     **error)
{
  return regimen_log_import_csv (plan, regimen_library_get_default (), csv, strlen (csv),
                                 REGIMEN_LOAD_UNIT_KG, unmatched, n_sets, error);
}

/* The export of a logged plan, read into it again after clearing its
 * logs, gives back every set; each session is one undo step. */
static void
test_round_trip (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(RegimenPlan) original = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = regimen_log_to_csv (plan, regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG, REGIMEN_LOG_CSV_STRONG);
  guint n_sets = 0;

  for (guint w = 0; w < 2; w++)
    for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
      if (regimen_day_get_n_sessions (regimen_plan_get_day (plan, w, d)) > 0)
        g_assert_true (regimen_plan_log_session (plan, regimen_plan_get_session (plan, w, d, 0), NULL));

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unmatched->len, ==, 0);
  g_assert_cmpuint (n_sets, ==, 13);

  for (guint w = 0; w < 2; w++)
    {
      const RegimenSessionLog *log = regimen_session_get_log (regimen_plan_get_session (plan, w, 0, 0));
      const RegimenSessionLog *before = regimen_session_get_log (regimen_plan_get_session (original, w, 0, 0));

      g_assert_nonnull (log);
      g_assert_cmpint (log->status, ==, REGIMEN_LOG_STATUS_DONE);
      g_assert_cmpuint (log->minutes, ==, 55);
      g_assert_cmpint (g_date_compare (&log->date, &before->date), ==, 0);
      g_assert_cmpuint (log->items->len, ==, before->items->len);
      for (guint i = 0; i < log->items->len; i++)
        {
          const RegimenItemLog *a = g_ptr_array_index (log->items, i);
          const RegimenItemLog *b = g_ptr_array_index (before->items, i);

          g_assert_cmpstr (a->item, ==, b->item);
          g_assert_cmpuint (a->sets->len, ==, b->sets->len);
          for (guint j = 0; j < a->sets->len; j++)
            {
              g_assert_cmpuint (g_array_index (a->sets, RegimenSetLog, j).reps, ==,
                                g_array_index (b->sets, RegimenSetLog, j).reps);
              g_assert_cmpfloat (g_array_index (a->sets, RegimenSetLog, j).load, ==,
                                 g_array_index (b->sets, RegimenSetLog, j).load);
              g_assert_cmpuint (g_array_index (a->sets, RegimenSetLog, j).hold_seconds, ==,
                                g_array_index (b->sets, RegimenSetLog, j).hold_seconds);
            }
        }
    }

  /* Week 2's Thursday was skipped: nothing of it in the file. */
  g_assert_null (regimen_session_get_log (regimen_plan_get_session (plan, 1, 3, 0)));

  /* Three sessions logged, one undo step that clears them all. */
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Import Log");
  g_assert_true (regimen_plan_undo (plan));
  for (guint w = 0; w < 2; w++)
    g_assert_null (regimen_session_get_log (regimen_plan_get_session (plan, w, 0, 0)));
  g_assert_null (regimen_session_get_log (regimen_plan_get_session (plan, 0, 3, 0)));
}

/* Hevy's columns, as export-csv --format hevy writes them, read back to
 * the very log they came from, byte for byte: two sessions on one day
 * (the evening one ending past midnight), two items of one exercise in
 * a session (a top set and back-off sets), notes with commas, quotes and
 * a line break. */
static void
test_hevy_round_trip (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-two-a-day.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = regimen_plan_to_data (plan, NULL);
  g_autofree char *after = NULL;
  g_autofree char *csv = regimen_log_to_csv (plan, regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG,
                                             REGIMEN_LOG_CSV_HEVY);
  g_autofree char *lb = regimen_log_to_csv (plan, regimen_library_get_default (), REGIMEN_LOAD_UNIT_LB,
                                            REGIMEN_LOG_CSV_HEVY);
  g_auto(GStrv) rows = g_strsplit (csv, "\r\n", -1);
  g_auto(GStrv) lb_rows = g_strsplit (lb, "\r\n", -1);
  guint n_sets = 0;

  g_assert_cmpstr (rows[0], ==, REGIMEN_LOG_CSV_HEVY_HEADER);
  g_assert_cmpstr (rows[1], ==,
                   "Morning,\"23 Nov 2026, 07:30\",\"23 Nov 2026, 08:25\",\"Top set, then back-off sets\","
                   "Barbell Back Squat,,\"Moved well, \"\"fast\"\"\",0,normal,110,3,,,");
  g_assert_cmpstr (rows[3], ==,
                   "Morning,\"23 Nov 2026, 07:30\",\"23 Nov 2026, 08:25\",\"Top set, then back-off sets\","
                   "Barbell Back Squat,,,1,normal,90,6,,,");
  g_assert_cmpstr (lb_rows[0], ==,
                   "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
                   "set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe");
  g_assert_true (g_str_has_suffix (lb_rows[1], ",0,normal,242.51,3,,,"));

  for (guint s = 0; s < 2; s++)
    g_assert_true (regimen_plan_log_session (plan, regimen_plan_get_session (plan, 0, 0, s), NULL));
  g_assert_true (regimen_plan_log_session (plan, regimen_plan_get_session (plan, 0, 1, 0), NULL));

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unmatched->len, ==, 0);
  g_assert_cmpuint (n_sets, ==, 11);

  after = regimen_plan_to_data (plan, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* Rows no session takes are reported by line; quoted fields keep their
 * commas and line breaks, and the line count follows them. */
static void
test_unmatched (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;
  const char *csv =
    "Exercise Name,Date,Weight,Reps,Seconds,Notes\r\n"
    "Barbell Back Squat,2026-11-23,120,2,,\"Felt strong,\nvery\"\r\n"
    "Push-Up,2026-11-23,,10,,\r\n"
    "\r\n"
    "Push-Up,yesterday,,10,,\r\n"
    "Push-Up,2026-11-26,,,,\r\n"
    "SIDE-PLANK-HIP-FLEXION,2026-11-23,,,30,\r\n"
    "Push-Up,1899-12-31,,10,,\r\n";
  const RegimenSessionLog *log;
  const RegimenItemLog *squat;

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 2);
  g_assert_cmpuint (unmatched->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==,
                   "line 4: no session on 2026-11-23 has the exercise “Push-Up”");
  g_assert_cmpstr (g_ptr_array_index (unmatched, 1), ==, "line 6: Date “yesterday” is not a date from 1900 to 2999");
  g_assert_cmpstr (g_ptr_array_index (unmatched, 2), ==, "line 7: the set has no reps and no seconds");
  /* The column and the bound are named (#21). */
  g_assert_cmpstr (g_ptr_array_index (unmatched, 3), ==, "line 9: Date “1899-12-31” is not a date from 1900 to 2999");

  log = regimen_session_get_log (regimen_plan_get_session (plan, 2, 0, 0));
  g_assert_nonnull (log);
  squat = regimen_session_log_find_item (log, "mon2squat1");
  g_assert_nonnull (squat);
  g_assert_cmpstr (squat->note, ==, "Felt strong,\nvery");
  g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 0).load, ==, 120);
  g_assert_cmpuint (g_array_index (regimen_session_log_find_item (log, "mon2plank1")->sets, RegimenSetLog, 0).hold_seconds,
                    ==, 30);
}

/* A field of megabytes (a pasted log in a name, a cell of digits) is
 * quoted to its first 80 characters in the line's message, whoever shows
 * it: the app's import dialog has no command line cutting it (#21, pass
 * 25b). */
static void
test_long_field_quoted (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("Exercise Name,Date,Weight,Reps,Seconds,Notes\n");
  g_autofree char *name = g_strnfill (100000, 'x');
  g_autofree char *date = g_strnfill (100000, 'y');
  g_autofree char *expected_name = NULL;
  g_autofree char *expected_date = NULL;
  g_autofree char *name80 = g_strnfill (80, 'x');
  g_autofree char *date80 = g_strnfill (80, 'y');
  guint n_sets = 0;

  g_string_append_printf (csv, "%s,2026-11-23,,10,,\n", name);
  g_string_append_printf (csv, "Push-Up,%s,,10,,\n", date);
  g_assert_true (import (plan, csv->str, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unmatched->len, ==, 2);
  expected_name = g_strdup_printf ("line 2: no session on 2026-11-23 has the exercise “%s…”", name80);
  expected_date = g_strdup_printf ("line 3: Date “%s…” is not a date from 1900 to 2999", date80);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==, expected_name);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 1), ==, expected_date);
}

/* Hevy's export (its own column names, set_index from 0, start_time as
 * “23 Nov 2026, 07:30”, weights in weight_kg whatever --unit says) reads
 * like Strong's: a second run of set_index from 0 goes to the next item;
 * the session's minutes are from start_time to end_time; distance,
 * set_type and rpe are not read. Pounds come in weight_lbs. */
static void
test_hevy (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;
  const char *csv =
    "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\","
    "\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\","
    "\"duration_seconds\",\"rpe\"\n"
    "\"Lower body\",\"23 Nov 2026, 07:30\",\"23 Nov 2026, 08:20\",\"Good day\",\"Barbell Back Squat\",,"
    "\"Belt on\",0,\"normal\",100,5,,,8\n"
    "\"Lower body\",\"23 Nov 2026, 07:30\",\"23 Nov 2026, 08:20\",\"Good day\",\"Barbell Back Squat\",,"
    "\"\",1,\"normal\",102.5,4,,,9\n"
    "\"Lower body\",\"23 Nov 2026, 07:30\",\"23 Nov 2026, 08:20\",\"Good day\",\"Side Plank with Hip Flexion\",,"
    "\"\",0,\"normal\",,,,28,\n"
    "\"Upper body\",\"2026-11-26 18:00:00\",\"2026-11-26 18:45:00\",\"\",\"Push-Up\",,\"\",0,\"normal\",,12,,,\n"
    "\"Upper body\",\"31 Nov 2026, 18:00\",\"\",\"\",\"Push-Up\",,\"\",0,\"normal\",,12,,,\n";
  const char *pounds =
    "title,start_time,end_time,exercise_title,set_index,weight_lbs,reps\n"
    "Lower body,\"30 Nov 2026, 07:00\",\"30 Nov 2026, 07:40\",Barbell Back Squat,0,225,5\n";
  const RegimenSessionLog *log;
  const RegimenItemLog *squat;

  /* --unit lb does not turn weight_kg into pounds. */
  g_assert_true (regimen_log_import_csv (plan, regimen_library_get_default (), csv, strlen (csv),
                                         REGIMEN_LOAD_UNIT_LB, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 4);
  g_assert_cmpuint (unmatched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==, "line 6: start_time “31 Nov 2026, 18:00” is not a date from 1900 to 2999");

  log = regimen_session_get_log (regimen_plan_get_session (plan, 2, 0, 0));
  g_assert_nonnull (log);
  g_assert_cmpint (log->status, ==, REGIMEN_LOG_STATUS_DONE);
  g_assert_cmpuint (log->minutes, ==, 50);
  g_assert_cmpstr (log->note, ==, "Good day");
  squat = regimen_session_log_find_item (log, "mon2squat1");
  g_assert_nonnull (squat);
  g_assert_cmpstr (squat->note, ==, "Belt on");
  g_assert_cmpuint (squat->sets->len, ==, 2);
  g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 0).load, ==, 100);
  g_assert_cmpint (g_array_index (squat->sets, RegimenSetLog, 0).unit, ==, REGIMEN_LOAD_UNIT_KG);
  g_assert_cmpuint (g_array_index (squat->sets, RegimenSetLog, 1).reps, ==, 4);
  g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 1).load, ==, 102.5);
  g_assert_cmpuint (g_array_index (regimen_session_log_find_item (log, "mon2plank1")->sets, RegimenSetLog, 0).hold_seconds,
                    ==, 28);

  log = regimen_session_get_log (regimen_plan_get_session (plan, 2, 3, 0));
  g_assert_nonnull (log);
  g_assert_cmpuint (log->minutes, ==, 45);
  g_assert_cmpuint (g_array_index (regimen_session_log_find_item (log, "thu2push01")->sets, RegimenSetLog, 0).reps,
                    ==, 12);

  g_ptr_array_set_size (unmatched, 0);
  g_assert_true (import (plan, pounds, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 1);
  log = regimen_session_get_log (regimen_plan_get_session (plan, 3, 0, 0));
  g_assert_nonnull (log);
  g_assert_cmpuint (log->minutes, ==, 40);
  squat = regimen_session_log_find_item (log, "mon3squat1");
  g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 0).load, ==, 225);
  g_assert_cmpint (g_array_index (squat->sets, RegimenSetLog, 0).unit, ==, REGIMEN_LOAD_UNIT_LB);

  /* A top set and back-off sets of one exercise: Hevy lists it twice,
   * each time from set_index 0; each list goes to its own item. */
  {
    const char *json =
      "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Top and back-off\",\"start_date\":\"2026-11-23\","
      "\"weeks\":[{\"days\":[{\"sessions\":[{\"id\":\"lower\",\"title\":\"Lower body\",\"kind\":\"strength\","
      "\"rpe\":7,\"minutes\":45,\"items\":[{\"id\":\"top\",\"exercise\":\"barbell-back-squat\",\"sets\":2,\"reps\":3},"
      "{\"id\":\"back\",\"exercise\":\"barbell-back-squat\",\"sets\":3,\"reps\":5}]}]},"
      "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}]}]}";
    const char *twice =
      "title,start_time,exercise_title,set_index,weight_kg,reps\n"
      "Lower body,\"23 Nov 2026, 07:30\",Barbell Back Squat,0,140,3\n"
      "Lower body,\"23 Nov 2026, 07:30\",Barbell Back Squat,1,140,3\n"
      "Lower body,\"23 Nov 2026, 07:30\",Barbell Back Squat,0,110,5\n"
      "Lower body,\"23 Nov 2026, 07:30\",Barbell Back Squat,1,110,5\n"
      "Lower body,\"23 Nov 2026, 07:30\",Barbell Back Squat,2,110,5\n";
    g_autoptr(RegimenPlan) split = regimen_plan_load_from_data (json, -1, &error);
    const RegimenItemLog *top;
    const RegimenItemLog *back;

    g_assert_no_error (error);
    g_ptr_array_set_size (unmatched, 0);
    g_assert_true (import (split, twice, unmatched, &n_sets, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_sets, ==, 5);
    log = regimen_session_get_log (regimen_plan_get_session (split, 0, 0, 0));
    top = regimen_session_log_find_item (log, "top");
    back = regimen_session_log_find_item (log, "back");
    g_assert_cmpuint (top->sets->len, ==, 2);
    g_assert_cmpuint (back->sets->len, ==, 3);
    g_assert_cmpfloat (g_array_index (top->sets, RegimenSetLog, 1).load, ==, 140);
    g_assert_cmpfloat (g_array_index (back->sets, RegimenSetLog, 0).load, ==, 110);
  }
}

/* Numbers are digits with at most one point, spaces around them allowed;
 * a row with another is left out by line and the rest imported. */
static void
test_numbers (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;
  const char *csv =
    "Date,Exercise Name,Weight,Reps,Seconds\n"
    "2026-11-23,Barbell Back Squat,0x10,5,\n"
    "2026-11-23,Barbell Back Squat,1e3,5,\n"
    "2026-11-23,Barbell Back Squat,1e-300,5,\n"
    "2026-11-23,Barbell Back Squat,1.2.5,5,\n"
    "2026-11-23,Barbell Back Squat,100,-5,\n"
    "2026-11-23,Barbell Back Squat,100,5.0,\n"
    "2026-11-23,Side Plank with Hip Flexion,,,0x1e\n"
    "2026-11-23,Barbell Back Squat, 100 , 5 ,\n"
    "2026-11-23,Barbell Back Squat,102.5 ,5,\n"
    "2026-11-23,Side Plank with Hip Flexion,,, 30 \n";
  const char *expected[] = {
    "line 2: the weight “0x10” is not a number from 0 to 2000",
    "line 3: the weight “1e3” is not a number from 0 to 2000",
    "line 4: the weight “1e-300” is not a number from 0 to 2000",
    "line 5: the weight “1.2.5” is not a number from 0 to 2000",
    "line 6: Reps “-5” is not a whole number from 0 to 1000",
    "line 7: Reps “5.0” is not a whole number from 0 to 1000",
    "line 8: Seconds “0x1e” is not a whole number from 0 to 360000",
  };
  const RegimenSessionLog *log;
  const RegimenItemLog *squat;

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 3);
  g_assert_cmpuint (unmatched->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (unmatched, i), ==, expected[i]);

  log = regimen_session_get_log (regimen_plan_get_session (plan, 2, 0, 0));
  squat = regimen_session_log_find_item (log, "mon2squat1");
  g_assert_cmpuint (squat->sets->len, ==, 2);
  g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 0).load, ==, 100);
  g_assert_cmpuint (g_array_index (squat->sets, RegimenSetLog, 0).reps, ==, 5);
  g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 1).load, ==, 102.5);
  g_assert_cmpuint (g_array_index (regimen_session_log_find_item (log, "mon2plank1")->sets, RegimenSetLog, 0).hold_seconds,
                    ==, 30);
}

/* A line break inside a quoted note is stored as LF, whether the file
 * wrote CRLF or a lone CR; the line count follows either. */
static void
test_quoted_line_breaks (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;
  const char *csv =
    "Date,Exercise Name,Weight,Reps,Notes,Workout Notes\r\n"
    "2026-11-23,Barbell Back Squat,100,5,\"Felt strong,\r\nvery\",\"Hot\rgym\"\r\n"
    "2026-11-23,Deadlift,100,5,,\r\n";
  const RegimenSessionLog *log;

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 1);
  log = regimen_session_get_log (regimen_plan_get_session (plan, 2, 0, 0));
  g_assert_cmpstr (regimen_session_log_find_item (log, "mon2squat1")->note, ==, "Felt strong,\nvery");
  g_assert_cmpstr (log->note, ==, "Hot\ngym");
  g_assert_cmpuint (unmatched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==,
                   "line 5: no session on 2026-11-23 has the exercise “Deadlift”");
}

/* A file that cannot be read leaves the plan as it was. */
static void
test_refused (void)
{
  const char *bad[][2] = {
    { "Date,Exercise Name,Weight\n2026-11-23,\"Push-Up,,\n", "line 2: a quoted field is not closed" },
    { "Date,Exercise,Weight\n", "line 1: the header has no “Exercise Name” column" },
    /* Which of two columns of one name would be read is a guess
     * (adversarial pass 15: the last one was, silently). */
    { "Date,Exercise Name,Weight,Reps,reps\n2026-11-09,Barbell Back Squat,100,5,7\n",
      "line 1: the header names the “Reps” column twice" },
    { "Date,Exercise Name,Weight,Reps\n2026-11-09,Barbell Back Squat,100,5\n2026-11-23,\"Push-Up,,\n",
      "line 3: a quoted field is not closed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
      g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autofree char *before = regimen_plan_to_data (plan, NULL);
      g_autofree char *after = NULL;
      guint n_sets = 7;

      g_assert_false (import (plan, bad[i][0], unmatched, &n_sets, &error));
      g_assert_cmpuint (n_sets, ==, 0);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, ==, bad[i][1]);
      after = regimen_plan_to_data (plan, NULL);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (regimen_plan_get_modified (plan));
    }
}

/* An empty file (whose bytes GLib gives as NULL) is refused like a file
 * without a header, not a crash (adversarial pass 8, A8a-5). */
static void
test_empty (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = g_bytes_new (NULL, 0);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  guint n_sets = 7;

  g_assert_false (regimen_log_import_csv (plan, regimen_library_get_default (), text, length,
                                          REGIMEN_LOAD_UNIT_KG, unmatched, &n_sets, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "line 1: the header has no “Date” column");
  g_assert_cmpuint (n_sets, ==, 0);
  g_assert_false (regimen_plan_get_modified (plan));
}

/* Exports the log of @plan_json's one logged session in both formats
 * with @library_json's exercises, clears it and imports the CSV again:
 * every one of @n_sets_expected sets comes back to its own item, and the plan is
 * as it was. The CSV holds each text of @in_csv (NULL-terminated, or
 * NULL). */
static void
assert_csv_round_trip (const char         *library_json,
                       const char         *plan_json,
                       guint               n_sets_expected,
                       const char * const *in_csv)
{
  const RegimenLogCsvFormat formats[] = { REGIMEN_LOG_CSV_STRONG, REGIMEN_LOG_CSV_HEVY };
  g_autoptr(GBytes) bytes = g_bytes_new_static (library_json, strlen (library_json));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) library = regimen_library_new_from_bytes (bytes, &error);

  g_assert_no_error (error);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (plan_json, -1, &error);
      g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *csv = NULL;
      guint n_sets = 0;

      g_assert_no_error (error);
      before = regimen_plan_to_data (plan, NULL);
      csv = regimen_log_to_csv (plan, library, REGIMEN_LOAD_UNIT_KG, formats[f]);
      for (guint i = 0; in_csv != NULL && in_csv[i] != NULL; i++)
        g_assert_nonnull (strstr (csv, in_csv[i]));
      g_assert_true (regimen_plan_log_session (plan, regimen_plan_get_session (plan, 0, 0, 0), NULL));
      g_assert_true (regimen_log_import_csv (plan, library, csv, strlen (csv), REGIMEN_LOAD_UNIT_KG,
                                             unmatched, &n_sets, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (unmatched->len, ==, 0);
      g_assert_cmpuint (n_sets, ==, n_sets_expected);
      after = regimen_plan_to_data (plan, NULL);
      g_assert_cmpstr (after, ==, before);
    }
}

/* Exercises one name apart only by case (a custom “burpee” beside the
 * built-in “Burpee”), named like another's id (“Pistol-Squat” beside
 * pistol-squat) or exactly alike, and notes that start with a ' the
 * person typed or with a line break: export and import give back every
 * set to its own exercise and every note as it was, in both formats
 * (adversarial pass 8, A8a-2 and A8a-6). */
#define EXERCISE(id, name) \
  "{\"id\":\"" id "\",\"name\":\"" name "\",\"category\":\"core\",\"primary_muscles\":[\"abdominals\"]," \
  "\"equipment\":[\"mat\"],\"level\":1,\"instructions\":{\"setup\":\"a\",\"movement\":\"b\",\"breathing\":\"c\"}}"

static void
test_names_and_notes_round_trip (void)
{
  static const char library_json[] =
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    EXERCISE ("burpee", "Burpee") "," EXERCISE ("custom-burp", "burpee") ","
    EXERCISE ("pistol-squat", "Pistol Squat") "," EXERCISE ("custom-ps", "Pistol-Squat") ","
    EXERCISE ("plank", "Plank") "," EXERCISE ("custom-plank", "Plank") "]}";
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"i1\",\"exercise\":\"burpee\"},{\"id\":\"i2\",\"exercise\":\"custom-burp\"},"
    "{\"id\":\"i3\",\"exercise\":\"pistol-squat\"},{\"id\":\"i4\",\"exercise\":\"custom-ps\"},"
    "{\"id\":\"i5\",\"exercise\":\"plank\"},{\"id\":\"i6\",\"exercise\":\"custom-plank\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"minutes\":45,\"items\":["
    "{\"item\":\"i2\",\"sets\":[{\"reps\":1},{\"reps\":2}],\"note\":\"'+1 rep next time\"},"
    "{\"item\":\"i3\",\"sets\":[{\"reps\":3}],\"note\":\"'=x\"},"
    "{\"item\":\"i4\",\"sets\":[{\"reps\":4},{\"reps\":5}],\"note\":\"\\nsecond line\"},"
    "{\"item\":\"i6\",\"sets\":[{\"reps\":6}],\"note\":\"'\\nquoted\"}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  assert_csv_round_trip (library_json, plan_json, 6, NULL);
}

/* Adversarial pass 13: a custom “Burpee” before the built-in “Burpee” in
 * a session, both logged. export-csv writes their ids, as the two share a
 * name, but the import matched the built-in's id “burpee” to the custom
 * exercise's name case aside first: both exercises' sets went to the
 * custom one, and the built-in's log was gone. An id as written now comes
 * before any name case aside. */
static void
test_shared_name_round_trip (void)
{
  static const char library_json[] =
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    EXERCISE ("burpee", "Burpee") "," EXERCISE ("custom-burpee", "Burpee") "]}";
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"i1\",\"exercise\":\"custom-burpee\"},{\"id\":\"i2\",\"exercise\":\"burpee\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"minutes\":45,\"items\":["
    "{\"item\":\"i1\",\"sets\":[{\"reps\":5}]},{\"item\":\"i2\",\"sets\":[{\"reps\":7}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  const char * const in_csv[] = { ",custom-burpee,", ",burpee,", NULL };

  assert_csv_round_trip (library_json, plan_json, 2, in_csv);
}

/* A custom exercise whose name holds a control character: the CSV writes
 * it as a space, so the name read back was no exercise's and the set was
 * left out (adversarial pass 15). Such a name is written as the id. */
static void
test_control_name_round_trip (void)
{
  static const char library_json[] =
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    EXERCISE ("custom-ctl", "Band\\u0001Pull") "," EXERCISE ("custom-c1", "Band\\u009bPull") ","
    EXERCISE ("custom-tab", "Band\\tPull") "]}";
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"i1\",\"exercise\":\"custom-ctl\"},{\"id\":\"i2\",\"exercise\":\"custom-c1\"},"
    "{\"id\":\"i3\",\"exercise\":\"custom-tab\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"minutes\":45,\"items\":["
    "{\"item\":\"i1\",\"sets\":[{\"reps\":1}]},{\"item\":\"i2\",\"sets\":[{\"reps\":2}]},"
    "{\"item\":\"i3\",\"sets\":[{\"reps\":3}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  /* A tab is kept in the file, so that name says its exercise. */
  const char * const in_csv[] = { ",custom-ctl,", ",custom-c1,", "Band\tPull", NULL };

  assert_csv_round_trip (library_json, plan_json, 3, in_csv);
}

/* Pass 31's leftover (#21, session 32): export-csv writes a control
 * picture a text holds itself after the mark ␀, so that a note's own ␛
 * comes back as it was; an exercise named with one (“Band␛Pull”) is
 * written by its id, as the name the file would hold is no exercise's. */
static void
test_picture_name_round_trip (void)
{
  static const char library_json[] =
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    EXERCISE ("custom-pic", "Band\u241bPull") "," EXERCISE ("custom-mark", "Band\u2400Pull") ","
    EXERCISE ("custom-tab-pic", "Band\u2409Pull") "]}";
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"i1\",\"exercise\":\"custom-pic\"},{\"id\":\"i2\",\"exercise\":\"custom-mark\"},"
    "{\"id\":\"i3\",\"exercise\":\"custom-tab-pic\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"minutes\":45,\"items\":["
    "{\"item\":\"i1\",\"sets\":[{\"reps\":1}]},{\"item\":\"i2\",\"sets\":[{\"reps\":2}]},"
    "{\"item\":\"i3\",\"sets\":[{\"reps\":3}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  /* The picture of a tab is no mark: that name says its exercise. */
  const char * const in_csv[] = { ",custom-pic,", ",custom-mark,", "Band\u2409Pull", NULL };

  assert_csv_round_trip (library_json, plan_json, 3, in_csv);
}

/* Pass 15's leftover (#21): a Hevy file with both weight_kg and
 * weight_lbs took weight_kg without a word. Hevy writes one of the two,
 * as the account is set: weight_kg is read, and a row whose weight_lbs
 * says another weight is refused, naming its line. */
static void
test_hevy_both_weights (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged-weeks.json");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;
  const char *csv =
    "title,start_time,exercise_title,set_index,weight_lbs,weight_kg,reps\n"
    "Lower body,\"30 Nov 2026, 07:00\",Barbell Back Squat,0,220.46,100,5\n"
    "Lower body,\"30 Nov 2026, 07:00\",Barbell Back Squat,1,150,100,5\n"
    "Lower body,\"30 Nov 2026, 07:00\",Barbell Back Squat,2,135,,5\n"
    "Lower body,\"30 Nov 2026, 07:00\",Barbell Back Squat,3,,,5\n";
  const RegimenItemLog *squat;

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 2);
  g_assert_cmpuint (unmatched->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==,
                   "line 3: weight_kg “100” and weight_lbs “150” are not one weight; "
                   "Hevy writes one of the two, so keep the column meant");
  g_assert_cmpstr (g_ptr_array_index (unmatched, 1), ==,
                   "line 4: weight_kg “” and weight_lbs “135” are not one weight; "
                   "Hevy writes one of the two, so keep the column meant");
  squat = regimen_session_log_find_item (regimen_session_get_log (regimen_plan_get_session (plan, 3, 0, 0)),
                                         "mon3squat1");
  g_assert_nonnull (squat);
  g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 0).load, ==, 100);
  g_assert_cmpint (g_array_index (squat->sets, RegimenSetLog, 0).unit, ==, REGIMEN_LOAD_UNIT_KG);
}

/* Pass 15's leftover (#21): an item of an exercise the library lacks,
 * whose id holds control characters (a plan written by hand, an exercise
 * deleted), failed the round trip: its rows did not read back. */
static void
test_control_id_round_trip (void)
{
  static const char library_json[] =
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    EXERCISE ("custom-tab", "Band\\tPull") "]}";
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"i1\",\"exercise\":\"gone\\u0001band\"},{\"id\":\"i2\",\"exercise\":\"gone\\u009bband\"},"
    "{\"id\":\"i3\",\"exercise\":\"gone\\tband\"},{\"id\":\"i4\",\"exercise\":\"custom-tab\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"minutes\":45,\"items\":["
    "{\"item\":\"i1\",\"sets\":[{\"reps\":1}]},{\"item\":\"i2\",\"sets\":[{\"reps\":2}]},"
    "{\"item\":\"i3\",\"sets\":[{\"reps\":3}]},{\"item\":\"i4\",\"sets\":[{\"reps\":4}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";

  assert_csv_round_trip (library_json, plan_json, 4, NULL);
}

/* Pass 13's leftover (#21): a custom exercise named exactly like another
 * exercise's id. The custom “Front Squat” shares its name with the
 * built-in one, so export-csv wrote its id, custom-front-squat-2, which
 * is the name of another custom exercise; a custom “Burpee” made the
 * built-in's rows say burpee, the name of a third; an item of an
 * exercise the library lacks (custom-gone, deleted) is written by its id,
 * the name of a fourth. The import read these as names first: each
 * exercise's sets went to the one so named, and the others' logs were
 * gone. Names that are an id are now written as ids, and an id as
 * written is read first. */
static void
test_name_like_an_id_round_trip (void)
{
  static const char library_json[] =
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    EXERCISE ("front-squat", "Front Squat") "," EXERCISE ("custom-front-squat-2", "Front Squat") ","
    EXERCISE ("custom-b", "custom-front-squat-2") ","
    EXERCISE ("burpee", "Burpee") "," EXERCISE ("custom-burpee", "Burpee") ","
    EXERCISE ("custom-burp", "burpee") "," EXERCISE ("custom-x", "custom-gone") "]}";
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"i1\",\"exercise\":\"custom-front-squat-2\"},{\"id\":\"i2\",\"exercise\":\"custom-b\"},"
    "{\"id\":\"i3\",\"exercise\":\"front-squat\"},{\"id\":\"i4\",\"exercise\":\"custom-burp\"},"
    "{\"id\":\"i5\",\"exercise\":\"burpee\"},{\"id\":\"i6\",\"exercise\":\"custom-burpee\"},"
    "{\"id\":\"i7\",\"exercise\":\"custom-gone\"},{\"id\":\"i8\",\"exercise\":\"custom-x\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"minutes\":45,\"items\":["
    "{\"item\":\"i1\",\"sets\":[{\"reps\":1}]},{\"item\":\"i2\",\"sets\":[{\"reps\":2}]},"
    "{\"item\":\"i3\",\"sets\":[{\"reps\":3}]},{\"item\":\"i4\",\"sets\":[{\"reps\":4}]},"
    "{\"item\":\"i5\",\"sets\":[{\"reps\":5}]},{\"item\":\"i6\",\"sets\":[{\"reps\":6}]},"
    "{\"item\":\"i7\",\"sets\":[{\"reps\":7}]},{\"item\":\"i8\",\"sets\":[{\"reps\":8}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  assert_csv_round_trip (library_json, plan_json, 8, NULL);
}

/* Pass 13's leftover (#21): a note longer than a log's 10,000 characters
 * refused the file with "the sets for “Strength” are beyond what a plan
 * can hold", naming neither the note, its line nor the bound. The line,
 * the column as the format names it and the bound are said; a note of
 * exactly 10,000 characters is taken. */
static void
test_long_notes (void)
{
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"i1\",\"exercise\":\"burpee\"}]}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  static const struct
  {
    const char *header;
    const char *row;      /* the note follows */
    const char *message;  /* NULL: imported */
    guint       length;
  } cases[] = {
    { "Date,Exercise Name,Weight,Reps,Notes", "2026-11-23,Burpee,,5,", NULL, 10000 },
    { "Date,Exercise Name,Weight,Reps,Notes", "2026-11-23,Burpee,,5,",
      "line 2: Notes has 10001 characters; a note holds at most 10000", 10001 },
    { "Date,Exercise Name,Weight,Reps,Workout Notes", "2026-11-23,Burpee,,5,",
      "line 2: Workout Notes has 10001 characters; a note holds at most 10000", 10001 },
    { "start_time,exercise_title,weight_kg,reps,exercise_notes", "2026-11-23 00:00:00,Burpee,,5,",
      "line 2: exercise_notes has 10001 characters; a note holds at most 10000", 10001 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (plan_json, -1, &error);
      g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *note = g_strnfill (cases[c].length, 'n');
      g_autofree char *csv = g_strconcat (cases[c].header, "\n", cases[c].row, note, "\n", NULL);
      guint n_sets = 0;

      g_assert_no_error (error);
      if (cases[c].message == NULL)
        {
          g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (n_sets, ==, 1);
          continue;
        }
      g_assert_false (import (plan, csv, unmatched, &n_sets, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, ==, cases[c].message);
      g_assert_false (regimen_plan_get_modified (plan));
    }
}

/* Adversarial pass 13: a morning and an evening session of one title
 * (two untitled strength sessions are both “Strength”) with the same
 * exercise, only the evening one logged. export-csv writes the evening's
 * time with its rows, but the import took the first session of the title
 * with the exercise: the evening's sets came back in the morning session.
 * The sessions at the row's time of day now come first. */
static void
test_time_of_day_round_trip (void)
{
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"am\",\"kind\":\"strength\",\"time\":\"07:30\",\"rpe\":7,\"minutes\":45,"
    "\"items\":[{\"id\":\"i1\",\"exercise\":\"barbell-back-squat\"}]},"
    "{\"id\":\"pm\",\"kind\":\"strength\",\"time\":\"18:00\",\"rpe\":7,\"minutes\":45,"
    "\"items\":[{\"id\":\"i2\",\"exercise\":\"barbell-back-squat\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"minutes\":45,\"items\":["
    "{\"item\":\"i2\",\"sets\":[{\"reps\":5,\"load\":100,\"unit\":\"kg\"},"
    "{\"reps\":5,\"load\":100,\"unit\":\"kg\"}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  const RegimenLogCsvFormat formats[] = { REGIMEN_LOG_CSV_STRONG, REGIMEN_LOG_CSV_HEVY };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (plan_json, -1, &error);
      g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *csv = NULL;
      guint n_sets = 0;

      g_assert_no_error (error);
      before = regimen_plan_to_data (plan, NULL);
      csv = regimen_log_to_csv (plan, regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG, formats[f]);
      g_assert_true (regimen_plan_log_session (plan, regimen_plan_get_session (plan, 0, 0, 1), NULL));
      g_assert_true (regimen_log_import_csv (plan, regimen_library_get_default (), csv, strlen (csv),
                                             REGIMEN_LOAD_UNIT_KG, unmatched, &n_sets, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (unmatched->len, ==, 0);
      g_assert_cmpuint (n_sets, ==, 2);
      after = regimen_plan_to_data (plan, NULL);
      g_assert_cmpstr (after, ==, before);
    }
}

/* Adversarial pass 13: a session at 23:00 on 31 December 2999, the last
 * day a plan's dates reach, logged as two hours long. Hevy's columns give
 * its length as its end, “1 Jan 3000, 01:00”, a day the import reads as
 * no date. A plan's weeks end by 2999-12-31 now (pass 43b), so no session
 * is planned on that day: one planned the week before and logged on it is
 * written so, and its file imported over it finds it by its date and
 * leaves it as it was. */
static void
test_last_day_round_trip (void)
{
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2999-12-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[]},"
    "{\"sessions\":[{\"id\":\"late\",\"kind\":\"strength\",\"time\":\"23:00\",\"rpe\":7,\"minutes\":30,"
    "\"items\":[{\"id\":\"i1\",\"exercise\":\"barbell-back-squat\"}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2999-12-31\",\"minutes\":120,\"items\":["
    "{\"item\":\"i1\",\"sets\":[{\"reps\":5}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (plan_json, -1, &error);
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *csv = NULL;
  guint n_sets = 0;

  g_assert_no_error (error);
  before = regimen_plan_to_data (plan, NULL);
  csv = regimen_log_to_csv (plan, regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG, REGIMEN_LOG_CSV_HEVY);
  g_assert_nonnull (strstr (csv, "\"1 Jan 3000, 01:00\""));
  g_assert_true (regimen_log_import_csv (plan, regimen_library_get_default (), csv, strlen (csv),
                                         REGIMEN_LOAD_UNIT_KG, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 1);
  after = regimen_plan_to_data (plan, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* Names and titles are compared normalised, then case-folded: a file
 * that spells “é” as “e” and a combining accent (as macOS names do, NFD)
 * finds the exercise and the session the plan spells with one character
 * (NFC), in capitals too. Case-folded alone, neither matched, and the
 * rows were left out (adversarial pass 11). */
static void
test_normalised_names (void)
{
  static const char library_json[] =
    "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
    EXERCISE ("cafe-squat", "Caf\xc3\xa9 Squat") "]}";
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"a\",\"title\":\"Other\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,"
    "\"items\":[{\"id\":\"i1\",\"exercise\":\"cafe-squat\"}]},"
    "{\"id\":\"b\",\"title\":\"S\xc3\xa9" "ance\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,"
    "\"items\":[{\"id\":\"i2\",\"exercise\":\"cafe-squat\"}]}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}";
  static const char csv[] =
    "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\r\n"
    "2026-11-23,Se\xcc\x81" "ance,CAFE\xcc\x81 SQUAT,1,20,5\r\n"
    "2026-11-23,Se\xcc\x81" "ance,CAFE\xcc\x81 SQUAT,2,20,4\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (library_json, strlen (library_json));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) library = regimen_library_new_from_bytes (bytes, &error);
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  const RegimenSessionLog *log;
  guint n_sets = 0;

  g_assert_no_error (error);
  plan = regimen_plan_load_from_data (plan_json, -1, &error);
  g_assert_no_error (error);

  g_assert_true (regimen_log_import_csv (plan, library, csv, strlen (csv), REGIMEN_LOAD_UNIT_KG,
                                         unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unmatched->len, ==, 0);
  g_assert_cmpuint (n_sets, ==, 2);

  /* The second session, by its title. */
  g_assert_null (regimen_session_get_log (regimen_plan_get_session (plan, 0, 0, 0)));
  log = regimen_session_get_log (regimen_plan_get_session (plan, 0, 0, 1));
  g_assert_nonnull (log);
  g_assert_cmpuint (log->items->len, ==, 1);
  g_assert_cmpuint (((const RegimenItemLog *) g_ptr_array_index (log->items, 0))->sets->len, ==, 2);
}

/* Every row the export writes has a date the import reads: a session
 * logged without a date needs the plan's start date for its planned day,
 * and that day must not be after 2999 (adversarial pass 8, A8a-11 and
 * A8a-4). */
static void
test_export_dates (void)
{
  static const char plan_json[] =
    "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[%s,{\"days\":["
    "{\"sessions\":[{\"title\":\"Late\",\"kind\":\"strength\",\"rpe\":7,\"items\":[{\"id\":\"i\","
    "\"exercise\":\"push-up\"}],\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"i\",\"sets\":[{\"reps\":5}]}]}}]},"
    "{},{},{},{},{},{}]}]}";
  const char *empty_week = "{\"days\":[{},{},{},{},{},{},{}]}";
  g_autofree char *json = g_strdup_printf (plan_json, empty_week);
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(GError) error = NULL;
  GDate start;

  g_assert_nonnull (plan);
  g_assert_false (regimen_log_csv_check_dates (plan, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "“Late” (week 2, Mon) is logged without a date and the plan "
                                                   "has no start date"));
  g_clear_error (&error);

  /* Week 2 of a plan from 2999-12-16 is in 2999; the plan takes no later
   * start, whose week 2 would end in 3000 (pass 43b). */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 16, G_DATE_DECEMBER, 2999);
  g_assert_true (regimen_plan_set_start_date (plan, &start));
  g_assert_true (regimen_log_csv_check_dates (plan, &error));
  g_assert_no_error (error);
  g_date_set_dmy (&start, 23, G_DATE_DECEMBER, 2999);
  g_assert_false (regimen_plan_set_start_date (plan, &start));
}

/* A plan of one push-up session on each day of a week, none logged. */
static RegimenPlan *
push_up_week (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\","
                                          "\"weeks\":[{\"days\":[");
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan;

  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    g_string_append_printf (json, "%s{\"sessions\":[{\"id\":\"day%u\",\"kind\":\"strength\",\"rpe\":7,"
                            "\"minutes\":45,\"items\":[{\"id\":\"push%u\",\"exercise\":\"push-up\",\"sets\":3,"
                            "\"reps\":10}]}]}", d > 0 ? "," : "", d, d);
  g_string_append (json, "]}]}");
  plan = regimen_plan_load_from_data (json->str, -1, &error);
  g_assert_no_error (error);
  return plan;
}

/* A duration that is not one a session can have — a sign, a number too
 * large for a session, a timer left running — leaves the session's
 * minutes as planned (0) instead of becoming ten hours; one written as
 * export-csv and Strong write it is read, with or without its space. */
static void
test_odd_durations (void)
{
  g_autoptr(RegimenPlan) plan = push_up_week ();
  g_autoptr(RegimenPlan) hevy_plan = push_up_week ();
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;
  const char *csv =
    "Date,Duration,Exercise Name,Set Order,Weight,Reps\n"
    "2026-11-23 07:00:00,-5m,Push-Up,1,,10\n"
    "2026-11-24 07:00:00,99999999h,Push-Up,1,,10\n"
    "2026-11-25 07:00:00,1h 99999999999m,Push-Up,1,,10\n"
    "2026-11-26 07:00:00,601m,Push-Up,1,,10\n"
    "2026-11-27 07:00:00,10h,Push-Up,1,,10\n"
    "2026-11-28 07:00:00,1h 5m,Push-Up,1,,10\n"
    "2026-11-29 07:00:00,1h5m,Push-Up,1,,10\n";
  const guint expected[REGIMEN_DAYS_PER_WEEK] = { 0, 0, 0, 0, 600, 65, 65 };
  const char *hevy =
    "title,start_time,end_time,exercise_title,set_index,weight_kg,reps\n"
    ",\"23 Nov 2026, 07:30\",\"23 Nov 2026, 07:00\",Push-Up,0,,10\n"
    ",\"24 Nov 2026, 23:30\",\"25 Nov 2026, 00:20\",Push-Up,0,,10\n"
    ",\"25 Nov 2026, 07:30\",\"26 Nov 2026, 08:00\",Push-Up,0,,10\n"
    ",\"26 Nov 2026, 07:30\",\"25 Nov 2026, 07:40\",Push-Up,0,,10\n"
    ",\"27 Nov 2026, 07:30\",\"27 Nov 2026, 08:10\",Push-Up,0,,10\n";

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, REGIMEN_DAYS_PER_WEEK);
  for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
    g_assert_cmpuint (regimen_session_get_log (regimen_plan_get_session (plan, 0, d, 0))->minutes, ==, expected[d]);

  /* Hevy's end is a day and a time: an end before the start, or a day
   * and half an hour after it (a timer left running), is no session's
   * length (A8a-9); past midnight it is. */
  g_assert_true (import (hevy_plan, hevy, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (regimen_session_get_log (regimen_plan_get_session (hevy_plan, 0, 0, 0))->minutes, ==, 0);
  g_assert_cmpuint (regimen_session_get_log (regimen_plan_get_session (hevy_plan, 0, 1, 0))->minutes, ==, 50);
  g_assert_cmpuint (regimen_session_get_log (regimen_plan_get_session (hevy_plan, 0, 2, 0))->minutes, ==, 0);
  g_assert_cmpuint (regimen_session_get_log (regimen_plan_get_session (hevy_plan, 0, 3, 0))->minutes, ==, 0);
  g_assert_cmpuint (regimen_session_get_log (regimen_plan_get_session (hevy_plan, 0, 4, 0))->minutes, ==, 40);
}

/* A line of more fields than any export has is refused with its line
 * before it can take memory out of proportion to the file. */
static void
test_many_fields (void)
{
  g_autoptr(RegimenPlan) plan = push_up_week ();
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("Date,Exercise Name,Weight,Reps\n2026-11-23,Push-Up,,10");
  guint n_sets = 0;

  for (guint i = 0; i < REGIMEN_LOG_CSV_MAX_FIELDS - 4; i++)
    g_string_append_c (csv, ',');
  g_assert_true (import (plan, csv->str, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 1);

  g_string_append (csv, ",\n");
  g_assert_false (import (plan, csv->str, unmatched, &n_sets, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "line 2: more than 1000 fields");
  g_assert_cmpuint (n_sets, ==, 0);
}

/* A time after the day must be a time of day: a date cell with anything
 * else after its day is no date (adv-pass-6 A7). */
static void
test_date_with_time (void)
{
  g_autoptr(RegimenPlan) plan = push_up_week ();
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;
  const char *csv =
    "Date,Exercise Name,Set Order,Weight,Reps\n"
    "2026-11-23,Push-Up,1,,10\n"
    "2026-11-24 07:30,Push-Up,1,,10\n"
    "2026-11-25 23:59:59,Push-Up,1,,10\n"
    "2026-11-26T07:30:00,Push-Up,1,,10\n"
    "2026-11-27 25:61:61,Push-Up,1,,10\n"
    "2026-11-27 00:00:00 extra,Push-Up,1,,10\n"
    "2026-11-27x,Push-Up,1,,10\n"
    "2026-11-27 7:30,Push-Up,1,,10\n";
  const char *hevy =
    "title,start_time,exercise_title,set_index,weight_kg,reps\n"
    ",\"28 Nov 2026, 07:30\",Push-Up,0,,10\n"
    ",\"29 Nov 2026\",Push-Up,0,,10\n"
    ",\"29 Nov 2026, soon\",Push-Up,0,,10\n";

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 4);
  g_assert_cmpuint (unmatched->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==, "line 6: Date “2026-11-27 25:61:61” is not a date from 1900 to 2999");
  g_assert_cmpstr (g_ptr_array_index (unmatched, 1), ==, "line 7: Date “2026-11-27 00:00:00 extra” is not a date from 1900 to 2999");
  g_assert_cmpstr (g_ptr_array_index (unmatched, 2), ==, "line 8: Date “2026-11-27x” is not a date from 1900 to 2999");
  g_assert_cmpstr (g_ptr_array_index (unmatched, 3), ==, "line 9: Date “2026-11-27 7:30” is not a date from 1900 to 2999");
  g_assert_null (regimen_session_get_log (regimen_plan_get_session (plan, 0, 4, 0)));

  g_ptr_array_set_size (unmatched, 0);
  g_assert_true (import (plan, hevy, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 2);
  g_assert_cmpuint (unmatched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==, "line 4: start_time “29 Nov 2026, soon” is not a date from 1900 to 2999");
}

/* Rows of 500 exercise and workout names that no session has, over 500
 * exercises of one day (of some fifty kinds): each row is placed (here:
 * refused) by looking its names up, not by comparing them with every
 * exercise of the day (about 1,500 comparisons a row, 750,000 in all,
 * before). A row that matches still goes where it did. */
static void
test_many_names (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"regimen-plan\", \"version\": 1, "
                                          "\"start_date\": \"2026-11-23\", \"weeks\": [{\"days\": [{\"sessions\": [");
  g_autoptr(GString) csv = g_string_new ("Date,Workout Name,Exercise Name,Weight,Reps\n");
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  GListModel *library = G_LIST_MODEL (regimen_library_get_default ());
  guint n_exercises = g_list_model_get_n_items (library);
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const RegimenSessionLog *log;
  guint n_sets = 0;
  gsize calls;

  for (guint s = 0; s < 5; s++)
    {
      g_string_append_printf (text, "%s{\"title\": \"S%u\", \"kind\": \"strength\", \"rpe\": 5, \"items\": [",
                              s > 0 ? ", " : "", s);
      /* Push-ups, then the library's exercises in turn: many names. */
      for (guint i = 0; i < 100; i++)
        {
          g_autoptr(RegimenExercise) exercise = g_list_model_get_item (library, i % n_exercises);

          g_string_append_printf (text, "%s{\"exercise\": \"%s\"}", i > 0 ? ", " : "",
                                  i == 0 ? "push-up" : regimen_exercise_get_id (exercise));
        }
      g_string_append (text, "]}");
    }
  g_string_append (text, "]}, {}, {}, {}, {}, {}, {}]}]}");
  plan = regimen_plan_load_from_data (text->str, text->len, &error);
  g_assert_no_error (error);

  for (guint row = 0; row < 500; row++)
    g_string_append_printf (csv, "2026-11-23,Workout %u,Exercise %u,,10\n", row, row);
  g_string_append (csv, "2026-11-23,S3,Push-Up,,12\n");

  strcmp_calls = 0;
  g_assert_true (import (plan, csv->str, unmatched, &n_sets, &error));
  calls = strcmp_calls;
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 1);
  g_assert_cmpuint (unmatched->len, ==, 500);
  if (COUNTING_STRCMP)
    g_assert_cmpuint (calls, <, 20000);

  log = regimen_session_get_log (regimen_plan_get_session (plan, 0, 0, 3));
  g_assert_nonnull (log);
  g_assert_cmpuint (log->items->len, ==, 1);
  g_assert_cmpstr (((RegimenItemLog *) g_ptr_array_index (log->items, 0))->item, ==,
                   regimen_item_get_id (regimen_plan_get_item (plan, 0, 0, 3, 0)));
}

/* Each row repeats its session's title and note, so a plan of a few
 * megabytes asked for gigabytes of rows, built whole before export-csv
 * measured them (adversarial pass 12). The rows stop as soon as they
 * pass the length asked for. */
static void
test_export_within (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\","
                                          "\"weeks\":[{\"days\":[{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\","
                                          "\"rpe\":7,\"title\":\"");
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *cut = NULL;
  guint rows = 0;

  for (guint i = 0; i < 2000; i++)
    g_string_append_c (json, 'T');
  g_string_append (json, "\",\"items\":[");
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (json, "%s{\"id\":\"i%u\",\"exercise\":\"push-up\"}", i > 0 ? "," : "", i);
  g_string_append (json, "],\"log\":{\"status\":\"done\",\"items\":[");
  for (guint i = 0; i < 20; i++)
    {
      g_string_append_printf (json, "%s{\"item\":\"i%u\",\"sets\":[", i > 0 ? "," : "", i);
      for (guint j = 0; j < REGIMEN_LOG_MAX_SETS; j++)
        g_string_append_printf (json, "%s{\"reps\":1}", j > 0 ? "," : "");
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}}]},{},{},{},{},{},{}]}]}");
  plan = regimen_plan_load_from_data (json->str, -1, &error);
  g_assert_no_error (error);

  /* 2000 rows of more than 2000 bytes each. */
  whole = regimen_log_to_csv (plan, NULL, REGIMEN_LOAD_UNIT_KG, REGIMEN_LOG_CSV_STRONG);
  for (const char *p = whole; (p = strstr (p, "\r\n")) != NULL; p += 2)
    rows++;
  g_assert_cmpuint (rows, ==, 1 + 20 * REGIMEN_LOG_MAX_SETS);
  g_assert_cmpuint (strlen (whole), >, 4000000);

  cut = regimen_log_to_csv_within (plan, NULL, REGIMEN_LOAD_UNIT_KG, REGIMEN_LOG_CSV_STRONG, 1024 * 1024, &error);
  g_assert_null (cut);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);

  cut = regimen_log_to_csv_within (plan, NULL, REGIMEN_LOAD_UNIT_KG, REGIMEN_LOG_CSV_HEVY, strlen (whole) * 2,
                                   &error);
  g_assert_no_error (error);
  g_assert_nonnull (cut);
}

/* The rows no session takes are told by their first messages and then
 * only counted: a 16 MB file of eight million short rows of another plan
 * kept a message for each, 470 MB (adversarial pass 12). */
static void
test_unmatched_counted (void)
{
  g_autoptr(RegimenPlan) plan = push_up_week ();
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) csv = g_string_new ("Date,Exercise Name,Weight,Reps\n");
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;

  for (guint i = 0; i < REGIMEN_LOG_CSV_UNMATCHED_TOLD + 10; i++)
    g_string_append (csv, "x,Push-Up,,10\n");
  g_string_append (csv, "2026-11-23,Push-Up,,10\n");

  g_assert_true (import (plan, csv->str, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 1);
  g_assert_cmpuint (unmatched->len, ==, REGIMEN_LOG_CSV_UNMATCHED_TOLD + 10);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==, "line 2: Date “x” is not a date from 1900 to 2999");
  g_assert_cmpstr (g_ptr_array_index (unmatched, REGIMEN_LOG_CSV_UNMATCHED_TOLD - 1), ==,
                   "line 51: Date “x” is not a date from 1900 to 2999");
  for (guint i = REGIMEN_LOG_CSV_UNMATCHED_TOLD; i < unmatched->len; i++)
    g_assert_null (g_ptr_array_index (unmatched, i));
}

/* Interval rounds are written as rounds × work seconds: 100 rounds of an
 * hour's work are 360000 seconds, which import-csv refused as more than
 * a hold may last, losing the set on the way back (adversarial pass
 * 12). Read for an interval; for any other exercise still refused. */
static void
test_long_intervals_round_trip (void)
{
  const char *json =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"cardio\",\"rpe\":5,\"items\":["
    "{\"id\":\"ride\",\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":3600,\"rest_seconds\":60,"
    "\"rounds\":100}},{\"id\":\"hold\",\"exercise\":\"push-up\",\"hold_seconds\":20}],"
    "\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"ride\",\"sets\":[{\"rounds\":100},{\"rounds\":3}]}]}}]},"
    "{},{},{},{},{},{}]}]}";
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  RegimenSession *session;
  const RegimenItemLog *ride;
  guint n_sets = 0;

  g_assert_nonnull (plan);
  session = regimen_plan_get_session (plan, 0, 0, 0);
  csv = regimen_log_to_csv (plan, regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG, REGIMEN_LOG_CSV_STRONG);
  g_assert_nonnull (strstr (csv, ",360000,"));
  regimen_plan_log_session (plan, session, NULL);

  g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (unmatched->len, ==, 0);
  g_assert_cmpuint (n_sets, ==, 2);
  ride = regimen_session_log_find_item (regimen_session_get_log (session), "ride");
  g_assert_cmpuint (ride->sets->len, ==, 2);
  g_assert_cmpuint (g_array_index (ride->sets, RegimenSetLog, 0).rounds, ==, 100);
  g_assert_cmpuint (g_array_index (ride->sets, RegimenSetLog, 1).rounds, ==, 3);

  g_assert_true (import (plan, "Date,Exercise Name,Weight,Seconds\n2026-11-23,Push-Up,,36001\n"
                                "2026-11-23,Burpee,,7200\n", unmatched, &n_sets, &error));
  g_assert_cmpuint (n_sets, ==, 1);
  g_assert_cmpuint (unmatched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==,
                   "line 2: Seconds 36001 is longer than a hold can be (36000 seconds)");
}

/* Seconds on an interval item read back as rounds whatever they were: a
 * hold of 45 s on rounds of 30 s came back as 2 rounds, and 2 rounds
 * beside 10 reps as a hold of 60 s (pass 12 left). A whole number of
 * rounds is read as rounds, beside reps too, as export-csv writes them;
 * any other number of seconds as the hold it was. */
static void
test_interval_holds_round_trip (void)
{
  const char *json =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"cardio\",\"rpe\":5,\"items\":["
    "{\"id\":\"ride\",\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":30,"
    "\"rounds\":8}}],"
    "\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"ride\",\"sets\":[{\"hold_seconds\":45},"
    "{\"rounds\":3},{\"reps\":10,\"rounds\":2},{\"hold_seconds\":7},{\"rounds\":100}]}]}}]},"
    "{},{},{},{},{},{}]}]}";
  const RegimenLogCsvFormat formats[] = { REGIMEN_LOG_CSV_STRONG, REGIMEN_LOG_CSV_HEVY };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
      g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenSessionLog) logged = NULL;
      g_autofree char *csv = NULL;
      RegimenSession *session;
      const RegimenItemLog *ride;
      const RegimenItemLog *before;
      guint n_sets = 0;

      g_assert_nonnull (plan);
      session = regimen_plan_get_session (plan, 0, 0, 0);
      logged = regimen_session_log_copy (regimen_session_get_log (session));
      csv = regimen_log_to_csv (plan, regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG, formats[f]);
      regimen_plan_log_session (plan, session, NULL);

      g_assert_true (import (plan, csv, unmatched, &n_sets, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (unmatched->len, ==, 0);
      g_assert_cmpuint (n_sets, ==, 5);
      ride = regimen_session_log_find_item (regimen_session_get_log (session), "ride");
      before = regimen_session_log_find_item (logged, "ride");
      g_assert_cmpuint (ride->sets->len, ==, before->sets->len);
      for (guint i = 0; i < before->sets->len; i++)
        {
          const RegimenSetLog *a = &g_array_index (ride->sets, RegimenSetLog, i);
          const RegimenSetLog *b = &g_array_index (before->sets, RegimenSetLog, i);

          g_assert_cmpuint (a->reps, ==, b->reps);
          g_assert_cmpuint (a->hold_seconds, ==, b->hold_seconds);
          g_assert_cmpuint (a->rounds, ==, b->rounds);
        }
    }
}

static void
assert_set_load (const RegimenItemLog *item_log,
                 guint                 i,
                 double                load,
                 RegimenLoadUnit       unit)
{
  const RegimenSetLog *set = &g_array_index (item_log->sets, RegimenSetLog, i);

  g_assert_cmpfloat_with_epsilon (set->load, load, 1e-9);
  g_assert_cmpint (set->unit, ==, unit);
}

/* A set may hold 2000 in its own unit: 2000 kg exported in pounds is
 * 4409.25 lb, which import-csv refused as more than 2000, losing the set
 * on the way back (pass 12 left). Pounds up to 2000 kg's worth are read,
 * those beyond 2000 lb kept in kilograms to the hundredth, so each set
 * reads back as it was logged, whichever unit the file is in; a weight
 * past the file unit's limit is refused with that limit. */
static void
test_heavy_loads_round_trip (void)
{
  const char *json =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":5,\"items\":["
    "{\"id\":\"squat\",\"exercise\":\"barbell-back-squat\",\"sets\":4,\"reps\":1}],"
    "\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"squat\",\"sets\":["
    "{\"reps\":1,\"load\":2000,\"unit\":\"kg\"},{\"reps\":1,\"load\":1999.99,\"unit\":\"kg\"},"
    "{\"reps\":1,\"load\":2000,\"unit\":\"lb\"},{\"reps\":1,\"load\":907.18,\"unit\":\"kg\"}]}]}}]},"
    "{},{},{},{},{},{}]}]}";
  const RegimenLoadUnit units[] = { REGIMEN_LOAD_UNIT_LB, REGIMEN_LOAD_UNIT_KG };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
      g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autofree char *csv = NULL;
      RegimenSession *session;
      const RegimenItemLog *squat;
      const char *edges;
      guint n_sets = 0;

      g_assert_nonnull (plan);
      session = regimen_plan_get_session (plan, 0, 0, 0);
      csv = regimen_log_to_csv (plan, regimen_library_get_default (), units[u], REGIMEN_LOG_CSV_STRONG);
      regimen_plan_log_session (plan, session, NULL);

      g_assert_true (regimen_log_import_csv (plan, regimen_library_get_default (), csv, strlen (csv), units[u],
                                             unmatched, &n_sets, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (unmatched->len, ==, 0);
      g_assert_cmpuint (n_sets, ==, 4);
      squat = regimen_session_log_find_item (regimen_session_get_log (session), "squat");
      if (units[u] == REGIMEN_LOAD_UNIT_LB)
        {
          g_assert_nonnull (strstr (csv, ",4409.25,"));
          assert_set_load (squat, 0, 2000, REGIMEN_LOAD_UNIT_KG);
          assert_set_load (squat, 1, 1999.99, REGIMEN_LOAD_UNIT_KG);
          assert_set_load (squat, 2, 2000, REGIMEN_LOAD_UNIT_LB);
          /* Under 2000 lb a set keeps the file's unit, as any other. */
          assert_set_load (squat, 3, 1999.99, REGIMEN_LOAD_UNIT_LB);
        }
      else
        {
          assert_set_load (squat, 0, 2000, REGIMEN_LOAD_UNIT_KG);
          assert_set_load (squat, 1, 1999.99, REGIMEN_LOAD_UNIT_KG);
          assert_set_load (squat, 2, 907.18, REGIMEN_LOAD_UNIT_KG);
          assert_set_load (squat, 3, 907.18, REGIMEN_LOAD_UNIT_KG);
        }
      g_assert_true (regimen_session_log_is_valid (regimen_session_get_log (session)));

      /* The edges: the file unit's limit is read, a hundredth more is not. */
      edges = units[u] == REGIMEN_LOAD_UNIT_LB
                ? "Date,Exercise Name,Weight,Reps\n2026-11-23,Barbell Back Squat,4409.25,1\n"
                  "2026-11-23,Barbell Back Squat,4409.26,1\n2026-11-23,Barbell Back Squat,2000.01,1\n"
                : "Date,Exercise Name,Weight,Reps\n2026-11-23,Barbell Back Squat,2000,1\n"
                  "2026-11-23,Barbell Back Squat,2000.01,1\n";
      g_assert_true (regimen_log_import_csv (plan, regimen_library_get_default (), edges, strlen (edges), units[u],
                                             unmatched, &n_sets, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (unmatched->len, ==, 1);
      squat = regimen_session_log_find_item (regimen_session_get_log (session), "squat");
      assert_set_load (squat, 0, 2000, REGIMEN_LOAD_UNIT_KG);
      if (units[u] == REGIMEN_LOAD_UNIT_LB)
        {
          g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==,
                           "line 3: the weight “4409.26” is not a number from 0 to 4409.25");
          g_assert_cmpuint (squat->sets->len, ==, 2);
          assert_set_load (squat, 1, 907.19, REGIMEN_LOAD_UNIT_KG);
        }
      else
        {
          g_assert_cmpstr (g_ptr_array_index (unmatched, 0), ==,
                           "line 3: the weight “2000.01” is not a number from 0 to 2000");
          g_assert_cmpuint (squat->sets->len, ==, 1);
        }
    }
}

/* A set logged in the file's unit reads back as it was logged: loads
 * were written to the hundredth whatever their unit, so 42.125 kg came
 * back as 42.13 and 0.001 kg as 0 (adversarial pass 15). A load of -0,
 * which the ranges admit, is read as 0: it was exported as "-0", which
 * import-csv refuses, and the set was lost on the way back. */
static void
test_exact_loads_round_trip (void)
{
  const char *json =
    "{\"format\":\"regimen-plan\",\"version\":1,\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"s\",\"kind\":\"strength\",\"rpe\":5,\"items\":["
    "{\"id\":\"squat\",\"exercise\":\"barbell-back-squat\",\"sets\":4,\"reps\":1,\"load_kg\":-0.0}],"
    "\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"squat\",\"sets\":["
    "{\"reps\":1,\"load\":42.125,\"unit\":\"kg\"},{\"reps\":1,\"load\":0.001,\"unit\":\"kg\"},"
    "{\"reps\":1,\"load\":-0.0,\"unit\":\"kg\"},{\"reps\":1,\"load\":1999.999,\"unit\":\"lb\"}]}]}}]},"
    "{},{},{},{},{},{}]}]}";
  const RegimenLoadUnit units[] = { REGIMEN_LOAD_UNIT_KG, REGIMEN_LOAD_UNIT_LB };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, NULL);
      g_autoptr(GPtrArray) unmatched = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autofree char *csv = NULL;
      RegimenSession *session;
      const RegimenItemLog *squat;
      guint n_sets = 0;

      g_assert_nonnull (plan);
      session = regimen_plan_get_session (plan, 0, 0, 0);
      g_assert_false (signbit (regimen_item_get_load_kg (regimen_plan_get_item (plan, 0, 0, 0, 0))));
      csv = regimen_log_to_csv (plan, regimen_library_get_default (), units[u], REGIMEN_LOG_CSV_STRONG);
      g_assert_null (strstr (csv, ",-0,"));
      regimen_plan_log_session (plan, session, NULL);

      g_assert_true (regimen_log_import_csv (plan, regimen_library_get_default (), csv, strlen (csv), units[u],
                                             unmatched, &n_sets, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (unmatched->len, ==, 0);
      g_assert_cmpuint (n_sets, ==, 4);
      squat = regimen_session_log_find_item (regimen_session_get_log (session), "squat");
      if (units[u] == REGIMEN_LOAD_UNIT_KG)
        {
          g_assert_nonnull (strstr (csv, ",42.125,"));
          g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 0).load, ==, 42.125);
          g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 1).load, ==, 0.001);
          assert_set_load (squat, 2, 0, REGIMEN_LOAD_UNIT_KG);
          /* Converted from pounds: to the hundredth, as before. */
          assert_set_load (squat, 3, 907.18, REGIMEN_LOAD_UNIT_KG);
        }
      else
        {
          g_assert_nonnull (strstr (csv, ",1999.999,"));
          g_assert_cmpfloat (g_array_index (squat->sets, RegimenSetLog, 3).load, ==, 1999.999);
          g_assert_cmpint (g_array_index (squat->sets, RegimenSetLog, 3).unit, ==, REGIMEN_LOAD_UNIT_LB);
          assert_set_load (squat, 0, 92.87, REGIMEN_LOAD_UNIT_LB);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/log-import/round-trip", test_round_trip);
  g_test_add_func ("/log-import/unmatched", test_unmatched);
  g_test_add_func ("/log-import/long-field-quoted", test_long_field_quoted);
  g_test_add_func ("/log-import/long-intervals-round-trip", test_long_intervals_round_trip);
  g_test_add_func ("/log-import/heavy-loads-round-trip", test_heavy_loads_round_trip);
  g_test_add_func ("/log-import/exact-loads-round-trip", test_exact_loads_round_trip);
  g_test_add_func ("/log-import/interval-holds-round-trip", test_interval_holds_round_trip);
  g_test_add_func ("/log-import/unmatched-counted", test_unmatched_counted);
  g_test_add_func ("/log-import/refused", test_refused);
  g_test_add_func ("/log-import/empty", test_empty);
  g_test_add_func ("/log-import/names-and-notes-round-trip", test_names_and_notes_round_trip);
  g_test_add_func ("/log-import/shared-name-round-trip", test_shared_name_round_trip);
  g_test_add_func ("/log-import/control-name-round-trip", test_control_name_round_trip);
  g_test_add_func ("/log-import/picture-name-round-trip", test_picture_name_round_trip);
  g_test_add_func ("/log-import/control-id-round-trip", test_control_id_round_trip);
  g_test_add_func ("/log-import/name-like-an-id-round-trip", test_name_like_an_id_round_trip);
  g_test_add_func ("/log-import/long-notes", test_long_notes);
  g_test_add_func ("/log-import/time-of-day-round-trip", test_time_of_day_round_trip);
  g_test_add_func ("/log-import/last-day-round-trip", test_last_day_round_trip);
  g_test_add_func ("/log-import/normalised-names", test_normalised_names);
  g_test_add_func ("/log-import/export-dates", test_export_dates);
  g_test_add_func ("/log-import/numbers", test_numbers);
  g_test_add_func ("/log-import/hevy", test_hevy);
  g_test_add_func ("/log-import/hevy-round-trip", test_hevy_round_trip);
  g_test_add_func ("/log-import/hevy-both-weights", test_hevy_both_weights);
  g_test_add_func ("/log-import/quoted-line-breaks", test_quoted_line_breaks);
  g_test_add_func ("/log-import/odd-durations", test_odd_durations);
  g_test_add_func ("/log-import/many-fields", test_many_fields);
  g_test_add_func ("/log-import/date-with-time", test_date_with_time);
  g_test_add_func ("/log-import/many-names", test_many_names);
  g_test_add_func ("/log-import/export-within", test_export_within);

  return g_test_run ();
}
