/* regimen-pose.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-pose"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-pose.h"

struct _RegimenPoseSequence
{
  gatomicrefcount   ref_count;
  guint             n_frames;
  RegimenPoseFrame *frames;
  double            duration;
  guint             thumbnail;
};

G_DEFINE_BOXED_TYPE (RegimenPoseSequence, regimen_pose_sequence,
                     regimen_pose_sequence_ref, regimen_pose_sequence_unref)

G_DEFINE_QUARK (regimen-pose-error-quark, regimen_pose_error)

/* Wide enough for any pose, narrow enough to catch a radian or a typo. */
#define ANGLE_LIMIT     360.0
#define POSITION_LIMIT  5.0
#define SIZE_LIMIT      3.0
#define DURATION_LIMIT  60.0
#define DEFAULT_DURATION 1.0

static const char * const joint_names[REGIMEN_N_JOINTS] = {
  [REGIMEN_JOINT_HIP]        = "hip",
  [REGIMEN_JOINT_SHOULDER]   = "shoulder",
  [REGIMEN_JOINT_HEAD]       = "head",
  [REGIMEN_JOINT_NEAR_ELBOW] = "near-elbow",
  [REGIMEN_JOINT_NEAR_HAND]  = "near-hand",
  [REGIMEN_JOINT_NEAR_KNEE]  = "near-knee",
  [REGIMEN_JOINT_NEAR_ANKLE] = "near-ankle",
  [REGIMEN_JOINT_NEAR_HEEL]  = "near-heel",
  [REGIMEN_JOINT_NEAR_TOE]   = "near-toe",
  [REGIMEN_JOINT_FAR_ELBOW]  = "far-elbow",
  [REGIMEN_JOINT_FAR_HAND]   = "far-hand",
  [REGIMEN_JOINT_FAR_KNEE]   = "far-knee",
  [REGIMEN_JOINT_FAR_ANKLE]  = "far-ankle",
  [REGIMEN_JOINT_FAR_HEEL]   = "far-heel",
  [REGIMEN_JOINT_FAR_TOE]    = "far-toe",
};

static const char * const prop_names[REGIMEN_N_PROP_KINDS] = {
  [REGIMEN_PROP_BAND]        = "band",
  [REGIMEN_PROP_MINI_BAND]   = "mini-band",
  [REGIMEN_PROP_BENCH]       = "bench",
  [REGIMEN_PROP_BARBELL]     = "barbell",
  [REGIMEN_PROP_DUMBBELL]    = "dumbbell",
  [REGIMEN_PROP_KETTLEBELL]  = "kettlebell",
  [REGIMEN_PROP_CABLE]       = "cable",
  [REGIMEN_PROP_BALL]        = "ball",
  [REGIMEN_PROP_PULL_UP_BAR] = "pull-up-bar",
  [REGIMEN_PROP_BOX]         = "box",
  [REGIMEN_PROP_MAT]         = "mat",
};

static const char * const attach_names[REGIMEN_N_ATTACHES] = {
  [REGIMEN_ATTACH_NONE]      = "none",
  [REGIMEN_ATTACH_NEAR_HAND] = "near-hand",
  [REGIMEN_ATTACH_FAR_HAND]  = "far-hand",
  [REGIMEN_ATTACH_HANDS]     = "hands",
  [REGIMEN_ATTACH_NEAR_FOOT] = "near-foot",
  [REGIMEN_ATTACH_FAR_FOOT]  = "far-foot",
  [REGIMEN_ATTACH_FEET]      = "feet",
  [REGIMEN_ATTACH_NEAR_KNEE] = "near-knee",
  [REGIMEN_ATTACH_FAR_KNEE]  = "far-knee",
  [REGIMEN_ATTACH_KNEES]     = "knees",
  [REGIMEN_ATTACH_BACK]      = "back",
  [REGIMEN_ATTACH_CHEST]     = "chest",
};

static const char * const limb_members[] = { "shoulder", "elbow", "hip", "knee", "ankle" };

static const char * const frame_members[] = {
  "torso", "head", "near", "far", "root", "duration", "props",
};

static const char * const prop_members[] = {
  "type", "attach", "x", "y", "width", "height", "radius",
};

static gboolean
set_invalid (GError     **error,
             const char  *path,
             const char  *problem)
{
  /* Translators: the first %s is a place in a JSON document such as
   * $.poses.burpee.frames[0].near.knee, the second says what is wrong there */
  g_set_error (error, REGIMEN_POSE_ERROR, REGIMEN_POSE_ERROR_INVALID,
               _("%s: %s"), path, problem);
  return FALSE;
}

static int
lookup_name (const char         *name,
             const char * const *names,
             guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (names[i] != NULL && strcmp (names[i], name) == 0)
      return (int) i;

  return -1;
}

static gboolean
name_in_list (const char         *name,
              const char * const *names,
              guint               n_names)
{
  return lookup_name (name, names, n_names) >= 0;
}

static JsonObject *
get_object (JsonNode    *node,
            const char  *path,
            GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      set_invalid (error, path, _("expected an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

static gboolean
check_members (JsonObject         *object,
               const char         *path,
               const char * const *allowed,
               guint               n_allowed,
               GError            **error)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      if (!name_in_list (member, allowed, n_allowed))
        {
          g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);

          return set_invalid (error, member_path, _("unknown member"));
        }
    }

  return TRUE;
}

/* Leaves @value untouched when the member is absent, so callers preset
 * the default. */
static gboolean
read_number (JsonObject  *object,
             const char  *path,
             const char  *member,
             double       min,
             double       max,
             double      *value,
             GError     **error)
{
  g_autofree char *member_path = NULL;
  JsonNode *node = json_object_get_member (object, member);
  double number;

  if (node == NULL)
    return TRUE;

  member_path = g_strdup_printf ("%s.%s", path, member);

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
       json_node_get_value_type (node) != G_TYPE_INT64))
    return set_invalid (error, member_path, _("expected a number"));

  number = json_node_get_double (node);
  if (!isfinite (number) || number < min || number > max)
    {
      g_autofree char *problem = NULL;

      problem = g_strdup_printf (_("expected a number from %g to %g"), min, max);
      return set_invalid (error, member_path, problem);
    }

  *value = number;
  return TRUE;
}

static const char *
read_string (JsonObject  *object,
             const char  *path,
             const char  *member,
             gboolean     required,
             GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, member);
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      if (required)
        set_invalid (error, member_path, _("missing"));
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_invalid (error, member_path, _("expected a string"));
      return NULL;
    }

  return json_node_get_string (node);
}

static gboolean
parse_limb (RegimenLimbAngles  *limb,
            JsonNode           *node,
            const char         *path,
            GError            **error)
{
  JsonObject *object = get_object (node, path, error);

  if (object == NULL ||
      !check_members (object, path, limb_members, G_N_ELEMENTS (limb_members), error))
    return FALSE;

  return read_number (object, path, "shoulder", -ANGLE_LIMIT, ANGLE_LIMIT, &limb->shoulder, error) &&
         read_number (object, path, "elbow", -ANGLE_LIMIT, ANGLE_LIMIT, &limb->elbow, error) &&
         read_number (object, path, "hip", -ANGLE_LIMIT, ANGLE_LIMIT, &limb->hip, error) &&
         read_number (object, path, "knee", -ANGLE_LIMIT, ANGLE_LIMIT, &limb->knee, error) &&
         read_number (object, path, "ankle", -ANGLE_LIMIT, ANGLE_LIMIT, &limb->ankle, error);
}

static gboolean
parse_root (RegimenPoseRoot  *root,
            JsonNode         *node,
            const char       *path,
            GError          **error)
{
  static const char * const root_members[] = { "joint", "x", "y" };
  JsonObject *object = get_object (node, path, error);
  const char *joint;

  if (object == NULL ||
      !check_members (object, path, root_members, G_N_ELEMENTS (root_members), error))
    return FALSE;

  if (json_object_has_member (object, "joint"))
    {
      joint = read_string (object, path, "joint", FALSE, error);
      if (joint == NULL)
        return FALSE;

      if (strcmp (joint, "lowest") == 0)
        root->joint = -1;
      else if ((root->joint = lookup_name (joint, joint_names, REGIMEN_N_JOINTS)) < 0)
        {
          g_autofree char *joint_path = g_strdup_printf ("%s.joint", path);

          return set_invalid (error, joint_path, _("unknown joint"));
        }
    }

  return read_number (object, path, "x", -POSITION_LIMIT, POSITION_LIMIT, &root->x, error) &&
         read_number (object, path, "y", -POSITION_LIMIT, POSITION_LIMIT, &root->y, error);
}

static void
init_prop (RegimenProp     *prop,
           RegimenPropKind  kind)
{
  memset (prop, 0, sizeof *prop);
  prop->kind = kind;
  prop->attach = REGIMEN_ATTACH_NONE;

  switch (kind)
    {
    case REGIMEN_PROP_BENCH:
      prop->width = 1.1;
      prop->height = 0.45;
      break;

    case REGIMEN_PROP_BOX:
      prop->width = 0.5;
      prop->height = 0.45;
      break;

    case REGIMEN_PROP_BALL:
      prop->radius = 0.3;
      break;

    case REGIMEN_PROP_BAND:
    case REGIMEN_PROP_MINI_BAND:
    case REGIMEN_PROP_BARBELL:
    case REGIMEN_PROP_DUMBBELL:
    case REGIMEN_PROP_KETTLEBELL:
    case REGIMEN_PROP_CABLE:
    case REGIMEN_PROP_PULL_UP_BAR:
    case REGIMEN_PROP_MAT:
    case REGIMEN_N_PROP_KINDS:
    default:
      break;
    }
}

static gboolean
prop_needs_attach (RegimenPropKind kind)
{
  switch (kind)
    {
    case REGIMEN_PROP_BAND:
    case REGIMEN_PROP_MINI_BAND:
    case REGIMEN_PROP_BARBELL:
    case REGIMEN_PROP_DUMBBELL:
    case REGIMEN_PROP_KETTLEBELL:
    case REGIMEN_PROP_CABLE:
      return TRUE;

    case REGIMEN_PROP_BENCH:
    case REGIMEN_PROP_BALL:
    case REGIMEN_PROP_PULL_UP_BAR:
    case REGIMEN_PROP_BOX:
    case REGIMEN_PROP_MAT:
    case REGIMEN_N_PROP_KINDS:
    default:
      return FALSE;
    }
}

static gboolean
parse_prop (RegimenProp  *prop,
            JsonNode     *node,
            const char   *path,
            GError      **error)
{
  JsonObject *object = get_object (node, path, error);
  const char *type;
  int kind;

  if (object == NULL ||
      !check_members (object, path, prop_members, G_N_ELEMENTS (prop_members), error))
    return FALSE;

  type = read_string (object, path, "type", TRUE, error);
  if (type == NULL)
    return FALSE;

  kind = lookup_name (type, prop_names, REGIMEN_N_PROP_KINDS);
  if (kind < 0)
    {
      g_autofree char *type_path = g_strdup_printf ("%s.type", path);

      return set_invalid (error, type_path, _("unknown kind of equipment"));
    }

  init_prop (prop, kind);

  if (json_object_has_member (object, "attach"))
    {
      const char *attach = read_string (object, path, "attach", FALSE, error);
      int value;

      if (attach == NULL)
        return FALSE;

      value = lookup_name (attach, attach_names, REGIMEN_N_ATTACHES);
      if (value < 0)
        {
          g_autofree char *attach_path = g_strdup_printf ("%s.attach", path);

          return set_invalid (error, attach_path, _("unknown body part"));
        }
      prop->attach = value;
    }

  if (prop->attach == REGIMEN_ATTACH_NONE && prop_needs_attach (prop->kind))
    {
      g_autofree char *attach_path = g_strdup_printf ("%s.attach", path);

      return set_invalid (error, attach_path, _("missing: this equipment needs a body part to hold it"));
    }

  return read_number (object, path, "x", -POSITION_LIMIT, POSITION_LIMIT, &prop->x, error) &&
         read_number (object, path, "y", -POSITION_LIMIT, POSITION_LIMIT, &prop->y, error) &&
         read_number (object, path, "width", 0.0, SIZE_LIMIT, &prop->width, error) &&
         read_number (object, path, "height", 0.0, SIZE_LIMIT, &prop->height, error) &&
         read_number (object, path, "radius", 0.0, SIZE_LIMIT, &prop->radius, error);
}

static gboolean
parse_props (RegimenPoseFrame  *frame,
             JsonNode          *node,
             const char        *path,
             GError           **error)
{
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return set_invalid (error, path, _("expected an array"));

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length > REGIMEN_POSE_MAX_PROPS)
    return set_invalid (error, path, _("too many pieces of equipment"));

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *prop_path = g_strdup_printf ("%s[%u]", path, i);

      if (!parse_prop (&frame->props[i], json_array_get_element (array, i), prop_path, error))
        return FALSE;
    }

  frame->n_props = length;
  return TRUE;
}

/* Unit vector of a segment whose absolute angle is measured from straight
 * down, turning towards the front (+x) for positive angles. */
static RegimenPoint
direction (double degrees)
{
  double radians = degrees * G_PI / 180.0;
  RegimenPoint point = { sin (radians), -cos (radians) };

  return point;
}

static RegimenPoint
advance (RegimenPoint from,
         double       degrees,
         double       length)
{
  RegimenPoint dir = direction (degrees);
  RegimenPoint point = { from.x + dir.x * length, from.y + dir.y * length };

  return point;
}

static void
solve_relative (const RegimenPoseFrame *frame,
                RegimenPoint            joints[REGIMEN_N_JOINTS])
{
  RegimenPoint hip = { 0.0, 0.0 };
  double torso_down = -frame->torso;
  double torso_up = 180.0 - frame->torso;

  joints[REGIMEN_JOINT_HIP] = hip;
  joints[REGIMEN_JOINT_SHOULDER] = advance (hip, torso_up, REGIMEN_POSE_TORSO_LENGTH);
  joints[REGIMEN_JOINT_HEAD] = advance (joints[REGIMEN_JOINT_SHOULDER],
                                        torso_up - frame->head,
                                        REGIMEN_POSE_NECK_LENGTH + REGIMEN_POSE_HEAD_RADIUS);

  for (guint side = 0; side < REGIMEN_N_SIDES; side++)
    {
      const RegimenLimbAngles *limb = &frame->limbs[side];
      guint offset = side * REGIMEN_JOINT_SIDE_OFFSET;
      double upper_arm = torso_down + limb->shoulder;
      double forearm = upper_arm + limb->elbow;
      double thigh = torso_down + limb->hip;
      double shin = thigh - limb->knee;
      double foot = shin + 90.0 - limb->ankle;

      joints[REGIMEN_JOINT_NEAR_ELBOW + offset] = advance (joints[REGIMEN_JOINT_SHOULDER], upper_arm,
                                                           REGIMEN_POSE_UPPER_ARM_LENGTH);
      joints[REGIMEN_JOINT_NEAR_HAND + offset] = advance (joints[REGIMEN_JOINT_NEAR_ELBOW + offset], forearm,
                                                          REGIMEN_POSE_FOREARM_LENGTH);
      joints[REGIMEN_JOINT_NEAR_KNEE + offset] = advance (hip, thigh, REGIMEN_POSE_THIGH_LENGTH);
      joints[REGIMEN_JOINT_NEAR_ANKLE + offset] = advance (joints[REGIMEN_JOINT_NEAR_KNEE + offset], shin,
                                                           REGIMEN_POSE_SHIN_LENGTH);
      joints[REGIMEN_JOINT_NEAR_HEEL + offset] = advance (joints[REGIMEN_JOINT_NEAR_ANKLE + offset], foot + 180.0,
                                                          REGIMEN_POSE_HEEL_LENGTH);
      joints[REGIMEN_JOINT_NEAR_TOE + offset] = advance (joints[REGIMEN_JOINT_NEAR_ANKLE + offset], foot,
                                                         REGIMEN_POSE_FOOT_LENGTH);
    }
}

static double
lowest_body_point (const RegimenPoint joints[REGIMEN_N_JOINTS])
{
  double lowest = joints[REGIMEN_JOINT_HEAD].y - REGIMEN_POSE_HEAD_RADIUS;

  for (guint i = 0; i < REGIMEN_N_JOINTS; i++)
    if (i != REGIMEN_JOINT_HEAD && i != REGIMEN_JOINT_SHOULDER)
      lowest = MIN (lowest, joints[i].y - regimen_pose_joint_radius (i));

  return MIN (lowest, regimen_pose_chest_centre (joints).y - REGIMEN_POSE_CHEST_RADIUS);
}

/**
 * regimen_pose_joint_radius:
 * @joint: a joint
 *
 * Returns: half the drawn thickness of the body at @joint
 */
double
regimen_pose_joint_radius (RegimenJoint joint)
{
  switch (joint)
    {
    case REGIMEN_JOINT_HIP:
      return REGIMEN_POSE_HIP_RADIUS;

    case REGIMEN_JOINT_SHOULDER:
      return REGIMEN_POSE_CHEST_RADIUS;

    case REGIMEN_JOINT_HEAD:
      return REGIMEN_POSE_HEAD_RADIUS;

    case REGIMEN_JOINT_NEAR_ELBOW:
    case REGIMEN_JOINT_NEAR_HAND:
    case REGIMEN_JOINT_FAR_ELBOW:
    case REGIMEN_JOINT_FAR_HAND:
      return REGIMEN_POSE_ARM_WIDTH / 2.0;

    case REGIMEN_JOINT_NEAR_KNEE:
    case REGIMEN_JOINT_NEAR_ANKLE:
    case REGIMEN_JOINT_NEAR_HEEL:
    case REGIMEN_JOINT_NEAR_TOE:
    case REGIMEN_JOINT_FAR_KNEE:
    case REGIMEN_JOINT_FAR_ANKLE:
    case REGIMEN_JOINT_FAR_HEEL:
    case REGIMEN_JOINT_FAR_TOE:
    case REGIMEN_N_JOINTS:
    default:
      return REGIMEN_POSE_LEG_WIDTH / 2.0;
    }
}

/**
 * regimen_pose_chest_centre:
 * @joints: solved joint positions
 *
 * Returns: the centre of the chest's rounded end, a little below the
 *   shoulder joint along the torso
 */
RegimenPoint
regimen_pose_chest_centre (const RegimenPoint joints[REGIMEN_N_JOINTS])
{
  const RegimenPoint *shoulder = &joints[REGIMEN_JOINT_SHOULDER];
  const RegimenPoint *hip = &joints[REGIMEN_JOINT_HIP];
  double f = REGIMEN_POSE_CHEST_DROP / REGIMEN_POSE_TORSO_LENGTH;
  RegimenPoint centre = { shoulder->x + (hip->x - shoulder->x) * f,
                          shoulder->y + (hip->y - shoulder->y) * f };

  return centre;
}

/**
 * regimen_pose_frame_init_standing:
 * @frame: the frame to fill
 *
 * Fills @frame with a person standing upright on the ground, arms at the
 * sides, holding nothing: the neutral pose every angle is measured from.
 */
void
regimen_pose_frame_init_standing (RegimenPoseFrame *frame)
{
  g_return_if_fail (frame != NULL);

  memset (frame, 0, sizeof *frame);
  frame->root.joint = -1;
  frame->duration = DEFAULT_DURATION;
}

/**
 * regimen_pose_frame_parse:
 * @frame: the frame to fill
 * @node: a JSON object describing one key frame
 * @path: the JSON path of @node, used in error messages
 * @error: return location for a #GError
 *
 * Reads a key frame. Absent angles are those of standing upright; every
 * member's type and range is checked, and unknown members are refused so a
 * misspelt joint does not silently stay straight.
 *
 * Returns: %TRUE on success; on failure @error names the JSON path
 */
gboolean
regimen_pose_frame_parse (RegimenPoseFrame  *frame,
                          JsonNode          *node,
                          const char        *path,
                          GError           **error)
{
  JsonObject *object;

  g_return_val_if_fail (frame != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  regimen_pose_frame_init_standing (frame);

  object = get_object (node, path, error);
  if (object == NULL ||
      !check_members (object, path, frame_members, G_N_ELEMENTS (frame_members), error))
    return FALSE;

  if (!read_number (object, path, "torso", -ANGLE_LIMIT, ANGLE_LIMIT, &frame->torso, error) ||
      !read_number (object, path, "head", -ANGLE_LIMIT, ANGLE_LIMIT, &frame->head, error))
    return FALSE;

  if (!read_number (object, path, "duration", 0.0, DURATION_LIMIT, &frame->duration, error))
    return FALSE;

  if (frame->duration <= 0.0)
    {
      g_autofree char *duration_path = g_strdup_printf ("%s.duration", path);

      return set_invalid (error, duration_path, _("expected a time longer than zero"));
    }

  for (guint side = 0; side < REGIMEN_N_SIDES; side++)
    {
      const char *member = side == REGIMEN_SIDE_NEAR ? "near" : "far";
      JsonNode *limb = json_object_get_member (object, member);

      if (limb != NULL)
        {
          g_autofree char *limb_path = g_strdup_printf ("%s.%s", path, member);

          if (!parse_limb (&frame->limbs[side], limb, limb_path, error))
            return FALSE;
        }
    }

  if (json_object_has_member (object, "root"))
    {
      g_autofree char *root_path = g_strdup_printf ("%s.root", path);

      if (!parse_root (&frame->root, json_object_get_member (object, "root"), root_path, error))
        return FALSE;
    }

  if (json_object_has_member (object, "props"))
    {
      g_autofree char *props_path = g_strdup_printf ("%s.props", path);

      if (!parse_props (frame, json_object_get_member (object, "props"), props_path, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * regimen_pose_frame_solve:
 * @frame: a key frame
 * @joints: (out caller-allocates): where the joint positions go
 *
 * Forward kinematics: places every joint of @frame in the world, in metres
 * with the ground at y = 0, following the frame's root.
 */
void
regimen_pose_frame_solve (const RegimenPoseFrame *frame,
                          RegimenPoint            joints[REGIMEN_N_JOINTS])
{
  double dx;
  double dy;

  g_return_if_fail (frame != NULL);
  g_return_if_fail (joints != NULL);

  solve_relative (frame, joints);

  if (frame->root.joint >= 0 && frame->root.joint < REGIMEN_N_JOINTS)
    {
      dx = frame->root.x - joints[frame->root.joint].x;
      dy = frame->root.y - joints[frame->root.joint].y;
    }
  else
    {
      dx = frame->root.x;
      dy = frame->root.y - lowest_body_point (joints);
    }

  for (guint i = 0; i < REGIMEN_N_JOINTS; i++)
    {
      joints[i].x += dx;
      joints[i].y += dy;
    }
}

/**
 * regimen_pose_attach_point:
 * @joints: solved joint positions
 * @attach: where a prop is held
 * @side: for a pair (hands, feet, knees), which one
 *
 * Returns: the point where a prop attached at @attach touches the body
 */
RegimenPoint
regimen_pose_attach_point (const RegimenPoint joints[REGIMEN_N_JOINTS],
                           RegimenPropAttach  attach,
                           RegimenSide        side)
{
  const RegimenPoint *shoulder = &joints[REGIMEN_JOINT_SHOULDER];
  const RegimenPoint *hip = &joints[REGIMEN_JOINT_HIP];
  guint offset = side == REGIMEN_SIDE_FAR ? REGIMEN_JOINT_SIDE_OFFSET : 0;
  RegimenPoint up = { (shoulder->x - hip->x) / REGIMEN_POSE_TORSO_LENGTH,
                      (shoulder->y - hip->y) / REGIMEN_POSE_TORSO_LENGTH };
  RegimenPoint front = { up.y, -up.x };
  RegimenPoint point = *shoulder;
  double depth;

  switch (attach)
    {
    case REGIMEN_ATTACH_NEAR_HAND:
    case REGIMEN_ATTACH_FAR_HAND:
    case REGIMEN_ATTACH_HANDS:
      if (attach != REGIMEN_ATTACH_HANDS)
        offset = attach == REGIMEN_ATTACH_FAR_HAND ? REGIMEN_JOINT_SIDE_OFFSET : 0;
      return joints[REGIMEN_JOINT_NEAR_HAND + offset];

    case REGIMEN_ATTACH_NEAR_KNEE:
    case REGIMEN_ATTACH_FAR_KNEE:
    case REGIMEN_ATTACH_KNEES:
      if (attach != REGIMEN_ATTACH_KNEES)
        offset = attach == REGIMEN_ATTACH_FAR_KNEE ? REGIMEN_JOINT_SIDE_OFFSET : 0;
      return joints[REGIMEN_JOINT_NEAR_KNEE + offset];

    case REGIMEN_ATTACH_NEAR_FOOT:
    case REGIMEN_ATTACH_FAR_FOOT:
    case REGIMEN_ATTACH_FEET:
      if (attach != REGIMEN_ATTACH_FEET)
        offset = attach == REGIMEN_ATTACH_FAR_FOOT ? REGIMEN_JOINT_SIDE_OFFSET : 0;
      /* the middle of the foot, where a band or a bell's handle sits */
      point.x = (joints[REGIMEN_JOINT_NEAR_HEEL + offset].x + joints[REGIMEN_JOINT_NEAR_TOE + offset].x) / 2.0;
      point.y = (joints[REGIMEN_JOINT_NEAR_HEEL + offset].y + joints[REGIMEN_JOINT_NEAR_TOE + offset].y) / 2.0;
      return point;

    case REGIMEN_ATTACH_BACK:
    case REGIMEN_ATTACH_CHEST:
      /* just below the shoulders, on the outside of the torso's line */
      depth = (REGIMEN_POSE_CHEST_RADIUS + 0.04) * (attach == REGIMEN_ATTACH_BACK ? -1.0 : 1.0);
      point.x = shoulder->x - up.x * 0.07 + front.x * depth;
      point.y = shoulder->y - up.y * 0.07 + front.y * depth;
      return point;

    case REGIMEN_ATTACH_NONE:
    case REGIMEN_N_ATTACHES:
    default:
      return *hip;
    }
}

/**
 * regimen_pose_ease:
 * @progress: from 0 to 1
 *
 * Returns: @progress eased in and out, so a movement starts and ends slowly
 */
double
regimen_pose_ease (double progress)
{
  progress = CLAMP (progress, 0.0, 1.0);

  return progress * progress * (3.0 - 2.0 * progress);
}

static double
lerp (double from,
      double to,
      double progress)
{
  return from + (to - from) * progress;
}

static void
lerp_limb (const RegimenLimbAngles *from,
           const RegimenLimbAngles *to,
           double                   progress,
           RegimenLimbAngles       *result)
{
  result->shoulder = lerp (from->shoulder, to->shoulder, progress);
  result->elbow = lerp (from->elbow, to->elbow, progress);
  result->hip = lerp (from->hip, to->hip, progress);
  result->knee = lerp (from->knee, to->knee, progress);
  result->ankle = lerp (from->ankle, to->ankle, progress);
}

static gboolean
props_match (const RegimenPoseFrame *from,
             const RegimenPoseFrame *to)
{
  if (from->n_props != to->n_props)
    return FALSE;

  for (guint i = 0; i < from->n_props; i++)
    if (from->props[i].kind != to->props[i].kind || from->props[i].attach != to->props[i].attach)
      return FALSE;

  return TRUE;
}

/**
 * regimen_pose_frame_interpolate:
 * @from: the key frame at @progress 0
 * @to: the key frame at @progress 1
 * @progress: how far the movement is, from 0 to 1 (eased in and out)
 * @result: (out caller-allocates): the pose in between
 *
 * Moves every joint from @from towards @to. The root blends in world
 * coordinates when both frames stand on the same part; equipment that is the
 * same in both frames moves along, other equipment switches halfway.
 */
void
regimen_pose_frame_interpolate (const RegimenPoseFrame *from,
                                const RegimenPoseFrame *to,
                                double                  progress,
                                RegimenPoseFrame       *result)
{
  RegimenPoseFrame blended;
  double eased;

  g_return_if_fail (from != NULL);
  g_return_if_fail (to != NULL);
  g_return_if_fail (result != NULL);

  eased = regimen_pose_ease (progress);

  blended = eased < 0.5 ? *from : *to;
  blended.torso = lerp (from->torso, to->torso, eased);
  blended.head = lerp (from->head, to->head, eased);
  for (guint side = 0; side < REGIMEN_N_SIDES; side++)
    lerp_limb (&from->limbs[side], &to->limbs[side], eased, &blended.limbs[side]);

  if (from->root.joint == to->root.joint)
    {
      blended.root.x = lerp (from->root.x, to->root.x, eased);
      blended.root.y = lerp (from->root.y, to->root.y, eased);
    }
  else
    {
      RegimenPoint from_joints[REGIMEN_N_JOINTS];
      RegimenPoint to_joints[REGIMEN_N_JOINTS];

      regimen_pose_frame_solve (from, from_joints);
      regimen_pose_frame_solve (to, to_joints);
      blended.root.joint = REGIMEN_JOINT_HIP;
      blended.root.x = lerp (from_joints[REGIMEN_JOINT_HIP].x, to_joints[REGIMEN_JOINT_HIP].x, eased);
      blended.root.y = lerp (from_joints[REGIMEN_JOINT_HIP].y, to_joints[REGIMEN_JOINT_HIP].y, eased);
    }

  if (props_match (from, to))
    {
      for (guint i = 0; i < from->n_props; i++)
        {
          const RegimenProp *a = &from->props[i];
          const RegimenProp *b = &to->props[i];
          RegimenProp *prop = &blended.props[i];

          prop->x = lerp (a->x, b->x, eased);
          prop->y = lerp (a->y, b->y, eased);
          prop->width = lerp (a->width, b->width, eased);
          prop->height = lerp (a->height, b->height, eased);
          prop->radius = lerp (a->radius, b->radius, eased);
        }
    }

  blended.duration = from->duration;
  *result = blended;
}

/**
 * regimen_pose_sequence_new_from_json:
 * @node: a JSON object with a "frames" array of at least two key frames
 *   and, optionally, "thumbnail": the index of the frame to show when still
 * @path: the JSON path of @node, used in error messages
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the sequence, or %NULL with @error set
 */
RegimenPoseSequence *
regimen_pose_sequence_new_from_json (JsonNode    *node,
                                     const char  *path,
                                     GError     **error)
{
  static const char * const sequence_members[] = { "frames", "thumbnail" };
  g_autoptr(RegimenPoseSequence) sequence = NULL;
  g_autofree char *frames_path = NULL;
  JsonObject *object;
  JsonNode *frames_node;
  JsonArray *frames;
  guint length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = get_object (node, path, error);
  if (object == NULL ||
      !check_members (object, path, sequence_members, G_N_ELEMENTS (sequence_members), error))
    return NULL;

  frames_path = g_strdup_printf ("%s.frames", path);
  frames_node = json_object_get_member (object, "frames");
  if (frames_node == NULL)
    {
      set_invalid (error, frames_path, _("missing"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (frames_node))
    {
      set_invalid (error, frames_path, _("expected an array"));
      return NULL;
    }

  frames = json_node_get_array (frames_node);
  length = json_array_get_length (frames);
  if (length < 2)
    {
      set_invalid (error, frames_path, _("a movement needs at least two key frames"));
      return NULL;
    }

  sequence = g_new0 (RegimenPoseSequence, 1);
  g_atomic_ref_count_init (&sequence->ref_count);
  sequence->frames = g_new0 (RegimenPoseFrame, length);
  sequence->n_frames = length;

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *frame_path = g_strdup_printf ("%s[%u]", frames_path, i);

      if (!regimen_pose_frame_parse (&sequence->frames[i], json_array_get_element (frames, i),
                                     frame_path, error))
        return NULL;

      sequence->duration += sequence->frames[i].duration;
    }

  if (json_object_has_member (object, "thumbnail"))
    {
      double thumbnail = -1.0;

      if (!read_number (object, path, "thumbnail", 0.0, length - 1, &thumbnail, error))
        return NULL;

      if (thumbnail != floor (thumbnail))
        {
          g_autofree char *thumbnail_path = g_strdup_printf ("%s.thumbnail", path);

          set_invalid (error, thumbnail_path, _("expected the number of a key frame"));
          return NULL;
        }

      sequence->thumbnail = (guint) thumbnail;
    }

  return g_steal_pointer (&sequence);
}

RegimenPoseSequence *
regimen_pose_sequence_ref (RegimenPoseSequence *sequence)
{
  g_return_val_if_fail (sequence != NULL, NULL);

  g_atomic_ref_count_inc (&sequence->ref_count);
  return sequence;
}

void
regimen_pose_sequence_unref (RegimenPoseSequence *sequence)
{
  g_return_if_fail (sequence != NULL);

  if (g_atomic_ref_count_dec (&sequence->ref_count))
    {
      g_free (sequence->frames);
      g_free (sequence);
    }
}

guint
regimen_pose_sequence_get_n_frames (const RegimenPoseSequence *sequence)
{
  g_return_val_if_fail (sequence != NULL, 0);

  return sequence->n_frames;
}

/**
 * regimen_pose_sequence_get_frame:
 * @sequence: a pose sequence
 * @index: a key frame index, below the number of frames
 *
 * Returns: (transfer none): the key frame
 */
const RegimenPoseFrame *
regimen_pose_sequence_get_frame (const RegimenPoseSequence *sequence,
                                 guint                      index)
{
  g_return_val_if_fail (sequence != NULL, NULL);
  g_return_val_if_fail (index < sequence->n_frames, NULL);

  return &sequence->frames[index];
}

/**
 * regimen_pose_sequence_get_thumbnail:
 * @sequence: a pose sequence
 *
 * Returns: (transfer none): the key frame that shows the exercise best on
 *   its own, for thumbnails and the printed sheet
 */
const RegimenPoseFrame *
regimen_pose_sequence_get_thumbnail (const RegimenPoseSequence *sequence)
{
  g_return_val_if_fail (sequence != NULL, NULL);

  return &sequence->frames[sequence->thumbnail];
}

/**
 * regimen_pose_sequence_get_duration:
 * @sequence: a pose sequence
 *
 * Returns: the seconds one loop through every key frame takes
 */
double
regimen_pose_sequence_get_duration (const RegimenPoseSequence *sequence)
{
  g_return_val_if_fail (sequence != NULL, 0.0);

  return sequence->duration;
}

/**
 * regimen_pose_sequence_sample:
 * @sequence: a pose sequence
 * @time: seconds since the animation started; it loops
 * @result: (out caller-allocates): the pose at @time
 *
 * Each key frame's duration is the time to move from it to the next one;
 * the last frame moves back to the first, so the animation repeats.
 */
void
regimen_pose_sequence_sample (const RegimenPoseSequence *sequence,
                              double                     time,
                              RegimenPoseFrame          *result)
{
  double remaining;

  g_return_if_fail (sequence != NULL);
  g_return_if_fail (result != NULL);

  remaining = fmod (time, sequence->duration);
  if (remaining < 0.0 || !isfinite (remaining))
    remaining = isfinite (remaining) ? remaining + sequence->duration : 0.0;

  for (guint i = 0; i < sequence->n_frames; i++)
    {
      const RegimenPoseFrame *frame = &sequence->frames[i];

      if (remaining < frame->duration || i + 1 == sequence->n_frames)
        {
          const RegimenPoseFrame *next = &sequence->frames[(i + 1) % sequence->n_frames];

          regimen_pose_frame_interpolate (frame, next, remaining / frame->duration, result);
          return;
        }

      remaining -= frame->duration;
    }
}

/**
 * regimen_pose_sequences_parse:
 * @data: a poses document: {"version": 1, "poses": {"<exercise id>": {"frames": […]}}}
 * @length: length of @data, or -1 when it ends with a nul
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type utf8 RegimenPoseSequence): the
 *   sequences by exercise id, or %NULL with @error set
 */
GHashTable *
regimen_pose_sequences_parse (const char  *data,
                              gssize       length,
                              GError     **error)
{
  static const char * const document_members[] = { "version", "poses" };
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) sequences = NULL;
  JsonObject *document;
  JsonObjectIter iter;
  JsonNode *poses;
  JsonNode *member_node;
  const char *id;
  double version = 0.0;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;

  document = get_object (json_parser_get_root (parser), "$", error);
  if (document == NULL ||
      !check_members (document, "$", document_members, G_N_ELEMENTS (document_members), error) ||
      !read_number (document, "$", "version", 0.0, G_MAXINT32, &version, error))
    return NULL;

  if (version != 1.0)
    {
      set_invalid (error, "$.version", _("only version 1 is understood"));
      return NULL;
    }

  poses = json_object_get_member (document, "poses");
  if (get_object (poses, "$.poses", error) == NULL)
    return NULL;

  sequences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) regimen_pose_sequence_unref);

  json_object_iter_init (&iter, json_node_get_object (poses));
  while (json_object_iter_next (&iter, &id, &member_node))
    {
      g_autofree char *path = g_strdup_printf ("$.poses.%s", id);
      RegimenPoseSequence *sequence;

      sequence = regimen_pose_sequence_new_from_json (member_node, path, error);
      if (sequence == NULL)
        return NULL;

      g_hash_table_insert (sequences, g_strdup (id), sequence);
    }

  return g_steal_pointer (&sequences);
}
