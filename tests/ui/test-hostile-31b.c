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
#include "regimen-item-editor.h"
#include "regimen-item-row.h"
#include "regimen-log-form.h"
#include "regimen-plan-settings.h"
#include "regimen-window.h"
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

/* The locale @name (“ps_AF”) made in UTF-8 in a scratch folder, and
 * @category set to it; returns what @category was, to be put back, or
 * NULL when this machine cannot make it. */
static char *
use_locale (int         category,
            const char *name)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *full = g_strconcat (name, ".UTF-8", NULL);
  g_autofree char *target = g_build_filename (dir, full, NULL);
  const char *argv[] = { "localedef", "-i", name, "-f", "UTF-8", target, NULL };
  g_autofree char *before = g_strdup (setlocale (category, NULL));
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;

  g_setenv ("LOCPATH", dir, TRUE);
  if (setlocale (category, full) == NULL)
    {
      g_unsetenv ("LOCPATH");
      return NULL;
    }
  g_unsetenv ("LOCPATH");

  return g_steal_pointer (&before);
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
  numeric = use_locale (LC_NUMERIC, "ps_AF");
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

static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ui_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

/* @text typed into @entry with real keys, after its own text was rubbed
 * out with BackSpace, then Enter. */
static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_widget_grab_focus (entry);
  ui_test_iterate_until_idle ();
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  while (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    ui_test_press_key (entry, GDK_KEY_BackSpace);
  for (const char *p = text; *p != '\0'; p++)
    ui_test_press_key (entry, *p == '-' ? GDK_KEY_minus : *p == '.' ? GDK_KEY_period : GDK_KEY_0 + (*p - '0'));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, text);
  ui_test_press_key (entry, GDK_KEY_Return);
}

/* Issue 21, pass 31b: the plan settings wrote the day a start date typed
 * names (“Tuesday 26 Dec 1899”, refused; the Monday a Thursday moves
 * to) into 64 bytes: in Shan (shn_MM) a day is up to 93, and the
 * message said the weekday and a cut month, without the year it is
 * about. The day is said whole. */
static void
test_start_date_days_said_whole (void)
{
  RegimenWindow *window;
  RegimenPlan *plan;
  GtkWindow *settings;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *time_locale = NULL;
  g_autofree char *ctype = g_strdup (setlocale (LC_CTYPE, NULL));
  AdwActionRow *start = NULL;
  GtkWidget *entry;
  const GDate *set;

  /* gtk_test_init() leaves the C locale's ASCII, where the app runs in
   * its person's UTF-8 one. */
  g_assert_nonnull (setlocale (LC_CTYPE, "C.UTF-8"));
  time_locale = use_locale (LC_TIME, "shn_MM");
  if (time_locale == NULL)
    {
      setlocale (LC_CTYPE, ctype);
      g_test_skip ("localedef cannot make shn_MM.UTF-8 here");
      return;
    }

  window = ui_test_open_window (app);
  plan = regimen_window_get_plan (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-settings", NULL));
  settings = ui_test_wait_for_toplevel (REGIMEN_TYPE_PLAN_SETTINGS, GTK_WINDOW (window));
  g_assert_nonnull (settings);
  ui_test_collect (GTK_WIDGET (settings), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "Starts on") == 0)
      start = g_ptr_array_index (rows, i);
  g_assert_nonnull (start);
  entry = adw_action_row_get_activatable_widget (start);
  g_assert_true (GTK_IS_ENTRY (entry));

  /* A Tuesday of 1899: refused, the day named with its year. */
  type_and_enter (entry, "1899-12-26");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (start), " 1899 is not one of its days"));
  g_assert_null (regimen_plan_get_start_date (plan));

  /* A Thursday: the Monday of its week, said with its year. */
  type_and_enter (entry, "2026-11-26");
  set = regimen_plan_get_start_date (plan);
  g_assert_nonnull (set);
  g_assert_cmpuint (g_date_get_day (set), ==, 23);
  g_assert_true (shows_text (GTK_WIDGET (settings), " 2026, the Monday of that week"));

  setlocale (LC_TIME, time_locale);
  setlocale (LC_CTYPE, ctype);
  gtk_window_destroy (settings);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The plan settings of a new window, and their start date's row. */
static AdwActionRow *
open_start_row (RegimenWindow **window,
                GtkWindow     **settings)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AdwActionRow *start = NULL;

  *window = ui_test_open_window (app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (*window), "win.plan-settings", NULL));
  *settings = ui_test_wait_for_toplevel (REGIMEN_TYPE_PLAN_SETTINGS, GTK_WINDOW (*window));
  g_assert_nonnull (*settings);
  ui_test_collect (GTK_WIDGET (*settings), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "Starts on") == 0)
      start = g_ptr_array_index (rows, i);
  g_assert_nonnull (start);
  g_assert_true (GTK_IS_ENTRY (adw_action_row_get_activatable_widget (start)));

  return start;
}

/* Issue 21, pass 31b: a start date typed that is not one is told with
 * the locale's own short form of a date as an example to follow, and in
 * Persian (fa_IR) that example is “۲۶/۱۲/۰۷”, its own digits and a
 * two-digit year, which the field refuses: the message told the person
 * to write what it would not read. A form the field cannot read back is
 * not offered; German's, which it reads, still is. */
static void
test_start_date_example_reads_back (void)
{
  static const struct {
    const char *locale;
    const char *said;
    const char *example;
  } cases[] = {
    { "fa_IR", "“1-2” is not a date: write it as 2026-12-07", NULL },
    { "de_DE", "“1-2” is not a date: write it as 2026-12-07 or 07.12.2026", "07.12.2026" },
  };
  g_autofree char *ctype = g_strdup (setlocale (LC_CTYPE, NULL));

  g_assert_nonnull (setlocale (LC_CTYPE, "C.UTF-8"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *time_locale = use_locale (LC_TIME, cases[i].locale);
      RegimenWindow *window;
      GtkWindow *settings;
      AdwActionRow *start;
      GtkWidget *entry;

      if (time_locale == NULL)
        {
          setlocale (LC_CTYPE, ctype);
          g_test_skip ("localedef cannot make the locales here");
          return;
        }

      start = open_start_row (&window, &settings);
      entry = adw_action_row_get_activatable_widget (start);
      type_and_enter (entry, "1-2");
      g_assert_cmpstr (adw_action_row_get_subtitle (start), ==, cases[i].said);
      g_assert_null (regimen_plan_get_start_date (regimen_window_get_plan (window)));
      if (cases[i].example != NULL)
        {
          const GDate *set;

          type_and_enter (entry, cases[i].example);
          set = regimen_plan_get_start_date (regimen_window_get_plan (window));
          g_assert_nonnull (set);
          g_assert_cmpuint (g_date_get_year (set), ==, 2026);
          g_assert_cmpuint (g_date_get_month (set), ==, 12);
          g_assert_cmpuint (g_date_get_day (set), ==, 7);
        }

      setlocale (LC_TIME, time_locale);
      gtk_window_destroy (settings);
      gtk_window_destroy (GTK_WINDOW (window));
      ui_test_iterate_until_idle ();
    }
  setlocale (LC_CTYPE, ctype);
}

/* Issue 21, pass 31b: the item editor's number fields show a load with
 * the locale's mark too (“52٫5” under ps_AF), and a load typed so, or in
 * an Arabic input method's digits, was taken for no number: the focus
 * left the field and the plan kept its old load without a word, the
 * field showing it again. They read them now, as they read a comma. */
static void
test_number_fields_read_their_locale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (
    "{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":["
    "{\"sessions\":[{\"kind\":\"strength\",\"rpe\":7,\"items\":["
    "{\"exercise\":\"barbell-back-squat\",\"sets\":3,\"reps\":5,\"load_kg\":52.5}]}]},"
    "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
    "{\"sessions\":[]}]}]}", -1, &error);
  GSettings *settings = regimen_application_get_settings (app);
  g_autofree char *numeric = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  RegimenWindow *window;
  RegimenItem *squat;
  GtkWidget *row = NULL;
  GtkWidget *editor;
  GtkWidget *load;

  g_assert_no_error (error);
  numeric = use_locale (LC_NUMERIC, "ps_AF");
  if (numeric == NULL)
    {
      g_test_skip ("localedef cannot make ps_AF.UTF-8 here");
      return;
    }

  squat = regimen_plan_get_item (plan, 0, 0, 0, 0);
  g_settings_set_string (settings, "load-unit", "kg");
  window = ui_test_open_window_with_plan (app, plan, NULL);
  ui_test_collect (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (regimen_item_row_get_item (g_ptr_array_index (rows, i)) == squat)
      row = g_ptr_array_index (rows, i);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate_action (row, "item.edit", NULL));
  editor = ui_test_find_first (row, REGIMEN_TYPE_ITEM_EDITOR);
  g_assert_nonnull (editor);
  load = ui_test_find_named (editor, GTK_TYPE_SPIN_BUTTON, "Load in kilograms");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (load)), ==, "52\xd9\xab" "50");

  /* Typed, as keys and input methods type: into the field's text. */
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (load)), "55\xd9\xab" "5");
  gtk_spin_button_update (GTK_SPIN_BUTTON (load));
  g_assert_cmpfloat (regimen_item_get_load_kg (squat), ==, 55.5);
  /* ٦٠٫٥ */
  gtk_editable_set_text (gtk_editable_get_delegate (GTK_EDITABLE (load)), "\xd9\xa6\xd9\xa0\xd9\xab\xd9\xa5");
  gtk_spin_button_update (GTK_SPIN_BUTTON (load));
  g_assert_cmpfloat (regimen_item_get_load_kg (squat), ==, 60.5);

  setlocale (LC_NUMERIC, numeric);
  gtk_popover_popdown (GTK_POPOVER (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-31b/log-form-reads-its-locale", test_log_form_reads_its_locale);
  g_test_add_func ("/ui/hostile-31b/number-fields-read-their-locale", test_number_fields_read_their_locale);
  g_test_add_func ("/ui/hostile-31b/start-date-days-said-whole", test_start_date_days_said_whole);
  g_test_add_func ("/ui/hostile-31b/start-date-example-reads-back", test_start_date_example_reads_back);

  return g_test_run ();
}
