/* opl-store-calendar.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads what the calendar holds (opl-calendar.c writes it): the leergesprekken of each
 * traject that runs today, from its start to two years ahead, and its due moments.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include "opl-calendar.h"
#include "opl-store-calendar.h"

static gboolean
add_traject (OplStore     *store,
             OplTraject   *traject,
             const GDate  *today,
             OplCalendar  *calendar,
             GError      **error)
{
  g_autoptr(GPtrArray) leergesprekken = NULL;
  g_autoptr(GArray) moments = NULL;
  GDate from = *opl_traject_get_start (traject);
  GDate until = *today;

  g_date_add_years (&until, 2);
  leergesprekken = opl_store_list_leergesprekken (store, opl_traject_get_id (traject), &from, &until,
                                                  NULL, error);
  moments = leergesprekken != NULL ? opl_store_get_schedule (store, traject, today, error) : NULL;
  if (moments == NULL)
    return FALSE;

  for (guint i = 0; i < leergesprekken->len; i++)
    opl_calendar_add_leergesprek (calendar, g_ptr_array_index (leergesprekken, i), traject);

  for (guint i = 0; i < moments->len; i++)
    opl_calendar_add_moment (calendar, &g_array_index (moments, OplMoment, i), traject);

  return TRUE;
}

/**
 * opl_store_export_calendar:
 * @today: the day that decides which trajecten run and which moments are done
 * @n_events: (out) (optional): how many events the calendar holds
 *
 * Returns: (transfer full): the iCalendar text of the running trajecten's leergesprekken
 *   and open due moments, or %NULL with @error set
 */
char *
opl_store_export_calendar (OplStore     *store,
                           const GDate  *today,
                           guint        *n_events,
                           GError      **error)
{
  g_autoptr(OplCalendar) calendar = opl_calendar_new ();
  g_autoptr(GPtrArray) trajecten = NULL;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);

  trajecten = opl_store_list_trajecten (store, NULL, error);
  if (trajecten == NULL)
    return NULL;

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (opl_traject_is_active (traject, today) &&
          !add_traject (store, traject, today, calendar, error))
        return NULL;
    }

  if (n_events != NULL)
    *n_events = opl_calendar_get_n_events (calendar);

  return opl_calendar_to_string (calendar);
}

/**
 * opl_store_write_calendar:
 * @path: the .ics file to write, replaced as a whole
 */
gboolean
opl_store_write_calendar (OplStore     *store,
                          const GDate  *today,
                          const char   *path,
                          guint        *n_events,
                          GError      **error)
{
  g_autofree char *text = opl_store_export_calendar (store, today, n_events, error);

  if (text == NULL)
    return FALSE;

  /* For its owner only, like the practice file. */
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
