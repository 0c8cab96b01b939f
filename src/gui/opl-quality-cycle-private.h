/* opl-quality-cycle-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-quality-cycle.h"

G_BEGIN_DECLS

AdwComboRow *opl_quality_cycle_get_since_row        (OplQualityCycle *self);
AdwEntryRow *opl_quality_cycle_get_new_leerpunt_row (OplQualityCycle *self);
GtkListBox  *opl_quality_cycle_get_leerplan_list    (OplQualityCycle *self);
const char  *opl_quality_cycle_get_niveaukaart      (OplQualityCycle *self);
const char  *opl_quality_cycle_get_hao              (OplQualityCycle *self);
int          opl_quality_cycle_since_for_position   (OplQualityCycle *self,
                                                     guint            position);
guint        opl_quality_cycle_position_for_since   (OplQualityCycle *self,
                                                     int              since);

G_END_DECLS
