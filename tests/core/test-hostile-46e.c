/* test-hostile-46e.c — a plan opened through a link of the kernel's
 *
 * Copyright 2026 The Regimen authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `regimen /dev/stdin < PLAN` (or /proc/self/fd/N) opened the plan by
 * a link that names the open file, not its path: the first save
 * replaced the file at its path, the link then reached the previous
 * version, the window said another program had changed the file, and
 * the next save failed (issue 21, pass 46e).
 */

#define G_LOG_DOMAIN "test-hostile-46e"

#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-core.h"

static void
test_opened_through_proc_fd (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp (NULL, &error);
  g_autofree char *path = g_build_filename (dir, "plan.regimen.json", NULL);
  g_autofree char *text = fixture_read ("plans", "four-week.json", NULL);
  g_autofree char *proc_path = NULL;
  g_autoptr(GFile) given = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  int fd;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  fd = g_open (path, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  proc_path = g_strdup_printf ("/proc/self/fd/%d", fd);
  given = g_file_new_for_path (proc_path);

  regimen_document_load_async (given, NULL, fixture_on_async_done, &result);
  document = regimen_document_load_finish (fixture_wait_for_result (&result), &error);
  g_assert_no_error (error);

  /* Known by its path, which a save replaces, not by the open file. */
  g_assert_cmpstr (g_file_peek_path (regimen_document_get_file (document)), ==, path);

  close (fd);
  fixture_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile-46e/opened-through-proc-fd", test_opened_through_proc_fd);
  return g_test_run ();
}
