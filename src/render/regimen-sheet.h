/* regimen-sheet.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "regimen-core.h"

G_BEGIN_DECLS

typedef enum
{
  REGIMEN_PAPER_A4,
  REGIMEN_PAPER_LETTER,
} RegimenPaper;

/* The landscape size of @paper in points (1/72 inch). */
void          regimen_paper_get_size     (RegimenPaper     paper,
                                          double          *width,
                                          double          *height);

#define REGIMEN_TYPE_SHEET (regimen_sheet_get_type ())

G_DECLARE_FINAL_TYPE (RegimenSheet, regimen_sheet, REGIMEN, SHEET, GObject)

/* The weekly sheet a person takes to the gym: one page per plan week (more
 * when a day does not fit, continued on the next page), each day a column
 * with its sessions, the exercises with a small figure, the prescription
 * and empty cells to write down load and reps of every set.
 *
 * The layout depends on the page size given to get_n_pages() and
 * draw_page(), in the units of the cairo context (points for PDF and
 * GtkPrintContext), so the same code serves regimen_sheet_write_pdf() and a
 * GtkPrintOperation. @paper chooses the load unit (kg on A4, lb on Letter).
 * @library and @checker may be NULL: the default library, and a fresh
 * check of @plan. */
RegimenSheet *regimen_sheet_new          (RegimenPlan     *plan,
                                          RegimenLibrary  *library,
                                          RegimenChecker  *checker,
                                          RegimenPaper     paper);

void          regimen_sheet_set_load_unit (RegimenSheet    *self,
                                           RegimenLoadUnit  unit);

/* Only one week (0-based), or every week with -1 (the default). */
void          regimen_sheet_set_week     (RegimenSheet    *self,
                                          int              week);
int           regimen_sheet_get_week     (RegimenSheet    *self);

/* The most pages a week's sheet, and all of them, may take. */
#define REGIMEN_SHEET_MAX_WEEK_PAGES 10
#define REGIMEN_SHEET_MAX_PAGES      520

guint         regimen_sheet_get_n_pages  (RegimenSheet    *self,
                                          double           width,
                                          double           height);
gboolean      regimen_sheet_check_pages  (RegimenSheet    *self,
                                          double           width,
                                          double           height,
                                          GError         **error);
/* check_pages() and the layout a week a call, until @done: for a print
 * whose window answers between two weeks. */
gboolean      regimen_sheet_paginate     (RegimenSheet    *self,
                                          double           width,
                                          double           height,
                                          gboolean        *done,
                                          GError         **error);
void          regimen_sheet_draw_page    (RegimenSheet    *self,
                                          cairo_t         *cr,
                                          guint            page,
                                          double           width,
                                          double           height);
gboolean      regimen_sheet_check_drawn  (RegimenSheet    *self,
                                          cairo_t         *cr,
                                          GError         **error);

GBytes       *regimen_sheet_render_pdf      (RegimenPlan     *plan,
                                             RegimenLibrary  *library,
                                             RegimenPaper     paper,
                                             int              week,
                                             GError         **error);
GBytes       *regimen_sheet_render_document (RegimenPlan     *snapshot,
                                             RegimenLibrary  *library,
                                             gpointer         paper,
                                             GError         **error);

/* The paper and the load unit of regimen_sheet_render_document() in one
 * pointer; GINT_TO_POINTER (paper) alone takes the paper's unit. */
#define regimen_sheet_document_options(paper, unit) \
  GUINT_TO_POINTER ((guint) (paper) | (((guint) (unit) + 1) << 4))

/* Writes the sheet of every week (@week = -1) or of one week as a
 * landscape PDF on @paper. */
gboolean      regimen_sheet_write_pdf    (RegimenPlan     *plan,
                                          RegimenLibrary  *library,
                                          const char      *path,
                                          GFile           *source,
                                          RegimenPaper     paper,
                                          int              week,
                                          GError         **error);

G_END_DECLS
