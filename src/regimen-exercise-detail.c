/* regimen-exercise-detail.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-exercise-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-exercise-detail.h"
#include "regimen-progress-chart.h"
#include "regimen-exercise-row.h"
#include "regimen-figure.h"
#include "regimen-widget-util.h"

/* The most lines of an instruction kept apart: a custom exercise's text of
 * line breaks would make the detail that tall. */
#define PARAGRAPH_MAX_LINES 20

/* The most characters an instruction, a cue or a fault shows on the page
 * (the editor holds them whole). GTK measures a wrapped label many times
 * while it lays the page out, each time the whole text: a cue of 10,000
 * characters, which exercises.json may hold, kept the window from
 * drawing for seconds, twenty of them for more than a minute. */
#define ADVICE_MAX_CHARS 1000
/* A progression stage's name in its row: a whole line of the page. */
#define STAGE_NAME_MAX_CHARS 200

struct _RegimenExerciseDetail
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkWidget           *back_button;
  GtkWidget           *add_button;
  GtkScrolledWindow   *scroller;
  GtkWidget           *demo_frame;
  GtkDrawingArea      *demo_area;
  GtkButton           *play_button;
  GtkPicture          *picture;
  GtkWidget           *picture_missing;
  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  GtkWidget           *hiit_label;
  GtkWidget           *deleted_label;
  GtkWidget           *primary_row;
  GtkWidget           *prescription_group;
  AdwActionRow        *prescription_row;
  GtkLabel            *primary_label;
  GtkWidget           *secondary_row;
  GtkLabel            *secondary_label;
  GtkLabel            *equipment_label;
  GtkWidget           *instructions_group;
  GtkWidget           *setup_box;
  GtkLabel            *setup_label;
  GtkWidget           *movement_box;
  GtkLabel            *movement_label;
  GtkWidget           *breathing_box;
  GtkLabel            *breathing_label;
  GtkWidget           *cues_group;
  GtkListBox          *cues_list;
  GtkWidget           *faults_group;
  GtkListBox          *faults_list;
  GtkWidget           *progression_group;
  GtkListBox          *progression_list;
  RegimenProgressChart *progress_chart;
  GtkLabel            *progress_label;
  GtkWidget           *progress_empty_label;

  RegimenLibrary      *library;
  RegimenExercise     *exercise;
  /* Cancels the reading of the exercise's picture on a worker. */
  GCancellable        *picture_loading;
  /* The plan whose log the progress is read from. */
  RegimenPlan         *plan;
  /* The exercises left by following progression links, newest last. */
  GPtrArray           *history;
  guint                scroll_idle_id;

  /* The demonstration's clock: seconds shown so far, advanced by the
   * frame clock while playing. Until it first plays, the still thumbnail
   * pose stands in for the movement. */
  guint                tick_id;
  gint64               last_frame_time;
  double               elapsed;
  gboolean             has_played;
};

G_DEFINE_FINAL_TYPE (RegimenExerciseDetail, regimen_exercise_detail, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Fills a boxed list with one plain row per line of advice, each marked
 * with @icon_name; hides @group when there is nothing to say. */
static void
fill_advice (GtkWidget          *group,
             GtkListBox         *list,
             const char * const *lines,
             const char         *icon_name,
             const char         *icon_class)
{
  gboolean any = FALSE;

  clear_list (list);

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", icon_name,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);
      /* A cue is one line; a hand-edited exercises.json may give it line
       * breaks and bidirectional controls (a U+202E read the rest of it
       * backwards), which it is shown and named without. */
      g_autofree char *line = regimen_text_one_line (lines[i], G_MAXUINT);
      g_autofree char *shown_line = regimen_text_cut (line, ADVICE_MAX_CHARS);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* The title labels the row for a screen reader: a label of its own
       * as well had each cue said twice. */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), shown_line);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon, icon_class);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (list, row);
      any = TRUE;
    }

  gtk_widget_set_visible (group, any);
}

static GtkWidget *
new_stage_row (RegimenExercise *stage,
               guint            index,
               int              offset)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number;
  g_autofree char *number_text = g_strdup_printf ("%u", index + 1);
  g_autofree char *details = regimen_exercise_describe (stage);
  g_autofree char *accessible = NULL;
  /* On one line, as the page's heading: a name of one letter and
   * thousands of marks drew a tower of accents over the rows above. */
  g_autofree char *name = regimen_text_one_line (regimen_exercise_get_display_name (stage), STAGE_NAME_MAX_CHARS);
  const char *relation;

  if (offset == 0)
    relation = _("This exercise");
  else if (offset == -1)
    relation = _("Previous stage");
  else if (offset == 1)
    relation = _("Next stage");
  else
    relation = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (relation != NULL)
    {
      g_autofree char *subtitle = NULL;

      /* Translators: a stage of a progression, “Next stage · Strength · Level 3” */
      subtitle = g_strdup_printf (_("%s · %s"), relation, details);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* Translators: accessible name of a progression stage, “Next stage: Eccentric Pistol” */
      accessible = g_strdup_printf (_("%s: %s"), relation, name);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
      accessible = g_strdup (name);
    }

  number = g_object_new (GTK_TYPE_LABEL,
                         "label", number_text,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                         NULL);
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (number, "stage-number");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

  if (offset == 0)
    {
      gtk_widget_add_css_class (row, "current-stage");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
    }
  else
    {
      GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", "go-next-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "detail.show-exercise");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", regimen_exercise_get_id (stage));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return row;
}

static void
regimen_exercise_detail_update_progression (RegimenExerciseDetail *self)
{
  g_autoptr(GPtrArray) chain = NULL;
  int current = -1;

  clear_list (self->progression_list);

  if (self->library != NULL)
    chain = regimen_library_get_chain (self->library, regimen_exercise_get_id (self->exercise));

  if (chain == NULL || chain->len < 2)
    {
      gtk_widget_set_visible (self->progression_group, FALSE);
      return;
    }

  for (guint i = 0; i < chain->len; i++)
    {
      if (g_ptr_array_index (chain, i) == self->exercise)
        current = (int) i;
    }

  for (guint i = 0; i < chain->len; i++)
    gtk_list_box_append (self->progression_list,
                         new_stage_row (g_ptr_array_index (chain, i), i,
                                        current < 0 ? G_MAXINT : (int) i - current));

  gtk_widget_set_visible (self->progression_group, TRUE);
}

static void
set_paragraph (GtkWidget  *box,
               GtkLabel   *label,
               const char *text)
{
  g_autofree char *shown = regimen_text_few_lines (text != NULL ? text : "", PARAGRAPH_MAX_LINES);
  g_autofree char *shown_paragraph = regimen_text_cut (shown, ADVICE_MAX_CHARS);

  gtk_label_set_label (label, shown_paragraph);
  gtk_widget_set_visible (box, text != NULL && *text != '\0');
}

static gboolean
scroll_to_top_idle (gpointer user_data)
{
  RegimenExerciseDetail *self = user_data;

  self->scroll_idle_id = 0;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);

  return G_SOURCE_REMOVE;
}

/* A new exercise starts at its top. The focus leaves the progression row
 * that was activated (it is gone), or the viewport would scroll back to
 * wherever the focus lands; and the reset is repeated once the new
 * content has been laid out. */
static void
regimen_exercise_detail_scroll_to_top (RegimenExerciseDetail *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->scroller)))
    {
      if (gtk_widget_get_visible (self->back_button))
        gtk_widget_grab_focus (self->back_button);
      else
        gtk_root_set_focus (GTK_ROOT (self), NULL);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
  if (self->scroll_idle_id == 0)
    self->scroll_idle_id = g_idle_add_full (G_PRIORITY_LOW, scroll_to_top_idle, self, NULL);
}

/* The exercise's progress across the plan, from its log; a calm line
 * instead of the chart until something with it is logged. */
static void
regimen_exercise_detail_update_progress (RegimenExerciseDetail *self)
{
  g_autoptr(RegimenProgress) progress = NULL;
  g_autofree char *description = NULL;
  g_autofree char *name_line = NULL;

  if (self->exercise == NULL)
    return;

  if (self->plan != NULL)
    {
      g_autoptr(GArray) history = regimen_plan_get_exercise_history (self->plan,
                                                                      regimen_exercise_get_id (self->exercise));

      progress = regimen_progress_new (history);
      description = regimen_progress_describe (progress);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->progress_chart), description != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), description != NULL);
  gtk_widget_set_visible (self->progress_empty_label, description == NULL);
  /* Where the estimate comes from, said where it is shown (Epley 1985;
   * docs/validation-rules.md, "Estimated 1RM"). */
  if (description != NULL && progress->kind == REGIMEN_PROGRESS_LOAD)
    {
      g_autofree char *sourced = g_strdup_printf ("%s\n%s", description,
                                                  _("The estimated 1RM is Epley’s load × (1 + reps ÷ 30), "
                                                    "from sets of up to 10 repetitions."));

      gtk_label_set_label (self->progress_label, sourced);
    }
  else
    gtk_label_set_label (self->progress_label, description != NULL ? description : "");
  /* Its accessible name names the exercise as the page's heading does. */
  name_line = regimen_text_one_line (regimen_exercise_get_display_name (self->exercise), G_MAXUINT);
  regimen_progress_chart_set_progress (self->progress_chart, name_line,
                                       description != NULL ? g_steal_pointer (&progress) : NULL);
}

static void
on_picture_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RegimenExerciseDetail) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = regimen_picture_texture_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->picture_loading);
  if (texture != NULL)
    {
      gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
      return;
    }

  /* A picture missing or unreadable: an icon and a caption in its place,
   * and why, for a screen reader (the editor says it too). */
  gtk_widget_set_visible (GTK_WIDGET (self->picture), FALSE);
  gtk_widget_set_visible (self->picture_missing, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture_missing),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message,
                                  -1);
}

static void
regimen_exercise_detail_update (RegimenExerciseDetail *self)
{
  RegimenExercise *exercise = self->exercise;
  const RegimenPrescription *prescription;
  g_autofree char *summary = NULL;
  g_autofree char *prescription_text = NULL;
  g_autofree char *frequency_text = NULL;
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;
  g_autofree char *equipment = NULL;
  g_autofree char *demo_label = NULL;
  const char * const *secondary_ids;
  const char *picture;
  gboolean has_poses;

  if (exercise == NULL)
    return;

  {
    /* On one line: a custom exercise's name of line breaks would make the
     * heading that tall. A name that shows nothing (a zero-width space)
     * is the id, as in the library's row: the heading was a blank. */
    g_autofree char *name_line = regimen_text_one_line (regimen_exercise_get_display_name (exercise), G_MAXUINT);

    gtk_window_set_title (GTK_WINDOW (self), name_line);
    gtk_label_set_label (self->name_label, name_line);
  }
  adw_window_title_set_title (self->window_title, "");
  summary = regimen_exercise_describe (exercise);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_visible (self->hiit_label, regimen_exercise_get_hiit_fit (exercise));

  /* A custom exercise may show a picture of its own instead of a figure. */
  picture = regimen_exercise_get_picture (exercise);
  has_poses = regimen_exercise_get_poses (exercise) != NULL;
  gtk_widget_set_visible (self->demo_frame, has_poses);
  gtk_widget_set_visible (GTK_WIDGET (self->picture), !has_poses && picture != NULL);
  gtk_widget_set_visible (self->picture_missing, FALSE);
  /* Read on a worker, within the limits of an import: the window never
   * waits on the file (a named pipe in its place) or on decoding it. */
  g_cancellable_cancel (self->picture_loading);
  g_clear_object (&self->picture_loading);
  gtk_picture_set_paintable (self->picture, NULL);
  if (!has_poses && picture != NULL)
    {
      self->picture_loading = g_cancellable_new ();
      regimen_picture_texture_load_async (picture, self->picture_loading, on_picture_loaded,
                                          g_object_ref (self));
    }
  /* Translators: the accessible name of the animated figure, “Demonstration of Narrow Stance Squat” */
  demo_label = g_strdup_printf (_("Demonstration of %s"), regimen_exercise_get_display_name (exercise));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->demo_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, demo_label,
                                  -1);
  self->elapsed = 0.0;
  self->last_frame_time = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self->demo_area));

  prescription = regimen_exercise_get_prescription (exercise);
  prescription_text = prescription != NULL ? regimen_prescription_to_string (prescription) : NULL;
  frequency_text = prescription != NULL ? regimen_prescription_format_frequency (prescription) : NULL;
  if (prescription_text == NULL)
    prescription_text = g_steal_pointer (&frequency_text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->prescription_row),
                                 prescription_text != NULL ? prescription_text : "");
  adw_action_row_set_subtitle (self->prescription_row, frequency_text);
  gtk_widget_set_visible (self->prescription_group, prescription_text != NULL);

  primary = join_names (regimen_exercise_get_primary_muscles (exercise), regimen_muscle_get_name);
  secondary_ids = regimen_exercise_get_secondary_muscles (exercise);
  secondary = join_names (secondary_ids, regimen_muscle_get_name);
  equipment = join_names (regimen_exercise_get_equipment (exercise), regimen_equipment_get_name);
  gtk_label_set_label (self->primary_label, primary);
  /* A custom exercise saved with no muscle ticked has none: its row was
   * a title beside nothing. Hidden, as the secondary muscles' is. */
  gtk_widget_set_visible (self->primary_row, *primary != '\0');
  gtk_label_set_label (self->secondary_label, secondary);
  gtk_widget_set_visible (self->secondary_row, secondary_ids != NULL && secondary_ids[0] != NULL);
  gtk_label_set_label (self->equipment_label, *equipment != '\0' ? equipment : regimen_equipment_get_name ("none"));

  set_paragraph (self->setup_box, self->setup_label, regimen_exercise_get_setup (exercise));
  set_paragraph (self->movement_box, self->movement_label, regimen_exercise_get_movement (exercise));
  set_paragraph (self->breathing_box, self->breathing_label, regimen_exercise_get_breathing (exercise));
  gtk_widget_set_visible (self->instructions_group,
                          gtk_widget_get_visible (self->setup_box)
                          || gtk_widget_get_visible (self->movement_box)
                          || gtk_widget_get_visible (self->breathing_box));

  fill_advice (self->cues_group, self->cues_list, regimen_exercise_get_cues (exercise),
               "object-select-symbolic", "success");
  fill_advice (self->faults_group, self->faults_list, regimen_exercise_get_faults (exercise),
               "dialog-warning-symbolic", "warning");

  regimen_exercise_detail_update_progression (self);
  regimen_exercise_detail_update_progress (self);
  regimen_exercise_detail_scroll_to_top (self);
}

static void
regimen_exercise_detail_update_play_button (RegimenExerciseDetail *self)
{
  gboolean playing = self->tick_id != 0;
  const char *label = playing ? _("Pause Demonstration") : _("Play Demonstration");

  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static gboolean
on_demo_tick (GtkWidget     *widget,
              GdkFrameClock *frame_clock,
              gpointer       user_data)
{
  RegimenExerciseDetail *self = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);

  if (self->last_frame_time != 0)
    self->elapsed += (double) (now - self->last_frame_time) / G_USEC_PER_SEC;
  self->last_frame_time = now;

  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

static void
draw_demo (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  RegimenExerciseDetail *self = user_data;
  RegimenPaletteVariant variant;
  RegimenPoseSequence *poses;
  const double margin = 16.0;

  if (self->exercise == NULL || (poses = regimen_exercise_get_poses (self->exercise)) == NULL)
    return;

  variant = adw_style_manager_get_dark (adw_style_manager_get_default ())
    ? REGIMEN_PALETTE_DARK : REGIMEN_PALETTE_LIGHT;

  if (self->has_played)
    regimen_figure_draw_sequence (cr, poses, self->elapsed,
                                  margin, margin, width - 2 * margin, height - 2 * margin, variant);
  else
    regimen_figure_draw (cr, regimen_pose_sequence_get_thumbnail (poses),
                         margin, margin, width - 2 * margin, height - 2 * margin, variant);
}

static void
on_style_manager_notify_dark (RegimenExerciseDetail *self,
                              GParamSpec            *pspec,
                              AdwStyleManager       *style_manager)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->demo_area));
}

/* The name scrolls away under the header bar; the header takes it over. */
static void
on_vadjustment_value_changed (RegimenExerciseDetail *self,
                              GtkAdjustment         *adjustment)
{
  double threshold = gtk_widget_get_height (self->demo_frame) + gtk_widget_get_height (GTK_WIDGET (self->name_label));
  gboolean show = self->exercise != NULL && gtk_adjustment_get_value (adjustment) > threshold;
  /* As the heading shows it: a custom exercise's name (exercises.json
   * edited by hand) may hold line breaks and a U+202E, which read the
   * header's one line backwards. */
  g_autofree char *name_line = show ? regimen_text_one_line (regimen_exercise_get_name (self->exercise), G_MAXUINT)
                                    : g_strdup ("");

  /* A name that shows nothing is the id there too, as in the heading. */
  if (show && !regimen_text_shows_something (name_line))
    {
      g_free (name_line);
      name_line = regimen_text_one_line (regimen_exercise_get_display_name (self->exercise), G_MAXUINT);
    }
  adw_window_title_set_title (self->window_title, name_line);
}

/* “Add to Week” adds the exercise by its id to the window's plan: an
 * exercise the library no longer has (a custom one deleted in another
 * window, or from this one's library) would be added as nothing, and the
 * click did nothing without a word. The button says why it is off. */
static void
update_add_button (RegimenExerciseDetail *self)
{
  gboolean known = self->exercise != NULL && self->library != NULL &&
                   regimen_library_lookup (self->library, regimen_exercise_get_id (self->exercise)) != NULL;
  const char *tooltip = known ? _("Add to This Week")
                              : _("This exercise was deleted from the library, so it cannot be added");

  /* A disabled action is not run, by the menu or by anything else. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.add-to-day", known);
  gtk_widget_set_sensitive (self->add_button, known);
  /* Said on the page too, under the name: the button's tooltip alone was
   * seen only by a pointer resting on a button that looked merely off,
   * and the page read as that of an exercise the library has. */
  gtk_widget_set_visible (self->deleted_label, !known);
  gtk_widget_set_tooltip_text (self->add_button, tooltip);
  if (known)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                    -1);
}

static void
on_library_items_changed (RegimenExerciseDetail *self,
                          guint                  position,
                          guint                  removed,
                          guint                  added,
                          GListModel            *library)
{
  update_add_button (self);
}

static void
regimen_exercise_detail_show (RegimenExerciseDetail *self,
                              RegimenExercise       *exercise)
{
  gboolean can_go_back = self->history->len > 0;

  gtk_widget_set_visible (self->back_button, can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.back", can_go_back);

  if (g_set_object (&self->exercise, exercise))
    {
      regimen_exercise_detail_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
    }
  update_add_button (self);
}

static void
regimen_exercise_detail_toggle_playing_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  RegimenExerciseDetail *self = REGIMEN_EXERCISE_DETAIL (widget);

  regimen_exercise_detail_set_playing (self, self->tick_id == 0);
}

static void
regimen_exercise_detail_show_exercise_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  RegimenExerciseDetail *self = REGIMEN_EXERCISE_DETAIL (widget);
  RegimenExercise *exercise;

  if (self->library == NULL)
    return;

  exercise = regimen_library_lookup (self->library, g_variant_get_string (parameter, NULL));
  if (exercise == NULL || exercise == self->exercise)
    return;

  if (self->exercise != NULL)
    g_ptr_array_add (self->history, g_object_ref (self->exercise));
  regimen_exercise_detail_show (self, exercise);
}

static void
regimen_exercise_detail_back_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RegimenExerciseDetail *self = REGIMEN_EXERCISE_DETAIL (widget);
  g_autoptr(RegimenExercise) previous = NULL;

  if (self->history->len == 0)
    return;

  previous = g_ptr_array_steal_index (self->history, self->history->len - 1);
  regimen_exercise_detail_show (self, previous);
}

static void
regimen_exercise_detail_add_to_day_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  RegimenExerciseDetail *self = REGIMEN_EXERCISE_DETAIL (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The plan belongs to the window this detail was opened from. */
  if (parent == NULL || self->exercise == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (parent), "win.add-exercise", "(si)",
                              regimen_exercise_get_id (self->exercise),
                              g_variant_get_int32 (parameter));
}

static void
regimen_exercise_detail_dispose (GObject *object)
{
  RegimenExerciseDetail *self = REGIMEN_EXERCISE_DETAIL (object);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->demo_area), self->tick_id);
      self->tick_id = 0;
    }

  g_clear_handle_id (&self->scroll_idle_id, g_source_remove);
  g_cancellable_cancel (self->picture_loading);
  g_clear_object (&self->picture_loading);
  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_EXERCISE_DETAIL);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_object (&self->exercise);
  g_clear_object (&self->library);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (regimen_exercise_detail_parent_class)->dispose (object);
}

static void
regimen_exercise_detail_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RegimenExerciseDetail *self = REGIMEN_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_detail_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RegimenExerciseDetail *self = REGIMEN_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_set_object (&self->library, g_value_get_object (value));
      if (self->library != NULL)
        g_signal_connect_object (self->library, "items-changed", G_CALLBACK (on_library_items_changed), self,
                                 G_CONNECT_SWAPPED);
      update_add_button (self);
      break;

    case PROP_EXERCISE:
      regimen_exercise_detail_set_exercise (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_detail_class_init (RegimenExerciseDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_exercise_detail_dispose;
  object_class->get_property = regimen_exercise_detail_get_property;
  object_class->set_property = regimen_exercise_detail_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         REGIMEN_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         REGIMEN_TYPE_EXERCISE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-exercise-detail.ui");
  g_type_ensure (REGIMEN_TYPE_PROGRESS_CHART);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, window_title);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, back_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, add_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, demo_frame);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, demo_area);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, play_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, picture);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, picture_missing);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, hiit_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, deleted_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, primary_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, prescription_group);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, prescription_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, primary_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, secondary_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, secondary_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, equipment_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, instructions_group);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, setup_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, setup_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, movement_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, movement_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, breathing_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, breathing_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, cues_group);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, cues_list);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, faults_group);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, faults_list);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, progression_group);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, progression_list);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, progress_chart);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, progress_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseDetail, progress_empty_label);

  gtk_widget_class_install_action (widget_class, "detail.toggle-playing", NULL,
                                   regimen_exercise_detail_toggle_playing_action);
  gtk_widget_class_install_action (widget_class, "detail.show-exercise", "s",
                                   regimen_exercise_detail_show_exercise_action);
  gtk_widget_class_install_action (widget_class, "detail.add-to-day", "i",
                                   regimen_exercise_detail_add_to_day_action);
  gtk_widget_class_install_action (widget_class, "detail.back", NULL,
                                   regimen_exercise_detail_back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "detail.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "detail.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "detail.back", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
regimen_exercise_detail_init (RegimenExerciseDetail *self)
{
  gboolean animations = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.back", FALSE);
  gtk_drawing_area_set_draw_func (self->demo_area, draw_demo, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (on_vadjustment_value_changed), self,
                           G_CONNECT_SWAPPED);

  /* Without animations the still pose stays until asked to move. */
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);
  regimen_exercise_detail_set_playing (self, animations);
}

/**
 * regimen_exercise_detail_new:
 * @parent: the window the detail belongs to; its plan is where "Add"
 *   puts the exercise
 * @library: where the progression's other stages are looked up
 *
 * Returns: (transfer none): a new detail window over @parent, destroyed
 *   with it
 */
RegimenExerciseDetail *
regimen_exercise_detail_new (GtkWindow      *parent,
                             RegimenLibrary *library)
{
  RegimenExerciseDetail *self;
  int parent_width = gtk_widget_get_width (GTK_WIDGET (parent));
  int parent_height = gtk_widget_get_height (GTK_WIDGET (parent));

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), NULL);

  self = g_object_new (REGIMEN_TYPE_EXERCISE_DETAIL,
                       "transient-for", parent,
                       "library", library,
                       NULL);

  /* Sized to the screen the window is on: half the window's width (the
   * text column stops at 760 px) and nearly its height, so a large screen
   * shows most of an exercise without scrolling. */
  if (parent_width > 0 && parent_height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self),
                                 CLAMP (parent_width / 2, 480, 800),
                                 CLAMP (parent_height - 48, 400, 1000));

  return self;
}

/**
 * regimen_exercise_detail_lookup:
 * @parent: a window
 *
 * Each window has at most one detail window, which shows whichever
 * exercise was asked for last.
 *
 * Returns: (transfer none) (nullable): the detail window open over @parent
 */
RegimenExerciseDetail *
regimen_exercise_detail_lookup (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  toplevels = gtk_window_list_toplevels ();
  for (const GList *l = toplevels; l != NULL; l = l->next)
    {
      if (REGIMEN_IS_EXERCISE_DETAIL (l->data) && gtk_window_get_transient_for (l->data) == parent)
        return l->data;
    }

  return NULL;
}

RegimenExercise *
regimen_exercise_detail_get_exercise (RegimenExerciseDetail *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE_DETAIL (self), NULL);

  return self->exercise;
}

/**
 * regimen_exercise_detail_set_exercise:
 * @self: a #RegimenExerciseDetail
 * @exercise: (nullable): the exercise to show
 *
 * Shows @exercise afresh: Back then has nowhere to go, as when the detail
 * is opened from the library.
 */
void
regimen_exercise_detail_set_exercise (RegimenExerciseDetail *self,
                                      RegimenExercise       *exercise)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (exercise == NULL || REGIMEN_IS_EXERCISE (exercise));

  if (exercise != self->exercise)
    g_ptr_array_set_size (self->history, 0);
  regimen_exercise_detail_show (self, exercise);
}

/**
 * regimen_exercise_detail_can_go_back:
 * @self: a #RegimenExerciseDetail
 *
 * Returns: whether a progression link was followed, so Back has an
 *   exercise to return to
 */
gboolean
regimen_exercise_detail_can_go_back (RegimenExerciseDetail *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE_DETAIL (self), FALSE);

  return self->history->len > 0;
}

gboolean
regimen_exercise_detail_get_playing (RegimenExerciseDetail *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE_DETAIL (self), FALSE);

  return self->tick_id != 0;
}

/**
 * regimen_exercise_detail_set_playing:
 * @self: a #RegimenExerciseDetail
 * @playing: whether the demonstration moves
 *
 * Pausing keeps the pose of the moment on screen.
 */
void
regimen_exercise_detail_set_playing (RegimenExerciseDetail *self,
                                     gboolean               playing)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE_DETAIL (self));

  if (playing && self->tick_id == 0)
    {
      self->has_played = TRUE;
      self->last_frame_time = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->demo_area), on_demo_tick, self, NULL);
    }
  else if (!playing && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->demo_area), self->tick_id);
      self->tick_id = 0;
    }

  regimen_exercise_detail_update_play_button (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->demo_area));
}

/**
 * regimen_exercise_detail_set_plan:
 * @self: a #RegimenExerciseDetail
 * @plan: (nullable): the plan whose log the progress is read from
 *
 * Shows the exercise's progress across @plan, and follows its changes.
 */
void
regimen_exercise_detail_set_plan (RegimenExerciseDetail *self,
                                  RegimenPlan           *plan)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (regimen_exercise_detail_update_progress), self,
                             G_CONNECT_SWAPPED);

  regimen_exercise_detail_update_progress (self);
}
