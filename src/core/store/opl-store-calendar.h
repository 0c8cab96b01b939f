/* opl-store-calendar.h: the running trajecten's leergesprekken and due moments as an
 * iCalendar file.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-store.h"

G_BEGIN_DECLS

char     *opl_store_export_calendar (OplStore     *store,
                                     const GDate  *today,
                                     guint        *n_events,
                                     GError      **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean  opl_store_write_calendar  (OplStore     *store,
                                     const GDate  *today,
                                     const char   *path,
                                     guint        *n_events,
                                     GError      **error);

G_END_DECLS
