/* regimen-custom-exercises.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-library.h"

G_BEGIN_DECLS

#define REGIMEN_CUSTOM_EXERCISES_ERROR (regimen_custom_exercises_error_quark ())

/* A picture chosen for a custom exercise may be this large (checked from
 * its header before anything decodes it); the app stores a PNG copy at
 * most REGIMEN_PICTURE_STORED_MAX_SIDE pixels a side. */
#define REGIMEN_PICTURE_MAX_SIZE        (20 * 1024 * 1024)
#define REGIMEN_PICTURE_MAX_SIDE        8192
#define REGIMEN_PICTURE_STORED_MAX_SIDE 1024

/* The longest name and id of a custom exercise, and how many the file may
 * hold; the other texts may have REGIMEN_TEXT_MAX_LENGTH characters. */
#define REGIMEN_CUSTOM_EXERCISE_NAME_MAX_LENGTH 200
#define REGIMEN_CUSTOM_EXERCISE_ID_MAX_LENGTH   64
#define REGIMEN_CUSTOM_EXERCISES_MAX            2000

typedef enum
{
  REGIMEN_CUSTOM_EXERCISES_ERROR_CORRUPT,     /* the file could not be read; it was set aside */
  REGIMEN_CUSTOM_EXERCISES_ERROR_NOT_PICTURE, /* a chosen file is not an image */
} RegimenCustomExercisesError;

GQuark    regimen_custom_exercises_error_quark      (void);

GFile    *regimen_custom_exercises_get_file         (void);
GFile    *regimen_custom_exercises_get_pictures_dir (void);

gboolean  regimen_custom_exercises_load             (RegimenLibrary   *library,
                                                     GError          **error);
void      regimen_custom_exercises_load_async       (RegimenLibrary   *library,
                                                     GCancellable     *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer          user_data);
gboolean  regimen_custom_exercises_load_finish      (RegimenLibrary   *library,
                                                     GAsyncResult     *result,
                                                     GError          **error);
gboolean  regimen_custom_exercises_read             (RegimenLibrary   *library,
                                                     GError          **error);
gboolean  regimen_custom_exercises_dup_known_text   (RegimenLibrary   *library,
                                                     GBytes          **text);
gboolean  regimen_custom_exercises_read_text        (RegimenLibrary   *library,
                                                     GBytes           *text,
                                                     GError          **error);
gboolean  regimen_custom_exercises_save             (RegimenLibrary   *library,
                                                     GError          **error);

char     *regimen_custom_exercises_new_id           (RegimenLibrary   *library,
                                                     const char       *name);
GBytes   *regimen_custom_exercises_load_picture     (GFile            *source,
                                                     GError          **error);
char     *regimen_custom_exercises_import_picture   (const char       *id,
                                                     GFile            *source,
                                                     GError          **error);
char     *regimen_custom_exercises_store_picture    (const char       *id,
                                                     GBytes           *png,
                                                     GError          **error);

gboolean  regimen_custom_exercises_add              (RegimenLibrary   *library,
                                                     RegimenExercise  *exercise,
                                                     GError          **error);
gboolean  regimen_custom_exercises_update           (RegimenLibrary   *library,
                                                     RegimenExercise  *exercise,
                                                     GError          **error);
gboolean  regimen_custom_exercises_remove           (RegimenLibrary   *library,
                                                     const char       *id,
                                                     GError          **error);

RegimenExercise *regimen_custom_exercises_copy      (RegimenExercise  *exercise);
void      regimen_custom_exercises_add_async        (RegimenLibrary   *library,
                                                     RegimenExercise  *exercise,
                                                     GBytes           *png,
                                                     GAsyncReadyCallback callback,
                                                     gpointer          user_data);
void      regimen_custom_exercises_update_async     (RegimenLibrary   *library,
                                                     RegimenExercise  *edited,
                                                     GBytes           *png,
                                                     GAsyncReadyCallback callback,
                                                     gpointer          user_data);
void      regimen_custom_exercises_remove_async     (RegimenLibrary   *library,
                                                     const char       *id,
                                                     GAsyncReadyCallback callback,
                                                     gpointer          user_data);
gboolean  regimen_custom_exercises_change_finish    (RegimenLibrary   *library,
                                                     GAsyncResult     *result,
                                                     GError          **error);

G_END_DECLS
