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
  OplTraject *traject;

  g_return_val_if_fail (OPL_IS_STORE (store), FALSE);

  if (opl_store_has_practice (store))
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   _("This database already holds a practice; the demo needs an empty one"));
      return FALSE;
    }

  opl_practice_setup_add_opleider (setup, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER);
  opl_practice_setup_add_opleider (setup, "Bram Jansen", OPL_ROLE_DUO_OPLEIDER);

  opl_practice_setup_add_aios (setup, "Charlotte Bakker", OPL_PHASE_I, &start_i, NULL, 1.0);

  traject = opl_practice_setup_add_aios (setup, "Daan Visser", OPL_PHASE_I, &daan_i, &daan_i_end, 1.0);
  traject = opl_practice_setup_add_traject (setup, traject, OPL_PHASE_II, &start_ii, NULL, 0.8);
  g_date_add_months (&ill_start, 3);
  ill_end = ill_start;
  g_date_add_days (&ill_end, 13);
  opl_traject_add_leave (traject, OPL_LEAVE_ZIEKTE, &ill_start, &ill_end);

  opl_practice_setup_add_aios (setup, "Eva Mulder", OPL_PHASE_II, &eva, &eva_end, 1.0);

  if (!opl_practice_setup_finish (setup, today, error))
    return FALSE;

  return opl_store_create_practice (store, setup, error);
}
