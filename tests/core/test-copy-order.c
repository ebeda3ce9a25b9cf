/* test-copy-order.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, pass 34's leftover: the order in which a plan's working copy
 * takes its texts. A write of the copy runs on a worker and a save brings
 * the copy to the text saved on its own worker (regimen-document.c,
 * copy_saved_text()): a write of older text the pool ran late must not
 * land after the save's. The worker of the older write is held at a gate
 * before it writes, where GLib computes the checksum of the file's text
 * the work started from: g_compute_checksum_for_bytes() is this
 * program's, which the core calls in its place. Each text written into
 * the copy is recorded as g_file_set_contents_full() writes it. */

#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <string.h>

#include <glib/gstdio.h>

#include "fixture-util.h"
#include "regimen-core.h"

static GMutex gate_mutex;
static GCond gate_cond;
/* The next checksum on a worker waits until the gate opens. */
static gboolean gate_armed;
static gboolean gate_reached;
static gboolean gate_open;

/* The last text written to a working copy (ID.regimen.json), and how
 * many times one was written. */
static GBytes *last_copy_text;
static guint n_copy_writes;

static GThread *main_thread;

gchar *
g_compute_checksum_for_bytes (GChecksumType  checksum_type,
                              GBytes        *data)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (checksum_type);
  gsize length;
  const guchar *bytes = g_bytes_get_data (data, &length);

  g_mutex_lock (&gate_mutex);
  if (gate_armed && g_thread_self () != main_thread)
    {
      gate_armed = FALSE;
      gate_reached = TRUE;
      g_cond_broadcast (&gate_cond);
      while (!gate_open)
        g_cond_wait (&gate_cond, &gate_mutex);
    }
  g_mutex_unlock (&gate_mutex);

  g_checksum_update (checksum, bytes, length);

  return g_strdup (g_checksum_get_string (checksum));
}

gboolean
g_file_set_contents_full (const gchar            *filename,
                          const gchar            *contents,
                          gssize                  length,
                          GFileSetContentsFlags   flags,
                          int                     mode,
                          GError                **error)
{
  static gboolean (*real) (const gchar *, const gchar *, gssize, GFileSetContentsFlags, int, GError **);
  gboolean written;

  if (real == NULL)
    real = dlsym (RTLD_NEXT, "g_file_set_contents_full");
  g_assert_nonnull (real);

  written = real (filename, contents, length, flags, mode, error);
  if (written && g_str_has_suffix (filename, ".regimen.json") && strstr (filename, "autosave") != NULL)
    {
      g_mutex_lock (&gate_mutex);
      g_clear_pointer (&last_copy_text, g_bytes_unref);
      last_copy_text = g_bytes_new (contents, length < 0 ? strlen (contents) : (gsize) length);
      n_copy_writes++;
      g_mutex_unlock (&gate_mutex);
    }

  return written;
}

static void
add_item (RegimenPlan *plan,
          const char  *exercise)
{
  g_autoptr(RegimenItem) item = regimen_item_new (exercise);

  g_assert_true (regimen_plan_add_item_to (plan, regimen_plan_get_session (plan, 0, 2, 0),
                                           G_MAXUINT, item));
}

/* An edit, and its working copy's write held before it writes; another
 * edit, and Save: the save brings the copy to the text saved before the
 * file takes it, while the older write still waits. Let through, the
 * older write finds a newer text in the copy and writes nothing: the copy
 * holds the text saved until it goes, where it took the older edit back,
 * and a kill then left it to be offered at the next start as unsaved
 * work, which restored and saved undid the last edit. */
static void
test_older_write_lands_not_after_save (void)
{
  g_autoptr(RegimenPlan) plan = fixture_load_plan ("ui", "two-weeks.regimen.json");
  g_autoptr(GBytes) text = regimen_plan_to_bytes (plan);
  g_autofree char *folder = g_dir_make_tmp (NULL, NULL);
  g_autofree char *path = g_build_filename (folder, "plan.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(RegimenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_text = NULL;
  gsize saved_length;
  RegimenPlan *open_plan;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (text, NULL), g_bytes_get_size (text), NULL));
  regimen_document_load_async (file, NULL, fixture_on_async_done, &loaded);
  document = regimen_document_load_finish (fixture_wait_for_result (&loaded), &error);
  g_assert_no_error (error);
  open_plan = regimen_document_get_plan (document);
  /* What the load started on workers is through. */
  while (regimen_document_get_busy (document) || g_main_context_iteration (NULL, FALSE))
    ;

  /* The first edit; its copy's write waits at the gate. */
  add_item (open_plan, "pelvic-tilt");
  g_mutex_lock (&gate_mutex);
  gate_armed = TRUE;
  g_mutex_unlock (&gate_mutex);
  regimen_document_autosave_now (document);
  g_mutex_lock (&gate_mutex);
  while (!gate_reached)
    g_cond_wait (&gate_cond, &gate_mutex);
  g_assert_cmpuint (n_copy_writes, ==, 0);
  g_mutex_unlock (&gate_mutex);

  /* The second edit, saved while the first's write waits. */
  add_item (open_plan, "burpee");
  regimen_document_save_async (document, file, REGIMEN_FILE_WRITE_BACKUP, NULL, fixture_on_async_done, &saved);
  g_assert_true (regimen_document_save_finish (document, fixture_wait_for_result (&saved), &error));
  g_assert_no_error (error);
  g_assert_false (regimen_document_get_modified (document));
  g_assert_true (g_file_get_contents (path, &saved_text, &saved_length, NULL));
  g_mutex_lock (&gate_mutex);
  g_assert_cmpuint (n_copy_writes, ==, 1);
  g_assert_nonnull (last_copy_text);
  g_assert_cmpmem (g_bytes_get_data (last_copy_text, NULL), g_bytes_get_size (last_copy_text),
                   saved_text, saved_length);

  /* The older write let through. */
  gate_open = TRUE;
  g_cond_broadcast (&gate_cond);
  g_mutex_unlock (&gate_mutex);
  while (regimen_document_is_autosaving (document))
    g_main_context_iteration (NULL, TRUE);

  /* What the copy held last, until it went, is the text saved. */
  g_mutex_lock (&gate_mutex);
  g_assert_cmpmem (g_bytes_get_data (last_copy_text, NULL), g_bytes_get_size (last_copy_text),
                   saved_text, saved_length);
  g_mutex_unlock (&gate_mutex);

  g_clear_object (&document);
  fixture_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp (NULL, NULL);
  int status;

  main_thread = g_thread_self ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/copy-order/older-write-lands-not-after-save", test_older_write_lands_not_after_save);

  status = g_test_run ();
  fixture_remove_tree (data_home);
  g_clear_pointer (&last_copy_text, g_bytes_unref);
  return status;
}
