/* test-hostile-39b.c
 *
 * Issue 21, what pass 38 left in the window: the Log Session form with
 * names written right to left and across a reload of its plan, and the
 * tooltips of a card's exercises.
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <X11/extensions/XTest.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-item-row.h"
#include "regimen-log-form.h"
#include "regimen-session-chip.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* A plan of one week begun a week ago whose Monday holds the session
 * “mon” titled @title, of @items (JSON items, comma separated), logged
 * as @log (a JSON log) unless it is %NULL. */
static char *
plan_text_logged (const char *title,
                  const char *items,
                  const char *log)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now) - 7);

  return g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Log\",\"start_date\":\"%04d-%02d-%02d\","
                          "\"weeks\":[{\"days\":[{\"sessions\":[{\"id\":\"mon\",\"title\":\"%s\",\"kind\":\"strength\","
                          "\"rpe\":7,\"minutes\":45,\"items\":[%s]%s%s}]},"
                          "{},{},{},{},{},{}]}]}",
                          g_date_time_get_year (monday), g_date_time_get_month (monday),
                          g_date_time_get_day_of_month (monday), title, items,
                          log != NULL ? ",\"log\":" : "", log != NULL ? log : "");
}

/* A window showing the plan written as @json. */
static RegimenWindow *
open_plan_text (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RegimenPlan) plan = regimen_plan_load_from_data (json, -1, &error);

  g_assert_no_error (error);
  return ui_test_open_window_with_plan (app, plan, NULL);
}

/* The box of @form named @name, or %NULL. */
static GtkEditable *
box (GtkWindow  *form,
     const char *name)
{
  return ui_test_find_named (GTK_WIDGET (form), GTK_TYPE_EDITABLE, name);
}

static void
type_into (GtkWindow  *form,
           const char *name,
           const char *text)
{
  GtkEditable *editable = box (form, name);

  g_assert_nonnull (editable);
  gtk_editable_set_text (editable, text);
}

#define SQUAT "{\"id\":\"squat\",\"exercise\":\"barbell-back-squat\",\"sets\":3,\"reps\":5}"
#define SQUAT_B "{\"id\":\"squat\",\"exercise\":\"barbell-back-squat\",\"sets\":5,\"reps\":3}"
#define KFIFOT "{\"id\":\"kf\",\"exercise\":\"custom-kfifot-39b\",\"sets\":3,\"reps\":10}"
#define TILT "{\"id\":\"tilt\",\"exercise\":\"pelvic-tilt\",\"sets\":2,\"reps\":12}"
#define PUSH  "{\"id\":\"push\",\"exercise\":\"push-up\",\"sets\":3,\"reps\":10}"

/* A window showing @text, written to @path, as read from there. */
static RegimenWindow *
open_file_text (const char *path,
                const char *text)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RegimenWindow *window;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);

  return window;
}

/* Closes @window and its form without asking about their edits, and
 * removes the plan at @path and its folder @dir. */
static void
close_window (RegimenWindow *window,
              GtkWindow     *form,
              const char    *path,
              const char    *dir)
{
  if (form != NULL)
    gtk_window_destroy (form);
  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
  g_unlink (path);
  ui_test_remove_tree (dir);
}

/* Where the character at @part in @layout's text is drawn, from the left. */
static int
layout_x_of (PangoLayout *layout,
             const char  *part)
{
  const char *text = pango_layout_get_text (layout);
  const char *at = strstr (text, part);
  PangoRectangle position;

  g_assert_nonnull (at);
  pango_layout_index_to_pos (layout, at - text, &position);

  /* A character of a right-to-left run has its start on its right. */
  return MIN (position.x, position.x + position.width);
}

static int
x_of (GtkLabel   *label,
      const char *part)
{
  return layout_x_of (gtk_label_get_layout (label), part);
}

/* Adds the exercise of one's own @id named @name to the library. */
static void
add_custom_exercise (const char *id,
                     const char *name)
{
  g_autoptr(RegimenExercise) exercise = regimen_exercise_new_custom (id, name, REGIMEN_EXERCISE_CATEGORY_STRENGTH);
  g_autoptr(GError) error = NULL;

  regimen_custom_exercises_add (regimen_library_get_default (), exercise, &error);
  g_assert_no_error (error);
}

/* Adversarial pass 38: the Log Session form's error about an exercise of
 * one's own named in Hebrew (“כפיפות”, push-ups), 12x typed as its
 * second set's reps, read “set 2: the reps are a whole number from 1 to
 * 1000 ,כפיפות” — the name made the sentence right to left and the set
 * and the numbers after it were put before it; a date typed in Hebrew
 * did the same to “is not a date from 1900 to 2999”. The names keep
 * their own direction, the sentence the window's. */
static void
test_right_to_left_name_in_log_form_errors (void)
{
  g_autofree char *json = plan_text_logged ("אימון", "{\"id\":\"kf\",\"exercise\":\"custom-kfifot-39b\","
                                            "\"sets\":3,\"reps\":10}", NULL);
  RegimenWindow *window;
  GtkWindow *form;
  GtkLabel *message;

  window = open_plan_text (json);
  form = ui_test_open_log_form (window, "mon");

  type_into (form, "כפיפות, set 2, reps", "12x");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "log.save", NULL));
  ui_test_iterate_until_idle ();
  message = ui_test_find_label_holding (GTK_WIDGET (form), "the reps are a whole number");
  g_assert_nonnull (message);
  g_assert_cmpint (x_of (message, "כפיפות"), <, x_of (message, "set 2"));
  g_assert_cmpint (x_of (message, "set 2"), <, x_of (message, "1 to 1000"));

  type_into (form, "כפיפות, set 2, reps", "12");
  type_into (form, "Date trained", "יום שני");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "log.save", NULL));
  ui_test_iterate_until_idle ();
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);
  message = ui_test_find_label_holding (GTK_WIDGET (form), "is not a date");
  g_assert_nonnull (message);
  g_assert_cmpint (x_of (message, "יום"), <, x_of (message, "is not a date"));
  g_assert_cmpint (x_of (message, "1900"), <, x_of (message, "2999"));

  regimen_document_discard (regimen_window_get_document (window));
  gtk_window_destroy (form);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adversarial pass 38: a plan titled in Hebrew (“תוכנית כוח”, a strength
 * plan) named its window “Regimen – תוכנית כוח” in the task switcher,
 * which lays the title out as Pango does here: the title made it right
 * to left, the application's name put first. The title keeps its own
 * direction, the line the window's. */
static void
test_right_to_left_plan_title_in_window_title (void)
{
  const char *json = "{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"תוכנית כוח\","
                     "\"weeks\":[{\"days\":[{},{},{},{},{},{},{}]}]}";
  RegimenWindow *window = open_plan_text (json);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (window),
                                                                  gtk_window_get_title (GTK_WINDOW (window)));

  g_assert_nonnull (strstr (pango_layout_get_text (layout), "תוכנית כוח"));
  g_assert_cmpint (layout_x_of (layout, "תוכנית"), <, layout_x_of (layout, "Regimen"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adversarial pass 38: another Regimen (or regimen-cli log) logged the
 * Back Squat in the plan's file, 90 kg × 5 then 4 and 3 reps, while the
 * Log Session form was open with 100 kg typed into its first set's
 * load; the person chose Reload. The boxes nothing was typed into
 * followed the file and the typed load stayed, without a word that the
 * file now said something else for the exercise: Save would have put
 * 100 kg over the 90 logged unseen. It is said above the form, in view
 * and as an alert, what was typed kept. */
static void
test_log_changed_on_disk_said (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "relogged.regimen.json", NULL);
  const char *logged = "{\"status\":\"done\",\"items\":[{\"item\":\"squat\",\"sets\":[{\"reps\":5,\"load\":90,"
                       "\"unit\":\"kg\"},{\"reps\":4},{\"reps\":3}]}]}";
  g_autofree char *before = plan_text_logged ("Lower body", SQUAT "," PUSH, NULL);
  g_autofree char *after = plan_text_logged ("Lower body", SQUAT "," PUSH, logged);
  RegimenWindow *window = open_file_text (path, before);
  GtkWindow *form = ui_test_open_log_form (window, "mon");
  GtkLabel *notice;

  type_into (form, "Barbell Back Squat, set 1, load in kg", "100");
  ui_test_reload_changed_file (window, path, after);
  g_assert_true (ui_test_find_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window)) == form);
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);

  /* What was typed, kept; the other boxes as the file has them. */
  g_assert_cmpstr (gtk_editable_get_text (box (form, "Barbell Back Squat, set 1, load in kg")), ==, "100");
  g_assert_cmpstr (gtk_editable_get_text (box (form, "Barbell Back Squat, set 2, reps")), ==, "4");
  g_assert_true (regimen_log_form_get_modified (REGIMEN_LOG_FORM (form)));

  notice = ui_test_find_label_holding (GTK_WIDGET (form), "“Barbell Back Squat” is logged differently in the file now");
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (gtk_label_get_text (notice), "what was typed into its boxes stays"));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (notice), GTK_ACCESSIBLE_ROLE_ALERT));
  /* The Push-Up, nothing typed into it, has nothing to say. */
  g_assert_null (strstr (gtk_label_get_text (notice), "Push-Up"));

  close_window (window, form, path, dir);
}

/* Types @text into the box of @form named @name as a person does over
 * what it says: the text selected and typed over, the same or not. */
static void
retype (GtkWindow  *form,
        const char *name,
        const char *text)
{
  GtkEditable *editable = box (form, name);

  g_assert_nonnull (editable);
  gtk_editable_delete_text (editable, 0, -1);
  gtk_editable_set_text (editable, text);
}

/* Adversarial pass 38: 5 reps typed as done into the Back Squat's first
 * set, which the plan had said too (3 × 5), and 45 minutes typed as
 * trained, as planned; another program changed the plan's file to
 * 5 × 3 and 50 minutes, and the person chose Reload. The boxes showed
 * 3 reps and 50 minutes, as if nothing had been typed: the form told
 * typed from untyped by what the boxes said, and Save would have logged
 * 3 reps where 5 were done. A box typed into is the person's, whatever
 * it says. */
static void
test_typed_as_planned_kept_on_reload (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "retyped.regimen.json", NULL);
  g_autofree char *before = plan_text_logged ("Lower body", SQUAT, NULL);
  g_autofree char *after = NULL;
  RegimenWindow *window = open_file_text (path, before);
  GtkWindow *form = ui_test_open_log_form (window, "mon");
  GtkLabel *notice;
  char *minutes;

  after = g_strdup (before);
  minutes = strstr (after, "\"minutes\":45");
  g_assert_nonnull (minutes);
  memcpy (minutes, "\"minutes\":50", strlen ("\"minutes\":50"));
  {
    g_autofree char *squat_b = NULL;
    char *squat = strstr (after, SQUAT);

    g_assert_nonnull (squat);
    *squat = '\0';
    squat_b = g_strconcat (after, SQUAT_B, squat + strlen (SQUAT), NULL);
    g_free (after);
    after = g_steal_pointer (&squat_b);
  }

  g_assert_cmpstr (gtk_editable_get_text (box (form, "Barbell Back Squat, set 1, reps")), ==, "5");
  retype (form, "Barbell Back Squat, set 1, reps", "5");
  retype (form, "Minutes trained", "45");
  ui_test_reload_changed_file (window, path, after);
  g_assert_true (ui_test_find_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window)) == form);
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);

  g_assert_cmpstr (gtk_editable_get_text (box (form, "Barbell Back Squat, set 1, reps")), ==, "5");
  g_assert_cmpstr (gtk_editable_get_text (box (form, "Minutes trained")), ==, "45");
  /* The boxes nothing was typed into follow the file. */
  g_assert_cmpstr (gtk_editable_get_text (box (form, "Barbell Back Squat, set 2, reps")), ==, "3");
  g_assert_nonnull (box (form, "Barbell Back Squat, set 5, reps"));
  notice = ui_test_find_label_holding (GTK_WIDGET (form), "“Barbell Back Squat” is planned differently now");
  g_assert_nonnull (notice);

  /* Kept across a second reload too. */
  ui_test_reload_changed_file (window, path, before);
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);
  g_assert_cmpstr (gtk_editable_get_text (box (form, "Barbell Back Squat, set 1, reps")), ==, "5");
  g_assert_cmpstr (gtk_editable_get_text (box (form, "Minutes trained")), ==, "45");

  close_window (window, form, path, dir);
}

/* The form's Reload notice, looked at in a screenshot at 1366×768 in
 * English and German, began each of its lines “The plan was reloaded:”
 * (three times for three exercises), its lines wrapped were not told
 * from the next, and its words, in the warning colour, ran into the form
 * below them. It says it once, heading one exercise a line, each after a
 * bullet — a line that begins with a name written right to left still
 * runs as the window does — set off above the form as a banner. */
static void
test_reload_notice_one_exercise_a_line (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "notice.regimen.json", NULL);
  const char *logged = "{\"status\":\"done\",\"items\":[{\"item\":\"tilt\",\"sets\":[{\"reps\":12},{\"reps\":10}]}]}";
  g_autofree char *before = plan_text_logged ("Lower body", SQUAT "," KFIFOT "," TILT, NULL);
  g_autofree char *after = plan_text_logged ("Lower body", SQUAT_B "," TILT, logged);
  RegimenWindow *window = open_file_text (path, before);
  GtkWindow *form = ui_test_open_log_form (window, "mon");
  g_auto(GStrv) lines = NULL;
  GtkLabel *notice;
  const char *text;

  type_into (form, "Barbell Back Squat, set 1, load in kg", "100");
  type_into (form, "כפיפות, set 1, reps", "8");
  type_into (form, "Pelvic Tilt, set 1, load in kg", "5");
  ui_test_reload_changed_file (window, path, after);
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);

  notice = ui_test_find_label_holding (GTK_WIDGET (form), "reloaded");
  g_assert_nonnull (notice);
  text = gtk_label_get_text (notice);
  g_assert_null (strstr (strstr (text, "reloaded") + 1, "reloaded"));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "The plan was reloaded from its file:");
  for (guint i = 1; i < 4; i++)
    g_assert_true (g_str_has_prefix (lines[i], "• ") || g_str_has_prefix (lines[i], "\u200e• "));
  g_assert_nonnull (strstr (lines[1], "כפיפות"));
  g_assert_nonnull (strstr (lines[1], "” is no longer in the session"));
  g_assert_nonnull (strstr (lines[2], "“Barbell Back Squat” is planned differently now"));
  g_assert_nonnull (strstr (lines[3], "“Pelvic Tilt” is logged differently in the file now"));

  /* The line of the name in Hebrew, the first after the heading, left
   * to right as the window is: its bullet, the name, the words. */
  g_assert_cmpint (x_of (notice, "•"), <, x_of (notice, "כפיפות"));
  g_assert_cmpint (x_of (notice, "כפיפות"), <, x_of (notice, "is no longer"));

  /* A banner: the notice draws its own background under its words. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (notice), "warning"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (notice), "log-reload-notice"));

  close_window (window, form, path, dir);
}

/* Adversarial pass 38: the tooltip of an exercise of one's own named in
 * one word of 9,999 letters (today at most 200: a longer one is refused
 * when it is added), the pointer on its row, showed the first 1,000 of
 * them on one line, a tooltip 13,000 pixels wide, far past the
 * screen; a superset group of 9,999 letters before a name, and a
 * session's title, did the same. The tooltip shows a few lines at most,
 * cut with “…”, the prescription in sight; the editors have the text
 * whole. */
static void
test_long_name_tooltip_fits_the_screen (void)
{
  g_autofree char *long_word = g_strnfill (9999, 'm');
  g_autofree char *long_title = g_strnfill (9999, 't');
  g_autofree char *json = g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":[{\"sessions\":["
                                           "{\"title\":\"%s\",\"kind\":\"strength\",\"rpe\":5,\"minutes\":40,\"items\":["
                                           "{\"exercise\":\"custom-long-39b\",\"sets\":3,\"reps\":10},"
                                           "{\"exercise\":\"push-up\",\"group\":\"%s\",\"sets\":3,\"reps\":8}]}]},"
                                           "{},{},{},{},{},{}]}]}", long_title, long_word);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle screen;
  RegimenWindow *window;
  GtkLabel *tooltip;
  GtkWidget *shown;

  window = open_plan_text (json);
  monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  gdk_monitor_get_geometry (monitor, &screen);
  ui_test_collect_visible (GTK_WIDGET (window), REGIMEN_TYPE_ITEM_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);

  ui_test_hover (GTK_WIDGET (ui_test_find_label_holding (GTK_WIDGET (window), "ttt")));
  tooltip = ui_test_wait_for_tooltip (GTK_WIDGET (window), "ttt");
  shown = GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (tooltip)));
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (tooltip)));
  g_assert_cmpint (gtk_widget_get_width (shown), <=, screen.width / 2);
  g_assert_cmpint (gtk_widget_get_height (shown), <=, screen.height / 4);

  for (guint i = 0; i < rows->len; i++)
    {
      const char *text;

      ui_test_hover (g_ptr_array_index (rows, i));
      tooltip = ui_test_wait_for_tooltip (GTK_WIDGET (window), i == 0 ? "3 × 10" : "3 × 8");
      shown = GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (tooltip)));
      text = gtk_label_get_text (tooltip);
      /* The name of 200 letters whole, wrapped; the group of 9,999 cut. */
      g_assert_nonnull (strstr (text, i == 0 ? "mmm" : "mmm…"));
      g_assert_cmpint (gtk_widget_get_width (shown), <=, screen.width / 2);
      g_assert_cmpint (gtk_widget_get_height (shown), <=, screen.height / 4);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* As above, in the plan overview: a session titled in one word of 9,999
 * letters gave its chip a tooltip of the first 1,000 on one line, far
 * wider than the screen. */
static void
test_long_title_chip_tooltip_fits_the_screen (void)
{
  g_autofree char *long_title = g_strnfill (9999, 'w');
  g_autofree char *json = g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"weeks\":[{\"days\":[{\"sessions\":["
                                           "{\"title\":\"%s\",\"kind\":\"strength\",\"rpe\":5,\"minutes\":40}]},"
                                           "{},{},{},{},{},{}]}]}", long_title);
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle screen;
  RegimenWindow *window;
  GtkLabel *tooltip;
  GtkWidget *shown;

  window = open_plan_text (json);
  monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  gdk_monitor_get_geometry (monitor, &screen);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "overview"));
  ui_test_wait_for_frames (GTK_WIDGET (window), 3);
  ui_test_collect_visible (GTK_WIDGET (window), REGIMEN_TYPE_SESSION_CHIP, chips);
  g_assert_cmpuint (chips->len, ==, 1);

  ui_test_hover (g_ptr_array_index (chips, 0));
  tooltip = ui_test_wait_for_tooltip (GTK_WIDGET (window), "www");
  shown = GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (tooltip)));
  g_assert_cmpint (gtk_widget_get_width (shown), <=, screen.width / 2);
  g_assert_cmpint (gtk_widget_get_height (shown), <=, screen.height / 4);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "week");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  /* As long as the custom exercises file lets a name be (200
   * characters): a longer one is refused when it is added. */
  g_autofree char *long_word = g_strnfill (200, 'm');

  app = ui_test_init (&argc, &argv, NULL);
  /* The exercises of one's own the cases name, in the library before
   * any window opens. */
  add_custom_exercise ("custom-kfifot-39b", "כפיפות");
  add_custom_exercise ("custom-long-39b", long_word);

  g_test_add_func ("/ui/hostile-39b/right-to-left-name-in-log-form-errors",
                   test_right_to_left_name_in_log_form_errors);
  g_test_add_func ("/ui/hostile-39b/right-to-left-plan-title-in-window-title",
                   test_right_to_left_plan_title_in_window_title);
  g_test_add_func ("/ui/hostile-39b/long-name-tooltip-fits-the-screen", test_long_name_tooltip_fits_the_screen);
  g_test_add_func ("/ui/hostile-39b/long-title-chip-tooltip-fits-the-screen",
                   test_long_title_chip_tooltip_fits_the_screen);
  g_test_add_func ("/ui/hostile-39b/log-changed-on-disk-said", test_log_changed_on_disk_said);
  g_test_add_func ("/ui/hostile-39b/typed-as-planned-kept-on-reload", test_typed_as_planned_kept_on_reload);
  g_test_add_func ("/ui/hostile-39b/reload-notice-one-exercise-a-line", test_reload_notice_one_exercise_a_line);

  return g_test_run ();
}
