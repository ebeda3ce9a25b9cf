/* test-acknowledgements.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "regimen-core.h"

/* A beginner with three interval sessions in one week: the check refuses it
 * (HIIT-FREQ), and a coach may still accept it for a test week. */
#define PLAN_HEAD \
  "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Test week\","
#define PLAN_BODY \
  "\"athlete\":{\"level\":\"beginner\",\"life_stress\":\"moderate\"}," \
  "\"weeks\":[{\"label\":\"Week 1\",\"days\":[" \
  "{\"sessions\":[{\"title\":\"Intervals\",\"kind\":\"hiit\",\"rpe\":8,\"minutes\":20," \
  "\"items\":[{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":60,\"rounds\":8}}]}]}," \
  "{\"sessions\":[]}," \
  "{\"sessions\":[{\"title\":\"Intervals\",\"kind\":\"hiit\",\"rpe\":8,\"minutes\":20," \
  "\"items\":[{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":60,\"rounds\":8}}]}]}," \
  "{\"sessions\":[]}," \
  "{\"sessions\":[{\"title\":\"Intervals\",\"kind\":\"hiit\",\"rpe\":8,\"minutes\":20," \
  "\"items\":[{\"exercise\":\"burpee\",\"interval\":{\"work_seconds\":30,\"rest_seconds\":60,\"rounds\":8}}]}]}," \
  "{\"sessions\":[]},{\"sessions\":[]}]}]"

static RegimenLibrary *library;

static RegimenPlan *
load (const char *text)
{
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_data (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

/* The first error of a fresh check, or NULL. */
static RegimenDiagnostic *
first_error (RegimenPlan     *plan,
             RegimenChecker **out_checker)
{
  g_autoptr(RegimenChecker) checker = regimen_plan_check (plan, library);
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (regimen_diagnostic_get_severity (diagnostic) == REGIMEN_SEVERITY_ERROR)
        {
          *out_checker = g_steal_pointer (&checker);
          return g_steal_pointer (&diagnostic);
        }
    }

  *out_checker = g_steal_pointer (&checker);
  return NULL;
}

static void
test_acknowledge_and_round_trip (void)
{
  g_autoptr(RegimenPlan) plan = load (PLAN_HEAD PLAN_BODY "}");
  g_autoptr(RegimenPlan) reread = NULL;
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(RegimenChecker) checker2 = NULL;
  g_autoptr(RegimenDiagnostic) error = first_error (plan, &checker);
  g_autoptr(RegimenDiagnostic) error2 = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  guint open_before;
  RegimenAcknowledgement *ack;

  g_assert_nonnull (error);
  open_before = regimen_plan_count_open_errors (plan, regimen_checker_get_diagnostics (checker));
  g_assert_cmpuint (open_before, >, 0);
  g_assert_null (regimen_plan_find_acknowledgement (plan, error));

  /* A reason is needed. */
  g_assert_false (regimen_plan_acknowledge (plan, error, "   "));
  /* Nor one that shows nothing, which g_strstrip() leaves (a zero-width
   * and a no-break space): the reader refuses it in the file (issue 21). */
  g_assert_false (regimen_plan_acknowledge (plan, error, "\u200b\u00a0"));
  g_assert_false (regimen_plan_get_modified (plan));

  g_assert_true (regimen_plan_acknowledge (plan, error, "  Test week before the season, agreed with the coach  "));
  g_assert_true (regimen_plan_get_modified (plan));
  g_assert_true (regimen_plan_can_undo (plan));
  ack = regimen_plan_find_acknowledgement (plan, error);
  g_assert_nonnull (ack);
  g_assert_cmpstr (regimen_acknowledgement_get_reason (ack), ==, "Test week before the season, agreed with the coach");
  g_assert_cmpstr (regimen_acknowledgement_get_finding (ack), ==, regimen_diagnostic_get_key (error));
  g_assert_cmpuint (regimen_plan_count_open_errors (plan, regimen_checker_get_diagnostics (checker)), ==,
                    open_before - 1);

  /* Acknowledging again replaces, never duplicates; undo brings back the first. */
  g_assert_true (regimen_plan_acknowledge (plan, error, "Second thoughts"));
  g_assert_cmpuint (g_list_model_get_n_items (regimen_plan_get_acknowledgements (plan)), ==, 1);
  regimen_plan_undo (plan);
  g_assert_cmpstr (regimen_acknowledgement_get_reason (regimen_plan_find_acknowledgement (plan, error)), ==,
                   "Test week before the season, agreed with the coach");

  /* Written, read back, written again: the same text; the draft mark too. */
  regimen_plan_set_draft (plan, TRUE);
  written = regimen_plan_to_data (plan, NULL);
  g_assert_nonnull (strstr (written, "\"acknowledgements\": ["));
  g_assert_nonnull (strstr (written, "\"draft\": true"));
  reread = regimen_plan_load_from_data (written, -1, &load_error);
  g_assert_no_error (load_error);
  g_assert_true (regimen_plan_get_draft (reread));
  rewritten = regimen_plan_to_data (reread, NULL);
  g_assert_cmpstr (rewritten, ==, written);

  /* The reread plan's own check finds the acknowledgement applying. */
  error2 = first_error (reread, &checker2);
  g_assert_nonnull (regimen_plan_find_acknowledgement (reread, error2));

  /* Withdrawn, and undone. */
  g_assert_true (regimen_plan_withdraw_acknowledgement (plan, regimen_diagnostic_get_key (error)));
  g_assert_null (regimen_plan_find_acknowledgement (plan, error));
  g_assert_false (regimen_plan_withdraw_acknowledgement (plan, regimen_diagnostic_get_key (error)));
  regimen_plan_undo (plan);
  g_assert_nonnull (regimen_plan_find_acknowledgement (plan, error));
}

/* Changing what the finding is about lifts the acknowledgement; changing
 * something else does not. */
static void
test_lifted_on_change (void)
{
  g_autoptr(RegimenPlan) plan = load (PLAN_HEAD PLAN_BODY "}");
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(RegimenChecker) after = NULL;
  g_autoptr(RegimenChecker) unrelated = NULL;
  g_autoptr(RegimenChecker) undone = NULL;
  g_autoptr(RegimenDiagnostic) error = first_error (plan, &checker);
  g_autoptr(RegimenDiagnostic) changed = NULL;
  g_autoptr(RegimenDiagnostic) same = NULL;
  g_autoptr(RegimenDiagnostic) back = NULL;
  g_autoptr(RegimenSession) fourth = NULL;
  RegimenSession *named;
  g_autofree char *before = regimen_diagnostic_fingerprint (error, plan);

  g_assert_true (regimen_plan_acknowledge (plan, error, "Accepted for one week"));

  /* The title of the plan has nothing to do with the finding. */
  regimen_plan_set_title (plan, "Another title");
  same = first_error (plan, &unrelated);
  g_assert_nonnull (regimen_plan_find_acknowledgement (plan, same));

  /* A fourth interval session is a finding of its own, not acknowledged. */
  fourth = regimen_session_copy (regimen_plan_get_session (plan, 0, 0, 0));
  g_assert_true (regimen_plan_add_session_to (plan, regimen_plan_get_day (plan, 0, 6), 0, fourth));
  g_clear_object (&unrelated);
  unrelated = regimen_plan_check (plan, library);
  g_assert_cmpuint (regimen_plan_count_open_errors (plan, regimen_checker_get_diagnostics (unrelated)), >, 0);
  regimen_plan_undo (plan);

  /* Longer intervals in the session the finding names change what it is about. */
  named = regimen_plan_get_session (plan, regimen_diagnostic_get_week (error),
                                    regimen_diagnostic_get_day (error),
                                    regimen_diagnostic_get_session (error));
  g_assert_true (regimen_plan_edit_session_minutes (plan, named, 30));
  changed = first_error (plan, &after);
  g_assert_nonnull (changed);
  g_assert_cmpstr (regimen_diagnostic_get_key (changed), ==, regimen_diagnostic_get_key (error));
  g_assert_null (regimen_plan_find_acknowledgement (plan, changed));
  g_assert_cmpuint (regimen_plan_count_open_errors (plan, regimen_checker_get_diagnostics (after)), >, 0);

  /* Undone, the finding is what was acknowledged again. */
  regimen_plan_undo (plan);
  back = first_error (plan, &undone);
  g_assert_nonnull (regimen_plan_find_acknowledgement (plan, back));
  {
    g_autofree char *again = regimen_diagnostic_fingerprint (back, plan);
    g_assert_cmpstr (again, ==, before);
  }
}

/* A block's name is shown beside its week in the message, but is none of
 * the finding's figures: the fingerprint reads the message without it,
 * and renaming the block ("Base 1" to "Peak 2", digits and all) keeps the
 * acknowledgement. */
static void
test_block_name_aside (void)
{
  g_autoptr(RegimenPlan) plan = load (PLAN_HEAD "\"blocks\":[{\"name\":\"Base 1\",\"weeks\":1}]," PLAN_BODY "}");
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(RegimenChecker) renamed_checker = NULL;
  g_autoptr(RegimenDiagnostic) error = first_error (plan, &checker);
  g_autoptr(RegimenDiagnostic) renamed = NULL;
  const char *message = regimen_diagnostic_get_message (error);
  const char *fingerprint_text = regimen_diagnostic_get_fingerprint_text (error);

  g_assert_nonnull (strstr (message, "(Base 1)"));
  g_assert_null (strstr (fingerprint_text, "Base"));
  g_assert_cmpstr (strstr (message, ": "), ==, strstr (fingerprint_text, ": "));
  g_assert_true (regimen_plan_acknowledge (plan, error, "Accepted for one week"));

  g_assert_true (regimen_plan_rename_block (plan, 0, "Peak 2", NULL));
  renamed = first_error (plan, &renamed_checker);
  g_assert_nonnull (strstr (regimen_diagnostic_get_message (renamed), "(Peak 2)"));
  g_assert_nonnull (regimen_plan_find_acknowledgement (plan, renamed));
}

/* The digits of the message decide, not its language or number format. */
static void
test_fingerprint_ignores_format (void)
{
  g_autoptr(RegimenDiagnostic) english =
    regimen_diagnostic_new (REGIMEN_RULE_LOAD_BUDGET, REGIMEN_SEVERITY_ERROR, 2, -1, -1, -1,
                            "Week 3: 1,959 AU against 1,420 AU, ratio 1.38");
  g_autoptr(RegimenDiagnostic) german =
    regimen_diagnostic_new (REGIMEN_RULE_LOAD_BUDGET, REGIMEN_SEVERITY_ERROR, 2, -1, -1, -1,
                            "Woche 3: 1.959 AU gegenüber 1.420 AU, Verhältnis 1,38");
  g_autoptr(RegimenDiagnostic) other =
    regimen_diagnostic_new (REGIMEN_RULE_LOAD_BUDGET, REGIMEN_SEVERITY_ERROR, 2, -1, -1, -1,
                            "Week 3: 2,100 AU against 1,420 AU, ratio 1.48");
  g_autofree char *a = regimen_diagnostic_fingerprint (english, NULL);
  g_autofree char *b = regimen_diagnostic_fingerprint (german, NULL);
  g_autofree char *c = regimen_diagnostic_fingerprint (other, NULL);

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpuint (strlen (a), ==, 16);
}

typedef struct
{
  const char *members;
  int         code;
  const char *path;
} Malformed;

static void
test_malformed_members (void)
{
  static const Malformed cases[] = {
    { "\"draft\":\"yes\",", REGIMEN_PLAN_ERROR_TYPE, "$.draft" },
    { "\"acknowledgements\":{},", REGIMEN_PLAN_ERROR_TYPE, "$.acknowledgements" },
    { "\"acknowledgements\":[7],", REGIMEN_PLAN_ERROR_TYPE, "$.acknowledgements[0]" },
    { "\"acknowledgements\":[{\"fingerprint\":\"ab\",\"reason\":\"r\"}],",
      REGIMEN_PLAN_ERROR_MISSING, "$.acknowledgements[0]" },
    { "\"acknowledgements\":[{\"finding\":\"X\",\"fingerprint\":\"ab\"}],",
      REGIMEN_PLAN_ERROR_MISSING, "$.acknowledgements[0]" },
    { "\"acknowledgements\":[{\"finding\":\"X\",\"fingerprint\":\"ab\",\"reason\":\"\"}],",
      REGIMEN_PLAN_ERROR_VALUE, "$.acknowledgements[0].reason" },
    { "\"acknowledgements\":[{\"finding\":\"\",\"fingerprint\":\"ab\",\"reason\":\"r\"}],",
      REGIMEN_PLAN_ERROR_VALUE, "$.acknowledgements[0].finding" },
    { "\"acknowledgements\":[{\"finding\":\"X\",\"fingerprint\":3,\"reason\":\"r\"}],",
      REGIMEN_PLAN_ERROR_TYPE, "$.acknowledgements[0].fingerprint" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (PLAN_HEAD, cases[i].members, PLAN_BODY, "}", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (text, -1, &error);
      g_autofree char *prefix = g_strconcat (cases[i].path, ":", NULL);

      g_test_message ("%s → %s", cases[i].members, error != NULL ? error->message : "(loaded)");
      g_assert_null (plan);
      g_assert_error (error, REGIMEN_PLAN_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, prefix) || strstr (error->message, prefix) != NULL);
    }
}

/* Pass 13's leftover (#21): a file acknowledging one finding twice was
 * read, and Withdraw removed one of them while the other kept the
 * finding acknowledged. Refused like a duplicate id, at the second,
 * naming the first. */
static void
test_duplicate_refused (void)
{
  const char *text = PLAN_HEAD PLAN_BODY ",\"acknowledgements\":["
                     "{\"finding\":\"HIIT-FREQ@w0.d2.s0\",\"fingerprint\":\"0123456789abcdef\",\"reason\":\"Other\"},"
                     "{\"finding\":\"HIIT-FREQ@w0.d0.s0\",\"fingerprint\":\"0123456789abcdef\",\"reason\":\"Test week\"},"
                     "{\"finding\":\"HIIT-FREQ@w0.d0.s0\",\"fingerprint\":\"0123456789abcdef\",\"reason\":\"Coach\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (text, -1, &error);

  g_assert_null (plan);
  g_assert_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "At $.acknowledgements[2].finding: the finding “HIIT-FREQ@w0.d0.s0” is already acknowledged "
                   "at $.acknowledgements[1]; a finding has one acknowledgement.");
}

/* Acknowledging a finding again with the same reason, as it is, changes
 * nothing: no second entry, no undo step, no unsaved change. */
static void
test_same_again_changes_nothing (void)
{
  g_autoptr(RegimenPlan) plan = load (PLAN_HEAD PLAN_BODY "}");
  g_autoptr(RegimenChecker) checker = NULL;
  g_autoptr(RegimenDiagnostic) error = first_error (plan, &checker);

  g_assert_true (regimen_plan_acknowledge (plan, error, "Test week"));
  regimen_plan_mark_saved (plan);
  g_assert_true (regimen_plan_acknowledge (plan, error, " Test week "));
  g_assert_false (regimen_plan_get_modified (plan));
  g_assert_cmpuint (g_list_model_get_n_items (regimen_plan_get_acknowledgements (plan)), ==, 1);

  /* One undo takes the one acknowledgement back. */
  regimen_plan_undo (plan);
  g_assert_null (regimen_plan_find_acknowledgement (plan, error));
}

/* Unknown members of an acknowledgement are kept. */
static void
test_unknown_members_kept (void)
{
  const char *text = PLAN_HEAD PLAN_BODY ",\"acknowledgements\":[{\"finding\":\"HIIT-FREQ@w0\","
                     "\"fingerprint\":\"0123456789abcdef\",\"reason\":\"Why not\",\"x-by\":\"coach\"}]}";
  g_autoptr(RegimenPlan) plan = load (text);
  g_autofree char *written = regimen_plan_to_data (plan, NULL);

  g_assert_nonnull (strstr (written, "\"x-by\": \"coach\""));
  g_assert_nonnull (strstr (written, "\"reason\": \"Why not\""));
  g_assert_false (regimen_plan_get_draft (plan));
  g_assert_null (strstr (written, "\"draft\""));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  library = regimen_library_new_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/acknowledgements/acknowledge-and-round-trip", test_acknowledge_and_round_trip);
  g_test_add_func ("/acknowledgements/lifted-on-change", test_lifted_on_change);
  g_test_add_func ("/acknowledgements/fingerprint-ignores-format", test_fingerprint_ignores_format);
  g_test_add_func ("/acknowledgements/block-name-aside", test_block_name_aside);
  g_test_add_func ("/acknowledgements/malformed-members", test_malformed_members);
  g_test_add_func ("/acknowledgements/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/acknowledgements/duplicate-refused", test_duplicate_refused);
  g_test_add_func ("/acknowledgements/same-again-changes-nothing", test_same_again_changes_nothing);

  {
    int status = g_test_run ();

    g_clear_object (&library);
    return status;
  }
}
