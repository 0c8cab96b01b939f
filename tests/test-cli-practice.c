/* test-cli-practice.c: running the practice from the command line (issue 14, the last
 * item of "What it must do": `--add-person`, `--add-traject`, `--add-leave`,
 * `--end-traject` and the rest, with `--json` and the exit codes of the README's
 * "Command line").
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app runs as a script would run it, without a display, on a demo practice made by
 * `--demo` and on a new, empty file. What a mode prints is checked against what the
 * database holds afterwards, read through the core; every refusal is checked to write
 * nothing (the database's digest is the same before and after).
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "opl-date.h"
#include "opl-store-practice.h"
#include "opl-test-utils.h"

/* The demo's day (opl_test_fixed_today()): opleidingsjaar 2026 runs. */
#define TODAY "2026-11-22"

static void
run_app (OplTestRun         *run,
         const char * const *args)
{
  opl_test_run_app (run, args, TODAY);
}

/* A new file holding the demo practice, made by `--demo`. */
static char *
demo_path (const char *name)
{
  g_autofree char *path = opl_test_db_path (name);
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, (const char *[]) { "--database", path, "--demo", NULL });
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&path);
}

/* Runs @args, which must succeed without a word on stderr. */
static void
run_ok (OplTestRun         *run,
        const char * const *args)
{
  run_app (run, args);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpint (run->status, ==, 0);
}

/* A refusal: @status, nothing on stdout, one line on stderr that says @needle. */
static void
assert_refused (OplTestRun *run,
                int         status,
                const char *needle)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "opleidingspraktijk: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (needle != NULL && strstr (run->err, needle) == NULL)
    g_error ("“%s” does not say “%s”", run->err, needle);
}

static char *
digest (const char *path)
{
  g_autoptr(OplDatabase) database = opl_test_open (path);

  return opl_test_digest_database (database);
}

/* Runs @args on @path, which must be refused with @status and @needle, writing nothing. */
static void
assert_refused_untouched (const char         *path,
                          const char * const *args,
                          int                 status,
                          const char         *needle)
{
  g_autofree char *before = digest (path);
  g_autofree char *after = NULL;
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, args);
  assert_refused (&run, status, needle);
  after = digest (path);
  g_assert_cmpstr (after, ==, before);
}

/* The object @member of the JSON document @text. */
static JsonObject *
json_member (JsonParser *parser,
             const char *text,
             const char *member)
{
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (root), ==, 1);
  return json_object_get_object_member (root, member);
}

static char *
person_id (const char *path,
           const char *name)
{
  g_autoptr(OplStore) store = opl_test_open_store (path);

  return g_strdup (opl_person_get_id (opl_test_find_person (store, name)));
}

/* The traject of the aios called @name that has not ended on TODAY. */
static char *
current_traject_id (const char *path,
                    const char *name)
{
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *aios = opl_test_find_person (store, name);
  GDate today;

  opl_test_fixed_today (&today);
  trajecten = opl_store_list_trajecten (store, opl_person_get_id (aios), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_str_equal (opl_traject_get_aios_id (traject), opl_person_get_id (aios)) &&
          !opl_traject_has_ended (traject, &today))
        return g_strdup (opl_traject_get_id (traject));
    }

  g_error ("%s has no current traject", name);
}

static OplTraject *
get_traject (OplStore   *store,
             const char *traject_id)
{
  g_autoptr(GError) error = NULL;
  OplTraject *traject = opl_store_get_traject (store, traject_id, &error);

  g_assert_no_error (error);
  return traject;
}

/* The due date of moment @kind of training month @month, as the store schedules it. */
static char *
due_of (const char    *path,
        const char    *traject_id,
        OplMomentKind  kind,
        int            month)
{
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(OplTraject) traject = get_traject (store, traject_id);
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  opl_test_fixed_today (&today);
  moments = opl_store_get_schedule (store, traject, &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == kind && moment->month == month)
        return opl_date_to_iso (&moment->due);
    }

  g_error ("No moment %d of month %d", kind, month);
}

static void
assert_year_role (const char *path,
                  const char *name,
                  int         year,
                  OplRole     role,
                  int         experienced)
{
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(GError) error = NULL;
  OplOpleiderYear found;

  g_assert_true (opl_store_get_opleider_year (store, opl_test_find_person (store, name), year, &found, &error));
  g_assert_no_error (error);
  g_assert_true (found.stored);
  g_assert_cmpint (found.role, ==, role);
  g_assert_cmpint (found.experienced, ==, experienced);
}

/* People ------------------------------------------------------------------------- */

/* Adding a person, to the demo and to a file that does not exist yet: what --json
 * prints is what the database holds. */
static void
test_add_person (void)
{
  g_autofree char *path = demo_path ("cli-practice-person.db");
  g_autofree char *fresh = opl_test_db_path ("cli-practice-new.db");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) fresh_parser = json_parser_new ();
  g_auto(OplTestRun) femke = { 0 };
  g_auto(OplTestRun) gijs = { 0 };
  g_auto(OplTestRun) first = { 0 };
  JsonObject *person;

  run_ok (&femke, (const char *[]) { "--database", path, "--add-person", "Femke de Boer", "--role", "aios",
                                     "--json", NULL });
  person = json_member (parser, femke.out, "person");
  g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, "Femke de Boer");
  g_assert_cmpstr (json_object_get_string_member (person, "role"), ==, "aios");
  g_assert_true (json_object_get_null_member (person, "opleider_since"));
  g_assert_false (json_object_get_boolean_member (person, "archived"));
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    OplPerson *stored = opl_store_lookup_person (store, json_object_get_string_member (person, "id"));

    g_assert_nonnull (stored);
    g_assert_cmpstr (opl_person_get_name (stored), ==, "Femke de Boer");
    g_assert_cmpint (opl_person_get_role (stored), ==, OPL_ROLE_AIOS);
    g_assert_false (opl_person_is_archived (stored));
  }

  /* Without --json: one line in words, with the id a script needs next. */
  run_ok (&gijs, (const char *[]) { "--database", path, "--add-person", "Gijs Peters", "--role", "duo-opleider",
                                    "--opleider-since", "2025", NULL });
  g_assert_true (g_str_has_prefix (gijs.out, "Added Gijs Peters, duo-opleider (id "));
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    OplPerson *stored = opl_test_find_person (store, "Gijs Peters");

    g_assert_cmpint (opl_person_get_opleider_since (stored), ==, 2025);
    g_assert_nonnull (strstr (gijs.out, opl_person_get_id (stored)));
  }

  /* A practice has one hoofdopleider (domain.md, Glossary): refused by the store. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-person", "Iris Smit",
                                                     "--role", "hoofdopleider", NULL }, 1, "hoofdopleider");
  /* A year an aios became opleider means nothing: a mistake in the arguments. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-person", "Iris Smit",
                                                     "--role", "aios", "--opleider-since", "2020", NULL }, 2, NULL);

  /* A file that does not exist yet is made, with the person in it. */
  run_ok (&first, (const char *[]) { "--database", fresh, "--add-person", "Anna de Vries", "--role", "hoofdopleider",
                                     "--opleider-since", "2019", "--json", NULL });
  person = json_member (fresh_parser, first.out, "person");
  g_assert_cmpint (json_object_get_int_member (person, "opleider_since"), ==, 2019);
  {
    g_autoptr(OplStore) store = opl_test_open_store (fresh);
    OplPerson *anna = opl_store_find_profile (store, "hoofdopleider");

    g_assert_cmpuint (g_list_model_get_n_items (opl_store_get_all_people (store)), ==, 1);
    g_assert_cmpstr (opl_person_get_id (anna), ==, json_object_get_string_member (person, "id"));
    g_assert_cmpint (opl_person_get_opleider_since (anna), ==, 2019);
  }
}

/* A person is found by id or by full name in any case, and renamed. */
static void
test_rename_person (void)
{
  g_autofree char *path = demo_path ("cli-practice-rename.db");
  g_autofree char *bram = person_id (path, "Bram Jansen");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) rename = { 0 };
  g_auto(OplTestRun) by_id = { 0 };
  JsonObject *person;

  run_ok (&rename, (const char *[]) { "--database", path, "--rename-person", "bram JANSEN", "--name", "Bram de Wit",
                                      "--json", NULL });
  person = json_member (parser, rename.out, "person");
  g_assert_cmpstr (json_object_get_string_member (person, "id"), ==, bram);
  g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, "Bram de Wit");
  g_assert_cmpint (json_object_get_int_member (person, "opleider_since"), ==, 2024);
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);

    g_assert_cmpstr (opl_person_get_name (opl_store_lookup_person (store, bram)), ==, "Bram de Wit");
  }

  /* The old name names no one any more: exit 2, as for --profile. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--rename-person", "Bram Jansen",
                                                     "--name", "Bram", NULL }, 2, "Bram Jansen");
  /* An empty name is refused by the store's rule (1 to 200 characters). */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--rename-person", bram,
                                                     "--name", "   ", NULL }, 1, NULL);

  run_ok (&by_id, (const char *[]) { "--database", path, "--rename-person", bram, "--name", "Bram Jansen", NULL });
  g_assert_cmpstr (by_id.out, ==, "Renamed Bram de Wit to Bram Jansen\n");
}

static gboolean
export_has_traject_of (const char *path,
                       const char *aios_id)
{
  g_autofree char *folder = opl_test_db_path ("cli-practice-export");
  g_autofree char *file = g_build_filename (folder, "export.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(OplTestRun) run = { 0 };
  JsonArray *trajecten;

  run_ok (&run, (const char *[]) { "--database", path, "--export", folder, "--format", "json", NULL });
  json_parser_load_from_file (parser, file, &error);
  g_assert_no_error (error);
  trajecten = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "trajecten");
  for (guint i = 0; i < json_array_get_length (trajecten); i++)
    {
      if (g_str_equal (json_object_get_string_member (json_array_get_object_element (trajecten, i), "aios_id"),
                       aios_id))
        return TRUE;
    }

  return FALSE;
}

/* Issue 14: "archived people leave the profile chooser but keep all their history". */
static void
test_archive_keeps_history (void)
{
  g_autofree char *path = demo_path ("cli-practice-archive.db");
  g_autofree char *eva = person_id (path, "Eva Mulder");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) before = { 0 };
  g_auto(OplTestRun) archive = { 0 };
  g_auto(OplTestRun) after = { 0 };
  g_auto(OplTestRun) unarchive = { 0 };
  g_auto(OplTestRun) back = { 0 };

  run_ok (&before, (const char *[]) { "--database", path, "--forms", "--profile", "Eva Mulder", NULL });

  run_ok (&archive, (const char *[]) { "--database", path, "--archive-person", "Eva Mulder", "--json", NULL });
  g_assert_true (json_object_get_boolean_member (json_member (parser, archive.out, "person"), "archived"));

  run_app (&after, (const char *[]) { "--database", path, "--forms", "--profile", "Eva Mulder", NULL });
  assert_refused (&after, 2, "--profile");
  g_assert_true (export_has_traject_of (path, eva));
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (store, eva, NULL);
    GListModel *people = opl_store_get_people (store);

    for (guint i = 0; i < g_list_model_get_n_items (people); i++)
      {
        g_autoptr(OplPerson) person = g_list_model_get_item (people, i);

        g_assert_cmpstr (opl_person_get_id (person), !=, eva);
      }
    g_assert_true (opl_person_is_archived (opl_store_lookup_person (store, eva)));
    g_assert_cmpuint (trajecten->len, ==, 1);
  }

  /* PERSON includes the archived, so that they can come back. */
  run_ok (&unarchive, (const char *[]) { "--database", path, "--unarchive-person", "eva mulder", NULL });
  g_assert_cmpstr (unarchive.out, ==, "Eva Mulder is a profile of the practice again\n");
  run_ok (&back, (const char *[]) { "--database", path, "--forms", "--profile", "Eva Mulder", NULL });
}

/* Trajecten ---------------------------------------------------------------------- */

static void
add_person (const char *path,
            const char *name,
            const char *role,
            const char *since)
{
  g_auto(OplTestRun) run = { 0 };

  run_ok (&run, (const char *[]) { "--database", path, "--add-person", name, "--role", role,
                                   since != NULL ? "--opleider-since" : NULL, since, NULL });
}

static JsonObject *
opleider_of (JsonObject *traject,
             guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (traject, "opleiders"), index);
}

/* A new practice gets an aios with a duo, 50 % each (seed 003: "Duo-opleiderschap, samen
 * met een collega in de huisartspraktijk een aios opleiden"; issue 14: "the opleider or
 * the duo with their shares"); the store's refusals come back as exit 1 and write
 * nothing. */
static void
test_add_traject_duo (void)
{
  g_autofree char *path = opl_test_db_path ("cli-practice-traject.db");
  g_autofree char *femke = NULL;
  g_autofree char *anna = NULL;
  g_autofree char *bram = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) equal_parser = json_parser_new ();
  g_autoptr(JsonParser) alone_parser = json_parser_new ();
  g_auto(OplTestRun) duo = { 0 };
  g_auto(OplTestRun) equal = { 0 };
  g_auto(OplTestRun) alone = { 0 };
  JsonObject *traject;

  add_person (path, "Anna de Vries", "hoofdopleider", "2019");
  add_person (path, "Bram Jansen", "duo-opleider", "2024");
  add_person (path, "Femke de Boer", "aios", NULL);
  add_person (path, "Gijs Peters", "aios", NULL);
  add_person (path, "Hanna Kok", "aios", NULL);
  femke = person_id (path, "Femke de Boer");
  anna = person_id (path, "Anna de Vries");
  bram = person_id (path, "Bram Jansen");

  run_ok (&duo, (const char *[]) { "--database", path, "--add-traject", "--aios", "Femke de Boer", "--phase", "1",
                                   "--start", "2026-09-01", "--opleider", "Anna de Vries:50%",
                                   "--opleider", "bram jansen:0.5", "--json", NULL });
  traject = json_member (parser, duo.out, "traject");
  g_assert_cmpstr (json_object_get_string_member (traject, "aios"), ==, femke);
  g_assert_cmpint (json_object_get_int_member (traject, "phase"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (traject, "start"), ==, "2026-09-01");
  g_assert_true (json_object_get_null_member (traject, "end"));
  g_assert_true (json_object_get_null_member (traject, "end_reason"));
  g_assert_cmpfloat (json_object_get_double_member (traject, "parttime"), ==, 1.0);
  g_assert_cmpstr (json_object_get_string_member (opleider_of (traject, 0), "id"), ==, anna);
  g_assert_cmpfloat (json_object_get_double_member (opleider_of (traject, 0), "share"), ==, 0.5);
  g_assert_cmpstr (json_object_get_string_member (opleider_of (traject, 1), "name"), ==, "Bram Jansen");
  g_assert_cmpfloat (json_object_get_double_member (opleider_of (traject, 1), "share"), ==, 0.5);
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    g_autoptr(OplTraject) stored = get_traject (store, json_object_get_string_member (traject, "id"));

    g_assert_cmpstr (opl_traject_get_aios_id (stored), ==, femke);
    g_assert_cmpint (opl_traject_get_phase (stored), ==, OPL_PHASE_I);
    g_assert_cmpfloat (opl_traject_get_share_of (stored, anna), ==, 0.5);
    g_assert_cmpfloat (opl_traject_get_share_of (stored, bram), ==, 0.5);
  }

  /* Issue 14: "a second active traject for the same aios" is refused. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Femke de Boer",
                                                     "--phase", "2", "--start", "2027-09-01",
                                                     "--opleider", "Anna de Vries", NULL }, 1, "already has a traject");
  /* Issue 14: "shares that do not add up to 100 %". */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01",
                                                     "--opleider", "Anna de Vries:60%", "--opleider", "Bram Jansen:0.6",
                                                     NULL }, 1, "120");
  /* 0.3 is a well-formed number, so not a usage error (2) as a word or "1,2" would be:
   * the training refuses it (domain.md, "Roles": at least 2.5 days a week, so 0.5 to 1.0;
   * OPL_PARTTIME_MIN), and the store says so in its words like any other rule: exit 1.
   * (--schedule, which writes nothing, checks the range itself and exits 2.) */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01", "--parttime", "0.3",
                                                     "--opleider", "Anna de Vries", NULL }, 1, "part-time");
  /* Only an opleider trains an aios. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01",
                                                     "--opleider", "Femke de Boer", NULL }, 1, "opleider");
  /* Mistakes in the arguments. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "3", "--start", "2026-09-01",
                                                     "--opleider", "Anna de Vries", NULL }, 2, "--phase");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01",
                                                     "--opleider", "Anna de Vries:half", NULL }, 2, "share");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01", "--parttime", "1,0",
                                                     "--opleider", "Anna de Vries", NULL }, 2, "--parttime");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01",
                                                     "--opleider", "Anna de Vries", "--opleider", anna, NULL },
                            2, "twice");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01",
                                                     "--opleider", "Niemand", NULL }, 2, "Niemand");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters",
                                                     "--phase", "1", "--start", "2026-09-01", NULL }, 2, "--opleider");

  /* Several opleiders without shares share equally; one alone has 100 %. */
  run_ok (&equal, (const char *[]) { "--database", path, "--add-traject", "--aios", "Gijs Peters", "--phase", "2",
                                     "--start", "2026-09-01", "--opleider", "Anna de Vries",
                                     "--opleider", "Bram Jansen", "--json", NULL });
  traject = json_member (equal_parser, equal.out, "traject");
  g_assert_cmpint (json_object_get_int_member (traject, "phase"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (opleider_of (traject, 0), "share"), ==, 0.5);
  g_assert_cmpfloat (json_object_get_double_member (opleider_of (traject, 1), "share"), ==, 0.5);

  run_ok (&alone, (const char *[]) { "--database", path, "--add-traject", "--aios", "Hanna Kok", "--phase", "1",
                                     "--start", "2026-10-01", "--parttime", "0.8", "--opleider", "Bram Jansen",
                                     "--json", NULL });
  traject = json_member (alone_parser, alone.out, "traject");
  g_assert_cmpfloat (json_object_get_double_member (traject, "parttime"), ==, 0.8);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (traject, "opleiders")), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (opleider_of (traject, 0), "share"), ==, 1.0);
}

/* Leave moves the schedule: domain.md, "The training year", interruptions move every
 * later moment by their length once they add up to more than 10 days. */
static void
test_add_leave_moves_schedule (void)
{
  g_autofree char *path = demo_path ("cli-practice-leave.db");
  g_autofree char *traject_id = current_traject_id (path, "Charlotte Bakker");
  g_autofree char *before = due_of (path, traject_id, OPL_MOMENT_COMBEL, 3);
  g_autofree char *after = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) default_parser = json_parser_new ();
  g_auto(OplTestRun) illness = { 0 };
  g_auto(OplTestRun) leave = { 0 };
  JsonObject *row;

  /* Charlotte's fase I traject starts 1 July 2026: ComBel month 3 on 1 October. */
  g_assert_cmpstr (before, ==, "2026-10-01");

  run_ok (&illness, (const char *[]) { "--database", path, "--add-leave", "Charlotte Bakker",
                                       "--leave", "2026-08-03:2026-08-30", "--kind", "ziekte", "--json", NULL });
  row = json_member (parser, illness.out, "leave");
  g_assert_cmpstr (json_object_get_string_member (row, "traject"), ==, traject_id);
  g_assert_cmpstr (json_object_get_string_member (row, "kind"), ==, "ziekte");
  g_assert_cmpstr (json_object_get_string_member (row, "start"), ==, "2026-08-03");
  g_assert_cmpstr (json_object_get_string_member (row, "end"), ==, "2026-08-30");
  g_assert_cmpuint (strlen (json_object_get_string_member (row, "id")), ==, 36);

  /* 28 days of illness: ComBel month 3 moves by 28 days. */
  after = due_of (path, traject_id, OPL_MOMENT_COMBEL, 3);
  g_assert_cmpstr (after, ==, "2026-10-29");

  /* TRAJECT may be the traject's id; leave is verlof unless --kind says otherwise. */
  run_ok (&leave, (const char *[]) { "--database", path, "--add-leave", traject_id,
                                     "--leave", "2026-12-28:2026-12-31", "--json", NULL });
  g_assert_cmpstr (json_object_get_string_member (json_member (default_parser, leave.out, "leave"), "kind"),
                   ==, "verlof");
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    g_autoptr(OplTraject) traject = get_traject (store, traject_id);

    g_assert_cmpuint (opl_traject_get_n_leaves (traject), ==, 2);
  }

  /* Issue 14: "overlapping leave" is refused, and leave outside the traject. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-leave", "Charlotte Bakker",
                                                     "--leave", "2026-08-20:2026-09-04", NULL }, 1, "overlaps");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-leave", "Charlotte Bakker",
                                                     "--leave", "2026-06-01:2026-06-05", NULL }, 1, "within");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-leave", "Charlotte Bakker",
                                                     "--leave", "2026-10-10:2026-10-01", NULL }, 1, "before");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-leave", "Charlotte Bakker",
                                                     "--leave", "2026-10-10", NULL }, 2, "--leave");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-leave", "Charlotte Bakker",
                                                     "--leave", "2026-10-01:2026-10-02", "--kind", "vakantie", NULL },
                            2, "--kind");
  /* An aios whose trajecten have all ended has no current one to mean. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-leave", "Eva Mulder",
                                                     "--leave", "2026-10-01:2026-10-02", NULL }, 2, "Eva Mulder");
}

/* Seed 004: a traject ends early "door bijvoorbeeld zwangerschap, uitval, of
 * ontkoppeling", and the reason is kept. */
static void
test_end_traject (void)
{
  g_autofree char *path = demo_path ("cli-practice-end.db");
  g_autofree char *daan = current_traject_id (path, "Daan Visser");
  g_autofree char *charlotte = current_traject_id (path, "Charlotte Bakker");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) end = { 0 };
  g_auto(OplTestRun) regular = { 0 };
  JsonObject *traject;

  run_ok (&end, (const char *[]) { "--database", path, "--end-traject", "Daan Visser", "--date", "2026-12-31",
                                   "--reason", "uitval", "--note", "Gestopt met de opleiding", "--json", NULL });
  traject = json_member (parser, end.out, "traject");
  g_assert_cmpstr (json_object_get_string_member (traject, "id"), ==, daan);
  g_assert_cmpstr (json_object_get_string_member (traject, "end"), ==, "2026-12-31");
  g_assert_cmpstr (json_object_get_string_member (traject, "end_reason"), ==, "uitval");
  g_assert_cmpstr (json_object_get_string_member (traject, "end_note"), ==, "Gestopt met de opleiding");
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    g_autoptr(OplTraject) stored = get_traject (store, daan);
    GDate last;

    g_assert_true (opl_date_parse_iso ("2026-12-31", &last));
    g_assert_cmpint (g_date_compare (opl_traject_get_end (stored), &last), ==, 0);
    g_assert_cmpint (opl_traject_get_end_reason (stored), ==, OPL_END_UITVAL);
  }

  /* The end must come after the start (2026-07-01). */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--end-traject", charlotte,
                                                     "--date", "2026-06-30", NULL }, 1, "after");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--end-traject", charlotte,
                                                     "--date", "2027-06-30", "--reason", "verhuizing", NULL },
                            2, "--reason");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--end-traject", charlotte, NULL },
                            2, "--date");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--end-traject", "Anna de Vries",
                                                     "--date", "2027-06-30", NULL }, 2, "no aios");

  run_ok (&regular, (const char *[]) { "--database", path, "--end-traject", "charlotte bakker",
                                       "--date", "2027-06-30", NULL });
  g_assert_cmpstr (regular.out, ==, "Ended the traject of Charlotte Bakker on 2027-06-30\n");
}

/* Closures and the coschap ----------------------------------------------------------- */

static void
test_add_closure (void)
{
  g_autofree char *path = demo_path ("cli-practice-closure.db");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) summer = { 0 };
  JsonObject *closure;
  gboolean found = FALSE;

  run_ok (&summer, (const char *[]) { "--database", path, "--add-closure", "2027-07-19:2027-08-06",
                                      "--note", "Zomervakantie", "--json", NULL });
  closure = json_member (parser, summer.out, "closure");
  g_assert_cmpstr (json_object_get_string_member (closure, "start"), ==, "2027-07-19");
  g_assert_cmpstr (json_object_get_string_member (closure, "end"), ==, "2027-08-06");
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) rows = opl_store_list_closures (store, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < rows->len; i++)
      {
        const OplClosureRow *row = &g_array_index (rows, OplClosureRow, i);

        if (g_str_equal (row->closure.id, json_object_get_string_member (closure, "id")))
          {
            g_autofree char *start = opl_date_to_iso (&row->closure.start);

            g_assert_cmpstr (start, ==, "2027-07-19");
            g_assert_cmpstr (row->reason, ==, "Zomervakantie");
            found = TRUE;
          }
      }
  }
  g_assert_true (found);

  /* The demo is closed from 21 December to 1 January: closures do not overlap. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-closure", "2026-12-31:2027-01-02",
                                                     NULL }, 1, "already closed");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-closure", "2027-10-20:2027-10-10",
                                                     NULL }, 1, "before");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-closure", "2027-10-20",
                                                     NULL }, 2, "--add-closure");
}

/* Seed 000: "Het opleiden van een coassistent door aios is alleen mogelijk in de laatste
 * fase van de opleiding"; the coschap "duurt zes weken". */
static void
test_set_coschap (void)
{
  g_autofree char *path = demo_path ("cli-practice-coschap.db");
  g_autofree char *daan = current_traject_id (path, "Daan Visser");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) run = { 0 };
  JsonObject *coschap;

  /* Charlotte is in fase I. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--set-coschap", "Charlotte Bakker",
                                                     "--start", "2026-12-07", NULL }, 1, "last phase");

  run_ok (&run, (const char *[]) { "--database", path, "--set-coschap", "Daan Visser", "--start", "2027-01-11",
                                   "--json", NULL });
  coschap = json_member (parser, run.out, "coschap");
  g_assert_cmpstr (json_object_get_string_member (coschap, "traject"), ==, daan);
  g_assert_cmpstr (json_object_get_string_member (coschap, "start"), ==, "2027-01-11");
  g_assert_cmpint (json_object_get_int_member (coschap, "weeks"), ==, 6);
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);
    g_autoptr(GError) error = NULL;
    g_auto(OplSlot) slot = { 0 };
    g_autofree char *start = NULL;

    g_assert_true (opl_store_get_slot (store, daan, &slot, &error));
    g_assert_no_error (error);
    start = opl_date_to_iso (&slot.coschap_start);
    g_assert_cmpstr (start, ==, "2027-01-11");
  }

  assert_refused_untouched (path, (const char *[]) { "--database", path, "--set-coschap", "Daan Visser", NULL },
                            2, "--start");
}

/* Roles per opleidingsjaar --------------------------------------------------------------- */

/* Seed 002: the plaatsvervangend opleider owes at least 4 days, "Het jaar erop dient deze
 * opleider wel 8 dagen te volgen en zijn/haar collega is dan plaatsvervangend opleider";
 * seed 001: only experienced duo-opleiders split the 8 days pro rata. */
static void
test_roles_per_year (void)
{
  g_autofree char *path = demo_path ("cli-practice-roles.db");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) swap_parser = json_parser_new ();
  g_autoptr(JsonParser) duo_parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(OplTestRun) set = { 0 };
  g_auto(OplTestRun) swap = { 0 };
  g_auto(OplTestRun) keep = { 0 };
  g_auto(OplTestRun) duo = { 0 };
  JsonObject *role;
  JsonArray *roles;

  /* Bram becomes plaatsvervangend opleider in the current opleidingsjaar. */
  run_ok (&set, (const char *[]) { "--database", path, "--set-role", "Bram Jansen", "--year", "2026",
                                   "--role", "plaatsvervangend-opleider", "--json", NULL });
  role = json_member (parser, set.out, "role");
  g_assert_cmpstr (json_object_get_string_member (role, "name"), ==, "Bram Jansen");
  g_assert_cmpint (json_object_get_int_member (role, "year"), ==, 2026);
  g_assert_cmpstr (json_object_get_string_member (role, "role"), ==, "plaatsvervangend-opleider");
  g_assert_true (json_object_get_null_member (role, "experienced"));
  assert_year_role (path, "Bram Jansen", 2026, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, -1);
  {
    g_autoptr(OplStore) store = opl_test_open_store (path);

    g_assert_cmpint (opl_person_get_role (opl_test_find_person (store, "Bram Jansen")), ==,
                     OPL_ROLE_PLAATSVERVANGEND_OPLEIDER);
  }

  /* The next year they swap. */
  run_ok (&swap, (const char *[]) { "--database", path, "--swap-roles", "--year", "2027", "--json", NULL });
  g_assert_true (json_parser_load_from_data (swap_parser, swap.out, -1, &error));
  roles = json_object_get_array_member (json_node_get_object (json_parser_get_root (swap_parser)), "roles");
  g_assert_cmpuint (json_array_get_length (roles), ==, 2);
  assert_year_role (path, "Anna de Vries", 2027, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, -1);
  assert_year_role (path, "Bram Jansen", 2027, OPL_ROLE_HOOFDOPLEIDER, -1);
  {
    /* 2027 has not begun: the roles in the app stay those of 2026. */
    g_autoptr(OplStore) store = opl_test_open_store (path);

    g_assert_cmpint (opl_person_get_role (opl_test_find_person (store, "Anna de Vries")), ==, OPL_ROLE_HOOFDOPLEIDER);
  }

  /* The swap is offered once a year. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--swap-roles", "--year", "2027", NULL },
                            1, "already set");

  run_ok (&keep, (const char *[]) { "--database", path, "--swap-roles", "--year", "2028", "--keep", NULL });
  g_assert_cmpstr (keep.out, ==,
                   "Opleidingsjaar 2028–2029: Anna de Vries is hoofdopleider, Bram Jansen plaatsvervangend opleider\n");
  assert_year_role (path, "Anna de Vries", 2028, OPL_ROLE_HOOFDOPLEIDER, -1);
  assert_year_role (path, "Bram Jansen", 2028, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, -1);

  run_ok (&duo, (const char *[]) { "--database", path, "--set-role", "Bram Jansen", "--year", "2025",
                                   "--role", "duo-opleider", "--experienced", "yes", "--json", NULL });
  g_assert_true (json_object_get_boolean_member (json_member (duo_parser, duo.out, "role"), "experienced"));
  assert_year_role (path, "Bram Jansen", 2025, OPL_ROLE_DUO_OPLEIDER, 1);

  /* A year has one hoofdopleider; an aios has no role per year. */
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--set-role", "Bram Jansen",
                                                     "--year", "2026", "--role", "hoofdopleider", NULL },
                            1, "hoofdopleider");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--set-role", "Charlotte Bakker",
                                                     "--year", "2026", "--role", "duo-opleider", NULL },
                            1, "Only an opleider");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--set-role", "Bram Jansen",
                                                     "--year", "2026", "--role", "plaatsvervangend-opleider",
                                                     "--experienced", "yes", NULL }, 2, "--experienced");
  assert_refused_untouched (path, (const char *[]) { "--database", path, "--set-role", "Bram Jansen",
                                                     "--year", "26", "--role", "duo-opleider", NULL }, 2, "--year");
}

/* The rest -------------------------------------------------------------------------- */

/* --profile is who made the change (the audit columns of design.md §5). */
static void
test_profile_is_actor (void)
{
  g_autofree char *path = demo_path ("cli-practice-actor.db");
  g_autofree char *anna = person_id (path, "Anna de Vries");
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM person WHERE name = 'Femke de Boer'"
                                          " AND created_by = '%s'", anna);
  g_auto(OplTestRun) run = { 0 };

  run_ok (&run, (const char *[]) { "--database", path, "--add-person", "Femke de Boer", "--role", "aios",
                                   "--profile", "hoofdopleider", NULL });
  {
    g_autoptr(OplDatabase) database = opl_test_open (path);

    g_assert_cmpint (opl_test_count (database, sql), ==, 1);
  }

  assert_refused_untouched (path, (const char *[]) { "--database", path, "--add-person", "Gijs Peters",
                                                     "--role", "aios", "--profile", "Niemand", NULL }, 2, "--profile");
}

/* Mistakes in the arguments: exit 2, one line, nothing written, and no file made. */
static void
test_usage_errors (void)
{
  g_autofree char *path = demo_path ("cli-practice-usage.db");
  g_autofree char *never = opl_test_db_path ("cli-practice-never.db");
  const struct
  {
    const char * const *args;
    const char         *says;
  } cases[] = {
    { (const char *[]) { "--add-person", "X", "--role", "aios", NULL }, "--database" },
    { (const char *[]) { "--database", never, "--role", "aios", NULL }, "--add-person" },
    { (const char *[]) { "--database", never, "--keep", NULL }, "--swap-roles" },
    { (const char *[]) { "--database", never, "--add-person", "X", "--role", "aios", "--reason", "uitval", NULL },
      "--reason" },
    { (const char *[]) { "--database", never, "--add-person", "X", "--archive-person", "Y", NULL },
      "do not go together" },
    { (const char *[]) { "--database", never, "--add-person", "X", "--role", "aios", "--export", "out", NULL },
      "--export" },
    { (const char *[]) { "--database", never, "--add-person", "X", NULL }, "--role" },
    { (const char *[]) { "--database", never, "--add-person", "X", "--role", "opleider", NULL }, "--role" },
    { (const char *[]) { "--database", never, "--rename-person", "X", NULL }, "--name" },
    { (const char *[]) { "--database", never, "--add-traject", "--phase", "1", "--start", "2026-09-01",
                         "--opleider", "A", NULL }, "--aios" },
    { (const char *[]) { "--database", never, "--add-traject", "--aios", "X", "--phase", "1", "--start", "2026-02-30",
                         "--opleider", "A", NULL }, "--start" },
    { (const char *[]) { "--database", never, "--add-leave", "X", "--leave", "2026-10-01:2026-10-02",
                         "--leave", "2026-11-01:2026-11-02", NULL }, "one --leave" },
    { (const char *[]) { "--database", never, "--end-traject", "X", "--date", "31-12-2026", NULL }, "--date" },
    { (const char *[]) { "--database", never, "--set-role", "X", "--year", "2026", "--role", "duo-opleider",
                         "--experienced", "maybe", NULL }, "--experienced" },
    { (const char *[]) { "--database", never, "--swap-roles", NULL }, "--year" },
    /* A PERSON or TRAJECT that names no one, in a file that did not exist. */
    { (const char *[]) { "--database", never, "--archive-person", "Niemand", NULL }, "Niemand" },
    { (const char *[]) { "--database", never, "--end-traject", "Niemand", "--date", "2026-12-31", NULL }, "Niemand" },
  };
  g_auto(OplTestRun) help = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(OplTestRun) run = { 0 };

      run_app (&run, cases[i].args);
      assert_refused (&run, 2, cases[i].says);
      g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
    }

  assert_refused_untouched (path, (const char *[]) { "--database", path, "--archive-person", "Niemand", NULL },
                            2, "Niemand");

  run_ok (&help, (const char *[]) { "--help-practice", NULL });
  g_assert_nonnull (strstr (help.out, "--add-traject"));
  g_assert_nonnull (strstr (help.out, "--swap-roles"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/cli-practice/add-person", test_add_person);
  g_test_add_func ("/opl/cli-practice/rename-person", test_rename_person);
  g_test_add_func ("/opl/cli-practice/archive-keeps-history", test_archive_keeps_history);
  g_test_add_func ("/opl/cli-practice/add-traject-duo", test_add_traject_duo);
  g_test_add_func ("/opl/cli-practice/add-leave-moves-schedule", test_add_leave_moves_schedule);
  g_test_add_func ("/opl/cli-practice/end-traject", test_end_traject);
  g_test_add_func ("/opl/cli-practice/add-closure", test_add_closure);
  g_test_add_func ("/opl/cli-practice/set-coschap", test_set_coschap);
  g_test_add_func ("/opl/cli-practice/roles-per-year", test_roles_per_year);
  g_test_add_func ("/opl/cli-practice/profile-is-actor", test_profile_is_actor);
  g_test_add_func ("/opl/cli-practice/usage-errors", test_usage_errors);

  return g_test_run ();
}
