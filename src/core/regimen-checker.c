/* regimen-checker.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-checker"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "regimen-checker.h"
#include "regimen-json-read.h"
#include "regimen-plan-blocks.h"
#include "regimen-done.h"
#include "regimen-metrics.h"
#include "regimen-muscle.h"
#include "regimen-plan-private.h"
#include "regimen-plan-view.h"
#include "regimen-prescription-text.h"
#include "regimen-string-private.h"

/* The translations of a check, by msgid (check_gettext()), and the last
 * looked up in each slot of a small table by the msgid's address: the
 * messages of the findings that follow one another are few. */
typedef struct
{
  GHashTable *by_msgid;
  const char *recent_msgids[64];
  const char *recent[64];
} Translations;

/* The Translations of the check running on this thread. A thread-local
 * variable, not a GPrivate: g_private_get() is a call into libpthread,
 * and check_gettext() runs for every finding, twenty thousand times in a
 * 520-week plan. */
static _Thread_local Translations *check_translations;

static const char *check_gettext (const char *msgid) G_GNUC_FORMAT (1);

/* The translation of @msgid, looked up once a check: gettext's look-up
 * cost more than the formatting of the message it served, and a
 * 520-week plan has ten thousand findings. Outside a check, gettext's. */
static const char *
check_gettext (const char *msgid)
{
  Translations *translations = check_translations;
  guint slot = (GPOINTER_TO_SIZE (msgid) >> 3) % G_N_ELEMENTS (translations->recent);
  const char *translation;

  if (translations == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);

  if (translations->recent_msgids[slot] == msgid)
    return translations->recent[slot];

  translation = g_hash_table_lookup (translations->by_msgid, msgid);
  if (translation == NULL)
    {
      translation = g_dgettext (GETTEXT_PACKAGE, msgid);
      g_hash_table_insert (translations->by_msgid, (gpointer) msgid, (gpointer) translation);
    }
  translations->recent_msgids[slot] = msgid;
  translations->recent[slot] = translation;

  return translation;
}

#undef _
#define _(String) ((char *) check_gettext (String))

/* Muscle groups of a day are kept as bits, so comparing two days is one AND. */
#define MAX_MUSCLE_BITS 64

/* A week's hard sets by muscle group: those of the first MAX_MUSCLE_BITS
 * groups of regimen_muscle_list_ids() by their place in it, copied from
 * the check's counts at the week's end, and the rest (none while the list
 * is shorter) by interned id, in a table made only for them. It was one
 * table for every muscle, and filling, reading and freeing 520 of them
 * were 2.9 M instructions of a 520-week check. Reference counted
 * atomically, as the table was: a week's statistics kept by the check's
 * cache share it with the result. */
struct _RegimenMuscleSets
{
  guint       by_bit[MAX_MUSCLE_BITS];
  /* Interned muscle id → hard sets (GUINT_TO_POINTER); NULL while none. */
  GHashTable *others;
};

static void
muscle_sets_clear (gpointer data)
{
  RegimenMuscleSets *sets = data;

  g_clear_pointer (&sets->others, g_hash_table_unref);
}

static void
muscle_sets_unref (RegimenMuscleSets *sets)
{
  g_atomic_rc_box_release_full (sets, muscle_sets_clear);
}

/* The sets of @muscle, interned, beyond the bits. */
static guint
muscle_sets_get_other (const RegimenMuscleSets *sets,
                       const char              *muscle)
{
  return sets->others != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (sets->others, muscle)) : 0;
}

/* Efforts in a conditioning item longer than this are steady work, not
 * repeated hard efforts (our choice). */
#define REPEATED_EFFORT_MAX_SECONDS 120

/* A week counts toward DELOAD with at least this many hard days (our
 * choice). */
#define DELOAD_MIN_HARD_DAYS 2

/* Muscle groups whose heavy work blunts sprints and games the next day. */
static const char * const lower_body_muscles[] = {
  "quadriceps", "glutes", "hamstrings", "adductors", "calves", NULL
};

/* How a finding keeps one argument of its text, to format it when the
 * text is read (append_kept()). */
typedef enum
{
  /* A string, its bytes in the finding's block. */
  KEPT_TEXT,
  /* A text of its own, formatted in its place: an item or a target as
   * the finding names it (Described). */
  KEPT_NESTED,
  KEPT_INT,
  KEPT_LONG,
  KEPT_LONG_LONG,
  KEPT_SSIZE,
  KEPT_UINT,
  KEPT_ULONG,
  KEPT_ULONG_LONG,
  KEPT_SIZE,
  KEPT_DOUBLE,
} KeptKind;

/* Cleared to its last byte before it is filled (keep_arg()), so that
 * same_finding() compares two lists of them with memcmp(). */
typedef struct
{
  KeptKind kind;
  /* KEPT_NESTED: the index of its first argument, from the first of the
   * text it is in. */
  guint    first;
  union
  {
    /* KEPT_TEXT: where its bytes begin, after the arguments. */
    gsize       offset;
    gint64      signed_value;
    guint64     unsigned_value;
    double      double_value;
    /* KEPT_NESTED: its format. */
    const char *format;
  } value;
} KeptArg;

/* The findings and places of a check without a cache, in blocks of
 * memory freed together with its result (finding_arena_free()) instead
 * of a malloc() and a free() each: ten thousand findings of a 520-week
 * plan cost more to allocate and free one by one than to find. Only
 * such a check's result holds them: its weeks' lists are freed before
 * the check returns, and nothing else keeps a finding. A check with a
 * cache allocates each on its own, since its findings are kept from one
 * check to the next, each for as long as the week keeps finding it, and
 * one finding carried over would keep its whole block alive. */
typedef struct _ArenaBlock ArenaBlock;

struct _ArenaBlock
{
  ArenaBlock *next;
  gsize       size;
  gsize       used;
  /* Aligned as a Finding, whose KeptArg holds doubles and pointers. */
  gint64      data[];
};

#define ARENA_BLOCK_SIZE (64 * 1024)

typedef struct
{
  ArenaBlock *blocks;
} FindingArena;

static FindingArena *
finding_arena_new (void)
{
  return g_new0 (FindingArena, 1);
}

static void
finding_arena_free (FindingArena *arena)
{
  while (arena->blocks != NULL)
    {
      ArenaBlock *block = arena->blocks;

      arena->blocks = block->next;
      g_free (block);
    }
  g_free (arena);
}

/* @size bytes from @arena, aligned as a gint64; freed with it. */
static gpointer
finding_arena_alloc (FindingArena *arena,
                     gsize         size)
{
  ArenaBlock *block = arena->blocks;
  gpointer memory;

  size = (size + sizeof (gint64) - 1) & ~(sizeof (gint64) - 1);
  if (block == NULL || block->size - block->used < size)
    {
      gsize block_size = MAX (ARENA_BLOCK_SIZE, size);

      block = g_malloc (sizeof (ArenaBlock) + block_size);
      block->size = block_size;
      block->used = 0;
      /* A request larger than a block gets one of its own, behind the
       * block still being filled. */
      if (size > ARENA_BLOCK_SIZE && arena->blocks != NULL)
        {
          block->next = arena->blocks->next;
          arena->blocks->next = block;
        }
      else
        {
          block->next = arena->blocks;
          arena->blocks = block;
        }
    }

  memory = (char *) block->data + block->used;
  block->used += size;

  return memory;
}

/* The place of the findings that follow one another there, formatted once
 * and shared by them: without the week's block (@plain) and with it
 * (@block, after it in the same block of memory; NULL without a block).
 * Not a GRefString: GLib looks every GRefString it frees up in its table
 * of interned ones, a hash of the whole text. */
typedef struct
{
  gint      ref_count;
  /* In a FindingArena, which frees it. */
  gboolean  in_arena;
  char     *block;
  char      plain[];
} PlaceText;

/* In @arena when not NULL. */
static PlaceText *
place_text_new (FindingArena *arena,
                const char   *plain,
                const char   *block)
{
  gsize plain_size = strlen (plain) + 1;
  gsize block_size = block != NULL ? strlen (block) + 1 : 0;
  gsize size = sizeof (PlaceText) + plain_size + block_size;
  PlaceText *text = arena != NULL ? finding_arena_alloc (arena, size) : g_malloc (size);

  text->ref_count = 1;
  text->in_arena = arena != NULL;
  memcpy (text->plain, plain, plain_size);
  text->block = block != NULL ? memcpy (text->plain + plain_size, block, block_size) : NULL;

  return text;
}

static PlaceText *
place_text_ref (PlaceText *text)
{
  g_atomic_int_inc (&text->ref_count);

  return text;
}

static void
place_text_unref (PlaceText *text)
{
  if (g_atomic_int_dec_and_test (&text->ref_count) && !text->in_arena)
    g_free (text);
}

/* A finding as the check keeps it: its rule, severity and place, and what
 * its message is made of, in the same block: the place's texts (shared
 * with the findings beside it) and the message's format and arguments.
 * The message is formatted when first read: the RegimenDiagnostic a view
 * or a caller reads is made from it then (finding_get_object()) and kept
 * with it, so a finding kept from one check to the next is the same
 * object to a view. A 520-week plan has ten thousand findings; an object
 * each, made and freed with every check, cost more than finding them,
 * and so did formatting their messages, which a reader may never ask
 * for (a view asks for those of the week it shows). */
typedef struct
{
  gint               ref_count;
  /* In a FindingArena, which frees it. */
  gboolean           in_arena;
  /* Week, day, session, item, severity and rule, as the check orders
   * its findings (regimen_diagnostic_get_place()). */
  int                place[6];
  RegimenDiagnostic *object;
  /* The place's text: the acknowledgement's fingerprint reads the
   * message with the place without the week's block, the message is
   * written with the block. */
  PlaceText         *place_text;
  /* The translated "%s: %s" that joins place and message. */
  const char        *join_format;
  /* The message's format (translated), whose arguments are @args; NULL
   * when the message is formatted already, the text after @args. */
  const char        *format;
  guint              n_args;
  /* The bytes of @args and of the texts after them (same_finding()). */
  gsize              kept_size;
  KeptArg            args[];
} Finding;

/* The bytes of @finding's texts, after its arguments. */
static inline const char *
finding_get_bytes (const Finding *finding)
{
  return (const char *) (finding->args + finding->n_args);
}

/* Takes @args and @bytes as they are (copied), and a reference on each
 * place; in @arena when not NULL. */
static Finding *
finding_new (FindingArena    *arena,
             RegimenRuleId    rule,
             RegimenSeverity  severity,
             int              week,
             int              day,
             int              session,
             int              item,
             PlaceText       *place_text,
             const char      *join_format,
             const char      *format,
             const KeptArg   *args,
             guint            n_args,
             const GString   *bytes)
{
  gsize args_size = n_args * sizeof (KeptArg);
  gsize size = sizeof (Finding) + args_size + bytes->len + 1;
  Finding *finding = arena != NULL ? finding_arena_alloc (arena, size) : g_malloc (size);

  finding->ref_count = 1;
  finding->in_arena = arena != NULL;
  finding->place[0] = MAX (week, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  finding->place[1] = MAX (day, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  finding->place[2] = MAX (session, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  finding->place[3] = MAX (item, REGIMEN_DIAGNOSTIC_NO_LOCATION);
  finding->place[4] = severity;
  finding->place[5] = rule;
  finding->object = NULL;
  finding->place_text = place_text_ref (place_text);
  finding->join_format = join_format;
  finding->format = format;
  finding->n_args = n_args;
  finding->kept_size = args_size + bytes->len + 1;
  memcpy (finding->args, args, args_size);
  memcpy ((char *) finding->args + args_size, bytes->str, bytes->len + 1);

  return finding;
}

static Finding *
finding_ref (Finding *finding)
{
  g_atomic_int_inc (&finding->ref_count);

  return finding;
}

static void
finding_unref (gpointer data)
{
  Finding *finding = data;

  if (!g_atomic_int_dec_and_test (&finding->ref_count))
    return;

  g_clear_object (&finding->object);
  place_text_unref (finding->place_text);
  if (!finding->in_arena)
    g_free (finding);
}

static void finding_format (const Finding *finding,
                            char         **message,
                            char         **fingerprint_text);

/* @finding's diagnostic, made the first time it is asked for; (transfer
 * none). */
static RegimenDiagnostic *
finding_get_object (Finding *finding)
{
  RegimenDiagnostic *object = g_atomic_pointer_get (&finding->object);

  if (object == NULL)
    {
      g_autofree char *message = NULL;
      g_autofree char *fingerprint_text = NULL;

      finding_format (finding, &message, &fingerprint_text);
      object = regimen_diagnostic_new_with_fingerprint_text (finding->place[5], finding->place[4],
                                                             finding->place[0], finding->place[1],
                                                             finding->place[2], finding->place[3],
                                                             message, fingerprint_text);
      if (!g_atomic_pointer_compare_and_exchange (&finding->object, NULL, object))
        {
          g_object_unref (object);
          object = g_atomic_pointer_get (&finding->object);
        }
    }

  return object;
}

/* The findings of one week (or of the plan as a whole), in order, and
 * their diagnostics once asked for (regimen_checker_peek_week_diagnostics()):
 * shared by the results of one cache while the week's findings stay the
 * same, so that a view compares weeks by pointer. */
typedef struct
{
  gint       ref_count;
  /* Finding, in order. */
  GPtrArray *findings;
  guint      counts[REGIMEN_N_SEVERITIES];
  /* RegimenDiagnostic, made when first asked for. */
  GPtrArray *objects;
} Segment;

/* Takes @findings, which must not change afterwards. */
static Segment *
segment_new (GPtrArray *findings)
{
  Segment *segment = g_new0 (Segment, 1);

  segment->ref_count = 1;
  segment->findings = findings;
  for (guint i = 0; i < findings->len; i++)
    segment->counts[((Finding *) g_ptr_array_index (findings, i))->place[4]]++;

  return segment;
}

static Segment *
segment_ref (Segment *segment)
{
  g_atomic_int_inc (&segment->ref_count);

  return segment;
}

static void
segment_unref (gpointer data)
{
  Segment *segment = data;

  if (!g_atomic_int_dec_and_test (&segment->ref_count))
    return;

  g_ptr_array_unref (segment->findings);
  g_clear_pointer (&segment->objects, g_ptr_array_unref);
  g_free (segment);
}

static GPtrArray *
segment_get_objects (Segment *segment)
{
  GPtrArray *objects = g_atomic_pointer_get (&segment->objects);

  if (objects == NULL)
    {
      objects = g_ptr_array_new_full (segment->findings->len, g_object_unref);
      for (guint i = 0; i < segment->findings->len; i++)
        {
          Finding *finding = g_ptr_array_index (segment->findings, i);

          g_ptr_array_add (objects, g_object_ref (finding_get_object (finding)));
        }
      if (!g_atomic_pointer_compare_and_exchange (&segment->objects, NULL, objects))
        {
          g_ptr_array_unref (objects);
          objects = g_atomic_pointer_get (&segment->objects);
        }
    }

  return objects;
}

/* A check's findings as a list model over each week's findings, in
 * order: a result never changes, a week's findings are kept from the last
 * check while nothing they come from changed (the same array), and so a
 * re-check neither sorts nor copies the findings of the weeks it did not
 * check again. */
#define REGIMEN_TYPE_DIAGNOSTIC_LIST (regimen_diagnostic_list_get_type ())

G_DECLARE_FINAL_TYPE (RegimenDiagnosticList, regimen_diagnostic_list, REGIMEN, DIAGNOSTIC_LIST, GObject)

struct _RegimenDiagnosticList
{
  GObject    parent_instance;

  /* The plan's own findings (week -1), then each week's: a Segment
   * each, shared with the cache. */
  GPtrArray *segments;
  /* Where each segment ends in the list. */
  guint     *ends;
  guint      n_items;
  /* What the findings of a check without a cache are in, NULL for one
   * with a cache. */
  FindingArena *arena;
};

static GType
regimen_diagnostic_list_get_item_type (GListModel *model)
{
  return REGIMEN_TYPE_DIAGNOSTIC;
}

static guint
regimen_diagnostic_list_get_n_items (GListModel *model)
{
  return REGIMEN_DIAGNOSTIC_LIST (model)->n_items;
}

static gpointer
regimen_diagnostic_list_get_item (GListModel *model,
                                  guint       position)
{
  RegimenDiagnosticList *self = REGIMEN_DIAGNOSTIC_LIST (model);
  guint low = 0;
  guint high;
  GPtrArray *findings;
  Finding *finding;

  if (position >= self->n_items)
    return NULL;

  /* The first segment that ends after @position. */
  high = self->segments->len - 1;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (self->ends[middle] > position)
        high = middle;
      else
        low = middle + 1;
    }

  findings = ((Segment *) g_ptr_array_index (self->segments, low))->findings;
  finding = g_ptr_array_index (findings, position - (self->ends[low] - findings->len));
  return g_object_ref (finding_get_object (finding));
}

static void
regimen_diagnostic_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = regimen_diagnostic_list_get_item_type;
  iface->get_n_items = regimen_diagnostic_list_get_n_items;
  iface->get_item = regimen_diagnostic_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (RegimenDiagnosticList, regimen_diagnostic_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, regimen_diagnostic_list_model_init))

static void
regimen_diagnostic_list_finalize (GObject *object)
{
  RegimenDiagnosticList *self = REGIMEN_DIAGNOSTIC_LIST (object);

  g_clear_pointer (&self->segments, g_ptr_array_unref);
  g_clear_pointer (&self->ends, g_free);
  /* After the segments, whose findings are in it. */
  g_clear_pointer (&self->arena, finding_arena_free);

  G_OBJECT_CLASS (regimen_diagnostic_list_parent_class)->finalize (object);
}

static void
regimen_diagnostic_list_class_init (RegimenDiagnosticListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = regimen_diagnostic_list_finalize;
}

static void
regimen_diagnostic_list_init (RegimenDiagnosticList *self)
{
}

/* Takes @segments (the plan's findings, then each week's), which must not
 * change afterwards, and @arena (nullable), which their findings are in
 * and nothing outside @segments holds. */
static RegimenDiagnosticList *
regimen_diagnostic_list_new (GPtrArray    *segments,
                             FindingArena *arena)
{
  RegimenDiagnosticList *self = g_object_new (REGIMEN_TYPE_DIAGNOSTIC_LIST, NULL);

  g_assert (segments->len > 0);
  self->segments = segments;
  self->arena = arena;
  self->ends = g_new (guint, segments->len);
  for (guint i = 0; i < segments->len; i++)
    {
      self->n_items += ((Segment *) g_ptr_array_index (segments, i))->findings->len;
      self->ends[i] = self->n_items;
    }

  return self;
}

struct _RegimenChecker
{
  GObject            parent_instance;

  RegimenDiagnosticList *diagnostics;
  GArray            *weeks;
  RegimenThresholds  thresholds;
  guint              counts[REGIMEN_N_SEVERITIES];
};

G_DEFINE_FINAL_TYPE (RegimenChecker, regimen_checker, G_TYPE_OBJECT)

/* An exercise met in the weeks of one check: the last week it was met in
 * (collect_week_exercises()'s count, from 1) and its place among that
 * week's exercises. */
typedef struct
{
  guint week;
  guint at;
} ExerciseSlot;

/* An exercise of a week: its first item there, and its first heavy one
 * for LEVEL-FIT (-1 without), as indices into the week's items. */
typedef struct
{
  RegimenExercise *exercise;
  guint            first;
  int              first_heavy;
} WeekExercise;

/* The weeks an exercise is in, a bit a week, and those with a heavy item
 * of it (LEVEL-FIT's threshold): what PROGRESSION and LEVEL-FIT read of
 * the whole plan. */
typedef struct
{
  guint64 *weeks;
  guint64 *heavy;
  guint    n_words;
  /* How many bits of @weeks are set. */
  guint    n_weeks;
} ExerciseWeeks;

/* Every exercise's weeks, kept up to date from the weeks' exercises
 * (WeekPass.exercises): a week whose result is the same adds and takes
 * away nothing, so a re-check after one edit changes the bits of that
 * week's exercises only, instead of a walk over every item. */
typedef struct
{
  /* RegimenExercise → ExerciseWeeks, never removed while the index
   * lives. */
  GHashTable      *by_exercise;
  /* The exercises each week's bits were set from (a reference on the
   * week's array), by week. */
  GPtrArray       *contributed;
  /* The exercises last looked up in @by_exercise and their weeks, in a
   * small table by the exercise's address (exercise_index_lookup()):
   * the weeks of a plan repeat their exercises. */
  RegimenExercise *recent_exercises[64];
  ExerciseWeeks   *recent_weeks[64];
} ExerciseIndex;

/* What the rules read of an exercise for each of its items, worked out
 * once (exercise_facts()): its category, whether it is a sprint
 * (exercise_is_sprint()), works the lower body or is an activation
 * drill, and the bits of its primary muscles. */
typedef struct
{
  RegimenExercise        *exercise;
  RegimenExerciseCategory category;
  gboolean                sprint;
  gboolean                lower_body;
  gboolean                activation;
  guint64                 bits;
  /* Each primary muscle's bit, in the exercise's order, repeats kept;
   * n_bits is G_MAXUINT when a muscle has no bit or there are more than
   * fit, and the week's counts find them by name instead. */
  guint8                  bit[8];
  guint                   n_bits;
} ExerciseFacts;

typedef struct
{
  int              week;
  int              day;
  int              session;
  int              item;
  RegimenExercise *exercise;
  /* What the item asks for, as far as the rules need it. */
  guint            sets;
  guint            reps;
  double           percent;
  gboolean         warm_up;
} ItemRef;

/* An item of a week that carries a progression rule, for
 * check_overlapping_rules(): where it is and the library's entry of its
 * exercise, as an ItemRef has them. Its session's kind and title, its
 * exercise's id and its source are read from the plan there when two
 * rules of one day are compared, which few are: copying two texts for
 * every rule cost a twelfth of a check of 516 weeks with 387 rules. */
typedef struct
{
  int              day;
  int              session;
  int              item;
  RegimenExercise *exercise;
} RuleRef;

/* Something that needs the athlete fresh: sprints, HIIT, a competition. */
typedef enum
{
  TARGET_SPRINT,
  TARGET_HIIT,
  TARGET_COMPETITION,
} TargetKind;

typedef struct
{
  guint       day_index;
  int         session;
  /* -1 for a whole session (HIIT, competition). */
  int         item;
  TargetKind  kind;
  const char *name;
} Target;

/* Heavy lower-body or plyometric work, which READINESS keeps away from
 * targets. */
typedef struct
{
  ItemRef  ref;
  guint    day_index;
  gboolean plyometric;
  guint    contacts;
} Stressor;

/* A HIIT session of the week being checked. */
typedef struct
{
  guint day;
  guint session;
} HiitRef;

/* What LOAD-BUDGET and LOAD-ACWR read of the series over the whole plan
 * (week_load_inputs()). */
#define WEEK_LOAD_INPUTS (3 * REGIMEN_DAYS_PER_WEEK + 2)

/* What checking one week on its own gives (its sessions and items, the
 * week's own rules): a function of the week's content, its place in the
 * plan, its block's name, the thresholds and the library, and nothing
 * else. The incremental check keeps it per week with those inputs
 * (@key) and runs the week again only when they changed. */
typedef struct
{
  /* The inputs, as bytes (week_pass_key()); NULL when not kept. */
  guint8           *key;
  gsize             key_length;
  /* Tells this result apart from every other one the cache made, so
   * rules that read two weeks know whether either was checked again. */
  guint64           serial;
  GPtrArray        *diagnostics;
  RegimenWeekStats  stats;
  double            day_loads[REGIMEN_DAYS_PER_WEEK];
  guint             day_hiit[REGIMEN_DAYS_PER_WEEK];
  int               day_first_hiit[REGIMEN_DAYS_PER_WEEK];
  gboolean          day_hard[REGIMEN_DAYS_PER_WEEK];
  guint64           day_muscles[REGIMEN_DAYS_PER_WEEK];
  ItemRef           heavy;
  guint             heavy_sets;
  GArray           *items;
  /* Its exercises in the order of their first items (WeekExercise). */
  GArray           *exercises;
  GArray           *targets;
  GArray           *stressors;
  /* Owns the names the targets point to, a copy each: a chunk that
   * shares equal names makes a hash table for it in every week with a
   * target, which cost more than the copies. */
  GStringChunk     *names;
  /* The "progressed_from" of the week's items that carry a rule, in
   * @names; NULL when none does. Whether such a rule is one an earlier
   * week's rule owns reads where that item is now, in another week: the
   * key holds its week too (key_add_source_weeks()). */
  GPtrArray        *ruled_sources;
  /* The week's items that carry a rule (RuleRef); NULL when none does. */
  GArray           *rules;

  /* The findings of the rules that read this week together with the
   * series over the whole plan or with a neighbouring week, and what
   * they read: kept from the last check, reused while that is equal. */
  gboolean          have_load;
  double            load_inputs[WEEK_LOAD_INPUTS];
  GPtrArray        *load_diagnostics;
  /* MONOTONY, STRAIN, REST-DAY and MUSCLE-VOLUME read only the week's own
   * loads, hard days and sets: found once per result. */
  gboolean          have_shape;
  GPtrArray        *shape_diagnostics;
  gboolean          have_days;
  guint64           days_previous_serial;
  GPtrArray        *days_diagnostics;
  gboolean          have_readiness;
  guint64           readiness_next_serial;
  GPtrArray        *readiness_diagnostics;
  /* The findings of the rules over the whole plan (HEAVY-BLOCK, DELOAD,
   * PROGRESSION, LEVEL-FIT) placed in this week at the last check. */
  GPtrArray        *plan_diagnostics;

  /* All of the week's findings, in order (merge_week()), and how many of
   * each severity; NULL when one of the lists above changed since. A
   * result shares it, and it therefore never changes. */
  Segment          *merged;
} WeekPass;

typedef struct
{
  RegimenPlan             *plan;
  RegimenLibrary          *library;
  RegimenAthlete          *athlete;
  const RegimenThresholds *thresholds;
  GPtrArray               *diagnostics;
  /* What the findings and places are allocated in, for a check without a
   * cache (FindingArena); NULL with one. */
  FindingArena            *arena;
  /* An empty list of findings (finding_unref()) left over from a rule,
   * for the next one to fill (keep_findings()), or NULL. */
  GPtrArray               *spare_found;
  /* Where emit() puts what it finds: @diagnostics, or a week's own list
   * while that week or one of its rules is checked. */
  GPtrArray               *sink;
  /* The week being checked on its own, and how many of its items are in
   * its list (check_item()). */
  WeekPass                *pass;
  guint                    n_week_items;
  GArray                  *weeks;
  /* The week of each item by its id, from 1; made at the first item
   * with a rule and a "progressed_from" (item_week()). */
  GHashTable              *item_weeks;

  guint                    n_weeks;
  guint                    n_days;
  /* Each week's own results, in plan order. */
  WeekPass               **passes;
  double                  *day_loads;

  GHashTable              *muscle_bits;
  /* regimen_muscle_list_ids(), interned once for the check: the keys of
   * a week's muscle_sets (regimen_week_stats_get_muscle_sets()). */
  const char             **muscle_keys;
  /* The facts of the exercises last asked about, in a small table by the
   * exercise's address (exercise_facts()): a muscle's bit by its name
   * was a hash of the name for every muscle of every item, and each
   * item asked its exercise's category three times. */
  ExerciseFacts            recent_facts[256];
  /* The hard sets of each muscle group of the week being checked, by
   * bit: copied into the week's muscle_sets once, at its end
   * (check_week()). */
  guint                    week_muscle_sets[MAX_MUSCLE_BITS];
  /* The weeks of every exercise of the plan. */
  ExerciseIndex           *exercise_index;
  /* The exercises of the session being checked, by item. */
  GPtrArray               *exercises;
  /* The exercise ids last looked up in the library, and their exercises
   * (lookup_session_exercises()). */
  const char              *recent_ids[256];
  RegimenExercise         *recent_exercises[256];
  GArray                  *week_hiit;
  /* The block of each week, NULL for a week in none, found in one walk
   * over the blocks for the check (new_week_blocks()): looking each
   * week's block up walked the blocks before it, for every place and
   * every week's key. */
  RegimenBlock           **week_blocks;
  /* The week the last place was in, and its text without its block and
   * with it (NULL without a block), formatted once a week
   * (emit_valist()). */
  int                      texts_week;
  char                    *week_text;
  char                    *week_block_text;
  /* The place of the last finding, which the next one often shares (the
   * items of a session): its week, day and session, and its text, which
   * the findings share (see emit_valist()). */
  int                      place_week;
  int                      place_day;
  int                      place_session;
  PlaceText               *place_text;
  /* The translated texts every finding's place and message are made of,
   * looked up once a check instead of once a finding (gettext's look-up
   * cost more than the formatting it serves): the place's parts, the
   * weekdays, and the join of place and message, which is put together
   * without printf() when it is the plain "%s: %s". */
  const char              *week_format;
  const char              *week_block_format;
  const char              *day_format;
  const char              *session_format;
  const char              *weekdays[REGIMEN_DAYS_PER_WEEK];
  const char              *join_format;
  /* The locale's decimal point, as printf() writes it (format_text()). */
  const char              *decimal_point;
  /* The arguments of the finding being emitted and the bytes of its
   * texts (keep_valist()), reused from one finding to the next. */
  KeptArg                 *kept_args;
  guint                    n_kept_args;
  GString                 *kept_bytes;
  /* FormatShape, by format (lookup_shape()), and the last looked up
   * in each slot of a small table by the format's address. */
  GHashTable              *shapes;
  const char              *recent_formats[64];
  gpointer                 recent_shapes[64];
  /* What format_text() writes before it copies it. */
  GString                 *scratch;
  /* The place being formatted, without its week's block and with it,
   * before place_text_new() copies them (emit_valist()). */
  GString                 *plain_place;
  GString                 *block_place;
  /* regimen_muscle_get_name() of each muscle group of
   * regimen_muscle_list_ids(), NULL until asked (muscle_name()). */
  const char             **muscle_names;
  /* MUSCLE-VOLUME's list of the muscle groups over the limit, reused
   * from week to week, each group with its sets as the translated
   * MUSCLE_SETS_FORMAT says (appended without printf() where that is
   * "%s %u"), and the athlete's level as the message names it, NULL
   * until asked (check_week_shape()). */
  GString                 *muscles_over;
  const char              *muscle_sets_format;
  gboolean                 muscle_sets_plain;
  const char              *level_label;
  /* The load max_reps_at_percent() was last asked about (NAN before),
   * and its answer. */
  double                   max_reps_percent;
  double                   max_reps;
  /* percent_for_reps() of each number of repetitions, -1 until asked. */
  double                   percent_for_reps[REGIMEN_REPS_MAX + 1];
  /* Every exercise of the weeks checked (an ExerciseSlot of
   * @exercise_slot_array, by its index + 1), and how many weeks
   * collect_week_exercises() has read. */
  GHashTable              *exercise_slots;
  GArray                  *exercise_slot_array;
  guint                    exercise_slots_week;
  /* The exercises whose slots were last looked up, and those slots, in a
   * small table by the exercise's address (collect_week_exercises()). */
  RegimenExercise         *recent_slot_exercises[256];
  guint                    recent_slots[256];
} CheckContext;

/* A growing buffer of bytes, reused for every week: appending is a copy,
 * not a call into GArray for each number. */
typedef struct
{
  guint8 *data;
  gsize   length;
  gsize   size;
} Key;

struct _RegimenCheckCache
{
  RegimenLibrary    *library;
  gulong             library_handler;
  gboolean           library_changed;
  gboolean           have_thresholds;
  RegimenThresholds  thresholds;
  /* WeekPass, by week. */
  GPtrArray         *passes;
  ExerciseIndex     *exercise_index;
  guint64            next_serial;
  /* The inputs of the week being compared. */
  Key                key;
};

static void
week_stats_clear (gpointer data)
{
  RegimenWeekStats *stats = data;

  g_clear_pointer (&stats->label, g_free);
  g_clear_pointer (&stats->muscle_sets, muscle_sets_unref);
}

static const char *
session_name (RegimenSession *session)
{
  return regimen_session_get_display_title (session);
}

/* Plan text quoted in a message: at most REGIMEN_CHECK_QUOTE_CHARS
 * characters, the rest shown as “…”, so a message stays short however long
 * a title is. */
#define REGIMEN_CHECK_QUOTE_CHARS 60
/* Sessions named in one message; the rest are counted. */
#define REGIMEN_CHECK_LISTED_SESSIONS 5

/* Whether @quoted is its own abbreviation (abbreviate()). Most titles
 * are short and plain: a text of at most REGIMEN_CHECK_QUOTE_CHARS bytes
 * has no more characters than that, and one without the lead bytes of
 * the bidi controls (0xD8 for U+061C, 0xE2 for the others) has none of
 * them. */
static gboolean
is_own_abbreviation (const char *quoted)
{
  gsize bytes = 0;

  while (bytes <= REGIMEN_CHECK_QUOTE_CHARS && quoted[bytes] != '\0'
         && (guchar) quoted[bytes] != 0xD8 && (guchar) quoted[bytes] != 0xE2)
    bytes++;

  return bytes <= REGIMEN_CHECK_QUOTE_CHARS && quoted[bytes] == '\0';
}

static char *
abbreviate (const char *quoted)
{
  g_autofree char *text = NULL;

  if (is_own_abbreviation (quoted))
    return g_strdup (quoted);

  /* Without bidi controls, which would reorder the message around it,
   * nor the other format characters that show as nothing. */
  text = regimen_text_without_hidden_format (quoted);

  return regimen_text_cut (text, REGIMEN_CHECK_QUOTE_CHARS);
}

/**
 * regimen_checker_quote:
 * @text: text of a plan to name in a message, such as a session title
 *
 * @text as the check's messages quote it: without bidirectional
 * controls, and at most 60 characters, a longer text cut to 59 and “…”.
 * Other tools that name plan text once per finding or change (the JSON
 * of `regimen-cli validate`, the lines of `regimen-cli diff`) quote it
 * so too, so that their output stays proportional to the findings
 * however long the titles.
 *
 * Returns: (transfer full): the quotation
 */
char *
regimen_checker_quote (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return abbreviate (text);
}

static const char *
exercise_name (RegimenExercise         *exercise,
               const RegimenItemFields *fields)
{
  if (exercise != NULL)
    return regimen_exercise_get_display_name (exercise);

  return fields->exercise;
}

/* Translators: a week of the plan and the name of its block */
#define WEEK_BLOCK_FORMAT N_("Week %u (%s)")
#define WEEK_FORMAT N_("Week %u")
/* Translators: a place in the plan: a week ("Week 2" or "Week 2 (Peak)"), weekday */
#define DAY_FORMAT N_("%s, %s")
/* Translators: a place in the plan: a week ("Week 2" or "Week 2 (Peak)"), weekday, session title */
#define SESSION_FORMAT N_("%s, %s, “%s”")
/* Translators: a place in the plan, then what the check found there */
#define JOIN_FORMAT N_("%s: %s")
/* Translators: a muscle group and its weekly hard sets, "Quadriceps 39" */
#define MUSCLE_SETS_FORMAT N_("%s %u")

static const char *translated (const char *translation,
                               const char *msgid) G_GNUC_FORMAT (2);

/* @translation, the translation of @msgid that translate_places() looked
 * up, as a format whose arguments the compiler checks against @msgid's. */
static const char *
translated (const char *translation,
            const char *msgid)
{
  return translation;
}

static void append_text (CheckContext *ctx,
                         GString      *out,
                         const char   *format,
                         ...) G_GNUC_PRINTF (3, 4);
static char *format_text (CheckContext *ctx,
                          const char   *format,
                          ...) G_GNUC_PRINTF (2, 3);

/* "Week 2, Wednesday, “Intervals”": as much of the place as is known,
 * after @week_text, the week as the place names it ("Week 2", or with
 * its block: "Week 5 (Accumulation)"), to @out, emptied first; @name is
 * the session's name as quoted (NULL without a session). */
static void
format_place (CheckContext *ctx,
              GString      *out,
              const char   *week_text,
              int           day,
              const char   *name)
{
  g_string_truncate (out, 0);
  if (day < 0)
    g_string_append (out, week_text);
  else if (name == NULL)
    append_text (ctx, out, translated (ctx->day_format, DAY_FORMAT), week_text, ctx->weekdays[day]);
  else
    append_text (ctx, out, translated (ctx->session_format, SESSION_FORMAT), week_text, ctx->weekdays[day], name);
}

/* @week's texts as a place names it, into @ctx's week_text and
 * week_block_text (see format_place()). */
static void
format_week_texts (CheckContext *ctx,
                   int           week)
{
  RegimenBlock *block = week >= 0 && (guint) week < ctx->n_weeks ? ctx->week_blocks[week] : NULL;

  g_clear_pointer (&ctx->week_text, g_free);
  g_clear_pointer (&ctx->week_block_text, g_free);
  ctx->texts_week = week;
  ctx->week_text = format_text (ctx, translated (ctx->week_format, WEEK_FORMAT), week + 1);
  if (block != NULL)
    {
      g_autofree char *block_name = abbreviate (regimen_block_get_name (block));

      ctx->week_block_text = format_text (ctx, translated (ctx->week_block_format, WEEK_BLOCK_FORMAT),
                                          week + 1, block_name);
    }
}

/* The block of each of @plan's first @n_weeks weeks, or NULL, as
 * regimen_plan_find_block_of_week() finds them. */
static RegimenBlock **
new_week_blocks (RegimenPlan *plan,
                 guint        n_weeks)
{
  RegimenBlock **blocks = g_new0 (RegimenBlock *, MAX (n_weeks, 1));
  guint n_blocks = regimen_plan_get_n_blocks (plan);
  guint week = 0;

  for (guint i = 0; i < n_blocks && week < n_weeks; i++)
    {
      RegimenBlock *block = regimen_plan_get_block (plan, i);
      guint length = regimen_block_get_n_weeks (block);

      for (guint j = 0; j < length && week < n_weeks; j++)
        blocks[week++] = block;
    }

  return blocks;
}

/* The texts format_place() and join_text() read, translated. */
static void
translate_places (CheckContext *ctx)
{
  ctx->week_block_format = _(WEEK_BLOCK_FORMAT);
  ctx->week_format = _(WEEK_FORMAT);
  ctx->day_format = _(DAY_FORMAT);
  ctx->session_format = _(SESSION_FORMAT);
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    ctx->weekdays[day] = regimen_weekday_name (day);
  ctx->join_format = _(JOIN_FORMAT);
  ctx->muscle_sets_format = _(MUSCLE_SETS_FORMAT);
  ctx->muscle_sets_plain = strcmp (ctx->muscle_sets_format, MUSCLE_SETS_FORMAT) == 0;
  ctx->decimal_point = localeconv ()->decimal_point;
}

static inline void
text_append (GString    *out,
             const char *text)
{
  regimen_string_append_len (out, text, strlen (text));
}

static const double powers_of_ten[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };

/* Appends @value as printf() writes it with "%.Nf" (@decimals N), or
 * with "%g" when @general (then @decimals are those that give six
 * significant digits), where that can be told without printf(): a value
 * of 0 or more whose scaled value is below 1e9 and not within 1e-6 of a
 * tie. printf() rounds the exact value, ties to even; the scaled double
 * is within 1.2e-7 of it, so away from a tie both round alike. Returns
 * FALSE, with nothing appended, for any other value, and for a "%g"
 * whose rounding gives a seventh digit. */
static gboolean
append_fixed (GString    *out,
              double      value,
              guint       decimals,
              gboolean    general,
              const char *point)
{
  double scaled;
  double rounded;
  guint64 digits;
  char fraction[8];
  guint n = decimals;

  if (!(value >= 0) || signbit (value) || decimals >= G_N_ELEMENTS (powers_of_ten))
    return FALSE;

  scaled = value * powers_of_ten[decimals];
  if (scaled >= 1e9)
    return FALSE;

  rounded = floor (scaled);
  if (fabs (scaled - rounded - 0.5) < 1e-6)
    return FALSE;
  if (scaled - rounded > 0.5)
    rounded += 1;
  if (general && rounded >= 1e6)
    return FALSE;

  digits = (guint64) rounded;
  for (guint i = decimals; i > 0; i--)
    {
      fraction[i - 1] = '0' + digits % 10;
      digits /= 10;
    }
  /* "%g" drops the zeros that end the fraction, and a point left alone. */
  while (general && n > 0 && fraction[n - 1] == '0')
    n--;

  regimen_string_append_uint (out, digits);
  if (n > 0)
    {
      text_append (out, point);
      regimen_string_append_len (out, fraction, n);
    }

  return TRUE;
}

/* Appends @value as "%g" writes it: six significant digits, without
 * printf() for 0 and for a value of 1 or more that has six digits or
 * fewer once rounded (below 1e6 "%g" writes no exponent; below 1 it
 * counts its digits from the first that is not 0). */
static void
append_general (GString    *out,
                double      value,
                const char *point)
{
  guint decimals = 5;

  if (value == 0 && !signbit (value))
    {
      regimen_string_append_len (out, "0", 1);
      return;
    }

  if (value >= 1)
    {
      /* Six significant digits: as many decimals as the whole part
       * leaves. */
      while (decimals > 0 && value >= powers_of_ten[6 - decimals])
        decimals--;
      if (append_fixed (out, value, decimals, TRUE, point))
        return;
    }

  g_string_append_printf (out, "%g", value);
}

/* Appends @value as what it holds: the shortest text that reads back as
 * it (as regimen_json_format_number() writes it for the file), with
 * @point as the decimal mark, so that a load just past a limit is never
 * said as the limit ("60.0000001 %", not "60 %"). Without printf() for a
 * value of 0 or more below 1e9 that six decimals or fewer give back:
 * those of them that are needed. Returns whether it is written as
 * append_general() would ("%g"), as far as that can be told without
 * writing it: a value of 1 up to 1e6 with six significant digits or
 * fewer, or 0; FALSE otherwise. */
static gboolean
append_exact (GString    *out,
              double      value,
              const char *point)
{
  g_autofree char *text = NULL;
  const char *dot;

  if (value >= 0 && !signbit (value) && value < 1e9)
    for (guint decimals = 0; decimals < G_N_ELEMENTS (powers_of_ten); decimals++)
      {
        double rounded = round (value * powers_of_ten[decimals]);
        guint64 digits;
        char fraction[8];

        if (rounded / powers_of_ten[decimals] != value)
          continue;

        digits = (guint64) rounded;
        for (guint i = decimals; i > 0; i--)
          {
            fraction[i - 1] = '0' + digits % 10;
            digits /= 10;
          }
        regimen_string_append_uint (out, digits);
        if (decimals > 0)
          {
            text_append (out, point);
            regimen_string_append_len (out, fraction, decimals);
          }

        return value == 0 || (value >= 1 && value < 1e6 && rounded < 1e6);
      }

  text = regimen_json_format_number (value);
  dot = strchr (text, '.');
  if (dot == NULL)
    text_append (out, text);
  else
    {
      regimen_string_append_len (out, text, dot - text);
      text_append (out, point);
      text_append (out, dot + 1);
    }

  return FALSE;
}

/* Appends @format with its arguments to @out, as printf() would: the
 * conversions the check's messages use (%s, %u, %d, %g, %.0f, %.1f,
 * %.2f, %%) written by hand, numbers through append_fixed() and "%g"
 * through append_exact(); a format
 * with any other conversion goes to printf() whole. printf() was most of
 * what a finding cost, and a 520-week plan has ten thousand. */
static void
append_formatted (CheckContext *ctx,
                  GString      *out,
                  const char   *format,
                  va_list       args)
{
  gsize start = out->len;
  const char *p = format;
  va_list copy;

  G_VA_COPY (copy, args);

  while (*p != '\0')
    {
      const char *percent = strchr (p, '%');

      if (percent == NULL)
        {
          text_append (out, p);
          break;
        }

      regimen_string_append_len (out, p, percent - p);
      p = percent + 1;

      if (p[0] == '%')
        regimen_string_append_len (out, "%", 1);
      else if (p[0] == 's')
        {
          const char *text = va_arg (args, const char *);

          text_append (out, text != NULL ? text : "(null)");
        }
      else if (p[0] == 'u')
        regimen_string_append_uint (out, va_arg (args, guint));
      else if (p[0] == 'd')
        {
          int value = va_arg (args, int);

          if (value < 0)
            regimen_string_append_len (out, "-", 1);
          regimen_string_append_uint (out, value < 0 ? -(gint64) value : value);
        }
      else if (p[0] == 'g')
        append_exact (out, va_arg (args, double), ctx->decimal_point);
      else if (p[0] == '.' && p[1] >= '0' && p[1] <= '2' && p[2] == 'f')
        {
          double value = va_arg (args, double);

          if (!append_fixed (out, value, p[1] - '0', FALSE, ctx->decimal_point))
            g_string_append_printf (out, "%.*f", p[1] - '0', value);
          p += 2;
        }
      else
        {
          /* Anything else (a width, a flag, an argument's number in a
           * translation): printf() writes the whole text. */
          g_string_truncate (out, start);
          g_string_append_vprintf (out, format, copy);
          break;
        }
      p++;
    }

  va_end (copy);
}

/* @format with its arguments, as g_strdup_printf() gives it
 * (append_formatted()), written in @ctx's scratch buffer and copied. */
static char *
format_text (CheckContext *ctx,
             const char   *format,
             ...)
{
  va_list args;

  g_string_truncate (ctx->scratch, 0);
  va_start (args, format);
  append_formatted (ctx, ctx->scratch, format, args);
  va_end (args);

  return g_strndup (ctx->scratch->str, ctx->scratch->len);
}

/* Appends @format with what follows it to @out (append_formatted()). */
static void
append_text (CheckContext *ctx,
             GString      *out,
             const char   *format,
             ...)
{
  va_list args;

  va_start (args, format);
  append_formatted (ctx, out, format, args);
  va_end (args);
}

/* An item or a target as a finding names it ("Deadlift 5 × 3 at 88 % of
 * 1RM", "the sprints in “Speed”"): its translated format and what it
 * reads, @name and then the first @n_numbers of @counts and @percent.
 * emit_described() keeps it so, and it is formatted when the finding's
 * message is read. */
typedef struct
{
  const char *format;
  const char *name;
  guint       n_numbers;
  guint       counts[2];
  double      percent;
  /* @name, when it was made for this (described_clear()). */
  char       *owned;
} Described;

static void
described_clear (Described *described)
{
  g_clear_pointer (&described->owned, g_free);
}


/* What a caller of emit_described() passes in place of each text it
 * describes: the argument is read and left aside. */
#define DESCRIBED ""

/* The longest conversion a finding keeps ("%1$-12.2f" is 9 bytes). */
#define CONVERSION_MAX 24
/* The most arguments one format of a finding reads, and one finding
 * keeps with the texts it describes. */
#define CONVERSION_ARGS_MAX 16
#define KEPT_ARGS_MAX 48

/* One conversion of a format, parsed: how long it is from its '%', the
 * argument it reads (its number from 1, 0 for the next in turn), the
 * kind of that argument, and whether it is one append_kept() writes by
 * hand ("%s", "%u", "%d", "%g", "%.0f" to "%.2f"). */
typedef struct
{
  gsize    length;
  guint    position;
  KeptKind kind;
  gboolean plain;
} Conversion;

/* Parses the conversion at @percent, which is not "%%". FALSE for one a
 * finding cannot keep: a width or precision read from the arguments, a
 * long double, a wide string, a pointer, "%n". A translation checked by
 * msgfmt has none of them where its msgid has none. */
static gboolean
parse_conversion (const char *percent,
                  Conversion *conversion)
{
  const char *p = percent + 1;
  guint longs = 0;
  gboolean shorts = FALSE;
  gboolean size = FALSE;
  gboolean decorated;

  conversion->position = 0;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '$' && p > percent + 1)
    {
      conversion->position = (guint) strtoul (percent + 1, NULL, 10);
      if (conversion->position == 0 || conversion->position > CONVERSION_ARGS_MAX)
        return FALSE;
      p++;
    }
  else
    p = percent + 1;

  while (*p != '\0' && strchr ("-+ #0'", *p) != NULL)
    p++;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  decorated = p != percent + 1;

  for (; *p == 'l'; p++)
    longs++;
  for (; *p == 'h'; p++)
    shorts = TRUE;
  if (*p == 'z')
    {
      size = TRUE;
      p++;
    }
  if (longs > 2 || (longs > 0 && (shorts || size)) || (shorts && size))
    return FALSE;

  switch (*p)
    {
    case 'd':
    case 'i':
      conversion->kind = size ? KEPT_SSIZE : longs == 2 ? KEPT_LONG_LONG : longs == 1 ? KEPT_LONG : KEPT_INT;
      break;
    case 'c':
      if (longs > 0 || size)
        return FALSE;
      conversion->kind = KEPT_INT;
      break;
    case 'u':
    case 'x':
    case 'X':
    case 'o':
      conversion->kind = size ? KEPT_SIZE : longs == 2 ? KEPT_ULONG_LONG : longs == 1 ? KEPT_ULONG : KEPT_UINT;
      break;
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      if (longs > 1 || shorts || size)
        return FALSE;
      conversion->kind = KEPT_DOUBLE;
      break;
    case 's':
      if (longs > 0 || shorts || size)
        return FALSE;
      conversion->kind = KEPT_TEXT;
      break;
    default:
      return FALSE;
    }

  conversion->length = p + 1 - percent;
  if (conversion->length > CONVERSION_MAX)
    return FALSE;
  conversion->plain = (!decorated && longs == 0 && !shorts && !size
                       && (*p == 's' || *p == 'u' || *p == 'd' || *p == 'g'))
                      || (conversion->length == 4 && percent[1] == '.' && percent[2] >= '0'
                          && percent[2] <= '2' && *p == 'f');

  return TRUE;
}

/* What keep_valist() reads of a format: the kind of each argument, in
 * the order of the arguments; @n_args is -1 for a format a finding
 * cannot keep (parse_conversion()). */
typedef struct
{
  int      n_args;
  KeptKind kinds[CONVERSION_ARGS_MAX];
} FormatShape;

/* Reads @format's conversions into @shape. */
static void
parse_shape (const char  *format,
             FormatShape *shape)
{
  guint next = 0;
  gboolean numbered = FALSE;
  guint n_args = 0;

  shape->n_args = -1;
  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      Conversion conversion;
      guint index;

      if (p[1] == '%')
        {
          p += 2;
          continue;
        }
      if (!parse_conversion (p, &conversion))
        return;

      if (conversion.position > 0)
        {
          index = conversion.position - 1;
          numbered = TRUE;
        }
      else if (next < CONVERSION_ARGS_MAX)
        index = next++;
      else
        return;

      if (index >= n_args)
        {
          for (guint i = n_args; i < index; i++)
            shape->kinds[i] = (KeptKind) -1;
          n_args = index + 1;
        }
      else if (shape->kinds[index] != (KeptKind) -1 && shape->kinds[index] != conversion.kind)
        return;
      shape->kinds[index] = conversion.kind;
      p += conversion.length;
    }
  /* printf() reads the arguments by number or in turn, not both. */
  if (numbered && next > 0)
    return;
  for (guint i = 0; i < n_args; i++)
    if (shape->kinds[i] == (KeptKind) -1)
      return;

  shape->n_args = n_args;
}

/* @format's shape, parsed once a check: a check emits ten thousand
 * findings from fifty formats. */
static const FormatShape *
lookup_shape (CheckContext *ctx,
              const char   *format)
{
  guint slot = (GPOINTER_TO_SIZE (format) >> 3) % G_N_ELEMENTS (ctx->recent_shapes);
  FormatShape *shape;

  if (ctx->recent_formats[slot] == format)
    return ctx->recent_shapes[slot];

  shape = g_hash_table_lookup (ctx->shapes, format);
  if (shape == NULL)
    {
      shape = g_new (FormatShape, 1);
      parse_shape (format, shape);
      g_hash_table_insert (ctx->shapes, (gpointer) format, shape);
    }
  ctx->recent_formats[slot] = format;
  ctx->recent_shapes[slot] = shape;

  return shape;
}

/* Appends an argument to the finding being emitted, cleared to its last
 * byte (KeptArg); returns it, or NULL when the finding has as many as it
 * can keep. */
static KeptArg *
keep_arg (CheckContext *ctx,
          KeptKind      kind)
{
  KeptArg *arg;

  if (ctx->n_kept_args == KEPT_ARGS_MAX)
    return NULL;

  arg = &ctx->kept_args[ctx->n_kept_args++];
  memset (arg, 0, sizeof *arg);
  arg->kind = kind;

  return arg;
}

static gboolean keep_text (CheckContext *ctx,
                           const char   *format,
                           ...);

/* Keeps @format's arguments from @args in @ctx's kept_args and
 * kept_bytes, to format them later (append_kept()); the first
 * @n_described texts it reads are @described (their arguments in @args
 * are read and left aside). FALSE, with @args read as far as the
 * conversion it cannot keep, when it cannot keep one (parse_conversion()). */
static gboolean
keep_valist (CheckContext    *ctx,
             const char      *format,
             va_list          args,
             const Described *described,
             guint            n_described)
{
  const FormatShape *shape = lookup_shape (ctx, format);
  guint nested[CONVERSION_ARGS_MAX];
  guint first = ctx->n_kept_args;
  guint n_nested = 0;

  if (shape->n_args < 0 || first + shape->n_args > KEPT_ARGS_MAX)
    return FALSE;

  for (int i = 0; i < shape->n_args; i++)
    {
      KeptKind kind = shape->kinds[i];

      switch (kind)
        {
        case KEPT_TEXT:
          {
            const char *text = va_arg (args, const char *);

            if (n_nested < n_described)
              {
                nested[n_nested++] = ctx->n_kept_args;
                keep_arg (ctx, KEPT_NESTED);
              }
            else
              {
                keep_arg (ctx, KEPT_TEXT)->value.offset = ctx->kept_bytes->len;
                text_append (ctx->kept_bytes, text != NULL ? text : "(null)");
                g_string_append_c (ctx->kept_bytes, '\0');
              }
          }
          break;
        case KEPT_INT:
          keep_arg (ctx, kind)->value.signed_value = va_arg (args, int);
          break;
        case KEPT_LONG:
          keep_arg (ctx, kind)->value.signed_value = va_arg (args, long);
          break;
        case KEPT_LONG_LONG:
          keep_arg (ctx, kind)->value.signed_value = va_arg (args, long long);
          break;
        case KEPT_SSIZE:
          keep_arg (ctx, kind)->value.signed_value = va_arg (args, gssize);
          break;
        case KEPT_UINT:
          keep_arg (ctx, kind)->value.unsigned_value = va_arg (args, guint);
          break;
        case KEPT_ULONG:
          keep_arg (ctx, kind)->value.unsigned_value = va_arg (args, gulong);
          break;
        case KEPT_ULONG_LONG:
          keep_arg (ctx, kind)->value.unsigned_value = va_arg (args, unsigned long long);
          break;
        case KEPT_SIZE:
          keep_arg (ctx, kind)->value.unsigned_value = va_arg (args, gsize);
          break;
        case KEPT_DOUBLE:
          keep_arg (ctx, kind)->value.double_value = va_arg (args, double);
          break;
        case KEPT_NESTED:
        default:
          g_assert_not_reached ();
        }
    }

  /* The described texts' own arguments, after these. */
  for (guint i = 0; i < n_nested; i++)
    {
      const Described *d = &described[i];
      guint nested_first = ctx->n_kept_args;
      KeptArg *arg;
      gboolean kept;

      if (d->n_numbers == 0)
        kept = keep_text (ctx, d->format, d->name);
      else if (d->n_numbers == 1)
        kept = keep_text (ctx, d->format, d->name, d->counts[0]);
      else if (d->n_numbers == 2)
        kept = keep_text (ctx, d->format, d->name, d->counts[0], d->counts[1]);
      else
        kept = keep_text (ctx, d->format, d->name, d->counts[0], d->counts[1], d->percent);
      if (!kept)
        return FALSE;

      arg = &ctx->kept_args[nested[i]];
      arg->value.format = d->format;
      arg->first = nested_first - first;
    }

  return n_nested == n_described;
}

/* keep_valist() of @format and what follows it, none described; the
 * arguments are read as @format's conversions say, whatever their
 * types. */
static gboolean
keep_text (CheckContext *ctx,
           const char   *format,
           ...)
{
  va_list args;
  gboolean kept;

  va_start (args, format);
  kept = keep_valist (ctx, format, args, NULL, 0);
  va_end (args);

  return kept;
}

/* Appends @format with @args (from @first) and the texts in @bytes, as
 * keep_valist() kept them, to @out: as append_formatted() writes the
 * format with the arguments it was given. With @six_digits, "%g" writes
 * six significant digits (append_general()), as messages said their
 * numbers before they said what they hold (append_exact()); otherwise
 * @six_digits_differ, when not NULL, is set when a number may read
 * otherwise so. */
static void
append_kept (GString        *out,
             const char     *format,
             const KeptArg  *args,
             guint           first,
             const char     *bytes,
             const char     *point,
             gboolean        six_digits,
             gboolean       *six_digits_differ)
{
  const char *p = format;
  guint next = 0;

  while (*p != '\0')
    {
      const char *percent = strchr (p, '%');
      Conversion conversion;
      const KeptArg *arg;
      char spec[CONVERSION_MAX + 1];
      gsize skip;

      if (percent == NULL)
        {
          text_append (out, p);
          break;
        }

      regimen_string_append_len (out, p, percent - p);
      if (percent[1] == '%')
        {
          regimen_string_append_len (out, "%", 1);
          p = percent + 2;
          continue;
        }

      /* It parsed when it was kept. */
      parse_conversion (percent, &conversion);
      p = percent + conversion.length;
      arg = &args[first + (conversion.position > 0 ? conversion.position - 1 : next++)];

      if (conversion.plain)
        {
          switch (arg->kind)
            {
            case KEPT_TEXT:
              text_append (out, bytes + arg->value.offset);
              continue;
            case KEPT_NESTED:
              append_kept (out, arg->value.format, args, first + arg->first, bytes, point,
                           six_digits, six_digits_differ);
              continue;
            case KEPT_UINT:
              regimen_string_append_uint (out, arg->value.unsigned_value);
              continue;
            case KEPT_INT:
              if (arg->value.signed_value < 0)
                regimen_string_append_len (out, "-", 1);
              regimen_string_append_uint (out, ABS (arg->value.signed_value));
              continue;
            case KEPT_DOUBLE:
              if (percent[1] == 'g' && six_digits)
                append_general (out, arg->value.double_value, point);
              else if (percent[1] == 'g')
                {
                  if (!append_exact (out, arg->value.double_value, point) && six_digits_differ != NULL)
                    *six_digits_differ = TRUE;
                }
              else if (!append_fixed (out, arg->value.double_value, percent[2] - '0', FALSE, point))
                g_string_append_printf (out, "%.*f", percent[2] - '0', arg->value.double_value);
              continue;
            case KEPT_LONG:
            case KEPT_LONG_LONG:
            case KEPT_SSIZE:
            case KEPT_ULONG:
            case KEPT_ULONG_LONG:
            case KEPT_SIZE:
            default:
              break;
            }
        }

      /* Any other conversion as printf() writes it, its argument's number
       * left out. */
      skip = conversion.position > 0 ? strchr (percent, '$') - percent : 0;
      spec[0] = '%';
      memcpy (spec + 1, percent + 1 + skip, conversion.length - 1 - skip);
      spec[conversion.length - skip] = '\0';

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      switch (arg->kind)
        {
        case KEPT_TEXT:
          g_string_append_printf (out, spec, bytes + arg->value.offset);
          break;
        case KEPT_NESTED:
          {
            g_autoptr(GString) nested = g_string_new (NULL);

            append_kept (nested, arg->value.format, args, first + arg->first, bytes, point,
                         six_digits, six_digits_differ);
            g_string_append_printf (out, spec, nested->str);
          }
          break;
        case KEPT_INT:
          g_string_append_printf (out, spec, (int) arg->value.signed_value);
          break;
        case KEPT_LONG:
          g_string_append_printf (out, spec, (long) arg->value.signed_value);
          break;
        case KEPT_LONG_LONG:
          g_string_append_printf (out, spec, (long long) arg->value.signed_value);
          break;
        case KEPT_SSIZE:
          g_string_append_printf (out, spec, (gssize) arg->value.signed_value);
          break;
        case KEPT_UINT:
          g_string_append_printf (out, spec, (guint) arg->value.unsigned_value);
          break;
        case KEPT_ULONG:
          g_string_append_printf (out, spec, (gulong) arg->value.unsigned_value);
          break;
        case KEPT_ULONG_LONG:
          g_string_append_printf (out, spec, (unsigned long long) arg->value.unsigned_value);
          break;
        case KEPT_SIZE:
          g_string_append_printf (out, spec, (gsize) arg->value.unsigned_value);
          break;
        case KEPT_DOUBLE:
        default:
          g_string_append_printf (out, spec, arg->value.double_value);
          break;
        }
#pragma GCC diagnostic pop
    }
}

/* @place, then @body, with @join_format ("%s: %s" translated). */
static char *
join_text (const char *join_format,
           const char *place,
           const char *body)
{
  if (strcmp (join_format, JOIN_FORMAT) == 0)
    return g_strconcat (place, ": ", body, NULL);

  return g_strdup_printf (translated (join_format, JOIN_FORMAT), place, body);
}

/* Messages whose numbers are said as a coach says them, the same
 * decimals on both sides (“monotony 1.87 is above 1.50”), where they
 * were said with fewer for the threshold (“above 1.5”). An
 * acknowledgement's fingerprint reads the digits of the message
 * (regimen_diagnostic_fingerprint()), so that of these findings reads
 * them as the message was written before, in the same order: an
 * acknowledgement made then still matches. */
#define MONOTONY_FORMAT \
  N_("monotony %.2f is above %.2f; the daily loads vary too little")
#define LOAD_JUMP_FORMAT \
  N_("%s, %.0f AU more than the chronic load of %.0f AU a week before them (ratio %.2f); a " \
     "jump is more than %.2f × that and more than %.0f AU above it, here more than %.0f AU: " \
     "build up over several weeks (about 5–10 %% a week), or move or shorten a session")
/* Intervals without any rest were said “rest 0 s” before they were said so:
 * the earlier form keeps the 0 an acknowledgement's fingerprint counted. */
#define HIIT_NO_REST_FORMAT \
  N_("%s intervals have no rest after %u s of work; at level “%s” rest at least %g s")

static const struct
{
  RegimenRuleId rule;
  const char   *format;
  const char   *earlier;
} earlier_formats[] = {
  { REGIMEN_RULE_MONOTONY, MONOTONY_FORMAT,
    "monotony %.2f is above %.1f; the daily loads vary too little" },
  { REGIMEN_RULE_LOAD_ACWR, LOAD_JUMP_FORMAT,
    "%s, %.0f AU more than the chronic load of %.0f AU a week before them (ratio %.2f); a "
    "jump is more than %.1f × that and more than %.0f AU above it, here more than %.0f AU: "
    "build up over several weeks (about 5–10 %% a week), or move or shorten a session" },
  { REGIMEN_RULE_HIIT_RATIO, HIIT_NO_REST_FORMAT,
    "%s intervals rest 0 s after %u s of work; at level “%s” rest at least %g s" },
};

/* The format @finding's message had before its numbers were said with
 * the same decimals, or NULL when it did not change. */
static const char *
earlier_format (const Finding *finding)
{
  if (finding->format == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (earlier_formats); i++)
    if ((RegimenRuleId) finding->place[5] == earlier_formats[i].rule &&
        g_str_equal (finding->format, _(earlier_formats[i].format)))
      return earlier_formats[i].earlier;

  return NULL;
}

/* @finding's message, and its fingerprint's text where that differs
 * (without the week's block, or with the numbers as an earlier message
 * said them: with fewer decimals for a threshold, earlier_format(), and
 * "%g" with six significant digits where the message now says what a
 * number holds, append_exact()), as emit() would have written them when
 * it kept the finding. */
static void
finding_format (const Finding *finding,
                char         **message,
                char         **fingerprint_text)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) earlier_body = NULL;
  const char *earlier = earlier_format (finding);
  gboolean six_digits_differ = FALSE;

  if (finding->format != NULL)
    append_kept (body, finding->format, finding->args, 0, finding_get_bytes (finding),
                 localeconv ()->decimal_point, FALSE, &six_digits_differ);
  else
    g_string_append (body, finding_get_bytes (finding));

  if (earlier != NULL || six_digits_differ)
    {
      earlier_body = g_string_new (NULL);
      append_kept (earlier_body, earlier != NULL ? earlier : finding->format, finding->args, 0,
                   finding_get_bytes (finding), localeconv ()->decimal_point, TRUE, NULL);
    }

  *message = join_text (finding->join_format,
                        finding->place_text->block != NULL ? finding->place_text->block
                                                           : finding->place_text->plain,
                        body->str);
  *fingerprint_text = finding->place_text->block != NULL || earlier_body != NULL
                      ? join_text (finding->join_format, finding->place_text->plain,
                                   earlier_body != NULL ? earlier_body->str : body->str)
                      : NULL;
}

/* Keeps a finding at its place, with @format and its arguments to format
 * when its message is read (finding_format()); the first @n_described
 * texts @format reads are @described. */
static void
emit_valist (CheckContext    *ctx,
             RegimenRuleId    rule,
             RegimenSeverity  severity,
             int              week,
             int              day,
             int              session,
             int              item,
             const Described *described,
             guint            n_described,
             const char      *format,
             va_list          args)
{
  const char *kept_format = format;
  va_list copy;

  /* A place is formatted once for the findings that follow one another
   * there, and shared by them: without the week's block (the
   * acknowledgement's fingerprint reads the numbers of the message, and
   * a block's name, "Accumulation 1", is none of them) and with it. */
  if (ctx->place_text == NULL || ctx->place_week != week || ctx->place_day != day
      || ctx->place_session != session)
    {
      g_autofree char *abbreviated = NULL;
      const char *name = NULL;

      if (ctx->week_text == NULL || ctx->texts_week != week)
        format_week_texts (ctx, week);

      if (day >= 0 && session >= 0)
        {
          name = session_name (regimen_plan_get_session (ctx->plan, week, day, session));
          if (!is_own_abbreviation (name))
            name = abbreviated = abbreviate (name);
        }
      format_place (ctx, ctx->plain_place, ctx->week_text, day, name);
      if (ctx->week_block_text != NULL)
        format_place (ctx, ctx->block_place, ctx->week_block_text, day, name);
      g_clear_pointer (&ctx->place_text, place_text_unref);
      ctx->place_text = place_text_new (ctx->arena, ctx->plain_place->str,
                                        ctx->week_block_text != NULL ? ctx->block_place->str : NULL);
      ctx->place_week = week;
      ctx->place_day = day;
      ctx->place_session = session;
    }

  ctx->n_kept_args = 0;
  g_string_truncate (ctx->kept_bytes, 0);
  G_VA_COPY (copy, args);
  if (!keep_valist (ctx, format, copy, described, n_described))
    {
      /* A format whose arguments cannot be kept is formatted now. Its
       * described texts cannot be (their places in @args hold
       * DESCRIBED): no translation msgfmt accepts for their messages has
       * a conversion parse_conversion() refuses. */
      ctx->n_kept_args = 0;
      g_string_truncate (ctx->kept_bytes, 0);
      append_formatted (ctx, ctx->kept_bytes, format, args);
      kept_format = NULL;
    }
  va_end (copy);

  g_ptr_array_add (ctx->sink, finding_new (ctx->arena, rule, severity, week, day, session, item,
                                           ctx->place_text, ctx->join_format,
                                           kept_format, ctx->kept_args, ctx->n_kept_args,
                                           ctx->kept_bytes));
}

static void emit (CheckContext    *ctx,
                  RegimenRuleId    rule,
                  RegimenSeverity  severity,
                  int              week,
                  int              day,
                  int              session,
                  int              item,
                  const char      *format,
                  ...) G_GNUC_PRINTF (8, 9);

static void
emit (CheckContext    *ctx,
      RegimenRuleId    rule,
      RegimenSeverity  severity,
      int              week,
      int              day,
      int              session,
      int              item,
      const char      *format,
      ...)
{
  va_list args;

  va_start (args, format);
  emit_valist (ctx, rule, severity, week, day, session, item, NULL, 0, format, args);
  va_end (args);
}

static void emit_described (CheckContext    *ctx,
                            RegimenRuleId    rule,
                            RegimenSeverity  severity,
                            int              week,
                            int              day,
                            int              session,
                            int              item,
                            const Described *described,
                            guint            n_described,
                            const char      *format,
                            ...) G_GNUC_PRINTF (10, 11);

/* emit() of a message whose first @n_described texts (in the order of
 * @format's arguments) are @described, each passed as DESCRIBED. */
static void
emit_described (CheckContext    *ctx,
                RegimenRuleId    rule,
                RegimenSeverity  severity,
                int              week,
                int              day,
                int              session,
                int              item,
                const Described *described,
                guint            n_described,
                const char      *format,
                ...)
{
  va_list args;

  va_start (args, format);
  emit_valist (ctx, rule, severity, week, day, session, item, described, n_described, format, args);
  va_end (args);
}

static void
item_volume (const RegimenItemFields *fields,
             RegimenItemVolume       *volume)
{
  const RegimenInterval *interval = fields->interval;
  guint rest = fields->rest_seconds;

  /* The model reads a missing rest as 0; a real 0 is no_rest. */
  *volume = (RegimenItemVolume) {
    .sets = fields->sets,
    .reps = fields->reps,
    .tempo = fields->tempo,
    .rest_seconds = rest > 0 || fields->no_rest ? (double) rest : -1,
    .hold_seconds = fields->hold_seconds,
    .per_side = fields->per_side,
  };

  if (interval != NULL)
    {
      volume->interval_work_seconds = interval->work_seconds;
      volume->interval_rest_seconds = interval->rest_seconds;
      volume->interval_rounds = interval->rounds;
    }
}

/* What the items of @session take by regimen_item_estimate_seconds(),
 * in minutes, however long that is. */
static double
items_minutes (RegimenSession *session)
{
  guint n_items;
  double seconds = 0;

  n_items = regimen_session_get_n_items (session);
  for (guint i = 0; i < n_items; i++)
    {
      RegimenItemVolume volume;

      item_volume (regimen_item_peek_fields (regimen_session_peek_item (session, i)), &volume);
      seconds += regimen_item_estimate_seconds (&volume);
    }

  return seconds / 60.0;
}

/**
 * regimen_session_estimate_minutes:
 * @session: a session
 *
 * Returns: the session's own minutes, or when it has none, the estimate
 *   from its items (see regimen_item_estimate_seconds()), at most
 *   %REGIMEN_MINUTES_MAX, the longest session (the check reports an
 *   estimate beyond it under DATA)
 */
double
regimen_session_estimate_minutes (RegimenSession *session)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), 0);

  if (regimen_session_get_minutes (session) > 0)
    return regimen_session_get_minutes (session);

  return MIN (items_minutes (session), REGIMEN_MINUTES_MAX);
}

/**
 * regimen_session_estimate_load:
 * @session: a session
 *
 * Returns: the session-RPE load, RPE × regimen_session_estimate_minutes()
 */
double
regimen_session_estimate_load (RegimenSession *session)
{
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), 0);

  return regimen_session_load (regimen_session_get_rpe (session),
                               regimen_session_estimate_minutes (session));
}

/* @what is untranslated, and the exercise's name is not asked for: both
 * are looked up only for a value out of range, not for every number of
 * every item. */
static inline void
check_range (CheckContext            *ctx,
             ItemRef                 *ref,
             const RegimenItemFields *fields,
             const char              *what,
             double                   value,
             double                   min,
             double                   max)
{
  if (G_LIKELY (value >= min && value <= max))
    return;

  emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR,
        ref->week, ref->day, ref->session, ref->item,
        /* Translators: e.g. "sets of Push-up is 25, outside 1–20" */
        _("%s of %s is %g, outside %g–%g"),
        _(what), exercise_name (ref->exercise, fields), value, min, max);
}

static void
check_item_data (CheckContext            *ctx,
                 ItemRef                 *ref,
                 const RegimenItemFields *fields)
{
  const RegimenInterval *interval = fields->interval;
  const char *tempo = fields->tempo;

  /* Zero means "not given" for these, which is valid. */
  if (fields->sets > 0)
    check_range (ctx, ref, fields, N_("Sets"), fields->sets,
                 REGIMEN_SETS_MIN, REGIMEN_SETS_MAX);
  if (fields->reps > 0)
    check_range (ctx, ref, fields, N_("Reps"), fields->reps,
                 REGIMEN_REPS_MIN, REGIMEN_REPS_MAX);
  if (fields->hold_seconds > 0)
    check_range (ctx, ref, fields, N_("Hold seconds"), fields->hold_seconds,
                 REGIMEN_SECONDS_MIN, REGIMEN_HOLD_SECONDS_MAX);
  if (fields->rest_seconds > 0)
    check_range (ctx, ref, fields, N_("Rest seconds"), fields->rest_seconds,
                 REGIMEN_SECONDS_MIN, REGIMEN_SECONDS_MAX);
  if (fields->load_percent_1rm >= 0.0)
    check_range (ctx, ref, fields, N_("Percent of 1RM"), fields->load_percent_1rm,
                 REGIMEN_PERCENT_MIN, REGIMEN_PERCENT_MAX);

  if (interval != NULL)
    {
      check_range (ctx, ref, fields, N_("Interval work seconds"), interval->work_seconds,
                   REGIMEN_SECONDS_MIN, REGIMEN_SECONDS_MAX);
      if (interval->rest_seconds > 0)
        check_range (ctx, ref, fields, N_("Interval rest seconds"), interval->rest_seconds,
                     REGIMEN_SECONDS_MIN, REGIMEN_SECONDS_MAX);
      check_range (ctx, ref, fields, N_("Interval rounds"), interval->rounds,
                   REGIMEN_ROUNDS_MIN, REGIMEN_ROUNDS_MAX);
    }

  if (tempo != NULL && *tempo != '\0' && !regimen_tempo_is_valid (tempo))
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR,
          ref->week, ref->day, ref->session, ref->item,
          _("tempo “%s” of %s is not four digits or X"),
          tempo, exercise_name (ref->exercise, fields));
}


/* The week of the item with @id, or -1 when the plan has none: the
 * first, in plan order, as regimen_plan_find_item_by_id() finds it. One
 * walk of the plan for the check, not one for each item that asks (a
 * file of thousands of them). */
static int
item_week (CheckContext *ctx,
           const char   *id)
{
  if (ctx->item_weeks == NULL)
    {
      ctx->item_weeks = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint w = 0; w < ctx->n_weeks; w++)
        for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
          {
            RegimenDay *day = regimen_week_peek_day (regimen_plan_peek_week (ctx->plan, w), d);

            for (guint s = 0; s < regimen_day_get_n_sessions (day); s++)
              {
                RegimenSession *session = regimen_day_peek_session (day, s);

                for (guint i = 0; i < regimen_session_get_n_items (session); i++)
                  {
                    const char *item_id = regimen_item_get_id (regimen_session_peek_item (session, i));

                    if (item_id != NULL && !g_hash_table_contains (ctx->item_weeks, item_id))
                      g_hash_table_insert (ctx->item_weeks, (gpointer) item_id, GUINT_TO_POINTER (w + 1));
                  }
              }
          }
    }

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (ctx->item_weeks, id)) - 1;
}

static void
check_item_progression (CheckContext            *ctx,
                        RegimenItem             *item,
                        ItemRef                 *ref,
                        const RegimenItemFields *fields)
{
  g_autoptr(GError) error = NULL;
  const char *source = regimen_item_get_progressed_from (item);

  if (source != NULL)
    {
      if (ctx->pass->ruled_sources == NULL)
        ctx->pass->ruled_sources = g_ptr_array_new ();
      g_ptr_array_add (ctx->pass->ruled_sources, g_string_chunk_insert (ctx->pass->names, source));
    }

  /* One rule owns the items it writes: a rule on one of them is refused
   * where it is applied, and applying or removing the owner's rule is
   * refused while it is there (regimen-progression.c). The check keeps
   * its words, not `progress`'s and the item editor's “Week 3’s rule
   * writes this exercise”: an acknowledgement's fingerprint counts a
   * message's numbers, and a week's number would be a new one. */
  if (source != NULL && item_week (ctx, source) >= 0 && item_week (ctx, source) < ref->week)
    g_set_error_literal (&error, REGIMEN_PROGRESSION_ERROR, REGIMEN_PROGRESSION_ERROR_INVALID,
                         _("This exercise was written by the progression of an earlier week; change the rule there."));
  /* A chain follows the library: an exercise not in it, reported as
   * such, is the one thing wrong. */
  else if (ref->exercise == NULL && fields->progression->rule == REGIMEN_PROGRESSION_CHAIN)
    return;
  else if (regimen_progression_check_fits (fields->progression, item, ctx->library, &error))
    return;

  emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR,
        ref->week, ref->day, ref->session, ref->item,
        /* Translators: the first %s is an exercise's name, the second why its rule
         * cannot be applied, e.g. “The exercise has no hold_seconds to add to.” */
        _("the progression rule of %s does not fit it: %s"),
        exercise_name (ref->exercise, fields), error->message);
}

/* Keeps the place of the rule of the item @ref is, for
 * check_overlapping_rules(). */
static void
keep_rule (CheckContext  *ctx,
           const ItemRef *ref)
{
  WeekPass *pass = ctx->pass;
  RuleRef rule = { ref->day, ref->session, ref->item, ref->exercise };

  if (pass->rules == NULL)
    pass->rules = g_array_new (FALSE, FALSE, sizeof (RuleRef));
  g_array_append_val (pass->rules, rule);
}

/* The rule that owns @item of week @week: the one that wrote it (its
 * source's id, an item of an earlier week), else its own (its id), or
 * none. */
static const char *
item_rule_owner (CheckContext *ctx,
                 RegimenItem  *item,
                 guint         week)
{
  const char *source = regimen_item_get_progressed_from (item);
  int source_week = source != NULL ? item_week (ctx, source) : -1;

  if (source_week >= 0 && (guint) source_week < week)
    return source;

  return regimen_item_peek_fields (item)->progression != NULL ? regimen_item_get_id (item) : NULL;
}

/* One rule owns an exercise in a session of a week: the same exercise
 * twice in one session from rules of two weeks (a copy that kept its
 * rule over another's weeks, or a file edited by hand) made applying
 * either again write beside the other's, and neither could take the
 * other's item (regimen-progression.c). Reported on the second, as
 * DATA. */
static void
check_session_rule_owners (CheckContext   *ctx,
                           RegimenSession *session,
                           guint           week,
                           guint           day,
                           guint           position,
                           RegimenExercise **exercises)
{
  guint n_items = regimen_session_get_n_items (session);
  guint n_ruled = 0;

  for (guint i = 0; i < n_items && n_ruled < 2; i++)
    {
      RegimenItem *item = regimen_session_peek_item (session, i);

      if (regimen_item_peek_fields (item)->progression != NULL || regimen_item_get_progressed_from (item) != NULL)
        n_ruled++;
    }
  if (n_ruled < 2)
    return;

  /* From the first item: the first's source is compared by the items
   * after it, and where it is decides the finding as much as theirs. */
  for (guint i = 0; i < n_items; i++)
    {
      RegimenItem *item = regimen_session_peek_item (session, i);
      const RegimenItemFields *fields = regimen_item_peek_fields (item);
      const char *source = regimen_item_get_progressed_from (item);
      const char *owner;

      if (fields->progression == NULL && source == NULL)
        continue;

      /* Which rule owns it reads where its source is now: the week's
       * key holds that week (key_add_source_weeks()). */
      if (source != NULL)
        {
          if (ctx->pass->ruled_sources == NULL)
            ctx->pass->ruled_sources = g_ptr_array_new ();
          g_ptr_array_add (ctx->pass->ruled_sources, g_string_chunk_insert (ctx->pass->names, source));
        }

      owner = item_rule_owner (ctx, item, week);
      for (guint j = 0; owner != NULL && j < i; j++)
        {
          RegimenItem *other = regimen_session_peek_item (session, j);
          const char *other_owner;

          /* Interned: one exercise, one address. */
          if (regimen_item_peek_fields (other)->exercise != fields->exercise)
            continue;

          other_owner = item_rule_owner (ctx, other, week);
          if (other_owner == NULL || g_strcmp0 (other_owner, owner) == 0)
            continue;
          /* Two rules of items of one session (a top set and its back-off
           * sets, each progressing) write their own, side by side. */
          if (item_week (ctx, other_owner) == item_week (ctx, owner))
            continue;

          emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, day, position, i,
                /* Translators: %s is an exercise's name, the %u are weeks, from 1 */
                _("%s is in this session twice, from two progression rules (of week %u and of week %u): "
                  "applying either again cannot replace the other’s; remove one of the rules"),
                exercise_name (exercises[i], fields),
                (guint) item_week (ctx, other_owner) + 1, (guint) item_week (ctx, owner) + 1);
          break;
        }
    }
}

static gboolean
exercise_is_lower_body (RegimenExercise *exercise)
{
  const char * const *muscles = regimen_exercise_get_primary_muscles (exercise);

  for (guint i = 0; muscles != NULL && muscles[i] != NULL; i++)
    {
      if (g_strv_contains (lower_body_muscles, muscles[i]))
        return TRUE;
    }

  return FALSE;
}

/* Sprints are short maximal efforts: the library's sprint entries. */
static gboolean
exercise_is_sprint (RegimenExercise *exercise)
{
  RegimenExerciseCategory category = regimen_exercise_get_category (exercise);

  return (category == REGIMEN_EXERCISE_CATEGORY_CONDITIONING
          || category == REGIMEN_EXERCISE_CATEGORY_POWER)
         && strstr (regimen_exercise_get_id (exercise), "sprint") != NULL;
}

/* The facts of @exercise, worked out the first time it is asked about,
 * then found by its address. */
static const ExerciseFacts *
exercise_facts (CheckContext    *ctx,
                RegimenExercise *exercise)
{
  guint index = (GPOINTER_TO_SIZE (exercise) >> 4) % G_N_ELEMENTS (ctx->recent_facts);
  ExerciseFacts *slot = &ctx->recent_facts[index];
  const char * const *muscles;

  if (slot->exercise == exercise)
    return slot;

  *slot = (ExerciseFacts) {
    .exercise = exercise,
    .category = regimen_exercise_get_category (exercise),
    .sprint = exercise_is_sprint (exercise),
    .lower_body = exercise_is_lower_body (exercise),
    .activation = regimen_exercise_get_activation (exercise),
  };
  muscles = regimen_exercise_get_primary_muscles (exercise);
  for (guint i = 0; muscles != NULL && muscles[i] != NULL; i++)
    {
      guint bit = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->muscle_bits, muscles[i]));

      if (bit != 0)
        slot->bits |= G_GUINT64_CONSTANT (1) << (bit - 1);

      if (bit == 0 || i >= G_N_ELEMENTS (slot->bit))
        slot->n_bits = G_MAXUINT;
      else if (slot->n_bits != G_MAXUINT)
        slot->bit[slot->n_bits++] = bit - 1;
    }

  return slot;
}

static guint64
exercise_muscle_bits (CheckContext    *ctx,
                      RegimenExercise *exercise)
{
  return exercise != NULL ? exercise_facts (ctx, exercise)->bits : 0;
}

/* Jumps and throws done for repetitions; power drills held for time (an
 * A-skip) are technique, not plyometric load. */
static gboolean
item_is_plyometric (const ExerciseFacts     *facts,
                    const RegimenItemFields *fields)
{
  return facts->category == REGIMEN_EXERCISE_CATEGORY_POWER
         && !facts->sprint
         && fields->reps > 0
         && fields->interval == NULL;
}

static guint
item_contacts (const RegimenItemFields *fields)
{
  return MAX (fields->sets, 1) * fields->reps
         * (fields->per_side ? 2 : 1);
}

/* Repeated hard efforts with incomplete rest: an interval, or a
 * conditioning item of several short efforts, resting less than the
 * threshold × the work. */
static gboolean
item_is_interval_work (CheckContext            *ctx,
                       const RegimenItemFields *fields,
                       RegimenExercise         *exercise)
{
  const RegimenInterval *interval = fields->interval;
  double max_ratio = ctx->thresholds->hiit_content_max_rest_ratio;
  guint hold = fields->hold_seconds;
  guint rest = fields->rest_seconds;

  if (fields->warm_up)
    return FALSE;

  if (interval != NULL)
    return interval->work_seconds > 0 && interval->rest_seconds < max_ratio * interval->work_seconds;

  return exercise != NULL
         && regimen_exercise_get_category (exercise) == REGIMEN_EXERCISE_CATEGORY_CONDITIONING
         && fields->sets >= 3
         && hold > 0 && hold <= REPEATED_EFFORT_MAX_SECONDS
         && (rest > 0 ? rest : REGIMEN_DEFAULT_REST_SECONDS) < max_ratio * hold;
}

/* Whether @session is HIIT (regimen_checker_session_is_hiit()), with the
 * exercises of its items looked up already (NULL where not in the
 * library). */
static gboolean
session_is_hiit (RegimenSession          *session,
                 RegimenExercise        **exercises,
                 const RegimenThresholds *thresholds)
{
  CheckContext ctx = { 0 };
  guint n_items;

  if (regimen_session_get_kind (session) == REGIMEN_SESSION_KIND_HIIT)
    return TRUE;
  if (regimen_session_get_kind (session) == REGIMEN_SESSION_KIND_COMPETITION)
    return FALSE;

  if (regimen_session_get_rpe (session) < thresholds->hard_rpe)
    return FALSE;

  ctx.thresholds = thresholds;
  n_items = regimen_session_get_n_items (session);
  for (guint i = 0; i < n_items; i++)
    {
      if (item_is_interval_work (&ctx, regimen_item_peek_fields (regimen_session_peek_item (session, i)),
                                 exercises[i]))
        return TRUE;
    }

  return FALSE;
}

/* The exercise of each item of @session, into @exercises. */
static void
lookup_exercises (RegimenSession   *session,
                  RegimenLibrary   *library,
                  RegimenExercise **exercises)
{
  guint n_items = regimen_session_get_n_items (session);

  for (guint i = 0; i < n_items; i++)
    {
      const char *id = regimen_item_peek_fields (regimen_session_peek_item (session, i))->exercise;

      exercises[i] = id != NULL ? regimen_library_lookup (library, id) : NULL;
    }
}

/* lookup_exercises() for the check: the items of one exercise share its
 * id (regimen_item_get_exercise()), so each id is looked up in the
 * library once, and after that found by its address in a small table of
 * the ids last looked up. A 520-week plan has 25,000 items of a hundred
 * exercises. */
static void
lookup_session_exercises (CheckContext     *ctx,
                          RegimenSession   *session,
                          RegimenExercise **exercises)
{
  guint n_items = regimen_session_get_n_items (session);

  for (guint i = 0; i < n_items; i++)
    {
      const char *id = regimen_item_peek_fields (regimen_session_peek_item (session, i))->exercise;
      guint slot = (GPOINTER_TO_SIZE (id) >> 4) % G_N_ELEMENTS (ctx->recent_ids);

      if (id == NULL)
        exercises[i] = NULL;
      else if (ctx->recent_ids[slot] == id)
        exercises[i] = ctx->recent_exercises[slot];
      else
        {
          exercises[i] = regimen_library_lookup (ctx->library, id);
          ctx->recent_ids[slot] = id;
          ctx->recent_exercises[slot] = exercises[i];
        }
    }
}

/**
 * regimen_checker_session_is_hiit:
 * @session: a session
 * @library: (nullable): the exercise library, or %NULL for the default one
 * @thresholds: the thresholds of the athlete
 *
 * A session is HIIT by its kind, or by its content: interval work with
 * incomplete rest (see docs/validation-rules.md) in a session of RPE 7 or
 * more. A competition is never HIIT.
 *
 * Returns: whether @session counts as HIIT
 */
gboolean
regimen_checker_session_is_hiit (RegimenSession          *session,
                                 RegimenLibrary          *library,
                                 const RegimenThresholds *thresholds)
{
  g_autofree RegimenExercise **exercises = NULL;

  g_return_val_if_fail (REGIMEN_IS_SESSION (session), FALSE);
  g_return_val_if_fail (thresholds != NULL, FALSE);

  if (library == NULL)
    library = regimen_library_get_default ();

  exercises = g_new (RegimenExercise *, MAX (regimen_session_get_n_items (session), 1));
  lookup_exercises (session, library, exercises);

  return session_is_hiit (session, exercises, thresholds);
}

/* The %1RM at which @reps are the most one can do: the table read back,
 * once a check for each number of repetitions up to REGIMEN_REPS_MAX
 * (forty steps of bisection each). */
/* regimen_max_reps_at_percent() of @percent, worked out again only when
 * it is not the last one asked for: an item's rules ask for it of the
 * same load up to four times (regimen_reps_in_reserve() is the same less
 * the repetitions). */
static inline double
max_reps_at_percent (CheckContext *ctx,
                     double        percent)
{
  if (percent != ctx->max_reps_percent)
    {
      ctx->max_reps_percent = percent;
      ctx->max_reps = regimen_max_reps_at_percent (percent);
    }

  return ctx->max_reps;
}

static double
percent_for_reps (CheckContext *ctx,
                  guint         reps)
{
  double low = 0;
  double high = 100;

  if (reps <= REGIMEN_REPS_MAX && ctx->percent_for_reps[reps] >= 0)
    return ctx->percent_for_reps[reps];

  for (guint i = 0; i < 40; i++)
    {
      double middle = (low + high) / 2;

      if (regimen_max_reps_at_percent (middle) > reps)
        low = middle;
      else
        high = middle;
    }

  if (reps <= REGIMEN_REPS_MAX)
    ctx->percent_for_reps[reps] = floor (low);

  return floor (low);
}

/* "Deadlift 5 × 12 at 90 % of 1RM", "Jump Squat 3 × 8", into
 * @described. */
static void
describe_item (CheckContext *ctx,
               ItemRef      *ref,
               Described    *described)
{
  *described = (Described) {
    .format = "%s",
    .name = regimen_exercise_get_display_name (ref->exercise),
    .counts = { MAX (ref->sets, 1), ref->reps },
    .percent = ref->percent,
  };

  if (ref->percent >= 0 && ref->reps > 0)
    {
      /* Translators: exercise, sets × reps at a load, e.g. "Deadlift 5 × 3 at 88 % of 1RM" */
      described->format = _("%s %u × %u at %g %% of 1RM");
      described->n_numbers = 3;
    }
  else if (ref->reps > 0)
    {
      /* Translators: exercise, sets × reps, e.g. "Jump Squat 3 × 8" */
      described->format = _("%s %u × %u");
      described->n_numbers = 2;
    }
}

/* Whether an item is hard work, judged from its own content first: a load
 * of hard_percent_1rm or more, or few repetitions in reserve by the %1RM
 * table; sprints and plyometrics are hard; otherwise the session's RPE
 * decides. Warm-ups and mobility never are, nor activation drills without
 * a load (a bodyweight glute bridge is not hard in an RPE 7 session). */
static gboolean
item_is_hard (CheckContext            *ctx,
              RegimenSession          *session,
              const RegimenItemFields *fields,
              const ExerciseFacts     *facts,
              ItemRef                 *ref)
{
  const RegimenThresholds *t = ctx->thresholds;
  gboolean rpe_hard = regimen_session_get_rpe (session) >= t->hard_rpe
                      || regimen_session_get_kind (session) == REGIMEN_SESSION_KIND_HIIT;

  if (ref->warm_up || facts->category == REGIMEN_EXERCISE_CATEGORY_MOBILITY)
    return FALSE;

  if (facts->sprint || item_is_plyometric (facts, fields))
    return TRUE;

  if (fields->interval != NULL)
    return rpe_hard;

  if (ref->percent >= 0)
    return ref->percent >= t->hard_percent_1rm
           || (ref->reps > 0 && max_reps_at_percent (ctx, ref->percent) - ref->reps <= t->hard_max_rir);

  return rpe_hard && !facts->activation;
}

/* Hard items of these categories count as hard sets of their primary
 * muscles; conditioning is judged by the HIIT and load rules instead. */
static gboolean
item_counts_for_muscles (const ExerciseFacts     *facts,
                         const RegimenItemFields *fields)
{
  RegimenExerciseCategory category = facts->category;

  return fields->interval == NULL
         && (category == REGIMEN_EXERCISE_CATEGORY_STRENGTH
             || category == REGIMEN_EXERCISE_CATEGORY_POWER
             || category == REGIMEN_EXERCISE_CATEGORY_CORE);
}

static gboolean
item_is_speed_work (const ExerciseFacts     *facts,
                    const RegimenItemFields *fields)
{
  if (regimen_tempo_is_speed_work (fields->tempo))
    return TRUE;

  /* Loaded jumps: explosive emphasis is the goal. */
  return item_is_plyometric (facts, fields);
}

static void
check_item (CheckContext     *ctx,
            RegimenSession   *session,
            gboolean          hiit,
            RegimenItem      *item,
            ItemRef          *ref,
            RegimenWeekStats *stats,
            guint64          *hard_muscles,
            gboolean         *hard,
            ItemRef          *near_max)
{
  const RegimenThresholds *t = ctx->thresholds;
  const RegimenItemFields *fields = regimen_item_peek_fields (item);
  const ExerciseFacts *facts;
  const RegimenInterval *interval = fields->interval;
  const char *id = fields->exercise;
  const char *tempo = fields->tempo;
  guint day_index = ref->week * REGIMEN_DAYS_PER_WEEK + ref->day;

  ref->sets = fields->sets;
  ref->reps = fields->reps;
  ref->percent = fields->load_percent_1rm >= 0.0 ? fields->load_percent_1rm : -1;
  ref->warm_up = fields->warm_up;

  if (ref->exercise == NULL)
    {
      /* With what shows as nothing spelt (a zero-width space, a
       * direction mark), as import-csv quotes a cell: “narrow-stance-squat”
       * followed by a U+200B was said not to be in the library, in
       * words that named one that is. */
      g_autofree char *spelt = regimen_text_spell (id != NULL ? id : "", FALSE);

      emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR,
            ref->week, ref->day, ref->session, ref->item,
            _("the exercise “%s” is not in the library"), spelt);
    }

  check_item_data (ctx, ref, fields);

  /* A rule read from a file, or kept through an edit that took away
   * what it adds to, would apply to nothing: a coach reading the plan
   * takes it for a progression that is not there. */
  if (fields->progression != NULL)
    {
      check_item_progression (ctx, item, ref, fields);
      keep_rule (ctx, ref);
    }

  /* The seed's 1:2 is about HIIT: easy or tempo intervals may rest less.
   * No rest at all is said so, not “rest 0 s”. */
  if (hiit && interval != NULL && interval->work_seconds > 0 && interval->rest_seconds == 0
      && t->interval_min_rest_ratio > 0)
    emit (ctx, REGIMEN_RULE_HIIT_RATIO, REGIMEN_SEVERITY_WARNING,
          ref->week, ref->day, ref->session, ref->item,
          /* Translators: the last %s is the athlete's level, e.g. "Beginner" */
          _(HIIT_NO_REST_FORMAT),
          exercise_name (ref->exercise, fields), interval->work_seconds,
          regimen_level_get_label (t->level), t->interval_min_rest_ratio * interval->work_seconds);
  else if (hiit && interval != NULL && interval->work_seconds > 0
      && interval->rest_seconds < t->interval_min_rest_ratio * interval->work_seconds)
    emit (ctx, REGIMEN_RULE_HIIT_RATIO, REGIMEN_SEVERITY_WARNING,
          ref->week, ref->day, ref->session, ref->item,
          /* Translators: the last %s is the athlete's level, e.g. "Beginner" */
          _("%s intervals rest %u s after %u s of work; at level “%s” rest at least %g s"),
          exercise_name (ref->exercise, fields), interval->rest_seconds, interval->work_seconds,
          regimen_level_get_label (t->level), t->interval_min_rest_ratio * interval->work_seconds);

  if (ref->exercise == NULL)
    return;

  facts = exercise_facts (ctx, ref->exercise);
  if (ref->percent > t->speed_max_percent_1rm && item_is_speed_work (facts, fields))
    {
      if (tempo != NULL && regimen_tempo_is_speed_work (tempo))
        {
          /* As the editor and the sheet write it: "3-1-1-0", not "3110". */
          g_autofree char *shown = regimen_tempo_format (tempo);

          emit (ctx, REGIMEN_RULE_SPEED_LOAD, REGIMEN_SEVERITY_WARNING,
                ref->week, ref->day, ref->session, ref->item,
                _("%s with tempo %s at %g %% of 1RM; keep pause and tempo work at or below %g %%, "
                  "or use an ordinary tempo for heavy sets"),
                regimen_exercise_get_display_name (ref->exercise), shown, ref->percent, t->speed_max_percent_1rm);
        }
      else
        emit (ctx, REGIMEN_RULE_SPEED_LOAD, REGIMEN_SEVERITY_WARNING,
              ref->week, ref->day, ref->session, ref->item,
              _("%s, explosive work, at %g %% of 1RM; keep it at or below %g %%"),
              regimen_exercise_get_display_name (ref->exercise), ref->percent, t->speed_max_percent_1rm);
    }

  /* INTENSITY: more repetitions than the load allows. */
  if (ref->percent > 0 && ref->reps > 0
      && max_reps_at_percent (ctx, ref->percent) - ref->reps < -t->reps_tolerance)
    {
      Described what;

      describe_item (ctx, ref, &what);
      emit_described (ctx, REGIMEN_RULE_INTENSITY, REGIMEN_SEVERITY_WARNING,
                      ref->week, ref->day, ref->session, ref->item, &what, 1,
                      _("%s cannot be done as written: %g %% of 1RM allows about %.0f repetitions; "
                        "for %u repetitions use about %g %%, or keep the load and do %.0f"),
                      DESCRIBED, ref->percent, max_reps_at_percent (ctx, ref->percent), ref->reps,
                      percent_for_reps (ctx, ref->reps), floor (max_reps_at_percent (ctx, ref->percent)));
    }

  if (!ref->warm_up && ref->percent > 0 && ref->reps > 0 && near_max->exercise == NULL
      && max_reps_at_percent (ctx, ref->percent) - ref->reps <= t->contradiction_max_rir)
    *near_max = *ref;

  if (!ref->warm_up && ref->percent >= t->heavy_percent_1rm)
    {
      ctx->pass->heavy_sets += MAX (ref->sets, 1);
      if (ctx->pass->heavy.exercise == NULL)
        ctx->pass->heavy = *ref;
    }

  /* READINESS: what needs the athlete fresh, and what tires the legs. */
  if (!ref->warm_up && facts->sprint)
    {
      Target target = { day_index, ref->session, ref->item, TARGET_SPRINT,
                        g_string_chunk_insert (ctx->pass->names, session_name (session)) };

      g_array_append_val (ctx->pass->targets, target);
    }
  else if (!ref->warm_up)
    {
      gboolean plyometric = item_is_plyometric (facts, fields)
                            && item_contacts (fields) >= t->plyometric_min_contacts;
      gboolean heavy = ref->percent >= t->readiness_percent_1rm && facts->lower_body
                       && MAX (ref->sets, 1) * ref->reps >= t->readiness_min_reps;

      if (plyometric || heavy)
        {
          Stressor stressor = { *ref, day_index, plyometric && !heavy, item_contacts (fields) };

          g_array_append_val (ctx->pass->stressors, stressor);
        }
    }

  {
    const char * const *muscles;
    gboolean item_hard = item_is_hard (ctx, session, fields, facts, ref);
    guint sets;

    /* The week's list of items was made at their number (check_week()). */
    g_assert (ctx->n_week_items < ctx->pass->items->len);
    g_array_index (ctx->pass->items, ItemRef, ctx->n_week_items++) = *ref;

    if (item_hard)
      *hard = TRUE;

    if (!item_hard || !item_counts_for_muscles (facts, fields))
      return;

    sets = regimen_session_effective_item_sets (session, item);
    *hard_muscles |= facts->bits;

    if (facts->n_bits != G_MAXUINT)
      {
        for (guint i = 0; i < facts->n_bits; i++)
          ctx->week_muscle_sets[facts->bit[i]] += sets;
        return;
      }

    /* A muscle beyond the bits is counted by its interned name. */
    muscles = regimen_exercise_get_primary_muscles (ref->exercise);
    for (guint i = 0; muscles != NULL && muscles[i] != NULL; i++)
      {
        guint bit = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->muscle_bits, muscles[i]));
        const char *muscle;
        guint before;

        if (bit != 0)
          {
            ctx->week_muscle_sets[bit - 1] += sets;
            continue;
          }

        if (stats->muscle_sets->others == NULL)
          stats->muscle_sets->others = g_hash_table_new (NULL, NULL);
        muscle = g_intern_string (muscles[i]);
        before = GPOINTER_TO_UINT (g_hash_table_lookup (stats->muscle_sets->others, muscle));
        g_hash_table_insert (stats->muscle_sets->others, (gpointer) muscle, GUINT_TO_POINTER (before + sets));
      }
  }
}

static void
check_session (CheckContext     *ctx,
               RegimenSession   *session,
               guint             week,
               guint             day,
               guint             position,
               RegimenWeekStats *stats)
{
  const RegimenThresholds *t = ctx->thresholds;
  guint idx = week * REGIMEN_DAYS_PER_WEEK + day;
  WeekPass *pass = ctx->pass;
  guint rpe = regimen_session_get_rpe (session);
  guint minutes = regimen_session_get_minutes (session);
  guint n_items = regimen_session_get_n_items (session);
  RegimenExercise **exercises;
  gboolean hiit;
  gboolean competition = regimen_session_get_kind (session) == REGIMEN_SESSION_KIND_COMPETITION;
  guint64 hard_muscles = 0;
  gboolean hard = FALSE;
  ItemRef near_max = { 0 };
  /* The items' minutes and the loads, each worked out once for the DATA
   * rule, the day's load and the week's figures, as
   * regimen_session_estimate_minutes(), regimen_session_planned_load()
   * and regimen_session_effective_load() would. */
  double estimated = minutes == 0 ? items_minutes (session) : 0;
  double planned = regimen_session_load (rpe, minutes > 0 ? minutes : MIN (estimated, REGIMEN_MINUTES_MAX));
  double done_load = 0;
  gboolean done = regimen_session_get_done_load (session, &done_load);

  /* Each item's exercise, looked up once for the HIIT test and the item's
   * rules. */
  g_ptr_array_set_size (ctx->exercises, n_items);
  exercises = (RegimenExercise **) ctx->exercises->pdata;
  lookup_session_exercises (ctx, session, exercises);
  hiit = session_is_hiit (session, exercises, t);

  if (rpe < REGIMEN_RPE_MIN || rpe > REGIMEN_RPE_MAX)
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, day, position, -1,
          _("RPE %u is outside %d–%d"), rpe, REGIMEN_RPE_MIN, REGIMEN_RPE_MAX);
  if (minutes > REGIMEN_MINUTES_MAX)
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, day, position, -1,
          _("%u minutes is outside %d–%d"), minutes, REGIMEN_MINUTES_MIN, REGIMEN_MINUTES_MAX);
  else if (minutes == 0 && estimated > REGIMEN_MINUTES_MAX)
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, day, position, -1,
          /* Translators: the items' estimated minutes, then the longest session twice */
          _("the items take about %.0f minutes, more than the longest session of %d minutes; the "
            "load and the calendar count %d"),
          estimated, REGIMEN_MINUTES_MAX, REGIMEN_MINUTES_MAX);

  pass->day_loads[day] += done ? done_load : planned;
  regimen_week_stats_add_session (stats, day, session, planned, done, done_load);

  if (hiit || competition)
    {
      Target target = { idx, position, -1, hiit ? TARGET_HIIT : TARGET_COMPETITION,
                        g_string_chunk_insert (pass->names, session_name (session)) };

      g_array_append_val (pass->targets, target);
    }

  if (hiit)
    {
      HiitRef ref = { day, position };

      g_array_append_val (ctx->week_hiit, ref);
      if (pass->day_hiit[day]++ == 0)
        pass->day_first_hiit[day] = position;
    }

  for (guint i = 0; i < n_items; i++)
    {
      ItemRef ref = { week, day, position, i, exercises[i], 0, 0, -1, FALSE };

      check_item (ctx, session, hiit, regimen_session_peek_item (session, i), &ref, stats,
                  &hard_muscles, &hard, &near_max);
    }

  check_session_rule_owners (ctx, session, week, day, position, exercises);

  /* INTENSITY: a light rating for near-maximal content. */
  if (near_max.exercise != NULL && rpe <= t->light_rpe)
    {
      Described what;

      describe_item (ctx, &near_max, &what);
      emit_described (ctx, REGIMEN_RULE_INTENSITY, REGIMEN_SEVERITY_WARNING, week, day, position, -1,
                      &what, 1,
                      _("rated RPE %u, but %s leaves about %.0f repetitions in reserve: near-maximal sets "
                        "make a session RPE 7 or more; rate it as it is, or lighten the load"),
                      rpe, DESCRIBED, MAX (regimen_reps_in_reserve (near_max.percent, near_max.reps), 0));
    }

  if (hiit || competition || hard || rpe >= t->hard_rpe)
    pass->day_hard[day] = TRUE;

  pass->day_muscles[day] |= hard_muscles;
}

static const char *
hiit_limit_reason (CheckContext *ctx)
{
  if (ctx->thresholds->hiit_own_limit)
    return _("the athlete’s own limit");

  if (ctx->thresholds->high_life_stress)
    return _("the limit while life stress is high");

  if (ctx->thresholds->level == REGIMEN_LEVEL_BEGINNER)
    return _("the limit for beginners");

  return _("the default limit");
}

/* HIIT-FREQ: over the limit, every HIIT session of the week is marked, so
 * the finding does not land on whichever happens to be counted last; each
 * message names them all, and any one of them can be changed. */
static void
check_week_hiit (CheckContext *ctx,
                 guint         week)
{
  const RegimenThresholds *t = ctx->thresholds;
  guint n = ctx->week_hiit->len;
  g_autoptr(GString) names = NULL;

  if (n <= MIN (t->hiit_limit, t->hiit_default_limit))
    return;

  names = g_string_new (NULL);
  for (guint i = 0; i < MIN (n, REGIMEN_CHECK_LISTED_SESSIONS); i++)
    {
      HiitRef *ref = &g_array_index (ctx->week_hiit, HiitRef, i);
      RegimenSession *session = regimen_plan_get_session (ctx->plan, week, ref->day, ref->session);
      g_autofree char *name = abbreviate (session_name (session));

      if (names->len > 0)
        g_string_append (names, _(", "));
      /* Translators: a session in a list: weekday, session title */
      g_string_append_printf (names, _("%s “%s”"), regimen_weekday_name (ref->day), name);
    }
  if (n > REGIMEN_CHECK_LISTED_SESSIONS)
    /* Translators: ends a shortened list of sessions, “Monday “A”, Tuesday “B” and 3 more” */
    g_string_append_printf (names,
                            g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                         n - REGIMEN_CHECK_LISTED_SESSIONS),
                            n - REGIMEN_CHECK_LISTED_SESSIONS);

  if (n > t->hiit_limit)
    {
      for (guint i = 0; i < n; i++)
        {
          HiitRef *ref = &g_array_index (ctx->week_hiit, HiitRef, i);

          emit (ctx, REGIMEN_RULE_HIIT_FREQ, REGIMEN_SEVERITY_ERROR, week, ref->day, ref->session, -1,
                /* Translators: the count, the list of sessions, the limit and its reason */
                g_dngettext (GETTEXT_PACKAGE,
                             "one of %u HIIT session this week (%s); %u a week is %s: turn one of "
                             "them into steady cardio, strength or mobility work",
                             "one of %u HIIT sessions this week (%s); %u a week is %s: turn one of "
                             "them into steady cardio, strength or mobility work",
                             n),
                n, names->str, t->hiit_limit, hiit_limit_reason (ctx));
        }
    }
  else if (t->hiit_own_limit && t->high_life_stress)
    emit (ctx, REGIMEN_RULE_HIIT_FREQ, REGIMEN_SEVERITY_WARNING, week, -1, -1, -1,
          _("%u HIIT sessions (%s) while life stress is high: within the athlete’s own limit of %u, "
            "but above the usual %u; check that this is still the right amount"),
          n, names->str, t->hiit_limit, t->hiit_default_limit);
}

/* The name of the @index-th muscle group, translated once a check. */
static const char *
muscle_name (CheckContext *ctx,
             guint         index)
{
  if (ctx->muscle_names[index] == NULL)
    ctx->muscle_names[index] = regimen_muscle_get_name (regimen_muscle_list_ids ()[index]);

  return ctx->muscle_names[index];
}

static void
check_week_shape (CheckContext     *ctx,
                  guint             week,
                  RegimenWeekStats *stats)
{
  const RegimenThresholds *t = ctx->thresholds;
  GString *over = ctx->muscles_over;
  const char * const *ids = regimen_muscle_list_ids ();

  g_string_truncate (over, 0);

  if (stats->monotony > t->monotony_warning_above || stats->monotony > t->monotony_info_above)
    {
      gboolean warning = stats->monotony > t->monotony_warning_above;

      emit (ctx, REGIMEN_RULE_MONOTONY,
            warning ? REGIMEN_SEVERITY_WARNING : REGIMEN_SEVERITY_INFO,
            week, -1, -1, -1,
            _(MONOTONY_FORMAT),
            stats->monotony,
            warning ? t->monotony_warning_above : t->monotony_info_above);
    }

  if (stats->strain > t->strain_warning_above)
    emit (ctx, REGIMEN_RULE_STRAIN, REGIMEN_SEVERITY_WARNING, week, -1, -1, -1,
          _("strain %.0f AU (load × monotony) is above %.0f AU"),
          stats->strain, t->strain_warning_above);

  if (stats->hard_days == REGIMEN_DAYS_PER_WEEK)
    emit (ctx, REGIMEN_RULE_REST_DAY, REGIMEN_SEVERITY_WARNING, week, -1, -1, -1,
          "%s", _("every day has hard training; plan at least one rest or easy day"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      guint sets = i < MAX_MUSCLE_BITS ? stats->muscle_sets->by_bit[i]
                   : muscle_sets_get_other (stats->muscle_sets, ctx->muscle_keys[i]);

      if (sets <= t->sets_warning_above)
        continue;

      if (over->len > 0)
        g_string_append (over, _(", "));
      /* Written without printf() where the translation is the plain
       * "%s %u". */
      if (ctx->muscle_sets_plain)
        {
          g_string_append (over, muscle_name (ctx, i));
          g_string_append_c (over, ' ');
          regimen_string_append_uint (over, sets);
        }
      else
        g_string_append_printf (over, translated (ctx->muscle_sets_format, MUSCLE_SETS_FORMAT),
                                muscle_name (ctx, i), sets);
    }

  if (over->len > 0)
    {
      if (ctx->level_label == NULL)
        ctx->level_label = regimen_level_get_label (t->level);
      emit (ctx, REGIMEN_RULE_MUSCLE_VOLUME, REGIMEN_SEVERITY_WARNING, week, -1, -1, -1,
            _("hard sets this week: %s; above %u a week (usual range %u–%u at level “%s”): drop "
              "sets or exercises for these muscle groups"),
            over->str, t->sets_warning_above, t->sets_range_low, t->sets_range_high,
            ctx->level_label);
    }
}

/* The chronic load @chronic as loads are compared with it: at least
 * REGIMEN_CHRONIC_LOAD_MIN, so that no ratio grows beyond a double. */
static double
compared_chronic (double chronic)
{
  return MAX (chronic, REGIMEN_CHRONIC_LOAD_MIN);
}

/* The load above which an acute load is beyond @factor × @reference: also
 * more than @min_increase AU above it, so that a small load is not a
 * spike for its ratio alone (a set added to a 10-minute session can
 * double a tiny week). */
static double
load_limit (double factor,
            double min_increase,
            double reference)
{
  return MAX (factor * reference, reference + min_increase);
}

/* The first day of the week whose acute load (the 7 days up to it) is
 * beyond @factor × its chronic load and, when @floor is above 0, beyond
 * @factor × @floor too, each by more than @min_increase AU; -1 when none
 * is. That day is where a change helps most. */
static int
first_day_beyond (const RegimenWeekStats *stats,
                  double                  factor,
                  double                  min_increase,
                  double                  floor)
{
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      double acute = stats->daily_acute[day];
      double chronic = compared_chronic (stats->daily_chronic[day]);

      if (stats->daily_chronic[day] > 0
          && acute > load_limit (factor, min_increase, MAX (chronic, floor)))
        return day;
    }

  return -1;
}

/* The acute load of @day in words: "1959 AU in the 7 days up to this day",
 * or, in the plan's first week, the days from the plan's start. */
static char *
acute_text (CheckContext           *ctx,
            guint                   week,
            guint                   day,
            const RegimenWeekStats *stats)
{
  if (week == 0 && day + 1 < REGIMEN_DAYS_PER_WEEK)
    /* Translators: the load of the plan's first days, e.g. "1510 AU from the plan's start to this day" */
    return format_text (ctx, _("%.0f AU from the plan’s start to this day"), stats->daily_acute[day]);

  /* Translators: the load of a rolling week, e.g. "1959 AU in the 7 days up to this day" */
  return format_text (ctx, _("%.0f AU in the 7 days up to this day"), stats->daily_acute[day]);
}

/* Load against the athlete's own recent load: every rolling 7-day window
 * ending on a day of the week against the chronic load on the day before
 * the window starts (the 28-day EWMA, see regimen_chronic_load_series()).
 * LOAD-BUDGET is far beyond both the chronic load and the baseline; the
 * drop note judges the plan week as a whole. */
static void
check_week_load (CheckContext     *ctx,
                 guint             week,
                 RegimenWeekStats *stats)
{
  const RegimenThresholds *t = ctx->thresholds;
  double baseline = t->baseline_weekly_load;
  int day = -1;

  if (baseline > 0)
    day = first_day_beyond (stats, t->load_error_above, t->load_error_min_increase, baseline);
  if (day >= 0)
    {
      g_autofree char *acute = acute_text (ctx, week, day, stats);
      double chronic = compared_chronic (stats->daily_chronic[day]);

      emit (ctx, REGIMEN_RULE_LOAD_BUDGET, REGIMEN_SEVERITY_ERROR, week, day, -1, -1,
            _("%s: more than %.1f × both the chronic load of %.0f AU a week before them and the "
              "baseline of %.0f AU, and more than %.0f AU above the larger, here more than %.0f AU; "
              "shorten or remove sessions, or build up to this over several weeks"),
            acute, t->load_error_above, chronic, baseline, t->load_error_min_increase,
            load_limit (t->load_error_above, t->load_error_min_increase, MAX (chronic, baseline)));
    }
  else if ((day = first_day_beyond (stats, t->load_warning_above, t->load_warning_min_increase, 0)) >= 0)
    {
      g_autofree char *acute = acute_text (ctx, week, day, stats);
      double chronic = compared_chronic (stats->daily_chronic[day]);

      emit (ctx, REGIMEN_RULE_LOAD_ACWR, REGIMEN_SEVERITY_WARNING, week, day, -1, -1,
            _(LOAD_JUMP_FORMAT),
            acute, stats->daily_acute[day] - chronic, chronic, stats->daily_acwr[day],
            t->load_warning_above, t->load_warning_min_increase,
            load_limit (t->load_warning_above, t->load_warning_min_increase, chronic));
    }

  /* A chronic load of almost nothing has nothing to drop from. */
  if (!stats->lighter && stats->chronic >= REGIMEN_CHRONIC_LOAD_MIN &&
      stats->load < t->load_drop_below * stats->chronic)
    emit (ctx, REGIMEN_RULE_LOAD_ACWR, REGIMEN_SEVERITY_INFO, week, -1, -1, -1,
          _("this week %.0f AU, %.2f × the chronic load of %.0f AU a week: if it is a planned "
            "lighter week, mark it as lighter; otherwise fitness drops"),
          stats->load, stats->load / stats->chronic, stats->chronic);
}

static char *
muscle_names (CheckContext *ctx,
              guint64       bits)
{
  const char * const *ids = regimen_muscle_list_ids ();
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL && i < MAX_MUSCLE_BITS; i++)
    {
      if ((bits & (G_GUINT64_CONSTANT (1) << i)) == 0)
        continue;

      if (names->len > 0)
        /* Translators: separates muscle group names in a list */
        g_string_append (names, _(", "));
      g_string_append (names, muscle_name (ctx, i));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
same_finding (Finding *a,
              Finding *b)
{
  if (a == b)
    return TRUE;

  /* The same format with the same arguments is the same message; the
   * same message from other arguments is taken for another. */
  return memcmp (a->place, b->place, sizeof a->place) == 0
         && a->format == b->format
         && a->join_format == b->join_format
         && g_str_equal (a->place_text->plain, b->place_text->plain)
         && g_strcmp0 (a->place_text->block, b->place_text->block) == 0
         && a->n_args == b->n_args
         && a->kept_size == b->kept_size
         && memcmp (a->args, b->args, a->kept_size) == 0;
}

/* The parts of @finding's place its key names (regimen_diagnostic_get_key():
 * the rule, and the week, day, session and item up to the first that does
 * not apply), the rest -1. */
static void
finding_key (const Finding *finding,
             int           *key)
{
  gboolean applies = TRUE;

  key[0] = finding->place[5];
  for (guint i = 0; i < 4; i++)
    {
      applies = applies && finding->place[i] >= 0;
      key[i + 1] = applies ? finding->place[i] : -1;
    }
}

static guint
finding_key_hash (gconstpointer data)
{
  int key[5];
  guint hash = 17;

  finding_key (data, key);
  for (guint i = 0; i < G_N_ELEMENTS (key); i++)
    hash = hash * 31 + (guint) key[i];

  return hash;
}

static gboolean
finding_key_equal (gconstpointer a,
                   gconstpointer b)
{
  int key_a[5];
  int key_b[5];

  finding_key (a, key_a);
  finding_key (b, key_b);

  return memcmp (key_a, key_b, sizeof key_a) == 0;
}

/* The list of a rule over weeks that found nothing in a week: one list,
 * shared by every week of every check and never filled. A week keeps
 * five such lists (WeekPass), and most are empty: making and freeing
 * them, five lists of each of 520 weeks, was a fiftieth of a 520-week
 * check. Whoever would fill a list it holds takes a new one instead
 * (keep_findings()). */
static GPtrArray *no_findings_list;

static GPtrArray *
no_findings (void)
{
  if (g_once_init_enter (&no_findings_list))
    g_once_init_leave (&no_findings_list, g_ptr_array_new_with_free_func (finding_unref));

  return g_ptr_array_ref (no_findings_list);
}

/* Puts @found (transfer full; NULL for none) in place of *@kept, @pass's
 * list of a rule's findings, unless they are the same findings: then
 * *@kept keeps its objects, and the week's merged findings stay as they
 * are. A drop moves the chronic load of every later week, whose load
 * rules run again and mostly find what they found before. The list
 * found takes the kept one's place whole: a full check's lists are all
 * new, and copying each finding into the kept list took a reference on
 * each that freeing the list found gave back. The list left over, emptied,
 * is the next rule's to fill (run_into()). */
static void
keep_findings (CheckContext *ctx,
               WeekPass     *pass,
               GPtrArray   **kept,
               GPtrArray    *found)
{
  guint n_found = found != NULL ? found->len : 0;
  gboolean same = (*kept)->len == n_found;
  GPtrArray *left;

  for (guint i = 0; same && i < n_found; i++)
    same = same_finding (g_ptr_array_index (*kept, i), g_ptr_array_index (found, i));

  if (same)
    left = found;
  else
    {
      left = *kept;
      *kept = found != NULL ? found : no_findings ();
      g_clear_pointer (&pass->merged, segment_unref);
    }

  if (left == NULL)
    return;
  /* The shared empty list is never the next rule's to fill. */
  if (left == no_findings_list)
    {
      g_ptr_array_unref (left);
      return;
    }
  if (ctx->spare_found == NULL)
    {
      g_ptr_array_set_size (left, 0);
      ctx->spare_found = left;
    }
  else
    g_ptr_array_unref (left);
}

/* A week checked again mostly finds what it found: its own findings that
 * are the same as @old's (the week kept at its place) keep @old's objects,
 * and @pass's rules over weeks will compare what they find with @old's
 * (keep_findings()), so a view follows only the findings that changed. */
static void
carry_findings (WeekPass *pass,
                WeekPass *old)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (finding_key_hash, finding_key_equal);
  GPtrArray **lists[][2] = {
    { &pass->load_diagnostics, &old->load_diagnostics },
    { &pass->shape_diagnostics, &old->shape_diagnostics },
    { &pass->days_diagnostics, &old->days_diagnostics },
    { &pass->readiness_diagnostics, &old->readiness_diagnostics },
    { &pass->plan_diagnostics, &old->plan_diagnostics },
  };

  /* By key, as a view keeps its rows; of findings with the same key,
   * the last. */
  for (guint i = 0; i < old->diagnostics->len; i++)
    {
      Finding *finding = g_ptr_array_index (old->diagnostics, i);

      g_hash_table_replace (by_key, finding, finding);
    }

  for (guint i = 0; i < pass->diagnostics->len; i++)
    {
      Finding *found = g_ptr_array_index (pass->diagnostics, i);
      Finding *before = g_hash_table_lookup (by_key, found);

      if (before != NULL && same_finding (before, found))
        {
          pass->diagnostics->pdata[i] = finding_ref (before);
          finding_unref (found);
        }
    }

  /* The new week's lists are empty and its rules not run yet. */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GPtrArray *empty = *lists[i][0];

      *lists[i][0] = *lists[i][1];
      *lists[i][1] = empty;
    }
}

/* Room a rule's new list of findings is made with: a week's rule finds
 * a few, and a list grown from nothing was moved at its second, third
 * and fifth. */
#define RULE_FINDINGS_RESERVED 8

/* Runs @rule for @week, its findings kept in *@kept (keep_findings()). */
static void
run_into (CheckContext *ctx,
          GPtrArray   **kept,
          void        (*rule) (CheckContext *ctx,
                               guint         week),
          guint         week)
{
  GPtrArray *found = ctx->spare_found != NULL ? g_steal_pointer (&ctx->spare_found)
                                              : g_ptr_array_new_full (RULE_FINDINGS_RESERVED, finding_unref);

  ctx->sink = found;
  rule (ctx, week);
  ctx->sink = ctx->diagnostics;
  keep_findings (ctx, ctx->passes[week], kept, found);
}

/* Rules about one day and the day before it, across week boundaries: the
 * days of @week, the first against the last day of the week before. */
static void
check_week_days (CheckContext *ctx,
                 guint         week)
{
  const RegimenThresholds *t = ctx->thresholds;
  WeekPass *pass = ctx->passes[week];
  WeekPass *before = week > 0 ? ctx->passes[week - 1] : NULL;

  for (guint day = week == 0 ? 1 : 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      guint previous_day = (day + REGIMEN_DAYS_PER_WEEK - 1) % REGIMEN_DAYS_PER_WEEK;
      WeekPass *previous = day > 0 ? pass : before;
      guint64 overlap = pass->day_muscles[day] & previous->day_muscles[previous_day];

      if (pass->day_hiit[day] > 0 && previous->day_hiit[previous_day] > 0)
        emit (ctx, REGIMEN_RULE_HIIT_SPACING, REGIMEN_SEVERITY_WARNING,
              week, day, pass->day_first_hiit[day], -1,
              _("HIIT again the day after the HIIT session on %s; keep the day after intervals light"),
              regimen_weekday_name (previous_day));

      if (overlap != 0)
        {
          g_autofree char *names = muscle_names (ctx, overlap);
          int position = -1;

          /* The first hard item of this day on one of those muscles. */
          for (guint i = 0; i < pass->items->len && position < 0; i++)
            {
              ItemRef *ref = &g_array_index (pass->items, ItemRef, i);

              if ((guint) ref->day == day && !ref->warm_up
                  && (exercise_muscle_bits (ctx, ref->exercise) & overlap) != 0)
                position = ref->session;
            }

          emit (ctx, REGIMEN_RULE_MUSCLE_RECOVERY, t->muscle_recovery_severity,
                week, day, position, -1,
                _("%s trained hard again the day after %s; allow 48 hours between hard sessions "
                  "(mark warm-up items as warm-up: they do not count)"),
                names, regimen_weekday_name (previous_day));
        }
    }
}

/* A week's day rules read the week and the one before it: kept while
 * neither was checked again. */
static void
check_consecutive_days (CheckContext *ctx)
{
  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      WeekPass *pass = ctx->passes[week];
      guint64 before = week > 0 ? ctx->passes[week - 1]->serial : 0;

      if (!pass->have_days || pass->days_previous_serial != before)
        {
          run_into (ctx, &pass->days_diagnostics, check_week_days, week);
          pass->have_days = TRUE;
          pass->days_previous_serial = before;
        }
    }
}

static void
check_heavy_blocks (CheckContext *ctx)
{
  const RegimenThresholds *t = ctx->thresholds;
  guint run = 0;

  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      WeekPass *pass = ctx->passes[week];
      ItemRef *heavy = &pass->heavy;
      gboolean lighter = regimen_week_get_lighter (regimen_plan_peek_week (ctx->plan, week));
      gboolean heavy_week = !lighter && pass->heavy_sets >= t->heavy_min_sets;

      run = heavy_week ? run + 1 : 0;

      /* Once per block, at the week that makes it too long. */
      if (run == t->heavy_max_weeks + 1)
        emit (ctx, REGIMEN_RULE_HEAVY_BLOCK, REGIMEN_SEVERITY_WARNING,
              heavy->week, heavy->day, heavy->session, heavy->item,
              _("%u sets at %g %% of 1RM or more this week (from %s on) make it heavy week %u in a "
                "row; plan a lighter week after at most %u, or keep fewer than %u heavy sets a week"),
              pass->heavy_sets, t->heavy_percent_1rm, regimen_exercise_get_display_name (heavy->exercise),
              run, t->heavy_max_weeks, t->heavy_min_sets);
    }
}

static void
check_deloads (CheckContext *ctx)
{
  const RegimenThresholds *t = ctx->thresholds;
  guint run = 0;

  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      const RegimenWeekStats *stats = &g_array_index (ctx->weeks, RegimenWeekStats, week);
      gboolean lighter = stats->lighter || stats->load < t->load_drop_below * stats->chronic;

      /* A week of hard training has at least two hard days; a single long
       * run a week is not a block to recover from. */
      run = !lighter && stats->hard_days >= DELOAD_MIN_HARD_DAYS ? run + 1 : 0;

      if (run == t->deload_max_weeks + 1)
        emit (ctx, REGIMEN_RULE_DELOAD, REGIMEN_SEVERITY_WARNING, week, -1, -1, -1,
              _("%u hard weeks in a row without a lighter one; make this week lighter (about "
                "half the volume) and mark it as lighter, at the latest after %u hard weeks"),
              run, t->deload_max_weeks);
    }
}

/* "the sprints in “Speed”", into @described, which owns the name it
 * quotes (described_clear()). */
static void
describe_target (CheckContext *ctx,
                 const Target *target,
                 Described    *described)
{
  *described = (Described) { .owned = abbreviate (target->name) };
  described->name = described->owned;

  switch (target->kind)
    {
    case TARGET_SPRINT:
      /* Translators: what needs fresh legs, e.g. the sprints in “Speed” */
      described->format = _("the sprints in “%s”");
      break;
    case TARGET_HIIT:
      described->format = _("the HIIT session “%s”");
      break;
    case TARGET_COMPETITION:
    default:
      described->format = _("the competition “%s”");
      break;
    }
}

/* The first of @targets that @stressor comes the day before or earlier
 * the same day than, or NULL. */
static Target *
find_target_after (GArray   *targets,
                   Stressor *stressor)
{
  ItemRef *ref = &stressor->ref;

  for (guint j = 0; j < targets->len; j++)
    {
      Target *target = &g_array_index (targets, Target, j);
      gboolean next_day = target->day_index == stressor->day_index + 1;
      gboolean later_same_day = target->day_index == stressor->day_index
                                && (target->session > ref->session
                                    || (target->session == ref->session && target->item > ref->item));

      if (next_day || later_same_day)
        return target;
    }

  return NULL;
}

/* READINESS: heavy lower-body work or plyometrics the day before, or
 * earlier the same day than, sprints, HIIT or a competition. Reported once
 * per heavy item, at the item, which is what to move. The targets are in
 * plan order, so the first one after a stressor of @week is in @week or,
 * for a Sunday, on the next week's Monday. */
static void
check_week_readiness (CheckContext *ctx,
                      guint         week)
{
  WeekPass *pass = ctx->passes[week];
  WeekPass *next = week + 1 < ctx->n_weeks ? ctx->passes[week + 1] : NULL;

  for (guint i = 0; i < pass->stressors->len; i++)
    {
      Stressor *stressor = &g_array_index (pass->stressors, Stressor, i);
      ItemRef *ref = &stressor->ref;
      Target *target = find_target_after (pass->targets, stressor);
      /* What to move, and what it comes before. */
      Described texts[2];

      if (target == NULL && next != NULL)
        target = find_target_after (next->targets, stressor);
      if (target == NULL)
        continue;

      if (stressor->plyometric)
        texts[0] = (Described) {
          /* Translators: plyometric work and its ground contacts, "Jump Squat (24 contacts)" */
          .format = _("%s (%u contacts)"),
          .name = regimen_exercise_get_display_name (ref->exercise),
          .n_numbers = 1,
          .counts = { stressor->contacts },
        };
      else
        describe_item (ctx, ref, &texts[0]);
      describe_target (ctx, target, &texts[1]);

      if (target->day_index == stressor->day_index + 1)
        emit_described (ctx, REGIMEN_RULE_READINESS, REGIMEN_SEVERITY_WARNING,
                        ref->week, ref->day, ref->session, ref->item, texts, 2,
                        _("%s the day before %s on %s: heavy lower-body work and plyometrics need about "
                          "48 hours before speed work or a competition; move it to %s or earlier, or make "
                          "it priming (2–3 sets of 1–2 repetitions)"),
                        DESCRIBED, DESCRIBED, regimen_weekday_name (target->day_index % REGIMEN_DAYS_PER_WEEK),
                        regimen_weekday_name ((target->day_index + REGIMEN_DAYS_PER_WEEK - 2) % REGIMEN_DAYS_PER_WEEK));
      else
        emit_described (ctx, REGIMEN_RULE_READINESS, REGIMEN_SEVERITY_WARNING,
                        ref->week, ref->day, ref->session, ref->item, texts, 2,
                        _("%s before %s on the same day: do the speed work first and the heavy work after "
                          "it, or move the heavy work to another day"),
                        DESCRIBED, DESCRIBED);
      described_clear (&texts[1]);
    }
}

/* A week's readiness findings read the week and the one after it: kept
 * while neither was checked again. */
static void
check_readiness (CheckContext *ctx)
{
  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      WeekPass *pass = ctx->passes[week];
      guint64 next = week + 1 < ctx->n_weeks ? ctx->passes[week + 1]->serial : 0;

      if (!pass->have_readiness || pass->readiness_next_serial != next)
        {
          run_into (ctx, &pass->readiness_diagnostics, check_week_readiness, week);
          pass->have_readiness = TRUE;
          pass->readiness_next_serial = next;
        }
    }
}

/* The items of every week in plan order, read from the weeks' own
 * lists: a re-check copies none of them. */
static void
exercise_weeks_free (gpointer data)
{
  ExerciseWeeks *weeks = data;

  g_free (weeks->weeks);
  g_free (weeks->heavy);
  g_free (weeks);
}

static void
unref_exercises (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

static ExerciseIndex *
exercise_index_new (void)
{
  ExerciseIndex *index = g_new0 (ExerciseIndex, 1);

  index->by_exercise = g_hash_table_new_full (NULL, NULL, NULL, exercise_weeks_free);
  index->contributed = g_ptr_array_new_with_free_func (unref_exercises);

  return index;
}

static void
exercise_index_free (ExerciseIndex *index)
{
  g_hash_table_unref (index->by_exercise);
  g_ptr_array_unref (index->contributed);
  g_free (index);
}

static inline void
set_bit (guint64 *bits,
         guint    bit,
         gboolean value)
{
  if (value)
    bits[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
  else
    bits[bit / 64] &= ~(G_GUINT64_CONSTANT (1) << (bit % 64));
}

/* @exercise's weeks in @index, or NULL. */
static ExerciseWeeks *
exercise_index_lookup (ExerciseIndex   *index,
                       RegimenExercise *exercise)
{
  guint slot = (GPOINTER_TO_SIZE (exercise) >> 4) % G_N_ELEMENTS (index->recent_exercises);
  ExerciseWeeks *weeks;

  if (index->recent_exercises[slot] == exercise)
    return index->recent_weeks[slot];

  weeks = g_hash_table_lookup (index->by_exercise, exercise);
  if (weeks != NULL)
    {
      index->recent_exercises[slot] = exercise;
      index->recent_weeks[slot] = weeks;
    }

  return weeks;
}

/* Adds (@sign 1) or takes away (-1) the bits of @exercises, @week's, of
 * a plan of @n_weeks weeks (the size each exercise's bits are made at). */
static void
exercise_index_apply (ExerciseIndex *index,
                      GArray        *exercises,
                      guint          week,
                      guint          n_weeks,
                      int            sign)
{
  for (guint i = 0; i < exercises->len; i++)
    {
      const WeekExercise *entry = &g_array_index (exercises, WeekExercise, i);
      ExerciseWeeks *weeks = exercise_index_lookup (index, entry->exercise);

      if (weeks == NULL)
        {
          g_assert (sign > 0);
          weeks = g_new0 (ExerciseWeeks, 1);
          g_hash_table_insert (index->by_exercise, entry->exercise, weeks);
        }

      if (week / 64 >= weeks->n_words)
        {
          guint n_words = (MAX (week + 1, n_weeks) + 63) / 64;

          weeks->weeks = g_renew (guint64, weeks->weeks, n_words);
          weeks->heavy = g_renew (guint64, weeks->heavy, n_words);
          memset (weeks->weeks + weeks->n_words, 0, (n_words - weeks->n_words) * sizeof (guint64));
          memset (weeks->heavy + weeks->n_words, 0, (n_words - weeks->n_words) * sizeof (guint64));
          weeks->n_words = n_words;
        }

      set_bit (weeks->weeks, week, sign > 0);
      if (entry->first_heavy >= 0)
        set_bit (weeks->heavy, week, sign > 0);
      weeks->n_weeks += sign;
    }
}

/* Brings @ctx's exercise index up to the weeks' results: only a week
 * whose result is new changes its bits. */
static void
exercise_index_update (CheckContext *ctx)
{
  ExerciseIndex *index = ctx->exercise_index;
  guint n = MAX (index->contributed->len, ctx->n_weeks);

  for (guint week = 0; week < n; week++)
    {
      GArray *before = week < index->contributed->len ? g_ptr_array_index (index->contributed, week) : NULL;
      GArray *now = week < ctx->n_weeks ? ctx->passes[week]->exercises : NULL;

      if (before == now)
        continue;

      if (before != NULL)
        exercise_index_apply (index, before, week, ctx->n_weeks, -1);
      if (now != NULL)
        exercise_index_apply (index, now, week, ctx->n_weeks, 1);

      if (week < index->contributed->len)
        {
          unref_exercises (g_ptr_array_index (index->contributed, week));
          g_ptr_array_index (index->contributed, week) = now != NULL ? g_array_ref (now) : NULL;
        }
      else
        g_ptr_array_add (index->contributed, g_array_ref (now));
    }

  g_ptr_array_set_size (index->contributed, ctx->n_weeks);
}

/* The weeks of the exercise with @id, or NULL when the plan has none. */
static ExerciseWeeks *
find_weeks (CheckContext *ctx,
            const char   *id)
{
  RegimenExercise *exercise = regimen_library_lookup (ctx->library, id);
  ExerciseWeeks *weeks = exercise != NULL ? exercise_index_lookup (ctx->exercise_index, exercise) : NULL;

  return weeks != NULL && weeks->n_weeks > 0 ? weeks : NULL;
}

static int
first_bit (const guint64 *bits,
           guint          n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (bits[i] != 0)
      return i * 64 + __builtin_ctzll (bits[i]);

  return -1;
}

/* How many bits below @bit are set. */
static guint
bits_below (const guint64 *bits,
            guint          n_words,
            guint          bit)
{
  guint n = 0;

  for (guint i = 0; i < n_words && i * 64 < bit; i++)
    {
      guint64 word = bits[i];

      if (bit < (i + 1) * 64)
        word &= (G_GUINT64_CONSTANT (1) << (bit % 64)) - 1;
      n += __builtin_popcountll (word);
    }

  return n;
}

/* @exercise's first item in @week, or its first heavy one. */
static ItemRef *
first_item_in_week (CheckContext    *ctx,
                    RegimenExercise *exercise,
                    guint            week,
                    gboolean         heavy)
{
  WeekPass *pass = ctx->passes[week];

  for (guint i = 0; i < pass->exercises->len; i++)
    {
      const WeekExercise *entry = &g_array_index (pass->exercises, WeekExercise, i);

      if (entry->exercise == exercise)
        return &g_array_index (pass->items, ItemRef, heavy ? (guint) entry->first_heavy : entry->first);
    }

  g_assert_not_reached ();
}

/* A finding of PROGRESSION or LEVEL-FIT before it is emitted. */
typedef struct
{
  ItemRef         *ref;
  gboolean         skill;
  guint            weeks_before;
  RegimenExercise *earlier;
  const char      *previous;
} ExerciseFinding;

static int
compare_exercise_findings (gconstpointer a,
                           gconstpointer b)
{
  const ItemRef *ra = ((const ExerciseFinding *) a)->ref;
  const ItemRef *rb = ((const ExerciseFinding *) b)->ref;
  int pa[] = { ra->week, ra->day, ra->session, ra->item };
  int pb[] = { rb->week, rb->day, rb->session, rb->item };

  for (guint i = 0; i < G_N_ELEMENTS (pa); i++)
    if (pa[i] != pb[i])
      return (pa[i] > pb[i]) - (pa[i] < pb[i]);

  return 0;
}

/* LEVEL-FIT: for beginners, an advanced skill the plan does not build up
 * to, or a near-maximal load. Once per exercise: at its first item for a
 * skill, else at its first heavy item; found in the order of the plan. */
static void
check_level_fit (CheckContext *ctx)
{
  const RegimenThresholds *t = ctx->thresholds;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (ExerciseFinding));
  GHashTableIter iter;
  gpointer key, value;

  if (t->level != REGIMEN_LEVEL_BEGINNER)
    return;

  g_hash_table_iter_init (&iter, ctx->exercise_index->by_exercise);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RegimenExercise *exercise = key;
      ExerciseWeeks *weeks = value;
      const char *previous = regimen_exercise_get_previous (exercise);
      gboolean built_up = previous != NULL && find_weeks (ctx, previous) != NULL;
      ExerciseFinding finding = { NULL, regimen_exercise_get_level (exercise) > t->level_fit_max_level && !built_up,
                                  0, NULL, previous };
      int week;

      if (weeks->n_weeks == 0)
        continue;

      week = first_bit (finding.skill ? weeks->weeks : weeks->heavy, weeks->n_words);
      if (week < 0)
        continue;

      finding.ref = first_item_in_week (ctx, exercise, week, !finding.skill);
      finding.earlier = previous != NULL ? regimen_library_lookup (ctx->library, previous) : NULL;
      g_array_append_val (found, finding);
    }

  g_array_sort (found, compare_exercise_findings);
  for (guint i = 0; i < found->len; i++)
    {
      const ExerciseFinding *finding = &g_array_index (found, ExerciseFinding, i);
      ItemRef *ref = finding->ref;
      guint level = regimen_exercise_get_level (ref->exercise);

      if (finding->skill)
        {
          if (finding->earlier != NULL)
            emit (ctx, REGIMEN_RULE_LEVEL_FIT, REGIMEN_SEVERITY_WARNING,
                  ref->week, ref->day, ref->session, ref->item,
                  _("%s is a level %u exercise, well above a beginner; start with %s and build up to it"),
                  regimen_exercise_get_display_name (ref->exercise), level, regimen_exercise_get_display_name (finding->earlier));
          else
            emit (ctx, REGIMEN_RULE_LEVEL_FIT, REGIMEN_SEVERITY_WARNING,
                  ref->week, ref->day, ref->session, ref->item,
                  _("%s is a level %u exercise, well above a beginner; choose an easier exercise "
                    "for the same muscles first"),
                  regimen_exercise_get_display_name (ref->exercise), level);
        }
      else
        emit (ctx, REGIMEN_RULE_LEVEL_FIT, REGIMEN_SEVERITY_WARNING,
              ref->week, ref->day, ref->session, ref->item,
              _("%s at %g %% of 1RM is a near-maximal load for a beginner; stay below %g %% "
                "while the technique settles"),
              regimen_exercise_get_display_name (ref->exercise), ref->percent, t->level_fit_percent_1rm);
    }
}

/* PROGRESSION: an exercise whose previous stage is in the plan but had
 * fewer than the weeks asked for before the exercise's first week. The
 * weeks before only grow from week to week, so only the first week of an
 * exercise can be too early: at its first item, once per exercise, in
 * the order of the plan. */
static void
check_progressions (CheckContext *ctx)
{
  const RegimenThresholds *t = ctx->thresholds;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (ExerciseFinding));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, ctx->exercise_index->by_exercise);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RegimenExercise *exercise = key;
      ExerciseWeeks *weeks = value;
      /* Stages trained together (seed 003) do not wait for each other. */
      const char *previous = regimen_exercise_get_prerequisite (exercise);
      ExerciseWeeks *previous_weeks;
      ExerciseFinding finding = { NULL, FALSE, 0, NULL, previous };
      int week;

      if (weeks->n_weeks == 0 || previous == NULL)
        continue;

      /* A previous stage missing from the plan was mastered before it. */
      previous_weeks = find_weeks (ctx, previous);
      if (previous_weeks == NULL)
        continue;

      week = first_bit (weeks->weeks, weeks->n_words);
      finding.weeks_before = bits_below (previous_weeks->weeks, previous_weeks->n_words, week);
      if (finding.weeks_before >= t->progression_min_weeks)
        continue;

      finding.ref = first_item_in_week (ctx, exercise, week, FALSE);
      finding.earlier = regimen_library_lookup (ctx->library, previous);
      g_array_append_val (found, finding);
    }

  g_array_sort (found, compare_exercise_findings);
  for (guint i = 0; i < found->len; i++)
    {
      const ExerciseFinding *finding = &g_array_index (found, ExerciseFinding, i);
      ItemRef *ref = finding->ref;

      emit (ctx, REGIMEN_RULE_PROGRESSION, REGIMEN_SEVERITY_WARNING,
            ref->week, ref->day, ref->session, ref->item,
            g_dngettext (GETTEXT_PACKAGE,
                         "%s comes after only %u week of its previous stage, %s; train it for %u weeks first",
                         "%s comes after only %u weeks of its previous stage, %s; train it for %u weeks first",
                         finding->weeks_before),
            regimen_exercise_get_display_name (ref->exercise), finding->weeks_before,
            finding->earlier != NULL ? regimen_exercise_get_display_name (finding->earlier) : finding->previous,
            t->progression_min_weeks);
    }
}

/* Whether the rule of an item whose "progressed_from" is @source, in
 * week @week, is owned by an earlier week's rule, which wrote it: then
 * it is not a rule of its own (check_item_progression() says so). */
static gboolean
owned_by_earlier_rule (CheckContext *ctx,
                       const char   *source,
                       guint         week)
{
  int source_week = source != NULL ? item_week (ctx, source) : -1;

  return source_week >= 0 && (guint) source_week < week;
}

/* The session and the item of @rule, in week @week of the plan: the
 * week's result is that of its content now (check_plan()). */
static RegimenSession *
peek_rule (CheckContext   *ctx,
           guint           week,
           const RuleRef  *rule,
           RegimenItem   **out_item)
{
  RegimenDay *day = regimen_week_peek_day (regimen_plan_peek_week (ctx->plan, week), rule->day);
  RegimenSession *session = regimen_day_peek_session (day, rule->session);

  *out_item = regimen_session_peek_item (session, rule->item);
  return session;
}

/* The items a rule wrote in one session, counted by exercise: a
 * session's items are walked once a week, however many of them have
 * rules (check_overlapping_rules()). */
typedef struct
{
  GHashTable *by_exercise;  /* exercise id, borrowed → how many, as a pointer */
} WrittenItems;

static void
written_items_free (WrittenItems *items)
{
  g_hash_table_unref (items->by_exercise);
  g_free (items);
}

/* The written items of @session, counted the first time a week asks and
 * kept in @written (sessions to their WrittenItems). */
static WrittenItems *
written_items_of (GHashTable     *written,
                  RegimenSession *session)
{
  WrittenItems *items = g_hash_table_lookup (written, session);

  if (items != NULL)
    return items;

  items = g_new0 (WrittenItems, 1);
  items->by_exercise = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < regimen_session_get_n_items (session); i++)
    {
      RegimenItem *item = regimen_session_peek_item (session, i);
      const char *exercise = regimen_item_peek_fields (item)->exercise;
      const char *key = exercise != NULL ? exercise : "";

      if (regimen_item_get_progressed_from (item) != NULL)
        g_hash_table_insert (items->by_exercise, (gpointer) key,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (items->by_exercise, key)) + 1));
    }
  g_hash_table_insert (written, session, items);

  return items;
}

/* Whether the session of @written holds an item of @exercise other than
 * @item (one of its own) that a rule wrote: two rules' items in one
 * session are check_session_rule_owners()'s finding. It walked the
 * session for each of its ruled items, which grew as their square
 * (issue 21, leftovers of passes 34a–d). */
static gboolean
session_holds_written (WrittenItems *written,
                       RegimenItem  *item,
                       const char   *exercise)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (written->by_exercise, exercise != NULL ? exercise : ""));

  /* @item itself, when a rule wrote it, is no other. */
  if (regimen_item_get_progressed_from (item) != NULL &&
      g_strcmp0 (regimen_item_peek_fields (item)->exercise, exercise) == 0)
    n--;

  return n > 0;
}

/* A rule of an earlier week, the weeks it spans, in the queue of its
 * day, session and exercise (check_overlapping_rules()). */
typedef struct
{
  guint week;
  guint last;
} OpenRule;

/* The rules open over one day, session and exercise, in the order of
 * their weeks; those before @head have ended. */
typedef struct
{
  GArray *rules;
  guint   head;
} OpenQueue;

static void
open_queue_free (OpenQueue *queue)
{
  g_array_unref (queue->rules);
  g_free (queue);
}

/* The key of the rules that may overlap: the day, the session's kind and
 * title and the exercise's id, each told apart from the next (a title
 * holds any character). */
static char *
overlap_key (int             day,
             RegimenSession *session,
             const char     *exercise)
{
  const char *title = regimen_session_get_title (session);

  return g_strdup_printf ("%d:%d:%c%zu:%s%c%s", day, (int) regimen_session_get_kind (session),
                          title != NULL ? 't' : 'n', title != NULL ? strlen (title) : 0, title != NULL ? title : "",
                          exercise != NULL ? 'e' : 'n', exercise != NULL ? exercise : "");
}

/* Two rules over one exercise in one session whose weeks overlap: a
 * rule of week 1 over four weeks and one of week 3 on the same squat of
 * the same session. Applying the first again is refused (week 3's squat
 * has a rule of its own) and neither may write over the other's weeks,
 * yet before either wrote anything into the other's weeks the session
 * held the exercise once and nothing was said. Reported on the later
 * rule, as DATA, naming the weeks the earliest rule that spans its week
 * spans; only the weeks it writes count (a rule stops at the end of its
 * block). Reads each week's rules (RuleRef), kept with its result, and
 * the plan, so it runs over the whole plan at every check.
 *
 * The weeks are read in order, each rule's day, session and exercise
 * kept in a queue of the rules open over the weeks after theirs: the
 * queue's first rule that still spans a week is the earliest one there.
 * Each later rule was compared with every rule of the weeks an earlier
 * one spans, which grew as the rules times the weeks they span: 100
 * squats a week with 52-week rules took 1.6 s of 80 weeks' check
 * (issue 21, leftovers of pass 34). */
static void
check_overlapping_rules (CheckContext *ctx)
{
  g_autoptr(GHashTable) open = NULL;

  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      GArray *rules = ctx->passes[week]->rules;
      guint n_rules = rules != NULL ? rules->len : 0;
      g_autofree char **keys = NULL;
      g_autoptr(GHashTable) written = NULL;

      if (n_rules == 0)
        continue;
      if (open == NULL)
        open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) open_queue_free);
      keys = g_new0 (char *, n_rules);

      /* The week's rules against the earlier weeks' first. */
      for (guint i = 0; i < n_rules; i++)
        {
          const RuleRef *other = &g_array_index (rules, RuleRef, i);
          RegimenItem *other_item;
          RegimenSession *session = peek_rule (ctx, week, other, &other_item);
          const RegimenItemFields *fields = regimen_item_peek_fields (other_item);
          WrittenItems *session_written;
          OpenQueue *queue;
          const OpenRule *first;

          keys[i] = overlap_key (other->day, session, fields->exercise);
          queue = g_hash_table_lookup (open, keys[i]);
          if (queue == NULL)
            continue;
          /* A rule that ends before this week ends before every later
           * one too. */
          while (queue->head < queue->rules->len && g_array_index (queue->rules, OpenRule, queue->head).last < week)
            queue->head++;
          if (queue->head == queue->rules->len)
            continue;
          first = &g_array_index (queue->rules, OpenRule, queue->head);

          if (written == NULL)
            written = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) written_items_free);
          session_written = written_items_of (written, session);
          if (owned_by_earlier_rule (ctx, regimen_item_get_progressed_from (other_item), week) ||
              session_holds_written (session_written, other_item, fields->exercise))
            continue;

          emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, other->day, other->session, other->item,
                /* Translators: %s is an exercise's name, the %u are weeks, from 1: the
                 * earlier rule's week, the weeks it spans, the later rule's week */
                _("%s has a progression rule in week %u, inside the weeks the rule of week %u spans in "
                  "this session (weeks %u–%u): neither rule can be applied over the other; remove "
                  "one of them or shorten the rule of week %u"),
                exercise_name (other->exercise, fields),
                week + 1, first->week + 1, first->week + 1, first->last + 1, first->week + 1);
        }

      /* Then the week's own rules open over the weeks after it. */
      for (guint i = 0; i < n_rules; i++)
        {
          const RuleRef *rule = &g_array_index (rules, RuleRef, i);
          RegimenBlock *block = ctx->week_blocks[week];
          RegimenItem *item;
          OpenQueue *queue;
          OpenRule entry = { week, 0 };

          peek_rule (ctx, week, rule, &item);
          entry.last = MIN (week + MAX (regimen_item_peek_fields (item)->progression->weeks, 1) - 1,
                            ctx->n_weeks - 1);
          if (owned_by_earlier_rule (ctx, regimen_item_get_progressed_from (item), week))
            {
              g_free (keys[i]);
              continue;
            }
          /* A rule fills the rest of its block at most. */
          if (block != NULL)
            for (guint w = week + 1; w <= entry.last; w++)
              if (ctx->week_blocks[w] != block)
                {
                  entry.last = w - 1;
                  break;
                }

          queue = g_hash_table_lookup (open, keys[i]);
          if (queue == NULL)
            {
              queue = g_new0 (OpenQueue, 1);
              queue->rules = g_array_new (FALSE, FALSE, sizeof (OpenRule));
              g_hash_table_insert (open, keys[i], queue);
            }
          else
            {
              g_free (keys[i]);
              /* The ended rules go once they are half the queue. */
              if (queue->head > queue->rules->len / 2)
                {
                  g_array_remove_range (queue->rules, 0, queue->head);
                  queue->head = 0;
                }
            }
          g_array_append_val (queue->rules, entry);
        }
    }
}

/* A finding's place in the result, read once before sorting: its week,
 * day, session, item (each from -1, read as unsigned after adding 1, so
 * that -1 comes first), severity and rule
 * (regimen_diagnostic_get_place()), then the order it was found in,
 * which equal places keep, packed in three numbers that compare as the
 * seven did one by one. */
typedef struct
{
  guint64  key[3];
  Finding *finding;
} SortEntry;

static inline guint64
pack_places (int high,
             int low)
{
  return (guint64) ((guint32) high + 1u) << 32 | ((guint32) low + 1u);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;

  for (guint i = 0; i < G_N_ELEMENTS (ea->key); i++)
    if (ea->key[i] != eb->key[i])
      return ea->key[i] < eb->key[i] ? -1 : 1;

  return 0;
}

/* Weeks with at most this many findings are sorted by insertion in an
 * array on the stack: most have a few dozen, in nearly their order. */
#define SORT_IN_PLACE_MAX 64

/* Orders @findings, of one week, by place, then severity, then rule,
 * then the order they were found in. */
static void
sort_findings (GPtrArray *findings)
{
  g_autofree SortEntry *allocated = NULL;
  SortEntry on_stack[SORT_IN_PLACE_MAX];
  SortEntry *entries = on_stack;

  if (findings->len < 2)
    return;

  if (findings->len > SORT_IN_PLACE_MAX)
    entries = allocated = g_new (SortEntry, findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      Finding *finding = g_ptr_array_index (findings, i);

      entries[i].finding = finding;
      entries[i].key[0] = pack_places (finding->place[0], finding->place[1]);
      entries[i].key[1] = pack_places (finding->place[2], finding->place[3]);
      /* Severity and rule are small and not negative. */
      entries[i].key[2] = (guint64) finding->place[4] << 48 | (guint64) finding->place[5] << 32 | i;
    }

  if (allocated != NULL)
    qsort (entries, findings->len, sizeof (SortEntry), compare_entries);
  else
    for (guint i = 1; i < findings->len; i++)
      {
        SortEntry entry = entries[i];
        guint j = i;

        for (; j > 0 && compare_entries (&entries[j - 1], &entry) > 0; j--)
          entries[j] = entries[j - 1];
        entries[j] = entry;
      }

  for (guint i = 0; i < findings->len; i++)
    findings->pdata[i] = entries[i].finding;
}

static const char **
new_muscle_keys (void)
{
  const char * const *ids = regimen_muscle_list_ids ();
  guint n = g_strv_length ((char **) ids);
  const char **keys = g_new (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    keys[i] = g_intern_string (ids[i]);
  keys[n] = NULL;

  return keys;
}

static GHashTable *
new_muscle_bits (void)
{
  const char * const *ids = regimen_muscle_list_ids ();
  GHashTable *bits = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; ids[i] != NULL && i < MAX_MUSCLE_BITS; i++)
    g_hash_table_insert (bits, (gpointer) ids[i], GUINT_TO_POINTER (i + 1));

  return bits;
}


/* What the load rules of @stats's week read of the series: equal inputs
 * and the same week (its lighter mark) give the same findings. */
static void
week_load_inputs (const RegimenWeekStats *stats,
                  double                 *inputs)
{
  memcpy (inputs, stats->daily_acute, sizeof stats->daily_acute);
  memcpy (inputs + REGIMEN_DAYS_PER_WEEK, stats->daily_chronic, sizeof stats->daily_chronic);
  memcpy (inputs + 2 * REGIMEN_DAYS_PER_WEEK, stats->daily_acwr, sizeof stats->daily_acwr);
  inputs[3 * REGIMEN_DAYS_PER_WEEK] = stats->load;
  inputs[3 * REGIMEN_DAYS_PER_WEEK + 1] = stats->chronic;
}

static void
check_week_load_rules (CheckContext *ctx,
                       guint         week)
{
  check_week_load (ctx, week, &g_array_index (ctx->weeks, RegimenWeekStats, week));
}

static void
check_week_shape_rules (CheckContext *ctx,
                        guint         week)
{
  check_week_shape (ctx, week, &g_array_index (ctx->weeks, RegimenWeekStats, week));
}

/* The series run over the whole plan and are computed in full (a few
 * floats a day); a week's load findings are kept while its own results
 * and the numbers they read are the same, its shape findings while its
 * own results are. */
static void
compute_series (CheckContext *ctx)
{
  double baseline = regimen_athlete_get_counted_baseline (ctx->athlete);
  g_autofree double *chronic = g_new0 (double, MAX (ctx->n_days, 1));
  g_autofree double *ctl = g_new0 (double, MAX (ctx->n_days, 1));
  g_autofree double *atl = g_new0 (double, MAX (ctx->n_days, 1));
  g_autofree double *tsb = g_new0 (double, MAX (ctx->n_days, 1));
  g_autofree gboolean *lighter = g_new0 (gboolean, MAX (ctx->n_weeks, 1));
  g_autofree double *planned = g_new0 (double, MAX (ctx->n_days, 1));
  double seed_week;

  /* Without a baseline the first week stands in for it, so the plan's
   * start is not itself a spike. */
  if (baseline > 0)
    seed_week = baseline;
  else
    seed_week = regimen_loads_sum (ctx->day_loads, MIN (ctx->n_days, REGIMEN_DAYS_PER_WEEK));

  for (guint week = 0; week < ctx->n_weeks; week++)
    lighter[week] = g_array_index (ctx->weeks, RegimenWeekStats, week).lighter;

  regimen_chronic_load_series (ctx->day_loads, ctx->n_weeks, lighter, seed_week, chronic);
  regimen_fitness_fatigue_series (ctx->day_loads, ctx->n_days, seed_week / REGIMEN_DAYS_PER_WEEK,
                                  ctl, atl, tsb);

  /* The plan's own curves, for the weeks chart (without a log they are
   * the ones above). */
  for (guint week = 0; week < ctx->n_weeks; week++)
    memcpy (&planned[week * REGIMEN_DAYS_PER_WEEK], ctx->passes[week]->stats.planned_daily_loads,
            sizeof ctx->passes[week]->stats.planned_daily_loads);
  {
    g_autofree double *planned_ctl = g_new0 (double, MAX (ctx->n_weeks, 1));
    g_autofree double *planned_atl = g_new0 (double, MAX (ctx->n_weeks, 1));
    g_autofree double *planned_tsb = g_new0 (double, MAX (ctx->n_weeks, 1));

    regimen_weekly_fitness_from_loads (planned, ctx->n_weeks, baseline, planned_ctl, planned_atl, planned_tsb);
    for (guint week = 0; week < ctx->n_weeks; week++)
      {
        RegimenWeekStats *stats = &g_array_index (ctx->weeks, RegimenWeekStats, week);

        stats->planned_ctl = planned_ctl[week];
        stats->planned_atl = planned_atl[week];
        stats->planned_tsb = planned_tsb[week];
      }
  }

  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      RegimenWeekStats *stats = &g_array_index (ctx->weeks, RegimenWeekStats, week);
      WeekPass *pass = ctx->passes[week];
      const double *loads = &ctx->day_loads[week * REGIMEN_DAYS_PER_WEEK];
      guint last = week * REGIMEN_DAYS_PER_WEEK + REGIMEN_DAYS_PER_WEEK - 1;
      double inputs[WEEK_LOAD_INPUTS];

      memcpy (stats->daily_loads, loads, sizeof stats->daily_loads);
      for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
        {
          guint idx = week * REGIMEN_DAYS_PER_WEEK + day;

          /* The acute window is the 7 days up to this one; the chronic load
           * is read on the day before the window starts, so the window's
           * own days are never part of it (uncoupled). */
          stats->daily_acute[day] = regimen_rolling_week_load (ctx->day_loads, ctx->n_days, idx);
          stats->daily_chronic[day] = idx >= REGIMEN_DAYS_PER_WEEK
                                      ? chronic[idx - REGIMEN_DAYS_PER_WEEK] : seed_week;
          stats->daily_hiit[day] = pass->day_hiit[day];
          stats->daily_acwr[day] = stats->daily_chronic[day] > 0
                                   ? stats->daily_acute[day] / compared_chronic (stats->daily_chronic[day])
                                   : 0;
        }
      stats->load = regimen_loads_sum (loads, REGIMEN_DAYS_PER_WEEK);
      stats->monotony = regimen_monotony (loads, REGIMEN_DAYS_PER_WEEK);
      stats->strain = regimen_strain (loads, REGIMEN_DAYS_PER_WEEK);
      stats->chronic = stats->daily_chronic[REGIMEN_DAYS_PER_WEEK - 1];
      stats->acwr = stats->daily_acwr[REGIMEN_DAYS_PER_WEEK - 1];
      stats->ctl = ctl[last];
      stats->atl = atl[last];
      stats->tsb = tsb[last];
      stats->budget = stats->chronic > 0
                      ? load_limit (ctx->thresholds->load_warning_above,
                                    ctx->thresholds->load_warning_min_increase,
                                    compared_chronic (stats->chronic))
                      : 0;
      stats->hard_days = 0;
      for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
        stats->hard_days += pass->day_hard[day] ? 1 : 0;

      week_load_inputs (stats, inputs);
      if (!pass->have_load || memcmp (inputs, pass->load_inputs, sizeof inputs) != 0)
        {
          run_into (ctx, &pass->load_diagnostics, check_week_load_rules, week);
          pass->have_load = TRUE;
          memcpy (pass->load_inputs, inputs, sizeof inputs);
        }
      if (!pass->have_shape)
        {
          run_into (ctx, &pass->shape_diagnostics, check_week_shape_rules, week);
          pass->have_shape = TRUE;
        }
    }
}

/* A new week's results, its lists made at the sizes of @like's (the
 * week before it, nullable), which a week of a plan mostly repeats:
 * grown from nothing, they were copied and freed a few times a week. */
static WeekPass *
week_pass_new (const WeekPass *like)
{
  WeekPass *pass = g_new0 (WeekPass, 1);

  pass->diagnostics = g_ptr_array_new_full (like != NULL ? like->diagnostics->len : 0, finding_unref);
  pass->items = g_array_new (FALSE, FALSE, sizeof (ItemRef));
  pass->exercises = g_array_new (FALSE, FALSE, sizeof (WeekExercise));
  pass->targets = g_array_sized_new (FALSE, FALSE, sizeof (Target), like != NULL ? like->targets->len : 0);
  pass->stressors = g_array_sized_new (FALSE, FALSE, sizeof (Stressor),
                                       like != NULL ? like->stressors->len : 0);
  pass->names = g_string_chunk_new (64);
  pass->load_diagnostics = no_findings ();
  pass->shape_diagnostics = no_findings ();
  pass->days_diagnostics = no_findings ();
  pass->readiness_diagnostics = no_findings ();
  pass->plan_diagnostics = no_findings ();

  return pass;
}

static void
week_pass_free (gpointer data)
{
  WeekPass *pass = data;

  g_free (pass->key);
  g_ptr_array_unref (pass->diagnostics);
  week_stats_clear (&pass->stats);
  g_array_unref (pass->items);
  g_array_unref (pass->exercises);
  g_array_unref (pass->targets);
  g_array_unref (pass->stressors);
  g_string_chunk_free (pass->names);
  g_clear_pointer (&pass->ruled_sources, g_ptr_array_unref);
  g_clear_pointer (&pass->rules, g_array_unref);
  g_ptr_array_unref (pass->load_diagnostics);
  g_ptr_array_unref (pass->shape_diagnostics);
  g_ptr_array_unref (pass->days_diagnostics);
  g_ptr_array_unref (pass->readiness_diagnostics);
  g_ptr_array_unref (pass->plan_diagnostics);
  g_clear_pointer (&pass->merged, segment_unref);
  g_free (pass);
}

static inline void
key_add (Key        *key,
         const void *data,
         gsize       size)
{
  if (key->length + size > key->size)
    {
      key->size = MAX (2 * key->size, key->length + size + 1024);
      key->data = g_realloc (key->data, key->size);
    }

  memcpy (key->data + key->length, data, size);
  key->length += size;
}

#define KEY_ADD_VALUE(key, value) \
  G_STMT_START { __typeof__ (value) key_value_ = (value); key_add ((key), &key_value_, sizeof key_value_); } G_STMT_END

static void
key_add_string (Key        *key,
                const char *text)
{
  /* NULL and "" differ, and no text runs into the next. */
  KEY_ADD_VALUE (key, (guint8) (text != NULL));
  if (text != NULL)
    key_add (key, text, strlen (text) + 1);
}

/* Everything checking @week on its own reads (check_week()), into @key:
 * its place, its block's name, and the week as an object with its
 * revision (regimen_revision_next()). A week takes a new revision at
 * every change of its own fields, of its days' list and of anything
 * below it (a day's sessions, a session's fields or items, an item's
 * fields: regimen_node_changed() renews each object's revision and its
 * parents' up to the week), and a revision is never given twice, so
 * equal keys mean the same week with the same content, read in one step
 * instead of a walk over its items. An object that was ever in two lists
 * at once renews the shared revision, which every key holds. A change
 * the check reads that gives no new revision would keep a stale finding:
 * tests/core/test-check-incremental.c compares the incremental check
 * with a full one after every one of many random edits. */
static void
week_pass_key (CheckContext *ctx,
               guint         week,
               Key          *key)
{
  RegimenWeek *plan_week = regimen_plan_peek_week (ctx->plan, week);
  RegimenBlock *block = ctx->week_blocks[week];

  key->length = 0;

  KEY_ADD_VALUE (key, week);
  key_add_string (key, block != NULL ? regimen_block_get_name (block) : NULL);
  KEY_ADD_VALUE (key, (gpointer) plan_week);
  KEY_ADD_VALUE (key, regimen_week_get_revision (plan_week));
  KEY_ADD_VALUE (key, regimen_node_shared_revision ());
}

/* The week of each item @pass's items with a rule name as their source
 * (check_item_progression()), into @key after week_pass_key()'s: moving
 * that item to another week, or its week, changes no revision of
 * @pass's week. */
static void
key_add_source_weeks (CheckContext *ctx,
                      WeekPass     *pass,
                      Key          *key)
{
  for (guint i = 0; pass->ruled_sources != NULL && i < pass->ruled_sources->len; i++)
    KEY_ADD_VALUE (key, item_week (ctx, g_ptr_array_index (pass->ruled_sources, i)));
}

/* @pass's exercises, each with its first item and its first heavy one
 * (LEVEL-FIT's threshold), in the order of their first items. An
 * exercise's place among them is found through @ctx's table of the
 * exercises of every week checked, made once for the check, not through
 * a table made for each week (which grew as it was filled: a third of
 * the check's hash-table inserts). The list is made at the size of the
 * week's items, which it cannot outgrow, and cut to what it holds, not
 * grown an exercise at a time. */
static void
collect_week_exercises (CheckContext *ctx,
                        WeekPass     *pass)
{
  guint week = ++ctx->exercise_slots_week;
  guint n_exercises = 0;

  g_array_set_size (pass->exercises, pass->items->len);

  for (guint i = 0; i < pass->items->len; i++)
    {
      const ItemRef *ref = &g_array_index (pass->items, ItemRef, i);
      gboolean heavy = !ref->warm_up && ref->percent >= ctx->thresholds->level_fit_percent_1rm;
      guint recent = (GPOINTER_TO_SIZE (ref->exercise) >> 4) % G_N_ELEMENTS (ctx->recent_slots);
      guint known;
      ExerciseSlot *slot;
      WeekExercise *entry;

      if (ctx->recent_slot_exercises[recent] == ref->exercise && ctx->recent_slots[recent] != 0)
        known = ctx->recent_slots[recent];
      else
        {
          known = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->exercise_slots, ref->exercise));
          if (known == 0)
            {
              ExerciseSlot added = { 0, 0 };

              g_array_append_val (ctx->exercise_slot_array, added);
              known = ctx->exercise_slot_array->len;
              g_hash_table_insert (ctx->exercise_slots, ref->exercise, GUINT_TO_POINTER (known));
            }
          ctx->recent_slot_exercises[recent] = ref->exercise;
          ctx->recent_slots[recent] = known;
        }

      slot = &g_array_index (ctx->exercise_slot_array, ExerciseSlot, known - 1);
      if (slot->week != week)
        {
          WeekExercise *added = &g_array_index (pass->exercises, WeekExercise, n_exercises);

          *added = (WeekExercise) { ref->exercise, i, -1 };
          slot->week = week;
          slot->at = n_exercises++;
        }

      entry = &g_array_index (pass->exercises, WeekExercise, slot->at);
      if (heavy && entry->first_heavy < 0)
        entry->first_heavy = i;
    }

  g_array_set_size (pass->exercises, n_exercises);
}

/* The week's own rules: its sessions and items, HIIT-FREQ, DATA. */
static void
check_week (CheckContext *ctx,
            guint         week,
            WeekPass     *pass)
{
  RegimenWeek *plan_week = regimen_plan_peek_week (ctx->plan, week);
  guint n_days = regimen_week_get_n_days (plan_week);
  const char *label = regimen_week_get_label (plan_week);
  RegimenWeekStats *stats = &pass->stats;

  ctx->pass = pass;
  ctx->sink = pass->diagnostics;

  /* A label of spaces or zero-width characters alone is none: stats
   * headed such a week with an empty line. */
  stats->label = regimen_text_shows_something (label)
                 ? g_strdup (label) : g_strdup_printf (_("Week %u"), week + 1);
  stats->hiit_limit = ctx->thresholds->hiit_limit;
  stats->lighter = regimen_week_get_lighter (plan_week);
  stats->muscle_sets = g_atomic_rc_box_new0 (RegimenMuscleSets);
  memset (ctx->week_muscle_sets, 0, sizeof ctx->week_muscle_sets);

  if (n_days != REGIMEN_DAYS_PER_WEEK)
    emit (ctx, REGIMEN_RULE_DATA, REGIMEN_SEVERITY_ERROR, week, -1, -1, -1,
          _("the week has %u days instead of %d"), n_days, REGIMEN_DAYS_PER_WEEK);

  g_array_set_size (ctx->week_hiit, 0);

  /* The week's items, counted first so their list is made once at its
   * size instead of grown, a copy and a free at every doubling, and
   * filled in place (check_item()): appending each one to the list cost
   * more than copying it. Cut to those with an exercise at the end. */
  {
    guint n_items = 0;

    for (guint day = 0; day < MIN (n_days, REGIMEN_DAYS_PER_WEEK); day++)
      {
        RegimenDay *plan_day = regimen_week_peek_day (plan_week, day);

        for (guint s = 0; s < regimen_day_get_n_sessions (plan_day); s++)
          n_items += regimen_session_get_n_items (regimen_day_peek_session (plan_day, s));
      }
    g_array_set_size (pass->items, n_items);
    ctx->n_week_items = 0;
  }

  for (guint day = 0; day < MIN (n_days, REGIMEN_DAYS_PER_WEEK); day++)
    {
      RegimenDay *plan_day = regimen_week_peek_day (plan_week, day);
      guint n_sessions = regimen_day_get_n_sessions (plan_day);

      for (guint s = 0; s < n_sessions; s++)
        check_session (ctx, regimen_day_peek_session (plan_day, s), week, day, s, stats);
    }
  g_array_set_size (pass->items, ctx->n_week_items);

  memcpy (stats->muscle_sets->by_bit, ctx->week_muscle_sets, sizeof ctx->week_muscle_sets);

  stats->hiit_sessions = ctx->week_hiit->len;
  check_week_hiit (ctx, week);
  collect_week_exercises (ctx, pass);

  ctx->pass = NULL;
  ctx->sink = ctx->diagnostics;
}

/* Each week's own results, from @cache where the week's inputs are the
 * same, checked again where they are not; then the rules over weeks. */
static void
check_plan (CheckContext      *ctx,
            RegimenCheckCache *cache,
            GPtrArray         *passes)
{
  for (guint week = 0; week < ctx->n_weeks; week++)
    {
      WeekPass *pass = week < passes->len ? g_ptr_array_index (passes, week) : NULL;
      RegimenWeekStats stats;

      if (cache != NULL)
        {
          week_pass_key (ctx, week, &cache->key);
          if (pass != NULL)
            key_add_source_weeks (ctx, pass, &cache->key);
        }

      if (pass == NULL || cache == NULL || cache->key.length != pass->key_length
          || memcmp (cache->key.data, pass->key, pass->key_length) != 0)
        {
          pass = week_pass_new (week > 0 ? ctx->passes[week - 1] : NULL);
          pass->serial = cache != NULL ? ++cache->next_serial : week + 1;
          check_week (ctx, week, pass);
          if (cache != NULL)
            {
              /* With the sources of this check's items. */
              week_pass_key (ctx, week, &cache->key);
              key_add_source_weeks (ctx, pass, &cache->key);
              pass->key = g_memdup2 (cache->key.data, cache->key.length);
              pass->key_length = cache->key.length;
            }

          if (week < passes->len)
            {
              carry_findings (pass, g_ptr_array_index (passes, week));
              week_pass_free (g_ptr_array_index (passes, week));
              g_ptr_array_index (passes, week) = pass;
            }
          else
            g_ptr_array_add (passes, pass);
        }
      ctx->passes[week] = pass;

      stats = pass->stats;
      stats.label = g_strdup (pass->stats.label);
      stats.muscle_sets = g_atomic_rc_box_acquire (pass->stats.muscle_sets);
      g_array_append_val (ctx->weeks, stats);

      memcpy (&ctx->day_loads[week * REGIMEN_DAYS_PER_WEEK], pass->day_loads, sizeof pass->day_loads);
    }

  if (passes->len > ctx->n_weeks)
    g_ptr_array_set_size (passes, ctx->n_weeks);

  exercise_index_update (ctx);

  compute_series (ctx);
  check_consecutive_days (ctx);
  check_heavy_blocks (ctx);
  check_deloads (ctx);
  check_readiness (ctx);
  check_progressions (ctx);
  check_overlapping_rules (ctx);
  check_level_fit (ctx);
}

/* The findings of the rules over the whole plan, in @ctx's list, each
 * kept with its week's (keep_findings()); those of the plan as a whole
 * (week -1) into @plan_findings. */
static void
keep_plan_findings (CheckContext *ctx,
                    GPtrArray    *plan_findings)
{
  g_autofree GPtrArray **by_week = g_new0 (GPtrArray *, MAX (ctx->n_weeks, 1));

  for (guint i = 0; i < ctx->diagnostics->len; i++)
    {
      Finding *finding = g_ptr_array_index (ctx->diagnostics, i);
      int week = finding->place[0];

      if (week < 0)
        {
          g_ptr_array_add (plan_findings, finding_ref (finding));
          continue;
        }

      g_assert ((guint) week < ctx->n_weeks);
      if (by_week[week] == NULL)
        by_week[week] = g_ptr_array_new_with_free_func (finding_unref);
      g_ptr_array_add (by_week[week], finding_ref (finding));
    }

  for (guint week = 0; week < ctx->n_weeks; week++)
    keep_findings (ctx, ctx->passes[week], &ctx->passes[week]->plan_diagnostics, by_week[week]);
}

/* A week's findings in order (@pass->merged): its own, then each rule's
 * over weeks, each list in the order found, sorted as the check orders
 * them. Kept while none of those lists changed. */
static void
merge_week (WeekPass *pass,
            guint     week)
{
  GPtrArray *lists[] = {
    pass->diagnostics, pass->load_diagnostics, pass->shape_diagnostics, pass->days_diagnostics,
    pass->readiness_diagnostics, pass->plan_diagnostics,
  };
  GPtrArray *merged;
  guint n = 0;

  if (pass->merged != NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    n += lists[i]->len;

  merged = g_ptr_array_new_full (n, finding_unref);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; j < lists[i]->len; j++)
      {
        Finding *finding = g_ptr_array_index (lists[i], j);

        /* Every rule puts a week's findings in that week. */
        g_assert (finding->place[0] == (int) week);
        g_ptr_array_add (merged, finding_ref (finding));
      }

  sort_findings (merged);
  pass->merged = segment_new (merged);
}

static void
regimen_checker_finalize (GObject *object)
{
  RegimenChecker *self = (RegimenChecker *) object;

  g_clear_object (&self->diagnostics);
  g_clear_pointer (&self->weeks, g_array_unref);

  G_OBJECT_CLASS (regimen_checker_parent_class)->finalize (object);
}

static void
regimen_checker_class_init (RegimenCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = regimen_checker_finalize;
}

static void
regimen_checker_init (RegimenChecker *self)
{
}

static void
on_cache_library_changed (RegimenCheckCache *cache)
{
  cache->library_changed = TRUE;
}

/**
 * regimen_check_cache_new:
 *
 * What regimen_plan_check_incremental() keeps between checks of a plan:
 * each week's own findings and statistics with the inputs they came from.
 *
 * Returns: (transfer full): an empty cache
 */
RegimenCheckCache *
regimen_check_cache_new (void)
{
  RegimenCheckCache *cache = g_new0 (RegimenCheckCache, 1);

  cache->passes = g_ptr_array_new_with_free_func (week_pass_free);
  cache->exercise_index = exercise_index_new ();

  return cache;
}

static void
check_cache_set_library (RegimenCheckCache *cache,
                         RegimenLibrary    *library)
{
  if (cache->library != NULL)
    {
      g_clear_signal_handler (&cache->library_handler, cache->library);
      g_clear_object (&cache->library);
    }

  if (library != NULL)
    {
      cache->library = g_object_ref (library);
      cache->library_handler = g_signal_connect_swapped (library, "items-changed",
                                                         G_CALLBACK (on_cache_library_changed), cache);
    }
}

void
regimen_check_cache_free (RegimenCheckCache *cache)
{
  if (cache == NULL)
    return;

  check_cache_set_library (cache, NULL);
  g_ptr_array_unref (cache->passes);
  exercise_index_free (cache->exercise_index);
  g_free (cache->key.data);
  g_free (cache);
}

static RegimenChecker *
check (RegimenPlan       *plan,
       RegimenLibrary    *library,
       RegimenCheckCache *cache)
{
  g_autoptr(RegimenChecker) self = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GPtrArray) own_passes = NULL;
  g_autoptr(GHashTable) muscle_bits = NULL;
  g_autofree const char **muscle_keys = new_muscle_keys ();
  ExerciseIndex *own_index = NULL;
  g_autoptr(GPtrArray) plan_findings = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GArray) week_hiit = NULL;
  g_autoptr(GPtrArray) exercises = g_ptr_array_new ();
  g_autoptr(GHashTable) exercise_slots = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) exercise_slot_array = g_array_new (FALSE, FALSE, sizeof (ExerciseSlot));
  g_autofree double *day_loads = NULL;
  g_autofree WeekPass **passes = NULL;
  g_autofree RegimenBlock **week_blocks = NULL;
  g_autoptr(GHashTable) translation_table = g_hash_table_new (NULL, NULL);
  Translations translations = { translation_table };
  Translations *outer_translations;
  RegimenAthlete *athlete;
  CheckContext ctx;
  guint n_weeks;

  if (library == NULL)
    library = regimen_library_get_default ();

  self = g_object_new (REGIMEN_TYPE_CHECKER, NULL);
  athlete = regimen_plan_get_athlete (plan);
  regimen_thresholds_init (&self->thresholds,
                           regimen_athlete_get_level (athlete),
                           regimen_athlete_get_life_stress (athlete),
                           regimen_athlete_get_counted_baseline (athlete),
                           regimen_athlete_get_max_hiit_per_week (athlete));

  /* Everything kept was found with the library and thresholds it was
   * found with; other ones make every week new. */
  if (cache != NULL
      && (cache->library != library || cache->library_changed || !cache->have_thresholds
          || memcmp (&cache->thresholds, &self->thresholds, sizeof self->thresholds) != 0))
    {
      g_ptr_array_set_size (cache->passes, 0);
      g_clear_pointer (&cache->exercise_index, exercise_index_free);
      cache->exercise_index = exercise_index_new ();
      check_cache_set_library (cache, library);
      cache->library_changed = FALSE;
      cache->thresholds = self->thresholds;
      cache->have_thresholds = TRUE;
    }

  n_weeks = regimen_plan_get_n_weeks (plan);
  /* At the plan's length: a week's statistics are large, and growing
   * the list copied them at every doubling. */
  self->weeks = g_array_sized_new (FALSE, TRUE, sizeof (RegimenWeekStats), n_weeks);
  g_array_set_clear_func (self->weeks, week_stats_clear);
  diagnostics = g_ptr_array_new_with_free_func (finding_unref);
  own_passes = g_ptr_array_new_with_free_func (week_pass_free);
  muscle_bits = new_muscle_bits ();
  if (cache == NULL)
    own_index = exercise_index_new ();
  day_loads = g_new0 (double, n_weeks * REGIMEN_DAYS_PER_WEEK);
  passes = g_new0 (WeekPass *, MAX (n_weeks, 1));
  week_blocks = new_week_blocks (plan, n_weeks);
  week_hiit = g_array_new (FALSE, FALSE, sizeof (HiitRef));

  ctx = (CheckContext) {
    .plan = plan,
    .library = library,
    .athlete = athlete,
    .thresholds = &self->thresholds,
    .diagnostics = diagnostics,
    .arena = cache == NULL ? finding_arena_new () : NULL,
    .sink = diagnostics,
    .weeks = self->weeks,
    .n_weeks = n_weeks,
    .n_days = n_weeks * REGIMEN_DAYS_PER_WEEK,
    .passes = passes,
    .week_blocks = week_blocks,
    .day_loads = day_loads,
    .muscle_bits = muscle_bits,
    .muscle_keys = muscle_keys,
    .exercise_index = cache != NULL ? cache->exercise_index : own_index,
    .week_hiit = week_hiit,
    .exercises = exercises,
    .exercise_slots = exercise_slots,
    .exercise_slot_array = exercise_slot_array,
  };
  outer_translations = check_translations;
  check_translations = &translations;
  translate_places (&ctx);
  ctx.kept_args = g_new (KeptArg, KEPT_ARGS_MAX);
  ctx.shapes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ctx.kept_bytes = g_string_sized_new (256);
  ctx.scratch = g_string_sized_new (256);
  ctx.plain_place = g_string_sized_new (256);
  ctx.block_place = g_string_sized_new (256);
  ctx.muscles_over = g_string_sized_new (256);
  ctx.muscle_names = g_new0 (const char *, g_strv_length ((char **) regimen_muscle_list_ids ()));
  for (guint reps = 0; reps <= REGIMEN_REPS_MAX; reps++)
    ctx.percent_for_reps[reps] = -1;
  ctx.max_reps_percent = NAN;

  check_plan (&ctx, cache, cache != NULL ? cache->passes : own_passes);
  g_free (ctx.muscle_names);
  g_free (ctx.kept_args);
  g_hash_table_unref (ctx.shapes);
  g_string_free (ctx.kept_bytes, TRUE);
  g_string_free (ctx.scratch, TRUE);
  g_string_free (ctx.plain_place, TRUE);
  g_string_free (ctx.block_place, TRUE);
  g_string_free (ctx.muscles_over, TRUE);
  check_translations = outer_translations;
  g_clear_pointer (&own_index, exercise_index_free);
  g_clear_pointer (&ctx.place_text, place_text_unref);
  g_clear_pointer (&ctx.item_weeks, g_hash_table_unref);
  g_free (ctx.week_text);
  g_free (ctx.week_block_text);

  /* The findings by week, each week's in order: a week whose findings
   * did not change gives the array it gave last time, neither sorted nor
   * copied again. */
  plan_findings = g_ptr_array_new_with_free_func (finding_unref);
  keep_plan_findings (&ctx, plan_findings);
  g_clear_pointer (&ctx.spare_found, g_ptr_array_unref);
  sort_findings (plan_findings);
  segments = g_ptr_array_new_full (n_weeks + 1, segment_unref);
  g_ptr_array_add (segments, segment_new (g_steal_pointer (&plan_findings)));
  for (guint week = 0; week < n_weeks; week++)
    {
      WeekPass *pass = passes[week];

      merge_week (pass, week);
      g_ptr_array_add (segments, segment_ref (pass->merged));
    }
  for (guint i = 0; i < segments->len; i++)
    for (guint severity = 0; severity < REGIMEN_N_SEVERITIES; severity++)
      self->counts[severity] += ((Segment *) g_ptr_array_index (segments, i))->counts[severity];
  self->diagnostics = regimen_diagnostic_list_new (g_steal_pointer (&segments), ctx.arena);

  return g_steal_pointer (&self);
}

/**
 * regimen_plan_check:
 * @plan: the plan to check
 * @library: (nullable): the exercise library, or %NULL for the default one
 *
 * Runs every rule of the rule table over @plan, with the thresholds of
 * its athlete, and computes the statistics of every week.
 *
 * Returns: (transfer full): the result
 */
RegimenChecker *
regimen_plan_check (RegimenPlan    *plan,
                    RegimenLibrary *library)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);

  return check (plan, library, NULL);
}

/**
 * regimen_plan_check_incremental:
 * @plan: the plan to check
 * @library: (nullable): the exercise library, or %NULL for the default one
 * @cache: what the last check of @plan kept
 *
 * Checks @plan as regimen_plan_check() does, with the same result, but
 * checks again only the weeks whose own inputs changed since @cache was
 * last used (their sessions and items, place, block name), and the rules
 * over weeks only where what they read changed; the series over the
 * whole plan (daily loads, chronic load, rolling weeks) are computed in
 * full. A cache may be used with any plan: a week is reused only when
 * everything it was checked from is equal. Changing the library or the
 * athlete's thresholds starts the cache afresh.
 *
 * Returns: (transfer full): the result
 */
RegimenChecker *
regimen_plan_check_incremental (RegimenPlan       *plan,
                                RegimenLibrary    *library,
                                RegimenCheckCache *cache)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (cache != NULL, NULL);

  return check (plan, library, cache);
}

/**
 * regimen_checker_get_diagnostics:
 * @self: a check result
 *
 * Returns: (transfer none): a #GListModel of #RegimenDiagnostic
 */
GListModel *
regimen_checker_get_diagnostics (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

/**
 * regimen_checker_peek_week_diagnostics:
 * @self: a check result
 * @week: a week of the plan, from 0, or -1 for the plan as a whole
 *
 * The findings placed in @week, in the order of
 * regimen_checker_get_diagnostics(). Results of the same
 * #RegimenCheckCache give the same array for a week whose findings did
 * not change between them, so a view compares weeks by pointer. The
 * check keeps its findings as plain records; a week's diagnostics are
 * made when this is first asked for them, and a finding's is the same
 * object in the list model.
 *
 * Returns: (transfer none) (element-type RegimenDiagnostic): the
 *   findings, an array that never changes
 */
GPtrArray *
regimen_checker_peek_week_diagnostics (RegimenChecker *self,
                                       int             week)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);
  g_return_val_if_fail (week >= -1 && week + 1 < (int) self->diagnostics->segments->len, NULL);

  return segment_get_objects (g_ptr_array_index (self->diagnostics->segments, week + 1));
}

/**
 * regimen_checker_peek_first:
 * @self: a check result
 * @severity: a severity
 *
 * The first diagnostic of @severity in the order of
 * regimen_checker_get_diagnostics(), found from the counts of each week
 * without reading the weeks before it that have none, whose diagnostics
 * are not made.
 *
 * Returns: (transfer none) (nullable): the diagnostic, or %NULL when
 *   there is none of @severity
 */
RegimenDiagnostic *
regimen_checker_peek_first (RegimenChecker  *self,
                            RegimenSeverity  severity)
{
  GPtrArray *segments;

  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);
  g_return_val_if_fail ((guint) severity < REGIMEN_N_SEVERITIES, NULL);

  segments = self->diagnostics->segments;
  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = g_ptr_array_index (segments, i);

      if (segment->counts[severity] == 0)
        continue;

      for (guint j = 0; j < segment->findings->len; j++)
        {
          Finding *finding = g_ptr_array_index (segment->findings, j);

          if (finding->place[4] == (int) severity)
            return finding_get_object (finding);
        }
    }

  return NULL;
}

/**
 * regimen_checker_count:
 * @self: a check result
 * @severity: a severity
 *
 * Returns: how many diagnostics have @severity
 */
guint
regimen_checker_count (RegimenChecker  *self,
                       RegimenSeverity  severity)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), 0);
  g_return_val_if_fail ((guint) severity < REGIMEN_N_SEVERITIES, 0);

  return self->counts[severity];
}

/**
 * regimen_checker_summarize:
 * @checker: a #RegimenChecker
 *
 * Returns: (transfer full): the counts of problems in words,
 *   “1 error · 2 warnings · 1 note”, or that there are none
 */
char *
regimen_checker_summarize (RegimenChecker *checker)
{
  guint errors;
  guint warnings;
  guint notes;
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (REGIMEN_IS_CHECKER (checker), NULL);

  errors = checker->counts[REGIMEN_SEVERITY_ERROR];
  warnings = checker->counts[REGIMEN_SEVERITY_WARNING];
  notes = checker->counts[REGIMEN_SEVERITY_INFO];
  parts = g_ptr_array_new_with_free_func (g_free);

  if (errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors));
  if (warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings));
  if (notes > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", notes), notes));

  if (parts->len == 0)
    return g_strdup (_("The plan passes every check"));

  g_ptr_array_add (parts, NULL);
  /* Translators: joins counts of problems, “1 error · 2 warnings” */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * regimen_checker_has_errors:
 * @self: a check result
 *
 * Returns: %TRUE when a diagnostic is an error, which blocks saving
 */
gboolean
regimen_checker_has_errors (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), FALSE);

  return self->counts[REGIMEN_SEVERITY_ERROR] > 0;
}

/**
 * regimen_checker_get_thresholds:
 * @self: a check result
 *
 * Returns: (transfer none): the thresholds the plan was checked with
 */
const RegimenThresholds *
regimen_checker_get_thresholds (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);

  return &self->thresholds;
}

guint
regimen_checker_get_n_weeks (RegimenChecker *self)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), 0);

  return self->weeks->len;
}

/**
 * regimen_checker_get_week_stats:
 * @self: a check result
 * @week: a week of the plan, from 0
 *
 * Returns: (transfer none): the statistics of @week
 */
const RegimenWeekStats *
regimen_checker_get_week_stats (RegimenChecker *self,
                                guint           week)
{
  g_return_val_if_fail (REGIMEN_IS_CHECKER (self), NULL);
  g_return_val_if_fail (week < self->weeks->len, NULL);

  return &g_array_index (self->weeks, RegimenWeekStats, week);
}

/**
 * regimen_week_stats_get_muscle_sets:
 * @stats: a week's statistics
 * @muscle_id: a muscle group id
 *
 * Every planned set of an item counts for each primary muscle group of its
 * exercise; warm-ups are not planned as items, so these are working sets.
 * Interval items are conditioning and do not count.
 *
 * Returns: the sets planned for @muscle_id in the week
 */
guint
regimen_week_stats_get_muscle_sets (const RegimenWeekStats *stats,
                                    const char             *muscle_id)
{
  const char * const *ids;

  g_return_val_if_fail (stats != NULL, 0);
  g_return_val_if_fail (muscle_id != NULL, 0);

  if (stats->muscle_sets == NULL)
    return 0;

  ids = regimen_muscle_list_ids ();
  for (guint i = 0; ids[i] != NULL && i < MAX_MUSCLE_BITS; i++)
    if (strcmp (ids[i], muscle_id) == 0)
      return stats->muscle_sets->by_bit[i];

  return muscle_sets_get_other (stats->muscle_sets, g_intern_string (muscle_id));
}
