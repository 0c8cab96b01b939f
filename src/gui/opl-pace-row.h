/* opl-pace-row.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-logbook.h"

G_BEGIN_DECLS

#define OPL_TYPE_PACE_ROW (opl_pace_row_get_type ())

G_DECLARE_FINAL_TYPE (OplPaceRow, opl_pace_row, OPL, PACE_ROW, GtkListBoxRow)

GtkWidget  *opl_pace_row_new            (const char    *title);

void        opl_pace_row_set_pace       (OplPaceRow    *self,
                                         const OplPace *pace);
void        opl_pace_row_set_problem    (OplPaceRow    *self,
                                         const char    *problem);
const char *opl_pace_row_get_count_text (OplPaceRow    *self);
const char *opl_pace_row_get_hint_text  (OplPaceRow    *self);

G_END_DECLS
