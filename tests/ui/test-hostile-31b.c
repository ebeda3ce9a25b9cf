/* test-hostile-31b.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window under the locales and the input methods adversarial pass
 * 31b of issue 21 took to it: a locale whose decimal mark is neither a
 * point nor a comma (Pashto's ps_AF, U+066B), and the digits an Arabic
 * or Persian input method types. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-log-form.h"
#include "ui-test-util.h"

static RegimenApplication *app;

static GtkWidget *
find_labelled (GtkWidget  *widget,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_EDITABLE (child) && !GTK_IS_TEXT (child)
          && gtk_test_accessible_check_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 label) == NULL)
        return child;
      if ((found = find_labelled (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
box (GtkWidget  *form,
     const char *label)
{
  GtkWidget *found = find_labelled (form, label);

  if (found == NULL)
    g_error ("the form has no box named “%s”", label);

  return found;
}

/* What an input method commits: the text at the end of the box, after
 * the box's own text was rubbed out with BackSpace, real keys. */
static void
commit_into (GtkWidget  *form,
             const char *label,
             const char *text)
{
  GtkWidget *entry = box (form, label);
  int position;

  gtk_widget_grab_focus (entry);
  ui_test_iterate_until_idle ();
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  while (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    ui_test_press_key (entry, GDK_KEY_BackSpace);
  position = gtk_editable_get_position (GTK_EDITABLE (entry));
  gtk_editable_insert_text (GTK_EDITABLE (entry), text, -1, &position);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, text);
}

/* ps_AF.UTF-8 made in a scratch folder, and LC_NUMERIC set to it; NULL
 * when this machine cannot make it. */
static char *
use_pashto_numbers (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *target = g_build_filename (dir, "ps_AF.UTF-8", NULL);
  const char *argv[] = { "localedef", "-i", "ps_AF", "-f", "UTF-8", target, NULL };
  char *before = g_strdup (setlocale (LC_NUMERIC, NULL));
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_free (before);
      return NULL;
    }

  g_setenv ("LOCPATH", dir, TRUE);
  if (setlocale (LC_NUMERIC, "ps_AF.UTF-8") == NULL)
    {
      g_unsetenv ("LOCPATH");
      g_free (before);
      return NULL;
    }
  g_unsetenv ("LOCPATH");

  return before;
}

/* Issue 21, pass 31b: under ps_AF the Log Session form shows a load
 * with the locale's mark, “52٫5”, and a load typed so (or with an
 * Arabic input method's digits, “٦٠٫٥”, and reps “٨”) was refused as
 * “a number from 0 to 2000”: the form did not read what it writes.
 * It reads them now, as it reads a decimal comma. */
static void
test_log_form_reads_its_locale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (
    "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"id\":\"mon\",\"kind\":\"strength\",\"rpe\":7,\"minutes\":45,\"items\":["
    "{\"id\":\"row\",\"exercise\":\"seated-cable-row\",\"sets\":3,\"reps\":10}],"
    "\"log\":{\"status\":\"done\",\"items\":[{\"item\":\"row\",\"sets\":["
    "{\"reps\":10,\"load\":52.5,\"unit\":\"kg\"},{\"reps\":8,\"load\":50,\"unit\":\"kg\"},"
    "{\"reps\":6,\"load\":50,\"unit\":\"kg\"}]}]}}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}", -1, &error);
  g_autofree char *numeric = NULL;
  RegimenSession *session;
  const RegimenItemLog *row;
  GtkWidget *form;

  g_assert_no_error (error);
  numeric = use_pashto_numbers ();
  if (numeric == NULL)
    {
      g_test_skip ("localedef cannot make ps_AF.UTF-8 here");
      return;
    }

  session = regimen_plan_find_session_by_id (plan, "mon");
  form = regimen_log_form_new (NULL, plan, session, regimen_library_get_default (), REGIMEN_LOAD_UNIT_KG);
  gtk_window_present (GTK_WINDOW (form));
  ui_test_iterate_until_idle ();
  ui_test_wait_for_frames (form, 2);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (box (form, "Seated Cable Row, set 1, load in kg"))),
                   ==, "52\xd9\xab" "5");
  /* 55٫5 in ASCII digits, 60٫5 and 8 in Arabic-Indic ones. */
  commit_into (form, "Seated Cable Row, set 2, load in kg", "55\xd9\xab" "5");
  commit_into (form, "Seated Cable Row, set 3, load in kg", "\xd9\xa6\xd9\xa0\xd9\xab\xd9\xa5");
  commit_into (form, "Seated Cable Row, set 3, reps", "\xd9\xa8");
  g_assert_true (gtk_widget_activate_action (form, "log.save", NULL));
  ui_test_iterate_until_idle ();
  setlocale (LC_NUMERIC, numeric);

  g_assert_true (regimen_plan_can_undo (plan));
  row = regimen_session_log_find_item (regimen_session_get_log (session), "row");
  g_assert_cmpuint (row->sets->len, ==, 3);
  g_assert_cmpfloat (g_array_index (row->sets, RegimenSetLog, 0).load, ==, 52.5);
  g_assert_cmpfloat (g_array_index (row->sets, RegimenSetLog, 1).load, ==, 55.5);
  g_assert_cmpfloat (g_array_index (row->sets, RegimenSetLog, 2).load, ==, 60.5);
  g_assert_cmpuint (g_array_index (row->sets, RegimenSetLog, 2).reps, ==, 8);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-31b/log-form-reads-its-locale", test_log_form_reads_its_locale);

  return g_test_run ();
}
