/* regimen-cli-new.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* regimen-cli new: a plan file from one of the app's templates, or a
 * blank plan of some weeks, as File → New offers them. */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "regimen-cli-private.h"

/* Two years of weeks is more than any plan a coach writes at once. */
#define MAX_WEEKS 104

static int
list_templates (gboolean json)
{
  guint n_templates;
  const RegimenTemplate *templates = regimen_templates_get (&n_templates);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "templates");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_templates; i++)
        {
          g_autoptr(RegimenPlan) plan = regimen_template_instantiate (&templates[i], NULL);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, templates[i].id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, regimen_template_get_title (&templates[i]));
          json_builder_set_member_name (builder, "description");
          json_builder_add_string_value (builder, regimen_template_get_description (&templates[i]));
          json_builder_set_member_name (builder, "weeks");
          json_builder_add_int_value (builder, plan != NULL ? regimen_plan_get_n_weeks (plan) : 0);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      return regimen_cli_print_json (root) ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
    }

  for (guint i = 0; i < n_templates; i++)
    {
      g_autoptr(RegimenPlan) plan = regimen_template_instantiate (&templates[i], NULL);
      guint n_weeks = plan != NULL ? regimen_plan_get_n_weeks (plan) : 0;
      g_autofree char *weeks = g_strdup_printf (ngettext ("%u week", "%u weeks", n_weeks), n_weeks);

      if (i > 0)
        putchar ('\n');
      /* Translators: a template in “regimen-cli new --list-templates”: id, title, its number of weeks */
      printf (_("%s: %s (%s)"), templates[i].id, regimen_template_get_title (&templates[i]), weeks);
      putchar ('\n');
      regimen_cli_print_wrapped (2, regimen_template_get_description (&templates[i]));
    }

  return regimen_cli_flush_output () ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
}

static const RegimenTemplate *
find_template (const char *id)
{
  guint n_templates;
  const RegimenTemplate *templates = regimen_templates_get (&n_templates);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *short_id = NULL;
  g_autofree char *safe = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < n_templates; i++)
    {
      if (g_str_equal (templates[i].id, id))
        return &templates[i];
      g_ptr_array_add (ids, (gpointer) templates[i].id);
      g_ptr_array_add (titles, (gpointer) regimen_template_get_title (&templates[i]));
    }

  short_id = regimen_cli_spell_typed (id);
  safe = regimen_cli_escape (short_id);
  /* Translators: %s is the template id that was given */
  message = g_strdup_printf (_("No template has the id “%s”."), safe);
  regimen_cli_print_unknown ("new", message, id, (const char * const *) ids->pdata,
                             (const char * const *) titles->pdata, n_templates,
                             "regimen-cli new --list-templates");

  return NULL;
}

/* Keeps the first @n_weeks weeks of @plan, or repeats its last week until
 * it has that many: a one-week template becomes a block of the same week,
 * a progression holds its last stage. The repeats have no label of their
 * own, so the app names them by their place (“Week 4”). */
static void
set_n_weeks (RegimenPlan *plan,
             guint        n_weeks)
{
  while (regimen_plan_get_n_weeks (plan) > n_weeks)
    regimen_plan_remove_week (plan, regimen_plan_get_n_weeks (plan) - 1);

  while (regimen_plan_get_n_weeks (plan) < n_weeks)
    {
      guint last = regimen_plan_get_n_weeks (plan) - 1;

      if (last == G_MAXUINT)
        {
          g_autoptr(RegimenWeek) week = regimen_week_new (NULL);

          regimen_plan_add_week (plan, G_MAXUINT, week);
        }
      else
        {
          regimen_plan_duplicate_week (plan, last);
          regimen_plan_set_week_label (plan, last + 1, NULL);
        }
    }
}

int
regimen_cli_new (int    argc,
                 char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *start = NULL;
  g_autofree char *title = NULL;
  g_autofree char *level_text = NULL;
  g_autofree char *stress_text = NULL;
  g_autofree char *baseline_text = NULL;
  g_autofree char *max_hiit_text = NULL;
  /* NULL: not given; the template's weeks, or one. Read as text, so
   * that a number past an int is told its bound as any other is. */
  g_autofree char *weeks_text = NULL;
  guint n_weeks = 0;
  gboolean list = FALSE;
  gboolean json = FALSE;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the new plan to FILE (“-” for standard output)"), N_("FILE") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      N_("Start from the template with this id (see --list-templates) instead of a blank plan"), N_("ID") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("The Monday the plan starts on"), N_("YYYY-MM-DD") },
    { "weeks", 0, 0, G_OPTION_ARG_STRING, &weeks_text,
      N_("How many weeks: a blank plan gets N empty weeks (default: 1); a template keeps its first N weeks, or repeats its last week up to N"),
      N_("N") },
    /* Taken as bytes and checked below, so that a message can name it. */
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The plan’s title"), N_("TEXT") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &level_text,
      N_("The athlete’s training experience: beginner, intermediate or advanced"), N_("LEVEL") },
    { "life-stress", 0, 0, G_OPTION_ARG_STRING, &stress_text,
      N_("The athlete’s stress outside training: low, moderate or high"), N_("STRESS") },
    { "baseline-load", 0, 0, G_OPTION_ARG_STRING, &baseline_text,
      N_("The athlete’s usual weekly load before the plan, in AU (0 for unknown)"), N_("AU") },
    { "max-hiit", 0, 0, G_OPTION_ARG_STRING, &max_hiit_text,
      N_("The athlete’s own limit of HIIT sessions a week, 0–14"), N_("N") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace FILE when it exists (the old one is kept as “FILE~”)"), NULL },
    { "list-templates", 0, 0, G_OPTION_ARG_NONE, &list, N_("List the templates and exit"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("With --list-templates: print the list as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autofree char *safe_output = NULL;
  const RegimenTemplate *template = NULL;
  GDate start_date;
  RegimenLevel level = REGIMEN_LEVEL_BEGINNER;
  RegimenLifeStress stress = REGIMEN_LIFE_STRESS_MODERATE;
  double baseline = 0;
  guint64 max_hiit = 0;

  g_set_prgname ("regimen-cli new");
  g_option_context_set_summary (context,
                                _("Write a new plan: a blank one, or one of the templates the app offers\n"
                                  "under New Plan. The plan is written atomically and checked like any\n"
                                  "other (see “regimen-cli validate”).\n"
                                  "Exit status: 0 written, 1 FILE exists (without --force) or could not\n"
                                  "be written, 64 wrong usage or no template has the id."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  {
    static const char * const decimal[] = { "--weeks", NULL };

    if (!regimen_cli_check_decimal_options ("new", argc, argv, decimal))
      return REGIMEN_CLI_EXIT_USAGE;
  }

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("new", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 1)
    return regimen_cli_usage_error (context);

  if (list)
    {
      if (output != NULL || template_id != NULL || start != NULL || weeks_text != NULL || title != NULL || force ||
          level_text != NULL || stress_text != NULL || baseline_text != NULL || max_hiit_text != NULL)
        return regimen_cli_usage_error (context);
      return list_templates (json);
    }

  if (output == NULL || json)
    return regimen_cli_usage_error (context);
  if (output[0] == '\0')
    return regimen_cli_fail_usage ("new", _("-o was given an empty name; name the file to write, or give - for standard output"));

  if (weeks_text != NULL && !regimen_cli_parse_count (weeks_text, 1, MAX_WEEKS, &n_weeks))
    {
      g_autofree char *safe_weeks = regimen_cli_escape_typed (weeks_text);

      fprintf (stderr, "regimen-cli new: ");
      /* Translators: %s is what --weeks was given, %d the most weeks */
      fprintf (stderr, _("A plan of %s weeks cannot be made; give from 1 to %d"), safe_weeks, MAX_WEEKS);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (start != NULL)
    {
      g_autofree char *safe_start = regimen_cli_escape_typed (start);

      /* The reader's own rule (YYYY-MM-DD exactly, 1900 to 2999): a start
       * it refuses would be dropped from the plan without a word. */
      if (!regimen_date_parse_given (start, &start_date))
        {
          regimen_cli_print_bad_date ("new", "--start", start);
          return REGIMEN_CLI_EXIT_USAGE;
        }

      if (!regimen_date_is_monday (&start_date))
        {
          GDate monday = start_date;
          char monday_text[16];
          guint weekday = g_date_get_weekday (&start_date) - G_DATE_MONDAY;

          g_date_subtract_days (&monday, weekday);
          g_date_strftime (monday_text, sizeof monday_text, "%Y-%m-%d", &monday);
          fprintf (stderr, "regimen-cli new: ");
          /* Translators: a date, its weekday, then the Monday of its week */
          fprintf (stderr, _("%s is a %s, but a plan starts on a Monday; the Monday of that week is %s"),
                   safe_start, regimen_weekday_name (weekday), monday_text);
          fputc ('\n', stderr);
          return REGIMEN_CLI_EXIT_USAGE;
        }
    }

  if (title != NULL && g_utf8_strlen (title, -1) > REGIMEN_TEXT_MAX_LENGTH)
    {
      fprintf (stderr, "regimen-cli new: ");
      /* Translators: the first number is the title's length in characters */
      fprintf (stderr, _("The title is %ld characters long; a title holds at most %d"),
               g_utf8_strlen (title, -1), REGIMEN_TEXT_MAX_LENGTH);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (level_text != NULL && !regimen_level_from_string (level_text, &level))
    return regimen_cli_fail_usage ("new", _("--level takes beginner, intermediate or advanced, not “%s”"), level_text);
  if (stress_text != NULL && !regimen_life_stress_from_string (stress_text, &stress))
    return regimen_cli_fail_usage ("new", _("--life-stress takes low, moderate or high, not “%s”"), stress_text);
  if (baseline_text != NULL)
    {
      if (!regimen_decimal_parse (baseline_text, NULL, &baseline))
        baseline = -1;
      if (baseline < REGIMEN_BASELINE_LOAD_MIN || baseline > REGIMEN_BASELINE_LOAD_MAX)
        return regimen_cli_fail_usage ("new", _("--baseline-load takes a load from 0 to %.0f AU, such as 360, not “%s”"),
                                       REGIMEN_BASELINE_LOAD_MAX, baseline_text);
    }
  if (max_hiit_text != NULL &&
      (!g_ascii_isdigit (max_hiit_text[0]) || (max_hiit_text[0] == '0' && max_hiit_text[1] != '\0') ||
       !g_ascii_string_to_unsigned (max_hiit_text, 10, REGIMEN_MAX_HIIT_MIN, REGIMEN_MAX_HIIT_MAX, &max_hiit, NULL)))
    return regimen_cli_fail_usage ("new", _("--max-hiit takes a whole number from %d to %d, not “%s”"),
                                   REGIMEN_MAX_HIIT_MIN, REGIMEN_MAX_HIIT_MAX, max_hiit_text);

  if (template_id != NULL && (template = find_template (template_id)) == NULL)
    return REGIMEN_CLI_EXIT_USAGE;

  if (!g_str_equal (output, "-") && regimen_cli_names_folder (output))
    {
      regimen_cli_print_error ("new", output, _("the name ends in “/”, “/.” or “/..”, so it names a folder, not a file"));
      return REGIMEN_CLI_EXIT_INVALID;
    }
  if (!g_str_equal (output, "-") && (file = regimen_cli_file_new (output, &error)) == NULL)
    {
      regimen_cli_print_error ("new", output, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }
  safe_output = regimen_cli_escape_path (output);

  /* Only a file --force would replace is said to want it: a folder, a
   * device or a link to nothing was said to exist, and --force then
   * refused it for what it is. Those go on to the save, which says so. */
  if (!force && !g_str_equal (output, "-") &&
      g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_REGULAR)
    {
      fprintf (stderr, "regimen-cli new: ");
      /* Translators: %s is a file name */
      fprintf (stderr, _("%s already exists; give --force to replace it"), safe_output);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  /* Never into Regimen's own data folder (docs/cli.md). */
  if (!regimen_cli_check_output_outside_data ("new", output))
    return REGIMEN_CLI_EXIT_INVALID;

  /* Not over a previous version a save kept, even with --force. */
  if (!g_str_equal (output, "-") && !regimen_file_check_not_backup (output, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not write “%s”: %s"), output, error->message);

      regimen_cli_print_error ("new", output, message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  if (template != NULL)
    {
      plan = regimen_template_instantiate (template, &error);
      /* The templates are compiled in and tested, so this is a build problem. */
      if (plan == NULL)
        {
          fprintf (stderr, "regimen-cli new: %s\n", error->message);
          return REGIMEN_CLI_EXIT_INVALID;
        }
    }
  else
    plan = regimen_plan_new_blank ();

  if (weeks_text != NULL)
    set_n_weeks (plan, n_weeks);
  if (start != NULL && !regimen_plan_set_start_date (plan, &start_date))
    {
      g_autofree char *limit = regimen_plan_describe_max_weeks (&start_date);

      fprintf (stderr, "regimen-cli new: ");
      /* Translators: the %s is “a plan that starts on 2999-12-23 has room
       * for 1 week, as its weeks end by 2999-12-31, the last day a plan
       * may name”; the number the weeks the plan would have */
      fprintf (stderr, _("%s; give an earlier --start or fewer --weeks (this plan has %u)"),
               limit, regimen_plan_get_n_weeks (plan));
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }
  if (title != NULL)
    regimen_plan_set_title (plan, title);
  if (level_text != NULL)
    regimen_plan_set_athlete_level (plan, level);
  if (stress_text != NULL)
    regimen_plan_set_athlete_life_stress (plan, stress);
  if (baseline_text != NULL)
    regimen_plan_set_athlete_baseline_weekly_load (plan, baseline);
  if (max_hiit_text != NULL)
    regimen_plan_set_athlete_max_hiit_per_week (plan, (int) max_hiit);

  if (g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) bytes = regimen_plan_to_bytes (plan);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (!regimen_cli_write_file_data (data, length))
        return REGIMEN_CLI_EXIT_INVALID;
      return REGIMEN_CLI_EXIT_OK;
    }

  /* Without --force, a file that appeared since the check above is not
   * replaced either. */
  if (!regimen_plan_save_to_file_with_flags (plan, file, force ? REGIMEN_FILE_WRITE_NONE
                                                               : REGIMEN_FILE_WRITE_NO_REPLACE,
                                             NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          fprintf (stderr, "regimen-cli new: ");
          fprintf (stderr, _("%s already exists; give --force to replace it"), safe_output);
          fputc ('\n', stderr);
          return REGIMEN_CLI_EXIT_INVALID;
        }
      regimen_cli_print_error ("new", output, error->message);
      return REGIMEN_CLI_EXIT_INVALID;
    }

  return REGIMEN_CLI_EXIT_OK;
}
