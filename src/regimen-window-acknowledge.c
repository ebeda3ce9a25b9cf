/* regimen-window-acknowledge.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Accepting a finding of the plan check with a reason, and taking that
 * back: the check panel's row buttons activate these actions with the
 * finding's key; the plan keeps the acknowledgement (an undoable edit). */

#define G_LOG_DOMAIN "regimen-window-acknowledge"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-window-private.h"

static RegimenDiagnostic *
find_finding (RegimenWindow *self,
              const char    *key)
{
  GListModel *diagnostics;

  if (self->checker == NULL)
    return NULL;

  diagnostics = regimen_checker_get_diagnostics (self->checker);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (g_strcmp0 (regimen_diagnostic_get_key (diagnostic), key) == 0)
        return g_steal_pointer (&diagnostic);
    }

  return NULL;
}

static void
on_reason_changed (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  /* A reason that shows nothing (a pasted zero-width or no-break space,
   * which g_strstrip() leaves) is none: the plan refuses it. */
  adw_message_dialog_set_response_enabled (dialog, "acknowledge",
                                           regimen_text_shows_something (gtk_editable_get_text (entry)));
}

static void
on_reason_activate (GtkEntry         *entry,
                    AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "acknowledge"))
    adw_message_dialog_response (dialog, "acknowledge");
}

static void
on_acknowledge_response (AdwMessageDialog *dialog,
                         const char       *response,
                         RegimenWindow    *self)
{
  g_autoptr(RegimenDiagnostic) diagnostic = g_steal_pointer (&self->acknowledging);
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  /* The finding is one of the plan the question was asked over: another
   * one, reloaded meanwhile, is not acknowledged with its reason. */
  if (!g_str_equal (response, "acknowledge") || diagnostic == NULL
      || !_regimen_window_answers_plan (self, dialog))
    return;

  if (regimen_plan_acknowledge (self->plan, diagnostic, gtk_editable_get_text (entry)))
    /* Translators: a toast after the planner accepted a finding of the check */
    _regimen_window_show_toast (self, _("Finding acknowledged"));
}

/* win.acknowledge-finding (s): asks why the finding is acceptable. */
void
_regimen_window_acknowledge_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(RegimenDiagnostic) diagnostic = find_finding (self, g_variant_get_string (parameter, NULL));
  g_autofree char *finding = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (diagnostic == NULL)
    return;

  /* On one line and cut in the middle, as the window's error dialogs say
   * a message: it may quote a session title of thousands of lines. */
  finding = regimen_text_one_line_middle (regimen_diagnostic_get_message (diagnostic), 400);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Acknowledge This Finding?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nSay why it is right for this plan. The reason is saved in the "
                                    "plan and printed on the sheet; if the finding changes, it counts again."),
                                  finding);

  entry = gtk_entry_new ();
  gtk_entry_set_max_length (GTK_ENTRY (entry), REGIMEN_ACKNOWLEDGEMENT_REASON_MAX);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("e.g. test week agreed with the coach"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "acknowledge", _("_Acknowledge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "acknowledge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "acknowledge", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "acknowledge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_set_object (&self->acknowledging, diagnostic);
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_reason_activate), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_acknowledge_response), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* win.withdraw-acknowledgement (s): the finding counts again. */
void
_regimen_window_withdraw_acknowledgement_action (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  regimen_plan_withdraw_acknowledgement (self->plan, g_variant_get_string (parameter, NULL));
}
