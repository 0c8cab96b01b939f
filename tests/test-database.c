/* test-database.c: opening practice databases, and refusing what is not one.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Source of the rules: design.md §4 "Storage rules" and the foundation issue, item 6
 * "Bad input": a clear message and the file untouched.
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "opl-check-cache.h"
#include "opl-database-private.h"
#include "opl-test-utils.h"

static void
test_create_new (void)
{
  g_autofree char *path = opl_test_db_path ("new.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);

  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (opl_test_count (database, "PRAGMA user_version"), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (opl_test_count (database, "PRAGMA application_id"), ==, OPL_DATABASE_APPLICATION_ID);
  g_assert_cmpint (opl_test_count (database, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                                             " AND name IN ('practice', 'person', 'traject',"
                                             " 'traject_opleider', 'leave_period')"), ==, 5);
  /* design.md §4: WAL on a local disk. */
  g_assert_cmpstr (opl_database_get_journal_mode (database), ==, "wal");
  g_assert_false (opl_database_is_read_only (database));
}

/* The foundation issue: "migrations from an empty file". */
static void
test_migrate_empty_file (void)
{
  g_autofree char *path = opl_test_db_path ("empty.db");
  g_autoptr(OplDatabase) database = NULL;

  opl_test_write_file (path, "", 0);
  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 0);
}

static void
test_reopen_keeps_data (void)
{
  g_autofree char *path = opl_test_db_path ("reopen.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplDatabase) again = NULL;

  g_clear_object (&store);
  again = opl_test_open (path);
  g_assert_cmpint (opl_test_count (again, "SELECT count(*) FROM person"), ==, 5);
  g_assert_cmpint (opl_test_count (again, "SELECT count(*) FROM practice"), ==, 1);
}

static void
test_missing_without_create (void)
{
  g_autofree char *path = opl_test_db_path ("missing.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = opl_database_open (path, OPL_DATABASE_OPEN_DEFAULT, &error);

  g_assert_null (database);
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_MISSING);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Opens @path expecting @code, and checks that the file is byte for byte the same. */
static void
assert_refused_untouched (const char       *path,
                          int               code)
{
  g_autofree char *before = opl_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;

  database = opl_database_open (path, OPL_DATABASE_OPEN_CREATE, &error);
  g_assert_null (database);
  g_assert_error (error, OPL_DATABASE_ERROR, code);
  /* A clear message names the file. */
  g_assert_nonnull (strstr (error->message, path));

  after = opl_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (void)
{
  g_autofree char *path = opl_test_db_path ("letter.db");
  g_autofree char *short_path = opl_test_db_path ("short.db");
  g_autofree char *contents = g_strnfill (4096, 'x');

  opl_test_write_file (path, contents, -1);
  assert_refused_untouched (path, OPL_DATABASE_ERROR_NOT_A_DATABASE);

  opl_test_write_file (short_path, "SQLite format 3", -1);
  assert_refused_untouched (short_path, OPL_DATABASE_ERROR_NOT_A_DATABASE);
}

static char *
make_demo_file (const char *name)
{
  char *path = opl_test_db_path (name);
  g_autoptr(OplStore) store = opl_test_demo_store (path);

  return path;
}

static void
truncate_file (const char *path,
               goffset     length)
{
  g_assert_cmpint (truncate (path, length), ==, 0);
}

static goffset
file_size (const char *path)
{
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  return st.st_size;
}

/* A file cut off in the middle of a page, and one cut at a page boundary. */
static void
test_truncated (void)
{
  g_autofree char *path = make_demo_file ("cut.db");
  g_autofree char *whole_pages = make_demo_file ("cut-pages.db");

  g_assert_cmpint (file_size (path), >, 8192);
  truncate_file (path, file_size (path) / 2 + 100);
  assert_refused_untouched (path, OPL_DATABASE_ERROR_CORRUPT);

  truncate_file (whole_pages, file_size (whole_pages) - 4096);
  assert_refused_untouched (whole_pages, OPL_DATABASE_ERROR_CORRUPT);
}

/* Page 3 of @path overwritten with garbage, which fails SQLite's quick_check. */
static void
damage_page (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 3 * 4096);
  /* Page 3 holds a table's b-tree; the header of page 1 stays valid. */
  memset (contents + 2 * 4096, 0x5a, 4096);
  opl_test_write_file (path, contents, length);
}

/* A page overwritten with garbage fails SQLite's quick_check. */
static void
test_damaged_page (void)
{
  g_autofree char *path = make_demo_file ("damaged.db");

  damage_page (path);
  assert_refused_untouched (path, OPL_DATABASE_ERROR_CORRUPT);
}

static void
on_check_failed_cb (OplDatabase  *database,
                    const GError *error,
                    guint        *n_failed)
{
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT);
  (*n_failed)++;
}

/* design.md §4 with OPL_DATABASE_OPEN_CHECK_LATER (the app's start-up): the file
 * opens at once and the quick_check runs on a worker thread; a damaged file is then
 * never written to, and check-failed says why. */
/* opl-check-cache.c: the full check runs "once per change of the file ... The same
 * file, unchanged since, is not read again". A practice opened (its empty -wal made),
 * checked and closed again (the -wal gone) is still known intact; a write is seen. */
static void
test_check_remembered (void)
{
  g_autofree char *path = make_demo_file ("remembered.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (opl_check_cache_is_intact (path));
  database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (opl_check_cache_is_intact (path));
  g_clear_object (&database);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (opl_check_cache_is_intact (path));

  /* Opened again: nothing changed, still intact; then a write, in the -wal. */
  database = opl_test_open (path);
  g_assert_true (opl_check_cache_is_intact (path));
  g_assert_true (opl_database_exec (database, "UPDATE practice SET name = name || ' (2)'", &error));
  g_assert_no_error (error);
  g_assert_false (opl_check_cache_is_intact (path));
  g_clear_object (&database);
  g_assert_false (opl_check_cache_is_intact (path));
}

static void
test_check_later (void)
{
  g_autofree char *healthy = make_demo_file ("later-ok.db");
  g_autofree char *damaged = make_demo_file ("later-damaged.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  guint n_failed = 0;

  database = opl_database_open (healthy, OPL_DATABASE_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_signal_connect (database, "check-failed", G_CALLBACK (on_check_failed_cb), &n_failed);
  g_assert_true (opl_database_begin (database, &error));
  g_assert_no_error (error);
  opl_database_rollback (database);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (n_failed, ==, 0);
  g_clear_object (&database);

  damage_page (damaged);
  before = opl_test_file_digest (damaged);
  database = opl_database_open (damaged, OPL_DATABASE_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  g_signal_connect (database, "check-failed", G_CALLBACK (on_check_failed_cb), &n_failed);

  g_assert_false (opl_database_begin (database, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, damaged));
  g_clear_error (&error);
  g_assert_false (opl_database_wait_for_check (database, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT);

  while (n_failed == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_failed, ==, 1);
  g_clear_object (&database);

  after = opl_test_file_digest (damaged);
  g_assert_cmpstr (before, ==, after);
}

/* design.md §4: "A file from a newer version is opened read-only with a message"; issue
 * 17: "so one upgraded PC does not lock out the others". It is read, never written (not
 * even its journal mode), and a write says why. */
static void
test_newer_schema (void)
{
  g_autofree char *path = make_demo_file ("newer.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = opl_test_file_digest (path);

  database = opl_database_open (path, OPL_DATABASE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_database_get_read_only (database), ==, OPL_DATABASE_READ_ONLY_NEWER);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM practice"), ==, 1);
  g_assert_false (opl_database_begin (database, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer version"));
  g_clear_object (&database);

  after = opl_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

/* Copies @from to @to byte for byte (a file SQLite holds open: what a crash leaves). */
static void
copy_bytes (const char *from,
            const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  opl_test_write_file (to, contents, (gssize) length);
  g_assert_cmpint (g_chmod (to, 0600), ==, 0);
}

/* Issue 17: "--check ... does not report a file as damaged because a crash left a hot
 * rollback journal (open it so SQLite can roll it back, or say that a recovery is
 * needed)". A read-only open rolls it back as SQLite's first writer would: the file is
 * then as it was before the unfinished transaction, and whole. */
static void
test_hot_journal_read_only (void)
{
  g_autofree char *path = make_demo_file ("hot.db");
  g_autofree char *crashed = opl_test_db_path ("crashed.db");
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *crashed_journal = g_strconcat (crashed, "-journal", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  before = opl_test_file_digest (path);

  /* A transaction larger than the cache spills into the file before it commits: the
   * file and its journal copied then are what a process killed at that moment leaves. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA cache_size = 1; BEGIN; CREATE TABLE filler (x BLOB);"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                 "INSERT INTO filler SELECT randomblob(500) FROM n; "
                                 "UPDATE person SET name = 'half-written'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
  copy_bytes (path, crashed);
  copy_bytes (journal, crashed_journal);
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_autofree char *crashed_digest = opl_test_file_digest (crashed);

    g_assert_cmpstr (crashed_digest, !=, before);
  }

  database = opl_database_open (crashed, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (opl_database_get_rolled_back (database));
  problems = opl_database_check_integrity (database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person WHERE name = 'half-written'"), ==, 0);
  g_clear_object (&database);

  g_assert_false (g_file_test (crashed_journal, G_FILE_TEST_EXISTS));
  {
    g_autofree char *after = opl_test_file_digest (crashed);

    g_assert_cmpstr (after, ==, before);
  }
}

/* Issue 17: "--check leaves no -wal/-shm files". A read-only connection cannot remove
 * them; closing one removes them when the log is empty, and leaves the file as it was. */
static void
test_read_only_leaves_no_log (void)
{
  g_autofree char *path = make_demo_file ("wal-read.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = opl_test_file_digest (path);
  database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_database_get_journal_mode (database), ==, "wal");
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM practice"), ==, 1);
  g_clear_object (&database);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  after = opl_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_foreign_database (void)
{
  g_autofree char *path = opl_test_db_path ("foreign.db");
  g_autofree char *other_app = opl_test_db_path ("other-app.db");
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE songs (title TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_untouched (path, OPL_DATABASE_ERROR_FOREIGN);

  g_assert_cmpint (sqlite3_open (other_app, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 42", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_untouched (other_app, OPL_DATABASE_ERROR_FOREIGN);
}

static void
test_read_only_file (void)
{
  g_autofree char *path = make_demo_file ("read-only.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;

  g_assert_cmpint (chmod (path, 0444), ==, 0);
  assert_refused_untouched (path, OPL_DATABASE_ERROR_READ_ONLY);

  /* Reading is still possible when asked for. */
  database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (opl_database_is_read_only (database));
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 5);
  g_assert_false (opl_database_begin (database, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_READ_ONLY);
  g_clear_object (&database);

  g_assert_cmpint (chmod (path, 0644), ==, 0);
}

static void
test_unusable_paths (void)
{
  g_autofree char *file = opl_test_db_path ("plain-file");
  g_autofree char *below_file = g_build_filename (file, "practice.db", NULL);
  g_autofree char *dir = opl_test_db_path ("a-folder");
  g_autofree char *read_only_dir = opl_test_db_path ("read-only-folder");
  g_autofree char *in_read_only_dir = g_build_filename (read_only_dir, "practice.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;

  opl_test_write_file (file, "x", 1);
  database = opl_database_open (below_file, OPL_DATABASE_OPEN_CREATE, &error);
  g_assert_null (database);
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  database = opl_database_open (dir, OPL_DATABASE_OPEN_CREATE, &error);
  g_assert_null (database);
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_OPEN);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (read_only_dir, 0500), ==, 0);
  database = opl_database_open (in_read_only_dir, OPL_DATABASE_OPEN_CREATE, &error);
  g_assert_null (database);
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (in_read_only_dir, G_FILE_TEST_EXISTS));
  chmod (read_only_dir, 0700);
}

/* design.md §4 and testing.md "SQLite facts": WAL never on a network filesystem. */
static void
test_journal_mode_for_filesystem (void)
{
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("ext4", FALSE), ==, "wal");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("btrfs", FALSE), ==, "wal");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem (NULL, FALSE), ==, "wal");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("nfs", FALSE), ==, "delete");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("nfs4", FALSE), ==, "delete");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("cifs", FALSE), ==, "delete");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("smb2", FALSE), ==, "delete");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("fuse.sshfs", FALSE), ==, "delete");
  g_assert_cmpstr (opl_database_journal_mode_for_filesystem ("ext4", TRUE), ==, "delete");
}

static void
test_network_journal (void)
{
  g_autofree char *path = opl_test_db_path ("network.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;

  database = opl_database_open (path, OPL_DATABASE_OPEN_CREATE | OPL_DATABASE_OPEN_NETWORK, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_database_get_journal_mode (database), ==, "delete");
  g_assert_cmpint (opl_test_count (database, "PRAGMA synchronous"), ==, 2 /* FULL */);
}

/* A write that breaks a rule fails as a whole and leaves no open transaction. */
static void
test_rollback (void)
{
  g_autofree char *path = opl_test_db_path ("rollback.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_database_begin (database, &error));
  opl_test_exec (database,
                 "INSERT INTO person (id, name, role, created_at, changed_at) VALUES"
                 " ('00000000-0000-4000-8000-000000000001', 'Anna', 'hoofdopleider',"
                 "  '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')");
  g_assert_false (opl_database_exec (database,
                                     "INSERT INTO person (id, name, role, created_at, changed_at) VALUES"
                                     " ('00000000-0000-4000-8000-000000000002', '', 'aios',"
                                     "  '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')",
                                     &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  opl_database_rollback (database);

  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 0);
  g_assert_true (sqlite3_get_autocommit (opl_database_get_handle (database)));
}

static void
test_data_version (void)
{
  g_autofree char *path = opl_test_db_path ("version.db");
  g_autoptr(OplDatabase) first = opl_test_open (path);
  g_autoptr(OplDatabase) second = opl_test_open (path);
  gint64 before = opl_database_get_data_version (first);

  opl_test_exec (second,
                 "INSERT INTO person (id, name, role, created_at, changed_at) VALUES"
                 " ('00000000-0000-4000-8000-000000000003', 'Bram', 'duo-opleider',"
                 "  '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')");
  g_assert_cmpint (opl_database_get_data_version (first), !=, before);
}

/* A file whose only damage is an index out of step with its table: what quick_check
 * misses (issue 17: "an import of 3,306 rows went into a file whose index was damaged,
 * and the damage grew"). */
static char *
make_index_damage (const char *name)
{
  char *path = make_demo_file (name);
  sqlite3 *db;

  /* The index's entries stay those of traject_id; its definition says subject_id. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA writable_schema = ON;"
                                     " UPDATE sqlite_schema SET sql = replace (sql, '(traject_id, kind,',"
                                     " '(subject_id, kind,') WHERE name = 'form_by_traject';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return path;
}

static gboolean
pragma_ok (const char *path,
           const char *pragma)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL), ==, SQLITE_OK);
  ok = sqlite3_step (stmt) == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

/* Issue 17: "Damaged files are never written to: the gate before writing is a full
 * integrity_check ... and not only quick_check, which misses a damaged index." */
static void
test_index_damage_gate (void)
{
  g_autofree char *path = make_index_damage ("index-damage.db");
  g_autofree char *before = opl_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;

  g_assert_true (pragma_ok (path, "PRAGMA quick_check"));
  g_assert_false (pragma_ok (path, "PRAGMA integrity_check"));

  database = opl_database_open (path, OPL_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (database);
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
  after = opl_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);
}

/* "A damaged file opens read-only ... Where SQLite can rebuild it (REINDEX for index
 * damage only), offer that too": read, nothing written, then repaired with the damaged
 * file kept aside. */
static void
test_index_damage_repair (void)
{
  g_autofree char *path = make_index_damage ("index-repair.db");
  g_autofree char *before = opl_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *aside_digest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;

  database = opl_database_open (path, OPL_DATABASE_OPEN_DAMAGED_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_database_get_read_only (database), ==, OPL_DATABASE_READ_ONLY_DAMAGED);
  g_assert_nonnull (strstr (opl_database_get_damage (database), "form_by_traject"));
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 5);
  g_assert_false (opl_database_begin (database, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);
  after = opl_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (opl_database_damage_is_index_only (database));
  g_assert_true (opl_database_repair_indexes (database, &aside, &error));
  g_assert_no_error (error);
  aside_digest = opl_test_file_digest (aside);
  g_assert_cmpstr (aside_digest, ==, before);
  g_assert_cmpint (opl_database_get_read_only (database), ==, OPL_DATABASE_WRITABLE);
  g_assert_true (opl_database_begin (database, &error));
  opl_database_rollback (database);
  g_clear_object (&database);
  g_assert_true (pragma_ok (path, "PRAGMA integrity_check"));
}

/* Damage beyond the indexes (a page cut off) is not "repaired": a backup is restored. */
static void
test_other_damage_not_reindexed (void)
{
  g_autofree char *path = make_demo_file ("cut-damage.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  sqlite3 *db;
  gint64 root;

  /* The cells of the leergesprek table's first page overwritten: the records, not an
   * index. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_autoptr(OplDatabase) reader = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, NULL);

    root = opl_test_count (reader, "SELECT rootpage FROM sqlite_schema WHERE name = 'leergesprek'");
  }
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_assert_cmpuint (length, >=, (gsize) root * 4096);
    memset (contents + (root - 1) * 4096 + 8, 0xff, 4096 - 8);
    opl_test_write_file (path, contents, (gssize) length);
  }

  database = opl_database_open (path, OPL_DATABASE_OPEN_DAMAGED_READ_ONLY, &error);
  if (database == NULL)
    {
      /* So damaged that it cannot even be read: refused in words. */
      g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT);
      return;
    }
  g_assert_cmpint (opl_database_get_read_only (database), ==, OPL_DATABASE_READ_ONLY_DAMAGED);
  g_assert_false (opl_database_damage_is_index_only (database));
  g_assert_false (opl_database_repair_indexes (database, NULL, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/database/create-new", test_create_new);
  g_test_add_func ("/opl/database/migrate-empty-file", test_migrate_empty_file);
  g_test_add_func ("/opl/database/reopen-keeps-data", test_reopen_keeps_data);
  g_test_add_func ("/opl/database/missing-without-create", test_missing_without_create);
  g_test_add_func ("/opl/database/not-a-database", test_not_a_database);
  g_test_add_func ("/opl/database/truncated", test_truncated);
  g_test_add_func ("/opl/database/damaged-page", test_damaged_page);
  g_test_add_func ("/opl/database/check-later", test_check_later);
  g_test_add_func ("/opl/database/check-remembered", test_check_remembered);
  g_test_add_func ("/opl/database/newer-schema", test_newer_schema);
  g_test_add_func ("/opl/database/foreign", test_foreign_database);
  g_test_add_func ("/opl/database/read-only-file", test_read_only_file);
  g_test_add_func ("/opl/database/unusable-paths", test_unusable_paths);
  g_test_add_func ("/opl/database/journal-mode-for-filesystem", test_journal_mode_for_filesystem);
  g_test_add_func ("/opl/database/network-journal", test_network_journal);
  g_test_add_func ("/opl/database/rollback", test_rollback);
  g_test_add_func ("/opl/database/data-version", test_data_version);
  g_test_add_func ("/opl/database/index-damage-gate", test_index_damage_gate);
  g_test_add_func ("/opl/database/index-damage-repair", test_index_damage_repair);
  g_test_add_func ("/opl/database/other-damage-not-reindexed", test_other_damage_not_reindexed);
  g_test_add_func ("/opl/database/hot-journal-read-only", test_hot_journal_read_only);
  g_test_add_func ("/opl/database/read-only-leaves-no-log", test_read_only_leaves_no_log);

  return g_test_run ();
}
