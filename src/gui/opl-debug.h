/* opl-debug.h: debugging aids switched on by the OPL_DEBUG environment variable.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean opl_debug_has               (const char *flag);
gint64   opl_debug_get_process_start (void);
gint64   opl_debug_get_status_kb     (const char *key);
void     opl_debug_mark              (const char *what);
void     opl_debug_mark_at           (const char *what,
                                      gint64      when);
void     opl_debug_watch_first_frame (GtkWindow  *window);

G_END_DECLS
