/* test-icons.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The icons the window shows, found in the icon theme: every icon the
 * templates and the code name, and the window's own from hicolor (the
 * tests put the source tree's data folder on XDG_DATA_DIRS, as an install
 * puts it in the system's), also after high contrast is switched on and
 * off while the window is open; and the application adds no resource
 * folder of its own to the theme, whose adding after GTK read the themes
 * made every start read them again. The window's icon is named after its
 * first frame, not before it (issue 20). */

#include "config.h"

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* Appends to @names each icon name @regex's first group finds in the
 * files of @folder (under the source tree) whose names end in @suffix. */
static void
collect_names (GPtrArray  *names,
               const char *folder,
               const char *suffix,
               const char *pattern)
{
  g_autofree char *path = g_build_filename (g_getenv ("MESON_SOURCE_ROOT"), folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  const char *file;

  g_assert_nonnull (dir);
  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file_path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (!g_str_has_suffix (file, suffix))
        continue;

      file_path = g_build_filename (path, file, NULL);
      g_assert_true (g_file_get_contents (file_path, &text, NULL, NULL));
      g_regex_match (regex, text, 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *name = g_match_info_fetch (match, 1);

          if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
            g_ptr_array_add (names, g_steal_pointer (&name));
        }
    }
}

/* Every icon name in the templates and in the code, and the window's. */
static GPtrArray *
icon_names (void)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  collect_names (names, "ui", ".ui", "<property name=\"icon-name\">([^<]+)</property>");
  collect_names (names, "src", ".c", "\"([a-z0-9-]+-symbolic)\"");
  g_ptr_array_add (names, g_strdup (APPLICATION_ID));
  /* The patterns still find what the window shows. */
  g_assert_true (g_ptr_array_find_with_equal_func (names, "sidebar-show-symbolic", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "dialog-warning-symbolic", g_str_equal, NULL));

  return names;
}

static void
assert_icons_found (RegimenWindow *window)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));
  g_autoptr(GPtrArray) names = icon_names ();
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (!gtk_icon_theme_has_icon (theme, name))
        g_error ("the icon theme has no %s", name);
    }

  /* The window's icon: the application's, from hicolor, as a PNG (an
   * SVG would load librsvg into every start for the window manager's
   * fixed sizes). */
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
  icon = gtk_icon_theme_lookup_icon (theme, APPLICATION_ID, NULL, 48, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  path = g_file_get_path (file);
  g_assert_nonnull (path);
  g_assert_true (g_str_has_suffix (path, "/icons/hicolor/48x48/apps/" APPLICATION_ID ".png"));
}

typedef struct
{
  gboolean painted;
  char    *icon_name;
  char    *default_icon_name;
} FirstFrame;

static void
on_first_frame_painted (GdkFrameClock *clock,
                        FirstFrame    *first)
{
  if (first->painted)
    return;

  first->painted = TRUE;
  first->icon_name = g_strdup (gtk_window_get_icon_name (g_object_get_data (G_OBJECT (clock), "window")));
  first->default_icon_name = g_strdup (gtk_window_get_default_icon_name ());
}

/* The first window of the process is drawn before its icon is looked up:
 * no icon, its own or the default, is named by its first frame; once that
 * frame is drawn the window has the application's, and so do the windows
 * made after it. Registered first: no window of this process before. */
static void
test_window_icon_after_first_frame (void)
{
  RegimenWindow *window = regimen_window_new (app);
  FirstFrame first = { 0 };
  GdkFrameClock *clock;
  gint64 deadline;
  gulong handler;

  g_assert_null (gtk_window_get_default_icon_name ());
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (clock);
  g_object_set_data (G_OBJECT (clock), "window", window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame_painted), &first);

  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (!first.painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (first.painted);
  g_assert_null (first.icon_name);
  g_assert_null (first.default_icon_name);

  deadline = g_get_monotonic_time () + UI_TEST_WAIT_USEC;
  while (g_strcmp0 (gtk_window_get_icon_name (GTK_WINDOW (window)), APPLICATION_ID) != 0
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (gtk_window_get_icon_name (GTK_WINDOW (window)), ==, APPLICATION_ID);
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);

  g_signal_handler_disconnect (clock, handler);
  g_object_set_data (G_OBJECT (clock), "window", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

static void
test_icons_found (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));
  g_auto(GStrv) resource_path = gtk_icon_theme_get_resource_path (theme);

  assert_icons_found (window);

  /* GTK's and libadwaita's icons only: a folder of the application's
   * own, added after GTK's first read of the themes, throws that read
   * away. */
  for (guint i = 0; resource_path[i] != NULL; i++)
    if (!g_str_has_prefix (resource_path[i], "/org/gtk/libgtk/")
        && !g_str_has_prefix (resource_path[i], "/org/gnome/Adwaita/"))
      g_error ("the icon theme has the resource folder %s", resource_path[i]);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

/* How much of its parent's colour @label's text keeps: style.css's
 * prescription, or style-hc.css's in high contrast. */
static double
prescription_alpha (GtkWidget *label)
{
  GdkRGBA color, parent_color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
  gtk_style_context_get_color (gtk_widget_get_style_context (gtk_widget_get_parent (label)), &parent_color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return color.alpha / parent_color.alpha;
}

static void
on_notify_high_contrast (AdwStyleManager *manager,
                         GParamSpec      *pspec,
                         gboolean        *changed)
{
  *changed = TRUE;
}

/* Switches high contrast as the desktop does for libadwaita 1.2 (its
 * accessibility setting; the GTK theme's name where that setting is not
 * installed) and waits for the style manager to follow. */
static void
set_high_contrast (gboolean high_contrast)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                                                       "org.gnome.desktop.a11y.interface", TRUE);
  gboolean changed = FALSE;
  gulong handler = g_signal_connect (manager, "notify::high-contrast", G_CALLBACK (on_notify_high_contrast), &changed);

  g_assert_cmpint (adw_style_manager_get_high_contrast (manager), !=, high_contrast);
  if (schema != NULL && g_settings_schema_has_key (schema, "high-contrast"))
    {
      g_autoptr(GSettings) settings = g_settings_new ("org.gnome.desktop.a11y.interface");

      g_settings_set_boolean (settings, "high-contrast", high_contrast);
    }
  else
    {
      g_object_set (gtk_settings_get_default (), "gtk-theme-name", high_contrast ? "HighContrast" : "Adwaita", NULL);
    }

  while (!changed)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (manager, handler);
  ui_test_iterate_until_idle ();
  g_assert_cmpint (adw_style_manager_get_high_contrast (manager), ==, high_contrast);
}

static void
test_high_contrast (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("3 × 8 reps");

  gtk_widget_add_css_class (label, "item-prescription");
  gtk_box_append (GTK_BOX (box), label);
  g_object_ref_sink (box);

  g_assert_cmpfloat_with_epsilon (prescription_alpha (label), 0.55, 0.01);

  set_high_contrast (TRUE);
  g_assert_cmpfloat_with_epsilon (prescription_alpha (label), 0.9, 0.01);
  assert_icons_found (window);

  set_high_contrast (FALSE);
  g_assert_cmpfloat_with_epsilon (prescription_alpha (label), 0.55, 0.01);
  assert_icons_found (window);

  g_object_unref (box);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/icons/window-icon-after-first-frame", test_window_icon_after_first_frame);
  g_test_add_func ("/ui/icons/found", test_icons_found);
  g_test_add_func ("/ui/icons/high-contrast", test_high_contrast);

  return g_test_run ();
}
