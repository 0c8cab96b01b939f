/* test-cli.c: the command line, run as a user would, without a window.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: the foundation issue, items 5 (--database, --demo, --check, --version,
 * --help, handled before any window exists) and 6 (bad input: one line on stderr,
 * a non-zero exit, the file untouched); design.md §8.
 */

#include "config.h"

#include <unistd.h>

#include <json-glib/json-glib.h>

#include "opl-store-privacy.h"
#include "opl-test-utils.h"

static void
run_app (OplTestRun         *run,
         const char * const *args)
{
  opl_test_run_app (run, args, NULL);
}

static void
assert_one_line_error (OplTestRun *run)
{
  g_assert_cmpint (run->status, !=, 0);
  g_assert_true (g_str_has_prefix (run->err, "opleidingspraktijk: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  /* One line: the only newline is the last character. */
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
}

static void
test_version_and_help (void)
{
  g_auto(OplTestRun) version = { 0 };
  g_auto(OplTestRun) help = { 0 };

  run_app (&version, (const char *[]) { "--version", NULL });
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "opleidingspraktijk " PACKAGE_VERSION));

  run_app (&help, (const char *[]) { "--help", NULL });
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--database"));
  g_assert_nonnull (strstr (help.out, "--demo"));
  g_assert_nonnull (strstr (help.out, "--check"));
}

/* Issue 19: a command starts without GTK (src/main.c: the window is a module of its
 * own). The dynamic linker names every library it loads (LD_DEBUG=libs); GLib must be
 * among them, GTK and libadwaita not. */
static void
test_command_loads_no_gtk (void)
{
  g_auto(OplTestRun) run = { 0 };

  opl_test_run_program (&run, (const char *[]) { "--version", NULL }, (const char *[]) { "LD_DEBUG", "libs", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "opleidingspraktijk " PACKAGE_VERSION));

  g_assert_nonnull (strstr (run.err, "libglib-2.0.so"));
  g_assert_null (strstr (run.err, "libgtk-4.so"));
  g_assert_null (strstr (run.err, "libadwaita-1.so"));
}

static void
test_demo_then_check (void)
{
  g_autofree char *path = opl_test_db_path ("cli-demo.db");
  g_auto(OplTestRun) demo = { 0 };
  g_auto(OplTestRun) again = { 0 };
  g_auto(OplTestRun) check = { 0 };

  run_app (&demo, (const char *[]) { "--database", path, "--demo", NULL });
  g_assert_cmpint (demo.status, ==, 0);
  g_assert_nonnull (strstr (demo.out, "Huisartsenpraktijk De Linde"));

  run_app (&check, (const char *[]) { "--database", path, "--check", NULL });
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "schema version: " G_STRINGIFY (OPL_DATABASE_SCHEMA_VERSION)));
  g_assert_nonnull (strstr (check.out, "integrity: ok"));
  g_assert_nonnull (strstr (check.out, "people: 5"));
  g_assert_nonnull (strstr (check.out, "trajecten: 4"));
  /* Issue 5's tables (the demo's forms do not depend on the day it is made). */
  g_assert_nonnull (strstr (check.out, "form definitions: 5\n"));
  g_assert_nonnull (strstr (check.out, "forms: 6\n"));
  g_assert_nonnull (strstr (check.out, "form answers: "));
  g_assert_nonnull (strstr (check.out, "kpb/kvb entries: "));
  g_assert_nonnull (strstr (check.out, "diensten: "));
  /* Issue 4's leergesprekken and issue 6's scholing are counted too. */
  g_assert_null (strstr (check.out, "leergesprekken: 0\n"));
  g_assert_nonnull (strstr (check.out, "leergesprekken: "));
  g_assert_null (strstr (check.out, "scholing days: 0\n"));
  g_assert_nonnull (strstr (check.out, "scholing days: "));
  /* R1: what the practice took from its institute (the demo: nothing). */
  g_assert_nonnull (strstr (check.out, "form definitions offered by the practice: 0\n"));
  g_assert_nonnull (strstr (check.out, "institute profiles: 0\n"));
  g_assert_null (strstr (check.out, "leerpunten: 0\n"));
  g_assert_nonnull (strstr (check.out, "healthy"));

  /* A second demo would mix two practices: refused, nothing written. */
  {
    g_autofree char *before = opl_test_file_digest (path);
    g_autofree char *after = NULL;

    run_app (&again, (const char *[]) { "--database", path, "--demo", NULL });
    assert_one_line_error (&again);
    after = opl_test_file_digest (path);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_check_bad_files (void)
{
  g_autofree char *letter = opl_test_db_path ("letter.txt");
  g_autofree char *missing = opl_test_db_path ("missing.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(OplTestRun) not_db = { 0 };
  g_auto(OplTestRun) absent = { 0 };

  opl_test_write_file (letter, "Beste collega, hierbij de ComBel.\n", -1);
  before = opl_test_file_digest (letter);
  run_app (&not_db, (const char *[]) { "--database", letter, "--check", NULL });
  assert_one_line_error (&not_db);
  g_assert_nonnull (strstr (not_db.err, "not a practice database"));
  after = opl_test_file_digest (letter);
  g_assert_cmpstr (before, ==, after);

  run_app (&absent, (const char *[]) { "--database", missing, "--check", NULL });
  assert_one_line_error (&absent);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_check_finds_damage (void)
{
  g_autofree char *path = opl_test_db_path ("cli-damaged.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_auto(OplTestRun) check = { 0 };
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);
  g_assert_cmpint (truncate (path, 4096 * 3), ==, 0);
  run_app (&check, (const char *[]) { "--database", path, "--check", NULL });
  assert_one_line_error (&check);
  g_assert_nonnull (strstr (check.err, "damaged"));
}

static void
test_unknown_option (void)
{
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, (const char *[]) { "--no-such-option", NULL });
  assert_one_line_error (&run);
  g_assert_cmpint (run.status, ==, 2);
}

/* The schedule issue's command-line contract, exactly:
 * --schedule --phase 1|2 --start YYYY-MM-DD [--parttime F] [--leave A:B]... --json */
static void
test_schedule_json (void)
{
  g_auto(OplTestRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *moments;
  JsonObject *first;
  JsonArray *who;

  run_app (&run, (const char *[]) { "--schedule", "--phase", "2", "--start", "2025-08-31",
                                    "--parttime", "0.5", "--leave", "2025-10-01:2025-10-28",
                                    "--json", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  moments = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "moments");
  g_assert_cmpuint (json_array_get_length (moments), ==, 12);

  /* 3 training months at half time from 31 August: 28 February (clamped), then 28 days
   * of leave: 28 March. */
  first = json_array_get_object_element (moments, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "combel");
  g_assert_cmpint (json_object_get_int_member (first, "month"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (first, "due"), ==, "2026-03-28");
  who = json_object_get_array_member (first, "who");
  g_assert_cmpstr (json_array_get_string_element (who, 0), ==, "aios");
  g_assert_cmpstr (json_array_get_string_element (who, 1), ==, "opleider");
  g_assert_cmpstr (json_array_get_string_element (who, 2), ==, "docent");

  for (guint i = 0; i < json_array_get_length (moments); i++)
    {
      const char *kind = json_object_get_string_member (json_array_get_object_element (moments, i), "kind");

      g_assert_true (g_strv_contains ((const char *[]) { "combel", "leoh", "voortgangsgesprek",
                                                         "voortgangsadvies", "dienstenrapportage", NULL },
                                      kind));
    }
}

/* The schedule issue: --database F --checklist [--date D] [--profile ID] --json prints
 * {"items":[{"id","period","title","done","overdue"}]}. */
static void
test_checklist_json (void)
{
  g_autofree char *path = opl_test_db_path ("cli-checklist.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OplPerson) bram = g_list_model_get_item (opl_store_get_people (store), 1);
  g_auto(OplTestRun) run = { 0 };
  g_auto(OplTestRun) for_bram = { 0 };
  g_auto(OplTestRun) bad_date = { 0 };
  JsonArray *items;
  guint n_overdue = 0;

  g_clear_object (&store);
  run_app (&run, (const char *[]) { "--database", path, "--checklist", "--date", "2026-11-22", "--json", NULL });
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  items = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 19);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *period = json_object_get_string_member (item, "period");

      g_assert_true (g_strv_contains ((const char *[]) { "daily", "weekly", "monthly", "quarterly",
                                                         "three-to-six-monthly", "yearly-to-three-yearly",
                                                         NULL }, period));
      g_assert_nonnull (json_object_get_string_member (item, "title"));
      json_object_get_boolean_member (item, "done");
      if (json_object_get_boolean_member (item, "overdue"))
        n_overdue++;
    }
  /* The demo's hoofdopleider let the KPB/KVB and the video slip. */
  g_assert_cmpuint (n_overdue, ==, 2);

  run_app (&for_bram, (const char *[]) { "--database", path, "--checklist", "--profile",
                                         opl_person_get_id (bram), "--date", "2026-11-22", "--json", NULL });
  g_assert_cmpint (for_bram.status, ==, 0);
  g_assert_null (strstr (for_bram.out, "\"overdue\":true"));

  run_app (&bad_date, (const char *[]) { "--database", path, "--checklist", "--date", "2026-13-01", NULL });
  g_assert_cmpint (bad_date.status, ==, 2);
  assert_one_line_error (&bad_date);
}

/* The planner issue: --database F --calendar OUT.ics writes an iCalendar file. */
static void
test_calendar (void)
{
  g_autofree char *path = opl_test_db_path ("cli-calendar.db");
  g_autofree char *ics = opl_test_db_path ("leergesprekken.ics");
  g_autofree char *bad = opl_test_db_path ("no-such-folder/x.ics");
  g_autofree char *contents = NULL;
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GError) error = NULL;
  g_auto(OplTestRun) run = { 0 };
  g_auto(OplTestRun) unwritable = { 0 };

  g_clear_object (&store);
  run_app (&run, (const char *[]) { "--database", path, "--calendar", ics, "--date", "2026-11-22", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "events to"));
  g_file_get_contents (ics, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (contents, "BEGIN:VEVENT"));

  run_app (&unwritable, (const char *[]) { "--database", path, "--calendar", bad, NULL });
  g_assert_cmpint (unwritable.status, ==, 1);
  assert_one_line_error (&unwritable);
}

static JsonArray *
parse_forms (JsonParser *parser,
             const char *out)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "forms");
}

/* The forms issue: --forms [--profile ID] --json lists the forms as that profile may
 * see them (design.md §7: another's private draft is only "pending"). */
static void
test_forms_json (void)
{
  g_autofree char *path = opl_test_db_path ("cli-forms.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(JsonParser) as_anna_parser = json_parser_new ();
  g_autoptr(JsonParser) as_charlotte_parser = json_parser_new ();
  g_auto(OplTestRun) as_anna = { 0 };
  g_auto(OplTestRun) as_charlotte = { 0 };
  g_auto(OplTestRun) nobody = { 0 };
  JsonArray *anna_forms, *charlotte_forms;
  guint n_pending = 0;

  g_clear_object (&store);
  run_app (&as_anna, (const char *[]) { "--database", path, "--forms", "--profile", "Anna de Vries", "--json", NULL });
  run_app (&as_charlotte, (const char *[]) { "--database", path, "--forms", "--profile", "Charlotte Bakker",
                                             "--json", NULL });
  g_assert_cmpint (as_anna.status, ==, 0);
  g_assert_cmpint (as_charlotte.status, ==, 0);

  anna_forms = parse_forms (as_anna_parser, as_anna.out);
  charlotte_forms = parse_forms (as_charlotte_parser, as_charlotte.out);
  g_assert_cmpuint (json_array_get_length (anna_forms), ==, 6);
  g_assert_cmpuint (json_array_get_length (charlotte_forms), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      JsonObject *form = json_array_get_object_element (anna_forms, i);

      if (g_str_equal (json_object_get_string_member (form, "state"), "pending"))
        {
          n_pending++;
          g_assert_cmpstr (json_object_get_string_member (form, "author"), ==, "Charlotte Bakker");
          g_assert_cmpint (json_object_get_int_member (form, "month"), ==, 6);
          g_assert_false (json_object_has_member (form, "answered"));
        }
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (charlotte_forms, i), "state"),
                       !=, "pending");
    }
  g_assert_cmpuint (n_pending, ==, 1);

  run_app (&nobody, (const char *[]) { "--database", path, "--forms", "--profile", "Nobody", NULL });
  g_assert_cmpint (nobody.status, ==, 2);
  assert_one_line_error (&nobody);
}

/* The state --forms gives Charlotte's month-6 self-assessment, as @run saw it. */
static const char *
month_6_state (OplTestRun *run,
               JsonParser *parser)
{
  JsonArray *forms = parse_forms (parser, run->out);

  for (guint i = 0; i < json_array_get_length (forms); i++)
    {
      JsonObject *form = json_array_get_object_element (forms, i);

      if (json_object_get_int_member (form, "month") == 6 &&
          g_str_equal (json_object_get_string_member (form, "author"), "Charlotte Bakker"))
        return json_object_get_string_member (form, "state");
    }

  g_assert_not_reached ();
}

/* Issue 15: "the author's --profile on the command line asks for the passphrase (or
 * reads it from a file descriptor for scripts) when the profile is locked". */
static void
test_locked_profile (void)
{
  g_autofree char *path = opl_test_db_path ("cli-locked.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  const char *as_charlotte[] = { "--database", path, "--forms", "--profile", "Charlotte Bakker", "--json", NULL };
  const char *with_fd[] = { "--database", path, "--forms", "--profile", "Charlotte Bakker", "--passphrase-fd", "0",
                            "--json", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) anna_parser = json_parser_new ();
  g_auto(OplTestRun) no_passphrase = { 0 };
  g_auto(OplTestRun) wrong = { 0 };
  g_auto(OplTestRun) right = { 0 };
  g_auto(OplTestRun) anna = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_store_set_passphrase (store, opl_test_find_person (store, "Charlotte Bakker"), NULL,
                                           "paarse olifant 12", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Not on a terminal and no --passphrase-fd: it says how, and shows nothing. */
  opl_test_run_app_input (&no_passphrase, as_charlotte, NULL);
  g_assert_cmpint (no_passphrase.status, ==, 1);
  assert_one_line_error (&no_passphrase);
  g_assert_nonnull (strstr (no_passphrase.err, "--passphrase-fd"));
  g_assert_cmpstr (no_passphrase.out, ==, "");

  opl_test_run_app_input (&wrong, with_fd, "paarse olifant 13\n");
  g_assert_cmpint (wrong.status, ==, 1);
  assert_one_line_error (&wrong);
  g_assert_nonnull (strstr (wrong.err, "not the passphrase"));

  opl_test_run_app_input (&right, with_fd, "paarse olifant 12\n");
  g_assert_cmpint (right.status, ==, 0);
  g_assert_cmpstr (month_6_state (&right, parser), ==, "draft");

  /* Anna has no passphrase; Charlotte's sealed draft stays pending for her. */
  opl_test_run_app_input (&anna, (const char *[]) { "--database", path, "--forms", "--profile", "Anna de Vries",
                                                    "--json", NULL }, NULL);
  g_assert_cmpint (anna.status, ==, 0);
  g_assert_cmpstr (month_6_state (&anna, anna_parser), ==, "pending");
}

/* Bad arguments: one clear line on stderr, exit 2. */
static void
test_schedule_bad_arguments (void)
{
  const char * const *cases[] = {
    (const char *[]) { "--schedule", "--phase", "3", "--start", "2026-09-01", "--json", NULL },
    (const char *[]) { "--schedule", "--start", "2026-09-01", "--json", NULL },
    (const char *[]) { "--schedule", "--phase", "1", "--json", NULL },
    (const char *[]) { "--schedule", "--phase", "1", "--start", "2026-02-30", "--json", NULL },
    (const char *[]) { "--schedule", "--phase", "1", "--start", "1-9-2026", "--json", NULL },
    (const char *[]) { "--schedule", "--phase", "1", "--start", "2026-09-01", "--parttime", "0.3", NULL },
    (const char *[]) { "--schedule", "--phase", "1", "--start", "2026-09-01", "--parttime", "full", NULL },
    (const char *[]) { "--schedule", "--phase", "1", "--start", "2026-09-01", "--leave", "2026-10-01", NULL },
    (const char *[]) { "--schedule", "--phase", "1", "--start", "2026-09-01", "--leave", "2026-10-10:2026-10-01", NULL },
    (const char *[]) { "--schedule", "--phase", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(OplTestRun) run = { 0 };

      run_app (&run, cases[i]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      assert_one_line_error (&run);
    }
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

static const char *
find_missing (JsonObject *root,
              const char *what)
{
  JsonArray *missing = json_object_get_array_member (root, "missing");

  for (guint i = 0; i < json_array_get_length (missing); i++)
    {
      JsonObject *need = json_array_get_object_element (missing, i);

      if (g_str_equal (json_object_get_string_member (need, "what"), what))
        return json_object_get_string_member (need, "by");
    }

  return NULL;
}

/* The scholing issue, exactly: --database F --scholing --profile ID --year YYYY --json
 * prints the requirement, the counted days by kind, what is missing, and the leergang
 * status (domain.md, "Scholing of the opleider"). */
static void
test_scholing_json (void)
{
  g_autofree char *path = opl_test_db_path ("cli-scholing.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) duo_parser = json_parser_new ();
  g_autoptr(JsonParser) earlier_parser = json_parser_new ();
  g_autofree char *anna_id = g_strdup (opl_person_get_id (opl_store_find_profile (store, "hoofdopleider")));
  g_auto(OplTestRun) run = { 0 };
  g_auto(OplTestRun) duo = { 0 };
  g_auto(OplTestRun) earlier = { 0 };
  g_auto(OplTestRun) text = { 0 };
  JsonObject *root, *requirement, *counted, *by_kind, *leergang;
  JsonArray *leergangen;

  g_clear_object (&store);
  run_app (&run, (const char *[]) { "--database", path, "--scholing", "--profile", anna_id,
                                    "--year", "2026", "--json", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_object (parser, run.out);

  g_assert_cmpint (json_object_get_int_member (root, "year"), ==, 2026);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "opleidingsjaar"), "start"),
                   ==, "2026-09-01");
  requirement = json_object_get_object_member (root, "requirement");
  g_assert_cmpfloat (json_object_get_double_member (requirement, "days"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (requirement, "paralleldagen"), ==, 5);
  g_assert_true (json_object_get_boolean_member (requirement, "paralleldagen_obligatory"));

  counted = json_object_get_object_member (root, "counted");
  by_kind = json_object_get_object_member (counted, "by_kind");
  g_assert_cmpfloat (json_object_get_double_member (counted, "total"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (by_kind, "paralleldag"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (by_kind, "leergang"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (by_kind, "startersdag"), ==, 0);

  g_assert_cmpstr (find_missing (root, "days"), ==, "2027-08-31");
  g_assert_cmpstr (find_missing (root, "paralleldagen"), ==, "2027-08-31");

  leergangen = json_object_get_array_member (root, "leergangen");
  g_assert_cmpuint (json_array_get_length (leergangen), ==, 6);
  leergang = json_array_get_object_element (leergangen, 1);
  g_assert_cmpint (json_object_get_int_member (leergang, "number"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (leergang, "title"), ==, "Leergesprekken");
  g_assert_cmpstr (json_object_get_string_member (leergang, "status"), ==, "completed");
  g_assert_true (json_object_get_boolean_member (json_object_get_object_member (root, "path"), "certificate"));

  /* The duo-opleider by role: 8, not split, since the demo's duo is in their third year
   * (seed 001: only "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen");
   * paralleldagen optional, so never missing. */
  run_app (&duo, (const char *[]) { "--database", path, "--scholing", "--profile", "duo-opleider",
                                    "--year", "2026", "--json", NULL });
  g_assert_cmpint (duo.status, ==, 0);
  root = parse_object (duo_parser, duo.out);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root, "requirement"), "days"), ==, 8);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root, "counted"), "total"), ==, 2.5);
  g_assert_null (find_missing (root, "paralleldagen"));
  g_assert_cmpstr (find_missing (root, "replacement-assignment"), ==, "2026-08-31");
  leergang = json_array_get_object_element (json_object_get_array_member (root, "leergangen"), 1);
  g_assert_cmpstr (json_object_get_string_member (leergang, "status"), ==, "replacement-needed");

  /* An earlier opleidingsjaar: the hoofdopleider's five paralleldagen of 2025. */
  run_app (&earlier, (const char *[]) { "--database", path, "--scholing", "--year", "2025", "--json", NULL });
  g_assert_cmpint (earlier.status, ==, 0);
  root = parse_object (earlier_parser, earlier.out);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "counted"), "paralleldagen"), ==, 5);
  g_assert_null (find_missing (root, "paralleldagen"));

  run_app (&text, (const char *[]) { "--database", path, "--scholing", "--year", "2026", NULL });
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "4 of 8 days, 2 of 5 paralleldagen"));
}

/* Bad arguments exit 2, a file that can't be used 1; one line on stderr. */
static void
test_scholing_bad_arguments (void)
{
  g_autofree char *path = opl_test_db_path ("cli-scholing-bad.db");
  g_autofree char *missing = opl_test_db_path ("no-such.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  const char * const *usage[] = {
    (const char *[]) { "--database", path, "--scholing", "--year", "26", "--json", NULL },
    (const char *[]) { "--database", path, "--scholing", "--year", "twee", "--json", NULL },
    (const char *[]) { "--database", path, "--scholing", "--year", "1800", "--json", NULL },
    (const char *[]) { "--database", path, "--scholing", "--profile", "Niemand", "--json", NULL },
    (const char *[]) { "--database", path, "--scholing", "--profile", "aios", "--json", NULL },
    (const char *[]) { "--database", path, "--scholing", "--year", NULL },
  };
  g_auto(OplTestRun) absent = { 0 };

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(OplTestRun) run = { 0 };

      run_app (&run, usage[i]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      assert_one_line_error (&run);
    }

  run_app (&absent, (const char *[]) { "--database", missing, "--scholing", "--year", "2026", "--json", NULL });
  g_assert_cmpint (absent.status, ==, 1);
  assert_one_line_error (&absent);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Issue 8: `--demo --years N [--seed S]` makes N years of history; the same seed the
 * same practice; bad values are refused with one line and exit 2, no file written. */
static void
test_demo_years (void)
{
  g_autofree char *path = opl_test_db_path ("cli-years.db");
  g_autofree char *path2 = opl_test_db_path ("cli-years-2.db");
  g_autofree char *never = opl_test_db_path ("cli-years-never.db");
  const char * const *bad[] = {
    (const char *[]) { "--database", never, "--demo", "--years", "0", NULL },
    (const char *[]) { "--database", never, "--demo", "--years", "51", NULL },
    (const char *[]) { "--database", never, "--demo", "--years", "ten", NULL },
    (const char *[]) { "--database", never, "--demo", "--years", "2", "--seed", "-1", NULL },
    (const char *[]) { "--database", never, "--demo", "--seed", "4", NULL },
    (const char *[]) { "--database", never, "--years", "2", NULL },
  };
  g_auto(OplTestRun) first = { 0 };
  g_auto(OplTestRun) second = { 0 };
  g_auto(OplTestRun) check = { 0 };

  run_app (&first, (const char *[]) { "--database", path, "--demo", "--years", "2", "--seed", "9", NULL });
  g_assert_cmpint (first.status, ==, 0);
  g_assert_nonnull (strstr (first.out, "2 years of history (seed 9)"));

  run_app (&check, (const char *[]) { "--database", path, "--check", NULL });
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "healthy"));

  /* The counts the generator prints are the same for the same seed. */
  run_app (&second, (const char *[]) { "--database", path2, "--demo", "--years", "2", "--seed", "9", NULL });
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (strchr (first.out, '\n'), !=, NULL);
  {
    g_auto(GStrv) a = g_strsplit (first.out, "\n", -1);
    g_auto(GStrv) b = g_strsplit (second.out, "\n", -1);
    g_autofree char *a_counts = g_strndup (a[1], strstr (a[1], ", in ") - a[1]);
    g_autofree char *b_counts = g_strndup (b[1], strstr (b[1], ", in ") - b[1]);

    g_assert_cmpstr (a_counts, ==, b_counts);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(OplTestRun) run = { 0 };

      run_app (&run, bad[i]);
      g_assert_cmpint (run.status, ==, 2);
      assert_one_line_error (&run);
      g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/opl/cli/command-loads-no-gtk", test_command_loads_no_gtk);
  g_test_add_func ("/opl/cli/demo-then-check", test_demo_then_check);
  g_test_add_func ("/opl/cli/check-bad-files", test_check_bad_files);
  g_test_add_func ("/opl/cli/check-finds-damage", test_check_finds_damage);
  g_test_add_func ("/opl/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/opl/cli/schedule-json", test_schedule_json);
  g_test_add_func ("/opl/cli/schedule-bad-arguments", test_schedule_bad_arguments);
  g_test_add_func ("/opl/cli/checklist-json", test_checklist_json);
  g_test_add_func ("/opl/cli/calendar", test_calendar);
  g_test_add_func ("/opl/cli/forms-json", test_forms_json);
  g_test_add_func ("/opl/cli/locked-profile", test_locked_profile);
  g_test_add_func ("/opl/cli/scholing-json", test_scholing_json);
  g_test_add_func ("/opl/cli/scholing-bad-arguments", test_scholing_bad_arguments);
  g_test_add_func ("/opl/cli/demo-years", test_demo_years);

  return g_test_run ();
}
