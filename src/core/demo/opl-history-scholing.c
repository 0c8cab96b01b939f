/* opl-history-scholing.c: each opleider's scholing in a made-up practice's past.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * By opleidingsjaar: the startersdagen in the first year, the four days of leergang 1 to 5
 * and then 6 (a missed day now and then, with its replacement assignment), the
 * paralleldagen, a leerplan of two leerpunten and the HAO-voortgangsgesprekken at the
 * quality cycle's interval (opl-history.c).
 */

#define G_LOG_DOMAIN "opl-history"

#include "config.h"

#include "opl-date.h"
#include "opl-history-private.h"
#include "opl-scholing.h"

static const char * const leerpunt_texts[] = {
  "De aios vaker zelf de agenda van het leergesprek laten maken",
  "Video-opnames elke maand bespreken",
  "Feedback geven met een top en een tip, elke dag",
  "De KPB’s wekelijks invullen, direct na het consult",
  "Vaker een gezamenlijk spreekuur plannen",
  "De ComBel samen met de aios voorbereiden",
  "Beter omgaan met de eigen werkdruk op opleidingsdagen",
  "Leervragen van de aios concreet maken",
  "Meer ruimte laten voor eigen beleid van de aios",
  "Het leerklimaat in de praktijk bespreken met het team",
};

static const char * const hao_notes[] = {
  "Gesprek met de opleiderscoach over de rol als opleider.",
  "Eerste jaren als opleider: wat gaat goed, wat kan beter.",
  "De LEOh besproken; het leerplan bijgesteld.",
  "Over feedback geven en het leergesprek.",
};

/* What one opleider's scholing is planned against. */
typedef struct
{
  History        *h;
  GRand          *rand;
  const Opleider *opleider;
  GDate           lo;        /* within the opleidingsjaar: in the practice ... */
  GDate           hi;        /* ... and before today */
  GHashTable     *taken;     /* julian days with a day of scholing */
} Planning;

static ScholingEntry *
add_entry (History     *h,
           const GDate *on)
{
  ScholingEntry *entry = g_new0 (ScholingEntry, 1);

  entry->on = *on;
  entry->rows = opl_scholing_history_new ();
  g_ptr_array_add (h->scholing, entry);
  return entry;
}

static void
free_entry (gpointer data)
{
  ScholingEntry *entry = data;

  g_clear_object (&entry->rows);
  g_free (entry);
}

/* The first @weekday on or after @offset (plus some days) into the opleidingsjaar,
 * plus @extra days: a free date, or an invalid one outside the year's window. */
static GDate
plan_date (Planning     *p,
           const GDate  *year_first,
           int           offset,
           GDateWeekday  weekday,
           int           extra)
{
  GDate date = *year_first;

  g_date_add_days (&date, offset);
  while (g_date_get_weekday (&date) != weekday)
    g_date_add_days (&date, 1);
  g_date_add_days (&date, extra);
  while (g_hash_table_contains (p->taken, GUINT_TO_POINTER (g_date_get_julian (&date))))
    g_date_add_days (&date, 7);

  if (g_date_compare (&date, &p->lo) < 0 || g_date_compare (&date, &p->hi) > 0)
    g_date_clear (&date, 1);
  return date;
}

static OplScholingDay *
plan_day (Planning        *p,
          const GDate     *date,
          OplScholingKind  kind)
{
  OplScholingDay *day;

  if (!g_date_valid (date))
    return NULL;

  day = opl_scholing_day_new (opl_person_get_id (p->opleider->person), date, kind);
  g_free (day->id);
  day->id = opl_history_draw_uuid (p->rand);
  g_hash_table_add (p->taken, GUINT_TO_POINTER (g_date_get_julian (date)));
  opl_scholing_history_take_day (add_entry (p->h, date)->rows, day);
  p->h->counts.scholing_days++;
  return day;
}

/* The two startersdagen, a Thursday and a Friday early in the first year. */
static void
plan_startersdagen (Planning *p)
{
  for (int d = 0; d < 2; d++)
    {
      GDate date = plan_date (p, &p->lo, opl_history_between (p->rand, 3, 10), G_DATE_THURSDAY, d);

      plan_day (p, &date, OPL_SCHOLING_STARTERSDAG);
    }
}

/* The four days of leergang @number: two two-day blocks (Thursday and Friday); now
 * and then one missed, with its replacement assignment (domain.md, "Leergang
 * attendance": 1 day missed, a replacement assignment). */
static void
plan_leergang (Planning    *p,
               const GDate *year_first,
               int          number,
               gboolean     year_over)
{
  static const int block_offsets[] = { 40, 180 };
  int absent = opl_history_chance (p->rand, 0.1) ? opl_history_between (p->rand, 1, 4) : 0;
  GDate block_day;

  g_date_clear (&block_day, 1);

  for (int d = 0; d < 4; d++)
    {
      /* The block's second day is the Friday after its first. */
      int offset = block_offsets[d / 2] + (d % 2 == 0 ? opl_history_between (p->rand, 0, 14) : 0);
      GDate date = d % 2 == 0 ? plan_date (p, year_first, offset, G_DATE_THURSDAY, 0) : block_day;
      OplScholingDay *day;

      if (d % 2 == 0)
        {
          block_day = date;
          if (g_date_valid (&block_day))
            g_date_add_days (&block_day, 1);
          if (g_date_valid (&block_day) && (g_date_compare (&block_day, &p->hi) > 0 ||
              g_hash_table_contains (p->taken, GUINT_TO_POINTER (g_date_get_julian (&block_day)))))
            g_date_clear (&block_day, 1);
        }

      day = plan_day (p, &date, OPL_SCHOLING_LEERGANG);
      if (day == NULL)
        continue;

      day->leergang = number;
      day->leergang_day = d + 1;
      if (day->leergang_day == absent)
        {
          day->attended = FALSE;
          day->replacement_done = year_over || opl_history_chance (p->rand, 0.5);
          day->note = g_strdup (day->replacement_done ? "Ziek; vervangende opdracht ingeleverd." : "Ziek.");
        }
    }
}

static void
plan_paralleldagen (Planning    *p,
                    const GDate *year_first,
                    guint        n)
{
  static const int offsets[] = { 16, 72, 130, 190, 250 };

  for (guint i = 0; i < n && i < G_N_ELEMENTS (offsets); i++)
    {
      GDate date = plan_date (p, year_first, offsets[i] + opl_history_between (p->rand, 0, 20), G_DATE_TUESDAY, 0);

      plan_day (p, &date, OPL_SCHOLING_PARALLELDAG);
    }
}

/* A plaatsvervangend opleider: at least four days in the first year, eight after
 * (domain.md, "Scholing of the opleider"): paralleldagen, the opleiderstweedaagse and a
 * day of other training. */
static void
plan_plaatsvervanger (Planning    *p,
                      const GDate *year_first,
                      int          experience)
{
  if (experience <= 1)
    {
      plan_paralleldagen (p, year_first, 2);
      return;
    }

  plan_paralleldagen (p, year_first, 5);
  for (int d = 0; d < 2; d++)
    {
      GDate date = plan_date (p, year_first, 100, G_DATE_THURSDAY, d);

      plan_day (p, &date, OPL_SCHOLING_OPLEIDERSTWEEDAAGSE);
    }
  {
    GDate date = plan_date (p, year_first, 220, G_DATE_WEDNESDAY, 0);
    OplScholingDay *day = plan_day (p, &date, OPL_SCHOLING_OTHER);

    if (day != NULL)
      day->title = g_strdup ("Nascholing opleiden in de huisartsgeneeskunde");
  }
}

/* The leerplan of the year: two leerpunten (domain.md, "Quality cycle": better two
 * that are worked on than four that stay on paper), achieved mostly once the year is
 * over. */
static void
plan_leerplan (Planning *p,
               int       year,
               gboolean  year_over)
{
  ScholingEntry *entry = add_entry (p->h, &p->lo);
  guint first = g_rand_int_range (p->rand, 0, G_N_ELEMENTS (leerpunt_texts));
  guint second = (first + 1 + g_rand_int_range (p->rand, 0, G_N_ELEMENTS (leerpunt_texts) - 1)) %
                 G_N_ELEMENTS (leerpunt_texts);

  opl_scholing_history_add_leerpunt (entry->rows, opl_person_get_id (p->opleider->person), year,
                                     leerpunt_texts[first], year_over && opl_history_chance (p->rand, 0.7));
  opl_scholing_history_add_leerpunt (entry->rows, opl_person_get_id (p->opleider->person), year,
                                     leerpunt_texts[second], year_over && opl_history_chance (p->rand, 0.6));
  p->h->counts.leerpunten += 2;
}

/* A HAO-voortgangsgesprek on a Monday in the year; whether it took place. */
static gboolean
plan_hao (Planning    *p,
          const GDate *year_first)
{
  GDate date = plan_date (p, year_first, opl_history_between (p->rand, 120, 200), G_DATE_MONDAY, 0);
  ScholingEntry *entry;

  if (!g_date_valid (&date))
    date = plan_date (p, &p->lo, 14, G_DATE_MONDAY, 0);
  if (!g_date_valid (&date))
    return FALSE;

  entry = add_entry (p->h, &date);
  opl_scholing_history_add_hao_gesprek (entry->rows, opl_person_get_id (p->opleider->person), &date,
                                        PICK (p->rand, hao_notes));
  p->h->counts.hao_gesprekken++;
  return TRUE;
}

/* One opleider's scholing, opleidingsjaar by opleidingsjaar, from the year they came
 * into the practice up to today (or the day they left). */
static void
plan_opleider_scholing (History        *h,
                        GRand          *rand,
                        const Opleider *opleider)
{
  const OplScholingRules *rules = opl_institute_get_rules (h->institute);
  OplRole role = opl_person_get_role (opleider->person);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  GDate last_day = h->today;
  int first_year, last_year, since, next_hao;
  ScholingEntry *entry;

  g_date_subtract_days (&last_day, 1);
  if (g_date_valid (&opleider->until))
    last_day = *opl_history_date_min (&last_day, &opleider->until);
  if (g_date_compare (&last_day, &opleider->from) < 0)
    return;

  /* The hoofdopleider of a practice that trains has often been opleider for years;
   * a duo-opleider sometimes too. */
  first_year = opl_scholing_year_of (rules, &opleider->from);
  last_year = opl_scholing_year_of (rules, &last_day);
  since = first_year;
  if (role == OPL_ROLE_HOOFDOPLEIDER)
    since -= opl_history_between (rand, 0, 8);
  else if (role == OPL_ROLE_DUO_OPLEIDER && opl_history_chance (rand, 0.3))
    since -= opl_history_between (rand, 1, 6);

  entry = add_entry (h, &opleider->from);
  opl_scholing_history_set_opleider_since (entry->rows, opl_person_get_id (opleider->person), since);

  next_hao = first_year;
  for (int year = first_year; year <= last_year; year++)
    {
      int experience = opl_scholing_experience_year (since, year);
      Planning p = { h, rand, opleider, { 0 }, { 0 }, taken };
      GDate year_first, year_last;
      gboolean year_over;

      opl_scholing_year_bounds (rules, year, &year_first, &year_last);
      p.lo = *opl_history_date_max (&year_first, &opleider->from);
      p.hi = *opl_history_date_min (&year_last, &last_day);
      year_over = g_date_compare (&year_last, &h->today) < 0;

      if (experience == 1)
        plan_startersdagen (&p);

      switch (role)
        {
        case OPL_ROLE_HOOFDOPLEIDER:
          plan_leergang (&p, &year_first, MIN (experience, 6), year_over);
          plan_paralleldagen (&p, &year_first, opl_history_chance (rand, 0.9) ? 5 : 4);
          break;
        case OPL_ROLE_DUO_OPLEIDER:
          plan_leergang (&p, &year_first, MIN (experience, 6), year_over);
          plan_paralleldagen (&p, &year_first, opl_history_between (rand, 0, 3));
          break;
        case OPL_ROLE_PLAATSVERVANGEND_OPLEIDER:
        default:
          plan_plaatsvervanger (&p, &year_first, year - first_year + 1);
          break;
        }

      plan_leerplan (&p, year, year_over);
      if (year >= next_hao && plan_hao (&p, &year_first))
        next_hao = year + opl_quality_hao_interval (rules, experience);
    }
}

/* Everyone's scholing, drawn once, the first year it is needed. */
static void
ensure_scholing (History *h)
{
  GRand *rand = h->rands[STREAM_SCHOLING];

  if (h->scholing != NULL)
    return;

  h->scholing = g_ptr_array_new_with_free_func (free_entry);
  for (guint i = 0; i < h->opleiders->len; i++)
    plan_opleider_scholing (h, rand, g_ptr_array_index (h->opleiders, i));
}

/* Each opleider's scholing of this year (domain.md, "Scholing of the opleider",
 * "Quality cycle of the opleider"), registered by the opleider on the day. */
gboolean
opl_history_write_scholing (History      *h,
                            const Chunk  *chunk,
                            GError      **error)
{
  opl_history_use_stream (h, STREAM_SCHOLING);
  ensure_scholing (h);

  for (guint i = 0; i < h->scholing->len; i++)
    {
      ScholingEntry *entry = g_ptr_array_index (h->scholing, i);
      g_autofree char *at = opl_history_timestamp (&entry->on, 17 * 60 + (int) (i % 60));
      GPtrArray *days = opl_scholing_history_get_days (entry->rows);
      GArray *leerpunten = opl_scholing_history_get_leerpunten (entry->rows);
      GArray *gesprekken = opl_scholing_history_get_hao_gesprekken (entry->rows);
      GArray *since = opl_scholing_history_get_opleider_since (entry->rows);
      const char *person_id;

      if (!opl_history_in_chunk (&entry->on, chunk))
        continue;

      if (days->len > 0)
        person_id = ((OplScholingDay *) g_ptr_array_index (days, 0))->person_id;
      else if (leerpunten->len > 0)
        person_id = g_array_index (leerpunten, OplSetupLeerpunt, 0).person_id;
      else if (gesprekken->len > 0)
        person_id = g_array_index (gesprekken, OplSetupHaoGesprek, 0).person_id;
      else
        person_id = g_array_index (since, OplSetupOpleiderSince, 0).person_id;

      opl_store_set_actor (h->store, person_id);
      if (!opl_store_history_add_scholing (h->store, entry->rows, at, error))
        return FALSE;
    }

  return TRUE;
}
