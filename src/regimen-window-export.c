/* regimen-window-export.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Getting a plan out of Regimen: the printed weekly sheet, the same sheet
 * as a PDF, and the sessions as calendar events. */

#define G_LOG_DOMAIN "regimen-window-export"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-print-operation.h"
#include "regimen-sheet.h"
#include "regimen-widget-util.h"
#include "regimen-window-private.h"

typedef enum
{
  EXPORT_PDF,
  EXPORT_ICS,
} ExportKind;

/* The window a print reports to, kept until the print's job has ended,
 * and the application held from the dialog's answer as long: a window
 * closed meanwhile (Ctrl+W straight after Print) still says why the job
 * failed, in a message of the application (_regimen_window_show_error()),
 * where the application ended as GTK was still writing the file and said
 * nothing. Not held while the dialog is open: Regimen ended by a signal
 * then left the dialog alone on screen, its process waiting for it. */
#define PRINT_HOLD_KEY "regimen-print-holds-application"

static void
print_window_release (gpointer  data,
                      GClosure *closure)
{
  g_object_unref (data);
  regimen_release_application ();
}

static void
print_window_unref (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

static void
on_print_begin (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                RegimenWindow     *self)
{
  if (g_object_get_data (G_OBJECT (operation), PRINT_HOLD_KEY) != NULL)
    return;

  regimen_hold_application ();
  g_object_set_data (G_OBJECT (operation), PRINT_HOLD_KEY, GINT_TO_POINTER (TRUE));
}

/* Whether the print writes to a file (“Print to File”). */
static gboolean
names_output_file (GtkPrintOperation *operation)
{
  g_autoptr(GFile) file = regimen_print_dup_output_file (operation);

  return file != NULL;
}

/* Says why the print's job failed, and what is true of the file
 * “Print to File” named. */
static void
say_print_aborted (RegimenWindow     *self,
                   GtkPrintOperation *operation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = regimen_print_dup_output_file (operation);
  g_autofree char *message = NULL;

  gtk_print_operation_get_error (operation, &error);
  if (file != NULL)
    {
      g_autofree char *name = regimen_file_get_display_name (file);
      RegimenPrintOutputChange change = REGIMEN_IS_PRINT_OPERATION (operation)
        ? regimen_print_operation_get_output_change (REGIMEN_PRINT_OPERATION (operation))
        : REGIMEN_PRINT_OUTPUT_UNKNOWN;
      const char *reason = error != NULL ? error->message : _("the printer stopped");

      /* What is true of the file: a print that made none, or left the
       * one there as it was, said it held part of the sheet. */
      if (change == REGIMEN_PRINT_OUTPUT_NONE_MADE)
        /* Translators: %s is the file the print dialog's “Print to File” names; the reason follows */
        message = g_strdup_printf (_("Could not print to “%s”: %s. No file was made."), name, reason);
      else if (change == REGIMEN_PRINT_OUTPUT_UNCHANGED)
        /* Translators: %s is the file the print dialog's “Print to File” names; the reason follows */
        message = g_strdup_printf (_("Could not print to “%s”: %s. The file there is as it was."), name, reason);
      else if (change == REGIMEN_PRINT_OUTPUT_NOT_KEPT)
        /* Translators: %s is the file the print dialog's “Print to File” wrote; the reason follows */
        message = g_strdup_printf (_("Could not print to “%s”: %s. What is in the file is not the whole sheet, "
                                     "and the file there before could not be kept."),
                                   name, reason);
      else if (change == REGIMEN_PRINT_OUTPUT_CHANGED)
        /* Translators: %s is the file the print dialog's “Print to File” wrote; the reason follows */
        message = g_strdup_printf (_("Could not print to “%s”: %s. What is in the file is not the whole sheet."),
                                   name, reason);
      else
        /* Translators: %s is the file the print dialog's “Print to File” names; the reason follows */
        message = g_strdup_printf (_("Could not print to “%s”: %s. The file may hold part of the sheet, or "
                                     "what was there before."),
                                   name, reason);
    }
  else
    message = g_strdup (error != NULL ? error->message : _("Could not print the plan"));
  _regimen_window_show_error (self, _("Could Not Print the Plan"), message);
}

/* The job of a print ends after “done”: GTK's “Print to File” writes the
 * file then, and a write that fails (a full disk) was said nowhere, the
 * file left cut short. The operation is kept until its job has ended. */
static void
on_print_status_changed (GtkPrintOperation *operation,
                         RegimenWindow     *self)
{
  if (!gtk_print_operation_is_finished (operation))
    return;

  if (gtk_print_operation_get_status (operation) == GTK_PRINT_STATUS_FINISHED_ABORTED)
    say_print_aborted (self, operation);

  g_signal_handlers_disconnect_by_func (operation, on_print_status_changed, self);
  g_object_unref (operation);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RegimenWindow           *self)
{
  /* The application's, not the window's: a window closed since Print
   * has none, and the print's settings went unremembered. */
  GApplication *app = g_application_get_default ();
  const GError *refusal = REGIMEN_IS_PRINT_OPERATION (operation)
                          ? regimen_print_operation_get_refusal (REGIMEN_PRINT_OPERATION (operation))
                          : NULL;
  gboolean held = g_object_steal_data (G_OBJECT (operation), PRINT_HOLD_KEY) != NULL;
  gboolean job_goes_on = result == GTK_PRINT_OPERATION_RESULT_APPLY &&
                         !gtk_print_operation_is_finished (operation);

  if (refusal != NULL)
    /* Nothing was printed: “Print to File” named an open plan, or what
     * is not a file to replace (a named pipe, a folder, a link to
     * nothing, a read-only file, a file of Regimen's data folder or of
     * several names), or the sheets would take more pages than Regimen
     * prints, or could not be drawn. Said as an export's refusal is, to
     * stay until read, as the person must print again: a toast of 3 s
     * let a print that printed nothing pass unnoticed. */
    _regimen_window_show_error (self, _("Could Not Print the Plan"), refusal->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR && names_output_file (operation) &&
           gtk_print_operation_get_status (operation) == GTK_PRINT_STATUS_FINISHED_ABORTED)
    /* “Print to File” that GTK failed before “done” (it could not make
     * the file): said as a failure after it is, with what is true of
     * the file, to stay until read. */
    say_print_aborted (self, operation);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      _regimen_window_show_toast (self, error != NULL ? error->message : _("Could not print the plan"));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && REGIMEN_IS_APPLICATION (app))
    {
      /* The next print starts from this one's printer, paper and orientation. */
      regimen_application_set_print_settings (REGIMEN_APPLICATION (app),
                                              gtk_print_operation_get_print_settings (operation));
    }

  if (job_goes_on)
    {
      regimen_hold_application ();
      /* After the operation's own handler, which puts back the file
       * “Print to File” failed to replace. */
      g_signal_connect_data (operation, "status-changed", G_CALLBACK (on_print_status_changed),
                             g_object_ref (self), print_window_release, G_CONNECT_AFTER);
    }

  /* Lets the window go once this handler returns, and the application
   * unless the job goes on. */
  g_signal_handlers_disconnect_by_func (operation, on_print_begin, self);
  g_signal_handlers_disconnect_by_func (operation, on_print_done, self);
  if (held)
    regimen_release_application ();
  if (!job_goes_on)
    g_object_unref (operation);
}

void
_regimen_window_print_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  RegimenPrintOperation *operation;
  g_autoptr(GError) error = NULL;

  _regimen_window_recheck (self);
  operation = regimen_print_operation_new (self->plan, self->library, self->checker,
                                           regimen_week_view_get_week (self->week_view));

  if (REGIMEN_IS_APPLICATION (app) && regimen_application_get_print_settings (REGIMEN_APPLICATION (app)) != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation),
                                            regimen_application_get_print_settings (REGIMEN_APPLICATION (app)));

  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_print_begin), self);
  g_signal_connect_data (operation, "done", G_CALLBACK (on_print_done), g_object_ref (self),
                         print_window_unref, 0);

  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    _regimen_window_show_toast (self, error->message);
}

/* An export is named after the plan's file when it has one (what the
 * person named it when saving), else after its title. */
static char *
export_name (RegimenWindow *self,
             const char    *extension)
{
  const char *title = regimen_plan_get_title (self->plan);
  GFile *file = regimen_document_get_file (self->document);
  g_autofree char *base = NULL;

  if (file != NULL)
    {
      g_autofree char *raw = g_file_get_basename (file);

      /* The chooser's entry takes UTF-8: a file name that is not went to
       * Pango as bytes. */
      base = raw != NULL ? g_filename_display_name (raw) : NULL;
      if (base != NULL && g_str_has_suffix (base, ".regimen.json"))
        base[strlen (base) - strlen (".regimen.json")] = '\0';
      else if (base != NULL && g_str_has_suffix (base, ".json"))
        base[strlen (base) - strlen (".json")] = '\0';
      if (base != NULL && *base != '\0')
        title = base;
    }

  if (title == NULL || *title == '\0')
    title = _("Untitled Plan");

  return regimen_file_suggest_name (title, extension, REGIMEN_FILE_NAME_MAX_BYTES);
}

static void
on_no_start_date_response (AdwMessageDialog *dialog,
                           const char       *response,
                           RegimenWindow    *self)
{
  if (g_str_equal (response, "settings"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.plan-settings", NULL);
}

/* Calendar events need dates: say so before a file is chosen, and where
 * the date is set. */
static gboolean
refuse_calendar_without_start (RegimenWindow *self)
{
  const GDate *start = regimen_plan_get_start_date (self->plan);
  GtkWidget *dialog;

  if (start != NULL && g_date_valid (start))
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Plan Has No Start Date"),
                                   _("Calendar events need dates. Set the Monday the plan starts on "
                                     "in Plan Settings, then export again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "settings", _("Open Plan _Settings"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "settings", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "settings");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_no_start_date_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* A calendar without an event breaks RFC 5545 (regimen_ical_from_plan()
 * refuses it): said before a file is chosen, where the person can see
 * why, rather than after. */
static gboolean
refuse_calendar_without_sessions (RegimenWindow *self)
{
  if (regimen_ical_plan_has_sessions (self->plan))
    return FALSE;

  _regimen_window_show_error (self, _("The Plan Has No Sessions"),
                              _("A calendar file needs at least one event, and each session of the plan "
                                "is one. Add a session to a day, then export again."));
  return TRUE;
}

typedef struct
{
  RegimenWindow *window;
  GFile         *file;
} ExportTask;

static void
export_task_free (ExportTask *task)
{
  g_clear_object (&task->window);
  g_clear_object (&task->file);
  g_free (task);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportTask *task = user_data;
  RegimenWindow *self = task->window;
  g_autoptr(GError) error = NULL;

  if (regimen_document_export_finish (REGIMEN_DOCUMENT (source), result, &error))
    {
      g_autofree char *name = _regimen_window_dup_shown_name (task->file);
      /* Translators: a short notice after exporting, “Exported “plan.pdf”” */
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

      _regimen_window_show_toast (self, message);
    }
  else
    _regimen_window_show_error (self, _("Could Not Export the Plan"), error->message);

  export_task_free (task);
}

static void
export_chosen (RegimenWindow   *self,
               GtkNativeDialog *dialog,
               int              response,
               ExportKind       kind)
{
  g_autoptr(GFile) file = NULL;
  ExportTask *task;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->file_chooser);

  if (file == NULL)
    return;

  task = g_new0 (ExportTask, 1);
  task->window = g_object_ref (self);
  task->file = g_object_ref (file);

  /* Rendered and written on a worker, from the plan as it is now; a
   * failure leaves no file half written and says why. */
  if (kind == EXPORT_PDF)
    regimen_document_export_async (self->document, file, regimen_sheet_render_document,
                                   regimen_sheet_document_options (REGIMEN_PAPER_A4,
                                                                   regimen_preferred_load_unit ()),
                                   NULL, on_exported, task);
  else
    regimen_document_export_async (self->document, file, regimen_document_render_calendar, NULL,
                                   NULL, on_exported, task);
}

static void
on_pdf_export_response (GtkNativeDialog *dialog,
                        int              response,
                        RegimenWindow   *self)
{
  export_chosen (self, dialog, response, EXPORT_PDF);
}

static void
on_ics_export_response (GtkNativeDialog *dialog,
                        int              response,
                        RegimenWindow   *self)
{
  export_chosen (self, dialog, response, EXPORT_ICS);
}

void
_regimen_window_export_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  ExportKind kind = g_str_equal (action_name, "win.export-ics") ? EXPORT_ICS : EXPORT_PDF;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->file_chooser != NULL)
    return;

  /* The start date first: a new plan has neither, and the question about
   * the date offers Plan Settings. */
  if (kind == EXPORT_ICS && refuse_calendar_without_start (self))
    return;
  if (kind == EXPORT_ICS && refuse_calendar_without_sessions (self))
    return;

  chooser = gtk_file_chooser_native_new (kind == EXPORT_PDF ? _("Export Weekly Sheet") : _("Export to Calendar"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"),
                                         _("_Cancel"));

  if (kind == EXPORT_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      name = export_name (self, ".pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Calendar Files"));
      gtk_file_filter_add_mime_type (filter, "text/calendar");
      name = export_name (self, ".ics");
    }

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response",
                           kind == EXPORT_PDF ? G_CALLBACK (on_pdf_export_response)
                                              : G_CALLBACK (on_ics_export_response),
                           self, 0);
  gtk_native_dialog_show (self->file_chooser);
}
