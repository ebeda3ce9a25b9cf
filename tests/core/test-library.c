/* test-library.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "fixture-util.h"
#include "regimen-core.h"

/* The ids plans may name; DESIGN.md fixes their spelling. */
static const char * const design_ids[] = {
  "band-hurdle-hold", "side-plank-hip-flexion", "banded-mountain-climber", "hanging-hip-flexion",
  "narrow-stance-squat", "isometric-pistol", "eccentric-pistol-squat", "toe-grab-pistol-squat",
  "pistol-squat", "pelvic-tilt", "heel-slide", "straight-leg-raise", "single-leg-high-knee-hold",
  "single-leg-sprinter-rdl", "sprinter-single-leg-glute-bridge", "kettlebell-weighted-knee-drive",
  "pause-split-squat", "goblet-squat", "front-squat", "deadlift", "half-kneeling-cable-chop",
  "half-kneeling-cable-lift", "half-kneeling-belly-press", "burpee", "easy-run", "sprint",
  "banded-side-step", "bodyweight-squat", "lunge", "step-up", "single-leg-squat", "a-skip",
  "barbell-back-squat", "kneeling-single-arm-cable-row", "push-up", "lat-pulldown", "calf-raise",
  "seated-dumbbell-shoulder-press", "kettlebell-swing", "dumbbell-reverse-lunge-knee-drive",
  "seated-cable-row", "hanging-leg-raise", "physioball-roll-in", "standing-leg-curl",
};

static void
assert_chain (RegimenLibrary     *library,
              const char * const *expected,
              guint               n_expected)
{
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(GPtrArray) chain = regimen_library_get_chain (library, expected[i]);
      RegimenExercise *exercise = regimen_library_lookup (library, expected[i]);

      g_assert_nonnull (exercise);
      g_assert_cmpstr (regimen_exercise_get_previous (exercise), ==, i > 0 ? expected[i - 1] : NULL);
      g_assert_cmpstr (regimen_exercise_get_next (exercise), ==,
                       i + 1 < n_expected ? expected[i + 1] : NULL);

      /* Whichever stage you start from, the whole chain comes back in order. */
      g_assert_cmpuint (chain->len, ==, n_expected);
      for (guint j = 0; j < n_expected; j++)
        g_assert_cmpstr (regimen_exercise_get_id (g_ptr_array_index (chain, j)), ==, expected[j]);
    }
}

static void
test_builtin_contents (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (library));

  g_assert_cmpuint (n_items, >=, 44);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (library)) == REGIMEN_TYPE_EXERCISE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (library), n_items));

  for (guint i = 0; i < G_N_ELEMENTS (design_ids); i++)
    {
      RegimenExercise *exercise = regimen_library_lookup (library, design_ids[i]);

      g_assert_nonnull (exercise);
      g_assert_cmpstr (regimen_exercise_get_id (exercise), ==, design_ids[i]);
    }

  g_assert_null (regimen_library_lookup (library, "no-such-exercise"));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      const char * const *muscles = regimen_exercise_get_primary_muscles (exercise);
      const char * const *equipment = regimen_exercise_get_equipment (exercise);
      const char *id = regimen_exercise_get_id (exercise);

      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);
      g_assert_true (regimen_library_lookup (library, id) == exercise);

      g_assert_false (regimen_exercise_get_custom (exercise));
      g_assert_cmpuint (regimen_exercise_get_level (exercise), >=, 1);
      g_assert_cmpuint (regimen_exercise_get_level (exercise), <=, 4);
      g_assert_nonnull (regimen_exercise_get_name (exercise));
      g_assert_nonnull (regimen_exercise_get_setup (exercise));
      g_assert_nonnull (regimen_exercise_get_movement (exercise));
      g_assert_nonnull (regimen_exercise_get_breathing (exercise));
      g_assert_cmpuint (g_strv_length ((GStrv) regimen_exercise_get_cues (exercise)), >, 0);
      g_assert_cmpuint (g_strv_length ((GStrv) regimen_exercise_get_faults (exercise)), >, 0);

      g_assert_nonnull (muscles[0]);
      for (guint j = 0; muscles[j] != NULL; j++)
        {
          g_assert_true (regimen_muscle_is_valid (muscles[j]));
          g_assert_true (g_strv_contains (regimen_exercise_get_primary_muscles (exercise), muscles[j]));
        }

      g_assert_nonnull (equipment[0]);
      for (guint j = 0; equipment[j] != NULL; j++)
        g_assert_nonnull (regimen_equipment_get_name (equipment[j]));
    }
}

static void
test_chains (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  static const char * const hip_flexion[] = {
    "band-hurdle-hold", "side-plank-hip-flexion", "banded-mountain-climber", "hanging-hip-flexion",
  };
  static const char * const pistol[] = {
    "narrow-stance-squat", "isometric-pistol", "eccentric-pistol-squat", "toe-grab-pistol-squat",
    "pistol-squat",
  };
  static const char * const core_series[] = {
    "pelvic-tilt", "heel-slide", "straight-leg-raise",
  };
  static const char * const sprinter[] = {
    "single-leg-high-knee-hold", "single-leg-sprinter-rdl", "sprinter-single-leg-glute-bridge",
    "kettlebell-weighted-knee-drive",
  };
  g_autoptr(GPtrArray) alone = regimen_library_get_chain (library, "deadlift");

  assert_chain (library, hip_flexion, G_N_ELEMENTS (hip_flexion));
  assert_chain (library, pistol, G_N_ELEMENTS (pistol));
  assert_chain (library, core_series, G_N_ELEMENTS (core_series));
  assert_chain (library, sprinter, G_N_ELEMENTS (sprinter));

  g_assert_cmpuint (alone->len, ==, 1);
  g_assert_null (regimen_library_get_chain (library, "no-such-exercise"));

  /* Seed 003 trains the hold, the RDL and the bridge together; only the
   * weighted knee drive waits, for the bridge (and so for all three). */
  for (guint i = 0; i < G_N_ELEMENTS (sprinter); i++)
    {
      RegimenExercise *stage = regimen_library_lookup (library, sprinter[i]);

      g_assert_cmpint (regimen_exercise_get_trained_with_previous (stage), ==, i == 1 || i == 2);
      g_assert_cmpstr (regimen_exercise_get_prerequisite (stage), ==,
                       i == 3 ? "sprinter-single-leg-glute-bridge" : NULL);
    }
  /* Elsewhere a stage waits for its previous one. */
  g_assert_cmpstr (regimen_exercise_get_prerequisite (regimen_library_lookup (library, "heel-slide")),
                   ==, "pelvic-tilt");

  /* Seed 004 ranks the core series beginner, intermediate, advanced. */
  for (guint i = 1; i < G_N_ELEMENTS (core_series); i++)
    g_assert_cmpuint (regimen_exercise_get_level (regimen_library_lookup (library, core_series[i])), ==,
                      regimen_exercise_get_level (regimen_library_lookup (library, core_series[i - 1])) + 1);

  /* Every link in the whole library agrees in both directions. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      const char *next = regimen_exercise_get_next (exercise);
      const char *previous = regimen_exercise_get_previous (exercise);

      if (next != NULL)
        g_assert_cmpstr (regimen_exercise_get_previous (regimen_library_lookup (library, next)), ==,
                         regimen_exercise_get_id (exercise));
      if (previous != NULL)
        g_assert_cmpstr (regimen_exercise_get_next (regimen_library_lookup (library, previous)), ==,
                         regimen_exercise_get_id (exercise));
    }
}

/* What a seed does not give is marked as Regimen's choice. */
static void
test_our_choices (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  static const struct { const char *id; gboolean ours; } weeks[] = {
    { "band-hurdle-hold", FALSE },       /* seed 000: 3–4 weeks on each */
    { "narrow-stance-squat", FALSE },    /* seed 000: 3–4 weeks */
    { "pelvic-tilt", TRUE },             /* seed 004 gives no weeks */
    { "heel-slide", TRUE },
    { "single-leg-high-knee-hold", TRUE }, /* seed 003 gives no weeks */
    { "single-leg-sprinter-rdl", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      const RegimenPrescription *rx =
        regimen_exercise_get_prescription (regimen_library_lookup (library, weeks[i].id));

      g_assert_cmpuint (rx->weeks_min, >, 0);
      g_assert_cmpint (rx->weeks_our_choice, ==, weeks[i].ours);
    }
}

/* Maximal sprints rest near fully; 20 s on 60 s off is conditioning. */
static void
test_sprints_and_conditioning (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  RegimenExercise *maximal = regimen_library_lookup (library, "maximal-sprint");
  RegimenExercise *repeated = regimen_library_lookup (library, "sprint");
  const RegimenPrescription *rx;
  static const char * const cardio[] = { "easy-run", "cycling", "rowing", "swimming" };

  rx = regimen_exercise_get_prescription (maximal);
  g_assert_cmpuint (rx->interval_work_seconds, <=, 10);
  g_assert_cmpuint (rx->interval_rest_seconds, >=, 12 * rx->interval_work_seconds);
  g_assert_false (regimen_exercise_get_hiit_fit (maximal));

  rx = regimen_exercise_get_prescription (repeated);
  g_assert_cmpuint (rx->interval_rest_seconds, <, 12 * rx->interval_work_seconds);
  g_assert_true (regimen_exercise_get_hiit_fit (repeated));
  g_assert_cmpint (regimen_exercise_get_category (repeated), ==, REGIMEN_EXERCISE_CATEGORY_CONDITIONING);

  for (guint i = 0; i < G_N_ELEMENTS (cardio); i++)
    {
      RegimenExercise *exercise = regimen_library_lookup (library, cardio[i]);

      g_assert_nonnull (exercise);
      g_assert_cmpint (regimen_exercise_get_category (exercise), ==, REGIMEN_EXERCISE_CATEGORY_CONDITIONING);
      g_assert_cmpuint (regimen_exercise_get_prescription (exercise)->hold_seconds, >=, 20 * 60);
    }
  g_assert_true (regimen_exercise_needs_equipment (regimen_library_lookup (library, "cycling"), "bike"));
  g_assert_true (regimen_exercise_needs_equipment (regimen_library_lookup (library, "rowing"), "rowing-machine"));
  g_assert_true (regimen_exercise_needs_equipment (regimen_library_lookup (library, "swimming"), "pool"));
}

static void
test_prescriptions (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  RegimenExercise *squat = regimen_library_lookup (library, "narrow-stance-squat");
  RegimenExercise *rdl = regimen_library_lookup (library, "single-leg-sprinter-rdl");
  RegimenExercise *burpee = regimen_library_lookup (library, "burpee");
  RegimenExercise *hold = regimen_library_lookup (library, "single-leg-high-knee-hold");
  RegimenExercise *eccentric = regimen_library_lookup (library, "eccentric-pistol-squat");
  const RegimenPrescription *rx;
  g_autofree char *squat_text = NULL;
  g_autofree char *hold_text = NULL;

  /* Seed: 3 sets of 10–12 with a 3 s lowering, twice a week, for 3–4 weeks. */
  rx = regimen_exercise_get_prescription (squat);
  g_assert_cmpuint (rx->sets, ==, 3);
  g_assert_cmpuint (rx->reps_min, ==, 10);
  g_assert_cmpuint (rx->reps_max, ==, 12);
  g_assert_cmpint (rx->tempo[0], ==, '3');
  g_assert_cmpuint (strlen (rx->tempo), ==, 4);
  g_assert_cmpuint (rx->frequency_per_week, ==, 2);
  g_assert_cmpuint (rx->weeks_min, ==, 3);
  g_assert_cmpuint (rx->weeks_max, ==, 4);
  g_assert_false (rx->per_side);
  g_assert_false (regimen_prescription_has_interval (rx));
  g_assert_cmpint (regimen_exercise_get_category (squat), ==, REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_assert_false (regimen_exercise_get_hiit_fit (squat));
  squat_text = regimen_prescription_to_string (rx);
  g_assert_cmpstr (squat_text, ==, "3 × 10–12, tempo 3-0-1-0");

  /* Seed: 4 × 5 each leg, 3 s down, 3 s pause, quick up. */
  rx = regimen_exercise_get_prescription (rdl);
  g_assert_cmpuint (rx->sets, ==, 4);
  g_assert_cmpuint (rx->reps_min, ==, 5);
  g_assert_cmpuint (rx->reps_max, ==, 5);
  g_assert_true (rx->per_side);
  g_assert_cmpstr (rx->tempo, ==, "33X0");

  /* Seed: 4 × 4 with a 4 s eccentric. */
  rx = regimen_exercise_get_prescription (eccentric);
  g_assert_cmpuint (rx->sets, ==, 4);
  g_assert_cmpuint (rx->reps_min, ==, 4);
  g_assert_cmpint (rx->tempo[0], ==, '4');

  /* Seed: 30 s bouts with 60 s rest, a 1:2 work to rest ratio. */
  rx = regimen_exercise_get_prescription (burpee);
  g_assert_true (regimen_prescription_has_interval (rx));
  g_assert_cmpuint (rx->interval_work_seconds, ==, 30);
  g_assert_cmpuint (rx->interval_rest_seconds, ==, 60);
  g_assert_true (regimen_exercise_get_hiit_fit (burpee));
  g_assert_cmpint (regimen_exercise_get_category (burpee), ==, REGIMEN_EXERCISE_CATEGORY_CONDITIONING);

  /* Seed: 2 × 20 s each leg. */
  rx = regimen_exercise_get_prescription (hold);
  g_assert_cmpuint (rx->sets, ==, 2);
  g_assert_cmpuint (rx->hold_seconds, ==, 20);
  g_assert_cmpuint (rx->reps_min, ==, 0);
  g_assert_true (rx->per_side);
  hold_text = regimen_prescription_to_string (rx);
  g_assert_cmpstr (hold_text, ==, "2 × 20 s per side");
}

static void
test_vocabulary (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  RegimenExercise *swing = regimen_library_lookup (library, "kettlebell-swing");
  const char * const *muscles = regimen_muscle_list_ids ();

  g_assert_cmpstr (regimen_muscle_get_name ("glutes"), ==, "Glutes");
  g_assert_cmpstr (regimen_muscle_get_name ("hip-flexors"), ==, "Hip flexors");
  g_assert_null (regimen_muscle_get_name ("wings"));
  g_assert_false (regimen_muscle_is_valid ("wings"));
  g_assert_cmpstr (regimen_equipment_get_name ("kettlebell"), ==, "Kettlebell");
  g_assert_null (regimen_equipment_get_name ("rowing-boat"));
  g_assert_true (g_strv_contains (regimen_equipment_list_ids (), "mini-band"));

  for (guint i = 0; muscles[i] != NULL; i++)
    g_assert_nonnull (regimen_muscle_get_name (muscles[i]));
  g_assert_cmpuint (g_strv_length ((GStrv) muscles), >=, 18);

  g_assert_true (g_strv_contains (regimen_exercise_get_primary_muscles (swing), "glutes"));
  g_assert_false (g_strv_contains (regimen_exercise_get_primary_muscles (swing), "grip"));
  g_assert_true (regimen_exercise_works_muscle (swing, "grip"));
  g_assert_true (regimen_exercise_needs_equipment (swing, "kettlebell"));
  g_assert_true (regimen_exercise_get_hiit_fit (swing));

  g_assert_cmpstr (regimen_exercise_category_to_id (REGIMEN_EXERCISE_CATEGORY_POWER), ==, "power");
  g_assert_cmpstr (regimen_exercise_category_get_name (REGIMEN_EXERCISE_CATEGORY_CORE), ==, "Core");
}

/* What the library's search finds, as the window and regimen-cli ask. */
static gboolean
matches (RegimenExercise *exercise,
         const char      *search)
{
  g_autofree char *folded = regimen_search_fold (search);

  return regimen_exercise_matches_folded (exercise, folded);
}

static void
test_search (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  RegimenExercise *squat = regimen_library_lookup (library, "narrow-stance-squat");

  g_assert_true (matches (squat, ""));
  g_assert_true (matches (squat, "NARROW"));
  g_assert_true (matches (squat, "flat foot"));
  g_assert_false (matches (squat, "deadlift"));

  /* Muscle groups and equipment are found by their display names. */
  g_assert_true (matches (squat, "glutes"));
  g_assert_true (matches (squat, "Calves"));
  g_assert_true (matches (squat, "no equip"));
  g_assert_false (matches (squat, "kettlebell"));
  g_assert_true (matches (regimen_library_lookup (library, "kettlebell-swing"), "KETTLEBELL"));
  g_assert_true (matches (regimen_library_lookup (library, "lat-pulldown"), "cable machine"));
  g_assert_false (matches (regimen_library_lookup (library, "lat-pulldown"), "quadriceps"));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *counter)
{
  (*counter)++;
}

static void
test_custom (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenExercise) mine = regimen_exercise_new_custom ("my-carry", "Suitcase carry",
                                                                 REGIMEN_EXERCISE_CATEGORY_CORE);
  g_autoptr(RegimenExercise) clash = regimen_exercise_new_custom ("deadlift", "My deadlift",
                                                                  REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  static const char * const muscles[] = { "obliques", "grip", NULL };
  g_autoptr(GError) error = NULL;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (library));
  guint changes = 0;

  g_signal_connect (library, "items-changed", G_CALLBACK (on_items_changed), &changes);

  regimen_exercise_set_primary_muscles (mine, muscles);
  regimen_exercise_set_level (mine, 2);
  g_assert_true (regimen_exercise_get_custom (mine));

  g_assert_true (regimen_library_add (library, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n_items + 1);
  g_assert_true (regimen_library_lookup (library, "my-carry") == mine);
  g_assert_true (regimen_exercise_works_muscle (regimen_library_lookup (library, "my-carry"), "grip"));
  g_assert_cmpuint (changes, ==, 1);

  g_assert_false (regimen_library_add (library, clash, &error));
  g_assert_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  g_assert_false (regimen_library_remove (library, "deadlift", &error));
  g_assert_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_NOT_CUSTOM);
  g_clear_error (&error);

  g_assert_false (regimen_library_remove (library, "nothing-here", &error));
  g_assert_error (error, REGIMEN_LIBRARY_ERROR, REGIMEN_LIBRARY_ERROR_UNKNOWN_ID);
  g_clear_error (&error);

  g_assert_true (regimen_library_remove (library, "my-carry", &error));
  g_assert_no_error (error);
  g_assert_null (regimen_library_lookup (library, "my-carry"));
  g_assert_nonnull (regimen_library_lookup (library, "deadlift"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n_items);
  g_assert_cmpuint (changes, ==, 2);
}

#define EXERCISE_HEAD "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":["
#define VALID_BODY \
  "\"name\":\"Test\",\"category\":\"core\",\"primary_muscles\":[\"abdominals\"]," \
  "\"equipment\":[\"mat\"],\"level\":1," \
  "\"instructions\":{\"setup\":\"a\",\"movement\":\"b\",\"breathing\":\"c\"}"

typedef struct
{
  const char *json;
  int         code;
  const char *message;
} BadInput;

static void
test_bad_inputs (void)
{
  static const BadInput inputs[] = {
    { "{\"format\": ", REGIMEN_LIBRARY_ERROR_SYNTAX, "*1:*" },
    { "[]", REGIMEN_LIBRARY_ERROR_INVALID, "At $: *" },
    { "{\"format\":\"regimen-plan\",\"version\":1,\"exercises\":[]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.format: *" },
    { "{\"format\":\"regimen-exercises\",\"version\":9,\"exercises\":[]}",
      REGIMEN_LIBRARY_ERROR_VERSION, "At $.version: *" },
    { "{\"format\":\"regimen-exercises\",\"version\":1,\"exercises\":{}}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY "}, 7]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[1]: *" },
    { EXERCISE_HEAD "{\"id\":\"Bad Id\"," VALID_BODY "}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].id: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"level\":\"easy\"}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].level: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"level\":5}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].level: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"primary_muscles\":[\"wings\"]}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].primary_muscles[0]: *wings*" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"equipment\":[3]}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].equipment[0]: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"category\":\"yoga\"}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].category: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"instructions\":{\"setup\":\"a\",\"movement\":\"b\"}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].instructions: *“breathing”*" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"prescription\":{\"tempo\":\"31\"}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].prescription.tempo: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"prescription\":{\"reps_min\":12,\"reps_max\":10}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].prescription.reps_max: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"prescription\":{\"interval\":{\"rest_seconds\":30,\"rounds\":8}}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].prescription.interval: *“work_seconds”*" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"prescription\":{\"interval\":{\"work_seconds\":30,\"rest_seconds\":-1,\"rounds\":8}}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].prescription.interval.rest_seconds: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"prescription\":{\"sets\":\"three\"}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].prescription.sets: should be a whole number, not text.*" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"cues\":[\"Brace\",{}]}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].cues[1]: should be text, not an object.*" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"instructions\":[]}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].instructions: should be an object, not a list.*" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"progression\":{\"previous\":7}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].progression.previous: should be text, not a number.*" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"hiit_fit\":\"yes\"}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].hiit_fit: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"progression\":{\"trained_with_previous\":true}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].progression.trained_with_previous: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"prescription\":{\"weeks_our_choice\":1}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].prescription.weeks_our_choice: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"prescription\":{\"hold_seconds\":36001}}]}",
      REGIMEN_LIBRARY_ERROR_INVALID, "At $.exercises[0].prescription.hold_seconds: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY "},{\"id\":\"a\"," VALID_BODY "}]}",
      REGIMEN_LIBRARY_ERROR_DUPLICATE_ID, "At $.exercises[1]: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"progression\":{\"next\":\"b\"}}]}",
      REGIMEN_LIBRARY_ERROR_UNKNOWN_ID, "At $.exercises[0].progression.next: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"progression\":{\"next\":\"b\"}},"
      "{\"id\":\"b\"," VALID_BODY "}]}",
      REGIMEN_LIBRARY_ERROR_CHAIN, "At $.exercises[0].progression.next: *" },
    { EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"progression\":{\"previous\":\"b\",\"next\":\"b\"}},"
      "{\"id\":\"b\"," VALID_BODY ",\"progression\":{\"previous\":\"a\",\"next\":\"a\"}}]}",
      REGIMEN_LIBRARY_ERROR_CHAIN, "At $.exercises[0].progression.next: *circle*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i].json, strlen (inputs[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenLibrary) library = regimen_library_new_from_bytes (bytes, &error);

      g_test_message ("input %u: %s", i, error != NULL ? error->message : "no error");
      g_assert_null (library);
      g_assert_error (error, REGIMEN_LIBRARY_ERROR, inputs[i].code);
      if (!g_pattern_match_simple (inputs[i].message, error->message))
        g_error ("input %u: message “%s” does not match “%s”", i, error->message, inputs[i].message);
    }
}

static void
test_minimal_and_file (void)
{
  static const char json[] = EXERCISE_HEAD "{\"id\":\"a\"," VALID_BODY ",\"x-note\":1}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenLibrary) library = regimen_library_new_from_bytes (bytes, &error);
  /* G_TEST_SRCDIR is the tests folder; the data sits next to it. */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "exercises.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/exercises.json");
  g_autoptr(RegimenLibrary) from_file = NULL;
  g_autoptr(RegimenLibrary) builtin = fixture_load_builtin ();
  RegimenExercise *exercise;

  g_assert_no_error (error);
  exercise = regimen_library_lookup (library, "a");
  g_assert_nonnull (exercise);
  g_assert_cmpuint (g_strv_length ((GStrv) regimen_exercise_get_aliases (exercise)), ==, 0);
  g_assert_cmpuint (regimen_exercise_get_prescription (exercise)->sets, ==, 0);
  g_assert_null (regimen_prescription_to_string (regimen_exercise_get_prescription (exercise)));

  /* The embedded copy is the file in the source tree. */
  from_file = regimen_library_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (from_file)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (builtin)));

  g_assert_null (regimen_library_new_from_file (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The templates travel in the core's resource next to the library, and
 * name only exercises the library has. */
static void
test_templates (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children ("/io/github/regimen/Regimen/core/templates/",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), >=, 5);
  g_assert_true (g_strv_contains ((const char * const *) names, "pistol-squat-path.regimen.json"));

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat ("/io/github/regimen/Regimen/core/templates/", names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *plan;
      JsonArray *weeks;

      g_assert_no_error (error);
      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);

      plan = json_node_get_object (json_parser_get_root (parser));
      g_assert_cmpstr (json_object_get_string_member (plan, "format"), ==, "regimen-plan");
      g_assert_cmpint (json_object_get_int_member (plan, "version"), ==, 1);
      g_assert_false (json_object_has_member (plan, "start_date"));
      g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (plan, "x-regimen-template"),
                                                       "description"));

      weeks = json_object_get_array_member (plan, "weeks");
      for (guint w = 0; w < json_array_get_length (weeks); w++)
        {
          JsonArray *days = json_object_get_array_member (json_array_get_object_element (weeks, w), "days");

          g_assert_cmpuint (json_array_get_length (days), ==, 7);
          for (guint d = 0; d < 7; d++)
            {
              JsonArray *sessions = json_object_get_array_member (json_array_get_object_element (days, d), "sessions");

              for (guint s = 0; s < json_array_get_length (sessions); s++)
                {
                  JsonArray *items = json_object_get_array_member (json_array_get_object_element (sessions, s), "items");

                  for (guint n = 0; n < json_array_get_length (items); n++)
                    {
                      const char *id = json_object_get_string_member (json_array_get_object_element (items, n), "exercise");

                      if (regimen_library_lookup (library, id) == NULL)
                        g_error ("%s names the unknown exercise “%s”", names[i], id);
                    }
                }
            }
        }
    }
}

static void
test_default (void)
{
  RegimenLibrary *library = regimen_library_get_default ();

  g_assert_true (library == regimen_library_get_default ());
  g_assert_nonnull (regimen_library_lookup (library, "pistol-squat"));
}

/* Each case in a process of its own: the default library is built once
 * per process. */
static void
test_preload_default (void)
{
  if (g_test_subprocess ())
    {
      RegimenLibrary *library;

      /* A thread builds it; asking for it waits for that thread. */
      g_assert_true (regimen_library_preload_default ());
      g_assert_false (regimen_library_preload_default ());
      library = regimen_library_get_default ();
      g_assert_nonnull (regimen_library_lookup (library, "pistol-squat"));
      g_assert_true (library == regimen_library_get_default ());
      g_assert_false (regimen_library_preload_default ());
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_preload_default_built (void)
{
  if (g_test_subprocess ())
    {
      /* Already built: no thread to start. */
      RegimenLibrary *library = regimen_library_get_default ();

      g_assert_false (regimen_library_preload_default ());
      g_assert_true (library == regimen_library_get_default ());
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library/builtin-contents", test_builtin_contents);
  g_test_add_func ("/library/chains", test_chains);
  g_test_add_func ("/library/prescriptions", test_prescriptions);
  g_test_add_func ("/library/our-choices", test_our_choices);
  g_test_add_func ("/library/sprints-and-conditioning", test_sprints_and_conditioning);
  g_test_add_func ("/library/vocabulary", test_vocabulary);
  g_test_add_func ("/library/search", test_search);
  g_test_add_func ("/library/custom", test_custom);
  g_test_add_func ("/library/bad-inputs", test_bad_inputs);
  g_test_add_func ("/library/minimal-and-file", test_minimal_and_file);
  g_test_add_func ("/library/templates", test_templates);
  g_test_add_func ("/library/default", test_default);
  g_test_add_func ("/library/preload-default", test_preload_default);
  g_test_add_func ("/library/preload-default-built", test_preload_default_built);

  return g_test_run ();
}
