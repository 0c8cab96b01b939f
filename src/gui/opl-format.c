/* opl-format.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-format"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-format.h"

/**
 * opl_format_date:
 *
 * Returns: (transfer full): @date as “1 July 2026”, in the user's language
 */
char *
opl_format_date (const GDate *date)
{
  g_autoptr(GDateTime) date_time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                     g_date_get_day (date), 0, 0, 0);
  /* Translators: a full date, see g_date_time_format(); “1 July 2026” */
  return g_date_time_format (date_time, _("%-d %B %Y"));
}

/**
 * opl_format_timestamp:
 * @timestamp: an ISO 8601 timestamp, as the store writes them (UTC)
 *
 * Returns: (transfer full) (nullable): “1 July 2026, 14:05” in local time, or %NULL
 *   when @timestamp is none
 */
char *
opl_format_timestamp (const char *timestamp)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL || (time = g_date_time_new_from_iso8601 (timestamp, utc)) == NULL)
    return NULL;

  local = g_date_time_to_local (time);
  /* Translators: a date and time, see g_date_time_format(); “1 July 2026, 14:05” */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

/**
 * opl_format_period:
 * @end: (nullable): the last day, or %NULL when the period is open
 *
 * Returns: (transfer full): “1 July 2026 – 30 June 2027”, or “from 1 July 2026”
 */
char *
opl_format_period (const GDate *start,
                   const GDate *end)
{
  g_autofree char *from = opl_format_date (start);
  g_autofree char *to = NULL;

  if (end == NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_("from %s"), from);

  to = opl_format_date (end);
  /* Translators: a period of time; the first %s is the first day, the second the last */
  return g_strdup_printf (_("%s – %s"), from, to);
}

const char *
opl_format_phase (OplPhase phase)
{
  switch (phase)
    {
    case OPL_PHASE_I:
      return _("Fase I");
    case OPL_PHASE_II:
      return _("Fase II");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_format_percent:
 * @fraction: 0.5 for half
 *
 * Returns: (transfer full): “50 %”
 */
char *
opl_format_percent (double fraction)
{
  /* Translators: a percentage; keep the non-breaking space if your language uses one */
  return g_strdup_printf (_("%d %%"), (int) (fraction * 100.0 + 0.5));
}

/**
 * opl_format_who:
 *
 * Returns: (transfer full): who takes part in a moment: “aios, opleider and docent”
 */
char *
opl_format_who (OplWho who)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autofree char *head = NULL;
  const char *last;

  if (who & OPL_WHO_AIOS)
    g_ptr_array_add (words, (gpointer) C_("who", "aios"));
  if (who & OPL_WHO_OPLEIDER)
    g_ptr_array_add (words, (gpointer) C_("who", "opleider"));
  if (who & OPL_WHO_DOCENT)
    g_ptr_array_add (words, (gpointer) C_("who", "docent"));
  if (who & OPL_WHO_TUTOR)
    g_ptr_array_add (words, (gpointer) C_("who", "tutor"));

  if (words->len == 0)
    return g_strdup ("");
  if (words->len == 1)
    return g_strdup (g_ptr_array_index (words, 0));

  last = g_ptr_array_index (words, words->len - 1);
  g_ptr_array_index (words, words->len - 1) = NULL;
  head = g_strjoinv (", ", (char **) words->pdata);
  /* Translators: the end of a list, “aios, opleider and docent” */
  return g_strdup_printf (_("%s and %s"), head, last);
}

/**
 * opl_format_checklist_period:
 * @first: the first day of the period
 * @is_short: %TRUE for a few characters (“wk 47”), for a tooltip strip
 *
 * Returns: (transfer full): the period a checklist tick counts for, as a person
 *   names it: “Monday 23 November”, “Week 47”, “November 2026”, “Q4 2026”,
 *   “Second half of 2026”, “2026”
 */
char *
opl_format_checklist_period (OplPeriod    period,
                             const GDate *first,
                             gboolean     is_short)
{
  g_autoptr(GDateTime) date_time = NULL;
  guint year, month;

  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);

  year = g_date_get_year (first);
  month = g_date_get_month (first);
  date_time = g_date_time_new_local (year, month, g_date_get_day (first), 0, 0, 0);

  switch (period)
    {
    case OPL_PERIOD_DAILY:
      if (is_short)
        /* Translators: a short day, see g_date_time_format(); “Mon 23 Nov” */
        return g_date_time_format (date_time, _("%a %-d %b"));
      /* Translators: a day, see g_date_time_format(); “Monday 23 November” */
      return g_date_time_format (date_time, _("%A %-d %B"));
    case OPL_PERIOD_WEEKLY:
      /* Translators: %d is an ISO week number */
      return g_strdup_printf (_("Week %d"), (int) g_date_get_iso8601_week_of_year (first));
    case OPL_PERIOD_MONTHLY:
      if (is_short)
        /* Translators: a short month, see g_date_time_format(); “Nov 2026” */
        return g_date_time_format (date_time, _("%b %Y"));
      /* Translators: a month, see g_date_time_format(); “November 2026” */
      return g_date_time_format (date_time, _("%B %Y"));
    case OPL_PERIOD_QUARTERLY:
      /* Translators: a quarter of a year: “Q4 2026” */
      return g_strdup_printf (_("Q%u %u"), (month - 1) / 3 + 1, year);
    case OPL_PERIOD_THREE_TO_SIX_MONTHLY:
      if (month <= 6)
        /* Translators: %u is a year */
        return g_strdup_printf (_("First half of %u"), year);
      /* Translators: %u is a year */
      return g_strdup_printf (_("Second half of %u"), year);
    case OPL_PERIOD_YEARLY_TO_THREE_YEARLY:
      return g_strdup_printf ("%u", year);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_format_moment:
 *
 * Returns: (transfer full): when a due moment falls and who takes part, and why its
 *   date moved: “1 July 2026 · month 3 · aios and opleider · 14 days later because of
 *   leave”
 */
char *
opl_format_moment (const OplMoment *moment)
{
  g_autofree char *due = opl_format_date (&moment->due);
  g_autofree char *who = opl_format_who (moment->who);

  g_autofree char *text = NULL;
  g_autofree char *moved = opl_format_moved (moment);

  /* Translators: a due moment: its date, its training month (“trainingsmaand”) and who takes part */
  text = g_strdup_printf (_("%s · training month %d · %s"), due, moment->month, who);
  if (moved == NULL)
    return g_steal_pointer (&text);

  return g_strdup_printf ("%s · %s", text, moved);
}

/**
 * opl_format_moved:
 *
 * Returns: (transfer full) (nullable): why a due moment is later than its training
 *   month: “14 days later because of leave”, or %NULL when it did not move
 */
char *
opl_format_moved (const OplMoment *moment)
{
  if (moment->moved_days <= 0)
    return NULL;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: how far leave moved a due moment */
                                       "%d day later because of leave",
                                       "%d days later because of leave", moment->moved_days),
                          moment->moved_days);
}

/**
 * opl_format_day:
 * @is_short: %TRUE for “Tue 24 Nov”
 *
 * Returns: (transfer full): a day of the coming weeks: “Tuesday 24 November”
 */
char *
opl_format_day (const GDate *date,
                gboolean     is_short)
{
  g_autoptr(GDateTime) date_time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                     g_date_get_day (date), 0, 0, 0);
  if (is_short)
    /* Translators: a short day, see g_date_time_format(); “Tue 24 Nov” */
    return g_date_time_format (date_time, _("%a %-d %b"));

  /* Translators: a day, see g_date_time_format(); “Tuesday 24 November” */
  return g_date_time_format (date_time, _("%A %-d %B"));
}

/**
 * opl_format_month:
 *
 * Returns: (transfer full): the month @date falls in, by name only: “November”
 */
char *
opl_format_month (const GDate *date)
{
  g_autoptr(GDateTime) date_time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  date_time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), 1, 0, 0, 0);
  /* Translators: a month standing alone, see g_date_time_format(); “November” */
  return g_date_time_format (date_time, _("%OB"));
}

/**
 * opl_format_time:
 * @minute: minutes after midnight
 *
 * Returns: (transfer full): a time of day: “13:00”
 */
char *
opl_format_time (int minute)
{
  /* Translators: a time of day, hours and minutes: “13:00” */
  return g_strdup_printf (_("%d:%02d"), minute / 60, minute % 60);
}

/**
 * opl_format_time_range:
 *
 * Returns: (transfer full): from when to when: “13:00–14:00”
 */
char *
opl_format_time_range (int start_minute,
                       int duration)
{
  g_autofree char *start = opl_format_time (start_minute);
  g_autofree char *end = opl_format_time (start_minute + duration);

  /* Translators: a span of time, from the first time to the second: “13:00–14:00” */
  return g_strdup_printf (_("%s–%s"), start, end);
}

/**
 * opl_format_leergesprek_status:
 *
 * Returns: “Planned”, “Held” or “Cancelled”
 */
const char *
opl_format_leergesprek_status (OplLeergesprekStatus status)
{
  switch (status)
    {
    case OPL_LEERGESPREK_HELD:
      return _("Held");
    case OPL_LEERGESPREK_CANCELLED:
      return _("Cancelled");
    case OPL_LEERGESPREK_PLANNED:
    default:
      return _("Planned");
    }
}

/**
 * opl_format_excerpt:
 * @text: (nullable): a text a person wrote
 * @max_chars: how many characters to show at the most
 *
 * Returns: (transfer full) (nullable): @text on one line, cut at @max_chars with “…”,
 *   or %NULL when it holds nothing but white space
 */
char *
opl_format_excerpt (const char *text,
                    guint       max_chars)
{
  g_autofree char *flat = NULL;
  g_autofree char *start = NULL;

  if (text == NULL)
    return NULL;

  flat = g_strstrip (g_strdelimit (g_strdup (text), "\n\r\t", ' '));
  if (*flat == '\0')
    return NULL;

  if (g_utf8_strlen (flat, -1) <= max_chars)
    return g_steal_pointer (&flat);

  start = g_utf8_substring (flat, 0, max_chars);
  return g_strdup_printf ("%s…", g_strstrip (start));
}

/**
 * opl_format_planner_warning:
 * @phase: the traject's phase, which names the video kind
 * @today: to say “has no … yet” of the current month
 *
 * Returns: (transfer full): the warning in words: one line for a week without a
 *   leergesprek, one line per kind a month lacks
 */
GStrv
opl_format_planner_warning (const OplPlannerWarning *warning,
                            OplPhase                 phase,
                            const GDate             *today)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_return_val_if_fail (warning != NULL && today != NULL, NULL);

  if (warning->missing_week)
    {
      g_autoptr(GDateTime) date_time = NULL;
      g_autofree char *day = NULL;
      g_autofree char *line = NULL;

      /* The week is named by the day the leergesprek would have been. */
      date_time = g_date_time_new_local (g_date_get_year (&warning->date), g_date_get_month (&warning->date),
                                         g_date_get_day (&warning->date), 0, 0, 0);
      /* Translators: a day and a month, see g_date_time_format(); “27 October” */
      day = g_date_time_format (date_time, _("%-d %B"));
      /* Translators: %s is the usual day of the leergesprek in that week: “27 October” */
      line = g_strdup_printf (_("No leergesprek in the week of %s"), day);
      g_strv_builder_add (lines, line);
    }

  for (guint kind = 0; !warning->missing_week && kind < OPL_N_ROTATION_KINDS; kind++)
    {
      g_autofree char *month = NULL;
      g_autofree char *line = NULL;
      const char *label = opl_leergesprek_kind_get_label (kind, phase);
      gboolean this_month = g_date_get_month (&warning->date) == g_date_get_month (today) &&
                            g_date_get_year (&warning->date) == g_date_get_year (today);

      if ((warning->missing_kinds & (1u << kind)) == 0)
        continue;

      month = opl_format_month (&warning->date);
      if (this_month)
        /* Translators: a month and a kind of leergesprek: “November has no “Video (MAAS 2.0)” leergesprek yet” */
        line = g_strdup_printf (_("%s has no “%s” leergesprek yet"), month, label);
      else
        /* Translators: a month and a kind of leergesprek: “October had no “Persoonsgericht” leergesprek” */
        line = g_strdup_printf (_("%s had no “%s” leergesprek"), month, label);
      g_strv_builder_add (lines, line);
    }

  return g_strv_builder_end (lines);
}
