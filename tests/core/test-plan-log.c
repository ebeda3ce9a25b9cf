/* test-plan-log.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fixture-util.h"
#include "regimen-core.h"

static const RegimenSetLog *
set_at (const RegimenItemLog *item_log,
        guint                 i)
{
  g_assert_cmpuint (i, <, item_log->sets->len);
  return &g_array_index (item_log->sets, RegimenSetLog, i);
}

/* The logged fixture reads with every member and writes back byte for
 * byte, unknown members and a removed item's entry included. */
static void
test_round_trip (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged.json");
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  const RegimenSessionLog *log = regimen_session_get_log (session);
  const RegimenItemLog *squat;
  const RegimenItemLog *hold;
  const RegimenItemLog *burpee;
  const RegimenSessionLog *friday;
  gsize length;

  original = fixture_read ("plans", "logged.json", &length);
  written = regimen_plan_to_data (plan, NULL);
  g_assert_cmpstr (written, ==, original);

  g_assert_nonnull (log);
  g_assert_cmpint (log->status, ==, REGIMEN_LOG_STATUS_PARTLY);
  g_assert_true (g_date_valid (&log->date));
  g_assert_cmpuint (g_date_get_day (&log->date), ==, 24);
  g_assert_cmpuint (log->minutes, ==, 50);
  g_assert_cmpuint (log->rpe, ==, 8);
  g_assert_cmpstr (log->note, ==, "Knee felt tight; stopped the burpees early.");
  g_assert_true (json_object_has_member (log->extra, "x-logged-by"));
  g_assert_cmpuint (log->items->len, ==, 3);

  squat = regimen_session_log_find_item (log, regimen_item_get_id (regimen_session_get_item (session, 0)));
  g_assert_nonnull (squat);
  g_assert_cmpuint (squat->sets->len, ==, 3);
  g_assert_cmpuint (set_at (squat, 0)->reps, ==, 10);
  g_assert_cmpfloat (set_at (squat, 1)->load, ==, 42.5);
  g_assert_cmpint (set_at (squat, 1)->unit, ==, REGIMEN_LOAD_UNIT_KG);
  g_assert_true (json_object_has_member (set_at (squat, 2)->extra, "x-rir"));

  hold = regimen_session_log_find_item (log, regimen_item_get_id (regimen_session_get_item (session, 1)));
  g_assert_cmpuint (set_at (hold, 1)->hold_seconds, ==, 15);
  g_assert_cmpfloat (set_at (hold, 1)->load, ==, REGIMEN_LOG_NO_LOAD);
  g_assert_cmpstr (hold->note, ==, "Left side weaker");

  burpee = g_ptr_array_index (log->items, 2);
  g_assert_cmpuint (set_at (burpee, 0)->rounds, ==, 5);
  g_assert_true (json_object_has_member (burpee->extra, "x-watch"));

  g_assert_cmpint (regimen_session_get_log (regimen_plan_get_session (plan, 0, 2, 0))->status, ==,
                   REGIMEN_LOG_STATUS_SKIPPED);

  friday = regimen_session_get_log (regimen_plan_get_session (plan, 0, 4, 0));
  g_assert_cmpint (set_at (g_ptr_array_index (friday->items, 0), 2)->unit, ==, REGIMEN_LOAD_UNIT_LB);
  g_assert_cmpfloat_with_epsilon (regimen_load_to_kg (set_at (g_ptr_array_index (friday->items, 0), 2)->load,
                                                      REGIMEN_LOAD_UNIT_LB), 4.5359237, 1e-9);
  /* An entry for an item no longer in the session stays. */
  g_assert_cmpstr (((RegimenItemLog *) g_ptr_array_index (friday->items, 1))->item, ==, "gone000001");
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static RegimenSessionLog *
make_log (RegimenSession *session)
{
  RegimenSessionLog *log = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);
  RegimenItemLog *item_log;
  RegimenSetLog set;

  g_date_set_dmy (&log->date, 23, G_DATE_NOVEMBER, 2026);
  log->minutes = 40;
  log->rpe = 6;
  regimen_session_log_set_note (log, "Fine");

  item_log = regimen_session_log_add_item (log, regimen_item_get_id (regimen_session_get_item (session, 0)));
  regimen_set_log_init (&set);
  set.reps = 10;
  set.load = 135;
  set.unit = REGIMEN_LOAD_UNIT_LB;
  regimen_item_log_add_set (item_log, &set);
  regimen_item_log_add_set (item_log, &set);

  return log;
}

/* Logging is a command: one undo step each, notified, refused beyond the
 * file's limits or for a session of another plan. */
static void
test_commands (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "one-week.json");
  RegimenSession *session = regimen_plan_get_session (plan, 0, 0, 0);
  g_autoptr(RegimenSessionLog) log = make_log (session);
  g_autoptr(RegimenSessionLog) second = make_log (session);
  g_autoptr(RegimenSessionLog) bad = make_log (session);
  g_autoptr(RegimenSession) stranger = regimen_session_new (REGIMEN_SESSION_KIND_HIIT, NULL);
  g_autoptr(RegimenPlan) reread = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect (session, "notify::log", G_CALLBACK (on_notify), &notified);

  g_assert_null (regimen_session_get_log (session));
  g_assert_true (regimen_plan_log_session (plan, session, log));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (regimen_session_log_equal (regimen_session_get_log (session), log));
  g_assert_true (regimen_session_get_log (session) != log);
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Log Session");

  /* A second log is its own step. */
  second->status = REGIMEN_LOG_STATUS_PARTLY;
  g_assert_true (regimen_plan_log_session (plan, session, second));
  g_assert_true (regimen_plan_undo (plan));
  g_assert_true (regimen_session_log_equal (regimen_session_get_log (session), log));

  bytes = regimen_plan_to_bytes (plan);
  reread = regimen_plan_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (regimen_session_log_equal (regimen_session_get_log (regimen_plan_get_session (reread, 0, 0, 0)), log));

  g_assert_true (regimen_plan_undo (plan));
  g_assert_null (regimen_session_get_log (session));
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_redo (plan));
  g_assert_nonnull (regimen_session_get_log (session));

  g_assert_true (regimen_plan_log_session (plan, session, NULL));
  g_assert_null (regimen_session_get_log (session));
  g_assert_cmpstr (regimen_plan_get_undo_description (plan), ==, "Clear Log");

  bad->rpe = 11;
  g_assert_false (regimen_plan_log_session (plan, session, bad));
  bad->rpe = 6;
  g_date_set_dmy (&bad->date, 1, G_DATE_JANUARY, 3000);
  g_assert_false (regimen_plan_log_session (plan, session, bad));
  g_date_clear (&bad->date, 1);
  g_array_index (((RegimenItemLog *) g_ptr_array_index (bad->items, 0))->sets, RegimenSetLog, 0).reps = 0;
  g_assert_false (regimen_plan_log_session (plan, session, bad));
  g_assert_false (regimen_plan_log_session (plan, stranger, log));
  g_assert_null (regimen_session_get_log (session));
}

/* A copy is a new session: no log; a duplicated week is not trained. */
static void
test_copies_have_no_log (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged.json");
  g_autoptr(RegimenSession) copy = regimen_session_copy (regimen_plan_get_session (plan, 0, 0, 0));

  g_assert_null (regimen_session_get_log (copy));
  g_assert_true (regimen_plan_duplicate_week (plan, 0));
  g_assert_nonnull (regimen_session_get_log (regimen_plan_get_session (plan, 0, 0, 0)));
  g_assert_null (regimen_session_get_log (regimen_plan_get_session (plan, 1, 0, 0)));
}

static void
test_words (void)
{
  RegimenLogStatus status;
  RegimenLoadUnit unit;

  for (guint i = 0; i < REGIMEN_N_LOG_STATUSES; i++)
    {
      g_assert_true (regimen_log_status_from_string (regimen_log_status_to_string (i), &status));
      g_assert_cmpuint (status, ==, i);
      g_assert_nonnull (regimen_log_status_get_label (i));
    }

  g_assert_false (regimen_log_status_from_string ("Done", &status));
  g_assert_true (regimen_load_unit_from_string ("lb", &unit));
  g_assert_cmpint (unit, ==, REGIMEN_LOAD_UNIT_LB);
  g_assert_false (regimen_load_unit_from_string ("kgs", &unit));
  g_assert_cmpfloat (regimen_load_to_kg (REGIMEN_LOG_NO_LOAD, REGIMEN_LOAD_UNIT_LB), ==, REGIMEN_LOG_NO_LOAD);
}

/* Adversarial pass 15: 1000 kg typed in pounds (`item edit --load
 * 2204.6226218487757lb`, `progress --up-to`) converts to
 * 1000.0000000000001 kg and was refused; it is the bound, compared in the
 * unit typed. A pound more is still beyond it. */
static void
test_load_bound (void)
{
  g_assert_cmpfloat (regimen_load_to_kg (2204.6226218487757, REGIMEN_LOAD_UNIT_LB), >, REGIMEN_LOAD_KG_MAX);
  g_assert_cmpfloat (regimen_load_to_kg_bounded (2204.6226218487757, REGIMEN_LOAD_UNIT_LB, REGIMEN_LOAD_KG_MAX),
                     ==, REGIMEN_LOAD_KG_MAX);
  g_assert_cmpfloat (regimen_load_to_kg_bounded (2205, REGIMEN_LOAD_UNIT_LB, REGIMEN_LOAD_KG_MAX),
                     >, REGIMEN_LOAD_KG_MAX);
  g_assert_cmpfloat (regimen_load_to_kg_bounded (100, REGIMEN_LOAD_UNIT_LB, REGIMEN_LOAD_KG_MAX),
                     ==, 100 * 0.45359237);
  g_assert_cmpfloat (regimen_load_to_kg_bounded (1000, REGIMEN_LOAD_UNIT_KG, REGIMEN_LOAD_KG_MAX), ==, 1000);
}

static void
test_csv_fields (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { NULL, "" },
    { "", "" },
    { "Squat", "Squat" },
    { "Squat, back", "\"Squat, back\"" },
    { "the \"good\" one", "\"the \"\"good\"\" one\"" },
    { "two\nlines", "\"two\nlines\"" },
    { " padded", "\" padded\"" },
    { "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" },
    { "+1", "'+1" },
    { "-2", "'-2" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tcmd", "'\tcmd" },
    { "a=b", "a=b" },
    /* After what a spreadsheet trims first: a space, a no-break space,
     * a byte-order mark, a line separator, an ideographic space. The
     * byte-order mark and the zero-width space, which show as nothing,
     * are left out as bidirectional controls are, the guard kept. */
    { " =1+1", "' =1+1" },
    { "\u00a0@SUM(A1)", "'\u00a0@SUM(A1)" },
    { "\ufeff+cmd", "'+cmd" },
    { "\u2028-2", "'\u2028-2" },
    { "\u3000\u200b=1", "'\u3000=1" },
    { " a=b", "\" a=b\"" },
    { "\u00a0text", "\u00a0text" },
    /* Bidirectional controls are left out. */
    { "Lower \u202eA", "Lower A" },
    { "\u202e=1", "'=1" },
    /* So are the other format characters that show as nothing; an
     * emoji sequence's joiner stays. */
    { "\ufeffLower\u2060 A\u00ad", "Lower A" },
    { "\U0001F3CB\u200d\u2640", "\U0001F3CB\u200d\u2640" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      regimen_csv_append_field (out, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

/* The logged fixture as Strong's columns: one row per set, skipped
 * sessions and removed items left out, weights in one unit. */
static void
test_csv_export (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) library = regimen_library_new_builtin (&error);
  g_autofree char *kg = regimen_log_to_csv (plan, library, REGIMEN_LOAD_UNIT_KG, REGIMEN_LOG_CSV_STRONG);
  g_autofree char *lb = regimen_log_to_csv (plan, library, REGIMEN_LOAD_UNIT_LB, REGIMEN_LOG_CSV_STRONG);
  g_auto(GStrv) rows = g_strsplit (kg, "\r\n", -1);
  g_auto(GStrv) lb_rows = g_strsplit (lb, "\r\n", -1);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 6 + 3 + 1);
  g_assert_cmpstr (rows[0], ==, REGIMEN_LOG_CSV_HEADER);
  g_assert_cmpstr (rows[0], ==, "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE");
  g_assert_cmpstr (rows[2], ==, "2026-11-24 00:00:00,Lower body A,50m,Narrow Stance Squat,2,42.5,10,,,,"
                                "Knee felt tight; stopped the burpees early.,");
  g_assert_cmpstr (rows[4], ==, "2026-11-24 00:00:00,Lower body A,50m,Single-Leg High Knee Hold,1,,,,20,"
                                "Left side weaker,Knee felt tight; stopped the burpees early.,");
  /* 5 rounds of 30 s of work. */
  g_assert_true (g_str_has_prefix (rows[6], "2026-11-24 00:00:00,Lower body A,50m,Burpee,1,,,,150,"));
  /* 10 lb in kilograms, to the hundredth. */
  g_assert_cmpstr (rows[9], ==, "2026-11-27 00:00:00,Upper body,40m,Push-Up,3,4.54,10,,,,,");
  g_assert_cmpstr (rows[10], ==, "");
  g_assert_true (g_str_has_prefix (lb_rows[1], "2026-11-24 00:00:00,Lower body A,50m,Narrow Stance Squat,1,88.18,10,"));
  g_assert_true (g_str_has_prefix (lb_rows[9], "2026-11-27 00:00:00,Upper body,40m,Push-Up,3,10,10,"));
  g_assert_null (strstr (kg, "Easy run"));
}

/* Epley, by hand: 100 × (1 + 5/30) = 116.667. */
static void
test_estimate_1rm (void)
{
  g_assert_cmpfloat_with_epsilon (regimen_estimate_1rm (100, 5), 116.6666667, 1e-6);
  g_assert_cmpfloat (regimen_estimate_1rm (100, 1), ==, 100);
  g_assert_cmpfloat_with_epsilon (regimen_estimate_1rm (60, 10), 80, 1e-9);
  g_assert_cmpfloat (regimen_estimate_1rm (100, 11), ==, REGIMEN_LOG_NO_LOAD);
  g_assert_cmpfloat (regimen_estimate_1rm (100, 0), ==, REGIMEN_LOG_NO_LOAD);
  g_assert_cmpfloat (regimen_estimate_1rm (REGIMEN_LOG_NO_LOAD, 5), ==, REGIMEN_LOG_NO_LOAD);
}

/* An exercise's sets across the plan, as the progress chart reads them. */
static void
test_exercise_history (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged.json");
  g_autoptr(GArray) squat = regimen_plan_get_exercise_history (plan, "narrow-stance-squat");
  g_autoptr(GArray) push_up = regimen_plan_get_exercise_history (plan, "push-up");
  g_autoptr(GArray) run = regimen_plan_get_exercise_history (plan, "easy-run");
  const RegimenExerciseSet *set;

  g_assert_cmpuint (squat->len, ==, 3);
  set = &g_array_index (squat, RegimenExerciseSet, 2);
  g_assert_cmpuint (set->set, ==, 3);
  g_assert_cmpuint (set->reps, ==, 8);
  g_assert_cmpfloat (set->load_kg, ==, 42.5);
  /* 42.5 × (1 + 8/30) */
  g_assert_cmpfloat_with_epsilon (set->e1rm_kg, 53.8333333, 1e-6);
  g_assert_cmpuint (g_date_get_day (&set->date), ==, 24);
  g_assert_true (set->session == regimen_plan_get_session (plan, 0, 0, 0));

  g_assert_cmpuint (push_up->len, ==, 3);
  g_assert_cmpfloat (g_array_index (push_up, RegimenExerciseSet, 0).e1rm_kg, ==, REGIMEN_LOG_NO_LOAD);
  /* 10 lb = 4.5359237 kg, × (1 + 10/30) */
  g_assert_cmpfloat_with_epsilon (g_array_index (push_up, RegimenExerciseSet, 2).e1rm_kg, 6.0478983, 1e-6);

  /* A skipped session has no history. */
  g_assert_cmpuint (run->len, ==, 0);
}

/* A logged session counts in the check's rolling week with the load it
 * was trained at (the log's RPE × minutes), not the load it was planned
 * at. */
static void
test_check_counts_done_load (void)
{
  const char *json =
    "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Done\",\"start_date\":\"2026-11-23\",\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"title\":\"Legs\",\"kind\":\"strength\",\"rpe\":5,\"minutes\":40,\"items\":["
    "{\"exercise\":\"narrow-stance-squat\",\"sets\":3,\"reps\":10}],"
    "\"log\":{\"status\":\"done\",\"date\":\"2026-11-23\",\"rpe\":9,\"minutes\":100}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, &error);
  g_autoptr(RegimenChecker) checker = NULL;
  const RegimenWeekStats *stats;

  g_assert_no_error (error);
  checker = regimen_plan_check (plan, regimen_library_get_default ());
  stats = regimen_checker_get_week_stats (checker, 0);
  g_assert_cmpfloat_with_epsilon (stats->daily_acute[0], 900, 1e-9);
}

/* A load typed in the Log Session form, on the command line or in an
 * imported CSV is plain decimal: strtod()'s hexadecimal, exponents,
 * signs, “inf” and “nan” are refused, not read as other numbers, and so
 * is a leading zero, as every number of the command line (“040” was 40). */
static void
test_load_parse (void)
{
  const char *refused[] = { "0x10", "1e2", "-5", "+5", "inf", "nan", ".5", "5.", "", "x", "2000.5",
                            "040", "00", "05.5" };
  const char *end = NULL;
  double load = -1;

  g_assert_true (regimen_load_parse ("42.5kg", &end, &load));
  g_assert_cmpfloat (load, ==, 42.5);
  g_assert_cmpstr (end, ==, "kg");
  g_assert_true (regimen_load_parse ("2000", &end, &load));
  g_assert_cmpfloat (load, ==, 2000);
  g_assert_cmpstr (end, ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gboolean read = regimen_load_parse (refused[i], &end, &load);

      g_assert_false (read && *end == '\0');
    }
  /* “0x10” reads as the load 0 followed by words, never as 16. */
  g_assert_true (regimen_load_parse ("0x10", &end, &load));
  g_assert_cmpfloat (load, ==, 0);
  g_assert_cmpstr (end, ==, "x10");
  /* Nor is what follows the digits read with them. */
  g_assert_true (regimen_load_parse ("5e3", &end, &load));
  g_assert_cmpfloat (load, ==, 5);
  g_assert_cmpstr (end, ==, "e3");
  g_assert_true (regimen_load_parse ("0.5", &end, &load));
  g_assert_cmpfloat (load, ==, 0.5);
}

/* Leaving out a removed exercise's entry takes only that entry: the
 * entries of the session's exercises stay, in their order, with their
 * sets and other members, and the session's own log is not touched. The
 * log form's “Leave Out Removed Exercises” is this (issue #21, pass 27). */
static void
test_leave_out_removed (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("plans", "logged.json");
  RegimenSession *friday = regimen_plan_get_session (plan, 0, 4, 0);
  RegimenSession *monday = regimen_plan_get_session (plan, 0, 0, 0);
  g_autoptr(RegimenSessionLog) log = regimen_session_log_copy (regimen_session_get_log (friday));
  g_autoptr(RegimenSessionLog) kept = regimen_session_log_copy (regimen_session_get_log (monday));
  const RegimenItemLog *first;
  guint n_before = log->items->len;

  g_assert_cmpuint (n_before, >=, 2);
  g_assert_cmpuint (regimen_session_log_leave_out_removed (friday, log), ==, 1);
  g_assert_cmpuint (log->items->len, ==, n_before - 1);
  g_assert_null (regimen_session_log_find_item (log, "gone000001"));
  first = g_ptr_array_index (log->items, 0);
  g_assert_cmpstr (first->item, ==, regimen_item_get_id (regimen_session_get_item (friday, 0)));
  g_assert_cmpuint (first->sets->len, ==, 3);
  g_assert_cmpint (set_at (first, 2)->unit, ==, REGIMEN_LOAD_UNIT_LB);
  g_assert_nonnull (regimen_session_log_find_item (regimen_session_get_log (friday), "gone000001"));

  /* A log of only the session's exercises loses nothing. */
  g_assert_cmpuint (regimen_session_log_leave_out_removed (monday, kept), ==, 0);
  g_assert_true (regimen_session_log_equal (kept, regimen_session_get_log (monday)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-log/round-trip", test_round_trip);
  g_test_add_func ("/plan-log/commands", test_commands);
  g_test_add_func ("/plan-log/copies", test_copies_have_no_log);
  g_test_add_func ("/plan-log/words", test_words);
  g_test_add_func ("/plan-log/load-bound", test_load_bound);
  g_test_add_func ("/plan-log/csv/fields", test_csv_fields);
  g_test_add_func ("/plan-log/csv/export", test_csv_export);
  g_test_add_func ("/plan-log/estimate-1rm", test_estimate_1rm);
  g_test_add_func ("/plan-log/exercise-history", test_exercise_history);
  g_test_add_func ("/plan-log/load-parse", test_load_parse);
  g_test_add_func ("/plan-log/check-counts-done-load", test_check_counts_done_load);
  g_test_add_func ("/plan-log/leave-out-removed", test_leave_out_removed);

  return g_test_run ();
}
