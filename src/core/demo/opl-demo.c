/* opl-demo.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo practice: a hoofdopleider and a duo-opleider; a fase I aios who started
 * four months ago; a fase II aios, part time, with a spell of illness and her fase I
 * traject in the same practice as history; and a former aios whose year has ended.
 * Their forms, KPB/KVB and diensten are in opl-demo-forms.c.
 * All names are made up.
 */

#define G_LOG_DOMAIN "opl-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-checklist.h"
#include "opl-date.h"
#include "opl-demo.h"
#include "opl-demo-private.h"
#include "opl-demo-scholing.h"
#include "opl-planner.h"

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
      gboolean by_day = opl_checklist_needs_done_days (checklist, item);
      GDate day = *today;

      /* A reminder is never ticked; the opleiderscoach's gesprekken are the quality
       * cycle's. */
      if (item->basis == OPL_CHECKLIST_BASIS_WHEN_NEEDED || item->basis == OPL_CHECKLIST_BASIS_HAO)
        continue;

      for (guint back = 0; back <= n_back; back++)
        {
          /* A task ticked by the day keeps that day (checklist version 3). */
          g_autofree char *key = by_day ? opl_date_to_iso (&day) : opl_period_key (item->period, &day);
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
 * date, except @skip_kind at @skip_month, which the demo shows as overdue, and, with
 * @by_forms, the ComBel and LEOh, which the demo's forms make done. */
static void
add_moments_done (OplPracticeSetup *setup,
                  OplTraject       *traject,
                  const GDate      *today,
                  OplMomentKind     skip_kind,
                  int               skip_month,
                  gboolean          by_forms)
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
      if (g_date_compare (&done_on, today) >= 0 || (moment->kind == skip_kind && moment->month == skip_month) ||
          (by_forms && (moment->kind == OPL_MOMENT_COMBEL || moment->kind == OPL_MOMENT_LEOH)))
        continue;

      opl_practice_setup_add_moment_done (setup, traject, moment->kind, moment->month, &done_on);
    }
}

static const char * const demo_tops[] = {
  "Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.",
  "Rustige structuur in het consult; de hulpvraag kwam er snel uit.",
  "Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.",
};

static const char * const demo_tips[] = {
  "Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.",
  "Sluit het consult af met een duidelijke vangnetafspraak.",
  "Plan voor de visites een vast moment om terug te bellen.",
};

/* Plans @traject's weekly leergesprek from its start until eight weeks after @today, as
 * the planner proposes: the past ones held (with notes, a top and a tip, by the duo
 * taking turns), one week left out @missing_weeks_ago weeks ago so that the warnings
 * have something to say, and the agenda of the next one prepared by the aios. */
static void
add_leergesprekken (OplPracticeSetup *setup,
                    OplTraject       *traject,
                    const OplSlot    *slot,
                    const GDate      *today,
                    OplPerson       **opleiders,
                    guint             missing_weeks_ago,
                    const char       *agenda)
{
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GArray) combel_dates = g_array_new (FALSE, TRUE, sizeof (GDate));
  g_autoptr(GArray) weeks = NULL;
  GArray *closures = opl_practice_setup_get_closures (setup);
  OplScheduleInput schedule;
  OplPlannerInput input;
  GDate until = *today;
  GDate missing = *today;

  opl_schedule_input_from_traject (&schedule, traject);
  moments = opl_schedule_compute (&schedule, today, NULL, NULL, NULL);
  for (guint i = 0; moments != NULL && i < moments->len; i++)
    {
      if (g_array_index (moments, OplMoment, i).kind == OPL_MOMENT_COMBEL)
        g_array_append_val (combel_dates, g_array_index (moments, OplMoment, i).due);
    }

  input = (OplPlannerInput) {
    .phase = schedule.phase,
    .traject_start = schedule.start,
    .traject_end = schedule.end,
    .weekday = slot->weekday,
    .start_minute = slot->start_minute,
    .duration = slot->duration,
    .leaves = schedule.leaves,
    .n_leaves = schedule.n_leaves,
    .closures = (const OplClosure *) closures->data,
    .n_closures = closures->len,
    .combel_dates = (const GDate *) combel_dates->data,
    .n_combel_dates = combel_dates->len,
    .coschap_start = slot->coschap_start,
  };
  g_date_add_days (&until, 8 * 7);
  g_date_subtract_days (&missing, missing_weeks_ago * 7);
  weeks = opl_planner_plan (&input, &schedule.start, &until, NULL);
  g_return_if_fail (weeks != NULL);

  for (guint i = 0; i < weeks->len; i++)
    {
      const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, i);
      g_autofree char *id = NULL;
      g_autofree char *missing_key = opl_date_week_key (&missing);
      g_autoptr(OplLeergesprek) leergesprek = NULL;

      if (week->skip != OPL_SKIP_NONE || (missing_weeks_ago > 0 && g_str_equal (week->week_key, missing_key)))
        continue;

      id = g_uuid_string_random ();
      leergesprek = opl_leergesprek_new (id, opl_traject_get_id (traject), &week->date,
                                         slot->start_minute, slot->duration, week->kind);
      opl_leergesprek_set_opleider_id (leergesprek, opl_person_get_id (opleiders[i % 2]));

      if (g_date_compare (&week->date, today) < 0)
        {
          opl_leergesprek_set_status (leergesprek, OPL_LEERGESPREK_HELD);
          opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_NOTES,
                                    "Casuïstiek van de afgelopen week besproken.");
          opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_TOP, demo_tops[i % G_N_ELEMENTS (demo_tops)]);
          opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_TIP, demo_tips[i % G_N_ELEMENTS (demo_tips)]);
        }
      else if (agenda != NULL)
        {
          /* The next one's agenda is ready. */
          opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_AGENDA, agenda);
          agenda = NULL;
        }

      opl_practice_setup_add_leergesprek (setup, leergesprek);
    }
}

/* The practice is closed in the Christmas holiday around @today. */
static void
add_christmas (OplPracticeSetup *setup,
               const GDate      *today)
{
  GDateYear year = g_date_get_year (today);
  GDate start, end;

  if (g_date_get_month (today) < G_DATE_JULY)
    year--;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&start, 21, G_DATE_DECEMBER, year);
  g_date_set_dmy (&end, 1, G_DATE_JANUARY, year + 1);
  opl_practice_setup_add_closure (setup, &start, &end, "Kerstvakantie");
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
  OplTraject *traject, *charlotte, *daan;
  OplPerson *anna, *bram;
  OplPerson *opleiders[2];
  GDate coschap;

  g_return_val_if_fail (OPL_IS_STORE (store), FALSE);

  if (opl_store_has_practice (store))
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   _("This database already holds a practice; the demo needs an empty one"));
      return FALSE;
    }

  anna = opl_practice_setup_add_opleider (setup, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER);
  bram = opl_practice_setup_add_opleider (setup, "Bram Jansen", OPL_ROLE_DUO_OPLEIDER);
  opleiders[0] = anna;
  opleiders[1] = bram;

  checklist = opl_checklist_new_default (error);
  if (checklist == NULL)
    return FALSE;
  add_checklist_history (setup, checklist, anna, today, 10, TRUE);
  add_checklist_history (setup, checklist, bram, today, 10, FALSE);

  add_christmas (setup, today);

  if (!opl_demo_add_scholing (setup, anna, bram, today, error))
    return FALSE;

  charlotte = traject = opl_practice_setup_add_aios (setup, "Charlotte Bakker", OPL_PHASE_I, &start_i, NULL, 1.0);
  add_moments_done (setup, traject, today, OPL_N_MOMENT_KINDS, 0, TRUE);
  /* Tuesday 13:00 to 14:00. */
  opl_practice_setup_set_slot (setup, traject, G_DATE_TUESDAY, 13 * 60, 60, NULL);
  add_leergesprekken (setup, traject, &g_array_index (opl_practice_setup_get_slots (setup), OplSlot, 0),
                      today, opleiders, 3,
                      "Vragen over de NHG-standaard Diabetes mellitus type 2.\n"
                      "Bespreken van de KPB van vorige week.\n"
                      "Voorbereiding op de ComBel: eigen inschatting van de competenties.");

  traject = opl_practice_setup_add_aios (setup, "Daan Visser", OPL_PHASE_I, &daan_i, &daan_i_end, 1.0);
  add_moments_done (setup, traject, today, OPL_N_MOMENT_KINDS, 0, FALSE);
  daan = traject = opl_practice_setup_add_traject (setup, traject, OPL_PHASE_II, &start_ii, NULL, 0.8);
  g_date_add_months (&ill_start, 3);
  ill_end = ill_start;
  g_date_add_days (&ill_end, 13);
  opl_traject_add_leave (traject, NULL, OPL_LEAVE_ZIEKTE, &ill_start, &ill_end);
  /* Daan's LEOh after three months has not been filled yet. */
  add_moments_done (setup, traject, today, OPL_MOMENT_LEOH, 3, FALSE);
  /* Thursday 8:00 to 9:30; Daan trains a coassistent whose coschap starts in two weeks. */
  coschap = *today;
  g_date_add_days (&coschap, 14);
  opl_practice_setup_set_slot (setup, traject, G_DATE_THURSDAY, 8 * 60, 90, &coschap);
  add_leergesprekken (setup, traject, &g_array_index (opl_practice_setup_get_slots (setup), OplSlot, 1),
                      today, opleiders, 0, NULL);

  traject = opl_practice_setup_add_aios (setup, "Eva Mulder", OPL_PHASE_II, &eva, &eva_end, 1.0);
  add_moments_done (setup, traject, today, OPL_N_MOMENT_KINDS, 0, FALSE);

  /* The forms need the opleiders that finishing assigns to each traject. */
  if (!opl_practice_setup_finish (setup, today, error) ||
      !opl_demo_add_forms (setup, charlotte, daan, opleiders, today, error))
    return FALSE;

  return opl_store_create_practice (store, setup, error);
}
