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
#include "opl-history.h"
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

/* One GRand per kind of history. New kinds go at the end: the others keep their draws. */
typedef enum
{
  STREAM_PEOPLE,
  STREAM_TRAJECTEN,
  STREAM_CLOSURES,
  STREAM_TICKS,
  STREAM_MOMENTS,
  STREAM_LEERGESPREKKEN,
  STREAM_LOGBOOK,
  STREAM_FORMS,
  STREAM_SCHOLING,
  N_STREAMS,
} Stream;

typedef struct
{
  OplPerson *person;
  GDate      from;         /* the first day in the practice */
  GDate      until;        /* the last day; cleared while they stay */
  double     compliance;   /* how often they tick a checklist task */
} Opleider;

typedef struct
{
  OplTraject *traject;     /* as stored: with an end only once it has ended */
  OplSlot     slot;
  GDate       end;         /* the last day of the training year, planned */
  GDate       entered;     /* the day the koppeling was entered */
  gboolean    new_aios;    /* the aios's first traject here: the person is new too */
  GArray     *weeks;       /* OplPlannedWeek, made when first needed */
  GArray     *moments;     /* OplMoment, made when first needed */
  GArray     *kpb;         /* OplKpbEntry, drawn when first needed */
  GArray     *diensten;    /* OplDienst, drawn when first needed */
} Koppeling;

typedef struct
{
  GDate from;
  GDate to;
} Chunk;

/* One planned piece of scholing (a day, a leerpunt, a HAO-voortgangsgesprek, the year
 * an opleider began), written in the year of @on with @on as its created_at. */
typedef struct
{
  GDate               on;
  OplScholingHistory *rows;
} ScholingEntry;

typedef struct
{
  OplStore         *store;
  OplChecklist     *checklist;
  OplFormRegistry  *registry;
  OplInstitute     *institute;
  GPtrArray        *scholing;      /* ScholingEntry, planned when first needed */
  GRand            *rands[N_STREAMS];
  GRand            *id_rand;       /* the stream new ids are drawn from */
  GDate             today;
  GDate             first_day;
  GDate             horizon;       /* the last day anything is planned for */
  char             *practice_id;
  char             *practice_name;
  GPtrArray        *opleiders;     /* Opleider */
  GPtrArray        *koppelingen;   /* Koppeling */
  GArray           *closures;      /* OplClosure, sorted, for the planner */
  GPtrArray        *closure_reasons;
  GHashTable       *names;
  OplHistoryCounts  counts;
} History;

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

static gboolean
chance (GRand  *rand,
        double  p)
{
  return g_rand_double (rand) < p;
}

/* An integer from @lo to @hi, both included. */
static int
between (GRand *rand,
         int    lo,
         int    hi)
{
  return g_rand_int_range (rand, lo, hi + 1);
}

static const char *
pick (GRand              *rand,
      const char * const *bank,
      guint               n)
{
  return bank[g_rand_int_range (rand, 0, (gint32) n)];
}

#define PICK(rand, bank) pick ((rand), (bank), G_N_ELEMENTS (bank))

/* A version 4 UUID made of the stream's bits. */
static char *
draw_uuid (GRand *rand)
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

  return draw_uuid (h->id_rand);
}

/* The stream of one kind of history; the ids the store makes are drawn from it too. */
static GRand *
use_stream (History *h,
            Stream   stream)
{
  h->id_rand = h->rands[stream];
  return h->id_rand;
}

/* Dates ----------------------------------------------------------------------------- */

/* The simulated moment as a created_at: 2026-11-18T13:05:00.000Z */
static char *
timestamp (const GDate *date,
           int          minute)
{
  return g_strdup_printf ("%04u-%02u-%02uT%02d:%02d:00.000Z", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date), minute / 60, minute % 60);
}

static const GDate *
date_max (const GDate *a,
          const GDate *b)
{
  return g_date_compare (a, b) >= 0 ? a : b;
}

static const GDate *
date_min (const GDate *a,
          const GDate *b)
{
  return g_date_compare (a, b) <= 0 ? a : b;
}

static gboolean
in_chunk (const GDate *date,
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
  g_autofree char *id = draw_uuid (rand);
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

static gboolean
opleider_is_in (const Opleider *opleider,
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

  if (!chance (rand, 0.75))
    {
      g_date_add_years (&from, between (rand, 1, 3));
      next_intake (&from, &from);
    }

  while (g_date_compare (&from, &h->today) <= 0)
    {
      GDate until = from;

      g_date_add_years (&until, between (rand, 6, 14));
      next_intake (&until, &until);
      g_date_subtract_days (&until, 1);
      add_opleider (h, rand, OPL_ROLE_DUO_OPLEIDER, &from, &until, 0.75 + 0.2 * g_rand_double (rand));

      from = until;
      g_date_add_days (&from, 1);
      if (chance (rand, 0.3))
        g_date_add_months (&from, 6);
    }
}

/* Now and then a plaatsvervangend opleider stands in for a few years. */
static void
plan_plaatsvervangers (History *h,
                       GRand   *rand)
{
  GDate from = h->first_day;

  g_date_add_years (&from, between (rand, 2, 6));
  while (g_date_compare (&from, &h->today) <= 0)
    {
      GDate until = from;

      g_date_add_years (&until, between (rand, 2, 4));
      g_date_subtract_days (&until, 1);
      add_opleider (h, rand, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, &from, &until, 0.5);

      from = until;
      g_date_add_years (&from, between (rand, 6, 10));
    }
}

static void
plan_opleiders (History *h)
{
  GRand *rand = use_stream (h, STREAM_PEOPLE);

  h->practice_id = draw_uuid (rand);
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
  GRand *rand = use_stream (h, STREAM_CLOSURES);

  for (GDateYear year = g_date_get_year (&h->first_day) - 1; year <= g_date_get_year (&h->horizon); year++)
    {
      GDate date;

      g_date_clear (&date, 1);
      if (chance (rand, 0.3))
        {
          g_date_set_dmy (&date, 27, G_DATE_APRIL, year);
          to_monday (&date);
          add_closure (h, &date, 5, "Meivakantie");
        }
      if (chance (rand, 0.5))
        {
          g_date_set_dmy (&date, 20, G_DATE_JULY, year);
          g_date_add_days (&date, 7 * between (rand, 0, 3));
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

  return chance (rand, 0.2) ? factors[between (rand, 0, G_N_ELEMENTS (factors) - 1)] : 1.0;
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
      month = between (rand, 3, 7);
      days = 16 * 7;
    }
  else if (r < 0.20)
    {
      leave->kind = OPL_LEAVE_ZIEKTE;
      month = between (rand, 1, 9);
      days = between (rand, 5, 25);
    }
  else if (r < 0.23)
    {
      leave->kind = OPL_LEAVE_VERLOF;
      month = between (rand, 2, 8);
      days = between (rand, 14, 42);
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
  koppeling->slot.weekday = chance (rand, 0.85) ? between (rand, G_DATE_TUESDAY, G_DATE_THURSDAY)
                                                : (chance (rand, 0.5) ? G_DATE_MONDAY : G_DATE_FRIDAY);
  koppeling->slot.start_minute = starts[between (rand, 0, G_N_ELEMENTS (starts) - 1)];
  koppeling->slot.duration = durations[between (rand, 0, G_N_ELEMENTS (durations) - 1)];
  g_date_clear (&koppeling->slot.coschap_start, 1);

  /* In fase II some aios train a coassistent for six weeks (domain.md, Roles). */
  if (opl_traject_get_phase (traject) == OPL_PHASE_II && chance (rand, 0.3))
    {
      koppeling->slot.coschap_start = *opl_traject_get_start (traject);
      g_date_add_months (&koppeling->slot.coschap_start, between (rand, 5, 8));
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

      if (role != OPL_ROLE_PLAATSVERVANGEND_OPLEIDER && opleider_is_in (opleider, start))
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
  if (opl_traject_get_phase (earlier->traject) != OPL_PHASE_I || !chance (rand, 0.35))
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
  g_autofree char *traject_id = draw_uuid (rand);
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
      aios_id = draw_uuid (rand);
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
    opl_traject_add_leave (koppeling->traject, leave.kind, &leave.start, &leave.end);
  link_opleiders (h, koppeling->traject);
  draw_slot (rand, koppeling);

  /* The next aios is entered before they start, today at the latest. */
  koppeling->entered = *date_min (start, &h->today);
  g_ptr_array_add (h->koppelingen, koppeling);
}

/* A new aios every half year, fase I and fase II in turn. */
static void
plan_koppelingen (History *h)
{
  GRand *rand = use_stream (h, STREAM_TRAJECTEN);
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

static GArray *
get_moments (History    *h,
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

  moments = get_moments (h, koppeling, error);
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
  koppeling->weeks = opl_planner_plan (&input, &schedule.start, date_min (&until, &koppeling->end), error);
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
  g_autofree char *at = timestamp (&h->first_day, 8 * 60);

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
      g_autofree char *at = timestamp (&opleider->from, 8 * 60);

      if (!in_chunk (&opleider->from, chunk))
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
  use_stream (h, STREAM_TRAJECTEN);
  act_as_hoofdopleider (h);

  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      OplTraject *traject = koppeling->traject;
      g_autofree char *at = timestamp (&koppeling->entered, 9 * 60);

      if (!in_chunk (&koppeling->entered, chunk))
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
  use_stream (h, STREAM_CLOSURES);
  act_as_hoofdopleider (h);

  for (guint i = 0; i < h->closures->len; i++)
    {
      const OplClosure *closure = &g_array_index (h->closures, OplClosure, i);
      const GDate *day = date_max (&closure->start, &h->first_day);
      g_autofree char *at = timestamp (day, 8 * 60);

      if (!in_chunk (day, chunk))
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
  return chance (rand, opleider->compliance * (current ? 0.6 : 1.0));
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
  const GDate *from = date_max (first, &opleider->from);
  GDate to = *date_min (last, &h->today);
  g_autofree char *key = NULL;
  g_autofree char *at = NULL;
  OplSetupTick tick;
  GDate day = *from;

  if (g_date_valid (&opleider->until))
    to = *date_min (&to, &opleider->until);

  if (!draws_tick (h, rand, opleider, item, first, g_date_compare (last, &h->today) >= 0))
    return TRUE;

  g_date_add_days (&day, between (rand, 0, g_date_days_between (from, &to)));
  key = opl_period_key (item->period, first);
  at = timestamp (&day, between (rand, 8 * 60, 17 * 60 + 59));
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
  GDate day = *date_max (&chunk->from, &opleider->from);

  while (g_date_compare (&day, to) <= 0)
    {
      GDate first, last;

      opl_period_bounds (item->period, &day, &first, &last);
      if (in_chunk (date_max (&first, &opleider->from), chunk) &&
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
  GRand *rand = use_stream (h, STREAM_TICKS);

  for (guint i = 0; i < h->opleiders->len; i++)
    {
      const Opleider *opleider = g_ptr_array_index (h->opleiders, i);
      GDate to = *date_min (&chunk->to, &h->today);

      if (g_date_valid (&opleider->until))
        to = *date_min (&to, &opleider->until);

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
  GRand *rand = use_stream (h, STREAM_MOMENTS);
  GDate recent = h->today;

  g_date_subtract_days (&recent, 45);
  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      const char *traject_id = opl_traject_get_id (koppeling->traject);
      GArray *moments = get_moments (h, koppeling, error);

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

          if (!in_chunk (&moment->due, chunk) || g_date_compare (&moment->due, &h->today) >= 0)
            continue;

          delay = chance (rand, 0.08) ? between (rand, 14, 40) : between (rand, -5, 10);
          open = g_date_compare (&moment->due, &recent) >= 0 && chance (rand, 0.3);
          if (delay >= 0)
            g_date_add_days (&done_on, delay);
          else
            g_date_subtract_days (&done_on, -delay);

          if (open || g_date_compare (&done_on, &h->today) >= 0)
            continue;

          at = timestamp (&done_on, between (rand, 8 * 60, 17 * 60 + 59));
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
  g_autofree char *items = DRAW_LINES (rand, agenda_items, between (rand, 2, 5), "\n");

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
static const char *
draw_holder (History     *h,
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
                  opleider_is_in (candidate, date))
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

  if (chance (rand, 0.9))
    opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_AGENDA, agenda);

  if (chance (rand, 0.04))
    {
      opl_leergesprek_set_status (leergesprek, OPL_LEERGESPREK_CANCELLED);
      opl_leergesprek_set_text (leergesprek, OPL_LEERGESPREK_CANCEL_REASON, PICK (rand, cancel_reasons));
      return;
    }

  if (chance (rand, 0.05) && g_date_get_weekday (date) < G_DATE_FRIDAY)
    {
      GDate next = *date;

      g_date_add_days (&next, 1);
      opl_leergesprek_move (leergesprek, &next, 8 * 60, opl_leergesprek_get_duration (leergesprek));
    }

  notes = DRAW_LINES (rand, notes_sentences, between (rand, 3, 7), " ");
  agreements = DRAW_LINES (rand, agreements_sentences, between (rand, 1, 3), "\n");
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
  g_autofree char *id = draw_uuid (rand);
  g_autofree char *at = NULL;
  g_autoptr(OplLeergesprek) leergesprek = NULL;
  gboolean past = g_date_compare (&week->date, &h->today) < 0;

  /* Now and then a week was simply forgotten; the planner warns about it. */
  if (past && chance (rand, 0.03))
    return TRUE;

  leergesprek = opl_leergesprek_new (id, opl_traject_get_id (koppeling->traject), &week->date,
                                     koppeling->slot.start_minute, koppeling->slot.duration, week->kind);
  opl_leergesprek_set_opleider_id (leergesprek, draw_holder (h, rand, koppeling->traject, &week->date));
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

  at = timestamp (past ? opl_leergesprek_get_date (leergesprek) : &h->today,
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
  GRand *rand = use_stream (h, STREAM_LEERGESPREKKEN);

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

          if (week->skip != OPL_SKIP_NONE || !in_chunk (&week->date, chunk))
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
  for (g_date_add_days (&date, between (rand, 5, 12)), to_working_day (&date);
       g_date_compare (&date, &h->today) < 0 && g_date_compare (&date, &koppeling->end) <= 0;
       g_date_add_days (&date, between (rand, 6, 12)), to_working_day (&date))
    {
      gboolean kvb = chance (rand, 0.2);
      OplKpbEntry entry = {
        .id = draw_uuid (rand),
        .traject_id = g_strdup (opl_traject_get_id (traject)),
        .kind = kvb ? OPL_ENTRY_KVB : OPL_ENTRY_KPB,
        .date = date,
        .topic = g_strdup (kvb ? PICK (rand, kvb_topics) : PICK (rand, kpb_topics)),
        .competentiegebied = g_strdup (kvb ? "medisch-handelen" : PICK (rand, gebieden)),
        .score = g_strdup (kvb ? PICK (rand, kvb_scores) : PICK (rand, kpb_scores)),
        .feedback = g_strdup (PICK (rand, kpb_feedback)),
        .assessor_id = g_strdup (draw_holder (h, rand, traject, &date)),
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
  for (g_date_add_days (&date, between (rand, 7, 20));
       g_date_compare (&date, &h->today) < 0 && g_date_compare (&date, &koppeling->end) <= 0;
       g_date_add_days (&date, between (rand, 12, 24)))
    {
      gboolean waarnemer = chance (rand, 0.1);
      OplDienst dienst = {
        .id = draw_uuid (rand),
        .traject_id = g_strdup (opl_traject_get_id (traject)),
        .date = date,
        .kind = chance (rand, 0.03) ? OPL_DIENST_FEESTDAG : kinds[between (rand, 0, G_N_ELEMENTS (kinds) - 1)],
        .with_person_id = waarnemer ? NULL : g_strdup (draw_holder (h, rand, traject, &date)),
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
      g_autofree char *at = timestamp (&entry->date, 16 * 60 + (int) (i % 60));

      if (!in_chunk (&entry->date, chunk))
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

      if (!in_chunk (&dienst->date, chunk))
        continue;

      /* Written down the day after. */
      g_date_add_days (&next_day, 1);
      at = timestamp (&next_day, 9 * 60);
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
  use_stream (h, STREAM_LOGBOOK);

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

/* Forms --------------------------------------------------------------------------- */

/* What people write in the text items of the shipped definitions, by item id. */
typedef struct
{
  const char         *item_id;
  const char * const *bank;
  guint               n_bank;
} TextBank;

static const char * const leerdoel_texts[] = {
  "Binnen de tijd blijven: consulten van tien minuten.",
  "Verwijsbrieven volledig en op tijd.",
  "Vaker de NHG-Standaard erbij pakken tijdens het spreekuur.",
  "Zelfstandig visites rijden en ze goed nabespreken.",
  "Slecht-nieuwsgesprekken voeren met een duidelijke structuur.",
  "Bij spoed rustig blijven en taken verdelen.",
  "Meer samenwerken met de POH bij chronische zorg.",
  "Gedeelde besluitvorming: opties voorleggen, niet alleen adviseren.",
};

static const char * const strong_texts[] = {
  "Contact met patiënten, reflectie.",
  "Empathisch en leergierig; vraagt goed om feedback.",
  "Gestructureerd consult, heldere uitleg.",
  "Neemt verantwoordelijkheid en overlegt op tijd.",
  "Goede samenwerking met de assistentes.",
};

static const char * const attention_texts[] = {
  "Tijdsmanagement en overdracht naar de tweede lijn.",
  "Dossiervoering: SOEP volledig en kort.",
  "Het eigen beleid durven vasthouden.",
  "Vaker de eigen grenzen aangeven.",
  "Kennis van de sociale kaart.",
};

static const char * const leoh_top_texts[] = {
  "Neemt altijd de tijd voor mijn vragen.",
  "Sterk in het nabespreken van visites.",
  "Geeft concrete feedback met voorbeelden.",
  "Laat me ruimte om zelf te beslissen.",
  "Bereidt het leergesprek goed voor.",
};

static const char * const leoh_tip_texts[] = {
  "Plan het leergesprek niet aan het eind van de dag.",
  "Geef vaker ongevraagd feedback.",
  "Kijk vaker mee tijdens het spreekuur.",
  "Houd de tijd voor het leergesprek vrij van telefoontjes.",
};

static const char * const advice_texts[] = {
  "Zelfstandig, goede ComBel; werkt gericht aan de leerdoelen.",
  "Groeit gestaag; de leerdoelen van de vorige ComBel zijn grotendeels gehaald.",
  "Goed op weg; tijdsmanagement blijft een aandachtspunt.",
  "Voldoet aan wat in deze fase verwacht wordt.",
};

static const char * const agreement_texts[] = {
  "Voorbereiden op supervisie op afstand tijdens de diensten.",
  "Maandelijks een video-opname bespreken.",
  "Elke week een KPB op een ander competentiegebied.",
  "Een gezamenlijk spreekuur per maand.",
};

static const char * const dienst_texts[] = {
  "Triage en telefonisch advies op niveau; visites zelfstandig.",
  "Werkt goed samen op de post; overdracht kan korter.",
  "Rustig bij drukte, vraagt op tijd supervisie.",
};

static const char * const other_texts[] = {
  "Geen bijzonderheden.",
  "Besproken in het leergesprek.",
  "Zie de afspraken van het leergesprek.",
};

#define BANK(id, bank) { (id), (bank), G_N_ELEMENTS (bank) }

static const TextBank text_banks[] = {
  BANK ("leerdoel-1", leerdoel_texts),
  BANK ("leerdoel-2", leerdoel_texts),
  BANK ("leerdoel-3", leerdoel_texts),
  BANK ("sterke-punten", strong_texts),
  BANK ("aandachtspunten", attention_texts),
  BANK ("top", leoh_top_texts),
  BANK ("tip", leoh_tip_texts),
  BANK ("onderbouwing", advice_texts),
  BANK ("afspraken", agreement_texts),
  BANK ("toelichting", dienst_texts),
};

#undef BANK

static const char *
draw_text (GRand      *rand,
           const char *item_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_banks); i++)
    {
      if (g_str_equal (text_banks[i].item_id, item_id))
        return pick (rand, text_banks[i].bank, text_banks[i].n_bank);
    }

  return PICK (rand, other_texts);
}

/* An option of a scale: now and then one off the scale ("n.v.t."), the lowest rarely,
 * higher ones more often; the advice itself nearly always the best. */
static const char *
draw_scale_value (GRand              *rand,
                  const OplFormItem  *item)
{
  const OplFormScale *scale = item->scale;
  double total = 0, r;
  int top = 0;

  for (guint i = 0; i < scale->n_options; i++)
    top = MAX (top, scale->options[i].rank);

  for (guint i = 0; i < scale->n_options; i++)
    {
      if (scale->options[i].rank == 0 && chance (rand, 0.03))
        return scale->options[i].value;
    }

  if (g_str_equal (item->id, "advies") && chance (rand, 0.9))
    {
      for (guint i = 0; i < scale->n_options; i++)
        {
          if (scale->options[i].rank == top)
            return scale->options[i].value;
        }
    }

  for (guint i = 0; i < scale->n_options; i++)
    {
      int rank = scale->options[i].rank;

      total += rank == 0 ? 0 : rank == 1 ? 0.3 : rank;
    }

  r = g_rand_double (rand) * total;
  for (guint i = 0; i < scale->n_options; i++)
    {
      int rank = scale->options[i].rank;

      r -= rank == 0 ? 0 : rank == 1 ? 0.3 : rank;
      if (r < 0 && rank > 0)
        return scale->options[i].value;
    }

  return scale->options[0].value;
}

/* The diensten of the koppeling up to @date, for the dienstenrapportage. */
static int
count_diensten (Koppeling   *koppeling,
                const GDate *date)
{
  int n = 0;

  for (guint i = 0; koppeling->diensten != NULL && i < koppeling->diensten->len; i++)
    {
      if (g_date_compare (&g_array_index (koppeling->diensten, OplDienst, i).date, date) <= 0)
        n++;
    }

  return n;
}

/* Answers for every item of the sections the author fills: every required one, most
 * optional ones. */
static void
fill_form (History   *h,
           GRand     *rand,
           Koppeling *koppeling,
           OplForm   *form)
{
  OplFormDefinition *definition = opl_form_get_definition (form);
  OplFormRole role = opl_form_get_author_role (form);

  for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);

      if (!opl_form_section_applies_to (section, role))
        continue;

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormItem *item = &section->items[i];
          g_autofree char *number = NULL;

          if (!item->required && !chance (rand, 0.6))
            continue;

          switch (item->type)
            {
            case OPL_FORM_ITEM_SCALE:
              opl_form_put_answer (form, item->id, draw_scale_value (rand, item), NULL);
              break;
            case OPL_FORM_ITEM_NUMBER:
              number = g_strdup_printf ("%d", CLAMP (g_str_equal (item->id, "aantal-diensten")
                                                       ? count_diensten (koppeling, opl_form_get_date (form))
                                                       : 0,
                                                     item->min, item->max));
              opl_form_put_answer (form, item->id, number, NULL);
              break;
            case OPL_FORM_ITEM_TEXT:
            default:
              opl_form_put_answer (form, item->id, draw_text (rand, item->id), NULL);
              break;
            }
          h->counts.form_answers++;
        }
    }
}

/* Signed off a few days after the due date and, for the ComBel and the
 * voortgangsadvies, discussed a few days later; a private form is shared once final.
 * A recent one may still be a draft. */
static void
sign_form (History *h,
           GRand   *rand,
           OplForm *form)
{
  OplFormKind kind = opl_form_get_kind (form);
  GDate recent = h->today;
  GDate finalized_on = *opl_form_get_date (form);
  GDate discussed_on;

  g_date_subtract_days (&recent, 45);
  g_date_add_days (&finalized_on, between (rand, 0, 7));
  if (g_date_compare (&finalized_on, &h->today) >= 0 ||
      (g_date_compare (opl_form_get_date (form), &recent) >= 0 && chance (rand, 0.3)))
    return;

  discussed_on = finalized_on;
  g_date_add_days (&discussed_on, between (rand, 0, 10));
  if ((kind == OPL_FORM_KIND_COMBEL || kind == OPL_FORM_KIND_VOORTGANGSADVIES) &&
      g_date_compare (&discussed_on, &h->today) < 0)
    opl_form_set_state (form, OPL_FORM_STATE_DISCUSSED, &finalized_on, &discussed_on);
  else
    opl_form_set_state (form, OPL_FORM_STATE_FINAL, &finalized_on, NULL);

  if (opl_form_is_private (form))
    opl_form_set_shared (form, TRUE);
}

static gboolean
write_form (History          *h,
            GRand            *rand,
            Koppeling        *koppeling,
            const OplMoment  *moment,
            OplFormKind       kind,
            const char       *author_id,
            OplFormRole       role,
            const char       *subject_id,
            GError          **error)
{
  g_autofree char *id = draw_uuid (rand);
  g_autofree char *at = timestamp (&moment->due, between (rand, 8 * 60, 17 * 60 + 59));
  g_autoptr(OplForm) form = opl_form_new (id, opl_form_registry_get_current (h->registry, kind),
                                          opl_traject_get_id (koppeling->traject), subject_id, author_id,
                                          role, moment->month, &moment->due);

  fill_form (h, rand, koppeling, form);
  /* Every required item has its answer: a form that could not be signed off is a bug
   * of the generator, not a draft. */
  if (!opl_form_check_complete (form, error))
    return FALSE;

  sign_form (h, rand, form);
  opl_store_set_actor (h->store, author_id);
  if (!opl_store_history_add_form (h->store, form, at, error))
    return FALSE;

  h->counts.forms++;
  return TRUE;
}

static const Opleider *
find_opleider (History    *h,
               const char *person_id)
{
  for (guint i = 0; i < h->opleiders->len; i++)
    {
      const Opleider *opleider = g_ptr_array_index (h->opleiders, i);

      if (g_str_equal (opl_person_get_id (opleider->person), person_id))
        return opleider;
    }

  return NULL;
}

/* The forms a moment expects (domain.md, "The training year"; the shipped definitions):
 * the ComBel by the aios and by an opleider, a LEOh by the aios about each opleider
 * still in the practice, the voortgangsadvies and the dienstenrapportage by an
 * opleider. A voortgangsgesprek has no form. */
static gboolean
write_moment_forms (History          *h,
                    GRand            *rand,
                    Koppeling        *koppeling,
                    const OplMoment  *moment,
                    GError          **error)
{
  OplTraject *traject = koppeling->traject;
  const char *aios = opl_traject_get_aios_id (traject);
  const char *opleider = draw_holder (h, rand, traject, &moment->due);

  switch (moment->kind)
    {
    case OPL_MOMENT_COMBEL:
      return write_form (h, rand, koppeling, moment, OPL_FORM_KIND_COMBEL, aios, OPL_FORM_ROLE_AIOS, aios, error) &&
             write_form (h, rand, koppeling, moment, OPL_FORM_KIND_COMBEL, opleider, OPL_FORM_ROLE_OPLEIDER,
                         aios, error);
    case OPL_MOMENT_LEOH:
      for (guint i = 0; i < opl_traject_get_n_opleiders (traject); i++)
        {
          const char *about = opl_traject_get_opleider (traject, i)->person_id;
          const Opleider *known = find_opleider (h, about);

          if (known == NULL || !opleider_is_in (known, &moment->due))
            continue;

          if (!write_form (h, rand, koppeling, moment, OPL_FORM_KIND_LEOH, aios, OPL_FORM_ROLE_AIOS, about, error))
            return FALSE;
        }
      return TRUE;
    case OPL_MOMENT_VOORTGANGSADVIES:
      return write_form (h, rand, koppeling, moment, OPL_FORM_KIND_VOORTGANGSADVIES, opleider,
                         OPL_FORM_ROLE_OPLEIDER, aios, error);
    case OPL_MOMENT_DIENSTENRAPPORTAGE:
      return write_form (h, rand, koppeling, moment, OPL_FORM_KIND_DIENSTENRAPPORTAGE, opleider,
                         OPL_FORM_ROLE_OPLEIDER, aios, error);
    case OPL_MOMENT_VOORTGANGSGESPREK:
    default:
      return TRUE;
    }
}

/* The forms of the moments due this year, before today, each dated on its due date. */
static gboolean
write_forms (History      *h,
             const Chunk  *chunk,
             GError      **error)
{
  GRand *rand = use_stream (h, STREAM_FORMS);

  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      GArray *moments;

      if (g_date_compare (opl_traject_get_start (koppeling->traject), &chunk->to) > 0)
        continue;

      moments = get_moments (h, koppeling, error);
      if (moments == NULL)
        return FALSE;

      for (guint j = 0; j < moments->len; j++)
        {
          const OplMoment *moment = &g_array_index (moments, OplMoment, j);

          if (!in_chunk (&moment->due, chunk) || g_date_compare (&moment->due, &h->today) >= 0)
            continue;

          if (!write_moment_forms (h, rand, koppeling, moment, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Scholing ---------------------------------------------------------------------------- */

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
  day->id = draw_uuid (p->rand);
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
      GDate date = plan_date (p, &p->lo, between (p->rand, 3, 10), G_DATE_THURSDAY, d);

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
  int absent = chance (p->rand, 0.1) ? between (p->rand, 1, 4) : 0;
  GDate block_day;

  g_date_clear (&block_day, 1);

  for (int d = 0; d < 4; d++)
    {
      /* The block's second day is the Friday after its first. */
      int offset = block_offsets[d / 2] + (d % 2 == 0 ? between (p->rand, 0, 14) : 0);
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
          day->replacement_done = year_over || chance (p->rand, 0.5);
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
      GDate date = plan_date (p, year_first, offsets[i] + between (p->rand, 0, 20), G_DATE_TUESDAY, 0);

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
                                     leerpunt_texts[first], year_over && chance (p->rand, 0.7));
  opl_scholing_history_add_leerpunt (entry->rows, opl_person_get_id (p->opleider->person), year,
                                     leerpunt_texts[second], year_over && chance (p->rand, 0.6));
  p->h->counts.leerpunten += 2;
}

/* A HAO-voortgangsgesprek on a Monday in the year; whether it took place. */
static gboolean
plan_hao (Planning    *p,
          const GDate *year_first)
{
  GDate date = plan_date (p, year_first, between (p->rand, 120, 200), G_DATE_MONDAY, 0);
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
    last_day = *date_min (&last_day, &opleider->until);
  if (g_date_compare (&last_day, &opleider->from) < 0)
    return;

  /* The hoofdopleider of a practice that trains has often been opleider for years;
   * a duo-opleider sometimes too. */
  first_year = opl_scholing_year_of (rules, &opleider->from);
  last_year = opl_scholing_year_of (rules, &last_day);
  since = first_year;
  if (role == OPL_ROLE_HOOFDOPLEIDER)
    since -= between (rand, 0, 8);
  else if (role == OPL_ROLE_DUO_OPLEIDER && chance (rand, 0.3))
    since -= between (rand, 1, 6);

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
      p.lo = *date_max (&year_first, &opleider->from);
      p.hi = *date_min (&year_last, &last_day);
      year_over = g_date_compare (&year_last, &h->today) < 0;

      if (experience == 1)
        plan_startersdagen (&p);

      switch (role)
        {
        case OPL_ROLE_HOOFDOPLEIDER:
          plan_leergang (&p, &year_first, MIN (experience, 6), year_over);
          plan_paralleldagen (&p, &year_first, chance (rand, 0.9) ? 5 : 4);
          break;
        case OPL_ROLE_DUO_OPLEIDER:
          plan_leergang (&p, &year_first, MIN (experience, 6), year_over);
          plan_paralleldagen (&p, &year_first, between (rand, 0, 3));
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
static gboolean
write_scholing (History      *h,
                const Chunk  *chunk,
                GError      **error)
{
  use_stream (h, STREAM_SCHOLING);
  ensure_scholing (h);

  for (guint i = 0; i < h->scholing->len; i++)
    {
      ScholingEntry *entry = g_ptr_array_index (h->scholing, i);
      g_autofree char *at = timestamp (&entry->on, 17 * 60 + (int) (i % 60));
      GPtrArray *days = opl_scholing_history_get_days (entry->rows);
      GArray *leerpunten = opl_scholing_history_get_leerpunten (entry->rows);
      GArray *gesprekken = opl_scholing_history_get_hao_gesprekken (entry->rows);
      GArray *since = opl_scholing_history_get_opleider_since (entry->rows);
      const char *person_id;

      if (!in_chunk (&entry->on, chunk))
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
       write_forms (h, chunk, error) &&
       write_scholing (h, chunk, error);

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
  opl_store_set_id_func (store, NULL, NULL);
  opl_store_set_actor (store, NULL);

  if (counts != NULL)
    *counts = h.counts;

  return ok;
}
