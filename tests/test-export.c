/* test-export.c: the export bundle (issue 7, data half): JSON and CSV against golden
 * files, the JSON Schema, selections and privacy, round trip, idempotent import, every
 * kind of bad import changing nothing, and writing whole or not at all.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The golden files come from tests/data/export-practice.sql (see its header).
 * OPL_UPDATE_GOLDEN=1 writes them anew into the source tree instead of comparing.
 */

#include "config.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-export-csv.h"
#include "opl-export-private.h"
#include "opl-export-schema.h"
#include "opl-export-writer.h"
#include "opl-store-export.h"
#include "opl-store-forms.h"
#include "opl-test-utils.h"

#define EXPORTED_AT "2026-11-22T12:00:00.000Z"

/* ---- fixtures --------------------------------------------------------------------- */

static char *
fixture_db (const char *name)
{
  g_autofree char *dump_path = g_test_build_filename (G_TEST_DIST, "data", "export-practice.sql", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  char *path = opl_test_db_path (name);
  sqlite3 *db;

  g_file_get_contents (dump_path, &sql, NULL, &error);
  g_assert_no_error (error);
  g_unlink (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return path;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A digest of every row of every table, whatever their order on disk: proof that an
 * import changed nothing, or that a copy holds the same rows. */
static char *
tables_digest (OplDatabase *database)
{
  sqlite3 *db = opl_database_get_handle (database);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) g_ptr_array_index (tables, t));
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (g_ptr_array_index (tables, t));

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (row, "|%d:%s", sqlite3_column_type (stmt, c),
                                    sqlite3_column_type (stmt, c) == SQLITE_NULL ? ""
                                    : (const char *) sqlite3_column_text (stmt, c));
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, compare_strings);
      for (guint r = 0; r < rows->len; r++)
        {
          g_checksum_update (checksum, g_ptr_array_index (rows, r), -1);
          g_checksum_update (checksum, (const guchar *) "\n", 1);
        }
    }

  return g_strdup (g_checksum_get_string (checksum));
}

static OplExportBundle *
export_with (OplStore       *store,
             OplExportScope  scope,
             const char     *person_id,
             int             year,
             const char     *viewer_id)
{
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  g_autoptr(GError) error = NULL;
  OplExportBundle *bundle;
  GDate today;

  opl_test_fixed_today (&today);
  selection.scope = scope;
  selection.aios_id = scope == OPL_EXPORT_SCOPE_AIOS ? person_id : NULL;
  selection.opleider_id = scope == OPL_EXPORT_SCOPE_OPLEIDER ? person_id : NULL;
  selection.year = year;
  selection.viewer_id = viewer_id;
  selection.today = &today;
  selection.exported_at = EXPORTED_AT;

  bundle = opl_store_export_bundle (store, &selection, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

static OplExportBundle *
export_practice (OplStore   *store,
                 const char *viewer_id)
{
  return export_with (store, OPL_EXPORT_SCOPE_PRACTICE, NULL, 0, viewer_id);
}

static const char *
id_of (OplStore   *store,
       const char *name)
{
  return opl_person_get_id (opl_test_find_person (store, name));
}

/* Compares @text with the golden file, or writes it with OPL_UPDATE_GOLDEN=1. */
static void
check_golden (const char *relative,
              const char *text,
              gsize       length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "golden", relative, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  gsize expected_length;

  if (g_getenv ("OPL_UPDATE_GOLDEN") != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
      g_file_set_contents (path, text, (gssize) length, &error);
      g_assert_no_error (error);
      return;
    }

  g_file_get_contents (path, &expected, &expected_length, &error);
  g_assert_no_error (error);
  if (expected_length != length || memcmp (expected, text, length) != 0)
    {
      g_autofree char *actual = g_strconcat (g_get_tmp_dir (), "/", "opl-golden-actual", NULL);

      g_file_set_contents (actual, text, (gssize) length, NULL);
      g_error ("%s differs from the golden file %s (this run's text is in %s)", relative, path, actual);
    }
}

/* ---- golden files ----------------------------------------------------------------- */

/* The whole practice as no profile sees it: the JSON and every CSV table. */
static void
test_golden_practice (void)
{
  g_autofree char *path = fixture_db ("golden.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(OplExportBundle) bundle = export_practice (store, NULL);
  g_autofree char *json = opl_export_bundle_to_json (bundle);
  const char * const *names = opl_export_csv_get_table_names ();

  check_golden ("practice/export.json", json, strlen (json));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *relative = g_strconcat ("practice/csv/", names[i], NULL);
      gsize length;
      g_autofree char *csv = opl_export_csv_make_table (bundle, names[i], &length);

      check_golden (relative, csv, length);
    }

  /* The same data always gives the same bytes. */
  {
    g_autoptr(OplExportBundle) again = export_practice (store, NULL);
    g_autofree char *json_again = opl_export_bundle_to_json (again);

    g_assert_cmpstr (json, ==, json_again);
  }
}

/* One aios's traject of opleidingsjaar 2026, exported by the aios herself: her private
 * draft is in. */
static void
test_golden_aios_year (void)
{
  g_autofree char *path = fixture_db ("golden-aios.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  const char *charlotte = id_of (store, "Charlotte Bakker");
  g_autoptr(OplExportBundle) bundle = export_with (store, OPL_EXPORT_SCOPE_AIOS, charlotte, 2026, charlotte);
  g_autofree char *json = opl_export_bundle_to_json (bundle);

  check_golden ("charlotte-2026/export.json", json, strlen (json));
  g_assert_cmpuint (opl_export_bundle_get_n_omitted_private (bundle), ==, 0);
}

/* docs/export-schema.json is made from the same tables the import checks with. */
static void
test_json_schema (void)
{
  g_autoptr(JsonNode) schema = opl_export_schema_to_json_schema ();
  g_autofree char *text = opl_export_node_to_json (schema);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "export-schema.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("OPL_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      return;
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

/* Every section and member of the schema is described in docs/export-schema.md. */
static void
test_schema_documented (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "docs", "export-schema.md", NULL);
  g_autofree char *doc = NULL;
  g_autoptr(GError) error = NULL;
  const OplExportTable * const *tables;
  guint n_tables;

  g_file_get_contents (path, &doc, NULL, &error);
  g_assert_no_error (error);

  tables = opl_export_schema_get_sections (&n_tables);
  for (guint t = 0; t < n_tables; t++)
    {
      g_autofree char *heading = g_strdup_printf ("`%s`", tables[t]->name);

      g_assert_nonnull (strstr (doc, heading));
      for (guint f = 0; f < tables[t]->n_fields; f++)
        {
          g_autofree char *member = g_strdup_printf ("`%s`", tables[t]->fields[f].name);

          if (strstr (doc, member) == NULL)
            g_error ("docs/export-schema.md does not describe %s.%s", tables[t]->name, tables[t]->fields[f].name);
        }
    }
}

/* ---- selections and privacy ------------------------------------------------------- */

static gboolean
section_names_only (OplExportBundle *bundle,
                    const char      *section,
                    const char      *member,
                    const char      *value)
{
  JsonArray *rows = opl_export_bundle_get_section (bundle, section);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      if (g_strcmp0 (opl_export_record_get_string (json_array_get_object_element (rows, i), member), value) != 0)
        return FALSE;
    }

  return TRUE;
}

/* An aios's bundle holds their trajecten, the people they involve, no checklist. */
static void
test_scope_aios (void)
{
  g_autofree char *path = fixture_db ("scope-aios.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  const char *daan = id_of (store, "Daan Visser");
  g_autoptr(OplExportBundle) bundle = export_with (store, OPL_EXPORT_SCOPE_AIOS, daan, 0, NULL);
  JsonArray *trajecten = opl_export_bundle_get_section (bundle, OPL_EXPORT_TRAJECTEN);
  JsonArray *people = opl_export_bundle_get_section (bundle, OPL_EXPORT_PEOPLE);

  /* Daan's fase I and fase II trajecten. */
  g_assert_cmpuint (json_array_get_length (trajecten), ==, 2);
  g_assert_true (section_names_only (bundle, OPL_EXPORT_TRAJECTEN, "aios_id", daan));
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_CHECKLIST_TICKS)), ==, 0);
  g_assert_nonnull (opl_export_bundle_lookup (bundle, OPL_EXPORT_PEOPLE, daan));
  g_assert_null (opl_export_bundle_lookup (bundle, OPL_EXPORT_PEOPLE, id_of (store, "Charlotte Bakker")));
  g_assert_cmpuint (json_array_get_length (people), ==, 3);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_SCHOLING)), ==, 0);

  for (guint i = 0; i < json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS)); i++)
    {
      JsonObject *form = json_array_get_object_element (opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS), i);

      g_assert_nonnull (opl_export_bundle_lookup (bundle, OPL_EXPORT_TRAJECTEN,
                                                  opl_export_record_get_string (form, "traject_id")));
    }
  g_assert_cmpuint (opl_export_bundle_get_scope (bundle), ==, OPL_EXPORT_SCOPE_AIOS);
}

/* Whether the checklist period @key starts from 1 September 2026 on (the demo's ticks
 * end in November 2026). */
static gboolean
period_in_year_2026 (const char *key)
{
  if (!g_str_has_prefix (key, "2026"))
    return g_str_has_prefix (key, "2027");

  switch (strlen (key))
    {
    case 4:
      return FALSE;                                  /* 2026 starts on 1 January */
    case 7:
      if (key[5] == 'H' || key[5] == 'Q')
        return g_strcmp0 (key, "2026-Q4") == 0;      /* 2026-H2 starts on 1 July */
      return g_strcmp0 (key, "2026-09") >= 0;
    case 8:
      return g_strcmp0 (key, "2026-W37") >= 0;       /* 2026-W36 starts on 31 August */
    case 10:
      return g_strcmp0 (key, "2026-09-01") >= 0;
    default:
      return FALSE;
    }
}

/* A year: the trajecten that run in it, ticks of periods that start in it. */
static void
test_scope_year (void)
{
  g_autofree char *path = fixture_db ("scope-year.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(OplExportBundle) bundle = export_with (store, OPL_EXPORT_SCOPE_YEAR, NULL, 2026, NULL);
  g_autoptr(OplExportBundle) all = export_practice (store, NULL);
  JsonArray *trajecten = opl_export_bundle_get_section (bundle, OPL_EXPORT_TRAJECTEN);
  JsonArray *ticks = opl_export_bundle_get_section (bundle, OPL_EXPORT_CHECKLIST_TICKS);
  JsonObject *selection = opl_export_bundle_get_selection (bundle);

  g_assert_cmpstr (opl_export_record_get_string (selection, "first"), ==, "2026-09-01");
  g_assert_cmpstr (opl_export_record_get_string (selection, "last"), ==, "2027-08-31");
  g_assert_cmpuint (json_array_get_length (trajecten), <,
                    json_array_get_length (opl_export_bundle_get_section (all, OPL_EXPORT_TRAJECTEN)));
  for (guint i = 0; i < json_array_get_length (trajecten); i++)
    {
      const char *end = opl_export_record_get_string (json_array_get_object_element (trajecten, i), "end_date");

      g_assert_true (end == NULL || g_strcmp0 (end, "2026-09-01") >= 0);
    }

  g_assert_cmpuint (json_array_get_length (ticks), >, 0);
  g_assert_cmpuint (json_array_get_length (ticks), <,
                    json_array_get_length (opl_export_bundle_get_section (all, OPL_EXPORT_CHECKLIST_TICKS)));
  for (guint i = 0; i < json_array_get_length (ticks); i++)
    {
      const char *key = opl_export_record_get_string (json_array_get_object_element (ticks, i), "period_key");

      g_assert_true (period_in_year_2026 (key));
    }
}

static void
assert_dates_in (OplExportBundle *bundle,
                 const char      *section,
                 const char      *first,
                 const char      *last)
{
  JsonArray *rows = opl_export_bundle_get_section (bundle, section);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      const char *date = opl_export_record_get_string (json_array_get_object_element (rows, i), "date");

      g_assert_cmpstr (date, >=, first);
      g_assert_cmpstr (date, <=, last);
    }
}

/* An opleider and an opleidingsjaar (issue 7: "per opleider and opleidingsjaar for
 * scholing"): their scholing, dispensation, leerplan and HAO-voortgangsgesprekken of
 * that year and their checklist, no trajecten. */
static void
test_scope_opleider (void)
{
  g_autofree char *path = fixture_db ("scope-opleider.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  const char *bram = id_of (store, "Bram Jansen");
  const char *anna = id_of (store, "Anna de Vries");
  g_autoptr(OplExportBundle) bundle = export_with (store, OPL_EXPORT_SCOPE_OPLEIDER, bram, 2026, NULL);
  g_autoptr(OplExportBundle) anna_2026 = export_with (store, OPL_EXPORT_SCOPE_OPLEIDER, anna, 2026, NULL);
  g_autoptr(OplExportBundle) anna_all = export_with (store, OPL_EXPORT_SCOPE_OPLEIDER, anna, 0, NULL);
  g_autofree char *json = opl_export_bundle_to_json (anna_2026);
  g_autofree char *csv = NULL;
  gsize length;

  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_TRAJECTEN)), ==, 0);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_CHECKLIST_TICKS)), >, 0);
  g_assert_true (section_names_only (bundle, OPL_EXPORT_CHECKLIST_TICKS, "person_id", bram));
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_PEOPLE)), ==, 1);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_DISPENSATIONS)), ==, 1);
  g_assert_true (section_names_only (bundle, OPL_EXPORT_SCHOLING, "person_id", bram));

  /* Anna's year: only her rows, only of 2026-09-01 to 2027-08-31, fewer than all years. */
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (anna_2026, OPL_EXPORT_SCHOLING)), >, 0);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (anna_2026, OPL_EXPORT_SCHOLING)), <,
                    json_array_get_length (opl_export_bundle_get_section (anna_all, OPL_EXPORT_SCHOLING)));
  g_assert_true (section_names_only (anna_2026, OPL_EXPORT_SCHOLING, "person_id", anna));
  g_assert_true (section_names_only (anna_2026, OPL_EXPORT_LEERPUNTEN, "person_id", anna));
  assert_dates_in (anna_2026, OPL_EXPORT_SCHOLING, "2026-09-01", "2027-08-31");
  assert_dates_in (anna_2026, OPL_EXPORT_HAO_GESPREKKEN, "2026-09-01", "2027-08-31");
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (anna_2026, OPL_EXPORT_DISPENSATIONS)), ==, 0);

  check_golden ("anna-2026/export.json", json, strlen (json));
  csv = opl_export_csv_make_table (anna_2026, "scholing.csv", &length);
  check_golden ("anna-2026/scholing.csv", csv, length);
}

/* Only the sections chosen go in (design.md §7: only what the user selected). */
static void
test_sections_chosen (void)
{
  g_autofree char *path = fixture_db ("sections.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *chosen;

  selection.sections = OPL_EXPORT_SECTION_FORMS;
  selection.exported_at = EXPORTED_AT;
  bundle = opl_store_export_bundle (store, &selection, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS)), >, 0);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_FORM_DEFINITIONS)), >, 0);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_LEERGESPREKKEN)), ==, 0);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_MOMENTS)), ==, 0);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_KPB_ENTRIES)), ==, 0);
  g_assert_cmpuint (json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_CHECKLIST_TICKS)), ==, 0);
  g_assert_cmpuint (opl_export_bundle_get_sections (bundle), ==, OPL_EXPORT_SECTION_FORMS);
  chosen = opl_export_record_get_array (opl_export_bundle_get_selection (bundle), "sections");
  g_assert_cmpuint (json_array_get_length (chosen), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (chosen, 0), ==, "forms");
}

static void
test_bad_selection (void)
{
  g_autofree char *path = fixture_db ("selection.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  g_autoptr(GError) error = NULL;

  selection.scope = OPL_EXPORT_SCOPE_AIOS;
  selection.aios_id = id_of (store, "Anna de Vries");
  g_assert_null (opl_store_export_bundle (store, &selection, &error));
  g_assert_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION);
  g_clear_error (&error);

  selection.scope = OPL_EXPORT_SCOPE_YEAR;
  selection.year = 0;
  g_assert_null (opl_store_export_bundle (store, &selection, &error));
  g_assert_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION);
}

static int
on_trace_cb (unsigned  type,
             void     *user_data,
             void     *p,
             void     *x)
{
  const char *sql = sqlite3_sql (p);

  if (type == SQLITE_TRACE_STMT && sql != NULL && strstr (sql, "checklist_tick") != NULL &&
      g_str_has_prefix (sql, "SELECT"))
    g_hash_table_add (user_data, g_strdup (sql));
  return 0;
}

/* docs/performance.md (the year's export grew with the history) and design.md §9: the
 * export of a year reads its ticks through checklist_tick_by_period, never all of them,
 * (the golden tests keep the result itself unchanged). */
static void
test_year_reads_ticks_by_index (void)
{
  g_autofree char *path = opl_test_db_path ("year-index.db");
  g_autoptr(OplStore) store = opl_test_history_store (path, 4, 3);
  OplDatabase *database = opl_store_get_database (store);
  sqlite3 *db = opl_database_get_handle (database);
  g_autoptr(GHashTable) statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(OplExportBundle) year = NULL;
  g_autoptr(OplExportBundle) all = NULL;
  JsonArray *ticks, *every;
  GHashTableIter iter;
  const char *sql;
  GDate today;

  opl_test_fixed_today (&today);
  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, on_trace_cb, statements);
  year = export_with (store, OPL_EXPORT_SCOPE_YEAR, NULL, g_date_get_year (&today) - 2, NULL);
  sqlite3_trace_v2 (db, 0, NULL, NULL);

  g_assert_cmpuint (g_hash_table_size (statements), >=, 1);
  g_hash_table_iter_init (&iter, statements);
  while (g_hash_table_iter_next (&iter, (gpointer *) &sql, NULL))
    {
      g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
      sqlite3_stmt *stmt = NULL;
      gboolean searched = FALSE;

      g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *detail = (const char *) sqlite3_column_text (stmt, 3);

          g_test_message ("%s: %s", sql, detail);
          g_assert_false (g_str_has_prefix (detail, "SCAN t") || g_str_has_prefix (detail, "SCAN checklist_tick"));
          searched |= strstr (detail, "checklist_tick_by_period (person_id=? AND period_key>? AND period_key<?)") != NULL;
        }
      sqlite3_finalize (stmt);
      g_assert_true (searched);
    }

  /* A year of the four: some of the practice's ticks, not all. */
  all = export_practice (store, NULL);
  ticks = opl_export_bundle_get_section (year, OPL_EXPORT_CHECKLIST_TICKS);
  every = opl_export_bundle_get_section (all, OPL_EXPORT_CHECKLIST_TICKS);
  g_assert_cmpuint (json_array_get_length (ticks), >, 0);
  g_assert_cmpuint (json_array_get_length (ticks), <, json_array_get_length (every) / 2);
}

/* design.md §7: a private form goes in exactly when the exporting profile may see it,
 * by the same rule as the store's reads (opl_store_list_forms()). */
static void
test_privacy_agrees_with_store (void)
{
  g_autofree char *path = fixture_db ("privacy.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  GListModel *people = opl_store_get_people (store);
  guint n_private = 0;

  for (guint p = 0; p <= g_list_model_get_n_items (people); p++)
    {
      g_autoptr(OplPerson) viewer = p < g_list_model_get_n_items (people) ? g_list_model_get_item (people, p) : NULL;
      const char *viewer_id = viewer != NULL ? opl_person_get_id (viewer) : NULL;
      g_autoptr(OplExportBundle) bundle = export_practice (store, viewer_id);
      OplFormQuery query = OPL_FORM_QUERY_INIT;
      g_autoptr(GPtrArray) forms = NULL;
      g_autoptr(GError) error = NULL;
      guint redacted = 0;

      query.include_superseded = TRUE;
      forms = opl_store_list_forms (store, &query, viewer_id, &error);
      g_assert_no_error (error);

      for (guint i = 0; i < forms->len; i++)
        {
          OplForm *form = g_ptr_array_index (forms, i);
          gboolean in_bundle = opl_export_bundle_lookup (bundle, OPL_EXPORT_FORMS, opl_form_get_id (form)) != NULL;

          g_assert_cmpint (in_bundle, ==, !opl_form_is_redacted (form));
          redacted += opl_form_is_redacted (form);
        }
      g_assert_cmpuint (opl_export_bundle_get_n_omitted_private (bundle), ==, redacted);
      n_private = MAX (n_private, redacted);
    }

  /* The fixture has a private draft, so the test can fail. */
  g_assert_cmpuint (n_private, >, 0);
}

/* ---- round trip and idempotence --------------------------------------------------- */

static char *
private_author (OplDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database,
                                                       "SELECT DISTINCT author_id FROM form WHERE author_role = 'aios'"
                                                       " AND kind IN ('combel', 'leoh') AND shared = 0", &error);
  gboolean has_row;
  char *author;

  g_assert_no_error (error);
  opl_database_step_row (database, stmt, &has_row, &error);
  g_assert_true (has_row);
  author = g_strdup (opl_column_text (stmt, 0));
  opl_database_step_row (database, stmt, &has_row, &error);
  g_assert_false (has_row);
  return author;
}

static OplExportBundle *
reread (OplExportBundle *bundle)
{
  g_autofree char *json = opl_export_bundle_to_json (bundle);
  g_autoptr(GError) error = NULL;
  OplExportBundle *copy = opl_export_bundle_new_from_data (json, strlen (json), &error);

  g_assert_no_error (error);
  return copy;
}

/* Issue 7: export a practice, import it into an empty database, export again: the two
 * documents are equal, and so are the databases row for row. On the demo practice with
 * a new version of a final form (its chain) and as the profile that sees every form. */
static void
test_round_trip (void)
{
  g_autofree char *source_path = opl_test_db_path ("round-source.db");
  g_autofree char *copy_path = opl_test_db_path ("round-copy.db");
  g_autoptr(OplStore) source = opl_test_demo_store (source_path);
  g_autoptr(OplStore) copy = NULL;
  g_autoptr(OplExportBundle) first = NULL;
  g_autoptr(OplExportBundle) read_back = NULL;
  g_autoptr(OplExportBundle) second = NULL;
  g_autoptr(OplForm) version = NULL;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *viewer = private_author (opl_store_get_database (source));
  g_autofree char *first_json = NULL;
  g_autofree char *second_json = NULL;
  g_autofree char *source_digest = NULL;
  g_autofree char *copy_digest = NULL;
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  OplImportReport report;

  /* A final voortgangsadvies gets a new version. */
  query.kind = OPL_FORM_KIND_VOORTGANGSADVIES;
  forms = opl_store_list_forms (source, &query, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (forms->len, >, 0);
  version = opl_store_new_form_version (source, g_ptr_array_index (forms, 0),
                                        opl_form_get_author_id (g_ptr_array_index (forms, 0)), &error);
  g_assert_no_error (error);

  first = export_practice (source, viewer);
  g_assert_cmpuint (opl_export_bundle_get_n_omitted_private (first), ==, 0);
  read_back = reread (first);

  g_unlink (copy_path);
  copy = opl_test_open_store (copy_path);
  g_assert_true (opl_store_import_bundle (copy, read_back, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.unchanged, ==, 0);
  g_assert_cmpuint (report.inserted, >, 500);

  second = export_practice (copy, viewer);
  first_json = opl_export_bundle_to_json (first);
  second_json = opl_export_bundle_to_json (second);
  g_assert_cmpstr (first_json, ==, second_json);

  source_digest = tables_digest (opl_store_get_database (source));
  copy_digest = tables_digest (opl_store_get_database (copy));
  g_assert_cmpstr (source_digest, ==, copy_digest);
  g_assert_cmpstr (opl_store_get_practice_name (copy), ==, "Huisartsenpraktijk De Linde");
}

/* Importing the same bundle twice changes nothing the second time: the rows, the
 * report, and SQLite's data_version seen from another connection. */
static void
test_import_twice (void)
{
  g_autofree char *source_path = fixture_db ("twice-source.db");
  g_autofree char *target_path = opl_test_db_path ("twice-target.db");
  g_autoptr(OplStore) source = opl_test_open_store (source_path);
  g_autoptr(OplStore) target = NULL;
  g_autoptr(OplDatabase) watcher = NULL;
  g_autoptr(OplExportBundle) bundle = export_practice (source, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *after_second = NULL;
  OplImportReport first, second;
  gint64 version;

  g_unlink (target_path);
  target = opl_test_open_store (target_path);
  g_assert_true (opl_store_import_bundle (target, bundle, &first, &error));
  g_assert_no_error (error);
  after_first = tables_digest (opl_store_get_database (target));

  watcher = opl_test_open (target_path);
  version = opl_database_get_data_version (watcher);

  g_assert_true (opl_store_import_bundle (target, bundle, &second, &error));
  g_assert_no_error (error);
  after_second = tables_digest (opl_store_get_database (target));

  g_assert_cmpuint (second.inserted, ==, 0);
  g_assert_cmpuint (second.unchanged, ==, first.inserted);
  g_assert_cmpstr (after_first, ==, after_second);
  g_assert_cmpint (opl_database_get_data_version (watcher), ==, version);

  /* Into the database it came from: all there already. */
  g_assert_true (opl_store_import_bundle (source, bundle, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (second.inserted, ==, 0);
}

/* ---- bad bundles ------------------------------------------------------------------ */

static char *good_json;

static const char *
good_bundle_text (void)
{
  if (good_json == NULL)
    {
      g_autofree char *path = fixture_db ("good.db");
      g_autoptr(OplStore) store = opl_test_open_store (path);
      g_autoptr(OplExportBundle) bundle = export_practice (store, NULL);

      good_json = opl_export_bundle_to_json (bundle);
    }

  return good_json;
}

static OplExportBundle *good_parsed;

/* The good bundle itself (kept for the test run). */
static OplExportBundle *
good_bundle (void)
{
  if (good_parsed == NULL)
    {
      g_autoptr(GError) error = NULL;

      good_parsed = opl_export_bundle_new_from_data (good_bundle_text (), strlen (good_bundle_text ()), &error);
      g_assert_no_error (error);
    }

  return good_parsed;
}

/* The node at @path ("forms[3].answers[2].value"), or %NULL. */
static JsonNode *
node_at (JsonNode   *root,
         const char *path,
         JsonObject **parent,
         char       **member)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');
      guint index = 0;

      if (bracket != NULL)
        {
          index = (guint) g_ascii_strtoull (bracket + 1, NULL, 10);
          *bracket = '\0';
        }
      *parent = json_node_get_object (node);
      g_free (*member);
      *member = g_strdup (parts[i]);
      node = json_object_get_member (*parent, parts[i]);
      if (bracket != NULL && node != NULL)
        {
          node = json_array_get_element (json_node_get_array (node), index);
          *parent = json_node_get_object (node);
        }
    }

  return node;
}

/* @base with the member at @path set to @value (JSON text) or removed (@value %NULL).
 * A path that ends in an array element ("leergesprekken[4]") turns that element into
 * the string @value. */
static char *
mutate_text (const char *base,
             const char *path,
             const char *value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *member = NULL;
  JsonObject *parent = NULL;
  JsonNode *root, *node;

  json_parser_load_from_data (parser, base, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  node = node_at (root, path, &parent, &member);

  if (g_str_has_suffix (path, "]"))
    {
      /* A new array with the element replaced (json-glib 1.6 cannot re-initialise a
       * node that holds an object in place). */
      g_autofree char *array_path = g_strndup (path, strrchr (path, '[') - path);
      guint index = (guint) g_ascii_strtoull (strrchr (path, '[') + 1, NULL, 10);
      JsonArray *array = json_node_get_array (node_at (root, array_path, &parent, &member));
      JsonArray *copy = json_array_new ();

      g_assert_nonnull (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          if (i == index)
            json_array_add_string_element (copy, value);
          else
            json_array_add_element (copy, json_node_copy (json_array_get_element (array, i)));
        }
      json_object_set_array_member (parent, member, copy);
    }
  else if (value == NULL)
    {
      g_assert_nonnull (node);
      json_object_remove_member (parent, member);
    }
  else
    {
      g_autoptr(JsonParser) value_parser = json_parser_new ();

      g_assert_nonnull (parent);
      json_parser_load_from_data (value_parser, value, -1, &error);
      g_assert_no_error (error);
      json_object_set_member (parent, member, json_node_copy (json_parser_get_root (value_parser)));
    }

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static char *
mutate (const char *path,
        const char *value)
{
  return mutate_text (good_bundle_text (), path, value);
}

static OplStore *bad_target;
static char *bad_target_digest;

/* The path an import takes (opl_export_bundle_new_from_file(), then
 * opl_store_import_bundle()) with @text as the file, into a database holding the
 * fixture from which the good bundle came; nothing in it may change. */
static void
assert_import_changes_nothing (const char *text,
                               gsize       length,
                               int         code)
{
  g_autofree char *file = opl_test_db_path ("bad-bundle.json");
  g_autofree char *digest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplExportBundle) bundle = NULL;

  if (bad_target == NULL)
    {
      g_autofree char *path = fixture_db ("bad-target.db");

      bad_target = opl_test_open_store (path);
      bad_target_digest = tables_digest (opl_store_get_database (bad_target));
    }

  opl_test_write_file (file, text, (gssize) length);
  bundle = opl_export_bundle_new_from_file (file, &error);
  if (bundle != NULL)
    g_assert_false (opl_store_import_bundle (bad_target, bundle, NULL, &error));
  else
    g_assert_error (error, OPL_EXPORT_ERROR, code);

  digest = tables_digest (opl_store_get_database (bad_target));
  g_assert_cmpstr (digest, ==, bad_target_digest);
}

static void
assert_refused (const char *text,
                gsize       length,
                int         code,
                const char *where)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplExportBundle) bundle = opl_export_bundle_new_from_data (text, length, &error);

  if (bundle != NULL)
    g_error ("A bundle that breaks %s was taken", where);
  g_assert_error (error, OPL_EXPORT_ERROR, code);
  if (strstr (error->message, where) == NULL)
    g_error ("“%s” does not name “%s”", error->message, where);

  if (length <= OPL_EXPORT_MAX_BYTES)
    assert_import_changes_nothing (text, length, code);
}

static void
assert_mutation_refused (const char *path,
                         const char *value,
                         int         code,
                         const char *where)
{
  g_autofree char *text = mutate (path, value);

  assert_refused (text, strlen (text), code, where);
}

/* Finds a form answer on a scale: its form and answer index. */
static void
find_scale_answer (guint *form_index,
                   guint *answer_index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplExportBundle) bundle = opl_export_bundle_new_from_data (good_bundle_text (),
                                                                        strlen (good_bundle_text ()), &error);
  JsonArray *forms = opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS);

  g_assert_no_error (error);
  for (guint f = 0; f < json_array_get_length (forms); f++)
    {
      JsonObject *form = json_array_get_object_element (forms, f);
      OplFormDefinition *definition =
        opl_export_bundle_get_form_definition (bundle, opl_export_record_get_string (form, "definition_id"),
                                               (int) opl_export_record_get_int (form, "definition_version", 0));
      JsonArray *answers = opl_export_record_get_array (form, "answers");

      for (guint a = 0; a < json_array_get_length (answers); a++)
        {
          const OplFormItem *item =
            opl_form_definition_lookup_item (definition,
                                             opl_export_record_get_string (json_array_get_object_element (answers, a),
                                                                           "item_id"), NULL);

          if (item->type == OPL_FORM_ITEM_SCALE)
            {
              *form_index = f;
              *answer_index = a;
              return;
            }
        }
    }

  g_assert_not_reached ();
}

/* The index of the first form whose @member is @value. */
static guint
find_form (const char *member,
           const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplExportBundle) bundle = opl_export_bundle_new_from_data (good_bundle_text (),
                                                                        strlen (good_bundle_text ()), &error);
  JsonArray *forms = opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS);

  g_assert_no_error (error);
  for (guint f = 0; f < json_array_get_length (forms); f++)
    {
      if (g_strcmp0 (opl_export_record_get_string (json_array_get_object_element (forms, f), member), value) == 0)
        return f;
    }

  g_assert_not_reached ();
}

static void
test_bad_syntax (void)
{
  const char *good = good_bundle_text ();
  g_autofree char *extra_comma = g_strdup (good);
  char *at = strstr (extra_comma, "\"version\": 1,");

  /* Malformed: a comma too many. */
  at[strlen ("\"version\": 1")] = ';';
  assert_refused (extra_comma, strlen (extra_comma), OPL_EXPORT_ERROR_NOT_A_BUNDLE, "malformed");

  /* Truncated anywhere: half, one byte short. */
  assert_refused (good, strlen (good) / 2, OPL_EXPORT_ERROR_NOT_A_BUNDLE, "malformed");
  assert_refused (good, strlen (good) - 2, OPL_EXPORT_ERROR_NOT_A_BUNDLE, "malformed");
  assert_refused ("", 0, OPL_EXPORT_ERROR_NOT_A_BUNDLE, "empty");
  assert_refused ("[]", 2, OPL_EXPORT_ERROR_NOT_A_BUNDLE, "$");
  assert_refused ("{\"format\": \"something-else\"}", strlen ("{\"format\": \"something-else\"}"),
                  OPL_EXPORT_ERROR_NOT_A_BUNDLE, "$.format");

  /* Bytes that are not text, or a NUL hidden in a string. */
  assert_refused ("{\"format\": \"\xff\"}", 15, OPL_EXPORT_ERROR_NOT_A_BUNDLE, "UTF-8");
  assert_refused ("{\"format\": \"a\0b\"}", 17, OPL_EXPORT_ERROR_NOT_A_BUNDLE, "UTF-8");
  assert_refused ("{\"format\": \"a\\u0000b\"}", 22, OPL_EXPORT_ERROR_INVALID, "NUL");
}

static void
test_bad_version (void)
{
  assert_mutation_refused ("version", "2", OPL_EXPORT_ERROR_VERSION, "$.version");
  assert_mutation_refused ("version", "\"1\"", OPL_EXPORT_ERROR_VERSION, "$.version");
  assert_mutation_refused ("version", NULL, OPL_EXPORT_ERROR_VERSION, "$.version");
  assert_mutation_refused ("format", "\"opleidingspraktijk-export-2\"", OPL_EXPORT_ERROR_NOT_A_BUNDLE, "$.format");
}

static void
test_bad_sizes (void)
{
  g_autofree char *path = opl_test_db_path ("oversized.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new ("{\"format\": ");
  g_autoptr(GString) many = g_string_new (NULL);
  g_autofree char *many_text = NULL;
  FILE *file;

  /* Over 50 MB: refused by its size, before it is read (a sparse file). */
  file = fopen (path, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), OPL_EXPORT_MAX_BYTES + 1), ==, 0);
  fclose (file);
  g_assert_null (opl_export_bundle_new_from_file (path, &error));
  g_assert_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);
  assert_refused (good_bundle_text (), OPL_EXPORT_MAX_BYTES + 1, OPL_EXPORT_ERROR_TOO_LARGE, "50 MB");

  /* Nested deeper than any bundle is. */
  for (guint i = 0; i < 100; i++)
    g_string_append_c (deep, '[');
  assert_refused (deep->str, deep->len, OPL_EXPORT_ERROR_TOO_LARGE, "nested");

  /* An absurd number of rows in one list. */
  for (guint i = 0; i <= OPL_EXPORT_MAX_ROWS; i++)
    g_string_append (many, i == 0 ? "[1" : ",1");
  g_string_append_c (many, ']');
  many_text = mutate ("checklist_ticks", many->str);
  assert_refused (many_text, strlen (many_text), OPL_EXPORT_ERROR_TOO_LARGE, "$.checklist_ticks");

  /* A text longer than its column takes. */
  {
    g_autofree char *long_name = g_strnfill (201, 'a');
    g_autofree char *value = g_strdup_printf ("\"%s\"", long_name);

    assert_mutation_refused ("people[0].name", value, OPL_EXPORT_ERROR_INVALID, "$.people[0].name");
  }
}

static void
test_bad_types (void)
{
  assert_mutation_refused ("trajecten[0].phase", "\"1\"", OPL_EXPORT_ERROR_INVALID, "$.trajecten[0].phase");
  assert_mutation_refused ("trajecten[0].phase", "3", OPL_EXPORT_ERROR_INVALID, "$.trajecten[0].phase");
  assert_mutation_refused ("people[1].archived", "0", OPL_EXPORT_ERROR_INVALID, "$.people[1].archived");
  assert_mutation_refused ("moments_done[2].month", "3.5", OPL_EXPORT_ERROR_INVALID, "$.moments_done[2].month");
  {
    g_autofree char *marked = mutate ("moments_done[2].month", "424242");
    g_autoptr(GString) huge = g_string_new (marked);

    g_string_replace (huge, "424242", "99999999999999999999999", 1);
    assert_refused (huge->str, huge->len, OPL_EXPORT_ERROR_INVALID, "$.moments_done[2].month");
  }
  assert_mutation_refused ("trajecten[1].parttime", "0.2", OPL_EXPORT_ERROR_INVALID, "$.trajecten[1].parttime");
  assert_mutation_refused ("people[2].role", "\"dokter\"", OPL_EXPORT_ERROR_INVALID, "$.people[2].role");
  assert_mutation_refused ("people", "{}", OPL_EXPORT_ERROR_INVALID, "$.people");
  assert_mutation_refused ("leergesprekken[4]", "a leergesprek", OPL_EXPORT_ERROR_INVALID, "$.leergesprekken[4]");
  assert_mutation_refused ("leergesprekken[4].id", "\"not-a-uuid\"", OPL_EXPORT_ERROR_INVALID, "$.leergesprekken[4].id");
  assert_mutation_refused ("trajecten[0].opleiders[0].share", "0", OPL_EXPORT_ERROR_INVALID,
                           "$.trajecten[0].opleiders[0].share");
  assert_mutation_refused ("selection.sections", "[\"everything\"]", OPL_EXPORT_ERROR_INVALID, "$.selection.sections[0]");

  /* Members missing or unknown. */
  assert_mutation_refused ("trajecten[0].phase", NULL, OPL_EXPORT_ERROR_INVALID, "$.trajecten[0].phase: missing");
  assert_mutation_refused ("people[1].nickname", "\"Bram\"", OPL_EXPORT_ERROR_INVALID, "$.people[1].nickname: unknown");
  assert_mutation_refused ("kpb", "[]", OPL_EXPORT_ERROR_INVALID, "$.kpb: unknown");
  assert_mutation_refused ("diensten", NULL, OPL_EXPORT_ERROR_INVALID, "$.diensten: missing");
}

static void
test_bad_dates (void)
{
  assert_mutation_refused ("leergesprekken[3].date", "\"2026-02-30\"", OPL_EXPORT_ERROR_INVALID, "$.leergesprekken[3].date");
  assert_mutation_refused ("trajecten[0].start_date", "\"2026-13-01\"", OPL_EXPORT_ERROR_INVALID, "$.trajecten[0].start_date");
  assert_mutation_refused ("diensten[0].dienst_date", "\"22-11-2026\"", OPL_EXPORT_ERROR_INVALID, "$.diensten[0].dienst_date");
  assert_mutation_refused ("people[0].created_at", "\"2026-02-30T10:00:00Z\"", OPL_EXPORT_ERROR_INVALID,
                           "$.people[0].created_at");
  assert_mutation_refused ("people[0].changed_at", "\"2000-01-01T00:00:00.000Z\"", OPL_EXPORT_ERROR_INVALID,
                           "$.people[0].changed_at");
  assert_mutation_refused ("today", "\"2026-11-31\"", OPL_EXPORT_ERROR_INVALID, "$.today");
  assert_mutation_refused ("closures[0].end_date", "\"2000-01-01\"", OPL_EXPORT_ERROR_INVALID, "$.closures[0].end_date");
  assert_mutation_refused ("trajecten[0].end_date", "\"2000-01-01\"", OPL_EXPORT_ERROR_INVALID, "$.trajecten[0].end_date");
}

/* The good bundle with @raw as the JSON text of the member at @path (text that
 * json-glib would not write: 007, a member twice). */
#define RAW_MARK "987654321"

static char *
mutate_raw (const char *path,
            const char *raw)
{
  g_autofree char *text = mutate (path, RAW_MARK);
  GString *out = g_string_new (text);

  g_assert_nonnull (strstr (text, RAW_MARK));
  g_assert_null (strstr (strstr (text, RAW_MARK) + 1, RAW_MARK));
  g_string_replace (out, RAW_MARK, raw, 1);
  return g_string_free (out, FALSE);
}

static void
assert_raw_refused (const char *path,
                    const char *raw,
                    int         code,
                    const char *where)
{
  g_autofree char *text = mutate_raw (path, raw);

  assert_refused (text, strlen (text), code, where);
}

/* Issue 17: what json-glib takes but JSON is not, each refused with its JSON path (or
 * its line), and nothing written. */
static void
test_bad_strict (void)
{
  g_autofree char *name = g_strdup_printf ("\"%s\"", opl_export_bundle_get_person_name (
    good_bundle (), opl_export_record_get_string (
      json_array_get_object_element (opl_export_bundle_get_section (good_bundle (), OPL_EXPORT_PEOPLE), 0), "id")));
  g_autofree char *twice = g_strdup_printf ("%s, \"name\": %s", name, name);
  g_autofree char *differs = g_strdup_printf ("\"Someone else\", \"name\": %s", name);
  g_autofree char *commented = NULL;
  g_autofree char *trailing = NULL;

  /* A member twice: json-glib keeps the last without a word; refused even when both
   * say the same, and when the second is spelled with an escape. */
  assert_raw_refused ("version", "1, \"version\": 1", OPL_EXPORT_ERROR_INVALID, "$.version: the object has more");
  assert_raw_refused ("people[0].name", twice, OPL_EXPORT_ERROR_INVALID, "$.people[0].name: the object has more");
  assert_raw_refused ("people[0].name", differs, OPL_EXPORT_ERROR_INVALID, "$.people[0].name");
  assert_raw_refused ("trajecten[2].slot.weekday", "2, \"week\\u0064ay\": 2", OPL_EXPORT_ERROR_INVALID,
                      "$.trajecten[2].slot.weekday");
  assert_raw_refused ("leergesprekken", "[], \"leergesprekken\": []", OPL_EXPORT_ERROR_INVALID, "$.leergesprekken");

  /* Numbers JSON does not write: json-glib reads 01 as 1 and 010 as 8 (octal), refuses
   * 08 with a line and column only, and takes 0x10, .5 and 1. too. */
  assert_raw_refused ("trajecten[0].phase", "01", OPL_EXPORT_ERROR_INVALID, "$.trajecten[0].phase: “01”");
  assert_raw_refused ("moments_done[2].month", "010", OPL_EXPORT_ERROR_INVALID, "$.moments_done[2].month: “010”");
  assert_raw_refused ("leergesprekken[0].start_minute", "0780", OPL_EXPORT_ERROR_INVALID,
                      "$.leergesprekken[0].start_minute: “0780”");
  assert_raw_refused ("trajecten[2].slot.weekday", "0x2", OPL_EXPORT_ERROR_INVALID, "$.trajecten[2].slot.weekday");
  assert_raw_refused ("trajecten[0].opleiders[0].share", ".5", OPL_EXPORT_ERROR_INVALID,
                      "$.trajecten[0].opleiders[0].share");
  assert_raw_refused ("trajecten[1].parttime", "1.", OPL_EXPORT_ERROR_INVALID, "$.trajecten[1].parttime");
  assert_raw_refused ("people[0].opleider_since", "-02019", OPL_EXPORT_ERROR_INVALID, "$.people[0].opleider_since");
  assert_raw_refused ("selection.omitted_private_forms", "+0", OPL_EXPORT_ERROR_INVALID,
                      "$.selection.omitted_private_forms");
  /* In a list of numbers; and one json-glib cannot read past: its line. */
  assert_raw_refused ("checklist_ticks", "[1, 2, 007]", OPL_EXPORT_ERROR_INVALID, "$.checklist_ticks[2]");
  assert_raw_refused ("version", "007 true", OPL_EXPORT_ERROR_INVALID, "Line 1: “007” is not a number");

  /* Comments, single quotes and a second document. */
  commented = mutate_raw ("version", "1 /* version */");
  assert_refused (commented, strlen (commented), OPL_EXPORT_ERROR_NOT_A_BUNDLE, "comment");
  assert_raw_refused ("version", "1, 'today': 1", OPL_EXPORT_ERROR_NOT_A_BUNDLE, "single quotes");
  trailing = g_strconcat (good_bundle_text (), "{}\n", NULL);
  assert_refused (trailing, strlen (trailing), OPL_EXPORT_ERROR_NOT_A_BUNDLE, "after the end of the document");

  /* Good numbers stay good: 0, -0, 0.5, 1e2 where a number may be. */
  {
    g_autofree char *zero = mutate_raw ("selection.omitted_private_forms", "0");
    g_autoptr(GError) error = NULL;
    g_autoptr(OplExportBundle) bundle = opl_export_bundle_new_from_data (zero, strlen (zero), &error);

    g_assert_no_error (error);
  }
}

/* Issue 17: a date before the practice could exist (or long after) is a typing mistake:
 * from 1950 to 2200, the years of the database's opleidingsjaren. */
static void
test_bad_date_range (void)
{
  assert_mutation_refused ("leergesprekken[3].date", "\"1949-12-31\"", OPL_EXPORT_ERROR_INVALID,
                           "$.leergesprekken[3].date: “1949-12-31” is before 1950");
  assert_mutation_refused ("trajecten[0].start_date", "\"0026-09-01\"", OPL_EXPORT_ERROR_INVALID,
                           "$.trajecten[0].start_date");
  assert_mutation_refused ("diensten[0].dienst_date", "\"2201-01-01\"", OPL_EXPORT_ERROR_INVALID,
                           "$.diensten[0].dienst_date");
  assert_mutation_refused ("people[0].created_at", "\"1026-11-22T10:00:00.000Z\"", OPL_EXPORT_ERROR_INVALID,
                           "$.people[0].created_at");
  assert_mutation_refused ("trajecten[2].slot.coschap_start", "\"1900-01-01\"", OPL_EXPORT_ERROR_INVALID,
                           "$.trajecten[2].slot.coschap_start");
  assert_mutation_refused ("today", "\"1949-01-01\"", OPL_EXPORT_ERROR_INVALID, "$.today");
  assert_mutation_refused ("exported_at", "\"9999-01-01T00:00:00.000Z\"", OPL_EXPORT_ERROR_INVALID, "$.exported_at");
}

static void
test_bad_references (void)
{
  const char *nobody = "\"00000000-0000-4000-8000-000000000000\"";
  g_autofree char *duplicate = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *first_id;

  assert_mutation_refused ("forms[0].traject_id", nobody, OPL_EXPORT_ERROR_INVALID, "$.forms[0].traject_id");
  assert_mutation_refused ("kpb_entries[1].assessor_id", nobody, OPL_EXPORT_ERROR_INVALID, "$.kpb_entries[1].assessor_id");
  assert_mutation_refused ("trajecten[2].opleiders[0].opleider_id", nobody, OPL_EXPORT_ERROR_INVALID,
                           "$.trajecten[2].opleiders[0].opleider_id");
  assert_mutation_refused ("forms[1].supersedes", nobody, OPL_EXPORT_ERROR_INVALID, "$.forms[1].supersedes");
  assert_mutation_refused ("selection.aios_id", nobody, OPL_EXPORT_ERROR_INVALID, "$.selection.aios_id");
  assert_mutation_refused ("forms[0].definition_version", "99", OPL_EXPORT_ERROR_INVALID, "$.forms[0].definition_id");

  /* Two people with one id. */
  json_parser_load_from_data (parser, good_bundle_text (), -1, &error);
  g_assert_no_error (error);
  first_id = json_object_get_string_member (
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                 "people"), 0), "id");
  duplicate = g_strdup_printf ("\"%s\"", first_id);
  assert_mutation_refused ("people[1].id", duplicate, OPL_EXPORT_ERROR_INVALID, "$.people[1].id");
}

/* The database's rules across rows, checked before writing. */
static void
test_bad_rules (void)
{
  guint form, answer;
  g_autofree char *value_path = NULL;
  g_autofree char *item_path = NULL;
  g_autofree char *answers_path = NULL;

  find_scale_answer (&form, &answer);
  value_path = g_strdup_printf ("forms[%u].answers[%u].value", form, answer);
  assert_mutation_refused (value_path, "\"99\"", OPL_EXPORT_ERROR_INVALID, value_path);
  item_path = g_strdup_printf ("forms[%u].answers[%u].item_id", form, answer);
  assert_mutation_refused (item_path, "\"no-such-item\"", OPL_EXPORT_ERROR_INVALID, item_path);

  assert_mutation_refused ("trajecten[2].opleiders[0].share", "1.0", OPL_EXPORT_ERROR_INVALID, "100 %");
  assert_mutation_refused ("forms[0].finalized_on", "null", OPL_EXPORT_ERROR_INVALID, "$.forms[0].finalized_on");
  assert_mutation_refused ("form_definitions[0].checksum",
                           "\"0000000000000000000000000000000000000000000000000000000000000000\"",
                           OPL_EXPORT_ERROR_INVALID, "$.form_definitions[0].checksum");
  assert_mutation_refused ("form_definitions[0].json", "\"{}\"", OPL_EXPORT_ERROR_INVALID, "$.form_definitions[0]");
  assert_mutation_refused ("trajecten[0].aios_id", "null", OPL_EXPORT_ERROR_INVALID, "$.trajecten[0].aios_id");
  assert_mutation_refused ("leergesprekken[0].start_minute", "1400", OPL_EXPORT_ERROR_INVALID, "$.leergesprekken[0].duration");
  /* An opleider's form said to be the aios's: the author does not fit (trigger form_author_fits). */
  form = find_form ("author_role", "opleider");
  answers_path = g_strdup_printf ("forms[%u].author_role", form);
  assert_mutation_refused (answers_path, "\"aios\"", OPL_EXPORT_ERROR_INVALID, "author_id");

  /* Scholing (issue 6's rules, as the schema of version 6 has them). */
  assert_mutation_refused ("scholing[0].kind", "\"leergang\"", OPL_EXPORT_ERROR_INVALID, "$.scholing[0].leergang");
  assert_mutation_refused ("scholing_dispensations[0].days", "0.3", OPL_EXPORT_ERROR_INVALID,
                           "$.scholing_dispensations[0].days");
  assert_mutation_refused ("leerpunten[0].text", "\"   \"", OPL_EXPORT_ERROR_INVALID, "$.leerpunten[0].text");
  {
    g_autofree char *aios = g_strdup_printf ("\"%s\"", opl_export_record_get_string (
      json_array_get_object_element (opl_export_bundle_get_section (good_bundle (), OPL_EXPORT_PEOPLE), 3), "id"));

    assert_mutation_refused ("hao_gesprekken[0].person_id", aios, OPL_EXPORT_ERROR_INVALID,
                             "$.hao_gesprekken[0].person_id: only an opleider");
  }
  /* Seed 000: "Het opleiden van een coassistent door aios is alleen mogelijk in de
   * laatste fase van de opleiding": a coschap on a fase I traject's slot. */
  {
    JsonArray *trajecten = opl_export_bundle_get_section (good_bundle (), OPL_EXPORT_TRAJECTEN);
    g_autofree char *coschap_path = NULL;
    g_autofree char *where = NULL;
    g_autofree char *start = NULL;

    for (guint i = 0; i < json_array_get_length (trajecten) && coschap_path == NULL; i++)
      {
        JsonObject *traject = json_array_get_object_element (trajecten, i);

        if (opl_export_record_get_int (traject, "phase", 0) == 1 &&
            json_object_get_object_member (traject, "slot") != NULL)
          {
            coschap_path = g_strdup_printf ("trajecten[%u].slot.coschap_start", i);
            where = g_strdup_printf ("$.%s", coschap_path);
            start = g_strdup_printf ("\"%s\"", opl_export_record_get_string (traject, "start_date"));
          }
      }
    g_assert_nonnull (coschap_path);
    assert_mutation_refused (coschap_path, start, OPL_EXPORT_ERROR_INVALID, where);
  }
  {
    g_autofree char *date = g_strdup_printf ("\"%s\"", opl_export_record_get_string (
      json_array_get_object_element (opl_export_bundle_get_section (good_bundle (), OPL_EXPORT_SCHOLING), 0), "date"));
    g_autofree char *person = g_strdup_printf ("\"%s\"", opl_export_record_get_string (
      json_array_get_object_element (opl_export_bundle_get_section (good_bundle (), OPL_EXPORT_SCHOLING), 0), "person_id"));
    g_autofree char *same_person = mutate ("scholing[1].person_id", person);
    g_autofree char *same_day = mutate_text (same_person, "scholing[1].date", date);

    assert_refused (same_day, strlen (same_day), OPL_EXPORT_ERROR_INVALID, "more than one day of scholing");
  }
}

/* ---- conflicts and refusals change nothing ---------------------------------------- */

static void
import_refused (const char *target_path,
                const char *text,
                int         code,
                const char *where)
{
  g_autoptr(OplStore) target = opl_test_open_store (target_path);
  g_autofree char *before = tables_digest (opl_store_get_database (target));
  g_autofree char *after = NULL;
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  bundle = opl_export_bundle_new_from_data (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_false (opl_store_import_bundle (target, bundle, NULL, &error));
  g_assert_error (error, OPL_EXPORT_ERROR, code);
  if (strstr (error->message, where) == NULL)
    g_error ("“%s” does not name “%s”", error->message, where);

  after = tables_digest (opl_store_get_database (target));
  g_assert_cmpstr (before, ==, after);
}

/* design.md §5: a row changed on both sides is shown, never silently dropped: the
 * import is refused with the rows and what differs. */
static void
test_conflicts (void)
{
  g_autofree char *target = fixture_db ("conflict.db");
  g_autofree char *renamed = mutate ("people[0].name", "\"Anna de Vries-Smit\"");
  g_autofree char *twice = NULL;
  g_autofree char *other_week = NULL;

  import_refused (target, renamed, OPL_EXPORT_ERROR_CONFLICT, "$.people[0] (differs in name)");

  /* Two rows: both listed, with the count. */
  twice = mutate_text (renamed, "leergesprekken[1].notes", "\"Andere notities\"");
  import_refused (target, twice, OPL_EXPORT_ERROR_CONFLICT, "2 rows");
  import_refused (target, twice, OPL_EXPORT_ERROR_CONFLICT, "$.leergesprekken[1] (differs in notes)");

  /* The same week's leergesprek under another id. */
  other_week = mutate ("leergesprekken[5].id", "\"00000000-0000-4000-8000-000000000005\"");
  import_refused (target, other_week, OPL_EXPORT_ERROR_CONFLICT, "$.leergesprekken[5]");
}

/* A bundle of another practice is refused whole. */
static void
test_other_practice (void)
{
  g_autofree char *demo_path = opl_test_db_path ("other-practice.db");
  g_autoptr(OplStore) demo = opl_test_demo_store (demo_path);

  g_clear_object (&demo);
  import_refused (demo_path, good_bundle_text (), OPL_EXPORT_ERROR_OTHER_PRACTICE, "De Linde");
}

/* A row the database refuses while writing (an answer for a form that is final in the
 * database) rolls back what was written before it in the same import. */
static void
test_refused_while_writing (void)
{
  g_autofree char *target_path = opl_test_db_path ("refused.db");
  g_autoptr(OplStore) target = NULL;
  g_autoptr(OplExportBundle) partial = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *partial_text = NULL;
  JsonObject *root;
  JsonArray *forms;
  guint final_form = G_MAXUINT;
  g_autofree char *where = NULL;

  /* The bundle without its first closure and without one answer of a final form. */
  json_parser_load_from_data (parser, good_bundle_text (), -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  json_array_remove_element (json_object_get_array_member (root, "closures"), 0);
  forms = json_object_get_array_member (root, "forms");
  for (guint i = 0; i < json_array_get_length (forms) && final_form == G_MAXUINT; i++)
    {
      JsonObject *form = json_array_get_object_element (forms, i);

      if (g_strcmp0 (json_object_get_string_member (form, "state"), "draft") != 0 &&
          json_array_get_length (json_object_get_array_member (form, "answers")) > 0)
        final_form = i;
    }
  g_assert_cmpuint (final_form, !=, G_MAXUINT);
  json_array_remove_element (json_object_get_array_member (json_array_get_object_element (forms, final_form),
                                                           "answers"), 0);
  json_generator_set_root (generator, json_parser_get_root (parser));
  partial_text = json_generator_to_data (generator, NULL);

  g_unlink (target_path);
  target = opl_test_open_store (target_path);
  partial = opl_export_bundle_new_from_data (partial_text, strlen (partial_text), &error);
  g_assert_no_error (error);
  g_assert_true (opl_store_import_bundle (target, partial, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&target);

  where = g_strdup_printf ("$.forms[%u].answers[0]", final_form);
  import_refused (target_path, good_bundle_text (), OPL_EXPORT_ERROR_CONFLICT, where);

  target = opl_test_open_store (target_path);
  g_assert_cmpint (opl_test_count (opl_store_get_database (target), "SELECT count(*) FROM closure"), ==, 0);
}

/* ---- files ------------------------------------------------------------------------ */

static gboolean
fail_render (OplExportBundle  *bundle,
             const char       *directory,
             GError          **error)
{
  g_autofree char *path = g_build_filename (directory, "half.pdf", NULL);

  g_file_set_contents (path, "%PDF-1.7 half", -1, NULL);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

static guint
count_entries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
empty_folder (const char *name)
{
  char *folder = opl_test_db_path (name);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_cmpuint (count_entries (folder), ==, 0);
  return folder;
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, mode);
}

/* A folder and a zip hold the same files; the zip reads back as the same bundle. */
static void
test_write_folder_and_zip (void)
{
  g_autofree char *path = fixture_db ("write.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(OplExportBundle) bundle = export_practice (store, NULL);
  g_autoptr(OplExportBundle) from_zip = NULL;
  g_autoptr(OplExportBundle) from_folder = NULL;
  g_autofree char *parent = empty_folder ("out-write");
  g_autofree char *folder = g_build_filename (parent, "bundle", NULL);
  g_autofree char *zip = g_build_filename (parent, "bundle.zip", NULL);
  g_autofree char *json_path = g_build_filename (folder, "export.json", NULL);
  g_autofree char *csv_path = g_build_filename (folder, "csv", "moments.csv", NULL);
  g_autofree char *json = opl_export_bundle_to_json (bundle);
  g_autofree char *zip_json = NULL;
  g_autoptr(GError) error = NULL;
  OplExportWriteOptions options = { OPL_EXPORT_FORMAT_JSON | OPL_EXPORT_FORMAT_CSV, NULL };

  g_assert_true (opl_export_write (bundle, folder, &options, &error));
  g_assert_no_error (error);
  g_assert_true (opl_export_write (bundle, zip, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (csv_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_entries (parent), ==, 2);
  /* Issue 15: "exports the same" as the practice file: for the owner only. */
  assert_mode (folder, 0700);
  assert_mode (csv_path, 0600);
  assert_mode (json_path, 0600);
  assert_mode (zip, 0600);

  from_folder = opl_export_bundle_new_from_file (json_path, &error);
  g_assert_no_error (error);
  from_zip = opl_export_bundle_new_from_file (zip, &error);
  g_assert_no_error (error);
  zip_json = opl_export_bundle_to_json (from_zip);
  g_assert_cmpstr (json, ==, zip_json);

  /* A zip is replaced whole; a folder that holds something is not touched. */
  g_assert_true (opl_export_write (bundle, zip, &options, &error));
  g_assert_no_error (error);
  g_assert_false (opl_export_write (bundle, folder, &options, &error));
  g_assert_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_WRITE);
  g_assert_cmpuint (count_entries (parent), ==, 2);
}

/* A failure half-way (the PDFs, a full disk) leaves nothing: no target, no temporary
 * files, and an existing zip as it was. */
static void
test_write_nothing_half (void)
{
  g_autofree char *path = fixture_db ("half.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(OplExportBundle) bundle = export_practice (store, NULL);
  g_autofree char *parent = empty_folder ("out-half");
  g_autofree char *folder = g_build_filename (parent, "bundle", NULL);
  g_autofree char *zip = g_build_filename (parent, "bundle.zip", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  OplExportWriteOptions failing = { OPL_EXPORT_FORMATS_ALL, fail_render };
  OplExportWriteOptions plain = { OPL_EXPORT_FORMAT_JSON, NULL };

  g_assert_false (opl_export_write (bundle, folder, &failing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_cmpuint (count_entries (parent), ==, 0);

  g_assert_true (opl_export_write (bundle, zip, &plain, &error));
  g_assert_no_error (error);
  before = opl_test_file_digest (zip);
  g_assert_false (opl_export_write (bundle, zip, &failing, &error));
  g_clear_error (&error);
  after = opl_test_file_digest (zip);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_entries (parent), ==, 1);

  /* PDF without a renderer; a folder that does not exist. */
  failing.render_pdf = NULL;
  g_assert_false (opl_export_write (bundle, folder, &failing, &error));
  g_assert_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  {
    g_autofree char *nowhere = g_build_filename (parent, "missing", "bundle", NULL);

    g_assert_false (opl_export_write (bundle, nowhere, &plain, &error));
    g_assert_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_WRITE);
  }
  g_assert_cmpuint (count_entries (parent), ==, 1);
}

static void
make_entry (const char *parent,
            const char *name,
            gboolean    folder,
            gint64      age_seconds)
{
  g_autofree char *path = g_build_filename (parent, name, NULL);
  struct utimbuf times;

  if (folder)
    {
      g_autofree char *inside = g_build_filename (path, "export.json", NULL);

      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      opl_test_write_file (inside, "{}", -1);
    }
  else
    opl_test_write_file (path, "PK", -1);

  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - age_seconds);
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static gboolean
has_entry (const char *parent,
           const char *name)
{
  g_autofree char *path = g_build_filename (parent, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Issue 17: an export killed half-way leaves its staging folder (and its zip); the next
 * export into the same folder removes them, and only them: not one a live export holds,
 * not another name, not a file where a folder would be. */
static void
test_write_stale_staging (void)
{
  g_autofree char *path = fixture_db ("stale.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(OplExportBundle) bundle = export_practice (store, NULL);
  g_autofree char *parent = empty_folder ("out-stale");
  g_autofree char *held = g_build_filename (parent, ".held.tmp-Held01", NULL);
  g_autofree char *target = g_build_filename (parent, "bundle", NULL);
  g_autofree char *zip = g_build_filename (parent, "bundle.zip", NULL);
  g_autoptr(GError) error = NULL;
  OplExportWriteOptions options = { OPL_EXPORT_FORMAT_JSON, NULL };
  int fd;

  /* Left over: a folder (young or old: no process holds it), a zip with its folder, a
   * zip without one. */
  make_entry (parent, ".bundle.tmp-Ab12Cd", TRUE, 0);
  make_entry (parent, ".old.zip.tmp-zzzzzz", TRUE, 3 * 24 * 60 * 60);
  make_entry (parent, ".old.zip.tmp-zzzzzz.zip", FALSE, 3 * 24 * 60 * 60);
  make_entry (parent, ".other.zip.tmp-QQQQQQ.zip", FALSE, 0);
  /* Not left over: held by a live export; names of others; a file of a folder's name. */
  make_entry (parent, ".held.tmp-Held01", TRUE, 0);
  make_entry (parent, ".held.tmp-Held01.zip", FALSE, 0);
  make_entry (parent, "bundle.tmp-Ab12Cd", TRUE, 0);
  make_entry (parent, ".bundle.tmp-Ab12C", TRUE, 0);
  make_entry (parent, ".bundle.tmp-Ab12Cd-wal", FALSE, 0);
  make_entry (parent, ".practice.db.tmp-AAAAAA", FALSE, 0);
  fd = open (held, O_RDONLY | O_DIRECTORY);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);

  g_assert_true (opl_export_write (bundle, target, &options, &error));
  g_assert_no_error (error);
  close (fd);

  g_assert_false (has_entry (parent, ".bundle.tmp-Ab12Cd"));
  g_assert_false (has_entry (parent, ".old.zip.tmp-zzzzzz"));
  g_assert_false (has_entry (parent, ".old.zip.tmp-zzzzzz.zip"));
  g_assert_false (has_entry (parent, ".other.zip.tmp-QQQQQQ.zip"));
  g_assert_true (has_entry (parent, ".held.tmp-Held01"));
  g_assert_true (has_entry (parent, ".held.tmp-Held01.zip"));
  g_assert_true (has_entry (parent, "bundle.tmp-Ab12Cd"));
  g_assert_true (has_entry (parent, ".bundle.tmp-Ab12C"));
  g_assert_true (has_entry (parent, ".bundle.tmp-Ab12Cd-wal"));
  g_assert_true (has_entry (parent, ".practice.db.tmp-AAAAAA"));
  g_assert_true (has_entry (parent, "bundle"));
  assert_mode (target, 0700);
  g_assert_cmpuint (count_entries (parent), ==, 7);

  /* Its holder gone, the next export takes it away. */
  g_assert_true (opl_export_write (bundle, zip, &options, &error));
  g_assert_no_error (error);
  g_assert_false (has_entry (parent, ".held.tmp-Held01"));
  g_assert_false (has_entry (parent, ".held.tmp-Held01.zip"));
  g_assert_true (has_entry (parent, "bundle.zip"));
  g_assert_cmpuint (count_entries (parent), ==, 6);
}

static void
test_formats_parse (void)
{
  g_autoptr(GError) error = NULL;
  OplExportFormats formats;

  g_assert_true (opl_export_formats_parse ("pdf,csv,json", &formats, &error));
  g_assert_cmpint (formats, ==, OPL_EXPORT_FORMATS_ALL);
  g_assert_true (opl_export_formats_parse ("json", &formats, &error));
  g_assert_cmpint (formats, ==, OPL_EXPORT_FORMAT_JSON);
  g_assert_false (opl_export_formats_parse ("json,xml", &formats, &error));
  g_assert_nonnull (strstr (error->message, "xml"));
  g_clear_error (&error);
  g_assert_false (opl_export_formats_parse ("", &formats, &error));
}

/* RFC 4180: quotes doubled, fields with a comma, quote, CR or LF quoted; CRLF records,
 * a header row, a byte order mark. */
static void
test_csv_quoting (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = fixture_db ("csv.db");
  g_autoptr(OplStore) store = opl_test_open_store (path);
  g_autoptr(OplExportBundle) bundle = export_practice (store, NULL);
  g_autofree char *table = NULL;
  g_auto(GStrv) records = NULL;
  gsize length;

  opl_export_csv_append_field (out, "plain");
  g_string_append_c (out, ',');
  opl_export_csv_append_field (out, "a, b");
  g_string_append_c (out, ',');
  opl_export_csv_append_field (out, "zei \"ja\"");
  g_string_append_c (out, ',');
  opl_export_csv_append_field (out, "twee\nregels");
  g_string_append_c (out, ',');
  opl_export_csv_append_field (out, "één");
  g_assert_cmpstr (out->str, ==, "plain,\"a, b\",\"zei \"\"ja\"\"\",\"twee\nregels\",één");

  table = opl_export_csv_make_table (bundle, "leergesprekken.csv", &length);
  g_assert_true (g_str_has_prefix (table, "\xEF\xBB\xBFid,traject_id,aios_name,"));
  g_assert_true (g_str_has_suffix (table, "\r\n"));
  g_assert_nonnull (strstr (table, "\"Besproken: \"\"NHG-standaard Diabetes\"\", insuline;\nvolgende keer één KPB"));
  records = g_strsplit (table, "\r\n", -1);
  /* A header, a record per leergesprek, and the empty rest after the last CRLF. */
  g_assert_cmpuint (g_strv_length (records), ==,
                    json_array_get_length (opl_export_bundle_get_section (bundle, OPL_EXPORT_LEERGESPREKKEN)) + 2);
  g_assert_null (opl_export_csv_make_table (bundle, "nothing.csv", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/golden/practice", test_golden_practice);
  g_test_add_func ("/export/golden/aios-year", test_golden_aios_year);
  g_test_add_func ("/export/schema/json-schema", test_json_schema);
  g_test_add_func ("/export/schema/documented", test_schema_documented);
  g_test_add_func ("/export/scope/aios", test_scope_aios);
  g_test_add_func ("/export/scope/year", test_scope_year);
  g_test_add_func ("/export/scope/opleider", test_scope_opleider);
  g_test_add_func ("/export/scope/year-reads-ticks-by-index", test_year_reads_ticks_by_index);
  g_test_add_func ("/export/scope/sections", test_sections_chosen);
  g_test_add_func ("/export/scope/bad", test_bad_selection);
  g_test_add_func ("/export/privacy", test_privacy_agrees_with_store);
  g_test_add_func ("/export/round-trip", test_round_trip);
  g_test_add_func ("/export/import/twice", test_import_twice);
  g_test_add_func ("/export/bad/syntax", test_bad_syntax);
  g_test_add_func ("/export/bad/version", test_bad_version);
  g_test_add_func ("/export/bad/sizes", test_bad_sizes);
  g_test_add_func ("/export/bad/types", test_bad_types);
  g_test_add_func ("/export/bad/dates", test_bad_dates);
  g_test_add_func ("/export/bad/date-range", test_bad_date_range);
  g_test_add_func ("/export/bad/strict", test_bad_strict);
  g_test_add_func ("/export/bad/references", test_bad_references);
  g_test_add_func ("/export/bad/rules", test_bad_rules);
  g_test_add_func ("/export/import/conflicts", test_conflicts);
  g_test_add_func ("/export/import/other-practice", test_other_practice);
  g_test_add_func ("/export/import/refused-while-writing", test_refused_while_writing);
  g_test_add_func ("/export/write/folder-and-zip", test_write_folder_and_zip);
  g_test_add_func ("/export/write/nothing-half", test_write_nothing_half);
  g_test_add_func ("/export/write/stale-staging", test_write_stale_staging);
  g_test_add_func ("/export/write/formats", test_formats_parse);
  g_test_add_func ("/export/csv/quoting", test_csv_quoting);

  return g_test_run ();
}
