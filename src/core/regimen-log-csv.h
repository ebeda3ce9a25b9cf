/* regimen-log-csv.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-library.h"
#include "regimen-log.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

/* The header of Strong's workout export, which Hevy and other apps import. */
#define REGIMEN_LOG_CSV_HEADER \
  "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"

/* The header of Hevy's workout export; with pounds, weight_lbs and
 * distance_miles take the places of weight_kg and distance_km. */
#define REGIMEN_LOG_CSV_HEVY_HEADER \
  "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type," \
  "weight_kg,reps,distance_km,duration_seconds,rpe"

typedef enum
{
  REGIMEN_LOG_CSV_STRONG,
  REGIMEN_LOG_CSV_HEVY,
} RegimenLogCsvFormat;

gboolean regimen_log_csv_format_from_string (const char          *word,
                                             RegimenLogCsvFormat *format);

char *regimen_log_to_csv      (RegimenPlan         *plan,
                               RegimenLibrary      *library,
                               RegimenLoadUnit      unit,
                               RegimenLogCsvFormat  format);
char *regimen_log_to_csv_within (RegimenPlan         *plan,
                                 RegimenLibrary      *library,
                                 RegimenLoadUnit      unit,
                                 RegimenLogCsvFormat  format,
                                 gsize                max_length,
                                 GError             **error);
void  regimen_log_csv_count_not_carried (RegimenPlan     *plan,
                                         RegimenLoadUnit  unit,
                                         guint           *n_with_members,
                                         guint           *n_converted);
guint regimen_log_csv_count_rounds_not_carried (RegimenPlan *plan);
void  regimen_csv_append_field (GString        *out,
                                const char     *text);

gboolean regimen_log_csv_check_dates (RegimenPlan  *plan,
                                      GError      **error);

/* The largest CSV file regimen_log_import_csv() reads. */
#define REGIMEN_LOG_CSV_MAX_BYTES (16 * 1024 * 1024)
/* The most fields a line of it may have: Strong writes 12 and Hevy 14,
 * and a spreadsheet a few more; a line of millions of empty fields would
 * take forty times the file's size in memory. */
#define REGIMEN_LOG_CSV_MAX_FIELDS 1000
/* How many of the rows no session takes regimen_log_import_csv() tells
 * by their message; the others it only counts. */
#define REGIMEN_LOG_CSV_UNMATCHED_TOLD 50

/* What an import replaced that the CSV did not bring back as it was:
 * the sets that held members the CSV has no column for (another tool's,
 * gone with the sets), and the sets logged in the other unit than the
 * CSV's, whose loads are logged now in the CSV's unit as it gives them.
 * And what it did not take: the sessions logged before whose Workout
 * Notes in the file are not their log's note (the log keeps its own). */
typedef struct
{
  guint           n_with_members;
  guint           n_other_unit;
  guint           n_notes_kept;
  /* And those whose Duration in the file is not the minutes their log
   * holds (or, with none, the planned minutes export-csv writes). */
  guint           n_durations_kept;
  /* The unit the CSV's weights were read in (Hevy's name theirs). */
  RegimenLoadUnit unit;
} RegimenLogCsvReplaced;

gboolean regimen_log_import_csv_full (RegimenPlan           *plan,
                                      RegimenLibrary        *library,
                                      const char            *text,
                                      gsize                  length,
                                      RegimenLoadUnit        unit,
                                      GPtrArray             *unmatched,
                                      guint                 *n_sets,
                                      RegimenLogCsvReplaced *replaced,
                                      GError               **error);
gboolean regimen_log_import_csv (RegimenPlan      *plan,
                                 RegimenLibrary   *library,
                                 const char       *text,
                                 gsize             length,
                                 RegimenLoadUnit   unit,
                                 GPtrArray        *unmatched,
                                 guint            *n_sets,
                                 GError          **error);

G_END_DECLS
