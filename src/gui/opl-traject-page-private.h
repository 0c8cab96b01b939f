/* opl-traject-page-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-traject-page.h"

G_BEGIN_DECLS

GtkListBox *opl_traject_page_get_timeline_list (OplTrajectPage *self);
AdwComboRow *opl_traject_page_get_aios_row     (OplTrajectPage *self);
GtkWidget  *opl_traject_page_find_moment_row   (OplTrajectPage *self,
                                                OplMomentKind   kind,
                                                int             month);
GtkButton  *opl_traject_page_get_moment_button (OplTrajectPage *self,
                                                OplMomentKind   kind,
                                                int             month);
GtkListBox *opl_traject_page_get_records_list  (OplTrajectPage *self);
AdwActionRow *opl_traject_page_get_history_row (OplTrajectPage *self);

G_END_DECLS
