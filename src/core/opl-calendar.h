/* opl-calendar.h: leergesprekken and due moments as an iCalendar file (libical).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-store.h"

G_BEGIN_DECLS

char     *opl_calendar_export (OplStore     *store,
                               const GDate  *today,
                               guint        *n_events,
                               GError      **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean  opl_calendar_write  (OplStore     *store,
                               const GDate  *today,
                               const char   *path,
                               guint        *n_events,
                               GError      **error);

G_END_DECLS
