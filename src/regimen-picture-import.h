/* regimen-picture-import.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkPixbuf *regimen_picture_load_scaled (GFile       *source,
                                        guint        max_side,
                                        GError     **error);
void       regimen_picture_run_in_thread (GTask               *task,
                                          GTaskThreadFunc      func);
void       regimen_picture_prepare_async  (GFile               *source,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GdkTexture *regimen_picture_prepare_finish (GAsyncResult       *result,
                                            GBytes            **png,
                                            GError            **error);

G_END_DECLS
