/* opl-demo.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo practice: a hoofdopleider and a duo-opleider; a fase I aios who started
 * four months ago; a fase II aios, part time, with a spell of illness and her fase I
 * traject in the same practice as history; and a former aios whose year has ended.
 * All names are made up.
 */

#define G_LOG_DOMAIN "opl-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-checklist.h"
#include "opl-date.h"
#include "opl-demo.h"

/* The first day of the month @months_ago months before @today. */
static GDate
first_of_month_before (const GDate *today,
                       int          months_ago)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, g_date_get_month (today), g_date_get_year (today));
  opl_date_add_months_clamped (&date, -months_ago);
  return date;
}

/* The last day of a training year that starts on @start. */
static GDate
year_end (const GDate *start)
{
  GDate end = *start;

  opl_date_add_months_clamped (&end, 12);
  g_date_subtract_days (&end, 1);
  return end;
}

/* Items the hoofdopleider let slip, so that the demo shows what overdue looks like. */
static const char * const slipped[] = { "wekelijks-kpb-kvb", "maandelijks-video", NULL };

/* Ticks @person's checklist for the @n_back periods before today's, and today's own
 * period for the first items of each kind. */
static void
add_checklist_history (OplPracticeSetup *setup,
                       OplChecklist     *checklist,
                       OplPerson        *person,
                       const GDate      *today,
                       guint             n_back,
                       gboolean          with_slips)
{
  guint n_current[OPL_N_PERIODS] = { 0 };

  for (guint i = 0; i < opl_checklist_get_n_items (checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (checklist, i);
      GDate day = *today;

      for (guint back = 0; back <= n_back; back++)
        {
          g_autofree char *key = opl_period_key (item->period, &day);
          GDate first, last;
          gboolean tick;

          if (back == 0)
            tick = !(with_slips && g_strv_contains (slipped, item->id)) && n_current[item->period]++ < 1;
          else
            tick = !(with_slips && back == 1 && g_strv_contains (slipped, item->id));

          if (tick && (item->period != OPL_PERIOD_DAILY || g_date_get_weekday (&day) < G_DATE_SATURDAY))
            opl_practice_setup_add_tick (setup, person, item->id, key, opl_checklist_get_version (checklist));

          opl_period_bounds (item->period, &day, &first, &last);
          day = first;
          g_date_subtract_days (&day, 1);
        }
    }
}

/* Marks the moments of @traject due before @today as done a few days after their
 * date, except @skip_kind at @skip_month, which the demo shows as overdue. */
static void
add_moments_done (OplPracticeSetup *setup,
                  OplTraject       *traject,
                  const GDate      *today,
                  OplMomentKind     skip_kind,
                  int               skip_month)
{
  g_autoptr(GArray) moments = NULL;
  OplScheduleInput input;

  opl_schedule_input_from_traject (&input, traject);
  moments = opl_schedule_compute (&input, today, NULL, NULL, NULL);
  g_return_if_fail (moments != NULL);

  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      GDate done_on = moment->due;

      g_date_add_days (&done_on, 3);
      if (g_date_compare (&done_on, today) >= 0 || (moment->kind == skip_kind && moment->month == skip_month))
        continue;

      opl_practice_setup_add_moment_done (setup, traject, moment->kind, moment->month, &done_on);
    }
}

/**
 * opl_demo_populate:
 * @store: a store on a database without a practice
 * @today: the day the demo's dates are relative to
 *
 * Fills an empty database with the demo practice, in one transaction.
 */
gboolean
opl_demo_populate (OplStore     *store,
                   const GDate  *today,
                   GError      **error)
{
  g_autoptr(OplPracticeSetup) setup = opl_practice_setup_new ("Huisartsenpraktijk De Linde");
  GDate start_i = first_of_month_before (today, 4);
  GDate start_ii = first_of_month_before (today, 7);
  GDate daan_i = first_of_month_before (today, 31);
  GDate daan_i_end = year_end (&daan_i);
  GDate eva = first_of_month_before (today, 30);
  GDate eva_end = year_end (&eva);
  GDate ill_start = start_ii;
  GDate ill_end;
  g_autoptr(OplChecklist) checklist = NULL;
  OplTraject *traject;
  OplPerson *anna, *bram;

  g_return_val_if_fail (OPL_IS_STORE (store), FALSE);

  if (opl_store_has_practice (store))
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   _("This database already holds a practice; the demo needs an empty one"));
      return FALSE;
    }

  anna = opl_practice_setup_add_opleider (setup, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER);
  bram = opl_practice_setup_add_opleider (setup, "Bram Jansen", OPL_ROLE_DUO_OPLEIDER);

  checklist = opl_checklist_new_default (error);
  if (checklist == NULL)
    return FALSE;
  add_checklist_history (setup, checklist, anna, today, 10, TRUE);
  add_checklist_history (setup, checklist, bram, today, 10, FALSE);

  traject = opl_practice_setup_add_aios (setup, "Charlotte Bakker", OPL_PHASE_I, &start_i, NULL, 1.0);
  add_moments_done (setup, traject, today, OPL_N_MOMENT_KINDS, 0);

  traject = opl_practice_setup_add_aios (setup, "Daan Visser", OPL_PHASE_I, &daan_i, &daan_i_end, 1.0);
  add_moments_done (setup, traject, today, OPL_N_MOMENT_KINDS, 0);
  traject = opl_practice_setup_add_traject (setup, traject, OPL_PHASE_II, &start_ii, NULL, 0.8);
  g_date_add_months (&ill_start, 3);
  ill_end = ill_start;
  g_date_add_days (&ill_end, 13);
  opl_traject_add_leave (traject, OPL_LEAVE_ZIEKTE, &ill_start, &ill_end);
  /* Daan's LEOh after three months has not been filled yet. */
  add_moments_done (setup, traject, today, OPL_MOMENT_LEOH, 3);

  traject = opl_practice_setup_add_aios (setup, "Eva Mulder", OPL_PHASE_II, &eva, &eva_end, 1.0);
  add_moments_done (setup, traject, today, OPL_N_MOMENT_KINDS, 0);

  if (!opl_practice_setup_finish (setup, today, error))
    return FALSE;

  return opl_store_create_practice (store, setup, error);
}
