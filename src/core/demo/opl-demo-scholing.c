/* opl-demo-scholing.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo's scholing, relative to the opleidingsjaar of today. The hoofdopleider has
 * been opleider for seven years: startersdagen as an aspirant, leergang 1 to 5 (one day
 * of leergang 2 missed and replaced), the certificate, leergang 6 and an intervisie
 * group, five paralleldagen a year, and this year so far two paralleldagen and two days
 * of leergang 6. The duo-opleider is in the third year: leergang 1 done, a day of
 * leergang 2 missed last year whose replacement assignment is still open, leergang 3
 * begun, half a paralleldag, and one leerpunt more than advised. Only days before
 * today are registered.
 */

#define G_LOG_DOMAIN "opl-demo"

#include "config.h"

#include "opl-demo-scholing.h"
#include "opl-institute.h"

/* Days after the start of an opleidingsjaar, each moved to its weekday: the leergang's
 * two two-day blocks (Thursday and Friday), the paralleldagen (Tuesdays), the
 * intervisie (Wednesdays) and the startersdagen (a Thursday and Friday). */
static const int block_offsets[] = { 40, 180 };
static const int paralleldag_offsets[] = { 16, 72, 130, 190, 250 };
static const int alternative_offsets[] = { 58, 100, 142, 226 };

typedef struct
{
  OplPracticeSetup       *setup;
  const OplScholingRules *rules;
  const GDate            *today;
} Demo;

/* The first @weekday from @offset days into opleidingsjaar @year, plus @extra days. */
static GDate
day_in_year (const Demo   *demo,
             int           year,
             int           offset,
             GDateWeekday  weekday,
             int           extra)
{
  GDate first, last;

  opl_scholing_year_bounds (demo->rules, year, &first, &last);
  g_date_add_days (&first, offset);
  while (g_date_get_weekday (&first) != weekday)
    g_date_add_days (&first, 1);
  g_date_add_days (&first, extra);
  return first;
}

/* Registers @kind on @date, if that lies before today. */
static OplScholingDay *
add_day (const Demo      *demo,
         OplPerson       *person,
         GDate            date,
         OplScholingKind  kind)
{
  OplScholingDay *day;

  if (g_date_compare (&date, demo->today) >= 0)
    return NULL;

  day = opl_scholing_day_new (opl_person_get_id (person), &date, kind);
  opl_scholing_history_take_day (opl_practice_setup_get_scholing_history (demo->setup), day);
  return day;
}

static void
add_startersdagen (const Demo *demo,
                   OplPerson  *person,
                   int         year)
{
  add_day (demo, person, day_in_year (demo, year, 200, G_DATE_THURSDAY, 0), OPL_SCHOLING_STARTERSDAG);
  add_day (demo, person, day_in_year (demo, year, 200, G_DATE_THURSDAY, 1), OPL_SCHOLING_STARTERSDAG);
}

/* The days of leergang @number in @year; @first_days of them, and @absent_day (1 to
 * 4, or 0) missed, its replacement assignment done or not. */
static void
add_leergang (const Demo *demo,
              OplPerson  *person,
              int         year,
              int         number,
              guint       first_days,
              int         absent_day,
              gboolean    replaced)
{
  for (guint d = 0; d < first_days && d < 2 * G_N_ELEMENTS (block_offsets); d++)
    {
      GDate date = day_in_year (demo, year, block_offsets[d / 2], G_DATE_THURSDAY, (int) d % 2);
      OplScholingDay *day = add_day (demo, person, date, OPL_SCHOLING_LEERGANG);

      if (day == NULL)
        continue;

      day->leergang = number;
      day->leergang_day = (int) d + 1;
      if (day->leergang_day == absent_day)
        {
          day->attended = FALSE;
          day->replacement_done = replaced;
          day->note = g_strdup (replaced ? "Vervangende opdracht ingeleverd." : "Ziek.");
        }
    }
}

static void
add_paralleldagen (const Demo *demo,
                   OplPerson  *person,
                   int         year,
                   guint       n,
                   gboolean    half)
{
  for (guint i = 0; i < n && i < G_N_ELEMENTS (paralleldag_offsets); i++)
    {
      GDate date = day_in_year (demo, year, paralleldag_offsets[i], G_DATE_TUESDAY, 0);
      OplScholingDay *day = add_day (demo, person, date, OPL_SCHOLING_PARALLELDAG);

      if (day != NULL)
        day->half_day = half;
    }
}

static void
add_hao (const Demo *demo,
         OplPerson  *person,
         int         year,
         int         offset,
         const char *note)
{
  GDate date = day_in_year (demo, year, offset, G_DATE_MONDAY, 0);

  opl_scholing_history_add_hao_gesprek (opl_practice_setup_get_scholing_history (demo->setup),
                                        opl_person_get_id (person), &date, note);
}

static void
add_hoofdopleider (const Demo *demo,
                   OplPerson  *anna,
                   int         year)
{
  OplScholingHistory *history = opl_practice_setup_get_scholing_history (demo->setup);
  const char *id = opl_person_get_id (anna);

  opl_scholing_history_set_opleider_since (history, id, year - 7);
  add_startersdagen (demo, anna, year - 8);

  for (int number = 1; number <= 5; number++)
    {
      int y = year - 8 + number;

      add_leergang (demo, anna, y, number, 4, number == 2 ? 3 : 0, TRUE);
      add_paralleldagen (demo, anna, y, 5, FALSE);
    }

  add_leergang (demo, anna, year - 2, 6, 4, 0, FALSE);
  add_paralleldagen (demo, anna, year - 2, 5, FALSE);
  for (int i = 0; i < 4; i++)
    {
      GDate date = day_in_year (demo, year - 1, alternative_offsets[i], G_DATE_WEDNESDAY, 0);
      OplScholingDay *day = add_day (demo, anna, date, OPL_SCHOLING_LEERGANG6_ALTERNATIVE);

      if (day == NULL)
        continue;

      day->alternative = g_strdup ("intervisie");
      day->half_day = TRUE;
    }
  add_paralleldagen (demo, anna, year - 1, 5, FALSE);

  add_paralleldagen (demo, anna, year, 2, FALSE);
  add_leergang (demo, anna, year, 6, 2, 0, FALSE);

  add_hao (demo, anna, year - 2, 195, "Gesprek met de opleiderscoach over de rol als hoofdopleider.");
  opl_scholing_history_add_leerpunt (history, id, year - 1, "De aios vaker zelf de agenda van het leergesprek laten maken", TRUE);
  opl_scholing_history_add_leerpunt (history, id, year - 1, "Video-opnames (MAAS 2.0) elke maand bespreken", TRUE);
  opl_scholing_history_add_leerpunt (history, id, year, "Feedback geven met een top en een tip, elke dag", FALSE);
  opl_scholing_history_add_leerpunt (history, id, year, "De KPB’s wekelijks invullen, direct na het consult", FALSE);
}

static void
add_duo_opleider (const Demo *demo,
                  OplPerson  *bram,
                  int         year)
{
  OplScholingHistory *history = opl_practice_setup_get_scholing_history (demo->setup);
  const char *id = opl_person_get_id (bram);

  opl_scholing_history_set_opleider_since (history, id, year - 2);
  add_startersdagen (demo, bram, year - 3);

  add_leergang (demo, bram, year - 2, 1, 4, 0, FALSE);
  add_paralleldagen (demo, bram, year - 2, 2, FALSE);
  add_leergang (demo, bram, year - 1, 2, 4, 3, FALSE);
  add_paralleldagen (demo, bram, year - 1, 3, FALSE);

  add_paralleldagen (demo, bram, year, 1, TRUE);
  add_leergang (demo, bram, year, 3, 2, 0, FALSE);

  add_hao (demo, bram, year - 1, 180, "Eerste jaren als opleider: wat gaat goed, wat kan beter.");
  opl_scholing_history_add_leerpunt (history, id, year, "Vaker een gezamenlijk spreekuur plannen", FALSE);
  opl_scholing_history_add_leerpunt (history, id, year, "De ComBel samen met de aios voorbereiden", FALSE);
  opl_scholing_history_add_leerpunt (history, id, year, "Beter omgaan met de eigen werkdruk op opleidingsdagen", FALSE);
}

/**
 * opl_demo_add_scholing:
 *
 * Adds the demo opleiders' scholing history to @setup, with the default institute's
 * opleidingsjaar.
 */
gboolean
opl_demo_add_scholing (OplPracticeSetup  *setup,
                       OplPerson         *hoofdopleider,
                       OplPerson         *duo_opleider,
                       const GDate       *today,
                       GError           **error)
{
  g_autoptr(OplInstitute) institute = opl_institute_new_for_id (OPL_INSTITUTE_DEFAULT, error);
  Demo demo;
  int year;

  if (institute == NULL)
    return FALSE;

  demo = (Demo) { setup, opl_institute_get_rules (institute), today };
  year = opl_scholing_year_of (demo.rules, today);
  add_hoofdopleider (&demo, hoofdopleider, year);
  add_duo_opleider (&demo, duo_opleider, year);
  return TRUE;
}
