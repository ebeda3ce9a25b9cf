/* regimen-autosave-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-autosave.h"

G_BEGIN_DECLS

typedef void (*RegimenAutosaveStepFunc) (const char *id);

/* For the tests, not installed: @step (or NULL for none) is called
 * between the two files' steps of a working copy's write and of its
 * removal, where a kill leaves the first done without the second, so
 * that a test sees what a start would find on the disk then. */
void regimen_autosave_set_step_func (RegimenAutosaveStepFunc step);

G_END_DECLS
