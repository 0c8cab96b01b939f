/* opl-traject-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"
#include "opl-traject.h"

G_BEGIN_DECLS

#define OPL_TYPE_TRAJECT_PAGE (opl_traject_page_get_type ())

G_DECLARE_FINAL_TYPE (OplTrajectPage, opl_traject_page, OPL, TRAJECT_PAGE, OplPage)

GtkWidget  *opl_traject_page_new            (OplStore       *store,
                                             OplPerson      *person);

const char *opl_traject_page_get_traject_id (OplTrajectPage *self);
gboolean    opl_traject_page_select_traject (OplTrajectPage *self,
                                             const char     *traject_id);
gboolean    opl_traject_page_show_ended_traject (OplTrajectPage *self,
                                                 const char     *traject_id);
gboolean    opl_traject_page_is_read_only   (OplTrajectPage *self);

gboolean    opl_traject_page_may_show       (OplPerson      *person,
                                             OplTraject     *traject);

G_END_DECLS
