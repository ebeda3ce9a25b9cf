/* held-lock.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "held-lock.h"

#define WATCHDOG_SECONDS 60

struct _HeldLock
{
  int      fd;
  GThread *watchdog;
  GMutex   mutex;
  GCond    cond;
  gboolean released;
  gboolean by_watchdog;
};

static gpointer
watch (gpointer data)
{
  HeldLock *lock = data;
  gint64 end = g_get_monotonic_time () + WATCHDOG_SECONDS * G_TIME_SPAN_SECOND;

  g_mutex_lock (&lock->mutex);
  while (!lock->released)
    {
      if (!g_cond_wait_until (&lock->cond, &lock->mutex, end))
        {
          lock->by_watchdog = TRUE;
          lock->released = TRUE;
          flock (lock->fd, LOCK_UN);
        }
    }
  g_mutex_unlock (&lock->mutex);

  return NULL;
}

HeldLock *
held_lock_take (const char *path)
{
  HeldLock *lock = g_new0 (HeldLock, 1);

  lock->fd = open (path, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (lock->fd, >=, 0);
  g_assert_cmpint (flock (lock->fd, LOCK_EX), ==, 0);
  g_mutex_init (&lock->mutex);
  g_cond_init (&lock->cond);
  lock->watchdog = g_thread_new ("held-lock-watchdog", watch, lock);

  return lock;
}

gboolean
held_lock_release (HeldLock *lock)
{
  gboolean by_test;

  g_mutex_lock (&lock->mutex);
  by_test = !lock->by_watchdog;
  lock->released = TRUE;
  g_cond_signal (&lock->cond);
  g_mutex_unlock (&lock->mutex);

  g_thread_join (lock->watchdog);
  close (lock->fd);
  g_mutex_clear (&lock->mutex);
  g_cond_clear (&lock->cond);
  g_free (lock);

  return by_test;
}
