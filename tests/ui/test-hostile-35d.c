/* test-hostile-35d.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, adversarial pass 35d: the window's doors that write (Save As,
 * the exports, Print, the Log Session form, the exercise editor), driven
 * as a person drives them, with real keys. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-log-form.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* A plan of a week begun a week ago whose Monday holds a strength
 * session of @n_items squats, 45 minutes at RPE 7, not logged; or, with
 * none, no session. */
static char *
plan_text (guint n_items)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now) - 7);
  g_autoptr(GString) items = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (items, "%s{\"id\":\"squat%u\",\"exercise\":\"barbell-back-squat\",\"sets\":3,\"reps\":5}",
                            i > 0 ? "," : "", i);

  return g_strdup_printf ("{\"format\":\"regimen-plan\",\"version\":1,\"title\":\"Log\",\"start_date\":\"%04d-%02d-%02d\","
                          "\"weeks\":[{\"days\":[{\"sessions\":[%s%s%s]},"
                          "{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},{\"sessions\":[]},"
                          "{\"sessions\":[]}]}]}",
                          g_date_time_get_year (monday), g_date_time_get_month (monday),
                          g_date_time_get_day_of_month (monday),
                          n_items > 0 ? "{\"id\":\"mon\",\"title\":\"Lower body\",\"kind\":\"strength\",\"rpe\":7,"
                                        "\"minutes\":45,\"items\":[" : "",
                          items->str, n_items > 0 ? "]}" : "");
}

/* A week begun a week ago: Monday's strength session, 45 minutes at RPE
 * 7, not logged. */
static RegimenPlan *
new_plan (void)
{
  g_autofree char *json = plan_text (1);
  g_autoptr(GError) error = NULL;
  RegimenPlan *plan = regimen_plan_load_from_data (json, -1, &error);

  g_assert_no_error (error);

  return plan;
}

/* Enter pressed in @text, a box of the form: turns the main loop until
 * the form has logged @session or, @spin not %NULL, marked @spin refused,
 * ten seconds at the most (the default button clicks once its pressed
 * look has shown). */
static void
press_enter_to_save (GtkWidget      *text,
                     GtkWidget      *spin,
                     RegimenSession *session)
{
  gint64 deadline;

  ui_test_press_key (text, GDK_KEY_Return);
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (regimen_session_get_log (session) == NULL && (spin == NULL || !gtk_widget_has_css_class (spin, "error")) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  ui_test_iterate_until_idle ();
}

/* The Log Session form's Minutes trained and Session RPE boxes rubbed out
 * with BackSpace, or holding letters, a space or an exponent (“1e1”),
 * and Enter pressed: the box is refused in place, as a number past its
 * limits is, the form open with what was typed and nothing logged. GTK
 * read such a box as 0 and raised it to the lowest (“1e1” as 10), and
 * the form logged 1 minute or RPE 1 and closed without a word. A number
 * then typed there is logged. */
static void
test_log_form_box_without_number (void)
{
  const char *boxes[] = { "Minutes trained", "Session RPE" };
  const struct
  {
    guint       keys[3];
    const char *text;
  } typed[] = {
    { { 0 }, "" },
    { { GDK_KEY_space }, " " },
    { { GDK_KEY_a, GDK_KEY_b, GDK_KEY_c }, "abc" },
    /* A number no box of the window takes: no exponent. */
    { { GDK_KEY_1, GDK_KEY_e, GDK_KEY_1 }, "1e1" },
  };

  for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
    for (guint t = 0; t < G_N_ELEMENTS (typed); t++)
      {
        g_autoptr(RegimenPlan) plan = new_plan ();
        RegimenSession *session = regimen_plan_find_session_by_id (plan, "mon");
        RegimenWindow *window = ui_test_open_window_with_plan (app, plan, NULL);
        const RegimenSessionLog *log;
        GtkWindow *form;
        GtkWidget *spin;
        GtkWidget *text;

        g_test_message ("%s: “%s”", boxes[b], typed[t].text);
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-session", "s", "mon"));
        form = ui_test_wait_for_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window));
        g_assert_nonnull (form);
        ui_test_wait_for_frames (GTK_WIDGET (form), 2);
        spin = ui_test_find_named (GTK_WIDGET (form), GTK_TYPE_SPIN_BUTTON, boxes[b]);
        g_assert_nonnull (spin);
        text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (spin)));

        /* Rubbed out from the end, never selected (X's primary selection). */
        gtk_widget_grab_focus (text);
        gtk_editable_set_position (GTK_EDITABLE (text), -1);
        while (gtk_editable_get_text (GTK_EDITABLE (spin))[0] != '\0')
          ui_test_press_key (text, GDK_KEY_BackSpace);
        for (guint k = 0; k < G_N_ELEMENTS (typed[t].keys) && typed[t].keys[k] != 0; k++)
          ui_test_press_key (text, typed[t].keys[k]);
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, typed[t].text);

        press_enter_to_save (text, spin, session);

        g_assert_null (regimen_session_get_log (session));
        g_assert_false (regimen_plan_can_undo (plan));
        g_assert_true (ui_test_find_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window)) == form);
        g_assert_true (gtk_widget_has_css_class (spin, "error"));
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, typed[t].text);

        /* A number typed there is logged. */
        gtk_editable_set_position (GTK_EDITABLE (text), -1);
        while (gtk_editable_get_text (GTK_EDITABLE (spin))[0] != '\0')
          ui_test_press_key (text, GDK_KEY_BackSpace);
        ui_test_press_key (text, GDK_KEY_9);
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "9");
        press_enter_to_save (text, NULL, session);

        log = regimen_session_get_log (session);
        g_assert_nonnull (log);
        g_assert_cmpuint (b == 0 ? log->minutes : log->rpe, ==, 9);
        g_assert_cmpuint (b == 0 ? log->rpe : log->minutes, ==, b == 0 ? 7 : 45);

        gtk_window_destroy (GTK_WINDOW (window));
        ui_test_iterate_until_idle ();
      }
}

/* The plan reloaded without the session a Log Session form was open for
 * (another program removed it) and Save pressed: the form says the
 * session is no longer in the plan where it can be read, in its window.
 * The message went to the foot of a form taller than its window, out of
 * sight, and Save seemed to do nothing. It is said above the form since
 * the reload (hostile-38-left). */
static void
test_log_form_session_gone_said_in_view (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "log.regimen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *with = plan_text (12);
  g_autofree char *without = plan_text (0);
  g_autoptr(GError) error = NULL;
  RegimenWindow *window;
  RegimenPlan *plan;
  GtkWindow *form;
  GtkWidget *minutes;
  GtkWidget *scroller;
  GtkLabel *message = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  graphene_rect_t bounds;
  gint64 deadline;

  g_file_set_contents (path, with, -1, &error);
  g_assert_no_error (error);
  window = ui_test_open_window (app);
  ui_test_show_file (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.log-session", "s", "mon"));
  form = ui_test_wait_for_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window));
  g_assert_nonnull (form);
  ui_test_wait_for_frames (GTK_WIDGET (form), 2);
  scroller = ui_test_find_first (GTK_WIDGET (form), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  /* The form is taller than its window: its foot is out of sight. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))),
                     >, gtk_widget_get_height (scroller) + 200);

  /* Another program removed the session; the window reloaded it. */
  g_file_set_contents (path, without, -1, &error);
  g_assert_no_error (error);
  plan = ui_test_show_file (window, file);
  g_assert_null (regimen_plan_find_session_by_id (plan, "mon"));
  g_assert_true (ui_test_find_toplevel (REGIMEN_TYPE_LOG_FORM, GTK_WINDOW (window)) == form);

  /* Enter in the Minutes box, at the top of the form: Save. */
  minutes = ui_test_find_named (GTK_WIDGET (form), GTK_TYPE_SPIN_BUTTON, "Minutes trained");
  g_assert_nonnull (minutes);
  minutes = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (minutes)));
  gtk_widget_grab_focus (minutes);
  ui_test_iterate_until_idle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))),
                     ==, 0);
  ui_test_press_key (minutes, GDK_KEY_Return);

  ui_test_collect (GTK_WIDGET (form), GTK_TYPE_LABEL, labels);
  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (g_get_monotonic_time () < deadline)
    {
      for (guint i = 0; i < labels->len && message == NULL; i++)
        if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), "is no longer in") != NULL &&
            gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
          message = g_ptr_array_index (labels, i);
      if (message != NULL && gtk_widget_compute_bounds (GTK_WIDGET (message), GTK_WIDGET (form), &bounds) &&
          bounds.size.height > 0 && bounds.origin.y >= 0 &&
          bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (form)))
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  ui_test_iterate_until_idle ();

  g_assert_nonnull (message);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (message), GTK_WIDGET (form), &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (form)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));

  gtk_window_destroy (form);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-35d/log-form-box-without-number", test_log_form_box_without_number);
  g_test_add_func ("/ui/hostile-35d/log-form-session-gone-said-in-view", test_log_form_session_gone_said_in_view);

  return g_test_run ();
}
