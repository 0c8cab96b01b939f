/* opl-form.h: one filled (or being filled) form, with its answers.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An OplForm is what the store hands out: the form's facts, its definition (the exact
 * id and version it is filled against) and its answers. It is changed only through
 * the store (opl-store-forms.h), which keeps the object and the database in step;
 * read it with the getters below.
 *
 * States (issue 5): a draft is saved on every change; a final form is signed off by
 * its author with a date and never changes again (a new version supersedes it and
 * keeps it); a discussed form was talked through in a leergesprek or
 * voortgangsgesprek.
 *
 * Privacy (design.md §7): an aios's LEOh and ComBel self-assessment are private until
 * the aios shares them. Read by another profile, such a form is *redacted*: it says
 * who, whom and which moment, with no answers and no state, and views show it as
 * "pending".
 */

#pragma once

#include <glib-object.h>

#include "opl-form-definition.h"

G_BEGIN_DECLS

#define OPL_FORM_ERROR (opl_form_error_quark ())

/**
 * OplFormError:
 * @OPL_FORM_ERROR_INVALID: a value does not fit the item (not on its scale, out of range)
 * @OPL_FORM_ERROR_FINAL: the form is final; only a new version can change it
 * @OPL_FORM_ERROR_INCOMPLETE: required items have no answer; the message lists them
 * @OPL_FORM_ERROR_NOT_ALLOWED: this profile may not do this (only the author signs,
 *   shares or makes a new version; a private form is not shared yet)
 * @OPL_FORM_ERROR_EXISTS: the moment already has this form (open that one), or the
 *   form already has a newer version
 * @OPL_FORM_ERROR_NOT_FOUND: no such form, or a form needed for a comparison is missing
 */
typedef enum
{
  OPL_FORM_ERROR_INVALID,
  OPL_FORM_ERROR_FINAL,
  OPL_FORM_ERROR_INCOMPLETE,
  OPL_FORM_ERROR_NOT_ALLOWED,
  OPL_FORM_ERROR_EXISTS,
  OPL_FORM_ERROR_NOT_FOUND,
} OplFormError;

typedef enum
{
  OPL_FORM_STATE_DRAFT,
  OPL_FORM_STATE_FINAL,
  OPL_FORM_STATE_DISCUSSED,
} OplFormState;

/**
 * OplFormAnswer:
 * @item_id: the item of the definition
 * @value: (nullable): the answer: a scale option's value, a text, or a number as text
 * @note: the free note on the item; "" when there is none
 */
typedef struct
{
  char *item_id;
  char *value;
  char *note;
} OplFormAnswer;

#define OPL_TYPE_FORM (opl_form_get_type ())

G_DECLARE_FINAL_TYPE (OplForm, opl_form, OPL, FORM, GObject)

GQuark             opl_form_error_quark          (void);

const char        *opl_form_get_id               (OplForm      *self);
OplFormDefinition *opl_form_get_definition       (OplForm      *self);
OplFormKind        opl_form_get_kind             (OplForm      *self);
const char        *opl_form_get_traject_id       (OplForm      *self);
const char        *opl_form_get_subject_id       (OplForm      *self);
const char        *opl_form_get_author_id        (OplForm      *self);
OplFormRole        opl_form_get_author_role      (OplForm      *self);
int                opl_form_get_moment_month     (OplForm      *self);
const GDate       *opl_form_get_date             (OplForm      *self);
OplFormState       opl_form_get_state            (OplForm      *self);
const GDate       *opl_form_get_finalized_on     (OplForm      *self);
const GDate       *opl_form_get_discussed_on     (OplForm      *self);
gboolean           opl_form_is_final             (OplForm      *self);
gboolean           opl_form_is_private           (OplForm      *self);
gboolean           opl_form_is_shared            (OplForm      *self);
gboolean           opl_form_is_redacted          (OplForm      *self);
const char        *opl_form_get_supersedes       (OplForm      *self);
const char        *opl_form_get_superseded_by    (OplForm      *self);
int                opl_form_get_version_number   (OplForm      *self);
const char        *opl_form_get_changed_at       (OplForm      *self);

const OplFormAnswer *opl_form_get_answer         (OplForm      *self,
                                                  const char   *item_id);
const char        *opl_form_get_value            (OplForm      *self,
                                                  const char   *item_id);
const char        *opl_form_get_note             (OplForm      *self,
                                                  const char   *item_id);
guint              opl_form_get_n_answered       (OplForm      *self);
guint              opl_form_get_n_required       (OplForm      *self);
GPtrArray         *opl_form_get_missing          (OplForm      *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_form_check_complete       (OplForm      *self,
                                                  GError      **error);

const char        *opl_form_state_to_string      (OplFormState  state);
gboolean           opl_form_state_from_string    (const char   *str,
                                                  OplFormState *state);
const char        *opl_form_state_get_label      (OplFormState  state);

G_END_DECLS
