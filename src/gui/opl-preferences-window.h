/* opl-preferences-window.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_PREFERENCES_WINDOW (opl_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (OplPreferencesWindow, opl_preferences_window, OPL, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget        *opl_preferences_window_new             (OplStore             *store);

gboolean          opl_preferences_window_load_definition  (OplPreferencesWindow *self,
                                                           GFile                *file);
gboolean          opl_preferences_window_load_institute   (OplPreferencesWindow *self,
                                                           GFile                *file);

/* For the tests, which drive the window as a person would. */
GtkListBox       *opl_preferences_window_get_definitions  (OplPreferencesWindow *self);
AdwComboRow      *opl_preferences_window_get_institute_row (OplPreferencesWindow *self);
AdwComboRow      *opl_preferences_window_get_lock_row      (OplPreferencesWindow *self);
AdwComboRow      *opl_preferences_window_get_style_row     (OplPreferencesWindow *self);
const char       *opl_preferences_window_get_institute_details (OplPreferencesWindow *self);
AdwMessageDialog *opl_preferences_window_get_error_dialog  (OplPreferencesWindow *self);
AdwMessageDialog *opl_preferences_window_get_confirm_dialog (OplPreferencesWindow *self);
const char       *opl_preferences_window_get_last_message  (OplPreferencesWindow *self);
AdwEntryRow      *opl_preferences_window_get_address_row    (OplPreferencesWindow *self);

G_END_DECLS
