/* opl-history.c: years of a realistic practice, made up from a seed.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `opleidingspraktijk --database F --demo --years N [--seed S]` fills an empty database
 * with N years of a practice's past up to today, for the benchmark (build-aux/bench,
 * docs/performance.md) and for trying the app on a full file:
 *
 * - a hoofdopleider for the whole time; duo-opleiders who come and go (six to fourteen
 *   years each); now and then a plaatsvervangend opleider for a few years;
 * - a new aios every half year (1 March and 1 September), fase I and fase II in turn,
 *   some part time, some with leave (ziekte, zwangerschap, verlof), some fase II aios
 *   back after their fase I here; each traject guided by the opleiders of its day
 *   with equal shares, with a fixed weekly leergesprek and sometimes a coschap;
 * - the practice's holidays (closures);
 * - every checklist tick of every opleider in every period (most, not all: people
 *   forget);
 * - every due moment done, a few days around its date, a few late, a recent one or
 *   two still open;
 * - every weekly leergesprek the planner proposes, held with an agenda, notes,
 *   agreements, a top and a tip of a realistic length, a few cancelled or moved, the
 *   coming weeks planned;
 * - a KPB or KVB about every nine days of each training year (some forty a year) and a
 *   dienst about every two and a half weeks (some twenty), with an opleider;
 * - the forms of every due moment that has come: the ComBel by the aios and by an
 *   opleider, a LEOh about each opleider, the voortgangsadvies and the
 *   dienstenrapportage, with an answer to every required item of the shipped
 *   definitions, signed off (and shared where private) a few days after the due date;
 *   a recent one still a draft now and then;
 * - each opleider's scholing by opleidingsjaar: the startersdagen in the first year,
 *   the four days of leergang 1 to 5 and then 6 (a missed day now and then, with its
 *   replacement assignment), the paralleldagen (five for the hoofdopleider, some for
 *   a duo-opleider), a leerplan of two leerpunten and the HAO-voortgangsgesprekken at
 *   the quality cycle's interval.
 *
 * The same seed and the same today make the same file, row for row: every choice is
 * drawn from GRand streams seeded with the seed (one stream per kind of history, so
 * a kind added later leaves the others as they were), ids are drawn from the same
 * streams, and every created_at is the simulated moment, never the clock.
 *
 * This is a generator, not a user action: it writes one transaction per simulated
 * year (opl_store_begin_history()), with the store's cached prepared statements.
 *
 * Each kind of history is one write_*() function run for each year.
 */

#define G_LOG_DOMAIN "opl-history"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-checklist.h"
#include "opl-date.h"
#include "opl-form-private.h"
#include "opl-form-registry.h"
#include "opl-history-private.h"
#include "opl-institute.h"
#include "opl-logbook.h"
#include "opl-planner.h"
#include "opl-practice-setup.h"
#include "opl-schedule.h"
#include "opl-store-forms.h"

/* The coming leergesprekken are planned this far ahead, as the planner page does. */
#define WEEKS_AHEAD 8

/* The next aios is linked to the practice up to this long before they start. */
#define DAYS_LINKED_AHEAD 92


/* Made-up people ------------------------------------------------------------------- */

static const char * const first_names[] = {
  "Anna", "Bram", "Charlotte", "Daan", "Eva", "Floor", "Gijs", "Hanna", "Iris", "Jesse",
  "Julia", "Koen", "Lotte", "Lucas", "Maud", "Milan", "Noor", "Olivier", "Pien", "Quinten",
  "Roos", "Sander", "Sanne", "Thijs", "Tess", "Vera", "Wouter", "Yara", "Zoë", "Fatima",
  "Mohamed", "Sara", "Emre", "Ayla", "Joris", "Femke", "Ruben", "Merel", "Stijn", "Lieke",
};

static const char * const surnames[] = {
  "de Vries", "Jansen", "Bakker", "Visser", "Mulder", "Smit", "Meijer", "de Boer",
  "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "van Leeuwen", "Dekker", "Brouwer",
  "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen",
  "van den Berg", "Kuipers", "Postma", "Yilmaz", "El Amrani", "Huisman", "Veenstra", "Prins",
};

static const char * const practice_names[] = {
  "De Linde", "Het Anker", "De Brink", "Oosterpark", "De Vaart", "Het Gein", "De Wieken",
};

/* Text of the leergesprekken ------------------------------------------------------- */

static const char * const agenda_items[] = {
  "Casus van maandag: vrouw van 54 met pijn op de borst, ingestuurd of niet?",
  "Vragen over de NHG-standaard Diabetes mellitus type 2, vooral de insulinestart.",
  "Bespreken van de KPB van vorige week: het slechtnieuwsgesprek.",
  "Hoe plan ik mijn visites zonder dat het spreekuur uitloopt?",
  "Omgaan met een patiënt die steeds opnieuw om antibiotica vraagt.",
  "Eigen leerdoel: kortere consulten bij ouderen met meerdere klachten.",
  "Voorbereiding op de terugkomdag: mijn casus over somatisch onvoldoende verklaarde klachten.",
  "Twijfel bij een kind met koorts: wanneer zie ik het terug?",
  "Feedback op mijn verwijsbrieven naar de cardioloog.",
  "Vraag over de palliatieve zorg bij meneer K.: morfine en sedatie.",
  "Hoe bewaak ik mijn grenzen bij een veeleisende patiënt?",
  "Samenwerking met de POH-GGZ: wat verwijs ik door en wat houd ik zelf?",
  "Interpretatie van een afwijkend ECG uit de avonddienst.",
  "Reflectie op een consult waarin ik de hulpvraag miste.",
  "Mijn voortgang in het e-portfolio en de planning van de bekwaamverklaringen.",
  "Werkdruk: hoe verdeel ik mijn tijd tussen spreekuur, visites en administratie?",
  "Vragen over het voorschrijven van opioïden bij chronische pijn.",
  "Video-opname van het spreekuur van dinsdag: twee fragmenten uitgekozen.",
};

static const char * const notes_sentences[] = {
  "We hebben de casus stap voor stap doorgelopen, van de hulpvraag tot het beleid.",
  "De aios gaf zelf aan dat de anamnese te snel ging; samen de vragen op een rij gezet.",
  "Afgesproken om bij twijfel eerder te overleggen tijdens het spreekuur.",
  "De NHG-standaard erbij gepakt en de stappen van het beleid besproken.",
  "Goed gesprek over grenzen stellen; de aios herkent het patroon bij zichzelf.",
  "Het fragment liet een goede opening zien, maar de afronding bleef vaag.",
  "We hebben de differentiaaldiagnose uitgebreid en de rode vlaggen benoemd.",
  "De planning van de komende weken besproken, inclusief de diensten.",
  "Er was tijd over om de KPB-formulieren van deze maand samen te bekijken.",
  "De aios wil meer oefenen met het uitleggen van uitslagen in gewone taal.",
  "Besproken hoe je de verwachting van de patiënt uitvraagt voordat je uitlegt.",
  "De visite bij mevrouw B. teruggekeken: goed ingeschat, verwijzing terecht.",
  "We merkten dat de tijdsdruk de kwaliteit van de consulten beïnvloedt.",
  "De voortgang in het e-portfolio ligt op schema; twee bekwaamverklaringen gepland.",
  "Het verschil tussen eigen inschatting en die van de opleider besproken.",
  "Aandacht voor de eigen gezondheid: genoeg pauzes, niet te laat naar huis.",
};

static const char * const agreements_sentences[] = {
  "Volgende week een KPB op een consult met een oudere patiënt.",
  "De aios zoekt de richtlijn op en vat die samen voor het volgende gesprek.",
  "Bij twijfel over insturen altijd even bellen, ook tijdens de visites.",
  "Twee video-opnames maken voor de volgende video-bespreking.",
  "De aios plant zelf een gesprek met de POH-GGZ.",
  "In de komende dienst let de aios op de triage van kinderen met koorts.",
  "Het leerdoel in het e-portfolio aanscherpen.",
  "Consulten van 15 minuten proberen aan te houden, met een vast afrondingsmoment.",
};

static const char * const tops[] = {
  "Heldere uitleg aan de patiënt, goed gecontroleerd of het begrepen was.",
  "Rustige structuur in het consult; de hulpvraag kwam er snel uit.",
  "Goede differentiaaldiagnose, netjes met de NHG-standaard onderbouwd.",
  "Empathisch en toch duidelijk bij het slechtnieuwsgesprek.",
  "Sterke samenwerking met de assistente bij de triage.",
  "Zorgvuldige verslaglegging, kort en volledig.",
  "Goed ingeschat wanneer er haast was en wanneer niet.",
};

static const char * const tips[] = {
  "Vraag vaker naar de verwachting van de patiënt voor je gaat uitleggen.",
  "Sluit het consult af met een duidelijke vangnetafspraak.",
  "Plan voor de visites een vast moment om terug te bellen.",
  "Laat stiltes wat langer duren; de patiënt vertelt dan vaak meer.",
  "Noem je werkhypothese hardop, dan kan de patiënt meedenken.",
  "Begin bij een lange klachtenlijst met de vraag wat vandaag het belangrijkst is.",
  "Gebruik de thuisarts.nl-folder om je uitleg te ondersteunen.",
};

static const char * const cancel_reasons[] = {
  "Aios ziek.",
  "Opleider op een spoedvisite.",
  "Spreekuur liep ver uit door een spoedgeval.",
  "Nascholing van de opleider; niet op tijd verplaatst.",
};

/* KPB/KVB and diensten --------------------------------------------------------------- */

static const char * const kpb_topics[] = {
  "Consult hoofdpijn bij een jonge vrouw", "Telefonische triage kind met koorts",
  "Diabetescontrole met de POH", "Slecht-nieuwsgesprek na een uitslag", "Consult lage rugpijn",
  "Visite bij een oudere patiënt met verwardheid", "Consult vermoeidheid", "Consult pijn op de borst",
  "Consult eczeem bij een baby", "Consult somberheid", "Consult astma-exacerbatie",
  "Consult hypertensie, start medicatie", "Consult duizeligheid", "Consult buikpijn bij een kind",
};

static const char * const kvb_topics[] = {
  "Wondhechting na een snijwond", "Uitstrijkje", "Injectie in de schouder", "Spiraal plaatsen",
  "Verwijderen van een atheroomcyste",
};

static const char * const gebieden[] = {
  "medisch-handelen", "communicatie", "samenwerken", "kennis-en-wetenschap",
  "maatschappelijk-handelen", "organisatie", "professionaliteit",
};

static const char * const kpb_scores[] = { "onvoldoende", "voldoende", "voldoende", "voldoende", "goed", "goed" };

static const char * const kvb_scores[] = { "direct-toezicht", "indirect-toezicht", "indirect-toezicht" };

static const char * const kpb_feedback[] = {
  "Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.",
  "Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.",
  "Top: heldere uitleg. Tip: maak een vangnetafspraak.",
  "Top: gerichte anamnese. Tip: laat de patiënt eerst uitpraten.",
  "Top: nette techniek. Tip: leg vooraf uit wat je gaat doen.",
};

/* Drawing ------------------------------------------------------------------------ */

gboolean
opl_history_chance (GRand  *rand,
                    double  p)
{
  return g_rand_double (rand) < p;
}

/* An integer from @lo to @hi, both included. */
int
opl_history_between (GRand *rand,
                     int    lo,
                     int    hi)
{
  return g_rand_int_range (rand, lo, hi + 1);
}

const char *
opl_history_pick (GRand              *rand,
                  const char * const *bank,
                  guint               n)
{
  return bank[g_rand_int_range (rand, 0, (gint32) n)];
}

/* A version 4 UUID made of the stream's bits. */
char *
opl_history_draw_uuid (GRand *rand)
{
  guint8 b[16];

  for (guint i = 0; i < sizeof b; i += 4)
    {
      guint32 bits = g_rand_int (rand);

      b[i] = bits >> 24;
      b[i + 1] = bits >> 16;
      b[i + 2] = bits >> 8;
      b[i + 3] = bits;
    }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                          b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

static char *
on_new_id (gpointer user_data)
{
  History *h = user_data;

  return opl_history_draw_uuid (h->id_rand);
}

/* The stream of one kind of history; the ids the store makes are drawn from it too. */
GRand *
opl_history_use_stream (History *h,
                        Stream   stream)
{
  h->id_rand = h->rands[stream];
  return h->id_rand;
}

/* Dates ----------------------------------------------------------------------------- */

/* The simulated moment as a created_at: 2026-11-18T13:05:00.000Z */
char *
opl_history_timestamp (const GDate *date,
                       int          minute)
{
  return g_strdup_printf ("%04u-%02u-%02uT%02d:%02d:00.000Z", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date), minute / 60, minute % 60);
}

const GDate *
opl_history_date_max (const GDate *a,
                      const GDate *b)
{
  return g_date_compare (a, b) >= 0 ? a : b;
}

const GDate *
opl_history_date_min (const GDate *a,
                      const GDate *b)
{
  return g_date_compare (a, b) <= 0 ? a : b;
}

gboolean
opl_history_in_chunk (const GDate *date,
                      const Chunk *chunk)
{
  return g_date_compare (date, &chunk->from) >= 0 && g_date_compare (date, &chunk->to) <= 0;
}

/* Aios start on 1 March or 1 September: the first such day on or after @date. */
static void
next_intake (const GDate *date,
             GDate       *intake)
{
  GDateYear year = g_date_get_year (date);

  g_date_clear (intake, 1);
  g_date_set_dmy (intake, 1, G_DATE_MARCH, year);
  if (g_date_compare (intake, date) >= 0)
    return;

  g_date_set_dmy (intake, 1, G_DATE_SEPTEMBER, year);
  if (g_date_compare (intake, date) >= 0)
    return;

  g_date_set_dmy (intake, 1, G_DATE_MARCH, year + 1);
}

static gboolean
is_closed (History     *h,
           const GDate *date)
{
  for (guint i = 0; i < h->closures->len; i++)
    {
      const OplClosure *closure = &g_array_index (h->closures, OplClosure, i);

      if (g_date_compare (date, &closure->start) >= 0 && g_date_compare (date, &closure->end) <= 0)
        return TRUE;
    }

  return FALSE;
}

/* The plan: people, koppelingen and holidays over the whole time ------------------------ */

static char *
draw_name (History *h,
           GRand   *rand)
{
  for (;;)
    {
      char *name = g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, surnames));

      if (g_hash_table_add (h->names, name))
        return g_strdup (name);
    }
}

static Opleider *
add_opleider (History     *h,
              GRand       *rand,
              OplRole      role,
              const GDate *from,
              const GDate *until,
              double       compliance)
{
  g_autofree char *id = opl_history_draw_uuid (rand);
  g_autofree char *name = draw_name (h, rand);
  Opleider *opleider = g_new0 (Opleider, 1);

  opleider->person = opl_person_new (id, name, role);
  opleider->from = *from;
  g_date_clear (&opleider->until, 1);
  if (until != NULL && g_date_compare (until, &h->today) < 0)
    opleider->until = *until;
  opleider->compliance = compliance;
  g_ptr_array_add (h->opleiders, opleider);
  return opleider;
}

static void
free_opleider (gpointer data)
{
  Opleider *opleider = data;

  g_clear_object (&opleider->person);
  g_free (opleider);
}

gboolean
opl_history_opleider_is_in (const Opleider *opleider,
                            const GDate    *date)
{
  return g_date_compare (date, &opleider->from) >= 0 &&
         (!g_date_valid (&opleider->until) || g_date_compare (date, &opleider->until) <= 0);
}

/* A duo-opleider stays six to fourteen years and leaves at an intake; the next one
 * comes at once or half a year later. Some practices start without one. */
static void
plan_duo_opleiders (History *h,
                    GRand   *rand)
{
  GDate from = h->first_day;

  if (!opl_history_chance (rand, 0.75))
    {
      g_date_add_years (&from, opl_history_between (rand, 1, 3));
      next_intake (&from, &from);
    }

  while (g_date_compare (&from, &h->today) <= 0)
    {
      GDate until = from;

      g_date_add_years (&until, opl_history_between (rand, 6, 14));
      next_intake (&until, &until);
      g_date_subtract_days (&until, 1);
      add_opleider (h, rand, OPL_ROLE_DUO_OPLEIDER, &from, &until, 0.75 + 0.2 * g_rand_double (rand));

      from = until;
      g_date_add_days (&from, 1);
      if (opl_history_chance (rand, 0.3))
        g_date_add_months (&from, 6);
    }
}

/* Now and then a plaatsvervangend opleider stands in for a few years. */
static void
plan_plaatsvervangers (History *h,
                       GRand   *rand)
{
  GDate from = h->first_day;

  g_date_add_years (&from, opl_history_between (rand, 2, 6));
  while (g_date_compare (&from, &h->today) <= 0)
    {
      GDate until = from;

      g_date_add_years (&until, opl_history_between (rand, 2, 4));
      g_date_subtract_days (&until, 1);
      add_opleider (h, rand, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, &from, &until, 0.5);

      from = until;
      g_date_add_years (&from, opl_history_between (rand, 6, 10));
    }
}

static void
plan_opleiders (History *h)
{
  GRand *rand = opl_history_use_stream (h, STREAM_PEOPLE);

  h->practice_id = opl_history_draw_uuid (rand);
  h->practice_name = g_strdup_printf ("Huisartsenpraktijk %s", PICK (rand, practice_names));
  add_opleider (h, rand, OPL_ROLE_HOOFDOPLEIDER, &h->first_day, NULL, 0.9);
  plan_duo_opleiders (h, rand);
  plan_plaatsvervangers (h, rand);
}

static void
add_closure (History     *h,
             const GDate *start,
             int          days,
             const char  *reason)
{
  OplClosure closure = { .start = *start, .end = *start };

  g_date_add_days (&closure.end, days - 1);
  if (g_date_compare (&closure.end, &h->first_day) < 0 || g_date_compare (&closure.start, &h->horizon) > 0)
    return;

  g_array_append_val (h->closures, closure);
  g_ptr_array_add (h->closure_reasons, (gpointer) reason);
}

/* The Monday of the week @date falls in. */
static void
to_monday (GDate *date)
{
  g_date_subtract_days (date, g_date_get_weekday (date) - G_DATE_MONDAY);
}

/* Every year the Christmas holiday; some years a week in May or two weeks in summer. */
static void
plan_closures (History *h)
{
  GRand *rand = opl_history_use_stream (h, STREAM_CLOSURES);

  for (GDateYear year = g_date_get_year (&h->first_day) - 1; year <= g_date_get_year (&h->horizon); year++)
    {
      GDate date;

      g_date_clear (&date, 1);
      if (opl_history_chance (rand, 0.3))
        {
          g_date_set_dmy (&date, 27, G_DATE_APRIL, year);
          to_monday (&date);
          add_closure (h, &date, 5, "Meivakantie");
        }
      if (opl_history_chance (rand, 0.5))
        {
          g_date_set_dmy (&date, 20, G_DATE_JULY, year);
          g_date_add_days (&date, 7 * opl_history_between (rand, 0, 3));
          to_monday (&date);
          add_closure (h, &date, 14, "Zomersluiting");
        }
      g_date_set_dmy (&date, 21, G_DATE_DECEMBER, year);
      add_closure (h, &date, 12, "Kerstvakantie");
    }
}

static void
free_koppeling (gpointer data)
{
  Koppeling *koppeling = data;

  g_clear_object (&koppeling->traject);
  opl_slot_clear (&koppeling->slot);
  g_clear_pointer (&koppeling->weeks, g_array_unref);
  g_clear_pointer (&koppeling->moments, g_array_unref);
  g_clear_pointer (&koppeling->kpb, g_array_unref);
  g_clear_pointer (&koppeling->diensten, g_array_unref);
  g_free (koppeling);
}

/* Part time now and then (domain.md: 0.5 to 1.0). */
static double
draw_parttime (GRand *rand)
{
  static const double factors[] = { 0.6, 0.7, 0.8, 0.9 };

  return opl_history_chance (rand, 0.2) ? factors[opl_history_between (rand, 0, G_N_ELEMENTS (factors) - 1)] : 1.0;
}

/* Leave: sometimes ziekte, now and then zwangerschap or verlof. Returns its days. */
static int
draw_leave (GRand        *rand,
            const GDate  *start,
            OplLeave     *leave)
{
  double r = g_rand_double (rand);
  int month, days;

  if (r < 0.05)
    {
      leave->kind = OPL_LEAVE_ZWANGERSCHAP;
      month = opl_history_between (rand, 3, 7);
      days = 16 * 7;
    }
  else if (r < 0.20)
    {
      leave->kind = OPL_LEAVE_ZIEKTE;
      month = opl_history_between (rand, 1, 9);
      days = opl_history_between (rand, 5, 25);
    }
  else if (r < 0.23)
    {
      leave->kind = OPL_LEAVE_VERLOF;
      month = opl_history_between (rand, 2, 8);
      days = opl_history_between (rand, 14, 42);
    }
  else
    {
      return 0;
    }

  opl_schedule_training_month_date (start, month, &leave->start);
  leave->end = leave->start;
  g_date_add_days (&leave->end, days - 1);
  return days;
}

static void
draw_slot (GRand     *rand,
           Koppeling *koppeling)
{
  static const int starts[] = { 8 * 60, 12 * 60 + 30, 13 * 60, 16 * 60 + 30, 17 * 60 };
  static const int durations[] = { 60, 60, 75, 90 };
  OplTraject *traject = koppeling->traject;

  koppeling->slot.traject_id = g_strdup (opl_traject_get_id (traject));
  koppeling->slot.weekday = opl_history_chance (rand, 0.85) ? opl_history_between (rand, G_DATE_TUESDAY, G_DATE_THURSDAY)
                                                : (opl_history_chance (rand, 0.5) ? G_DATE_MONDAY : G_DATE_FRIDAY);
  koppeling->slot.start_minute = starts[opl_history_between (rand, 0, G_N_ELEMENTS (starts) - 1)];
  koppeling->slot.duration = durations[opl_history_between (rand, 0, G_N_ELEMENTS (durations) - 1)];
  g_date_clear (&koppeling->slot.coschap_start, 1);

  /* In fase II some aios train a coassistent for six weeks (domain.md, Roles). */
  if (opl_traject_get_phase (traject) == OPL_PHASE_II && opl_history_chance (rand, 0.3))
    {
      koppeling->slot.coschap_start = *opl_traject_get_start (traject);
      g_date_add_months (&koppeling->slot.coschap_start, opl_history_between (rand, 5, 8));
      to_monday (&koppeling->slot.coschap_start);
    }
}

/* The hoofdopleider and the duo-opleiders of the day guide a traject, equal shares. */
static void
link_opleiders (History    *h,
                OplTraject *traject)
{
  const GDate *start = opl_traject_get_start (traject);
  g_autoptr(GPtrArray) guiding = g_ptr_array_new ();

  for (guint i = 0; i < h->opleiders->len; i++)
    {
      Opleider *opleider = g_ptr_array_index (h->opleiders, i);
      OplRole role = opl_person_get_role (opleider->person);

      if (role != OPL_ROLE_PLAATSVERVANGEND_OPLEIDER && opl_history_opleider_is_in (opleider, start))
        g_ptr_array_add (guiding, opleider);
    }

  for (guint i = 0; i < guiding->len; i++)
    {
      OplPerson *person = ((Opleider *) g_ptr_array_index (guiding, i))->person;

      opl_traject_add_opleider (traject, opl_person_get_id (person), opl_person_get_name (person),
                                opl_person_get_role (person), 1.0 / guiding->len);
    }
}

/* Now and then an aios who did fase I here comes back for fase II, after the second
 * year of the training elsewhere: the fase I koppeling five intakes (two and a half
 * years) before. */
static Koppeling *
find_returning (History *h,
                GRand   *rand,
                guint    index)
{
  Koppeling *earlier;

  if (index < 5)
    return NULL;

  earlier = g_ptr_array_index (h->koppelingen, index - 5);
  if (opl_traject_get_phase (earlier->traject) != OPL_PHASE_I || !opl_history_chance (rand, 0.35))
    return NULL;

  return earlier;
}

static void
plan_koppeling (History     *h,
                GRand       *rand,
                const GDate *start,
                OplPhase     phase)
{
  Koppeling *koppeling = g_new0 (Koppeling, 1);
  Koppeling *earlier = phase == OPL_PHASE_II ? find_returning (h, rand, h->koppelingen->len) : NULL;
  g_autofree char *traject_id = opl_history_draw_uuid (rand);
  g_autofree char *aios_id = NULL;
  g_autofree char *aios_name = NULL;
  double parttime = draw_parttime (rand);
  OplLeave leave;
  int leave_days;

  if (earlier != NULL)
    {
      aios_id = g_strdup (opl_traject_get_aios_id (earlier->traject));
      aios_name = g_strdup (opl_traject_get_aios_name (earlier->traject));
      parttime = opl_traject_get_parttime (earlier->traject);
    }
  else
    {
      aios_id = opl_history_draw_uuid (rand);
      aios_name = draw_name (h, rand);
      koppeling->new_aios = TRUE;
    }

  /* A training year of twelve months, longer part time, and longer by leave that
   * is made up (domain.md, "The training year"). */
  opl_schedule_training_month_date (start, 12.0 / parttime, &koppeling->end);
  g_date_subtract_days (&koppeling->end, 1);
  leave_days = draw_leave (rand, start, &leave);
  if (leave_days > OPL_SCHEDULE_LEAVE_ALLOWANCE_DAYS)
    g_date_add_days (&koppeling->end, leave_days);

  koppeling->traject = opl_traject_new (traject_id, aios_id, aios_name, phase, start,
                                        g_date_compare (&koppeling->end, &h->today) < 0 ? &koppeling->end : NULL,
                                        parttime);
  if (leave_days > 0)
    opl_traject_add_leave (koppeling->traject, NULL, leave.kind, &leave.start, &leave.end);
  link_opleiders (h, koppeling->traject);
  draw_slot (rand, koppeling);

  /* The next aios is entered before they start, today at the latest. */
  koppeling->entered = *opl_history_date_min (start, &h->today);
  g_ptr_array_add (h->koppelingen, koppeling);
}

/* A new aios every half year, fase I and fase II in turn. */
static void
plan_koppelingen (History *h)
{
  GRand *rand = opl_history_use_stream (h, STREAM_TRAJECTEN);
  GDate last = h->today;
  GDate start;

  g_date_add_days (&last, DAYS_LINKED_AHEAD);
  next_intake (&h->first_day, &start);
  for (guint i = 0; g_date_compare (&start, &last) <= 0; i++)
    {
      plan_koppeling (h, rand, &start, i % 2 == 0 ? OPL_PHASE_I : OPL_PHASE_II);
      g_date_add_months (&start, 6);
    }
}

/* What the planner and the schedule engine make of a koppeling -------------------------- */

static void
schedule_input (Koppeling        *koppeling,
                OplScheduleInput *input)
{
  opl_schedule_input_from_traject (input, koppeling->traject);
  input->end = koppeling->end;
}

GArray *
opl_history_get_moments (History    *h,
                         Koppeling  *koppeling,
                         GError    **error)
{
  OplScheduleInput input;

  if (koppeling->moments == NULL)
    {
      schedule_input (koppeling, &input);
      koppeling->moments = opl_schedule_compute (&input, &h->today, NULL, NULL, error);
    }

  return koppeling->moments;
}

/* Every week of the training year, planned in one go so that the monthly rotation is
 * the one the planner page proposes. */
static GArray *
get_weeks (History    *h,
           Koppeling  *koppeling,
           GError    **error)
{
  g_autoptr(GArray) combel_dates = g_array_new (FALSE, TRUE, sizeof (GDate));
  GArray *moments;
  OplScheduleInput schedule;
  OplPlannerInput input;
  GDate until = h->today;

  if (koppeling->weeks != NULL)
    return koppeling->weeks;

  moments = opl_history_get_moments (h, koppeling, error);
  if (moments == NULL)
    return NULL;

  for (guint i = 0; i < moments->len; i++)
    {
      if (g_array_index (moments, OplMoment, i).kind == OPL_MOMENT_COMBEL)
        g_array_append_val (combel_dates, g_array_index (moments, OplMoment, i).due);
    }

  schedule_input (koppeling, &schedule);
  input = (OplPlannerInput) {
    .phase = schedule.phase,
    .traject_start = schedule.start,
    .traject_end = koppeling->end,
    .weekday = koppeling->slot.weekday,
    .start_minute = koppeling->slot.start_minute,
    .duration = koppeling->slot.duration,
    .leaves = schedule.leaves,
    .n_leaves = schedule.n_leaves,
    .closures = (const OplClosure *) h->closures->data,
    .n_closures = h->closures->len,
    .combel_dates = (const GDate *) combel_dates->data,
    .n_combel_dates = combel_dates->len,
    .coschap_start = koppeling->slot.coschap_start,
  };
  g_date_add_days (&until, WEEKS_AHEAD * 7);
  koppeling->weeks = opl_planner_plan (&input, &schedule.start, opl_history_date_min (&until, &koppeling->end), error);
  return koppeling->weeks;
}

/* Writing one year: each kind of history ------------------------------------------------ */

/* The hoofdopleider enters the practice, its people and its holidays. */
static void
act_as_hoofdopleider (History *h)
{
  Opleider *hoofdopleider = g_ptr_array_index (h->opleiders, 0);

  opl_store_set_actor (h->store, opl_person_get_id (hoofdopleider->person));
}

static gboolean
write_practice (History  *h,
                GError  **error)
{
  g_autofree char *at = opl_history_timestamp (&h->first_day, 8 * 60);

  act_as_hoofdopleider (h);
  return opl_store_history_add_practice (h->store, h->practice_id, h->practice_name, at, error);
}

/* The opleiders who come in this year. */
static gboolean
write_opleiders (History      *h,
                 const Chunk  *chunk,
                 GError      **error)
{
  act_as_hoofdopleider (h);
  for (guint i = 0; i < h->opleiders->len; i++)
    {
      Opleider *opleider = g_ptr_array_index (h->opleiders, i);
      g_autofree char *at = opl_history_timestamp (&opleider->from, 8 * 60);

      if (!opl_history_in_chunk (&opleider->from, chunk))
        continue;

      if (!opl_store_history_add_person (h->store, opleider->person, at, error))
        return FALSE;
      h->counts.people++;
    }

  return TRUE;
}

/* The koppelingen entered this year, each with its slot, and the aios when new. */
static gboolean
write_koppelingen (History      *h,
                   const Chunk  *chunk,
                   GError      **error)
{
  opl_history_use_stream (h, STREAM_TRAJECTEN);
  act_as_hoofdopleider (h);

  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      OplTraject *traject = koppeling->traject;
      g_autofree char *at = opl_history_timestamp (&koppeling->entered, 9 * 60);

      if (!opl_history_in_chunk (&koppeling->entered, chunk))
        continue;

      if (koppeling->new_aios)
        {
          g_autoptr(OplPerson) aios = opl_person_new (opl_traject_get_aios_id (traject),
                                                      opl_traject_get_aios_name (traject),
                                                      OPL_ROLE_AIOS);

          if (!opl_store_history_add_person (h->store, aios, at, error))
            return FALSE;
          h->counts.people++;
        }

      if (!opl_store_history_add_traject (h->store, traject, &koppeling->slot, at, error))
        return FALSE;
      h->counts.trajecten++;
    }

  return TRUE;
}

static gboolean
write_closures (History      *h,
                const Chunk  *chunk,
                GError      **error)
{
  opl_history_use_stream (h, STREAM_CLOSURES);
  act_as_hoofdopleider (h);

  for (guint i = 0; i < h->closures->len; i++)
    {
      const OplClosure *closure = &g_array_index (h->closures, OplClosure, i);
      const GDate *day = opl_history_date_max (&closure->start, &h->first_day);
      g_autofree char *at = opl_history_timestamp (day, 8 * 60);

      if (!opl_history_in_chunk (day, chunk))
        continue;

      if (!opl_store_history_add_closure (h->store, closure, g_ptr_array_index (h->closure_reasons, i),
                                          at, error))
        return FALSE;
      h->counts.closures++;
    }

  return TRUE;
}

/* Whether an opleider did a task in one period of it; most do, not always. */
static gboolean
draws_tick (History                *h,
            GRand                  *rand,
            const Opleider         *opleider,
            const OplChecklistItem *item,
            const GDate            *first,
            gboolean                current)
{
  GDate wednesday = *first;

  /* No daily task on a weekend or a holiday; no weekly one in a week off. */
  if (item->period == OPL_PERIOD_DAILY &&
      (g_date_get_weekday (first) >= G_DATE_SATURDAY || is_closed (h, first)))
    return FALSE;

  g_date_add_days (&wednesday, 2);
  if (item->period == OPL_PERIOD_WEEKLY && is_closed (h, &wednesday))
    return FALSE;

  /* The period of today is not over yet: some of it is still to do. */
  return opl_history_chance (rand, opleider->compliance * (current ? 0.6 : 1.0));
}

/* One period of a task, owned by the year its first day (in the practice) falls in. */
static gboolean
write_period_tick (History                *h,
                   GRand                  *rand,
                   const Opleider         *opleider,
                   const OplChecklistItem *item,
                   const GDate            *first,
                   const GDate            *last,
                   GError                **error)
{
  const GDate *from = opl_history_date_max (first, &opleider->from);
  GDate to = *opl_history_date_min (last, &h->today);
  g_autofree char *key = NULL;
  g_autofree char *at = NULL;
  OplSetupTick tick;
  GDate day = *from;

  if (g_date_valid (&opleider->until))
    to = *opl_history_date_min (&to, &opleider->until);

  if (!draws_tick (h, rand, opleider, item, first, g_date_compare (last, &h->today) >= 0))
    return TRUE;

  g_date_add_days (&day, opl_history_between (rand, 0, g_date_days_between (from, &to)));
  /* A task ticked by the day keeps the day it was done (checklist version 3). */
  key = opl_checklist_needs_done_days (h->checklist, item) ? opl_date_to_iso (&day)
                                                             : opl_period_key (item->period, first);
  at = opl_history_timestamp (&day, opl_history_between (rand, 8 * 60, 17 * 60 + 59));
  tick = (OplSetupTick) {
    .person_id = (char *) opl_person_get_id (opleider->person),
    .item_id = item->id,
    .period_key = key,
    .checklist_version = opl_checklist_get_version (h->checklist),
  };

  if (!opl_store_history_add_tick (h->store, &tick, at, error))
    return FALSE;
  h->counts.checklist_ticks++;
  return TRUE;
}

static gboolean
write_item_ticks (History                *h,
                  GRand                  *rand,
                  const Opleider         *opleider,
                  const OplChecklistItem *item,
                  const Chunk            *chunk,
                  const GDate            *to,
                  GError                **error)
{
  GDate day = *opl_history_date_max (&chunk->from, &opleider->from);

  /* A reminder is never ticked; the opleiderscoach's gesprekken are the quality
   * cycle's, written with the scholing. */
  if (item->basis == OPL_CHECKLIST_BASIS_WHEN_NEEDED || item->basis == OPL_CHECKLIST_BASIS_HAO)
    return TRUE;

  while (g_date_compare (&day, to) <= 0)
    {
      GDate first, last;

      opl_period_bounds (item->period, &day, &first, &last);
      if (opl_history_in_chunk (opl_history_date_max (&first, &opleider->from), chunk) &&
          !write_period_tick (h, rand, opleider, item, &first, &last, error))
        return FALSE;

      day = last;
      g_date_add_days (&day, 1);
    }

  return TRUE;
}

/* Every opleider's checklist (domain.md, "The checklist"), period by period. */
static gboolean
write_ticks (History      *h,
             const Chunk  *chunk,
             GError      **error)
{
  GRand *rand = opl_history_use_stream (h, STREAM_TICKS);

  for (guint i = 0; i < h->opleiders->len; i++)
    {
      const Opleider *opleider = g_ptr_array_index (h->opleiders, i);
      GDate to = *opl_history_date_min (&chunk->to, &h->today);

      if (g_date_valid (&opleider->until))
        to = *opl_history_date_min (&to, &opleider->until);

      opl_store_set_actor (h->store, opl_person_get_id (opleider->person));
      for (guint j = 0; j < opl_checklist_get_n_items (h->checklist); j++)
        {
          if (!write_item_ticks (h, rand, opleider, opl_checklist_get_item (h->checklist, j),
                                 chunk, &to, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The due moments of this year that took place: most a few days around their date, a
 * few late, and of a running traject a recent one now and then still open. */
static gboolean
write_moments (History      *h,
               const Chunk  *chunk,
               GError      **error)
{
  GRand *rand = opl_history_use_stream (h, STREAM_MOMENTS);
  GDate recent = h->today;

  g_date_subtract_days (&recent, 45);
  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      const char *traject_id = opl_traject_get_id (koppeling->traject);
      GArray *moments = opl_history_get_moments (h, koppeling, error);

      if (moments == NULL)
        return FALSE;

      opl_store_set_actor (h->store, opl_traject_get_opleider (koppeling->traject, 0)->person_id);
      for (guint j = 0; j < moments->len; j++)
        {
          const OplMoment *moment = &g_array_index (moments, OplMoment, j);
          GDate done_on = moment->due;
          g_autofree char *at = NULL;
          gboolean open;
          int delay;

          if (!opl_history_in_chunk (&moment->due, chunk) || g_date_compare (&moment->due, &h->today) >= 0)
            continue;

          delay = opl_history_chance (rand, 0.08) ? opl_history_between (rand, 14, 40) : opl_history_between (rand, -5, 10);
          open = g_date_compare (&moment->due, &recent) >= 0 && opl_history_chance (rand, 0.3);
          if (delay >= 0)
            g_date_add_days (&done_on, delay);
          else
            g_date_subtract_days (&done_on, -delay);

          if (open || g_date_compare (&done_on, &h->today) >= 0)
            continue;

          at = opl_history_timestamp (&done_on, opl_history_between (rand, 8 * 60, 17 * 60 + 59));
          if (!opl_store_history_add_moment_done (h->store, traject_id, moment->kind, moment->month,
                                                  &done_on, at, error))
            return FALSE;
          h->counts.moments_done++;
        }
    }

  return TRUE;
}

/* Lines of a bank, one per line, none twice. */
static char *
draw_lines (GRand              *rand,
            const char * const *bank,
            guint               n_bank,
            guint               n_lines,
            const char         *separator)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_null_terminated (n_lines, NULL, TRUE);
  guint first = g_rand_int_range (rand, 0, (gint32) n_bank);
  guint step = 1 + g_rand_int_range (rand, 0, (gint32) n_bank - 1);

  /* Stepping through the bank from a random place; a step that shares a factor with
   * the bank's size comes back early, which only makes the text shorter. */
  for (guint i = 0; i < n_lines; i++)
    {
      const char *line = bank[(first + i * step) % n_bank];

      if (i > 0 && line == g_ptr_array_index (lines, 0))
        break;
      g_ptr_array_add (lines, (gpointer) line);
    }

  return g_strjoinv (separator, (char **) lines->pdata);
}

#define DRAW_LINES(rand, bank, n, separator) draw_lines ((rand), (bank), G_N_ELEMENTS (bank), (n), (separator))

/* The aios's agenda: what they want to discuss, a few points. */
static char *
draw_agenda (GRand              *rand,
             OplLeergesprekKind  kind)
{
  g_autofree char *items = DRAW_LINES (rand, agenda_items, opl_history_between (rand, 2, 5), "\n");

  switch (kind)
    {
    case OPL_LEERGESPREK_VIDEO:
      return g_strconcat ("Video: twee fragmenten van het spreekuur bekijken.\n", items, NULL);
    case OPL_LEERGESPREK_COMBEL:
      return g_strconcat ("ComBel: mijn eigen inschatting naast die van de opleider leggen.\n", items, NULL);
    case OPL_LEERGESPREK_COASSISTENT:
      return g_strconcat ("Coschap: hoe begeleid ik de coassistent bij de eerste eigen consulten?\n",
                          items, NULL);
    case OPL_LEERGESPREK_TAAKGERICHT:
    case OPL_LEERGESPREK_PERSOONSGERICHT:
    case OPL_LEERGESPREK_LEERPROCESGERICHT:
    default:
      return g_steal_pointer (&items);
    }
}

/* Who holds it: one of the traject's opleiders who is still in the practice, by share. */
const char *
opl_history_draw_holder (History     *h,
                         GRand       *rand,
                         OplTraject  *traject,
                         const GDate *date)
{
  double r = g_rand_double (rand);
  const char *holder = opl_traject_get_opleider (traject, 0)->person_id;

  for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, i);

      r -= opleider->share;
      if (r < 0)
        {
          for (guint j = 0; j < h->opleiders->len; j++)
            {
              Opleider *candidate = g_ptr_array_index (h->opleiders, j);

              if (g_str_equal (opl_person_get_id (candidate->person), opleider->person_id) &&
                  opl_history_opleider_is_in (candidate, date))
                holder = opleider->person_id;
            }
          break;
        }
    }

  return holder;
}

/* A leergesprek that took place: held with notes, a top and a tip, now and then
 * cancelled, or moved to the next day. */
static void
fill_past (GRand          *rand,
           OplLeergesprek *leergesprek)
{
  const GDate *date = opl_leergesprek_get_date (leergesprek);
  OplLeergesprekKind kind = opl_leergesprek_get_kind (leergesprek);
  g_autofree char *agenda = draw_agenda (rand, kind);
  g_autofree char *notes = NULL;
  g_autofree char *agreements = NULL;

  if (opl_history_chance (rand, 0.9))
    opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_AGENDA, agenda);

  if (opl_history_chance (rand, 0.04))
    {
      opl_leergesprek_set_status (leergesprek, OPL_LEERGESPREK_CANCELLED);
      opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_CANCEL_REASON, PICK (rand, cancel_reasons));
      return;
    }

  if (opl_history_chance (rand, 0.05) && g_date_get_weekday (date) < G_DATE_FRIDAY)
    {
      GDate next = *date;

      g_date_add_days (&next, 1);
      opl_leergesprek_move (leergesprek, &next, 8 * 60, opl_leergesprek_get_duration (leergesprek));
    }

  notes = DRAW_LINES (rand, notes_sentences, opl_history_between (rand, 3, 7), " ");
  agreements = DRAW_LINES (rand, agreements_sentences, opl_history_between (rand, 1, 3), "\n");
  opl_leergesprek_set_status (leergesprek, OPL_LEERGESPREK_HELD);
  opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_NOTES, notes);
  opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_AGREEMENTS, agreements);
  opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_TOP, PICK (rand, tops));
  opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_TIP, PICK (rand, tips));
}

static gboolean
write_week (History               *h,
            GRand                 *rand,
            Koppeling             *koppeling,
            const OplPlannedWeek  *week,
            gboolean              *agenda_ready,
            GError               **error)
{
  g_autofree char *id = opl_history_draw_uuid (rand);
  g_autofree char *at = NULL;
  g_autoptr(OplLeergesprek) leergesprek = NULL;
  gboolean past = g_date_compare (&week->date, &h->today) < 0;

  /* Now and then a week was simply forgotten; the planner warns about it. */
  if (past && opl_history_chance (rand, 0.03))
    return TRUE;

  leergesprek = opl_leergesprek_new (id, opl_traject_get_id (koppeling->traject), &week->date,
                                     koppeling->slot.start_minute, koppeling->slot.duration, week->kind);
  opl_leergesprek_set_opleider_id (leergesprek, opl_history_draw_holder (h, rand, koppeling->traject, &week->date));
  if (past)
    {
      fill_past (rand, leergesprek);
    }
  else if (!*agenda_ready)
    {
      /* The next one's agenda is ready; the ones after it are still empty. */
      g_autofree char *agenda = draw_agenda (rand, week->kind);

      opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_AGENDA, agenda);
      *agenda_ready = TRUE;
    }

  at = opl_history_timestamp (past ? opl_leergesprek_get_date (leergesprek) : &h->today,
                              opl_leergesprek_get_start_minute (leergesprek));
  opl_store_set_actor (h->store, opl_leergesprek_get_opleider_id (leergesprek));
  if (!opl_store_history_add_leergesprek (h->store, leergesprek, at, error))
    return FALSE;

  h->counts.leergesprekken++;
  return TRUE;
}

/* Every weekly leergesprek of this year (domain.md, "Leergesprekken"). */
static gboolean
write_leergesprekken (History      *h,
                      const Chunk  *chunk,
                      GError      **error)
{
  GRand *rand = opl_history_use_stream (h, STREAM_LEERGESPREKKEN);

  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      gboolean agenda_ready = FALSE;
      GArray *weeks;

      if (g_date_compare (opl_traject_get_start (koppeling->traject), &chunk->to) > 0)
        continue;

      weeks = get_weeks (h, koppeling, error);
      if (weeks == NULL)
        return FALSE;

      for (guint j = 0; j < weeks->len; j++)
        {
          const OplPlannedWeek *week = &g_array_index (weeks, OplPlannedWeek, j);

          if (week->skip != OPL_SKIP_NONE || !opl_history_in_chunk (&week->date, chunk))
            continue;

          if (!write_week (h, rand, koppeling, week, &agenda_ready, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* A working day on or after @date. */
static void
to_working_day (GDate *date)
{
  while (g_date_get_weekday (date) >= G_DATE_SATURDAY)
    g_date_add_days (date, 1);
}

/* Some forty KPB/KVB in a training year: one every six to twelve days, one in five a
 * KVB, by one of the opleiders of the day (domain.md, the pace of about 40 a year). */
static GArray *
draw_kpb (History   *h,
          GRand     *rand,
          Koppeling *koppeling)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (OplKpbEntry));
  OplTraject *traject = koppeling->traject;
  GDate date = *opl_traject_get_start (traject);

  g_array_set_clear_func (entries, (GDestroyNotify) opl_kpb_entry_clear);
  for (g_date_add_days (&date, opl_history_between (rand, 5, 12)), to_working_day (&date);
       g_date_compare (&date, &h->today) < 0 && g_date_compare (&date, &koppeling->end) <= 0;
       g_date_add_days (&date, opl_history_between (rand, 6, 12)), to_working_day (&date))
    {
      gboolean kvb = opl_history_chance (rand, 0.2);
      OplKpbEntry entry = {
        .id = opl_history_draw_uuid (rand),
        .traject_id = g_strdup (opl_traject_get_id (traject)),
        .kind = kvb ? OPL_ENTRY_KVB : OPL_ENTRY_KPB,
        .date = date,
        .topic = g_strdup (kvb ? PICK (rand, kvb_topics) : PICK (rand, kpb_topics)),
        .competentiegebied = g_strdup (kvb ? "medisch-handelen" : PICK (rand, gebieden)),
        .score = g_strdup (kvb ? PICK (rand, kvb_scores) : PICK (rand, kpb_scores)),
        .feedback = g_strdup (PICK (rand, kpb_feedback)),
        .assessor_id = g_strdup (opl_history_draw_holder (h, rand, traject, &date)),
      };

      g_array_append_val (entries, entry);
    }

  return entries;
}

/* Some twenty diensten in a training year, one every twelve to twenty-four days,
 * mostly with an opleider of the practice, now and then with a waarnemer. */
static GArray *
draw_diensten (History   *h,
               GRand     *rand,
               Koppeling *koppeling)
{
  static const OplDienstKind kinds[] = { OPL_DIENST_AVOND, OPL_DIENST_AVOND, OPL_DIENST_NACHT, OPL_DIENST_WEEKEND };
  GArray *diensten = g_array_new (FALSE, TRUE, sizeof (OplDienst));
  OplTraject *traject = koppeling->traject;
  GDate date = *opl_traject_get_start (traject);

  g_array_set_clear_func (diensten, (GDestroyNotify) opl_dienst_clear);
  for (g_date_add_days (&date, opl_history_between (rand, 7, 20));
       g_date_compare (&date, &h->today) < 0 && g_date_compare (&date, &koppeling->end) <= 0;
       g_date_add_days (&date, opl_history_between (rand, 12, 24)))
    {
      gboolean waarnemer = opl_history_chance (rand, 0.1);
      OplDienst dienst = {
        .id = opl_history_draw_uuid (rand),
        .traject_id = g_strdup (opl_traject_get_id (traject)),
        .date = date,
        .kind = opl_history_chance (rand, 0.03) ? OPL_DIENST_FEESTDAG : kinds[opl_history_between (rand, 0, G_N_ELEMENTS (kinds) - 1)],
        .with_person_id = waarnemer ? NULL : g_strdup (opl_history_draw_holder (h, rand, traject, &date)),
        .with_name = g_strdup (waarnemer ? "Waarnemer van de huisartsenpost" : ""),
      };

      g_array_append_val (diensten, dienst);
    }

  return diensten;
}

/* Each koppeling's KPB/KVB and diensten, drawn once, the first year they are needed. */
static void
ensure_logbook (History   *h,
                Koppeling *koppeling)
{
  GRand *rand = h->rands[STREAM_LOGBOOK];

  if (koppeling->kpb != NULL)
    return;

  koppeling->kpb = draw_kpb (h, rand, koppeling);
  koppeling->diensten = draw_diensten (h, rand, koppeling);
}

static gboolean
write_kpb (History      *h,
           Koppeling    *koppeling,
           const Chunk  *chunk,
           GError      **error)
{
  OplFormDefinition *kpb = opl_form_registry_get_current (h->registry, OPL_FORM_KIND_KPB);
  OplFormDefinition *kvb = opl_form_registry_get_current (h->registry, OPL_FORM_KIND_KVB);

  for (guint i = 0; i < koppeling->kpb->len; i++)
    {
      const OplKpbEntry *entry = &g_array_index (koppeling->kpb, OplKpbEntry, i);
      g_autofree char *at = opl_history_timestamp (&entry->date, 16 * 60 + (int) (i % 60));

      if (!opl_history_in_chunk (&entry->date, chunk))
        continue;

      opl_store_set_actor (h->store, entry->assessor_id);
      if (!opl_store_history_add_kpb (h->store, entry->kind == OPL_ENTRY_KVB ? kvb : kpb, entry, at, error))
        return FALSE;
      h->counts.kpb_entries++;
    }

  return TRUE;
}

static gboolean
write_diensten (History      *h,
                Koppeling    *koppeling,
                const Chunk  *chunk,
                GError      **error)
{
  opl_store_set_actor (h->store, opl_traject_get_aios_id (koppeling->traject));
  for (guint i = 0; i < koppeling->diensten->len; i++)
    {
      const OplDienst *dienst = &g_array_index (koppeling->diensten, OplDienst, i);
      GDate next_day = dienst->date;
      g_autofree char *at = NULL;

      if (!opl_history_in_chunk (&dienst->date, chunk))
        continue;

      /* Written down the day after. */
      g_date_add_days (&next_day, 1);
      at = opl_history_timestamp (&next_day, 9 * 60);
      if (!opl_store_history_add_dienst (h->store, dienst, at, error))
        return FALSE;
      h->counts.diensten++;
    }

  return TRUE;
}

/* The KPB/KVB and diensten of this year (issue 5, the logbook of each training year). */
static gboolean
write_logbook (History      *h,
               const Chunk  *chunk,
               GError      **error)
{
  opl_history_use_stream (h, STREAM_LOGBOOK);

  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);

      if (g_date_compare (opl_traject_get_start (koppeling->traject), &chunk->to) > 0)
        continue;

      ensure_logbook (h, koppeling);
      if (!write_kpb (h, koppeling, chunk, error) || !write_diensten (h, koppeling, chunk, error))
        return FALSE;
    }

  return TRUE;
}

/* An aios is archived this long after their last traject ended: the practice keeps
 * them as a profile for the last forms and the export, then tidies up. */
#define ARCHIVE_AFTER_DAYS 92

/* Archives, as of today, the opleiders who left and the aios whose last traject ended
 * a while ago: a practice of many years chooses among the people who are there
 * (issue 14), and everything the others did stays. */
static gboolean
write_archive (History  *h,
               GError  **error)
{
  g_autoptr(GHashTable) last_end = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *at = opl_history_timestamp (&h->today, 12 * 60);
  GDate cutoff = h->today;
  gboolean ok;

  g_date_subtract_days (&cutoff, ARCHIVE_AFTER_DAYS);
  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      const char *aios_id = opl_traject_get_aios_id (koppeling->traject);
      GDate *end = g_hash_table_lookup (last_end, aios_id);

      if (end == NULL || g_date_compare (&koppeling->end, end) > 0)
        g_hash_table_insert (last_end, (gpointer) aios_id, &koppeling->end);
    }

  if (!opl_store_begin_history (h->store, error))
    return FALSE;

  ok = TRUE;
  for (guint i = 0; ok && i < h->opleiders->len; i++)
    {
      Opleider *opleider = g_ptr_array_index (h->opleiders, i);

      if (g_date_valid (&opleider->until) && g_date_compare (&opleider->until, &h->today) < 0)
        ok = opl_store_history_archive_person (h->store, opl_person_get_id (opleider->person), at, error);
    }

  for (guint i = 0; ok && i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      const char *aios_id = opl_traject_get_aios_id (koppeling->traject);
      GDate *end = g_hash_table_lookup (last_end, aios_id);

      /* Once per aios: at their last koppeling. */
      if (end == &koppeling->end && g_date_compare (end, &cutoff) < 0)
        ok = opl_store_history_archive_person (h->store, aios_id, at, error);
    }

  return opl_store_end_history (h->store, ok, error);
}

/* One simulated year in one transaction; the kinds in the order their rows refer to
 * each other. */
static gboolean
write_chunk (History      *h,
             const Chunk  *chunk,
             gboolean      first,
             GError      **error)
{
  gboolean ok;

  if (!opl_store_begin_history (h->store, error))
    return FALSE;

  ok = (!first || write_practice (h, error)) &&
       write_opleiders (h, chunk, error) &&
       write_koppelingen (h, chunk, error) &&
       write_closures (h, chunk, error) &&
       write_ticks (h, chunk, error) &&
       write_moments (h, chunk, error) &&
       write_leergesprekken (h, chunk, error) &&
       write_logbook (h, chunk, error) &&
       opl_history_write_forms (h, chunk, error) &&
       opl_history_write_scholing (h, chunk, error);

  return opl_store_end_history (h->store, ok, error);
}

/* Year @year of the history; the last one reaches as far as anything is planned. */
static void
get_chunk (History *h,
           guint    year,
           guint    years,
           Chunk   *chunk)
{
  chunk->from = h->first_day;
  g_date_add_years (&chunk->from, year);

  chunk->to = h->first_day;
  g_date_add_years (&chunk->to, year + 1);
  g_date_subtract_days (&chunk->to, 1);
  if (year == years - 1)
    chunk->to = h->horizon;
}

static void
history_clear (History *h)
{
  for (guint i = 0; i < N_STREAMS; i++)
    g_clear_pointer (&h->rands[i], g_rand_free);
  g_clear_object (&h->checklist);
  g_clear_object (&h->registry);
  g_clear_object (&h->institute);
  g_clear_pointer (&h->scholing, g_ptr_array_unref);
  g_clear_pointer (&h->practice_id, g_free);
  g_clear_pointer (&h->practice_name, g_free);
  g_clear_pointer (&h->opleiders, g_ptr_array_unref);
  g_clear_pointer (&h->koppelingen, g_ptr_array_unref);
  g_clear_pointer (&h->closures, g_array_unref);
  g_clear_pointer (&h->closure_reasons, g_ptr_array_unref);
  g_clear_pointer (&h->names, g_hash_table_unref);
}

static void
history_init (History     *h,
              OplStore    *store,
              const GDate *today,
              guint        years,
              guint32      seed)
{
  *h = (History) { .store = store, .today = *today, .first_day = *today, .horizon = *today };

  for (guint i = 0; i < N_STREAMS; i++)
    {
      guint32 seeds[] = { seed, i };

      h->rands[i] = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
    }
  g_date_subtract_years (&h->first_day, years);
  g_date_add_days (&h->horizon, DAYS_LINKED_AHEAD);
  h->opleiders = g_ptr_array_new_with_free_func (free_opleider);
  h->koppelingen = g_ptr_array_new_with_free_func (free_koppeling);
  h->closures = g_array_new (FALSE, TRUE, sizeof (OplClosure));
  h->closure_reasons = g_ptr_array_new ();
  h->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (History, history_clear)

/**
 * opl_history_generate:
 * @store: a store on a database without a practice
 * @today: the last day of the history; planned leergesprekken and the next aios reach
 *   a little further
 * @years: how many years of history, 1 to %OPL_HISTORY_MAX_YEARS
 * @seed: the same seed (and @today) gives the same rows
 * @counts: (out) (optional): what was written
 *
 * Fills an empty database with @years of a practice's past, one transaction per year.
 * When a year fails, the years before it stay: the file is a valid practice up to
 * then, and the error says what went wrong.
 */
gboolean
opl_history_generate (OplStore          *store,
                      const GDate       *today,
                      guint              years,
                      guint32            seed,
                      OplHistoryCounts  *counts,
                      GError           **error)
{
  g_auto(History) h = { NULL };
  gboolean ok = TRUE;
  Chunk chunk;

  g_return_val_if_fail (OPL_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (years < 1 || years > OPL_HISTORY_MAX_YEARS)
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   _("The history must be 1 to %d years long"), OPL_HISTORY_MAX_YEARS);
      return FALSE;
    }

  if (opl_store_has_practice (store))
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   _("This database already holds a practice; the history needs an empty one"));
      return FALSE;
    }

  history_init (&h, store, today, years, seed);
  h.checklist = opl_checklist_new_default (error);
  if (h.checklist == NULL)
    return FALSE;
  h.registry = opl_form_registry_new_default (error);
  if (h.registry == NULL)
    return FALSE;
  h.institute = opl_institute_new_for_id (OPL_INSTITUTE_DEFAULT, error);
  if (h.institute == NULL)
    return FALSE;

  plan_opleiders (&h);
  plan_closures (&h);
  plan_koppelingen (&h);

  opl_store_set_id_func (store, on_new_id, &h);
  for (guint year = 0; ok && year < years; year++)
    {
      get_chunk (&h, year, years, &chunk);
      ok = write_chunk (&h, &chunk, year == 0, error);
    }
  ok = ok && write_archive (&h, error);
  opl_store_set_id_func (store, NULL, NULL);
  opl_store_set_actor (store, NULL);

  if (counts != NULL)
    *counts = h.counts;

  return ok;
}
