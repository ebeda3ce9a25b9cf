/* regimen-print-operation.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints the weekly sheet through the system print dialog. The layout is
 * src/render's, the same the command line writes to PDF; this only feeds
 * it the page size and a cairo context per page, and adds a “Weeks” tab
 * to choose all weeks or the one on screen. */

#define G_LOG_DOMAIN "regimen-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-print-operation.h"
#include "regimen-sheet.h"
#include "regimen-widget-util.h"

/* Characters of the plan's title kept in the print job's name: CUPS
 * takes 255 bytes of a job's name, and a queue shows far fewer. */
#define JOB_NAME_MAX_CHARS 80

struct _RegimenPrintOperation
{
  GtkPrintOperation  parent_instance;

  /* A copy of the plan given, as it was when the operation was made
   * (NULL when it could not be read back, @copy_error says why). */
  RegimenPlan       *plan;
  GError            *copy_error;
  RegimenLibrary    *library;
  RegimenChecker    *checker;
  RegimenSheet      *sheet;
  GtkCheckButton    *current_week_check;
  guint              current_week;
  gboolean           only_current_week;
  GError            *refusal;   /* why the sheets were not printed */
  /* The file “Print to File” names, as it was when the print began
   * (NULL: there was none, or it could not be looked at), so that a
   * failed print can say what it did to it. */
  GFileInfo         *output_before;
  gboolean           output_known;
  /* A second name of that file while GTK writes over it, to put back
   * when the write fails; or, when none could be given, whether there
   * was a file that is then lost. */
  RegimenFileKept   *output_kept;
  gboolean           output_not_kept;
};

G_DEFINE_FINAL_TYPE (RegimenPrintOperation, regimen_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_LIBRARY,
  PROP_CHECKER,
  PROP_CURRENT_WEEK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * regimen_print_dup_output_file:
 * @operation: a print operation
 *
 * The file GTK's “Print to File” writes the print to: only it names an
 * output file.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL when the print
 *   names none
 */
GFile *
regimen_print_dup_output_file (GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  const char *uri = settings != NULL ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;

  return uri != NULL ? g_file_new_for_uri (uri) : NULL;
}

/* The print dialog's “Print to File” printer is GTK's: it writes the file
 * its settings' output-uri names (a printer has none) once the pages are
 * drawn, with no previous version kept. Known once the dialog is answered,
 * when the print begins; a plan open in a window, or the previous version
 * kept beside one, is refused then, before anything is written. */
static gboolean
check_print_to_file (GtkPrintOperation  *operation,
                     GError            **error)
{
  g_autoptr(GFile) file = regimen_print_dup_output_file (operation);

  if (file == NULL)
    return TRUE;

  return regimen_document_check_print_file (file, error);
}

#define OUTPUT_ATTRIBUTES G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE

/* Notes the output file as it is before GTK writes it: there, with its
 * etag (its time of change) and size, or not there. A file that cannot
 * be looked at (another kind of address) is not known. */
static void
remember_output (RegimenPrintOperation *self)
{
  g_autoptr(GFile) file = regimen_print_dup_output_file (GTK_PRINT_OPERATION (self));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->output_before);
  self->output_known = FALSE;
  self->output_not_kept = FALSE;
  if (file == NULL)
    return;

  self->output_before = g_file_query_info (file, OUTPUT_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, &error);
  self->output_known = self->output_before != NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/**
 * regimen_print_operation_get_output_change:
 * @self: a #RegimenPrintOperation whose print ended
 *
 * What the print did to the file “Print to File” named, compared with
 * the file as it was when the print began: a failed print said “What is
 * in the file is not the whole sheet.” also when GTK made no file, or
 * left the one there as it was.
 *
 * Returns: the change, %REGIMEN_PRINT_OUTPUT_UNKNOWN when the file could
 *   not be looked at (or the print names none)
 */
RegimenPrintOutputChange
regimen_print_operation_get_output_change (RegimenPrintOperation *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) after = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (REGIMEN_IS_PRINT_OPERATION (self), REGIMEN_PRINT_OUTPUT_UNKNOWN);

  file = regimen_print_dup_output_file (GTK_PRINT_OPERATION (self));
  if (file == NULL || !self->output_known)
    return REGIMEN_PRINT_OUTPUT_UNKNOWN;

  after = g_file_query_info (file, OUTPUT_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (after == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return self->output_before == NULL ? REGIMEN_PRINT_OUTPUT_NONE_MADE : REGIMEN_PRINT_OUTPUT_CHANGED;
  if (after == NULL)
    return REGIMEN_PRINT_OUTPUT_UNKNOWN;
  if (self->output_before != NULL &&
      g_strcmp0 (g_file_info_get_etag (after), g_file_info_get_etag (self->output_before)) == 0 &&
      g_file_info_get_size (after) == g_file_info_get_size (self->output_before))
    return REGIMEN_PRINT_OUTPUT_UNCHANGED;

  return self->output_not_kept ? REGIMEN_PRINT_OUTPUT_NOT_KEPT : REGIMEN_PRINT_OUTPUT_CHANGED;
}

static void
regimen_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);

  g_clear_error (&self->refusal);
  if (self->plan == NULL)
    {
      self->refusal = g_error_copy (self->copy_error);
      gtk_print_operation_cancel (operation);
      return;
    }

  if (!check_print_to_file (operation, &self->refusal))
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  remember_output (self);

  g_clear_object (&self->sheet);
  self->sheet = regimen_sheet_new (self->plan, self->library, self->checker, REGIMEN_PAPER_A4);
  regimen_sheet_set_load_unit (self->sheet, regimen_preferred_load_unit ());
  regimen_sheet_set_week (self->sheet, self->only_current_week ? (int) self->current_week : -1);
}

/* Lays the sheet out a week at a time, GTK calling again until it is
 * done with the window's main loop turning between: a plan of a year of
 * full days took the window 21 s in begin-print, answering nothing (issue
 * 20). The same page limits as the PDF export and the command line: a
 * plan beyond them is not drawn, the window says why. */
static gboolean
on_paginate (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  gboolean done = FALSE;

  if (self->refusal != NULL || self->sheet == NULL)
    return FALSE;

  if (!regimen_sheet_paginate (self->sheet, width, height, &done, &self->refusal))
    {
      gtk_print_operation_cancel (operation);
      return FALSE;
    }

  if (done)
    gtk_print_operation_set_n_pages (operation, regimen_sheet_get_n_pages (self->sheet, width, height));

  return done;
}

static void
regimen_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (self->refusal != NULL)
    return;

  regimen_sheet_draw_page (self->sheet,
                           cr,
                           page,
                           gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context));

  /* A page cairo could not draw (memory run out) is not printed blank,
   * nor the pages after it: the print stops, and the window says why,
   * as for a plan too large to print. */
  if (!regimen_sheet_check_drawn (self->sheet, cr, &self->refusal))
    gtk_print_operation_cancel (operation);
}

/* The local file “Print to File” names, or NULL. */
static char *
dup_output_path (GtkPrintOperation *operation)
{
  g_autoptr(GFile) file = regimen_print_dup_output_file (operation);

  return file != NULL ? g_file_get_path (file) : NULL;
}

/* GTK's “Print to File” opens its file with GLib's replace once the pages
 * are drawn, between “end-print” and “done”, and writes it after that.
 * GLib writes a file reached through a symbolic link in place, emptying
 * it as it opens it: such a file is kept now, as a copy, before it is
 * opened. Another is kept at “done” (regimen_print_operation_done()). */
static void
regimen_print_operation_end_print (GtkPrintOperation *operation,
                                   GtkPrintContext   *context)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);
  g_autofree char *path = dup_output_path (operation);

  g_clear_pointer (&self->output_kept, regimen_file_kept_free);
  if (self->refusal == NULL && path != NULL && g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    self->output_kept = regimen_file_keep (path);
}

/* GLib's replace renames what it wrote over the file even when a write
 * failed (a full disk): the file printed there before is kept until the
 * job has ended, under a second name given once GLib has opened it (a
 * file of two names GLib writes in place), or as a copy where the disk
 * makes no hard links (FAT). */
static void
regimen_print_operation_done (GtkPrintOperation       *operation,
                              GtkPrintOperationResult  result)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);
  g_autofree char *path = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_APPLY || gtk_print_operation_is_finished (operation))
    g_clear_pointer (&self->output_kept, regimen_file_kept_free);
  else
    {
      path = dup_output_path (operation);
      /* One reached through a link was kept, if it could be, at
       * end-print: GLib has emptied it since. */
      if (self->output_kept == NULL && path != NULL && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        self->output_kept = regimen_file_keep (path);
      /* None could be given (a file larger than any sheet, reached
       * through a link; link() failing otherwise than on a disk without
       * hard links, a full or failing one): a failed print says that
       * what was there is lost, which GTK's “Replace?” did not. */
      self->output_not_kept = self->output_kept == NULL && self->output_before != NULL;
    }

  /* GTK's own lets the print context go. */
  GTK_PRINT_OPERATION_CLASS (regimen_print_operation_parent_class)->done (operation, result);
}

/* Runs before the handlers connected after it (the window's, which says
 * what is true of the file). */
static void
regimen_print_operation_status_changed (GtkPrintOperation *operation)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);

  if (self->output_kept == NULL || !gtk_print_operation_is_finished (operation))
    return;

  if (gtk_print_operation_get_status (operation) == GTK_PRINT_STATUS_FINISHED_ABORTED)
    regimen_file_kept_put_back (self->output_kept);
  g_clear_pointer (&self->output_kept, regimen_file_kept_free);
}

static GtkWidget *
regimen_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *all = gtk_check_button_new_with_mnemonic (_("_All weeks of the plan"));
  GtkWidget *current;
  g_autofree char *label = NULL;

  /* Translators: print only the week shown in the window, “Only week 3” */
  label = g_strdup_printf (_("Only _week %u, the one on screen"), self->current_week + 1);
  current = gtk_check_button_new_with_mnemonic (label);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (current), GTK_CHECK_BUTTON (all));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->only_current_week ? current : all), TRUE);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (box), all);
  gtk_box_append (GTK_BOX (box), current);

  self->current_week_check = GTK_CHECK_BUTTON (current);

  return box;
}

static void
regimen_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                             GtkWidget         *widget)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (operation);

  self->only_current_week = gtk_check_button_get_active (self->current_week_check);
}

static void
regimen_print_operation_dispose (GObject *object)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_clear_object (&self->checker);
  g_clear_object (&self->sheet);
  g_clear_error (&self->refusal);
  g_clear_error (&self->copy_error);
  g_clear_object (&self->output_before);
  g_clear_pointer (&self->output_kept, regimen_file_kept_free);

  G_OBJECT_CLASS (regimen_print_operation_parent_class)->dispose (object);
}

static void
regimen_print_operation_constructed (GObject *object)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (object);
  const char *title = regimen_plan_get_title (self->plan);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *job_name = NULL;

  G_OBJECT_CLASS (regimen_print_operation_parent_class)->constructed (object);

  /* The job's name goes to the print dialog, the printing system's queue
   * and the printer's own display and log: the plan's title on one line,
   * as the window's other texts show it, its control characters and line
   * breaks as spaces and its bidirectional controls left out (a title
   * “Plan\n\u202E…” reached them raw), cut to a length a queue shows. */
  if (title != NULL)
    job_name = g_strstrip (regimen_text_one_line (title, JOB_NAME_MAX_CHARS));
  if (job_name == NULL || *job_name == '\0')
    {
      g_free (job_name);
      job_name = g_strdup (_("Untitled Plan"));
    }

  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);

  /* The pages are drawn in idles once the dialog has closed, while the
   * window takes edits: weeks deleted between two pages were drawn from
   * a layout made for the plan before (other weeks under a page's title,
   * empty pages). What prints is the plan as it was when Print was
   * chosen, read back as a save reads it, beside the check of that
   * moment (a check never changes). */
  bytes = regimen_plan_to_bytes (self->plan);
  g_clear_object (&self->plan);
  self->plan = regimen_plan_load_from_bytes (bytes, &self->copy_error);
}

static void
regimen_print_operation_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_CHECKER:
      g_value_set_object (value, self->checker);
      break;

    case PROP_CURRENT_WEEK:
      g_value_set_uint (value, self->current_week);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_print_operation_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RegimenPrintOperation *self = REGIMEN_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_CHECKER:
      self->checker = g_value_dup_object (value);
      break;

    case PROP_CURRENT_WEEK:
      self->current_week = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_print_operation_class_init (RegimenPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = regimen_print_operation_constructed;
  object_class->get_property = regimen_print_operation_get_property;
  object_class->set_property = regimen_print_operation_set_property;
  object_class->dispose = regimen_print_operation_dispose;

  /* The plan to print, copied as it is when the operation is made. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Names the exercises and draws their figures; NULL: the default library. */
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         REGIMEN_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The check the sheet reports; NULL: a fresh check of the plan. */
  properties[PROP_CHECKER] =
    g_param_spec_object ("checker", NULL, NULL,
                         REGIMEN_TYPE_CHECKER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The week on screen, which the “Weeks” tab offers to print alone. */
  properties[PROP_CURRENT_WEEK] =
    g_param_spec_uint ("current-week", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  operation_class->begin_print = regimen_print_operation_begin_print;
  operation_class->draw_page = regimen_print_operation_draw_page;
  operation_class->end_print = regimen_print_operation_end_print;
  operation_class->done = regimen_print_operation_done;
  operation_class->status_changed = regimen_print_operation_status_changed;
  operation_class->create_custom_widget = regimen_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = regimen_print_operation_custom_widget_apply;
}

static void
regimen_print_operation_init (RegimenPrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  /* The sheet is laid out for landscape: seven days side by side. */
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  /* Translators: the name of the custom tab of the print dialog */
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("Weeks"));
  /* A handler of its own: GTK asks to paginate an operation that
   * handles the signal, the main loop turning between two asks. */
  g_signal_connect (self, "paginate", G_CALLBACK (on_paginate), NULL);
}

RegimenPrintOperation *
regimen_print_operation_new (RegimenPlan    *plan,
                             RegimenLibrary *library,
                             RegimenChecker *checker,
                             guint           current_week)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (checker == NULL || REGIMEN_IS_CHECKER (checker), NULL);

  return g_object_new (REGIMEN_TYPE_PRINT_OPERATION,
                       "plan", plan,
                       "library", library,
                       "checker", checker,
                       "current-week", current_week,
                       NULL);
}

/**
 * regimen_print_operation_get_plan:
 * @self: a print operation
 *
 * Returns: (transfer none) (nullable): what is printed, a copy of the
 *   plan the operation was made with as it was then; %NULL when the copy
 *   could not be read back, and printing is refused
 */
RegimenPlan *
regimen_print_operation_get_plan (RegimenPrintOperation *self)
{
  g_return_val_if_fail (REGIMEN_IS_PRINT_OPERATION (self), NULL);

  return self->plan;
}

RegimenLibrary *
regimen_print_operation_get_library (RegimenPrintOperation *self)
{
  g_return_val_if_fail (REGIMEN_IS_PRINT_OPERATION (self), NULL);

  return self->library;
}

RegimenChecker *
regimen_print_operation_get_checker (RegimenPrintOperation *self)
{
  g_return_val_if_fail (REGIMEN_IS_PRINT_OPERATION (self), NULL);

  return self->checker;
}

guint
regimen_print_operation_get_current_week (RegimenPrintOperation *self)
{
  g_return_val_if_fail (REGIMEN_IS_PRINT_OPERATION (self), 0);

  return self->current_week;
}

/**
 * regimen_print_operation_get_refusal:
 *
 * Returns: (nullable): why the last run printed nothing (the sheets would
 *   take too many pages, or “Print to File” named an open plan), or %NULL
 */
const GError *
regimen_print_operation_get_refusal (RegimenPrintOperation *self)
{
  g_return_val_if_fail (REGIMEN_IS_PRINT_OPERATION (self), NULL);

  return self->refusal;
}
