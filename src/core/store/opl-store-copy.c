/* opl-store-copy.c: a copy of the practice for a laptop (issue 16; design.md §5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A copy is the practice file as it is at one moment, taken with SQLite's backup API
 * (consistent while others write), in rollback-journal mode so that it is one file on a
 * USB stick. It carries that moment's state once more, as a database image
 * (sync_copy_info.base): the base of the three-way merge when it comes back
 * (opl-merge.c). The practice records the copy (sync_copy) with the BLAKE2b digest of that
 * image, so a base that was changed on the way is refused. The file is written next to
 * its place and renamed into it: it is there whole or not at all, mode 0600.
 */

#define G_LOG_DOMAIN "opl-store-copy"

#include "config.h"

#include <errno.h>
#include <fcntl.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-seal.h"
#include "opl-store-copy.h"
#include "opl-store-private.h"

void
opl_copy_info_free (OplCopyInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->copy_id);
  g_free (info->practice_id);
  g_free (info->practice_name);
  g_free (info->taken_at);
  g_free (info->taken_by);
  g_free (info->base_digest);
  g_free (info);
}

static char *
query_text (OplStore    *self,
            const char  *sql,
            GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, error);
  gboolean has_row;

  if (stmt == NULL || !opl_database_step_row (database, stmt, &has_row, error) || !has_row)
    return NULL;

  return g_strdup (opl_column_text (stmt, 0));
}

/**
 * opl_store_get_practice_id:
 *
 * Returns: (nullable): the practice's id, which its copies carry
 */
char *
opl_store_get_practice_id (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  return query_text (self, "SELECT id FROM practice", NULL);
}

/**
 * opl_copy_info_read:
 *
 * Returns: (nullable): what @database says about itself when it is a copy for a
 *   laptop; %NULL for a practice file
 */
OplCopyInfo *
opl_copy_info_read (OplDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  OplCopyInfo *info;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_DATABASE (database), NULL);

  stmt = opl_database_prepare (database,
                               "SELECT copy_id, practice_id, practice_name, created_at, created_by, base_digest"
                               " FROM sync_copy_info", NULL);
  if (stmt == NULL || !opl_database_step_row (database, stmt, &has_row, NULL) || !has_row)
    return NULL;

  info = g_new0 (OplCopyInfo, 1);
  info->copy_id = g_strdup (opl_column_text (stmt, 0));
  info->practice_id = g_strdup (opl_column_text (stmt, 1));
  info->practice_name = g_strdup (opl_column_text (stmt, 2));
  info->taken_at = g_strdup (opl_column_text (stmt, 3));
  info->taken_by = g_strdup (opl_column_text (stmt, 4));
  info->base_digest = g_strdup (opl_column_text (stmt, 5));
  return info;
}

/**
 * opl_store_get_copy_info:
 *
 * Returns: (nullable): what the store's file says about itself when it is a copy for
 *   a laptop; %NULL for a practice file
 */
OplCopyInfo *
opl_store_get_copy_info (OplStore *self)
{
  g_return_val_if_fail (OPL_IS_STORE (self), NULL);

  return opl_copy_info_read (opl_store_get_database (self));
}

/**
 * opl_store_copy_was_taken:
 * @base_digest: (out) (optional): the digest of the state it was taken from
 *
 * Returns: whether this practice handed out the copy @copy_id; %FALSE with @error
 *   unset when it did not
 */
gboolean
opl_store_copy_was_taken (OplStore    *self,
                          const char  *copy_id,
                          char       **base_digest,
                          GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);

  stmt = opl_database_prepare (database, "SELECT base_digest FROM sync_copy WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, copy_id);
  if (!opl_database_step_row (database, stmt, &has_row, error) || !has_row)
    return FALSE;

  if (base_digest != NULL)
    *base_digest = g_strdup (opl_column_text (stmt, 0));
  return TRUE;
}

static gboolean
sqlite_error (sqlite3     *db,
              const char  *path,
              int          rc,
              GError     **error)
{
  g_autofree char *reason = opl_database_describe (db, rc);

  /* Translators: the first %s is a file, the second SQLite's reason */
  g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN, _("Could not write the copy “%s”: %s"), path,
               reason);
  return FALSE;
}

/* The practice as it is now, into the new file @dest. */
static gboolean
back_up (OplStore    *self,
         sqlite3     *dest,
         const char  *path,
         GError     **error)
{
  sqlite3 *source = opl_database_get_handle (opl_store_get_database (self));
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    return sqlite_error (dest, path, SQLITE_ERROR, error);

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    return sqlite_error (dest, path, rc, error);

  /* One file on a USB stick: no write-ahead log beside it. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  return rc == SQLITE_OK || sqlite_error (dest, path, rc, error);
}

/* Writes the copy's own description, with the state it starts from (its image now). */
static gboolean
describe_copy (OplStore    *self,
               sqlite3     *dest,
               const char  *path,
               const char  *copy_id,
               const char  *now,
               char       **digest,
               GError     **error)
{
  g_autofree char *practice_id = opl_store_get_practice_id (self);
  sqlite3_int64 size = 0;
  unsigned char *image = sqlite3_serialize (dest, "main", &size, 0);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (image == NULL || practice_id == NULL)
    {
      sqlite3_free (image);
      return sqlite_error (dest, path, SQLITE_NOMEM, error);
    }

  *digest = opl_seal_digest (image, (gsize) size);
  rc = sqlite3_prepare_v2 (dest,
                           "INSERT INTO sync_copy_info (copy_id, practice_id, practice_name, base_digest, base,"
                           " created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, copy_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, practice_id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, opl_store_get_practice_name (self), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, *digest, -1, SQLITE_STATIC);
      sqlite3_bind_blob64 (stmt, 5, image, (sqlite3_uint64) size, sqlite3_free);
      image = NULL;
      sqlite3_bind_text (stmt, 6, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, opl_store_get_actor (self), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, opl_store_get_actor (self), -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (dest);
    }
  sqlite3_free (image);
  sqlite3_finalize (stmt);

  return rc == SQLITE_OK || sqlite_error (dest, path, rc, error);
}

/* Records in the practice that the copy @copy_id was handed out. */
static gboolean
record_copy (OplStore    *self,
             const char  *path,
             const char  *copy_id,
             const char  *parent_id,
             const char  *digest,
             const char  *now,
             GError     **error)
{
  OplDatabase *database = opl_store_get_database (self);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;

  if (!opl_database_begin (database, error))
    return FALSE;

  stmt = opl_database_prepare (database,
                               "INSERT INTO sync_copy (id, base_digest, file_name, parent_id, created_at, created_by,"
                               " changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  ok = stmt != NULL;
  if (ok)
    {
      opl_bind_text (stmt, 1, copy_id);
      opl_bind_text (stmt, 2, digest);
      opl_bind_text (stmt, 3, name);
      opl_bind_text (stmt, 4, parent_id);
      opl_store_bind_audit (self, stmt, 5, now);
      ok = opl_database_step_done (database, stmt, error);
    }
  opl_database_release (g_steal_pointer (&stmt));

  return opl_store_finish_quiet_action (self, ok, error);
}

/* An empty file for SQLite to write the copy into, beside @path, mode 0600. */
static char *
make_temporary (const char  *path,
                GError     **error)
{
  char *template = g_strconcat (path, ".tmp-XXXXXX", NULL);
  int fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      /* Translators: the first %s is a file, the second the system's reason */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _("Could not write the copy “%s”: %s"),
                   path, g_strerror (saved_errno));
      g_free (template);
      return NULL;
    }

  close (fd);
  return template;
}

static gboolean
is_same_file (const char *a,
              const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/**
 * opl_store_copy_out:
 * @path: where to write the copy (replaced when it exists)
 * @parent_id: (nullable): the copy whose merge this copy continues (a copy handed
 *   back), or %NULL for a new one
 *
 * Writes a copy of the practice for a laptop and records it in the practice, taken by
 * the store's actor. A copy cannot be copied again: copies come from the practice.
 */
gboolean
opl_store_copy_out (OplStore    *self,
                    const char  *path,
                    const char  *parent_id,
                    GError     **error)
{
  g_autoptr(OplCopyInfo) info = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *copy_id = g_uuid_string_random ();
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *digest = NULL;
  sqlite3 *dest = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  info = opl_store_get_copy_info (self);
  if (info != NULL)
    {
      g_set_error_literal (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                           _("This file is itself a copy for a laptop; take copies from the practice file"));
      return FALSE;
    }
  if (is_same_file (path, opl_database_get_path (opl_store_get_database (self))))
    {
      g_set_error_literal (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                           _("A copy cannot replace the practice file itself; choose another name"));
      return FALSE;
    }

  temporary = make_temporary (path, error);
  if (temporary == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temporary, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  ok = rc == SQLITE_OK || sqlite_error (dest, path, rc, error);
  ok = ok && back_up (self, dest, path, error) && describe_copy (self, dest, path, copy_id, now, &digest, error);
  if (sqlite3_close (dest) != SQLITE_OK && ok)
    ok = sqlite_error (NULL, path, SQLITE_BUSY, error);

  /* The practice knows the copy before the copy is in its place: a copy the practice
   * does not know would not merge. */
  ok = ok && record_copy (self, path, copy_id, parent_id, digest, now, error);
  if (ok && g_rename (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _("Could not write the copy “%s”: %s"),
                   path, g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    g_unlink (temporary);
  return ok;
}
