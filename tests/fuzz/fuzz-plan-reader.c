/* fuzz-plan-reader.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "regimen-json-check.h"
#include "regimen-plan-reader.h"
#include "regimen-plan-writer.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* JSON that the strict check takes parses to the same tree with the
 * whitespace between its tokens left out, as the reader parses it. */
static void
check_compact (const char *data,
               gsize       size)
{
  RegimenJsonProblem problem = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonParser) compact_parser = NULL;
  g_autofree char *compact = NULL;
  gsize compact_length;

  if (memchr (data, '\0', size) != NULL || !g_utf8_validate_len (data, size, NULL))
    return;
  if (!regimen_json_check (data, size, 64, &problem))
    {
      regimen_json_problem_clear (&problem);
      return;
    }

  parser = json_parser_new ();
  compact_parser = json_parser_new ();
  compact = regimen_json_compact (data, size, &compact_length);
  g_assert (json_parser_load_from_data (parser, data, size, NULL));
  g_assert (json_parser_load_from_data (compact_parser, compact, compact_length, NULL));
  g_assert (json_node_equal (json_parser_get_root (parser), json_parser_get_root (compact_parser)));
}

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

  check_compact ((const char *) data, size);

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
      g_autoptr(GError) refused = NULL;

      g_assert (regimen_plan_duplicate_week (plan, 0));
      /* A move that brings a rule inside another's weeks is refused and
       * leaves nothing to undo. */
      if (regimen_plan_move_week (plan, 0, regimen_plan_get_n_weeks (plan) - 1, &refused))
        g_assert (regimen_plan_undo (plan));
      else
        g_assert (refused != NULL);
      g_assert (regimen_plan_undo (plan));
      g_assert (!regimen_plan_get_modified (plan));
    }

  return 0;
}
