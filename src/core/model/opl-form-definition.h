/* opl-form-definition.h: a form (ComBel, LEOh, KPB, KVB, voortgangsadvies,
 * voortgangsrapportage diensten) as a versioned data file.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A definition is JSON (resources/data/forms/ *.json; the format is described in
 * docs/form-definitions.md). It is read once, validated completely, and then never
 * changes: every accessor returns borrowed, immutable data that lives as long as the
 * definition. The texts of a form (titles, items, scale labels) are Dutch data, not
 * gettext strings: the forms are Dutch documents.
 *
 * A filled form records the id and version it was filled against; the store keeps a
 * copy of the definition's JSON text per (id, version), so an old form always renders
 * with the items it was filled with (see opl-store-forms.h).
 */

#pragma once

#include <gio/gio.h>

#include "opl-enums.h"

G_BEGIN_DECLS

#define OPL_FORM_DEFINITION_ERROR (opl_form_definition_error_quark ())

/**
 * OplFormDefinitionError:
 * @OPL_FORM_DEFINITION_ERROR_INVALID: the file is not a valid definition; the message
 *   names the file and the problem (and where it is: section, item)
 * @OPL_FORM_DEFINITION_ERROR_READ: the file could not be read
 * @OPL_FORM_DEFINITION_ERROR_CONFLICT: another definition with the same id and
 *   version but a different text is known already (change the version)
 */
typedef enum
{
  OPL_FORM_DEFINITION_ERROR_INVALID,
  OPL_FORM_DEFINITION_ERROR_READ,
  OPL_FORM_DEFINITION_ERROR_CONFLICT,
} OplFormDefinitionError;

/**
 * OplFormKind:
 * What a form is for. Each kind has a standard definition id equal to
 * opl_form_kind_to_string() ("combel", "leoh", ...), shipped in the GResource.
 */
typedef enum
{
  OPL_FORM_KIND_COMBEL,
  OPL_FORM_KIND_LEOH,
  OPL_FORM_KIND_KPB,
  OPL_FORM_KIND_KVB,
  OPL_FORM_KIND_VOORTGANGSADVIES,
  OPL_FORM_KIND_DIENSTENRAPPORTAGE,
} OplFormKind;

#define OPL_N_FORM_KINDS (OPL_FORM_KIND_DIENSTENRAPPORTAGE + 1)

/**
 * OplFormRole:
 * Who fills in a form. Hoofd-, duo- and plaatsvervangend opleiders all fill as
 * %OPL_FORM_ROLE_OPLEIDER. The docent is institute staff without a profile: a docent's
 * form is typed in by a profile of the practice, who is then its author.
 */
typedef enum
{
  OPL_FORM_ROLE_AIOS,
  OPL_FORM_ROLE_OPLEIDER,
  OPL_FORM_ROLE_DOCENT,
} OplFormRole;

#define OPL_N_FORM_ROLES (OPL_FORM_ROLE_DOCENT + 1)

/**
 * OplFormSubject:
 * @OPL_FORM_SUBJECT_AIOS: the form is about the traject's aios (ComBel, voortgangsadvies)
 * @OPL_FORM_SUBJECT_OPLEIDER: about one opleider of the traject (the aios's LEOh)
 * @OPL_FORM_SUBJECT_SELF: about its author (the opleider's LEOh self-evaluation)
 */
typedef enum
{
  OPL_FORM_SUBJECT_AIOS,
  OPL_FORM_SUBJECT_OPLEIDER,
  OPL_FORM_SUBJECT_SELF,
} OplFormSubject;

/**
 * OplFormItemType:
 * @OPL_FORM_ITEM_SCALE: one option of the item's scale (its `value` is stored)
 * @OPL_FORM_ITEM_TEXT: free text
 * @OPL_FORM_ITEM_NUMBER: a whole number between the item's min and max
 */
typedef enum
{
  OPL_FORM_ITEM_SCALE,
  OPL_FORM_ITEM_TEXT,
  OPL_FORM_ITEM_NUMBER,
} OplFormItemType;

/**
 * OplFormScaleOption:
 * @value: what is stored ("voldoende")
 * @label: what is shown ("Voldoende")
 * @rank: the option's place on the scale, from 1 (lowest); 0 for an option off the
 *   scale ("n.v.t.", "niet te beoordelen"), which is never compared by rank
 */
typedef struct
{
  char *value;
  char *label;
  int   rank;
} OplFormScaleOption;

typedef struct
{
  char               *id;
  char               *title;
  guint               n_options;
  OplFormScaleOption *options;
} OplFormScale;

/**
 * OplFormItem:
 * @id: unique in the whole definition; answers are stored under it
 * @text: the item as it is shown (Dutch)
 * @help: (nullable): a longer explanation
 * @required: whether finalizing needs a value (scale items default to %TRUE,
 *   text and number items to %FALSE)
 * @scale: (nullable): the scale of a %OPL_FORM_ITEM_SCALE item
 * @min: the smallest value of a %OPL_FORM_ITEM_NUMBER item
 * @max: the largest value of a %OPL_FORM_ITEM_NUMBER item
 *
 * Every item also takes a free note, whatever its type.
 */
typedef struct
{
  char               *id;
  OplFormItemType     type;
  char               *text;
  char               *help;
  gboolean            required;
  const OplFormScale *scale;
  int                 min;
  int                 max;
} OplFormItem;

/**
 * OplFormSection:
 * @competentiegebied: (nullable): the competentiegebied the section assesses (one of
 *   opl_competentiegebied_get_ids())
 * @roles: the roles that fill this section, as bits (1 << #OplFormRole); every
 *   filler of the form when 0. Use opl_form_section_applies_to().
 */
typedef struct
{
  char        *id;
  char        *title;
  char        *help;
  char        *competentiegebied;
  guint        roles;
  guint        n_items;
  OplFormItem *items;
} OplFormSection;

/**
 * OplFormFiller:
 * @role: who fills the form
 * @subject: whom that role's form is about
 * @label: (nullable): how the form is called when this role fills it ("Zelfbeoordeling")
 */
typedef struct
{
  OplFormRole     role;
  OplFormSubject  subject;
  char           *label;
} OplFormFiller;

#define OPL_TYPE_FORM_DEFINITION (opl_form_definition_get_type ())

G_DECLARE_FINAL_TYPE (OplFormDefinition, opl_form_definition, OPL, FORM_DEFINITION, GObject)

GQuark                opl_form_definition_error_quark   (void);

OplFormDefinition    *opl_form_definition_new_from_data (const char          *name,
                                                         const char          *data,
                                                         gssize               length,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
OplFormDefinition    *opl_form_definition_new_from_file (const char          *path,
                                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
OplFormDefinition    *opl_form_definition_new_from_resource (const char      *resource_path,
                                                             GError         **error) G_GNUC_WARN_UNUSED_RESULT;

const char           *opl_form_definition_get_id        (OplFormDefinition   *self);
int                   opl_form_definition_get_version   (OplFormDefinition   *self);
OplFormKind           opl_form_definition_get_kind      (OplFormDefinition   *self);
const char           *opl_form_definition_get_title     (OplFormDefinition   *self);
const char           *opl_form_definition_get_description (OplFormDefinition *self);
const char           *opl_form_definition_get_source    (OplFormDefinition   *self);
gboolean              opl_form_definition_is_official   (OplFormDefinition   *self);
const char           *opl_form_definition_get_name      (OplFormDefinition   *self);
const char           *opl_form_definition_get_json      (OplFormDefinition   *self);
const char           *opl_form_definition_get_checksum  (OplFormDefinition   *self);

guint                 opl_form_definition_get_n_fillers (OplFormDefinition   *self);
const OplFormFiller  *opl_form_definition_get_filler    (OplFormDefinition   *self,
                                                         guint                index);
const OplFormFiller  *opl_form_definition_lookup_filler (OplFormDefinition   *self,
                                                         OplFormRole          role);
const char           *opl_form_filler_get_label          (OplFormDefinition   *definition,
                                                         OplFormKind          kind,
                                                         OplFormRole          role);

guint                 opl_form_definition_get_n_scales  (OplFormDefinition   *self);
const OplFormScale   *opl_form_definition_get_scale     (OplFormDefinition   *self,
                                                         guint                index);
const OplFormScale   *opl_form_definition_lookup_scale  (OplFormDefinition   *self,
                                                         const char          *scale_id);

guint                 opl_form_definition_get_n_sections (OplFormDefinition  *self);
const OplFormSection *opl_form_definition_get_section   (OplFormDefinition   *self,
                                                         guint                index);
guint                 opl_form_definition_get_n_items   (OplFormDefinition   *self);
const OplFormItem    *opl_form_definition_lookup_item   (OplFormDefinition   *self,
                                                         const char          *item_id,
                                                         const OplFormSection **section);

gboolean              opl_form_definition_check_value   (OplFormDefinition   *self,
                                                         const char          *item_id,
                                                         const char          *value,
                                                         GError             **error);

gboolean              opl_form_section_applies_to       (const OplFormSection *section,
                                                         OplFormRole          role);
const OplFormScaleOption *opl_form_scale_lookup_option  (const OplFormScale  *scale,
                                                         const char          *value);

const char           *opl_form_kind_to_string           (OplFormKind          kind);
gboolean              opl_form_kind_from_string         (const char          *str,
                                                         OplFormKind         *kind);
const char           *opl_form_kind_get_label           (OplFormKind          kind);
gboolean              opl_form_kind_is_entry            (OplFormKind          kind);

const char           *opl_form_role_to_string           (OplFormRole          role);
gboolean              opl_form_role_from_string         (const char          *str,
                                                         OplFormRole         *role);
const char           *opl_form_role_get_label           (OplFormRole          role);
gboolean              opl_form_role_for_person          (OplRole              person_role,
                                                         OplFormRole         *role);

const char           *opl_form_subject_to_string        (OplFormSubject       subject);

const char * const   *opl_competentiegebied_get_ids     (void);
const char           *opl_competentiegebied_get_label   (const char          *id);

G_END_DECLS
