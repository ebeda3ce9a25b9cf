/* regimen-library-view.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-library-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "regimen-exercise-editor.h"
#include "regimen-exercise-row.h"
#include "regimen-library-view.h"
#include "regimen-widget-util.h"

/* The highest level an exercise may have; the level filter offers 1 to it. */
#define MAX_LEVEL 4

/* How wide a person may make the library, and the step of an arrow key. */
#define MIN_WIDTH  280
#define MAX_WIDTH  720
#define WIDTH_STEP 24
/* No row is shorter: a 44-pixel thumbnail and 4 pixels above and below. */
#define ROW_MIN_HEIGHT 52

struct _RegimenLibraryView
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkWidget          *filter_grid;
  GtkWidget          *tools_box;
  GtkLabel           *sort_label;
  GtkWidget          *resize_handle;
  GtkWidget          *new_exercise_button;
  int                 sidebar_width;
  int                 drag_start_width;
  GtkMenuButton      *category_button;
  GtkMenuButton      *level_button;
  GtkMenuButton      *equipment_button;
  GtkMenuButton      *muscle_button;
  GtkLabel           *count_label;
  GtkWidget          *clear_filters_button;
  GtkStack           *stack;
  GtkListView        *list_view;
  /* NULL until a search first matches nothing. */
  AdwStatusPage      *empty_page;
  GtkButton          *clear_button;

  RegimenLibrary     *library;
  /* The search index's ranked list, then the filters, then the selection
   * that marks what Enter in the search entry acts on. */
  RegimenLibrarySearch *search;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  /* Until the view's first frame is drawn, the rows that frame can show
   * (the list view would build 200 around the top, all 50 built-in
   * exercises); all of them once it is drawn. */
  GtkSliceListModel  *shown;
  GdkFrameClock      *first_frame_clock;
  guint               all_rows_source;
  /* Allocated while its flap hid it: laid out when it is mapped. */
  gboolean            allocation_skipped;
  /* No row built yet: the first allocation builds those it shows. */
  gboolean            rows_await_allocation;
  GtkSingleSelection *selection;

  /* Filters; "" and 0 mean "any". */
  char               *category;
  guint               level;
  char               *equipment;
  char               *muscle;
};

G_DEFINE_FINAL_TYPE (RegimenLibraryView, regimen_library_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_CATEGORY,
  PROP_LEVEL,
  PROP_EQUIPMENT,
  PROP_MUSCLE,
  PROP_SIDEBAR_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
regimen_library_view_has_filters (RegimenLibraryView *self)
{
  return *self->category != '\0' || self->level != 0 || *self->equipment != '\0' || *self->muscle != '\0';
}

static gboolean
replace_filter (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static gboolean
regimen_library_view_filter_func (gpointer item,
                                  gpointer user_data)
{
  RegimenLibraryView *self = user_data;
  RegimenExercise *exercise = item;

  if (*self->category != '\0'
      && !g_str_equal (self->category,
                       regimen_exercise_category_to_id (regimen_exercise_get_category (exercise))))
    return FALSE;

  if (self->level != 0 && regimen_exercise_get_level (exercise) != self->level)
    return FALSE;

  if (*self->equipment != '\0' && !regimen_exercise_needs_equipment (exercise, self->equipment))
    return FALSE;

  if (*self->muscle != '\0' && !regimen_exercise_works_muscle (exercise, self->muscle))
    return FALSE;

  return TRUE;
}

static gboolean
regimen_library_view_is_searching (RegimenLibraryView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return TRUE;
    }

  return FALSE;
}

/* Says in which order the list is, so a person can find their way in it. */
static void
regimen_library_view_update_sort_label (RegimenLibraryView *self)
{
  const char *label;
  const char *description;

  if (regimen_library_view_is_searching (self))
    {
      /* Translators: the order of the library while searching */
      label = _("Best match first");
      description = _("Sorted by how well the name matches: exact names first, then names that start with the search");
    }
  else
    {
      /* Translators: the order of the library, alphabetical by name */
      label = _("A–Z");
      description = _("Sorted by name, from A to Z");
    }

  gtk_label_set_label (self->sort_label, label);
  /* Given when asked for (its description too): setting a tooltip asks
   * the X server where the pointer is. */
  regimen_widget_set_tooltip_when_asked (GTK_WIDGET (self->sort_label), description);
}

/* The page a search that matches nothing shows, made the first time it is
 * shown: no start shows it, and made with the view (the stack measures
 * every page) it was styled and measured before every start's first
 * frame, 19 M instructions. */
static void
regimen_library_view_show_empty_page (RegimenLibraryView *self)
{
  if (self->empty_page == NULL)
    {
      GtkWidget *page = adw_status_page_new ();
      GtkWidget *button = gtk_button_new ();

      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "library.clear-search");
      gtk_widget_add_css_class (button, "pill");

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "edit-find-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Matching Exercises"));
      adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
      gtk_widget_add_css_class (page, "compact");
      /* As the window's template widgets were when it was made. */
      regimen_widget_measure_text_as_drawn (page);

      self->empty_page = ADW_STATUS_PAGE (page);
      self->clear_button = GTK_BUTTON (button);
      gtk_stack_add_named (self->stack, page, "empty");
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
regimen_library_view_update_count (RegimenLibraryView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = self->library != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->library)) : 0;
  gboolean has_filters = regimen_library_view_has_filters (self);
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", total), total);
  else
    /* Translators: how many exercises match the search, “4 of 46 exercises” */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u exercise", "%u of %u exercises", total),
                            shown, total);

  gtk_label_set_label (self->count_label, text);
  regimen_library_view_update_sort_label (self);
  gtk_widget_set_visible (self->clear_filters_button, has_filters);

  if (shown > 0 || total == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
      return;
    }

  regimen_library_view_show_empty_page (self);
  if (has_filters)
    {
      adw_status_page_set_description (self->empty_page, _("Try another search, or remove a filter."));
      gtk_button_set_label (self->clear_button, _("Clear Search and Filters"));
    }
  else
    {
      adw_status_page_set_description (self->empty_page, _("Try another name, muscle or piece of equipment."));
      gtk_button_set_label (self->clear_button, _("Clear Search"));
    }
}

/* Shows the chosen value on a filter's button, or the filter's own name
 * when it lets everything through. */
static void
update_filter_button (GtkMenuButton *button,
                      const char    *filter_name,
                      const char    *value_name)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_menu_button_get_child (button));
  g_autofree char *accessible = NULL;

  if (value_name == NULL)
    {
      gtk_label_set_label (GTK_LABEL (label), filter_name);
      gtk_widget_remove_css_class (GTK_WIDGET (button), "filter-active");
      /* Translators: a library filter's accessible name when it is off, “Category: any” */
      accessible = g_strdup_printf (_("%s: any"), filter_name);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (label), value_name);
      gtk_widget_add_css_class (GTK_WIDGET (button), "filter-active");
      /* Translators: a library filter's accessible name, “Category: Strength” */
      accessible = g_strdup_printf (_("%s: %s"), filter_name, value_name);
    }

  regimen_widget_set_tooltip_when_asked (GTK_WIDGET (button), accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
regimen_library_view_update_filter_buttons (RegimenLibraryView *self)
{
  RegimenExerciseCategory category;
  g_autofree char *level = NULL;

  if (self->level != 0)
    /* Translators: a difficulty level, “Level 2” */
    level = g_strdup_printf (_("Level %u"), self->level);

  update_filter_button (self->category_button, _("Category"),
                        regimen_exercise_category_from_id (self->category, &category)
                          ? regimen_exercise_category_get_name (category) : NULL);
  update_filter_button (self->level_button, _("Level"), level);
  update_filter_button (self->equipment_button, _("Equipment"),
                        *self->equipment != '\0' ? regimen_equipment_get_name (self->equipment) : NULL);
  update_filter_button (self->muscle_button, C_("filter", "Muscle"),
                        *self->muscle != '\0' ? regimen_muscle_get_name (self->muscle) : NULL);
}

static void
regimen_library_view_refilter (RegimenLibraryView *self)
{
  regimen_library_view_update_filter_buttons (self);
  /* Without a filter function the list model passes every item through
   * without asking, which matters with tens of thousands of exercises. */
  if (regimen_library_view_has_filters (self))
    gtk_custom_filter_set_filter_func (self->filter, regimen_library_view_filter_func, self, NULL);
  else
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  regimen_library_view_update_count (self);
}

static gboolean
library_uses_equipment (RegimenLibrary *library,
                        const char     *equipment_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (regimen_exercise_needs_equipment (exercise, equipment_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
library_uses_muscle (RegimenLibrary *library,
                     const char     *muscle_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (library));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (regimen_exercise_works_muscle (exercise, muscle_id))
        return TRUE;
    }

  return FALSE;
}

static void
append_choice (GMenu      *section,
               const char *label,
               const char *action,
               GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (section, item);
}

/* A filter's menu: "any" first, then the choices, as radio items of the
 * filter's property action. */
static GMenuModel *
new_filter_menu (const char *any_label,
                 const char *action,
                 GVariant   *any_target,
                 GMenu      *choices)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) any_section = g_menu_new ();

  append_choice (any_section, any_label, action, any_target);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (any_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (choices));

  return G_MENU_MODEL (menu);
}

/* The menu of the filter @button: its choices are only those the library
 * uses, so that no choice leads to an empty list. */
static GMenuModel *
new_filter_menu_for (RegimenLibraryView *self,
                     GtkMenuButton      *button)
{
  g_autoptr(GMenu) choices = g_menu_new ();
  const char * const *ids;

  if (button == self->category_button)
    {
      for (guint i = 0; i < REGIMEN_EXERCISE_N_CATEGORIES; i++)
        append_choice (choices, regimen_exercise_category_get_name (i), "library.category",
                       g_variant_new_string (regimen_exercise_category_to_id (i)));

      return new_filter_menu (_("Any Category"), "library.category", g_variant_new_string (""), choices);
    }

  if (button == self->level_button)
    {
      for (guint level = 1; level <= MAX_LEVEL; level++)
        {
          g_autofree char *label = g_strdup_printf (_("Level %u"), level);

          append_choice (choices, label, "library.level", g_variant_new_uint32 (level));
        }

      return new_filter_menu (_("Any Level"), "library.level", g_variant_new_uint32 (0), choices);
    }

  if (button == self->equipment_button)
    {
      ids = regimen_equipment_list_ids ();
      for (guint i = 0; ids[i] != NULL; i++)
        {
          if (self->library == NULL || library_uses_equipment (self->library, ids[i]))
            append_choice (choices, regimen_equipment_get_name (ids[i]), "library.equipment",
                           g_variant_new_string (ids[i]));
        }

      return new_filter_menu (_("Any Equipment"), "library.equipment", g_variant_new_string (""), choices);
    }

  g_assert (button == self->muscle_button);
  ids = regimen_muscle_list_ids ();
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (self->library == NULL || library_uses_muscle (self->library, ids[i]))
        append_choice (choices, regimen_muscle_get_name (ids[i]), "library.muscle",
                       g_variant_new_string (ids[i]));
    }

  return new_filter_menu (_("Any Muscle Group"), "library.muscle", g_variant_new_string (""), choices);
}

/* A filter's menu is made when it is first opened (by click, Enter or
 * Space alike: GtkMenuButton asks here before it pops up): four popover
 * menus of up to 20 items each cost start-up more than the rest of the
 * library's header, for menus the first frame does not show. */
static void
on_filter_button_create_popup (GtkMenuButton *button,
                               gpointer       user_data)
{
  RegimenLibraryView *self = user_data;
  g_autoptr(GMenuModel) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = new_filter_menu_for (self, button);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
regimen_library_view_set_up_filter_menus (RegimenLibraryView *self)
{
  GtkMenuButton *buttons[] = { self->category_button, self->level_button,
                               self->equipment_button, self->muscle_button };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_menu_button_set_create_popup_func (buttons[i], on_filter_button_create_popup, self, NULL);
}

/* The menus follow the library: each is made again when next opened. */
static void
regimen_library_view_forget_filter_menus (RegimenLibraryView *self)
{
  GtkMenuButton *buttons[] = { self->category_button, self->level_button,
                               self->equipment_button, self->muscle_button };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      if (gtk_menu_button_get_menu_model (buttons[i]) != NULL)
        gtk_menu_button_set_menu_model (buttons[i], NULL);
    }
}

/* The exercise row that has the keyboard focus, if any. A list view
 * focuses the item widget around our row, not the row itself. */
static RegimenExerciseRow *
regimen_library_view_get_focused_row (RegimenLibraryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *child;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return NULL;

  for (GtkWidget *widget = focus; widget != GTK_WIDGET (self->list_view); widget = gtk_widget_get_parent (widget))
    {
      if (REGIMEN_IS_EXERCISE_ROW (widget))
        return REGIMEN_EXERCISE_ROW (widget);
    }

  child = gtk_widget_get_first_child (focus);
  if (child != NULL && REGIMEN_IS_EXERCISE_ROW (child))
    return REGIMEN_EXERCISE_ROW (child);

  return NULL;
}

static void
on_search_entry_search_changed (RegimenLibraryView *self,
                                GtkSearchEntry     *entry)
{
  if (self->search != NULL)
    regimen_library_search_set_query (self->search, gtk_editable_get_text (GTK_EDITABLE (entry)));

  /* The best match is what Enter in the entry acts on. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  regimen_library_view_update_count (self);
}

static void
regimen_library_view_activate_position (RegimenLibraryView *self,
                                        guint               position)
{
  g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (exercise == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-exercise", "s",
                              regimen_exercise_get_id (exercise));
}

/* Enter in the search entry does what activating the selected (at
 * first the best) result does. */
static void
on_search_entry_activate (RegimenLibraryView *self,
                          GtkSearchEntry     *entry)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  /* The entry waits a moment after typing; Enter should not. */
  if (self->search != NULL
      && g_strcmp0 (regimen_library_search_get_query (self->search),
                    gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
    {
      on_search_entry_search_changed (self, entry);
      selected = 0;
    }

  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;

  regimen_library_view_activate_position (self, selected);
}

/**
 * regimen_library_view_focus_results:
 * @self: a #RegimenLibraryView
 *
 * Moves the keyboard focus to the selected result, at first the best
 * match, as Down in the search entry does.
 *
 * Returns: %TRUE when there was a result to focus
 */
gboolean
regimen_library_view_focus_results (RegimenLibraryView *self)
{
  g_autoptr(RegimenExercise) item = NULL;
  guint selected;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    return FALSE;

  selected = gtk_single_selection_get_selected (self->selection);
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;

  /* Scrolled into view first, so the list has a widget for it. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", selected);
  item = g_list_model_get_item (G_LIST_MODEL (self->filtered), selected);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (row != NULL && REGIMEN_IS_EXERCISE_ROW (row)
          && regimen_exercise_row_get_exercise (REGIMEN_EXERCISE_ROW (row)) == item)
        return gtk_widget_grab_focus (child);
    }

  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static gboolean
on_search_key_pressed (RegimenLibraryView    *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    return regimen_library_view_focus_results (self) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;

  return GDK_EVENT_PROPAGATE;
}

/* Up from the first result goes back to the search. */
static gboolean
on_list_key_pressed (RegimenLibraryView    *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  RegimenExerciseRow *row;
  g_autoptr(RegimenExercise) first = NULL;

  if ((keyval != GDK_KEY_Up && keyval != GDK_KEY_KP_Up)
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  row = regimen_library_view_get_focused_row (self);
  first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
  if (row == NULL || first == NULL || regimen_exercise_row_get_exercise (row) != first)
    return GDK_EVENT_PROPAGATE;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return GDK_EVENT_STOP;
}

/* Tab order: the search, its results, then the filters and the tools, so
 * the first result is one Tab away from the search. */
static gboolean
regimen_library_view_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);
  GtkWidget *order[5];
  GtkWidget *current;
  int n = G_N_ELEMENTS (order);
  int start = -1;
  int step;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (regimen_library_view_parent_class)->focus (widget, direction);

  order[0] = GTK_WIDGET (self->search_entry);
  order[1] = GTK_WIDGET (self->stack);
  order[2] = self->filter_grid;
  order[3] = self->tools_box;
  order[4] = self->resize_handle;
  step = direction == GTK_DIR_TAB_FORWARD ? 1 : -1;

  current = gtk_widget_get_focus_child (self->box);
  if (current == NULL && gtk_widget_has_focus (self->resize_handle))
    current = self->resize_handle;
  for (int i = 0; i < n; i++)
    {
      if (order[i] == current)
        start = i;
    }

  if (start >= 0)
    {
      /* Within a part first (the filter buttons are four stops). The
       * results are one stop: Up and Down move in them, and Tab would
       * otherwise walk every exercise of the library. */
      if (order[start] != self->resize_handle && order[start] != order[1]
          && gtk_widget_child_focus (order[start], direction))
        return TRUE;
      start += step;
    }
  else
    start = step > 0 ? 0 : n - 1;

  for (int i = start; i >= 0 && i < n; i += step)
    {
      if (!gtk_widget_get_visible (order[i]))
        continue;
      /* Into the results from either side: the chosen exercise, else the
       * first. */
      if (order[i] == order[1] ? regimen_library_view_focus_results (self)
          : order[i] == self->resize_handle ? gtk_widget_grab_focus (order[i])
          : gtk_widget_child_focus (order[i], direction))
        return TRUE;
    }

  return FALSE;
}

static void
on_filtered_items_changed (RegimenLibraryView *self,
                           guint               position,
                           guint               removed,
                           guint               added,
                           GListModel         *model)
{
  regimen_library_view_update_count (self);
}

static void
on_list_view_activate (RegimenLibraryView *self,
                       guint               position,
                       GtkListView        *list_view)
{
  regimen_library_view_activate_position (self, position);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  RegimenLibraryView       *self)
{
  gtk_list_item_set_child (list_item, regimen_exercise_row_new ());
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 RegimenLibraryView       *self)
{
  RegimenExerciseRow *row = REGIMEN_EXERCISE_ROW (gtk_list_item_get_child (list_item));

  regimen_exercise_row_set_exercise (row, gtk_list_item_get_item (list_item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   RegimenLibraryView       *self)
{
  RegimenExerciseRow *row = REGIMEN_EXERCISE_ROW (gtk_list_item_get_child (list_item));

  regimen_exercise_row_set_exercise (row, NULL);
}

static void
regimen_library_view_clear_filters_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);

  g_object_freeze_notify (G_OBJECT (self));
  regimen_library_view_set_category (self, NULL);
  regimen_library_view_set_level (self, 0);
  regimen_library_view_set_equipment (self, NULL);
  regimen_library_view_set_muscle (self, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
regimen_library_view_clear_search_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);

  regimen_library_view_clear_filters_action (widget, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
regimen_library_view_add_focused_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);
  RegimenExerciseRow *row = regimen_library_view_get_focused_row (self);
  g_autoptr(RegimenExercise) first = NULL;
  RegimenExercise *exercise = row != NULL ? regimen_exercise_row_get_exercise (row) : NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* From the search entry, Ctrl+1…7 add the first result: type a name,
   * press Ctrl+1, and the search is where the next name is typed. */
  if (exercise == NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))
      && *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    exercise = first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);

  if (exercise == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  gtk_widget_activate_action (widget,
                              g_str_equal (action_name, "library.add-focused-new")
                                ? "win.add-exercise-new-session" : "win.add-exercise",
                              "(si)",
                              regimen_exercise_get_id (exercise),
                              g_variant_get_int32 (parameter));
}

static void
regimen_library_view_context_menu_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  RegimenExerciseRow *row = regimen_library_view_get_focused_row (REGIMEN_LIBRARY_VIEW (widget));

  if (row != NULL)
    regimen_exercise_row_popup_menu (row, -1, -1);
}

/* Edit and Delete are offered only on custom rows; the checks here hold
 * for a target that names a built-in exercise all the same. */
static RegimenExercise *
lookup_custom (RegimenLibraryView *self,
               GVariant           *parameter)
{
  RegimenLibrary *library = regimen_library_view_get_library (self);
  RegimenExercise *exercise;

  if (library == NULL)
    return NULL;

  exercise = regimen_library_lookup (library, g_variant_get_string (parameter, NULL));
  if (exercise == NULL || !regimen_exercise_get_custom (exercise))
    return NULL;

  return exercise;
}

static void
regimen_library_view_edit_exercise_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);
  RegimenExercise *exercise = lookup_custom (self, parameter);
  RegimenExerciseEditor *editor;

  if (exercise == NULL)
    return;

  editor = regimen_exercise_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                        regimen_library_view_get_library (self), exercise);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
regimen_library_view_delete_exercise_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);
  RegimenExercise *exercise = lookup_custom (self, parameter);

  if (exercise != NULL)
    regimen_exercise_editor_confirm_delete (GTK_WINDOW (gtk_widget_get_root (widget)),
                                            regimen_library_view_get_library (self), exercise);
}

static int
get_resize_handle_width (RegimenLibraryView *self)
{
  int width;

  gtk_widget_measure (self->resize_handle, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);

  return width;
}

/* The box and the edge side by side, as a horizontal box would place
 * them, but for the box's width, asked at no height: its width does not
 * depend on its height, and GTK, asked a widget's width at a height,
 * asks for its least height at no width first, which the box answered
 * by asking every library row's name and details for theirs, a second
 * layout of each before the first frame.
 *
 * As wide as the person made it, or as it needs to be, whichever is more:
 * the names ellipsize, so the least it needs is small. */
static void
regimen_library_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);
  int handle_minimum;
  int handle_natural;

  gtk_widget_measure (self->resize_handle, orientation, -1, &handle_minimum, &handle_natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->box, orientation, -1, minimum, natural, NULL, NULL);
      *minimum += handle_minimum;
      *natural += handle_natural;
      if (self->sidebar_width > 0)
        *minimum = *natural = MAX (*minimum, self->sidebar_width);
      return;
    }

  if (for_size >= 0)
    for_size = MAX (0, for_size - get_resize_handle_width (self));
  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
  *minimum = MAX (*minimum, handle_minimum);
  *natural = MAX (*natural, handle_natural);
}

/* The edge at the end of the library, the box in the rest. */
static void
allocate_children (RegimenLibraryView *self,
                   int                 width,
                   int                 height)
{
  int handle_width = MIN (get_resize_handle_width (self), width);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  gtk_widget_size_allocate (self->box,
                            &(GtkAllocation) { rtl ? handle_width : 0, 0, width - handle_width, height }, -1);
  gtk_widget_size_allocate (self->resize_handle,
                            &(GtkAllocation) { rtl ? 0 : width - handle_width, 0, handle_width, height }, -1);
}

static void
regimen_library_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);

  /* AdwFlap allocates its flap even while it hides it (folded away, or
   * giving way to the check): the list would make and lay out the rows
   * of a place no frame shows, 40 M instructions of a start with the
   * check shown. They are laid out when the library is mapped again,
   * before the frame that shows it. */
  if (!gtk_widget_get_child_visible (widget))
    {
      self->allocation_skipped = TRUE;
      return;
    }

  self->allocation_skipped = FALSE;
  allocate_children (self, width, height);

  /* The first allocation says how tall the list is: the rows it can show
   * are built now and laid out with it, before the first frame is drawn,
   * where measuring what stands above the list beforehand (the header
   * bar, the search entry, the filters, at no width) did most of this
   * layout's work a second time. */
  if (self->rows_await_allocation)
    {
      int list_height = gtk_widget_get_height (GTK_WIDGET (self->stack));

      self->rows_await_allocation = FALSE;
      if (gtk_slice_list_model_get_size (self->shown) == 0 && list_height > 0)
        {
          gtk_slice_list_model_set_size (self->shown, (guint) list_height / ROW_MIN_HEIGHT + 1);
          allocate_children (self, width, height);
        }
    }
}

static void
on_resize_drag_begin (RegimenLibraryView *self,
                      double              x,
                      double              y,
                      GtkGestureDrag     *gesture)
{
  self->drag_start_width = gtk_widget_get_width (GTK_WIDGET (self));
}

static void
on_resize_drag_update (RegimenLibraryView *self,
                       double              offset_x,
                       double              offset_y,
                       GtkGestureDrag     *gesture)
{
  /* The library is at the start of the window: its end edge follows the
   * pointer. */
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    offset_x = -offset_x;

  regimen_library_view_set_sidebar_width (self, self->drag_start_width + (int) offset_x);
}

static gboolean
on_resize_key_pressed (RegimenLibraryView    *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  int width = self->sidebar_width > 0 ? self->sidebar_width : gtk_widget_get_width (GTK_WIDGET (self));
  int step = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -WIDTH_STEP : WIDTH_STEP;

  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    regimen_library_view_set_sidebar_width (self, width + step);
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    regimen_library_view_set_sidebar_width (self, width - step);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static void on_first_frame_painted (RegimenLibraryView *self,
                                    GdkFrameClock      *clock);

static void
regimen_library_view_stop_waiting_for_frame (RegimenLibraryView *self)
{
  if (self->first_frame_clock == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->first_frame_clock, on_first_frame_painted, self);
  g_clear_object (&self->first_frame_clock);
}

/* The rows beyond the first frame's are built once it has been drawn. */
static void
regimen_library_view_show_all_rows (RegimenLibraryView *self)
{
  regimen_library_view_stop_waiting_for_frame (self);
  g_clear_handle_id (&self->all_rows_source, g_source_remove);
  if (gtk_slice_list_model_get_size (self->shown) != G_MAXUINT)
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static gboolean
on_all_rows_idle (gpointer user_data)
{
  RegimenLibraryView *self = user_data;

  self->all_rows_source = 0;
  regimen_library_view_show_all_rows (self);

  return G_SOURCE_REMOVE;
}

/* Not in the frame's own after-paint: the frame is done, what follows
 * comes after it. */
static void
on_first_frame_painted (RegimenLibraryView *self,
                        GdkFrameClock      *clock)
{
  regimen_library_view_stop_waiting_for_frame (self);
  if (self->all_rows_source == 0)
    self->all_rows_source = g_idle_add (on_all_rows_idle, self);
}

/* Called before the list fills: no row until the view's first allocation
 * (regimen_library_view_size_allocate()), which builds as many as the
 * list's place can show; all of them once the first frame is drawn. */
static void
regimen_library_view_limit_rows_to_first_frame (RegimenLibraryView *self)
{
  if (gtk_slice_list_model_get_size (self->shown) != G_MAXUINT || gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  gtk_slice_list_model_set_size (self->shown, 0);
  self->rows_await_allocation = TRUE;
}

static void
regimen_library_view_map (GtkWidget *widget)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);

  GTK_WIDGET_CLASS (regimen_library_view_parent_class)->map (widget);

  if (self->allocation_skipped)
    gtk_widget_queue_allocate (widget);

  if (gtk_slice_list_model_get_size (self->shown) == G_MAXUINT || self->first_frame_clock != NULL)
    return;

  self->first_frame_clock = gtk_widget_get_frame_clock (widget);
  if (self->first_frame_clock == NULL)
    {
      regimen_library_view_show_all_rows (self);
      return;
    }

  g_object_ref (self->first_frame_clock);
  g_signal_connect_object (self->first_frame_clock, "after-paint", G_CALLBACK (on_first_frame_painted), self,
                           G_CONNECT_SWAPPED);
}

static void
regimen_library_view_unmap (GtkWidget *widget)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (widget);

  regimen_library_view_stop_waiting_for_frame (self);

  GTK_WIDGET_CLASS (regimen_library_view_parent_class)->unmap (widget);
}

static void
regimen_library_view_dispose (GObject *object)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_LIBRARY_VIEW);
  /* Any child the template did not bind. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  regimen_library_view_stop_waiting_for_frame (self);
  g_clear_handle_id (&self->all_rows_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->search);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (regimen_library_view_parent_class)->dispose (object);
}

static void
regimen_library_view_finalize (GObject *object)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);

  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->equipment, g_free);
  g_clear_pointer (&self->muscle, g_free);

  G_OBJECT_CLASS (regimen_library_view_parent_class)->finalize (object);
}

static void
regimen_library_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    case PROP_EQUIPMENT:
      g_value_set_string (value, self->equipment);
      break;

    case PROP_MUSCLE:
      g_value_set_string (value, self->muscle);
      break;

    case PROP_SIDEBAR_WIDTH:
      g_value_set_int (value, self->sidebar_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_library_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RegimenLibraryView *self = REGIMEN_LIBRARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      regimen_library_view_set_library (self, g_value_get_object (value));
      break;

    case PROP_CATEGORY:
      regimen_library_view_set_category (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      regimen_library_view_set_level (self, g_value_get_uint (value));
      break;

    case PROP_EQUIPMENT:
      regimen_library_view_set_equipment (self, g_value_get_string (value));
      break;

    case PROP_MUSCLE:
      regimen_library_view_set_muscle (self, g_value_get_string (value));
      break;

    case PROP_SIDEBAR_WIDTH:
      regimen_library_view_set_sidebar_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_library_view_class_init (RegimenLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = regimen_library_view_dispose;
  object_class->finalize = regimen_library_view_finalize;
  object_class->get_property = regimen_library_view_get_property;
  object_class->set_property = regimen_library_view_set_property;

  widget_class->focus = regimen_library_view_focus;
  widget_class->measure = regimen_library_view_measure;
  widget_class->map = regimen_library_view_map;
  widget_class->unmap = regimen_library_view_unmap;
  widget_class->size_allocate = regimen_library_view_size_allocate;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         REGIMEN_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The filters are properties so that each is a stateful action the
   * filter menus show as radio items. */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL,
                       0, MAX_LEVEL, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EQUIPMENT] =
    g_param_spec_string ("equipment", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MUSCLE] =
    g_param_spec_string ("muscle", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The width a person dragged the library to; 0 for its natural width.
   * The window keeps it in GSettings. */
  properties[PROP_SIDEBAR_WIDTH] =
    g_param_spec_int ("sidebar-width", NULL, NULL,
                      0, MAX_WIDTH, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, resize_handle);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, new_exercise_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, box);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, tools_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, sort_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, category_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, level_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, equipment_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, muscle_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, RegimenLibraryView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);

  gtk_widget_class_install_property_action (widget_class, "library.category", "category");
  gtk_widget_class_install_property_action (widget_class, "library.level", "level");
  gtk_widget_class_install_property_action (widget_class, "library.equipment", "equipment");
  gtk_widget_class_install_property_action (widget_class, "library.muscle", "muscle");
  gtk_widget_class_install_action (widget_class, "library.clear-filters", NULL,
                                   regimen_library_view_clear_filters_action);
  gtk_widget_class_install_action (widget_class, "library.clear-search", NULL,
                                   regimen_library_view_clear_search_action);
  gtk_widget_class_install_action (widget_class, "library.add-focused", "i",
                                   regimen_library_view_add_focused_action);
  gtk_widget_class_install_action (widget_class, "library.add-focused-new", "i",
                                   regimen_library_view_add_focused_action);
  gtk_widget_class_install_action (widget_class, "library.context-menu", NULL,
                                   regimen_library_view_context_menu_action);
  gtk_widget_class_install_action (widget_class, "library.edit-exercise", "s",
                                   regimen_library_view_edit_exercise_action);
  gtk_widget_class_install_action (widget_class, "library.delete-exercise", "s",
                                   regimen_library_view_delete_exercise_action);

  /* Ctrl+1 … Ctrl+7 add the focused exercise to Monday … Sunday (to the
   * target session when it is on that day), Alt+1 … 7 to a new session
   * there (Shift would turn the digit into another key on most layouts). They are bindings of the library, not application
   * accelerators, because only a focused exercise gives them something to
   * add. */
  for (guint day = 0; day < REGIMEN_DAYS_PER_WEEK; day++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + day, GDK_ALT_MASK,
                                           "library.add-focused-new", "i", (int) day);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + day, GDK_ALT_MASK,
                                           "library.add-focused-new", "i", (int) day);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + day, GDK_CONTROL_MASK,
                                           "library.add-focused", "i", (int) day);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + day, GDK_CONTROL_MASK,
                                           "library.add-focused", "i", (int) day);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "library.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "library.context-menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "libraryview");
}

static void
regimen_library_view_init (RegimenLibraryView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *keys;
  GtkGesture *drag;

  self->category = g_strdup ("");
  self->equipment = g_strdup ("");
  self->muscle = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not the template's tooltip-text: each would ask the X server where
   * the pointer is at every start (regimen_widget_set_tooltip_when_asked()).
   * The handle's description is its keys, not its tooltip. */
  regimen_widget_set_tooltip_when_asked (self->new_exercise_button, _("New Exercise…"));
  regimen_widget_set_tooltip_when_asked (self->resize_handle, _("Drag to widen or narrow the library"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->resize_handle),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Left and Right arrow keys change the width"),
                                  -1);

  self->filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_factory_unbind), self, 0);

  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_factory (self->list_view, factory);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "regimen-search-keys");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  drag = gtk_gesture_drag_new ();
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_resize_drag_begin), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_resize_drag_update), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->resize_handle, GTK_EVENT_CONTROLLER (drag));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "regimen-resize-keys");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_resize_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->resize_handle, keys);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "regimen-list-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_list_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  regimen_library_view_set_up_filter_menus (self);
  regimen_library_view_update_filter_buttons (self);
  regimen_library_view_update_count (self);
}

GtkWidget *
regimen_library_view_new (void)
{
  return g_object_new (REGIMEN_TYPE_LIBRARY_VIEW, NULL);
}

RegimenLibrary *
regimen_library_view_get_library (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return self->library;
}

void
regimen_library_view_set_library (RegimenLibraryView *self,
                                  RegimenLibrary     *library)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));
  g_return_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  g_clear_object (&self->search);
  if (library != NULL)
    {
      self->search = regimen_library_search_new (library);
      regimen_library_search_set_query (self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
    }
  regimen_library_view_limit_rows_to_first_frame (self);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->search));
  regimen_library_view_forget_filter_menus (self);
  regimen_library_view_update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

/**
 * regimen_library_view_get_search_entry:
 * @self: a #RegimenLibraryView
 *
 * Returns: (transfer none): the search entry, for the window to pass
 *   typing and Ctrl+F to
 */
GtkSearchEntry *
regimen_library_view_get_search_entry (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return self->search_entry;
}

/**
 * regimen_library_view_get_n_shown:
 * @self: a #RegimenLibraryView
 *
 * Returns: how many exercises pass the search and the filters
 */
guint
regimen_library_view_get_n_shown (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

const char *
regimen_library_view_get_category (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return self->category;
}

/**
 * regimen_library_view_set_category:
 * @self: a #RegimenLibraryView
 * @category_id: (nullable): a category id such as "strength", or %NULL or
 *   "" for any category
 */
void
regimen_library_view_set_category (RegimenLibraryView *self,
                                   const char         *category_id)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));

  if (replace_filter (&self->category, category_id))
    {
      regimen_library_view_refilter (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
    }
}

guint
regimen_library_view_get_level (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), 0);

  return self->level;
}

/**
 * regimen_library_view_set_level:
 * @self: a #RegimenLibraryView
 * @level: a level from 1 to 4, or 0 for any level
 */
void
regimen_library_view_set_level (RegimenLibraryView *self,
                                guint               level)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));
  g_return_if_fail (level <= MAX_LEVEL);

  if (self->level != level)
    {
      self->level = level;
      regimen_library_view_refilter (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
    }
}

const char *
regimen_library_view_get_equipment (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return self->equipment;
}

/**
 * regimen_library_view_set_equipment:
 * @self: a #RegimenLibraryView
 * @equipment_id: (nullable): an equipment id, or %NULL or "" for any
 */
void
regimen_library_view_set_equipment (RegimenLibraryView *self,
                                    const char         *equipment_id)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));

  if (replace_filter (&self->equipment, equipment_id))
    {
      regimen_library_view_refilter (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUIPMENT]);
    }
}

const char *
regimen_library_view_get_muscle (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return self->muscle;
}

/**
 * regimen_library_view_set_muscle:
 * @self: a #RegimenLibraryView
 * @muscle_id: (nullable): a muscle group id; an exercise passes when it
 *   works the group as a primary or secondary muscle. %NULL or "" for any
 */
void
regimen_library_view_set_muscle (RegimenLibraryView *self,
                                 const char         *muscle_id)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));

  if (replace_filter (&self->muscle, muscle_id))
    {
      regimen_library_view_refilter (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLE]);
    }
}

/**
 * regimen_library_view_get_selected:
 * @self: a #RegimenLibraryView
 *
 * Returns: (transfer none) (nullable): the selected exercise, which Enter
 *   in the search entry acts on
 */
RegimenExercise *
regimen_library_view_get_selected (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * regimen_library_view_reveal_exercise:
 * @self: a #RegimenLibraryView
 * @exercise_id: the id of an exercise of the library
 *
 * Clears the search and the filters when they hide the exercise, then
 * selects it and scrolls it into view, as after a new custom exercise is
 * saved.
 *
 * Returns: %TRUE when the exercise is in the list
 */
gboolean
regimen_library_view_reveal_exercise (RegimenLibraryView *self,
                                      const char         *exercise_id)
{
  guint n;

  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  regimen_library_view_show_all_rows (self);
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RegimenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

          if (g_str_equal (regimen_exercise_get_id (exercise), exercise_id))
            {
              gtk_single_selection_set_selected (self->selection, i);
              gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
              return TRUE;
            }
        }

      /* Hidden by the search or a filter: show everything. */
      regimen_library_view_clear_filters_action (GTK_WIDGET (self), NULL, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      on_search_entry_search_changed (self, self->search_entry);
    }

  return FALSE;
}

static gboolean
on_capture_key_pressed (RegimenLibraryView    *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gunichar c = gdk_keyval_to_unicode (keyval);
  char text[8] = { 0 };

  /* Shortcuts, and keys that type nothing (Shift+F10, Delete, arrows,
   * Enter, space), stay with the focused widget. */
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0
      || c == 0 || !g_unichar_isgraph (c))
    return GDK_EVENT_PROPAGATE;

  /* Typing into a field stays in the field. */
  if (focus != NULL
      && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus)
          || gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE) != NULL))
    return GDK_EVENT_PROPAGATE;

  g_unichar_to_utf8 (c, text);

  /* The window's search action also shows a hidden library. */
  if (!gtk_widget_activate_action (widget, "win.search", NULL))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);

  return GDK_EVENT_STOP;
}

/**
 * regimen_library_view_capture_typing:
 * @self: a #RegimenLibraryView
 * @widget: where typing starts a search, usually the window
 *
 * A letter typed while the focus is anywhere in @widget but in a text
 * field starts a new search with it. Keys that type nothing, and keys
 * with Ctrl or Alt, are left alone, so Shift+F10 still opens the focused
 * widget's menu and shortcuts still work.
 */
void
regimen_library_view_capture_typing (RegimenLibraryView *self,
                                     GtkWidget          *widget)
{
  GtkEventController *keys;

  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (keys, "regimen-library-typing");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_capture_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, keys);
}

int
regimen_library_view_get_sidebar_width (RegimenLibraryView *self)
{
  g_return_val_if_fail (REGIMEN_IS_LIBRARY_VIEW (self), 0);

  return self->sidebar_width;
}

/**
 * regimen_library_view_set_sidebar_width:
 * @self: a #RegimenLibraryView
 * @width: the width in pixels, kept between 280 and 720, or 0 for the
 *   library's natural width
 *
 * What dragging the library's edge, or the arrow keys on it, set.
 */
void
regimen_library_view_set_sidebar_width (RegimenLibraryView *self,
                                        int                 width)
{
  g_return_if_fail (REGIMEN_IS_LIBRARY_VIEW (self));

  if (width != 0)
    width = CLAMP (width, MIN_WIDTH, MAX_WIDTH);

  if (self->sidebar_width == width)
    return;

  self->sidebar_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_WIDTH]);
}
