/* opl-history-forms.c: the forms of a made-up practice's past.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every due moment that has come gets the forms it expects (the ComBel by the aios and an
 * opleider, a LEOh about each opleider, the voortgangsadvies and the dienstenrapportage),
 * each answered for every required item of the shipped definitions and signed off a few
 * days after the due date; a recent one is still a draft now and then (opl-history.c).
 */

#define G_LOG_DOMAIN "opl-history"

#include "config.h"

#include "opl-date.h"
#include "opl-form-private.h"
#include "opl-history-private.h"
#include "opl-logbook.h"
#include "opl-schedule.h"
#include "opl-store-forms.h"

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
        return opl_history_pick (rand, text_banks[i].bank, text_banks[i].n_bank);
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
      if (scale->options[i].rank == 0 && opl_history_chance (rand, 0.03))
        return scale->options[i].value;
    }

  if (g_str_equal (item->id, "advies") && opl_history_chance (rand, 0.9))
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

          if (!item->required && !opl_history_chance (rand, 0.6))
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
  g_date_add_days (&finalized_on, opl_history_between (rand, 0, 7));
  if (g_date_compare (&finalized_on, &h->today) >= 0 ||
      (g_date_compare (opl_form_get_date (form), &recent) >= 0 && opl_history_chance (rand, 0.3)))
    return;

  discussed_on = finalized_on;
  g_date_add_days (&discussed_on, opl_history_between (rand, 0, 10));
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
  g_autofree char *id = opl_history_draw_uuid (rand);
  g_autofree char *at = opl_history_timestamp (&moment->due, opl_history_between (rand, 8 * 60, 17 * 60 + 59));
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
  const char *opleider = opl_history_draw_holder (h, rand, traject, &moment->due);

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

          if (known == NULL || !opl_history_opleider_is_in (known, &moment->due))
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
gboolean
opl_history_write_forms (History      *h,
                         const Chunk  *chunk,
                         GError      **error)
{
  GRand *rand = opl_history_use_stream (h, STREAM_FORMS);

  for (guint i = 0; i < h->koppelingen->len; i++)
    {
      Koppeling *koppeling = g_ptr_array_index (h->koppelingen, i);
      GArray *moments;

      if (g_date_compare (opl_traject_get_start (koppeling->traject), &chunk->to) > 0)
        continue;

      moments = opl_history_get_moments (h, koppeling, error);
      if (moments == NULL)
        return FALSE;

      for (guint j = 0; j < moments->len; j++)
        {
          const OplMoment *moment = &g_array_index (moments, OplMoment, j);

          if (!opl_history_in_chunk (&moment->due, chunk) || g_date_compare (&moment->due, &h->today) >= 0)
            continue;

          if (!write_moment_forms (h, rand, koppeling, moment, error))
            return FALSE;
        }
    }

  return TRUE;
}
