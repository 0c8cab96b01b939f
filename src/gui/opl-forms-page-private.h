/* opl-forms-page-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-forms-page.h"
#include "opl-pace-row.h"

G_BEGIN_DECLS

GtkListBox *opl_forms_page_get_list        (OplFormsPage *self,
                                            const char   *name);
OplPaceRow *opl_forms_page_get_pace_row    (OplFormsPage *self,
                                            const char   *which);
GtkWidget  *opl_forms_page_get_last_window (OplFormsPage *self);

/* The date button of the bekwaamheidsverklaring calls this. */
void        opl_forms_page_on_declaration_changed (OplFormsPage *self,
                                                   GParamSpec   *pspec,
                                                   GObject      *date_button);

G_END_DECLS
