/* regimen-window-files.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening and saving plans as a person does it: the file chooser, the
 * dialogs that say what went wrong or ask what to do, the recent plans.
 * The reading, writing and watching is the document's
 * (src/core/regimen-document.c), off the main thread. A failure never
 * touches the plan on screen or the file on disk. */

#define G_LOG_DOMAIN "regimen-window-files"

#include "config.h"

#include <errno.h>
#include <sys/stat.h>

#include <glib/gi18n.h>

#include "regimen-window-private.h"
#include "regimen-widget-util.h"

#define PLAN_SUFFIX ".regimen.json"

typedef struct
{
  RegimenWindow *window;
  GFile         *file;
  /* Replace the window's plan even if somebody is working on it. */
  gboolean       replace;
  /* A file that is gone is no news (the plan of last time). */
  gboolean       quiet_if_missing;
  /* How a save wrote. */
  RegimenFileWriteFlags flags;
  /* Open chosen in this window (the chooser, Open Recent). */
  gboolean       chosen_here;
} FileTask;

static void
file_task_free (FileTask *task)
{
  g_clear_object (&task->window);
  g_clear_object (&task->file);
  g_free (task);
}

static FileTask *
file_task_new (RegimenWindow *window,
               GFile         *file)
{
  FileTask *task = g_new0 (FileTask, 1);

  task->window = g_object_ref (window);
  task->file = g_object_ref (file);

  return task;
}

/* The file's name as GLib shows a file name, without asking the disk. */
static char *
file_display_name (GFile *file)
{
  return regimen_file_dup_display_name (file);
}

/* @text with each character that is not ASCII, or not seen, written as
 * its code point: two names that look alike, one written with “é” and
 * one with “e” and a combining accent, differ in it. */
static char *
spelt_out (const char *text)
{
  return regimen_text_spell (text, TRUE);
}

/* @text with the characters that show as nothing or as a space written
 * as their code points, “week[U+0009]1”: on the menu's one line a tab or
 * a line break in a name was a space, and two names that differ in it
 * alike. */
static char *
with_unseen_spelt (const char *text)
{
  return regimen_text_spell (text, FALSE);
}

/* @text, a file's name or a folder's path, as Regimen's own texts quote
 * it (regimen_text_dup_shown()). */
static char *
shown_text (const char *text)
{
  return regimen_text_dup_shown (text);
}

/**
 * _regimen_window_dup_shown_name:
 * @file: a file
 *
 * Returns: (transfer full): @file's name as the window's dialogs, toasts
 *   and subtitle name it
 */
char *
_regimen_window_dup_shown_name (GFile *file)
{
  return regimen_file_dup_shown_name (file);
}

static void
add_plan_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  gtk_file_filter_set_name (plans, _("Training Plans"));
  gtk_file_filter_add_mime_type (plans, "application/x-regimen-plan+json");
  gtk_file_filter_add_suffix (plans, "regimen.json");
  gtk_file_chooser_add_filter (chooser, plans);

  gtk_file_filter_set_name (json, _("JSON Files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (chooser, json);
}

static void
on_load_finished (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FileTask *task = user_data;
  RegimenWindow *self = task->window;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  document = regimen_document_load_finish (result, &error);

  if (document == NULL && task->quiet_if_missing && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      file_task_free (task);
      return;
    }

  /* A window closed while its plan was read again (a signal ended the
   * application meanwhile) belongs to no application: presented, it came
   * back as the application ended. */
  if (document != NULL && task->replace && app != NULL)
    {
      /* Reloading drops the changes made here, and their working copy. */
      regimen_document_forget_autosave (self->document);
      regimen_window_set_document (self, document);
      gtk_window_present (GTK_WINDOW (self));
      _regimen_window_remember_file (self, task->file);
    }
  else if (REGIMEN_IS_APPLICATION (app))
    {
      GFile *own = regimen_document_get_file (self->document);

      /* Reloading a file another program left broken: the plan stays,
       * and is in no file now. It counted as saved, and closing the
       * window lost it without a word. */
      if (document == NULL && task->replace && own != NULL && g_file_equal (task->file, own))
        {
          regimen_document_keep_after_failed_reload (self->document);
          self->file_unreadable = TRUE;
        }
      self->open_chosen_here = task->chosen_here;
      regimen_window_show_read_file (REGIMEN_APPLICATION (app), self, task->file, document, error);
      self->open_chosen_here = FALSE;
    }

  file_task_free (task);
}

/* How many of the plans that could not be opened one dialog names (the
 * rest it counts), how long what is wrong with each is at most, and how
 * tall the list is before it scrolls. */
#define MAX_LISTED_UNOPENED 8
#define MAX_UNOPENED_REASON_CHARS 400
#define UNOPENED_REASON_WIDTH_CHARS 50
#define UNOPENED_LIST_MAX_HEIGHT 320

/* One plan in the list of those that could not be opened: its name on
 * one line, cut in the middle where it has no room, as GNOME's apps cut
 * a file's name (its end, “.regimen.json”, kept), and its path in its
 * tooltip, cut in the middle too when long, its name kept; what is
 * wrong below it, wrapped between words. They
 * were lines of the dialog's text, centred and wrapped anywhere, what is
 * wrong cut to 120 characters in the middle of a word (“file ve…7”). */
static GtkWidget *
unopened_row (GFile      *file,
              const char *why)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *path = regimen_file_get_display_name (file);
  g_autofree char *short_path = regimen_file_shorten_path (path);
  g_autofree char *shown_path = shown_text (short_path);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name_label = gtk_label_new (name);
  GtkWidget *why_label = gtk_label_new (why);

  gtk_label_set_single_line_mode (GTK_LABEL (name_label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_widget_add_css_class (name_label, "heading");
  gtk_widget_set_tooltip_text (name_label, shown_path);
  gtk_label_set_wrap (GTK_LABEL (why_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (why_label), PANGO_WRAP_WORD_CHAR);
  /* No wider than the dialog has room for. */
  gtk_label_set_max_width_chars (GTK_LABEL (why_label), UNOPENED_REASON_WIDTH_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (name_label), UNOPENED_REASON_WIDTH_CHARS);
  gtk_label_set_xalign (GTK_LABEL (why_label), 0);
  gtk_box_append (GTK_BOX (row), name_label);
  gtk_box_append (GTK_BOX (row), why_label);

  return row;
}

/* The list of plans that could not be opened, under @dialog's heading,
 * made when a second plan is added: the first one's text becomes its
 * first row. It scrolls past UNOPENED_LIST_MAX_HEIGHT: eight reasons of
 * a few hundred characters made the dialog a thousand pixels tall, its
 * Close button below a laptop's screen. */
static GtkWidget *
ensure_unopened_list (AdwMessageDialog *dialog)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (dialog), "regimen-unopened-list");
  GtkWidget *scroller;

  if (list != NULL)
    return list;

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (list), g_object_get_data (G_OBJECT (dialog), "regimen-unopened-first"));
  g_object_set_data (G_OBJECT (dialog), "regimen-unopened-first", NULL);
  g_object_set_data (G_OBJECT (dialog), "regimen-unopened-list", list);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), UNOPENED_LIST_MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  adw_message_dialog_set_body (dialog, "");
  adw_message_dialog_set_extra_child (dialog, scroller);

  return list;
}

/* Says that @file could not be opened, and why. Many at once (`regimen a
 * b c …`, a file manager's selection) stacked a dialog each, closed one
 * by one to reach the window: while the window's dialog is up, each
 * further plan is added to it, which lists the first few, each with
 * what is wrong, and counts the rest. */
static void
show_open_error (RegimenWindow *self,
                 GFile         *file,
                 const GError  *error)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *display = regimen_file_get_display_name (file);
  /* The reader's words before what is wrong, which the list says once
   * by the name: the line keeps room for the line and column. */
  g_autofree char *prefix = g_strdup_printf (_("Could not open “%s”: "), display);
  const char *reason = g_str_has_prefix (error->message, prefix) ? error->message + strlen (prefix) : error->message;
  g_autofree char *why = regimen_text_one_line_middle (reason, MAX_UNOPENED_REASON_CHARS);
  g_autofree char *heading = NULL;
  g_autofree char *more = NULL;
  AdwMessageDialog *dialog = self->open_error_dialog;
  GtkWidget *list;
  GtkWidget *more_label;
  guint n;

  if (dialog == NULL)
    {
      /* Translators: the heading of the dialog when a plan cannot be read */
      heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      g_set_weak_pointer (&self->open_error_dialog, _regimen_window_show_error (self, heading, error->message));
      if (self->open_error_dialog == NULL)
        return;
      g_object_set_data_full (G_OBJECT (self->open_error_dialog), "regimen-unopened-first",
                              g_object_ref_sink (unopened_row (file, why)), g_object_unref);
      g_object_set_data (G_OBJECT (self->open_error_dialog), "regimen-n-unopened", GUINT_TO_POINTER (1));
      return;
    }

  list = ensure_unopened_list (dialog);
  n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "regimen-n-unopened")) + 1;
  g_object_set_data (G_OBJECT (dialog), "regimen-n-unopened", GUINT_TO_POINTER (n));

  /* Translators: the heading of the dialog when several plans cannot be read */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Could Not Open %u Plan", "Could Not Open %u Plans", n), n);
  adw_message_dialog_set_heading (dialog, heading);

  if (n <= MAX_LISTED_UNOPENED)
    {
      gtk_box_append (GTK_BOX (list), unopened_row (file, why));
      return;
    }

  /* Translators: the end of the list of plans that could not be opened */
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more", "… and %u more", n - MAX_LISTED_UNOPENED),
                          n - MAX_LISTED_UNOPENED);
  more_label = g_object_get_data (G_OBJECT (dialog), "regimen-unopened-more");
  if (more_label == NULL)
    {
      more_label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (more_label), 0);
      gtk_box_append (GTK_BOX (list), more_label);
      g_object_set_data (G_OBJECT (dialog), "regimen-unopened-more", more_label);
    }
  gtk_label_set_text (GTK_LABEL (more_label), more);
}

/**
 * regimen_window_show_read_file:
 * @application: the application
 * @preferred: (nullable): the window @file was opened from
 * @file: a plan file that was read
 * @document: (nullable): what was read from @file
 * @error: (nullable): what is wrong with @file, when @document is %NULL
 *
 * Shows what reading @file gave as opening a plan does: @document in the
 * window regimen_application_window_for_document() chooses, with @file
 * among the recent plans; or a dialog in @preferred (in a new window when
 * it is %NULL) that says what is wrong with @file and where.
 *
 * Returns: (transfer none): the window that shows @document or the dialog
 */
RegimenWindow *
regimen_window_show_read_file (RegimenApplication *application,
                               RegimenWindow      *preferred,
                               GFile              *file,
                               RegimenDocument    *document,
                               const GError       *error)
{
  RegimenWindow *target;
  GFile *shown;

  g_return_val_if_fail (REGIMEN_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (preferred == NULL || REGIMEN_IS_WINDOW (preferred), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (document != NULL || error != NULL, NULL);

  if (document == NULL)
    {
      target = preferred;
      if (target == NULL)
        target = regimen_window_new (application);
      /* The window built while the file was read is not shown yet. */
      if (!gtk_widget_get_visible (GTK_WIDGET (target)))
        gtk_window_present (GTK_WINDOW (target));
      show_open_error (target, file, error);
      return target;
    }

  target = regimen_application_window_for_document (application, document, preferred);
  /* Remembered by the address the window shows it at: the plan opened
   * again by another path to its file (a symbolic link, `regimen
   * //home/…`), shown in the window already showing it, was listed in
   * Open Recent a second time. */
  shown = regimen_window_get_file (target);
  _regimen_window_remember_file (target, shown != NULL ? shown : file);

  /* Said when it opens, before any edit a save would then refuse. */
  if (regimen_document_get_too_large_to_save (document))
    /* In the window's own words: the core's error, with its counts of
     * bytes and values, was cut in the middle of a number by the dialog. */
    _regimen_window_show_error (target, _("This Plan Cannot Be Saved"),
                                _("Regimen opened it, but cannot save it: the plan is too large to save in "
                                  "Regimen's format, which would be more than Regimen can open again. Split it "
                                  "into smaller plans, one per block say, and save each. It can still be "
                                  "printed and exported."));

  return target;
}

/**
 * regimen_window_load_file:
 * @self: a #RegimenWindow
 * @file: a plan file
 *
 * Reads @file and shows it, in @self when @self holds an untouched new plan
 * and in a new window otherwise. When @file cannot be read, a dialog says
 * what is wrong and where, and nothing else changes.
 */
void
regimen_window_load_file (RegimenWindow *self,
                          GFile         *file)
{
  g_return_if_fail (REGIMEN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  regimen_document_load_async (file, NULL, on_load_finished, file_task_new (self, file));
}

/* Opens @file as asked in this very window (Ctrl+O, the Open button,
 * Open Recent): it takes the place of a new plan whose every edit was
 * undone there, as a programme chosen there does, where a plan opened
 * from outside leaves it. */
static void
open_chosen_here (RegimenWindow *self,
                  GFile         *file)
{
  FileTask *task = file_task_new (self, file);

  task->chosen_here = TRUE;
  regimen_document_load_async (file, NULL, on_load_finished, task);
}

/**
 * regimen_window_reopen_file:
 * @self: a #RegimenWindow
 * @file: the plan of last time
 *
 * Like regimen_window_load_file(), except that a file that is gone is
 * skipped without a word: whether it is there is found out off the main
 * thread, by reading it.
 */
void
regimen_window_reopen_file (RegimenWindow *self,
                            GFile         *file)
{
  FileTask *task;

  g_return_if_fail (REGIMEN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = file_task_new (self, file);
  task->quiet_if_missing = TRUE;
  regimen_document_load_async (file, NULL, on_load_finished, task);
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  RegimenWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        open_chosen_here (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->file_chooser);
}

/* The answer to a question about the plan's file on disk; @keep is what
 * keeping the plan means for the question asked (a change, a file gone,
 * a folder in its place). */
static void
answer_change (RegimenWindow    *self,
               AdwMessageDialog *dialog,
               const char       *response,
               void            (*keep) (RegimenDocument *document))
{
  GFile *file = regimen_document_get_file (self->document);

  self->asked_about_change = FALSE;

  /* Asked about the plan shown then: another one, reloaded meanwhile from
   * the save's question, is neither reloaded nor kept over the file. */
  if (!_regimen_window_answers_plan (self, dialog))
    return;

  /* Closed with Escape or the window's close: nothing chosen, so the
   * next save asks before it writes over the other program's change. So
   * too for a file out of reach, whatever was answered: what it holds
   * was not seen, and the next save compares before it writes. */
  if (g_str_equal (response, "later") || g_str_equal (response, "later-save-as"))
    {
      regimen_document_leave_change (self->document);
      if (g_str_equal (response, "later-save-as"))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
      return;
    }

  if (g_str_equal (response, "reload") && file != NULL)
    {
      /* The person chose the file's version over the window's. */
      FileTask *task = file_task_new (self, file);

      task->replace = TRUE;
      regimen_document_load_async (file, NULL, on_load_finished, task);
    }
  else
    {
      /* Keeping this version: the next change on disk asks again. Told
       * the file is gone, the person keeps a plan that has no file: one
       * another program put there meanwhile is asked about, never taken
       * as the file to save over. */
      keep (self->document);

      /* Its folder gone too: saved elsewhere. */
      if (g_str_equal (response, "save-as"))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
    }
}

static void
on_file_changed_response (AdwMessageDialog *dialog,
                          const char       *response,
                          RegimenWindow    *self)
{
  answer_change (self, dialog, response, regimen_document_keep_this_version);
}

static void
on_file_gone_response (AdwMessageDialog *dialog,
                       const char       *response,
                       RegimenWindow    *self)
{
  answer_change (self, dialog, response, regimen_document_keep_gone);
}

static void
on_file_now_folder_response (AdwMessageDialog *dialog,
                             const char       *response,
                             RegimenWindow    *self)
{
  answer_change (self, dialog, response, regimen_document_keep_over_folder);
}

/* Asks @dialog, the question about a change on disk, answered by
 * @on_response. */
static void
ask_about_change (RegimenWindow *self,
                  GtkWidget     *dialog,
                  const char    *close_response,
                  GCallback      on_response)
{
  /* Keeping this version over a change on disk is a choice, which a
   * dismissal is not: Escape, then Save, wrote over the other program's
   * change unasked. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), close_response);
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_set_weak_pointer (&self->change_question, GTK_WINDOW (dialog));
  g_signal_connect_object (dialog, "response", on_response, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The answers to a question about a plan's file that saving cannot
 * write now: keep editing (@keep), or save it elsewhere (@save_as), the
 * one suggested and the default. */
static void
add_keep_editing_and_save_as (GtkWidget  *dialog,
                              const char *keep,
                              const char *save_as)
{
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    keep, _("_Keep Editing"),
                                    save_as, _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), save_as, ADW_RESPONSE_SUGGESTED);
  /* Enter takes the suggested answer, as in every GNOME dialog: with no
   * default, the focus sat on no button and Enter did nothing. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), save_as);
}

/* Asks, with @heading and @body, about what is at the plan's path now,
 * which saving does not write: Keep Editing, or Save As elsewhere. Either
 * answer leaves what is there unseen, so the next Save asks again
 * (regimen_document_leave_change()). */
static void
ask_leaving_change (RegimenWindow *self,
                    const char    *heading,
                    const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  add_keep_editing_and_save_as (dialog, "later", "later-save-as");
  ask_about_change (self, dialog, "later", G_CALLBACK (on_file_changed_response));
}

/* Asks about the plan's @file that cannot be reached, for @error (of the
 * file or of its folder): it is not known to be gone, and saving there
 * fails until it can be reached again. */
static void
ask_about_unreachable (RegimenWindow *self,
                       GFile         *file,
                       const GError  *error)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  /* On one line and cut in the middle, as _regimen_window_show_error()
   * says a reason: it names the file by its whole path. */
  g_autofree char *reason = regimen_text_one_line_middle (error->message, 400);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: the plan's file cannot be read now (permission denied, a failing disk) */
  heading = g_strdup_printf (_("“%s” Cannot Be Reached"), name);
  /* Translators: %s is the system's reason, such as “Permission denied” with the file named */
  body = g_strdup_printf (_("The file may still be there, but it cannot be reached: %s. The plan is still "
                            "here; saving it there fails until the file can be reached again, and Save As "
                            "saves it in another folder."),
                          reason);
  ask_leaving_change (self, heading, body);
}

/* Asks, with @heading and @body, about what another program put where
 * the plan's file was and a plan is never saved over: Keep Editing, or
 * Save As elsewhere. */
static void
ask_to_save_elsewhere (RegimenWindow *self,
                       const char    *heading,
                       const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  add_keep_editing_and_save_as (dialog, "keep", "save-as");
  ask_about_change (self, dialog, "keep", G_CALLBACK (on_file_now_folder_response));
}

/* A folder is where the plan's @file was (another program deleted the
 * file and made a folder of its name): saving there fails while it is
 * there, whether asked when the window learns of it or after a Save
 * (@after_save), so both say so and offer Save As. It was said “Is Gone,
 * saving writes it again” or “Changed on Disk”, and Save then offered to
 * save over it. */
static void
ask_about_folder (RegimenWindow *self,
                  GFile         *file,
                  gboolean       after_save)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *heading = NULL;

  /* Translators: another program put a folder where the plan's file was */
  heading = g_strdup_printf (_("“%s” Is Now a Folder"), name);
  ask_to_save_elsewhere (self, heading,
                         after_save
                         ? _("Nothing was saved: another program put a folder where the plan’s "
                             "file was, and a plan is never saved over a folder. The plan is still "
                             "here; Save As saves it elsewhere.")
                         : _("Another program put a folder where the plan’s file was. The plan is "
                             "still here, but saving it there fails while the folder is there; Save "
                             "As saves it elsewhere."));
}

/* A FIFO, socket or device put where the plan's file was (mkfifo PLAN),
 * asked about as a folder is: Save offered only Close after “it is not a
 * regular file”, and the file monitor said “Changed on Disk” and offered
 * to save over it (issue 21, leftovers of pass 34). */
static void
ask_about_special (RegimenWindow *self,
                   GFile         *file,
                   gboolean       after_save)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *heading = NULL;

  /* Translators: another program put a FIFO, socket or device where the plan's file was */
  heading = g_strdup_printf (_("“%s” Is No Longer a File"), name);
  ask_to_save_elsewhere (self, heading,
                         after_save
                         ? _("Nothing was saved: another program put something that is not a "
                             "regular file (a FIFO, a socket or a device) where the plan’s file was, "
                             "and a plan is never saved over it. The plan is still here; Save As "
                             "saves it elsewhere.")
                         : _("Another program put something that is not a regular file (a FIFO, a "
                             "socket or a device) where the plan’s file was. The plan is still here, "
                             "but saving it there fails while that is there; Save As saves it "
                             "elsewhere."));
}

/* A symbolic link to a file that does not exist put where the plan's
 * file was (the plan removed, `ln -s missing PLAN`): there is nothing to
 * reload, and saving there is refused, as every writer of Regimen
 * refuses a link to nothing (it could not say what the link was meant to
 * reach). The window said “Changed on Disk” and offered Reload and to
 * save over it; Save then said only “Could Not Save” and offered Close
 * (issue 21, leftovers of pass 34). */
static void
ask_about_dangling_link (RegimenWindow *self,
                         GFile         *file,
                         gboolean       after_save)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *target = g_file_read_link (g_file_peek_path (file), NULL);
  g_autofree char *shown_target = shown_text (target != NULL ? target : "");
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: the plan's file was removed and a symbolic link to a file that does not exist put in its place */
  heading = g_strdup_printf (_("“%s” Is a Broken Link"), name);
  if (after_save)
    /* Translators: %s is where the symbolic link leads, a file that does not exist */
    body = g_strdup_printf (_("Nothing was saved: the plan’s file is now a link to “%s”, a file that does "
                              "not exist, and Regimen does not save through a broken link. The plan is "
                              "still open here; Save As saves it elsewhere."),
                            shown_target);
  else
    /* Translators: %s is where the symbolic link leads, a file that does not exist */
    body = g_strdup_printf (_("Another program removed the plan’s file and put in its place a link to "
                              "“%s”, a file that does not exist. The plan is still open here, but it "
                              "cannot be saved through a broken link; Save As saves it elsewhere."),
                            shown_target);
  ask_to_save_elsewhere (self, heading, body);
}

/* A symbolic link to another file, @target, put where the plan's file
 * was (`ln -sf OTHER PLAN`, or a link renamed over it): saving would write
 * into that file, which the person never opened (their ~/.bashrc, a
 * colleague's plan), and no save does (regimen_file_replace_reached()).
 * The window said “Changed on Disk”; Keep This Version, then Save, wrote
 * the plan into the other file (issue 21, session 47). Nothing is taken
 * as known: the next Save asks again. */
static void
ask_about_unreached_link (RegimenWindow *self,
                          GFile         *file,
                          const char    *target,
                          gboolean       after_save)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *shown_target = shown_text (target);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: another program put a symbolic link to another file where the plan's file was */
  heading = g_strdup_printf (_("“%s” Is Now a Link"), name);
  if (after_save)
    /* Translators: %s is where the symbolic link leads, a file the window did not open */
    body = g_strdup_printf (_("Nothing was saved: the plan’s file is now a link to “%s”, another file than "
                              "the one opened here, and Regimen does not save into a file it did not open. "
                              "That file is as it was, and the plan is still open here; Save As saves it "
                              "elsewhere."),
                            shown_target);
  else
    /* Translators: %s is where the symbolic link leads, a file the window did not open */
    body = g_strdup_printf (_("Another program put in place of the plan’s file a link to “%s”, another file "
                              "than the one opened here. Regimen does not save into a file it did not "
                              "open: the plan is still open here, and Save As saves it elsewhere."),
                            shown_target);
  ask_leaving_change (self, heading, body);
}

/* Whether the plan's @file is a symbolic link to a file that does not
 * exist: one lstat() and one stat() of its path. */
static gboolean
is_dangling_link (GFile *file)
{
  const char *path = g_file_peek_path (file);
  struct stat st;

  return path != NULL && lstat (path, &st) == 0 && S_ISLNK (st.st_mode) && stat (path, &st) != 0
         && errno == ENOENT;
}

typedef struct
{
  RegimenWindow   *window;
  RegimenDocument *document;
} GoneQuery;

/* The plan's file is gone: whether its folder is there says whether
 * saving can write it again. */
static void
on_gone_folder_queried (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GoneQuery *query = user_data;
  g_autoptr(RegimenWindow) self = query->window;
  g_autoptr(RegimenDocument) document = query->document;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = regimen_file_query_info_finish (G_FILE (source), result,
                                                              G_FILE_ATTRIBUTE_STANDARD_TYPE, &error);
  GFile *file = regimen_document_get_file (document);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_free (query);

  /* Another plan, or another file of this one, came meanwhile. */
  if (document != self->document || file == NULL || !g_file_has_parent (file, G_FILE (source)))
    {
      self->asked_about_change = FALSE;
      return;
    }

  /* A folder that cannot be queried is not known to be gone either. */
  if (info == NULL && !regimen_file_error_is_gone (error))
    {
      ask_about_unreachable (self, file, error);
      return;
    }

  name = _regimen_window_dup_shown_name (file);
  /* Translators: the plan's file was deleted or moved by another program */
  heading = g_strdup_printf (_("“%s” Is Gone"), name);

  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                       _("Another program deleted or moved the file. The plan is still "
                                         "here; saving writes it again."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Editing"));
    }
  else
    {
      /* Saving there fails (and says so) while the folder is gone: said
       * “saving writes it again” as when only the file was gone. */
      g_autofree char *path = regimen_file_get_display_name (G_FILE (source));
      g_autofree char *folder = shown_text (path);
      g_autofree char *body = NULL;

      /* Translators: %s is a folder; the plan's file and its folder were deleted or moved */
      body = g_strdup_printf (_("Another program deleted or moved the file’s folder “%s”. The plan is "
                                "still here, but saving it there fails until the folder is back; Save "
                                "As saves it in another folder."),
                              folder);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
      add_keep_editing_and_save_as (dialog, "keep", "save-as");
    }

  /* Said of what was at the path then: see _regimen_window_on_changed_on_disk(). */
  g_object_set_data (G_OBJECT (dialog), "regimen-asks-gone", GINT_TO_POINTER (TRUE));
  ask_about_change (self, dialog, "keep", G_CALLBACK (on_file_gone_response));
}

/* The plan's file changed on disk and cannot be queried now. */
void
_regimen_window_on_unreachable_on_disk (RegimenWindow   *self,
                                        const GError    *error,
                                        RegimenDocument *document)
{
  GFile *file = regimen_document_get_file (document);

  if (self->asked_about_change || file == NULL)
    return;

  self->asked_about_change = TRUE;
  ask_about_unreachable (self, file, error);
}

/* Another program changed the plan's file, which is a file still. */
static void
ask_changed_on_disk (RegimenWindow   *self,
                     RegimenDocument *document)
{
  GFile *file = regimen_document_get_file (document);
  gboolean modified = regimen_document_get_modified (document);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  name = _regimen_window_dup_shown_name (file);
  /* Translators: the plan's file was changed by another program */
  heading = g_strdup_printf (_("“%s” Changed on Disk"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   modified
                                   ? _("Another program changed the file. Reload it and lose the changes "
                                       "made here, or keep this version and save over it later.")
                                   : _("Another program changed the file. Reload it to see the changes, "
                                       "or keep this version."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep This Version"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              modified ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  ask_about_change (self, dialog, "later", G_CALLBACK (on_file_changed_response));
}

/* Whether @file, which GIO gave as a symbolic link once followed (what
 * it leads to cannot be reached), leads round in a loop (`ln -s PLAN
 * PLAN` where the plan was): the window said “Changed on Disk” and
 * offered to save over it. One stat() of a path already known to be a
 * link, only then. */
static gboolean
is_link_loop (GFile *file)
{
  const char *path = g_file_peek_path (file);
  struct stat st;

  return path != NULL && stat (path, &st) != 0 && errno == ELOOP;
}

/* What is at the plan's path now, once the window learns it changed:
 * a folder is said as such, whether the change was seen as the file
 * gone (the folder made after the query) or changed (a folder has an
 * etag too). */
static void
on_changed_type_queried (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  GoneQuery *query = user_data;
  g_autoptr(RegimenWindow) self = query->window;
  g_autoptr(RegimenDocument) document = query->document;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = regimen_file_query_info_finish (G_FILE (source), result,
                                                              G_FILE_ATTRIBUTE_STANDARD_TYPE, &error);
  GFile *file = regimen_document_get_file (document);
  GFileType type = info != NULL ? g_file_info_get_file_type (info) : G_FILE_TYPE_UNKNOWN;

  /* Another plan, or another file of this one, came meanwhile. */
  if (document != self->document || file == NULL || !g_file_equal (file, G_FILE (source)))
    {
      g_free (query);
      self->asked_about_change = FALSE;
      return;
    }

  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_free (query);
      ask_about_folder (self, file, FALSE);
    }
  else if (type == G_FILE_TYPE_SPECIAL)
    {
      g_free (query);
      ask_about_special (self, file, FALSE);
    }
  else if (type == G_FILE_TYPE_SYMBOLIC_LINK && is_link_loop (file))
    {
      g_autoptr(GError) loop = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS, g_strerror (ELOOP));

      g_free (query);
      ask_about_unreachable (self, file, loop);
    }
  else if (type == G_FILE_TYPE_SYMBOLIC_LINK && is_dangling_link (file))
    {
      g_free (query);
      ask_about_dangling_link (self, file, FALSE);
    }
  else if (info == NULL && !regimen_file_error_is_gone (error))
    {
      /* A path that cannot be asked (its folder made unreadable) is not
       * known to be gone: said as it is, not “Is Gone”. */
      g_free (query);
      ask_about_unreachable (self, file, error);
    }
  else if (info == NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);

      /* Asked once the folder is known, off the main thread. */
      query->window = g_steal_pointer (&self);
      query->document = g_steal_pointer (&document);
      g_file_query_info_async (parent, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                               G_PRIORITY_DEFAULT, NULL, on_gone_folder_queried, query);
    }
  else
    {
      g_autofree char *link = regimen_document_dup_unreached_link (document);

      g_free (query);
      if (link != NULL)
        ask_about_unreached_link (self, file, link, FALSE);
      else
        ask_changed_on_disk (self, document);
    }
}

/* Another program changed or removed the plan's file. */
void
_regimen_window_on_changed_on_disk (RegimenWindow   *self,
                                    gboolean         gone,
                                    RegimenDocument *document)
{
  GFile *file = regimen_document_get_file (document);
  GoneQuery *query;

  /* “Is Gone” follows what is at the path: something come there while
   * it is up (another program's folder, a file written again) is asked
   * about in its place, not found by the next Save. */
  if (!gone && self->asked_about_change && self->change_question != NULL && file != NULL
      && g_object_get_data (G_OBJECT (self->change_question), "regimen-asks-gone") != NULL)
    {
      gtk_window_destroy (self->change_question);
      self->asked_about_change = FALSE;
    }

  if (self->asked_about_change || file == NULL)
    return;

  self->asked_about_change = TRUE;

  /* What is there now is asked first, off the main thread; a file gone
   * is asked about once its folder is known. */
  query = g_new0 (GoneQuery, 1);
  query->window = g_object_ref (self);
  query->document = g_object_ref (document);
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_changed_type_queried, query);
}

/* Newest first, each once. */
void
_regimen_window_remember_file (RegimenWindow *self,
                               GFile         *file)
{
  g_auto(GStrv) recent = regimen_recent_plans_get (self->settings);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  guint n = 1;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; recent[i] != NULL && n < REGIMEN_MAX_RECENT_PLANS; i++)
    {
      if (g_str_equal (recent[i], uri))
        continue;
      g_strv_builder_add (builder, recent[i]);
      n++;
    }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-plans", (const char * const *) updated);
}

/* The most characters of a recent plan's name in the menu. */
#define MAX_RECENT_LABEL_CHARS 60

/* A file's path as it is shown, or its address when it has none or it
 * is not UTF-8: a path with a control character is a “file://…%0A…”
 * address to g_file_get_parse_name(), but one with bytes that are not
 * UTF-8 is best so, “…%E9…”, where g_filename_display_name() would make
 * each such byte the same U+FFFD and two files' paths alike. */
static char *
shown_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL || !g_utf8_validate (path, -1, NULL))
    return g_file_get_parse_name (file);

  return g_filename_display_name (path);
}

/* @text compared as a person reads it: the same letters however they
 * are written. */
static char *
as_read (const char *text)
{
  return g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
}

/* Counts @key (taken) in @uses. */
static void
count_use (GHashTable *uses,
           char       *key)
{
  g_hash_table_insert (uses, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (uses, key)) + 1));
}

static gboolean
used_twice (GHashTable *uses,
            const char *key)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (uses, key)) > 1;
}

/* A recent plan as the menu names it, on one line and cut in the middle,
 * with its underscores doubled, since a menu item takes “_” for a
 * mnemonic: “week_1.regimen.json” showed as “week1.regimen.json”. */
static char *
recent_label (const char *text)
{
  g_autofree char *line = regimen_text_one_line_middle (text, MAX_RECENT_LABEL_CHARS);
  g_auto(GStrv) parts = g_strsplit (line, "_", -1);

  return g_strjoinv ("__", parts);
}

/* The recent plans are named by their file's name as GLib shows one (a
 * name that is not UTF-8 gets replacement characters; as bytes it was a
 * critical and an empty item; a control character, which the one line
 * showed as a space, as its code point), followed by its folder when another recent
 * plan has a name that reads the same (“plan.regimen.json” in two folders
 * showed as two items alike), and by its path spelt out when another one
 * still reads the same: “café.regimen.json” written once with “é” and
 * once with “e” and a combining accent are two files in one folder on
 * most file systems, and showed as two items alike. */
void
_regimen_window_update_recent (RegimenWindow *self)
{
  g_auto(GStrv) recent = regimen_recent_plans_get (self->settings);
  guint n_recent = g_strv_length (recent);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) name_uses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) text_uses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_menu_remove_all (self->recent_section);

  for (guint i = 0; i < n_recent; i++)
    {
      GFile *file = g_file_new_for_uri (recent[i]);
      g_autofree char *shown = file_display_name (file);
      char *name = with_unseen_spelt (shown);

      g_ptr_array_add (files, file);
      g_ptr_array_add (texts, name);
      count_use (name_uses, as_read (name));
    }

  for (guint i = 0; i < n_recent; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      const char *name = g_ptr_array_index (texts, i);
      g_autofree char *key = as_read (name);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      if (used_twice (name_uses, key) && parent != NULL)
        {
          g_autofree char *shown = regimen_file_get_display_name (parent);
          g_autofree char *folder = with_unseen_spelt (shown);

          /* Translators: an Open Recent item, “plan.regimen.json — /home/ana/2026”: a file's name and its folder */
          g_ptr_array_index (texts, i) = g_strdup_printf (_("%s — %s"), name, folder);
          g_free ((char *) name);
        }
      count_use (text_uses, as_read (g_ptr_array_index (texts, i)));
    }

  for (guint i = 0; i < n_recent; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *key = as_read (text);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (used_twice (text_uses, key))
        {
          GFile *file = g_ptr_array_index (files, i);
          g_autofree char *shown = file_display_name (file);
          g_autofree char *name = with_unseen_spelt (shown);
          g_autofree char *path = shown_path (file);
          g_autofree char *spelt = spelt_out (path);
          /* Translators: an Open Recent item when two files' names and folders look alike,
           * “café.regimen.json — spelt /home/ana/caf[U+00E9].regimen.json”: a file's name and
           * its path with each character that is not ASCII written as its code point */
          g_autofree char *full = g_strdup_printf (_("%s — spelt %s"), name, spelt);

          label = recent_label (full);
        }
      else
        label = recent_label (text);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_section, item);
    }

  if (recent[0] == NULL)
    /* Translators: the Open Recent menu when nothing was opened yet; not a command */
    g_menu_append (self->recent_section, _("No Recent Plans"), "win.no-recent");
}

void
_regimen_window_open_recent_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_chosen_here (self, file);
}

void
_regimen_window_open_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (self->file_chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Open Plan"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  add_plan_filters (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), self, 0);
  gtk_native_dialog_show (self->file_chooser);
}

static void save_to_with_flags (RegimenWindow         *self,
                                GFile                 *file,
                                RegimenFileWriteFlags  flags);

static void
on_read_only_response (AdwMessageDialog *dialog,
                       const char       *response,
                       RegimenWindow    *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->question_file);

  if (g_str_equal (response, "overwrite") && file != NULL && _regimen_window_answers_plan (self, dialog))
    save_to_with_flags (self, file, self->question_flags | REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY);
  else
    self->close_after_save = FALSE;
}

/* A file made read-only is not replaced behind the person's back: the
 * writer refuses it, and the window asks before saving over it. */
static void
ask_overwrite_read_only (RegimenWindow         *self,
                         GFile                 *file,
                         RegimenFileWriteFlags  flags)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* In the document portal's folder no “~” version is kept: none is
   * promised. */
  if (path != NULL && regimen_file_is_in_document_portal (path))
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("“%s” is read-only. Saving replaces it with the new version, which stays read-only; "
                              "no previous version is kept, as the file is reached through the document portal."),
                            name);
  else
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("“%s” is read-only. Saving replaces it with the new version, which stays read-only; "
                              "the previous version is kept with “~” at the end of its name."),
                            name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Overwrite Read-Only File?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_set_object (&self->question_file, file);
  self->question_flags = flags;
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_read_only_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_changed_before_save_response (AdwMessageDialog *dialog,
                                 const char       *response,
                                 RegimenWindow    *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->question_file);

  self->asked_about_change = FALSE;
  self->asking_save_over_change = FALSE;

  /* Saving over the change, or reloading, was asked about the plan shown
   * then: one that replaced it meanwhile is neither written nor replaced. */
  if (!_regimen_window_answers_plan (self, dialog))
    self->close_after_save = FALSE;
  else if (g_str_equal (response, "overwrite") && file != NULL)
    save_to_with_flags (self, file, self->question_flags | REGIMEN_FILE_WRITE_OVERWRITE_CHANGED);
  else if (g_str_equal (response, "save-as"))
    /* Closing after it, when the save was asked for by closing. */
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
  else if (g_str_equal (response, "reload") && file != NULL)
    {
      /* The person chose the file's version over the window's. */
      FileTask *task = file_task_new (self, file);

      self->close_after_save = FALSE;
      task->replace = TRUE;
      regimen_document_load_async (file, NULL, on_load_finished, task);
    }
  else
    self->close_after_save = FALSE;
}

/* The save found the file changed by another program since the window
 * read it (regimen-cli log wrote a session's log, say) and wrote nothing:
 * saving over it would undo that change unseen. The person chooses. */
static void
ask_save_over_change (RegimenWindow         *self,
                      GFile                 *file,
                      RegimenFileWriteFlags  flags)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *heading = NULL;
  gboolean modified = regimen_document_get_modified (self->document);
  GtkWidget *dialog;

  /* The file on disk could not be read when reloaded, and is the same
   * broken file still: reloading it again only fails again, and the
   * plan here is the last good version. Kept over it or elsewhere. */
  if (self->file_unreadable)
    {
      /* Translators: the plan's file on disk was left broken by another program */
      heading = g_strdup_printf (_("“%s” Cannot Be Read"), name);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                       _("Nothing was saved: another program changed the file, and it could not "
                                         "be read when reloaded. Save the plan shown here over it, or save it as "
                                         "another file and leave this one as it is."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "save-as", _("Save _As…"),
                                        "overwrite", _("_Save Over It"),
                                        NULL);
      /* Leaves the file as the other program left it, and keeps this. */
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as", ADW_RESPONSE_SUGGESTED);
    }
  else
    {
      /* Translators: the plan's file was changed by another program */
      heading = g_strdup_printf (_("“%s” Changed on Disk"), name);
      /* With nothing changed here since the last save or load, reloading
       * loses nothing: said “lose the changes made here” all the same. */
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                       modified
                                       ? _("Nothing was saved: another program changed the file since it was "
                                           "opened here, and saving would undo that change. Reload it and lose the "
                                           "changes made here, or save over the other program’s change.")
                                       : _("Nothing was saved: another program changed the file since it was "
                                           "opened here, and saving would undo that change. Nothing was changed "
                                           "here since the last save: reload it to see the other program’s change, "
                                           "or save this version over it."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "reload", _("_Reload"),
                                        "overwrite", _("_Save Over It"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                                  modified ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_set_object (&self->question_file, file);
  self->question_flags = flags;
  /* The file monitor's question would only repeat this one; one it
   * asked already, not answered before Save, this one replaces. */
  self->asked_about_change = TRUE;
  self->asking_save_over_change = TRUE;
  if (self->change_question != NULL)
    gtk_window_destroy (self->change_question);
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_before_save_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  FileTask        *task;
  RegimenDocument *document;
} UnreadableCheck;

/* A save found the file changed on disk after a Reload could not read
 * it, and the file has been read again: another program that repaired
 * it since made it a file changed on disk as any, Reload offered, where
 * the save said it “Cannot Be Read”, as it was when reloaded. */
static void
on_changed_file_read (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  UnreadableCheck *check = user_data;
  FileTask *task = check->task;
  RegimenWindow *self = task->window;
  g_autoptr(RegimenDocument) document = check->document;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_file_finish (result, NULL);

  g_free (check);
  self->asking_save_over_change = FALSE;

  /* Another plan came meanwhile: the save's question is not its. */
  if (document != self->document)
    self->close_after_save = FALSE;
  else
    {
      if (plan != NULL)
        self->file_unreadable = FALSE;
      ask_save_over_change (self, task->file, task->flags);
    }
  file_task_free (task);
}

static void
on_replace_response (AdwMessageDialog *dialog,
                     const char       *response,
                     RegimenWindow    *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->question_file);

  if (g_str_equal (response, "replace") && file != NULL && _regimen_window_answers_plan (self, dialog))
    save_to_with_flags (self, file, self->question_flags);
  else
    self->close_after_save = FALSE;
}

/* Save As added the plan's extension to the name typed, after the chooser
 * had asked about the name as typed: a file of the full name is not
 * replaced unasked. */
static void
ask_replace_existing (RegimenWindow         *self,
                      GFile                 *file,
                      RegimenFileWriteFlags  flags)
{
  g_autofree char *name = _regimen_window_dup_shown_name (file);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: the heading of the question before a save replaces another file; %s is its name */
  heading = g_strdup_printf (_("Replace “%s”?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   path != NULL && regimen_file_is_in_document_portal (path)
                                   ? _("A file of that name is already in the folder. Saving replaces it with "
                                       "this plan; no previous version is kept, as the file is reached through "
                                       "the document portal.")
                                   : _("A file of that name is already in the folder. Saving replaces it with "
                                       "this plan; its previous version is kept with “~” at the end of its "
                                       "name."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_set_object (&self->question_file, file);
  self->question_flags = flags;
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Another window of this process showing the file just written (Save As
 * onto it, by the same name or, on FAT, by another case of it) is asked
 * about the change at once: its watch on the file may not report it (a
 * write within FAT's two seconds keeps the file's time), and its plan,
 * with its edits, stays until the person chooses. */
static void
tell_windows_showing (RegimenWindow *self,
                      GFile         *file)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  const char *id = regimen_document_get_file_id (self->document);

  if (application == NULL)
    return;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      RegimenWindow *other = l->data;
      GFile *other_file;

      if (!REGIMEN_IS_WINDOW (other) || other == self || other->document == NULL)
        continue;

      other_file = regimen_document_get_file (other->document);
      if (other_file != NULL &&
          (g_file_equal (other_file, file) ||
           (id != NULL && g_strcmp0 (id, regimen_document_get_file_id (other->document)) == 0)))
        _regimen_window_on_changed_on_disk (other, FALSE, other->document);
    }
}

/* A save of the plan's own file that found it changed (@error), when
 * its name is now a link another program put there to another file:
 * asked about as that, once, where “Replace?” or “Save Over It” led
 * only to the same refusal. */
static gboolean
asks_about_unreached_link (RegimenWindow   *self,
                           RegimenDocument *document,
                           FileTask        *task,
                           const GError    *error)
{
  g_autofree char *link = NULL;

  if (!(g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) ||
        g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS)) ||
      document != self->document || regimen_document_get_file (document) == NULL ||
      !g_file_equal (task->file, regimen_document_get_file (document)) ||
      (link = regimen_document_dup_unreached_link (document)) == NULL)
    return FALSE;

  self->close_after_save = FALSE;
  if (!self->asked_about_change)
    {
      self->asked_about_change = TRUE;
      ask_about_unreached_link (self, task->file, link, TRUE);
    }

  return TRUE;
}

static void
on_save_finished (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FileTask *task = user_data;
  RegimenWindow *self = task->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = _regimen_window_dup_shown_name (task->file);

  /* Refused as read-only once more after Overwrite (a file system
   * mounted read-only refuses every write): asking again could not
   * help, the error says why. */
  if (!regimen_document_save_finish (REGIMEN_DOCUMENT (source), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY) && REGIMEN_DOCUMENT (source) == self->document &&
      !(task->flags & REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY))
    {
      ask_overwrite_read_only (self, task->file, task->flags);
      file_task_free (task);
      return;
    }

  if (error != NULL && asks_about_unreached_link (self, REGIMEN_DOCUMENT (source), task, error))
    {
      file_task_free (task);
      return;
    }

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS) &&
      (task->flags & REGIMEN_FILE_WRITE_NO_REPLACE) && REGIMEN_DOCUMENT (source) == self->document)
    {
      ask_replace_existing (self, task->file, task->flags & ~REGIMEN_FILE_WRITE_NO_REPLACE);
      file_task_free (task);
      return;
    }

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY) &&
      REGIMEN_DOCUMENT (source) == self->document && regimen_document_get_file (self->document) != NULL &&
      g_file_equal (task->file, regimen_document_get_file (self->document)))
    {
      self->close_after_save = FALSE;
      if (!self->asked_about_change)
        {
          self->asked_about_change = TRUE;
          ask_about_folder (self, task->file, TRUE);
        }
      file_task_free (task);
      return;
    }

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE) &&
      REGIMEN_DOCUMENT (source) == self->document && regimen_document_get_file (self->document) != NULL &&
      g_file_equal (task->file, regimen_document_get_file (self->document)))
    {
      self->close_after_save = FALSE;
      if (!self->asked_about_change)
        {
          self->asked_about_change = TRUE;
          ask_about_special (self, task->file, TRUE);
        }
      file_task_free (task);
      return;
    }

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      REGIMEN_DOCUMENT (source) == self->document && regimen_document_get_file (self->document) != NULL &&
      g_file_equal (task->file, regimen_document_get_file (self->document)) && is_dangling_link (task->file))
    {
      self->close_after_save = FALSE;
      if (!self->asked_about_change)
        {
          self->asked_about_change = TRUE;
          ask_about_dangling_link (self, task->file, TRUE);
        }
      file_task_free (task);
      return;
    }

  /* Only the plan's own file is asked about as changed on disk: a Save As
   * target another program changed meanwhile (a link put in its place)
   * is said as an error, where Reload would have loaded that other file
   * over the unsaved plan. */
  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) &&
      REGIMEN_DOCUMENT (source) == self->document && regimen_document_get_file (self->document) != NULL &&
      g_file_equal (task->file, regimen_document_get_file (self->document)))
    {
      /* Reload could not read the file; another program may have
       * repaired it since: what it is now is read first. */
      if (self->file_unreadable && !self->asking_save_over_change)
        {
          UnreadableCheck *check = g_new0 (UnreadableCheck, 1);

          self->asking_save_over_change = TRUE;
          check->task = task;
          check->document = g_object_ref (self->document);
          regimen_plan_load_from_file_async (task->file, NULL, on_changed_file_read, check);
          return;
        }

      /* A save that waited behind the one asking found the same change
       * (the document finishes both together): asked once. */
      if (!self->asking_save_over_change)
        ask_save_over_change (self, task->file, task->flags);
      file_task_free (task);
      return;
    }

  if (error != NULL)
    {
      /* Translators: the heading of the dialog when a plan cannot be written */
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

      self->close_after_save = FALSE;
      _regimen_window_show_error (self, heading, error->message);
      file_task_free (task);
      return;
    }

  /* The document may have been replaced while it was written. */
  if (REGIMEN_DOCUMENT (source) == self->document)
    {
      guint warnings = self->checker != NULL ? regimen_checker_count (self->checker, REGIMEN_SEVERITY_WARNING) : 0;
      g_autofree char *message = NULL;

      _regimen_window_remember_file (self, task->file);
      _regimen_window_update_title (self);
      tell_windows_showing (self, task->file);
      /* The file holds this plan now. */
      self->file_unreadable = FALSE;

      if (warnings > 0)
        /* Translators: a short notice after saving a plan that still has warnings */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Saved “%s” · %u warning remains",
                                                "Saved “%s” · %u warnings remain",
                                                warnings),
                                   name, warnings);
      else
        /* Translators: a short notice after saving, “Saved “plan.regimen.json”” */
        message = g_strdup_printf (_("Saved “%s”"), name);

      /* Said once per file, calmly, where the command line says it too:
       * a person used to “PLAN~” should not count on one. */
      if (regimen_document_take_unkept_backup (self->document))
        {
          g_autofree char *saved = g_steal_pointer (&message);

          /* Translators: added to the notice after a save; %s is that notice */
          message = g_strdup_printf (_("%s · No previous version is kept in the document portal"), saved);
          adw_toast_set_timeout (_regimen_window_show_toast (self, message), 5);
        }
      else
        _regimen_window_show_toast (self, message);

      /* Closing after an edit that missed the save asks again, as does
       * closing with a log typed meanwhile into a form of the window. */
      if (self->close_after_save)
        {
          self->close_after_save = FALSE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }

  file_task_free (task);
}

static RegimenDiagnostic *
first_error (RegimenWindow *self)
{
  GListModel *diagnostics = regimen_checker_get_diagnostics (self->checker);

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (regimen_diagnostic_get_severity (diagnostic) == REGIMEN_SEVERITY_ERROR)
        return g_steal_pointer (&diagnostic);
    }

  return NULL;
}

static void save_to (RegimenWindow *self,
                     GFile         *file);

/* Runs once the dialog is gone, so nothing hands the focus back to
 * where it was before the save. */
static gboolean
show_first_error (gpointer data)
{
  RegimenWindow *self = data;
  g_autoptr(RegimenDiagnostic) error = NULL;

  if (self->checker == NULL)
    return G_SOURCE_REMOVE;

  error = first_error (self);
  if (error != NULL && regimen_diagnostic_get_week (error) >= 0)
    {
      if (adw_flap_get_folded (self->check_flap))
        adw_flap_set_reveal_flap (self->check_flap, FALSE);
      regimen_week_view_reveal (self->week_view,
                                regimen_diagnostic_get_week (error),
                                regimen_diagnostic_get_day (error),
                                regimen_diagnostic_get_session (error),
                                TRUE);
    }

  return G_SOURCE_REMOVE;
}

static void
on_errors_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           RegimenWindow    *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->question_file);

  /* The errors listed are the plan's the question was asked over: another
   * one, reloaded meanwhile, is neither made a draft nor saved. */
  if (!_regimen_window_answers_plan (self, dialog))
    return;

  if (g_str_equal (response, "draft"))
    {
      /* Work in progress: written with its mark, and the errors stay. */
      regimen_plan_set_draft (self->plan, TRUE);
      _regimen_window_update_title (self);
      if (file != NULL)
        save_to (self, file);
      else
        gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
      return;
    }

  if (g_str_equal (response, "show"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_first_error, g_object_ref (self), g_object_unref);
}

/* How many of the errors the dialog before a save lists, and the most
 * characters of each. */
#define MAX_LISTED_ERRORS 5
#define MAX_ERROR_CHARS 300

/* A final plan has no errors that are not acknowledged. A plan with such
 * errors is written only as a draft: the dialog lists them and offers
 * that, and the work stays in the window meanwhile. A plan that is already
 * a draft stays one until its errors are gone. @file is where the save was
 * going, or NULL when the file is still to be chosen. */
static gboolean
refuse_plan_with_errors (RegimenWindow *self,
                         GFile         *file)
{
  g_autoptr(GString) body = NULL;
  GListModel *diagnostics;
  GtkWidget *dialog;
  guint n_open;
  guint listed = 0;

  _regimen_window_recheck (self);
  diagnostics = regimen_checker_get_diagnostics (self->checker);
  n_open = regimen_plan_count_open_errors (self->plan, diagnostics);
  if (n_open == 0)
    {
      regimen_plan_set_draft (self->plan, FALSE);
      _regimen_window_update_title (self);
      return FALSE;
    }

  if (regimen_plan_get_draft (self->plan))
    return FALSE;

  self->close_after_save = FALSE;

  body = g_string_new (_("Regimen saves a final plan once the check finds no errors, or each is "
                         "acknowledged with a reason. Meanwhile you can save it as a draft, "
                         "or keep working here."));
  g_string_append_c (body, '\n');

  /* The first few, each on one line: a plan of thousands of errors (or
   * of an exercise id of thousands of characters) neither takes minutes
   * to lay out nor pushes the buttons off the screen. */
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics) && listed < MAX_LISTED_ERRORS; i++)
    {
      g_autoptr(RegimenDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (regimen_diagnostic_get_severity (diagnostic) == REGIMEN_SEVERITY_ERROR &&
          regimen_plan_find_acknowledgement (self->plan, diagnostic) == NULL)
        {
          const char *message = regimen_diagnostic_get_message (diagnostic);
          g_autofree char *line = regimen_text_one_line (message, MAX_ERROR_CHARS);

          g_string_append_printf (body, "\n• %s", line);
          listed++;
        }
    }
  if (n_open > listed)
    g_string_append_printf (body,
                            /* Translators: after the first five errors listed in the dialog, “• and 7 more” */
                            g_dngettext (GETTEXT_PACKAGE, "\n• and %u more", "\n• and %u more", n_open - listed),
                            n_open - listed);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Plan Has Errors"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "draft", _("Save as _Draft"),
                                    "show", _("_Show First Error"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "show", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "show");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_set_object (&self->question_file, file);
  _regimen_window_ask_about_plan (self, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_errors_dialog_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
save_to_with_flags (RegimenWindow         *self,
                    GFile                 *file,
                    RegimenFileWriteFlags  flags)
{
  FileTask *task;

  if (refuse_plan_with_errors (self, file))
    return;

  task = file_task_new (self, file);
  task->flags = flags;
  regimen_document_save_async (self->document, file, flags, NULL, on_save_finished, task);
}

static void
save_to (RegimenWindow *self,
         GFile         *file)
{
  save_to_with_flags (self, file, REGIMEN_FILE_WRITE_NONE);
}

static char *
suggested_file_name (RegimenWindow *self)
{
  const char *title = regimen_plan_get_title (self->plan);

  if (title == NULL || *title == '\0')
    title = _("Untitled Plan");

  /* A plan is saved with its previous version beside it as “NAME~”. */
  return regimen_file_suggest_name (title, PLAN_SUFFIX, REGIMEN_FILE_BACKED_UP_NAME_MAX_BYTES);
}

static void
on_save_as_response (GtkNativeDialog *dialog,
                     int              response,
                     RegimenWindow   *self)
{
  if (response != GTK_RESPONSE_ACCEPT)
    self->close_after_save = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        {
          g_autofree char *basename = g_file_get_basename (file);
          RegimenFileWriteFlags flags = REGIMEN_FILE_WRITE_NONE;

          /* A name typed without an extension gets the plan's, so the file
           * manager recognises it. */
          if (basename != NULL && strchr (basename, '.') == NULL)
            {
              g_autoptr(GFile) parent = g_file_get_parent (file);
              g_autofree char *named = g_strconcat (basename, PLAN_SUFFIX, NULL);
              GFile *own = regimen_document_get_file (self->document);

              g_set_object (&file, g_file_get_child (parent, named));
              /* The chooser asked before replacing the name typed, not
               * this one. */
              if (own == NULL || !g_file_equal (file, own))
                flags = REGIMEN_FILE_WRITE_NO_REPLACE;
            }

          save_to_with_flags (self, file, flags);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->file_chooser);
}

void
_regimen_window_save_as_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->file_chooser != NULL || refuse_plan_with_errors (self, NULL))
    return;

  chooser = gtk_file_chooser_native_new (_("Save Plan"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  add_plan_filters (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (regimen_document_get_file (self->document) != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), regimen_document_get_file (self->document), NULL);
    }
  else
    {
      name = suggested_file_name (self);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_as_response), self, 0);
  gtk_native_dialog_show (self->file_chooser);
}

void
_regimen_window_save_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RegimenWindow *self = REGIMEN_WINDOW (widget);

  GFile *file = regimen_document_get_file (self->document);

  if (file == NULL)
    _regimen_window_save_as_action (widget, "win.save-as", NULL);
  else
    save_to (self, file);
}
