/* regimen-toast.c
 *
 * Copyright 2026 The Regimen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "regimen-toast.h"

#include "regimen-core.h"

/* libadwaita 1.2's toast overlay frees what it knows of a toast when the
 * toast's hide animation ends, but leaves the toast's show animation
 * (300 ms, 500 ms when it replaces another) pointing at it: a toast
 * dismissed while it slides in — Undo clicked, Escape pressed right
 * after the delete, its close button clicked twice as the next toast
 * comes up under the pointer — whose hide ends before its show, or in
 * the same frame (the hide's frame callback runs first), has the show's
 * end write into freed memory, and the window crashes. Dismissed while a
 * toast it pushed aside is still fading, the overlay shows that one again
 * and fails an assertion. (libadwaita 1.3 disconnects the show's end:
 * commit 1674ebc9.) So every dismissal of a toast in a shown overlay is
 * held and let go in a frame after one that was a show's length past the
 * last toast the overlay began to show: every show and every fade
 * started before then has ended in that frame. */
#define TOAST_SHOW_MS 500

/* The most characters of a toast's title: a plan's text quoted in it (a
 * session's title, a block's name) stays one line of the toast. */
#define MAX_TOAST_CHARS 160

/* What an overlay holds, kept on it (the overlay's or the preferences
 * window's data): it goes with the widget, after its tick callbacks. */
typedef struct
{
  GPtrArray *held;
  guint      tick;
  /* The frame clock's time in ms when the overlay last began to show a
   * toast, and whether a frame since has been a show's length after it. */
  gint64     shown_at;
  gboolean   settled;
  AdwToast  *releasing;
} ToastHold;

static void
toast_hold_free (ToastHold *hold)
{
  g_ptr_array_unref (hold->held);
  g_free (hold);
}

static ToastHold *
toast_hold_get (GtkWidget *overlay)
{
  ToastHold *hold = g_object_get_data (G_OBJECT (overlay), "regimen-toast-hold");

  if (hold == NULL)
    {
      hold = g_new0 (ToastHold, 1);
      hold->held = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (overlay), "regimen-toast-hold", hold,
                              (GDestroyNotify) toast_hold_free);
    }

  return hold;
}

/* The overlay may begin to show a toast now: when one is added, and when
 * one goes (the next in its queue comes up). */
static void
toast_show_begins (GtkWidget *overlay,
                   ToastHold *hold)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (overlay);

  hold->shown_at = clock != NULL ? gdk_frame_clock_get_frame_time (clock) / 1000 : 0;
  hold->settled = FALSE;
}

static gboolean
release_held_toast (GtkWidget     *overlay,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  ToastHold *hold = toast_hold_get (overlay);
  g_autoptr(AdwToast) toast = NULL;

  if (gdk_frame_clock_get_frame_time (clock) / 1000 < hold->shown_at + TOAST_SHOW_MS)
    return G_SOURCE_CONTINUE;
  /* Every animation of the overlay begun before then ends in this frame,
   * whichever of their callbacks runs first: the toast goes in the next. */
  if (!hold->settled)
    {
      hold->settled = TRUE;
      return G_SOURCE_CONTINUE;
    }

  /* The toast forgot its overlay when first dismissed, so that
   * adw_toast_dismiss() would now do nothing: its signal is emitted again. */
  toast = g_ptr_array_steal_index (hold->held, 0);
  toast_show_begins (overlay, hold);
  hold->releasing = toast;
  g_signal_emit_by_name (toast, "dismissed");
  hold->releasing = NULL;

  if (hold->held->len > 0)
    return G_SOURCE_CONTINUE;
  hold->tick = 0;
  return G_SOURCE_REMOVE;
}

/* Runs before the overlay's own handler of the toast's "dismissed". */
static void
hold_toast (AdwToast  *toast,
            GtkWidget *overlay)
{
  ToastHold *hold = toast_hold_get (overlay);

  /* An overlay not shown animates nothing, nor does one taken apart with
   * its window: its toasts go at once. */
  if (toast == hold->releasing || !gtk_widget_get_mapped (overlay))
    return;

  g_signal_stop_emission_by_name (toast, "dismissed");
  if (g_ptr_array_find (hold->held, toast, NULL))
    return;
  /* Its button stays up for a few frames: a second click does nothing more. */
  adw_toast_set_action_name (toast, NULL);
  g_ptr_array_add (hold->held, g_object_ref (toast));
  if (hold->tick == 0)
    hold->tick = gtk_widget_add_tick_callback (overlay, release_held_toast, NULL, NULL);
}

/**
 * regimen_toast_add:
 * @overlay: an #AdwToastOverlay or an #AdwPreferencesWindow
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast in @overlay, as adw_toast_overlay_add_toast() or
 * adw_preferences_window_add_toast() would, but holds its dismissal
 * while the overlay still animates a toast (see above). Every toast
 * Regimen shows goes through here.
 */
void
regimen_toast_add (GtkWidget *overlay,
                   AdwToast  *toast)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay) || ADW_IS_PREFERENCES_WINDOW (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* libadwaita 1.2 reads every toast's title as Pango markup: a plan's
   * text quoted in it — "Squats & lunges", "<span size='99999'>" — made
   * the title empty, or anything the text said. Every title Regimen
   * gives is plain text: shown as written, on one line. */
  if (adw_toast_get_title (toast) != NULL)
    {
      g_autofree char *line = regimen_text_one_line (adw_toast_get_title (toast), MAX_TOAST_CHARS);
      g_autofree char *escaped = g_markup_escape_text (line, -1);

      adw_toast_set_title (toast, escaped);
    }

  g_signal_connect_object (toast, "dismissed", G_CALLBACK (hold_toast), overlay, 0);
  if (ADW_IS_TOAST_OVERLAY (overlay))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (overlay), toast);
  toast_show_begins (overlay, toast_hold_get (overlay));
}
