/* test-cli-export.c: --export and --import on the command line (issue 7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contract: `opleidingspraktijk --database F --export DIR [--aios ID] [--year YYYY]
 * [--format pdf,csv,json]` and `--import FILE`; exit 2 for bad arguments, 1 for a file
 * that cannot be used, one line on stderr, and nothing changed (design.md §8).
 *
 * Issue 17's kill tests kill `--demo --years 3` and `--import` into a new file and
 * `--export` at random moments (seeded by the test's seed, so that a failing run can be
 * repeated with --seed): the new file is then missing or a whole practice, and the next
 * export leaves no temporary folder of an earlier one behind.
 */

#include "config.h"

#include <string.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "opl-export-bundle.h"
#include "opl-test-utils.h"

#define TODAY "2026-11-22"

/* How often each kill test kills the app. */
#define N_KILLS 15

static void
run_app (OplTestRun         *run,
         const char * const *args)
{
  opl_test_run_app (run, args, TODAY);
}

static void
assert_fails (const char * const *args,
              int                 status,
              const char         *words)
{
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, args);
  g_assert_cmpint (run.status, ==, status);
  g_assert_true (g_str_has_prefix (run.err, "opleidingspraktijk: "));
  /* One line: the only newline is the last character. */
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
  if (strstr (run.err, words) == NULL)
    g_error ("“%s” does not say “%s”", run.err, words);
}

static char *
demo_db (const char *name)
{
  char *path = opl_test_db_path (name);
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, (const char *[]) { "--database", path, "--demo", NULL });
  g_assert_cmpint (run.status, ==, 0);
  return path;
}

static char *
bundle_json (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplExportBundle) bundle = opl_export_bundle_new_from_file (path, &error);

  g_assert_no_error (error);
  return opl_export_bundle_to_json (bundle);
}

static void
test_help (void)
{
  g_auto(OplTestRun) help = { 0 };

  run_app (&help, (const char *[]) { "--help", NULL });
  g_assert_cmpint (help.status, ==, 0);
  for (guint i = 0; i < 6; i++)
    {
      static const char * const options[] = { "--export", "--import", "--aios", "--year", "--format", "--opleider" };

      g_assert_nonnull (strstr (help.out, options[i]));
    }
}

/* Issue 19: the export reads the practice while the file's check runs beside it; a
 * damaged file is still refused as the check finds it, and no bundle is written. */
static void
test_export_damaged (void)
{
  g_autofree char *demo = demo_db ("cli-damaged.db");
  g_autofree char *wal = g_strconcat (demo, "-wal", NULL);
  g_autofree char *folder = opl_test_db_path ("damaged-bundle");
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (demo, &bytes, &length, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  /* Two pages four fifths into the file (rows the export reads, not the schema or the
   * people read on opening) overwritten. */
  g_assert_cmpuint (length, >, 16 * 4096);
  memset (bytes + (length / 4096 * 4 / 5) * 4096, 0xa5, 2 * 4096);
  opl_test_write_file (demo, bytes, length);

  assert_fails ((const char *[]) { "--database", demo, "--export", folder, "--year", "2025", NULL }, 1, "damaged");
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Export as a zip, import into a database that does not exist yet, import again. */
static void
test_export_import (void)
{
  g_autofree char *demo = demo_db ("cli-export.db");
  g_autofree char *copy = opl_test_db_path ("cli-copy.db");
  g_autofree char *zip = opl_test_db_path ("bundle.zip");
  g_autofree char *folder = opl_test_db_path ("again");
  g_autofree char *folder_json = g_build_filename (folder, "export.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_auto(OplTestRun) export = { 0 };
  g_auto(OplTestRun) import = { 0 };
  g_auto(OplTestRun) twice = { 0 };
  g_auto(OplTestRun) again = { 0 };

  run_app (&export, (const char *[]) { "--database", demo, "--export", zip, "--format", "json,csv", NULL });
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.out, "4 trajecten"));

  run_app (&import, (const char *[]) { "--database", copy, "--import", zip, NULL });
  g_assert_cmpint (import.status, ==, 0);
  g_assert_nonnull (strstr (import.out, "0 already there"));

  run_app (&twice, (const char *[]) { "--database", copy, "--import", zip, NULL });
  g_assert_cmpint (twice.status, ==, 0);
  g_assert_nonnull (strstr (twice.out, ": 0 rows added"));

  run_app (&again, (const char *[]) { "--database", copy, "--export", folder, "--format", "json", NULL });
  g_assert_cmpint (again.status, ==, 0);

  /* The same data, but the private draft the first export left out (no --profile). */
  first = bundle_json (zip);
  second = bundle_json (folder_json);
  g_assert_nonnull (strstr (first, "\"omitted_private_forms\": 1"));
  g_assert_nonnull (strstr (second, "\"omitted_private_forms\": 0"));
}

/* One aios, one year, everything (the PDFs too, by default), by the aios herself. */
static void
test_export_aios (void)
{
  g_autofree char *demo = demo_db ("cli-aios.db");
  g_autofree char *folder = opl_test_db_path ("charlotte");
  g_autofree char *contents = g_build_filename (folder, "pdf", "00-inhoud.pdf", NULL);
  g_autofree char *moments = g_build_filename (folder, "csv", "moments.csv", NULL);
  g_autofree char *json_path = g_build_filename (folder, "export.json", NULL);
  g_autofree char *json = NULL;
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, (const char *[]) { "--database", demo, "--export", folder, "--aios", "Charlotte Bakker",
                                    "--year", "2026", "--profile", "Charlotte Bakker", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, ": 1 traject, "));
  g_assert_nonnull (strstr (run.out, ", 0 private forms left out\n"));
  g_assert_true (g_file_test (contents, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (moments, G_FILE_TEST_IS_REGULAR));

  json = bundle_json (json_path);
  g_assert_nonnull (strstr (json, "\"scope\": \"aios\""));
  g_assert_nonnull (strstr (json, "\"first\": \"2026-09-01\""));
}

static void
test_bad_arguments (void)
{
  g_autofree char *demo = demo_db ("cli-args.db");
  g_autofree char *out = opl_test_db_path ("out");

  assert_fails ((const char *[]) { "--database", demo, "--export", out, "--year", "26", NULL }, 2, "--year");
  assert_fails ((const char *[]) { "--database", demo, "--export", out, "--format", "pdf,xml", NULL }, 2, "xml");
  assert_fails ((const char *[]) { "--database", demo, "--export", out, "--aios", "Nobody", NULL }, 2, "--aios");
  assert_fails ((const char *[]) { "--database", demo, "--export", out, "--aios", "Anna de Vries", NULL }, 2, "--aios");
  assert_fails ((const char *[]) { "--database", demo, "--export", out, "--aios", "Charlotte Bakker",
                                   "--opleider", "Anna de Vries", NULL }, 2, "not both");
  assert_fails ((const char *[]) { "--database", demo, "--year", "2026", NULL }, 2, "--export");
  assert_fails ((const char *[]) { "--database", demo, "--export", out, "--import", out, NULL }, 2, "not both");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_bad_files (void)
{
  g_autofree char *demo = demo_db ("cli-files.db");
  g_autofree char *digest = opl_test_file_digest (demo);
  g_autofree char *after = NULL;
  g_autofree char *truncated = opl_test_db_path ("truncated.json");
  g_autofree char *missing = opl_test_db_path ("missing.json");
  g_autofree char *two_lines = opl_test_db_path ("two-lines.json");
  g_autofree char *fresh = opl_test_db_path ("fresh.db");
  g_autofree char *twice = opl_test_db_path ("twice.json");
  g_autofree char *octal = opl_test_db_path ("octal.json");
  g_autofree char *full = opl_test_db_path ("full");
  g_autofree char *inside = g_build_filename (full, "keep.txt", NULL);
  g_autofree char *other = demo_db ("cli-other.db");
  g_autofree char *bundle = opl_test_db_path ("other.zip");
  g_auto(OplTestRun) run = { 0 };

  opl_test_write_file (truncated, "{\"format\": \"opleidingspraktijk-export\", \"version\": 1, \"peo", -1);
  assert_fails ((const char *[]) { "--database", demo, "--import", truncated, NULL }, 1, "truncated.json");
  assert_fails ((const char *[]) { "--database", demo, "--import", missing, NULL }, 1, "missing.json");

  /* What the message quotes from the file stays on the one line. */
  opl_test_write_file (two_lines, "{\"format\": \"opleidingspraktijk-export\", \"version\": 1, \"a\\nb\": 1}", -1);
  assert_fails ((const char *[]) { "--database", demo, "--import", two_lines, NULL }, 1, "$.a\\nb: unknown member");

  /* A failed import into a database that did not exist leaves no file behind. */
  assert_fails ((const char *[]) { "--database", fresh, "--import", truncated, NULL }, 1, "malformed");
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  /* Issue 17: a member twice, or a number JSON does not write, is refused with its place. */
  opl_test_write_file (twice, "{\"format\": \"opleidingspraktijk-export\", \"version\": 1, \"version\": 1}", -1);
  assert_fails ((const char *[]) { "--database", demo, "--import", twice, NULL }, 1,
                "$.version: the object has more than one member of this name");
  opl_test_write_file (octal, "{\"format\": \"opleidingspraktijk-export\", \"version\": 01}", -1);
  assert_fails ((const char *[]) { "--database", fresh, "--import", octal, NULL }, 1, "$.version: “01”");
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  /* Another practice's bundle (every demo is a practice of its own). */
  run_app (&run, (const char *[]) { "--database", other, "--export", bundle, "--format", "json", NULL });
  g_assert_cmpint (run.status, ==, 0);
  assert_fails ((const char *[]) { "--database", demo, "--import", bundle, NULL }, 1, "nothing was imported");
  assert_fails ((const char *[]) { "--database", fresh, "--import", bundle, "--export", fresh, NULL }, 2, "not both");

  /* A folder that holds something is not written into. */
  g_assert_cmpint (g_mkdir_with_parents (full, 0755), ==, 0);
  opl_test_write_file (inside, "mine", -1);
  assert_fails ((const char *[]) { "--database", demo, "--export", full, "--format", "json", NULL }, 1, "not empty");
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));

  after = opl_test_file_digest (demo);
  g_assert_cmpstr (digest, ==, after);
}

/* ---- kills (issue 17) -------------------------------------------------------------- */

static GSubprocess *
spawn_app (const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) g_getenv ("OPL_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "OPL_TODAY", TODAY, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

/* Runs the app to its end; returns how long it took, in microseconds. */
static gint64
run_timed (const char * const *args)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();

  process = spawn_app (args);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
  return g_get_monotonic_time () - started;
}

/* Kills a run of the app after a random time up to @full microseconds. */
static gint32
run_killed (const char * const *args,
            gint64              full)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint32 delay = g_test_rand_int_range (0, (gint32) MAX (full, 1));

  process = spawn_app (args);
  g_usleep (delay);
  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  return delay;
}

/* What `--check` says of the practice at @path (which must be healthy), without the
 * line that names the file. */
static char *
check_report (const char *path)
{
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, (const char *[]) { "--database", path, "--check", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, "\nhealthy\n"));
  g_assert_nonnull (strchr (run.out, '\n'));
  return g_strdup (strchr (run.out, '\n') + 1);
}

static void
remove_practice (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", NULL };

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* The entries of @folder whose names begin with @prefix. */
static guint
count_prefixed (const char *folder,
                const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, prefix))
        n++;
    }

  return n;
}

/* Dates every entry of @folder whose name begins with @prefix two days back. */
static void
age_prefixed (const char *folder,
              const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  struct utimbuf times;

  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - 2 * 24 * 60 * 60);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_str_has_prefix (name, prefix))
        g_assert_cmpint (g_utime (path, &times), ==, 0);
    }
}

/* Kills @args (which make a new practice at @target) N_KILLS times: @target is then
 * missing, or a whole practice that --check finds as @expected. What a killed run
 * leaves is its temporary file, under a hidden name, which the next run for the same
 * file removes a day later. */
static void
kill_making_practice (const char * const *args,
                      const char         *target,
                      gint64              full,
                      const char         *expected)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *hidden = g_strconcat (".", base, ".new-", NULL);
  guint n_missing = 0, n_whole = 0;

  for (guint i = 0; i < N_KILLS; i++)
    {
      gint32 delay;

      remove_practice (target);
      delay = run_killed (args, full);
      if (g_file_test (target, G_FILE_TEST_EXISTS))
        {
          g_autofree char *report = check_report (target);

          g_assert_cmpstr (report, ==, expected);
          n_whole++;
        }
      else
        n_missing++;
      g_test_message ("Kill %u after %d ms: %s", i, delay / 1000,
                      g_file_test (target, G_FILE_TEST_EXISTS) ? "a whole practice" : "no file");
    }
  g_test_message ("%u kills left no file, %u a whole practice", n_missing, n_whole);

  /* Nothing but the temporary files under the hidden name. */
  g_assert_cmpuint (count_prefixed (folder, "."), ==, count_prefixed (folder, hidden));

  /* A day later, the next run for the file takes them away. */
  age_prefixed (folder, hidden);
  remove_practice (target);
  run_timed (args);
  g_assert_cmpuint (count_prefixed (folder, hidden), ==, 0);
  {
    g_autofree char *report = check_report (target);

    g_assert_cmpstr (report, ==, expected);
  }
}

/* Issue 17: "a killed --demo into a new file leaves no half-made practice". */
static void
test_kill_demo (void)
{
  g_autofree char *folder = opl_test_db_path ("kill-demo");
  g_autofree char *reference = opl_test_db_path ("kill-demo-reference.db");
  g_autofree char *target = g_build_filename (folder, "practice.db", NULL);
  g_autofree char *expected = NULL;
  gint64 full;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  full = run_timed ((const char *[]) { "--database", reference, "--demo", "--years", "3", NULL });
  expected = check_report (reference);
  g_test_message ("--demo --years 3 takes %" G_GINT64_FORMAT " ms", full / 1000);

  kill_making_practice ((const char *[]) { "--database", target, "--demo", "--years", "3", NULL }, target, full,
                        expected);
}

/* Issue 17: "a killed first import leaves no half-made practice". */
static void
test_kill_import (void)
{
  g_autofree char *folder = opl_test_db_path ("kill-import");
  g_autofree char *source = opl_test_db_path ("kill-import-source.db");
  g_autofree char *bundle = opl_test_db_path ("kill-import-bundle");
  g_autofree char *json = g_build_filename (bundle, "export.json", NULL);
  g_autofree char *reference = opl_test_db_path ("kill-import-reference.db");
  g_autofree char *target = g_build_filename (folder, "practice.db", NULL);
  g_autofree char *expected = NULL;
  gint64 full;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  run_timed ((const char *[]) { "--database", source, "--demo", "--years", "3", NULL });
  run_timed ((const char *[]) { "--database", source, "--export", bundle, "--format", "json", NULL });
  full = run_timed ((const char *[]) { "--database", reference, "--import", json, NULL });
  expected = check_report (reference);
  g_test_message ("--import of 3 years takes %" G_GINT64_FORMAT " ms", full / 1000);

  kill_making_practice ((const char *[]) { "--database", target, "--import", json, NULL }, target, full, expected);
}

/* Whether @folder holds a staging folder or zip of an export (".NAME.tmp-XXXXXX"). */
static gboolean
has_staging (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] == '.' && strstr (name, ".tmp-") != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Issue 17: "a killed export leaves no staging folder behind" once the next export
 * has run; the killed one's target is missing or whole. */
static void
test_kill_export (void)
{
  g_autofree char *demo = demo_db ("kill-export.db");
  g_autofree char *parent = opl_test_db_path ("kill-export");
  g_autofree char *full_folder = g_build_filename (parent, "full", NULL);
  g_autofree char *full_zip = g_build_filename (parent, "full.zip", NULL);
  gint64 folder_time, zip_time;
  guint n_staging = 0;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  folder_time = run_timed ((const char *[]) { "--database", demo, "--export", full_folder, NULL });
  zip_time = run_timed ((const char *[]) { "--database", demo, "--export", full_zip, NULL });
  g_test_message ("--export takes %" G_GINT64_FORMAT " ms, to a zip %" G_GINT64_FORMAT " ms",
                  folder_time / 1000, zip_time / 1000);

  for (guint i = 0; i < N_KILLS; i++)
    {
      gboolean zip = i % 2 == 1;
      g_autofree char *name = g_strdup_printf (zip ? "killed-%u.zip" : "killed-%u", i);
      g_autofree char *target = g_build_filename (parent, name, NULL);
      g_autofree char *next_name = g_strdup_printf ("next-%u", i);
      g_autofree char *next = g_build_filename (parent, next_name, NULL);
      gint32 delay;

      delay = run_killed ((const char *[]) { "--database", demo, "--export", target, NULL },
                          zip ? zip_time : folder_time);
      g_test_message ("Kill %u after %d ms: %s", i, delay / 1000,
                      g_file_test (target, G_FILE_TEST_EXISTS) ? "a whole bundle" :
                      has_staging (parent) ? "its temporary files" : "nothing");
      if (has_staging (parent))
        n_staging++;

      /* Missing, or whole. */
      if (g_file_test (target, G_FILE_TEST_EXISTS))
        {
          g_autofree char *json = zip ? g_strdup (target) : g_build_filename (target, "export.json", NULL);
          g_autofree char *text = bundle_json (json);

          g_assert_nonnull (strstr (text, "\"opleidingspraktijk-export\""));
        }

      run_timed ((const char *[]) { "--database", demo, "--export", next, "--format", "json", NULL });
      g_assert_false (has_staging (parent));
    }

  g_test_message ("%u kills left temporary files, which the next export removed", n_staging);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/export/help", test_help);
  g_test_add_func ("/cli/export/export-import", test_export_import);
  g_test_add_func ("/cli/export/aios", test_export_aios);
  g_test_add_func ("/cli/export/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli/export/bad-files", test_bad_files);
  g_test_add_func ("/cli/export/damaged", test_export_damaged);
  g_test_add_func ("/cli/export/kill-demo", test_kill_demo);
  g_test_add_func ("/cli/export/kill-import", test_kill_import);
  g_test_add_func ("/cli/export/kill-export", test_kill_export);

  return g_test_run ();
}
