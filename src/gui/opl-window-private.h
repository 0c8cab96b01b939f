/* opl-window-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-window.h"

G_BEGIN_DECLS

/* How opl_window_open_practice() opens a file. */
typedef enum
{
  OPL_WINDOW_OPEN_REMEMBER = 1 << 0,   /* the next start opens it again */
  OPL_WINDOW_OPEN_CREATE = 1 << 1,     /* an empty new practice when there is no file */
} OplWindowOpenFlags;

gboolean    opl_window_open_practice        (OplWindow  *self,
                                             const char *path,
                                             OplWindowOpenFlags flags);
gboolean    opl_window_open_demo            (OplWindow  *self,
                                             GError    **error);
char       *opl_window_get_demo_path        (void) G_GNUC_WARN_UNUSED_RESULT;
gboolean    opl_window_open_database        (OplWindow  *self,
                                             const char *path);
const char *opl_window_get_visible_page     (OplWindow  *self);
GtkWidget  *opl_window_get_page             (OplWindow  *self,
                                             const char *name);
const char *opl_window_get_error_description (OplWindow *self);
AdwToast   *opl_window_get_undo_toast       (OplWindow  *self);
void        opl_window_set_lock_after       (OplWindow  *self,
                                             guint       seconds);
void        opl_window_open_merge           (OplWindow  *self,
                                             const char *path);
const char *opl_window_get_notice          (OplWindow  *self);

G_END_DECLS
