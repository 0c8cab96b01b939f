/* opl-quality-cycle.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-institute.h"
#include "opl-scholing-report.h"
#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_QUALITY_CYCLE (opl_quality_cycle_get_type ())

G_DECLARE_FINAL_TYPE (OplQualityCycle, opl_quality_cycle, OPL, QUALITY_CYCLE, AdwBin)

GtkWidget *opl_quality_cycle_new  (void);
void       opl_quality_cycle_show (OplQualityCycle         *self,
                                   OplStore                *store,
                                   OplPerson               *person,
                                   OplInstitute            *institute,
                                   const OplScholingReport *report);

G_END_DECLS
