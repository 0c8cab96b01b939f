/* test-store-scholing.c: scholing and the quality cycle in the practice database.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: the scholing issue (register, per opleider and opleidingsjaar, dispensation
 * with a reason, the leerplan, the HAO-voortgangsgesprek); design.md §3 (the practice
 * chooses its institute) and §4 (one transaction per action; bad input changes
 * nothing); domain.md, "Scholing of the opleider" and "Quality cycle of the opleider";
 * issue 17 (no lost updates).
 */

#include "config.h"

#include "opl-database-private.h"
#include "opl-store-scholing.h"
#include "opl-test-utils.h"

typedef struct
{
  char         *path;
  OplStore     *store;
  OplInstitute *institute;
  OplPerson    *anna;      /* hoofdopleider */
  OplPerson    *bram;      /* duo-opleider, 50 % */
  OplPerson    *charlotte; /* an aios */
  GDate         today;
} Fixture;

static OplPerson *
find (OplStore   *store,
      const char *name)
{
  OplPerson *person = opl_store_find_profile (store, name);

  g_assert_nonnull (person);
  /* The store's people are made anew on every change: keep our own reference. */
  return g_object_ref (person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->path = opl_test_db_path ("scholing.db");
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->institute = opl_store_load_institute (fixture->store, &error);
  g_assert_no_error (error);
  fixture->anna = find (fixture->store, "Anna de Vries");
  fixture->bram = find (fixture->store, "Bram Jansen");
  fixture->charlotte = find (fixture->store, "Charlotte Bakker");
  opl_store_set_actor (fixture->store, opl_person_get_id (fixture->anna));
  opl_test_fixed_today (&fixture->today);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->anna);
  g_clear_object (&fixture->bram);
  g_clear_object (&fixture->charlotte);
  g_clear_object (&fixture->institute);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static const OplScholingRules *
rules (Fixture *fixture)
{
  return opl_institute_get_rules (fixture->institute);
}

static OplScholingReport *
report_of (Fixture   *fixture,
           OplPerson *person,
           int        year)
{
  g_autoptr(GError) error = NULL;
  OplScholingReport *report = opl_store_get_scholing_report (fixture->store, fixture->institute,
                                                             opl_person_get_id (person), year,
                                                             &fixture->today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static const OplScholingNeed *
find_need (OplScholingReport   *report,
           OplScholingNeedKind  kind)
{
  for (guint i = 0; i < report->needs->len; i++)
    {
      if (g_array_index (report->needs, OplScholingNeed, i).kind == kind)
        return &g_array_index (report->needs, OplScholingNeed, i);
    }

  return NULL;
}

/* Everything the scholing tables hold, to prove a refused action changed nothing. */
static char *
snapshot (Fixture *fixture)
{
  OplDatabase *database = opl_store_get_database (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const queries[] = {
    "SELECT group_concat (id || date || kind || half_day || attended || replacement_done || title || note, ';')"
    " FROM (SELECT * FROM scholing ORDER BY id)",
    "SELECT group_concat (id || year || days || reason, ';') FROM scholing_dispensation",
    "SELECT group_concat (id || position || text || achieved, ';') FROM (SELECT * FROM leerpunt ORDER BY id)",
    "SELECT group_concat (id || date, ';') FROM hao_gesprek",
    "SELECT group_concat (id || coalesce (opleider_since, '-'), ';') FROM person",
    "SELECT institute FROM practice",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (database, queries[i], &error);
      gboolean has_row;

      g_assert_no_error (error);
      opl_database_step_row (database, stmt, &has_row, &error);
      g_assert_no_error (error);
      g_string_append_printf (text, "%s|", has_row ? opl_column_text (stmt, 0) : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The demo: a hoofdopleider with a certificate, a duo-opleider at 50 % with an open
 * replacement assignment (domain.md, "Scholing of the opleider"). */
static void
test_demo_report (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OplScholingReport) anna = report_of (fixture, fixture->anna, 2026);
  g_autoptr(OplScholingReport) bram = report_of (fixture, fixture->bram, 2026);
  const OplScholingNeed *need;

  g_assert_cmpfloat (anna->requirement.days, ==, 8);
  g_assert_true (anna->requirement.paralleldagen_obligatory);
  g_assert_cmpfloat (anna->count.total, ==, 4);
  g_assert_cmpint (anna->count.paralleldagen, ==, 2);
  g_assert_true (anna->path.certificate);
  g_assert_cmpint (anna->path.next_leergang, ==, 6);
  g_assert_cmpint (anna->niveaukaart, ==, 4);
  g_assert_cmpint (anna->hao_interval, ==, 3);
  g_assert_cmpint (anna->leerplan_advice, ==, OPL_LEERPLAN_FOCUSED);
  g_assert_cmpfloat (find_need (anna, OPL_NEED_DAYS)->amount, ==, 4);
  g_assert_cmpfloat (find_need (anna, OPL_NEED_PARALLELDAGEN)->amount, ==, 3);
  /* Her aios's LEOh moments in the opleidingsjaar: Daan's of month 3 not filled. */
  g_assert_cmpuint (anna->leoh_due, >, anna->leoh_done);

  /* Bram is a duo-opleider in his third year: not yet experienced, so the 8 are not
   * split (seed 001: "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen"). */
  g_assert_false (bram->requirement.experienced);
  g_assert_cmpfloat (bram->requirement.share, ==, 1);
  g_assert_cmpfloat (bram->requirement.days, ==, 8);
  g_assert_false (bram->requirement.paralleldagen_obligatory);
  g_assert_cmpfloat (bram->count.total, ==, 2.5);
  g_assert_cmpint (bram->niveaukaart, ==, 2);
  g_assert_cmpint (bram->hao_interval, ==, 1);
  g_assert_cmpint (bram->leerplan_advice, ==, OPL_LEERPLAN_TOO_MANY);
  g_assert_null (find_need (bram, OPL_NEED_PARALLELDAGEN));
  need = find_need (bram, OPL_NEED_REPLACEMENT);
  g_assert_nonnull (need);
  g_assert_cmpint (need->leergang, ==, 2);
  g_assert_true (need->overdue);
  g_assert_cmpint (bram->path.leergangen[3].state, ==, OPL_LEERGANG_IN_PROGRESS);
}

/* The issue: register a day, change it, take it away; the counter follows. */
static void
test_register_edit_delete (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplScholingDay) day = NULL;
  GDate date;
  gint64 before = opl_test_count (opl_store_get_database (fixture->store), "SELECT count(*) FROM scholing");

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 19, G_DATE_NOVEMBER, 2026);
  day = opl_scholing_day_new (opl_person_get_id (fixture->anna), &date, OPL_SCHOLING_OPLEIDERSTWEEDAAGSE);
  day->note = g_strdup ("Opleiderstweedaagse in Noordwijkerhout");
  g_assert_true (opl_store_save_scholing_day (fixture->store, rules (fixture), day, &error));
  g_assert_no_error (error);

  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2026);

    g_assert_cmpfloat (report->count.total, ==, 5);
    g_assert_cmpfloat (report->count.by_kind[OPL_SCHOLING_OPLEIDERSTWEEDAAGSE], ==, 1);
  }
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM scholing WHERE note LIKE '%Noordwijkerhout'"
                                   " AND created_by = changed_by AND created_by IS NOT NULL"), ==, 1);

  /* Half a day after all. */
  day->half_day = TRUE;
  g_assert_true (opl_store_save_scholing_day (fixture->store, rules (fixture), day, &error));
  g_assert_no_error (error);
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2026);

    g_assert_cmpfloat (report->count.total, ==, 4.5);
  }
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store), "SELECT count(*) FROM scholing"),
                   ==, before + 1);

  g_assert_true (opl_store_delete_scholing_day (fixture->store, day->id, &error));
  g_assert_no_error (error);
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2026);

    g_assert_cmpfloat (report->count.total, ==, 4);
  }

  /* Gone is gone: a second delete says so. */
  g_assert_false (opl_store_delete_scholing_day (fixture->store, day->id, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY);
}

/* @error is read after @ok was computed: pass its address. */
static void
assert_refused (Fixture     *fixture,
                gboolean     ok,
                GError     **error,
                const char  *before)
{
  g_autofree char *after = snapshot (fixture);

  g_assert_false (ok);
  g_assert_nonnull (*error);
  g_assert_cmpstr (after, ==, before);
}

/* design.md §4 and the brief: bad input gets a clear message and changes nothing. */
static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture);
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(OplScholingDay) day = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_DECEMBER, 2026);

  /* Leergang 7 does not exist. */
  {
    g_autoptr(GError) error = NULL;

    day = opl_scholing_day_new (opl_person_get_id (fixture->bram), &date, OPL_SCHOLING_LEERGANG);
    day->leergang = 7;
    day->leergang_day = 1;
    assert_refused (fixture, opl_store_save_scholing_day (fixture->store, rules (fixture), day, &error),
                    &error, before);
    g_assert_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID);
  }

  /* Leergang 3, day 1 again in the same opleidingsjaar. */
  {
    g_autoptr(GError) error = NULL;

    day->leergang = 3;
    assert_refused (fixture, opl_store_save_scholing_day (fixture->store, rules (fixture), day, &error),
                    &error, before);
    g_assert_nonnull (strstr (error->message, "already registered"));
  }

  /* A whole day on a date that already has one. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OplScholingDay) clash = NULL;

    days = opl_store_list_scholing (fixture->store, opl_person_get_id (fixture->bram), &error);
    g_assert_no_error (error);
    clash = opl_scholing_day_new (opl_person_get_id (fixture->bram),
                                  &((OplScholingDay *) g_ptr_array_index (days, days->len - 1))->date,
                                  OPL_SCHOLING_PARALLELDAG);
    assert_refused (fixture, opl_store_save_scholing_day (fixture->store, rules (fixture), clash, &error),
                    &error, before);
    g_assert_nonnull (strstr (error->message, "More than one day"));
  }

  /* An aios keeps no scholing. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OplScholingDay) aios = opl_scholing_day_new (opl_person_get_id (fixture->charlotte), &date,
                                                           OPL_SCHOLING_PARALLELDAG);

    assert_refused (fixture, opl_store_save_scholing_day (fixture->store, rules (fixture), aios, &error),
                    &error, before);
    g_assert_nonnull (strstr (error->message, "Charlotte Bakker"));
  }

  /* Another opleider's registration can't be moved to someone else by its id. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(OplScholingDay) moved = opl_scholing_day_copy (g_ptr_array_index (days, 0));

    g_free (moved->person_id);
    moved->person_id = g_strdup (opl_person_get_id (fixture->anna));
    g_date_set_dmy (&moved->date, 4, G_DATE_DECEMBER, 2026);
    assert_refused (fixture, opl_store_save_scholing_day (fixture->store, rules (fixture), moved, &error),
                    &error, before);
  }

  {
    g_autoptr(GError) error = NULL;

    assert_refused (fixture, opl_store_set_dispensation (fixture->store, opl_person_get_id (fixture->anna),
                                                         2026, 2, "  ", &error), &error, before);
    g_clear_error (&error);
    assert_refused (fixture, opl_store_set_dispensation (fixture->store, opl_person_get_id (fixture->anna),
                                                         2026, 0.3, "Kaderopleiding", &error), &error, before);
    g_clear_error (&error);
    assert_refused (fixture, opl_store_set_dispensation (fixture->store, opl_person_get_id (fixture->charlotte),
                                                         2026, 2, "Kaderopleiding", &error), &error, before);
    g_clear_error (&error);
    assert_refused (fixture, opl_store_set_opleider_since (fixture->store, opl_person_get_id (fixture->anna),
                                                           1800, &error), &error, before);
    g_clear_error (&error);
    assert_refused (fixture, opl_store_add_leerpunt (fixture->store, opl_person_get_id (fixture->anna),
                                                     2026, " ", &error) != NULL, &error, before);
    g_clear_error (&error);
    assert_refused (fixture, opl_store_set_institute (fixture->store, "umcx", &error), &error, before);
    g_assert_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_UNKNOWN);
  }
}

/* domain.md: a hoofdopleider 8 scholingsdagen unless dispensation, with its reason. */
static void
test_dispensation (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *anna = opl_person_get_id (fixture->anna);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  double days;

  g_assert_true (opl_store_set_dispensation (fixture->store, anna, 2026, 3, " Kaderopleiding ", &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_get_dispensation (fixture->store, anna, 2026, &days, &reason, &error));
  g_assert_cmpfloat (days, ==, 3);
  g_assert_cmpstr (reason, ==, "Kaderopleiding");
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2026);

    g_assert_cmpfloat (report->requirement.days, ==, 5);
    g_assert_cmpstr (report->dispensation_reason, ==, "Kaderopleiding");
    g_assert_cmpfloat (find_need (report, OPL_NEED_DAYS)->amount, ==, 1);
  }
  /* Only that opleidingsjaar. */
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2027);

    g_assert_cmpfloat (report->requirement.days, ==, 8);
  }

  /* Changed, then taken away. */
  g_assert_true (opl_store_set_dispensation (fixture->store, anna, 2026, 8, "Kaderopleiding", &error));
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM scholing_dispensation"), ==, 1);
  g_assert_true (opl_store_set_dispensation (fixture->store, anna, 2026, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM scholing_dispensation"), ==, 0);
}

/* domain.md, "Quality cycle": a leerplan each year, better two leerpunten than four. */
static void
test_leerplan (Fixture       *fixture,
               gconstpointer  data)
{
  const char *anna = opl_person_get_id (fixture->anna);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) leerpunten = NULL;
  g_autofree char *id = NULL;

  id = opl_store_add_leerpunt (fixture->store, anna, 2026, "Intervisie met de opleiders uit de regio", &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2026);

    g_assert_cmpuint (report->leerpunten->len, ==, 3);
    g_assert_cmpint (report->leerplan_advice, ==, OPL_LEERPLAN_TOO_MANY);
  }

  leerpunten = opl_store_list_leerpunten (fixture->store, anna, 2026, &error);
  g_assert_cmpuint (leerpunten->len, ==, 3);
  /* Added at the end. */
  g_assert_cmpstr (((OplLeerpunt *) g_ptr_array_index (leerpunten, 2))->id, ==, id);
  g_assert_cmpint (((OplLeerpunt *) g_ptr_array_index (leerpunten, 2))->position, ==, 2);

  g_assert_true (opl_store_update_leerpunt (fixture->store, id,
                                            ((OplLeerpunt *) g_ptr_array_index (leerpunten, 2))->changed_at,
                                            "Intervisie, elk kwartaal", TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&leerpunten, g_ptr_array_unref);
  leerpunten = opl_store_list_leerpunten (fixture->store, anna, 2026, &error);
  g_assert_cmpstr (((OplLeerpunt *) g_ptr_array_index (leerpunten, 2))->text, ==, "Intervisie, elk kwartaal");
  g_assert_true (((OplLeerpunt *) g_ptr_array_index (leerpunten, 2))->achieved);

  g_assert_true (opl_store_delete_leerpunt (fixture->store, id, &error));
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2026);

    g_assert_cmpint (report->leerplan_advice, ==, OPL_LEERPLAN_FOCUSED);
  }
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->anna, 2028);

    g_assert_cmpint (report->leerplan_advice, ==, OPL_LEERPLAN_EMPTY);
  }
}

/* domain.md, "Quality cycle": the HAO-voortgangsgesprek by experience, and the year the
 * opleider began, which gives the niveaukaart. */
static void
test_hao_and_experience (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *bram = opl_person_get_id (fixture->bram);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GDate date;
  int since;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, G_DATE_NOVEMBER, 2026);
  id = opl_store_add_hao_gesprek (fixture->store, bram, &date, "Met de opleiderscoach", &error);
  g_assert_no_error (error);
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->bram, 2026);

    g_assert_cmpint (g_date_compare (&report->last_hao, &date), ==, 0);
    g_assert_cmpint (g_date_get_year (&report->next_hao), ==, 2027);
    g_assert_cmpint (g_date_get_month (&report->next_hao), ==, G_DATE_NOVEMBER);
  }

  g_assert_null (opl_store_add_hao_gesprek (fixture->store, bram, &date, NULL, &error));
  g_assert_error (error, OPL_SCHOLING_ERROR, OPL_SCHOLING_ERROR_INVALID);
  g_clear_error (&error);

  /* Bram turns out to have begun this year: niveaukaart 1. */
  g_assert_true (opl_store_set_opleider_since (fixture->store, bram, 2026, &error));
  g_assert_true (opl_store_get_opleider_since (fixture->store, bram, &since, &error));
  g_assert_cmpint (since, ==, 2026);
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->bram, 2026);

    g_assert_cmpint (report->niveaukaart, ==, 1);
  }

  /* Unknown: no niveaukaart. */
  g_assert_true (opl_store_set_opleider_since (fixture->store, bram, 0, &error));
  {
    g_autoptr(OplScholingReport) report = report_of (fixture, fixture->bram, 2026);

    g_assert_cmpint (report->niveaukaart, ==, 0);
    g_assert_cmpint (report->opleider_since, ==, 0);
  }

  g_assert_true (opl_store_delete_hao_gesprek (fixture->store, id, &error));
  g_assert_no_error (error);
}

/* design.md §3: the practice's institute, LUMC by default. */
static void
test_institute (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = opl_store_get_institute_id (fixture->store, &error);

  g_assert_cmpstr (id, ==, "lumc");
  g_assert_true (opl_store_set_institute (fixture->store, "lumc", &error));
  g_assert_no_error (error);
}

/* The schema stands behind the store: rows written past it are refused. */
static void
test_schema_guards (Fixture       *fixture,
                    gconstpointer  data)
{
  OplDatabase *database = opl_store_get_database (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *aios = g_strdup_printf (
    "INSERT INTO scholing (id, person_id, date, kind, created_at, changed_at)"
    " VALUES ('00000000-0000-4000-8000-000000000001', '%s', '2026-12-01', 'paralleldag',"
    " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')",
    opl_person_get_id (fixture->charlotte));
  g_autofree char *twice = g_strdup_printf (
    "INSERT INTO scholing (id, person_id, date, kind, created_at, changed_at)"
    " SELECT '00000000-0000-4000-8000-000000000002', person_id, date, 'paralleldag',"
    " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z' FROM scholing WHERE person_id = '%s' LIMIT 1",
    opl_person_get_id (fixture->anna));
  g_autofree char *no_day = g_strdup_printf (
    "INSERT INTO scholing (id, person_id, date, kind, leergang, created_at, changed_at)"
    " VALUES ('00000000-0000-4000-8000-000000000003', '%s', '2026-12-02', 'leergang', 2,"
    " '2026-11-22T10:00:00.000Z', '2026-11-22T10:00:00.000Z')",
    opl_person_get_id (fixture->anna));
  const char *bad[] = { aios, twice, no_day };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (opl_database_exec (database, bad[i], &error));
      g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
      g_clear_error (&error);
    }
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” A scholingsdag and a leerpunt read on
 * two PCs: the second save of a stale copy is refused and writes nothing, Save Mine
 * writes it over the other version. */
static void
test_changed_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(OplStore) other = opl_test_open_store_as (fixture->path, "Bram Jansen");
  const char *anna = opl_person_get_id (fixture->anna);
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) leerpunten = NULL;
  g_autoptr(GPtrArray) their_leerpunten = NULL;
  g_autoptr(OplScholingDay) mine = NULL;
  g_autoptr(OplScholingDay) theirs = NULL;
  g_autoptr(OplScholingDay) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OplLeerpunt *leerpunt, *their_leerpunt;

  days = opl_store_list_scholing (fixture->store, anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, >, 0);
  mine = opl_scholing_day_copy (g_ptr_array_index (days, 0));
  g_assert_nonnull (mine->changed_at);
  theirs = opl_store_get_scholing_day (other, mine->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (theirs->changed_at, ==, mine->changed_at);

  leerpunten = opl_store_list_leerpunten (fixture->store, anna, 2026, &error);
  their_leerpunten = opl_store_list_leerpunten (other, anna, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (leerpunten->len, >, 0);
  leerpunt = g_ptr_array_index (leerpunten, 0);
  their_leerpunt = g_ptr_array_index (their_leerpunten, 0);
  g_assert_nonnull (leerpunt->changed_at);

  /* The other PC saves first. */
  g_free (theirs->note);
  theirs->note = g_strdup ("Genoteerd op de andere pc");
  g_assert_true (opl_store_save_scholing_day (other, rules (fixture), theirs, &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_update_leerpunt (other, their_leerpunt->id, their_leerpunt->changed_at,
                                            "Feedback geven, herschreven", their_leerpunt->achieved, &error));
  g_assert_no_error (error);

  /* The stale copies: refused, who changed it said, nothing written. */
  before = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_free (mine->note);
  mine->note = g_strdup ("Mijn notitie");
  g_assert_false (opl_store_save_scholing_day (fixture->store, rules (fixture), mine, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==, "Bram Jansen changed this registration after you opened it");
  g_clear_error (&error);
  g_assert_false (opl_store_update_leerpunt (fixture->store, leerpunt->id, leerpunt->changed_at, leerpunt->text,
                                             !leerpunt->achieved, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==, "Bram Jansen changed this leerpunt after you opened it");
  g_clear_error (&error);
  after = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_assert_cmpstr (after, ==, before);

  /* Save Mine: written over the other version. */
  g_assert_true (opl_store_overwrite_scholing_day (fixture->store, rules (fixture), mine, &error));
  g_assert_no_error (error);
  stored = opl_store_get_scholing_day (other, mine->id, &error);
  g_assert_cmpstr (stored->note, ==, "Mijn notitie");
  g_assert_cmpstr (stored->changed_at, ==, mine->changed_at);
  g_assert_true (opl_store_overwrite_leerpunt (fixture->store, leerpunt->id, leerpunt->text, !leerpunt->achieved,
                                               &error));
  g_assert_no_error (error);
  g_clear_pointer (&their_leerpunten, g_ptr_array_unref);
  their_leerpunten = opl_store_list_leerpunten (other, anna, 2026, &error);
  their_leerpunt = g_ptr_array_index (their_leerpunten, 0);
  g_assert_cmpstr (their_leerpunt->text, ==, leerpunt->text);
  g_assert_cmpint (their_leerpunt->achieved, ==, !leerpunt->achieved);

  /* Mine saves again as usual; the other PC's copy is now the stale one. */
  mine->half_day = !mine->half_day;
  g_assert_true (opl_store_save_scholing_day (fixture->store, rules (fixture), mine, &error));
  g_assert_no_error (error);
  g_assert_false (opl_store_save_scholing_day (other, rules (fixture), theirs, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/opl/store-scholing/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("demo-report", test_demo_report);
  ADD ("register-edit-delete", test_register_edit_delete);
  ADD ("bad-input", test_bad_input);
  ADD ("dispensation", test_dispensation);
  ADD ("leerplan", test_leerplan);
  ADD ("hao-and-experience", test_hao_and_experience);
  ADD ("institute", test_institute);
  ADD ("schema-guards", test_schema_guards);
  ADD ("changed-elsewhere", test_changed_elsewhere);

#undef ADD

  return g_test_run ();
}
