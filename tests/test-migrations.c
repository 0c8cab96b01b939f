/* test-migrations.c: every schema version's files open in this version, nothing lost.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Source: design.md §4 ("each [migration] with a test that opens a file of the previous
 * version and checks that nothing was lost"). tests/data/practice-vN.sql is a dump of a
 * file written by schema version N; when a migration is added, dump the demo practice
 * of the previous release next to it and add a case below.
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "opl-database-private.h"
#include "opl-form-registry.h"
#include "opl-backup.h"
#include "opl-schema.h"
#include "opl-store-forms.h"
#include "opl-store-institute.h"
#include "opl-test-utils.h"

static char *
file_from_dump (const char *dump_name,
                const char *file_name)
{
  g_autofree char *dump_path = g_test_build_filename (G_TEST_DIST, "data", dump_name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  char *path = opl_test_db_path (file_name);
  sqlite3 *db;

  g_file_get_contents (dump_path, &sql, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return path;
}

/* Version 0 is the empty file: see /opl/database/migrate-empty-file. */
static void
test_open_v1 (void)
{
  g_autofree char *path = file_from_dump ("practice-v1.sql", "v1.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplTraject *daan = NULL;

  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  /* Version 2 added the checklist's ticks, version 3 the moments done. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM checklist_tick"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM moment_done"), ==, 0);
  g_assert_true (opl_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (opl_store_get_practice_name (store), ==, "Huisartsenpraktijk De Linde");
  g_assert_cmpuint (g_list_model_get_n_items (opl_store_get_people (store)), ==, 5);

  trajecten = opl_store_list_trajecten (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, 4);

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_str_equal (opl_traject_get_aios_name (traject), "Daan Visser") &&
          opl_traject_get_phase (traject) == OPL_PHASE_II)
        daan = traject;
    }

  g_assert_nonnull (daan);
  g_assert_cmpfloat_with_epsilon (opl_traject_get_parttime (daan), 0.8, 1e-9);
  g_assert_cmpuint (opl_traject_get_n_opleiders (daan), ==, 2);
  g_assert_cmpuint (opl_traject_get_n_leaves (daan), ==, 1);
  g_assert_cmpint (opl_traject_get_leave (daan, 0)->kind, ==, OPL_LEAVE_ZIEKTE);
  g_assert_cmpint (g_date_get_year (opl_traject_get_start (daan)), ==, 2026);
  g_assert_cmpint (g_date_get_month (opl_traject_get_start (daan)), ==, 4);
}

/* A version 2 file: the v1 demo after migration 1 -> 2, with ticks of the hoofdopleider. */
static void
test_open_v2 (void)
{
  g_autofree char *path = file_from_dump ("practice-v1.sql", "v2.db");
  g_autoptr(OplDatabase) database = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, opl_schema_get_migration (1), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO checklist_tick (id, person_id, item_id, period_key,"
                                 " checklist_version, created_at, changed_at)"
                                 " SELECT '00000000-0000-4000-8000-00000000000' || n, id, 'wekelijks-leergesprek',"
                                 " '2026-W4' || n, 1, '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                 " FROM person, (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3)"
                                 " WHERE role = 'hoofdopleider';"
                                 "PRAGMA user_version = 2;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM checklist_tick"), ==, 3);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 5);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM moment_done"), ==, 0);
}

/* A version 3 file: the v1 demo after migrations 1 -> 2 -> 3, with a moment done. */
static void
test_open_v3 (void)
{
  g_autofree char *path = file_from_dump ("practice-v1.sql", "v3.db");
  g_autoptr(OplDatabase) database = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, opl_schema_get_migration (1), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, opl_schema_get_migration (2), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO moment_done (id, traject_id, kind, month, done_on,"
                                 " created_at, changed_at)"
                                 " SELECT '00000000-0000-4000-8000-000000000001', id, 'combel', 3, '2026-10-04',"
                                 " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                 " FROM traject WHERE end_date IS NULL AND phase = 1;"
                                 "PRAGMA user_version = 3;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM moment_done WHERE done_on = '2026-10-04'"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject"), ==, 4);
  /* Version 4 added the leergesprek planner's tables. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek_slot"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM closure"), ==, 0);
}

/* A version 4 file: the demo of 22 November 2026 written by the leergesprek planner's
 * release. Migration 4 -> 5 adds the forms, KPB/KVB and diensten; everything else is
 * kept, and the forms work in the upgraded file. */
static void
test_open_v4 (void)
{
  g_autofree char *path = file_from_dump ("practice-v4.sql", "v4.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  g_autoptr(OplFormRegistry) registry = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GArray) moments = NULL;
  g_autoptr(OplForm) form = NULL;
  g_autoptr(GError) error = NULL;
  OplTraject *charlotte = NULL;
  GDate today;

  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 5);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject"), ==, 4);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject_opleider"), ==, 8);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leave_period"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM checklist_tick"), ==, 324);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM moment_done"), ==, 29);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek_slot"), ==, 2);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM closure"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek"), ==, 63);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek WHERE agenda LIKE"
                                             " '%NHG-standaard Diabetes%'"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject WHERE bekwaamheidsverklaring_on IS NULL"), ==, 4);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM kpb_entry"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM dienst"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  g_assert_true (opl_store_load (store, &error));
  trajecten = opl_store_list_trajecten (store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < trajecten->len; i++)
    {
      if (g_str_equal (opl_traject_get_aios_name (g_ptr_array_index (trajecten, i)), "Charlotte Bakker"))
        charlotte = g_ptr_array_index (trajecten, i);
    }
  g_assert_nonnull (charlotte);

  /* The moments marked done before still are. */
  opl_test_fixed_today (&today);
  moments = opl_store_get_schedule (store, charlotte, &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == OPL_MOMENT_COMBEL && moment->month == 3)
        g_assert_cmpint (moment->state, ==, OPL_MOMENT_STATE_DONE);
    }

  registry = opl_form_registry_new_default (&error);
  form = opl_store_create_form_draft (store, opl_form_registry_get_current (registry, OPL_FORM_KIND_COMBEL),
                                      charlotte, opl_traject_get_aios_id (charlotte), OPL_FORM_ROLE_AIOS,
                                      NULL, 6, &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (form);
}

/* Applies the migrations from @from up to @to to a file opened with SQLite alone, as
 * a release of version @to wrote it. */
static void
migrate_to (sqlite3 *db,
            int      from,
            int      to)
{
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", to);

  for (int version = from; version < to; version++)
    g_assert_cmpint (sqlite3_exec (db, opl_schema_get_migration (version), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, set_version, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* A version 5 file: the leergesprek planner's demo (practice-v4.sql) after the forms
 * migration, with the year the hoofdopleider began (person.opleider_since, there since
 * v1, which the scholing rules read, as they read practice.institute). Migration 5 -> 6
 * adds the scholing tables; everything else is kept. */
static void
test_open_v5 (void)
{
  g_autofree char *path = file_from_dump ("practice-v4.sql", "v5.db");
  g_autoptr(OplDatabase) database = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  migrate_to (db, 4, 5);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE person SET opleider_since = 2019 WHERE role = 'hoofdopleider';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* Before: no scholing tables. */
  g_assert_cmpint (sqlite3_exec (db, "SELECT count(*) FROM scholing", NULL, NULL, NULL), ==, SQLITE_ERROR);
  sqlite3_close (db);

  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 5);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject"), ==, 4);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject_opleider"), ==, 8);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leave_period"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM checklist_tick"), ==, 324);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM moment_done"), ==, 29);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek_slot"), ==, 2);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM closure"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek"), ==, 63);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT opleider_since FROM person WHERE role = 'hoofdopleider'"), ==, 2019);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM practice WHERE institute = 'lumc'"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  /* The scholing tables are there, empty. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM scholing"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM scholing_dispensation"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leerpunt"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM hao_gesprek"), ==, 0);
}

/* A version 6 file: the demo of practice-v4.sql after the forms and scholing
 * migrations, with a stored form definition, scholing of the hoofdopleider (a day,
 * a dispensation, a leerpunt, a HAO-voortgangsgesprek) and the institute LUMC.
 * Migration 6 -> 7 adds the practice's own form definitions and institute profiles
 * (R1): every row of every table is kept, byte for byte, and the new tables work. */
static void
test_open_v6 (void)
{
  g_autofree char *path = file_from_dump ("practice-v4.sql", "v6.db");
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GHashTable) columns = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  g_autoptr(OplFormRegistry) shipped = NULL;
  g_autoptr(OplFormDefinition) stored = NULL;
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(GError) error = NULL;
  OplFormDefinition *combel;
  GHashTableIter iter;
  gpointer table, digest;
  sqlite3_stmt *stmt;
  sqlite3 *db;

  shipped = opl_form_registry_new_default (&error);
  g_assert_no_error (error);
  combel = opl_form_registry_get_current (shipped, OPL_FORM_KIND_COMBEL);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  migrate_to (db, 4, 6);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO form_definition (id, definition_id, version, kind, checksum,"
                                           " json, created_at, changed_at) VALUES ('00000000-0000-4000-8000-"
                                           "000000000010', ?, ?, 'combel', ?, ?, '2026-11-22T10:00:00.000Z',"
                                           " '2026-11-22T10:00:00.000Z')", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, opl_form_definition_get_id (combel), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, opl_form_definition_get_version (combel));
  sqlite3_bind_text (stmt, 3, opl_form_definition_get_checksum (combel), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, opl_form_definition_get_json (combel), -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO scholing (id, person_id, date, kind, created_at, changed_at)"
                                 " SELECT '00000000-0000-4000-8000-000000000011', id, '2026-10-08', 'paralleldag',"
                                 " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                 " FROM person WHERE role = 'hoofdopleider';"
                                 "INSERT INTO scholing_dispensation (id, person_id, year, days, reason, created_at,"
                                 " changed_at) SELECT '00000000-0000-4000-8000-000000000012', id, 2026, 2,"
                                 " 'Kaderopleiding', '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                 " FROM person WHERE role = 'hoofdopleider';"
                                 "INSERT INTO leerpunt (id, person_id, year, position, text, created_at, changed_at)"
                                 " SELECT '00000000-0000-4000-8000-000000000013', id, 2026, 0, 'Feedback geven',"
                                 " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                 " FROM person WHERE role = 'hoofdopleider';"
                                 "INSERT INTO hao_gesprek (id, person_id, date, created_at, changed_at)"
                                 " SELECT '00000000-0000-4000-8000-000000000014', id, '2026-06-01',"
                                 " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                 " FROM person WHERE role = 'hoofdopleider';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* Before: none of the new tables. */
  g_assert_cmpint (sqlite3_exec (db, "SELECT count(*) FROM institute_profile", NULL, NULL, NULL), ==, SQLITE_ERROR);
  before = opl_test_digest_tables (db);
  columns = opl_test_table_columns (db);
  sqlite3_close (db);
  g_assert_cmpstr (g_hash_table_lookup (before, "scholing"), !=, NULL);
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (before, "form_definition"), "1:"));

  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  after = opl_test_digest_tables_of (opl_database_get_handle (database), columns);

  /* Every table of version 6 holds the same rows in its columns of version 6; the two
   * new ones are empty (and so are version 8's opleider_year, version 9's
   * profile_lock and form_seal and version 10's four sync tables). */
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &table, &digest))
    {
      g_autofree char *expected = g_strconcat (table, " ", digest, NULL);
      g_autofree char *found = g_strconcat (table, " ", g_hash_table_lookup (after, table), NULL);

      g_assert_cmpstr (found, ==, expected);
    }
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before) + 9);
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "practice_form_definition"), "0:"));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "institute_profile"), "0:"));
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The old rows still read as before. */
  store = opl_store_new (database);
  g_assert_true (opl_store_load (store, &error));
  g_assert_no_error (error);
  stored = opl_store_get_form_definition (store, "combel", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_form_definition_get_checksum (stored), ==, opl_form_definition_get_checksum (combel));
  institute = opl_store_load_institute (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_institute_get_id (institute), ==, "lumc");
  g_assert_true (opl_institute_is_shipped (institute));
  /* Nothing offered by the practice yet: the registry is the shipped one. */
  g_assert_true (opl_form_registry_get_current (opl_store_get_form_registry (store), OPL_FORM_KIND_COMBEL) != NULL);
  g_assert_cmpint (opl_form_definition_get_version (opl_form_registry_get_current (opl_store_get_form_registry (store),
                                                                                   OPL_FORM_KIND_COMBEL)), ==, 1);
}

/* A version 7 file: the demo of practice-v4.sql with every migration up to 7, a coschap
 * (of its fase II traject) and an archived person. Migration 7 -> 8 (issue 14) adds
 * why a traject ended, the one-traject-at-a-time, leave-overlap and last-phase coschap
 * rules and each opleider's role per opleidingsjaar: every row of every column of
 * version 7 is kept, the new columns take their defaults, and the new rules hold. */
static void
test_open_v7 (void)
{
  g_autofree char *path = file_from_dump ("practice-v4.sql", "v7.db");
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GHashTable) columns = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer table, digest;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  migrate_to (db, 4, 7);
  g_assert_cmpint (sqlite3_exec (db,
                                 "UPDATE leergesprek_slot SET coschap_start = '2027-02-01'"
                                 " WHERE traject_id IN (SELECT id FROM traject WHERE phase = 2);"
                                 "INSERT INTO person (id, name, role, archived, created_at, changed_at)"
                                 " VALUES ('00000000-0000-4000-8000-000000000020', 'Oud Aios', 'aios', 1,"
                                 " '2020-01-01T10:00:00.000Z', '2021-09-01T10:00:00.000Z');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "SELECT count(*) FROM opleider_year", NULL, NULL, NULL), ==, SQLITE_ERROR);
  before = opl_test_digest_tables (db);
  columns = opl_test_table_columns (db);
  sqlite3_close (db);

  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  after = opl_test_digest_tables_of (opl_database_get_handle (database), columns);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &table, &digest))
    {
      g_autofree char *expected = g_strconcat (table, " ", digest, NULL);
      g_autofree char *found = g_strconcat (table, " ", g_hash_table_lookup (after, table), NULL);

      g_assert_cmpstr (found, ==, expected);
    }
  /* opleider_year, version 9's profile_lock and form_seal, version 10's sync tables. */
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before) + 7);
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "opleider_year"), "0:"));
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject WHERE end_reason IS NULL AND end_note = ''"), ==, 4);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek_slot WHERE coschap_start IS NOT NULL"), ==, 1);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The new rules: a coschap of a fase I traject, a second running traject of an aios,
   * overlapping leave by an update and a second hoofdopleider of a year are refused. */
  g_assert_false (opl_database_exec (database,
                                     "UPDATE leergesprek_slot SET coschap_start = '2027-02-01'"
                                     " WHERE traject_id IN (SELECT id FROM traject WHERE phase = 1)", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  g_assert_true (strstr (error->message, "last phase") != NULL);
  g_clear_error (&error);
  g_assert_false (opl_database_exec (database,
                                     "INSERT INTO traject (id, aios_id, phase, start_date, created_at, changed_at)"
                                     " SELECT '00000000-0000-4000-8000-000000000021', aios_id, phase, start_date,"
                                     " created_at, changed_at FROM traject WHERE end_date IS NULL LIMIT 1", &error));
  g_assert_true (error != NULL && strstr (error->message, "one traject at a time") != NULL);
  g_clear_error (&error);
  g_assert_true (opl_database_exec (database,
                                    "INSERT INTO opleider_year (id, person_id, year, role, created_at, changed_at)"
                                    " SELECT '00000000-0000-4000-8000-000000000022', id, 2026, 'hoofdopleider',"
                                    " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                    " FROM person WHERE role = 'hoofdopleider'", &error));
  g_assert_no_error (error);
  g_assert_false (opl_database_exec (database,
                                     "INSERT INTO opleider_year (id, person_id, year, role, created_at, changed_at)"
                                     " SELECT '00000000-0000-4000-8000-000000000023', id, 2026, 'hoofdopleider',"
                                     " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                     " FROM person WHERE role = 'duo-opleider' LIMIT 1", &error));
  g_assert_true (error != NULL && strstr (error->message, "one hoofdopleider") != NULL);
}

/* A version 8 file: the demo of practice-v4.sql with every migration up to 8 and a
 * the rows of version 4. Migration 8 -> 9 (issue 15) adds the
 * profiles' passphrases and the sealed drafts: every row is kept, the new tables are
 * empty, and the schema takes a seal only for a private draft of a profile with a
 * passphrase. */
static void
test_open_v8 (void)
{
  g_autofree char *path = file_from_dump ("practice-v4.sql", "v8.db");
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer table, digest;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  migrate_to (db, 4, 8);
  g_assert_cmpint (sqlite3_exec (db, "SELECT count(*) FROM form_seal", NULL, NULL, NULL), ==, SQLITE_ERROR);
  before = opl_test_digest_tables (db);
  sqlite3_close (db);

  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  after = opl_test_digest_tables (opl_database_get_handle (database));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &table, &digest))
    {
      g_autofree char *expected = g_strconcat (table, " ", digest, NULL);
      g_autofree char *found = g_strconcat (table, " ", g_hash_table_lookup (after, table), NULL);

      g_assert_cmpstr (found, ==, expected);
    }
  /* And version 10's four sync tables. */
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before) + 6);
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "profile_lock"), "0:"));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "form_seal"), "0:"));

  /* No seal but for a private draft of a profile with a passphrase. */
  g_assert_false (opl_database_exec (database,
                                     "INSERT INTO form_seal (form_id, nonce, box, created_at, changed_at)"
                                     " VALUES ('00000000-0000-4000-8000-000000000030', zeroblob (24), zeroblob (32),"
                                     " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')", &error));
  g_assert_nonnull (strstr (error->message, "sealed"));
}

/* A version 9 file: the demo of practice-v4.sql with every migration up to 9, and a
 * passphrase. Migration 9 -> 10 (issue 16) adds the offline copies' tables: every row
 * is kept, the four new tables are empty, and a copy describes one practice only. */
static void
test_open_v9 (void)
{
  g_autofree char *path = file_from_dump ("practice-v4.sql", "v9.db");
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer table, digest;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  migrate_to (db, 4, 9);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO profile_lock (person_id, passphrase_hash, key_salt, key_opslimit,"
                                 " key_memlimit, created_at, changed_at) SELECT id, '$argon2id$v=19$m=65536,t=3,p=1$x',"
                                 " zeroblob (16), 3, 67108864, '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z'"
                                 " FROM person WHERE role = 'aios'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "SELECT count(*) FROM sync_copy", NULL, NULL, NULL), ==, SQLITE_ERROR);
  before = opl_test_digest_tables (db);
  sqlite3_close (db);

  database = opl_test_open (path);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, OPL_DATABASE_SCHEMA_VERSION);
  after = opl_test_digest_tables (opl_database_get_handle (database));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &table, &digest))
    {
      g_autofree char *expected = g_strconcat (table, " ", digest, NULL);
      g_autofree char *found = g_strconcat (table, " ", g_hash_table_lookup (after, table), NULL);

      g_assert_cmpstr (found, ==, expected);
    }
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before) + 4);
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "sync_copy"), "0:"));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "sync_copy_info"), "0:"));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "sync_merge"), "0:"));
  g_assert_true (g_str_has_prefix (g_hash_table_lookup (after, "sync_choice"), "0:"));

  /* Issue 17: "before every migration" a checked backup, of the file as it was. */
  {
    g_autofree char *folder = opl_backup_default_folder (path);
    g_autoptr(GPtrArray) backups = opl_backup_list (folder, &error);
    OplBackup *backup;

    g_assert_no_error (error);
    g_assert_cmpuint (backups->len, ==, 1);
    backup = g_ptr_array_index (backups, 0);
    g_assert_cmpint (backup->reason, ==, OPL_BACKUP_REASON_BEFORE_MIGRATION);
    g_assert_cmpint (backup->schema_version, ==, 9);
    g_assert_false (backup->damaged);
  }

  /* A copy is a copy of one practice. */
  g_assert_true (opl_database_exec (database,
                                    "INSERT INTO sync_copy_info (copy_id, practice_id, practice_name, base_digest, base,"
                                    " created_at, changed_at) VALUES ('00000000-0000-4000-8000-000000000040',"
                                    " '00000000-0000-4000-8000-000000000041', 'De Linde', printf ('%064d', 0), x'00',"
                                    " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')", &error));
  g_assert_false (opl_database_exec (database,
                                     "INSERT INTO sync_copy_info (copy_id, practice_id, practice_name, base_digest, base,"
                                     " created_at, changed_at) VALUES ('00000000-0000-4000-8000-000000000042',"
                                     " '00000000-0000-4000-8000-000000000041', 'De Linde', printf ('%064d', 0), x'00',"
                                     " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')", &error));
  g_assert_nonnull (strstr (error->message, "one practice"));
}

/* Issue 17: "an older file is migrated only by a mode that writes, after a backup, and
 * every mode works on a file of every earlier schema version". Read only, a version 4
 * file is read through a copy upgraded in memory: this version's queries work, and the
 * file is not written. */
static void
test_read_old_without_migrating (void)
{
  g_autofree char *path = file_from_dump ("practice-v4.sql", "read-v4.db");
  g_autofree char *before = opl_test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  g_autoptr(GPtrArray) forms = NULL;

  database = opl_database_open (path, OPL_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_database_get_schema_version (database), ==, 4);
  g_assert_cmpint (opl_database_get_read_only (database), ==, OPL_DATABASE_READ_ONLY_ASKED);
  store = opl_store_new (database);
  g_assert_true (opl_store_load (store, &error));
  g_assert_no_error (error);
  forms = opl_store_list_forms (store, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (forms);
  g_assert_cmpint (opl_test_count (database, "PRAGMA user_version"), ==, OPL_DATABASE_SCHEMA_VERSION);
  g_clear_object (&store);
  g_clear_object (&database);

  after = opl_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/migrations/open-v1", test_open_v1);
  g_test_add_func ("/opl/migrations/open-v2", test_open_v2);
  g_test_add_func ("/opl/migrations/open-v3", test_open_v3);
  g_test_add_func ("/opl/migrations/open-v4", test_open_v4);
  g_test_add_func ("/opl/migrations/open-v5", test_open_v5);
  g_test_add_func ("/opl/migrations/open-v6", test_open_v6);
  g_test_add_func ("/opl/migrations/open-v7", test_open_v7);
  g_test_add_func ("/opl/migrations/open-v8", test_open_v8);
  g_test_add_func ("/opl/migrations/open-v9", test_open_v9);
  g_test_add_func ("/opl/migrations/read-old-without-migrating", test_read_old_without_migrating);

  return g_test_run ();
}
