/* test-query-plans.c: the dashboards and views never scan a table that grows every week.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Source: issue 8 and design.md §9 (every dashboard query under 2 ms at 30 years; the
 * cost of opening a view does not grow with years of history: indexes, no full scans).
 * A durable guard that does not time anything: every statement the store runs for the
 * dashboards and views is recorded (sqlite3_trace_v2) on a generated history, and its
 * EXPLAIN QUERY PLAN may SCAN only the small tables, which grow by a few rows a year.
 * A table added later (forms, scholing) is a big one unless it is listed here.
 */

#include "config.h"

#include "opl-database-private.h"
#include "opl-checklist.h"
#include "opl-store-forms.h"
#include "opl-store-institute.h"
#include "opl-store-scholing.h"
#include "opl-test-utils.h"

/* Tables that grow by a few rows a year: scanning them costs microseconds. */
static const char * const small_tables[] = {
  "practice", "person", "traject", "traject_opleider", "leave_period", "closure", "leergesprek_slot",
  "form_definition",
  NULL
};

static const char * const not_an_alias[] = {
  "WHERE", "ON", "JOIN", "LEFT", "INNER", "CROSS", "NATURAL", "ORDER", "GROUP", "LIMIT", "UNION",
  "USING", "HAVING", "WINDOW", NULL
};

static int
on_trace_cb (unsigned  type,
             void     *user_data,
             void     *p,
             void     *x)
{
  const char *sql = sqlite3_sql (p);

  /* Statements of triggers come as comments. */
  if (type == SQLITE_TRACE_STMT && sql != NULL && !g_str_has_prefix (sql, "--"))
    g_hash_table_add (user_data, g_strdup (sql));

  return 0;
}

/* The table each name in @sql stands for: its aliases and the tables themselves. */
static GHashTable *
map_aliases (const char *sql)
{
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRegex) regex = g_regex_new ("\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (regex, sql, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *table = g_match_info_fetch (match, 1);
      g_autofree char *alias = g_match_info_fetch (match, 2);
      g_autofree char *upper = g_ascii_strup (alias != NULL ? alias : "", -1);

      g_hash_table_insert (tables, g_strdup (table), g_strdup (table));
      if (alias != NULL && *alias != '\0' && !g_strv_contains (not_an_alias, upper))
        g_hash_table_insert (tables, g_strdup (alias), g_strdup (table));
      g_match_info_next (match, NULL);
    }

  return tables;
}

/* The big tables @sql scans, as "table: detail" lines; empty when it uses indexes. */
static char *
find_big_scans (OplDatabase *database,
                const char  *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(GHashTable) aliases = map_aliases (sql);
  g_autoptr(GString) scans = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (opl_database_get_handle (database), explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *detail = (const char *) sqlite3_column_text (stmt, 3);
      g_auto(GStrv) words = g_strsplit (detail, " ", 3);
      const char *table;

      if (g_strv_length (words) < 2 || !g_str_equal (words[0], "SCAN") ||
          g_str_equal (words[1], "CONSTANT") || words[1][0] == '(')
        continue;

      table = g_hash_table_lookup (aliases, words[1]);
      if (table == NULL)
        table = words[1];
      if (!g_strv_contains (small_tables, table))
        g_string_append_printf (scans, "%s: %s\n", table, detail);
    }
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&scans), FALSE);
}

/* The guard itself catches a scan, through an alias too. */
static void
test_guard_sees_scans (void)
{
  g_autofree char *path = opl_test_db_path ("guard.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autofree char *bad = find_big_scans (database,
                                         "SELECT id FROM leergesprek l"
                                         " WHERE (?1 IS NULL OR l.traject_id = ?1) AND l.date BETWEEN ?2 AND ?3");
  g_autofree char *good = find_big_scans (database,
                                          "SELECT id FROM leergesprek WHERE traject_id = ?1 AND date BETWEEN ?2 AND ?3");
  g_autofree char *small = find_big_scans (database, "SELECT id FROM traject t ORDER BY start_date");

  g_assert_true (g_str_has_prefix (bad, "leergesprek: SCAN l"));
  g_assert_cmpstr (good, ==, "");
  g_assert_cmpstr (small, ==, "");
}

/* What the dashboards and views ask the store, as tests/bench/bench-queries.c times it. */
static void
run_dashboards_and_views (OplStore    *store,
                          const GDate *today)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  OplPerson *opleider = opl_store_find_profile (store, "hoofdopleider");
  /* A copy: opl_store_load() below makes the people anew. */
  g_autofree char *opleider_id = g_strdup (opl_person_get_id (opleider));
  g_autoptr(GPtrArray) current = opl_store_list_current_trajecten (store, opleider, today, NULL);
  g_autoptr(GPtrArray) ended = opl_store_list_ended_trajecten (store, opleider_id, today, 5, NULL, NULL);
  g_autoptr(OplPerson) stand_in = opl_person_new ("00000000-0000-4000-8000-000000000000", "Sanne Smit",
                                                  OPL_ROLE_PLAATSVERVANGEND_OPLEIDER);
  g_autoptr(GPtrArray) everyone = opl_store_list_current_trajecten (store, stand_in, today, NULL);
  g_autoptr(GPtrArray) everyone_ended = opl_store_list_ended_trajecten (store, NULL, today, 5, NULL, NULL);
  g_autoptr(GArray) statuses = opl_store_get_checklist_status (store, checklist, opleider_id, today, NULL);
  g_autoptr(GPtrArray) histories = opl_store_get_checklist_history (store, checklist, opleider_id, today, 8, NULL);
  OplTraject *traject = g_ptr_array_index (current, current->len - 1);
  g_autoptr(GPtrArray) aios = opl_store_list_trajecten (store, opl_traject_get_aios_id (traject), NULL);
  g_autoptr(GArray) moments = opl_store_get_schedule (store, traject, today, NULL);
  g_auto(OplSlot) slot = { 0 };
  g_autoptr(OplLeergesprek) coming = NULL;
  g_autoptr(GArray) recent = NULL;
  OplSupervision supervision;
  OplPace pace;
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(OplScholingReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) warnings = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) past = NULL;
  g_autoptr(GPtrArray) found = NULL;
  GDate from = *today, until = *today;

  g_assert_nonnull (statuses);
  g_assert_nonnull (histories);
  g_assert_nonnull (ended);
  g_assert_nonnull (everyone);
  g_assert_nonnull (everyone_ended);
  g_assert_nonnull (aios);
  g_assert_nonnull (moments);
  g_assert_true (opl_store_load (store, NULL));
  g_assert_true (opl_store_get_slot (store, opl_traject_get_id (traject), &slot, NULL));
  g_clear_object (&coming);
  coming = opl_store_get_coming_leergesprek (store, opl_traject_get_id (traject), today, NULL);
  recent = opl_store_get_recent_warnings (store, traject, today, NULL);
  g_assert_nonnull (recent);
  g_assert_true (opl_store_get_kpb_pace (store, traject, today, &pace, NULL));
  g_assert_true (opl_store_get_diensten_pace (store, traject, today, &pace, NULL));
  g_assert_true (opl_store_get_supervision (store, traject, &supervision, NULL));
  institute = opl_store_load_institute (store, NULL);
  g_assert_nonnull (institute);
  report = opl_store_get_scholing_report (store, institute, opleider_id,
                                          opl_scholing_year_of (opl_institute_get_rules (institute), today),
                                          today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  g_date_subtract_days (&from, 8 * 7);
  g_date_add_days (&until, 9 * 7);
  warnings = opl_store_get_planner_warnings (store, traject, &from, today, NULL);
  weeks = opl_store_plan_weeks (store, traject, today, &until, NULL);
  past = opl_store_list_leergesprekken (store, opl_traject_get_id (traject), opl_traject_get_start (traject),
                                        today, NULL, NULL);
  found = opl_store_list_leergesprekken (store, opl_traject_get_id (traject), opl_traject_get_start (traject),
                                         &until, "KPB", NULL);
  g_assert_nonnull (warnings);
  g_assert_nonnull (weeks);
  g_assert_cmpuint (past->len, >, 0);
  g_assert_nonnull (found);
}

static void
test_dashboards_and_views_use_indexes (void)
{
  g_autofree char *path = opl_test_db_path ("plans.db");
  g_autoptr(OplStore) store = opl_test_history_store (path, 4, 3);
  OplDatabase *database = opl_store_get_database (store);
  g_autoptr(GHashTable) statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) failures = g_string_new (NULL);
  GHashTableIter iter;
  const char *sql;
  gboolean saw[3] = { FALSE };
  GDate today;

  opl_test_fixed_today (&today);
  sqlite3_trace_v2 (opl_database_get_handle (database), SQLITE_TRACE_STMT, on_trace_cb, statements);
  run_dashboards_and_views (store, &today);
  sqlite3_trace_v2 (opl_database_get_handle (database), 0, NULL, NULL);

  g_hash_table_iter_init (&iter, statements);
  while (g_hash_table_iter_next (&iter, (gpointer *) &sql, NULL))
    {
      g_autofree char *scans = find_big_scans (database, sql);

      g_test_message ("%s", sql);
      saw[0] |= strstr (sql, "checklist_tick") != NULL;
      saw[1] |= strstr (sql, "FROM leergesprek ") != NULL;
      saw[2] |= strstr (sql, "moment_done") != NULL;
      if (*scans != '\0')
        g_string_append_printf (failures, "%s\n  %s", sql, scans);
    }

  /* The big tables were asked about; none was scanned. */
  g_assert_cmpuint (g_hash_table_size (statements), >=, 10);
  g_assert_true (saw[0] && saw[1] && saw[2]);
  g_assert_cmpstr (failures->str, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/query-plans/guard-sees-scans", test_guard_sees_scans);
  g_test_add_func ("/opl/query-plans/dashboards-and-views-use-indexes", test_dashboards_and_views_use_indexes);

  return g_test_run ();
}
