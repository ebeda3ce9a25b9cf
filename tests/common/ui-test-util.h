/* ui-test-util.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fixture-util.h"
#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"

G_BEGIN_DECLS

/* What the widget tests share: the application they run in, turning the
 * main loop, opening windows, finding widgets and dialogs, and scratch
 * folders. The fixtures are fixture-util.h's. */

/* How long a test waits for what it expects (a save's result, a dialog,
 * a file, a key's event) before it fails: a bound against a hang, never a
 * measure of speed. It is generous because CI runs the tests two at a
 * time on two cores, under AddressSanitizer and Valgrind too, where a
 * save that takes a moment idle can take many seconds: 60 s. The mutation
 * lane (REGIMEN_TEST_FAIL_FAST=1, no sanitizer) waits 15 s, since a fault
 * that makes a wait fail costs the lane the whole bound, and dozens do. */
gint64              ui_test_wait_usec           (void);
#define UI_TEST_WAIT_USEC (ui_test_wait_usec ())

/* Points XDG_DATA_HOME at a fresh folder (working copies and custom
 * exercises of this test program only, returned in @data_home when it is
 * not %NULL), initialises GTK for testing and registers a non-unique
 * application. */
RegimenApplication *ui_test_init                (int          *argc,
                                                 char       ***argv,
                                                 char        **data_home);

/* The fatal-log handler that ui_test_init(), every window of the
 * application and the helpers below that turn the main loop install (GLib
 * resets it per test case): %FALSE only for the one Gdk-CRITICAL that GTK
 * 4.8's tooltip timer logs for a window already gone, %TRUE for every
 * other warning and critical. */
gboolean            ui_test_log_is_fatal        (const char     *log_domain,
                                                 GLogLevelFlags  log_level,
                                                 const char     *message,
                                                 gpointer        user_data);

/* Runs what the main context has ready, without waiting for more. */
void                ui_test_iterate_until_idle  (void);
/* Moves the pointer onto the middle of @widget as a person does, through
 * the X server under Xvfb (XTest). */
void                ui_test_hover               (GtkWidget      *widget);
GtkLabel           *ui_test_wait_for_tooltip    (GtkWidget      *window,
                                                 const char     *part);
GtkLabel           *ui_test_find_label_holding  (GtkWidget      *root,
                                                 const char     *part);
GtkWindow          *ui_test_open_log_form       (RegimenWindow  *window,
                                                 const char     *session);
/* Presses and releases the key @keyval as a person does, through the X
 * server under Xvfb (XTest), into the window of @widget, which gets the
 * input focus; returns once @widget has seen it pressed and the main
 * loop is idle. */
void                ui_test_press_key           (GtkWidget      *widget,
                                                 guint           keyval);
/* Sends Control+@keyval as a person presses it, through the X server
 * under Xvfb (XTest), into @window, which gets the input focus; returns
 * at once (the shortcut may open a dialog, or start a save the test then
 * waits for in its own way). */
void                ui_test_send_control_key    (GtkWindow      *window,
                                                 guint           keyval);
/* Runs the main loop for a fixed short while: for what animates. */
void                ui_test_wait_a_moment       (void);
/* Lets @n frames of @widget's frame clock pass, so that state and style
 * changes are applied. */
void                ui_test_wait_for_frames     (GtkWidget    *widget,
                                                 guint         n);

/* A new window of @app, presented, mapped and laid out by its first
 * frame, the main context idle. */
RegimenWindow      *ui_test_open_window         (RegimenApplication *app);
/* A new window of @app at 1600×900, wide enough that the library does not
 * fold away, after its panels have had a moment to open. */
RegimenWindow      *ui_test_open_wide_window    (RegimenApplication *app);
/* Lets @window, when shown, draw a frame and then build every row still
 * to come: a plan shown in a window already drawn builds the rows below
 * the fold a slice at a time after that frame (issue 20). */
void                ui_test_wait_for_rows       (RegimenWindow *window);
/* A new window as ui_test_open_window, showing @plan (saved as @file,
 * which may be %NULL) laid out by a frame, every row built. */
RegimenWindow      *ui_test_open_window_with_plan (RegimenApplication *app,
                                                   RegimenPlan        *plan,
                                                   GFile              *file);

/* How full ui_test_open_window_with_full_monday() makes the first
 * week's Monday. */
typedef enum
{
  UI_TEST_MONDAY_AS_IS,
  /* Its first session filled up to REGIMEN_SESSION_MAX_ITEMS burpees. */
  UI_TEST_MONDAY_FULL_OF_EXERCISES,
  /* Copies of its first session up to REGIMEN_DAY_MAX_SESSIONS. */
  UI_TEST_MONDAY_FULL_OF_SESSIONS,
} UiTestMondayFill;

/* Fills @plan's first Monday as @fill says, through the core's commands,
 * and shows @plan in a new window of 1280×800, laid out by a frame,
 * every row built: a day or session at the core's limits, for what the
 * window refuses there. */
void                ui_test_present_with_plan            (RegimenWindow      *window,
                                                          RegimenPlan        *plan);
RegimenWindow      *ui_test_open_window_with_full_monday (RegimenApplication *app,
                                                          RegimenPlan        *plan,
                                                          UiTestMondayFill    fill);

/* Another program writes @text to @path, and the person answers the
 * window's “Changed on Disk” with Reload: turns the main loop until the
 * window shows the file's plan, which it returns.
 * Returns: (transfer none): the plan read */
RegimenPlan        *ui_test_reload_changed_file (RegimenWindow      *window,
                                                 const char         *path,
                                                 const char         *text);
/* Reads @file as the window's Open does and shows it in @window: the
 * document knows the file's text, so its saves replace only that. A
 * shown window has drawn it and built every row when this returns.
 * Returns: (transfer none): the plan read */
RegimenPlan        *ui_test_show_file           (RegimenWindow      *window,
                                                 GFile              *file);

/* Shows @window's check panel, which is brought up to date only while
 * it is shown, and waits until a frame has drawn it: until then it has
 * only the problem rows and figures that frame shows. */
void                ui_test_reveal_check_panel  (RegimenWindow      *window);

/* The widgets of @type below @widget in tree order, hidden ones too
 * (ui_test_collect) or the visible ones only (ui_test_collect_visible). */
void                ui_test_collect             (GtkWidget    *widget,
                                                 GType         type,
                                                 GPtrArray    *found);
void                ui_test_collect_visible     (GtkWidget    *widget,
                                                 GType         type,
                                                 GPtrArray    *found);
/* The first widget of @type below @widget in tree order, or %NULL. */
gpointer            ui_test_find_first          (GtkWidget    *widget,
                                                 GType         type);

/* The outset shadows @widget draws (its snapshot's tree), and in @blurred
 * those drawn with a blur. */
guint               ui_test_count_outset_shadows (GtkWidget  *widget,
                                                  guint      *blurred);

/* A visible toplevel of @type, transient for @transient_for unless that is
 * %NULL; or %NULL. ui_test_wait_for_toplevel turns the main loop until one
 * shows (for ten seconds at the most). */
GtkWindow          *ui_test_find_toplevel       (GType         type,
                                                 GtkWindow    *transient_for);
GtkWindow          *ui_test_wait_for_toplevel   (GType         type,
                                                 GtkWindow    *transient_for);
/* The visible message dialog transient for @parent, or %NULL; waiting as
 * above. */
AdwMessageDialog   *ui_test_find_dialog         (GtkWindow    *parent);
AdwMessageDialog   *ui_test_wait_for_dialog     (GtkWindow    *parent);

/* The accessible name GTK 4.8 gives @widget: its accessible label, then
 * the accessible labels of the widgets it is labelled by (a mnemonic
 * label sets that relation), joined by spaces; "" when it has neither.
 * @root holds the labels (the widget's toplevel). */
char               *ui_test_accessible_name     (GtkWidget    *root,
                                                 GtkWidget    *widget);
/* The first widget of @type below @root whose accessible name (as above)
 * is @name, or %NULL. */
gpointer            ui_test_find_named          (GtkWidget    *root,
                                                 GType         type,
                                                 const char   *name);
/* Fails the test naming each shown widget below @root whose
 * accessible name repeats itself ("Sets Sets", "Up to Up to"), shows a
 * mnemonic's underscore, or joins an accessible label to a mnemonic
 * label's text, and each shown control (a button, an expander, a field)
 * with no name at all. */
void                ui_test_assert_names_said_once (GtkWidget *root);

/* Removes @path and everything below it. */
void                ui_test_remove_tree         (const char   *path);
/* A new folder under the temporary folder, removed with everything in it
 * when the test program ends, however the test left it. */
char               *ui_test_make_tmp_dir        (void);

void ui_test_touch               (const char  *dir,
                                 const char  *name);
void ui_test_wait_for_named_file (const char  *dir,
                                 const char  *name);
void ui_test_wait_for_process    (GSubprocess *process);
void ui_test_wait_for_process_within (GSubprocess *process,
                                      gint64       bound_usec);

/* Types @text into the spin button @spin and presses Enter in it, as a
 * person does. */
void   ui_test_enter_in_spin     (GtkWidget          *spin,
                                  const char         *text);
GFile *ui_test_copy_fixture      (const char         *name);
void   ui_test_close_all_windows (RegimenApplication *app);

void   ui_test_hold_open         (GSubprocessLauncher *launcher,
                                  const char          *module,
                                  const char          *held,
                                  const char          *held_open);

/* The files of the working copies as a kill would leave them now: each
 * copy and its plan's address, path and text (ui_test_kept_copy_text()),
 * to put back with ui_test_put_back_working_copies(). */
GPtrArray *ui_test_keep_working_copies     (void);
/* How many working copies a start would offer or set aside. */
guint      ui_test_count_working_copies    (void);
void       ui_test_put_back_working_copies (GPtrArray *kept);
GBytes    *ui_test_kept_copy_text          (GPtrArray *kept);

GtkWidget  *ui_test_find_item_row  (RegimenWindow *window,
                                    RegimenItem   *item);
GtkWidget  *ui_test_find_button    (GtkWidget     *widget,
                                    const char    *label);
const char *ui_test_toast_text     (RegimenWindow *window,
                                    const char    *other);
const char *ui_test_wait_for_toast (RegimenWindow *window,
                                    const char    *other);

GtkDialog *ui_test_wait_for_print_dialog (void);
void       ui_test_print_to_file          (RegimenApplication *app,
                                           const char         *uri);

/* Real pointer events through XTest (xdotool), as a person makes them. */
void           ui_test_xdotool        (const char *first,
                                       ...) G_GNUC_NULL_TERMINATED;
void           ui_test_pointer_to     (GtkWidget  *widget,
                                       double      x,
                                       double      y);
GtkDragSource *ui_test_drag_source_of (GtkWidget  *widget);
gboolean       ui_test_drag_onto_at   (GtkWidget  *from,
                                       GtkWidget  *onto,
                                       double      y,
                                       const char *mark,
                                       gboolean   *marked);
gboolean   ui_test_answer_print_replace  (gpointer user_data);
char      *ui_test_plan_text_past_page_limit (void);
void       ui_test_print_window_to_file  (RegimenApplication *app,
                                          RegimenWindow      *window,
                                          const char         *path,
                                          guint               limit);

G_END_DECLS
