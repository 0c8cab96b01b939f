/* opl-store-private.h: what the store's files share.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-database-private.h"
#include "opl-form.h"
#include "opl-form-definition.h"
#include "opl-logbook.h"
#include "opl-scholing-history.h"
#include "opl-seal.h"
#include "opl-store.h"
#include "opl-store-forms.h"

G_BEGIN_DECLS

void     opl_store_bind_audit    (OplStore      *self,
                                  sqlite3_stmt  *stmt,
                                  int            first,
                                  const char    *now);
gboolean opl_store_finish_action (OplStore      *self,
                                  gboolean       ok,
                                  GError       **error);
gboolean opl_store_finish_quiet_action (OplStore *self,
                                        gboolean  ok,
                                        GError  **error);
const OplSealKey *opl_store_get_key (OplStore   *self,
                                     const char *person_id);
gboolean opl_store_delete_by_id (OplStore      *self,
                                 const char    *sql,
                                 const char    *id,
                                 const char    *what,
                                 GError       **error);
gboolean opl_store_changed_one  (OplStore      *self,
                                  const char    *what,
                                  GError       **error);
GHashTable *opl_store_get_definition_cache (OplStore *self);
char       *opl_store_uuid_for_key (const char *key) G_GNUC_WARN_UNUSED_RESULT;

/* opl-store-institute.c: the practice's form registry and institute profile, kept
 * until the next OplStore::changed. */
typedef struct _OplInstituteCache OplInstituteCache;

OplInstituteCache *opl_institute_cache_new        (void);
void               opl_institute_cache_free       (OplInstituteCache *cache);
void               opl_institute_cache_invalidate (OplInstituteCache *cache);
OplInstituteCache *opl_store_get_institute_cache  (OplStore          *self);

/* opl-store-forms.c: stores @definition's text unless the practice has it already
 * (refusing another text under the same id and version), and reads one back. */
gboolean opl_store_ensure_definition (OplStore           *self,
                                      OplFormDefinition  *definition,
                                      const char         *now,
                                      GError            **error);

/* The history a practice setup brings (the demo), inside create_practice's transaction. */
gboolean opl_store_insert_setup_form   (OplStore           *self,
                                        OplForm            *form,
                                        const char         *now,
                                        GError            **error);
gboolean opl_store_insert_setup_kpb    (OplStore           *self,
                                        OplFormDefinition  *definition,
                                        const OplKpbEntry  *entry,
                                        const char         *now,
                                        GError            **error);
gboolean opl_store_insert_setup_dienst (OplStore           *self,
                                        const OplDienst    *dienst,
                                        const char         *now,
                                        GError            **error);

gboolean opl_store_update_bekwaamheidsverklaring (OplStore     *self,
                                                  const char   *traject_id,
                                                  const GDate  *declared_on,
                                                  const char   *now,
                                                  GError      **error);

/* opl-store-forms.c: what the forms' files share (opl-store-moment-forms.c). */
gboolean   opl_store_form_error           (GError            **error,
                                           OplFormError        code,
                                           const char         *message);
GPtrArray *opl_store_query_forms          (OplStore           *self,
                                           const OplFormQuery *query,
                                           GError            **error);
gboolean   opl_store_may_see_form         (OplStore           *self,
                                           OplForm            *form,
                                           const char         *viewer_id);
gboolean   opl_store_moment_kind_for_form (OplFormKind         kind,
                                           OplMomentKind      *moment_kind);

/* opl-store-privacy.c: the sealed private drafts, inside the caller's transaction. */
gboolean opl_store_form_needs_seal     (OplStore    *self,
                                        OplForm     *form);
gboolean opl_store_form_is_sealed      (OplStore    *self,
                                        const char  *form_id);
gboolean opl_store_load_sealed_answers (OplStore    *self,
                                        OplForm     *form,
                                        GError     **error);
gboolean opl_store_seal_answer         (OplStore    *self,
                                        OplForm     *form,
                                        const char  *item_id,
                                        const char  *value,
                                        const char  *note,
                                        const char  *now,
                                        GError     **error);
gboolean opl_store_seal_if_private     (OplStore    *self,
                                        OplForm     *form,
                                        const char  *now,
                                        GError     **error);
gboolean opl_store_unseal_form         (OplStore    *self,
                                        OplForm     *form,
                                        const char  *now,
                                        GError     **error);

/* opl-store-forms.c: adds "kind:month" to @done for each moment of @traject whose
 * forms are all done (see opl-store-forms.h). */
gboolean opl_store_add_form_moments_done (OplStore     *self,
                                          OplTraject   *traject,
                                          GHashTable   *done,
                                          GError      **error);
char    *opl_store_new_id        (OplStore      *self) G_GNUC_WARN_UNUSED_RESULT;
void     opl_store_set_unsaved_error (OplStore    *self,
                                      const char  *sql,
                                      const char  *id,
                                      const char  *gone,
                                      const char  *changed_by,
                                      const char  *changed,
                                      GError     **error);
gboolean opl_store_insert_leave  (OplStore        *self,
                                  OplTraject      *traject,
                                  const OplLeave  *leave,
                                  const char      *now,
                                  GError         **error);

gboolean opl_store_insert_practice    (OplStore            *self,
                                       const char          *id,
                                       const char          *name,
                                       const char          *now,
                                       GError             **error);
gboolean opl_store_insert_person      (OplStore            *self,
                                       OplPerson           *person,
                                       const char          *now,
                                       GError             **error);
gboolean opl_store_insert_traject     (OplStore            *self,
                                       OplTraject          *traject,
                                       const char          *now,
                                       GError             **error);
gboolean opl_store_insert_tick        (OplStore            *self,
                                       const OplSetupTick  *tick,
                                       const char          *now,
                                       GError             **error);
gboolean opl_store_insert_moment_done (OplStore            *self,
                                       const char          *traject_id,
                                       OplMomentKind        kind,
                                       int                  month,
                                       const GDate         *done_on,
                                       const char          *now,
                                       GError             **error);

gboolean opl_store_insert_slot        (OplStore        *self,
                                       const OplSlot   *slot,
                                       const char      *now,
                                       GError         **error);
gboolean opl_store_insert_leergesprek (OplStore        *self,
                                       OplLeergesprek  *leergesprek,
                                       const char      *now,
                                       GError         **error);

/* opl-store-scholing.c: the opleiders' scholing history a practice setup brings. */
gboolean opl_store_insert_scholing_history (OplStore           *self,
                                            OplScholingHistory *history,
                                            const char         *now,
                                            GError            **error);

gboolean opl_store_insert_closure     (OplStore          *self,
                                       const OplClosure  *closure,
                                       const char        *reason,
                                       const char        *now,
                                       GError           **error);

G_END_DECLS
