/* opl-demo-forms.c: the demo practice's forms, KPB/KVB and diensten.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charlotte (fase I, month 5) has her ComBel after three months signed off and
 * discussed, her self-assessment and Anna's assessment differing on a few items; a
 * draft self-assessment for the ComBel after six months that only she can see; a LEOh
 * about each of her two opleiders; fifteen KPB/KVB and seven diensten. Daan (fase II)
 * has Anna's voortgangsadvies after three months, a bekwaamheidsverklaring for
 * supervision at a distance and twelve diensten, five of them at a distance (one a
 * night shift). All texts are
 * made up.
 */

#define G_LOG_DOMAIN "opl-demo"

#include "config.h"

#include "opl-demo-private.h"
#include "opl-form-private.h"
#include "opl-form-registry.h"

/* Item id, the aios's answer, the opleider's answer: where they differ, the
 * ComBel-bespreking has something to talk about. */
static const char * const combel_3[][3] = {
  { "mh-anamnese", "voldoende", "voldoende" },
  { "mh-onderzoek", "voldoende", "voldoende" },
  { "mh-beleid", "goed", "voldoende" },
  { "mh-spoed", "voldoende", "voldoende" },
  { "co-relatie", "goed", "goed" },
  { "co-uitleg", "voldoende", "goed" },
  { "co-besluit", "voldoende", "voldoende" },
  { "sa-praktijk", "goed", "goed" },
  { "sa-verwijzen", "voldoende", "voldoende" },
  { "sa-overdracht", "voldoende", "onvoldoende" },
  { "kw-leervragen", "voldoende", "voldoende" },
  { "kw-ebm", "voldoende", "voldoende" },
  { "kw-onderwijs", "nvt", "nvt" },
  { "ma-preventie", "voldoende", "voldoende" },
  { "ma-kosten", "onvoldoende", "voldoende" },
  { "ma-wetgeving", "voldoende", "voldoende" },
  { "or-tijd", "voldoende", "onvoldoende" },
  { "or-dossier", "voldoende", "voldoende" },
  { "or-praktijk", "voldoende", "voldoende" },
  { "pr-reflectie", "goed", "goed" },
  { "pr-grenzen", "goed", "goed" },
  { "pr-ethiek", "goed", "goed" },
};

static const char * const leoh_answers[] = {
  "helemaal-eens", "eens", "helemaal-eens", "eens", "eens", "neutraal", "eens", "eens",
  "helemaal-eens", "eens", "eens", "eens", "neutraal",
};

static const char * const kpb_topics[] = {
  "Consult hoofdpijn bij een jonge vrouw",
  "Telefonische triage kind met koorts",
  "Diabetescontrole met de POH",
  "Slecht-nieuwsgesprek na een uitslag",
  "Consult lage rugpijn",
  "Visite bij een oudere patiënt met verwardheid",
  "Consult vermoeidheid",
  "Consult pijn op de borst",
  "Consult eczeem bij een baby",
  "Consult somberheid",
  "Consult astma-exacerbatie",
  "Consult hypertensie, start medicatie",
};

static const char * const kvb_topics[] = {
  "Wondhechting na een snijwond",
  "Uitstrijkje",
  "Injectie in de schouder",
};

static const char * const gebieden[] = {
  "medisch-handelen", "communicatie", "samenwerken", "organisatie", "professionaliteit",
  "medisch-handelen", "communicatie", "kennis-en-wetenschap", "medisch-handelen", "communicatie",
  "medisch-handelen", "maatschappelijk-handelen",
};

static const char * const kpb_scores[] = { "voldoende", "voldoende", "goed", "voldoende", "onvoldoende", "goed" };

static const char * const kvb_scores[] = { "direct-toezicht", "indirect-toezicht", "direct-toezicht" };

static const char * const feedback[] = {
  "Top: goede opbouw van het consult. Tip: vat samen voor je het beleid bespreekt.",
  "Top: rustig en empathisch. Tip: vraag naar de verwachting van de patiënt.",
  "Top: heldere uitleg. Tip: maak een vangnetafspraak.",
};

static gboolean
moment_due (OplTraject   *traject,
            OplMomentKind kind,
            int           month,
            GDate        *due)
{
  g_autoptr(GArray) moments = NULL;
  OplScheduleInput input;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 1, 2000);
  opl_schedule_input_from_traject (&input, traject);
  moments = opl_schedule_compute (&input, &today, NULL, NULL, NULL);
  for (guint i = 0; moments != NULL && i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == kind && moment->month == month)
        {
          *due = moment->due;
          return TRUE;
        }
    }

  return FALSE;
}

static GDate
days_after (const GDate *date,
            int          days)
{
  GDate result = *date;

  if (days >= 0)
    g_date_add_days (&result, (guint) days);
  else
    g_date_subtract_days (&result, (guint) -days);
  return result;
}

static OplForm *
new_form (OplFormRegistry *registry,
          OplFormKind      kind,
          OplTraject      *traject,
          const char      *subject_id,
          const char      *author_id,
          OplFormRole      role,
          int              month,
          const GDate     *date)
{
  g_autofree char *id = g_uuid_string_random ();

  return opl_form_new (id, opl_form_registry_get_current (registry, kind), opl_traject_get_id (traject),
                       subject_id, author_id, role, month, date);
}

/* Signs @form off @days_after its date, and marks it discussed @discussed_after days
 * after its date (a negative number: not discussed). */
static void
sign (OplForm *form,
      int      signed_after,
      int      discussed_after)
{
  GDate finalized_on = days_after (opl_form_get_date (form), signed_after);
  GDate discussed_on = days_after (opl_form_get_date (form), discussed_after);

  opl_form_set_state (form, discussed_after >= 0 ? OPL_FORM_STATE_DISCUSSED : OPL_FORM_STATE_FINAL,
                      &finalized_on, discussed_after >= 0 ? &discussed_on : NULL);
}

static void
add_combel (OplPracticeSetup *setup,
            OplFormRegistry  *registry,
            OplTraject       *traject,
            OplPerson        *opleider,
            const GDate      *today)
{
  const char *aios = opl_traject_get_aios_id (traject);
  g_autoptr(OplForm) self_3 = NULL;
  g_autoptr(OplForm) opleider_3 = NULL;
  g_autoptr(OplForm) self_6 = NULL;
  GDate due, date;

  if (!moment_due (traject, OPL_MOMENT_COMBEL, 3, &due) || g_date_compare (&due, today) >= 0)
    return;

  date = days_after (&due, -3);
  self_3 = new_form (registry, OPL_FORM_KIND_COMBEL, traject, aios, aios, OPL_FORM_ROLE_AIOS, 3, &date);
  opleider_3 = new_form (registry, OPL_FORM_KIND_COMBEL, traject, aios, opl_person_get_id (opleider),
                         OPL_FORM_ROLE_OPLEIDER, 3, &date);
  for (guint i = 0; i < G_N_ELEMENTS (combel_3); i++)
    {
      opl_form_put_answer (self_3, combel_3[i][0], combel_3[i][1], NULL);
      opl_form_put_answer (opleider_3, combel_3[i][0], combel_3[i][2], NULL);
    }
  opl_form_put_answer (self_3, "or-tijd", "voldoende", "Ik loop nog vaak uit, vooral in de middag.");
  opl_form_put_answer (opleider_3, "or-tijd", "onvoldoende", "Gemiddeld twintig minuten uitloop; plan buffers in.");
  opl_form_put_answer (self_3, "leerdoel-1", "Binnen de tijd blijven: consulten van tien minuten.", NULL);
  opl_form_put_answer (self_3, "leerdoel-2", "Verwijsbrieven volledig en op tijd.", NULL);
  opl_form_put_answer (self_3, "sterke-punten", "Contact met patiënten, reflectie.", NULL);
  opl_form_put_answer (opleider_3, "sterke-punten", "Empathisch en leergierig; vraagt goed om feedback.", NULL);
  opl_form_put_answer (opleider_3, "aandachtspunten", "Tijdsmanagement en overdracht naar de tweede lijn.", NULL);
  sign (self_3, 0, 8);
  opl_form_set_shared (self_3, TRUE);
  sign (opleider_3, 2, 8);
  opl_practice_setup_add_form (setup, self_3);
  opl_practice_setup_add_form (setup, opleider_3);

  /* The next ComBel's self-assessment is under way, and private. */
  if (!moment_due (traject, OPL_MOMENT_COMBEL, 6, &due))
    return;
  date = days_after (today, -1);
  self_6 = new_form (registry, OPL_FORM_KIND_COMBEL, traject, aios, aios, OPL_FORM_ROLE_AIOS, 6, &date);
  for (guint i = 0; i < 7; i++)
    opl_form_put_answer (self_6, combel_3[i][0], i % 3 == 0 ? "goed" : "voldoende", NULL);
  opl_practice_setup_add_form (setup, self_6);
}

static void
add_leoh (OplPracticeSetup *setup,
          OplFormRegistry  *registry,
          OplTraject       *traject,
          const GDate      *today)
{
  OplFormDefinition *definition = opl_form_registry_get_current (registry, OPL_FORM_KIND_LEOH);
  const char *aios = opl_traject_get_aios_id (traject);
  GDate due, date;

  if (!moment_due (traject, OPL_MOMENT_LEOH, 3, &due) || g_date_compare (&due, today) >= 0)
    return;

  date = days_after (&due, -2);
  for (guint o = 0; o < opl_traject_get_n_opleiders (traject); o++)
    {
      const OplTrajectOpleider *opleider = opl_traject_get_opleider (traject, o);
      g_autoptr(OplForm) form = new_form (registry, OPL_FORM_KIND_LEOH, traject, opleider->person_id, aios,
                                          OPL_FORM_ROLE_AIOS, 3, &date);
      guint n = 0;

      for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
        {
          const OplFormSection *section = opl_form_definition_get_section (definition, s);

          for (guint i = 0; i < section->n_items; i++)
            {
              if (section->items[i].type == OPL_FORM_ITEM_SCALE)
                opl_form_put_answer (form, section->items[i].id,
                                     leoh_answers[(n++ + o) % G_N_ELEMENTS (leoh_answers)], NULL);
            }
        }
      opl_form_put_answer (form, "top", o == 0 ? "Neemt altijd de tijd voor mijn vragen." : "Sterk in het nabespreken van visites.", NULL);
      opl_form_put_answer (form, "tip", o == 0 ? "Plan het leergesprek niet aan het eind van de dag." : "Geef vaker ongevraagd feedback.", NULL);
      sign (form, 0, o == 0 ? 7 : -1);
      opl_form_set_shared (form, TRUE);
      opl_practice_setup_add_form (setup, form);
    }
}

static void
add_voortgangsadvies (OplPracticeSetup *setup,
                      OplFormRegistry  *registry,
                      OplTraject       *traject,
                      OplPerson        *opleider,
                      const GDate      *today)
{
  const char *aios = opl_traject_get_aios_id (traject);
  g_autoptr(OplForm) form = NULL;
  GDate due, date;

  if (!moment_due (traject, OPL_MOMENT_VOORTGANGSADVIES, 3, &due) || g_date_compare (&due, today) >= 0)
    return;

  date = days_after (&due, -4);
  form = new_form (registry, OPL_FORM_KIND_VOORTGANGSADVIES, traject, aios, opl_person_get_id (opleider),
                   OPL_FORM_ROLE_OPLEIDER, 3, &date);
  opl_form_put_answer (form, "combel-beeld", "goed", NULL);
  opl_form_put_answer (form, "leerdoelen-behaald", "voldoende", NULL);
  opl_form_put_answer (form, "tempo", "voldoende", NULL);
  opl_form_put_answer (form, "advies", "voldoende", NULL);
  opl_form_put_answer (form, "onderbouwing", "Zelfstandig, goede ComBel; werkt gericht aan de leerdoelen.", NULL);
  opl_form_put_answer (form, "afspraken", "Voorbereiden op supervisie op afstand tijdens de diensten.", NULL);
  sign (form, 1, 4);
  opl_practice_setup_add_form (setup, form);
}

/* One KPB or KVB about every nine days from the second week on. */
static void
add_kpb (OplPracticeSetup *setup,
         OplFormRegistry  *registry,
         OplTraject       *traject,
         OplPerson       **opleiders,
         const GDate      *today)
{
  GDate date = days_after (opl_traject_get_start (traject), 7);

  for (guint i = 0; i < G_N_ELEMENTS (kpb_topics) + G_N_ELEMENTS (kvb_topics); i++, g_date_add_days (&date, 9))
    {
      gboolean kvb = i % 5 == 4;
      guint k = kvb ? i / 5 : i - i / 5;
      OplKpbEntry entry = {
        .traject_id = (char *) opl_traject_get_id (traject),
        .date = date,
        .topic = (char *) (kvb ? kvb_topics[k % G_N_ELEMENTS (kvb_topics)] : kpb_topics[k % G_N_ELEMENTS (kpb_topics)]),
        .competentiegebied = (char *) (kvb ? "medisch-handelen" : gebieden[k % G_N_ELEMENTS (gebieden)]),
        .score = (char *) (kvb ? kvb_scores[k % G_N_ELEMENTS (kvb_scores)] : kpb_scores[k % G_N_ELEMENTS (kpb_scores)]),
        .feedback = (char *) feedback[i % G_N_ELEMENTS (feedback)],
        .assessor_id = (char *) opl_person_get_id (opleiders[i % 2]),
      };

      if (g_date_compare (&date, today) >= 0)
        break;

      opl_practice_setup_add_kpb (setup, opl_form_registry_get_current (registry, kvb ? OPL_FORM_KIND_KVB
                                                                                       : OPL_FORM_KIND_KPB),
                                  &entry);
    }
}

static void
add_diensten (OplPracticeSetup *setup,
              OplTraject       *traject,
              OplPerson       **opleiders,
              guint             n,
              const GDate      *declared_on,
              const GDate      *today)
{
  static const OplDienstKind kinds[] = { OPL_DIENST_AVOND, OPL_DIENST_WEEKEND, OPL_DIENST_NACHT, OPL_DIENST_AVOND };
  GDate date = days_after (opl_traject_get_start (traject), 10);

  for (guint i = 0; i < n && g_date_compare (&date, today) < 0; i++, g_date_add_days (&date, 16))
    {
      gboolean at_distance = declared_on != NULL && g_date_compare (&date, declared_on) >= 0;
      OplDienst dienst = {
        .traject_id = (char *) opl_traject_get_id (traject),
        .date = date,
        .kind = kinds[i % G_N_ELEMENTS (kinds)],
        .with_person_id = (char *) (i == 3 ? NULL : opl_person_get_id (opleiders[i % 2])),
        .with_name = (char *) (i == 3 ? "Dr. Pieters (waarnemer op de post)" : ""),
        .at_distance = at_distance,
      };

      opl_practice_setup_add_dienst (setup, &dienst);
    }
}

/**
 * opl_demo_add_forms:
 * @charlotte: the fase I traject
 * @daan: the running fase II traject
 * @opleiders: the hoofdopleider and the duo-opleider
 *
 * Adds the demo's forms, KPB/KVB and diensten to @setup.
 */
gboolean
opl_demo_add_forms (OplPracticeSetup  *setup,
                    OplTraject        *charlotte,
                    OplTraject        *daan,
                    OplPerson        **opleiders,
                    const GDate       *today,
                    GError           **error)
{
  g_autoptr(OplFormRegistry) registry = opl_form_registry_new_default (error);
  GDate declared_on;

  if (registry == NULL)
    return FALSE;

  add_combel (setup, registry, charlotte, opleiders[0], today);
  add_leoh (setup, registry, charlotte, today);
  add_kpb (setup, registry, charlotte, opleiders, today);
  add_diensten (setup, charlotte, opleiders, 7, NULL, today);

  add_voortgangsadvies (setup, registry, daan, opleiders[0], today);
  declared_on = days_after (opl_traject_get_start (daan), 120);
  if (g_date_compare (&declared_on, today) < 0)
    opl_practice_setup_set_bekwaamheidsverklaring (setup, daan, &declared_on);
  add_diensten (setup, daan, opleiders, 12, &declared_on, today);
  return TRUE;
}
