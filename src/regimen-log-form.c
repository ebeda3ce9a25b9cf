/* regimen-log-form.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What was trained, typed in from the printed sheet. The form repeats the
 * sheet's session: its exercises in the same order, each with the same
 * rows — the load above the reps (or the seconds held) for every set, or a
 * box to tick per interval round — so that copying from paper is a glance
 * across. The boxes start at the plan's prescription (or what was logged
 * before); Save turns them into one "Log Session" command of the plan. */

#define G_LOG_DOMAIN "regimen-log-form"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "regimen-log-form.h"
#include "regimen-widget-util.h"

/* Sets side by side before they go on in a second row; rows of even
 * length, as on the sheet. */
#define SETS_PER_ROW   8
#define ROUNDS_PER_ROW 10

/* The boxes the form builds when it opens, exercise by exercise in order;
 * the exercises after those that fit show a button that builds theirs,
 * with their Add a Set and their note. A session of any size the file
 * may hold (100 exercises of 100 logged sets: 20,000 boxes) opens with
 * about what a screen or two can show, the first exercise whole at the
 * least, in a fraction of a second rather than several seconds. */
#define BOXES_BUILT 200

/* The most characters of the session's title in the header and in the
 * question before what was typed is discarded. */
#define MAX_QUOTED_TITLE_CHARS 80

/* The most characters of the session's title above the form, and the
 * most lines of an exercise's notes: the plan's texts, which may be as
 * long as the file holds. */
#define MAX_TITLE_CHARS 200
#define MAX_NOTES_LINES 20
/* The most characters of an exercise's notes, about four lines of the
 * form: a word longer than the form is wide breaks between letters,
 * which takes GTK and Pango time in the square of its length (a note of
 * one 10,000-letter word opened the form in 11 to 15 seconds, frozen
 * meanwhile). The exercise's editor shows the whole note. */
#define MAX_NOTES_CHARS 300
/* The most characters of an exercise's group before its name: a group
 * of 10,000 filled the form with one heading, and a session of a
 * hundred such exercises would lay out a million characters. */
#define MAX_GROUP_CHARS 200
/* What was typed that is not a date, as the error quotes it. */
#define MAX_QUOTED_DATE_CHARS 40

/* The boxes of one item, in the order the sheet draws them. */
typedef struct
{
  RegimenItem *item;
  guint        position;  /* in the session */
  char        *name;
  /* As the form's sentences quote it: in its own direction when it is
   * written right to left. */
  char        *quoted_name;
  gboolean     hold;    /* the count row is seconds held, not reps */
  gboolean     rounds;  /* an interval: a box to tick per round */
  GPtrArray   *loads;   /* GtkEntry per set; empty for rounds */
  GPtrArray   *counts;  /* GtkEntry per set, or GtkCheckButton per round */
  /* The boxes' texts until they are built (“1” or “0” for a round
   * ticked or not); empty once they are. */
  GPtrArray   *load_texts;
  GPtrArray   *count_texts;
  gboolean     built;
  GtkWidget   *build_button;
  GtkWidget   *section;
  GtkGrid     *grid;
  /* Built with the boxes, under them; until then its text. */
  GtkWidget   *note;
  char        *note_text;
  /* What its boxes said when the form was filled (dup_item_text()). */
  GStrv        filled;
  /* The boxes the person typed into, set by set (or round by round),
   * built or not: a number typed is theirs even when it is the one the
   * form showed (the plan's 5 reps typed as done), and a reload keeps
   * it. */
  GArray      *load_typed;   /* gboolean per set, as long as typed into */
  GArray      *count_typed;  /* gboolean per set or round, likewise */
  gboolean     note_typed;
} ItemBoxes;

/* The boxes above the exercises, in order: the status, the date, the
 * minutes, the RPE and the note. */
enum {
  HEADER_STATUS,
  HEADER_DATE,
  HEADER_MINUTES,
  HEADER_RPE,
  HEADER_NOTE,
  N_HEADER_BOXES
};

struct _RegimenLogForm
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkLabel        *title_label;
  GtkLabel        *meta_label;
  GtkDropDown     *status_dropdown;
  GtkLabel        *skipped_note;
  GtkEntry        *date_entry;
  GtkSpinButton   *minutes_spin;
  GtkSpinButton   *rpe_spin;
  GtkBox          *items_box;
  GtkEntry        *note_entry;
  GtkLabel        *error_label;
  /* The box the error is about, while it is shown. */
  GtkWidget       *invalid;
  /* Above the form, always in view: what a reload of the plan took
   * away from it. */
  GtkLabel        *reload_label;
  GtkWidget       *leave_out_button;
  GtkWidget       *clear_button;
  GtkScrolledWindow *scroller;

  RegimenPlan     *plan;
  RegimenSession  *session;
  RegimenLibrary  *library;
  RegimenLoadUnit  unit;
  /* ItemBoxes, one per item of the session. */
  GPtrArray       *items;
  /* The row heads of every exercise, one width, so the boxes line up. */
  /* The width of the grids' row labels, in characters: as wide as the
   * widest, so that the boxes of every exercise line up. */
  int              row_label_chars;
  /* What the boxes said when the form was filled (dup_boxes_text()). */
  GStrv            filled;
  /* The question whether to discard what was typed, while it is up. */
  GtkWindow       *question;
  /* Its window was asked to close meanwhile: Discard closes it too. */
  gboolean         close_parent;
  /* Saved, cleared or discarded: the form closes without asking. */
  gboolean         done;
  /* The boxes above the exercises the person typed into or chose in
   * (HEADER_STATUS…), and whether the form is filling them itself. */
  gboolean         header_typed[N_HEADER_BOXES];
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (RegimenLogForm, regimen_log_form, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_SESSION,
  PROP_LIBRARY,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
item_boxes_free (gpointer data)
{
  ItemBoxes *boxes = data;

  g_clear_object (&boxes->item);
  g_free (boxes->name);
  g_free (boxes->quoted_name);
  g_ptr_array_unref (boxes->loads);
  g_ptr_array_unref (boxes->counts);
  g_ptr_array_unref (boxes->load_texts);
  g_ptr_array_unref (boxes->count_texts);
  g_free (boxes->note_text);
  g_strfreev (boxes->filled);
  g_array_unref (boxes->load_typed);
  g_array_unref (boxes->count_typed);
  g_free (boxes);
}

/* Box @i of @flags (ItemBoxes' load_typed or count_typed) was typed into. */
static void
mark_typed (GArray *flags,
            guint   i)
{
  if (flags->len <= i)
    g_array_set_size (flags, i + 1);
  g_array_index (flags, gboolean, i) = TRUE;
}

static gboolean
is_typed (GArray *flags,
          guint   i)
{
  return i < flags->len && g_array_index (flags, gboolean, i);
}

/* A set's load or count box, or a round's, typed into or ticked. */
static void
on_cell_changed (GtkWidget *cell,
                 ItemBoxes *boxes)
{
  guint i;

  if (g_ptr_array_find (boxes->loads, cell, &i))
    mark_typed (boxes->load_typed, i);
  else if (g_ptr_array_find (boxes->counts, cell, &i))
    mark_typed (boxes->count_typed, i);
}

static void
on_note_changed (GtkEditable *note,
                 ItemBoxes   *boxes)
{
  boxes->note_typed = TRUE;
}

static const char *
unit_label (RegimenLoadUnit unit)
{
  return unit == REGIMEN_LOAD_UNIT_LB
         /* Translators: the unit of the load row of the log grid on Letter paper */
         ? C_("load unit", "lb")
         /* Translators: the unit of the load row of the log grid on A4 paper */
         : C_("load unit", "kg");
}

static char *
format_load (double load)
{
  /* Two decimals at most (a converted pound), none when it is whole;
   * with the locale's decimal mark, as the window's other number fields
   * show theirs (“52,5” in German). Either mark reads back. */
  return g_strdup_printf ("%.6g", round (load * 100) / 100);
}

/* A logged set's load as the form shows it, in the form's unit. */
static char *
format_set_load (RegimenLogForm      *self,
                 const RegimenSetLog *set)
{
  return set->load >= 0 ? format_load (regimen_load_convert (set->load, set->unit, self->unit)) : g_strdup ("");
}

static char *
format_count (guint count)
{
  return count > 0 ? g_strdup_printf ("%u", count) : g_strdup ("");
}

/* An empty box is 0; anything but digits, or more than @max, is not
 * read. Digits of another script (an Arabic input method's “١٠”) are
 * digits too. */
static gboolean
parse_count (const char *text,
             guint       max,
             guint      *count)
{
  g_autofree char *stripped = g_strstrip (regimen_decimal_from_typed (text));
  guint64 value = 0;

  *count = 0;
  if (stripped[0] == '\0')
    return TRUE;

  if (!g_ascii_string_to_unsigned (stripped, 10, 1, max, &value, NULL))
    return FALSE;

  *count = (guint) value;

  return TRUE;
}

/* An empty box is no load. A decimal comma reads as a point, and so
 * does the locale's own mark, which the form shows loads with (“52٫5”
 * under ps_AF); digits of another script are digits. */
static gboolean
parse_load (const char *text,
            double     *load)
{
  g_autofree char *stripped = g_strstrip (regimen_decimal_from_typed (text));
  const char *end = NULL;

  *load = REGIMEN_LOG_NO_LOAD;
  if (stripped[0] == '\0')
    return TRUE;

  g_strdelimit (stripped, ",", '.');
  if (!regimen_load_parse (stripped, &end, load) || *end != '\0')
    {
      *load = REGIMEN_LOG_NO_LOAD;
      return FALSE;
    }

  return TRUE;
}

/* Whether @text is a load a person in a locale that groups thousands
 * with a point may have meant either way: a point and exactly three
 * digits after it, no comma (“1.100”, one thousand one hundred in German,
 * read as 1.1). @whole and @decimal: the two readings, to say. */
static gboolean
load_is_ambiguous (const char  *text,
                   char       **whole,
                   char       **decimal)
{
  const struct lconv *conv = localeconv ();
  g_autofree char *digits = NULL;
  const char *point;
  gsize n_before;

  if (g_strcmp0 (conv->thousands_sep, ".") != 0 || g_strcmp0 (conv->decimal_point, ".") == 0)
    return FALSE;

  digits = g_strstrip (regimen_digits_from_typed (text));
  point = strchr (digits, '.');
  if (point == NULL || strchr (digits, ',') != NULL || strlen (point + 1) != 3)
    return FALSE;
  n_before = point - digits;
  if (n_before == 0 || strspn (digits, "0123456789") != n_before || strspn (point + 1, "0123456789") != 3)
    return FALSE;

  /* The digits without the point, and as a decimal with the locale's
   * mark (“1.100”: 1100 and 1,1). */
  *whole = g_strdup_printf ("%.0f", g_ascii_strtod (digits, NULL) * 1000);
  *decimal = regimen_decimal_format (g_ascii_strtod (digits, NULL));

  return TRUE;
}

static GtkWidget *
new_cell (const char *text,
          const char *accessible)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), 0.5);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_add_css_class (entry, "log-cell");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return entry;
}

static GtkWidget *
new_row_label (RegimenLogForm *self,
               const char     *text)
{
  GtkWidget *label = gtk_label_new (text);

  /* A width, not a GtkSizeGroup: a size group measures every member for
   * each, and a form at the limits has 2,600 of them (3 of its 8.7 s to
   * show). */
  gtk_label_set_width_chars (GTK_LABEL (label), self->row_label_chars);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "log-row-label");

  return label;
}

/* @n boxes in rows of at most @max, all rows as long as each other. */
static guint
per_row (guint n,
         guint max)
{
  guint chunks = (MAX (n, 1) + max - 1) / max;

  return (MAX (n, 1) + chunks - 1) / chunks;
}

/* Lays out the load above the reps (or seconds) of each set, as the sheet
 * draws them, with @load_texts and @count_texts in the boxes. */
static void
lay_out_sets (RegimenLogForm *self,
              ItemBoxes      *boxes,
              GPtrArray      *load_texts,
              GPtrArray      *count_texts)
{
  guint n_sets = load_texts->len;
  guint columns = per_row (n_sets, SETS_PER_ROW);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (boxes->grid))) != NULL)
    gtk_grid_remove (boxes->grid, child);
  g_ptr_array_set_size (boxes->loads, 0);
  g_ptr_array_set_size (boxes->counts, 0);

  for (guint i = 0; i < n_sets; i++)
    {
      guint row = (i / columns) * 2;
      guint column = i % columns + 1;
      g_autofree char *load_name = NULL;
      g_autofree char *count_name = NULL;
      GtkWidget *load;
      GtkWidget *count;

      /* Translators: the accessible name of a box of the log form, “Back Squat, set 2, load in kg” */
      load_name = g_strdup_printf (_("%s, set %u, load in %s"), boxes->name, i + 1, unit_label (self->unit));
      count_name = boxes->hold
                   /* Translators: the accessible name of a box of the log form, “Plank, set 2, seconds held” */
                   ? g_strdup_printf (_("%s, set %u, seconds held"), boxes->name, i + 1)
                   /* Translators: the accessible name of a box of the log form, “Back Squat, set 2, reps” */
                   : g_strdup_printf (_("%s, set %u, reps"), boxes->name, i + 1);

      if (column == 1)
        {
          GtkWidget *label = new_row_label (self, unit_label (self->unit));

          /* A gap above each pair of rows after the first, the same
           * over every box of the row and its head: a margin on one
           * would stretch the others to the row's height. */
          if (row > 0)
            gtk_widget_set_margin_top (label, 6);
          gtk_grid_attach (boxes->grid, label, 0, row, 1, 1);
          gtk_grid_attach (boxes->grid, new_row_label (self, boxes->hold
                                                       /* Translators: the row of the log grid for the seconds held */
                                                       ? C_("sheet log row", "s")
                                                       /* Translators: the row of the log grid for the reps done */
                                                       : C_("sheet log row", "reps")),
                           0, row + 1, 1, 1);
        }

      load = new_cell (g_ptr_array_index (load_texts, i), load_name);
      gtk_entry_set_input_purpose (GTK_ENTRY (load), GTK_INPUT_PURPOSE_NUMBER);
      count = new_cell (g_ptr_array_index (count_texts, i), count_name);
      gtk_entry_set_input_purpose (GTK_ENTRY (count), GTK_INPUT_PURPOSE_DIGITS);
      if (row > 0)
        gtk_widget_set_margin_top (load, 6);

      gtk_grid_attach (boxes->grid, load, column, row, 1, 1);
      gtk_grid_attach (boxes->grid, count, column, row + 1, 1, 1);
      g_ptr_array_add (boxes->loads, load);
      g_ptr_array_add (boxes->counts, count);
      g_signal_connect (load, "changed", G_CALLBACK (on_cell_changed), boxes);
      g_signal_connect (count, "changed", G_CALLBACK (on_cell_changed), boxes);
    }
}

/* The sets' boxes' texts: from the log when the item is logged (its sets
 * not logged were not done), else from the prescription. */
static void
fill_set_texts (RegimenLogForm       *self,
                ItemBoxes            *boxes,
                const RegimenItemLog *logged)
{
  guint planned = MAX (regimen_item_get_sets (boxes->item), 1);
  guint n_sets = logged != NULL ? MAX (planned, logged->sets->len) : planned;
  guint prescribed = boxes->hold ? regimen_item_get_hold_seconds (boxes->item) : regimen_item_get_reps (boxes->item);

  for (guint i = 0; i < n_sets; i++)
    {
      if (logged != NULL && i < logged->sets->len)
        {
          const RegimenSetLog *set = &g_array_index (logged->sets, RegimenSetLog, i);

          g_ptr_array_add (boxes->load_texts, format_set_load (self, set));
          g_ptr_array_add (boxes->count_texts, format_count (boxes->hold ? set->hold_seconds : set->reps));
        }
      else
        {
          g_ptr_array_add (boxes->load_texts, g_strdup (""));
          g_ptr_array_add (boxes->count_texts, format_count (logged != NULL ? 0 : prescribed));
        }
    }
}

/* Whether each round's box is ticked: the rounds logged, or those
 * planned. */
static void
fill_round_texts (ItemBoxes            *boxes,
                  const RegimenItemLog *logged)
{
  const RegimenInterval *interval = regimen_item_get_interval (boxes->item);
  guint planned = MAX (interval->rounds, 1);
  guint done = 0;
  guint n_rounds;

  if (logged != NULL)
    for (guint i = 0; i < logged->sets->len; i++)
      done += g_array_index (logged->sets, RegimenSetLog, i).rounds;
  else
    done = interval->rounds;

  n_rounds = MIN (MAX (planned, done), REGIMEN_ROUNDS_MAX);
  for (guint i = 0; i < n_rounds; i++)
    g_ptr_array_add (boxes->count_texts, g_strdup (i < done ? "1" : "0"));
}

/* A box to tick per interval round, as on the sheet. */
static void
lay_out_rounds (RegimenLogForm *self,
                ItemBoxes      *boxes)
{
  guint n_rounds = boxes->count_texts->len;
  guint columns = per_row (n_rounds, ROUNDS_PER_ROW);

  /* Translators: heads the boxes to tick, one per interval round */
  gtk_grid_attach (boxes->grid, new_row_label (self, _("Rounds")), 0, 0, 1, 1);

  for (guint i = 0; i < n_rounds; i++)
    {
      GtkWidget *tick = gtk_check_button_new ();
      /* Translators: the accessible name of a box to tick in the log form, “Burpee, round 3” */
      g_autofree char *name = g_strdup_printf (_("%s, round %u"), boxes->name, i + 1);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (tick),
                                   g_str_equal (g_ptr_array_index (boxes->count_texts, i), "1"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (tick),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_grid_attach (boxes->grid, tick, i % columns + 1, i / columns, 1, 1);
      g_ptr_array_add (boxes->counts, tick);
      g_signal_connect (tick, "toggled", G_CALLBACK (on_cell_changed), boxes);
    }
}

/* The line under an exercise's boxes, built with them: a set more than
 * planned, and the note. */
static void
add_footer (ItemBoxes *boxes)
{
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_top (footer, 2);
  gtk_box_append (GTK_BOX (boxes->section), footer);

  if (!boxes->rounds)
    {
      GtkWidget *more = gtk_button_new_with_label (_("Add a Set"));
      /* Translators: the accessible name of the button that adds a set to an exercise in the log form, “Back Squat, add a set” */
      g_autofree char *name = g_strdup_printf (_("%s, add a set"), boxes->name);

      gtk_widget_add_css_class (more, "flat");
      gtk_widget_add_css_class (more, "caption");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (more), "log.add-set");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (more), "u", boxes->position);
      gtk_accessible_update_property (GTK_ACCESSIBLE (more),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_box_append (GTK_BOX (footer), more);
    }

  {
    /* Translators: the accessible name of an exercise's note in the log form, “Back Squat, note” */
    g_autofree char *name = g_strdup_printf (_("%s, note"), boxes->name);

    boxes->note = gtk_entry_new ();
    gtk_editable_set_text (GTK_EDITABLE (boxes->note), boxes->note_text);
    g_clear_pointer (&boxes->note_text, g_free);
    gtk_entry_set_placeholder_text (GTK_ENTRY (boxes->note), C_("log form", "Note"));
    gtk_entry_set_activates_default (GTK_ENTRY (boxes->note), TRUE);
    regimen_editable_limit_text (GTK_EDITABLE (boxes->note));
    gtk_widget_set_hexpand (boxes->note, TRUE);
    gtk_accessible_update_property (GTK_ACCESSIBLE (boxes->note),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
    g_signal_connect (boxes->note, "changed", G_CALLBACK (on_note_changed), boxes);
    gtk_box_append (GTK_BOX (footer), boxes->note);
  }
}

/* Builds the boxes of @boxes from their texts, in place of the button
 * that stood for them. */
static void
build_boxes (RegimenLogForm *self,
             ItemBoxes      *boxes)
{
  if (boxes->built)
    return;

  if (boxes->rounds)
    lay_out_rounds (self, boxes);
  else
    lay_out_sets (self, boxes, boxes->load_texts, boxes->count_texts);
  boxes->built = TRUE;
  g_ptr_array_set_size (boxes->load_texts, 0);
  g_ptr_array_set_size (boxes->count_texts, 0);
  gtk_widget_set_visible (GTK_WIDGET (boxes->grid), TRUE);
  add_footer (boxes);
  if (boxes->build_button != NULL)
    {
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (boxes->build_button)), boxes->build_button);
      boxes->build_button = NULL;
    }
}

/* The boxes of an exercise, built or not: how many sets (or rounds), and
 * what the load and the count (“1” or “0” for a round) of each say. */
static guint
n_boxes (ItemBoxes *boxes)
{
  return boxes->built ? boxes->counts->len : boxes->count_texts->len;
}

static const char *
load_text (ItemBoxes *boxes,
           guint      i)
{
  return boxes->built
         ? gtk_editable_get_text (g_ptr_array_index (boxes->loads, i))
         : g_ptr_array_index (boxes->load_texts, i);
}

static const char *
note_text (ItemBoxes *boxes)
{
  return boxes->note != NULL ? gtk_editable_get_text (GTK_EDITABLE (boxes->note)) : boxes->note_text;
}

static const char *
count_text (ItemBoxes *boxes,
            guint      i)
{
  if (!boxes->built)
    return g_ptr_array_index (boxes->count_texts, i);
  if (boxes->rounds)
    return gtk_check_button_get_active (g_ptr_array_index (boxes->counts, i)) ? "1" : "0";

  return gtk_editable_get_text (g_ptr_array_index (boxes->counts, i));
}

/* A button in place of the boxes not built yet; it builds them and goes
 * to the first. */
static GtkWidget *
new_build_button (RegimenLogForm *self,
                  ItemBoxes      *boxes)
{
  guint n = boxes->count_texts->len;
  g_autofree char *label = boxes->rounds
                           /* Translators: a button of the log form in place of an exercise's boxes to tick, not built until asked for in a session of many exercises */
                           ? g_strdup_printf (ngettext ("Show %u Round", "Show %u Rounds", n), n)
                           /* Translators: a button of the log form in place of an exercise's load and reps boxes, not built until asked for in a session of many exercises */
                           : g_strdup_printf (ngettext ("Show %u Set", "Show %u Sets", n), n);
  /* Translators: the accessible name of the button that shows an exercise's boxes in the log form, “Back Squat, show the sets” */
  g_autofree char *name = g_strdup_printf (_("%s, show the sets"), boxes->name);
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "log-build-sets");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "log.show-sets");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", boxes->position);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  return button;
}

/* The exercise's section of the form. Its boxes are built while they
 * fit in @room, what is left of BOXES_BUILT (the first exercise's
 * always); once one does not fit, none after it is built. */
static void
add_item (RegimenLogForm          *self,
          RegimenItem             *item,
          const RegimenSessionLog *log,
          guint                   *room)
{
  const RegimenItemLog *logged = log != NULL ? regimen_session_log_find_item (log, regimen_item_get_id (item)) : NULL;
  const char *group = regimen_item_get_group (item);
  const char *notes = regimen_item_get_notes (item);
  g_autofree char *prescription = regimen_item_format_prescription_in (item, self->unit);
  ItemBoxes *boxes = g_new0 (ItemBoxes, 1);
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *name_label;
  GtkWidget *grid = gtk_grid_new ();
  guint n;

  boxes->item = g_object_ref (item);
  boxes->position = self->items->len;
  boxes->section = section;
  boxes->note_text = g_strdup (logged != NULL && logged->note != NULL ? logged->note : "");
  /* On one line, without bidirectional controls: the name heads the
   * exercise, names its boxes for the screen reader and is quoted by the
   * form's errors (a hand-edited exercises.json may give it line breaks
   * or a U+202E). */
  boxes->name = regimen_text_one_line (regimen_item_get_exercise_name (item, self->library), G_MAXUINT);
  boxes->quoted_name = regimen_text_dup_quoted (boxes->name);
  boxes->rounds = regimen_item_get_interval (item) != NULL;
  boxes->hold = regimen_item_get_hold_seconds (item) > 0 && regimen_item_get_reps (item) == 0;
  boxes->loads = g_ptr_array_new ();
  boxes->counts = g_ptr_array_new ();
  boxes->load_texts = g_ptr_array_new_with_free_func (g_free);
  boxes->count_texts = g_ptr_array_new_with_free_func (g_free);
  boxes->load_typed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  boxes->count_typed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_ptr_array_add (self->items, boxes);

  if (group != NULL && group[0] != '\0')
    {
      g_autofree char *group_line = regimen_text_one_line (group, MAX_GROUP_CHARS);
      g_autofree char *quoted_group = regimen_text_dup_quoted (group_line);
      g_autofree char *grouped = NULL;
      g_autofree char *line = NULL;

      /* Translators: an exercise of a superset in the log form, its group first, as on the sheet: “1a  Back Squat” */
      grouped = g_strdup_printf (_("%s  %s"), quoted_group, boxes->quoted_name);
      /* The group first in the window's direction: a group of digits only
       * (“1”) before a name in Hebrew was put after it, the line taking
       * its direction from the name's first letter. */
      line = regimen_widget_dup_line (GTK_WIDGET (self), grouped);
      name_label = gtk_label_new (line);
    }
  else
    name_label = gtk_label_new (boxes->name);
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_wrap (GTK_LABEL (name_label), TRUE);
  /* A word longer than the form is wide (a name of 200 letters) breaks
   * inside: wrapped at spaces only, it widened the form past the screen
   * and took its Save button with it. */
  gtk_label_set_wrap_mode (GTK_LABEL (name_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (name_label, "heading");
  gtk_box_append (GTK_BOX (section), name_label);

  if (prescription[0] != '\0')
    {
      GtkWidget *label = gtk_label_new (prescription);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "log-item-prescription");
      gtk_box_append (GTK_BOX (section), label);
    }

  if (notes != NULL && notes[0] != '\0')
    {
      /* As the name: a U+202E read the note backwards, and a long word
       * pushed Save off the screen. */
      g_autofree char *lines = regimen_text_few_lines (notes, MAX_NOTES_LINES);
      g_autofree char *shown = regimen_text_cut (lines, MAX_NOTES_CHARS);
      GtkWidget *label = gtk_label_new (shown);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "log-item-prescription");
      gtk_box_append (GTK_BOX (section), label);
    }

  gtk_grid_set_column_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_top (grid, 2);
  boxes->grid = GTK_GRID (grid);
  if (boxes->rounds)
    fill_round_texts (boxes, logged);
  else
    fill_set_texts (self, boxes, logged);
  gtk_widget_set_visible (grid, FALSE);
  gtk_box_append (GTK_BOX (section), grid);

  n = boxes->rounds ? boxes->count_texts->len : 2 * boxes->count_texts->len;
  if (n <= *room || *room == BOXES_BUILT)
    {
      build_boxes (self, boxes);
      *room -= MIN (n, *room);
    }
  else
    {
      boxes->build_button = new_build_button (self, boxes);
      gtk_box_insert_child_after (GTK_BOX (section), boxes->build_button, gtk_widget_get_prev_sibling (grid));
      *room = 0;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (section),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, boxes->name,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (section),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, prescription,
                                  -1);
  gtk_box_append (self->items_box, section);
}

/* The unit the form types loads in: the one of what was logged, so a plan
 * logged in pounds stays in pounds; otherwise the person's preference. */
static RegimenLoadUnit
logged_unit (const RegimenSessionLog *log,
             RegimenLoadUnit          preferred)
{
  if (log == NULL)
    return preferred;

  for (guint i = 0; i < log->items->len; i++)
    {
      const RegimenItemLog *item_log = g_ptr_array_index (log->items, i);

      for (guint j = 0; j < item_log->sets->len; j++)
        {
          const RegimenSetLog *set = &g_array_index (item_log->sets, RegimenSetLog, j);

          if (set->load >= 0)
            return set->unit;
        }
    }

  return preferred;
}

static void
fill (RegimenLogForm *self)
{
  const RegimenSessionLog *log = regimen_session_get_log (self->session);
  GListModel *items = regimen_session_get_items (self->session);
  g_autoptr(GDate) planned = regimen_plan_dup_session_date (self->plan, self->session);
  g_autofree char *details = regimen_session_describe (self->session, TRUE);
  g_autofree char *code = regimen_id_short (regimen_session_get_id (self->session));
  g_autofree char *meta = NULL;
  g_autofree char *title_line = NULL;
  g_autofree char *shown_title = NULL;
  const char *title = regimen_session_get_display_title (self->session);
  const GDate *date = NULL;
  guint room = BOXES_BUILT;
  guint minutes;
  guint rpe;

  /* What the form puts into its boxes was not typed. */
  self->filling = TRUE;

  {
    /* One character more than the widest, so that none of them is wider
     * than the rest with a font of narrow digits. */
    const char *row_texts[] = {
      unit_label (self->unit), C_("sheet log row", "s"), C_("sheet log row", "reps"), _("Rounds")
    };

    self->row_label_chars = 0;
    for (guint i = 0; i < G_N_ELEMENTS (row_texts); i++)
      self->row_label_chars = MAX (self->row_label_chars, (int) g_utf8_strlen (row_texts[i], -1) + 1);
  }

  /* Translators: a session's details and its short code, by which it is
   * found again when the training is logged: “Strength · RPE 7 · 45 min · #k3v7” */
  meta = g_strdup_printf (_("%s · #%s"), details, code);
  /* On one line, as the session's card shows it: its line breaks made
   * the heading several lines and a U+202E read it backwards. */
  shown_title = regimen_text_one_line (title, MAX_TITLE_CHARS);
  gtk_label_set_label (self->title_label, shown_title);
  gtk_label_set_label (self->meta_label, meta);
  /* The header's one line: a U+202E in the title read the rest of it
   * backwards there. */
  title_line = regimen_text_one_line (title, MAX_QUOTED_TITLE_CHARS);
  adw_window_title_set_subtitle (self->window_title, title_line);

  /* A planned day is always one the form takes: a plan's weeks end by
   * 2999-12-31 (regimen_plan_get_max_weeks()). */
  if (log != NULL && g_date_valid (&log->date))
    date = &log->date;
  else if (planned != NULL)
    date = planned;
  if (date != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%04u-%02u-%02u",
                                               g_date_get_year (date),
                                               g_date_get_month (date),
                                               g_date_get_day (date));

      gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
    }

  minutes = log != NULL && log->minutes > 0 ? log->minutes : regimen_session_get_minutes (self->session);
  if (minutes == 0)
    minutes = (guint) CLAMP (round (regimen_session_estimate_minutes (self->session)), 1, REGIMEN_MINUTES_MAX);
  rpe = log != NULL && log->rpe > 0 ? log->rpe : regimen_session_get_rpe (self->session);
  gtk_spin_button_set_value (self->minutes_spin, minutes);
  gtk_spin_button_set_value (self->rpe_spin, rpe);
  gtk_drop_down_set_selected (self->status_dropdown, log != NULL ? (guint) log->status : REGIMEN_LOG_STATUS_DONE);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), log != NULL && log->note != NULL ? log->note : "");

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RegimenItem) item = g_list_model_get_item (items, i);

      add_item (self, item, log, &room);
    }

  gtk_widget_set_visible (self->clear_button, log != NULL);
  self->filling = FALSE;
}

/* What the boxes of one exercise say, in order: the load and the count
 * of each set (or whether each round is ticked), then its note. */
static void
add_item_text (GStrvBuilder *builder,
               ItemBoxes    *boxes)
{
  for (guint j = 0; j < n_boxes (boxes); j++)
    {
      if (!boxes->rounds)
        g_strv_builder_add (builder, load_text (boxes, j));
      g_strv_builder_add (builder, count_text (boxes, j));
    }
  g_strv_builder_add (builder, note_text (boxes));
}

static GStrv
dup_item_text (ItemBoxes *boxes)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  add_item_text (builder, boxes);

  return g_strv_builder_end (builder);
}

/* What the boxes above the exercises say, in the order of HEADER_STATUS…. */
static void
add_header_text (GStrvBuilder   *builder,
                 RegimenLogForm *self)
{
  g_autofree char *status = g_strdup_printf ("%u", gtk_drop_down_get_selected (self->status_dropdown));

  g_strv_builder_add (builder, status);
  g_strv_builder_add (builder, gtk_editable_get_text (GTK_EDITABLE (self->date_entry)));
  g_strv_builder_add (builder, gtk_editable_get_text (GTK_EDITABLE (self->minutes_spin)));
  g_strv_builder_add (builder, gtk_editable_get_text (GTK_EDITABLE (self->rpe_spin)));
  g_strv_builder_add (builder, gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));
}

/* What every box of the form says, in order: the boxes of the header
 * (HEADER_STATUS…), then those of each exercise (add_item_text()). Two
 * of these differ when anything was typed, ticked, chosen or added. */
static GStrv
dup_boxes_text (RegimenLogForm *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  add_header_text (builder, self);
  for (guint i = 0; i < self->items->len; i++)
    add_item_text (builder, g_ptr_array_index (self->items, i));

  return g_strv_builder_end (builder);
}

/* What the boxes above the exercises say (HEADER_STATUS…). */
static GStrv
dup_header_text (RegimenLogForm *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  add_header_text (builder, self);

  return g_strv_builder_end (builder);
}

/* Takes note of what the form says now, as filled from the plan: what
 * differs from it later was typed. */
static void
note_filled (RegimenLogForm *self)
{
  g_clear_pointer (&self->filled, g_strfreev);
  self->filled = dup_boxes_text (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemBoxes *boxes = g_ptr_array_index (self->items, i);

      g_clear_pointer (&boxes->filled, g_strfreev);
      boxes->filled = dup_item_text (boxes);
    }
}

/* A frame clock tick while a box is refused: once the message above the
 * form is laid out (it makes the form's view shorter), scrolls the form
 * just enough to show the box whole. */
static gboolean
scroll_invalid_into_view (GtkWidget     *box,
                          GdkFrameClock *clock,
                          gpointer       user_data)
{
  RegimenLogForm *self = user_data;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->error_label)) ||
      gtk_widget_get_height (GTK_WIDGET (self->error_label)) == 0 ||
      !regimen_scrolled_window_show_widget (self->scroller, box))
    return G_SOURCE_CONTINUE;

  return G_SOURCE_REMOVE;
}

static void
show_error (RegimenLogForm *self,
            GtkWidget      *where,
            const char     *message)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  g_autofree char *line = regimen_widget_dup_line (GTK_WIDGET (self->error_label), message);

  /* Above the form, always in view: at its foot, the message was out of
   * sight while the form scrolled up to the box it is about. */
  gtk_label_set_label (self->error_label, line);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (where != NULL)
    {
      gtk_widget_add_css_class (where, "error");
      /* Named as the box's error, for a screen reader on the box. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (where),
                                      GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, self->error_label,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (where),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      g_set_weak_pointer (&self->invalid, where);
      /* Focused without the viewport's own animated scroll, aimed before
       * the message takes its room above the form: it left the box half
       * hidden. The form is scrolled to the box once laid out. */
      if (GTK_IS_VIEWPORT (viewport))
        gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), FALSE);
      gtk_widget_grab_focus (where);
      if (GTK_IS_VIEWPORT (viewport))
        gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
      gtk_widget_add_tick_callback (where, scroll_invalid_into_view, self, NULL);
    }
}

/* The error of set @i's load (or count), on its box: built first when the
 * exercise's boxes were not. */
static void
show_set_error (RegimenLogForm *self,
                ItemBoxes      *boxes,
                gboolean        load,
                guint           i,
                const char     *message)
{
  build_boxes (self, boxes);
  show_error (self, g_ptr_array_index (load ? boxes->loads : boxes->counts, i), message);
}

static void
clear_errors (RegimenLogForm *self)
{
  if (self->invalid != NULL)
    {
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->invalid), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->invalid), GTK_ACCESSIBLE_STATE_INVALID);
      g_clear_weak_pointer (&self->invalid);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_visible (self->leave_out_button, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->minutes_spin), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->rpe_spin), "error");
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemBoxes *boxes = g_ptr_array_index (self->items, i);

      for (guint j = 0; j < boxes->loads->len; j++)
        gtk_widget_remove_css_class (g_ptr_array_index (boxes->loads, j), "error");
      for (guint j = 0; j < boxes->counts->len; j++)
        gtk_widget_remove_css_class (g_ptr_array_index (boxes->counts, j), "error");
    }
}

/* Replaces the sets of @item_log by those of @sets, keeping its note and
 * unknown members. */
static void
replace_sets (RegimenItemLog *item_log,
              GArray         *sets)
{
  g_autoptr(RegimenSessionLog) scratch = regimen_session_log_new (REGIMEN_LOG_STATUS_DONE);
  RegimenItemLog *fresh = regimen_session_log_add_item (scratch, item_log->item);
  GArray *old;

  for (guint i = 0; i < sets->len; i++)
    regimen_item_log_add_set (fresh, &g_array_index (sets, RegimenSetLog, i));

  old = item_log->sets;
  item_log->sets = fresh->sets;
  fresh->sets = old;
}

/* The sets typed for one item, or FALSE with the error shown. Each set
 * starts from what was logged for it before, so members the form does not
 * show (another count, unknown members) are kept. */
static gboolean
read_sets (RegimenLogForm       *self,
           ItemBoxes            *boxes,
           const RegimenItemLog *before,
           GArray               *sets)
{
  if (boxes->rounds)
    {
      RegimenSetLog set;
      guint ticked = 0;
      guint done = 0;
      guint n_round_sets = 0;
      guint place = G_MAXUINT;
      gboolean as_logged;

      for (guint i = 0; i < n_boxes (boxes); i++)
        ticked += g_str_equal (count_text (boxes, i), "1") ? 1 : 0;

      if (before != NULL)
        for (guint i = 0; i < before->sets->len; i++)
          {
            guint rounds = g_array_index (before->sets, RegimenSetLog, i).rounds;

            done += rounds;
            n_round_sets += rounds > 0 ? 1 : 0;
          }

      /* Sets the boxes do not show (reps or a hold logged against the
       * interval from the command line) stay as they were, and so do the
       * rounds logged while as many boxes are ticked as showed them: Save
       * dropped the first, and wrote two sets of 60 rounds, shown as the
       * 100 boxes the form has, as one set of 100. */
      as_logged = done > 0 && ticked == MIN (done, REGIMEN_ROUNDS_MAX);
      if (before != NULL)
        for (guint i = 0; i < before->sets->len; i++)
          {
            const RegimenSetLog *logged = &g_array_index (before->sets, RegimenSetLog, i);

            /* The one set of rounds, edited, is the set the boxes show:
             * it keeps its own members (a heart rate logged with it) and
             * its place among the others, where beside a set of reps it
             * was made anew, at the end. */
            if (logged->rounds > 0 && n_round_sets == 1 && !as_logged)
              {
                set = *logged;
                place = sets->len;
              }
            if (logged->rounds == 0 || as_logged)
              g_array_append_val (sets, *logged);
          }
      if (as_logged)
        return TRUE;

      if (place == G_MAXUINT)
        {
          regimen_set_log_init (&set);
          place = sets->len;
        }
      set.rounds = ticked;
      if (ticked > 0 && sets->len >= REGIMEN_LOG_MAX_SETS)
        {
          /* The sets kept above fill the exercise's log: one more would
           * make a plan that no longer opens. */
          /* Translators: an error of the log form: “Burpee: 100 sets are logged already, the most an exercise holds; untick its rounds” */
          g_autofree char *message = g_strdup_printf (_("%s: %u sets are logged already, the most an exercise holds; untick its rounds"),
                                                      boxes->quoted_name, REGIMEN_LOG_MAX_SETS);

          show_set_error (self, boxes, FALSE, 0, message);
          return FALSE;
        }
      if (ticked > 0)
        g_array_insert_val (sets, place, set);

      return TRUE;
    }

  for (guint i = 0; i < n_boxes (boxes); i++)
    {
      const char *load_typed = load_text (boxes, i);
      const char *count_typed = count_text (boxes, i);
      guint max = boxes->hold ? REGIMEN_HOLD_SECONDS_MAX : REGIMEN_LOG_REPS_MAX;
      const RegimenSetLog *logged = before != NULL && i < before->sets->len
                                    ? &g_array_index (before->sets, RegimenSetLog, i) : NULL;
      g_autofree char *shown = logged != NULL ? format_set_load (self, logged) : NULL;
      g_autofree char *typed = g_strstrip (g_strdup (load_typed));
      /* A load left as the form shows it stays as it was logged, in its
       * own unit: the form shows every load in one unit, to two decimals
       * (100 kg of a log in pounds as 220.46), and took what it showed
       * for what was logged. It is not read again either: 1000 kg, shown
       * as 2204.62 in a form in pounds, is past the 2000 a load typed in
       * pounds may be, and Save was refused over a box nobody touched. */
      gboolean as_logged = TRUE;
      g_autofree char *whole = NULL;
      g_autofree char *decimal = NULL;
      RegimenSetLog set;
      double load;
      guint count;

      if (shown == NULL || !g_str_equal (shown, typed))
        as_logged = FALSE;

      /* “1.100” under German numbers may be either: said, never guessed. */
      if (!as_logged && load_is_ambiguous (load_typed, &whole, &decimal))
        {
          g_autofree char *example = regimen_decimal_format (62.5);
          /* Translators: an error of the log form under a locale that groups thousands with a point:
           * “Back Squat, set 2: 1.100 may be 1100 or 1,1; write a load with decimals as 62,5” */
          g_autofree char *message = g_strdup_printf (_("%s, set %u: %s may be %s or %s; write a load with decimals as %s"),
                                                      boxes->quoted_name, i + 1, typed, whole, decimal, example);

          show_set_error (self, boxes, TRUE, i, message);
          return FALSE;
        }

      if (as_logged)
        load = logged->load;
      else if (!parse_load (load_typed, &load))
        {
          /* Seven decimals are refused as every way a load comes in
           * refuses them, and said as such: counted in the text as
           * parse_load() reads it, a comma or an Arabic mark a point. */
          g_autofree char *plain = g_strdelimit (regimen_decimal_from_typed (load_typed), ",", '.');
          /* A load as the form reads it, with the locale's mark: “1.1.00”
           * under de_DE (neither 1,1 nor 1.100) was refused without
           * saying how to write one. */
          g_autofree char *example = regimen_decimal_format (62.5);
          g_autofree char *message = regimen_decimal_count_decimals (plain + strspn (plain, " \t"))
                                     > REGIMEN_LOAD_DECIMALS_MAX
                                     /* Translators: an error of the log form: “Back Squat, set 2: the load has at most 6 decimals” */
                                     ? g_strdup_printf (_("%s, set %u: the load has at most %u decimals"),
                                                        boxes->quoted_name, i + 1, (guint) REGIMEN_LOAD_DECIMALS_MAX)
                                     /* Translators: an error of the log form: “Back Squat, set 2: the load is a number from 0 to 2000,
                                      * written as 62.5”; the last %s is 62.5 with your locale's decimal mark */
                                     : g_strdup_printf (_("%s, set %u: the load is a number from 0 to %g, written as %s"),
                                                        boxes->quoted_name, i + 1, REGIMEN_LOG_LOAD_MAX, example);

          show_set_error (self, boxes, TRUE, i, message);
          return FALSE;
        }

      if (!parse_count (count_typed, max, &count))
        {
          g_autofree char *message = boxes->hold
                                     /* Translators: an error of the log form: “Plank, set 2: the seconds held are a whole number from 1 to 36000” */
                                     ? g_strdup_printf (_("%s, set %u: the seconds held are a whole number from 1 to %u"),
                                                        boxes->quoted_name, i + 1, max)
                                     /* Translators: an error of the log form: “Back Squat, set 2: the reps are a whole number from 1 to 1000” */
                                     : g_strdup_printf (_("%s, set %u: the reps are a whole number from 1 to %u"),
                                                        boxes->quoted_name, i + 1, max);

          show_set_error (self, boxes, FALSE, i, message);
          return FALSE;
        }

      /* A set with neither was not done, unless it was logged with what
       * the row does not show (reps of a hold, from the command line):
       * that stays as it was. A load alone says too little. */
      if (count == 0 && load < 0)
        {
          if (logged != NULL)
            {
              if ((boxes->hold ? logged->reps : logged->hold_seconds) > 0 || logged->rounds > 0)
                g_array_append_val (sets, *logged);
            }
          continue;
        }
      if (count == 0)
        {
          g_autofree char *message = boxes->hold
                                     /* Translators: an error of the log form: a set has a load but its seconds box is empty */
                                     ? g_strdup_printf (_("%s, set %u: how many seconds were held with this load?"),
                                                        boxes->quoted_name, i + 1)
                                     /* Translators: an error of the log form: a set has a load but its reps box is empty */
                                     : g_strdup_printf (_("%s, set %u: how many reps were done with this load?"),
                                                        boxes->quoted_name, i + 1);

          show_set_error (self, boxes, FALSE, i, message);
          return FALSE;
        }

      if (logged != NULL)
        set = *logged;
      else
        regimen_set_log_init (&set);
      if (boxes->hold)
        set.hold_seconds = count;
      else
        set.reps = count;
      if (!as_logged)
        {
          set.load = load;
          set.unit = self->unit;
        }
      g_array_append_val (sets, set);
    }

  return TRUE;
}

/* A number typed in a spin button past its limits, or what is no number,
 * while it is refused (on_spin_input()): what was typed, and the value
 * the box keeps. */
#define PAST_LIMITS_KEY "regimen-log-past-limits"

typedef struct
{
  char   *typed;
  double  value;
} PastLimits;

static void
past_limits_free (gpointer data)
{
  PastLimits *past = data;

  g_free (past->typed);
  g_free (past);
}

/* Whether @text is digits, with a decimal point and digits after it or
 * not (the comma already made a point): what a person types as a number
 * of minutes or an RPE. With @whole, a fraction is no such number: the
 * boxes show whole minutes and RPEs, and GTK rounded “7,5” to RPE 8
 * without a word. */
static gboolean
is_plain_number (const char *text,
                 gboolean    whole)
{
  const char *p = text;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      while (*p == '0' || (!whole && g_ascii_isdigit (*p)))
        p++;
    }

  return *p == '\0';
}

/* GTK sets a number typed past a spin button's limits to the nearest one
 * without a word (the focus leaving the box, Enter, Save): 900 minutes
 * were logged as 600, and the form closed. Such a number leaves the value
 * as it was and stays in the box as typed (on_spin_output()), for
 * read_log() to refuse in place, as a set's reps past theirs are. So does
 * what is no number at all: a box rubbed out, a space, letters, “0x10”,
 * which GTK read as 0 and raised to the lowest, 1 minute or RPE 1 logged
 * without a word, and so does a fraction (“7,5”, which GTK rounded). A
 * whole number within the limits is read as GTK reads it, in the digits
 * of any script, with “.0” or “,0” after it or not. */
static int
on_spin_input (GtkSpinButton *spin,
               double        *new_value,
               gpointer       user_data)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *text = g_strstrip (regimen_digits_from_typed (gtk_editable_get_text (GTK_EDITABLE (spin))));
  PastLimits *past;
  double typed;

  g_strdelimit (text, ",", '.');
  typed = g_ascii_strtod (text, NULL);
  if (is_plain_number (text, gtk_spin_button_get_digits (spin) == 0) &&
      typed >= gtk_adjustment_get_lower (adjustment) && typed <= gtk_adjustment_get_upper (adjustment))
    {
      g_object_set_data (G_OBJECT (spin), PAST_LIMITS_KEY, NULL);
      *new_value = typed;
      return TRUE;
    }

  past = g_new0 (PastLimits, 1);
  past->typed = g_steal_pointer (&text);
  past->value = gtk_spin_button_get_value (spin);
  g_object_set_data_full (G_OBJECT (spin), PAST_LIMITS_KEY, past, past_limits_free);
  *new_value = past->value;

  return TRUE;
}

/* The box shows the number refused as it was typed, until its value
 * changes (its arrows). */
static gboolean
on_spin_output (GtkSpinButton *spin,
                gpointer       user_data)
{
  PastLimits *past = g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY);

  if (past == NULL)
    return FALSE;
  if (gtk_spin_button_get_value (spin) != past->value)
    {
      g_object_set_data (G_OBJECT (spin), PAST_LIMITS_KEY, NULL);
      return FALSE;
    }

  return TRUE;
}

/* FALSE, with the error shown on @spin, when a number past its limits,
 * or what is no number, was typed there. */
static gboolean
check_spin_in_range (RegimenLogForm *self,
                     GtkSpinButton  *spin,
                     const char     *what)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *message = NULL;

  if (g_object_get_data (G_OBJECT (spin), PAST_LIMITS_KEY) == NULL)
    return TRUE;

  /* Translators: an error of the log form; %s is the box (“Minutes trained”, “Session RPE”), the numbers its
   * limits */
  message = g_strdup_printf (_("%s: a whole number from %.0f to %.0f"),
                             what, gtk_adjustment_get_lower (adjustment), gtk_adjustment_get_upper (adjustment));
  show_error (self, GTK_WIDGET (spin), message);

  return FALSE;
}

/* The log the form says, built on the one the session has (its unknown
 * members kept), its entries in the session's order and after them, from
 * regimen_session_log_keep_removed(), those of exercises no longer in the
 * session, as `regimen-cli log` keeps them; how many of those in
 * @n_kept (nullable), for Save's message when they make the log too long (Leave Out
 * and keeping what was typed at the end ask for none: the one leaves
 * them out, the other keeps no log that long). NULL with the error
 * shown. */
static RegimenSessionLog *
read_log (RegimenLogForm *self,
          guint          *n_kept)
{
  const RegimenSessionLog *before = regimen_session_get_log (self->session);
  RegimenLogStatus status = gtk_drop_down_get_selected (self->status_dropdown);
  g_autoptr(RegimenSessionLog) log = NULL;
  g_autofree char *date_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_entry))));
  guint placed = 0;
  guint kept;

  if (status >= REGIMEN_N_LOG_STATUSES)
    status = REGIMEN_LOG_STATUS_DONE;

  log = before != NULL ? regimen_session_log_copy (before) : regimen_session_log_new (status);
  log->status = status;

  g_date_clear (&log->date, 1);
  if (date_text[0] != '\0' && !regimen_date_parse (date_text, &log->date))
    {
      /* Quoted on one line and cut: a paragraph pasted into the box made
       * the form too tall for its Save button to be seen. */
      g_autofree char *line = regimen_text_one_line (date_text, MAX_QUOTED_DATE_CHARS);
      g_autofree char *quoted = regimen_text_dup_quoted (line);
      /* Translators: an error of the log form; %s is what was typed */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date from 1900 to 2999; write it as YYYY-MM-DD."),
                                                  quoted);

      show_error (self, GTK_WIDGET (self->date_entry), message);
      return NULL;
    }

  gtk_spin_button_update (self->minutes_spin);
  gtk_spin_button_update (self->rpe_spin);
  if (regimen_log_status_has_effort (status) &&
      (!check_spin_in_range (self, self->minutes_spin, C_("log form", "Minutes trained")) ||
       !check_spin_in_range (self, self->rpe_spin, C_("log form", "Session RPE"))))
    return NULL;
  /* The boxes of a skipped session are not asked for: what they hold
   * (the planned minutes and RPE they start from) is not kept. */
  if (regimen_log_status_has_effort (status))
    {
      log->minutes = (guint) gtk_spin_button_get_value_as_int (self->minutes_spin);
      log->rpe = (guint) gtk_spin_button_get_value_as_int (self->rpe_spin);
    }
  else
    log->minutes = log->rpe = 0;
  regimen_session_log_set_note (log, gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));

  /* The first @placed entries are the session's exercises', in its
   * order; each keeps its own unknown members. */
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemBoxes *boxes = g_ptr_array_index (self->items, i);
      const char *id = regimen_item_get_id (boxes->item);
      const RegimenItemLog *item_before = before != NULL ? regimen_session_log_find_item (before, id) : NULL;
      g_autoptr(GArray) sets = g_array_new (FALSE, TRUE, sizeof (RegimenSetLog));
      RegimenItemLog *entry;
      guint at;

      /* A skipped session has no sets; its items' entries go. */
      if (status == REGIMEN_LOG_STATUS_SKIPPED)
        {
          entry = regimen_session_log_find_item (log, id);
          if (entry != NULL)
            g_ptr_array_remove (log->items, entry);
          continue;
        }

      if (!read_sets (self, boxes, item_before, sets))
        return NULL;

      entry = regimen_session_log_add_item (log, id);
      replace_sets (entry, sets);
      regimen_item_log_set_note (entry, note_text (boxes));
      if (g_ptr_array_find (log->items, entry, &at) && at != placed)
        g_ptr_array_insert (log->items, placed, g_ptr_array_steal_index (log->items, at));
      placed++;
    }

  /* What is left after them is of exercises removed from the session
   * since it was logged: the core keeps those, in the one order both
   * ways of logging give (the form kept them in their old places, so
   * that the same log given by the form and by `regimen-cli log` made
   * two different files). */
  g_ptr_array_remove_range (log->items, placed, log->items->len - placed);
  kept = regimen_session_log_keep_removed (self->session, log);
  if (n_kept != NULL)
    *n_kept = kept;

  return g_steal_pointer (&log);
}

/* Puts @log into the plan, one undo step, and closes the form. */
static void
save_log (RegimenLogForm    *self,
          RegimenSessionLog *log)
{
  /* Saving what is already logged is no edit. */
  if (!regimen_session_log_equal (log, regimen_session_get_log (self->session)) &&
      !regimen_plan_log_session (self->plan, self->session, log))
    {
      show_error (self, NULL, _("The log could not be saved: the session is no longer in the plan."));
      return;
    }

  self->done = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
regimen_log_form_save_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (widget);
  g_autoptr(RegimenSessionLog) log = NULL;
  guint n_removed;

  clear_errors (self);
  log = read_log (self, &n_removed);
  if (log == NULL)
    return;

  if (log->items->len > REGIMEN_LOG_MAX_ITEMS)
    {
      g_autofree char *message = NULL;

      /* A log keeps the sets of exercises removed from its session since
       * (nothing logged is lost), and gets an entry for each exercise the
       * session has now: a session of 100 exercises, one swapped for
       * another after it was logged, made 101, which the plan cannot
       * hold. Nothing logged goes unless the person chooses it, so the
       * way on is offered where this is said: a button that leaves out
       * the removed exercises' sets, which Undo brings back. “Clear the
       * log” threw away everything logged. */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: an error of the log form; the first number is of
                                               * exercises removed from the session after it was logged, the
                                               * second the most exercises a log names */
                                              "The log could not be saved: it keeps the sets of %u exercise "
                                              "removed from the session since it was logged, and with it would "
                                              "name more than %u exercises. Leave out the removed exercise’s "
                                              "sets to save it; Undo brings them back.",
                                              "The log could not be saved: it keeps the sets of %u exercises "
                                              "removed from the session since it was logged, and with them would "
                                              "name more than %u exercises. Leave out the removed exercises’ "
                                              "sets to save it; Undo brings them back.",
                                              n_removed),
                                 n_removed, REGIMEN_LOG_MAX_ITEMS);
      show_error (self, NULL, message);
      gtk_widget_set_visible (self->leave_out_button, TRUE);
      /* The focus goes to the button, so a screen reader says the error
       * as its description (the tooltip's said it otherwise). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->leave_out_button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_widget_grab_focus (self->leave_out_button);
      return;
    }

  save_log (self, log);
}

/* log.leave-out-removed: the log as typed, without the entries of the
 * exercises no longer in the session, saved in one undo step. */
static void
regimen_log_form_leave_out_removed_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (widget);
  g_autoptr(RegimenSessionLog) log = NULL;

  clear_errors (self);
  log = read_log (self, NULL);
  if (log == NULL)
    return;

  regimen_session_log_leave_out_removed (self->session, log);
  save_log (self, log);
}

static void
regimen_log_form_clear_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (widget);

  if (regimen_session_get_log (self->session) != NULL &&
      !regimen_plan_log_session (self->plan, self->session, NULL))
    {
      show_error (self, NULL, _("The log could not be cleared: the session is no longer in the plan."));
      return;
    }

  self->done = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* log.add-set (u): one more set for the item at that position, its boxes
 * empty; what was typed stays, and the focus goes to the new load. */
static void
regimen_log_form_add_set_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (widget);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(GPtrArray) load_texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) count_texts = g_ptr_array_new_with_free_func (g_free);
  ItemBoxes *boxes;

  if (position >= self->items->len)
    return;

  boxes = g_ptr_array_index (self->items, position);
  if (boxes->rounds || n_boxes (boxes) >= REGIMEN_LOG_MAX_SETS)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  build_boxes (self, boxes);
  for (guint i = 0; i < boxes->counts->len; i++)
    {
      g_ptr_array_add (load_texts, g_strdup (gtk_editable_get_text (g_ptr_array_index (boxes->loads, i))));
      g_ptr_array_add (count_texts, g_strdup (gtk_editable_get_text (g_ptr_array_index (boxes->counts, i))));
    }
  g_ptr_array_add (load_texts, g_strdup (""));
  g_ptr_array_add (count_texts, g_strdup (""));

  lay_out_sets (self, boxes, load_texts, count_texts);
  gtk_widget_grab_focus (g_ptr_array_index (boxes->loads, boxes->loads->len - 1));
}

/* log.show-sets (u): the boxes of the exercise at that position, built
 * in place of its button; the focus goes to the first, so Tab goes on
 * through them in order. */
static void
regimen_log_form_show_sets_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (widget);
  guint position = g_variant_get_uint32 (parameter);
  ItemBoxes *boxes;

  if (position >= self->items->len)
    return;

  boxes = g_ptr_array_index (self->items, position);
  build_boxes (self, boxes);
  gtk_widget_grab_focus (g_ptr_array_index (boxes->rounds ? boxes->counts : boxes->loads, 0));
}

/* A box above the exercises typed into, or the status chosen: the
 * person's, even when it says what the form did (the plan's 45 minutes
 * typed as trained), so that a reload keeps it. */
static void
on_header_changed (RegimenLogForm *self,
                   GtkWidget      *widget)
{
  if (self->filling)
    return;

  if (widget == GTK_WIDGET (self->status_dropdown))
    self->header_typed[HEADER_STATUS] = TRUE;
  else if (widget == GTK_WIDGET (self->date_entry))
    self->header_typed[HEADER_DATE] = TRUE;
  else if (widget == GTK_WIDGET (self->minutes_spin))
    self->header_typed[HEADER_MINUTES] = TRUE;
  else if (widget == GTK_WIDGET (self->rpe_spin))
    self->header_typed[HEADER_RPE] = TRUE;
  else if (widget == GTK_WIDGET (self->note_entry))
    self->header_typed[HEADER_NOTE] = TRUE;
}

static void
on_status_selected (RegimenLogForm *self,
                    GParamSpec     *pspec,
                    GtkDropDown    *dropdown)
{
  GtkAccessible *greyed[] = { GTK_ACCESSIBLE (self->minutes_spin), GTK_ACCESSIBLE (self->rpe_spin) };
  gboolean effort;

  on_header_changed (self, GTK_WIDGET (dropdown));

  /* A skipped session's sets, minutes and RPE are not asked for, as
   * `regimen-cli log` refuses them. The form says why under them, and
   * to a screen reader as their description: greyed, the boxes showed
   * the planned 45 minutes and RPE 7 without a word (a screenshot of
   * session 44), as if they were logged. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->items_box),
                            gtk_drop_down_get_selected (dropdown) != REGIMEN_LOG_STATUS_SKIPPED);
  effort = regimen_log_status_has_effort (gtk_drop_down_get_selected (dropdown));
  gtk_widget_set_sensitive (GTK_WIDGET (self->minutes_spin), effort);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rpe_spin), effort);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_note), !effort);
  for (guint i = 0; i < G_N_ELEMENTS (greyed); i++)
    if (effort)
      gtk_accessible_reset_property (greyed[i], GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    else
      gtk_accessible_update_property (greyed[i], GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      gtk_label_get_text (self->skipped_note), -1);
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     RegimenLogForm   *self)
{
  g_clear_weak_pointer (&self->question);
  if (!g_str_equal (response, "discard"))
    {
      self->close_parent = FALSE;
      return;
    }

  self->done = TRUE;
  /* The dialog lives until its response is over: it must not go with
   * the form. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_close (GTK_WINDOW (self));
  /* The window goes on closing once the form is gone, as it was asked
   * to: it may still ask about the plan's changes. The form lives until
   * this handler returns (the signal holds it): it must not point to a
   * window that may be gone by then. */
  if (self->close_parent)
    {
      g_autoptr(GtkWindow) parent = g_object_ref (gtk_window_get_transient_for (GTK_WINDOW (self)));

      gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
      gtk_window_close (parent);
    }
}

/* What was typed and not saved would be lost: the form stays open and
 * asks, once however often it is asked to close meanwhile. */
static void
ask_to_discard (RegimenLogForm *self)
{
  /* On one line and cut short, as the plan window's close question names
   * the plan: a session's title of a thousand lines put Cancel and
   * Discard 20,000 pixels down. */
  g_autofree char *title_line = regimen_text_one_line (regimen_session_get_display_title (self->session),
                                                       MAX_QUOTED_TITLE_CHARS);
  g_autofree char *title = regimen_text_dup_quoted (title_line);
  g_autofree char *body = NULL;
  g_autofree char *body_line = NULL;
  GtkWidget *dialog;

  if (self->question != NULL)
    {
      gtk_window_present (self->question);
      return;
    }

  /* Translators: the body of the question when the Log Session form is closed (its Cancel, Escape, or its plan window closing) while it holds what was typed; %s is the session's title */
  body = g_strdup_printf (_("The log typed for “%s” is not saved yet. Discarded sets cannot be brought back."),
                          title);
  body_line = regimen_widget_dup_line (GTK_WIDGET (self), body);
  /* Translators: the heading of the question when the Log Session form is closed (its Cancel, Escape, or its plan window closing) while it holds what was typed */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard the Typed Log?"), body_line);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  g_set_weak_pointer (&self->question, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* One way out for Cancel, Escape, Ctrl+W, the close button, Quit and the
 * plan window closing (regimen_log_form_close_before_parent()): a form
 * holding what was typed and not saved asks first. */
static gboolean
regimen_log_form_close_request (GtkWindow *window)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (window);

  if (self->done || !regimen_log_form_get_modified (self))
    return FALSE;

  ask_to_discard (self);

  return TRUE;
}

static void
regimen_log_form_dispose (GObject *object)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (object);

  g_clear_weak_pointer (&self->question);
  g_clear_weak_pointer (&self->invalid);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->filled, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), REGIMEN_TYPE_LOG_FORM);
  g_clear_object (&self->plan);
  g_clear_object (&self->session);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (regimen_log_form_parent_class)->dispose (object);
}

static void
regimen_log_form_constructed (GObject *object)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (object);

  G_OBJECT_CLASS (regimen_log_form_parent_class)->constructed (object);

  g_assert (REGIMEN_IS_PLAN (self->plan));
  g_assert (REGIMEN_IS_SESSION (self->session));

  self->unit = logged_unit (regimen_session_get_log (self->session), self->unit);
  fill (self);
  note_filled (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->status_dropdown));
}

static void
regimen_log_form_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_UNIT:
      g_value_set_uint (value, self->unit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_log_form_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RegimenLogForm *self = REGIMEN_LOG_FORM (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_UNIT:
      self->unit = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
regimen_log_form_class_init (RegimenLogFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = regimen_log_form_constructed;
  object_class->get_property = regimen_log_form_get_property;
  object_class->set_property = regimen_log_form_set_property;
  object_class->dispose = regimen_log_form_dispose;
  window_class->close_request = regimen_log_form_close_request;

  /* What the form logs, given once: the form is built for it. */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, REGIMEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, REGIMEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, REGIMEN_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A RegimenLoadUnit. */
  properties[PROP_UNIT] =
    g_param_spec_uint ("unit", NULL, NULL, REGIMEN_LOAD_UNIT_KG, REGIMEN_LOAD_UNIT_LB, REGIMEN_LOAD_UNIT_KG,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/regimen/Regimen/regimen-log-form.ui");
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, window_title);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, title_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, meta_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, skipped_note);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, date_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, rpe_spin);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, items_box);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, note_entry);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, reload_label);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, leave_out_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, clear_button);
  gtk_widget_class_bind_template_child (widget_class, RegimenLogForm, scroller);

  gtk_widget_class_install_action (widget_class, "log.save", NULL, regimen_log_form_save_action);
  gtk_widget_class_install_action (widget_class, "log.leave-out-removed", NULL,
                                   regimen_log_form_leave_out_removed_action);
  gtk_widget_class_install_action (widget_class, "log.clear", NULL, regimen_log_form_clear_action);
  gtk_widget_class_install_action (widget_class, "log.add-set", "u", regimen_log_form_add_set_action);
  gtk_widget_class_install_action (widget_class, "log.show-sets", "u", regimen_log_form_show_sets_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "log.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "log.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
regimen_log_form_init (RegimenLogForm *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Enter in Minutes or RPE saves, as in every other box of the form. */
  g_signal_connect (self->minutes_spin, "input", G_CALLBACK (on_spin_input), NULL);
  g_signal_connect (self->rpe_spin, "input", G_CALLBACK (on_spin_input), NULL);
  g_signal_connect (self->minutes_spin, "output", G_CALLBACK (on_spin_output), NULL);
  g_signal_connect (self->rpe_spin, "output", G_CALLBACK (on_spin_output), NULL);
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->minutes_spin))), TRUE);
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->rpe_spin))), TRUE);
  regimen_editable_limit_text (GTK_EDITABLE (self->note_entry));

  self->items = g_ptr_array_new_with_free_func (item_boxes_free);

  for (guint i = 0; i < REGIMEN_N_LOG_STATUSES; i++)
    gtk_string_list_append (statuses, regimen_log_status_get_label (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  regimen_drop_down_name_button (self->status_dropdown);
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (on_status_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_entry, "changed", G_CALLBACK (on_header_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->minutes_spin, "changed", G_CALLBACK (on_header_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rpe_spin, "changed", G_CALLBACK (on_header_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "changed", G_CALLBACK (on_header_changed), self, G_CONNECT_SWAPPED);
}

/**
 * regimen_log_form_new:
 * @parent: the window it belongs to
 * @plan: the plan the log goes to, through its commands
 * @session: a session of @plan
 * @library: (nullable): names the exercises
 * @unit: the unit loads are typed in, unless the session is logged in
 *   another already
 *
 * Returns: (transfer none): the form, not yet shown
 */
GtkWidget *
regimen_log_form_new (GtkWindow       *parent,
                      RegimenPlan     *plan,
                      RegimenSession  *session,
                      RegimenLibrary  *library,
                      RegimenLoadUnit  unit)
{
  RegimenLogForm *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (REGIMEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (REGIMEN_IS_SESSION (session), NULL);
  g_return_val_if_fail (library == NULL || REGIMEN_IS_LIBRARY (library), NULL);

  /* A window of the application its plan window belongs to, so that
   * the application's accelerators reach it: Ctrl+Q quits through the
   * same questions as from the plan window, Ctrl+W closes the form as
   * Cancel does. The plan window's own (win.*: Ctrl+S, Ctrl+Z, Ctrl+?…)
   * find no action here and do nothing. */
  self = g_object_new (REGIMEN_TYPE_LOG_FORM,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "plan", plan,
                       "session", session,
                       "library", library,
                       "unit", (guint) unit,
                       NULL);

  return GTK_WIDGET (self);
}

/**
 * regimen_log_form_get_modified:
 * @self: a #RegimenLogForm
 *
 * Whether the form holds what the person typed and did not save: a box
 * typed into, a round ticked, a status chosen or a set added since the
 * form was filled. Typing a box back to what it said is no change. Saved,
 * the form closes; one that stays open has saved nothing.
 *
 * Returns: %TRUE when closing the form would lose what was typed
 */
gboolean
regimen_log_form_get_modified (RegimenLogForm *self)
{
  g_auto(GStrv) now = NULL;

  g_return_val_if_fail (REGIMEN_IS_LOG_FORM (self), FALSE);

  now = dup_boxes_text (self);

  return !g_strv_equal ((const char * const *) now, (const char * const *) self->filled);
}

/**
 * regimen_log_form_keep_typed:
 * @self: a #RegimenLogForm
 *
 * The application is ending on a signal (a logout's SIGTERM), with
 * nobody to ask and the window closing unasked: what was typed is put
 * into the plan as Save puts it, one undo step, so that the working
 * copy written next holds it and the next start offers it back. It was
 * lost with the form. A log Save would refuse (a box that reads no
 * number) cannot be kept.
 *
 * Returns: %FALSE when what was typed could not be kept
 */
gboolean
regimen_log_form_keep_typed (RegimenLogForm *self)
{
  g_autoptr(RegimenSessionLog) log = NULL;

  g_return_val_if_fail (REGIMEN_IS_LOG_FORM (self), FALSE);

  if (self->done || !regimen_log_form_get_modified (self))
    return TRUE;

  clear_errors (self);
  log = read_log (self, NULL);
  if (log == NULL || log->items->len > REGIMEN_LOG_MAX_ITEMS)
    return FALSE;
  if (!regimen_session_log_equal (log, regimen_session_get_log (self->session)) &&
      !regimen_plan_log_session (self->plan, self->session, log))
    return FALSE;

  self->done = TRUE;
  return TRUE;
}

/**
 * regimen_log_form_close_before_parent:
 * @self: a #RegimenLogForm holding what was typed
 *   (regimen_log_form_get_modified())
 *
 * Its window was asked to close (its close button, Ctrl+W, Quit): the
 * form closes as its Cancel does, so it asks "Discard the Typed Log?"
 * (once, however often it is asked meanwhile), and once the person
 * chooses Discard it asks its window to close again. Cancel keeps both
 * open.
 */
void
regimen_log_form_close_before_parent (RegimenLogForm *self)
{
  g_return_if_fail (REGIMEN_IS_LOG_FORM (self));

  self->close_parent = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* The names of the exercises of @items, quoted in a message: the first,
 * on one line and cut short (a name may be as long as the file holds). */
static char *
quoted_name (GPtrArray *items)
{
  ItemBoxes *boxes = g_ptr_array_index (items, 0);
  g_autofree char *line = regimen_text_one_line (boxes->name, MAX_QUOTED_TITLE_CHARS);

  return regimen_text_dup_quoted (line);
}

/* Appends @line to @said, on a line of its own after a bullet, in
 * @self's direction (each line is a paragraph, which Pango gives the
 * direction of its first letter, a name's too), and frees it. */
static void
say_line (RegimenLogForm *self,
          GString        *said,
          char           *line)
{
  g_autofree char *bulleted = g_strconcat ("• ", line, NULL);
  g_autofree char *marked = regimen_widget_dup_line (GTK_WIDGET (self->reload_label), bulleted);

  g_string_append_c (said, '\n');
  g_string_append (said, marked);
  g_free (line);
}

/* What a reload took from the form, said above it: what was typed for
 * exercises no longer in the session, logged before (@removed_logged,
 * whose earlier log stays) or not (@removed); the exercises typed into
 * that are rounds instead of sets now, or held instead of repeated,
 * whose typed boxes gave way to the new plan's (@replaced); those typed
 * into whose prescription changed (@replanned), what was typed kept and
 * the other boxes showing the new plan; and those typed into whose log
 * the file changed (@relogged: another Regimen or regimen-cli log), what
 * was typed kept and the other boxes showing what the file says. */
static void
say_reloaded (RegimenLogForm *self,
              GPtrArray      *removed,
              GPtrArray      *removed_logged,
              GPtrArray      *replaced,
              GPtrArray      *replanned,
              GPtrArray      *relogged)
{
  g_autoptr(GString) said = g_string_new (NULL);

  if (removed->len == 1)
    {
      g_autofree char *name = quoted_name (removed);

      /* Translators: said above the log form when the plan was reloaded (another program changed its file) without one of the session's exercises, typed into and not logged before; %s is its name */
      say_line (self, said, g_strdup_printf (_("“%s” is no longer in the session; what was typed for "
                                         "it is not logged."), name));
    }
  else if (removed->len > 1)
    {
      g_autofree char *name = quoted_name (removed);

      say_line (self, said, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    /* Translators: as “is no longer in the session”, for several exercises; %s is the first one's name, %u how many more */
                                                    "“%s” and %u more exercise are no longer "
                                                    "in the session; what was typed for them is not logged.",
                                                    "“%s” and %u more exercises are no longer "
                                                    "in the session; what was typed for them is not logged.",
                                                    removed->len - 1),
                                       name, removed->len - 1));
    }
  if (removed_logged->len == 1)
    {
      g_autofree char *name = quoted_name (removed_logged);

      /* Translators: said above the log form when the plan was reloaded (another program changed its file) without one of the session's exercises, typed into and logged before: the log keeps what it had; %s is its name */
      say_line (self, said, g_strdup_printf (_("“%s” is no longer in the session: its earlier log "
                                         "stays, what was typed for it is not saved."), name));
    }
  else if (removed_logged->len > 1)
    {
      g_autofree char *name = quoted_name (removed_logged);

      say_line (self, said, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    /* Translators: as “its earlier log stays”, for several exercises; %s is the first one's name, %u how many more */
                                                    "“%s” and %u more exercise are no longer "
                                                    "in the session: their earlier logs stay, what was typed for them "
                                                    "is not saved.",
                                                    "“%s” and %u more exercises are no longer "
                                                    "in the session: their earlier logs stay, what was typed for them "
                                                    "is not saved.",
                                                    removed_logged->len - 1),
                                       name, removed_logged->len - 1));
    }
  if (replaced->len == 1)
    {
      g_autofree char *name = quoted_name (replaced);

      /* Translators: said above the log form when the plan was reloaded (another program changed its file) and an exercise typed into is now planned as rounds instead of sets, or held instead of repeated; %s is its name */
      say_line (self, said, g_strdup_printf (_("“%s” is planned differently now; its boxes show the "
                                         "new plan, and what was typed into them is gone."), name));
    }
  else if (replaced->len > 1)
    {
      g_autofree char *name = quoted_name (replaced);

      say_line (self, said, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    /* Translators: as “is planned differently now”, for several exercises; %s is the first one's name, %u how many more */
                                                    "“%s” and %u more exercise are planned "
                                                    "differently now; their boxes show the new plan, and what was "
                                                    "typed into them is gone.",
                                                    "“%s” and %u more exercises are planned "
                                                    "differently now; their boxes show the new plan, and what was "
                                                    "typed into them is gone.",
                                                    replaced->len - 1),
                                       name, replaced->len - 1));
    }
  if (replanned->len == 1)
    {
      g_autofree char *name = quoted_name (replanned);

      /* Translators: said above the log form when the plan was reloaded (another program changed its file) and an exercise typed into has other sets, reps, seconds or load now; %s is its name */
      say_line (self, said, g_strdup_printf (_("“%s” is planned differently now: what was typed into "
                                         "its boxes stays, the others show the new plan."), name));
    }
  else if (replanned->len > 1)
    {
      g_autofree char *name = quoted_name (replanned);

      say_line (self, said, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    /* Translators: as “what was typed into its boxes stays”, for several exercises; %s is the first one's name, %u how many more */
                                                    "“%s” and %u more exercise are planned "
                                                    "differently now: what was typed into their boxes stays, the "
                                                    "others show the new plan.",
                                                    "“%s” and %u more exercises are planned "
                                                    "differently now: what was typed into their boxes stays, the "
                                                    "others show the new plan.",
                                                    replanned->len - 1),
                                       name, replanned->len - 1));
    }
  if (relogged->len == 1)
    {
      g_autofree char *name = quoted_name (relogged);

      /* Translators: said above the log form when the plan was reloaded and its file logs an exercise typed into otherwise than the form showed (another Regimen, or regimen-cli log, logged it meanwhile); %s is its name */
      say_line (self, said, g_strdup_printf (_("“%s” is logged differently in the file now: what "
                                         "was typed into its boxes stays, the others show what the file says."),
                                       name));
    }
  else if (relogged->len > 1)
    {
      g_autofree char *name = quoted_name (relogged);

      say_line (self, said, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    /* Translators: as “is logged differently in the file now”, for several exercises; %s is the first one's name, %u how many more */
                                                    "“%s” and %u more exercise are logged "
                                                    "differently in the file now: what was typed into their boxes "
                                                    "stays, the others show what the file says.",
                                                    "“%s” and %u more exercises are logged "
                                                    "differently in the file now: what was typed into their boxes "
                                                    "stays, the others show what the file says.",
                                                    relogged->len - 1),
                                       name, relogged->len - 1));
    }

  /* Said once, above what it changed, one exercise a line: each line
   * began “The plan was reloaded:”, and a line wrapped was not told
   * from the next. */
  if (said->len > 0)
    /* Translators: heads the list, one exercise a line, of what a reload of the plan (another program changed its file) changed in the log form */
    g_string_prepend (said, _("The plan was reloaded from its file:"));
  gtk_label_set_label (self->reload_label, said->str);
  gtk_widget_set_visible (GTK_WIDGET (self->reload_label), said->len > 0);
}

/* The boxes of @boxes as texts again, as if never built, so that they
 * outlive the widgets. */
static void
unbuild_boxes (ItemBoxes *boxes)
{
  if (!boxes->built)
    return;

  for (guint j = 0; j < boxes->counts->len; j++)
    {
      if (!boxes->rounds)
        g_ptr_array_add (boxes->load_texts, g_strdup (load_text (boxes, j)));
      g_ptr_array_add (boxes->count_texts, g_strdup (count_text (boxes, j)));
    }
  g_free (boxes->note_text);
  boxes->note_text = g_strdup (note_text (boxes));
  boxes->built = FALSE;
  boxes->note = NULL;
  g_ptr_array_set_size (boxes->loads, 0);
  g_ptr_array_set_size (boxes->counts, 0);
}

/* Whether box @k (0 the load, 1 the count; 0 for a round) of set @i of
 * @typed, unbuilt, was typed into: a set added, the box typed into
 * (even back to what it said: the plan's 5 reps typed as done), or a
 * text other than the form was filled with. */
static gboolean
box_typed (ItemBoxes *typed,
           guint      i,
           guint      k)
{
  guint per_set = typed->rounds ? 1 : 2;
  guint n_filled = (g_strv_length (typed->filled) - 1) / per_set;
  const char *text = typed->rounds || k == 1 ? g_ptr_array_index (typed->count_texts, i)
                                             : g_ptr_array_index (typed->load_texts, i);

  return i >= n_filled || is_typed (typed->rounds || k == 1 ? typed->count_typed : typed->load_typed, i) ||
         g_strcmp0 (text, typed->filled[i * per_set + k]) != 0;
}

/* Whether anything of @boxes was typed into, as box_typed() tells. */
static gboolean
item_typed (ItemBoxes *boxes)
{
  g_auto(GStrv) now = dup_item_text (boxes);

  for (guint i = 0; i < boxes->load_typed->len; i++)
    if (is_typed (boxes->load_typed, i))
      return TRUE;
  for (guint i = 0; i < boxes->count_typed->len; i++)
    if (is_typed (boxes->count_typed, i))
      return TRUE;

  return boxes->note_typed || !g_strv_equal ((const char * const *) now, (const char * const *) boxes->filled);
}

/* @boxes, of the form filled anew, say what was typed into @typed, an
 * exercise of the same id and kind of the form before, box by box:
 * every box nothing was typed into says what the reloaded plan (or its
 * log) does, with as many sets as it has, and more for sets typed
 * beyond them. */
static void
take_typed (RegimenLogForm *self,
            ItemBoxes      *boxes,
            ItemBoxes      *typed)
{
  const RegimenSessionLog *log = regimen_session_get_log (self->session);
  const RegimenItemLog *logged = log != NULL ? regimen_session_log_find_item (log, regimen_item_get_id (boxes->item))
                                             : NULL;
  guint prescribed = boxes->hold ? regimen_item_get_hold_seconds (boxes->item) : regimen_item_get_reps (boxes->item);
  g_autofree char *planned_count = boxes->rounds ? g_strdup ("0") : format_count (logged != NULL ? 0 : prescribed);
  g_autoptr(GPtrArray) loads = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *note = NULL;
  gboolean note_typed;
  guint count_box = typed->rounds ? 0 : 1;
  guint n_now = n_boxes (boxes);
  guint n_typed = typed->count_texts->len;
  guint n = n_now;
  GtkWidget *child;

  for (guint i = n_now; i < n_typed; i++)
    if (box_typed (typed, i, 0) || box_typed (typed, i, count_box))
      n = i + 1;
  for (guint i = 0; i < n; i++)
    {
      gboolean in_typed = i < n_typed;

      if (!boxes->rounds && in_typed && box_typed (typed, i, 0))
        mark_typed (boxes->load_typed, i);
      if (in_typed && box_typed (typed, i, count_box))
        mark_typed (boxes->count_typed, i);
      if (!boxes->rounds)
        g_ptr_array_add (loads, g_strdup (in_typed && box_typed (typed, i, 0) ? g_ptr_array_index (typed->load_texts, i)
                                          : i < n_now ? load_text (boxes, i)
                                          : ""));
      g_ptr_array_add (counts, g_strdup (in_typed && box_typed (typed, i, count_box)
                                         ? g_ptr_array_index (typed->count_texts, i)
                                         : i < n_now ? count_text (boxes, i)
                                         : planned_count));
    }
  note_typed = typed->note_typed ||
               g_strcmp0 (typed->note_text, typed->filled[g_strv_length (typed->filled) - 1]) != 0;
  note = g_strdup (note_typed ? typed->note_text : note_text (boxes));

  build_boxes (self, boxes);
  if (boxes->rounds)
    {
      while ((child = gtk_widget_get_first_child (GTK_WIDGET (boxes->grid))) != NULL)
        gtk_grid_remove (boxes->grid, child);
      g_ptr_array_set_size (boxes->counts, 0);
      g_ptr_array_extend (boxes->count_texts, counts, (GCopyFunc) (void (*) (void)) g_strdup, NULL);
      lay_out_rounds (self, boxes);
      g_ptr_array_set_size (boxes->count_texts, 0);
    }
  else
    lay_out_sets (self, boxes, loads, counts);
  gtk_editable_set_text (GTK_EDITABLE (boxes->note), note);
  boxes->note_typed = note_typed;
}

/* Whether @a and @b are prescribed alike, as the form shows them. */
static gboolean
prescribed_alike (RegimenLogForm *self,
                  RegimenItem    *a,
                  RegimenItem    *b)
{
  g_autofree char *text_a = regimen_item_format_prescription_in (a, self->unit);
  g_autofree char *text_b = regimen_item_format_prescription_in (b, self->unit);

  return g_str_equal (text_a, text_b);
}

/* The session of @session's id in @plan, the form filled anew from it,
 * what was typed kept: in the boxes above the exercises, and box by
 * box in each exercise still in the session and planned the same way
 * (sets or rounds, reps or seconds), its other boxes showing the new
 * plan. Said above the form: what was typed and could not be kept, and
 * the exercises typed into whose prescription or log changed. */
static void
follow_session (RegimenLogForm *self,
                RegimenSession *session)
{
  g_autoptr(GPtrArray) before = g_steal_pointer (&self->items);
  g_auto(GStrv) header = dup_header_text (self);
  g_auto(GStrv) header_filled = g_steal_pointer (&self->filled);
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  g_autoptr(GPtrArray) removed_logged = g_ptr_array_new ();
  g_autoptr(GPtrArray) replaced = g_ptr_array_new ();
  g_autoptr(GPtrArray) replanned = g_ptr_array_new ();
  g_autoptr(GPtrArray) relogged = g_ptr_array_new ();
  const RegimenSessionLog *log;
  GtkWidget *child;

  for (guint i = 0; i < before->len; i++)
    unbuild_boxes (g_ptr_array_index (before, i));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))) != NULL)
    gtk_box_remove (self->items_box, child);

  g_set_object (&self->session, session);
  self->items = g_ptr_array_new_with_free_func (item_boxes_free);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), "");
  fill (self);
  note_filled (self);
  log = regimen_session_get_log (self->session);

  for (guint i = HEADER_STATUS; i < N_HEADER_BOXES; i++)
    {
      if (!self->header_typed[i] && g_strcmp0 (header[i], header_filled[i]) == 0)
        continue;
      if (i == HEADER_STATUS)
        gtk_drop_down_set_selected (self->status_dropdown, (guint) g_ascii_strtoull (header[i], NULL, 10));
      else
        gtk_editable_set_text (GTK_EDITABLE (i == HEADER_DATE ? GTK_WIDGET (self->date_entry)
                                             : i == HEADER_MINUTES ? GTK_WIDGET (self->minutes_spin)
                                             : i == HEADER_RPE ? GTK_WIDGET (self->rpe_spin)
                                             : GTK_WIDGET (self->note_entry)),
                               header[i]);
    }

  for (guint i = 0; i < before->len; i++)
    {
      ItemBoxes *typed = g_ptr_array_index (before, i);
      gboolean was_typed = item_typed (typed);
      ItemBoxes *boxes = NULL;

      for (guint j = 0; j < self->items->len && boxes == NULL; j++)
        if (g_strcmp0 (regimen_item_get_id (((ItemBoxes *) g_ptr_array_index (self->items, j))->item),
                       regimen_item_get_id (typed->item)) == 0)
          boxes = g_ptr_array_index (self->items, j);

      /* Nothing typed, nothing lost: the log keeps what it had of an
       * exercise gone, and the boxes show the new plan. */
      if (!was_typed)
        continue;
      if (boxes == NULL)
        g_ptr_array_add (log != NULL && regimen_session_log_find_item (log, regimen_item_get_id (typed->item)) != NULL
                         ? removed_logged : removed,
                         typed);
      else if (boxes->rounds == typed->rounds && boxes->hold == typed->hold)
        {
          /* Filled alike from a plan prescribed alike: the file logs it
           * otherwise than when the form was filled. Its boxes typed
           * into keep what was typed, perhaps over what the file says
           * now: the person hears of it, and chooses. */
          gboolean relog = !g_strv_equal ((const char * const *) boxes->filled,
                                          (const char * const *) typed->filled);

          take_typed (self, boxes, typed);
          if (!prescribed_alike (self, boxes->item, typed->item))
            g_ptr_array_add (replanned, typed);
          else if (relog)
            g_ptr_array_add (relogged, typed);
        }
      else
        g_ptr_array_add (replaced, typed);
    }

  say_reloaded (self, removed, removed_logged, replaced, replanned, relogged);
}

/**
 * regimen_log_form_set_plan:
 * @self: a #RegimenLogForm
 * @plan: the plan its window shows now
 *
 * The window's plan was replaced while the form was open (reloaded after
 * another program changed the file): the form follows the session of the
 * same id in @plan, shown as @plan has it, with what was typed kept, so
 * that it is not saved into the plan no window shows any more, nor for
 * an exercise the session no longer has. What was typed for exercises
 * it no longer has, and the exercises typed into that are planned or
 * logged differently now, are said above the form. When @plan has no such session, the form says so above it,
 * keeps what was typed, and cannot be saved or cleared.
 */
void
regimen_log_form_set_plan (RegimenLogForm *self,
                           RegimenPlan    *plan)
{
  RegimenSession *session;

  g_return_if_fail (REGIMEN_IS_LOG_FORM (self));
  g_return_if_fail (REGIMEN_IS_PLAN (plan));

  if (plan == self->plan)
    return;

  session = regimen_plan_find_session_by_id (plan, regimen_session_get_id (self->session));
  g_set_object (&self->plan, plan);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  clear_errors (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.save", session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.clear", session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.leave-out-removed", session != NULL);

  if (session == NULL)
    {
      g_autofree char *title_line = regimen_text_one_line (regimen_session_get_display_title (self->session),
                                                           MAX_QUOTED_TITLE_CHARS);
      g_autofree char *title = regimen_text_dup_quoted (title_line);
      g_autofree char *line = NULL;
      /* Translators: said above the log form when the plan was reloaded (another program changed its file) without the session the form logs; %s is its title */
      g_autofree char *said = g_strdup_printf (_("The plan was reloaded and “%s” is no longer in it: this log cannot be "
                                                 "saved. What was typed stays here to copy."),
                                               title);

      line = regimen_widget_dup_line (GTK_WIDGET (self->reload_label), said);
      gtk_label_set_label (self->reload_label, line);
      gtk_widget_set_visible (GTK_WIDGET (self->reload_label), TRUE);
      return;
    }

  follow_session (self, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
