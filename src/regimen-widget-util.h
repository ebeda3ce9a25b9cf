/* regimen-widget-util.h
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "regimen-core.h"
#include "regimen-palette.h"

G_BEGIN_DECLS

typedef GtkWidget *(*RegimenCreateChildFunc) (gpointer item,
                                              gpointer user_data);
/* Makes @child show @item instead of what it showed; %FALSE when it
 * cannot (it was made for another plan, say), and a new child is made. */
typedef gboolean   (*RegimenRebindChildFunc) (GtkWidget *child,
                                              gpointer   item,
                                              gpointer   user_data);

void regimen_box_sync_children                  (GtkBox                 *box,
                                                 GListModel             *model,
                                                 guint                   position,
                                                 guint                   removed,
                                                 guint                   added,
                                                 RegimenCreateChildFunc  create_child,
                                                 gpointer                user_data);
void regimen_box_rebind_children                (GtkBox                 *box,
                                                 GListModel             *model,
                                                 RegimenRebindChildFunc  rebind_child,
                                                 RegimenCreateChildFunc  create_child,
                                                 gpointer                user_data);
void regimen_widget_class_add_editing_bindings (GtkWidgetClass         *widget_class,
                                                const char             *prefix);

void regimen_widget_set_css_class             (GtkWidget              *widget,
                                                 const char             *css_class,
                                                 gboolean                present);

void regimen_accessible_names_fix         (void);
void regimen_name_mnemonic_button         (GtkWidget *widget);
void regimen_drop_down_name_button        (GtkDropDown *drop_down);

/* The most plans Open Recent names. */
#define REGIMEN_MAX_RECENT_PLANS 8

char **regimen_recent_plans_get                 (GSettings              *settings);

void regimen_offer_undo                         (GtkRoot                *root,
                                                 const char             *what);

GdkTexture *regimen_picture_texture_load        (const char             *path,
                                                 GError                **error);
void regimen_picture_texture_load_async         (const char             *path,
                                                 GCancellable           *cancellable,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
GdkTexture *regimen_picture_texture_load_finish (GAsyncResult           *result,
                                                 GError                **error);
void regimen_picture_surface_load_async         (const char             *path,
                                                 GCancellable           *cancellable,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
cairo_surface_t *regimen_picture_surface_load_finish
                                                (GAsyncResult           *result,
                                                 GError                **error);
guint regimen_picture_surface_get_n_decoded       (void);
void regimen_picture_draw_cover                 (cairo_t                *cr,
                                                 cairo_surface_t        *picture,
                                                 int                     width,
                                                 int                     height,
                                                 double                  radius);
cairo_surface_t *regimen_figure_surface_get     (GtkWidget              *widget,
                                                 RegimenPoseSequence    *poses,
                                                 int                     width,
                                                 int                     height,
                                                 RegimenPaletteVariant   variant);
void regimen_figure_surface_prepare            (GtkWidget              *widget,
                                                 RegimenPoseSequence    *poses,
                                                 int                     width,
                                                 int                     height,
                                                 RegimenPaletteVariant   variant);
guint regimen_figure_surface_get_n_drawn        (void);
guint regimen_figure_surface_get_n_drawn_in_frame (void);
GtkWidget *regimen_focus_successor              (GtkWidget              *widget,
                                                 GType                   fallback_type);
void regimen_focus_successor_grab               (GtkWidget              *successor);
void regimen_editable_limit_text               (GtkEditable            *editable);
void regimen_spin_button_read_typed           (GtkSpinButton          *spin);
gboolean regimen_spin_button_update_said_past_limits (GtkSpinButton     *spin);
int  regimen_widget_get_first_frame_height    (GtkWidget              *widget);
int  regimen_widget_get_first_frame_space     (GtkWidget              *widget);
void regimen_tooltip_set_text                (GtkTooltip             *tooltip,
                                                 const char             *text);
void regimen_widget_set_tooltip_when_asked   (GtkWidget              *widget,
                                                 const char             *text);
const char *regimen_widget_get_tooltip_when_asked
                                                (GtkWidget              *widget);
void regimen_widget_measure_text_as_drawn    (GtkWidget              *widget);
void regimen_widget_unparent_children        (GtkWidget              *widget);
void regimen_bin_size_allocate               (GtkWidget              *widget,
                                              int                     width,
                                              int                     height,
                                              int                     baseline);
gboolean regimen_scrolled_window_show_widget (GtkScrolledWindow      *scroller,
                                                 GtkWidget              *widget);

RegimenLoadUnit regimen_preferred_load_unit    (void);
GSettings *regimen_preferred_settings           (void);

char *regimen_file_dup_display_name           (GFile                  *file);
char *regimen_text_dup_shown                  (const char             *text);
char *regimen_file_dup_shown_name             (GFile                  *file);
char *regimen_text_dup_quoted                 (const char             *text);
char *regimen_widget_dup_line                 (GtkWidget              *widget,
                                                 const char             *text);

G_END_DECLS
