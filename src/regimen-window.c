/* regimen-window.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-window"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-exercise-detail.h"
#include "regimen-exercise-editor.h"
#include "regimen-log-form.h"
#include "regimen-plan-settings.h"
#include "regimen-template-chooser.h"
#include "regimen-toast.h"
#include "regimen-widget-util.h"
#include "regimen-window-private.h"

G_DEFINE_FINAL_TYPE (RegimenWindow, regimen_window, ADW_TYPE_APPLICATION_WINDOW)

/* The Undo toast of a delete goes once another change is made (in the
 * plan shown, or in one reloaded since): its Undo would undo that change
 * instead, not bringing back what it says was deleted. */
static void
dismiss_undo_toast (RegimenWindow *self)
{
  AdwToast *toast = self->undo_toast;

  if (toast == NULL)
    return;

  g_clear_weak_pointer (&self->undo_toast);
  adw_toast_dismiss (toast);
}

/* Says @message for three seconds; the toast is returned (the overlay
 * owns it) for a caller that may take it back early. */
AdwToast *
_regimen_window_show_toast (RegimenWindow *self,
                            const char    *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 3);
  regimen_toast_add (GTK_WIDGET (self->toast_overlay), toast);
  return toast;
}

/* The most characters of an error message a dialog shows. */
#define MAX_ERROR_BODY_CHARS 400

/* Says in a dialog, until read, why something the person asked for was
 * not done: an open, a save, an export or a print. The message is shown
 * on one line and cut in the middle (where it is wrong and what is wrong
 * kept): one that quotes a file's text, a block name of thousands of
 * lines, must not push the dialog's button off the screen. Returns the
 * dialog, or %NULL when the window was closed while a signal ends the
 * application. */
AdwMessageDialog *
_regimen_window_show_error (RegimenWindow *self,
                            const char    *heading,
                            const char    *body)
{
  g_autofree char *line = regimen_text_one_line_middle (body, MAX_ERROR_BODY_CHARS);
  GApplication *application = g_application_get_default ();
  gboolean closed = gtk_window_get_application (GTK_WINDOW (self)) == NULL && REGIMEN_IS_APPLICATION (application);
  GtkWidget *dialog;

  /* Work the window started may fail after it was closed (an export,
   * Ctrl+W at once): the message is then a window of the application of
   * its own, or the application, let go by that work with no window
   * left, ended as the message was shown. Not while a signal ends it:
   * it would wait for the message to be read. */
  if (closed && regimen_application_get_ending (REGIMEN_APPLICATION (application)))
    return NULL;

  dialog = adw_message_dialog_new (closed ? NULL : GTK_WINDOW (self), heading, line);
  if (closed)
    gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (application));

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return ADW_MESSAGE_DIALOG (dialog);
}

/* Keeps with @dialog, until it is gone, the plan the window shows: the
 * one its question is about. */
void
_regimen_window_ask_about_plan (RegimenWindow    *self,
                                AdwMessageDialog *dialog)
{
  g_object_set_data_full (G_OBJECT (dialog), "regimen-window-plan", g_object_ref (self->plan), g_object_unref);
}

/* Whether the answer to @dialog, asked with _regimen_window_ask_about_plan(),
 * is about the plan the window shows. A plan that replaced that one while
 * the question was open (the file reloaded, say) is not what was asked
 * about: the answer does nothing to it. */
gboolean
_regimen_window_answers_plan (RegimenWindow    *self,
                              AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "regimen-window-plan") == self->plan;
}

void
_regimen_window_update_title (RegimenWindow *self)
{
  g_autofree char *title = regimen_document_dup_title (self->document);
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *basename = NULL;
  GFile *file = regimen_document_get_file (self->document);
  gboolean modified = regimen_document_get_modified (self->document);

  /* As the window's dialogs name the file: one that is not UTF-8 was
   * handed to Pango as it is, one with a U+202E read backwards. */
  if (file != NULL)
    basename = _regimen_window_dup_shown_name (file);

  if (modified && basename != NULL)
    /* Translators: the window subtitle of a plan with unsaved changes, “Modified · plan.regimen.json” */
    subtitle = g_strdup_printf (_("Modified · %s"), basename);
  else if (modified)
    subtitle = g_strdup (_("Modified"));
  else if (basename != NULL)
    subtitle = g_steal_pointer (&basename);
  else
    subtitle = g_strdup (_("Not saved yet"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  {
    g_autofree char *quoted = regimen_text_dup_quoted (title);
    g_autofree char *line = NULL;

    /* A title in Hebrew or Arabic made the line right to left in the
     * task switcher, “Regimen – תוכנית” and the • of unsaved changes
     * last: the title keeps its own direction, the line the window's. */
    /* Translators: the window's title for the task switcher; • marks unsaved changes */
    line = g_strdup_printf (modified ? _("• %s – Regimen") : _("%s – Regimen"), quoted);
    window_title = regimen_widget_dup_line (GTK_WIDGET (self), line);
  }
  /* Every edit comes here, most of them leaving the title as it was: GTK
   * 4.8 sends a title set again to the X server and the screen reader,
   * and notifies it, whether or not it changed. */
  if (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (self)), window_title) != 0)
    gtk_window_set_title (GTK_WINDOW (self), window_title);
}

void
_regimen_window_update_actions (RegimenWindow *self)
{
  guint week = regimen_week_view_get_week (self->week_view);
  guint n_weeks = regimen_plan_get_n_weeks (self->plan);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", regimen_plan_can_undo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", regimen_plan_can_redo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-week", week > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-week", week + 1 < n_weeks);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-week-earlier", week > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-week-later", week + 1 < n_weeks);
  /* A plan keeps at least one week. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-week", n_weeks > 1);
  _regimen_window_update_block_actions (self);
}

/* A hidden panel is not kept up to date: its hundreds of problem rows
 * would be built and measured on every edit for nobody to see. Nor is
 * it before it is chosen whether the panel docks or folds away
 * (choose_panels_once()). */
static void
update_check_panel (RegimenWindow *self)
{
  if (self->checker == NULL)
    return;

  if (!self->panels_chosen || !adw_flap_get_reveal_flap (self->check_flap))
    {
      self->check_panel_stale = TRUE;
      return;
    }

  self->check_panel_stale = FALSE;
  regimen_check_panel_update (self->check_panel, self->checker, self->plan, self->library,
                              regimen_week_view_get_week (self->week_view));
}

/**
 * _regimen_window_recheck:
 * @self: a #RegimenWindow
 *
 * Checks the plan again and shows the result in the check panel and the
 * week view. Called on every change: the check is incremental (only the
 * weeks an edit changed, and the rules that read them), with the same
 * result as a full check, so there is nothing to defer.
 */
void
_regimen_window_recheck (RegimenWindow *self)
{
  if (self->check_cache == NULL)
    self->check_cache = regimen_check_cache_new ();

  g_clear_object (&self->checker);
  self->checker = regimen_plan_check_incremental (self->plan, self->library, self->check_cache);

  regimen_week_view_set_checker (self->week_view, self->checker);
  regimen_plan_overview_set_checker (self->plan_overview, self->checker);
  update_check_panel (self);
}

static void
on_plan_changed (RegimenWindow *self,
                 RegimenPlan   *plan)
{
  dismiss_undo_toast (self);
  _regimen_window_recheck (self);
  _regimen_window_update_title (self);
  _regimen_window_update_actions (self);
}

static void
on_check_panel_week_activated (RegimenWindow     *self,
                               guint              week,
                               RegimenCheckPanel *panel)
{
  regimen_week_view_set_week (self->week_view, week);
}

static void
reveal_diagnostic (RegimenWindow     *self,
                   RegimenDiagnostic *diagnostic,
                   gboolean           grab_focus)
{
  int week = regimen_diagnostic_get_week (diagnostic);

  if (week < 0)
    return;

  /* Folded, the panel covers the week: get it out of the way. */
  if (adw_flap_get_folded (self->check_flap))
    adw_flap_set_reveal_flap (self->check_flap, FALSE);

  regimen_week_view_reveal (self->week_view, week,
                            regimen_diagnostic_get_day (diagnostic),
                            regimen_diagnostic_get_session (diagnostic),
                            grab_focus);
}

/* A click or Enter on a problem: go there, keyboard focus and all. */
static void
on_check_panel_diagnostic_activated (RegimenWindow     *self,
                                     RegimenDiagnostic *diagnostic,
                                     RegimenCheckPanel *panel)
{
  reveal_diagnostic (self, diagnostic, TRUE);
}

static void
on_plan_notify (RegimenWindow *self,
                GParamSpec    *pspec,
                RegimenPlan   *plan)
{
  _regimen_window_update_title (self);
  _regimen_window_update_actions (self);
}

static void
on_week_view_notify_week (RegimenWindow   *self,
                          GParamSpec      *pspec,
                          RegimenWeekView *week_view)
{
  _regimen_window_update_actions (self);
  update_check_panel (self);
}

/* Coming back to the window (the next morning, say): the day that
 * decides which weeks are over is the clock's again. */
static gboolean on_next_day (gpointer user_data);

/* A window left open past midnight: the cards of the day just over say
 * whether it was logged, and the check's weeks that are over change.
 * Run at the next local midnight, again each day, and on a focus change
 * (a machine that slept through midnight wakes up late to its timeout). */
static void
follow_the_day (RegimenWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  regimen_date_from_date_time (now, &today);
  if (!g_date_valid (&self->today) || g_date_compare (&today, &self->today) != 0)
    {
      gboolean first = !g_date_valid (&self->today);

      self->today = today;
      if (!first)
        {
          regimen_week_view_set_today (self->week_view, &today);
          regimen_check_panel_set_today (self->check_panel, &today);
        }
    }
  if (self->checker != NULL && regimen_check_panel_is_day_stale (self->check_panel))
    update_check_panel (self);

  g_clear_handle_id (&self->next_day_source, g_source_remove);
  self->next_day_source = g_timeout_add_seconds (regimen_seconds_until_next_day (now), on_next_day, self);
}

static gboolean
on_next_day (gpointer user_data)
{
  RegimenWindow *self = user_data;

  self->next_day_source = 0;
  follow_the_day (self);

  return G_SOURCE_REMOVE;
}

static void
on_notify_is_active (RegimenWindow *self,
                     GParamSpec    *pspec,
                     gpointer       user_data)
{
  /* Not while the window is taken apart. */
  if (self->check_panel != NULL && self->week_view != NULL)
    follow_the_day (self);

  /* Back in the window, maybe having made room on the disk: a working
   * copy that could not be written is tried at once, once for each
   * time the window becomes active, not up to a minute later. */
  if (self->document != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    regimen_document_retry_autosave (self->document);
}

static void choose_panels_once (RegimenWindow *self);

static void
regimen_window_toggle_check_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  /* Asked before the window is shown, the toggle acts on the panels as
   * the window would show them. */
  choose_panels_once (self);
  adw_flap_set_reveal_flap (self->check_flap, !adw_flap_get_reveal_flap (self->check_flap));
}

static void
regimen_window_toggle_library_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  choose_panels_once (self);
  /* Where the library and the full check do not both fit beside the week
   * (1366 pixels wide, say), asking for the library puts the check back
   * to its summary line: the library then docks (on_flap_folded_changed)
   * instead of lying over the week. */
  if (!adw_flap_get_reveal_flap (self->flap) && adw_flap_get_folded (self->flap)
      && adw_flap_get_reveal_flap (self->check_flap) && !adw_flap_get_folded (self->check_flap))
    {
      g_settings_set_boolean (self->settings, "show-library", TRUE);
      adw_flap_set_reveal_flap (self->check_flap, FALSE);
      return;
    }

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
regimen_window_search_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  GtkEditable *entry = GTK_EDITABLE (regimen_library_view_get_search_entry (self->library_view));

  adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  /* A new search replaces the last one, even when the entry had the focus. */
  gtk_editable_select_region (entry, 0, -1);
}

/* A new plan, every edit made to it undone (a Redo away) or none, and
 * no file chooser up for it: what a plan opened in this very window
 * replaces, as a programme chosen here does (below). */
static gboolean
holds_undone_new_plan (RegimenWindow *self)
{
  return regimen_document_get_file (self->document) == NULL && !regimen_document_get_modified (self->document)
      && !regimen_plan_can_undo (self->plan) && self->file_chooser == NULL;
}

static void
on_template_chooser_plan_chosen (RegimenWindow          *self,
                                 RegimenPlan            *plan,
                                 RegimenTemplateChooser *chooser)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(RegimenDocument) document = regimen_document_new (plan, NULL);

  /* Chosen here, from the empty plan this window shows (its box of
   * programmes, New): it takes this window's place even after an edit
   * undone there, which a plan opened from outside does not
   * (regimen_window_is_pristine()). */
  if (regimen_document_get_file (self->document) == NULL && !regimen_document_get_modified (self->document)
      && !regimen_plan_can_undo (self->plan) && self->file_chooser == NULL)
    {
      regimen_window_set_document (self, document);
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  regimen_application_window_for_document (REGIMEN_APPLICATION (app), document, self);
}

/* The empty plan's own way to start from a programme, without the
 * chooser in between. */
static void
regimen_window_new_from_template_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  const RegimenTemplate *templates;
  guint n_templates;

  templates = regimen_templates_get (&n_templates);
  for (guint i = 0; i < n_templates; i++)
    if (g_str_equal (templates[i].id, id))
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(RegimenPlan) plan = regimen_template_instantiate (&templates[i], &error);

        /* Templates are compiled in and tested, so this is a build problem. */
        if (plan == NULL)
          {
            g_critical ("Template %s does not load: %s", id, error->message);
            return;
          }

        on_template_chooser_plan_chosen (self, plan, NULL);
        return;
      }
}

static void
regimen_window_new_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  GtkWidget *chooser = regimen_template_chooser_new (GTK_WINDOW (self));

  g_signal_connect_object (chooser, "plan-chosen", G_CALLBACK (on_template_chooser_plan_chosen), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
regimen_window_plan_settings_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (regimen_plan_settings_new (GTK_WINDOW (self), self->plan)));
}

/* win.log-session (s): the form for typing in what was trained, for the
 * session with that id; its Save is one command of the plan. */
static void
regimen_window_log_session_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  RegimenSession *session = regimen_plan_find_session_by_id (self->plan, g_variant_get_string (parameter, NULL));
  g_autofree char *unit_word = g_settings_get_string (self->settings, "load-unit");
  RegimenLoadUnit unit = REGIMEN_LOAD_UNIT_KG;

  if (session == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (!regimen_load_unit_from_string (unit_word, &unit))
    unit = REGIMEN_LOAD_UNIT_KG;

  gtk_window_present (GTK_WINDOW (regimen_log_form_new (GTK_WINDOW (self), self->plan, session,
                                                        self->library, unit)));
}

static void
regimen_window_undo_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  regimen_plan_undo (self->plan);
}

static void
regimen_window_redo_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  regimen_plan_redo (self->plan);
}

/* After a delete: what went, and a way back that is one click or key away. */
static void
regimen_window_undo_toast_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 5);
  regimen_toast_add (GTK_WIDGET (self->toast_overlay), toast);
  g_set_weak_pointer (&self->undo_toast, toast);
}

static void
regimen_window_week_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  guint week = regimen_week_view_get_week (self->week_view);

  if (g_str_equal (action_name, "win.previous-week") && week > 0)
    regimen_week_view_set_week (self->week_view, week - 1);
  else if (g_str_equal (action_name, "win.next-week"))
    regimen_week_view_set_week (self->week_view, week + 1);
}

/* An exercise as a toast names it: as the library, the cards and the
 * exercise's page do, on one line, and by its id when its name shows
 * nothing (a custom exercise named with a zero-width space, from an
 * exercises.json edited by hand, toasted “Added  to Monday”). */
static char *
toast_exercise_name (RegimenExercise *exercise)
{
  return regimen_text_one_line (regimen_exercise_get_display_name (exercise), G_MAXUINT);
}

static void
added_toast (RegimenWindow   *self,
             RegimenExercise *exercise,
             RegimenSession  *session,
             int              day)
{
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = toast_exercise_name (exercise);

  /* Translators: a session and its day, “Lower body A on Wednesday” */
  where = g_strdup_printf (_("%s on %s"), regimen_session_get_display_title (session), regimen_weekday_name (day));
  /* Translators: a toast after adding an exercise to a day, “Added Narrow Stance Squat to Wednesday” */
  message = g_strdup_printf (_("Added %s to %s"), name, where);
  _regimen_window_show_toast (self, message);
}

/* A session holds at most REGIMEN_SESSION_MAX_ITEMS exercises and a day
 * REGIMEN_DAY_MAX_SESSIONS sessions, the limits a drop is refused by as
 * the pointer comes: the keyboard's and the menus' ways to add say so in
 * a toast, where they did nothing without a word. @session is where the
 * exercise would go, %NULL for a new session on @day of the week in view.
 * Returns %TRUE when refused. */
static gboolean
refuse_full (RegimenWindow  *self,
             RegimenSession *session,
             int             day)
{
  g_autofree char *message = NULL;

  if (session != NULL)
    {
      if (regimen_session_has_room_for (session, NULL))
        return FALSE;
      /* Translators: a toast when an exercise cannot be added, “Lower body A on
       * Wednesday already holds 100 exercises, the most a session can hold” */
      message = g_strdup_printf (_("%s on %s already holds %u exercises, the most a session can hold"),
                                 regimen_session_get_display_title (session), regimen_weekday_name (day),
                                 (guint) REGIMEN_SESSION_MAX_ITEMS);
    }
  else
    {
      RegimenDay *model = regimen_plan_get_day (self->plan, regimen_week_view_get_week (self->week_view), day);

      if (model == NULL || regimen_day_has_room_for (model, NULL))
        return FALSE;
      /* Translators: a toast when an exercise cannot be added in a new session,
       * “Wednesday already holds 20 sessions, the most a day can hold” */
      message = g_strdup_printf (_("%s already holds %u sessions, the most a day can hold"),
                                 regimen_weekday_name (day), (guint) REGIMEN_DAY_MAX_SESSIONS);
    }

  _regimen_window_show_toast (self, message);

  return TRUE;
}

/* Weeks are added, copied, moved and deleted around the week in view,
 * through the plan's undoable commands; the view follows the week. */
static void
regimen_window_edit_week_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  guint week = regimen_week_view_get_week (self->week_view);
  guint n_weeks = regimen_plan_get_n_weeks (self->plan);

  if (g_str_equal (action_name, "win.add-week"))
    {
      g_autoptr(RegimenWeek) blank = regimen_week_new (NULL);
      /* After the week in view; a plan of no weeks (the command line can
       * remove them all) gets its first. */
      guint position = MIN (week + 1, n_weeks);

      if (regimen_plan_add_week (self->plan, position, blank))
        regimen_week_view_set_week (self->week_view, position);
    }
  else if (g_str_equal (action_name, "win.duplicate-week"))
    {
      if (regimen_plan_duplicate_week (self->plan, week))
        regimen_week_view_set_week (self->week_view, week + 1);
    }
  else if ((g_str_equal (action_name, "win.move-week-earlier") && week > 0) ||
           (g_str_equal (action_name, "win.move-week-later") && week + 1 < n_weeks))
    {
      guint to = g_str_equal (action_name, "win.move-week-earlier") ? week - 1 : week + 1;
      g_autoptr(GError) error = NULL;

      /* A rule brought inside another's weeks: the toast says which,
       * nothing moved. */
      if (regimen_plan_move_week (self->plan, week, to, &error))
        regimen_week_view_set_week (self->week_view, to);
      else if (error != NULL)
        _regimen_window_show_toast (self, error->message);
    }
  else if (g_str_equal (action_name, "win.delete-week") && n_weeks > 1)
    _regimen_window_delete_week (self);
}

/* The keyboard's and the menus' ways to do what drops do. Ctrl+1…7 add to
 * the target session when it is on that day (so that exercises added one
 * after the other share a session) and otherwise start a new session there;
 * Alt+1…7 always start one. */
static void
regimen_window_add_exercise_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  RegimenSession *session = NULL;
  RegimenExercise *exercise;
  const char *id;
  gint32 day;
  gint32 position = -1;

  if (g_str_equal (action_name, "win.add-exercise-to-session"))
    g_variant_get (parameter, "(&sii)", &id, &day, &position);
  else
    g_variant_get (parameter, "(&si)", &id, &day);

  exercise = regimen_library_lookup (self->library, id);
  if (exercise == NULL || day < 0 || day >= REGIMEN_DAYS_PER_WEEK)
    return;

  if (position >= 0)
    {
      session = regimen_plan_get_session (self->plan, regimen_week_view_get_week (self->week_view), day, position);
      if (session == NULL)
        return;
    }
  else if (g_str_equal (action_name, "win.add-exercise"))
    {
      int target_day;
      RegimenSession *target = regimen_week_view_get_target (self->week_view, &target_day);

      if (target != NULL && target_day == day)
        session = target;
    }

  if (refuse_full (self, session, day))
    return;

  session = regimen_week_view_add_exercise (self->week_view, exercise, day, session);
  if (session != NULL)
    added_toast (self, exercise, session, day);
}

/* What applying a rule did, which the week in view does not show: the
 * weeks it wrote are later ones. */
static void
progression_toast (RegimenWindow            *self,
                   RegimenItem              *item,
                   const RegimenProgression *progression,
                   guint                     n_items)
{
  RegimenExercise *exercise = regimen_library_lookup (self->library, regimen_item_get_exercise (item));
  g_autofree char *name = exercise != NULL ? toast_exercise_name (exercise)
                                            : g_strdup (regimen_item_get_exercise (item));
  g_autoptr(GPtrArray) written = regimen_plan_find_progressed_items (self->plan, regimen_item_get_id (item));
  g_autofree char *message = NULL;
  g_autofree char *cut = NULL;

  if (progression == NULL)
    /* Translators: a toast after removing an exercise's progression rule and the weeks it wrote */
    message = g_strdup_printf (_("%s no longer progresses"), name);
  else if (n_items > 1)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: a toast after applying one progression rule
                                             * to an exercise on each of its days of the week,
                                             * “Isometric Pistol progressed on 2 days over the next
                                             * 2 weeks” */
                                            "%s progressed on %u days over the next week",
                                            "%s progressed on %u days over the next %u weeks",
                                            written->len),
                               name, n_items, written->len);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: a toast after applying a progression rule,
                                             * “Narrow Stance Squat progressed over the next 2 weeks” */
                                            "%s progressed over the next week",
                                            "%s progressed over the next %u weeks",
                                            written->len),
                               name, written->len);

  /* Fewer weeks than the rule was given: said, in the core's words, as
   * `regimen-cli progress` says it. */
  if (progression != NULL)
    cut = regimen_plan_describe_progression_cut (self->plan, item, progression);
  if (cut != NULL)
    {
      g_autofree char *shown = g_steal_pointer (&message);

      /* Translators: a toast after applying a progression rule, then why it wrote fewer weeks than
       * it was given: “Push-Up progressed over the next week: block “Base” ends at week 2” */
      message = g_strdup_printf (C_("progression toast", "%s: %s"), shown, cut);
    }

  _regimen_window_show_toast (self, message);
}

/* Applies the rule of the item editor's Progression part, @parameter:
 * (item id, rule, member, step, cap, weeks a stage, weeks, whether for
 * the exercise's other days of the week too), with the rule "none" to
 * remove it. Unless @force, a rule that would add, replace or remove an
 * exercise of a logged session changes nothing and fails with
 * REGIMEN_PROGRESSION_ERROR_LOGGED naming the week, as `regimen-cli
 * progress` without --force does. FALSE without @error: nothing to do. */
static gboolean
apply_progression (RegimenWindow  *self,
                   GVariant       *parameter,
                   gboolean        force,
                   GError        **error)
{
  g_autoptr(RegimenProgression) progression = NULL;
  RegimenProgressionRule rule;
  RegimenItem *item;
  const char *id, *rule_word, *member;
  double step, cap;
  guint32 stage_weeks, weeks;
  gboolean whole_week;
  guint n_items = 1;
  gboolean applied;

  g_variant_get (parameter, "(&s&s&sdduub)", &id, &rule_word, &member, &step, &cap, &stage_weeks, &weeks,
                 &whole_week);

  item = regimen_plan_find_item_by_id (self->plan, id);
  if (item == NULL)
    return FALSE;

  if (regimen_progression_rule_from_string (rule_word, &rule))
    {
      progression = regimen_progression_new (rule, weeks);
      progression->step = step;
      progression->cap = cap;
      progression->stage_weeks = stage_weeks;
      if (rule == REGIMEN_PROGRESSION_ADD &&
          !regimen_progression_quantity_from_string (member, &progression->quantity))
        return FALSE;
    }

  if (!force)
    {
      g_autoptr(GPtrArray) items = NULL;

      if (whole_week)
        items = regimen_plan_find_items_of_exercise_in_week (self->plan, item);
      else
        items = g_ptr_array_new_full (1, NULL);
      if (items->len == 0)
        g_ptr_array_add (items, item);

      for (guint i = 0; i < items->len; i++)
        if (!regimen_plan_check_progression_not_logged (self->plan, g_ptr_array_index (items, i), progression,
                                                        self->library, error))
          return FALSE;
    }

  if (whole_week)
    applied = regimen_plan_apply_progression_to_week (self->plan, item, progression, self->library, &n_items,
                                                      error);
  else
    applied = regimen_plan_apply_progression (self->plan, item, progression, self->library, error);

  if (applied)
    progression_toast (self, item, progression, n_items);

  return applied;
}

/* The rule asked about, until the question is answered. */
typedef struct
{
  RegimenWindow *window;
  /* The answer applies to this plan only, not to one opened meanwhile. */
  RegimenPlan   *plan;
  GVariant      *parameter;
} ProgressionQuestion;

static void
progression_question_free (gpointer  data,
                           GClosure *closure)
{
  ProgressionQuestion *question = data;

  g_object_unref (question->plan);
  g_variant_unref (question->parameter);
  g_free (question);
}

static void
on_progression_question_response (AdwMessageDialog    *dialog,
                                  const char          *response,
                                  ProgressionQuestion *question)
{
  RegimenWindow *self = question->window;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "change") || question->plan != self->plan)
    return;

  if (!apply_progression (self, question->parameter, TRUE, &error) && error != NULL)
    _regimen_window_show_toast (self, error->message);
}

/* The item editor's Progression part: win.apply-progression with the
 * parameter apply_progression() reads. A rule that would change a
 * trained week asks first, as the week menu's commands do: Cancel, the
 * default, keeps the week as it was trained against; Change Anyway
 * applies it (one undo step, the logs kept). */
static void
regimen_window_apply_progression_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  ProgressionQuestion *question;
  AdwMessageDialog *dialog;

  if (apply_progression (self, parameter, FALSE, &error) || error == NULL)
    return;

  if (!g_error_matches (error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_LOGGED))
    {
      _regimen_window_show_toast (self, error->message);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Change a Trained Week?"), NULL));
  /* Translators: the question before changing a week with a logged session; %s says which week */
  adw_message_dialog_format_body (dialog, _("%s. Its log stays, but what was planned changes, so the log "
                                            "no longer shows what it was done against."),
                                  error->message);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    /* Translators: the answer that changes a trained week */
                                    "change", _("C_hange Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "change", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  question = g_new0 (ProgressionQuestion, 1);
  question->window = self;
  question->plan = g_object_ref (self->plan);
  question->parameter = g_variant_ref (parameter);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_progression_question_response),
                         question, progression_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Enter on a library row: into the session or day focused last. */
static void
regimen_window_add_exercise_to_target_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  RegimenExercise *exercise = regimen_library_lookup (self->library, g_variant_get_string (parameter, NULL));
  RegimenSession *session;
  int day;

  if (exercise == NULL)
    return;

  session = regimen_week_view_get_target (self->week_view, &day);
  if (day < 0)
    {
      _regimen_window_show_toast (self, _("Choose a session or a day of the week first"));
      return;
    }

  if (refuse_full (self, session, day))
    return;

  session = regimen_week_view_add_exercise (self->week_view, exercise, day, session);
  if (session != NULL)
    added_toast (self, exercise, session, day);
}

/* The shortcuts window is built when first asked for, not with every
 * window as GtkApplication would build gtk/help-overlay.ui: the first
 * frame does not show it. */
static void
regimen_window_show_help_overlay_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/regimen/Regimen/help-overlay.ui");

      gtk_application_window_set_help_overlay (window, GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

static void
regimen_window_show_exercise_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  RegimenExercise *exercise = regimen_library_lookup (self->library, g_variant_get_string (parameter, NULL));
  RegimenExerciseDetail *detail;

  if (exercise == NULL)
    return;

  detail = regimen_exercise_detail_lookup (GTK_WINDOW (self));
  if (detail == NULL)
    detail = regimen_exercise_detail_new (GTK_WINDOW (self), self->library);

  regimen_exercise_detail_set_plan (detail, self->plan);
  regimen_exercise_detail_set_exercise (detail, exercise);
  gtk_window_present (GTK_WINDOW (detail));
}

/* A new exercise is shown and selected once saved, even when the search
 * or a filter would hide it. */
static void
on_new_exercise_saved (RegimenWindow         *self,
                       GParamSpec            *pspec,
                       RegimenExerciseEditor *editor)
{
  RegimenExercise *exercise = regimen_exercise_editor_get_exercise (editor);

  if (exercise != NULL)
    regimen_library_view_reveal_exercise (self->library_view, regimen_exercise_get_id (exercise));
}

static void
regimen_window_new_exercise_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  RegimenExerciseEditor *editor = regimen_exercise_editor_new (GTK_WINDOW (self), self->library, NULL);

  g_signal_connect_object (editor, "notify::exercise", G_CALLBACK (on_new_exercise_saved),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static const char *
flap_setting (RegimenWindow *self,
              AdwFlap       *flap)
{
  return flap == self->flap ? "show-library" : "show-check-panel";
}

static void
apply_fold (RegimenWindow *self,
            AdwFlap       *flap)
{
  /* Folded, a panel covers the week: start with it closed, and keep the
   * remembered choice for when the window is wide again. */
  if (adw_flap_get_folded (flap))
    adw_flap_set_reveal_flap (flap, FALSE);
  else
    adw_flap_set_reveal_flap (flap, g_settings_get_boolean (self->settings, flap_setting (self, flap)));
}

static gboolean
apply_folds (gpointer data)
{
  RegimenWindow *self = data;

  self->fold_source = 0;
  apply_fold (self, self->flap);
  apply_fold (self, self->check_flap);

  return G_SOURCE_REMOVE;
}

static void
on_flap_folded_changed (RegimenWindow *self,
                        GParamSpec    *pspec,
                        AdwFlap       *flap)
{
  /* A flap folds while the window is laid out; revealing it there would
   * draw its shadow before it has a place: do it right after. */
  if (self->fold_source == 0)
    self->fold_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, apply_folds, self, NULL);
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static int
natural_width (GtkWidget *widget)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* Whether the check, docked, leaves the library too little room beside
 * the week: the library's flap would fold (AdwFlap folds it when the
 * library and the week do not fit at their natural widths) once the
 * check takes its place at the end. Asked before the layout that would
 * find it; FALSE when the width the panels will share is not known yet
 * (a window to be maximized or made full screen). */
static gboolean
check_leaves_library_no_room (RegimenWindow *self)
{
  GtkWidget *check_separator = adw_flap_get_separator (self->check_flap);
  GtkWidget *library_separator = adw_flap_get_separator (self->flap);
  int width = gtk_widget_get_width (GTK_WIDGET (self->check_flap));
  int height = 0;
  int check_width;
  int inner_width;

  if (width <= 0)
    {
      if (gtk_window_is_maximized (GTK_WINDOW (self)) || gtk_window_is_fullscreen (GTK_WINDOW (self)))
        return FALSE;
      /* Both or neither: GTK 4.8 writes the height unchecked. */
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width <= 0)
        return FALSE;
    }

  /* Docked, the check gets its minimum width: the week, which expands,
   * takes the rest. Too narrow for that, the check folds over the week
   * and goes away itself (apply_folds()): the library stays. */
  check_width = minimum_width (GTK_WIDGET (self->check_panel));
  if (check_separator != NULL)
    check_width += minimum_width (check_separator);
  if (width < check_width + minimum_width (GTK_WIDGET (self->flap)))
    return FALSE;

  inner_width = width - check_width;
  return inner_width < natural_width (GTK_WIDGET (self->library_view))
                       + natural_width (GTK_WIDGET (self->view_stack))
                       + (library_separator != NULL ? natural_width (library_separator) : 0);
}

static void
on_flap_reveal_flap_changed (RegimenWindow *self,
                             GParamSpec    *pspec,
                             AdwFlap       *flap)
{
  if (!adw_flap_get_folded (flap) && !(flap == self->flap && self->library_giving_way) && !self->choosing_panels)
    g_settings_set_boolean (self->settings, flap_setting (self, flap), adw_flap_get_reveal_flap (flap));

  if (flap == self->check_flap && adw_flap_get_reveal_flap (flap) && self->check_panel_stale)
    update_check_panel (self);

  /* The check shown where it leaves the library no room: the library's
   * flap would fold in the next layout, still revealed, and be laid out
   * over the week for it to slide away from. Hidden now, before that
   * layout, it gives way beside the week instead; asked for as the
   * window appears (the start-up bench's --check), the first frame
   * neither lays the library out nor shows it. */
  if (flap == self->check_flap && adw_flap_get_reveal_flap (flap)
      && adw_flap_get_reveal_flap (self->flap) && !adw_flap_get_folded (self->flap)
      && check_leaves_library_no_room (self))
    {
      self->library_giving_way = TRUE;
      adw_flap_set_reveal_flap (self->flap, FALSE);
      self->library_giving_way = FALSE;
    }
}

/* At a width where the library, the seven days and the full check do not
 * all fit, a window starts with the library and the check's summary line:
 * the full check docks beside the week when asked for, in the library's
 * place. */
static void
regimen_window_choose_panels (RegimenWindow *self,
                              int            width)
{
  int check_request = 0;
  int needed;

  if (!adw_flap_get_reveal_flap (self->flap) || !adw_flap_get_reveal_flap (self->check_flap))
    return;

  needed = natural_width (GTK_WIDGET (self->library_view))
           + natural_width (GTK_WIDGET (self->week_view));

  /* The check panel is at least as wide as it asks to be. Where that does
   * not fit, its natural width (a measure of every label and figure it
   * holds, for a panel the first frame will not show) is not asked. */
  gtk_widget_get_size_request (GTK_WIDGET (self->check_panel), &check_request, NULL);
  if (width <= 0)
    return;
  if (width < needed + MAX (check_request, 0))
    {
      adw_flap_set_reveal_flap (self->check_flap, FALSE);
      return;
    }

  /* It will likely dock: its widgets are made for the measure (folded
   * away, the panel makes them when first shown): without them its
   * natural width would be only the width it asks for. */
  regimen_check_panel_build (self->check_panel);
  if (width < needed + natural_width (GTK_WIDGET (self->check_panel)))
    adw_flap_set_reveal_flap (self->check_flap, FALSE);
}

/* The main menu is made when first opened (by click, F10, Enter or Space
 * alike: GtkMenuButton asks here before it pops up), not with the window:
 * its popover and items are widgets the first frame does not show. Its
 * model is the template's, so the Recent section follows the settings
 * from the start. */
static void
on_primary_menu_create_popup (GtkMenuButton *button,
                              gpointer       user_data)
{
  RegimenWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
on_document_notify (RegimenWindow   *self,
                    GParamSpec      *pspec,
                    RegimenDocument *document)
{
  _regimen_window_update_title (self);
}

static void
regimen_window_constructed (GObject *object)
{
  RegimenWindow *self = REGIMEN_WINDOW (object);
  g_autoptr(RegimenDocument) document = NULL;
  GtkApplication *app;

  G_OBJECT_CLASS (regimen_window_parent_class)->constructed (object);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (REGIMEN_IS_APPLICATION (app))
    self->settings = g_object_ref (regimen_application_get_settings (REGIMEN_APPLICATION (app)));
  else
    self->settings = g_settings_new ("io.github.regimen.Regimen");

  /* A key that cannot be written (locked, or a settings folder that
   * cannot be made) only goes unremembered: without NO_SENSITIVITY the
   * binding would make the whole window insensitive. */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_NO_SENSITIVITY);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_NO_SENSITIVITY);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_NO_SENSITIVITY);

  g_signal_connect_object (self->settings, "changed::recent-plans",
                           G_CALLBACK (_regimen_window_update_recent), self,
                           G_CONNECT_SWAPPED);
  _regimen_window_update_recent (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, on_primary_menu_create_popup, self, NULL);

  self->library = g_object_ref (regimen_library_get_default ());
  regimen_library_view_set_library (self->library_view, self->library);
  /* Typing anywhere but in a text field starts a search, as Ctrl+F does.
   * Not the search entry's own key capture: it passes Shift+F10 to the
   * entry, which would open the entry's Cut/Copy/Paste menu. */
  regimen_library_view_capture_typing (self->library_view, GTK_WIDGET (self));
  g_settings_bind (self->settings, "library-width", self->library_view, "sidebar-width",
                   G_SETTINGS_BIND_NO_SENSITIVITY);

  for (guint i = 0; i < 2; i++)
    {
      AdwFlap *flap = i == 0 ? self->flap : self->check_flap;

      adw_flap_set_reveal_flap (flap, g_settings_get_boolean (self->settings, flap_setting (self, flap)));
      /* The width the settings give the window, which the panels are
       * chosen for when it is realized. */
      if (i == 1)
        {
          int height;

          /* Both or neither: GTK 4.8 writes the height unchecked. */
          gtk_window_get_default_size (GTK_WINDOW (self), &self->made_width, &height);
        }
      g_signal_connect_object (flap, "notify::folded",
                               G_CALLBACK (on_flap_folded_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (flap, "notify::reveal-flap",
                               G_CALLBACK (on_flap_reveal_flap_changed), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->week_view, "notify::week",
                           G_CALLBACK (on_week_view_notify_week), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_notify_is_active), NULL);
  g_date_clear (&self->today, 1);
  follow_the_day (self);
  _regimen_window_init_overview (self);
  g_signal_connect_object (self->check_panel, "diagnostic-activated",
                           G_CALLBACK (on_check_panel_diagnostic_activated), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "week-activated",
                           G_CALLBACK (on_check_panel_week_activated), self,
                           G_CONNECT_SWAPPED);

  /* The window follows the document and the plan it shows, whichever
   * they are. */
  self->document_signals = g_signal_group_new (REGIMEN_TYPE_DOCUMENT);
  g_signal_group_connect_object (self->document_signals, "notify",
                                 G_CALLBACK (on_document_notify), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "changed-on-disk",
                                 G_CALLBACK (_regimen_window_on_changed_on_disk), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "unreachable-on-disk",
                                 G_CALLBACK (_regimen_window_on_unreachable_on_disk), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "autosave-failed",
                                 G_CALLBACK (_regimen_window_on_autosave_failed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->document_signals, "autosave-recovered",
                                 G_CALLBACK (_regimen_window_on_autosave_recovered), self, G_CONNECT_SWAPPED);
  self->plan_signals = g_signal_group_new (REGIMEN_TYPE_PLAN);
  g_signal_group_connect_object (self->plan_signals, "changed",
                                 G_CALLBACK (on_plan_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->plan_signals, "notify",
                                 G_CALLBACK (on_plan_notify), self, G_CONNECT_SWAPPED);

  /* A save or an export runs on a worker: the header bar shows it. */
  self->document_bindings = g_binding_group_new ();
  g_binding_group_bind (self->document_bindings, "busy", self->busy_spinner, "visible", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->document_bindings, "busy", self->busy_spinner, "spinning", G_BINDING_SYNC_CREATE);

  document = regimen_document_new (NULL, NULL);
  regimen_window_set_document (self, document);
}

/* The window's icon is for the window manager (its switcher, its dock),
 * not for the first frame: looked up in the icon theme and handed to the
 * display as pictures of each size, it cost every start 8–16 M
 * instructions before that frame (issue 20). The window is mapped
 * without one and names it once that frame is drawn; the default named
 * then is for the windows made after it (dialogs, the exercise editor). */
static gboolean
on_icon_idle (gpointer user_data)
{
  RegimenWindow *self = user_data;

  self->icon_source = 0;
  if (g_strcmp0 (gtk_window_get_default_icon_name (), APPLICATION_ID) != 0)
    gtk_window_set_default_icon_name (APPLICATION_ID);
  /* Realized without it, the window does not take up the default. */
  gtk_window_set_icon_name (GTK_WINDOW (self), APPLICATION_ID);

  return G_SOURCE_REMOVE;
}

static void on_first_frame_painted (RegimenWindow *self,
                                    GdkFrameClock *clock);

static void
stop_waiting_for_first_frame (RegimenWindow *self)
{
  if (self->icon_frame_clock == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->icon_frame_clock, on_first_frame_painted, self);
  g_clear_object (&self->icon_frame_clock);
}

/* Not in the frame's own after-paint: the frame is done, the icon comes
 * after it. */
static void
on_first_frame_painted (RegimenWindow *self,
                        GdkFrameClock *clock)
{
  stop_waiting_for_first_frame (self);
  if (self->icon_source == 0)
    self->icon_source = g_idle_add (on_icon_idle, self);
}

/* Whether the check docks is chosen once, as the window is first realized
 * (before the size it is shown at is computed) or a panel is toggled
 * before that, for the width the settings gave it when it was made; not
 * as it is made. Chosen then, the week was measured before the window had
 * its document, and measured again once it had it: every day asked its
 * width twice before the first frame, 4 M instructions of an empty start
 * and 11 M of one with a 52-week plan, which `regimen PLAN` gives the
 * window made while the plan is read (build_window_while_reading()) only
 * when the read ends (issue 20). Now the widths asked are those of what
 * the window shows, kept for the size computed next and the first
 * layout. The check panel is not filled before the choice (it may fold
 * away); where it docks, it is filled here. */
static void
choose_panels_once (RegimenWindow *self)
{
  if (self->panels_chosen)
    return;

  self->panels_chosen = TRUE;
  self->choosing_panels = TRUE;
  regimen_window_choose_panels (self, self->made_width);
  self->choosing_panels = FALSE;
  if (self->check_panel_stale)
    update_check_panel (self);
}

static void
regimen_window_realize (GtkWidget *widget)
{
  choose_panels_once (REGIMEN_WINDOW (widget));

  GTK_WIDGET_CLASS (regimen_window_parent_class)->realize (widget);
}

static void
regimen_window_map (GtkWidget *widget)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  GTK_WIDGET_CLASS (regimen_window_parent_class)->map (widget);

  if (gtk_window_get_icon_name (GTK_WINDOW (self)) != NULL || self->icon_frame_clock != NULL)
    return;

  self->icon_frame_clock = gtk_widget_get_frame_clock (widget);
  if (self->icon_frame_clock == NULL)
    {
      on_first_frame_painted (self, NULL);
      return;
    }

  g_object_ref (self->icon_frame_clock);
  g_signal_connect_object (self->icon_frame_clock, "after-paint", G_CALLBACK (on_first_frame_painted), self,
                           G_CONNECT_SWAPPED);
}

static void
regimen_window_unmap (GtkWidget *widget)
{
  stop_waiting_for_first_frame (REGIMEN_WINDOW (widget));

  GTK_WIDGET_CLASS (regimen_window_parent_class)->unmap (widget);
}

static void
regimen_window_dispose (GObject *object)
{
  RegimenWindow *self = REGIMEN_WINDOW (object);

  g_clear_handle_id (&self->fold_source, g_source_remove);
  stop_waiting_for_first_frame (self);
  g_clear_handle_id (&self->icon_source, g_source_remove);
  g_clear_weak_pointer (&self->change_question);
  g_clear_weak_pointer (&self->open_error_dialog);
  /* A focus change while the window is taken apart arms no new day. */
  g_signal_handlers_disconnect_by_func (self, on_notify_is_active, NULL);
  g_clear_handle_id (&self->next_day_source, g_source_remove);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->document_signals);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  g_clear_object (&self->plan_signals);
  if (self->document_bindings != NULL)
    g_binding_group_set_source (self->document_bindings, NULL);
  g_clear_object (&self->document_bindings);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  g_clear_weak_pointer (&self->undo_toast);
  g_clear_weak_pointer (&self->autosave_toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_WINDOW);

  G_OBJECT_CLASS (regimen_window_parent_class)->dispose (object);
}

static void
regimen_window_finalize (GObject *object)
{
  RegimenWindow *self = REGIMEN_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_object (&self->plan);
  g_clear_object (&self->checker);
  g_clear_pointer (&self->check_cache, regimen_check_cache_free);
  g_clear_object (&self->document);
  g_clear_object (&self->question_file);
  g_clear_object (&self->acknowledging);

  G_OBJECT_CLASS (regimen_window_parent_class)->finalize (object);
}

static void
regimen_window_class_init (RegimenWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  window_class->close_request = _regimen_window_close_request;
  widget_class->realize = regimen_window_realize;
  widget_class->map = regimen_window_map;
  widget_class->unmap = regimen_window_unmap;
  object_class->constructed = regimen_window_constructed;
  object_class->dispose = regimen_window_dispose;
  object_class->finalize = regimen_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, check_flap);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, check_panel);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, library_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, week_view_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, overview_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, check_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, week_view);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RegimenWindow, plan_overview);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, regimen_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.new-from-template", "s",
                                   regimen_window_new_from_template_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, _regimen_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", _regimen_window_open_recent_action);
  /* Never enabled: it greys out the placeholder of an empty Recent menu. */
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, _regimen_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, _regimen_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, _regimen_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.acknowledge-finding", "s",
                                   _regimen_window_acknowledge_action);
  gtk_widget_class_install_action (widget_class, "win.withdraw-acknowledgement", "s",
                                   _regimen_window_withdraw_acknowledgement_action);
  gtk_widget_class_install_action (widget_class, "win.plan-settings", NULL, regimen_window_plan_settings_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, _regimen_window_print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, _regimen_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", NULL, _regimen_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.log-session", "s", regimen_window_log_session_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, regimen_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, regimen_window_redo_action);
  gtk_widget_class_install_action (widget_class, "win.previous-week", NULL, regimen_window_week_action);
  gtk_widget_class_install_action (widget_class, "win.next-week", NULL, regimen_window_week_action);
  gtk_widget_class_install_action (widget_class, "win.add-week", NULL, regimen_window_edit_week_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-week", NULL, regimen_window_edit_week_action);
  gtk_widget_class_install_action (widget_class, "win.move-week-earlier", NULL, regimen_window_edit_week_action);
  gtk_widget_class_install_action (widget_class, "win.move-week-later", NULL, regimen_window_edit_week_action);
  gtk_widget_class_install_action (widget_class, "win.delete-week", NULL, regimen_window_edit_week_action);
  gtk_widget_class_install_action (widget_class, "win.insert-week-before", NULL,
                                   _regimen_window_insert_week_before_action);
  gtk_widget_class_install_action (widget_class, "win.copy-week-to", NULL, _regimen_window_copy_week_to_action);
  gtk_widget_class_install_action (widget_class, "win.make-lighter-week", NULL,
                                   _regimen_window_make_lighter_week_action);
  gtk_widget_class_install_action (widget_class, "win.new-block", NULL, _regimen_window_new_block_action);
  gtk_widget_class_install_action (widget_class, "win.edit-block", NULL, _regimen_window_edit_block_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-block", NULL, _regimen_window_arrange_block_action);
  gtk_widget_class_install_action (widget_class, "win.move-block-earlier", NULL,
                                   _regimen_window_arrange_block_action);
  gtk_widget_class_install_action (widget_class, "win.move-block-later", NULL,
                                   _regimen_window_arrange_block_action);
  gtk_widget_class_install_action (widget_class, "win.delete-block", NULL, _regimen_window_delete_block_action);
  gtk_widget_class_install_action (widget_class, "win.add-lighter-weeks", NULL,
                                   _regimen_window_add_lighter_weeks_action);
  gtk_widget_class_install_action (widget_class, "win.copy-block-to", NULL, _regimen_window_copy_block_to_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-library", NULL,
                                   regimen_window_toggle_library_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL,
                                   regimen_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-check", NULL,
                                   regimen_window_toggle_check_action);
  gtk_widget_class_install_action (widget_class, "win.add-exercise", "(si)",
                                   regimen_window_add_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.add-exercise-new-session", "(si)",
                                   regimen_window_add_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.add-exercise-to-session", "(sii)",
                                   regimen_window_add_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.add-exercise-to-target", "s",
                                   regimen_window_add_exercise_to_target_action);
  gtk_widget_class_install_action (widget_class, "win.apply-progression", "(sssdduub)",
                                   regimen_window_apply_progression_action);
  gtk_widget_class_install_action (widget_class, "win.undo-toast", "s",
                                   regimen_window_undo_toast_action);
  gtk_widget_class_install_action (widget_class, "win.new-exercise", NULL,
                                   regimen_window_new_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   regimen_window_show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s",
                                   regimen_window_show_exercise_action);

  g_type_ensure (REGIMEN_TYPE_CHECK_PANEL);
  g_type_ensure (REGIMEN_TYPE_LIBRARY_VIEW);
  g_type_ensure (REGIMEN_TYPE_WEEK_VIEW);
  g_type_ensure (REGIMEN_TYPE_PLAN_OVERVIEW);
}

static void
regimen_window_init (RegimenWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not the template's tooltip-text: in GTK 4.8 each tooltip set on a
   * visible widget asks the X server where the pointer is, a round trip
   * at every start (regimen_widget_set_tooltip_when_asked()). */
  regimen_widget_set_tooltip_when_asked (self->library_button, _("Show Library (F9)"));
  regimen_widget_set_tooltip_when_asked (self->open_button, _("Open a Plan (Ctrl+O)"));
  regimen_widget_set_tooltip_when_asked (self->week_view_button, _("Week (Ctrl+Alt+1)"));
  regimen_widget_set_tooltip_when_asked (self->overview_button, _("Plan Overview (Ctrl+Alt+2)"));
  regimen_widget_set_tooltip_when_asked (GTK_WIDGET (self->primary_menu_button), _("Main Menu"));
  regimen_widget_set_tooltip_when_asked (self->check_button, _("Show Plan Check (Ctrl+F9)"));
  regimen_widget_set_tooltip_when_asked (self->save_button, _("Save the Plan (Ctrl+S)"));
  /* The templates' widgets, the views' among them; what the views make
   * later (cards, rows) does the same as it is made. */
  regimen_widget_measure_text_as_drawn (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

RegimenWindow *
regimen_window_new (RegimenApplication *application)
{
  g_return_val_if_fail (REGIMEN_IS_APPLICATION (application), NULL);

  return g_object_new (REGIMEN_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * regimen_window_get_week_view:
 * @self: a #RegimenWindow
 *
 * Returns: (transfer none): the week view in the middle of the window
 */
RegimenWeekView *
regimen_window_get_week_view (RegimenWindow *self)
{
  g_return_val_if_fail (REGIMEN_IS_WINDOW (self), NULL);

  return self->week_view;
}

/**
 * regimen_window_get_plan:
 * @self: a #RegimenWindow
 *
 * Returns: (transfer none): the plan the window edits
 */
RegimenChecker *
regimen_window_get_checker (RegimenWindow *self)
{
  g_return_val_if_fail (REGIMEN_IS_WINDOW (self), NULL);

  return self->checker;
}

RegimenPlan *
regimen_window_get_plan (RegimenWindow *self)
{
  g_return_val_if_fail (REGIMEN_IS_WINDOW (self), NULL);

  return self->plan;
}

/**
 * regimen_window_get_file:
 * @self: a #RegimenWindow
 *
 * Returns: (transfer none) (nullable): where the plan is saved
 */
GFile *
regimen_window_get_file (RegimenWindow *self)
{
  g_return_val_if_fail (REGIMEN_IS_WINDOW (self), NULL);

  return regimen_document_get_file (self->document);
}

/**
 * regimen_window_get_document:
 * @self: a #RegimenWindow
 *
 * Returns: (transfer none): the document the window shows
 */
RegimenDocument *
regimen_window_get_document (RegimenWindow *self)
{
  g_return_val_if_fail (REGIMEN_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * regimen_window_is_pristine:
 * @self: a #RegimenWindow
 *
 * Returns: %TRUE when the window shows a new plan nobody has touched, and
 *   no file chooser is up for it, which an opened plan may replace
 */
gboolean
regimen_window_is_pristine (RegimenWindow *self)
{
  g_return_val_if_fail (REGIMEN_IS_WINDOW (self), FALSE);

  /* A file chooser up (Save As, an export) acts on this plan when it is
   * answered: a plan opened meanwhile in its place was saved or exported
   * in its name. */
  if (self->open_chosen_here)
    return holds_undone_new_plan (self);

  return self->file_chooser == NULL && regimen_document_is_pristine (self->document);
}

/* The window's plan is replaced (reloaded after another program changed
 * its file): the windows open over it that act on the plan must not go
 * on changing the old one, which nothing shows or saves any more. A log
 * form takes its session in @plan, so what was typed is not lost; the
 * plan settings, which show the old plan's values and change it as they
 * are edited, close. */
static void
follow_plan_in_dialogs (RegimenWindow *self,
                        RegimenPlan   *plan)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_autoptr(GPtrArray) closing = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) != GTK_WINDOW (self))
        continue;
      if (REGIMEN_IS_LOG_FORM (window))
        regimen_log_form_set_plan (REGIMEN_LOG_FORM (window), plan);
      else if (REGIMEN_IS_PLAN_SETTINGS (window))
        g_ptr_array_add (closing, g_object_ref (window));
    }

  /* Not while the list is walked: closing changes it. */
  for (guint i = 0; i < closing->len; i++)
    gtk_window_destroy (g_ptr_array_index (closing, i));
}

/**
 * regimen_window_set_document:
 * @self: a #RegimenWindow
 * @document: the document to show
 *
 * Makes the window @document's view. The document shown before goes with
 * its working copy as it is: callers replacing unsaved work forget it
 * first.
 */
void
regimen_window_set_document (RegimenWindow   *self,
                             RegimenDocument *document)
{
  RegimenPlan *plan;

  g_return_if_fail (REGIMEN_IS_WINDOW (self));
  g_return_if_fail (REGIMEN_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_binding_group_set_source (self->document_bindings, document);
  g_signal_group_set_target (self->document_signals, document);
  plan = regimen_document_get_plan (document);
  /* What the last plan's check kept is of no use for another plan. */
  if (plan != self->plan)
    {
      g_clear_pointer (&self->check_cache, regimen_check_cache_free);
      if (self->plan != NULL)
        follow_plan_in_dialogs (self, plan);
    }
  g_set_object (&self->plan, plan);
  g_signal_group_set_target (self->plan_signals, plan);
  self->asked_about_change = FALSE;
  self->file_unreadable = FALSE;

  regimen_week_view_set_plan (self->week_view, plan, self->library);
  regimen_plan_overview_set_plan (self->plan_overview, plan);
  if (regimen_exercise_detail_lookup (GTK_WINDOW (self)) != NULL)
    regimen_exercise_detail_set_plan (regimen_exercise_detail_lookup (GTK_WINDOW (self)), plan);
  _regimen_window_recheck (self);
  _regimen_window_update_title (self);
  _regimen_window_update_actions (self);
}

/**
 * regimen_window_set_plan:
 * @self: a #RegimenWindow
 * @plan: the plan to edit
 * @file: (nullable): where @plan was read from
 *
 * Shows @plan in a new document of its own.
 */
void
regimen_window_set_plan (RegimenWindow *self,
                         RegimenPlan   *plan,
                         GFile         *file)
{
  g_autoptr(RegimenDocument) document = NULL;

  g_return_if_fail (REGIMEN_IS_WINDOW (self));
  g_return_if_fail (REGIMEN_IS_PLAN (plan));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  document = regimen_document_new (plan, file);
  regimen_window_set_document (self, document);
}
