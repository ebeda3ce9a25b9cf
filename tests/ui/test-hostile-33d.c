/* test-hostile-33d.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 21, adversarial pass 33d: hostile files by the window's other
 * doors (the recent list, the working copies at start, a drop, the Open
 * and Save As dialogs, Export), as a person meets them. */

#include "config.h"

#include <adwaita.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-window.h"
#include "ui-test-util.h"

static RegimenApplication *app;

/* The section of @menu's “Open Recent” submenu, or NULL. */
static GMenuModel *
find_recent_section (GMenuModel *menu)
{
  for (gint i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (gint j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (section, j, G_MENU_LINK_SUBMENU);
          g_autofree char *label = NULL;

          if (submenu != NULL &&
              g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
              g_str_equal (label, "Open _Recent"))
            return g_menu_model_get_item_link (submenu, 0, G_MENU_LINK_SECTION);
        }
    }

  return NULL;
}

/* The recent plans the settings hold (another program's, a synced
 * dconf's) may name a file on another computer: GLib drops the host, so
 * Open Recent listed and opened the plan at the same path here, and the
 * start reopened it, where the command line refuses such an address.
 * Left out, as an address that names no file is; this computer's own
 * names stay. */
static void
test_recent_on_another_host (void)
{
  RegimenWindow *window = ui_test_open_window (app);
  g_autofree char *own_host = g_strdup_printf ("file://%s/plans/own-host.regimen.json", g_get_host_name ());
  const char *recent[] = {
    "file://nas/plans/elsewhere.regimen.json",
    "file://localhost/plans/local.regimen.json",
    own_host,
    "file:///plans/here.regimen.json",
    NULL
  };
  const char *expected[] = { "local.regimen.json", "own-host.regimen.json", "here.regimen.json" };
  g_autoptr(GMenuModel) section = NULL;
  GtkMenuButton *button;

  g_settings_set_strv (regimen_application_get_settings (app), "recent-plans", recent);
  ui_test_iterate_until_idle ();

  button = ui_test_find_named (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "Main Menu");
  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  ui_test_iterate_until_idle ();
  section = find_recent_section (gtk_menu_button_get_menu_model (button));
  g_assert_nonnull (section);

  g_assert_cmpint (g_menu_model_get_n_items (section), ==, G_N_ELEMENTS (expected));
  for (gint i = 0; i < (gint) G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *label = NULL;
      g_autofree char *target = NULL;

      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_assert_cmpstr (label, ==, expected[i]);
      g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_TARGET, "s", &target));
      g_assert_null (strstr (target, "//nas/"));
    }

  gtk_menu_button_popdown (button);
  g_settings_set_strv (regimen_application_get_settings (app), "recent-plans", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate_until_idle ();
}

int
main (int    argc,
      char **argv)
{
  app = ui_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/hostile-33d/recent-on-another-host", test_recent_on_another_host);

  return g_test_run ();
}
