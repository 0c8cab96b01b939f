/* opl-window.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-application.h"
#include "opl-store.h"

G_BEGIN_DECLS

/* Takes back what a toast announced. */
typedef void (*OplUndoFunc) (gpointer user_data);

#define OPL_TYPE_WINDOW (opl_window_get_type ())

G_DECLARE_FINAL_TYPE (OplWindow, opl_window, OPL, WINDOW, AdwApplicationWindow)

OplWindow *opl_window_new             (OplApplication *application,
                                       OplStore       *store,
                                       GSettings      *settings);

OplStore  *opl_window_get_store       (OplWindow      *self);
void       opl_window_set_store       (OplWindow      *self,
                                       OplStore       *store);

void       opl_window_show_open_error (OplWindow      *self,
                                       const char     *path,
                                       const GError   *error);
void       opl_window_open_profile    (OplWindow      *self,
                                       const char     *person_id);
void       opl_window_show_toast      (OplWindow      *self,
                                       const char     *title);
void       opl_window_show_undo_toast (OplWindow      *self,
                                       const char     *title,
                                       OplUndoFunc     undo,
                                       gpointer        user_data,
                                       GDestroyNotify  destroy);

void       opl_window_show_toast_for  (GtkWidget      *widget,
                                       const char     *title);
void       opl_window_show_undo_toast_for (GtkWidget  *widget,
                                           const char *title,
                                           OplUndoFunc undo,
                                           gpointer    user_data,
                                           GDestroyNotify destroy);

G_END_DECLS
