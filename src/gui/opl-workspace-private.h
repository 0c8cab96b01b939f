/* opl-workspace-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-dashboard-page.h"
#include "opl-workspace.h"

G_BEGIN_DECLS

OplDashboardPage *opl_workspace_get_dashboard    (OplWorkspace *self);
GtkListBox       *opl_workspace_get_sidebar_list (OplWorkspace *self);

G_END_DECLS
