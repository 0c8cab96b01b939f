/* test-cli-backup.c: backups on the command line (issue 17): `--backup FILE`,
 * `--backups` and `--restore BACKUP`, with `--json`.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 17: "--backup FILE and --restore BACKUP on the command line";
 * "Restore: a 'Backups' page lists them (date, size, what they hold: people,
 * trajecten, forms) and restores one after a confirmation, keeping the current file as
 * a backup too"; "Permissions: 0600 files; backups the same."; design.md §8: "Exit
 * status 0 on success; a clear one-line error and a non-zero status otherwise." Every
 * refusal is checked to change nothing (the file's digest before and after).
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <json-glib/json-glib.h>

#include "opl-backup.h"
#include "opl-database-private.h"
#include "opl-test-utils.h"

/* The app's backups go under its data folder: the test's own (G_TEST_OPTION_ISOLATE_DIRS
 * sets it for this process only). */
static void
run_app (OplTestRun         *run,
         const char * const *args)
{
  g_setenv ("XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  opl_test_run_app (run, args, NULL);
}

static void
assert_one_line_error (OplTestRun *run,
                       int         status)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_true (g_str_has_prefix (run->err, "opleidingspraktijk: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
}

/* A new practice file holding the demo, closed again. */
static char *
practice_path (const char *name)
{
  g_autofree char *path = opl_test_db_path (name);
  g_autoptr(OplStore) store = opl_test_demo_store (path);

  return g_steal_pointer (&path);
}

static char *
digest_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return opl_test_digest_database (database);
}

static char *
practice_name (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  stmt = opl_database_prepare (database, "SELECT name FROM practice", &error);
  g_assert_no_error (error);
  g_assert_true (opl_database_step_row (database, stmt, &has_row, &error));
  g_assert_true (has_row);
  return g_strdup (opl_column_text (stmt, 0));
}

static void
exec_on (const char *path,
         const char *sql)
{
  g_autoptr(OplDatabase) database = opl_test_open (path);

  opl_test_exec (database, sql);
}

/* A backup in the practice's own folder, as the app makes them. */
static char *
backup_of (const char      *path,
           OplBackupReason  reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = opl_backup_default_folder (path);
  char *backup = NULL;

  g_assert_true (opl_backup_create (path, folder, reason, &backup, &error));
  g_assert_no_error (error);
  return backup;
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* "--backup FILE": a checked backup, 0600, that reads back as the same practice; a file
 * that is there is never replaced. */
static void
test_backup (void)
{
  g_autofree char *path = practice_path ("cli-backup.db");
  g_autofree char *file = opl_test_db_path ("cli-backup-copy.db");
  g_autofree char *json_file = opl_test_db_path ("cli-backup-json.db");
  g_autofree char *practice_state = digest_of (path);
  g_autofree char *backup_state = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(OplTestRun) run = { 0 };
  g_auto(OplTestRun) again = { 0 };
  g_auto(OplTestRun) json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  struct stat st;

  run_app (&run, (const char *[]) { "--database", path, "--backup", file, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, file));
  g_assert_cmpint (stat (file, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  backup_state = digest_of (file);
  g_assert_cmpstr (backup_state, ==, practice_state);

  before = opl_test_file_digest (file);
  run_app (&again, (const char *[]) { "--database", path, "--backup", file, NULL });
  assert_one_line_error (&again, 1);
  g_assert_nonnull (strstr (again.err, "there already"));
  after = opl_test_file_digest (file);
  g_assert_cmpstr (after, ==, before);

  run_app (&json, (const char *[]) { "--database", path, "--backup", json_file, "--json", NULL });
  g_assert_cmpint (json.status, ==, 0);
  object = parse_object (parser, json.out);
  g_assert_cmpstr (json_object_get_string_member (object, "backup"), ==, json_file);
  g_assert_cmpstr (json_object_get_string_member (object, "database"), ==, path);
  g_assert_cmpint (json_object_get_int_member (object, "size"), >, 0);
}

/* "--backups": when, why, size and what each holds (people, trajecten, forms). */
static void
test_backups (void)
{
  g_autofree char *path = practice_path ("cli-list.db");
  g_auto(OplTestRun) empty = { 0 };
  g_auto(OplTestRun) text = { 0 };
  g_auto(OplTestRun) json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *second_name = NULL;
  JsonObject *object;
  JsonArray *backups;
  JsonObject *newest;

  run_app (&empty, (const char *[]) { "--database", path, "--backups", NULL });
  g_assert_cmpint (empty.status, ==, 0);
  g_assert_nonnull (strstr (empty.out, "No backups"));

  first = backup_of (path, OPL_BACKUP_REASON_BEFORE_IMPORT);
  exec_on (path, "UPDATE practice SET name = 'Praktijk Later'");
  second = backup_of (path, OPL_BACKUP_REASON_BEFORE_MERGE);
  second_name = g_path_get_basename (second);

  run_app (&text, (const char *[]) { "--database", path, "--backups", NULL });
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "before-import"));
  g_assert_nonnull (strstr (text.out, "before-merge"));
  g_assert_nonnull (strstr (text.out, "5 people, 4 trajecten, 6 forms"));
  g_assert_nonnull (strstr (text.out, second_name));

  run_app (&json, (const char *[]) { "--database", path, "--backups", "--json", NULL });
  g_assert_cmpint (json.status, ==, 0);
  object = parse_object (parser, json.out);
  backups = json_object_get_array_member (object, "backups");
  g_assert_cmpuint (json_array_get_length (backups), ==, 2);
  newest = json_array_get_object_element (backups, 0);
  g_assert_cmpstr (json_object_get_string_member (newest, "path"), ==, second);
  g_assert_cmpstr (json_object_get_string_member (newest, "reason"), ==, "before-merge");
  g_assert_cmpstr (json_object_get_string_member (newest, "practice"), ==, "Praktijk Later");
  g_assert_false (json_object_get_boolean_member (newest, "damaged"));
  g_assert_cmpint (json_object_get_int_member (newest, "people"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (newest, "trajecten"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (newest, "forms"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (newest, "schema_version"), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (json_object_get_int_member (newest, "size"), >, 0);
  g_assert_nonnull (json_object_get_string_member (newest, "created"));
}

/* "--restore BACKUP": the old state back, and the state before kept as a backup that
 * the output names. */
static void
test_restore (void)
{
  g_autofree char *path = practice_path ("cli-restore.db");
  g_autofree char *backup = backup_of (path, OPL_BACKUP_REASON_DAILY);
  g_autofree char *old_state = digest_of (path);
  g_autofree char *restored = NULL;
  g_autofree char *name = NULL;
  g_auto(OplTestRun) run = { 0 };
  g_auto(OplTestRun) json = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *kept;
  const char *previous;
  JsonObject *object;

  exec_on (path, "UPDATE practice SET name = 'Praktijk Fout'");

  run_app (&run, (const char *[]) { "--database", path, "--restore", backup, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  restored = digest_of (path);
  g_assert_cmpstr (restored, ==, old_state);

  /* "... the state before is kept in FILE" */
  kept = strstr (run.out, "kept in ");
  g_assert_nonnull (kept);
  {
    g_autofree char *kept_path = g_strstrip (g_strdup (kept + strlen ("kept in ")));
    g_autofree char *kept_name = practice_name (kept_path);

    g_assert_true (g_str_has_suffix (kept_path, "-before-restore.db"));
    g_assert_cmpstr (kept_name, ==, "Praktijk Fout");
  }

  run_app (&json, (const char *[]) { "--database", path, "--restore", backup, "--json", NULL });
  g_assert_cmpint (json.status, ==, 0);
  object = parse_object (parser, json.out);
  g_assert_cmpstr (json_object_get_string_member (object, "restored"), ==, backup);
  previous = json_object_get_string_member (object, "previous");
  g_assert_true (g_file_test (previous, G_FILE_TEST_IS_REGULAR));
  name = practice_name (path);
  g_assert_cmpstr (name, ==, "Huisartsenpraktijk De Linde");
}

/* Refusals: one line, exit 1 for what the files do not allow, exit 2 for arguments
 * that make no sense; nothing changed either way. */
static void
test_refusals (void)
{
  g_autofree char *path = practice_path ("cli-refuse.db");
  g_autofree char *backup = backup_of (path, OPL_BACKUP_REASON_DAILY);
  g_autofree char *newer = opl_test_db_path ("cli-newer.db");
  g_autofree char *damaged_practice = practice_path ("cli-damaged.db");
  g_autofree char *nowhere = g_build_filename (g_get_user_data_dir (), "no", "such", "folder", "b.db", NULL);
  g_autofree char *out = opl_test_db_path ("cli-out.db");
  g_autofree char *before = NULL;
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", OPL_DATABASE_SCHEMA_VERSION + 1);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  sqlite3 *db;

  /* A backup written by a newer version. */
  g_file_get_contents (backup, &contents, &length, &error);
  g_assert_no_error (error);
  opl_test_write_file (newer, contents, (gssize) length);
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, bump, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* A damaged practice (page 3 garbage, as tests/test-database.c does). */
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (damaged_practice, &contents, &length, &error);
  g_assert_no_error (error);
  memset (contents + 2 * 4096, 0x5a, 4096);
  opl_test_write_file (damaged_practice, contents, (gssize) length);

  before = opl_test_file_digest (path);

  {
    g_auto(OplTestRun) run = { 0 };

    run_app (&run, (const char *[]) { "--database", path, "--restore", newer, NULL });
    assert_one_line_error (&run, 1);
    g_assert_nonnull (strstr (run.err, "newer version"));
  }
  {
    g_auto(OplTestRun) run = { 0 };

    run_app (&run, (const char *[]) { "--database", path, "--restore", damaged_practice, NULL });
    assert_one_line_error (&run, 1);
    g_assert_nonnull (strstr (run.err, "damaged"));
  }
  {
    g_auto(OplTestRun) run = { 0 };

    run_app (&run, (const char *[]) { "--database", damaged_practice, "--backup", out, NULL });
    assert_one_line_error (&run, 1);
    g_assert_nonnull (strstr (run.err, "damaged"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(OplTestRun) run = { 0 };

    run_app (&run, (const char *[]) { "--database", path, "--backup", nowhere, NULL });
    assert_one_line_error (&run, 1);
  }
  {
    g_auto(OplTestRun) run = { 0 };

    run_app (&run, (const char *[]) { "--database", path, "--backup", out, "--restore", backup, NULL });
    assert_one_line_error (&run, 2);
  }
  {
    g_auto(OplTestRun) run = { 0 };

    run_app (&run, (const char *[]) { "--database", path, "--backups", "--check", NULL });
    assert_one_line_error (&run, 2);
    g_assert_nonnull (strstr (run.err, "--check does not go with --backups"));
  }
  {
    g_auto(OplTestRun) run = { 0 };

    run_app (&run, (const char *[]) { "--database", path, "--restore", backup, "--profile", "Anna de Vries", NULL });
    assert_one_line_error (&run, 2);
  }

  {
    g_autofree char *after = opl_test_file_digest (path);

    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_help (void)
{
  g_auto(OplTestRun) run = { 0 };
  g_auto(OplTestRun) main_help = { 0 };

  run_app (&run, (const char *[]) { "--help-backup", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--backup"));
  g_assert_nonnull (strstr (run.out, "--backups"));
  g_assert_nonnull (strstr (run.out, "--restore"));

  run_app (&main_help, (const char *[]) { "--help", NULL });
  g_assert_nonnull (strstr (main_help.out, "--help-backup"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-backup/backup", test_backup);
  g_test_add_func ("/cli-backup/backups", test_backups);
  g_test_add_func ("/cli-backup/restore", test_restore);
  g_test_add_func ("/cli-backup/refusals", test_refusals);
  g_test_add_func ("/cli-backup/help", test_help);

  return g_test_run ();
}
