/* test-history.c: the generator of a practice's history (issue 8, the benchmark).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 8 ("a generator that fills a realistic practice over N years ...
 * deterministic for a given seed"); domain.md "The checklist" (ticked per period per
 * opleider), "Leergesprekken" (weekly), "The training year" (a new aios every half
 * year, fase I and II); design.md §4 (every row says who and when); domain.md
 * "Scholing of the opleider" and "Quality cycle of the opleider" (the scholing days,
 * leerplan and HAO-voortgangsgesprekken each opleider has).
 */

#include "config.h"

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-history.h"
#include "opl-store-forms.h"
#include "opl-test-utils.h"

/* A day far from the clock: a timestamp taken from the clock cannot pass for one of
 * the simulated ones. */
static void
set_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 14, G_DATE_JUNE, 2001);
}

static OplStore *
generate (const char       *name,
          guint             years,
          guint32           seed,
          OplHistoryCounts *counts)
{
  g_autofree char *path = opl_test_db_path (name);
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  g_autoptr(GError) error = NULL;
  GDate today;

  set_today (&today);
  g_assert_true (opl_store_load (store, &error));
  g_assert_true (opl_history_generate (store, &today, years, seed, counts, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

/* Every row of every table, in the order it was written: a checksum of the content,
 * not of the file's bytes. The table names come from sqlite_schema, not from input,
 * so tables added later (forms, scholing) are covered without changing this test. */
static char *
dump_digest (OplStore *store)
{
  OplDatabase *database = opl_store_get_database (store);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gboolean has_row;

  {
    g_autoptr(sqlite3_stmt) stmt =
      opl_database_prepare (database, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                            &error);

    g_assert_no_error (error);
    while (opl_database_step_row (database, stmt, &has_row, &error) && has_row)
      g_ptr_array_add (tables, g_strdup (opl_column_text (stmt, 0)));
    g_assert_no_error (error);
  }

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid",
                                              (char *) g_ptr_array_index (tables, i));
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (opl_database_get_handle (database), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_checksum_update (checksum, (const guchar *) sql, -1);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);

              g_checksum_update (checksum, (const guchar *) (text != NULL ? text : "\x01NULL"), -1);
              g_checksum_update (checksum, (const guchar *) "\x1f", 1);
            }
          g_checksum_update (checksum, (const guchar *) "\x1e", 1);
        }
      sqlite3_finalize (stmt);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

/* Issue 8: deterministic for a given seed; another seed, another practice. */
static void
test_same_seed_same_rows (void)
{
  g_autoptr(OplStore) first = generate ("history-a.db", 3, 11, NULL);
  g_autoptr(OplStore) second = generate ("history-b.db", 3, 11, NULL);
  g_autoptr(OplStore) other = generate ("history-c.db", 3, 12, NULL);
  g_autofree char *first_digest = dump_digest (first);
  g_autofree char *second_digest = dump_digest (second);
  g_autofree char *other_digest = dump_digest (other);

  g_assert_cmpstr (first_digest, ==, second_digest);
  g_assert_cmpstr (first_digest, !=, other_digest);
}

static gint64
count_for (OplStore   *store,
           const char *sql,
           const char *value)
{
  OplDatabase *database = opl_store_get_database (store);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, sql, NULL);
  gboolean has_row;

  g_assert_nonnull (stmt);
  opl_bind_text (stmt, 1, value);
  g_assert_true (opl_database_step_row (database, stmt, &has_row, NULL));
  return sqlite3_column_int64 (stmt, 0);
}

/* One year: a hoofdopleider (and maybe a duo), the aios of the intakes in that year,
 * a leergesprek most weeks, about a thousand ticks per opleider, the holidays. */
static void
test_one_year_is_plausible (void)
{
  OplHistoryCounts counts;
  g_autoptr(OplStore) store = generate ("history-1.db", 1, 5, &counts);
  OplDatabase *database = opl_store_get_database (store);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplStoreCounts stored;
  OplPerson *hoofdopleider;
  gint64 ticks;

  g_assert_true (opl_store_count (store, &stored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored.practices, ==, 1);
  g_assert_cmpint (stored.people, ==, counts.people);
  g_assert_cmpint (stored.trajecten, ==, counts.trajecten);
  g_assert_cmpint (stored.checklist_ticks, ==, counts.checklist_ticks);
  g_assert_cmpint (stored.moments_done, ==, counts.moments_done);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek"), ==, counts.leergesprekken);

  /* Two intakes a year (1 March, 1 September). */
  g_assert_cmpuint (counts.trajecten, >=, 2);
  g_assert_cmpuint (counts.trajecten, <=, 3);
  g_assert_cmpuint (counts.people, >=, 1 + counts.trajecten);
  g_assert_cmpuint (counts.closures, >=, 1);
  g_assert_cmpuint (counts.moments_done, >=, 1);
  /* KPB/KVB about forty a year and diensten about twenty a year for each aios
   * (domain.md, "The training year"), from their start up to today. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM kpb_entry"), ==, counts.kpb_entries);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM dienst"), ==, counts.diensten);
  g_assert_cmpuint (counts.kpb_entries, >=, 15);
  g_assert_cmpuint (counts.kpb_entries, <=, 2 * 45);
  g_assert_cmpuint (counts.diensten, >=, 7);
  g_assert_cmpuint (counts.diensten, <=, 2 * 25);

  /* About one a week for each aios, from their start up to eight weeks ahead. */
  g_assert_cmpuint (counts.leergesprekken, >=, 30);
  g_assert_cmpuint (counts.leergesprekken, <=, 2 * 60);

  hoofdopleider = opl_store_find_profile (store, "hoofdopleider");
  g_assert_nonnull (hoofdopleider);
  ticks = count_for (store, "SELECT count(*) FROM checklist_tick WHERE person_id = ?",
                     opl_person_get_id (hoofdopleider));
  /* 4 daily tasks on some 230 working days, 3 weekly, 3 monthly and a few more: most
   * of them, not all. */
  g_assert_cmpint (ticks, >=, 700);
  g_assert_cmpint (ticks, <=, 1200);

  /* The hoofdopleider guides every aios of the year. */
  trajecten = opl_store_list_trajecten (store, opl_person_get_id (hoofdopleider), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, counts.trajecten);

  /* Each leergesprek held has its texts; the cancelled ones say why. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek WHERE status = 'held'"
                                             " AND (length(notes) < 100 OR top = '' OR tip = '')"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM leergesprek WHERE status = 'held'"), >, 0);

  g_assert_true (opl_database_quick_check (database, &error));
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* Issue 8: every form they would have: the ComBel by the aios and by an opleider,
 * final with an answer to every required item of its definition (read back as the
 * app reads it, so it renders), a LEOh about each opleider of the traject, the
 * voortgangsadvies; the aios's private forms shared once final. */
static void
test_forms_are_complete (void)
{
  g_autoptr(OplStore) store = generate ("history-5.db", 2, 7, NULL);
  OplDatabase *database = opl_store_get_database (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  guint n_final = 0;
  gboolean has_row;

  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form WHERE kind = 'combel'"
                                             " AND author_role = 'aios'"), >=, 2);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form WHERE kind = 'combel'"
                                             " AND author_role = 'opleider'"), >=, 2);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form WHERE kind = 'voortgangsadvies'"), >=, 1);
  /* Private (the aios's ComBel and LEOh) and final: shared. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form WHERE author_role = 'aios'"
                                             " AND state <> 'draft' AND shared = 0"), ==, 0);
  /* A LEOh about each opleider of the traject at each LEOh moment (none leaves within
   * these two years). */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form WHERE kind = 'leoh'"), >=, 2);
  g_assert_cmpint (opl_test_count (database,
                                   "SELECT count(*) FROM (SELECT traject_id, moment_month, count(*) AS n FROM form"
                                   " WHERE kind = 'leoh' GROUP BY traject_id, moment_month) AS m"
                                   " WHERE n <> (SELECT count(*) FROM traject_opleider o WHERE o.traject_id = m.traject_id)"),
                   ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form f WHERE kind = 'leoh' AND NOT EXISTS"
                                             " (SELECT 1 FROM traject_opleider o WHERE o.traject_id = f.traject_id"
                                             " AND o.opleider_id = f.subject_id)"), ==, 0);
  /* Dated on the moment's due date: a form that is a moment's carries its month. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form WHERE moment_month IS NULL"), ==, 0);

  stmt = opl_database_prepare (database, "SELECT id, author_id FROM form WHERE state <> 'draft'", &error);
  g_assert_no_error (error);
  while (opl_database_step_row (database, stmt, &has_row, &error) && has_row)
    {
      g_autoptr(OplForm) form = opl_store_load_form (store, opl_column_text (stmt, 0),
                                                     opl_column_text (stmt, 1), &error);

      g_assert_no_error (error);
      g_assert_true (opl_form_check_complete (form, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (opl_form_get_n_answered (form), >=, opl_form_get_n_required (form));
      n_final++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n_final, >=, 8);

  g_assert_true (opl_database_quick_check (database, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* domain.md "Scholing of the opleider": the hoofdopleider's 8 days in a whole
 * opleidingsjaar (1 September 1999 to 31 August 2000 lies within the two years), 5
 * paralleldagen of them; leergang days 1 to 4; "Quality cycle of the opleider": a
 * leerplan of two leerpunten a year and a HAO-voortgangsgesprek. */
static void
test_scholing_per_opleider (void)
{
  g_autoptr(OplStore) store = generate ("history-6.db", 2, 7, NULL);
  OplDatabase *database = opl_store_get_database (store);
  OplPerson *hoofdopleider = opl_store_find_profile (store, "hoofdopleider");
  const char *id;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (hoofdopleider);
  id = opl_person_get_id (hoofdopleider);
  g_assert_cmpint (count_for (store, "SELECT count(*) FROM scholing WHERE person_id = ?"
                                     " AND date BETWEEN '1999-09-01' AND '2000-08-31'", id), >=, 8);
  g_assert_cmpint (count_for (store, "SELECT count(*) FROM scholing WHERE person_id = ? AND kind = 'paralleldag'"
                                     " AND date BETWEEN '1999-09-01' AND '2000-08-31'", id), >=, 4);
  g_assert_cmpint (count_for (store, "SELECT count(*) FROM scholing WHERE person_id = ? AND kind = 'leergang'"
                                     " AND date BETWEEN '1999-09-01' AND '2000-08-31'", id), ==, 4);
  g_assert_cmpint (count_for (store, "SELECT count(*) FROM leerpunt WHERE person_id = ? AND year = 1999", id), ==, 2);
  g_assert_cmpint (count_for (store, "SELECT count(*) FROM hao_gesprek WHERE person_id = ?", id), >=, 1);
  g_assert_cmpint (count_for (store, "SELECT count(*) FROM person WHERE id = ? AND opleider_since IS NOT NULL", id),
                   ==, 1);

  /* Every hoofd- and duo-opleider who was in the practice has scholing; a missed
   * leergang day is the only one not attended. */
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person p WHERE role IN ('hoofdopleider', 'duo-opleider')"
                                             " AND created_at < '2001-06-14'"
                                             " AND NOT EXISTS (SELECT 1 FROM scholing s WHERE s.person_id = p.id)"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM scholing WHERE attended = 0 AND kind <> 'leergang'"),
                   ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM scholing WHERE date >= '2001-06-14'"), ==, 0);

  g_assert_true (opl_database_quick_check (database, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* design.md §4: who and when on every row, here the simulated day, never the clock:
 * every created_at lies between the start of the history and what is planned. */
static void
test_timestamps_are_simulated (void)
{
  g_autoptr(OplStore) store = generate ("history-2.db", 2, 3, NULL);
  OplDatabase *database = opl_store_get_database (store);
  const char *tables[] = { "practice", "person", "traject", "traject_opleider", "leave_period",
                           "checklist_tick", "moment_done", "leergesprek_slot", "closure", "leergesprek",
                           "form_definition", "kpb_entry", "dienst", "form", "form_answer", "scholing",
                           "leerpunt", "hao_gesprek" };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE created_at < '1999-06-14'"
                                              " OR created_at > '2001-09-15' OR created_by IS NULL",
                                              tables[i]);

      g_test_message ("%s", tables[i]);
      g_assert_cmpint (opl_test_count (database, sql), ==, 0);
    }
}

/* Like --demo: an empty database only; a practice already there is left alone. */
static void
test_refuses_a_practice (void)
{
  g_autoptr(OplStore) store = generate ("history-3.db", 1, 1, NULL);
  g_autofree char *before = dump_digest (store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  set_today (&today);
  g_assert_false (opl_history_generate (store, &today, 1, 1, NULL, &error));
  g_assert_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID);
  after = dump_digest (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuses_bad_years (void)
{
  g_autofree char *path = opl_test_db_path ("history-4.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  guint bad[] = { 0, OPL_HISTORY_MAX_YEARS + 1 };
  GDate today;

  set_today (&today);
  g_assert_true (opl_store_load (store, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (opl_history_generate (store, &today, bad[i], 1, NULL, &error));
      g_assert_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID);
      g_assert_false (opl_store_has_practice (store));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/history/same-seed-same-rows", test_same_seed_same_rows);
  g_test_add_func ("/opl/history/one-year-is-plausible", test_one_year_is_plausible);
  g_test_add_func ("/opl/history/timestamps-are-simulated", test_timestamps_are_simulated);
  g_test_add_func ("/opl/history/forms-are-complete", test_forms_are_complete);
  g_test_add_func ("/opl/history/scholing-per-opleider", test_scholing_per_opleider);
  g_test_add_func ("/opl/history/refuses-a-practice", test_refuses_a_practice);
  g_test_add_func ("/opl/history/refuses-bad-years", test_refuses_bad_years);

  return g_test_run ();
}
