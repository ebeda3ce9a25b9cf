/* regimen-window-autosave.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Nothing a person typed is lost: shortly after each change the document
 * writes the plan to a working copy (src/core/regimen-document.c), which a
 * save or a deliberate discard removes; closing with unsaved changes, or
 * with a log typed into a form of the window and not saved, asks first. */

#define G_LOG_DOMAIN "regimen-window-autosave"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-core.h"
#include "regimen-log-form.h"
#include "regimen-toast.h"
#include "regimen-window-private.h"

/* The most characters of the reason the details dialog shows: a whole
 * message with its two folders' paths, never a file's worth. */
#define MAX_AUTOSAVE_DETAILS_CHARS 8192

static void
on_autosave_details_clicked (AdwToast      *toast,
                             RegimenWindow *self)
{
  const char *message = g_object_get_data (G_OBJECT (toast), "regimen-autosave-message");
  g_autofree char *line = regimen_text_one_line_middle (message, MAX_AUTOSAVE_DETAILS_CHARS);
  GtkWidget *dialog;

  /* Translators: the heading of the dialog that says why the working copy cannot be written */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Unsaved Changes Not Kept Safe"), line);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The working copy could not be written, e.g. on a full disk: said once,
 * while the document tries again (src/core/regimen-document.c). A toast
 * is short, and cut the reason at its 160 characters, mid-word (the data
 * folder's, which says what to do, is twice that): it says what happened,
 * and its Details button shows the whole reason. */
void
_regimen_window_on_autosave_failed (RegimenWindow   *self,
                                    const char      *message,
                                    RegimenDocument *document)
{
  /* Translators: a notice when the working copy cannot be written, e.g. on a full disk */
  AdwToast *toast = adw_toast_new (_("Unsaved changes could not be kept safe"));

  /* Translators: the button of the notice that the working copy cannot be written */
  adw_toast_set_button_label (toast, _("_Details"));
  /* Time to reach its button, as the undo toast gives. */
  adw_toast_set_timeout (toast, 5);
  g_object_set_data_full (G_OBJECT (toast), "regimen-autosave-message", g_strdup (message), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_autosave_details_clicked), self, 0);
  regimen_toast_add (GTK_WIDGET (self->toast_overlay), toast);
  g_set_weak_pointer (&self->autosave_toast, toast);
}

/* A working copy was written after a failure: the warning, if still up,
 * goes, and the window says once that the changes are safe. */
void
_regimen_window_on_autosave_recovered (RegimenWindow   *self,
                                       RegimenDocument *document)
{
  AdwToast *toast = self->autosave_toast;

  if (toast != NULL)
    {
      g_clear_weak_pointer (&self->autosave_toast);
      adw_toast_dismiss (toast);
    }

  /* Translators: a notice when the working copy is written again after a failure */
  _regimen_window_show_toast (self, _("Unsaved changes are kept safe again"));
}

/* The first visible log form of @parent that holds what was typed and
 * not saved; or NULL. */
static GtkWindow *
find_typed_log_form (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!REGIMEN_IS_LOG_FORM (window) || gtk_window_get_transient_for (window) != parent ||
          !gtk_widget_get_visible (GTK_WIDGET (window)) ||
          !regimen_log_form_get_modified (REGIMEN_LOG_FORM (window)))
        continue;

      /* The list keeps its reference: the pointer stays good. */
      return window;
    }

  return NULL;
}

/* A log form of the window holds sets typed and not saved: the window
 * stays open, and the form asks whether to discard them, as its own
 * Cancel does; Discard there closes the window again. */
static gboolean
ask_about_typed_log (RegimenWindow *self)
{
  GtkWindow *form = find_typed_log_form (GTK_WINDOW (self));

  if (form == NULL)
    return FALSE;

  gtk_window_present (form);
  regimen_log_form_close_before_parent (REGIMEN_LOG_FORM (form));

  return TRUE;
}

/* Discards the plan's changes and closes the window, @dialog's answer. */
static void
discard_and_close (RegimenWindow    *self,
                   AdwMessageDialog *dialog)
{
  /* A log typed into a form of the window while this was asked is
   * asked about first; its Discard closes again, which asks again. */
  if (ask_about_typed_log (self))
    return;
  regimen_document_discard (self->document);
  /* The dialog lives until its response is over: it must not point
   * to a window that is gone by then. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_close_gone_response (AdwMessageDialog *dialog,
                        const char       *response,
                        RegimenWindow    *self)
{
  if (!_regimen_window_answers_plan (self, dialog))
    return;

  if (g_str_equal (response, "discard"))
    discard_and_close (self, dialog);
  else if (g_str_equal (response, "save-as"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
    }
}

/* Whether the file the plan was read from or saved to is gone from its
 * local path now: discarding then loses the whole plan, its working
 * copy with it. A file named and never written yet (a plan handed over
 * with its name) is not gone. One stat() of a path, when Discard was
 * chosen. */
static gboolean
file_is_gone (RegimenWindow *self)
{
  GFile *file = regimen_document_get_file (self->document);
  const char *path = file != NULL ? g_file_peek_path (file) : NULL;

  return path != NULL && regimen_document_get_file_id (self->document) != NULL &&
         !g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Discard was chosen of changes to a plan whose file another program
 * deleted or moved, maybe while “Save Changes?” was up (an “Is Gone”
 * answered on top of it): it said that discarded changes cannot be
 * brought back, and the whole plan went, no file and no working copy
 * left. Asked again, saying so. */
static void
ask_discard_gone (RegimenWindow *self)
{
  GFile *file = regimen_document_get_file (self->document);
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: the plan's file was deleted or moved by another program */
  heading = g_strdup_printf (_("“%s” Is Gone"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Another program deleted or moved the plan’s file. Discarding now loses "
                                     "the whole plan, not only its unsaved changes."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save-as", _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_gone_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_close_dialog_response (AdwMessageDialog *dialog,
                          const char       *response,
                          RegimenWindow    *self)
{
  /* The changes asked about were the plan's shown then: when another one
   * replaced it meanwhile (the file reloaded), neither is discarded or
   * saved in their name, and the window stays open. */
  if (!_regimen_window_answers_plan (self, dialog))
    return;

  if (g_str_equal (response, "discard") && file_is_gone (self))
    {
      /* A typed log first, as for any Discard. */
      if (!ask_about_typed_log (self))
        ask_discard_gone (self);
    }
  else if (g_str_equal (response, "discard"))
    discard_and_close (self, dialog);
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

gboolean
_regimen_window_close_request (GtkWindow *window)
{
  RegimenWindow *self = REGIMEN_WINDOW (window);
  const char *title;
  g_autofree char *line = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* A typed log first: kept, it goes into the plan, whose changes the
   * next question is about. */
  if (ask_about_typed_log (self))
    return TRUE;

  if (!regimen_document_get_modified (self->document))
    {
      regimen_document_forget_autosave (self->document);
      return FALSE;
    }

  /* Until the person answers, the working copy is current. */
  regimen_document_autosave_now (self->document);

  title = regimen_plan_get_title (self->plan);
  if (title == NULL || *title == '\0')
    title = _("Untitled Plan");
  /* On one line and cut short, as the restore offer names plans: a title
   * of thousands of lines would push Save and Discard off the screen. */
  line = regimen_text_one_line (title, 80);

  /* Translators: the heading when closing a window with unsaved changes */
  heading = g_strdup_printf (_("Save Changes to “%s”?"), line);
  dialog = adw_message_dialog_new (window, heading,
                                   _("The plan has changes that are not saved yet. "
                                     "Discarded changes cannot be brought back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}
