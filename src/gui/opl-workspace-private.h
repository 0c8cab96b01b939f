/* opl-workspace-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-checklist-page.h"
#include "opl-dashboard-page.h"
#include "opl-export-page.h"
#include "opl-forms-page.h"
#include "opl-leergesprekken-page.h"
#include "opl-praktijk-page.h"
#include "opl-scholing-page.h"
#include "opl-traject-page.h"
#include "opl-workspace.h"

G_BEGIN_DECLS

OplDashboardPage *opl_workspace_get_dashboard    (OplWorkspace *self);
GtkListBox       *opl_workspace_get_sidebar_list (OplWorkspace *self);
OplChecklistPage *opl_workspace_get_checklist_page (OplWorkspace *self);
OplTrajectPage   *opl_workspace_get_traject_page (OplWorkspace *self);
OplLeergesprekkenPage *opl_workspace_get_leergesprekken_page (OplWorkspace *self);
OplFormsPage     *opl_workspace_get_forms_page   (OplWorkspace *self);
OplPraktijkPage  *opl_workspace_get_praktijk_page (OplWorkspace *self);
OplExportPage    *opl_workspace_get_export_page  (OplWorkspace *self);

OplScholingPage  *opl_workspace_get_scholing_page (OplWorkspace *self);

G_END_DECLS
