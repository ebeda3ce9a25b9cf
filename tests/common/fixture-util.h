/* fixture-util.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-core.h"

G_BEGIN_DECLS

/* Where the fixtures are (tests/fixtures) and which regimen-cli the tests
 * run: `meson test` gives both in the environment (tests/meson.build)
 * rather than the build compiling them in, so that two copies of the tree
 * compile the same objects and ccache shares them (the mutation lane's
 * copies). Outside `meson test` they stop the test, saying so. */
const char     *fixture_dir          (void);
const char     *fixture_cli          (void);
#define FIXTURES_DIR (fixture_dir ())
#define REGIMEN_CLI (fixture_cli ())

/* The test fixtures under tests/fixtures (FIXTURES_DIR) and the built-in
 * library, shared by the suites. Each fails the test when what it reads
 * is missing or does not open. */

/* The contents of FIXTURES_DIR/@dir/@name. */
char           *fixture_read         (const char *dir,
                                      const char *name,
                                      gsize      *length);
/* The plan in FIXTURES_DIR/@dir/@name, read as the app opens a file. */
RegimenPlan    *fixture_load_plan    (const char *dir,
                                      const char *name);
/* A new copy of the built-in exercise library. */
RegimenLibrary *fixture_load_builtin (void);
/* Removes @path and, for a folder, all below it; a symbolic link is
 * removed as itself, never followed. */
void            fixture_remove_tree  (const char *path);
/* A GAsyncReadyCallback that keeps a reference to its result in the
 * GAsyncResult * @user_data points at; fixture_wait_for_result() turns
 * the main context until it is there, and returns it. */
void            fixture_on_async_done   (GObject       *source,
                                         GAsyncResult  *result,
                                         gpointer       user_data);
GAsyncResult   *fixture_wait_for_result (GAsyncResult **result);
/* @n_weeks weeks, labelled "W1"… when @labelled; week i holds one Monday
 * session "S<i>" (RPE 8, 40 minutes) with one item: barbell back squat,
 * 5 sets of 5 at 80 %. Marked saved. */
RegimenPlan    *fixture_squat_weeks  (guint       n_weeks,
                                      gboolean    labelled);
/* A plan written on one line (7 MB) that opens, while its text as
 * Regimen writes it is more than 16 MiB: it cannot be saved. Its first
 * week's Wednesday's first session has room for one more exercise. */
char           *fixture_compact_plan_too_large_to_save (void);

G_END_DECLS
