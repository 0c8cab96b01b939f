/* opl-backup.c: automatic backups of the practice, and restoring one (issue 17).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup is the practice file as it is at one moment, taken with SQLite's backup API
 * on a read-only connection of its own: the app's connection is not involved, and in
 * WAL mode every writer goes on while it is read (in rollback-journal mode, on a network
 * share, a writer's commit waits while the copy is read). It is written to a temporary
 * file beside its place (0600, in a folder made 0700), put in rollback-journal mode so
 * that it is one file, and checked with PRAGMA integrity_check on a fresh connection to
 * what was written. Only a copy that checks out is put in its place, as
 * `<stem>-<YYYYMMDD-HHMMSS>-<reason>.db` (local time; `-2`, `-3` ... before `.db` when
 * two are made in one second), and only then are older backups removed. A copy that
 * does not check out is removed, and the practice itself is checked: a damaged practice
 * gives an error that says so, and no older backup is touched.
 *
 * The folder is $XDG_DATA_HOME/opleidingspraktijk/backups/<stem>-<hash>/, where <hash>
 * is 8 hex characters of the SHA-256 of the practice file's absolute path, so two
 * practice files never share backups. A second place (a USB stick, a folder of the
 * practice) gets a folder of the same name and a copy of the newest backup.
 *
 * Rotation, after each new backup that checked out (rotate()): of the backups of this
 * practice in the folder, these stay and the rest is removed:
 * - the newest of each of the last 7 days (today and the 6 days before, local dates);
 * - the newest of each of the last 4 ISO weeks (this week and the 3 before);
 * - the newest of each of the last 12 months (this month and the 11 before);
 * - every backup not made by the daily rule (before a migration, merge, import or
 *   restore, or made by hand) younger than 30 days;
 * - the newest backup, always (the one just made, which was checked), and any backup
 *   dated after now (a clock that was set back must not cost a backup).
 * So at most 7 + 4 + 12 daily backups (fewer: the buckets overlap) plus the recent
 * special ones are kept.
 *
 * Restoring checks the backup first (integrity_check, this app's application_id, a
 * schema this version knows), then keeps the current state as a before-restore backup
 * (or, when the current file is damaged, moves it and its -wal/-shm aside as
 * `<name>.damaged-<YYYYMMDD-HHMMSS>`), then copies the backup into the practice file
 * with the backup API on a connection to it: one write transaction, so every other
 * connection, in this process or another, sees the practice before or after, never
 * half of it.
 */

#define G_LOG_DOMAIN "opl-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-backup.h"
#include "opl-backup-private.h"
#include "opl-database.h"
#include "opl-database-private.h"

/* How long to wait for another process that holds the file (as the store does). */
#define BUSY_TIMEOUT_MS 10000

/* The rotation (see the top of the file and the README, "Backups"). */
#define KEEP_DAYS 7
#define KEEP_WEEKS 4
#define KEEP_MONTHS 12
#define KEEP_SPECIAL_DAYS 30

/* A temporary file left by a process that was killed is removed a day later. */
#define STALE_TEMPORARY_SECONDS (24 * 60 * 60)

#define TEMPORARY_MARK ".tmp-"
#define BACKUP_SUFFIX ".db"
/* "-YYYYMMDD-HHMMSS" */
#define STAMP_LENGTH 16

static const struct
{
  const char *id;
  const char *label;
} reasons[] = {
  [OPL_BACKUP_REASON_DAILY] = { "daily", N_("Daily") },
  [OPL_BACKUP_REASON_MANUAL] = { "manual", N_("Made by hand") },
  [OPL_BACKUP_REASON_BEFORE_MIGRATION] = { "before-migration", N_("Before an upgrade") },
  [OPL_BACKUP_REASON_BEFORE_MERGE] = { "before-merge", N_("Before a merge") },
  [OPL_BACKUP_REASON_BEFORE_IMPORT] = { "before-import", N_("Before an import") },
  [OPL_BACKUP_REASON_BEFORE_RESTORE] = { "before-restore", N_("Before a restore") },
};

G_DEFINE_QUARK (opl-backup-error-quark, opl_backup_error)

G_DEFINE_BOXED_TYPE (OplBackup, opl_backup, opl_backup_copy, opl_backup_free)

/* A backup file found in a folder, as its name describes it. */
typedef struct
{
  char            *path;
  char            *name;
  char            *stem;
  OplBackupReason  reason;
  GDateTime       *created;
  guint            counter;
} Entry;

static void
entry_free (Entry *entry)
{
  g_free (entry->path);
  g_free (entry->name);
  g_free (entry->stem);
  g_clear_pointer (&entry->created, g_date_time_unref);
  g_free (entry);
}

/* Auxiliary methods */

/**
 * opl_backup_copy:
 *
 * Returns: (transfer full): a copy of @backup
 */
OplBackup *
opl_backup_copy (const OplBackup *backup)
{
  OplBackup *copy;

  g_return_val_if_fail (backup != NULL, NULL);

  copy = g_memdup2 (backup, sizeof *backup);
  copy->path = g_strdup (backup->path);
  copy->created = backup->created != NULL ? g_date_time_ref (backup->created) : NULL;
  copy->problem = g_strdup (backup->problem);
  copy->practice_name = g_strdup (backup->practice_name);
  return copy;
}

void
opl_backup_free (OplBackup *backup)
{
  if (backup == NULL)
    return;

  g_free (backup->path);
  g_clear_pointer (&backup->created, g_date_time_unref);
  g_free (backup->problem);
  g_free (backup->practice_name);
  g_free (backup);
}

/**
 * opl_backup_reason_to_string:
 *
 * Returns: the reason as a backup's file name ends in it: "daily", "manual",
 *   "before-migration", "before-merge", "before-import" or "before-restore"
 */
const char *
opl_backup_reason_to_string (OplBackupReason reason)
{
  g_return_val_if_fail (reason < G_N_ELEMENTS (reasons), NULL);

  return reasons[reason].id;
}

gboolean
opl_backup_reason_from_string (const char      *text,
                               OplBackupReason *reason)
{
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      if (g_strcmp0 (text, reasons[i].id) == 0)
        {
          *reason = (OplBackupReason) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * opl_backup_reason_get_label:
 *
 * Returns: the reason, translated, for the Backups page ("Before a merge")
 */
const char *
opl_backup_reason_get_label (OplBackupReason reason)
{
  g_return_val_if_fail (reason < G_N_ELEMENTS (reasons), NULL);

  return _(reasons[reason].label);
}

/* "practice" for .../practice.db: what a backup's name starts with. */
static char *
file_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);
  const char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    return g_strndup (base, (gsize) (dot - base));

  return g_steal_pointer (&base);
}

/* The file's absolute path with its links resolved when it exists. */
static char *
absolute_path (const char *path)
{
  char *real = realpath (path, NULL);
  char *copy;

  if (real == NULL)
    return g_canonicalize_filename (path, NULL);

  copy = g_strdup (real);
  free (real);
  return copy;
}

static char *
format_stamp (GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (now);

  return g_date_time_format (local, "%Y%m%d-%H%M%S");
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return TRUE;
}

/* The @length digits at @text. */
static int
parse_number (const char *text,
              gsize       length)
{
  int value = 0;

  for (gsize i = 0; i < length; i++)
    value = value * 10 + (text[i] - '0');

  return value;
}

/* Reads `<stem>-<YYYYMMDD-HHMMSS>-<reason>[-N].db`; %NULL for any other name. */
static Entry *
parse_name (const char *folder,
            const char *name)
{
  g_autofree char *base = NULL;
  g_autoptr(GDateTime) created = NULL;
  OplBackupReason reason = OPL_BACKUP_REASON_DAILY;
  gboolean found = FALSE;
  const char *dash;
  const char *stamp;
  guint64 counter = 1;
  gsize length;
  Entry *entry;

  if (!g_str_has_suffix (name, BACKUP_SUFFIX) || strstr (name, TEMPORARY_MARK) != NULL)
    return NULL;

  base = g_strndup (name, strlen (name) - strlen (BACKUP_SUFFIX));

  /* A second backup of the same second and reason: -2, -3 ... */
  dash = strrchr (base, '-');
  if (dash != NULL && dash[1] != '\0' && strlen (dash + 1) <= 4 && all_digits (dash + 1, strlen (dash + 1)))
    {
      counter = g_ascii_strtoull (dash + 1, NULL, 10);
      base[dash - base] = '\0';
    }

  length = strlen (base);
  for (guint i = 0; i < G_N_ELEMENTS (reasons) && !found; i++)
    {
      gsize n = strlen (reasons[i].id);

      if (length > n + 1 && g_str_has_suffix (base, reasons[i].id) && base[length - n - 1] == '-')
        {
          reason = (OplBackupReason) i;
          base[length - n - 1] = '\0';
          found = TRUE;
        }
    }
  if (!found)
    return NULL;

  length = strlen (base);
  if (length <= STAMP_LENGTH)
    return NULL;

  stamp = base + length - STAMP_LENGTH;
  if (stamp[0] != '-' || stamp[9] != '-' || !all_digits (stamp + 1, 8) || !all_digits (stamp + 10, 6))
    return NULL;

  {
    int year = parse_number (stamp + 1, 4);
    int month = parse_number (stamp + 5, 2);
    int day = parse_number (stamp + 7, 2);
    int hour = parse_number (stamp + 10, 2);
    int minute = parse_number (stamp + 12, 2);
    int second = parse_number (stamp + 14, 2);

    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
      return NULL;

    created = g_date_time_new_local (year, month, day, hour, minute, second);
    if (created == NULL)
      return NULL;
  }

  entry = g_new0 (Entry, 1);
  entry->path = g_build_filename (folder, name, NULL);
  entry->name = g_strdup (name);
  entry->stem = g_strndup (base, length - STAMP_LENGTH);
  entry->reason = reason;
  entry->created = g_steal_pointer (&created);
  entry->counter = (guint) counter;
  return entry;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Entry *ea = *(const Entry * const *) a;
  const Entry *eb = *(const Entry * const *) b;
  int order = g_date_time_compare (eb->created, ea->created);

  if (order != 0)
    return order;
  if (ea->counter != eb->counter)
    return ea->counter < eb->counter ? 1 : -1;
  return strcmp (eb->name, ea->name);
}

/* The backups in @folder (of the practice @stem, or of any when %NULL), newest first;
 * empty when the folder is not there. */
static GPtrArray *
scan (const char *folder,
      const char *stem)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return entries;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      Entry *entry = parse_name (folder, name);

      if (entry == NULL)
        continue;
      if (stem != NULL && g_strcmp0 (entry->stem, stem) != 0)
        {
          entry_free (entry);
          continue;
        }
      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, compare_newest_first);
  return entries;
}

static GDate
local_date (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  int year, month, day;
  GDate date;

  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return date;
}

static int
week_key (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_get_week_numbering_year (local) * 100 + g_date_time_get_week_of_year (local);
}

static int
month_key (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_get_year (local) * 12 + g_date_time_get_month (local) - 1;
}

static gboolean
is_same_file (const char *a,
              const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Removes the temporary files of @stem that a killed process left a day ago or more. */
static void
remove_stale_temporaries (const char *folder,
                          const char *stem)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || strstr (name, BACKUP_SUFFIX TEMPORARY_MARK) == NULL)
        continue;

      path = g_build_filename (folder, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && now - st.st_mtime >= STALE_TEMPORARY_SECONDS)
        g_unlink (path);
    }
}

/* The rotation (see the top of the file): removes the backups of @stem in @folder that
 * no rule keeps. @kept is the backup just made and checked, @spared (nullable) one being
 * restored; they always stay. */
static void
rotate (const char *folder,
        const char *stem,
        GDateTime  *now,
        const char *kept,
        const char *spared)
{
  g_autoptr(GPtrArray) entries = scan (folder, stem);
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) weeks = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) months = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) recent_weeks = g_hash_table_new (NULL, NULL);
  GDate today = local_date (now);
  int this_month = month_key (now);

  for (int k = 0; k < KEEP_WEEKS; k++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_days (now, -7 * k);

      g_hash_table_add (recent_weeks, GINT_TO_POINTER (week_key (then)));
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      GDate day = local_date (entry->created);
      int days_ago = g_date_days_between (&day, &today);
      int months_ago = this_month - month_key (entry->created);
      int week = week_key (entry->created);
      gboolean keep = FALSE;

      /* The newest, and the one just made, which checked out. */
      if (i == 0 || g_strcmp0 (entry->path, kept) == 0 || (spared != NULL && is_same_file (entry->path, spared)))
        keep = TRUE;
      /* From the future: the clock was set back since. */
      if (g_date_time_compare (entry->created, now) > 0)
        keep = TRUE;
      if (entry->reason != OPL_BACKUP_REASON_DAILY &&
          g_date_time_difference (now, entry->created) < KEEP_SPECIAL_DAYS * G_TIME_SPAN_DAY)
        keep = TRUE;

      /* The newest of each day, week and month claims it (the list is newest first). */
      if (days_ago >= 0 && days_ago < KEEP_DAYS &&
          g_hash_table_add (days, GINT_TO_POINTER (g_date_get_julian (&day))))
        keep = TRUE;
      if (g_hash_table_contains (recent_weeks, GINT_TO_POINTER (week)) &&
          g_hash_table_add (weeks, GINT_TO_POINTER (week)))
        keep = TRUE;
      if (months_ago >= 0 && months_ago < KEEP_MONTHS &&
          g_hash_table_add (months, GINT_TO_POINTER (month_key (entry->created))))
        keep = TRUE;

      if (!keep && g_unlink (entry->path) != 0 && errno != ENOENT)
        g_message ("Could not remove the old backup %s: %s", entry->path, g_strerror (errno));
    }

  remove_stale_temporaries (folder, stem);
}

/* SQLite, read-only */

static gboolean
is_busy (int rc)
{
  return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

static gboolean
is_damage (int rc)
{
  return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

/* SQLite's reason, in one line (it may quote the bytes of a damaged schema). */
static char *
message_of (sqlite3 *db,
            int      rc)
{
  return opl_database_describe (db, rc);
}

/* Opens @path read-only; @immutable for a file nobody writes (a backup in its folder:
 * no locks, so a backup on a read-only USB stick can be read too). */
static int
open_read_only (const char  *path,
                gboolean     immutable,
                sqlite3    **db)
{
  int rc;

  *db = NULL;
  if (immutable)
    {
      g_autofree char *absolute = absolute_path (path);
      g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
      g_autofree char *full = uri != NULL ? g_strconcat (uri, "?mode=ro&immutable=1", NULL) : NULL;

      if (full == NULL)
        return SQLITE_CANTOPEN;
      rc = sqlite3_open_v2 (full, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, NULL);
    }
  else
    rc = sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);

  if (*db != NULL)
    {
      sqlite3_extended_result_codes (*db, TRUE);
      sqlite3_busy_timeout (*db, BUSY_TIMEOUT_MS);
    }
  return rc;
}

static int
query_int (sqlite3    *db,
           const char *sql,
           const char *parameter,
           gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  *value = 0;
  if (rc == SQLITE_OK)
    {
      if (parameter != NULL)
        sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *value = sqlite3_column_int64 (stmt, 0);
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

static int
has_table (sqlite3    *db,
           const char *table,
           gboolean   *exists)
{
  gint64 n = 0;
  int rc = query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table, &n);

  *exists = n > 0;
  return rc;
}

/* What the SQLite header says the file is. */
static int
read_identity (sqlite3 *db,
               gint64  *application_id,
               gint64  *version,
               gint64  *n_tables)
{
  int rc = query_int (db, "PRAGMA application_id", NULL, application_id);

  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA user_version", NULL, version);
  if (rc == SQLITE_OK)
    rc = query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", NULL, n_tables);
  return rc;
}

/* The first problem PRAGMA integrity_check finds, or %NULL when the file is whole (or
 * the check could not run: *@rc says so, and the problem is SQLite's message). */
static char *
integrity_problem (sqlite3 *db,
                   int     *rc)
{
  sqlite3_stmt *stmt = NULL;
  char *problem = NULL;

  *rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
  if (*rc == SQLITE_OK)
    {
      *rc = sqlite3_step (stmt);
      if (*rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
        problem = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (*rc == SQLITE_ROW || *rc == SQLITE_DONE)
        *rc = SQLITE_OK;
    }
  if (*rc != SQLITE_OK)
    problem = message_of (db, *rc);
  sqlite3_finalize (stmt);

  /* One line: integrity_check joins what it found with newlines. */
  if (problem != NULL)
    {
      char *line = opl_database_one_line (problem);

      g_free (problem);
      problem = line;
    }
  return problem;
}

static void
set_busy (GError     **error,
          const char  *path)
{
  /* Translators: %s is a file */
  g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_BUSY,
               _("The practice “%s” was held by another process for too long; nothing was changed, try again"),
               path);
}

static void
set_damaged (GError     **error,
             const char  *path,
             const char  *problem)
{
  /* Translators: the first %s is a file, the second what SQLite found */
  g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_DAMAGED,
               _("The practice “%s” is damaged (%s): no backup was made, and the older backups are kept"),
               path, problem);
}

static void
set_not_a_practice (GError     **error,
                    const char  *path)
{
  /* Translators: %s is a file */
  g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ, _("“%s” is not a practice database"), path);
}

/* A read-only connection to the practice @db_path, refusing what holds no practice. */
static sqlite3 *
open_practice (const char  *db_path,
               GError     **error)
{
  sqlite3 *db = NULL;
  gint64 application_id, version, n_tables;
  GStatBuf st;
  int rc;

  if (g_stat (db_path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        /* Translators: %s is a file */
        g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ, _("The practice “%s” does not exist"), db_path);
      else
        /* Translators: the first %s is a file, the second the system's reason */
        g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ, _("Cannot read the practice “%s”: %s"),
                     db_path, g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      set_not_a_practice (error, db_path);
      return NULL;
    }

  rc = open_read_only (db_path, FALSE, &db);
  if (rc == SQLITE_OK)
    rc = read_identity (db, &application_id, &version, &n_tables);

  if (rc != SQLITE_OK)
    {
      g_autofree char *reason = message_of (db, rc);

      if (is_busy (rc))
        set_busy (error, db_path);
      else if ((rc & 0xff) == SQLITE_NOTADB)
        set_not_a_practice (error, db_path);
      else if (is_damage (rc))
        set_damaged (error, db_path, reason);
      else
        g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ, _("Cannot read the practice “%s”: %s"),
                     db_path, reason);
      sqlite3_close (db);
      return NULL;
    }

  if (application_id != OPL_DATABASE_APPLICATION_ID && (application_id != 0 || n_tables > 0))
    {
      set_not_a_practice (error, db_path);
      sqlite3_close (db);
      return NULL;
    }

  if (n_tables == 0)
    {
      /* Translators: %s is a file */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_EMPTY,
                   _("The practice “%s” holds nothing yet; there is nothing to back up"), db_path);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

/* The whole of @source into @dest, in one step (one read transaction: a consistent
 * moment), waiting for a process that holds either file. */
static int
copy_database (sqlite3 *dest,
               sqlite3 *source)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  gint64 deadline = g_get_monotonic_time () + (gint64) BUSY_TIMEOUT_MS * 1000;
  int rc;

  if (backup == NULL)
    return sqlite3_extended_errcode (dest);

  while (TRUE)
    {
      rc = sqlite3_backup_step (backup, -1);
      if (!is_busy (rc) || g_get_monotonic_time () >= deadline)
        break;
      sqlite3_sleep (50);
    }

  if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
    rc = sqlite3_extended_errcode (dest);

  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *reason)
{
  /* Translators: the first %s is a file, the second the reason */
  g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_WRITE, _("Could not write the backup “%s”: %s"),
               path, reason);
}

static void
set_exists (GError     **error,
            const char  *path)
{
  /* Translators: %s is a file */
  g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_EXISTS,
               _("“%s” is there already; choose a new file name"), path);
}

/* An empty file for SQLite to write the backup into, beside @path, mode 0600. */
static char *
make_temporary (const char  *path,
                GError     **error)
{
  char *template = g_strconcat (path, TEMPORARY_MARK "XXXXXX", NULL);
  int fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      set_write_error (error, path, g_strerror (saved_errno));
      g_free (template);
      return NULL;
    }

  fchmod (fd, 0600);
  close (fd);
  return template;
}

static void
sync_path (const char *path,
           int         flags)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | flags, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Puts @temporary at @path, never over a file that is there (a link where the
 * filesystem has them; a USB stick's FAT has not). */
static gboolean
put_in_place (const char  *temporary,
              const char  *path,
              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int saved_errno;

  if (link (temporary, path) == 0)
    {
      g_unlink (temporary);
      sync_path (folder, O_DIRECTORY);
      return TRUE;
    }

  saved_errno = errno;
  if (saved_errno == EEXIST)
    {
      set_exists (error, path);
      return FALSE;
    }

  if (saved_errno == EPERM || saved_errno == ENOTSUP || saved_errno == EOPNOTSUPP || saved_errno == EXDEV ||
      saved_errno == EMLINK || saved_errno == ENOSYS)
    {
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          set_exists (error, path);
          return FALSE;
        }
      if (g_rename (temporary, path) == 0)
        {
          sync_path (folder, O_DIRECTORY);
          return TRUE;
        }
      saved_errno = errno;
    }

  set_write_error (error, path, g_strerror (saved_errno));
  return FALSE;
}

/* Writes a checked backup of the database @source (the file @source_path) to @dest,
 * which must not exist: a temporary file beside it, 0600, checked with integrity_check
 * on a connection of its own, then put in place. A copy that does not check out is
 * removed, and @source is checked: when it is damaged, the error says so. */
static gboolean
write_checked_copy (sqlite3     *source,
                    const char  *source_path,
                    const char  *dest,
                    GError     **error)
{
  g_autofree char *temporary = NULL;
  g_autofree char *problem = NULL;
  sqlite3 *db = NULL;
  gboolean ok = FALSE;
  int rc;

  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    {
      set_exists (error, dest);
      return FALSE;
    }

  temporary = make_temporary (dest, error);
  if (temporary == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temporary, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, TRUE);
      /* A temporary file nobody else sees: no journal, and synced once, whole, before
       * it is put in its place. */
      rc = sqlite3_exec (db, "PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = copy_database (db, source);
      /* One file, wherever it is carried: no write-ahead log beside it. */
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }

  if (rc != SQLITE_OK)
    {
      g_autofree char *message = message_of (db, rc);

      if (is_busy (rc))
        set_busy (error, source_path);
      else if (is_damage (rc))
        set_damaged (error, source_path, message);
      else
        set_write_error (error, dest, message);
      sqlite3_close (db);
      goto out;
    }

  if (sqlite3_close (db) != SQLITE_OK)
    {
      set_write_error (error, dest, sqlite3_errstr (SQLITE_BUSY));
      goto out;
    }
  sync_path (temporary, 0);

  /* What is on the disk now, read afresh. */
  rc = open_read_only (temporary, FALSE, &db);
  problem = rc == SQLITE_OK ? integrity_problem (db, &rc) : message_of (db, rc);
  sqlite3_close (db);

  if (problem != NULL)
    {
      g_autofree char *source_problem = integrity_problem (source, &rc);

      if (source_problem != NULL && is_busy (rc))
        set_busy (error, source_path);
      else if (source_problem != NULL)
        set_damaged (error, source_path, source_problem);
      else
        /* Translators: the first %s is a file, the second what SQLite found */
        g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_WRITE,
                     _("The backup written to “%s” did not check out (%s); it was removed"), dest, problem);
      goto out;
    }

  ok = put_in_place (temporary, dest, error);

out:
  if (!ok)
    g_unlink (temporary);
  return ok;
}

static gboolean
make_folder (const char  *folder,
             GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      /* Translators: the first %s is a folder, the second the system's reason */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_WRITE, _("Cannot make the folder for backups “%s”: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Public API */

/**
 * opl_backup_folder_in:
 * @db_path: the practice file
 * @place: a folder (the default place, or the second place the user chose)
 *
 * Returns: (transfer full): `@place/<stem>-<hash>`, the folder of @db_path's backups in
 *   @place: <stem> is the file's name without its extension, <hash> 8 hex characters
 *   of the SHA-256 of its absolute path, so two practice files never share backups
 */
char *
opl_backup_folder_in (const char *db_path,
                      const char *place)
{
  g_autofree char *stem = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (place != NULL, NULL);

  stem = file_stem (db_path);
  absolute = absolute_path (db_path);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);
  name = g_strdup_printf ("%s-%.8s", stem, digest);
  return g_build_filename (place, name, NULL);
}

/**
 * opl_backup_default_folder:
 * @db_path: the practice file
 *
 * Returns: (transfer full): where the backups of @db_path go:
 *   `$XDG_DATA_HOME/opleidingspraktijk/backups/<stem>-<hash>` (opl_backup_folder_in())
 */
char *
opl_backup_default_folder (const char *db_path)
{
  g_autofree char *place = g_build_filename (g_get_user_data_dir (), "opleidingspraktijk", "backups", NULL);

  g_return_val_if_fail (db_path != NULL, NULL);

  return opl_backup_folder_in (db_path, place);
}

/* opl_backup_create_at(), sparing the backup @spared (one being restored) from the
 * rotation. */
static gboolean
create_backup (const char       *db_path,
               const char       *folder,
               OplBackupReason   reason,
               GDateTime        *now,
               const char       *spared,
               char            **backup_path,
               GError          **error)
{
  g_autofree char *stem = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *path = NULL;
  sqlite3 *source;
  gboolean ok = FALSE;

  source = open_practice (db_path, error);
  if (source == NULL)
    return FALSE;

  if (!make_folder (folder, error))
    goto out;

  stem = file_stem (db_path);
  stamp = format_stamp (now);
  for (guint counter = 1; counter < 100 && !ok; counter++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GError) local_error = NULL;

      name = counter == 1
             ? g_strdup_printf ("%s-%s-%s%s", stem, stamp, reasons[reason].id, BACKUP_SUFFIX)
             : g_strdup_printf ("%s-%s-%s-%u%s", stem, stamp, reasons[reason].id, counter, BACKUP_SUFFIX);
      g_free (path);
      path = g_build_filename (folder, name, NULL);

      ok = write_checked_copy (source, db_path, path, &local_error);
      if (!ok && !g_error_matches (local_error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto out;
        }
    }

  if (!ok)
    {
      set_exists (error, path);
      goto out;
    }

  /* Only now that the new one checked out. */
  rotate (folder, stem, now, path, spared);

  if (backup_path != NULL)
    *backup_path = g_steal_pointer (&path);

out:
  sqlite3_close (source);
  return ok;
}

/**
 * opl_backup_create_at:
 * @now: the time the backup is made at (its name, and the rotation's today)
 *
 * opl_backup_create() with a clock of the caller's.
 */
gboolean
opl_backup_create_at (const char       *db_path,
                      const char       *folder,
                      OplBackupReason   reason,
                      GDateTime        *now,
                      char            **backup_path,
                      GError          **error)
{
  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (reason < G_N_ELEMENTS (reasons), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return create_backup (db_path, folder, reason, now, NULL, backup_path, error);
}

/**
 * opl_backup_create:
 * @db_path: the practice file
 * @folder: where the backups of @db_path go (opl_backup_default_folder()); made 0700
 *   when it is not there
 * @reason: why (the end of the backup's name)
 * @backup_path: (out) (optional) (transfer full): the backup written
 *
 * Makes a checked backup of @db_path in @folder and then removes the older backups the
 * rotation does not keep (see the README, "Backups"). It reads the practice on a
 * read-only connection of its own: call it from any thread, with or without the app's
 * connection open, but not inside a write transaction of a rollback-journal file (the
 * copy would wait for it). It blocks for as long as the copy and its check take: use
 * opl_backup_create_async() from the main thread.
 *
 * The database code calls it with %OPL_BACKUP_REASON_BEFORE_MIGRATION before it
 * migrates a file of an older schema (a file of schema 0 holds nothing to back up:
 * %OPL_BACKUP_ERROR_EMPTY); a merge and an import call it with
 * %OPL_BACKUP_REASON_BEFORE_MERGE and %OPL_BACKUP_REASON_BEFORE_IMPORT before they
 * write. A file of any earlier schema version is copied as it is.
 *
 * Returns: %FALSE with @error set (%OPL_BACKUP_ERROR_DAMAGED when the practice is
 *   damaged: no backup is made and no older one is removed)
 */
gboolean
opl_backup_create (const char       *db_path,
                   const char       *folder,
                   OplBackupReason   reason,
                   char            **backup_path,
                   GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return opl_backup_create_at (db_path, folder, reason, now, backup_path, error);
}

/**
 * opl_backup_write_file:
 * @db_path: the practice file
 * @path: the backup to write; it must not exist
 *
 * Writes a checked backup of @db_path to @path (mode 0600), as opl_backup_create()
 * does, but under a name of the caller's and outside any rotation (`--backup FILE`).
 *
 * Returns: %FALSE with @error set; %OPL_BACKUP_ERROR_EXISTS when @path is there
 */
gboolean
opl_backup_write_file (const char  *db_path,
                       const char  *path,
                       GError     **error)
{
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      set_exists (error, path);
      return FALSE;
    }

  source = open_practice (db_path, error);
  if (source == NULL)
    return FALSE;

  ok = write_checked_copy (source, db_path, path, error);
  sqlite3_close (source);
  return ok;
}

/* The newest backup of @db_path in @folder, copied to its folder in @second_place,
 * checked there, and that folder rotated. */
static gboolean
copy_to_second_place (const char  *db_path,
                      const char  *folder,
                      const char  *second_place,
                      GDateTime   *now,
                      GError     **error)
{
  g_autofree char *stem = file_stem (db_path);
  g_autoptr(GPtrArray) entries = scan (folder, stem);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *second = NULL;
  g_autofree char *dest = NULL;
  Entry *newest;
  sqlite3 *source = NULL;
  gboolean ok;
  int rc;

  if (entries->len == 0)
    return TRUE;
  newest = g_ptr_array_index (entries, 0);

  if (!g_file_test (second_place, G_FILE_TEST_IS_DIR))
    {
      /* Translators: %s is a folder */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_SECOND_PLACE,
                   _("The second place for backups, “%s”, is not there (is the USB stick in?)"), second_place);
      return FALSE;
    }

  second = opl_backup_folder_in (db_path, second_place);
  dest = g_build_filename (second, newest->name, NULL);
  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    return TRUE;

  ok = make_folder (second, &local_error);
  if (ok)
    {
      rc = open_read_only (newest->path, FALSE, &source);
      if (rc != SQLITE_OK)
        {
          g_autofree char *reason = message_of (source, rc);

          set_write_error (&local_error, dest, reason);
          ok = FALSE;
        }
    }
  ok = ok && write_checked_copy (source, newest->path, dest, &local_error);
  sqlite3_close (source);

  if (!ok)
    {
      /* Translators: the first %s is a folder, the second the reason */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_SECOND_PLACE,
                   _("Could not copy the backup to the second place “%s”: %s"), second_place,
                   local_error->message);
      return FALSE;
    }

  rotate (second, stem, now, dest, NULL);
  return TRUE;
}

/**
 * opl_backup_ensure_daily_at:
 * @now: the time it is (what "today" is, the name of a backup made)
 *
 * opl_backup_ensure_daily() with a clock of the caller's.
 */
gboolean
opl_backup_ensure_daily_at (const char  *db_path,
                            const char  *folder,
                            const char  *second_place,
                            GDateTime   *now,
                            GError     **error)
{
  g_autofree char *stem = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GDate today;
  gboolean made_today = FALSE;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stem = file_stem (db_path);
  entries = scan (folder, stem);
  today = local_date (now);
  for (guint i = 0; i < entries->len && !made_today; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      GDate day = local_date (entry->created);

      /* Any backup of today is today's: a daily one made after a backup before a merge
       * would only take that one's place in the rotation. */
      made_today = g_date_compare (&day, &today) == 0;
    }

  if (!made_today && !opl_backup_create_at (db_path, folder, OPL_BACKUP_REASON_DAILY, now, NULL, error))
    return FALSE;

  if (second_place == NULL || second_place[0] == '\0')
    return TRUE;

  return copy_to_second_place (db_path, folder, second_place, now, error);
}

/**
 * opl_backup_ensure_daily:
 * @db_path: the practice file
 * @folder: where its backups go (opl_backup_default_folder())
 * @second_place: (nullable): the second place the user chose (the GSettings key
 *   `backup-second-folder`; %NULL or "" for none): a folder that must be there (a USB
 *   stick that is not plugged in is not made on the computer's disk). The backups go
 *   into its subfolder opl_backup_folder_in (@db_path, @second_place).
 *
 * The backup at the app's start: makes a daily backup in @folder unless a backup
 * (for whatever reason) was made there today (local date), and then, with a @second_place, copies the newest backup there
 * when it is not there yet (checked with integrity_check as well), and rotates that
 * folder the same way. It blocks: use opl_backup_ensure_daily_async() from the main
 * thread.
 *
 * Returns: %FALSE with @error set; %OPL_BACKUP_ERROR_SECOND_PLACE when only the copy
 *   to the second place failed (the backup in @folder is there)
 */
gboolean
opl_backup_ensure_daily (const char  *db_path,
                         const char  *folder,
                         const char  *second_place,
                         GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return opl_backup_ensure_daily_at (db_path, folder, second_place, now, error);
}

/* One backup as opl_backup_list() describes it; never %NULL. */
static OplBackup *
read_backup (Entry *entry)
{
  OplBackup *backup = g_new0 (OplBackup, 1);
  gint64 application_id = 0, version = 0, n_tables = 0;
  gboolean exists = FALSE;
  sqlite3 *db = NULL;
  GStatBuf st;
  int rc;

  backup->path = g_strdup (entry->path);
  backup->reason = entry->reason;
  backup->created = g_date_time_ref (entry->created);
  if (g_stat (entry->path, &st) == 0)
    backup->size = st.st_size;

  rc = open_read_only (entry->path, TRUE, &db);
  if (rc == SQLITE_OK)
    rc = read_identity (db, &application_id, &version, &n_tables);
  if (rc == SQLITE_OK && (application_id != OPL_DATABASE_APPLICATION_ID || n_tables == 0))
    {
      backup->damaged = TRUE;
      backup->problem = g_strdup (_("not a backup of a practice"));
      sqlite3_close (db);
      return backup;
    }
  backup->schema_version = (int) version;

  if (rc == SQLITE_OK)
    rc = has_table (db, "practice", &exists);
  if (rc == SQLITE_OK && exists)
    {
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (db, "SELECT name FROM practice LIMIT 1", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            backup->practice_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
    }

  /* A file of an earlier schema may lack a table (forms came with schema 5). */
  if (rc == SQLITE_OK)
    rc = has_table (db, "person", &exists);
  if (rc == SQLITE_OK && exists)
    rc = query_int (db, "SELECT count(*) FROM person", NULL, &backup->n_people);
  if (rc == SQLITE_OK)
    rc = has_table (db, "traject", &exists);
  if (rc == SQLITE_OK && exists)
    rc = query_int (db, "SELECT count(*) FROM traject", NULL, &backup->n_trajecten);
  if (rc == SQLITE_OK)
    rc = has_table (db, "form", &exists);
  if (rc == SQLITE_OK && exists)
    rc = query_int (db, "SELECT count(*) FROM form", NULL, &backup->n_forms);

  if (rc != SQLITE_OK)
    {
      backup->damaged = TRUE;
      backup->problem = (rc & 0xff) == SQLITE_NOTADB ? g_strdup (_("not a backup of a practice"))
                                                     : message_of (db, rc);
      g_clear_pointer (&backup->practice_name, g_free);
      backup->n_people = backup->n_trajecten = backup->n_forms = 0;
    }

  sqlite3_close (db);
  return backup;
}

/**
 * opl_backup_list:
 * @folder: a folder of backups (opl_backup_default_folder(), or one in a second place)
 *
 * Reads every backup in @folder (by its name, `<stem>-<YYYYMMDD-HHMMSS>-<reason>.db`)
 * read-only, a file of any earlier schema version too. A backup that cannot be read is
 * listed with `damaged` set, not left out. A folder that is not there has no backups.
 * It opens each file: use opl_backup_list_async() from the main thread.
 *
 * Returns: (transfer full) (element-type OplBackup): the backups, newest first
 */
GPtrArray *
opl_backup_list (const char  *folder,
                 GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  GPtrArray *backups;
  GStatBuf st;

  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_stat (folder, &st) == 0 && !S_ISDIR (st.st_mode))
    {
      /* Translators: %s is what should be a folder */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ, _("“%s” is not a folder of backups"), folder);
      return NULL;
    }

  entries = scan (folder, NULL);
  backups = g_ptr_array_new_full (entries->len, (GDestroyNotify) opl_backup_free);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (backups, read_backup (g_ptr_array_index (entries, i)));

  return backups;
}

static void
set_invalid (GError     **error,
             const char  *path)
{
  /* Translators: %s is a file */
  g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_INVALID,
               _("“%s” is not a backup of a practice; nothing was changed"), path);
}

/* A read-only connection to the backup @backup_path once it checked out. */
static sqlite3 *
open_backup (const char  *db_path,
             const char  *backup_path,
             GError     **error)
{
  g_autofree char *problem = NULL;
  gint64 application_id, version, n_tables;
  sqlite3 *db = NULL;
  GStatBuf st;
  int rc;

  if (g_stat (backup_path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      /* Translators: %s is a file */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_INVALID,
                   _("The backup “%s” is not there; nothing was changed"), backup_path);
      return NULL;
    }

  if (is_same_file (db_path, backup_path))
    {
      /* Translators: %s is a file */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_INVALID,
                   _("“%s” is the practice file itself, not a backup; nothing was changed"), backup_path);
      return NULL;
    }

  rc = open_read_only (backup_path, FALSE, &db);
  if (rc == SQLITE_OK)
    rc = read_identity (db, &application_id, &version, &n_tables);
  if (rc != SQLITE_OK || application_id != OPL_DATABASE_APPLICATION_ID || n_tables == 0)
    {
      g_autofree char *reason = message_of (db, rc);

      if (is_busy (rc))
        set_busy (error, backup_path);
      else if ((rc & 0xff) == SQLITE_CORRUPT)
        /* Translators: the first %s is a file, the second what SQLite found */
        g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_INVALID,
                     _("The backup “%s” is damaged (%s); nothing was changed"), backup_path, reason);
      else
        set_invalid (error, backup_path);
      sqlite3_close (db);
      return NULL;
    }

  if (version > OPL_DATABASE_SCHEMA_VERSION)
    {
      /* Translators: %s is a file; the numbers are schema versions */
      g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_NEWER_SCHEMA,
                   _("The backup “%s” was made by a newer version of Opleidingspraktijk (schema %d; this version "
                     "knows %d); nothing was changed. Update the app to restore it."),
                   backup_path, (int) version, OPL_DATABASE_SCHEMA_VERSION);
      sqlite3_close (db);
      return NULL;
    }

  problem = integrity_problem (db, &rc);
  if (problem != NULL)
    {
      if (is_busy (rc))
        set_busy (error, backup_path);
      else
        g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_INVALID,
                     _("The backup “%s” is damaged (%s); nothing was changed"), backup_path, problem);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

/* A practice file and its logs, the logs first: moved in this order, a failure half
 * way leaves the file itself where it was. */
static const char * const practice_files[] = { "-wal", "-journal", "-shm", "" };

/* Moves what was moved of @from's files back to @to's names. */
static void
move_back (const char *from,
           const char *to,
           guint       n_moved)
{
  for (guint i = 0; i < n_moved; i++)
    {
      g_autofree char *back_from = g_strconcat (from, practice_files[i], NULL);
      g_autofree char *back_to = g_strconcat (to, practice_files[i], NULL);

      if (g_file_test (back_from, G_FILE_TEST_EXISTS) && !g_file_test (back_to, G_FILE_TEST_EXISTS))
        g_rename (back_from, back_to);
    }
}

/* Moves the damaged practice @db_path and its -wal, -journal and -shm aside, to
 * `<db_path>.damaged-<stamp>`: never deleted, and no stale log is left for the
 * restored file to pick up. Moves back what it moved when one fails. */
static gboolean
keep_aside (const char  *db_path,
            GDateTime   *now,
            char       **aside_path,
            GError     **error)
{
  g_autofree char *stamp = format_stamp (now);
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", db_path, stamp);

  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS) && n < 100; n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.damaged-%s-%u", db_path, stamp, n);
    }

  for (guint i = 0; i < G_N_ELEMENTS (practice_files); i++)
    {
      g_autofree char *from = g_strconcat (db_path, practice_files[i], NULL);
      g_autofree char *to = g_strconcat (aside, practice_files[i], NULL);
      GStatBuf st;

      if (g_lstat (from, &st) == 0 && g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          move_back (aside, db_path, i);
          /* Translators: the first %s is a file, the second the system's reason */
          g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_WRITE,
                       _("Could not keep the damaged practice aside as “%s”: %s; nothing was changed"), aside,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }

  *aside_path = g_steal_pointer (&aside);
  return TRUE;
}

/* The backup @source into the practice @db_path, through a connection to it: one write
 * transaction, which every other connection sees whole or not at all. */
static gboolean
copy_into (sqlite3     *source,
           const char  *backup_path,
           const char  *db_path,
           GError     **error)
{
  sqlite3 *dest = NULL;
  int rc;

  rc = sqlite3_open_v2 (db_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (dest, TRUE);
      sqlite3_busy_timeout (dest, BUSY_TIMEOUT_MS);
      rc = copy_database (dest, source);
    }

  if (rc != SQLITE_OK)
    {
      g_autofree char *reason = message_of (dest, rc);

      if (is_busy (rc))
        set_busy (error, db_path);
      else
        /* Translators: the first %s is a backup, the second the practice file, the third SQLite's reason */
        g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_RESTORE, _("Could not restore “%s” into “%s”: %s"),
                     backup_path, db_path, reason);
    }

  sqlite3_close (dest);
  return rc == SQLITE_OK;
}

/* A practice a newer version of the app wrote is not replaced by this one: the other
 * PCs would lose what that version keeps (design.md §4). A file that cannot be read
 * (damaged, missing) is restored over as usual. */
static gboolean
practice_is_newer (const char  *db_path,
                   GError     **error)
{
  gint64 application_id = 0, version = 0, n_tables = 0;
  sqlite3 *db = NULL;
  int rc;

  if (!g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  rc = open_read_only (db_path, FALSE, &db);
  if (rc == SQLITE_OK)
    rc = read_identity (db, &application_id, &version, &n_tables);
  sqlite3_close (db);

  if (rc != SQLITE_OK || application_id != OPL_DATABASE_APPLICATION_ID || version <= OPL_DATABASE_SCHEMA_VERSION)
    return FALSE;

  /* Translators: %s is the practice file */
  g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_NEWER_SCHEMA,
               _("“%s” was saved by a newer version of Opleidingspraktijk; restore the backup with that version. "
                 "Nothing was changed"), db_path);
  return TRUE;
}

/**
 * opl_backup_restore_at:
 * @now: the time it is (the name of the before-restore backup)
 *
 * opl_backup_restore() with a clock of the caller's.
 */
gboolean
opl_backup_restore_at (const char  *db_path,
                       const char  *backup_path,
                       const char  *folder,
                       GDateTime   *now,
                       char       **kept_path,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *aside = NULL;
  sqlite3 *source;
  gboolean exists;
  gboolean ok;
  GStatBuf st;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (practice_is_newer (db_path, error))
    return FALSE;

  source = open_backup (db_path, backup_path, error);
  if (source == NULL)
    return FALSE;

  /* The state now stays: as a backup, or moved aside when it is damaged. */
  exists = g_lstat (db_path, &st) == 0;
  if (exists &&
      !create_backup (db_path, folder, OPL_BACKUP_REASON_BEFORE_RESTORE, now, backup_path, &kept, &local_error))
    {
      if (!g_error_matches (local_error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_DAMAGED) &&
          !g_error_matches (local_error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ) &&
          !g_error_matches (local_error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_EMPTY))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s",
                                      _("Nothing was restored: "));
          sqlite3_close (source);
          return FALSE;
        }

      g_debug ("Keeping %s aside: %s", db_path, local_error->message);
      if (!keep_aside (db_path, now, &aside, error))
        {
          sqlite3_close (source);
          return FALSE;
        }
      exists = FALSE;
    }

  if (exists)
    ok = copy_into (source, backup_path, db_path, error);
  else
    {
      ok = write_checked_copy (source, backup_path, db_path, &local_error);
      if (!ok)
        {
          if (aside != NULL)
            move_back (aside, db_path, G_N_ELEMENTS (practice_files));
          /* Translators: the first %s is a backup, the second the practice file, the third the reason */
          g_set_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_RESTORE, _("Could not restore “%s” into “%s”: %s"),
                       backup_path, db_path, local_error->message);
        }
    }
  sqlite3_close (source);

  if (ok && kept_path != NULL)
    *kept_path = aside != NULL ? g_steal_pointer (&aside) : g_steal_pointer (&kept);
  return ok;
}

/**
 * opl_backup_restore:
 * @db_path: the practice file (it may be missing, or damaged)
 * @backup_path: the backup to bring back
 * @folder: where the practice's backups go (opl_backup_default_folder()): the current
 *   state is kept there as a before-restore backup
 * @kept_path: (out) (optional) (nullable) (transfer full): where the state before the
 *   restore is kept: the before-restore backup, or `<db_path>.damaged-<stamp>` when
 *   the file was damaged; %NULL when there was no practice file
 *
 * Brings a backup back. It checks the backup first (integrity_check, this app's
 * application_id, a schema this version knows) and changes nothing when it is not
 * right. Then it keeps the current state (see @kept_path) and copies the backup into
 * the practice file with SQLite's backup API on a connection to it: one write
 * transaction, so the app's own connection and those of other processes see the
 * practice before or after, never half. The practice file keeps its mode (0600 for a
 * file the app made); a file the restore makes is 0600. A backup of an earlier schema
 * is restored as it is: the app migrates it when it next opens it. After a restore the
 * app reloads what it shows; when the practice file was damaged it is moved aside, and
 * the app must close its connection to it first and open the file again afterwards.
 * It blocks: use opl_backup_restore_async() from the main thread.
 *
 * Returns: %FALSE with @error set (%OPL_BACKUP_ERROR_INVALID,
 *   %OPL_BACKUP_ERROR_NEWER_SCHEMA: nothing was changed)
 */
gboolean
opl_backup_restore (const char  *db_path,
                    const char  *backup_path,
                    const char  *folder,
                    char       **kept_path,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return opl_backup_restore_at (db_path, backup_path, folder, now, kept_path, error);
}

/* The asynchronous variants: the same on a worker thread (GTask). */

typedef struct
{
  char            *db_path;
  char            *folder;
  char            *other;
  OplBackupReason  reason;
  char            *result_path;
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_free (data->db_path);
  g_free (data->folder);
  g_free (data->other);
  g_free (data->result_path);
  g_free (data);
}

static GTask *
new_task (const char          *db_path,
          const char          *folder,
          const char          *other,
          OplBackupReason      reason,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             source_tag)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  TaskData *data = g_new0 (TaskData, 1);

  data->db_path = g_strdup (db_path);
  data->folder = g_strdup (folder);
  data->other = g_strdup (other);
  data->reason = reason;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  return task;
}

static void
create_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  char *path = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (opl_backup_create (data->db_path, data->folder, data->reason, &path, &error))
    g_task_return_pointer (task, path, g_free);
  else
    g_task_return_error (task, error);
}

/**
 * opl_backup_create_async:
 *
 * opl_backup_create() on a worker thread. @cancellable stops it only before it starts:
 * a backup that is being written is finished (and checked).
 */
void
opl_backup_create_async (const char          *db_path,
                         const char          *folder,
                         OplBackupReason      reason,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (folder != NULL);
  g_return_if_fail (reason < G_N_ELEMENTS (reasons));

  task = new_task (db_path, folder, NULL, reason, cancellable, callback, user_data, opl_backup_create_async);
  g_task_run_in_thread (task, create_in_thread);
}

/**
 * opl_backup_create_finish:
 * @backup_path: (out) (optional) (transfer full): the backup written
 */
gboolean
opl_backup_create_finish (GAsyncResult  *result,
                          char         **backup_path,
                          GError       **error)
{
  char *path;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == opl_backup_create_async, FALSE);

  path = g_task_propagate_pointer (G_TASK (result), error);
  if (path == NULL)
    return FALSE;

  if (backup_path != NULL)
    *backup_path = path;
  else
    g_free (path);
  return TRUE;
}

static void
ensure_daily_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (opl_backup_ensure_daily (data->db_path, data->folder, data->other, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * opl_backup_ensure_daily_async:
 *
 * opl_backup_ensure_daily() on a worker thread: the app calls it once the practice is
 * open at its start.
 */
void
opl_backup_ensure_daily_async (const char          *db_path,
                               const char          *folder,
                               const char          *second_place,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (folder != NULL);

  task = new_task (db_path, folder, second_place, OPL_BACKUP_REASON_DAILY, cancellable, callback, user_data,
                   opl_backup_ensure_daily_async);
  g_task_run_in_thread (task, ensure_daily_in_thread);
}

gboolean
opl_backup_ensure_daily_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == opl_backup_ensure_daily_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
list_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  GPtrArray *backups;

  if (g_task_return_error_if_cancelled (task))
    return;

  backups = opl_backup_list (data->folder, &error);
  if (backups != NULL)
    g_task_return_pointer (task, backups, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/**
 * opl_backup_list_async:
 *
 * opl_backup_list() on a worker thread (the Backups page).
 */
void
opl_backup_list_async (const char          *folder,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (folder != NULL);

  task = new_task (NULL, folder, NULL, OPL_BACKUP_REASON_DAILY, cancellable, callback, user_data,
                   opl_backup_list_async);
  g_task_run_in_thread (task, list_in_thread);
}

/**
 * opl_backup_list_finish:
 *
 * Returns: (transfer full) (element-type OplBackup): the backups, newest first
 */
GPtrArray *
opl_backup_list_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == opl_backup_list_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
restore_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (opl_backup_restore (data->db_path, data->other, data->folder, &data->result_path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * opl_backup_restore_async:
 *
 * opl_backup_restore() on a worker thread, once the user confirmed.
 */
void
opl_backup_restore_async (const char          *db_path,
                          const char          *backup_path,
                          const char          *folder,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (backup_path != NULL);
  g_return_if_fail (folder != NULL);

  task = new_task (db_path, folder, backup_path, OPL_BACKUP_REASON_BEFORE_RESTORE, cancellable, callback, user_data,
                   opl_backup_restore_async);
  g_task_run_in_thread (task, restore_in_thread);
}

/**
 * opl_backup_restore_finish:
 * @kept_path: (out) (optional) (nullable) (transfer full): where the state before the
 *   restore is kept (opl_backup_restore())
 */
gboolean
opl_backup_restore_finish (GAsyncResult  *result,
                           char         **kept_path,
                           GError       **error)
{
  TaskData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == opl_backup_restore_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&data->result_path);
  return TRUE;
}
