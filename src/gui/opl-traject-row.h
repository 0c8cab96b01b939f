/* opl-traject-row.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_TRAJECT_ROW (opl_traject_row_get_type ())

G_DECLARE_FINAL_TYPE (OplTrajectRow, opl_traject_row, OPL, TRAJECT_ROW, AdwComboRow)

GtkWidget  *opl_traject_row_new            (void);

void        opl_traject_row_set_trajecten  (OplTrajectRow *self,
                                            GPtrArray     *trajecten);
gboolean    opl_traject_row_load           (OplTrajectRow *self,
                                            OplStore      *store,
                                            OplPerson     *person,
                                            const GDate   *today);
guint       opl_traject_row_get_n_trajecten (OplTrajectRow *self);
OplTraject *opl_traject_row_get_traject    (OplTrajectRow *self);
const char *opl_traject_row_get_traject_id (OplTrajectRow *self);
gboolean    opl_traject_row_select_traject (OplTrajectRow *self,
                                            const char    *traject_id);

G_END_DECLS
