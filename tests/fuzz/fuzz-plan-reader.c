/* fuzz-plan-reader.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "regimen-plan-reader.h"
#include "regimen-plan-writer.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Any input must either load or give a REGIMEN_PLAN_ERROR; a plan that
 * loads must write canonical text that loads again and writes the same. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(RegimenPlan) plan = NULL;
  g_autoptr(RegimenPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_length;
  gsize second_length;

  if (size > G_MAXSSIZE)
    return 0;

  plan = regimen_plan_load_from_data ((const char *) data, size, &error);
  if (plan == NULL)
    {
      g_assert (error != NULL && error->domain == REGIMEN_PLAN_ERROR);
      return 0;
    }

  first = regimen_plan_to_data (plan, &first_length);
  again = regimen_plan_load_from_data (first, first_length, &error);
  if (again == NULL)
    g_error ("canonical text does not load: %s\n%s", error->message, first);

  second = regimen_plan_to_data (again, &second_length);
  g_assert (first_length == second_length);
  g_assert (memcmp (first, second, first_length) == 0);

  /* Exercise the command stack on whatever the input built. */
  if (regimen_plan_get_n_weeks (plan) > 0)
    {
      g_assert (regimen_plan_duplicate_week (plan, 0));
      g_assert (regimen_plan_move_week (plan, 0, regimen_plan_get_n_weeks (plan) - 1));
      g_assert (regimen_plan_undo (plan));
      g_assert (regimen_plan_undo (plan));
      g_assert (!regimen_plan_get_modified (plan));
    }

  return 0;
}
