/* test-file-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "regimen-core.h"
#include "regimen-file-util.h"
#include "regimen-file-util-private.h"
#include "fixture-util.h"

#ifdef __linux__
#include <linux/fs.h>
#endif

/* Where a file system refuses hard links, the writer keeps the previous
 * version as a copy. This test defines link() itself, so the writer (the
 * core is linked statically) meets a refusal like a FAT or SMB folder's,
 * on any machine. */
static int link_errno;
static guint link_calls;
/* Set, link() makes the hard link after all, as most file systems do. */
static gboolean link_allowed;


int
link (const char *from,
      const char *to)
{
  link_calls++;
  if (link_allowed)
    return linkat (AT_FDCWD, from, AT_FDCWD, to, 0);
  errno = link_errno != 0 ? link_errno : EPERM;
  return -1;
}

/* And rename(), to look at the moment the previous version is renamed
 * to “FILE~”: with @probe_plan set, it tries to lock the file then at
 * @probe_plan, as the next writer of it would (lock_target()), and says
 * in @probe_locked whether it could. */
static const char *probe_plan;
static int probe_locked = -1;

/* And the faults of a save between its renames, counted from 1 once
 * @renames_counted is set: the process dies at rename number @die_at
 * before making it, as kill -9 would kill it, or that rename fails with
 * EIO at @fail_at. */
static gboolean renames_counted;
static guint rename_calls;
static guint die_at;
static guint fail_at;

int
rename (const char *from,
        const char *to)
{
  if (renames_counted)
    {
      rename_calls++;
      if (rename_calls == die_at)
        _exit (137);
      if (rename_calls == fail_at)
        {
          errno = EIO;
          return -1;
        }
    }

  if (probe_plan != NULL && g_str_has_suffix (to, "~"))
    {
      int fd = open (probe_plan, O_RDONLY | O_CLOEXEC);

      probe_locked = fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) == 0;
      if (fd >= 0)
        close (fd);
    }

  return renameat (AT_FDCWD, from, AT_FDCWD, to);
}

/* And read() and write(), to see in what order a backup by copy reads
 * the plan and writes the copy: with @watch_ino set, the bytes read from
 * that file are counted, and a write to another file while only part of
 * it has been read is noted in @wrote_midway. */
static ino_t watch_ino;
static goffset watch_size;
static goffset watch_read;
static gboolean wrote_midway;

ssize_t
read (int     fd,
      void   *buffer,
      size_t  count)
{
  ssize_t n = syscall (SYS_read, fd, buffer, count);
  struct stat st;

  if (watch_ino != 0 && n > 0 && fstat (fd, &st) == 0 && st.st_ino == watch_ino)
    watch_read += n;

  return n;
}

ssize_t
write (int         fd,
       const void *buffer,
       size_t      count)
{
  struct stat st;

  if (watch_ino != 0 && watch_read > 0 && watch_read < watch_size &&
      fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_ino != watch_ino)
    wrote_midway = TRUE;

  return syscall (SYS_write, fd, buffer, count);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (NULL, &error);

  g_assert_no_error (error);
  return dir;
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
test_backup_by_copy (gconstpointer data)
{
  mode_t mode = GPOINTER_TO_UINT (data);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  struct stat plan_stat;
  struct stat backup_stat;

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
  g_assert_cmpint (g_chmod (path, mode), ==, 0);

  link_calls = 0;
  link_errno = EPERM;
  g_assert_true (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_no_error (error);
  /* The hard link was tried and refused: the copy path ran. */
  g_assert_cmpuint (link_calls, >, 0);

  assert_contents (path, "new\n");
  assert_contents (backup, "previous\n");

  g_assert_cmpint (g_stat (path, &plan_stat), ==, 0);
  g_assert_cmpint (g_stat (backup, &backup_stat), ==, 0);
  g_assert_cmpuint (plan_stat.st_mode & 07777, ==, mode);
  g_assert_cmpuint (backup_stat.st_mode & 07777, ==, mode);
  g_assert_cmpuint (plan_stat.st_nlink, ==, 1);
  g_assert_cmpuint (backup_stat.st_nlink, ==, 1);
  g_assert_cmpuint (plan_stat.st_ino, !=, backup_stat.st_ino);

  /* Nothing else is left in the folder. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }

  fixture_remove_tree (dir);
}

/* The previous version is copied a chunk at a time, written while it is
 * read: a gigabyte file replaced on a file system without hard links took
 * a gigabyte of memory (adversarial pass 13). */
static void
test_backup_by_copy_in_chunks (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GString) previous = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  gsize kept_length;
  struct stat st;

  /* Four chunks and a byte, each line different. */
  for (guint i = 0; previous->len <= 4 * 64 * 1024; i++)
    g_string_append_printf (previous, "line %u\n", i);
  g_assert_true (g_file_set_contents (path, previous->str, previous->len, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);

  link_errno = EPERM;
  watch_ino = st.st_ino;
  watch_size = st.st_size;
  watch_read = 0;
  wrote_midway = FALSE;
  g_assert_true (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  watch_ino = 0;
  link_errno = 0;
  g_assert_no_error (error);

  g_assert_cmpint (watch_read, ==, watch_size);
  g_assert_true (wrote_midway);
  assert_contents (path, "new\n");
  g_assert_true (g_file_get_contents (backup, &kept, &kept_length, NULL));
  g_assert_cmpmem (kept, kept_length, previous->str, previous->len);

  fixture_remove_tree (dir);
}

/* A plan shared with another user by an ACL keeps it, and its own
 * attributes, through a save and in its backup (here a copy, link()
 * being refused): a new version with only the mode would give the owning
 * group what the ACL's mask allows and the user it names nothing
 * (adversarial pass 8, A8a-1). */
static void
test_attributes_kept (void)
{
  /* An access ACL as the kernel stores it: owner rw, user 65534 rw, group
   * nothing, mask rw, others nothing. */
  const guint16 tags[] = { 0x01, 0x02, 0x04, 0x10, 0x20 };
  const guint16 perms[] = { 6, 6, 0, 6, 0 };
  const guint32 ids[] = { G_MAXUINT32, 65534, G_MAXUINT32, G_MAXUINT32, G_MAXUINT32 };
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GByteArray) acl = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  guint32 version = GUINT32_TO_LE (2);
  const char *kept[] = { path, backup };

  g_byte_array_append (acl, (const guint8 *) &version, 4);
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      guint16 tag = GUINT16_TO_LE (tags[i]);
      guint16 perm = GUINT16_TO_LE (perms[i]);
      guint32 id = GUINT32_TO_LE (ids[i]);

      g_byte_array_append (acl, (const guint8 *) &tag, 2);
      g_byte_array_append (acl, (const guint8 *) &perm, 2);
      g_byte_array_append (acl, (const guint8 *) &id, 4);
    }

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  if (setxattr (path, "system.posix_acl_access", acl->data, acl->len, 0) != 0 ||
      setxattr (path, "user.regimen-test", "kept", 4, 0) != 0)
    {
      g_test_skip ("this file system keeps no ACLs or user attributes");
      fixture_remove_tree (dir);
      return;
    }

  link_errno = EPERM;
  g_assert_true (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_no_error (error);
  link_errno = 0;
  assert_contents (path, "new\n");
  assert_contents (backup, "previous\n");

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      char value[256];
      struct stat st;
      ssize_t length = getxattr (kept[i], "system.posix_acl_access", value, sizeof value);

      g_assert_cmpmem (value, MAX (length, 0), acl->data, acl->len);
      length = getxattr (kept[i], "user.regimen-test", value, sizeof value);
      g_assert_cmpmem (value, MAX (length, 0), "kept", 4);
      g_assert_cmpint (g_stat (kept[i], &st), ==, 0);
      g_assert_cmpuint (st.st_mode & 0777, ==, 0660);
    }

  /* A plan without an ACL in a folder with a default ACL (the same
   * entries): the new version does not take the folder's, which would let
   * user 65534 read a 0640 plan. */
  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (removexattr (path, "system.posix_acl_access"), ==, 0);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (setxattr (dir, "system.posix_acl_default", acl->data, acl->len, 0), ==, 0);
  g_assert_true (regimen_file_replace (path, "newer\n", 6, REGIMEN_FILE_WRITE_NONE, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "newer\n");
  g_assert_cmpint (getxattr (path, "system.posix_acl_access", NULL, 0), ==, -1);
  g_assert_cmpint (errno, ==, ENODATA);

  fixture_remove_tree (dir);
}

#ifdef FS_IOC_SETFLAGS
static gboolean
set_immutable (const char *path,
               gboolean    immutable)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  int flags = 0;
  gboolean done;

  if (fd < 0)
    return FALSE;
  done = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  flags = immutable ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
  done = done && ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
  close (fd);
  return done;
}
#endif

/* A “FILE~” that cannot be replaced (immutable here; someone else's in a
 * sticky folder such as /tmp) refuses the save before anything is
 * written, as a folder of that name does: replacing the plan anyway
 * would keep its previous version nowhere (adversarial pass 8, A8a-3). */
static void
test_backup_not_replaceable (void)
{
#ifdef FS_IOC_SETFLAGS
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "someone else's\n", -1, NULL));
  if (!set_immutable (backup, TRUE))
    {
      g_test_skip ("files cannot be made immutable here (not root, or not ext4)");
      fixture_remove_tree (dir);
      return;
    }

  g_assert_false (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_true (set_immutable (backup, FALSE));
  assert_contents (path, "previous\n");
  assert_contents (backup, "someone else's\n");

  /* Nothing else is left in the folder. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }

  fixture_remove_tree (dir);
#else
  g_test_skip ("no immutable files on this system");
#endif
}

/* Other errors of link() are not a file system without hard links: the
 * write is refused and the file is left as it was. */
static void
test_backup_other_error (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));

  link_errno = EIO;
  g_assert_false (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_nonnull (error);
  link_errno = 0;

  assert_contents (path, "previous\n");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  fixture_remove_tree (dir);
}

static void
make_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "left\n", -1, NULL));
}

static gboolean
has_file (const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Issue #21, K1: a writer killed mid-save (kill -9, a crash) leaves its
 * temporary files beside the plan: the next save there removes those no
 * living writer holds, and nothing else. */
static void
test_leftovers_removed (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *held_path = g_build_filename (dir, ".regimen-temporary-Q1w2E3", NULL);
  g_autoptr(GError) error = NULL;
  int held;

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
  /* What a killed writer leaves: the new version and the stashed old one. */
  make_file (dir, ".regimen-temporary-D6Z9Y3");
  make_file (dir, ".regimen-temporary-7d88d3f0~");
  make_file (dir, ".regimen-temporary-abcdef");
  /* Names a person may have chosen, also six letters and digits (A3 of
   * pass 7: “.regimen-Backup” was removed by every save in its folder). */
  make_file (dir, ".regimen-backup");
  make_file (dir, ".regimen-Backup");
  make_file (dir, ".regimen-draft2");
  make_file (dir, ".regimen-2024v1");
  make_file (dir, ".regimen-7d88d3f0~");
  make_file (dir, ".regimen-notes.txt");
  make_file (dir, "regimen-A1B2C3");
  /* A file another running writer holds. */
  make_file (dir, ".regimen-temporary-Q1w2E3");
  held = open (held_path, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (held, >=, 0);
  g_assert_cmpint (flock (held, LOCK_EX), ==, 0);

  g_assert_true (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (has_file (dir, ".regimen-temporary-D6Z9Y3"));
  g_assert_false (has_file (dir, ".regimen-temporary-7d88d3f0~"));
  g_assert_false (has_file (dir, ".regimen-temporary-abcdef"));
  g_assert_true (has_file (dir, ".regimen-backup"));
  g_assert_true (has_file (dir, ".regimen-Backup"));
  g_assert_true (has_file (dir, ".regimen-draft2"));
  g_assert_true (has_file (dir, ".regimen-2024v1"));
  g_assert_true (has_file (dir, ".regimen-7d88d3f0~"));
  g_assert_true (has_file (dir, ".regimen-notes.txt"));
  g_assert_true (has_file (dir, "regimen-A1B2C3"));
  g_assert_true (has_file (dir, ".regimen-temporary-Q1w2E3"));
  assert_contents (path, "new\n");
  assert_contents (backup, "previous\n");

  /* Once its writer is gone, the next save removes it too. */
  close (held);
  g_assert_true (regimen_file_replace (path, "newer\n", 6, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (has_file (dir, ".regimen-temporary-Q1w2E3"));

  fixture_remove_tree (dir);
}

/* A save beside a writer still writing leaves that writer's file alone:
 * it commits as if nobody else had saved. */
static void
test_leftovers_spare_a_running_writer (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *other = g_build_filename (dir, "other.json", NULL);
  g_autoptr(RegimenFileWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));

  writer = regimen_file_writer_new (path, REGIMEN_FILE_WRITE_BACKUP, &error);
  g_assert_no_error (error);
  g_assert_true (regimen_file_writer_write (writer, "new\n", 4, &error));

  g_assert_true (regimen_file_replace (other, "other\n", 6, REGIMEN_FILE_WRITE_NONE, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (regimen_file_writer_commit (writer, &error));
  g_assert_no_error (error);
  assert_contents (path, "new\n");
  assert_contents (other, "other\n");

  fixture_remove_tree (dir);
}

/* An export (a calendar, a PDF, a CSV) is written without a backup: given
 * the plan it is made from as its output, under that name or another (a
 * symbolic or a hard link), it would replace the plan and keep nothing of
 * it. It is refused, and the plan stays as it was (pass 9b). */
static void
test_export_spares_its_source (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *symbolic = g_build_filename (dir, "symbolic.json", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *other = g_build_filename (dir, "plan.ics", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (path);
  const char *outputs[] = { path, symbolic, hard };

  g_assert_true (g_file_set_contents (path, "plan\n", -1, NULL));
  g_assert_cmpint (symlink ("plan.json", symbolic), ==, 0);
  /* linkat(): this test's own link() refuses every link. */
  g_assert_cmpint (linkat (AT_FDCWD, path, AT_FDCWD, hard, 0), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (regimen_file_replace_export (outputs[i], source, "export\n", 7,
                                                   REGIMEN_FILE_WRITE_NONE, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      assert_contents (path, "plan\n");
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (regimen_file_replace_export (other, source, "export\n", 7,
                                                REGIMEN_FILE_WRITE_NONE, NULL, &error));
    g_assert_no_error (error);
    assert_contents (other, "export\n");
    /* Without a source, any file is replaced. */
    g_assert_true (regimen_file_replace_export (hard, NULL, "export\n", 7,
                                                REGIMEN_FILE_WRITE_NONE, NULL, &error));
    g_assert_no_error (error);
    assert_contents (hard, "export\n");
  }

  fixture_remove_tree (dir);
}

/* Pass 12 left: an export, a figure or `format -o` written to “PLAN~”
 * replaced the previous version a save of the plan had kept there, which
 * a save refuses. The plan's backup is refused by whatever name (a
 * symbolic or a hard link, “./”, “//”, “..”), and so is any “NAME~”
 * beside a file NAME; a “~” file with nothing beside it, or none there
 * yet, is written. */
static void
test_export_spares_the_backup (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_build_filename (dir, "plan.json~", NULL);
  g_autofree char *dotted = g_build_filename (dir, ".", "plan.json~", NULL);
  g_autofree char *doubled = g_strconcat (dir, "//plan.json~", NULL);
  g_autofree char *up = g_build_filename (sub, "..", "plan.json~", NULL);
  g_autofree char *symbolic = g_build_filename (dir, "symbolic.csv", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.csv", NULL);
  g_autofree char *lone = g_build_filename (dir, "lone~", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes", NULL);
  g_autofree char *notes_backup = g_build_filename (dir, "notes~", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (path);
  const char *outputs[] = { backup, dotted, doubled, up, symbolic, hard };

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "plan\n", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "previous\n", -1, NULL));
  g_assert_true (g_file_set_contents (notes, "notes\n", -1, NULL));
  g_assert_true (g_file_set_contents (notes_backup, "notes before\n", -1, NULL));
  g_assert_cmpint (symlink ("plan.json~", symbolic), ==, 0);
  g_assert_cmpint (linkat (AT_FDCWD, backup, AT_FDCWD, hard, 0), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (regimen_file_replace_export (outputs[i], source, "export\n", 7,
                                                   REGIMEN_FILE_WRITE_NONE, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_nonnull (strstr (error->message, path));
      assert_contents (backup, "previous\n");
    }

  {
    g_autoptr(GError) error = NULL;

    /* Without a source: by its name, beside the file it was kept for. */
    g_assert_false (regimen_file_check_not_backup (symbolic, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_clear_error (&error);
    g_assert_false (regimen_file_check_not_backup (notes_backup, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_clear_error (&error);
    g_assert_true (regimen_file_check_not_backup (notes, source, &error));
    g_assert_no_error (error);

    /* No file beside it: nothing kept is lost. */
    g_assert_true (g_file_set_contents (lone, "lone\n", -1, NULL));
    g_assert_true (regimen_file_replace_export (lone, source, "export\n", 7, REGIMEN_FILE_WRITE_NONE, NULL, &error));
    g_assert_no_error (error);

    /* None there yet (review of pass 29): what is written there would be
     * gone with the plan's next save, which keeps its previous version
     * under that name; refused, by either name, naming the plan. */
    g_assert_cmpint (g_unlink (backup), ==, 0);
    g_assert_false (regimen_file_replace_export (backup, source, "export\n", 7, REGIMEN_FILE_WRITE_NONE, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_assert_nonnull (strstr (error->message, "it would be the previous version of"));
    g_assert_nonnull (strstr (error->message, path));
    g_clear_error (&error);
    g_assert_false (regimen_file_check_not_backup (backup, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    g_clear_error (&error);
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
    assert_contents (hard, "previous\n");
  }

  fixture_remove_tree (dir);
}

/* Pass 11: the new version was unlocked as soon as it had the file's
 * name, before the previous one was renamed to “FILE~”. A second writer
 * (a second `regimen-cli log`) could then lock it, save and keep it as
 * “FILE~”, and the first writer's late rename put the version before
 * both there: “FILE~” skipped a version, as a paused first writer showed.
 * The new version now stays locked until “FILE~” is in place, so the next
 * writer waits for it. */
static void
test_backup_in_order (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "first\n", -1, NULL));

  probe_plan = path;
  probe_locked = -1;
  g_assert_true (regimen_file_replace (path, "second\n", 7, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  probe_plan = NULL;
  g_assert_no_error (error);

  g_assert_cmpint (probe_locked, ==, FALSE);
  assert_contents (path, "second\n");
  assert_contents (backup, "first\n");

  fixture_remove_tree (dir);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Pass 13: a writer waited for the lock on the file it replaces for as
 * long as anyone held it. Anyone who can read a plan can lock it (a
 * shared lock is enough), and a script run under “flock plan.json
 * regimen-cli log plan.json …” waited for itself: the command, or the
 * app's save, never returned. The writer now gives up after a while,
 * leaving the file, its backup and the folder as they were. */
static void
test_lock_held_elsewhere (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GBytes) previous = g_bytes_new_static ("previous\n", 9);
  g_autoptr(GError) error = NULL;
  int held;

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
  g_assert_true (g_file_set_contents (backup, "older\n", -1, NULL));
  held = open (path, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (held, >=, 0);
  g_assert_cmpint (flock (held, LOCK_SH), ==, 0);

  regimen_file_set_lock_wait (0);
  g_assert_false (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (regimen_file_replace_if_unchanged (path, previous, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP,
                                                     NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&error);
  assert_contents (path, "previous\n");
  assert_contents (backup, "older\n");
  /* The new version written beside it is gone again. */
  g_assert_cmpuint (count_files (dir), ==, 2);

  /* Once the lock is let go, the same save goes through. */
  close (held);
  g_assert_true (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
  g_assert_no_error (error);
  regimen_file_set_lock_wait (REGIMEN_FILE_LOCK_WAIT);
  assert_contents (path, "new\n");
  assert_contents (backup, "previous\n");

  fixture_remove_tree (dir);
}

/* Pass 15, H1: a save stashed the previous version under a hidden name,
 * renamed the new version over the file, then the stash over “FILE~”.
 * Killed between the two renames (strace -e inject=rename:signal=SIGKILL:
 * when=2), it left the version before the save only in the stash, which
 * the next save in the folder removed, and “FILE~” one version older.
 * “FILE~” now takes the previous version first: killed at any rename, the
 * version before the save is the file or “FILE~”, and stays so after the
 * next save. With hard links and without. */
static void
test_killed_between_renames (void)
{
  /* The writer, in a process of its own (not under memcheck, which would
   * count what a killed process held as lost). */
  if (g_test_subprocess ())
    {
      link_allowed = g_str_equal (g_getenv ("REGIMEN_TEST_LINKS"), "1");
      renames_counted = TRUE;
      die_at = atoi (g_getenv ("REGIMEN_TEST_DIE_AT"));
      regimen_file_replace (g_getenv ("REGIMEN_TEST_PLAN"), "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, NULL);
      return;
    }

  for (guint links = 0; links < 2; links++)
    for (guint rename_n = 1; rename_n <= 2; rename_n++)
      {
        g_autofree char *dir = make_temp_dir ();
        g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
        g_autofree char *backup = g_strconcat (path, "~", NULL);
        g_autofree char *plan_text = NULL;
        g_autofree char *backup_text = NULL;
        g_autofree char *die_at_text = g_strdup_printf ("%u", rename_n);
        g_autoptr(GError) error = NULL;

        g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
        g_assert_true (g_file_set_contents (backup, "older\n", -1, NULL));

        g_setenv ("REGIMEN_TEST_PLAN", path, TRUE);
        g_setenv ("REGIMEN_TEST_LINKS", links == 1 ? "1" : "0", TRUE);
        g_setenv ("REGIMEN_TEST_DIE_AT", die_at_text, TRUE);
        g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);

        g_assert_true (g_file_get_contents (path, &plan_text, NULL, NULL));
        g_assert_true (g_file_get_contents (backup, &backup_text, NULL, NULL));
        g_assert_true (g_str_equal (plan_text, "previous\n") || g_str_equal (backup_text, "previous\n"));

        /* The next save removes what the killed one left beside the file. */
        g_assert_true (regimen_file_replace (path, "newer\n", 6, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
        g_assert_no_error (error);
        assert_contents (path, "newer\n");
        assert_contents (backup, "previous\n");
        g_assert_cmpuint (count_files (dir), ==, 2);

        fixture_remove_tree (dir);
      }
}

/* Now that “FILE~” changes first, a new version that then cannot take
 * the file's name puts “FILE~” back as it was: the older version, or no
 * “FILE~” at all where there was none. */
static void
test_failed_rename_keeps_backup (void)
{
  for (guint had_backup = 0; had_backup < 2; had_backup++)
    {
      g_autofree char *dir = make_temp_dir ();
      g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
      g_autofree char *backup = g_strconcat (path, "~", NULL);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
      if (had_backup)
        g_assert_true (g_file_set_contents (backup, "older\n", -1, NULL));

      link_allowed = TRUE;
      renames_counted = TRUE;
      rename_calls = 0;
      fail_at = 2;
      g_assert_false (regimen_file_replace (path, "new\n", 4, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
      renames_counted = FALSE;
      fail_at = 0;
      link_allowed = FALSE;
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "the new version could not replace the old one"));

      assert_contents (path, "previous\n");
      if (had_backup)
        assert_contents (backup, "older\n");
      else
        g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_files (dir), ==, had_backup ? 2 : 1);

      fixture_remove_tree (dir);
    }
}

/* Adversarial pass 16a, H2: a plan saved as “.regimen-temporary-abcdef”
 * (a name of the writers' own temporaries) was removed as a leftover by
 * the next save in its folder, its own included; one named
 * “.regimen-temporary-0123abcd” lost its “NAME~” the same way. Such names
 * are refused, with nothing written; the person's file of that name is
 * left as it is. */
static void
test_temporary_names_refused (void)
{
  g_autofree char *dir = make_temp_dir ();
  const char *names[] = { ".regimen-temporary-abcdef", ".regimen-temporary-0123abcd", ".regimen-temporary-" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (regimen_file_replace (path, "plan\n", 5, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
      g_assert_nonnull (strstr (error->message, ".regimen-temporary-"));
      g_assert_false (has_file (dir, names[i]));
    }

  /* One made by another program is neither replaced nor removed. */
  make_file (dir, ".regimen-temporary-abcdef");
  {
    g_autofree char *path = g_build_filename (dir, ".regimen-temporary-abcdef", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (regimen_file_replace (path, "plan\n", 5, REGIMEN_FILE_WRITE_BACKUP, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
    assert_contents (path, "left\n");
  }

  fixture_remove_tree (dir);
}

/* Adversarial pass 16a, H1: Save As onto the plan's own working copy
 * wrote the plan there, and the document then removed its working copy:
 * the file just saved was gone. With REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR
 * nothing is written in Regimen's data folder, or in a folder inside it,
 * by whatever name it is reached; beside it, and without the flag, the
 * writer writes as before. */
static void
test_data_dir_refused (void)
{
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "regimen", NULL);
  g_autofree char *copies = g_build_filename (data_dir, "autosave", NULL);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *link_path = g_build_filename (dir, "copies", NULL);
  g_autofree char *outside = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *sub = g_build_filename (copies, "sub", NULL);
  const char *names[] = { "copy.regimen.json", "sub/../copy.regimen.json" };

  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  g_assert_cmpint (symlink (copies, link_path), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *direct = g_build_filename (copies, names[i], NULL);
      g_autofree char *linked = g_build_filename (link_path, names[i], NULL);
      g_autofree char *in_data = g_build_filename (data_dir, i == 0 ? "exercises.json" : "autosave/../p.json", NULL);
      const char *paths[] = { direct, linked, in_data };

      for (guint j = 0; j < G_N_ELEMENTS (paths); j++)
        {
          g_autoptr(GError) error = NULL;

          g_assert_false (regimen_file_replace (paths[j], "plan\n", 5,
                                                REGIMEN_FILE_WRITE_BACKUP | REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR,
                                                NULL, &error));
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
          g_assert_false (g_file_test (paths[j], G_FILE_TEST_EXISTS));
        }
    }

  /* A working copy there is not replaced either. */
  make_file (copies, "copy.regimen.json");
  {
    g_autofree char *path = g_build_filename (copies, "copy.regimen.json", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (regimen_file_replace (path, "plan\n", 5, REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
    assert_contents (path, "left\n");

    /* The app's own writers of that folder pass no flag. */
    g_clear_error (&error);
    g_assert_true (regimen_file_replace (path, "copy\n", 5, REGIMEN_FILE_WRITE_NONE, NULL, &error));
    g_assert_no_error (error);
    assert_contents (path, "copy\n");
    g_assert_cmpint (g_unlink (path), ==, 0);
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (regimen_file_replace (outside, "plan\n", 5, REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR, NULL, &error));
    g_assert_no_error (error);
    assert_contents (outside, "plan\n");
  }

  g_assert_cmpint (g_unlink (link_path), ==, 0);
  g_assert_cmpint (g_unlink (outside), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_cmpint (g_rmdir (sub), ==, 0);
  g_assert_cmpint (g_rmdir (copies), ==, 0);
  g_assert_cmpint (g_rmdir (data_dir), ==, 0);
}

/* A folder Regimen makes is its owner's alone, and so is one an earlier
 * version made open to others; a symbolic link the person put in its
 * place is followed, and the folder it names (their Documents) keeps
 * its mode. */
static void
test_private_dir_spares_a_link (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *documents = g_build_filename (dir, "Documents", NULL);
  g_autofree char *data = g_build_filename (dir, "regimen", NULL);
  g_autofree char *pictures = g_build_filename (data, "pictures", NULL);
  g_autofree char *autosave = g_build_filename (data, "autosave", NULL);
  g_autofree char *made = g_build_filename (data, "made", "inside", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_cmpint (g_mkdir (documents, 0755), ==, 0);
  g_assert_cmpint (g_chmod (documents, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (data, 0700), ==, 0);
  g_assert_cmpint (symlink (documents, pictures), ==, 0);
  g_assert_cmpint (g_mkdir (autosave, 0755), ==, 0);
  g_assert_cmpint (g_chmod (autosave, 0755), ==, 0);

  g_assert_true (regimen_file_make_private_dir (pictures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (pictures, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (stat (documents, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0755);

  g_assert_true (regimen_file_make_private_dir (autosave, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stat (autosave, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_true (regimen_file_make_private_dir (made, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stat (made, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_cmpint (g_rmdir (made), ==, 0);
  g_clear_pointer (&made, g_free);
  made = g_build_filename (data, "made", NULL);
  g_assert_cmpint (g_rmdir (made), ==, 0);
  g_assert_cmpint (g_rmdir (autosave), ==, 0);
  g_assert_cmpint (g_unlink (pictures), ==, 0);
  g_assert_cmpint (g_rmdir (data), ==, 0);
  g_assert_cmpint (g_rmdir (documents), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Issue #21: the data folder of Regimen's Flatpak, under
 * ~/.var/app, is not the data folder of a command line run outside the
 * sandbox, and `regimen-cli print -o` wrote over the exercises there.
 * It is refused as the data folder is; a folder beside it is not. */
static void
test_flatpak_data_dir_refused (void)
{
  g_autofree char *app_data = g_build_filename (g_get_home_dir (), ".var", "app", APPLICATION_ID, "data", NULL);
  g_autofree char *data_dir = g_build_filename (app_data, "regimen", NULL);
  g_autofree char *beside = g_build_filename (app_data, "other", NULL);
  g_autofree char *exercises = g_build_filename (data_dir, "exercises.json", NULL);
  g_autofree char *new_file = g_build_filename (data_dir, "sheet.pdf", NULL);
  g_autofree char *outside = g_build_filename (beside, "sheet.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (beside, 0700), ==, 0);
  make_file (data_dir, "exercises.json");

  g_assert_true (regimen_file_is_in_data_dir (exercises));
  g_assert_true (regimen_file_is_in_data_dir (new_file));
  g_assert_false (regimen_file_is_in_data_dir (outside));
  g_assert_false (regimen_file_replace (exercises, "pdf\n", 4, REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  assert_contents (exercises, "left\n");
  g_clear_error (&error);
  g_assert_true (regimen_file_replace (outside, "pdf\n", 4, REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_unlink (exercises), ==, 0);
  g_assert_cmpint (g_unlink (outside), ==, 0);
  g_assert_cmpint (g_rmdir (data_dir), ==, 0);
  g_assert_cmpint (g_rmdir (beside), ==, 0);
}

/* A message quotes a path of 4,000 bytes of nested folders shortened in
 * the middle, as GNOME's apps do: its first folder and the file's name
 * with the folders nearest to it kept, the rest “…”, at most
 * REGIMEN_FILE_SHOWN_PATH_MAX characters. The app's dialogs and the
 * command line both show the core's message. */
static void
test_long_path_shortened (void)
{
  g_autoptr(GString) path = g_string_new ("/nowhere-regimen");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  g_autofree char *n200 = g_strnfill (200, 'n');
  g_autofree char *long_name = NULL;
  g_autofree char *shown = NULL;
  const char *open_quote;
  const char *close_quote;
  g_autofree char *quoted = NULL;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (path, "/folder%03u", i);
  g_string_append (path, "/missing.regimen.json");
  g_assert_cmpuint (path->len, >, 4000);

  file = g_file_new_for_path (path->str);
  plan = regimen_plan_load_from_file (file, NULL, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Could not open “/nowhere-regimen/…/folder"));
  open_quote = strstr (error->message, "“");
  close_quote = strstr (error->message, "”");
  g_assert_nonnull (close_quote);
  quoted = g_strndup (open_quote + strlen ("“"), close_quote - open_quote - strlen ("“"));
  g_assert_true (g_str_has_suffix (quoted, "/folder398/folder399/missing.regimen.json"));
  g_assert_cmpint (g_utf8_strlen (quoted, -1), <=, REGIMEN_FILE_SHOWN_PATH_MAX);
  g_assert_cmpint (g_utf8_strlen (quoted, -1), >, REGIMEN_FILE_SHOWN_PATH_MAX - 10);

  /* A path that fits is quoted whole. */
  shown = regimen_file_shorten_path ("/home/ana/plans/block-2.regimen.json");
  g_assert_cmpstr (shown, ==, "/home/ana/plans/block-2.regimen.json");
  g_clear_pointer (&shown, g_free);

  /* A name longer than the whole keeps its start and its end. */
  long_name = g_strdup_printf ("/home/%s.regimen.json", n200);
  shown = regimen_file_shorten_path (long_name);
  g_assert_true (g_str_has_prefix (shown, "…/nnn"));
  g_assert_true (g_str_has_suffix (shown, "nnn.regimen.json"));
  g_assert_cmpint (g_utf8_strlen (shown, -1), ==, REGIMEN_FILE_SHOWN_PATH_MAX);
}

/* Another user's symbolic link in a folder anyone may write to where
 * only owners remove files (the sticky bit, as /tmp) is not written
 * through, as the file's own name or a folder's, nor a link of one's own
 * leading through it: with the kernel's fs.protected_symlinks off, a
 * save or an export wrote through it into the person's own files
 * (adversarial pass 29b). The links are given to a user id no one has
 * with lchown(): only as root. */
static void
test_foreign_link_refused (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *sticky = g_build_filename (dir, "sticky", NULL);
  g_autofree char *own = g_build_filename (dir, "own", NULL);
  g_autofree char *own_file = g_build_filename (own, "file.txt", NULL);
  g_autofree char *file_link = g_build_filename (sticky, "theirs.txt", NULL);
  g_autofree char *dir_link = g_build_filename (sticky, "theirdir", NULL);
  g_autofree char *through_dir = g_build_filename (dir_link, "file.txt", NULL);
  g_autofree char *dot_dot = g_build_filename (dir_link, "..", "own", "file.txt", NULL);
  g_autofree char *mine = g_build_filename (sticky, "mine.txt", NULL);
  g_autofree char *mine_dir = g_build_filename (sticky, "minedir", NULL);
  g_autofree char *through_mine = g_build_filename (mine_dir, "file.txt", NULL);
  const char *refused[] = { file_link, through_dir, dot_dot, mine, through_mine };

  if (geteuid () != 0)
    {
      g_test_skip ("only root can give a link to another user (lchown)");
      g_rmdir (dir);
      return;
    }

  g_assert_cmpint (g_mkdir (sticky, 01777), ==, 0);
  g_assert_cmpint (chmod (sticky, 01777), ==, 0);
  g_assert_cmpint (g_mkdir (own, 0755), ==, 0);
  g_assert_true (g_file_set_contents (own_file, "own\n", -1, NULL));
  g_assert_cmpint (symlink ("../own/file.txt", file_link), ==, 0);
  g_assert_cmpint (symlink ("../own", dir_link), ==, 0);
  g_assert_cmpint (lchown (file_link, 54321, 54321), ==, 0);
  g_assert_cmpint (lchown (dir_link, 54321, 54321), ==, 0);
  /* One's own links there, leading through theirs. */
  g_assert_cmpint (symlink ("theirs.txt", mine), ==, 0);
  g_assert_cmpint (symlink ("theirdir", mine_dir), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (regimen_file_replace (refused[i], "new\n", 4, REGIMEN_FILE_WRITE_NONE, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, "is a symbolic link another user made"));
      assert_contents (own_file, "own\n");
    }

  /* Its folder's owner may leave links there for others to follow. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (chown (sticky, 54321, 54321), ==, 0);
    g_assert_true (regimen_file_replace (through_mine, "new\n", 4, REGIMEN_FILE_WRITE_NONE, NULL, &error));
    g_assert_no_error (error);
    assert_contents (own_file, "new\n");
  }

  g_remove (mine_dir);
  g_remove (mine);
  g_remove (dir_link);
  g_remove (file_link);
  g_rmdir (sticky);
  fixture_remove_tree (own);
  g_rmdir (dir);
}

/* The application's second signal removes the temporary files its saves
 * on workers are writing (regimen_file_remove_others_temporaries(), c5df8f8):
 * a writer that ends meanwhile takes its slot back and frees its path,
 * which the remover must not read after. A writer thread tries to take
 * its slot back while the remover holds a path it read: it must find the
 * lock taken, and frees its path once the remover is done. Without the
 * lock the path was freed under the remover, which unlinked whatever name
 * had taken its memory (issue 21, pass 30's leftovers). */
typedef struct
{
  RegimenFileWriter *writer;
  GThread           *thread;
  GMutex             lock;
  GCond              cond;
  gboolean           tried;
  gboolean           could_free;
  guint              paths_read;
} OthersRemoval;

static gpointer
end_writer (gpointer data)
{
  OthersRemoval *removal = data;

  g_mutex_lock (&removal->lock);
  removal->could_free = regimen_file_pending_lock_is_free ();
  removal->tried = TRUE;
  g_cond_signal (&removal->cond);
  g_mutex_unlock (&removal->lock);

  /* Its slot back and its path freed, once the remover lets it. */
  regimen_file_writer_free (removal->writer);
  return NULL;
}

static void
on_path_read (const char *path,
              gpointer    data)
{
  OthersRemoval *removal = data;

  removal->paths_read++;
  removal->thread = g_thread_new ("writer", end_writer, removal);
  g_mutex_lock (&removal->lock);
  while (!removal->tried)
    g_cond_wait (&removal->cond, &removal->lock);
  g_mutex_unlock (&removal->lock);
}

static void
test_others_temporaries_under_lock (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  OthersRemoval removal = { 0 };
  const char *name;

  removal.writer = regimen_file_writer_new (path, REGIMEN_FILE_WRITE_NONE, &error);
  g_assert_no_error (error);

  regimen_file_set_removal_hook (on_path_read, &removal);
  regimen_file_remove_others_temporaries ();
  regimen_file_set_removal_hook (NULL, NULL);
  g_assert_cmpuint (removal.paths_read, ==, 1);
  g_thread_join (removal.thread);

  /* The writer could not free its path while the remover read it. */
  g_assert_false (removal.could_free);
  /* The temporary file is gone, and no plan was written. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_not_reached ();
  g_assert_true (regimen_file_pending_lock_is_free ());
}

/* A working copy's plan is compared with it at start only on a disk of
 * this computer: the deepest mount holding the path decides, by its
 * type, with the list's escapes undone, and nothing on the disk asked. */
static void
test_remote_by_mountinfo (void)
{
  static const char mountinfo[] =
    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
    "40 22 0:40 / /home rw,relatime shared:20 - btrfs /dev/sda2 rw\n"
    "51 40 0:51 / /home/ana/Team rw,relatime shared:30 - nfs4 server:/team rw,vers=4.2\n"
    "52 51 0:52 / /home/ana/Team/local rw,relatime - tmpfs tmpfs rw\n"
    "53 40 0:53 / /home/ana/My\\040Share rw - cifs //nas/share rw\n"
    "54 40 0:54 / /home/ana/remote rw,nosuid - fuse.sshfs ana@host:/ rw\n"
    "55 22 0:55 / /mnt rw - nfs server:/a rw\n"
    "56 22 0:56 / /mnt rw - ext4 /dev/sdb1 rw\n";

  g_assert_false (regimen_file_is_remote_in (mountinfo, "/home/ana/plan.json"));
  g_assert_true (regimen_file_is_remote_in (mountinfo, "/home/ana/Team/plan.json"));
  g_assert_false (regimen_file_is_remote_in (mountinfo, "/home/ana/Team/local/plan.json"));
  g_assert_true (regimen_file_is_remote_in (mountinfo, "/home/ana/My Share/plan.json"));
  g_assert_false (regimen_file_is_remote_in (mountinfo, "/home/ana/My Sharegone/plan.json"));
  g_assert_true (regimen_file_is_remote_in (mountinfo, "/home/ana/remote/plan.json"));
  g_assert_false (regimen_file_is_remote_in (mountinfo, "/home/ana/Teamwork/plan.json"));
  /* Mounted over: the last one stands. */
  g_assert_false (regimen_file_is_remote_in (mountinfo, "/mnt/plan.json"));
  g_assert_false (regimen_file_is_remote_in ("", "/plan.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  g_autofree char *home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/file-util/backup-by-copy/0640", GUINT_TO_POINTER (0640), test_backup_by_copy);
  g_test_add_data_func ("/file-util/backup-by-copy/0600", GUINT_TO_POINTER (0600), test_backup_by_copy);
  g_test_add_data_func ("/file-util/backup-by-copy/0664", GUINT_TO_POINTER (0664), test_backup_by_copy);
  g_test_add_func ("/file-util/backup-by-copy/in-chunks", test_backup_by_copy_in_chunks);
  g_test_add_func ("/file-util/backup-other-error", test_backup_other_error);
  g_test_add_func ("/file-util/attributes-kept", test_attributes_kept);
  g_test_add_func ("/file-util/backup-not-replaceable", test_backup_not_replaceable);
  g_test_add_func ("/file-util/leftovers-removed", test_leftovers_removed);
  g_test_add_func ("/file-util/leftovers-spare-a-running-writer", test_leftovers_spare_a_running_writer);
  g_test_add_func ("/file-util/export-spares-its-source", test_export_spares_its_source);
  g_test_add_func ("/file-util/export-spares-the-backup", test_export_spares_the_backup);
  g_test_add_func ("/file-util/backup-in-order", test_backup_in_order);
  g_test_add_func ("/file-util/lock-held-elsewhere", test_lock_held_elsewhere);
  g_test_add_func ("/file-util/killed-between-renames", test_killed_between_renames);
  g_test_add_func ("/file-util/failed-rename-keeps-backup", test_failed_rename_keeps_backup);
  g_test_add_func ("/file-util/temporary-names-refused", test_temporary_names_refused);
  g_test_add_func ("/file-util/data-dir-refused", test_data_dir_refused);
  g_test_add_func ("/file-util/flatpak-data-dir-refused", test_flatpak_data_dir_refused);
  g_test_add_func ("/file-util/private-dir-spares-a-link", test_private_dir_spares_a_link);
  g_test_add_func ("/file-util/long-path-shortened", test_long_path_shortened);
  g_test_add_func ("/file-util/foreign-link-refused", test_foreign_link_refused);
  g_test_add_func ("/file-util/others-temporaries-under-lock", test_others_temporaries_under_lock);
  g_test_add_func ("/file-util/remote-by-mountinfo", test_remote_by_mountinfo);

  /* A writer run in a subprocess, killed on purpose, runs with the
   * folders below as it inherits them: made there too, two stayed in
   * /tmp for each kill. */
  if (g_test_subprocess ())
    return g_test_run ();

  /* A data folder of this test's own (test_data_dir_refused()), and a
   * home for the Flatpak's (test_flatpak_data_dir_refused()). */
  data_home = g_dir_make_tmp (NULL, NULL);
  home = g_dir_make_tmp (NULL, NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("HOME", home, TRUE);

  status = g_test_run ();
  g_rmdir (data_home);
  for (guint depth = 4; depth > 0; depth--)
    {
      const char *parts[] = { ".var", "app", APPLICATION_ID, "data" };
      g_autofree char *path = g_build_filename (home, parts[0], depth > 1 ? parts[1] : NULL,
                                                depth > 2 ? parts[2] : NULL, depth > 3 ? parts[3] : NULL, NULL);

      g_rmdir (path);
    }
  g_rmdir (home);
  return status;
}
