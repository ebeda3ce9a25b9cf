/* test-malloc-arenas.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Regimen's process keeps one malloc arena (issue 20): the threads it
 * starts after the application is made — GDBus's, GLib's workers, the
 * figures' worker — allocate from the main thread's heap, where each of
 * them had an arena of its own that held its memory resident. Its own
 * process, with no GTK set-up: no thread of the test's has allocated
 * before the application is made. */

#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "regimen-application.h"

#define N_BLOCKS 256
#define N_WORKERS 3

/* The arenas malloc_info() reports, the main one among them. */
static guint
count_malloc_arenas (void)
{
  g_autofree char *info = NULL;
  size_t length = 0;
  FILE *stream = open_memstream (&info, &length);
  guint n = 0;

  g_assert_nonnull (stream);
  g_assert_cmpint (malloc_info (0, stream), ==, 0);
  fclose (stream);

  for (const char *at = strstr (info, "<heap nr="); at != NULL; at = strstr (at + 1, "<heap nr="))
    n++;

  return n;
}

/* Workers that allocate at once and are all alive when the arenas are
 * counted: an arena left free by a thread that ended is taken by the next
 * thread, so one worker alone could find one and add none. */
typedef struct
{
  GMutex mutex;
  GCond cond;
  guint n_allocated;
  gboolean counted;
} Workers;

static gpointer
allocate_blocks (gpointer user_data)
{
  Workers *workers = user_data;
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < N_BLOCKS; i++)
    g_ptr_array_add (blocks, g_malloc0 (200 + i));

  g_mutex_lock (&workers->mutex);
  workers->n_allocated++;
  g_cond_broadcast (&workers->cond);
  while (!workers->counted)
    g_cond_wait (&workers->cond, &workers->mutex);
  g_mutex_unlock (&workers->mutex);

  return blocks;
}

static void
test_workers_share_the_heap (void)
{
  g_autoptr(RegimenApplication) app = regimen_application_new ();
  Workers workers = { 0, };
  GThread *threads[N_WORKERS];
  guint before, during;

  /* A library's thread may have allocated before main(), in an arena of
   * its own: what is counted is what the workers add. */
  before = count_malloc_arenas ();

  g_mutex_init (&workers.mutex);
  g_cond_init (&workers.cond);
  for (guint i = 0; i < N_WORKERS; i++)
    threads[i] = g_thread_new ("test-worker", allocate_blocks, &workers);

  g_mutex_lock (&workers.mutex);
  while (workers.n_allocated < N_WORKERS)
    g_cond_wait (&workers.cond, &workers.mutex);
  during = count_malloc_arenas ();
  workers.counted = TRUE;
  g_cond_broadcast (&workers.cond);
  g_mutex_unlock (&workers.mutex);

  for (guint i = 0; i < N_WORKERS; i++)
    {
      g_autoptr(GPtrArray) blocks = g_thread_join (threads[i]);

      g_assert_cmpuint (blocks->len, ==, N_BLOCKS);
    }
  g_mutex_clear (&workers.mutex);
  g_cond_clear (&workers.cond);

  g_assert_cmpuint (during, ==, before);
}

int
main (int    argc,
      char **argv)
{
  /* Not GTK's test set-up: it starts threads before the application is
   * made, as Regimen's main() does not. */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/malloc-arenas/workers-share-the-heap", test_workers_share_the_heap);

  return g_test_run ();
}
