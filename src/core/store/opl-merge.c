/* opl-merge.c: a copy for a laptop merged back into the practice (issue 16;
 * design.md §5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A three-way merge. The returned copy is copied aside (the user's file is never
 * written) and opened like a practice (a newer schema, another application's file or a
 * damaged one is refused there); it must be a copy this practice handed out, and the
 * state it was taken from (its sync_copy_info.base) must have the digest the practice
 * recorded. That state is attached to the store's connection as an in-memory database,
 * the copy beside it, and SQLite's session extension reads what changed on the laptop
 * and what changed in the practice since (opl-merge-changes.c).
 *
 * The plan: a row changed on one side only takes that side's change; a row changed on
 * both merges field by field. A true conflict (the same field changed to different
 * values, a row deleted on one side and changed on the other, the same thing added
 * twice differently, a form signed off on one side and edited on the other) waits for
 * a choice; nothing is dropped unseen. A final form is never changed: the edits become
 * a new version. The plan is tried in a savepoint that is rolled back, so the preview
 * shows what applying will do, or why it cannot.
 *
 * Applying is one transaction that first checks that the practice has not changed
 * since the preview, keeps who changed each row on the laptop and when (a row decided
 * by a choice records who chose and when) and records the merge and every choice
 * (sync_merge, sync_choice). Merging the same copy again finds it merged and does
 * nothing; an earlier choice is not asked again.
 */

#define G_LOG_DOMAIN "opl-merge"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-merge-private.h"
#include "opl-schema.h"
#include "opl-seal.h"
#include "opl-store-private.h"

G_DEFINE_QUARK (opl-merge-error-quark, opl_merge_error)

G_DEFINE_FINAL_TYPE (OplMerge, opl_merge, G_TYPE_OBJECT)

/* Opening the copy ------------------------------------------------------------------------ */

static gboolean
fail (GError      **error,
      OplMergeError code,
      const char   *message)
{
  g_set_error_literal (error, OPL_MERGE_ERROR, code, message);
  return FALSE;
}

/* Copies left aside by a merge that was killed: they hold practice data. */
static void
remove_stale (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf buf;

      if (g_str_has_prefix (name, "opl-merge-") && g_stat (path, &buf) == 0 &&
          buf.st_mtime < (time_t) (g_get_real_time () / G_USEC_PER_SEC) - 24 * 60 * 60)
        g_unlink (path);
    }
}

/* The user's file copied aside, with its write-ahead log if the laptop left one: in
 * the app's own cache folder (0700), where a merge that was killed leaves it only until
 * the next day's merge. */
static char *
copy_aside (const char  *path,
            GError     **error)
{
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "opleidingspraktijk", "merge", NULL);
  g_autofree char *template = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GFile) target = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  int fd;

  /* No cache folder to be had (a test's HOME is /dev/null): the temporary folder. */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_free (folder);
      folder = g_strdup (g_get_tmp_dir ());
    }
  remove_stale (folder);
  template = g_build_filename (folder, "opl-merge-XXXXXX.db", NULL);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", g_strerror (errno));
      return NULL;
    }
  close (fd);

  target = g_file_new_for_path (template);
  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_unlink (template);
      return NULL;
    }
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) wal_source = g_file_new_for_path (wal);
      g_autofree char *wal_target_path = g_strconcat (template, "-wal", NULL);
      g_autoptr(GFile) wal_target = g_file_new_for_path (wal_target_path);

      g_file_copy (wal_source, wal_target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }
  return g_steal_pointer (&template);
}

static void
remove_aside (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* The state a copy was taken from: a database image, sqlite3_malloc()ed for
 * sqlite3_deserialize(). */
typedef struct
{
  unsigned char *data;
  gsize          size;
} BaseImage;

static void
base_image_clear (BaseImage *base)
{
  g_clear_pointer (&base->data, sqlite3_free);
  base->size = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BaseImage, base_image_clear)

static gboolean
cannot_merge (const char    *copy_path,
              const GError  *reason,
              GError       **error)
{
  /* Translators: the first %s is a file, the second why it cannot be read */
  g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_NOT_A_COPY, _("“%s” cannot be merged: %s"), copy_path,
               reason->message);
  return FALSE;
}

static gboolean
has_sidecar (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  return g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (journal, G_FILE_TEST_EXISTS);
}

/* Opens the copy: read in place when it is whole (no journal beside it, not in
 * write-ahead-log mode) and of this schema, its quick_check on a worker meanwhile; else set aside (never writing the
 * user's file) and opened like a practice, migrated if older. A newer, foreign or
 * damaged file is refused here. */
static gboolean
open_copy (OplMerge    *self,
           const char  *copy_path,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!has_sidecar (copy_path))
    {
      self->copy = opl_database_open (copy_path, OPL_DATABASE_OPEN_READ_ONLY | OPL_DATABASE_OPEN_CHECK_LATER, NULL);
      /* Not a file in write-ahead-log mode either: reading it would make files beside it. */
      if (self->copy != NULL && opl_database_get_schema_version (self->copy) == OPL_DATABASE_SCHEMA_VERSION &&
          g_strcmp0 (opl_database_get_journal_mode (self->copy), "wal") != 0)
        return TRUE;
      g_clear_object (&self->copy);
    }

  self->temp_path = copy_aside (copy_path, error);
  if (self->temp_path == NULL)
    return FALSE;

  self->copy = opl_database_open (self->temp_path, OPL_DATABASE_OPEN_DEFAULT, &local_error);
  if (self->copy == NULL)
    return cannot_merge (copy_path, local_error, error);

  /* A newer version's copy opens read-only (design.md §4), but is not merged here. */
  if (opl_database_get_read_only (self->copy) == OPL_DATABASE_READ_ONLY_NEWER)
    {
      g_set_error (&local_error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_NEWER_SCHEMA,
                   _("it was saved by a newer version of Opleidingspraktijk; update the app on this computer first"));
      return cannot_merge (copy_path, local_error, error);
    }
  return TRUE;
}

/* The copy's description and the state it was taken from. */
static gboolean
read_copy (OplMerge    *self,
           const char  *copy_path,
           BaseImage   *base,
           GError     **error)
{
  sqlite3 *db = opl_database_get_handle (self->copy);
  sqlite3_blob *blob = NULL;
  sqlite3_int64 rowid = 0;
  sqlite3_stmt *stmt = NULL;
  int rc;

  self->info = opl_copy_info_read (self->copy);
  if (self->info == NULL)
    {
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_NOT_A_COPY,
                   _("“%s” is not a copy for a laptop; only a copy taken with “Copy for a Laptop…” can be merged"),
                   copy_path);
      return FALSE;
    }

  /* Read once, straight into what SQLite will attach, its pages mapped. */
  sqlite3_exec (db, "PRAGMA mmap_size = 1073741824", NULL, NULL, NULL);
  rc = sqlite3_prepare_v2 (db, "SELECT rowid FROM sync_copy_info", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    rowid = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_ROW)
    rc = sqlite3_blob_open (db, "main", "sync_copy_info", "base", rowid, 0, &blob);
  if (rc == SQLITE_OK)
    {
      base->size = (gsize) sqlite3_blob_bytes (blob);
      base->data = sqlite3_malloc64 (MAX (base->size, 1));
      rc = base->data == NULL ? SQLITE_NOMEM : sqlite3_blob_read (blob, base->data, (int) base->size, 0);
    }
  sqlite3_blob_close (blob);

  if (rc != SQLITE_OK)
    {
      g_autofree char *message = opl_database_describe (db, rc);
      g_autoptr(GError) reason = g_error_new_literal (OPL_MERGE_ERROR, OPL_MERGE_ERROR_TAMPERED, message);

      return cannot_merge (copy_path, reason, error);
    }
  return TRUE;
}

/* The digest of the base, computed on a worker while the changes are read (the base
 * is only read meanwhile; the merge waits for it before anything is shown). */
typedef struct
{
  const unsigned char *data;
  gsize                size;
} DigestJob;

static gpointer
digest_in_thread (gpointer data)
{
  DigestJob *job = data;
  char *digest = opl_seal_digest (job->data, job->size);

  g_free (job);
  return digest;
}

static void
start_digest (OplMerge        *self,
              const BaseImage *base)
{
  DigestJob *job = g_new0 (DigestJob, 1);

  job->data = base->data;
  job->size = base->size;
  self->digest_thread = g_thread_new ("opl-merge-digest", digest_in_thread, job);
}

/* That the copy is this practice's and was handed out by it. */
static gboolean
check_copy (OplMerge  *self,
            GError   **error)
{
  g_autofree char *practice_id = opl_store_get_practice_id (self->store);
  g_autoptr(GError) local_error = NULL;

  if (g_strcmp0 (practice_id, self->info->practice_id) != 0)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the name of the other practice */
      message = g_strdup_printf (_("This is a copy of another practice (“%s”)"), self->info->practice_name);
      return fail (error, OPL_MERGE_ERROR_FOREIGN, message);
    }

  if (!opl_store_copy_was_taken (self->store, self->info->copy_id, &self->recorded_digest, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return fail (error, OPL_MERGE_ERROR_FOREIGN,
                   _("This practice did not hand out this copy (was the practice file restored from an older "
                     "backup?)"));
    }
  return TRUE;
}

/* That the base is what the practice handed out (its digest, from the worker). */
static gboolean
check_digest (OplMerge  *self,
              GError   **error)
{
  g_autofree char *digest = NULL;

  if (self->digest_thread == NULL)
    return TRUE;

  digest = g_thread_join (g_steal_pointer (&self->digest_thread));
  if (g_strcmp0 (digest, self->recorded_digest) != 0 || g_strcmp0 (self->info->base_digest, self->recorded_digest) != 0)
    return fail (error, OPL_MERGE_ERROR_TAMPERED,
                 _("The copy was changed outside the app on the way: the state it was taken from is not what the "
                   "practice handed out. Nothing was merged."));
  return TRUE;
}

/* The base as the practice's schema has it now: an older one is migrated in memory. */
static gboolean
migrate_base (OplMerge   *self,
              BaseImage  *base,
              GError    **error)
{
  sqlite3 *memory = NULL;
  sqlite3_int64 migrated = 0;
  const guint8 *data = base->data;
  int version;

  if (base->size < 100)
    return fail (error, OPL_MERGE_ERROR_TAMPERED, _("The copy's record of the state it was taken from is damaged"));

  version = (data[60] << 24) | (data[61] << 16) | (data[62] << 8) | data[63];
  if (version == OPL_DATABASE_SCHEMA_VERSION)
    return TRUE;

  /* The image as it came is checked before it is replaced. */
  if (!check_digest (self, error))
    return FALSE;

  sqlite3_open (":memory:", &memory);
  sqlite3_deserialize (memory, "main", g_steal_pointer (&base->data), (sqlite3_int64) base->size,
                       (sqlite3_int64) base->size, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  for (int v = version; v < OPL_DATABASE_SCHEMA_VERSION; v++)
    sqlite3_exec (memory, opl_schema_get_migration (v), NULL, NULL, NULL);
  base->data = sqlite3_serialize (memory, "main", &migrated, 0);
  base->size = (gsize) migrated;
  sqlite3_close (memory);
  return base->data != NULL ||
         fail (error, OPL_MERGE_ERROR_TAMPERED, _("The copy's record of the state it was taken from is damaged"));
}

static gboolean
attach (OplMerge   *self,
        BaseImage  *base,
        GError    **error)
{
  const char *path = self->temp_path != NULL ? self->temp_path : opl_database_get_path (self->copy);
  char *sql = sqlite3_mprintf ("ATTACH %Q AS " OPL_MERGE_COPY_DB, path);
  int rc;

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  self->copy_attached = rc == SQLITE_OK;
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "ATTACH ':memory:' AS " OPL_MERGE_BASE_DB, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      return opl_merge_read_failed (self->db, error);
    }
  self->base_attached = TRUE;

  /* SQLite frees the image with the connection's database. */
  if (sqlite3_deserialize (self->db, OPL_MERGE_BASE_DB, g_steal_pointer (&base->data), (sqlite3_int64) base->size,
                           (sqlite3_int64) base->size,
                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
    return fail (error, OPL_MERGE_ERROR_TAMPERED, _("The copy's record of the state it was taken from is damaged"));
  return TRUE;
}

static void
detach_copy (OplMerge *self)
{
  opl_merge_tables_forget_statements (self->tables);
  if (self->copy_attached && self->db != NULL)
    sqlite3_exec (self->db, "DETACH " OPL_MERGE_COPY_DB, NULL, NULL, NULL);
  self->copy_attached = FALSE;
}

static void
detach (OplMerge *self)
{
  detach_copy (self);
  opl_merge_tables_forget_statements (self->tables);
  if (self->base_attached && self->db != NULL)
    sqlite3_exec (self->db, "DETACH " OPL_MERGE_BASE_DB, NULL, NULL, NULL);
  self->base_attached = FALSE;
}

/* When this very copy, with these very changes, was merged before. */
static char *
merged_before (OplMerge *self)
{
  sqlite3_stmt *stmt = NULL;
  char *when = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT created_at FROM main.sync_merge WHERE copy_id = ? AND changes_digest = ?",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, self->info->copy_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, self->changes_digest, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        when = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return when;
}

static void
read_previous_choices (OplMerge *self)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT c.row_key,"
                          " coalesce (c.practice_value, ''), coalesce (c.copy_value, ''), c.chosen"
                          " FROM main.sync_choice c JOIN main.sync_merge m ON m.id = c.merge_id WHERE m.copy_id = ?",
                          -1, &stmt, NULL) != SQLITE_OK)
    return;

  sqlite3_bind_text (stmt, 1, self->info->copy_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char *key = g_strconcat ((const char *) sqlite3_column_text (stmt, 0), "\x1f",
                               (const char *) sqlite3_column_text (stmt, 1), "\x1f",
                               (const char *) sqlite3_column_text (stmt, 2), NULL);
      OplMergeSide side = g_str_equal ((const char *) sqlite3_column_text (stmt, 3), "copy")
                          ? OPL_MERGE_SIDE_COPY : OPL_MERGE_SIDE_PRACTICE;

      g_hash_table_insert (self->previous, key, GINT_TO_POINTER (side));
    }
  sqlite3_finalize (stmt);
}

/* What the practice changed in the row @pk of @table since the copy was taken. */
static void
add_practice_change (OplMerge       *self,
                     OplMergeTable  *table,
                     sqlite3_value **pk)
{
  sqlite3_value **was = opl_merge_fetch_row (self->db, OPL_MERGE_BASE_DB, table, pk);
  sqlite3_value **is = opl_merge_fetch_row (self->db, "main", table, pk);
  OplMergeChange *change = opl_merge_compare_rows (table, was, is);

  opl_merge_values_free (was, table->n_columns);
  opl_merge_values_free (is, table->n_columns);
  if (change == NULL || g_hash_table_contains (self->practice_by_key, change->key))
    {
      g_clear_pointer (&change, opl_merge_change_free);
      return;
    }

  g_ptr_array_add (self->practice_changes, change);
  g_hash_table_insert (self->practice_by_key, change->key, change);
}

/* What the practice changed in the answers and seal of the form @form_id. */
static void
add_practice_answer_changes (OplMerge   *self,
                             const char *form_id)
{
  OplMergeTable *answers = NULL, *seals = NULL;
  sqlite3_stmt *stmt = NULL;

  for (guint i = 0; i < self->tables->len; i++)
    {
      OplMergeTable *table = g_ptr_array_index (self->tables, i);

      if (g_str_equal (table->name, "form_answer"))
        answers = table;
      else if (g_str_equal (table->name, "form_seal"))
        seals = table;
    }
  if (answers == NULL)
    return;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT id FROM main.form_answer WHERE form_id = ?1"
                          " UNION SELECT id FROM " OPL_MERGE_BASE_DB ".form_answer WHERE form_id = ?1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return;
  sqlite3_bind_text (stmt, 1, form_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      sqlite3_value **pk = opl_merge_values_new (answers->n_columns);

      pk[opl_merge_column (answers, "id")] = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
      add_practice_change (self, answers, pk);
      opl_merge_values_free (pk, answers->n_columns);
    }
  sqlite3_finalize (stmt);

  if (seals != NULL)
    {
      sqlite3_value **pk = opl_merge_values_new (seals->n_columns);

      pk[opl_merge_column (seals, "form_id")] = opl_merge_value_text (self->db, form_id);
      add_practice_change (self, seals, pk);
      opl_merge_values_free (pk, seals->n_columns);
    }
}

static gboolean
read_changes (OplMerge  *self,
              GError   **error)
{
  /* Before the practice is read: a commit while it is read counts as a change. */
  self->total_changes = sqlite3_total_changes (self->db);
  self->data_version = opl_database_get_data_version (opl_store_get_database (self->store));

  self->tables = opl_merge_read_tables (self->db, error);
  if (self->tables == NULL)
    return FALSE;

  if (!opl_merge_diff (self->db, OPL_MERGE_COPY_DB, self->tables, self->copy_changes, self->copy_by_key,
                       &self->changes_digest, error))
    return FALSE;

  /* The practice's changes that matter: of the rows the laptop changed, and of the
   * answers of the forms it signed off. Not a diff of the whole practice: a row only
   * the practice changed is kept as it is. */
  for (guint i = 0; i < self->copy_changes->len; i++)
    {
      OplMergeChange *change = g_ptr_array_index (self->copy_changes, i);

      add_practice_change (self, change->table, opl_merge_change_pk (change));
      if (g_str_equal (change->table->name, "form") && change->op == SQLITE_UPDATE)
        add_practice_answer_changes (self, change->row_key);
    }
  return TRUE;
}

/* GObject ------------------------------------------------------------------------------- */

static void
opl_merge_finalize (GObject *object)
{
  OplMerge *self = (OplMerge *)object;

  /* The digest's worker reads the base that SQLite frees when it is detached. */
  if (self->digest_thread != NULL)
    g_free (g_thread_join (g_steal_pointer (&self->digest_thread)));

  /* The plan's values first: they belong to the connection. */
  g_clear_pointer (&self->ops, g_ptr_array_unref);
  g_clear_pointer (&self->copy_changes, g_ptr_array_unref);
  g_clear_pointer (&self->practice_changes, g_ptr_array_unref);
  detach (self);
  if (self->temp_path != NULL)
    remove_aside (self->temp_path);

  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->line_list, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_clear_pointer (&self->remap, g_hash_table_unref);
  g_clear_pointer (&self->handled, g_hash_table_unref);
  g_clear_pointer (&self->copy_by_key, g_hash_table_unref);
  g_clear_pointer (&self->practice_by_key, g_hash_table_unref);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_pointer (&self->previous, g_hash_table_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->info, opl_copy_info_free);
  g_clear_object (&self->copy);
  g_free (self->temp_path);
  g_free (self->changes_digest);
  g_free (self->recorded_digest);
  g_free (self->merged_on);
  g_free (self->problem);
  g_free (self->now);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (opl_merge_parent_class)->finalize (object);
}

static void
line_free (OplMergeLine *line)
{
  g_free (line->label);
  g_free (line->table);
  g_free (line);
}

static void
opl_merge_class_init (OplMergeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_merge_finalize;
}

static void
opl_merge_init (OplMerge *self)
{
  self->copy_changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_change_free);
  self->practice_changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_change_free);
  self->copy_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->practice_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->previous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_op_free);
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_conflict_free);
  self->line_list = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  self->lines = g_hash_table_new (g_str_hash, g_str_equal);
  self->remap = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->handled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->now = opl_timestamp_now ();
}

/* API -------------------------------------------------------------------------------- */

/**
 * opl_merge_new:
 * @copy_path: a copy for a laptop, returned
 *
 * Reads the copy and plans its merge into @store's practice: the preview. Nothing is
 * written (the user's file neither).
 *
 * Returns: (transfer full): the merge, or %NULL with @error set when the file cannot be
 *   merged (not a copy, another practice's, changed on the way, damaged, newer)
 */
OplMerge *
opl_merge_new (OplStore    *store,
               const char  *copy_path,
               GError     **error)
{
  g_autoptr(OplMerge) self = NULL;
  g_auto(BaseImage) base = { 0 };
  g_autoptr(OplCopyInfo) own = NULL;
  g_autoptr(GError) check_error = NULL;

  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (copy_path != NULL, NULL);

  own = opl_store_get_copy_info (store);
  if (own != NULL)
    {
      fail (error, OPL_MERGE_ERROR_NOT_A_COPY,
            _("This file is itself a copy for a laptop; merge copies into the practice file"));
      return NULL;
    }

  self = g_object_new (OPL_TYPE_MERGE, NULL);
  self->store = g_object_ref (store);
  self->db = opl_database_get_handle (opl_store_get_database (store));
  if (!open_copy (self, copy_path, error) || !read_copy (self, copy_path, &base, error) ||
      !check_copy (self, error))
    return NULL;

  /* The base as it came is what the digest is of; migrated (rarely), it is a copy. */
  start_digest (self, &base);
  if (!migrate_base (self, &base, error) || !attach (self, &base, error) || !read_changes (self, error) ||
      !check_digest (self, error))
    {
      /* The digest's worker may still be reading @base, which is freed on return
       * before @self is: wait for it first (a damaged copy that cannot be attached
       * crashed here, found by the reliability suite). */
      if (self->digest_thread != NULL)
        g_free (g_thread_join (g_steal_pointer (&self->digest_thread)));
      return NULL;
    }

  self->merged_on = merged_before (self);
  read_previous_choices (self);
  opl_merge_replan (self);

  /* The copy's quick_check, on a worker meanwhile: a damaged copy is not merged. */
  if (!opl_database_wait_for_check (self->copy, &check_error))
    {
      cannot_merge (copy_path, check_error, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

const OplCopyInfo *
opl_merge_get_copy_info (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->info;
}

/**
 * opl_merge_was_merged:
 *
 * Returns: whether this copy, as it is, was merged before: it holds nothing new
 */
gboolean
opl_merge_was_merged (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  return self->merged_on != NULL;
}

void
opl_merge_get_counts (OplMerge       *self,
                      OplMergeCounts *counts)
{
  g_return_if_fail (OPL_IS_MERGE (self));

  *counts = self->counts;
}

/**
 * opl_merge_get_lines:
 *
 * Returns: (transfer none) (element-type OplMergeLine): what the merge adds, changes
 *   and deletes, per kind of row, in the order of writing
 */
GPtrArray *
opl_merge_get_lines (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->line_list;
}

/**
 * opl_merge_get_conflicts:
 *
 * Returns: (transfer none) (element-type OplMergeConflict): the true conflicts; a choice
 *   makes a new plan, so read them again after one
 */
GPtrArray *
opl_merge_get_conflicts (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->conflicts;
}

/**
 * opl_merge_get_problem:
 *
 * Returns: (nullable): why the plan as chosen cannot be applied
 */
const char *
opl_merge_get_problem (OplMerge *self)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), NULL);

  return self->problem;
}

gboolean
opl_merge_choose (OplMerge      *self,
                  const char    *key,
                  OplMergeSide   side,
                  GError       **error)
{
  gboolean found = FALSE;

  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  for (guint i = 0; i < self->conflicts->len && !found; i++)
    found = g_str_equal (((OplMergeConflict *) g_ptr_array_index (self->conflicts, i))->key, key);
  if (!found)
    return fail (error, OPL_MERGE_ERROR_UNRESOLVED, _("There is no such conflict"));

  g_hash_table_insert (self->choices, g_strdup (key), GINT_TO_POINTER (side));
  opl_merge_replan (self);
  return TRUE;
}

/**
 * opl_merge_choose_all:
 *
 * Chooses @side for every conflict, the ones a choice brings up too.
 */
gboolean
opl_merge_choose_all (OplMerge      *self,
                      OplMergeSide   side,
                      GError       **error)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  /* A choice can bring up a conflict further down (a row re-pointed): until none is new. */
  for (guint round = 0; round < 8 && self->counts.unresolved > 0; round++)
    {
      for (guint i = 0; i < self->conflicts->len; i++)
        {
          OplMergeConflict *conflict = g_ptr_array_index (self->conflicts, i);

          if (conflict->choice == OPL_MERGE_SIDE_NONE)
            g_hash_table_insert (self->choices, g_strdup (conflict->key), GINT_TO_POINTER (side));
        }
      opl_merge_replan (self);
    }
  return TRUE;
}

static gboolean
record_merge (OplMerge    *self,
              const char  *merge_id,
              GError     **error)
{
  OplDatabase *database = opl_store_get_database (self->store);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = opl_database_prepare (database,
                               "INSERT INTO sync_merge (id, copy_id, changes_digest, n_added, n_changed, n_deleted,"
                               " n_conflicts, created_at, created_by, changed_at, changed_by)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, merge_id);
  opl_bind_text (stmt, 2, self->info->copy_id);
  opl_bind_text (stmt, 3, self->changes_digest);
  sqlite3_bind_int (stmt, 4, (int) self->counts.added);
  sqlite3_bind_int (stmt, 5, (int) self->counts.changed);
  sqlite3_bind_int (stmt, 6, (int) self->counts.deleted);
  sqlite3_bind_int (stmt, 7, (int) self->counts.conflicts);
  opl_store_bind_audit (self->store, stmt, 8, self->now);
  return opl_database_step_done (database, stmt, error);
}

static gboolean
record_choices (OplMerge    *self,
                const char  *merge_id,
                GError     **error)
{
  OplDatabase *database = opl_store_get_database (self->store);

  for (guint i = 0; i < self->conflicts->len; i++)
    {
      OplMergeConflict *conflict = g_ptr_array_index (self->conflicts, i);
      g_autofree char *id = g_uuid_string_random ();
      g_autoptr(sqlite3_stmt) stmt = NULL;

      stmt = opl_database_prepare (database,
                                   "INSERT INTO sync_choice (id, merge_id, table_name, row_key, column_name,"
                                   " practice_value, copy_value, chosen, created_at, created_by, changed_at,"
                                   " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;

      /* The row's key is the conflict's: the same conflict next time finds it. */
      opl_bind_text (stmt, 1, id);
      opl_bind_text (stmt, 2, merge_id);
      opl_bind_text (stmt, 3, conflict->table);
      opl_bind_text (stmt, 4, conflict->key);
      opl_bind_text (stmt, 5, conflict->column);
      opl_bind_text (stmt, 6, conflict->practice_value);
      opl_bind_text (stmt, 7, conflict->copy_value);
      opl_bind_text (stmt, 8, conflict->choice == OPL_MERGE_SIDE_COPY ? "copy" : "practice");
      opl_store_bind_audit (self->store, stmt, 9, self->now);
      if (!opl_database_step_done (database, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* That the practice is as it was at the preview: its changes since the copy are the
 * same ones. */
static gboolean
check_unchanged (OplMerge  *self,
                 GError   **error)
{
  /* Nothing written on this connection but the tried plans, and nothing committed by
   * another, since the preview read the practice: it is as the preview saw it. Any
   * other write, wherever, makes the preview be looked at again. */
  if (self->total_changes == sqlite3_total_changes (self->db) &&
      self->data_version == opl_database_get_data_version (opl_store_get_database (self->store)))
    return TRUE;

  return fail (error, OPL_MERGE_ERROR_CHANGED,
               _("The practice changed since this preview (someone saved meanwhile); look at the merge again"));
}

/**
 * opl_merge_apply:
 *
 * Writes the merge into the practice in one transaction, after checking that the
 * practice is as it was at the preview and that every conflict has a choice.
 */
gboolean
opl_merge_apply (OplMerge  *self,
                 GError   **error)
{
  OplDatabase *database;
  g_autofree char *merge_id = g_uuid_string_random ();
  gboolean ok;

  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);

  /* Nothing to write (a copy merged before, or changed nowhere): nothing is recorded. */
  if (self->applied || self->merged_on != NULL ||
      (self->ops->len == 0 && self->counts.conflicts == 0))
    return TRUE;
  if (self->counts.unresolved > 0)
    return fail (error, OPL_MERGE_ERROR_UNRESOLVED,
                 _("Choose a side for every conflict first (or keep all of the practice, or all of the laptop)"));
  if (self->problem != NULL)
    return fail (error, OPL_MERGE_ERROR_REFUSED, self->problem);

  /* Only the practice is written: the copy (perhaps on a read-only stick) is let go
   * of before the transaction takes its locks. */
  detach_copy (self);
  database = opl_store_get_database (self->store);
  if (!opl_database_begin (database, error))
    return FALSE;

  ok = check_unchanged (self, error) && opl_merge_run_ops (self, error) && record_merge (self, merge_id, error) &&
       record_choices (self, merge_id, error);
  if (!opl_store_finish_action (self->store, ok, error))
    return FALSE;

  /* Done with the copy: another merge may attach its own. */
  self->applied = TRUE;
  g_ptr_array_set_size (self->ops, 0);
  detach (self);
  return TRUE;
}

/**
 * opl_merge_hand_back:
 * @path: where the laptop's next copy goes (the returned file itself, typically)
 *
 * After opl_merge_apply(): a new copy of the merged practice that continues this one,
 * so the laptop's next round starts from the merged state.
 */
gboolean
opl_merge_hand_back (OplMerge    *self,
                     const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (OPL_IS_MERGE (self), FALSE);
  g_return_val_if_fail (self->applied || self->merged_on != NULL, FALSE);

  return opl_store_copy_out (self->store, path, self->info->copy_id, error);
}
