/* test-cli-export.c: --export and --import on the command line (issue 7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contract: `opleidingspraktijk --database F --export DIR [--aios ID] [--year YYYY]
 * [--format pdf,csv,json]` and `--import FILE`; exit 2 for bad arguments, 1 for a file
 * that cannot be used, one line on stderr, and nothing changed (design.md §8).
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "opl-export-bundle.h"
#include "opl-test-utils.h"

static void
run_app (OplTestRun         *run,
         const char * const *args)
{
  opl_test_run_app (run, args, "2026-11-22");
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

  return g_test_run ();
}
