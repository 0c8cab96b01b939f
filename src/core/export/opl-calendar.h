/* opl-calendar.h: leergesprekken and due moments as an iCalendar file (libical).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-leergesprek.h"
#include "opl-schedule.h"
#include "opl-traject.h"

G_BEGIN_DECLS

/* An iCalendar file being built: every leergesprek that is not cancelled and every due
 * moment not yet done, with UIDs that stay the same (the store fills it:
 * opl_store_export_calendar ()). */
typedef struct _OplCalendar OplCalendar;

OplCalendar *opl_calendar_new             (void) G_GNUC_WARN_UNUSED_RESULT;
void         opl_calendar_free            (OplCalendar     *self);
void         opl_calendar_add_leergesprek (OplCalendar     *self,
                                           OplLeergesprek  *leergesprek,
                                           OplTraject      *traject);
void         opl_calendar_add_moment      (OplCalendar     *self,
                                           const OplMoment *moment,
                                           OplTraject      *traject);
guint        opl_calendar_get_n_events    (OplCalendar     *self);
char        *opl_calendar_to_string       (OplCalendar     *self) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplCalendar, opl_calendar_free)

G_END_DECLS
