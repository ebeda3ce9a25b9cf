/* regimen-library-search.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-library.h"

G_BEGIN_DECLS

/* How well an exercise matches a search, best first; results are listed
 * in this order, and by name within each rank. */
typedef enum
{
  REGIMEN_SEARCH_RANK_EXACT,        /* the name is what was typed */
  REGIMEN_SEARCH_RANK_NAME_PREFIX,  /* the name starts with it */
  REGIMEN_SEARCH_RANK_WORD_PREFIX,  /* a word of the name starts with it */
  REGIMEN_SEARCH_RANK_NAME,         /* the name contains it */
  REGIMEN_SEARCH_RANK_ALIAS_PREFIX, /* an alias is it or starts with it */
  REGIMEN_SEARCH_RANK_ALIAS,        /* an alias contains it */
  REGIMEN_SEARCH_RANK_WORDS,        /* every typed word is in the name or an alias */
  REGIMEN_SEARCH_RANK_OTHER,        /* found in the id, muscle groups or equipment */
  REGIMEN_SEARCH_RANK_TYPO,         /* found only by allowing one typo */
  REGIMEN_SEARCH_RANK_ALL,          /* nothing was typed: every exercise, by name */
} RegimenSearchRank;

#define REGIMEN_TYPE_LIBRARY_SEARCH (regimen_library_search_get_type ())

/* A GListModel of RegimenExercise: the exercises of a library that match
 * a search, best match first, or all of them by name. */
G_DECLARE_FINAL_TYPE (RegimenLibrarySearch, regimen_library_search, REGIMEN, LIBRARY_SEARCH, GObject)

RegimenLibrarySearch *regimen_library_search_new        (RegimenLibrary       *library);
RegimenLibrary       *regimen_library_search_get_library (RegimenLibrarySearch *self);
const char           *regimen_library_search_get_query  (RegimenLibrarySearch *self);
void                  regimen_library_search_set_query  (RegimenLibrarySearch *self,
                                                         const char           *query);
RegimenSearchRank     regimen_library_search_get_rank   (RegimenLibrarySearch *self,
                                                         guint                 position);
char                 *regimen_search_fold               (const char           *text);

G_END_DECLS
