/* opl-date.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "opl-date.h"

/**
 * opl_date_parse_iso:
 * @text: a date written as YYYY-MM-DD
 * @date: (out caller-allocates): where to put it
 *
 * Only real calendar dates pass: 2026-02-30 or 2026-13-01 are refused.
 *
 * Returns: whether @text was a valid date
 */
gboolean
opl_date_parse_iso (const char *text,
                    GDate      *date)
{
  unsigned int year, month, day;
  char rest;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3)
    return FALSE;

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

char *
opl_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * opl_date_set_today:
 *
 * Sets @date to today in local time. `OPL_TODAY=YYYY-MM-DD` in the environment
 * overrides it, so that tests and screenshots see a fixed day.
 */
void
opl_date_set_today (GDate *date)
{
  const char *override = g_getenv ("OPL_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (override != NULL && opl_date_parse_iso (override, date))
    return;

  now = g_date_time_new_now_local ();
  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

/**
 * opl_date_add_months_clamped:
 *
 * Adds months the way the training counts them: 31 August plus 6 months is 28 (or
 * 29) February, the day clamped to the end of the month (domain.md, "The training
 * year"; GLib's g_date_add_months clamps the same way).
 */
void
opl_date_add_months_clamped (GDate *date,
                             int    n_months)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (n_months >= 0)
    g_date_add_months (date, (guint) n_months);
  else
    g_date_subtract_months (date, (guint) -n_months);
}

/**
 * opl_date_week_key:
 *
 * Returns: (transfer full): the ISO 8601 week @date falls in, as 2026-W48; the year is
 *   that of the week's Thursday (1 January 2027 is in 2026-W53)
 */
char *
opl_date_week_key (const GDate *date)
{
  GDate thursday = *date;

  g_date_subtract_days (&thursday, g_date_get_weekday (date) - 1);
  g_date_add_days (&thursday, 3);
  return g_strdup_printf ("%04u-W%02u", g_date_get_year (&thursday),
                          g_date_get_iso8601_week_of_year (date));
}

/**
 * opl_timestamp_now:
 *
 * Returns: (transfer full): the current UTC time as 2026-11-22T10:15:30.123Z, the
 *   form of the created_at and changed_at columns
 */
char *
opl_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}
