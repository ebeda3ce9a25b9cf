/* test-hostile-45d.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, session 45: New from Template in German, as a person picks
 * a programme in the window's chooser. The plan made is written in the
 * language it is made in (the templates' words have the context
 * "template" in po/de.po), and a week label that only repeats the
 * week's place ("Week 3") is left out, as in English. Runs as the
 * hostile-45d-de test (LANGUAGE=de, the catalogue compiled into the
 * build folder). */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-session-card.h"
#include "regimen-template-chooser.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Asked for German, a missing catalogue fails: the test would pass on
 * nothing but English strings left out. */
static void
assert_german (void)
{
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "de");
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "template", "Hip flexion and squat"), ==,
                   "Hüftbeugung und Kniebeuge");
}

/* Opens New Plan in a fresh window and picks the template @id in the
 * chooser's list, as a click on its row does; returns the window, which
 * shows the plan made, every row built. */
static RegimenWindow *
new_from_template (const char *id)
{
  RegimenWindow *window = ui_test_open_window (app);
  const RegimenTemplate *templates;
  guint n_templates;
  GtkWindow *chooser;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  const char *title = NULL;

  templates = regimen_templates_get (&n_templates);
  for (guint i = 0; i < n_templates; i++)
    if (g_str_equal (templates[i].id, id))
      title = regimen_template_get_title (&templates[i]);
  g_assert_nonnull (title);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  chooser = ui_test_wait_for_toplevel (REGIMEN_TYPE_TEMPLATE_CHOOSER, GTK_WINDOW (window));
  g_assert_nonnull (chooser);

  ui_test_collect (GTK_WIDGET (chooser), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        {
          g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
          ui_test_iterate_until_idle ();
          ui_test_wait_for_rows (window);
          g_assert_cmpstr (regimen_plan_get_title (regimen_window_get_plan (window)), ==, title);
          return window;
        }
    }

  g_error ("the chooser lists no row “%s”", title);
  return NULL;
}

/* Whether a label shown in @window holds @part. */
static gboolean
window_shows (RegimenWindow *window,
              const char    *part)
{
  return ui_test_find_label_holding (GTK_WIDGET (window), part) != NULL;
}

/* The plan saved and opened again in the window is the same text: what
 * New from Template made reads back as it was written. */
static void
assert_saved_and_reopened_alike (RegimenWindow *window)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "new.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) reopened = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (regimen_plan_save_to_file (regimen_window_get_plan (window), file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, &length, &error));
  saved = g_bytes_new_take (g_steal_pointer (&text), length);

  reopened = regimen_plan_to_bytes (ui_test_show_file (window, file));
  g_assert_true (g_bytes_equal (saved, reopened));
}

/* The hip flexion progression: twelve weeks labelled “Week 1” to “Week
 * 12” in the template, four blocks and two session titles. In German
 * the sessions and blocks are German, and no week keeps a label: a
 * German plan read “Woche 2 / Week 2” before labels that only repeat
 * the place were left out. */
static void
test_hip_flexion_in_german (void)
{
  RegimenWindow *window;
  RegimenPlan *plan;
  const char * const sessions[] = { "Hüftbeugung und Kniebeuge", "Hüftbeugung und Hüftstreckung", NULL };
  const char * const blocks[] = { "Hürdenhaltung mit Band", "Seitstütz mit Hüftbeugung",
                                  "Mountain Climbers mit Band", "Hüftbeugung im Hang", NULL };
  guint n_sessions = 0;

  assert_german ();
  window = new_from_template ("hip-flexion-progression");
  plan = regimen_window_get_plan (window);

  g_assert_cmpuint (regimen_plan_get_n_weeks (plan), ==, 12);
  for (guint w = 0; w < regimen_plan_get_n_weeks (plan); w++)
    {
      g_assert_cmpstr (regimen_week_get_label (regimen_plan_get_week (plan, w)), ==, NULL);
      for (guint d = 0; d < REGIMEN_DAYS_PER_WEEK; d++)
        {
          RegimenDay *day = regimen_plan_get_day (plan, w, d);

          for (guint s = 0; s < regimen_day_get_n_sessions (day); s++, n_sessions++)
            g_assert_true (g_strv_contains (sessions,
                                            regimen_session_get_title (regimen_day_get_session (day, s))));
        }
    }
  g_assert_cmpuint (n_sessions, >=, 24);

  g_assert_cmpuint (regimen_plan_get_n_blocks (plan), ==, 4);
  for (guint b = 0; b < regimen_plan_get_n_blocks (plan); b++)
    g_assert_cmpstr (regimen_block_get_name (regimen_plan_get_block (plan, b)), ==, blocks[b]);

  /* What the window shows of it: German, and no English week label. */
  g_assert_true (window_shows (window, "Hüftbeugung und Kniebeuge"));
  g_assert_false (window_shows (window, "Hip flexion"));
  g_assert_false (window_shows (window, "Week 1"));

  assert_saved_and_reopened_alike (window);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* The twelve-week pistol squat: its blocks' goals are German too. */
static void
test_pistol_goals_in_german (void)
{
  RegimenWindow *window;
  RegimenPlan *plan;
  const char *english[] = { "Own the bottom on two feet", "Own the bottom on one leg",
                            "Control the way down", "The first pistols" };

  assert_german ();
  window = new_from_template ("pistol-squat-12-weeks");
  plan = regimen_window_get_plan (window);

  g_assert_cmpuint (regimen_plan_get_n_blocks (plan), ==, G_N_ELEMENTS (english));
  g_assert_cmpstr (regimen_block_get_goal (regimen_plan_get_block (plan, 0)), ==,
                   "Die tiefe Position beidbeinig beherrschen");
  for (guint b = 0; b < G_N_ELEMENTS (english); b++)
    {
      const char *goal = regimen_block_get_goal (regimen_plan_get_block (plan, b));

      g_assert_cmpstr (goal, ==, g_dpgettext2 (GETTEXT_PACKAGE, "template", english[b]));
      g_assert_cmpstr (goal, !=, english[b]);
    }
  g_assert_cmpstr (regimen_session_get_title (regimen_day_get_session (regimen_plan_get_day (plan, 0, 0), 0)), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "template", "Pistol practice"));
  g_assert_false (window_shows (window, "Pistol practice"));

  assert_saved_and_reopened_alike (window);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  /* As main () does: the catalogue compiled into the build folder. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REGIMEN_LOCALEDIR") != NULL ? g_getenv ("REGIMEN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  app = ui_test_init (&argc, &argv, NULL);
  /* gtk_test_init () sets a fixed locale, under which LANGUAGE is not
   * read: the environment's is taken again. */
  setlocale (LC_ALL, "");

  g_test_add_func ("/ui/hostile-45d/hip-flexion-in-german", test_hip_flexion_in_german);
  g_test_add_func ("/ui/hostile-45d/pistol-goals-in-german", test_pistol_goals_in_german);

  return g_test_run ();
}
