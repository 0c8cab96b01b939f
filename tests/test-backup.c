/* test-backup.c: automatic backups of the practice, and restoring one (issue 17).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Source of the rules, issue 17 ("Never lose the practice"): "Automatic backups with
 * the SQLite backup API (or VACUUM INTO), off the main thread and without blocking
 * other writers: at start (at most once a day) and before every migration and every
 * merge or import; rotated (for example 7 daily, 4 weekly, 12 monthly; say what you
 * choose); in a folder next to the user's data and, as a setting, a second place (a USB
 * stick or a folder of the practice). Each backup is checked (PRAGMA integrity_check on
 * the copy) before an older one is removed. Restore: a 'Backups' page lists them (date,
 * size, what they hold: people, trajecten, forms) and restores one after a
 * confirmation, keeping the current file as a backup too." and "Permissions: 0600
 * files; backups the same."; design.md §4: "Automatic backups with the SQLite backup
 * API (at start, at most daily, rotated), and a restore path." The rotation the tests
 * check is the one opl-backup.c and the README ("Backups") describe.
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "opl-backup.h"
#include "opl-backup-private.h"
#include "opl-database-private.h"
#include "opl-test-utils.h"

/* A practice file holding the demo, closed again. */
static char *
practice_file (const char *name)
{
  g_autofree char *path = opl_test_db_path (name);
  g_autoptr(OplStore) store = opl_test_demo_store (path);

  return g_steal_pointer (&path);
}

/* A practice file of the current schema holding only its practice row: quick to copy
 * hundreds of times. */
static char *
small_practice_file (const char *name)
{
  g_autofree char *path = opl_test_db_path (name);
  g_autoptr(OplDatabase) database = opl_test_open (path);

  opl_test_exec (database, "INSERT INTO practice (id, name, created_at, changed_at) VALUES"
                           " ('00000000-0000-4000-8000-000000000001', 'Praktijk Klein',"
                           " '2025-01-01T08:00:00.000Z', '2025-01-01T08:00:00.000Z')");
  return g_steal_pointer (&path);
}

/* A file of this app with one small table: quick to copy hundreds of times (also under
 * AddressSanitizer), for the tests of when backups are made and which stay, which do
 * not look inside. */
static char *
tiny_practice_file (const char *name)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          " CREATE TABLE practice (id TEXT PRIMARY KEY, name TEXT);"
                                          " INSERT INTO practice VALUES ('1', 'Praktijk Klein');",
                                          OPL_DATABASE_APPLICATION_ID);
  char *path = opl_test_db_path (name);
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return path;
}

/* Every table of the file at @path, read without writing (opl_test_digest_database()). */
static char *
digest_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return opl_test_digest_database (database);
}

static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour)
{
  return g_date_time_new_local (year, month, day, hour, 0, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @folder, sorted, joined with spaces ("" when it is empty or missing). */
static char *
names_in (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The digests of the files in @folder, to prove they were not touched. */
static char *
folder_digest (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *digest = opl_test_file_digest (path);

      g_ptr_array_add (lines, g_strdup_printf ("%s %s", name, digest));
    }
  g_ptr_array_sort (lines, compare_names);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* The first page of an index of the closed file @path overwritten with garbage: the
 * header and the tables stay readable, integrity_check finds the damage. */
static void
damage_index_page (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  sqlite3 *db;
  gint64 page_size, root;
  gsize length;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT page_size FROM pragma_page_size),"
                                           " (SELECT max (rootpage) FROM sqlite_schema WHERE type = 'index')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  page_size = sqlite3_column_int64 (stmt, 0);
  root = sqlite3_column_int64 (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (root, >, 1);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, (gsize) (root * page_size));
  memset (contents + (root - 1) * page_size, 0x5a, (gsize) page_size);
  opl_test_write_file (path, contents, (gssize) length);
}

static char *
copy_file (const char *from,
           const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *to = opl_test_db_path (name);
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  opl_test_write_file (to, contents, (gssize) length);
  return to;
}

static char *
create_at (const char      *path,
           const char      *folder,
           OplBackupReason  reason,
           GDateTime       *now)
{
  g_autoptr(GError) error = NULL;
  char *backup = NULL;

  g_assert_true (opl_backup_create_at (path, folder, reason, now, &backup, &error));
  g_assert_no_error (error);
  return backup;
}

/* "in a folder next to the user's data": one folder per practice file, so two files
 * never share (or rotate away) each other's backups. */
static void
test_default_folder (void)
{
  g_autofree char *one = opl_test_db_path ("praktijk.db");
  g_autofree char *other_dir = g_build_filename (g_get_user_data_dir (), "elders", NULL);
  g_autofree char *other = g_build_filename (other_dir, "praktijk.db", NULL);
  g_autofree char *folder_one = opl_backup_default_folder (one);
  g_autofree char *folder_other = opl_backup_default_folder (other);
  g_autofree char *again = opl_backup_default_folder (one);
  g_autofree char *place = g_build_filename (g_get_user_data_dir (), "opleidingspraktijk", "backups", NULL);
  g_autofree char *name = g_path_get_basename (folder_one);
  g_autofree char *second = opl_backup_folder_in (one, "/media/stick");
  g_autofree char *second_name = g_path_get_basename (second);

  g_assert_cmpstr (folder_one, !=, folder_other);
  g_assert_cmpstr (folder_one, ==, again);
  g_assert_true (g_str_has_prefix (folder_one, place));
  /* <stem>-<8 hex characters> */
  g_assert_true (g_str_has_prefix (name, "praktijk-"));
  g_assert_cmpuint (strlen (name), ==, strlen ("praktijk-") + 8);
  for (const char *c = name + strlen ("praktijk-"); *c != '\0'; c++)
    g_assert_true (g_ascii_isxdigit (*c));
  g_assert_true (g_str_has_prefix (second, "/media/stick/"));
  g_assert_cmpstr (second_name, ==, name);
}

/* "Each backup is checked"; "0600 files; backups the same": a backup is an intact file
 * of mode 0600, in a folder of mode 0700, that reads back as the same practice. */
static void
test_backup_is_checked_copy (void)
{
  g_autofree char *path = practice_file ("checked.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) now = local_time (2026, 11, 22, 10);
  g_autofree char *backup = create_at (path, folder, OPL_BACKUP_REASON_MANUAL, now);
  g_autofree char *name = g_path_get_basename (backup);
  g_autofree char *expected = g_strdup_printf ("checked-20261122-100000-manual.db");
  g_autofree char *practice_digest = digest_of (path);
  g_autofree char *backup_digest = digest_of (backup);
  g_autofree char *names = names_in (folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *wal = g_strconcat (backup, "-wal", NULL);

  g_assert_cmpstr (name, ==, expected);
  g_assert_cmpuint (file_mode (backup), ==, 0600);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpstr (backup_digest, ==, practice_digest);
  /* Nothing else is left in the folder: no temporary file, no log beside it. */
  g_assert_cmpstr (names, ==, expected);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  database = opl_database_open (backup, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  problems = opl_database_check_integrity (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  /* One file wherever it is carried: no write-ahead log. */
  g_assert_cmpstr (opl_database_get_journal_mode (database), ==, "delete");
}

/* Two backups in one second with one reason both stay. */
static void
test_same_second (void)
{
  g_autofree char *path = small_practice_file ("same-second.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) now = local_time (2026, 3, 1, 12);
  g_autofree char *first = create_at (path, folder, OPL_BACKUP_REASON_BEFORE_MERGE, now);
  g_autofree char *second = create_at (path, folder, OPL_BACKUP_REASON_BEFORE_MERGE, now);
  g_autofree char *names = names_in (folder);
  g_autoptr(GPtrArray) backups = opl_backup_list (folder, NULL);

  g_assert_cmpstr (names, ==, "same-second-20260301-120000-before-merge-2.db same-second-20260301-120000-before-merge.db");
  g_assert_cmpuint (backups->len, ==, 2);
  /* Newest first: the second one. */
  g_assert_cmpstr (((OplBackup *) g_ptr_array_index (backups, 0))->path, ==, second);
  g_assert_cmpstr (((OplBackup *) g_ptr_array_index (backups, 1))->path, ==, first);
}

/* "without blocking other writers": another connection inside a write transaction is
 * not in the way, and the backup holds what was committed, not what was not. */
static void
test_backup_beside_open_transaction (void)
{
  g_autofree char *path = practice_file ("open-transaction.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(OplDatabase) writer = opl_test_open (path);
  g_autoptr(OplDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  gint64 started;

  g_assert_cmpstr (opl_database_get_journal_mode (writer), ==, "wal");
  g_assert_true (opl_database_begin (writer, &error));
  opl_test_exec (writer, "UPDATE practice SET name = 'Niet vastgelegd'");

  started = g_get_monotonic_time ();
  g_assert_true (opl_backup_create (path, folder, OPL_BACKUP_REASON_MANUAL, &backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - started, <, 2 * G_USEC_PER_SEC);

  /* The writer was not blocked: its transaction commits. */
  g_assert_true (opl_database_commit (writer, &error));
  g_assert_no_error (error);

  copy = opl_database_open (backup, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (copy, "SELECT count(*) FROM practice WHERE name = 'Huisartsenpraktijk De Linde'"),
                   ==, 1);
}

typedef struct
{
  char          *path;
  gint           stop;
  gint           committed;
  gint64         longest;
} Writer;

/* Commits one row per transaction until told to stop, timing each. */
static gpointer
write_rows (gpointer user_data)
{
  Writer *writer = user_data;
  g_autoptr(OplDatabase) database = opl_test_open (writer->path);
  g_autoptr(GError) error = NULL;

  for (int n = 1; !g_atomic_int_get (&writer->stop); n++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gint64 started = g_get_monotonic_time ();

      g_assert_true (opl_database_begin (database, &error));
      stmt = opl_database_prepare (database, "INSERT INTO backup_probe (n) VALUES (?)", &error);
      g_assert_no_error (error);
      sqlite3_bind_int (stmt, 1, n);
      g_assert_true (opl_database_step_done (database, stmt, &error));
      opl_database_release (g_steal_pointer (&stmt));
      g_assert_true (opl_database_commit (database, &error));
      g_assert_no_error (error);

      writer->longest = MAX (writer->longest, g_get_monotonic_time () - started);
      g_atomic_int_set (&writer->committed, n);
      g_usleep (500);
    }

  return NULL;
}

/* "without blocking other writers": a writer thread commits all along while backups
 * are made; none of its commits waits long, and each backup is one consistent moment
 * (rows 1 to N, none missing). */
static void
test_backup_while_writing (void)
{
  g_autofree char *path = practice_file ("writing.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  Writer writer = { path, 0, 0, 0 };
  GThread *thread;
  int before;

  {
    g_autoptr(OplDatabase) database = opl_test_open (path);

    opl_test_exec (database, "CREATE TABLE backup_probe (n INTEGER PRIMARY KEY)");
  }

  thread = g_thread_new ("writer", write_rows, &writer);
  while (g_atomic_int_get (&writer.committed) < 20)
    g_usleep (1000);

  before = g_atomic_int_get (&writer.committed);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *backup = NULL;
      g_autoptr(OplDatabase) copy = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      gint64 rows, highest;

      g_assert_true (opl_backup_create (path, folder, OPL_BACKUP_REASON_MANUAL, &backup, &error));
      g_assert_no_error (error);

      copy = opl_database_open (backup, OPL_DATABASE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      problems = opl_database_check_integrity (copy, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      rows = opl_test_count (copy, "SELECT count(*) FROM backup_probe");
      highest = opl_test_count (copy, "SELECT max (n) FROM backup_probe");
      g_assert_cmpint (rows, >=, 20);
      g_assert_cmpint (rows, ==, highest);
    }

  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);

  /* The writer went on meanwhile, and never waited a second for a commit. */
  g_assert_cmpint (writer.committed, >, before);
  g_assert_cmpint (writer.longest, <, G_USEC_PER_SEC);
}

/* "rotated (for example 7 daily, 4 weekly, 12 monthly; say what you choose)" and "Each
 * backup is checked ... before an older one is removed". 400 simulated days of a daily
 * backup at 09:00, and a backup before a merge at 15:00 every ninth day (from the
 * fifth). What stays on the last day, Wednesday 4 February 2026, is exactly what the
 * rule keeps: the newest of each of the last 7 days, of each of the last 4 ISO weeks
 * and of each of the last 12 months, and the before-* backups younger than 30 days. */
static void
test_rotation (void)
{
  static const char * const expected[] = {
    /* The newest of each month, March 2025 to January 2026 (February: the days below). */
    "rotation-20250331-090000-daily.db",
    "rotation-20250430-090000-daily.db",
    "rotation-20250531-090000-daily.db",
    "rotation-20250630-090000-daily.db",
    "rotation-20250731-150000-before-merge.db",
    "rotation-20250831-090000-daily.db",
    "rotation-20250930-090000-daily.db",
    "rotation-20251031-090000-daily.db",
    "rotation-20251130-090000-daily.db",
    "rotation-20251231-150000-before-merge.db",
    /* Before a merge, younger than 30 days. */
    "rotation-20260109-150000-before-merge.db",
    /* The newest of ISO weeks 3 and 4 (week 5 and 6: the days below); week 3's is also
     * younger than 30 days. */
    "rotation-20260118-150000-before-merge.db",
    "rotation-20260125-090000-daily.db",
    /* Before a merge, younger than 30 days. */
    "rotation-20260127-150000-before-merge.db",
    /* The newest of each of the last 7 days. */
    "rotation-20260129-090000-daily.db",
    "rotation-20260130-090000-daily.db",
    "rotation-20260131-090000-daily.db",
    "rotation-20260201-090000-daily.db",
    "rotation-20260202-090000-daily.db",
    "rotation-20260203-090000-daily.db",
    "rotation-20260204-090000-daily.db",
    NULL
  };
  g_autofree char *path = tiny_practice_file ("rotation.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autofree char *want = g_strjoinv (" ", (char **) expected);
  g_autofree char *names = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autofree char *last = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, G_DATE_JANUARY, 2025);
  for (int i = 0; i < 400; i++, g_date_add_days (&day, 1))
    {
      g_autoptr(GDateTime) morning = local_time (g_date_get_year (&day), g_date_get_month (&day),
                                                 g_date_get_day (&day), 9);
      g_autofree char *daily = create_at (path, folder, OPL_BACKUP_REASON_DAILY, morning);

      /* Never more than the rule can keep: 7 + 4 + 12 and the special ones of a month. */
      if (i % 50 == 0)
        {
          g_autoptr(GPtrArray) backups = opl_backup_list (folder, NULL);

          g_assert_cmpuint (backups->len, <=, 7 + 4 + 12 + 4);
        }

      if (i % 9 == 4)
        {
          g_autoptr(GDateTime) afternoon = local_time (g_date_get_year (&day), g_date_get_month (&day),
                                                       g_date_get_day (&day), 15);
          g_autofree char *merge = create_at (path, folder, OPL_BACKUP_REASON_BEFORE_MERGE, afternoon);
        }
    }

  names = names_in (folder);
  g_assert_cmpstr (names, ==, want);

  /* Years later only the new one is left (and a backup is never without one). */
  later = local_time (2031, 6, 1, 9);
  last = create_at (path, folder, OPL_BACKUP_REASON_DAILY, later);
  g_clear_pointer (&names, g_free);
  names = names_in (folder);
  g_assert_cmpstr (names, ==, "rotation-20310601-090000-daily.db");
}

/* "Each backup is checked (PRAGMA integrity_check on the copy) before an older one is
 * removed": a damaged practice gives no backup, says so, and every older backup stays
 * as it was, even years later when the rotation would have removed them. */
static void
test_damaged_practice (void)
{
  g_autofree char *path = practice_file ("damaged.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) first = local_time (2026, 1, 5, 9);
  g_autoptr(GDateTime) second = local_time (2026, 1, 6, 9);
  g_autoptr(GDateTime) later = local_time (2028, 1, 6, 9);
  g_autofree char *one = create_at (path, folder, OPL_BACKUP_REASON_DAILY, first);
  g_autofree char *two = create_at (path, folder, OPL_BACKUP_REASON_DAILY, second);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *practice_before = NULL;
  g_autofree char *practice_after = NULL;
  g_autoptr(GError) error = NULL;
  char *backup = NULL;

  damage_index_page (path);
  before = folder_digest (folder);
  practice_before = opl_test_file_digest (path);

  g_assert_false (opl_backup_create_at (path, folder, OPL_BACKUP_REASON_DAILY, later, &backup, &error));
  g_assert_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_assert_null (backup);
  g_clear_error (&error);

  g_assert_false (opl_backup_ensure_daily_at (path, folder, NULL, later, &error));
  g_assert_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_DAMAGED);

  /* Both older backups, untouched, and no temporary file; the practice as it was. */
  after = folder_digest (folder);
  g_assert_cmpstr (after, ==, before);
  practice_after = opl_test_file_digest (path);
  g_assert_cmpstr (practice_after, ==, practice_before);
}

/* Something that is no practice: no backup. */
static void
test_nothing_to_back_up (void)
{
  g_autofree char *empty = opl_test_db_path ("empty.db");
  g_autofree char *letter = opl_test_db_path ("letter.db");
  g_autofree char *missing = opl_test_db_path ("missing.db");
  g_autofree char *folder = opl_backup_default_folder (empty);
  g_autoptr(GError) error = NULL;

  opl_test_write_file (empty, "", 0);
  opl_test_write_file (letter, "Beste collega, hierbij de ComBel.\n", -1);

  g_assert_false (opl_backup_create (empty, folder, OPL_BACKUP_REASON_BEFORE_MIGRATION, NULL, &error));
  g_assert_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (opl_backup_create (letter, folder, OPL_BACKUP_REASON_MANUAL, NULL, &error));
  g_assert_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ);
  g_clear_error (&error);
  g_assert_false (opl_backup_create (missing, folder, OPL_BACKUP_REASON_MANUAL, NULL, &error));
  g_assert_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_READ);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* "a 'Backups' page lists them (date, size, what they hold: people, trajecten, forms)":
 * newest first; a file that cannot be read is listed as damaged, not left out. */
static void
test_list (void)
{
  g_autofree char *path = practice_file ("listed.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autofree char *missing = g_build_filename (folder, "nowhere", NULL);
  g_autoptr(GDateTime) first = local_time (2026, 11, 20, 9);
  g_autoptr(GDateTime) second = local_time (2026, 11, 21, 16);
  g_autofree char *older = create_at (path, folder, OPL_BACKUP_REASON_DAILY, first);
  g_autofree char *newer = create_at (path, folder, OPL_BACKUP_REASON_BEFORE_IMPORT, second);
  g_autofree char *garbage = g_build_filename (folder, "listed-20261122-080000-manual.db", NULL);
  g_autofree char *stray = g_build_filename (folder, "notes.txt", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *created = NULL;
  OplBackup *backup;
  struct stat st;

  opl_test_write_file (garbage, "no database at all", -1);
  opl_test_write_file (stray, "not a backup", -1);

  backups = opl_backup_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 3);

  backup = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (backup->path, ==, garbage);
  g_assert_true (backup->damaged);
  g_assert_nonnull (backup->problem);
  g_assert_cmpint (backup->reason, ==, OPL_BACKUP_REASON_MANUAL);

  backup = g_ptr_array_index (backups, 1);
  g_assert_cmpstr (backup->path, ==, newer);
  g_assert_false (backup->damaged);
  g_assert_cmpint (backup->reason, ==, OPL_BACKUP_REASON_BEFORE_IMPORT);
  created = g_date_time_format (backup->created, "%Y-%m-%d %H:%M:%S");
  g_assert_cmpstr (created, ==, "2026-11-21 16:00:00");
  g_assert_cmpint (stat (newer, &st), ==, 0);
  g_assert_cmpint (backup->size, ==, st.st_size);
  g_assert_cmpstr (backup->practice_name, ==, "Huisartsenpraktijk De Linde");
  g_assert_cmpint (backup->schema_version, ==, OPL_DATABASE_SCHEMA_VERSION);
  /* The demo: 5 people, 4 trajecten, 6 forms (tests/test-cli.c, --check). */
  g_assert_cmpint (backup->n_people, ==, 5);
  g_assert_cmpint (backup->n_trajecten, ==, 4);
  g_assert_cmpint (backup->n_forms, ==, 6);

  backup = g_ptr_array_index (backups, 2);
  g_assert_cmpstr (backup->path, ==, older);
  g_assert_cmpint (backup->reason, ==, OPL_BACKUP_REASON_DAILY);

  /* No folder yet: no backups, no error. */
  none = opl_backup_list (missing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_cmpstr (opl_backup_reason_to_string (OPL_BACKUP_REASON_BEFORE_MIGRATION), ==, "before-migration");
  g_assert_cmpstr (opl_backup_reason_get_label (OPL_BACKUP_REASON_BEFORE_MERGE), ==, "Before a merge");
}

/* A practice of schema version 1 (tests/data/practice-v1.sql): backed up as it is,
 * without a migration, and listed with what it holds (no forms table yet). */
static void
test_earlier_schema (void)
{
  g_autofree char *dump_path = g_test_build_filename (G_TEST_DIST, "data", "practice-v1.sql", NULL);
  g_autofree char *path = opl_test_db_path ("oud.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) now = local_time (2026, 11, 22, 9);
  g_autofree char *sql = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  OplBackup *listed;
  sqlite3 *db;

  g_file_get_contents (dump_path, &sql, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  before = opl_test_file_digest (path);
  backup = create_at (path, folder, OPL_BACKUP_REASON_BEFORE_MIGRATION, now);
  after = opl_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);

  backups = opl_backup_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  listed = g_ptr_array_index (backups, 0);
  g_assert_false (listed->damaged);
  g_assert_cmpint (listed->schema_version, ==, 1);
  g_assert_cmpstr (listed->practice_name, ==, "Huisartsenpraktijk De Linde");
  g_assert_cmpint (listed->n_people, ==, 5);
  g_assert_cmpint (listed->n_forms, ==, 0);
  g_assert_cmpint (listed->reason, ==, OPL_BACKUP_REASON_BEFORE_MIGRATION);
}

/* "restores one after a confirmation, keeping the current file as a backup too": the
 * old state comes back, the state before is a before-restore backup, a connection that
 * was open meanwhile (another PC) sees the restored practice, and the file is 0600. */
static void
test_restore (void)
{
  g_autofree char *path = practice_file ("restore.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) first = local_time (2026, 11, 22, 9);
  g_autoptr(GDateTime) then = local_time (2026, 11, 22, 11);
  g_autofree char *backup = create_at (path, folder, OPL_BACKUP_REASON_DAILY, first);
  g_autofree char *old_state = digest_of (path);
  g_autofree char *new_state = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *kept_state = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_name = NULL;
  g_autoptr(OplDatabase) other_pc = opl_test_open (path);
  g_autoptr(GError) error = NULL;

  opl_test_exec (other_pc, "UPDATE practice SET name = 'Praktijk Nieuw'");
  opl_test_exec (other_pc, "UPDATE person SET email = 'nieuw@example.org'");
  new_state = digest_of (path);
  g_assert_cmpstr (new_state, !=, old_state);

  g_assert_true (opl_backup_restore_at (path, backup, folder, then, &kept, &error));
  g_assert_no_error (error);

  restored = digest_of (path);
  g_assert_cmpstr (restored, ==, old_state);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  kept_name = g_path_get_basename (kept);
  g_assert_cmpstr (kept_name, ==, "restore-20261122-110000-before-restore.db");
  /* The backup restored stays, though the newer one took its day in the rotation. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  kept_state = digest_of (kept);
  g_assert_cmpstr (kept_state, ==, new_state);
  g_assert_cmpuint (file_mode (kept), ==, 0600);

  /* The other connection sees the switch. */
  g_assert_cmpint (opl_test_count (other_pc, "SELECT count(*) FROM practice WHERE name = 'Huisartsenpraktijk De Linde'"),
                   ==, 1);
  g_assert_cmpint (opl_test_count (other_pc, "SELECT count(*) FROM person WHERE email = 'nieuw@example.org'"), ==, 0);
}

/* A restore refuses a backup it cannot trust (damaged, newer, no practice, the
 * practice file itself) and changes nothing: not the practice, not the backups. */
static void
test_restore_refusals (void)
{
  g_autofree char *path = practice_file ("refuse.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) now = local_time (2026, 11, 22, 9);
  g_autofree char *backup = create_at (path, folder, OPL_BACKUP_REASON_DAILY, now);
  g_autofree char *damaged = copy_file (backup, "damaged-backup.db");
  g_autofree char *newer = copy_file (backup, "newer-backup.db");
  g_autofree char *letter = opl_test_db_path ("letter-backup.db");
  g_autofree char *practice_before = NULL;
  g_autofree char *folder_before = NULL;
  struct
  {
    const char *backup;
    int         code;
    const char *words;
  } cases[] = {
    { damaged, OPL_BACKUP_ERROR_INVALID, "damaged" },
    { newer, OPL_BACKUP_ERROR_NEWER_SCHEMA, "newer version" },
    { letter, OPL_BACKUP_ERROR_INVALID, "not a backup" },
    { path, OPL_BACKUP_ERROR_INVALID, "practice file itself" },
  };
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", OPL_DATABASE_SCHEMA_VERSION + 1);
  sqlite3 *db;

  damage_index_page (damaged);
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  opl_test_write_file (letter, "Beste collega, hierbij de ComBel.\n", -1);

  practice_before = opl_test_file_digest (path);
  folder_before = folder_digest (folder);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *kept = NULL;
      g_autofree char *practice_after = NULL;
      g_autofree char *folder_after = NULL;

      g_assert_false (opl_backup_restore_at (path, cases[i].backup, folder, now, &kept, &error));
      g_assert_error (error, OPL_BACKUP_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
      g_assert_nonnull (strstr (error->message, "nothing was changed"));
      g_assert_null (kept);

      practice_after = opl_test_file_digest (path);
      g_assert_cmpstr (practice_after, ==, practice_before);
      folder_after = folder_digest (folder);
      g_assert_cmpstr (folder_after, ==, folder_before);
    }
}

/* A damaged practice is never deleted by a restore: it is kept aside as
 * <name>.damaged-<timestamp>, with its bytes, and the backup takes its place. */
static void
test_restore_over_damaged_practice (void)
{
  g_autofree char *path = practice_file ("broken.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) first = local_time (2026, 11, 22, 9);
  g_autoptr(GDateTime) then = local_time (2026, 11, 24, 14);
  g_autofree char *backup = create_at (path, folder, OPL_BACKUP_REASON_DAILY, first);
  g_autofree char *backup_state = digest_of (backup);
  g_autofree char *damaged_bytes = NULL;
  g_autofree char *aside_bytes = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *expected = g_strconcat (path, ".damaged-20261124-140000", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  damage_index_page (path);
  damaged_bytes = opl_test_file_digest (path);

  g_assert_true (opl_backup_restore_at (path, backup, folder, then, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, expected);
  aside_bytes = opl_test_file_digest (kept);
  g_assert_cmpstr (aside_bytes, ==, damaged_bytes);

  restored = digest_of (path);
  g_assert_cmpstr (restored, ==, backup_state);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  /* No before-restore backup of a damaged file was made. */
  backups = opl_backup_list (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
}

/* With no practice file at all, a restore makes it (0600). */
static void
test_restore_missing_practice (void)
{
  g_autofree char *path = practice_file ("lost.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autoptr(GDateTime) now = local_time (2026, 11, 22, 9);
  g_autofree char *backup = create_at (path, folder, OPL_BACKUP_REASON_DAILY, now);
  g_autofree char *backup_state = digest_of (backup);
  g_autofree char *restored = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (opl_backup_restore (path, backup, folder, &kept, &error));
  g_assert_no_error (error);
  g_assert_null (kept);
  restored = digest_of (path);
  g_assert_cmpstr (restored, ==, backup_state);
  g_assert_cmpuint (file_mode (path), ==, 0600);
}

/* "at start (at most once a day)" and "as a setting, a second place (a USB stick or a
 * folder of the practice)": one daily backup per local day; the newest is copied to
 * the second place when it is there (checked, 0600, rotated the same way), and a
 * second place that is not there says so without losing the backup itself. */
static void
test_ensure_daily (void)
{
  g_autofree char *path = tiny_practice_file ("daily.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autofree char *stick = g_build_filename (g_get_user_data_dir (), "stick", NULL);
  g_autofree char *second = opl_backup_folder_in (path, stick);
  g_autoptr(GDateTime) morning = local_time (2026, 5, 4, 8);
  g_autoptr(GDateTime) evening = local_time (2026, 5, 4, 20);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *second_names = NULL;
  g_autofree char *copy = NULL;
  GDate day;

  g_assert_true (opl_backup_ensure_daily_at (path, folder, NULL, morning, &error));
  g_assert_no_error (error);
  g_assert_true (opl_backup_ensure_daily_at (path, folder, "", evening, &error));
  g_assert_no_error (error);
  names = names_in (folder);
  g_assert_cmpstr (names, ==, "daily-20260504-080000-daily.db");

  /* The stick is not plugged in: the backup is made, the copy is not, and no folder
   * appears on the computer's disk where the stick would be. */
  g_assert_false (opl_backup_ensure_daily_at (path, folder, stick, evening, &error));
  g_assert_error (error, OPL_BACKUP_ERROR, OPL_BACKUP_ERROR_SECOND_PLACE);
  g_assert_nonnull (strstr (error->message, stick));
  g_assert_false (g_file_test (stick, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Plugged in: today's backup goes there at once. */
  g_assert_cmpint (g_mkdir (stick, 0700), ==, 0);
  g_assert_true (opl_backup_ensure_daily_at (path, folder, stick, evening, &error));
  g_assert_no_error (error);
  copy = g_build_filename (second, "daily-20260504-080000-daily.db", NULL);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (copy), ==, 0600);
  g_assert_cmpuint (file_mode (second), ==, 0700);

  /* Forty days later both places hold the same rotated set. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 5, G_DATE_MAY, 2026);
  for (int i = 0; i < 40; i++, g_date_add_days (&day, 1))
    {
      g_autoptr(GDateTime) now = local_time (g_date_get_year (&day), g_date_get_month (&day),
                                             g_date_get_day (&day), 8);

      g_assert_true (opl_backup_ensure_daily_at (path, folder, stick, now, &error));
      g_assert_no_error (error);
    }
  g_clear_pointer (&names, g_free);
  names = names_in (folder);
  second_names = names_in (second);
  g_assert_cmpstr (second_names, ==, names);
  /* 7 days, the Sundays of 3 weeks before, the end of May (and of April: none). */
  g_assert_true (strstr (names, "daily-20260613-080000-daily.db") != NULL);
  g_assert_true (strstr (names, "daily-20260531-080000-daily.db") != NULL);
  g_assert_true (strstr (names, "daily-20260504-080000-daily.db") == NULL);

  /* A backup made earlier that day (before a merge) is that day's backup. */
  {
    g_autoptr(GDateTime) early = local_time (2026, 6, 14, 7);
    g_autoptr(GDateTime) start = local_time (2026, 6, 14, 8);
    g_autofree char *merge = create_at (path, folder, OPL_BACKUP_REASON_BEFORE_MERGE, early);

    g_assert_true (opl_backup_ensure_daily_at (path, folder, NULL, start, &error));
    g_assert_no_error (error);
    g_clear_pointer (&names, g_free);
    names = names_in (folder);
    g_assert_true (strstr (names, "daily-20260614-070000-before-merge.db") != NULL);
    g_assert_true (strstr (names, "daily-20260614-080000-daily.db") == NULL);
  }
}

static void
on_created_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  char **backup = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_backup_create_finish (result, backup, &error));
  g_assert_no_error (error);
}

static void
on_listed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GPtrArray **backups = user_data;
  g_autoptr(GError) error = NULL;

  *backups = opl_backup_list_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_ensured_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_backup_ensure_daily_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
on_restored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **kept = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_backup_restore_finish (result, kept, &error));
  g_assert_no_error (error);
}

/* "off the main thread": the GUI's variants run on a worker and answer in the main
 * loop. */
static void
test_async (void)
{
  g_autofree char *path = small_practice_file ("async.db");
  g_autofree char *folder = opl_backup_default_folder (path);
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  gboolean ensured = FALSE;

  opl_backup_create_async (path, folder, OPL_BACKUP_REASON_MANUAL, NULL, on_created_cb, &backup);
  while (backup == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  opl_backup_ensure_daily_async (path, folder, NULL, NULL, on_ensured_cb, &ensured);
  while (!ensured)
    g_main_context_iteration (NULL, TRUE);

  /* The backup made by hand is today's: no daily one beside it. */
  opl_backup_list_async (folder, NULL, on_listed_cb, &backups);
  while (backups == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (backups->len, ==, 1);

  opl_backup_restore_async (path, backup, folder, NULL, on_restored_cb, &kept);
  while (kept == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/backup/default-folder", test_default_folder);
  g_test_add_func ("/backup/checked-copy", test_backup_is_checked_copy);
  g_test_add_func ("/backup/same-second", test_same_second);
  g_test_add_func ("/backup/beside-open-transaction", test_backup_beside_open_transaction);
  g_test_add_func ("/backup/while-writing", test_backup_while_writing);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add_func ("/backup/damaged-practice", test_damaged_practice);
  g_test_add_func ("/backup/nothing-to-back-up", test_nothing_to_back_up);
  g_test_add_func ("/backup/list", test_list);
  g_test_add_func ("/backup/earlier-schema", test_earlier_schema);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/restore-refusals", test_restore_refusals);
  g_test_add_func ("/backup/restore-over-damaged-practice", test_restore_over_damaged_practice);
  g_test_add_func ("/backup/restore-missing-practice", test_restore_missing_practice);
  g_test_add_func ("/backup/ensure-daily", test_ensure_daily);
  g_test_add_func ("/backup/async", test_async);

  return g_test_run ();
}
