/* regimen-cli-rules.c
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
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
print_json (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rules");
  json_builder_begin_array (builder);

  for (guint i = 0; i < REGIMEN_N_RULES; i++)
    {
      const RegimenRule *rule = regimen_rule_get (i);

      json_builder_begin_object (builder);
      add_string (builder, "id", rule->code);
      add_string (builder, "severity", regimen_severity_to_string (rule->severity));
      add_string (builder, "title", regimen_rule_get_title (rule));
      add_string (builder, "threshold", regimen_rule_get_threshold (rule));
      add_string (builder, "why", regimen_rule_get_why (rule));
      add_string (builder, "source", regimen_rule_get_source (rule));
      add_string (builder, "advice", regimen_rule_get_advice (rule));
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  regimen_cli_print_json (root);
}

static void
print_text (void)
{
  for (guint i = 0; i < REGIMEN_N_RULES; i++)
    {
      const RegimenRule *rule = regimen_rule_get (i);

      if (i > 0)
        putchar ('\n');

      /* Translators: rule id, default severity, title */
      printf (_("%s (%s): %s"), rule->code, regimen_severity_get_label (rule->severity),
              regimen_rule_get_title (rule));
      putchar ('\n');
      printf ("  %s %s\n", _("Threshold:"), regimen_rule_get_threshold (rule));
      printf ("  %s %s\n", _("Why:"), regimen_rule_get_why (rule));
      printf ("  %s %s\n", _("Source:"), regimen_rule_get_source (rule));
      printf ("  %s %s\n", _("What you can do:"), regimen_rule_get_advice (rule));
    }
}

int
regimen_cli_rules (int    argc,
                   char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the rules as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_set_prgname ("regimen-cli rules");
  g_option_context_set_summary (context,
                                _("List the rules of the plan check: id, default severity, threshold,\n"
                                  "why it matters, source and what you can do. Errors block saving."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("rules", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (json)
    print_json ();
  else
    print_text ();

  return REGIMEN_CLI_EXIT_OK;
}
