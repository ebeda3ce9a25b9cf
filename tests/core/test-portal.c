/* test-portal.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document (what the window saves through) on a plan opened in the
 * Flatpak: a path in xdg-document-portal's FUSE mount, whose folder
 * shows that one file. The portal runs for real, on a session bus of the
 * test's own (the test starts itself again under dbus-run-session), with
 * its own XDG_RUNTIME_DIR; `flatpak document-export` adds the plan the
 * way the file chooser does, read and write for the app. Skipped where
 * xdg-document-portal, flatpak, dbus-run-session or FUSE is missing. */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-core.h"
#include "regimen-document-private.h"

#define PORTAL "/usr/libexec/xdg-document-portal"

static char *skip_reason;
static char *real_dir;
static char *runtime_dir;
static GPid portal_pid;

/* Whether a file system is mounted at @path (the kernel's list). */
static gboolean
is_mounted (const char *path)
{
  g_autofree char *mounts = NULL;
  g_autofree char *entry = g_strdup_printf (" %s fuse.", path);

  return g_file_get_contents ("/proc/self/mounts", &mounts, NULL, NULL) && strstr (mounts, entry) != NULL;
}

/* Starts the portal and waits until it has its name on the bus (and so
 * its mount); FALSE with skip_reason set when it cannot run here. */
static gboolean
start_portal (void)
{
  const char *portal_argv[] = { PORTAL, NULL };
  const char *wait_argv[] = { "gdbus", "wait", "--session", "--timeout", "60",
                              "org.freedesktop.portal.Documents", NULL };
  g_autofree char *mount = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_async (NULL, (char **) portal_argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                      G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &portal_pid, &error) ||
      !g_spawn_sync (NULL, (char **) wait_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                     &error) || !g_spawn_check_wait_status (status, NULL))
    {
      skip_reason = g_strdup ("xdg-document-portal did not start here");
      return FALSE;
    }

  /* The portal takes its name on the bus and mounts its file system on
   * a thread of its own, in either order: waited for (a minute at most,
   * for a portal that fails to mount), not guessed. */
  mount = g_build_filename (runtime_dir, "doc", NULL);
  for (guint i = 0; !is_mounted (mount); i++)
    {
      if (i == 6000 || waitpid (portal_pid, NULL, WNOHANG) == portal_pid)
        {
          skip_reason = g_strdup ("xdg-document-portal mounted nothing here (FUSE refused?)");
          return FALSE;
        }
      g_usleep (G_USEC_PER_SEC / 100);
    }

  return TRUE;
}

/* Adds @path for the app, read and write, as the file chooser does:
 * the path the Flatpak sees it by. */
static char *
export_doc (const char *path)
{
  const char *argv[] = { "flatpak", "document-export", "-r", "-w", "--app=io.github.regimen.Regimen", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_strstrip (out);
  {
    g_autofree char *dir = g_path_get_dirname (out);

    id = g_path_get_basename (dir);
  }

  return g_build_filename (runtime_dir, "doc", "by-app", "io.github.regimen.Regimen", id, name, NULL);
}

static void
add_item (RegimenPlan *plan,
          const char  *exercise)
{
  g_autoptr(RegimenItem) item = regimen_item_new (exercise);

  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 0, 2, 0), G_MAXUINT, item));
}

/* The names in @dir but @name, joined by spaces. */
static char *
others_in (const char *dir,
           const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GString) others = g_string_new (NULL);
  const char *entry;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (strcmp (entry, name) != 0)
      g_string_append_printf (others, "%s ", entry);

  return g_string_free (g_steal_pointer (&others), FALSE);
}

/* Opened through the portal, a plan is edited and saved twice, as with
 * Ctrl+S in the window: each save reaches the real file (every save
 * failed: the portal refuses removexattr()), its working copy is
 * forgotten, and no “PLAN~” is made in the portal's folder, which would
 * be the portal's temporary file, left on the real disk as a hidden
 * “.xdp-” file; the core says which file kept none, for the window to
 * tell. */
static void
test_document_saves_through_portal (void)
{
  g_autofree char *real = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *doc_dir = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *others = NULL;
  g_autofree char *unkept = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) real_file = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(RegimenPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint items;

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }

  real = g_build_filename (real_dir, "plan.regimen.json", NULL);
  text = fixture_read ("ui", "two-weeks.regimen.json", NULL);
  g_assert_true (g_file_set_contents (real, text, -1, &error));
  doc = export_doc (real);
  doc_dir = g_path_get_dirname (doc);
  backup = g_strconcat (doc, "~", NULL);
  file = g_file_new_for_path (doc);
  real_file = g_file_new_for_path (real);

  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);
  items = regimen_session_get_n_items (regimen_plan_get_session (regimen_document_get_plan (document), 0, 2, 0));

  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&result);
      add_item (regimen_document_get_plan (document), "pelvic-tilt");
      regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, fixture_on_async_done, &result);
      g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
      g_assert_no_error (error);
      g_assert_false (regimen_document_get_modified (document));

      g_clear_object (&saved);
      saved = regimen_plan_load_from_file (real_file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (regimen_session_get_n_items (regimen_plan_get_session (saved, 0, 2, 0)), ==, items + i + 1);

      g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
      g_clear_pointer (&others, g_free);
      others = others_in (real_dir, "plan.regimen.json");
      g_assert_cmpstr (others, ==, "");
      g_clear_pointer (&others, g_free);
      others = others_in (doc_dir, "plan.regimen.json");
      g_assert_cmpstr (others, ==, "");

      /* Said by the document's first save of the file that kept none,
       * not at every save; the record of the worker that wrote it is
       * not left for this thread to find. */
      g_assert_true (regimen_document_take_unkept_backup (document) == (i == 0));
      g_assert_false (regimen_document_take_unkept_backup (document));
      unkept = regimen_file_take_unkept_backup ();
      g_assert_null (unkept);
    }
}

/* Another program changes the plan through its real path while the
 * Flatpak has it open: the portal's mount reports no such change to a
 * file watch (inotify sees only writes made through the mount), so the
 * window is not told at once; its Save still finds it, from the file's
 * text, writes nothing, and asks, the other program's change kept. */
static void
test_outside_change_found_by_save (void)
{
  g_autofree char *real = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *outside = "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": \"Changed outside\"}\n";

  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return;
    }

  real = g_build_filename (real_dir, "outside.regimen.json", NULL);
  text = fixture_read ("ui", "two-weeks.regimen.json", NULL);
  g_assert_true (g_file_set_contents (real, text, -1, &error));
  doc = export_doc (real);
  file = g_file_new_for_path (doc);

  regimen_document_load_async (file, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);

  /* As an editor on the host saves: a new file renamed over the plan. */
  g_assert_true (g_file_set_contents (real, outside, -1, &error));
  add_item (regimen_document_get_plan (document), "pelvic-tilt");
  g_clear_object (&result);
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, fixture_on_async_done, &result);
  g_assert_false (regimen_document_save_finish (document, fixture_wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_true (regimen_document_get_modified (document));
  g_assert_true (g_file_get_contents (real, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, outside);
  g_assert_false (regimen_document_take_unkept_backup (document));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = NULL;
  g_autofree char *bus_tool = g_find_program_in_path ("dbus-run-session");
  g_autofree char *flatpak = g_find_program_in_path ("flatpak");
  g_autofree char *gdbus = g_find_program_in_path ("gdbus");
  int status;

  /* On a session bus of its own, which ends with the test (and the
   * portal, which exits when it loses the bus, with it). */
  if (bus_tool != NULL && g_getenv ("REGIMEN_PORTAL_TEST_BUS") == NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) child_argv = NULL;

      g_strv_builder_add_many (builder, bus_tool, "--", NULL);
      for (int i = 0; i < argc; i++)
        g_strv_builder_add (builder, argv[i]);
      child_argv = g_strv_builder_end (builder);
      g_setenv ("REGIMEN_PORTAL_TEST_BUS", "1", TRUE);
      execv (bus_tool, child_argv);
      g_error ("could not run %s", bus_tool);
    }

  g_test_init (&argc, &argv, NULL);

  tmp = g_dir_make_tmp (NULL, NULL);
  g_assert_nonnull (tmp);
  runtime_dir = g_build_filename (tmp, "run", NULL);
  real_dir = g_build_filename (tmp, "real", NULL);
  g_assert_cmpint (g_mkdir (runtime_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  /* Before anything asks GLib for it (it keeps the first answer). */
  g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);

  if (bus_tool == NULL || flatpak == NULL || gdbus == NULL || !g_file_test (PORTAL, G_FILE_TEST_IS_EXECUTABLE) ||
      access ("/dev/fuse", W_OK) != 0)
    skip_reason = g_strdup ("needs xdg-document-portal, flatpak, dbus-run-session, gdbus and /dev/fuse");
  else
    start_portal ();

  g_test_add_func ("/portal/document-saves-through-portal", test_document_saves_through_portal);
  g_test_add_func ("/portal/outside-change-found-by-save", test_outside_change_found_by_save);
  status = g_test_run ();

  if (portal_pid != 0)
    {
      g_autofree char *mount = g_build_filename (runtime_dir, "doc", NULL);
      const char *umount_argv[] = { "fusermount", "-u", mount, NULL };

      kill (portal_pid, SIGTERM);
      waitpid (portal_pid, NULL, 0);
      g_spawn_sync (NULL, (char **) umount_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                    NULL, NULL, NULL, NULL, NULL);
    }
  {
    const char *rm_argv[] = { "rm", "-rf", tmp, NULL };

    g_spawn_sync (NULL, (char **) rm_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }

  return status;
}
