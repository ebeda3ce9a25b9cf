/* regimen-file-util.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The most characters of a path a message quotes whole
 * (regimen_file_shorten_path()). */
#define REGIMEN_FILE_SHOWN_PATH_MAX 80

/* The longest file name most file systems take, in bytes (NAME_MAX). */
#define REGIMEN_FILE_NAME_MAX_BYTES 255
/* The longest name of a file saved with its previous version kept beside
 * it as “NAME~” (%REGIMEN_FILE_WRITE_BACKUP), which needs one byte more. */
#define REGIMEN_FILE_BACKED_UP_NAME_MAX_BYTES (REGIMEN_FILE_NAME_MAX_BYTES - 1)

typedef enum
{
  REGIMEN_FILE_WRITE_NONE                 = 0,
  /* Keep the file replaced as “FILE~”. */
  REGIMEN_FILE_WRITE_BACKUP               = 1 << 0,
  /* Replace a file even when it is read-only (after the person agreed). */
  REGIMEN_FILE_WRITE_OVERWRITE_READ_ONLY  = 1 << 1,
  /* A new file is readable by its owner only. */
  REGIMEN_FILE_WRITE_PRIVATE              = 1 << 2,
  /* Never replace a file: fail with G_IO_ERROR_EXISTS when it exists, or
   * appears while the new one is written. */
  REGIMEN_FILE_WRITE_NO_REPLACE           = 1 << 3,
  /* For a document: replace its file even when another program changed
   * it since the document read it (after the person agreed). The writer
   * itself replaces only what it is told to expect. */
  REGIMEN_FILE_WRITE_OVERWRITE_CHANGED    = 1 << 4,
  /* Refuse a target in Regimen's own data folder (the working copies,
   * the person's exercises and their pictures), which the app keeps and
   * removes by itself: for what the person chooses to write. */
  REGIMEN_FILE_WRITE_OUTSIDE_DATA_DIR     = 1 << 5,
  /* Refuse a target that is the previous version a save kept of another
   * file, “NAME~” beside NAME (regimen_file_check_not_backup()), which
   * the next save of NAME replaces: for a plan the person saves. */
  REGIMEN_FILE_WRITE_NOT_A_BACKUP         = 1 << 6,
} RegimenFileWriteFlags;

typedef struct _RegimenFileWriter RegimenFileWriter;
typedef struct _RegimenFileKept RegimenFileKept;
typedef struct _RegimenFileReached RegimenFileReached;

GBytes            *regimen_file_load_capped   (GFile                  *file,
                                               gsize                   max_size,
                                               GCancellable           *cancellable,
                                               GError                **error);

gboolean           regimen_file_write_all     (int                     fd,
                                               const void             *data,
                                               gsize                   length);
gboolean           regimen_file_make_private_dir (const char        *path,
                                                  GError           **error);

RegimenFileWriter *regimen_file_writer_new    (const char             *path,
                                               RegimenFileWriteFlags   flags,
                                               GError                **error);
gboolean           regimen_file_writer_write  (RegimenFileWriter      *writer,
                                               const void             *data,
                                               gsize                   length,
                                               GError                **error);
gboolean           regimen_file_writer_commit (RegimenFileWriter      *writer,
                                               GError                **error);
void               regimen_file_writer_free   (RegimenFileWriter      *writer);

gboolean           regimen_file_replace       (const char             *path,
                                               const void             *data,
                                               gsize                   length,
                                               RegimenFileWriteFlags   flags,
                                               GCancellable           *cancellable,
                                               GError                **error);

gboolean           regimen_file_replace_reached (const char            *path,
                                                 const RegimenFileReached *reached,
                                                 GFile                 *source,
                                                 GBytes                *previous,
                                                 const void            *data,
                                                 gsize                  length,
                                                 RegimenFileWriteFlags  flags,
                                                 GCancellable          *cancellable,
                                                 GError               **error);
gboolean           regimen_file_replace_if_unchanged (const char      *path,
                                                      GBytes          *previous,
                                                      const void      *data,
                                                      gsize            length,
                                                      RegimenFileWriteFlags flags,
                                                      GCancellable    *cancellable,
                                                      GError         **error);
gboolean           regimen_file_replace_export (const char            *path,
                                                GFile                 *source,
                                                const void            *data,
                                                gsize                  length,
                                                RegimenFileWriteFlags  flags,
                                                GCancellable          *cancellable,
                                                GError               **error);
gboolean           regimen_file_replace_from  (const char             *path,
                                               GFile                  *source,
                                               GBytes                 *previous,
                                               const void             *data,
                                               gsize                   length,
                                               RegimenFileWriteFlags   flags,
                                               GCancellable           *cancellable,
                                               GError                **error);
void               regimen_file_remove_temporaries (void);
void               regimen_file_remove_others_temporaries (void);
void               regimen_file_remove_leftovers (const char           *dir);
gboolean           regimen_file_is_one_of     (const char             *path,
                                               const char * const     *others);
char              *regimen_file_dup_backup_path (const char          *path);
char              *regimen_file_get_display_name (GFile              *file);
char              *regimen_file_dup_uri_other_host   (const char         *uri);
gboolean           regimen_file_uri_names_other_host (const char         *uri);
char              *regimen_file_shorten_path  (const char             *path);
GFileInfo         *regimen_file_query_info_finish (GFile             *file,
                                                   GAsyncResult      *result,
                                                   const char        *attribute,
                                                   GError           **error);
GFileInfo         *regimen_file_query_info    (GFile                  *file,
                                               const char             *attributes,
                                               const char             *attribute,
                                               GError                **error);
gboolean           regimen_file_error_is_gone (const GError           *error);
char              *regimen_file_suggest_name  (const char             *stem,
                                               const char             *extension,
                                               gsize                   max_bytes);
gboolean           regimen_file_is_in_data_dir  (const char          *path);
gboolean           regimen_file_is_linked_into_data_dir (const char  *path);
char              *regimen_file_take_unkept_backup (void);
gboolean           regimen_file_is_in_document_portal (const char   *path);
gboolean           regimen_file_check_links   (const char             *path,
                                               GError                **error);
char              *regimen_file_dup_data_dir  (void);
GFile             *regimen_file_dup_past_kernel_link (GFile       *file);
gboolean           regimen_file_check_not_backup (const char          *path,
                                                  GFile               *source,
                                                  GError             **error);
gboolean           regimen_file_write_bytes   (GFile                  *file,
                                               GBytes                 *bytes,
                                               RegimenFileWriteFlags   flags,
                                               GCancellable           *cancellable,
                                               GError                **error);
RegimenFileReached *regimen_file_reached_new  (const char            *path);
RegimenFileReached *regimen_file_reached_copy (const RegimenFileReached *self);
void               regimen_file_reached_free  (RegimenFileReached     *self);
char              *regimen_file_dup_unreached_link (const RegimenFileReached *self,
                                                    const char         *path);
RegimenFileKept   *regimen_file_keep          (const char             *path);
gboolean           regimen_file_kept_put_back (RegimenFileKept        *self);
void               regimen_file_kept_free     (RegimenFileKept        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenFileWriter, regimen_file_writer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenFileKept, regimen_file_kept_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenFileReached, regimen_file_reached_free)

/* Work on a worker holds the default application (if there is one) until
 * it is done, so closing the last window or quitting never cuts a save,
 * a working copy or an export off. Main thread only. */
void      regimen_hold_application    (void);
void      regimen_release_application (void);

G_END_DECLS
