/* opl-idle-monitor.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OPL_TYPE_IDLE_MONITOR (opl_idle_monitor_get_type ())

G_DECLARE_FINAL_TYPE (OplIdleMonitor, opl_idle_monitor, OPL, IDLE_MONITOR, GObject)

OplIdleMonitor *opl_idle_monitor_new         (void);
void            opl_idle_monitor_set_timeout (OplIdleMonitor *self,
                                              guint           seconds);
guint           opl_idle_monitor_get_timeout (OplIdleMonitor *self);
void            opl_idle_monitor_reset       (OplIdleMonitor *self);

G_END_DECLS
