/* regimen-autosave.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Working copies of plans with unsaved changes, kept in the user's data
 * folder so a crash or a kill loses nothing: ID.regimen.json holds the
 * plan, ID.source the URI of the file it came from, if any. Both are
 * written atomically. A write that gives the copy another source (Save
 * As, a first save) writes the new one to ID.source.next first, with the
 * SHA-256 of the copy's new text, then the copy, then ID.source, then
 * removes ID.source.next; the next start settles a next source a kill
 * left by the copy's text: the copy it was written for gets it, an older
 * copy keeps its own. So a kill at any step never labels a copy with
 * another copy's file, nor leaves a copy without the file it belongs to,
 * which the next start would offer as a plan never saved. The source is
 * removed after the copy; a source left without its copy is removed at
 * the next start. ID.lock is held locked by the Regimen whose
 * work the copy is, for as long as it runs: another Regimen on the same
 * data folder (another login, another D-Bus session) neither offers that
 * copy back as unsaved work nor removes it. */

#define G_LOG_DOMAIN "regimen-autosave"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "regimen-autosave-private.h"
#include "regimen-file-util-private.h"
#include "regimen-file-util.h"
#include "regimen-plan-reader.h"
#include "regimen-plan-writer.h"
#include "regimen-plan-types.h"

#define COPY_SUFFIX ".regimen.json"
#define SOURCE_SUFFIX ".source"
#define NEXT_SOURCE_SUFFIX ".source.next"
#define LOCK_SUFFIX ".lock"
/* What a working copy that cannot be read is renamed with. */
#define BROKEN_SUFFIX ".broken"

/* A working copy's ID.source holds one URI; a path is at most PATH_MAX
 * bytes, escaped at most three times as long. A second line holds the
 * SHA-256 of the file's text the unsaved work started from. */
#define SOURCE_MAX_SIZE (64 * 1024)

G_DEFINE_QUARK (regimen-autosave-error-quark, regimen_autosave_error)

static RegimenAutosaveStepFunc step_func;

void
regimen_autosave_set_step_func (RegimenAutosaveStepFunc step)
{
  g_atomic_pointer_set (&step_func, step);
}

/* Between the two files' steps of a write or a removal of copy @id. */
static void
between_steps (const char *id)
{
  RegimenAutosaveStepFunc step = g_atomic_pointer_get (&step_func);

  if (step != NULL)
    step (id);
}

void
regimen_autosave_free (RegimenAutosave *autosave)
{
  if (autosave == NULL)
    return;

  g_free (autosave->id);
  g_clear_object (&autosave->copy);
  g_clear_object (&autosave->source);
  g_free (autosave->base_checksum);
  g_free (autosave);
}

/**
 * regimen_autosave_get_dir:
 *
 * Returns: (transfer full): the folder of working copies, under the user's
 *   data folder (which tests point elsewhere with XDG_DATA_HOME)
 */
GFile *
regimen_autosave_get_dir (void)
{
  g_autofree char *data_dir = regimen_file_dup_data_dir ();
  g_autofree char *path = g_build_filename (data_dir, "autosave", NULL);

  return g_file_new_for_path (path);
}

static gboolean
id_is_safe (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static char *
child_path (const char *id,
            const char *suffix)
{
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);
  g_autofree char *dir_path = g_file_get_path (dir);

  return g_build_filename (dir_path, name, NULL);
}

/* The SHA-256 of a text as g_compute_checksum_for_bytes() writes it. */
static gboolean
is_checksum (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'f'))
      return FALSE;

  return TRUE;
}

/* The working copies this process has claimed: id → its ID.lock, open
 * and locked. */
static GMutex claims_mutex;
static GMutex writes_mutex;
static GHashTable *claims;

static void
close_claim (gpointer data)
{
  close (GPOINTER_TO_INT (data));
}

/* A look at a copy's lock (is_claimed_elsewhere(), as every listing of
 * the copies makes for each: every Regimen's start, its restore offer;
 * remove_stray_lock(), remove_orphan_source()) takes it for the few system
 * calls between its flock() and its close(); a claim holds it as long as
 * its document is open. A removal or a Discard on a worker that met such
 * a look of this process took the copy for another Regimen's and gave it
 * up, and the copy stayed, to be offered again (issue 21: a widget test
 * listing the copies while Discard removed them waited for ever). The
 * looks of this process hold this from their flock() to their close(),
 * and every taking of a lock holds it while it tries, so that a look on
 * one thread never meets a taking on another, however long the look's
 * thread waits for a processor. Recursive: a look takes its lock through
 * open_locked(). */
static GRecMutex looks_mutex;

/* Another Regimen's looks are closed out the same way, through the lock
 * of the folder itself: every look and every taking of a copy's lock, of
 * any Regimen, holds the folder locked shared from its flock() of the
 * copy's lock to its close() (begin_look(), end_look()). A taking that
 * meets a copy's lock held waits until it holds the folder alone, so
 * until the looks under way of every Regimen are done (a few system calls
 * each), and tries once more: a lock still held then is a claim. Both
 * waits are bounded (FOLDER_LOCK_WAIT_USEC): a Regimen stopped inside a
 * look (Ctrl+Z, a debugger, a hung network folder) held every other
 * Regimen's Discard, restore and start, and a claim waiting held
 * claims_mutex, so the window that closed a plan then (the review of pass
 * 38); past the bound a look is as where the folder has no locks, and a
 * taking counts the copy's lock as a claim. A Discard that met another Regimen's look at its start
 * took the copy for that Regimen's work and left it, to be offered again
 * at the next start (issue 21, pass 38). Where the folder cannot be
 * locked (a file system without locks) a look is as before. Held with
 * looks_mutex, which guards these two. */
static int looks_fd = -1;
static guint looks_depth;

/* How long a look or a taking waits for the folder's lock (above): far
 * more than the few system calls of any look, not long enough to look
 * stopped. */
#define FOLDER_LOCK_WAIT_USEC (G_USEC_PER_SEC / 2)

/* flock() tried again when a signal interrupts it (an NFS or FUSE data
 * folder): that is no other Regimen's lock. */
static int
flock_uninterrupted (int fd,
                     int operation)
{
  int locked;

  do
    locked = flock (fd, operation);
  while (locked != 0 && errno == EINTR);

  return locked;
}

/* The folder's lock (@operation LOCK_SH or LOCK_EX) taken without
 * waiting, tried again every 2 ms until FOLDER_LOCK_WAIT_USEC have passed.
 * Whether it was taken; errno says why not. A failed LOCK_EX of a folder
 * held shared has let go of that (flock(2): a conversion is not atomic). */
static gboolean
flock_folder (int fd,
              int operation)
{
  gint64 deadline = g_get_monotonic_time () + FOLDER_LOCK_WAIT_USEC;

  while (flock_uninterrupted (fd, operation | LOCK_NB) != 0)
    {
      if (errno != EWOULDBLOCK || g_get_monotonic_time () >= deadline)
        return FALSE;
      g_usleep (2000);
    }

  return TRUE;
}

static void
begin_look (void)
{
  g_autoptr(GFile) dir = NULL;
  g_autofree char *dir_path = NULL;
  int saved_errno = errno;

  g_rec_mutex_lock (&looks_mutex);
  if (looks_depth++ > 0)
    return;

  dir = regimen_autosave_get_dir ();
  dir_path = g_file_get_path (dir);
  looks_fd = open (dir_path, O_RDONLY | O_DIRECTORY | O_NOCTTY | O_CLOEXEC);
  if (looks_fd >= 0 && !flock_folder (looks_fd, LOCK_SH))
    {
      close (looks_fd);
      looks_fd = -1;
    }
  errno = saved_errno;
}

static void
end_look (void)
{
  int saved_errno = errno;

  g_assert (looks_depth > 0);
  if (--looks_depth == 0 && looks_fd >= 0)
    {
      close (looks_fd);
      looks_fd = -1;
    }
  errno = saved_errno;
  g_rec_mutex_unlock (&looks_mutex);
}

/* Waits until no look of another Regimen is under way (above), the
 * folder then held alone until end_look(). Whether it could, within
 * FOLDER_LOCK_WAIT_USEC. */
static gboolean
wait_for_looks (void)
{
  return looks_fd >= 0 && flock_folder (looks_fd, LOCK_EX);
}

/* Opens @path (made when @create) and locks it without waiting. -1 with
 * errno EWOULDBLOCK when another open file holds the lock: another
 * Regimen's, or one of this process other than the claim (never a look
 * of this process: looks_mutex; nor of another: wait_for_looks()). A
 * file removed or replaced between the open and the lock is tried again.
 * Where the file system has no locks, the file counts as not held. */
static int
open_locked (const char *path,
             gboolean    create)
{
  gboolean waited = FALSE;
  int fd = -1;

  begin_look ();
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      struct stat held;
      struct stat now;
      int lock_errno;
      int locked;

      /* Without waiting: a named pipe or a device planted as the lock
       * would hold the open. */
      fd = open (path, O_RDWR | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC | O_NONBLOCK | (create ? O_CREAT : 0), 0600);
      if (fd < 0)
        break;

      /* Regimen makes only regular files here: a named pipe is no lock
       * of anyone's, nor one to take (regimen_autosave_claim() says so). */
      if (fstat (fd, &held) == 0 && !S_ISREG (held.st_mode))
        {
          close (fd);
          fd = -1;
          errno = EINVAL;
          break;
        }

      locked = flock_uninterrupted (fd, LOCK_EX | LOCK_NB);
      lock_errno = locked != 0 ? errno : 0;
      /* The copy's lock still held, not the folder's errno, decides: a
       * folder that could not be locked (ENOLCK) left a held copy open
       * as if this held it (the review of pass 38). */
      if (lock_errno == EWOULDBLOCK && !waited && wait_for_looks ())
        {
          waited = TRUE;
          locked = flock_uninterrupted (fd, LOCK_EX | LOCK_NB);
          lock_errno = locked != 0 ? errno : 0;
        }
      if (lock_errno == EWOULDBLOCK)
        {
          close (fd);
          fd = -1;
          errno = EWOULDBLOCK;
          break;
        }

      if (fstat (fd, &held) == 0 && S_ISREG (held.st_mode) && lstat (path, &now) == 0 &&
          held.st_dev == now.st_dev && held.st_ino == now.st_ino)
        break;

      close (fd);
      fd = -1;
      errno = create ? EWOULDBLOCK : ENOENT;
      if (!create)
        break;
    }

  end_look ();
  return fd;
}

static gboolean
is_claimed_here (const char *id)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&claims_mutex);

  return claims != NULL && g_hash_table_contains (claims, id);
}

/**
 * regimen_autosave_claim:
 * @id: a working copy's name
 * @error: return location for a #GError
 *
 * Marks working copy @id as this process's work, by holding its ID.lock
 * locked until regimen_autosave_release(), so that another Regimen using
 * the same data folder does not offer it back or remove it. Writing the
 * copy claims it; a restore claims it before it reads it. Claiming a copy
 * claimed already here does nothing; one that another Regimen holds fails
 * with %G_IO_ERROR_BUSY. Touches the disk: call it on a worker.
 *
 * Returns: %TRUE when @id is this process's
 */
gboolean
regimen_autosave_claim (const char  *id,
                        GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *parent_path = g_path_get_dirname (dir_path);
  g_autofree char *lock_path = NULL;
  gpointer held;
  int fd;

  g_return_val_if_fail (id_is_safe (id), FALSE);

  if (!regimen_file_make_private_dir (parent_path, error) ||
      !regimen_file_make_private_dir (dir_path, error))
    return FALSE;

  lock_path = child_path (id, LOCK_SUFFIX);
  locker = g_mutex_locker_new (&claims_mutex);
  if (claims == NULL)
    claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_claim);

  /* Still the file there: a removal of the copy takes its lock file. */
  if (g_hash_table_lookup_extended (claims, id, NULL, &held))
    {
      struct stat mine;
      struct stat now;

      if (fstat (GPOINTER_TO_INT (held), &mine) == 0 && lstat (lock_path, &now) == 0 &&
          mine.st_dev == now.st_dev && mine.st_ino == now.st_ino)
        return TRUE;
      g_hash_table_remove (claims, id);
    }

  fd = open_locked (lock_path, TRUE);
  if (fd < 0)
    {
      int saved_errno = errno;

      struct stat st;

      if (saved_errno == EWOULDBLOCK)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                             _("This unsaved work is open in another Regimen."));
      else if (lstat (lock_path, &st) == 0 && !S_ISREG (st.st_mode))
        /* Translators: %s is the path of a working copy's lock file,
         * where something else is (a named pipe, a folder, a link). */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                     _("“%s” is not a file: Regimen keeps the lock of this unsaved work there. "
                       "Remove it, and the work can be restored."),
                     lock_path);
      else
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                     "%s: %s", lock_path, g_strerror (saved_errno));
      return FALSE;
    }

  g_hash_table_insert (claims, g_strdup (id), GINT_TO_POINTER (fd));
  return TRUE;
}

/**
 * regimen_autosave_release:
 * @id: a working copy's name
 *
 * Lets go of the claim on working copy @id (regimen_autosave_claim()),
 * when the document it belongs to goes. A copy still there is then
 * offered back at the next start, as after a crash.
 */
void
regimen_autosave_release (const char *id)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&claims_mutex);

  g_return_if_fail (id_is_safe (id));

  if (claims != NULL)
    g_hash_table_remove (claims, id);
}

/* Whether another Regimen holds working copy @id as its work now. */
static gboolean
is_claimed_elsewhere (const char *id)
{
  g_autofree char *lock_path = NULL;
  gboolean claimed;
  int fd;

  if (is_claimed_here (id))
    return FALSE;

  lock_path = child_path (id, LOCK_SUFFIX);
  begin_look ();
  fd = open_locked (lock_path, FALSE);
  claimed = fd < 0 && errno == EWOULDBLOCK;
  if (fd >= 0)
    close (fd);
  end_look ();

  return claimed;
}

/* Writes @path durably, or says why not with the system's reason first:
 * GLib's message names the temporary file it wrote, which never stays,
 * and puts the reason last, where the window's notice cut it off (“Failed
 * to write file “…/autosave/ID.regimen.json.XR2VZ3”: write() failed: No
 * space left…”). */
static gboolean
write_durably (const char  *path,
               const char  *data,
               gssize       length,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *dir_name = NULL;
  int reason = 0;

  if (g_file_set_contents_full (path, data, length,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0600, &local_error))
    return TRUE;

  /* GLib's codes are the system's errors, one each but for FAILED. */
  for (int e = 1; e < 256 && local_error->code != G_FILE_ERROR_FAILED; e++)
    {
      if (g_file_error_from_errno (e) == (GFileError) local_error->code)
        {
          reason = e;
          break;
        }
    }

  /* FAILED is each error GLib has no code for, among them a file over
   * the size `ulimit -f` allows (EFBIG) and a disk quota used up
   * (EDQUOT): its message ends with the system's words for it, the
   * longest that fit, which the notice cut off. */
  if (local_error->code == G_FILE_ERROR_FAILED)
    {
      gsize longest = 0;

      for (int e = 1; e < 256; e++)
        {
          const char *text = g_strerror (e);
          gsize text_length = strlen (text);

          if (text_length > longest && g_str_has_suffix (local_error->message, text))
            {
              reason = e;
              longest = text_length;
            }
        }
    }

  dir = g_path_get_dirname (path);
  dir_name = g_filename_display_name (dir);
  g_set_error (error, G_IO_ERROR, reason != 0 ? g_io_error_from_errno (reason) : G_IO_ERROR_FAILED,
               /* Translators: the first %s says why (“No space left on device”), the second is a folder */
               _("%s (writing the working copy in %s)"),
               reason != 0 ? g_strerror (reason) : local_error->message, dir_name);
  return FALSE;
}

/* Sets @error from errno for @path. */
static gboolean
fail_with_errno (const char  *path,
                 GError     **error)
{
  int saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", path, g_strerror (saved_errno));
  return FALSE;
}

/* Whether the source at @source_path holds @label already (NULL: that
 * there is none). Read with read_source()'s limit. */
static gboolean
has_label (const char *source_path,
           const char *label)
{
  g_autoptr(GFile) file = g_file_new_for_path (source_path);
  g_autoptr(GBytes) bytes = regimen_file_load_capped (file, SOURCE_MAX_SIZE, NULL, NULL);
  const char *text;
  gsize length;

  if (bytes == NULL)
    return label == NULL && !g_file_test (source_path, G_FILE_TEST_EXISTS);

  text = g_bytes_get_data (bytes, &length);
  return label != NULL && strlen (label) == length && memcmp (text, label, length) == 0;
}

/* Writes @label to the source at @source_path, durably, or removes the
 * source when @label is NULL. */
static gboolean
set_label (const char  *source_path,
           const char  *label,
           GError     **error)
{
  if (label != NULL)
    return write_durably (source_path, label, -1, error);

  if (g_unlink (source_path) != 0 && errno != ENOENT)
    return fail_with_errno (source_path, error);

  return TRUE;
}

/**
 * regimen_autosave_write_bytes:
 * @id: the working copy's name: letters, digits and dashes
 * @bytes: the plan's text, as regimen_plan_to_bytes() gives it
 * @source: (nullable): the file the plan was read from or last saved to
 * @base_checksum: (nullable): the SHA-256 of the text of @source as the
 *   plan was read from it or last saved to it, so that a restore can tell
 *   whether another program changed the file since; or
 *   %REGIMEN_AUTOSAVE_NO_BASE when the plan knew no text of it
 * @error: return location for a #GError
 *
 * Writes the working copy durably (synced to the disk). Safe on a worker
 * thread: it reaches nothing but @bytes and the disk.
 *
 * Returns: %TRUE when the working copy is on disk
 */
gboolean
regimen_autosave_write_bytes (const char  *id,
                              GBytes      *bytes,
                              GFile       *source,
                              const char  *base_checksum,
                              GError     **error)
{
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *copy_path = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *next_path = NULL;
  g_autofree char *dir_path = NULL;
  g_autofree char *parent_path = NULL;
  g_autofree char *label = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *next = NULL;
  g_autoptr(GMutexLocker) writes_locker = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (id_is_safe (id), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (source == NULL || G_IS_FILE (source), FALSE);
  g_return_val_if_fail (base_checksum == NULL || is_checksum (base_checksum) ||
                        g_str_equal (base_checksum, REGIMEN_AUTOSAVE_NO_BASE), FALSE);

  /* One write at a time in the process: a last write made on the main
   * thread as the application ends at once (its display lost) comes
   * after one a worker had begun with older text, never before it. */
  writes_locker = g_mutex_locker_new (&writes_mutex);

  dir_path = g_file_get_path (dir);
  parent_path = g_path_get_dirname (dir_path);
  if (!regimen_file_make_private_dir (parent_path, error) ||
      !regimen_file_make_private_dir (dir_path, error) ||
      !regimen_autosave_claim (id, error))
    return FALSE;

  copy_path = child_path (id, COPY_SUFFIX);
  source_path = child_path (id, SOURCE_SUFFIX);
  next_path = child_path (id, NEXT_SOURCE_SUFFIX);
  data = g_bytes_get_data (bytes, &length);

  if (source != NULL)
    {
      g_autofree char *uri = g_file_get_uri (source);

      label = g_strconcat (uri, "\n", base_checksum, base_checksum != NULL ? "\n" : NULL, NULL);
    }

  /* The copy keeps its source: only the copy is written. A next source
   * an earlier write left (its copy written or not) would tell another. */
  if (has_label (source_path, label))
    {
      if (g_unlink (next_path) != 0 && errno != ENOENT)
        return fail_with_errno (next_path, error);

      return write_durably (copy_path, data, length, error);
    }

  /* Another source: the copy as it is keeps the one it has until the
   * new text is on the disk, and the new text has its own from then on,
   * whatever step a kill stops (settle_next_source() at the next start). */
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  next = g_strconcat (checksum, "\n", label, NULL);
  if (!write_durably (next_path, next, -1, error))
    return FALSE;

  between_steps (id);

  if (!write_durably (copy_path, data, length, error))
    {
      g_unlink (next_path);
      return FALSE;
    }

  between_steps (id);

  if (!set_label (source_path, label, error))
    return FALSE;
  g_unlink (next_path);

  return TRUE;
}

/**
 * regimen_autosave_write:
 * @id: the working copy's name: letters, digits and dashes
 * @plan: the plan with unsaved changes
 * @source: (nullable): the file @plan was read from or last saved to
 * @error: return location for a #GError
 *
 * Like regimen_autosave_write_bytes(), with the text taken from @plan.
 *
 * Returns: %TRUE when the working copy is on disk
 */
gboolean
regimen_autosave_write (const char   *id,
                        RegimenPlan  *plan,
                        GFile        *source,
                        GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), FALSE);

  bytes = regimen_plan_to_bytes (plan);

  return regimen_autosave_write_bytes (id, bytes, source, NULL, error);
}

/**
 * regimen_autosave_remove:
 * @id: a working copy's name
 *
 * Forgets the working copy @id, once its plan is saved or discarded. It
 * unlinks files: call it on a worker, or use
 * regimen_autosave_remove_async(). A copy that another Regimen holds as
 * its work (regimen_autosave_claim()) is left as it is.
 */
void
regimen_autosave_remove (const char *id)
{
  g_autofree char *copy_path = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *next_path = NULL;
  g_autofree char *lock_path = NULL;
  g_autoptr(GMutexLocker) writes_locker = NULL;
  int fd = -1;

  g_return_if_fail (id_is_safe (id));

  /* After or before a write of this process, never amid one: a last
   * write as the application ends at once (regimen_autosave_write_bytes()). */
  writes_locker = g_mutex_locker_new (&writes_mutex);
  lock_path = child_path (id, LOCK_SUFFIX);
  if (!is_claimed_here (id))
    {
      fd = open_locked (lock_path, FALSE);
      if (fd < 0 && errno == EWOULDBLOCK)
        return;
    }

  copy_path = child_path (id, COPY_SUFFIX);
  source_path = child_path (id, SOURCE_SUFFIX);
  next_path = child_path (id, NEXT_SOURCE_SUFFIX);
  g_unlink (next_path);
  g_unlink (copy_path);
  between_steps (id);
  g_unlink (source_path);
  g_unlink (lock_path);
  if (fd >= 0)
    close (fd);
}

/* How many names set_aside() tries for a copy: `.broken`, then
 * `.broken-2` to `.broken-100`. */
#define MAX_ASIDE_NAMES 100

/**
 * regimen_autosave_set_aside:
 * @id: a working copy's name
 * @error: return location for a #GError
 *
 * Renames working copy @id that cannot be read to `ID.regimen.json.broken`
 * (and its `ID.source` to `ID.source.broken`), so it is no longer offered
 * back, and nothing of it is deleted: where a copy was set aside under
 * that name already (one copied back by hand to be tried again, and still
 * unreadable), the next free one, `.broken-2`, `.broken-3`…, where the
 * rename replaced the earlier copy, and a folder there left the copy in
 * place, said to be set aside at every start.
 *
 * Returns: (transfer full) (nullable): where the copy is now, or %NULL
 *   with @error set when it could not be renamed
 */
GFile *
regimen_autosave_set_aside (const char  *id,
                            GError     **error)
{
  g_autofree char *copy_path = NULL;
  g_autofree char *source_path = NULL;
  g_autoptr(GFile) copy = NULL;

  g_return_val_if_fail (id_is_safe (id), NULL);

  copy_path = child_path (id, COPY_SUFFIX);
  source_path = child_path (id, SOURCE_SUFFIX);
  copy = g_file_new_for_path (copy_path);

  for (guint n = 1; n <= MAX_ASIDE_NAMES; n++)
    {
      g_autofree char *suffix = n == 1 ? g_strdup (BROKEN_SUFFIX) : g_strdup_printf ("%s-%u", BROKEN_SUFFIX, n);
      g_autofree char *broken_copy = g_strconcat (copy_path, suffix, NULL);
      g_autofree char *broken_source = g_strconcat (source_path, suffix, NULL);
      g_autoptr(GFile) aside = g_file_new_for_path (broken_copy);
      g_autoptr(GFile) source = g_file_new_for_path (source_path);
      g_autoptr(GFile) source_aside = g_file_new_for_path (broken_source);
      g_autoptr(GError) move_error = NULL;

      /* Without G_FILE_COPY_OVERWRITE: a name taken fails, whatever it
       * holds (a copy set aside before, a folder), and is passed over. */
      if (g_file_test (broken_source, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_move (copy, aside, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &move_error))
        {
          g_file_move (source, source_aside, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, NULL);
          return g_steal_pointer (&aside);
        }

      if (!g_error_matches (move_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_set_error (error, move_error->domain, move_error->code, "%s: %s", copy_path, move_error->message);
          return NULL;
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "%s: %s", copy_path, g_strerror (EEXIST));
  return NULL;
}

/* @thread_func on a worker, for working copy @id (its task data);
 * @callback on the caller's main context once it is done. */
static void
run_for_copy (const char          *id,
              gpointer             source_tag,
              GTaskThreadFunc      thread_func,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, g_strdup (id), g_free);
  g_task_run_in_thread (task, thread_func);
}

static void
remove_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  regimen_autosave_remove (task_data);
  g_task_return_boolean (task, TRUE);
}

/**
 * regimen_autosave_remove_async:
 * @id: a working copy's name
 * @callback: (nullable): called on the caller's main context once it is gone
 * @user_data: data for @callback
 *
 * regimen_autosave_remove() on a worker. A write of the same copy must not
 * be running: the document orders its writes and this removal itself.
 */
void
regimen_autosave_remove_async (const char          *id,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (id_is_safe (id));

  run_for_copy (id, regimen_autosave_remove_async, remove_thread, callback, user_data);
}

void
regimen_autosave_remove_finish (GAsyncResult *result)
{
  g_return_if_fail (g_task_is_valid (result, NULL));

  g_task_propagate_boolean (G_TASK (result), NULL);
}

/* On a worker: working copy @task_data (its id) goes if it reads as a
 * plan; one that does not (damaged, or written by a newer Regimen) is set
 * aside as the start sets such a copy aside, since the offer's Discard
 * was said of plans, not of files nobody has read. */
static void
discard_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *id = task_data;
  g_autofree char *copy_path = child_path (id, COPY_SUFFIX);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  RegimenAutosave autosave = { .id = (char *) id, .copy = copy };
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = regimen_autosave_read (&autosave, cancellable, &error);
  if (plan == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autoptr(GFile) aside = NULL;

      /* Another Regimen took it up meanwhile: it is that one's now. */
      if (!is_claimed_elsewhere (id))
        aside = regimen_autosave_set_aside (id, NULL);
    }
  else
    regimen_autosave_remove (id);

  g_task_return_boolean (task, TRUE);
}

/**
 * regimen_autosave_discard_async:
 * @id: a working copy's name
 * @callback: (nullable): called on the caller's main context once done
 * @user_data: data for @callback
 *
 * Discards working copy @id as the restore offer's Discard does, on a
 * worker: a copy that reads as a plan is removed (regimen_autosave_remove());
 * one that does not is set aside (regimen_autosave_set_aside()), nothing of
 * it deleted. The offer reads only the copies it names, so this is where
 * the others are first read.
 */
void
regimen_autosave_discard_async (const char          *id,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (id_is_safe (id));

  run_for_copy (id, regimen_autosave_discard_async, discard_thread, callback, user_data);
}

void
regimen_autosave_discard_finish (GAsyncResult *result)
{
  regimen_autosave_remove_finish (result);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const RegimenAutosave *x = *(RegimenAutosave * const *) a;
  const RegimenAutosave *y = *(RegimenAutosave * const *) b;

  return (y->modified > x->modified) - (y->modified < x->modified);
}

/* The plan file working copy @autosave belongs to, and the checksum of
 * the text the work started from when it says one, from @text, a
 * source's text (ID.source, or the label of an ID.source.next) read from
 * @path. A bad one is reported and the copy offered without its file, as
 * a plan never saved. */
static void
parse_source (RegimenAutosave *autosave,
              const char      *text,
              gsize            size,
              const char      *path)
{
  g_autofree char *copy = g_strndup (text, size);
  g_auto(GStrv) lines = NULL;

  lines = g_strsplit (copy, "\n", 3);
  if (memchr (text, '\0', size) != NULL || lines[0] == NULL ||
      !g_uri_is_valid (g_strstrip (lines[0]), G_URI_FLAGS_NONE, NULL))
    {
      g_warning ("Working copy %s: %s: not the address of a file", autosave->id, path);
      return;
    }

  /* Offered as a plan never saved, as the command line refuses to open
   * such an address. */
  if (regimen_file_uri_names_other_host (lines[0]))
    {
      g_warning ("Working copy %s: %s: the address of a file on another computer", autosave->id, path);
      return;
    }

  autosave->source = g_file_new_for_uri (lines[0]);
  if (lines[1] != NULL && (is_checksum (g_strstrip (lines[1])) || g_str_equal (lines[1], REGIMEN_AUTOSAVE_NO_BASE)))
    autosave->base_checksum = g_strdup (lines[1]);
}

/* The source of working copy @autosave from ID.source: read with a limit
 * and only from a regular file, so that a named pipe there cannot hold up
 * the listing at start-up, nor a link to /dev/zero fill the memory. */
static void
read_source (RegimenAutosave *autosave)
{
  g_autofree char *source_path = child_path (autosave->id, SOURCE_SUFFIX);
  g_autoptr(GFile) file = g_file_new_for_path (source_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize size;

  bytes = regimen_file_load_capped (file, SOURCE_MAX_SIZE, NULL, &error);
  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Working copy %s: %s: %s", autosave->id, source_path, error->message);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  parse_source (autosave, data, size, source_path);
}

/* A write of a working copy or its source (g_file_set_contents()) goes
 * through a temporary file named after it, “.” and six letters and digits
 * (g_mkstemp()'s), renamed over it once whole. One cut short by a crash or
 * kill -9 leaves that file behind, and nothing would ever read it. A write
 * takes far less than this, so a temporary file unchanged this long is no
 * write in progress, even of another Regimen on the same data folder. */
#define ABANDONED_AGE_SECONDS (60 * 60)

/* The id of the working copy whose write left @name behind: ID, then
 * “.regimen.json.”, “.source.” or “.source.next.”, then six letters and digits
 * (“3f2a-1.regimen.json.Ab3xYz”); NULL for any name not of exactly that
 * pattern. */
static char *
temporary_file_id (const char *name)
{
  gsize length = strlen (name);
  g_autofree char *target = NULL;
  const char *suffix;

  /* “.broken” has six letters too: a copy set aside, never a temporary. */
  if (length < 8 || name[length - 7] != '.' || g_str_has_suffix (name, BROKEN_SUFFIX))
    return NULL;
  for (gsize i = length - 6; i < length; i++)
    if (!g_ascii_isalnum (name[i]))
      return NULL;

  target = g_strndup (name, length - 7);
  if (g_str_has_suffix (target, COPY_SUFFIX))
    suffix = COPY_SUFFIX;
  else if (g_str_has_suffix (target, SOURCE_SUFFIX))
    suffix = SOURCE_SUFFIX;
  else if (g_str_has_suffix (target, NEXT_SOURCE_SUFFIX))
    suffix = NEXT_SOURCE_SUFFIX;
  else
    return NULL;

  target[strlen (target) - strlen (suffix)] = '\0';
  if (!id_is_safe (target))
    return NULL;

  return g_steal_pointer (&target);
}

/* Removes @name, a temporary file of a working copy's write (above), when
 * it is clearly abandoned: a regular file, unchanged for an hour, of a copy
 * no running Regimen holds as its work. Anything else in the folder stays.
 * One dated in the future was written before the clock was set back (a
 * wrong clock put right, a dual boot that keeps local time): it is older
 * than it says, and was kept until the clock caught up with it, so that
 * such files piled up. It counts as old enough. */
static void
remove_abandoned_temporary (const char *dir_path,
                            const char *name)
{
  g_autofree char *id = temporary_file_id (name);
  g_autofree char *path = NULL;
  struct stat st;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (id == NULL)
    return;

  path = g_build_filename (dir_path, name, NULL);
  if (lstat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
      ((gint64) st.st_mtime <= now && now - (gint64) st.st_mtime < ABANDONED_AGE_SECONDS))
    return;

  if (is_claimed_here (id) || is_claimed_elsewhere (id))
    return;

  g_unlink (path);
}

/* A lock file whose working copy is gone (saved, discarded or set aside
 * by a Regimen that ended) and that no Regimen holds. */
static void
remove_stray_lock (const char *name)
{
  g_autofree char *id = g_strndup (name, strlen (name) - strlen (LOCK_SUFFIX));
  g_autofree char *copy_path = NULL;
  g_autofree char *lock_path = NULL;
  int fd;

  if (!id_is_safe (id) || is_claimed_here (id))
    return;

  copy_path = child_path (id, COPY_SUFFIX);
  if (g_file_test (copy_path, G_FILE_TEST_EXISTS))
    return;

  lock_path = child_path (id, LOCK_SUFFIX);
  begin_look ();
  fd = open_locked (lock_path, FALSE);
  if (fd >= 0)
    {
      g_unlink (lock_path);
      close (fd);
    }
  end_look ();
}

/* A source (@suffix SOURCE_SUFFIX) or next source (NEXT_SOURCE_SUFFIX)
 * whose working copy is gone: a kill after its first write and before
 * the copy's, or after the copy's removal and before its own. Removed
 * under the copy's lock, so never while a Regimen writes them. */
static void
remove_orphan_source (const char *name,
                      const char *suffix)
{
  g_autofree char *id = g_strndup (name, strlen (name) - strlen (suffix));
  g_autofree char *copy_path = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *lock_path = NULL;
  int fd;

  if (!id_is_safe (id) || is_claimed_here (id))
    return;

  /* The source of a copy that is there is no orphan, which needs no look
   * at the lock to tell. */
  copy_path = child_path (id, COPY_SUFFIX);
  if (g_file_test (copy_path, G_FILE_TEST_EXISTS))
    return;

  lock_path = child_path (id, LOCK_SUFFIX);
  begin_look ();
  fd = open_locked (lock_path, TRUE);
  if (fd >= 0)
    {
      if (!g_file_test (copy_path, G_FILE_TEST_EXISTS))
        {
          source_path = child_path (id, suffix);
          g_unlink (source_path);
          g_unlink (lock_path);
        }
      close (fd);
    }
  end_look ();
}

/* A next source a kill left beside working copy @autosave (see the top
 * of this file): the copy's source when the copy holds the text it was
 * written for, the checksum on its first line; otherwise the copy is the
 * older one, whose source stays. Settled under the copy's lock, so never
 * while a Regimen writes them. Where the source cannot be written (a
 * full disk, which is also how a write leaves a next source behind), the
 * next source stays for a later start and gives the copy its source now,
 * never the older one nor none: TRUE then; FALSE when the source is
 * ID.source's, to be read (read_source()). */
static gboolean
settle_next_source (RegimenAutosave *autosave)
{
  const char *id = autosave->id;
  g_autofree char *next_path = child_path (id, NEXT_SOURCE_SUFFIX);
  g_autofree char *copy_path = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *lock_path = NULL;
  g_autofree char *checksum = NULL;
  g_autoptr(GFile) next_file = NULL;
  g_autoptr(GFile) copy_file = NULL;
  g_autoptr(GBytes) next = NULL;
  g_autoptr(GBytes) copy = NULL;
  g_autofree char *next_text = NULL;
  const char *label;
  int fd;

  if (!g_file_test (next_path, G_FILE_TEST_EXISTS) || is_claimed_here (id))
    return FALSE;

  /* Settled as a look, not a claim: another Regimen's taking of the
   * lock meanwhile waits for it (begin_look()). */
  lock_path = child_path (id, LOCK_SUFFIX);
  begin_look ();
  fd = open_locked (lock_path, TRUE);
  if (fd < 0)
    {
      end_look ();
      return FALSE;
    }

  next_file = g_file_new_for_path (next_path);
  next = regimen_file_load_capped (next_file, SOURCE_MAX_SIZE, NULL, NULL);
  copy_path = child_path (id, COPY_SUFFIX);
  copy_file = g_file_new_for_path (copy_path);
  copy = regimen_file_load_capped (copy_file, REGIMEN_PLAN_MAX_SIZE, NULL, NULL);
  if (next != NULL && copy != NULL)
    {
      gsize size;
      const char *data = g_bytes_get_data (next, &size);

      next_text = g_strndup (data, size);
      label = strchr (next_text, '\n');
      checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, copy);
      if (label != NULL && (gsize) (label - next_text) == strlen (checksum) &&
          strncmp (next_text, checksum, strlen (checksum)) == 0)
        {
          source_path = child_path (id, SOURCE_SUFFIX);
          if (!set_label (source_path, label[1] != '\0' ? label + 1 : NULL, NULL))
            {
              if (label[1] != '\0')
                parse_source (autosave, label + 1, strlen (label + 1), next_path);
              close (fd);
              end_look ();
              return TRUE;
            }
        }
    }

  g_unlink (next_path);
  close (fd);
  end_look ();
  return FALSE;
}

/**
 * regimen_autosave_list:
 *
 * Lists the working copies and, on the way, removes the temporary files
 * of writes cut short an hour or more ago (a crash, kill -9), and lock
 * files and sources left without their copy.
 *
 * Returns: (transfer full) (element-type RegimenAutosave): the working
 *   copies left behind, newest first: not those another Regimen running
 *   now holds as its work
 */
GPtrArray *
regimen_autosave_list (void)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) regimen_autosave_free);
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autoptr(GDir) listing = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (listing == NULL)
    return g_steal_pointer (&found);

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autoptr(GFileInfo) info = NULL;
      RegimenAutosave *autosave;

      if (g_str_has_suffix (name, LOCK_SUFFIX))
        {
          remove_stray_lock (name);
          continue;
        }

      if (g_str_has_suffix (name, SOURCE_SUFFIX))
        {
          remove_orphan_source (name, SOURCE_SUFFIX);
          continue;
        }

      if (g_str_has_suffix (name, NEXT_SOURCE_SUFFIX))
        {
          remove_orphan_source (name, NEXT_SOURCE_SUFFIX);
          continue;
        }

      remove_abandoned_temporary (dir_path, name);

      if (!g_str_has_suffix (name, COPY_SUFFIX))
        continue;

      id = g_strndup (name, strlen (name) - strlen (COPY_SUFFIX));
      if (!id_is_safe (id))
        continue;

      /* The unsaved work of a Regimen running now, not left behind. */
      if (is_claimed_elsewhere (id))
        continue;

      autosave = g_new0 (RegimenAutosave, 1);
      autosave->id = g_steal_pointer (&id);
      autosave->copy = g_file_get_child (dir, name);

      if (!settle_next_source (autosave))
        read_source (autosave);

      info = g_file_query_info (autosave->copy, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
      if (info != NULL)
        autosave->modified = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);

      g_ptr_array_add (found, autosave);
    }

  g_ptr_array_sort (found, compare_newest_first);

  return g_steal_pointer (&found);
}

/**
 * regimen_autosave_check:
 * @autosave: a working copy of regimen_autosave_list()
 * @error: return location for a #GError
 *
 * Whether working copy @autosave can be a plan, known without reading a
 * byte of it: a regular file of the folder itself, not a symbolic link
 * (Regimen makes none there, and one could lead anywhere: a gigabyte file,
 * /dev/zero), at most %REGIMEN_PLAN_MAX_SIZE bytes. So the listing at
 * start-up costs the same however large the files there are.
 *
 * Returns: %TRUE when it may be read; otherwise %FALSE with @error set
 *   to what is wrong with it
 */
gboolean
regimen_autosave_check (RegimenAutosave  *autosave,
                        GError          **error)
{
  g_autofree char *path = NULL;
  struct stat st;

  g_return_val_if_fail (autosave != NULL, FALSE);

  path = g_file_get_path (autosave->copy);
  if (lstat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("it is a folder"));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is not a regular file"));
      return FALSE;
    }

  if (st.st_size > REGIMEN_PLAN_MAX_SIZE)
    {
      g_set_error (error, REGIMEN_PLAN_ERROR, REGIMEN_PLAN_ERROR_TOO_LARGE,
                   _("the file is too large for a plan (more than %d bytes)."),
                   REGIMEN_PLAN_MAX_SIZE);
      return FALSE;
    }

  return TRUE;
}

/**
 * regimen_autosave_drop_if_saved:
 * @autosave: a working copy of regimen_autosave_list()
 *
 * Removes working copy @autosave when the plan file it names holds its
 * text byte for byte: the work was saved, and Regimen ended (a crash,
 * `kill -9`, a power cut) after the file took the new version and before
 * the copy was removed, which a save does only once it is done. Offered
 * back, it was said to be unsaved work, and restored, its Save asked
 * about a change no one made (the file no longer held the text the work
 * started from). Only a copy and a file of the same size are read, both
 * (a file on a disk of this computer only, not a network or FUSE one,
 * a regular file, at most the plan size limit); a copy another Regimen
 * holds is left. Call it on a worker.
 *
 * Returns: %TRUE when the copy was removed
 */
gboolean
regimen_autosave_drop_if_saved (RegimenAutosave *autosave)
{
  g_autofree char *copy_path = NULL;
  g_autofree char *source_path = NULL;
  g_autoptr(GBytes) copy_text = NULL;
  g_autoptr(GBytes) source_text = NULL;
  struct stat copy_st;
  struct stat source_st;

  g_return_val_if_fail (autosave != NULL, FALSE);

  if (autosave->source == NULL || (source_path = g_file_get_path (autosave->source)) == NULL)
    return FALSE;

  /* The start's offer waits for this: a plan on a network or FUSE disk
   * that no longer answers (an NFS server gone) would hold it, and the
   * unsaved work, for good. Such a copy is offered, as before. */
  if (regimen_file_is_remote (source_path))
    return FALSE;

  copy_path = g_file_get_path (autosave->copy);
  if (lstat (copy_path, &copy_st) != 0 || !S_ISREG (copy_st.st_mode) || stat (source_path, &source_st) != 0 ||
      !S_ISREG (source_st.st_mode) || copy_st.st_size != source_st.st_size ||
      copy_st.st_size > REGIMEN_PLAN_MAX_SIZE)
    return FALSE;

  copy_text = regimen_file_load_capped (autosave->copy, REGIMEN_PLAN_MAX_SIZE, NULL, NULL);
  source_text = regimen_file_load_capped (autosave->source, REGIMEN_PLAN_MAX_SIZE, NULL, NULL);
  if (copy_text == NULL || source_text == NULL || !g_bytes_equal (copy_text, source_text))
    return FALSE;

  regimen_autosave_remove (autosave->id);

  return !g_file_test (copy_path, G_FILE_TEST_EXISTS);
}

/**
 * regimen_autosave_read:
 * @autosave: a working copy of regimen_autosave_list()
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads the plan of working copy @autosave, once regimen_autosave_check()
 * finds it may be one. Call it on a worker.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set to what is
 *   wrong with the copy (the message does not name the file)
 */
RegimenPlan *
regimen_autosave_read (RegimenAutosave  *autosave,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (autosave != NULL, NULL);

  if (!regimen_autosave_check (autosave, error))
    return NULL;

  /* Read in two steps, so the message says what is wrong without naming
   * the file again. */
  bytes = regimen_plan_read_file (autosave->copy, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return regimen_plan_load_from_bytes (bytes, error);
}

/* How much of a working copy is read for its title: the writer puts it
 * right after "format" and "version", and a title of 10,000 characters
 * written as six-byte \u escapes takes 60,000 bytes. */
#define TITLE_HEAD_SIZE (64 * 1024)
/* A copy up to this size is read whole for its title, which also finds
 * it damaged at the start (a few milliseconds); a larger one only at its
 * start and its end. */
#define TITLE_READ_WHOLE_MAX (1024 * 1024)

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* The JSON string at @p, unescaped, and where it ends in @out_end; NULL
 * when @p holds none that ends before @end. */
static char *
scan_string (const char  *p,
             const char  *end,
             const char **out_end)
{
  const char *q;
  g_autofree char *token = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (p >= end || *p != '"')
    return NULL;

  for (q = p + 1; q < end && *q != '"'; q++)
    if (*q == '\\' && ++q == end)
      return NULL;
  if (q >= end)
    return NULL;

  /* json-glib unescapes it and checks it is UTF-8. */
  token = g_strndup (p, q + 1 - p);
  node = json_from_string (token, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  *out_end = q + 1;
  return json_node_dup_string (node);
}

/* The title of a plan as Regimen's writer lays it out (“{"format":
 * "regimen-plan", "version": 1, "title": …”), read from its first bytes
 * @head; %FALSE when they are not laid out so, or are of another version,
 * and the copy must be read whole to know. */
static gboolean
scan_title (const char  *head,
            gsize        length,
            char       **out_title)
{
  const char *end = head + length;
  const char *p = head;
  g_autofree char *format = NULL;
  g_autofree char *version_key = NULL;
  g_autofree char *key = NULL;
  guint64 version;
  char *digits_end;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  p = skip_space (p, end);
  if (p >= end || *p++ != '{')
    return FALSE;

  key = scan_string (skip_space (p, end), end, &p);
  if (g_strcmp0 (key, "format") != 0)
    return FALSE;
  p = skip_space (p, end);
  if (p >= end || *p++ != ':')
    return FALSE;
  format = scan_string (skip_space (p, end), end, &p);
  if (g_strcmp0 (format, REGIMEN_PLAN_FORMAT) != 0)
    return FALSE;
  p = skip_space (p, end);
  if (p >= end || *p++ != ',')
    return FALSE;

  version_key = scan_string (skip_space (p, end), end, &p);
  if (g_strcmp0 (version_key, "version") != 0)
    return FALSE;
  p = skip_space (p, end);
  if (p >= end || *p++ != ':')
    return FALSE;
  p = skip_space (p, end);
  if (p >= end || !g_ascii_isdigit (*p))
    return FALSE;
  version = g_ascii_strtoull (p, &digits_end, 10);
  if (version != REGIMEN_PLAN_VERSION || digits_end >= end)
    return FALSE;
  p = skip_space (digits_end, end);
  if (p >= end)
    return FALSE;

  /* The writer leaves out the title of an untitled plan. */
  if (*p == '}')
    {
      *out_title = NULL;
      return TRUE;
    }
  if (*p++ != ',')
    return FALSE;

  g_clear_pointer (&key, g_free);
  key = scan_string (skip_space (p, end), end, &p);
  if (key == NULL)
    return FALSE;
  if (!g_str_equal (key, "title"))
    {
      *out_title = NULL;
      return TRUE;
    }
  p = skip_space (p, end);
  if (p >= end || *p++ != ':')
    return FALSE;
  *out_title = scan_string (skip_space (p, end), end, &p);
  return *out_title != NULL;
}

/* Whether the copy ends as the writer ends a plan, with its closing
 * brace: a copy cut short does not. */
static gboolean
ends_whole (GFileInputStream *stream,
            goffset           size,
            GCancellable     *cancellable)
{
  char tail[16];
  gsize length = 0;

  if (!g_seekable_seek (G_SEEKABLE (stream), MAX (size - (goffset) sizeof tail, 0), G_SEEK_SET, cancellable, NULL) ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), tail, sizeof tail, &length, cancellable, NULL))
    return FALSE;

  while (length > 0 && g_ascii_isspace (tail[length - 1]))
    length--;

  return length > 0 && tail[length - 1] == '}';
}

/**
 * regimen_autosave_read_title:
 * @autosave: a working copy of regimen_autosave_list()
 * @out_title: (out) (transfer full) (nullable): the plan's title, %NULL
 *   for an untitled plan
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The title of working copy @autosave, for the restore offer. A copy of
 * up to 1 MiB is read whole with regimen_autosave_read(), as it is when
 * restored; a larger one only at its start, where Regimen's writer put
 * the title, and its end (a copy cut short is read whole), so a copy of
 * 16 MiB costs the start what a small one does. A copy laid out otherwise
 * (another version, edited by hand) is read whole. So a large copy
 * damaged in its middle is found only when it is restored or discarded.
 * Call it on a worker.
 *
 * Returns: %TRUE with @out_title set; %FALSE with @error set to what is
 *   wrong with the copy (the message does not name the file)
 */
gboolean
regimen_autosave_read_title (RegimenAutosave  *autosave,
                             char            **out_title,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autofree char *head = NULL;
  gsize length = 0;
  GStatBuf st;

  g_return_val_if_fail (autosave != NULL, FALSE);
  g_return_val_if_fail (out_title != NULL, FALSE);

  if (!regimen_autosave_check (autosave, error))
    return FALSE;

  head = g_malloc (TITLE_HEAD_SIZE);
  if (g_stat (g_file_peek_path (autosave->copy), &st) == 0 && st.st_size > TITLE_READ_WHOLE_MAX)
    stream = g_file_read (autosave->copy, cancellable, NULL);
  if (stream != NULL &&
      g_input_stream_read_all (G_INPUT_STREAM (stream), head, TITLE_HEAD_SIZE, &length, cancellable, NULL) &&
      ends_whole (stream, st.st_size, cancellable) &&
      scan_title (head, length, out_title))
    return TRUE;

  plan = regimen_autosave_read (autosave, cancellable, error);
  if (plan == NULL)
    return FALSE;

  *out_title = g_strdup (regimen_plan_get_title (plan));
  return TRUE;
}
