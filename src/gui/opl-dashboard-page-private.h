/* opl-dashboard-page-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-dashboard-page.h"

G_BEGIN_DECLS

GtkListBox *opl_dashboard_page_get_current_list (OplDashboardPage *self);
GtkListBox *opl_dashboard_page_get_earlier_list (OplDashboardPage *self);
GtkListBox *opl_dashboard_page_get_overdue_list (OplDashboardPage *self);
GtkListBox *opl_dashboard_page_get_today_list   (OplDashboardPage *self);
GtkListBox *opl_dashboard_page_get_week_list    (OplDashboardPage *self);
GtkListBox *opl_dashboard_page_get_leergesprek_list (OplDashboardPage *self);
GtkListBox *opl_dashboard_page_get_warnings_list (OplDashboardPage *self);
GtkListBox *opl_dashboard_page_get_progress_list (OplDashboardPage *self);
GtkWidget  *opl_dashboard_page_get_prepare_row  (OplDashboardPage *self);
guint       opl_dashboard_page_get_n_warnings   (OplDashboardPage *self);

G_END_DECLS
