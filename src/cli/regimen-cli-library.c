/* regimen-cli-library.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* regimen-cli library list|show: the exercise library as the app shows it,
 * built-in exercises first, then the person's own. */

#define G_LOG_DOMAIN "regimen-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "regimen-cli-private.h"

/* Muscle group and equipment ids, the way the rest of the CLI's JSON
 * writes ids: stable and untranslated. */
static void
add_string_array (JsonBuilder        *builder,
                  const char         *member,
                  const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL && *value != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_uint (JsonBuilder *builder,
          const char  *member,
          guint        value)
{
  if (value == 0)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/* [{"id": …, "name": …}], for what show prints by name. */
static void
add_named_ids (JsonBuilder        *builder,
               const char         *member,
               const char * const *ids,
               const char *      (*get_name) (const char *id))
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *name = get_name (ids[i]);

      json_builder_begin_object (builder);
      add_string (builder, "id", ids[i]);
      add_string (builder, "name", name != NULL ? name : ids[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_summary (JsonBuilder     *builder,
             RegimenExercise *exercise)
{
  add_string (builder, "id", regimen_exercise_get_id (exercise));
  add_string (builder, "name", regimen_exercise_get_name (exercise));
  add_string (builder, "category", regimen_exercise_category_to_id (regimen_exercise_get_category (exercise)));
  json_builder_set_member_name (builder, "level");
  json_builder_add_int_value (builder, regimen_exercise_get_level (exercise));
  json_builder_set_member_name (builder, "hiit_fit");
  json_builder_add_boolean_value (builder, regimen_exercise_get_hiit_fit (exercise));
  json_builder_set_member_name (builder, "custom");
  json_builder_add_boolean_value (builder, regimen_exercise_get_custom (exercise));
}

/* The line under a name in the app, “Strength · Level 2”, and whether it
 * suits intervals and is the person's own. */
static char *
describe (RegimenExercise *exercise)
{
  g_autofree char *line = NULL;

  line = regimen_exercise_describe (exercise);

  if (regimen_exercise_get_hiit_fit (exercise))
    {
      char *with_hiit = g_strdup_printf (_("%s · %s"), line, C_("exercise suits intervals", "HIIT"));

      g_free (line);
      line = with_hiit;
    }

  if (regimen_exercise_get_custom (exercise))
    {
      /* Translators: marks an exercise the person made, in “regimen-cli library list” */
      char *custom = g_strdup_printf (_("%s · %s"), line, _("your own"));

      g_free (line);
      line = custom;
    }

  return g_steal_pointer (&line);
}

/* The widest the name column of `library list` grows: a longer (custom)
 * name is cut with “…”, so one long name does not pad every line. */
#define NAME_COLUMN_MAX 48

/* @shown cut to the column, with the ellipsis as it is shown too ("..."
 * under ASCII). */
static char *
cut_to_column (char *shown)
{
  g_autofree char *ellipsis = NULL;
  g_autofree char *cut = NULL;
  const char *end = shown;
  guint room;
  guint used = 0;

  if (regimen_cli_text_width (shown) <= NAME_COLUMN_MAX)
    return shown;

  ellipsis = regimen_cli_as_shown ("…");
  room = NAME_COLUMN_MAX - regimen_cli_text_width (ellipsis);
  /* As many columns as fit, with the marks that combine with the last
   * character kept (they take none); a wide character that would
   * overhang the column is left out whole. */
  while (*end != '\0')
    {
      guint width = regimen_cli_char_width (g_utf8_get_char (end));

      if (used + width > room)
        break;
      used += width;
      end = g_utf8_next_char (end);
    }
  cut = g_strndup (shown, end - shown);
  g_free (shown);
  return g_strconcat (cut, ellipsis, NULL);
}

typedef struct
{
  const char              *category;
  guint                    level;
  GHashTable              *found;
  const char              *muscle;
  const char              *equipment;
  gboolean                 has_category;
  RegimenExerciseCategory  category_value;
} Filter;

static gboolean
filter_matches (const Filter    *filter,
                RegimenExercise *exercise)
{
  return (!filter->has_category || regimen_exercise_get_category (exercise) == filter->category_value) &&
         (filter->level == 0 || regimen_exercise_get_level (exercise) == filter->level) &&
         (filter->muscle == NULL || regimen_exercise_works_muscle (exercise, filter->muscle)) &&
         (filter->equipment == NULL || regimen_exercise_needs_equipment (exercise, filter->equipment)) &&
         (filter->found == NULL || g_hash_table_contains (filter->found, exercise));
}

static int
print_list (GPtrArray *exercises,
            gboolean   json)
{
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "exercises");
      json_builder_begin_array (builder);
      for (guint i = 0; i < exercises->len; i++)
        {
          RegimenExercise *exercise = g_ptr_array_index (exercises, i);

          json_builder_begin_object (builder);
          add_summary (builder, exercise);
          add_string_array (builder, "primary_muscles", regimen_exercise_get_primary_muscles (exercise));
          add_string_array (builder, "secondary_muscles", regimen_exercise_get_secondary_muscles (exercise));
          add_string_array (builder, "equipment", regimen_exercise_get_equipment (exercise));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      return regimen_cli_print_json (root) ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
    }
  else
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      guint id_width = 0;
      guint name_width = 0;

      for (guint i = 0; i < exercises->len; i++)
        {
          RegimenExercise *exercise = g_ptr_array_index (exercises, i);
          g_autofree char *escaped = regimen_cli_escape (regimen_exercise_get_display_name (exercise));
          char *name = cut_to_column (regimen_cli_as_shown (escaped));

          g_ptr_array_add (names, name);
          id_width = MAX (id_width, strlen (regimen_exercise_get_id (exercise)));
          name_width = MAX (name_width, regimen_cli_text_width (name));
        }

      for (guint i = 0; i < exercises->len; i++)
        {
          RegimenExercise *exercise = g_ptr_array_index (exercises, i);
          const char *name = g_ptr_array_index (names, i);
          g_autofree char *details = describe (exercise);

          /* Custom ids are checked to be lowercase ASCII, so %-*s aligns. */
          printf ("%-*s  %s%*s  %s\n", (int) id_width, regimen_exercise_get_id (exercise),
                  name, (int) (name_width - regimen_cli_text_width (name)), "", details);
        }

      return regimen_cli_flush_output () ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
    }
}

static int
run_list (int    argc,
          char **argv)
{
  gboolean json = FALSE;
  g_autofree char *category = NULL;
  g_autofree char *search = NULL;
  g_autofree char *muscle = NULL;
  g_autofree char *equipment = NULL;
  g_autofree char *level_text = NULL;
  guint level = 0;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the exercises as JSON"), NULL },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category,
      N_("Only this category: mobility, core, strength, power or conditioning"), N_("CATEGORY") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &level_text, N_("Only this level, from 1 (easiest) to 4"), N_("N") },
    /* Taken as bytes and checked below, so that a message can name it. */
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only the exercises the app's search finds for TEXT: each word in the name, other names, id, "
         "muscles or equipment"), N_("TEXT") },
    { "muscle", 0, 0, G_OPTION_ARG_STRING, &muscle,
      N_("Only exercises that work this muscle group (an id, such as glutes)"), N_("MUSCLE") },
    { "equipment", 0, 0, G_OPTION_ARG_STRING, &equipment,
      N_("Only exercises that need this equipment (an id, such as kettlebell)"), N_("EQUIPMENT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) exercises = g_ptr_array_new ();
  g_autoptr(GHashTable) found = NULL;
  Filter filter = { 0 };
  RegimenLibrary *library;

  g_set_prgname ("regimen-cli library list");
  g_option_context_set_summary (context,
                                _("List the exercises of the library, built-in ones first, then your own:\n"
                                  "id, name, category and level, one a line.\n"
                                  "Exit status: 0 done, 64 wrong usage."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("library list", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 1)
    return regimen_cli_usage_error (context);

  if (category != NULL)
    {
      filter.has_category = TRUE;
      if (!regimen_exercise_category_from_id (category, &filter.category_value))
        {
          g_autofree char *safe = regimen_cli_escape_typed (category);

          fprintf (stderr, "regimen-cli library list: ");
          fprintf (stderr, _("“%s” is not a category; use mobility, core, strength, power or conditioning"), safe);
          fputc ('\n', stderr);
          return REGIMEN_CLI_EXIT_USAGE;
        }
    }

  /* Read as decimal text, so that 0, 0x2, 02 or 2.5 are no level rather
   * than "any level" or a level in another base. */
  if (level_text != NULL && !regimen_cli_parse_count (level_text, 1, 4, &level))
    {
      g_autofree char *safe = regimen_cli_escape_typed (level_text);

      fprintf (stderr, "regimen-cli library list: ");
      fprintf (stderr, _("“%s” is not a level; levels go from 1 to 4"), safe);
      fputc ('\n', stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (muscle != NULL && !regimen_muscle_is_valid (muscle))
    {
      const char * const *ids = regimen_muscle_list_ids ();
      g_autofree char *safe = regimen_cli_escape_typed (muscle);
      /* Translators: %s is what was given for --muscle */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a muscle group id."), safe);

      regimen_cli_print_unknown ("library list", message, muscle, ids, NULL, g_strv_length ((char **) ids),
                                 "regimen-cli library list --help");
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (equipment != NULL && !regimen_equipment_is_valid (equipment))
    {
      const char * const *ids = regimen_equipment_list_ids ();
      g_autofree char *safe = regimen_cli_escape_typed (equipment);
      /* Translators: %s is what was given for --equipment */
      g_autofree char *message = g_strdup_printf (_("“%s” is not an equipment id."), safe);

      regimen_cli_print_unknown ("library list", message, equipment, ids, NULL, g_strv_length ((char **) ids),
                                 "regimen-cli library list --help");
      return REGIMEN_CLI_EXIT_USAGE;
    }

  filter.level = level;
  filter.muscle = muscle;
  filter.equipment = equipment;

  library = regimen_cli_get_library ("library list");

  /* The app's search, so that one text finds the same exercises in both:
   * matched here as one substring, “squat ” with a trailing space found 2
   * of squat's 12 and “back  squat” nothing (issue 21, pass 40a). */
  if (search != NULL)
    {
      g_autoptr(RegimenLibrarySearch) results = regimen_library_search_new (library);
      GListModel *model = G_LIST_MODEL (results);

      regimen_library_search_set_query (results, search);
      found = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_hash_table_add (found, g_list_model_get_item (model, i));
      filter.found = found;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

      /* The library holds a reference for as long as the process runs. */
      if (filter_matches (&filter, exercise))
        g_ptr_array_add (exercises, exercise);
    }

  return print_list (exercises, json);
}

static char *
join_names (const char * const *ids,
            const char *      (*get_name) (const char *id))
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *name = get_name (ids[i]);

      g_ptr_array_add (names, (gpointer) (name != NULL ? name : ids[i]));
    }
  g_ptr_array_add (names, NULL);

  /* Translators: the separator between muscle groups or pieces of equipment */
  return g_strjoinv (_(", "), (char **) names->pdata);
}

static void
print_heading (const char *heading)
{
  printf ("\n%s\n", heading);
}

/* “  Primary: Quadriceps, Glutes”, as a wrapped paragraph. */
static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *line = NULL;

  if (value == NULL || *value == '\0')
    return;

  /* Translators: a label and its value, “Primary: Quadriceps, Glutes” */
  line = g_strdup_printf (_("%s: %s"), label, value);
  regimen_cli_print_wrapped (2, line);
}

static void
print_list_of (const char         *heading,
               const char * const *lines)
{
  if (lines == NULL || lines[0] == NULL)
    return;

  print_heading (heading);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("- %s", lines[i]);

      regimen_cli_print_wrapped (2, line);
    }
}

static void
print_exercise (RegimenLibrary  *library,
                RegimenExercise *exercise)
{
  const RegimenPrescription *prescription = regimen_exercise_get_prescription (exercise);
  const char * const *aliases = regimen_exercise_get_aliases (exercise);
  const char * const *secondary = regimen_exercise_get_secondary_muscles (exercise);
  const char * const *equipment_ids = regimen_exercise_get_equipment (exercise);
  g_autofree char *name = regimen_cli_escape (regimen_exercise_get_display_name (exercise));
  g_autofree char *details = describe (exercise);
  g_autofree char *prescription_text = NULL;
  g_autofree char *frequency_text = NULL;
  g_autofree char *primary_text = NULL;
  g_autofree char *secondary_text = NULL;
  g_autofree char *equipment_text = NULL;
  g_autoptr(GPtrArray) chain = regimen_library_get_chain (library, regimen_exercise_get_id (exercise));
  RegimenPoseSequence *poses = regimen_exercise_get_poses (exercise);
  const char *picture = regimen_exercise_get_picture (exercise);

  printf ("%s\n%s  %s\n", name, regimen_exercise_get_id (exercise), details);

  if (aliases != NULL && aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (_(", "), (char **) aliases);

      print_field (_("Also known as"), joined);
    }

  if (poses != NULL)
    {
      /* Translators: the figure of an exercise, for “regimen-cli render --frame”: “3 poses, 2.5 s a repetition” */
      g_autofree char *figure = g_strdup_printf (ngettext ("%u pose, %.1f s a repetition",
                                                           "%u poses, %.1f s a repetition",
                                                           regimen_pose_sequence_get_n_frames (poses)),
                                                 regimen_pose_sequence_get_n_frames (poses),
                                                 regimen_pose_sequence_get_duration (poses));

      print_field (_("Figure"), figure);
    }
  else if (picture != NULL)
    print_field (_("Picture"), picture);

  prescription_text = prescription != NULL ? regimen_prescription_to_string (prescription) : NULL;
  frequency_text = prescription != NULL ? regimen_prescription_format_frequency (prescription) : NULL;
  if (prescription_text != NULL || frequency_text != NULL)
    {
      print_heading (_("Default Prescription"));
      if (prescription_text != NULL)
        regimen_cli_print_wrapped (2, prescription_text);
      if (frequency_text != NULL)
        regimen_cli_print_wrapped (2, frequency_text);
    }

  primary_text = join_names (regimen_exercise_get_primary_muscles (exercise), regimen_muscle_get_name);
  secondary_text = join_names (secondary, regimen_muscle_get_name);
  equipment_text = join_names (equipment_ids, regimen_equipment_get_name);
  print_heading (_("Muscles and Equipment"));
  print_field (_("Primary"), primary_text);
  print_field (_("Secondary"), secondary_text);
  print_field (_("Equipment"), *equipment_text != '\0' ? equipment_text : regimen_equipment_get_name ("none"));

  if ((regimen_exercise_get_setup (exercise) != NULL && *regimen_exercise_get_setup (exercise) != '\0') ||
      (regimen_exercise_get_movement (exercise) != NULL && *regimen_exercise_get_movement (exercise) != '\0') ||
      (regimen_exercise_get_breathing (exercise) != NULL && *regimen_exercise_get_breathing (exercise) != '\0'))
    {
      print_heading (_("How to Do It"));
      print_field (C_("exercise instructions", "Setup"), regimen_exercise_get_setup (exercise));
      print_field (C_("exercise instructions", "Movement"), regimen_exercise_get_movement (exercise));
      print_field (C_("exercise instructions", "Breathing"), regimen_exercise_get_breathing (exercise));
    }

  print_list_of (_("Cues"), regimen_exercise_get_cues (exercise));
  print_list_of (_("Common Faults"), regimen_exercise_get_faults (exercise));

  if (chain != NULL && chain->len >= 2)
    {
      print_heading (_("Progression"));
      for (guint i = 0; i < chain->len; i++)
        {
          RegimenExercise *stage = g_ptr_array_index (chain, i);
          g_autofree char *stage_name = regimen_cli_escape (regimen_exercise_get_display_name (stage));
          const char *marker = stage == exercise ? "*" : " ";

          /* Translators: a stage of a progression in “regimen-cli library show”: number, name, id */
          printf (_("%s %u. %s (%s)"), marker, i + 1, stage_name, regimen_exercise_get_id (stage));
          putchar ('\n');
        }
    }
}

static void
add_chain_stage (JsonBuilder     *builder,
                 const char      *member,
                 RegimenLibrary  *library,
                 const char      *id)
{
  /* An id of a stage that is not in the library is no link. */
  add_string (builder, member, id != NULL && regimen_library_lookup (library, id) != NULL ? id : NULL);
}

static int
print_exercise_json (RegimenLibrary  *library,
                     RegimenExercise *exercise)
{
  const RegimenPrescription *prescription = regimen_exercise_get_prescription (exercise);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) chain = regimen_library_get_chain (library, regimen_exercise_get_id (exercise));
  RegimenPoseSequence *poses = regimen_exercise_get_poses (exercise);

  json_builder_begin_object (builder);
  add_summary (builder, exercise);
  add_string (builder, "category_name", regimen_exercise_category_get_name (regimen_exercise_get_category (exercise)));
  add_string_array (builder, "aliases", regimen_exercise_get_aliases (exercise));

  json_builder_set_member_name (builder, "prescription");
  if (prescription == NULL)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *text = regimen_prescription_to_string (prescription);
      g_autofree char *frequency = regimen_prescription_format_frequency (prescription);

      json_builder_begin_object (builder);
      add_uint (builder, "sets", prescription->sets);
      add_uint (builder, "reps_min", prescription->reps_min);
      add_uint (builder, "reps_max", prescription->reps_max);
      add_uint (builder, "hold_seconds", prescription->hold_seconds);
      json_builder_set_member_name (builder, "per_side");
      json_builder_add_boolean_value (builder, prescription->per_side);
      if (prescription->tempo[0] != '\0')
        add_string (builder, "tempo", prescription->tempo);
      add_uint (builder, "rest_seconds", prescription->rest_seconds);
      add_uint (builder, "frequency_per_week", prescription->frequency_per_week);
      add_uint (builder, "weeks_min", prescription->weeks_min);
      add_uint (builder, "weeks_max", prescription->weeks_max);
      if (prescription->weeks_our_choice)
        {
          /* no source gives the weeks; Regimen chose them */
          json_builder_set_member_name (builder, "weeks_our_choice");
          json_builder_add_boolean_value (builder, TRUE);
        }
      add_uint (builder, "load_percent_1rm", prescription->load_percent_1rm);
      if (regimen_prescription_has_interval (prescription))
        {
          json_builder_set_member_name (builder, "interval");
          json_builder_begin_object (builder);
          add_uint (builder, "work_seconds", prescription->interval_work_seconds);
          add_uint (builder, "rest_seconds", prescription->interval_rest_seconds);
          add_uint (builder, "rounds", prescription->interval_rounds);
          json_builder_end_object (builder);
        }
      add_string (builder, "text", text);
      add_string (builder, "frequency", frequency);
      json_builder_end_object (builder);
    }

  add_named_ids (builder, "primary_muscles", regimen_exercise_get_primary_muscles (exercise), regimen_muscle_get_name);
  add_named_ids (builder, "secondary_muscles", regimen_exercise_get_secondary_muscles (exercise), regimen_muscle_get_name);
  add_named_ids (builder, "equipment", regimen_exercise_get_equipment (exercise), regimen_equipment_get_name);

  json_builder_set_member_name (builder, "instructions");
  json_builder_begin_object (builder);
  add_string (builder, "setup", regimen_exercise_get_setup (exercise));
  add_string (builder, "movement", regimen_exercise_get_movement (exercise));
  add_string (builder, "breathing", regimen_exercise_get_breathing (exercise));
  json_builder_end_object (builder);

  add_string_array (builder, "cues", regimen_exercise_get_cues (exercise));
  add_string_array (builder, "faults", regimen_exercise_get_faults (exercise));

  add_chain_stage (builder, "previous", library, regimen_exercise_get_previous (exercise));
  add_chain_stage (builder, "next", library, regimen_exercise_get_next (exercise));
  json_builder_set_member_name (builder, "chain");
  json_builder_begin_array (builder);
  for (guint i = 0; chain != NULL && chain->len >= 2 && i < chain->len; i++)
    {
      json_builder_begin_object (builder);
      add_summary (builder, g_ptr_array_index (chain, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "figure");
  if (poses == NULL)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "frames");
      json_builder_add_int_value (builder, regimen_pose_sequence_get_n_frames (poses));
      json_builder_set_member_name (builder, "duration");
      json_builder_add_double_value (builder, regimen_pose_sequence_get_duration (poses));
      json_builder_end_object (builder);
    }
  add_string (builder, "picture", regimen_exercise_get_picture (exercise));

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return regimen_cli_print_json (root) ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
}

/**
 * regimen_cli_lookup_exercise:
 * @library: the library
 * @command: the command's name, for the message
 * @id: what was typed
 *
 * Returns: (transfer none) (nullable): the exercise, or %NULL after
 *   printing what is wrong and the nearest ids
 */
RegimenExercise *
regimen_cli_lookup_exercise (RegimenLibrary *library,
                             const char     *command,
                             const char     *id)
{
  RegimenExercise *exercise = regimen_library_lookup (library, id);
  GListModel *model = G_LIST_MODEL (library);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *short_id = NULL;
  g_autofree char *safe = NULL;
  g_autofree char *message = NULL;

  if (exercise != NULL)
    return exercise;

  ids = g_ptr_array_new ();
  names = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenExercise) item = g_list_model_get_item (model, i);

      g_ptr_array_add (ids, (gpointer) regimen_exercise_get_id (item));
      g_ptr_array_add (names, (gpointer) regimen_exercise_get_name (item));
    }

  short_id = regimen_cli_spell_typed (id);
  safe = regimen_cli_escape (short_id);
  /* Translators: %s is the id that was given */
  message = g_strdup_printf (_("No exercise has the id “%s”."), safe);
  regimen_cli_print_unknown (command, message, id, (const char * const *) ids->pdata,
                             (const char * const *) names->pdata, n, "regimen-cli library list");

  return NULL;
}

static int
run_show (int    argc,
          char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the exercise as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID"));
  g_autoptr(GError) error = NULL;
  RegimenLibrary *library;
  RegimenExercise *exercise;

  g_set_prgname ("regimen-cli library show");
  g_option_context_set_summary (context,
                                _("Show everything the library knows about one exercise: its default\n"
                                  "prescription, muscles, equipment, instructions, cues, common faults\n"
                                  "and the progression it belongs to.\n"
                                  "Exit status: 0 done, 64 wrong usage or no exercise has the id."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!regimen_cli_parse_options (context, entries, &argc, &argv, &error))
    {
      regimen_cli_print_error ("library show", NULL, error->message);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (argc != 2)
    return regimen_cli_usage_error (context);

  library = regimen_cli_get_library ("library show");
  exercise = regimen_cli_lookup_exercise (library, "library show", argv[1]);
  if (exercise == NULL)
    return REGIMEN_CLI_EXIT_USAGE;

  if (json)
    return print_exercise_json (library, exercise);

  print_exercise (library, exercise);
  return regimen_cli_flush_output () ? REGIMEN_CLI_EXIT_OK : REGIMEN_CLI_EXIT_INVALID;
}

static void
print_library_usage (FILE *stream)
{
  fprintf (stream, "%s\n  regimen-cli library list [--json] [OPTION…]\n  regimen-cli library show [--json] ID\n\n%s\n",
           _("Usage:"),
           _("Run “regimen-cli library list --help” or “regimen-cli library show --help” for the options."));
}

int
regimen_cli_library (int    argc,
                     char **argv)
{
  if (argc < 2)
    {
      print_library_usage (stderr);
      return REGIMEN_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_library_usage (stdout);
      return REGIMEN_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "list"))
    return run_list (argc - 1, argv + 1);

  if (g_str_equal (argv[1], "show"))
    return run_show (argc - 1, argv + 1);

  {
    g_autofree char *safe = regimen_cli_escape_typed (argv[1]);

    fprintf (stderr, "regimen-cli library: ");
    fprintf (stderr, _("“%s” is not a library command; use list or show"), safe);
    fputc ('\n', stderr);
  }
  print_library_usage (stderr);

  return REGIMEN_CLI_EXIT_USAGE;
}
