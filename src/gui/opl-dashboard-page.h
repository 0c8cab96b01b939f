/* opl-dashboard-page.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_DASHBOARD_PAGE (opl_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (OplDashboardPage, opl_dashboard_page, OPL, DASHBOARD_PAGE, OplPage)

GtkWidget *opl_dashboard_page_new        (OplStore         *store,
                                          OplPerson        *person);


G_END_DECLS
