/* opl-leergesprekken-page-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-leergesprek-editor.h"
#include "opl-leergesprekken-page.h"

G_BEGIN_DECLS

AdwComboRow          *opl_leergesprekken_page_get_aios_row      (OplLeergesprekkenPage *self);
AdwExpanderRow       *opl_leergesprekken_page_get_slot_row      (OplLeergesprekkenPage *self);
AdwComboRow          *opl_leergesprekken_page_get_weekday_row   (OplLeergesprekkenPage *self);
GtkSpinButton        *opl_leergesprekken_page_get_hour_spin     (OplLeergesprekkenPage *self);
GtkSpinButton        *opl_leergesprekken_page_get_minute_spin   (OplLeergesprekkenPage *self);
GtkSpinButton        *opl_leergesprekken_page_get_duration_spin (OplLeergesprekkenPage *self);
GtkListBox           *opl_leergesprekken_page_get_weeks_list    (OplLeergesprekkenPage *self);
GtkListBox           *opl_leergesprekken_page_get_past_list     (OplLeergesprekkenPage *self);
GtkListBox           *opl_leergesprekken_page_get_warnings_list (OplLeergesprekkenPage *self);
GtkSearchEntry       *opl_leergesprekken_page_get_search_entry  (OplLeergesprekkenPage *self);
GtkWidget            *opl_leergesprekken_page_find_week_row     (OplLeergesprekkenPage *self,
                                                                 const char            *week_key);
OplLeergesprekEditor *opl_leergesprekken_page_get_editor        (OplLeergesprekkenPage *self);
const char           *opl_leergesprekken_page_get_last_message  (OplLeergesprekkenPage *self);
gboolean              opl_leergesprekken_page_export_to         (OplLeergesprekkenPage *self,
                                                                 GFile                 *file);

G_END_DECLS
