/* regimen-templates.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "regimen-plan.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  /* Untranslated; regimen_template_get_title() translates. */
  const char *title;
  const char *description;
} RegimenTemplate;

RegimenPlan           *regimen_plan_new_blank           (void);
RegimenPlan           *regimen_plan_new_blank_weeks     (guint                  n_weeks);
const RegimenTemplate *regimen_templates_get            (guint                 *n_templates);
const char            *regimen_template_get_title       (const RegimenTemplate *self);
const char            *regimen_template_get_description (const RegimenTemplate *self);
RegimenPlan           *regimen_template_instantiate     (const RegimenTemplate *self,
                                                         GError               **error);

G_END_DECLS
