/* regimen-widget-util.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "regimen-widget-util"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <sys/stat.h>

#include "regimen-application.h"
#include "regimen-core.h"
#include "regimen-figure.h"
#include "regimen-picture-import.h"
#include "regimen-widget-util.h"

/**
 * regimen_box_sync_children:
 * @box: a box with one child per item of @model
 * @model: the model that changed
 * @position: @model's items-changed position
 * @removed: how many children to remove there
 * @added: how many items to make children for there
 * @create_child: makes the child of an item
 * @user_data: passed to @create_child
 *
 * Follows one items-changed of @model, touching only the children it
 * names, so the rest of the box keeps its widgets and their state.
 */
void
regimen_box_sync_children (GtkBox                 *box,
                           GListModel             *model,
                           guint                   position,
                           guint                   removed,
                           guint                   added,
                           RegimenCreateChildFunc  create_child,
                           gpointer                user_data)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
  GtkWidget *before = NULL;

  for (guint i = 0; i < position && child != NULL; i++)
    {
      before = child;
      child = gtk_widget_get_next_sibling (child);
    }

  for (guint i = 0; i < removed && child != NULL; i++)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (box, child);
      child = next;
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);
      GtkWidget *created = create_child (item, user_data);

      gtk_box_insert_child_after (box, created, before);
      before = created;
    }
}

/**
 * regimen_widget_set_css_class:
 * @widget: a widget
 * @css_class: a style class
 * @present: whether @widget should have it
 *
 * Adds or removes @css_class only when that changes something. Taking a
 * class off and putting it back restyles the widget and everything in it
 * for nothing.
 */
void
regimen_widget_set_css_class (GtkWidget  *widget,
                              const char *css_class,
                              gboolean    present)
{
  if (gtk_widget_has_css_class (widget, css_class) == !!present)
    return;

  if (present)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* The words of a tooltip given when asked for. */
static GQuark
tooltip_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("regimen-tooltip-when-asked");
  return quark;
}

/* A tooltip's lines, as wide as GTK's own (GtkTooltipWindow), and how
 * many it shows at the most. */
#define TOOLTIP_WIDTH_CHARS 50
#define TOOLTIP_MAX_LINES   8

/**
 * regimen_tooltip_set_text:
 * @tooltip: the tooltip asked for
 * @text: (nullable): its words
 *
 * As gtk_tooltip_set_text(), in lines as wide as GTK's, but a word wider
 * than a line is broken and the tooltip ends with “…” after
 * %TOOLTIP_MAX_LINES lines: GTK breaks lines between words only, and an
 * exercise named in one word of a thousand letters made a tooltip
 * 13,000 pixels wide, far past the screen. The whole text stays where
 * it is edited.
 */
void
regimen_tooltip_set_text (GtkTooltip *tooltip,
                          const char *text)
{
  GtkWidget *label;

  g_return_if_fail (GTK_IS_TOOLTIP (tooltip));

  /* GTK's own label is laid out as this one for a short text. */
  if (text == NULL || g_utf8_strlen (text, -1) <= TOOLTIP_WIDTH_CHARS)
    {
      gtk_tooltip_set_text (tooltip, text);
      return;
    }

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), TOOLTIP_WIDTH_CHARS);
  gtk_label_set_lines (GTK_LABEL (label), TOOLTIP_MAX_LINES);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_tooltip_set_custom (tooltip, label);
}

static gboolean
on_query_tooltip_when_asked (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip,
                             gpointer    user_data)
{
  const char *text = regimen_widget_get_tooltip_when_asked (widget);

  regimen_tooltip_set_text (tooltip, text);
  return text != NULL;
}

/**
 * regimen_widget_set_tooltip_when_asked:
 * @widget: a widget
 * @text: (nullable): its tooltip, or %NULL (or "") for none
 *
 * Gives @widget the tooltip @text, and screen readers the same words as
 * its description, as gtk_widget_set_tooltip_text() does, but hands the
 * words to GTK only when it asks for them (#GtkWidget::query-tooltip): in
 * GTK 4.8 setting a tooltip on a shown widget asks the X server where the
 * pointer is, a round trip for each label of a week being built.
 */
void
regimen_widget_set_tooltip_when_asked (GtkWidget  *widget,
                                       const char *text)
{
  gboolean has = text != NULL && *text != '\0';

  if (g_strcmp0 (regimen_widget_get_tooltip_when_asked (widget), has ? text : NULL) == 0)
    return;

  g_object_set_qdata_full (G_OBJECT (widget), tooltip_quark (), has ? g_strdup (text) : NULL, g_free);
  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_query_tooltip_when_asked, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_when_asked), NULL);
  gtk_widget_set_has_tooltip (widget, has);

  if (has)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/**
 * regimen_widget_get_tooltip_when_asked:
 * @widget: a widget
 *
 * Returns: (nullable): the tooltip regimen_widget_set_tooltip_when_asked()
 *   gave @widget
 */
const char *
regimen_widget_get_tooltip_when_asked (GtkWidget *widget)
{
  return g_object_get_qdata (G_OBJECT (widget), tooltip_quark ());
}

/* The font options every cairo surface GTK 4.8 draws text on adds of its
 * own to the widget's, and nothing else: an image surface's options (the
 * window's under the cairo renderer, the glyphs' under the GL renderer,
 * which draws them into images) with those the settings decide taken out.
 * What is left is cairo's rounding of glyph positions, which no public
 * call sets. */
static const cairo_font_options_t *
drawn_font_options (void)
{
  static cairo_font_options_t *options;

  if (options == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);

      options = cairo_font_options_create ();
      cairo_surface_get_font_options (surface, options);
      cairo_surface_destroy (surface);
      cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_DEFAULT);
      cairo_font_options_set_subpixel_order (options, CAIRO_SUBPIXEL_ORDER_DEFAULT);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_DEFAULT);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_DEFAULT);
    }

  return options;
}

/**
 * regimen_widget_measure_text_as_drawn:
 * @widget: a widget whose text is not laid out yet
 *
 * Makes @widget and every widget under it lay out their text with the
 * cairo font it is drawn with. GTK 4.8 measures a widget's text with a
 * font of the settings' options, and the surface it is drawn on adds
 * its own rounding of glyph positions to them: cairo then draws with a
 * second font, whose glyphs FreeType loads and hints again, metrics and
 * all. Given that one option beforehand, the font Pango measures with
 * is the one cairo draws with; the settings' options (hinting,
 * antialiasing) are kept, so what is drawn does not change. Call it
 * before the widgets are first measured: a widget given other options
 * after its text is laid out lays it out again.
 */
void
regimen_widget_measure_text_as_drawn (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_font_options (widget) == NULL)
    gtk_widget_set_font_options (widget, drawn_font_options ());

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    regimen_widget_measure_text_as_drawn (child);
}

/**
 * regimen_box_rebind_children:
 * @box: a box with one child per item of what it showed
 * @model: what it is to show now
 * @rebind_child: makes a child show another item
 * @create_child: makes the child of an item
 * @user_data: passed to @rebind_child and @create_child
 *
 * Shows @model in @box, its children kept and made to show @model's items
 * in turn, children made only for items beyond them and removed only when
 * @model has fewer items: another week's sessions reuse the cards of the
 * week shown before, instead of building every card and row again.
 */
void
regimen_box_rebind_children (GtkBox                 *box,
                             GListModel             *model,
                             RegimenRebindChildFunc  rebind_child,
                             RegimenCreateChildFunc  create_child,
                             gpointer                user_data)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
  GtkWidget *before = NULL;
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (child != NULL && rebind_child (child, item, user_data))
        {
          before = child;
          child = gtk_widget_get_next_sibling (child);
          continue;
        }

      if (child != NULL)
        {
          GtkWidget *next = gtk_widget_get_next_sibling (child);

          gtk_box_remove (box, child);
          child = next;
        }

      {
        GtkWidget *created = create_child (item, user_data);

        gtk_box_insert_child_after (box, created, before);
        before = created;
      }
    }

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (box, child);
      child = next;
    }
}

/**
 * regimen_widget_class_add_editing_bindings:
 * @widget_class: a class with PREFIX.edit, PREFIX.delete and
 *   PREFIX.move(i) actions, the latter taking a #RegimenShift
 * @prefix: the actions' prefix
 *
 * The same keys edit, remove and move sessions and exercises: Enter or
 * Space edits, Delete removes, Alt+Shift+Left/Right moves to the previous
 * or next day and Alt+Shift+Up/Down moves up or down.
 */
void
regimen_widget_class_add_editing_bindings (GtkWidgetClass *widget_class,
                                           const char     *prefix)
{
  g_autofree char *edit = g_strconcat (prefix, ".edit", NULL);
  g_autofree char *delete = g_strconcat (prefix, ".delete", NULL);
  g_autofree char *move = g_strconcat (prefix, ".move", NULL);
  const GdkModifierType moving = GDK_ALT_MASK | GDK_SHIFT_MASK;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, edit, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, edit, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, edit, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, delete, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, moving, move, "i", REGIMEN_SHIFT_EARLIER_DAY);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, moving, move, "i", REGIMEN_SHIFT_LATER_DAY);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, moving, move, "i", REGIMEN_SHIFT_UP);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, moving, move, "i", REGIMEN_SHIFT_DOWN);
}

/**
 * regimen_offer_undo:
 * @root: (nullable): the window a delete happened in, taken before the
 *   widget that deleted went away
 * @what: the name of what was removed
 *
 * Shows the toast that says what a delete removed, with its Undo button.
 */
/* A button with a mnemonic is named once, by its label's text: a
 * button's label names it through the mnemonic, so its own name goes; a
 * check button's label does not, so its name becomes the text as shown,
 * without the underline. */
static void
name_mnemonic_button_once (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      if (gtk_button_get_use_underline (GTK_BUTTON (widget)) && gtk_button_get_label (GTK_BUTTON (widget)))
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
  else if (GTK_IS_CHECK_BUTTON (widget)
           && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget))
           && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LABEL (child))
          gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          gtk_label_get_text (GTK_LABEL (child)), -1);
    }
}

/**
 * regimen_name_mnemonic_button:
 * @widget: a button or check button
 *
 * Names @widget once, by its visible text, as regimen_accessible_names_fix()
 * does when it shows: for a button whose label changes while it shows
 * (GTK 4.8 gives it the label as written again, underline and all).
 */
void
regimen_name_mnemonic_button (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  name_mnemonic_button_once (widget);
}

/* The drop-down's button named by the label of the drop-down and the
 * choice it shows, as the choice changes. */
static void
on_drop_down_selected_item (GtkDropDown *drop_down,
                            GParamSpec  *pspec,
                            GtkLabel    *label)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
  gpointer choice = gtk_drop_down_get_selected_item (drop_down);
  g_autofree char *name = NULL;

  if (!GTK_IS_TOGGLE_BUTTON (button))
    return;

  if (GTK_IS_STRING_OBJECT (choice))
    /* Translators: the name a screen reader says of a drop-down's button:
     * the field and its choice, “Status: Skipped” */
    name = g_strdup_printf (C_("drop-down", "%s: %s"), gtk_label_get_text (label),
                            gtk_string_object_get_string (choice));
  else
    name = g_strdup (gtk_label_get_text (label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * regimen_drop_down_name_button:
 * @drop_down: a #GtkDropDown of strings with a mnemonic label
 *
 * GTK 4.8 puts a toggle button inside a drop-down, which takes the focus
 * for it, and gives that button no name: Tab onto a log's status or an
 * exercise's progression rule, and a screen reader said “GtkToggleButton,
 * push button”, the drop-down's own name never reaching it. The button
 * is named by the drop-down's mnemonic label and the choice it shows,
 * “Status: Skipped”, and renamed as the choice changes.
 */
void
regimen_drop_down_name_button (GtkDropDown *drop_down)
{
  GList *labels;

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (drop_down));
  g_return_if_fail (labels != NULL && GTK_IS_LABEL (labels->data));

  g_signal_connect_object (drop_down, "notify::selected-item", G_CALLBACK (on_drop_down_selected_item),
                           labels->data, 0);
  on_drop_down_selected_item (drop_down, NULL, labels->data);
  g_list_free (labels);
}

static void
name_mnemonic_buttons_below (GtkWidget *widget)
{
  name_mnemonic_button_once (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_mnemonic_buttons_below (child);
}

/* A window or popover shown: all its buttons, those not mapped too (a
 * message dialog keeps a second row of its responses for narrow sizes). */
static gboolean
on_widget_show (GSignalInvocationHint *hint,
                guint                  n_param_values,
                const GValue          *param_values,
                gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&param_values[0]);

  if (GTK_IS_NATIVE (widget))
    name_mnemonic_buttons_below (widget);

  return TRUE;
}

static void
append_label_texts (GtkWidget *widget,
                    GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && gtk_label_get_text (GTK_LABEL (child))[0] != '\0')
        {
          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
        }
      append_label_texts (child, text);
    }
}

/* GTK 4.8 leaves the rows of a drop-down's list (GtkDropDown,
 * AdwComboRow) without a name: a screen reader says "list item" and
 * nothing. A row shown is named by its text. */
static void
name_drop_down_row (GtkWidget *widget)
{
  g_autoptr(GString) text = NULL;

  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) != GTK_ACCESSIBLE_ROLE_LIST_ITEM
      || (gtk_widget_get_ancestor (widget, GTK_TYPE_DROP_DOWN) == NULL
          && gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW) == NULL))
    return;

  text = g_string_new (NULL);
  append_label_texts (widget, text);
  if (text->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
}

/* A button that appears later, or whose label changed while hidden; a
 * drop-down's row as its list shows. */
static gboolean
on_widget_map (GSignalInvocationHint *hint,
               guint                  n_param_values,
               const GValue          *param_values,
               gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&param_values[0]);

  name_mnemonic_button_once (widget);
  name_drop_down_row (widget);

  return TRUE;
}

/**
 * regimen_accessible_names_fix:
 *
 * GTK 4.8 names a button with a mnemonic twice over: by its label as
 * written, underscore and all, and by the label inside it, which the
 * mnemonic makes the button's labelling widget: "_Cancel Cancel" (every
 * response of a message dialog, every "_Save"). From now on every such
 * button (and check button) keeps only the second, its visible text,
 * when its window or popover shows and when it is mapped. A button that
 * needs more words says them in its description. The rows of a
 * drop-down's list, which GTK 4.8 leaves without a name, are named by
 * their text as they show.
 */
void
regimen_accessible_names_fix (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The class makes the signals exist; GTK keeps its classes. */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_BUTTON));
      g_signal_add_emission_hook (g_signal_lookup ("show", GTK_TYPE_WIDGET), 0, on_widget_show, NULL, NULL);
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_widget_map, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}

/* Whether @uri, a valid URI, names a file GIO can read: a file: URI
 * whose path spells a character no file name can hold (%00 for a NUL)
 * is none, and reading it said “Operation not supported” at start-up,
 * where the plan of last time is reopened, which told the person
 * nothing to do; no file was ever saved there. */
static gboolean
names_a_file (const char *uri)
{
  g_autofree char *path = NULL;
  g_autofree char *scheme = g_uri_parse_scheme (uri);

  if (g_ascii_strcasecmp (scheme, "file") != 0)
    return TRUE;

  /* Another computer's (`file://nas/…`): GLib drops the host, and the
   * plan at the same path here was listed, opened and reopened at start,
   * where the command line refuses such an address. */
  if (regimen_file_uri_names_other_host (uri))
    return FALSE;

  path = g_filename_from_uri (uri, NULL, NULL);
  return path != NULL;
}

/**
 * regimen_recent_plans_get:
 * @settings: the application's settings
 *
 * The plans of @settings' “recent-plans” that Regimen can open, newest
 * first, each once, at most %REGIMEN_MAX_RECENT_PLANS: the key may hold
 * what another program or a hand wrote there (an empty entry or a path
 * showed as a blank “Open Recent” item and opened nothing; 20,000 plans
 * made the main menu take minutes to open). A file: URI that names no
 * file (names_a_file()) is left out too.
 *
 * Returns: (transfer full): URIs of files
 */
char **
regimen_recent_plans_get (GSettings *settings)
{
  g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-plans");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (guint i = 0; recent[i] != NULL && n < REGIMEN_MAX_RECENT_PLANS; i++)
    {
      if (!g_uri_is_valid (recent[i], G_URI_FLAGS_ENCODED, NULL) ||
          g_str_has_suffix (recent[i], "/") ||
          !names_a_file (recent[i]) ||
          !g_hash_table_add (seen, recent[i]))
        continue;
      g_strv_builder_add (builder, recent[i]);
      n++;
    }

  return g_strv_builder_end (builder);
}

void
regimen_offer_undo (GtkRoot    *root,
                    const char *what)
{
  g_autofree char *message = NULL;

  if (root == NULL)
    return;

  /* Translators: a toast after a delete, with an Undo button, “Removed Push-Up” */
  message = g_strdup_printf (_("Removed %s"), what);
  gtk_widget_activate_action (GTK_WIDGET (root), "win.undo-toast", "s", message);
}

/**
 * regimen_picture_texture_load:
 * @path: a custom exercise's stored picture
 * @error: return location for a #GError
 *
 * Decodes the picture Regimen keeps for a custom exercise, held to the
 * limits of an import (regimen_picture_load_scaled()): only a regular
 * file is read, so a named pipe in its place cannot hold the caller up,
 * and it is scaled down to %REGIMEN_PICTURE_STORED_MAX_SIDE pixels a side
 * as it is decoded, so a huge picture left in the folder (by an older
 * Regimen, a backup, another machine) cannot take gigabytes.
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL with @error
 *   set
 */
GdkTexture *
regimen_picture_texture_load (const char  *path,
                              GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  pixbuf = regimen_picture_load_scaled (file, REGIMEN_PICTURE_STORED_MAX_SIDE, error);
  if (pixbuf == NULL)
    return NULL;

  return gdk_texture_new_for_pixbuf (pixbuf);
}

/* Decodes the picture at @path into an image surface, or NULL when it
 * cannot be read. Runs on a worker. */
static cairo_surface_t *
load_picture_surface (const char *path)
{
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;

  texture = regimen_picture_texture_load (path, NULL);
  if (texture == NULL)
    return NULL;

  /* gdk_texture_download() writes cairo's ARGB32 layout. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        gdk_texture_get_width (texture),
                                        gdk_texture_get_height (texture));
  gdk_texture_download (texture, cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  return surface;
}

/* A thumbnail's picture as it was decoded from a file, which is known by
 * its place and its state then: a picture saved again under the same
 * name (the atomic writer's new file) is decoded again. */
typedef struct
{
  char            *path;
  dev_t            dev;
  ino_t            ino;
  gint64           mtime_nsec;
  goffset          size;
  cairo_surface_t *surface;
} DecodedPicture;

/* Enough for a screenful of rows; each is at most 1024 × 1024 pixels
 * (4 MiB). */
#define DECODED_PICTURES_MAX 16

static GMutex decoded_lock;
/* The most recently used first. */
static GQueue decoded_pictures = G_QUEUE_INIT;
static guint n_pictures_decoded;

static void
decoded_picture_free (DecodedPicture *decoded)
{
  g_free (decoded->path);
  cairo_surface_destroy (decoded->surface);
  g_free (decoded);
}

static gint64
stat_mtime_nsec (const struct stat *st)
{
  return (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec;
}

static gboolean
is_decoded_from (const DecodedPicture *decoded,
                 const char           *path,
                 const struct stat    *st)
{
  return g_str_equal (decoded->path, path) && decoded->dev == st->st_dev && decoded->ino == st->st_ino &&
         decoded->mtime_nsec == stat_mtime_nsec (st) &&
         decoded->size == st->st_size;
}

/* The picture at @path, decoded once for every row that shows it: the
 * library's rows and the week's item rows each asked for their own, and
 * a picture of 8192 × 8192 pixels (within an import's limits, 200 KB as
 * a PNG) shared by a thousand exercises took 4 billion instructions for
 * each row the library showed, minutes of the picture worker's time. */
static cairo_surface_t *
load_picture_surface_once (const char *path)
{
  g_autoptr(GMutexLocker) locker = NULL;
  DecodedPicture *decoded;
  cairo_surface_t *surface;
  struct stat st;

  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return load_picture_surface (path);

  locker = g_mutex_locker_new (&decoded_lock);
  for (GList *l = decoded_pictures.head; l != NULL; l = l->next)
    {
      decoded = l->data;
      if (is_decoded_from (decoded, path, &st))
        {
          g_queue_unlink (&decoded_pictures, l);
          g_queue_push_head_link (&decoded_pictures, l);
          return cairo_surface_reference (decoded->surface);
        }
    }
  g_clear_pointer (&locker, g_mutex_locker_free);

  surface = load_picture_surface (path);
  locker = g_mutex_locker_new (&decoded_lock);
  n_pictures_decoded++;
  if (surface == NULL)
    return NULL;

  decoded = g_new0 (DecodedPicture, 1);
  decoded->path = g_strdup (path);
  decoded->dev = st.st_dev;
  decoded->ino = st.st_ino;
  decoded->mtime_nsec = stat_mtime_nsec (&st);
  decoded->size = st.st_size;
  decoded->surface = cairo_surface_reference (surface);
  g_queue_push_head (&decoded_pictures, decoded);
  while (decoded_pictures.length > DECODED_PICTURES_MAX)
    decoded_picture_free (g_queue_pop_tail (&decoded_pictures));

  return surface;
}

/**
 * regimen_picture_surface_get_n_decoded:
 *
 * Returns: how many pictures regimen_picture_surface_load_async() has
 *   decoded, rather than given as they were decoded before
 */
guint
regimen_picture_surface_get_n_decoded (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&decoded_lock);

  return n_pictures_decoded;
}

static void
load_picture_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_task_return_pointer (task, load_picture_surface_once (task_data), (GDestroyNotify) cairo_surface_destroy);
}

static void
load_texture_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  GdkTexture *texture = regimen_picture_texture_load (task_data, &error);

  if (texture == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, texture, g_object_unref);
}

/**
 * regimen_picture_texture_load_async:
 * @path: a custom exercise's stored picture
 *
 * Runs regimen_picture_texture_load() on the worker of pictures
 * (regimen_picture_run_in_thread()), for a view that shows the picture at
 * its own size: the window never waits on the disk or the decoder.
 */
void
regimen_picture_texture_load_async (const char          *path,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_picture_texture_load_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  regimen_picture_run_in_thread (task, load_texture_thread);
}

/**
 * regimen_picture_texture_load_finish:
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL with @error
 *   set when it cannot be read or the load was cancelled
 */
GdkTexture *
regimen_picture_texture_load_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * regimen_picture_surface_load_async:
 * @path: a custom exercise's picture
 *
 * Reads and decodes a custom exercise's picture on the worker of pictures
 * (regimen_picture_run_in_thread()), once, for thumbnails drawn again and
 * again: no draw function waits on the disk or the decoder.
 */
void
regimen_picture_surface_load_async (const char          *path,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, regimen_picture_surface_load_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  regimen_picture_run_in_thread (task, load_picture_thread);
}

/**
 * regimen_picture_surface_load_finish:
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL when it
 *   cannot be read (the caller falls back to the pose figure) or the load
 *   was cancelled (@error says so)
 */
cairo_surface_t *
regimen_picture_surface_load_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* A figure drawn by regimen_figure_surface_get() or, ahead of the frame
 * that shows it, by regimen_figure_surface_prepare(): the pose sequence is
 * held, so that no other sequence takes its address while it is a key. */
typedef struct
{
  RegimenPoseSequence   *poses;
  int                    width;
  int                    height;
  int                    scale;
  RegimenPaletteVariant  variant;
  /* %NULL while the worker of figures draws it: set, and read until set,
   * under figure_lock. */
  cairo_surface_t       *surface;
} FigureSurface;

static GHashTable *figure_surfaces;
static guint figures_drawn;
static guint figures_drawn_in_frame;
static GMutex figure_lock;
static GCond figure_done;

static guint
figure_surface_hash (gconstpointer key)
{
  const FigureSurface *figure = key;

  return g_direct_hash (figure->poses)
         ^ (guint) (figure->width * 131 + figure->height * 8191 + figure->scale * 31 + figure->variant);
}

static gboolean
figure_surface_equal (gconstpointer a,
                      gconstpointer b)
{
  const FigureSurface *x = a;
  const FigureSurface *y = b;

  return x->poses == y->poses && x->width == y->width && x->height == y->height
         && x->scale == y->scale && x->variant == y->variant;
}

static void
figure_surface_free (gpointer data)
{
  FigureSurface *figure = data;

  regimen_pose_sequence_unref (figure->poses);
  cairo_surface_destroy (figure->surface);
  g_free (figure);
}

/* Pure cairo, so on any thread. */
static cairo_surface_t *
draw_figure_surface (const FigureSurface *figure)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        MAX (figure->width, 0) * figure->scale,
                                        MAX (figure->height, 0) * figure->scale);
  cairo_surface_set_device_scale (surface, figure->scale, figure->scale);
  cr = cairo_create (surface);
  regimen_figure_draw (cr, regimen_pose_sequence_get_thumbnail (figure->poses),
                       0, 0, figure->width, figure->height, figure->variant);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* On the worker of figures. The entry stays in the table for the whole
 * run, so the worker may write to it without a reference. */
static void
draw_figure_ahead (gpointer data,
                   gpointer user_data)
{
  FigureSurface *figure = data;
  cairo_surface_t *surface = draw_figure_surface (figure);

  g_mutex_lock (&figure_lock);
  figure->surface = surface;
  g_cond_broadcast (&figure_done);
  g_mutex_unlock (&figure_lock);
}

/* The entry of @poses drawn at @width × @height in @widget's scale, or
 * %NULL with a new entry, not yet in the table, in @new_figure. */
static FigureSurface *
lookup_figure (GtkWidget              *widget,
               RegimenPoseSequence    *poses,
               int                     width,
               int                     height,
               RegimenPaletteVariant   variant,
               FigureSurface         **new_figure)
{
  FigureSurface key = { poses, width, height, 1, variant, NULL };
  FigureSurface *figure;

  key.scale = gtk_widget_get_scale_factor (widget);
  if (figure_surfaces == NULL)
    figure_surfaces = g_hash_table_new_full (figure_surface_hash, figure_surface_equal, figure_surface_free, NULL);

  if ((figure = g_hash_table_lookup (figure_surfaces, &key)) != NULL)
    return figure;

  *new_figure = g_memdup2 (&key, sizeof key);
  (*new_figure)->poses = regimen_pose_sequence_ref (poses);

  return NULL;
}

/**
 * regimen_figure_surface_prepare:
 * @widget: the widget the figure will be drawn in, for its scale
 * @poses: the exercise's poses, whose thumbnail frame is drawn
 * @width: the figure's width
 * @height: the figure's height
 * @variant: the palette, light or dark
 *
 * Has the worker of figures draw what regimen_figure_surface_get() will
 * give for the same arguments, unless it is drawn or being drawn: a row
 * made for a week asks for its figure as it is made, and the worker draws
 * it while the main thread lays the week out (a week's first frame drew
 * its 40 figures on the main thread, 16 M instructions of the 52-week
 * start-up). The frame that shows the figure waits for it if it is not
 * drawn yet.
 */
void
regimen_figure_surface_prepare (GtkWidget             *widget,
                                RegimenPoseSequence   *poses,
                                int                    width,
                                int                    height,
                                RegimenPaletteVariant  variant)
{
  static GThreadPool *pool = NULL;
  FigureSurface *figure = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (poses != NULL);

  if (lookup_figure (widget, poses, width, height, variant, &figure) != NULL)
    return;

  /* One worker: with the main thread, as many threads as this machine's
   * two cores, and the figures come in the order the rows asked. */
  if (pool == NULL)
    pool = g_thread_pool_new (draw_figure_ahead, NULL, 1, FALSE, NULL);

  g_hash_table_add (figure_surfaces, figure);
  figures_drawn++;
  g_thread_pool_push (pool, figure, NULL);
}

/**
 * regimen_figure_surface_get:
 * @widget: the widget the figure is drawn in, for its scale
 * @poses: the exercise's poses, whose thumbnail frame is drawn
 * @width: the figure's width
 * @height: the figure's height
 * @variant: the palette, light or dark
 *
 * The thumbnail figure of @poses as regimen_figure_draw() draws it at
 * @width × @height in @widget's scale, drawn once and kept: the week's
 * rows paint it instead of drawing the figure's lines and joints again.
 * GTK 4.8's cairo renderer replays a drawing area's drawing in every
 * frame that shows it (a scroll, a week switch), and a week shows the
 * same few exercises in many rows and weeks. A figure asked for with
 * regimen_figure_surface_prepare() is the one its worker draws, waited
 * for if need be.
 *
 * Returns: (transfer none): an image surface of the figure, with
 *   @widget's scale as its device scale, valid while the process runs
 */
cairo_surface_t *
regimen_figure_surface_get (GtkWidget             *widget,
                            RegimenPoseSequence   *poses,
                            int                    width,
                            int                    height,
                            RegimenPaletteVariant  variant)
{
  FigureSurface *figure = NULL;
  FigureSurface *drawn;
  cairo_surface_t *surface;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (poses != NULL, NULL);

  if ((drawn = lookup_figure (widget, poses, width, height, variant, &figure)) != NULL)
    {
      g_mutex_lock (&figure_lock);
      while (drawn->surface == NULL)
        g_cond_wait (&figure_done, &figure_lock);
      surface = drawn->surface;
      g_mutex_unlock (&figure_lock);

      return surface;
    }

  figure->surface = draw_figure_surface (figure);
  g_hash_table_add (figure_surfaces, figure);
  figures_drawn++;
  figures_drawn_in_frame++;

  return figure->surface;
}

/**
 * regimen_figure_surface_get_n_drawn:
 *
 * Returns: how many figures regimen_figure_surface_get() has drawn or
 *   regimen_figure_surface_prepare() has had drawn, rather than given as
 *   they were drawn before
 */
guint
regimen_figure_surface_get_n_drawn (void)
{
  return figures_drawn;
}

/**
 * regimen_figure_surface_get_n_drawn_in_frame:
 *
 * Returns: how many of those regimen_figure_surface_get() drew itself, in
 *   the frame that shows them, none having been prepared
 */
guint
regimen_figure_surface_get_n_drawn_in_frame (void)
{
  return figures_drawn_in_frame;
}

/**
 * regimen_picture_draw_cover:
 * @cr: where to draw
 * @picture: an image surface from regimen_picture_surface_load_finish()
 * @width: the thumbnail's width
 * @height: the thumbnail's height
 * @radius: the rounding of the thumbnail's corners
 *
 * Draws @picture scaled to cover the thumbnail, cropped rather than
 * letterboxed, with rounded corners.
 */
void
regimen_picture_draw_cover (cairo_t         *cr,
                            cairo_surface_t *picture,
                            int              width,
                            int              height,
                            double           radius)
{
  int picture_width = cairo_image_surface_get_width (picture);
  int picture_height = cairo_image_surface_get_height (picture);
  double scale = MAX ((double) width / picture_width, (double) height / picture_height);

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, width - radius, radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, width - radius, height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, radius, height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, radius, radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_clip (cr);
  cairo_translate (cr, (width - picture_width * scale) / 2, (height - picture_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, picture, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

/**
 * regimen_focus_successor:
 * @widget: a row or card that is about to be removed
 * @fallback_type: the type of the ancestor that takes the focus when
 *   @widget has no focusable sibling
 *
 * Where the keyboard focus goes when @widget, which has it (or holds it),
 * is removed: the next focusable sibling, else the previous one, else the
 * ancestor of @fallback_type. Without this GTK drops the focus somewhere
 * else, and the next Tab starts over.
 *
 * Returns: (transfer full) (nullable): the widget to pass to
 *   regimen_focus_successor_grab() after the removal, or %NULL when the
 *   focus is not in @widget
 */
GtkWidget *
regimen_focus_successor (GtkWidget *widget,
                         GType      fallback_type)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *successor = NULL;

  if (focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
    return NULL;

  for (GtkWidget *next = gtk_widget_get_next_sibling (widget);
       successor == NULL && next != NULL;
       next = gtk_widget_get_next_sibling (next))
    if (gtk_widget_get_focusable (next) && gtk_widget_get_visible (next))
      successor = next;

  for (GtkWidget *previous = gtk_widget_get_prev_sibling (widget);
       successor == NULL && previous != NULL;
       previous = gtk_widget_get_prev_sibling (previous))
    if (gtk_widget_get_focusable (previous) && gtk_widget_get_visible (previous))
      successor = previous;

  if (successor == NULL)
    successor = gtk_widget_get_ancestor (widget, fallback_type);

  return successor != NULL ? g_object_ref (successor) : NULL;
}

/**
 * regimen_focus_successor_grab:
 * @successor: (transfer full) (nullable): what regimen_focus_successor()
 *   returned
 *
 * Gives @successor the focus if it is still in its window, and drops the
 * reference.
 */
void
regimen_focus_successor_grab (GtkWidget *successor)
{
  if (successor == NULL)
    return;

  if (gtk_widget_get_root (successor) != NULL)
    gtk_widget_grab_focus (successor);

  g_object_unref (successor);
}

/**
 * regimen_preferred_settings:
 *
 * Returns: (transfer none) (nullable): the running application's settings,
 *   or %NULL outside Regimen's application
 */
GSettings *
regimen_preferred_settings (void)
{
  GApplication *app = g_application_get_default ();

  return REGIMEN_IS_APPLICATION (app) ? regimen_application_get_settings (REGIMEN_APPLICATION (app)) : NULL;
}

/**
 * regimen_preferred_load_unit:
 *
 * The unit the person reads and types loads in (the `load-unit` setting,
 * "Log Loads In" in the main menu); kilograms without one.
 *
 * Returns: the unit
 */
RegimenLoadUnit
regimen_preferred_load_unit (void)
{
  GApplication *app = g_application_get_default ();

  return REGIMEN_IS_APPLICATION (app) ? regimen_application_get_load_unit (REGIMEN_APPLICATION (app))
                                      : REGIMEN_LOAD_UNIT_KG;
}

/**
 * regimen_editable_limit_text:
 * @editable: a text box, such as a #GtkEntry or an #AdwEntryRow
 *
 * Lets @editable hold no more characters than a text of the plan may
 * have (%REGIMEN_TEXT_MAX_LENGTH): the model refuses a longer one, and a
 * box that took it would show what is not in the plan, or make a form
 * fail with a reason that is not the real one. A longer text pasted is
 * cut where the limit is.
 */
void
regimen_editable_limit_text (GtkEditable *editable)
{
  GtkEditable *delegate = editable;

  g_return_if_fail (GTK_IS_EDITABLE (editable));

  while (delegate != NULL && !GTK_IS_TEXT (delegate))
    delegate = gtk_editable_get_delegate (delegate);

  if (delegate != NULL)
    gtk_text_set_max_length (GTK_TEXT (delegate), REGIMEN_TEXT_MAX_LENGTH);
}

/* A number as typed: digits with a decimal point or a decimal comma,
 * whatever the locale (the Log Session form takes both too), or the
 * locale's own mark, which the field shows (“52٫5” under ps_AF), the
 * digits of any script (an Arabic input method's “٥٥”), and a sign for
 * a field that goes below 0. */
static gboolean
read_typed_number (const char *text,
                   double     *value)
{
  g_autofree char *number = g_strstrip (regimen_decimal_from_typed (text));
  const char *p = number;
  char *end = NULL;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.' || *p == ',')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    return FALSE;

  g_strdelimit (number, ",", '.');
  *value = g_ascii_strtod (number, &end);

  return *end == '\0';
}

/* Appends to @number the groups of three digits after @p, each after
 * the separator *@p (a point or a comma, the same each time); returns
 * where they end, or NULL when there is none. */
static const char *
append_digit_groups (GString    *number,
                     const char *p)
{
  char separator = *p;
  const char *start = p;

  while (*p == separator && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
         !g_ascii_isdigit (p[4]))
    {
      g_string_append_len (number, p + 1, 3);
      p += 4;
    }

  return p != start ? p : NULL;
}

/* What was typed in @spin, a field's number as read_typed_number()
 * reads it. In a field of whole numbers a number written with thousands
 * separators, “1,800” in English or “2.400” in German (“12.345,5” too),
 * is read without them: the fields take a decimal comma or point in any
 * language, and such a usual load was read as 1.8 and 2.4 AU, a rest of
 * “1.200” s as 1.2, without a word. No one types three decimals of a
 * number shown whole. */
static char *
dup_typed_text (GtkSpinButton *spin)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autofree char *ascii = NULL;
  g_autoptr(GString) number = NULL;
  const char *p;
  guint n_digits = 0;

  if (gtk_spin_button_get_digits (spin) > 0)
    return g_strdup (text);

  ascii = g_strstrip (regimen_digits_from_typed (text));
  number = g_string_new (NULL);
  p = ascii;
  if (*p == '-')
    g_string_append_c (number, *p++);
  for (; g_ascii_isdigit (*p) && n_digits <= 3; p++, n_digits++)
    g_string_append_c (number, *p);

  if (n_digits == 0 || n_digits > 3 || (*p != '.' && *p != ',') ||
      (p = append_digit_groups (number, p)) == NULL)
    return g_strdup (text);

  /* A decimal mark after the groups, the other one: “12.345,5”. */
  if ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1]) && p[-4] != *p)
    {
      g_string_append_c (number, '.');
      for (p++; g_ascii_isdigit (*p); p++)
        g_string_append_c (number, *p);
    }

  return *p == '\0' ? g_string_free (g_steal_pointer (&number), FALSE) : g_strdup (text);
}

/* While a field says a number typed past its limits was set to the
 * nearest one (say_typed_past_limits()): that limit, and the field's own
 * tooltip, put back when it no longer says so. */
#define PAST_LIMITS_KEY "regimen-typed-past-limits"

typedef struct
{
  double  limit;
  char   *tooltip;
} PastLimits;

static void
past_limits_free (gpointer data)
{
  PastLimits *past = data;

  g_free (past->tooltip);
  g_free (past);
}

static void
clear_typed_past_limits (GtkSpinButton *spin)
{
  PastLimits *past = g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY);

  if (past == NULL)
    return;

  gtk_widget_set_tooltip_text (GTK_WIDGET (spin), past->tooltip);
  g_object_set_data (G_OBJECT (spin), PAST_LIMITS_KEY, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (spin), "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID);
}

/* The field moved on from the limit it was set to (its arrows, another
 * number): what it said no longer holds. */
static void
on_spin_button_value_changed (GtkSpinButton *spin,
                              gpointer       user_data)
{
  PastLimits *past = g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY);

  if (past != NULL && gtk_spin_button_get_value (spin) != past->limit)
    clear_typed_past_limits (spin);
}

/* GTK sets a number typed past a field's limits to the nearest limit
 * without a word: 200000 typed as the usual load became 100000, 99 HIIT
 * sessions 14. The field says so, marked as an error (and invalid to
 * screen readers) and in its tooltip, until it shows another number. */
static void
say_typed_past_limits (GtkSpinButton *spin,
                       const char    *text,
                       double         typed)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double lower = gtk_adjustment_get_lower (adjustment);
  double upper = gtk_adjustment_get_upper (adjustment);
  guint digits = gtk_spin_button_get_digits (spin);
  g_autofree char *typed_text = g_strstrip (g_strdup (text));
  g_autofree char *limit_text = NULL;
  g_autofree char *message = NULL;
  PastLimits *before;
  PastLimits *past;
  double limit;

  if (typed >= lower && typed <= upper)
    {
      clear_typed_past_limits (spin);
      return;
    }

  /* A number may be typed thousands of digits long: the tooltip says its start. */
  if (strlen (typed_text) > 24)
    {
      g_autofree char *start = g_strndup (typed_text, 24);

      g_free (typed_text);
      typed_text = g_strconcat (start, "…", NULL);
    }
  limit = typed > upper ? upper : lower;
  limit_text = g_strdup_printf ("%0.*f", digits, limit);
  if (typed > upper)
    /* Translators: a number field's tooltip after a number above its limit was typed; the first %s is what was
     * typed, the second the field's highest number, which it now holds */
    message = g_strdup_printf (_("%s is more than this field takes: it was set to its highest, %s"),
                               typed_text, limit_text);
  else
    /* Translators: a number field's tooltip after a number below its limit was typed; the first %s is what was
     * typed, the second the field's lowest number, which it now holds */
    message = g_strdup_printf (_("%s is less than this field takes: it was set to its lowest, %s"),
                               typed_text, limit_text);

  before = g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY);
  past = g_new0 (PastLimits, 1);
  past->limit = limit;
  /* Said again, the field's own tooltip is the one kept the first time. */
  past->tooltip = g_strdup (before != NULL ? before->tooltip : gtk_widget_get_tooltip_text (GTK_WIDGET (spin)));
  g_object_set_data_full (G_OBJECT (spin), PAST_LIMITS_KEY, past, past_limits_free);
  gtk_widget_add_css_class (GTK_WIDGET (spin), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (spin), message);
  /* Screen readers hear it invalid, and the number it holds now; its
   * description (GTK 4.8 has no getter to put it back with) stays. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (spin),
                               GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
}

static int
on_spin_button_input (GtkSpinButton *spin,
                      double        *new_value,
                      gpointer       user_data)
{
  double value = gtk_spin_button_get_value (spin);
  g_autofree char *shown = g_strdup_printf ("%0.*f", gtk_spin_button_get_digits (spin), value);
  g_autofree char *text = dup_typed_text (spin);
  double typed;

  if (!g_str_equal (text, shown) && read_typed_number (text, &typed))
    say_typed_past_limits (spin, text, typed);

  /* The text the value was shown as, or one that is no number (a word
   * such as “Automatic” that an output handler shows): the value stays
   * exactly what it was. */
  if (g_str_equal (text, shown) || !read_typed_number (text, new_value))
    *new_value = value;

  return TRUE;
}

/* Escape closes the popover or dialog a number field is in, and what
 * the field holds is read as it closes, as every other change made
 * there is kept: a number typed within the field's limits is kept. One
 * past the limits would be set to a limit as the popover goes, the mark
 * that says so going with it, unseen: Escape takes that one back, the
 * field showing its number again before it is read. */
static gboolean
on_spin_button_key_pressed (GtkEventControllerKey *controller,
                            guint                  keyval,
                            guint                  keycode,
                            GdkModifierType        state,
                            GtkSpinButton         *spin)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *text = NULL;
  double typed;

  if (keyval != GDK_KEY_Escape)
    return FALSE;

  text = dup_typed_text (spin);
  if (read_typed_number (text, &typed) &&
      (typed < gtk_adjustment_get_lower (adjustment) || typed > gtk_adjustment_get_upper (adjustment)))
    /* The same number set again shows it again, as the field's own
     * output shows it. */
    gtk_spin_button_set_value (spin, gtk_spin_button_get_value (spin));

  /* Escape goes on to close what the field is in. */
  return FALSE;
}

/**
 * regimen_spin_button_read_typed:
 * @spin: a spin button showing a number of the plan
 *
 * Makes @spin read back only what the person typed. GTK reads a spin
 * button's text again whenever the focus leaves it (Tab through a form)
 * and when it is asked for its value: the text shows the number rounded
 * to the spin button's digits (a step of 1.25 kg as “1.2”, a load of
 * 60 kg as “132.3” lb, a usual load of 1500.5 AU as “1500”), so the
 * plan's number was replaced by the rounded one, and a word shown in
 * place of a number (“Automatic”) was read as 0. Here the text as shown
 * keeps the value exactly, a decimal comma reads as a point in every
 * locale (GTK dropped what followed “62,5” in English), and text that
 * is no number keeps the value.
 */
void
regimen_spin_button_read_typed (GtkSpinButton *spin)
{
  GtkEventController *keys;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_spin_button_key_pressed), spin);
  gtk_widget_add_controller (GTK_WIDGET (spin), keys);
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_button_input), NULL);
  /* Only this input handler says a number was set to a limit
   * (say_typed_past_limits()); the field moving on takes it back. */
  g_signal_connect_after (spin, "value-changed", G_CALLBACK (on_spin_button_value_changed), NULL);
}

/**
 * regimen_spin_button_update_said_past_limits:
 * @spin: a spin button made to read what was typed with
 *   regimen_spin_button_read_typed()
 *
 * Reads what was typed in @spin, as GTK does when the focus leaves it.
 * A form that acts and closes at once (a dialog's Create) asks this
 * first: a number typed past the field's limits is set to the limit, and
 * the field's word about it would go with the form, never seen.
 *
 * Returns: %TRUE when a number typed past @spin's limits was set to the
 *   nearest limit just now, and the field says so
 */
gboolean
regimen_spin_button_update_said_past_limits (GtkSpinButton *spin)
{
  gpointer before;

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), FALSE);

  before = g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY);
  gtk_spin_button_update (spin);
  /* Said again, it is said anew: a new record replaces the old one. */
  return g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY) != NULL &&
         g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY) != before;
}

/**
 * regimen_widget_get_first_frame_height:
 * @widget: a widget in a window that has not been laid out yet
 *
 * The height the window @widget is in will have at its first frame, at
 * the most: its default height, or the largest monitor's when it has none
 * (maximized, fullscreen). A view that builds only what its first frame
 * shows builds nothing that would be seen below it.
 *
 * Returns: the height in pixels, or 0 when @widget is in no window or
 * neither is known
 */
int
regimen_widget_get_first_frame_height (GtkWidget *widget)
{
  GtkRoot *root;
  GListModel *monitors;
  int width = 0;
  int height = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);

  root = gtk_widget_get_root (widget);
  if (!GTK_IS_WINDOW (root))
    return 0;

  if (!gtk_window_is_maximized (GTK_WINDOW (root)) && !gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);

  if (height <= 0)
    {
      monitors = gdk_display_get_monitors (gtk_widget_get_display (widget));
      for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
        {
          g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
          GdkRectangle geometry;

          gdk_monitor_get_geometry (monitor, &geometry);
          height = MAX (height, geometry.height);
        }
    }

  return height;
}

/**
 * regimen_widget_get_first_frame_space:
 * @widget: a widget in a window that has not been laid out yet
 *
 * The height @widget will have at its first frame, at the most: the
 * window's (regimen_widget_get_first_frame_height()) less the least height
 * of what stands above it in vertical boxes, its own and its ancestors' (a
 * header bar, a search entry), with their margins and the boxes' spacing.
 * Those are measured now, as the first frame will measure them (their
 * styles are computed when asked), at no width: their least height.
 *
 * Returns: the height in pixels, or 0 when the window's is not known
 */
int
regimen_widget_get_first_frame_space (GtkWidget *widget)
{
  int height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);

  height = regimen_widget_get_first_frame_height (widget);
  if (height <= 0)
    return 0;

  for (GtkWidget *child = widget, *box = gtk_widget_get_parent (widget);
       box != NULL;
       child = box, box = gtk_widget_get_parent (box))
    {
      if (!GTK_IS_BOX (box) || gtk_orientable_get_orientation (GTK_ORIENTABLE (box)) != GTK_ORIENTATION_VERTICAL)
        continue;

      for (GtkWidget *above = gtk_widget_get_prev_sibling (child);
           above != NULL;
           above = gtk_widget_get_prev_sibling (above))
        {
          int minimum;

          if (!gtk_widget_get_visible (above))
            continue;

          gtk_widget_measure (above, GTK_ORIENTATION_VERTICAL, -1, &minimum, NULL, NULL, NULL);
          height -= minimum + gtk_box_get_spacing (GTK_BOX (box));
        }
    }

  return MAX (height, 1);
}

/**
 * regimen_file_dup_display_name:
 * @file: a file
 *
 * Returns: (transfer full): the file's name as GLib shows a file name,
 *   without asking the disk
 */
char *
regimen_file_dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *path = NULL;

  if (basename == NULL)
    return g_file_get_parse_name (file);

  /* GIO names an address with no path (`regimen file://`) “.”: the
   * dialog said “Could Not Open “.””, a name the person never gave. */
  if (g_str_equal (basename, ".") && (path = g_file_get_path (file)) == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

/* The most characters of a file's name, or of a folder's path, in a
 * dialog, a toast, an editor's message or the window's subtitle. */
#define MAX_SHOWN_NAME_CHARS 100

/**
 * regimen_text_dup_shown:
 * @text: a file's name or a folder's path
 *
 * @text as Regimen's own texts quote it: its unseen characters spelt as
 * the recent plans spell them, on one line and cut in the middle. A name
 * of two hundred line breaks made the heading “Could Not Open …” two
 * hundred lines tall, its Close button 4,900 pixels down, and a folder's
 * path of eight hundred the question “… Is Gone” 17,000 pixels tall; a
 * U+202E in a name had the window's subtitle read part of it backwards,
 * “gnp.evil” as “live.png”.
 *
 * Returns: (transfer full): the text to show
 */
char *
regimen_text_dup_shown (const char *text)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *shown;
  guint n_chars = 0;
  guint head_chars = 0;
  guint tail_chars = 0;
  const guint head_max = (MAX_SHOWN_NAME_CHARS - 1) / 2;
  const guint tail_max = MAX_SHOWN_NAME_CHARS - 1 - head_max;
  guint head = 0;
  guint tail;

  /* Cut between characters as they are spelt, never inside a spelling:
   * a cut through “[U+000A]” showed “0A]”, characters the name does not
   * hold, in a subtitle of a name of 255 bytes. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char *unit = regimen_text_unseen_at (text, p) ? g_strdup_printf ("[U+%04X]", c) : g_strndup (p, g_utf8_next_char (p) - p);
      guint length = g_utf8_strlen (unit, -1);

      g_ptr_array_add (units, unit);
      g_array_append_val (lengths, length);
      n_chars += length;
    }

  tail = units->len;
  if (n_chars > MAX_SHOWN_NAME_CHARS)
    {
      /* As regimen_text_cut_middle() shares out the characters. */
      while (head < units->len && head_chars + g_array_index (lengths, guint, head) <= head_max)
        head_chars += g_array_index (lengths, guint, head++);
      while (tail > head && tail_chars + g_array_index (lengths, guint, tail - 1) <= tail_max)
        tail_chars += g_array_index (lengths, guint, --tail);
    }
  else
    head = tail;

  shown = g_string_new (NULL);
  for (guint i = 0; i < head; i++)
    g_string_append (shown, g_ptr_array_index (units, i));
  if (head < tail)
    g_string_append (shown, "…");
  for (guint i = tail; i < units->len; i++)
    g_string_append (shown, g_ptr_array_index (units, i));

  return g_string_free (shown, FALSE);
}

/**
 * regimen_scrolled_window_show_widget:
 * @scroller: a scrolled window
 * @widget: a widget inside @scroller
 *
 * Scrolls @scroller just enough that @widget shows whole, as a message
 * at the foot of a form taller than its window must (the exercise editor's
 * refused picture, the Log Session form's session gone). Meant for a tick
 * callback: a message just shown is laid out only at the next frame.
 *
 * Returns: %FALSE while @widget is not laid out yet, to try again at the
 *   next frame; %TRUE once it is in view
 */
gboolean
regimen_scrolled_window_show_widget (GtkScrolledWindow *scroller,
                                     GtkWidget         *widget)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (scroller);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  graphene_rect_t bounds;
  double top;

  if (viewport == NULL || gtk_widget_get_height (widget) <= 0 ||
      !gtk_widget_compute_bounds (widget, viewport, &bounds))
    return FALSE;

  /* The viewport shows its content from the adjustment's value on. */
  top = bounds.origin.y + gtk_adjustment_get_value (adjustment);
  gtk_adjustment_clamp_page (adjustment, top, top + bounds.size.height);
  return TRUE;
}

/**
 * regimen_file_dup_shown_name:
 * @file: a file
 *
 * Returns: (transfer full): @file's name as the window's dialogs, toasts
 *   and subtitle and the editors' messages name it
 */
char *
regimen_file_dup_shown_name (GFile *file)
{
  g_autofree char *name = regimen_file_dup_display_name (file);

  return regimen_text_dup_shown (name);
}

/**
 * regimen_text_dup_quoted:
 * @text: a name of the plan's or the person's (an exercise's, a
 *   session's), or what was typed, to go into a sentence
 *
 * @text in its own direction when it is written right to left (Hebrew,
 * Arabic): isolated, so that the numbers and words after it in the
 * sentence keep their order. The sentence runs as the window does once
 * regimen_widget_dup_line() marks it.
 *
 * Returns: (transfer full): the text to put into the sentence
 */
char *
regimen_text_dup_quoted (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return regimen_text_has_right_to_left (text) ? regimen_text_isolate (text) : g_strdup (text);
}

/**
 * regimen_widget_dup_line:
 * @widget: the widget that shows @text
 * @text: a sentence of Regimen's, with names in it
 *
 * @text to run in @widget's direction, as the rest of the window does.
 * Pango takes a line's direction from its first letter, inside an
 * isolated name too: “כפיפות, set 2: the reps are…” ran right to left,
 * the set and the numbers put before the name. A line that holds no
 * letter written right to left is left as it is.
 *
 * Returns: (transfer full): the text to show
 */
char *
regimen_widget_dup_line (GtkWidget  *widget,
                         const char *text)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!regimen_text_has_right_to_left (text))
    return g_strdup (text);

  return g_strconcat (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? "\u200f" : "\u200e", text, NULL);
}

/**
 * regimen_widget_unparent_children:
 * @widget: a widget whose children are its own, not a template's
 *
 * Unparents each of @widget's children, for its dispose.
 */
void
regimen_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/**
 * regimen_bin_size_allocate:
 * @widget: a widget of one child
 * @width: the width given to @widget
 * @height: the height given to @widget
 * @baseline: the baseline given to @widget, or -1
 *
 * A #GtkWidgetClass.size_allocate that gives the one child all of the
 * widget: the bins' (RegimenWrapBin, RegimenWidthBin, RegimenScrollBin).
 */
void
regimen_bin_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}
