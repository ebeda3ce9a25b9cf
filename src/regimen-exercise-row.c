/* regimen-exercise-row.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-exercise-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-figure.h"
#include "regimen-exercise-row.h"
#include "regimen-widget-util.h"
#include "regimen-width-bin.h"
#include "regimen-window.h"

#define THUMBNAIL_RADIUS 8.0

struct _RegimenExerciseRow
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkDrawingArea  *thumbnail;
  GtkLabel        *name_label;
  GtkLabel        *details_label;
  GtkWidget       *hiit_label;
  GtkWidget       *details_button;
  GtkWidget       *menu;

  RegimenExercise *exercise;
  /* The exercise's notifications, while it is a custom one: its person
   * may edit it. */
  GSignalGroup    *exercise_signals;
  /* The custom exercise's picture, read once rather than on every draw. */
  cairo_surface_t *picture;
  char            *picture_path;
  /* Cancels the reading of picture_path on a worker. */
  GCancellable    *picture_loading;
};

G_DEFINE_FINAL_TYPE (RegimenExerciseRow, regimen_exercise_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
regimen_exercise_row_update (RegimenExerciseRow *self)
{
  g_autofree char *details = NULL;
  g_autofree char *details_name = NULL;
  g_autofree char *name = NULL;

  if (self->exercise == NULL)
    return;

  /* On one line, without bidirectional controls, as the exercise's page
   * and the week's rows name it: a custom exercise's name from a
   * hand-edited exercises.json showed its line breaks, a glyph for a
   * control character, and read backwards after a U+202E, in the row and
   * in what the screen reader says. */
  name = regimen_text_one_line (regimen_exercise_get_name (self->exercise), G_MAXUINT);
  /* A name of nothing to see (a zero-width space) showed a blank row:
   * such an exercise is named by its id, as everywhere it is shown. */
  if (!regimen_text_shows_something (name))
    {
      g_free (name);
      name = g_strdup (regimen_exercise_get_display_name (self->exercise));
    }
  details = regimen_exercise_describe (self->exercise);

  gtk_label_set_label (self->name_label, name);
  {
    /* Wrapped between the category and the level, never inside “Level 2”. */
    g_autofree char *glued = regimen_text_glue_numbers (details);

    gtk_label_set_label (self->details_label, glued);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, details,
                                  -1);
  gtk_widget_set_visible (self->hiit_label, regimen_exercise_get_hiit_fit (self->exercise));
  /* The target first: the action takes a string. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->details_button), "s",
                                    regimen_exercise_get_id (self->exercise));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->details_button), "win.show-exercise");
  /* Translators: the accessible name of a library row's details button, “Details of Pistol Squat” */
  details_name = g_strdup_printf (_("Details of %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->details_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, details_name,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->thumbnail));
}

static void
on_picture_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RegimenExerciseRow) self = user_data;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *picture = regimen_picture_surface_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->picture_loading);
  g_clear_pointer (&self->picture, cairo_surface_destroy);
  self->picture = picture;
  gtk_widget_queue_draw (GTK_WIDGET (self->thumbnail));
}

/* A missing or unreadable picture falls back to the pose figure. */
static cairo_surface_t *
get_picture (RegimenExerciseRow *self)
{
  const char *path = regimen_exercise_get_picture (self->exercise);

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
on_exercise_notify (RegimenExerciseRow *self,
                    GParamSpec         *pspec,
                    RegimenExercise    *exercise)
{
  /* A new picture may be copied over the old file under the same name. */
  if (g_str_equal (pspec->name, "picture"))
    {
      g_cancellable_cancel (self->picture_loading);
      g_clear_object (&self->picture_loading);
      g_clear_pointer (&self->picture, cairo_surface_destroy);
      g_clear_pointer (&self->picture_path, g_free);
    }

  regimen_exercise_row_update (self);
}

static void
draw_thumbnail (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  RegimenExerciseRow *self = user_data;
  RegimenPoseSequence *poses;
  cairo_surface_t *picture;

  if (self->exercise == NULL)
    return;

  if ((picture = get_picture (self)) != NULL)
    {
      regimen_picture_draw_cover (cr, picture, width, height, THUMBNAIL_RADIUS);
      return;
    }

  if ((poses = regimen_exercise_get_poses (self->exercise)) == NULL)
    return;

  regimen_figure_draw (cr, regimen_pose_sequence_get_thumbnail (poses), 2, 2, width - 4, height - 4,
                       adw_style_manager_get_dark (adw_style_manager_get_default ())
                         ? REGIMEN_PALETTE_DARK : REGIMEN_PALETTE_LIGHT);
}

static GdkContentProvider *
on_drag_source_prepare (RegimenExerciseRow *self,
                        double              x,
                        double              y,
                        GtkDragSource      *source)
{
  g_autoptr(GdkPaintable) icon = NULL;

  if (self->exercise == NULL)
    return NULL;

  icon = gtk_widget_paintable_new (GTK_WIDGET (self));
  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);

  return gdk_content_provider_new_typed (REGIMEN_TYPE_EXERCISE, self->exercise);
}

/* The context menu names the exercise in its targets, so it is made
 * for the exercise the row shows when it opens. */
static GMenuModel *
new_context_menu (RegimenExercise *exercise,
                  GMenuModel      *add_menu)
{
  const char *id = regimen_exercise_get_id (exercise);
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) details = g_menu_new ();
  g_autoptr(GMenuItem) details_item = NULL;

  details_item = g_menu_item_new (_("Details"), NULL);
  g_menu_item_set_action_and_target_value (details_item, "win.show-exercise", g_variant_new_string (id));
  g_menu_append_item (details, details_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (details));

  if (regimen_exercise_get_custom (exercise))
    {
      g_autoptr(GMenu) own = g_menu_new ();
      g_autoptr(GMenuItem) edit_item = g_menu_item_new (_("Edit…"), NULL);
      g_autoptr(GMenuItem) delete_item = g_menu_item_new (_("Delete"), NULL);

      g_menu_item_set_action_and_target_value (edit_item, "library.edit-exercise", g_variant_new_string (id));
      g_menu_item_set_action_and_target_value (delete_item, "library.delete-exercise", g_variant_new_string (id));
      g_menu_append_item (own, edit_item);
      g_menu_append_item (own, delete_item);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (own));
    }

  /* The week in the window knows its days, sessions and the target. */
  if (add_menu != NULL)
    /* Translators: a submenu of an exercise: the focused session, then the days and sessions of the shown week */
    g_menu_append_submenu (menu, _("Add to"), add_menu);

  return G_MENU_MODEL (menu);
}

static void
on_click_pressed (RegimenExerciseRow *self,
                  int                 n_press,
                  double              x,
                  double              y,
                  GtkGesture         *gesture)
{
  if (self->exercise == NULL)
    return;

  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  regimen_exercise_row_popup_menu (self, x, y);
}

static void
on_long_press_pressed (RegimenExerciseRow *self,
                       double              x,
                       double              y,
                       GtkGesture         *gesture)
{
  on_click_pressed (self, 1, x, y, gesture);
}

/* The row's tooltips are given when asked for, not set on each bind: in
 * GTK 4.8 setting a tooltip asks the X server where the pointer is, and
 * the library builds its rows before the window is shown. */
static gboolean
regimen_exercise_row_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_mode,
                                    GtkTooltip *tooltip)
{
  RegimenExerciseRow *self = REGIMEN_EXERCISE_ROW (widget);
  GtkWidget *target = keyboard_mode ? NULL : gtk_widget_pick (widget, x, y, GTK_PICK_DEFAULT);

  if (self->exercise == NULL)
    return FALSE;

  if (target != NULL && (target == self->hiit_label || gtk_widget_is_ancestor (target, self->hiit_label)))
    gtk_tooltip_set_text (tooltip, _("Suits high-intensity intervals"));
  else if (target != NULL && (target == self->details_button || gtk_widget_is_ancestor (target, self->details_button)))
    gtk_tooltip_set_text (tooltip, _("Details"));
  else
    /* The name as the row shows it. */
    regimen_tooltip_set_text (tooltip, gtk_label_get_label (self->name_label));

  return TRUE;
}

static void
regimen_exercise_row_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  RegimenExerciseRow *self = REGIMEN_EXERCISE_ROW (widget);

  GTK_WIDGET_CLASS (regimen_exercise_row_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
regimen_exercise_row_dispose (GObject *object)
{
  RegimenExerciseRow *self = REGIMEN_EXERCISE_ROW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->exercise_signals != NULL)
    g_signal_group_set_target (self->exercise_signals, NULL);
  g_clear_object (&self->exercise_signals);
  g_clear_object (&self->exercise);
  g_cancellable_cancel (self->picture_loading);
  g_clear_object (&self->picture_loading);
  g_clear_pointer (&self->picture, cairo_surface_destroy);
  g_clear_pointer (&self->picture_path, g_free);

  G_OBJECT_CLASS (regimen_exercise_row_parent_class)->dispose (object);
}

static void
regimen_exercise_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RegimenExerciseRow *self = REGIMEN_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RegimenExerciseRow *self = REGIMEN_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      regimen_exercise_row_set_exercise (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_row_class_init (RegimenExerciseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_exercise_row_dispose;
  object_class->get_property = regimen_exercise_row_get_property;
  object_class->set_property = regimen_exercise_row_set_property;

  widget_class->size_allocate = regimen_exercise_row_size_allocate;
  widget_class->query_tooltip = regimen_exercise_row_query_tooltip;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         REGIMEN_TYPE_EXERCISE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "exerciserow");
}

static void
regimen_exercise_row_init (RegimenExerciseRow *self)
{
  GtkDragSource *drag_source;
  GtkGesture *click;
  GtkGesture *long_press;
  GtkWidget *texts;
  GtkWidget *texts_bin;

  /* Made here rather than from a template, which each of the library's
   * rows would parse again before its first frame: GtkBuilder's objects,
   * properties and style classes cost a row more than all its own
   * set-up. The same widgets as the template made, set alike. */
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_margin_top (self->box, 4);
  gtk_widget_set_margin_bottom (self->box, 4);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->thumbnail = g_object_new (GTK_TYPE_DRAWING_AREA,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "content-width", 44,
                                  "content-height", 44,
                                  "valign", GTK_ALIGN_CENTER,
                                  NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->thumbnail), "exercise-thumbnail");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->thumbnail));

  /* In a bin that the row's box asks for the texts' width at no height
   * (regimen-width-bin.c): at the row's height, the name label searched
   * for its width a layout at a time. Centred as the bin, not as the
   * texts: GTK asks a widget that does not fill its place for its width
   * at the height it is given as it allocates it, which the texts'
   * wrapping labels answered with the same search, 30 M instructions of
   * the library's first ten rows; the bin answers from their width at
   * no height. */
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  texts_bin = regimen_width_bin_new (texts);
  gtk_widget_set_valign (texts_bin, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), texts_bin);

  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (self->name_label, 2);
  gtk_label_set_wrap (self->name_label, TRUE);
  gtk_label_set_wrap_mode (self->name_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "heading");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->name_label));

  self->details_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->details_label, 0);
  /* On a second line rather than cut: beside the HIIT badge, German
   * “Ausdauer · Stufe 2” read “Ausdauer ·…”, the level lost. */
  gtk_label_set_ellipsize (self->details_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (self->details_label, 2);
  gtk_label_set_wrap (self->details_label, TRUE);
  gtk_label_set_wrap_mode (self->details_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "dim-label");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->details_label));

  self->hiit_label = gtk_label_new (C_("exercise suits intervals", "HIIT"));
  gtk_widget_set_valign (self->hiit_label, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hiit_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Suits high-intensity intervals"),
                                  -1);
  gtk_widget_add_css_class (self->hiit_label, "hiit-tag");
  gtk_widget_add_css_class (self->hiit_label, "caption-heading");
  gtk_box_append (GTK_BOX (self->box), self->hiit_label);

  self->details_button = gtk_button_new_from_icon_name ("dialog-information-symbolic");
  gtk_widget_set_valign (self->details_button, GTK_ALIGN_CENTER);
  /* Enter on the row shows the details already: no Tab stop per row. */
  gtk_widget_set_focusable (self->details_button, FALSE);
  gtk_widget_add_css_class (self->details_button, "flat");
  gtk_widget_add_css_class (self->details_button, "circular");
  gtk_widget_add_css_class (self->details_button, "exercise-details-button");
  gtk_box_append (GTK_BOX (self->box), self->details_button);

  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_drawing_area_set_draw_func (self->thumbnail, draw_thumbnail, self, NULL);

  self->exercise_signals = g_signal_group_new (REGIMEN_TYPE_EXERCISE);
  g_signal_group_connect_object (self->exercise_signals, "notify",
                                 G_CALLBACK (on_exercise_notify), self, G_CONNECT_SWAPPED);

  /* Each row carries its exercise to the week view's drop targets. */
  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_COPY);
  g_signal_connect_object (drag_source, "prepare",
                           G_CALLBACK (on_drag_source_prepare), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed",
                           G_CALLBACK (on_click_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect_object (long_press, "pressed",
                           G_CALLBACK (on_long_press_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
}

GtkWidget *
regimen_exercise_row_new (void)
{
  return g_object_new (REGIMEN_TYPE_EXERCISE_ROW, NULL);
}

RegimenExercise *
regimen_exercise_row_get_exercise (RegimenExerciseRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE_ROW (self), NULL);

  return self->exercise;
}

void
regimen_exercise_row_set_exercise (RegimenExerciseRow *self,
                                   RegimenExercise    *exercise)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE_ROW (self));
  g_return_if_fail (exercise == NULL || REGIMEN_IS_EXERCISE (exercise));

  if (self->exercise == exercise)
    return;

  if (g_set_object (&self->exercise, exercise))
    {
      g_signal_group_set_target (self->exercise_signals,
                                 exercise != NULL && regimen_exercise_get_custom (exercise) ? exercise : NULL);
      regimen_exercise_row_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
    }
}

/**
 * regimen_exercise_row_popup_menu:
 * @self: a #RegimenExerciseRow
 * @x: where to point, in @self's coordinates, or -1 for the whole row
 * @y: where to point, or -1
 *
 * Opens the row's context menu: the exercise's details, and adding it to
 * a day of the shown week.
 */
void
regimen_exercise_row_popup_menu (RegimenExerciseRow *self,
                                 double              x,
                                 double              y)
{
  g_autoptr(GMenuModel) model = NULL;
  g_autoptr(GMenuModel) add_menu = NULL;
  GtkRoot *root;

  g_return_if_fail (REGIMEN_IS_EXERCISE_ROW (self));

  /* A popover needs a place on screen to point at. */
  if (self->exercise == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (REGIMEN_IS_WINDOW (root))
    add_menu = regimen_week_view_new_add_menu (regimen_window_get_week_view (REGIMEN_WINDOW (root)),
                                               regimen_exercise_get_id (self->exercise));
  model = new_context_menu (self->exercise, add_menu);

  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);

  if (x >= 0 && y >= 0)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  else
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), NULL);

  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/**
 * regimen_exercise_row_get_menu:
 * @self: a #RegimenExerciseRow
 *
 * Returns: (transfer none) (nullable): the context menu, once it has been
 *   opened
 */
GtkPopover *
regimen_exercise_row_get_menu (RegimenExerciseRow *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE_ROW (self), NULL);

  return self->menu != NULL ? GTK_POPOVER (self->menu) : NULL;
}
