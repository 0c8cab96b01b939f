/* opl-checklist-row.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_CHECKLIST_ROW (opl_checklist_row_get_type ())

G_DECLARE_FINAL_TYPE (OplChecklistRow, opl_checklist_row, OPL, CHECKLIST_ROW, AdwActionRow)

GtkWidget      *opl_checklist_row_new         (OplStore                 *store,
                                               OplChecklist             *checklist,
                                               const char               *person_id,
                                               gboolean                  read_only);

const char     *opl_checklist_row_get_item_id (OplChecklistRow          *self);
gboolean        opl_checklist_row_get_done    (OplChecklistRow          *self);
gboolean        opl_checklist_row_get_overdue (OplChecklistRow          *self);
GtkCheckButton *opl_checklist_row_get_check_button (OplChecklistRow     *self);
const char     *opl_checklist_row_get_note    (OplChecklistRow          *self);
void            opl_checklist_row_set_status  (OplChecklistRow          *self,
                                               const OplChecklistStatus *status,
                                               const GDate              *today);
void            opl_checklist_row_set_show_period (OplChecklistRow      *self,
                                                   gboolean              show_period);

G_END_DECLS
