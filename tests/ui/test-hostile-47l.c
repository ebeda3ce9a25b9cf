/* test-hostile-47l.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, three holes the passes before session 47 left: a plan's
 * file replaced by a symbolic link to another file (the window saved
 * into that file), the list of plans that could not be opened cut
 * mid-word, and a restore that fails once no window is left. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The first message dialog shown, whatever window it is over, if any. */
static AdwMessageDialog *
wait_for_any_dialog (void)
{
  AdwMessageDialog *dialog;

  while ((dialog = (AdwMessageDialog *) ui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL)) == NULL)
    g_main_context_iteration (NULL, TRUE);

  return dialog;
}

/* Restore chosen, and the window closed before the working copy is back
 * (its ID.lock a named pipe another program made): the failure was said
 * in a dialog of no window and no application, which the application,
 * let go by the restore with no window left, ended under, the message
 * never seen. It is the application's own message, which it stays for. */
static void
test_restore_failing_with_no_window (void)
{
  g_autoptr(GFile) fixture = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autoptr(GFile) dir = regimen_autosave_get_dir ();
  g_autofree char *lock = g_build_filename (g_file_peek_path (dir), "h47l-lock-fifo.lock", NULL);
  g_autofree char *copy = g_build_filename (g_file_peek_path (dir), "h47l-lock-fifo.regimen.json", NULL);
  g_autofree char *text = NULL;
  gsize length;
  AdwMessageDialog *dialog;
  GtkWindow *window;

  ui_test_close_all_windows (app);
  g_assert_true (g_file_load_contents (fixture, NULL, &text, &length, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (dir), 0700), ==, 0);
  g_assert_true (g_file_set_contents (copy, text, length, NULL));
  g_assert_cmpint (mkfifo (lock, 0600), ==, 0);

  g_application_activate (G_APPLICATION (app));
  while (gtk_application_get_windows (GTK_APPLICATION (app)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  dialog = ui_test_wait_for_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Work?");

  /* Restore, then Ctrl+W at once: the copy is read on a worker. */
  adw_message_dialog_response (dialog, "restore");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (window);

  /* A window of the application's, which it stays open for. */
  dialog = wait_for_any_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Unsaved Work Could Not Be Restored");
  g_assert_true (gtk_window_get_application (GTK_WINDOW (dialog)) == GTK_APPLICATION (app));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), lock));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (g_unlink (lock), ==, 0);
  regimen_autosave_remove ("h47l-lock-fifo");
  ui_test_close_all_windows (app);
}

/* The plan's file replaced by a symbolic link to another file, one with
 * other text (@same_text FALSE) or the very text read (a colleague's copy
 * of the plan): the window said “Changed on Disk” (nothing at all for the
 * copy), and Keep This Version, then Save, wrote the plan into the other
 * file, which the person never opened. It asks “Is Now a Link”, naming
 * it, and Save writes nothing, says so, and offers Save As. */
static void
check_link_put_in_place (gboolean same_text)
{
  g_autoptr(GFile) file = ui_test_copy_fixture ("two-weeks.regimen.json");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *other = g_build_filename (dir, "colleague.regimen.json", NULL);
  g_autofree char *other_backup = g_strconcat (other, "~", NULL);
  g_autofree char *swap = g_strconcat (path, ".swap", NULL);
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;
  g_autofree char *now = NULL;
  g_autofree char *asked = NULL;
  RegimenWindow *window = ui_test_open_window (app);
  RegimenDocument *document;
  AdwMessageDialog *dialog;

  ui_test_show_file (window, file);
  document = regimen_window_get_document (window);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  other_text = same_text ? g_strdup (text) : g_strconcat (text, " ", NULL);
  g_assert_true (g_file_set_contents (other, other_text, -1, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-week", NULL);
  ui_test_iterate_until_idle ();

  /* `ln -sf colleague.regimen.json two-weeks.regimen.json`. */
  g_assert_cmpint (symlink ("colleague.regimen.json", swap), ==, 0);
  g_assert_cmpint (g_rename (swap, path), ==, 0);

  /* Kept, as the question offered. */
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  asked = g_strdup (adw_message_dialog_get_heading (dialog));
  if (dialog != NULL)
    {
      adw_message_dialog_response (dialog, adw_message_dialog_has_response (dialog, "keep") ? "keep" : "later");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  ui_test_iterate_until_idle ();
  while (regimen_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (other, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, other_text);
  g_assert_false (g_file_test (other_backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (regimen_document_get_modified (document));

  /* Asked before, and after the Save. */
  g_assert_cmpstr (asked, ==, "“two-weeks.regimen.json” Is Now a Link");
  dialog = ui_test_wait_for_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“two-weeks.regimen.json” Is Now a Link");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nothing was saved"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“colleague.regimen.json”"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "later-save-as");
  adw_message_dialog_response (dialog, "later");
  gtk_window_destroy (GTK_WINDOW (dialog));

  ui_test_close_all_windows (app);
}

static void
test_link_to_other_file (void)
{
  check_link_put_in_place (FALSE);
}

static void
test_link_to_same_text (void)
{
  check_link_put_in_place (TRUE);
}

#define LONG_NAME "Copy of the spring strength block for Ana, twelve weeks, revised after the March test.regimen.json"
#define NEWER_NAME "Sprinter two-day programme (coach Bernd's version, do not edit) final.regimen.json"

/* Three plans that cannot be opened, opened at once (`regimen a b c`):
 * one dialog lists them. Each was a line of the dialog's text, centred
 * and wrapped anywhere, what is wrong cut to 120 characters in the middle
 * of a word (“file ve…7”). Each is a name on one line, cut in the middle
 * where it has no room (GTK's ellipsis, the end kept), with its path in
 * its tooltip (cut in the middle when long), and what is wrong whole below it, wrapped between words. */
static void
test_unopened_listed_whole (void)
{
  g_autofree char *dir = ui_test_make_tmp_dir ();
  const char *names[] = { LONG_NAME, NEWER_NAME, "short.json" };
  const char *texts[] = { "{\"format\": \"regimen-plan\", \"version\": 1, \"weeks\": [",
                          "{\"format\": \"regimen-plan\", \"version\": 7, \"weeks\": []}",
                          "{\"format\": \"regimen-plan\", \"version\": 1, \"title\": 5, \"weeks\": []}" };
  GFile *files[G_N_ELEMENTS (names)];
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) reasons = g_string_new (NULL);
  RegimenWindow *window;
  AdwMessageDialog *dialog;

  ui_test_close_all_windows (app);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_set_contents (path, texts[i], -1, NULL));
      files[i] = g_file_new_for_path (path);
    }
  window = ui_test_open_window (app);
  g_signal_emit_by_name (app, "open", files, (int) G_N_ELEMENTS (files), "");

  /* Read on workers, each added to the dialog as it comes. */
  while ((dialog = ui_test_find_dialog (GTK_WINDOW (window))) == NULL ||
         !g_str_equal (adw_message_dialog_get_heading (dialog), "Could Not Open 3 Plans"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (adw_message_dialog_get_extra_child (dialog));
  ui_test_collect (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, ==, 6);

  for (guint i = 0; i < labels->len; i += 2)
    {
      GtkLabel *name = g_ptr_array_index (labels, i);
      GtkLabel *reason = g_ptr_array_index (labels, i + 1);
      const char *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (name));

      /* The whole name, cut by GTK in the middle only where it must. */
      g_assert_true (g_strv_contains (names, gtk_label_get_text (name)));
      g_assert_cmpint (gtk_label_get_ellipsize (name), ==, PANGO_ELLIPSIZE_MIDDLE);
      g_assert_true (gtk_label_get_single_line_mode (name));
      /* The path, cut in the middle when long, its end kept. */
      g_assert_true (g_str_has_suffix (tooltip, ".json"));
      if (g_str_equal (gtk_label_get_text (name), "short.json"))
        g_assert_true (g_str_has_suffix (tooltip, "/short.json"));

      /* What is wrong, whole, wrapped between words. */
      g_assert_cmpint (gtk_label_get_ellipsize (reason), ==, PANGO_ELLIPSIZE_NONE);
      g_assert_true (gtk_label_get_wrap (reason));
      g_assert_cmpint (gtk_label_get_wrap_mode (reason), ==, PANGO_WRAP_WORD_CHAR);
      g_assert_null (strstr (gtk_label_get_text (reason), "…"));
      g_string_append_printf (reasons, "%s\n", gtk_label_get_text (reason));
    }
  g_assert_nonnull (strstr (reasons->str, "(file version 7, this Regimen reads version 1). Update Regimen to open it."));
  g_assert_nonnull (strstr (reasons->str, "At $.title: should be text, not a number."));
  g_assert_nonnull (strstr (reasons->str, "Line 1, column 52: "));

  adw_message_dialog_response (dialog, "close");
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
  ui_test_close_all_windows (app);
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-47l/link-to-other-file", test_link_to_other_file);
  g_test_add_func ("/ui/hostile-47l/link-to-same-text", test_link_to_same_text);
  g_test_add_func ("/ui/hostile-47l/restore-failing-with-no-window", test_restore_failing_with_no_window);
  g_test_add_func ("/ui/hostile-47l/unopened-listed-whole", test_unopened_listed_whole);

  return g_test_run ();
}
