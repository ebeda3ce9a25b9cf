/* regimen-window-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-check-panel.h"
#include "regimen-library-view.h"
#include "regimen-plan-overview.h"
#include "regimen-window.h"

G_BEGIN_DECLS

struct _RegimenWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkSpinner           *busy_spinner;
  AdwFlap              *flap;
  AdwFlap              *check_flap;
  RegimenLibraryView   *library_view;
  RegimenWeekView      *week_view;
  GtkStack             *view_stack;
  RegimenPlanOverview  *plan_overview;
  RegimenCheckPanel    *check_panel;
  GMenu                *recent_section;
  GtkMenuButton        *primary_menu_button;
  /* The header bar's buttons, for their tooltips. */
  GtkWidget            *library_button;
  GtkWidget            *open_button;
  GtkWidget            *week_view_button;
  GtkWidget            *overview_button;
  GtkWidget            *check_button;
  GtkWidget            *save_button;
  GMenuModel           *primary_menu;

  GSettings            *settings;
  RegimenLibrary       *library;
  /* The plan, its file, its working copy and its save state. */
  RegimenDocument      *document;
  /* The document's properties that widgets show as they are, and the
   * document's signals the window follows. */
  GBindingGroup        *document_bindings;
  GSignalGroup         *document_signals;
  /* The document's plan, the one the views show, and its signals. */
  RegimenPlan          *plan;
  GSignalGroup         *plan_signals;
  RegimenChecker       *checker;
  /* What the last check of the plan kept, so the next one after an edit
   * checks again only what the edit can change. */
  RegimenCheckCache    *check_cache;
  GtkNativeDialog      *file_chooser;

  /* Applies the panels' shown state once a fold has changed. */
  guint                 fold_source;
  /* Ends at the next local midnight, when past days say whether they
   * were logged and the check's weeks that are over change. */
  guint                 next_day_source;
  /* The window's icon, named once its first frame is drawn. */
  GdkFrameClock        *icon_frame_clock;
  guint                 icon_source;
  GDate                 today;
  /* The check panel shows an older check: it is brought up to date when
   * it is next revealed, not while it is hidden. */
  gboolean              check_panel_stale;
  /* The library is being hidden to make room for the check: the person's
   * choice to show it is kept for when there is room again. */
  gboolean              library_giving_way;
  /* Whether the check docks or gives way to the library is chosen once,
   * as the window is first realized (choose_panels_once()), for the width
   * the settings gave it when it was made; while it is, the choice is not
   * the person's and is not remembered. */
  gboolean              panels_chosen;
  gboolean              choosing_panels;
  int                   made_width;
  /* The file a question before saving (read-only file, errors in the
   * plan) is about; NULL when it is still to be chosen. */
  GFile                *question_file;
  /* How the save that raised the question wrote: the answer adds to
   * them, so a file both read-only and changed on disk can be saved over
   * once both are agreed to. */
  RegimenFileWriteFlags question_flags;
  /* The finding the acknowledge question is about. */
  RegimenDiagnostic    *acknowledging;
  /* Close once the save under way has succeeded. */
  gboolean              close_after_save;
  /* The dialog about a change on disk is up. */
  gboolean              asked_about_change;
  /* The file monitor's question about it, while it is up (a weak
   * pointer). */
  GtkWindow            *change_question;
  /* The dialog saying which plans could not be opened, while it is up
   * (a weak pointer): another that cannot be opened is added to it. */
  AdwMessageDialog     *open_error_dialog;
  /* The toast offering to undo a delete, while it is up (a weak
   * pointer): it goes when anything else changes the plan. */
  AdwToast             *undo_toast;
  /* The toast saying the working copy could not be written, while it
   * is up (a weak pointer): it goes once a write succeeds again. */
  AdwToast             *autosave_toast;
  /* The question of a save that found its file changed on disk is up:
   * the saves that waited behind that one found the same change. */
  gboolean              asking_save_over_change;
  /* Reloading the plan's file failed (another program left it broken),
   * and the window has neither read a plan nor saved since: a save's
   * question about that change does not offer to reload it again. The
   * file monitor's report is no sign the file reads now: it may be a
   * late one of the very write that broke it. */
  gboolean              file_unreadable;
  /* A plan opened as asked in this window is being shown: a new plan
   * whose edits were all undone here is replaced, as an untouched one. */
  gboolean              open_chosen_here;
};

/* Shared by the files the window is split over; each is defined in the
 * file named above it. */

/* regimen-window.c */
void     _regimen_window_update_title       (RegimenWindow   *self);
void     _regimen_window_recheck            (RegimenWindow   *self);
void     _regimen_window_update_actions     (RegimenWindow   *self);
AdwToast *_regimen_window_show_toast        (RegimenWindow   *self,
                                             const char      *message);
AdwMessageDialog *_regimen_window_show_error (RegimenWindow   *self,
                                             const char      *heading,
                                             const char      *body);
void     _regimen_window_ask_about_plan     (RegimenWindow    *self,
                                             AdwMessageDialog *dialog);
gboolean _regimen_window_answers_plan       (RegimenWindow    *self,
                                             AdwMessageDialog *dialog);

/* regimen-window-files.c */
void     _regimen_window_open_action        (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);
void     _regimen_window_open_recent_action (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);
void     _regimen_window_save_action        (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);
void     _regimen_window_save_as_action     (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);
void     _regimen_window_remember_file      (RegimenWindow   *self,
                                             GFile           *file);
void     _regimen_window_update_recent      (RegimenWindow   *self);
void     _regimen_window_on_changed_on_disk (RegimenWindow   *self,
                                             gboolean         gone,
                                             RegimenDocument *document);
void     _regimen_window_on_unreachable_on_disk (RegimenWindow   *self,
                                                 const GError    *error,
                                                 RegimenDocument *document);
char    *_regimen_window_dup_shown_name     (GFile           *file);

/* regimen-window-export.c */
void     _regimen_window_print_action       (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);
void     _regimen_window_export_action      (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);

/* regimen-window-acknowledge.c */
void     _regimen_window_acknowledge_action (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);
void     _regimen_window_withdraw_acknowledgement_action
                                            (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);

/* regimen-window-blocks.c */
void     _regimen_window_make_lighter_week_action  (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_add_lighter_weeks_action  (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_copy_week_to_action       (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_copy_block_to_action      (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_new_block_action          (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_edit_block_action         (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_arrange_block_action      (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_delete_block_action       (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_insert_week_before_action (GtkWidget  *widget,
                                                    const char *action_name,
                                                    GVariant   *parameter);
void     _regimen_window_update_block_actions      (RegimenWindow *self);
void     _regimen_window_delete_week               (RegimenWindow *self);

/* regimen-window-autosave.c */
void     _regimen_window_on_autosave_failed    (RegimenWindow   *self,
                                                const char      *message,
                                                RegimenDocument *document);
void     _regimen_window_on_autosave_recovered (RegimenWindow   *self,
                                                RegimenDocument *document);
gboolean _regimen_window_close_request      (GtkWindow       *window);

/* regimen-window-overview.c */
void     _regimen_window_init_overview      (RegimenWindow   *self);

G_END_DECLS
