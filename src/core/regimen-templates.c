/* regimen-templates.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Plans a new plan can start from, built from the seed articles. The plans
 * themselves are data/templates/ID.regimen.json, embedded in the core;
 * their titles and descriptions are here so they reach translators. */

#define G_LOG_DOMAIN "regimen-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "regimen-core-resources.h"
#include "regimen-plan-private.h"
#include "regimen-plan-reader.h"
#include "regimen-templates.h"
#include "regimen-week.h"

#define TEMPLATE_PATH "/io/github/regimen/Regimen/core/templates/%s.regimen.json"
#define TEMPLATE_MEMBER "x-regimen-template"

static const RegimenTemplate templates[] = {
  {
    "strong-enough-to-run",
    N_("Strong Enough to Run"),
    N_("A week of trunk stability and leg strength for runners: half-kneeling cable work, "
       "squats and hinges, easy runs, a short mobility day and two interval sessions that "
       "never fall on consecutive days."),
  },
  {
    "sprinter-strength",
    N_("Sprinter Strength, Two Days a Week"),
    N_("Two full-body strength days for runners who sprint: squats, single-leg hinges and "
       "glute bridges, rows, presses and trunk work in circuits, each day opening with the "
       "single-leg high knee hold."),
  },
  {
    "hip-flexion-progression",
    N_("Hip Flexion Progression"),
    N_("Twelve weeks in four stages of three weeks, from the band hurdle hold on the floor "
       "to hanging hip flexion, each paired with a squat or a hinge twice a week."),
  },
  {
    "pistol-squat-path",
    N_("Pistol Squat Path"),
    N_("Fourteen weeks from the narrow stance squat through the isometric, eccentric and "
       "toe grab pistols to a full pistol squat, moving on when a stage feels easy."),
  },
  {
    "pistol-squat-12-weeks",
    N_("Pistol Squat in Twelve Weeks"),
    N_("Four stages of three weeks, from the narrow stance squat through the isometric and "
       "eccentric pistols to the toe grab pistol, with progression rules adding repetitions "
       "and sets week by week and lighter weeks 6 and 12."),
  },
  {
    "core-series",
    N_("Core Series"),
    N_("Nine weeks of quiet, precise work for the hip flexors and hamstrings: pelvic tilts, "
       "then heel slides and straight leg raises, three short sessions a week."),
  },
  {
    "pause-and-tempo",
    N_("Pause and Tempo Squats"),
    N_("Four weeks of light squats, at most half of the one-rep maximum, twice a week: "
       "three seconds down in the first two weeks, then a pause at the bottom, with the "
       "split squat moving on to four loaded sets of five."),
  },
};

/**
 * regimen_templates_get:
 * @n_templates: (out): how many there are
 *
 * Returns: (array length=n_templates) (transfer none): the templates
 */
const RegimenTemplate *
regimen_templates_get (guint *n_templates)
{
  g_return_val_if_fail (n_templates != NULL, NULL);

  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

const char *
regimen_template_get_title (const RegimenTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, self->title);
}

const char *
regimen_template_get_description (const RegimenTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, self->description);
}

/* @object's member @name, a text of the template, in the language the plan
 * is made in: from then on it is the plan's own word, never translated
 * again (issue 21). */
static void
translate_member (JsonObject *object,
                  const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return;

  text = json_node_get_string (node);
  if (text == NULL || *text == '\0')
    return;

  json_object_set_string_member (object, name, g_dpgettext2 (GETTEXT_PACKAGE, "template", text));
}

/* The objects of @object's array member @name, or none. */
static GList *
member_objects (JsonObject *object,
                const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  GList *objects = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        objects = g_list_prepend (objects, json_node_get_object (element));
    }

  return g_list_reverse (objects);
}

/* The template's block names and goals, week labels, session titles and
 * notes, as build-aux/template-strings.py hands them to translators. A
 * German plan from the core series read “Pelvic tilt” and “Core series”
 * under the German title “Kernserie”. */
static void
translate_template (JsonObject *plan)
{
  g_autoptr(GList) blocks = member_objects (plan, "blocks");
  g_autoptr(GList) weeks = member_objects (plan, "weeks");
  guint week = 0;

  for (GList *b = blocks; b != NULL; b = b->next)
    {
      translate_member (b->data, "name");
      translate_member (b->data, "goal");
    }

  for (GList *w = weeks; w != NULL; w = w->next, week++)
    {
      g_autoptr(GList) days = member_objects (w->data, "days");
      JsonNode *label = json_object_get_member (w->data, "label");

      /* A label that only repeats the week's place, the templates' “Week
       * 3”, is left out: every view heads the week by its place anyway,
       * and the label would go on saying “Woche 3” in a window in English
       * or “Week 3” once the week is moved to another place. */
      if (label != NULL && JSON_NODE_HOLDS_VALUE (label) && json_node_get_value_type (label) == G_TYPE_STRING
          && !regimen_week_label_says_more (json_node_get_string (label), week))
        json_object_remove_member (w->data, "label");
      else
        translate_member (w->data, "label");
      for (GList *d = days; d != NULL; d = d->next)
        {
          g_autoptr(GList) sessions = member_objects (d->data, "sessions");

          for (GList *s = sessions; s != NULL; s = s->next)
            {
              g_autoptr(GList) items = member_objects (s->data, "items");

              translate_member (s->data, "title");
              translate_member (s->data, "notes");
              for (GList *i = items; i != NULL; i = i->next)
                translate_member (i->data, "notes");
            }
        }
    }
}

RegimenPlan *
regimen_template_plan_from_bytes (GBytes      *text,
                                  const char  *title,
                                  GError     **error)
{
  g_autoptr(GBytes) translated = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(RegimenPlan) plan = NULL;
  char *translated_text;
  gsize length;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  /* Translated before it is read, as part of what the plan is made of. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, g_bytes_get_data (text, NULL), g_bytes_get_size (text), error))
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    translate_template (json_node_get_object (json_parser_get_root (parser)));
  /* Written as the plan writer writes, not by json-glib's generator,
   * whose 1e+20.0 the reader refuses. */
  translated_text = regimen_json_node_to_data (json_parser_get_root (parser), &length);
  translated = g_bytes_new_take (translated_text, length);

  plan = regimen_plan_load_from_bytes (translated, error);
  if (plan == NULL)
    return NULL;

  /* The template's own notes are not part of the person's plan. */
  json_object_remove_member (regimen_plan_get_extra (plan), TEMPLATE_MEMBER);

  /* Part of loading, not an edit to undo. */
  regimen_plan_load_title (plan, title);
  regimen_plan_renew_ids (plan);

  return g_steal_pointer (&plan);
}

/**
 * regimen_template_instantiate:
 * @self: a template
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a new plan from @self, titled and
 *   written in the user's language, with no history and nothing to save yet
 */
RegimenPlan *
regimen_template_instantiate (const RegimenTemplate  *self,
                              GError                **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  path = g_strdup_printf (TEMPLATE_PATH, self->id);
  bytes = g_resource_lookup_data (regimen_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return regimen_template_plan_from_bytes (bytes, regimen_template_get_title (self), error);
}

/**
 * regimen_plan_new_blank:
 *
 * Returns: (transfer full): a new plan of one empty week, with nothing to
 *   undo and nothing to save
 */
RegimenPlan *
regimen_plan_new_blank (void)
{
  return regimen_plan_new_blank_weeks (1);
}

/**
 * regimen_plan_new_blank_weeks:
 * @n_weeks: how many weeks, 1 to 52 (clamped)
 *
 * Returns: (transfer full): a new plan of @n_weeks empty weeks, with
 *   nothing to undo and nothing to save
 */
RegimenPlan *
regimen_plan_new_blank_weeks (guint n_weeks)
{
  RegimenPlan *plan = regimen_plan_new ();

  n_weeks = CLAMP (n_weeks, 1, 52);
  for (guint i = 0; i < n_weeks; i++)
    {
      g_autoptr(RegimenWeek) week = regimen_week_new (NULL);

      regimen_plan_load_week (plan, week);
    }

  return plan;
}
