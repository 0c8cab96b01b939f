/* opl-store-institute.c: the practice's institute profile and the form definitions
 * it offers (see opl-store-institute.h).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file is read and validated completely before the transaction starts; what it
 * must not clash with (the app's own texts, the practice's stored ones) is checked
 * inside the transaction, so that two PCs loading at once cannot both pass.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-form.h"
#include "opl-store-forms.h"
#include "opl-store-institute.h"
#include "opl-store-private.h"

struct _OplInstituteCache
{
  /* The definitions shipped in the GResource, read once. */
  OplFormRegistry *shipped;
  /* Shipped plus offered: one object for the store's life, filled again when stale. */
  OplFormRegistry *registry;
  gboolean         registry_stale;
  /* The practice's profile; %NULL until it is asked for after a change. */
  OplInstitute    *institute;
};

OplInstituteCache *
opl_institute_cache_new (void)
{
  OplInstituteCache *cache = g_new0 (OplInstituteCache, 1);

  cache->registry = opl_form_registry_new ();
  cache->registry_stale = TRUE;
  return cache;
}

void
opl_institute_cache_free (OplInstituteCache *cache)
{
  g_clear_object (&cache->shipped);
  g_clear_object (&cache->registry);
  g_clear_object (&cache->institute);
  g_free (cache);
}

void
opl_institute_cache_invalidate (OplInstituteCache *cache)
{
  cache->registry_stale = TRUE;
  g_clear_object (&cache->institute);
}

void
opl_practice_definition_free (OplPracticeDefinition *item)
{
  g_clear_object (&item->definition);
  g_clear_pointer (&item->file_name, g_free);
  g_clear_pointer (&item->added_at, g_free);
  g_clear_pointer (&item->added_by, g_free);
  g_free (item);
}

/* ---- Form definitions ----------------------------------------------------------- */

static OplFormRegistry *
get_shipped (OplInstituteCache *cache)
{
  g_autoptr(GError) error = NULL;

  if (cache->shipped != NULL)
    return cache->shipped;

  cache->shipped = opl_form_registry_new_default (&error);
  if (cache->shipped == NULL)
    {
      /* The shipped files are checked by the tests; this would be a broken build. */
      g_critical ("The shipped form definitions are invalid: %s", error->message);
      cache->shipped = opl_form_registry_new ();
    }

  return cache->shipped;
}

/**
 * opl_store_list_practice_definitions:
 *
 * Returns: (transfer full) (element-type OplPracticeDefinition): the definitions the
 *   practice offers besides the shipped ones, in the order they were added
 */
GPtrArray *
opl_store_list_practice_definitions (OplStore  *self,
                                     GError   **error)
{
  OplDatabase *database;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_practice_definition_free);
  g_autoptr(GArray) versions = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database,
                               "SELECT definition_id, version, file_name, changed_at, changed_by"
                               " FROM practice_form_definition WHERE removed_at IS NULL"
                               " ORDER BY created_at, definition_id, version",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      OplPracticeDefinition *item = g_new0 (OplPracticeDefinition, 1);
      int version = sqlite3_column_int (stmt, 1);

      item->file_name = g_strdup (opl_column_text (stmt, 2));
      item->added_at = g_strdup (opl_column_text (stmt, 3));
      item->added_by = g_strdup (opl_column_text (stmt, 4));
      g_ptr_array_add (items, item);
      g_ptr_array_add (ids, g_strdup (opl_column_text (stmt, 0)));
      g_array_append_val (versions, version);
    }
  if (!ok)
    return NULL;
  g_clear_pointer (&stmt, opl_database_release);

  /* The texts come from form_definition, read once per store (opl-store-forms.c). */
  for (guint i = 0; i < items->len; i++)
    {
      OplPracticeDefinition *item = g_ptr_array_index (items, i);

      item->definition = opl_store_get_form_definition (self, g_ptr_array_index (ids, i),
                                                        g_array_index (versions, int, i), error);
      if (item->definition == NULL)
        return NULL;
    }

  return g_steal_pointer (&items);
}

static gboolean
fill_registry (OplStore           *self,
               OplInstituteCache  *cache,
               GError            **error)
{
  g_autoptr(GPtrArray) offered = opl_store_list_practice_definitions (self, error);
  g_autoptr(GPtrArray) shipped = NULL;

  if (offered == NULL)
    return FALSE;

  shipped = opl_form_registry_list (get_shipped (cache), -1);
  opl_form_registry_remove_all (cache->registry);
  for (guint i = 0; i < shipped->len; i++)
    {
      if (!opl_form_registry_add (cache->registry, g_ptr_array_index (shipped, i), error))
        return FALSE;
    }

  for (guint i = 0; i < offered->len; i++)
    {
      OplPracticeDefinition *item = g_ptr_array_index (offered, i);
      g_autoptr(GError) conflict = NULL;

      /* Refused when it was added; only a newer app with a changed text of its own
       * under the same version could clash. The app's text wins. */
      if (!opl_form_registry_add (cache->registry, item->definition, &conflict))
        g_warning ("Not offering the practice’s form definition: %s", conflict->message);
    }

  return TRUE;
}

/**
 * opl_store_get_form_registry:
 *
 * The definitions new forms are filled against: the shipped ones and the ones the
 * practice offers. Read again from the database after each OplStore::changed; when
 * that fails, the registry keeps what it held, with a warning in the log.
 *
 * Returns: (transfer none): the practice's registry, as long as the store lives
 */
OplFormRegistry *
opl_store_get_form_registry (OplStore *self)
{
  OplInstituteCache *cache;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  cache = opl_store_get_institute_cache (self);
  if (cache->registry_stale)
    {
      if (fill_registry (self, cache, &error))
        cache->registry_stale = FALSE;
      else
        g_warning ("Could not read the practice’s form definitions: %s", error->message);
    }

  return cache->registry;
}

/* The app's own definition under the same id and version is never replaced. */
static gboolean
check_shipped_definition (OplStore           *self,
                          OplFormDefinition  *definition,
                          GError            **error)
{
  OplFormRegistry *shipped = get_shipped (opl_store_get_institute_cache (self));
  OplFormDefinition *known = opl_form_registry_lookup (shipped, opl_form_definition_get_id (definition),
                                                       opl_form_definition_get_version (definition));

  if (known == NULL)
    return TRUE;

  if (g_str_equal (opl_form_definition_get_checksum (known), opl_form_definition_get_checksum (definition)))
    g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_CONFLICT,
                 /* Translators: the first %s is a file name, the second a form id, %d its version */
                 _("The form definition “%s” is “%s” version %d, which comes with the app already; "
                   "an institute’s own definition needs a higher version or another id"),
                 opl_form_definition_get_name (definition), opl_form_definition_get_id (definition),
                 opl_form_definition_get_version (definition));
  else
    g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_CONFLICT,
                 /* Translators: the first %s is a file name, the second a form id, %d its version */
                 _("The form definition “%s” gives “%s” version %d another text than the one that comes "
                   "with the app; a changed definition needs a higher version"),
                 opl_form_definition_get_name (definition), opl_form_definition_get_id (definition),
                 opl_form_definition_get_version (definition));
  return FALSE;
}

/* Offers a stored definition: a new row, or the old one again after a removal. */
static gboolean
offer_definition (OplStore           *self,
                  OplFormDefinition  *definition,
                  const char         *file_name,
                  const char         *now,
                  GError            **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *key = NULL;

  update = opl_database_prepare (database,
                                 "UPDATE practice_form_definition SET removed_at = NULL, removed_by = NULL,"
                                 " file_name = ?, changed_at = ?, changed_by = ?"
                                 " WHERE definition_id = ? AND version = ?",
                                 error);
  if (update == NULL)
    return FALSE;

  opl_bind_text (update, 1, file_name);
  opl_bind_text (update, 2, now);
  opl_bind_text (update, 3, opl_store_get_actor (self));
  opl_bind_text (update, 4, opl_form_definition_get_id (definition));
  sqlite3_bind_int (update, 5, opl_form_definition_get_version (definition));
  if (!opl_database_step_done (database, update, error))
    return FALSE;
  if (sqlite3_changes (opl_database_get_handle (database)) > 0)
    return TRUE;

  insert = opl_database_prepare (database,
                                 "INSERT INTO practice_form_definition (id, definition_id, version, file_name,"
                                 " created_at, created_by, changed_at, changed_by)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 error);
  if (insert == NULL)
    return FALSE;

  key = g_strdup_printf ("opleidingspraktijk-practice-form-definition:%s:%d",
                         opl_form_definition_get_id (definition), opl_form_definition_get_version (definition));
  sqlite3_bind_text (insert, 1, opl_store_uuid_for_key (key), -1, g_free);
  opl_bind_text (insert, 2, opl_form_definition_get_id (definition));
  sqlite3_bind_int (insert, 3, opl_form_definition_get_version (definition));
  opl_bind_text (insert, 4, file_name);
  opl_store_bind_audit (self, insert, 5, now);
  return opl_database_step_done (database, insert, error);
}

/**
 * opl_store_add_form_definition_file:
 * @file: an institute's definition file
 *
 * Offers the definition in @file for new forms on every PC of the practice. A
 * malformed file, another text under an id and version the app or the practice
 * knows, or a copy of a shipped definition is refused with a message that names the
 * file and the problem; then nothing is written. Adding a definition the practice
 * offers already changes only who added it, and when.
 *
 * Returns: (transfer full): the definition, or %NULL with @error set
 */
OplFormDefinition *
opl_store_add_form_definition_file (OplStore  *self,
                                    GFile     *file,
                                    GError   **error)
{
  g_autoptr(OplFormDefinition) definition = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = NULL;
  OplDatabase *database;
  gsize length;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &read_error))
    {
      /* Translators: the first %s is a file name, the second why it could not be read */
      g_set_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_READ,
                   _("The form definition “%s” could not be read: %s"), name, read_error->message);
      return NULL;
    }

  definition = opl_form_definition_new_from_data (name, contents, (gssize) length, error);
  if (definition == NULL || !check_shipped_definition (self, definition, error))
    return NULL;

  database = opl_store_get_database (self);
  if (!opl_database_begin (database, error))
    return NULL;

  now = opl_timestamp_now ();
  ok = opl_store_ensure_definition (self, definition, now, error) &&
       offer_definition (self, definition, name, now, error);
  if (!opl_store_finish_action (self, ok, error))
    return NULL;

  return g_steal_pointer (&definition);
}

/**
 * opl_store_remove_form_definition:
 *
 * No longer offers the practice's definition (@definition_id, @version) for new
 * forms. Its text stays in the practice: forms filled with it keep rendering, and
 * drafts with it can still be finished.
 */
gboolean
opl_store_remove_form_definition (OplStore    *self,
                                  const char  *definition_id,
                                  int          version,
                                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = NULL;
  OplDatabase *database;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (definition_id != NULL, FALSE);

  database = opl_store_get_database (self);
  if (!opl_database_begin (database, error))
    return FALSE;

  now = opl_timestamp_now ();
  stmt = opl_database_prepare (database,
                               "UPDATE practice_form_definition SET removed_at = ?1, removed_by = ?2,"
                               " changed_at = ?1, changed_by = ?2"
                               " WHERE definition_id = ?3 AND version = ?4 AND removed_at IS NULL",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      opl_bind_text (stmt, 1, now);
      opl_bind_text (stmt, 2, opl_store_get_actor (self));
      opl_bind_text (stmt, 3, definition_id);
      sqlite3_bind_int (stmt, 4, version);
      ok = opl_database_step_done (database, stmt, error);
    }

  if (ok && sqlite3_changes (opl_database_get_handle (database)) == 0)
    {
      /* Translators: %s is a form id, %d its version */
      g_set_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_FOUND,
                   _("The practice does not offer “%s” version %d; another profile may have removed it"),
                   definition_id, version);
      ok = FALSE;
    }

  return opl_store_finish_action (self, ok, error);
}

/* ---- Institute profiles --------------------------------------------------------- */

/* The highest version of @institute_id the practice stored, or %NULL (without an
 * error) when it has none. */
static OplInstitute *
read_stored_profile (OplStore    *self,
                     const char  *institute_id,
                     GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  stmt = opl_database_prepare (database,
                               "SELECT json, file_name FROM institute_profile WHERE institute_id = ?"
                               " ORDER BY version DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, institute_id);
  if (!opl_database_step_row (database, stmt, &has_row, error) || !has_row)
    return NULL;

  return opl_institute_new_from_data (opl_column_text (stmt, 1), opl_column_text (stmt, 0), -1, error);
}

/* The profile practice.institute = @institute_id stands for: the shipped or the
 * stored one, whichever has the higher version (the stored one when equal). */
static OplInstitute *
resolve_institute (OplStore    *self,
                   const char  *institute_id,
                   GError     **error)
{
  g_autoptr(OplInstitute) stored = NULL;
  g_autoptr(OplInstitute) shipped = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) shipped_error = NULL;

  stored = read_stored_profile (self, institute_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  shipped = opl_institute_new_for_id (institute_id, &shipped_error);
  if (shipped == NULL && stored == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&shipped_error));
      return NULL;
    }

  if (stored != NULL &&
      (shipped == NULL || opl_institute_get_version (stored) >= opl_institute_get_version (shipped)))
    return g_steal_pointer (&stored);

  return g_steal_pointer (&shipped);
}

/**
 * opl_store_get_institute_id:
 *
 * Returns: (transfer full): the id of the practice's institute profile
 *   (design.md §3; the default when there is no practice yet)
 */
char *
opl_store_get_institute_id (OplStore  *self,
                            GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database, "SELECT institute FROM practice LIMIT 1", error);
  if (stmt == NULL || !opl_database_step_row (database, stmt, &has_row, error))
    return NULL;

  return g_strdup (has_row ? opl_column_text (stmt, 0) : OPL_INSTITUTE_DEFAULT);
}

static gboolean
update_practice_institute (OplStore    *self,
                           const char  *institute_id,
                           const char  *now,
                           GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (database, "UPDATE practice SET institute = ?, changed_at = ?, changed_by = ?", error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, institute_id);
  opl_bind_text (stmt, 2, now);
  opl_bind_text (stmt, 3, opl_store_get_actor (self));
  return opl_database_step_done (database, stmt, error) &&
         opl_store_changed_one (self, _("The practice"), error);
}

/**
 * opl_store_set_institute:
 * @institute_id: a profile shipped with the app or stored in the practice
 *
 * Chooses the practice's institute, in one transaction.
 */
gboolean
opl_store_set_institute (OplStore    *self,
                         const char  *institute_id,
                         GError     **error)
{
  g_autoptr(OplInstitute) institute = NULL;
  g_autofree char *now = NULL;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (institute_id != NULL, FALSE);

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  now = opl_timestamp_now ();
  institute = resolve_institute (self, institute_id, error);
  ok = institute != NULL && update_practice_institute (self, institute_id, now, error);
  return opl_store_finish_action (self, ok, error);
}

/**
 * opl_store_load_institute:
 *
 * Returns: (transfer full): the practice's institute profile, or %NULL with @error set
 */
OplInstitute *
opl_store_load_institute (OplStore  *self,
                          GError   **error)
{
  OplInstituteCache *cache;
  g_autofree char *id = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  cache = opl_store_get_institute_cache (self);
  if (cache->institute == NULL)
    {
      id = opl_store_get_institute_id (self, error);
      if (id == NULL)
        return NULL;

      cache->institute = resolve_institute (self, id, error);
      if (cache->institute == NULL)
        return NULL;
    }

  return g_object_ref (cache->institute);
}

static gboolean
profile_conflict (OplInstitute  *institute,
                  const char    *file_name,
                  gboolean       in_app,
                  int            known_version,
                  const char    *known_checksum,
                  gboolean      *same,
                  GError       **error)
{
  const char *id = opl_institute_get_id (institute);
  int version = opl_institute_get_version (institute);

  if (known_version > version)
    {
      if (in_app)
        g_set_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_CONFLICT,
                     /* Translators: “file.json” is version 1 of “lumc”, but the app comes with version 2 */
                     _("The institute profile “%s” is version %d of “%s”, but the app comes with version %d "
                       "already; a newer profile needs a higher version"),
                     file_name, version, id, known_version);
      else
        g_set_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_CONFLICT,
                     /* Translators: “file.json” is version 1 of “umcx”, but the practice has version 2 */
                     _("The institute profile “%s” is version %d of “%s”, but this practice has version %d "
                       "already; a newer profile needs a higher version"),
                     file_name, version, id, known_version);
      return TRUE;
    }

  if (known_version < version)
    return FALSE;

  if (g_str_equal (known_checksum, opl_institute_get_checksum (institute)))
    {
      *same = TRUE;
      return FALSE;
    }

  if (in_app)
    g_set_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_CONFLICT,
                 /* Translators: the first %s is a file name, the second an institute id, %d its version */
                 _("The institute profile “%s” gives “%s” version %d another text than the one that comes "
                   "with the app; a changed profile needs a higher version"),
                 file_name, id, version);
  else
    g_set_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_CONFLICT,
                 /* Translators: the first %s is a file name, the second an institute id, %d its version */
                 _("The institute profile “%s” gives “%s” version %d another text than the one this "
                   "practice already has; a changed profile needs a higher version"),
                 file_name, id, version);
  return TRUE;
}

/* Whether @institute clashes with what the app or the practice has under its id;
 * @known is set when the same text is there already (nothing to store). */
static gboolean
check_profile (OplStore      *self,
               OplInstitute  *institute,
               const char    *file_name,
               gboolean      *known,
               GError       **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(OplInstitute) shipped = opl_institute_new_for_id (opl_institute_get_id (institute), NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row, ok;

  *known = FALSE;
  if (shipped != NULL &&
      profile_conflict (institute, file_name, TRUE, opl_institute_get_version (shipped),
                        opl_institute_get_checksum (shipped), known, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "SELECT version, checksum FROM institute_profile WHERE institute_id = ?"
                               " ORDER BY version DESC",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, opl_institute_get_id (institute));
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      gboolean same = FALSE;

      if (profile_conflict (institute, file_name, FALSE, sqlite3_column_int (stmt, 0),
                            opl_column_text (stmt, 1), &same, error))
        return FALSE;
      *known |= same;
    }

  return ok;
}

static gboolean
insert_profile (OplStore      *self,
                OplInstitute  *institute,
                const char    *file_name,
                const char    *now,
                GError       **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *key = g_strdup_printf ("opleidingspraktijk-institute-profile:%s:%d",
                                          opl_institute_get_id (institute),
                                          opl_institute_get_version (institute));

  stmt = opl_database_prepare (database,
                               "INSERT INTO institute_profile (id, institute_id, version, file_name, checksum, json,"
                               " created_at, created_by, changed_at, changed_by)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, opl_store_uuid_for_key (key), -1, g_free);
  opl_bind_text (stmt, 2, opl_institute_get_id (institute));
  sqlite3_bind_int (stmt, 3, opl_institute_get_version (institute));
  opl_bind_text (stmt, 4, file_name);
  opl_bind_text (stmt, 5, opl_institute_get_checksum (institute));
  opl_bind_text (stmt, 6, opl_institute_get_json (institute));
  opl_store_bind_audit (self, stmt, 7, now);
  return opl_database_step_done (database, stmt, error);
}

/**
 * opl_store_add_institute_file:
 * @file: an institute profile (opl-institute.h)
 *
 * Stores the profile in @file in the practice and chooses it, in one transaction. A
 * malformed file, another text under an id and version the app or the practice has,
 * or a lower version than theirs is refused with a message that names the file and
 * the problem; then nothing is written. The same text again only chooses it.
 *
 * Returns: (transfer full): the profile, or %NULL with @error set
 */
OplInstitute *
opl_store_add_institute_file (OplStore  *self,
                              GFile     *file,
                              GError   **error)
{
  g_autoptr(OplInstitute) institute = NULL;
  g_autofree char *name = NULL;
  g_autofree char *now = NULL;
  gboolean known = FALSE;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  institute = opl_institute_new_from_file (file, error);
  if (institute == NULL || !opl_database_begin (opl_store_get_database (self), error))
    return NULL;

  name = g_file_get_basename (file);
  now = opl_timestamp_now ();
  ok = check_profile (self, institute, name, &known, error) &&
       (known || insert_profile (self, institute, name, now, error)) &&
       update_practice_institute (self, opl_institute_get_id (institute), now, error);
  if (!opl_store_finish_action (self, ok, error))
    return NULL;

  return g_steal_pointer (&institute);
}

static int
compare_institutes (gconstpointer a,
                    gconstpointer b)
{
  OplInstitute *ia = *(OplInstitute **) a;
  OplInstitute *ib = *(OplInstitute **) b;
  int cmp = g_utf8_collate (opl_institute_get_name (ia), opl_institute_get_name (ib));

  return cmp != 0 ? cmp : g_strcmp0 (opl_institute_get_id (ia), opl_institute_get_id (ib));
}

/**
 * opl_store_list_institutes:
 *
 * Returns: (transfer full) (element-type OplInstitute): every profile the practice
 *   can choose, shipped and stored, one per id (the one that counts), by name
 */
GPtrArray *
opl_store_list_institutes (OplStore  *self,
                           GError   **error)
{
  g_auto(GStrv) shipped = opl_institute_list_shipped ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) institutes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplDatabase *database;
  gboolean has_row, ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  for (guint i = 0; shipped[i] != NULL; i++)
    g_ptr_array_add (ids, g_strdup (shipped[i]));

  database = opl_store_get_database (self);
  stmt = opl_database_prepare (database, "SELECT DISTINCT institute_id FROM institute_profile", error);
  if (stmt == NULL)
    return NULL;

  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      if (!g_strv_contains ((const char * const *) shipped, opl_column_text (stmt, 0)))
        g_ptr_array_add (ids, g_strdup (opl_column_text (stmt, 0)));
    }
  if (!ok)
    return NULL;
  g_clear_pointer (&stmt, opl_database_release);

  for (guint i = 0; i < ids->len; i++)
    {
      OplInstitute *institute = resolve_institute (self, g_ptr_array_index (ids, i), error);

      if (institute == NULL)
        return NULL;
      g_ptr_array_add (institutes, institute);
    }

  g_ptr_array_sort (institutes, compare_institutes);
  return g_steal_pointer (&institutes);
}
