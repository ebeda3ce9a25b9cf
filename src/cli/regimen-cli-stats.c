/* regimen-cli-stats.c
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
add_double (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

static void
add_week_json (JsonBuilder            *builder,
               const RegimenWeekStats *stats)
{
  const char * const *muscles = regimen_muscle_list_ids ();

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, stats->label);

  json_builder_set_member_name (builder, "daily_loads");
  json_builder_begin_array (builder);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    json_builder_add_double_value (builder, stats->daily_loads[day]);
  json_builder_end_array (builder);

  add_double (builder, "load", stats->load);
  add_double (builder, "monotony", stats->monotony);
  add_double (builder, "strain", stats->strain);
  json_builder_set_member_name (builder, "hiit_sessions");
  json_builder_add_int_value (builder, stats->hiit_sessions);
  json_builder_set_member_name (builder, "hiit_limit");
  json_builder_add_int_value (builder, stats->hiit_limit);

  json_builder_set_member_name (builder, "lighter");
  json_builder_add_boolean_value (builder, stats->lighter);
  add_double (builder, "chronic", stats->chronic);

  /* Nothing to compare with (no load at all): null, not a misleading 0. */
  json_builder_set_member_name (builder, "budget");
  if (stats->budget > 0)
    json_builder_add_double_value (builder, stats->budget);
  else
    json_builder_add_null_value (builder);

  add_double (builder, "acwr", stats->acwr);
  add_double (builder, "ctl", stats->ctl);
  add_double (builder, "atl", stats->atl);
  add_double (builder, "tsb", stats->tsb);

  json_builder_set_member_name (builder, "sets_per_muscle");
  json_builder_begin_object (builder);
  for (guint i = 0; muscles[i] != NULL; i++)
    {
      guint sets = regimen_week_stats_get_muscle_sets (stats, muscles[i]);

      if (sets == 0)
        continue;

      json_builder_set_member_name (builder, muscles[i]);
      json_builder_add_int_value (builder, sets);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "days");
  json_builder_begin_array (builder);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      json_builder_begin_object (builder);
      add_double (builder, "load", stats->daily_loads[day]);
      add_double (builder, "acute", stats->daily_acute[day]);
      add_double (builder, "chronic", stats->daily_chronic[day]);
      add_double (builder, "acwr", stats->daily_acwr[day]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
print_json (RegimenChecker *checker)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "weeks");
  json_builder_begin_array (builder);
  for (guint week = 0; week < regimen_checker_get_n_weeks (checker); week++)
    add_week_json (builder, regimen_checker_get_week_stats (checker, week));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  regimen_cli_print_json (root);
}

static void
print_week_text (const RegimenWeekStats *stats)
{
  const char * const *muscles = regimen_muscle_list_ids ();
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autofree char *label = regimen_cli_escape (stats->label);

  printf ("%s\n", label);

  printf ("  %-24s", _("Daily load (AU)"));
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    printf (" %s %.0f", regimen_weekday_short_name (day), stats->daily_loads[day]);
  putchar ('\n');

  printf ("  %-24s %.0f", _("Weekly load (AU)"), stats->load);
  if (stats->budget > 0)
    printf (_(" of a budget of %.0f"), stats->budget);
  putchar ('\n');

  printf ("  %-24s %.2f\n", _("Monotony"), stats->monotony);
  printf ("  %-24s %.0f\n", _("Strain"), stats->strain);
  printf ("  %-24s %u / %u\n", _("HIIT sessions / limit"), stats->hiit_sessions, stats->hiit_limit);

  printf ("  %-24s", _("Acute:chronic ratio"));
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    printf (" %s %.2f", regimen_weekday_short_name (day), stats->daily_acwr[day]);
  putchar ('\n');

  /* Translators: CTL, ATL and TSB of the training-stress model */
  printf ("  %-24s %.1f / %.1f / %.1f\n", _("Fitness / fatigue / form"),
          stats->ctl, stats->atl, stats->tsb);

  for (guint i = 0; muscles[i] != NULL; i++)
    {
      guint n = regimen_week_stats_get_muscle_sets (stats, muscles[i]);

      if (n == 0)
        continue;

      if (sets->len > 0)
        g_string_append (sets, ", ");
      g_string_append_printf (sets, "%s %u", regimen_muscle_get_name (muscles[i]), n);
    }

  if (sets->len > 0)
    printf ("  %-24s %s\n", _("Sets per muscle group"), sets->str);
}

int
regimen_cli_stats (int    argc,
                   char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the statistics as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  int status;
  g_autoptr(RegimenChecker) checker = NULL;

  g_set_prgname ("regimen-cli stats");
  g_option_context_set_summary (context,
                                _("Print the training-stress numbers of every week of a plan:\n"
                                  "daily and weekly load, monotony, strain, HIIT sessions, budget,\n"
                                  "acute:chronic ratio, fitness, fatigue, form and sets per muscle group.\n"
                                  "See docs/validation-rules.md for how each is computed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      regimen_cli_print_error ("stats", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  plan = regimen_cli_load_plan ("stats", argv[1], NULL, &status);
  if (plan == NULL)
    return status;

  checker = regimen_plan_check (plan, NULL);

  if (json)
    {
      print_json (checker);
    }
  else
    {
      for (guint week = 0; week < regimen_checker_get_n_weeks (checker); week++)
        {
          if (week > 0)
            putchar ('\n');
          print_week_text (regimen_checker_get_week_stats (checker, week));
        }
    }

  return REGIMEN_CLI_EXIT_OK;
}
