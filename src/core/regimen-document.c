/* regimen-document.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A plan as a person works on it: the plan, the file it belongs to, what
 * is known of that file on disk (its etag, a monitor), the working copy
 * that keeps unsaved changes safe, and whether it is being saved. Every
 * disk access runs on a worker thread with a snapshot of the plan taken
 * on the main thread, so the main loop never waits for the disk:
 *
 *   save:     snapshot → worker: atomic write (regimen-plan-writer.c) →
 *             main: saved state = the snapshot's, file, etag, working copy
 *   autosave: 1.5 s after the last change, snapshot → worker: durable
 *             write of the working copy (regimen-autosave.c); one write at
 *             a time, so a later removal never races an earlier write;
 *             a failed write is tried again, later each time, while the
 *             plan is unsaved
 *   export:   snapshot → worker: read back, render, atomic write
 *
 * The window is the document's view: it binds to the properties and
 * answers the signals. */

#define G_LOG_DOMAIN "regimen-document"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>

#include "regimen-custom-exercises.h"
#include "regimen-document-private.h"
#include "regimen-file-util.h"
#include "regimen-ical.h"
#include "regimen-plan-private.h"
#include "regimen-plan-reader.h"
#include "regimen-plan-view.h"
#include "regimen-plan-writer.h"
#include "regimen-templates.h"

#define AUTOSAVE_DELAY_MS 1500
/* After a failed write of the working copy (a full disk), the next try
 * waits this long, twice as long after each failure up to the most. */
#define AUTOSAVE_RETRY_FIRST_MS 2000
#define AUTOSAVE_RETRY_MOST_MS 60000

/* The most characters of a plan's title the window's title shows: more
 * than its header has room for, few enough for a task switcher. */
#define TITLE_MAX_CHARS 200

struct _RegimenDocument
{
  GObject       parent_instance;

  RegimenPlan  *plan;
  GFile        *file;
  /* The file whose save through the document portal kept no previous
   * version, once the person was to be told, and whether the last save
   * is that first one (regimen_document_take_unkept_backup()). */
  GFile        *unkept_told_file;
  gboolean      unkept_untold;
  /* The plan read from @file cannot be saved: its text as Regimen writes
   * it is more than Regimen opens (regimen_plan_check_fits()). */
  gboolean      too_large_to_save;
  /* The last snapshot of the plan (a working copy's, an export's) was
   * written compact, as a plan too large to save is: the next is written
   * so first (regimen_plan_to_bytes_within_limit()). */
  gboolean      snapshot_compact;

  /* Notices when something else changes the plan's file. The etag is
   * the file's as this document last read or wrote it; each new file or
   * etag bumps @file_serial, so the answer of an older query is dropped. */
  GFileMonitor *monitor;
  char         *etag;
  /* The file's device and inode as GIO names them (“l2049:1234”), the
   * same through a symbolic link or “dir/../”; NULL when not known. */
  char         *file_id;
  /* The file reading or saving @file last reached (its path with links
   * resolved, device and inode), or NULL: a save never follows a
   * symbolic link another program put at @file since to another file
   * (regimen_file_replace_reached()), and such a link is asked about. */
  RegimenFileReached *reached;
  guint         file_serial;
  /* The file's text as it was at @etag, or NULL when not known: the etag
   * is its time of change in the file system clock's steps (4 ms on
   * ext4), so another program that rewrites the file in place within a
   * step leaves etag and inode as they were, and only the text tells. */
  GBytes       *etag_text;
  /* Queries of the etag not answered yet (for the tests). */
  guint         n_etag_queries;
  guint         etag_known : 1;
  /* The person kept this version over a change on disk, and the file's
   * text as it is now is still being read: a save meanwhile replaces
   * what is there, as the person chose. */
  guint         keeping : 1;
  /* The change reported first since the last answer (its etag, inode and
   * text, read when it was reported): the version the person is asked
   * about. Keep This Version keeps the plan over that version, not over
   * one another program wrote while the question was up. */
  guint         reported : 1;
  /* That version was a folder. */
  guint         reported_folder : 1;
  /* The file was reported gone, and no answer came since. */
  guint         reported_gone : 1;
  char         *reported_etag;
  char         *reported_id;
  GBytes       *reported_text;
  /* Kept over a change whose text is known (@reported_text): a save
   * replaces that version only, and a later one is asked about. */
  GBytes       *kept_text;
  /* The file's text as this document last read or wrote it (for a
   * restored working copy: as it was when the copy was restored, if it
   * still held what the unsaved work started from), or NULL
   * when not known (a plan handed over with its file) or when there was
   * no file. A save to the file replaces only that version: a change
   * another program made meanwhile (regimen-cli log) is not undone
   * silently; with none known it makes a new file but replaces none. */
  GBytes       *disk_text;
  /* With no disk_text: the SHA-256 of the text the unsaved work of a
   * restored working copy started from, when the file no longer holds
   * it, so that the next working copy still knows its base. */
  char         *base_checksum;

  /* The working copy that keeps unsaved changes safe. */
  char         *autosave_id;
  guint         autosave_source;
  guint         autosave_writing : 1;
  /* The working copy is being removed on a worker: a write waits for it. */
  guint         autosave_removing : 1;
  /* Changed again while the working copy was being written. */
  guint         autosave_again : 1;
  /* Saved or discarded while the working copy was being written: the
   * copy goes once the write is done. */
  guint         autosave_forgotten : 1;
  /* The last write failed: said once (autosave-failed) until a write
   * succeeds (autosave-recovered); meanwhile the write is tried again
   * by autosave_retry_source, after autosave_retry_ms. */
  guint         autosave_failing : 1;
  guint         autosave_retry_source;
  guint         autosave_retry_ms;
  /* A working copy was written, and not removed since. */
  guint         autosave_on_disk : 1;
  /* The serial of the last text taken for the copy, and of the newest
   * written (shared with the writes on workers, copy_order_mutex). */
  guint64       copy_serial;
  guint64      *copy_newest;

  /* Restored from a working copy: unsaved until saved, whatever the
   * plan's own history says. */
  guint         restored : 1;
  guint         n_saves;
  guint         n_exports;
  /* Saves being written, and saves of the document's own file asked for
   * meanwhile, which wait for them (each a GTask, oldest first). */
  guint         n_writing;
  GQueue        waiting_saves;
};

G_DEFINE_FINAL_TYPE (RegimenDocument, regimen_document, G_TYPE_OBJECT)

/* Every document alive, so that an export from one never replaces the
 * plan file of another (or its own). Main thread only. */
static GPtrArray *live_documents;

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_BUSY,
  PROP_RESTORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED_ON_DISK,
  UNREACHABLE_ON_DISK,
  AUTOSAVE_FAILED,
  AUTOSAVE_RECOVERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void watch_file (RegimenDocument *self);

static void
set_busy (RegimenDocument *self,
          int              saves,
          int              exports)
{
  gboolean was_busy = regimen_document_get_busy (self);

  self->n_saves += saves;
  self->n_exports += exports;

  if (was_busy != regimen_document_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_restored (RegimenDocument *self,
              gboolean         restored)
{
  gboolean was_modified = regimen_document_get_modified (self);

  if (self->restored == !!restored)
    return;

  self->restored = !!restored;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTORED]);
  if (was_modified != regimen_document_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* The working copy */

typedef struct
{
  char   *id;
  GBytes *bytes;
  GFile  *source;
  /* The file's text the unsaved work started from, or its checksum. */
  GBytes *base;
  char   *base_checksum;
  /* When the text was taken, and the serial of the newest text of this
   * document's copy on disk (shared with the document). */
  guint64  serial;
  guint64 *newest;
} AutosaveData;

/* Held while a copy is written and its serial compared: a write of older
 * text than the copy on disk holds is not made. */
static GMutex copy_order_mutex;

static void
autosave_data_free (AutosaveData *data)
{
  g_free (data->id);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_object (&data->source);
  g_clear_pointer (&data->base, g_bytes_unref);
  g_free (data->base_checksum);
  g_rc_box_release (data->newest);
  g_free (data);
}

/* As autosave_data_new(), the text left to be given: a save's, on its
 * worker (copy_saved_text()). */
static AutosaveData *
autosave_data_new_without_text (RegimenDocument *self)
{
  AutosaveData *data = g_new0 (AutosaveData, 1);

  data->id = g_strdup (self->autosave_id);
  data->serial = ++self->copy_serial;
  data->newest = g_rc_box_acquire (self->copy_newest);
  data->source = self->file != NULL ? g_object_ref (self->file) : NULL;
  /* The file's text the unsaved work started from: the version kept,
   * once the person kept the plan over it. */
  if (self->file != NULL && self->keeping && self->kept_text != NULL)
    data->base = g_bytes_ref (self->kept_text);
  else if (self->file != NULL && self->disk_text != NULL)
    data->base = g_bytes_ref (self->disk_text);
  else if (self->file != NULL)
    /* No text of the file known (a plan handed over with it, or kept
     * after it was gone): said so, so that a restore does not take a file
     * another program puts there as the one the work started from. */
    data->base_checksum = g_strdup (self->base_checksum != NULL ? self->base_checksum : REGIMEN_AUTOSAVE_NO_BASE);

  return data;
}

/* As autosave_data_new_without_text(), for a save to @file. Save As
 * names the new file in the copy, with no text of it to start from: the
 * copy of a save killed after the rename holds the file's text and is
 * removed at the next start as saved work, where it kept an older text
 * named with the old file, offered back and, restored and saved, written
 * over the old file. */
static AutosaveData *
autosave_data_new_for_save (RegimenDocument *self,
                            GFile           *file,
                            gboolean         own_file)
{
  AutosaveData *data = autosave_data_new_without_text (self);

  if (!own_file)
    {
      g_set_object (&data->source, file);
      g_clear_pointer (&data->base, g_bytes_unref);
      g_free (data->base_checksum);
      data->base_checksum = g_strdup (REGIMEN_AUTOSAVE_NO_BASE);
    }

  return data;
}

/* What a write of @self's working copy needs, taken on the main thread. */
static AutosaveData *
autosave_data_new (RegimenDocument *self)
{
  AutosaveData *data = autosave_data_new_without_text (self);

  data->bytes = regimen_plan_to_bytes_within_limit (self->plan, &self->snapshot_compact);

  return data;
}

static gboolean
autosave_data_write (AutosaveData  *data,
                     GError       **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  if (data->base != NULL && data->base_checksum == NULL)
    data->base_checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data->base);

  /* A save's text written into the copy before a write of older text
   * taken before the save came to the disk: the copy keeps the newer. */
  locker = g_mutex_locker_new (&copy_order_mutex);
  if (data->serial < *data->newest)
    return TRUE;
  if (!regimen_autosave_write_bytes (data->id, data->bytes, data->source, data->base_checksum, error))
    return FALSE;
  *data->newest = data->serial;

  return TRUE;
}

/* On the save's worker, before the plan's file is written: the working
 * copy is brought to the text saved. Killed after the file took it and
 * before the copy went, Regimen leaves a copy whose file holds its text,
 * which the next start removes as saved work
 * (regimen_autosave_drop_if_saved()); left holding an edit before the
 * save, it was offered back, and restored and saved over the file, it
 * undid the edits after it. */
static void
copy_saved_text (GBytes   *bytes,
                 gpointer  user_data)
{
  AutosaveData *data = user_data;
  g_autoptr(GError) error = NULL;

  data->bytes = g_bytes_ref (bytes);
  if (!autosave_data_write (data, &error))
    g_warning ("Working copy %s: %s", data->id, error->message);
}

static void
autosave_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  AutosaveData *data = task_data;
  GError *error = NULL;

  if (autosave_data_write (data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void start_autosave (RegimenDocument *self);

static gboolean
on_autosave_retry (gpointer user_data)
{
  RegimenDocument *self = user_data;

  self->autosave_retry_source = 0;
  start_autosave (self);

  return G_SOURCE_REMOVE;
}

/* The working copy could not be written: said once, however often it
 * fails again, and tried again later, each time twice as late, so a full
 * disk is not hammered; an edit meanwhile tries at its own time. */
static void
autosave_failed (RegimenDocument *self,
                 const GError    *error)
{
  if (!self->autosave_failing)
    {
      self->autosave_failing = TRUE;
      self->autosave_retry_ms = AUTOSAVE_RETRY_FIRST_MS;
      g_warning ("%s", error->message);
      g_signal_emit (self, signals[AUTOSAVE_FAILED], 0, error->message);
    }
  else
    {
      self->autosave_retry_ms = MIN (self->autosave_retry_ms * 2, AUTOSAVE_RETRY_MOST_MS);
    }

  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  self->autosave_retry_source = g_timeout_add (self->autosave_retry_ms, on_autosave_retry, self);
}

static void
on_autosave_removed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RegimenDocument) self = user_data;

  regimen_autosave_remove_finish (result);
  self->autosave_removing = FALSE;
  self->autosave_on_disk = FALSE;
  regimen_release_application ();

  /* Changed again while the old copy went: this copy is new. */
  if (self->autosave_again)
    {
      self->autosave_again = FALSE;
      start_autosave (self);
    }
}

/* Writes and removals of one working copy run one at a time, in order: a
 * removal never overtakes the write before it, nor a write the removal. */
static void
start_autosave_removal (RegimenDocument *self)
{
  g_assert (!self->autosave_writing);

  if (self->autosave_removing)
    return;

  self->autosave_removing = TRUE;
  regimen_hold_application ();
  regimen_autosave_remove_async (self->autosave_id, on_autosave_removed, g_object_ref (self));
}

static void
on_autosave_written (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  RegimenDocument *self = REGIMEN_DOCUMENT (source);
  g_autoptr(GError) error = NULL;

  self->autosave_writing = FALSE;
  regimen_release_application ();

  /* Saved or discarded meanwhile: what was just written is stale. */
  if (self->autosave_forgotten || !regimen_document_get_modified (self))
    {
      self->autosave_forgotten = FALSE;
      self->autosave_again = FALSE;
      start_autosave_removal (self);
      return;
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    autosave_failed (self, error);
  else
    {
      self->autosave_on_disk = TRUE;
      if (self->autosave_failing)
        {
          self->autosave_failing = FALSE;
          g_signal_emit (self, signals[AUTOSAVE_RECOVERED], 0);
        }
    }

  if (self->autosave_again)
    {
      self->autosave_again = FALSE;
      start_autosave (self);
    }
}

static void
start_autosave (RegimenDocument *self)
{
  g_autoptr(GTask) task = NULL;
  AutosaveData *data;

  if (!regimen_document_get_modified (self))
    {
      regimen_document_forget_autosave (self);
      return;
    }

  if (self->autosave_writing || self->autosave_removing)
    {
      self->autosave_again = TRUE;
      return;
    }

  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  data = autosave_data_new (self);

  self->autosave_writing = TRUE;
  self->autosave_forgotten = FALSE;
  regimen_hold_application ();

  task = g_task_new (self, NULL, on_autosave_written, NULL);
  g_task_set_source_tag (task, start_autosave);
  g_task_set_task_data (task, data, (GDestroyNotify) autosave_data_free);
  g_task_run_in_thread (task, autosave_thread);
}

static gboolean
on_autosave_timeout (gpointer user_data)
{
  RegimenDocument *self = user_data;

  self->autosave_source = 0;
  start_autosave (self);

  return G_SOURCE_REMOVE;
}

static void
on_plan_changed (RegimenDocument *self,
                 RegimenPlan     *plan)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  self->autosave_forgotten = FALSE;
  self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, on_autosave_timeout, self);
}

static void
on_plan_notify (RegimenDocument *self,
                GParamSpec      *pspec,
                RegimenPlan     *plan)
{
  if (g_str_equal (pspec->name, "modified"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  else if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "draft"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* The file on disk */

typedef struct
{
  RegimenDocument *document;
  guint            serial;
  /* Compare with the known etag and say so when it differs. */
  gboolean         compare;
  GFile           *file;
  /* What was known when the query started, for the worker. */
  char            *known_etag;
  char            *known_id;
  GBytes          *known_text;
  RegimenFileReached *known_reached;
  /* What the worker found. Learning, the text is read before the etag:
   * a change between the two leaves an etag newer than the text, which
   * the next report finds changed, never an old etag with new text. */
  GFileInfo       *info;
  GError          *error;
  GBytes          *text;
  /* Comparing, with the etag and inode as known: whether the text was
   * read, and what of it. */
  gboolean         text_read;
  gboolean         text_differs;
  GError          *text_error;
  /* The file's name is a symbolic link to another file than the one
   * known (regimen_file_dup_unreached_link()). */
  gboolean         unreached_link;
} EtagQuery;

static void
etag_query_free (EtagQuery *query)
{
  g_clear_object (&query->document);
  g_clear_object (&query->file);
  g_free (query->known_etag);
  g_free (query->known_id);
  g_clear_pointer (&query->known_text, g_bytes_unref);
  g_clear_pointer (&query->known_reached, regimen_file_reached_free);
  g_clear_object (&query->info);
  g_clear_error (&query->error);
  g_clear_pointer (&query->text, g_bytes_unref);
  g_clear_error (&query->text_error);
  g_free (query);
}

static void set_file_id (RegimenDocument *self,
                         GFileInfo       *info);

/* @info is of a file other than the one of id @known_id. */
/* The device and inode @info gives (“id::file”), or NULL. */
static const char *
info_file_id (GFileInfo *info)
{
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ID_FILE))
    return g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE);

  return NULL;
}

static gboolean
is_other_id (const char *known_id,
             GFileInfo  *info)
{
  const char *id = info_file_id (info);

  return id != NULL && known_id != NULL && !g_str_equal (id, known_id);
}

/* @info is of a file other than the one last read or written here. */
static gboolean
is_another_file (RegimenDocument *self,
                 GFileInfo       *info)
{
  return is_other_id (self->file_id, info);
}

static void
query_file_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  EtagQuery *query = task_data;

  if (!query->compare)
    query->text = regimen_plan_read_file (query->file, NULL, NULL);

  query->info = regimen_file_query_info (query->file,
                                         G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_ID_FILE ","
                                         G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                         G_FILE_ATTRIBUTE_ETAG_VALUE, &query->error);

  /* The same etag and inode: the same file, changed or not within one
   * step of the clock. Its text, read within the reader's limit, says. */
  if (query->compare && query->info != NULL && query->known_text != NULL
      && g_strcmp0 (g_file_info_get_etag (query->info), query->known_etag) == 0
      && !is_other_id (query->known_id, query->info))
    {
      g_autoptr(GBytes) text = regimen_plan_read_file (query->file, NULL, &query->text_error);

      query->text_read = TRUE;
      query->text_differs = text == NULL || !g_bytes_equal (text, query->known_text);
      query->text = g_steal_pointer (&text);
    }
  /* A change: its text is the version the person is asked about. */
  else if (query->compare && query->info != NULL)
    query->text = regimen_plan_read_file (query->file, NULL, NULL);

  if (query->compare && g_file_peek_path (query->file) != NULL)
    {
      g_autofree char *link = regimen_file_dup_unreached_link (query->known_reached, g_file_peek_path (query->file));

      query->unreached_link = link != NULL;
    }

  g_task_return_boolean (task, TRUE);
}

static void
forget_reported (RegimenDocument *self)
{
  self->reported = FALSE;
  self->reported_gone = FALSE;
  g_clear_pointer (&self->reported_etag, g_free);
  g_clear_pointer (&self->reported_id, g_free);
  g_clear_pointer (&self->reported_text, g_bytes_unref);
}

/* A change is reported: the first since the last answer is the version
 * asked about (a second one while the question is up is not shown). */
static void
report_change (RegimenDocument *self,
               GFileInfo       *info,
               GBytes         **text)
{
  if (self->reported)
    return;

  self->reported = TRUE;
  self->reported_folder = info != NULL &&
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_STANDARD_TYPE) == G_FILE_TYPE_DIRECTORY;
  self->reported_etag = g_strdup (info != NULL ? g_file_info_get_etag (info) : NULL);
  self->reported_id = g_strdup (info_file_id (info));
  self->reported_text = g_steal_pointer (text);
}

static void
on_etag_queried (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  EtagQuery *query = g_task_get_task_data (G_TASK (result));
  g_autoptr(RegimenDocument) self = g_steal_pointer (&query->document);
  GFileInfo *info = query->info;
  GError *error = query->error;
  const char *etag = info != NULL ? g_file_info_get_etag (info) : NULL;
  guint serial = query->serial;
  gboolean compare = query->compare;

  self->n_etag_queries--;

  /* Another file, or a save, came in between. */
  if (serial != self->file_serial || self->n_saves > 0)
    return;

  if (!compare || !self->etag_known)
    {
      /* The text read before the etag, the text known at it. */
      g_clear_pointer (&self->etag_text, g_bytes_unref);
      self->etag_text = g_steal_pointer (&query->text);
      g_free (self->etag);
      self->etag = g_strdup (etag);
      self->etag_known = TRUE;
      /* The etag and the file it is of go together. */
      if (info != NULL)
        set_file_id (self, info);
      return;
    }

  /* The same etag and inode, and the text differs from the one at that
   * etag: another program rewrote the file in place within one step of
   * the clock. Compared with what was known when the query started,
   * which must still be what is known. */
  if (query->text_read && g_strcmp0 (query->known_etag, self->etag) == 0
      && self->etag_text == query->known_text && g_strcmp0 (etag, self->etag) == 0)
    {
      if (!query->text_differs)
        return;
      if (query->text_error != NULL && !regimen_file_error_is_gone (query->text_error)
          && !g_error_matches (query->text_error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE))
        g_signal_emit (self, signals[UNREACHABLE_ON_DISK], 0, query->text_error);
      else
        {
          report_change (self, info, &query->text);
          self->reported_gone |= regimen_file_error_is_gone (query->text_error);
          g_signal_emit (self, signals[CHANGED_ON_DISK], 0, regimen_file_error_is_gone (query->text_error));
        }
      return;
    }

  /* Our own saves leave the etag we recorded. The etag is the file's
   * time of change, in the file system clock's steps (a few ms): a file
   * another program put in place within the same step as the one read
   * or written here has the same etag, and was taken for this one, its
   * change never asked about. It is another file (device and inode). */
  if (g_strcmp0 (etag, self->etag) == 0 && !is_another_file (self, info))
    return;

  /* Another time of change or another file, with the very text last
   * read or written here: the file written again as it was (a folder
   * synchronised from another computer, `git checkout`, a backup put
   * back, an editor's save with nothing changed). Nobody changed the
   * plan, and “Changed on Disk” had Reload, chosen to see the change,
   * throw away the edits made here. The file as it is now is the one
   * known. Not while a question is up: a file come back after “Is
   * Gone” is asked about in its place, as before. Nor a symbolic link
   * to another file holding that text (a colleague's copy of the plan):
   * it is not the file read, and was saved into unasked. */
  if (!self->reported && !self->reported_gone && info != NULL && query->text != NULL && self->etag_text != NULL &&
      self->etag_text == query->known_text && g_bytes_equal (query->text, self->etag_text) && !query->unreached_link)
    {
      g_free (self->etag);
      self->etag = g_strdup (etag);
      set_file_id (self, info);
      return;
    }

  /* The very version the person was asked about and answered with
   * Reload, reported again while the reload reads it: the file
   * monitor's late report of the same write. Asked a second time about
   * one change once the reload failed on a file left broken. The same
   * etag and inode, and its text where both are known. */
  if (self->reported && info != NULL && g_strcmp0 (etag, self->reported_etag) == 0 &&
      !is_other_id (self->reported_id, info) &&
      (query->text == NULL || self->reported_text == NULL || g_bytes_equal (query->text, self->reported_text)))
    return;

  /* A file that cannot be queried is not gone: a folder its owner made
   * unreadable, a disk that fails. What is known is why. */
  if (info == NULL && !regimen_file_error_is_gone (error))
    g_signal_emit (self, signals[UNREACHABLE_ON_DISK], 0, error);
  else
    {
      if (info != NULL)
        report_change (self, info, &query->text);
      self->reported_gone |= etag == NULL;
      g_signal_emit (self, signals[CHANGED_ON_DISK], 0, etag == NULL);
    }
}

/* Asks on a worker what is at the file now: learning (@compare FALSE),
 * its text and etag become the known ones; comparing, a change is
 * reported: another etag or inode, or with the same ones another text. */
static void
query_etag (RegimenDocument *self,
            gboolean         compare)
{
  EtagQuery *query = g_new0 (EtagQuery, 1);
  g_autoptr(GTask) task = NULL;

  query->document = g_object_ref (self);
  query->serial = self->file_serial;
  query->compare = compare;
  query->file = g_object_ref (self->file);
  query->known_etag = g_strdup (self->etag);
  query->known_id = g_strdup (self->file_id);
  query->known_text = self->etag_text != NULL ? g_bytes_ref (self->etag_text) : NULL;
  query->known_reached = self->reached != NULL ? regimen_file_reached_copy (self->reached) : NULL;
  self->n_etag_queries++;
  task = g_task_new (NULL, NULL, on_etag_queried, NULL);
  g_task_set_task_data (task, query, (GDestroyNotify) etag_query_free);
  g_task_run_in_thread (task, query_file_thread);
}

static void
on_monitor_changed (RegimenDocument   *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  if (self->n_saves > 0 || self->file == NULL)
    return;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT
      && event != G_FILE_MONITOR_EVENT_DELETED
      && event != G_FILE_MONITOR_EVENT_CREATED)
    return;

  query_etag (self, TRUE);
}

static void
stop_watching (RegimenDocument *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
    }
  g_clear_object (&self->monitor);
  self->file_serial++;
}

/**
 * regimen_document_get_file_monitor:
 * @self: a #RegimenDocument
 *
 * Returns: (transfer none) (nullable): the monitor that follows the
 *   document's file, for the tests
 */
GFileMonitor *
regimen_document_get_file_monitor (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), NULL);

  return self->monitor;
}

/**
 * regimen_document_get_n_etag_queries:
 * @self: a #RegimenDocument
 *
 * Returns: how many queries of the file's etag are not answered yet, for
 *   the tests
 */
guint
regimen_document_get_n_etag_queries (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), 0);

  return self->n_etag_queries;
}

/* Follows the file as it is now (its etag, when not known yet, comes from
 * a query that runs off the main thread). */
static void
watch_file (RegimenDocument *self)
{
  stop_watching (self);

  if (self->file == NULL)
    return;

  if (!self->etag_known)
    query_etag (self, FALSE);

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_monitor_changed), self,
                             G_CONNECT_SWAPPED);
}

/* After set_file(): the id of the file just read or written. */
static void
set_file_id (RegimenDocument *self,
             GFileInfo       *info)
{
  g_free (self->file_id);
  self->file_id = g_strdup (info_file_id (info));
}

static void
set_file (RegimenDocument *self,
          GFile           *file,
          const char      *etag,
          gboolean         etag_known)
{
  gboolean changed = !(file == self->file || (file != NULL && self->file != NULL && g_file_equal (file, self->file)));

  /* Another file's text is not known yet. */
  if (changed)
    {
      g_clear_pointer (&self->disk_text, g_bytes_unref);
      g_clear_pointer (&self->etag_text, g_bytes_unref);
      g_clear_pointer (&self->file_id, g_free);
      g_clear_pointer (&self->reached, regimen_file_reached_free);
      self->keeping = FALSE;
      g_clear_pointer (&self->kept_text, g_bytes_unref);
      forget_reported (self);
    }
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  self->etag_known = etag_known;
  watch_file (self);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* GObject */

static void
regimen_document_dispose (GObject *object)
{
  RegimenDocument *self = REGIMEN_DOCUMENT (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  stop_watching (self);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);

  G_OBJECT_CLASS (regimen_document_parent_class)->dispose (object);
}

static void
regimen_document_finalize (GObject *object)
{
  RegimenDocument *self = REGIMEN_DOCUMENT (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->unkept_told_file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->etag_text, g_bytes_unref);
  g_clear_pointer (&self->file_id, g_free);
  g_clear_pointer (&self->reached, regimen_file_reached_free);
  g_clear_pointer (&self->disk_text, g_bytes_unref);
  g_clear_pointer (&self->kept_text, g_bytes_unref);
  forget_reported (self);
  g_clear_pointer (&self->base_checksum, g_free);
  /* A working copy left (the plan not saved) is offered back next time. */
  regimen_autosave_release (self->autosave_id);
  g_clear_pointer (&self->autosave_id, g_free);
  g_clear_pointer (&self->copy_newest, g_rc_box_release);
  g_ptr_array_remove_fast (live_documents, self);

  G_OBJECT_CLASS (regimen_document_parent_class)->finalize (object);
}

static void
regimen_document_constructed (GObject *object)
{
  RegimenDocument *self = REGIMEN_DOCUMENT (object);

  G_OBJECT_CLASS (regimen_document_parent_class)->constructed (object);

  if (self->plan == NULL)
    self->plan = regimen_plan_new_blank ();

  g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify", G_CALLBACK (on_plan_notify), self, G_CONNECT_SWAPPED);

  if (live_documents == NULL)
    live_documents = g_ptr_array_new ();
  g_ptr_array_add (live_documents, self);
}

static void
regimen_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RegimenDocument *self = REGIMEN_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_take_string (value, regimen_document_dup_title (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, regimen_document_get_modified (self));
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, regimen_document_get_busy (self));
      break;

    case PROP_RESTORED:
      g_value_set_boolean (value, self->restored);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RegimenDocument *self = REGIMEN_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_document_class_init (RegimenDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = regimen_document_constructed;
  object_class->dispose = regimen_document_dispose;
  object_class->finalize = regimen_document_finalize;
  object_class->get_property = regimen_document_get_property;
  object_class->set_property = regimen_document_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESTORED] =
    g_param_spec_boolean ("restored", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RegimenDocument::changed-on-disk:
   * @self: a #RegimenDocument
   * @gone: %TRUE when the file was deleted or moved away
   *
   * Another program changed the plan's file.
   */
  signals[CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * RegimenDocument::unreachable-on-disk:
   * @self: a #RegimenDocument
   * @error: why the file cannot be queried (permission denied, an input
   *   or output error)
   *
   * The plan's file changed on disk and cannot be reached now: it is not
   * known to be gone.
   */
  signals[UNREACHABLE_ON_DISK] =
    g_signal_new ("unreachable-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * RegimenDocument::autosave-failed:
   * @self: a #RegimenDocument
   * @message: why, e.g. the disk is full
   *
   * The working copy could not be written.
   */
  signals[AUTOSAVE_FAILED] =
    g_signal_new ("autosave-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * RegimenDocument::autosave-recovered:
   * @self: a #RegimenDocument
   *
   * The working copy was written again after #RegimenDocument::autosave-failed
   * (which is not emitted again until then): the unsaved changes are safe.
   */
  signals[AUTOSAVE_RECOVERED] =
    g_signal_new ("autosave-recovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
regimen_document_init (RegimenDocument *self)
{
  self->autosave_id = g_uuid_string_random ();
  self->copy_newest = g_rc_box_new0 (guint64);
}

/* Public API */

/**
 * regimen_document_new:
 * @plan: (nullable): the plan, or %NULL for a blank one
 * @file: (nullable): where @plan was read from
 *
 * Returns: (transfer full): a document for @plan
 */
RegimenDocument *
regimen_document_new (RegimenPlan *plan,
                      GFile       *file)
{
  RegimenDocument *self;

  g_return_val_if_fail (plan == NULL || REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (REGIMEN_TYPE_DOCUMENT, "plan", plan, NULL);
  if (file != NULL)
    set_file (self, file, NULL, FALSE);

  return self;
}

typedef struct
{
  char        *id;
  GFile       *copy;
  GFile       *source;
  char        *base_checksum;
  RegimenPlan *plan;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_free (data->id);
  g_clear_object (&data->copy);
  g_clear_object (&data->source);
  g_free (data->base_checksum);
  g_clear_object (&data->plan);
  g_free (data);
}

/* On a worker: the working copy claimed as this process's work (another
 * Regimen that restored it first keeps it), then the text of the file it
 * was made from, as it is when the copy is restored, or NULL when there
 * is none, it is gone, or another program changed it after the unsaved
 * work started from it (a regimen-cli log between a crash and the
 * restore): a save then asks before it replaces that change, as for a
 * file never read. */
static void
read_source_text_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  RestoreData *data = task_data;
  g_autoptr(GBytes) text = NULL;
  GError *error = NULL;

  if (!regimen_autosave_claim (data->id, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Work that started from no text of its file (REGIMEN_AUTOSAVE_NO_BASE,
   * which no text's checksum is) knows none now either: nothing is read
   * (up to 16 MiB) only to be thrown away. No test sees the read, so no
   * mutation stands for this line. */
  if (data->source != NULL && g_strcmp0 (data->base_checksum, REGIMEN_AUTOSAVE_NO_BASE) != 0)
    text = regimen_plan_read_file (data->source, cancellable, NULL);

  if (text != NULL && data->base_checksum != NULL)
    {
      g_autofree char *checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, text);

      if (!g_str_equal (checksum, data->base_checksum))
        g_clear_pointer (&text, g_bytes_unref);
    }

  g_task_return_pointer (task, g_steal_pointer (&text), (GDestroyNotify) g_bytes_unref);
}

static void
return_restored (GTask  *task,
                 GBytes *source_text)
{
  RestoreData *data = g_task_get_task_data (task);
  RegimenDocument *self;

  self = regimen_document_new (data->plan, data->source);
  g_free (self->autosave_id);
  self->autosave_id = g_strdup (data->id);
  /* The copy restored is on the disk: a save brings it to its text
   * (copy_saved_text()), or a kill after the file took the save left the
   * text restored to be offered again. */
  self->autosave_on_disk = TRUE;
  self->restored = TRUE;
  /* The file as it is now is what the restored plan takes over, when it
   * still holds what the unsaved work started from: a change another
   * program makes to it from here on is not saved over unseen. */
  self->disk_text = source_text;
  if (source_text == NULL)
    self->base_checksum = g_strdup (data->base_checksum);
  else if (g_file_peek_path (data->source) != NULL)
    self->reached = regimen_file_reached_new (g_file_peek_path (data->source));

  g_task_return_pointer (task, self, g_object_unref);
}

static void
on_source_text_read (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GBytes *text = g_task_propagate_pointer (G_TASK (result), &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    return_restored (task, text);
}

/* On a worker: the working copy's plan. The start read only the copies
 * its offer names (the rest only checked, regimen_autosave_check()), so a
 * copy that cannot be read may first be found here: it is set aside as
 * the start sets one aside, never deleted nor offered again, and the
 * error (%REGIMEN_AUTOSAVE_ERROR_SET_ASIDE) names where it went and what
 * is wrong with it. */
static void
read_working_copy_thread (GTask        *task,
                          gpointer      source_object,
                          gpointer      task_data,
                          GCancellable *cancellable)
{
  RestoreData *data = task_data;
  RegimenAutosave autosave = { .id = data->id, .copy = data->copy };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autofree char *name = NULL;
  RegimenPlan *plan;

  plan = regimen_autosave_read (&autosave, cancellable, &error);
  if (plan != NULL)
    {
      g_task_return_pointer (task, plan, g_object_unref);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  aside = regimen_autosave_set_aside (data->id, NULL);
  name = regimen_file_get_display_name (aside != NULL ? aside : data->copy);
  g_task_return_new_error (task, REGIMEN_AUTOSAVE_ERROR, REGIMEN_AUTOSAVE_ERROR_SET_ASIDE,
                           "%s: %s", name, error->message);
}

static void
on_working_copy_loaded (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RestoreData *data = g_task_get_task_data (task);
  GError *error = NULL;
  GTask *read;

  data->plan = g_task_propagate_pointer (G_TASK (result), &error);
  if (data->plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  read = g_task_new (NULL, g_task_get_cancellable (task), on_source_text_read, g_object_ref (task));
  g_task_set_task_data (read, data, NULL);
  g_task_run_in_thread (read, read_source_text_thread);
  g_object_unref (read);
}

/**
 * regimen_document_restore_async:
 * @autosave: a working copy left behind by a crash or a kill
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when the copy is read
 * @user_data: data for @callback
 *
 * Reads the plan of @autosave on a worker thread, as unsaved work with the
 * file it came from. The working copy stays until the plan is saved or
 * discarded; one that cannot be read is set aside, and the restore fails
 * with %REGIMEN_AUTOSAVE_ERROR_SET_ASIDE, its message “WHERE: WHAT IS
 * WRONG”.
 */
void
regimen_document_restore_async (RegimenAutosave     *autosave,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  RestoreData *data;
  GTask *task;
  GTask *read;

  g_return_if_fail (autosave != NULL);

  data = g_new0 (RestoreData, 1);
  data->id = g_strdup (autosave->id);
  data->copy = g_object_ref (autosave->copy);
  data->source = autosave->source != NULL ? g_object_ref (autosave->source) : NULL;
  data->base_checksum = g_strdup (autosave->base_checksum);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_document_restore_async);
  g_task_set_task_data (task, data, (GDestroyNotify) restore_data_free);
  read = g_task_new (NULL, cancellable, on_working_copy_loaded, task);
  g_task_set_task_data (read, data, NULL);
  g_task_run_in_thread (read, read_working_copy_thread);
  g_object_unref (read);
}

/**
 * regimen_document_restore_finish:
 *
 * Returns: (transfer full) (nullable): the restored document, or %NULL
 *   with @error set
 */
RegimenDocument *
regimen_document_restore_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* What the read of a plan file learns on its worker. */
typedef struct
{
  GFile       *file;
  RegimenPlan *plan;
  GBytes      *text;
  gboolean     too_large_to_save;
  GFileInfo   *info;
  RegimenFileReached *reached;
} DocumentLoad;

static void
document_load_free (DocumentLoad *load)
{
  g_clear_object (&load->file);
  g_clear_object (&load->plan);
  g_clear_pointer (&load->text, g_bytes_unref);
  g_clear_object (&load->info);
  g_clear_pointer (&load->reached, regimen_file_reached_free);
  g_free (load);
}

static void
load_document_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  DocumentLoad *load = task_data;
  GError *error = NULL;
  GFile *given = load->file;

  load->file = regimen_file_dup_past_kernel_link (given);
  g_object_unref (given);

  /* The etag and id asked here, with the read and before it, so that the
   * plan reaches the main thread in one hop: asked there once the read
   * ended, the window `regimen PLAN` made while the plan was read waited
   * for a second hop to a worker (issue 20). Asked before the read, the
   * etag is never of a version newer than the text read; a change made
   * between the two is found as any other, by the text (the save compares
   * the file with the text read). */
  load->info = g_file_query_info (load->file, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_ID_FILE,
                                  G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (g_file_peek_path (load->file) != NULL)
    load->reached = regimen_file_reached_new (g_file_peek_path (load->file));
  load->plan = regimen_plan_load_from_file_with_text (load->file, &load->text, &load->too_large_to_save,
                                                      cancellable, &error);
  if (load->plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * regimen_document_load_async:
 * @file: a plan file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when the plan is read
 * @user_data: data for @callback
 *
 * Reads @file on a worker thread, and what is known of it on disk.
 */
void
regimen_document_load_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DocumentLoad *load;

  g_return_if_fail (G_IS_FILE (file));

  load = g_new0 (DocumentLoad, 1);
  load->file = g_object_ref (file);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_document_load_async);
  g_task_set_task_data (task, load, (GDestroyNotify) document_load_free);
  g_task_run_in_thread (task, load_document_thread);
}

/**
 * regimen_document_load_finish:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set: what is wrong with the file, and where
 */
RegimenDocument *
regimen_document_load_finish (GAsyncResult  *result,
                              GError       **error)
{
  DocumentLoad *load;
  RegimenDocument *self;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  load = g_task_get_task_data (G_TASK (result));
  self = g_object_new (REGIMEN_TYPE_DOCUMENT, "plan", load->plan, NULL);
  set_file (self, load->file, load->info != NULL ? g_file_info_get_etag (load->info) : NULL, TRUE);
  set_file_id (self, load->info);
  self->reached = g_steal_pointer (&load->reached);
  self->disk_text = load->text != NULL ? g_bytes_ref (load->text) : NULL;
  self->etag_text = load->text != NULL ? g_bytes_ref (load->text) : NULL;
  self->too_large_to_save = load->too_large_to_save;
  self->snapshot_compact = self->too_large_to_save;

  return self;
}

/**
 * regimen_document_get_too_large_to_save:
 * @self: a #RegimenDocument
 *
 * Returns: whether the plan read from the document's file is one that
 *   cannot be saved, found when it was read (regimen_plan_check_fits())
 */
gboolean
regimen_document_get_too_large_to_save (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);

  return self->too_large_to_save;
}

RegimenPlan *
regimen_document_get_plan (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), NULL);

  return self->plan;
}

/**
 * regimen_document_get_file:
 * @self: a #RegimenDocument
 *
 * Returns: (transfer none) (nullable): where the plan is saved
 */
GFile *
regimen_document_get_file (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), NULL);

  return self->file;
}

/**
 * regimen_document_dup_unreached_link:
 * @self: a #RegimenDocument
 *
 * Whether the plan's file is now a symbolic link that another program
 * put there, leading to another file than the one this document read or
 * saved there (`ln -sf OTHER PLAN`): saving never writes into that file
 * (regimen_file_replace_reached()). One lstat(), stat() and realpath()
 * of the plan's path.
 *
 * Returns: (transfer full) (nullable): where that link leads, as it says,
 *   or %NULL
 */
char *
regimen_document_dup_unreached_link (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), NULL);

  if (self->file == NULL || g_file_peek_path (self->file) == NULL)
    return NULL;

  return regimen_file_dup_unreached_link (self->reached, g_file_peek_path (self->file));
}

/**
 * regimen_document_get_file_id:
 * @self: a #RegimenDocument
 *
 * Which file on disk the plan was read from or saved to, whatever the path
 * it was reached by (a symbolic link, “dir/../”): GIO's
 * %G_FILE_ATTRIBUTE_ID_FILE, its device and inode for a local file.
 *
 * Returns: (nullable): the file's id, or %NULL when not known
 */
const char *
regimen_document_get_file_id (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), NULL);

  return self->file_id;
}

/**
 * regimen_document_dup_title:
 * @self: a #RegimenDocument
 *
 * Returns: (transfer full): the plan's name as shown, on one line
 *   without bidirectional controls (regimen_text_one_line()), a draft
 *   marked so
 */
char *
regimen_document_dup_title (RegimenDocument *self)
{
  const char *title;
  g_autofree char *line = NULL;

  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), NULL);

  title = regimen_plan_get_title (self->plan);
  if (title == NULL || *title == '\0')
    title = _("Untitled Plan");

  /* The window's header and its title for the task switcher and screen
   * readers show it as one line: a title with a line break showed a
   * glyph for it there, and a U+202E read the rest of it backwards. Cut
   * before the draft mark, which a long title must not push out. */
  line = regimen_text_one_line (title, TITLE_MAX_CHARS);

  /* A draft says so wherever the plan's name is shown. */
  if (regimen_plan_get_draft (self->plan))
    /* Translators: the title of a plan saved as a draft, “Block 1 (Draft)” */
    return g_strdup_printf (_("%s (Draft)"), line);

  return g_steal_pointer (&line);
}

/**
 * regimen_document_get_modified:
 * @self: a #RegimenDocument
 *
 * Returns: %TRUE when the plan has changes that are not in its file
 */
gboolean
regimen_document_get_modified (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);

  return self->restored || regimen_plan_get_modified (self->plan);
}

/**
 * regimen_document_get_busy:
 * @self: a #RegimenDocument
 *
 * Returns: %TRUE while the plan is being saved or exported
 */
gboolean
regimen_document_get_busy (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);

  return self->n_saves > 0 || self->n_exports > 0;
}

/**
 * regimen_document_is_autosaving:
 * @self: a #RegimenDocument
 *
 * Returns: %TRUE while the working copy is being written or removed (on a
 *   worker) or is waiting for the pause after the last change
 */
gboolean
regimen_document_is_autosaving (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);

  return self->autosave_writing || self->autosave_removing || self->autosave_source != 0;
}

gboolean
regimen_document_get_restored (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);

  return self->restored;
}

/**
 * regimen_document_get_autosave_id:
 * @self: a #RegimenDocument
 *
 * Returns: the name of the plan's working copy
 */
const char *
regimen_document_get_autosave_id (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), NULL);

  return self->autosave_id;
}

/**
 * regimen_document_is_pristine:
 * @self: a #RegimenDocument
 *
 * Returns: %TRUE for a new plan nobody has touched (nothing to undo or
 *   redo), which an opened plan may replace
 */
gboolean
regimen_document_is_pristine (RegimenDocument *self)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);

  /* Edits undone are not nothing: the plan they made is a Redo away,
   * and a plan opened in its place took that history with it. */
  return self->file == NULL
      && !regimen_document_get_modified (self)
      && !regimen_plan_can_undo (self->plan)
      && !regimen_plan_can_redo (self->plan);
}

/* Saving */

/* Whether @file is the document's own file, by whatever name: Save As
 * onto it through a symbolic or hard link replaces the version the
 * document knows, as Save does, and not a change made elsewhere unseen.
 * One stat() of each, for a local file other than the document's. */
static gboolean
is_own_file (RegimenDocument *self,
             GFile           *file)
{
  g_autofree char *path = NULL;
  g_autofree char *own_path = NULL;

  if (self->file == NULL)
    return FALSE;
  if (g_file_equal (file, self->file))
    return TRUE;

  path = g_file_get_path (file);
  own_path = g_file_get_path (self->file);
  if (path == NULL || own_path == NULL)
    return FALSE;

  return regimen_file_is_one_of (path, (const char * const[]) { own_path, NULL });
}

typedef struct
{
  GFile                 *file;
  RegimenFileWriteFlags  flags;
  /* The working copy was given the name of @file, not the plan's own. */
  gboolean               copy_renamed;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_free (data);
}

static void start_waiting_save (RegimenDocument *self);

static void
on_saved_file_queried (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RegimenDocument *self = g_task_get_source_object (task);
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, NULL);
  GBytes *text = g_object_get_data (G_OBJECT (task), "text");

  self->n_writing--;
  set_busy (self, -1, 0);
  regimen_release_application ();

  set_file (self, G_FILE (source), info != NULL ? g_file_info_get_etag (info) : NULL, TRUE);
  set_file_id (self, info);
  /* The file just written: a link the save followed, chosen by the person. */
  g_clear_pointer (&self->reached, regimen_file_reached_free);
  if (g_file_peek_path (G_FILE (source)) != NULL)
    self->reached = regimen_file_reached_new (g_file_peek_path (G_FILE (source)));
  /* Told once per file, at its first save that kept no previous version,
   * not at every save. */
  self->unkept_untold = g_object_get_data (G_OBJECT (task), "backup-unkept") != NULL &&
                        (self->unkept_told_file == NULL || !g_file_equal (self->unkept_told_file, G_FILE (source)));
  if (self->unkept_untold)
    g_set_object (&self->unkept_told_file, G_FILE (source));
  g_clear_pointer (&self->disk_text, g_bytes_unref);
  self->disk_text = g_bytes_ref (text);
  /* The etag was asked once the file was in place, while the file monitor
   * was not listening: another program's version put there meanwhile
   * would be taken for this one. Its text is compared with the text
   * written, now that the monitor listens again. */
  g_clear_pointer (&self->etag_text, g_bytes_unref);
  self->etag_text = g_bytes_ref (text);
  query_etag (self, TRUE);
  g_clear_pointer (&self->base_checksum, g_free);
  self->keeping = FALSE;
  g_clear_pointer (&self->kept_text, g_bytes_unref);
  forget_reported (self);
  set_restored (self, FALSE);
  /* regimen_plan_save_to_file_finish() marked saved the state the written
   * text was taken from. An edit made while the file was being written is
   * not in it: the plan stays modified, and that edit's working copy stays
   * until a later save or discard. */
  if (!regimen_plan_get_modified (self->plan))
    regimen_document_forget_autosave (self);

  g_task_return_boolean (task, TRUE);
  start_waiting_save (self);
}

/* The saves waiting behind one that found its file changed on disk would
 * compare the file with the same text and find the same change. They are
 * taken out of the queue, to finish with that save's outcome, without
 * reading or writing: one change is asked about once, and the answer
 * comes after every one of them has finished. A save told to save over
 * the change (Save Over It) stays in the queue, and runs. */
static GPtrArray *
take_saves_of_the_same_change (RegimenDocument *self)
{
  GPtrArray *same = g_ptr_array_new_with_free_func (g_object_unref);
  GList *link = self->waiting_saves.head;

  while (link != NULL)
    {
      GList *next = link->next;
      SaveData *data = g_task_get_task_data (link->data);

      if (!self->keeping && !(data->flags & REGIMEN_FILE_WRITE_OVERWRITE_CHANGED))
        {
          g_ptr_array_add (same, link->data);
          g_queue_delete_link (&self->waiting_saves, link);
        }
      link = next;
    }

  return same;
}

/* A save that found its file changed on disk: the file's etag as it is
 * now, queried before the save's error is returned. */
static void
on_changed_file_queried (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RegimenDocument *self = g_task_get_source_object (task);
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, NULL);
  GError *error = g_object_steal_data (G_OBJECT (task), "error");
  g_autoptr(GPtrArray) same = take_saves_of_the_same_change (self);

  set_busy (self, -1 - (int) same->len, 0);
  for (guint i = 0; i < same->len; i++)
    regimen_release_application ();
  regimen_release_application ();

  /* The save's error is the report of this change, which the person is
   * asked about: the file monitor's report of the same change, which may
   * come after the answer (a busy machine delivers it late), is not a
   * second one. The etag it will find is known now, and a query started
   * before now, which would compare with the etag before the change, is
   * dropped. The next save still asks (it compares the file's text), and
   * a later change, with another etag, is reported again. */
  if (self->file != NULL && g_file_equal (G_FILE (source), self->file))
    {
      self->file_serial++;
      /* The changed file's text is not read: with its etag and inode
       * alone, a change in place within one clock step is not seen. */
      g_clear_pointer (&self->etag_text, g_bytes_unref);
      g_free (self->etag);
      self->etag = g_strdup (info != NULL ? g_file_info_get_etag (info) : NULL);
      self->etag_known = TRUE;
      if (info != NULL)
        set_file_id (self, info);
    }

  /* The save's outcome, then the same for each save that waited for it. */
  g_task_return_error (task, g_error_copy (error));
  for (guint i = 0; i < same->len; i++)
    g_task_return_error (g_ptr_array_index (same, i), g_error_copy (error));
  g_error_free (error);
  start_waiting_save (self);
}

static void
on_plan_saved (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RegimenDocument *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!regimen_plan_save_to_file_finish (REGIMEN_PLAN (source), result, &error))
    {
      self->n_writing--;
      /* The file the document never read is there: as a change on disk. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS) && g_object_get_data (G_OBJECT (task), "unread"))
        error->code = G_IO_ERROR_WRONG_ETAG;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) && is_own_file (self, data->file))
        {
          /* The version kept over is no longer there: the save's
           * question is about the one there now, and the person's
           * answer to it is the next choice. */
          self->keeping = FALSE;
          g_clear_pointer (&self->kept_text, g_bytes_unref);
          forget_reported (self);
          g_object_set_data_full (G_OBJECT (task), "error", error, (GDestroyNotify) g_error_free);
          g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_ID_FILE,
                                   G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, NULL, on_changed_file_queried,
                                   g_object_ref (task));
          return;
        }
      set_busy (self, -1, 0);
      regimen_release_application ();
      /* Save As failed: the copy given the new file's name is the plan's
       * own unsaved work again, named with its file. */
      if (data->copy_renamed)
        start_autosave (self);
      g_task_return_error (task, error);
      start_waiting_save (self);
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "text", g_bytes_ref (regimen_plan_save_to_file_get_text (result)),
                          (GDestroyNotify) g_bytes_unref);
  if (regimen_plan_save_to_file_get_backup_unkept (result))
    g_object_set_data (G_OBJECT (task), "backup-unkept", GINT_TO_POINTER (TRUE));
  g_file_query_info_async (data->file, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_saved_file_queried, g_object_ref (task));
}

/* Takes the plan's text now and starts writing it, as
 * regimen_document_save_async() was asked to. */
static void
start_save (RegimenDocument *self,
            GTask           *task)
{
  SaveData *data = g_task_get_task_data (task);
  RegimenFileWriteFlags flags = data->flags;
  GBytes *previous = NULL;
  AutosaveData *copy = NULL;

  /* Saving to the plan's own file replaces only the version read or last
   * written here, unless the person chose to save over a change made
   * elsewhere. */
  if (self->keeping && is_own_file (self, data->file))
    flags |= REGIMEN_FILE_WRITE_OVERWRITE_CHANGED;
  /* Kept over the version the person was asked about: that version is
   * replaced, and one another program wrote since is asked about (Save
   * Over It, asked for, replaces whatever is there). */
  if ((flags & REGIMEN_FILE_WRITE_OVERWRITE_CHANGED) && !(data->flags & REGIMEN_FILE_WRITE_OVERWRITE_CHANGED)
      && self->kept_text != NULL)
    previous = self->kept_text;
  else if (!(flags & REGIMEN_FILE_WRITE_OVERWRITE_CHANGED) && is_own_file (self, data->file))
    {
      previous = self->disk_text;
      /* A file this document never read (a plan handed over with its
       * file) is not replaced unseen: a file there is a change to ask
       * about, as one made since it was read. */
      if (previous == NULL)
        {
          flags |= REGIMEN_FILE_WRITE_NO_REPLACE;
          g_object_set_data (G_OBJECT (task), "unread", GINT_TO_POINTER (TRUE));
        }
    }
  flags &= ~REGIMEN_FILE_WRITE_OVERWRITE_CHANGED;
  /* Saved as its own working copy, the plan would be removed with it;
   * saved into the previous version of another plan (PLAN~ opened to go
   * back to it), with that plan's next save. */
  flags |= REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR | REGIMEN_FILE_WRITE_NOT_A_BACKUP;

  /* A copy of the plan's unsaved work on the disk, or on its way there,
   * takes the text saved before the file does (copy_saved_text()), and
   * the name of the file saved (Save As's new one). One being removed is
   * not written again. */
  if (self->autosave_writing || (self->autosave_on_disk && !self->autosave_removing))
    {
      data->copy_renamed = !is_own_file (self, data->file);
      copy = autosave_data_new_for_save (self, data->file, !data->copy_renamed);
    }

  self->n_writing++;
  /* Saved under a new name (Save As), the plan is no more readable than
   * its file is. */
  regimen_plan_save_to_file_full_async (self->plan, data->file, previous,
                                        is_own_file (self, data->file) ? NULL : self->file,
                                        is_own_file (self, data->file) ? self->reached : NULL, flags,
                                        copy != NULL ? copy_saved_text : NULL, copy,
                                        copy != NULL ? (GDestroyNotify) autosave_data_free : NULL,
                                        g_task_get_cancellable (task), on_plan_saved, task);
}

/* A save is through: the oldest save waiting for it starts. */
static void
start_waiting_save (RegimenDocument *self)
{
  if (self->n_writing == 0 && !g_queue_is_empty (&self->waiting_saves))
    start_save (self, g_queue_pop_head (&self->waiting_saves));
}

/**
 * regimen_document_save_async:
 * @self: a #RegimenDocument
 * @file: where to save the plan
 * @flags: how to write it, e.g. over a read-only file the person agreed to
 *   replace
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when the save is done
 * @user_data: data for @callback
 *
 * Takes the plan's text now and writes it atomically to @file on a
 * worker thread. Once written, @file is the document's file and the
 * plan is saved as of now: an edit made meanwhile stays unsaved, with its
 * working copy. A save of the document's own file asked for while another
 * save is being written waits for it, and takes the plan's text when it
 * starts.
 */
void
regimen_document_save_async (RegimenDocument       *self,
                             GFile                 *file,
                             RegimenFileWriteFlags  flags,
                             GCancellable          *cancellable,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  SaveData *data;
  GTask *task;

  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_document_save_async);
  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->flags = flags;
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  set_busy (self, 1, 0);
  regimen_hold_application ();

  /* A save of the plan's own file replaces the text the document last
   * wrote there: while a save is being written, that text is not known
   * yet, and taken now it would be the one before, so the file as the
   * first save leaves it would look changed by another program. The
   * save waits, and takes the plan's text when it starts. */
  if (self->n_writing > 0 && is_own_file (self, file))
    g_queue_push_tail (&self->waiting_saves, task);
  else
    start_save (self, task);
}

/**
 * regimen_document_save_finish:
 *
 * Returns: %TRUE when the plan was written; otherwise %FALSE with @error
 *   set, and the file on disk as it was
 */
gboolean
regimen_document_save_finish (RegimenDocument  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * regimen_document_take_unkept_backup:
 * @self: a #RegimenDocument
 *
 * Whether the save that just finished (call it from the save's
 * callback) kept no previous version of the file as “FILE~”, because
 * the file is reached through the document portal (a plan given to the
 * Flatpak), and is the first such save of that file: %TRUE once per
 * file, so that the person is told once, not at every save.
 *
 * Returns: whether to tell the person
 */
gboolean
regimen_document_take_unkept_backup (RegimenDocument *self)
{
  gboolean untold;

  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);

  untold = self->unkept_untold;
  self->unkept_untold = FALSE;

  return untold;
}

/* Exports */

typedef struct
{
  GBytes                    *plan_bytes;
  GFile                     *file;
  /* The plan's own file, or NULL for a plan never saved. */
  GFile                     *source;
  RegimenDocumentRenderFunc  render;
  gpointer                   render_data;
  /* The person's exercises as the app's library knows them. */
  gboolean                   custom_known;
  GBytes                    *custom_text;
  /* The plan files open now and their previous versions, which the
   * export must not replace. */
  GStrv                      plan_paths;
  GStrv                      backup_paths;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->plan_bytes, g_bytes_unref);
  g_clear_object (&data->file);
  g_clear_object (&data->source);
  g_clear_pointer (&data->custom_text, g_bytes_unref);
  g_strfreev (data->plan_paths);
  g_strfreev (data->backup_paths);
  g_free (data);
}

/* The local files of the documents alive now, and in @backups the
 * previous versions kept beside them: “FILE~” beside the file a symbolic
 * link leads to, as a save names it. */
static GStrv
dup_plan_paths (GStrv *backups)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) backup_builder = g_strv_builder_new ();

  for (guint i = 0; live_documents != NULL && i < live_documents->len; i++)
    {
      RegimenDocument *document = g_ptr_array_index (live_documents, i);
      g_autofree char *path = document->file != NULL ? g_file_get_path (document->file) : NULL;
      g_autofree char *backup = NULL;

      if (path == NULL)
        continue;

      g_strv_builder_add (builder, path);
      backup = regimen_file_dup_backup_path (path);
      g_strv_builder_add (backup_builder, backup);
    }

  *backups = g_strv_builder_end (backup_builder);
  return g_strv_builder_end (builder);
}

typedef enum
{
  OUTPUT_EXPORT,
  OUTPUT_PRINT,
} OutputKind;

/* Whether @path is a file GTK's “Print to File” may replace, or none:
 * not a named pipe, a socket or a device (followed through a symbolic
 * link), a folder, or a symbolic link to nothing. */
static gboolean
print_target_replaceable (const char  *path,
                          GError     **error)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    return TRUE;

  if (S_ISLNK (st.st_mode) && stat (path, &st) != 0)
    {
      /* Another reason (a folder on the way that cannot be searched) is
       * GTK's to say. */
      if (errno != ENOENT)
        return TRUE;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("it is a symbolic link to a file that does not exist"));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("there is a folder of that name."));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("it is not a regular file."));
      return FALSE;
    }

  /* Root may write any file: a file made read-only was written over by
   * GTK after its “Replace?”, which an export refuses (the writer's
   * %G_IO_ERROR_READ_ONLY). */
  if ((st.st_mode & 0222) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, _("the file is read-only."));
      return FALSE;
    }

  return TRUE;
}

/* An export and a print to file keep no previous version of what they
 * write over: written over a plan open in a window (@plan_paths, by any
 * name: a symbolic or hard link), that plan would be left only in the
 * window; over the previous version kept beside one (@backup_paths), that
 * version would be gone. The chooser's “Replace?” names a file, not the
 * plan, so both are refused here, before anything is written. */
static gboolean
check_output (GFile               *file,
              const char * const  *plan_paths,
              const char * const  *backup_paths,
              OutputKind           kind,
              GError             **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;
  struct stat st;
  g_autoptr(GError) reason = NULL;

  if (path == NULL)
    return TRUE;

  if (regimen_file_is_one_of (path, plan_paths))
    {
      name = regimen_file_get_display_name (file);
      if (kind == OUTPUT_EXPORT)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     /* Translators: %s is the file an export was to be written to */
                     _("Could not write “%s”: it is a plan open in Regimen, which an export never "
                       "replaces. Choose another name."),
                     name);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     /* Translators: %s is the file the print dialog's “Print to File” was to write */
                     _("Could not print to “%s”: it is a plan open in Regimen, which printing never "
                       "replaces. Choose another name."),
                     name);
      return FALSE;
    }

  if (regimen_file_is_one_of (path, backup_paths))
    {
      name = regimen_file_get_display_name (file);
      if (kind == OUTPUT_EXPORT)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     /* Translators: %s is the file an export was to be written to, “plan.regimen.json~” */
                     _("Could not write “%s”: it is the previous version of a plan open in Regimen, which "
                       "an export never replaces. Choose another name."),
                     name);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     /* Translators: %s is the file the print dialog's “Print to File” was to write */
                     _("Could not print to “%s”: it is the previous version of a plan open in Regimen, "
                       "which printing never replaces. Choose another name."),
                     name);
      return FALSE;
    }

  /* Nor any “NAME~” beside a file NAME, there or not made yet, as the
   * command line's outputs refuse it (regimen_file_check_not_backup()):
   * the previous version a save of NAME kept, or will keep. Written
   * over, the way back from NAME's last save was gone (a plan no window
   * shows, or whose PLAN~ a save had not made yet); written there new,
   * the sheet or calendar went with NAME's next save. */
  if (!regimen_file_check_not_backup (path, NULL, &reason))
    {
      name = regimen_file_get_display_name (file);
      if (kind == OUTPUT_EXPORT)
        /* Translators: %s are the file an export was to be written to and why it was not */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Could not write “%s”: %s"), name, reason->message);
      else
        /* Translators: %s are the file the print dialog's “Print to File” was to write and why it was not */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Could not print to “%s”: %s"), name, reason->message);
      return FALSE;
    }

  /* GTK writes a print to file itself, past the writer's refusal of
   * what is not a file to replace: it opens the file on the main thread,
   * and opening a named pipe for writing waits for a reader, the window
   * held for good; a symbolic link to nothing failed as “Too many levels
   * of symbolic links”. Refused here in the writer's words. */
  if (kind == OUTPUT_PRINT && !print_target_replaceable (path, &reason))
    {
      name = regimen_file_get_display_name (file);
      /* Translators: %s are the file the print dialog's “Print to File” was to write and why it was not */
      g_set_error (error, G_IO_ERROR, reason->code, _("Could not print to “%s”: %s"), name, reason->message);
      return FALSE;
    }

  /* GTK writes a print to file itself, past the writer's refusal of
   * Regimen's data folder (REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR). */
  if (kind == OUTPUT_PRINT && regimen_file_is_in_data_dir (path))
    {
      name = regimen_file_get_display_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   /* Translators: %s is the file the print dialog's “Print to File” was to write */
                   _("Could not print to “%s”: it is in Regimen's own data folder, which holds the working copies "
                     "of unsaved plans and your exercises, and where Regimen removes files by itself. Choose "
                     "another folder."),
                   name);
      return FALSE;
    }

  /* Nor by a hard link of one of its files made elsewhere: GTK writes a
   * file of several names in place, so the sheet went into the person's
   * exercises (or a working copy) as well, where an export's new file
   * leaves them as they were. */
  if (kind == OUTPUT_PRINT && regimen_file_is_linked_into_data_dir (path))
    {
      name = regimen_file_get_display_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   /* Translators: %s is the file the print dialog's “Print to File” was to write */
                   _("Could not print to “%s”: it is another name (a hard link) of a file in Regimen's own data "
                     "folder, which holds the working copies of unsaved plans and your exercises, and printing "
                     "would write the sheet into that file too. Choose another name."),
                   name);
      return FALSE;
    }

  /* Nor any other file of several names: a plan kept with a hard link
   * named as the PDF became the sheet under both names, with no previous
   * version kept (pass 34d). */
  if (kind == OUTPUT_PRINT && stat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_nlink > 1)
    {
      name = regimen_file_get_display_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   /* Translators: %s is the file the print dialog's “Print to File” was to write */
                   _("Could not print to “%s”: it is another name (a hard link) of a file that has other "
                     "names, and printing would write the sheet into each of them. Choose another name."),
                   name);
      return FALSE;
    }

  return TRUE;
}

/**
 * regimen_document_check_print_file:
 * @file: the file a print to file is about to write (the print dialog's
 *   “Print to File” printer, which GTK writes itself)
 * @error: return location for a #GError
 *
 * Refuses @file, with %G_IO_ERROR_EXISTS and a message naming it, when it
 * is a plan open in one of the app's windows, by whatever name, or the
 * previous version kept beside one (`PLAN~`), as an export does; and, as
 * the export's writer does, what is not a file to replace: a named pipe,
 * socket or device (%G_IO_ERROR_NOT_REGULAR_FILE), a folder
 * (%G_IO_ERROR_IS_DIRECTORY), a symbolic link to nothing
 * (%G_IO_ERROR_NOT_FOUND); and a file in Regimen's own data folder, also
 * by a hard link made elsewhere (%G_IO_ERROR_PERMISSION_DENIED). Main
 * thread only.
 *
 * Returns: %TRUE when @file may be written
 */
gboolean
regimen_document_check_print_file (GFile   *file,
                                   GError **error)
{
  g_auto(GStrv) plan_paths = NULL;
  g_auto(GStrv) backup_paths = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan_paths = dup_plan_paths (&backup_paths);

  return check_output (file, (const char * const *) plan_paths, (const char * const *) backup_paths,
                       OUTPUT_PRINT, error);
}

/* The worker's own library: the built-in exercises and the person's, as
 * last saved, so nothing the main thread edits is read here. They are
 * the text the app's library last read or wrote, not the file as it is
 * now, so the export names what the window shows even when the file was
 * changed by hand (or broken) since; read from the file only when the
 * app's library never read it. */
static RegimenLibrary *
worker_library_new (ExportData  *data,
                    GError     **error)
{
  g_autoptr(RegimenLibrary) library = regimen_library_new_builtin (error);
  g_autoptr(GError) custom_error = NULL;

  if (library == NULL)
    return NULL;

  if (data->custom_known)
    {
      if (data->custom_text != NULL && !regimen_custom_exercises_read_text (library, data->custom_text, &custom_error))
        g_debug ("Exporting without custom exercises: %s", custom_error->message);
    }
  else if (!regimen_custom_exercises_read (library, &custom_error))
    g_debug ("Exporting without custom exercises: %s", custom_error->message);

  return g_steal_pointer (&library);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(RegimenPlan) snapshot = NULL;
  g_autoptr(RegimenLibrary) library = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  const char *path;
  gboolean written;

  if (!check_output (data->file, (const char * const *) data->plan_paths,
                     (const char * const *) data->backup_paths, OUTPUT_EXPORT, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  snapshot = regimen_plan_load_from_bytes (data->plan_bytes, &error);
  if (snapshot != NULL)
    library = worker_library_new (data, &error);
  if (library != NULL)
    bytes = data->render (snapshot, library, data->render_data, &error);

  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* A local export made as a new file is no more readable than the
   * plan's file (regimen_file_replace_export()). */
  path = g_file_peek_path (data->file);
  if (path != NULL)
    written = regimen_file_replace_export (path, data->source, g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes), REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR,
                                           cancellable, &error);
  else
    written = regimen_file_write_bytes (data->file, bytes, REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR, cancellable, &error);

  if (!written)
    {
      g_autofree char *name = regimen_file_get_display_name (data->file);

      g_task_return_new_error (task, G_IO_ERROR, error->code,
                               _("Could not write “%s”: %s"), name, error->message);
      g_error_free (error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RegimenDocument *self = REGIMEN_DOCUMENT (source);
  GError *error = NULL;

  set_busy (self, 0, -1);
  regimen_release_application ();

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * regimen_document_export_async:
 * @self: a #RegimenDocument
 * @file: where to write the export
 * @render: turns the plan into the export's bytes, on a worker thread
 * @render_data: data for @render, which must stay valid until @callback
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main context when the export is written
 * @user_data: data for @callback
 *
 * Takes the plan as it is now and, on a worker thread, renders it and
 * writes the result atomically to @file: a failure leaves no file half
 * written. No plan open in a window (this document's or another's, by
 * any name), nor the previous version kept beside one (`PLAN~`), is
 * replaced by an export: that fails with %G_IO_ERROR_EXISTS.
 */
void
regimen_document_export_async (RegimenDocument           *self,
                               GFile                     *file,
                               RegimenDocumentRenderFunc  render,
                               gpointer                   render_data,
                               GCancellable              *cancellable,
                               GAsyncReadyCallback        callback,
                               gpointer                   user_data)
{
  g_autoptr(GTask) worker = NULL;
  GTask *task;
  ExportData *data;

  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (render != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_document_export_async);

  data = g_new0 (ExportData, 1);
  /* Read back on the worker: within the reader's limits also for a plan
   * too large to save. */
  data->plan_bytes = regimen_plan_to_bytes_within_limit (self->plan, &self->snapshot_compact);
  data->file = g_object_ref (file);
  data->render = render;
  data->render_data = render_data;
  data->custom_known = regimen_custom_exercises_dup_known_text (regimen_library_get_default (), &data->custom_text);
  data->plan_paths = dup_plan_paths (&data->backup_paths);
  data->source = self->file != NULL ? g_object_ref (self->file) : NULL;

  set_busy (self, 0, 1);
  regimen_hold_application ();

  worker = g_task_new (self, cancellable, on_exported, task);
  g_task_set_task_data (worker, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (worker, export_thread);
}

gboolean
regimen_document_export_finish (RegimenDocument  *self,
                                GAsyncResult     *result,
                                GError          **error)
{
  g_return_val_if_fail (REGIMEN_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * regimen_document_render_calendar:
 *
 * A #RegimenDocumentRenderFunc for iCalendar: the sessions as events.
 *
 * Returns: (transfer full) (nullable): the calendar's text
 */
GBytes *
regimen_document_render_calendar (RegimenPlan     *snapshot,
                                  RegimenLibrary  *library,
                                  gpointer         user_data,
                                  GError         **error)
{
  char *calendar = regimen_ical_from_plan (snapshot, library, NULL, NULL, error);

  if (calendar == NULL)
    return NULL;

  return g_bytes_new_take (calendar, strlen (calendar));
}

/* The working copy, on request */

/**
 * regimen_document_autosave_now:
 * @self: a #RegimenDocument
 *
 * Writes the working copy without waiting for the pause after the last
 * change, or for the next try after a failed write, e.g. before asking
 * whether to save.
 */
void
regimen_document_autosave_now (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  if (self->autosave_source == 0 && self->autosave_retry_source == 0)
    return;

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  start_autosave (self);
}

/**
 * regimen_document_autosave_all_now:
 *
 * Every document alive writes its working copy now, as
 * regimen_document_autosave_now() does: before the application ends
 * without asking (a signal), when the changes of the pause after the
 * last one are in no working copy yet. Each write holds the application
 * until it has ended. Main thread only.
 */
void
regimen_document_autosave_all_now (void)
{
  for (guint i = 0; live_documents != NULL && i < live_documents->len; i++)
    regimen_document_autosave_now (g_ptr_array_index (live_documents, i));
}

/**
 * regimen_document_autosave_all_sync:
 *
 * Every document alive with unsaved changes writes its working copy now,
 * on this thread, after any write of it a worker has begun: for an
 * application that ends at once, with no turn of the main loop left to
 * run an asynchronous write (its display lost: GTK ends the process as
 * soon as its handler returns). A write that fails is said on stderr,
 * the only place left to say it. Main thread only.
 */
void
regimen_document_autosave_all_sync (void)
{
  for (guint i = 0; live_documents != NULL && i < live_documents->len; i++)
    {
      RegimenDocument *self = g_ptr_array_index (live_documents, i);
      AutosaveData *data;
      g_autoptr(GError) error = NULL;

      /* Saved, or never changed: no working copy is wanted. Nor is one
       * whose changes the person dropped (Reload, Discard) while the
       * document lives on until its copy is removed: written again now,
       * they would be offered back at the next start. A change made
       * since is waiting to be written (autosave_source, autosave_again). */
      if (!regimen_document_get_modified (self) || self->autosave_forgotten ||
          (self->autosave_removing && !self->autosave_again && self->autosave_source == 0))
        continue;

      data = autosave_data_new (self);
      if (!autosave_data_write (data, &error))
        g_printerr ("%s\n", error->message);
      autosave_data_free (data);
    }
}

/**
 * regimen_document_retry_autosave:
 * @self: a #RegimenDocument
 *
 * Tries now a working copy whose last write failed, instead of at its
 * next try (up to a minute away), e.g. when the person comes back to the
 * window, maybe having made room on the disk. Does nothing when no try is
 * waiting: the copy written, being written, or waiting for the pause
 * after a change. Failing again, the next try waits twice as long, and
 * nothing is said again.
 */
void
regimen_document_retry_autosave (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  if (self->autosave_retry_source == 0)
    return;

  start_autosave (self);
}

/**
 * regimen_document_forget_autosave:
 * @self: a #RegimenDocument
 *
 * The plan is saved or deliberately discarded: its working copy goes, now
 * or, when it is being written, right after.
 */
void
regimen_document_forget_autosave (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  g_clear_handle_id (&self->autosave_retry_source, g_source_remove);
  self->autosave_again = FALSE;
  self->autosave_failing = FALSE;

  if (self->autosave_writing)
    self->autosave_forgotten = TRUE;
  else
    start_autosave_removal (self);
}

/**
 * regimen_document_discard:
 * @self: a #RegimenDocument
 *
 * Drops the unsaved changes' claim on the person: the working copy goes
 * and the plan counts as saved.
 */
void
regimen_document_discard (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  regimen_document_forget_autosave (self);
  set_restored (self, FALSE);
  regimen_plan_mark_saved (self->plan);
}

typedef struct
{
  RegimenDocument *document;
  guint            serial;
} KeptText;

static void
read_kept_text_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *text = regimen_plan_read_file (task_data, cancellable, &error);

  if (text == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, text, (GDestroyNotify) g_bytes_unref);
}

static void
on_kept_text_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  KeptText *kept = user_data;
  g_autoptr(RegimenDocument) self = kept->document;
  GBytes *text = g_task_propagate_pointer (G_TASK (result), NULL);
  guint serial = kept->serial;

  g_free (kept);

  /* Another file, or a save, came in between. */
  if (serial != self->file_serial || self->n_saves > 0)
    {
      g_clear_pointer (&text, g_bytes_unref);
      return;
    }

  self->keeping = FALSE;

  /* A file that is gone (or cannot be read) is written again as new. */
  g_clear_pointer (&self->disk_text, g_bytes_unref);
  self->disk_text = text;
  g_clear_pointer (&self->base_checksum, g_free);
}

/**
 * regimen_document_leave_change:
 * @self: a #RegimenDocument
 *
 * The person dismissed the question about a change on disk without
 * choosing: the change is not asked about again, but the file's text as
 * it was read or last written stays the one a save may replace, so the
 * next save asks before it writes over the change.
 */
void
regimen_document_leave_change (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  if (self->file == NULL)
    return;

  /* Nothing kept: the next save asks before it replaces the file. */
  if (self->kept_text != NULL)
    self->keeping = FALSE;
  g_clear_pointer (&self->kept_text, g_bytes_unref);
  forget_reported (self);
  self->file_serial++;
  self->etag_known = FALSE;
  query_etag (self, FALSE);
}

/**
 * regimen_document_keep_after_failed_reload:
 * @self: a #RegimenDocument
 *
 * The person chose to reload the plan's file after another program
 * changed it, and it could not be read (left broken, half written, a
 * named pipe in its place): the plan stays, and it is in no file any
 * more, so it is unsaved (closing asks, a working copy keeps it) even
 * with nothing edited. Nothing was chosen about the file as it is now:
 * the next save asks before it writes over it, as after
 * regimen_document_leave_change().
 */
void
regimen_document_keep_after_failed_reload (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  if (self->file == NULL)
    return;

  regimen_document_leave_change (self);
  regimen_plan_mark_no_state_saved (self->plan);
  on_plan_changed (self, self->plan);
}

/**
 * regimen_document_keep_this_version:
 * @self: a #RegimenDocument
 *
 * The person keeps the plan as it is after the file changed on disk: the
 * version of the file the person was asked about counts as known, and a
 * change since (another program that wrote again while the question was
 * up) or later is asked about again. When that version's text is not
 * known, the file as it is now counts as known.
 */
void
regimen_document_keep_this_version (RegimenDocument *self)
{
  KeptText *kept;
  GTask *task;
  gboolean asked_known;

  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  if (self->file == NULL)
    return;

  asked_known = self->reported && self->reported_text != NULL;
  self->file_serial++;
  self->keeping = TRUE;
  if (asked_known)
    {
      /* Known: the version asked about. A save replaces it only. */
      g_clear_pointer (&self->kept_text, g_bytes_unref);
      self->kept_text = g_bytes_ref (self->reported_text);
      g_clear_pointer (&self->etag_text, g_bytes_unref);
      self->etag_text = g_bytes_ref (self->reported_text);
      g_free (self->etag);
      self->etag = g_strdup (self->reported_etag);
      self->etag_known = TRUE;
      g_free (self->file_id);
      self->file_id = g_strdup (self->reported_id);
    }
  else
    {
      self->etag_known = FALSE;
      query_etag (self, FALSE);
    }
  forget_reported (self);

  /* The file now holds the other program's version, none the person
   * had here: the plan stays unsaved until it is saved over it, even
   * with nothing edited or every edit undone, so closing asks and the
   * working copy keeps the version kept. */
  regimen_plan_mark_no_state_saved (self->plan);
  on_plan_changed (self, self->plan);

  if (asked_known)
    {
      /* What is there now compared with the version asked about: a
       * change since is asked about at once. */
      query_etag (self, TRUE);
      return;
    }

  /* Saving over the other program's version is what the person chose:
   * the next save replaces the file's text as it is now. */
  kept = g_new0 (KeptText, 1);
  kept->document = g_object_ref (self);
  kept->serial = self->file_serial;
  task = g_task_new (NULL, NULL, on_kept_text_read, kept);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, read_kept_text_thread);
  g_object_unref (task);
}

/* Kept after being told the file is gone or is a folder: no text of the
 * file is known to be replaced, and the plan, nowhere else, is unsaved
 * until saved. */
static void
keep_without_known_text (RegimenDocument *self)
{
  self->keeping = FALSE;
  g_clear_pointer (&self->kept_text, g_bytes_unref);
  forget_reported (self);
  g_clear_pointer (&self->disk_text, g_bytes_unref);
  g_clear_pointer (&self->base_checksum, g_free);

  regimen_plan_mark_no_state_saved (self->plan);
  on_plan_changed (self, self->plan);
}

/**
 * regimen_document_keep_gone:
 * @self: a #RegimenDocument
 *
 * The person keeps editing the plan after being told its file is gone:
 * the plan is unsaved, and the next save writes the file anew. No file
 * is known to be replaced, whatever is at the path by the time of the
 * answer: another program that saves by deleting the file and writing a
 * new one was seen between the two, and its new version, come while the
 * question was up, was taken as the file's known text by Keep This
 * Version and written over unasked. A file there now is reported at once
 * (#RegimenDocument::changed-on-disk), and a save asks before it
 * replaces it.
 */
void
regimen_document_keep_gone (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  if (self->file == NULL)
    return;

  /* Known: no file, so that anything there now, or later, is a change. */
  self->file_serial++;
  g_clear_pointer (&self->etag_text, g_bytes_unref);
  g_clear_pointer (&self->etag, g_free);
  self->etag_known = TRUE;
  keep_without_known_text (self);

  query_etag (self, TRUE);
}

/**
 * regimen_document_keep_over_folder:
 * @self: a #RegimenDocument
 *
 * The person keeps editing the plan after being told a folder is where
 * its file was: the plan is unsaved, and the folder is what is known to
 * be at the path, so its next change is reported. No file is known to be
 * replaced: one another program put there after the question (the
 * folder removed again, a new version written), which Keep Editing took
 * as the file's known text, is not written over unasked.
 */
void
regimen_document_keep_over_folder (RegimenDocument *self)
{
  g_return_if_fail (REGIMEN_IS_DOCUMENT (self));

  if (self->file == NULL)
    return;

  /* Known: the folder asked about, and what is there now compared with
   * it, so that a file another program put there since is reported at
   * once, as after Keep Editing when the file is gone; where it was
   * taken as known, never reported. With no folder reported (a save
   * found it), the folder's etag is read now; so too when the version
   * reported first was a file (changed just before the folder came, the
   * window asking about the folder it found after): compared with that
   * file, the folder asked about was reported again, and the window
   * asked a second time about the same folder. */
  if (self->reported && !self->reported_folder)
    forget_reported (self);
  self->file_serial++;
  if (self->reported)
    {
      g_clear_pointer (&self->etag_text, g_bytes_unref);
      g_free (self->etag);
      self->etag = g_strdup (self->reported_etag);
      g_free (self->file_id);
      self->file_id = g_strdup (self->reported_id);
      self->etag_known = TRUE;
      keep_without_known_text (self);
      query_etag (self, TRUE);
      return;
    }
  self->etag_known = FALSE;
  query_etag (self, FALSE);
  keep_without_known_text (self);
}
