/* opl-export-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_EXPORT_PAGE (opl_export_page_get_type ())

G_DECLARE_FINAL_TYPE (OplExportPage, opl_export_page, OPL, EXPORT_PAGE, OplPage)

GtkWidget *opl_export_page_new            (OplStore      *store,
                                           OplPerson     *person);

gboolean   opl_export_page_select_aios    (OplExportPage *self,
                                           const char    *aios_id);

G_END_DECLS
