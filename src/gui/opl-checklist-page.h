/* opl-checklist-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_CHECKLIST_PAGE (opl_checklist_page_get_type ())

G_DECLARE_FINAL_TYPE (OplChecklistPage, opl_checklist_page, OPL, CHECKLIST_PAGE, OplPage)

GtkWidget *opl_checklist_page_new        (OplStore         *store,
                                          OplPerson        *person);


G_END_DECLS
