/* opl-idle-monitor.c: says when nobody has used the app's windows for a while.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every toplevel window of the process (the main window and the dialogs and editors
 * above it) gets controllers that note a key, a click, a scroll or a pointer motion;
 * a timer checks a few times per timeout whether the last one is older than the
 * timeout. The window locks a profile with a passphrase when ::idle is emitted.
 */

#define G_LOG_DOMAIN "opl-idle-monitor"

#include "config.h"

#include "opl-idle-monitor.h"

#define WATCHED_KEY "opl-idle-monitor-watched"

struct _OplIdleMonitor
{
  GObject      parent_instance;

  GListModel  *toplevels;      /* (unowned): GTK's */
  guint        timeout;        /* seconds; 0 never */
  gint64       last_activity;  /* monotonic µs */
  guint        check_id;
  gboolean     emitted;
};

G_DEFINE_FINAL_TYPE (OplIdleMonitor, opl_idle_monitor, G_TYPE_OBJECT)

enum {
  SIGNAL_IDLE,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

/**
 * opl_idle_monitor_reset:
 *
 * Counts the timeout from now, as after a key press.
 */
void
opl_idle_monitor_reset (OplIdleMonitor *self)
{
  g_return_if_fail (OPL_IS_IDLE_MONITOR (self));

  self->last_activity = g_get_monotonic_time ();
  self->emitted = FALSE;
}

static gboolean
on_key_pressed_cb (OplIdleMonitor *self)
{
  opl_idle_monitor_reset (self);
  return GDK_EVENT_PROPAGATE;
}

static void
on_activity_cb (OplIdleMonitor *self)
{
  opl_idle_monitor_reset (self);
}

static void
add_controller (OplIdleMonitor     *self,
                GtkWidget          *window,
                GtkEventController *controller,
                const char         *signal,
                GCallback           callback)
{
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, signal, callback, self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (window, controller);
}

static void
watch_window (OplIdleMonitor *self,
              GtkWidget      *window)
{
  GtkGesture *click;

  if (g_object_get_data (G_OBJECT (window), WATCHED_KEY) != NULL)
    return;

  g_object_set_data (G_OBJECT (window), WATCHED_KEY, GINT_TO_POINTER (TRUE));
  add_controller (self, window, gtk_event_controller_key_new (), "key-pressed", G_CALLBACK (on_key_pressed_cb));
  add_controller (self, window, gtk_event_controller_motion_new (), "motion", G_CALLBACK (on_activity_cb));
  add_controller (self, window, gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES),
                  "scroll-begin", G_CALLBACK (on_activity_cb));
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  add_controller (self, window, GTK_EVENT_CONTROLLER (click), "pressed", G_CALLBACK (on_activity_cb));
}

static void
on_toplevels_changed_cb (OplIdleMonitor *self,
                         guint           position,
                         guint           removed,
                         guint           added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (self->toplevels, i);

      watch_window (self, window);
    }
}

static gboolean
on_check_cb (gpointer user_data)
{
  OplIdleMonitor *self = user_data;
  gint64 idle = g_get_monotonic_time () - self->last_activity;

  if (!self->emitted && idle >= (gint64) self->timeout * G_USEC_PER_SEC)
    {
      self->emitted = TRUE;
      g_signal_emit (self, signals[SIGNAL_IDLE], 0);
    }

  return G_SOURCE_CONTINUE;
}

/**
 * opl_idle_monitor_set_timeout:
 * @seconds: how long nobody uses the app before #OplIdleMonitor::idle; 0 never
 */
void
opl_idle_monitor_set_timeout (OplIdleMonitor *self,
                              guint           seconds)
{
  g_return_if_fail (OPL_IS_IDLE_MONITOR (self));

  self->timeout = seconds;
  g_clear_handle_id (&self->check_id, g_source_remove);
  opl_idle_monitor_reset (self);
  if (seconds == 0)
    return;

  /* Checked four times per timeout, at least every 15 seconds. */
  self->check_id = g_timeout_add_seconds (CLAMP (seconds / 4, 1, 15), on_check_cb, self);
  g_source_set_name_by_id (self->check_id, "[opl] idle check");
}

guint
opl_idle_monitor_get_timeout (OplIdleMonitor *self)
{
  g_return_val_if_fail (OPL_IS_IDLE_MONITOR (self), 0);

  return self->timeout;
}

static void
opl_idle_monitor_dispose (GObject *object)
{
  OplIdleMonitor *self = (OplIdleMonitor *)object;

  g_clear_handle_id (&self->check_id, g_source_remove);

  G_OBJECT_CLASS (opl_idle_monitor_parent_class)->dispose (object);
}

static void
opl_idle_monitor_class_init (OplIdleMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = opl_idle_monitor_dispose;

  /**
   * OplIdleMonitor::idle:
   *
   * Nobody used the app for the timeout. Emitted once until there is activity again
   * or opl_idle_monitor_reset() is called.
   */
  signals[SIGNAL_IDLE] =
    g_signal_new ("idle",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
opl_idle_monitor_init (OplIdleMonitor *self)
{
  self->toplevels = gtk_window_get_toplevels ();
  g_signal_connect_object (self->toplevels, "items-changed", G_CALLBACK (on_toplevels_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_toplevels_changed_cb (self, 0, 0, g_list_model_get_n_items (self->toplevels));
  opl_idle_monitor_reset (self);
}

OplIdleMonitor *
opl_idle_monitor_new (void)
{
  return g_object_new (OPL_TYPE_IDLE_MONITOR, NULL);
}
