/* opl-progress-group.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_PROGRESS_GROUP (opl_progress_group_get_type ())

G_DECLARE_FINAL_TYPE (OplProgressGroup, opl_progress_group, OPL, PROGRESS_GROUP, AdwPreferencesGroup)

GtkWidget  *opl_progress_group_new         (OplStore         *store,
                                            OplPerson        *person);
void        opl_progress_group_set_context (OplProgressGroup *self,
                                            OplStore         *store,
                                            OplPerson        *person);
void        opl_progress_group_refresh     (OplProgressGroup *self);
GtkListBox *opl_progress_group_get_list    (OplProgressGroup *self);

G_END_DECLS
