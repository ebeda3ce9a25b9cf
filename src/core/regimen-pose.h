/* regimen-pose.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A side view of a figure facing right (+x), in metres of a 1.7 m person,
 * y up, the ground at y = 0.
 *
 * Angles are in degrees. The torso leans forward by "torso" from vertical
 * (90 is prone, -90 lies on the back). Every joint angle is relative to the
 * segment above it: hip and shoulder flexion move the limb forward from the
 * line of the torso, knee flexion folds the shin back, elbow flexion folds
 * the forearm forward, ankle plantar flexion points the toes, head flexion
 * brings the chin down. */

#define REGIMEN_POSE_TORSO_LENGTH     0.52
#define REGIMEN_POSE_NECK_LENGTH      0.10
#define REGIMEN_POSE_HEAD_RADIUS      0.11
#define REGIMEN_POSE_UPPER_ARM_LENGTH 0.31
#define REGIMEN_POSE_FOREARM_LENGTH   0.36
#define REGIMEN_POSE_THIGH_LENGTH     0.44
#define REGIMEN_POSE_SHIN_LENGTH      0.43
#define REGIMEN_POSE_FOOT_LENGTH      0.15
#define REGIMEN_POSE_HEEL_LENGTH      0.05

/* Drawing thickness in the same units, so resting on the ground and holding
 * a prop are decided by the data, not by the renderer. */
#define REGIMEN_POSE_LEG_WIDTH        0.10
#define REGIMEN_POSE_ARM_WIDTH        0.085
#define REGIMEN_POSE_HIP_RADIUS       0.10
#define REGIMEN_POSE_CHEST_RADIUS     0.12
/* the chest's centre, below the shoulder joint, so the head stays apart */
#define REGIMEN_POSE_CHEST_DROP       0.05

#define REGIMEN_POSE_MAX_PROPS        6

#define REGIMEN_POSE_ERROR (regimen_pose_error_quark ())

typedef enum
{
  REGIMEN_POSE_ERROR_INVALID,
} RegimenPoseError;

typedef enum
{
  REGIMEN_SIDE_NEAR,
  REGIMEN_SIDE_FAR,
  REGIMEN_N_SIDES
} RegimenSide;

typedef enum
{
  REGIMEN_JOINT_HIP,
  REGIMEN_JOINT_SHOULDER,
  REGIMEN_JOINT_HEAD,
  REGIMEN_JOINT_NEAR_ELBOW,
  REGIMEN_JOINT_NEAR_HAND,
  REGIMEN_JOINT_NEAR_KNEE,
  REGIMEN_JOINT_NEAR_ANKLE,
  REGIMEN_JOINT_NEAR_HEEL,
  REGIMEN_JOINT_NEAR_TOE,
  REGIMEN_JOINT_FAR_ELBOW,
  REGIMEN_JOINT_FAR_HAND,
  REGIMEN_JOINT_FAR_KNEE,
  REGIMEN_JOINT_FAR_ANKLE,
  REGIMEN_JOINT_FAR_HEEL,
  REGIMEN_JOINT_FAR_TOE,
  REGIMEN_N_JOINTS
} RegimenJoint;

/* The far side's joints follow the near side's in the same order. */
#define REGIMEN_JOINT_SIDE_OFFSET (REGIMEN_JOINT_FAR_ELBOW - REGIMEN_JOINT_NEAR_ELBOW)

typedef enum
{
  REGIMEN_PROP_BAND,
  REGIMEN_PROP_MINI_BAND,
  REGIMEN_PROP_BENCH,
  REGIMEN_PROP_BARBELL,
  REGIMEN_PROP_DUMBBELL,
  REGIMEN_PROP_KETTLEBELL,
  REGIMEN_PROP_CABLE,
  REGIMEN_PROP_BALL,
  REGIMEN_PROP_PULL_UP_BAR,
  REGIMEN_PROP_BOX,
  REGIMEN_PROP_MAT,
  REGIMEN_N_PROP_KINDS
} RegimenPropKind;

typedef enum
{
  REGIMEN_ATTACH_NONE,
  REGIMEN_ATTACH_NEAR_HAND,
  REGIMEN_ATTACH_FAR_HAND,
  REGIMEN_ATTACH_HANDS,
  REGIMEN_ATTACH_NEAR_FOOT,
  REGIMEN_ATTACH_FAR_FOOT,
  REGIMEN_ATTACH_FEET,
  REGIMEN_ATTACH_NEAR_KNEE,
  REGIMEN_ATTACH_FAR_KNEE,
  REGIMEN_ATTACH_KNEES,
  REGIMEN_ATTACH_BACK,
  REGIMEN_ATTACH_CHEST,
  REGIMEN_N_ATTACHES
} RegimenPropAttach;

typedef struct
{
  double x;
  double y;
} RegimenPoint;

typedef struct
{
  double shoulder;
  double elbow;
  double hip;
  double knee;
  double ankle;
} RegimenLimbAngles;

/* What a prop's numbers mean depends on its kind:
 * band, cable: from @attach to the fixed point (@x, @y);
 * mini-band: a loop around both limbs at @attach;
 * barbell, dumbbell, kettlebell: held or carried at @attach;
 * pull-up bar: gripped at @attach, or at (@x, @y) when @attach is none;
 * bench, box: standing on the ground, centred on @x, @width by @height;
 * ball: lying on the ground at @x, of @radius;
 * mat: on the ground centred on @x, @width long (0: under the whole figure). */
typedef struct
{
  RegimenPropKind   kind;
  RegimenPropAttach attach;
  double            x;
  double            y;
  double            width;
  double            height;
  double            radius;
} RegimenProp;

/* Where the figure stands: @joint placed at (@x, @y); with "lowest"
 * (@joint < 0) the lowest part of the body rests at @y and the hip is at @x. */
typedef struct
{
  int    joint;
  double x;
  double y;
} RegimenPoseRoot;

typedef struct
{
  double            torso;
  double            head;
  RegimenLimbAngles limbs[REGIMEN_N_SIDES];
  RegimenPoseRoot   root;
  double            duration;
  guint             n_props;
  RegimenProp       props[REGIMEN_POSE_MAX_PROPS];
} RegimenPoseFrame;

typedef struct _RegimenPoseSequence RegimenPoseSequence;

#define REGIMEN_TYPE_POSE_SEQUENCE (regimen_pose_sequence_get_type ())

GQuark                   regimen_pose_error_quark          (void);

void                     regimen_pose_frame_init_standing  (RegimenPoseFrame          *frame);
gboolean                 regimen_pose_frame_parse          (RegimenPoseFrame          *frame,
                                                            JsonNode                  *node,
                                                            const char                *path,
                                                            GError                   **error);
void                     regimen_pose_frame_solve          (const RegimenPoseFrame    *frame,
                                                            RegimenPoint               joints[REGIMEN_N_JOINTS]);
double                   regimen_pose_joint_radius         (RegimenJoint               joint);
RegimenPoint             regimen_pose_chest_centre         (const RegimenPoint         joints[REGIMEN_N_JOINTS]);
RegimenPoint             regimen_pose_attach_point         (const RegimenPoint         joints[REGIMEN_N_JOINTS],
                                                            RegimenPropAttach          attach,
                                                            RegimenSide                side);
void                     regimen_pose_frame_interpolate    (const RegimenPoseFrame    *from,
                                                            const RegimenPoseFrame    *to,
                                                            double                     progress,
                                                            RegimenPoseFrame          *result);
double                   regimen_pose_ease                 (double                     progress);

GType                    regimen_pose_sequence_get_type    (void) G_GNUC_CONST;
RegimenPoseSequence     *regimen_pose_sequence_new_from_json (JsonNode                *node,
                                                            const char                *path,
                                                            GError                   **error);
RegimenPoseSequence     *regimen_pose_sequence_ref         (RegimenPoseSequence       *sequence);
void                     regimen_pose_sequence_unref       (RegimenPoseSequence       *sequence);
guint                    regimen_pose_sequence_get_n_frames (const RegimenPoseSequence *sequence);
const RegimenPoseFrame  *regimen_pose_sequence_get_frame   (const RegimenPoseSequence *sequence,
                                                            guint                      index);
const RegimenPoseFrame  *regimen_pose_sequence_get_thumbnail (const RegimenPoseSequence *sequence);
double                   regimen_pose_sequence_get_duration (const RegimenPoseSequence *sequence);
void                     regimen_pose_sequence_sample      (const RegimenPoseSequence *sequence,
                                                            double                     time,
                                                            RegimenPoseFrame          *result);

GHashTable              *regimen_pose_sequences_parse      (const char                *data,
                                                            gssize                     length,
                                                            GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenPoseSequence, regimen_pose_sequence_unref)

G_END_DECLS
