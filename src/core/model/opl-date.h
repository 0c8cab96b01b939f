/* opl-date.h: calendar dates as the practice database stores them (ISO 8601).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  opl_date_parse_iso        (const char  *text,
                                     GDate       *date);
char     *opl_date_to_iso           (const GDate *date) G_GNUC_WARN_UNUSED_RESULT;
void      opl_date_set_today        (GDate       *date);
void      opl_date_add_months_clamped (GDate     *date,
                                       int        n_months);
char     *opl_date_week_key         (const GDate *date) G_GNUC_WARN_UNUSED_RESULT;
char     *opl_timestamp_now         (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
