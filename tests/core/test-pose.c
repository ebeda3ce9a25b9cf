/* test-pose.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "regimen-pose.h"

#define EPSILON 1e-9

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_point (RegimenPoint point,
              double       x,
              double       y)
{
  g_assert_cmpfloat_with_epsilon (point.x, x, 1e-6);
  g_assert_cmpfloat_with_epsilon (point.y, y, 1e-6);
}

static void
test_pose_standing_kinematics (void)
{
  RegimenPoseFrame frame;
  RegimenPoint joints[REGIMEN_N_JOINTS];
  double hip_y;

  regimen_pose_frame_init_standing (&frame);
  regimen_pose_frame_solve (&frame, joints);

  /* Standing on the ground: the lowest body part is the sole of the foot,
   * half a limb's width under the ankle, resting at y = 0. */
  hip_y = REGIMEN_POSE_LEG_WIDTH / 2.0 + REGIMEN_POSE_SHIN_LENGTH + REGIMEN_POSE_THIGH_LENGTH;
  assert_point (joints[REGIMEN_JOINT_HIP], 0.0, hip_y);
  assert_point (joints[REGIMEN_JOINT_SHOULDER], 0.0, hip_y + 0.52);
  assert_point (joints[REGIMEN_JOINT_HEAD], 0.0, hip_y + 0.52 + 0.10 + 0.11);
  assert_point (joints[REGIMEN_JOINT_NEAR_ELBOW], 0.0, hip_y + 0.52 - 0.31);
  assert_point (joints[REGIMEN_JOINT_NEAR_HAND], 0.0, hip_y + 0.52 - 0.67);
  assert_point (joints[REGIMEN_JOINT_NEAR_KNEE], 0.0, hip_y - 0.44);
  assert_point (joints[REGIMEN_JOINT_FAR_ANKLE], 0.0, 0.05);
  assert_point (joints[REGIMEN_JOINT_FAR_TOE], 0.15, 0.05);
  assert_point (joints[REGIMEN_JOINT_FAR_HEEL], -0.05, 0.05);
}

static void
test_pose_bent_kinematics (void)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  RegimenPoseFrame frame;
  RegimenPoint joints[REGIMEN_N_JOINTS];
  double s = sin (G_PI / 6.0);
  double c = cos (G_PI / 6.0);

  /* Leaning 30° forward, hip fixed at (1, 1); near thigh level in front,
   * shin straight down, near arm raised level in front of the torso's
   * line (120° from it), far elbow bent 90°. */
  node = parse_json ("{\"torso\": 30, \"root\": {\"joint\": \"hip\", \"x\": 1, \"y\": 1},"
                     " \"near\": {\"hip\": 120, \"knee\": 90, \"shoulder\": 120},"
                     " \"far\": {\"elbow\": 90, \"ankle\": 90}}");
  regimen_pose_frame_parse (&frame, node, "$", &error);
  g_assert_no_error (error);

  regimen_pose_frame_solve (&frame, joints);

  assert_point (joints[REGIMEN_JOINT_HIP], 1.0, 1.0);
  assert_point (joints[REGIMEN_JOINT_SHOULDER], 1.0 + 0.52 * s, 1.0 + 0.52 * c);
  /* near thigh: 30° back from the torso's downward line plus 120° = level */
  assert_point (joints[REGIMEN_JOINT_NEAR_KNEE], 1.44, 1.0);
  assert_point (joints[REGIMEN_JOINT_NEAR_ANKLE], 1.44, 1.0 - 0.43);
  /* near arm level forward from the shoulder */
  assert_point (joints[REGIMEN_JOINT_NEAR_HAND], 1.0 + 0.52 * s + 0.67, 1.0 + 0.52 * c);
  /* far upper arm along the torso's line, downwards and back */
  assert_point (joints[REGIMEN_JOINT_FAR_ELBOW], 1.0 + 0.21 * s, 1.0 + 0.21 * c);
  /* elbow bent 90°: forearm at 60° from straight down, forwards */
  assert_point (joints[REGIMEN_JOINT_FAR_HAND], 1.0 + 0.21 * s + 0.36 * c, 1.0 + 0.21 * c - 0.36 * s);
  /* far leg along the torso line, foot pointed along the shin */
  assert_point (joints[REGIMEN_JOINT_FAR_KNEE], 1.0 - 0.44 * s, 1.0 - 0.44 * c);
  assert_point (joints[REGIMEN_JOINT_FAR_TOE], 1.0 - 1.02 * s, 1.0 - 1.02 * c);
}

static void
test_pose_lowest_root (void)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  RegimenPoseFrame frame;
  RegimenPoint joints[REGIMEN_N_JOINTS];

  /* a prone plank: arms straight down under the shoulders are the lowest */
  node = parse_json ("{\"torso\": 90, \"root\": {\"x\": 0.5},"
                     " \"near\": {\"shoulder\": 90}, \"far\": {\"shoulder\": 90}}");
  regimen_pose_frame_parse (&frame, node, "$", &error);
  g_assert_no_error (error);
  regimen_pose_frame_solve (&frame, joints);

  assert_point (joints[REGIMEN_JOINT_NEAR_HAND], 1.02, REGIMEN_POSE_ARM_WIDTH / 2.0);
  assert_point (joints[REGIMEN_JOINT_HIP], 0.5, 0.67 + REGIMEN_POSE_ARM_WIDTH / 2.0);
  assert_point (joints[REGIMEN_JOINT_NEAR_ANKLE], 0.5 - 0.87, 0.67 + REGIMEN_POSE_ARM_WIDTH / 2.0);
}

static RegimenPoseSequence *
parse_sequence (const char  *text,
                GError     **error)
{
  g_autoptr(JsonNode) node = parse_json (text);

  return regimen_pose_sequence_new_from_json (node, "$.poses.test", error);
}

static void
assert_frames_equal (const RegimenPoseFrame *a,
                     const RegimenPoseFrame *b)
{
  RegimenPoint ja[REGIMEN_N_JOINTS];
  RegimenPoint jb[REGIMEN_N_JOINTS];

  g_assert_cmpfloat_with_epsilon (a->torso, b->torso, EPSILON);
  g_assert_cmpfloat_with_epsilon (a->head, b->head, EPSILON);
  for (guint side = 0; side < REGIMEN_N_SIDES; side++)
    {
      g_assert_cmpfloat_with_epsilon (a->limbs[side].shoulder, b->limbs[side].shoulder, EPSILON);
      g_assert_cmpfloat_with_epsilon (a->limbs[side].elbow, b->limbs[side].elbow, EPSILON);
      g_assert_cmpfloat_with_epsilon (a->limbs[side].hip, b->limbs[side].hip, EPSILON);
      g_assert_cmpfloat_with_epsilon (a->limbs[side].knee, b->limbs[side].knee, EPSILON);
      g_assert_cmpfloat_with_epsilon (a->limbs[side].ankle, b->limbs[side].ankle, EPSILON);
    }

  g_assert_cmpuint (a->n_props, ==, b->n_props);
  for (guint i = 0; i < a->n_props; i++)
    {
      g_assert_cmpint (a->props[i].kind, ==, b->props[i].kind);
      g_assert_cmpfloat_with_epsilon (a->props[i].x, b->props[i].x, EPSILON);
      g_assert_cmpfloat_with_epsilon (a->props[i].y, b->props[i].y, EPSILON);
    }

  regimen_pose_frame_solve (a, ja);
  regimen_pose_frame_solve (b, jb);
  for (guint i = 0; i < REGIMEN_N_JOINTS; i++)
    assert_point (ja[i], jb[i].x, jb[i].y);
}

static const char squat_json[] =
  "{\"frames\": ["
  " {\"duration\": 2, \"near\": {\"shoulder\": 90}, \"far\": {\"shoulder\": 90},"
  "  \"props\": [{\"type\": \"ball\", \"x\": 0.5, \"radius\": 0.3}]},"
  " {\"duration\": 1, \"torso\": 40, \"head\": -30,"
  "  \"near\": {\"shoulder\": 130, \"hip\": 130, \"knee\": 130, \"ankle\": -40},"
  "  \"far\": {\"shoulder\": 130, \"hip\": 130, \"knee\": 130, \"ankle\": -40},"
  "  \"props\": [{\"type\": \"ball\", \"x\": 1.5, \"radius\": 0.3}]}"
  "]}";

static void
test_pose_interpolation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPoseSequence) sequence = parse_sequence (squat_json, &error);
  const RegimenPoseFrame *first;
  const RegimenPoseFrame *second;
  RegimenPoseFrame result;

  g_assert_no_error (error);
  g_assert_cmpuint (regimen_pose_sequence_get_n_frames (sequence), ==, 2);
  g_assert_cmpfloat_with_epsilon (regimen_pose_sequence_get_duration (sequence), 3.0, EPSILON);

  first = regimen_pose_sequence_get_frame (sequence, 0);
  second = regimen_pose_sequence_get_frame (sequence, 1);

  regimen_pose_frame_interpolate (first, second, 0.0, &result);
  assert_frames_equal (&result, first);
  regimen_pose_frame_interpolate (first, second, 1.0, &result);
  assert_frames_equal (&result, second);

  /* halfway is halfway even with easing, and the ball rolls along */
  regimen_pose_frame_interpolate (first, second, 0.5, &result);
  g_assert_cmpfloat_with_epsilon (result.torso, 20.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (result.limbs[REGIMEN_SIDE_NEAR].knee, 65.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (result.props[0].x, 1.0, EPSILON);

  /* eased: a quarter of the way in time is less than a quarter of the way */
  regimen_pose_frame_interpolate (first, second, 0.25, &result);
  g_assert_cmpfloat (result.torso, <, 10.0);
  g_assert_cmpfloat (result.torso, >, 0.0);

  /* the loop: key frames at their start times, back to the first at the end */
  regimen_pose_sequence_sample (sequence, 0.0, &result);
  assert_frames_equal (&result, first);
  regimen_pose_sequence_sample (sequence, 2.0, &result);
  assert_frames_equal (&result, second);
  regimen_pose_sequence_sample (sequence, 3.0, &result);
  assert_frames_equal (&result, first);
  regimen_pose_sequence_sample (sequence, 1.0, &result);
  g_assert_cmpfloat_with_epsilon (result.torso, 20.0, EPSILON);
}

static void
test_pose_thumbnail (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPoseSequence) plain = parse_sequence ("{\"frames\": [{}, {}, {}]}", &error);
  g_autoptr(RegimenPoseSequence) chosen = NULL;

  g_assert_no_error (error);
  g_assert_true (regimen_pose_sequence_get_thumbnail (plain) == regimen_pose_sequence_get_frame (plain, 0));

  chosen = parse_sequence ("{\"thumbnail\": 2, \"frames\": [{}, {}, {}]}", &error);
  g_assert_no_error (error);
  g_assert_true (regimen_pose_sequence_get_thumbnail (chosen) == regimen_pose_sequence_get_frame (chosen, 2));
}

static void
test_pose_mixed_roots (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPoseSequence) sequence = NULL;
  RegimenPoint ja[REGIMEN_N_JOINTS];
  RegimenPoint jb[REGIMEN_N_JOINTS];
  RegimenPoint jm[REGIMEN_N_JOINTS];
  RegimenPoseFrame result;

  sequence = parse_sequence ("{\"frames\": [{},"
                             " {\"root\": {\"joint\": \"near-toe\", \"x\": 1, \"y\": 0.5}}]}",
                             &error);
  g_assert_no_error (error);

  regimen_pose_frame_solve (regimen_pose_sequence_get_frame (sequence, 0), ja);
  regimen_pose_frame_solve (regimen_pose_sequence_get_frame (sequence, 1), jb);
  regimen_pose_frame_interpolate (regimen_pose_sequence_get_frame (sequence, 0),
                                  regimen_pose_sequence_get_frame (sequence, 1),
                                  0.5, &result);
  regimen_pose_frame_solve (&result, jm);

  assert_point (jm[REGIMEN_JOINT_HIP],
                (ja[REGIMEN_JOINT_HIP].x + jb[REGIMEN_JOINT_HIP].x) / 2.0,
                (ja[REGIMEN_JOINT_HIP].y + jb[REGIMEN_JOINT_HIP].y) / 2.0);
}

static void
test_pose_bad_json (void)
{
  static const struct {
    const char *json;
    const char *path;
  } cases[] = {
    { "[]", "$.poses.test:" },
    { "{}", "$.poses.test.frames:" },
    { "{\"frames\": {}}", "$.poses.test.frames:" },
    { "{\"frames\": [{}]}", "$.poses.test.frames:" },
    { "{\"frames\": [{}, 3]}", "$.poses.test.frames[1]:" },
    { "{\"frames\": [{\"torso\": \"upright\"}, {}]}", "$.poses.test.frames[0].torso:" },
    { "{\"frames\": [{\"torso\": true}, {}]}", "$.poses.test.frames[0].torso:" },
    { "{\"frames\": [{}, {\"torso\": 1000}]}", "$.poses.test.frames[1].torso:" },
    { "{\"frames\": [{}, {\"near\": {\"kne\": 10}}]}", "$.poses.test.frames[1].near.kne:" },
    { "{\"frames\": [{}, {\"far\": [1]}]}", "$.poses.test.frames[1].far:" },
    { "{\"frames\": [{}, {\"far\": {\"hip\": null}}]}", "$.poses.test.frames[1].far.hip:" },
    { "{\"frames\": [{\"duration\": 0}, {}]}", "$.poses.test.frames[0].duration:" },
    { "{\"frames\": [{\"root\": {\"joint\": \"tail\"}}, {}]}", "$.poses.test.frames[0].root.joint:" },
    { "{\"frames\": [{\"root\": {\"joint\": 3}}, {}]}", "$.poses.test.frames[0].root.joint:" },
    { "{\"frames\": [{\"props\": {}}, {}]}", "$.poses.test.frames[0].props:" },
    { "{\"frames\": [{}, {\"props\": [{\"type\": \"rope\"}]}]}", "$.poses.test.frames[1].props[0].type:" },
    { "{\"frames\": [{}, {\"props\": [{\"x\": 1}]}]}", "$.poses.test.frames[1].props[0].type:" },
    { "{\"frames\": [{}, {\"props\": [{\"type\": \"band\"}]}]}", "$.poses.test.frames[1].props[0].attach:" },
    { "{\"frames\": [{}, {\"props\": [{\"type\": \"band\", \"attach\": \"nose\"}]}]}",
      "$.poses.test.frames[1].props[0].attach:" },
    { "{\"frames\": [{}, {\"props\": [{\"type\": \"ball\", \"radius\": -1}]}]}",
      "$.poses.test.frames[1].props[0].radius:" },
    { "{\"frames\": [{}, {\"props\": [{}, {}, {}, {}, {}, {}, {}]}]}", "$.poses.test.frames[1].props:" },
    { "{\"thumbnail\": 2, \"frames\": [{}, {}]}", "$.poses.test.thumbnail:" },
    { "{\"thumbnail\": 0.5, \"frames\": [{}, {}]}", "$.poses.test.thumbnail:" },
    { "{\"thumbnail\": \"first\", \"frames\": [{}, {}]}", "$.poses.test.thumbnail:" },
    { "{\"frame\": [{}, {}]}", "$.poses.test.frame:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RegimenPoseSequence) sequence = parse_sequence (cases[i].json, &error);

      g_assert_null (sequence);
      g_assert_error (error, REGIMEN_POSE_ERROR, REGIMEN_POSE_ERROR_INVALID);
      if (!g_str_has_prefix (error->message, cases[i].path))
        g_error ("%s: expected an error at %s, got “%s”", cases[i].json, cases[i].path, error->message);
    }
}

static void
test_pose_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) sequences = NULL;

  sequences = regimen_pose_sequences_parse ("{\"version\": 1, \"poses\": {\"squat\": {\"frames\": [{}, {}]}}}",
                                            -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (sequences), ==, 1);
  g_assert_nonnull (g_hash_table_lookup (sequences, "squat"));
  g_clear_pointer (&sequences, g_hash_table_unref);

  sequences = regimen_pose_sequences_parse ("{\"version\": 2, \"poses\": {}}", -1, &error);
  g_assert_null (sequences);
  g_assert_error (error, REGIMEN_POSE_ERROR, REGIMEN_POSE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "$.version:"));
  g_clear_error (&error);

  sequences = regimen_pose_sequences_parse ("{\"version\": 1, \"poses\": {\"squat\": {\"frames\": [{}]}}}",
                                            -1, &error);
  g_assert_null (sequences);
  g_assert_true (g_str_has_prefix (error->message, "$.poses.squat.frames:"));
  g_clear_error (&error);

  sequences = regimen_pose_sequences_parse ("{\"version\": 1, \"poses\": [", -1, &error);
  g_assert_null (sequences);
  g_assert_nonnull (error);
  g_assert_true (error->domain == JSON_PARSER_ERROR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pose/standing-kinematics", test_pose_standing_kinematics);
  g_test_add_func ("/pose/bent-kinematics", test_pose_bent_kinematics);
  g_test_add_func ("/pose/lowest-root", test_pose_lowest_root);
  g_test_add_func ("/pose/interpolation", test_pose_interpolation);
  g_test_add_func ("/pose/thumbnail", test_pose_thumbnail);
  g_test_add_func ("/pose/mixed-roots", test_pose_mixed_roots);
  g_test_add_func ("/pose/bad-json", test_pose_bad_json);
  g_test_add_func ("/pose/document", test_pose_document);

  return g_test_run ();
}
