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

/* The copy's description and the state it was taken from, from the file aside. */
static gboolean
read_copy (OplMerge      *self,
           const char    *copy_path,
           GBytes       **base,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OplDatabase) copy = opl_database_open (self->temp_path, OPL_DATABASE_OPEN_DEFAULT, &local_error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  if (copy == NULL)
    {
      /* Translators: the first %s is a file, the second why it cannot be read */
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_NOT_A_COPY, _("“%s” cannot be merged: %s"), copy_path,
                   local_error->message);
      return FALSE;
    }

  self->info = opl_copy_info_read (copy);
  if (self->info == NULL)
    {
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_NOT_A_COPY,
                   _("“%s” is not a copy for a laptop; only a copy taken with “Copy for a Laptop…” can be merged"),
                   copy_path);
      return FALSE;
    }

  stmt = opl_database_prepare (copy, "SELECT base FROM sync_copy_info", error);
  if (stmt == NULL || !opl_database_step_row (copy, stmt, &has_row, error) || !has_row)
    return FALSE;
  *base = g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
  return TRUE;
}

/* That the copy is this practice's, and its base is what the practice handed out. */
static gboolean
check_copy (OplMerge     *self,
            GBytes       *base,
            GError      **error)
{
  g_autofree char *practice_id = opl_store_get_practice_id (self->store);
  g_autofree char *recorded = NULL;
  g_autofree char *digest = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_strcmp0 (practice_id, self->info->practice_id) != 0)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the name of the other practice */
      message = g_strdup_printf (_("This is a copy of another practice (“%s”)"), self->info->practice_name);
      return fail (error, OPL_MERGE_ERROR_FOREIGN, message);
    }

  if (!opl_store_copy_was_taken (self->store, self->info->copy_id, &recorded, &local_error))
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

  digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, base);
  if (g_strcmp0 (digest, recorded) != 0 || g_strcmp0 (self->info->base_digest, recorded) != 0)
    return fail (error, OPL_MERGE_ERROR_TAMPERED,
                 _("The copy was changed outside the app on the way: the state it was taken from is not what the "
                   "practice handed out. Nothing was merged."));
  return TRUE;
}

/* The base as the practice's schema has it now: an older one is migrated in memory. */
static unsigned char *
load_base (OplMerge  *self,
           GBytes    *base,
           gsize     *size,
           GError   **error)
{
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (base, &length);
  sqlite3 *memory = NULL;
  unsigned char *image;
  int version;

  if (length < 100)
    {
      fail (error, OPL_MERGE_ERROR_TAMPERED, _("The copy's record of the state it was taken from is damaged"));
      return NULL;
    }

  version = (data[60] << 24) | (data[61] << 16) | (data[62] << 8) | data[63];
  image = sqlite3_malloc64 (length);
  memcpy (image, data, length);
  *size = length;
  if (version == OPL_DATABASE_SCHEMA_VERSION)
    return image;

  sqlite3_open (":memory:", &memory);
  sqlite3_deserialize (memory, "main", image, (sqlite3_int64) length, (sqlite3_int64) length,
                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  for (int v = version; v < OPL_DATABASE_SCHEMA_VERSION; v++)
    sqlite3_exec (memory, opl_schema_get_migration (v), NULL, NULL, NULL);
  {
    sqlite3_int64 migrated = 0;

    image = sqlite3_serialize (memory, "main", &migrated, 0);
    *size = (gsize) migrated;
  }
  sqlite3_close (memory);
  return image;
}

static gboolean
attach (OplMerge  *self,
        GBytes    *base,
        GError   **error)
{
  char *sql = sqlite3_mprintf ("ATTACH %Q AS " OPL_MERGE_COPY_DB "; ATTACH ':memory:' AS " OPL_MERGE_BASE_DB,
                               self->temp_path);
  unsigned char *image;
  gsize size = 0;
  int rc;

  image = load_base (self, base, &size, error);
  if (image == NULL)
    {
      sqlite3_free (sql);
      return FALSE;
    }

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  sqlite3_free (sql);
  if (rc != SQLITE_OK)
    {
      sqlite3_free (image);
      g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED, _("The copy could not be read: %s"),
                   sqlite3_errmsg (self->db));
      return FALSE;
    }
  self->attached = TRUE;

  if (sqlite3_deserialize (self->db, OPL_MERGE_BASE_DB, image, (sqlite3_int64) size, (sqlite3_int64) size,
                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
    return fail (error, OPL_MERGE_ERROR_TAMPERED, _("The copy's record of the state it was taken from is damaged"));
  return TRUE;
}

static void
detach (OplMerge *self)
{
  if (!self->attached || self->db == NULL)
    return;

  sqlite3_exec (self->db, "DETACH " OPL_MERGE_COPY_DB "; DETACH " OPL_MERGE_BASE_DB, NULL, NULL, NULL);
  self->attached = FALSE;
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

  return opl_merge_diff (self->db, OPL_MERGE_COPY_DB, self->tables, self->copy_changes, self->copy_by_key,
                         &self->changes_digest, error) &&
         opl_merge_diff (self->db, "main", self->tables, self->practice_changes, self->practice_by_key,
                         &self->practice_digest, error);
}

/* GObject ------------------------------------------------------------------------------- */

static void
opl_merge_finalize (GObject *object)
{
  OplMerge *self = (OplMerge *)object;

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
  g_free (self->temp_path);
  g_free (self->changes_digest);
  g_free (self->practice_digest);
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
  g_autoptr(GBytes) base = NULL;
  g_autoptr(OplCopyInfo) own = NULL;

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
  self->temp_path = copy_aside (copy_path, error);
  if (self->temp_path == NULL)
    return NULL;

  if (!read_copy (self, copy_path, &base, error) || !check_copy (self, base, error) ||
      !attach (self, base, error) || !read_changes (self, error))
    return NULL;

  self->merged_on = merged_before (self);
  read_previous_choices (self);
  opl_merge_replan (self);
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
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_change_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *digest = NULL;

  /* Nothing written on this connection but the tried plans, and nothing committed by
   * another, since the preview read the practice: it is as it was, without comparing
   * all of it again. */
  if (self->data_version >= 0 && self->total_changes == sqlite3_total_changes (self->db) &&
      self->data_version == opl_database_get_data_version (opl_store_get_database (self->store)))
    return TRUE;

  if (!opl_merge_diff (self->db, "main", self->tables, changes, by_key, &digest, error))
    return FALSE;
  if (g_strcmp0 (digest, self->practice_digest) != 0)
    return fail (error, OPL_MERGE_ERROR_CHANGED,
                 _("The practice changed since this preview (someone saved meanwhile); look at the merge again"));
  return TRUE;
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
