/* regimen-ical.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "regimen-library.h"
#include "regimen-plan.h"

G_BEGIN_DECLS

#define REGIMEN_ICAL_ERROR (regimen_ical_error_quark ())

typedef enum
{
  REGIMEN_ICAL_ERROR_NO_START_DATE, /* neither the plan nor the caller gives a date */
  REGIMEN_ICAL_ERROR_NOT_MONDAY,    /* the start date is not a Monday */
  REGIMEN_ICAL_ERROR_TOO_LATE,      /* the plan runs past REGIMEN_YEAR_MAX */
  REGIMEN_ICAL_ERROR_NO_SESSIONS,   /* no session: RFC 5545 wants one component */
} RegimenIcalError;

GQuark  regimen_ical_error_quark (void);

/* Whether @plan has a session in any week: a calendar of a plan without
 * one would hold no event, which RFC 5545 does not allow. */
gboolean regimen_ical_plan_has_sessions (RegimenPlan *plan);

/* An iCalendar (RFC 5545) document with one all-day VEVENT per session of
 * @plan, on the session's date counted from @start_date (or the plan's
 * start date when @start_date is NULL). Each event's UID is the
 * session's persistent id, so exporting again updates the same events in
 * a calendar, also after a session moved to another day. @dtstamp (UTC)
 * is the creation time written into every event; NULL means now. @library
 * names the exercises (NULL: the default library).
 *
 * Returns: (transfer full): the document with CRLF line ends, or NULL
 *   with @error set */
char   *regimen_ical_from_plan   (RegimenPlan     *plan,
                                  RegimenLibrary  *library,
                                  const GDate     *start_date,
                                  GDateTime       *dtstamp,
                                  GError         **error);

/* Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and
 * newline. */
char   *regimen_ical_escape_text (const char      *text);

/* Folds one content line (without its CRLF) into lines of at most 75
 * octets, never inside a UTF-8 character, and ends it with CRLF. */
void    regimen_ical_append_line (GString         *out,
                                  const char      *line);

G_END_DECLS
