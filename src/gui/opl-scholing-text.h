/* opl-scholing-text.h: how the scholing report reads in the interface.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "opl-institute.h"
#include "opl-scholing-report.h"

G_BEGIN_DECLS

char       *opl_scholing_text_year          (int                      year) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_scholing_text_days          (const OplScholingReport *report) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_scholing_text_paralleldagen (const OplScholingReport *report) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_scholing_text_need          (const OplScholingNeed   *need) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_scholing_text_requirement   (const OplScholingReport *report) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_scholing_text_day_title     (OplInstitute            *institute,
                                             const OplScholingDay    *day) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_scholing_text_day_subtitle  (const OplScholingDay    *day) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_scholing_text_leergang      (const OplLeergangStatus *status,
                                             int                      leergang_days) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
