/* opl-scholing-summary.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_SCHOLING_SUMMARY (opl_scholing_summary_get_type ())

G_DECLARE_FINAL_TYPE (OplScholingSummary, opl_scholing_summary, OPL, SCHOLING_SUMMARY, AdwBin)

GtkWidget  *opl_scholing_summary_new         (void);
void        opl_scholing_summary_set_profile (OplScholingSummary *self,
                                              OplStore           *store,
                                              OplPerson          *person);
const char *opl_scholing_summary_get_title   (OplScholingSummary *self);
const char *opl_scholing_summary_get_needs   (OplScholingSummary *self);

G_END_DECLS
