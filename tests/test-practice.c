/* test-practice.c: running the practice from the app (issue 14): people, trajecten,
 * leave, closures, the coschap and each opleider's role per opleidingsjaar.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every refusal is checked to say what is wrong (its error code names the field) and to
 * write nothing: the database's digest is the same before and after.
 */

#include "config.h"

#include <string.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-store-forms.h"
#include "opl-store-institute.h"
#include "opl-store-practice.h"
#include "opl-store-scholing.h"
#include "opl-test-utils.h"

typedef struct
{
  char     *path;
  OplStore *store;
  GDate     today;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->path = opl_test_db_path ("practice.db");
  fixture->store = opl_test_demo_store (fixture->path);
  opl_test_fixed_today (&fixture->today);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static GDate
date (const char *iso)
{
  GDate result;

  g_assert_true (opl_date_parse_iso (iso, &result));
  return result;
}

static char *
digest (Fixture *fixture)
{
  return opl_test_digest_database (opl_store_get_database (fixture->store));
}

/* Asserts that @ok is a refusal with @domain and @code, and that nothing changed. */
static void
assert_refused (Fixture     *fixture,
                gboolean     ok,
                GError     **error,
                GQuark       domain,
                int          code,
                const char  *before)
{
  g_autofree char *after = digest (fixture);

  g_assert_false (ok);
  g_assert_error (*error, domain, code);
  g_assert_cmpstr ((*error)->message, !=, "");
  g_assert_cmpstr (after, ==, before);
  g_clear_error (error);
}

static OplTraject *
current_traject_of (Fixture    *fixture,
                    const char *aios_name)
{
  OplPerson *aios = opl_test_find_person (fixture->store, aios_name);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;

  trajecten = opl_store_list_current_trajecten (fixture->store, aios, &fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, 1);
  return g_object_ref (g_ptr_array_index (trajecten, 0));
}

static const OplMoment *
find_moment (GArray        *moments,
             OplMomentKind  kind,
             int            month)
{
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == kind && moment->month == month)
        return moment;
    }

  return NULL;
}

static gboolean
in_model (GListModel *model,
          OplPerson  *person)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OplPerson) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (opl_person_get_id (item), opl_person_get_id (person)) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Add, rename and archive a person; an archived person leaves the profiles and keeps
 * every traject and form. */
static void
test_people (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(OplPerson) added = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *daan_id = NULL;
  OplPerson *daan;

  added = opl_store_add_practice_person (fixture->store, "  Femke de Boer ", OPL_ROLE_AIOS, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_person_get_name (added), ==, "Femke de Boer");
  g_assert_true (in_model (opl_store_get_people (fixture->store), added));
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM person WHERE name = 'Femke de Boer' AND role = 'aios'"), ==, 1);

  g_assert_true (opl_store_update_person (fixture->store, added, "Femke de Boer-Jansen", 0, &error));
  g_assert_no_error (error);
  g_assert_nonnull (opl_test_find_person (fixture->store, "Femke de Boer-Jansen"));

  /* A second hoofdopleider, an empty name: refused at the field, nothing written. */
  before = digest (fixture);
  assert_refused (fixture, opl_store_add_practice_person (fixture->store, "Karel", OPL_ROLE_HOOFDOPLEIDER,
                                                          2020, &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_ROLE, before);
  assert_refused (fixture, opl_store_add_practice_person (fixture->store, "   ", OPL_ROLE_AIOS, 0, &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_NAME, before);
  assert_refused (fixture, opl_store_add_practice_person (fixture->store, "Karel", OPL_ROLE_DUO_OPLEIDER,
                                                          1800, &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_YEAR, before);

  /* Daan leaves: no longer a profile, his trajecten and forms stay, his name too. */
  daan = opl_test_find_person (fixture->store, "Daan Visser");
  daan_id = g_strdup (opl_person_get_id (daan));
  g_assert_true (opl_store_set_person_archived (fixture->store, daan, TRUE, &error));
  g_assert_no_error (error);
  daan = opl_store_lookup_person (fixture->store, daan_id);
  g_assert_nonnull (daan);
  g_assert_true (opl_person_is_archived (daan));
  g_assert_false (in_model (opl_store_get_people (fixture->store), daan));
  g_assert_true (in_model (opl_store_get_all_people (fixture->store), daan));
  trajecten = opl_store_list_trajecten (fixture->store, opl_person_get_id (daan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, 2);
  g_assert_cmpstr (opl_traject_get_aios_name (g_ptr_array_index (trajecten, 0)), ==, "Daan Visser");
  forms = opl_store_list_forms (fixture->store, &(OplFormQuery) { .traject_id = opl_traject_get_id (g_ptr_array_index (trajecten, 0)), .kind = -1 },
                                NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (forms->len, >, 0);

  /* And back. */
  g_assert_true (opl_store_set_person_archived (fixture->store, daan, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (in_model (opl_store_get_people (fixture->store), opl_store_lookup_person (fixture->store, daan_id)));
}

/* design.md §4: an update checks that the row was not changed since it was read. */
static void
test_changed_since_read (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(OplStore) other = opl_test_open_store_as (fixture->path, "Bram Jansen");
  g_autoptr(OplTraject) mine = current_traject_of (fixture, "Charlotte Bakker");
  g_autoptr(OplTraject) theirs = opl_store_get_traject (other, opl_traject_get_id (mine), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  OplPerson *eva = g_object_ref (opl_test_find_person (fixture->store, "Eva Mulder"));
  OplPerson *eva_there;

  opl_traject_set_parttime (theirs, 0.8);
  g_assert_true (opl_store_update_traject (other, theirs, &error));
  g_assert_no_error (error);

  before = digest (fixture);
  opl_traject_set_parttime (mine, 0.9);
  assert_refused (fixture, opl_store_update_traject (fixture->store, mine, &error), &error,
                  OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED, before);

  /* (The store reads its people again after each change: look them up after it.) */
  eva_there = opl_store_lookup_person (other, opl_person_get_id (eva));
  g_assert_true (opl_store_update_person (other, eva_there, "Eva Mulder-Smit", 0, &error));
  g_assert_no_error (error);
  g_free (before);
  before = digest (fixture);
  assert_refused (fixture, opl_store_update_person (fixture->store, eva, "Eva M.", 0, &error), &error,
                  OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED, before);
  g_object_unref (eva);
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” A stale traject and person are refused
 * (above); Save Mine writes them over the other version, in one transaction. */
static void
test_save_mine (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(OplStore) other = opl_test_open_store_as (fixture->path, "Bram Jansen");
  g_autoptr(OplTraject) mine = current_traject_of (fixture, "Charlotte Bakker");
  g_autoptr(OplTraject) theirs = opl_store_get_traject (other, opl_traject_get_id (mine), NULL);
  g_autoptr(OplTraject) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *eva_id = g_strdup (opl_person_get_id (opl_test_find_person (fixture->store, "Eva Mulder")));
  g_autoptr(OplPerson) eva = g_object_ref (opl_store_lookup_person (fixture->store, eva_id));

  /* The other PC saves first; the stale copies are refused and write nothing. */
  opl_traject_set_parttime (theirs, 0.8);
  g_assert_true (opl_store_update_traject (other, theirs, &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_update_person (other, opl_store_lookup_person (other, eva_id), "Eva Mulder-Smit", 0,
                                          &error));
  g_assert_no_error (error);

  before = digest (fixture);
  opl_traject_set_parttime (mine, 0.6);
  assert_refused (fixture, opl_store_update_traject (fixture->store, mine, &error), &error,
                  OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED, before);
  assert_refused (fixture, opl_store_update_person (fixture->store, eva, "Eva M.", 0, &error), &error,
                  OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED, before);

  /* Save Mine. */
  g_assert_true (opl_store_overwrite_traject (fixture->store, mine, &error));
  g_assert_no_error (error);
  stored = opl_store_get_traject (other, opl_traject_get_id (mine), &error);
  g_assert_cmpfloat (opl_traject_get_parttime (stored), ==, 0.6);
  g_assert_cmpuint (opl_traject_get_n_opleiders (stored), ==, opl_traject_get_n_opleiders (mine));
  g_assert_true (opl_store_overwrite_person (fixture->store, eva, "Eva M.", 0, &error));
  g_assert_no_error (error);
  opl_store_poll (other);
  g_assert_cmpstr (opl_person_get_name (opl_store_lookup_person (other, eva_id)), ==, "Eva M.");

  /* The other PC's copy is the stale one now. */
  opl_traject_set_parttime (theirs, 0.5);
  g_assert_false (opl_store_update_traject (other, theirs, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
}

static OplTraject *
new_traject (OplPerson  *aios,
             OplPhase    phase,
             const char *start,
             double      parttime)
{
  g_autofree char *id = g_uuid_string_random ();
  GDate start_date = date (start);

  return opl_traject_new (id, opl_person_get_id (aios), opl_person_get_name (aios), phase, &start_date, NULL,
                          parttime);
}

/* Impossible input is refused in words, by the field it is about, and writes nothing. */
static void
test_traject_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(OplPerson) femke = opl_store_add_practice_person (fixture->store, "Femke", OPL_ROLE_AIOS, 0, NULL);
  OplPerson *anna = opl_test_find_person (fixture->store, "Anna de Vries");
  OplPerson *bram = opl_test_find_person (fixture->store, "Bram Jansen");
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(OplTraject) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = digest (fixture);
  GDate end;

  /* No opleider. */
  traject = new_traject (femke, OPL_PHASE_I, "2027-03-01", 1.0);
  assert_refused (fixture, opl_store_add_practice_traject (fixture->store, traject, &error), &error,
                  OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_SHARES, before);
  /* A duo whose shares add up to more, or less, than 100 %. */
  opl_traject_add_opleider (traject, opl_person_get_id (anna), "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, 0.6);
  opl_traject_add_opleider (traject, opl_person_get_id (bram), "Bram Jansen", OPL_ROLE_DUO_OPLEIDER, 0.6);
  assert_refused (fixture, opl_store_add_practice_traject (fixture->store, traject, &error), &error,
                  OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_SHARES, before);
  g_clear_object (&traject);
  traject = new_traject (femke, OPL_PHASE_I, "2027-03-01", 1.0);
  opl_traject_add_opleider (traject, opl_person_get_id (anna), "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, 0.4);
  opl_traject_add_opleider (traject, opl_person_get_id (bram), "Bram Jansen", OPL_ROLE_DUO_OPLEIDER, 0.4);
  assert_refused (fixture, opl_store_add_practice_traject (fixture->store, traject, &error), &error,
                  OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_SHARES, before);
  g_clear_object (&traject);

  /* A part-time factor the training does not allow (0.5 to 1.0 in half days). */
  traject = new_traject (femke, OPL_PHASE_I, "2027-03-01", 0.3);
  opl_traject_add_opleider (traject, opl_person_get_id (anna), "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, 1.0);
  assert_refused (fixture, opl_store_add_practice_traject (fixture->store, traject, &error), &error,
                  OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_PARTTIME, before);
  opl_traject_set_parttime (traject, 0.75);
  assert_refused (fixture, opl_store_add_practice_traject (fixture->store, traject, &error), &error,
                  OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_PARTTIME, before);

  /* An end before the start. */
  opl_traject_set_parttime (traject, 0.8);
  end = date ("2027-02-01");
  opl_traject_set_end (traject, &end, OPL_END_REGULAR, NULL);
  assert_refused (fixture, opl_store_add_practice_traject (fixture->store, traject, &error), &error,
                  OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_END, before);
  opl_traject_set_end (traject, NULL, OPL_END_REGULAR, NULL);

  /* A right one goes in ... */
  g_assert_true (opl_store_add_practice_traject (fixture->store, traject, &error));
  g_assert_no_error (error);

  /* ... and a second one of the same aios at the same time does not. */
  g_free (before);
  before = digest (fixture);
  second = new_traject (femke, OPL_PHASE_II, "2028-03-01", 1.0);
  anna = opl_test_find_person (fixture->store, "Anna de Vries");
  opl_traject_add_opleider (second, opl_person_get_id (anna), "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, 1.0);
  assert_refused (fixture, opl_store_add_practice_traject (fixture->store, second, &error), &error,
                  OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_TRAJECT, before);
}

/* Leave that lasts more than the 10 days of the training year moves every later moment
 * by its length (domain.md, "The training year"); a preview tells what an edit moves. */
static void
test_leave_moves_moments (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(OplTraject) charlotte = current_traject_of (fixture, "Charlotte Bakker");
  g_autoptr(OplTraject) stored = NULL;
  g_autoptr(OplTraject) edited = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) moves = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *leave_id = NULL;
  g_autofree char *unchanged = NULL;
  GDate start = date ("2026-11-02"), end = date ("2026-11-15");
  GDate overlap = date ("2026-11-10"), overlap_end = date ("2026-11-20"), early = date ("2020-01-01");
  const OplMoment *combel_6_before, *combel_6_after;

  before = opl_store_get_schedule (fixture->store, charlotte, &fixture->today, &error);
  g_assert_no_error (error);
  leave_id = opl_store_add_leave (fixture->store, charlotte, OPL_LEAVE_ZIEKTE, &start, &end, &error);
  g_assert_no_error (error);
  g_assert_nonnull (leave_id);

  stored = opl_store_get_traject (fixture->store, opl_traject_get_id (charlotte), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opl_traject_get_n_leaves (stored), ==, 1);
  g_assert_cmpstr (opl_traject_get_leave (stored, 0)->id, ==, leave_id);
  after = opl_store_get_schedule (fixture->store, stored, &fixture->today, &error);
  g_assert_no_error (error);
  combel_6_before = find_moment (before, OPL_MOMENT_COMBEL, 6);
  combel_6_after = find_moment (after, OPL_MOMENT_COMBEL, 6);
  g_assert_cmpint (g_date_days_between (&combel_6_before->due, &combel_6_after->due), ==, 14);
  g_assert_cmpint (combel_6_after->moved_days, ==, 14);

  /* Overlapping leave, and leave before the traject, are refused. */
  unchanged = digest (fixture);
  assert_refused (fixture, opl_store_add_leave (fixture->store, stored, OPL_LEAVE_VERLOF, &overlap, &overlap_end,
                                                &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_OVERLAP, unchanged);
  assert_refused (fixture, opl_store_add_leave (fixture->store, stored, OPL_LEAVE_VERLOF, &early, &early,
                                                &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES, unchanged);
  assert_refused (fixture, opl_store_add_leave (fixture->store, stored, OPL_LEAVE_VERLOF, &overlap_end, &overlap,
                                                &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES, unchanged);

  /* A start after the leave began is refused while the leave is there. */
  edited = opl_traject_copy (stored);
  opl_traject_set_start (edited, &overlap);
  g_assert_false (opl_store_update_traject (fixture->store, edited, &error));
  g_assert_error (error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_START);
  g_clear_error (&error);

  /* A start a month later moves every moment; the preview says so before saving. */
  start = *opl_traject_get_start (stored);
  g_date_add_months (&start, 1);
  g_assert_true (opl_store_remove_leave (fixture->store, leave_id, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = opl_store_get_traject (fixture->store, opl_traject_get_id (charlotte), &error);
  g_clear_object (&edited);
  edited = opl_traject_copy (stored);
  opl_traject_set_start (edited, &start);
  moves = opl_store_preview_traject (fixture->store, edited, &fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moves->len, ==, before->len);
  for (guint i = 0; i < moves->len; i++)
    {
      const OplMomentMove *move = &g_array_index (moves, OplMomentMove, i);

      g_assert_true (g_date_valid (&move->before) && g_date_valid (&move->after));
      g_assert_cmpint (g_date_days_between (&move->before, &move->after), >=, 28);
    }
  g_assert_true (opl_store_update_traject (fixture->store, edited, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = opl_store_get_traject (fixture->store, opl_traject_get_id (charlotte), &error);
  g_assert_cmpint (g_date_compare (opl_traject_get_start (stored), &start), ==, 0);
  /* Removing gone leave says so. */
  g_assert_false (opl_store_remove_leave (fixture->store, leave_id, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY);
}

/* A traject ends early with its reason (seed 004: "eerdere beëindiging van het
 * opleidingsjaar door bijvoorbeeld zwangerschap, uitval, of ontkoppeling"), and can run
 * on again (undo). */
static void
test_end_traject (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OplTraject) charlotte = current_traject_of (fixture, "Charlotte Bakker");
  g_autoptr(OplTraject) ended = NULL;
  g_autoptr(OplTraject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = digest (fixture);
  GDate end = date ("2026-11-30"), too_early = *opl_traject_get_start (charlotte);

  assert_refused (fixture, opl_store_end_traject (fixture->store, charlotte, &too_early, OPL_END_UITVAL, NULL,
                                                  &error),
                  &error, OPL_TRAJECT_ERROR, OPL_TRAJECT_ERROR_END, before);
  g_assert_true (opl_store_end_traject (fixture->store, charlotte, &end, OPL_END_ZWANGERSCHAP,
                                        "Verlof aansluitend", &error));
  g_assert_no_error (error);
  ended = opl_store_get_traject (fixture->store, opl_traject_get_id (charlotte), &error);
  g_assert_cmpint (opl_traject_get_end_reason (ended), ==, OPL_END_ZWANGERSCHAP);
  g_assert_cmpstr (opl_traject_get_end_note (ended), ==, "Verlof aansluitend");
  g_assert_cmpint (g_date_compare (opl_traject_get_end (ended), &end), ==, 0);

  g_assert_true (opl_store_end_traject (fixture->store, ended, NULL, OPL_END_REGULAR, NULL, &error));
  g_assert_no_error (error);
  again = opl_store_get_traject (fixture->store, opl_traject_get_id (charlotte), &error);
  g_assert_null (opl_traject_get_end (again));
  g_assert_cmpint (opl_traject_get_end_reason (again), ==, OPL_END_REGULAR);
}

/* The practice's closures: listed with their reasons, never overlapping. */
static void
test_closures (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GArray) closures = opl_store_list_closures (fixture->store, NULL);
  g_autoptr(GArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *before = NULL;
  GDate start = date ("2027-07-19"), end = date ("2027-08-06"), inside = date ("2027-08-01");

  id = opl_store_add_closure (fixture->store, &start, &end, "Zomervakantie", &error);
  g_assert_no_error (error);
  after = opl_store_list_closures (fixture->store, &error);
  g_assert_cmpuint (after->len, ==, closures->len + 1);
  g_assert_cmpstr (g_array_index (after, OplClosureRow, after->len - 1).reason, ==, "Zomervakantie");
  g_assert_cmpstr (g_array_index (after, OplClosureRow, after->len - 1).closure.id, ==, id);

  before = digest (fixture);
  assert_refused (fixture, opl_store_add_closure (fixture->store, &inside, &inside, NULL, &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_OVERLAP, before);
  assert_refused (fixture, opl_store_add_closure (fixture->store, &end, &start, NULL, &error) != NULL,
                  &error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_DATES, before);

  g_assert_true (opl_store_remove_closure (fixture->store, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_array_unref);
  after = opl_store_list_closures (fixture->store, &error);
  g_assert_cmpuint (after->len, ==, closures->len);
}

/* Seed 000: "Het opleiden van een coassistent door aios is alleen mogelijk in de laatste
 * fase van de opleiding"; the coschap "duurt zes weken". */
static void
test_coschap (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(OplTraject) charlotte = current_traject_of (fixture, "Charlotte Bakker");
  g_autoptr(OplTraject) daan = current_traject_of (fixture, "Daan Visser");
  g_auto(OplSlot) slot = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = digest (fixture);
  GDate start = date ("2027-01-11");

  g_assert_cmpint (opl_traject_get_phase (charlotte), ==, OPL_PHASE_I);
  assert_refused (fixture, opl_store_set_coschap (fixture->store, charlotte, &start, &error), &error,
                  OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_PHASE, before);

  /* Every way a slot is written says so in words, before the schema's trigger: the
   * weekly time saved with a coschap (the leergesprekken view, --set-slot, a new
   * practice). */
  g_assert_true (opl_store_get_slot (fixture->store, opl_traject_get_id (charlotte), &slot, &error));
  slot.coschap_start = start;
  assert_refused (fixture, opl_store_set_slot (fixture->store, &slot, &error), &error,
                  OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_PHASE, before);
  opl_slot_clear (&slot);

  g_assert_cmpint (opl_traject_get_phase (daan), ==, OPL_PHASE_II);
  g_assert_true (opl_store_set_coschap (fixture->store, daan, &start, &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_get_slot (fixture->store, opl_traject_get_id (daan), &slot, &error));
  g_assert_cmpint (g_date_compare (&slot.coschap_start, &start), ==, 0);

  /* The schema stands behind it. */
  g_assert_false (opl_database_exec (opl_store_get_database (fixture->store),
                                     "UPDATE leergesprek_slot SET coschap_start = '2027-01-11'"
                                     " WHERE traject_id IN (SELECT id FROM traject WHERE phase = 1)", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Without a coschap again. */
  g_assert_true (opl_store_set_coschap (fixture->store, daan, NULL, &error));
  g_assert_no_error (error);
  opl_slot_clear (&slot);
  g_assert_true (opl_store_get_slot (fixture->store, opl_traject_get_id (daan), &slot, &error));
  g_assert_false (g_date_valid (&slot.coschap_start));
}

static OplScholingReport *
report_of (Fixture    *fixture,
           const char *name,
           int         year)
{
  g_autoptr(OplInstitute) institute = opl_store_load_institute (fixture->store, NULL);
  g_autoptr(GError) error = NULL;
  OplScholingReport *report;

  report = opl_store_get_scholing_report (fixture->store, institute,
                                          opl_person_get_id (opl_test_find_person (fixture->store, name)),
                                          year, &fixture->today, &error);
  g_assert_no_error (error);
  return report;
}

/* Seed 002: "De RGS vereist dat een hoofdopleider 8 scholingsdagen per jaar volgt [...]
 * Voor een plaatsvervangend opleider geldt een minimum van 4 dagen. Het jaar erop dient
 * deze opleider wel 8 dagen te volgen en zijn/haar collega is dan plaatsvervangend
 * opleider." The app keeps the role per opleidingsjaar and offers the swap. */
static void
test_roles_per_year (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(OplPerson) sanne = NULL;
  g_autoptr(OplScholingReport) anna_2026 = NULL;
  g_autoptr(OplScholingReport) sanne_2026 = NULL;
  g_autoptr(OplScholingReport) sanne_2025 = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *hoofd = NULL, *plv = NULL;
  OplOpleiderYear role;
  int year = opl_store_get_current_year (fixture->store, &fixture->today);

  g_assert_cmpint (year, ==, 2026);
  /* Without a plaatsvervangend opleider there is nothing to swap. */
  g_assert_false (opl_store_get_swap_offer (fixture->store, year, NULL, NULL, &error));
  g_assert_no_error (error);

  sanne = opl_store_add_practice_person (fixture->store, "Sanne Smit", OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, 2024,
                                         &error);
  g_assert_no_error (error);
  g_assert_true (opl_store_get_swap_offer (fixture->store, year, &hoofd, &plv, &error));
  g_assert_cmpstr (opl_person_get_name (hoofd), ==, "Anna de Vries");
  g_assert_cmpstr (opl_person_get_name (plv), ==, "Sanne Smit");

  /* Swapped for the current year: Sanne is hoofdopleider now, Anna plaatsvervangend. */
  g_assert_true (opl_store_swap_roles (fixture->store, year, TRUE, &fixture->today, &error));
  g_assert_no_error (error);
  g_assert_false (opl_store_get_swap_offer (fixture->store, year, NULL, NULL, &error));
  g_assert_cmpint (opl_person_get_role (opl_test_find_person (fixture->store, "Sanne Smit")), ==,
                   OPL_ROLE_HOOFDOPLEIDER);
  g_assert_cmpint (opl_person_get_role (opl_test_find_person (fixture->store, "Anna de Vries")), ==,
                   OPL_ROLE_PLAATSVERVANGEND_OPLEIDER);
  /* The year before keeps the roles it had. */
  g_assert_true (opl_store_get_opleider_year (fixture->store, opl_test_find_person (fixture->store, "Sanne Smit"),
                                              year - 1, &role, &error));
  g_assert_true (role.stored);
  g_assert_cmpint (role.role, ==, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER);

  /* 4 days as plaatsvervangend, 8 as hoofdopleider, year by year. */
  anna_2026 = report_of (fixture, "Anna de Vries", 2026);
  sanne_2026 = report_of (fixture, "Sanne Smit", 2026);
  sanne_2025 = report_of (fixture, "Sanne Smit", 2025);
  g_assert_cmpfloat (anna_2026->requirement.days, <=, 4);
  g_assert_cmpint (anna_2026->requirement.role, ==, OPL_ROLE_PLAATSVERVANGEND_OPLEIDER);
  g_assert_cmpfloat (sanne_2026->requirement.days, ==, 8);
  g_assert_cmpfloat (sanne_2025->requirement.days, ==, 4);

  /* A year has one hoofdopleider. */
  g_assert_false (opl_store_set_opleider_year (fixture->store, opl_test_find_person (fixture->store, "Bram Jansen"),
                                               year, OPL_ROLE_HOOFDOPLEIDER, -1, &fixture->today, &error));
  g_assert_error (error, OPL_PRACTICE_ERROR, OPL_PRACTICE_ERROR_ROLE);
}

/* Seed 001: "Ervaren duo opleiders kunnen deze 8 dagen naar rato verdelen." Bram, a
 * duo-opleider with half of Daan's traject in his third year, owes 8 until the practice
 * marks him experienced for the year; then half. */
static void
test_experienced_duo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(OplScholingReport) before = report_of (fixture, "Bram Jansen", 2026);
  g_autoptr(OplScholingReport) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (before->requirement.experienced);
  g_assert_cmpfloat (before->requirement.days, ==, 8);
  g_assert_true (opl_store_set_opleider_year (fixture->store, opl_test_find_person (fixture->store, "Bram Jansen"),
                                              2026, OPL_ROLE_DUO_OPLEIDER, 1, &fixture->today, &error));
  g_assert_no_error (error);
  after = report_of (fixture, "Bram Jansen", 2026);
  g_assert_true (after->requirement.experienced);
  g_assert_cmpfloat (after->requirement.share, ==, 0.5);
  g_assert_cmpfloat (after->requirement.days, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/opl/practice/people", test_people);
  ADD ("/opl/practice/changed-since-read", test_changed_since_read);
  ADD ("/opl/practice/save-mine", test_save_mine);
  ADD ("/opl/practice/traject-refused", test_traject_refused);
  ADD ("/opl/practice/leave-moves-moments", test_leave_moves_moments);
  ADD ("/opl/practice/end-traject", test_end_traject);
  ADD ("/opl/practice/closures", test_closures);
  ADD ("/opl/practice/coschap", test_coschap);
  ADD ("/opl/practice/roles-per-year", test_roles_per_year);
  ADD ("/opl/practice/experienced-duo", test_experienced_duo);
#undef ADD

  return g_test_run ();
}
