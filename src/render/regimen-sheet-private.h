/* regimen-sheet-private.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  REGIMEN_SHEET_BOX_COLUMN,  /* the body of a day column */
  REGIMEN_SHEET_BOX_TEXT,
  REGIMEN_SHEET_BOX_FIGURE,
  REGIMEN_SHEET_BOX_CELL,    /* a cell to write in, or a round to tick */
} RegimenSheetBoxKind;

/* One thing a page draws, for the layout tests: the space it was given
 * (@x, @y, @width, @height) and, for text, the extents pango laid it out
 * in (@ink_*; the logical rectangle, in page units). @day is the day
 * column it belongs to, or -1 for the page header and footer. */
typedef struct
{
  RegimenSheetBoxKind  kind;
  int                  day;
  double               x;
  double               y;
  double               width;
  double               height;
  double               ink_x;
  double               ink_y;
  double               ink_width;
  double               ink_height;
  char                *text;
  /* The characters Pango laid out before the shown part was kept, the
   * measure of the time a text takes, where @text is what shows. */
  glong                laid_out;
} RegimenSheetBox;

/* Lays out and draws @page into a recording surface and returns what it
 * drew, as an array of RegimenSheetBox (their text is freed with it). */
GArray *regimen_sheet_collect_boxes (RegimenSheet *self,
                                     guint         page,
                                     double        width,
                                     double        height);

G_END_DECLS
