/* opl-format.h: how dates, phases and percentages read in the interface.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "opl-checklist.h"
#include "opl-enums.h"
#include "opl-leergesprek.h"
#include "opl-planner.h"
#include "opl-schedule.h"

G_BEGIN_DECLS

char       *opl_format_date    (const GDate *date) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_timestamp (const char *timestamp) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_period  (const GDate *start,
                                const GDate *end) G_GNUC_WARN_UNUSED_RESULT;
const char *opl_format_phase   (OplPhase     phase);
char       *opl_format_percent (double       fraction) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_who     (OplWho       who) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_checklist_period (OplPeriod    period,
                                         const GDate *first,
                                         gboolean     is_short) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_moment  (const OplMoment *moment) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_moved   (const OplMoment *moment) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_day     (const GDate *date,
                                gboolean     is_short) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_month   (const GDate *date) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_time    (int          minute) G_GNUC_WARN_UNUSED_RESULT;
char       *opl_format_time_range (int       start_minute,
                                   int       duration) G_GNUC_WARN_UNUSED_RESULT;
const char *opl_format_leergesprek_status (OplLeergesprekStatus status);
char       *opl_format_excerpt (const char  *text,
                                guint        max_chars) G_GNUC_WARN_UNUSED_RESULT;
GStrv       opl_format_planner_warning (const OplPlannerWarning *warning,
                                        OplPhase                 phase,
                                        const GDate             *today) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
