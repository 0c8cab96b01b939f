/* opl-store-privacy.c: profile passphrases and the sealed private drafts (issue 15).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * design.md §7: an aios's private drafts (the LEOh and the ComBel self-assessment, until
 * they are shared) are sealed with a key derived from the aios's passphrase, so no other
 * profile and no one holding the file can read them; sharing unseals them. A profile
 * without a passphrase keeps its drafts as before, private on screen only.
 *
 * A sealed draft's answers are one box (form_seal): a JSON object
 * {"item": {"value": ..., "note": ...}} sealed with the form's id as additional data.
 * How many items are answered stays in clear (the lists count them); what they say
 * does not. A forgotten passphrase loses the sealed drafts, and nothing else.
 */

#define G_LOG_DOMAIN "opl-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "opl-date.h"
#include "opl-form-private.h"
#include "opl-store-privacy.h"
#include "opl-store-private.h"

#define PRIVATE_DRAFTS \
  "SELECT id FROM form WHERE author_id = ?1 AND shared = 0" \
  " AND (kind = 'leoh' OR (kind = 'combel' AND author_role = 'aios'))"

/* Passphrases --------------------------------------------------------------------- */

/**
 * opl_store_get_lock:
 * @lock: (out caller-allocates): the hash and the key's salt and cost
 *
 * Returns: whether @person_id has a passphrase; %FALSE with @error set when it could
 *   not be read
 */
gboolean
opl_store_get_lock (OplStore     *self,
                    const char   *person_id,
                    OplSealLock  *lock,
                    GError      **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  stmt = opl_database_prepare (database, "SELECT passphrase_hash, key_salt, key_opslimit, key_memlimit"
                                         " FROM profile_lock WHERE person_id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  if (!opl_database_step_row (database, stmt, &has_row, error) || !has_row)
    return FALSE;

  *lock = (OplSealLock) {
    .hash = g_strdup (opl_column_text (stmt, 0)),
    .opslimit = (guint64) sqlite3_column_int64 (stmt, 2),
    .memlimit = (gsize) sqlite3_column_int64 (stmt, 3),
  };
  if (sqlite3_column_bytes (stmt, 1) == OPL_SEAL_SALT_BYTES)
    memcpy (lock->salt, sqlite3_column_blob (stmt, 1), OPL_SEAL_SALT_BYTES);
  return TRUE;
}

gboolean
opl_store_has_passphrase (OplStore   *self,
                          const char *person_id)
{
  g_auto(OplSealLock) lock = { 0 };

  return opl_store_get_lock (self, person_id, &lock, NULL);
}

static gboolean
no_passphrase (GError **error)
{
  g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE, _("This profile has no passphrase"));
  return FALSE;
}

/* The key of @person_id's passphrase, checked against its hash. */
static OplSealKey *
unlock_key (OplStore    *self,
            const char  *person_id,
            const char  *passphrase,
            GError     **error)
{
  g_auto(OplSealLock) lock = { 0 };
  g_autoptr(GError) local_error = NULL;

  if (!opl_store_get_lock (self, person_id, &lock, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        no_passphrase (error);
      return NULL;
    }

  return opl_seal_unlock (&lock, passphrase, error);
}

/**
 * opl_store_unlock:
 *
 * Checks @passphrase and holds the key of @person_id's sealed drafts. Slow on purpose
 * (Argon2id): the window uses opl_store_unlock_async().
 */
gboolean
opl_store_unlock (OplStore    *self,
                  const char  *person_id,
                  const char  *passphrase,
                  GError     **error)
{
  OplSealKey *key;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  key = unlock_key (self, person_id, passphrase, error);
  if (key == NULL)
    return FALSE;

  opl_store_take_key (self, person_id, key);
  return TRUE;
}

typedef struct
{
  OplSealLock  lock;
  char        *person_id;
  char        *passphrase;
  /* opl_store_change_passphrase_async() */
  OplPerson   *person;
  char        *new_passphrase;
} UnlockData;

static void
wipe_string (char *text)
{
  if (text == NULL)
    return;

  memset (text, 0, strlen (text));
  g_free (text);
}

static void
unlock_data_free (gpointer data)
{
  UnlockData *unlock = data;

  opl_seal_lock_clear (&unlock->lock);
  g_free (unlock->person_id);
  g_clear_object (&unlock->person);
  wipe_string (unlock->passphrase);
  wipe_string (unlock->new_passphrase);
  g_free (unlock);
}

static void
unlock_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  UnlockData *unlock = task_data;
  GError *error = NULL;
  OplSealKey *key = opl_seal_unlock (&unlock->lock, unlock->passphrase, &error);

  if (key == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, key, (GDestroyNotify) opl_seal_key_free);
}

/**
 * opl_store_unlock_async:
 *
 * Like opl_store_unlock(), with the Argon2id work on a worker thread; the key is held
 * when opl_store_unlock_finish() returns %TRUE.
 */
void
opl_store_unlock_async (OplStore            *self,
                        const char          *person_id,
                        const char          *passphrase,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  UnlockData *unlock = g_new0 (UnlockData, 1);
  GError *error = NULL;

  g_return_if_fail (OPL_IS_STORE (self));

  unlock->person_id = g_strdup (person_id);
  unlock->passphrase = g_strdup (passphrase);
  g_task_set_task_data (task, unlock, unlock_data_free);
  if (!opl_store_get_lock (self, person_id, &unlock->lock, &error))
    {
      if (error == NULL)
        no_passphrase (&error);
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, unlock_in_thread);
}

gboolean
opl_store_unlock_finish (OplStore      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  UnlockData *unlock = g_task_get_task_data (G_TASK (result));
  OplSealKey *key = g_task_propagate_pointer (G_TASK (result), error);

  if (key == NULL)
    return FALSE;

  opl_store_take_key (self, unlock->person_id, key);
  return TRUE;
}

/* Sealing ------------------------------------------------------------------------- */

static gboolean
is_private_kind (OplForm *form)
{
  return opl_form_is_private (form) && !opl_form_is_shared (form);
}

/* Whether @form's answers belong in a seal: a private draft of a profile with a
 * passphrase. */
gboolean
opl_store_form_needs_seal (OplStore *self,
                           OplForm  *form)
{
  return is_private_kind (form) && opl_store_has_passphrase (self, opl_form_get_author_id (form));
}

/* The seal of @form_id: its nonce and box, or FALSE when there is none. */
static gboolean
read_box (OplStore     *self,
          const char   *form_id,
          guint8        nonce[OPL_SEAL_NONCE_BYTES],
          GBytes      **box,
          GError      **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, "SELECT nonce, box FROM form_seal WHERE form_id = ?",
                                                       error);
  gboolean has_row;

  *box = NULL;
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, form_id);
  if (!opl_database_step_row (database, stmt, &has_row, error) || !has_row)
    return FALSE;

  if (sqlite3_column_bytes (stmt, 0) == OPL_SEAL_NONCE_BYTES)
    memcpy (nonce, sqlite3_column_blob (stmt, 0), OPL_SEAL_NONCE_BYTES);
  *box = g_bytes_new (sqlite3_column_blob (stmt, 1), (gsize) sqlite3_column_bytes (stmt, 1));
  return TRUE;
}

gboolean
opl_store_form_is_sealed (OplStore   *self,
                          const char *form_id)
{
  g_autoptr(GBytes) box = NULL;
  guint8 nonce[OPL_SEAL_NONCE_BYTES];

  return read_box (self, form_id, nonce, &box, NULL);
}

/* The answers of a sealed form as a JSON object; %NULL with @error set when there is
 * no seal, no key, or the key does not open it. */
static JsonObject *
open_answers (OplStore          *self,
              const char        *form_id,
              const OplSealKey  *key,
              GError           **error)
{
  g_autoptr(GBytes) box = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  guint8 nonce[OPL_SEAL_NONCE_BYTES] = { 0 };
  JsonNode *root;

  if (!read_box (self, form_id, nonce, &box, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_DAMAGED, _("The draft has no seal"));
      return NULL;
    }

  if (key == NULL)
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE,
                           _("Unlock the profile with its passphrase to open its private draft"));
      return NULL;
    }

  text = opl_seal_open (key, box, form_id, nonce, error);
  if (text == NULL || !json_parser_load_from_data (parser, text, -1, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_DAMAGED, _("A sealed draft is damaged"));
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}

static guint
count_answered (JsonObject *answers)
{
  g_autoptr(GList) items = json_object_get_values (answers);
  guint n = 0;

  for (GList *l = items; l != NULL; l = l->next)
    {
      JsonObject *answer = json_node_get_object (l->data);
      const char *value = json_object_get_string_member_with_default (answer, "value", NULL);

      if (value != NULL && *value != '\0')
        n++;
    }

  return n;
}

/* Writes @answers sealed with @key as @form_id's seal, replacing one there. */
static gboolean
write_box (OplStore          *self,
           const char        *form_id,
           JsonObject        *answers,
           const OplSealKey  *key,
           const char        *now,
           GError           **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), answers);
  g_autofree char *text = json_to_string (root, FALSE);
  g_autoptr(GBytes) box = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint8 nonce[OPL_SEAL_NONCE_BYTES];

  box = opl_seal_text (key, text, form_id, nonce);
  memset (text, 0, strlen (text));
  stmt = opl_database_prepare (database,
                               "INSERT INTO form_seal (form_id, nonce, box, n_answered,"
                               " created_at, created_by, changed_at, changed_by)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (form_id) DO UPDATE SET nonce = excluded.nonce, box = excluded.box,"
                               " n_answered = excluded.n_answered, changed_at = excluded.changed_at,"
                               " changed_by = excluded.changed_by",
                               error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, form_id);
  sqlite3_bind_blob (stmt, 2, nonce, sizeof nonce, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 3, g_bytes_get_data (box, NULL), (int) g_bytes_get_size (box), SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, (int) count_answered (answers));
  opl_store_bind_audit (self, stmt, 5, now);
  return opl_database_step_done (database, stmt, error);
}

static gboolean
run_on_form (OplStore    *self,
             const char  *sql,
             const char  *form_id,
             GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, form_id);
  return opl_database_step_done (database, stmt, error);
}

/* Seals @form_id's answers in clear (the rows of form_answer) with @key. */
static gboolean
seal_rows (OplStore          *self,
           const char        *form_id,
           const OplSealKey  *key,
           const char        *now,
           GError           **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, "SELECT item_id, value, note FROM form_answer"
                                                                 " WHERE form_id = ?", error);
  g_autoptr(JsonObject) answers = json_object_new ();
  gboolean has_row, ok;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, form_id);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    {
      JsonObject *answer = json_object_new ();

      if (opl_column_text (stmt, 1) != NULL)
        json_object_set_string_member (answer, "value", opl_column_text (stmt, 1));
      else
        json_object_set_null_member (answer, "value");
      json_object_set_string_member (answer, "note", opl_column_text (stmt, 2) != NULL ? opl_column_text (stmt, 2) : "");
      json_object_set_object_member (answers, opl_column_text (stmt, 0), answer);
    }
  opl_database_release (g_steal_pointer (&stmt));

  /* The seal first: the answers of a final form are let go only while it is there. */
  return ok && write_box (self, form_id, answers, key, now, error) &&
         run_on_form (self, "DELETE FROM form_answer WHERE form_id = ?", form_id, error);
}

/* Writes @answers in clear for @form_id and lets go of its seal (sharing). */
static gboolean
unseal_rows (OplStore    *self,
             const char  *form_id,
             JsonObject  *answers,
             const char  *now,
             GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database,
                                                       "INSERT INTO form_answer (id, form_id, item_id, value, note,"
                                                       " created_at, created_by, changed_at, changed_by)"
                                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                                       error);
  g_autoptr(GList) items = json_object_get_members (answers);

  if (stmt == NULL)
    return FALSE;

  for (GList *l = items; l != NULL; l = l->next)
    {
      JsonObject *answer = json_object_get_object_member (answers, l->data);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, opl_store_new_id (self), -1, g_free);
      opl_bind_text (stmt, 2, form_id);
      opl_bind_text (stmt, 3, l->data);
      opl_bind_text (stmt, 4, json_object_get_string_member_with_default (answer, "value", NULL));
      opl_bind_text (stmt, 5, json_object_get_string_member_with_default (answer, "note", ""));
      opl_store_bind_audit (self, stmt, 6, now);
      if (!opl_database_step_done (database, stmt, error))
        return FALSE;
    }

  return run_on_form (self, "DELETE FROM form_seal WHERE form_id = ?", form_id, error);
}

/**
 * opl_store_load_sealed_answers:
 *
 * Puts @form's sealed answers into it when its author's profile is unlocked, and
 * redacts it otherwise: the author without the passphrase sees what everyone else does.
 */
gboolean
opl_store_load_sealed_answers (OplStore  *self,
                               OplForm   *form,
                               GError   **error)
{
  g_autoptr(JsonObject) answers = NULL;
  g_autoptr(GList) items = NULL;
  const OplSealKey *key = opl_store_get_key (self, opl_form_get_author_id (form));

  if (key == NULL)
    {
      opl_form_redact (form);
      return TRUE;
    }

  answers = open_answers (self, opl_form_get_id (form), key, error);
  if (answers == NULL)
    return FALSE;

  items = json_object_get_members (answers);
  for (GList *l = items; l != NULL; l = l->next)
    {
      JsonObject *answer = json_object_get_object_member (answers, l->data);

      opl_form_put_answer (form, l->data, json_object_get_string_member_with_default (answer, "value", NULL),
                           json_object_get_string_member_with_default (answer, "note", ""));
    }

  return TRUE;
}

/**
 * opl_store_seal_answer:
 * @value: (nullable): the answer, or %NULL to clear it
 *
 * Autosaves one item of a sealed draft, inside the caller's transaction: the box is
 * opened with the author's key, changed and sealed again. A draft that should be
 * sealed and is not yet (its answers in clear) is sealed now.
 */
gboolean
opl_store_seal_answer (OplStore    *self,
                       OplForm     *form,
                       const char  *item_id,
                       const char  *value,
                       const char  *note,
                       const char  *now,
                       GError     **error)
{
  const char *form_id = opl_form_get_id (form);
  const OplSealKey *key = opl_store_get_key (self, opl_form_get_author_id (form));
  g_autoptr(JsonObject) answers = NULL;

  if (key == NULL)
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE,
                           _("Unlock the profile with its passphrase to change its private draft"));
      return FALSE;
    }

  if (!opl_store_form_is_sealed (self, form_id) && !seal_rows (self, form_id, key, now, error))
    return FALSE;

  answers = open_answers (self, form_id, key, error);
  if (answers == NULL)
    return FALSE;

  if (value == NULL && *note == '\0')
    {
      if (json_object_has_member (answers, item_id))
        json_object_remove_member (answers, item_id);
    }
  else
    {
      JsonObject *answer = json_object_new ();

      if (value != NULL)
        json_object_set_string_member (answer, "value", value);
      else
        json_object_set_null_member (answer, "value");
      json_object_set_string_member (answer, "note", note);
      json_object_set_object_member (answers, item_id, answer);
    }

  return write_box (self, form_id, answers, key, now, error);
}

/**
 * opl_store_seal_if_private:
 *
 * Seals a new draft's answers (a first draft or a new version) when it is a private
 * draft of a profile with a passphrase, inside the caller's transaction.
 */
gboolean
opl_store_seal_if_private (OplStore    *self,
                           OplForm     *form,
                           const char  *now,
                           GError     **error)
{
  const OplSealKey *key;

  if (!opl_store_form_needs_seal (self, form) || opl_store_form_is_sealed (self, opl_form_get_id (form)))
    return TRUE;

  key = opl_store_get_key (self, opl_form_get_author_id (form));
  if (key == NULL)
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE,
                           _("Unlock the profile with its passphrase to start its private draft"));
      return FALSE;
    }

  return seal_rows (self, opl_form_get_id (form), key, now, error);
}

/**
 * opl_store_unseal_form:
 *
 * Writes a sealed form's answers in clear and lets go of the seal, inside the caller's
 * transaction: sharing does it (the training requires the shared text in clear).
 */
gboolean
opl_store_unseal_form (OplStore    *self,
                       OplForm     *form,
                       const char  *now,
                       GError     **error)
{
  g_autoptr(JsonObject) answers = NULL;
  const char *form_id = opl_form_get_id (form);

  if (!opl_store_form_is_sealed (self, form_id))
    return TRUE;

  answers = open_answers (self, form_id, opl_store_get_key (self, opl_form_get_author_id (form)), error);
  return answers != NULL && unseal_rows (self, form_id, answers, now, error);
}

/* The ids of @person_id's private drafts (a statement of PRIVATE_DRAFTS). */
static GPtrArray *
list_private_drafts (OplStore    *self,
                     const char  *person_id,
                     GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, PRIVATE_DRAFTS, error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row, ok;

  if (stmt == NULL)
    return NULL;

  opl_bind_text (stmt, 1, person_id);
  while ((ok = opl_database_step_row (database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (ids, g_strdup (opl_column_text (stmt, 0)));

  return ok ? g_steal_pointer (&ids) : NULL;
}

/* Seals every private draft of @person_id with @key: those sealed with @old_key again,
 * those in clear for the first time. */
static gboolean
reseal_all (OplStore          *self,
            const char        *person_id,
            const OplSealKey  *old_key,
            const OplSealKey  *key,
            const char        *now,
            GError           **error)
{
  g_autoptr(GPtrArray) ids = list_private_drafts (self, person_id, error);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      const char *form_id = g_ptr_array_index (ids, i);
      g_autoptr(JsonObject) answers = NULL;

      if (!opl_store_form_is_sealed (self, form_id))
        {
          if (!seal_rows (self, form_id, key, now, error))
            return FALSE;
          continue;
        }

      answers = open_answers (self, form_id, old_key, error);
      if (answers == NULL || !write_box (self, form_id, answers, key, now, error))
        return FALSE;
    }

  return ids != NULL;
}

static gboolean
write_lock (OplStore           *self,
            const char         *person_id,
            const OplSealLock  *lock,
            const char         *now,
            GError            **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (database,
                          "INSERT INTO profile_lock (person_id, passphrase_hash, key_salt, key_opslimit, key_memlimit,"
                          " created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (person_id) DO UPDATE SET passphrase_hash = excluded.passphrase_hash,"
                          " key_salt = excluded.key_salt, key_opslimit = excluded.key_opslimit,"
                          " key_memlimit = excluded.key_memlimit, changed_at = excluded.changed_at,"
                          " changed_by = excluded.changed_by",
                          error);

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, person_id);
  opl_bind_text (stmt, 2, lock->hash);
  sqlite3_bind_blob (stmt, 3, lock->salt, OPL_SEAL_SALT_BYTES, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) lock->opslimit);
  sqlite3_bind_int64 (stmt, 5, (sqlite3_int64) lock->memlimit);
  opl_store_bind_audit (self, stmt, 6, now);
  return opl_database_step_done (database, stmt, error);
}

/**
 * opl_store_set_lock:
 * @old_key: (nullable): the key of the passphrase there was, or %NULL when none
 * @lock: the new passphrase's hash and salt (opl_seal_lock_new())
 * @key: the new passphrase's key
 *
 * Sets or changes @person's passphrase in one transaction, and seals their private
 * drafts with the new key. The Argon2id work is the caller's (on a worker thread in the
 * window); this writes only.
 */
gboolean
opl_store_set_lock (OplStore           *self,
                    OplPerson          *person,
                    const OplSealKey   *old_key,
                    const OplSealLock  *lock,
                    const OplSealKey   *key,
                    GError            **error)
{
  g_autofree char *now = opl_timestamp_now ();
  /* A copy: the store reads its people again when the action ends. */
  g_autofree char *person_id = g_strdup (opl_person_get_id (person));
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (lock != NULL && key != NULL, FALSE);

  if (old_key == NULL && opl_store_has_passphrase (self, person_id))
    {
      g_set_error_literal (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE,
                           _("Give the current passphrase to change it"));
      return FALSE;
    }

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  /* The lock first: a seal is only for a profile with a passphrase (the schema says). */
  ok = write_lock (self, person_id, lock, now, error) && reseal_all (self, person_id, old_key, key, now, error);
  if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  /* The answers that were in clear are overwritten in the file (secure_delete); the
   * write-ahead log still holds the pages they were on until it is checkpointed. */
  opl_database_exec (opl_store_get_database (self), "PRAGMA wal_checkpoint(TRUNCATE)", NULL);

  opl_store_take_key (self, person_id, opl_seal_key_copy (key));
  return TRUE;
}

/**
 * opl_store_set_passphrase:
 * @current: (nullable): the passphrase there is, or %NULL when there is none
 *
 * opl_store_set_lock() with the Argon2id work done here: for the command line and
 * the tests.
 */
gboolean
opl_store_set_passphrase (OplStore    *self,
                          OplPerson   *person,
                          const char  *current,
                          const char  *passphrase,
                          GError     **error)
{
  g_autoptr(OplSealKey) old_key = NULL;
  g_autoptr(OplSealKey) key = NULL;
  g_auto(OplSealLock) lock = { 0 };

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);

  if (current != NULL && opl_store_has_passphrase (self, opl_person_get_id (person)))
    {
      old_key = unlock_key (self, opl_person_get_id (person), current, error);
      if (old_key == NULL)
        return FALSE;
    }

  return opl_seal_lock_new (passphrase, &lock, &key, error) &&
         opl_store_set_lock (self, person, old_key, &lock, key, error);
}

static gboolean
delete_lock (OplStore    *self,
             const char  *person_id,
             GError     **error)
{
  return run_on_form (self, "DELETE FROM profile_lock WHERE person_id = ?", person_id, error);
}

/**
 * opl_store_remove_lock:
 * @key: the key of @person's passphrase (opl_seal_unlock())
 *
 * Removes @person's passphrase in one transaction: their private drafts are written in
 * clear again (private on screen only, as without a passphrase). The Argon2id work is
 * the caller's.
 */
gboolean
opl_store_remove_lock (OplStore          *self,
                       OplPerson         *person,
                       const OplSealKey  *key,
                       GError           **error)
{
  g_autofree char *now = opl_timestamp_now ();
  g_autoptr(GPtrArray) ids = NULL;
  /* A copy: the store reads its people again when the action ends. */
  g_autofree char *person_id = g_strdup (opl_person_get_id (person));
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  ids = list_private_drafts (self, person_id, error);
  ok = ids != NULL;
  for (guint i = 0; ok && i < ids->len; i++)
    {
      const char *form_id = g_ptr_array_index (ids, i);
      g_autoptr(JsonObject) answers = NULL;

      if (!opl_store_form_is_sealed (self, form_id))
        continue;

      answers = open_answers (self, form_id, key, error);
      ok = answers != NULL && unseal_rows (self, form_id, answers, now, error);
    }

  ok = ok && delete_lock (self, person_id, error);
  if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  if (opl_store_is_unlocked (self, person_id))
    opl_store_forget_key (self);
  return TRUE;
}

/**
 * opl_store_remove_passphrase:
 *
 * opl_store_remove_lock() with the passphrase checked here: for the command line and
 * the tests.
 */
gboolean
opl_store_remove_passphrase (OplStore    *self,
                             OplPerson   *person,
                             const char  *current,
                             GError     **error)
{
  g_autoptr(OplSealKey) key = NULL;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);

  key = unlock_key (self, opl_person_get_id (person), current, error);
  return key != NULL && opl_store_remove_lock (self, person, key, error);
}

/**
 * opl_store_forget_passphrase:
 *
 * For a forgotten passphrase: removes it without it, in one transaction. What it sealed
 * is lost (the answers of @person's sealed private drafts); everything else stays.
 */
gboolean
opl_store_forget_passphrase (OplStore    *self,
                             OplPerson   *person,
                             GError     **error)
{
  /* A copy: the store reads its people again when the action ends. */
  g_autofree char *person_id = g_strdup (opl_person_get_id (person));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_PERSON (person), FALSE);

  if (!opl_database_begin (opl_store_get_database (self), error))
    return FALSE;

  ok = run_on_form (self, "DELETE FROM form_seal WHERE form_id IN (SELECT id FROM form WHERE author_id = ?)",
                    person_id, error) &&
       delete_lock (self, person_id, error);
  if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  if (opl_store_is_unlocked (self, person_id))
    opl_store_forget_key (self);
  return TRUE;
}

/**
 * opl_store_count_sealed:
 *
 * Returns: how many of @person_id's private drafts are sealed (what a forgotten
 *   passphrase would lose)
 */
guint
opl_store_count_sealed (OplStore   *self,
                        const char *person_id)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database,
                                                       "SELECT count(*) FROM form_seal s JOIN form f ON f.id = s.form_id"
                                                       " WHERE f.author_id = ?", NULL);
  gboolean has_row;

  if (stmt == NULL)
    return 0;

  opl_bind_text (stmt, 1, person_id);
  if (!opl_database_step_row (database, stmt, &has_row, NULL) || !has_row)
    return 0;

  return (guint) sqlite3_column_int (stmt, 0);
}

/* Changing a passphrase ------------------------------------------------------------ */

/* What the worker thread derived: the key of the passphrase there is, and the lock and
 * key of the new one (none when it is removed). */
typedef struct
{
  OplSealKey  *old_key;
  OplSealLock  lock;
  OplSealKey  *key;
} ChangeKeys;

static void
change_keys_free (gpointer data)
{
  ChangeKeys *keys = data;

  g_clear_pointer (&keys->old_key, opl_seal_key_free);
  g_clear_pointer (&keys->key, opl_seal_key_free);
  opl_seal_lock_clear (&keys->lock);
  g_free (keys);
}

static void
change_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  UnlockData *change = task_data;
  ChangeKeys *keys = g_new0 (ChangeKeys, 1);
  GError *error = NULL;
  gboolean ok = TRUE;

  if (change->lock.hash != NULL)
    {
      keys->old_key = opl_seal_unlock (&change->lock, change->passphrase, &error);
      ok = keys->old_key != NULL;
    }

  if (ok && change->new_passphrase != NULL)
    ok = opl_seal_lock_new (change->new_passphrase, &keys->lock, &keys->key, &error);

  if (!ok)
    {
      change_keys_free (keys);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, keys, change_keys_free);
}

/**
 * opl_store_change_passphrase_async:
 * @current: (nullable): the passphrase there is; ignored when there is none
 * @passphrase: (nullable): the new passphrase, or %NULL to remove it
 *
 * opl_store_set_lock() or opl_store_remove_lock() with the Argon2id work (checking
 * @current, deriving the new key) on a worker thread; the change is written on the
 * main thread by opl_store_change_passphrase_finish().
 */
void
opl_store_change_passphrase_async (OplStore            *self,
                                   OplPerson           *person,
                                   const char          *current,
                                   const char          *passphrase,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  UnlockData *change = g_new0 (UnlockData, 1);
  GError *error = NULL;

  g_return_if_fail (OPL_IS_STORE (self));
  g_return_if_fail (OPL_IS_PERSON (person));

  change->person = g_object_ref (person);
  change->passphrase = g_strdup (current != NULL ? current : "");
  change->new_passphrase = g_strdup (passphrase);
  g_task_set_task_data (task, change, unlock_data_free);
  if (!opl_store_get_lock (self, opl_person_get_id (person), &change->lock, &error) && error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (change->lock.hash == NULL && passphrase == NULL)
    {
      no_passphrase (&error);
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, change_in_thread);
}

gboolean
opl_store_change_passphrase_finish (OplStore      *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  UnlockData *change = g_task_get_task_data (G_TASK (result));
  ChangeKeys *keys = g_task_propagate_pointer (G_TASK (result), error);
  gboolean ok;

  if (keys == NULL)
    return FALSE;

  if (keys->key != NULL)
    ok = opl_store_set_lock (self, change->person, keys->old_key, &keys->lock, keys->key, error);
  else
    ok = opl_store_remove_lock (self, change->person, keys->old_key, error);

  change_keys_free (keys);
  return ok;
}
