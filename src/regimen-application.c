/* regimen-application.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-application"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>
#ifdef HAVE_GTK_X11
#include <gdk/x11/gdkx.h>
#endif

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-log-form.h"
#include "regimen-renderer.h"
#include "regimen-resources.h"
#include "regimen-widget-util.h"
#include "regimen-window.h"
#include "regimen-window-private.h"

/* What the filter of the bus's Open calls knows: it runs on GDBus's
 * worker thread. */
typedef struct
{
  char *object_path;
  /* Atomic: a signal is ending the application. */
  gint  ending;
} OpenFilter;

struct _RegimenApplication
{
  AdwApplication  parent_instance;

  GSettings        *settings;
  /* The `load-unit` setting, read once and then at each change: every
   * item row a week builds or rebinds asks for it, and reading the
   * setting and its translation cost 21,000 instructions a row. */
  RegimenLoadUnit   load_unit;
  GtkPrintSettings *print_settings;
  /* The print settings file is read and written on workers, one at a
   * time: the next text to write waits here for the write before it. */
  guint             print_settings_reading : 1;
  guint             print_settings_writing : 1;
  /* A write of the print settings failed and a window said so: once a
   * run, not at every print. */
  guint             print_settings_failure_said : 1;
  GBytes           *print_settings_next;
  /* Said to the person in the first window: startup has none to show it. */
  char             *custom_exercises_problem;
  /* The person's exercises are read on a worker at startup; windows
   * wait for them, so a plan opened at once finds its exercises. */
  gboolean          loading_exercises;
  gboolean          activate_pending;
  /* Plans opened with no window to show them yet, in the order asked
   * for (PendingRead): each is read on a worker at once, and gets its
   * window once it and the exercises are read. */
  GPtrArray        *reads;
  /* Plans named on the command line, read from before the application's
   * startup until `open` asks for them (take_early_read()). */
  GPtrArray        *early_reads;
  /* Plans were asked for while no window was open: once they are shown,
   * the working copies a crash left are offered as at a start without
   * a plan. */
  gboolean          offer_after_reads;
  GtkCssProvider   *style_provider;
  GtkCssProvider   *high_contrast_provider;
  gboolean          high_contrast_style;
  /* SIGTERM, SIGINT and SIGHUP, which end the application
   * (end_on_signal()); once one came, no window opens. */
  guint             end_signal_sources[3];
  gboolean          ending;
  /* The object a second `regimen PLAN` asks whether its plans were
   * taken (OPENING_INTERFACE). */
  guint             opening_registration;
  /* The bus's Open calls, refused while ending (open_call_filter()). */
  guint             open_filter;
  OpenFilter       *open_filter_data;
};

G_DEFINE_FINAL_TYPE (RegimenApplication, regimen_application, ADW_TYPE_APPLICATION)

static void open_filter_set_ending (OpenFilter *filter);

/* The plan window the person works in: the active window, or the one a
 * log form that is active belongs to (the form is a window of the
 * application too, for its accelerators); or NULL. */
static RegimenWindow *
get_active_regimen_window (RegimenApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (REGIMEN_IS_LOG_FORM (window))
    window = gtk_window_get_transient_for (window);
  if (REGIMEN_IS_WINDOW (window))
    return REGIMEN_WINDOW (window);

  return NULL;
}

static void
regimen_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  static const char *developers[] = { "The Regimen authors", NULL };
  RegimenApplication *self = user_data;

  adw_show_about_window (GTK_WINDOW (get_active_regimen_window (self)),
                         "application-name", _("Regimen"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Regimen authors"),
                         "version", PACKAGE_VERSION,
                         "website", PACKAGE_WEBSITE,
                         "issue-url", PACKAGE_BUGREPORT,
                         "developers", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Regimen authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Plan your training week by week, and "
                                       "see whether the plan holds up before "
                                       "you save it."),
                         NULL);
}

static void
regimen_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  RegimenApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window closes as if its close button was used: one with unsaved
   * changes asks first, and the application ends with the last window.
   * One that closed may have taken another with it (a plan window its
   * log form), which is no window of the application any more. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_list_find (gtk_application_get_windows (GTK_APPLICATION (self)), l->data) != NULL)
      gtk_window_close (l->data);
}

/* A signal that ends the application: SIGTERM (a logout, a shutdown,
 * kill), SIGINT (Ctrl+C in the terminal it was started from), SIGHUP
 * (that terminal closed). Their default ended the process at once, and
 * the changes of the pause after the last one (the working copy is
 * written 1.5 s after it) were in no working copy: gone. Every plan's
 * working copy is written now and the windows close without asking, as
 * nobody is there to answer; each write holds the application, which
 * ends once the last has, and the next start offers the work back. */
static gboolean
end_on_signal (RegimenApplication *self,
               int                 signal_number)
{
  GList *windows;

  /* A second one ends the application at once, as a second Ctrl+C does
   * in a terminal: a write of a working copy may hang (a stuck network
   * disk), and nothing else would end it but SIGKILL. What is on disk
   * stays whole: a working copy replaces the previous one only once it
   * is written, and one cut short is removed by a later start's listing
   * (regimen_autosave_list()); the temporary file of a save cut short
   * would stay beside the plan, in the person's folder, and is removed
   * now, as the command line does. The signal's default ends the
   * process, so whoever sent it sees it ended by that signal. */
  if (self->ending)
    {
      struct sigaction action = { .sa_handler = SIG_DFL };

      regimen_file_remove_others_temporaries ();
      sigemptyset (&action.sa_mask);
      sigaction (signal_number, &action, NULL);
      raise (signal_number);
      _exit (128 + signal_number);
    }

  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              (GCopyFunc) g_object_ref, NULL);

  /* One that came at start, while the exercises or a plan to open were
   * read, is not followed by the first window, nor is a plan opened
   * after it (`regimen PLAN` run again): the application ends once what
   * it reads is read, as it does with its last window. */
  self->ending = TRUE;
  if (self->open_filter_data != NULL)
    open_filter_set_ending (self->open_filter_data);
  /* A log typed in an open form is no edit of the plan yet: it goes
   * into the plan now, as Save would put it, so that the working copy
   * holds it. One Save would refuse is said lost where the start can
   * be seen (a terminal, the journal). */
  for (GList *l = windows; l != NULL; l = l->next)
    if (REGIMEN_IS_LOG_FORM (l->data) && !regimen_log_form_keep_typed (l->data))
      g_printerr ("%s\n", _("Regimen ended on a signal: a log typed in an open Log Session form could not be "
                            "kept, as a box in it reads nothing Save takes."));
  /* So is a number typed into a field of an editor (an exercise's reps,
   * a session's minutes, Plan Settings' usual weekly load) and not yet
   * entered: entered now, as leaving the field enters it, when it is one
   * the field takes. Every window's, not only the application's: Plan
   * Settings is a window of its own, transient for its plan's. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
        GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (toplevel));
        GtkWidget *spin = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) : NULL;

        if (spin != NULL)
          gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
      }
  }
  regimen_document_autosave_all_now ();

  /* One that closed may have taken another with it (a plan window its
   * log form). */
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_list_find (gtk_application_get_windows (GTK_APPLICATION (self)), l->data) != NULL)
      gtk_window_destroy (l->data);

  g_list_free_full (windows, g_object_unref);

  return G_SOURCE_CONTINUE;
}

#ifdef HAVE_GTK_X11
static XIOErrorHandler display_lost_by_gtk;

/* The X display is gone (its session ended, the server crashed, the ssh
 * that forwarded it closed). GTK's handler ends the process at once, and
 * the changes of the pause after the last one (the working copy is
 * written 1.5 s after it) were in no working copy: gone. They are
 * written first, on this thread, the only turn left; the next start
 * offers them back. Nothing of the window can be asked or drawn any
 * more: a number typed and not entered is lost, unlike on a signal. */
static int
on_display_lost (Display *display)
{
  regimen_document_autosave_all_sync ();

  return display_lost_by_gtk (display);
}
#endif

static gboolean
on_sigterm (gpointer user_data)
{
  return end_on_signal (user_data, SIGTERM);
}

static gboolean
on_sigint (gpointer user_data)
{
  return end_on_signal (user_data, SIGINT);
}

static gboolean
on_sighup (gpointer user_data)
{
  return end_on_signal (user_data, SIGHUP);
}

static const GActionEntry app_actions[] = {
  { "about", regimen_application_about_action },
  { "quit", regimen_application_quit_action },
};

/* The working copies the person chose to restore, brought back one at a
 * time: each is read on a worker and shown, and the next is read once its
 * window has begun a frame. Read all at once, a hundred copies were read
 * together and their windows built one after another in one turn of the
 * main loop: the windows stopped drawing for seconds at a time, half a
 * minute in all. */
typedef struct
{
  /* Held while the queue runs: the person may close every window,
   * the first restored one among them, before the last copy is back. */
  RegimenApplication *application;
  /* The window the offer was made over, while it is open: the first
   * copy goes into it. */
  GWeakRef            window;
  GPtrArray          *autosaves;
  guint               next;
} RestoreQueue;

static void
restore_queue_free (RestoreQueue *queue)
{
  g_weak_ref_clear (&queue->window);
  g_clear_pointer (&queue->autosaves, g_ptr_array_unref);
  g_application_release (G_APPLICATION (queue->application));
  g_clear_object (&queue->application);
  g_free (queue);
}

static void on_working_copy_restored (GObject      *source,
                                      GAsyncResult *result,
                                      gpointer      user_data);

/* Reads the next working copy of @queue, which it takes; none once
 * Regimen is ending (a signal): those left are offered at the next
 * start. Closing windows, the one the offer was made over too, stops
 * nothing: the person chose Restore. */
static void
restore_next (RestoreQueue *queue)
{
  if (queue->next >= queue->autosaves->len || queue->application->ending)
    {
      restore_queue_free (queue);
      return;
    }

  regimen_document_restore_async (g_ptr_array_index (queue->autosaves, queue->next++), NULL,
                                  on_working_copy_restored, queue);
}

static gboolean
stop_at_first_tick (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  return G_SOURCE_REMOVE;
}

/* Says why a working copy of @queue did not come back, over @window, or
 * over the window in front when that one closed meanwhile. With every
 * window closed while the copy was read (Restore, then Ctrl+W), it is a
 * message of the application's own, which the application stays open
 * for, as _regimen_window_show_error() says a failure after its window
 * closed: it was a dialog of no application, which the application,
 * let go by the restore with no window left, ended under, unseen. Not
 * once a signal ends the application: nobody is there to read it. */
static void
say_restore_problem (RestoreQueue  *queue,
                     RegimenWindow *window,
                     const char    *heading,
                     const char    *body)
{
  GtkWidget *dialog;

  if (window == NULL)
    window = get_active_regimen_window (queue->application);
  if (window == NULL && queue->application->ending)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, body);
  if (window == NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (queue->application));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_working_copy_restored (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  RestoreQueue *queue = user_data;
  g_autoptr(RegimenWindow) window = g_weak_ref_get (&queue->window);
  RegimenWindow *shown = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  /* Closed meanwhile: another window of Regimen's says what there is to
   * say, and the copy comes back in a window of its own. */
  if (window != NULL && gtk_window_get_application (GTK_WINDOW (window)) == NULL)
    g_clear_object (&window);

  document = regimen_document_restore_finish (result, &error);
  if (g_error_matches (error, REGIMEN_AUTOSAVE_ERROR, REGIMEN_AUTOSAVE_ERROR_SET_ASIDE))
    {
      /* A copy the offer counted without reading it, found unreadable
       * now: said as the offer says the copies it set aside. */
      g_autoptr(GString) text = g_string_new (_("\n\nThese could not be read and were set aside:"));
      g_autofree char *line = regimen_text_one_line (error->message, 400);

      g_message ("Working copy %s", error->message);
      g_string_append_printf (text, "\n• %s", line);
      say_restore_problem (queue, window, _("Unsaved Work Could Not Be Read"), text->str + strlen ("\n\n"));
    }
  else if (document == NULL && !queue->application->ending)
    {
      /* Open in another Regimen, or its lock is no file: the person chose
       * Restore and sees why nothing opens; the copy stays where it is. */
      g_autofree char *line = regimen_text_one_line (error->message, 400);
      g_autofree char *body = g_strdup_printf (_("%s\n\nThe unsaved work was left where it is."), line);

      g_message ("Could not restore a working copy: %s", error->message);
      say_restore_problem (queue, window, _("Unsaved Work Could Not Be Restored"), body);
    }
  /* A restore that ends after a signal opens no window: the signal
   * destroyed the windows, and the copy is offered at the next start. */
  else if (!queue->application->ending)
    shown = regimen_application_window_for_document (queue->application, document, window);

  /* The next copy once this one's window begins a frame, which then
   * draws it; a window closed before that goes on to the next too. */
  if (shown != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (shown), stop_at_first_tick, queue, (GDestroyNotify) restore_next);
  else
    restore_next (queue);
}

typedef struct
{
  GPtrArray *autosaves;
  GPtrArray *titles;
  /* Working copies that could not be read, set aside: one line each. */
  GPtrArray *set_aside;
  /* The window the offer is made over. */
  GWeakRef   window;
} RestoreOffer;

static void
restore_offer_free (RestoreOffer *offer)
{
  g_clear_pointer (&offer->autosaves, g_ptr_array_unref);
  g_clear_pointer (&offer->titles, g_ptr_array_unref);
  g_clear_pointer (&offer->set_aside, g_ptr_array_unref);
  g_weak_ref_clear (&offer->window);
  g_free (offer);
}

static void
restore_offer_closure_free (gpointer  data,
                            GClosure *closure)
{
  restore_offer_free (data);
}

static void
on_offered_copy_discarded (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GApplication) app = user_data;

  regimen_autosave_discard_finish (result);
  g_application_release (app);
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     RestoreOffer     *offer)
{
  g_autoptr(RegimenWindow) window = g_weak_ref_get (&offer->window);

  /* The window the offer was made over is gone: ask again next time. */
  if (window == NULL)
    return;

  if (g_str_equal (response, "restore"))
    {
      RestoreQueue *queue = g_new0 (RestoreQueue, 1);

      queue->application = REGIMEN_APPLICATION (g_object_ref (g_application_get_default ()));
      g_application_hold (G_APPLICATION (queue->application));
      g_weak_ref_init (&queue->window, window);
      queue->autosaves = g_ptr_array_ref (offer->autosaves);
      restore_next (queue);
      return;
    }

  for (guint i = 0; i < offer->autosaves->len; i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (offer->autosaves, i);
      /* Nothing writes a copy that is only offered: no order to keep. */
      GApplication *app = g_application_get_default ();

      g_application_hold (app);
      regimen_autosave_discard_async (autosave->id, on_offered_copy_discarded, g_object_ref (app));
    }
}

/* How many working copies the restore offer names, each on a line. */
#define MAX_OFFER_LINES 5
/* The most characters of a file's name in the restore offer. */
#define MAX_OFFER_FILE_CHARS 160

/* On a worker: the working copies, and the title of each the offer names.
 * Each is checked without being read (a regular file of the folder, not
 * a link, within the plan size limit), and only those the offer names are
 * read, for their titles, those over 1 MiB only at their start and end
 * (regimen_autosave_read_title()), and whole only when as long as their
 * plan file, to be compared with it: the copies are read whole when the
 * person chooses to restore or discard them, so a folder of a hundred
 * large copies costs the start what five small ones do. */
static void
list_working_copies (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  RestoreOffer *offer = g_new0 (RestoreOffer, 1);

  g_weak_ref_init (&offer->window, NULL);
  offer->autosaves = regimen_autosave_list ();
  offer->titles = g_ptr_array_new_with_free_func (g_free);
  offer->set_aside = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < offer->autosaves->len;)
    {
      RegimenAutosave *autosave = g_ptr_array_index (offer->autosaves, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) aside = NULL;
      g_autofree char *name = NULL;
      char *title = NULL;

      /* Work that was saved, its copy left by a kill right after the
       * save (regimen_autosave_drop_if_saved()), is no unsaved work to
       * offer. Checked among the copies the offer names, which are read
       * anyway. */
      if (i < MAX_OFFER_LINES && regimen_autosave_drop_if_saved (autosave))
        {
          g_ptr_array_remove_index (offer->autosaves, i);
          continue;
        }

      if (i >= MAX_OFFER_LINES && regimen_autosave_check (autosave, &error))
        {
          g_ptr_array_add (offer->titles, NULL);
          i++;
          continue;
        }

      if (error == NULL && regimen_autosave_read_title (autosave, &title, NULL, &error))
        {
          g_ptr_array_add (offer->titles, title);
          i++;
          continue;
        }

      /* Offered, it would come back as an untitled plan and restoring it
       * would do nothing, at every start: set aside, never deleted, and
       * named in the offer with what is wrong with it. */
      aside = regimen_autosave_set_aside (autosave->id, NULL);
      name = aside != NULL ? regimen_file_get_display_name (aside) : regimen_file_get_display_name (autosave->copy);
      g_message ("Working copy %s: %s", name, error->message);
      g_ptr_array_add (offer->set_aside, regimen_text_one_line (error->message, 200));
      g_ptr_array_add (offer->set_aside, g_steal_pointer (&name));
      g_ptr_array_remove_index (offer->autosaves, i);
    }

  g_task_return_pointer (task, offer, (GDestroyNotify) restore_offer_free);
}

/* The rest of a list of @n working copies of which the offer names
 * MAX_OFFER_LINES, counted. */
static void
append_more (GString *body,
             guint    n)
{
  if (n <= MAX_OFFER_LINES)
    return;

  g_string_append_printf (body,
                          /* Translators: after the first five working copies listed in the crash-recovery dialog, “• and 7 more” */
                          g_dngettext (GETTEXT_PACKAGE, "\n• and %u more", "\n• and %u more", n - MAX_OFFER_LINES),
                          n - MAX_OFFER_LINES);
}

/* The working copies that could not be read, after a blank line: where
 * each was set aside and what is wrong with it. */
static void
append_set_aside (GString      *body,
                  RestoreOffer *offer)
{
  if (offer->set_aside->len == 0)
    return;

  /* Translators: in the crash-recovery dialog, before the working copies that could not be read */
  g_string_append (body, _("\n\nThese could not be read and were set aside:"));
  for (guint i = 0; i + 1 < MIN (offer->set_aside->len, 2 * MAX_OFFER_LINES); i += 2)
    /* Translators: a working copy that could not be read: its file and what is wrong, “• /home/me/.local/share/regimen/autosave/x.regimen.json.broken: Line 2, column 1: …” */
    g_string_append_printf (body, _("\n• %s: %s"), (const char *) g_ptr_array_index (offer->set_aside, i + 1),
                            (const char *) g_ptr_array_index (offer->set_aside, i));
  append_more (body, offer->set_aside->len / 2);
}

static void reopen_last_plan (RegimenApplication *self,
                              RegimenWindow      *window);

/* Working copies left when no window is open are from a session that
 * ended without saving: offer them back, or else reopen the last plan. */
static void
on_working_copies_listed (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  RegimenApplication *self = REGIMEN_APPLICATION (source);
  g_autoptr(RegimenWindow) window = user_data;
  gboolean reopen = GPOINTER_TO_INT (g_task_get_task_data (G_TASK (result)));
  RestoreOffer *offer = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autoptr(GString) body = NULL;
  GtkWidget *dialog;

  /* Closed meanwhile. */
  if (gtk_window_get_application (GTK_WINDOW (window)) == NULL)
    {
      restore_offer_free (offer);
      return;
    }

  if (offer->autosaves->len == 0)
    {
      if (offer->set_aside->len > 0)
        {
          g_autoptr(GString) text = g_string_new (NULL);

          append_set_aside (text, offer);
          dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Unsaved Work Could Not Be Read"),
                                           text->str + strlen ("\n\n"));
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      restore_offer_free (offer);
      if (reopen)
        reopen_last_plan (self, window);
      return;
    }

  body = g_string_new (NULL);
  g_string_append_printf (body,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Regimen closed before %u plan was saved. Its changes were kept:",
                                       "Regimen closed before %u plans were saved. Their changes were kept:",
                                       offer->autosaves->len),
                          offer->autosaves->len);

  /* Each plan by its title and its file, so the person knows what comes
   * back before saying yes; a few of them, so the dialog's buttons stay
   * on the screen however many working copies the folder holds. */
  for (guint i = 0; i < MIN (offer->autosaves->len, MAX_OFFER_LINES); i++)
    {
      RegimenAutosave *autosave = g_ptr_array_index (offer->autosaves, i);
      const char *title = g_ptr_array_index (offer->titles, i);
      g_autoptr(GDateTime) changed = NULL;
      g_autofree char *when = NULL;
      g_autofree char *where = NULL;

      g_autofree char *line = NULL;

      if (title == NULL || *title == '\0')
        title = _("Untitled Plan");
      /* A title is one line of the list, however it is written. */
      line = regimen_text_one_line (title, 80);

      /* Its file on one line too, cut in the middle: ID.source may name
       * any address up to 64 KiB, which laid out whole made the dialog
       * thousands of lines tall and the start take seconds. */
      if (autosave->source != NULL)
        {
          g_autofree char *name = regimen_file_get_display_name (autosave->source);

          where = regimen_text_one_line_middle (name, MAX_OFFER_FILE_CHARS);
        }
      else
        where = g_strdup (_("never saved"));

      /* When its working copy was last written, in the locale's own
       * date and time: two working copies of one file (two windows of
       * it, or two sessions that ended unsaved) were two lines alike. */
      changed = g_date_time_new_from_unix_local (autosave->modified);
      when = changed != NULL ? g_date_time_format (changed, "%x %X") : NULL;

      if (when != NULL)
        /* Translators: one plan the crash-recovery dialog offers back: its title, its file and when its changes were last kept, in the locale's date and time, “• “Block 1” — /home/me/block-1.regimen.json, changed 12/05/2026 18:40:12” */
        g_string_append_printf (body, _("\n• “%s” — %s, changed %s"), line, where, when);
      else
        /* Translators: one plan the crash-recovery dialog offers back: its title and its file, “• “Block 1” — /home/me/block-1.regimen.json” */
        g_string_append_printf (body, _("\n• “%s” — %s"), line, where);
    }
  append_more (body, offer->autosaves->len);

  append_set_aside (body, offer);

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Restore Unsaved Work?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  g_weak_ref_set (&offer->window, window);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_response),
                         offer, restore_offer_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Unsaved work comes first: the offer to restore it, or (with @reopen)
 * the last plan. The working copies are read off the main thread. */
static void
offer_restore_or_reopen (RegimenApplication *self,
                         RegimenWindow      *window,
                         gboolean            reopen)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_working_copies_listed, g_object_ref (window));

  g_task_set_source_tag (task, offer_restore_or_reopen);
  g_task_set_task_data (task, GINT_TO_POINTER (reopen), NULL);
  g_task_run_in_thread (task, list_working_copies);
}

/* Started without a plan to open, Regimen goes back to the plan of last
 * time (a setting, on by default); a plan that is gone is skipped. */
static void
reopen_last_plan (RegimenApplication *self,
                  RegimenWindow      *window)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GFile) file = NULL;

  if (!g_settings_get_boolean (self->settings, "reopen-last-plan"))
    return;

  recent = regimen_recent_plans_get (self->settings);
  if (recent[0] == NULL)
    return;

  file = g_file_new_for_uri (recent[0]);
  regimen_window_reopen_file (window, file);
}

static void
regimen_application_activate (GApplication *app)
{
  RegimenApplication *self = REGIMEN_APPLICATION (app);
  GtkWindow *window = GTK_WINDOW (get_active_regimen_window (self));

  if (self->ending)
    return;

  if (self->loading_exercises)
    {
      self->activate_pending = TRUE;
      return;
    }

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (regimen_window_new (self));
  gtk_window_present (window);
  offer_restore_or_reopen (self, REGIMEN_WINDOW (window), TRUE);

  if (self->custom_exercises_problem != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (window, _("Your Exercises Could Not Be Read"),
                                                  self->custom_exercises_problem);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      g_clear_pointer (&self->custom_exercises_problem, g_free);
    }
}

/* A plan opened while no window can show it yet (`regimen PLAN`). */
typedef struct
{
  RegimenApplication *app;
  GFile              *file;
  RegimenDocument    *document;
  GError             *error;
  gboolean            done;
  /* Read from the command line before `open` asked for it
   * (start_early_reads()), and not yet asked for. */
  gboolean            early;
  /* Started early, and no `open` asked for it (another instance was
   * running, or the arguments were refused): dropped when its read ends. */
  gboolean            abandoned;
  GCancellable       *cancellable;
} PendingRead;

static void
pending_read_free (PendingRead *read)
{
  g_clear_object (&read->app);
  g_clear_object (&read->file);
  g_clear_object (&read->document);
  g_clear_error (&read->error);
  g_clear_object (&read->cancellable);
  g_free (read);
}

/* Says where the start can be seen (a terminal, the journal) that
 * @file, handed to this Regimen, was not shown because a signal ended it,
 * rather than drop it without a word. */
static void
say_not_shown (GFile *file)
{
  g_autofree char *name = regimen_file_get_display_name (file);

  /* Translators: said on the terminal or in the journal by a Regimen a signal ended while it read a plan handed to it */
  g_printerr (_("Regimen did not open “%s”: a signal ended Regimen before the plan was shown. Open it "
                "again once Regimen has closed."), name);
  g_printerr ("\n");
}

/* The plans read so far, in the order they were asked for, each in the
 * window that regimen_window_show_read_file() chooses: built with its
 * plan, so the window's first frame shows it. One whose read has not
 * ended holds up none asked for after it: a read that hangs (a network
 * disk that stopped answering) kept every plan opened after it, `regimen
 * PLAN` run again, from ever being shown, and the window with them. */
static void
show_pending_reads (RegimenApplication *self)
{
  RegimenWindow *window = NULL;

  if (self->loading_exercises)
    return;

  for (guint i = 0; i < self->reads->len;)
    {
      PendingRead *read = g_ptr_array_index (self->reads, i);

      if (!read->done)
        {
          i++;
          continue;
        }

      g_ptr_array_steal_index (self->reads, i);
      if (!self->ending)
        window = regimen_window_show_read_file (self, get_active_regimen_window (self), read->file,
                                                read->document, read->error);
      else
        /* Taken before the signal came (the sender was told so), and
         * never shown. */
        say_not_shown (read->file);
      pending_read_free (read);
      g_application_release (G_APPLICATION (self));
    }

  /* Started with a plan (opened from the file manager, `regimen PLAN`),
   * the unsaved work of a crash is offered all the same: else it would
   * wait, unseen, for a start without one. */
  if (self->offer_after_reads && window != NULL)
    {
      self->offer_after_reads = FALSE;
      offer_restore_or_reopen (self, window, FALSE);
    }
}

/* While the plans opened at start are read on a worker, the main thread
 * builds the window the first of them will be shown in, rather than wait:
 * hidden and pristine, so show_pending_reads() gives it the plan (or the
 * dialog that says why it could not be read) and presents it then. Only
 * once the person's exercises are in the library, as for any window. */
static void
build_window_while_reading (RegimenApplication *self)
{
  /* Once a signal came (end_on_signal()), no window: show_pending_reads()
   * would not show it, and a hidden window kept the application running
   * for good. */
  if (self->ending || self->loading_exercises || self->reads->len == 0
      || gtk_application_get_windows (GTK_APPLICATION (self)) != NULL)
    return;

  regimen_window_new (self);
}

static void
on_pending_read_finished (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  PendingRead *read = user_data;

  read->document = regimen_document_load_finish (result, &read->error);
  read->done = TRUE;
  /* Read before `open` asked for it: `open` shows it when it does. */
  if (read->abandoned)
    pending_read_free (read);
  else if (!read->early)
    show_pending_reads (read->app);
}

/* The read of @file started from the command line, now asked for by
 * `open`, or NULL. */
static PendingRead *
take_early_read (RegimenApplication *self,
                 GFile              *file)
{
  for (guint i = 0; i < self->early_reads->len; i++)
    {
      PendingRead *read = g_ptr_array_index (self->early_reads, i);

      if (g_file_equal (read->file, file))
        {
          g_ptr_array_remove_index (self->early_reads, i);
          read->early = FALSE;
          return read;
        }
    }

  return NULL;
}

static void
regimen_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  RegimenApplication *self = REGIMEN_APPLICATION (app);
  gboolean early_read_done = FALSE;

  if (self->ending)
    {
      /* The call passed the bus filter before the signal came, and its
       * sender was told it succeeded: said where the start can be seen,
       * as for a plan taken and never shown (show_pending_reads()). */
      for (int i = 0; i < n_files; i++)
        say_not_shown (files[i]);
      return;
    }

  for (int i = 0; i < n_files; i++)
    {
      RegimenWindow *window = get_active_regimen_window (self);
      PendingRead *read;

      /* Which window shows a plan is decided once it is read. */
      if (window != NULL && !self->loading_exercises && self->reads->len == 0)
        {
          regimen_window_load_file (window, files[i]);
          continue;
        }

      /* No window yet: the plan is read while the exercises are, and
       * before a window is built, not after an empty one was drawn. */
      if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
        self->offer_after_reads = TRUE;
      read = take_early_read (self, files[i]);
      if (read == NULL)
        {
          read = g_new0 (PendingRead, 1);
          read->file = g_object_ref (files[i]);
          regimen_document_load_async (files[i], NULL, on_pending_read_finished, read);
        }
      else if (read->done)
        {
          early_read_done = TRUE;
        }
      read->app = g_object_ref (self);
      g_ptr_array_add (self->reads, read);
      g_application_hold (app);
    }

  /* A plan read before it was asked for is shown as one whose read ends
   * now. */
  if (early_read_done)
    show_pending_reads (self);
  build_window_while_reading (self);
}

/* `regimen PLAN…`: the plans are read on a worker from here, before the
 * application's startup, rather than from `open` after it. Startup opens
 * the display, sets up GL and libadwaita (about 440 M instructions on
 * the main thread), and the window built after it while the plan is
 * read took about as long as the read of a 52-week plan (190 M): the
 * first frame waited for whichever ended last. Only plain file
 * arguments: with an option among them GApplication's own parsing
 * decides what they are, and the plans are read from `open`. */
static void
start_early_reads (RegimenApplication  *self,
                   char               **arguments)
{
  if (arguments[0] == NULL)
    return;

  for (guint i = 1; arguments[i] != NULL; i++)
    {
      if (arguments[i][0] == '-' || arguments[i][0] == '\0')
        return;
    }

  for (guint i = 1; arguments[i] != NULL; i++)
    {
      PendingRead *read = g_new0 (PendingRead, 1);

      read->file = g_file_new_for_commandline_arg (arguments[i]);
      read->early = TRUE;
      read->cancellable = g_cancellable_new ();
      g_ptr_array_add (self->early_reads, read);
      regimen_document_load_async (read->file, read->cancellable, on_pending_read_finished, read);
    }
}

/* What no `open` asked for: the plans went to the instance already
 * running, or the arguments were refused. */
static void
abandon_early_reads (RegimenApplication *self)
{
  for (guint i = 0; i < self->early_reads->len; i++)
    {
      PendingRead *read = g_ptr_array_index (self->early_reads, i);

      read->abandoned = TRUE;
      g_cancellable_cancel (read->cancellable);
      if (read->done)
        pending_read_free (read);
    }
  g_ptr_array_set_size (self->early_reads, 0);
}

/* The window already showing the file @document was read from: the same
 * file reached by another path (a symbolic link, “dir/../”) counts, as
 * the files' device and inode are compared where known. */
static RegimenWindow *
window_showing_file_of (RegimenApplication *self,
                        RegimenDocument    *document)
{
  GFile *file = regimen_document_get_file (document);
  const char *id = regimen_document_get_file_id (document);

  if (file == NULL)
    return NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      RegimenDocument *shown;
      GFile *shown_file;

      if (!REGIMEN_IS_WINDOW (l->data))
        continue;

      shown = regimen_window_get_document (l->data);
      shown_file = shown != NULL && shown != document ? regimen_document_get_file (shown) : NULL;
      if (shown_file == NULL)
        continue;

      if ((id != NULL && g_strcmp0 (id, regimen_document_get_file_id (shown)) == 0) ||
          g_file_equal (file, shown_file))
        return l->data;
    }

  return NULL;
}

/**
 * regimen_application_window_for_document:
 * @self: the application
 * @document: a plan to show: opened, restored or new from a template
 * @preferred: (nullable): the window the request came from
 *
 * The one place that decides which window shows a plan: the window
 * already showing its file, when one does (the same file opened again,
 * also through a symbolic link or another path to it: that window is
 * presented as it is and @document dropped); otherwise @preferred when it
 * holds an untouched new plan, a new window otherwise, so a plan somebody
 * is working on is never replaced. A restored working copy always gets a
 * window of its own: it holds unsaved work. The window is presented.
 *
 * Returns: (transfer none): the window that shows @document
 */
RegimenWindow *
regimen_application_window_for_document (RegimenApplication *self,
                                         RegimenDocument    *document,
                                         RegimenWindow      *preferred)
{
  RegimenWindow *target = preferred;

  g_return_val_if_fail (REGIMEN_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (preferred == NULL || REGIMEN_IS_WINDOW (preferred), NULL);

  if (!regimen_document_get_restored (document))
    {
      RegimenWindow *showing = window_showing_file_of (self, document);

      if (showing != NULL)
        {
          gtk_window_present (GTK_WINDOW (showing));
          return showing;
        }
    }

  if (target == NULL || !regimen_window_is_pristine (target))
    target = regimen_window_new (self);

  regimen_window_set_document (target, document);
  gtk_window_present (GTK_WINDOW (target));

  return target;
}

static void
on_custom_exercises_loaded (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(RegimenApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  /* A file that cannot be read has been set aside, so the person's
   * exercises are never overwritten; the message says where it went. */
  if (!regimen_custom_exercises_load_finish (REGIMEN_LIBRARY (source), result, &error))
    {
      g_warning ("%s", error->message);
      self->custom_exercises_problem = g_strdup (error->message);
    }

  self->loading_exercises = FALSE;
  build_window_while_reading (self);
  show_pending_reads (self);
  if (self->activate_pending)
    {
      self->activate_pending = FALSE;
      g_application_activate (G_APPLICATION (self));
    }
  g_application_release (G_APPLICATION (self));
}

/* The print settings: a key file of the last print's printer, paper and
 * orientation, read and written on workers so the main loop never waits
 * on the disk for them. */

/* GtkPrintSettings keeps a few dozen short keys. */
#define PRINT_SETTINGS_MAX_SIZE (64 * 1024)

static char *
print_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "regimen", "print-settings.ini", NULL);
}

static void
read_print_settings_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable)
{
  g_autofree char *path = print_settings_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = regimen_file_load_capped (file, PRINT_SETTINGS_MAX_SIZE, cancellable, &error);
  if (bytes == NULL || !g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_NONE, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&key_file), (GDestroyNotify) g_key_file_unref);
}

static void
on_print_settings_read (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  RegimenApplication *self = REGIMEN_APPLICATION (source);
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GError) error = NULL;

  self->print_settings_reading = FALSE;
  g_application_release (G_APPLICATION (self));

  key_file = g_task_propagate_pointer (G_TASK (result), &error);
  if (key_file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Could not read the print settings: %s", error->message);
      return;
    }

  /* A print finished meanwhile: its settings are newer than the file's. */
  if (self->print_settings == NULL)
    self->print_settings = gtk_print_settings_new_from_key_file (key_file, NULL, NULL);
}

static void
start_reading_print_settings (RegimenApplication *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_print_settings_read, NULL);

  self->print_settings_reading = TRUE;
  g_application_hold (G_APPLICATION (self));
  g_task_set_source_tag (task, start_reading_print_settings);
  g_task_run_in_thread (task, read_print_settings_thread);
}

static void
write_print_settings_thread (GTask        *task,
                             gpointer      source_object,
                             gpointer      task_data,
                             GCancellable *cancellable)
{
  g_autofree char *path = print_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  GBytes *bytes = task_data;
  GError *error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      /* Translators: the print settings' folder cannot be made, e.g.
       * “the folder “/home/ana/.config/regimen” cannot be made: Not a directory” */
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("the folder “%s” cannot be made: %s"), shown, g_strerror (saved_errno));
      return;
    }

  if (regimen_file_replace (path, data, length, REGIMEN_FILE_WRITE_NONE, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void start_writing_print_settings (RegimenApplication *self);

static void
on_print_settings_written (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  RegimenApplication *self = REGIMEN_APPLICATION (source);
  g_autoptr(GError) error = NULL;

  self->print_settings_writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      RegimenWindow *window = get_active_regimen_window (self);

      /* Only logged, the next print started from the default printer and
       * paper without a word of why. Said in the window once a run. */
      g_debug ("Could not keep the print settings: %s", error->message);
      if (window != NULL && !self->print_settings_failure_said)
        {
          /* Translators: a notice after printing when the chosen printer and
           * paper cannot be written to the settings folder; %s says why */
          g_autofree char *notice = g_strdup_printf (_("Printer and paper were not kept for the next print: %s"),
                                                     error->message);

          self->print_settings_failure_said = TRUE;
          _regimen_window_show_toast (window, notice);
        }
    }

  if (self->print_settings_next != NULL)
    start_writing_print_settings (self);
  g_application_release (G_APPLICATION (self));
}

/* One write at a time, the newest text last. */
static void
start_writing_print_settings (RegimenApplication *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->print_settings_writing)
    return;

  self->print_settings_writing = TRUE;
  g_application_hold (G_APPLICATION (self));
  task = g_task_new (self, NULL, on_print_settings_written, NULL);
  g_task_set_source_tag (task, start_writing_print_settings);
  g_task_set_task_data (task, g_steal_pointer (&self->print_settings_next), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, write_print_settings_thread);
}

/* The style sheets AdwApplication would load from the resource base
 * path, which Regimen does not set (regimen_application_new() says why):
 * style.css always, style-hc.css while high contrast is on. */
static void
update_high_contrast_style (RegimenApplication *self)
{
  GdkDisplay *display = gdk_display_get_default ();
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  if (high_contrast == self->high_contrast_style)
    return;

  self->high_contrast_style = high_contrast;
  if (high_contrast)
    gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->high_contrast_provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  else
    gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (self->high_contrast_provider));
}

static void
load_style_sheets (RegimenApplication *self)
{
  self->style_provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (self->style_provider, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->style_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->high_contrast_provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (self->high_contrast_provider, RESOURCE_PATH "/style-hc.css");
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (update_high_contrast_style), self, G_CONNECT_SWAPPED);
  update_high_contrast_style (self);
}

static void
regimen_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.toggle-library", { "F9", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.toggle-check", { "<Control>F9", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.plan-settings", { "<Control>comma", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.previous-week", { "<Alt>Left", NULL } },
    { "win.next-week", { "<Alt>Right", NULL } },
    { "win.add-week", { "<Control><Shift>n", NULL } },
    { "win.duplicate-week", { "<Control><Shift>d", NULL } },
    { "win.move-week-earlier", { "<Control><Shift>Page_Up", NULL } },
    { "win.move-week-later", { "<Control><Shift>Page_Down", NULL } },
    { "win.delete-week", { "<Control><Shift>Delete", NULL } },
    { "win.copy-week-to", { "<Control><Shift>c", NULL } },
    { "win.make-lighter-week", { "<Control><Shift>l", NULL } },
    { "win.new-block", { "<Control><Shift>b", NULL } },
    { "win.edit-block", { "<Control><Shift>e", NULL } },
    { "win.move-block-earlier", { "<Control><Alt>Page_Up", NULL } },
    { "win.move-block-later", { "<Control><Alt>Page_Down", NULL } },
    { "win.show-help-overlay", { "<Control>question", "<Control>slash", NULL } },
    { "win.view::week", { "<Control><Alt>1", NULL } },
    { "win.view::overview", { "<Control><Alt>2", NULL } },
  };
  RegimenApplication *self = REGIMEN_APPLICATION (app);
  g_autoptr(GAction) reopen = NULL;
  g_autoptr(GAction) load_unit = NULL;

  /* The built-in exercises are read on a thread of their own while GTK
   * opens the display and sets up GL below, not after it on the main
   * thread: the first window needs them, the display does not. */
  regimen_library_preload_default ();

  G_APPLICATION_CLASS (regimen_application_parent_class)->startup (app);
  /* Before any window is realized: each picks its renderer then. */
  regimen_renderer_choose_for_display (gdk_display_get_default ());
  load_style_sheets (self);
  regimen_accessible_names_fix ();

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  /* The preference is a check item in the main menu. */
  reopen = g_settings_create_action (self->settings, "reopen-last-plan");
  g_action_map_add_action (G_ACTION_MAP (self), reopen);
  /* So is the unit loads are logged in, as two radio items. */
  load_unit = g_settings_create_action (self->settings, "load-unit");
  g_action_map_add_action (G_ACTION_MAP (self), load_unit);
  /* Accelerators live in the application, not in widget bindings, so the
   * shortcuts window and menus can show them. */
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  /* The windows' icon is named after the first window's first frame
   * (regimen_window_map()). */

#ifdef HAVE_GTK_X11
  /* GTK set its own when it opened the display, before this. */
  if (GDK_IS_X11_DISPLAY (gdk_display_get_default ()) && display_lost_by_gtk == NULL)
    display_lost_by_gtk = XSetIOErrorHandler (on_display_lost);
#endif

  self->end_signal_sources[0] = g_unix_signal_add (SIGTERM, on_sigterm, self);
  self->end_signal_sources[1] = g_unix_signal_add (SIGINT, on_sigint, self);
  self->end_signal_sources[2] = g_unix_signal_add (SIGHUP, on_sighup, self);

  start_reading_print_settings (self);

  /* Read on a worker; the first window waits for them. */
  self->loading_exercises = TRUE;
  g_application_hold (app);
  regimen_custom_exercises_load_async (regimen_library_get_default (), NULL, on_custom_exercises_loaded,
                                       g_object_ref (self));
}

static void
read_load_unit (RegimenApplication *self)
{
  g_autofree char *word = g_settings_get_string (self->settings, "load-unit");

  if (!regimen_load_unit_from_string (word, &self->load_unit))
    self->load_unit = REGIMEN_LOAD_UNIT_KG;
}

static void
regimen_application_dispose (GObject *object)
{
  RegimenApplication *self = REGIMEN_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->style_provider);
  g_clear_object (&self->high_contrast_provider);
  g_clear_pointer (&self->print_settings_next, g_bytes_unref);
  g_clear_pointer (&self->custom_exercises_problem, g_free);
  g_clear_pointer (&self->reads, g_ptr_array_unref);
  g_clear_pointer (&self->early_reads, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->end_signal_sources); i++)
    g_clear_handle_id (&self->end_signal_sources[i], g_source_remove);

  G_OBJECT_CLASS (regimen_application_parent_class)->dispose (object);
}

/* A second `regimen PLAN` hands its plans to this instance (GApplication's
 * Open, which has no answer) and then asks, here, whether they were
 * taken: while a signal ends this instance it opens nothing, and the
 * second process exited 0 having opened nothing, without a word. The
 * bus delivers the question after the plans, so the answer is about
 * them. */
#define OPENING_INTERFACE "io.github.regimen.Regimen.Opening"

static const char opening_xml[] =
  "<node>"
  "  <interface name='" OPENING_INTERFACE "'>"
  "    <method name='TakesPlans'>"
  "      <arg type='b' name='takes' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static GDBusInterfaceInfo *
opening_interface_info (void)
{
  static GDBusNodeInfo *node;

  if (node == NULL)
    node = g_dbus_node_info_new_for_xml (opening_xml, NULL);

  return node->interfaces[0];
}

static void
on_opening_method_call (GDBusConnection       *connection,
                        const char            *sender,
                        const char            *object_path,
                        const char            *interface_name,
                        const char            *method_name,
                        GVariant              *parameters,
                        GDBusMethodInvocation *invocation,
                        gpointer               user_data)
{
  RegimenApplication *self = user_data;

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(b)", !self->ending));
}

static const GDBusInterfaceVTable opening_vtable = { on_opening_method_call, NULL, NULL };

static void
open_filter_set_ending (OpenFilter *filter)
{
  g_atomic_int_set (&filter->ending, TRUE);
}

static void
open_filter_free (gpointer data)
{
  OpenFilter *filter = data;

  g_free (filter->object_path);
  g_free (filter);
}

/* Why the plans of an Open call made on the bus (a file manager's D-Bus
 * activation, org.freedesktop.Application, or a second Regimen's
 * org.gtk.Application) are not taken, or %NULL when they are: the
 * application ends on a signal, or an address names another computer,
 * whose host GLib drops, so the plan at the same path here was opened. */
static char *
dup_open_refusal (OpenFilter *filter,
                  GVariant   *uris)
{
  g_autoptr(GString) refusal = NULL;
  GVariantIter iter;
  const char *uri;

  g_variant_iter_init (&iter, uris);
  while (g_variant_iter_next (&iter, "&s", &uri))
    {
      g_autofree char *host = regimen_file_dup_uri_other_host (uri);
      g_autofree char *line = NULL;
      g_autofree char *spelt = NULL;

      if (g_atomic_int_get (&filter->ending))
        {
          /* Named from the address alone: a GFile of an sftp:// or
           * smb:// address would ask gvfs over this very connection,
           * whose worker this is, and wait for its timeout. */
          g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
          g_autofree char *shown = path != NULL ? g_filename_display_name (path) : g_strdup (uri);
          g_autofree char *name = regimen_file_shorten_path (shown);

          line = g_strdup_printf (_("Regimen did not open “%s”: the Regimen already running was closing. Open it "
                                    "again once Regimen has closed."), name);
        }
      else if (host != NULL)
        line = g_strdup_printf (_("Regimen cannot open “%s”: it is on another computer, “%s”, and Regimen reads "
                                  "only files on this one. Copy the plan into a folder on this computer, then open "
                                  "it from there."),
                                uri, host);
      if (line == NULL)
        continue;
      /* The caller prints it (`gapplication launch`, `gio open`): an
       * address's escape sequences, spelt, cannot drive its terminal. */
      spelt = regimen_text_spell (line, FALSE);
      if (refusal == NULL)
        refusal = g_string_new (spelt);
      else
        g_string_append_printf (refusal, "\n%s", spelt);
    }

  return refusal != NULL ? g_string_free (g_steal_pointer (&refusal), FALSE) : NULL;
}

/* Runs on GDBus's worker thread, before GApplication's own object sees
 * the call: GApplication answers an Open at once and opens nothing
 * once a signal came, so the sender took its plans for opened. A call
 * refused is answered with an error that says why, and none of its
 * plans is opened: the sender learns it, and may open them itself. */
static GDBusMessage *
open_call_filter (GDBusConnection *connection,
                  GDBusMessage    *message,
                  gboolean         incoming,
                  gpointer         user_data)
{
  OpenFilter *filter = user_data;
  const char *interface = g_dbus_message_get_interface (message);
  GVariant *body = g_dbus_message_get_body (message);
  g_autoptr(GVariant) uris = NULL;
  g_autoptr(GDBusMessage) reply = NULL;
  g_autofree char *refusal = NULL;

  if (!incoming || g_dbus_message_get_message_type (message) != G_DBUS_MESSAGE_TYPE_METHOD_CALL
      || g_strcmp0 (g_dbus_message_get_path (message), filter->object_path) != 0
      || g_strcmp0 (g_dbus_message_get_member (message), "Open") != 0
      || (g_strcmp0 (interface, "org.freedesktop.Application") != 0 && g_strcmp0 (interface, "org.gtk.Application") != 0)
      || body == NULL || !g_variant_is_of_type (body, G_VARIANT_TYPE_TUPLE) || g_variant_n_children (body) == 0)
    return message;

  uris = g_variant_get_child_value (body, 0);
  if (!g_variant_is_of_type (uris, G_VARIANT_TYPE_STRING_ARRAY))
    return message;

  refusal = dup_open_refusal (filter, uris);
  if (refusal == NULL)
    return message;

  reply = g_dbus_message_new_method_error_literal (message, "io.github.regimen.Regimen.Error.NotOpened", refusal);
  g_dbus_connection_send_message (connection, reply, G_DBUS_SEND_MESSAGE_FLAGS_NONE, NULL, NULL);
  g_object_unref (message);

  return NULL;
}

static gboolean
regimen_application_dbus_register (GApplication     *app,
                                   GDBusConnection  *connection,
                                   const char       *object_path,
                                   GError          **error)
{
  RegimenApplication *self = REGIMEN_APPLICATION (app);

  if (!G_APPLICATION_CLASS (regimen_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  self->opening_registration = g_dbus_connection_register_object (connection, object_path,
                                                                  opening_interface_info (),
                                                                  &opening_vtable, self, NULL, error);
  if (self->opening_registration != 0)
    {
      self->open_filter_data = g_new0 (OpenFilter, 1);
      self->open_filter_data->object_path = g_strdup (object_path);
      self->open_filter_data->ending = self->ending;
      self->open_filter = g_dbus_connection_add_filter (connection, open_call_filter, self->open_filter_data,
                                                        open_filter_free);
    }

  return self->opening_registration != 0;
}

static void
regimen_application_dbus_unregister (GApplication    *app,
                                     GDBusConnection *connection,
                                     const char      *object_path)
{
  RegimenApplication *self = REGIMEN_APPLICATION (app);

  if (self->opening_registration != 0)
    g_dbus_connection_unregister_object (connection, self->opening_registration);
  self->opening_registration = 0;
  if (self->open_filter != 0)
    g_dbus_connection_remove_filter (connection, self->open_filter);
  self->open_filter = 0;
  self->open_filter_data = NULL;

  G_APPLICATION_CLASS (regimen_application_parent_class)->dbus_unregister (app, connection, object_path);
}

/* Whether the instance running took the plans just handed to it. One
 * gone meanwhile took nothing; one that does not know the question (an
 * older Regimen), or is too busy to answer within 5 s (its main thread
 * held by a stuck disk), is taken at its word, as before: its queue
 * still holds the plans, which it opens once it can. */
static gboolean
running_instance_took_plans (GApplication *app)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean takes = FALSE;

  reply = g_dbus_connection_call_sync (g_application_get_dbus_connection (app),
                                       g_application_get_application_id (app),
                                       g_application_get_dbus_object_path (app),
                                       OPENING_INTERFACE, "TakesPlans", NULL, G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NO_AUTO_START, 5000, NULL, &error);
  if (reply == NULL)
    return !g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN)
        && !g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER)
        && !g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY);

  g_variant_get (reply, "(b)", &takes);

  return takes;
}

/* Takes out of @arguments the file: addresses of another computer, each
 * said where the command can be seen; returns whether there was one. */
static gboolean
refuse_other_hosts (char **arguments)
{
  gboolean refused = FALSE;
  guint kept = 1;

  if (arguments == NULL || arguments[0] == NULL)
    return FALSE;

  for (guint i = 1; arguments[i] != NULL; i++)
    {
      g_autofree char *host = regimen_file_dup_uri_other_host (arguments[i]);

      if (host == NULL)
        {
          arguments[kept++] = arguments[i];
          continue;
        }

      /* Translators: said on the terminal by `regimen file://HOST/PATH`; the first %s is the address, the second the computer */
      g_printerr (_("Regimen cannot open “%s”: it is on another computer, “%s”, and Regimen reads only files on "
                    "this one. Copy the plan into a folder on this computer, then open it from there."),
                  arguments[i], host);
      g_printerr ("\n");
      g_free (arguments[i]);
      refused = TRUE;
    }
  arguments[kept] = NULL;

  return refused;
}

/* Names in @arguments each plan named by a link of the kernel's
 * (`regimen /dev/stdin < PLAN`) by its path: handed as it is to the
 * Regimen already running, it named that Regimen's own standard input,
 * whose file that one opened, and saved, in the plan's place. */
static void
name_past_kernel_links (char **arguments)
{
  if (arguments == NULL || arguments[0] == NULL)
    return;

  for (guint i = 1; arguments[i] != NULL; i++)
    {
      g_autoptr(GFile) given = g_file_new_for_commandline_arg (arguments[i]);
      g_autoptr(GFile) file = regimen_file_dup_past_kernel_link (given);

      if (file != given)
        {
          g_free (arguments[i]);
          arguments[i] = g_file_get_path (file);
        }
    }
}

static gboolean
regimen_application_local_command_line (GApplication   *app,
                                        char         ***arguments,
                                        int            *exit_status)
{
  RegimenApplication *self = REGIMEN_APPLICATION (app);
  gboolean refused = refuse_other_hosts (*arguments);
  gboolean handled;

  /* Nothing left to open: no window either. */
  if (refused && g_strv_length (*arguments) <= 1)
    {
      *exit_status = 1;
      return TRUE;
    }

  name_past_kernel_links (*arguments);
  start_early_reads (self, *arguments);
  handled = G_APPLICATION_CLASS (regimen_application_parent_class)->local_command_line (app, arguments,
                                                                                       exit_status);
  abandon_early_reads (self);

  /* The others were opened; the command failed all the same. */
  if (refused && handled && *exit_status == 0)
    *exit_status = 1;

  /* Plans handed to an instance a signal is ending: said, where the
   * command can be seen, and the command fails, so that a script or a
   * file manager does not take them for opened. */
  if (handled && (*exit_status == 0 || refused) && g_strv_length (*arguments) > 1 && g_application_get_is_registered (app)
      && g_application_get_is_remote (app) && !running_instance_took_plans (app))
    {
      for (guint i = 1; (*arguments)[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg ((*arguments)[i]);
          g_autofree char *name = regimen_file_get_display_name (file);

          /* Translators: said on the terminal by `regimen PLAN` while the Regimen already running ends */
          g_printerr (_("Regimen did not open “%s”: the Regimen already running was closing. Open it again "
                        "once Regimen has closed."), name);
          g_printerr ("\n");
        }
      *exit_status = 1;
    }

  return handled;
}

static void
regimen_application_class_init (RegimenApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = regimen_application_dispose;

  app_class->activate = regimen_application_activate;
  app_class->open = regimen_application_open;
  app_class->local_command_line = regimen_application_local_command_line;
  app_class->startup = regimen_application_startup;
  app_class->dbus_register = regimen_application_dbus_register;
  app_class->dbus_unregister = regimen_application_dbus_unregister;

  regimen_register_resource ();
}

static void
regimen_application_init (RegimenApplication *self)
{
  self->settings = g_settings_new ("io.github.regimen.Regimen");
  self->reads = g_ptr_array_new ();
  self->early_reads = g_ptr_array_new ();

  /* Connected before any view can connect to the same change: the views
   * that follow the unit read it here when told, and find it new. */
  read_load_unit (self);
  g_signal_connect_object (self->settings, "changed::load-unit",
                           G_CALLBACK (read_load_unit), self,
                           G_CONNECT_SWAPPED);
}

/* No resource base path: with one, GtkApplication's startup adds its
 * icons/ folder to the icon theme's resource paths just after making the
 * theme, which starts GTK's read of the icon themes on a worker; adw_init()
 * adds libadwaita's folder after that read is done, and adding a path
 * throws the themes read away, so most starts read them twice, the second
 * time at the window's first icon. Without it libadwaita's folder is the
 * only one, added by adw_init() as it makes the theme, before GTK's worker
 * has started reading, and the themes are read once. Regimen's own icons
 * are in hicolor (installed by data/meson.build; uninstalled runs put
 * data/ on XDG_DATA_DIRS), and its style sheets are loaded in startup
 * (load_style_sheets()). */
RegimenApplication *
regimen_application_new (void)
{
  return g_object_new (REGIMEN_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", NULL,
                       NULL);
}

/**
 * regimen_application_get_settings:
 * @self: a #RegimenApplication
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
regimen_application_get_settings (RegimenApplication *self)
{
  g_return_val_if_fail (REGIMEN_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * regimen_application_get_load_unit:
 * @self: a #RegimenApplication
 *
 * The unit the person reads and types loads in: the `load-unit` setting,
 * kilograms when it names none. Up to date in every handler of the
 * setting's change but the application's own.
 *
 * Returns: the unit
 */
RegimenLoadUnit
regimen_application_get_load_unit (RegimenApplication *self)
{
  g_return_val_if_fail (REGIMEN_IS_APPLICATION (self), REGIMEN_LOAD_UNIT_KG);

  return self->load_unit;
}

/**
 * regimen_application_get_print_settings:
 * @self: a #RegimenApplication
 *
 * Returns: (transfer none) (nullable): the settings of the last print,
 *   kept across runs (%NULL until the file is read, on a worker at startup)
 */
GtkPrintSettings *
regimen_application_get_print_settings (RegimenApplication *self)
{
  g_return_val_if_fail (REGIMEN_IS_APPLICATION (self), NULL);

  return self->print_settings;
}

/**
 * regimen_application_set_print_settings:
 * @self: a #RegimenApplication
 * @settings: the settings of the print just done
 *
 * Keeps @settings for the next print, and in the settings file for the
 * next run: written on a worker, after any write still running.
 */
void
regimen_application_set_print_settings (RegimenApplication *self,
                                        GtkPrintSettings   *settings)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  char *data;
  gsize length;

  g_return_if_fail (REGIMEN_IS_APPLICATION (self));
  g_return_if_fail (GTK_IS_PRINT_SETTINGS (settings));

  g_set_object (&self->print_settings, settings);

  gtk_print_settings_to_key_file (settings, key_file, NULL);
  data = g_key_file_to_data (key_file, &length, NULL);
  g_clear_pointer (&self->print_settings_next, g_bytes_unref);
  self->print_settings_next = g_bytes_new_take (data, length);
  start_writing_print_settings (self);
}

/**
 * regimen_application_get_print_settings_busy:
 * @self: a #RegimenApplication
 *
 * Returns: %TRUE while the print settings file is being read or written
 *   on a worker
 */
gboolean
regimen_application_get_print_settings_busy (RegimenApplication *self)
{
  g_return_val_if_fail (REGIMEN_IS_APPLICATION (self), FALSE);

  return self->print_settings_reading || self->print_settings_writing;
}

/**
 * regimen_application_get_ending:
 * @self: the application
 *
 * Returns: whether a signal (SIGTERM, SIGINT, SIGHUP) is ending the
 *   application: its windows are closed without asking, and nothing is
 *   shown any more
 */
gboolean
regimen_application_get_ending (RegimenApplication *self)
{
  g_return_val_if_fail (REGIMEN_IS_APPLICATION (self), FALSE);

  return self->ending;
}
