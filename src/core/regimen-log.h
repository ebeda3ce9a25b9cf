/* regimen-log.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "regimen-plan-types.h"

G_BEGIN_DECLS

/* What was trained: a session's "log" in the plan file
 * (docs/plan-format.md, "The log"). */

typedef enum
{
  REGIMEN_LOG_STATUS_DONE,
  REGIMEN_LOG_STATUS_PARTLY,
  REGIMEN_LOG_STATUS_SKIPPED,
} RegimenLogStatus;

#define REGIMEN_N_LOG_STATUSES 3

typedef enum
{
  REGIMEN_LOAD_UNIT_KG,
  REGIMEN_LOAD_UNIT_LB,
} RegimenLoadUnit;

/* The limits the reader, the writer and the commands hold a log to, like
 * the plan's own (regimen-plan-types.h). */
#define REGIMEN_LOG_REPS_MAX      1000
#define REGIMEN_LOG_LOAD_MAX      2000.0
#define REGIMEN_LOG_MAX_SETS      100
#define REGIMEN_LOG_MAX_ITEMS     REGIMEN_SESSION_MAX_ITEMS
/* The decimals a load typed or imported may have, as many as a load is
 * shown with (and as an exercise's --load takes). */
#define REGIMEN_LOAD_DECIMALS_MAX 6

/* A set's load that is not given. */
#define REGIMEN_LOG_NO_LOAD (-1.0)

/* One set done. A number that is not given is 0 (load: REGIMEN_LOG_NO_LOAD);
 * a set gives at least reps, hold_seconds or rounds. @extra holds the
 * members the reader did not know, or NULL. */
typedef struct
{
  guint            reps;
  double           load;
  RegimenLoadUnit  unit;
  guint            hold_seconds;
  guint            rounds;
  JsonObject      *extra;
} RegimenSetLog;

/* The sets done of one item of the session, named by the item's id. An
 * entry whose item is no longer in the session is kept (and written). */
typedef struct
{
  char       *item;
  GArray     *sets;   /* of RegimenSetLog */
  char       *note;
  JsonObject *extra;
} RegimenItemLog;

/* A session's log. @date is cleared (g_date_valid() FALSE) when not given,
 * @minutes and @rpe are 0 when not given; @items holds RegimenItemLog. */
typedef struct
{
  RegimenLogStatus  status;
  GDate             date;
  guint             minutes;
  guint             rpe;
  char             *note;
  GPtrArray        *items;
  JsonObject       *extra;
} RegimenSessionLog;

#define REGIMEN_TYPE_SESSION_LOG (regimen_session_log_get_type ())

GType              regimen_session_log_get_type   (void) G_GNUC_CONST;
RegimenSessionLog *regimen_session_log_new        (RegimenLogStatus         status);
RegimenSessionLog *regimen_session_log_copy       (const RegimenSessionLog *log);
void               regimen_session_log_free       (RegimenSessionLog       *log);
gboolean           regimen_session_log_equal      (const RegimenSessionLog *a,
                                                   const RegimenSessionLog *b);
gboolean           regimen_session_log_equal_known (const RegimenSessionLog *a,
                                                    const RegimenSessionLog *b);
gboolean           regimen_session_log_is_valid   (const RegimenSessionLog *log);
void               regimen_session_log_set_note   (RegimenSessionLog       *log,
                                                   const char              *note);
RegimenItemLog    *regimen_session_log_find_item  (const RegimenSessionLog *log,
                                                   const char              *item_id);
RegimenItemLog    *regimen_session_log_add_item   (RegimenSessionLog       *log,
                                                   const char              *item_id);

void               regimen_item_log_add_set       (RegimenItemLog          *item_log,
                                                   const RegimenSetLog     *set);
void               regimen_item_log_set_note      (RegimenItemLog          *item_log,
                                                   const char              *note);

void               regimen_set_log_init           (RegimenSetLog           *set);

const char        *regimen_log_status_to_string   (RegimenLogStatus         status);
gboolean           regimen_log_status_from_string (const char              *text,
                                                   RegimenLogStatus        *status);
const char        *regimen_log_status_get_label   (RegimenLogStatus         status);
/* Whether a log of @status records the minutes trained and the session
 * RPE: a skipped session was not trained, and nothing reads them of it
 * (its load is 0, exports leave it out). */
gboolean           regimen_log_status_has_effort  (RegimenLogStatus         status);
const char        *regimen_load_unit_to_string    (RegimenLoadUnit          unit);
gboolean           regimen_load_unit_from_string  (const char              *text,
                                                   RegimenLoadUnit         *unit);
gboolean           regimen_load_parse             (const char              *text,
                                                   const char             **end,
                                                   double                  *load);
gboolean           regimen_load_parse_up_to       (const char              *text,
                                                   double                   max,
                                                   const char             **end,
                                                   double                  *load);
gboolean           regimen_load_parse_rounded     (const char              *text,
                                                   double                   max,
                                                   const char             **end,
                                                   double                  *load);
double             regimen_load_round             (double                   load);
double             regimen_load_to_kg             (double                   load,
                                                   RegimenLoadUnit          unit);
double             regimen_load_convert           (double                   load,
                                                   RegimenLoadUnit          from,
                                                   RegimenLoadUnit          to);
double             regimen_load_to_kg_bounded     (double                   load,
                                                   RegimenLoadUnit          unit,
                                                   double                   max_kg);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RegimenSessionLog, regimen_session_log_free)

G_END_DECLS
