/* regimen-cli-validate.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "regimen-core.h"
#include "regimen-cli-private.h"

static void
add_location (JsonBuilder *builder,
              const char  *name,
              int          value)
{
  json_builder_set_member_name (builder, name);
  if (value < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

/* The block of the finding's week: { "index": 0, "name": "…" }, or null
 * for a finding about no week or a week in no block. The name as the
 * message quotes it, each block's quoted once into @names: written whole
 * for each finding, a 10,000-character name made gigabytes of a plan's
 * findings. */
static void
add_block (JsonBuilder *builder,
           RegimenPlan *plan,
           int          week,
           GPtrArray   *names)
{
  guint block;

  json_builder_set_member_name (builder, "block");
  if (week < 0 || !regimen_plan_find_block_of_week (plan, week, &block, NULL, NULL))
    {
      json_builder_add_null_value (builder);
      return;
    }

  if (block >= names->len)
    g_ptr_array_set_size (names, block + 1);
  if (g_ptr_array_index (names, block) == NULL)
    {
      RegimenBlock *named = regimen_plan_get_block (plan, block);

      g_ptr_array_index (names, block) = regimen_checker_quote (regimen_block_get_name (named));
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "index");
  json_builder_add_int_value (builder, block);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, g_ptr_array_index (names, block));
  json_builder_end_object (builder);
}

/* The findings are written one at a time as they are made into JSON: a
 * plan within the limits can have 240,000 of them, about 100 MB of JSON,
 * which as one tree and its text took a gigabyte before the first byte
 * was written. The output is the document regimen_cli_print_json()
 * would print of it. */
static void
print_json (RegimenPlan *plan,
            GListModel  *diagnostics)
{
  g_autoptr(GPtrArray) block_names = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (diagnostics);

  printf ("{\n  \"draft\" : %s,\n  \"diagnostics\" : [", regimen_plan_get_draft (plan) ? "true" : "false");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      RegimenAcknowledgement *ack = regimen_plan_find_acknowledgement (plan, diagnostic);
      g_autofree char *fingerprint = regimen_diagnostic_fingerprint (diagnostic, plan);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, regimen_diagnostic_get_rule (diagnostic));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder,
                                     regimen_severity_to_string (regimen_diagnostic_get_severity (diagnostic)));
      json_builder_set_member_name (builder, "key");
      json_builder_add_string_value (builder, regimen_diagnostic_get_key (diagnostic));
      json_builder_set_member_name (builder, "fingerprint");
      json_builder_add_string_value (builder, fingerprint);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, regimen_diagnostic_get_message (diagnostic));
      json_builder_set_member_name (builder, "location");
      json_builder_begin_object (builder);
      add_location (builder, "week", regimen_diagnostic_get_week (diagnostic));
      add_location (builder, "day", regimen_diagnostic_get_day (diagnostic));
      add_location (builder, "session", regimen_diagnostic_get_session (diagnostic));
      add_location (builder, "item", regimen_diagnostic_get_item (diagnostic));
      json_builder_end_object (builder);
      add_block (builder, plan, regimen_diagnostic_get_week (diagnostic), block_names);
      json_builder_set_member_name (builder, "acknowledged");
      if (ack != NULL)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, regimen_acknowledgement_get_reason (ack));
          json_builder_end_object (builder);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);

      node = json_builder_get_root (builder);
      fputs (i > 0 ? ",\n" : "\n", stdout);
      if (!regimen_cli_print_json_element (node, 4))
        return;
    }

  fputs (n > 0 ? "\n  ]\n}\n" : "]\n}\n", stdout);
}

static void
print_text (RegimenPlan    *plan,
            RegimenChecker *checker)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (checker);
  guint n = g_list_model_get_n_items (diagnostics);
  g_autofree char *summary = NULL;
  guint acknowledged = 0;

  if (regimen_plan_get_draft (plan))
    printf ("%s\n", _("This plan is a draft: work in progress, not yet a final plan."));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      RegimenAcknowledgement *ack = regimen_plan_find_acknowledgement (plan, diagnostic);
      /* The message quotes titles and labels from the plan. */
      g_autofree char *message = regimen_cli_escape (regimen_diagnostic_get_message (diagnostic));

      /* Translators: severity, rule id, message, e.g. "Error [HIIT-FREQ] Week 1, …" */
      printf (_("%s [%s] %s"),
              regimen_severity_get_label (regimen_diagnostic_get_severity (diagnostic)),
              regimen_diagnostic_get_rule (diagnostic),
              message);
      putchar ('\n');

      if (ack != NULL)
        {
          g_autofree char *shown = regimen_acknowledgement_dup_shown_reason (ack);
          g_autofree char *reason = regimen_cli_escape (shown);

          acknowledged++;
          /* Translators: under a finding the planner accepted, with their reason */
          printf (_("  Acknowledged: %s"), reason);
          putchar ('\n');
        }
    }

  if (n == 0)
    {
      printf ("%s\n", _("No problems found."));
      return;
    }

  /* The counts in the check panel's words. */
  summary = regimen_checker_summarize (checker);
  printf ("%s\n", summary);

  if (acknowledged > 0)
    {
      printf (ngettext ("%u finding acknowledged", "%u findings acknowledged", acknowledged), acknowledged);
      putchar ('\n');
    }
}

int
regimen_cli_validate (int    argc,
                      char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the diagnostics as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  int status;
  g_autoptr(RegimenChecker) checker = NULL;

  g_set_prgname ("regimen-cli validate");
  g_option_context_set_summary (context,
                                _("Check a plan against the training rules (see “regimen-cli rules”).\n"
                                  "Exit status: 0 no errors (warnings and acknowledged errors\n"
                                  "allowed), 1 errors not acknowledged or the plan is a draft,\n"
                                  "2 the plan cannot be read, 64 wrong usage."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("validate", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  plan = regimen_cli_load_plan ("validate", argv[1], NULL, &file, NULL, &status);
  if (plan == NULL)
    return status;

  /* Not printed into the plan (“>> PLAN”), which would no longer open. */
  if (!regimen_cli_check_stdout_not_plan ("validate", argv[1], file))
    return REGIMEN_CLI_EXIT_INVALID;

  /* The person's own exercises too, as the app checks and shows them. */
  regimen_cli_get_library ("validate");

  checker = regimen_plan_check (plan, NULL);

  if (json)
    print_json (plan, regimen_checker_get_diagnostics (checker));
  else
    print_text (plan, checker);

  /* A draft is unfinished by its own account, whatever the check says. */
  if (regimen_plan_get_draft (plan) ||
      regimen_plan_count_open_errors (plan, regimen_checker_get_diagnostics (checker)) > 0)
    return REGIMEN_CLI_EXIT_INVALID;

  return REGIMEN_CLI_EXIT_OK;
}
