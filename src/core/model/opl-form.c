/* opl-form.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-form"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-form.h"
#include "opl-form-private.h"

struct _OplForm
{
  GObject            parent_instance;

  char              *id;
  OplFormDefinition *definition;
  char              *traject_id;
  char              *subject_id;
  char              *author_id;
  OplFormRole        author_role;
  int                moment_month;
  GDate              date;
  OplFormState       state;
  GDate              finalized_on;
  GDate              discussed_on;
  gboolean           shared;
  gboolean           redacted;
  char              *supersedes;
  char              *superseded_by;
  int                version_number;
  char              *changed_at;

  /* item id -> OplFormAnswer *; n_answered is counted from it, or set by a list
   * that did not load the answers (answers_loaded is then FALSE). */
  GHashTable        *answers;
  guint              n_answered;
  gboolean           answers_loaded;
};

G_DEFINE_FINAL_TYPE (OplForm, opl_form, G_TYPE_OBJECT)

G_DEFINE_QUARK (opl-form-error-quark, opl_form_error)

static const char * const state_strings[] = { "draft", "final", "discussed" };

static void
free_answer (gpointer data)
{
  OplFormAnswer *answer = data;

  g_free (answer->item_id);
  g_free (answer->value);
  g_free (answer->note);
  g_free (answer);
}

static void
opl_form_finalize (GObject *object)
{
  OplForm *self = (OplForm *)object;

  g_clear_object (&self->definition);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->traject_id, g_free);
  g_clear_pointer (&self->subject_id, g_free);
  g_clear_pointer (&self->author_id, g_free);
  g_clear_pointer (&self->supersedes, g_free);
  g_clear_pointer (&self->superseded_by, g_free);
  g_clear_pointer (&self->changed_at, g_free);

  G_OBJECT_CLASS (opl_form_parent_class)->finalize (object);
}

static void
opl_form_class_init (OplFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_form_finalize;
}

static void
opl_form_init (OplForm *self)
{
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_answer);
  self->answers_loaded = TRUE;
  self->version_number = 1;
  g_date_clear (&self->date, 1);
  g_date_clear (&self->finalized_on, 1);
  g_date_clear (&self->discussed_on, 1);
}

OplForm *
opl_form_new (const char         *id,
              OplFormDefinition  *definition,
              const char         *traject_id,
              const char         *subject_id,
              const char         *author_id,
              OplFormRole         author_role,
              int                 moment_month,
              const GDate        *date)
{
  OplForm *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (OPL_IS_FORM_DEFINITION (definition), NULL);

  self = g_object_new (OPL_TYPE_FORM, NULL);
  self->id = g_strdup (id);
  self->definition = g_object_ref (definition);
  self->traject_id = g_strdup (traject_id);
  self->subject_id = g_strdup (subject_id);
  self->author_id = g_strdup (author_id);
  self->author_role = author_role;
  self->moment_month = moment_month;
  if (date != NULL)
    self->date = *date;
  return self;
}

void
opl_form_set_state (OplForm      *self,
                    OplFormState  state,
                    const GDate  *finalized_on,
                    const GDate  *discussed_on)
{
  GDate finalized, discussed;

  g_return_if_fail (OPL_IS_FORM (self));

  /* Copy first: the dates may point into this form (a state change keeps its sign-off). */
  g_date_clear (&finalized, 1);
  g_date_clear (&discussed, 1);
  if (finalized_on != NULL && g_date_valid (finalized_on))
    finalized = *finalized_on;
  if (discussed_on != NULL && g_date_valid (discussed_on))
    discussed = *discussed_on;

  self->state = state;
  self->finalized_on = finalized;
  self->discussed_on = discussed;
}

void
opl_form_set_shared (OplForm  *self,
                     gboolean  shared)
{
  g_return_if_fail (OPL_IS_FORM (self));

  self->shared = !!shared;
}

void
opl_form_set_chain (OplForm    *self,
                    const char *supersedes,
                    const char *superseded_by,
                    int         version_number)
{
  /* Copies first: the arguments may be this form's own strings. */
  char *new_supersedes = g_strdup (supersedes);
  char *new_superseded_by = g_strdup (superseded_by);

  g_return_if_fail (OPL_IS_FORM (self));

  g_free (self->supersedes);
  self->supersedes = new_supersedes;
  g_free (self->superseded_by);
  self->superseded_by = new_superseded_by;
  self->version_number = MAX (version_number, 1);
}

void
opl_form_set_changed_at (OplForm    *self,
                         const char *changed_at)
{
  g_return_if_fail (OPL_IS_FORM (self));

  g_free (self->changed_at);
  self->changed_at = g_strdup (changed_at);
}

static gboolean
has_value (const OplFormAnswer *answer)
{
  return answer != NULL && answer->value != NULL && *answer->value != '\0';
}

/* Sets the answer to @item_id; an answer with neither value nor note is removed. */
void
opl_form_put_answer (OplForm    *self,
                     const char *item_id,
                     const char *value,
                     const char *note)
{
  OplFormAnswer *old, *answer;

  g_return_if_fail (OPL_IS_FORM (self));
  g_return_if_fail (item_id != NULL);

  old = g_hash_table_lookup (self->answers, item_id);
  if (has_value (old))
    self->n_answered--;

  if ((value == NULL || *value == '\0') && (note == NULL || *note == '\0'))
    {
      g_hash_table_remove (self->answers, item_id);
      return;
    }

  answer = g_new0 (OplFormAnswer, 1);
  answer->item_id = g_strdup (item_id);
  answer->value = g_strdup (value);
  answer->note = g_strdup (note != NULL ? note : "");
  g_hash_table_replace (self->answers, answer->item_id, answer);
  if (has_value (answer))
    self->n_answered++;
}

/* For a form listed without its answers: how many items have a value. */
void
opl_form_set_n_answered (OplForm *self,
                         guint    n_answered)
{
  g_return_if_fail (OPL_IS_FORM (self));

  g_hash_table_remove_all (self->answers);
  self->n_answered = n_answered;
  self->answers_loaded = FALSE;
}

/* Empties the answers before they are read in again. */
void
opl_form_clear_answers (OplForm *self)
{
  g_return_if_fail (OPL_IS_FORM (self));

  g_hash_table_remove_all (self->answers);
  self->n_answered = 0;
  self->answers_loaded = TRUE;
}

/* What another profile sees of a private form that is not shared: who, whom, which
 * moment; no answers, no state, no dates (design.md §7). */
void
opl_form_redact (OplForm *self)
{
  g_return_if_fail (OPL_IS_FORM (self));

  g_hash_table_remove_all (self->answers);
  self->n_answered = 0;
  self->redacted = TRUE;
  self->state = OPL_FORM_STATE_DRAFT;
  g_date_clear (&self->date, 1);
  g_date_clear (&self->finalized_on, 1);
  g_date_clear (&self->discussed_on, 1);
  g_clear_pointer (&self->changed_at, g_free);
  g_clear_pointer (&self->supersedes, g_free);
  g_clear_pointer (&self->superseded_by, g_free);
  self->version_number = 1;
}

const char *
opl_form_get_id (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->id;
}

/**
 * opl_form_get_definition:
 *
 * Returns: (transfer none): the definition the form is filled against (its own id
 *   and version, as the practice stored it)
 */
OplFormDefinition *
opl_form_get_definition (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->definition;
}

OplFormKind
opl_form_get_kind (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), OPL_FORM_KIND_COMBEL);

  return opl_form_definition_get_kind (self->definition);
}

const char *
opl_form_get_traject_id (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->traject_id;
}

const char *
opl_form_get_subject_id (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->subject_id;
}

const char *
opl_form_get_author_id (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->author_id;
}

OplFormRole
opl_form_get_author_role (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), OPL_FORM_ROLE_AIOS);

  return self->author_role;
}

/**
 * opl_form_get_moment_month:
 *
 * Returns: the training month of the schedule moment the form belongs to, or 0
 */
int
opl_form_get_moment_month (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), 0);

  return self->moment_month;
}

/**
 * opl_form_get_date:
 *
 * Returns: (nullable): the form's date (the day it is about), %NULL when redacted
 */
const GDate *
opl_form_get_date (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return g_date_valid (&self->date) ? &self->date : NULL;
}

/**
 * opl_form_get_state:
 *
 * Returns: the state; a redacted form reports %OPL_FORM_STATE_DRAFT (views show it as
 *   pending)
 */
OplFormState
opl_form_get_state (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), OPL_FORM_STATE_DRAFT);

  return self->state;
}

/**
 * opl_form_get_finalized_on:
 *
 * Returns: (nullable): the day its author signed it off
 */
const GDate *
opl_form_get_finalized_on (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return g_date_valid (&self->finalized_on) ? &self->finalized_on : NULL;
}

/**
 * opl_form_get_discussed_on:
 *
 * Returns: (nullable): the day it was discussed
 */
const GDate *
opl_form_get_discussed_on (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return g_date_valid (&self->discussed_on) ? &self->discussed_on : NULL;
}

/**
 * opl_form_is_final:
 *
 * Returns: whether the form is signed off (final or discussed), and so never changes
 */
gboolean
opl_form_is_final (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), FALSE);

  return self->state != OPL_FORM_STATE_DRAFT;
}

/**
 * opl_form_is_private:
 *
 * Returns: whether only its author sees it until it is shared: an aios's LEOh and
 *   ComBel self-assessment (design.md §7)
 */
gboolean
opl_form_is_private (OplForm *self)
{
  OplFormKind kind;

  g_return_val_if_fail (OPL_IS_FORM (self), FALSE);

  kind = opl_form_get_kind (self);
  return self->author_role == OPL_FORM_ROLE_AIOS &&
         (kind == OPL_FORM_KIND_COMBEL || kind == OPL_FORM_KIND_LEOH);
}

gboolean
opl_form_is_shared (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), FALSE);

  return self->shared;
}

/**
 * opl_form_is_redacted:
 *
 * Returns: %TRUE when the viewer may only know that the form is pending (a private
 *   form of someone else, not shared): it has no answers, state or dates
 */
gboolean
opl_form_is_redacted (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), FALSE);

  return self->redacted;
}

/**
 * opl_form_get_supersedes:
 *
 * Returns: (nullable): the id of the final form this one is a new version of
 */
const char *
opl_form_get_supersedes (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->supersedes;
}

/**
 * opl_form_get_superseded_by:
 *
 * Returns: (nullable): the id of the newer version of this form, if there is one
 */
const char *
opl_form_get_superseded_by (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->superseded_by;
}

/**
 * opl_form_get_version_number:
 *
 * Returns: 1 for a first version, 2 for the version that superseded it, ...
 */
int
opl_form_get_version_number (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), 1);

  return self->version_number;
}

/**
 * opl_form_get_changed_at:
 *
 * Returns: (nullable): when the form row last changed (UTC, ISO 8601); answers
 *   autosaved since do not move it
 */
const char *
opl_form_get_changed_at (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return self->changed_at;
}

/**
 * opl_form_get_answer:
 *
 * Returns: (nullable): the answer to @item_id, or %NULL when there is none (or the
 *   form was listed without its answers, or is redacted)
 */
const OplFormAnswer *
opl_form_get_answer (OplForm    *self,
                     const char *item_id)
{
  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  return item_id != NULL ? g_hash_table_lookup (self->answers, item_id) : NULL;
}

/**
 * opl_form_get_value:
 *
 * Returns: (nullable): the value answered to @item_id
 */
const char *
opl_form_get_value (OplForm    *self,
                    const char *item_id)
{
  const OplFormAnswer *answer = opl_form_get_answer (self, item_id);

  return answer != NULL ? answer->value : NULL;
}

/**
 * opl_form_get_note:
 *
 * Returns: the note on @item_id, "" when there is none
 */
const char *
opl_form_get_note (OplForm    *self,
                   const char *item_id)
{
  const OplFormAnswer *answer = opl_form_get_answer (self, item_id);

  return answer != NULL ? answer->note : "";
}

/**
 * opl_form_get_n_answered:
 *
 * Returns: how many items have a value
 */
guint
opl_form_get_n_answered (OplForm *self)
{
  g_return_val_if_fail (OPL_IS_FORM (self), 0);

  return self->n_answered;
}

static gboolean
is_required_for (OplForm              *self,
                 const OplFormSection *section,
                 const OplFormItem    *item)
{
  return item->required && opl_form_section_applies_to (section, self->author_role);
}

/**
 * opl_form_get_n_required:
 *
 * Returns: how many items the author must answer before signing off
 */
guint
opl_form_get_n_required (OplForm *self)
{
  guint n = 0;

  g_return_val_if_fail (OPL_IS_FORM (self), 0);

  for (guint s = 0; s < opl_form_definition_get_n_sections (self->definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (self->definition, s);

      for (guint i = 0; i < section->n_items; i++)
        n += is_required_for (self, section, &section->items[i]);
    }

  return n;
}

/**
 * opl_form_get_missing:
 *
 * Returns: (transfer container) (element-type OplFormItem): the required items of
 *   the author's sections that have no value yet, in the form's order
 */
GPtrArray *
opl_form_get_missing (OplForm *self)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  g_return_val_if_fail (OPL_IS_FORM (self), NULL);

  for (guint s = 0; s < opl_form_definition_get_n_sections (self->definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (self->definition, s);

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormItem *item = &section->items[i];

          if (is_required_for (self, section, item) && !has_value (opl_form_get_answer (self, item->id)))
            g_ptr_array_add (missing, (gpointer) item);
        }
    }

  return g_steal_pointer (&missing);
}

/**
 * opl_form_check_complete:
 *
 * Returns: %TRUE when every required item has a value; otherwise %FALSE with
 *   %OPL_FORM_ERROR_INCOMPLETE and a message that lists the missing items
 */
gboolean
opl_form_check_complete (OplForm  *self,
                         GError  **error)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GString) list = NULL;

  g_return_val_if_fail (OPL_IS_FORM (self), FALSE);

  if (!self->answers_loaded || self->redacted)
    {
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_FOUND,
                   _("The answers of this form are not loaded"));
      return FALSE;
    }

  missing = opl_form_get_missing (self);
  if (missing->len == 0)
    return TRUE;

  list = g_string_new (NULL);
  for (guint i = 0; i < missing->len; i++)
    {
      const OplFormItem *item = g_ptr_array_index (missing, i);

      if (i > 0)
        g_string_append (list, "; ");
      /* Translators: an item's text quoted in a list of missing items */
      g_string_append_printf (list, _("“%s”"), item->text);
    }

  g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INCOMPLETE,
               /* Translators: %u is a number of items, %s the list of their texts */
               g_dngettext (GETTEXT_PACKAGE,
                            "%u required item has no answer yet: %s",
                            "%u required items have no answer yet: %s", missing->len),
               missing->len, list->str);
  return FALSE;
}

const char *
opl_form_state_to_string (OplFormState state)
{
  g_return_val_if_fail (state <= OPL_FORM_STATE_DISCUSSED, NULL);

  return state_strings[state];
}

gboolean
opl_form_state_from_string (const char   *str,
                            OplFormState *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_strings); i++)
    {
      if (g_strcmp0 (state_strings[i], str) == 0)
        {
          *state = (OplFormState) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
opl_form_state_get_label (OplFormState state)
{
  switch (state)
    {
    case OPL_FORM_STATE_DRAFT:
      return _("Draft");
    case OPL_FORM_STATE_FINAL:
      return _("Final");
    case OPL_FORM_STATE_DISCUSSED:
      return _("Discussed");
    default:
      g_return_val_if_reached (NULL);
    }
}
