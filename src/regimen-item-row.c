/* regimen-item-row.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-item-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-item-editor.h"
#include "regimen-item-row.h"
#include "regimen-prescription-text.h"
#include "regimen-session-card.h"
#include "regimen-week-view.h"
#include "regimen-widget-util.h"
#include "regimen-wrap-bin.h"

/* The most characters of the name (with its group) the row's two lines
 * lay out, as a session card's title: a group may hold 10,000, and a
 * week of 140 such rows took seconds to lay out again when the check
 * panel narrowed it. The description gives it whole. */
#define NAME_MAX_CHARS 200
/* And of the name its tooltip shows: a tooltip of a group of 10,000
 * characters ran off the screen and took a second to lay out. Four of
 * the tooltip's lines, so that the prescription after it is in sight
 * (regimen_tooltip_set_text()). */
#define TOOLTIP_MAX_CHARS 200
/* The most characters of a superset group before the name on the row
 * and in its tooltip (“1a”, “A2”, “Circuit 2” are what groups hold): one
 * of 9,999 letters took all of both, and the exercise's name was cut
 * away. The description gives it whole. */
#define GROUP_MAX_CHARS 12

struct _RegimenItemRow
{
  GtkWidget       parent_instance;

  /* The row's own children, made in code (regimen_item_row_init()). */
  GtkLabel       *name_label;
  GtkDrawingArea *thumbnail;
  GtkLabel       *prescription_label;

  RegimenItem    *item;
  RegimenLibrary *library;
  RegimenPlan    *plan;
  GtkWidget      *editor;
  /* The exercise and its prescription in words: the tooltip, given when
   * asked for (see regimen_item_row_query_tooltip()). */
  char           *summary;
  char           *tooltip;
  /* The exercise the thumbnail draws: only another one draws it again. */
  char           *drawn_exercise;

  /* A custom exercise's own picture, read once rather than on every draw. */
  cairo_surface_t *picture;
  char            *picture_path;
  /* Cancels the reading of picture_path on a worker. */
  GCancellable    *picture_loading;
};

G_DEFINE_FINAL_TYPE (RegimenItemRow, regimen_item_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_LIBRARY,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The palette the figures are drawn in now. */
static RegimenPaletteVariant
figure_variant (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? REGIMEN_PALETTE_DARK : REGIMEN_PALETTE_LIGHT;
}

/* Has the worker of figures draw the exercise's figure while the week is
 * laid out, so that the frame that shows the row only paints it (see
 * regimen_figure_surface_prepare()). The size is the thumbnail's own,
 * which its valign keeps in a row of any height. */
static void
prepare_figure (RegimenItemRow *self)
{
  RegimenExercise *exercise;
  RegimenPoseSequence *poses;

  if (self->library == NULL)
    return;

  exercise = regimen_library_lookup (self->library, regimen_item_get_exercise (self->item));
  if (exercise == NULL || regimen_exercise_get_picture (exercise) != NULL
      || (poses = regimen_exercise_get_poses (exercise)) == NULL)
    return;

  regimen_figure_surface_prepare (GTK_WIDGET (self->thumbnail), poses,
                                  gtk_drawing_area_get_content_width (self->thumbnail),
                                  gtk_drawing_area_get_content_height (self->thumbnail),
                                  figure_variant ());
}

static void
regimen_item_row_update (RegimenItemRow *self)
{
  g_autofree char *prescription = regimen_item_format_prescription_in (self->item,
                                                                       regimen_preferred_load_unit ());
  g_autofree char *shown_name = regimen_item_describe_name (self->item, self->library);
  const char *group = regimen_item_get_group (self->item);
  g_autofree char *short_name = NULL;

  /* Supersets and circuits (1a, 1b…) share a bar down their left side. */
  if (group != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "grouped");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "grouped");

  if (group != NULL)
    {
      g_autofree char *group_line = regimen_text_one_line (group, GROUP_MAX_CHARS);

      /* Translators: a superset group and an exercise, “1a Narrow Stance Squat” */
      short_name = g_strdup_printf (_("%s %s"), group_line,
                                    regimen_item_get_exercise_name (self->item, self->library));
    }
  else
    short_name = g_strdup (shown_name);

  {
    /* On one line, wrapped to the label's two: a custom exercise's name of
     * line breaks would make the row as tall (Pango bounds each
     * paragraph). The description gives it as written. */
    g_autofree char *name_line = regimen_text_one_line (short_name, NAME_MAX_CHARS);

    gtk_label_set_label (self->name_label, name_line);
  }
  {
    /* Wrapped between its parts, never inside “rest 45 s”. */
    g_autofree char *glued = regimen_text_glue_numbers (prescription);

    gtk_label_set_label (self->prescription_label, glued);
  }
  /* Hidden, the figure stands alone without the spacing beside it. */
  gtk_widget_set_visible (GTK_WIDGET (self->prescription_label), *prescription != '\0');

  g_free (self->summary);
  if (*prescription != '\0')
    /* Translators: an exercise and its prescription, read by screen readers */
    self->summary = g_strdup_printf (_("%s, %s"), shown_name, prescription);
  else
    self->summary = g_strdup (shown_name);
  {
    g_autofree char *tooltip_name = regimen_text_one_line (short_name, TOOLTIP_MAX_CHARS);

    g_free (self->tooltip);
    if (*prescription != '\0' && regimen_text_has_right_to_left (tooltip_name))
      {
        /* A name in Hebrew or Arabic made the tooltip right to left and
         * took the numbers after it into its run: “3 × 10” read “10 × 3”,
         * ten sets of three. The name keeps its direction, the line the
         * window's. */
        g_autofree char *isolated = regimen_text_isolate (tooltip_name);
        g_autofree char *line = NULL;
        gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

        /* Translators: an exercise and its prescription, read by screen readers */
        line = g_strdup_printf (_("%s, %s"), isolated, prescription);
        self->tooltip = g_strconcat (rtl ? "\u200f" : "\u200e", line, NULL);
      }
    else if (*prescription != '\0')
      /* Translators: an exercise and its prescription, read by screen readers */
      self->tooltip = g_strdup_printf (_("%s, %s"), tooltip_name, prescription);
    else
      self->tooltip = g_steal_pointer (&tooltip_name);
  }

  /* A long name shows two lines and an ellipsis on the card; the tooltip
   * its first 200 characters, the description all of it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, shown_name,
                                  -1);

  /* Most updates change only the words (a week switch to a row of the
   * same exercise, an edit of sets): the figure stays as it is drawn. */
  if (g_strcmp0 (regimen_item_get_exercise (self->item), self->drawn_exercise) != 0)
    {
      g_free (self->drawn_exercise);
      self->drawn_exercise = g_strdup (regimen_item_get_exercise (self->item));
      prepare_figure (self);
      gtk_widget_queue_draw (GTK_WIDGET (self->thumbnail));
    }
}

static void
on_item_notify (RegimenItemRow *self,
                GParamSpec     *pspec,
                RegimenItem    *item)
{
  regimen_item_row_update (self);
}

static void
on_load_unit_changed (RegimenItemRow *self,
                      const char     *key,
                      GSettings      *settings)
{
  regimen_item_row_update (self);
}

static void
on_picture_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RegimenItemRow) self = user_data;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *picture = regimen_picture_surface_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->picture_loading);
  g_clear_pointer (&self->picture, cairo_surface_destroy);
  self->picture = picture;
  gtk_widget_queue_draw (GTK_WIDGET (self->thumbnail));
}

/* A custom exercise's picture, or %NULL for the pose figure; a missing or
 * unreadable picture falls back to the figure. */
static cairo_surface_t *
get_picture (RegimenItemRow  *self,
             RegimenExercise *exercise)
{
  const char *path = regimen_exercise_get_picture (exercise);

  if (g_strcmp0 (path, self->picture_path) != 0)
    {
      g_cancellable_cancel (self->picture_loading);
      g_clear_object (&self->picture_loading);
      g_clear_pointer (&self->picture, cairo_surface_destroy);
      g_free (self->picture_path);
      self->picture_path = g_strdup (path);
      /* The figure until the picture is read. */
      if (path != NULL)
        {
          self->picture_loading = g_cancellable_new ();
          regimen_picture_surface_load_async (path, self->picture_loading, on_picture_loaded,
                                              g_object_ref (self));
        }
    }

  return self->picture;
}

static void
draw_thumbnail (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  RegimenItemRow *self = user_data;
  RegimenExercise *exercise;
  RegimenPoseSequence *poses;
  RegimenPaletteVariant variant;
  cairo_surface_t *picture;

  if (self->library == NULL)
    return;

  exercise = regimen_library_lookup (self->library, regimen_item_get_exercise (self->item));
  if (exercise == NULL)
    return;

  if ((picture = get_picture (self, exercise)) != NULL)
    {
      regimen_picture_draw_cover (cr, picture, width, height, 4.0);
      return;
    }

  if ((poses = regimen_exercise_get_poses (exercise)) == NULL)
    return;

  /* Drawn once for every row of the exercise at this size: GTK 4.8's
   * cairo renderer replays this drawing in every frame that shows the
   * row, and an image paints for a fraction of the figure's lines. */
  variant = figure_variant ();
  cairo_set_source_surface (cr, regimen_figure_surface_get (GTK_WIDGET (area), poses, width, height, variant), 0, 0);
  cairo_paint (cr);
}

static GdkContentProvider *
on_drag_source_prepare (RegimenItemRow *self,
                        double          x,
                        double          y,
                        GtkDragSource  *source)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);

  return gdk_content_provider_new_typed (REGIMEN_TYPE_ITEM, self->item);
}

static void
regimen_item_row_edit_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (widget);

  if (self->plan == NULL)
    return;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  self->editor = regimen_item_editor_new (self->plan, self->item, gtk_label_get_label (self->name_label));
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_popover_popup (GTK_POPOVER (self->editor));
}

static void
regimen_item_row_delete_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (widget);
  g_autofree char *name = g_strdup (gtk_label_get_label (self->name_label));
  GtkRoot *root = gtk_widget_get_root (widget);
  /* The focus goes to the next exercise, else the one before, else the
   * session, so that Delete can be pressed again. */
  GtkWidget *successor = regimen_focus_successor (widget, REGIMEN_TYPE_SESSION_CARD);

  if (self->plan != NULL && regimen_plan_delete_item (self->plan, self->item))
    {
      regimen_focus_successor_grab (g_steal_pointer (&successor));
      regimen_offer_undo (root, name);
    }
  g_clear_object (&successor);
}

static void
regimen_item_row_move_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (widget);
  g_autoptr(RegimenItem) item = g_object_ref (self->item);
  GtkWidget *week_view = gtk_widget_get_ancestor (widget, REGIMEN_TYPE_WEEK_VIEW);
  int shift = g_variant_get_int32 (parameter);

  if (self->plan == NULL || shift < 0 || shift >= REGIMEN_N_SHIFTS)
    return;

  /* A row that changes session is made anew: focus follows the item. */
  if (regimen_plan_shift_item (self->plan, item, shift))
    {
      if (week_view != NULL)
        regimen_week_view_focus_object (REGIMEN_WEEK_VIEW (week_view), item);
    }
  else
    {
      gtk_widget_error_bell (widget);
    }
}

static void
on_click_released (RegimenItemRow  *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);

  /* The second click of a double-click would close what the first opened. */
  if (n_press > 1)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "item.edit", NULL);
}

/* The tooltip is given when asked for, not set on each update: in GTK
 * 4.8 setting a tooltip on a shown widget asks the X server where the
 * pointer is, and a week switch updates every row of the week. */
static gboolean
regimen_item_row_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard_mode,
                                GtkTooltip *tooltip)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (widget);

  regimen_tooltip_set_text (tooltip, self->tooltip);

  return self->tooltip != NULL;
}

/* Between the name and the line under it, and between the figure and the
 * prescription beside it. */
#define NAME_SPACING 2
#define FIGURE_SPACING 6

/* The height of the wrapping @words at @width, asked as a wrap bin asks
 * its label (regimen-wrap-bin.c): never for their width, which a label
 * answers with three more layouts of its text. At no width (-1), before
 * the row has one, their height at their natural width. */
static int
words_height (GtkWidget *words,
              int        width,
              int       *natural)
{
  int minimum, minimum_baseline = -1, natural_baseline = -1;

  if (width < 0)
    gtk_widget_measure (words, GTK_ORIENTATION_VERTICAL, -1, &minimum, natural, NULL, NULL);
  else
    regimen_wrap_bin_measure_height_at (words, width, &minimum, natural, &minimum_baseline, &natural_baseline);

  return minimum;
}

/* The row lays out its name, and under it the figure and the prescription
 * beside it, itself: a vertical box of the name and a grid of the other
 * two did the same with two widgets more a row, and a bin around each of
 * the two labels two more, which a week builds, styles, measures and
 * draws by the hundred. Like the bins, the row asks its wrapping words
 * only for their height, and needs no width for them. */
static void
regimen_item_row_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (widget);
  gboolean prescribed = gtk_widget_should_layout (GTK_WIDGET (self->prescription_label));
  int name_minimum, name_natural, figure_minimum, figure_natural;
  int prescription_minimum = 0, prescription_natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (GTK_WIDGET (self->thumbnail), orientation, -1, &figure_minimum, &figure_natural, NULL, NULL);
      *minimum = figure_minimum + (prescribed ? FIGURE_SPACING : 0);
      *natural = figure_natural + (prescribed ? FIGURE_SPACING : 0);
      return;
    }

  /* Asked for its height at no width (GtkWindow asks so of the whole
   * window on every frame that resizes something), at width 0 the labels
   * would lay their words out a character a line: once the row has a
   * width, its height at that width is the answer. */
  if (for_size <= 0 && gtk_widget_get_width (widget) > 0)
    for_size = gtk_widget_get_width (widget);

  name_minimum = words_height (GTK_WIDGET (self->name_label), for_size, &name_natural);
  gtk_widget_measure (GTK_WIDGET (self->thumbnail), orientation, -1, &figure_minimum, &figure_natural, NULL, NULL);
  /* The prescription has what the figure leaves of the width; at no
   * width, its least. */
  if (prescribed)
    {
      int figure_width;

      gtk_widget_measure (GTK_WIDGET (self->thumbnail), GTK_ORIENTATION_HORIZONTAL, -1,
                          &figure_width, NULL, NULL, NULL);
      prescription_minimum = words_height (GTK_WIDGET (self->prescription_label),
                                           for_size < 0 ? 0 : MAX (0, for_size - figure_width - FIGURE_SPACING),
                                           &prescription_natural);
    }

  *minimum = name_minimum + NAME_SPACING + MAX (figure_minimum, prescription_minimum);
  *natural = name_natural + NAME_SPACING + MAX (figure_natural, prescription_natural);
}

static GtkSizeRequestMode
regimen_item_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The name across the top, then the figure at the start (its own valign
 * puts it at the top) and the prescription in the rest of the width, both
 * as high as the taller of them. */
static void
regimen_item_row_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean prescribed = gtk_widget_should_layout (GTK_WIDGET (self->prescription_label));
  int name_height, figure_width, figure_height, prescription_height = 0;
  int line_height, prescription_width, unused;

  name_height = words_height (GTK_WIDGET (self->name_label), width, &unused);
  gtk_widget_measure (GTK_WIDGET (self->thumbnail), GTK_ORIENTATION_HORIZONTAL, -1, &figure_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->thumbnail), GTK_ORIENTATION_VERTICAL, -1, &figure_height, NULL, NULL, NULL);
  prescription_width = MAX (0, width - figure_width - FIGURE_SPACING);
  if (prescribed)
    prescription_height = words_height (GTK_WIDGET (self->prescription_label), prescription_width, &unused);
  line_height = MAX (figure_height, prescription_height);

  /* The editor, as a layout manager presents its widget's popovers. */
  if (self->editor != NULL)
    gtk_popover_present (GTK_POPOVER (self->editor));

  gtk_widget_allocate (GTK_WIDGET (self->name_label), width, name_height, -1, NULL);
  gtk_widget_allocate (GTK_WIDGET (self->thumbnail), figure_width, line_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? width - figure_width : 0,
                                                                            name_height + NAME_SPACING)));
  if (prescribed)
    gtk_widget_allocate (GTK_WIDGET (self->prescription_label), prescription_width, line_height, -1,
                         gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? 0 : figure_width + FIGURE_SPACING,
                                                                              name_height + NAME_SPACING)));
}

static void
regimen_item_row_dispose (GObject *object)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (object);

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  if (self->name_label != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->name_label));
      gtk_widget_unparent (GTK_WIDGET (self->thumbnail));
      gtk_widget_unparent (GTK_WIDGET (self->prescription_label));
      self->name_label = self->prescription_label = NULL;
      self->thumbnail = NULL;
    }
  g_clear_object (&self->item);
  g_clear_object (&self->library);
  g_clear_object (&self->plan);
  g_cancellable_cancel (self->picture_loading);
  g_clear_object (&self->picture_loading);
  g_clear_pointer (&self->picture, cairo_surface_destroy);
  g_clear_pointer (&self->picture_path, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->tooltip, g_free);
  g_clear_pointer (&self->drawn_exercise, g_free);

  G_OBJECT_CLASS (regimen_item_row_parent_class)->dispose (object);
}

static void
regimen_item_row_constructed (GObject *object)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (object);

  G_OBJECT_CLASS (regimen_item_row_parent_class)->constructed (object);

  g_signal_connect_object (self->item, "notify", G_CALLBACK (on_item_notify), self, G_CONNECT_SWAPPED);
  if (regimen_preferred_settings () != NULL)
    g_signal_connect_object (regimen_preferred_settings (), "changed::load-unit",
                             G_CALLBACK (on_load_unit_changed), self, G_CONNECT_SWAPPED);
  regimen_item_row_update (self);
}

static void
regimen_item_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_item_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RegimenItemRow *self = REGIMEN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_item_row_class_init (RegimenItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = regimen_item_row_constructed;
  object_class->get_property = regimen_item_row_get_property;
  object_class->set_property = regimen_item_row_set_property;
  object_class->dispose = regimen_item_row_dispose;

  widget_class->query_tooltip = regimen_item_row_query_tooltip;
  widget_class->measure = regimen_item_row_measure;
  widget_class->get_request_mode = regimen_item_row_get_request_mode;
  widget_class->size_allocate = regimen_item_row_size_allocate;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         REGIMEN_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Names the exercise; without one the row shows its id. */
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         REGIMEN_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The plan the row's edits go to. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "itemrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);

  gtk_widget_class_install_action (widget_class, "item.edit", NULL, regimen_item_row_edit_action);
  gtk_widget_class_install_action (widget_class, "item.delete", NULL, regimen_item_row_delete_action);
  gtk_widget_class_install_action (widget_class, "item.move", "i", regimen_item_row_move_action);

  regimen_widget_class_add_editing_bindings (widget_class, "item");
}

static void
regimen_item_row_init (RegimenItemRow *self)
{
  GtkDragSource *drag_source;
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "item-row");

  /* Made here rather than from a template, which a week's rows would each
   * parse again: GtkBuilder's objects, properties and style classes cost
   * a row more than all its own set-up. The name takes the row's whole
   * width, where day columns are narrow; the figure sits beside the
   * prescription under it (regimen_item_row_size_allocate()). */
  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->name_label, 8);
  gtk_label_set_wrap (self->name_label, TRUE);
  /* A word wider than the card breaks rather than widening the day: the
   * seven days keep the width the panels beside them count on. */
  gtk_label_set_wrap_mode (self->name_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->name_label, 2);
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "item-name");
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "caption-heading");
  gtk_widget_set_parent (GTK_WIDGET (self->name_label), GTK_WIDGET (self));

  self->thumbnail = g_object_new (GTK_TYPE_DRAWING_AREA,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "content-width", 22,
                                  "content-height", 22,
                                  "valign", GTK_ALIGN_START,
                                  NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->thumbnail), GTK_WIDGET (self));

  /* Never cut: the rest time is part of the prescription. Centred by
   * yalign in the whole row, not by valign: a wrapping label that does
   * not fill its allocation is asked for its width at its height each
   * time it is laid out, a search over widths (see the day column). */
  self->prescription_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->prescription_label, 0);
  gtk_label_set_yalign (self->prescription_label, 0.5);
  gtk_label_set_max_width_chars (self->prescription_label, 8);
  gtk_label_set_wrap (self->prescription_label, TRUE);
  gtk_label_set_wrap_mode (self->prescription_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (GTK_WIDGET (self->prescription_label), TRUE);
  /* Dimmed by its colour, not by dim-label's opacity: see style.css. */
  gtk_widget_add_css_class (GTK_WIDGET (self->prescription_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->prescription_label), "item-prescription");
  gtk_widget_set_parent (GTK_WIDGET (self->prescription_label), GTK_WIDGET (self));

  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_drawing_area_set_draw_func (self->thumbnail, draw_thumbnail, self, NULL);

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_object (drag_source, "prepare", G_CALLBACK (on_drag_source_prepare), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (on_click_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
regimen_item_row_new (RegimenItem    *item,
                      RegimenLibrary *library,
                      RegimenPlan    *plan)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan), NULL);

  return g_object_new (REGIMEN_TYPE_ITEM_ROW,
                       "item", item,
                       "library", library,
                       "plan", plan,
                       NULL);
}

RegimenItem *
regimen_item_row_get_item (RegimenItemRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM_ROW (self), NULL);

  return self->item;
}

/**
 * regimen_item_row_rebind:
 * @self: a #RegimenItemRow
 * @item: the item to show instead
 * @library: (nullable): the library that names it
 * @plan: (nullable): the plan its edits go to
 *
 * Makes the row show @item, as a new row for it would: a week switch
 * reuses the rows of the week shown before. An editor open for the item
 * shown before is closed.
 *
 * Returns: %TRUE; %FALSE, changing nothing, when the row was made for
 *   another library or plan
 */
gboolean
regimen_item_row_rebind (RegimenItemRow *self,
                         RegimenItem    *item,
                         RegimenLibrary *library,
                         RegimenPlan    *plan)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM_ROW (self), FALSE);
  g_return_val_if_fail (REGIMEN_IS_ITEM (item), FALSE);

  if (library != self->library || plan != self->plan)
    return FALSE;

  if (item == self->item)
    return TRUE;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_signal_handlers_disconnect_by_func (self->item, on_item_notify, self);
  g_set_object (&self->item, item);
  g_signal_connect_object (self->item, "notify", G_CALLBACK (on_item_notify), self, G_CONNECT_SWAPPED);
  regimen_item_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);

  return TRUE;
}

/**
 * regimen_item_row_get_summary:
 * @self: a #RegimenItemRow
 *
 * Returns: the row's exercise and prescription in words, as its tooltip
 *   and screen readers give them
 */
const char *
regimen_item_row_get_summary (RegimenItemRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_ITEM_ROW (self), NULL);

  return self->summary;
}
