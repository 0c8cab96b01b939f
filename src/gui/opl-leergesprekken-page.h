/* opl-leergesprekken-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_LEERGESPREKKEN_PAGE (opl_leergesprekken_page_get_type ())

G_DECLARE_FINAL_TYPE (OplLeergesprekkenPage, opl_leergesprekken_page, OPL, LEERGESPREKKEN_PAGE, OplPage)

GtkWidget  *opl_leergesprekken_page_new            (OplStore              *store,
                                                    OplPerson             *person);

const char *opl_leergesprekken_page_get_traject_id (OplLeergesprekkenPage *self);
gboolean    opl_leergesprekken_page_select_traject (OplLeergesprekkenPage *self,
                                                    const char            *traject_id);
GtkWidget  *opl_leergesprekken_page_open_leergesprek (OplLeergesprekkenPage *self,
                                                      const char            *leergesprek_id);

G_END_DECLS
