/* regimen-library-search.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-library-search"

#include "config.h"

#include <string.h>

#include "regimen-library-search.h"
#include "regimen-muscle.h"
#include "regimen-plan-view.h"

/* Each typed word is one bit of a mask, so a search looks at this many. */
#define MAX_QUERY_WORDS 16
/* Shorter words are too short to guess a typo in. */
#define TYPO_MIN_CHARS 4

enum {
  FIELD_NAME,
  FIELD_ALIAS,
  FIELD_OTHER,
};

/* Bits of a posting under the library position. */
#define POSTING_SHIFT 4
#define POSTING_FIELD(posting) (((posting) >> 2) & 3)
#define POSTING_FIRST 2u  /* the first word of its name or alias */
#define POSTING_SOLE  1u  /* the only word of its name or alias */

/* One distinct word of the library, and where it occurs: each posting is
 * a library position shifted left by POSTING_SHIFT, with the FIELD_ and
 * the POSTING_ flags below it. */
typedef struct
{
  char     *text;
  gunichar *chars;
  glong     n_chars;
  GArray   *postings;
} Word;

typedef struct
{
  char *name;    /* folded */
  char *aliases; /* folded, each followed by '\n' */
} Entry;

typedef struct
{
  guint32 stamp;
  guint32 exact_mask;
  guint32 name_mask;   /* words found in the name or an alias */
  guint32 typo_mask;
  guint8  best_rank;   /* of a one-word search */
} Scratch;

struct _RegimenLibrarySearch
{
  GObject         parent_instance;

  RegimenLibrary *library;
  char           *query;

  /* The index, built once per change of the library. */
  gboolean        indexed;
  guint           n_entries;
  Entry          *entries;
  guint          *by_name;     /* library positions in name order */
  GPtrArray      *words;       /* of Word */
  GPtrArray      *watched;     /* custom exercises, which may be edited */

  /* Scratch of one search, per place in name order (where postings
   * point, so the passes over it run in memory order); stamp tells whether
   * the masks belong to the current search. */
  Scratch        *scratch;
  guint32         generation;

  /* The result: library positions and their ranks. */
  GArray         *results;
  GArray         *ranks;
  GArray         *spare_results;
  GArray         *spare_ranks;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RegimenLibrarySearch, regimen_library_search, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80)
        return FALSE;
    }

  return TRUE;
}

/**
 * regimen_search_fold:
 * @text: UTF-8 text
 *
 * Folds @text the way search compares it: case-folded, with accents and
 * umlauts taken off, so “Gesäß” and “gesass” meet; in compatibility
 * form (NFKD), so letters typed full-width (“ｓｑｕａｔ”, by a Japanese or
 * Chinese input method) meet their own; and without what shows as
 * nothing (a zero-width space, a soft hyphen, a Hangul filler), which a
 * search pasted from a web page carries unseen and found nothing with.
 *
 * Returns: (transfer full): the folded text
 */
char *
regimen_search_fold (const char *text)
{
  g_autofree char *compatible = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  /* Most names are plain ASCII; the Unicode path is ten times slower. */
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  /* Compatibility forms first, so that those whose letters are capitals
   * (“ℌ”, “Ⓐ”, full-width “Ｓ”) are case-folded too. */
  compatible = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (compatible != NULL ? compatible : text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_steal_pointer (&folded);

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Line breaks and tabs part words, as spaces do. */
      if (g_unichar_ismark (c) || (regimen_text_is_unseen (c) && !regimen_text_breaks_a_line (c)))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_word_char (const char *p)
{
  if ((guchar) *p < 0x80)
    return g_ascii_isalnum (*p);

  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* Calls @func for every word of folded @text, with the word in @buffer. */
static void
foreach_word (const char  *text,
              GString     *buffer,
              void       (*func) (const char *word, gpointer data),
              gpointer     data)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !is_word_char (p))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && is_word_char (p))
        p = g_utf8_next_char (p);

      g_string_truncate (buffer, 0);
      g_string_append_len (buffer, start, p - start);
      func (buffer->str, data);
    }
}

static void
word_free (gpointer data)
{
  Word *word = data;

  g_free (word->text);
  g_free (word->chars);
  g_array_unref (word->postings);
  g_free (word);
}

typedef struct
{
  RegimenLibrarySearch *self;
  GHashTable           *by_text;
  guint32               posting;
  guint                 n_words;
  guint                 word;
} IndexBuild;

static void
count_word (const char *text,
            gpointer    data)
{
  IndexBuild *build = data;

  build->n_words++;
}

static void
index_word (const char *text,
            gpointer    data)
{
  IndexBuild *build = data;
  Word *word = g_hash_table_lookup (build->by_text, text);
  guint32 posting = build->posting;

  if (build->word++ == 0)
    posting |= build->n_words == 1 ? POSTING_FIRST | POSTING_SOLE : POSTING_FIRST;

  if (word == NULL)
    {
      word = g_new0 (Word, 1);
      word->text = g_strdup (text);
      word->chars = g_utf8_to_ucs4_fast (text, -1, &word->n_chars);
      word->postings = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_ptr_array_add (build->self->words, word);
      g_hash_table_insert (build->by_text, word->text, word);
    }

  if (word->postings->len == 0
      || g_array_index (word->postings, guint32, word->postings->len - 1) != posting)
    g_array_append_val (word->postings, posting);
}

static void
index_text (IndexBuild *build,
            GString    *buffer,
            const char *folded,
            guint       slot,
            guint       field)
{
  build->posting = slot << POSTING_SHIFT | field << 2;
  build->n_words = 0;
  build->word = 0;
  if (field != FIELD_OTHER)
    foreach_word (folded, buffer, count_word, build);
  foreach_word (folded, buffer, index_word, build);
}

/* Muscle and equipment names repeat across exercises: translated and
 * folded once per id. */
static const char *
fold_cached (GHashTable   *cache,
             const char   *id,
             const char *(*get_name) (const char *id))
{
  char *folded = g_hash_table_lookup (cache, id);

  if (folded == NULL)
    {
      const char *display_name = get_name (id);

      folded = regimen_search_fold (display_name != NULL ? display_name : id);
      g_hash_table_insert (cache, (gpointer) id, folded);
    }

  return folded;
}

/* Names in the order a person reads a list: letters as folded, and runs
 * of digits by their value, so “Squat 2” comes before “Squat 10”. */
static int
compare_names (const char *a,
               const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          const char *a_end = a;
          const char *b_end = b;
          int cmp;

          while (*a == '0' && g_ascii_isdigit (a[1]))
            a++;
          while (*b == '0' && g_ascii_isdigit (b[1]))
            b++;
          a_end = a;
          b_end = b;
          while (g_ascii_isdigit (*a_end))
            a_end++;
          while (g_ascii_isdigit (*b_end))
            b_end++;

          if (a_end - a != b_end - b)
            return (a_end - a) < (b_end - b) ? -1 : 1;
          cmp = strncmp (a, b, a_end - a);
          if (cmp != 0)
            return cmp;
          a = a_end;
          b = b_end;
          continue;
        }

      if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      a++;
      b++;
    }

  return (guchar) *a - (guchar) *b;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  RegimenLibrarySearch *self = user_data;
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;
  int cmp = compare_names (self->entries[x].name, self->entries[y].name);

  if (cmp != 0)
    return cmp;

  return (x > y) - (x < y);
}

static void on_exercise_notify (RegimenLibrarySearch *self,
                                GParamSpec           *pspec,
                                RegimenExercise      *exercise);

static void
regimen_library_search_clear_index (RegimenLibrarySearch *self)
{
  if (self->watched != NULL)
    {
      for (guint i = 0; i < self->watched->len; i++)
        g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), on_exercise_notify, self);
      g_clear_pointer (&self->watched, g_ptr_array_unref);
    }

  for (guint i = 0; i < self->n_entries; i++)
    {
      g_free (self->entries[i].name);
      g_free (self->entries[i].aliases);
    }
  g_clear_pointer (&self->entries, g_free);
  g_clear_pointer (&self->by_name, g_free);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->scratch, g_free);
  self->n_entries = 0;
  self->indexed = FALSE;
}

static void
regimen_library_search_build_index (RegimenLibrarySearch *self)
{
  g_autoptr(GHashTable) by_text = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) folded_muscles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) folded_equipment = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GString) buffer = g_string_new (NULL);
  g_autoptr(GString) aliases = g_string_new (NULL);
  IndexBuild build = { self, by_text, 0 };
  GListModel *model = G_LIST_MODEL (self->library);
  guint n = g_list_model_get_n_items (model);

  regimen_library_search_clear_index (self);

  self->n_entries = n;
  self->entries = g_new0 (Entry, n);
  self->by_name = g_new (guint, n);
  self->words = g_ptr_array_new_with_free_func (word_free);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->scratch = g_new0 (Scratch, n);
  self->generation = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (model, i);

      self->entries[i].name = regimen_search_fold (regimen_exercise_get_name (exercise));
      self->by_name[i] = i;
    }
  g_qsort_with_data (self->by_name, n, sizeof (guint), compare_positions, self);

  for (guint slot = 0; slot < n; slot++)
    {
      guint i = self->by_name[slot];
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (model, i);
      const char * const *strings;
      g_autofree char *id = regimen_search_fold (regimen_exercise_get_id (exercise));

      index_text (&build, buffer, self->entries[i].name, slot, FIELD_NAME);

      g_string_truncate (aliases, 0);
      strings = regimen_exercise_get_aliases (exercise);
      for (guint a = 0; strings != NULL && strings[a] != NULL; a++)
        {
          g_autofree char *alias = regimen_search_fold (strings[a]);

          index_text (&build, buffer, alias, slot, FIELD_ALIAS);
          g_string_append (aliases, alias);
          g_string_append_c (aliases, '\n');
        }
      self->entries[i].aliases = g_strdup (aliases->str);

      index_text (&build, buffer, id, slot, FIELD_OTHER);
      for (guint list = 0; list < 3; list++)
        {
          const char *(*get_name) (const char *) = list < 2 ? regimen_muscle_get_name : regimen_equipment_get_name;
          GHashTable *cache = list < 2 ? folded_muscles : folded_equipment;

          strings = list == 0 ? regimen_exercise_get_primary_muscles (exercise)
                  : list == 1 ? regimen_exercise_get_secondary_muscles (exercise)
                  : regimen_exercise_get_equipment (exercise);
          for (guint k = 0; strings != NULL && strings[k] != NULL; k++)
            index_text (&build, buffer, fold_cached (cache, strings[k], get_name), slot, FIELD_OTHER);
        }

      /* Only custom exercises change after loading. */
      if (regimen_exercise_get_custom (exercise))
        {
          g_signal_connect_object (exercise, "notify", G_CALLBACK (on_exercise_notify), self,
                                   G_CONNECT_SWAPPED);
          g_ptr_array_add (self->watched, g_object_ref (exercise));
        }
    }

  self->indexed = TRUE;
}

static gboolean
chars_prefix (const gunichar *prefix,
              glong           n_prefix,
              const gunichar *chars,
              glong           n_chars)
{
  if (n_prefix > n_chars)
    return FALSE;

  for (glong i = 0; i < n_prefix; i++)
    {
      if (prefix[i] != chars[i])
        return FALSE;
    }

  return TRUE;
}

/* Whether @typed is one typo away from @word or from the start of it: a
 * letter wrong, missing, extra, or two letters swapped. The first letter
 * must be right, which keeps “dips” from finding “hips”. */
static gboolean
one_typo_from_prefix (const gunichar *typed,
                      glong           n_typed,
                      const gunichar *word,
                      glong           n_word)
{
  glong i = 0;

  if (n_typed == 0 || n_word == 0 || typed[0] != word[0])
    return FALSE;

  while (i < n_typed && i < n_word && typed[i] == word[i])
    i++;

  if (i == n_typed)
    return TRUE;
  if (i == n_word)
    return n_typed - i == 1;

  return chars_prefix (typed + i + 1, n_typed - i - 1, word + i + 1, n_word - i - 1)  /* wrong */
      || chars_prefix (typed + i + 1, n_typed - i - 1, word + i, n_word - i)          /* extra */
      || chars_prefix (typed + i, n_typed - i, word + i + 1, n_word - i - 1)          /* missing */
      || (i + 1 < n_typed && i + 1 < n_word                                         /* swapped */
          && typed[i] == word[i + 1] && typed[i + 1] == word[i]
          && chars_prefix (typed + i + 2, n_typed - i - 2, word + i + 2, n_word - i - 2));
}

/* Whether @needle occurs in @haystack at the start of a word. */
static gboolean
has_word_starting (const char *haystack,
                   const char *needle)
{
  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    {
      if (p == haystack || !is_word_char (g_utf8_prev_char (p)))
        return TRUE;
    }

  return FALSE;
}

/* Whether one of the '\n'-ended @aliases starts with @needle. */
static gboolean
has_line_starting (const char *aliases,
                   const char *needle)
{
  for (const char *p = strstr (aliases, needle); p != NULL; p = strstr (p + 1, needle))
    {
      if (p == aliases || p[-1] == '\n')
        return TRUE;
    }

  return FALSE;
}

static RegimenSearchRank
rank_entry (const Entry *entry,
            const char  *query,
            gboolean     words_in_names)
{
  const char *found = strstr (entry->name, query);

  if (found == entry->name)
    return entry->name[strlen (query)] == '\0' ? REGIMEN_SEARCH_RANK_EXACT : REGIMEN_SEARCH_RANK_NAME_PREFIX;
  if (found != NULL)
    return has_word_starting (entry->name, query) ? REGIMEN_SEARCH_RANK_WORD_PREFIX : REGIMEN_SEARCH_RANK_NAME;

  if (*entry->aliases != '\0' && strstr (entry->aliases, query) != NULL)
    return has_line_starting (entry->aliases, query) ? REGIMEN_SEARCH_RANK_ALIAS_PREFIX : REGIMEN_SEARCH_RANK_ALIAS;

  return words_in_names ? REGIMEN_SEARCH_RANK_WORDS : REGIMEN_SEARCH_RANK_OTHER;
}

/* How a typed word relates to a word of the library. */
typedef enum
{
  WORD_INSIDE,
  WORD_PREFIX,
  WORD_EQUAL,
  WORD_TYPO,
} WordMatch;

/* The rank one word gives, from where the word stands: a one-word search
 * is ranked from the index alone, without reading any name. */
static guint8
rank_posting (guint32   posting,
              WordMatch match)
{
  switch (POSTING_FIELD (posting))
    {
    case FIELD_NAME:
      if (match == WORD_EQUAL && (posting & POSTING_SOLE) != 0)
        return REGIMEN_SEARCH_RANK_EXACT;
      if (match != WORD_INSIDE && (posting & POSTING_FIRST) != 0)
        return REGIMEN_SEARCH_RANK_NAME_PREFIX;
      return match != WORD_INSIDE ? REGIMEN_SEARCH_RANK_WORD_PREFIX : REGIMEN_SEARCH_RANK_NAME;

    case FIELD_ALIAS:
      if (match != WORD_INSIDE && (posting & POSTING_FIRST) != 0)
        return REGIMEN_SEARCH_RANK_ALIAS_PREFIX;
      return REGIMEN_SEARCH_RANK_ALIAS;

    default:
      return REGIMEN_SEARCH_RANK_OTHER;
    }
}

static inline void
mark (RegimenLibrarySearch *self,
      guint32               posting,
      guint32               bit,
      WordMatch             match)
{
  Scratch *scratch = &self->scratch[posting >> POSTING_SHIFT];

  if (scratch->stamp != self->generation)
    {
      scratch->stamp = self->generation;
      scratch->exact_mask = 0;
      scratch->name_mask = 0;
      scratch->typo_mask = 0;
      scratch->best_rank = REGIMEN_SEARCH_RANK_TYPO;
    }

  if (match == WORD_TYPO)
    scratch->typo_mask |= bit;
  else
    {
      guint8 rank = rank_posting (posting, match);

      scratch->exact_mask |= bit;
      if (POSTING_FIELD (posting) != FIELD_OTHER)
        scratch->name_mask |= bit;
      if (rank < scratch->best_rank)
        scratch->best_rank = rank;
    }
}

typedef struct
{
  GPtrArray *words;
} QueryWords;

static void
collect_query_word (const char *word,
                    gpointer    data)
{
  QueryWords *query = data;

  if (query->words->len < MAX_QUERY_WORDS)
    g_ptr_array_add (query->words, g_strdup (word));
}

/* Turns each run of spaces, tabs and line breaks in @text into one space,
 * in place and in one pass: a text pasted into the search may hold
 * hundreds of thousands of them (removing one space of a pair at a time
 * took seconds). */
static void
even_out_spaces (char *text)
{
  char *out = text;
  gboolean after_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';

      if (space && after_space)
        continue;
      *out++ = space ? ' ' : *p;
      after_space = space;
    }
  *out = '\0';
}

/* Runs the query against the index into @results and @ranks. */
static void
regimen_library_search_run (RegimenLibrarySearch *self,
                            GArray               *results,
                            GArray               *ranks)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) buffer = g_string_new (NULL);
  g_autofree char *folded = NULL;
  guint counts[REGIMEN_SEARCH_RANK_TYPO + 1] = { 0 };
  guint offsets[REGIMEN_SEARCH_RANK_TYPO + 1];
  QueryWords query = { words };
  guint total = 0;
  guint32 full;

  if (!self->indexed)
    regimen_library_search_build_index (self);

  if (self->query != NULL)
    {
      folded = regimen_search_fold (self->query);
      g_strstrip (folded);
      foreach_word (folded, buffer, collect_query_word, &query);
    }

  if (words->len == 0)
    {
      g_array_append_vals (results, self->by_name, self->n_entries);
      g_array_set_size (ranks, self->n_entries);
      memset (ranks->data, REGIMEN_SEARCH_RANK_ALL, self->n_entries);
      return;
    }

  /* A new generation makes every mask stale at once; after four billion
   * searches the stamps start over. */
  if (++self->generation == 0)
    {
      for (guint i = 0; i < self->n_entries; i++)
        self->scratch[i].stamp = 0;
      self->generation = 1;
    }

  for (guint w = 0; w < words->len; w++)
    {
      const char *typed = g_ptr_array_index (words, w);
      guint32 bit = 1u << w;
      gsize typed_length = strlen (typed);
      glong n_typed_chars = g_utf8_strlen (typed, -1);
      g_autofree gunichar *typed_chars = n_typed_chars >= TYPO_MIN_CHARS
                                         ? g_utf8_to_ucs4_fast (typed, -1, NULL) : NULL;

      for (guint v = 0; v < self->words->len; v++)
        {
          Word *word = g_ptr_array_index (self->words, v);
          const char *found;
          WordMatch match;

          /* A word shorter than the typed one less a letter neither holds
           * it nor is one typo from it: a long paste costs what it types,
           * not its length for every word of the library. */
          if (word->n_chars + 1 < n_typed_chars)
            continue;

          found = strstr (word->text, typed);
          if (found == word->text)
            match = word->text[typed_length] == '\0' ? WORD_EQUAL : WORD_PREFIX;
          else if (found != NULL)
            match = WORD_INSIDE;
          else if (typed_chars != NULL
                   && one_typo_from_prefix (typed_chars, n_typed_chars, word->chars, word->n_chars))
            match = WORD_TYPO;
          else
            continue;

          for (guint p = 0; p < word->postings->len; p++)
            mark (self, g_array_index (word->postings, guint32, p), bit, match);
        }
    }

  /* The whole typed text, spaces evened out, is what names are ranked by. */
  even_out_spaces (folded);

  full = (1u << words->len) - 1;

  /* Counted by rank first, then placed: within a rank, in name order. */
  for (guint slot = 0; slot < self->n_entries; slot++)
    {
      Scratch *scratch = &self->scratch[slot];
      guint8 rank;

      if (scratch->stamp != self->generation || (scratch->exact_mask | scratch->typo_mask) != full)
        continue;

      if (scratch->exact_mask != full)
        rank = REGIMEN_SEARCH_RANK_TYPO;
      else if (words->len == 1)
        rank = scratch->best_rank;
      else
        rank = rank_entry (&self->entries[self->by_name[slot]], folded, scratch->name_mask == full);

      scratch->best_rank = rank;
      counts[rank]++;
    }

  for (guint r = 0; r < G_N_ELEMENTS (counts); r++)
    {
      offsets[r] = total;
      total += counts[r];
    }

  g_array_set_size (results, total);
  g_array_set_size (ranks, total);

  for (guint slot = 0; slot < self->n_entries; slot++)
    {
      Scratch *scratch = &self->scratch[slot];
      guint8 rank;

      if (scratch->stamp != self->generation || (scratch->exact_mask | scratch->typo_mask) != full)
        continue;

      rank = scratch->best_rank;
      g_array_index (results, guint, offsets[rank]) = self->by_name[slot];
      g_array_index (ranks, guint8, offsets[rank]) = rank;
      offsets[rank]++;
    }
}

/* How many positions @a and @b share at their start, and then at their
 * end (not counting those of the start again). */
static void
common_ends (GArray *a,
             GArray *b,
             guint  *prefix,
             guint  *suffix)
{
  guint shorter = MIN (a->len, b->len);
  guint p = 0;
  guint s = 0;

  while (p < shorter && g_array_index (a, guint, p) == g_array_index (b, guint, p))
    p++;
  while (s < shorter - p
         && g_array_index (a, guint, a->len - 1 - s) == g_array_index (b, guint, b->len - 1 - s))
    s++;

  *prefix = p;
  *suffix = s;
}

/* Lists the results again; @library_changed when the library's positions
 * may stand for other exercises now. */
static void
regimen_library_search_refresh (RegimenLibrarySearch *self,
                                gboolean              library_changed)
{
  GArray *results = self->spare_results;
  GArray *ranks = self->spare_ranks;
  guint removed = self->results->len;
  guint prefix, suffix;

  /* Two sets of arrays take turns, so a keystroke allocates nothing. */
  g_array_set_size (results, 0);
  g_array_set_size (ranks, 0);
  if (self->library != NULL)
    regimen_library_search_run (self, results, ranks);

  self->spare_results = self->results;
  self->spare_ranks = self->ranks;
  self->results = results;
  self->ranks = ranks;

  /* Only the part that changed, so a list view keeps the rows of the
   * exercises that stay where they were (typing one more letter mostly
   * takes some away). */
  if (library_changed)
    prefix = suffix = 0;
  else
    common_ends (self->spare_results, self->results, &prefix, &suffix);

  if (removed != self->results->len || prefix < removed)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                removed - prefix - suffix,
                                self->results->len - prefix - suffix);
}

static void
on_library_items_changed (RegimenLibrarySearch *self,
                          guint                 position,
                          guint                 removed,
                          guint                 added,
                          GListModel           *library)
{
  regimen_library_search_clear_index (self);
  regimen_library_search_refresh (self, TRUE);
}

static void
on_exercise_notify (RegimenLibrarySearch *self,
                    GParamSpec           *pspec,
                    RegimenExercise      *exercise)
{
  /* The pose and the picture are not searched. */
  if (g_str_equal (pspec->name, "poses") || g_str_equal (pspec->name, "picture"))
    return;

  /* A custom library is small, so rebuilding on each property an editor
   * sets is cheap. */
  regimen_library_search_clear_index (self);
  regimen_library_search_refresh (self, TRUE);
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  RegimenLibrarySearch *self = REGIMEN_LIBRARY_SEARCH (model);

  if (position >= self->results->len)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->library), g_array_index (self->results, guint, position));
}

static guint
list_model_get_n_items (GListModel *model)
{
  return REGIMEN_LIBRARY_SEARCH (model)->results->len;
}

static GType
list_model_get_item_type (GListModel *model)
{
  return REGIMEN_TYPE_EXERCISE;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item = list_model_get_item;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item_type = list_model_get_item_type;
}

static void
regimen_library_search_dispose (GObject *object)
{
  RegimenLibrarySearch *self = REGIMEN_LIBRARY_SEARCH (object);

  regimen_library_search_clear_index (self);
  if (self->library != NULL)
    g_signal_handlers_disconnect_by_func (self->library, on_library_items_changed, self);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (regimen_library_search_parent_class)->dispose (object);
}

static void
regimen_library_search_finalize (GObject *object)
{
  RegimenLibrarySearch *self = REGIMEN_LIBRARY_SEARCH (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->results, g_array_unref);
  g_clear_pointer (&self->ranks, g_array_unref);
  g_clear_pointer (&self->spare_results, g_array_unref);
  g_clear_pointer (&self->spare_ranks, g_array_unref);

  G_OBJECT_CLASS (regimen_library_search_parent_class)->finalize (object);
}

static void
regimen_library_search_class_init (RegimenLibrarySearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = regimen_library_search_dispose;
  object_class->finalize = regimen_library_search_finalize;
}

static void
regimen_library_search_init (RegimenLibrarySearch *self)
{
  self->results = g_array_new (FALSE, FALSE, sizeof (guint));
  self->ranks = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->spare_results = g_array_new (FALSE, FALSE, sizeof (guint));
  self->spare_ranks = g_array_new (FALSE, FALSE, sizeof (guint8));
}

/**
 * regimen_library_search_new:
 * @library: the exercises to search
 *
 * The index is built on the first search and again after each change of
 * @library (or of one of its custom exercises), so a keystroke costs a
 * look through the library's distinct words, not through every exercise.
 *
 * Returns: (transfer full): a list of every exercise of @library, by name,
 *   until a query is set
 */
RegimenLibrarySearch *
regimen_library_search_new (RegimenLibrary *library)
{
  RegimenLibrarySearch *self;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY (library), NULL);

  self = g_object_new (REGIMEN_TYPE_LIBRARY_SEARCH, NULL);
  self->library = g_object_ref (library);
  g_signal_connect_object (library, "items-changed", G_CALLBACK (on_library_items_changed), self,
                           G_CONNECT_SWAPPED);
  regimen_library_search_refresh (self, FALSE);

  return self;
}

RegimenLibrary *
regimen_library_search_get_library (RegimenLibrarySearch *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_SEARCH (self), NULL);

  return self->library;
}

const char *
regimen_library_search_get_query (RegimenLibrarySearch *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_SEARCH (self), NULL);

  return self->query != NULL ? self->query : "";
}

/**
 * regimen_library_search_set_query:
 * @self: a #RegimenLibrarySearch
 * @query: (nullable): what a person typed
 *
 * Lists the exercises whose name, aliases, id, muscle groups or equipment
 * contain every typed word (in any case, accents ignored), or contain it
 * but for one typo in a word of four letters or more. The best matches
 * come first, as #RegimenSearchRank orders them, then by name.
 */
void
regimen_library_search_set_query (RegimenLibrarySearch *self,
                                  const char           *query)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_SEARCH (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  regimen_library_search_refresh (self, FALSE);
}

/**
 * regimen_library_search_get_rank:
 * @self: a #RegimenLibrarySearch
 * @position: a position in the list
 *
 * Returns: how well the exercise at @position matches the query
 */
RegimenSearchRank
regimen_library_search_get_rank (RegimenLibrarySearch *self,
                                 guint                 position)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_SEARCH (self), REGIMEN_SEARCH_RANK_ALL);
  g_return_val_if_fail (position < self->ranks->len, REGIMEN_SEARCH_RANK_ALL);

  return g_array_index (self->ranks, guint8, position);
}
