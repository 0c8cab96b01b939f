/* opl-store-forms.h: the store's part for forms, KPB/KVB and diensten (issue 5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every function that writes is one transaction: it commits whole or changes nothing
 * and sets @error. Functions that take an OplForm update that object too when they
 * succeed, so a view can keep showing it.
 *
 * Who may do what (the rules live here and in the schema's triggers, not in widgets):
 * - only the author edits a draft (when the store has an actor set, it must be the
 *   author), signs it off (opl_store_finalize_form()), shares it, discards it or
 *   starts its new version;
 * - a final or discussed form never changes, except becoming discussed and being
 *   shared; the database refuses any other UPDATE (trigger form_final_frozen) and any
 *   change to its answers;
 * - an aios's LEOh and ComBel self-assessment are private until shared: every read
 *   takes the viewing profile (@viewer_id) and gives others a redacted form.
 *
 * Moments: a form of a schedule moment names its training month. The schedule's
 * moment is done (opl_store_get_schedule()) when it was marked done by hand, or when
 * every form it expects is final (a private one also shared): ComBel: the aios's
 * self-assessment and an opleider's assessment; LEOh: one by the aios about each
 * opleider of the traject; voortgangsadvies and voortgangsrapportage diensten: an
 * opleider's. The voortgangsgesprek has no form and is only marked done by hand.
 */

#pragma once

#include "opl-form.h"
#include "opl-form-compare.h"
#include "opl-logbook.h"
#include "opl-store.h"

G_BEGIN_DECLS

/**
 * OplFormQuery:
 * @traject_id: (nullable): only this traject's forms
 * @kind: only this kind, or -1 for all
 * @moment_month: only this training month; 0 for any (forms without a moment too)
 * @author_id: (nullable): only this author's forms
 * @subject_id: (nullable): only forms about this person
 * @include_superseded: also the older versions of forms that have a newer one
 * @with_answers: load the answers too (a list view needs only the counts)
 */
typedef struct
{
  const char *traject_id;
  int         kind;
  int         moment_month;
  const char *author_id;
  const char *subject_id;
  gboolean    include_superseded;
  gboolean    with_answers;
} OplFormQuery;

#define OPL_FORM_QUERY_INIT { NULL, -1, 0, NULL, NULL, FALSE, FALSE }

/**
 * OplFormSlot:
 * A form a schedule moment expects (see opl_store_get_moment_forms()).
 * @kind: the form kind
 * @author_role: who fills it
 * @author_id: (nullable): who must fill it; %NULL when any opleider of the traject may
 * @subject_id: whom it is about
 * @form: (nullable): the newest version of the form as @viewer_id may see it, or
 *   %NULL while nobody started it
 * @done: whether it counts as done (final; a private form also shared)
 */
typedef struct
{
  OplFormKind  kind;
  OplFormRole  author_role;
  char        *author_id;
  char        *subject_id;
  OplForm     *form;
  gboolean     done;
} OplFormSlot;

void       opl_form_slot_clear              (OplFormSlot        *slot);

/* Definitions as the practice keeps them: the copy stored with the first form filled
 * against (@definition_id, @version). Returns (transfer full), or %NULL with @error. */
OplFormDefinition *opl_store_get_form_definition (OplStore       *self,
                                                  const char     *definition_id,
                                                  int             version,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;

/* Forms.
 *
 * opl_store_create_form_draft(): a new draft, pre-filled with the traject, author,
 *   subject, moment (training month, 0 for none) and date. Refused when the
 *   definition has no filler for @author_role, the author or subject does not fit
 *   (an aios fills only their own traject's forms; a LEOh is about an opleider), the
 *   month is not a moment of that kind in the traject's schedule, or the moment has
 *   that form already (%OPL_FORM_ERROR_EXISTS). Stores the definition's text the first
 *   time it is used; a definition with the same id and version but another text is
 *   refused (%OPL_FORM_DEFINITION_ERROR_CONFLICT).
 * opl_store_set_form_answer(): autosave of one item: its value (%NULL clears it) and
 *   its note (%NULL is ""); one statement. Checks the value against the item. Does not
 *   emit OplStore::changed (it would redraw every view on each keystroke); other
 *   processes see it at their next poll. The answer is saved only if its stored
 *   version is still the one @form holds (as read, or as this form last saved it):
 *   another PC's change to that item is refused with %OPL_DATABASE_ERROR_CHANGED and
 *   nothing is written; other items may change meanwhile.
 * opl_store_overwrite_form_answer(): the same autosave over the other PC's answer
 *   (“Save Mine”), in one transaction.
 * opl_store_finalize_form(): signs the draft off: only its author (@signer_id), on
 *   @date (not before the form's date), and only when every required item of the
 *   author's sections is answered (%OPL_FORM_ERROR_INCOMPLETE lists the missing ones).
 * opl_store_mark_form_discussed(): a final form was discussed on @date. A private form
 *   must be shared first.
 * opl_store_share_form(): the author (@by_id) shares a private form; it cannot be
 *   unshared.
 * opl_store_new_form_version(): a new draft by the author of a final form, with its
 *   answers, against the same definition version, that supersedes it; the old form
 *   stays as it was. A form has at most one newer version.
 * opl_store_discard_form_draft(): the author deletes a draft (never a final form).
 * opl_store_list_forms(): forms by @query, newest moment first, as @viewer_id may see
 *   them. (transfer full) (element-type OplForm)
 * opl_store_load_form(): one form with its answers, as @viewer_id may see it.
 * opl_store_get_moment_forms(): the forms a schedule moment expects (element-type
 *   OplFormSlot), e.g. one LEOh per opleider of a duo; @viewer_id decides redaction.
 */
OplForm   *opl_store_create_form_draft      (OplStore           *self,
                                             OplFormDefinition  *definition,
                                             OplTraject         *traject,
                                             const char         *author_id,
                                             OplFormRole         author_role,
                                             const char         *subject_id,
                                             int                 moment_month,
                                             const GDate        *date,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   opl_store_set_form_answer        (OplStore           *self,
                                             OplForm            *form,
                                             const char         *item_id,
                                             const char         *value,
                                             const char         *note,
                                             GError            **error);
gboolean   opl_store_overwrite_form_answer  (OplStore           *self,
                                             OplForm            *form,
                                             const char         *item_id,
                                             const char         *value,
                                             const char         *note,
                                             GError            **error);
gboolean   opl_store_finalize_form          (OplStore           *self,
                                             OplForm            *form,
                                             const char         *signer_id,
                                             const GDate        *date,
                                             GError            **error);
gboolean   opl_store_mark_form_discussed    (OplStore           *self,
                                             OplForm            *form,
                                             const GDate        *date,
                                             GError            **error);
gboolean   opl_store_share_form             (OplStore           *self,
                                             OplForm            *form,
                                             const char         *by_id,
                                             GError            **error);
OplForm   *opl_store_new_form_version       (OplStore           *self,
                                             OplForm            *form,
                                             const char         *by_id,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   opl_store_discard_form_draft     (OplStore           *self,
                                             OplForm            *form,
                                             const char         *by_id,
                                             GError            **error);

GPtrArray *opl_store_list_forms             (OplStore           *self,
                                             const OplFormQuery *query,
                                             const char         *viewer_id,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;
OplForm   *opl_store_load_form              (OplStore           *self,
                                             const char         *form_id,
                                             const char         *viewer_id,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;
GArray    *opl_store_get_moment_forms       (OplStore           *self,
                                             OplTraject         *traject,
                                             OplFormKind         kind,
                                             int                 moment_month,
                                             const char         *viewer_id,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;

/* The ComBel side by side and the aios's growth.
 *
 * opl_store_compare_combel(): the aios's self-assessment (left) and the opleider's
 *   assessment (right) of the moment, item by item (element-type OplCompareRow), once
 *   both are final (the newest final version of each); %OPL_FORM_ERROR_NOT_FOUND when
 *   one is missing or not final, %OPL_FORM_ERROR_NOT_ALLOWED when @viewer_id may not
 *   see the self-assessment. The two forms are returned (transfer full) because the
 *   rows borrow from them.
 * opl_store_list_combel_series(): the final ComBels of @author_role in the traject, one
 *   per moment (3, 6, 9), oldest first, for opl_form_growth(); redacted forms left out.
 */
GArray    *opl_store_compare_combel         (OplStore           *self,
                                             OplTraject         *traject,
                                             int                 moment_month,
                                             const char         *viewer_id,
                                             OplForm           **self_assessment,
                                             OplForm           **assessment,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *opl_store_list_combel_series     (OplStore           *self,
                                             OplTraject         *traject,
                                             OplFormRole         author_role,
                                             const char         *viewer_id,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;

/* KPB/KVB quick entry.
 *
 * opl_store_save_kpb(): inserts @entry (a %NULL id: the id is set) or updates it.
 *   @definition is the KPB or KVB definition to fill against (it sets the entry's
 *   kind and definition fields, and is stored like a form's); %NULL keeps the stored
 *   definition @entry names (an edit). Checks that the date lies in the traject, the
 *   topic is given, and the competentiegebied and score are on the definition's
 *   scales. One transaction. An update is refused with %OPL_DATABASE_ERROR_CHANGED,
 *   writing nothing, when the row changed since @entry was read (its changed_at).
 * opl_store_overwrite_kpb(): the same save over a version changed elsewhere (“Save
 *   Mine”), in one transaction.
 * opl_store_get_kpb(): one entry as it is stored now.
 * opl_store_list_kpb(): the traject's entries by date (element-type OplKpbEntry).
 * opl_store_get_kpb_pace(): the count against %OPL_KPB_PER_YEAR, pro rata by @today.
 */
gboolean   opl_store_save_kpb               (OplStore           *self,
                                             OplFormDefinition  *definition,
                                             OplKpbEntry        *entry,
                                             GError            **error);
gboolean   opl_store_overwrite_kpb          (OplStore           *self,
                                             OplFormDefinition  *definition,
                                             OplKpbEntry        *entry,
                                             GError            **error);
gboolean   opl_store_get_kpb                (OplStore           *self,
                                             const char         *entry_id,
                                             OplKpbEntry        *entry,
                                             GError            **error);
gboolean   opl_store_delete_kpb             (OplStore           *self,
                                             const char         *entry_id,
                                             GError            **error);
GArray    *opl_store_list_kpb               (OplStore           *self,
                                             const char         *traject_id,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   opl_store_get_kpb_pace           (OplStore           *self,
                                             OplTraject         *traject,
                                             const GDate        *today,
                                             OplPace            *pace,
                                             GError            **error);

/* Diensten.
 *
 * opl_store_save_dienst(), opl_store_overwrite_dienst(), opl_store_get_dienst(),
 *   opl_store_delete_dienst(), opl_store_list_diensten(): as for KPB. A dienst at a distance before the bekwaamheidsverklaring is stored, and
 *   opl_store_get_supervision() warns about it.
 * opl_store_get_diensten_pace(): the diensten that count (opl_dienst_counts_towards_year())
 *   against %OPL_DIENSTEN_PER_YEAR.
 * opl_store_set_bekwaamheidsverklaring(): the day the aios was declared competent for
 *   supervision at a distance (fase II only; %NULL clears it).
 * opl_store_get_bekwaamheidsverklaring(): that day, or a cleared date.
 * opl_store_get_supervision(): opl_supervision_check() over the traject's diensten.
 */
gboolean   opl_store_save_dienst            (OplStore           *self,
                                             OplDienst          *dienst,
                                             GError            **error);
gboolean   opl_store_overwrite_dienst       (OplStore           *self,
                                             OplDienst          *dienst,
                                             GError            **error);
gboolean   opl_store_get_dienst             (OplStore           *self,
                                             const char         *dienst_id,
                                             OplDienst          *dienst,
                                             GError            **error);
gboolean   opl_store_delete_dienst          (OplStore           *self,
                                             const char         *dienst_id,
                                             GError            **error);
GArray    *opl_store_list_diensten          (OplStore           *self,
                                             const char         *traject_id,
                                             GError            **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   opl_store_get_diensten_pace      (OplStore           *self,
                                             OplTraject         *traject,
                                             const GDate        *today,
                                             OplPace            *pace,
                                             GError            **error);
gboolean   opl_store_set_bekwaamheidsverklaring (OplStore       *self,
                                                 const char     *traject_id,
                                                 const GDate    *declared_on,
                                                 GError        **error);
gboolean   opl_store_get_bekwaamheidsverklaring (OplStore       *self,
                                                 const char     *traject_id,
                                                 GDate          *declared_on,
                                                 GError        **error);
gboolean   opl_store_get_supervision        (OplStore           *self,
                                             OplTraject         *traject,
                                             OplSupervision     *supervision,
                                             GError            **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplFormSlot, opl_form_slot_clear)

G_END_DECLS
