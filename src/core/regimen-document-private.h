/* regimen-document-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-document.h"

G_BEGIN_DECLS

/* For the tests, not installed: the monitor that follows the document's
 * file, so that a test delivers its report when it chooses
 * (g_file_monitor_emit_event()) instead of when the system does, and how
 * many queries of the file's etag, which such a report starts, are still
 * out. */
GFileMonitor *regimen_document_get_file_monitor   (RegimenDocument *self);
guint         regimen_document_get_n_etag_queries (RegimenDocument *self);

G_END_DECLS
