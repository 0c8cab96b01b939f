/* test-cli-merge.c: copies for a laptop on the command line (issue 16): `--copy-out`
 * and `--merge` with `--prefer`, `--update-copy`, `--dry-run` and `--json`.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app runs as a script would run it, without a display. The laptop's changes are
 * SQL on the copy, as a store on it would write them (tests/test-merge.c). Every
 * refusal is checked to write nothing (the practice's digest is the same before and
 * after). The crash test kills `--merge` at random moments (seeded by the test's
 * seed, so a failing run can be repeated with --seed) and checks that the practice is
 * whole and has either none or all of the merge.
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "opl-store-privacy.h"
#include "opl-test-utils.h"

#define TODAY "2026-11-22"
#define LAPTOP_AT "2030-01-01T10:00:00.000Z"
#define PRACTICE_AT "2030-01-02T10:00:00.000Z"

/* The first leergesprek of the demo, whose fields the scenarios change. */
#define LEERGESPREK "(SELECT id FROM leergesprek ORDER BY date, id LIMIT 1)"

/* An answer of Charlotte's month-6 ComBel self-assessment: a private draft. */
#define MONTH_6 "(SELECT id FROM form WHERE kind = 'combel' AND moment_month = 6 AND author_role = 'aios')"
#define AN_ANSWER "(SELECT id FROM form_answer WHERE form_id = " MONTH_6 " ORDER BY item_id LIMIT 1)"

/* How many KPBs the laptop adds for the crash test, and how often it is killed. */
#define N_LAPTOP_KPB 400
#define N_KILLS 20

static void
run_app (OplTestRun         *run,
         const char * const *args)
{
  opl_test_run_app (run, args, TODAY);
}

/* A new practice file holding the demo, closed again. */
static char *
practice_path (const char *name)
{
  g_autofree char *path = opl_test_db_path (name);
  g_autoptr(OplStore) store = opl_test_demo_store (path);

  return g_steal_pointer (&path);
}

static void
exec_on (const char *path,
         const char *sql)
{
  g_autoptr(OplDatabase) database = opl_test_open (path);

  opl_test_exec (database, sql);
}

static gint64
count_on (const char *path,
          const char *sql)
{
  g_autoptr(OplDatabase) database = opl_test_open (path);

  return opl_test_count (database, sql);
}

static char *
digest (const char *path)
{
  g_autoptr(OplDatabase) database = opl_test_open (path);

  return opl_test_digest_database (database);
}

/* The first column of the first row of @sql on @path. */
static char *
text_on (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* What the copy at @path says about itself. */
static char *
copy_id_of (const char *path)
{
  return text_on (path, "SELECT copy_id FROM sync_copy_info");
}

/* Runs @args, which must succeed without a word on stderr. */
static void
run_ok (OplTestRun         *run,
        const char * const *args)
{
  run_app (run, args);
  if (run->status != 0)
    g_error ("exit %d: %s", run->status, run->err);
  g_assert_cmpstr (run->err, ==, "");
}

/* One line on stderr, prefixed, that says @needle; exit @status. */
static void
assert_one_line_error (OplTestRun *run,
                       int         status,
                       const char *needle)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_true (g_str_has_prefix (run->err, "opleidingspraktijk: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (needle != NULL && strstr (run->err, needle) == NULL)
    g_error ("“%s” does not say “%s”", run->err, needle);
}

/* Runs @args on the practice @path: refused with @status and @needle, nothing
 * written, nothing on stdout. */
static void
assert_refused (const char         *path,
                const char * const *args,
                int                 status,
                const char         *needle)
{
  g_autofree char *before = digest (path);
  g_autofree char *after = NULL;
  g_auto(OplTestRun) run = { 0 };

  run_app (&run, args);
  assert_one_line_error (&run, status, needle);
  g_assert_cmpstr (run.out, ==, "");
  after = digest (path);
  g_assert_cmpstr (after, ==, before);
}

/* The object @member of the JSON document @text, which has only that member. */
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

/* The line of @table in a merge's "lines", or %NULL. */
static JsonObject *
merge_line (JsonObject *merge,
            const char *table)
{
  JsonArray *lines = json_object_get_array_member (merge, "lines");

  for (guint i = 0; i < json_array_get_length (lines); i++)
    {
      JsonObject *line = json_array_get_object_element (lines, i);

      if (g_str_equal (json_object_get_string_member (line, "table"), table))
        return line;
    }

  return NULL;
}

/* `--copy-out`, which must succeed; the copy's path. */
static char *
copy_out (const char *practice,
          const char *name)
{
  g_autofree char *copy = opl_test_db_path (name);
  g_auto(OplTestRun) run = { 0 };

  run_ok (&run, (const char *[]) { "--database", practice, "--copy-out", copy, NULL });
  return g_steal_pointer (&copy);
}

/* "A copy for a laptop": written, recorded in the practice, said on one line or as
 * JSON; a file that is there, or a practice file that is itself a copy, refused. */
static void
test_copy_out (void)
{
  g_autofree char *practice = practice_path ("copy-out.db");
  g_autofree char *copy = opl_test_db_path ("copy-out-laptop.db");
  g_autofree char *text_copy = opl_test_db_path ("copy-out-text.db");
  g_autofree char *id = NULL;
  g_autofree char *taken_by = NULL;
  g_autofree char *file_digest = NULL;
  g_autofree char *file_digest_after = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) json = { 0 };
  g_auto(OplTestRun) text = { 0 };
  JsonObject *object;
  const char *copy_again[] = { "--database", practice, "--copy-out", copy, NULL };
  const char *from_copy[] = { "--database", copy, "--copy-out", text_copy, NULL };

  run_ok (&json, (const char *[]) { "--database", practice, "--copy-out", copy, "--profile", "Anna de Vries", "--json",
                                    NULL });
  object = json_member (parser, json.out, "copy");
  id = copy_id_of (copy);
  g_assert_nonnull (id);
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (object, "path"), ==, copy);
  g_assert_cmpstr (json_object_get_string_member (object, "practice"), ==, "Huisartsenpraktijk De Linde");
  g_assert_cmpstr (json_object_get_string_member (object, "taken_by"), ==, "Anna de Vries");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (object, "taken_at"), "20"));
  /* The practice knows the copy, taken by Anna. */
  taken_by = text_on (practice, "SELECT p.name FROM sync_copy c JOIN person p ON p.id = c.created_by");
  g_assert_cmpstr (taken_by, ==, "Anna de Vries");
  g_assert_cmpint (count_on (practice, "SELECT count(*) FROM sync_copy"), ==, 1);

  /* Without --json: one line, where and which. */
  run_ok (&text, (const char *[]) { "--database", practice, "--copy-out", text_copy, NULL });
  g_assert_nonnull (strstr (text.out, text_copy));
  g_free (id);
  id = copy_id_of (text_copy);
  g_assert_nonnull (strstr (text.out, id));
  g_assert_true (strchr (text.out, '\n') == text.out + strlen (text.out) - 1);

  /* A file that is there is not replaced: it may hold changes not merged yet. */
  file_digest = opl_test_file_digest (copy);
  assert_refused (practice, copy_again, 1, "already exists");
  file_digest_after = opl_test_file_digest (copy);
  g_assert_cmpstr (file_digest_after, ==, file_digest);

  /* Copies come from the practice, never from a copy. */
  g_unlink (text_copy);
  assert_refused (copy, from_copy, 1, "itself a copy");
  g_assert_false (g_file_test (text_copy, G_FILE_TEST_EXISTS));
}

/* A laptop's change, merged with --json: what it says is what the practice holds. */
static void
test_merge_laptop_change (void)
{
  g_autofree char *practice = practice_path ("laptop-change.db");
  g_autofree char *copy = copy_out (practice, "laptop-change-laptop.db");
  g_autofree char *id = copy_id_of (copy);
  g_autofree char *agenda = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) run = { 0 };
  gint64 kpb_before = count_on (practice, "SELECT count(*) FROM kpb_entry");
  JsonObject *merge, *line, *object;

  exec_on (copy, "INSERT INTO kpb_entry SELECT '00000000-0000-4000-8000-00000000a001', traject_id, kind, entry_date,"
                 " 'Op de laptop', competentiegebied, score, feedback, assessor_id, definition_id, definition_version,"
                 " '" LAPTOP_AT "', created_by, '" LAPTOP_AT "', changed_by FROM kpb_entry LIMIT 1;"
                 "UPDATE leergesprek SET agenda = 'Agenda van de laptop', changed_at = '" LAPTOP_AT "'"
                 " WHERE id = " LEERGESPREK);

  run_ok (&run, (const char *[]) { "--database", practice, "--merge", copy, "--json", NULL });
  merge = json_member (parser, run.out, "merge");
  object = json_object_get_object_member (merge, "copy");
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (object, "path"), ==, copy);
  object = json_object_get_object_member (merge, "practice");
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Huisartsenpraktijk De Linde");
  g_assert_cmpint (json_object_get_int_member (merge, "added"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (merge, "changed"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (merge, "deleted"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (merge, "conflicts")), ==, 0);
  g_assert_true (json_object_get_boolean_member (merge, "applied"));
  g_assert_false (json_object_get_boolean_member (merge, "merged_before"));
  g_assert_true (json_object_get_null_member (merge, "problem"));
  g_assert_true (json_object_get_null_member (merge, "updated_copy"));
  line = merge_line (merge, "kpb_entry");
  g_assert_nonnull (line);
  g_assert_cmpint (json_object_get_int_member (line, "added"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (line, "label"), ==, "KPB/KVB");
  line = merge_line (merge, "leergesprek");
  g_assert_nonnull (line);
  g_assert_cmpint (json_object_get_int_member (line, "changed"), ==, 1);

  g_assert_cmpint (count_on (practice, "SELECT count(*) FROM kpb_entry"), ==, kpb_before + 1);
  agenda = text_on (practice, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "Agenda van de laptop");
  g_assert_cmpint (count_on (practice, "SELECT count(*) FROM sync_merge"), ==, 1);
}

/* "A true conflict ... is shown side by side with who changed it and when, and the user
 * chooses": without --prefer the report and exit 1, nothing written; --dry-run shows;
 * --prefer copy applies. */
static void
test_conflict (void)
{
  g_autofree char *practice = practice_path ("conflict.db");
  g_autofree char *copy = copy_out (practice, "conflict-laptop.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *notes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) text = { 0 };
  g_auto(OplTestRun) json = { 0 };
  g_auto(OplTestRun) dry = { 0 };
  g_auto(OplTestRun) prefer = { 0 };
  JsonObject *merge, *conflict, *side;
  JsonArray *conflicts;

  exec_on (practice, "UPDATE leergesprek SET notes = 'Praktijk', changed_at = '" PRACTICE_AT "',"
                     " changed_by = (SELECT id FROM person WHERE name = 'Bram Jansen') WHERE id = " LEERGESPREK);
  exec_on (copy, "UPDATE leergesprek SET notes = 'Laptop', changed_at = '" LAPTOP_AT "',"
                 " changed_by = (SELECT id FROM person WHERE name = 'Charlotte Bakker') WHERE id = " LEERGESPREK);
  before = digest (practice);

  /* Without a choice: the report on stdout, one line on stderr, exit 1. */
  run_app (&text, (const char *[]) { "--database", practice, "--merge", copy, NULL });
  assert_one_line_error (&text, 1, "--prefer");
  g_assert_nonnull (strstr (text.out, "Leergesprek"));
  g_assert_nonnull (strstr (text.out, "Notes"));
  g_assert_nonnull (strstr (text.out, "“Praktijk”"));
  g_assert_nonnull (strstr (text.out, "“Laptop”"));
  g_assert_nonnull (strstr (text.out, "Bram Jansen, " PRACTICE_AT));
  g_assert_nonnull (strstr (text.out, "Charlotte Bakker, " LAPTOP_AT));
  g_assert_nonnull (strstr (text.out, "no choice yet"));
  after = digest (practice);
  g_assert_cmpstr (after, ==, before);

  /* The same as JSON. */
  run_app (&json, (const char *[]) { "--database", practice, "--merge", copy, "--json", NULL });
  assert_one_line_error (&json, 1, "--prefer");
  merge = json_member (parser, json.out, "merge");
  g_assert_false (json_object_get_boolean_member (merge, "applied"));
  conflicts = json_object_get_array_member (merge, "conflicts");
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  conflict = json_array_get_object_element (conflicts, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "kind"), ==, "field");
  g_assert_cmpstr (json_object_get_string_member (conflict, "field"), ==, "Notes");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (conflict, "title"), "Leergesprek"));
  g_assert_nonnull (json_object_get_string_member (conflict, "key"));
  g_assert_true (json_object_get_null_member (conflict, "choice"));
  side = json_object_get_object_member (conflict, "practice");
  g_assert_cmpstr (json_object_get_string_member (side, "value"), ==, "Praktijk");
  g_assert_cmpstr (json_object_get_string_member (side, "by"), ==, "Bram Jansen");
  g_assert_cmpstr (json_object_get_string_member (side, "at"), ==, PRACTICE_AT);
  side = json_object_get_object_member (conflict, "copy");
  g_assert_cmpstr (json_object_get_string_member (side, "value"), ==, "Laptop");
  g_assert_cmpstr (json_object_get_string_member (side, "by"), ==, "Charlotte Bakker");
  g_assert_cmpstr (json_object_get_string_member (side, "at"), ==, LAPTOP_AT);
  g_free (after);
  after = digest (practice);
  g_assert_cmpstr (after, ==, before);

  /* A dry run with a choice: it could be applied, and nothing is written. */
  run_ok (&dry, (const char *[]) { "--database", practice, "--merge", copy, "--prefer", "copy", "--dry-run", NULL });
  g_assert_nonnull (strstr (dry.out, "Dry run"));
  g_assert_nonnull (strstr (dry.out, "kept: the laptop’s"));
  g_free (after);
  after = digest (practice);
  g_assert_cmpstr (after, ==, before);

  /* --prefer copy: the laptop's side, and the choice recorded. */
  run_ok (&prefer, (const char *[]) { "--database", practice, "--merge", copy, "--prefer", "copy", NULL });
  g_assert_nonnull (strstr (prefer.out, "Merged "));
  notes = text_on (practice, "SELECT notes FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (notes, ==, "Laptop");
  g_assert_cmpint (count_on (practice, "SELECT count(*) FROM sync_choice WHERE chosen = 'copy'"), ==, 1);
}

/* A dry run that cannot be applied exits 1; --prefer practice keeps the practice's. */
static void
test_dry_run_and_prefer_practice (void)
{
  g_autofree char *practice = practice_path ("prefer-practice.db");
  g_autofree char *copy = copy_out (practice, "prefer-practice-laptop.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *agenda = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(OplTestRun) dry = { 0 };
  g_auto(OplTestRun) run = { 0 };
  JsonObject *merge, *conflict;

  exec_on (practice, "UPDATE leergesprek SET agenda = 'P', changed_at = '" PRACTICE_AT "' WHERE id = " LEERGESPREK);
  exec_on (copy, "UPDATE leergesprek SET agenda = 'L', changed_at = '" LAPTOP_AT "' WHERE id = " LEERGESPREK);
  before = digest (practice);

  run_app (&dry, (const char *[]) { "--database", practice, "--merge", copy, "--dry-run", NULL });
  assert_one_line_error (&dry, 1, "--prefer");
  after = digest (practice);
  g_assert_cmpstr (after, ==, before);

  run_ok (&run, (const char *[]) { "--database", practice, "--merge", copy, "--prefer", "practice", "--json",
                                   "--profile", "Anna de Vries", NULL });
  merge = json_member (parser, run.out, "merge");
  g_assert_true (json_object_get_boolean_member (merge, "applied"));
  conflict = json_array_get_object_element (json_object_get_array_member (merge, "conflicts"), 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "choice"), ==, "practice");
  agenda = text_on (practice, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "P");
  /* Who chose: --profile. */
  g_free (agenda);
  agenda = text_on (practice, "SELECT p.name FROM sync_choice c JOIN person p ON p.id = c.created_by");
  g_assert_cmpstr (agenda, ==, "Anna de Vries");
}

/* --update-copy: the file becomes a copy of the merged practice; merged again it brings
 * nothing new; the laptop's next round merges without a conflict with the first. The
 * same copy merged twice says it was merged before. */
static void
test_update_copy (void)
{
  g_autofree char *practice = practice_path ("update-copy.db");
  g_autofree char *copy = copy_out (practice, "update-copy-laptop.db");
  g_autofree char *first_id = copy_id_of (copy);
  g_autofree char *second_id = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *agenda = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) again_parser = json_parser_new ();
  g_auto(OplTestRun) update = { 0 };
  g_auto(OplTestRun) again = { 0 };
  g_auto(OplTestRun) text = { 0 };
  g_auto(OplTestRun) round2 = { 0 };
  g_auto(OplTestRun) twice = { 0 };
  JsonObject *merge, *updated;

  exec_on (copy, "UPDATE leergesprek SET agenda = 'Ronde 1', changed_at = '" LAPTOP_AT "' WHERE id = " LEERGESPREK);
  run_ok (&update, (const char *[]) { "--database", practice, "--merge", copy, "--update-copy", "--json", NULL });
  merge = json_member (parser, update.out, "merge");
  g_assert_true (json_object_get_boolean_member (merge, "applied"));
  updated = json_object_get_object_member (merge, "updated_copy");
  g_assert_nonnull (updated);
  second_id = copy_id_of (copy);
  g_assert_cmpstr (second_id, !=, first_id);
  g_assert_cmpstr (json_object_get_string_member (updated, "id"), ==, second_id);
  g_assert_cmpstr (json_object_get_string_member (updated, "path"), ==, copy);
  /* The handed-back copy continues the first one. */
  g_assert_cmpint (count_on (practice, "SELECT count(*) FROM sync_copy WHERE parent_id IS NOT NULL"), ==, 1);

  /* Merged again at once: nothing new. */
  before = digest (practice);
  run_ok (&again, (const char *[]) { "--database", practice, "--merge", copy, "--json", NULL });
  merge = json_member (again_parser, again.out, "merge");
  g_assert_cmpint (json_object_get_int_member (merge, "added"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (merge, "changed"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (merge, "deleted"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (merge, "conflicts")), ==, 0);
  run_ok (&text, (const char *[]) { "--database", practice, "--merge", copy, NULL });
  g_assert_nonnull (strstr (text.out, "Nothing new"));
  g_assert_cmpint (count_on (practice, "SELECT count(*) FROM leergesprek WHERE agenda = 'Ronde 1'"), ==, 1);

  /* Round 2 starts from the merged state. */
  exec_on (copy, "UPDATE leergesprek SET agenda = 'Ronde 2', changed_at = '2030-01-03T10:00:00.000Z'"
                 " WHERE id = " LEERGESPREK);
  run_ok (&round2, (const char *[]) { "--database", practice, "--merge", copy, NULL });
  agenda = text_on (practice, "SELECT agenda FROM leergesprek WHERE id = " LEERGESPREK);
  g_assert_cmpstr (agenda, ==, "Ronde 2");

  /* The same copy, as it is, once more: merged before, nothing written. */
  g_free (before);
  before = digest (practice);
  run_ok (&twice, (const char *[]) { "--database", practice, "--merge", copy, "--prefer", "copy", NULL });
  g_assert_nonnull (strstr (twice.out, "merged before"));
  after = digest (practice);
  g_assert_cmpstr (after, ==, before);
}

/* "Never print values of private drafts": Charlotte's draft answer changed on both
 * sides shows as private to anyone else, and its words appear nowhere. */
static void
test_private_draft (void)
{
  g_autofree char *practice = practice_path ("private.db");
  g_autofree char *copy = copy_out (practice, "private-laptop.db");
  g_auto(OplTestRun) text = { 0 };
  g_auto(OplTestRun) json = { 0 };
  g_auto(OplTestRun) anna = { 0 };

  exec_on (practice, "UPDATE form_answer SET note = 'Geheim van de praktijk', changed_at = '" PRACTICE_AT "'"
                     " WHERE id = " AN_ANSWER);
  exec_on (copy, "UPDATE form_answer SET note = 'Geheim van de laptop', changed_at = '" LAPTOP_AT "'"
                 " WHERE id = " AN_ANSWER);

  run_app (&text, (const char *[]) { "--database", practice, "--merge", copy, NULL });
  run_app (&json, (const char *[]) { "--database", practice, "--merge", copy, "--json", NULL });
  run_app (&anna, (const char *[]) { "--database", practice, "--merge", copy, "--profile", "Anna de Vries",
                                     "--json", NULL });
  for (guint i = 0; i < 3; i++)
    {
      OplTestRun *run = i == 0 ? &text : i == 1 ? &json : &anna;

      assert_one_line_error (run, 1, "--prefer");
      g_assert_nonnull (strstr (run->out, "private"));
      g_assert_null (strstr (run->out, "Geheim"));
      g_assert_null (strstr (run->err, "Geheim"));
    }
}

/* Files that are no copy of this practice: one line, exit 1, nothing written. And the
 * arguments: exit 2. */
static void
test_refusals (void)
{
  g_autofree char *practice = practice_path ("refusals.db");
  g_autofree char *other = practice_path ("refusals-other.db");
  g_autofree char *other_copy = copy_out (other, "refusals-other-laptop.db");
  g_autofree char *copy = copy_out (practice, "refusals-laptop.db");
  g_autofree char *second = copy_out (practice, "refusals-second-laptop.db");
  g_autofree char *missing = opl_test_db_path ("refusals-missing.db");
  g_autofree char *new_copy = opl_test_db_path ("refusals-new.db");

  assert_refused (practice, (const char *[]) { "--database", practice, "--merge", other, NULL }, 1, "not a copy");
  assert_refused (practice, (const char *[]) { "--database", practice, "--merge", other_copy, "--prefer", "copy",
                                               NULL }, 1, "another practice");
  assert_refused (practice, (const char *[]) { "--database", practice, "--merge", missing, NULL }, 1, NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  assert_refused (copy, (const char *[]) { "--database", copy, "--merge", second, NULL }, 1, "itself a copy");
  assert_refused (practice, (const char *[]) { "--database", missing, "--merge", copy, NULL }, 1, NULL);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* Mistakes in the arguments. */
  assert_refused (practice, (const char *[]) { "--database", practice, "--merge", copy, "--prefer", "laptop", NULL },
                  2, "--prefer must be practice or copy");
  assert_refused (practice, (const char *[]) { "--merge", copy, NULL }, 2, "--merge needs --database");
  assert_refused (practice, (const char *[]) { "--database", practice, "--merge", copy, "--update-copy", "--dry-run",
                                               NULL }, 2, "--dry-run");
  assert_refused (practice, (const char *[]) { "--database", practice, "--prefer", "copy", NULL }, 2, "--merge");
  assert_refused (practice, (const char *[]) { "--database", practice, "--copy-out", new_copy, "--prefer", "copy",
                                               NULL }, 2, "--prefer does not go with --copy-out");
  assert_refused (practice, (const char *[]) { "--database", practice, "--copy-out", new_copy, "--merge", copy,
                                               NULL }, 2, "do not go together");
  assert_refused (practice, (const char *[]) { "--database", practice, "--merge", copy, "--add-person", "X",
                                               "--role", "aios", NULL }, 2, "--add-person does not go with --merge");
  assert_refused (practice, (const char *[]) { "--database", practice, "--merge", copy, "--profile", "Niemand",
                                               NULL }, 2, "--profile");
  g_assert_false (g_file_test (new_copy, G_FILE_TEST_EXISTS));
}

/* --profile of a locked profile needs its passphrase, as in the other modes. */
static void
test_locked_profile (void)
{
  g_autofree char *practice = practice_path ("locked.db");
  g_autofree char *copy = opl_test_db_path ("locked-laptop.db");
  g_autoptr(GError) error = NULL;
  g_auto(OplTestRun) right = { 0 };
  const char *no_passphrase[] = { "--database", practice, "--copy-out", copy, "--profile", "Charlotte Bakker", NULL };

  {
    g_autoptr(OplStore) store = opl_test_open_store (practice);

    g_assert_true (opl_store_set_passphrase (store, opl_test_find_person (store, "Charlotte Bakker"), NULL,
                                             "paarse olifant 12", &error));
    g_assert_no_error (error);
  }

  assert_refused (practice, no_passphrase, 1, "--passphrase-fd");
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));

  opl_test_run_app_input (&right, (const char *[]) { "--database", practice, "--copy-out", copy, "--profile",
                                                     "Charlotte Bakker", "--passphrase-fd", "0", NULL },
                          "paarse olifant 12\n");
  g_assert_cmpint (right.status, ==, 0);
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
}

/* The crash test ---------------------------------------------------------------- */

/* @from copied to @to byte for byte, with its write-ahead log when there is one. */
static void
copy_file (const char *from,
           const char *to)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *target = g_strconcat (to, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_unlink (target);
      if (i == 2 || !g_file_test (source, G_FILE_TEST_EXISTS))
        continue;
      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      opl_test_write_file (target, contents, (gssize) length);
    }
}

static GSubprocess *
spawn_merge (const char *practice,
             const char *copy,
             const char *tmp_dir,
             gboolean    dry_run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  /* The copy the merge reads is set aside there: a killed merge leaves it behind. */
  g_subprocess_launcher_setenv (launcher, "TMPDIR", tmp_dir, TRUE);
  /* And the backup made before the merge (issue 17) goes to the test's data folder. */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("OPL_BINARY"), "--database", practice,
                                         "--merge", copy, "--prefer", "copy", dry_run ? "--dry-run" : NULL, NULL);
  g_assert_no_error (error);
  return process;
}

/* The practice after a kill, as the next program to open it finds it: whole, and its
 * KPB count. */
static gint64
check_after_kill (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM kpb_entry", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

/* How long a run of --merge takes, in microseconds. */
static gint64
time_merge (const char *pristine,
            const char *practice,
            const char *copy,
            const char *tmp_dir,
            gboolean    dry_run)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started;

  copy_file (pristine, practice);
  started = g_get_monotonic_time ();
  process = spawn_merge (practice, copy, tmp_dir, dry_run);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
  return g_get_monotonic_time () - started;
}

/* Issue 16: "a kill during apply (a child process killed at random points, then PRAGMA
 * integrity_check and row counts)": the merge is one transaction, so the practice has
 * all of it or none, and merging again afterwards completes it. Every other kill falls
 * after the time a dry run takes (opening, the preview, the plan tried and rolled
 * back), in the apply or close to it. */
static void
test_kill_during_merge (void)
{
  g_autofree char *pristine = practice_path ("kill-pristine.db");
  g_autofree char *copy = copy_out (pristine, "kill-laptop.db");
  g_autofree char *practice = opl_test_db_path ("kill.db");
  g_autofree char *tmp_dir = opl_test_db_path ("kill-tmp");
  gint64 before, after, dry_run, full_run;
  guint n_none = 0, n_all = 0;

  g_assert_cmpint (g_mkdir_with_parents (tmp_dir, 0700), ==, 0);
  before = count_on (pristine, "SELECT count(*) FROM kpb_entry");

  /* A few hundred changes on the laptop. */
  exec_on (copy, "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                 G_STRINGIFY (N_LAPTOP_KPB) ")"
                 " INSERT INTO kpb_entry (id, traject_id, kind, entry_date, topic, competentiegebied, score, feedback,"
                 " assessor_id, definition_id, definition_version, created_at, created_by, changed_at, changed_by)"
                 " SELECT printf ('00000000-0000-4000-8000-%012d', i), k.traject_id, k.kind, k.entry_date,"
                 " 'Op de laptop ' || i, k.competentiegebied, k.score, 'Feedback ' || i, k.assessor_id,"
                 " k.definition_id, k.definition_version, '" LAPTOP_AT "', k.created_by, '" LAPTOP_AT "',"
                 " k.changed_by FROM n, (SELECT * FROM kpb_entry ORDER BY id LIMIT 1) AS k;"
                 "UPDATE leergesprek SET agenda = 'Van de laptop', changed_at = '" LAPTOP_AT "'");

  /* A dry run and a full run first: how long they take, and what the practice holds
   * after a whole merge. */
  dry_run = time_merge (pristine, practice, copy, tmp_dir, TRUE);
  g_assert_cmpint (check_after_kill (practice), ==, before);
  full_run = time_merge (pristine, practice, copy, tmp_dir, FALSE);
  after = check_after_kill (practice);
  g_assert_cmpint (after, ==, before + N_LAPTOP_KPB);
  g_test_message ("A merge of %d KPBs takes %" G_GINT64_FORMAT " ms, a dry run %" G_GINT64_FORMAT " ms",
                  N_LAPTOP_KPB, full_run / 1000, dry_run / 1000);

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GSubprocess) again = NULL;
      g_autoptr(GError) error = NULL;
      gint32 from = i % 2 == 1 ? (gint32) MIN (dry_run * 9 / 10, full_run - 1) : 0;
      gint32 delay = g_test_rand_int_range (MAX (from, 0), (gint32) MAX (full_run, 1));
      gint64 count;

      copy_file (pristine, practice);
      process = spawn_merge (practice, copy, tmp_dir, FALSE);
      g_usleep (delay);
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, &error);
      g_assert_no_error (error);

      count = check_after_kill (practice);
      g_test_message ("Kill %u after %d ms: %s", i, delay / 1000,
                      count == before ? "none of the merge" : count == after ? "all of the merge" : "PART of it");
      g_assert_true (count == before || count == after);
      if (count == before)
        n_none++;
      else
        n_all++;

      /* Merging again completes it (or finds it merged). */
      again = spawn_merge (practice, copy, tmp_dir, FALSE);
      g_assert_true (g_subprocess_wait_check (again, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (check_after_kill (practice), ==, after);
    }

  g_test_message ("%u kills left none of the merge, %u all of it", n_none, n_all);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-merge/copy-out", test_copy_out);
  g_test_add_func ("/cli-merge/laptop-change", test_merge_laptop_change);
  g_test_add_func ("/cli-merge/conflict", test_conflict);
  g_test_add_func ("/cli-merge/dry-run-and-prefer-practice", test_dry_run_and_prefer_practice);
  g_test_add_func ("/cli-merge/update-copy", test_update_copy);
  g_test_add_func ("/cli-merge/private-draft", test_private_draft);
  g_test_add_func ("/cli-merge/refusals", test_refusals);
  g_test_add_func ("/cli-merge/locked-profile", test_locked_profile);
  g_test_add_func ("/cli-merge/kill-during-merge", test_kill_during_merge);

  return g_test_run ();
}
