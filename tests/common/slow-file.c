/* slow-file.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "slow-file.h"

/* What every SlowFile for one name shares (g_file_dup() makes another
 * object for the same file). */
typedef struct
{
  gatomicrefcount  ref_count;
  char            *name;
  GMutex           mutex;
  GCond            cond;
  gboolean         open;
  guint            n_waiting;
  GBytes          *contents;
  /* Every write fails with it, when it is set. */
  GError          *failure;
  /* The file opens, and then each write of its stream fails with it: a
   * disk that fills up, when it is set. */
  GError          *stream_failure;
} Gate;

static Gate *
gate_ref (Gate *gate)
{
  g_atomic_ref_count_inc (&gate->ref_count);
  return gate;
}

static void
gate_unref (Gate *gate)
{
  if (!g_atomic_ref_count_dec (&gate->ref_count))
    return;

  g_free (gate->name);
  g_mutex_clear (&gate->mutex);
  g_cond_clear (&gate->cond);
  g_clear_pointer (&gate->contents, g_bytes_unref);
  g_clear_error (&gate->failure);
  g_clear_error (&gate->stream_failure);
  g_free (gate);
}

/* The output stream: each write waits at the gate; the text counts once
 * the stream is closed. */

#define SLOW_TYPE_OUTPUT_STREAM (slow_output_stream_get_type ())

G_DECLARE_FINAL_TYPE (SlowOutputStream, slow_output_stream, SLOW, OUTPUT_STREAM, GFileOutputStream)

struct _SlowOutputStream
{
  GFileOutputStream  parent_instance;
  Gate              *gate;
  GByteArray        *written;
};

G_DEFINE_FINAL_TYPE (SlowOutputStream, slow_output_stream, G_TYPE_FILE_OUTPUT_STREAM)

static gssize
slow_output_stream_write (GOutputStream  *stream,
                          const void     *buffer,
                          gsize           count,
                          GCancellable   *cancellable,
                          GError        **error)
{
  SlowOutputStream *self = SLOW_OUTPUT_STREAM (stream);
  Gate *gate = self->gate;

  g_mutex_lock (&gate->mutex);
  gate->n_waiting++;
  while (!gate->open)
    g_cond_wait (&gate->cond, &gate->mutex);
  gate->n_waiting--;
  if (gate->stream_failure != NULL)
    {
      g_propagate_error (error, g_error_copy (gate->stream_failure));
      g_mutex_unlock (&gate->mutex);
      return -1;
    }
  g_mutex_unlock (&gate->mutex);

  g_byte_array_append (self->written, buffer, count);

  return count;
}

static gboolean
slow_output_stream_close (GOutputStream  *stream,
                          GCancellable   *cancellable,
                          GError        **error)
{
  SlowOutputStream *self = SLOW_OUTPUT_STREAM (stream);
  Gate *gate = self->gate;

  g_mutex_lock (&gate->mutex);
  g_clear_pointer (&gate->contents, g_bytes_unref);
  gate->contents = g_bytes_new (self->written->data, self->written->len);
  g_mutex_unlock (&gate->mutex);

  return TRUE;
}

static void
slow_output_stream_finalize (GObject *object)
{
  SlowOutputStream *self = SLOW_OUTPUT_STREAM (object);

  g_clear_pointer (&self->gate, gate_unref);
  g_clear_pointer (&self->written, g_byte_array_unref);

  G_OBJECT_CLASS (slow_output_stream_parent_class)->finalize (object);
}

static void
slow_output_stream_class_init (SlowOutputStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GOutputStreamClass *stream_class = G_OUTPUT_STREAM_CLASS (klass);

  object_class->finalize = slow_output_stream_finalize;
  stream_class->write_fn = slow_output_stream_write;
  stream_class->close_fn = slow_output_stream_close;
}

static void
slow_output_stream_init (SlowOutputStream *self)
{
  self->written = g_byte_array_new ();
}

/* The file */

struct _SlowFile
{
  GObject  parent_instance;
  Gate    *gate;
};

static void slow_file_iface_init (GFileIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlowFile, slow_file, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_FILE, slow_file_iface_init))

static SlowFile *
slow_file_new_for_gate (Gate *gate)
{
  SlowFile *self = g_object_new (SLOW_TYPE_FILE, NULL);

  self->gate = gate_ref (gate);
  return self;
}

static GFile *
slow_file_dup (GFile *file)
{
  return G_FILE (slow_file_new_for_gate (SLOW_FILE (file)->gate));
}

static guint
slow_file_hash (GFile *file)
{
  return g_direct_hash (SLOW_FILE (file)->gate);
}

static gboolean
slow_file_equal (GFile *file1,
                 GFile *file2)
{
  return SLOW_IS_FILE (file2) && SLOW_FILE (file1)->gate == SLOW_FILE (file2)->gate;
}

static gboolean
slow_file_is_native (GFile *file)
{
  return FALSE;
}

static gboolean
slow_file_has_uri_scheme (GFile      *file,
                          const char *uri_scheme)
{
  return g_ascii_strcasecmp (uri_scheme, "slow") == 0;
}

static char *
slow_file_get_uri_scheme (GFile *file)
{
  return g_strdup ("slow");
}

static char *
slow_file_get_basename (GFile *file)
{
  return g_strdup (SLOW_FILE (file)->gate->name);
}

static char *
slow_file_get_path (GFile *file)
{
  return NULL;
}

static char *
slow_file_get_uri (GFile *file)
{
  return g_strconcat ("slow:///", SLOW_FILE (file)->gate->name, NULL);
}

static GFile *
slow_file_get_parent (GFile *file)
{
  return NULL;
}

static GFileOutputStream *
slow_file_replace (GFile             *file,
                   const char        *etag,
                   gboolean           make_backup,
                   GFileCreateFlags   flags,
                   GCancellable      *cancellable,
                   GError           **error)
{
  Gate *gate = SLOW_FILE (file)->gate;
  SlowOutputStream *stream;

  g_mutex_lock (&gate->mutex);
  if (gate->failure != NULL)
    {
      g_propagate_error (error, g_error_copy (gate->failure));
      g_mutex_unlock (&gate->mutex);
      return NULL;
    }
  g_mutex_unlock (&gate->mutex);

  stream = g_object_new (SLOW_TYPE_OUTPUT_STREAM, NULL);
  stream->gate = gate_ref (gate);
  return G_FILE_OUTPUT_STREAM (stream);
}

static void
slow_file_iface_init (GFileIface *iface)
{
  iface->dup = slow_file_dup;
  iface->hash = slow_file_hash;
  iface->equal = slow_file_equal;
  iface->is_native = slow_file_is_native;
  iface->has_uri_scheme = slow_file_has_uri_scheme;
  iface->get_uri_scheme = slow_file_get_uri_scheme;
  iface->get_basename = slow_file_get_basename;
  iface->get_path = slow_file_get_path;
  iface->get_uri = slow_file_get_uri;
  iface->get_parse_name = slow_file_get_uri;
  iface->get_parent = slow_file_get_parent;
  iface->replace = slow_file_replace;
}

static void
slow_file_finalize (GObject *object)
{
  SlowFile *self = SLOW_FILE (object);

  g_clear_pointer (&self->gate, gate_unref);

  G_OBJECT_CLASS (slow_file_parent_class)->finalize (object);
}

static void
slow_file_class_init (SlowFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = slow_file_finalize;
}

static void
slow_file_init (SlowFile *self)
{
}

SlowFile *
slow_file_new (const char *name)
{
  Gate *gate = g_new0 (Gate, 1);
  SlowFile *self;

  g_atomic_ref_count_init (&gate->ref_count);
  gate->name = g_strdup (name);
  g_mutex_init (&gate->mutex);
  g_cond_init (&gate->cond);

  self = slow_file_new_for_gate (gate);
  gate_unref (gate);

  return self;
}

guint
slow_file_get_n_waiting (SlowFile *self)
{
  guint n;

  g_mutex_lock (&self->gate->mutex);
  n = self->gate->n_waiting;
  g_mutex_unlock (&self->gate->mutex);

  return n;
}

void
slow_file_open_gate (SlowFile *self)
{
  g_mutex_lock (&self->gate->mutex);
  self->gate->open = TRUE;
  g_cond_broadcast (&self->gate->cond);
  g_mutex_unlock (&self->gate->mutex);
}

void
slow_file_fail_writes (SlowFile   *self,
                       GIOErrorEnum  code,
                       const char   *message)
{
  g_mutex_lock (&self->gate->mutex);
  g_clear_error (&self->gate->failure);
  self->gate->failure = g_error_new_literal (G_IO_ERROR, code, message);
  g_mutex_unlock (&self->gate->mutex);
}

void
slow_file_fail_stream_writes (SlowFile     *self,
                              GIOErrorEnum  code,
                              const char   *message)
{
  g_mutex_lock (&self->gate->mutex);
  g_clear_error (&self->gate->stream_failure);
  self->gate->stream_failure = g_error_new_literal (G_IO_ERROR, code, message);
  g_mutex_unlock (&self->gate->mutex);
}

GBytes *
slow_file_get_contents (SlowFile *self)
{
  GBytes *contents;

  g_mutex_lock (&self->gate->mutex);
  contents = self->gate->contents != NULL ? g_bytes_ref (self->gate->contents) : NULL;
  g_mutex_unlock (&self->gate->mutex);

  return contents;
}

void
slow_file_wait_for_writer (SlowFile *self)
{
  while (slow_file_get_n_waiting (self) == 0)
    if (!g_main_context_iteration (NULL, FALSE))
      g_thread_yield ();
}
