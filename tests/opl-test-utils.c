/* opl-test-utils.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>
#include <sys/stat.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-demo.h"
#include "opl-history.h"
#include "opl-test-utils.h"

/* A fresh path in the test's own data dir (G_TEST_OPTION_ISOLATE_DIRS). */
char *
opl_test_db_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "opl-test", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

OplDatabase *
opl_test_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  OplDatabase *database = opl_database_open (path, OPL_DATABASE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  return database;
}

void
opl_test_fixed_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 22, G_DATE_NOVEMBER, 2026);
}

/* A store on @path holding the demo practice as of 22 November 2026. */
OplStore *
opl_test_demo_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  GDate today;

  opl_test_fixed_today (&today);
  opl_store_load (store, &error);
  g_assert_no_error (error);
  opl_demo_populate (store, &today, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

/* A store on @path holding @years of made-up history up to 22 November 2026. */
OplStore *
opl_test_history_store (const char *path,
                        guint       years,
                        guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  GDate today;

  opl_test_fixed_today (&today);
  opl_store_load (store, &error);
  g_assert_no_error (error);
  opl_history_generate (store, &today, years, seed, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

/* The file's contents and mode, to prove that a refused file was not touched. */
char *
opl_test_file_digest (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *sum = NULL;
  struct stat st;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stat (path, &st), ==, 0);
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  return g_strdup_printf ("%s %" G_GSIZE_FORMAT " %o", sum, length, (unsigned) st.st_mode);
}

void
opl_test_write_file (const char *path,
                     const char *contents,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

gint64
opl_test_count (OplDatabase *database,
                const char  *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, &error);
  gboolean has_row;

  g_assert_no_error (error);
  opl_database_step_row (database, stmt, &has_row, &error);
  g_assert_no_error (error);
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

void
opl_test_exec (OplDatabase *database,
               const char  *sql)
{
  g_autoptr(GError) error = NULL;

  opl_database_exec (database, sql, &error);
  g_assert_no_error (error);
}

/**
 * opl_test_find_person:
 *
 * Returns: (transfer none): the person of @store called @name; the test fails if there
 *   is none
 */
OplPerson *
opl_test_find_person (OplStore   *store,
                      const char *name)
{
  GListModel *people = opl_store_get_people (store);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (opl_person_get_name (person), name) == 0)
        return opl_store_lookup_person (store, opl_person_get_id (person));
    }

  g_error ("No person called %s", name);
}

/**
 * opl_test_open_store:
 *
 * The practice as another process sees it: a second connection to @path.
 *
 * Returns: (transfer full): the loaded store
 */
OplStore *
opl_test_open_store (const char *path)
{
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(GError) error = NULL;
  OplStore *store = opl_store_new (database);

  opl_store_load (store, &error);
  g_assert_no_error (error);
  return store;
}

/**
 * opl_test_open_store_as:
 *
 * Another PC in the practice: a second connection to @path, acting as @name.
 *
 * Returns: (transfer full): the loaded store
 */
OplStore *
opl_test_open_store_as (const char *path,
                        const char *name)
{
  OplStore *store = opl_test_open_store (path);

  opl_store_set_actor (store, opl_person_get_id (opl_test_find_person (store, name)));
  return store;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * opl_test_table_columns:
 *
 * Returns: (transfer full): table name -> its columns, as a SELECT list
 */
GHashTable *
opl_test_table_columns (sqlite3 *db)
{
  GHashTable *columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT m.name, group_concat ('\"' || c.name || '\"', ', ')"
                                           " FROM sqlite_schema m, pragma_table_info (m.name) c"
                                           " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
                                           " GROUP BY m.name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return columns;
}

/**
 * opl_test_digest_tables_of:
 * @columns: (nullable): table -> the columns to read (opl_test_table_columns() of an
 *   older file), or %NULL for all
 *
 * Every table of the file with a digest of all its rows (sorted, so that the order
 * rows come in does not matter), to prove that nothing was lost or written. With
 * @columns, a table reads only those columns: a migration that adds a column to a
 * table keeps the rows of the older columns.
 *
 * Returns: (transfer full): table name -> "rows:sha256"
 */
GHashTable *
opl_test_digest_tables_of (sqlite3    *db,
                           GHashTable *columns)
{
  GHashTable *digests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      const char *select = columns != NULL ? g_hash_table_lookup (columns, table) : NULL;
      char *sql = sqlite3_mprintf ("SELECT %s FROM \"%w\"", select != NULL ? select : "*", table);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (row, "%s=%s\x1f", sqlite3_column_name (stmt, c),
                                    sqlite3_column_type (stmt, c) == SQLITE_NULL
                                      ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, compare_rows);
      for (guint r = 0; r < rows->len; r++)
        g_checksum_update (checksum, (const guchar *) g_ptr_array_index (rows, r), -1);
      g_hash_table_insert (digests, g_strdup (table),
                           g_strdup_printf ("%u:%s", rows->len, g_checksum_get_string (checksum)));
    }

  return digests;
}

/**
 * opl_test_digest_tables:
 *
 * Returns: (transfer full): table name -> "rows:sha256" of all the columns of every
 *   table (opl_test_digest_tables_of())
 */
GHashTable *
opl_test_digest_tables (sqlite3 *db)
{
  return opl_test_digest_tables_of (db, NULL);
}

/**
 * opl_test_digest_database:
 *
 * Returns: (transfer full): one line per table of @database, by name, with its digest
 */
char *
opl_test_digest_database (OplDatabase *database)
{
  g_autoptr(GHashTable) digests = opl_test_digest_tables (opl_database_get_handle (database));
  g_autofree const char **tables = (const char **) g_hash_table_get_keys_as_array (digests, NULL);
  GString *text = g_string_new (NULL);

  qsort (tables, g_hash_table_size (digests), sizeof (char *), compare_rows);
  for (guint i = 0; tables[i] != NULL; i++)
    g_string_append_printf (text, "%s %s\n", tables[i], (const char *) g_hash_table_lookup (digests, tables[i]));
  return g_string_free (text, FALSE);
}

/**
 * opl_test_pdf_text:
 *
 * Returns: the text of the PDF at @path, as pdftotext reads it
 */
char *
opl_test_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/**
 * opl_test_flatten:
 *
 * Returns: @text without spaces and line breaks: what a PDF wraps still reads as one
 */
char *
opl_test_flatten (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

void
opl_test_run_clear (OplTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
run_app (OplTestRun         *run,
         const char * const *args,
         const char         *today,
         const char         *input)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) g_getenv ("OPL_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Standard input is a pipe, never the terminal the tests run in (a locked profile
   * would ask there). */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  /* GLib gives a test's child processes /dev/null for their folders; the app needs its
   * data folder (backups) and cache: the test's own. */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  if (today != NULL)
    g_subprocess_launcher_setenv (launcher, "OPL_TODAY", today, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input != NULL ? input : "", NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static gboolean
bytes_hold (const char *data,
            gsize       length,
            const char *text)
{
  gsize n = strlen (text);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, text, n) == 0)
      return TRUE;

  return FALSE;
}

/**
 * opl_test_file_holds:
 *
 * Returns: whether @text is anywhere in the database file @path or its -wal or
 *   -journal, as bytes (what someone with a copy of the file could read)
 */
gboolean
opl_test_file_holds (const char *path,
                     const char *text)
{
  const char *suffixes[] = { "", "-wal", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (file, &contents, &length, NULL) && bytes_hold (contents, length, text))
        return TRUE;
    }

  return FALSE;
}

/**
 * opl_test_run_app:
 * @args: the arguments after the program's name
 * @today: (nullable): OPL_TODAY for the run, YYYY-MM-DD
 *
 * Runs the app with @args and no display (the command line's modes must never need
 * one), and keeps its exit status and output in @run.
 */
void
opl_test_run_app (OplTestRun         *run,
                  const char * const *args,
                  const char         *today)
{
  run_app (run, args, today, NULL);
}

/**
 * opl_test_run_program:
 * @args: the arguments after the program's name
 * @env: (nullable): names and values to set in its environment, in pairs
 *
 * Runs the program (OPL_BINARY) with @args, in the test's environment and display,
 * and keeps its exit status and output in @run.
 */
void
opl_test_run_program (OplTestRun         *run,
                      const char * const *args,
                      const char * const *env)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (g_getenv ("OPL_BINARY"));
  g_ptr_array_add (argv, (char *) g_getenv ("OPL_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  for (guint i = 0; env != NULL && env[i] != NULL && env[i + 1] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

/**
 * opl_test_run_app_input:
 * @input: what the app reads on its standard input
 *
 * opl_test_run_app() with @input on standard input (a pipe: e.g. --passphrase-fd 0).
 */
void
opl_test_run_app_input (OplTestRun         *run,
                        const char * const *args,
                        const char         *input)
{
  run_app (run, args, NULL, input);
}
