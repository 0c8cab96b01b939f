/* opl-store-institute.h: what the practice takes from its institute: the institute
 * profile it chose and the form definitions it offers besides the shipped ones.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both belong to the practice, not to a PC (design.md §1, §3, §4): they are kept in
 * the practice database, so every PC that opens it offers the same forms and counts
 * scholing by the same numbers.
 *
 * Form definitions:
 * - opl_store_get_form_registry(): the shipped definitions plus the ones the practice
 *   offers. The registry object lives as long as the store; its contents are read
 *   again from the database after each OplStore::changed (this process or another).
 *   Definitions it hands out live as long as the store too.
 * - opl_store_add_form_definition_file(): validates a definition file (a malformed
 *   one is refused with a message naming the file and the problem), stores its text
 *   in form_definition (one frozen text per id and version: another text under a
 *   known id and version is refused, %OPL_FORM_DEFINITION_ERROR_CONFLICT) and offers
 *   it for new forms. One transaction; nothing is written when anything fails.
 * - opl_store_remove_form_definition(): no longer offers it for new forms. Its text
 *   stays: forms filled with it keep rendering.
 * - opl_store_list_practice_definitions(): the offered ones, with the file they came
 *   from and who added them when.
 *
 * Institute profiles:
 * - practice.institute names a profile by id: one shipped with the app
 *   (opl_institute_new_for_id()) or one loaded from a file into the practice; of
 *   an id both have, the higher version counts (the stored one when equal).
 * - opl_store_add_institute_file(): validates a profile file, stores its text (one
 *   frozen text per id and version; a changed profile needs a higher version, and a
 *   lower version than the practice or the app has is refused,
 *   %OPL_INSTITUTE_ERROR_CONFLICT) and chooses it for the practice. One transaction.
 * - opl_store_set_institute(): chooses a shipped or stored profile by id.
 * - opl_store_load_institute(): the practice's profile (the default while there is no
 *   practice yet); read again after a change.
 * - opl_store_list_institutes(): every profile the practice can choose, by name.
 */

#pragma once

#include "opl-form-registry.h"
#include "opl-institute.h"
#include "opl-store.h"

G_BEGIN_DECLS

/**
 * OplPracticeDefinition:
 * @definition: the definition, as the practice stored it
 * @file_name: the name of the file it was loaded from
 * @added_at: when it was (last) added, an ISO 8601 UTC timestamp
 * @added_by: (nullable): the id of the profile that added it
 */
typedef struct
{
  OplFormDefinition *definition;
  char              *file_name;
  char              *added_at;
  char              *added_by;
} OplPracticeDefinition;

void               opl_practice_definition_free        (OplPracticeDefinition  *item);

OplFormRegistry   *opl_store_get_form_registry         (OplStore               *self);
OplFormDefinition *opl_store_add_form_definition_file  (OplStore               *self,
                                                        GFile                  *file,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_store_remove_form_definition    (OplStore               *self,
                                                        const char             *definition_id,
                                                        int                     version,
                                                        GError                **error);
GPtrArray         *opl_store_list_practice_definitions (OplStore               *self,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;

char              *opl_store_get_institute_id          (OplStore               *self,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean           opl_store_set_institute             (OplStore               *self,
                                                        const char             *institute_id,
                                                        GError                **error);
OplInstitute      *opl_store_load_institute            (OplStore               *self,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;
OplInstitute      *opl_store_add_institute_file        (OplStore               *self,
                                                        GFile                  *file,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray         *opl_store_list_institutes           (OplStore               *self,
                                                        GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplPracticeDefinition, opl_practice_definition_free)

G_END_DECLS
