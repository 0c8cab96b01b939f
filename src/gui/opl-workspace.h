/* opl-workspace.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-page.h"

G_BEGIN_DECLS

#define OPL_TYPE_WORKSPACE (opl_workspace_get_type ())

G_DECLARE_FINAL_TYPE (OplWorkspace, opl_workspace, OPL, WORKSPACE, OplPage)

GtkWidget  *opl_workspace_new              (OplStore     *store,
                                            OplPerson    *person);

const char *opl_workspace_get_visible_view (OplWorkspace *self);
void        opl_workspace_show_view        (OplWorkspace *self,
                                            const char   *view);
gboolean    opl_workspace_go_back          (OplWorkspace *self);

G_END_DECLS
