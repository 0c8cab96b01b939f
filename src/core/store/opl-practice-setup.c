/* opl-practice-setup.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-practice-setup"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-practice-setup.h"

/* A traject may be entered up to three years back (history) and a year ahead. */
#define MAX_YEARS_BACK 3
#define MAX_YEARS_AHEAD 1

struct _OplPracticeSetup
{
  GObject    parent_instance;

  char      *name;
  GPtrArray *people;
  GPtrArray *trajecten;
  GArray    *ticks;
  GArray    *moments;
  GArray    *slots;
  GArray    *closures;
  GPtrArray *closure_reasons;
  GPtrArray *leergesprekken;
  GPtrArray *forms;
  GArray    *kpb_entries;
  GPtrArray *kpb_definitions;
  GArray    *diensten;
  GArray    *declarations;
  OplScholingHistory *scholing;
};

G_DEFINE_FINAL_TYPE (OplPracticeSetup, opl_practice_setup, G_TYPE_OBJECT)

G_DEFINE_QUARK (opl-setup-error-quark, opl_setup_error)

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped == '\0';
}

static gboolean
check_people (OplPracticeSetup  *self,
              GError           **error)
{
  guint n_hoofdopleiders = 0;

  for (guint i = 0; i < self->people->len; i++)
    {
      OplPerson *person = g_ptr_array_index (self->people, i);

      if (is_blank (opl_person_get_name (person)))
        {
          g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                       _("Every person needs a name"));
          return FALSE;
        }

      if (opl_person_get_role (person) == OPL_ROLE_HOOFDOPLEIDER)
        n_hoofdopleiders++;
    }

  /* The hoofdopleider is the institute's contact (domain.md, Glossary): one per practice. */
  if (n_hoofdopleiders != 1)
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   n_hoofdopleiders == 0
                     ? _("A practice needs a hoofdopleider")
                     : _("A practice has one hoofdopleider; make the others duo-opleider"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_start (OplTraject   *traject,
             const GDate  *today,
             GError      **error)
{
  GDate earliest = *today;
  GDate latest = *today;

  g_date_subtract_years (&earliest, MAX_YEARS_BACK);
  g_date_add_years (&latest, MAX_YEARS_AHEAD);

  if (g_date_compare (opl_traject_get_start (traject), &earliest) < 0 ||
      g_date_compare (opl_traject_get_start (traject), &latest) > 0)
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   /* Translators: %s is the aios's name */
                   _("The start date of %s must lie within three years before and one year after today"),
                   opl_traject_get_aios_name (traject));
      return FALSE;
    }

  if (opl_traject_get_end (traject) != NULL &&
      g_date_compare (opl_traject_get_end (traject), opl_traject_get_start (traject)) <= 0)
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   /* Translators: %s is the aios's name */
                   _("The traject of %s must end after it starts"),
                   opl_traject_get_aios_name (traject));
      return FALSE;
    }

  if (opl_traject_get_parttime (traject) < 0.5 || opl_traject_get_parttime (traject) > 1.0)
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   /* Translators: %s is the aios's name */
                   _("The part-time factor of %s must lie between 50 %% and 100 %%"),
                   opl_traject_get_aios_name (traject));
      return FALSE;
    }

  return TRUE;
}

/* Each traject is guided by the hoofdopleider and duo-opleiders, with equal shares
 * until they agree otherwise (domain.md, Roles: duo-opleiders agree on the split). A
 * plaatsvervangend opleider stands in and has no share of their own. */
static void
assign_opleiders (OplPracticeSetup *self)
{
  guint n_guiding = 0;

  for (guint i = 0; i < self->people->len; i++)
    {
      OplRole role = opl_person_get_role (g_ptr_array_index (self->people, i));

      if (role == OPL_ROLE_HOOFDOPLEIDER || role == OPL_ROLE_DUO_OPLEIDER)
        n_guiding++;
    }

  for (guint t = 0; t < self->trajecten->len; t++)
    {
      OplTraject *traject = g_ptr_array_index (self->trajecten, t);

      if (opl_traject_get_n_opleiders (traject) > 0)
        continue;

      for (guint i = 0; i < self->people->len; i++)
        {
          OplPerson *person = g_ptr_array_index (self->people, i);
          OplRole role = opl_person_get_role (person);

          if (role == OPL_ROLE_HOOFDOPLEIDER || role == OPL_ROLE_DUO_OPLEIDER)
            opl_traject_add_opleider (traject,
                                      opl_person_get_id (person),
                                      opl_person_get_name (person),
                                      role,
                                      1.0 / n_guiding);
        }
    }
}

static void
clear_tick (gpointer data)
{
  OplSetupTick *tick = data;

  g_clear_pointer (&tick->person_id, g_free);
  g_clear_pointer (&tick->item_id, g_free);
  g_clear_pointer (&tick->period_key, g_free);
}

static void
clear_moment (gpointer data)
{
  g_clear_object (&((OplSetupMoment *) data)->traject);
}

static void
opl_practice_setup_finalize (GObject *object)
{
  OplPracticeSetup *self = (OplPracticeSetup *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->moments, g_array_unref);
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->closures, g_array_unref);
  g_clear_pointer (&self->closure_reasons, g_ptr_array_unref);
  g_clear_pointer (&self->leergesprekken, g_ptr_array_unref);
  g_clear_pointer (&self->forms, g_ptr_array_unref);
  g_clear_pointer (&self->kpb_entries, g_array_unref);
  g_clear_pointer (&self->kpb_definitions, g_ptr_array_unref);
  g_clear_pointer (&self->diensten, g_array_unref);
  g_clear_pointer (&self->declarations, g_array_unref);
  g_clear_object (&self->scholing);

  G_OBJECT_CLASS (opl_practice_setup_parent_class)->finalize (object);
}

static void
opl_practice_setup_class_init (OplPracticeSetupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_practice_setup_finalize;
}

static void
opl_practice_setup_init (OplPracticeSetup *self)
{
  self->people = g_ptr_array_new_with_free_func (g_object_unref);
  self->trajecten = g_ptr_array_new_with_free_func (g_object_unref);
  self->ticks = g_array_new (FALSE, TRUE, sizeof (OplSetupTick));
  g_array_set_clear_func (self->ticks, clear_tick);
  self->moments = g_array_new (FALSE, TRUE, sizeof (OplSetupMoment));
  g_array_set_clear_func (self->moments, clear_moment);
  self->slots = g_array_new (FALSE, TRUE, sizeof (OplSlot));
  g_array_set_clear_func (self->slots, (GDestroyNotify) opl_slot_clear);
  self->closures = g_array_new (FALSE, TRUE, sizeof (OplClosure));
  self->closure_reasons = g_ptr_array_new_with_free_func (g_free);
  self->leergesprekken = g_ptr_array_new_with_free_func (g_object_unref);
  self->forms = g_ptr_array_new_with_free_func (g_object_unref);
  self->kpb_entries = g_array_new (FALSE, TRUE, sizeof (OplKpbEntry));
  g_array_set_clear_func (self->kpb_entries, (GDestroyNotify) opl_kpb_entry_clear);
  self->kpb_definitions = g_ptr_array_new_with_free_func (g_object_unref);
  self->diensten = g_array_new (FALSE, TRUE, sizeof (OplDienst));
  g_array_set_clear_func (self->diensten, (GDestroyNotify) opl_dienst_clear);
  self->declarations = g_array_new (FALSE, TRUE, sizeof (OplSetupMoment));
  g_array_set_clear_func (self->declarations, clear_moment);
  self->scholing = opl_scholing_history_new ();
}

OplPracticeSetup *
opl_practice_setup_new (const char *practice_name)
{
  OplPracticeSetup *self = g_object_new (OPL_TYPE_PRACTICE_SETUP, NULL);

  self->name = g_strstrip (g_strdup (practice_name != NULL ? practice_name : ""));
  return self;
}

const char *
opl_practice_setup_get_name (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->name;
}

/**
 * opl_practice_setup_add_opleider:
 *
 * Returns: (transfer none): the new person
 */
OplPerson *
opl_practice_setup_add_opleider (OplPracticeSetup *self,
                                 const char       *name,
                                 OplRole           role)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  OplPerson *person;

  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);
  g_return_val_if_fail (opl_role_is_opleider (role), NULL);

  person = opl_person_new (id, stripped, role);
  g_ptr_array_add (self->people, person);
  return person;
}

/**
 * opl_practice_setup_add_aios:
 * @end: (nullable): the end of a traject that is history, or %NULL
 *
 * Adds an aios and their traject; the opleiders are linked in opl_practice_setup_finish().
 *
 * Returns: (transfer none): the new traject
 */
OplTraject *
opl_practice_setup_add_aios (OplPracticeSetup *self,
                             const char       *name,
                             OplPhase          phase,
                             const GDate      *start,
                             const GDate      *end,
                             double            parttime)
{
  g_autofree char *person_id = g_uuid_string_random ();
  g_autofree char *traject_id = g_uuid_string_random ();
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  OplTraject *traject;

  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);

  g_ptr_array_add (self->people, opl_person_new (person_id, stripped, OPL_ROLE_AIOS));
  traject = opl_traject_new (traject_id, person_id, stripped, phase, start, end, parttime);
  g_ptr_array_add (self->trajecten, traject);
  return traject;
}

/**
 * opl_practice_setup_add_traject:
 * @same_aios: a traject of the aios this one is for
 * @end: (nullable): the end of a traject that is history, or %NULL
 *
 * Adds another traject (a phase) of an aios added before.
 *
 * Returns: (transfer none): the new traject
 */
OplTraject *
opl_practice_setup_add_traject (OplPracticeSetup *self,
                                OplTraject       *same_aios,
                                OplPhase          phase,
                                const GDate      *start,
                                const GDate      *end,
                                double            parttime)
{
  g_autofree char *traject_id = g_uuid_string_random ();
  OplTraject *traject;

  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);
  g_return_val_if_fail (OPL_IS_TRAJECT (same_aios), NULL);

  traject = opl_traject_new (traject_id,
                             opl_traject_get_aios_id (same_aios),
                             opl_traject_get_aios_name (same_aios),
                             phase, start, end, parttime);
  g_ptr_array_add (self->trajecten, traject);
  return traject;
}

/**
 * opl_practice_setup_finish:
 * @today: the date the start dates are checked against
 *
 * Checks what the user entered and links each aios to the opleiders.
 *
 * Returns: %TRUE when the practice can be created; otherwise @error says what to fix
 */
gboolean
opl_practice_setup_finish (OplPracticeSetup  *self,
                           const GDate       *today,
                           GError           **error)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), FALSE);

  if (*self->name == '\0')
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   _("The practice needs a name"));
      return FALSE;
    }

  if (g_utf8_strlen (self->name, -1) > 200)
    {
      g_set_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID,
                   _("The practice name is too long"));
      return FALSE;
    }

  if (!check_people (self, error))
    return FALSE;

  for (guint t = 0; t < self->trajecten->len; t++)
    {
      if (!check_start (g_ptr_array_index (self->trajecten, t), today, error))
        return FALSE;
    }

  assign_opleiders (self);
  return TRUE;
}

/**
 * opl_practice_setup_get_people:
 *
 * Returns: (transfer none) (element-type OplPerson): opleiders and aios, in order
 */
GPtrArray *
opl_practice_setup_get_people (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->people;
}

/**
 * opl_practice_setup_get_trajecten:
 *
 * Returns: (transfer none) (element-type OplTraject): one per aios
 */
GPtrArray *
opl_practice_setup_get_trajecten (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->trajecten;
}

/**
 * opl_practice_setup_add_tick:
 * @person: a person of this setup
 *
 * Records that @person ticked @item_id in the period @period_key.
 */
void
opl_practice_setup_add_tick (OplPracticeSetup *self,
                             OplPerson        *person,
                             const char       *item_id,
                             const char       *period_key,
                             int               checklist_version)
{
  OplSetupTick tick = {
    .person_id = g_strdup (opl_person_get_id (person)),
    .item_id = g_strdup (item_id),
    .period_key = g_strdup (period_key),
    .checklist_version = checklist_version,
  };

  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_array_append_val (self->ticks, tick);
}

/**
 * opl_practice_setup_get_ticks:
 *
 * Returns: (transfer none) (element-type OplSetupTick): the ticks of the history
 */
GArray *
opl_practice_setup_get_ticks (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->ticks;
}

/**
 * opl_practice_setup_add_moment_done:
 * @traject: a traject of this setup
 *
 * Records that a due moment of @traject took place on @done_on.
 */
void
opl_practice_setup_add_moment_done (OplPracticeSetup *self,
                                    OplTraject       *traject,
                                    OplMomentKind     kind,
                                    int               month,
                                    const GDate      *done_on)
{
  OplSetupMoment moment = {
    .traject = g_object_ref (traject),
    .kind = kind,
    .month = month,
    .done_on = *done_on,
  };

  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_array_append_val (self->moments, moment);
}

/**
 * opl_practice_setup_get_moments_done:
 *
 * Returns: (transfer none) (element-type OplSetupMoment): the moments that took place
 */
GArray *
opl_practice_setup_get_moments_done (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->moments;
}

/**
 * opl_practice_setup_add_closure:
 *
 * Adds a period the practice is closed (a holiday): no leergesprekken then.
 */
void
opl_practice_setup_add_closure (OplPracticeSetup *self,
                                const GDate      *start,
                                const GDate      *end,
                                const char       *reason)
{
  OplClosure closure = { .start = *start, .end = *end };

  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_array_append_val (self->closures, closure);
  g_ptr_array_add (self->closure_reasons, g_strdup (reason));
}

/**
 * opl_practice_setup_get_closures:
 *
 * Returns: (transfer none) (element-type OplClosure): the holidays
 */
GArray *
opl_practice_setup_get_closures (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->closures;
}

/**
 * opl_practice_setup_get_closure_reasons:
 *
 * Returns: (transfer none) (element-type utf8): the reason of each holiday
 */
GPtrArray *
opl_practice_setup_get_closure_reasons (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->closure_reasons;
}

/**
 * opl_practice_setup_add_leergesprek:
 *
 * Adds a leergesprek of the history (or already planned) to the practice.
 */
void
opl_practice_setup_add_leergesprek (OplPracticeSetup *self,
                                    OplLeergesprek   *leergesprek)
{
  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_ptr_array_add (self->leergesprekken, g_object_ref (leergesprek));
}

/**
 * opl_practice_setup_get_leergesprekken:
 *
 * Returns: (transfer none) (element-type OplLeergesprek): the leergesprekken
 */
GPtrArray *
opl_practice_setup_get_leergesprekken (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->leergesprekken;
}

/**
 * opl_practice_setup_set_slot:
 * @coschap_start: (nullable): when the aios's coassistent starts the coschap
 *
 * Gives @traject its fixed weekly leergesprek.
 */
void
opl_practice_setup_set_slot (OplPracticeSetup *self,
                             OplTraject       *traject,
                             GDateWeekday      weekday,
                             int               start_minute,
                             int               duration,
                             const GDate      *coschap_start)
{
  OplSlot slot = {
    .traject_id = g_strdup (opl_traject_get_id (traject)),
    .weekday = weekday,
    .start_minute = start_minute,
    .duration = duration,
  };

  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_date_clear (&slot.coschap_start, 1);
  if (coschap_start != NULL)
    slot.coschap_start = *coschap_start;
  g_array_append_val (self->slots, slot);
}

/**
 * opl_practice_setup_get_slots:
 *
 * Returns: (transfer none) (element-type OplSlot): the weekly slots
 */
GArray *
opl_practice_setup_get_slots (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->slots;
}

/**
 * opl_practice_setup_add_form:
 * @form: a form of the practice's history, with its answers and state (final forms
 *   are stored as signed off by their author)
 */
void
opl_practice_setup_add_form (OplPracticeSetup *self,
                             OplForm          *form)
{
  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));
  g_return_if_fail (OPL_IS_FORM (form));

  g_ptr_array_add (self->forms, g_object_ref (form));
}

/**
 * opl_practice_setup_get_forms:
 *
 * Returns: (transfer none) (element-type OplForm): the forms
 */
GPtrArray *
opl_practice_setup_get_forms (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->forms;
}

/**
 * opl_practice_setup_add_kpb:
 * @definition: the KPB or KVB definition @entry is filled against
 * @entry: the entry (copied; its id is assigned when %NULL)
 */
void
opl_practice_setup_add_kpb (OplPracticeSetup   *self,
                            OplFormDefinition  *definition,
                            const OplKpbEntry  *entry)
{
  OplKpbEntry copy = {
    .id = entry->id != NULL ? g_strdup (entry->id) : g_uuid_string_random (),
    .traject_id = g_strdup (entry->traject_id),
    .kind = opl_form_definition_get_kind (definition) == OPL_FORM_KIND_KVB ? OPL_ENTRY_KVB : OPL_ENTRY_KPB,
    .date = entry->date,
    .topic = g_strdup (entry->topic),
    .competentiegebied = g_strdup (entry->competentiegebied),
    .score = g_strdup (entry->score),
    .feedback = g_strdup (entry->feedback),
    .assessor_id = g_strdup (entry->assessor_id),
    .definition_id = g_strdup (opl_form_definition_get_id (definition)),
    .definition_version = opl_form_definition_get_version (definition),
  };

  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_array_append_val (self->kpb_entries, copy);
  g_ptr_array_add (self->kpb_definitions, g_object_ref (definition));
}

/**
 * opl_practice_setup_get_kpb_entries:
 *
 * Returns: (transfer none) (element-type OplKpbEntry): the KPB/KVB entries; their
 *   definitions are opl_practice_setup_get_kpb_definitions() at the same index
 */
GArray *
opl_practice_setup_get_kpb_entries (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->kpb_entries;
}

GPtrArray *
opl_practice_setup_get_kpb_definitions (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->kpb_definitions;
}

/**
 * opl_practice_setup_add_dienst:
 * @dienst: a dienst of the history (copied; its id is assigned when %NULL)
 */
void
opl_practice_setup_add_dienst (OplPracticeSetup *self,
                               const OplDienst  *dienst)
{
  OplDienst copy = {
    .id = dienst->id != NULL ? g_strdup (dienst->id) : g_uuid_string_random (),
    .traject_id = g_strdup (dienst->traject_id),
    .date = dienst->date,
    .kind = dienst->kind,
    .with_person_id = g_strdup (dienst->with_person_id),
    .with_name = g_strdup (dienst->with_name != NULL ? dienst->with_name : ""),
    .at_distance = dienst->at_distance,
    .note = g_strdup (dienst->note != NULL ? dienst->note : ""),
  };

  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_array_append_val (self->diensten, copy);
}

/**
 * opl_practice_setup_get_diensten:
 *
 * Returns: (transfer none) (element-type OplDienst): the diensten
 */
GArray *
opl_practice_setup_get_diensten (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->diensten;
}

/**
 * opl_practice_setup_set_bekwaamheidsverklaring:
 *
 * Records @traject's bekwaamheidsverklaring for supervision at a distance (fase II).
 */
void
opl_practice_setup_set_bekwaamheidsverklaring (OplPracticeSetup *self,
                                               OplTraject       *traject,
                                               const GDate      *declared_on)
{
  OplSetupMoment declaration = { .traject = g_object_ref (traject), .done_on = *declared_on };

  g_return_if_fail (OPL_IS_PRACTICE_SETUP (self));

  g_array_append_val (self->declarations, declaration);
}

/**
 * opl_practice_setup_get_bekwaamheidsverklaringen:
 *
 * Returns: (transfer none) (element-type OplSetupMoment): the trajecten with their
 *   bekwaamheidsverklaring (in done_on; kind and month unused)
 */
GArray *
opl_practice_setup_get_bekwaamheidsverklaringen (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->declarations;
}

/**
 * opl_practice_setup_get_scholing_history:
 *
 * Returns: (transfer none): the opleiders' scholing that is part of the history
 */
OplScholingHistory *
opl_practice_setup_get_scholing_history (OplPracticeSetup *self)
{
  g_return_val_if_fail (OPL_IS_PRACTICE_SETUP (self), NULL);

  return self->scholing;
}
