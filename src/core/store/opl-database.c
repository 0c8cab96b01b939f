/* opl-database.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-backup.h"
#include "opl-check-cache.h"
#include "opl-database.h"
#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-schema.h"

/* How long a writer waits for another process before giving up (design.md §4). */
#define BUSY_TIMEOUT_MS 10000

#define SQLITE_HEADER_SIZE 100

struct _OplDatabase
{
  GObject     parent_instance;

  /* Owned references */
  sqlite3    *db;
  char       *path;
  char       *journal_mode;
  GHashTable *statements;

  int         schema_version;
  guint       read_only : 1;
  guint       rolled_back : 1;  /* a crash's unfinished change was undone on open */
  OplDatabaseReadOnly read_only_reason;
  char       *damage;         /* what the integrity check found, for a damaged file */

  /* The quick_check of OPL_DATABASE_OPEN_CHECK_LATER, on a worker thread. */
  GMutex      check_mutex;
  GCond       check_cond;
  gboolean    check_running;
  GError     *check_error;
};

G_DEFINE_FINAL_TYPE (OplDatabase, opl_database, G_TYPE_OBJECT)

enum {
  SIGNAL_CHECK_FAILED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (opl-database-error-quark, opl_database_error)

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return OPL_DATABASE_ERROR_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return OPL_DATABASE_ERROR_BUSY;
    case SQLITE_NOTADB:
      return OPL_DATABASE_ERROR_NOT_A_DATABASE;
    case SQLITE_CORRUPT:
      return OPL_DATABASE_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return OPL_DATABASE_ERROR_READ_ONLY;
    case SQLITE_CANTOPEN:
      return OPL_DATABASE_ERROR_OPEN;
    default:
      return OPL_DATABASE_ERROR_QUERY;
    }
}

/**
 * opl_database_one_line:
 * @text: what SQLite said (its error message, or a row of integrity_check)
 *
 * @text as one line a person can read: valid UTF-8 (a damaged schema quotes its bytes),
 * its lines joined, and cut after 200 characters (integrity_check lists every page it
 * could not read).
 *
 * Returns: (transfer full): the line
 */
char *
opl_database_one_line (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  g_auto(GStrv) parts = g_strsplit_set (valid, "\r\n\t", -1);
  const glong limit = 200;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, parts[i]);
    }

  if (g_utf8_strlen (line->str, -1) > limit)
    {
      g_string_truncate (line, g_utf8_offset_to_pointer (line->str, limit) - line->str);
      g_string_append (line, "…");
    }

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/**
 * opl_database_describe:
 * @db: (nullable): the connection that failed
 * @rc: what it returned
 *
 * Returns: (transfer full): SQLite's reason for @rc, as one line (opl_database_one_line())
 */
char *
opl_database_describe (sqlite3 *db,
                       int      rc)
{
  return opl_database_one_line (db != NULL && sqlite3_errcode (db) != SQLITE_OK ? sqlite3_errmsg (db)
                                                                                 : sqlite3_errstr (rc));
}

void
opl_database_set_error (OplDatabase  *self,
                        int           rc,
                        GError      **error)
{
  g_autofree char *message = opl_database_describe (self->db, rc);

  g_set_error_literal (error, OPL_DATABASE_ERROR, error_code_for_sqlite (rc), message);
}

sqlite3 *
opl_database_get_handle (OplDatabase *self)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), NULL);

  return self->db;
}

/**
 * opl_database_prepare:
 * @sql: a static SQL string with `?` parameters
 *
 * Returns a prepared statement from the connection's cache, compiled on first use.
 * Give it back with opl_database_release() (g_autoptr does that).
 *
 * Returns: (transfer none) (nullable): the statement, or %NULL with @error set
 */
sqlite3_stmt *
opl_database_prepare (OplDatabase  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (OPL_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      opl_database_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
opl_database_release (sqlite3_stmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

gboolean
opl_database_step_done (OplDatabase   *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  opl_database_set_error (self, rc, error);
  return FALSE;
}

gboolean
opl_database_step_row (OplDatabase   *self,
                       sqlite3_stmt  *stmt,
                       gboolean      *has_row,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  *has_row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;

  opl_database_set_error (self, rc, error);
  return FALSE;
}

gboolean
opl_database_exec (OplDatabase  *self,
                   const char   *sql,
                   GError      **error)
{
  int rc;

  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      opl_database_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (OplDatabase  *self,
           const char   *sql,
           gint64       *value,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (self, sql, error);
  gboolean has_row;

  if (stmt == NULL || !opl_database_step_row (self, stmt, &has_row, error))
    return FALSE;

  *value = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
has_pending_journal (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *journal = g_strconcat (path, suffixes[i], NULL);
      struct stat st;

      if (g_stat (journal, &st) == 0 && st.st_size > 0)
        return TRUE;
    }

  return FALSE;
}

/* Looks at the 100-byte SQLite header ourselves, before SQLite may touch the file,
 * so that a foreign or damaged file is refused without a single byte written. */
static gboolean
check_header (const char  *path,
              goffset      size,
              GError     **error)
{
  guint8 header[SQLITE_HEADER_SIZE];
  guint32 page_size;
  guint32 page_count;
  guint32 app_id;
  ssize_t n_read;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  n_read = read (fd, header, sizeof header);
  close (fd);

  if (n_read != (ssize_t) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a practice database"), path);
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;

  /* A process killed in a checkpoint or a transaction leaves the file mid-way, with a
   * WAL or a hot journal that SQLite replays on open; only quick_check can judge it. */
  if (has_pending_journal (path))
    return TRUE;

  if (page_size < 512 || (page_size & (page_size - 1)) != 0 || size % page_size != 0)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: its size does not match its pages"), path);
      return FALSE;
    }

  /* The page count in the header is valid when the change counter matches the
   * version-valid-for number; a file shorter than that count was truncated. */
  page_count = read_be32 (header + 28);
  if (read_be32 (header + 24) == read_be32 (header + 92) &&
      (goffset) page_count * page_size > size)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: the file is shorter than its contents (truncated)"),
                   path);
      return FALSE;
    }

  app_id = read_be32 (header + 68);
  if (app_id != 0 && app_id != OPL_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_FOREIGN,
                   _("“%s” is a database of another application"), path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_writable (const char *path)
{
  struct stat st;

  /* Root may write anywhere, but a file without any write permission bit was
   * meant to be read-only: respect that too. */
  if (access (path, W_OK) != 0)
    return FALSE;

  if (g_stat (path, &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return FALSE;

  return TRUE;
}

/* Everything that can be said about the path before SQLite opens it. Sets
 * @exists; refuses what cannot be a practice database. */
static gboolean
check_path (const char            *path,
            OplDatabaseOpenFlags   flags,
            gboolean              *exists,
            GError               **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      *exists = FALSE;
      if (saved_errno != ENOENT)
        {
          g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                       _("Cannot open “%s”: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }

      if ((flags & OPL_DATABASE_OPEN_CREATE) == 0 || (flags & OPL_DATABASE_OPEN_READ_ONLY) != 0)
        {
          g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_MISSING,
                       _("“%s” does not exist"), path);
          return FALSE;
        }

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          saved_errno = errno;
          g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                       _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
          return FALSE;
        }

      if (!is_writable (dir))
        {
          g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_READ_ONLY,
                       _("Cannot create a database in “%s”: the folder is read-only"), dir);
          return FALSE;
        }

      return TRUE;
    }

  *exists = TRUE;

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                   _("“%s” is not a file"), path);
      return FALSE;
    }

  if (st.st_size > 0 && !check_header (path, st.st_size, error))
    return FALSE;

  if ((flags & OPL_DATABASE_OPEN_READ_ONLY) == 0 && (!is_writable (path) || !is_writable (dir)))
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is read-only: the practice cannot be changed"), path);
      return FALSE;
    }

  return TRUE;
}

/**
 * opl_database_journal_mode_for_filesystem:
 * @fs_type: (nullable): the filesystem type as GIO reports it ("ext4", "nfs", ...)
 * @remote: whether GIO reports the filesystem as remote
 *
 * WAL needs shared memory between the processes and must not be used on a network
 * filesystem; there the rollback journal is the safe mode (design.md §4, testing.md
 * "SQLite facts").
 *
 * Returns: "wal" or "delete"
 */
const char *
opl_database_journal_mode_for_filesystem (const char *fs_type,
                                          gboolean    remote)
{
  static const char * const network_types[] = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "afs", "ncpfs", "9p", "davfs",
    "fuse.sshfs", "fuse.davfs", "fuse.gvfsd-fuse", "fuse.rclone", "fuse.s3fs",
  };

  if (remote)
    return "delete";

  if (fs_type != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (network_types); i++)
        {
          if (g_ascii_strcasecmp (fs_type, network_types[i]) == 0)
            return "delete";
        }
    }

  return "wal";
}

static const char *
choose_journal_mode (const char           *path,
                     OplDatabaseOpenFlags  flags)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GFileInfo) info = NULL;

  if (flags & OPL_DATABASE_OPEN_NETWORK)
    return "delete";

  info = g_file_query_filesystem_info (file,
                                       G_FILE_ATTRIBUTE_FILESYSTEM_TYPE ","
                                       G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE,
                                       NULL, NULL);
  if (info == NULL)
    return "wal";

  return opl_database_journal_mode_for_filesystem (
    g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_FILESYSTEM_TYPE),
    g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE));
}

static gboolean
read_journal_mode (OplDatabase  *self,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (self, "PRAGMA journal_mode", error);
  gboolean has_row;

  if (stmt == NULL || !opl_database_step_row (self, stmt, &has_row, error))
    return FALSE;

  g_free (self->journal_mode);
  self->journal_mode = g_ascii_strdown (has_row ? (const char *) sqlite3_column_text (stmt, 0) : "delete", -1);
  return TRUE;
}

static gboolean
set_journal_mode (OplDatabase  *self,
                  const char   *mode,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sql;
  gboolean has_row;

  g_autoptr(GError) local_error = NULL;

  sql = g_str_equal (mode, "wal") ? "PRAGMA journal_mode = WAL" : "PRAGMA journal_mode = DELETE";
  stmt = opl_database_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  if (opl_database_step_row (self, stmt, &has_row, &local_error) && has_row)
    {
      g_free (self->journal_mode);
      self->journal_mode = g_ascii_strdown ((const char *) sqlite3_column_text (stmt, 0), -1);
    }
  else if (g_error_matches (local_error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_BUSY))
    {
      /* Leaving WAL needs the file to itself. While another process has it open,
       * keep the mode that process chose: all of them must use the same one. */
      g_debug ("Keeping the journal mode of %s: %s", self->path, local_error->message);
      opl_database_release (g_steal_pointer (&stmt));
      if (!read_journal_mode (self, error))
        return FALSE;
    }
  else
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return opl_database_exec (self,
                            g_str_equal (self->journal_mode, "wal")
                              ? "PRAGMA synchronous = NORMAL"
                              : "PRAGMA synchronous = FULL",
                            error);
}

/* "“path” is damaged: what integrity_check found first", in one line. */
static void
set_damaged (OplDatabase  *self,
             const char   *problem,
             GError      **error)
{
  g_autofree char *line = opl_database_one_line (problem);

  g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT,
               _("“%s” is damaged: %s"), self->path, line);
}

/**
 * opl_database_quick_check:
 *
 * Runs SQLite's quick_check. A file that fails it is never written to (design.md §4).
 */
gboolean
opl_database_quick_check (OplDatabase  *self,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean has_row;

  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  stmt = opl_database_prepare (self, "PRAGMA quick_check(1)", &local_error);
  if (stmt == NULL || !opl_database_step_row (self, stmt, &has_row, &local_error))
    {
      if (g_error_matches (local_error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY))
        local_error->code = OPL_DATABASE_ERROR_CORRUPT;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (has_row && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      set_damaged (self, (const char *) sqlite3_column_text (stmt, 0), error);
      return FALSE;
    }

  return TRUE;
}

/* The gate before writing (design.md §4; issue 17): a full integrity_check, which also
 * finds a damaged index (quick_check does not), once per change of the file. */
static gboolean
check_file (OplDatabase  *self,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean has_row;

  if (opl_check_cache_is_intact (self->path))
    return TRUE;

  stmt = opl_database_prepare (self, "PRAGMA integrity_check(20)", &local_error);
  if (stmt == NULL || !opl_database_step_row (self, stmt, &has_row, &local_error))
    {
      if (g_error_matches (local_error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY))
        local_error->code = OPL_DATABASE_ERROR_CORRUPT;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (has_row && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      set_damaged (self, (const char *) sqlite3_column_text (stmt, 0), error);
      return FALSE;
    }

  opl_database_release (g_steal_pointer (&stmt));
  opl_check_cache_remember (self->path);
  return TRUE;
}

/* The rows of a PRAGMA that reports problems, each as one line of text. */
static GPtrArray *
list_problems (OplDatabase  *self,
               const char   *sql,
               gboolean      ok_row,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (self, sql, error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row = FALSE;
  gboolean ok;

  if (stmt == NULL)
    return NULL;

  while ((ok = opl_database_step_row (self, stmt, &has_row, error)) && has_row)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (ok_row && problems->len == 0 && g_strcmp0 (text, "ok") == 0)
        return g_steal_pointer (&problems);

      if (ok_row)
        g_ptr_array_add (problems, g_strdup (text));
      else
        g_ptr_array_add (problems, g_strdup_printf ("%s row %" G_GINT64_FORMAT " refers to a missing %s row",
                                                    text, (gint64) sqlite3_column_int64 (stmt, 1),
                                                    sqlite3_column_text (stmt, 2)));
    }

  return ok ? g_steal_pointer (&problems) : NULL;
}

/**
 * opl_database_check_integrity:
 *
 * Runs SQLite's full integrity_check.
 *
 * Returns: (transfer full) (element-type utf8): what it found, empty when the file is
 *   whole, or %NULL with @error set when the check could not run
 */
GPtrArray *
opl_database_check_integrity (OplDatabase  *self,
                              GError      **error)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), NULL);

  return list_problems (self, "PRAGMA integrity_check", TRUE, error);
}

/**
 * opl_database_check_foreign_keys:
 *
 * Returns: (transfer full) (element-type utf8): each row that refers to a missing row,
 *   empty when there is none, or %NULL with @error set
 */
GPtrArray *
opl_database_check_foreign_keys (OplDatabase  *self,
                                 GError      **error)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), NULL);

  return list_problems (self, "PRAGMA foreign_key_check", FALSE, error);
}

/* The worker: the same quick_check on a read-only connection of its own. */
static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  OplDatabase *self = source_object;
  g_autoptr(OplDatabase) reader = g_object_new (OPL_TYPE_DATABASE, NULL);
  g_autoptr(GError) error = NULL;
  int rc;

  reader->path = g_strdup (self->path);
  rc = sqlite3_open_v2 (self->path, &reader->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    opl_database_set_error (reader, rc, &error);
  else
    {
      sqlite3_busy_timeout (reader->db, BUSY_TIMEOUT_MS);
      check_file (reader, &error);
    }

  g_mutex_lock (&self->check_mutex);
  self->check_running = FALSE;
  if (error != NULL)
    {
      /* Never written from now on; the window says so and offers a backup. */
      self->read_only = TRUE;
      self->read_only_reason = OPL_DATABASE_READ_ONLY_DAMAGED;
      g_free (self->damage);
      self->damage = g_strdup (error->message);
    }
  self->check_error = g_steal_pointer (&error);
  g_cond_broadcast (&self->check_cond);
  g_mutex_unlock (&self->check_mutex);

  g_task_return_boolean (task, TRUE);
}

static void
on_check_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OplDatabase *self = OPL_DATABASE (object);
  g_autoptr(GError) error = NULL;

  if (!opl_database_wait_for_check (self, &error))
    {
      g_debug ("%s", error->message);
      g_signal_emit (self, signals[SIGNAL_CHECK_FAILED], 0, error);
    }
}

static void
start_check (OplDatabase *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_check_done_cb, NULL);

  self->check_running = TRUE;
  g_task_set_source_tag (task, start_check);
  g_task_run_in_thread (task, check_in_thread);
}

/**
 * opl_database_wait_for_check:
 *
 * Waits for the quick_check of %OPL_DATABASE_OPEN_CHECK_LATER, if one runs.
 *
 * Returns: %FALSE with @error set when it found the file damaged (or could not read
 *   it); %TRUE when it passed or none was asked for
 */
gboolean
opl_database_wait_for_check (OplDatabase  *self,
                             GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  g_mutex_lock (&self->check_mutex);
  while (self->check_running)
    g_cond_wait (&self->check_cond, &self->check_mutex);
  ok = self->check_error == NULL;
  if (!ok)
    g_propagate_error (error, g_error_copy (self->check_error));
  g_mutex_unlock (&self->check_mutex);

  return ok;
}

static gboolean
is_foreign (OplDatabase  *self,
            gboolean     *foreign,
            GError      **error)
{
  gint64 app_id, n_tables;

  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &n_tables, error))
    return FALSE;

  *foreign = app_id != OPL_DATABASE_APPLICATION_ID && (app_id != 0 || n_tables > 0);
  return TRUE;
}

static gboolean
back_up_before_migration (OplDatabase  *self,
                          GError      **error)
{
  g_autofree char *folder = opl_backup_default_folder (self->path);
  g_autoptr(GError) local_error = NULL;

  if (opl_backup_create (self->path, folder, OPL_BACKUP_REASON_BEFORE_MIGRATION, NULL, &local_error))
    return TRUE;

  g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_MIGRATION,
               _("Could not upgrade “%s”: no backup of it could be made first (%s); nothing was changed"),
               self->path, local_error->message);
  return FALSE;
}

static gboolean
migrate (OplDatabase  *self,
         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 version;

  /* A practice is upgraded only after a checked backup of it as it was (issue 17); a
   * new, empty file has nothing to keep. */
  if (self->schema_version > 0 && !back_up_before_migration (self, error))
    return FALSE;

  if (!opl_database_begin (self, error))
    return FALSE;

  /* Another process may have migrated between our first look and the lock. */
  if (!query_int (self, "PRAGMA user_version", &version, &local_error))
    goto failed;

  for (gint64 v = version; v < OPL_DATABASE_SCHEMA_VERSION; v++)
    {
      g_debug ("Migrating %s from schema %" G_GINT64_FORMAT, self->path, v);
      if (!opl_database_exec (self, opl_schema_get_migration ((int) v), &local_error))
        goto failed;
    }

  if (!opl_database_exec (self, opl_schema_get_version_pragmas (), &local_error) ||
      !opl_database_commit (self, &local_error))
    goto failed;

  self->schema_version = OPL_DATABASE_SCHEMA_VERSION;
  return TRUE;

failed:
  opl_database_rollback (self);
  g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_MIGRATION,
               _("Could not upgrade “%s”; nothing was changed: %s"),
               self->path, local_error->message);
  return FALSE;
}

/* Creates @path empty with mode 0600, for SQLite to open. */
static gboolean
create_private (const char  *path,
                GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                   _("Cannot create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/* The file's check; a damaged file fails, or with %OPL_DATABASE_OPEN_DAMAGED_READ_ONLY
 * is kept open read-only, its damage remembered. */
static gboolean
check_or_keep_damaged (OplDatabase           *self,
                       OplDatabaseOpenFlags   flags,
                       GError               **error)
{
  g_autoptr(GError) local_error = NULL;

  if (check_file (self, &local_error))
    return TRUE;

  if (!(flags & OPL_DATABASE_OPEN_DAMAGED_READ_ONLY) ||
      !g_error_matches (local_error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->read_only = TRUE;
  self->read_only_reason = OPL_DATABASE_READ_ONLY_DAMAGED;
  g_free (self->damage);
  self->damage = g_strdup (local_error->message);
  return TRUE;
}

/* An older file, read: its image is upgraded in memory, and read there. The file is
 * neither migrated nor written. */
static gboolean
upgrade_in_memory (OplDatabase  *self,
                   GError      **error)
{
  sqlite3_int64 size = 0;
  unsigned char *image;
  int rc;

  /* The statements prepared so far belong to the file's connection. */
  g_hash_table_remove_all (self->statements);
  image = sqlite3_serialize (self->db, "main", &size, 0);
  if (image == NULL || size < SQLITE_HEADER_SIZE)
    {
      sqlite3_free (image);
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT, _("“%s” could not be read"), self->path);
      return FALSE;
    }

  /* A database in memory has no write-ahead log: the header says rollback journal. */
  image[18] = image[19] = 1;
  g_clear_pointer (&self->db, sqlite3_close);
  rc = sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_deserialize (self->db, "main", image, size, size,
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  else
    sqlite3_free (image);
  if (rc != SQLITE_OK)
    {
      opl_database_set_error (self, rc, error);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  if (!opl_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  for (int v = self->schema_version; v < OPL_DATABASE_SCHEMA_VERSION; v++)
    if (!opl_database_exec (self, opl_schema_get_migration (v), error))
      return FALSE;
  return opl_database_exec (self, opl_schema_get_version_pragmas (), error);
}

/* A process killed in a transaction in rollback-journal mode leaves a hot journal: the
 * pages as they were before it. A read-only connection cannot put them back
 * (SQLITE_READONLY_ROLLBACK), so the file would look damaged to every mode that only
 * reads. SQLite's own recovery is to roll it back: done here on a connection of its
 * own, which writes only the pages the journal holds, as the first writer would. */
static gboolean
roll_back_hot_journal (OplDatabase  *self,
                       GError      **error)
{
  sqlite3 *writer = NULL;
  int rc;

  rc = sqlite3_exec (self->db, "PRAGMA schema_version", NULL, NULL, NULL);
  if (rc != SQLITE_READONLY_ROLLBACK)
    return TRUE;

  rc = sqlite3_open_v2 (self->path, &writer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (writer, BUSY_TIMEOUT_MS);
      rc = sqlite3_exec (writer, "PRAGMA schema_version", NULL, NULL, NULL);
    }
  sqlite3_close (writer);

  if (rc != SQLITE_OK)
    {
      /* Translators: %s is the practice file */
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                   _("“%s” needs a recovery: a crash left an unfinished change in its journal, and it could not be "
                     "undone here (open it once where it can be written)"), self->path);
      return FALSE;
    }

  self->rolled_back = TRUE;
  g_debug ("%s: rolled back the unfinished change a crash left", self->path);
  return TRUE;
}

/**
 * opl_database_get_rolled_back:
 *
 * Returns: whether opening undid an unfinished change a crash had left (a hot
 *   rollback journal), as SQLite does on the first access to such a file
 */
gboolean
opl_database_get_rolled_back (OplDatabase *self)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  return self->rolled_back;
}

static gboolean
open_connection (OplDatabase           *self,
                 gboolean               exists,
                 OplDatabaseOpenFlags   flags,
                 GError               **error)
{
  gboolean read_only = (flags & OPL_DATABASE_OPEN_READ_ONLY) != 0;
  const char *journal_mode;
  gboolean foreign;
  gint64 version;
  int rc;

  /* A new practice file is its owner's alone (0600); SQLite gives its -wal and -shm
   * files the same mode. A file that is there keeps the mode it has (a practice in a
   * folder a group shares: chmod 0660 once). */
  if (!exists && !read_only && !create_private (self->path, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                        SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *reason = opl_database_describe (self->db, rc);

      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN,
                   _("Cannot open “%s”: %s"), self->path, reason);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  self->read_only = read_only;

  if (read_only && exists && !roll_back_hot_journal (self, error))
    return FALSE;

  if (!query_int (self, "PRAGMA user_version", &version, error))
    return FALSE;
  /* SQLite keeps it as a signed 32-bit number in the header: below 0 is damage. */
  if (version < 0)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged: its header gives an impossible version (%d)"), self->path, (int) version);
      return FALSE;
    }
  self->schema_version = (int) version;

  if (!is_foreign (self, &foreign, error))
    return FALSE;
  if (foreign)
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_FOREIGN,
                   _("“%s” is a database of another application"), self->path);
      return FALSE;
    }

  /* What is deleted is overwritten, not left in free pages (a sealed draft's text in
   * clear before its profile had a passphrase). */
  if (!opl_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !opl_database_exec (self, "PRAGMA secure_delete = ON", error))
    return FALSE;

  /* A newer version's file is read, never written: one upgraded PC does not lock the
   * others out (design.md §4). Its new tables and columns are left alone. */
  if (version > OPL_DATABASE_SCHEMA_VERSION)
    {
      self->read_only = TRUE;
      self->read_only_reason = OPL_DATABASE_READ_ONLY_NEWER;
      return check_or_keep_damaged (self, flags, error) && read_journal_mode (self, error);
    }

  /* Only reporting: an older file is read as if asked read-only, never migrated. */
  if (exists && version < OPL_DATABASE_SCHEMA_VERSION && (flags & OPL_DATABASE_OPEN_NO_MIGRATION))
    read_only = self->read_only = TRUE;

  if (read_only)
    {
      self->read_only_reason = OPL_DATABASE_READ_ONLY_ASKED;
      /* Read only, a file can be checked beside the reading too (a merge's copy). */
      if (exists && (flags & OPL_DATABASE_OPEN_CHECK_LATER))
        start_check (self);
      else if (exists && !check_or_keep_damaged (self, flags, error))
        return FALSE;

      if (!read_journal_mode (self, error))
        return FALSE;
      /* An older file is read from a copy upgraded in memory: never migrated by a mode
       * that only reads. */
      return !exists || version == OPL_DATABASE_SCHEMA_VERSION || upgrade_in_memory (self, error);
    }

  /* A file is checked before anything is written to it: at once, unless the caller
   * can wait and opening writes nothing (no migration, the same journal mode). */
  journal_mode = choose_journal_mode (self->path, flags);
  if (exists)
    {
      if (!read_journal_mode (self, error))
        return FALSE;

      if ((flags & OPL_DATABASE_OPEN_CHECK_LATER) && version == OPL_DATABASE_SCHEMA_VERSION &&
          g_str_equal (self->journal_mode, journal_mode))
        start_check (self);
      else if (!check_or_keep_damaged (self, flags, error))
        return FALSE;

      /* Damaged: read as it is, nothing written, not even the journal mode. */
      if (self->read_only_reason == OPL_DATABASE_READ_ONLY_DAMAGED)
        return version == OPL_DATABASE_SCHEMA_VERSION || upgrade_in_memory (self, error);
    }

  if (!set_journal_mode (self, journal_mode, error))
    return FALSE;

  if (version < OPL_DATABASE_SCHEMA_VERSION)
    return migrate (self, error);

  return TRUE;
}

/* A read-only connection to a file in write-ahead-log mode makes its -wal and -shm
 * files and, being read-only, cannot remove them when it closes: they stay beside the
 * practice after every mode that only reads. When the log is empty, a connection that
 * may write is opened and closed at once: if it is the last one, SQLite removes both
 * (the empty log has nothing to copy into the file); if not, the other one will. */
static void
remove_empty_log (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  sqlite3 *db = NULL;
  GStatBuf st;

  if (g_stat (wal, &st) != 0 || st.st_size != 0)
    return;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL) == SQLITE_OK)
    sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
  sqlite3_close (db);
}

static void
opl_database_finalize (GObject *object)
{
  OplDatabase *self = (OplDatabase *)object;

  /* Finalizes every cached statement before the connection closes. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  if (self->read_only && g_strcmp0 (self->journal_mode, "wal") == 0)
    remove_empty_log (self->path);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->journal_mode, g_free);
  g_clear_pointer (&self->damage, g_free);
  g_clear_error (&self->check_error);
  g_mutex_clear (&self->check_mutex);
  g_cond_clear (&self->check_cond);

  G_OBJECT_CLASS (opl_database_parent_class)->finalize (object);
}

static void
opl_database_class_init (OplDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = opl_database_finalize;

  /**
   * OplDatabase::check-failed:
   * @error: what the quick_check found
   *
   * The quick_check of %OPL_DATABASE_OPEN_CHECK_LATER found the file damaged (or
   * could not read it). Nothing will be written to it.
   */
  signals[SIGNAL_CHECK_FAILED] =
    g_signal_new ("check-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
opl_database_init (OplDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  g_mutex_init (&self->check_mutex);
  g_cond_init (&self->check_cond);
}

/**
 * opl_database_open:
 * @path: the practice database file
 * @flags: how to open it
 *
 * Opens a practice database, refusing anything that is not one (a foreign file, a
 * truncated or damaged database, a schema from a newer version, a read-only file
 * unless @flags asks for read-only) without writing to it, and migrates an older
 * schema in one transaction.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
OplDatabase *
opl_database_open (const char            *path,
                   OplDatabaseOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(OplDatabase) self = NULL;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_path (path, flags, &exists, error))
    return NULL;

  self = g_object_new (OPL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  if (!open_connection (self, exists, flags, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
opl_database_get_path (OplDatabase *self)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), NULL);

  return self->path;
}

int
opl_database_get_schema_version (OplDatabase *self)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), 0);

  return self->schema_version;
}

const char *
opl_database_get_journal_mode (OplDatabase *self)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), NULL);

  return self->journal_mode;
}

gboolean
opl_database_is_read_only (OplDatabase *self)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), TRUE);

  return self->read_only;
}

/**
 * opl_database_get_read_only:
 *
 * Returns: why the database takes no writes, or %OPL_DATABASE_WRITABLE. A damaged file
 *   found by the check of %OPL_DATABASE_OPEN_CHECK_LATER becomes
 *   %OPL_DATABASE_READ_ONLY_DAMAGED once the check is done.
 */
OplDatabaseReadOnly
opl_database_get_read_only (OplDatabase *self)
{
  OplDatabaseReadOnly reason;

  g_return_val_if_fail (OPL_IS_DATABASE (self), OPL_DATABASE_READ_ONLY_ASKED);

  g_mutex_lock (&self->check_mutex);
  reason = self->read_only_reason;
  g_mutex_unlock (&self->check_mutex);
  return reason;
}

/**
 * opl_database_get_damage:
 *
 * Returns: (nullable): what the integrity check found in a damaged file
 */
const char *
opl_database_get_damage (OplDatabase *self)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), NULL);

  return self->damage;
}

/* Damage that REINDEX repairs: an index out of step with its table. */
static gboolean
is_index_problem (const char *problem)
{
  return strstr (problem, "missing from index") != NULL || strstr (problem, "wrong # of entries in index") != NULL ||
         strstr (problem, "non-unique entry in index") != NULL;
}

/**
 * opl_database_damage_is_index_only:
 *
 * Returns: whether the damage of a damaged file is in its indexes only, which
 *   opl_database_repair_indexes() rebuilds from the tables
 */
gboolean
opl_database_damage_is_index_only (OplDatabase *self)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  if (opl_database_get_read_only (self) != OPL_DATABASE_READ_ONLY_DAMAGED)
    return FALSE;

  problems = opl_database_check_integrity (self, NULL);
  if (problems == NULL || problems->len == 0)
    return FALSE;
  for (guint i = 0; i < problems->len; i++)
    if (!is_index_problem (g_ptr_array_index (problems, i)))
      return FALSE;
  return TRUE;
}

/**
 * opl_database_repair_indexes:
 * @kept_aside: (out) (optional): where the damaged file was kept
 *
 * For a file whose only damage is in its indexes: keeps the damaged file aside (never
 * deleted), rebuilds every index from the tables (REINDEX) and checks the whole file
 * again; then it takes writes. Anything else is refused: restore a backup.
 */
gboolean
opl_database_repair_indexes (OplDatabase  *self,
                             char        **kept_aside,
                             GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strconcat (self->path, ".damaged-", stamp, NULL);
  g_autoptr(GFile) source = g_file_new_for_path (self->path);
  g_autoptr(GFile) target = g_file_new_for_path (aside);

  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  if (!opl_database_damage_is_index_only (self))
    {
      g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged beyond its indexes; restore a backup"), self->path);
      return FALSE;
    }

  if (!g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return FALSE;
  g_chmod (aside, 0600);

  /* Writable for the repair only, and again only if the whole file is intact after. */
  self->read_only = FALSE;
  if (!opl_database_exec (self, "REINDEX", error) || !check_file (self, error))
    {
      self->read_only = TRUE;
      return FALSE;
    }

  g_mutex_lock (&self->check_mutex);
  self->read_only_reason = OPL_DATABASE_WRITABLE;
  g_clear_error (&self->check_error);
  g_clear_pointer (&self->damage, g_free);
  g_mutex_unlock (&self->check_mutex);
  if (kept_aside != NULL)
    *kept_aside = g_steal_pointer (&aside);
  return TRUE;
}

/**
 * opl_database_begin:
 *
 * Starts a write transaction. It takes the write lock at once (BEGIN IMMEDIATE), so
 * two processes never both read and then fail to upgrade: the second one waits up
 * to the busy timeout.
 */
/**
 * opl_database_check_writable:
 *
 * Whether writes are possible: not when the file is open read-only (asked, newer or
 * damaged; @error says which), nor when its check found damage (it waits for that check).
 * A mode that writes asks this before it does anything else (a backup, a merge).
 *
 * Returns: %TRUE when the file takes writes
 */
gboolean
opl_database_check_writable (OplDatabase  *self,
                             GError      **error)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  /* Never a write to a file that failed its check (design.md §4). */
  if (!opl_database_wait_for_check (self, error))
    return FALSE;

  if (self->read_only)
    {
      switch (self->read_only_reason)
        {
        case OPL_DATABASE_READ_ONLY_NEWER:
          g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_NEWER_SCHEMA,
                       _("“%s” was saved by a newer version of Opleidingspraktijk (schema %d; this version knows "
                         "%d): it is open read-only. Update the app to change it."),
                       self->path, self->schema_version, OPL_DATABASE_SCHEMA_VERSION);
          break;
        case OPL_DATABASE_READ_ONLY_DAMAGED:
          g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT,
                       _("“%s” is damaged and open read-only; nothing is written to it. Restore a backup."),
                       self->path);
          break;
        default:
          g_set_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_READ_ONLY, _("“%s” is open read-only"),
                       self->path);
          break;
        }
      return FALSE;
    }

  return TRUE;
}

gboolean
opl_database_begin (OplDatabase  *self,
                    GError      **error)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (self->db), FALSE);

  if (!opl_database_check_writable (self, error))
    return FALSE;

  return opl_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
opl_database_commit (OplDatabase  *self,
                     GError      **error)
{
  g_return_val_if_fail (OPL_IS_DATABASE (self), FALSE);

  return opl_database_exec (self, "COMMIT", error);
}

void
opl_database_rollback (OplDatabase *self)
{
  g_return_if_fail (OPL_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/**
 * opl_database_get_data_version:
 *
 * Returns: SQLite's data_version, which changes when another connection commits.
 *   -1 when it cannot be read.
 */
gint64
opl_database_get_data_version (OplDatabase *self)
{
  gint64 version;

  g_return_val_if_fail (OPL_IS_DATABASE (self), -1);

  if (!query_int (self, "PRAGMA data_version", &version, NULL))
    return -1;

  return version;
}

/**
 * opl_database_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/opleidingspraktijk/opleidingspraktijk.db`
 */
char *
opl_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "opleidingspraktijk", "opleidingspraktijk.db", NULL);
}

/* Binding and reading values; NULL and invalid dates become SQL NULL. */

void
opl_bind_text (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

void
opl_bind_date (sqlite3_stmt *stmt,
               int           index,
               const GDate  *date)
{
  if (date != NULL && g_date_valid (date))
    sqlite3_bind_text (stmt, index, opl_date_to_iso (date), -1, g_free);
  else
    sqlite3_bind_null (stmt, index);
}

const char *
opl_column_text (sqlite3_stmt *stmt,
                 int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gboolean
opl_column_date (sqlite3_stmt *stmt,
                 int           column,
                 GDate        *date)
{
  return opl_date_parse_iso (opl_column_text (stmt, column), date);
}
