/* regimen-figure.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-figure"

#include "config.h"

#include <math.h>

#include "regimen-figure.h"

/* Sizes of the drawing in metres, like the pose itself, so one pose looks
 * the same from a 64 px thumbnail to a printed page. */
#define GROUND_WIDTH       0.035
#define HALO_WIDTH         0.022
#define FOOT_WIDTH         0.075
#define BAND_WIDTH         0.03
#define CABLE_WIDTH        0.018
#define COLUMN_WIDTH       0.09
#define PLATE_RADIUS       0.2
#define DUMBBELL_LENGTH    0.2
#define DUMBBELL_HEIGHT    0.11
#define BELL_RADIUS        0.075
#define BELL_REACH         0.1
#define BAR_RADIUS         0.03
#define BAR_MOUNT          0.22
#define MAT_THICKNESS      0.03
#define MAT_OVERHANG       0.12
#define BENCH_PAD          0.08
#define MARGIN_FRACTION    0.06

/* Below these, strokes blur into the background at thumbnail size. */
#define MIN_LIMB_PIXELS    1.6
#define MIN_THIN_PIXELS    1.0

typedef struct
{
  double x1;
  double y1;
  double x2;
  double y2;
} Bounds;

typedef struct
{
  cairo_t               *cr;
  RegimenPaletteVariant  variant;
  RegimenPoint           joints[REGIMEN_N_JOINTS];
  double                 pixel;
} Painter;

static void
bounds_init (Bounds *bounds)
{
  bounds->x1 = bounds->y1 = G_MAXDOUBLE;
  bounds->x2 = bounds->y2 = -G_MAXDOUBLE;
}

static void
bounds_add (Bounds       *bounds,
            RegimenPoint  point,
            double        radius)
{
  bounds->x1 = MIN (bounds->x1, point.x - radius);
  bounds->y1 = MIN (bounds->y1, point.y - radius);
  bounds->x2 = MAX (bounds->x2, point.x + radius);
  bounds->y2 = MAX (bounds->y2, point.y + radius);
}

static void
bounds_add_rect (Bounds *bounds,
                 double  x1,
                 double  y1,
                 double  x2,
                 double  y2)
{
  RegimenPoint a = { x1, y1 };
  RegimenPoint b = { x2, y2 };

  bounds_add (bounds, a, 0.0);
  bounds_add (bounds, b, 0.0);
}

static RegimenPoint
point_at (double x,
          double y)
{
  RegimenPoint point = { x, y };

  return point;
}

static gboolean
attach_is_pair (RegimenPropAttach attach)
{
  return attach == REGIMEN_ATTACH_HANDS || attach == REGIMEN_ATTACH_FEET || attach == REGIMEN_ATTACH_KNEES;
}

static gboolean
attach_is_far (RegimenPropAttach attach)
{
  return attach == REGIMEN_ATTACH_FAR_HAND || attach == REGIMEN_ATTACH_FAR_FOOT || attach == REGIMEN_ATTACH_FAR_KNEE;
}

/* A kettlebell hangs along the forearm when swung or held at arm's length,
 * and straight down from a foot, the chest or hands held high. */
static RegimenPoint
bell_centre (const RegimenPoint joints[REGIMEN_N_JOINTS],
             RegimenPropAttach  attach,
             RegimenSide        side)
{
  RegimenPoint grip = regimen_pose_attach_point (joints, attach, side);
  RegimenPoint dir = { 0.0, -1.0 };

  if (attach == REGIMEN_ATTACH_NEAR_HAND || attach == REGIMEN_ATTACH_FAR_HAND || attach == REGIMEN_ATTACH_HANDS)
    {
      guint offset = (attach == REGIMEN_ATTACH_FAR_HAND || side == REGIMEN_SIDE_FAR) && attach != REGIMEN_ATTACH_NEAR_HAND
                   ? REGIMEN_JOINT_SIDE_OFFSET : 0;
      const RegimenPoint *elbow = &joints[REGIMEN_JOINT_NEAR_ELBOW + offset];

      /* held up by the horns, as in a goblet squat, it hangs below the hands */
      if (grip.y - elbow->y < 0.3 * REGIMEN_POSE_FOREARM_LENGTH)
        {
          dir.x = (grip.x - elbow->x) / REGIMEN_POSE_FOREARM_LENGTH;
          dir.y = (grip.y - elbow->y) / REGIMEN_POSE_FOREARM_LENGTH;
        }
    }

  return point_at (grip.x + dir.x * BELL_REACH, grip.y + dir.y * BELL_REACH);
}

static void
body_bounds (const RegimenPoint  joints[REGIMEN_N_JOINTS],
             Bounds             *bounds)
{
  for (guint i = 0; i < REGIMEN_N_JOINTS; i++)
    if (i != REGIMEN_JOINT_SHOULDER)
      bounds_add (bounds, joints[i], regimen_pose_joint_radius (i));

  bounds_add (bounds, regimen_pose_chest_centre (joints), REGIMEN_POSE_CHEST_RADIUS);
}

static void
frame_bounds (const RegimenPoseFrame *frame,
              Bounds                 *bounds)
{
  RegimenPoint joints[REGIMEN_N_JOINTS];
  Bounds body;

  regimen_pose_frame_solve (frame, joints);

  bounds_init (&body);
  body_bounds (joints, &body);

  *bounds = body;
  /* the ground line is always in the picture */
  bounds_add_rect (bounds, body.x1, -GROUND_WIDTH, body.x2, 0.0);

  for (guint i = 0; i < frame->n_props; i++)
    {
      const RegimenProp *prop = &frame->props[i];

      for (guint side = 0; side < REGIMEN_N_SIDES; side++)
        {
          RegimenPoint at;

          if (side == REGIMEN_SIDE_FAR && !attach_is_pair (prop->attach))
            break;

          at = regimen_pose_attach_point (joints, prop->attach, side);

          switch (prop->kind)
            {
            case REGIMEN_PROP_BAND:
            case REGIMEN_PROP_CABLE:
              bounds_add (bounds, at, BAND_WIDTH);
              bounds_add (bounds, point_at (prop->x, prop->y), COLUMN_WIDTH);
              if (prop->kind == REGIMEN_PROP_CABLE)
                bounds_add_rect (bounds, prop->x, 0.0, prop->x + COLUMN_WIDTH, prop->y + 0.15);
              break;

            case REGIMEN_PROP_MINI_BAND:
              bounds_add (bounds, at, REGIMEN_POSE_LEG_WIDTH);
              break;

            case REGIMEN_PROP_BARBELL:
              bounds_add (bounds, at, PLATE_RADIUS);
              break;

            case REGIMEN_PROP_DUMBBELL:
              bounds_add (bounds, at, DUMBBELL_LENGTH / 2.0);
              break;

            case REGIMEN_PROP_KETTLEBELL:
              bounds_add (bounds, bell_centre (joints, prop->attach, side), BELL_RADIUS);
              break;

            case REGIMEN_PROP_PULL_UP_BAR:
              if (prop->attach == REGIMEN_ATTACH_NONE)
                at = point_at (prop->x, prop->y);
              bounds_add (bounds, at, BAR_RADIUS);
              bounds_add_rect (bounds, at.x - BAR_MOUNT, at.y, at.x + BAR_MOUNT, at.y + BAR_MOUNT + BAR_RADIUS);
              break;

            case REGIMEN_PROP_BENCH:
            case REGIMEN_PROP_BOX:
              bounds_add_rect (bounds, prop->x - prop->width / 2.0, 0.0, prop->x + prop->width / 2.0, prop->height);
              break;

            case REGIMEN_PROP_BALL:
              bounds_add (bounds, point_at (prop->x, prop->radius), prop->radius);
              break;

            case REGIMEN_PROP_MAT:
              if (prop->width > 0.0)
                bounds_add_rect (bounds, prop->x - prop->width / 2.0, 0.0, prop->x + prop->width / 2.0, 0.0);
              else
                bounds_add_rect (bounds, body.x1 - MAT_OVERHANG, 0.0, body.x2 + MAT_OVERHANG, 0.0);
              break;

            case REGIMEN_N_PROP_KINDS:
            default:
              break;
            }
        }
    }
}

static double
stroke_width (const Painter *painter,
              double         width,
              double         min_pixels)
{
  return MAX (width, min_pixels * painter->pixel);
}

static void
set_color (const Painter    *painter,
           RegimenColorRole  role,
           double            alpha)
{
  const RegimenColor *color = regimen_palette_get (painter->variant, role);

  cairo_set_source_rgba (painter->cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
rounded_rect (cairo_t *cr,
              double   x1,
              double   y1,
              double   x2,
              double   y2,
              double   radius)
{
  radius = MIN (radius, MIN (x2 - x1, y2 - y1) / 2.0);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x2 - radius, y1 + radius, radius, -G_PI / 2.0, 0.0);
  cairo_arc (cr, x2 - radius, y2 - radius, radius, 0.0, G_PI / 2.0);
  cairo_arc (cr, x1 + radius, y2 - radius, radius, G_PI / 2.0, G_PI);
  cairo_arc (cr, x1 + radius, y1 + radius, radius, G_PI, 3.0 * G_PI / 2.0);
  cairo_close_path (cr);
}

/* Strokes the current path in @role, first cutting a thin transparent halo
 * around it so a near limb stays readable where it crosses the body. */
static void
stroke_with_halo (const Painter    *painter,
                  RegimenColorRole  role,
                  double            width)
{
  cairo_t *cr = painter->cr;

  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_set_line_width (cr, width + 2.0 * stroke_width (painter, HALO_WIDTH, MIN_THIN_PIXELS));
  cairo_stroke_preserve (cr);
  cairo_restore (cr);

  set_color (painter, role, 1.0);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static void
path_limb (const Painter *painter,
           RegimenJoint   a,
           RegimenJoint   b,
           RegimenJoint   c)
{
  cairo_t *cr = painter->cr;

  cairo_move_to (cr, painter->joints[a].x, painter->joints[a].y);
  cairo_line_to (cr, painter->joints[b].x, painter->joints[b].y);
  cairo_line_to (cr, painter->joints[c].x, painter->joints[c].y);
}

/* Near limbs cross the body, so they get a halo; far ones are behind it. */
static void
stroke_limb (const Painter *painter,
             RegimenSide    side,
             double         width)
{
  if (side == REGIMEN_SIDE_NEAR)
    stroke_with_halo (painter, REGIMEN_COLOR_FIGURE, width);
  else
    {
      set_color (painter, REGIMEN_COLOR_FIGURE_FAR, 1.0);
      cairo_set_line_width (painter->cr, width);
      cairo_stroke (painter->cr);
    }
}

static void
draw_leg (const Painter *painter,
          RegimenSide    side)
{
  guint offset = side == REGIMEN_SIDE_FAR ? REGIMEN_JOINT_SIDE_OFFSET : 0;
  RegimenColorRole role = side == REGIMEN_SIDE_FAR ? REGIMEN_COLOR_FIGURE_FAR : REGIMEN_COLOR_FIGURE;
  double limb = stroke_width (painter, REGIMEN_POSE_LEG_WIDTH, MIN_LIMB_PIXELS);
  double foot = stroke_width (painter, FOOT_WIDTH, MIN_LIMB_PIXELS);
  cairo_t *cr = painter->cr;

  path_limb (painter, REGIMEN_JOINT_HIP, REGIMEN_JOINT_NEAR_KNEE + offset, REGIMEN_JOINT_NEAR_ANKLE + offset);
  stroke_limb (painter, side, limb);

  cairo_move_to (cr, painter->joints[REGIMEN_JOINT_NEAR_HEEL + offset].x, painter->joints[REGIMEN_JOINT_NEAR_HEEL + offset].y);
  cairo_line_to (cr, painter->joints[REGIMEN_JOINT_NEAR_TOE + offset].x, painter->joints[REGIMEN_JOINT_NEAR_TOE + offset].y);
  set_color (painter, role, 1.0);
  cairo_set_line_width (cr, foot);
  cairo_stroke (cr);
}

static void
draw_arm (const Painter *painter,
          RegimenSide    side)
{
  guint offset = side == REGIMEN_SIDE_FAR ? REGIMEN_JOINT_SIDE_OFFSET : 0;
  double limb = stroke_width (painter, REGIMEN_POSE_ARM_WIDTH, MIN_LIMB_PIXELS);

  path_limb (painter, REGIMEN_JOINT_SHOULDER, REGIMEN_JOINT_NEAR_ELBOW + offset, REGIMEN_JOINT_NEAR_HAND + offset);
  stroke_limb (painter, side, limb);
}

/* The torso: the hull of a round hip and a wider round chest. */
static void
path_torso (const Painter *painter)
{
  cairo_t *cr = painter->cr;
  RegimenPoint hip = painter->joints[REGIMEN_JOINT_HIP];
  RegimenPoint chest = regimen_pose_chest_centre (painter->joints);
  double r1 = REGIMEN_POSE_HIP_RADIUS;
  double r2 = REGIMEN_POSE_CHEST_RADIUS;
  double dx = chest.x - hip.x;
  double dy = chest.y - hip.y;
  double distance = sqrt (dx * dx + dy * dy);
  double theta = atan2 (dy, dx);
  double alpha = distance > r2 - r1 ? acos ((r1 - r2) / distance) : G_PI / 2.0;

  cairo_new_sub_path (cr);
  cairo_arc (cr, hip.x, hip.y, r1, theta + alpha, theta - alpha + 2.0 * G_PI);
  cairo_arc (cr, chest.x, chest.y, r2, theta - alpha, theta + alpha);
  cairo_close_path (cr);
}

static void
draw_trunk (const Painter *painter)
{
  cairo_t *cr = painter->cr;
  const RegimenPoint *head = &painter->joints[REGIMEN_JOINT_HEAD];

  path_torso (painter);
  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_set_line_width (cr, 2.0 * stroke_width (painter, HALO_WIDTH, MIN_THIN_PIXELS));
  cairo_stroke_preserve (cr);
  cairo_restore (cr);
  set_color (painter, REGIMEN_COLOR_FIGURE, 1.0);
  cairo_fill (cr);

  cairo_new_sub_path (cr);
  cairo_arc (cr, head->x, head->y, REGIMEN_POSE_HEAD_RADIUS, 0.0, 2.0 * G_PI);
  cairo_fill (cr);
}

static void
draw_ground (const Painter *painter,
             double         x1,
             double         x2)
{
  cairo_t *cr = painter->cr;
  double width = stroke_width (painter, GROUND_WIDTH, MIN_THIN_PIXELS);

  cairo_move_to (cr, x1 + width / 2.0, -width / 2.0);
  cairo_line_to (cr, x2 - width / 2.0, -width / 2.0);
  set_color (painter, REGIMEN_COLOR_GROUND, 1.0);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static void
draw_support (const Painter     *painter,
              const RegimenProp *prop,
              const Bounds      *body)
{
  cairo_t *cr = painter->cr;
  double line = stroke_width (painter, CABLE_WIDTH, MIN_THIN_PIXELS);
  double x1 = prop->x - prop->width / 2.0;
  double x2 = prop->x + prop->width / 2.0;

  switch (prop->kind)
    {
    case REGIMEN_PROP_MAT:
      if (prop->width <= 0.0)
        {
          x1 = body->x1 - MAT_OVERHANG;
          x2 = body->x2 + MAT_OVERHANG;
        }
      rounded_rect (cr, x1, 0.0, x2, MAT_THICKNESS, MAT_THICKNESS / 2.0);
      set_color (painter, REGIMEN_COLOR_ACCENT, 0.35);
      cairo_fill (cr);
      break;

    case REGIMEN_PROP_BENCH:
      rounded_rect (cr, x1, prop->height - BENCH_PAD, x2, prop->height, BENCH_PAD / 3.0);
      set_color (painter, REGIMEN_COLOR_PROP, 1.0);
      cairo_fill (cr);
      cairo_move_to (cr, x1 + 0.12, 0.0);
      cairo_line_to (cr, x1 + 0.12, prop->height - BENCH_PAD);
      cairo_move_to (cr, x2 - 0.12, 0.0);
      cairo_line_to (cr, x2 - 0.12, prop->height - BENCH_PAD);
      cairo_set_line_width (cr, stroke_width (painter, 0.05, MIN_THIN_PIXELS));
      cairo_stroke (cr);
      break;

    case REGIMEN_PROP_BOX:
      rounded_rect (cr, x1 + line / 2.0, line / 2.0, x2 - line / 2.0, prop->height - line / 2.0, 0.03);
      set_color (painter, REGIMEN_COLOR_PROP, 0.25);
      cairo_fill_preserve (cr);
      set_color (painter, REGIMEN_COLOR_PROP, 1.0);
      cairo_set_line_width (cr, line);
      cairo_stroke (cr);
      break;

    case REGIMEN_PROP_BALL:
      cairo_new_sub_path (cr);
      cairo_arc (cr, prop->x, prop->radius, prop->radius - line / 2.0, 0.0, 2.0 * G_PI);
      set_color (painter, REGIMEN_COLOR_SUCCESS, 0.35);
      cairo_fill_preserve (cr);
      set_color (painter, REGIMEN_COLOR_SUCCESS, 1.0);
      cairo_set_line_width (cr, line);
      cairo_stroke (cr);
      break;

    case REGIMEN_PROP_CABLE:
      rounded_rect (cr, prop->x, 0.0, prop->x + COLUMN_WIDTH, prop->y + 0.15, 0.02);
      set_color (painter, REGIMEN_COLOR_PROP, 0.35);
      cairo_fill (cr);
      break;

    case REGIMEN_PROP_BAND:
    case REGIMEN_PROP_MINI_BAND:
    case REGIMEN_PROP_BARBELL:
    case REGIMEN_PROP_DUMBBELL:
    case REGIMEN_PROP_KETTLEBELL:
    case REGIMEN_PROP_PULL_UP_BAR:
    case REGIMEN_N_PROP_KINDS:
    default:
      break;
    }
}

static void
draw_line_prop (const Painter     *painter,
                const RegimenProp *prop)
{
  cairo_t *cr = painter->cr;
  RegimenPoint at = regimen_pose_attach_point (painter->joints, prop->attach, REGIMEN_SIDE_NEAR);
  double anchor_radius = stroke_width (painter, 0.04, 1.5);

  cairo_move_to (cr, prop->x, prop->y);
  cairo_line_to (cr, at.x, at.y);
  if (prop->kind == REGIMEN_PROP_BAND)
    {
      set_color (painter, REGIMEN_COLOR_WARNING, 1.0);
      cairo_set_line_width (cr, stroke_width (painter, BAND_WIDTH, MIN_THIN_PIXELS));
    }
  else
    {
      set_color (painter, REGIMEN_COLOR_PROP, 1.0);
      cairo_set_line_width (cr, stroke_width (painter, CABLE_WIDTH, MIN_THIN_PIXELS));
    }
  cairo_stroke (cr);

  cairo_new_sub_path (cr);
  cairo_arc (cr, prop->x, prop->y, anchor_radius, 0.0, 2.0 * G_PI);
  set_color (painter, REGIMEN_COLOR_PROP, 1.0);
  cairo_fill (cr);
}

static void
draw_plate (const Painter     *painter,
            const RegimenProp *prop)
{
  cairo_t *cr = painter->cr;
  RegimenPoint at = regimen_pose_attach_point (painter->joints, prop->attach, REGIMEN_SIDE_NEAR);

  cairo_new_sub_path (cr);
  cairo_arc (cr, at.x, at.y, PLATE_RADIUS, 0.0, 2.0 * G_PI);
  set_color (painter, REGIMEN_COLOR_PROP, 1.0);
  cairo_fill (cr);

  cairo_new_sub_path (cr);
  cairo_arc (cr, at.x, at.y, PLATE_RADIUS * 0.72, 0.0, 2.0 * G_PI);
  set_color (painter, REGIMEN_COLOR_BACKGROUND, 0.35);
  cairo_set_line_width (cr, stroke_width (painter, 0.02, MIN_THIN_PIXELS));
  cairo_stroke (cr);

  cairo_new_sub_path (cr);
  cairo_arc (cr, at.x, at.y, 0.04, 0.0, 2.0 * G_PI);
  set_color (painter, REGIMEN_COLOR_BACKGROUND, 1.0);
  cairo_fill (cr);
}

static void
draw_weight (const Painter     *painter,
             const RegimenProp *prop,
             RegimenSide        side)
{
  cairo_t *cr = painter->cr;
  RegimenPoint at = regimen_pose_attach_point (painter->joints, prop->attach, side);
  double alpha = side == REGIMEN_SIDE_FAR ? 0.6 : 1.0;

  if (prop->kind == REGIMEN_PROP_DUMBBELL)
    {
      rounded_rect (cr, at.x - DUMBBELL_LENGTH / 2.0, at.y - DUMBBELL_HEIGHT / 2.0,
                    at.x - DUMBBELL_LENGTH / 2.0 + 0.06, at.y + DUMBBELL_HEIGHT / 2.0, 0.02);
      rounded_rect (cr, at.x + DUMBBELL_LENGTH / 2.0 - 0.06, at.y - DUMBBELL_HEIGHT / 2.0,
                    at.x + DUMBBELL_LENGTH / 2.0, at.y + DUMBBELL_HEIGHT / 2.0, 0.02);
      set_color (painter, REGIMEN_COLOR_PROP, alpha);
      cairo_fill (cr);
      cairo_move_to (cr, at.x - DUMBBELL_LENGTH / 2.0, at.y);
      cairo_line_to (cr, at.x + DUMBBELL_LENGTH / 2.0, at.y);
      cairo_set_line_width (cr, stroke_width (painter, 0.03, MIN_THIN_PIXELS));
      cairo_stroke (cr);
    }
  else
    {
      RegimenPoint centre = bell_centre (painter->joints, prop->attach, side);

      cairo_move_to (cr, at.x, at.y);
      cairo_line_to (cr, centre.x, centre.y);
      set_color (painter, REGIMEN_COLOR_PROP, alpha);
      cairo_set_line_width (cr, stroke_width (painter, 0.035, MIN_THIN_PIXELS));
      cairo_stroke (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, centre.x, centre.y, BELL_RADIUS, 0.0, 2.0 * G_PI);
      cairo_fill (cr);
    }
}

static void
draw_mini_band (const Painter     *painter,
                const RegimenProp *prop)
{
  cairo_t *cr = painter->cr;
  RegimenPoint a = regimen_pose_attach_point (painter->joints, prop->attach, REGIMEN_SIDE_NEAR);
  RegimenPoint b = regimen_pose_attach_point (painter->joints, prop->attach, REGIMEN_SIDE_FAR);
  double dx = b.x - a.x;
  double dy = b.y - a.y;
  double length = sqrt (dx * dx + dy * dy);

  cairo_save (cr);
  cairo_translate (cr, (a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
  cairo_rotate (cr, atan2 (dy, dx));
  cairo_scale (cr, length / 2.0 + 0.07, 0.07);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0.0, 0.0, 1.0, 0.0, 2.0 * G_PI);
  cairo_restore (cr);

  set_color (painter, REGIMEN_COLOR_WARNING, 1.0);
  cairo_set_line_width (cr, stroke_width (painter, BAND_WIDTH, MIN_THIN_PIXELS));
  cairo_stroke (cr);
}

static void
draw_pull_up_bar (const Painter     *painter,
                  const RegimenProp *prop)
{
  cairo_t *cr = painter->cr;
  RegimenPoint at = point_at (prop->x, prop->y);

  if (prop->attach != REGIMEN_ATTACH_NONE)
    at = regimen_pose_attach_point (painter->joints, prop->attach, REGIMEN_SIDE_NEAR);

  set_color (painter, REGIMEN_COLOR_PROP, 1.0);
  cairo_move_to (cr, at.x - BAR_MOUNT, at.y + BAR_MOUNT);
  cairo_line_to (cr, at.x + BAR_MOUNT, at.y + BAR_MOUNT);
  cairo_move_to (cr, at.x, at.y);
  cairo_line_to (cr, at.x, at.y + BAR_MOUNT);
  cairo_set_line_width (cr, stroke_width (painter, 0.035, MIN_THIN_PIXELS));
  cairo_stroke (cr);

  cairo_new_sub_path (cr);
  cairo_arc (cr, at.x, at.y, BAR_RADIUS, 0.0, 2.0 * G_PI);
  cairo_fill (cr);
}

static void
draw_frame_in (cairo_t                *cr,
               const RegimenPoseFrame *frame,
               const Bounds           *fit,
               double                  x,
               double                  y,
               double                  width,
               double                  height,
               RegimenPaletteVariant   variant)
{
  Painter painter = { cr, variant, { { 0 } }, 0.0 };
  double margin = MAX (1.0, MIN (width, height) * MARGIN_FRACTION);
  double fit_width = MAX (fit->x2 - fit->x1, 0.1);
  double fit_height = MAX (fit->y2 - fit->y1, 0.1);
  double scale;
  Bounds body;

  scale = MIN ((width - 2.0 * margin) / fit_width, (height - 2.0 * margin) / fit_height);
  if (scale <= 0.0)
    return;

  regimen_pose_frame_solve (frame, painter.joints);
  bounds_init (&body);
  body_bounds (painter.joints, &body);
  painter.pixel = 1.0 / scale;

  cairo_save (cr);
  cairo_push_group (cr);
  cairo_translate (cr,
                   x + width / 2.0 - (fit->x1 + fit->x2) / 2.0 * scale,
                   y + height / 2.0 + (fit->y1 + fit->y2) / 2.0 * scale);
  cairo_scale (cr, scale, -scale);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < frame->n_props; i++)
    draw_support (&painter, &frame->props[i], &body);

  for (guint i = 0; i < frame->n_props; i++)
    {
      const RegimenProp *prop = &frame->props[i];

      if ((prop->kind == REGIMEN_PROP_DUMBBELL || prop->kind == REGIMEN_PROP_KETTLEBELL) &&
          (attach_is_pair (prop->attach) || attach_is_far (prop->attach)))
        draw_weight (&painter, prop, REGIMEN_SIDE_FAR);
    }

  draw_arm (&painter, REGIMEN_SIDE_FAR);
  draw_leg (&painter, REGIMEN_SIDE_FAR);

  for (guint i = 0; i < frame->n_props; i++)
    {
      const RegimenProp *prop = &frame->props[i];

      if (prop->kind == REGIMEN_PROP_BARBELL)
        draw_plate (&painter, prop);
      else if (prop->kind == REGIMEN_PROP_BAND || prop->kind == REGIMEN_PROP_CABLE)
        draw_line_prop (&painter, prop);
    }

  draw_trunk (&painter);
  draw_leg (&painter, REGIMEN_SIDE_NEAR);
  draw_arm (&painter, REGIMEN_SIDE_NEAR);

  for (guint i = 0; i < frame->n_props; i++)
    {
      const RegimenProp *prop = &frame->props[i];

      if ((prop->kind == REGIMEN_PROP_DUMBBELL || prop->kind == REGIMEN_PROP_KETTLEBELL) &&
          !attach_is_far (prop->attach))
        draw_weight (&painter, prop, REGIMEN_SIDE_NEAR);
      else if (prop->kind == REGIMEN_PROP_MINI_BAND)
        draw_mini_band (&painter, prop);
      else if (prop->kind == REGIMEN_PROP_PULL_UP_BAR)
        draw_pull_up_bar (&painter, prop);
    }

  /* behind everything, and drawn last so no halo cuts into it */
  cairo_set_operator (cr, CAIRO_OPERATOR_DEST_OVER);
  draw_ground (&painter, fit->x1, fit->x2);

  cairo_pop_group_to_source (cr);
  cairo_paint (cr);
  cairo_restore (cr);
}

/**
 * regimen_figure_draw:
 * @cr: a cairo context
 * @frame: the pose to draw
 * @x: left edge of the box, in @cr's user units
 * @y: top edge of the box
 * @width: width of the box
 * @height: height of the box
 * @variant: light (also for paper) or dark
 *
 * Draws @frame with its equipment and the ground, as large as fits and
 * centred in the box. Nothing is drawn outside it.
 */
void
regimen_figure_draw (cairo_t                *cr,
                     const RegimenPoseFrame *frame,
                     double                  x,
                     double                  y,
                     double                  width,
                     double                  height,
                     RegimenPaletteVariant   variant)
{
  Bounds fit;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (frame != NULL);

  if (width <= 0.0 || height <= 0.0)
    return;

  frame_bounds (frame, &fit);
  draw_frame_in (cr, frame, &fit, x, y, width, height, variant);
}

/**
 * regimen_figure_draw_sequence:
 * @cr: a cairo context
 * @sequence: the movement to draw
 * @time: seconds since the animation started
 * @x: left edge of the box, in @cr's user units
 * @y: top edge of the box
 * @width: width of the box
 * @height: height of the box
 * @variant: light (also for paper) or dark
 *
 * Draws the pose of @sequence at @time. The scale is that of the whole
 * movement, so the figure does not grow and shrink while it moves.
 */
void
regimen_figure_draw_sequence (cairo_t                   *cr,
                              const RegimenPoseSequence *sequence,
                              double                     time,
                              double                     x,
                              double                     y,
                              double                     width,
                              double                     height,
                              RegimenPaletteVariant      variant)
{
  /* in-between poses can reach past the key frames, so sample the motion */
  const guint samples_per_move = 6;
  RegimenPoseFrame frame;
  double duration;
  guint n_samples;
  Bounds fit;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (sequence != NULL);

  if (width <= 0.0 || height <= 0.0)
    return;

  duration = regimen_pose_sequence_get_duration (sequence);
  n_samples = regimen_pose_sequence_get_n_frames (sequence) * samples_per_move;

  bounds_init (&fit);
  for (guint i = 0; i < regimen_pose_sequence_get_n_frames (sequence); i++)
    {
      Bounds key;

      frame_bounds (regimen_pose_sequence_get_frame (sequence, i), &key);
      bounds_add_rect (&fit, key.x1, key.y1, key.x2, key.y2);
    }

  for (guint i = 0; i <= n_samples; i++)
    {
      Bounds sample;

      regimen_pose_sequence_sample (sequence, duration * i / n_samples, &frame);
      frame_bounds (&frame, &sample);
      bounds_add_rect (&fit, sample.x1, sample.y1, sample.x2, sample.y2);
    }

  regimen_pose_sequence_sample (sequence, time, &frame);
  draw_frame_in (cr, &frame, &fit, x, y, width, height, variant);
}
