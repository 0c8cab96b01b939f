/* opl-planner.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, from domain.md "Leergesprekken" (handleiding): at least one hour a week at
 * a fixed time; a monthly rotation of one taakgericht, one persoonsgericht, one
 * leerprocesgericht and one watching recordings (MAAS 2.0 in fase I, Videotoets plus in
 * fase II); every three months one discusses the ComBel; in the beginning the
 * leerprocesgericht one more often. For an aios who trains a coassistent, one
 * leergesprek a week is about that role during the six-week coschap (VUmc folder).
 */

#define G_LOG_DOMAIN "opl-planner"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-planner.h"

G_DEFINE_QUARK (opl-planner-error-quark, opl_planner_error)

/* The order within a month: all four kinds in the first four weeks; a fifth week
 * repeats the taakgericht one. */
static const OplLeergesprekKind rotation[] = {
  OPL_LEERGESPREK_TAAKGERICHT,
  OPL_LEERGESPREK_PERSOONSGERICHT,
  OPL_LEERGESPREK_LEERPROCESGERICHT,
  OPL_LEERGESPREK_VIDEO,
  OPL_LEERGESPREK_TAAKGERICHT,
};

/* The first two months: the leerprocesgericht one comes first, and again in a fifth
 * week, so it is held more often in the beginning without a month losing a kind. */
static const OplLeergesprekKind rotation_start[] = {
  OPL_LEERGESPREK_LEERPROCESGERICHT,
  OPL_LEERGESPREK_TAAKGERICHT,
  OPL_LEERGESPREK_PERSOONSGERICHT,
  OPL_LEERGESPREK_VIDEO,
  OPL_LEERGESPREK_LEERPROCESGERICHT,
};

#define EARLY_MONTHS 2

static gboolean
in_range (const GDate *date,
          const GDate *start,
          const GDate *end)
{
  return g_date_compare (date, start) >= 0 && g_date_compare (date, end) <= 0;
}

static OplSkipReason
skip_reason (const OplPlannerInput *input,
             const GDate           *date)
{
  for (guint i = 0; i < input->n_closures; i++)
    {
      if (in_range (date, &input->closures[i].start, &input->closures[i].end))
        return OPL_SKIP_HOLIDAY;
    }

  for (guint i = 0; i < input->n_leaves; i++)
    {
      if (in_range (date, &input->leaves[i].start, &input->leaves[i].end))
        return OPL_SKIP_LEAVE;
    }

  return OPL_SKIP_NONE;
}

static gboolean
same_week (const GDate *a,
           const GDate *b)
{
  g_autofree char *key_a = opl_date_week_key (a);
  g_autofree char *key_b = opl_date_week_key (b);

  return g_str_equal (key_a, key_b);
}

static gboolean
is_combel_week (const OplPlannerInput *input,
                const GDate           *date)
{
  for (guint i = 0; i < input->n_combel_dates; i++)
    {
      if (same_week (date, &input->combel_dates[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_coschap_week (const OplPlannerInput *input,
                 const GDate           *date)
{
  GDate first, end;

  /* Seed 000: "Het opleiden van een coassistent door aios is alleen mogelijk in de
   * laatste fase van de opleiding": a coschap in fase I plans nothing. */
  if (!g_date_valid (&input->coschap_start) || input->phase != OPL_PHASE_II)
    return FALSE;

  /* The coschap's weeks: from the Monday of its first week, six weeks. */
  first = input->coschap_start;
  g_date_subtract_days (&first, g_date_get_weekday (&first) - 1);
  end = first;
  g_date_add_days (&end, OPL_COSCHAP_WEEKS * 7 - 1);
  return in_range (date, &first, &end);
}

static int
months_since_start (const OplPlannerInput *input,
                    const GDate           *date)
{
  return ((int) g_date_get_year (date) - (int) g_date_get_year (&input->traject_start)) * 12 +
         (int) g_date_get_month (date) - (int) g_date_get_month (&input->traject_start);
}

/**
 * opl_planner_check_time:
 * @start_minute: minutes after midnight
 * @duration: in minutes
 *
 * A leergesprek lasts at least an hour (domain.md "Leergesprekken": at least one hour a
 * week), and starts and ends on the same day.
 *
 * Returns: %FALSE with @error (%OPL_PLANNER_ERROR_INVALID) saying why in words a user
 *   understands
 */
gboolean
opl_planner_check_time (int      start_minute,
                        int      duration,
                        GError **error)
{
  if (start_minute < 0 || start_minute >= 24 * 60)
    {
      g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                   _("A leergesprek starts between 0:00 and 23:59"));
      return FALSE;
    }

  if (duration < OPL_LEERGESPREK_MIN_MINUTES)
    {
      g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                   /* Translators: %d is a number of minutes, less than 60 */
                   ngettext ("A leergesprek lasts at least an hour; %d minute is too short",
                             "A leergesprek lasts at least an hour; %d minutes is too short",
                             duration),
                   duration);
      return FALSE;
    }

  if (start_minute + duration > 24 * 60)
    {
      g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                   /* Translators: a leergesprek that would end after midnight; %d is its
                    * length in minutes, %d:%02d the time it starts: “90 minutes from 23:00” */
                   ngettext ("A leergesprek must start and end on the same day: %d minute from %d:%02d runs past midnight",
                             "A leergesprek must start and end on the same day: %d minutes from %d:%02d run past midnight",
                             duration),
                   duration, start_minute / 60, start_minute % 60);
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_slot_check:
 *
 * A fixed weekly time needs a day of the week, and a time that
 * opl_planner_check_time() accepts.
 */
gboolean
opl_slot_check (const OplSlot  *slot,
                GError        **error)
{
  g_return_val_if_fail (slot != NULL, FALSE);

  if (!g_date_valid_weekday (slot->weekday))
    {
      g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                   _("The leergesprek needs a day of the week"));
      return FALSE;
    }

  return opl_planner_check_time (slot->start_minute, slot->duration, error);
}

static gboolean
check_input (const OplPlannerInput  *input,
             GError                **error)
{
  OplSlot slot = {
    .weekday = input->weekday,
    .start_minute = input->start_minute,
    .duration = input->duration,
  };

  if (!g_date_valid (&input->traject_start))
    {
      g_set_error (error, OPL_PLANNER_ERROR, OPL_PLANNER_ERROR_INVALID,
                   _("The traject needs a start date"));
      return FALSE;
    }

  return opl_slot_check (&slot, error);
}

static void
clear_week (gpointer data)
{
  g_clear_pointer (&((OplPlannedWeek *) data)->week_key, g_free);
}

/**
 * opl_planner_plan:
 * @from: the first day to plan
 * @until: the last day to plan
 *
 * Proposes a leergesprek for every week between @from and @until that falls within
 * the traject: on the slot's day, of the kind the rotation gives, a ComBel-bespreking in
 * the week of a ComBel moment, about the coassistent in the other weeks of a fase II
 * coschap; weeks on a holiday or in leave are marked skipped.
 *
 * Returns: (transfer full) (element-type OplPlannedWeek): one entry per week
 */
GArray *
opl_planner_plan (const OplPlannerInput  *input,
                  const GDate            *from,
                  const GDate            *until,
                  GError                **error)
{
  g_autoptr(GArray) weeks = NULL;
  GDate date;
  int month = -1;
  guint index_in_month = 0;

  g_return_val_if_fail (input != NULL && from != NULL && until != NULL, NULL);

  if (!check_input (input, error))
    return NULL;

  weeks = g_array_new (FALSE, TRUE, sizeof (OplPlannedWeek));
  g_array_set_clear_func (weeks, clear_week);

  /* The slot's day in the week of @from. */
  date = *from;
  g_date_subtract_days (&date, g_date_get_weekday (&date) - 1);
  g_date_add_days (&date, input->weekday - 1);

  for (; g_date_compare (&date, until) <= 0; g_date_add_days (&date, 7))
    {
      OplPlannedWeek week = { .date = date };
      int months;

      if (g_date_compare (&date, from) < 0 || g_date_compare (&date, &input->traject_start) < 0 ||
          (g_date_valid (&input->traject_end) && g_date_compare (&date, &input->traject_end) > 0))
        continue;

      months = months_since_start (input, &date);
      if (g_date_get_month (&date) != (GDateMonth) month)
        {
          month = g_date_get_month (&date);
          index_in_month = 0;
        }

      week.week_key = opl_date_week_key (&date);
      week.skip = skip_reason (input, &date);

      if (week.skip != OPL_SKIP_NONE)
        week.kind = OPL_LEERGESPREK_TAAKGERICHT;
      /* The ComBel is discussed every three months whatever else happens; the weekly
       * leergesprek about the coassistent (seed 000: "is één leergesprek per week
       * gericht op jouw rol als opleider van de coassistent") takes the other weeks
       * of the coschap, never the ComBel's. */
      else if (is_combel_week (input, &date))
        week.kind = OPL_LEERGESPREK_COMBEL;
      else if (is_coschap_week (input, &date))
        week.kind = OPL_LEERGESPREK_COASSISTENT;
      else
        {
          const OplLeergesprekKind *order = months < EARLY_MONTHS ? rotation_start : rotation;

          week.kind = order[index_in_month % G_N_ELEMENTS (rotation)];
          index_in_month++;
        }

      g_array_append_val (weeks, week);
    }

  return g_steal_pointer (&weeks);
}

/* A ComBel-bespreking is a leerprocesgericht leergesprek (domain.md: leerprocesgericht
 * covers the ComBel, bekwaamverklaringen, KPB and the e-portfolio). */
static guint
rotation_kinds (guint kinds)
{
  if (kinds & (1u << OPL_LEERGESPREK_COMBEL))
    kinds |= 1u << OPL_LEERGESPREK_LEERPROCESGERICHT;

  return kinds & ((1u << OPL_N_ROTATION_KINDS) - 1);
}

/**
 * opl_planner_check:
 * @weeks: consecutive weeks, in order
 *
 * Warns about every week (not skipped) without a leergesprek, and about every calendar
 * month that @weeks covers whole and that lacks one of the four kinds.
 *
 * Returns: (transfer full) (element-type OplPlannerWarning): the warnings, in order
 */
GArray *
opl_planner_check (const OplWeekRecord *weeks,
                   guint                n_weeks)
{
  GArray *warnings = g_array_new (FALSE, TRUE, sizeof (OplPlannerWarning));
  guint month_kinds = 0;
  gboolean month_whole = FALSE;

  for (guint i = 0; i < n_weeks; i++)
    {
      const OplWeekRecord *week = &weeks[i];
      gboolean first_of_month = g_date_get_day (&week->date) <= 7;
      gboolean last_of_month;
      GDate next = week->date;

      if (first_of_month)
        {
          month_kinds = 0;
          month_whole = TRUE;
        }

      if (!week->skipped && week->kinds == 0)
        {
          OplPlannerWarning warning = { .date = week->date, .missing_week = TRUE };

          g_array_append_val (warnings, warning);
        }

      month_kinds |= rotation_kinds (week->kinds);
      g_date_add_days (&next, 7);
      last_of_month = g_date_get_month (&next) != g_date_get_month (&week->date);

      if (last_of_month && month_whole)
        {
          guint missing = ~month_kinds & ((1u << OPL_N_ROTATION_KINDS) - 1);

          if (missing != 0)
            {
              OplPlannerWarning warning = { .date = week->date, .missing_kinds = missing };

              g_array_append_val (warnings, warning);
            }
        }

      if (last_of_month)
        month_whole = FALSE;
    }

  return warnings;
}

void
opl_slot_clear (OplSlot *slot)
{
  g_clear_pointer (&slot->traject_id, g_free);
}
