/* opl-window-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-window.h"

G_BEGIN_DECLS

gboolean    opl_window_open_database        (OplWindow  *self,
                                             const char *path);
const char *opl_window_get_visible_page     (OplWindow  *self);
GtkWidget  *opl_window_get_page             (OplWindow  *self,
                                             const char *name);
const char *opl_window_get_error_description (OplWindow *self);
AdwToast   *opl_window_get_undo_toast       (OplWindow  *self);

G_END_DECLS
