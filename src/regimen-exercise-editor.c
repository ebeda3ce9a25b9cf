/* regimen-exercise-editor.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-exercise-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-exercise-editor.h"
#include "regimen-picture-import.h"
#include "regimen-widget-util.h"

#define N_LEVELS 4

struct _RegimenExerciseEditor
{
  AdwWindow             parent_instance;

  AdwEntryRow          *name_row;
  AdwComboRow          *category_row;
  AdwComboRow          *level_row;
  GtkSwitch            *hiit_switch;
  GtkFlowBox           *muscle_box;
  GtkFlowBox           *equipment_box;
  AdwEntryRow          *setup_row;
  AdwEntryRow          *movement_row;
  AdwEntryRow          *breathing_row;
  GtkSpinButton        *sets_spin;
  GtkSpinButton        *reps_spin;
  GtkSpinButton        *rest_spin;
  GtkTextView          *cues_view;
  AdwActionRow         *picture_row;
  GtkPicture           *picture_preview;
  GtkLabel             *picture_error_label;
  GtkLabel             *save_error_label;
  GtkScrolledWindow    *form;
  GtkWidget            *saving_box;
  GtkSpinner           *saving_spinner;

  RegimenLibrary       *library;
  /* The vocabulary ids of the check buttons in muscle_box and
   * equipment_box, in the boxes' order. */
  GStrv                 muscle_ids;
  GStrv                 equipment_ids;
  /* The exercise being edited, or %NULL while creating one. */
  RegimenExercise      *exercise;
  /* A picture chosen but not yet copied, as the PNG that will be kept:
   * the copy is made on Save, so Cancel leaves the data folder
   * untouched. */
  GBytes               *pending_png;
  /* A chosen picture being read and scaled on a worker. */
  GFile                *choosing_file;
  GCancellable         *picture_choosing;
  /* The saved picture's preview, read on a worker as the editor opens. */
  GCancellable         *picture_loading;
  GtkFileChooserNative *chooser;
  gboolean              picture_removed;
  /* The prescription as the form showed it first: Save changes only what
   * the person changed, so a rep range or a hold read from the file stays. */
  int                   shown_sets;
  int                   shown_reps;
  int                   shown_rest;
  gboolean              loading;
  gboolean              prescription_edited;
  /* Saved on a worker: the form waits, and closes once the save lands. */
  gboolean              saving;
  /* The id of the exercise being saved. */
  char                 *saving_id;
  gboolean              disposed;
  /* Brings the picture's message into view once it is laid out. */
  guint                 picture_error_tick;
};

G_DEFINE_FINAL_TYPE (RegimenExerciseEditor, regimen_exercise_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_EXERCISE,
  PROP_SAVING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Within the lengths the custom exercise file allows, so that what is
 * saved can be read again. */
static char *
get_limited_text (GtkWidget *row,
                  glong      max_length)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (g_utf8_strlen (text, -1) > max_length)
    {
      char *shorter = g_utf8_substring (text, 0, max_length);

      g_free (text);
      text = shorter;
    }
  return text;
}

static char *
get_trimmed_name (RegimenExerciseEditor *self)
{
  char *name = get_limited_text (GTK_WIDGET (self->name_row), REGIMEN_CUSTOM_EXERCISE_NAME_MAX_LENGTH);

  /* A pasted zero-width or no-break space, which g_strstrip() leaves, is
   * no name: it was saved, and the exercise shown by its id. */
  if (!regimen_text_shows_something (name))
    *name = '\0';
  return name;
}

/* The most characters of the system's reason a picture could not be
 * read in the editor's message, as the window's messages take it. */
#define MAX_REASON_CHARS 400

/* @error's message as the editor shows it: the file's path it may
 * quote with its line breaks spelt, as the window spells a name, on one
 * line, cut in the middle. */
static char *
shown_reason (const GError *error)
{
  g_autofree char *spelt = regimen_text_spell (error->message, FALSE);

  return regimen_text_one_line_middle (spelt, MAX_REASON_CHARS);
}

static void
show_error (GtkLabel   *label,
            const char *message)
{
  /* Every message comes with its names and reasons spelt on one line
   * (shown_file_name(), shown_reason()). */
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/* Scrolls the form to the picture's message, on the first frame that
 * has laid it out: it sits at the form's foot, below the fold of a
 * window 600 pixels high, and a refused picture seemed to do nothing
 * (issue 21, leftovers of passes 34a–d). */
static gboolean
on_picture_error_tick (GtkWidget     *label,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  RegimenExerciseEditor *self = user_data;

  if (!regimen_scrolled_window_show_widget (self->form, label))
    return G_SOURCE_CONTINUE;

  self->picture_error_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Shows @message about the picture (%NULL: none), in view, and tells
 * screen readers it is the picture's error: the label is an alert, and
 * the picture's row names it as its error message while it is invalid. */
static void
show_picture_error (RegimenExerciseEditor *self,
                    const char            *message)
{
  GtkAccessible *row = GTK_ACCESSIBLE (self->picture_row);

  show_error (self->picture_error_label, message);

  if (message == NULL)
    {
      if (self->picture_error_tick != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->picture_error_label), self->picture_error_tick);
      self->picture_error_tick = 0;
      gtk_accessible_reset_relation (row, GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
      gtk_accessible_reset_state (row, GTK_ACCESSIBLE_STATE_INVALID);
      return;
    }

  gtk_accessible_update_relation (row, GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, self->picture_error_label, -1);
  gtk_accessible_update_state (row, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  if (self->picture_error_tick == 0)
    self->picture_error_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->picture_error_label),
                                                             on_picture_error_tick, self, NULL);
}

static void
regimen_exercise_editor_update_actions (RegimenExerciseEditor *self)
{
  g_autofree char *name = get_trimmed_name (self);
  gboolean has_picture = self->pending_png != NULL ||
                         (!self->picture_removed && self->exercise != NULL &&
                          regimen_exercise_get_picture (self->exercise) != NULL);

  /* Save waits for a picture being read, and runs once at a time. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 *name != '\0' && !self->saving && self->picture_choosing == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.choose-picture", !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-picture", has_picture && !self->saving);
}

/* Adds a check button per id to @box and returns the ids it shows, in
 * its order. */
static GStrv
fill_checks (GtkFlowBox         *box,
             const char * const *ids,
             const char       *(*get_name) (const char *),
             const char * const *active)
{
  g_autoptr(GStrvBuilder) shown = g_strv_builder_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *check;

      /* "none" is what an empty choice means, not a piece of equipment. */
      if (g_str_equal (ids[i], "none"))
        continue;

      check = gtk_check_button_new_with_label (get_name (ids[i]));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   active != NULL && g_strv_contains (active, ids[i]));
      gtk_flow_box_append (box, check);
      g_strv_builder_add (shown, ids[i]);
    }

  return g_strv_builder_end (shown);
}

/* The ids (from fill_checks()) of the checks that are on in @box. */
static GStrv
collect_checks (GtkFlowBox         *box,
                const char * const *ids,
                const char         *when_empty)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean any = FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (box, i);
      GtkWidget *check = gtk_flow_box_child_get_child (child);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          g_strv_builder_add (builder, ids[i]);
          any = TRUE;
        }
    }

  if (!any && when_empty != NULL)
    g_strv_builder_add (builder, when_empty);

  return g_strv_builder_end (builder);
}

/* A picture's file name as the form shows it: as the window's dialogs
 * name a plan's file, on one line, its line breaks and bidirectional
 * controls spelt, cut in the middle. A name's U+202E read it
 * backwards in the picture's row (“gnp.evil” as “live.png”) and its line
 * breaks made the row, and the message of a picture that cannot be read,
 * as many lines tall. */
static char *
shown_file_name (const char *name)
{
  return regimen_text_dup_shown (name);
}

static void
show_picture (RegimenExerciseEditor *self,
              GdkTexture            *texture,
              const char            *name)
{
  g_autofree char *title = name != NULL ? shown_file_name (name) : NULL;

  gtk_picture_set_paintable (self->picture_preview, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->picture_preview), texture != NULL);
  /* A file's name, as written: libadwaita 1.2 reads a row's title as
   * markup, so “Squat & lunge.png” showed nothing. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->picture_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->picture_row),
                                 title != NULL ? title : _("No picture"));
}

static void
show_prescription (RegimenExerciseEditor     *self,
                   const RegimenPrescription *prescription)
{
  self->loading = TRUE;
  gtk_spin_button_set_value (self->sets_spin, prescription->sets);
  gtk_spin_button_set_value (self->reps_spin, prescription->reps_min);
  gtk_spin_button_set_value (self->rest_spin, prescription->rest_seconds);
  self->shown_sets = gtk_spin_button_get_value_as_int (self->sets_spin);
  self->shown_reps = gtk_spin_button_get_value_as_int (self->reps_spin);
  self->shown_rest = gtk_spin_button_get_value_as_int (self->rest_spin);
  self->loading = FALSE;
}

/* The form's prescription over @prescription: the fields the person
 * changed, as one count of sets, repetitions and rest. */
static void
collect_prescription (RegimenExerciseEditor *self,
                      RegimenPrescription   *prescription)
{
  int sets = gtk_spin_button_get_value_as_int (self->sets_spin);
  int reps = gtk_spin_button_get_value_as_int (self->reps_spin);
  int rest = gtk_spin_button_get_value_as_int (self->rest_spin);

  if (sets != self->shown_sets)
    prescription->sets = sets;
  if (reps != self->shown_reps)
    {
      prescription->reps_min = prescription->reps_max = reps;
      prescription->hold_seconds = 0;
    }
  if (rest != self->shown_rest)
    prescription->rest_seconds = rest;
}

static GStrv
collect_cues (RegimenExerciseEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->cues_view);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

static void
on_prescription_changed (RegimenExerciseEditor *self,
                         GtkSpinButton         *spin)
{
  if (!self->loading)
    self->prescription_edited = TRUE;
}

/* A new exercise shows the dose of its category until the person sets
 * one of their own. */
static void
on_category_selected (RegimenExerciseEditor *self,
                      GParamSpec            *pspec,
                      AdwComboRow           *row)
{
  RegimenPrescription prescription;
  guint category = adw_combo_row_get_selected (row);

  if (self->exercise != NULL || self->prescription_edited || category >= REGIMEN_EXERCISE_N_CATEGORIES)
    return;

  regimen_prescription_init_for_category (&prescription, category);
  show_prescription (self, &prescription);
}

static void
on_name_row_changed (RegimenExerciseEditor *self,
                     GtkEditable           *editable)
{
  regimen_exercise_editor_update_actions (self);
}

static void
on_name_row_entry_activated (RegimenExerciseEditor *self,
                             AdwEntryRow           *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
on_chooser_response (RegimenExerciseEditor *self,
                     int                    response,
                     GtkNativeDialog       *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        regimen_exercise_editor_set_picture_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
regimen_exercise_editor_choose_picture_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (widget);
  g_autoptr(GtkFileFilter) pictures = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Choose a Picture"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (pictures, _("Pictures"));
  /* The formats Regimen takes: not every one GTK reads (a drawing, SVG,
   * is refused). */
  gtk_file_filter_add_mime_type (pictures, "image/png");
  gtk_file_filter_add_mime_type (pictures, "image/jpeg");
  gtk_file_filter_add_mime_type (pictures, "image/gif");
  gtk_file_filter_add_mime_type (pictures, "image/webp");
  gtk_file_filter_add_mime_type (pictures, "image/bmp");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), pictures);

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
regimen_exercise_editor_remove_picture_action (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (widget);

  g_cancellable_cancel (self->picture_choosing);
  g_clear_object (&self->picture_choosing);
  g_clear_pointer (&self->pending_png, g_bytes_unref);
  self->picture_removed = TRUE;
  show_picture (self, NULL, NULL);
  show_picture_error (self, NULL);
  regimen_exercise_editor_update_actions (self);
}

static void
regimen_exercise_editor_save_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  regimen_exercise_editor_save (REGIMEN_EXERCISE_EDITOR (widget));
}

static GtkStringList *
new_category_list (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < REGIMEN_EXERCISE_N_CATEGORIES; i++)
    gtk_string_list_append (list, regimen_exercise_category_get_name (i));

  return list;
}

static GtkStringList *
new_level_list (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint level = 1; level <= N_LEVELS; level++)
    {
      /* Translators: a difficulty level, “Level 2” */
      g_autofree char *label = g_strdup_printf (_("Level %u"), level);

      gtk_string_list_append (list, label);
    }

  return list;
}

static void
on_saved_picture_loaded (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(RegimenExerciseEditor) self = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;

  texture = regimen_picture_texture_load_finish (result, &error);
  /* Closed, or another picture chosen or the picture removed meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->exercise == NULL
      || self->pending_png != NULL || self->picture_choosing != NULL || self->picture_removed
      || regimen_exercise_get_picture (self->exercise) == NULL)
    return;

  basename = g_path_get_basename (regimen_exercise_get_picture (self->exercise));
  show_picture (self, texture, basename);
  if (texture == NULL)
    {
      g_autofree char *reason = shown_reason (error);
      /* By its path: a file of Regimen's pictures folder, which the
       * person must find to replace or remove it; a picture just chosen
       * is named by its name alone. */
      g_autoptr(GFile) file = g_file_new_for_path (regimen_exercise_get_picture (self->exercise));
      g_autofree char *display_path = regimen_file_get_display_name (file);
      g_autofree char *path = shown_file_name (display_path);
      /* Translators: the first %s is the picture's file in Regimen's pictures folder, the second the reason */
      g_autofree char *message = g_strdup_printf (_("The saved picture %s could not be opened: %s"),
                                                  path, reason);
      show_picture_error (self, message);
    }
}

static void
regimen_exercise_editor_constructed (GObject *object)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (object);
  RegimenExercise *exercise = self->exercise;
  const char *picture;

  G_OBJECT_CLASS (regimen_exercise_editor_parent_class)->constructed (object);

  g_assert (REGIMEN_IS_LIBRARY (self->library));

  self->muscle_ids = fill_checks (self->muscle_box, regimen_muscle_list_ids (), regimen_muscle_get_name,
                                  exercise != NULL ? regimen_exercise_get_primary_muscles (exercise) : NULL);
  self->equipment_ids = fill_checks (self->equipment_box, regimen_equipment_list_ids (),
                                     regimen_equipment_get_name,
                                     exercise != NULL ? regimen_exercise_get_equipment (exercise) : NULL);

  if (exercise == NULL)
    {
      RegimenPrescription prescription;

      gtk_window_set_title (GTK_WINDOW (self), _("New Exercise"));
      adw_combo_row_set_selected (self->category_row, REGIMEN_EXERCISE_CATEGORY_STRENGTH);
      regimen_prescription_init_for_category (&prescription, REGIMEN_EXERCISE_CATEGORY_STRENGTH);
      show_prescription (self, &prescription);
      g_signal_connect_object (self->category_row, "notify::selected",
                               G_CALLBACK (on_category_selected), self, G_CONNECT_SWAPPED);
      show_picture (self, NULL, NULL);
      regimen_exercise_editor_update_actions (self);
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Exercise"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), regimen_exercise_get_name (exercise));
  adw_combo_row_set_selected (self->category_row, regimen_exercise_get_category (exercise));
  adw_combo_row_set_selected (self->level_row, regimen_exercise_get_level (exercise) - 1);
  gtk_switch_set_active (self->hiit_switch, regimen_exercise_get_hiit_fit (exercise));
  gtk_editable_set_text (GTK_EDITABLE (self->setup_row), regimen_exercise_get_setup (exercise) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->movement_row), regimen_exercise_get_movement (exercise) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->breathing_row), regimen_exercise_get_breathing (exercise) ?: "");
  show_prescription (self, regimen_exercise_get_prescription (exercise));
  {
    g_autofree char *cues = g_strjoinv ("\n", (char **) regimen_exercise_get_cues (exercise));

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->cues_view), cues, -1);
  }

  picture = regimen_exercise_get_picture (exercise);
  if (picture != NULL)
    {
      g_autofree char *basename = g_path_get_basename (picture);

      /* Named at once, shown once read. */
      show_picture (self, NULL, basename);
      self->picture_loading = g_cancellable_new ();
      regimen_picture_texture_load_async (picture, self->picture_loading, on_saved_picture_loaded,
                                          g_object_ref (self));
    }
  else
    show_picture (self, NULL, NULL);

  regimen_exercise_editor_update_actions (self);
}

/* The editor closes once its save landed, or stays with the message of
 * a failed one: asked to close meanwhile, it waits for that. */
static gboolean
regimen_exercise_editor_close_request (GtkWindow *window)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (window);

  if (self->saving)
    return TRUE;

  if (GTK_WINDOW_CLASS (regimen_exercise_editor_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (regimen_exercise_editor_parent_class)->close_request (window);
  return FALSE;
}

static void
regimen_exercise_editor_dispose (GObject *object)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (object);

  /* A save under way goes on in the core; only its answer is dropped. */
  self->disposed = TRUE;
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_cancellable_cancel (self->picture_loading);
  g_clear_object (&self->picture_loading);
  g_cancellable_cancel (self->picture_choosing);
  g_clear_object (&self->picture_choosing);
  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_EXERCISE_EDITOR);

  G_OBJECT_CLASS (regimen_exercise_editor_parent_class)->dispose (object);
}

static void
regimen_exercise_editor_finalize (GObject *object)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (object);

  g_clear_object (&self->library);
  g_clear_object (&self->exercise);
  g_clear_pointer (&self->pending_png, g_bytes_unref);
  g_clear_object (&self->choosing_file);
  g_free (self->saving_id);
  g_clear_pointer (&self->muscle_ids, g_strfreev);
  g_clear_pointer (&self->equipment_ids, g_strfreev);

  G_OBJECT_CLASS (regimen_exercise_editor_parent_class)->finalize (object);
}

static void
regimen_exercise_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    case PROP_SAVING:
      g_value_set_boolean (value, self->saving);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RegimenExerciseEditor *self = REGIMEN_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_EXERCISE:
      self->exercise = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_exercise_editor_class_init (RegimenExerciseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = regimen_exercise_editor_constructed;
  object_class->dispose = regimen_exercise_editor_dispose;
  object_class->finalize = regimen_exercise_editor_finalize;
  object_class->get_property = regimen_exercise_editor_get_property;
  object_class->set_property = regimen_exercise_editor_set_property;
  window_class->close_request = regimen_exercise_editor_close_request;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         REGIMEN_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL,
                         REGIMEN_TYPE_EXERCISE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * RegimenExerciseEditor:saving:
   *
   * Whether Save is being written on a worker; the form waits meanwhile.
   */
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-exercise-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, hiit_switch);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, muscle_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, equipment_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, setup_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, movement_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, breathing_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, sets_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, rest_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, cues_view);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, picture_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, picture_preview);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, picture_error_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, form);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, saving_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenExerciseEditor, saving_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_prescription_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL,
                                   regimen_exercise_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-picture", NULL,
                                   regimen_exercise_editor_choose_picture_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-picture", NULL,
                                   regimen_exercise_editor_remove_picture_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
regimen_exercise_editor_init (RegimenExerciseEditor *self)
{
  g_autoptr(GtkStringList) categories = new_category_list ();
  g_autoptr(GtkStringList) levels = new_level_list ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A number typed past the prescription's limits is set to the limit,
   * and the field says so: 50 sets were saved as 20 without a word. */
  regimen_spin_button_read_typed (self->sets_spin);
  regimen_spin_button_read_typed (self->reps_spin);
  regimen_spin_button_read_typed (self->rest_spin);

  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));

  g_signal_connect_object (self->name_row, "entry-activated",
                           G_CALLBACK (on_name_row_entry_activated), self,
                           G_CONNECT_SWAPPED);
}

/**
 * regimen_exercise_editor_new:
 * @parent: the window the editor belongs to
 * @library: the library to add to
 * @exercise: (nullable): a custom exercise to edit, or %NULL for a new one
 *
 * Returns: (transfer none): a new modal editor; present it
 */
RegimenExerciseEditor *
regimen_exercise_editor_new (GtkWindow       *parent,
                             RegimenLibrary  *library,
                             RegimenExercise *exercise)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (exercise == NULL || regimen_exercise_get_custom (exercise), NULL);

  return g_object_new (REGIMEN_TYPE_EXERCISE_EDITOR,
                       "transient-for", parent,
                       "library", library,
                       "exercise", exercise,
                       NULL);
}

/**
 * regimen_exercise_editor_get_exercise:
 * @self: a #RegimenExerciseEditor
 *
 * Returns: (transfer none) (nullable): the exercise edited, or the one
 *   created once Save succeeded
 */
RegimenExercise *
regimen_exercise_editor_get_exercise (RegimenExerciseEditor *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE_EDITOR (self), NULL);

  return self->exercise;
}

static void
on_picture_prepared (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RegimenExerciseEditor) self = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;

  texture = regimen_picture_prepare_finish (result, &png, &error);
  /* Closed, or another picture chosen or the picture removed meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->picture_choosing);
  /* As GLib shows a file's name: one that is not UTF-8 went to Pango as
   * bytes. The row and the message spell it (shown_file_name()). */
  basename = regimen_file_dup_display_name (self->choosing_file);
  regimen_exercise_editor_update_actions (self);

  if (texture == NULL)
    {
      /* The reason may quote the path: spelt on one line too. */
      g_autofree char *reason = shown_reason (error);

      /* Size and type problems say it in their own words. */
      if (error->domain == REGIMEN_CUSTOM_EXERCISES_ERROR)
        show_picture_error (self, reason);
      else
        {
          g_autofree char *shown = shown_file_name (basename);
          /* Translators: the first %s is a file name, the second the reason */
          g_autofree char *message = g_strdup_printf (_("“%s” could not be opened as a picture: %s"),
                                                      shown, reason);

          show_picture_error (self, message);
        }
      return;
    }

  g_clear_pointer (&self->pending_png, g_bytes_unref);
  self->pending_png = g_steal_pointer (&png);
  self->picture_removed = FALSE;
  show_picture (self, texture, basename);
  show_picture_error (self, NULL);
  regimen_exercise_editor_update_actions (self);
}

/**
 * regimen_exercise_editor_set_picture_file:
 * @self: a #RegimenExerciseEditor
 * @file: the file the person chose
 *
 * Reads, checks and scales @file on a worker (its bytes and pixel size are
 * checked before anything decodes it, so a hostile file cannot take
 * gigabytes), then shows it in the preview; Save waits for it. A file
 * that is not a picture Regimen takes is named under the picture row,
 * and the earlier picture and every other field stay as they were.
 */
void
regimen_exercise_editor_set_picture_file (RegimenExerciseEditor *self,
                                          GFile                 *file)
{
  g_return_if_fail (REGIMEN_IS_EXERCISE_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->picture_choosing);
  g_clear_object (&self->picture_choosing);
  g_cancellable_cancel (self->picture_loading);

  self->picture_choosing = g_cancellable_new ();
  g_set_object (&self->choosing_file, file);
  regimen_exercise_editor_update_actions (self);
  regimen_picture_prepare_async (file, self->picture_choosing, on_picture_prepared, g_object_ref (self));
}

/**
 * regimen_exercise_editor_get_picture_error:
 * @self: a #RegimenExerciseEditor
 *
 * Returns: (transfer none) (nullable): the problem shown with the
 *   picture, or %NULL when there is none
 */
const char *
regimen_exercise_editor_get_picture_error (RegimenExerciseEditor *self)
{
  g_return_val_if_fail (REGIMEN_IS_EXERCISE_EDITOR (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->picture_error_label)))
    return NULL;

  return gtk_label_get_label (self->picture_error_label);
}

static void
set_saving (RegimenExerciseEditor *self,
            gboolean               saving)
{
  self->saving = saving;
  gtk_widget_set_visible (self->saving_box, saving);
  gtk_spinner_set_spinning (self->saving_spinner, saving);
  /* What is being saved stays as it is until the save lands. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->form), !saving);
  /* Cancel cannot take a save back: it is off until the save lands. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !saving);
  regimen_exercise_editor_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
}

static void
on_exercise_saved (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RegimenExerciseEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean saved = regimen_custom_exercises_change_finish (REGIMEN_LIBRARY (source), result, &error);

  /* Closed with its window: the core has written it, or logged why not. */
  if (self->disposed)
    {
      if (!saved)
        g_warning ("The exercise could not be saved: %s", error->message);
      return;
    }

  set_saving (self, FALSE);

  if (!saved)
    {
      g_autofree char *reason = shown_reason (error);
      /* Translators: %s says why the exercises file could not be written */
      g_autofree char *message = g_strdup_printf (_("The exercise could not be saved: %s"), reason);

      show_error (self->save_error_label, message);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->form), 0);
      return;
    }

  g_clear_pointer (&self->pending_png, g_bytes_unref);
  if (self->exercise == NULL && regimen_library_lookup (self->library, self->saving_id) != NULL)
    {
      self->exercise = g_object_ref (regimen_library_lookup (self->library, self->saving_id));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
    }

  gtk_window_close (GTK_WINDOW (self));
}

/**
 * regimen_exercise_editor_save:
 * @self: a #RegimenExerciseEditor
 *
 * What Save does: takes the form's fields into a new exercise or a copy
 * of the one edited and has the core write them, with a newly chosen
 * picture, on a worker. Meanwhile the form shows it is saving and waits;
 * once saved, the library shows the change and the editor closes. A
 * problem is shown in the form, which stays open with what was typed.
 *
 * Returns: %TRUE when the save started
 */
gboolean
regimen_exercise_editor_save (RegimenExerciseEditor *self)
{
  g_autoptr(RegimenExercise) target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *setup = NULL;
  g_autofree char *movement = NULL;
  g_autofree char *breathing = NULL;
  g_auto(GStrv) muscles = NULL;
  g_auto(GStrv) equipment = NULL;
  g_auto(GStrv) cues = NULL;
  RegimenPrescription prescription;
  guint category;

  g_return_val_if_fail (REGIMEN_IS_EXERCISE_EDITOR (self), FALSE);

  name = get_trimmed_name (self);
  if (*name == '\0' || self->saving || self->picture_choosing != NULL)
    return FALSE;

  category = adw_combo_row_get_selected (self->category_row);
  if (category >= REGIMEN_EXERCISE_N_CATEGORIES)
    category = REGIMEN_EXERCISE_CATEGORY_STRENGTH;

  if (self->exercise != NULL)
    {
      target = regimen_custom_exercises_copy (self->exercise);
      regimen_exercise_set_name (target, name);
      regimen_exercise_set_category (target, category);
    }
  else
    {
      g_autofree char *id = regimen_custom_exercises_new_id (self->library, name);

      target = regimen_exercise_new_custom (id, name, category);
      /* A new exercise takes the form's prescription whole, whatever the
       * category it was shown for. */
      self->shown_sets = self->shown_reps = self->shown_rest = -1;
    }

  muscles = collect_checks (self->muscle_box, (const char * const *) self->muscle_ids, NULL);
  equipment = collect_checks (self->equipment_box, (const char * const *) self->equipment_ids, "none");
  cues = collect_cues (self);
  prescription = *regimen_exercise_get_prescription (target);
  collect_prescription (self, &prescription);

  regimen_exercise_set_level (target, MIN (adw_combo_row_get_selected (self->level_row), N_LEVELS - 1) + 1);
  regimen_exercise_set_hiit_fit (target, gtk_switch_get_active (self->hiit_switch));
  regimen_exercise_set_primary_muscles (target, (const char * const *) muscles);
  regimen_exercise_set_equipment (target, (const char * const *) equipment);
  setup = get_limited_text (GTK_WIDGET (self->setup_row), REGIMEN_TEXT_MAX_LENGTH);
  movement = get_limited_text (GTK_WIDGET (self->movement_row), REGIMEN_TEXT_MAX_LENGTH);
  breathing = get_limited_text (GTK_WIDGET (self->breathing_row), REGIMEN_TEXT_MAX_LENGTH);
  regimen_exercise_set_instructions (target, setup, movement, breathing);
  regimen_exercise_set_cues (target, (const char * const *) cues);
  regimen_exercise_set_prescription (target, &prescription);
  if (self->pending_png == NULL && self->picture_removed)
    regimen_exercise_set_picture (target, NULL);

  show_error (self->save_error_label, NULL);
  g_free (self->saving_id);
  self->saving_id = g_strdup (regimen_exercise_get_id (target));
  set_saving (self, TRUE);

  if (self->exercise == NULL)
    regimen_custom_exercises_add_async (self->library, target, self->pending_png,
                                        on_exercise_saved, g_object_ref (self));
  else
    regimen_custom_exercises_update_async (self->library, target, self->pending_png,
                                           on_exercise_saved, g_object_ref (self));

  return TRUE;
}

/* What the delete question is about, for its response. */
typedef struct
{
  RegimenLibrary *library;
  char           *exercise_id;
  /* The window asked over, for a message when the delete fails. */
  GWeakRef        parent;
} DeleteRequest;

static void
delete_request_free (DeleteRequest *request)
{
  g_clear_object (&request->library);
  g_free (request->exercise_id);
  g_weak_ref_clear (&request->parent);
  g_free (request);
}

static void
delete_request_closure_free (gpointer  data,
                             GClosure *closure)
{
  delete_request_free (data);
}

static void
on_exercise_deleted (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  DeleteRequest *request = user_data;
  g_autoptr(GtkWindow) parent = g_weak_ref_get (&request->parent);
  g_autoptr(GError) error = NULL;

  if (!regimen_custom_exercises_change_finish (REGIMEN_LIBRARY (source), result, &error))
    {
      GtkWidget *failed = adw_message_dialog_new (parent, _("The Exercise Could Not Be Deleted"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (failed), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (failed));
    }

  delete_request_free (request);
}

static void
on_delete_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           DeleteRequest    *request)
{
  DeleteRequest *deleting;

  if (!g_str_equal (response, "delete"))
    return;

  /* Written on a worker; the library drops it once the file does. */
  deleting = g_new0 (DeleteRequest, 1);
  deleting->library = g_object_ref (request->library);
  deleting->exercise_id = g_strdup (request->exercise_id);
  g_weak_ref_init (&deleting->parent, gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  regimen_custom_exercises_remove_async (request->library, request->exercise_id, on_exercise_deleted, deleting);
}

/**
 * regimen_exercise_editor_confirm_delete:
 * @parent: the window to ask over
 * @library: the library holding @exercise
 * @exercise: a custom exercise
 *
 * Asks before deleting @exercise, and deletes it when the person agrees.
 *
 * Returns: (transfer none): the question, already presented
 */
GtkWindow *
regimen_exercise_editor_confirm_delete (GtkWindow       *parent,
                                        RegimenLibrary  *library,
                                        RegimenExercise *exercise)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  DeleteRequest *request;
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (REGIMEN_IS_EXERCISE (exercise), NULL);

  /* On one line and cut short: a name of a hundred lines (in a file
   * edited by hand) would push Cancel and Delete off the screen. */
  name = regimen_text_one_line (regimen_exercise_get_name (exercise), 80);
  /* By its id when its name shows nothing (a zero-width space), as in
   * the library's row: the question read “Delete “”?”. */
  if (!regimen_text_shows_something (name))
    {
      g_free (name);
      name = regimen_text_one_line (regimen_exercise_get_id (exercise), 80);
    }
  /* Translators: %s is the name of an exercise the person made */
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  dialog = adw_message_dialog_new (parent, heading,
                                   _("Plans that use it keep it under its id, and the check "
                                     "will point it out there as an unknown exercise."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request = g_new0 (DeleteRequest, 1);
  request->library = g_object_ref (library);
  request->exercise_id = g_strdup (regimen_exercise_get_id (exercise));
  g_weak_ref_init (&request->parent, NULL);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_dialog_response),
                         request, delete_request_closure_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}
