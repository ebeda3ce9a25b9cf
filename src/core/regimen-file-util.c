/* regimen-file-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-file-util"

/* statx() */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#ifdef __linux__
#include <linux/fs.h>
#endif

#include "regimen-file-util.h"
#include "regimen-file-util-private.h"
#include "regimen-plan-view.h"

/* A call a signal interrupts fails with EINTR on a FUSE or NFS folder
 * when the handler was installed without SA_RESTART (a library's, say):
 * the save failed, “(Interrupted system call)”, where trying again does
 * it. Every open(), openat(), fsync(), link(), rename(), flock() and
 * access() of this file is tried again (TEMP_FAILURE_RETRY()), as read() and write()
 * are in their loops and g_mkstemp_full() in the writer's; close() never
 * is: on Linux the descriptor is gone after EINTR, and a second close()
 * could close another thread's file. */
#define open(...) TEMP_FAILURE_RETRY (open (__VA_ARGS__))
#define openat(...) TEMP_FAILURE_RETRY (openat (__VA_ARGS__))
#define fsync(fd) TEMP_FAILURE_RETRY (fsync (fd))
#define link(from, to) TEMP_FAILURE_RETRY (link (from, to))
/* GLib's g_rename() is rename() itself here (gstdio.h). */
#undef g_rename
#define g_rename(from, to) TEMP_FAILURE_RETRY (rename (from, to))
#define flock(fd, operation) TEMP_FAILURE_RETRY (flock (fd, operation))
#define access(path, mode) TEMP_FAILURE_RETRY (access (path, mode))

/* NFS can report EINTR for a link() or rename() its server did, its
 * reply interrupted: tried again, the link found its name taken
 * (EEXIST), the rename its old name gone (ENOENT), and a save that was
 * done was said failed, its temporary left beside the plan. Then the
 * call is done when the new name is the file the old one was (as
 * lstat() gave it before the call, for a rename). */
static int
link_done (const char *from,
           const char *to)
{
  struct stat from_st;
  struct stat to_st;
  int saved_errno;

  if (link (from, to) == 0)
    return 0;
  saved_errno = errno;
  if (saved_errno == EEXIST && lstat (from, &from_st) == 0 && lstat (to, &to_st) == 0 &&
      from_st.st_dev == to_st.st_dev && from_st.st_ino == to_st.st_ino)
    return 0;
  errno = saved_errno;
  return -1;
}

static int
rename_done (const char *from,
             const char *to)
{
  struct stat from_st;
  struct stat to_st;
  gboolean known = lstat (from, &from_st) == 0;
  int saved_errno;

  if (g_rename (from, to) == 0)
    return 0;
  saved_errno = errno;
  if (saved_errno == ENOENT && known && lstat (to, &to_st) == 0 &&
      from_st.st_dev == to_st.st_dev && from_st.st_ino == to_st.st_ino)
    return 0;
  errno = saved_errno;
  return -1;
}

#undef link
#define link(from, to) link_done (from, to)
#undef g_rename
#define g_rename(from, to) rename_done (from, to)

/* Every file Regimen writes (plans, calendars, PDFs) goes through here: a
 * temporary file beside the target with the target's owner, group and
 * mode, synced, then renamed over it. A full disk or a crash leaves the
 * old file whole. g_file_replace_contents() of GLib 2.74 renames even
 * after a failed write, and cairo writes in place, so neither is used. */
struct _RegimenFileWriter
{
  char                  *path;      /* the target, symbolic links resolved */
  char                  *dir;
  char                  *tmp;
  int                    fd;
  gboolean               exists;
  struct stat            st;        /* of the target, when it exists */
  RegimenFileWriteFlags  flags;
  GBytes                *expected;  /* what the target must still hold */
  gboolean               in_portal; /* in a document portal's folder */
  gboolean               backup_unkept;
  gboolean               followed_link; /* @path was a symbolic link */
  int                    inode_flags; /* the target's KEPT_INODE_FLAGS */
};

/* The temporary files being written, so that a command killed by a signal
 * can remove them before it dies (regimen_file_remove_temporaries()). A
 * slot holds a path until it is renamed or removed; a signal handler only
 * reads the slots. */
#define PENDING_SLOTS 8
static char *pending[PENDING_SLOTS];

static void
pending_add (char *path)
{
  for (guint i = 0; i < PENDING_SLOTS; i++)
    if (g_atomic_pointer_compare_and_exchange (&pending[i], NULL, path))
      return;
}

/* Held by a writer while it takes its slot back, and by a thread that
 * removes the temporary files of others (the application's second
 * signal, on its main thread, regimen_file_remove_others_temporaries()):
 * a writer frees its path once the slot is back, which that thread must
 * not read after. The command line's signal handler, which interrupts
 * the one thread that writes, takes no lock. */
static GMutex pending_lock;

/* regimen_file_set_removal_hook()'s, for the tests. */
static RegimenFileRemovalHook removal_hook;
static gpointer removal_hook_data;

static void
pending_remove (const char *path)
{
  g_mutex_lock (&pending_lock);
  for (guint i = 0; i < PENDING_SLOTS; i++)
    g_atomic_pointer_compare_and_exchange (&pending[i], (char *) path, NULL);
  g_mutex_unlock (&pending_lock);
}

/* A temporary file is made and put in a slot with the signals that stop
 * the command line (Ctrl+C, kill, a closed terminal) held back: one that
 * came between the two would leave the file beside the plan. Held back,
 * it arrives once the slot names the file. */
static void
hold_fatal_signals (sigset_t *previous)
{
  sigset_t fatal;

  sigemptyset (&fatal);
  sigaddset (&fatal, SIGINT);
  sigaddset (&fatal, SIGTERM);
  sigaddset (&fatal, SIGHUP);
  pthread_sigmask (SIG_BLOCK, &fatal, previous);
}

static void
release_fatal_signals (const sigset_t *previous)
{
  pthread_sigmask (SIG_SETMASK, previous, NULL);
}

/* Forgets and frees a temporary path (the file itself is handled by the
 * caller: renamed, linked or removed). */
static void
clear_tmp (char **tmp)
{
  if (*tmp == NULL)
    return;
  pending_remove (*tmp);
  g_clear_pointer (tmp, g_free);
}

static void
close_fd (int *fd)
{
  if (*fd >= 0)
    close (*fd);
  *fd = -1;
}

/* The start of every temporary name a writer makes beside its file: one
 * that says what the file is, so that the cleanup of leftovers never takes
 * a person's own file for one (“.regimen-Backup”, “.regimen-draft2”). */
#define TEMPORARY_PREFIX ".regimen-temporary-"

/* The names of the files beside a target that a writer killed mid-save
 * (a crash, kill -9, a power cut) leaves behind: the new version,
 * TEMPORARY_PREFIX and six of mkstemp()'s letters and digits, and the
 * previous version stashed before the rename, TEMPORARY_PREFIX, eight hex
 * digits and “~”. */
static gboolean
is_leftover_name (const char *name)
{
  const char *rest;
  gsize length;

  if (!g_str_has_prefix (name, TEMPORARY_PREFIX))
    return FALSE;

  rest = name + strlen (TEMPORARY_PREFIX);
  length = strlen (rest);

  if (length == 9 && rest[8] == '~')
    {
      for (guint i = 0; i < 8; i++)
        if (!g_ascii_isxdigit (rest[i]) || g_ascii_isupper (rest[i]))
          return FALSE;
      return TRUE;
    }

  if (length != 6)
    return FALSE;

  for (guint i = 0; i < 6; i++)
    {
      if (!g_ascii_isalnum (rest[i]))
        return FALSE;
    }

  return TRUE;
}

/* Whether the file at @path has a name of the writers' temporaries:
 * one the cleanup of leftovers would take for one, itself or as the
 * “NAME~” a save keeps beside it. */
static gboolean
name_is_temporary (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_str_has_prefix (base, TEMPORARY_PREFIX);
}

/* A writer holds an exclusive lock on each file it makes beside the
 * target for as long as the file has that name; the lock dies with the
 * writer. Locks a file just made and says whether it is still there: a
 * cleaner (regimen_file_remove_leftovers()) may have taken it for a leftover in the
 * moment before the lock, and then the caller makes another. Where the
 * file system has no locks, no cleaner can take one either. Whether it
 * is there is not known when fstat() fails (EIO): the caller makes
 * another, and removes this one (unlink_unheld_file()), which stayed
 * beside the plan after the save was done. */
static gboolean
hold_new_file (int       fd,
               gboolean *unknown)
{
  struct stat st;

  *unknown = FALSE;
  while (flock (fd, LOCK_EX) != 0)
    {
      if (errno != EINTR)
        return TRUE;
    }

  if (fstat (fd, &st) != 0)
    {
      *unknown = TRUE;
      return FALSE;
    }

  return st.st_nlink > 0;
}

/* The file at @path that hold_new_file() could not tell was there, made
 * by this writer a moment ago (O_EXCL) and locked since: a cleaner
 * takes no locked file, so the name is still this file's. */
static void
unlink_unheld_file (const char *path,
                    gboolean    unknown)
{
  if (unknown)
    g_unlink (path);
}

/* Where flock() is a byte-range lock of the whole file (NFS, since
 * Linux 2.6.12), an exclusive lock needs the file open for writing: on
 * @fd, open only for reading, it fails with EBADF, which was taken for
 * a file system without locks: two saves of one plan took no turns
 * there, the last one's rename replacing the other's change unseen, and
 * no leftover was ever removed. Returns @fd, or in its place
 * (closed) the same file opened again for reading and writing where its
 * lock needs that and it may be written; nothing is written through it. */
static int
reopen_for_lock (int fd)
{
  g_autofree char *proc_path = NULL;
  struct stat before;
  struct stat after;
  int writable;

  if (flock (fd, LOCK_EX | LOCK_NB) == 0 || errno != EBADF)
    return fd;

  /* The file this descriptor is open on, whatever its name is now. */
  proc_path = g_strdup_printf ("/proc/self/fd/%d", fd);
  writable = open (proc_path, O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (writable < 0)
    return fd;

  if (fstat (fd, &before) != 0 || fstat (writable, &after) != 0 || before.st_dev != after.st_dev ||
      before.st_ino != after.st_ino)
    {
      close (writable);
      return fd;
    }

  close (fd);
  return writable;
}

/* Whether @held is a temporary file this process is writing now. Its
 * lock says so where locks are per open file, but not where they are
 * the process's: NFS emulates flock() with fcntl() locks, which this
 * process's cleaner is granted over its own writer's lock, and one write
 * removed the temporary file of another write of the same process in
 * the same folder (a save and an export at once), failing that save. */
static gboolean
is_written_here (const struct stat *held)
{
  gboolean found = FALSE;

  g_mutex_lock (&pending_lock);
  for (guint i = 0; i < PENDING_SLOTS && !found; i++)
    {
      const char *path = g_atomic_pointer_get (&pending[i]);
      struct stat st;

      found = path != NULL && lstat (path, &st) == 0 && st.st_dev == held->st_dev && st.st_ino == held->st_ino;
    }
  g_mutex_unlock (&pending_lock);

  return found;
}

/**
 * regimen_file_remove_leftovers:
 * @dir: a folder
 *
 * Removes what writers killed mid-save (kill -9, a crash, a power cut)
 * left in @dir: files of the writers' temporary names that no living
 * writer holds locked. A file of another running writer, in this process
 * or another, is locked, so it stays, however old; a leftover that is a
 * hard link of the plan (its previous version, stashed) loses only that
 * name. Every write in a folder does this first; the app also does it in
 * its own folders when it starts, where the next write may be far off.
 */
void
regimen_file_remove_leftovers (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  int dir_fd;

  if (listing == NULL)
    return;

  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      struct stat held;
      struct stat now;
      int fd;

      if (!is_leftover_name (name))
        continue;

      fd = openat (dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
      if (fd < 0)
        continue;

      if (fstat (fd, &held) != 0 || !S_ISREG (held.st_mode) || is_written_here (&held))
        {
          close (fd);
          continue;
        }

      fd = reopen_for_lock (fd);
      if (flock (fd, LOCK_EX | LOCK_NB) == 0 &&
          fstatat (dir_fd, name, &now, AT_SYMLINK_NOFOLLOW) == 0 &&
          now.st_dev == held.st_dev && now.st_ino == held.st_ino)
        unlinkat (dir_fd, name, 0);

      close (fd);
    }

  close (dir_fd);
}

/**
 * regimen_file_remove_temporaries:
 *
 * Removes the temporary files being written right now. Async-signal-safe:
 * meant for a signal handler of the command line, which then dies of the
 * signal with nothing left beside the file it was writing.
 */
void
regimen_file_remove_temporaries (void)
{
  for (guint i = 0; i < PENDING_SLOTS; i++)
    {
      const char *path = g_atomic_pointer_get (&pending[i]);

      if (path != NULL)
        {
          if (removal_hook != NULL)
            removal_hook (path, removal_hook_data);
          unlink (path);
        }
    }
}

/* For the tests: called with each path read, before it is removed. */
void
regimen_file_set_removal_hook (RegimenFileRemovalHook hook,
                               gpointer               data)
{
  removal_hook_data = data;
  removal_hook = hook;
}

/* For the tests: whether a writer could take its slot back (and free its
 * path) right now, the lock on the slots free. */
gboolean
regimen_file_pending_lock_is_free (void)
{
  if (!g_mutex_trylock (&pending_lock))
    return FALSE;

  g_mutex_unlock (&pending_lock);
  return TRUE;
}

/**
 * regimen_file_remove_others_temporaries:
 *
 * Removes the temporary files other threads are writing right now, as
 * regimen_file_remove_temporaries() does from a signal handler, for a
 * thread that writes none of them (the application's main thread, its
 * saves on workers): each path is read while its writer cannot free it.
 * Not async-signal-safe.
 */
void
regimen_file_remove_others_temporaries (void)
{
  g_mutex_lock (&pending_lock);
  regimen_file_remove_temporaries ();
  g_mutex_unlock (&pending_lock);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s (%s)", what, g_strerror (saved_errno));
  return FALSE;
}

/* The file a write replaces was there when it was read and is gone once
 * the new version is made (another program, or the person in a file
 * manager, removed it meanwhile): said so, where the step that found it
 * gone said its permissions or its previous version “could not be kept
 * (No such file or directory)”. Nothing is written in its place. */
static gboolean
set_removed_error (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("the file was removed meanwhile, by another program or in a file manager; "
                         "nothing was written in its place"));
  return FALSE;
}

static gboolean
read_capped (int            fd,
             gsize          max_size,
             GByteArray    *buffer,
             GCancellable  *cancellable,
             GError       **error)
{
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n_read;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      n_read = read (fd, chunk, sizeof chunk);
      if (n_read < 0)
        {
          if (errno == EINTR)
            continue;
          return set_errno_error (error, errno, _("the file could not be read"));
        }
      if (n_read == 0)
        return TRUE;

      /* Read at most one chunk more than allowed: enough to know it is
       * too large without reading a huge (or endless) file into memory. */
      if (buffer->len + (gsize) n_read > max_size)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                               _("the file is too large"));
          return FALSE;
        }

      g_byte_array_append (buffer, chunk, n_read);
    }
}

/* Whether a mount of file system type @type reaches its files over a
 * network or through a program (FUSE): such a disk can stop answering
 * (a server gone, a laptop away from its office), and a stat() of a
 * file there then waits for minutes or for good. */
static gboolean
is_remote_type (const char *type)
{
  static const char * const remote[] = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "glusterfs",
    "afs", "davfs", "lustre", "gfs2", "ocfs2", "ncpfs", "coda",
  };

  if (g_str_has_prefix (type, "fuse"))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (remote); i++)
    if (g_str_equal (type, remote[i]))
      return TRUE;

  return FALSE;
}

/* @field of /proc/self/mountinfo with its octal escapes (“\040” for a
 * space) undone. */
static char *
mountinfo_unescape (const char *field)
{
  GString *text = g_string_new (NULL);

  for (const char *p = field; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] >= '0' && p[1] <= '3' && p[2] >= '0' && p[2] <= '7' &&
          p[3] >= '0' && p[3] <= '7')
        {
          g_string_append_c (text, (char) (((p[1] - '0') << 6) | ((p[2] - '0') << 3) | (p[3] - '0')));
          p += 3;
        }
      else
        g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/**
 * regimen_file_is_remote_in:
 * @mountinfo: the text of /proc/self/mountinfo
 * @path: an absolute path
 *
 * Whether @path is on a network or FUSE file system by @mountinfo: the
 * type of the deepest mount whose folder holds @path (the last of equal
 * ones, as mounts stack). Nothing on the disk is asked, so a disk that
 * no longer answers cannot hold the caller.
 *
 * Returns: %TRUE when the mount holding @path is remote
 */
gboolean
regimen_file_is_remote_in (const char *mountinfo,
                           const char *path)
{
  g_auto(GStrv) lines = NULL;
  gsize deepest = 0;
  gboolean remote = FALSE;

  g_return_val_if_fail (mountinfo != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lines = g_strsplit (mountinfo, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", -1);
      g_autofree char *mount_point = NULL;
      guint n = g_strv_length (fields);
      guint separator = 6;
      gsize length;

      /* ID PARENT MAJOR:MINOR ROOT MOUNT-POINT OPTIONS [OPTIONAL…] - TYPE … */
      while (separator < n && !g_str_equal (fields[separator], "-"))
        separator++;
      if (n < 5 || separator + 1 >= n)
        continue;

      mount_point = mountinfo_unescape (fields[4]);
      length = strlen (mount_point);
      if (!(g_str_equal (mount_point, "/") ||
            (g_str_has_prefix (path, mount_point) && (path[length] == '/' || path[length] == '\0'))))
        continue;
      if (g_str_equal (mount_point, "/"))
        length = 0;
      if (length >= deepest)
        {
          deepest = length;
          remote = is_remote_type (fields[separator + 1]);
        }
    }

  return remote;
}

/**
 * regimen_file_is_remote:
 * @path: an absolute path
 *
 * Whether @path is on a network or FUSE file system, by the system's
 * list of mounts (regimen_file_is_remote_in()); %TRUE when the list
 * cannot be read, so that a caller that would rather not wait leaves the
 * file alone.
 *
 * Returns: %TRUE when @path may be on a disk that can stop answering
 */
gboolean
regimen_file_is_remote (const char *path)
{
  g_autofree char *mountinfo = NULL;

  if (!g_file_get_contents ("/proc/self/mountinfo", &mountinfo, NULL, NULL))
    return TRUE;

  return regimen_file_is_remote_in (mountinfo, path);
}

/**
 * regimen_file_load_capped:
 * @max_size: the largest size accepted, in bytes
 *
 * Reads a whole regular file, once, and at most @max_size bytes of it.
 * Folders, named pipes, devices and sockets are refused without reading
 * (a pipe would never end, a device could be endless).
 *
 * Returns: (transfer full): the contents, or %NULL with @error set in the
 *   %G_IO_ERROR domain: %G_IO_ERROR_MESSAGE_TOO_LARGE when it is larger
 *   than @max_size, %G_IO_ERROR_NOT_REGULAR_FILE or
 *   %G_IO_ERROR_IS_DIRECTORY when it is no regular file
 */
GBytes *
regimen_file_load_capped (GFile         *file,
                          gsize          max_size,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autofree char *path = NULL;
  struct stat st;
  gboolean read;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autoptr(GFileInputStream) stream = NULL;
      g_autoptr(GFileInfo) info = NULL;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                                cancellable, error);
      if (info == NULL)
        return NULL;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                               _("it is not a regular file"));
          return NULL;
        }

      stream = g_file_read (file, cancellable, error);
      if (stream == NULL)
        return NULL;

      for (;;)
        {
          guint8 chunk[64 * 1024];
          gssize n_read = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                               cancellable, error);

          if (n_read < 0)
            return NULL;
          if (n_read == 0)
            break;
          if (buffer->len + (gsize) n_read > max_size)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                                   _("the file is too large"));
              return NULL;
            }
          g_byte_array_append (buffer, chunk, n_read);
        }

      return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
    }

  /* O_NONBLOCK: opening a named pipe must not wait for a writer. */
  fd = open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    {
      int open_errno = errno;

      /* A socket is never opened (ENXIO, “No such device or address”,
       * which reads as a device gone missing): it is no file, as a pipe
       * or a device is. */
      if (open_errno == ENXIO && stat (path, &st) == 0 && S_ISSOCK (st.st_mode))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                               _("it is not a regular file"));
          return NULL;
        }
      set_errno_error (error, open_errno, _("the file could not be opened"));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      set_errno_error (error, errno, _("the file could not be read"));
      close (fd);
      return NULL;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("it is a folder"));
      close (fd);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is not a regular file"));
      close (fd);
      return NULL;
    }

  if ((guint64) st.st_size > max_size)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           _("the file is too large"));
      close (fd);
      return NULL;
    }

  read = read_capped (fd, max_size, buffer, cancellable, error);
  close (fd);

  if (!read)
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * regimen_file_make_private_dir:
 * @path: a folder under the person's data folder
 *
 * Creates @path (and its missing parents) readable by its owner only, and
 * makes it so when an earlier version created it open to others: the
 * names inside (working copies, pictures) are nobody else's business.
 * A symbolic link at @path is the person's choice: it is followed to a
 * folder but its target's mode is left as it is (a “pictures” link to
 * ~/Documents must not make ~/Documents private).
 *
 * Returns: %TRUE on success; otherwise %FALSE with @error set
 */
gboolean
regimen_file_make_private_dir (const char  *path,
                               GError     **error)
{
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  /* A data folder that is another user's link in a folder anyone may
   * write to (XDG_DATA_HOME=/tmp/theirs) is not written through: the
   * working copies went where that user's link led, where the exercises
   * were already refused (regimen_file_writer_new()). */
  if (!regimen_file_check_links (path, error))
    return FALSE;

  if (g_mkdir_with_parents (path, 0700) != 0 || stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder, then the system's reason */
                   _("Could not create the folder %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if ((st.st_mode & 077) == 0)
    return TRUE;

  /* The folder itself, never a link's target: O_NOFOLLOW fails on a
   * symbolic link, and the mode is changed on what was opened. */
  fd = open (path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return TRUE;

  if (fstat (fd, &st) == 0 && (st.st_mode & 077) != 0 && st.st_uid == geteuid ())
    fchmod (fd, st.st_mode & 0700);
  close (fd);

  return TRUE;
}

/* The extended attributes a new version keeps: the access ACL, of which
 * the mode's group bits are only the mask (without it the owning group
 * would get what the mask allows, and the users it names nothing), and
 * the user's own. Security labels are the system's to set, trusted ones
 * root's. */
static gboolean
is_kept_attribute (const char *name)
{
  return g_str_has_prefix (name, "user.") || strcmp (name, "system.posix_acl_access") == 0;
}

/* Copies those attributes of the file at @from onto @to, and removes an
 * access ACL @to inherited from its folder's default ACL that @from does
 * not have (it would give the users it names what the mask allows).
 * Returns FALSE, with errno set, when one cannot be read or set. */
static gboolean
copy_attributes (const char *from,
                 int         to)
{
  g_autofree char *names = NULL;
  gboolean had_acl = FALSE;
  ssize_t size = listxattr (from, NULL, 0);

  /* A file system without extended attributes has none to keep. */
  if (size < 0)
    return errno == ENOTSUP;

  names = g_malloc (MAX (size, 1));
  size = size > 0 ? listxattr (from, names, size) : 0;
  if (size < 0)
    return FALSE;

  for (const char *name = names; name < names + size; name += strlen (name) + 1)
    {
      g_autofree char *value = NULL;
      ssize_t length;

      if (!is_kept_attribute (name))
        continue;
      had_acl = had_acl || strcmp (name, "system.posix_acl_access") == 0;

      length = getxattr (from, name, NULL, 0);
      if (length < 0)
        return FALSE;
      value = g_malloc (MAX (length, 1));
      length = getxattr (from, name, value, length);
      if (length < 0 || fsetxattr (to, name, value, length, 0) != 0)
        return FALSE;
    }

  if (had_acl)
    return TRUE;

  /* Removed only when there: a FUSE file system may refuse any
   * removexattr() with EPERM, even of an attribute no file there has, as
   * the document portal's does (whose saves copy no attributes now, see
   * regimen_file_writer_new()), and every save there failed. */
  if (fgetxattr (to, "system.posix_acl_access", NULL, 0) < 0 && (errno == ENODATA || errno == ENOTSUP))
    return TRUE;

  return fremovexattr (to, "system.posix_acl_access") == 0 || errno == ENODATA || errno == ENOTSUP;
}

/* Gives @fd @mode, unless it has it already: a file system without
 * permissions (FAT through FUSE) gives every file one mode and refuses
 * chmod() even to that mode, which would fail every save there. FALSE,
 * with errno set, when the mode differs and cannot be set. */
static gboolean
set_mode (int    fd,
          mode_t mode)
{
  struct stat st;

  if (fstat (fd, &st) != 0)
    return FALSE;

  return (st.st_mode & 07777) == mode || fchmod (fd, mode) == 0;
}

/* The type statfs() gives a FUSE file system (linux/magic.h has none). */
#define FUSE_SUPER_MAGIC 0x65735546

/* The last file this thread saved without its previous version because
 * it is in the document portal (regimen_file_take_unkept_backup()): per
 * thread, so that the save that kept none is the one that says so, not
 * whichever save of another plan on another worker asks next. */
static GPrivate unkept_backup = G_PRIVATE_INIT (g_free);

/* Whether @dir is a folder of the document portal's FUSE mount,
 * XDG_RUNTIME_DIR/doc (in the Flatpak, /run/user/UID/doc/ID; outside it,
 * DOC/by-app/APP/ID too), through which a sandboxed app reaches the
 * files the person chose. Such a folder shows only that one file: any
 * other file made there is the portal's own temporary file, kept as a
 * hidden “.xdp-NAME-” file (six random characters after it) beside the
 * real file while the portal runs, gone from the folder when it
 * restarts, and left on the real disk for good. */
static gboolean
is_in_document_portal (const char *dir)
{
  g_autofree char *doc = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);
  /* A test hook: a folder taken for one of the portal's, so that the
   * window's saves through the portal are tested without a portal
   * running under its display (tests/ui/test-hostile-31-window.c). */
  const char *stand_in = g_getenv ("REGIMEN_TEST_DOCUMENT_PORTAL_FOLDER");
  struct statfs sfs;

  if (stand_in != NULL && g_strcmp0 (dir, stand_in) == 0)
    return TRUE;

  return g_str_has_prefix (dir, doc) && dir[strlen (doc)] == G_DIR_SEPARATOR &&
         statfs (dir, &sfs) == 0 && sfs.f_type == FUSE_SUPER_MAGIC;
}

/* Whether @dir holds a file other than @path and writers' temporary
 * files: in a document portal folder, its document. */
static gboolean
holds_another_file (const char *dir,
                    const char *path)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *name = g_path_get_basename (path);
  const char *entry;

  if (listing == NULL)
    return FALSE;

  while ((entry = g_dir_read_name (listing)) != NULL)
    if (strcmp (entry, name) != 0 && !g_str_has_prefix (entry, TEMPORARY_PREFIX))
      return TRUE;

  return FALSE;
}

/**
 * regimen_file_take_unkept_backup:
 *
 * The file this thread last saved without keeping its previous version
 * as “FILE~”, asked for with %REGIMEN_FILE_WRITE_BACKUP, because it was
 * opened through the document portal (a plan the Flatpak was given by
 * the file chooser), whose folder holds no other file for good;
 * forgotten once taken, so that the person is told once.
 *
 * Returns: (transfer full) (nullable): its path, or %NULL
 */
char *
regimen_file_take_unkept_backup (void)
{
  char *path = g_strdup (g_private_get (&unkept_backup));

  g_private_replace (&unkept_backup, NULL);

  return path;
}

/**
 * regimen_file_is_in_document_portal:
 * @path: a file's path
 *
 * Whether @path's folder is one of the document portal's (a file given
 * to the Flatpak), where a save keeps no previous version as “FILE~”:
 * for a question that would otherwise promise one. Reaches the disk
 * only for a path in the portal's mount.
 */
gboolean
regimen_file_is_in_document_portal (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *absolute_dir = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  absolute_dir = g_canonicalize_filename (dir, NULL);

  return is_in_document_portal (absolute_dir);
}

/**
 * regimen_file_dup_data_dir:
 *
 * Regimen's own data folder, which holds the working copies, the
 * person's exercises and their pictures: “regimen” in
 * g_get_user_data_dir(), unless XDG_DATA_HOME gives a relative path. The
 * XDG Base Directory specification calls such a value invalid, to be
 * ignored; GLib takes it
 * as it is, from the current folder, so the app started from another
 * folder wrote its working copies where its next start did not look for
 * them, and the command line read other exercises in each folder. The
 * specification's default, ~/.local/share, is taken then.
 *
 * Returns: (transfer full): the folder's path
 */
char *
regimen_file_dup_data_dir (void)
{
  const char *dir = g_get_user_data_dir ();

  if (g_path_is_absolute (dir))
    return g_build_filename (dir, "regimen", NULL);

  return g_build_filename (g_get_home_dir (), ".local", "share", "regimen", NULL);
}

/* Whether @dir, an existing folder, is Regimen's own data folder or lies
 * inside it, by whatever name (a symbolic link, “..”): the folder of the
 * working copies, whose files the app removes once their plans are saved,
 * and of the person's exercises and their pictures. That is the one
 * under this process's data folder, and the one the Flatpak of Regimen
 * keeps under ~/.var/app (a command line run outside the sandbox does
 * not see it as its data folder). */
static gboolean
is_in_data_dir (const char *dir)
{
  g_autofree char *data_dir = regimen_file_dup_data_dir ();
  g_autofree char *app_data_dir = g_build_filename (g_get_home_dir (), ".var", "app", APPLICATION_ID,
                                                    "data", "regimen", NULL);
  g_autofree char *folder = NULL;
  struct stat data_st;
  struct stat app_data_st;
  gboolean have_data = stat (data_dir, &data_st) == 0;
  gboolean have_app_data = stat (app_data_dir, &app_data_st) == 0;
  char *real;

  if (!have_data && !have_app_data)
    return FALSE;

  real = realpath (dir, NULL);
  if (real == NULL)
    return FALSE;
  folder = g_strdup (real);
  free (real);

  for (;;)
    {
      g_autofree char *parent = NULL;
      struct stat st;

      if (stat (folder, &st) == 0 &&
          ((have_data && st.st_dev == data_st.st_dev && st.st_ino == data_st.st_ino) ||
           (have_app_data && st.st_dev == app_data_st.st_dev && st.st_ino == app_data_st.st_ino)))
        return TRUE;

      parent = g_path_get_dirname (folder);
      if (g_str_equal (parent, folder))
        return FALSE;
      g_free (folder);
      folder = g_steal_pointer (&parent);
    }
}

/* A file system mounted read-only refuses every write, whatever the
 * file's mode: no question about the file could help, so it is not the
 * read-only file's %G_IO_ERROR_READ_ONLY that asks. */
static gboolean
set_read_only_file_system_error (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                       _("the file system it is on is mounted read-only."));
  return FALSE;
}

static gboolean
is_on_read_only_file_system (const char *path)
{
  struct statvfs vfs;

  return statvfs (path, &vfs) == 0 && (vfs.f_flag & ST_RDONLY);
}

/* Whether the symbolic link @link (as lstat() gives it, @link_st), in
 * the folder @dir, may be followed to write: not one another user made
 * in a folder anyone may write to where only owners may remove files
 * (the sticky bit, as in /tmp), unless that user owns the folder. */
static gboolean
link_is_foreign (const char        *dir,
                 const struct stat *link_st)
{
  struct stat dir_st;

  return stat (dir, &dir_st) == 0 && (dir_st.st_mode & S_ISVTX) && (dir_st.st_mode & S_IWOTH) &&
         link_st->st_uid != geteuid () && link_st->st_uid != dir_st.st_uid;
}

/* Adds the components of @path to @to_walk, the components still to
 * walk, the next one last. */
static void
push_components (GPtrArray  *to_walk,
                 const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);

  for (guint i = g_strv_length (parts); i > 0; i--)
    g_ptr_array_add (to_walk, g_strdup (parts[i - 1]));
}

/**
 * regimen_file_check_links:
 * @path: a file to write, as named
 * @error: return location for an error
 *
 * Whether @path may be written through the symbolic links it goes
 * through, its folders' and its own, and those they lead through: none
 * may be one another user made in a folder anyone may write to where
 * only owners may remove files (the sticky bit, as in /tmp), unless
 * that user owns the folder. That is the rule of the kernel's
 * fs.protected_symlinks, which a system may have off (a container, an
 * older system): there another user's /tmp/week.ics leading to
 * ~/.bashrc had an export replace the person's own file with a
 * calendar. The links are followed as the system follows them (“..”
 * after a link is the parent of where it leads); what cannot be reached
 * is left for the write to say.
 *
 * Returns: %FALSE with @error set, naming the link, when one is another
 *   user's there
 */
gboolean
regimen_file_check_links (const char  *path,
                          GError     **error)
{
  g_autoptr(GString) resolved = g_string_new ("");
  g_autoptr(GPtrArray) to_walk = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *absolute = NULL;
  guint hops = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_path_is_absolute (path))
    absolute = g_strdup (path);
  else
    {
      g_autofree char *cwd = g_get_current_dir ();

      absolute = g_build_filename (cwd, path, NULL);
    }

  push_components (to_walk, absolute);

  while (to_walk->len > 0)
    {
      g_autofree char *part = g_ptr_array_steal_index (to_walk, to_walk->len - 1);
      g_autofree char *candidate = NULL;
      g_autofree char *target = NULL;
      struct stat st;

      if (*part == '\0' || g_str_equal (part, "."))
        continue;
      if (g_str_equal (part, ".."))
        {
          char *slash = strrchr (resolved->str, '/');

          g_string_truncate (resolved, slash != NULL ? (gsize) (slash - resolved->str) : 0);
          continue;
        }

      candidate = g_strconcat (resolved->str, "/", part, NULL);
      if (lstat (candidate, &st) != 0 || !S_ISLNK (st.st_mode))
        {
          g_string_assign (resolved, candidate);
          continue;
        }

      if (link_is_foreign (resolved->len > 0 ? resolved->str : "/", &st))
        {
          g_autofree char *data_dir = regimen_file_dup_data_dir ();
          gsize data_dir_length = strlen (data_dir);

          /* Regimen's data folder is no name a person chooses: “choose
           * another name” could not be done. Said for that folder, which
           * it is and what to do. */
          if (strncmp (absolute, data_dir, data_dir_length) == 0 &&
              (absolute[data_dir_length] == '\0' || absolute[data_dir_length] == G_DIR_SEPARATOR))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           /* Translators: the first %s is the name of a symbolic link, the second a folder */
                           _("Regimen's data folder is reached through “%s”, a symbolic link another user made "
                             "in a folder anyone may write to (as /tmp), which Regimen does not write through: "
                             "remove that link, or set XDG_DATA_HOME to a folder of your own. The data folder, "
                             "which holds the working copies and your own exercises, is %s."),
                           part, data_dir);
              return FALSE;
            }

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                       /* Translators: %s is the name of a symbolic link */
                       _("“%s” is a symbolic link another user made in a folder anyone may write to (as /tmp), "
                         "which Regimen does not write through; remove it, or choose another name."),
                       part);
          return FALSE;
        }

      /* The system's own limit of links followed (MAXSYMLINKS): past it
       * the write says “Too many levels of symbolic links”. */
      target = ++hops <= 40 ? g_file_read_link (candidate, NULL) : NULL;
      if (target == NULL)
        return TRUE;

      if (g_path_is_absolute (target))
        g_string_truncate (resolved, 0);
      push_components (to_walk, target);
    }

  return TRUE;
}

/* The inode flags a new version keeps (chattr): not dumped (+d), no
 * access times (+A). The others are the file system's to give (+e) or
 * refuse a save before it is made (+i, +a). */
#ifdef FS_IOC_GETFLAGS
#define KEPT_INODE_FLAGS (FS_NODUMP_FL | FS_NOATIME_FL)
#else
#define KEPT_INODE_FLAGS 0
#endif

/* The inode flags (chattr) of @path, a file, or a folder with @folder;
 * 0 where it has none or they cannot be read. */
static int
inode_flags_of (const char *path,
                gboolean    folder)
{
#ifdef FS_IOC_GETFLAGS
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
  int flags = 0;

  if (fd < 0)
    return 0;
  if (ioctl (fd, FS_IOC_GETFLAGS, &flags) != 0)
    flags = 0;
  close (fd);
  return flags;
#else
  return 0;
#endif
}

/* Whether @path (a file, or a folder with @folder) is marked immutable
 * or append-only (chattr +i, +a), which lets no file of it, or in it, be
 * renamed over or removed, whatever its permissions. */
static gboolean
is_marked_fixed (const char *path,
                 gboolean    folder)
{
#ifdef FS_IOC_GETFLAGS
  return (inode_flags_of (path, folder) & (FS_IMMUTABLE_FL | FS_APPEND_FL)) != 0;
#else
  return FALSE;
#endif
}

/* Gives the new version at @fd the inode flags @kept of the file it
 * replaces (KEPT_INODE_FLAGS) and takes off those of @dropped: a plan
 * marked not to be dumped (chattr +d) was dumped again after its first
 * save, the new file having none. Where the flags cannot be set nothing
 * else is lost: the save goes on. */
static void
keep_inode_flags (int fd,
                  int kept,
                  int dropped)
{
#ifdef FS_IOC_GETFLAGS
  int flags = 0;

  if ((kept == 0 && dropped == 0) || ioctl (fd, FS_IOC_GETFLAGS, &flags) != 0 ||
      ((flags & kept) == kept && (flags & dropped) == 0))
    return;
  flags = (flags | kept) & ~dropped;
  ioctl (fd, FS_IOC_SETFLAGS, &flags);
#endif
}

/* Whether @path is the root of a mount: a file mounted in place of
 * another (mount --bind FILE PLAN, as a container mounts a single file:
 * docker run -v plan.json:/data/plan.json), which rename() cannot
 * replace (EBUSY). FALSE where the system cannot tell (before Linux 5.8). */
static gboolean
is_mount_point (const char *path)
{
  struct statx stx;

  return statx (AT_FDCWD, path, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, STATX_TYPE, &stx) == 0 &&
         (stx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT) != 0 &&
         (stx.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
}

/* The last part of @path, in it: the file's own name. */
static const char *
own_name_of (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? slash + 1 : path;
}

/**
 * regimen_file_writer_new:
 * @path: the file to write
 *
 * Starts writing @path: checks it can be replaced and creates the
 * temporary file. A symbolic link is followed (its target is replaced); a
 * link to nothing is refused, and so is a path through a link another
 * user made in a sticky folder anyone may write to
 * (regimen_file_check_links()), as is a read-only file unless @flags has
 * %REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY. The new file keeps the owner,
 * group and mode of the file it replaces, or is refused when it cannot.
 *
 * Returns: (transfer full): the writer, or %NULL with @error set in the
 *   %G_IO_ERROR domain (%G_IO_ERROR_READ_ONLY for a read-only file on a
 *   file system that can be written, %G_IO_ERROR_PERMISSION_DENIED on
 *   one mounted read-only)
 */
RegimenFileWriter *
regimen_file_writer_new (const char             *path,
                         RegimenFileWriteFlags   flags,
                         GError                **error)
{
  g_autoptr(RegimenFileWriter) writer = NULL;
  struct stat lst;
  struct stat tmp_st;
  sigset_t signals;
  gboolean unknown;
  int access_errno = 0;

  g_return_val_if_fail (path != NULL, NULL);

  writer = g_new0 (RegimenFileWriter, 1);
  writer->fd = -1;
  writer->flags = flags;

  if (!regimen_file_check_links (path, error))
    return NULL;

  if (lstat (path, &lst) == 0)
    {
      if (S_ISLNK (lst.st_mode))
        {
          if (stat (path, &writer->st) != 0)
            {
              if (errno == ENOENT)
                {
                  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                       _("it is a symbolic link to a file that does not exist"));
                  return NULL;
                }
              set_errno_error (error, errno, _("the file cannot be reached"));
              return NULL;
            }

          /* Replace what a symbolic link points to, not the link. A
           * link to a pipe or a socket (/dev/stdout into `| head`) has
           * no name realpath() can give, “pipe:[N]”: it is refused
           * below as what it is, not as a file that cannot be reached. */
          if (!S_ISREG (writer->st.st_mode) && !S_ISDIR (writer->st.st_mode))
            writer->path = g_strdup (path);
          else
            writer->path = realpath (path, NULL);
          writer->followed_link = TRUE;
          /* /dev/stdin of a file deleted after the shell opened it: the
           * link leads to the open file, which has no name left. */
          if (writer->path == NULL && errno == ENOENT && writer->st.st_nlink == 0)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                   _("it leads to a file that was deleted, which has no name left to save it under"));
              return NULL;
            }
          if (writer->path == NULL)
            {
              set_errno_error (error, errno, _("the file cannot be reached"));
              return NULL;
            }
        }
      else
        {
          writer->st = lst;
          writer->path = g_strdup (path);
        }

      writer->exists = TRUE;

      /* A folder is said as one whatever the write: one that took a
       * plan's name while it was open, asked about as “the file already
       * exists” (as a plan handed over does, NO_REPLACE), had the window
       * offer to save over it. */
      if (S_ISDIR (writer->st.st_mode))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                               _("there is a folder of that name."));
          return NULL;
        }

      /* So is a FIFO, socket or device: the window kept over one (mkfifo
       * PLAN) saves without a file to replace, and “the file already
       * exists” was asked as a change on disk, offering to save over it. */
      if (!S_ISREG (writer->st.st_mode))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                               _("it is not a regular file."));
          return NULL;
        }

      if (flags & REGIMEN_FILE_WRITE_NO_REPLACE)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("the file already exists."));
          return NULL;
        }

      /* A file mounted in its place cannot be renamed over: every save
       * of it failed with “the new version could not replace the old one
       * (Device or resource busy)”, which said neither why nor what to
       * do, after a whole copy of it was made aside for “FILE~” (a hard
       * link cannot cross the mount). Known before anything is made. */
      if (is_mount_point (writer->path))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                               _("another file is mounted in its place (a bind mount, as a container mounts a "
                                 "single file), and a file mounted so cannot be replaced by a new version; mount "
                                 "the folder it is in instead, or choose another name."));
          return NULL;
        }

      /* Marked immutable or append-only, it cannot be replaced, even
       * by root: an append-only plan was said to be a new version that
       * “could not replace the old one (Operation not permitted)”. */
      if (is_marked_fixed (writer->path, FALSE))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                               _("the file is marked immutable or append-only (chattr), so it cannot be "
                                 "replaced; clear that, or choose another name."));
          return NULL;
        }

      /* The mode bits too: root may write anything, but a file made
       * read-only is meant to stay as it is. Only a refusal says so: a
       * disk that could not answer (EIO from a failing disk or a FUSE
       * file system, a soft NFS mount's timeout) was said to be “the
       * file is read-only”, which sent the person to its permissions,
       * and the window offered to save over a read-only file. */
      if (!(flags & REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY) && (writer->st.st_mode & 0222) != 0 &&
          access (writer->path, W_OK) != 0)
        access_errno = errno;
      if (access_errno != 0 && access_errno != EACCES && access_errno != EPERM && access_errno != EROFS)
        {
          set_errno_error (error, access_errno, _("the file cannot be reached"));
          return NULL;
        }
      if (!(flags & REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY) &&
          ((writer->st.st_mode & 0222) == 0 || access_errno != 0))
        {
          if (is_on_read_only_file_system (writer->path))
            {
              set_read_only_file_system_error (error);
              return NULL;
            }
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                               _("the file is read-only."));
          return NULL;
        }
    }
  else if (errno == ENOENT)
    writer->path = g_strdup (path);
  else if (errno == ENAMETOOLONG && strlen (own_name_of (path)) > NAME_MAX)
    {
      /* A name longer than any folder takes (Save As adds “.regimen.json”
       * to a name typed without one) was said as “the file cannot be
       * reached (File name too long)”, which said neither which name nor
       * how long one may be. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG,
                   _("the name is %zu bytes long, longer than the %d bytes a file name can have; a name of at "
                     "most %d bytes can be saved."),
                   strlen (own_name_of (path)), NAME_MAX,
                   (flags & REGIMEN_FILE_WRITE_BACKUP) ? NAME_MAX - 1 : NAME_MAX);
      return NULL;
    }
  else
    {
      set_errno_error (error, errno, _("the file cannot be reached"));
      return NULL;
    }

  writer->dir = g_path_get_dirname (writer->path);

  /* “FILE~” made in the document portal's folder would be its temporary
   * file: shown there only until the portal restarts, and left on the
   * person's disk as a hidden “.xdp-” file, one more each session. The
   * plan is saved without it, and the caller tells the person. */
  {
    /* A new file's folder as typed may be relative (“.” in the portal's
     * folder): compared as it is, it was never the portal's. */
    g_autofree char *absolute_dir = g_canonicalize_filename (writer->dir, NULL);

    writer->in_portal = is_in_document_portal (absolute_dir);
  }
  if ((flags & REGIMEN_FILE_WRITE_BACKUP) && writer->in_portal)
    {
      flags &= ~REGIMEN_FILE_WRITE_BACKUP;
      writer->flags = flags;
      /* Said once the new version is in place, and only where there was
       * a previous one (regimen_file_take_unkept_backup()). */
      writer->backup_unkept = writer->exists;
    }

  /* A file of that name, or its “NAME~”, would be taken for a writer's
   * leftover and removed by the next write in its folder
   * (regimen_file_remove_leftovers()), the plan just saved with it. */
  if (name_is_temporary (writer->path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   /* Translators: %s is the start of the names Regimen gives its temporary files */
                   _("names that start with “%s” are kept for Regimen's temporary files, which it removes; "
                     "choose another name."),
                   TEMPORARY_PREFIX);
      return NULL;
    }

  /* A new file beside the document in a document portal folder is the
   * portal's temporary file whatever its name: an export said to be
   * written there was nowhere on the disk but as a hidden “.xdp-” file,
   * and gone from the folder when the portal restarted. The folder's own
   * document may be written (a file the file chooser named for a save,
   * not yet there). */
  if (!writer->exists && writer->in_portal && holds_another_file (writer->dir, writer->path))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("its folder is the document portal's (a file given to the Flatpak), which keeps only "
                             "that one file: a new file there would be lost when the portal restarts. Choose "
                             "another folder."));
      return NULL;
    }

  /* A plan saved as a working copy's name would be removed with that
   * working copy once its plan is saved. */
  if ((flags & REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR) && is_in_data_dir (writer->dir))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("it is in Regimen's own data folder, which holds the working copies of unsaved "
                             "plans and your exercises, and where Regimen removes files by itself; choose "
                             "another folder."));
      return NULL;
    }

  /* Work saved into a previous version would be gone with the next
   * save of the file it belongs to: one there, or one made now. */
  if ((flags & REGIMEN_FILE_WRITE_NOT_A_BACKUP) && !regimen_file_check_not_backup (writer->path, NULL, error))
    return NULL;

  /* The previous version is kept as “NAME~”: a name with no room for the
   * “~” would lose it. */
  if (flags & REGIMEN_FILE_WRITE_BACKUP)
    {
      g_autofree char *base = g_path_get_basename (writer->path);

      if (strlen (base) + 1 > NAME_MAX)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG,
                       _("the name is %zu bytes long, too long to keep the previous version beside it as "
                         "NAME~; a name of at most %d bytes can be saved."),
                       strlen (base), NAME_MAX - 1);
          return NULL;
        }
    }
  /* A folder marked append-only or immutable lets no file in it be
   * renamed or removed: the new version could not take the file's name,
   * and the temporary files, which could not be removed either, were
   * left beside it for good, also by an export of a new file that said
   * it was done. Known before anything is made. */
  if (is_marked_fixed (writer->dir, TRUE))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("its folder is marked append-only or immutable (chattr), so no file in it can be "
                             "renamed or removed, as saving needs; clear that, or save in another folder."));
      return NULL;
    }
  regimen_file_remove_leftovers (writer->dir);

  /* A short name of its own: “.NAME.XXXXXX” would pass NAME_MAX for long
   * names. */
  hold_fatal_signals (&signals);
  for (guint attempt = 0; writer->fd < 0; attempt++)
    {
      /* The six letters g_mkstemp_full() replaces. */
      g_autofree char *letters = g_strnfill (6, 'X');
      g_autofree char *name = g_strconcat (TEMPORARY_PREFIX, letters, NULL);

      g_clear_pointer (&writer->tmp, g_free);
      writer->tmp = g_build_filename (writer->dir, name, NULL);
      writer->fd = g_mkstemp_full (writer->tmp, O_RDWR | O_CLOEXEC,
                                   writer->exists || (flags & REGIMEN_FILE_WRITE_PRIVATE) ? 0600 : 0666);
      /* Interrupted (see the top of the file): a new name, again. */
      if (writer->fd < 0 && errno == EINTR && attempt < 100)
        continue;
      if (writer->fd < 0)
        {
          int saved_errno = errno;

          release_fatal_signals (&signals);
          g_clear_pointer (&writer->tmp, g_free);
          errno = saved_errno;
          if (errno == EROFS)
            set_read_only_file_system_error (error);
          else if (writer->followed_link)
            {
              /* The folder that refuses is the one the link leads into:
               * the message names the link, whose own folder may be the
               * person's to write (“nob/link.json: … its folder
               * (Permission denied)” for a link into /srv/plans). */
              g_autofree char *dir_name = g_filename_display_name (writer->dir);
              g_autofree char *shown = regimen_file_shorten_path (dir_name);

              g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           /* Translators: the first %s is a folder, the second the system's reason */
                           _("no file can be created in the folder the symbolic link leads into, “%s” (%s)"),
                           shown, g_strerror (saved_errno));
            }
          else
            set_errno_error (error, errno, _("no file can be created in its folder"));
          return NULL;
        }

      if (!hold_new_file (writer->fd, &unknown))
        {
          unlink_unheld_file (writer->tmp, unknown);
          close (writer->fd);
          writer->fd = -1;
          if (attempt == 100)
            {
              release_fatal_signals (&signals);
              g_clear_pointer (&writer->tmp, g_free);
              set_errno_error (error, EEXIST, _("no file can be created in its folder"));
              return NULL;
            }
        }
    }
  pending_add (writer->tmp);
  release_fatal_signals (&signals);

  if (writer->exists)
    {
      if (fstat (writer->fd, &tmp_st) != 0)
        {
          set_errno_error (error, errno, _("the new version could not be written"));
          return NULL;
        }

      if ((tmp_st.st_uid != writer->st.st_uid || tmp_st.st_gid != writer->st.st_gid) &&
          fchown (writer->fd, writer->st.st_uid, writer->st.st_gid) != 0)
        {
          set_errno_error (error, errno,
                           _("the file belongs to another user or group, which a new version could not keep"));
          return NULL;
        }

      /* After fchown(), which may clear the set-user-ID bits; the ACL
       * before the mode, whose group bits are its mask. The document
       * portal's folder takes no extended attribute (fsetxattr() is
       * EPERM there), and a plan a browser downloaded carries
       * user.xdg.origin.url: every save of it failed; the portal keeps
       * none of a file's attributes, so none are copied there. */
      if ((!writer->in_portal && !copy_attributes (writer->path, writer->fd)) ||
          !set_mode (writer->fd, writer->st.st_mode & 07777))
        {
          if (errno == ENOENT)
            set_removed_error (error);
          else
            set_errno_error (error, errno, _("the file's permissions could not be kept"));
          return NULL;
        }
      writer->inode_flags = inode_flags_of (writer->path, FALSE) & KEPT_INODE_FLAGS;
      keep_inode_flags (writer->fd, writer->inode_flags, 0);
    }

  return g_steal_pointer (&writer);
}

/**
 * regimen_file_writer_write:
 *
 * Appends @data to the new version.
 */
gboolean
regimen_file_writer_write (RegimenFileWriter  *writer,
                           const void         *data,
                           gsize               length,
                           GError            **error)
{
  const char *p = data;

  g_return_val_if_fail (writer != NULL && writer->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize written = write (writer->fd, p, MIN (length, G_MAXSSIZE));

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return set_errno_error (error, errno, _("the new version could not be written"));
        }

      p += written;
      length -= written;
    }

  return TRUE;
}

/* Whether @fd holds @data. FALSE with *@read_errno set (else 0) when it
 * could not be read (a failing disk, EIO): that says nothing of what it
 * holds. */
static gboolean
same_contents (int         fd,
               const char *data,
               gsize       length,
               int        *read_errno)
{
  g_autofree guint8 *buffer = NULL;
  gsize offset = 0;
  struct stat st;

  /* Nor can a file whose size or start cannot be had: a disk's I/O
   * error there (a FUSE or network file system gone away) was said to be
   * “another program changed the file meanwhile” (issue 21, pass 36b). */
  *read_errno = 0;
  if (fstat (fd, &st) != 0)
    {
      *read_errno = errno;
      return FALSE;
    }
  if ((guint64) st.st_size != length)
    return FALSE;
  if (lseek (fd, 0, SEEK_SET) != 0)
    {
      *read_errno = errno;
      return FALSE;
    }

  /* One byte more than @length: a file grown since fstat() is a change. */
  buffer = g_malloc (length + 1);
  for (;;)
    {
      gssize n_read = read (fd, buffer + offset, length + 1 - offset);

      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read < 0)
        {
          *read_errno = errno;
          return FALSE;
        }
      if (n_read == 0)
        break;
      offset += n_read;
      if (offset > length)
        return FALSE;
    }

  return offset == length && memcmp (buffer, data, length) == 0;
}

/* How long a writer waits for the lock on the file it replaces. Regimen's
 * writers hold it for the moments of a rename; anyone who can read the
 * file can hold it too (a script run under “flock PLAN”, which would wait
 * for itself, a regimen-cli stopped with Ctrl+Z, another user), and must
 * not hold a save up for ever (REGIMEN_FILE_LOCK_WAIT). */
static gint64 lock_wait = REGIMEN_FILE_LOCK_WAIT;

/* For the tests (regimen-file-util-private.h). */
void
regimen_file_set_lock_wait (gint64 microseconds)
{
  lock_wait = microseconds;
}

/* Takes the lock on @fd, waiting until @deadline at most. FALSE with
 * @error set when another program still holds it then, or when
 * @cancellable is cancelled; TRUE, unlocked, where the file system has no
 * locks (no other writer can hold one either). */
static gboolean
wait_for_lock (int            fd,
               gint64         deadline,
               GCancellable  *cancellable,
               GError       **error)
{
  gulong pause = 1000;

  for (;;)
    {
      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        return TRUE;
      if (errno == EINTR)
        continue;
      if (errno != EWOULDBLOCK)
        return TRUE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (g_get_monotonic_time () >= deadline)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                               _("another program keeps the file locked, so it was not replaced; try again once that program has finished."));
          return FALSE;
        }

      g_usleep (pause);
      pause = MIN (pause * 2, G_USEC_PER_SEC / 10);
    }
}

/* Opens and locks the current target, so that Regimen's writers of one
 * file take turns from here to the rename. The lock is on the file, so a
 * writer that waited for a file since replaced tries again on the new
 * one. -1 when the file is gone or may not be read (no lock then), and
 * -1 with @error set when the lock is not had in time (wait_for_lock())
 * or the file could not be opened for another reason (no descriptor
 * left: ulimit -n), which is not a change made by another program. */
static int
lock_target (const char    *path,
             GCancellable  *cancellable,
             GError       **error)
{
  gint64 deadline = g_get_monotonic_time () + lock_wait;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      struct stat locked;
      struct stat current;
      int listed = -1;
      int fd = open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);

      if (fd < 0)
        {
          if (errno != ENOENT && errno != ENOTDIR && errno != EACCES && errno != EPERM)
            set_errno_error (error, errno, _("the file could not be opened to lock it"));
          return -1;
        }

      fd = reopen_for_lock (fd);
      if (!wait_for_lock (fd, deadline, cancellable, error))
        {
          close (fd);
          return -1;
        }

      /* A file locked whose identity the disk cannot give (EIO) is no
       * file replaced meanwhile: it was tried a hundred times and then
       * said to be “another program changed the file meanwhile”, or an
       * export went on without the lock (issue 21, pass 36b). */
      if (fstat (fd, &locked) != 0 || ((listed = lstat (path, &current)) != 0 && errno != ENOENT))
        {
          int saved_errno = errno;

          close (fd);
          if (saved_errno == EINTR)
            continue;
          set_errno_error (error, saved_errno,
                           _("the file could not be read to check that no other program changed it, "
                             "so it was not replaced"));
          return -1;
        }
      if (listed == 0 && locked.st_dev == current.st_dev && locked.st_ino == current.st_ino)
        return fd;

      close (fd);

      /* @path has its links resolved (regimen_file_writer_new()): a
       * symbolic link there now was put in the file's place while the
       * save was written (the plan moved into a synced folder and linked
       * back). The rename would replace the link with a file, the file
       * it leads to left as it was and “FILE~” made the link. */
      if (lstat (path, &current) == 0 && S_ISLNK (current.st_mode))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                               _("another program changed the file meanwhile."));
          return -1;
        }
    }

  return -1;
}

/**
 * regimen_file_write_all:
 * @fd: a file descriptor
 * @data: the bytes
 * @length: how many
 *
 * Writes all of @data to @fd, again after an interrupted or short write.
 *
 * Returns: %TRUE when all of it was written
 */
gboolean
regimen_file_write_all (int         fd,
                        const void *data,
                        gsize       length)
{
  for (gsize offset = 0; offset < length; )
    {
      gssize written = write (fd, (const guint8 *) data + offset, length - offset);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      offset += written;
    }

  return TRUE;
}

/* Copies what is left of @in to @out a chunk at a time, so that the
 * previous version of a file of any size (a gigabyte someone asks to be
 * replaced) is kept without holding it in memory. */
static gboolean
copy_contents (int in,
               int out)
{
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n_read = read (in, chunk, sizeof chunk);

      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read <= 0)
        return n_read == 0;
      if (!regimen_file_write_all (out, chunk, n_read))
        return FALSE;
    }
}

/* Whether link() failed with @saved_errno because the file system makes
 * no hard links (FAT, SMB, a folder of another disk), where a copy is
 * made instead. */
static gboolean
link_is_refused (int saved_errno)
{
  return saved_errno == EPERM || saved_errno == EXDEV || saved_errno == ENOTSUP || saved_errno == EMLINK ||
         saved_errno == EOPNOTSUPP || saved_errno == ENOSYS;
}

/* Where hard links are refused, a version is kept as a copy (@to) of
 * the file at @from: the backup of a plan, the sheet a print replaces.
 * It has the file's mode (and owner, where allowed), never more readable
 * than the file: where the owner or the ACL cannot be given, *@st's mode
 * loses its group and other bits. Returns the copy open and locked
 * (hold_new_file()), -1 on failure; when another writer removed it
 * before the lock, *@taken is set and the caller tries another name.
 * The file is read through @from_fd, the descriptor that holds its lock
 * (or -1 where there is none), never opened again: on NFS, whose flock()
 * is a POSIX byte-range lock, closing any descriptor of a file drops the
 * process's locks of it, and the save went on to its renames unlocked;
 * on an SMB share whose locks are mandatory, a read through another
 * descriptor of the locked plan is refused. */
static int
copy_aside (const char   *from,
            int           from_fd,
            struct stat  *st,
            char         *to,
            gboolean     *taken,
            GError      **error)
{
  sigset_t signals;
  gboolean unknown;
  gboolean done;
  int saved_errno;
  int opened = -1;
  int in = from_fd;
  int out;

  *taken = FALSE;

  if (in < 0)
    in = opened = open (from, O_RDONLY | O_NOCTTY | O_CLOEXEC);
  if (in < 0 || lseek (in, 0, SEEK_SET) != 0)
    {
      set_errno_error (error, errno, _("the previous version could not be kept"));
      if (opened >= 0)
        close (opened);
      return -1;
    }

  hold_fatal_signals (&signals);
  out = open (to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  saved_errno = errno;
  if (out >= 0)
    pending_add (to);
  release_fatal_signals (&signals);
  errno = saved_errno;
  if (out < 0)
    {
      *taken = errno == EEXIST;
      if (!*taken)
        set_errno_error (error, errno, _("the previous version could not be kept"));
      if (opened >= 0)
        close (opened);
      return -1;
    }

  if (!hold_new_file (out, &unknown))
    {
      unlink_unheld_file (to, unknown);
      pending_remove (to);
      close (out);
      if (opened >= 0)
        close (opened);
      *taken = TRUE;
      return -1;
    }

  /* Not our file to give away, or its ACL not kept: the copy stays
   * ours, 0600 at most. */
  if (fchown (out, st->st_uid, st->st_gid) != 0 || !copy_attributes (from, out))
    st->st_mode &= ~077;

  done = set_mode (out, st->st_mode & 0777);
  done = done && copy_contents (in, out) && fsync (out) == 0;
  saved_errno = errno;
  if (opened >= 0)
    close (opened);

  if (!done)
    {
      set_errno_error (error, saved_errno, _("the previous version could not be kept"));
      g_unlink (to);
      pending_remove (to);
      close (out);
      return -1;
    }

  return out;
}

/* Puts the current target beside it under a unique name, to be renamed
 * over “FILE~” before the new version is renamed over the file, so that
 * the version before the save is always whole under one of the two names
 * (commit()). A hard link is held by the lock on the target; a copy is
 * returned open and locked in *@held_fd (else -1), to be closed once it
 * has its final name. The name is in a pending slot from the moment it
 * exists (hold_fatal_signals()). */
static char *
stash_previous (RegimenFileWriter  *writer,
                int                 lock_fd,
                int                *held_fd,
                GError            **error)
{
  *held_fd = -1;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (TEMPORARY_PREFIX "%08x~", g_random_int ());
      g_autofree char *backup_tmp = g_build_filename (writer->dir, name, NULL);
      gboolean taken = FALSE;
      sigset_t signals;
      int linked;
      int saved_errno;

      hold_fatal_signals (&signals);
      linked = link (writer->path, backup_tmp);
      saved_errno = errno;
      if (linked == 0)
        pending_add (backup_tmp);
      release_fatal_signals (&signals);
      if (linked == 0)
        return g_steal_pointer (&backup_tmp);

      errno = saved_errno;
      if (errno == EEXIST)
        continue;

      if (errno == ENOENT)
        {
          set_removed_error (error);
          return NULL;
        }
      if (!link_is_refused (errno))
        {
          set_errno_error (error, errno, _("the previous version could not be kept"));
          return NULL;
        }

      *held_fd = copy_aside (writer->path, lock_fd, &writer->st, backup_tmp, &taken, error);
      if (*held_fd >= 0)
        return g_steal_pointer (&backup_tmp);
      if (!taken)
        return NULL;
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("the previous version could not be kept"));
  return NULL;
}

/* The largest file “Print to File” replaces that is kept as a copy
 * where it cannot be given a second name: the most pages Regimen prints
 * (520) take a few MB (docs/benchmarks.md), and a file far larger is no
 * sheet, whose copy would hold the window. */
#define KEPT_COPY_MAX_BYTES (64 * 1024 * 1024)

struct _RegimenFileKept
{
  char            *path;     /* the file kept, symbolic links resolved */
  char            *kept;     /* its version before, beside it */
  int              fd;
  struct timespec  times[2]; /* its times of access and change */
};

/* Opens and locks @second, a name just given, so that no cleanup
 * of leftovers takes it: -1 where it cannot be, or when what was linked
 * is no file (opening a named pipe swapped in waits for a writer
 * forever, a device does what opening it does, and the cleaner takes
 * only files anyway). Where flock() needs the file open for writing
 * (NFS), reopen_for_lock(). */
static int
hold_second_name (const char *second)
{
  struct stat st;
  int fd = -1;

  if (lstat (second, &st) == 0 && S_ISREG (st.st_mode))
    fd = open (second, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
  if (fd >= 0)
    fd = reopen_for_lock (fd);
  if (fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) != 0)
    close_fd (&fd);

  return fd;
}

/* Gives the file at @path the second name @kept by a hard link, held
 * in *@held (hold_second_name()). FALSE, with errno set, when no link
 * was made. */
static gboolean
keep_by_link (const char *path,
              char       *kept,
              int        *held)
{
  sigset_t signals;
  int linked;
  int saved_errno;

  hold_fatal_signals (&signals);
  linked = link (path, kept);
  saved_errno = errno;
  if (linked == 0)
    pending_add (kept);
  release_fatal_signals (&signals);

  if (linked != 0)
    {
      errno = saved_errno;
      return FALSE;
    }

  *held = hold_second_name (kept);

  return TRUE;
}

/* Gives @path a second name in @dir by keep_by_link(), trying new names
 * while one is taken. Returns the name, or %NULL. */
static char *
link_beside (const char *dir,
             const char *path,
             int        *held)
{
  *held = -1;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (TEMPORARY_PREFIX "%08x~", g_random_int ());
      g_autofree char *linked_name = g_build_filename (dir, name, NULL);

      if (keep_by_link (path, linked_name, held))
        return g_steal_pointer (&linked_name);
      if (errno != EEXIST)
        return NULL;
    }

  return NULL;
}

/* Copies the file open on @fd (at @path, *@st) to @kept, with its mode;
 * the copy is locked in *@held. FALSE when no copy was made (*@taken set
 * when a cleanup took the name first). */
static gboolean
keep_by_copy (const char  *path,
              int          fd,
              struct stat *st,
              char        *kept,
              int         *held,
              gboolean    *taken)
{
  *taken = FALSE;
  if (st->st_size > KEPT_COPY_MAX_BYTES)
    return FALSE;

  *held = copy_aside (path, fd, st, kept, taken, NULL);

  return *held >= 0;
}

/* Keeps the file open on @fd, at @path (*@st), under a new temporary
 * name beside it: a hard link, unless @by_copy or the file system makes
 * none. Returns the name, its descriptor locked in *@held, or NULL. */
static char *
keep_under_new_name (const char  *path,
                     int          fd,
                     struct stat *st,
                     gboolean     by_copy,
                     int         *held)
{
  g_autofree char *dir = g_path_get_dirname (path);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (TEMPORARY_PREFIX "%08x~", g_random_int ());
      g_autofree char *kept = g_build_filename (dir, name, NULL);
      gboolean taken = FALSE;

      if (!by_copy && keep_by_link (path, kept, held))
        return g_steal_pointer (&kept);
      if (!by_copy && errno == EEXIST)
        continue;
      if (!by_copy && !link_is_refused (errno))
        return NULL;

      if (keep_by_copy (path, fd, st, kept, held, &taken))
        return g_steal_pointer (&kept);
      if (!taken)
        return NULL;
    }

  return NULL;
}

/**
 * regimen_file_keep:
 * @path: a local file another program is replacing right now
 *
 * Keeps the version the file at @path holds now under another name
 * beside it, one of the writers' temporary names, so that it can be put
 * back (regimen_file_kept_put_back()). For GTK's “Print to File”, which
 * writes through GLib's replace: that renames what it wrote over the
 * file even when a write failed (a full disk), and writes a file reached
 * through a symbolic link in place, emptying it as it opens it: the
 * sheet printed there before was lost. A second name (a hard link) is
 * given where it can be; a file reached through a symbolic link, whose
 * second name would hold what GLib writes, or in a folder without hard
 * links (FAT) is copied, with its mode, unless it is larger than any
 * sheet. A file of several names is not kept. The name is locked, so
 * that no cleanup of leftovers takes it, and in a pending slot, so that
 * a signal that ends the program removes it.
 *
 * Returns: (transfer full) (nullable): what was kept, or %NULL
 */
RegimenFileKept *
regimen_file_keep (const char *path)
{
  g_autofree char *target = NULL;
  RegimenFileKept *self = NULL;
  gboolean through_link;
  struct stat st;
  char *kept;
  int held = -1;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (lstat (path, &st) != 0)
    return NULL;
  through_link = S_ISLNK (st.st_mode);
  target = through_link ? realpath (path, NULL) : g_strdup (path);
  if (target == NULL)
    return NULL;

  fd = open (target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return NULL;

  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_nlink == 1 &&
      (kept = keep_under_new_name (target, fd, &st, through_link, &held)) != NULL)
    {
      struct stat kept_st;

      /* Another program put what is no file at @path between the look
       * and the link: nothing of it to put back. */
      if (held < 0 && (lstat (kept, &kept_st) != 0 || !S_ISREG (kept_st.st_mode)))
        {
          g_unlink (kept);
          pending_remove (kept);
          g_free (kept);
          close (fd);
          return NULL;
        }

      self = g_new0 (RegimenFileKept, 1);
      self->path = g_steal_pointer (&target);
      self->kept = kept;
      self->fd = held;
      self->times[0] = st.st_atim;
      self->times[1] = st.st_mtim;
    }
  close (fd);

  return self;
}

/**
 * regimen_file_kept_put_back:
 * @self: a file kept by regimen_file_keep()
 *
 * Renames the version kept back over the file's name, whatever another
 * program left there, with the time of change it had: a copy's is the
 * time it was made, and a rename on some disks (FAT through fusefat)
 * sets it to now, where a print says by that time that the file there
 * is as it was.
 *
 * Returns: whether it is back
 */
gboolean
regimen_file_kept_put_back (RegimenFileKept *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (g_rename (self->kept, self->path) != 0)
    return FALSE;

  if (self->fd >= 0)
    futimens (self->fd, self->times);

  return TRUE;
}

/**
 * regimen_file_kept_free:
 * @self: (nullable): a file kept by regimen_file_keep()
 *
 * Removes the second name the file was given, unless it was put back.
 */
void
regimen_file_kept_free (RegimenFileKept *self)
{
  if (self == NULL)
    return;

  g_unlink (self->kept);
  pending_remove (self->kept);
  close_fd (&self->fd);
  g_free (self->kept);
  g_free (self->path);
  g_free (self);
}

/* Keeps the “FILE~” there is (@backup) under a unique name beside it
 * while “FILE~” is replaced, so that a save whose new version then fails
 * to take the file's name can put it back (put_back_older()). A hard
 * link, locked where it can be so that no cleaner takes it meanwhile
 * (regimen_file_remove_leftovers()), in *@held_fd; NULL where hard links are refused:
 * such a failed save leaves “FILE~” a copy of the file as it is. The name
 * is in a pending slot from the moment it exists. */
/* Removes a stashed version once a save that succeeded is done with it.
 * A removal refused once (EIO from a network share or a failing disk)
 * left a “.regimen-temporary-524bed54~” beside the plan after a save
 * that said nothing was wrong: it is tried once more, and should that
 * fail too the next save's cleanup of temporaries removes it. */
static void
remove_stash (const char *path)
{
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_unlink (path);
}

static char *
stash_older (RegimenFileWriter *writer,
             const char        *backup,
             int               *held_fd)
{
  return link_beside (writer->dir, backup, held_fd);
}

/* After a failed save, “FILE~” (@backup) as it was before: the older
 * version kept by stash_older(), or none when there was none. */
static void
put_back_older (const char *backup,
                char      **older_tmp,
                int        *older_fd,
                gboolean    had_backup)
{
  if (*older_tmp != NULL)
    {
      if (g_rename (*older_tmp, backup) != 0)
        g_unlink (*older_tmp);
    }
  else if (!had_backup)
    g_unlink (backup);

  clear_tmp (older_tmp);
  close_fd (older_fd);
}

/* Whether “FILE~” (@backup, as lstat() gives it) can be replaced: not a
 * folder, not someone else's in a folder where only owners may remove
 * their files (the sticky bit, as in /tmp), nor marked immutable or
 * append-only; FALSE with @error set, naming it, when not. Known before
 * anything is written. (The
 * rename over “FILE~”, which comes before the plan's, would fail the
 * same way and leave the plan as it was; this spares the previous
 * version's stash, a whole copy where hard links are refused.) @lock_fd
 * is the plan, open and locked, or -1. */
static gboolean
backup_replaceable (const char        *dir,
                    const char        *backup,
                    const struct stat *backup_st,
                    int                lock_fd,
                    GError           **error)
{
  g_autofree char *name = g_path_get_basename (backup);
  struct stat dir_st;
  uid_t uid = geteuid ();

  /* The message names the file in the way and why: “could not be kept
   * (Operation not permitted)” left the person to guess which file, and
   * that a stranger's file of that name blocks every save of the plan. */
  if (S_ISDIR (backup_st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   /* Translators: %s is the name of the previous version's file, “PLAN~” */
                   _("the previous version could not be kept: “%s” beside it is a folder; rename or remove it"),
                   name);
      return FALSE;
    }

  if (uid != 0 && stat (dir, &dir_st) == 0 && (dir_st.st_mode & S_ISVTX) &&
      backup_st->st_uid != uid && dir_st.st_uid != uid)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   /* Translators: %s is the name of the previous version's file, “PLAN~” */
                   _("the previous version could not be kept: “%s” beside it belongs to another user, and its "
                     "folder lets only a file's owner replace it (as /tmp does); have it removed, or save in "
                     "another folder"),
                   name);
      return FALSE;
    }

#ifdef FS_IOC_GETFLAGS
  if (S_ISREG (backup_st->st_mode))
    {
      struct stat locked;
      /* “FILE~” that is another name of the plan (ln PLAN PLAN~) is asked
       * through the descriptor that holds the plan's lock: on NFS closing
       * another descriptor of the file drops that lock (copy_aside()). */
      gboolean own = lock_fd >= 0 && fstat (lock_fd, &locked) == 0 &&
                     locked.st_dev == backup_st->st_dev && locked.st_ino == backup_st->st_ino;
      int fd = own ? lock_fd : open (backup, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
      int flags = 0;
      gboolean fixed;

      if (fd < 0)
        return TRUE;
      fixed = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & (FS_IMMUTABLE_FL | FS_APPEND_FL)) != 0;
      if (!own)
        close (fd);
      if (fixed)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                       /* Translators: %s is the name of the previous version's file, “PLAN~” */
                       _("the previous version could not be kept: “%s” beside it is marked immutable or "
                         "append-only (chattr); clear that, or remove it"),
                       name);
          return FALSE;
        }
    }
#endif

  return TRUE;
}

/* Removes from @to the attributes copy_attributes() keeps that the file
 * at @from no longer has (a `setfattr -x`, a `setfacl -b` made while a
 * save was under way). FALSE, with errno set, when one cannot be. */
static gboolean
drop_attributes_not_on (const char *from,
                        int         to)
{
  g_autofree char *names = NULL;
  ssize_t size = flistxattr (to, NULL, 0);

  if (size <= 0)
    return size == 0 || errno == ENOTSUP;

  names = g_malloc (size);
  size = flistxattr (to, names, size);
  if (size < 0)
    return FALSE;

  for (const char *name = names; name < names + size; name += strlen (name) + 1)
    {
      if (!is_kept_attribute (name) || getxattr (from, name, NULL, 0) >= 0)
        continue;
      if (errno != ENODATA)
        return FALSE;
      if (fremovexattr (to, name) != 0 && errno != ENODATA)
        return FALSE;
    }

  return TRUE;
}

/* Gives the new version the owner, group, attributes and permissions of
 * the target as it is now, open and locked as @lock_fd (see commit()),
 * and remembers them for a copy kept as “FILE~”. */
static gboolean
keep_current_attributes (RegimenFileWriter  *writer,
                         int                 lock_fd,
                         GError            **error)
{
  struct stat now;
  struct stat tmp_st;
  mode_t mode;

  if (fstat (lock_fd, &now) != 0 || fstat (writer->fd, &tmp_st) != 0)
    return set_errno_error (error, errno, _("the file's permissions could not be kept"));

#ifdef FS_IOC_GETFLAGS
  /* Marked immutable or append-only meanwhile, it cannot be replaced:
   * said as when the save began so (regimen_file_writer_new()), where a
   * whole copy of it was made aside for “FILE~” and the save then failed
   * with “the new version could not replace the old one (Operation not
   * permitted)”. Asked through @lock_fd: on NFS closing another
   * descriptor of the file drops the lock (copy_aside()). */
  {
    int inode_flags = 0;

    if (ioctl (lock_fd, FS_IOC_GETFLAGS, &inode_flags) == 0)
      {
        if ((inode_flags & (FS_IMMUTABLE_FL | FS_APPEND_FL)) != 0)
          {
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                                 _("the file is marked immutable or append-only (chattr), so it cannot be "
                                   "replaced; clear that, or choose another name."));
            return FALSE;
          }

        /* The flags the new version keeps, as the mode, are those the
         * file has now: a `chattr +d` made while the save waited was
         * not carried to the new version, one `chattr -d` made then was
         * given back. */
        keep_inode_flags (writer->fd, inode_flags & KEPT_INODE_FLAGS,
                          writer->inode_flags & ~inode_flags & KEPT_INODE_FLAGS);
        writer->inode_flags = inode_flags & KEPT_INODE_FLAGS;
      }
  }
#endif

  /* Made read-only meanwhile, it is not replaced, as one found
   * read-only when the save began is not (regimen_file_writer_new()):
   * the save replaced it all the same. Asked as the start asks, of
   * access() too: a plan of mode 0664 whose owner took off only their
   * own write bit (chmod u-w) while the save waited, which the owner may
   * no longer write, was replaced, its group's bit counting as writable. */
  if (!(writer->flags & REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY) && (writer->st.st_mode & 0222) != 0 &&
      ((now.st_mode & 0222) == 0 ||
       (access (writer->path, W_OK) != 0 && (errno == EACCES || errno == EPERM))))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, _("the file is read-only."));
      return FALSE;
    }

  if ((tmp_st.st_uid != now.st_uid || tmp_st.st_gid != now.st_gid) &&
      fchown (writer->fd, now.st_uid, now.st_gid) != 0)
    return set_errno_error (error, errno,
                            _("the file belongs to another user or group, which a new version could not keep"));

  /* The set-user-ID and set-group-ID bits are the save's as it began
   * (fchown() clears them; see commit()). The ACL before the mode, whose
   * group bits are its mask. */
  mode = (now.st_mode & 01777) | (writer->st.st_mode & (S_ISUID | S_ISGID));
  if ((!writer->in_portal &&
       (!drop_attributes_not_on (writer->path, writer->fd) || !copy_attributes (writer->path, writer->fd))) ||
      !set_mode (writer->fd, mode))
    {
      if (errno == ENOENT)
        return set_removed_error (error);
      return set_errno_error (error, errno, _("the file's permissions could not be kept"));
    }

  writer->st.st_uid = now.st_uid;
  writer->st.st_gid = now.st_gid;
  writer->st.st_mode = (writer->st.st_mode & S_IFMT) | mode;
  return TRUE;
}

/* The access ACL of the file open as @fd, in *@acl, or none (0): -1 when
 * it cannot be read. */
static gssize
dup_access_acl (int     fd,
                char  **acl)
{
  gssize length = fgetxattr (fd, "system.posix_acl_access", NULL, 0);

  *acl = NULL;
  if (length < 0)
    return errno == ENODATA || errno == ENOTSUP ? 0 : -1;

  *acl = g_malloc (MAX (length, 1));
  length = fgetxattr (fd, "system.posix_acl_access", *acl, length);
  if (length < 0)
    g_clear_pointer (acl, g_free);

  return length;
}

/* “FILE~” no more readable than the file it is the previous version of,
 * as it is now (writer->st): a save that changed nothing, the one the
 * person makes after `chmod 600 PLAN`, left “PLAN~” of mode 0644 beside
 * it, the plan's text readable by others still, until a save that
 * changed the plan (pass 38). So for its ACL: “PLAN~” kept the one the
 * plan had, and after a `setfacl -x u:coach PLAN` (another user given
 * the plan instead, or its group's entry taken away, neither of which
 * narrows the mode) the coach could still read “PLAN~” (issue 21, pass
 * 39a). It takes the plan's ACL (the new version's, which has it now),
 * as the save that changes the plan next gives it, and its
 * permission bits stay no more than they were; an ACL that cannot be
 * read or set leaves the users and groups it names, and the group,
 * nothing. Where “FILE~” is not ours to change it stays. */
static void
narrow_backup (RegimenFileWriter *writer)
{
  g_autofree char *backup = g_strconcat (writer->path, "~", NULL);
  g_autofree char *plan_acl = NULL;
  g_autofree char *backup_acl = NULL;
  mode_t allowed = writer->st.st_mode & 0777;
  gssize plan_length;
  gssize backup_length;
  struct stat st;
  int fd = open (backup, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);

  if (fd < 0)
    return;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return;
    }
  allowed &= st.st_mode;

  /* Of another group than the plan (the plan given to another group
   * with chgrp since, or “FILE~” left by an older save), “FILE~” stayed
   * readable by that group through its group bits (issue 21, pass 39e):
   * it takes the plan's group, or, where its owner is not in that group,
   * gives its own group nothing. */
  if (st.st_gid != writer->st.st_gid && (fchown (fd, (uid_t) -1, writer->st.st_gid) != 0 || fstat (fd, &st) != 0))
    allowed &= ~070;

  plan_length = dup_access_acl (writer->fd, &plan_acl);
  backup_length = dup_access_acl (fd, &backup_acl);
  if (plan_length < 0 || backup_length < 0)
    allowed &= ~070;
  else if (plan_length != backup_length || (plan_length > 0 && memcmp (plan_acl, backup_acl, plan_length) != 0))
    {
      gboolean taken = plan_length > 0 ? fsetxattr (fd, "system.posix_acl_access", plan_acl, plan_length, 0) == 0
                                       : fremovexattr (fd, "system.posix_acl_access") == 0 || errno == ENODATA;

      if (!taken || fstat (fd, &st) != 0)
        allowed &= ~070;
    }

  if ((st.st_mode & 0777 & ~allowed) != 0)
    fchmod (fd, st.st_mode & (07000 | allowed));
  close (fd);
}

static gboolean
changed_meanwhile (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("another program changed the file meanwhile."));
  return FALSE;
}

static gboolean
commit (RegimenFileWriter  *writer,
        const char         *data,
        gsize               length,
        GCancellable       *cancellable,
        GError            **error)
{
  g_autofree char *backup_tmp = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *older_tmp = NULL;
  gboolean had_backup = FALSE;
  int backup_fd = -1;
  int older_fd = -1;
  int lock_fd = -1;
  int read_errno = 0;
  int dir_fd;

  /* The kernel clears the set-user-ID bit, and the set-group-ID bit of
   * a file its group may run, at a write by anyone but root, so a mode
   * with them is given again once the text is written: a plan of mode
   * 6750 saved by its owner was left 0750. */
  if (writer->exists && (writer->st.st_mode & (S_ISUID | S_ISGID)) != 0 &&
      !set_mode (writer->fd, writer->st.st_mode & 07777))
    return set_errno_error (error, errno, _("the file's permissions could not be kept"));

  /* The new version stays open, and so locked, until it has the
   * target's name: see regimen_file_remove_leftovers(). */
  if (fsync (writer->fd) != 0)
    return set_errno_error (error, errno, _("the new version could not be written"));

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A new file is made with link(), which never replaces one: a file of
   * that name that appeared meanwhile is then replaced like any other,
   * with its lock and backup, or not at all with NO_REPLACE. Where hard
   * links are not supported, rename() below puts it in place. */
  if (writer->expected != NULL && !writer->exists)
    return changed_meanwhile (error);

  if (!writer->exists)
    {
      if (link (writer->tmp, writer->path) == 0)
        {
          g_unlink (writer->tmp);
          clear_tmp (&writer->tmp);
          close_fd (&writer->fd);
          goto done;
        }
      if (errno == EEXIST)
        {
          if (writer->flags & REGIMEN_FILE_WRITE_NO_REPLACE)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                                   _("the file already exists."));
              return FALSE;
            }
          if (stat (writer->path, &writer->st) == 0 && S_ISREG (writer->st.st_mode))
            writer->exists = TRUE;
        }
    }

  if (writer->exists)
    {
      GError *lock_error = NULL;

      lock_fd = lock_target (writer->path, cancellable, &lock_error);
      if (lock_error != NULL)
        {
          g_propagate_error (error, lock_error);
          return FALSE;
        }
    }

  /* A read, change and write (regimen-cli log) replaces only the version
   * it read: under the lock, the file must still hold it. A file that
   * could not be read is said as that: a disk's I/O error was said to be
   * “another program changed the file meanwhile”, and the window forgot
   * the version the person had chosen to keep and asked about a change
   * no one made. */
  if (writer->expected != NULL &&
      (lock_fd < 0 || !same_contents (lock_fd, g_bytes_get_data (writer->expected, NULL),
                                      g_bytes_get_size (writer->expected), &read_errno)))
    {
      if (lock_fd >= 0)
        close (lock_fd);
      if (read_errno != 0)
        return set_errno_error (error, read_errno,
                                _("the file could not be read to check that no other program changed it, "
                                  "so it was not replaced"));
      return changed_meanwhile (error);
    }

  /* The new version takes the owner, group, permissions, ACL and user
   * attributes the file has now, under the lock, not those it had when
   * the save began: a `chmod 600` or a `setfacl -x u:coach` made while a
   * save waited for the lock (another Regimen saving the plan) or wrote
   * a large plan was undone, the plan readable by others again (issue
   * 21, pass 35b). A file that took a new file's name meanwhile is
   * replaced keeping its own. After the check above, so that a file
   * another program replaced is said changed, not as another user's. */
  if (lock_fd >= 0 && !keep_current_attributes (writer, lock_fd, error))
    {
      close (lock_fd);
      return FALSE;
    }

  /* The new version took the set-user-ID and set-group-ID bits of the
   * file as it was when the save began: one its owner took off while the
   * save waited for the lock is not given back (one given meanwhile is
   * not taken up either). */
  if (lock_fd >= 0 && (writer->st.st_mode & (S_ISUID | S_ISGID)) != 0)
    {
      struct stat now;

      if (fstat (lock_fd, &now) == 0 && (now.st_mode & (S_ISUID | S_ISGID)) != (writer->st.st_mode & (S_ISUID | S_ISGID)) &&
          !set_mode (writer->fd, writer->st.st_mode & 07777 & ~((S_ISUID | S_ISGID) & ~now.st_mode)))
        {
          int saved = errno;

          close (lock_fd);
          return set_errno_error (error, saved, _("the file's permissions could not be kept"));
        }
    }

  /* Another writer may have written the same text meanwhile, or the
   * save changes nothing: then the file and its backup are already
   * right, but for a backup more readable than the file is now. */
  if (data != NULL && lock_fd >= 0 && same_contents (lock_fd, data, length, &read_errno))
    {
      if (writer->flags & REGIMEN_FILE_WRITE_BACKUP)
        narrow_backup (writer);
      close (lock_fd);
      return TRUE;
    }

  if (writer->exists && (writer->flags & REGIMEN_FILE_WRITE_BACKUP))
    {
      struct stat backup_st;

      backup = g_strconcat (writer->path, "~", NULL);
      if (lstat (backup, &backup_st) == 0 && !backup_replaceable (writer->dir, backup, &backup_st, lock_fd, error))
        {
          if (lock_fd >= 0)
            close (lock_fd);
          return FALSE;
        }

      backup_tmp = stash_previous (writer, lock_fd, &backup_fd, error);
      if (backup_tmp == NULL)
        {
          if (lock_fd >= 0)
            close (lock_fd);
          return FALSE;
        }

      /* “FILE~” takes the previous version first, the file the new one
       * after it: a writer killed between the two renames leaves the
       * previous version under both names, never only under a hidden
       * one that the next save's cleanup removes. “FILE~” that was a
       * hard link of the file already (ln FILE FILE~, or such a killed
       * save) holds it: rename() of two names of one file does nothing,
       * and the stashed name is left over. */
      if (lstat (backup, &backup_st) == 0)
        {
          struct stat current;

          had_backup = TRUE;
          if (lstat (backup_tmp, &current) != 0 || current.st_dev != backup_st.st_dev ||
              current.st_ino != backup_st.st_ino)
            {
              older_tmp = stash_older (writer, backup, &older_fd);
            }
        }

      if (g_rename (backup_tmp, backup) != 0)
        {
          set_errno_error (error, errno, _("the previous version could not be kept"));
          g_unlink (backup_tmp);
          clear_tmp (&backup_tmp);
          close_fd (&backup_fd);
          if (older_tmp != NULL)
            g_unlink (older_tmp);
          clear_tmp (&older_tmp);
          close_fd (&older_fd);
          if (lock_fd >= 0)
            close (lock_fd);
          return FALSE;
        }
      if (older_tmp == NULL && had_backup)
        {
          struct stat stashed;
          struct stat kept;

          if (lstat (backup_tmp, &stashed) == 0 && lstat (backup, &kept) == 0 &&
              stashed.st_dev == kept.st_dev && stashed.st_ino == kept.st_ino)
            remove_stash (backup_tmp);
        }
      clear_tmp (&backup_tmp);
      close_fd (&backup_fd);
    }

  if (g_rename (writer->tmp, writer->path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *base = g_path_get_basename (writer->path);

      /* A new file's name is refused by a disk whose names cannot hold
       * some characters (FAT: "Plan: A?"): there is no old version. */
      if (!writer->exists && strpbrk (base, "\"*:<>?\\|") != NULL)
        set_errno_error (error, saved_errno,
                         _("the name holds one of \" * : < > ? \\ |, which some disks (FAT, exFAT, NTFS, "
                           "network shares) refuse in a name; choose a name without them"));
      else if (writer->exists)
        set_errno_error (error, saved_errno, _("the new version could not replace the old one"));
      else
        set_errno_error (error, saved_errno, _("the new file could not be given its name"));
      if (backup != NULL)
        put_back_older (backup, &older_tmp, &older_fd, had_backup);
      if (lock_fd >= 0)
        close (lock_fd);
      return FALSE;
    }

  clear_tmp (&writer->tmp);

  if (older_tmp != NULL)
    remove_stash (older_tmp);
  clear_tmp (&older_tmp);
  close_fd (&older_fd);

  /* The new version, locked since it was made, is the file now; unlocked
   * only once this save is done with the names beside it, so that the
   * next writer of the file, which waits for that lock, keeps this
   * version as “FILE~” after it, not before. */
  close_fd (&writer->fd);

  if (lock_fd >= 0)
    close (lock_fd);

done:
  /* Make the renames themselves durable. */
  dir_fd = open (writer->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }

  if (writer->backup_unkept)
    g_private_replace (&unkept_backup, g_strdup (writer->path));

  return TRUE;
}

/**
 * regimen_file_writer_commit:
 *
 * Puts the new version in place of the file (keeping the old one as
 * “FILE~” with %REGIMEN_FILE_WRITE_BACKUP). On failure the file is as it
 * was. Free @writer afterwards either way.
 */
gboolean
regimen_file_writer_commit (RegimenFileWriter  *writer,
                            GError            **error)
{
  g_return_val_if_fail (writer != NULL && writer->fd >= 0, FALSE);

  return commit (writer, NULL, 0, NULL, error);
}

/**
 * regimen_file_writer_free:
 *
 * Frees @writer; a new version not committed is thrown away.
 */
void
regimen_file_writer_free (RegimenFileWriter *writer)
{
  if (writer == NULL)
    return;

  /* Removed while still locked, so no cleaner meets it unlocked. */
  if (writer->tmp != NULL)
    g_unlink (writer->tmp);
  if (writer->fd >= 0)
    close (writer->fd);

  clear_tmp (&writer->tmp);
  g_clear_pointer (&writer->expected, g_bytes_unref);
  g_free (writer->path);
  g_free (writer->dir);
  g_free (writer);
}

/**
 * regimen_file_replace:
 *
 * Writes @data as the new contents of @path, atomically, as
 * regimen_file_writer_new() describes. When the file already holds
 * exactly @data it is left untouched (and so is its backup).
 *
 * Returns: %TRUE on success; otherwise %FALSE with @error set in the
 *   %G_IO_ERROR domain and the file as it was
 */
gboolean
regimen_file_replace (const char             *path,
                      const void             *data,
                      gsize                   length,
                      RegimenFileWriteFlags   flags,
                      GCancellable           *cancellable,
                      GError                **error)
{
  return regimen_file_replace_export (path, NULL, data, length, flags, cancellable, error);
}

/* Whether @a and @b, names of one folder's entries in the same order,
 * differ only in case. */
static gboolean
names_fold_alike (const char *a,
                  const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  if (!g_utf8_validate (a, -1, NULL) || !g_utf8_validate (b, -1, NULL))
    return g_ascii_strcasecmp (a, b) == 0;

  folded_a = g_utf8_casefold (a, -1);
  folded_b = g_utf8_casefold (b, -1);

  return g_str_equal (folded_a, folded_b);
}

/* Whether the folder @dir lists an entry spelt exactly @name. */
static gboolean
folder_lists (const char *dir,
              const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir[0] != '\0' ? dir : "/", 0, NULL);
  const char *entry;

  if (listing == NULL)
    return TRUE;

  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_equal (entry, name))
      return TRUE;

  return FALSE;
}

/* Whether @a and @b, two existing files whose inode numbers differ, are
 * one file all the same, reached by names that differ only in case: a
 * FUSE file system that numbers each name it is asked for on its own,
 * as fusefat does, gives a FAT disk's “PLAN.JSON” another number than
 * its “plan.json”, and an export written there by that name replaced the
 * plan it was made from. A name that is not listed in its folder as it
 * is spelt was found by folding case, so it and the other spelling are
 * one entry; where case is told apart, both are listed, two files. */
static gboolean
is_same_entry_folded (const char *a,
                      const char *b)
{
  g_autofree char *real_a = realpath (a, NULL);
  g_autofree char *real_b = realpath (b, NULL);
  g_auto(GStrv) parts_a = NULL;
  g_auto(GStrv) parts_b = NULL;
  g_autoptr(GString) dir = g_string_new (NULL);

  if (real_a == NULL || real_b == NULL)
    return FALSE;
  if (g_str_equal (real_a, real_b))
    return TRUE;

  parts_a = g_strsplit (real_a, "/", -1);
  parts_b = g_strsplit (real_b, "/", -1);
  if (g_strv_length (parts_a) != g_strv_length (parts_b))
    return FALSE;
  for (guint i = 0; parts_a[i] != NULL; i++)
    if (!names_fold_alike (parts_a[i], parts_b[i]))
      return FALSE;

  for (guint i = 0; parts_a[i] != NULL; i++)
    {
      if (!g_str_equal (parts_a[i], parts_b[i]) &&
          folder_lists (dir->str, parts_a[i]) && folder_lists (dir->str, parts_b[i]))
        return FALSE;
      if (i > 0)
        g_string_append_c (dir, '/');
      g_string_append (dir, parts_a[i]);
    }

  return TRUE;
}

/* Whether @a (@a_st) and @b (@b_st) are one file, by whatever names: a
 * symbolic or a hard link, or a spelling in other case where the file
 * system folds case and does not tell it by inode number. */
static gboolean
is_same_file (const char        *a,
              const struct stat *a_st,
              const char        *b,
              const struct stat *b_st)
{
  if (a_st->st_dev != b_st->st_dev)
    return FALSE;
  if (a_st->st_ino == b_st->st_ino)
    return TRUE;

  return S_ISREG (a_st->st_mode) && S_ISREG (b_st->st_mode) && is_same_entry_folded (a, b);
}

/* Whether the file @writer replaces is @source itself, also under
 * another name (a symbolic or a hard link, a name in other case). */
static gboolean
replaces_source (RegimenFileWriter *writer,
                 GFile             *source)
{
  g_autofree char *source_path = g_file_get_path (source);
  struct stat st;

  return writer->exists && source_path != NULL && stat (source_path, &st) == 0 &&
         is_same_file (source_path, &st, writer->path, &writer->st);
}

typedef enum
{
  ACL_NONE,
  ACL_TAKEN,
  ACL_NOT_TAKEN,
} AclCopy;

/* Gives the file open as @fd the access ACL of the file at @path. */
static AclCopy
take_access_acl (const char *path,
                 int         fd)
{
  g_autofree char *acl = NULL;
  ssize_t length = getxattr (path, "system.posix_acl_access", NULL, 0);

  if (length < 0)
    return errno == ENODATA || errno == ENOTSUP ? ACL_NONE : ACL_NOT_TAKEN;

  acl = g_malloc (MAX (length, 1));
  length = getxattr (path, "system.posix_acl_access", acl, length);
  if (length <= 0 || fsetxattr (fd, "system.posix_acl_access", acl, length, 0) != 0)
    return ACL_NOT_TAKEN;

  return ACL_TAKEN;
}

/* A new export is no more readable by the group or by others than the
 * plan it is made from (@source), as `cp` makes a copy: a calendar or a
 * sheet of a plan kept 0600 was made 0644 under the usual umask, its log
 * and notes readable by every user of the machine (issue 21, pass 36b).
 * Only read access is followed, so a read-only plan gives an export its
 * owner can write again. A plan with an access ACL gives the new file
 * that ACL, as `cp -p` does: a plan of 0604 that denies one user
 * (`setfacl -m u:nobody:---`) gave exports and copies nobody read
 * through the others bits (issue 21, pass 39e), and a plan shared with
 * `u:coach:r` gives the coach its exports. Where the new file cannot
 * take the ACL, it is readable by its owner only: the users the ACL
 * names may be denied what the group and others bits give. Where the
 * file system gives every file one mode (FAT through FUSE) and refuses
 * a change, the export is written as that file system makes it. */
static void
limit_to_source (RegimenFileWriter *writer,
                 GFile             *source)
{
  g_autofree char *source_path = g_file_get_path (source);
  struct stat source_st;
  struct stat st;
  mode_t hidden = 0;

  if (source_path == NULL || stat (source_path, &source_st) != 0 || fstat (writer->fd, &st) != 0)
    return;

  switch (take_access_acl (source_path, writer->fd))
    {
    case ACL_TAKEN:
      /* The ACL gave the new file the plan's owner, mask and others
       * bits; the owner keeps the ones the file was made with. */
      set_mode (writer->fd, (st.st_mode & 07700) | (st.st_mode & source_st.st_mode & 077));
      return;
    case ACL_NOT_TAKEN:
      set_mode (writer->fd, st.st_mode & 07700);
      return;
    case ACL_NONE:
      break;
    }

  if ((source_st.st_mode & S_IRGRP) == 0)
    hidden |= S_IRGRP | S_IWGRP;
  if ((source_st.st_mode & S_IROTH) == 0)
    hidden |= S_IROTH | S_IWOTH;

  set_mode (writer->fd, st.st_mode & 07777 & ~hidden);
}

/* The end of every replace: a new file no more readable than @source
 * (when given), replaced only while it still holds @previous (when
 * given), @data written and committed. */
static gboolean
write_from (RegimenFileWriter  *writer,
            GFile              *source,
            GBytes             *previous,
            const void         *data,
            gsize               length,
            GCancellable       *cancellable,
            GError            **error)
{
  if (source != NULL && !writer->exists)
    limit_to_source (writer, source);
  if (previous != NULL)
    writer->expected = g_bytes_ref (previous);

  if (!regimen_file_writer_write (writer, data, length, error))
    return FALSE;

  return commit (writer, data != NULL ? data : "", length, cancellable, error);
}

/**
 * regimen_file_replace_export:
 * @source: (nullable): the file @data was made from, such as the plan a
 *   calendar is exported from
 *
 * Like regimen_file_replace(), for an export: refused with
 * %G_IO_ERROR_INVALID_ARGUMENT when @path is @source itself (also through
 * a symbolic or a hard link). An export is written without a backup, so
 * written there it would replace the plan it was made from and keep no
 * previous version of it. A new file is made no more readable by the
 * group or by others than @source.
 */
gboolean
regimen_file_replace_export (const char             *path,
                             GFile                  *source,
                             const void             *data,
                             gsize                   length,
                             RegimenFileWriteFlags   flags,
                             GCancellable           *cancellable,
                             GError                **error)
{
  g_autoptr(RegimenFileWriter) writer = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (source == NULL || G_IS_FILE (source), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  writer = regimen_file_writer_new (path, flags, error);
  if (writer == NULL)
    return FALSE;

  if (source != NULL && replaces_source (writer, source))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("it is the plan the export is made from, which the export would replace; "
                             "choose another file."));
      return FALSE;
    }

  if (source != NULL && !regimen_file_check_not_backup (writer->path, source, error))
    return FALSE;

  return write_from (writer, source, NULL, data, length, cancellable, error);
}

/* What reading a path reached: the file (its path with every symbolic
 * link resolved, its device and inode), taken before the read, for a
 * save of that path to follow a symbolic link found there only to it. */
struct _RegimenFileReached
{
  char  *real_path;
  dev_t  device;
  ino_t  inode;
};

/**
 * regimen_file_reached_new:
 * @path: a file about to be read
 *
 * Which file reading @path reaches now, for a save of @path after the
 * read (regimen_file_replace_reached()): a symbolic link another program
 * puts at @path meanwhile (`ln -sf ~/.bashrc PLAN`) leads to a file that
 * was never read, and the save does not write into it.
 *
 * Returns: (transfer full) (nullable): what @path reaches, or %NULL when
 *   it reaches no file
 */
RegimenFileReached *
regimen_file_reached_new (const char *path)
{
  RegimenFileReached *self;
  struct stat st;
  char *real;

  g_return_val_if_fail (path != NULL, NULL);

  if (stat (path, &st) != 0 || (real = realpath (path, NULL)) == NULL)
    return NULL;

  self = g_new0 (RegimenFileReached, 1);
  self->real_path = g_strdup (real);
  self->device = st.st_dev;
  self->inode = st.st_ino;
  free (real);

  return self;
}

RegimenFileReached *
regimen_file_reached_copy (const RegimenFileReached *self)
{
  RegimenFileReached *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->real_path = g_strdup (self->real_path);

  return copy;
}

void
regimen_file_reached_free (RegimenFileReached *self)
{
  if (self == NULL)
    return;

  g_free (self->real_path);
  g_free (self);
}

/* Whether the file at @real_path (@st, links followed) is the one
 * @reached names: by its path, or, moved and linked back (into a
 * synchronised folder, `mv PLAN Sync/ && ln -s Sync/PLAN PLAN`), by its
 * device and inode. */
static gboolean
is_reached (const RegimenFileReached *reached,
            const char               *real_path,
            const struct stat        *st)
{
  return g_strcmp0 (real_path, reached->real_path) == 0 ||
         (st->st_dev == reached->device && st->st_ino == reached->inode);
}

/**
 * regimen_file_dup_unreached_link:
 * @self: (nullable): what reading @path reached
 * @path: the file's path
 *
 * Returns: (transfer full) (nullable): where the symbolic link at @path
 *   leads, as it says, when it leads to another file than the one
 *   @self names (another program put it there since the read); %NULL
 *   when @path is no symbolic link, one to that file, or one to
 *   nothing, or when @self is %NULL
 */
char *
regimen_file_dup_unreached_link (const RegimenFileReached *self,
                                 const char               *path)
{
  struct stat st;
  char *real;
  gboolean reached;

  g_return_val_if_fail (path != NULL, NULL);

  if (self == NULL || lstat (path, &st) != 0 || !S_ISLNK (st.st_mode) || stat (path, &st) != 0 ||
      (real = realpath (path, NULL)) == NULL)
    return NULL;

  reached = is_reached (self, real, &st);
  free (real);

  return reached ? NULL : g_file_read_link (path, NULL);
}

/* A symbolic link at @path, which @writer followed, leads to another
 * file than @reached, the one that was read: it is not written into.
 * Regimen saved the plan through a link another program put in its
 * place (`ln -sf ~/.bashrc PLAN`) into a file the person never opened
 * (issue 21, session 47). */
static gboolean
check_reached (RegimenFileWriter        *writer,
               const char               *path,
               const RegimenFileReached *reached,
               GError                  **error)
{
  g_autofree char *target = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *display = NULL;

  if (reached == NULL || !writer->followed_link || is_reached (reached, writer->path, &writer->st))
    return TRUE;

  target = g_file_read_link (path, NULL);
  display = g_filename_display_name (target != NULL ? target : writer->path);
  shown = regimen_file_shorten_path (display);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
               /* Translators: %s is where the symbolic link now at the plan's name leads */
               _("another program put in its place a symbolic link to “%s”, another file than the one read, "
                 "which this save does not write into."),
               shown);
  return FALSE;
}

/**
 * regimen_file_replace_reached:
 * @reached: (nullable): what reading @path reached, when @data was made
 *   from what was read there (regimen_file_reached_new())
 * @source: (nullable): as for regimen_file_replace_from()
 * @previous: (nullable): as for regimen_file_replace_from()
 *
 * Like regimen_file_replace_from(), and a symbolic link at @path that
 * leads to another file than @reached is not followed: nothing is
 * written, %G_IO_ERROR_WRONG_ETAG. A link @path was read through, and one
 * to the very file read (moved and linked back), is followed.
 */
gboolean
regimen_file_replace_reached (const char               *path,
                              const RegimenFileReached *reached,
                              GFile                    *source,
                              GBytes                   *previous,
                              const void               *data,
                              gsize                     length,
                              RegimenFileWriteFlags     flags,
                              GCancellable             *cancellable,
                              GError                  **error)
{
  g_autoptr(RegimenFileWriter) writer = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (source == NULL || G_IS_FILE (source), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  writer = regimen_file_writer_new (path, flags, error);
  if (writer == NULL || !check_reached (writer, path, reached, error))
    return FALSE;

  return write_from (writer, source, previous, data, length, cancellable, error);
}

/**
 * regimen_file_replace_from:
 * @source: (nullable): the file @data was read from, such as the plan
 *   saved under a new name
 * @previous: (nullable): what @path must still hold, as for
 *   regimen_file_replace_if_unchanged(), or %NULL to replace whatever it
 *   holds
 *
 * Like regimen_file_replace(), for a file written from another: a new
 * file is no more readable by the group or by others than @source, as a
 * new export is (regimen_file_replace_export()). For a plan saved under a
 * new name (Save As, `regimen-cli format -o`): a plan kept 0600 saved so
 * was made 0644 under the usual umask, its log and notes readable by every
 * user of the machine (issue 21, pass 39a). A file that is there keeps its
 * own permissions.
 */
gboolean
regimen_file_replace_from (const char             *path,
                           GFile                  *source,
                           GBytes                 *previous,
                           const void             *data,
                           gsize                   length,
                           RegimenFileWriteFlags   flags,
                           GCancellable           *cancellable,
                           GError                **error)
{
  return regimen_file_replace_reached (path, NULL, source, previous, data, length, flags, cancellable, error);
}

/**
 * regimen_file_replace_if_unchanged:
 * @previous: what @path held when it was read
 *
 * Like regimen_file_replace(), but only while @path still holds exactly
 * @previous: a file another program changed (or removed) since it was
 * read is left alone, with %G_IO_ERROR_WRONG_ETAG. The check is made
 * under the lock that Regimen's writers of one file take, so of two
 * read-change-writes of one file the second fails instead of silently
 * undoing the first.
 */
gboolean
regimen_file_replace_if_unchanged (const char             *path,
                                   GBytes                 *previous,
                                   const void             *data,
                                   gsize                   length,
                                   RegimenFileWriteFlags   flags,
                                   GCancellable           *cancellable,
                                   GError                **error)
{
  g_return_val_if_fail (previous != NULL, FALSE);

  return regimen_file_replace_reached (path, NULL, NULL, previous, data, length, flags, cancellable, error);
}

/**
 * regimen_file_is_one_of:
 * @path: a file name
 * @others: (array zero-terminated=1): other file names
 *
 * Whether @path names the same file as one of @others, through whatever
 * name: a symbolic link, another hard link, “dir/../”, a name in other
 * case on a file system that folds it (FAT). An export checks
 * its target with it, so that it never replaces the plan it is made from
 * (a plan is saved with its previous version kept; an export is not).
 *
 * Returns: %TRUE when @path and one of @others are one existing file
 */
gboolean
regimen_file_is_one_of (const char         *path,
                        const char * const *others)
{
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (others == NULL || stat (path, &st) != 0)
    return FALSE;

  for (guint i = 0; others[i] != NULL; i++)
    {
      struct stat other;

      if (stat (others[i], &other) == 0 && is_same_file (path, &st, others[i], &other))
        return TRUE;
    }

  return FALSE;
}

/**
 * regimen_file_is_in_data_dir:
 * @path: a file about to be written
 *
 * Whether @path (the file a symbolic link leads to, when it is one) is in
 * Regimen's own data folder or a folder inside it, by whatever name, as
 * %REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR refuses: for a file another
 * writer makes, such as GTK's print to file.
 *
 * Returns: %TRUE when it is
 */
gboolean
regimen_file_is_in_data_dir (const char *path)
{
  g_autofree char *dir = NULL;
  char *real;

  g_return_val_if_fail (path != NULL, FALSE);

  real = realpath (path, NULL);
  if (real != NULL)
    {
      dir = g_path_get_dirname (real);
      free (real);
    }
  else
    dir = g_path_get_dirname (path);

  return is_in_data_dir (dir);
}

/* Whether a regular file of @st's device and inode is in @dir or a
 * folder inside it, at most @depth folders down (the working copies'
 * and the pictures' folders are one down). */
static gboolean
dir_holds_file (const char        *dir,
                const struct stat *st,
                guint              depth)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return FALSE;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      struct stat child_st;

      if (lstat (child, &child_st) != 0)
        continue;
      if (S_ISREG (child_st.st_mode) && child_st.st_dev == st->st_dev && child_st.st_ino == st->st_ino)
        return TRUE;
      if (S_ISDIR (child_st.st_mode) && depth > 0 && dir_holds_file (child, st, depth - 1))
        return TRUE;
    }

  return FALSE;
}

/**
 * regimen_file_is_linked_into_data_dir:
 * @path: a file about to be written over in place
 *
 * Whether @path, outside Regimen's own data folder, is another name (a
 * hard link) of a file in it: the person's exercises, a working copy, a
 * picture. A writer that replaces the file by a new one (Regimen's own)
 * leaves that file as it was; one that writes into the file, as GTK's
 * print to file does with a file of several names (GLib keeps hard links),
 * writes into the data folder's file too.
 *
 * Returns: %TRUE when it is
 */
gboolean
regimen_file_is_linked_into_data_dir (const char *path)
{
  g_autofree char *data_dir = regimen_file_dup_data_dir ();
  g_autofree char *app_data_dir = g_build_filename (g_get_home_dir (), ".var", "app", APPLICATION_ID,
                                                    "data", "regimen", NULL);
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_nlink < 2)
    return FALSE;

  return dir_holds_file (data_dir, &st, 2) || dir_holds_file (app_data_dir, &st, 2);
}

/**
 * regimen_file_dup_uri_other_host:
 * @uri: an address
 *
 * The computer a file: address names when it is not this one
 * (`file://nas/home/ana/plan.regimen.json`, from a network share's link
 * or a synced list): GLib drops the host when it makes such an address
 * a file, so the file at the same path on this computer would be read or
 * replaced. None, empty, “localhost” and this computer's name are this
 * one.
 *
 * Returns: (transfer full) (nullable): the other computer's name, or
 *   %NULL for an address of this one or of another kind
 */
char *
regimen_file_dup_uri_other_host (const char *uri)
{
  g_autofree char *scheme = NULL;
  g_autoptr(GUri) parsed = NULL;
  const char *host;

  g_return_val_if_fail (uri != NULL, NULL);

  scheme = g_uri_parse_scheme (uri);
  if (scheme == NULL || g_ascii_strcasecmp (scheme, "file") != 0)
    return NULL;

  parsed = g_uri_parse (uri, G_URI_FLAGS_NON_DNS, NULL);
  host = parsed != NULL ? g_uri_get_host (parsed) : NULL;
  if (host == NULL || *host == '\0' || g_ascii_strcasecmp (host, "localhost") == 0
      || g_ascii_strcasecmp (host, g_get_host_name ()) == 0)
    return NULL;

  return g_strdup (host);
}

/**
 * regimen_file_uri_names_other_host:
 * @uri: an address
 *
 * Returns: %TRUE when @uri names a file on another computer
 *   (regimen_file_dup_uri_other_host())
 */
gboolean
regimen_file_uri_names_other_host (const char *uri)
{
  g_autofree char *host = regimen_file_dup_uri_other_host (uri);

  return host != NULL;
}

/**
 * regimen_file_get_display_name:
 * @file: a file
 *
 * @file's name for a message: a local file's path as GLib shows a file
 * name (g_filename_display_name()), whatever bytes it holds; the address
 * of any other; shortened by regimen_file_shorten_path().
 * g_file_get_parse_name() gives a path with a control character (a
 * newline in a name) as a “file://…%0A…” address instead.
 *
 * Returns: (transfer full): the name, in UTF-8
 */
char *
regimen_file_get_display_name (GFile *file)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  name = path != NULL ? g_filename_display_name (path) : g_file_get_parse_name (file);

  return regimen_file_shorten_path (name);
}

/**
 * regimen_file_shorten_path:
 * @path: a file's path or address in UTF-8, as a message shows it
 *
 * @path as a message quotes it: whole when it has at most
 * %REGIMEN_FILE_SHOWN_PATH_MAX characters, else cut in the middle, as
 * GNOME's apps show a path (“/home/…/block-2/plan.regimen.json”): its
 * first folder, the file's name and as many of the folders nearest to it
 * as fit. A path of 4,000 bytes of nested folders quoted whole buried
 * the message (“Could not open …: the file is gone”) under it, and the
 * command line's cut of a long quotation kept its start and lost the
 * file's name. A name longer than the whole is itself cut in the middle,
 * so that its end (“.regimen.json”) stays.
 *
 * Returns: (transfer full): the path to quote
 */
char *
regimen_file_shorten_path (const char *path)
{
  const char *name;
  const char *tail;
  const char *head_end;
  const char *stop;
  glong head_chars = 0;
  glong budget;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_utf8_strlen (path, -1) <= REGIMEN_FILE_SHOWN_PATH_MAX)
    return g_strdup (path);

  name = strrchr (path, '/');
  if (name == NULL)
    return regimen_text_cut_middle (path, REGIMEN_FILE_SHOWN_PATH_MAX);
  if (g_utf8_strlen (name, -1) + 1 > REGIMEN_FILE_SHOWN_PATH_MAX)
    {
      g_autofree char *cut = regimen_text_cut_middle (name, REGIMEN_FILE_SHOWN_PATH_MAX - 1);

      return g_strconcat ("…", cut, NULL);
    }

  /* The first folder (“/home”), when it leaves room for the name. */
  head_end = strchr (path[0] == '/' ? path + 1 : path, '/');
  if (head_end != NULL && head_end < name)
    head_chars = g_utf8_strlen (path, head_end - path);
  if (head_chars == 0 || head_chars + 2 + g_utf8_strlen (name, -1) > REGIMEN_FILE_SHOWN_PATH_MAX)
    head_chars = 0;

  /* “/…” after the first folder, “…” alone without it. */
  budget = REGIMEN_FILE_SHOWN_PATH_MAX - (head_chars > 0 ? head_chars + 2 : 1);
  stop = head_chars > 0 ? head_end : path;
  tail = name;
  while (tail > path)
    {
      const char *before = tail - 1;

      while (before > path && *before != '/')
        before--;
      if (*before != '/' || before <= stop || g_utf8_strlen (before, -1) > budget)
        break;
      tail = before;
    }

  if (head_chars > 0)
    return g_strdup_printf ("%.*s/…%s", (int) (head_end - path), path, tail);

  return g_strconcat ("…", tail, NULL);
}

/**
 * regimen_file_error_is_gone:
 * @error: why a file could not be queried
 *
 * Whether @error says the file is not there (it, or a folder on its
 * path, gone); any other (a folder made unreadable, a loop of symbolic
 * links, a disk that fails) leaves the file perhaps still there, only
 * out of reach.
 *
 * Returns: %TRUE when @error says the file is gone
 */
gboolean
regimen_file_error_is_gone (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
}

/* @info (taken) without @attribute is of a file in a folder that cannot be
 * searched: see regimen_file_query_info_finish(). */
static GFileInfo *
info_with_attribute (GFile       *file,
                     GFileInfo   *info,
                     const char  *attribute,
                     GError     **error)
{
  if (info != NULL && !g_file_info_has_attribute (info, attribute))
    {
      g_autofree char *name = regimen_file_get_display_name (file);

      g_object_unref (info);
      /* Translators: %s is a file, then the system's reason (Permission denied) */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, _("Could not read the details of “%s”: %s"),
                   name, g_strerror (EACCES));
      return NULL;
    }

  return info;
}

/**
 * regimen_file_query_info_finish:
 * @file: the file queried
 * @result: the result of g_file_query_info_async() on @file
 * @attribute: the attribute asked for, one every file that is reached
 *   has (its etag, its type)
 * @error: return location for an error
 *
 * g_file_query_info_finish(), except for a file in a folder that cannot
 * be searched (its owner took the permission away): GIO answers that
 * with an info that holds nothing rather than an error (it lets EACCES
 * through for SELinux), which read as a file that is gone. That is
 * %G_IO_ERROR_PERMISSION_DENIED here.
 *
 * Returns: (transfer full) (nullable): the info, with @attribute
 */
GFileInfo *
regimen_file_query_info_finish (GFile         *file,
                                GAsyncResult  *result,
                                const char    *attribute,
                                GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (attribute != NULL, NULL);

  info = g_file_query_info_finish (file, result, error);

  return info_with_attribute (file, g_steal_pointer (&info), attribute, error);
}

/**
 * regimen_file_query_info:
 * @file: the file to query
 * @attributes: the attributes to ask for
 * @attribute: one of them that every file that is reached has
 * @error: return location for an error
 *
 * g_file_query_info() on a worker thread, read as
 * regimen_file_query_info_finish() reads an asynchronous query.
 *
 * Returns: (transfer full) (nullable): the info, with @attribute
 */
GFileInfo *
regimen_file_query_info (GFile       *file,
                         const char  *attributes,
                         const char  *attribute,
                         GError     **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (attribute != NULL, NULL);

  return info_with_attribute (file, g_file_query_info (file, attributes, G_FILE_QUERY_INFO_NONE, NULL, error),
                              attribute, error);
}

/**
 * regimen_file_suggest_name:
 * @stem: what to name the file after, UTF-8: a plan's title
 * @extension: what the name ends with, “.regimen.json”
 * @max_bytes: the longest name to suggest, in bytes:
 *   %REGIMEN_FILE_NAME_MAX_BYTES, or %REGIMEN_FILE_BACKED_UP_NAME_MAX_BYTES
 *   for a file saved with its previous version kept beside it, a plan
 *
 * The name a file chooser suggests for a file named after @stem: its
 * “/”, “\” and “:” and its control characters (a tab, a line break, an
 * escape, which a title may hold and a file name should not) as “-”, cut
 * at a character boundary so that the name with @extension fits in
 * @max_bytes. A longer name is refused by the file system, and GTK's
 * chooser then refuses the name it suggested; a plan's name with no room
 * for the “~” of its previous version is refused by the save.
 *
 * Returns: (transfer full): the suggested name, in UTF-8
 */
char *
regimen_file_suggest_name (const char *stem,
                           const char *extension,
                           gsize       max_bytes)
{
  g_autoptr(GString) safe = NULL;
  gsize room;
  const char *end;

  g_return_val_if_fail (stem != NULL, NULL);
  g_return_val_if_fail (max_bytes <= REGIMEN_FILE_NAME_MAX_BYTES, NULL);
  g_return_val_if_fail (extension != NULL && strlen (extension) < max_bytes, NULL);

  room = max_bytes - strlen (extension);
  end = stem;
  while (*end != '\0')
    {
      const char *next = g_utf8_next_char (end);

      if ((gsize) (next - stem) > room)
        break;
      end = next;
    }

  /* A replaced character never gets longer: the name still fits. */
  safe = g_string_sized_new (end - stem + strlen (extension));
  for (const char *p = stem; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || g_unichar_iscntrl (c))
        g_string_append_c (safe, '-');
      else
        g_string_append_len (safe, p, g_utf8_next_char (p) - p);
    }
  g_string_append (safe, extension);

  return g_string_free (g_steal_pointer (&safe), FALSE);
}

/**
 * regimen_file_dup_backup_path:
 * @path: a file name
 *
 * Where a save of @path keeps the previous version: “FILE~” beside the
 * file a symbolic link leads to, as regimen_file_replace() names it with
 * %REGIMEN_FILE_WRITE_BACKUP.
 *
 * Returns: (transfer full): the backup's name
 */
char *
regimen_file_dup_backup_path (const char *path)
{
  g_autofree char *resolved = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  resolved = realpath (path, NULL);

  return g_strconcat (resolved != NULL ? resolved : path, "~", NULL);
}

/* @path with its links and “..” resolved; for a name where nothing is
 * yet, its folder's resolved and the name put back (@exists FALSE).
 * %NULL when neither can be. */
static char *
resolve_maybe_new (const char *path,
                   gboolean   *exists)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *resolved_dir = NULL;
  char *resolved = realpath (path, NULL);

  *exists = resolved != NULL;
  if (resolved != NULL || errno != ENOENT)
    return resolved;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if (g_str_equal (base, ".") || g_str_equal (base, "..") || g_str_equal (base, G_DIR_SEPARATOR_S) ||
      (resolved_dir = realpath (dir, NULL)) == NULL)
    return NULL;

  return g_build_filename (resolved_dir, base, NULL);
}

/**
 * regimen_file_dup_past_kernel_link:
 * @file: a file named to be opened
 *
 * A link of the kernel's that names a file a shell opened (`/dev/stdin`,
 * `/proc/self/fd/N`) names the open file, not a path: a save replaces
 * the file at its path and leaves the link on the previous version, and
 * handed to another process it names that process's own file. Such a
 * link is replaced by the path of the regular file it reaches; any other
 * @file, a symbolic link of the person's included, and a file deleted
 * since it was opened, which has no path left, are kept as given.
 *
 * Returns: (transfer full): the file to open
 */
GFile *
regimen_file_dup_past_kernel_link (GFile *file)
{
  const char *path;
  g_autofree char *real = NULL;
  struct stat given, found;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_peek_path (file);
  if (path == NULL || !(g_str_has_prefix (path, "/proc/") || g_str_has_prefix (path, "/dev/")))
    return g_object_ref (file);

  real = realpath (path, NULL);
  if (real == NULL || g_str_has_prefix (real, "/proc/") || g_str_has_prefix (real, "/dev/") ||
      stat (path, &given) != 0 || lstat (real, &found) != 0 || !S_ISREG (found.st_mode) ||
      given.st_dev != found.st_dev || given.st_ino != found.st_ino)
    return g_object_ref (file);

  return g_file_new_for_path (real);
}

/**
 * regimen_file_check_not_backup:
 * @path: a file about to be written without a backup of its own (an
 *   export, a figure, a plan written under another name)
 * @source: (nullable): the plan what is written is made from
 * @error: return location for a #GError
 *
 * Refuses @path, with %G_IO_ERROR_EXISTS and a message naming the file
 * it is the previous version of, when it is a version a save kept:
 * @source's “PLAN~” under whatever name (a symbolic or a hard link,
 * “./”, “//”, “dir/../”), or any “NAME~” beside a file NAME. Written
 * over, that version would be gone, and with it the way back from the
 * last save. Nor is a “NAME~” not made yet beside a file NAME: what is
 * written there would be gone with NAME's next save.
 *
 * Returns: %TRUE when @path may be written
 */
gboolean
regimen_file_check_not_backup (const char  *path,
                               GFile       *source,
                               GError     **error)
{
  g_autofree char *source_path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *original = NULL;
  gboolean exists = TRUE;
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (source == NULL || G_IS_FILE (source), FALSE);

  source_path = source != NULL ? g_file_get_path (source) : NULL;
  if (source_path != NULL)
    {
      backup = regimen_file_dup_backup_path (source_path);
      if (regimen_file_is_one_of (path, (const char * const[]) { backup, NULL }))
        original = g_strdup (source_path);
    }

  /* “NAME~” beside NAME, by the name the file has once links and “..”
   * are resolved (its folder's, for one not made yet): what a save of
   * NAME keeps, or will. */
  if (original == NULL && (resolved = resolve_maybe_new (path, &exists)) != NULL && g_str_has_suffix (resolved, "~") &&
      !g_str_has_suffix (resolved, "/~"))
    {
      g_autofree char *name = g_strndup (resolved, strlen (resolved) - 1);

      if (lstat (name, &st) == 0 && S_ISREG (st.st_mode))
        original = g_steal_pointer (&name);
    }

  if (original == NULL)
    return TRUE;

  if (exists)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                 /* Translators: %s is a plan's file; the file to write is its “PLAN~” */
                 _("it is the previous version of “%s”, kept when that file was last saved, which this would "
                   "replace; choose another file."),
                 original);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                 /* Translators: %s is a file; the name to write is its “NAME~”, not made yet */
                 _("it would be the previous version of “%s”, which the next save of that file "
                   "replaces; choose another name."),
                 original);
  return FALSE;
}

/**
 * regimen_file_write_bytes:
 * @file: the file to write
 * @bytes: its new contents
 * @flags: how, as for regimen_file_replace()
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Replaces @file with @bytes: a local file atomically with
 * regimen_file_replace(), any other through GIO's replace, which writes
 * beside it too. Blocks: meant for a worker thread.
 *
 * Returns: %TRUE on success; otherwise %FALSE with @error set and the file
 *   as it was
 */
gboolean
regimen_file_write_bytes (GFile                  *file,
                          GBytes                 *bytes,
                          RegimenFileWriteFlags   flags,
                          GCancellable           *cancellable,
                          GError                **error)
{
  g_autofree char *path = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  path = g_file_get_path (file);
  data = g_bytes_get_data (bytes, &length);

  if (path != NULL)
    return regimen_file_replace (path, data, length, flags, cancellable, error);

  return g_file_replace_contents (file, data, length, NULL, (flags & REGIMEN_FILE_WRITE_BACKUP) != 0,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}

void
regimen_hold_application (void)
{
  GApplication *app = g_application_get_default ();

  if (app != NULL)
    g_application_hold (app);
}

void
regimen_release_application (void)
{
  GApplication *app = g_application_get_default ();

  if (app != NULL)
    g_application_release (app);
}
