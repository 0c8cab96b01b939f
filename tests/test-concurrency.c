/* test-concurrency.c: two processes writing at once, and a process killed mid-write.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: design.md §4 (several processes share the file: WAL on a local disk, the
 * rollback journal on a network filesystem, busy_timeout so a writer waits) and §9 ("No
 * data lost when the process is killed at any moment, when two processes write at once").
 */

#include "config.h"

#include <signal.h>

#include "opl-test-utils.h"

#define N_PEOPLE 150
#define BATCH 40

static GSubprocess *
spawn_writer (const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  GSubprocess *process;

  g_ptr_array_add (argv, (char *) g_getenv ("OPL_TEST_WRITER"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  return process;
}

static void
two_writers (const char *journal)
{
  g_autofree char *path = opl_test_db_path ("two-writers.db");
  g_autofree char *n = g_strdup_printf ("%d", N_PEOPLE);
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;

  database = opl_database_open (path,
                               OPL_DATABASE_OPEN_CREATE |
                               (g_str_equal (journal, "delete") ? OPL_DATABASE_OPEN_NETWORK : 0),
                               &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_database_get_journal_mode (database), ==, journal);

  first = spawn_writer ((const char *[]) { path, journal, "people", n, "first", NULL });
  second = spawn_writer ((const char *[]) { path, journal, "people", n, "second", NULL });

  g_subprocess_wait_check (first, NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (second, NULL, &error);
  g_assert_no_error (error);

  /* Not a row lost, and each writer's rows complete. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person WHERE name LIKE 'first %'"), ==, N_PEOPLE);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person WHERE name LIKE 'second %'"), ==, N_PEOPLE);
  g_assert_cmpint (opl_test_count (database, "SELECT count(DISTINCT id) FROM person"), ==, 2 * N_PEOPLE);
}

static void
test_two_writers_wal (void)
{
  two_writers ("wal");
}

static void
test_two_writers_delete (void)
{
  two_writers ("delete");
}

static void
wait_for_ready (GSubprocess *process)
{
  g_autoptr(GDataInputStream) input =
    g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_data_input_stream_read_line (input, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
}

static void
killed_mid_write (const char *journal)
{
  g_autofree char *path = opl_test_db_path ("killed.db");
  g_autofree char *size = g_strdup_printf ("%d", BATCH);
  gint64 previous = 0;

  for (int round = 0; round < 4; round++)
    {
      g_autoptr(GSubprocess) writer = spawn_writer ((const char *[]) { path, journal, "batches", size, NULL });
      g_autoptr(OplDatabase) database = NULL;
      g_autoptr(GError) error = NULL;
      gint64 count;

      wait_for_ready (writer);
      g_usleep ((80 + 70 * round) * 1000);
      g_subprocess_send_signal (writer, SIGKILL);
      g_subprocess_wait (writer, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (writer));

      /* The file opens (quick_check passes), holds whole transactions only, and
       * everything committed before is still there. */
      database = opl_test_open (path);
      g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_integrity_check"
                                                 " WHERE integrity_check != 'ok'"), ==, 0);
      count = opl_test_count (database, "SELECT count(*) FROM person");
      g_assert_cmpint (count % BATCH, ==, 0);
      g_assert_cmpint (count, >, previous);
      previous = count;
    }
}

static void
test_killed_mid_write_wal (void)
{
  killed_mid_write ("wal");
}

static void
test_killed_mid_write_delete (void)
{
  killed_mid_write ("delete");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/concurrency/two-writers-wal", test_two_writers_wal);
  g_test_add_func ("/opl/concurrency/two-writers-delete", test_two_writers_delete);
  g_test_add_func ("/opl/concurrency/killed-mid-write-wal", test_killed_mid_write_wal);
  g_test_add_func ("/opl/concurrency/killed-mid-write-delete", test_killed_mid_write_delete);

  return g_test_run ();
}
