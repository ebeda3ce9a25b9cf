/* regimen-plan-settings.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The plan's title and start date and the athlete profile the check scales
 * its limits by. Every change is a plan command: undoable, and the check
 * in the window follows at once. */

#define G_LOG_DOMAIN "regimen-plan-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "regimen-plan-settings.h"
#include "regimen-toast.h"
#include "regimen-widget-util.h"

/* What was typed that is not a date, as the error quotes it. */
#define MAX_QUOTED_DATE_CHARS 40

struct _RegimenPlanSettings
{
  AdwPreferencesWindow  parent_instance;

  GtkWidget            *page;
  AdwEntryRow          *title_row;
  AdwActionRow         *start_row;
  GtkEntry             *start_entry;
  GtkMenuButton        *start_button;
  GtkCalendar          *calendar;
  AdwComboRow          *level_row;
  AdwComboRow          *stress_row;
  GtkSpinButton        *baseline_spin;
  GtkSpinButton        *max_hiit_spin;

  RegimenPlan          *plan;
  gboolean              loading;
  guint                 calendar_range_source;
};

G_DEFINE_FINAL_TYPE (RegimenPlanSettings, regimen_plan_settings, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plan's start date as its field shows it: 2026-12-07, or "". */
static void
format_start_date (RegimenPlanSettings *self,
                   char                 text[16])
{
  const GDate *start = regimen_plan_get_start_date (self->plan);

  text[0] = '\0';
  if (start != NULL && g_date_valid (start))
    g_snprintf (text, 16, "%04u-%02u-%02u", g_date_get_year (start), g_date_get_month (start), g_date_get_day (start));
}

/* The calendar shows the plan's start date. */
static void
show_start_on_calendar (RegimenPlanSettings *self)
{
  const GDate *start = regimen_plan_get_start_date (self->plan);
  gboolean was_loading = self->loading;

  if (start != NULL && g_date_valid (start))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (start), g_date_get_month (start),
                                                        g_date_get_day (start), 0, 0, 0);

      self->loading = TRUE;
      gtk_calendar_select_day (self->calendar, day);
      self->loading = was_loading;
    }
}

/* The date's field and the calendar show the plan's start date. */
static void
show_start_date (RegimenPlanSettings *self)
{
  gboolean was_loading = self->loading;
  char text[16];

  show_start_on_calendar (self);
  self->loading = TRUE;
  format_start_date (self, text);
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), text);
  self->loading = was_loading;
}

/* A bad date is said where it was typed: in the row's subtitle, the
 * field marked. NULL puts the row's own words back. */
static void
show_start_error (RegimenPlanSettings *self,
                  const char          *message)
{
  if (message != NULL)
    {
      /* The message quotes what was typed, as typed: libadwaita 1.2 reads
       * a row's subtitle as markup, so “1 & 2” showed nothing. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->start_row), FALSE);
      adw_action_row_set_subtitle (self->start_row, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->start_entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->start_entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_widget_add_css_class (GTK_WIDGET (self->start_row), "start-error");
      return;
    }

  if (!gtk_widget_has_css_class (GTK_WIDGET (self->start_row), "start-error"))
    return;
  adw_action_row_set_subtitle (self->start_row,
                               _("The Monday of the first week, for dates on the days and the calendar export"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->start_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "start-error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->start_entry), GTK_ACCESSIBLE_STATE_INVALID);
}

/* Sets the plan's start date, one undo step: a plan week runs Monday to
 * Sunday, so any day means its week, and a day other than Monday is said
 * to have moved, never silently. */
static void
set_start_date (RegimenPlanSettings *self,
                GDate               *date)
{
  /* A plan starts in the years its file can hold: another day is refused
   * here, where the date is set, and the plan keeps its start date (what
   * was typed stays in the field, to be corrected). */
  if (date != NULL && !regimen_date_in_range (date))
    {
      /* Room for a day as any locale writes it: a Tuesday in November is
       * 93 bytes in Shan (shn_MM), which 64 cut to its weekday and part
       * of its month, without the year the message is about. */
      char picked[256];
      g_autofree char *message = NULL;

      /* Translators: a day, as g_date_strftime() takes it, “Sunday 31 Dec 1899” */
      g_date_strftime (picked, sizeof picked, C_("start monday", "%A %-d %b %Y"), date);
      /* Translators: under the start date when a day outside the years a plan may start in was picked */
      message = g_strdup_printf (_("A plan starts in the years %d to %d: %s is not one of its days"),
                                 REGIMEN_YEAR_MIN, REGIMEN_YEAR_MAX, picked);
      show_start_on_calendar (self);
      show_start_error (self, message);
      return;
    }

  /* Nor so late in 2999 that the plan's weeks would run on past its last
   * day: the plan refuses that start (regimen_plan_get_max_weeks()), and
   * a day picked was then taken without a word, the start unchanged. */
  if (date != NULL)
    {
      GDate monday = *date;
      guint n_weeks = regimen_plan_get_n_weeks (self->plan);

      g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY);
      if (regimen_date_weeks_to_end (&monday) < n_weeks)
        {
          char monday_text[256];
          g_autofree char *message = NULL;

          g_date_strftime (monday_text, sizeof monday_text, C_("start monday", "%A %-d %b %Y"), &monday);
          /* Translators: under the start date when the plan's weeks from the Monday picked would run past the
           * last day a plan may name; “The plan's 3 weeks from Monday 23 Dec 2999 would run past 31 December 2999” */
          message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The plan’s %u week from %s would run past 31 December %d, the last day a plan may name",
                                                  "The plan’s %u weeks from %s would run past 31 December %d, the last day a plan may name",
                                                  n_weeks),
                                     n_weeks, monday_text, REGIMEN_YEAR_MAX);
          show_start_on_calendar (self);
          show_start_error (self, message);
          return;
        }
    }

  if (date != NULL && g_date_get_weekday (date) != G_DATE_MONDAY)
    {
      /* As large as the day above: a Monday in November is 72 bytes in Shan. */
      char monday[256];
      g_autofree char *message = NULL;
      AdwToast *toast;

      g_date_subtract_days (date, g_date_get_weekday (date) - G_DATE_MONDAY);
      /* Translators: a Monday, as g_date_strftime() takes it, “Monday 23 Nov 2026” */
      g_date_strftime (monday, sizeof monday, C_("start monday", "%A %-d %b %Y"), date);
      /* Translators: a toast after picking a start date that is not a Monday */
      message = g_strdup_printf (_("Plan weeks run Monday to Sunday: the plan starts on %s, the Monday of that week"),
                                 monday);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 8);
      regimen_toast_add (GTK_WIDGET (self), toast);
    }

  regimen_plan_set_start_date (self->plan, date);
  /* A date set is a step of its own, not merged with the next one. */
  regimen_plan_seal_edit (self->plan);
  show_start_error (self, NULL);
  show_start_date (self);
}

static void
on_title_row_changed (RegimenPlanSettings *self,
                      GtkEditable         *editable)
{
  if (!self->loading)
    regimen_plan_set_title (self->plan, gtk_editable_get_text (editable));
}

/* The calendar offers only the years a plan may start in: moved past them
 * (its year and month arrows, Ctrl with an arrow key), it goes back to
 * their first or last day. Done once GTK is through with the key or click,
 * before the next frame: a day of the month before January 1900 picked on
 * the calendar's grid first moves it there, and is then refused as picked,
 * not taken for a day of January. */
static gboolean
keep_calendar_in_range (gpointer user_data)
{
  RegimenPlanSettings *self = user_data;
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) nearest = NULL;
  int year = g_date_time_get_year (shown);
  gboolean was_loading = self->loading;

  self->calendar_range_source = 0;

  if (year >= REGIMEN_YEAR_MIN && year <= REGIMEN_YEAR_MAX)
    return G_SOURCE_REMOVE;

  nearest = year < REGIMEN_YEAR_MIN ? g_date_time_new_local (REGIMEN_YEAR_MIN, 1, 1, 0, 0, 0)
                                    : g_date_time_new_local (REGIMEN_YEAR_MAX, 12, 31, 0, 0, 0);
  self->loading = TRUE;
  gtk_calendar_select_day (self->calendar, nearest);
  self->loading = was_loading;

  return G_SOURCE_REMOVE;
}

static void
on_calendar_year_changed (RegimenPlanSettings *self,
                          GParamSpec          *pspec,
                          GtkCalendar         *calendar)
{
  if (self->calendar_range_source == 0)
    self->calendar_range_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, keep_calendar_in_range, self, NULL);
}

static void
on_calendar_day_selected (RegimenPlanSettings *self,
                          GtkCalendar         *calendar)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autoptr(GDate) date = NULL;

  if (self->loading)
    return;

  date = g_date_new_dmy (g_date_time_get_day_of_month (picked),
                         g_date_time_get_month (picked),
                         g_date_time_get_year (picked));
  set_start_date (self, date);
  gtk_menu_button_popdown (self->start_button);
}

/* Enter in the date's field: the date typed (2026-12-07 or the locale's
 * form), nothing for no start date, or an error in place. */
static void
on_start_entry_activate (RegimenPlanSettings *self,
                         GtkEntry            *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  GDate date;

  if (text[0] == '\0')
    {
      set_start_date (self, NULL);
      return;
    }

  /* A date of a year a plan cannot start in is a date too: set_start_date()
   * says which years, rather than “not a date”. */
  if (regimen_date_read_typed (text, &date))
    {
      set_start_date (self, &date);
      return;
    }

  {
    g_autoptr(GDate) example = g_date_new_dmy (7, G_DATE_DECEMBER, 2026);
    char local[256];
    GDate read_back;
    g_autofree char *message = NULL;
    /* Quoted on one line and cut: a paragraph pasted into the field made
     * the row as many lines tall. */
    g_autofree char *quoted = regimen_text_one_line (text, MAX_QUOTED_DATE_CHARS);

    /* The locale's own short form of 7 December 2026, offered only when
     * the field reads it back as that day: Persian's (fa_IR) is in its
     * own digits with a two-digit year, “۲۶/۱۲/۰۷”, which the field
     * refuses, and the message told the person to write it so. */
    if (g_date_strftime (local, sizeof local, "%x", example) == 0 ||
        !regimen_date_read_typed (local, &read_back) || g_date_compare (&read_back, example) != 0)
      local[0] = '\0';
    if (local[0] == '\0')
      /* Translators: under the start date's field when what was typed is not a date, %s; in a language whose
       * short form of dates the field cannot read back */
      message = g_strdup_printf (_("“%s” is not a date: write it as 2026-12-07"), quoted);
    else
      /* Translators: under the start date's field when what was typed is not a date; the first %s is what was
       * typed, the second the example date 7 December 2026 written the way your language's locale writes dates */
      message = g_strdup_printf (_("“%s” is not a date: write it as 2026-12-07 or %s"), quoted, local);
    show_start_error (self, message);
  }
}

/* Leaving the field with a date typed in sets it, as Enter does. */
static void
on_start_entry_leave (RegimenPlanSettings     *self,
                      GtkEventControllerFocus *focus)
{
  char shown[16];

  /* The window is going: the focus leaves with it. */
  if (self->plan == NULL)
    return;

  format_start_date (self, shown);
  if (!g_str_equal (shown, gtk_editable_get_text (GTK_EDITABLE (self->start_entry))))
    on_start_entry_activate (self, self->start_entry);
}

/* Typing again takes the error away until the next Enter. */
static void
on_start_entry_changed (RegimenPlanSettings *self,
                        GtkEditable         *editable)
{
  if (!self->loading)
    show_start_error (self, NULL);
}

static void
regimen_plan_settings_clear_start_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  RegimenPlanSettings *self = REGIMEN_PLAN_SETTINGS (widget);

  set_start_date (self, NULL);
  gtk_menu_button_popdown (self->start_button);
}

static void
on_level_row_selected (RegimenPlanSettings *self,
                       GParamSpec          *pspec,
                       AdwComboRow         *row)
{
  guint level = adw_combo_row_get_selected (row);

  if (!self->loading && level < REGIMEN_N_LEVELS)
    regimen_plan_set_athlete_level (self->plan, level);
}

static void
on_stress_row_selected (RegimenPlanSettings *self,
                        GParamSpec          *pspec,
                        AdwComboRow         *row)
{
  guint stress = adw_combo_row_get_selected (row);

  if (!self->loading && stress < REGIMEN_N_LIFE_STRESSES)
    regimen_plan_set_athlete_life_stress (self->plan, stress);
}

static void
on_baseline_spin_value_changed (RegimenPlanSettings *self,
                                GtkSpinButton       *spin)
{
  if (!self->loading)
    regimen_plan_set_athlete_baseline_weekly_load (self->plan, gtk_spin_button_get_value (spin));
}

static void
on_max_hiit_spin_value_changed (RegimenPlanSettings *self,
                                GtkSpinButton       *spin)
{
  int value = gtk_spin_button_get_value_as_int (spin);

  if (!self->loading)
    regimen_plan_set_athlete_max_hiit_per_week (self->plan, value < 0 ? REGIMEN_ATHLETE_NO_HIIT_LIMIT : value);
}

static gboolean
on_max_hiit_spin_output (RegimenPlanSettings *self,
                         GtkSpinButton       *spin)
{
  if (gtk_spin_button_get_value_as_int (spin) >= 0)
    return FALSE;

  /* Translators: the HIIT limit follows the default rule */
  gtk_editable_set_text (GTK_EDITABLE (spin), _("Automatic"));
  return TRUE;
}

static void
regimen_plan_settings_dispose (GObject *object)
{
  RegimenPlanSettings *self = REGIMEN_PLAN_SETTINGS (object);

  /* A number typed and not yet entered counts, as what is typed in the
   * title does: closing is no Cancel. (The focus leaving as the window
   * goes would read it too, but only once the plan has gone: a critical
   * warning, and the number lost.) */
  if (self->plan != NULL)
    {
      gtk_spin_button_update (self->baseline_spin);
      gtk_spin_button_update (self->max_hiit_spin);
      regimen_plan_seal_edit (self->plan);
    }
  g_clear_handle_id (&self->calendar_range_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_PLAN_SETTINGS);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (regimen_plan_settings_parent_class)->dispose (object);
}

static void
regimen_plan_settings_constructed (GObject *object)
{
  RegimenPlanSettings *self = REGIMEN_PLAN_SETTINGS (object);
  RegimenAthlete *athlete = regimen_plan_get_athlete (self->plan);
  const char *title = regimen_plan_get_title (self->plan);

  G_OBJECT_CLASS (regimen_plan_settings_parent_class)->constructed (object);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  adw_combo_row_set_selected (self->level_row, regimen_athlete_get_level (athlete));
  adw_combo_row_set_selected (self->stress_row, regimen_athlete_get_life_stress (athlete));
  gtk_spin_button_set_value (self->baseline_spin, regimen_athlete_get_baseline_weekly_load (athlete));
  gtk_spin_button_set_value (self->max_hiit_spin, regimen_athlete_get_max_hiit_per_week (athlete));
  show_start_date (self);
  self->loading = FALSE;
}

static void
regimen_plan_settings_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RegimenPlanSettings *self = REGIMEN_PLAN_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_plan_settings_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RegimenPlanSettings *self = REGIMEN_PLAN_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_plan_settings_class_init (RegimenPlanSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = regimen_plan_settings_constructed;
  object_class->get_property = regimen_plan_settings_get_property;
  object_class->set_property = regimen_plan_settings_set_property;
  object_class->dispose = regimen_plan_settings_dispose;

  /* The plan whose settings the window shows and edits. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-plan-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, page);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, title_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, start_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, start_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, start_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, calendar);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, level_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, stress_row);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, baseline_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenPlanSettings, max_hiit_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_title_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_year_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_start_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_start_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_level_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_stress_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_baseline_spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_max_hiit_spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_max_hiit_spin_output);

  gtk_widget_class_install_action (widget_class, "settings.clear-start", NULL,
                                   regimen_plan_settings_clear_start_action);
}

/* Escape that no field or popover of the page took closes the window,
 * before it reaches the toast overlay around the page: libadwaita 1.2's
 * overlay takes Escape to dismiss the toast it shows, so after Enter in
 * the start date's field (whose toast says the Monday the plan now
 * starts on, which the field shows too) the first Escape seemed to do
 * nothing and only the second closed the window. A popover (the
 * calendar, a drop-down's list) closes on its own Escape before this. */
static gboolean
on_page_key_pressed (RegimenPlanSettings   *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
regimen_plan_settings_init (RegimenPlanSettings *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) stresses = gtk_string_list_new (NULL);
  GtkEventController *focus;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  regimen_editable_limit_text (GTK_EDITABLE (self->title_row));
  /* The usual load may have a fraction the field does not show, and the
   * HIIT limit shows “Automatic” for none. */
  regimen_spin_button_read_typed (self->baseline_spin);
  regimen_spin_button_read_typed (self->max_hiit_spin);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_start_entry_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->start_entry), focus);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_page_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->page, keys);

  for (guint level = 0; level < REGIMEN_N_LEVELS; level++)
    gtk_string_list_append (levels, regimen_level_get_label (level));
  for (guint stress = 0; stress < REGIMEN_N_LIFE_STRESSES; stress++)
    gtk_string_list_append (stresses, regimen_life_stress_get_label (stress));

  /* Wide enough for the word “Automatic” in every language (German
   * “Automatisch” was cut to “Autor”), so no value is cut. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->max_hiit_spin),
                                MAX (4, g_utf8_strlen (_("Automatic"), -1) + 1));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->baseline_spin), 6);

  self->loading = TRUE;
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->stress_row, G_LIST_MODEL (stresses));
  self->loading = FALSE;
}

GtkWidget *
regimen_plan_settings_new (GtkWindow   *parent,
                           RegimenPlan *plan)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);

  return g_object_new (REGIMEN_TYPE_PLAN_SETTINGS,
                       "transient-for", parent,
                       "plan", plan,
                       NULL);
}

RegimenPlan *
regimen_plan_settings_get_plan (RegimenPlanSettings *self)
{
  g_return_val_if_fail (REGIMEN_IS_PLAN_SETTINGS (self), NULL);

  return self->plan;
}
