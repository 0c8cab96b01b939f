/* opl-calendar.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every leergesprek that is not cancelled becomes a timed event in the practice's time
 * zone, every due moment not yet done an all-day event. UIDs come from the rows'
 * UUIDs (and a moment's traject, kind and month), so importing the file again updates
 * the events instead of doubling them in GNOME Calendar, Evolution, Outlook or
 * Thunderbird.
 *
 * The events name their zone TZID=Europe/Amsterdam, and the file defines a VTIMEZONE of
 * exactly that TZID (RFC 5545 §3.2.19: a TZID parameter names a VTIMEZONE of the same
 * calendar); a reader that finds no such VTIMEZONE, as Thunderbird's ical.js, takes the
 * times as floating. Its rules start in 1970: no leergesprek is older.
 */

#define G_LOG_DOMAIN "opl-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "opl-calendar.h"
#include "opl-date.h"

#define UID_DOMAIN "opleidingspraktijk.github.io"
#define TIME_ZONE "Europe/Amsterdam"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static struct icaltimetype
timed (const GDate  *date,
       int           minutes,
       icaltimezone *zone)
{
  struct icaltimetype time = icaltime_null_time ();

  time.year = g_date_get_year (date);
  time.month = g_date_get_month (date);
  time.day = g_date_get_day (date);
  time.hour = minutes / 60;
  time.minute = minutes % 60;
  return icaltime_set_timezone (&time, zone);
}

static struct icaltimetype
all_day (const GDate *date)
{
  struct icaltimetype time = icaltime_null_date ();

  time.year = g_date_get_year (date);
  time.month = g_date_get_month (date);
  time.day = g_date_get_day (date);
  return time;
}

static icalcomponent *
leergesprek_event (OplLeergesprek *leergesprek,
                   OplTraject     *traject,
                   icaltimezone   *zone)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = g_strdup_printf ("leergesprek-%s@" UID_DOMAIN, opl_leergesprek_get_id (leergesprek));
  g_autofree char *summary = NULL;
  icalproperty *start, *end;
  int minute = opl_leergesprek_get_start_minute (leergesprek);

  /* Translators: an event in the calendar: the kind of leergesprek, then the aios */
  summary = g_strdup_printf (_("Leergesprek %s with %s"),
                             opl_leergesprek_kind_get_label (opl_leergesprek_get_kind (leergesprek),
                                                             opl_traject_get_phase (traject)),
                             opl_traject_get_aios_name (traject));

  start = icalproperty_new_dtstart (timed (opl_leergesprek_get_date (leergesprek), minute, zone));
  end = icalproperty_new_dtend (timed (opl_leergesprek_get_date (leergesprek),
                                       minute + opl_leergesprek_get_duration (leergesprek), zone));
  if (zone != NULL)
    {
      icalproperty_add_parameter (start, icalparameter_new_tzid (TIME_ZONE));
      icalproperty_add_parameter (end, icalparameter_new_tzid (TIME_ZONE));
    }

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, start);
  icalcomponent_add_property (event, end);
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_categories ("Leergesprek"));
  if (*opl_leergesprek_get_text (leergesprek, OPL_LEERGESPREK_AGENDA) != '\0')
    icalcomponent_add_property (event,
                                icalproperty_new_description (opl_leergesprek_get_text (leergesprek,
                                                                                        OPL_LEERGESPREK_AGENDA)));
  return event;
}

static icalcomponent *
moment_event (const OplMoment *moment,
              OplTraject      *traject)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  GDate next = moment->due;

  uid = g_strdup_printf ("moment-%s-%s-%d@" UID_DOMAIN, opl_traject_get_id (traject),
                         opl_moment_kind_to_string (moment->kind), moment->month);
  /* Translators: a due moment in the calendar: kind, training month, aios */
  summary = g_strdup_printf (_("%s (month %d) for %s"), opl_moment_kind_get_label (moment->kind),
                             moment->month, opl_traject_get_aios_name (traject));
  g_date_add_days (&next, 1);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, icalproperty_new_dtstart (all_day (&moment->due)));
  icalcomponent_add_property (event, icalproperty_new_dtend (all_day (&next)));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  return event;
}

/* The practice's time zone as the VTIMEZONE the events name: libical's Europe/Amsterdam
 * (from the system's zoneinfo) under the TZID the events use, not libical's
 * "/freeassociation.sourceforge.net/Europe/Amsterdam", with only the rules from 1970 on
 * instead of those since 1835. */
static icalcomponent *
time_zone_component (icaltimezone *zone)
{
  icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  icalproperty *tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  struct icaltimetype since = icaltime_from_string ("19700101T000000Z");

  if (tzid != NULL)
    icalproperty_set_tzid (tzid, TIME_ZONE);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (TIME_ZONE));
  icaltimezone_truncate_vtimezone (vtimezone, since, icaltime_null_time (), FALSE);
  return vtimezone;
}

struct _OplCalendar
{
  icalcomponent *vcalendar;
  icaltimezone  *zone;
  guint          n_events;
};

/**
 * opl_calendar_new:
 *
 * Returns: (transfer full): an empty calendar in the practice's time zone
 */
OplCalendar *
opl_calendar_new (void)
{
  OplCalendar *self = g_new0 (OplCalendar, 1);

  self->vcalendar = icalcomponent_new_vcalendar ();
  self->zone = icaltimezone_get_builtin_timezone (TIME_ZONE);
  icalcomponent_add_property (self->vcalendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (self->vcalendar, icalproperty_new_prodid ("-//Opleidingspraktijk//" PACKAGE_VERSION "//NL"));
  icalcomponent_add_property (self->vcalendar, icalproperty_new_calscale ("GREGORIAN"));
  if (self->zone != NULL)
    icalcomponent_add_component (self->vcalendar, time_zone_component (self->zone));
  return self;
}

void
opl_calendar_free (OplCalendar *self)
{
  g_return_if_fail (self != NULL);

  icalcomponent_free (self->vcalendar);
  g_free (self);
}

/**
 * opl_calendar_add_leergesprek:
 *
 * Adds @leergesprek of @traject as a timed event, unless it was cancelled.
 */
void
opl_calendar_add_leergesprek (OplCalendar    *self,
                              OplLeergesprek *leergesprek,
                              OplTraject     *traject)
{
  g_return_if_fail (self != NULL);

  if (opl_leergesprek_get_status (leergesprek) == OPL_LEERGESPREK_CANCELLED)
    return;

  icalcomponent_add_component (self->vcalendar, leergesprek_event (leergesprek, traject, self->zone));
  self->n_events++;
}

/**
 * opl_calendar_add_moment:
 *
 * Adds @moment of @traject as an all-day event, unless it is done.
 */
void
opl_calendar_add_moment (OplCalendar     *self,
                         const OplMoment *moment,
                         OplTraject      *traject)
{
  g_return_if_fail (self != NULL);

  if (moment->state == OPL_MOMENT_STATE_DONE)
    return;

  icalcomponent_add_component (self->vcalendar, moment_event (moment, traject));
  self->n_events++;
}

guint
opl_calendar_get_n_events (OplCalendar *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_events;
}

/**
 * opl_calendar_to_string:
 *
 * Returns: (transfer full): the iCalendar text
 */
char *
opl_calendar_to_string (OplCalendar *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return icalcomponent_as_ical_string_r (self->vcalendar);
}
