/* test-library-search.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fixture-util.h"
#include "regimen-core.h"

/* Counting the bytes strlen() looks at, as tests/core/test-ical.c does:
 * work that grows with the square of what was typed shows as a count, not
 * as a timing. */
#if defined(__SANITIZE_ADDRESS__)
#define COUNTING_STRLEN 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define COUNTING_STRLEN 0
#else
#define COUNTING_STRLEN 1
#endif
#else
#define COUNTING_STRLEN 1
#endif

static gsize strlen_bytes;
static gsize strstr_calls;

#if COUNTING_STRLEN

size_t
strlen (const char *text)
{
  const volatile char *p = text;
  size_t length = 0;

  while (p[length] != '\0')
    length++;

  strlen_bytes += length + 1;
  return length;
}

/* Counted too, to see which words of the index a query is looked for in. */
char *
strstr (const char *haystack,
        const char *needle)
{
  strstr_calls++;

  for (const char *h = haystack; ; h++)
    {
      gsize i = 0;

      while (needle[i] != '\0' && h[i] == needle[i])
        i++;
      if (needle[i] == '\0')
        return (char *) h;
      if (*h == '\0')
        return NULL;
    }
}
#endif

static const char *
id_at (RegimenLibrarySearch *search,
       guint                 position)
{
  g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (search), position);

  g_assert_nonnull (exercise);
  /* The library keeps the exercise alive. */
  return regimen_exercise_get_id (exercise);
}

/* The position of @id in the results, or -1. */
static int
find (RegimenLibrarySearch *search,
      const char           *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (search));

  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (id_at (search, i), id))
        return (int) i;
    }

  return -1;
}

static void
assert_ranks_ordered (RegimenLibrarySearch *search)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (search));

  for (guint i = 1; i < n; i++)
    g_assert_cmpint (regimen_library_search_get_rank (search, i - 1), <=,
                     regimen_library_search_get_rank (search, i));
}

/* A text pasted into the search with a great many spaces between its
 * words finds what the words find, and the spaces are evened out in one
 * pass: removing one space of each pair at a time looked at about n²/2
 * bytes, seconds of a frozen window for 400,000 spaces (adversarial pass
 * 11a). */
static void
test_pasted_spaces_linear (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  g_autoptr(RegimenLibrarySearch) plain = regimen_library_search_new (library);
  g_autoptr(GString) query = g_string_new ("back");
  guint n;

  if (!COUNTING_STRLEN)
    {
      g_test_skip ("strlen() cannot be counted under a sanitizer");
      return;
    }

  for (guint i = 0; i < 50000; i++)
    g_string_append_c (query, i % 3 == 0 ? '\t' : ' ');
  g_string_append (query, "squat");

  regimen_library_search_set_query (plain, "back squat");
  n = g_list_model_get_n_items (G_LIST_MODEL (plain));
  g_assert_cmpuint (n, >, 0);

  strlen_bytes = 0;
  regimen_library_search_set_query (search, query->str);
  g_test_message ("a query of %" G_GSIZE_FORMAT " bytes, strlen() looked at %" G_GSIZE_FORMAT,
                  query->len, strlen_bytes);
  g_assert_cmpuint (strlen_bytes, <=, 100 * query->len);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (id_at (search, i), ==, id_at (plain, i));
}

static void
test_fold (void)
{
  g_autofree char *ascii = regimen_search_fold ("Pistol SQUAT");
  g_autofree char *german = regimen_search_fold ("Gesäßmuskeln");
  g_autofree char *accent = regimen_search_fold ("Élan");

  g_assert_cmpstr (ascii, ==, "pistol squat");
  g_assert_cmpstr (german, ==, "gesassmuskeln");
  g_assert_cmpstr (accent, ==, "elan");
}

/* Pass 40a: a search typed in full-width letters (as a Japanese or
 * Chinese input method types Latin ones) or pasted with a character that
 * shows as nothing (a zero-width space, a soft hyphen, a Hangul filler)
 * found nothing, in the window and with `library list --search`. */
static void
test_fold_width_and_unseen (void)
{
  g_autofree char *wide = regimen_search_fold ("\uFF33\uFF51\uFF55\uFF41\uFF54");
  g_autofree char *unseen = regimen_search_fold ("Sq\u200Bua\u00ADt\uFEFF\u3164");
  g_autofree char *capitals = regimen_search_fold ("\u210C\u24B6 \u2160\u2161");
  g_autofree char *lines = regimen_search_fold ("Pistol\tSquat\u00E9\nX");
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  g_autoptr(RegimenLibrarySearch) plain = regimen_library_search_new (library);

  g_assert_cmpstr (wide, ==, "squat");
  g_assert_cmpstr (unseen, ==, "squat");
  g_assert_cmpstr (capitals, ==, "ha iii");
  g_assert_cmpstr (lines, ==, "pistol\tsquate\nx");

  regimen_library_search_set_query (plain, "pistol squat");
  regimen_library_search_set_query (search, "\uFF50\uFF49\uFF53\uFF54\uFF4F\uFF4C s\u200Bquat");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plain)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, g_list_model_get_n_items (G_LIST_MODEL (plain)));
  g_assert_cmpstr (id_at (search, 0), ==, id_at (plain, 0));
}

static void
test_empty_query_lists_all_by_name (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (search));

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (library)));
  g_assert_cmpstr (id_at (search, 0), ==, "a-skip");
  g_assert_cmpint (regimen_library_search_get_rank (search, 0), ==, REGIMEN_SEARCH_RANK_ALL);

  for (guint i = 1; i < n; i++)
    {
      g_autoptr(RegimenExercise) before = g_list_model_get_item (G_LIST_MODEL (search), i - 1);
      g_autoptr(RegimenExercise) after = g_list_model_get_item (G_LIST_MODEL (search), i);
      g_autofree char *a = regimen_search_fold (regimen_exercise_get_name (before));
      g_autofree char *b = regimen_search_fold (regimen_exercise_get_name (after));

      g_assert_cmpint (strcmp (a, b), <, 0);
    }

  /* Blank text is no search. */
  regimen_library_search_set_query (search, "   ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, n);
}

static void
test_exact_and_prefix_first (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);

  /* Four names contain “pistol squat”; the one that is it comes first,
   * then the alias “Pistol squat hold” of the isometric pistol. */
  regimen_library_search_set_query (search, "pistol squat");
  g_assert_cmpstr (id_at (search, 0), ==, "pistol-squat");
  g_assert_cmpint (regimen_library_search_get_rank (search, 0), ==, REGIMEN_SEARCH_RANK_EXACT);
  g_assert_cmpint (find (search, "eccentric-pistol-squat"), >, 0);
  g_assert_cmpint (find (search, "toe-grab-pistol-squat"), >, 0);
  g_assert_cmpint (find (search, "isometric-pistol"), >, find (search, "toe-grab-pistol-squat"));
  g_assert_cmpint (regimen_library_search_get_rank (search, find (search, "isometric-pistol")), ==,
                   REGIMEN_SEARCH_RANK_ALIAS_PREFIX);
  assert_ranks_ordered (search);

  /* Case and extra spaces do not matter. */
  regimen_library_search_set_query (search, "  Pistol   SQUAT ");
  g_assert_cmpstr (id_at (search, 0), ==, "pistol-squat");

  /* A name that starts with the text beats a word inside a name. */
  regimen_library_search_set_query (search, "pistol");
  g_assert_cmpstr (id_at (search, 0), ==, "pistol-squat");
  g_assert_cmpint (regimen_library_search_get_rank (search, 0), ==, REGIMEN_SEARCH_RANK_NAME_PREFIX);
  g_assert_cmpint (regimen_library_search_get_rank (search, find (search, "isometric-pistol")), ==,
                   REGIMEN_SEARCH_RANK_WORD_PREFIX);
  assert_ranks_ordered (search);

  regimen_library_search_set_query (search, "squat");
  assert_ranks_ordered (search);
  /* Within a rank, by name: Barbell Back Squat before Bodyweight Squat. */
  g_assert_cmpint (find (search, "barbell-back-squat"), <, find (search, "bodyweight-squat"));
  g_assert_cmpint (regimen_library_search_get_rank (search, find (search, "bodyweight-squat")), ==,
                   REGIMEN_SEARCH_RANK_WORD_PREFIX);
  /* “Squat” only in an alias: the squat jump. */
  g_assert_cmpint (find (search, "jump-squat"), <, find (search, "isometric-pistol"));
}

static void
test_words_any_order_and_other_fields (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  int position;

  regimen_library_search_set_query (search, "squat pistol");
  position = find (search, "pistol-squat");
  g_assert_cmpint (position, >=, 0);
  g_assert_cmpint (regimen_library_search_get_rank (search, position), ==, REGIMEN_SEARCH_RANK_WORDS);
  g_assert_cmpint (find (search, "goblet-squat"), ==, -1);

  /* Equipment and muscle groups by their display names, as before. */
  regimen_library_search_set_query (search, "kettlebell");
  g_assert_cmpint (find (search, "kettlebell-swing"), ==, 0);
  position = find (search, "goblet-squat");
  g_assert_cmpint (position, >, 0);
  g_assert_cmpint (regimen_library_search_get_rank (search, position), ==, REGIMEN_SEARCH_RANK_ALIAS_PREFIX);

  regimen_library_search_set_query (search, "hamstrings");
  position = find (search, "standing-leg-curl");
  g_assert_cmpint (position, >=, 0);
  g_assert_cmpint (regimen_library_search_get_rank (search, position), ==, REGIMEN_SEARCH_RANK_OTHER);

  regimen_library_search_set_query (search, "zzzz");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, 0);
}

/* A pasted word longer than any word of the library (less a letter) is
 * looked for in none of them: a keystroke's work does not grow with the
 * paste's length times the library's words. */
static void
test_long_word_looked_for_nowhere (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  g_autofree char *pasted = g_strnfill (100000, 'q');

  if (!COUNTING_STRLEN)
    {
      g_test_skip ("strstr() cannot be counted under a sanitizer");
      return;
    }

  /* The index is built on the first search. */
  regimen_library_search_set_query (search, "squat");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), >, 0);

  strstr_calls = 0;
  regimen_library_search_set_query (search, pasted);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, 0);
  g_assert_cmpuint (strstr_calls, ==, 0);
}

static void
test_one_typo (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  const char *typos[] = {
    "pistl",         /* a letter missing */
    "pistoll",       /* one too many */
    "pistok",        /* a wrong one */
    "pitsol",        /* two swapped */
    "pistl squat",   /* in one of two words */
  };

  for (guint i = 0; i < G_N_ELEMENTS (typos); i++)
    {
      int position;

      regimen_library_search_set_query (search, typos[i]);
      position = find (search, "pistol-squat");
      g_assert_cmpint (position, >=, 0);
      g_assert_cmpint (regimen_library_search_get_rank (search, position), ==, REGIMEN_SEARCH_RANK_TYPO);
      assert_ranks_ordered (search);
    }

  /* Two typos, a wrong first letter, or a word under four letters are
   * not guessed at. */
  regimen_library_search_set_query (search, "pstl");
  g_assert_cmpint (find (search, "pistol-squat"), ==, -1);
  regimen_library_search_set_query (search, "xistol");
  g_assert_cmpint (find (search, "pistol-squat"), ==, -1);
  regimen_library_search_set_query (search, "dipz");
  g_assert_cmpint (find (search, "deadlift"), ==, -1);
  regimen_library_search_set_query (search, "rum");
  g_assert_cmpint (find (search, "easy-run"), ==, -1);

  /* An exact match still comes before a typo one. */
  regimen_library_search_set_query (search, "plank");
  g_assert_cmpint (regimen_library_search_get_rank (search, 0), <, REGIMEN_SEARCH_RANK_TYPO);
}

/* For one word of letters, the index finds exactly what a look through
 * every exercise with regimen_exercise_matches_folded() finds, plus
 * typos (the queries are lower-case letters, folded as they are). */
static void
test_agrees_with_scan (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));
  guint queries = 0;

  for (guint e = 0; e < n; e++)
    {
      g_autoptr(RegimenExercise) source = g_list_model_get_item (G_LIST_MODEL (library), e);
      g_autofree char *name = regimen_search_fold (regimen_exercise_get_name (source));

      gsize name_length = strlen (name);

      for (guint start = 0; start < name_length; start += 3)
        {
          for (guint length = 1; length <= 4 && name[start + length - 1] != '\0'; length++)
            {
              g_autofree char *query = g_strndup (name + start, length);
              guint expected = 0;
              guint found = 0;

              if (strspn (query, "abcdefghijklmnopqrstuvwxyz") != length)
                continue;

              regimen_library_search_set_query (search, query);
              for (guint i = 0; i < n; i++)
                {
                  g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

                  expected += regimen_exercise_matches_folded (exercise, query);
                }
              for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (search)); i++)
                {
                  g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (search), i);

                  if (regimen_library_search_get_rank (search, i) != REGIMEN_SEARCH_RANK_TYPO)
                    {
                      g_assert_true (regimen_exercise_matches_folded (exercise, query));
                      found++;
                    }
                }
              g_assert_cmpuint (found, ==, expected);
              queries++;
            }
        }
    }

  g_assert_cmpuint (queries, >, 200);
}

/* German and accented names, in any case, beside the built-in library. */
static const char * const foreign_names[] = {
  "Kniebeuge mit Langhantel", "Gesäßbrücke einbeinig", "Liegestütz an der Wand",
  "Schulterdrücken im Sitzen", "Übersteiger", "Ausfallschritt rückwärts",
  "Crème-Brûlée Plank", "Élan Sprint", "Straße Lauf", "ÖLFASS TRAGEN",
  "Bauchpresse (Halbkniend)", "Hüftbeuger-Dehnung", "Façade Rudern", "Ångström Hold",
};

/* What search promises, by a plain look through every exercise: each
 * typed word (case, accents and umlauts folded) is inside the name, an
 * alias, the id, a muscle group's or a piece of equipment's name. */
static gboolean
scan_matches (RegimenExercise *exercise,
              const char      *query)
{
  g_autofree char *folded = regimen_search_fold (query);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  const char * const *lists[4];
  const char *p = folded;

  g_ptr_array_add (fields, regimen_search_fold (regimen_exercise_get_name (exercise)));
  g_ptr_array_add (fields, regimen_search_fold (regimen_exercise_get_id (exercise)));
  lists[0] = regimen_exercise_get_aliases (exercise);
  lists[1] = regimen_exercise_get_primary_muscles (exercise);
  lists[2] = regimen_exercise_get_secondary_muscles (exercise);
  lists[3] = regimen_exercise_get_equipment (exercise);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      {
        const char *text = l == 0 ? lists[l][i]
                         : l == 3 ? regimen_equipment_get_name (lists[l][i])
                         : regimen_muscle_get_name (lists[l][i]);

        g_ptr_array_add (fields, regimen_search_fold (text != NULL ? text : lists[l][i]));
      }

  while (*p != '\0')
    {
      const char *start;
      g_autofree char *word = NULL;
      gboolean found = FALSE;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      word = g_strndup (start, p - start);

      for (guint f = 0; f < fields->len && !found; f++)
        found = strstr (g_ptr_array_index (fields, f), word) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* A piece of @text a person might type: a few characters from a word,
 * in another case, or with its accents typed or left off. */
static char *
random_piece (GRand      *rand,
              const char *text)
{
  glong n_chars = g_utf8_strlen (text, -1);
  glong start = g_rand_int_range (rand, 0, n_chars);
  glong length = g_rand_int_range (rand, 1, MIN (7, n_chars - start) + 1);
  const char *from = g_utf8_offset_to_pointer (text, start);
  g_autofree char *piece = g_strndup (from, g_utf8_offset_to_pointer (from, length) - from);

  switch (g_rand_int_range (rand, 0, 3))
    {
    case 0:
      return g_utf8_strup (piece, -1);
    case 1:
      return regimen_search_fold (piece);
    default:
      return g_steal_pointer (&piece);
    }
}

/* Random queries of one to three pieces of the library's own text, German
 * and accented names among it: the index lists exactly what a plain look
 * through every exercise finds (matches by a typo come on top, ranked
 * last), each once, best ranks first. */
static void
test_agrees_with_scan_randomised (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = NULL;
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_test_message ("seed %u", seed);

  for (guint i = 0; i < G_N_ELEMENTS (foreign_names); i++)
    {
      g_autofree char *id = g_strdup_printf ("foreign-%u", i);
      g_autoptr(RegimenExercise) exercise = regimen_exercise_new_custom (id, foreign_names[i],
                                                                         REGIMEN_EXERCISE_CATEGORY_STRENGTH);
      const char *muscles[] = { i % 2 ? "glutes" : "hamstrings", NULL };

      regimen_exercise_set_primary_muscles (exercise, muscles);
      g_assert_true (regimen_library_add (library, exercise, NULL));
    }

  search = regimen_library_search_new (library);
  n = g_list_model_get_n_items (G_LIST_MODEL (library));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      const char * const *aliases = regimen_exercise_get_aliases (exercise);

      g_ptr_array_add (texts, g_strdup (regimen_exercise_get_name (exercise)));
      for (guint a = 0; aliases != NULL && aliases[a] != NULL; a++)
        g_ptr_array_add (texts, g_strdup (aliases[a]));
    }

  for (guint q = 0; q < 400; q++)
    {
      g_autoptr(GString) query = g_string_new (NULL);
      g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);
      guint n_pieces = g_rand_int_range (rand, 1, 4);
      guint expected = 0;
      guint found = 0;
      guint results;

      for (guint w = 0; w < n_pieces; w++)
        {
          g_autofree char *piece = random_piece (rand, g_ptr_array_index (texts, g_rand_int_range (rand, 0, texts->len)));

          if (w > 0)
            g_string_append_c (query, ' ');
          g_string_append (query, piece);
        }

      regimen_library_search_set_query (search, query->str);
      assert_ranks_ordered (search);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

          expected += scan_matches (exercise, query->str);
        }

      results = g_list_model_get_n_items (G_LIST_MODEL (search));
      for (guint i = 0; i < results; i++)
        {
          g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (search), i);

          g_assert_false (g_hash_table_contains (listed, exercise));
          g_hash_table_add (listed, exercise);
          if (regimen_library_search_get_rank (search, i) == REGIMEN_SEARCH_RANK_TYPO)
            continue;
          if (!scan_matches (exercise, query->str))
            g_error ("seed %u: “%s” lists %s, which the scan does not find",
                     seed, query->str, regimen_exercise_get_id (exercise));
          found++;
        }

      if (found != expected)
        g_error ("seed %u: “%s” lists %u exercises, the scan finds %u", seed, query->str, found, expected);
    }
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  (*calls)++;
}

/* Follows the list's items-changed in a copy of its items. */
static void
on_items_changed_mirror (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GPtrArray  *mirror)
{
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (mirror, position + i, item);
    }
}

static void
assert_mirror (RegimenLibrarySearch *search,
               GPtrArray            *mirror)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (search));

  g_assert_cmpuint (mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (search), i);

      g_assert_true (g_ptr_array_index (mirror, i) == item);
    }
}

/* A keystroke tells a list view only what changed, so it keeps the rows
 * of the exercises that stay: nothing when the results are the same. */
static void
test_items_changed_only_where_changed (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  g_autoptr(GPtrArray) mirror = g_ptr_array_new ();
  const char *typed[] = { "s", "sq", "squ", "squa", "squat", "SQUAT", "squat ", "squat g", "squat",
                          "plank", "", "burpee", "bur pee", NULL };
  guint calls = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (search)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (search), i);

      g_ptr_array_add (mirror, item);
    }
  g_signal_connect (search, "items-changed", G_CALLBACK (on_items_changed_mirror), mirror);
  g_signal_connect (search, "items-changed", G_CALLBACK (on_items_changed), &calls);

  for (guint t = 0; typed[t] != NULL; t++)
    {
      regimen_library_search_set_query (search, typed[t]);
      assert_mirror (search, mirror);
    }

  regimen_library_search_set_query (search, "squat");
  calls = 0;
  regimen_library_search_set_query (search, "SQUAT");
  regimen_library_search_set_query (search, " squat ");
  g_assert_cmpuint (calls, ==, 0);
}

static void
test_follows_library_changes (void)
{
  g_autoptr(RegimenLibrary) library = fixture_load_builtin ();
  g_autoptr(RegimenLibrarySearch) search = regimen_library_search_new (library);
  g_autoptr(RegimenExercise) custom = regimen_exercise_new_custom ("nordic-curl", "Nordic Curl",
                                                                   REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(GError) error = NULL;
  guint calls = 0;
  const char *hamstrings[] = { "hamstrings", NULL };
  int position;

  g_signal_connect (search, "items-changed", G_CALLBACK (on_items_changed), &calls);
  regimen_library_search_set_query (search, "nordic");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, 0);

  regimen_exercise_set_primary_muscles (custom, hamstrings);
  regimen_exercise_set_equipment (custom, NULL);
  g_assert_true (regimen_library_add (library, custom, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, 1);
  g_assert_cmpstr (id_at (search, 0), ==, "nordic-curl");

  /* Renaming a custom exercise is searched at once. */
  regimen_exercise_set_name (custom, "Nordic Hamstring Curl");
  regimen_library_search_set_query (search, "nordic ham");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, 1);
  g_assert_cmpint (regimen_library_search_get_rank (search, 0), ==, REGIMEN_SEARCH_RANK_NAME_PREFIX);

  /* Listed by name among the built-in ones. */
  regimen_library_search_set_query (search, NULL);
  position = find (search, "nordic-curl");
  g_assert_cmpstr (id_at (search, position - 1), ==, "narrow-stance-squat");

  g_assert_true (regimen_library_remove (library, "nordic-curl", &error));
  g_assert_no_error (error);
  g_assert_cmpint (find (search, "nordic-curl"), ==, -1);
}

static void
test_numbers_in_name_order (void)
{
  g_autoptr(RegimenLibrary) library = regimen_library_new ();
  g_autoptr(RegimenLibrarySearch) search = NULL;
  const char *ids[] = { "squat-10", "squat-2", "squat-1", "lauf", "zug" };
  const char *names[] = { "Squat 10", "Squat 2", "squat 1", "Ägyptischer Lauf", "Zug" };
  const char *expected[] = { "lauf", "squat-1", "squat-2", "squat-10", "zug" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(RegimenExercise) exercise = regimen_exercise_new_custom (ids[i], names[i],
                                                                         REGIMEN_EXERCISE_CATEGORY_STRENGTH);

      g_assert_true (regimen_library_add (library, exercise, NULL));
    }

  search = regimen_library_search_new (library);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (id_at (search, i), ==, expected[i]);

  /* Umlauts are found without them, and with them. */
  regimen_library_search_set_query (search, "agypt");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, 1);
  regimen_library_search_set_query (search, "ÄGYPT");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (search)), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library-search/fold", test_fold);
  g_test_add_func ("/library-search/fold-width-and-unseen", test_fold_width_and_unseen);
  g_test_add_func ("/library-search/pasted-spaces-linear", test_pasted_spaces_linear);
  g_test_add_func ("/library-search/empty-query-lists-all-by-name", test_empty_query_lists_all_by_name);
  g_test_add_func ("/library-search/exact-and-prefix-first", test_exact_and_prefix_first);
  g_test_add_func ("/library-search/words-any-order-and-other-fields", test_words_any_order_and_other_fields);
  g_test_add_func ("/library-search/long-word-looked-for-nowhere", test_long_word_looked_for_nowhere);
  g_test_add_func ("/library-search/one-typo", test_one_typo);
  g_test_add_func ("/library-search/agrees-with-scan", test_agrees_with_scan);
  g_test_add_func ("/library-search/agrees-with-scan-randomised", test_agrees_with_scan_randomised);
  g_test_add_func ("/library-search/follows-library-changes", test_follows_library_changes);
  g_test_add_func ("/library-search/items-changed-only-where-changed", test_items_changed_only_where_changed);
  g_test_add_func ("/library-search/numbers-in-name-order", test_numbers_in_name_order);

  return g_test_run ();
}
