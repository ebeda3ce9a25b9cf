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

/* A ratio against a chronic load: null where there is none or almost
 * none to compare with (see REGIMEN_CHRONIC_LOAD_MIN), not a misleading 0
 * nor one in the millions. */
static void
add_ratio (JsonBuilder *builder,
           const char  *name,
           double       ratio,
           double       chronic)
{
  json_builder_set_member_name (builder, name);
  if (chronic >= REGIMEN_CHRONIC_LOAD_MIN)
    json_builder_add_double_value (builder, ratio);
  else
    json_builder_add_null_value (builder);
}

static void
add_uint (JsonBuilder *builder,
          const char  *name,
          guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_set_json (JsonBuilder         *builder,
              const RegimenSetLog *set)
{
  json_builder_begin_object (builder);
  if (set->reps > 0)
    add_uint (builder, "reps", set->reps);
  if (set->load >= 0)
    {
      add_double (builder, "load", set->load);
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, regimen_load_unit_to_string (set->unit));
    }
  if (set->hold_seconds > 0)
    add_uint (builder, "hold_seconds", set->hold_seconds);
  if (set->rounds > 0)
    add_uint (builder, "rounds", set->rounds);
  json_builder_end_object (builder);
}

/* One item: what was planned, and what was done (null when the session
 * is not logged or the item has no entry in its log). */
static void
add_item_json (JsonBuilder             *builder,
               RegimenItem             *item,
               const RegimenSessionLog *log)
{
  const RegimenInterval *interval = regimen_item_get_interval (item);
  const RegimenItemLog *item_log = log != NULL ? regimen_session_log_find_item (log, regimen_item_get_id (item)) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, regimen_item_get_id (item));
  json_builder_set_member_name (builder, "exercise");
  json_builder_add_string_value (builder, regimen_item_get_exercise (item));

  json_builder_set_member_name (builder, "planned");
  json_builder_begin_object (builder);
  if (regimen_item_get_sets (item) > 0)
    add_uint (builder, "sets", regimen_item_get_sets (item));
  if (regimen_item_get_reps (item) > 0)
    add_uint (builder, "reps", regimen_item_get_reps (item));
  if (regimen_item_get_hold_seconds (item) > 0)
    add_uint (builder, "hold_seconds", regimen_item_get_hold_seconds (item));
  if (interval != NULL)
    add_uint (builder, "rounds", interval->rounds);
  if (regimen_item_has_load_percent_1rm (item))
    add_double (builder, "load_percent_1rm", regimen_item_get_load_percent_1rm (item));
  if (regimen_item_has_load_kg (item))
    add_double (builder, "load_kg", regimen_item_get_load_kg (item));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "done");
  if (item_log == NULL)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "sets");
      json_builder_begin_array (builder);
      for (guint i = 0; i < item_log->sets->len; i++)
        add_set_json (builder, &g_array_index (item_log->sets, RegimenSetLog, i));
      json_builder_end_array (builder);
      if (item_log->note != NULL)
        {
          json_builder_set_member_name (builder, "note");
          json_builder_add_string_value (builder, item_log->note);
        }
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
}

/* The week's sessions, planned against done. */
static void
add_sessions_json (JsonBuilder *builder,
                   RegimenWeek *week)
{
  json_builder_set_member_name (builder, "sessions");
  json_builder_begin_array (builder);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *plan_day = regimen_week_get_day (week, day);

      for (guint s = 0; s < regimen_day_get_n_sessions (plan_day); s++)
        {
          RegimenSession *session = regimen_day_get_session (plan_day, s);
          const RegimenSessionLog *log = regimen_session_get_log (session);
          double done;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, regimen_session_get_id (session));
          add_uint (builder, "day", day);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, regimen_session_get_display_title (session));
          json_builder_set_member_name (builder, "status");
          if (log != NULL)
            json_builder_add_string_value (builder, regimen_log_status_to_string (log->status));
          else
            json_builder_add_null_value (builder);
          add_double (builder, "planned_load", regimen_session_planned_load (session));
          json_builder_set_member_name (builder, "done_load");
          if (regimen_session_get_done_load (session, &done))
            json_builder_add_double_value (builder, done);
          else
            json_builder_add_null_value (builder);

          json_builder_set_member_name (builder, "items");
          json_builder_begin_array (builder);
          for (guint i = 0; i < regimen_session_get_n_items (session); i++)
            add_item_json (builder, regimen_session_get_item (session, i), log);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
}

static void
add_week_json (JsonBuilder            *builder,
               const RegimenWeekStats *stats,
               RegimenWeek            *week)
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

  add_ratio (builder, "acwr", stats->acwr, stats->chronic);
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
      add_ratio (builder, "acwr", stats->daily_acwr[day], stats->daily_chronic[day]);
      add_double (builder, "planned_load", stats->planned_daily_loads[day]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* Planned and done: the loads above count logged sessions as trained. */
  add_double (builder, "planned_load", stats->planned_load);
  add_double (builder, "done_load", stats->done_load);
  add_uint (builder, "sessions_planned", stats->sessions_planned);
  add_uint (builder, "sessions_logged", stats->sessions_logged);
  add_uint (builder, "sessions_done", stats->sessions_done);
  add_uint (builder, "sessions_partly", stats->sessions_partly);
  add_uint (builder, "sessions_skipped",
            stats->sessions_logged - stats->sessions_done - stats->sessions_partly);
  add_sessions_json (builder, week);

  json_builder_end_object (builder);
}

/* The weeks are written one at a time as they are made into JSON, as
 * validate --json writes its findings: each week lists its sessions and
 * their exercises, so a plan of 160,000 exercises gave 27 MB of JSON,
 * which as one tree, its text and an escaped copy took 330 MB before the
 * first byte was written, where the text output takes 200 MB. The output
 * is the document regimen_cli_print_json() would print of the whole. */
static void
print_json (RegimenChecker *checker,
            RegimenPlan    *plan)
{
  guint n = regimen_checker_get_n_weeks (checker);

  fputs ("{\n  \"weeks\" : [", stdout);

  for (guint week = 0; week < n; week++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      add_week_json (builder, regimen_checker_get_week_stats (checker, week), regimen_plan_get_week (plan, week));
      node = json_builder_get_root (builder);
      fputs (week > 0 ? ",\n" : "\n", stdout);
      if (!regimen_cli_print_json_element (node, 4))
        return;
    }

  fputs (n > 0 ? "\n  ]\n}\n" : "]\n}\n", stdout);
}

/* The week's heading: “Week 3”, and the week's own label after it in
 * quotes. The label alone at the start of a line could read as one of
 * the rows below it (a label “  Weekly load (AU)  0 of a budget of
 * 1950” did), as the other commands quote the names they print. */
static void
print_week_heading (guint        week,
                    RegimenWeek *plan_week)
{
  const char *label = regimen_week_get_label (plan_week);
  g_autofree char *heading = g_strdup_printf (_("Week %u"), week + 1);

  if (regimen_week_label_says_more (label, week))
    {
      g_autofree char *safe = regimen_cli_escape (label);

      /* Translators: a week's heading in `regimen-cli stats`: “Week 4 — “Deload””,
       * the week's number and its label */
      printf (_("Week %u — “%s”"), week + 1, safe);
      putchar ('\n');
    }
  else
    printf ("%s\n", heading);
}

/* The rows of a week, each a label and its numbers. */
typedef enum
{
  ROW_DAILY_LOAD,
  ROW_WEEKLY_LOAD,
  ROW_MONOTONY,
  ROW_STRAIN,
  ROW_HIIT,
  ROW_ACWR,
  ROW_FITNESS,
  ROW_SETS,
  ROW_PLANNED_DONE,
  ROW_SESSIONS_DONE,
  N_ROWS
} StatsRow;

/* Their labels, each padded to the widest (stats_label_width()), so the
 * numbers after them start in one column in every language. */
static const char * const row_labels[N_ROWS] = {
  [ROW_DAILY_LOAD] = N_("Daily load (AU)"),
  [ROW_WEEKLY_LOAD] = N_("Weekly load (AU)"),
  [ROW_MONOTONY] = N_("Monotony"),
  [ROW_STRAIN] = N_("Strain"),
  [ROW_HIIT] = N_("HIIT sessions / limit"),
  [ROW_ACWR] = N_("Acute:chronic ratio"),
  /* Translators: CTL, ATL and TSB of the training-stress model */
  [ROW_FITNESS] = N_("Fitness / fatigue / form"),
  [ROW_SETS] = N_("Sets per muscle group"),
  [ROW_PLANNED_DONE] = N_("Planned / done load (AU)"),
  [ROW_SESSIONS_DONE] = N_("Sessions done"),
};

/* The columns the widest label takes, as the terminal shows it: German
 * “Wöchentliche Belastung (AU)” is wider than the 24 columns the English
 * labels fit in, and printf()'s “%-24s” counts bytes, so “Tägliche
 * Belastung (AU)” and the labels past 24 columns pushed their numbers
 * out of the column (issue 21, pass 44b). */
static guint
stats_label_width (void)
{
  guint width = 0;

  for (guint row = 0; row < N_ROWS; row++)
    {
      g_autofree char *shown = regimen_cli_as_shown (_(row_labels[row]));

      width = MAX (width, regimen_cli_text_width (shown));
    }

  return width;
}

/* Prints a row's indent and @row's label padded to @width columns. */
static void
print_label (StatsRow row,
             guint    width)
{
  const char *label = _(row_labels[row]);
  g_autofree char *shown = regimen_cli_as_shown (label);

  printf ("  %s%*s", label, (int) (width - regimen_cli_text_width (shown)), "");
}

static void
print_week_text (const RegimenWeekStats *stats,
                 guint                   width)
{
  const char * const *muscles = regimen_muscle_list_ids ();
  g_autoptr(GString) sets = g_string_new (NULL);

  print_label (ROW_DAILY_LOAD, width);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    printf (" %s %.0f", regimen_weekday_short_name (day), stats->daily_loads[day]);
  putchar ('\n');

  print_label (ROW_WEEKLY_LOAD, width);
  printf (" %.0f", stats->load);
  if (stats->budget > 0)
    printf (_(" of a budget of %.0f"), stats->budget);
  putchar ('\n');

  print_label (ROW_MONOTONY, width);
  printf (" %.2f\n", stats->monotony);
  print_label (ROW_STRAIN, width);
  printf (" %.0f\n", stats->strain);
  print_label (ROW_HIIT, width);
  printf (" %u / %u\n", stats->hiit_sessions, stats->hiit_limit);

  print_label (ROW_ACWR, width);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    if (stats->daily_chronic[day] >= REGIMEN_CHRONIC_LOAD_MIN)
      printf (" %s %.2f", regimen_weekday_short_name (day), stats->daily_acwr[day]);
    else
      /* No chronic load to compare with. */
      printf (" %s –", regimen_weekday_short_name (day));
  putchar ('\n');

  print_label (ROW_FITNESS, width);
  printf (" %.1f / %.1f / %.1f\n", stats->ctl, stats->atl, stats->tsb);

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
    {
      print_label (ROW_SETS, width);
      printf (" %s\n", sets->str);
    }
}

/* Planned against done: the week's loads and sessions, then each logged
 * session with its items' prescriptions and the sets done. */
static void
print_done_text (const RegimenWeekStats *stats,
                 RegimenWeek            *week,
                 RegimenLoadUnit         unit,
                 guint                   width)
{
  guint skipped = stats->sessions_logged - stats->sessions_done - stats->sessions_partly;

  print_label (ROW_PLANNED_DONE, width);
  /* A week with nothing logged has no done load, not one of 0. */
  if (stats->sessions_logged > 0)
    printf (" %.0f / %.0f\n", stats->planned_load, stats->done_load);
  else
    printf (" %.0f / –\n", stats->planned_load);
  print_label (ROW_SESSIONS_DONE, width);
  putchar (' ');
  /* Translators: “2 of 4 (1 partly, 1 skipped, 0 not logged)” */
  printf (_("%u of %u (%u partly, %u skipped, %u not logged)"), stats->sessions_done,
          stats->sessions_planned, stats->sessions_partly, skipped,
          stats->sessions_planned - stats->sessions_logged);
  putchar ('\n');

  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      RegimenDay *plan_day = regimen_week_get_day (week, day);

      for (guint s = 0; s < regimen_day_get_n_sessions (plan_day); s++)
        {
          RegimenSession *session = regimen_day_get_session (plan_day, s);
          const RegimenSessionLog *log = regimen_session_get_log (session);
          g_autofree char *title = regimen_cli_escape (regimen_session_get_display_title (session));

          if (log == NULL)
            continue;

          /* Translators: a logged session in `regimen-cli stats`: its weekday,
           * its title (quoted: the plan's own text) and its log state */
          printf (_("  %s “%s” (%s)"), regimen_weekday_short_name (day), title,
                  regimen_log_status_get_label (log->status));
          putchar ('\n');

          for (guint i = 0; i < regimen_session_get_n_items (session); i++)
            {
              RegimenItem *item = regimen_session_get_item (session, i);
              const RegimenItemLog *item_log = regimen_session_log_find_item (log, regimen_item_get_id (item));
              g_autofree char *planned = regimen_item_format_prescription_in (item, unit);
              g_autofree char *done = item_log != NULL ? regimen_item_log_format_sets (item_log) : g_strdup ("–");
              g_autofree char *exercise = regimen_cli_escape (regimen_item_get_exercise (item));
              g_autofree char *safe_planned = regimen_cli_escape (planned);
              g_autofree char *safe_done = regimen_cli_escape (done);

              /* Translators: an exercise, its prescription and the sets done:
               * “narrow-stance-squat: planned 3 × 10, done 1 × 10 at 40 kg / 2 × 8 at 42.5 kg” */
              printf (_("    %s: planned %s, done %s"), exercise, safe_planned, safe_done);
              putchar ('\n');
            }
        }
    }
}

int
regimen_cli_stats (int    argc,
                   char **argv)
{
  gboolean json = FALSE;
  g_autofree char *unit_word = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the statistics as JSON"), NULL },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_word,
      N_("The unit of the planned loads in the text: kg (the default) or lb; --json keeps kg, as the plan"), N_("UNIT") },
    { NULL }
  };
  RegimenLoadUnit unit = REGIMEN_LOAD_UNIT_KG;
  g_autoptr(GOptionContext) context = g_option_context_new (_("PLAN"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  int status;
  g_autoptr(RegimenChecker) checker = NULL;

  g_set_prgname ("regimen-cli stats");
  g_option_context_set_summary (context,
                                _("Print the training-stress numbers of every week of a plan:\n"
                                  "daily and weekly load, monotony, strain, HIIT sessions, budget,\n"
                                  "acute:chronic ratio, fitness, fatigue, form and sets per muscle group.\n"
                                  "See docs/validation-rules.md for how each is computed."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
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

  if (unit_word != NULL && !regimen_load_unit_from_string (unit_word, &unit))
    return regimen_cli_fail_usage ("stats", _("“%s” is not a unit of load; use kg or lb"), unit_word);

  plan = regimen_cli_load_plan ("stats", argv[1], NULL, &file, NULL, &status);
  if (plan == NULL)
    return status;

  /* Not printed into the plan (“>> PLAN”), which would no longer open. */
  if (!regimen_cli_check_stdout_not_plan ("stats", argv[1], file))
    return REGIMEN_CLI_EXIT_INVALID;

  /* The person's own exercises too, as the app checks and shows them. */
  regimen_cli_get_library ("stats");

  checker = regimen_plan_check (plan, NULL);

  if (json)
    {
      print_json (checker, plan);
    }
  else
    {
      guint width = stats_label_width ();

      for (guint week = 0; week < regimen_checker_get_n_weeks (checker); week++)
        {
          if (week > 0)
            putchar ('\n');
          print_week_heading (week, regimen_plan_get_week (plan, week));
          print_week_text (regimen_checker_get_week_stats (checker, week), width);
          print_done_text (regimen_checker_get_week_stats (checker, week), regimen_plan_get_week (plan, week), unit, width);
        }
    }

  return REGIMEN_CLI_EXIT_OK;
}
