/* regimen-plan-view.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-checker.h"
#include "regimen-library.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

/* What the views show of a plan, worked out as plain data: the app's
 * widgets, the printed sheet and regimen-cli share these, and the tests
 * check them without a display. */

/* Which days, sessions and items of one week carry a problem mark, with
 * the problems' messages and the gravest severity. */
typedef struct _RegimenWeekMarks RegimenWeekMarks;

RegimenWeekMarks *regimen_week_marks_new         (RegimenPlan            *plan,
                                                  guint                   week,
                                                  GPtrArray              *diagnostics);
void              regimen_week_marks_free        (RegimenWeekMarks       *self);
const char       *regimen_week_marks_get_day     (RegimenWeekMarks       *self,
                                                  guint                   day,
                                                  RegimenSeverity        *out_severity);
const char       *regimen_week_marks_get_session (RegimenWeekMarks       *self,
                                                  guint                   day,
                                                  guint                   session,
                                                  RegimenSeverity        *out_severity);
const char       *regimen_week_marks_get_item    (RegimenWeekMarks       *self,
                                                  guint                   day,
                                                  guint                   session,
                                                  guint                   item,
                                                  RegimenSeverity        *out_severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenWeekMarks, regimen_week_marks_free)

/* The level bars of the check: how full each is and whether its figure
 * is over the limit. */
typedef enum
{
  REGIMEN_METRIC_HIIT,
  REGIMEN_METRIC_LOAD,
  REGIMEN_METRIC_MONOTONY,
  REGIMEN_METRIC_STRAIN,
  REGIMEN_METRIC_ACWR,
  REGIMEN_N_METRICS
} RegimenMetric;

typedef struct
{
  /* Not clamped: over 1 when the figure is past the bar's end. */
  double   fraction;
  gboolean over;
} RegimenMetricLevel;

void     regimen_week_metric_levels  (const RegimenWeekStats  *stats,
                                      const RegimenThresholds *limits,
                                      RegimenMetricLevel       levels[REGIMEN_N_METRICS]);
double   regimen_week_stats_get_ratio (const RegimenWeekStats  *stats,
                                       const RegimenThresholds *limits);
double   regimen_week_load_scale     (const RegimenWeekStats  *stats);

/* One-line texts. */
/* The most combining marks a shown character keeps: enough for the
 * stacked vowel signs and tones of the scripts that stack them. */
#define REGIMEN_TEXT_MAX_MARKS 4
gboolean    regimen_text_is_bidi_control       (gunichar    c);
gboolean    regimen_text_is_hidden_format      (gunichar    c);
gboolean    regimen_text_breaks_a_line         (gunichar    c);
gboolean    regimen_text_is_unseen             (gunichar    c);
gboolean    regimen_text_unseen_at             (const char *text,
                                                const char *p);
char       *regimen_text_dup_as_read           (const char *text);
char       *regimen_text_cut                   (const char *text,
                                                guint       max_chars);
char       *regimen_text_spell                 (const char *text,
                                                gboolean    all_but_ascii);
char       *regimen_text_without_hidden_format  (const char *text);
char       *regimen_text_one_line              (const char *text,
                                                guint       max_chars);
char       *regimen_text_cut_middle            (const char *text,
                                                guint       max_chars);
char       *regimen_text_one_line_middle       (const char *text,
                                                guint       max_chars);
char       *regimen_text_few_lines             (const char *text,
                                                guint       max_lines);
gboolean    regimen_text_has_right_to_left     (const char *text);
char       *regimen_text_isolate               (const char *text);
char       *regimen_exercise_describe      (RegimenExercise *exercise);
char       *regimen_session_describe       (RegimenSession  *session,
                                            gboolean         estimate_minutes);
const char *regimen_item_get_exercise_name (RegimenItem     *item,
                                            RegimenLibrary  *library);
char       *regimen_item_describe_name     (RegimenItem     *item,
                                            RegimenLibrary  *library);

G_END_DECLS
