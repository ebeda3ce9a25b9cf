/* regimen-week-view.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"
#include "regimen-day-column.h"

G_BEGIN_DECLS

#define REGIMEN_TYPE_WEEK_VIEW (regimen_week_view_get_type ())

G_DECLARE_FINAL_TYPE (RegimenWeekView, regimen_week_view, REGIMEN, WEEK_VIEW, GtkWidget)

GtkWidget        *regimen_week_view_new            (void);
RegimenDayColumn *regimen_week_view_get_day_column (RegimenWeekView *self,
                                                    guint            day);
RegimenPlan      *regimen_week_view_get_plan       (RegimenWeekView *self);
void              regimen_week_view_set_plan       (RegimenWeekView *self,
                                                    RegimenPlan     *plan,
                                                    RegimenLibrary  *library);
void              regimen_week_view_set_today      (RegimenWeekView *self,
                                                    const GDate     *today);
guint             regimen_week_view_get_week       (RegimenWeekView *self);
void              regimen_week_view_set_week       (RegimenWeekView *self,
                                                    guint            week);
void              regimen_week_view_set_checker    (RegimenWeekView *self,
                                                    RegimenChecker  *checker);
void              regimen_week_view_reveal         (RegimenWeekView *self,
                                                    guint            week,
                                                    int              day,
                                                    int              session,
                                                    gboolean         grab_focus);
GtkWidget        *regimen_week_view_get_revealed   (RegimenWeekView *self);
gboolean          regimen_week_view_focus_object   (RegimenWeekView *self,
                                                    gpointer         object);
void              regimen_week_view_set_target     (RegimenWeekView *self,
                                                    int              day,
                                                    RegimenSession  *session);
RegimenSession   *regimen_week_view_get_target     (RegimenWeekView *self,
                                                    int             *day);
RegimenSession   *regimen_week_view_add_exercise   (RegimenWeekView *self,
                                                    RegimenExercise *exercise,
                                                    guint            day,
                                                    RegimenSession  *session);
GMenuModel       *regimen_week_view_new_add_menu   (RegimenWeekView *self,
                                                    const char      *exercise_id);

G_END_DECLS
